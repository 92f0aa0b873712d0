// @generated from api-spec/conv_file_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.conv_file_1_0()`. Generated from `api-spec/conv_file_1_0.yaml`.
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
    /// `POST /v1.0/convFile/conversations/spaces/query` (operation `GetSpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/convFile/conversations/files/send` (operation `Send`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/convFile/apps/conversations/files/send` (operation `SendByApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendByAppError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/convFile/conversations/files/links/send` (operation `SendLink`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendLinkError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSpaceResponseBody {
    /// `space`.
    pub space: Option<GetSpaceResponseBodySpace>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSpaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSpaceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "space" => rt::read_field(map, &mut self.space),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSpaceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("space", &self.space)?;
        object.end()
    }
}
/// `SendResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendResponseBody {
    /// `file`.
    pub file: Option<SendResponseBodyFile>,
}
impl<'de> rt::serde::Deserialize<'de> for SendResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "file" => rt::read_field(map, &mut self.file),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("file", &self.file)?;
        object.end()
    }
}
/// `SendByAppResponseBody`: the same model as [`SendResponseBody`].
pub type SendByAppResponseBody = SendResponseBody;
/// `SendLinkResponseBody`: the same model as [`SendResponseBody`].
pub type SendLinkResponseBody = SendResponseBody;
/// `GetSpaceResponseBodySpace`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSpaceResponseBodySpace {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSpaceResponseBodySpace {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSpaceResponseBodySpace {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `SendResponseBodyFile`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SendResponseBodyFile {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendResponseBodyFile {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "extension" => rt::read_field(map, &mut self.extension),
            "id" => rt::read_field(map, &mut self.id),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "modifierId" => rt::read_field(map, &mut self.modifier_id),
            "name" => rt::read_field(map, &mut self.name),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            "path" => rt::read_field(map, &mut self.path),
            "size" => rt::read_field(map, &mut self.size),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "status" => rt::read_field(map, &mut self.status),
            "type" => rt::read_field(map, &mut self.r#type),
            "uuid" => rt::read_field(map, &mut self.uuid),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendResponseBodyFile {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("extension", &self.extension)?;
        object.optional("id", &self.id)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("modifierId", &self.modifier_id)?;
        object.optional("name", &self.name)?;
        object.optional("parentId", &self.parent_id)?;
        object.optional("path", &self.path)?;
        object.optional("size", &self.size)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("status", &self.status)?;
        object.optional("type", &self.r#type)?;
        object.optional("uuid", &self.uuid)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `SendByAppResponseBodyFile`: the same model as [`SendResponseBodyFile`].
pub type SendByAppResponseBodyFile = SendResponseBodyFile;
/// `SendLinkResponseBodyFile`: the same model as [`SendResponseBodyFile`].
pub type SendLinkResponseBodyFile = SendResponseBodyFile;
/// The request of [`Api::get_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSpaceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl GetSpaceRequest {
    /// A `GetSpaceRequest` with its required fields (`unionId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        open_conversation_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetSpaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSpaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::send`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SendRequest {
    /// A `SendRequest` with its required fields (`unionId`, `dentryId`, `openConversationId`, `spaceId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        dentry_id: impl Into<String>,
        open_conversation_id: impl Into<String>,
        space_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            dentry_id: dentry_id.into(),
            open_conversation_id: open_conversation_id.into(),
            space_id: space_id.into(),
        }
    }
}
impl rt::serde::Serialize for SendRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryId", &self.dentry_id)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::send_by_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendByAppRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryId`.
    pub dentry_id: String,
    /// `spaceId`.
    pub space_id: String,
}
impl SendByAppRequest {
    /// A `SendByAppRequest` with its required fields (`unionId`, `dentryId`, `spaceId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        dentry_id: impl Into<String>,
        space_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            dentry_id: dentry_id.into(),
            space_id: space_id.into(),
        }
    }
}
impl rt::serde::Serialize for SendByAppRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryId", &self.dentry_id)?;
        object.field("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendByAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendByAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendByAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::send_link`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SendLinkRequest {
    /// A `SendLinkRequest` with its required fields (`unionId`, `dentryId`, `openConversationId`, `spaceId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        dentry_id: impl Into<String>,
        open_conversation_id: impl Into<String>,
        space_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            dentry_id: dentry_id.into(),
            open_conversation_id: open_conversation_id.into(),
            space_id: space_id.into(),
        }
    }
}
impl rt::serde::Serialize for SendLinkRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryId", &self.dentry_id)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("spaceId", &self.space_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendLinkRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendLinkRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
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
