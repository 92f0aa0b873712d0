//! Every page of a paged operation in a plain loop: `query_task_pages` sends the request, then
//! the same request with each reply's `nextToken`, until a reply has none (or `max_pages`).
//!
//! ```sh
//! DINGTALK_ACCESS_TOKEN=... DINGTALK_USER_ID=... cargo run -p generated-client --example paging
//! ```
//!
//! Environment: `DINGTALK_ACCESS_TOKEN`, `DINGTALK_USER_ID`, and `DINGTALK_BASE_URL` (default:
//! the real API). Prints every task's id and title.

use std::future::poll_fn;
use std::pin::pin;

use generated_client::futures_core::Stream;
use generated_client::team_sphere_1_0::QueryTaskRequest;
use generated_client::{Client, Config};

/// Every task of `user_id`, at most 20 pages of 50: (id, title).
pub async fn run(
    base_url: &str,
    token: &str,
    user_id: &str,
) -> Result<Vec<(String, String)>, Box<dyn std::error::Error>> {
    let client = Client::from_config(Config::new().base_url(base_url).access_token(token))?;
    let request = QueryTaskRequest::new().max_results(50);
    let mut tasks = pin!(
        client
            .team_sphere_1_0()
            .query_task_pages(user_id, &request)
            .max_pages(20)
            .items()
    );
    let mut found = Vec::new();
    // A failed page is the last item: `?` stops the loop with its error.
    while let Some(task) = poll_fn(|cx| tasks.as_mut().poll_next(cx)).await {
        let task = task?;
        found.push((
            task.task_id.unwrap_or_default(),
            task.content.unwrap_or_default(),
        ));
    }
    Ok(found)
}

fn env(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("set {name}"))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = env("DINGTALK_BASE_URL").unwrap_or(generated_client::DEFAULT_BASE_URL.into());
    let tasks = run(
        &base_url,
        &env("DINGTALK_ACCESS_TOKEN")?,
        &env("DINGTALK_USER_ID")?,
    )
    .await?;
    for (id, title) in tasks {
        println!("{id}\t{title}");
    }
    Ok(())
}
