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
impl<'de> rt::serde::Deserialize<'de> for DeleteFeedResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteFeedResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteFeedResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `DeliverOneFeedResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverOneFeedResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeliverOneFeedResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeliverOneFeedResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeliverOneFeedResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
impl rt::serde::Serialize for PushFeedRequestContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("contentType", &self.content_type)?;
        object.field("dslTemplateContent", &self.dsl_template_content)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PushFeedRequestContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PushFeedRequestContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentType" => rt::read_field(map, &mut self.content_type),
            "dslTemplateContent" => rt::read_field(map, &mut self.dsl_template_content),
            _ => Ok(false),
        }
    }
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
impl<'de> rt::serde::Deserialize<'de> for PushFeedResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PushFeedResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PushFeedResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
impl rt::serde::Serialize for PushFeedRequestContentDslTemplateContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("applyUrl", &self.apply_url)?;
        object.field("body", &self.body)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PushFeedRequestContentDslTemplateContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PushFeedRequestContentDslTemplateContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applyUrl" => rt::read_field(map, &mut self.apply_url),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
/// `PushFeedResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PushFeedResponseBodyResult {
    /// `feedId`.
    pub feed_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PushFeedResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PushFeedResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "feedId" => rt::read_field(map, &mut self.feed_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PushFeedResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("feedId", &self.feed_id)?;
        object.end()
    }
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
impl rt::serde::Serialize for DeleteFeedRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("feedId", &self.feed_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteFeedRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteFeedRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "feedId" => rt::read_field(map, &mut self.feed_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for DeliverOneFeedRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("coverMediaId", &self.cover_media_id)?;
        object.optional("expireTime", &self.expire_time)?;
        object.field("summary", &self.summary)?;
        object.optional("userIds", &self.user_ids)?;
        object.field("videoMediaId", &self.video_media_id)?;
        object.field("videoTags", &self.video_tags)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeliverOneFeedRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeliverOneFeedRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "coverMediaId" => rt::read_field(map, &mut self.cover_media_id),
            "expireTime" => rt::read_field(map, &mut self.expire_time),
            "summary" => rt::read_field(map, &mut self.summary),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            "videoMediaId" => rt::read_field(map, &mut self.video_media_id),
            "videoTags" => rt::read_field(map, &mut self.video_tags),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for PushFeedRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("expireTime", &self.expire_time)?;
        object.field("feedFeature", &self.feed_feature)?;
        object.field("idempotentKey", &self.idempotent_key)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PushFeedRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PushFeedRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "expireTime" => rt::read_field(map, &mut self.expire_time),
            "feedFeature" => rt::read_field(map, &mut self.feed_feature),
            "idempotentKey" => rt::read_field(map, &mut self.idempotent_key),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateFeedContentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("feedId", &self.feed_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateFeedContentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateFeedContentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "feedId" => rt::read_field(map, &mut self.feed_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateFeedExpireTimeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("expireTime", &self.expire_time)?;
        object.field("feedId", &self.feed_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateFeedExpireTimeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateFeedExpireTimeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "expireTime" => rt::read_field(map, &mut self.expire_time),
            "feedId" => rt::read_field(map, &mut self.feed_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
