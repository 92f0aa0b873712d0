// @generated from api-spec/ding_one_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.ding_one_1_0()`. Generated from `api-spec/ding_one_1_0.yaml`.
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
    /// `POST /v1.0/dingOne/frame/feeds/deleteFeed` (operation `DeleteFeed`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteFeedError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/dingOne/feed/deliver` (operation `DeliverOneFeed`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeliverOneFeedError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/dingOne/frame/feeds/pushFeed` (operation `PushFeed`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PushFeedError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/dingOne/frame/feeds/updateFeedContent` (operation `UpdateFeedContent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateFeedContentError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/dingOne/frame/feeds/updateFeedExpireTime` (operation `UpdateFeedExpireTime`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateFeedExpireTimeError`]; see [`Error`](::generated_client::Error) for the rest.
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
/// `DeleteFeedResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteFeedResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    DeleteFeedResponseBody { "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    DeleteFeedResponseBody { "requestId" => optional(request_id) }
}
/// `DeliverOneFeedResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverOneFeedResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    DeliverOneFeedResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    DeliverOneFeedResponseBody { "result" => optional(result) }
}
/// `PushFeedRequestContent`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PushFeedRequestContent {
    /// `contentType`.
    pub content_type: String,
    /// `dslTemplateContent`.
    pub dsl_template_content: PushFeedRequestContentDslTemplateContent,
}
impl PushFeedRequestContent {
    /// A `PushFeedRequestContent` with its required fields (`contentType`, `dslTemplateContent`); set the others with the methods named after them.
    pub fn new(
        content_type: impl Into<String>,
        dsl_template_content: PushFeedRequestContentDslTemplateContent,
    ) -> Self {
        Self {
            content_type: content_type.into(),
            dsl_template_content,
        }
    }
}
rt::impl_serialize! {
    PushFeedRequestContent { "contentType" => field(content_type), "dslTemplateContent"
    => field(dsl_template_content) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    PushFeedRequestContent { "contentType" => read_field(content_type),
    "dslTemplateContent" => read_field(dsl_template_content) }
}
/// `PushFeedResponseBody`.
#[derive(Clone, Debug, Default)]
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
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    PushFeedResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
}
/// `UpdateFeedContentRequestContent`: the same model as [`PushFeedRequestContent`].
pub type UpdateFeedContentRequestContent = PushFeedRequestContent;
/// `UpdateFeedContentResponseBody`: the same model as [`DeleteFeedResponseBody`].
pub type UpdateFeedContentResponseBody = DeleteFeedResponseBody;
/// `UpdateFeedExpireTimeResponseBody`: the same model as [`DeleteFeedResponseBody`].
pub type UpdateFeedExpireTimeResponseBody = DeleteFeedResponseBody;
/// `PushFeedRequestContentDslTemplateContent`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PushFeedRequestContentDslTemplateContent {
    /// `applyUrl`.
    pub apply_url: String,
    /// `body`.
    pub body: String,
}
impl PushFeedRequestContentDslTemplateContent {
    /// A `PushFeedRequestContentDslTemplateContent` with its required fields (`applyUrl`, `body`); set the others with the methods named after them.
    pub fn new(apply_url: impl Into<String>, body: impl Into<String>) -> Self {
        Self {
            apply_url: apply_url.into(),
            body: body.into(),
        }
    }
}
rt::impl_serialize! {
    PushFeedRequestContentDslTemplateContent { "applyUrl" => field(apply_url), "body" =>
    field(body) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    PushFeedRequestContentDslTemplateContent { "applyUrl" => read_field(apply_url),
    "body" => read_field(body) }
}
/// `PushFeedResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PushFeedResponseBodyResult {
    /// `feedId`.
    pub feed_id: Option<String>,
}
rt::impl_deserialize! {
    PushFeedResponseBodyResult { "feedId" => read_field(feed_id) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    PushFeedResponseBodyResult { "feedId" => optional(feed_id) }
}
/// `UpdateFeedContentRequestContentDslTemplateContent`: the same model as [`PushFeedRequestContentDslTemplateContent`].
pub type UpdateFeedContentRequestContentDslTemplateContent = PushFeedRequestContentDslTemplateContent;
/// The request of [`Api::delete_feed`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteFeedRequest {
    /// `feedId`.
    pub feed_id: String,
    /// `unionId`.
    pub union_id: String,
}
impl DeleteFeedRequest {
    /// A `DeleteFeedRequest` with its required fields (`feedId`, `unionId`); set the others with the methods named after them.
    pub fn new(feed_id: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            feed_id: feed_id.into(),
            union_id: union_id.into(),
        }
    }
}
rt::impl_serialize! {
    DeleteFeedRequest { "feedId" => field(feed_id), "unionId" => field(union_id) }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl DeliverOneFeedRequest {
    /// A `DeliverOneFeedRequest` with its required fields (`content`, `coverMediaId`, `summary`, `videoMediaId`, `videoTags`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        cover_media_id: impl Into<String>,
        summary: impl Into<String>,
        video_media_id: impl Into<String>,
        video_tags: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        Self {
            content: content.into(),
            cover_media_id: cover_media_id.into(),
            expire_time: None,
            summary: summary.into(),
            user_ids: None,
            video_media_id: video_media_id.into(),
            video_tags: video_tags
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
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
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PushFeedRequest {
    /// A `PushFeedRequest` with its required fields (`content`, `expireTime`, `feedFeature`, `idempotentKey`, `unionId`); set the others with the methods named after them.
    pub fn new(
        content: PushFeedRequestContent,
        expire_time: i64,
        feed_feature: impl IntoIterator<
            Item = (impl Into<String>, rt::serde_json::Value),
        >,
        idempotent_key: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            content,
            expire_time,
            feed_feature: feed_feature.into_iter().map(|(k, v)| (k.into(), v)).collect(),
            idempotent_key: idempotent_key.into(),
            union_id: union_id.into(),
        }
    }
}
rt::impl_serialize! {
    PushFeedRequest { "content" => field(content), "expireTime" => field(expire_time),
    "feedFeature" => field(feed_feature), "idempotentKey" => field(idempotent_key),
    "unionId" => field(union_id) }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateFeedContentRequest {
    /// `content`.
    pub content: UpdateFeedContentRequestContent,
    /// `feedId`.
    pub feed_id: String,
    /// `unionId`.
    pub union_id: String,
}
impl UpdateFeedContentRequest {
    /// A `UpdateFeedContentRequest` with its required fields (`content`, `feedId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        content: UpdateFeedContentRequestContent,
        feed_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            content,
            feed_id: feed_id.into(),
            union_id: union_id.into(),
        }
    }
}
rt::impl_serialize! {
    UpdateFeedContentRequest { "content" => field(content), "feedId" => field(feed_id),
    "unionId" => field(union_id) }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateFeedExpireTimeRequest {
    /// `expireTime`.
    pub expire_time: i64,
    /// `feedId`.
    pub feed_id: String,
    /// `unionId`.
    pub union_id: String,
}
impl UpdateFeedExpireTimeRequest {
    /// A `UpdateFeedExpireTimeRequest` with its required fields (`expireTime`, `feedId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        expire_time: i64,
        feed_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            expire_time,
            feed_id: feed_id.into(),
            union_id: union_id.into(),
        }
    }
}
rt::impl_serialize! {
    UpdateFeedExpireTimeRequest { "expireTime" => field(expire_time), "feedId" =>
    field(feed_id), "unionId" => field(union_id) }
}
#[cfg(feature = "conformance")]
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
