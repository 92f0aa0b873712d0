//! A Stream mode bot: echoes each text message it receives back to its conversation, and prints
//! one JSON line per event of the organisation.
//!
//! ```sh
//! DINGTALK_CLIENT_ID='ding...' DINGTALK_CLIENT_SECRET='...' \
//! cargo run -p generated-client --example stream_bot
//! ```
//!
//! `DINGTALK_CLIENT_ID` and `DINGTALK_CLIENT_SECRET` (required) are the app's credentials;
//! `DINGTALK_BASE_URL` (optional, default `https://api.dingtalk.com`) is where the connection is
//! opened; `DINGTALK_STREAM_KEEPALIVE_SECS` (optional, default 60) the idle seconds before a
//! ping. A text message is answered `echo: <text>` through its `sessionWebhook`, once per
//! message; each event prints `{"event_type": ..., "event_id": ...}` on stdout. Logs go to
//! stderr. The connection is kept (replaced when DingTalk asks, re-opened with backoff when
//! lost) until SIGINT or SIGTERM, which closes it and exits 0.

use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

use generated_client::push::{Event, RobotMessage};
use generated_client::stream::{Context, HandlerError, StreamClient};
use generated_client::{AppKeyTokens, Client, Config, DEFAULT_BASE_URL, RobotMessageBody};
use serde_json::json;

#[tokio::main]
async fn main() -> ExitCode {
    run().await
}

// `pub` so that `tests/example_stream_bot.rs` can run it in a process of its own.
pub async fn run() -> ExitCode {
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(tracing::Level::INFO)
        .init();
    let (Ok(id), Ok(secret)) = (
        std::env::var("DINGTALK_CLIENT_ID"),
        std::env::var("DINGTALK_CLIENT_SECRET"),
    ) else {
        eprintln!("error: set DINGTALK_CLIENT_ID and DINGTALK_CLIENT_SECRET");
        return ExitCode::FAILURE;
    };
    let base_url = std::env::var("DINGTALK_BASE_URL").unwrap_or_else(|_| DEFAULT_BASE_URL.into());
    let keepalive = match std::env::var("DINGTALK_STREAM_KEEPALIVE_SECS") {
        Err(_) => 60,
        Ok(secs) => match secs.trim().parse::<u64>() {
            Ok(secs) if secs > 0 => secs,
            _ => {
                eprintln!("error: DINGTALK_STREAM_KEEPALIVE_SECS must be a positive number");
                return ExitCode::FAILURE;
            }
        },
    };

    // One client for the open request and the handlers' calls, with tokens of the same app.
    let config = Config::new()
        .base_url(&base_url)
        .token_provider(AppKeyTokens::new(&id, &secret));
    let client = match Client::from_config(config) {
        Ok(client) => client,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let bot = StreamClient::new(client, id, secret)
        .keepalive(Some(Duration::from_secs(keepalive)))
        .shutdown_timeout(Duration::from_secs(2))
        .on_robot_message(echo)
        .on_events(|_: Context, event: Event| async move {
            let line = json!({"event_type": event.event_type, "event_id": event.event_id});
            let mut out = std::io::stdout().lock();
            writeln!(out, "{line}")?;
            out.flush()?;
            Ok(())
        });
    let handle = match bot.start() {
        Ok(handle) => handle,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    tracing::info!("listening; stop with Ctrl-C or SIGTERM");
    if let Err(error) = stop_signal().await {
        eprintln!("error: cannot wait for signals: {error}");
    }
    tracing::info!("stopping");
    // Closes the websocket; handlers still running get 2 s.
    let _ = tokio::time::timeout(Duration::from_secs(4), handle.shutdown()).await;
    ExitCode::SUCCESS
}

/// Answers a text message with its text, through the message's own `sessionWebhook`. (The
/// stream client handles a message delivered twice once.)
async fn echo(context: Context, message: RobotMessage) -> Result<(), HandlerError> {
    if let RobotMessageBody::Text(text) = message.body() {
        let reply = format!("echo: {}", text.trim());
        message.reply_text(context.client(), reply).await?;
    }
    Ok(())
}

/// SIGINT or SIGTERM.
async fn stop_signal() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        tokio::select! {
            result = tokio::signal::ctrl_c() => result,
            _ = term.recv() => Ok(()),
        }
    }
    #[cfg(not(unix))]
    {
        tokio::signal::ctrl_c().await
    }
}
