//! Files end to end, on the wire: an image, a voice clip and a file are uploaded with the legacy
//! `/media/upload` (`oapi_media`; from a file on disk, a stream and bytes), and the `media_id`
//! each reply carries goes into a work notification (`oapi_message`, msgtype `image`, `voice`,
//! `file`) and into an app robot's message (`robot_1_0`: `sampleImageMsg` with the id as its
//! `photoURL`, `sampleAudio` and `sampleFile` with it as `mediaId`, as DingTalk's message types
//! say). Every request is checked byte for byte (a form's random boundary written as `BOUNDARY`).

mod common;

use common::multipart::{Chunks, normalised};
use generated_client::oapi_media::{UploadMediaRequest, UploadMediaRequired};
use generated_client::oapi_message::{
    AsyncSendV2Request, AsyncSendV2Required, WorkMessage, WorkMessageFile, WorkMessageFileRequired,
    WorkMessageImage, WorkMessageImageRequired, WorkMessageRequired, WorkMessageVoice,
    WorkMessageVoiceRequired,
};
use generated_client::robot_1_0::{
    BatchSendOTORequest, BatchSendOTORequired, OrgGroupSendRequest, OrgGroupSendRequired,
};
use generated_client::{Client, Config, FilePart};
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00 image bytes\r\n--not-a-boundary\r\n";
const AMR: &[u8] = b"#!AMR\n\x00\x01voice";
const PDF: &[u8] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\nreport";

async fn server() -> MockServer {
    let server = MockServer::start().await;
    // Ids no request holds before the upload's reply gives them.
    for (kind, id) in [
        ("image", "@lADPimage0001"),
        ("voice", "@lADPvoice0002"),
        ("file", "@lADPfile0003"),
    ] {
        let reply = json!({"errcode": 0, "errmsg": "ok", "type": kind, "media_id": id, "created_at": 1700000000000_i64});
        Mock::given(method("POST"))
            .and(path("/media/upload"))
            .and(query_param("type", kind))
            .respond_with(ResponseTemplate::new(200).set_body_json(reply))
            .mount(&server)
            .await;
    }
    let answers = [
        (
            "/topapi/message/corpconversation/asyncsend_v2",
            json!({"errcode": 0, "task_id": 256271667526_i64, "request_id": "4jzllmte0wau"}),
        ),
        (
            "/v1.0/robot/oToMessages/batchSend",
            json!({"processQueryKey": "oto-key"}),
        ),
        (
            "/v1.0/robot/groupMessages/send",
            json!({"processQueryKey": "group-key"}),
        ),
    ];
    for (route, reply) in answers {
        Mock::given(method("POST"))
            .and(path(route))
            .respond_with(ResponseTemplate::new(200).set_body_json(reply))
            .mount(&server)
            .await;
    }
    server
}

async fn upload(client: &Client, kind: &str, media: FilePart) -> String {
    let request = UploadMediaRequest::new(UploadMediaRequired {
        r#type: kind.into(),
        media,
    });
    let reply = client.oapi_media().upload_media(&request).await.unwrap();
    assert_eq!(reply.body().r#type.as_deref(), Some(kind));
    reply.into_inner().media_id.unwrap()
}

async fn notify(client: &Client, msg: WorkMessage) {
    let request =
        AsyncSendV2Request::new(AsyncSendV2Required { agent_id: 123, msg }).userid_list("u1,u2");
    let reply = client.oapi_message().async_send_v2(&request).await.unwrap();
    assert_eq!(reply.body().task_id, Some(256271667526));
}

async fn robot_to_users(client: &Client, msg_key: &str, msg_param: serde_json::Value) {
    let request = BatchSendOTORequest::new(BatchSendOTORequired {
        msg_key: msg_key.into(),
        msg_param: msg_param.to_string(),
        robot_code: "dingrobot".into(),
        user_ids: vec!["u1".into()],
    });
    let reply = client.robot_1_0().batch_send_oto(&request).await.unwrap();
    assert_eq!(reply.body().process_query_key.as_deref(), Some("oto-key"));
}

/// The form of an upload, as it must appear on the wire.
fn form(file_name: &str, content_type: Option<&str>, bytes: &[u8]) -> Vec<u8> {
    let mut form = format!(
        "--BOUNDARY\r\nContent-Disposition: form-data; name=\"media\"; filename=\"{file_name}\"\r\n"
    )
    .into_bytes();
    if let Some(content_type) = content_type {
        form.extend_from_slice(format!("Content-Type: {content_type}\r\n").as_bytes());
    }
    form.extend_from_slice(b"\r\n");
    form.extend_from_slice(bytes);
    form.extend_from_slice(b"\r\n--BOUNDARY--\r\n");
    form
}

#[tokio::test]
async fn uploaded_media_ids_go_into_work_notifications_and_robot_messages() {
    let server = server().await;
    let config = Config::new().base_url(server.uri()).access_token("T");
    let client = Client::from_config(config).unwrap();
    let dir = std::env::temp_dir().join(format!("media-messages-wire-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("photo.png"), PNG).unwrap();

    // An image from a file on disk: a work notification, then a robot's message to a user.
    let photo = FilePart::from_path(dir.join("photo.png"))
        .unwrap()
        .content_type("image/png");
    let image = upload(&client, "image", photo).await;
    notify(
        &client,
        WorkMessage::new(WorkMessageRequired {
            msgtype: "image".into(),
        })
        .image(WorkMessageImage::new(WorkMessageImageRequired {
            media_id: image.clone(),
        })),
    )
    .await;
    robot_to_users(&client, "sampleImageMsg", json!({"photoURL": image})).await;

    // A voice clip from a stream of known length.
    let clip = FilePart::stream("hello.amr", Chunks::of(AMR, 4), Some(AMR.len() as u64));
    let voice = upload(&client, "voice", clip).await;
    notify(
        &client,
        WorkMessage::new(WorkMessageRequired {
            msgtype: "voice".into(),
        })
        .voice(WorkMessageVoice::new(WorkMessageVoiceRequired {
            media_id: voice.clone(),
            duration: "4".into(),
        })),
    )
    .await;
    robot_to_users(
        &client,
        "sampleAudio",
        json!({"mediaId": voice, "duration": "4000"}),
    )
    .await;

    // A file from bytes: a work notification, then a robot's message to a group.
    let file = upload(&client, "file", FilePart::new("report.pdf", PDF)).await;
    notify(
        &client,
        WorkMessage::new(WorkMessageRequired {
            msgtype: "file".into(),
        })
        .file(WorkMessageFile::new(WorkMessageFileRequired {
            media_id: file.clone(),
        })),
    )
    .await;
    let group = OrgGroupSendRequest::new(OrgGroupSendRequired {
        msg_key: "sampleFile".into(),
        msg_param: json!({"mediaId": file, "fileName": "report.pdf", "fileType": "pdf"})
            .to_string(),
    })
    .open_conversation_id("cidGROUP")
    .robot_code("dingrobot");
    let reply = client.robot_1_0().org_group_send(&group).await.unwrap();
    assert_eq!(reply.body().process_query_key.as_deref(), Some("group-key"));
    let _ = std::fs::remove_dir_all(&dir);

    let upload_target = |kind: &str| format!("/media/upload?access_token=T&type={kind}");
    let notification = "/topapi/message/corpconversation/asyncsend_v2?access_token=T";
    let expected: Vec<(String, Option<&str>, Vec<u8>)> = vec![
        (
            upload_target("image"),
            None,
            form("photo.png", Some("image/png"), PNG),
        ),
        (
            notification.into(),
            None,
            br#"{"agent_id":123,"userid_list":"u1,u2","msg":{"msgtype":"image","image":{"media_id":"@lADPimage0001"}}}"#.to_vec(),
        ),
        (
            "/v1.0/robot/oToMessages/batchSend".into(),
            Some("T"),
            br#"{"msgKey":"sampleImageMsg","msgParam":"{\"photoURL\":\"@lADPimage0001\"}","robotCode":"dingrobot","userIds":["u1"]}"#.to_vec(),
        ),
        (upload_target("voice"), None, form("hello.amr", None, AMR)),
        (
            notification.into(),
            None,
            br#"{"agent_id":123,"userid_list":"u1,u2","msg":{"msgtype":"voice","voice":{"media_id":"@lADPvoice0002","duration":"4"}}}"#.to_vec(),
        ),
        (
            "/v1.0/robot/oToMessages/batchSend".into(),
            Some("T"),
            br#"{"msgKey":"sampleAudio","msgParam":"{\"duration\":\"4000\",\"mediaId\":\"@lADPvoice0002\"}","robotCode":"dingrobot","userIds":["u1"]}"#.to_vec(),
        ),
        (upload_target("file"), None, form("report.pdf", None, PDF)),
        (
            notification.into(),
            None,
            br#"{"agent_id":123,"userid_list":"u1,u2","msg":{"msgtype":"file","file":{"media_id":"@lADPfile0003"}}}"#.to_vec(),
        ),
        (
            "/v1.0/robot/groupMessages/send".into(),
            Some("T"),
            br#"{"msgKey":"sampleFile","msgParam":"{\"fileName\":\"report.pdf\",\"fileType\":\"pdf\",\"mediaId\":\"@lADPfile0003\"}","openConversationId":"cidGROUP","robotCode":"dingrobot"}"#.to_vec(),
        ),
    ];

    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), expected.len());
    for (i, (sent, (target, header_token, body))) in requests.iter().zip(&expected).enumerate() {
        let sent_target = match sent.url.query() {
            Some(query) => format!("{}?{query}", sent.url.path()),
            None => sent.url.path().to_owned(),
        };
        assert_eq!(sent.method.as_str(), "POST", "request {i}");
        assert_eq!(&sent_target, target, "request {i}");
        // The new API takes the token in a header, the legacy one in the query.
        let token = sent
            .headers
            .get("x-acs-dingtalk-access-token")
            .map(|v| v.to_str().unwrap());
        assert_eq!(token, *header_token, "request {i}");
        let content_type = sent.headers.get("content-type").unwrap().to_str().unwrap();
        let sent_body = if content_type.starts_with("multipart/form-data") {
            normalised(sent)
        } else {
            assert_eq!(
                content_type, "application/json; charset=utf-8",
                "request {i}"
            );
            sent.body.clone()
        };
        assert_eq!(
            String::from_utf8_lossy(&sent_body),
            String::from_utf8_lossy(body),
            "request {i}"
        );
        assert_eq!(&sent_body, body, "request {i}");
        let length = sent
            .headers
            .get("content-length")
            .unwrap()
            .to_str()
            .unwrap();
        assert_eq!(length, sent.body.len().to_string(), "request {i}");
    }
}
