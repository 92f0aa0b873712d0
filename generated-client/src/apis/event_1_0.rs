// @generated from api-spec/event_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 事件订阅 (Events)：推送失败的事件与应用安装。
//!
//! 4 operations, methods of [`Api`] (`client.event_1_0()`), behind the cargo feature `event_1_0`; its paths start with `/v1.0/event/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `event_1_0`. Get it with `client.event_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 调用本获取推送失败的变更事件。
    ///
    /// `GET /v1.0/event/callbacks/failedResults`: DingTalk's `GetCallBackFaileResult` (module feature `event_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCallBackFaileResult")]
    #[doc(alias = "/v1.0/event/callbacks/failedResults")]
    #[doc(alias = "GET /v1.0/event/callbacks/failedResults")]
    pub fn get_call_back_faile_result(
        &self,
        request: &GetCallBackFaileResultRequest,
    ) -> rt::Call<GetCallBackFaileResultResponseBody, GetCallBackFaileResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCallBackFaileResult",
            rt::Method::Get,
            "/v1.0/event/callbacks/failedResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 安装一方应用
    ///
    /// `POST /v1.0/event/elm/apps/install`: DingTalk's `InstallApp` (module feature `event_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InstallApp")]
    #[doc(alias = "/v1.0/event/elm/apps/install")]
    #[doc(alias = "POST /v1.0/event/elm/apps/install")]
    pub fn install_app(
        &self,
        request: &InstallAppRequest,
    ) -> rt::Call<InstallAppResponseBody, InstallAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InstallApp",
            rt::Method::Post,
            "/v1.0/event/elm/apps/install",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 安装酷应用
    ///
    /// `POST /v1.0/event/elm/coolApps/install`: DingTalk's `InstallCoolApp` (module feature `event_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InstallCoolApp")]
    #[doc(alias = "/v1.0/event/elm/coolApps/install")]
    #[doc(alias = "POST /v1.0/event/elm/coolApps/install")]
    pub fn install_cool_app(
        &self,
        request: &InstallCoolAppRequest,
    ) -> rt::Call<InstallCoolAppResponseBody, InstallCoolAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InstallCoolApp",
            rt::Method::Post,
            "/v1.0/event/elm/coolApps/install",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 重新获取suiteTicket
    ///
    /// `POST /v1.0/event/suiteTicket/rePush`: DingTalk's `RePushSuiteTicket` (module feature `event_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RePushSuiteTicket")]
    #[doc(alias = "/v1.0/event/suiteTicket/rePush")]
    #[doc(alias = "POST /v1.0/event/suiteTicket/rePush")]
    pub fn re_push_suite_ticket(
        &self,
        request: &RePushSuiteTicketRequest,
    ) -> rt::Call<RePushSuiteTicketResponseBody, RePushSuiteTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RePushSuiteTicket",
            rt::Method::Post,
            "/v1.0/event/suiteTicket/rePush",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `GetCallBackFaileResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCallBackFaileResultResponseBody {
    /// `failedList`.
    pub failed_list: Option<Vec<GetCallBackFaileResultResponseBodyFailedList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
}
rt::impl_deserialize! {
    GetCallBackFaileResultResponseBody { "failedList" => read_field(failed_list),
    "hasMore" => read_field(has_more) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCallBackFaileResultResponseBody { "failedList" => optional(failed_list), "hasMore"
    => optional(has_more) }
}
/// `InstallAppResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InstallAppResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    InstallAppResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InstallAppResponseBody { "result" => optional(result) }
}
/// `InstallCoolAppResponseBody`, a model several operations share: also named [`RePushSuiteTicketResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InstallCoolAppResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    InstallCoolAppResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InstallCoolAppResponseBody { "result" => optional(result) }
}
/// `RePushSuiteTicketResponseBody`: the same model as [`InstallCoolAppResponseBody`].
pub type RePushSuiteTicketResponseBody = InstallCoolAppResponseBody;
/// `GetCallBackFaileResultResponseBodyFailedList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCallBackFaileResultResponseBodyFailedList {
    /// `callBackData`.
    pub call_back_data: Option<String>,
    /// `callBackTag`.
    pub call_back_tag: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `eventTime`.
    pub event_time: Option<i64>,
}
rt::impl_deserialize! {
    GetCallBackFaileResultResponseBodyFailedList { "callBackData" =>
    read_field(call_back_data), "callBackTag" => read_field(call_back_tag), "corpId" =>
    read_field(corp_id), "eventTime" => read_field(event_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCallBackFaileResultResponseBodyFailedList { "callBackData" =>
    optional(call_back_data), "callBackTag" => optional(call_back_tag), "corpId" =>
    optional(corp_id), "eventTime" => optional(event_time) }
}
/// The request of [`Api::get_call_back_faile_result`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCallBackFaileResultRequest {
    /// `beginTime`: a query parameter.
    pub begin_time: Option<i64>,
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
}
impl GetCallBackFaileResultRequest {
    /// An empty `GetCallBackFaileResultRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `beginTime`.
    pub fn begin_time(mut self, value: i64) -> Self {
        self.begin_time = Some(value);
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCallBackFaileResultRequest { "beginTime" => read_field(begin_time), "endTime" =>
    read_field(end_time) }
}
impl rt::WriteRequest for GetCallBackFaileResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("beginTime", &self.begin_time);
        writer.query("endTime", &self.end_time);
    }
}
/// The request of [`Api::install_app`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InstallAppRequest {
    /// `appId`: a query parameter.
    pub app_id: Option<i64>,
    /// `corpId`: a query parameter.
    pub corp_id: Option<String>,
    /// `dingUserId`: a query parameter.
    pub ding_user_id: Option<String>,
    /// `suiteId`: a query parameter.
    pub suite_id: Option<i64>,
}
impl InstallAppRequest {
    /// An empty `InstallAppRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: i64) -> Self {
        self.app_id = Some(value);
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `dingUserId`.
    pub fn ding_user_id(mut self, value: impl Into<String>) -> Self {
        self.ding_user_id = Some(value.into());
        self
    }
    /// Sets `suiteId`.
    pub fn suite_id(mut self, value: i64) -> Self {
        self.suite_id = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InstallAppRequest { "appId" => read_field(app_id), "corpId" => read_field(corp_id),
    "dingUserId" => read_field(ding_user_id), "suiteId" => read_field(suite_id) }
}
impl rt::WriteRequest for InstallAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appId", &self.app_id);
        writer.query("corpId", &self.corp_id);
        writer.query("dingUserId", &self.ding_user_id);
        writer.query("suiteId", &self.suite_id);
    }
}
/// The request of [`Api::install_cool_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InstallCoolAppRequest {
    /// `appId`: a query parameter.
    pub app_id: i64,
    /// `coolAppCode`: a query parameter.
    pub cool_app_code: String,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `feature`: a query parameter, JSON-encoded.
    pub feature: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `installUid`: a query parameter.
    pub install_uid: String,
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
    /// `options`: a query parameter, JSON-encoded.
    pub options: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `suiteId`: a query parameter.
    pub suite_id: String,
}
/// The required fields of [`InstallCoolAppRequest`], each named where it is set: `InstallCoolAppRequest::new(InstallCoolAppRequired { .. })`.
pub struct InstallCoolAppRequired {
    /// `appId`: see [`InstallCoolAppRequest::app_id`].
    pub app_id: i64,
    /// `coolAppCode`: see [`InstallCoolAppRequest::cool_app_code`].
    pub cool_app_code: String,
    /// `corpId`: see [`InstallCoolAppRequest::corp_id`].
    pub corp_id: String,
    /// `installUid`: see [`InstallCoolAppRequest::install_uid`].
    pub install_uid: String,
    /// `openConversationId`: see [`InstallCoolAppRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `suiteId`: see [`InstallCoolAppRequest::suite_id`].
    pub suite_id: String,
}
impl InstallCoolAppRequest {
    /// A `InstallCoolAppRequest` with its required fields (`appId`, `coolAppCode`, `corpId`, `installUid`, `openConversationId`, `suiteId`); set the others with the methods named after them.
    pub fn new(required: InstallCoolAppRequired) -> Self {
        let InstallCoolAppRequired {
            app_id,
            cool_app_code,
            corp_id,
            install_uid,
            open_conversation_id,
            suite_id,
        } = required;
        Self {
            app_id,
            cool_app_code,
            corp_id,
            feature: None,
            install_uid,
            open_conversation_id,
            options: None,
            suite_id,
        }
    }
    /// Sets `feature`.
    pub fn feature(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.feature = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `options`.
    pub fn options(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.options = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InstallCoolAppRequest { "appId" => read_field(app_id), "coolAppCode" =>
    read_field(cool_app_code), "corpId" => read_field(corp_id), "feature" =>
    read_field(feature), "installUid" => read_field(install_uid), "openConversationId" =>
    read_field(open_conversation_id), "options" => read_field(options), "suiteId" =>
    read_field(suite_id) }
}
impl rt::WriteRequest for InstallCoolAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appId", &self.app_id);
        writer.query("coolAppCode", &self.cool_app_code);
        writer.query("corpId", &self.corp_id);
        writer.query_json("feature", &self.feature);
        writer.query("installUid", &self.install_uid);
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query_json("options", &self.options);
        writer.query("suiteId", &self.suite_id);
    }
}
/// The request of [`Api::re_push_suite_ticket`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RePushSuiteTicketRequest {
    /// `suiteId`: a query parameter.
    pub suite_id: Option<i64>,
    /// `suiteSecret`: a query parameter.
    pub suite_secret: Option<String>,
}
impl RePushSuiteTicketRequest {
    /// An empty `RePushSuiteTicketRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `suiteId`.
    pub fn suite_id(mut self, value: i64) -> Self {
        self.suite_id = Some(value);
        self
    }
    /// Sets `suiteSecret`.
    pub fn suite_secret(mut self, value: impl Into<String>) -> Self {
        self.suite_secret = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RePushSuiteTicketRequest { "suiteId" => read_field(suite_id), "suiteSecret" =>
    read_field(suite_secret) }
}
impl rt::WriteRequest for RePushSuiteTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("suiteId", &self.suite_id);
        writer.query("suiteSecret", &self.suite_secret);
    }
}
/// An error reply of [`Api::get_call_back_faile_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCallBackFaileResultError = rt::ServiceError;
/// An error reply of [`Api::install_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InstallAppError = rt::ServiceError;
/// An error reply of [`Api::install_cool_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InstallCoolAppError = rt::ServiceError;
/// An error reply of [`Api::re_push_suite_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RePushSuiteTicketError = rt::ServiceError;
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
        "GetCallBackFaileResult" => {
            rt::conformance::reply(
                    api.get_call_back_faile_result(&inputs.request(false)?),
                )
                .await
        }
        "InstallApp" => {
            rt::conformance::reply(api.install_app(&inputs.request(false)?)).await
        }
        "InstallCoolApp" => {
            rt::conformance::reply(api.install_cool_app(&inputs.request(false)?)).await
        }
        "RePushSuiteTicket" => {
            rt::conformance::reply(api.re_push_suite_ticket(&inputs.request(false)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
