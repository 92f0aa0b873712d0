// @generated from api-spec/occupationauth_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 数字化管理师 (Occupation Auth)：认证的用户任务状态。
//!
//! 2 operations, methods of [`Api`] (`client.occupationauth_1_0()`), behind the cargo feature `occupationauth_1_0`; its paths start with `/v1.0/occupationauth/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `occupationauth_1_0`. Get it with `client.occupationauth_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 检查用户任务状态
    ///
    /// `POST /v1.0/occupationauth/auths/userTasks`: DingTalk's `CheckUserTaskStatus` (module feature `occupationauth_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckUserTaskStatus")]
    #[doc(alias = "/v1.0/occupationauth/auths/userTasks")]
    #[doc(alias = "POST /v1.0/occupationauth/auths/userTasks")]
    pub fn check_user_task_status(
        &self,
        request: &CheckUserTaskStatusRequest,
    ) -> rt::Call<CheckUserTaskStatusResponseBody, CheckUserTaskStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckUserTaskStatus",
            rt::Method::Post,
            "/v1.0/occupationauth/auths/userTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 检查用户任务状态
    ///
    /// `POST /v1.0/occupationauth/userTasks/check`: DingTalk's `CheckUserTasksStatus` (module feature `occupationauth_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckUserTasksStatus")]
    #[doc(alias = "/v1.0/occupationauth/userTasks/check")]
    #[doc(alias = "POST /v1.0/occupationauth/userTasks/check")]
    pub fn check_user_tasks_status(
        &self,
        request: &CheckUserTasksStatusRequest,
    ) -> rt::Call<CheckUserTasksStatusResponseBody, CheckUserTasksStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckUserTasksStatus",
            rt::Method::Post,
            "/v1.0/occupationauth/userTasks/check",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `CheckUserTaskStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckUserTaskStatusResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    CheckUserTaskStatusResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CheckUserTaskStatusResponseBody { "result" => optional(result) }
}
/// `CheckUserTasksStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckUserTasksStatusResponseBody {
    /// `status`.
    pub status: Option<bool>,
}
rt::impl_deserialize! {
    CheckUserTasksStatusResponseBody { "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CheckUserTasksStatusResponseBody { "status" => optional(status) }
}
/// The request of [`Api::check_user_task_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CheckUserTaskStatusRequest {
    /// `provinceCode`.
    pub province_code: String,
}
/// The required fields of [`CheckUserTaskStatusRequest`], each named where it is set: `CheckUserTaskStatusRequest::new(CheckUserTaskStatusRequired { .. })`.
pub struct CheckUserTaskStatusRequired {
    /// `provinceCode`: see [`CheckUserTaskStatusRequest::province_code`].
    pub province_code: String,
}
impl CheckUserTaskStatusRequest {
    /// A `CheckUserTaskStatusRequest` with its required fields (`provinceCode`); set the others with the methods named after them.
    pub fn new(required: CheckUserTaskStatusRequired) -> Self {
        let CheckUserTaskStatusRequired { province_code } = required;
        Self { province_code }
    }
}
rt::impl_serialize! {
    CheckUserTaskStatusRequest { "provinceCode" => field(province_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckUserTaskStatusRequest { "provinceCode" => read_field(province_code) }
}
impl rt::WriteRequest for CheckUserTaskStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::check_user_tasks_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CheckUserTasksStatusRequest {
    /// `provinceCode`: a query parameter.
    pub province_code: String,
}
/// The required fields of [`CheckUserTasksStatusRequest`], each named where it is set: `CheckUserTasksStatusRequest::new(CheckUserTasksStatusRequired { .. })`.
pub struct CheckUserTasksStatusRequired {
    /// `provinceCode`: see [`CheckUserTasksStatusRequest::province_code`].
    pub province_code: String,
}
impl CheckUserTasksStatusRequest {
    /// A `CheckUserTasksStatusRequest` with its required fields (`provinceCode`); set the others with the methods named after them.
    pub fn new(required: CheckUserTasksStatusRequired) -> Self {
        let CheckUserTasksStatusRequired { province_code } = required;
        Self { province_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckUserTasksStatusRequest { "provinceCode" => read_field(province_code) }
}
impl rt::WriteRequest for CheckUserTasksStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("provinceCode", &self.province_code);
    }
}
/// An error reply of [`Api::check_user_task_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckUserTaskStatusError = rt::ServiceError;
/// An error reply of [`Api::check_user_tasks_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckUserTasksStatusError = rt::ServiceError;
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
        "CheckUserTaskStatus" => {
            rt::conformance::reply(api.check_user_task_status(&inputs.request(true)?))
                .await
        }
        "CheckUserTasksStatus" => {
            rt::conformance::reply(api.check_user_tasks_status(&inputs.request(false)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
