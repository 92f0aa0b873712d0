//! This crate's Stream client as the Stream benchmark runs it (`stream-bench` starts it): one
//! connection, its handler doing the least a real one does, the same work as the Python
//! script's (`xtask/bench/stream_client.py`).
//!
//! `stream-client event` reads every event into the generated `Event` envelope and answers
//! `SUCCESS`; `stream-client robot` reads each robot message into the generated `RobotMessage`
//! and answers `{"response": null}`. It connects to
//! `DINGTALK_BASE_URL` with `DINGTALK_CLIENT_ID` and `DINGTALK_CLIENT_SECRET`, and stops
//! gracefully on SIGTERM. The runtime is tokio's default, as `#[tokio::main]` builds it.

use std::process::ExitCode;

use generated_client::push::{Event, RobotMessage};
use generated_client::stream::{Context, StreamClient};
use generated_client::{AppKeyTokens, Client, Config};

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("stream-client: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let kind = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "event".to_owned());
    let id = std::env::var("DINGTALK_CLIENT_ID")?;
    let secret = std::env::var("DINGTALK_CLIENT_SECRET")?;
    let base_url = std::env::var("DINGTALK_BASE_URL")?;
    let client = Client::from_config(
        Config::new()
            .base_url(&base_url)
            .token_provider(AppKeyTokens::new(&id, &secret)),
    )?;
    let stream = StreamClient::new(client, id, secret);
    let stream = match kind.as_str() {
        "event" => stream.on_events(|_: Context, event: Event| async move {
            std::hint::black_box(event);
            Ok(())
        }),
        "robot" => stream.on_robot_message(|_: Context, message: RobotMessage| async move {
            std::hint::black_box(message);
            Ok(())
        }),
        other => return Err(format!("unknown kind {other:?}: event or robot").into()),
    };
    let handle = stream.start()?;
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    term.recv().await;
    handle.shutdown().await;
    Ok(())
}
