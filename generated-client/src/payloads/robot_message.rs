//! [`RobotMessage`] by what users ask of it: the body by its `msgtype`, the sender, the
//! conversation, and whether its `sessionWebhook` still answers.

use crate::apis::push::{RobotContent, RobotMessage, RobotMsgType, RobotRichTextItem};
use crate::base::sign::now_millis;

/// The body of a [`RobotMessage`], by its `msgtype`, borrowed from the message.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum RobotMessageBody<'a> {
    /// `text`: the text (a leading space after an @-mention is kept).
    Text(&'a str),
    /// `richText`: the parts, text or pictures.
    RichText(&'a [RobotRichTextItem]),
    /// `picture`.
    Picture {
        /// The code `RobotMessage::download_url` exchanges for a URL.
        download_code: Option<&'a str>,
    },
    /// `video`.
    Video {
        /// The download code.
        download_code: Option<&'a str>,
        /// The duration as sent (text).
        duration: Option<&'a str>,
        /// The format, like `mp4`.
        video_type: Option<&'a str>,
    },
    /// `audio`.
    Audio {
        /// The download code.
        download_code: Option<&'a str>,
        /// The text DingTalk recognised in it.
        recognition: Option<&'a str>,
        /// The duration as sent (text), when given.
        duration: Option<&'a str>,
    },
    /// `file`.
    File {
        /// The download code.
        download_code: Option<&'a str>,
        /// The file's name.
        file_name: Option<&'a str>,
        /// The DingTalk drive file id.
        file_id: Option<&'a str>,
        /// The DingTalk drive space id.
        space_id: Option<&'a str>,
    },
    /// `unknownMsgType`: a kind robots cannot receive; DingTalk's notice saying so.
    Unsupported(Option<&'a str>),
    /// A `msgtype` this version does not know (or none): the type as sent, `""` for none.
    /// The whole message, unknown members included, is still in the [`RobotMessage`].
    Unknown(&'a str),
}

/// Who sent a [`RobotMessage`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RobotSender<'a> {
    /// `senderId`: the sender's encrypted id.
    pub id: Option<&'a str>,
    /// `senderNick`.
    pub nick: Option<&'a str>,
    /// `senderStaffId`: the sender's userId in the robot's organisation (members only).
    pub staff_id: Option<&'a str>,
    /// `senderCorpId`.
    pub corp_id: Option<&'a str>,
    /// `senderPlatform`, like `Mac`.
    pub platform: Option<&'a str>,
    /// `isAdmin`.
    pub is_admin: bool,
}

/// Where a [`RobotMessage`] was said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RobotConversation<'a> {
    /// `conversationId`.
    pub id: Option<&'a str>,
    /// Whether it is a group chat (`conversationType` `"2"`); else a single chat (`"1"`).
    pub is_group: bool,
    /// `conversationTitle`: the group's name.
    pub title: Option<&'a str>,
    /// `openThreadId`.
    pub open_thread_id: Option<&'a str>,
}

impl RobotMessage {
    /// The body by its `msgtype`.
    pub fn body(&self) -> RobotMessageBody<'_> {
        let content = self.content.as_ref();
        let get =
            |pick: fn(&RobotContent) -> Option<&String>| content.and_then(pick).map(String::as_str);
        let download_code = get(|c| c.download_code.as_ref());
        match &self.msgtype {
            Some(RobotMsgType::Text) => RobotMessageBody::Text(
                self.text
                    .as_ref()
                    .and_then(|t| t.content.as_deref())
                    .unwrap_or(""),
            ),
            Some(RobotMsgType::RichText) => RobotMessageBody::RichText(
                content.and_then(|c| c.rich_text.as_deref()).unwrap_or(&[]),
            ),
            Some(RobotMsgType::Picture) => RobotMessageBody::Picture { download_code },
            Some(RobotMsgType::Video) => RobotMessageBody::Video {
                download_code,
                duration: get(|c| c.duration.as_ref()),
                video_type: get(|c| c.video_type.as_ref()),
            },
            Some(RobotMsgType::Audio) => RobotMessageBody::Audio {
                download_code,
                recognition: get(|c| c.recognition.as_ref()),
                duration: get(|c| c.duration.as_ref()),
            },
            Some(RobotMsgType::File) => RobotMessageBody::File {
                download_code,
                file_name: get(|c| c.file_name.as_ref()),
                file_id: get(|c| c.file_id.as_ref()),
                space_id: get(|c| c.space_id.as_ref()),
            },
            Some(RobotMsgType::UnknownMsgType) => {
                RobotMessageBody::Unsupported(get(|c| c.unknown_msg_type.as_ref()))
            }
            Some(other) => RobotMessageBody::Unknown(other.as_str()),
            None => RobotMessageBody::Unknown(""),
        }
    }

    /// The text of a `text` message, or the text parts of a `richText` one joined; `None` for
    /// other kinds.
    pub fn text_content(&self) -> Option<String> {
        match self.body() {
            RobotMessageBody::Text(text) => Some(text.to_owned()),
            RobotMessageBody::RichText(items) => {
                Some(items.iter().filter_map(|i| i.text.as_deref()).collect())
            }
            _ => None,
        }
    }

    /// The download codes of the message's files and pictures (a rich text's pictures
    /// included), in order; exchange each for a URL with `download_url`.
    pub fn download_codes(&self) -> Vec<&str> {
        match self.body() {
            RobotMessageBody::RichText(items) => items
                .iter()
                .filter_map(|i| i.download_code.as_deref())
                .collect(),
            RobotMessageBody::Picture { download_code }
            | RobotMessageBody::Video { download_code, .. }
            | RobotMessageBody::Audio { download_code, .. }
            | RobotMessageBody::File { download_code, .. } => download_code.into_iter().collect(),
            _ => Vec::new(),
        }
    }

    /// Who sent the message.
    pub fn sender(&self) -> RobotSender<'_> {
        RobotSender {
            id: self.sender_id.as_deref(),
            nick: self.sender_nick.as_deref(),
            staff_id: self.sender_staff_id.as_deref(),
            corp_id: self.sender_corp_id.as_deref(),
            platform: self.sender_platform.as_deref(),
            is_admin: self.is_admin.unwrap_or(false),
        }
    }

    /// Where the message was said.
    pub fn conversation(&self) -> RobotConversation<'_> {
        RobotConversation {
            id: self.conversation_id.as_deref(),
            is_group: self.is_group(),
            title: self.conversation_title.as_deref(),
            open_thread_id: self.open_thread_id.as_deref(),
        }
    }

    /// Whether the message was said in a group (`conversationType` `"2"`).
    pub fn is_group(&self) -> bool {
        self.conversation_type.as_deref() == Some("2")
    }

    /// Whether the robot was @-mentioned (`isInAtList`).
    pub fn mentions_robot(&self) -> bool {
        self.is_in_at_list.unwrap_or(false)
    }

    /// Whether the `sessionWebhook` has expired at `now_ms` (Unix milliseconds): its expiry
    /// (`sessionWebhookExpiredTime`) is not after it. A message without an expiry never counts
    /// as expired (DingTalk then decides).
    pub fn webhook_expired_at(&self, now_ms: i64) -> bool {
        self.session_webhook_expired_time
            .is_some_and(|expiry| expiry <= now_ms)
    }

    /// Whether the `sessionWebhook` has expired now, by the system clock.
    pub fn webhook_expired(&self) -> bool {
        self.webhook_expired_at(now_millis())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn message(value: serde_json::Value) -> RobotMessage {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn the_body_follows_msgtype_and_borrows_its_content() {
        let text = message(json!({"msgtype": "text", "text": {"content": " hi"}}));
        assert_eq!(text.body(), RobotMessageBody::Text(" hi"));
        assert_eq!(text.text_content().as_deref(), Some(" hi"));
        assert!(text.download_codes().is_empty());

        let picture = message(json!({"msgtype": "picture", "content": {"downloadCode": "d"}}));
        assert_eq!(
            picture.body(),
            RobotMessageBody::Picture {
                download_code: Some("d")
            }
        );
        assert_eq!(picture.download_codes(), ["d"]);

        let file = message(json!({"msgtype": "file", "content": {
            "downloadCode": "f", "fileName": "a.zip", "fileId": "1", "spaceId": "2"}}));
        assert_eq!(
            file.body(),
            RobotMessageBody::File {
                download_code: Some("f"),
                file_name: Some("a.zip"),
                file_id: Some("1"),
                space_id: Some("2"),
            }
        );

        let rich = message(json!({"msgtype": "richText", "content": {"richText": [
            {"text": "see "}, {"type": "picture", "downloadCode": "p"}, {"text": "this"}]}}));
        assert!(matches!(rich.body(), RobotMessageBody::RichText(items) if items.len() == 3));
        assert_eq!(rich.text_content().as_deref(), Some("see this"));
        assert_eq!(rich.download_codes(), ["p"]);

        let audio = message(json!({"msgtype": "audio", "content": {"recognition": "r"}}));
        assert!(matches!(
            audio.body(),
            RobotMessageBody::Audio {
                recognition: Some("r"),
                download_code: None,
                ..
            }
        ));
        let unsupported =
            message(json!({"msgtype": "unknownMsgType", "content": {"unknownMsgType": "n"}}));
        assert_eq!(unsupported.body(), RobotMessageBody::Unsupported(Some("n")));
        let new_kind = message(json!({"msgtype": "hologram"}));
        assert_eq!(new_kind.body(), RobotMessageBody::Unknown("hologram"));
        assert_eq!(message(json!({})).body(), RobotMessageBody::Unknown(""));
        // A text message without its text is empty text, not an error.
        assert_eq!(
            message(json!({"msgtype": "text"})).body(),
            RobotMessageBody::Text("")
        );
    }

    #[test]
    fn sender_and_conversation_gather_their_fields() {
        let m = message(json!({
            "senderId": "i", "senderNick": "n", "senderStaffId": "s", "senderCorpId": "c",
            "senderPlatform": "Win", "isAdmin": true, "conversationType": "2",
            "conversationId": "cid", "conversationTitle": "t", "openThreadId": "o",
            "isInAtList": true
        }));
        assert_eq!(
            m.sender(),
            RobotSender {
                id: Some("i"),
                nick: Some("n"),
                staff_id: Some("s"),
                corp_id: Some("c"),
                platform: Some("Win"),
                is_admin: true,
            }
        );
        assert!(m.is_group());
        assert!(m.mentions_robot());
        assert_eq!(
            m.conversation(),
            RobotConversation {
                id: Some("cid"),
                is_group: true,
                title: Some("t"),
                open_thread_id: Some("o"),
            }
        );
        let single = message(json!({"conversationType": "1"}));
        assert!(!single.is_group());
        assert!(!single.sender().is_admin);
    }

    #[test]
    fn the_webhook_expires_at_its_expiry_time_and_not_before() {
        let m = message(json!({"sessionWebhookExpiredTime": 1_000}));
        assert!(!m.webhook_expired_at(999));
        assert!(m.webhook_expired_at(1_000));
        assert!(m.webhook_expired_at(5_000));
        assert!(!message(json!({})).webhook_expired_at(i64::MAX));
    }
}
