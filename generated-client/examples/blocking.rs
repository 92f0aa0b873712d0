//! The client from synchronous code (feature `blocking`): no async runtime to set up, each call
//! `.send_blocking()`, each paginator an iterator.
//!
//! ```sh
//! DINGTALK_ACCESS_TOKEN=... DINGTALK_USER_ID=... DINGTALK_PROJECT_ID=... \
//!     cargo run -p generated-client --features blocking --example blocking
//! ```
//!
//! Environment: `DINGTALK_ACCESS_TOKEN`, `DINGTALK_USER_ID`, `DINGTALK_PROJECT_ID`, and
//! `DINGTALK_BASE_URL` (default: the real API). Creates a task, then prints the ids of the
//! user's tasks.

use generated_client::team_sphere_1_0::{CreateTaskRequest, CreateTaskRequired, QueryTaskRequest};
use generated_client::{Client, Config};

/// Creates a task titled `title`, then lists `user_id`'s task ids (at most 20 pages): the new
/// task's id and the list.
pub fn run(
    base_url: &str,
    token: &str,
    user_id: &str,
    project_id: &str,
    title: &str,
) -> Result<(String, Vec<String>), Box<dyn std::error::Error>> {
    let client = Client::from_config(Config::new().base_url(base_url).access_token(token))?;
    let created = client
        .team_sphere_1_0()
        .create_task(
            user_id,
            &CreateTaskRequest::new(CreateTaskRequired {
                content: title.into(),
                project_id: project_id.into(),
            }),
        )
        .send_blocking()?;
    let id = created
        .result
        .as_ref()
        .and_then(|task| task.task_id.clone())
        .unwrap_or_default();

    let mut ids = Vec::new();
    let request = QueryTaskRequest::new().max_results(50);
    let pages = client.team_sphere_1_0().query_task_pages(user_id, &request);
    for task in pages.max_pages(20).items_blocking() {
        ids.extend(task?.task_id);
    }
    Ok((id, ids))
}

fn env(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("set {name}"))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = env("DINGTALK_BASE_URL").unwrap_or(generated_client::DEFAULT_BASE_URL.into());
    let (created, ids) = run(
        &base_url,
        &env("DINGTALK_ACCESS_TOKEN")?,
        &env("DINGTALK_USER_ID")?,
        &env("DINGTALK_PROJECT_ID")?,
        "Written from synchronous code",
    )?;
    println!("created {created}; tasks: {ids:?}");
    Ok(())
}
