// @generated from api-spec/customer_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 大客户 (Key Accounts)：大客户接口与直签立项审批。
//!
//! 2 operations, methods of [`Api`] (`client.customer_1_0()`), behind the cargo feature `customer_1_0`; its paths start with `/v1.0/customer/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `customer_1_0`. Get it with `client.customer_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 大客户ltcPRC接口调用
    ///
    /// `POST /v1.0/customer/rpcCall`: DingTalk's `CustomeRpcCall` (module feature `customer_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomeRpcCall")]
    #[doc(alias = "/v1.0/customer/rpcCall")]
    #[doc(alias = "POST /v1.0/customer/rpcCall")]
    pub fn custome_rpc_call(
        &self,
        request: &CustomeRpcCallRequest,
    ) -> rt::Call<CustomeRpcCallResponseBody, CustomeRpcCallError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomeRpcCall",
            rt::Method::Post,
            "/v1.0/customer/rpcCall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 直签立项审批
    ///
    /// `POST /v1.0/customer/project/setup`: DingTalk's `ProjectSetup` (module feature `customer_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ProjectSetup")]
    #[doc(alias = "/v1.0/customer/project/setup")]
    #[doc(alias = "POST /v1.0/customer/project/setup")]
    pub fn project_setup(
        &self,
    ) -> rt::Call<ProjectSetupResponseBody, ProjectSetupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ProjectSetup",
            rt::Method::Post,
            "/v1.0/customer/project/setup",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
}
/// `CustomeRpcCallResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomeRpcCallResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    CustomeRpcCallResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CustomeRpcCallResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `ProjectSetupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ProjectSetupResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ProjectSetupResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ProjectSetupResponseBody { "success" => optional(success) }
}
/// The request of [`Api::custome_rpc_call`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CustomeRpcCallRequest {
    /// `methodName`: a query parameter.
    pub method_name: Option<String>,
    /// `params`: a query parameter, JSON-encoded.
    pub params: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl CustomeRpcCallRequest {
    /// An empty `CustomeRpcCallRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `methodName`.
    pub fn method_name(mut self, value: impl Into<String>) -> Self {
        self.method_name = Some(value.into());
        self
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.params = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomeRpcCallRequest { "methodName" => read_field(method_name), "params" =>
    read_field(params) }
}
impl rt::WriteRequest for CustomeRpcCallRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("methodName", &self.method_name);
        writer.query_json("params", &self.params);
    }
}
/// An error reply of [`Api::custome_rpc_call`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomeRpcCallError = rt::ServiceError;
/// An error reply of [`Api::project_setup`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ProjectSetupError = rt::ServiceError;
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
        "CustomeRpcCall" => {
            rt::conformance::reply(api.custome_rpc_call(&inputs.request(false)?)).await
        }
        "ProjectSetup" => rt::conformance::reply(api.project_setup()).await,
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
