// @generated from api-spec/conv_file_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 群文件 (Conversation Files)：IM 会话的存储空间与文件发送。
//!
//! 4 operations, methods of [`Api`] (`client.conv_file_1_0()`), behind the cargo feature `conv_file_1_0`; its paths start with `/v1.0/convFile/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `conv_file_1_0`. Get it with `client.conv_file_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 获取IM会话存储空间信息
    ///
    /// `POST /v1.0/convFile/conversations/spaces/query`: DingTalk's `GetSpace` (module feature `conv_file_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSpace")]
    #[doc(alias = "/v1.0/convFile/conversations/spaces/query")]
    #[doc(alias = "POST /v1.0/convFile/conversations/spaces/query")]
    pub fn get_space(
        &self,
        request: &GetSpaceRequest,
    ) -> rt::Call<GetSpaceResponseBody, GetSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSpace",
            rt::Method::Post,
            "/v1.0/convFile/conversations/spaces/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送文件到指定会话
    ///
    /// `POST /v1.0/convFile/conversations/files/send`: DingTalk's `Send` (module feature `conv_file_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Send")]
    #[doc(alias = "/v1.0/convFile/conversations/files/send")]
    #[doc(alias = "POST /v1.0/convFile/conversations/files/send")]
    pub fn send(&self, request: &SendRequest) -> rt::Call<SendResponseBody, SendError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Send",
            rt::Method::Post,
            "/v1.0/convFile/conversations/files/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 以应用身份发送文件给自己
    ///
    /// `POST /v1.0/convFile/apps/conversations/files/send`: DingTalk's `SendByApp` (module feature `conv_file_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendByApp")]
    #[doc(alias = "/v1.0/convFile/apps/conversations/files/send")]
    #[doc(alias = "POST /v1.0/convFile/apps/conversations/files/send")]
    pub fn send_by_app(
        &self,
        request: &SendByAppRequest,
    ) -> rt::Call<SendByAppResponseBody, SendByAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendByApp",
            rt::Method::Post,
            "/v1.0/convFile/apps/conversations/files/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送文件链接到指定会话
    ///
    /// `POST /v1.0/convFile/conversations/files/links/send`: DingTalk's `SendLink` (module feature `conv_file_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendLink")]
    #[doc(alias = "/v1.0/convFile/conversations/files/links/send")]
    #[doc(alias = "POST /v1.0/convFile/conversations/files/links/send")]
    pub fn send_link(
        &self,
        request: &SendLinkRequest,
    ) -> rt::Call<SendLinkResponseBody, SendLinkError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendLink",
            rt::Method::Post,
            "/v1.0/convFile/conversations/files/links/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `GetSpaceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSpaceResponseBody {
    /// `space`.
    pub space: Option<GetSpaceResponseBodySpace>,
}
rt::impl_deserialize! {
    GetSpaceResponseBody { "space" => read_field(space) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSpaceResponseBody { "space" => optional(space) }
}
/// `SendResponseBody`, a model several operations share: also named [`SendByAppResponseBody`], [`SendLinkResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendResponseBody {
    /// `file`.
    pub file: Option<SendResponseBodyFile>,
}
rt::impl_deserialize! {
    SendResponseBody { "file" => read_field(file) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendResponseBody { "file" => optional(file) }
}
/// `SendByAppResponseBody`: the same model as [`SendResponseBody`].
pub type SendByAppResponseBody = SendResponseBody;
/// `SendLinkResponseBody`: the same model as [`SendResponseBody`].
pub type SendLinkResponseBody = SendResponseBody;
/// `GetSpaceResponseBodySpace`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSpaceResponseBodySpace {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
rt::impl_deserialize! {
    GetSpaceResponseBodySpace { "corpId" => read_field(corp_id), "createTime" =>
    read_field(create_time), "modifiedTime" => read_field(modified_time), "spaceId" =>
    read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSpaceResponseBodySpace { "corpId" => optional(corp_id), "createTime" =>
    optional(create_time), "modifiedTime" => optional(modified_time), "spaceId" =>
    optional(space_id) }
}
/// `SendResponseBodyFile`, a model several operations share: also named [`SendByAppResponseBodyFile`], [`SendLinkResponseBodyFile`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendResponseBodyFile {
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
    /// `path`.
    pub path: Option<String>,
    /// `size`.
    pub size: Option<i64>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    SendResponseBodyFile { "conversationId" => read_field(conversation_id), "createTime"
    => read_field(create_time), "creatorId" => read_field(creator_id), "extension" =>
    read_field(extension), "id" => read_field(id), "modifiedTime" =>
    read_field(modified_time), "modifierId" => read_field(modifier_id), "name" =>
    read_field(name), "parentId" => read_field(parent_id), "path" => read_field(path),
    "size" => read_field(size), "spaceId" => read_field(space_id), "status" =>
    read_field(status), "type" => read_field(r#type), "uuid" => read_field(uuid),
    "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendResponseBodyFile { "conversationId" => optional(conversation_id), "createTime" =>
    optional(create_time), "creatorId" => optional(creator_id), "extension" =>
    optional(extension), "id" => optional(id), "modifiedTime" => optional(modified_time),
    "modifierId" => optional(modifier_id), "name" => optional(name), "parentId" =>
    optional(parent_id), "path" => optional(path), "size" => optional(size), "spaceId" =>
    optional(space_id), "status" => optional(status), "type" => optional(r#type), "uuid"
    => optional(uuid), "version" => optional(version) }
}
/// `SendByAppResponseBodyFile`: the same model as [`SendResponseBodyFile`].
pub type SendByAppResponseBodyFile = SendResponseBodyFile;
/// `SendLinkResponseBodyFile`: the same model as [`SendResponseBodyFile`].
pub type SendLinkResponseBodyFile = SendResponseBodyFile;
/// The request of [`Api::get_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSpaceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`GetSpaceRequest`], each named where it is set: `GetSpaceRequest::new(GetSpaceRequired { .. })`.
pub struct GetSpaceRequired {
    /// `unionId`: see [`GetSpaceRequest::union_id`].
    pub union_id: String,
    /// `openConversationId`: see [`GetSpaceRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl GetSpaceRequest {
    /// A `GetSpaceRequest` with its required fields (`unionId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: GetSpaceRequired) -> Self {
        let GetSpaceRequired { union_id, open_conversation_id } = required;
        Self {
            union_id,
            open_conversation_id,
        }
    }
}
rt::impl_serialize! {
    GetSpaceRequest { "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSpaceRequest { "unionId" => read_field(union_id), "openConversationId" =>
    read_field(open_conversation_id) }
}
impl rt::WriteRequest for GetSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::send`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryId`.
    pub dentry_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `spaceId`.
    pub space_id: String,
}
/// The required fields of [`SendRequest`], each named where it is set: `SendRequest::new(SendRequired { .. })`.
pub struct SendRequired {
    /// `unionId`: see [`SendRequest::union_id`].
    pub union_id: String,
    /// `dentryId`: see [`SendRequest::dentry_id`].
    pub dentry_id: String,
    /// `openConversationId`: see [`SendRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `spaceId`: see [`SendRequest::space_id`].
    pub space_id: String,
}
impl SendRequest {
    /// A `SendRequest` with its required fields (`unionId`, `dentryId`, `openConversationId`, `spaceId`); set the others with the methods named after them.
    pub fn new(required: SendRequired) -> Self {
        let SendRequired { union_id, dentry_id, open_conversation_id, space_id } = required;
        Self {
            union_id,
            dentry_id,
            open_conversation_id,
            space_id,
        }
    }
}
rt::impl_serialize! {
    SendRequest { "dentryId" => field(dentry_id), "openConversationId" =>
    field(open_conversation_id), "spaceId" => field(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendRequest { "unionId" => read_field(union_id), "dentryId" => read_field(dentry_id),
    "openConversationId" => read_field(open_conversation_id), "spaceId" =>
    read_field(space_id) }
}
impl rt::WriteRequest for SendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::send_by_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendByAppRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryId`.
    pub dentry_id: String,
    /// `spaceId`.
    pub space_id: String,
}
/// The required fields of [`SendByAppRequest`], each named where it is set: `SendByAppRequest::new(SendByAppRequired { .. })`.
pub struct SendByAppRequired {
    /// `unionId`: see [`SendByAppRequest::union_id`].
    pub union_id: String,
    /// `dentryId`: see [`SendByAppRequest::dentry_id`].
    pub dentry_id: String,
    /// `spaceId`: see [`SendByAppRequest::space_id`].
    pub space_id: String,
}
impl SendByAppRequest {
    /// A `SendByAppRequest` with its required fields (`unionId`, `dentryId`, `spaceId`); set the others with the methods named after them.
    pub fn new(required: SendByAppRequired) -> Self {
        let SendByAppRequired { union_id, dentry_id, space_id } = required;
        Self {
            union_id,
            dentry_id,
            space_id,
        }
    }
}
rt::impl_serialize! {
    SendByAppRequest { "dentryId" => field(dentry_id), "spaceId" => field(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendByAppRequest { "unionId" => read_field(union_id), "dentryId" =>
    read_field(dentry_id), "spaceId" => read_field(space_id) }
}
impl rt::WriteRequest for SendByAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::send_link`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendLinkRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryId`.
    pub dentry_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `spaceId`.
    pub space_id: String,
}
/// The required fields of [`SendLinkRequest`], each named where it is set: `SendLinkRequest::new(SendLinkRequired { .. })`.
pub struct SendLinkRequired {
    /// `unionId`: see [`SendLinkRequest::union_id`].
    pub union_id: String,
    /// `dentryId`: see [`SendLinkRequest::dentry_id`].
    pub dentry_id: String,
    /// `openConversationId`: see [`SendLinkRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `spaceId`: see [`SendLinkRequest::space_id`].
    pub space_id: String,
}
impl SendLinkRequest {
    /// A `SendLinkRequest` with its required fields (`unionId`, `dentryId`, `openConversationId`, `spaceId`); set the others with the methods named after them.
    pub fn new(required: SendLinkRequired) -> Self {
        let SendLinkRequired { union_id, dentry_id, open_conversation_id, space_id } = required;
        Self {
            union_id,
            dentry_id,
            open_conversation_id,
            space_id,
        }
    }
}
rt::impl_serialize! {
    SendLinkRequest { "dentryId" => field(dentry_id), "openConversationId" =>
    field(open_conversation_id), "spaceId" => field(space_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendLinkRequest { "unionId" => read_field(union_id), "dentryId" =>
    read_field(dentry_id), "openConversationId" => read_field(open_conversation_id),
    "spaceId" => read_field(space_id) }
}
impl rt::WriteRequest for SendLinkRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::get_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSpaceError = rt::ServiceError;
/// An error reply of [`Api::send`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendError = rt::ServiceError;
/// An error reply of [`Api::send_by_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendByAppError = rt::ServiceError;
/// An error reply of [`Api::send_link`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendLinkError = rt::ServiceError;
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
        "GetSpace" => rt::conformance::reply(api.get_space(&inputs.request(true)?)).await,
        "Send" => rt::conformance::reply(api.send(&inputs.request(true)?)).await,
        "SendByApp" => {
            rt::conformance::reply(api.send_by_app(&inputs.request(true)?)).await
        }
        "SendLink" => rt::conformance::reply(api.send_link(&inputs.request(true)?)).await,
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
