// A misspelt operation in an expectation of the fake DingTalk does not compile.
use generated_client::team_sphere_1_0::{CreateTaskRequest, CreateTaskRequired};
use generated_client::test_util::FakeDingTalk;

fn main() {
    let fake = FakeDingTalk::new().unwrap();
    let request = CreateTaskRequest::new(CreateTaskRequired { content: "title".into(), project_id: "project".into() });
    fake.expect(|c| c.team_sphere_1_0().create_tsak("user", &request))
        .any_number()
        .http(200, "{}");
}
