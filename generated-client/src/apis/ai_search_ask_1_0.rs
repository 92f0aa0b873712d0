// @generated from api-spec/ai_search_ask_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! AI 搜问 (AI Search)：多数据源召回与 AI 任务结果。
//!
//! 4 operations, methods of [`Api`] (`client.ai_search_ask_1_0()`), behind the cargo feature `ai_search_ask_1_0`; its paths start with `/v1.0/aiSearchAsk/`.
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
    /// `POST /v1.0/aiSearchAsk/fetchLoginStatusDevices`: DingTalk's `FetchLoginStatusDevices` (module feature `ai_search_ask_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "FetchLoginStatusDevices")]
    #[doc(alias = "/v1.0/aiSearchAsk/fetchLoginStatusDevices")]
    #[doc(alias = "POST /v1.0/aiSearchAsk/fetchLoginStatusDevices")]
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
    /// `POST /v1.0/aiSearchAsk/getAiTaskResult`: DingTalk's `GetAiTaskResult` (module feature `ai_search_ask_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAiTaskResult")]
    #[doc(alias = "/v1.0/aiSearchAsk/getAiTaskResult")]
    #[doc(alias = "POST /v1.0/aiSearchAsk/getAiTaskResult")]
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
    /// `POST /v1.0/aiSearchAsk/retrieve`: DingTalk's `Retrieve` (module feature `ai_search_ask_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Retrieve")]
    #[doc(alias = "/v1.0/aiSearchAsk/retrieve")]
    #[doc(alias = "POST /v1.0/aiSearchAsk/retrieve")]
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
    /// `POST /v1.0/aiSearchAsk/submitAiTask`: DingTalk's `SubmitAiTask` (module feature `ai_search_ask_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubmitAiTask")]
    #[doc(alias = "/v1.0/aiSearchAsk/submitAiTask")]
    #[doc(alias = "POST /v1.0/aiSearchAsk/submitAiTask")]
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
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    FetchLoginStatusDevicesResponseBody { "errorCode" => read_field(error_code),
    "errorMsg" => read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FetchLoginStatusDevicesResponseBody { "errorCode" => optional(error_code), "errorMsg"
    => optional(error_msg), "result" => optional(result), "success" => optional(success)
    }
}
/// `GetAiTaskResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetAiTaskResultResponseBody { "content" => read_field(content), "contentType" =>
    read_field(content_type), "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAiTaskResultResponseBody { "content" => optional(content), "contentType" =>
    optional(content_type), "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "success" => optional(success) }
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
rt::impl_serialize! {
    RetrieveRequestDragRequestContext { "evaluationContext" =>
    optional(evaluation_context) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RetrieveRequestDragRequestContext { "evaluationContext" =>
    read_field(evaluation_context) }
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
rt::impl_serialize! {
    RetrievalExtendParamsValue { "startTime" => optional(start_time), "endTime" =>
    optional(end_time), "keywords" => optional(keywords), "sourceUserParams" =>
    optional(source_user_params), "targetUserParams" => optional(target_user_params) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RetrievalExtendParamsValue { "startTime" => read_field(start_time), "endTime" =>
    read_field(end_time), "keywords" => read_field(keywords), "sourceUserParams" =>
    read_field(source_user_params), "targetUserParams" => read_field(target_user_params)
    }
}
/// `RetrieveResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    RetrieveResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
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
rt::impl_serialize! {
    SubmitAiTaskRequestMessages { "content" => optional(content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitAiTaskRequestMessages { "content" => read_field(content) }
}
/// `SubmitAiTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    SubmitAiTaskResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SubmitAiTaskResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `FetchLoginStatusDevicesResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FetchLoginStatusDevicesResponseBodyResult {
    /// `deviceList`.
    pub device_list: Option<Vec<FetchLoginStatusDevicesResponseBodyResultDeviceList>>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    FetchLoginStatusDevicesResponseBodyResult { "deviceList" => read_field(device_list),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FetchLoginStatusDevicesResponseBodyResult { "deviceList" => optional(device_list),
    "userId" => optional(user_id) }
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
rt::impl_serialize! {
    RetrieveRequestDragRequestContextEvaluationContext { "sourceDentryId" =>
    optional(source_dentry_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RetrieveRequestDragRequestContextEvaluationContext { "sourceDentryId" =>
    read_field(source_dentry_id) }
}
/// `RetrievalExtendParamsValueSourceUserParams`, a model several operations share: also named [`RetrievalExtendParamsValueTargetUserParams`].
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
rt::impl_serialize! {
    RetrievalExtendParamsValueSourceUserParams { "nick" => optional(nick), "staffId" =>
    optional(staff_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RetrievalExtendParamsValueSourceUserParams { "nick" => read_field(nick), "staffId" =>
    read_field(staff_id) }
}
/// `RetrievalExtendParamsValueTargetUserParams`: the same model as [`RetrievalExtendParamsValueSourceUserParams`].
pub type RetrievalExtendParamsValueTargetUserParams = RetrievalExtendParamsValueSourceUserParams;
/// `RetrieveResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    RetrieveResponseBodyResult { "calendars" => read_field(calendars), "dingHelperDocs"
    => read_field(ding_helper_docs), "docs" => read_field(docs), "faqs" =>
    read_field(faqs), "finalResults" => read_field(final_results), "minutes" =>
    read_field(minutes), "reports" => read_field(reports), "wikis" => read_field(wikis) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveResponseBodyResult { "calendars" => optional(calendars), "dingHelperDocs" =>
    optional(ding_helper_docs), "docs" => optional(docs), "faqs" => optional(faqs),
    "finalResults" => optional(final_results), "minutes" => optional(minutes), "reports"
    => optional(reports), "wikis" => optional(wikis) }
}
/// `SubmitAiTaskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SubmitAiTaskResponseBodyResult {
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    SubmitAiTaskResponseBodyResult { "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SubmitAiTaskResponseBodyResult { "taskId" => optional(task_id) }
}
/// `FetchLoginStatusDevicesResponseBodyResultDeviceList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    FetchLoginStatusDevicesResponseBodyResultDeviceList { "actionTimestamp" =>
    read_field(action_timestamp), "clientType" => read_field(client_type), "isLoggedIn"
    => read_field(is_logged_in), "openDeviceId" => read_field(open_device_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FetchLoginStatusDevicesResponseBodyResultDeviceList { "actionTimestamp" =>
    optional(action_timestamp), "clientType" => optional(client_type), "isLoggedIn" =>
    optional(is_logged_in), "openDeviceId" => optional(open_device_id) }
}
/// `RetrieveResponseBodyResultCalendars`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    RetrieveResponseBodyResultCalendars { "creatorStaffId" =>
    read_field(creator_staff_id), "endTime" => read_field(end_time), "gmtCreate" =>
    read_field(gmt_create), "gmtModified" => read_field(gmt_modified), "icon" =>
    read_field(icon), "matchIntimacy" => read_field(match_intimacy), "material" =>
    read_field(material), "meetingRoom" => read_field(meeting_room),
    "participantStaffIds" => read_field(participant_staff_ids), "rawComment" =>
    read_field(raw_comment), "refType" => read_field(ref_type), "score" =>
    read_field(score), "scoreItem" => read_field(score_item), "startTime" =>
    read_field(start_time), "timestamp" => read_field(timestamp), "title" =>
    read_field(title), "type" => read_field(r#type), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveResponseBodyResultCalendars { "creatorStaffId" => optional(creator_staff_id),
    "endTime" => optional(end_time), "gmtCreate" => optional(gmt_create), "gmtModified"
    => optional(gmt_modified), "icon" => optional(icon), "matchIntimacy" =>
    optional(match_intimacy), "material" => optional(material), "meetingRoom" =>
    optional(meeting_room), "participantStaffIds" => optional(participant_staff_ids),
    "rawComment" => optional(raw_comment), "refType" => optional(ref_type), "score" =>
    optional(score), "scoreItem" => optional(score_item), "startTime" =>
    optional(start_time), "timestamp" => optional(timestamp), "title" => optional(title),
    "type" => optional(r#type), "url" => optional(url) }
}
/// `RetrieveResponseBodyResultDingHelperDocs`, a model several operations share: also named [`RetrieveResponseBodyResultDocs`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    RetrieveResponseBodyResultDingHelperDocs { "ableDashboardModel" =>
    read_field(able_dashboard_model), "chunkId" => read_field(chunk_id), "chunkIds" =>
    read_field(chunk_ids), "chunkModel" => read_field(chunk_model), "creator" =>
    read_field(creator), "dentryUuid" => read_field(dentry_uuid), "extension" =>
    read_field(extension), "gmtCreate" => read_field(gmt_create), "gmtModified" =>
    read_field(gmt_modified), "hasExtendChunk" => read_field(has_extend_chunk), "icon" =>
    read_field(icon), "matchIntimacy" => read_field(match_intimacy), "material" =>
    read_field(material), "refType" => read_field(ref_type), "score" =>
    read_field(score), "scoreItem" => read_field(score_item), "small2bigText" =>
    read_field(small2big_text), "text" => read_field(text), "timestamp" =>
    read_field(timestamp), "title" => read_field(title), "type" => read_field(r#type),
    "uploadSource" => read_field(upload_source), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveResponseBodyResultDingHelperDocs { "ableDashboardModel" =>
    optional(able_dashboard_model), "chunkId" => optional(chunk_id), "chunkIds" =>
    optional(chunk_ids), "chunkModel" => optional(chunk_model), "creator" =>
    optional(creator), "dentryUuid" => optional(dentry_uuid), "extension" =>
    optional(extension), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "hasExtendChunk" => optional(has_extend_chunk), "icon" =>
    optional(icon), "matchIntimacy" => optional(match_intimacy), "material" =>
    optional(material), "refType" => optional(ref_type), "score" => optional(score),
    "scoreItem" => optional(score_item), "small2bigText" => optional(small2big_text),
    "text" => optional(text), "timestamp" => optional(timestamp), "title" =>
    optional(title), "type" => optional(r#type), "uploadSource" =>
    optional(upload_source), "url" => optional(url) }
}
/// `RetrieveResponseBodyResultDocs`: the same model as [`RetrieveResponseBodyResultDingHelperDocs`].
pub type RetrieveResponseBodyResultDocs = RetrieveResponseBodyResultDingHelperDocs;
/// `RetrieveResponseBodyResultFaqs`, a model several operations share: also named [`RetrieveResponseBodyResultFinalResults`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    RetrieveResponseBodyResultFaqs { "icon" => read_field(icon), "matchIntimacy" =>
    read_field(match_intimacy), "material" => read_field(material), "refType" =>
    read_field(ref_type), "score" => read_field(score), "scoreItem" =>
    read_field(score_item), "timestamp" => read_field(timestamp), "title" =>
    read_field(title), "type" => read_field(r#type), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveResponseBodyResultFaqs { "icon" => optional(icon), "matchIntimacy" =>
    optional(match_intimacy), "material" => optional(material), "refType" =>
    optional(ref_type), "score" => optional(score), "scoreItem" => optional(score_item),
    "timestamp" => optional(timestamp), "title" => optional(title), "type" =>
    optional(r#type), "url" => optional(url) }
}
/// `RetrieveResponseBodyResultFinalResults`: the same model as [`RetrieveResponseBodyResultFaqs`].
pub type RetrieveResponseBodyResultFinalResults = RetrieveResponseBodyResultFaqs;
/// `RetrieveResponseBodyResultMinutes`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    RetrieveResponseBodyResultMinutes { "corpId" => read_field(corp_id), "creator" =>
    read_field(creator), "extension" => read_field(extension), "fullTextSummary" =>
    read_field(full_text_summary), "gmtModified" => read_field(gmt_modified), "icon" =>
    read_field(icon), "matchIntimacy" => read_field(match_intimacy), "material" =>
    read_field(material), "originText" => read_field(origin_text), "refType" =>
    read_field(ref_type), "score" => read_field(score), "scoreItem" =>
    read_field(score_item), "timestamp" => read_field(timestamp), "title" =>
    read_field(title), "type" => read_field(r#type), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveResponseBodyResultMinutes { "corpId" => optional(corp_id), "creator" =>
    optional(creator), "extension" => optional(extension), "fullTextSummary" =>
    optional(full_text_summary), "gmtModified" => optional(gmt_modified), "icon" =>
    optional(icon), "matchIntimacy" => optional(match_intimacy), "material" =>
    optional(material), "originText" => optional(origin_text), "refType" =>
    optional(ref_type), "score" => optional(score), "scoreItem" => optional(score_item),
    "timestamp" => optional(timestamp), "title" => optional(title), "type" =>
    optional(r#type), "url" => optional(url) }
}
/// `RetrieveResponseBodyResultReports`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    RetrieveResponseBodyResultReports { "content" => read_field(content), "corpId" =>
    read_field(corp_id), "creator" => read_field(creator), "gmtCreate" =>
    read_field(gmt_create), "gmtModified" => read_field(gmt_modified), "icon" =>
    read_field(icon), "matchIntimacy" => read_field(match_intimacy), "material" =>
    read_field(material), "refType" => read_field(ref_type), "score" =>
    read_field(score), "scoreItem" => read_field(score_item), "timestamp" =>
    read_field(timestamp), "title" => read_field(title), "type" => read_field(r#type),
    "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveResponseBodyResultReports { "content" => optional(content), "corpId" =>
    optional(corp_id), "creator" => optional(creator), "gmtCreate" =>
    optional(gmt_create), "gmtModified" => optional(gmt_modified), "icon" =>
    optional(icon), "matchIntimacy" => optional(match_intimacy), "material" =>
    optional(material), "refType" => optional(ref_type), "score" => optional(score),
    "scoreItem" => optional(score_item), "timestamp" => optional(timestamp), "title" =>
    optional(title), "type" => optional(r#type), "url" => optional(url) }
}
/// `RetrieveResponseBodyResultWikis`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    RetrieveResponseBodyResultWikis { "corpId" => read_field(corp_id), "icon" =>
    read_field(icon), "matchIntimacy" => read_field(match_intimacy), "material" =>
    read_field(material), "refType" => read_field(ref_type), "score" =>
    read_field(score), "scoreItem" => read_field(score_item), "timestamp" =>
    read_field(timestamp), "title" => read_field(title), "type" => read_field(r#type),
    "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveResponseBodyResultWikis { "corpId" => optional(corp_id), "icon" =>
    optional(icon), "matchIntimacy" => optional(match_intimacy), "material" =>
    optional(material), "refType" => optional(ref_type), "score" => optional(score),
    "scoreItem" => optional(score_item), "timestamp" => optional(timestamp), "title" =>
    optional(title), "type" => optional(r#type), "url" => optional(url) }
}
/// `RetrieveResponseBodyResultCalendarsScoreItem`, a model several operations share: also named [`RetrieveResponseBodyResultDingHelperDocsScoreItem`], [`RetrieveResponseBodyResultDocsScoreItem`], [`RetrieveResponseBodyResultFaqsScoreItem`], [`RetrieveResponseBodyResultFinalResultsScoreItem`], [`RetrieveResponseBodyResultMinutesScoreItem`], [`RetrieveResponseBodyResultReportsScoreItem`], [`RetrieveResponseBodyResultWikisScoreItem`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    RetrieveResponseBodyResultCalendarsScoreItem { "finallyScore" =>
    read_field(finally_score), "scoreMap" => read_field(score_map), "scoreThreshold" =>
    read_field(score_threshold), "selectedBranch" => read_field(selected_branch),
    "selectedCategory" => read_field(selected_category) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveResponseBodyResultCalendarsScoreItem { "finallyScore" =>
    optional(finally_score), "scoreMap" => optional(score_map), "scoreThreshold" =>
    optional(score_threshold), "selectedBranch" => optional(selected_branch),
    "selectedCategory" => optional(selected_category) }
}
/// `RetrieveResponseBodyResultDingHelperDocsAbleDashboardModel`, a model several operations share: also named [`RetrieveResponseBodyResultDocsAbleDashboardModel`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    RetrieveResponseBodyResultDingHelperDocsAbleDashboardModel { "chartName" =>
    read_field(chart_name), "chartType" => read_field(chart_type), "dashboardName" =>
    read_field(dashboard_name), "data" => read_field(data), "sheetName" =>
    read_field(sheet_name), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveResponseBodyResultDingHelperDocsAbleDashboardModel { "chartName" =>
    optional(chart_name), "chartType" => optional(chart_type), "dashboardName" =>
    optional(dashboard_name), "data" => optional(data), "sheetName" =>
    optional(sheet_name), "type" => optional(r#type) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FetchLoginStatusDevicesRequest {
    /// `domain`.
    pub domain: String,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
/// The required fields of [`FetchLoginStatusDevicesRequest`], each named where it is set: `FetchLoginStatusDevicesRequest::new(FetchLoginStatusDevicesRequired { .. })`.
pub struct FetchLoginStatusDevicesRequired {
    /// `domain`: see [`FetchLoginStatusDevicesRequest::domain`].
    pub domain: String,
    /// `userIdList`: see [`FetchLoginStatusDevicesRequest::user_id_list`].
    pub user_id_list: Vec<String>,
}
impl FetchLoginStatusDevicesRequest {
    /// A `FetchLoginStatusDevicesRequest` with its required fields (`domain`, `userIdList`); set the others with the methods named after them.
    pub fn new(required: FetchLoginStatusDevicesRequired) -> Self {
        let FetchLoginStatusDevicesRequired { domain, user_id_list } = required;
        Self { domain, user_id_list }
    }
}
rt::impl_serialize! {
    FetchLoginStatusDevicesRequest { "domain" => field(domain), "userIdList" =>
    field(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FetchLoginStatusDevicesRequest { "domain" => read_field(domain), "userIdList" =>
    read_field(user_id_list) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAiTaskResultRequest { "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for GetAiTaskResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::retrieve`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`RetrieveRequest`], each named where it is set: `RetrieveRequest::new(RetrieveRequired { .. })`.
pub struct RetrieveRequired {
    /// `answerer`: see [`RetrieveRequest::answerer`].
    pub answerer: String,
    /// `limit`: see [`RetrieveRequest::limit`].
    pub limit: i64,
    /// `question`: see [`RetrieveRequest::question`].
    pub question: String,
    /// `retrievalExtendParams`: see [`RetrieveRequest::retrieval_extend_params`].
    pub retrieval_extend_params: rt::BTreeMap<String, RetrievalExtendParamsValue>,
    /// `scene`: see [`RetrieveRequest::scene`].
    pub scene: String,
    /// `tenant`: see [`RetrieveRequest::tenant`].
    pub tenant: String,
}
impl RetrieveRequest {
    /// A `RetrieveRequest` with its required fields (`answerer`, `limit`, `question`, `retrievalExtendParams`, `scene`, `tenant`); set the others with the methods named after them.
    pub fn new(required: RetrieveRequired) -> Self {
        let RetrieveRequired {
            answerer,
            limit,
            question,
            retrieval_extend_params,
            scene,
            tenant,
        } = required;
        Self {
            answerer,
            drag_request_context: None,
            keyword_list: None,
            limit,
            question,
            retrieval_extend_params,
            retrieve_score_threshold: None,
            scene,
            tenant,
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
rt::impl_serialize! {
    RetrieveRequest { "answerer" => field(answerer), "dragRequestContext" =>
    optional(drag_request_context), "keywordList" => optional(keyword_list), "limit" =>
    field(limit), "question" => field(question), "retrievalExtendParams" =>
    field(retrieval_extend_params), "retrieveScoreThreshold" =>
    optional(retrieve_score_threshold), "scene" => field(scene), "tenant" =>
    field(tenant), "tokenLimit" => optional(token_limit) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RetrieveRequest { "answerer" => read_field(answerer), "dragRequestContext" =>
    read_field(drag_request_context), "keywordList" => read_field(keyword_list), "limit"
    => read_field(limit), "question" => read_field(question), "retrievalExtendParams" =>
    read_field(retrieval_extend_params), "retrieveScoreThreshold" =>
    read_field(retrieve_score_threshold), "scene" => read_field(scene), "tenant" =>
    read_field(tenant), "tokenLimit" => read_field(token_limit) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitAiTaskRequest { "messages" => read_field(messages) }
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
