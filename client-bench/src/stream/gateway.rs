//! The fake Stream gateway on 127.0.0.1: the open-connection endpoint over HTTP/1.1 and the
//! websocket it names, which pushes pre-built frames with a fixed number in flight and reads
//! the ACKs. It runs on one thread and does little per frame (one write, one JSON read of the
//! ACK), so that the client, not the gateway, sets the pace; its own CPU per frame is measured
//! along with the client's.

use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;

use crate::frames::{self, Ack};

/// The longest wait for any one ACK (clients under callgrind run fifty times slower).
pub const ACK_TIMEOUT: Duration = Duration::from_secs(120);
/// The largest request head and body the open endpoint reads.
const MAX_REQUEST: usize = 64 * 1024;

/// Answers `POST /v1.0/gateway/connections/open` on `listener` with the websocket endpoint at
/// `ws_port` and a fresh ticket, for as long as the process runs.
pub async fn serve_open(listener: TcpListener, ws_port: u16) {
    let mut tickets = 0u64;
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        tickets += 1;
        let ticket = format!("bench-ticket-{tickets}");
        tokio::spawn(async move {
            if let Err(error) = answer_open(stream, ws_port, &ticket).await {
                eprintln!("stream-bench: open request: {error}");
            }
        });
    }
}

async fn answer_open(mut stream: TcpStream, ws_port: u16, ticket: &str) -> Result<(), String> {
    let mut request = Vec::new();
    let mut buf = [0u8; 4096];
    // The head, then as much body as it announces.
    let (head_end, length) = loop {
        let n = stream.read(&mut buf).await.map_err(|e| e.to_string())?;
        if n == 0 {
            return Err("closed before a request".to_owned());
        }
        request.extend_from_slice(&buf[..n]);
        if request.len() > MAX_REQUEST {
            return Err("request too large".to_owned());
        }
        if let Some(at) = request.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&request[..at]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            break (at + 4, length);
        }
    };
    if length > MAX_REQUEST {
        return Err("body too large".to_owned());
    }
    while request.len() < head_end + length {
        let n = stream.read(&mut buf).await.map_err(|e| e.to_string())?;
        if n == 0 {
            return Err("closed inside the body".to_owned());
        }
        request.extend_from_slice(&buf[..n]);
    }
    let head_line = String::from_utf8_lossy(&request[..head_end]);
    let (status, body) = if head_line.starts_with("POST /v1.0/gateway/connections/open ") {
        (
            "200 OK",
            format!(r#"{{"endpoint":"ws://127.0.0.1:{ws_port}/connect","ticket":"{ticket}"}}"#),
        )
    } else {
        ("404 Not Found", r#"{"code":"NotFound"}"#.to_owned())
    };
    let reply = format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream
        .write_all(reply.as_bytes())
        .await
        .map_err(|e| e.to_string())?;
    stream.shutdown().await.map_err(|e| e.to_string())
}

/// The first websocket connection on `listener` whose ticket the open endpoint issued.
// The handshake callback's error type is tungstenite's (a whole HTTP response).
#[allow(clippy::result_large_err)]
pub async fn accept(listener: &TcpListener) -> Result<WebSocketStream<TcpStream>, String> {
    loop {
        let (stream, _) = listener.accept().await.map_err(|e| e.to_string())?;
        stream.set_nodelay(true).map_err(|e| e.to_string())?;
        let mut ticket_ok = false;
        let check = |request: &tokio_tungstenite::tungstenite::handshake::server::Request,
                     response| {
            ticket_ok = request
                .uri()
                .query()
                .is_some_and(|q| q.starts_with("ticket=bench-ticket-"));
            Ok(response)
        };
        match tokio_tungstenite::accept_hdr_async(stream, check).await {
            Ok(socket) if ticket_ok => return Ok(socket),
            Ok(_) => eprintln!("stream-bench: a websocket connection without a ticket, dropped"),
            Err(error) => eprintln!("stream-bench: websocket handshake: {error}"),
        }
    }
}

/// What one push of frames measured.
pub struct Pushed {
    /// ACKs with code 200.
    pub acked: usize,
    /// ACKs with another code.
    pub failed: usize,
    /// ACKs for no frame of this push, or for one already ACKed, or unreadable.
    pub stray: usize,
    /// Send → ACK received, per frame, sorted.
    pub latencies: Vec<Duration>,
}

/// Pushes `frames` (their indexes from `first`) with at most `in_flight` un-ACKed, and waits
/// for every ACK.
pub async fn push(
    socket: &mut WebSocketStream<TcpStream>,
    frames: &[String],
    first: usize,
    in_flight: usize,
) -> Result<Pushed, String> {
    let total = frames.len();
    let mut sent_at: Vec<Option<Instant>> = vec![None; total];
    let mut latencies = Vec::with_capacity(total);
    let (mut sent, mut answered, mut failed, mut stray) = (0, 0, 0, 0);
    while answered < total {
        let mut fed = false;
        while sent < total && sent - answered < in_flight {
            socket
                .feed(Message::text(frames[sent].as_str()))
                .await
                .map_err(|e| format!("send: {e}"))?;
            sent_at[sent] = Some(Instant::now());
            sent += 1;
            fed = true;
        }
        if fed {
            socket.flush().await.map_err(|e| format!("send: {e}"))?;
        }
        let message = tokio::time::timeout(ACK_TIMEOUT, socket.next())
            .await
            .map_err(|_| format!("no ACK within {ACK_TIMEOUT:?} ({answered} of {total} ACKed)"))?
            .ok_or("the client closed the connection")?
            .map_err(|e| format!("receive: {e}"))?;
        let text = match message {
            Message::Text(text) => text,
            Message::Close(_) => return Err("the client closed the connection".to_owned()),
            _ => continue,
        };
        let now = Instant::now();
        let Ok(ack) = serde_json::from_str::<Ack>(text.as_str()) else {
            stray += 1;
            continue;
        };
        let slot = frames::index_of(&ack.headers.message_id)
            .and_then(|index| index.checked_sub(first))
            .and_then(|at| sent_at.get_mut(at))
            .and_then(Option::take);
        let Some(at) = slot else {
            stray += 1;
            continue;
        };
        latencies.push(now - at);
        answered += 1;
        if ack.code != 200 {
            failed += 1;
        }
    }
    latencies.sort_unstable();
    Ok(Pushed {
        acked: answered - failed,
        failed,
        stray,
        latencies,
    })
}
