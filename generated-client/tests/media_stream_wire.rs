//! Files read as they are sent, on the wire: a stream, a reader and a file on disk put the same
//! bytes on the wire as bytes in memory (and as the legacy Python client, modulo the boundary),
//! with a `Content-Length` when the length is known and chunked otherwise; a stream that fails
//! or lies about its length ends the call with an error naming the part, and nothing complete
//! reaches the server; a stream is sent once (no retry and no repeat with a fresh token after it
//! was read, no second call with it), a file on disk is read again for both; blocking calls take
//! streams and files.

mod common;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::multipart::{Chunks, capture, captured_header, decode, normalised, replace};
use generated_client::oapi_media::{UploadMediaRequest, UploadMediaRequired};
use generated_client::{Client, Config, Error, FilePart, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The capture's file: its name and bytes.
fn photo() -> (String, Vec<u8>) {
    let capture = capture();
    let name = capture["file_name"].as_str().unwrap().to_owned();
    (name, decode(&capture["content_base64"]))
}

/// The body the legacy Python client sent, its boundary written as `BOUNDARY`.
fn their_body() -> Vec<u8> {
    let capture = capture();
    let content_type = captured_header(&capture, "content-type");
    let boundary = common::multipart::boundary_of(&content_type).to_owned();
    let body = decode(&capture["request"]["body_base64"]);
    replace(&body, boundary.as_bytes(), b"BOUNDARY")
}

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/media/upload"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"errcode": 0, "type": "image", "media_id": "@m"})),
        )
        .mount(&server)
        .await;
    server
}

fn client(server: &MockServer) -> Client {
    let config = Config::new()
        .base_url(server.uri())
        .access_token("LEGACY_TOKEN")
        .retry(
            RetryPolicy::standard()
                .initial_backoff(Duration::from_millis(1))
                .max_backoff(Duration::from_millis(2)),
        );
    Client::from_config(config).unwrap()
}

fn upload(media: FilePart) -> UploadMediaRequest {
    UploadMediaRequest::new(UploadMediaRequired {
        r#type: "image".into(),
        media,
    })
}

fn header<'a>(request: &'a wiremock::Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).map(|v| v.to_str().unwrap())
}

/// A directory of its own under the system's temporary directory, holding `name` with `bytes`.
struct TempFile {
    dir: PathBuf,
    path: PathBuf,
}

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("media-stream-wire-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        TempFile { dir, path }
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[tokio::test]
async fn a_stream_a_reader_and_a_file_send_the_bytes_of_a_bytes_part_with_their_length() {
    let (name, content) = photo();
    let file = TempFile::new(&name, &content);
    let len = Some(content.len() as u64);
    let parts = [
        ("bytes", FilePart::new(name.clone(), content.clone())),
        (
            "stream",
            FilePart::stream(name.clone(), Chunks::of(&content, 7), len),
        ),
        (
            "reader",
            FilePart::reader(name.clone(), std::io::Cursor::new(content.clone()), len),
        ),
        ("path", FilePart::from_path(&file.path).unwrap()),
    ];
    let server = server().await;
    let client = client(&server);
    for (_, part) in &parts {
        let reply = client
            .oapi_media()
            .upload_media(&upload(part.clone()))
            .await;
        assert_eq!(reply.unwrap().body().media_id.as_deref(), Some("@m"));
    }

    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), parts.len());
    let theirs = their_body();
    let their_length = captured_header(&capture(), "content-length");
    for ((kind, _), request) in parts.iter().zip(&requests) {
        let ours = normalised(request);
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs),
            "{kind}"
        );
        assert_eq!(ours, theirs, "{kind}");
        // As the Python client: the whole length announced, nothing chunked.
        assert_eq!(
            header(request, "content-length"),
            Some(&*their_length),
            "{kind}"
        );
        assert_eq!(header(request, "transfer-encoding"), None, "{kind}");
        assert_eq!(
            request.url.query(),
            Some("access_token=LEGACY_TOKEN&type=image"),
            "{kind}"
        );
    }
}

#[tokio::test]
async fn a_stream_of_unknown_length_is_sent_chunked_with_the_same_bytes() {
    let (name, content) = photo();
    let server = server().await;
    let client = client(&server);
    let part = FilePart::stream(name, Chunks::of(&content, 5), None);
    client
        .oapi_media()
        .upload_media(&upload(part))
        .await
        .unwrap();
    let requests = server.received_requests().await.unwrap();
    let [sent] = &requests[..] else {
        panic!("{} requests", requests.len())
    };
    assert_eq!(header(sent, "transfer-encoding"), Some("chunked"));
    assert_eq!(header(sent, "content-length"), None);
    assert_eq!(normalised(sent), their_body());
}

#[tokio::test]
async fn a_stream_that_fails_mid_body_ends_the_call_with_an_error_naming_the_part() {
    let (name, content) = photo();
    for length in [Some(content.len() as u64), None] {
        let server = server().await;
        let client = client(&server);
        let part = FilePart::stream(
            name.clone(),
            Chunks::failing_after(&content[..10], 5, "disk on fire"),
            length,
        );
        let error = client
            .oapi_media()
            .upload_media(&upload(part))
            .await
            .unwrap_err();
        let Error::Build(build) = &error else {
            panic!("{error:?}")
        };
        assert_eq!(
            build.to_string(),
            "request not sent: the file part `media` (\"photo.png\") failed after 10 bytes: \
             disk on fire; the request was left unfinished",
            "{length:?}"
        );
        // Not retried (the stream is spent), and nothing complete reached the server.
        assert!(!error.is_retryable());
        assert!(server.received_requests().await.unwrap().is_empty());
    }
}

#[tokio::test]
async fn a_stream_longer_or_shorter_than_announced_is_refused_before_it_completes() {
    let (name, content) = photo();
    let n = content.len() as u64;
    for (announced, expected) in [
        (
            n + 1,
            format!(
                "the file part `media` (\"photo.png\") ended after {n} bytes, {} were announced",
                n + 1
            ),
        ),
        (
            n - 1,
            format!(
                "the file part `media` (\"photo.png\") yielded more than the {} bytes announced",
                n - 1
            ),
        ),
    ] {
        let server = server().await;
        let client = client(&server);
        let part = FilePart::stream(name.clone(), Chunks::of(&content, 8), Some(announced));
        let error = client
            .oapi_media()
            .upload_media(&upload(part))
            .await
            .unwrap_err();
        let message = error.to_string();
        assert!(message.contains(&expected), "{message}");
        assert!(matches!(error, Error::Build(_)), "{error:?}");
        assert!(server.received_requests().await.unwrap().is_empty());
    }
}

/// A server answering `/media/upload` with 503 once, then with success.
async fn unavailable_once() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/media/upload"))
        .respond_with(ResponseTemplate::new(503).set_body_string("busy"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/media/upload"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"errcode": 0, "media_id": "@m"})),
        )
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn a_stream_read_by_a_failed_attempt_is_not_sent_again_the_attempts_error_is_returned() {
    let (name, content) = photo();
    let server = unavailable_once().await;
    let client = client(&server);
    let request = upload(FilePart::stream(
        name,
        Chunks::of(&content, 9),
        Some(content.len() as u64),
    ));
    let error = client
        .oapi_media()
        .upload_media(&request)
        .await
        .unwrap_err();
    // A 503 is worth trying again, and the policy would have: the caller sees it as it was.
    assert_eq!(error.status(), Some(503), "{error:?}");
    assert!(error.is_retryable());
    let requests = server.received_requests().await.unwrap();
    let [sent] = &requests[..] else {
        panic!("{} requests", requests.len())
    };
    assert_eq!(normalised(sent), their_body());

    // The request's part shares the spent stream: a second call sends nothing.
    let error = client
        .oapi_media()
        .upload_media(&request)
        .await
        .unwrap_err();
    let message = error.to_string();
    assert!(matches!(error, Error::Build(_)), "{error:?}");
    assert!(
        message.contains(
            "the file part `media` (\"photo.png\") is a stream an earlier call or attempt has read"
        ),
        "{message}"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_file_on_disk_is_read_again_for_a_retry() {
    let (name, content) = photo();
    let file = TempFile::new(&name, &content);
    let server = unavailable_once().await;
    let client = client(&server);
    let request = upload(FilePart::from_path(&file.path).unwrap());
    let reply = client.oapi_media().upload_media(&request).await.unwrap();
    assert_eq!(reply.body().media_id.as_deref(), Some("@m"));
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    for sent in &requests {
        assert_eq!(normalised(sent), their_body());
        assert_eq!(header(sent, "content-length"), Some("194"));
    }
}

#[tokio::test]
async fn a_file_that_is_gone_when_sent_is_an_error_naming_it() {
    let (name, content) = photo();
    let file = TempFile::new(&name, &content);
    let part = FilePart::from_path(&file.path).unwrap();
    std::fs::remove_file(&file.path).unwrap();
    let server = server().await;
    let client = client(&server);
    let error = client
        .oapi_media()
        .upload_media(&upload(part))
        .await
        .unwrap_err();
    let message = error.to_string();
    assert!(matches!(error, Error::Build(_)), "{error:?}");
    assert!(
        message.contains("the file part `media` (\"photo.png\"):")
            && message.contains("cannot be read"),
        "{message}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[test]
fn blocking_calls_send_streams_and_files_as_they_are_read() {
    let (name, content) = photo();
    let file = TempFile::new(&name, &content);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(server());
    let client = client(&server);
    let parts = [
        FilePart::stream(name.clone(), Chunks::of(&content, 3), None),
        FilePart::from_path(&file.path).unwrap(),
    ];
    for part in parts {
        let reply = client
            .oapi_media()
            .upload_media(&upload(part))
            .send_blocking()
            .unwrap();
        assert_eq!(reply.body().media_id.as_deref(), Some("@m"));
    }
    let requests = runtime.block_on(server.received_requests()).unwrap();
    assert_eq!(requests.len(), 2);
    for sent in &requests {
        assert_eq!(normalised(sent), their_body());
    }
    assert_eq!(header(&requests[0], "transfer-encoding"), Some("chunked"));
    assert_eq!(header(&requests[1], "content-length"), Some("194"));
}

/// A token provider handing out `OLD` until DingTalk refuses it, then `NEW`.
#[derive(Default)]
struct Rotating {
    refused: std::sync::atomic::AtomicBool,
}

impl generated_client::TokenProvider for Rotating {
    fn token<'a>(
        &'a self,
        _: &'a generated_client::TokenContext,
    ) -> generated_client::TokenFuture<'a> {
        let token = if self.refused.load(Ordering::SeqCst) {
            "NEW"
        } else {
            "OLD"
        };
        Box::pin(async move { Ok(token.into()) })
    }

    fn invalidate(&self, _: &generated_client::AccessToken) {
        self.refused.store(true, Ordering::SeqCst);
    }
}

#[tokio::test]
async fn a_refused_token_repeats_a_file_but_not_a_read_stream_and_is_forgotten_either_way() {
    let (name, content) = photo();
    let file = TempFile::new(&name, &content);
    let len = Some(content.len() as u64);
    let parts = [
        (
            "stream",
            FilePart::stream(name.clone(), Chunks::of(&content, 6), len),
            1,
        ),
        ("path", FilePart::from_path(&file.path).unwrap(), 2),
    ];
    for (kind, part, expected_requests) in parts {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/media/upload"))
            .and(wiremock::matchers::query_param("access_token", "OLD"))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_json(json!({"errcode": 40014, "errmsg": "不合法的access_token"})),
            )
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .and(path("/media/upload"))
            .and(wiremock::matchers::query_param("access_token", "NEW"))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(json!({"errcode": 0, "media_id": "@m"})),
            )
            .mount(&server)
            .await;
        let config = Config::new()
            .base_url(server.uri())
            .token_provider(Rotating::default());
        let client = Client::from_config(config).unwrap();
        let reply = client.oapi_media().upload_media(&upload(part)).await;
        let requests = server.received_requests().await.unwrap();
        assert_eq!(requests.len(), expected_requests, "{kind}");
        for sent in &requests {
            assert_eq!(normalised(sent), their_body(), "{kind}");
        }
        match kind {
            "stream" => {
                let error = reply.unwrap_err();
                assert_eq!(error.code(), Some("40014"), "{error:?}");
                // Forgotten all the same: the next call has the fresh token.
                let again = FilePart::new(name.clone(), content.clone());
                client
                    .oapi_media()
                    .upload_media(&upload(again))
                    .await
                    .unwrap();
                let requests = server.received_requests().await.unwrap();
                assert!(
                    requests[1]
                        .url
                        .query()
                        .unwrap()
                        .contains("access_token=NEW")
                );
            }
            _ => {
                assert_eq!(reply.unwrap().body().media_id.as_deref(), Some("@m"));
                assert!(
                    requests[1]
                        .url
                        .query()
                        .unwrap()
                        .contains("access_token=NEW")
                );
            }
        }
    }
}
