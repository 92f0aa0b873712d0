// @generated from api-spec/workrecord_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 待办记录 (Work Records)：个人待办数。
//!
//! 1 operation, methods of [`Api`] (`client.workrecord_1_0()`), behind the cargo feature `workrecord_1_0`; its paths start with `/v1.0/workrecord/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `workrecord_1_0`. Get it with `client.workrecord_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 查询个人单企业待办数
    ///
    /// `GET /v1.0/workrecord/counts`: DingTalk's `CountWorkRecord` (module feature `workrecord_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CountWorkRecord")]
    #[doc(alias = "/v1.0/workrecord/counts")]
    #[doc(alias = "GET /v1.0/workrecord/counts")]
    pub fn count_work_record(
        &self,
        request: &CountWorkRecordRequest,
    ) -> rt::Call<CountWorkRecordResponseBody, CountWorkRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CountWorkRecord",
            rt::Method::Get,
            "/v1.0/workrecord/counts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `CountWorkRecordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CountWorkRecordResponseBody {
    /// `undoCount`.
    pub undo_count: Option<i64>,
}
rt::impl_deserialize! {
    CountWorkRecordResponseBody { "undoCount" => read_field(undo_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CountWorkRecordResponseBody { "undoCount" => optional(undo_count) }
}
/// The request of [`Api::count_work_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CountWorkRecordRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`CountWorkRecordRequest`], each named where it is set: `CountWorkRecordRequest::new(CountWorkRecordRequired { .. })`.
pub struct CountWorkRecordRequired {
    /// `userId`: see [`CountWorkRecordRequest::user_id`].
    pub user_id: String,
}
impl CountWorkRecordRequest {
    /// A `CountWorkRecordRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: CountWorkRecordRequired) -> Self {
        let CountWorkRecordRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CountWorkRecordRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CountWorkRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// An error reply of [`Api::count_work_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CountWorkRecordError = rt::ServiceError;
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
        "CountWorkRecord" => {
            rt::conformance::reply(api.count_work_record(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
