//! Replying to a [`RobotMessage`] in one line: text or markdown, with @-mentions, through its
//! `sessionWebhook` (refused, with nothing sent, once the webhook has expired), on the
//! connections and settings of the handler's [`Client`].

use crate::apis::custom_robot::{
    At, Markdown, MarkdownRequired, Message, MessageRequired, MsgType, Text, TextRequired,
};
use crate::apis::push::RobotMessage;
use crate::base::sign::now_millis;
use crate::engine::client::Client;
use crate::robot::reply_error::ReplyError;
use crate::robot::webhook::RobotWebhook;

/// A reply to a robot message: text or markdown, with @-mentions. Mention people by their
/// staff id (`senderStaffId`, `atUsers[].staffId`) or mobile; DingTalk shows the mention when
/// the text also names them (`@0412345`).
///
/// ```no_run
/// # #[cfg(all(feature = "push", feature = "custom_robot"))]
/// # async fn example(
/// #     client: &generated_client::Client,
/// #     message: &generated_client::push::RobotMessage,
/// # ) -> Result<(), generated_client::ReplyError> {
/// use generated_client::Reply;
///
/// message.reply_text(client, "收到").await?;
/// let staff_id = message.sender_staff_id.clone().unwrap_or_default();
/// let reply = Reply::markdown("日报", format!("@{staff_id} **已生成**")).at_staff_ids([staff_id]);
/// message.reply(client, reply).await?;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Reply {
    message: Message,
    at: At,
    mentions: bool,
}

impl Reply {
    /// A text reply.
    pub fn text(content: impl Into<String>) -> Reply {
        Reply::from_message(
            Message::new(MessageRequired {
                msgtype: MsgType::Text,
            })
            .text(Text::new(TextRequired {
                content: content.into(),
            })),
        )
    }

    /// A markdown reply: `title` shows in the conversation list, `text` in the chat.
    pub fn markdown(title: impl Into<String>, text: impl Into<String>) -> Reply {
        Reply::from_message(
            Message::new(MessageRequired {
                msgtype: MsgType::Markdown,
            })
            .markdown(Markdown::new(MarkdownRequired {
                title: title.into(),
                text: text.into(),
            })),
        )
    }

    /// Any custom-robot message (a link, an action card, ...) as a reply.
    pub fn from_message(message: Message) -> Reply {
        Reply {
            message,
            at: At::new(),
            mentions: false,
        }
    }

    /// Mentions these people by staff id (`atUserIds`).
    pub fn at_staff_ids(mut self, ids: impl IntoIterator<Item = impl Into<String>>) -> Reply {
        let mut all = self.at.at_user_ids.take().unwrap_or_default();
        all.extend(ids.into_iter().map(Into::into));
        self.at = self.at.at_user_ids(all);
        self.mentions = true;
        self
    }

    /// Mentions these people by mobile number (`atMobiles`).
    pub fn at_mobiles(mut self, mobiles: impl IntoIterator<Item = impl Into<String>>) -> Reply {
        let mut all = self.at.at_mobiles.take().unwrap_or_default();
        all.extend(mobiles.into_iter().map(Into::into));
        self.at = self.at.at_mobiles(all);
        self.mentions = true;
        self
    }

    /// Mentions everyone in the group (`isAtAll`).
    pub fn at_all(mut self) -> Reply {
        self.at = self.at.is_at_all(true);
        self.mentions = true;
        self
    }

    /// The message sent: the reply's, with `at` when it mentions anyone.
    pub fn into_message(self) -> Message {
        if self.mentions {
            self.message.at(self.at)
        } else {
            self.message
        }
    }
}

impl From<Message> for Reply {
    fn from(message: Message) -> Reply {
        Reply::from_message(message)
    }
}

impl RobotMessage {
    /// The message's `sessionWebhook`, for replies with per-call options
    /// (`webhook.send(message).retry(..)`), its calls going through `client`'s connections.
    /// Refused, with nothing sent, when the webhook expired by the system clock.
    pub fn reply_webhook(&self, client: &Client) -> Result<RobotWebhook, ReplyError> {
        self.reply_webhook_at(client, now_millis())
    }

    /// [`RobotMessage::reply_webhook`] at `now_ms` (Unix milliseconds).
    pub fn reply_webhook_at(
        &self,
        client: &Client,
        now_ms: i64,
    ) -> Result<RobotWebhook, ReplyError> {
        let url = self.session_webhook.as_deref().ok_or(ReplyError::Missing {
            field: "sessionWebhook",
            place: "robot message",
        })?;
        if let Some(expired_at_ms) = self.session_webhook_expired_time
            && self.webhook_expired_at(now_ms)
        {
            return Err(ReplyError::WebhookExpired {
                expired_at_ms,
                now_ms,
            });
        }
        RobotWebhook::for_session(client, url).map_err(ReplyError::Webhook)
    }

    /// Replies with `reply` (text or markdown, with @-mentions) through the message's
    /// `sessionWebhook`; an expired webhook is refused and nothing is sent.
    pub async fn reply(&self, client: &Client, reply: impl Into<Reply>) -> Result<(), ReplyError> {
        let webhook = self.reply_webhook(client)?;
        webhook
            .send(reply.into().into_message())
            .await
            .map(drop)
            .map_err(ReplyError::call)
    }

    /// Replies with text.
    pub async fn reply_text(
        &self,
        client: &Client,
        text: impl Into<String>,
    ) -> Result<(), ReplyError> {
        self.reply(client, Reply::text(text)).await
    }

    /// Replies with markdown (`title` shows in the conversation list).
    pub async fn reply_markdown(
        &self,
        client: &Client,
        title: impl Into<String>,
        text: impl Into<String>,
    ) -> Result<(), ReplyError> {
        self.reply(client, Reply::markdown(title, text)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_mentions_only_when_asked_and_collects_every_mention() {
        let plain = serde_json::to_value(Reply::text("hi").into_message()).unwrap();
        assert_eq!(
            plain,
            serde_json::json!({"msgtype": "text", "text": {"content": "hi"}})
        );
        let at = Reply::markdown("t", "x")
            .at_staff_ids(["a"])
            .at_staff_ids(vec!["b".to_owned()])
            .at_mobiles(["138"])
            .at_all()
            .into_message();
        assert_eq!(
            serde_json::to_value(at).unwrap(),
            serde_json::json!({
                "msgtype": "markdown",
                "markdown": {"title": "t", "text": "x"},
                "at": {"atMobiles": ["138"], "atUserIds": ["a", "b"], "isAtAll": true}
            })
        );
    }
}
