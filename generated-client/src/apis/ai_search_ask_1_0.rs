// @generated from api-spec/ai_search_ask_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.ai_search_ask_1_0()`. Generated from `api-spec/ai_search_ask_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `ai_search_ask_1_0`. Get it with `client.ai_search_ask_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 查询指定用户的全部已登录设备及其状态
    ///
    /// `POST /v1.0/aiSearchAsk/fetchLoginStatusDevices` (operation `FetchLoginStatusDevices`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FetchLoginStatusDevicesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn fetch_login_status_devices(
        &self,
        request: &FetchLoginStatusDevicesRequest,
    ) -> rt::Call<FetchLoginStatusDevicesResponseBody, FetchLoginStatusDevicesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FetchLoginStatusDevices",
            rt::Method::Post,
            "/v1.0/aiSearchAsk/fetchLoginStatusDevices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获得ai任务结果
    ///
    /// `POST /v1.0/aiSearchAsk/getAiTaskResult` (operation `GetAiTaskResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAiTaskResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_ai_task_result(
        &self,
        request: &GetAiTaskResultRequest,
    ) -> rt::Call<GetAiTaskResultResponseBody, GetAiTaskResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAiTaskResult",
            rt::Method::Post,
            "/v1.0/aiSearchAsk/getAiTaskResult",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多数据源召回接口
    ///
    /// `POST /v1.0/aiSearchAsk/retrieve` (operation `Retrieve`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RetrieveError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn retrieve(
        &self,
        request: &RetrieveRequest,
    ) -> rt::Call<RetrieveResponseBody, RetrieveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Retrieve",
            rt::Method::Post,
            "/v1.0/aiSearchAsk/retrieve",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提交ai任务
    ///
    /// `POST /v1.0/aiSearchAsk/submitAiTask` (operation `SubmitAiTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SubmitAiTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn submit_ai_task(
        &self,
        request: &SubmitAiTaskRequest,
    ) -> rt::Call<SubmitAiTaskResponseBody, SubmitAiTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubmitAiTask",
            rt::Method::Post,
            "/v1.0/aiSearchAsk/submitAiTask",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `FetchLoginStatusDevicesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FetchLoginStatusDevicesResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<Vec<FetchLoginStatusDevicesResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for FetchLoginStatusDevicesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FetchLoginStatusDevicesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for FetchLoginStatusDevicesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetAiTaskResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAiTaskResultResponseBody {
    /// `content`.
    pub content: Option<String>,
    /// `contentType`.
    pub content_type: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAiTaskResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAiTaskResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "contentType" => rt::read_field(map, &mut self.content_type),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAiTaskResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("contentType", &self.content_type)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `RetrieveRequestDragRequestContext`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrieveRequestDragRequestContext {
    /// `evaluationContext`.
    pub evaluation_context: Option<RetrieveRequestDragRequestContextEvaluationContext>,
}
impl RetrieveRequestDragRequestContext {
    /// An empty `RetrieveRequestDragRequestContext`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `evaluationContext`.
    pub fn evaluation_context(
        mut self,
        value: RetrieveRequestDragRequestContextEvaluationContext,
    ) -> Self {
        self.evaluation_context = Some(value);
        self
    }
}
impl rt::serde::Serialize for RetrieveRequestDragRequestContext {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("evaluationContext", &self.evaluation_context)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RetrieveRequestDragRequestContext {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RetrieveRequestDragRequestContext {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "evaluationContext" => rt::read_field(map, &mut self.evaluation_context),
            _ => Ok(false),
        }
    }
}
/// `RetrievalExtendParamsValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrievalExtendParamsValue {
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `keywords`.
    pub keywords: Option<Vec<String>>,
    /// `sourceUserParams`.
    pub source_user_params: Option<Vec<RetrievalExtendParamsValueSourceUserParams>>,
    /// `targetUserParams`.
    pub target_user_params: Option<Vec<RetrievalExtendParamsValueTargetUserParams>>,
}
impl RetrievalExtendParamsValue {
    /// An empty `RetrievalExtendParamsValue`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `keywords`.
    pub fn keywords(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.keywords = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `sourceUserParams`.
    pub fn source_user_params(
        mut self,
        value: impl IntoIterator<Item = RetrievalExtendParamsValueSourceUserParams>,
    ) -> Self {
        self.source_user_params = Some(value.into_iter().collect());
        self
    }
    /// Sets `targetUserParams`.
    pub fn target_user_params(
        mut self,
        value: impl IntoIterator<Item = RetrievalExtendParamsValueTargetUserParams>,
    ) -> Self {
        self.target_user_params = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for RetrievalExtendParamsValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("keywords", &self.keywords)?;
        object.optional("sourceUserParams", &self.source_user_params)?;
        object.optional("targetUserParams", &self.target_user_params)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RetrievalExtendParamsValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RetrievalExtendParamsValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "startTime" => rt::read_field(map, &mut self.start_time),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "keywords" => rt::read_field(map, &mut self.keywords),
            "sourceUserParams" => rt::read_field(map, &mut self.source_user_params),
            "targetUserParams" => rt::read_field(map, &mut self.target_user_params),
            _ => Ok(false),
        }
    }
}
/// `RetrieveResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrieveResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<Vec<RetrieveResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for RetrieveResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RetrieveResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `SubmitAiTaskRequestMessages`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitAiTaskRequestMessages {
    /// `content`.
    pub content: Option<String>,
}
impl SubmitAiTaskRequestMessages {
    /// An empty `SubmitAiTaskRequestMessages`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SubmitAiTaskRequestMessages {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitAiTaskRequestMessages {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitAiTaskRequestMessages {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            _ => Ok(false),
        }
    }
}
/// `SubmitAiTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitAiTaskResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<SubmitAiTaskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SubmitAiTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SubmitAiTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SubmitAiTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `FetchLoginStatusDevicesResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FetchLoginStatusDevicesResponseBodyResult {
    /// `deviceList`.
    pub device_list: Option<Vec<FetchLoginStatusDevicesResponseBodyResultDeviceList>>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for FetchLoginStatusDevicesResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FetchLoginStatusDevicesResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceList" => rt::read_field(map, &mut self.device_list),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for FetchLoginStatusDevicesResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceList", &self.device_list)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `RetrieveRequestDragRequestContextEvaluationContext`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrieveRequestDragRequestContextEvaluationContext {
    /// `sourceDentryId`.
    pub source_dentry_id: Option<String>,
}
impl RetrieveRequestDragRequestContextEvaluationContext {
    /// An empty `RetrieveRequestDragRequestContextEvaluationContext`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `sourceDentryId`.
    pub fn source_dentry_id(mut self, value: impl Into<String>) -> Self {
        self.source_dentry_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for RetrieveRequestDragRequestContextEvaluationContext {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sourceDentryId", &self.source_dentry_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for RetrieveRequestDragRequestContextEvaluationContext {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RetrieveRequestDragRequestContextEvaluationContext {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sourceDentryId" => rt::read_field(map, &mut self.source_dentry_id),
            _ => Ok(false),
        }
    }
}
/// `RetrievalExtendParamsValueSourceUserParams`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrievalExtendParamsValueSourceUserParams {
    /// `nick`.
    pub nick: Option<String>,
    /// `staffId`.
    pub staff_id: Option<String>,
}
impl RetrievalExtendParamsValueSourceUserParams {
    /// An empty `RetrievalExtendParamsValueSourceUserParams`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `nick`.
    pub fn nick(mut self, value: impl Into<String>) -> Self {
        self.nick = Some(value.into());
        self
    }
    /// Sets `staffId`.
    pub fn staff_id(mut self, value: impl Into<String>) -> Self {
        self.staff_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for RetrievalExtendParamsValueSourceUserParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nick", &self.nick)?;
        object.optional("staffId", &self.staff_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RetrievalExtendParamsValueSourceUserParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RetrievalExtendParamsValueSourceUserParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nick" => rt::read_field(map, &mut self.nick),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            _ => Ok(false),
        }
    }
}
/// `RetrievalExtendParamsValueTargetUserParams`: the same model as [`RetrievalExtendParamsValueSourceUserParams`].
pub type RetrievalExtendParamsValueTargetUserParams = RetrievalExtendParamsValueSourceUserParams;
/// `RetrieveResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrieveResponseBodyResult {
    /// `calendars`.
    pub calendars: Option<Vec<RetrieveResponseBodyResultCalendars>>,
    /// `dingHelperDocs`.
    pub ding_helper_docs: Option<Vec<RetrieveResponseBodyResultDingHelperDocs>>,
    /// `docs`.
    pub docs: Option<Vec<RetrieveResponseBodyResultDocs>>,
    /// `faqs`.
    pub faqs: Option<Vec<RetrieveResponseBodyResultFaqs>>,
    /// `finalResults`.
    pub final_results: Option<Vec<RetrieveResponseBodyResultFinalResults>>,
    /// `minutes`.
    pub minutes: Option<Vec<RetrieveResponseBodyResultMinutes>>,
    /// `reports`.
    pub reports: Option<Vec<RetrieveResponseBodyResultReports>>,
    /// `wikis`.
    pub wikis: Option<Vec<RetrieveResponseBodyResultWikis>>,
}
impl<'de> rt::serde::Deserialize<'de> for RetrieveResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "calendars" => rt::read_field(map, &mut self.calendars),
            "dingHelperDocs" => rt::read_field(map, &mut self.ding_helper_docs),
            "docs" => rt::read_field(map, &mut self.docs),
            "faqs" => rt::read_field(map, &mut self.faqs),
            "finalResults" => rt::read_field(map, &mut self.final_results),
            "minutes" => rt::read_field(map, &mut self.minutes),
            "reports" => rt::read_field(map, &mut self.reports),
            "wikis" => rt::read_field(map, &mut self.wikis),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RetrieveResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("calendars", &self.calendars)?;
        object.optional("dingHelperDocs", &self.ding_helper_docs)?;
        object.optional("docs", &self.docs)?;
        object.optional("faqs", &self.faqs)?;
        object.optional("finalResults", &self.final_results)?;
        object.optional("minutes", &self.minutes)?;
        object.optional("reports", &self.reports)?;
        object.optional("wikis", &self.wikis)?;
        object.end()
    }
}
/// `SubmitAiTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitAiTaskResponseBodyResult {
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SubmitAiTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SubmitAiTaskResponseBodyResult {
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
impl rt::serde::Serialize for SubmitAiTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `FetchLoginStatusDevicesResponseBodyResultDeviceList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FetchLoginStatusDevicesResponseBodyResultDeviceList {
    /// `actionTimestamp`.
    pub action_timestamp: Option<i64>,
    /// `clientType`.
    pub client_type: Option<String>,
    /// `isLoggedIn`.
    pub is_logged_in: Option<bool>,
    /// `openDeviceId`.
    pub open_device_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for FetchLoginStatusDevicesResponseBodyResultDeviceList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for FetchLoginStatusDevicesResponseBodyResultDeviceList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionTimestamp" => rt::read_field(map, &mut self.action_timestamp),
            "clientType" => rt::read_field(map, &mut self.client_type),
            "isLoggedIn" => rt::read_field(map, &mut self.is_logged_in),
            "openDeviceId" => rt::read_field(map, &mut self.open_device_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for FetchLoginStatusDevicesResponseBodyResultDeviceList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionTimestamp", &self.action_timestamp)?;
        object.optional("clientType", &self.client_type)?;
        object.optional("isLoggedIn", &self.is_logged_in)?;
        object.optional("openDeviceId", &self.open_device_id)?;
        object.end()
    }
}
/// `RetrieveResponseBodyResultCalendars`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrieveResponseBodyResultCalendars {
    /// `creatorStaffId`.
    pub creator_staff_id: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `icon`.
    pub icon: Option<String>,
    /// `matchIntimacy`.
    pub match_intimacy: Option<bool>,
    /// `material`.
    pub material: Option<String>,
    /// `meetingRoom`.
    pub meeting_room: Option<String>,
    /// `participantStaffIds`.
    pub participant_staff_ids: Option<Vec<String>>,
    /// `rawComment`.
    pub raw_comment: Option<String>,
    /// `refType`.
    pub ref_type: Option<String>,
    /// `score`.
    pub score: Option<f64>,
    /// `scoreItem`.
    pub score_item: Option<RetrieveResponseBodyResultCalendarsScoreItem>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RetrieveResponseBodyResultCalendars {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveResponseBodyResultCalendars {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorStaffId" => rt::read_field(map, &mut self.creator_staff_id),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "icon" => rt::read_field(map, &mut self.icon),
            "matchIntimacy" => rt::read_field(map, &mut self.match_intimacy),
            "material" => rt::read_field(map, &mut self.material),
            "meetingRoom" => rt::read_field(map, &mut self.meeting_room),
            "participantStaffIds" => rt::read_field(map, &mut self.participant_staff_ids),
            "rawComment" => rt::read_field(map, &mut self.raw_comment),
            "refType" => rt::read_field(map, &mut self.ref_type),
            "score" => rt::read_field(map, &mut self.score),
            "scoreItem" => rt::read_field(map, &mut self.score_item),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RetrieveResponseBodyResultCalendars {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorStaffId", &self.creator_staff_id)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("icon", &self.icon)?;
        object.optional("matchIntimacy", &self.match_intimacy)?;
        object.optional("material", &self.material)?;
        object.optional("meetingRoom", &self.meeting_room)?;
        object.optional("participantStaffIds", &self.participant_staff_ids)?;
        object.optional("rawComment", &self.raw_comment)?;
        object.optional("refType", &self.ref_type)?;
        object.optional("score", &self.score)?;
        object.optional("scoreItem", &self.score_item)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `RetrieveResponseBodyResultDingHelperDocs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrieveResponseBodyResultDingHelperDocs {
    /// `ableDashboardModel`.
    pub able_dashboard_model: Option<
        RetrieveResponseBodyResultDingHelperDocsAbleDashboardModel,
    >,
    /// `chunkId`.
    pub chunk_id: Option<i64>,
    /// `chunkIds`.
    pub chunk_ids: Option<Vec<i64>>,
    /// `chunkModel`.
    pub chunk_model: Option<String>,
    /// `creator`.
    pub creator: Option<String>,
    /// `dentryUuid`.
    pub dentry_uuid: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `hasExtendChunk`.
    pub has_extend_chunk: Option<bool>,
    /// `icon`.
    pub icon: Option<String>,
    /// `matchIntimacy`.
    pub match_intimacy: Option<bool>,
    /// `material`.
    pub material: Option<String>,
    /// `refType`.
    pub ref_type: Option<String>,
    /// `score`.
    pub score: Option<f64>,
    /// `scoreItem`.
    pub score_item: Option<RetrieveResponseBodyResultDingHelperDocsScoreItem>,
    /// `small2bigText`.
    pub small2big_text: Option<String>,
    /// `text`.
    pub text: Option<String>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `uploadSource`.
    pub upload_source: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RetrieveResponseBodyResultDingHelperDocs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveResponseBodyResultDingHelperDocs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ableDashboardModel" => rt::read_field(map, &mut self.able_dashboard_model),
            "chunkId" => rt::read_field(map, &mut self.chunk_id),
            "chunkIds" => rt::read_field(map, &mut self.chunk_ids),
            "chunkModel" => rt::read_field(map, &mut self.chunk_model),
            "creator" => rt::read_field(map, &mut self.creator),
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "extension" => rt::read_field(map, &mut self.extension),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "hasExtendChunk" => rt::read_field(map, &mut self.has_extend_chunk),
            "icon" => rt::read_field(map, &mut self.icon),
            "matchIntimacy" => rt::read_field(map, &mut self.match_intimacy),
            "material" => rt::read_field(map, &mut self.material),
            "refType" => rt::read_field(map, &mut self.ref_type),
            "score" => rt::read_field(map, &mut self.score),
            "scoreItem" => rt::read_field(map, &mut self.score_item),
            "small2bigText" => rt::read_field(map, &mut self.small2big_text),
            "text" => rt::read_field(map, &mut self.text),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "uploadSource" => rt::read_field(map, &mut self.upload_source),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RetrieveResponseBodyResultDingHelperDocs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ableDashboardModel", &self.able_dashboard_model)?;
        object.optional("chunkId", &self.chunk_id)?;
        object.optional("chunkIds", &self.chunk_ids)?;
        object.optional("chunkModel", &self.chunk_model)?;
        object.optional("creator", &self.creator)?;
        object.optional("dentryUuid", &self.dentry_uuid)?;
        object.optional("extension", &self.extension)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("hasExtendChunk", &self.has_extend_chunk)?;
        object.optional("icon", &self.icon)?;
        object.optional("matchIntimacy", &self.match_intimacy)?;
        object.optional("material", &self.material)?;
        object.optional("refType", &self.ref_type)?;
        object.optional("score", &self.score)?;
        object.optional("scoreItem", &self.score_item)?;
        object.optional("small2bigText", &self.small2big_text)?;
        object.optional("text", &self.text)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.optional("uploadSource", &self.upload_source)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `RetrieveResponseBodyResultDocs`: the same model as [`RetrieveResponseBodyResultDingHelperDocs`].
pub type RetrieveResponseBodyResultDocs = RetrieveResponseBodyResultDingHelperDocs;
/// `RetrieveResponseBodyResultFaqs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrieveResponseBodyResultFaqs {
    /// `icon`.
    pub icon: Option<String>,
    /// `matchIntimacy`.
    pub match_intimacy: Option<bool>,
    /// `material`.
    pub material: Option<String>,
    /// `refType`.
    pub ref_type: Option<String>,
    /// `score`.
    pub score: Option<f64>,
    /// `scoreItem`.
    pub score_item: Option<RetrieveResponseBodyResultFaqsScoreItem>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RetrieveResponseBodyResultFaqs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveResponseBodyResultFaqs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "icon" => rt::read_field(map, &mut self.icon),
            "matchIntimacy" => rt::read_field(map, &mut self.match_intimacy),
            "material" => rt::read_field(map, &mut self.material),
            "refType" => rt::read_field(map, &mut self.ref_type),
            "score" => rt::read_field(map, &mut self.score),
            "scoreItem" => rt::read_field(map, &mut self.score_item),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RetrieveResponseBodyResultFaqs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("icon", &self.icon)?;
        object.optional("matchIntimacy", &self.match_intimacy)?;
        object.optional("material", &self.material)?;
        object.optional("refType", &self.ref_type)?;
        object.optional("score", &self.score)?;
        object.optional("scoreItem", &self.score_item)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `RetrieveResponseBodyResultFinalResults`: the same model as [`RetrieveResponseBodyResultFaqs`].
pub type RetrieveResponseBodyResultFinalResults = RetrieveResponseBodyResultFaqs;
/// `RetrieveResponseBodyResultMinutes`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrieveResponseBodyResultMinutes {
    /// `corpId`.
    pub corp_id: Option<i64>,
    /// `creator`.
    pub creator: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `fullTextSummary`.
    pub full_text_summary: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `icon`.
    pub icon: Option<String>,
    /// `matchIntimacy`.
    pub match_intimacy: Option<bool>,
    /// `material`.
    pub material: Option<String>,
    /// `originText`.
    pub origin_text: Option<String>,
    /// `refType`.
    pub ref_type: Option<String>,
    /// `score`.
    pub score: Option<f64>,
    /// `scoreItem`.
    pub score_item: Option<RetrieveResponseBodyResultMinutesScoreItem>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RetrieveResponseBodyResultMinutes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveResponseBodyResultMinutes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "creator" => rt::read_field(map, &mut self.creator),
            "extension" => rt::read_field(map, &mut self.extension),
            "fullTextSummary" => rt::read_field(map, &mut self.full_text_summary),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "icon" => rt::read_field(map, &mut self.icon),
            "matchIntimacy" => rt::read_field(map, &mut self.match_intimacy),
            "material" => rt::read_field(map, &mut self.material),
            "originText" => rt::read_field(map, &mut self.origin_text),
            "refType" => rt::read_field(map, &mut self.ref_type),
            "score" => rt::read_field(map, &mut self.score),
            "scoreItem" => rt::read_field(map, &mut self.score_item),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RetrieveResponseBodyResultMinutes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("creator", &self.creator)?;
        object.optional("extension", &self.extension)?;
        object.optional("fullTextSummary", &self.full_text_summary)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("icon", &self.icon)?;
        object.optional("matchIntimacy", &self.match_intimacy)?;
        object.optional("material", &self.material)?;
        object.optional("originText", &self.origin_text)?;
        object.optional("refType", &self.ref_type)?;
        object.optional("score", &self.score)?;
        object.optional("scoreItem", &self.score_item)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `RetrieveResponseBodyResultReports`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrieveResponseBodyResultReports {
    /// `content`.
    pub content: Option<String>,
    /// `corpId`.
    pub corp_id: Option<i64>,
    /// `creator`.
    pub creator: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `icon`.
    pub icon: Option<String>,
    /// `matchIntimacy`.
    pub match_intimacy: Option<bool>,
    /// `material`.
    pub material: Option<String>,
    /// `refType`.
    pub ref_type: Option<String>,
    /// `score`.
    pub score: Option<f64>,
    /// `scoreItem`.
    pub score_item: Option<RetrieveResponseBodyResultReportsScoreItem>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RetrieveResponseBodyResultReports {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveResponseBodyResultReports {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "creator" => rt::read_field(map, &mut self.creator),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "icon" => rt::read_field(map, &mut self.icon),
            "matchIntimacy" => rt::read_field(map, &mut self.match_intimacy),
            "material" => rt::read_field(map, &mut self.material),
            "refType" => rt::read_field(map, &mut self.ref_type),
            "score" => rt::read_field(map, &mut self.score),
            "scoreItem" => rt::read_field(map, &mut self.score_item),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RetrieveResponseBodyResultReports {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("creator", &self.creator)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("icon", &self.icon)?;
        object.optional("matchIntimacy", &self.match_intimacy)?;
        object.optional("material", &self.material)?;
        object.optional("refType", &self.ref_type)?;
        object.optional("score", &self.score)?;
        object.optional("scoreItem", &self.score_item)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `RetrieveResponseBodyResultWikis`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrieveResponseBodyResultWikis {
    /// `corpId`.
    pub corp_id: Option<i64>,
    /// `icon`.
    pub icon: Option<String>,
    /// `matchIntimacy`.
    pub match_intimacy: Option<bool>,
    /// `material`.
    pub material: Option<String>,
    /// `refType`.
    pub ref_type: Option<String>,
    /// `score`.
    pub score: Option<f64>,
    /// `scoreItem`.
    pub score_item: Option<RetrieveResponseBodyResultWikisScoreItem>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RetrieveResponseBodyResultWikis {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveResponseBodyResultWikis {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "icon" => rt::read_field(map, &mut self.icon),
            "matchIntimacy" => rt::read_field(map, &mut self.match_intimacy),
            "material" => rt::read_field(map, &mut self.material),
            "refType" => rt::read_field(map, &mut self.ref_type),
            "score" => rt::read_field(map, &mut self.score),
            "scoreItem" => rt::read_field(map, &mut self.score_item),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RetrieveResponseBodyResultWikis {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("icon", &self.icon)?;
        object.optional("matchIntimacy", &self.match_intimacy)?;
        object.optional("material", &self.material)?;
        object.optional("refType", &self.ref_type)?;
        object.optional("score", &self.score)?;
        object.optional("scoreItem", &self.score_item)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `RetrieveResponseBodyResultCalendarsScoreItem`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrieveResponseBodyResultCalendarsScoreItem {
    /// `finallyScore`.
    pub finally_score: Option<f64>,
    /// `scoreMap`.
    pub score_map: Option<rt::BTreeMap<String, f64>>,
    /// `scoreThreshold`.
    pub score_threshold: Option<f64>,
    /// `selectedBranch`.
    pub selected_branch: Option<Vec<String>>,
    /// `selectedCategory`.
    pub selected_category: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RetrieveResponseBodyResultCalendarsScoreItem {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveResponseBodyResultCalendarsScoreItem {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "finallyScore" => rt::read_field(map, &mut self.finally_score),
            "scoreMap" => rt::read_field(map, &mut self.score_map),
            "scoreThreshold" => rt::read_field(map, &mut self.score_threshold),
            "selectedBranch" => rt::read_field(map, &mut self.selected_branch),
            "selectedCategory" => rt::read_field(map, &mut self.selected_category),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RetrieveResponseBodyResultCalendarsScoreItem {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("finallyScore", &self.finally_score)?;
        object.optional("scoreMap", &self.score_map)?;
        object.optional("scoreThreshold", &self.score_threshold)?;
        object.optional("selectedBranch", &self.selected_branch)?;
        object.optional("selectedCategory", &self.selected_category)?;
        object.end()
    }
}
/// `RetrieveResponseBodyResultDingHelperDocsAbleDashboardModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrieveResponseBodyResultDingHelperDocsAbleDashboardModel {
    /// `chartName`.
    pub chart_name: Option<String>,
    /// `chartType`.
    pub chart_type: Option<String>,
    /// `dashboardName`.
    pub dashboard_name: Option<String>,
    /// `data`.
    pub data: Option<String>,
    /// `sheetName`.
    pub sheet_name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for RetrieveResponseBodyResultDingHelperDocsAbleDashboardModel {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveResponseBodyResultDingHelperDocsAbleDashboardModel {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chartName" => rt::read_field(map, &mut self.chart_name),
            "chartType" => rt::read_field(map, &mut self.chart_type),
            "dashboardName" => rt::read_field(map, &mut self.dashboard_name),
            "data" => rt::read_field(map, &mut self.data),
            "sheetName" => rt::read_field(map, &mut self.sheet_name),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for RetrieveResponseBodyResultDingHelperDocsAbleDashboardModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chartName", &self.chart_name)?;
        object.optional("chartType", &self.chart_type)?;
        object.optional("dashboardName", &self.dashboard_name)?;
        object.optional("data", &self.data)?;
        object.optional("sheetName", &self.sheet_name)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `RetrieveResponseBodyResultDingHelperDocsScoreItem`: the same model as [`RetrieveResponseBodyResultCalendarsScoreItem`].
pub type RetrieveResponseBodyResultDingHelperDocsScoreItem = RetrieveResponseBodyResultCalendarsScoreItem;
/// `RetrieveResponseBodyResultDocsAbleDashboardModel`: the same model as [`RetrieveResponseBodyResultDingHelperDocsAbleDashboardModel`].
pub type RetrieveResponseBodyResultDocsAbleDashboardModel = RetrieveResponseBodyResultDingHelperDocsAbleDashboardModel;
/// `RetrieveResponseBodyResultDocsScoreItem`: the same model as [`RetrieveResponseBodyResultCalendarsScoreItem`].
pub type RetrieveResponseBodyResultDocsScoreItem = RetrieveResponseBodyResultCalendarsScoreItem;
/// `RetrieveResponseBodyResultFaqsScoreItem`: the same model as [`RetrieveResponseBodyResultCalendarsScoreItem`].
pub type RetrieveResponseBodyResultFaqsScoreItem = RetrieveResponseBodyResultCalendarsScoreItem;
/// `RetrieveResponseBodyResultFinalResultsScoreItem`: the same model as [`RetrieveResponseBodyResultCalendarsScoreItem`].
pub type RetrieveResponseBodyResultFinalResultsScoreItem = RetrieveResponseBodyResultCalendarsScoreItem;
/// `RetrieveResponseBodyResultMinutesScoreItem`: the same model as [`RetrieveResponseBodyResultCalendarsScoreItem`].
pub type RetrieveResponseBodyResultMinutesScoreItem = RetrieveResponseBodyResultCalendarsScoreItem;
/// `RetrieveResponseBodyResultReportsScoreItem`: the same model as [`RetrieveResponseBodyResultCalendarsScoreItem`].
pub type RetrieveResponseBodyResultReportsScoreItem = RetrieveResponseBodyResultCalendarsScoreItem;
/// `RetrieveResponseBodyResultWikisScoreItem`: the same model as [`RetrieveResponseBodyResultCalendarsScoreItem`].
pub type RetrieveResponseBodyResultWikisScoreItem = RetrieveResponseBodyResultCalendarsScoreItem;
/// The request of [`Api::fetch_login_status_devices`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct FetchLoginStatusDevicesRequest {
    /// `domain`.
    pub domain: String,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
impl FetchLoginStatusDevicesRequest {
    /// A `FetchLoginStatusDevicesRequest` with its required fields (`domain`, `userIdList`); set the others with the methods named after them.
    pub fn new(
        domain: impl Into<String>,
        user_id_list: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            domain: domain.into(),
            user_id_list: user_id_list.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for FetchLoginStatusDevicesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("domain", &self.domain)?;
        object.field("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FetchLoginStatusDevicesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FetchLoginStatusDevicesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "domain" => rt::read_field(map, &mut self.domain),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for FetchLoginStatusDevicesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_ai_task_result`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAiTaskResultRequest {
    /// `taskId`: a query parameter.
    pub task_id: Option<String>,
}
impl GetAiTaskResultRequest {
    /// An empty `GetAiTaskResultRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAiTaskResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAiTaskResultRequest {
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
impl rt::WriteRequest for GetAiTaskResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::retrieve`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RetrieveRequest {
    /// `answerer`.
    pub answerer: String,
    /// `dragRequestContext`.
    pub drag_request_context: Option<RetrieveRequestDragRequestContext>,
    /// `keywordList`.
    pub keyword_list: Option<Vec<String>>,
    /// `limit`.
    pub limit: i64,
    /// `question`.
    pub question: String,
    /// `retrievalExtendParams`.
    pub retrieval_extend_params: rt::BTreeMap<String, RetrievalExtendParamsValue>,
    /// `retrieveScoreThreshold`.
    pub retrieve_score_threshold: Option<f64>,
    /// `scene`.
    pub scene: String,
    /// `tenant`.
    pub tenant: String,
    /// `tokenLimit`.
    pub token_limit: Option<i64>,
}
impl RetrieveRequest {
    /// A `RetrieveRequest` with its required fields (`answerer`, `limit`, `question`, `retrievalExtendParams`, `scene`, `tenant`); set the others with the methods named after them.
    pub fn new(
        answerer: impl Into<String>,
        limit: i64,
        question: impl Into<String>,
        retrieval_extend_params: impl IntoIterator<
            Item = (impl Into<String>, RetrievalExtendParamsValue),
        >,
        scene: impl Into<String>,
        tenant: impl Into<String>,
    ) -> Self {
        Self {
            answerer: answerer.into(),
            drag_request_context: None,
            keyword_list: None,
            limit,
            question: question.into(),
            retrieval_extend_params: retrieval_extend_params
                .into_iter()
                .map(|(k, v)| (k.into(), v))
                .collect(),
            retrieve_score_threshold: None,
            scene: scene.into(),
            tenant: tenant.into(),
            token_limit: None,
        }
    }
    /// Sets `dragRequestContext`.
    pub fn drag_request_context(
        mut self,
        value: RetrieveRequestDragRequestContext,
    ) -> Self {
        self.drag_request_context = Some(value);
        self
    }
    /// Sets `keywordList`.
    pub fn keyword_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.keyword_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `retrieveScoreThreshold`.
    pub fn retrieve_score_threshold(mut self, value: f64) -> Self {
        self.retrieve_score_threshold = Some(value);
        self
    }
    /// Sets `tokenLimit`.
    pub fn token_limit(mut self, value: i64) -> Self {
        self.token_limit = Some(value);
        self
    }
}
impl rt::serde::Serialize for RetrieveRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("answerer", &self.answerer)?;
        object.optional("dragRequestContext", &self.drag_request_context)?;
        object.optional("keywordList", &self.keyword_list)?;
        object.field("limit", &self.limit)?;
        object.field("question", &self.question)?;
        object.field("retrievalExtendParams", &self.retrieval_extend_params)?;
        object.optional("retrieveScoreThreshold", &self.retrieve_score_threshold)?;
        object.field("scene", &self.scene)?;
        object.field("tenant", &self.tenant)?;
        object.optional("tokenLimit", &self.token_limit)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RetrieveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RetrieveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "answerer" => rt::read_field(map, &mut self.answerer),
            "dragRequestContext" => rt::read_field(map, &mut self.drag_request_context),
            "keywordList" => rt::read_field(map, &mut self.keyword_list),
            "limit" => rt::read_field(map, &mut self.limit),
            "question" => rt::read_field(map, &mut self.question),
            "retrievalExtendParams" => {
                rt::read_field(map, &mut self.retrieval_extend_params)
            }
            "retrieveScoreThreshold" => {
                rt::read_field(map, &mut self.retrieve_score_threshold)
            }
            "scene" => rt::read_field(map, &mut self.scene),
            "tenant" => rt::read_field(map, &mut self.tenant),
            "tokenLimit" => rt::read_field(map, &mut self.token_limit),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RetrieveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::submit_ai_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitAiTaskRequest {
    /// `messages`: a query parameter, JSON-encoded.
    pub messages: Option<Vec<SubmitAiTaskRequestMessages>>,
}
impl SubmitAiTaskRequest {
    /// An empty `SubmitAiTaskRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `messages`.
    pub fn messages(
        mut self,
        value: impl IntoIterator<Item = SubmitAiTaskRequestMessages>,
    ) -> Self {
        self.messages = Some(value.into_iter().collect());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitAiTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitAiTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messages" => rt::read_field(map, &mut self.messages),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SubmitAiTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("messages", &self.messages);
    }
}
/// An error reply of [`Api::fetch_login_status_devices`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FetchLoginStatusDevicesError = rt::ServiceError;
/// An error reply of [`Api::get_ai_task_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAiTaskResultError = rt::ServiceError;
/// An error reply of [`Api::retrieve`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RetrieveError = rt::ServiceError;
/// An error reply of [`Api::submit_ai_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubmitAiTaskError = rt::ServiceError;
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
        "FetchLoginStatusDevices" => {
            rt::conformance::reply(
                    api.fetch_login_status_devices(&inputs.request(true)?),
                )
                .await
        }
        "GetAiTaskResult" => {
            rt::conformance::reply(api.get_ai_task_result(&inputs.request(false)?)).await
        }
        "Retrieve" => rt::conformance::reply(api.retrieve(&inputs.request(true)?)).await,
        "SubmitAiTask" => {
            rt::conformance::reply(api.submit_ai_task(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
