// @generated from api-spec/yun_shu_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! yunShu（未在钉钉开放平台文档中找到）：生态日志数据互通。
//!
//! 1 operation, methods of [`Api`] (`client.yun_shu_1_0()`), behind the cargo feature `yun_shu_1_0`; its paths start with `/v1.0/yunShu/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `yun_shu_1_0`. Get it with `client.yun_shu_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 生态日志数据互通
    ///
    /// `POST /v1.0/yunShu/externalLogs/save`: DingTalk's `SaveOpenExternalLog` (module feature `yun_shu_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveOpenExternalLog")]
    #[doc(alias = "/v1.0/yunShu/externalLogs/save")]
    #[doc(alias = "POST /v1.0/yunShu/externalLogs/save")]
    pub fn save_open_external_log(
        &self,
        request: &SaveOpenExternalLogRequest,
    ) -> rt::Call<SaveOpenExternalLogResponseBody, SaveOpenExternalLogError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveOpenExternalLog",
            rt::Method::Post,
            "/v1.0/yunShu/externalLogs/save",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `SaveOpenExternalLogResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SaveOpenExternalLogResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SaveOpenExternalLogResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SaveOpenExternalLogResponseBody { "success" => optional(success) }
}
/// The request of [`Api::save_open_external_log`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveOpenExternalLogRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `logSource`.
    pub log_source: String,
    /// `logType`.
    pub log_type: String,
    /// `openExt`.
    pub open_ext: String,
}
/// The required fields of [`SaveOpenExternalLogRequest`], each named where it is set: `SaveOpenExternalLogRequest::new(SaveOpenExternalLogRequired { .. })`.
pub struct SaveOpenExternalLogRequired {
    /// `corpId`: see [`SaveOpenExternalLogRequest::corp_id`].
    pub corp_id: String,
    /// `logSource`: see [`SaveOpenExternalLogRequest::log_source`].
    pub log_source: String,
    /// `logType`: see [`SaveOpenExternalLogRequest::log_type`].
    pub log_type: String,
    /// `openExt`: see [`SaveOpenExternalLogRequest::open_ext`].
    pub open_ext: String,
}
impl SaveOpenExternalLogRequest {
    /// A `SaveOpenExternalLogRequest` with its required fields (`corpId`, `logSource`, `logType`, `openExt`); set the others with the methods named after them.
    pub fn new(required: SaveOpenExternalLogRequired) -> Self {
        let SaveOpenExternalLogRequired { corp_id, log_source, log_type, open_ext } = required;
        Self {
            corp_id,
            log_source,
            log_type,
            open_ext,
        }
    }
}
rt::impl_serialize! {
    SaveOpenExternalLogRequest { "corpId" => field(corp_id), "logSource" =>
    field(log_source), "logType" => field(log_type), "openExt" => field(open_ext) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveOpenExternalLogRequest { "corpId" => read_field(corp_id), "logSource" =>
    read_field(log_source), "logType" => read_field(log_type), "openExt" =>
    read_field(open_ext) }
}
impl rt::WriteRequest for SaveOpenExternalLogRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::save_open_external_log`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveOpenExternalLogError = rt::ServiceError;
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
        "SaveOpenExternalLog" => {
            rt::conformance::reply(api.save_open_external_log(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
