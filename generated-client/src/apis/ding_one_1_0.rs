// @generated from api-spec/ding_one_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉 One (DingTalk One)：钉钉 One 的 feed 流内容。
//!
//! 5 operations, methods of [`Api`] (`client.ding_one_1_0()`), behind the cargo feature `ding_one_1_0`; its paths start with `/v1.0/dingOne/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `ding_one_1_0`. Get it with `client.ding_one_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 删除Feed
    ///
    /// `POST /v1.0/dingOne/frame/feeds/deleteFeed`: DingTalk's `DeleteFeed` (module feature `ding_one_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteFeed")]
    #[doc(alias = "/v1.0/dingOne/frame/feeds/deleteFeed")]
    #[doc(alias = "POST /v1.0/dingOne/frame/feeds/deleteFeed")]
    pub fn delete_feed(
        &self,
        request: &DeleteFeedRequest,
    ) -> rt::Call<DeleteFeedResponseBody, DeleteFeedError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteFeed",
            rt::Method::Post,
            "/v1.0/dingOne/frame/feeds/deleteFeed",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 投放钉钉one中feed流资讯内容
    ///
    /// `POST /v1.0/dingOne/feed/deliver`: DingTalk's `DeliverOneFeed` (module feature `ding_one_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeliverOneFeed")]
    #[doc(alias = "/v1.0/dingOne/feed/deliver")]
    #[doc(alias = "POST /v1.0/dingOne/feed/deliver")]
    pub fn deliver_one_feed(
        &self,
        request: &DeliverOneFeedRequest,
    ) -> rt::Call<DeliverOneFeedResponseBody, DeliverOneFeedError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeliverOneFeed",
            rt::Method::Post,
            "/v1.0/dingOne/feed/deliver",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Feed推送
    ///
    /// `POST /v1.0/dingOne/frame/feeds/pushFeed`: DingTalk's `PushFeed` (module feature `ding_one_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PushFeed")]
    #[doc(alias = "/v1.0/dingOne/frame/feeds/pushFeed")]
    #[doc(alias = "POST /v1.0/dingOne/frame/feeds/pushFeed")]
    pub fn push_feed(
        &self,
        request: &PushFeedRequest,
    ) -> rt::Call<PushFeedResponseBody, PushFeedError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PushFeed",
            rt::Method::Post,
            "/v1.0/dingOne/frame/feeds/pushFeed",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新feed内容
    ///
    /// `POST /v1.0/dingOne/frame/feeds/updateFeedContent`: DingTalk's `UpdateFeedContent` (module feature `ding_one_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateFeedContent")]
    #[doc(alias = "/v1.0/dingOne/frame/feeds/updateFeedContent")]
    #[doc(alias = "POST /v1.0/dingOne/frame/feeds/updateFeedContent")]
    pub fn update_feed_content(
        &self,
        request: &UpdateFeedContentRequest,
    ) -> rt::Call<UpdateFeedContentResponseBody, UpdateFeedContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateFeedContent",
            rt::Method::Post,
            "/v1.0/dingOne/frame/feeds/updateFeedContent",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新feed过期时间
    ///
    /// `POST /v1.0/dingOne/frame/feeds/updateFeedExpireTime`: DingTalk's `UpdateFeedExpireTime` (module feature `ding_one_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateFeedExpireTime")]
    #[doc(alias = "/v1.0/dingOne/frame/feeds/updateFeedExpireTime")]
    #[doc(alias = "POST /v1.0/dingOne/frame/feeds/updateFeedExpireTime")]
    pub fn update_feed_expire_time(
        &self,
        request: &UpdateFeedExpireTimeRequest,
    ) -> rt::Call<UpdateFeedExpireTimeResponseBody, UpdateFeedExpireTimeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateFeedExpireTime",
            rt::Method::Post,
            "/v1.0/dingOne/frame/feeds/updateFeedExpireTime",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `DeleteFeedResponseBody`, a model several operations share: also named [`UpdateFeedContentResponseBody`], [`UpdateFeedExpireTimeResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteFeedResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    DeleteFeedResponseBody { "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteFeedResponseBody { "requestId" => optional(request_id) }
}
/// `DeliverOneFeedResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeliverOneFeedResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    DeliverOneFeedResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeliverOneFeedResponseBody { "result" => optional(result) }
}
/// `PushFeedRequestContent`, a model several operations share: also named [`UpdateFeedContentRequestContent`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PushFeedRequestContent {
    /// `contentType`.
    pub content_type: String,
    /// `dslTemplateContent`.
    pub dsl_template_content: PushFeedRequestContentDslTemplateContent,
}
/// The required fields of [`PushFeedRequestContent`], each named where it is set: `PushFeedRequestContent::new(PushFeedRequestContentRequired { .. })`.
pub struct PushFeedRequestContentRequired {
    /// `contentType`: see [`PushFeedRequestContent::content_type`].
    pub content_type: String,
    /// `dslTemplateContent`: see [`PushFeedRequestContent::dsl_template_content`].
    pub dsl_template_content: PushFeedRequestContentDslTemplateContent,
}
impl PushFeedRequestContent {
    /// A `PushFeedRequestContent` with its required fields (`contentType`, `dslTemplateContent`); set the others with the methods named after them.
    pub fn new(required: PushFeedRequestContentRequired) -> Self {
        let PushFeedRequestContentRequired { content_type, dsl_template_content } = required;
        Self {
            content_type,
            dsl_template_content,
        }
    }
}
rt::impl_serialize! {
    PushFeedRequestContent { "contentType" => field(content_type), "dslTemplateContent"
    => field(dsl_template_content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushFeedRequestContent { "contentType" => read_field(content_type),
    "dslTemplateContent" => read_field(dsl_template_content) }
}
/// `PushFeedResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PushFeedResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<PushFeedResponseBodyResult>,
}
rt::impl_deserialize! {
    PushFeedResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PushFeedResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
}
/// `UpdateFeedContentRequestContent`: the same model as [`PushFeedRequestContent`].
pub type UpdateFeedContentRequestContent = PushFeedRequestContent;
/// The required fields of [`UpdateFeedContentRequestContent`].
pub type UpdateFeedContentRequestContentRequired = PushFeedRequestContentRequired;
/// `UpdateFeedContentResponseBody`: the same model as [`DeleteFeedResponseBody`].
pub type UpdateFeedContentResponseBody = DeleteFeedResponseBody;
/// `UpdateFeedExpireTimeResponseBody`: the same model as [`DeleteFeedResponseBody`].
pub type UpdateFeedExpireTimeResponseBody = DeleteFeedResponseBody;
/// `PushFeedRequestContentDslTemplateContent`, a model several operations share: also named [`UpdateFeedContentRequestContentDslTemplateContent`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PushFeedRequestContentDslTemplateContent {
    /// `applyUrl`.
    pub apply_url: String,
    /// `body`.
    pub body: String,
}
/// The required fields of [`PushFeedRequestContentDslTemplateContent`], each named where it is set: `PushFeedRequestContentDslTemplateContent::new(PushFeedRequestContentDslTemplateContentRequired { .. })`.
pub struct PushFeedRequestContentDslTemplateContentRequired {
    /// `applyUrl`: see [`PushFeedRequestContentDslTemplateContent::apply_url`].
    pub apply_url: String,
    /// `body`: see [`PushFeedRequestContentDslTemplateContent::body`].
    pub body: String,
}
impl PushFeedRequestContentDslTemplateContent {
    /// A `PushFeedRequestContentDslTemplateContent` with its required fields (`applyUrl`, `body`); set the others with the methods named after them.
    pub fn new(required: PushFeedRequestContentDslTemplateContentRequired) -> Self {
        let PushFeedRequestContentDslTemplateContentRequired { apply_url, body } = required;
        Self { apply_url, body }
    }
}
rt::impl_serialize! {
    PushFeedRequestContentDslTemplateContent { "applyUrl" => field(apply_url), "body" =>
    field(body) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushFeedRequestContentDslTemplateContent { "applyUrl" => read_field(apply_url),
    "body" => read_field(body) }
}
/// `PushFeedResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PushFeedResponseBodyResult {
    /// `feedId`.
    pub feed_id: Option<String>,
}
rt::impl_deserialize! {
    PushFeedResponseBodyResult { "feedId" => read_field(feed_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PushFeedResponseBodyResult { "feedId" => optional(feed_id) }
}
/// `UpdateFeedContentRequestContentDslTemplateContent`: the same model as [`PushFeedRequestContentDslTemplateContent`].
pub type UpdateFeedContentRequestContentDslTemplateContent = PushFeedRequestContentDslTemplateContent;
/// The required fields of [`UpdateFeedContentRequestContentDslTemplateContent`].
pub type UpdateFeedContentRequestContentDslTemplateContentRequired = PushFeedRequestContentDslTemplateContentRequired;
/// The request of [`Api::delete_feed`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteFeedRequest {
    /// `feedId`.
    pub feed_id: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`DeleteFeedRequest`], each named where it is set: `DeleteFeedRequest::new(DeleteFeedRequired { .. })`.
pub struct DeleteFeedRequired {
    /// `feedId`: see [`DeleteFeedRequest::feed_id`].
    pub feed_id: String,
    /// `unionId`: see [`DeleteFeedRequest::union_id`].
    pub union_id: String,
}
impl DeleteFeedRequest {
    /// A `DeleteFeedRequest` with its required fields (`feedId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: DeleteFeedRequired) -> Self {
        let DeleteFeedRequired { feed_id, union_id } = required;
        Self { feed_id, union_id }
    }
}
rt::impl_serialize! {
    DeleteFeedRequest { "feedId" => field(feed_id), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteFeedRequest { "feedId" => read_field(feed_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for DeleteFeedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::deliver_one_feed`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeliverOneFeedRequest {
    /// `content`.
    pub content: String,
    /// `coverMediaId`.
    pub cover_media_id: String,
    /// `expireTime`.
    pub expire_time: Option<i64>,
    /// `summary`.
    pub summary: String,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
    /// `videoMediaId`.
    pub video_media_id: String,
    /// `videoTags`.
    pub video_tags: rt::BTreeMap<String, String>,
}
/// The required fields of [`DeliverOneFeedRequest`], each named where it is set: `DeliverOneFeedRequest::new(DeliverOneFeedRequired { .. })`.
pub struct DeliverOneFeedRequired {
    /// `content`: see [`DeliverOneFeedRequest::content`].
    pub content: String,
    /// `coverMediaId`: see [`DeliverOneFeedRequest::cover_media_id`].
    pub cover_media_id: String,
    /// `summary`: see [`DeliverOneFeedRequest::summary`].
    pub summary: String,
    /// `videoMediaId`: see [`DeliverOneFeedRequest::video_media_id`].
    pub video_media_id: String,
    /// `videoTags`: see [`DeliverOneFeedRequest::video_tags`].
    pub video_tags: rt::BTreeMap<String, String>,
}
impl DeliverOneFeedRequest {
    /// A `DeliverOneFeedRequest` with its required fields (`content`, `coverMediaId`, `summary`, `videoMediaId`, `videoTags`); set the others with the methods named after them.
    pub fn new(required: DeliverOneFeedRequired) -> Self {
        let DeliverOneFeedRequired {
            content,
            cover_media_id,
            summary,
            video_media_id,
            video_tags,
        } = required;
        Self {
            content,
            cover_media_id,
            expire_time: None,
            summary,
            user_ids: None,
            video_media_id,
            video_tags,
        }
    }
    /// Sets `expireTime`.
    pub fn expire_time(mut self, value: i64) -> Self {
        self.expire_time = Some(value);
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    DeliverOneFeedRequest { "content" => field(content), "coverMediaId" =>
    field(cover_media_id), "expireTime" => optional(expire_time), "summary" =>
    field(summary), "userIds" => optional(user_ids), "videoMediaId" =>
    field(video_media_id), "videoTags" => field(video_tags) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeliverOneFeedRequest { "content" => read_field(content), "coverMediaId" =>
    read_field(cover_media_id), "expireTime" => read_field(expire_time), "summary" =>
    read_field(summary), "userIds" => read_field(user_ids), "videoMediaId" =>
    read_field(video_media_id), "videoTags" => read_field(video_tags) }
}
impl rt::WriteRequest for DeliverOneFeedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::push_feed`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PushFeedRequest {
    /// `content`.
    pub content: PushFeedRequestContent,
    /// `expireTime`.
    pub expire_time: i64,
    /// `feedFeature`.
    pub feed_feature: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `idempotentKey`.
    pub idempotent_key: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`PushFeedRequest`], each named where it is set: `PushFeedRequest::new(PushFeedRequired { .. })`.
pub struct PushFeedRequired {
    /// `content`: see [`PushFeedRequest::content`].
    pub content: PushFeedRequestContent,
    /// `expireTime`: see [`PushFeedRequest::expire_time`].
    pub expire_time: i64,
    /// `feedFeature`: see [`PushFeedRequest::feed_feature`].
    pub feed_feature: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `idempotentKey`: see [`PushFeedRequest::idempotent_key`].
    pub idempotent_key: String,
    /// `unionId`: see [`PushFeedRequest::union_id`].
    pub union_id: String,
}
impl PushFeedRequest {
    /// A `PushFeedRequest` with its required fields (`content`, `expireTime`, `feedFeature`, `idempotentKey`, `unionId`); set the others with the methods named after them.
    pub fn new(required: PushFeedRequired) -> Self {
        let PushFeedRequired {
            content,
            expire_time,
            feed_feature,
            idempotent_key,
            union_id,
        } = required;
        Self {
            content,
            expire_time,
            feed_feature,
            idempotent_key,
            union_id,
        }
    }
}
rt::impl_serialize! {
    PushFeedRequest { "content" => field(content), "expireTime" => field(expire_time),
    "feedFeature" => field(feed_feature), "idempotentKey" => field(idempotent_key),
    "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushFeedRequest { "content" => read_field(content), "expireTime" =>
    read_field(expire_time), "feedFeature" => read_field(feed_feature), "idempotentKey"
    => read_field(idempotent_key), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for PushFeedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_feed_content`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateFeedContentRequest {
    /// `content`.
    pub content: UpdateFeedContentRequestContent,
    /// `feedId`.
    pub feed_id: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`UpdateFeedContentRequest`], each named where it is set: `UpdateFeedContentRequest::new(UpdateFeedContentRequired { .. })`.
pub struct UpdateFeedContentRequired {
    /// `content`: see [`UpdateFeedContentRequest::content`].
    pub content: UpdateFeedContentRequestContent,
    /// `feedId`: see [`UpdateFeedContentRequest::feed_id`].
    pub feed_id: String,
    /// `unionId`: see [`UpdateFeedContentRequest::union_id`].
    pub union_id: String,
}
impl UpdateFeedContentRequest {
    /// A `UpdateFeedContentRequest` with its required fields (`content`, `feedId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: UpdateFeedContentRequired) -> Self {
        let UpdateFeedContentRequired { content, feed_id, union_id } = required;
        Self { content, feed_id, union_id }
    }
}
rt::impl_serialize! {
    UpdateFeedContentRequest { "content" => field(content), "feedId" => field(feed_id),
    "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateFeedContentRequest { "content" => read_field(content), "feedId" =>
    read_field(feed_id), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for UpdateFeedContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_feed_expire_time`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateFeedExpireTimeRequest {
    /// `expireTime`.
    pub expire_time: i64,
    /// `feedId`.
    pub feed_id: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`UpdateFeedExpireTimeRequest`], each named where it is set: `UpdateFeedExpireTimeRequest::new(UpdateFeedExpireTimeRequired { .. })`.
pub struct UpdateFeedExpireTimeRequired {
    /// `expireTime`: see [`UpdateFeedExpireTimeRequest::expire_time`].
    pub expire_time: i64,
    /// `feedId`: see [`UpdateFeedExpireTimeRequest::feed_id`].
    pub feed_id: String,
    /// `unionId`: see [`UpdateFeedExpireTimeRequest::union_id`].
    pub union_id: String,
}
impl UpdateFeedExpireTimeRequest {
    /// A `UpdateFeedExpireTimeRequest` with its required fields (`expireTime`, `feedId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: UpdateFeedExpireTimeRequired) -> Self {
        let UpdateFeedExpireTimeRequired { expire_time, feed_id, union_id } = required;
        Self {
            expire_time,
            feed_id,
            union_id,
        }
    }
}
rt::impl_serialize! {
    UpdateFeedExpireTimeRequest { "expireTime" => field(expire_time), "feedId" =>
    field(feed_id), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateFeedExpireTimeRequest { "expireTime" => read_field(expire_time), "feedId" =>
    read_field(feed_id), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for UpdateFeedExpireTimeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::delete_feed`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteFeedError = rt::ServiceError;
/// An error reply of [`Api::deliver_one_feed`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeliverOneFeedError = rt::ServiceError;
/// An error reply of [`Api::push_feed`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PushFeedError = rt::ServiceError;
/// An error reply of [`Api::update_feed_content`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateFeedContentError = rt::ServiceError;
/// An error reply of [`Api::update_feed_expire_time`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateFeedExpireTimeError = rt::ServiceError;
/// Replays a recorded call of the official SDK through [`Api`] (conformance tests only).
#[cfg(feature = "conformance")]
#[doc(hidden)]
#[allow(deprecated)]
pub async fn replay(
    client: &rt::Client,
    operation: &str,
    inputs: &rt::conformance::Inputs,
) -> Result<rt::serde_json::Value, String> {
    let api = Api::new(client);
    match operation {
        "DeleteFeed" => {
            rt::conformance::reply(api.delete_feed(&inputs.request(true)?)).await
        }
        "DeliverOneFeed" => {
            rt::conformance::reply(api.deliver_one_feed(&inputs.request(true)?)).await
        }
        "PushFeed" => rt::conformance::reply(api.push_feed(&inputs.request(true)?)).await,
        "UpdateFeedContent" => {
            rt::conformance::reply(api.update_feed_content(&inputs.request(true)?)).await
        }
        "UpdateFeedExpireTime" => {
            rt::conformance::reply(api.update_feed_expire_time(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
