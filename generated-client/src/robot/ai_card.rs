//! [`AiCard`]: an AI card that answers a robot message and streams its text, on the generated
//! `card_1_0` operations: created and delivered at once (`CreateAndDeliver`), then streamed
//! (`PUT /v1.0/card/streaming`), then finished or marked failed (`StreamingUpdate` with
//! `isFinalize`, and `UpdateCard` with the card's `flowStatus`).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::apis::card_1_0::{
    CreateAndDeliverRequest, CreateAndDeliverRequestCardData,
    CreateAndDeliverRequestImGroupOpenDeliverModel, CreateAndDeliverRequestImGroupOpenSpaceModel,
    CreateAndDeliverRequestImRobotOpenDeliverModel, StreamingUpdateRequest, UpdateCardRequest,
    UpdateCardRequestCardData, UpdateCardRequestCardUpdateOptions,
};
use crate::apis::push::RobotMessage;
use crate::engine::client::Client;
use crate::robot::reply_error::ReplyError;

/// The card's `flowStatus` while the answer is prepared, and when it is done or failed (the
/// values of DingTalk's AI card templates).
const PROCESSING: &str = "1";
const FINISHED: &str = "3";
const FAILED: &str = "5";

/// How an [`AiCard`] is made: its template, the template variable that holds the streamed
/// text, the card's own id, and further template variables.
#[derive(Clone, Debug)]
pub struct AiCardOptions {
    template_id: String,
    content_key: String,
    out_track_id: Option<String>,
    params: BTreeMap<String, String>,
    support_forward: bool,
}

impl AiCardOptions {
    /// A card from the AI card template `template_id` (from DingTalk's card builder), streaming
    /// into its variable `msgContent`.
    pub fn new(template_id: impl Into<String>) -> AiCardOptions {
        AiCardOptions {
            template_id: template_id.into(),
            content_key: "msgContent".to_owned(),
            out_track_id: None,
            params: BTreeMap::new(),
            support_forward: true,
        }
    }

    /// The template variable the answer streams into (`msgContent` unless said).
    pub fn content_key(mut self, key: impl Into<String>) -> AiCardOptions {
        self.content_key = key.into();
        self
    }

    /// The card's id (`outTrackId`), unique per card; a fresh one is made unless given.
    pub fn out_track_id(mut self, id: impl Into<String>) -> AiCardOptions {
        self.out_track_id = Some(id.into());
        self
    }

    /// Sets a template variable of the card when it is created.
    pub fn param(mut self, name: impl Into<String>, value: impl Into<String>) -> AiCardOptions {
        self.params.insert(name.into(), value.into());
        self
    }

    /// Whether the card may be forwarded (yes unless said).
    pub fn support_forward(mut self, support: bool) -> AiCardOptions {
        self.support_forward = support;
        self
    }
}

/// An AI card answering a robot message, its text streamed as it is produced. Each method is
/// one call (two for `finish` and `fail`), through the handler's [`Client`], which holds the
/// app's token; the app needs the `Card.Instance.Write` and `Card.Streaming.Write` permissions.
///
/// ```no_run
/// # #[cfg(all(feature = "push", feature = "card_1_0"))]
/// # async fn example(
/// #     client: &generated_client::Client,
/// #     message: &generated_client::push::RobotMessage,
/// # ) -> Result<(), generated_client::ReplyError> {
/// use generated_client::AiCard;
///
/// let card = AiCard::start(client, message, "<template id>.schema").await?;
/// card.stream("正在").await?;
/// card.stream("正在思考").await?;
/// card.finish("答案是 42。").await?;
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct AiCard {
    client: Client,
    out_track_id: String,
    content_key: String,
    updates: AtomicU64,
}

impl AiCard {
    /// Creates the card from `template_id` and delivers it to the message's conversation
    /// (the group, or the single chat with the sender), as the message's robot.
    pub async fn start(
        client: &Client,
        message: &RobotMessage,
        template_id: &str,
    ) -> Result<AiCard, ReplyError> {
        AiCard::start_with(client, message, AiCardOptions::new(template_id)).await
    }

    /// [`AiCard::start`] with options.
    pub async fn start_with(
        client: &Client,
        message: &RobotMessage,
        options: AiCardOptions,
    ) -> Result<AiCard, ReplyError> {
        let missing = |field| ReplyError::Missing {
            field,
            place: "robot message",
        };
        let robot_code = message.robot_code.as_deref().ok_or(missing("robotCode"))?;
        let out_track_id = options
            .out_track_id
            .unwrap_or_else(|| fresh_track_id(message));
        let mut params = options.params;
        params.insert("flowStatus".to_owned(), PROCESSING.to_owned());
        let card_data = CreateAndDeliverRequestCardData::new().card_param_map(params);
        let space = CreateAndDeliverRequestImGroupOpenSpaceModel::new()
            .support_forward(options.support_forward);
        let request = if message.is_group() {
            let conversation = message
                .conversation_id
                .as_deref()
                .ok_or(missing("conversationId"))?;
            CreateAndDeliverRequest::new(
                card_data,
                options.template_id,
                format!("dtv1.card//IM_GROUP.{conversation}"),
                out_track_id.as_str(),
            )
            .im_group_open_space_model(space)
            .im_group_open_deliver_model(
                CreateAndDeliverRequestImGroupOpenDeliverModel::new().robot_code(robot_code),
            )
        } else {
            let staff_id = message
                .sender_staff_id
                .as_deref()
                .ok_or(missing("senderStaffId"))?;
            CreateAndDeliverRequest::new(
                card_data,
                options.template_id,
                format!("dtv1.card//IM_ROBOT.{staff_id}"),
                out_track_id.as_str(),
            )
            .im_robot_open_space_model(space)
            .im_robot_open_deliver_model(
                CreateAndDeliverRequestImRobotOpenDeliverModel::new()
                    .space_type("IM_ROBOT")
                    .robot_code(robot_code),
            )
        };
        let request = request.callback_type("STREAM").user_id_type(1);
        client
            .card_1_0()
            .create_and_deliver(&request)
            .await
            .map_err(ReplyError::call)?;
        Ok(AiCard {
            client: client.clone(),
            out_track_id,
            content_key: options.content_key,
            updates: AtomicU64::new(0),
        })
    }

    /// The card's id (`outTrackId`).
    pub fn out_track_id(&self) -> &str {
        &self.out_track_id
    }

    /// Shows `text` as the whole answer so far (`isFull`).
    pub async fn stream(&self, text: &str) -> Result<(), ReplyError> {
        self.streaming(text, true, false, false).await
    }

    /// Adds `delta` to the answer shown.
    pub async fn append(&self, delta: &str) -> Result<(), ReplyError> {
        self.streaming(delta, false, false, false).await
    }

    /// Shows `text` as the final answer and marks the card finished.
    pub async fn finish(&self, text: &str) -> Result<(), ReplyError> {
        self.streaming(text, true, true, false).await?;
        self.set_status(FINISHED, text).await
    }

    /// Shows `text` (what went wrong) and marks the card failed.
    pub async fn fail(&self, text: &str) -> Result<(), ReplyError> {
        self.streaming(text, true, true, true).await?;
        self.set_status(FAILED, text).await
    }

    async fn streaming(
        &self,
        content: &str,
        full: bool,
        finalize: bool,
        error: bool,
    ) -> Result<(), ReplyError> {
        // Each update has its own id: the card's and a count.
        let n = self.updates.fetch_add(1, Ordering::Relaxed) + 1;
        let guid = format!("{}-{n}", self.out_track_id);
        let request = StreamingUpdateRequest::new(
            content,
            guid,
            self.content_key.as_str(),
            self.out_track_id.as_str(),
        )
        .is_full(full)
        .is_finalize(finalize)
        .is_error(error);
        self.client
            .card_1_0()
            .streaming_update(&request)
            .await
            .map(drop)
            .map_err(ReplyError::call)
    }

    async fn set_status(&self, status: &str, content: &str) -> Result<(), ReplyError> {
        let data = UpdateCardRequestCardData::new()
            .card_param_map([("flowStatus", status), (self.content_key.as_str(), content)]);
        let request = UpdateCardRequest::new(self.out_track_id.as_str())
            .card_data(data)
            .card_update_options(
                UpdateCardRequestCardUpdateOptions::new().update_card_data_by_key(true),
            );
        self.client
            .card_1_0()
            .update_card(&request)
            .await
            .map(drop)
            .map_err(ReplyError::call)
    }
}

/// A card id no other card has: the message's id, a count and the time, hashed with a
/// per-process random key.
fn fresh_track_id(message: &RobotMessage) -> String {
    use std::hash::{BuildHasher, Hasher};

    static CARDS: AtomicU64 = AtomicU64::new(0);
    let count = CARDS.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let state = std::collections::hash_map::RandomState::new();
    let mut halves = [0u64; 2];
    for (i, half) in halves.iter_mut().enumerate() {
        let mut hasher = state.build_hasher();
        hasher.write_usize(i);
        hasher.write(message.msg_id.as_deref().unwrap_or("").as_bytes());
        hasher.write_u64(count);
        hasher.write_u128(nanos);
        *half = hasher.finish();
    }
    format!("ai-{:016x}{:016x}", halves[0], halves[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_card_ids_differ_and_are_plain_text() {
        let message = RobotMessage::default();
        let a = fresh_track_id(&message);
        let b = fresh_track_id(&message);
        assert_ne!(a, b);
        assert_eq!(a.len(), 35);
        assert!(
            a.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'),
            "{a}"
        );
    }
}
