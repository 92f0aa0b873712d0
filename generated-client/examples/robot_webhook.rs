//! Sends a text message to a group through a custom robot's webhook.
//!
//! ```sh
//! DINGTALK_ROBOT_WEBHOOK='https://oapi.dingtalk.com/robot/send?access_token=...' \
//! DINGTALK_ROBOT_SECRET='SEC...' \
//! cargo run -p generated-client --example robot_webhook -- "some text"
//! ```
//!
//! `DINGTALK_ROBOT_WEBHOOK` (required) is the webhook URL copied from the robot's settings;
//! `DINGTALK_ROBOT_SECRET` (optional) its 加签 secret: when set, every message is signed, and a
//! value that is not a robot secret is an error, never an unsigned message. The text is the
//! first argument (default `hello from Rust`). Prints `ok` and exits 0, or prints the error
//! (code, message, status) and exits 1.

use std::process::ExitCode;

use generated_client::RobotWebhook;
use generated_client::custom_robot::{Message, MessageRequired, MsgType, Text, TextRequired};

#[tokio::main]
async fn main() -> ExitCode {
    run(std::env::args().nth(1)).await
}

// `pub` so that `tests/example_robot_webhook.rs` can run it against a loopback server.
pub async fn run(text: Option<String>) -> ExitCode {
    let Ok(url) = std::env::var("DINGTALK_ROBOT_WEBHOOK") else {
        eprintln!("error: set DINGTALK_ROBOT_WEBHOOK to the robot's webhook URL");
        return ExitCode::FAILURE;
    };
    let secret = std::env::var("DINGTALK_ROBOT_SECRET").ok();
    let webhook = match RobotWebhook::new(&url, secret.as_deref()) {
        Ok(webhook) => webhook,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let text = text.unwrap_or_else(|| "hello from Rust".to_owned());
    let message = Message::new(MessageRequired {
        msgtype: MsgType::Text,
    })
    .text(Text::new(TextRequired { content: text }));
    match webhook.send(message).await {
        Ok(_) => {
            println!("ok");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
