use generated_client::team_sphere_1_0::{CreateTaskError, CreateTaskRequest, CreateTaskRequired};
use generated_client::{Client, Config, Error};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = std::env::var("DINGTALK_BASE_URL");
    let config = Config::new()
        .base_url(base_url.as_deref().unwrap_or(generated_client::DEFAULT_BASE_URL))
        .access_token("<your access token>");
    let client = Client::from_config(config)?;

    // Required fields are named; the rest are optional setters.
    let request = CreateTaskRequest::new(CreateTaskRequired {
        content: "任务标题".into(),
        project_id: "62c25e3b376exxxxxx".into(),
    })
        .executor_id("173xxxx")
        .note("我是一条任务备注");

    match client.team_sphere_1_0().create_task("173xxxx", &request).await {
        Ok(reply) => {
            println!("request id {:?}", reply.request_id());
            if let Some(task) = &reply.result {
                println!("created task {:?}", task.task_id);
            }
        }
        Err(Error::Service(CreateTaskError::UserNotExist(e))) => {
            eprintln!("no such user: {e}");
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}
