// @generated from api-spec/ai_interaction_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.ai_interaction_1_0()`. Generated from `api-spec/ai_interaction_1_0.yaml`.
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
    /// `POST /v1.0/aiInteraction/finish` (operation `Finish`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FinishError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiInteraction/prepare` (operation `Prepare`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PrepareError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiInteraction/reply` (operation `Reply`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ReplyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiInteraction/send` (operation `Send`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiInteraction/update` (operation `Update`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateError`]; see [`Error`](::generated_client::Error) for the rest.
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
/// `FinishResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FinishResponseBody {
    /// `result`.
    pub result: Option<FinishResponseBodyResult>,
}
rt::impl_deserialize! {
    FinishResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    FinishResponseBody { "result" => optional(result) }
}
/// `PrepareResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PrepareResponseBody {
    /// `result`.
    pub result: Option<PrepareResponseBodyResult>,
}
rt::impl_deserialize! {
    PrepareResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    PrepareResponseBody { "result" => optional(result) }
}
/// `ReplyResponseBody`: the same model as [`FinishResponseBody`].
pub type ReplyResponseBody = FinishResponseBody;
/// `SendResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SendResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    SendResponseBody { "success" => optional(success) }
}
/// `UpdateResponseBody`: the same model as [`FinishResponseBody`].
pub type UpdateResponseBody = FinishResponseBody;
/// `FinishResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FinishResponseBodyResult {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    FinishResponseBodyResult { "success" => read_field(success) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    FinishResponseBodyResult { "success" => optional(success) }
}
/// `PrepareResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PrepareResponseBodyResult {
    /// `conversationToken`.
    pub conversation_token: Option<String>,
}
rt::impl_deserialize! {
    PrepareResponseBodyResult { "conversationToken" => read_field(conversation_token) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    PrepareResponseBodyResult { "conversationToken" => optional(conversation_token) }
}
/// `ReplyResponseBodyResult`: the same model as [`FinishResponseBodyResult`].
pub type ReplyResponseBodyResult = FinishResponseBodyResult;
/// `UpdateResponseBodyResult`: the same model as [`FinishResponseBodyResult`].
pub type UpdateResponseBodyResult = FinishResponseBodyResult;
/// The request of [`Api::finish`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct FinishRequest {
    /// `conversationToken`.
    pub conversation_token: String,
}
impl FinishRequest {
    /// A `FinishRequest` with its required fields (`conversationToken`); set the others with the methods named after them.
    pub fn new(conversation_token: impl Into<String>) -> Self {
        Self {
            conversation_token: conversation_token.into(),
        }
    }
}
rt::impl_serialize! {
    FinishRequest { "conversationToken" => field(conversation_token) }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PrepareRequest {
    /// A `PrepareRequest` with its required fields (`contentType`); set the others with the methods named after them.
    pub fn new(content_type: impl Into<String>) -> Self {
        Self {
            content: None,
            content_type: content_type.into(),
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
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ReplyRequest {
    /// `content`.
    pub content: Option<String>,
    /// `contentType`.
    pub content_type: String,
    /// `conversationToken`.
    pub conversation_token: String,
}
impl ReplyRequest {
    /// A `ReplyRequest` with its required fields (`contentType`, `conversationToken`); set the others with the methods named after them.
    pub fn new(
        content_type: impl Into<String>,
        conversation_token: impl Into<String>,
    ) -> Self {
        Self {
            content: None,
            content_type: content_type.into(),
            conversation_token: conversation_token.into(),
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
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SendRequest {
    /// A `SendRequest` with its required fields (`contentType`); set the others with the methods named after them.
    pub fn new(content_type: impl Into<String>) -> Self {
        Self {
            content: None,
            content_type: content_type.into(),
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
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateRequest {
    /// `content`.
    pub content: String,
    /// `contentType`.
    pub content_type: String,
    /// `conversationToken`.
    pub conversation_token: String,
}
impl UpdateRequest {
    /// A `UpdateRequest` with its required fields (`content`, `contentType`, `conversationToken`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        content_type: impl Into<String>,
        conversation_token: impl Into<String>,
    ) -> Self {
        Self {
            content: content.into(),
            content_type: content_type.into(),
            conversation_token: conversation_token.into(),
        }
    }
}
rt::impl_serialize! {
    UpdateRequest { "content" => field(content), "contentType" => field(content_type),
    "conversationToken" => field(conversation_token) }
}
#[cfg(feature = "conformance")]
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
