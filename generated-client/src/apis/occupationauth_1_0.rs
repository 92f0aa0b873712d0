// @generated from api-spec/occupationauth_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.occupationauth_1_0()`. Generated from `api-spec/occupationauth_1_0.yaml`.
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
    /// `POST /v1.0/occupationauth/auths/userTasks` (operation `CheckUserTaskStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CheckUserTaskStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/occupationauth/userTasks/check` (operation `CheckUserTasksStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CheckUserTasksStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckUserTaskStatusResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    CheckUserTaskStatusResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    CheckUserTaskStatusResponseBody { "result" => optional(result) }
}
/// `CheckUserTasksStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckUserTasksStatusResponseBody {
    /// `status`.
    pub status: Option<bool>,
}
rt::impl_deserialize! {
    CheckUserTasksStatusResponseBody { "status" => read_field(status) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    CheckUserTasksStatusResponseBody { "status" => optional(status) }
}
/// The request of [`Api::check_user_task_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CheckUserTaskStatusRequest {
    /// `provinceCode`.
    pub province_code: String,
}
impl CheckUserTaskStatusRequest {
    /// A `CheckUserTaskStatusRequest` with its required fields (`provinceCode`); set the others with the methods named after them.
    pub fn new(province_code: impl Into<String>) -> Self {
        Self {
            province_code: province_code.into(),
        }
    }
}
rt::impl_serialize! {
    CheckUserTaskStatusRequest { "provinceCode" => field(province_code) }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CheckUserTasksStatusRequest {
    /// `provinceCode`: a query parameter.
    pub province_code: String,
}
impl CheckUserTasksStatusRequest {
    /// A `CheckUserTasksStatusRequest` with its required fields (`provinceCode`); set the others with the methods named after them.
    pub fn new(province_code: impl Into<String>) -> Self {
        Self {
            province_code: province_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
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
