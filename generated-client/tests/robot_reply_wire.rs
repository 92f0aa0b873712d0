//! Replies to a pushed robot message against a loopback server: text and markdown with
//! @-mentions through its `sessionWebhook` (exact bytes), an expired webhook refused with
//! nothing sent, a file's download URL, and an AI card's calls in order with their bodies.

use generated_client::push::RobotMessage;
use generated_client::{AiCard, AiCardOptions, Client, Config, Reply, ReplyError};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// 2100-01-01: a webhook that has not expired.
const LATER: i64 = 4_102_444_800_000;
const OK: &str = r#"{"errcode":0,"errmsg":"ok"}"#;

fn reply(body: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.to_owned(), "application/json")
}

/// A server answering every request with `body`.
async fn server_answering(body: &str) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(reply(body))
        .mount(&server)
        .await;
    server
}

/// The API client of a handler: the server as base URL, a token.
fn client(server: &MockServer) -> Client {
    Client::from_config(
        Config::new()
            .base_url(server.uri())
            .access_token("APP_TOKEN"),
    )
    .unwrap()
}

/// A message in a group (`"2"`) or a single chat (`"1"`) whose webhook is on `server` and
/// expires at `expiry`.
fn message(server: &MockServer, conversation_type: &str, expiry: i64) -> RobotMessage {
    serde_json::from_value(json!({
        "msgtype": "text",
        "text": { "content": "hi" },
        "msgId": "msg1",
        "conversationType": conversation_type,
        "conversationId": "cidGroup==",
        "senderStaffId": "0412345",
        "senderNick": "李四",
        "robotCode": "dingrobot",
        "sessionWebhook": format!("{}/robot/sendBySession?session=S1", server.uri()),
        "sessionWebhookExpiredTime": expiry,
    }))
    .unwrap()
}

async fn requests(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.unwrap()
}

fn body_text(request: &Request) -> &str {
    std::str::from_utf8(&request.body).unwrap()
}

fn body_json(request: &Request) -> Value {
    serde_json::from_slice(&request.body).unwrap()
}

#[tokio::test]
async fn reply_text_posts_the_text_to_the_session_webhook_without_a_token() {
    let server = server_answering(OK).await;
    let message = message(&server, "2", LATER);
    message
        .reply_text(&client(&server), "echo: hi")
        .await
        .unwrap();

    let sent = requests(&server).await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].method.as_str(), "POST");
    assert_eq!(sent[0].url.path(), "/robot/sendBySession");
    assert_eq!(sent[0].url.query(), Some("session=S1"));
    assert_eq!(
        body_text(&sent[0]),
        r#"{"msgtype":"text","text":{"content":"echo: hi"}}"#
    );
    // The sessionWebhook carries its own session: the app's token is not sent there.
    assert!(sent[0].headers.get("x-acs-dingtalk-access-token").is_none());
}

#[tokio::test]
async fn a_reply_goes_to_the_webhook_host_not_the_client_base_url() {
    let webhook_host = server_answering(OK).await;
    let api = server_answering(OK).await;
    let message = message(&webhook_host, "1", LATER);
    message.reply_text(&client(&api), "hello").await.unwrap();
    assert!(requests(&api).await.is_empty());
    let sent = requests(&webhook_host).await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].url.path(), "/robot/sendBySession");
    // And the client, handed on, still calls its own base URL.
    let reply_client = client(&api);
    let _ = message.reply_webhook(&reply_client).unwrap();
    reply_client
        .robot_1_0()
        .robot_message_file_download(
            &generated_client::robot_1_0::RobotMessageFileDownloadRequest::new("c", "r"),
        )
        .await
        .unwrap();
    assert_eq!(requests(&api).await.len(), 1);
}

#[tokio::test]
async fn markdown_and_mentions_by_staff_id_and_mobile_are_sent_as_dingtalk_reads_them() {
    let server = server_answering(OK).await;
    let message = message(&server, "2", LATER);
    let client = client(&server);
    message
        .reply_markdown(&client, "日报", "**完成**")
        .await
        .unwrap();
    let mention = Reply::text("@0412345 收到")
        .at_staff_ids(["0412345"])
        .at_mobiles(["13800000000"]);
    message.reply(&client, mention).await.unwrap();
    message
        .reply(&client, Reply::markdown("通知", "全体").at_all())
        .await
        .unwrap();

    let sent = requests(&server).await;
    let bodies: Vec<&str> = sent.iter().map(body_text).collect();
    assert_eq!(
        bodies,
        [
            r#"{"msgtype":"markdown","markdown":{"title":"日报","text":"**完成**"}}"#,
            r#"{"msgtype":"text","text":{"content":"@0412345 收到"},"at":{"atMobiles":["13800000000"],"atUserIds":["0412345"]}}"#,
            r#"{"msgtype":"markdown","markdown":{"title":"通知","text":"全体"},"at":{"isAtAll":true}}"#,
        ]
    );
}

#[tokio::test]
async fn an_expired_webhook_is_refused_and_nothing_is_sent() {
    let server = server_answering(OK).await;
    let expired = message(&server, "2", 1_700_000_000_000);
    let client = client(&server);
    let e = expired.reply_text(&client, "too late").await.unwrap_err();
    match &e {
        ReplyError::WebhookExpired {
            expired_at_ms,
            now_ms,
        } => {
            assert_eq!(*expired_at_ms, 1_700_000_000_000);
            assert!(now_ms >= expired_at_ms);
        }
        other => panic!("{other:?}"),
    }
    assert!(e.to_string().contains("nothing was sent"), "{e}");
    assert!(expired.reply_webhook(&client).is_err());
    assert!(requests(&server).await.is_empty());

    // At a given time: usable until the expiry, refused from it on.
    let message = message(&server, "1", 5_000);
    assert!(message.reply_webhook_at(&client, 4_999).is_ok());
    assert!(matches!(
        message.reply_webhook_at(&client, 5_000),
        Err(ReplyError::WebhookExpired { .. })
    ));
    let webhook = message.reply_webhook_at(&client, 4_999).unwrap();
    webhook
        .send(Reply::text("in time").into_message())
        .await
        .unwrap();
    assert_eq!(requests(&server).await.len(), 1);
}

#[tokio::test]
async fn a_message_without_a_webhook_or_with_a_foreign_url_sends_nothing() {
    let server = server_answering(OK).await;
    let client = client(&server);
    let mut message = message(&server, "2", LATER);
    message.session_webhook = None;
    assert!(matches!(
        message.reply_text(&client, "x").await,
        Err(ReplyError::Missing {
            field: "sessionWebhook",
            ..
        })
    ));
    message.session_webhook = Some(format!("{}/robot/send?access_token=t", server.uri()));
    let e = message.reply_text(&client, "x").await.unwrap_err();
    assert!(matches!(e, ReplyError::Webhook(_)), "{e:?}");
    assert!(requests(&server).await.is_empty());
}

#[tokio::test]
async fn a_webhook_errcode_is_a_call_error_with_its_code() {
    let server = server_answering(r#"{"errcode":300001,"errmsg":"session invalid"}"#).await;
    let message = message(&server, "2", LATER);
    let e = message.reply_text(&client(&server), "x").await.unwrap_err();
    let call = e.call_error().expect("a call error");
    assert_eq!(call.code(), Some("300001"));
    assert!(e.to_string().contains("session invalid"), "{e}");
}

#[tokio::test]
async fn download_url_exchanges_a_download_code_for_the_robot() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1.0/robot/messageFiles/download"))
        .respond_with(reply(
            r#"{"downloadUrl":"https://files.example/a.png?sig=1"}"#,
        ))
        .mount(&server)
        .await;
    let message = message(&server, "1", LATER);
    let url = message
        .download_url(&client(&server), "DL/CODE+1")
        .await
        .unwrap();
    assert_eq!(url, "https://files.example/a.png?sig=1");

    let sent = requests(&server).await;
    assert_eq!(sent.len(), 1);
    assert_eq!(
        body_text(&sent[0]),
        r#"{"downloadCode":"DL/CODE+1","robotCode":"dingrobot"}"#
    );
    assert_eq!(
        sent[0].headers.get("x-acs-dingtalk-access-token").unwrap(),
        "APP_TOKEN"
    );

    let mut anonymous = message.clone();
    anonymous.robot_code = None;
    assert!(matches!(
        anonymous.download_url(&client(&server), "x").await,
        Err(ReplyError::Missing {
            field: "robotCode",
            ..
        })
    ));
    assert_eq!(requests(&server).await.len(), 1);
}

#[tokio::test]
async fn a_reply_without_a_download_url_is_an_error() {
    let server = server_answering("{}").await;
    let message = message(&server, "1", LATER);
    let e = message
        .download_url(&client(&server), "x")
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            ReplyError::Missing {
                field: "downloadUrl",
                place: "reply"
            }
        ),
        "{e:?}"
    );
}

/// Method, path and JSON body of each request, in order.
async fn calls(server: &MockServer) -> Vec<(String, String, Value)> {
    requests(server)
        .await
        .iter()
        .map(|r| (r.method.to_string(), r.url.path().to_owned(), body_json(r)))
        .collect()
}

#[tokio::test]
async fn an_ai_card_in_a_group_is_delivered_streamed_and_finished_in_order() {
    let server = server_answering(r#"{"success":true}"#).await;
    let message = message(&server, "2", LATER);
    let options = AiCardOptions::new("tpl.schema")
        .out_track_id("track-1")
        .param("title", "AI 助理");
    let card = AiCard::start_with(&client(&server), &message, options)
        .await
        .unwrap();
    assert_eq!(card.out_track_id(), "track-1");
    card.stream("正在").await.unwrap();
    card.append("思考").await.unwrap();
    card.finish("答案是 42。").await.unwrap();

    let streaming = |guid: &str, content: &str, full: bool, finalize: bool| {
        json!({
            "content": content, "guid": guid, "isError": false, "isFinalize": finalize,
            "isFull": full, "key": "msgContent", "outTrackId": "track-1"
        })
    };
    let expected = vec![
        (
            "POST".to_owned(),
            "/v1.0/card/instances/createAndDeliver".to_owned(),
            json!({
                "callbackType": "STREAM",
                "cardData": { "cardParamMap": { "flowStatus": "1", "title": "AI 助理" } },
                "cardTemplateId": "tpl.schema",
                "imGroupOpenDeliverModel": { "robotCode": "dingrobot" },
                "imGroupOpenSpaceModel": { "supportForward": true },
                "openSpaceId": "dtv1.card//IM_GROUP.cidGroup==",
                "outTrackId": "track-1",
                "userIdType": 1
            }),
        ),
        (
            "PUT".to_owned(),
            "/v1.0/card/streaming".to_owned(),
            streaming("track-1-1", "正在", true, false),
        ),
        (
            "PUT".to_owned(),
            "/v1.0/card/streaming".to_owned(),
            streaming("track-1-2", "思考", false, false),
        ),
        (
            "PUT".to_owned(),
            "/v1.0/card/streaming".to_owned(),
            streaming("track-1-3", "答案是 42。", true, true),
        ),
        (
            "PUT".to_owned(),
            "/v1.0/card/instances".to_owned(),
            json!({
                "cardData": { "cardParamMap": { "flowStatus": "3", "msgContent": "答案是 42。" } },
                "cardUpdateOptions": { "updateCardDataByKey": true },
                "outTrackId": "track-1"
            }),
        ),
    ];
    assert_eq!(calls(&server).await, expected);
    for request in requests(&server).await {
        assert_eq!(
            request.headers.get("x-acs-dingtalk-access-token").unwrap(),
            "APP_TOKEN"
        );
    }
}

#[tokio::test]
async fn an_ai_card_in_a_single_chat_goes_to_the_sender_and_can_be_marked_failed() {
    let server = server_answering(r#"{"success":true}"#).await;
    let message = message(&server, "1", LATER);
    let options = AiCardOptions::new("tpl.schema")
        .out_track_id("track-2")
        .content_key("answer")
        .support_forward(false);
    let card = AiCard::start_with(&client(&server), &message, options)
        .await
        .unwrap();
    card.fail("模型超时").await.unwrap();

    let sent = calls(&server).await;
    assert_eq!(sent.len(), 3);
    assert_eq!(
        sent[0].2,
        json!({
            "callbackType": "STREAM",
            "cardData": { "cardParamMap": { "flowStatus": "1" } },
            "cardTemplateId": "tpl.schema",
            "imRobotOpenDeliverModel": { "robotCode": "dingrobot", "spaceType": "IM_ROBOT" },
            "imRobotOpenSpaceModel": { "supportForward": false },
            "openSpaceId": "dtv1.card//IM_ROBOT.0412345",
            "outTrackId": "track-2",
            "userIdType": 1
        })
    );
    assert_eq!(
        (sent[1].0.as_str(), sent[1].1.as_str()),
        ("PUT", "/v1.0/card/streaming")
    );
    assert_eq!(
        sent[1].2,
        json!({
            "content": "模型超时", "guid": "track-2-1", "isError": true, "isFinalize": true,
            "isFull": true, "key": "answer", "outTrackId": "track-2"
        })
    );
    assert_eq!(
        sent[2],
        (
            "PUT".to_owned(),
            "/v1.0/card/instances".to_owned(),
            json!({
                "cardData": { "cardParamMap": { "answer": "模型超时", "flowStatus": "5" } },
                "cardUpdateOptions": { "updateCardDataByKey": true },
                "outTrackId": "track-2"
            })
        )
    );
}

#[tokio::test]
async fn an_ai_card_without_its_conversation_sends_nothing_and_a_failed_create_is_an_error() {
    let server = server_answering(r#"{"success":true}"#).await;
    let mut message = message(&server, "1", LATER);
    message.sender_staff_id = None;
    let e = AiCard::start(&client(&server), &message, "tpl")
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            ReplyError::Missing {
                field: "senderStaffId",
                ..
            }
        ),
        "{e:?}"
    );
    assert!(requests(&server).await.is_empty());

    let refusing = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(403).set_body_raw(
            r#"{"code":"Forbidden.AccessDenied","message":"no Card.Instance.Write"}"#,
            "application/json",
        ))
        .mount(&refusing)
        .await;
    let message = self::message(&refusing, "2", LATER);
    let e = AiCard::start(&client(&refusing), &message, "tpl")
        .await
        .unwrap_err();
    assert_eq!(
        e.call_error().and_then(|c| c.code()),
        Some("Forbidden.AccessDenied")
    );
    // A fresh card id is made when none is given.
    let sent = requests(&refusing).await;
    let track = body_json(&sent[0])["outTrackId"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(track.starts_with("ai-") && track.len() == 35, "{track}");
}
