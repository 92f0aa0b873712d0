//! The custom group robot against a loopback server: every message type as DingTalk's own
//! clients send it (`dingtalk-legacy.md`), the signature on every attempt, `errcode` errors,
//! and `sessionWebhook` replies.

use std::time::Duration;

use base64::Engine as _;
use generated_client::custom_robot::{
    ActionCard, ActionCardButton, ActionCardButtonRequired, ActionCardRequired, At, FeedCard,
    FeedCardLink, FeedCardLinkRequired, FeedCardRequired, Link, LinkRequired, Markdown,
    MarkdownRequired, Message, MessageRequired, MsgType, Text, TextRequired,
};
use generated_client::{Config, Error, RetryPolicy, RobotWebhook};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET: &str = "SECtest";
const OK: &str = r#"{"errcode":0,"errmsg":"ok"}"#;

fn reply(body: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.to_owned(), "application/json")
}

async fn server_replying(body: &str) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/robot/send"))
        .respond_with(reply(body))
        .mount(&server)
        .await;
    server
}

fn webhook(server: &MockServer, secret: Option<&str>) -> RobotWebhook {
    let url = format!("{}/robot/send?access_token=ROBOT_TOKEN", server.uri());
    RobotWebhook::new(&url, secret).unwrap()
}

/// The query pairs in order, values percent-decoded.
fn query(request: &wiremock::Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn sign(timestamp: &str) -> String {
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, SECRET.as_bytes());
    let tag = ring::hmac::sign(&key, format!("{timestamp}\n{SECRET}").as_bytes());
    base64::engine::general_purpose::STANDARD.encode(tag.as_ref())
}

#[test]
fn the_reference_test_vector_is_what_the_test_computes() {
    // The check below uses `sign`; pin it to the vector of `dingtalk-legacy.md` first.
    assert_eq!(
        sign("1700000000000"),
        "aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g="
    );
}

#[tokio::test]
async fn a_text_message_with_at_is_sent_as_the_reference_shows_and_signed() {
    let server = server_replying(OK).await;
    let message = Message::new(MessageRequired {
        msgtype: MsgType::Text,
    })
    .text(Text::new(TextRequired {
        content: "hello 你好".into(),
    }))
    .at(At::new()
        .at_mobiles(vec!["13800000000".to_owned()])
        .at_user_ids(vec!["user001".to_owned()])
        .is_at_all(false));
    webhook(&server, Some(SECRET)).send(message).await.unwrap();

    let sent = &server.received_requests().await.unwrap()[0];
    // Compact JSON in raw UTF-8, in the reference's order.
    assert_eq!(
        std::str::from_utf8(&sent.body).unwrap(),
        r#"{"msgtype":"text","text":{"content":"hello 你好"},"at":{"atMobiles":["13800000000"],"atUserIds":["user001"],"isAtAll":false}}"#
    );
    assert_eq!(
        sent.headers.get("content-type").unwrap(),
        "application/json; charset=utf-8"
    );
    let pairs = query(sent);
    let names: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, ["access_token", "timestamp", "sign"]);
    assert_eq!(pairs[0].1, "ROBOT_TOKEN");
    let timestamp = &pairs[1].1;
    assert_eq!(timestamp.len(), 13, "{timestamp}");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis();
    let sent_at: u128 = timestamp.parse().unwrap();
    assert!(now.abs_diff(sent_at) < 60_000, "{sent_at} vs {now}");
    assert_eq!(pairs[2].1, sign(timestamp));
    // `+`, `/` and `=` of the base64 travel percent-encoded.
    let raw_sign = sent.url.query().unwrap().split("&sign=").nth(1).unwrap();
    assert!(raw_sign.ends_with("%3D"), "{raw_sign}");
    assert!(!raw_sign.contains(['+', '/', '=']), "{raw_sign}");
}

#[tokio::test]
async fn every_message_type_is_sent_with_its_wire_names() {
    let server = server_replying(OK).await;
    let webhook = webhook(&server, None);
    let messages = [
        (
            Message::new(MessageRequired {
                msgtype: MsgType::Markdown,
            })
            .markdown(Markdown::new(MarkdownRequired {
                title: "杭州天气".into(),
                text: "#### 杭州天气\n> 9度".into(),
            })),
            json!({"msgtype":"markdown","markdown":{"title":"杭州天气","text":"#### 杭州天气\n> 9度"}}),
        ),
        (
            Message::new(MessageRequired {
                msgtype: MsgType::Link,
            })
            .link(
                Link::new(LinkRequired {
                    title: "时代的火车".into(),
                    text: "这个即将发布的新版本".into(),
                    message_url: "https://www.dingtalk.com/".into(),
                })
                .pic_url("https://example.com/a.png"),
            ),
            json!({"msgtype":"link","link":{"title":"时代的火车","text":"这个即将发布的新版本","messageUrl":"https://www.dingtalk.com/","picUrl":"https://example.com/a.png"}}),
        ),
        (
            Message::new(MessageRequired {
                msgtype: MsgType::ActionCard,
            })
            .action_card(
                ActionCard::new(ActionCardRequired {
                    title: "乔布斯".into(),
                    text: "![screenshot](https://example.com/a.png)".into(),
                })
                .btn_orientation(0)
                .single_title("阅读全文")
                .single_url("https://www.dingtalk.com/"),
            ),
            json!({"msgtype":"actionCard","actionCard":{"title":"乔布斯","text":"![screenshot](https://example.com/a.png)","btnOrientation":0,"singleTitle":"阅读全文","singleURL":"https://www.dingtalk.com/"}}),
        ),
        (
            Message::new(MessageRequired {
                msgtype: MsgType::ActionCard,
            })
            .action_card(
                ActionCard::new(ActionCardRequired {
                    title: "我 20 年前想打造一间苹果咖啡厅".into(),
                    text: "内容".into(),
                })
                .btn_orientation(1)
                .btns(vec![
                    ActionCardButton::new(ActionCardButtonRequired {
                        title: "内容不错".into(),
                        action_url: "https://www.dingtalk.com/1".into(),
                    }),
                    ActionCardButton::new(ActionCardButtonRequired {
                        title: "不感兴趣".into(),
                        action_url: "https://www.dingtalk.com/2".into(),
                    }),
                ])
                .hide_avatar(1),
            ),
            json!({"msgtype":"actionCard","actionCard":{"title":"我 20 年前想打造一间苹果咖啡厅","text":"内容","btnOrientation":1,"btns":[{"title":"内容不错","actionURL":"https://www.dingtalk.com/1"},{"title":"不感兴趣","actionURL":"https://www.dingtalk.com/2"}],"hideAvatar":1}}),
        ),
        (
            Message::new(MessageRequired {
                msgtype: MsgType::FeedCard,
            })
            .feed_card(FeedCard::new(FeedCardRequired {
                links: vec![
                    FeedCardLink::new(FeedCardLinkRequired {
                        title: "时代的火车向前开1".into(),
                        message_url: "https://www.dingtalk.com/1".into(),
                        pic_url: "https://example.com/1.png".into(),
                    }),
                    FeedCardLink::new(FeedCardLinkRequired {
                        title: "时代的火车向前开2".into(),
                        message_url: "https://www.dingtalk.com/2".into(),
                        pic_url: "https://example.com/2.png".into(),
                    }),
                ],
            })),
            json!({"msgtype":"feedCard","feedCard":{"links":[{"title":"时代的火车向前开1","messageURL":"https://www.dingtalk.com/1","picURL":"https://example.com/1.png"},{"title":"时代的火车向前开2","messageURL":"https://www.dingtalk.com/2","picURL":"https://example.com/2.png"}]}}),
        ),
        (
            Message::new(MessageRequired {
                msgtype: MsgType::Text,
            })
            .text(Text::new(TextRequired {
                content: "全体注意".into(),
            }))
            .at(At::new().is_at_all(true)),
            json!({"msgtype":"text","text":{"content":"全体注意"},"at":{"isAtAll":true}}),
        ),
    ];
    let count = messages.len();
    for (message, _) in &messages {
        webhook.send(message.clone()).await.unwrap();
    }
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), count);
    for (sent, (_, expected)) in requests.iter().zip(&messages) {
        let body: Value = serde_json::from_slice(&sent.body).unwrap();
        assert_eq!(&body, expected);
        // Unsigned: the token only.
        assert_eq!(
            query(sent),
            [("access_token".to_owned(), "ROBOT_TOKEN".to_owned())]
        );
    }
}

#[tokio::test]
async fn each_retry_carries_a_fresh_timestamp_and_its_own_signature() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(reply(r#"{"errcode":130101,"errmsg":"send too fast"}"#))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(reply(OK))
        .mount(&server)
        .await;
    let config = Config::new().retry(
        RetryPolicy::standard()
            .max_attempts(2)
            .initial_backoff(Duration::from_millis(30))
            .max_backoff(Duration::from_millis(30)),
    );
    let url = format!("{}/robot/send?access_token=ROBOT_TOKEN", server.uri());
    let webhook = RobotWebhook::with_config(&url, Some(SECRET), config).unwrap();
    let message = Message::new(MessageRequired {
        msgtype: MsgType::Text,
    })
    .text(Text::new(TextRequired {
        content: "retry me".into(),
    }));
    webhook.send(message).await.unwrap();

    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2, "the throttled send is retried once");
    let (first, second) = (query(&requests[0]), query(&requests[1]));
    assert_ne!(first[1].1, second[1].1, "the timestamp is taken again");
    assert!(second[1].1.parse::<u64>().unwrap() > first[1].1.parse::<u64>().unwrap());
    for pairs in [&first, &second] {
        assert_eq!(pairs[2].1, sign(&pairs[1].1));
    }
}

#[tokio::test]
async fn an_errcode_is_a_service_error_with_its_code_message_and_status() {
    let server = server_replying(
        r#"{"errcode":310000,"errmsg":"keywords not in content","sub_code":"sec.keyword","sub_msg":"关键词不匹配","request_id":"15s9in2w1yat9"}"#,
    )
    .await;
    let message = Message::new(MessageRequired {
        msgtype: MsgType::Text,
    })
    .text(Text::new(TextRequired {
        content: "no keyword".into(),
    }));
    let error = webhook(&server, None).send(message).await.unwrap_err();
    assert!(matches!(error, Error::Service(_)), "{error:?}");
    assert_eq!(error.code(), Some("310000"));
    assert_eq!(error.message(), Some("keywords not in content"));
    assert_eq!(error.status(), Some(200));
    assert_eq!(error.request_id(), Some("15s9in2w1yat9"));
    let service = error.as_service().unwrap();
    assert_eq!(service.sub_code(), Some("sec.keyword"));
    assert_eq!(service.sub_message(), Some("关键词不匹配"));
    assert_eq!(
        error.to_string(),
        "310000: keywords not in content [sec.keyword: 关键词不匹配] (status 200, request id 15s9in2w1yat9)"
    );
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn throttling_errcodes_are_retryable_and_a_string_zero_is_success() {
    for code in ["130101", "410100"] {
        let server = server_replying(&format!(r#"{{"errcode":{code},"errmsg":"too fast"}}"#)).await;
        let message = Message::new(MessageRequired {
            msgtype: MsgType::Text,
        })
        .text(Text::new(TextRequired {
            content: "x".into(),
        }));
        let error = webhook(&server, None).send(message).await.unwrap_err();
        assert_eq!(error.code(), Some(code));
        assert!(error.is_retryable(), "{code}");
    }
    let server = server_replying(r#"{"errcode":"0","errmsg":"ok"}"#).await;
    let message = Message::new(MessageRequired {
        msgtype: MsgType::Text,
    })
    .text(Text::new(TextRequired {
        content: "x".into(),
    }));
    webhook(&server, None).send(message).await.unwrap();
}

#[tokio::test]
async fn an_html_reply_keeps_its_status() {
    for (status, html) in [
        (502, "<html>Bad Gateway</html>"),
        (200, "<html>portal</html>"),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(status).set_body_raw(html, "text/html"))
            .mount(&server)
            .await;
        let message = Message::new(MessageRequired {
            msgtype: MsgType::Text,
        })
        .text(Text::new(TextRequired {
            content: "x".into(),
        }));
        let error = webhook(&server, None).send(message).await.unwrap_err();
        assert_eq!(error.status(), Some(status), "{error:?}");
        assert_eq!(error.code(), None);
        match (&error, status) {
            (Error::Http(e), 502) => assert!(e.excerpt().contains("Bad Gateway")),
            (Error::Decode(e), 200) => assert!(e.excerpt().contains("portal")),
            _ => panic!("{status}: {error:?}"),
        }
    }
}

#[tokio::test]
async fn a_session_webhook_is_sent_without_token_or_signature() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/robot/sendBySession"))
        .respond_with(reply(OK))
        .mount(&server)
        .await;
    let url = format!("{}/robot/sendBySession?session=abc%2Fdef", server.uri());
    let webhook = RobotWebhook::new(&url, None).unwrap();
    assert!(webhook.is_session() && !webhook.is_signed());
    let message = Message::new(MessageRequired {
        msgtype: MsgType::Markdown,
    })
    .markdown(Markdown::new(MarkdownRequired {
        title: "t".into(),
        text: "**x**".into(),
    }));
    webhook.send(message).await.unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(sent.url.query(), Some("session=abc%2Fdef"));
    let body: Value = serde_json::from_slice(&sent.body).unwrap();
    assert_eq!(
        body,
        json!({"msgtype":"markdown","markdown":{"title":"t","text":"**x**"}})
    );

    let signed = RobotWebhook::new(&url, Some(SECRET)).unwrap_err();
    assert!(signed.to_string().contains("not signed"), "{signed}");
}

#[test]
fn a_bad_url_or_secret_is_refused_before_anything_is_sent() {
    let good = "https://oapi.dingtalk.com/robot/send?access_token=t";
    let e = RobotWebhook::new(good, Some("not-a-secret")).unwrap_err();
    assert!(e.to_string().contains("SEC"), "{e}");
    let e = RobotWebhook::new("https://oapi.dingtalk.com/robot/send?token=t", None).unwrap_err();
    assert!(
        e.to_string().contains("unexpected query parameter `token`"),
        "{e}"
    );
    let webhook = RobotWebhook::new(&format!(" {good}\n"), Some(" SECabc \n")).unwrap();
    assert!(webhook.is_signed());
    let shown = format!("{webhook:?}");
    assert!(
        !shown.contains("access_token=t") && !shown.contains("SECabc"),
        "{shown}"
    );
}

#[test]
fn a_webhook_sends_from_blocking_code_too() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(server_replying(OK));
    let webhook = webhook(&server, Some(SECRET));
    let message = Message::new(MessageRequired {
        msgtype: MsgType::Text,
    })
    .text(Text::new(TextRequired {
        content: "from a thread".into(),
    }));
    let sent = std::thread::spawn(move || webhook.send(message).send_blocking())
        .join()
        .unwrap();
    assert!(sent.is_ok(), "{sent:?}");
    let requests = runtime.block_on(server.received_requests()).unwrap();
    assert_eq!(requests.len(), 1);
    assert_eq!(query(&requests[0])[2].0, "sign");
}
