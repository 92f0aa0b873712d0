// @generated from api-spec/h5package_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! H5 离线包 (H5 Packages)：H5 离线包的上传与版本。
//!
//! 4 operations, methods of [`Api`] (`client.h5package_1_0()`), behind the cargo feature `h5package_1_0`; its paths start with `/v1.0/h5package/`.
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
    /// `POST /v1.0/h5package/asyncUpload`: DingTalk's `CreatePackage` (module feature `h5package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreatePackage")]
    #[doc(alias = "/v1.0/h5package/asyncUpload")]
    #[doc(alias = "POST /v1.0/h5package/asyncUpload")]
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
    /// `GET /v1.0/h5package/uploadTokens`: DingTalk's `GetAccessToken` (module feature `h5package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAccessToken")]
    #[doc(alias = "/v1.0/h5package/uploadTokens")]
    #[doc(alias = "GET /v1.0/h5package/uploadTokens")]
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
    /// `GET /v1.0/h5package/uploadStatus`: DingTalk's `GetCreateStatus` (module feature `h5package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCreateStatus")]
    #[doc(alias = "/v1.0/h5package/uploadStatus")]
    #[doc(alias = "GET /v1.0/h5package/uploadStatus")]
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
    /// `POST /v1.0/h5package/publish`: DingTalk's `PublishPackage` (module feature `h5package_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PublishPackage")]
    #[doc(alias = "/v1.0/h5package/publish")]
    #[doc(alias = "POST /v1.0/h5package/publish")]
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreatePackageResponseBody {
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    CreatePackageResponseBody { "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreatePackageResponseBody { "taskId" => optional(task_id) }
}
/// `GetAccessTokenResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetAccessTokenResponseBody { "accessKeyId" => read_field(access_key_id),
    "accessKeySecret" => read_field(access_key_secret), "bucket" => read_field(bucket),
    "endpoint" => read_field(endpoint), "expiration" => read_field(expiration), "name" =>
    read_field(name), "region" => read_field(region), "stsToken" => read_field(sts_token)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAccessTokenResponseBody { "accessKeyId" => optional(access_key_id),
    "accessKeySecret" => optional(access_key_secret), "bucket" => optional(bucket),
    "endpoint" => optional(endpoint), "expiration" => optional(expiration), "name" =>
    optional(name), "region" => optional(region), "stsToken" => optional(sts_token) }
}
/// `GetCreateStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetCreateStatusResponseBody { "buildTime" => read_field(build_time), "finished" =>
    read_field(finished), "packageSize" => read_field(package_size), "status" =>
    read_field(status), "taskId" => read_field(task_id), "version" => read_field(version)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCreateStatusResponseBody { "buildTime" => optional(build_time), "finished" =>
    optional(finished), "packageSize" => optional(package_size), "status" =>
    optional(status), "taskId" => optional(task_id), "version" => optional(version) }
}
/// `PublishPackageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PublishPackageResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PublishPackageResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PublishPackageResponseBody { "success" => optional(success) }
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
rt::impl_serialize! {
    CreatePackageRequest { "agentId" => optional(agent_id), "appId" => optional(app_id),
    "homeUrl" => optional(home_url), "ossObjectKey" => optional(oss_object_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatePackageRequest { "agentId" => read_field(agent_id), "appId" =>
    read_field(app_id), "homeUrl" => read_field(home_url), "ossObjectKey" =>
    read_field(oss_object_key) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAccessTokenRequest { "agentId" => read_field(agent_id), "appId" =>
    read_field(app_id) }
}
impl rt::WriteRequest for GetAccessTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentId", &self.agent_id);
        writer.query("appId", &self.app_id);
    }
}
/// The request of [`Api::get_create_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCreateStatusRequest {
    /// `taskId`: a query parameter.
    pub task_id: String,
}
/// The required fields of [`GetCreateStatusRequest`], each named where it is set: `GetCreateStatusRequest::new(GetCreateStatusRequired { .. })`.
pub struct GetCreateStatusRequired {
    /// `taskId`: see [`GetCreateStatusRequest::task_id`].
    pub task_id: String,
}
impl GetCreateStatusRequest {
    /// A `GetCreateStatusRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(required: GetCreateStatusRequired) -> Self {
        let GetCreateStatusRequired { task_id } = required;
        Self { task_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCreateStatusRequest { "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for GetCreateStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::publish_package`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PublishPackageRequest {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `appId`.
    pub app_id: Option<i64>,
    /// `version`.
    pub version: String,
}
/// The required fields of [`PublishPackageRequest`], each named where it is set: `PublishPackageRequest::new(PublishPackageRequired { .. })`.
pub struct PublishPackageRequired {
    /// `version`: see [`PublishPackageRequest::version`].
    pub version: String,
}
impl PublishPackageRequest {
    /// A `PublishPackageRequest` with its required fields (`version`); set the others with the methods named after them.
    pub fn new(required: PublishPackageRequired) -> Self {
        let PublishPackageRequired { version } = required;
        Self {
            agent_id: None,
            app_id: None,
            version,
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
rt::impl_serialize! {
    PublishPackageRequest { "agentId" => optional(agent_id), "appId" => optional(app_id),
    "version" => field(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PublishPackageRequest { "agentId" => read_field(agent_id), "appId" =>
    read_field(app_id), "version" => read_field(version) }
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
