use generated_client::team_sphere_1_0::CreateTaskRequest;

fn main() {
    // `projectId` is required: the constructor will not take only the title.
    let _request = CreateTaskRequest::new("任务标题").executor_id("173xxxx");
}
