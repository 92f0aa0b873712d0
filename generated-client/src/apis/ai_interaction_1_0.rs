// @generated from api-spec/ai_interaction_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 智能交互 (AI Interaction)：主动模式与回复模式下的 AI 会话卡片。
//!
//! 5 operations, methods of [`Api`] (`client.ai_interaction_1_0()`), behind the cargo feature `ai_interaction_1_0`; its paths start with `/v1.0/aiInteraction/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `ai_interaction_1_0`. Get it with `client.ai_interaction_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 在主动模式下完结会话框
    ///
    /// `POST /v1.0/aiInteraction/finish`: DingTalk's `Finish` (module feature `ai_interaction_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Finish")]
    #[doc(alias = "/v1.0/aiInteraction/finish")]
    #[doc(alias = "POST /v1.0/aiInteraction/finish")]
    pub fn finish(
        &self,
        request: &FinishRequest,
    ) -> rt::Call<FinishResponseBody, FinishError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Finish",
            rt::Method::Post,
            "/v1.0/aiInteraction/finish",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 在主动模式下准备会话框
    ///
    /// `POST /v1.0/aiInteraction/prepare`: DingTalk's `Prepare` (module feature `ai_interaction_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Prepare")]
    #[doc(alias = "/v1.0/aiInteraction/prepare")]
    #[doc(alias = "POST /v1.0/aiInteraction/prepare")]
    pub fn prepare(
        &self,
        request: &PrepareRequest,
    ) -> rt::Call<PrepareResponseBody, PrepareError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Prepare",
            rt::Method::Post,
            "/v1.0/aiInteraction/prepare",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 在回复模式下更新会话框
    ///
    /// `POST /v1.0/aiInteraction/reply`: DingTalk's `Reply` (module feature `ai_interaction_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Reply")]
    #[doc(alias = "/v1.0/aiInteraction/reply")]
    #[doc(alias = "POST /v1.0/aiInteraction/reply")]
    pub fn reply(
        &self,
        request: &ReplyRequest,
    ) -> rt::Call<ReplyResponseBody, ReplyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Reply",
            rt::Method::Post,
            "/v1.0/aiInteraction/reply",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 直接发送消息
    ///
    /// `POST /v1.0/aiInteraction/send`: DingTalk's `Send` (module feature `ai_interaction_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Send")]
    #[doc(alias = "/v1.0/aiInteraction/send")]
    #[doc(alias = "POST /v1.0/aiInteraction/send")]
    pub fn send(&self, request: &SendRequest) -> rt::Call<SendResponseBody, SendError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Send",
            rt::Method::Post,
            "/v1.0/aiInteraction/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 在主动模式下更新会话框
    ///
    /// `POST /v1.0/aiInteraction/update`: DingTalk's `Update` (module feature `ai_interaction_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Update")]
    #[doc(alias = "/v1.0/aiInteraction/update")]
    #[doc(alias = "POST /v1.0/aiInteraction/update")]
    pub fn update(
        &self,
        request: &UpdateRequest,
    ) -> rt::Call<UpdateResponseBody, UpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Update",
            rt::Method::Post,
            "/v1.0/aiInteraction/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `FinishResponseBody`, a model several operations share: also named [`ReplyResponseBody`], [`UpdateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FinishResponseBody {
    /// `result`.
    pub result: Option<FinishResponseBodyResult>,
}
rt::impl_deserialize! {
    FinishResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FinishResponseBody { "result" => optional(result) }
}
/// `PrepareResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PrepareResponseBody {
    /// `result`.
    pub result: Option<PrepareResponseBodyResult>,
}
rt::impl_deserialize! {
    PrepareResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PrepareResponseBody { "result" => optional(result) }
}
/// `ReplyResponseBody`: the same model as [`FinishResponseBody`].
pub type ReplyResponseBody = FinishResponseBody;
/// `SendResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SendResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendResponseBody { "success" => optional(success) }
}
/// `UpdateResponseBody`: the same model as [`FinishResponseBody`].
pub type UpdateResponseBody = FinishResponseBody;
/// `FinishResponseBodyResult`, a model several operations share: also named [`ReplyResponseBodyResult`], [`UpdateResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FinishResponseBodyResult {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    FinishResponseBodyResult { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FinishResponseBodyResult { "success" => optional(success) }
}
/// `PrepareResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PrepareResponseBodyResult {
    /// `conversationToken`.
    pub conversation_token: Option<String>,
}
rt::impl_deserialize! {
    PrepareResponseBodyResult { "conversationToken" => read_field(conversation_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PrepareResponseBodyResult { "conversationToken" => optional(conversation_token) }
}
/// `ReplyResponseBodyResult`: the same model as [`FinishResponseBodyResult`].
pub type ReplyResponseBodyResult = FinishResponseBodyResult;
/// `UpdateResponseBodyResult`: the same model as [`FinishResponseBodyResult`].
pub type UpdateResponseBodyResult = FinishResponseBodyResult;
/// The request of [`Api::finish`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FinishRequest {
    /// `conversationToken`.
    pub conversation_token: String,
}
/// The required fields of [`FinishRequest`], each named where it is set: `FinishRequest::new(FinishRequired { .. })`.
pub struct FinishRequired {
    /// `conversationToken`: see [`FinishRequest::conversation_token`].
    pub conversation_token: String,
}
impl FinishRequest {
    /// A `FinishRequest` with its required fields (`conversationToken`); set the others with the methods named after them.
    pub fn new(required: FinishRequired) -> Self {
        let FinishRequired { conversation_token } = required;
        Self { conversation_token }
    }
}
rt::impl_serialize! {
    FinishRequest { "conversationToken" => field(conversation_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FinishRequest { "conversationToken" => read_field(conversation_token) }
}
impl rt::WriteRequest for FinishRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::prepare`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PrepareRequest {
    /// `content`.
    pub content: Option<String>,
    /// `contentType`.
    pub content_type: String,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
/// The required fields of [`PrepareRequest`], each named where it is set: `PrepareRequest::new(PrepareRequired { .. })`.
pub struct PrepareRequired {
    /// `contentType`: see [`PrepareRequest::content_type`].
    pub content_type: String,
}
impl PrepareRequest {
    /// A `PrepareRequest` with its required fields (`contentType`); set the others with the methods named after them.
    pub fn new(required: PrepareRequired) -> Self {
        let PrepareRequired { content_type } = required;
        Self {
            content: None,
            content_type,
            open_conversation_id: None,
            union_id: None,
        }
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PrepareRequest { "content" => optional(content), "contentType" =>
    field(content_type), "openConversationId" => optional(open_conversation_id),
    "unionId" => optional(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PrepareRequest { "content" => read_field(content), "contentType" =>
    read_field(content_type), "openConversationId" => read_field(open_conversation_id),
    "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for PrepareRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::reply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ReplyRequest {
    /// `content`.
    pub content: Option<String>,
    /// `contentType`.
    pub content_type: String,
    /// `conversationToken`.
    pub conversation_token: String,
}
/// The required fields of [`ReplyRequest`], each named where it is set: `ReplyRequest::new(ReplyRequired { .. })`.
pub struct ReplyRequired {
    /// `contentType`: see [`ReplyRequest::content_type`].
    pub content_type: String,
    /// `conversationToken`: see [`ReplyRequest::conversation_token`].
    pub conversation_token: String,
}
impl ReplyRequest {
    /// A `ReplyRequest` with its required fields (`contentType`, `conversationToken`); set the others with the methods named after them.
    pub fn new(required: ReplyRequired) -> Self {
        let ReplyRequired { content_type, conversation_token } = required;
        Self {
            content: None,
            content_type,
            conversation_token,
        }
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ReplyRequest { "content" => optional(content), "contentType" => field(content_type),
    "conversationToken" => field(conversation_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReplyRequest { "content" => read_field(content), "contentType" =>
    read_field(content_type), "conversationToken" => read_field(conversation_token) }
}
impl rt::WriteRequest for ReplyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendRequest {
    /// `content`.
    pub content: Option<String>,
    /// `contentType`.
    pub content_type: String,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
/// The required fields of [`SendRequest`], each named where it is set: `SendRequest::new(SendRequired { .. })`.
pub struct SendRequired {
    /// `contentType`: see [`SendRequest::content_type`].
    pub content_type: String,
}
impl SendRequest {
    /// A `SendRequest` with its required fields (`contentType`); set the others with the methods named after them.
    pub fn new(required: SendRequired) -> Self {
        let SendRequired { content_type } = required;
        Self {
            content: None,
            content_type,
            open_conversation_id: None,
            union_id: None,
        }
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendRequest { "content" => optional(content), "contentType" => field(content_type),
    "openConversationId" => optional(open_conversation_id), "unionId" =>
    optional(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendRequest { "content" => read_field(content), "contentType" =>
    read_field(content_type), "openConversationId" => read_field(open_conversation_id),
    "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for SendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateRequest {
    /// `content`.
    pub content: String,
    /// `contentType`.
    pub content_type: String,
    /// `conversationToken`.
    pub conversation_token: String,
}
/// The required fields of [`UpdateRequest`], each named where it is set: `UpdateRequest::new(UpdateRequired { .. })`.
pub struct UpdateRequired {
    /// `content`: see [`UpdateRequest::content`].
    pub content: String,
    /// `contentType`: see [`UpdateRequest::content_type`].
    pub content_type: String,
    /// `conversationToken`: see [`UpdateRequest::conversation_token`].
    pub conversation_token: String,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`content`, `contentType`, `conversationToken`); set the others with the methods named after them.
    pub fn new(required: UpdateRequired) -> Self {
        let UpdateRequired { content, content_type, conversation_token } = required;
        Self {
            content,
            content_type,
            conversation_token,
        }
    }
}
rt::impl_serialize! {
    UpdateRequest { "content" => field(content), "contentType" => field(content_type),
    "conversationToken" => field(conversation_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRequest { "content" => read_field(content), "contentType" =>
    read_field(content_type), "conversationToken" => read_field(conversation_token) }
}
impl rt::WriteRequest for UpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::finish`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FinishError = rt::ServiceError;
/// An error reply of [`Api::prepare`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PrepareError = rt::ServiceError;
/// An error reply of [`Api::reply`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReplyError = rt::ServiceError;
/// An error reply of [`Api::send`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendError = rt::ServiceError;
/// An error reply of [`Api::update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateError = rt::ServiceError;
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
        "Finish" => rt::conformance::reply(api.finish(&inputs.request(true)?)).await,
        "Prepare" => rt::conformance::reply(api.prepare(&inputs.request(true)?)).await,
        "Reply" => rt::conformance::reply(api.reply(&inputs.request(true)?)).await,
        "Send" => rt::conformance::reply(api.send(&inputs.request(true)?)).await,
        "Update" => rt::conformance::reply(api.update(&inputs.request(true)?)).await,
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
