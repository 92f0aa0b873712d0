//! The loopback server of one case: accepts one connection on 127.0.0.1, reads one request as
//! it arrived (method, raw target, headers, body bytes), answers with the case's recorded reply
//! and closes the connection. Sizes are bounded, so a stray client cannot make it grow.

use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

const MAX_REQUEST: usize = 4 << 20;

/// A request as the server read it; header names lower-cased, in the order received.
#[derive(Debug)]
pub struct Captured {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Captured {
    /// Every value of the header `name` (lower-case).
    pub fn header_values(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// What the server answers.
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

/// Serves one request on `listener`: the request is handed to `captured` before `reply` is
/// written, so a client that got the reply finds the request there.
pub async fn serve_one(
    listener: Arc<TcpListener>,
    reply: Reply,
    captured: oneshot::Sender<Result<Captured, String>>,
) {
    let (mut stream, _) = match listener.accept().await {
        Ok(accepted) => accepted,
        Err(e) => {
            let _ = captured.send(Err(format!("accept: {e}")));
            return;
        }
    };
    let request = read_request(&mut stream).await;
    let ok = request.is_ok();
    let _ = captured.send(request);
    if ok {
        let mut head = format!("HTTP/1.1 {} {}\r\n", reply.status, reason(reply.status));
        for (name, value) in &reply.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("connection: close\r\n\r\n");
        let _ = stream.write_all(head.as_bytes()).await;
        let _ = stream.write_all(reply.body.as_bytes()).await;
        let _ = stream.shutdown().await;
    }
}

fn reason(status: u16) -> &'static str {
    if status == 200 { "OK" } else { "Recorded" }
}

async fn read_request(stream: &mut TcpStream) -> Result<Captured, String> {
    let mut buf = Vec::new();
    let head_end = loop {
        if let Some(at) = find(&buf, b"\r\n\r\n") {
            break at;
        }
        read_more(stream, &mut buf).await?;
    };
    let head = std::str::from_utf8(&buf[..head_end]).map_err(|e| format!("head: {e}"))?;
    let mut lines = head.split("\r\n");
    let start = lines.next().unwrap_or_default();
    let mut parts = start.split(' ');
    let (method, target) = match (parts.next(), parts.next()) {
        (Some(m), Some(t)) => (m.to_owned(), t.to_owned()),
        _ => return Err(format!("bad request line {start:?}")),
    };
    let mut headers = Vec::new();
    for line in lines {
        let (name, value) = line
            .split_once(':')
            .ok_or_else(|| format!("bad header line {line:?}"))?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
    }
    let mut rest = buf[head_end + 4..].to_vec();
    let header = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let body = if let Some(length) = header("content-length") {
        let length: usize = length.parse().map_err(|_| "bad content-length")?;
        if length > MAX_REQUEST {
            return Err("body too large".to_owned());
        }
        while rest.len() < length {
            read_more(stream, &mut rest).await?;
        }
        rest.truncate(length);
        rest
    } else if header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        dechunk(stream, rest).await?
    } else {
        Vec::new()
    };
    Ok(Captured {
        method,
        target,
        headers,
        body,
    })
}

async fn dechunk(stream: &mut TcpStream, mut raw: Vec<u8>) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    loop {
        let line_end = loop {
            if let Some(at) = find(&raw, b"\r\n") {
                break at;
            }
            read_more(stream, &mut raw).await?;
        };
        let size_text = String::from_utf8_lossy(&raw[..line_end]).to_string();
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
            .map_err(|_| format!("bad chunk size {size_text:?}"))?;
        if body.len() + size > MAX_REQUEST {
            return Err("body too large".to_owned());
        }
        while raw.len() < line_end + 2 + size + 2 {
            read_more(stream, &mut raw).await?;
        }
        if size == 0 {
            return Ok(body);
        }
        body.extend_from_slice(&raw[line_end + 2..line_end + 2 + size]);
        raw.drain(..line_end + 2 + size + 2);
    }
}

async fn read_more(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Result<(), String> {
    if buf.len() > MAX_REQUEST {
        return Err("request too large".to_owned());
    }
    let mut chunk = [0u8; 16 * 1024];
    let n = stream
        .read(&mut chunk)
        .await
        .map_err(|e| format!("read: {e}"))?;
    if n == 0 {
        return Err("the connection closed mid-request".to_owned());
    }
    buf.extend_from_slice(&chunk[..n]);
    Ok(())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
