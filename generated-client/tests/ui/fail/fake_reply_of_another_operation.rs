// The fake answers an operation only with that operation's reply type.
use generated_client::team_sphere_1_0::{CreateTaskRequest, QueryTaskResponseBody};
use generated_client::test_util::FakeDingTalk;

fn main() {
    let fake = FakeDingTalk::new().unwrap();
    let request = CreateTaskRequest::new("title", "project");
    fake.expect(|c| c.team_sphere_1_0().create_task("user", &request))
        .reply(QueryTaskResponseBody::default());
}
