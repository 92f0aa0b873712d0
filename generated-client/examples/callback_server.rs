//! Receives DingTalk's HTTP callbacks with axum: encrypted events on `POST /event`, signed
//! robot messages on `POST /robot`.
//!
//! ```sh
//! DINGTALK_CALLBACK_ADDR=127.0.0.1:18181 \
//! DINGTALK_CALLBACK_TOKEN='<token>' \
//! DINGTALK_CALLBACK_AES_KEY='<43-character EncodingAESKey>' \
//! DINGTALK_CALLBACK_OWNER_KEY='<app key, corp id or suite key>' \
//! DINGTALK_ROBOT_APP_SECRET='<the robot app secret>' \
//! cargo run -p generated-client --example callback_server
//! ```
//!
//! Each verified event prints one JSON line to stdout, `{"event_type": "<EventType>"}`, and is
//! answered with the encrypted `success`. Each verified text message is answered through its
//! `sessionWebhook` with `echo: <the text, trimmed>`. A request that does not verify (wrong
//! signature or sign, stale timestamp, another owner's message, bad base64 or padding, a body
//! over 1 MiB) gets a 4xx and its reason on stderr; nothing is printed or sent. SIGINT or
//! SIGTERM stops the server (exit 0).

use std::process::ExitCode;
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, Method, Response, Uri};
use axum::routing::post;
use generated_client::push::RobotMsgType;
use generated_client::receive::callback::{
    EventCrypto, EventReceiver, RobotReceiver, RobotSignVerifier,
};
use generated_client::{Client, Config};

/// The largest body read; axum refuses a longer one (413) before it is read whole.
const MAX_BODY: usize = 1024 * 1024;

struct Receivers {
    events: EventReceiver,
    robot: RobotReceiver,
    /// Sends the replies (its connections and time-outs; sessionWebhooks need no token).
    client: Client,
}

// `pub` so that `tests/example_callback_server.rs` can run it in a process of its own.
#[tokio::main]
pub async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn env(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("set {name}"))
}

async fn run() -> Result<(), String> {
    let addr = env("DINGTALK_CALLBACK_ADDR")?;
    let crypto = EventCrypto::new(
        env("DINGTALK_CALLBACK_TOKEN")?,
        &env("DINGTALK_CALLBACK_AES_KEY")?,
        env("DINGTALK_CALLBACK_OWNER_KEY")?,
    )
    .map_err(|e| e.to_string())?;
    let verifier = RobotSignVerifier::new(env("DINGTALK_ROBOT_APP_SECRET")?);
    let receivers = Arc::new(Receivers {
        events: EventReceiver::new(crypto).max_body(MAX_BODY),
        robot: RobotReceiver::new(verifier).max_body(MAX_BODY),
        client: Client::from_config(Config::new()).map_err(|e| e.to_string())?,
    });
    let app = Router::new()
        .route("/event", post(event))
        .route("/robot", post(robot))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(receivers);
    let stop = stop_signal()?;
    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    // The bound address (a `:0` port resolved), for whoever started the server.
    match listener.local_addr() {
        Ok(bound) => eprintln!("listening on {bound}"),
        Err(_) => eprintln!("listening on {addr}"),
    }
    axum::serve(listener, app)
        .with_graceful_shutdown(stop)
        .await
        .map_err(|e| e.to_string())
}

async fn event(
    State(receivers): State<Arc<Receivers>>,
    method: Method,
    uri: Uri,
    body: Bytes,
) -> Response<Body> {
    match receivers.events.receive(&method, &uri, &body) {
        Ok(event) => {
            println!(
                "{}",
                serde_json::json!({ "event_type": event.event_type() })
            );
            event.answer().map(Body::from)
        }
        Err(error) => {
            eprintln!("event refused: {error}");
            error.answer().map(Body::from)
        }
    }
}

async fn robot(
    State(receivers): State<Arc<Receivers>>,
    method: Method,
    headers: HeaderMap,
    body: Bytes,
) -> Response<Body> {
    let message = match receivers.robot.receive(&method, &headers, &body) {
        Ok(message) => message,
        Err(error) => {
            eprintln!("robot message refused: {error}");
            return error.answer().map(Body::from);
        }
    };
    if message.msgtype == Some(RobotMsgType::Text)
        && let Some(content) = message.text.as_ref().and_then(|t| t.content.as_deref())
    {
        // An expired or missing sessionWebhook is refused before anything is sent.
        let echo = format!("echo: {}", content.trim());
        if let Err(error) = message.reply_text(&receivers.client, echo).await {
            eprintln!("reply failed: {error}");
        }
    }
    RobotReceiver::answer().map(Body::from)
}

/// Resolves on SIGINT or SIGTERM. The handlers are installed when this is called, before the
/// server says it listens, so a signal sent as soon as it does is never the default (fatal) one.
fn stop_signal() -> Result<impl std::future::Future<Output = ()>, String> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut interrupt = signal(SignalKind::interrupt()).map_err(|e| e.to_string())?;
        let mut terminate = signal(SignalKind::terminate()).map_err(|e| e.to_string())?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => {}
                _ = terminate.recv() => {}
            }
            eprintln!("stopping");
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
            eprintln!("stopping");
        })
    }
}
