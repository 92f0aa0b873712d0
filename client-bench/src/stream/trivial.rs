//! The trivial client: opens a connection, then answers every frame with an ACK naming its
//! `messageId`, found by a substring search and nothing else. It does the least work a client
//! can, so the rate it reaches is the gateway's ceiling.

use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;

const NEEDLE: &str = "\"messageId\":\"";

pub fn run() -> Result<(), String> {
    let base = std::env::var("DINGTALK_BASE_URL").map_err(|_| "DINGTALK_BASE_URL is not set")?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let (endpoint, ticket) = open(&base).await?;
        let (mut socket, _) = tokio_tungstenite::connect_async(format!("{endpoint}?ticket={ticket}"))
            .await
            .map_err(|e| format!("connect: {e}"))?;
        while let Some(message) = socket.next().await {
            let text = match message.map_err(|e| e.to_string())? {
                Message::Text(text) => text,
                Message::Close(_) => break,
                _ => continue,
            };
            let text = text.as_str();
            let Some(start) = text.find(NEEDLE).map(|at| at + NEEDLE.len()) else {
                continue;
            };
            let Some(len) = text[start..].find('"') else {
                continue;
            };
            let id = &text[start..start + len];
            let ack = format!(
                r#"{{"code":200,"headers":{{"messageId":"{id}","contentType":"application/json"}},"message":"OK","data":"{{\"response\":null}}"}}"#
            );
            socket
                .send(Message::text(ack))
                .await
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    })
}

/// `POST /v1.0/gateway/connections/open` over a plain TCP connection: the endpoint and ticket.
async fn open(base: &str) -> Result<(String, String), String> {
    let host = base
        .strip_prefix("http://")
        .ok_or("the trivial client speaks plain http only")?
        .trim_end_matches('/');
    let body = r#"{"clientId":"bench-id","clientSecret":"bench-secret","subscriptions":[{"type":"EVENT","topic":"*"}]}"#;
    let request = format!(
        "POST /v1.0/gateway/connections/open HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let mut stream = TcpStream::connect(host).await.map_err(|e| e.to_string())?;
    stream
        .write_all(request.as_bytes())
        .await
        .map_err(|e| e.to_string())?;
    let mut reply = Vec::new();
    stream
        .take(64 * 1024)
        .read_to_end(&mut reply)
        .await
        .map_err(|e| e.to_string())?;
    let reply = String::from_utf8_lossy(&reply);
    let json = reply.split_once("\r\n\r\n").map_or("", |(_, body)| body);
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| format!("open reply {reply:?}: {e}"))?;
    let field = |name: &str| {
        value[name]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("open reply without {name}: {reply:?}"))
    };
    Ok((field("endpoint")?, field("ticket")?))
}
