//! Calls on a user's behalf that survive a restart: the first run trades the login code of the
//! user's authorisation for tokens; every new refresh token DingTalk issues is written to a file
//! at once (`UserTokens::persist_refresh_token`), and later runs start from that file.
//!
//! ```sh
//! DINGTALK_CLIENT_ID=... DINGTALK_CLIENT_SECRET=... DINGTALK_AUTH_CODE=... DINGTALK_USER_ID=... \
//!     cargo run -p generated-client --example user_tokens     # the first time
//! DINGTALK_CLIENT_ID=... DINGTALK_CLIENT_SECRET=... DINGTALK_USER_ID=... \
//!     cargo run -p generated-client --example user_tokens     # afterwards
//! ```
//!
//! Environment: `DINGTALK_CLIENT_ID`, `DINGTALK_CLIENT_SECRET`, `DINGTALK_AUTH_CODE` (the first
//! time), `DINGTALK_USER_ID`, `DINGTALK_REFRESH_TOKEN_FILE` (default `refresh_token.txt`) and
//! `DINGTALK_BASE_URL` (default: the real API). Prints the user's task ids.

use std::path::{Path, PathBuf};

use generated_client::team_sphere_1_0::{SearchAllTasksByTqlRequest, SearchAllTasksByTqlRequired};
use generated_client::{Client, Config, UserTokens};

/// Writes `token` to `file` whole or not at all: a crash mid-write must not lose the only
/// refresh token that still works.
fn save(file: &Path, token: &str) {
    let partial = file.with_extension("partial");
    let written = std::fs::write(&partial, token).and_then(|()| std::fs::rename(&partial, file));
    if let Err(e) = written {
        eprintln!(
            "the new refresh token could not be saved to {}: {e}",
            file.display()
        );
    }
}

/// The user's unfinished task ids, with tokens from the saved refresh token, else `login_code`.
pub async fn run(
    base_url: &str,
    client_id: &str,
    client_secret: &str,
    login_code: Option<&str>,
    token_file: PathBuf,
    user_id: &str,
) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let tokens = match std::fs::read_to_string(&token_file) {
        Ok(saved) => UserTokens::from_refresh_token(client_id, client_secret, saved.trim()),
        Err(_) => {
            let code = login_code.ok_or("no saved refresh token: set DINGTALK_AUTH_CODE")?;
            UserTokens::from_code(client_id, client_secret, code)
        }
    };
    let tokens = tokens.persist_refresh_token(move |token: &str| save(&token_file, token));
    let client = Client::from_config(Config::new().base_url(base_url).token_provider(tokens))?;
    let request = SearchAllTasksByTqlRequest::new(SearchAllTasksByTqlRequired {
        user_id: user_id.into(),
    })
    .tql("isDone = false");
    let reply = client
        .team_sphere_1_0()
        .search_all_tasks_by_tql(&request)
        .await?;
    Ok(reply.into_inner().result.unwrap_or_default())
}

fn env(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("set {name}"))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = env("DINGTALK_BASE_URL").unwrap_or(generated_client::DEFAULT_BASE_URL.into());
    let file = env("DINGTALK_REFRESH_TOKEN_FILE").unwrap_or("refresh_token.txt".into());
    let ids = run(
        &base_url,
        &env("DINGTALK_CLIENT_ID")?,
        &env("DINGTALK_CLIENT_SECRET")?,
        env("DINGTALK_AUTH_CODE").ok().as_deref(),
        PathBuf::from(file),
        &env("DINGTALK_USER_ID")?,
    )
    .await?;
    println!("{ids:?}");
    Ok(())
}
