// `contact_1_0` is not among the features these tests enable: rustc names the feature to turn on.
use generated_client::contact_1_0::GetUserResponseBody;

fn main() {
    let _reply: Option<GetUserResponseBody> = None;
}
