// @generated from api-spec/minutes_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.minutes_1_0()`. Generated from `api-spec/minutes_1_0.yaml`.
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
    /// `POST /v1.0/minutes/flashMinutes/adminSearch` (operation `AdminSearchMinutes`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AdminSearchMinutesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/minutes/flashMinutes/details/query` (operation `BatchGetMinutesDetails`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchGetMinutesDetailsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/minutes/voicePrint/configs/batchGet` (operation `BatchGetVoicePrintIdentifyConfig`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchGetVoicePrintIdentifyConfigError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/minutes/voicePrint/switches/batchToggle` (operation `BatchToggleVoicePrintSwitchStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchToggleVoicePrintSwitchStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/minutes/flashMinutes/createMinutesByUploadFile` (operation `CreateMinutesByUploadFile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateMinutesByUploadFileError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/minutes/smartdevice/aisummary/create` (operation `CreateSmartDeviceAiSummary`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateSmartDeviceAiSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/minutes/flashMinutes/tasks/{task_uuid}` (operation `DeleteMinutes`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteMinutesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_minutes(
        &self,
        task_uuid: &str,
        request: &DeleteMinutesRequest,
    ) -> rt::Call<DeleteMinutesResponseBody, DeleteMinutesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteMinutes",
            rt::Method::Delete,
            "/v1.0/minutes/flashMinutes/tasks/{task_uuid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 删除听记音视频文件释放存储空间
    ///
    /// `POST /v1.0/minutes/flashMinutes/deleteMedia` (operation `DeleteMinutesMedia`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteMinutesMediaError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/minutes/flashMinutes/minutesTask/export` (operation `ExportMinutesTaskResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExportMinutesTaskResultError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/minutes/flashMinutes/tasks/{task_uuid}/summary` (operation `GenerateSummary`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GenerateSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn generate_summary(
        &self,
        task_uuid: &str,
        request: &GenerateSummaryRequest,
    ) -> rt::Call<GenerateSummaryResponseBody, GenerateSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GenerateSummary",
            rt::Method::Post,
            "/v1.0/minutes/flashMinutes/tasks/{task_uuid}/summary",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 查询听记笔记内容
    ///
    /// `GET /v1.0/minutes/{task_uuid}/attachments` (operation `ListMinutesAttachments`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListMinutesAttachmentsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_minutes_attachments(
        &self,
        task_uuid: &str,
        request: &ListMinutesAttachmentsRequest,
    ) -> rt::Call<ListMinutesAttachmentsResponseBody, ListMinutesAttachmentsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListMinutesAttachments",
            rt::Method::Get,
            "/v1.0/minutes/{task_uuid}/attachments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 移动临时存储听记到正式存储
    ///
    /// `POST /v1.0/minutes/flashMinutes/moveOutTempStorage` (operation `MoveOutTempStorage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MoveOutTempStorageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/minutes/flashMinutes/queryMinutesSummary` (operation `OpenQueryMinutesSummary`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OpenQueryMinutesSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/minutes/flashMinutes/queryBizMinutes` (operation `QueryBizMinutes`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryBizMinutesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/minutes/flashMinutes/createLists` (operation `QueryCreateMinutesList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCreateMinutesListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/minutes/flashMinutes/queryMinutesBasicInfo` (operation `QueryMinutesBasicInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMinutesBasicInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/minutes/flashMinutes/{task_uuid}/chapters` (operation `QueryMinutesChapters`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMinutesChaptersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_minutes_chapters(
        &self,
        task_uuid: &str,
        request: &QueryMinutesChaptersRequest,
    ) -> rt::Call<QueryMinutesChaptersResponseBody, QueryMinutesChaptersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesChapters",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/{task_uuid}/chapters",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 查询闪记关键字
    ///
    /// `GET /v1.0/minutes/flashMinutes/{task_uuid}/keywords` (operation `QueryMinutesKeyword`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMinutesKeywordError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_minutes_keyword(
        &self,
        task_uuid: &str,
        request: &QueryMinutesKeywordRequest,
    ) -> rt::Call<QueryMinutesKeywordResponseBody, QueryMinutesKeywordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesKeyword",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/{task_uuid}/keywords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 查询闪记媒体播放信息
    ///
    /// `GET /v1.0/minutes/flashMinutes/tasks/{task_uuid}/playInfos` (operation `QueryMinutesPlayInfo`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMinutesPlayInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_minutes_play_info(
        &self,
        task_uuid: &str,
        request: &QueryMinutesPlayInfoRequest,
    ) -> rt::Call<QueryMinutesPlayInfoResponseBody, QueryMinutesPlayInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesPlayInfo",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/tasks/{task_uuid}/playInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 获取与我共享闪记列表
    ///
    /// `GET /v1.0/minutes/flashMinutes/shareLists` (operation `QueryMinutesShareList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMinutesShareListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/minutes/flashMinutes/{task_uuid}/taskStatus` (operation `QueryMinutesStatus`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMinutesStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_minutes_status(
        &self,
        task_uuid: &str,
        request: &QueryMinutesStatusRequest,
    ) -> rt::Call<QueryMinutesStatusResponseBody, QueryMinutesStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesStatus",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/{task_uuid}/taskStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 查询闪记转写文本内容
    ///
    /// `GET /v1.0/minutes/flashMinutes/{task_uuid}/textInfos` (operation `QueryMinutesText`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMinutesTextError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_minutes_text(
        &self,
        task_uuid: &str,
        request: &QueryMinutesTextRequest,
    ) -> rt::Call<QueryMinutesTextResponseBody, QueryMinutesTextError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesText",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/{task_uuid}/textInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 查询闪记待办
    ///
    /// `GET /v1.0/minutes/flashMinutes/{task_uuid}/todos` (operation `QueryMinutesTodo`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMinutesTodoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_minutes_todo(
        &self,
        task_uuid: &str,
        request: &QueryMinutesTodoRequest,
    ) -> rt::Call<QueryMinutesTodoResponseBody, QueryMinutesTodoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesTodo",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/{task_uuid}/todos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 查询企业所有自定义纪要模板列表
    ///
    /// `GET /v1.0/minutes/flashMinutes/diyTemplates/orgDeclared` (operation `QueryOrgDiyTemplates`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryOrgDiyTemplatesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/minutes/flashMinutes/scheduleConference/{schedule_conference_id}/minutes` (operation `QueryScheduleConfMinutes`).
    ///
    /// # Path parameters
    ///
    /// - `schedule_conference_id` (`schedule_conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryScheduleConfMinutesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_schedule_conf_minutes(
        &self,
        schedule_conference_id: &str,
        request: &QueryScheduleConfMinutesRequest,
    ) -> rt::Call<QueryScheduleConfMinutesResponseBody, QueryScheduleConfMinutesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryScheduleConfMinutes",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/scheduleConference/{schedule_conference_id}/minutes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[schedule_conference_id], request)
    }
    /// 查询A1分析小助理
    ///
    /// `POST /v1.0/minutes/smartdevice/aiscene` (operation `QuerySmartDeviceAiSceneById`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySmartDeviceAiSceneByIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/minutes/smartdevice/aiscene/promptTemplate` (operation `QuerySmartDeviceAiScenePromptTemplateByIds`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySmartDeviceAiScenePromptTemplateByIdsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/minutes/smartdevice/aisummary` (operation `QuerySmartDeviceAiSummary`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySmartDeviceAiSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/minutes/flashMinutes/tasks/{task_uuid}/summary/template` (operation `QuerySummaryWithTemplate`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySummaryWithTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_summary_with_template(
        &self,
        task_uuid: &str,
        request: &QuerySummaryWithTemplateRequest,
    ) -> rt::Call<QuerySummaryWithTemplateResponseBody, QuerySummaryWithTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySummaryWithTemplate",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/tasks/{task_uuid}/summary/template",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 查询上传视频播放信息
    ///
    /// `GET /v1.0/minutes/flashMinutes/uploadVideos/{video_id}/playInfos` (operation `QueryUploadVideoPlayInfo`).
    ///
    /// # Path parameters
    ///
    /// - `video_id` (`video_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUploadVideoPlayInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_upload_video_play_info(
        &self,
        video_id: &str,
        request: &QueryUploadVideoPlayInfoRequest,
    ) -> rt::Call<QueryUploadVideoPlayInfoResponseBody, QueryUploadVideoPlayInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUploadVideoPlayInfo",
            rt::Method::Get,
            "/v1.0/minutes/flashMinutes/uploadVideos/{video_id}/playInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[video_id], request)
    }
    /// 查询用户可见的企业自定义纪要模版列表
    ///
    /// `GET /v1.0/minutes/flashMinutes/diyTemplates/userAvailable` (operation `QueryUserAvailableDiyTemplates`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUserAvailableDiyTemplatesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/minutes/flashMinutes/tasks/{task_uuid}/permissions/{union_id}` (operation `QueryUserMinutesPermission`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    /// - `union_id` (`union_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUserMinutesPermissionError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/minutes/flashMinutes/tasks/{task_uuid}/permissions/{union_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid, union_id], &())
    }
    /// 重新生成听记智能章节
    ///
    /// `POST /v1.0/minutes/chapters/regenerate` (operation `RegenerateChapters`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RegenerateChaptersError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/minutes/flashMinutes/tasks/{task_uuid}/a1CustomTabs` (operation `SetA1DetailPageCustomTab`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetA1DetailPageCustomTabError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_a1_detail_page_custom_tab(
        &self,
        task_uuid: &str,
        request: &SetA1DetailPageCustomTabRequest,
    ) -> rt::Call<SetA1DetailPageCustomTabResponseBody, SetA1DetailPageCustomTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetA1DetailPageCustomTab",
            rt::Method::Put,
            "/v1.0/minutes/flashMinutes/tasks/{task_uuid}/a1CustomTabs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 自定义听记详情页tab
    ///
    /// `PUT /v1.0/minutes/flashMinutes/tasks/{task_uuid}/customTabs` (operation `SetDetailPageCustomTab`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetDetailPageCustomTabError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_detail_page_custom_tab(
        &self,
        task_uuid: &str,
        request: &SetDetailPageCustomTabRequest,
    ) -> rt::Call<SetDetailPageCustomTabResponseBody, SetDetailPageCustomTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetDetailPageCustomTab",
            rt::Method::Put,
            "/v1.0/minutes/flashMinutes/tasks/{task_uuid}/customTabs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 配置应用在听记录制页的自定义Tab
    ///
    /// `PUT /v1.0/minutes/apps/settings/inProgressTabs` (operation `SetInProgressCustomTabs`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetInProgressCustomTabsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/minutes/flashMinutes/tasks/{task_uuid}/todosVisible` (operation `SetMinutesTodosVisible`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetMinutesTodosVisibleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_minutes_todos_visible(
        &self,
        task_uuid: &str,
        request: &SetMinutesTodosVisibleRequest,
    ) -> rt::Call<SetMinutesTodosVisibleResponseBody, SetMinutesTodosVisibleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetMinutesTodosVisible",
            rt::Method::Put,
            "/v1.0/minutes/flashMinutes/tasks/{task_uuid}/todosVisible",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 更新闪记标题
    ///
    /// `PUT /v1.0/minutes/flashMinutes/tasks/{task_uuid}/titles` (operation `UpdateMinutesTitle`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateMinutesTitleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_minutes_title(
        &self,
        task_uuid: &str,
        request: &UpdateMinutesTitleRequest,
    ) -> rt::Call<UpdateMinutesTitleResponseBody, UpdateMinutesTitleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateMinutesTitle",
            rt::Method::Put,
            "/v1.0/minutes/flashMinutes/tasks/{task_uuid}/titles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 更新听记权限
    ///
    /// `PUT /v1.0/minutes/{task_uuid}/permission` (operation `UpdatePermission`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdatePermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_permission(
        &self,
        task_uuid: &str,
        request: &UpdatePermissionRequest,
    ) -> rt::Call<UpdatePermissionResponseBody, UpdatePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePermission",
            rt::Method::Put,
            "/v1.0/minutes/{task_uuid}/permission",
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AdminSearchMinutesResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `minutesList`.
    pub minutes_list: Option<Vec<AdminSearchMinutesResponseBodyMinutesList>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AdminSearchMinutesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AdminSearchMinutesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "minutesList" => rt::read_field(map, &mut self.minutes_list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AdminSearchMinutesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("minutesList", &self.minutes_list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `BatchGetMinutesDetailsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetMinutesDetailsResponseBody {
    /// `minutesDetails`.
    pub minutes_details: Option<Vec<BatchGetMinutesDetailsResponseBodyMinutesDetails>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchGetMinutesDetailsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetMinutesDetailsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "minutesDetails" => rt::read_field(map, &mut self.minutes_details),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetMinutesDetailsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("minutesDetails", &self.minutes_details)?;
        object.end()
    }
}
/// `BatchGetVoicePrintIdentifyConfigRequestItems`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchGetVoicePrintIdentifyConfigRequestItems {
    /// `lang`.
    pub lang: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
impl BatchGetVoicePrintIdentifyConfigRequestItems {
    /// A `BatchGetVoicePrintIdentifyConfigRequestItems` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            lang: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `lang`.
    pub fn lang(mut self, value: impl Into<String>) -> Self {
        self.lang = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchGetVoicePrintIdentifyConfigRequestItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lang", &self.lang)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchGetVoicePrintIdentifyConfigRequestItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchGetVoicePrintIdentifyConfigRequestItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "lang" => rt::read_field(map, &mut self.lang),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
/// `BatchGetVoicePrintIdentifyConfigResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetVoicePrintIdentifyConfigResponseBody {
    /// `configItems`.
    pub config_items: Option<
        Vec<BatchGetVoicePrintIdentifyConfigResponseBodyConfigItems>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for BatchGetVoicePrintIdentifyConfigResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetVoicePrintIdentifyConfigResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "configItems" => rt::read_field(map, &mut self.config_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetVoicePrintIdentifyConfigResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("configItems", &self.config_items)?;
        object.end()
    }
}
/// `BatchToggleVoicePrintSwitchStatusRequestItems`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchToggleVoicePrintSwitchStatusRequestItems {
    /// `open`.
    pub open: bool,
    /// `shouldClearVoicePrint`.
    pub should_clear_voice_print: Option<bool>,
    /// `unionId`.
    pub union_id: String,
}
impl BatchToggleVoicePrintSwitchStatusRequestItems {
    /// A `BatchToggleVoicePrintSwitchStatusRequestItems` with its required fields (`open`, `unionId`); set the others with the methods named after them.
    pub fn new(open: bool, union_id: impl Into<String>) -> Self {
        Self {
            open,
            should_clear_voice_print: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `shouldClearVoicePrint`.
    pub fn should_clear_voice_print(mut self, value: bool) -> Self {
        self.should_clear_voice_print = Some(value);
        self
    }
}
impl rt::serde::Serialize for BatchToggleVoicePrintSwitchStatusRequestItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("open", &self.open)?;
        object.optional("shouldClearVoicePrint", &self.should_clear_voice_print)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchToggleVoicePrintSwitchStatusRequestItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchToggleVoicePrintSwitchStatusRequestItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "open" => rt::read_field(map, &mut self.open),
            "shouldClearVoicePrint" => {
                rt::read_field(map, &mut self.should_clear_voice_print)
            }
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
/// `BatchToggleVoicePrintSwitchStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchToggleVoicePrintSwitchStatusResponseBody {
    /// `resultItems`.
    pub result_items: Option<
        Vec<BatchToggleVoicePrintSwitchStatusResponseBodyResultItems>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for BatchToggleVoicePrintSwitchStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchToggleVoicePrintSwitchStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resultItems" => rt::read_field(map, &mut self.result_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchToggleVoicePrintSwitchStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("resultItems", &self.result_items)?;
        object.end()
    }
}
/// `CreateMinutesByUploadFileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateMinutesByUploadFileResponseBody {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `taskUuid`.
    pub task_uuid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateMinutesByUploadFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateMinutesByUploadFileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateMinutesByUploadFileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("taskUuid", &self.task_uuid)?;
        object.end()
    }
}
/// `CreateSmartDeviceAiSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSmartDeviceAiSummaryResponseBody {
    /// `async`.
    pub r#async: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateSmartDeviceAiSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateSmartDeviceAiSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "async" => rt::read_field(map, &mut self.r#async),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateSmartDeviceAiSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("async", &self.r#async)?;
        object.end()
    }
}
/// `DeleteMinutesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteMinutesResponseBody {
    /// `taskUuid`.
    pub task_uuid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteMinutesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteMinutesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteMinutesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskUuid", &self.task_uuid)?;
        object.end()
    }
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
impl rt::serde::Serialize for ExportMinutesTaskResultRequestSummaryExportSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enableBilingual", &self.enable_bilingual)?;
        object.optional("targetLang", &self.target_lang)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for ExportMinutesTaskResultRequestSummaryExportSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExportMinutesTaskResultRequestSummaryExportSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enableBilingual" => rt::read_field(map, &mut self.enable_bilingual),
            "targetLang" => rt::read_field(map, &mut self.target_lang),
            _ => Ok(false),
        }
    }
}
/// `ExportMinutesTaskResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExportMinutesTaskResultResponseBody {
    /// `minutesDocUrl`.
    pub minutes_doc_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ExportMinutesTaskResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExportMinutesTaskResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "minutesDocUrl" => rt::read_field(map, &mut self.minutes_doc_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ExportMinutesTaskResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("minutesDocUrl", &self.minutes_doc_url)?;
        object.end()
    }
}
/// `GenerateSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GenerateSummaryResponseBody {
    /// `generatingStatus`.
    pub generating_status: Option<String>,
    /// `summaryText`.
    pub summary_text: Option<String>,
    /// `taskUuid`.
    pub task_uuid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GenerateSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GenerateSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "generatingStatus" => rt::read_field(map, &mut self.generating_status),
            "summaryText" => rt::read_field(map, &mut self.summary_text),
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GenerateSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("generatingStatus", &self.generating_status)?;
        object.optional("summaryText", &self.summary_text)?;
        object.optional("taskUuid", &self.task_uuid)?;
        object.end()
    }
}
/// `ListMinutesAttachmentsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListMinutesAttachmentsResponseBody {
    /// `attachments`.
    pub attachments: Option<Vec<ListMinutesAttachmentsResponseBodyAttachments>>,
    /// `hasNext`.
    pub has_next: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListMinutesAttachmentsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListMinutesAttachmentsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachments" => rt::read_field(map, &mut self.attachments),
            "hasNext" => rt::read_field(map, &mut self.has_next),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListMinutesAttachmentsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachments", &self.attachments)?;
        object.optional("hasNext", &self.has_next)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `MoveOutTempStorageResponseBody`: the same model as [`DeleteMinutesResponseBody`].
pub type MoveOutTempStorageResponseBody = DeleteMinutesResponseBody;
/// `OpenQueryMinutesSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenQueryMinutesSummaryResponseBody {
    /// `fullSummary`.
    pub full_summary: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenQueryMinutesSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenQueryMinutesSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fullSummary" => rt::read_field(map, &mut self.full_summary),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenQueryMinutesSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fullSummary", &self.full_summary)?;
        object.end()
    }
}
/// `QueryBizMinutesResponseBody`: the same model as [`BatchGetMinutesDetailsResponseBody`].
pub type QueryBizMinutesResponseBody = BatchGetMinutesDetailsResponseBody;
/// `QueryCreateMinutesListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCreateMinutesListResponseBody {
    /// `hasNext`.
    pub has_next: Option<bool>,
    /// `minutesDetails`.
    pub minutes_details: Option<Vec<QueryCreateMinutesListResponseBodyMinutesDetails>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCreateMinutesListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCreateMinutesListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasNext" => rt::read_field(map, &mut self.has_next),
            "minutesDetails" => rt::read_field(map, &mut self.minutes_details),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCreateMinutesListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasNext", &self.has_next)?;
        object.optional("minutesDetails", &self.minutes_details)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `QueryMinutesBasicInfoResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesBasicInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesBasicInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "duration" => rt::read_field(map, &mut self.duration),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "taskCreator" => rt::read_field(map, &mut self.task_creator),
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesBasicInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("duration", &self.duration)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("taskCreator", &self.task_creator)?;
        object.optional("taskUuid", &self.task_uuid)?;
        object.optional("title", &self.title)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `QueryMinutesChaptersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesChaptersResponseBody {
    /// `chapterList`.
    pub chapter_list: Option<Vec<QueryMinutesChaptersResponseBodyChapterList>>,
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesChaptersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesChaptersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chapterList" => rt::read_field(map, &mut self.chapter_list),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesChaptersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chapterList", &self.chapter_list)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryMinutesKeywordResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesKeywordResponseBody {
    /// `keywords`.
    pub keywords: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesKeywordResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesKeywordResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "keywords" => rt::read_field(map, &mut self.keywords),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesKeywordResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("keywords", &self.keywords)?;
        object.end()
    }
}
/// `QueryMinutesPlayInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesPlayInfoResponseBody {
    /// `playInfo`.
    pub play_info: Option<QueryMinutesPlayInfoResponseBodyPlayInfo>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesPlayInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesPlayInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "playInfo" => rt::read_field(map, &mut self.play_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesPlayInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("playInfo", &self.play_info)?;
        object.end()
    }
}
/// `QueryMinutesShareListResponseBody`: the same model as [`QueryCreateMinutesListResponseBody`].
pub type QueryMinutesShareListResponseBody = QueryCreateMinutesListResponseBody;
/// `QueryMinutesStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesStatusResponseBody {
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryMinutesTextResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesTextResponseBody {
    /// `hasNext`.
    pub has_next: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `paragraphList`.
    pub paragraph_list: Option<Vec<QueryMinutesTextResponseBodyParagraphList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesTextResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesTextResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasNext" => rt::read_field(map, &mut self.has_next),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "paragraphList" => rt::read_field(map, &mut self.paragraph_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesTextResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasNext", &self.has_next)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("paragraphList", &self.paragraph_list)?;
        object.end()
    }
}
/// `QueryMinutesTodoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesTodoResponseBody {
    /// `actions`.
    pub actions: Option<Vec<String>>,
    /// `dingtalkTodoList`.
    pub dingtalk_todo_list: Option<Vec<QueryMinutesTodoResponseBodyDingtalkTodoList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesTodoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesTodoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actions" => rt::read_field(map, &mut self.actions),
            "dingtalkTodoList" => rt::read_field(map, &mut self.dingtalk_todo_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesTodoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actions", &self.actions)?;
        object.optional("dingtalkTodoList", &self.dingtalk_todo_list)?;
        object.end()
    }
}
/// `QueryOrgDiyTemplatesResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryOrgDiyTemplatesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgDiyTemplatesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "diyTemplates" => rt::read_field(map, &mut self.diy_templates),
            "hasNext" => rt::read_field(map, &mut self.has_next),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOrgDiyTemplatesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("diyTemplates", &self.diy_templates)?;
        object.optional("hasNext", &self.has_next)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `QueryScheduleConfMinutesResponseBody`: the same model as [`BatchGetMinutesDetailsResponseBody`].
pub type QueryScheduleConfMinutesResponseBody = BatchGetMinutesDetailsResponseBody;
/// `QuerySmartDeviceAiSceneByIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSceneByIdResponseBody {
    /// `agent`.
    pub agent: Option<QuerySmartDeviceAiSceneByIdResponseBodyAgent>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySmartDeviceAiSceneByIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySmartDeviceAiSceneByIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agent" => rt::read_field(map, &mut self.agent),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySmartDeviceAiSceneByIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agent", &self.agent)?;
        object.end()
    }
}
/// `QuerySmartDeviceAiScenePromptTemplateByIdsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiScenePromptTemplateByIdsResponseBody {
    /// `agentPromptTemplates`.
    pub agent_prompt_templates: Option<
        Vec<QuerySmartDeviceAiScenePromptTemplateByIdsResponseBodyAgentPromptTemplates>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySmartDeviceAiScenePromptTemplateByIdsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySmartDeviceAiScenePromptTemplateByIdsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentPromptTemplates" => {
                rt::read_field(map, &mut self.agent_prompt_templates)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySmartDeviceAiScenePromptTemplateByIdsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentPromptTemplates", &self.agent_prompt_templates)?;
        object.end()
    }
}
/// `QuerySmartDeviceAiSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSummaryResponseBody {
    /// `aiSummaryList`.
    pub ai_summary_list: Option<Vec<QuerySmartDeviceAiSummaryResponseBodyAiSummaryList>>,
    /// `state`.
    pub state: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySmartDeviceAiSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySmartDeviceAiSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aiSummaryList" => rt::read_field(map, &mut self.ai_summary_list),
            "state" => rt::read_field(map, &mut self.state),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySmartDeviceAiSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("aiSummaryList", &self.ai_summary_list)?;
        object.optional("state", &self.state)?;
        object.end()
    }
}
/// `QuerySummaryWithTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySummaryWithTemplateResponseBody {
    /// `generatingStatus`.
    pub generating_status: Option<String>,
    /// `summaryText`.
    pub summary_text: Option<String>,
    /// `visualGeneratingStatus`.
    pub visual_generating_status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySummaryWithTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySummaryWithTemplateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "generatingStatus" => rt::read_field(map, &mut self.generating_status),
            "summaryText" => rt::read_field(map, &mut self.summary_text),
            "visualGeneratingStatus" => {
                rt::read_field(map, &mut self.visual_generating_status)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySummaryWithTemplateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("generatingStatus", &self.generating_status)?;
        object.optional("summaryText", &self.summary_text)?;
        object.optional("visualGeneratingStatus", &self.visual_generating_status)?;
        object.end()
    }
}
/// `QueryUploadVideoPlayInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUploadVideoPlayInfoResponseBody {
    /// `playInfo`.
    pub play_info: Option<QueryUploadVideoPlayInfoResponseBodyPlayInfo>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUploadVideoPlayInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUploadVideoPlayInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "playInfo" => rt::read_field(map, &mut self.play_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUploadVideoPlayInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("playInfo", &self.play_info)?;
        object.end()
    }
}
/// `QueryUserAvailableDiyTemplatesResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryUserAvailableDiyTemplatesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserAvailableDiyTemplatesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasNext" => rt::read_field(map, &mut self.has_next),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "orgDiyTemplates" => rt::read_field(map, &mut self.org_diy_templates),
            "userDiyTemplates" => rt::read_field(map, &mut self.user_diy_templates),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserAvailableDiyTemplatesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasNext", &self.has_next)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("orgDiyTemplates", &self.org_diy_templates)?;
        object.optional("userDiyTemplates", &self.user_diy_templates)?;
        object.end()
    }
}
/// `QueryUserMinutesPermissionResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryUserMinutesPermissionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserMinutesPermissionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasPermission" => rt::read_field(map, &mut self.has_permission),
            "roleSubResourceIds" => rt::read_field(map, &mut self.role_sub_resource_ids),
            "roleType" => rt::read_field(map, &mut self.role_type),
            "shareScopeVersion" => rt::read_field(map, &mut self.share_scope_version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserMinutesPermissionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasPermission", &self.has_permission)?;
        object.optional("roleSubResourceIds", &self.role_sub_resource_ids)?;
        object.optional("roleType", &self.role_type)?;
        object.optional("shareScopeVersion", &self.share_scope_version)?;
        object.end()
    }
}
/// `RegenerateChaptersResponseBody`: the same model as [`DeleteMinutesResponseBody`].
pub type RegenerateChaptersResponseBody = DeleteMinutesResponseBody;
/// `SetA1DetailPageCustomTabRequestCustomTabList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SetA1DetailPageCustomTabRequestCustomTabList {
    /// A `SetA1DetailPageCustomTabRequestCustomTabList` with its required fields (`bizType`, `defaultLocale`, `nameI18nMap`, `url`); set the others with the methods named after them.
    pub fn new(
        biz_type: impl Into<String>,
        default_locale: impl Into<String>,
        name_i18n_map: impl IntoIterator<
            Item = (impl Into<String>, rt::serde_json::Value),
        >,
        url: impl Into<String>,
    ) -> Self {
        Self {
            biz_type: biz_type.into(),
            default_locale: default_locale.into(),
            name_i18n_map: name_i18n_map
                .into_iter()
                .map(|(k, v)| (k.into(), v))
                .collect(),
            pc_url: None,
            url: url.into(),
        }
    }
    /// Sets `pcUrl`.
    pub fn pc_url(mut self, value: impl Into<String>) -> Self {
        self.pc_url = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SetA1DetailPageCustomTabRequestCustomTabList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizType", &self.biz_type)?;
        object.field("defaultLocale", &self.default_locale)?;
        object.field("nameI18nMap", &self.name_i18n_map)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.field("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetA1DetailPageCustomTabRequestCustomTabList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetA1DetailPageCustomTabRequestCustomTabList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "defaultLocale" => rt::read_field(map, &mut self.default_locale),
            "nameI18nMap" => rt::read_field(map, &mut self.name_i18n_map),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
/// `SetA1DetailPageCustomTabResponseBody`: the same model as [`DeleteMinutesResponseBody`].
pub type SetA1DetailPageCustomTabResponseBody = DeleteMinutesResponseBody;
/// `SetDetailPageCustomTabRequestCustomTabList`: the same model as [`SetA1DetailPageCustomTabRequestCustomTabList`].
pub type SetDetailPageCustomTabRequestCustomTabList = SetA1DetailPageCustomTabRequestCustomTabList;
/// `SetDetailPageCustomTabResponseBody`: the same model as [`DeleteMinutesResponseBody`].
pub type SetDetailPageCustomTabResponseBody = DeleteMinutesResponseBody;
/// `SetInProgressCustomTabsRequestCustomTabList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SetInProgressCustomTabsRequestCustomTabList {
    /// A `SetInProgressCustomTabsRequestCustomTabList` with its required fields (`bizType`, `defaultLocale`, `nameI18nMap`, `url`); set the others with the methods named after them.
    pub fn new(
        biz_type: impl Into<String>,
        default_locale: impl Into<String>,
        name_i18n_map: impl IntoIterator<
            Item = (impl Into<String>, rt::serde_json::Value),
        >,
        url: impl Into<String>,
    ) -> Self {
        Self {
            biz_type: biz_type.into(),
            default_locale: default_locale.into(),
            name_i18n_map: name_i18n_map
                .into_iter()
                .map(|(k, v)| (k.into(), v))
                .collect(),
            pc_url: None,
            tab_id: None,
            url: url.into(),
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
impl rt::serde::Serialize for SetInProgressCustomTabsRequestCustomTabList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizType", &self.biz_type)?;
        object.field("defaultLocale", &self.default_locale)?;
        object.field("nameI18nMap", &self.name_i18n_map)?;
        object.optional("pcUrl", &self.pc_url)?;
        object.optional("tabId", &self.tab_id)?;
        object.field("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetInProgressCustomTabsRequestCustomTabList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetInProgressCustomTabsRequestCustomTabList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "defaultLocale" => rt::read_field(map, &mut self.default_locale),
            "nameI18nMap" => rt::read_field(map, &mut self.name_i18n_map),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "tabId" => rt::read_field(map, &mut self.tab_id),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
/// `SetInProgressCustomTabsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetInProgressCustomTabsResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SetInProgressCustomTabsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SetInProgressCustomTabsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SetInProgressCustomTabsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `SetMinutesTodosVisibleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetMinutesTodosVisibleResponseBody {
    /// `taskUuid`.
    pub task_uuid: Option<String>,
    /// `todosVisible`.
    pub todos_visible: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SetMinutesTodosVisibleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SetMinutesTodosVisibleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            "todosVisible" => rt::read_field(map, &mut self.todos_visible),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SetMinutesTodosVisibleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskUuid", &self.task_uuid)?;
        object.optional("todosVisible", &self.todos_visible)?;
        object.end()
    }
}
/// `UpdateMinutesTitleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateMinutesTitleResponseBody {
    /// `taskUuid`.
    pub task_uuid: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateMinutesTitleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateMinutesTitleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateMinutesTitleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskUuid", &self.task_uuid)?;
        object.optional("title", &self.title)?;
        object.end()
    }
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
impl rt::serde::Serialize for UpdatePermissionRequestMemberInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberType", &self.member_type)?;
        object.optional("memberUnionId", &self.member_union_id)?;
        object.optional("policyId", &self.policy_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdatePermissionRequestMemberInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdatePermissionRequestMemberInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberType" => rt::read_field(map, &mut self.member_type),
            "memberUnionId" => rt::read_field(map, &mut self.member_union_id),
            "policyId" => rt::read_field(map, &mut self.policy_id),
            _ => Ok(false),
        }
    }
}
/// `UpdatePermissionRequestMemberPermissionOperations`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdatePermissionRequestMemberPermissionOperations {
    /// A `UpdatePermissionRequestMemberPermissionOperations` with its required fields (`memberType`, `memberUnionId`, `opType`, `policyId`); set the others with the methods named after them.
    pub fn new(
        member_type: i64,
        member_union_id: impl Into<String>,
        op_type: i64,
        policy_id: i64,
    ) -> Self {
        Self {
            member_type,
            member_union_id: member_union_id.into(),
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
impl rt::serde::Serialize for UpdatePermissionRequestMemberPermissionOperations {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("memberType", &self.member_type)?;
        object.field("memberUnionId", &self.member_union_id)?;
        object.field("opType", &self.op_type)?;
        object.field("policyId", &self.policy_id)?;
        object.optional("roleSubResourceIds", &self.role_sub_resource_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdatePermissionRequestMemberPermissionOperations {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdatePermissionRequestMemberPermissionOperations {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberType" => rt::read_field(map, &mut self.member_type),
            "memberUnionId" => rt::read_field(map, &mut self.member_union_id),
            "opType" => rt::read_field(map, &mut self.op_type),
            "policyId" => rt::read_field(map, &mut self.policy_id),
            "roleSubResourceIds" => rt::read_field(map, &mut self.role_sub_resource_ids),
            _ => Ok(false),
        }
    }
}
/// `UpdatePermissionRequestShareScopeConfig`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdatePermissionRequestShareScopeConfig {
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `roleSubResourceIds`.
    pub role_sub_resource_ids: Option<Vec<String>>,
    /// `shareScope`.
    pub share_scope: i64,
}
impl UpdatePermissionRequestShareScopeConfig {
    /// A `UpdatePermissionRequestShareScopeConfig` with its required fields (`shareScope`); set the others with the methods named after them.
    pub fn new(share_scope: i64) -> Self {
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
impl rt::serde::Serialize for UpdatePermissionRequestShareScopeConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roleCode", &self.role_code)?;
        object.optional("roleSubResourceIds", &self.role_sub_resource_ids)?;
        object.field("shareScope", &self.share_scope)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdatePermissionRequestShareScopeConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdatePermissionRequestShareScopeConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleCode" => rt::read_field(map, &mut self.role_code),
            "roleSubResourceIds" => rt::read_field(map, &mut self.role_sub_resource_ids),
            "shareScope" => rt::read_field(map, &mut self.share_scope),
            _ => Ok(false),
        }
    }
}
/// `UpdatePermissionResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for UpdatePermissionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdatePermissionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allSucceeded" => rt::read_field(map, &mut self.all_succeeded),
            "failMemberInfoList" => rt::read_field(map, &mut self.fail_member_info_list),
            "memberPermissionOperationResults" => {
                rt::read_field(map, &mut self.member_permission_operation_results)
            }
            "modelVersion" => rt::read_field(map, &mut self.model_version),
            "partialSuccess" => rt::read_field(map, &mut self.partial_success),
            "shareScopeResult" => rt::read_field(map, &mut self.share_scope_result),
            "shareScopeVersion" => rt::read_field(map, &mut self.share_scope_version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdatePermissionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("allSucceeded", &self.all_succeeded)?;
        object.optional("failMemberInfoList", &self.fail_member_info_list)?;
        object
            .optional(
                "memberPermissionOperationResults",
                &self.member_permission_operation_results,
            )?;
        object.optional("modelVersion", &self.model_version)?;
        object.optional("partialSuccess", &self.partial_success)?;
        object.optional("shareScopeResult", &self.share_scope_result)?;
        object.optional("shareScopeVersion", &self.share_scope_version)?;
        object.end()
    }
}
/// `AdminSearchMinutesResponseBodyMinutesList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AdminSearchMinutesResponseBodyMinutesList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AdminSearchMinutesResponseBodyMinutesList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "creatorNick" => rt::read_field(map, &mut self.creator_nick),
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "duration" => rt::read_field(map, &mut self.duration),
            "fullTextSummary" => rt::read_field(map, &mut self.full_text_summary),
            "originalText" => rt::read_field(map, &mut self.original_text),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AdminSearchMinutesResponseBodyMinutesList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("creatorNick", &self.creator_nick)?;
        object.optional("creatorUnionId", &self.creator_union_id)?;
        object.optional("duration", &self.duration)?;
        object.optional("fullTextSummary", &self.full_text_summary)?;
        object.optional("originalText", &self.original_text)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("status", &self.status)?;
        object.optional("taskUuid", &self.task_uuid)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `BatchGetMinutesDetailsResponseBodyMinutesDetails`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for BatchGetMinutesDetailsResponseBodyMinutesDetails {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetMinutesDetailsResponseBodyMinutesDetails {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizOrder" => rt::read_field(map, &mut self.biz_order),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "creatorNick" => rt::read_field(map, &mut self.creator_nick),
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "durationMicros" => rt::read_field(map, &mut self.duration_micros),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "size" => rt::read_field(map, &mut self.size),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetMinutesDetailsResponseBodyMinutesDetails {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizOrder", &self.biz_order)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("creatorNick", &self.creator_nick)?;
        object.optional("creatorUnionId", &self.creator_union_id)?;
        object.optional("durationMicros", &self.duration_micros)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("size", &self.size)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("status", &self.status)?;
        object.optional("taskUuid", &self.task_uuid)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `BatchGetVoicePrintIdentifyConfigResponseBodyConfigItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for BatchGetVoicePrintIdentifyConfigResponseBodyConfigItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetVoicePrintIdentifyConfigResponseBodyConfigItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allowConfigVoicePrint" => {
                rt::read_field(map, &mut self.allow_config_voice_print)
            }
            "enableVoicePrint" => rt::read_field(map, &mut self.enable_voice_print),
            "hasVoicePrintRecord" => {
                rt::read_field(map, &mut self.has_voice_print_record)
            }
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetVoicePrintIdentifyConfigResponseBodyConfigItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("allowConfigVoicePrint", &self.allow_config_voice_print)?;
        object.optional("enableVoicePrint", &self.enable_voice_print)?;
        object.optional("hasVoicePrintRecord", &self.has_voice_print_record)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `BatchToggleVoicePrintSwitchStatusResponseBodyResultItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchToggleVoicePrintSwitchStatusResponseBodyResultItems {
    /// `message`.
    pub message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchToggleVoicePrintSwitchStatusResponseBodyResultItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchToggleVoicePrintSwitchStatusResponseBodyResultItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => rt::read_field(map, &mut self.message),
            "success" => rt::read_field(map, &mut self.success),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchToggleVoicePrintSwitchStatusResponseBodyResultItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("message", &self.message)?;
        object.optional("success", &self.success)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `ListMinutesAttachmentsResponseBodyAttachments`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListMinutesAttachmentsResponseBodyAttachments {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListMinutesAttachmentsResponseBodyAttachments {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "contentType" => rt::read_field(map, &mut self.content_type),
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "noteId" => rt::read_field(map, &mut self.note_id),
            "noteTime" => rt::read_field(map, &mut self.note_time),
            "relativeTimeMs" => rt::read_field(map, &mut self.relative_time_ms),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListMinutesAttachmentsResponseBodyAttachments {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("contentType", &self.content_type)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("noteId", &self.note_id)?;
        object.optional("noteTime", &self.note_time)?;
        object.optional("relativeTimeMs", &self.relative_time_ms)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `QueryBizMinutesResponseBodyMinutesDetails`: the same model as [`BatchGetMinutesDetailsResponseBodyMinutesDetails`].
pub type QueryBizMinutesResponseBodyMinutesDetails = BatchGetMinutesDetailsResponseBodyMinutesDetails;
/// `QueryCreateMinutesListResponseBodyMinutesDetails`: the same model as [`BatchGetMinutesDetailsResponseBodyMinutesDetails`].
pub type QueryCreateMinutesListResponseBodyMinutesDetails = BatchGetMinutesDetailsResponseBodyMinutesDetails;
/// `QueryMinutesChaptersResponseBodyChapterList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesChaptersResponseBodyChapterList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesChaptersResponseBodyChapterList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "title" => rt::read_field(map, &mut self.title),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesChaptersResponseBodyChapterList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("title", &self.title)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
/// `QueryMinutesPlayInfoResponseBodyPlayInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesPlayInfoResponseBodyPlayInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesPlayInfoResponseBodyPlayInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "downloadUrl" => rt::read_field(map, &mut self.download_url),
            "duration" => rt::read_field(map, &mut self.duration),
            "mediaType" => rt::read_field(map, &mut self.media_type),
            "playUrl" => rt::read_field(map, &mut self.play_url),
            "size" => rt::read_field(map, &mut self.size),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesPlayInfoResponseBodyPlayInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("downloadUrl", &self.download_url)?;
        object.optional("duration", &self.duration)?;
        object.optional("mediaType", &self.media_type)?;
        object.optional("playUrl", &self.play_url)?;
        object.optional("size", &self.size)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryMinutesShareListResponseBodyMinutesDetails`: the same model as [`BatchGetMinutesDetailsResponseBodyMinutesDetails`].
pub type QueryMinutesShareListResponseBodyMinutesDetails = BatchGetMinutesDetailsResponseBodyMinutesDetails;
/// `QueryMinutesTextResponseBodyParagraphList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesTextResponseBodyParagraphList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesTextResponseBodyParagraphList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "paragraph" => rt::read_field(map, &mut self.paragraph),
            "paragraphId" => rt::read_field(map, &mut self.paragraph_id),
            "recordId" => rt::read_field(map, &mut self.record_id),
            "sentenceList" => rt::read_field(map, &mut self.sentence_list),
            "speakerDisplay" => rt::read_field(map, &mut self.speaker_display),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "subSpeakerId" => rt::read_field(map, &mut self.sub_speaker_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesTextResponseBodyParagraphList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("paragraph", &self.paragraph)?;
        object.optional("paragraphId", &self.paragraph_id)?;
        object.optional("recordId", &self.record_id)?;
        object.optional("sentenceList", &self.sentence_list)?;
        object.optional("speakerDisplay", &self.speaker_display)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("subSpeakerId", &self.sub_speaker_id)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `QueryMinutesTodoResponseBodyDingtalkTodoList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesTodoResponseBodyDingtalkTodoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesTodoResponseBodyDingtalkTodoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createdTime" => rt::read_field(map, &mut self.created_time),
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "deadline" => rt::read_field(map, &mut self.deadline),
            "dingtalkTodoId" => rt::read_field(map, &mut self.dingtalk_todo_id),
            "executorList" => rt::read_field(map, &mut self.executor_list),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "minutesTodoId" => rt::read_field(map, &mut self.minutes_todo_id),
            "openDingtalkTodoId" => rt::read_field(map, &mut self.open_dingtalk_todo_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesTodoResponseBodyDingtalkTodoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createdTime", &self.created_time)?;
        object.optional("creatorUnionId", &self.creator_union_id)?;
        object.optional("deadline", &self.deadline)?;
        object.optional("dingtalkTodoId", &self.dingtalk_todo_id)?;
        object.optional("executorList", &self.executor_list)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("minutesTodoId", &self.minutes_todo_id)?;
        object.optional("openDingtalkTodoId", &self.open_dingtalk_todo_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryOrgDiyTemplatesResponseBodyDiyTemplates`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryOrgDiyTemplatesResponseBodyDiyTemplates {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgDiyTemplatesResponseBodyDiyTemplates {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "acceptTimes" => rt::read_field(map, &mut self.accept_times),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorNick" => rt::read_field(map, &mut self.creator_nick),
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "diyTemplateBriefIntro" => {
                rt::read_field(map, &mut self.diy_template_brief_intro)
            }
            "diyTemplateIconUrl" => rt::read_field(map, &mut self.diy_template_icon_url),
            "diyTemplateKey" => rt::read_field(map, &mut self.diy_template_key),
            "diyTemplateLatestVersion" => {
                rt::read_field(map, &mut self.diy_template_latest_version)
            }
            "diyTemplateSource" => rt::read_field(map, &mut self.diy_template_source),
            "diyTemplateTitle" => rt::read_field(map, &mut self.diy_template_title),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOrgDiyTemplatesResponseBodyDiyTemplates {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("acceptTimes", &self.accept_times)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorNick", &self.creator_nick)?;
        object.optional("creatorUnionId", &self.creator_union_id)?;
        object.optional("diyTemplateBriefIntro", &self.diy_template_brief_intro)?;
        object.optional("diyTemplateIconUrl", &self.diy_template_icon_url)?;
        object.optional("diyTemplateKey", &self.diy_template_key)?;
        object.optional("diyTemplateLatestVersion", &self.diy_template_latest_version)?;
        object.optional("diyTemplateSource", &self.diy_template_source)?;
        object.optional("diyTemplateTitle", &self.diy_template_title)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryScheduleConfMinutesResponseBodyMinutesDetails`: the same model as [`BatchGetMinutesDetailsResponseBodyMinutesDetails`].
pub type QueryScheduleConfMinutesResponseBodyMinutesDetails = BatchGetMinutesDetailsResponseBodyMinutesDetails;
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QuerySmartDeviceAiSceneByIdResponseBodyAgent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySmartDeviceAiSceneByIdResponseBodyAgent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "agentInstanceId" => rt::read_field(map, &mut self.agent_instance_id),
            "agentName" => rt::read_field(map, &mut self.agent_name),
            "allFileGroups" => rt::read_field(map, &mut self.all_file_groups),
            "attributes" => rt::read_field(map, &mut self.attributes),
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "belongingId" => rt::read_field(map, &mut self.belonging_id),
            "belongingType" => rt::read_field(map, &mut self.belonging_type),
            "country" => rt::read_field(map, &mut self.country),
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "description" => rt::read_field(map, &mut self.description),
            "deviceList" => rt::read_field(map, &mut self.device_list),
            "isvAiScene" => rt::read_field(map, &mut self.isv_ai_scene),
            "keywords" => rt::read_field(map, &mut self.keywords),
            "llmModel" => rt::read_field(map, &mut self.llm_model),
            "mail" => rt::read_field(map, &mut self.mail),
            "mailOption" => rt::read_field(map, &mut self.mail_option),
            "minutesTemplates" => rt::read_field(map, &mut self.minutes_templates),
            "projectList" => rt::read_field(map, &mut self.project_list),
            "prompt" => rt::read_field(map, &mut self.prompt),
            "promptTemplateIds" => rt::read_field(map, &mut self.prompt_template_ids),
            "state" => rt::read_field(map, &mut self.state),
            "syncCollabSheetConfig" => {
                rt::read_field(map, &mut self.sync_collab_sheet_config)
            }
            "syncIsvSystemConfigs" => {
                rt::read_field(map, &mut self.sync_isv_system_configs)
            }
            "syncYidaConfig" => rt::read_field(map, &mut self.sync_yida_config),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySmartDeviceAiSceneByIdResponseBodyAgent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("agentInstanceId", &self.agent_instance_id)?;
        object.optional("agentName", &self.agent_name)?;
        object.optional("allFileGroups", &self.all_file_groups)?;
        object.optional("attributes", &self.attributes)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("belongingId", &self.belonging_id)?;
        object.optional("belongingType", &self.belonging_type)?;
        object.optional("country", &self.country)?;
        object.optional("creatorUnionId", &self.creator_union_id)?;
        object.optional("description", &self.description)?;
        object.optional("deviceList", &self.device_list)?;
        object.optional("isvAiScene", &self.isv_ai_scene)?;
        object.optional("keywords", &self.keywords)?;
        object.optional("llmModel", &self.llm_model)?;
        object.optional("mail", &self.mail)?;
        object.optional("mailOption", &self.mail_option)?;
        object.optional("minutesTemplates", &self.minutes_templates)?;
        object.optional("projectList", &self.project_list)?;
        object.optional("prompt", &self.prompt)?;
        object.optional("promptTemplateIds", &self.prompt_template_ids)?;
        object.optional("state", &self.state)?;
        object.optional("syncCollabSheetConfig", &self.sync_collab_sheet_config)?;
        object.optional("syncIsvSystemConfigs", &self.sync_isv_system_configs)?;
        object.optional("syncYidaConfig", &self.sync_yida_config)?;
        object.end()
    }
}
/// `QuerySmartDeviceAiScenePromptTemplateByIdsResponseBodyAgentPromptTemplates`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySmartDeviceAiScenePromptTemplateByIdsResponseBodyAgentPromptTemplates {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QuerySmartDeviceAiScenePromptTemplateByIdsResponseBodyAgentPromptTemplates {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentPromptTemplateId" => {
                rt::read_field(map, &mut self.agent_prompt_template_id)
            }
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "belongingId" => rt::read_field(map, &mut self.belonging_id),
            "belongingType" => rt::read_field(map, &mut self.belonging_type),
            "category" => rt::read_field(map, &mut self.category),
            "country" => rt::read_field(map, &mut self.country),
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "description" => rt::read_field(map, &mut self.description),
            "order" => rt::read_field(map, &mut self.order),
            "prompt" => rt::read_field(map, &mut self.prompt),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySmartDeviceAiScenePromptTemplateByIdsResponseBodyAgentPromptTemplates {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentPromptTemplateId", &self.agent_prompt_template_id)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("belongingId", &self.belonging_id)?;
        object.optional("belongingType", &self.belonging_type)?;
        object.optional("category", &self.category)?;
        object.optional("country", &self.country)?;
        object.optional("creatorUnionId", &self.creator_union_id)?;
        object.optional("description", &self.description)?;
        object.optional("order", &self.order)?;
        object.optional("prompt", &self.prompt)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QuerySmartDeviceAiSummaryResponseBodyAiSummaryList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySmartDeviceAiSummaryResponseBodyAiSummaryList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySmartDeviceAiSummaryResponseBodyAiSummaryList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "aiSceneRuleAvatarUrl" => {
                rt::read_field(map, &mut self.ai_scene_rule_avatar_url)
            }
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "openFileId" => rt::read_field(map, &mut self.open_file_id),
            "order" => rt::read_field(map, &mut self.order),
            "summary" => rt::read_field(map, &mut self.summary),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySmartDeviceAiSummaryResponseBodyAiSummaryList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("aiSceneRuleAvatarUrl", &self.ai_scene_rule_avatar_url)?;
        object.optional("creatorUnionId", &self.creator_union_id)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("openFileId", &self.open_file_id)?;
        object.optional("order", &self.order)?;
        object.optional("summary", &self.summary)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryUploadVideoPlayInfoResponseBodyPlayInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryUploadVideoPlayInfoResponseBodyPlayInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUploadVideoPlayInfoResponseBodyPlayInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "duration" => rt::read_field(map, &mut self.duration),
            "playUrl" => rt::read_field(map, &mut self.play_url),
            "size" => rt::read_field(map, &mut self.size),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUploadVideoPlayInfoResponseBodyPlayInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("duration", &self.duration)?;
        object.optional("playUrl", &self.play_url)?;
        object.optional("size", &self.size)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryUserAvailableDiyTemplatesResponseBodyOrgDiyTemplates`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryUserAvailableDiyTemplatesResponseBodyOrgDiyTemplates {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserAvailableDiyTemplatesResponseBodyOrgDiyTemplates {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "diyTemplateBriefIntro" => {
                rt::read_field(map, &mut self.diy_template_brief_intro)
            }
            "diyTemplateIconUrl" => rt::read_field(map, &mut self.diy_template_icon_url),
            "diyTemplateKey" => rt::read_field(map, &mut self.diy_template_key),
            "diyTemplateLatestVersion" => {
                rt::read_field(map, &mut self.diy_template_latest_version)
            }
            "diyTemplateSource" => rt::read_field(map, &mut self.diy_template_source),
            "diyTemplateTitle" => rt::read_field(map, &mut self.diy_template_title),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserAvailableDiyTemplatesResponseBodyOrgDiyTemplates {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("diyTemplateBriefIntro", &self.diy_template_brief_intro)?;
        object.optional("diyTemplateIconUrl", &self.diy_template_icon_url)?;
        object.optional("diyTemplateKey", &self.diy_template_key)?;
        object.optional("diyTemplateLatestVersion", &self.diy_template_latest_version)?;
        object.optional("diyTemplateSource", &self.diy_template_source)?;
        object.optional("diyTemplateTitle", &self.diy_template_title)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.end()
    }
}
/// `QueryUserAvailableDiyTemplatesResponseBodyUserDiyTemplates`: the same model as [`QueryUserAvailableDiyTemplatesResponseBodyOrgDiyTemplates`].
pub type QueryUserAvailableDiyTemplatesResponseBodyUserDiyTemplates = QueryUserAvailableDiyTemplatesResponseBodyOrgDiyTemplates;
/// `UpdatePermissionResponseBodyFailMemberInfoList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdatePermissionResponseBodyFailMemberInfoList {
    /// `memberType`.
    pub member_type: Option<i64>,
    /// `memberUnionId`.
    pub member_union_id: Option<String>,
    /// `policyId`.
    pub policy_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for UpdatePermissionResponseBodyFailMemberInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdatePermissionResponseBodyFailMemberInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberType" => rt::read_field(map, &mut self.member_type),
            "memberUnionId" => rt::read_field(map, &mut self.member_union_id),
            "policyId" => rt::read_field(map, &mut self.policy_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdatePermissionResponseBodyFailMemberInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberType", &self.member_type)?;
        object.optional("memberUnionId", &self.member_union_id)?;
        object.optional("policyId", &self.policy_id)?;
        object.end()
    }
}
/// `UpdatePermissionResponseBodyMemberPermissionOperationResults`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for UpdatePermissionResponseBodyMemberPermissionOperationResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdatePermissionResponseBodyMemberPermissionOperationResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMessage" => rt::read_field(map, &mut self.error_message),
            "index" => rt::read_field(map, &mut self.index),
            "memberType" => rt::read_field(map, &mut self.member_type),
            "memberUnionId" => rt::read_field(map, &mut self.member_union_id),
            "opType" => rt::read_field(map, &mut self.op_type),
            "policyId" => rt::read_field(map, &mut self.policy_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for UpdatePermissionResponseBodyMemberPermissionOperationResults {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMessage", &self.error_message)?;
        object.optional("index", &self.index)?;
        object.optional("memberType", &self.member_type)?;
        object.optional("memberUnionId", &self.member_union_id)?;
        object.optional("opType", &self.op_type)?;
        object.optional("policyId", &self.policy_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `UpdatePermissionResponseBodyShareScopeResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdatePermissionResponseBodyShareScopeResult {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMessage`.
    pub error_message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdatePermissionResponseBodyShareScopeResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdatePermissionResponseBodyShareScopeResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMessage" => rt::read_field(map, &mut self.error_message),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdatePermissionResponseBodyShareScopeResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMessage", &self.error_message)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryMinutesTextResponseBodyParagraphListSentenceList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryMinutesTextResponseBodyParagraphListSentenceList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesTextResponseBodyParagraphListSentenceList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "sentence" => rt::read_field(map, &mut self.sentence),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "wordList" => rt::read_field(map, &mut self.word_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesTextResponseBodyParagraphListSentenceList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("sentence", &self.sentence)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("wordList", &self.word_list)?;
        object.end()
    }
}
/// `QueryMinutesTextResponseBodyParagraphListSpeakerDisplay`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesTextResponseBodyParagraphListSpeakerDisplay {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryMinutesTextResponseBodyParagraphListSpeakerDisplay {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesTextResponseBodyParagraphListSpeakerDisplay {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesTextResponseBodyParagraphListSpeakerDisplay {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("nickName", &self.nick_name)?;
        object.end()
    }
}
/// `QueryMinutesTodoResponseBodyDingtalkTodoListExecutorList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesTodoResponseBodyDingtalkTodoListExecutorList {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryMinutesTodoResponseBodyDingtalkTodoListExecutorList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesTodoResponseBodyDingtalkTodoListExecutorList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatar" => rt::read_field(map, &mut self.avatar),
            "nick" => rt::read_field(map, &mut self.nick),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesTodoResponseBodyDingtalkTodoListExecutorList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatar", &self.avatar)?;
        object.optional("nick", &self.nick)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentDeviceList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySmartDeviceAiSceneByIdResponseBodyAgentDeviceList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySmartDeviceAiSceneByIdResponseBodyAgentDeviceList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "devServId" => rt::read_field(map, &mut self.dev_serv_id),
            "deviceId" => rt::read_field(map, &mut self.device_id),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "sn" => rt::read_field(map, &mut self.sn),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySmartDeviceAiSceneByIdResponseBodyAgentDeviceList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("devServId", &self.dev_serv_id)?;
        object.optional("deviceId", &self.device_id)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("sn", &self.sn)?;
        object.end()
    }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentIsvAiScene`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySmartDeviceAiSceneByIdResponseBodyAgentIsvAiScene {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySmartDeviceAiSceneByIdResponseBodyAgentIsvAiScene {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isvAppId" => rt::read_field(map, &mut self.isv_app_id),
            "isvAppState" => rt::read_field(map, &mut self.isv_app_state),
            "isvCorpId" => rt::read_field(map, &mut self.isv_corp_id),
            "isvType" => rt::read_field(map, &mut self.isv_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySmartDeviceAiSceneByIdResponseBodyAgentIsvAiScene {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isvAppId", &self.isv_app_id)?;
        object.optional("isvAppState", &self.isv_app_state)?;
        object.optional("isvCorpId", &self.isv_corp_id)?;
        object.optional("isvType", &self.isv_type)?;
        object.end()
    }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentLlmModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSceneByIdResponseBodyAgentLlmModel {
    /// `modelId`.
    pub model_id: Option<String>,
    /// `modelName`.
    pub model_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySmartDeviceAiSceneByIdResponseBodyAgentLlmModel {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySmartDeviceAiSceneByIdResponseBodyAgentLlmModel {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "modelId" => rt::read_field(map, &mut self.model_id),
            "modelName" => rt::read_field(map, &mut self.model_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySmartDeviceAiSceneByIdResponseBodyAgentLlmModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("modelId", &self.model_id)?;
        object.optional("modelName", &self.model_name)?;
        object.end()
    }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentMinutesTemplates`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySmartDeviceAiSceneByIdResponseBodyAgentMinutesTemplates {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySmartDeviceAiSceneByIdResponseBodyAgentMinutesTemplates {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => rt::read_field(map, &mut self.category),
            "description" => rt::read_field(map, &mut self.description),
            "iconUrl" => rt::read_field(map, &mut self.icon_url),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySmartDeviceAiSceneByIdResponseBodyAgentMinutesTemplates {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("category", &self.category)?;
        object.optional("description", &self.description)?;
        object.optional("iconUrl", &self.icon_url)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentProjectList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySmartDeviceAiSceneByIdResponseBodyAgentProjectList {
    /// `projectId`.
    pub project_id: Option<String>,
    /// `projectName`.
    pub project_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySmartDeviceAiSceneByIdResponseBodyAgentProjectList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySmartDeviceAiSceneByIdResponseBodyAgentProjectList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "projectId" => rt::read_field(map, &mut self.project_id),
            "projectName" => rt::read_field(map, &mut self.project_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySmartDeviceAiSceneByIdResponseBodyAgentProjectList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("projectId", &self.project_id)?;
        object.optional("projectName", &self.project_name)?;
        object.end()
    }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncCollabSheetConfig`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncCollabSheetConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncCollabSheetConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentPromptTemplateIds" => {
                rt::read_field(map, &mut self.agent_prompt_template_ids)
            }
            "collabSheetName" => rt::read_field(map, &mut self.collab_sheet_name),
            "collabSheetUrl" => rt::read_field(map, &mut self.collab_sheet_url),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "dentryUuid" => rt::read_field(map, &mut self.dentry_uuid),
            "sheetId" => rt::read_field(map, &mut self.sheet_id),
            "syncCollabSheet" => rt::read_field(map, &mut self.sync_collab_sheet),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncCollabSheetConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentPromptTemplateIds", &self.agent_prompt_template_ids)?;
        object.optional("collabSheetName", &self.collab_sheet_name)?;
        object.optional("collabSheetUrl", &self.collab_sheet_url)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("dentryUuid", &self.dentry_uuid)?;
        object.optional("sheetId", &self.sheet_id)?;
        object.optional("syncCollabSheet", &self.sync_collab_sheet)?;
        object.end()
    }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncIsvSystemConfigs`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncIsvSystemConfigs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncIsvSystemConfigs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "isvSystemKey" => rt::read_field(map, &mut self.isv_system_key),
            "state" => rt::read_field(map, &mut self.state),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncIsvSystemConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("isvSystemKey", &self.isv_system_key)?;
        object.optional("state", &self.state)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncYidaConfig`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncYidaConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncYidaConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appCode" => rt::read_field(map, &mut self.app_code),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "formName" => rt::read_field(map, &mut self.form_name),
            "formUuid" => rt::read_field(map, &mut self.form_uuid),
            "syncYida" => rt::read_field(map, &mut self.sync_yida),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySmartDeviceAiSceneByIdResponseBodyAgentSyncYidaConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appCode", &self.app_code)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("formName", &self.form_name)?;
        object.optional("formUuid", &self.form_uuid)?;
        object.optional("syncYida", &self.sync_yida)?;
        object.end()
    }
}
/// `QueryMinutesTextResponseBodyParagraphListSentenceListWordList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryMinutesTextResponseBodyParagraphListSentenceListWordList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesTextResponseBodyParagraphListSentenceListWordList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "word" => rt::read_field(map, &mut self.word),
            "wordId" => rt::read_field(map, &mut self.word_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryMinutesTextResponseBodyParagraphListSentenceListWordList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("word", &self.word)?;
        object.optional("wordId", &self.word_id)?;
        object.end()
    }
}
/// The request of [`Api::admin_search_minutes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AdminSearchMinutesRequest {
    /// A `AdminSearchMinutesRequest` with its required fields (`unionId`, `pageSize`, `query`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        page_size: i64,
        query: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            creator_union_ids: None,
            end_time: None,
            next_token: None,
            page_size,
            query: query.into(),
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
impl rt::serde::Serialize for AdminSearchMinutesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorUnionIds", &self.creator_union_ids)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("pageSize", &self.page_size)?;
        object.field("query", &self.query)?;
        object.optional("searchType", &self.search_type)?;
        object.optional("startTime", &self.start_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AdminSearchMinutesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AdminSearchMinutesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "creatorUnionIds" => rt::read_field(map, &mut self.creator_union_ids),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "query" => rt::read_field(map, &mut self.query),
            "searchType" => rt::read_field(map, &mut self.search_type),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AdminSearchMinutesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_get_minutes_details`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchGetMinutesDetailsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `taskUuids`.
    pub task_uuids: Vec<String>,
}
impl BatchGetMinutesDetailsRequest {
    /// A `BatchGetMinutesDetailsRequest` with its required fields (`unionId`, `taskUuids`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        task_uuids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            task_uuids: task_uuids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for BatchGetMinutesDetailsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("taskUuids", &self.task_uuids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchGetMinutesDetailsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchGetMinutesDetailsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "taskUuids" => rt::read_field(map, &mut self.task_uuids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchGetMinutesDetailsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_get_voice_print_identify_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchGetVoicePrintIdentifyConfigRequest {
    /// `items`.
    pub items: Vec<BatchGetVoicePrintIdentifyConfigRequestItems>,
}
impl BatchGetVoicePrintIdentifyConfigRequest {
    /// A `BatchGetVoicePrintIdentifyConfigRequest` with its required fields (`items`); set the others with the methods named after them.
    pub fn new(
        items: impl IntoIterator<Item = BatchGetVoicePrintIdentifyConfigRequestItems>,
    ) -> Self {
        Self {
            items: items.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for BatchGetVoicePrintIdentifyConfigRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("items", &self.items)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchGetVoicePrintIdentifyConfigRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchGetVoicePrintIdentifyConfigRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "items" => rt::read_field(map, &mut self.items),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchGetVoicePrintIdentifyConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_toggle_voice_print_switch_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchToggleVoicePrintSwitchStatusRequest {
    /// `items`.
    pub items: Vec<BatchToggleVoicePrintSwitchStatusRequestItems>,
}
impl BatchToggleVoicePrintSwitchStatusRequest {
    /// A `BatchToggleVoicePrintSwitchStatusRequest` with its required fields (`items`); set the others with the methods named after them.
    pub fn new(
        items: impl IntoIterator<Item = BatchToggleVoicePrintSwitchStatusRequestItems>,
    ) -> Self {
        Self {
            items: items.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for BatchToggleVoicePrintSwitchStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("items", &self.items)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchToggleVoicePrintSwitchStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchToggleVoicePrintSwitchStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "items" => rt::read_field(map, &mut self.items),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchToggleVoicePrintSwitchStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_minutes_by_upload_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateMinutesByUploadFileRequest {
    /// A `CreateMinutesByUploadFileRequest` with its required fields (`unionId`, `bizId`, `creatorId`, `mediaFileUrl`, `mediaType`, `title`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        biz_id: impl Into<String>,
        creator_id: impl Into<String>,
        media_file_url: impl Into<String>,
        media_type: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            biz_id: biz_id.into(),
            creator_id: creator_id.into(),
            custom_prompt: None,
            enable_push_card: None,
            hidden_minutes: None,
            media_file_url: media_file_url.into(),
            media_type: media_type.into(),
            title: title.into(),
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
impl rt::serde::Serialize for CreateMinutesByUploadFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizId", &self.biz_id)?;
        object.field("creatorId", &self.creator_id)?;
        object.optional("customPrompt", &self.custom_prompt)?;
        object.optional("enablePushCard", &self.enable_push_card)?;
        object.optional("hiddenMinutes", &self.hidden_minutes)?;
        object.field("mediaFileUrl", &self.media_file_url)?;
        object.field("mediaType", &self.media_type)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateMinutesByUploadFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateMinutesByUploadFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "customPrompt" => rt::read_field(map, &mut self.custom_prompt),
            "enablePushCard" => rt::read_field(map, &mut self.enable_push_card),
            "hiddenMinutes" => rt::read_field(map, &mut self.hidden_minutes),
            "mediaFileUrl" => rt::read_field(map, &mut self.media_file_url),
            "mediaType" => rt::read_field(map, &mut self.media_type),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateSmartDeviceAiSummaryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("isvContext", &self.isv_context)?;
        object.optional("openFileId", &self.open_file_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSmartDeviceAiSummaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSmartDeviceAiSummaryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "isvContext" => rt::read_field(map, &mut self.isv_context),
            "openFileId" => rt::read_field(map, &mut self.open_file_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateSmartDeviceAiSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_minutes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteMinutesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl DeleteMinutesRequest {
    /// A `DeleteMinutesRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteMinutesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteMinutesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteMinutesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::delete_minutes_media`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteMinutesMediaRequest {
    /// `taskUuid`: a query parameter.
    pub task_uuid: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl DeleteMinutesMediaRequest {
    /// A `DeleteMinutesMediaRequest` with its required fields (`taskUuid`, `unionId`); set the others with the methods named after them.
    pub fn new(task_uuid: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            task_uuid: task_uuid.into(),
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteMinutesMediaRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteMinutesMediaRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteMinutesMediaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskUuid", &self.task_uuid);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::export_minutes_task_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ExportMinutesTaskResultRequest {
    /// A `ExportMinutesTaskResultRequest` with its required fields (`unionId`, `taskType`, `taskUuid`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        task_type: impl Into<String>,
        task_uuid: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            expire_time: None,
            summary_export_setting: None,
            task_type: task_type.into(),
            task_uuid: task_uuid.into(),
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
impl rt::serde::Serialize for ExportMinutesTaskResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expireTime", &self.expire_time)?;
        object.optional("summaryExportSetting", &self.summary_export_setting)?;
        object.field("taskType", &self.task_type)?;
        object.field("taskUuid", &self.task_uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExportMinutesTaskResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExportMinutesTaskResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "expireTime" => rt::read_field(map, &mut self.expire_time),
            "summaryExportSetting" => {
                rt::read_field(map, &mut self.summary_export_setting)
            }
            "taskType" => rt::read_field(map, &mut self.task_type),
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ExportMinutesTaskResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::generate_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GenerateSummaryRequest {
    /// A `GenerateSummaryRequest` with its required fields (`unionId`, `summaryTemplateId`, `summaryTemplateType`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        summary_template_id: impl Into<String>,
        summary_template_type: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            async_generate: None,
            diy_template_version: None,
            summary_template_id: summary_template_id.into(),
            summary_template_type: summary_template_type.into(),
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
impl rt::serde::Serialize for GenerateSummaryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("asyncGenerate", &self.async_generate)?;
        object.optional("diyTemplateVersion", &self.diy_template_version)?;
        object.field("summaryTemplateId", &self.summary_template_id)?;
        object.field("summaryTemplateType", &self.summary_template_type)?;
        object.optional("userContext", &self.user_context)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GenerateSummaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GenerateSummaryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "asyncGenerate" => rt::read_field(map, &mut self.async_generate),
            "diyTemplateVersion" => rt::read_field(map, &mut self.diy_template_version),
            "summaryTemplateId" => rt::read_field(map, &mut self.summary_template_id),
            "summaryTemplateType" => rt::read_field(map, &mut self.summary_template_type),
            "userContext" => rt::read_field(map, &mut self.user_context),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GenerateSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_minutes_attachments`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListMinutesAttachmentsRequest {
    /// A `ListMinutesAttachmentsRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            content_type: None,
            direction: None,
            max_results: None,
            next_token: None,
            r#type: None,
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListMinutesAttachmentsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListMinutesAttachmentsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contentType" => rt::read_field(map, &mut self.content_type),
            "direction" => rt::read_field(map, &mut self.direction),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "type" => rt::read_field(map, &mut self.r#type),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MoveOutTempStorageRequest {
    /// `taskUuid`: a query parameter.
    pub task_uuid: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl MoveOutTempStorageRequest {
    /// A `MoveOutTempStorageRequest` with its required fields (`taskUuid`, `unionId`); set the others with the methods named after them.
    pub fn new(task_uuid: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            task_uuid: task_uuid.into(),
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MoveOutTempStorageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MoveOutTempStorageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MoveOutTempStorageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskUuid", &self.task_uuid);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::open_query_minutes_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OpenQueryMinutesSummaryRequest {
    /// `taskUuid`: a query parameter.
    pub task_uuid: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl OpenQueryMinutesSummaryRequest {
    /// A `OpenQueryMinutesSummaryRequest` with its required fields (`taskUuid`, `unionId`); set the others with the methods named after them.
    pub fn new(task_uuid: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            task_uuid: task_uuid.into(),
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OpenQueryMinutesSummaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OpenQueryMinutesSummaryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OpenQueryMinutesSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskUuid", &self.task_uuid);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_biz_minutes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryBizMinutesRequest {
    /// `bizId`: a query parameter.
    pub biz_id: String,
    /// `bizType`: a query parameter.
    pub biz_type: i64,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryBizMinutesRequest {
    /// A `QueryBizMinutesRequest` with its required fields (`bizId`, `bizType`, `unionId`); set the others with the methods named after them.
    pub fn new(
        biz_id: impl Into<String>,
        biz_type: i64,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_id: biz_id.into(),
            biz_type,
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryBizMinutesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryBizMinutesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryCreateMinutesListRequest {
    /// A `QueryCreateMinutesListRequest` with its required fields (`maxResults`, `unionId`); set the others with the methods named after them.
    pub fn new(max_results: i64, union_id: impl Into<String>) -> Self {
        Self {
            gmt_create_end: None,
            gmt_create_start: None,
            max_results,
            next_token: None,
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCreateMinutesListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCreateMinutesListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "gmtCreateEnd" => rt::read_field(map, &mut self.gmt_create_end),
            "gmtCreateStart" => rt::read_field(map, &mut self.gmt_create_start),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesBasicInfoRequest {
    /// `taskUuid`: a query parameter.
    pub task_uuid: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryMinutesBasicInfoRequest {
    /// A `QueryMinutesBasicInfoRequest` with its required fields (`taskUuid`, `unionId`); set the others with the methods named after them.
    pub fn new(task_uuid: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            task_uuid: task_uuid.into(),
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesBasicInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMinutesBasicInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryMinutesBasicInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskUuid", &self.task_uuid);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_chapters`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesChaptersRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryMinutesChaptersRequest {
    /// A `QueryMinutesChaptersRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesChaptersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMinutesChaptersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryMinutesChaptersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_keyword`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesKeywordRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryMinutesKeywordRequest {
    /// A `QueryMinutesKeywordRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesKeywordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMinutesKeywordRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryMinutesKeywordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_play_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesPlayInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryMinutesPlayInfoRequest {
    /// A `QueryMinutesPlayInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesPlayInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMinutesPlayInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryMinutesPlayInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_share_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryMinutesShareListRequest {
    /// A `QueryMinutesShareListRequest` with its required fields (`maxResults`, `unionId`); set the others with the methods named after them.
    pub fn new(max_results: i64, union_id: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: None,
            scene: None,
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesShareListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMinutesShareListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "scene" => rt::read_field(map, &mut self.scene),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesStatusRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryMinutesStatusRequest {
    /// A `QueryMinutesStatusRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMinutesStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryMinutesStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_text`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryMinutesTextRequest {
    /// A `QueryMinutesTextRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            direction: None,
            max_results: None,
            next_token: None,
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesTextRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMinutesTextRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "direction" => rt::read_field(map, &mut self.direction),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesTodoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryMinutesTodoRequest {
    /// A `QueryMinutesTodoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesTodoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMinutesTodoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryMinutesTodoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_org_diy_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryOrgDiyTemplatesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryOrgDiyTemplatesRequest {
    /// A `QueryOrgDiyTemplatesRequest` with its required fields (`maxResults`, `unionId`); set the others with the methods named after them.
    pub fn new(max_results: i64, union_id: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryOrgDiyTemplatesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryOrgDiyTemplatesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryScheduleConfMinutesRequest {
    /// `eventId`: a query parameter.
    pub event_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryScheduleConfMinutesRequest {
    /// A `QueryScheduleConfMinutesRequest` with its required fields (`eventId`, `unionId`); set the others with the methods named after them.
    pub fn new(event_id: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            event_id: event_id.into(),
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryScheduleConfMinutesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryScheduleConfMinutesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "eventId" => rt::read_field(map, &mut self.event_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QuerySmartDeviceAiSceneByIdRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentInstanceId", &self.agent_instance_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySmartDeviceAiSceneByIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySmartDeviceAiSceneByIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentInstanceId" => rt::read_field(map, &mut self.agent_instance_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QuerySmartDeviceAiScenePromptTemplateByIdsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentInstanceId", &self.agent_instance_id)?;
        object.optional("agentPromptTemplateIds", &self.agent_prompt_template_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for QuerySmartDeviceAiScenePromptTemplateByIdsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySmartDeviceAiScenePromptTemplateByIdsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentInstanceId" => rt::read_field(map, &mut self.agent_instance_id),
            "agentPromptTemplateIds" => {
                rt::read_field(map, &mut self.agent_prompt_template_ids)
            }
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QuerySmartDeviceAiSummaryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("openFileId", &self.open_file_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySmartDeviceAiSummaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySmartDeviceAiSummaryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "openFileId" => rt::read_field(map, &mut self.open_file_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QuerySmartDeviceAiSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_summary_with_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QuerySummaryWithTemplateRequest {
    /// A `QuerySummaryWithTemplateRequest` with its required fields (`summaryTemplateId`, `summaryTemplateType`, `unionId`); set the others with the methods named after them.
    pub fn new(
        summary_template_id: impl Into<String>,
        summary_template_type: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            diy_template_version: None,
            summary_template_id: summary_template_id.into(),
            summary_template_type: summary_template_type.into(),
            union_id: union_id.into(),
        }
    }
    /// Sets `diyTemplateVersion`.
    pub fn diy_template_version(mut self, value: impl Into<String>) -> Self {
        self.diy_template_version = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySummaryWithTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySummaryWithTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "diyTemplateVersion" => rt::read_field(map, &mut self.diy_template_version),
            "summaryTemplateId" => rt::read_field(map, &mut self.summary_template_id),
            "summaryTemplateType" => rt::read_field(map, &mut self.summary_template_type),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryUploadVideoPlayInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryUploadVideoPlayInfoRequest {
    /// A `QueryUploadVideoPlayInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUploadVideoPlayInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUploadVideoPlayInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryUploadVideoPlayInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_user_available_diy_templates`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryUserAvailableDiyTemplatesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryUserAvailableDiyTemplatesRequest {
    /// A `QueryUserAvailableDiyTemplatesRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUserAvailableDiyTemplatesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUserAvailableDiyTemplatesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RegenerateChaptersRequest {
    /// `taskUuid`: a query parameter.
    pub task_uuid: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `customPrompt`.
    pub custom_prompt: Option<String>,
}
impl RegenerateChaptersRequest {
    /// A `RegenerateChaptersRequest` with its required fields (`taskUuid`, `unionId`); set the others with the methods named after them.
    pub fn new(task_uuid: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            task_uuid: task_uuid.into(),
            union_id: union_id.into(),
            custom_prompt: None,
        }
    }
    /// Sets `customPrompt`.
    pub fn custom_prompt(mut self, value: impl Into<String>) -> Self {
        self.custom_prompt = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for RegenerateChaptersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customPrompt", &self.custom_prompt)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RegenerateChaptersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RegenerateChaptersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "customPrompt" => rt::read_field(map, &mut self.custom_prompt),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetA1DetailPageCustomTabRequest {
    /// `preserveA1AnalyzeTab`: a query parameter.
    pub preserve_a1_analyze_tab: Option<bool>,
    /// `customTabList`.
    pub custom_tab_list: Vec<SetA1DetailPageCustomTabRequestCustomTabList>,
}
impl SetA1DetailPageCustomTabRequest {
    /// A `SetA1DetailPageCustomTabRequest` with its required fields (`customTabList`); set the others with the methods named after them.
    pub fn new(
        custom_tab_list: impl IntoIterator<
            Item = SetA1DetailPageCustomTabRequestCustomTabList,
        >,
    ) -> Self {
        Self {
            preserve_a1_analyze_tab: None,
            custom_tab_list: custom_tab_list.into_iter().collect(),
        }
    }
    /// Sets `preserveA1AnalyzeTab`.
    pub fn preserve_a1_analyze_tab(mut self, value: bool) -> Self {
        self.preserve_a1_analyze_tab = Some(value);
        self
    }
}
impl rt::serde::Serialize for SetA1DetailPageCustomTabRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("customTabList", &self.custom_tab_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetA1DetailPageCustomTabRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetA1DetailPageCustomTabRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "preserveA1AnalyzeTab" => {
                rt::read_field(map, &mut self.preserve_a1_analyze_tab)
            }
            "customTabList" => rt::read_field(map, &mut self.custom_tab_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetA1DetailPageCustomTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("preserveA1AnalyzeTab", &self.preserve_a1_analyze_tab);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_detail_page_custom_tab`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetDetailPageCustomTabRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `customTabList`.
    pub custom_tab_list: Vec<SetDetailPageCustomTabRequestCustomTabList>,
}
impl SetDetailPageCustomTabRequest {
    /// A `SetDetailPageCustomTabRequest` with its required fields (`unionId`, `customTabList`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        custom_tab_list: impl IntoIterator<
            Item = SetDetailPageCustomTabRequestCustomTabList,
        >,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            custom_tab_list: custom_tab_list.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for SetDetailPageCustomTabRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("customTabList", &self.custom_tab_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetDetailPageCustomTabRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetDetailPageCustomTabRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "customTabList" => rt::read_field(map, &mut self.custom_tab_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetDetailPageCustomTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_in_progress_custom_tabs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetInProgressCustomTabsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `customTabList`.
    pub custom_tab_list: Vec<SetInProgressCustomTabsRequestCustomTabList>,
}
impl SetInProgressCustomTabsRequest {
    /// A `SetInProgressCustomTabsRequest` with its required fields (`unionId`, `customTabList`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        custom_tab_list: impl IntoIterator<
            Item = SetInProgressCustomTabsRequestCustomTabList,
        >,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            custom_tab_list: custom_tab_list.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for SetInProgressCustomTabsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("customTabList", &self.custom_tab_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetInProgressCustomTabsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetInProgressCustomTabsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "customTabList" => rt::read_field(map, &mut self.custom_tab_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetInProgressCustomTabsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::set_minutes_todos_visible`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetMinutesTodosVisibleRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `todosVisible`.
    pub todos_visible: bool,
}
impl SetMinutesTodosVisibleRequest {
    /// A `SetMinutesTodosVisibleRequest` with its required fields (`unionId`, `todosVisible`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>, todos_visible: bool) -> Self {
        Self {
            union_id: union_id.into(),
            todos_visible,
        }
    }
}
impl rt::serde::Serialize for SetMinutesTodosVisibleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("todosVisible", &self.todos_visible)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetMinutesTodosVisibleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetMinutesTodosVisibleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "todosVisible" => rt::read_field(map, &mut self.todos_visible),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetMinutesTodosVisibleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_minutes_title`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateMinutesTitleRequest {
    /// `title`: a query parameter.
    pub title: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl UpdateMinutesTitleRequest {
    /// A `UpdateMinutesTitleRequest` with its required fields (`title`, `unionId`); set the others with the methods named after them.
    pub fn new(title: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateMinutesTitleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateMinutesTitleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => rt::read_field(map, &mut self.title),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateMinutesTitleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("title", &self.title);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::update_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdatePermissionRequest {
    /// A `UpdatePermissionRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
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
impl rt::serde::Serialize for UpdatePermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberInfoList", &self.member_info_list)?;
        object
            .optional("memberPermissionOperations", &self.member_permission_operations)?;
        object.optional("opType", &self.op_type)?;
        object.optional("roleCode", &self.role_code)?;
        object.optional("roleSubResourceIds", &self.role_sub_resource_ids)?;
        object.optional("shareScope", &self.share_scope)?;
        object.optional("shareScopeConfig", &self.share_scope_config)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdatePermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdatePermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "memberInfoList" => rt::read_field(map, &mut self.member_info_list),
            "memberPermissionOperations" => {
                rt::read_field(map, &mut self.member_permission_operations)
            }
            "opType" => rt::read_field(map, &mut self.op_type),
            "roleCode" => rt::read_field(map, &mut self.role_code),
            "roleSubResourceIds" => rt::read_field(map, &mut self.role_sub_resource_ids),
            "shareScope" => rt::read_field(map, &mut self.share_scope),
            "shareScopeConfig" => rt::read_field(map, &mut self.share_scope_config),
            _ => Ok(false),
        }
    }
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
