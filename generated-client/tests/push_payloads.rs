//! The pushed payloads of the `push` module read from JSON shaped like DingTalk's (the samples of
//! `dingtalk-receiving.md` §3 and §5 and captured messages): every message type, unknown members
//! and enum values kept, and each payload written back to the JSON it was read from.

use generated_client::push::{
    CardCallback, CardCallbackReply, CardParams, CardUpdateOptions, CheckUrlEvent, Event,
    GraphRequest, GraphResponse, GraphStatusLine, RobotMessage, RobotMsgType, SuiteTicketEvent,
    TmpAuthCodeEvent,
};
use generated_client::{Push, PushRoute};
use serde_json::{Value, json};

/// A robot message of `msgtype` with these members, around the members every message has.
fn robot_message(msgtype: &str, members: Value) -> Value {
    let mut message = json!({
        "conversationId": "cidAbC1+xyz==",
        "atUsers": [{ "dingtalkId": "$:LWCP_v1:$bot" }],
        "chatbotCorpId": "dingcorp01",
        "chatbotUserId": "$:LWCP_v1:$bot",
        "msgId": "msgQ1w2e3r4==",
        "senderNick": "李四",
        "isAdmin": false,
        "senderStaffId": "0412345",
        "sessionWebhookExpiredTime": 1_700_005_400_000_i64,
        "createAt": 1_700_000_000_000_i64,
        "senderCorpId": "dingcorp01",
        "conversationType": "2",
        "senderId": "$:LWCP_v1:$sender",
        "conversationTitle": "研发群",
        "isInAtList": true,
        "sessionWebhook": "https://oapi.dingtalk.com/robot/sendBySession?session=s3ss10n",
        "robotCode": "dingrobotcode",
        "senderPlatform": "Mac",
        "openThreadId": "cidAbC1+xyz==",
        "msgtype": msgtype,
    });
    let object = message.as_object_mut().unwrap();
    for (key, value) in members.as_object().unwrap() {
        object.insert(key.clone(), value.clone());
    }
    message
}

/// Reads `value` as `T` and checks that writing it back gives the same JSON.
fn read_round_trip<T: Push>(value: &Value) -> T {
    let read: T = serde_json::from_value(value.clone()).unwrap();
    let written = serde_json::to_value(&read).unwrap();
    assert_eq!(&written, value, "written back differs");
    let again: T = serde_json::from_value(written).unwrap();
    assert_eq!(again, read);
    read
}

#[test]
fn a_text_message_is_read_with_sender_conversation_and_webhook() {
    let json = robot_message("text", json!({ "text": { "content": " 天气怎么样" } }));
    let message: RobotMessage = read_round_trip(&json);
    assert_eq!(message.msgtype, Some(RobotMsgType::Text));
    assert_eq!(
        message.text.as_ref().and_then(|t| t.content.as_deref()),
        Some(" 天气怎么样")
    );
    assert_eq!(message.msg_id.as_deref(), Some("msgQ1w2e3r4=="));
    assert_eq!(message.create_at, Some(1_700_000_000_000));
    assert_eq!(message.sender_staff_id.as_deref(), Some("0412345"));
    assert_eq!(message.sender_nick.as_deref(), Some("李四"));
    assert_eq!(message.sender_platform.as_deref(), Some("Mac"));
    assert_eq!(message.is_admin, Some(false));
    assert_eq!(message.conversation_type.as_deref(), Some("2"));
    assert_eq!(message.conversation_title.as_deref(), Some("研发群"));
    assert_eq!(message.open_thread_id.as_deref(), Some("cidAbC1+xyz=="));
    assert_eq!(message.is_in_at_list, Some(true));
    let at = message.at_users.as_deref().unwrap();
    assert_eq!(at[0].dingtalk_id.as_deref(), Some("$:LWCP_v1:$bot"));
    assert_eq!(at[0].staff_id, None);
    assert_eq!(
        message.session_webhook.as_deref(),
        Some("https://oapi.dingtalk.com/robot/sendBySession?session=s3ss10n")
    );
    assert_eq!(
        message.session_webhook_expired_time,
        Some(1_700_005_400_000)
    );
    assert_eq!(message.robot_code.as_deref(), Some("dingrobotcode"));
    assert!(message.other.is_empty(), "{:?}", message.other);
}

#[test]
fn every_message_type_reads_its_content() {
    let picture: RobotMessage = read_round_trip(&robot_message(
        "picture",
        json!({ "content": { "pictureDownloadCode": "pic0", "downloadCode": "dl0" } }),
    ));
    assert_eq!(picture.msgtype, Some(RobotMsgType::Picture));
    let content = picture.content.unwrap();
    assert_eq!(content.download_code.as_deref(), Some("dl0"));
    assert_eq!(content.picture_download_code.as_deref(), Some("pic0"));

    let video: RobotMessage = read_round_trip(&robot_message(
        "video",
        json!({ "content": { "duration": "5", "videoType": "mp4", "downloadCode": "dl1" } }),
    ));
    let content = video.content.unwrap();
    assert_eq!(content.duration.as_deref(), Some("5"));
    assert_eq!(content.video_type.as_deref(), Some("mp4"));

    let audio: RobotMessage = read_round_trip(&robot_message(
        "audio",
        json!({ "content": { "downloadCode": "dl2", "recognition": "明天开会" } }),
    ));
    assert_eq!(
        audio.content.unwrap().recognition.as_deref(),
        Some("明天开会")
    );

    let file: RobotMessage = read_round_trip(&robot_message(
        "file",
        json!({ "content": {
            "spaceId": "2230", "fileName": "报告.zip", "downloadCode": "dl3", "fileId": "1170"
        } }),
    ));
    let content = file.content.unwrap();
    assert_eq!(content.file_name.as_deref(), Some("报告.zip"));
    assert_eq!(content.space_id.as_deref(), Some("2230"));
    assert_eq!(content.file_id.as_deref(), Some("1170"));

    let rich: RobotMessage = read_round_trip(&robot_message(
        "richText",
        json!({ "content": { "richText": [
            { "text": "如图:" },
            { "pictureDownloadCode": "pic4", "downloadCode": "dl4", "type": "picture" },
            { "text": "\n" }
        ] } }),
    ));
    assert_eq!(rich.msgtype, Some(RobotMsgType::RichText));
    let items = rich.content.unwrap().rich_text.unwrap();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].text.as_deref(), Some("如图:"));
    assert_eq!(items[1].r#type.as_deref(), Some("picture"));
    assert_eq!(items[1].download_code.as_deref(), Some("dl4"));

    let unsupported: RobotMessage = read_round_trip(&robot_message(
        "unknownMsgType",
        json!({ "content": { "unknownMsgType": "暂不支持" }, "ai_robot_sessionid": "" }),
    ));
    assert_eq!(unsupported.msgtype, Some(RobotMsgType::UnknownMsgType));
    assert_eq!(unsupported.ai_robot_sessionid.as_deref(), Some(""));
}

#[test]
fn unknown_members_and_message_types_are_kept_and_written_back() {
    let json = robot_message(
        "interactiveCard",
        json!({
            "content": { "cardId": "c1", "downloadCode": "dl5", "nested": { "a": [1, 2] } },
            "atUsers": [{ "dingtalkId": "d1", "staffId": "s1", "role": "owner" }],
            "brandNewField": { "x": true },
        }),
    );
    let message: RobotMessage = read_round_trip(&json);
    assert_eq!(
        message.msgtype,
        Some(RobotMsgType::Unknown("interactiveCard".into()))
    );
    assert_eq!(message.other["brandNewField"], json!({ "x": true }));
    let content = message.content.as_ref().unwrap();
    assert_eq!(content.download_code.as_deref(), Some("dl5"));
    assert_eq!(content.other["cardId"], json!("c1"));
    assert_eq!(content.other["nested"], json!({ "a": [1, 2] }));
    assert_eq!(
        message.at_users.as_ref().unwrap()[0].other["role"],
        json!("owner")
    );
}

#[test]
fn delegate_messages_read_their_host_and_history() {
    let json = robot_message(
        "text",
        json!({
            "text": { "content": "帮我回复" },
            "hostingContext": { "userId": "u100", "nick": "王五" },
            "conversationMsgContext": [
                { "readStatus": "2", "senderUserId": "u200", "sendTime": 1_700_000_000_500_i64 }
            ],
        }),
    );
    let message: RobotMessage = read_round_trip(&json);
    let host = message.hosting_context.unwrap();
    assert_eq!(host.user_id.as_deref(), Some("u100"));
    assert_eq!(host.nick.as_deref(), Some("王五"));
    let history = message.conversation_msg_context.unwrap();
    assert_eq!(history[0].read_status.as_deref(), Some("2"));
    assert_eq!(history[0].send_time, Some(1_700_000_000_500));
}

#[test]
fn a_message_that_is_not_an_object_or_has_a_wrong_type_is_an_error() {
    assert!(serde_json::from_str::<RobotMessage>("[]").is_err());
    assert!(serde_json::from_str::<RobotMessage>(r#"{"createAt":"soon"}"#).is_err());
    let empty: RobotMessage = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, RobotMessage::default());
}

#[test]
fn a_card_callback_reads_its_action_from_the_content_string() {
    let json = json!({
        "type": "actionCallback",
        "corpId": "dingcorp01",
        "userId": "0412345",
        "userIdType": 1,
        "outTrackId": "track-1",
        "spaceType": "IM",
        "spaceId": "cidAbC1+xyz==",
        "extension": "{\"k\":\"v\"}",
        "content": "{\"cardPrivateData\":{\"actionIds\":[\"approve\"],\"params\":{\"reason\":\"ok\",\"n\":2}}}",
    });
    let callback: CardCallback = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(callback.out_track_id.as_deref(), Some("track-1"));
    assert_eq!(callback.user_id_type, Some(1));
    assert_eq!(callback.extension.as_deref(), Some("{\"k\":\"v\"}"));
    let action = callback
        .content
        .as_ref()
        .and_then(|c| c.card_private_data.as_ref())
        .unwrap();
    assert_eq!(
        action.action_ids.as_deref(),
        Some(&["approve".to_owned()][..])
    );
    let params = action.params.as_ref().unwrap();
    assert_eq!(params["reason"], json!("ok"));
    assert_eq!(params["n"], json!(2));
    // Written back, `content` is a string of JSON again, with the same meaning.
    let written = serde_json::to_value(&callback).unwrap();
    let content: Value = serde_json::from_str(written["content"].as_str().unwrap()).unwrap();
    assert_eq!(
        content,
        json!({ "cardPrivateData": { "actionIds": ["approve"], "params": { "n": 2, "reason": "ok" } } })
    );
    assert_eq!(written["outTrackId"], json["outTrackId"]);
}

#[test]
fn a_card_callback_reply_is_written_as_the_card_expects() {
    let reply = CardCallbackReply::new()
        .card_update_options(CardUpdateOptions::new().update_card_data_by_key(true))
        .card_data(CardParams::new().card_param_map([("status", "approved")]));
    assert_eq!(
        serde_json::to_value(&reply).unwrap(),
        json!({
            "cardUpdateOptions": { "updateCardDataByKey": true },
            "cardData": { "cardParamMap": { "status": "approved" } },
        })
    );
    let private = CardCallbackReply::new()
        .private_data([("0412345", CardParams::new().card_param_map([("mine", "1")]))]);
    assert_eq!(
        serde_json::to_string(&private).unwrap(),
        r#"{"privateData":{"0412345":{"cardParamMap":{"mine":"1"}}}}"#
    );
}

#[test]
fn a_graph_request_and_its_response() {
    let json = json!({
        "requestLine": { "method": "POST", "uri": "/v1/actions/weather?city=hz" },
        "headers": { "x-plugin-id": "p1", "x-ability-key": "a1", "content-type": "application/json" },
        "body": "{\"city\":\"杭州\"}",
    });
    let request: GraphRequest = read_round_trip(&json);
    let line = request.request_line.as_ref().unwrap();
    assert_eq!(line.method.as_deref(), Some("POST"));
    assert_eq!(line.uri.as_deref(), Some("/v1/actions/weather?city=hz"));
    assert_eq!(request.headers.as_ref().unwrap()["x-plugin-id"], "p1");
    let response = GraphResponse::new()
        .status_line(GraphStatusLine::new().code(200).reason_phrase("OK"))
        .headers([("Content-Type", "application/json")])
        .body("{\"text\":\"晴\"}");
    assert_eq!(
        serde_json::to_string(&response).unwrap(),
        r#"{"statusLine":{"code":200,"reasonPhrase":"OK"},"headers":{"Content-Type":"application/json"},"body":"{\"text\":\"晴\"}"}"#
    );
}

#[test]
fn the_event_envelope_keeps_born_time_as_text_and_data_as_json() {
    let json = json!({
        "eventType": "user_add_org",
        "eventId": "ev-1",
        "eventCorpId": "dingcorp01",
        "eventBornTime": "1700000000123",
        "eventUnifiedAppId": "app-uuid",
        "data": { "UserId": ["u1"], "TimeStamp": "1700000000120" },
    });
    let event: Event = read_round_trip(&json);
    assert_eq!(event.event_type.as_deref(), Some("user_add_org"));
    assert_eq!(event.event_born_time.as_deref(), Some("1700000000123"));
    assert_eq!(event.data.as_ref().unwrap()["UserId"], json!(["u1"]));
}

#[test]
fn isv_events_read_their_http_and_stream_spellings() {
    let ticket: SuiteTicketEvent = read_round_trip(&json!({
        "SuiteKey": "suite01", "EventType": "suite_ticket", "TimeStamp": 1_700_000_000_000_i64,
        "SuiteTicket": "T1"
    }));
    assert_eq!(ticket.suite_ticket.as_deref(), Some("T1"));
    assert_eq!(ticket.suite_key.as_deref(), Some("suite01"));
    assert_eq!(ticket.time_stamp, Some(json!(1_700_000_000_000_i64)));
    let streamed: SuiteTicketEvent = read_round_trip(&json!({ "suiteTicket": "T2" }));
    assert_eq!(streamed.suite_ticket_2.as_deref(), Some("T2"));

    let code: TmpAuthCodeEvent = read_round_trip(&json!({
        "AuthCode": "code1", "EventType": "tmp_auth_code", "SuiteKey": "suite01",
        "TimeStamp": "1700000000000"
    }));
    assert_eq!(code.auth_code.as_deref(), Some("code1"));
    assert_eq!(code.time_stamp, Some(json!("1700000000000")));

    let check: CheckUrlEvent = read_round_trip(&json!({ "EventType": "check_url" }));
    assert_eq!(check.event_type.as_deref(), Some("check_url"));
}

#[test]
fn each_payload_names_its_route_and_reply() {
    assert_eq!(
        RobotMessage::ROUTE,
        PushRoute::Callback("/v1.0/im/bot/messages/get")
    );
    assert_eq!(
        CardCallback::ROUTE.topic(),
        Some("/v1.0/card/instances/callback")
    );
    assert_eq!(GraphRequest::ROUTE.topic(), Some("/v1.0/graph/api/invoke"));
    assert_eq!(Event::ROUTE, PushRoute::AllEvents);
    assert_eq!(SuiteTicketEvent::ROUTE.event_type(), Some("suite_ticket"));
    assert_eq!(TmpAuthCodeEvent::ROUTE.event_type(), Some("tmp_auth_code"));
    assert_eq!(CheckUrlEvent::ROUTE.event_type(), Some("check_url"));
    // A callback without a reply answers `{"response": null}`.
    let none: <RobotMessage as Push>::Reply = ();
    assert_eq!(serde_json::to_value(none).unwrap(), Value::Null);
    fn reply_of<P: Push<Reply = R>, R>() {}
    reply_of::<CardCallback, CardCallbackReply>();
    reply_of::<GraphRequest, GraphResponse>();
}
