//! An internal app's calls, with tokens fetched from its app key and secret: `AppKeyTokens`
//! fetches the first token, reuses it while it is fresh and fetches the next one ahead of
//! expiry; no call handles tokens itself.
//!
//! ```sh
//! DINGTALK_APP_KEY=... DINGTALK_APP_SECRET=... DINGTALK_USER_ID=... \
//!     cargo run -p generated-client --example app_tokens
//! ```
//!
//! Environment: `DINGTALK_APP_KEY`, `DINGTALK_APP_SECRET`, `DINGTALK_USER_ID`, and
//! `DINGTALK_BASE_URL` (default: the real API). Prints the ids of the user's tasks.

use generated_client::team_sphere_1_0::{SearchAllTasksByTqlRequest, SearchAllTasksByTqlRequired};
use generated_client::{AppKeyTokens, Client, Config};

/// The task ids of `user_id`'s unfinished tasks, twice: the second call reuses the token.
pub async fn run(
    base_url: &str,
    app_key: &str,
    app_secret: &str,
    user_id: &str,
) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let config = Config::new()
        .base_url(base_url)
        .token_provider(AppKeyTokens::new(app_key, app_secret));
    let client = Client::from_config(config)?;
    let request = SearchAllTasksByTqlRequest::new(SearchAllTasksByTqlRequired {
        user_id: user_id.into(),
    })
    .tql("isDone = false");
    let mut ids = Vec::new();
    for _ in 0..2 {
        let reply = client
            .team_sphere_1_0()
            .search_all_tasks_by_tql(&request)
            .await?;
        ids.extend(reply.into_inner().result.unwrap_or_default());
    }
    Ok(ids)
}

fn env(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("set {name}"))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = env("DINGTALK_BASE_URL").unwrap_or(generated_client::DEFAULT_BASE_URL.into());
    let ids = run(
        &base_url,
        &env("DINGTALK_APP_KEY")?,
        &env("DINGTALK_APP_SECRET")?,
        &env("DINGTALK_USER_ID")?,
    )
    .await?;
    println!("{ids:?}");
    Ok(())
}
