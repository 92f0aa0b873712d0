use generated_client::team_sphere_1_0::{CreateTaskRequest, CreateTaskRequired};

fn main() {
    // `projectId` is required: the struct of required fields will not do without it.
    let _request = CreateTaskRequest::new(CreateTaskRequired {
        content: "任务标题".into(),
    })
    .executor_id("173xxxx");
}
