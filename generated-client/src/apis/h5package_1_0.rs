// @generated from api-spec/h5package_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.h5package_1_0()`. Generated from `api-spec/h5package_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `h5package_1_0`. Get it with `client.h5package_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 上传H5离线包
    ///
    /// `POST /v1.0/h5package/asyncUpload` (operation `CreatePackage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreatePackageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_package(
        &self,
        request: &CreatePackageRequest,
    ) -> rt::Call<CreatePackageResponseBody, CreatePackageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreatePackage",
            rt::Method::Post,
            "/v1.0/h5package/asyncUpload",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取包上传一次性AccessToken
    ///
    /// `GET /v1.0/h5package/uploadTokens` (operation `GetAccessToken`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAccessTokenError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_access_token(
        &self,
        request: &GetAccessTokenRequest,
    ) -> rt::Call<GetAccessTokenResponseBody, GetAccessTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAccessToken",
            rt::Method::Get,
            "/v1.0/h5package/uploadTokens",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取H5离线包版本创建状态
    ///
    /// `GET /v1.0/h5package/uploadStatus` (operation `GetCreateStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCreateStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_create_status(
        &self,
        request: &GetCreateStatusRequest,
    ) -> rt::Call<GetCreateStatusResponseBody, GetCreateStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCreateStatus",
            rt::Method::Get,
            "/v1.0/h5package/uploadStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发布离线包
    ///
    /// `POST /v1.0/h5package/publish` (operation `PublishPackage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PublishPackageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn publish_package(
        &self,
        request: &PublishPackageRequest,
    ) -> rt::Call<PublishPackageResponseBody, PublishPackageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PublishPackage",
            rt::Method::Post,
            "/v1.0/h5package/publish",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `CreatePackageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePackageResponseBody {
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreatePackageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreatePackageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreatePackageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `GetAccessTokenResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAccessTokenResponseBody {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `accessKeySecret`.
    pub access_key_secret: Option<String>,
    /// `bucket`.
    pub bucket: Option<String>,
    /// `endpoint`.
    pub endpoint: Option<String>,
    /// `expiration`.
    pub expiration: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `region`.
    pub region: Option<String>,
    /// `stsToken`.
    pub sts_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAccessTokenResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAccessTokenResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessKeyId" => rt::read_field(map, &mut self.access_key_id),
            "accessKeySecret" => rt::read_field(map, &mut self.access_key_secret),
            "bucket" => rt::read_field(map, &mut self.bucket),
            "endpoint" => rt::read_field(map, &mut self.endpoint),
            "expiration" => rt::read_field(map, &mut self.expiration),
            "name" => rt::read_field(map, &mut self.name),
            "region" => rt::read_field(map, &mut self.region),
            "stsToken" => rt::read_field(map, &mut self.sts_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAccessTokenResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessKeyId", &self.access_key_id)?;
        object.optional("accessKeySecret", &self.access_key_secret)?;
        object.optional("bucket", &self.bucket)?;
        object.optional("endpoint", &self.endpoint)?;
        object.optional("expiration", &self.expiration)?;
        object.optional("name", &self.name)?;
        object.optional("region", &self.region)?;
        object.optional("stsToken", &self.sts_token)?;
        object.end()
    }
}
/// `GetCreateStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCreateStatusResponseBody {
    /// `buildTime`.
    pub build_time: Option<i64>,
    /// `finished`.
    pub finished: Option<bool>,
    /// `packageSize`.
    pub package_size: Option<i64>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `version`.
    pub version: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCreateStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCreateStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "buildTime" => rt::read_field(map, &mut self.build_time),
            "finished" => rt::read_field(map, &mut self.finished),
            "packageSize" => rt::read_field(map, &mut self.package_size),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCreateStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("buildTime", &self.build_time)?;
        object.optional("finished", &self.finished)?;
        object.optional("packageSize", &self.package_size)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `PublishPackageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PublishPackageResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PublishPackageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PublishPackageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PublishPackageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// The request of [`Api::create_package`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePackageRequest {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `appId`.
    pub app_id: Option<i64>,
    /// `homeUrl`.
    pub home_url: Option<String>,
    /// `ossObjectKey`.
    pub oss_object_key: Option<String>,
}
impl CreatePackageRequest {
    /// An empty `CreatePackageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: i64) -> Self {
        self.app_id = Some(value);
        self
    }
    /// Sets `homeUrl`.
    pub fn home_url(mut self, value: impl Into<String>) -> Self {
        self.home_url = Some(value.into());
        self
    }
    /// Sets `ossObjectKey`.
    pub fn oss_object_key(mut self, value: impl Into<String>) -> Self {
        self.oss_object_key = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreatePackageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("appId", &self.app_id)?;
        object.optional("homeUrl", &self.home_url)?;
        object.optional("ossObjectKey", &self.oss_object_key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreatePackageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreatePackageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "appId" => rt::read_field(map, &mut self.app_id),
            "homeUrl" => rt::read_field(map, &mut self.home_url),
            "ossObjectKey" => rt::read_field(map, &mut self.oss_object_key),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreatePackageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_access_token`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAccessTokenRequest {
    /// `agentId`: a query parameter.
    pub agent_id: Option<i64>,
    /// `appId`: a query parameter.
    pub app_id: Option<i64>,
}
impl GetAccessTokenRequest {
    /// An empty `GetAccessTokenRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: i64) -> Self {
        self.app_id = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAccessTokenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAccessTokenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "appId" => rt::read_field(map, &mut self.app_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAccessTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentId", &self.agent_id);
        writer.query("appId", &self.app_id);
    }
}
/// The request of [`Api::get_create_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetCreateStatusRequest {
    /// `taskId`: a query parameter.
    pub task_id: String,
}
impl GetCreateStatusRequest {
    /// A `GetCreateStatusRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(task_id: impl Into<String>) -> Self {
        Self { task_id: task_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCreateStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCreateStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetCreateStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::publish_package`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PublishPackageRequest {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `appId`.
    pub app_id: Option<i64>,
    /// `version`.
    pub version: String,
}
impl PublishPackageRequest {
    /// A `PublishPackageRequest` with its required fields (`version`); set the others with the methods named after them.
    pub fn new(version: impl Into<String>) -> Self {
        Self {
            agent_id: None,
            app_id: None,
            version: version.into(),
        }
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: i64) -> Self {
        self.agent_id = Some(value);
        self
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: i64) -> Self {
        self.app_id = Some(value);
        self
    }
}
impl rt::serde::Serialize for PublishPackageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("appId", &self.app_id)?;
        object.field("version", &self.version)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PublishPackageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PublishPackageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "appId" => rt::read_field(map, &mut self.app_id),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PublishPackageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::create_package`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreatePackageError = rt::ServiceError;
/// An error reply of [`Api::get_access_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAccessTokenError = rt::ServiceError;
/// An error reply of [`Api::get_create_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCreateStatusError = rt::ServiceError;
/// An error reply of [`Api::publish_package`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PublishPackageError = rt::ServiceError;
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
        "CreatePackage" => {
            rt::conformance::reply(api.create_package(&inputs.request(true)?)).await
        }
        "GetAccessToken" => {
            rt::conformance::reply(api.get_access_token(&inputs.request(false)?)).await
        }
        "GetCreateStatus" => {
            rt::conformance::reply(api.get_create_status(&inputs.request(false)?)).await
        }
        "PublishPackage" => {
            rt::conformance::reply(api.publish_package(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
