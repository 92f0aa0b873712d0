//! The frames the fake gateway pushes, as DingTalk sends them: a JSON text frame with string
//! headers and `data` a JSON document encoded as a string. Each frame has a `messageId` of its
//! own (and a robot message a `msgId` of its own), so that a client that drops duplicates
//! handles every one.

use serde_json::json;

/// What the gateway pushes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// EVENT frames (topic `*`, a contact change), answered `SUCCESS`.
    Event,
    /// CALLBACK frames on `/v1.0/im/bot/messages/get`: a robot receives a text message.
    Robot,
}

impl Kind {
    pub fn parse(text: &str) -> Option<Kind> {
        match text {
            "event" => Some(Kind::Event),
            "robot" => Some(Kind::Robot),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Event => "event",
            Kind::Robot => "robot",
        }
    }
}

/// The `messageId` of frame `index`.
pub fn message_id(index: usize) -> String {
    format!("bench_{index:08}")
}

/// The frame number a `messageId` names, if it is one of [`message_id`]'s.
pub fn index_of(message_id: &str) -> Option<usize> {
    message_id.strip_prefix("bench_")?.parse().ok()
}

/// Frame `index` of `kind`, its times taken from `now_ms` (Unix milliseconds).
pub fn frame(kind: Kind, index: usize, now_ms: u64) -> String {
    let message_id = message_id(index);
    let time = now_ms.to_string();
    match kind {
        Kind::Event => {
            let event_id = format!("5a7d1b3c8e2f4a6b9c0d{index:012x}");
            let data = json!({
                "timeStamp": now_ms,
                "eventId": event_id,
                "optStaffId": "manager4220",
                "userId": ["user123", "user456"],
            });
            json!({
                "specVersion": "1.0",
                "type": "EVENT",
                "headers": {
                    "appId": "1305d5f5-0c5a-4d6b-9a31-3f1c2e7b8a90",
                    "connectionId": "2f9c95bd-9f2a-4c1e-8d77-6a0b5e3c1d24",
                    "contentType": "application/json",
                    "eventBornTime": time,
                    "eventCorpId": "ding9f50b15bccd16741",
                    "eventId": event_id,
                    "eventType": "user_add_org",
                    "eventUnifiedAppId": "1305d5f5-0c5a-4d6b-9a31-3f1c2e7b8a90",
                    "messageId": message_id,
                    "time": time,
                    "topic": "*",
                },
                "data": data.to_string(),
            })
            .to_string()
        }
        Kind::Robot => {
            let data = json!({
                "conversationId": "cidVMb5Xm9Y3rQbP4a1Kf2Xg==",
                "atUsers": [{"dingtalkId": "$:LWCP_v1:$Xr8kHq0bLs7Jx1Ue2uVfNw=="}],
                "chatbotCorpId": "ding9f50b15bccd16741",
                "chatbotUserId": "$:LWCP_v1:$Xr8kHq0bLs7Jx1Ue2uVfNw==",
                "msgId": format!("msgBench{index:08}"),
                "senderNick": "张三",
                "isAdmin": true,
                "senderStaffId": "manager4220",
                "sessionWebhookExpiredTime": now_ms + 5_400_000,
                "createAt": now_ms,
                "senderCorpId": "ding9f50b15bccd16741",
                "conversationType": "2",
                "senderId": "$:LWCP_v1:$a2Kx0Q9n3Fv7Yd1Rg5Lp8w==",
                "conversationTitle": "机器人测试群",
                "isInAtList": true,
                "sessionWebhook": "https://oapi.dingtalk.com/robot/sendBySession?session=4d6f2c1b8a9e0f3d7c5b",
                "text": {"content": " 你好，今天的会议几点开始？"},
                "robotCode": "dingbenchrobot",
                "msgtype": "text",
            });
            json!({
                "specVersion": "1.0",
                "type": "CALLBACK",
                "headers": {
                    "appId": "1305d5f5-0c5a-4d6b-9a31-3f1c2e7b8a90",
                    "connectionId": "2f9c95bd-9f2a-4c1e-8d77-6a0b5e3c1d24",
                    "contentType": "application/json",
                    "messageId": message_id,
                    "time": time,
                    "topic": "/v1.0/im/bot/messages/get",
                },
                "data": data.to_string(),
            })
            .to_string()
        }
    }
}

/// An ACK as the gateway reads it: its status code and the `messageId` it answers.
#[derive(serde::Deserialize)]
pub struct Ack {
    pub code: i64,
    pub headers: AckHeaders,
}

/// The ACK headers the gateway reads.
#[derive(serde::Deserialize)]
pub struct AckHeaders {
    #[serde(rename = "messageId")]
    pub message_id: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A frame's `data` is a JSON document in a string, and its `messageId` leads back to it.
    #[test]
    fn frames_carry_data_as_a_string_and_a_message_id_that_names_them() {
        for kind in [Kind::Event, Kind::Robot] {
            let frame: serde_json::Value =
                serde_json::from_str(&frame(kind, 42, 1_700_000_000_000)).unwrap();
            let data = frame["data"].as_str().unwrap();
            let _: serde_json::Value = serde_json::from_str(data).unwrap();
            let id = frame["headers"]["messageId"].as_str().unwrap();
            assert_eq!(index_of(id), Some(42));
            assert!(frame["headers"]["time"].is_string());
        }
        assert_eq!(index_of("other_1"), None);
    }
}
