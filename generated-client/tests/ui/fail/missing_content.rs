use generated_client::team_sphere_1_0::CreateTaskRequest;

fn main() {
    // `content` is required too, and no `Default` fills it in.
    let _request = CreateTaskRequest::default().project_id("62c25e3b376exxxxxx");
}
