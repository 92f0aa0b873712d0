// @generated from api-spec/minutes_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 听记 (Minutes)：听记、闪记、声纹配置与 DingTalk A1 小助理分析。
//!
//! 39 operations, methods of [`Api`] (`client.minutes_1_0()`), behind the cargo feature `minutes_1_0`; its paths start with `/v1.0/minutes/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `minutes_1_0`. Get it with `client.minutes_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 搜索企业内听记
    ///
    /// `POST /v1.0/minutes/flashMinutes/adminSearch`: DingTalk's `AdminSearchMinutes` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::admin_search_minutes_pages`].
    #[doc(alias = "AdminSearchMinutes")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/adminSearch")]
    #[doc(alias = "POST /v1.0/minutes/flashMinutes/adminSearch")]
    pub fn admin_search_minutes(
        &self,
        request: &AdminSearchMinutesRequest,
    ) -> rt::Call<AdminSearchMinutesResponseBody, AdminSearchMinutesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AdminSearchMinutes",
            rt::Method::Post,
            "/v1.0/minutes/flashMinutes/adminSearch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取闪记详情
    ///
    /// `POST /v1.0/minutes/flashMinutes/details/query`: DingTalk's `BatchGetMinutesDetails` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchGetMinutesDetails")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/details/query")]
    #[doc(alias = "POST /v1.0/minutes/flashMinutes/details/query")]
    pub fn batch_get_minutes_details(
        &self,
        request: &BatchGetMinutesDetailsRequest,
    ) -> rt::Call<BatchGetMinutesDetailsResponseBody, BatchGetMinutesDetailsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchGetMinutesDetails",
            rt::Method::Post,
            "/v1.0/minutes/flashMinutes/details/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询声纹配置信息
    ///
    /// `POST /v1.0/minutes/voicePrint/configs/batchGet`: DingTalk's `BatchGetVoicePrintIdentifyConfig` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchGetVoicePrintIdentifyConfig")]
    #[doc(alias = "/v1.0/minutes/voicePrint/configs/batchGet")]
    #[doc(alias = "POST /v1.0/minutes/voicePrint/configs/batchGet")]
    pub fn batch_get_voice_print_identify_config(
        &self,
        request: &BatchGetVoicePrintIdentifyConfigRequest,
    ) -> rt::Call<
        BatchGetVoicePrintIdentifyConfigResponseBody,
        BatchGetVoicePrintIdentifyConfigError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchGetVoicePrintIdentifyConfig",
            rt::Method::Post,
            "/v1.0/minutes/voicePrint/configs/batchGet",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量设置声纹开关状态
    ///
    /// `POST /v1.0/minutes/voicePrint/switches/batchToggle`: DingTalk's `BatchToggleVoicePrintSwitchStatus` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchToggleVoicePrintSwitchStatus")]
    #[doc(alias = "/v1.0/minutes/voicePrint/switches/batchToggle")]
    #[doc(alias = "POST /v1.0/minutes/voicePrint/switches/batchToggle")]
    pub fn batch_toggle_voice_print_switch_status(
        &self,
        request: &BatchToggleVoicePrintSwitchStatusRequest,
    ) -> rt::Call<
        BatchToggleVoicePrintSwitchStatusResponseBody,
        BatchToggleVoicePrintSwitchStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchToggleVoicePrintSwitchStatus",
            rt::Method::Post,
            "/v1.0/minutes/voicePrint/switches/batchToggle",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 从上传的媒体文件创建闪记
    ///
    /// `POST /v1.0/minutes/flashMinutes/createMinutesByUploadFile`: DingTalk's `CreateMinutesByUploadFile` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateMinutesByUploadFile")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/createMinutesByUploadFile")]
    #[doc(alias = "POST /v1.0/minutes/flashMinutes/createMinutesByUploadFile")]
    pub fn create_minutes_by_upload_file(
        &self,
        request: &CreateMinutesByUploadFileRequest,
    ) -> rt::Call<
        CreateMinutesByUploadFileResponseBody,
        CreateMinutesByUploadFileError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateMinutesByUploadFile",
            rt::Method::Post,
            "/v1.0/minutes/flashMinutes/createMinutesByUploadFile",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建DingTalkA1小助理分析
    ///
    /// `POST /v1.0/minutes/smartdevice/aisummary/create`: DingTalk's `CreateSmartDeviceAiSummary` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateSmartDeviceAiSummary")]
    #[doc(alias = "/v1.0/minutes/smartdevice/aisummary/create")]
    #[doc(alias = "POST /v1.0/minutes/smartdevice/aisummary/create")]
    pub fn create_smart_device_ai_summary(
        &self,
        request: &CreateSmartDeviceAiSummaryRequest,
    ) -> rt::Call<
        CreateSmartDeviceAiSummaryResponseBody,
        CreateSmartDeviceAiSummaryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSmartDeviceAiSummary",
            rt::Method::Post,
            "/v1.0/minutes/smartdevice/aisummary/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除闪记
    ///
    /// `DELETE /v1.0/minutes/flashMinutes/tasks/{taskUuid}`: DingTalk's `DeleteMinutes` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteMinutes")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/tasks/{taskUuid}")]
    #[doc(alias = "DELETE /v1.0/minutes/flashMinutes/tasks/{taskUuid}")]
    pub fn delete_minutes(
        &self,
        task_uuid: &str,
        request: &DeleteMinutesRequest,
    ) -> rt::Call<DeleteMinutesResponseBody, DeleteMinutesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteMinutes",
            rt::Method::Delete,
            "/v1.0/minutes/flashMinutes/tasks/{taskUuid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 删除听记音视频文件释放存储空间
    ///
    /// `POST /v1.0/minutes/flashMinutes/deleteMedia`: DingTalk's `DeleteMinutesMedia` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteMinutesMedia")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/deleteMedia")]
    #[doc(alias = "POST /v1.0/minutes/flashMinutes/deleteMedia")]
    pub fn delete_minutes_media(
        &self,
        request: &DeleteMinutesMediaRequest,
    ) -> rt::Call<DeleteMinutesMediaResponseBody, DeleteMinutesMediaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteMinutesMedia",
            rt::Method::Post,
            "/v1.0/minutes/flashMinutes/deleteMedia",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 导出闪记任务结果
    ///
    /// `POST /v1.0/minutes/flashMinutes/minutesTask/export`: DingTalk's `ExportMinutesTaskResult` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExportMinutesTaskResult")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/minutesTask/export")]
    #[doc(alias = "POST /v1.0/minutes/flashMinutes/minutesTask/export")]
    pub fn export_minutes_task_result(
        &self,
        request: &ExportMinutesTaskResultRequest,
    ) -> rt::Call<ExportMinutesTaskResultResponseBody, ExportMinutesTaskResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExportMinutesTaskResult",
            rt::Method::Post,
            "/v1.0/minutes/flashMinutes/minutesTask/export",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 生成摘要
    ///
    /// `POST /v1.0/minutes/flashMinutes/tasks/{taskUuid}/summary`: DingTalk's `GenerateSummary` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GenerateSummary")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/summary")]
    #[doc(alias = "POST /v1.0/minutes/flashMinutes/tasks/{taskUuid}/summary")]
    pub fn generate_summary(
        &self,
        task_uuid: &str,
        request: &GenerateSummaryRequest,
    ) -> rt::Call<GenerateSummaryResponseBody, GenerateSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GenerateSummary",
            rt::Method::Post,
            "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/summary",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 查询听记笔记内容
    ///
    /// `GET /v1.0/minutes/{taskUuid}/attachments`: DingTalk's `ListMinutesAttachments` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_minutes_attachments_pages`].
    #[doc(alias = "ListMinutesAttachments")]
    #[doc(alias = "/v1.0/minutes/{taskUuid}/attachments")]
    #[doc(alias = "GET /v1.0/minutes/{taskUuid}/attachments")]
    pub fn list_minutes_attachments(
        &self,
        task_uuid: &str,
        request: &ListMinutesAttachmentsRequest,
    ) -> rt::Call<ListMinutesAttachmentsResponseBody, ListMinutesAttachmentsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListMinutesAttachments",
            rt::Method::Get,
            "/v1.0/minutes/{taskUuid}/attachments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 移动临时存储听记到正式存储
    ///
    /// `POST /v1.0/minutes/flashMinutes/moveOutTempStorage`: DingTalk's `MoveOutTempStorage` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MoveOutTempStorage")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/moveOutTempStorage")]
    #[doc(alias = "POST /v1.0/minutes/flashMinutes/moveOutTempStorage")]
    pub fn move_out_temp_storage(
        &self,
        request: &MoveOutTempStorageRequest,
    ) -> rt::Call<MoveOutTempStorageResponseBody, MoveOutTempStorageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MoveOutTempStorage",
            rt::Method::Post,
            "/v1.0/minutes/flashMinutes/moveOutTempStorage",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询闪记摘要
    ///
    /// `GET /v1.0/minutes/flashMinutes/queryMinutesSummary`: DingTalk's `OpenQueryMinutesSummary` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpenQueryMinutesSummary")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/queryMinutesSummary")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/queryMinutesSummary")]
    pub fn open_query_minutes_summary(
        &self,
        request: &OpenQueryMinutesSummaryRequest,
    ) -> rt::Call<OpenQueryMinutesSummaryResponseBody, OpenQueryMinutesSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpenQueryMinutesSummary",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/queryMinutesSummary",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询闪会、文档等来源的闪记列表
    ///
    /// `GET /v1.0/minutes/flashMinutes/queryBizMinutes`: DingTalk's `QueryBizMinutes` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryBizMinutes")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/queryBizMinutes")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/queryBizMinutes")]
    pub fn query_biz_minutes(
        &self,
        request: &QueryBizMinutesRequest,
    ) -> rt::Call<QueryBizMinutesResponseBody, QueryBizMinutesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBizMinutes",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/queryBizMinutes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询自己创建的闪记列表
    ///
    /// `GET /v1.0/minutes/flashMinutes/createLists`: DingTalk's `QueryCreateMinutesList` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_create_minutes_list_pages`].
    #[doc(alias = "QueryCreateMinutesList")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/createLists")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/createLists")]
    pub fn query_create_minutes_list(
        &self,
        request: &QueryCreateMinutesListRequest,
    ) -> rt::Call<QueryCreateMinutesListResponseBody, QueryCreateMinutesListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCreateMinutesList",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/createLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询闪记基本信息
    ///
    /// `GET /v1.0/minutes/flashMinutes/queryMinutesBasicInfo`: DingTalk's `QueryMinutesBasicInfo` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMinutesBasicInfo")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/queryMinutesBasicInfo")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/queryMinutesBasicInfo")]
    pub fn query_minutes_basic_info(
        &self,
        request: &QueryMinutesBasicInfoRequest,
    ) -> rt::Call<QueryMinutesBasicInfoResponseBody, QueryMinutesBasicInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesBasicInfo",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/queryMinutesBasicInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询听记智能章节列表
    ///
    /// `GET /v1.0/minutes/flashMinutes/{taskUuid}/chapters`: DingTalk's `QueryMinutesChapters` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMinutesChapters")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/{taskUuid}/chapters")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/{taskUuid}/chapters")]
    pub fn query_minutes_chapters(
        &self,
        task_uuid: &str,
        request: &QueryMinutesChaptersRequest,
    ) -> rt::Call<QueryMinutesChaptersResponseBody, QueryMinutesChaptersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesChapters",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/{taskUuid}/chapters",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 查询闪记关键字
    ///
    /// `GET /v1.0/minutes/flashMinutes/{taskUuid}/keywords`: DingTalk's `QueryMinutesKeyword` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMinutesKeyword")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/{taskUuid}/keywords")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/{taskUuid}/keywords")]
    pub fn query_minutes_keyword(
        &self,
        task_uuid: &str,
        request: &QueryMinutesKeywordRequest,
    ) -> rt::Call<QueryMinutesKeywordResponseBody, QueryMinutesKeywordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesKeyword",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/{taskUuid}/keywords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 查询闪记媒体播放信息
    ///
    /// `GET /v1.0/minutes/flashMinutes/tasks/{taskUuid}/playInfos`: DingTalk's `QueryMinutesPlayInfo` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMinutesPlayInfo")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/playInfos")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/tasks/{taskUuid}/playInfos")]
    pub fn query_minutes_play_info(
        &self,
        task_uuid: &str,
        request: &QueryMinutesPlayInfoRequest,
    ) -> rt::Call<QueryMinutesPlayInfoResponseBody, QueryMinutesPlayInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesPlayInfo",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/playInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 获取与我共享闪记列表
    ///
    /// `GET /v1.0/minutes/flashMinutes/shareLists`: DingTalk's `QueryMinutesShareList` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_minutes_share_list_pages`].
    #[doc(alias = "QueryMinutesShareList")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/shareLists")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/shareLists")]
    pub fn query_minutes_share_list(
        &self,
        request: &QueryMinutesShareListRequest,
    ) -> rt::Call<QueryMinutesShareListResponseBody, QueryMinutesShareListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesShareList",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/shareLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询闪记状态
    ///
    /// `GET /v1.0/minutes/flashMinutes/{taskUuid}/taskStatus`: DingTalk's `QueryMinutesStatus` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMinutesStatus")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/{taskUuid}/taskStatus")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/{taskUuid}/taskStatus")]
    pub fn query_minutes_status(
        &self,
        task_uuid: &str,
        request: &QueryMinutesStatusRequest,
    ) -> rt::Call<QueryMinutesStatusResponseBody, QueryMinutesStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesStatus",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/{taskUuid}/taskStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 查询闪记转写文本内容
    ///
    /// `GET /v1.0/minutes/flashMinutes/{taskUuid}/textInfos`: DingTalk's `QueryMinutesText` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_minutes_text_pages`].
    #[doc(alias = "QueryMinutesText")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/{taskUuid}/textInfos")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/{taskUuid}/textInfos")]
    pub fn query_minutes_text(
        &self,
        task_uuid: &str,
        request: &QueryMinutesTextRequest,
    ) -> rt::Call<QueryMinutesTextResponseBody, QueryMinutesTextError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesText",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/{taskUuid}/textInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 查询闪记待办
    ///
    /// `GET /v1.0/minutes/flashMinutes/{taskUuid}/todos`: DingTalk's `QueryMinutesTodo` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMinutesTodo")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/{taskUuid}/todos")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/{taskUuid}/todos")]
    pub fn query_minutes_todo(
        &self,
        task_uuid: &str,
        request: &QueryMinutesTodoRequest,
    ) -> rt::Call<QueryMinutesTodoResponseBody, QueryMinutesTodoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesTodo",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/{taskUuid}/todos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 查询企业所有自定义纪要模板列表
    ///
    /// `GET /v1.0/minutes/flashMinutes/diyTemplates/orgDeclared`: DingTalk's `QueryOrgDiyTemplates` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_org_diy_templates_pages`].
    #[doc(alias = "QueryOrgDiyTemplates")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/diyTemplates/orgDeclared")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/diyTemplates/orgDeclared")]
    pub fn query_org_diy_templates(
        &self,
        request: &QueryOrgDiyTemplatesRequest,
    ) -> rt::Call<QueryOrgDiyTemplatesResponseBody, QueryOrgDiyTemplatesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOrgDiyTemplates",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/diyTemplates/orgDeclared",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询预约会议闪记列表
    ///
    /// `GET /v1.0/minutes/flashMinutes/scheduleConference/{scheduleConferenceId}/minutes`: DingTalk's `QueryScheduleConfMinutes` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `schedule_conference_id`: `{scheduleConferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryScheduleConfMinutes")]
    #[doc(
        alias = "/v1.0/minutes/flashMinutes/scheduleConference/{scheduleConferenceId}/minutes"
    )]
    #[doc(
        alias = "GET /v1.0/minutes/flashMinutes/scheduleConference/{scheduleConferenceId}/minutes"
    )]
    pub fn query_schedule_conf_minutes(
        &self,
        schedule_conference_id: &str,
        request: &QueryScheduleConfMinutesRequest,
    ) -> rt::Call<QueryScheduleConfMinutesResponseBody, QueryScheduleConfMinutesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryScheduleConfMinutes",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/scheduleConference/{scheduleConferenceId}/minutes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[schedule_conference_id], request)
    }
    /// 查询A1分析小助理
    ///
    /// `POST /v1.0/minutes/smartdevice/aiscene`: DingTalk's `QuerySmartDeviceAiSceneById` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySmartDeviceAiSceneById")]
    #[doc(alias = "/v1.0/minutes/smartdevice/aiscene")]
    #[doc(alias = "POST /v1.0/minutes/smartdevice/aiscene")]
    pub fn query_smart_device_ai_scene_by_id(
        &self,
        request: &QuerySmartDeviceAiSceneByIdRequest,
    ) -> rt::Call<
        QuerySmartDeviceAiSceneByIdResponseBody,
        QuerySmartDeviceAiSceneByIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySmartDeviceAiSceneById",
            rt::Method::Post,
            "/v1.0/minutes/smartdevice/aiscene",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询A1分析小助理能力模板
    ///
    /// `POST /v1.0/minutes/smartdevice/aiscene/promptTemplate`: DingTalk's `QuerySmartDeviceAiScenePromptTemplateByIds` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySmartDeviceAiScenePromptTemplateByIds")]
    #[doc(alias = "/v1.0/minutes/smartdevice/aiscene/promptTemplate")]
    #[doc(alias = "POST /v1.0/minutes/smartdevice/aiscene/promptTemplate")]
    pub fn query_smart_device_ai_scene_prompt_template_by_ids(
        &self,
        request: &QuerySmartDeviceAiScenePromptTemplateByIdsRequest,
    ) -> rt::Call<
        QuerySmartDeviceAiScenePromptTemplateByIdsResponseBody,
        QuerySmartDeviceAiScenePromptTemplateByIdsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySmartDeviceAiScenePromptTemplateByIds",
            rt::Method::Post,
            "/v1.0/minutes/smartdevice/aiscene/promptTemplate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询DingTalkA1小助理分析
    ///
    /// `POST /v1.0/minutes/smartdevice/aisummary`: DingTalk's `QuerySmartDeviceAiSummary` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySmartDeviceAiSummary")]
    #[doc(alias = "/v1.0/minutes/smartdevice/aisummary")]
    #[doc(alias = "POST /v1.0/minutes/smartdevice/aisummary")]
    pub fn query_smart_device_ai_summary(
        &self,
        request: &QuerySmartDeviceAiSummaryRequest,
    ) -> rt::Call<
        QuerySmartDeviceAiSummaryResponseBody,
        QuerySmartDeviceAiSummaryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySmartDeviceAiSummary",
            rt::Method::Post,
            "/v1.0/minutes/smartdevice/aisummary",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据模板id查询摘要
    ///
    /// `GET /v1.0/minutes/flashMinutes/tasks/{taskUuid}/summary/template`: DingTalk's `QuerySummaryWithTemplate` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySummaryWithTemplate")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/summary/template")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/tasks/{taskUuid}/summary/template")]
    pub fn query_summary_with_template(
        &self,
        task_uuid: &str,
        request: &QuerySummaryWithTemplateRequest,
    ) -> rt::Call<QuerySummaryWithTemplateResponseBody, QuerySummaryWithTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySummaryWithTemplate",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/summary/template",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 查询上传视频播放信息
    ///
    /// `GET /v1.0/minutes/flashMinutes/uploadVideos/{videoId}/playInfos`: DingTalk's `QueryUploadVideoPlayInfo` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `video_id`: `{videoId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUploadVideoPlayInfo")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/uploadVideos/{videoId}/playInfos")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/uploadVideos/{videoId}/playInfos")]
    pub fn query_upload_video_play_info(
        &self,
        video_id: &str,
        request: &QueryUploadVideoPlayInfoRequest,
    ) -> rt::Call<QueryUploadVideoPlayInfoResponseBody, QueryUploadVideoPlayInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUploadVideoPlayInfo",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/uploadVideos/{videoId}/playInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[video_id], request)
    }
    /// 查询用户可见的企业自定义纪要模版列表
    ///
    /// `GET /v1.0/minutes/flashMinutes/diyTemplates/userAvailable`: DingTalk's `QueryUserAvailableDiyTemplates` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::query_user_available_diy_templates_pages`].
    #[doc(alias = "QueryUserAvailableDiyTemplates")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/diyTemplates/userAvailable")]
    #[doc(alias = "GET /v1.0/minutes/flashMinutes/diyTemplates/userAvailable")]
    pub fn query_user_available_diy_templates(
        &self,
        request: &QueryUserAvailableDiyTemplatesRequest,
    ) -> rt::Call<
        QueryUserAvailableDiyTemplatesResponseBody,
        QueryUserAvailableDiyTemplatesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserAvailableDiyTemplates",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/diyTemplates/userAvailable",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询指定用户对某篇听记的权限
    ///
    /// `GET /v1.0/minutes/flashMinutes/tasks/{taskUuid}/permissions/{unionId}`: DingTalk's `QueryUserMinutesPermission` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    /// - `union_id`: `{unionId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserMinutesPermission")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/permissions/{unionId}")]
    #[doc(
        alias = "GET /v1.0/minutes/flashMinutes/tasks/{taskUuid}/permissions/{unionId}"
    )]
    pub fn query_user_minutes_permission(
        &self,
        task_uuid: &str,
        union_id: &str,
    ) -> rt::Call<
        QueryUserMinutesPermissionResponseBody,
        QueryUserMinutesPermissionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserMinutesPermission",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/permissions/{unionId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid, union_id], &())
    }
    /// 重新生成听记智能章节
    ///
    /// `POST /v1.0/minutes/chapters/regenerate`: DingTalk's `RegenerateChapters` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RegenerateChapters")]
    #[doc(alias = "/v1.0/minutes/chapters/regenerate")]
    #[doc(alias = "POST /v1.0/minutes/chapters/regenerate")]
    pub fn regenerate_chapters(
        &self,
        request: &RegenerateChaptersRequest,
    ) -> rt::Call<RegenerateChaptersResponseBody, RegenerateChaptersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RegenerateChapters",
            rt::Method::Post,
            "/v1.0/minutes/chapters/regenerate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 自定义A1相关听记详情页tab
    ///
    /// `PUT /v1.0/minutes/flashMinutes/tasks/{taskUuid}/a1CustomTabs`: DingTalk's `SetA1DetailPageCustomTab` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetA1DetailPageCustomTab")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/a1CustomTabs")]
    #[doc(alias = "PUT /v1.0/minutes/flashMinutes/tasks/{taskUuid}/a1CustomTabs")]
    pub fn set_a1_detail_page_custom_tab(
        &self,
        task_uuid: &str,
        request: &SetA1DetailPageCustomTabRequest,
    ) -> rt::Call<SetA1DetailPageCustomTabResponseBody, SetA1DetailPageCustomTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetA1DetailPageCustomTab",
            rt::Method::Put,
            "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/a1CustomTabs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 自定义听记详情页tab
    ///
    /// `PUT /v1.0/minutes/flashMinutes/tasks/{taskUuid}/customTabs`: DingTalk's `SetDetailPageCustomTab` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetDetailPageCustomTab")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/customTabs")]
    #[doc(alias = "PUT /v1.0/minutes/flashMinutes/tasks/{taskUuid}/customTabs")]
    pub fn set_detail_page_custom_tab(
        &self,
        task_uuid: &str,
        request: &SetDetailPageCustomTabRequest,
    ) -> rt::Call<SetDetailPageCustomTabResponseBody, SetDetailPageCustomTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetDetailPageCustomTab",
            rt::Method::Put,
            "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/customTabs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 配置应用在听记录制页的自定义Tab
    ///
    /// `PUT /v1.0/minutes/apps/settings/inProgressTabs`: DingTalk's `SetInProgressCustomTabs` (module feature `minutes_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetInProgressCustomTabs")]
    #[doc(alias = "/v1.0/minutes/apps/settings/inProgressTabs")]
    #[doc(alias = "PUT /v1.0/minutes/apps/settings/inProgressTabs")]
    pub fn set_in_progress_custom_tabs(
        &self,
        request: &SetInProgressCustomTabsRequest,
    ) -> rt::Call<SetInProgressCustomTabsResponseBody, SetInProgressCustomTabsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetInProgressCustomTabs",
            rt::Method::Put,
            "/v1.0/minutes/apps/settings/inProgressTabs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置AI纪要待办模块可见性
    ///
    /// `PUT /v1.0/minutes/flashMinutes/tasks/{taskUuid}/todosVisible`: DingTalk's `SetMinutesTodosVisible` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetMinutesTodosVisible")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/todosVisible")]
    #[doc(alias = "PUT /v1.0/minutes/flashMinutes/tasks/{taskUuid}/todosVisible")]
    pub fn set_minutes_todos_visible(
        &self,
        task_uuid: &str,
        request: &SetMinutesTodosVisibleRequest,
    ) -> rt::Call<SetMinutesTodosVisibleResponseBody, SetMinutesTodosVisibleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetMinutesTodosVisible",
            rt::Method::Put,
            "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/todosVisible",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 更新闪记标题
    ///
    /// `PUT /v1.0/minutes/flashMinutes/tasks/{taskUuid}/titles`: DingTalk's `UpdateMinutesTitle` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateMinutesTitle")]
    #[doc(alias = "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/titles")]
    #[doc(alias = "PUT /v1.0/minutes/flashMinutes/tasks/{taskUuid}/titles")]
    pub fn update_minutes_title(
        &self,
        task_uuid: &str,
        request: &UpdateMinutesTitleRequest,
    ) -> rt::Call<UpdateMinutesTitleResponseBody, UpdateMinutesTitleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateMinutesTitle",
            rt::Method::Put,
            "/v1.0/minutes/flashMinutes/tasks/{taskUuid}/titles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 更新听记权限
    ///
    /// `PUT /v1.0/minutes/{taskUuid}/permission`: DingTalk's `UpdatePermission` (module feature `minutes_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdatePermission")]
    #[doc(alias = "/v1.0/minutes/{taskUuid}/permission")]
    #[doc(alias = "PUT /v1.0/minutes/{taskUuid}/permission")]
    pub fn update_permission(
        &self,
        task_uuid: &str,
        request: &UpdatePermissionRequest,
    ) -> rt::Call<UpdatePermissionResponseBody, UpdatePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePermission",
            rt::Method::Put,
            "/v1.0/minutes/{taskUuid}/permission",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// Every page of [`Api::admin_search_minutes`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `minutesList` of each page.
    pub fn admin_search_minutes_pages(
        &self,
        request: &AdminSearchMinutesRequest,
    ) -> rt::Paginator<
        AdminSearchMinutesResponseBody,
        AdminSearchMinutesError,
        AdminSearchMinutesResponseBodyMinutesList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &["hasMore"],
            &["minutesList"],
        );
        rt::Paginator::new(self.admin_search_minutes(request), &PAGING)
    }
    /// Every page of [`Api::list_minutes_attachments`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `attachments` of each page.
    pub fn list_minutes_attachments_pages(
        &self,
        task_uuid: &str,
        request: &ListMinutesAttachmentsRequest,
    ) -> rt::Paginator<
        ListMinutesAttachmentsResponseBody,
        ListMinutesAttachmentsError,
        ListMinutesAttachmentsResponseBodyAttachments,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["attachments"],
        );
        rt::Paginator::new(self.list_minutes_attachments(task_uuid, request), &PAGING)
    }
    /// Every page of [`Api::query_create_minutes_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `minutesDetails` of each page.
    pub fn query_create_minutes_list_pages(
        &self,
        request: &QueryCreateMinutesListRequest,
    ) -> rt::Paginator<
        QueryCreateMinutesListResponseBody,
        QueryCreateMinutesListError,
        QueryCreateMinutesListResponseBodyMinutesDetails,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["minutesDetails"],
        );
        rt::Paginator::new(self.query_create_minutes_list(request), &PAGING)
    }
    /// Every page of [`Api::query_minutes_share_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `minutesDetails` of each page.
    pub fn query_minutes_share_list_pages(
        &self,
        request: &QueryMinutesShareListRequest,
    ) -> rt::Paginator<
        QueryMinutesShareListResponseBody,
        QueryMinutesShareListError,
        QueryMinutesShareListResponseBodyMinutesDetails,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["minutesDetails"],
        );
        rt::Paginator::new(self.query_minutes_share_list(request), &PAGING)
    }
    /// Every page of [`Api::query_minutes_text`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `paragraphList` of each page.
    pub fn query_minutes_text_pages(
        &self,
        task_uuid: &str,
        request: &QueryMinutesTextRequest,
    ) -> rt::Paginator<
        QueryMinutesTextResponseBody,
        QueryMinutesTextError,
        QueryMinutesTextResponseBodyParagraphList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["paragraphList"],
        );
        rt::Paginator::new(self.query_minutes_text(task_uuid, request), &PAGING)
    }
    /// Every page of [`Api::query_org_diy_templates`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `diyTemplates` of each page.
    pub fn query_org_diy_templates_pages(
        &self,
        request: &QueryOrgDiyTemplatesRequest,
    ) -> rt::Paginator<
        QueryOrgDiyTemplatesResponseBody,
        QueryOrgDiyTemplatesError,
        QueryOrgDiyTemplatesResponseBodyDiyTemplates,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["diyTemplates"],
        );
        rt::Paginator::new(self.query_org_diy_templates(request), &PAGING)
    }
    /// Every page of [`Api::query_user_available_diy_templates`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token.
    pub fn query_user_available_diy_templates_pages(
        &self,
        request: &QueryUserAvailableDiyTemplatesRequest,
    ) -> rt::Paginator<
        QueryUserAvailableDiyTemplatesResponseBody,
        QueryUserAvailableDiyTemplatesError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &[],
        );
        rt::Paginator::new(self.query_user_available_diy_templates(request), &PAGING)
    }
}
/// `AdminSearchMinutesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AdminSearchMinutesResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `minutesList`.
    pub minutes_list: Option<Vec<AdminSearchMinutesResponseBodyMinutesList>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    AdminSearchMinutesResponseBody { "hasMore" => read_field(has_more), "minutesList" =>
    read_field(minutes_list), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AdminSearchMinutesResponseBody { "hasMore" => optional(has_more), "minutesList" =>
    optional(minutes_list), "nextToken" => optional(next_token) }
}
/// `BatchGetMinutesDetailsResponseBody`, a model several operations share: also named [`QueryBizMinutesResponseBody`], [`QueryScheduleConfMinutesResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetMinutesDetailsResponseBody {
    /// `minutesDetails`.
    pub minutes_details: Option<Vec<BatchGetMinutesDetailsResponseBodyMinutesDetails>>,
}
rt::impl_deserialize! {
    BatchGetMinutesDetailsResponseBody { "minutesDetails" => read_field(minutes_details)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetMinutesDetailsResponseBody { "minutesDetails" => optional(minutes_details) }
}
/// `BatchGetVoicePrintIdentifyConfigRequestItems`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchGetVoicePrintIdentifyConfigRequestItems {
    /// `lang`.
    pub lang: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`BatchGetVoicePrintIdentifyConfigRequestItems`], each named where it is set: `BatchGetVoicePrintIdentifyConfigRequestItems::new(BatchGetVoicePrintIdentifyConfigRequestItemsRequired { .. })`.
pub struct BatchGetVoicePrintIdentifyConfigRequestItemsRequired {
    /// `unionId`: see [`BatchGetVoicePrintIdentifyConfigRequestItems::union_id`].
    pub union_id: String,
}
impl BatchGetVoicePrintIdentifyConfigRequestItems {
    /// A `BatchGetVoicePrintIdentifyConfigRequestItems` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: BatchGetVoicePrintIdentifyConfigRequestItemsRequired) -> Self {
        let BatchGetVoicePrintIdentifyConfigRequestItemsRequired { union_id } = required;
        Self { lang: None, union_id }
    }
    /// Sets `lang`.
    pub fn lang(mut self, value: impl Into<String>) -> Self {
        self.lang = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchGetVoicePrintIdentifyConfigRequestItems { "lang" => optional(lang), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchGetVoicePrintIdentifyConfigRequestItems { "lang" => read_field(lang), "unionId"
    => read_field(union_id) }
}
/// `BatchGetVoicePrintIdentifyConfigResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetVoicePrintIdentifyConfigResponseBody {
    /// `configItems`.
    pub config_items: Option<
        Vec<BatchGetVoicePrintIdentifyConfigResponseBodyConfigItems>,
    >,
}
rt::impl_deserialize! {
    BatchGetVoicePrintIdentifyConfigResponseBody { "configItems" =>
    read_field(config_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetVoicePrintIdentifyConfigResponseBody { "configItems" =>
    optional(config_items) }
}
/// `BatchToggleVoicePrintSwitchStatusRequestItems`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchToggleVoicePrintSwitchStatusRequestItems {
    /// `open`.
    pub open: bool,
    /// `shouldClearVoicePrint`.
    pub should_clear_voice_print: Option<bool>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`BatchToggleVoicePrintSwitchStatusRequestItems`], each named where it is set: `BatchToggleVoicePrintSwitchStatusRequestItems::new(BatchToggleVoicePrintSwitchStatusRequestItemsRequired { .. })`.
pub struct BatchToggleVoicePrintSwitchStatusRequestItemsRequired {
    /// `open`: see [`BatchToggleVoicePrintSwitchStatusRequestItems::open`].
    pub open: bool,
    /// `unionId`: see [`BatchToggleVoicePrintSwitchStatusRequestItems::union_id`].
    pub union_id: String,
}
impl BatchToggleVoicePrintSwitchStatusRequestItems {
    /// A `BatchToggleVoicePrintSwitchStatusRequestItems` with its required fields (`open`, `unionId`); set the others with the methods named after them.
    pub fn new(required: BatchToggleVoicePrintSwitchStatusRequestItemsRequired) -> Self {
        let BatchToggleVoicePrintSwitchStatusRequestItemsRequired { open, union_id } = required;
        Self {
            open,
            should_clear_voice_print: None,
            union_id,
        }
    }
    /// Sets `shouldClearVoicePrint`.
    pub fn should_clear_voice_print(mut self, value: bool) -> Self {
        self.should_clear_voice_print = Some(value);
        self
    }
}
rt::impl_serialize! {
    BatchToggleVoicePrintSwitchStatusRequestItems { "open" => field(open),
    "shouldClearVoicePrint" => optional(should_clear_voice_print), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchToggleVoicePrintSwitchStatusRequestItems { "open" => read_field(open),
    "shouldClearVoicePrint" => read_field(should_clear_voice_print), "unionId" =>
    read_field(union_id) }
}
/// `BatchToggleVoicePrintSwitchStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchToggleVoicePrintSwitchStatusResponseBody {
    /// `resultItems`.
    pub result_items: Option<
        Vec<BatchToggleVoicePrintSwitchStatusResponseBodyResultItems>,
    >,
}
rt::impl_deserialize! {
    BatchToggleVoicePrintSwitchStatusResponseBody { "resultItems" =>
    read_field(result_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchToggleVoicePrintSwitchStatusResponseBody { "resultItems" =>
    optional(result_items) }
}
/// `CreateMinutesByUploadFileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateMinutesByUploadFileResponseBody {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `taskUuid`.
    pub task_uuid: Option<String>,
}
rt::impl_deserialize! {
    CreateMinutesByUploadFileResponseBody { "bizId" => read_field(biz_id), "taskUuid" =>
    read_field(task_uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateMinutesByUploadFileResponseBody { "bizId" => optional(biz_id), "taskUuid" =>
    optional(task_uuid) }
}
/// `CreateSmartDeviceAiSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateSmartDeviceAiSummaryResponseBody {
    /// `async`.
    pub r#async: Option<bool>,
}
rt::impl_deserialize! {
    CreateSmartDeviceAiSummaryResponseBody { "async" => read_field(r#async) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateSmartDeviceAiSummaryResponseBody { "async" => optional(r#async) }
}
/// `DeleteMinutesResponseBody`, a model several operations share: also named [`DeleteMinutesMediaResponseBody`], [`MoveOutTempStorageResponseBody`], [`RegenerateChaptersResponseBody`], [`SetA1DetailPageCustomTabResponseBody`], [`SetDetailPageCustomTabResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteMinutesResponseBody {
    /// `taskUuid`.
    pub task_uuid: Option<String>,
}
rt::impl_deserialize! {
    DeleteMinutesResponseBody { "taskUuid" => read_field(task_uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteMinutesResponseBody { "taskUuid" => optional(task_uuid) }
}
/// `DeleteMinutesMediaResponseBody`: the same model as [`DeleteMinutesResponseBody`].
pub type DeleteMinutesMediaResponseBody = DeleteMinutesResponseBody;
/// `ExportMinutesTaskResultRequestSummaryExportSetting`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExportMinutesTaskResultRequestSummaryExportSetting {
    /// `enableBilingual`.
    pub enable_bilingual: Option<bool>,
    /// `targetLang`.
    pub target_lang: Option<String>,
}
impl ExportMinutesTaskResultRequestSummaryExportSetting {
    /// An empty `ExportMinutesTaskResultRequestSummaryExportSetting`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enableBilingual`.
    pub fn enable_bilingual(mut self, value: bool) -> Self {
        self.enable_bilingual = Some(value);
        self
    }
    /// Sets `targetLang`.
    pub fn target_lang(mut self, value: impl Into<String>) -> Self {
        self.target_lang = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ExportMinutesTaskResultRequestSummaryExportSetting { "enableBilingual" =>
    optional(enable_bilingual), "targetLang" => optional(target_lang) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExportMinutesTaskResultRequestSummaryExportSetting { "enableBilingual" =>
    read_field(enable_bilingual), "targetLang" => read_field(target_lang) }
}
/// `ExportMinutesTaskResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExportMinutesTaskResultResponseBody {
    /// `minutesDocUrl`.
    pub minutes_doc_url: Option<String>,
}
rt::impl_deserialize! {
    ExportMinutesTaskResultResponseBody { "minutesDocUrl" => read_field(minutes_doc_url)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExportMinutesTaskResultResponseBody { "minutesDocUrl" => optional(minutes_doc_url) }
}
/// `GenerateSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GenerateSummaryResponseBody {
    /// `generatingStatus`.
    pub generating_status: Option<String>,
    /// `summaryText`.
    pub summary_text: Option<String>,
    /// `taskUuid`.
    pub task_uuid: Option<String>,
}
rt::impl_deserialize! {
    GenerateSummaryResponseBody { "generatingStatus" => read_field(generating_status),
    "summaryText" => read_field(summary_text), "taskUuid" => read_field(task_uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GenerateSummaryResponseBody { "generatingStatus" => optional(generating_status),
    "summaryText" => optional(summary_text), "taskUuid" => optional(task_uuid) }
}
/// `ListMinutesAttachmentsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMinutesAttachmentsResponseBody {
    /// `attachments`.
    pub attachments: Option<Vec<ListMinutesAttachmentsResponseBodyAttachments>>,
    /// `hasNext`.
    pub has_next: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListMinutesAttachmentsResponseBody { "attachments" => read_field(attachments),
    "hasNext" => read_field(has_next), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListMinutesAttachmentsResponseBody { "attachments" => optional(attachments),
    "hasNext" => optional(has_next), "nextToken" => optional(next_token) }
}
/// `MoveOutTempStorageResponseBody`: the same model as [`DeleteMinutesResponseBody`].
pub type MoveOutTempStorageResponseBody = DeleteMinutesResponseBody;
/// `OpenQueryMinutesSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenQueryMinutesSummaryResponseBody {
    /// `fullSummary`.
    pub full_summary: Option<String>,
}
rt::impl_deserialize! {
    OpenQueryMinutesSummaryResponseBody { "fullSummary" => read_field(full_summary) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenQueryMinutesSummaryResponseBody { "fullSummary" => optional(full_summary) }
}
/// `QueryBizMinutesResponseBody`: the same model as [`BatchGetMinutesDetailsResponseBody`].
pub type QueryBizMinutesResponseBody = BatchGetMinutesDetailsResponseBody;
/// `QueryCreateMinutesListResponseBody`, a model several operations share: also named [`QueryMinutesShareListResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCreateMinutesListResponseBody {
    /// `hasNext`.
    pub has_next: Option<bool>,
    /// `minutesDetails`.
    pub minutes_details: Option<Vec<QueryCreateMinutesListResponseBodyMinutesDetails>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    QueryCreateMinutesListResponseBody { "hasNext" => read_field(has_next),
    "minutesDetails" => read_field(minutes_details), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCreateMinutesListResponseBody { "hasNext" => optional(has_next),
    "minutesDetails" => optional(minutes_details), "nextToken" => optional(next_token) }
}
/// `QueryMinutesBasicInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesBasicInfoResponseBody {
    /// `duration`.
    pub duration: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `taskCreator`.
    pub task_creator: Option<String>,
    /// `taskUuid`.
    pub task_uuid: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    QueryMinutesBasicInfoResponseBody { "duration" => read_field(duration), "endTime" =>
    read_field(end_time), "startTime" => read_field(start_time), "taskCreator" =>
    read_field(task_creator), "taskUuid" => read_field(task_uuid), "title" =>
    read_field(title), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesBasicInfoResponseBody { "duration" => optional(duration), "endTime" =>
    optional(end_time), "startTime" => optional(start_time), "taskCreator" =>
    optional(task_creator), "taskUuid" => optional(task_uuid), "title" =>
    optional(title), "url" => optional(url) }
}
/// `QueryMinutesChaptersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesChaptersResponseBody {
    /// `chapterList`.
    pub chapter_list: Option<Vec<QueryMinutesChaptersResponseBodyChapterList>>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    QueryMinutesChaptersResponseBody { "chapterList" => read_field(chapter_list),
    "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesChaptersResponseBody { "chapterList" => optional(chapter_list), "status"
    => optional(status) }
}
/// `QueryMinutesKeywordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesKeywordResponseBody {
    /// `keywords`.
    pub keywords: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryMinutesKeywordResponseBody { "keywords" => read_field(keywords) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesKeywordResponseBody { "keywords" => optional(keywords) }
}
/// `QueryMinutesPlayInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesPlayInfoResponseBody {
    /// `playInfo`.
    pub play_info: Option<QueryMinutesPlayInfoResponseBodyPlayInfo>,
}
rt::impl_deserialize! {
    QueryMinutesPlayInfoResponseBody { "playInfo" => read_field(play_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesPlayInfoResponseBody { "playInfo" => optional(play_info) }
}
/// `QueryMinutesShareListResponseBody`: the same model as [`QueryCreateMinutesListResponseBody`].
pub type QueryMinutesShareListResponseBody = QueryCreateMinutesListResponseBody;
/// `QueryMinutesStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesStatusResponseBody {
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    QueryMinutesStatusResponseBody { "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesStatusResponseBody { "status" => optional(status) }
}
/// `QueryMinutesTextResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesTextResponseBody {
    /// `hasNext`.
    pub has_next: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `paragraphList`.
    pub paragraph_list: Option<Vec<QueryMinutesTextResponseBodyParagraphList>>,
}
rt::impl_deserialize! {
    QueryMinutesTextResponseBody { "hasNext" => read_field(has_next), "nextToken" =>
    read_field(next_token), "paragraphList" => read_field(paragraph_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesTextResponseBody { "hasNext" => optional(has_next), "nextToken" =>
    optional(next_token), "paragraphList" => optional(paragraph_list) }
}
/// `QueryMinutesTodoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesTodoResponseBody {
    /// `actions`.
    pub actions: Option<Vec<String>>,
    /// `dingtalkTodoList`.
    pub dingtalk_todo_list: Option<Vec<QueryMinutesTodoResponseBodyDingtalkTodoList>>,
}
rt::impl_deserialize! {
    QueryMinutesTodoResponseBody { "actions" => read_field(actions), "dingtalkTodoList"
    => read_field(dingtalk_todo_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesTodoResponseBody { "actions" => optional(actions), "dingtalkTodoList" =>
    optional(dingtalk_todo_list) }
}
/// `QueryOrgDiyTemplatesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrgDiyTemplatesResponseBody {
    /// `diyTemplates`.
    pub diy_templates: Option<Vec<QueryOrgDiyTemplatesResponseBodyDiyTemplates>>,
    /// `hasNext`.
    pub has_next: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    QueryOrgDiyTemplatesResponseBody { "diyTemplates" => read_field(diy_templates),
    "hasNext" => read_field(has_next), "nextToken" => read_field(next_token), "total" =>
    read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgDiyTemplatesResponseBody { "diyTemplates" => optional(diy_templates),
    "hasNext" => optional(has_next), "nextToken" => optional(next_token), "total" =>
    optional(total) }
}
/// `QueryScheduleConfMinutesResponseBody`: the same model as [`BatchGetMinutesDetailsResponseBody`].
pub type QueryScheduleConfMinutesResponseBody = BatchGetMinutesDetailsResponseBody;
/// `QuerySmartDeviceAiSceneByIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSceneByIdResponseBody {
    /// `agent`.
    pub agent: Option<QuerySmartDeviceAiSceneByIdResponseBodyAgent>,
}
rt::impl_deserialize! {
    QuerySmartDeviceAiSceneByIdResponseBody { "agent" => read_field(agent) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySmartDeviceAiSceneByIdResponseBody { "agent" => optional(agent) }
}
/// `QuerySmartDeviceAiScenePromptTemplateByIdsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiScenePromptTemplateByIdsResponseBody {
    /// `agentPromptTemplates`.
    pub agent_prompt_templates: Option<
        Vec<QuerySmartDeviceAiScenePromptTemplateByIdsResponseBodyAgentPromptTemplates>,
    >,
}
rt::impl_deserialize! {
    QuerySmartDeviceAiScenePromptTemplateByIdsResponseBody { "agentPromptTemplates" =>
    read_field(agent_prompt_templates) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySmartDeviceAiScenePromptTemplateByIdsResponseBody { "agentPromptTemplates" =>
    optional(agent_prompt_templates) }
}
/// `QuerySmartDeviceAiSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSummaryResponseBody {
    /// `aiSummaryList`.
    pub ai_summary_list: Option<Vec<QuerySmartDeviceAiSummaryResponseBodyAiSummaryList>>,
    /// `state`.
    pub state: Option<i64>,
}
rt::impl_deserialize! {
    QuerySmartDeviceAiSummaryResponseBody { "aiSummaryList" =>
    read_field(ai_summary_list), "state" => read_field(state) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySmartDeviceAiSummaryResponseBody { "aiSummaryList" => optional(ai_summary_list),
    "state" => optional(state) }
}
/// `QuerySummaryWithTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySummaryWithTemplateResponseBody {
    /// `generatingStatus`.
    pub generating_status: Option<String>,
    /// `summaryText`.
    pub summary_text: Option<String>,
    /// `visualGeneratingStatus`.
    pub visual_generating_status: Option<String>,
}
rt::impl_deserialize! {
    QuerySummaryWithTemplateResponseBody { "generatingStatus" =>
    read_field(generating_status), "summaryText" => read_field(summary_text),
    "visualGeneratingStatus" => read_field(visual_generating_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySummaryWithTemplateResponseBody { "generatingStatus" =>
    optional(generating_status), "summaryText" => optional(summary_text),
    "visualGeneratingStatus" => optional(visual_generating_status) }
}
/// `QueryUploadVideoPlayInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUploadVideoPlayInfoResponseBody {
    /// `playInfo`.
    pub play_info: Option<QueryUploadVideoPlayInfoResponseBodyPlayInfo>,
}
rt::impl_deserialize! {
    QueryUploadVideoPlayInfoResponseBody { "playInfo" => read_field(play_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUploadVideoPlayInfoResponseBody { "playInfo" => optional(play_info) }
}
/// `QueryUserAvailableDiyTemplatesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserAvailableDiyTemplatesResponseBody {
    /// `hasNext`.
    pub has_next: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `orgDiyTemplates`.
    pub org_diy_templates: Option<
        Vec<QueryUserAvailableDiyTemplatesResponseBodyOrgDiyTemplates>,
    >,
    /// `userDiyTemplates`.
    pub user_diy_templates: Option<
        Vec<QueryUserAvailableDiyTemplatesResponseBodyUserDiyTemplates>,
    >,
}
rt::impl_deserialize! {
    QueryUserAvailableDiyTemplatesResponseBody { "hasNext" => read_field(has_next),
    "nextToken" => read_field(next_token), "orgDiyTemplates" =>
    read_field(org_diy_templates), "userDiyTemplates" => read_field(user_diy_templates) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserAvailableDiyTemplatesResponseBody { "hasNext" => optional(has_next),
    "nextToken" => optional(next_token), "orgDiyTemplates" =>
    optional(org_diy_templates), "userDiyTemplates" => optional(user_diy_templates) }
}
/// `QueryUserMinutesPermissionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserMinutesPermissionResponseBody {
    /// `hasPermission`.
    pub has_permission: Option<bool>,
    /// `roleSubResourceIds`.
    pub role_sub_resource_ids: Option<Vec<String>>,
    /// `roleType`.
    pub role_type: Option<String>,
    /// `shareScopeVersion`.
    pub share_scope_version: Option<i64>,
}
rt::impl_deserialize! {
    QueryUserMinutesPermissionResponseBody { "hasPermission" =>
    read_field(has_permission), "roleSubResourceIds" =>
    read_field(role_sub_resource_ids), "roleType" => read_field(role_type),
    "shareScopeVersion" => read_field(share_scope_version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserMinutesPermissionResponseBody { "hasPermission" => optional(has_permission),
    "roleSubResourceIds" => optional(role_sub_resource_ids), "roleType" =>
    optional(role_type), "shareScopeVersion" => optional(share_scope_version) }
}
/// `RegenerateChaptersResponseBody`: the same model as [`DeleteMinutesResponseBody`].
pub type RegenerateChaptersResponseBody = DeleteMinutesResponseBody;
/// `SetA1DetailPageCustomTabRequestCustomTabList`, a model several operations share: also named [`SetDetailPageCustomTabRequestCustomTabList`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetA1DetailPageCustomTabRequestCustomTabList {
    /// `bizType`.
    pub biz_type: String,
    /// `defaultLocale`.
    pub default_locale: String,
    /// `nameI18nMap`.
    pub name_i18n_map: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `url`.
    pub url: String,
}
/// The required fields of [`SetA1DetailPageCustomTabRequestCustomTabList`], each named where it is set: `SetA1DetailPageCustomTabRequestCustomTabList::new(SetA1DetailPageCustomTabRequestCustomTabListRequired { .. })`.
pub struct SetA1DetailPageCustomTabRequestCustomTabListRequired {
    /// `bizType`: see [`SetA1DetailPageCustomTabRequestCustomTabList::biz_type`].
    pub biz_type: String,
    /// `defaultLocale`: see [`SetA1DetailPageCustomTabRequestCustomTabList::default_locale`].
    pub default_locale: String,
    /// `nameI18nMap`: see [`SetA1DetailPageCustomTabRequestCustomTabList::name_i18n_map`].
    pub name_i18n_map: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `url`: see [`SetA1DetailPageCustomTabRequestCustomTabList::url`].
    pub url: String,
}
impl SetA1DetailPageCustomTabRequestCustomTabList {
    /// A `SetA1DetailPageCustomTabRequestCustomTabList` with its required fields (`bizType`, `defaultLocale`, `nameI18nMap`, `url`); set the others with the methods named after them.
    pub fn new(required: SetA1DetailPageCustomTabRequestCustomTabListRequired) -> Self {
        let SetA1DetailPageCustomTabRequestCustomTabListRequired {
            biz_type,
            default_locale,
            name_i18n_map,
            url,
        } = required;
        Self {
            biz_type,
            default_locale,
            name_i18n_map,
            pc_url: None,
            url,
        }
    }
    /// Sets `pcUrl`.
    pub fn pc_url(mut self, value: impl Into<String>) -> Self {
        self.pc_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SetA1DetailPageCustomTabRequestCustomTabList { "bizType" => field(biz_type),
    "defaultLocale" => field(default_locale), "nameI18nMap" => field(name_i18n_map),
    "pcUrl" => optional(pc_url), "url" => field(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetA1DetailPageCustomTabRequestCustomTabList { "bizType" => read_field(biz_type),
    "defaultLocale" => read_field(default_locale), "nameI18nMap" =>
    read_field(name_i18n_map), "pcUrl" => read_field(pc_url), "url" => read_field(url) }
}
/// `SetA1DetailPageCustomTabResponseBody`: the same model as [`DeleteMinutesResponseBody`].
pub type SetA1DetailPageCustomTabResponseBody = DeleteMinutesResponseBody;
/// `SetDetailPageCustomTabRequestCustomTabList`: the same model as [`SetA1DetailPageCustomTabRequestCustomTabList`].
pub type SetDetailPageCustomTabRequestCustomTabList = SetA1DetailPageCustomTabRequestCustomTabList;
/// The required fields of [`SetDetailPageCustomTabRequestCustomTabList`].
pub type SetDetailPageCustomTabRequestCustomTabListRequired = SetA1DetailPageCustomTabRequestCustomTabListRequired;
/// `SetDetailPageCustomTabResponseBody`: the same model as [`DeleteMinutesResponseBody`].
pub type SetDetailPageCustomTabResponseBody = DeleteMinutesResponseBody;
/// `SetInProgressCustomTabsRequestCustomTabList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetInProgressCustomTabsRequestCustomTabList {
    /// `bizType`.
    pub biz_type: String,
    /// `defaultLocale`.
    pub default_locale: String,
    /// `nameI18nMap`.
    pub name_i18n_map: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `tabId`.
    pub tab_id: Option<String>,
    /// `url`.
    pub url: String,
}
/// The required fields of [`SetInProgressCustomTabsRequestCustomTabList`], each named where it is set: `SetInProgressCustomTabsRequestCustomTabList::new(SetInProgressCustomTabsRequestCustomTabListRequired { .. })`.
pub struct SetInProgressCustomTabsRequestCustomTabListRequired {
    /// `bizType`: see [`SetInProgressCustomTabsRequestCustomTabList::biz_type`].
    pub biz_type: String,
    /// `defaultLocale`: see [`SetInProgressCustomTabsRequestCustomTabList::default_locale`].
    pub default_locale: String,
    /// `nameI18nMap`: see [`SetInProgressCustomTabsRequestCustomTabList::name_i18n_map`].
    pub name_i18n_map: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `url`: see [`SetInProgressCustomTabsRequestCustomTabList::url`].
    pub url: String,
}
impl SetInProgressCustomTabsRequestCustomTabList {
    /// A `SetInProgressCustomTabsRequestCustomTabList` with its required fields (`bizType`, `defaultLocale`, `nameI18nMap`, `url`); set the others with the methods named after them.
    pub fn new(required: SetInProgressCustomTabsRequestCustomTabListRequired) -> Self {
        let SetInProgressCustomTabsRequestCustomTabListRequired {
            biz_type,
            default_locale,
            name_i18n_map,
            url,
        } = required;
        Self {
            biz_type,
            default_locale,
            name_i18n_map,
            pc_url: None,
            tab_id: None,
            url,
        }
    }
    /// Sets `pcUrl`.
    pub fn pc_url(mut self, value: impl Into<String>) -> Self {
        self.pc_url = Some(value.into());
        self
    }
    /// Sets `tabId`.
    pub fn tab_id(mut self, value: impl Into<String>) -> Self {
        self.tab_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SetInProgressCustomTabsRequestCustomTabList { "bizType" => field(biz_type),
    "defaultLocale" => field(default_locale), "nameI18nMap" => field(name_i18n_map),
    "pcUrl" => optional(pc_url), "tabId" => optional(tab_id), "url" => field(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetInProgressCustomTabsRequestCustomTabList { "bizType" => read_field(biz_type),
    "defaultLocale" => read_field(default_locale), "nameI18nMap" =>
    read_field(name_i18n_map), "pcUrl" => read_field(pc_url), "tabId" =>
    read_field(tab_id), "url" => read_field(url) }
}
/// `SetInProgressCustomTabsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SetInProgressCustomTabsResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SetInProgressCustomTabsResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SetInProgressCustomTabsResponseBody { "success" => optional(success) }
}
/// `SetMinutesTodosVisibleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SetMinutesTodosVisibleResponseBody {
    /// `taskUuid`.
    pub task_uuid: Option<String>,
    /// `todosVisible`.
    pub todos_visible: Option<bool>,
}
rt::impl_deserialize! {
    SetMinutesTodosVisibleResponseBody { "taskUuid" => read_field(task_uuid),
    "todosVisible" => read_field(todos_visible) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SetMinutesTodosVisibleResponseBody { "taskUuid" => optional(task_uuid),
    "todosVisible" => optional(todos_visible) }
}
/// `UpdateMinutesTitleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateMinutesTitleResponseBody {
    /// `taskUuid`.
    pub task_uuid: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    UpdateMinutesTitleResponseBody { "taskUuid" => read_field(task_uuid), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateMinutesTitleResponseBody { "taskUuid" => optional(task_uuid), "title" =>
    optional(title) }
}
/// `UpdatePermissionRequestMemberInfoList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdatePermissionRequestMemberInfoList {
    /// `memberType`.
    pub member_type: Option<i64>,
    /// `memberUnionId`.
    pub member_union_id: Option<String>,
    /// `policyId`.
    pub policy_id: Option<i64>,
}
impl UpdatePermissionRequestMemberInfoList {
    /// An empty `UpdatePermissionRequestMemberInfoList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `memberType`.
    pub fn member_type(mut self, value: i64) -> Self {
        self.member_type = Some(value);
        self
    }
    /// Sets `memberUnionId`.
    pub fn member_union_id(mut self, value: impl Into<String>) -> Self {
        self.member_union_id = Some(value.into());
        self
    }
    /// Sets `policyId`.
    pub fn policy_id(mut self, value: i64) -> Self {
        self.policy_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdatePermissionRequestMemberInfoList { "memberType" => optional(member_type),
    "memberUnionId" => optional(member_union_id), "policyId" => optional(policy_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdatePermissionRequestMemberInfoList { "memberType" => read_field(member_type),
    "memberUnionId" => read_field(member_union_id), "policyId" => read_field(policy_id) }
}
/// `UpdatePermissionRequestMemberPermissionOperations`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdatePermissionRequestMemberPermissionOperations {
    /// `memberType`.
    pub member_type: i64,
    /// `memberUnionId`.
    pub member_union_id: String,
    /// `opType`.
    pub op_type: i64,
    /// `policyId`.
    pub policy_id: i64,
    /// `roleSubResourceIds`.
    pub role_sub_resource_ids: Option<Vec<String>>,
}
/// The required fields of [`UpdatePermissionRequestMemberPermissionOperations`], each named where it is set: `UpdatePermissionRequestMemberPermissionOperations::new(UpdatePermissionRequestMemberPermissionOperationsRequired { .. })`.
pub struct UpdatePermissionRequestMemberPermissionOperationsRequired {
    /// `memberType`: see [`UpdatePermissionRequestMemberPermissionOperations::member_type`].
    pub member_type: i64,
    /// `memberUnionId`: see [`UpdatePermissionRequestMemberPermissionOperations::member_union_id`].
    pub member_union_id: String,
    /// `opType`: see [`UpdatePermissionRequestMemberPermissionOperations::op_type`].
    pub op_type: i64,
    /// `policyId`: see [`UpdatePermissionRequestMemberPermissionOperations::policy_id`].
    pub policy_id: i64,
}
impl UpdatePermissionRequestMemberPermissionOperations {
    /// A `UpdatePermissionRequestMemberPermissionOperations` with its required fields (`memberType`, `memberUnionId`, `opType`, `policyId`); set the others with the methods named after them.
    pub fn new(
        required: UpdatePermissionRequestMemberPermissionOperationsRequired,
    ) -> Self {
        let UpdatePermissionRequestMemberPermissionOperationsRequired {
            member_type,
            member_union_id,
            op_type,
            policy_id,
        } = required;
        Self {
            member_type,
            member_union_id,
            op_type,
            policy_id,
            role_sub_resource_ids: None,
        }
    }
    /// Sets `roleSubResourceIds`.
    pub fn role_sub_resource_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.role_sub_resource_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    UpdatePermissionRequestMemberPermissionOperations { "memberType" =>
    field(member_type), "memberUnionId" => field(member_union_id), "opType" =>
    field(op_type), "policyId" => field(policy_id), "roleSubResourceIds" =>
    optional(role_sub_resource_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdatePermissionRequestMemberPermissionOperations { "memberType" =>
    read_field(member_type), "memberUnionId" => read_field(member_union_id), "opType" =>
    read_field(op_type), "policyId" => read_field(policy_id), "roleSubResourceIds" =>
    read_field(role_sub_resource_ids) }
}
/// `UpdatePermissionRequestShareScopeConfig`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdatePermissionRequestShareScopeConfig {
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `roleSubResourceIds`.
    pub role_sub_resource_ids: Option<Vec<String>>,
    /// `shareScope`.
    pub share_scope: i64,
}
/// The required fields of [`UpdatePermissionRequestShareScopeConfig`], each named where it is set: `UpdatePermissionRequestShareScopeConfig::new(UpdatePermissionRequestShareScopeConfigRequired { .. })`.
pub struct UpdatePermissionRequestShareScopeConfigRequired {
    /// `shareScope`: see [`UpdatePermissionRequestShareScopeConfig::share_scope`].
    pub share_scope: i64,
}
impl UpdatePermissionRequestShareScopeConfig {
    /// A `UpdatePermissionRequestShareScopeConfig` with its required fields (`shareScope`); set the others with the methods named after them.
    pub fn new(required: UpdatePermissionRequestShareScopeConfigRequired) -> Self {
        let UpdatePermissionRequestShareScopeConfigRequired { share_scope } = required;
        Self {
            role_code: None,
            role_sub_resource_ids: None,
            share_scope,
        }
    }
    /// Sets `roleCode`.
    pub fn role_code(mut self, value: impl Into<String>) -> Self {
        self.role_code = Some(value.into());
        self
    }
    /// Sets `roleSubResourceIds`.
    pub fn role_sub_resource_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.role_sub_resource_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    UpdatePermissionRequestShareScopeConfig { "roleCode" => optional(role_code),
    "roleSubResourceIds" => optional(role_sub_resource_ids), "shareScope" =>
    field(share_scope) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdatePermissionRequestShareScopeConfig { "roleCode" => read_field(role_code),
    "roleSubResourceIds" => read_field(role_sub_resource_ids), "shareScope" =>
    read_field(share_scope) }
}
/// `UpdatePermissionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdatePermissionResponseBody {
    /// `allSucceeded`.
    pub all_succeeded: Option<bool>,
    /// `failMemberInfoList`.
    pub fail_member_info_list: Option<
        Vec<UpdatePermissionResponseBodyFailMemberInfoList>,
    >,
    /// `memberPermissionOperationResults`.
    pub member_permission_operation_results: Option<
        Vec<UpdatePermissionResponseBodyMemberPermissionOperationResults>,
    >,
    /// `modelVersion`.
    pub model_version: Option<String>,
    /// `partialSuccess`.
    pub partial_success: Option<bool>,
    /// `shareScopeResult`.
    pub share_scope_result: Option<UpdatePermissionResponseBodyShareScopeResult>,
    /// `shareScopeVersion`.
    pub share_scope_version: Option<i64>,
}
rt::impl_deserialize! {
    UpdatePermissionResponseBody { "allSucceeded" => read_field(all_succeeded),
    "failMemberInfoList" => read_field(fail_member_info_list),
    "memberPermissionOperationResults" =>
    read_field(member_permission_operation_results), "modelVersion" =>
    read_field(model_version), "partialSuccess" => read_field(partial_success),
    "shareScopeResult" => read_field(share_scope_result), "shareScopeVersion" =>
    read_field(share_scope_version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdatePermissionResponseBody { "allSucceeded" => optional(all_succeeded),
    "failMemberInfoList" => optional(fail_member_info_list),
    "memberPermissionOperationResults" => optional(member_permission_operation_results),
    "modelVersion" => optional(model_version), "partialSuccess" =>
    optional(partial_success), "shareScopeResult" => optional(share_scope_result),
    "shareScopeVersion" => optional(share_scope_version) }
}
/// `AdminSearchMinutesResponseBodyMinutesList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AdminSearchMinutesResponseBodyMinutesList {
    /// `bizType`.
    pub biz_type: Option<i64>,
    /// `creatorNick`.
    pub creator_nick: Option<String>,
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `fullTextSummary`.
    pub full_text_summary: Option<String>,
    /// `originalText`.
    pub original_text: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `taskUuid`.
    pub task_uuid: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    AdminSearchMinutesResponseBodyMinutesList { "bizType" => read_field(biz_type),
    "creatorNick" => read_field(creator_nick), "creatorUnionId" =>
    read_field(creator_union_id), "duration" => read_field(duration), "fullTextSummary"
    => read_field(full_text_summary), "originalText" => read_field(original_text),
    "startTime" => read_field(start_time), "status" => read_field(status), "taskUuid" =>
    read_field(task_uuid), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AdminSearchMinutesResponseBodyMinutesList { "bizType" => optional(biz_type),
    "creatorNick" => optional(creator_nick), "creatorUnionId" =>
    optional(creator_union_id), "duration" => optional(duration), "fullTextSummary" =>
    optional(full_text_summary), "originalText" => optional(original_text), "startTime"
    => optional(start_time), "status" => optional(status), "taskUuid" =>
    optional(task_uuid), "title" => optional(title) }
}
/// `BatchGetMinutesDetailsResponseBodyMinutesDetails`, a model several operations share: also named [`QueryBizMinutesResponseBodyMinutesDetails`], [`QueryCreateMinutesListResponseBodyMinutesDetails`], [`QueryMinutesShareListResponseBodyMinutesDetails`], [`QueryScheduleConfMinutesResponseBodyMinutesDetails`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetMinutesDetailsResponseBodyMinutesDetails {
    /// `bizOrder`.
    pub biz_order: Option<String>,
    /// `bizType`.
    pub biz_type: Option<i64>,
    /// `creatorNick`.
    pub creator_nick: Option<String>,
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `durationMicros`.
    pub duration_micros: Option<i64>,
    /// `isDeleted`.
    pub is_deleted: Option<i64>,
    /// `size`.
    pub size: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `taskUuid`.
    pub task_uuid: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    BatchGetMinutesDetailsResponseBodyMinutesDetails { "bizOrder" =>
    read_field(biz_order), "bizType" => read_field(biz_type), "creatorNick" =>
    read_field(creator_nick), "creatorUnionId" => read_field(creator_union_id),
    "durationMicros" => read_field(duration_micros), "isDeleted" =>
    read_field(is_deleted), "size" => read_field(size), "startTime" =>
    read_field(start_time), "status" => read_field(status), "taskUuid" =>
    read_field(task_uuid), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetMinutesDetailsResponseBodyMinutesDetails { "bizOrder" => optional(biz_order),
    "bizType" => optional(biz_type), "creatorNick" => optional(creator_nick),
    "creatorUnionId" => optional(creator_union_id), "durationMicros" =>
    optional(duration_micros), "isDeleted" => optional(is_deleted), "size" =>
    optional(size), "startTime" => optional(start_time), "status" => optional(status),
    "taskUuid" => optional(task_uuid), "title" => optional(title) }
}
/// `BatchGetVoicePrintIdentifyConfigResponseBodyConfigItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetVoicePrintIdentifyConfigResponseBodyConfigItems {
    /// `allowConfigVoicePrint`.
    pub allow_config_voice_print: Option<bool>,
    /// `enableVoicePrint`.
    pub enable_voice_print: Option<bool>,
    /// `hasVoicePrintRecord`.
    pub has_voice_print_record: Option<bool>,
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    BatchGetVoicePrintIdentifyConfigResponseBodyConfigItems { "allowConfigVoicePrint" =>
    read_field(allow_config_voice_print), "enableVoicePrint" =>
    read_field(enable_voice_print), "hasVoicePrintRecord" =>
    read_field(has_voice_print_record), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetVoicePrintIdentifyConfigResponseBodyConfigItems { "allowConfigVoicePrint" =>
    optional(allow_config_voice_print), "enableVoicePrint" =>
    optional(enable_voice_print), "hasVoicePrintRecord" =>
    optional(has_voice_print_record), "unionId" => optional(union_id) }
}
/// `BatchToggleVoicePrintSwitchStatusResponseBodyResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchToggleVoicePrintSwitchStatusResponseBodyResultItems {
    /// `message`.
    pub message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    BatchToggleVoicePrintSwitchStatusResponseBodyResultItems { "message" =>
    read_field(message), "success" => read_field(success), "unionId" =>
    read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchToggleVoicePrintSwitchStatusResponseBodyResultItems { "message" =>
    optional(message), "success" => optional(success), "unionId" => optional(union_id) }
}
/// `ListMinutesAttachmentsResponseBodyAttachments`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMinutesAttachmentsResponseBodyAttachments {
    /// `content`.
    pub content: Option<String>,
    /// `contentType`.
    pub content_type: Option<i64>,
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `noteId`.
    pub note_id: Option<i64>,
    /// `noteTime`.
    pub note_time: Option<i64>,
    /// `relativeTimeMs`.
    pub relative_time_ms: Option<i64>,
    /// `type`.
    pub r#type: Option<i64>,
}
rt::impl_deserialize! {
    ListMinutesAttachmentsResponseBodyAttachments { "content" => read_field(content),
    "contentType" => read_field(content_type), "downloadUrl" => read_field(download_url),
    "noteId" => read_field(note_id), "noteTime" => read_field(note_time),
    "relativeTimeMs" => read_field(relative_time_ms), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListMinutesAttachmentsResponseBodyAttachments { "content" => optional(content),
    "contentType" => optional(content_type), "downloadUrl" => optional(download_url),
    "noteId" => optional(note_id), "noteTime" => optional(note_time), "relativeTimeMs" =>
    optional(relative_time_ms), "type" => optional(r#type) }
}
/// `QueryBizMinutesResponseBodyMinutesDetails`: the same model as [`BatchGetMinutesDetailsResponseBodyMinutesDetails`].
pub type QueryBizMinutesResponseBodyMinutesDetails = BatchGetMinutesDetailsResponseBodyMinutesDetails;
/// `QueryCreateMinutesListResponseBodyMinutesDetails`: the same model as [`BatchGetMinutesDetailsResponseBodyMinutesDetails`].
pub type QueryCreateMinutesListResponseBodyMinutesDetails = BatchGetMinutesDetailsResponseBodyMinutesDetails;
/// `QueryMinutesChaptersResponseBodyChapterList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesChaptersResponseBodyChapterList {
    /// `content`.
    pub content: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
rt::impl_deserialize! {
    QueryMinutesChaptersResponseBodyChapterList { "content" => read_field(content),
    "endTime" => read_field(end_time), "startTime" => read_field(start_time), "title" =>
    read_field(title), "uuid" => read_field(uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesChaptersResponseBodyChapterList { "content" => optional(content),
    "endTime" => optional(end_time), "startTime" => optional(start_time), "title" =>
    optional(title), "uuid" => optional(uuid) }
}
/// `QueryMinutesPlayInfoResponseBodyPlayInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesPlayInfoResponseBodyPlayInfo {
    /// `downloadUrl`.
    pub download_url: Option<String>,
    /// `duration`.
    pub duration: Option<String>,
    /// `mediaType`.
    pub media_type: Option<String>,
    /// `playUrl`.
    pub play_url: Option<String>,
    /// `size`.
    pub size: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    QueryMinutesPlayInfoResponseBodyPlayInfo { "downloadUrl" => read_field(download_url),
    "duration" => read_field(duration), "mediaType" => read_field(media_type), "playUrl"
    => read_field(play_url), "size" => read_field(size), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesPlayInfoResponseBodyPlayInfo { "downloadUrl" => optional(download_url),
    "duration" => optional(duration), "mediaType" => optional(media_type), "playUrl" =>
    optional(play_url), "size" => optional(size), "status" => optional(status) }
}
/// `QueryMinutesShareListResponseBodyMinutesDetails`: the same model as [`BatchGetMinutesDetailsResponseBodyMinutesDetails`].
pub type QueryMinutesShareListResponseBodyMinutesDetails = BatchGetMinutesDetailsResponseBodyMinutesDetails;
/// `QueryMinutesTextResponseBodyParagraphList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesTextResponseBodyParagraphList {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `paragraph`.
    pub paragraph: Option<String>,
    /// `paragraphId`.
    pub paragraph_id: Option<i64>,
    /// `recordId`.
    pub record_id: Option<i64>,
    /// `sentenceList`.
    pub sentence_list: Option<
        Vec<QueryMinutesTextResponseBodyParagraphListSentenceList>,
    >,
    /// `speakerDisplay`.
    pub speaker_display: Option<QueryMinutesTextResponseBodyParagraphListSpeakerDisplay>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `subSpeakerId`.
    pub sub_speaker_id: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    QueryMinutesTextResponseBodyParagraphList { "endTime" => read_field(end_time),
    "nickName" => read_field(nick_name), "paragraph" => read_field(paragraph),
    "paragraphId" => read_field(paragraph_id), "recordId" => read_field(record_id),
    "sentenceList" => read_field(sentence_list), "speakerDisplay" =>
    read_field(speaker_display), "startTime" => read_field(start_time), "subSpeakerId" =>
    read_field(sub_speaker_id), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesTextResponseBodyParagraphList { "endTime" => optional(end_time),
    "nickName" => optional(nick_name), "paragraph" => optional(paragraph), "paragraphId"
    => optional(paragraph_id), "recordId" => optional(record_id), "sentenceList" =>
    optional(sentence_list), "speakerDisplay" => optional(speaker_display), "startTime"
    => optional(start_time), "subSpeakerId" => optional(sub_speaker_id), "unionId" =>
    optional(union_id) }
}
/// `QueryMinutesTodoResponseBodyDingtalkTodoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesTodoResponseBodyDingtalkTodoList {
    /// `createdTime`.
    pub created_time: Option<i64>,
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `deadline`.
    pub deadline: Option<String>,
    /// `dingtalkTodoId`.
    pub dingtalk_todo_id: Option<String>,
    /// `executorList`.
    pub executor_list: Option<
        Vec<QueryMinutesTodoResponseBodyDingtalkTodoListExecutorList>,
    >,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `minutesTodoId`.
    pub minutes_todo_id: Option<String>,
    /// `openDingtalkTodoId`.
    pub open_dingtalk_todo_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QueryMinutesTodoResponseBodyDingtalkTodoList { "createdTime" =>
    read_field(created_time), "creatorUnionId" => read_field(creator_union_id),
    "deadline" => read_field(deadline), "dingtalkTodoId" => read_field(dingtalk_todo_id),
    "executorList" => read_field(executor_list), "isDone" => read_field(is_done),
    "minutesTodoId" => read_field(minutes_todo_id), "openDingtalkTodoId" =>
    read_field(open_dingtalk_todo_id), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesTodoResponseBodyDingtalkTodoList { "createdTime" =>
    optional(created_time), "creatorUnionId" => optional(creator_union_id), "deadline" =>
    optional(deadline), "dingtalkTodoId" => optional(dingtalk_todo_id), "executorList" =>
    optional(executor_list), "isDone" => optional(is_done), "minutesTodoId" =>
    optional(minutes_todo_id), "openDingtalkTodoId" => optional(open_dingtalk_todo_id),
    "title" => optional(title) }
}
/// `QueryOrgDiyTemplatesResponseBodyDiyTemplates`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrgDiyTemplatesResponseBodyDiyTemplates {
    /// `acceptTimes`.
    pub accept_times: Option<i64>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creatorNick`.
    pub creator_nick: Option<String>,
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `diyTemplateBriefIntro`.
    pub diy_template_brief_intro: Option<String>,
    /// `diyTemplateIconUrl`.
    pub diy_template_icon_url: Option<String>,
    /// `diyTemplateKey`.
    pub diy_template_key: Option<String>,
    /// `diyTemplateLatestVersion`.
    pub diy_template_latest_version: Option<i64>,
    /// `diyTemplateSource`.
    pub diy_template_source: Option<String>,
    /// `diyTemplateTitle`.
    pub diy_template_title: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    QueryOrgDiyTemplatesResponseBodyDiyTemplates { "acceptTimes" =>
    read_field(accept_times), "createTime" => read_field(create_time), "creatorNick" =>
    read_field(creator_nick), "creatorUnionId" => read_field(creator_union_id),
    "diyTemplateBriefIntro" => read_field(diy_template_brief_intro), "diyTemplateIconUrl"
    => read_field(diy_template_icon_url), "diyTemplateKey" =>
    read_field(diy_template_key), "diyTemplateLatestVersion" =>
    read_field(diy_template_latest_version), "diyTemplateSource" =>
    read_field(diy_template_source), "diyTemplateTitle" =>
    read_field(diy_template_title), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgDiyTemplatesResponseBodyDiyTemplates { "acceptTimes" =>
    optional(accept_times), "createTime" => optional(create_time), "creatorNick" =>
    optional(creator_nick), "creatorUnionId" => optional(creator_union_id),
    "diyTemplateBriefIntro" => optional(diy_template_brief_intro), "diyTemplateIconUrl"
    => optional(diy_template_icon_url), "diyTemplateKey" => optional(diy_template_key),
    "diyTemplateLatestVersion" => optional(diy_template_latest_version),
    "diyTemplateSource" => optional(diy_template_source), "diyTemplateTitle" =>
    optional(diy_template_title), "status" => optional(status) }
}
/// `QueryScheduleConfMinutesResponseBodyMinutesDetails`: the same model as [`BatchGetMinutesDetailsResponseBodyMinutesDetails`].
pub type QueryScheduleConfMinutesResponseBodyMinutesDetails = BatchGetMinutesDetailsResponseBodyMinutesDetails;
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSceneByIdResponseBodyAgent {
    /// `agentId`.
    pub agent_id: Option<String>,
    /// `agentInstanceId`.
    pub agent_instance_id: Option<String>,
    /// `agentName`.
    pub agent_name: Option<String>,
    /// `allFileGroups`.
    pub all_file_groups: Option<bool>,
    /// `attributes`.
    pub attributes: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `belongingId`.
    pub belonging_id: Option<String>,
    /// `belongingType`.
    pub belonging_type: Option<i64>,
    /// `country`.
    pub country: Option<String>,
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `deviceList`.
    pub device_list: Option<Vec<QuerySmartDeviceAiSceneByIdResponseBodyAgentDeviceList>>,
    /// `isvAiScene`.
    pub isv_ai_scene: Option<QuerySmartDeviceAiSceneByIdResponseBodyAgentIsvAiScene>,
    /// `keywords`.
    pub keywords: Option<Vec<String>>,
    /// `llmModel`.
    pub llm_model: Option<QuerySmartDeviceAiSceneByIdResponseBodyAgentLlmModel>,
    /// `mail`.
    pub mail: Option<String>,
    /// `mailOption`.
    pub mail_option: Option<String>,
    /// `minutesTemplates`.
    pub minutes_templates: Option<
        Vec<QuerySmartDeviceAiSceneByIdResponseBodyAgentMinutesTemplates>,
    >,
    /// `projectList`.
    pub project_list: Option<
        Vec<QuerySmartDeviceAiSceneByIdResponseBodyAgentProjectList>,
    >,
    /// `prompt`.
    pub prompt: Option<String>,
    /// `promptTemplateIds`.
    pub prompt_template_ids: Option<Vec<String>>,
    /// `state`.
    pub state: Option<i64>,
    /// `syncCollabSheetConfig`.
    pub sync_collab_sheet_config: Option<
        QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncCollabSheetConfig,
    >,
    /// `syncIsvSystemConfigs`.
    pub sync_isv_system_configs: Option<
        Vec<QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncIsvSystemConfigs>,
    >,
    /// `syncYidaConfig`.
    pub sync_yida_config: Option<
        QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncYidaConfig,
    >,
}
rt::impl_deserialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgent { "agentId" => read_field(agent_id),
    "agentInstanceId" => read_field(agent_instance_id), "agentName" =>
    read_field(agent_name), "allFileGroups" => read_field(all_file_groups), "attributes"
    => read_field(attributes), "avatarUrl" => read_field(avatar_url), "belongingId" =>
    read_field(belonging_id), "belongingType" => read_field(belonging_type), "country" =>
    read_field(country), "creatorUnionId" => read_field(creator_union_id), "description"
    => read_field(description), "deviceList" => read_field(device_list), "isvAiScene" =>
    read_field(isv_ai_scene), "keywords" => read_field(keywords), "llmModel" =>
    read_field(llm_model), "mail" => read_field(mail), "mailOption" =>
    read_field(mail_option), "minutesTemplates" => read_field(minutes_templates),
    "projectList" => read_field(project_list), "prompt" => read_field(prompt),
    "promptTemplateIds" => read_field(prompt_template_ids), "state" => read_field(state),
    "syncCollabSheetConfig" => read_field(sync_collab_sheet_config),
    "syncIsvSystemConfigs" => read_field(sync_isv_system_configs), "syncYidaConfig" =>
    read_field(sync_yida_config) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgent { "agentId" => optional(agent_id),
    "agentInstanceId" => optional(agent_instance_id), "agentName" =>
    optional(agent_name), "allFileGroups" => optional(all_file_groups), "attributes" =>
    optional(attributes), "avatarUrl" => optional(avatar_url), "belongingId" =>
    optional(belonging_id), "belongingType" => optional(belonging_type), "country" =>
    optional(country), "creatorUnionId" => optional(creator_union_id), "description" =>
    optional(description), "deviceList" => optional(device_list), "isvAiScene" =>
    optional(isv_ai_scene), "keywords" => optional(keywords), "llmModel" =>
    optional(llm_model), "mail" => optional(mail), "mailOption" => optional(mail_option),
    "minutesTemplates" => optional(minutes_templates), "projectList" =>
    optional(project_list), "prompt" => optional(prompt), "promptTemplateIds" =>
    optional(prompt_template_ids), "state" => optional(state), "syncCollabSheetConfig" =>
    optional(sync_collab_sheet_config), "syncIsvSystemConfigs" =>
    optional(sync_isv_system_configs), "syncYidaConfig" => optional(sync_yida_config) }
}
/// `QuerySmartDeviceAiScenePromptTemplateByIdsResponseBodyAgentPromptTemplates`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiScenePromptTemplateByIdsResponseBodyAgentPromptTemplates {
    /// `agentPromptTemplateId`.
    pub agent_prompt_template_id: Option<String>,
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `belongingId`.
    pub belonging_id: Option<String>,
    /// `belongingType`.
    pub belonging_type: Option<String>,
    /// `category`.
    pub category: Option<String>,
    /// `country`.
    pub country: Option<String>,
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `order`.
    pub order: Option<String>,
    /// `prompt`.
    pub prompt: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QuerySmartDeviceAiScenePromptTemplateByIdsResponseBodyAgentPromptTemplates {
    "agentPromptTemplateId" => read_field(agent_prompt_template_id), "avatarUrl" =>
    read_field(avatar_url), "belongingId" => read_field(belonging_id), "belongingType" =>
    read_field(belonging_type), "category" => read_field(category), "country" =>
    read_field(country), "creatorUnionId" => read_field(creator_union_id), "description"
    => read_field(description), "order" => read_field(order), "prompt" =>
    read_field(prompt), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySmartDeviceAiScenePromptTemplateByIdsResponseBodyAgentPromptTemplates {
    "agentPromptTemplateId" => optional(agent_prompt_template_id), "avatarUrl" =>
    optional(avatar_url), "belongingId" => optional(belonging_id), "belongingType" =>
    optional(belonging_type), "category" => optional(category), "country" =>
    optional(country), "creatorUnionId" => optional(creator_union_id), "description" =>
    optional(description), "order" => optional(order), "prompt" => optional(prompt),
    "title" => optional(title) }
}
/// `QuerySmartDeviceAiSummaryResponseBodyAiSummaryList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSummaryResponseBodyAiSummaryList {
    /// `agentId`.
    pub agent_id: Option<String>,
    /// `aiSceneRuleAvatarUrl`.
    pub ai_scene_rule_avatar_url: Option<String>,
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `openFileId`.
    pub open_file_id: Option<String>,
    /// `order`.
    pub order: Option<i64>,
    /// `summary`.
    pub summary: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QuerySmartDeviceAiSummaryResponseBodyAiSummaryList { "agentId" =>
    read_field(agent_id), "aiSceneRuleAvatarUrl" => read_field(ai_scene_rule_avatar_url),
    "creatorUnionId" => read_field(creator_union_id), "instanceId" =>
    read_field(instance_id), "openFileId" => read_field(open_file_id), "order" =>
    read_field(order), "summary" => read_field(summary), "templateId" =>
    read_field(template_id), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySmartDeviceAiSummaryResponseBodyAiSummaryList { "agentId" => optional(agent_id),
    "aiSceneRuleAvatarUrl" => optional(ai_scene_rule_avatar_url), "creatorUnionId" =>
    optional(creator_union_id), "instanceId" => optional(instance_id), "openFileId" =>
    optional(open_file_id), "order" => optional(order), "summary" => optional(summary),
    "templateId" => optional(template_id), "title" => optional(title) }
}
/// `QueryUploadVideoPlayInfoResponseBodyPlayInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUploadVideoPlayInfoResponseBodyPlayInfo {
    /// `duration`.
    pub duration: Option<i64>,
    /// `playUrl`.
    pub play_url: Option<String>,
    /// `size`.
    pub size: Option<i64>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    QueryUploadVideoPlayInfoResponseBodyPlayInfo { "duration" => read_field(duration),
    "playUrl" => read_field(play_url), "size" => read_field(size), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUploadVideoPlayInfoResponseBodyPlayInfo { "duration" => optional(duration),
    "playUrl" => optional(play_url), "size" => optional(size), "status" =>
    optional(status) }
}
/// `QueryUserAvailableDiyTemplatesResponseBodyOrgDiyTemplates`, a model several operations share: also named [`QueryUserAvailableDiyTemplatesResponseBodyUserDiyTemplates`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserAvailableDiyTemplatesResponseBodyOrgDiyTemplates {
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `diyTemplateBriefIntro`.
    pub diy_template_brief_intro: Option<String>,
    /// `diyTemplateIconUrl`.
    pub diy_template_icon_url: Option<String>,
    /// `diyTemplateKey`.
    pub diy_template_key: Option<String>,
    /// `diyTemplateLatestVersion`.
    pub diy_template_latest_version: Option<i64>,
    /// `diyTemplateSource`.
    pub diy_template_source: Option<String>,
    /// `diyTemplateTitle`.
    pub diy_template_title: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<i64>,
}
rt::impl_deserialize! {
    QueryUserAvailableDiyTemplatesResponseBodyOrgDiyTemplates { "createTime" =>
    read_field(create_time), "diyTemplateBriefIntro" =>
    read_field(diy_template_brief_intro), "diyTemplateIconUrl" =>
    read_field(diy_template_icon_url), "diyTemplateKey" => read_field(diy_template_key),
    "diyTemplateLatestVersion" => read_field(diy_template_latest_version),
    "diyTemplateSource" => read_field(diy_template_source), "diyTemplateTitle" =>
    read_field(diy_template_title), "modifiedTime" => read_field(modified_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserAvailableDiyTemplatesResponseBodyOrgDiyTemplates { "createTime" =>
    optional(create_time), "diyTemplateBriefIntro" => optional(diy_template_brief_intro),
    "diyTemplateIconUrl" => optional(diy_template_icon_url), "diyTemplateKey" =>
    optional(diy_template_key), "diyTemplateLatestVersion" =>
    optional(diy_template_latest_version), "diyTemplateSource" =>
    optional(diy_template_source), "diyTemplateTitle" => optional(diy_template_title),
    "modifiedTime" => optional(modified_time) }
}
/// `QueryUserAvailableDiyTemplatesResponseBodyUserDiyTemplates`: the same model as [`QueryUserAvailableDiyTemplatesResponseBodyOrgDiyTemplates`].
pub type QueryUserAvailableDiyTemplatesResponseBodyUserDiyTemplates = QueryUserAvailableDiyTemplatesResponseBodyOrgDiyTemplates;
/// `UpdatePermissionResponseBodyFailMemberInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdatePermissionResponseBodyFailMemberInfoList {
    /// `memberType`.
    pub member_type: Option<i64>,
    /// `memberUnionId`.
    pub member_union_id: Option<String>,
    /// `policyId`.
    pub policy_id: Option<i64>,
}
rt::impl_deserialize! {
    UpdatePermissionResponseBodyFailMemberInfoList { "memberType" =>
    read_field(member_type), "memberUnionId" => read_field(member_union_id), "policyId"
    => read_field(policy_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdatePermissionResponseBodyFailMemberInfoList { "memberType" =>
    optional(member_type), "memberUnionId" => optional(member_union_id), "policyId" =>
    optional(policy_id) }
}
/// `UpdatePermissionResponseBodyMemberPermissionOperationResults`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdatePermissionResponseBodyMemberPermissionOperationResults {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMessage`.
    pub error_message: Option<String>,
    /// `index`.
    pub index: Option<i64>,
    /// `memberType`.
    pub member_type: Option<i64>,
    /// `memberUnionId`.
    pub member_union_id: Option<String>,
    /// `opType`.
    pub op_type: Option<i64>,
    /// `policyId`.
    pub policy_id: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UpdatePermissionResponseBodyMemberPermissionOperationResults { "errorCode" =>
    read_field(error_code), "errorMessage" => read_field(error_message), "index" =>
    read_field(index), "memberType" => read_field(member_type), "memberUnionId" =>
    read_field(member_union_id), "opType" => read_field(op_type), "policyId" =>
    read_field(policy_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdatePermissionResponseBodyMemberPermissionOperationResults { "errorCode" =>
    optional(error_code), "errorMessage" => optional(error_message), "index" =>
    optional(index), "memberType" => optional(member_type), "memberUnionId" =>
    optional(member_union_id), "opType" => optional(op_type), "policyId" =>
    optional(policy_id), "success" => optional(success) }
}
/// `UpdatePermissionResponseBodyShareScopeResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdatePermissionResponseBodyShareScopeResult {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMessage`.
    pub error_message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UpdatePermissionResponseBodyShareScopeResult { "errorCode" => read_field(error_code),
    "errorMessage" => read_field(error_message), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdatePermissionResponseBodyShareScopeResult { "errorCode" => optional(error_code),
    "errorMessage" => optional(error_message), "success" => optional(success) }
}
/// `QueryMinutesTextResponseBodyParagraphListSentenceList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesTextResponseBodyParagraphListSentenceList {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `sentence`.
    pub sentence: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `wordList`.
    pub word_list: Option<
        Vec<QueryMinutesTextResponseBodyParagraphListSentenceListWordList>,
    >,
}
rt::impl_deserialize! {
    QueryMinutesTextResponseBodyParagraphListSentenceList { "endTime" =>
    read_field(end_time), "sentence" => read_field(sentence), "startTime" =>
    read_field(start_time), "wordList" => read_field(word_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesTextResponseBodyParagraphListSentenceList { "endTime" =>
    optional(end_time), "sentence" => optional(sentence), "startTime" =>
    optional(start_time), "wordList" => optional(word_list) }
}
/// `QueryMinutesTextResponseBodyParagraphListSpeakerDisplay`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesTextResponseBodyParagraphListSpeakerDisplay {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
}
rt::impl_deserialize! {
    QueryMinutesTextResponseBodyParagraphListSpeakerDisplay { "avatarUrl" =>
    read_field(avatar_url), "nickName" => read_field(nick_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesTextResponseBodyParagraphListSpeakerDisplay { "avatarUrl" =>
    optional(avatar_url), "nickName" => optional(nick_name) }
}
/// `QueryMinutesTodoResponseBodyDingtalkTodoListExecutorList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesTodoResponseBodyDingtalkTodoListExecutorList {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    QueryMinutesTodoResponseBodyDingtalkTodoListExecutorList { "avatar" =>
    read_field(avatar), "nick" => read_field(nick), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesTodoResponseBodyDingtalkTodoListExecutorList { "avatar" =>
    optional(avatar), "nick" => optional(nick), "unionId" => optional(union_id) }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentDeviceList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSceneByIdResponseBodyAgentDeviceList {
    /// `devServId`.
    pub dev_serv_id: Option<i64>,
    /// `deviceId`.
    pub device_id: Option<i64>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `sn`.
    pub sn: Option<String>,
}
rt::impl_deserialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentDeviceList { "devServId" =>
    read_field(dev_serv_id), "deviceId" => read_field(device_id), "deviceName" =>
    read_field(device_name), "sn" => read_field(sn) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentDeviceList { "devServId" =>
    optional(dev_serv_id), "deviceId" => optional(device_id), "deviceName" =>
    optional(device_name), "sn" => optional(sn) }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentIsvAiScene`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSceneByIdResponseBodyAgentIsvAiScene {
    /// `isvAppId`.
    pub isv_app_id: Option<String>,
    /// `isvAppState`.
    pub isv_app_state: Option<i64>,
    /// `isvCorpId`.
    pub isv_corp_id: Option<String>,
    /// `isvType`.
    pub isv_type: Option<i64>,
}
rt::impl_deserialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentIsvAiScene { "isvAppId" =>
    read_field(isv_app_id), "isvAppState" => read_field(isv_app_state), "isvCorpId" =>
    read_field(isv_corp_id), "isvType" => read_field(isv_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentIsvAiScene { "isvAppId" =>
    optional(isv_app_id), "isvAppState" => optional(isv_app_state), "isvCorpId" =>
    optional(isv_corp_id), "isvType" => optional(isv_type) }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentLlmModel`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSceneByIdResponseBodyAgentLlmModel {
    /// `modelId`.
    pub model_id: Option<String>,
    /// `modelName`.
    pub model_name: Option<String>,
}
rt::impl_deserialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentLlmModel { "modelId" =>
    read_field(model_id), "modelName" => read_field(model_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentLlmModel { "modelId" =>
    optional(model_id), "modelName" => optional(model_name) }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentMinutesTemplates`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSceneByIdResponseBodyAgentMinutesTemplates {
    /// `category`.
    pub category: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `iconUrl`.
    pub icon_url: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentMinutesTemplates { "category" =>
    read_field(category), "description" => read_field(description), "iconUrl" =>
    read_field(icon_url), "templateId" => read_field(template_id), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentMinutesTemplates { "category" =>
    optional(category), "description" => optional(description), "iconUrl" =>
    optional(icon_url), "templateId" => optional(template_id), "title" => optional(title)
    }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentProjectList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSceneByIdResponseBodyAgentProjectList {
    /// `projectId`.
    pub project_id: Option<String>,
    /// `projectName`.
    pub project_name: Option<String>,
}
rt::impl_deserialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentProjectList { "projectId" =>
    read_field(project_id), "projectName" => read_field(project_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentProjectList { "projectId" =>
    optional(project_id), "projectName" => optional(project_name) }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncCollabSheetConfig`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncCollabSheetConfig {
    /// `agentPromptTemplateIds`.
    pub agent_prompt_template_ids: Option<Vec<String>>,
    /// `collabSheetName`.
    pub collab_sheet_name: Option<String>,
    /// `collabSheetUrl`.
    pub collab_sheet_url: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `dentryUuid`.
    pub dentry_uuid: Option<String>,
    /// `sheetId`.
    pub sheet_id: Option<String>,
    /// `syncCollabSheet`.
    pub sync_collab_sheet: Option<bool>,
}
rt::impl_deserialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncCollabSheetConfig {
    "agentPromptTemplateIds" => read_field(agent_prompt_template_ids), "collabSheetName"
    => read_field(collab_sheet_name), "collabSheetUrl" => read_field(collab_sheet_url),
    "corpId" => read_field(corp_id), "dentryUuid" => read_field(dentry_uuid), "sheetId"
    => read_field(sheet_id), "syncCollabSheet" => read_field(sync_collab_sheet) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncCollabSheetConfig {
    "agentPromptTemplateIds" => optional(agent_prompt_template_ids), "collabSheetName" =>
    optional(collab_sheet_name), "collabSheetUrl" => optional(collab_sheet_url), "corpId"
    => optional(corp_id), "dentryUuid" => optional(dentry_uuid), "sheetId" =>
    optional(sheet_id), "syncCollabSheet" => optional(sync_collab_sheet) }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncIsvSystemConfigs`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncIsvSystemConfigs {
    /// `description`.
    pub description: Option<String>,
    /// `isvSystemKey`.
    pub isv_system_key: Option<String>,
    /// `state`.
    pub state: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncIsvSystemConfigs { "description" =>
    read_field(description), "isvSystemKey" => read_field(isv_system_key), "state" =>
    read_field(state), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncIsvSystemConfigs { "description" =>
    optional(description), "isvSystemKey" => optional(isv_system_key), "state" =>
    optional(state), "title" => optional(title) }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncYidaConfig`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncYidaConfig {
    /// `appCode`.
    pub app_code: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `formName`.
    pub form_name: Option<String>,
    /// `formUuid`.
    pub form_uuid: Option<String>,
    /// `syncYida`.
    pub sync_yida: Option<bool>,
}
rt::impl_deserialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncYidaConfig { "appCode" =>
    read_field(app_code), "corpId" => read_field(corp_id), "formName" =>
    read_field(form_name), "formUuid" => read_field(form_uuid), "syncYida" =>
    read_field(sync_yida) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncYidaConfig { "appCode" =>
    optional(app_code), "corpId" => optional(corp_id), "formName" => optional(form_name),
    "formUuid" => optional(form_uuid), "syncYida" => optional(sync_yida) }
}
/// `QueryMinutesTextResponseBodyParagraphListSentenceListWordList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesTextResponseBodyParagraphListSentenceListWordList {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `word`.
    pub word: Option<String>,
    /// `wordId`.
    pub word_id: Option<String>,
}
rt::impl_deserialize! {
    QueryMinutesTextResponseBodyParagraphListSentenceListWordList { "endTime" =>
    read_field(end_time), "startTime" => read_field(start_time), "word" =>
    read_field(word), "wordId" => read_field(word_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesTextResponseBodyParagraphListSentenceListWordList { "endTime" =>
    optional(end_time), "startTime" => optional(start_time), "word" => optional(word),
    "wordId" => optional(word_id) }
}
/// The request of [`Api::admin_search_minutes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AdminSearchMinutesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `creatorUnionIds`.
    pub creator_union_ids: Option<Vec<String>>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `pageSize`.
    pub page_size: i64,
    /// `query`.
    pub query: String,
    /// `searchType`.
    pub search_type: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
}
/// The required fields of [`AdminSearchMinutesRequest`], each named where it is set: `AdminSearchMinutesRequest::new(AdminSearchMinutesRequired { .. })`.
pub struct AdminSearchMinutesRequired {
    /// `unionId`: see [`AdminSearchMinutesRequest::union_id`].
    pub union_id: String,
    /// `pageSize`: see [`AdminSearchMinutesRequest::page_size`].
    pub page_size: i64,
    /// `query`: see [`AdminSearchMinutesRequest::query`].
    pub query: String,
}
impl AdminSearchMinutesRequest {
    /// A `AdminSearchMinutesRequest` with its required fields (`unionId`, `pageSize`, `query`); set the others with the methods named after them.
    pub fn new(required: AdminSearchMinutesRequired) -> Self {
        let AdminSearchMinutesRequired { union_id, page_size, query } = required;
        Self {
            union_id,
            creator_union_ids: None,
            end_time: None,
            next_token: None,
            page_size,
            query,
            search_type: None,
            start_time: None,
        }
    }
    /// Sets `creatorUnionIds`.
    pub fn creator_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.creator_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `searchType`.
    pub fn search_type(mut self, value: impl Into<String>) -> Self {
        self.search_type = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
}
rt::impl_serialize! {
    AdminSearchMinutesRequest { "creatorUnionIds" => optional(creator_union_ids),
    "endTime" => optional(end_time), "nextToken" => optional(next_token), "pageSize" =>
    field(page_size), "query" => field(query), "searchType" => optional(search_type),
    "startTime" => optional(start_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AdminSearchMinutesRequest { "unionId" => read_field(union_id), "creatorUnionIds" =>
    read_field(creator_union_ids), "endTime" => read_field(end_time), "nextToken" =>
    read_field(next_token), "pageSize" => read_field(page_size), "query" =>
    read_field(query), "searchType" => read_field(search_type), "startTime" =>
    read_field(start_time) }
}
impl rt::WriteRequest for AdminSearchMinutesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_get_minutes_details`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchGetMinutesDetailsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `taskUuids`.
    pub task_uuids: Vec<String>,
}
/// The required fields of [`BatchGetMinutesDetailsRequest`], each named where it is set: `BatchGetMinutesDetailsRequest::new(BatchGetMinutesDetailsRequired { .. })`.
pub struct BatchGetMinutesDetailsRequired {
    /// `unionId`: see [`BatchGetMinutesDetailsRequest::union_id`].
    pub union_id: String,
    /// `taskUuids`: see [`BatchGetMinutesDetailsRequest::task_uuids`].
    pub task_uuids: Vec<String>,
}
impl BatchGetMinutesDetailsRequest {
    /// A `BatchGetMinutesDetailsRequest` with its required fields (`unionId`, `taskUuids`); set the others with the methods named after them.
    pub fn new(required: BatchGetMinutesDetailsRequired) -> Self {
        let BatchGetMinutesDetailsRequired { union_id, task_uuids } = required;
        Self { union_id, task_uuids }
    }
}
rt::impl_serialize! {
    BatchGetMinutesDetailsRequest { "taskUuids" => field(task_uuids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchGetMinutesDetailsRequest { "unionId" => read_field(union_id), "taskUuids" =>
    read_field(task_uuids) }
}
impl rt::WriteRequest for BatchGetMinutesDetailsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_get_voice_print_identify_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchGetVoicePrintIdentifyConfigRequest {
    /// `items`.
    pub items: Vec<BatchGetVoicePrintIdentifyConfigRequestItems>,
}
/// The required fields of [`BatchGetVoicePrintIdentifyConfigRequest`], each named where it is set: `BatchGetVoicePrintIdentifyConfigRequest::new(BatchGetVoicePrintIdentifyConfigRequired { .. })`.
pub struct BatchGetVoicePrintIdentifyConfigRequired {
    /// `items`: see [`BatchGetVoicePrintIdentifyConfigRequest::items`].
    pub items: Vec<BatchGetVoicePrintIdentifyConfigRequestItems>,
}
impl BatchGetVoicePrintIdentifyConfigRequest {
    /// A `BatchGetVoicePrintIdentifyConfigRequest` with its required fields (`items`); set the others with the methods named after them.
    pub fn new(required: BatchGetVoicePrintIdentifyConfigRequired) -> Self {
        let BatchGetVoicePrintIdentifyConfigRequired { items } = required;
        Self { items }
    }
}
rt::impl_serialize! {
    BatchGetVoicePrintIdentifyConfigRequest { "items" => field(items) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchGetVoicePrintIdentifyConfigRequest { "items" => read_field(items) }
}
impl rt::WriteRequest for BatchGetVoicePrintIdentifyConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_toggle_voice_print_switch_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchToggleVoicePrintSwitchStatusRequest {
    /// `items`.
    pub items: Vec<BatchToggleVoicePrintSwitchStatusRequestItems>,
}
/// The required fields of [`BatchToggleVoicePrintSwitchStatusRequest`], each named where it is set: `BatchToggleVoicePrintSwitchStatusRequest::new(BatchToggleVoicePrintSwitchStatusRequired { .. })`.
pub struct BatchToggleVoicePrintSwitchStatusRequired {
    /// `items`: see [`BatchToggleVoicePrintSwitchStatusRequest::items`].
    pub items: Vec<BatchToggleVoicePrintSwitchStatusRequestItems>,
}
impl BatchToggleVoicePrintSwitchStatusRequest {
    /// A `BatchToggleVoicePrintSwitchStatusRequest` with its required fields (`items`); set the others with the methods named after them.
    pub fn new(required: BatchToggleVoicePrintSwitchStatusRequired) -> Self {
        let BatchToggleVoicePrintSwitchStatusRequired { items } = required;
        Self { items }
    }
}
rt::impl_serialize! {
    BatchToggleVoicePrintSwitchStatusRequest { "items" => field(items) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchToggleVoicePrintSwitchStatusRequest { "items" => read_field(items) }
}
impl rt::WriteRequest for BatchToggleVoicePrintSwitchStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_minutes_by_upload_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateMinutesByUploadFileRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `bizId`.
    pub biz_id: String,
    /// `creatorId`.
    pub creator_id: String,
    /// `customPrompt`.
    pub custom_prompt: Option<String>,
    /// `enablePushCard`.
    pub enable_push_card: Option<bool>,
    /// `hiddenMinutes`.
    pub hidden_minutes: Option<bool>,
    /// `mediaFileUrl`.
    pub media_file_url: String,
    /// `mediaType`.
    pub media_type: String,
    /// `title`.
    pub title: String,
}
/// The required fields of [`CreateMinutesByUploadFileRequest`], each named where it is set: `CreateMinutesByUploadFileRequest::new(CreateMinutesByUploadFileRequired { .. })`.
pub struct CreateMinutesByUploadFileRequired {
    /// `unionId`: see [`CreateMinutesByUploadFileRequest::union_id`].
    pub union_id: String,
    /// `bizId`: see [`CreateMinutesByUploadFileRequest::biz_id`].
    pub biz_id: String,
    /// `creatorId`: see [`CreateMinutesByUploadFileRequest::creator_id`].
    pub creator_id: String,
    /// `mediaFileUrl`: see [`CreateMinutesByUploadFileRequest::media_file_url`].
    pub media_file_url: String,
    /// `mediaType`: see [`CreateMinutesByUploadFileRequest::media_type`].
    pub media_type: String,
    /// `title`: see [`CreateMinutesByUploadFileRequest::title`].
    pub title: String,
}
impl CreateMinutesByUploadFileRequest {
    /// A `CreateMinutesByUploadFileRequest` with its required fields (`unionId`, `bizId`, `creatorId`, `mediaFileUrl`, `mediaType`, `title`); set the others with the methods named after them.
    pub fn new(required: CreateMinutesByUploadFileRequired) -> Self {
        let CreateMinutesByUploadFileRequired {
            union_id,
            biz_id,
            creator_id,
            media_file_url,
            media_type,
            title,
        } = required;
        Self {
            union_id,
            biz_id,
            creator_id,
            custom_prompt: None,
            enable_push_card: None,
            hidden_minutes: None,
            media_file_url,
            media_type,
            title,
        }
    }
    /// Sets `customPrompt`.
    pub fn custom_prompt(mut self, value: impl Into<String>) -> Self {
        self.custom_prompt = Some(value.into());
        self
    }
    /// Sets `enablePushCard`.
    pub fn enable_push_card(mut self, value: bool) -> Self {
        self.enable_push_card = Some(value);
        self
    }
    /// Sets `hiddenMinutes`.
    pub fn hidden_minutes(mut self, value: bool) -> Self {
        self.hidden_minutes = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateMinutesByUploadFileRequest { "bizId" => field(biz_id), "creatorId" =>
    field(creator_id), "customPrompt" => optional(custom_prompt), "enablePushCard" =>
    optional(enable_push_card), "hiddenMinutes" => optional(hidden_minutes),
    "mediaFileUrl" => field(media_file_url), "mediaType" => field(media_type), "title" =>
    field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateMinutesByUploadFileRequest { "unionId" => read_field(union_id), "bizId" =>
    read_field(biz_id), "creatorId" => read_field(creator_id), "customPrompt" =>
    read_field(custom_prompt), "enablePushCard" => read_field(enable_push_card),
    "hiddenMinutes" => read_field(hidden_minutes), "mediaFileUrl" =>
    read_field(media_file_url), "mediaType" => read_field(media_type), "title" =>
    read_field(title) }
}
impl rt::WriteRequest for CreateMinutesByUploadFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_smart_device_ai_summary`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSmartDeviceAiSummaryRequest {
    /// `agentId`.
    pub agent_id: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `isvContext`.
    pub isv_context: Option<String>,
    /// `openFileId`.
    pub open_file_id: Option<String>,
}
impl CreateSmartDeviceAiSummaryRequest {
    /// An empty `CreateSmartDeviceAiSummaryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: impl Into<String>) -> Self {
        self.agent_id = Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
    /// Sets `isvContext`.
    pub fn isv_context(mut self, value: impl Into<String>) -> Self {
        self.isv_context = Some(value.into());
        self
    }
    /// Sets `openFileId`.
    pub fn open_file_id(mut self, value: impl Into<String>) -> Self {
        self.open_file_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateSmartDeviceAiSummaryRequest { "agentId" => optional(agent_id), "instanceId" =>
    optional(instance_id), "isvContext" => optional(isv_context), "openFileId" =>
    optional(open_file_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSmartDeviceAiSummaryRequest { "agentId" => read_field(agent_id), "instanceId"
    => read_field(instance_id), "isvContext" => read_field(isv_context), "openFileId" =>
    read_field(open_file_id) }
}
impl rt::WriteRequest for CreateSmartDeviceAiSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_minutes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteMinutesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`DeleteMinutesRequest`], each named where it is set: `DeleteMinutesRequest::new(DeleteMinutesRequired { .. })`.
pub struct DeleteMinutesRequired {
    /// `unionId`: see [`DeleteMinutesRequest::union_id`].
    pub union_id: String,
}
impl DeleteMinutesRequest {
    /// A `DeleteMinutesRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: DeleteMinutesRequired) -> Self {
        let DeleteMinutesRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteMinutesRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for DeleteMinutesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::delete_minutes_media`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteMinutesMediaRequest {
    /// `taskUuid`: a query parameter.
    pub task_uuid: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`DeleteMinutesMediaRequest`], each named where it is set: `DeleteMinutesMediaRequest::new(DeleteMinutesMediaRequired { .. })`.
pub struct DeleteMinutesMediaRequired {
    /// `taskUuid`: see [`DeleteMinutesMediaRequest::task_uuid`].
    pub task_uuid: String,
    /// `unionId`: see [`DeleteMinutesMediaRequest::union_id`].
    pub union_id: String,
}
impl DeleteMinutesMediaRequest {
    /// A `DeleteMinutesMediaRequest` with its required fields (`taskUuid`, `unionId`); set the others with the methods named after them.
    pub fn new(required: DeleteMinutesMediaRequired) -> Self {
        let DeleteMinutesMediaRequired { task_uuid, union_id } = required;
        Self { task_uuid, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteMinutesMediaRequest { "taskUuid" => read_field(task_uuid), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for DeleteMinutesMediaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskUuid", &self.task_uuid);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::export_minutes_task_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExportMinutesTaskResultRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `expireTime`.
    pub expire_time: Option<i64>,
    /// `summaryExportSetting`.
    pub summary_export_setting: Option<
        ExportMinutesTaskResultRequestSummaryExportSetting,
    >,
    /// `taskType`.
    pub task_type: String,
    /// `taskUuid`.
    pub task_uuid: String,
}
/// The required fields of [`ExportMinutesTaskResultRequest`], each named where it is set: `ExportMinutesTaskResultRequest::new(ExportMinutesTaskResultRequired { .. })`.
pub struct ExportMinutesTaskResultRequired {
    /// `unionId`: see [`ExportMinutesTaskResultRequest::union_id`].
    pub union_id: String,
    /// `taskType`: see [`ExportMinutesTaskResultRequest::task_type`].
    pub task_type: String,
    /// `taskUuid`: see [`ExportMinutesTaskResultRequest::task_uuid`].
    pub task_uuid: String,
}
impl ExportMinutesTaskResultRequest {
    /// A `ExportMinutesTaskResultRequest` with its required fields (`unionId`, `taskType`, `taskUuid`); set the others with the methods named after them.
    pub fn new(required: ExportMinutesTaskResultRequired) -> Self {
        let ExportMinutesTaskResultRequired { union_id, task_type, task_uuid } = required;
        Self {
            union_id,
            expire_time: None,
            summary_export_setting: None,
            task_type,
            task_uuid,
        }
    }
    /// Sets `expireTime`.
    pub fn expire_time(mut self, value: i64) -> Self {
        self.expire_time = Some(value);
        self
    }
    /// Sets `summaryExportSetting`.
    pub fn summary_export_setting(
        mut self,
        value: ExportMinutesTaskResultRequestSummaryExportSetting,
    ) -> Self {
        self.summary_export_setting = Some(value);
        self
    }
}
rt::impl_serialize! {
    ExportMinutesTaskResultRequest { "expireTime" => optional(expire_time),
    "summaryExportSetting" => optional(summary_export_setting), "taskType" =>
    field(task_type), "taskUuid" => field(task_uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExportMinutesTaskResultRequest { "unionId" => read_field(union_id), "expireTime" =>
    read_field(expire_time), "summaryExportSetting" =>
    read_field(summary_export_setting), "taskType" => read_field(task_type), "taskUuid"
    => read_field(task_uuid) }
}
impl rt::WriteRequest for ExportMinutesTaskResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::generate_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GenerateSummaryRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `asyncGenerate`.
    pub async_generate: Option<bool>,
    /// `diyTemplateVersion`.
    pub diy_template_version: Option<String>,
    /// `summaryTemplateId`.
    pub summary_template_id: String,
    /// `summaryTemplateType`.
    pub summary_template_type: String,
    /// `userContext`.
    pub user_context: Option<String>,
}
/// The required fields of [`GenerateSummaryRequest`], each named where it is set: `GenerateSummaryRequest::new(GenerateSummaryRequired { .. })`.
pub struct GenerateSummaryRequired {
    /// `unionId`: see [`GenerateSummaryRequest::union_id`].
    pub union_id: String,
    /// `summaryTemplateId`: see [`GenerateSummaryRequest::summary_template_id`].
    pub summary_template_id: String,
    /// `summaryTemplateType`: see [`GenerateSummaryRequest::summary_template_type`].
    pub summary_template_type: String,
}
impl GenerateSummaryRequest {
    /// A `GenerateSummaryRequest` with its required fields (`unionId`, `summaryTemplateId`, `summaryTemplateType`); set the others with the methods named after them.
    pub fn new(required: GenerateSummaryRequired) -> Self {
        let GenerateSummaryRequired {
            union_id,
            summary_template_id,
            summary_template_type,
        } = required;
        Self {
            union_id,
            async_generate: None,
            diy_template_version: None,
            summary_template_id,
            summary_template_type,
            user_context: None,
        }
    }
    /// Sets `asyncGenerate`.
    pub fn async_generate(mut self, value: bool) -> Self {
        self.async_generate = Some(value);
        self
    }
    /// Sets `diyTemplateVersion`.
    pub fn diy_template_version(mut self, value: impl Into<String>) -> Self {
        self.diy_template_version = Some(value.into());
        self
    }
    /// Sets `userContext`.
    pub fn user_context(mut self, value: impl Into<String>) -> Self {
        self.user_context = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GenerateSummaryRequest { "asyncGenerate" => optional(async_generate),
    "diyTemplateVersion" => optional(diy_template_version), "summaryTemplateId" =>
    field(summary_template_id), "summaryTemplateType" => field(summary_template_type),
    "userContext" => optional(user_context) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GenerateSummaryRequest { "unionId" => read_field(union_id), "asyncGenerate" =>
    read_field(async_generate), "diyTemplateVersion" => read_field(diy_template_version),
    "summaryTemplateId" => read_field(summary_template_id), "summaryTemplateType" =>
    read_field(summary_template_type), "userContext" => read_field(user_context) }
}
impl rt::WriteRequest for GenerateSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_minutes_attachments`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListMinutesAttachmentsRequest {
    /// `contentType`: a query parameter.
    pub content_type: Option<i64>,
    /// `direction`: a query parameter.
    pub direction: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `type`: a query parameter.
    pub r#type: Option<i64>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`ListMinutesAttachmentsRequest`], each named where it is set: `ListMinutesAttachmentsRequest::new(ListMinutesAttachmentsRequired { .. })`.
pub struct ListMinutesAttachmentsRequired {
    /// `unionId`: see [`ListMinutesAttachmentsRequest::union_id`].
    pub union_id: String,
}
impl ListMinutesAttachmentsRequest {
    /// A `ListMinutesAttachmentsRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: ListMinutesAttachmentsRequired) -> Self {
        let ListMinutesAttachmentsRequired { union_id } = required;
        Self {
            content_type: None,
            direction: None,
            max_results: None,
            next_token: None,
            r#type: None,
            union_id,
        }
    }
    /// Sets `contentType`.
    pub fn content_type(mut self, value: i64) -> Self {
        self.content_type = Some(value);
        self
    }
    /// Sets `direction`.
    pub fn direction(mut self, value: i64) -> Self {
        self.direction = Some(value);
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: i64) -> Self {
        self.r#type = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListMinutesAttachmentsRequest { "contentType" => read_field(content_type),
    "direction" => read_field(direction), "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "type" => read_field(r#type), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for ListMinutesAttachmentsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("contentType", &self.content_type);
        writer.query("direction", &self.direction);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("type", &self.r#type);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::move_out_temp_storage`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MoveOutTempStorageRequest {
    /// `taskUuid`: a query parameter.
    pub task_uuid: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`MoveOutTempStorageRequest`], each named where it is set: `MoveOutTempStorageRequest::new(MoveOutTempStorageRequired { .. })`.
pub struct MoveOutTempStorageRequired {
    /// `taskUuid`: see [`MoveOutTempStorageRequest::task_uuid`].
    pub task_uuid: String,
    /// `unionId`: see [`MoveOutTempStorageRequest::union_id`].
    pub union_id: String,
}
impl MoveOutTempStorageRequest {
    /// A `MoveOutTempStorageRequest` with its required fields (`taskUuid`, `unionId`); set the others with the methods named after them.
    pub fn new(required: MoveOutTempStorageRequired) -> Self {
        let MoveOutTempStorageRequired { task_uuid, union_id } = required;
        Self { task_uuid, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MoveOutTempStorageRequest { "taskUuid" => read_field(task_uuid), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for MoveOutTempStorageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskUuid", &self.task_uuid);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::open_query_minutes_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OpenQueryMinutesSummaryRequest {
    /// `taskUuid`: a query parameter.
    pub task_uuid: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`OpenQueryMinutesSummaryRequest`], each named where it is set: `OpenQueryMinutesSummaryRequest::new(OpenQueryMinutesSummaryRequired { .. })`.
pub struct OpenQueryMinutesSummaryRequired {
    /// `taskUuid`: see [`OpenQueryMinutesSummaryRequest::task_uuid`].
    pub task_uuid: String,
    /// `unionId`: see [`OpenQueryMinutesSummaryRequest::union_id`].
    pub union_id: String,
}
impl OpenQueryMinutesSummaryRequest {
    /// A `OpenQueryMinutesSummaryRequest` with its required fields (`taskUuid`, `unionId`); set the others with the methods named after them.
    pub fn new(required: OpenQueryMinutesSummaryRequired) -> Self {
        let OpenQueryMinutesSummaryRequired { task_uuid, union_id } = required;
        Self { task_uuid, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenQueryMinutesSummaryRequest { "taskUuid" => read_field(task_uuid), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for OpenQueryMinutesSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskUuid", &self.task_uuid);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_biz_minutes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryBizMinutesRequest {
    /// `bizId`: a query parameter.
    pub biz_id: String,
    /// `bizType`: a query parameter.
    pub biz_type: i64,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryBizMinutesRequest`], each named where it is set: `QueryBizMinutesRequest::new(QueryBizMinutesRequired { .. })`.
pub struct QueryBizMinutesRequired {
    /// `bizId`: see [`QueryBizMinutesRequest::biz_id`].
    pub biz_id: String,
    /// `bizType`: see [`QueryBizMinutesRequest::biz_type`].
    pub biz_type: i64,
    /// `unionId`: see [`QueryBizMinutesRequest::union_id`].
    pub union_id: String,
}
impl QueryBizMinutesRequest {
    /// A `QueryBizMinutesRequest` with its required fields (`bizId`, `bizType`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryBizMinutesRequired) -> Self {
        let QueryBizMinutesRequired { biz_id, biz_type, union_id } = required;
        Self { biz_id, biz_type, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryBizMinutesRequest { "bizId" => read_field(biz_id), "bizType" =>
    read_field(biz_type), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryBizMinutesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizId", &self.biz_id);
        writer.query("bizType", &self.biz_type);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_create_minutes_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCreateMinutesListRequest {
    /// `gmtCreateEnd`: a query parameter.
    pub gmt_create_end: Option<i64>,
    /// `gmtCreateStart`: a query parameter.
    pub gmt_create_start: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryCreateMinutesListRequest`], each named where it is set: `QueryCreateMinutesListRequest::new(QueryCreateMinutesListRequired { .. })`.
pub struct QueryCreateMinutesListRequired {
    /// `maxResults`: see [`QueryCreateMinutesListRequest::max_results`].
    pub max_results: i64,
    /// `unionId`: see [`QueryCreateMinutesListRequest::union_id`].
    pub union_id: String,
}
impl QueryCreateMinutesListRequest {
    /// A `QueryCreateMinutesListRequest` with its required fields (`maxResults`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryCreateMinutesListRequired) -> Self {
        let QueryCreateMinutesListRequired { max_results, union_id } = required;
        Self {
            gmt_create_end: None,
            gmt_create_start: None,
            max_results,
            next_token: None,
            union_id,
        }
    }
    /// Sets `gmtCreateEnd`.
    pub fn gmt_create_end(mut self, value: i64) -> Self {
        self.gmt_create_end = Some(value);
        self
    }
    /// Sets `gmtCreateStart`.
    pub fn gmt_create_start(mut self, value: i64) -> Self {
        self.gmt_create_start = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCreateMinutesListRequest { "gmtCreateEnd" => read_field(gmt_create_end),
    "gmtCreateStart" => read_field(gmt_create_start), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryCreateMinutesListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("gmtCreateEnd", &self.gmt_create_end);
        writer.query("gmtCreateStart", &self.gmt_create_start);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_basic_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesBasicInfoRequest {
    /// `taskUuid`: a query parameter.
    pub task_uuid: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryMinutesBasicInfoRequest`], each named where it is set: `QueryMinutesBasicInfoRequest::new(QueryMinutesBasicInfoRequired { .. })`.
pub struct QueryMinutesBasicInfoRequired {
    /// `taskUuid`: see [`QueryMinutesBasicInfoRequest::task_uuid`].
    pub task_uuid: String,
    /// `unionId`: see [`QueryMinutesBasicInfoRequest::union_id`].
    pub union_id: String,
}
impl QueryMinutesBasicInfoRequest {
    /// A `QueryMinutesBasicInfoRequest` with its required fields (`taskUuid`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMinutesBasicInfoRequired) -> Self {
        let QueryMinutesBasicInfoRequired { task_uuid, union_id } = required;
        Self { task_uuid, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMinutesBasicInfoRequest { "taskUuid" => read_field(task_uuid), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryMinutesBasicInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskUuid", &self.task_uuid);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_chapters`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesChaptersRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryMinutesChaptersRequest`], each named where it is set: `QueryMinutesChaptersRequest::new(QueryMinutesChaptersRequired { .. })`.
pub struct QueryMinutesChaptersRequired {
    /// `unionId`: see [`QueryMinutesChaptersRequest::union_id`].
    pub union_id: String,
}
impl QueryMinutesChaptersRequest {
    /// A `QueryMinutesChaptersRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMinutesChaptersRequired) -> Self {
        let QueryMinutesChaptersRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMinutesChaptersRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryMinutesChaptersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_keyword`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesKeywordRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryMinutesKeywordRequest`], each named where it is set: `QueryMinutesKeywordRequest::new(QueryMinutesKeywordRequired { .. })`.
pub struct QueryMinutesKeywordRequired {
    /// `unionId`: see [`QueryMinutesKeywordRequest::union_id`].
    pub union_id: String,
}
impl QueryMinutesKeywordRequest {
    /// A `QueryMinutesKeywordRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMinutesKeywordRequired) -> Self {
        let QueryMinutesKeywordRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMinutesKeywordRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryMinutesKeywordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_play_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesPlayInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryMinutesPlayInfoRequest`], each named where it is set: `QueryMinutesPlayInfoRequest::new(QueryMinutesPlayInfoRequired { .. })`.
pub struct QueryMinutesPlayInfoRequired {
    /// `unionId`: see [`QueryMinutesPlayInfoRequest::union_id`].
    pub union_id: String,
}
impl QueryMinutesPlayInfoRequest {
    /// A `QueryMinutesPlayInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMinutesPlayInfoRequired) -> Self {
        let QueryMinutesPlayInfoRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMinutesPlayInfoRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryMinutesPlayInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_share_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesShareListRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `scene`: a query parameter.
    pub scene: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryMinutesShareListRequest`], each named where it is set: `QueryMinutesShareListRequest::new(QueryMinutesShareListRequired { .. })`.
pub struct QueryMinutesShareListRequired {
    /// `maxResults`: see [`QueryMinutesShareListRequest::max_results`].
    pub max_results: i64,
    /// `unionId`: see [`QueryMinutesShareListRequest::union_id`].
    pub union_id: String,
}
impl QueryMinutesShareListRequest {
    /// A `QueryMinutesShareListRequest` with its required fields (`maxResults`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMinutesShareListRequired) -> Self {
        let QueryMinutesShareListRequired { max_results, union_id } = required;
        Self {
            max_results,
            next_token: None,
            scene: None,
            union_id,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `scene`.
    pub fn scene(mut self, value: impl Into<String>) -> Self {
        self.scene = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMinutesShareListRequest { "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token), "scene" => read_field(scene), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryMinutesShareListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("scene", &self.scene);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesStatusRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryMinutesStatusRequest`], each named where it is set: `QueryMinutesStatusRequest::new(QueryMinutesStatusRequired { .. })`.
pub struct QueryMinutesStatusRequired {
    /// `unionId`: see [`QueryMinutesStatusRequest::union_id`].
    pub union_id: String,
}
impl QueryMinutesStatusRequest {
    /// A `QueryMinutesStatusRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMinutesStatusRequired) -> Self {
        let QueryMinutesStatusRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMinutesStatusRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryMinutesStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_text`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesTextRequest {
    /// `direction`: a query parameter.
    pub direction: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryMinutesTextRequest`], each named where it is set: `QueryMinutesTextRequest::new(QueryMinutesTextRequired { .. })`.
pub struct QueryMinutesTextRequired {
    /// `unionId`: see [`QueryMinutesTextRequest::union_id`].
    pub union_id: String,
}
impl QueryMinutesTextRequest {
    /// A `QueryMinutesTextRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMinutesTextRequired) -> Self {
        let QueryMinutesTextRequired { union_id } = required;
        Self {
            direction: None,
            max_results: None,
            next_token: None,
            union_id,
        }
    }
    /// Sets `direction`.
    pub fn direction(mut self, value: i64) -> Self {
        self.direction = Some(value);
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMinutesTextRequest { "direction" => read_field(direction), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryMinutesTextRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("direction", &self.direction);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_todo`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesTodoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryMinutesTodoRequest`], each named where it is set: `QueryMinutesTodoRequest::new(QueryMinutesTodoRequired { .. })`.
pub struct QueryMinutesTodoRequired {
    /// `unionId`: see [`QueryMinutesTodoRequest::union_id`].
    pub union_id: String,
}
impl QueryMinutesTodoRequest {
    /// A `QueryMinutesTodoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMinutesTodoRequired) -> Self {
        let QueryMinutesTodoRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMinutesTodoRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryMinutesTodoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_org_diy_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryOrgDiyTemplatesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryOrgDiyTemplatesRequest`], each named where it is set: `QueryOrgDiyTemplatesRequest::new(QueryOrgDiyTemplatesRequired { .. })`.
pub struct QueryOrgDiyTemplatesRequired {
    /// `maxResults`: see [`QueryOrgDiyTemplatesRequest::max_results`].
    pub max_results: i64,
    /// `unionId`: see [`QueryOrgDiyTemplatesRequest::union_id`].
    pub union_id: String,
}
impl QueryOrgDiyTemplatesRequest {
    /// A `QueryOrgDiyTemplatesRequest` with its required fields (`maxResults`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryOrgDiyTemplatesRequired) -> Self {
        let QueryOrgDiyTemplatesRequired { max_results, union_id } = required;
        Self {
            max_results,
            next_token: None,
            union_id,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryOrgDiyTemplatesRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryOrgDiyTemplatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_schedule_conf_minutes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryScheduleConfMinutesRequest {
    /// `eventId`: a query parameter.
    pub event_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryScheduleConfMinutesRequest`], each named where it is set: `QueryScheduleConfMinutesRequest::new(QueryScheduleConfMinutesRequired { .. })`.
pub struct QueryScheduleConfMinutesRequired {
    /// `eventId`: see [`QueryScheduleConfMinutesRequest::event_id`].
    pub event_id: String,
    /// `unionId`: see [`QueryScheduleConfMinutesRequest::union_id`].
    pub union_id: String,
}
impl QueryScheduleConfMinutesRequest {
    /// A `QueryScheduleConfMinutesRequest` with its required fields (`eventId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryScheduleConfMinutesRequired) -> Self {
        let QueryScheduleConfMinutesRequired { event_id, union_id } = required;
        Self { event_id, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryScheduleConfMinutesRequest { "eventId" => read_field(event_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryScheduleConfMinutesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("eventId", &self.event_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_smart_device_ai_scene_by_id`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSceneByIdRequest {
    /// `agentInstanceId`.
    pub agent_instance_id: Option<String>,
}
impl QuerySmartDeviceAiSceneByIdRequest {
    /// An empty `QuerySmartDeviceAiSceneByIdRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `agentInstanceId`.
    pub fn agent_instance_id(mut self, value: impl Into<String>) -> Self {
        self.agent_instance_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QuerySmartDeviceAiSceneByIdRequest { "agentInstanceId" => optional(agent_instance_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySmartDeviceAiSceneByIdRequest { "agentInstanceId" =>
    read_field(agent_instance_id) }
}
impl rt::WriteRequest for QuerySmartDeviceAiSceneByIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_smart_device_ai_scene_prompt_template_by_ids`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiScenePromptTemplateByIdsRequest {
    /// `agentInstanceId`.
    pub agent_instance_id: Option<String>,
    /// `agentPromptTemplateIds`.
    pub agent_prompt_template_ids: Option<Vec<String>>,
}
impl QuerySmartDeviceAiScenePromptTemplateByIdsRequest {
    /// An empty `QuerySmartDeviceAiScenePromptTemplateByIdsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `agentInstanceId`.
    pub fn agent_instance_id(mut self, value: impl Into<String>) -> Self {
        self.agent_instance_id = Some(value.into());
        self
    }
    /// Sets `agentPromptTemplateIds`.
    pub fn agent_prompt_template_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.agent_prompt_template_ids = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    QuerySmartDeviceAiScenePromptTemplateByIdsRequest { "agentInstanceId" =>
    optional(agent_instance_id), "agentPromptTemplateIds" =>
    optional(agent_prompt_template_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySmartDeviceAiScenePromptTemplateByIdsRequest { "agentInstanceId" =>
    read_field(agent_instance_id), "agentPromptTemplateIds" =>
    read_field(agent_prompt_template_ids) }
}
impl rt::WriteRequest for QuerySmartDeviceAiScenePromptTemplateByIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_smart_device_ai_summary`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSummaryRequest {
    /// `agentId`.
    pub agent_id: Option<String>,
    /// `openFileId`.
    pub open_file_id: Option<String>,
}
impl QuerySmartDeviceAiSummaryRequest {
    /// An empty `QuerySmartDeviceAiSummaryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: impl Into<String>) -> Self {
        self.agent_id = Some(value.into());
        self
    }
    /// Sets `openFileId`.
    pub fn open_file_id(mut self, value: impl Into<String>) -> Self {
        self.open_file_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QuerySmartDeviceAiSummaryRequest { "agentId" => optional(agent_id), "openFileId" =>
    optional(open_file_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySmartDeviceAiSummaryRequest { "agentId" => read_field(agent_id), "openFileId" =>
    read_field(open_file_id) }
}
impl rt::WriteRequest for QuerySmartDeviceAiSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_summary_with_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QuerySummaryWithTemplateRequest {
    /// `diyTemplateVersion`: a query parameter.
    pub diy_template_version: Option<String>,
    /// `summaryTemplateId`: a query parameter.
    pub summary_template_id: String,
    /// `summaryTemplateType`: a query parameter.
    pub summary_template_type: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QuerySummaryWithTemplateRequest`], each named where it is set: `QuerySummaryWithTemplateRequest::new(QuerySummaryWithTemplateRequired { .. })`.
pub struct QuerySummaryWithTemplateRequired {
    /// `summaryTemplateId`: see [`QuerySummaryWithTemplateRequest::summary_template_id`].
    pub summary_template_id: String,
    /// `summaryTemplateType`: see [`QuerySummaryWithTemplateRequest::summary_template_type`].
    pub summary_template_type: String,
    /// `unionId`: see [`QuerySummaryWithTemplateRequest::union_id`].
    pub union_id: String,
}
impl QuerySummaryWithTemplateRequest {
    /// A `QuerySummaryWithTemplateRequest` with its required fields (`summaryTemplateId`, `summaryTemplateType`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QuerySummaryWithTemplateRequired) -> Self {
        let QuerySummaryWithTemplateRequired {
            summary_template_id,
            summary_template_type,
            union_id,
        } = required;
        Self {
            diy_template_version: None,
            summary_template_id,
            summary_template_type,
            union_id,
        }
    }
    /// Sets `diyTemplateVersion`.
    pub fn diy_template_version(mut self, value: impl Into<String>) -> Self {
        self.diy_template_version = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySummaryWithTemplateRequest { "diyTemplateVersion" =>
    read_field(diy_template_version), "summaryTemplateId" =>
    read_field(summary_template_id), "summaryTemplateType" =>
    read_field(summary_template_type), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QuerySummaryWithTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("diyTemplateVersion", &self.diy_template_version);
        writer.query("summaryTemplateId", &self.summary_template_id);
        writer.query("summaryTemplateType", &self.summary_template_type);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_upload_video_play_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUploadVideoPlayInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryUploadVideoPlayInfoRequest`], each named where it is set: `QueryUploadVideoPlayInfoRequest::new(QueryUploadVideoPlayInfoRequired { .. })`.
pub struct QueryUploadVideoPlayInfoRequired {
    /// `unionId`: see [`QueryUploadVideoPlayInfoRequest::union_id`].
    pub union_id: String,
}
impl QueryUploadVideoPlayInfoRequest {
    /// A `QueryUploadVideoPlayInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryUploadVideoPlayInfoRequired) -> Self {
        let QueryUploadVideoPlayInfoRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUploadVideoPlayInfoRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryUploadVideoPlayInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_user_available_diy_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUserAvailableDiyTemplatesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryUserAvailableDiyTemplatesRequest`], each named where it is set: `QueryUserAvailableDiyTemplatesRequest::new(QueryUserAvailableDiyTemplatesRequired { .. })`.
pub struct QueryUserAvailableDiyTemplatesRequired {
    /// `unionId`: see [`QueryUserAvailableDiyTemplatesRequest::union_id`].
    pub union_id: String,
}
impl QueryUserAvailableDiyTemplatesRequest {
    /// A `QueryUserAvailableDiyTemplatesRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryUserAvailableDiyTemplatesRequired) -> Self {
        let QueryUserAvailableDiyTemplatesRequired { union_id } = required;
        Self {
            max_results: None,
            next_token: None,
            union_id,
        }
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUserAvailableDiyTemplatesRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryUserAvailableDiyTemplatesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::regenerate_chapters`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RegenerateChaptersRequest {
    /// `taskUuid`: a query parameter.
    pub task_uuid: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `customPrompt`.
    pub custom_prompt: Option<String>,
}
/// The required fields of [`RegenerateChaptersRequest`], each named where it is set: `RegenerateChaptersRequest::new(RegenerateChaptersRequired { .. })`.
pub struct RegenerateChaptersRequired {
    /// `taskUuid`: see [`RegenerateChaptersRequest::task_uuid`].
    pub task_uuid: String,
    /// `unionId`: see [`RegenerateChaptersRequest::union_id`].
    pub union_id: String,
}
impl RegenerateChaptersRequest {
    /// A `RegenerateChaptersRequest` with its required fields (`taskUuid`, `unionId`); set the others with the methods named after them.
    pub fn new(required: RegenerateChaptersRequired) -> Self {
        let RegenerateChaptersRequired { task_uuid, union_id } = required;
        Self {
            task_uuid,
            union_id,
            custom_prompt: None,
        }
    }
    /// Sets `customPrompt`.
    pub fn custom_prompt(mut self, value: impl Into<String>) -> Self {
        self.custom_prompt = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RegenerateChaptersRequest { "customPrompt" => optional(custom_prompt) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RegenerateChaptersRequest { "taskUuid" => read_field(task_uuid), "unionId" =>
    read_field(union_id), "customPrompt" => read_field(custom_prompt) }
}
impl rt::WriteRequest for RegenerateChaptersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskUuid", &self.task_uuid);
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_a1_detail_page_custom_tab`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetA1DetailPageCustomTabRequest {
    /// `preserveA1AnalyzeTab`: a query parameter.
    pub preserve_a1_analyze_tab: Option<bool>,
    /// `customTabList`.
    pub custom_tab_list: Vec<SetA1DetailPageCustomTabRequestCustomTabList>,
}
/// The required fields of [`SetA1DetailPageCustomTabRequest`], each named where it is set: `SetA1DetailPageCustomTabRequest::new(SetA1DetailPageCustomTabRequired { .. })`.
pub struct SetA1DetailPageCustomTabRequired {
    /// `customTabList`: see [`SetA1DetailPageCustomTabRequest::custom_tab_list`].
    pub custom_tab_list: Vec<SetA1DetailPageCustomTabRequestCustomTabList>,
}
impl SetA1DetailPageCustomTabRequest {
    /// A `SetA1DetailPageCustomTabRequest` with its required fields (`customTabList`); set the others with the methods named after them.
    pub fn new(required: SetA1DetailPageCustomTabRequired) -> Self {
        let SetA1DetailPageCustomTabRequired { custom_tab_list } = required;
        Self {
            preserve_a1_analyze_tab: None,
            custom_tab_list,
        }
    }
    /// Sets `preserveA1AnalyzeTab`.
    pub fn preserve_a1_analyze_tab(mut self, value: bool) -> Self {
        self.preserve_a1_analyze_tab = Some(value);
        self
    }
}
rt::impl_serialize! {
    SetA1DetailPageCustomTabRequest { "customTabList" => field(custom_tab_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetA1DetailPageCustomTabRequest { "preserveA1AnalyzeTab" =>
    read_field(preserve_a1_analyze_tab), "customTabList" => read_field(custom_tab_list) }
}
impl rt::WriteRequest for SetA1DetailPageCustomTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("preserveA1AnalyzeTab", &self.preserve_a1_analyze_tab);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_detail_page_custom_tab`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetDetailPageCustomTabRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `customTabList`.
    pub custom_tab_list: Vec<SetDetailPageCustomTabRequestCustomTabList>,
}
/// The required fields of [`SetDetailPageCustomTabRequest`], each named where it is set: `SetDetailPageCustomTabRequest::new(SetDetailPageCustomTabRequired { .. })`.
pub struct SetDetailPageCustomTabRequired {
    /// `unionId`: see [`SetDetailPageCustomTabRequest::union_id`].
    pub union_id: String,
    /// `customTabList`: see [`SetDetailPageCustomTabRequest::custom_tab_list`].
    pub custom_tab_list: Vec<SetDetailPageCustomTabRequestCustomTabList>,
}
impl SetDetailPageCustomTabRequest {
    /// A `SetDetailPageCustomTabRequest` with its required fields (`unionId`, `customTabList`); set the others with the methods named after them.
    pub fn new(required: SetDetailPageCustomTabRequired) -> Self {
        let SetDetailPageCustomTabRequired { union_id, custom_tab_list } = required;
        Self { union_id, custom_tab_list }
    }
}
rt::impl_serialize! {
    SetDetailPageCustomTabRequest { "customTabList" => field(custom_tab_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetDetailPageCustomTabRequest { "unionId" => read_field(union_id), "customTabList" =>
    read_field(custom_tab_list) }
}
impl rt::WriteRequest for SetDetailPageCustomTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_in_progress_custom_tabs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetInProgressCustomTabsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `customTabList`.
    pub custom_tab_list: Vec<SetInProgressCustomTabsRequestCustomTabList>,
}
/// The required fields of [`SetInProgressCustomTabsRequest`], each named where it is set: `SetInProgressCustomTabsRequest::new(SetInProgressCustomTabsRequired { .. })`.
pub struct SetInProgressCustomTabsRequired {
    /// `unionId`: see [`SetInProgressCustomTabsRequest::union_id`].
    pub union_id: String,
    /// `customTabList`: see [`SetInProgressCustomTabsRequest::custom_tab_list`].
    pub custom_tab_list: Vec<SetInProgressCustomTabsRequestCustomTabList>,
}
impl SetInProgressCustomTabsRequest {
    /// A `SetInProgressCustomTabsRequest` with its required fields (`unionId`, `customTabList`); set the others with the methods named after them.
    pub fn new(required: SetInProgressCustomTabsRequired) -> Self {
        let SetInProgressCustomTabsRequired { union_id, custom_tab_list } = required;
        Self { union_id, custom_tab_list }
    }
}
rt::impl_serialize! {
    SetInProgressCustomTabsRequest { "customTabList" => field(custom_tab_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetInProgressCustomTabsRequest { "unionId" => read_field(union_id), "customTabList"
    => read_field(custom_tab_list) }
}
impl rt::WriteRequest for SetInProgressCustomTabsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_minutes_todos_visible`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetMinutesTodosVisibleRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `todosVisible`.
    pub todos_visible: bool,
}
/// The required fields of [`SetMinutesTodosVisibleRequest`], each named where it is set: `SetMinutesTodosVisibleRequest::new(SetMinutesTodosVisibleRequired { .. })`.
pub struct SetMinutesTodosVisibleRequired {
    /// `unionId`: see [`SetMinutesTodosVisibleRequest::union_id`].
    pub union_id: String,
    /// `todosVisible`: see [`SetMinutesTodosVisibleRequest::todos_visible`].
    pub todos_visible: bool,
}
impl SetMinutesTodosVisibleRequest {
    /// A `SetMinutesTodosVisibleRequest` with its required fields (`unionId`, `todosVisible`); set the others with the methods named after them.
    pub fn new(required: SetMinutesTodosVisibleRequired) -> Self {
        let SetMinutesTodosVisibleRequired { union_id, todos_visible } = required;
        Self { union_id, todos_visible }
    }
}
rt::impl_serialize! {
    SetMinutesTodosVisibleRequest { "todosVisible" => field(todos_visible) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetMinutesTodosVisibleRequest { "unionId" => read_field(union_id), "todosVisible" =>
    read_field(todos_visible) }
}
impl rt::WriteRequest for SetMinutesTodosVisibleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_minutes_title`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateMinutesTitleRequest {
    /// `title`: a query parameter.
    pub title: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`UpdateMinutesTitleRequest`], each named where it is set: `UpdateMinutesTitleRequest::new(UpdateMinutesTitleRequired { .. })`.
pub struct UpdateMinutesTitleRequired {
    /// `title`: see [`UpdateMinutesTitleRequest::title`].
    pub title: String,
    /// `unionId`: see [`UpdateMinutesTitleRequest::union_id`].
    pub union_id: String,
}
impl UpdateMinutesTitleRequest {
    /// A `UpdateMinutesTitleRequest` with its required fields (`title`, `unionId`); set the others with the methods named after them.
    pub fn new(required: UpdateMinutesTitleRequired) -> Self {
        let UpdateMinutesTitleRequired { title, union_id } = required;
        Self { title, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateMinutesTitleRequest { "title" => read_field(title), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for UpdateMinutesTitleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("title", &self.title);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::update_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdatePermissionRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `memberInfoList`.
    pub member_info_list: Option<Vec<UpdatePermissionRequestMemberInfoList>>,
    /// `memberPermissionOperations`.
    pub member_permission_operations: Option<
        Vec<UpdatePermissionRequestMemberPermissionOperations>,
    >,
    /// `opType`.
    pub op_type: Option<i64>,
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `roleSubResourceIds`.
    pub role_sub_resource_ids: Option<Vec<String>>,
    /// `shareScope`.
    pub share_scope: Option<i64>,
    /// `shareScopeConfig`.
    pub share_scope_config: Option<UpdatePermissionRequestShareScopeConfig>,
}
/// The required fields of [`UpdatePermissionRequest`], each named where it is set: `UpdatePermissionRequest::new(UpdatePermissionRequired { .. })`.
pub struct UpdatePermissionRequired {
    /// `unionId`: see [`UpdatePermissionRequest::union_id`].
    pub union_id: String,
}
impl UpdatePermissionRequest {
    /// A `UpdatePermissionRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: UpdatePermissionRequired) -> Self {
        let UpdatePermissionRequired { union_id } = required;
        Self {
            union_id,
            member_info_list: None,
            member_permission_operations: None,
            op_type: None,
            role_code: None,
            role_sub_resource_ids: None,
            share_scope: None,
            share_scope_config: None,
        }
    }
    /// Sets `memberInfoList`.
    pub fn member_info_list(
        mut self,
        value: impl IntoIterator<Item = UpdatePermissionRequestMemberInfoList>,
    ) -> Self {
        self.member_info_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `memberPermissionOperations`.
    pub fn member_permission_operations(
        mut self,
        value: impl IntoIterator<
            Item = UpdatePermissionRequestMemberPermissionOperations,
        >,
    ) -> Self {
        self.member_permission_operations = Some(value.into_iter().collect());
        self
    }
    /// Sets `opType`.
    pub fn op_type(mut self, value: i64) -> Self {
        self.op_type = Some(value);
        self
    }
    /// Sets `roleCode`.
    pub fn role_code(mut self, value: impl Into<String>) -> Self {
        self.role_code = Some(value.into());
        self
    }
    /// Sets `roleSubResourceIds`.
    pub fn role_sub_resource_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.role_sub_resource_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `shareScope`.
    pub fn share_scope(mut self, value: i64) -> Self {
        self.share_scope = Some(value);
        self
    }
    /// Sets `shareScopeConfig`.
    pub fn share_scope_config(
        mut self,
        value: UpdatePermissionRequestShareScopeConfig,
    ) -> Self {
        self.share_scope_config = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdatePermissionRequest { "memberInfoList" => optional(member_info_list),
    "memberPermissionOperations" => optional(member_permission_operations), "opType" =>
    optional(op_type), "roleCode" => optional(role_code), "roleSubResourceIds" =>
    optional(role_sub_resource_ids), "shareScope" => optional(share_scope),
    "shareScopeConfig" => optional(share_scope_config) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdatePermissionRequest { "unionId" => read_field(union_id), "memberInfoList" =>
    read_field(member_info_list), "memberPermissionOperations" =>
    read_field(member_permission_operations), "opType" => read_field(op_type), "roleCode"
    => read_field(role_code), "roleSubResourceIds" => read_field(role_sub_resource_ids),
    "shareScope" => read_field(share_scope), "shareScopeConfig" =>
    read_field(share_scope_config) }
}
impl rt::WriteRequest for UpdatePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::admin_search_minutes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AdminSearchMinutesError = rt::ServiceError;
/// An error reply of [`Api::batch_get_minutes_details`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchGetMinutesDetailsError = rt::ServiceError;
/// An error reply of [`Api::batch_get_voice_print_identify_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchGetVoicePrintIdentifyConfigError = rt::ServiceError;
/// An error reply of [`Api::batch_toggle_voice_print_switch_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchToggleVoicePrintSwitchStatusError = rt::ServiceError;
/// An error reply of [`Api::create_minutes_by_upload_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateMinutesByUploadFileError = rt::ServiceError;
/// An error reply of [`Api::create_smart_device_ai_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateSmartDeviceAiSummaryError = rt::ServiceError;
/// An error reply of [`Api::delete_minutes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteMinutesError = rt::ServiceError;
/// An error reply of [`Api::delete_minutes_media`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteMinutesMediaError = rt::ServiceError;
/// An error reply of [`Api::export_minutes_task_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExportMinutesTaskResultError = rt::ServiceError;
/// An error reply of [`Api::generate_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GenerateSummaryError = rt::ServiceError;
/// An error reply of [`Api::list_minutes_attachments`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListMinutesAttachmentsError = rt::ServiceError;
/// An error reply of [`Api::move_out_temp_storage`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MoveOutTempStorageError = rt::ServiceError;
/// An error reply of [`Api::open_query_minutes_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpenQueryMinutesSummaryError = rt::ServiceError;
/// An error reply of [`Api::query_biz_minutes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBizMinutesError = rt::ServiceError;
/// An error reply of [`Api::query_create_minutes_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCreateMinutesListError = rt::ServiceError;
/// An error reply of [`Api::query_minutes_basic_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMinutesBasicInfoError = rt::ServiceError;
/// An error reply of [`Api::query_minutes_chapters`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMinutesChaptersError = rt::ServiceError;
/// An error reply of [`Api::query_minutes_keyword`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMinutesKeywordError = rt::ServiceError;
/// An error reply of [`Api::query_minutes_play_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMinutesPlayInfoError = rt::ServiceError;
/// An error reply of [`Api::query_minutes_share_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMinutesShareListError = rt::ServiceError;
/// An error reply of [`Api::query_minutes_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMinutesStatusError = rt::ServiceError;
/// An error reply of [`Api::query_minutes_text`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMinutesTextError = rt::ServiceError;
/// An error reply of [`Api::query_minutes_todo`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMinutesTodoError = rt::ServiceError;
/// An error reply of [`Api::query_org_diy_templates`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOrgDiyTemplatesError = rt::ServiceError;
/// An error reply of [`Api::query_schedule_conf_minutes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryScheduleConfMinutesError = rt::ServiceError;
/// An error reply of [`Api::query_smart_device_ai_scene_by_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySmartDeviceAiSceneByIdError = rt::ServiceError;
/// An error reply of [`Api::query_smart_device_ai_scene_prompt_template_by_ids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySmartDeviceAiScenePromptTemplateByIdsError = rt::ServiceError;
/// An error reply of [`Api::query_smart_device_ai_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySmartDeviceAiSummaryError = rt::ServiceError;
/// An error reply of [`Api::query_summary_with_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySummaryWithTemplateError = rt::ServiceError;
/// An error reply of [`Api::query_upload_video_play_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUploadVideoPlayInfoError = rt::ServiceError;
/// An error reply of [`Api::query_user_available_diy_templates`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserAvailableDiyTemplatesError = rt::ServiceError;
/// An error reply of [`Api::query_user_minutes_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserMinutesPermissionError = rt::ServiceError;
/// An error reply of [`Api::regenerate_chapters`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RegenerateChaptersError = rt::ServiceError;
/// An error reply of [`Api::set_a1_detail_page_custom_tab`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetA1DetailPageCustomTabError = rt::ServiceError;
/// An error reply of [`Api::set_detail_page_custom_tab`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetDetailPageCustomTabError = rt::ServiceError;
/// An error reply of [`Api::set_in_progress_custom_tabs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetInProgressCustomTabsError = rt::ServiceError;
/// An error reply of [`Api::set_minutes_todos_visible`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetMinutesTodosVisibleError = rt::ServiceError;
/// An error reply of [`Api::update_minutes_title`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateMinutesTitleError = rt::ServiceError;
/// An error reply of [`Api::update_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdatePermissionError = rt::ServiceError;
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
        "AdminSearchMinutes" => {
            rt::conformance::reply(api.admin_search_minutes(&inputs.request(true)?))
                .await
        }
        "BatchGetMinutesDetails" => {
            rt::conformance::reply(api.batch_get_minutes_details(&inputs.request(true)?))
                .await
        }
        "BatchGetVoicePrintIdentifyConfig" => {
            rt::conformance::reply(
                    api.batch_get_voice_print_identify_config(&inputs.request(true)?),
                )
                .await
        }
        "BatchToggleVoicePrintSwitchStatus" => {
            rt::conformance::reply(
                    api.batch_toggle_voice_print_switch_status(&inputs.request(true)?),
                )
                .await
        }
        "CreateMinutesByUploadFile" => {
            rt::conformance::reply(
                    api.create_minutes_by_upload_file(&inputs.request(true)?),
                )
                .await
        }
        "CreateSmartDeviceAiSummary" => {
            rt::conformance::reply(
                    api.create_smart_device_ai_summary(&inputs.request(true)?),
                )
                .await
        }
        "DeleteMinutes" => {
            rt::conformance::reply(
                    api.delete_minutes(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "DeleteMinutesMedia" => {
            rt::conformance::reply(api.delete_minutes_media(&inputs.request(false)?))
                .await
        }
        "ExportMinutesTaskResult" => {
            rt::conformance::reply(
                    api.export_minutes_task_result(&inputs.request(true)?),
                )
                .await
        }
        "GenerateSummary" => {
            rt::conformance::reply(
                    api.generate_summary(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "ListMinutesAttachments" => {
            rt::conformance::reply(
                    api
                        .list_minutes_attachments(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "MoveOutTempStorage" => {
            rt::conformance::reply(api.move_out_temp_storage(&inputs.request(false)?))
                .await
        }
        "OpenQueryMinutesSummary" => {
            rt::conformance::reply(
                    api.open_query_minutes_summary(&inputs.request(false)?),
                )
                .await
        }
        "QueryBizMinutes" => {
            rt::conformance::reply(api.query_biz_minutes(&inputs.request(false)?)).await
        }
        "QueryCreateMinutesList" => {
            rt::conformance::reply(
                    api.query_create_minutes_list(&inputs.request(false)?),
                )
                .await
        }
        "QueryMinutesBasicInfo" => {
            rt::conformance::reply(api.query_minutes_basic_info(&inputs.request(false)?))
                .await
        }
        "QueryMinutesChapters" => {
            rt::conformance::reply(
                    api
                        .query_minutes_chapters(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryMinutesKeyword" => {
            rt::conformance::reply(
                    api
                        .query_minutes_keyword(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryMinutesPlayInfo" => {
            rt::conformance::reply(
                    api
                        .query_minutes_play_info(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryMinutesShareList" => {
            rt::conformance::reply(api.query_minutes_share_list(&inputs.request(false)?))
                .await
        }
        "QueryMinutesStatus" => {
            rt::conformance::reply(
                    api
                        .query_minutes_status(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryMinutesText" => {
            rt::conformance::reply(
                    api.query_minutes_text(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "QueryMinutesTodo" => {
            rt::conformance::reply(
                    api.query_minutes_todo(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "QueryOrgDiyTemplates" => {
            rt::conformance::reply(api.query_org_diy_templates(&inputs.request(false)?))
                .await
        }
        "QueryScheduleConfMinutes" => {
            rt::conformance::reply(
                    api
                        .query_schedule_conf_minutes(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QuerySmartDeviceAiSceneById" => {
            rt::conformance::reply(
                    api.query_smart_device_ai_scene_by_id(&inputs.request(true)?),
                )
                .await
        }
        "QuerySmartDeviceAiScenePromptTemplateByIds" => {
            rt::conformance::reply(
                    api
                        .query_smart_device_ai_scene_prompt_template_by_ids(
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "QuerySmartDeviceAiSummary" => {
            rt::conformance::reply(
                    api.query_smart_device_ai_summary(&inputs.request(true)?),
                )
                .await
        }
        "QuerySummaryWithTemplate" => {
            rt::conformance::reply(
                    api
                        .query_summary_with_template(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryUploadVideoPlayInfo" => {
            rt::conformance::reply(
                    api
                        .query_upload_video_play_info(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryUserAvailableDiyTemplates" => {
            rt::conformance::reply(
                    api.query_user_available_diy_templates(&inputs.request(false)?),
                )
                .await
        }
        "QueryUserMinutesPermission" => {
            rt::conformance::reply(
                    api
                        .query_user_minutes_permission(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "RegenerateChapters" => {
            rt::conformance::reply(api.regenerate_chapters(&inputs.request(true)?)).await
        }
        "SetA1DetailPageCustomTab" => {
            rt::conformance::reply(
                    api
                        .set_a1_detail_page_custom_tab(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SetDetailPageCustomTab" => {
            rt::conformance::reply(
                    api
                        .set_detail_page_custom_tab(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SetInProgressCustomTabs" => {
            rt::conformance::reply(
                    api.set_in_progress_custom_tabs(&inputs.request(true)?),
                )
                .await
        }
        "SetMinutesTodosVisible" => {
            rt::conformance::reply(
                    api
                        .set_minutes_todos_visible(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateMinutesTitle" => {
            rt::conformance::reply(
                    api
                        .update_minutes_title(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "UpdatePermission" => {
            rt::conformance::reply(
                    api.update_permission(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
