// The fake answers an operation only with that operation's reply type.
use generated_client::team_sphere_1_0::{CreateTaskRequest, CreateTaskRequired, QueryTaskResponseBody};
use generated_client::test_util::FakeDingTalk;

fn main() {
    let fake = FakeDingTalk::new().unwrap();
    let request = CreateTaskRequest::new(CreateTaskRequired { content: "title".into(), project_id: "project".into() });
    fake.expect(|c| c.team_sphere_1_0().create_task("user", &request))
        .reply(QueryTaskResponseBody::default());
}
