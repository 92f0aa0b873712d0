// @generated from api-spec/rcs_call_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 免费电话 (RCS Call)：主叫方发起免费电话。
//!
//! 1 operation, methods of [`Api`] (`client.rcs_call_1_0()`), behind the cargo feature `rcs_call_1_0`; its paths start with `/v1.0/rcsCall/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `rcs_call_1_0`. Get it with `client.rcs_call_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 主叫方发起免费电话给授权企业人员，关联订单id
    ///
    /// `POST /v1.0/rcsCall/users/call`: DingTalk's `RunCallUser` (module feature `rcs_call_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RunCallUser")]
    #[doc(alias = "/v1.0/rcsCall/users/call")]
    #[doc(alias = "POST /v1.0/rcsCall/users/call")]
    pub fn run_call_user(
        &self,
        request: &RunCallUserRequest,
    ) -> rt::Call<RunCallUserResponseBody, RunCallUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RunCallUser",
            rt::Method::Post,
            "/v1.0/rcsCall/users/call",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `RunCallUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RunCallUserResponseBody {
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    RunCallUserResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RunCallUserResponseBody { "success" => optional(success) }
}
/// The request of [`Api::run_call_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RunCallUserRequest {
    /// `authorizeCorpId`: a query parameter.
    pub authorize_corp_id: String,
    /// `authorizeUserId`: a query parameter.
    pub authorize_user_id: String,
    /// `orderId`: a query parameter.
    pub order_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`RunCallUserRequest`], each named where it is set: `RunCallUserRequest::new(RunCallUserRequired { .. })`.
pub struct RunCallUserRequired {
    /// `authorizeCorpId`: see [`RunCallUserRequest::authorize_corp_id`].
    pub authorize_corp_id: String,
    /// `authorizeUserId`: see [`RunCallUserRequest::authorize_user_id`].
    pub authorize_user_id: String,
    /// `orderId`: see [`RunCallUserRequest::order_id`].
    pub order_id: String,
    /// `userId`: see [`RunCallUserRequest::user_id`].
    pub user_id: String,
}
impl RunCallUserRequest {
    /// A `RunCallUserRequest` with its required fields (`authorizeCorpId`, `authorizeUserId`, `orderId`, `userId`); set the others with the methods named after them.
    pub fn new(required: RunCallUserRequired) -> Self {
        let RunCallUserRequired {
            authorize_corp_id,
            authorize_user_id,
            order_id,
            user_id,
        } = required;
        Self {
            authorize_corp_id,
            authorize_user_id,
            order_id,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RunCallUserRequest { "authorizeCorpId" => read_field(authorize_corp_id),
    "authorizeUserId" => read_field(authorize_user_id), "orderId" =>
    read_field(order_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for RunCallUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("authorizeCorpId", &self.authorize_corp_id);
        writer.query("authorizeUserId", &self.authorize_user_id);
        writer.query("orderId", &self.order_id);
        writer.query("userId", &self.user_id);
    }
}
/// An error reply of [`Api::run_call_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RunCallUserError = rt::ServiceError;
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
        "RunCallUser" => {
            rt::conformance::reply(api.run_call_user(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
