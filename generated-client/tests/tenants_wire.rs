//! Many tenants, one client: handles made by `Client::with_token_provider` and calls given
//! `.token_provider(..)` carry their own company's or user's token, over the one client's
//! connections (counted as the TCP connections a loopback server accepts).

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use common::seed_request;
use generated_client::{Client, Config, IsvCorpTokens, SuiteTicket, TokenProvider};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the server saw: connections accepted, and each request's path, token header and body.
#[derive(Default)]
struct Seen {
    connections: AtomicUsize,
    requests: Mutex<Vec<(String, Option<String>, Value)>>,
}

impl Seen {
    fn requests(&self) -> Vec<(String, Option<String>, Value)> {
        self.requests.lock().unwrap().clone()
    }
    /// The token header of every call that was not a token fetch, in order.
    fn call_tokens(&self) -> Vec<String> {
        self.requests()
            .into_iter()
            .filter(|(path, _, _)| !path.contains("oauth2"))
            .map(|(_, token, _)| token.unwrap_or_default())
            .collect()
    }
}

/// A keep-alive HTTP/1.1 server on 127.0.0.1: the corp token endpoint answers
/// `token-of-<authCorpId>`, every other path `{}`. It stops with the test's runtime.
async fn server() -> (String, Arc<Seen>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let uri = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Seen::default());
    let shared = seen.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            shared.connections.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(serve(stream, shared.clone()));
        }
    });
    (uri, seen)
}

async fn serve(mut stream: TcpStream, seen: Arc<Seen>) {
    let mut buffer = Vec::new();
    loop {
        let head_end = loop {
            if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                break at;
            }
            let mut chunk = [0u8; 4096];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            }
            assert!(buffer.len() < 64 * 1024, "request head too large");
        };
        let head = String::from_utf8(buffer[..head_end].to_vec()).unwrap();
        let path = head.split(' ').nth(1).unwrap().to_owned();
        let header = |name: &str| {
            head.split("\r\n")
                .filter_map(|line| line.split_once(':'))
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.trim().to_owned())
        };
        let length: usize = header("content-length").map_or(0, |v| v.parse().unwrap());
        assert!(length < 1024 * 1024, "request body too large");
        while buffer.len() < head_end + 4 + length {
            let mut chunk = [0u8; 4096];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            }
        }
        let body: Value = serde_json::from_slice(&buffer[head_end + 4..head_end + 4 + length])
            .unwrap_or(Value::Null);
        buffer.drain(..head_end + 4 + length);
        let reply = if path == "/v1.0/oauth2/corpAccessToken" {
            let corp = body["authCorpId"].as_str().unwrap_or_default();
            format!(r#"{{"accessToken":"token-of-{corp}","expireIn":7200}}"#)
        } else {
            "{}".to_owned()
        };
        let token = header("x-acs-dingtalk-access-token");
        seen.requests.lock().unwrap().push((path, token, body));
        let response = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{reply}",
            reply.len()
        );
        if stream.write_all(response.as_bytes()).await.is_err() {
            return;
        }
    }
}

fn company(corp: &str, ticket: &SuiteTicket) -> IsvCorpTokens {
    IsvCorpTokens::new("suite-key", "suite-secret", corp, ticket.clone())
}

#[tokio::test]
async fn handles_of_two_companies_send_their_own_tokens_over_one_connection() {
    let (uri, seen) = server().await;
    // The client's own credentials are never used by the handles.
    let client =
        Client::from_config(Config::new().base_url(&uri).access_token("client-token")).unwrap();
    let ticket = SuiteTicket::new("ticket");
    let a = client.with_token_provider(company("corpA", &ticket));
    let b = client.with_token_provider(company("corpB", &ticket));

    for handle in [&a, &b, &a, &b] {
        handle
            .team_sphere_1_0()
            .create_task("u", &seed_request())
            .await
            .unwrap();
    }
    client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap();

    assert_eq!(
        seen.call_tokens(),
        [
            "token-of-corpA",
            "token-of-corpB",
            "token-of-corpA",
            "token-of-corpB",
            "client-token"
        ]
    );
    // One token fetch per company: each handle keeps its provider's cache.
    let fetched: Vec<Value> = seen
        .requests()
        .into_iter()
        .filter(|(path, _, _)| path == "/v1.0/oauth2/corpAccessToken")
        .map(|(_, _, body)| body["authCorpId"].clone())
        .collect();
    assert_eq!(fetched, ["corpA", "corpB"]);
    // Seven requests in turn (two token fetches, five calls), all on one connection.
    assert_eq!(seen.requests().len(), 7);
    assert_eq!(seen.connections.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn concurrent_calls_of_many_companies_share_the_clients_connections() {
    let (uri, seen) = server().await;
    let client = Client::from_config(Config::new().base_url(&uri)).unwrap();
    let ticket = SuiteTicket::new("ticket");
    let handles: Vec<Client> = (0..20)
        .map(|i| client.with_token_provider(company(&format!("corp{i}"), &ticket)))
        .collect();
    // Warm: each company's token, sequentially.
    for handle in &handles {
        handle
            .team_sphere_1_0()
            .create_task("u", &seed_request())
            .await
            .unwrap();
    }
    assert_eq!(seen.connections.load(Ordering::SeqCst), 1);
    let calls: Vec<_> = handles
        .iter()
        .map(|h| tokio::spawn(h.team_sphere_1_0().create_task("u", &seed_request()).send()))
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    let tokens = seen.call_tokens();
    for i in 0..20 {
        let expected = format!("token-of-corp{i}");
        assert_eq!(
            tokens.iter().filter(|t| **t == expected).count(),
            2,
            "{expected}"
        );
    }
    // Parallel calls may open more connections, never one per company and call.
    assert!(seen.connections.load(Ordering::SeqCst) <= 20);
}

#[tokio::test]
async fn a_calls_own_provider_wins_over_the_handles_and_a_calls_token_over_both() {
    let (uri, seen) = server().await;
    let client = Client::from_config(Config::new().base_url(&uri)).unwrap();
    let ticket = SuiteTicket::new("ticket");
    let a = client.with_token_provider(company("corpA", &ticket));
    let b: Arc<dyn TokenProvider> = Arc::new(company("corpB", &ticket));

    let api = a.team_sphere_1_0();
    api.create_task("u", &seed_request())
        .token_provider(b.clone())
        .await
        .unwrap();
    api.create_task("u", &seed_request())
        .token_provider(b)
        .access_token("explicit")
        .await
        .unwrap();
    api.create_task("u", &seed_request()).await.unwrap();
    assert_eq!(
        seen.call_tokens(),
        ["token-of-corpB", "explicit", "token-of-corpA"]
    );
    assert_eq!(seen.connections.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_client_without_credentials_still_refuses_a_call_a_handle_would_carry() {
    let (uri, seen) = server().await;
    let client = Client::from_config(Config::new().base_url(&uri)).unwrap();
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    assert!(
        matches!(error, generated_client::Error::Token(_)),
        "{error:?}"
    );
    assert!(seen.requests().is_empty());
}
