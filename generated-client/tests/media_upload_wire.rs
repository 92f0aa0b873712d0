//! Files on the wire: the legacy `/media/upload` (`oapi_media`) sends a `multipart/form-data`
//! body byte for byte as the legacy Python client does (`tests/fixtures/legacy_media_upload.json`,
//! captured by `xtask/legacy/capture_media_upload.py`), modulo the boundary. Files read as they
//! are sent are `media_stream_wire.rs`; the `media_id` going into messages is
//! `media_messages_wire.rs`.

mod common;

use common::multipart::{boundary_of, capture, decode, replace};
use generated_client::oapi_media::{UploadMediaError, UploadMediaRequest, UploadMediaRequired};
use generated_client::{Client, Config, Error, FilePart};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn server_answering(route: &str, reply: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(route))
        .respond_with(ResponseTemplate::new(200).set_body_json(reply))
        .mount(&server)
        .await;
    server
}

fn client(server: &MockServer) -> Client {
    let config = Config::new()
        .base_url(server.uri())
        .access_token("LEGACY_TOKEN");
    Client::from_config(config).unwrap()
}

#[tokio::test]
async fn an_upload_sends_the_form_the_legacy_python_client_sends_modulo_the_boundary() {
    let capture = capture();
    let server = server_answering("/media/upload", capture["reply"].clone()).await;
    let client = client(&server);
    let file = FilePart::new(
        capture["file_name"].as_str().unwrap(),
        decode(&capture["content_base64"]),
    );
    let request = UploadMediaRequest::new(UploadMediaRequired {
        r#type: "image".into(),
        media: file,
    });
    let reply = client.oapi_media().upload_media(&request).await.unwrap();
    assert_eq!(
        reply.body().media_id.as_deref(),
        capture["parsed"]["media_id"].as_str()
    );
    assert_eq!(reply.body().r#type.as_deref(), Some("image"));

    let requests = server.received_requests().await.unwrap();
    let [sent] = &requests[..] else {
        panic!("{} requests", requests.len())
    };
    let theirs = &capture["request"];
    let target = format!("{}?{}", sent.url.path(), sent.url.query().unwrap());
    assert_eq!(target, theirs["target"].as_str().unwrap());

    let header = |name: &str| {
        theirs["headers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|pair| pair[0] == name)
            .map(|pair| pair[1].as_str().unwrap().to_owned())
            .unwrap()
    };
    let their_type = header("content-type");
    let our_type = sent.headers.get("content-type").unwrap().to_str().unwrap();
    let (their_boundary, our_boundary) = (boundary_of(&their_type), boundary_of(our_type));
    assert_eq!(our_boundary.len(), their_boundary.len());
    assert!(our_boundary.bytes().all(|b| b.is_ascii_hexdigit()));

    let their_body = decode(&theirs["body_base64"]);
    let ours = replace(
        &sent.body,
        our_boundary.as_bytes(),
        their_boundary.as_bytes(),
    );
    assert_eq!(
        String::from_utf8_lossy(&ours),
        String::from_utf8_lossy(&their_body)
    );
    assert_eq!(ours, their_body);
    assert_eq!(
        sent.headers
            .get("content-length")
            .unwrap()
            .to_str()
            .unwrap(),
        header("content-length")
    );
}

#[tokio::test]
async fn each_upload_has_a_fresh_boundary_and_a_part_type_when_given() {
    let server = server_answering("/media/upload", json!({"errcode": 0, "media_id": "m"})).await;
    let client = client(&server);
    let file = FilePart::new("v.amr", &b"#!AMR\n"[..]).content_type("audio/amr");
    let request = UploadMediaRequest::new(UploadMediaRequired {
        r#type: "voice".into(),
        media: file,
    });
    client.oapi_media().upload_media(&request).await.unwrap();
    client.oapi_media().upload_media(&request).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    let boundaries: Vec<String> = requests
        .iter()
        .map(|r| {
            let content_type = r.headers.get("content-type").unwrap().to_str().unwrap();
            boundary_of(content_type).to_owned()
        })
        .collect();
    assert_ne!(boundaries[0], boundaries[1]);
    let b = &boundaries[0];
    assert_eq!(
        String::from_utf8(requests[0].body.clone()).unwrap(),
        format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"media\"; filename=\"v.amr\"\r\n\
             Content-Type: audio/amr\r\n\r\n#!AMR\n\r\n--{b}--\r\n"
        )
    );
}

#[tokio::test]
async fn a_file_name_that_would_break_the_part_header_is_refused_before_sending() {
    let server = server_answering("/media/upload", json!({"errcode": 0})).await;
    let client = client(&server);
    let file = FilePart::new("a.png\"\r\nX-Injected: 1", Vec::new());
    let request = UploadMediaRequest::new(UploadMediaRequired {
        r#type: "image".into(),
        media: file,
    });
    let error = client
        .oapi_media()
        .upload_media(&request)
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Build(_)), "{error:?}");
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn an_errcode_reply_is_the_operations_error() {
    let server = server_answering(
        "/media/upload",
        json!({"errcode": 40006, "errmsg": "不合法的文件大小"}),
    )
    .await;
    let client = client(&server);
    let request = UploadMediaRequest::new(UploadMediaRequired {
        r#type: "image".into(),
        media: FilePart::new("big.png", vec![0u8; 64]),
    });
    let error = client
        .oapi_media()
        .upload_media(&request)
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Service(UploadMediaError::V40006(_))),
        "{error:?}"
    );
}
