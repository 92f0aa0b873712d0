//! Sends the seed document's example CreateTask request.
//!
//! ```sh
//! DINGTALK_ACCESS_TOKEN=... cargo run -p generated-client --example create_task
//! ```
//!
//! Environment: `DINGTALK_BASE_URL` (default: the real API), `DINGTALK_ACCESS_TOKEN`,
//! `DINGTALK_USER_ID` (default `173xxxx`), `DINGTALK_PROJECT_ID` (default `62c25e3b376exxxxxx`).
//! Prints the typed result and exits 0, or prints the error and exits 1.

use std::process::ExitCode;

use generated_client::team_sphere_1_0::{
    CreateTaskRequest, CreateTaskRequestCustomfields, CreateTaskRequestCustomfieldsValue,
    CreateTaskRequired,
};
use generated_client::{Client, Config};

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_owned())
}

// `pub` so that `tests/example_create_task.rs` can run it against a loopback server.
#[tokio::main]
pub async fn main() -> ExitCode {
    let mut config = Config::new()
        .base_url(env_or(
            "DINGTALK_BASE_URL",
            generated_client::DEFAULT_BASE_URL,
        ))
        .user_agent_suffix("example-create-task");
    if let Ok(token) = std::env::var("DINGTALK_ACCESS_TOKEN") {
        config = config.access_token(token);
    }
    let client = match Client::from_config(config) {
        Ok(client) => client,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };

    let user_id = env_or("DINGTALK_USER_ID", "173xxxx");
    let request = CreateTaskRequest::new(CreateTaskRequired {
        content: "任务标题".into(),
        project_id: env_or("DINGTALK_PROJECT_ID", "62c25e3b376exxxxxx"),
    })
    .executor_id("173xxxx")
    .due_date("2022-06-13T07:36:50.318Z")
    .note("我是一条任务备注")
    .customfields([CreateTaskRequestCustomfields::new()
        .customfield_name("自定义字段-文本")
        .customfield_id("62fb0bxxxxxxx")
        .value([CreateTaskRequestCustomfieldsValue::new().title("我是自定义字段显示值")])]);

    match client
        .team_sphere_1_0()
        .create_task(&user_id, &request)
        .await
    {
        Ok(reply) => {
            println!(
                "status {}, request id {:?}",
                reply.status(),
                reply.request_id()
            );
            println!("{:#?}", reply.into_inner());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
