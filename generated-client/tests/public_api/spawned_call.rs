// A call owns what it needs: its future can be spawned, and the client is a handle.
use generated_client::team_sphere_1_0::{CreateTaskRequest, CreateTaskRequired};
use generated_client::{Client, Config};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = std::env::var("DINGTALK_BASE_URL")?;
    let client = Client::from_config(Config::new().base_url(base_url).access_token("t"))?;
    let request = CreateTaskRequest::new(CreateTaskRequired {
        content: "任务标题".into(),
        project_id: "62c25e3b376exxxxxx".into(),
    });

    let task = tokio::spawn(client.team_sphere_1_0().create_task("173xxxx", &request).send());
    // `.await` form too, through `IntoFuture`, from a handle moved into the task.
    let api = client.team_sphere_1_0();
    drop(client);
    let other = tokio::spawn(async move { api.create_task("173xxxx", &request).await });

    task.await??;
    other.await??;
    Ok(())
}
