// @generated from api-spec/dvi_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.dvi_1_0()`. Generated from `api-spec/dvi_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `dvi_1_0`. Get it with `client.dvi_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 批量查询行业应用范围内 A1 设备绑定关系
    ///
    /// `POST /v1.0/dvi/a1/industry/devices/binding/query` (operation `BatchQueryA1IndustryDeviceBinding`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQueryA1IndustryDeviceBindingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_query_a1_industry_device_binding(
        &self,
        request: &BatchQueryA1IndustryDeviceBindingRequest,
    ) -> rt::Call<
        BatchQueryA1IndustryDeviceBindingResponseBody,
        BatchQueryA1IndustryDeviceBindingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryA1IndustryDeviceBinding",
            rt::Method::Post,
            "/v1.0/dvi/a1/industry/devices/binding/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 按 userId 列表批量查询用户绑定设备的状态
    ///
    /// `POST /v1.0/dvi/device/batchQueryUserDeviceStatus` (operation `BatchQueryUserDeviceStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQueryUserDeviceStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_query_user_device_status(
        &self,
        request: &BatchQueryUserDeviceStatusRequest,
    ) -> rt::Call<
        BatchQueryUserDeviceStatusResponseBody,
        BatchQueryUserDeviceStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryUserDeviceStatus",
            rt::Method::Post,
            "/v1.0/dvi/device/batchQueryUserDeviceStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量设置设备的切客开关状态
    ///
    /// `POST /v1.0/dvi/devices/cutcustomer/switch` (operation `BatchUpdateDeviceCutCustomerSwitch`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchUpdateDeviceCutCustomerSwitchError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_update_device_cut_customer_switch(
        &self,
        request: &BatchUpdateDeviceCutCustomerSwitchRequest,
    ) -> rt::Call<
        BatchUpdateDeviceCutCustomerSwitchResponseBody,
        BatchUpdateDeviceCutCustomerSwitchError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchUpdateDeviceCutCustomerSwitch",
            rt::Method::Post,
            "/v1.0/dvi/devices/cutcustomer/switch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设备录音启停控制
    ///
    /// `POST /v1.0/dvi/devices/recording/control` (operation `ControlRecording`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ControlRecordingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn control_recording(
        &self,
        request: &ControlRecordingRequest,
    ) -> rt::Call<ControlRecordingResponseBody, ControlRecordingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ControlRecording",
            rt::Method::Post,
            "/v1.0/dvi/devices/recording/control",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建ASR离线转写任务
    ///
    /// `POST /v1.0/dvi/asr/transcriptions` (operation `CreateAsrTranscription`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAsrTranscriptionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_asr_transcription(
        &self,
        request: &CreateAsrTranscriptionRequest,
    ) -> rt::Call<CreateAsrTranscriptionResponseBody, CreateAsrTranscriptionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAsrTranscription",
            rt::Method::Post,
            "/v1.0/dvi/asr/transcriptions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建录制计划
    ///
    /// `POST /v1.0/dvi/devices/recording/schedules` (operation `CreateRecordingSchedule`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateRecordingScheduleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_recording_schedule(
        &self,
        request: &CreateRecordingScheduleRequest,
    ) -> rt::Call<CreateRecordingScheduleResponseBody, CreateRecordingScheduleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateRecordingSchedule",
            rt::Method::Post,
            "/v1.0/dvi/devices/recording/schedules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建团队
    ///
    /// `POST /v1.0/dvi/teams` (operation `CreateTeam`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTeamError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_team(
        &self,
        request: &CreateTeamRequest,
    ) -> rt::Call<CreateTeamResponseBody, CreateTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTeam",
            rt::Method::Post,
            "/v1.0/dvi/teams",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除录制计划
    ///
    /// `DELETE /v1.0/dvi/devices/recording/schedules/{task_id}` (operation `DeleteRecordingSchedule`).
    ///
    /// # Path parameters
    ///
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteRecordingScheduleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_recording_schedule(
        &self,
        task_id: &str,
    ) -> rt::Call<DeleteRecordingScheduleResponseBody, DeleteRecordingScheduleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRecordingSchedule",
            rt::Method::Delete,
            "/v1.0/dvi/devices/recording/schedules/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], &())
    }
    /// 获取 A1 系列企业设备当前绑定关系
    ///
    /// `POST /v1.0/dvi/a1/devices/binding/query` (operation `GetA1DeviceBinding`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetA1DeviceBindingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_a1_device_binding(
        &self,
        request: &GetA1DeviceBindingRequest,
    ) -> rt::Call<GetA1DeviceBindingResponseBody, GetA1DeviceBindingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetA1DeviceBinding",
            rt::Method::Post,
            "/v1.0/dvi/a1/devices/binding/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取 A1 系列企业设备详情
    ///
    /// `POST /v1.0/dvi/a1/devices/info/query` (operation `GetA1DeviceDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetA1DeviceDetailError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_a1_device_detail(
        &self,
        request: &GetA1DeviceDetailRequest,
    ) -> rt::Call<GetA1DeviceDetailResponseBody, GetA1DeviceDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetA1DeviceDetail",
            rt::Method::Post,
            "/v1.0/dvi/a1/devices/info/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询ASR转写结果
    ///
    /// `GET /v1.0/dvi/asr/transcriptions` (operation `GetAsrTranscription`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAsrTranscriptionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_asr_transcription(
        &self,
        request: &GetAsrTranscriptionRequest,
    ) -> rt::Call<GetAsrTranscriptionResponseBody, GetAsrTranscriptionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAsrTranscription",
            rt::Method::Get,
            "/v1.0/dvi/asr/transcriptions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取音频文件下载地址
    ///
    /// `POST /v1.0/dvi/device/audio/download` (operation `GetAudioFileDownloadInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAudioFileDownloadInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_audio_file_download_info(
        &self,
        request: &GetAudioFileDownloadInfoRequest,
    ) -> rt::Call<GetAudioFileDownloadInfoResponseBody, GetAudioFileDownloadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAudioFileDownloadInfo",
            rt::Method::Post,
            "/v1.0/dvi/device/audio/download",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取音频文件信息
    ///
    /// `POST /v1.0/dvi/device/audio/get` (operation `GetAudioFileInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAudioFileInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_audio_file_info(
        &self,
        request: &GetAudioFileInfoRequest,
    ) -> rt::Call<GetAudioFileInfoResponseBody, GetAudioFileInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAudioFileInfo",
            rt::Method::Post,
            "/v1.0/dvi/device/audio/get",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询客户数据
    ///
    /// `GET /v1.0/dvi/customer` (operation `GetCustomerInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCustomerInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_customer_info(
        &self,
        request: &GetCustomerInfoRequest,
    ) -> rt::Call<GetCustomerInfoResponseBody, GetCustomerInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCustomerInfo",
            rt::Method::Get,
            "/v1.0/dvi/customer",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取客户洞察信息
    ///
    /// `GET /v1.0/dvi/customers/insights` (operation `GetCustomerInsight`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCustomerInsightError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_customer_insight(
        &self,
        request: &GetCustomerInsightRequest,
    ) -> rt::Call<GetCustomerInsightResponseBody, GetCustomerInsightError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCustomerInsight",
            rt::Method::Get,
            "/v1.0/dvi/customers/insights",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取录制计划
    ///
    /// `GET /v1.0/dvi/devices/recording/schedules/{task_id}` (operation `GetRecordingSchedule`).
    ///
    /// # Path parameters
    ///
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRecordingScheduleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_recording_schedule(
        &self,
        task_id: &str,
    ) -> rt::Call<GetRecordingScheduleResponseBody, GetRecordingScheduleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecordingSchedule",
            rt::Method::Get,
            "/v1.0/dvi/devices/recording/schedules/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], &())
    }
    /// 获取服务章节摘要
    ///
    /// `GET /v1.0/dvi/service/chapters/summary` (operation `GetServiceChapterSummary`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetServiceChapterSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_service_chapter_summary(
        &self,
        request: &GetServiceChapterSummaryRequest,
    ) -> rt::Call<GetServiceChapterSummaryResponseBody, GetServiceChapterSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetServiceChapterSummary",
            rt::Method::Get,
            "/v1.0/dvi/service/chapters/summary",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取服务会话总结
    ///
    /// `GET /v1.0/dvi/service/chats/summary` (operation `GetServiceChatSummary`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetServiceChatSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_service_chat_summary(
        &self,
        request: &GetServiceChatSummaryRequest,
    ) -> rt::Call<GetServiceChatSummaryResponseBody, GetServiceChatSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetServiceChatSummary",
            rt::Method::Get,
            "/v1.0/dvi/service/chats/summary",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询服务质检信息
    ///
    /// `GET /v1.0/dvi/service/quality-inspections` (operation `GetServiceQualityInspection`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetServiceQualityInspectionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_service_quality_inspection(
        &self,
        request: &GetServiceQualityInspectionRequest,
    ) -> rt::Call<
        GetServiceQualityInspectionResponseBody,
        GetServiceQualityInspectionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetServiceQualityInspection",
            rt::Method::Get,
            "/v1.0/dvi/service/quality-inspections",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取单条服务记录
    ///
    /// `GET /v1.0/dvi/service-record` (operation `GetServiceRecord`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetServiceRecordError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_service_record(
        &self,
        request: &GetServiceRecordRequest,
    ) -> rt::Call<GetServiceRecordResponseBody, GetServiceRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetServiceRecord",
            rt::Method::Get,
            "/v1.0/dvi/service-record",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取服务记录音频转写信息
    ///
    /// `GET /v1.0/dvi/service/transcript` (operation `GetServiceRecordTranscript`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetServiceRecordTranscriptError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_service_record_transcript(
        &self,
        request: &GetServiceRecordTranscriptRequest,
    ) -> rt::Call<
        GetServiceRecordTranscriptResponseBody,
        GetServiceRecordTranscriptError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetServiceRecordTranscript",
            rt::Method::Get,
            "/v1.0/dvi/service/transcript",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取分析方案配置
    ///
    /// `GET /v1.0/dvi/solutions/configurations` (operation `GetSolutionConfig`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSolutionConfigError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_solution_config(
        &self,
    ) -> rt::Call<GetSolutionConfigResponseBody, GetSolutionConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSolutionConfig",
            rt::Method::Get,
            "/v1.0/dvi/solutions/configurations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取团队信息
    ///
    /// `GET /v1.0/dvi/teams/{team_code}` (operation `GetTeam`).
    ///
    /// # Path parameters
    ///
    /// - `team_code` (`team_code`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTeamError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_team(
        &self,
        team_code: &str,
    ) -> rt::Call<GetTeamResponseBody, GetTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTeam",
            rt::Method::Get,
            "/v1.0/dvi/teams/{team_code}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_code], &())
    }
    /// 查询团队成员
    ///
    /// `GET /v1.0/dvi/teams/{team_code}/members` (operation `GetTeamMember`).
    ///
    /// # Path parameters
    ///
    /// - `team_code` (`team_code`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTeamMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_team_member(
        &self,
        team_code: &str,
    ) -> rt::Call<GetTeamMemberResponseBody, GetTeamMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTeamMember",
            rt::Method::Get,
            "/v1.0/dvi/teams/{team_code}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_code], &())
    }
    /// 获取文件转写的概要信息
    ///
    /// `GET /v1.0/dvi/transcripts/summary` (operation `GetTranscriptSummary`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTranscriptSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_transcript_summary(
        &self,
        request: &GetTranscriptSummaryRequest,
    ) -> rt::Call<GetTranscriptSummaryResponseBody, GetTranscriptSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTranscriptSummary",
            rt::Method::Get,
            "/v1.0/dvi/transcripts/summary",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询 A1 系列企业设备列表
    ///
    /// `POST /v1.0/dvi/a1/devices/list` (operation `ListA1Device`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListA1DeviceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_a1_device(
        &self,
        request: &ListA1DeviceRequest,
    ) -> rt::Call<ListA1DeviceResponseBody, ListA1DeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListA1Device",
            rt::Method::Post,
            "/v1.0/dvi/a1/devices/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询客户列表
    ///
    /// `GET /v1.0/dvi/customers` (operation `ListCustomer`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListCustomerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_customer(
        &self,
        request: &ListCustomerRequest,
    ) -> rt::Call<ListCustomerResponseBody, ListCustomerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListCustomer",
            rt::Method::Get,
            "/v1.0/dvi/customers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询设备列表
    ///
    /// `GET /v1.0/dvi/devices` (operation `ListDevice`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListDeviceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_device(
        &self,
        request: &ListDeviceRequest,
    ) -> rt::Call<ListDeviceResponseBody, ListDeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDevice",
            rt::Method::Get,
            "/v1.0/dvi/devices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询设备录音时长
    ///
    /// `GET /v1.0/dvi/devices/recording-durations` (operation `ListDeviceRecordingDuration`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListDeviceRecordingDurationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_device_recording_duration(
        &self,
        request: &ListDeviceRecordingDurationRequest,
    ) -> rt::Call<
        ListDeviceRecordingDurationResponseBody,
        ListDeviceRecordingDurationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDeviceRecordingDuration",
            rt::Method::Get,
            "/v1.0/dvi/devices/recording-durations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询服务记录
    ///
    /// `GET /v1.0/dvi/service-records` (operation `ListServiceRecord`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListServiceRecordError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_service_record(
        &self,
        request: &ListServiceRecordRequest,
    ) -> rt::Call<ListServiceRecordResponseBody, ListServiceRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListServiceRecord",
            rt::Method::Get,
            "/v1.0/dvi/service-records",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询服务记录待办列表
    ///
    /// `GET /v1.0/dvi/service-todos` (operation `ListServiceTodo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListServiceTodoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_service_todo(
        &self,
        request: &ListServiceTodoRequest,
    ) -> rt::Call<ListServiceTodoResponseBody, ListServiceTodoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListServiceTodo",
            rt::Method::Get,
            "/v1.0/dvi/service-todos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询团队列表
    ///
    /// `GET /v1.0/dvi/teams` (operation `ListTeam`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListTeamError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_team(
        &self,
        request: &ListTeamRequest,
    ) -> rt::Call<ListTeamResponseBody, ListTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListTeam",
            rt::Method::Get,
            "/v1.0/dvi/teams",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 团队成员管理
    ///
    /// `POST /v1.0/dvi/teams/members` (operation `ManageTeamMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ManageTeamMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn manage_team_member(
        &self,
        request: &ManageTeamMemberRequest,
    ) -> rt::Call<ManageTeamMemberResponseBody, ManageTeamMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ManageTeamMember",
            rt::Method::Post,
            "/v1.0/dvi/teams/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询asr结果
    ///
    /// `GET /v1.0/dvi/asr/query` (operation `QueryAsrTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAsrTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_asr_task(
        &self,
        request: &QueryAsrTaskRequest,
    ) -> rt::Call<QueryAsrTaskResponseBody, QueryAsrTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAsrTask",
            rt::Method::Get,
            "/v1.0/dvi/asr/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询指定设备的音频文件列表
    ///
    /// `POST /v1.0/dvi/device/audio/list` (operation `QueryAudioFile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAudioFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_audio_file(
        &self,
        request: &QueryAudioFileRequest,
    ) -> rt::Call<QueryAudioFileResponseBody, QueryAudioFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAudioFile",
            rt::Method::Post,
            "/v1.0/dvi/device/audio/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取设备详情
    ///
    /// `POST /v1.0/dvi/device/list` (operation `QueryDeviceDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryDeviceDetailError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_device_detail(
        &self,
        request: &QueryDeviceDetailRequest,
    ) -> rt::Call<QueryDeviceDetailResponseBody, QueryDeviceDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDeviceDetail",
            rt::Method::Post,
            "/v1.0/dvi/device/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询设备属性
    ///
    /// `POST /v1.0/dvi/device/status` (operation `QueryDeviceStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryDeviceStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_device_status(
        &self,
        request: &QueryDeviceStatusRequest,
    ) -> rt::Call<QueryDeviceStatusResponseBody, QueryDeviceStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDeviceStatus",
            rt::Method::Post,
            "/v1.0/dvi/device/status",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据听记ID获取A1音频文件信息
    ///
    /// `GET /v1.0/dvi/audios/minutes` (operation `QueryFileInfoByMinutesId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryFileInfoByMinutesIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_file_info_by_minutes_id(
        &self,
        request: &QueryFileInfoByMinutesIdRequest,
    ) -> rt::Call<QueryFileInfoByMinutesIdResponseBody, QueryFileInfoByMinutesIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryFileInfoByMinutesId",
            rt::Method::Get,
            "/v1.0/dvi/audios/minutes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询销售洞察数据
    ///
    /// `POST /v1.0/dvi/sales/insights` (operation `QuerySalesInsights`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QuerySalesInsightsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_sales_insights(
        &self,
        request: &QuerySalesInsightsRequest,
    ) -> rt::Call<QuerySalesInsightsResponseBody, QuerySalesInsightsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySalesInsights",
            rt::Method::Post,
            "/v1.0/dvi/sales/insights",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询服务记录定位信息
    ///
    /// `POST /v1.0/dvi/service-record/location` (operation `QueryServiceRecordLocation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryServiceRecordLocationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_service_record_location(
        &self,
        request: &QueryServiceRecordLocationRequest,
    ) -> rt::Call<
        QueryServiceRecordLocationResponseBody,
        QueryServiceRecordLocationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryServiceRecordLocation",
            rt::Method::Post,
            "/v1.0/dvi/service-record/location",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询员工统计数据
    ///
    /// `POST /v1.0/dvi/data/staff` (operation `QueryStaffStatisticData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryStaffStatisticDataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_staff_statistic_data(
        &self,
        request: &QueryStaffStatisticDataRequest,
    ) -> rt::Call<QueryStaffStatisticDataResponseBody, QueryStaffStatisticDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryStaffStatisticData",
            rt::Method::Post,
            "/v1.0/dvi/data/staff",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询用户绑定设备位置的信息
    ///
    /// `POST /v1.0/dvi/user/location` (operation `QueryUserBindDeviceLocation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUserBindDeviceLocationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_user_bind_device_location(
        &self,
        request: &QueryUserBindDeviceLocationRequest,
    ) -> rt::Call<
        QueryUserBindDeviceLocationResponseBody,
        QueryUserBindDeviceLocationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserBindDeviceLocation",
            rt::Method::Post,
            "/v1.0/dvi/user/location",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据员工 userId 查询其当前绑定设备在指定时间范围内的位置（轨迹）信息
    ///
    /// `GET /v1.0/dvi/device/queryUserDeviceLocation` (operation `QueryUserDeviceLocation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUserDeviceLocationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_user_device_location(
        &self,
        request: &QueryUserDeviceLocationRequest,
    ) -> rt::Call<QueryUserDeviceLocationResponseBody, QueryUserDeviceLocationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserDeviceLocation",
            rt::Method::Get,
            "/v1.0/dvi/device/queryUserDeviceLocation",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提交agent异步任务
    ///
    /// `POST /v1.0/dvi/agenttask/submit` (operation `SubmitAgentTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SubmitAgentTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn submit_agent_task(
        &self,
        request: &SubmitAgentTaskRequest,
    ) -> rt::Call<SubmitAgentTaskResponseBody, SubmitAgentTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubmitAgentTask",
            rt::Method::Post,
            "/v1.0/dvi/agenttask/submit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// asr离线任务
    ///
    /// `POST /v1.0/dvi/asr/create` (operation `SubmitAsrTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SubmitAsrTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn submit_asr_task(
        &self,
        request: &SubmitAsrTaskRequest,
    ) -> rt::Call<SubmitAsrTaskResponseBody, SubmitAsrTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubmitAsrTask",
            rt::Method::Post,
            "/v1.0/dvi/asr/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提交切客数据
    ///
    /// `POST /v1.0/dvi/customersplit/submit` (operation `SubmitCustomerSplitData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SubmitCustomerSplitDataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn submit_customer_split_data(
        &self,
        request: &SubmitCustomerSplitDataRequest,
    ) -> rt::Call<SubmitCustomerSplitDataResponseBody, SubmitCustomerSplitDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubmitCustomerSplitData",
            rt::Method::Post,
            "/v1.0/dvi/customersplit/submit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新设备绑定关系
    ///
    /// `POST /v1.0/dvi/devices/binding/update` (operation `UpdateDeviceBinding`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateDeviceBindingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_device_binding(
        &self,
        request: &UpdateDeviceBindingRequest,
    ) -> rt::Call<UpdateDeviceBindingResponseBody, UpdateDeviceBindingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateDeviceBinding",
            rt::Method::Post,
            "/v1.0/dvi/devices/binding/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新录制计划
    ///
    /// `PUT /v1.0/dvi/devices/recording/schedules` (operation `UpdateRecordingSchedule`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateRecordingScheduleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_recording_schedule(
        &self,
        request: &UpdateRecordingScheduleRequest,
    ) -> rt::Call<UpdateRecordingScheduleResponseBody, UpdateRecordingScheduleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateRecordingSchedule",
            rt::Method::Put,
            "/v1.0/dvi/devices/recording/schedules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量更新服务记录约束规则
    ///
    /// `POST /v1.0/dvi/service/batch-update-restrict` (operation `UpdateServiceRecordRestrict`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateServiceRecordRestrictError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_service_record_restrict(
        &self,
        request: &UpdateServiceRecordRestrictRequest,
    ) -> rt::Call<
        UpdateServiceRecordRestrictResponseBody,
        UpdateServiceRecordRestrictError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateServiceRecordRestrict",
            rt::Method::Post,
            "/v1.0/dvi/service/batch-update-restrict",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改团队
    ///
    /// `PUT /v1.0/dvi/teams` (operation `UpdateTeam`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTeamError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_team(
        &self,
        request: &UpdateTeamRequest,
    ) -> rt::Call<UpdateTeamResponseBody, UpdateTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTeam",
            rt::Method::Put,
            "/v1.0/dvi/teams",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// asr离线任务
    ///
    /// `POST /v1.0/dvi/service/audiosplit` (operation `VideoCustomerSplit`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`VideoCustomerSplitError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn video_customer_split(
        &self,
        request: &VideoCustomerSplitRequest,
    ) -> rt::Call<VideoCustomerSplitResponseBody, VideoCustomerSplitError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "VideoCustomerSplit",
            rt::Method::Post,
            "/v1.0/dvi/service/audiosplit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_asr_transcription`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token.
    pub fn get_asr_transcription_pages(
        &self,
        request: &GetAsrTranscriptionRequest,
    ) -> rt::Paginator<
        GetAsrTranscriptionResponseBody,
        GetAsrTranscriptionError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &[],
            &[],
        );
        rt::Paginator::new(self.get_asr_transcription(request), &PAGING)
    }
    /// Every page of [`Api::list_a1_device`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token. Items: `result.items` of each page.
    pub fn list_a1_device_pages(
        &self,
        request: &ListA1DeviceRequest,
    ) -> rt::Paginator<
        ListA1DeviceResponseBody,
        ListA1DeviceError,
        ListA1DeviceResponseBodyResultItems,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["result", "nextToken"],
            &[],
            &["result", "items"],
        );
        rt::Paginator::new(self.list_a1_device(request), &PAGING)
    }
    /// Every page of [`Api::list_customer`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn list_customer_pages(
        &self,
        request: &ListCustomerRequest,
    ) -> rt::Paginator<
        ListCustomerResponseBody,
        ListCustomerError,
        ListCustomerResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.list_customer(request), &PAGING)
    }
    /// Every page of [`Api::list_device`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn list_device_pages(
        &self,
        request: &ListDeviceRequest,
    ) -> rt::Paginator<
        ListDeviceResponseBody,
        ListDeviceError,
        ListDeviceResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.list_device(request), &PAGING)
    }
    /// Every page of [`Api::list_device_recording_duration`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn list_device_recording_duration_pages(
        &self,
        request: &ListDeviceRecordingDurationRequest,
    ) -> rt::Paginator<
        ListDeviceRecordingDurationResponseBody,
        ListDeviceRecordingDurationError,
        ListDeviceRecordingDurationResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.list_device_recording_duration(request), &PAGING)
    }
    /// Every page of [`Api::list_service_record`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn list_service_record_pages(
        &self,
        request: &ListServiceRecordRequest,
    ) -> rt::Paginator<
        ListServiceRecordResponseBody,
        ListServiceRecordError,
        ListServiceRecordResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.list_service_record(request), &PAGING)
    }
    /// Every page of [`Api::list_team`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn list_team_pages(
        &self,
        request: &ListTeamRequest,
    ) -> rt::Paginator<ListTeamResponseBody, ListTeamError, ListTeamResponseBodyResult> {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.list_team(request), &PAGING)
    }
    /// Every page of [`Api::query_asr_task`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token.
    pub fn query_asr_task_pages(
        &self,
        request: &QueryAsrTaskRequest,
    ) -> rt::Paginator<QueryAsrTaskResponseBody, QueryAsrTaskError, rt::NoItems> {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &[],
            &[],
        );
        rt::Paginator::new(self.query_asr_task(request), &PAGING)
    }
    /// Every page of [`Api::query_audio_file`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn query_audio_file_pages(
        &self,
        request: &QueryAudioFileRequest,
    ) -> rt::Paginator<
        QueryAudioFileResponseBody,
        QueryAudioFileError,
        QueryAudioFileResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.query_audio_file(request), &PAGING)
    }
    /// Every page of [`Api::query_staff_statistic_data`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn query_staff_statistic_data_pages(
        &self,
        request: &QueryStaffStatisticDataRequest,
    ) -> rt::Paginator<
        QueryStaffStatisticDataResponseBody,
        QueryStaffStatisticDataError,
        QueryStaffStatisticDataResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.query_staff_statistic_data(request), &PAGING)
    }
}
/// `BatchQueryA1IndustryDeviceBindingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryA1IndustryDeviceBindingResponseBody {
    /// `result`.
    pub result: Option<BatchQueryA1IndustryDeviceBindingResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryA1IndustryDeviceBindingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryA1IndustryDeviceBindingResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryA1IndustryDeviceBindingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `BatchQueryUserDeviceStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryUserDeviceStatusResponseBody {
    /// `result`.
    pub result: Option<BatchQueryUserDeviceStatusResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryUserDeviceStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryUserDeviceStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryUserDeviceStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `BatchUpdateDeviceCutCustomerSwitchResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchUpdateDeviceCutCustomerSwitchResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchUpdateDeviceCutCustomerSwitchResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchUpdateDeviceCutCustomerSwitchResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchUpdateDeviceCutCustomerSwitchResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ControlRecordingResponseBody`: the same model as [`BatchUpdateDeviceCutCustomerSwitchResponseBody`].
pub type ControlRecordingResponseBody = BatchUpdateDeviceCutCustomerSwitchResponseBody;
/// `CreateAsrTranscriptionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAsrTranscriptionResponseBody {
    /// `result`.
    pub result: Option<CreateAsrTranscriptionResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateAsrTranscriptionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAsrTranscriptionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAsrTranscriptionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreateRecordingScheduleRequestSchedules`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateRecordingScheduleRequestSchedules {
    /// `businessOrder`.
    pub business_order: String,
    /// `endTime`.
    pub end_time: i64,
    /// `startTime`.
    pub start_time: i64,
}
impl CreateRecordingScheduleRequestSchedules {
    /// A `CreateRecordingScheduleRequestSchedules` with its required fields (`businessOrder`, `endTime`, `startTime`); set the others with the methods named after them.
    pub fn new(
        business_order: impl Into<String>,
        end_time: i64,
        start_time: i64,
    ) -> Self {
        Self {
            business_order: business_order.into(),
            end_time,
            start_time,
        }
    }
}
impl rt::serde::Serialize for CreateRecordingScheduleRequestSchedules {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("businessOrder", &self.business_order)?;
        object.field("endTime", &self.end_time)?;
        object.field("startTime", &self.start_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRecordingScheduleRequestSchedules {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRecordingScheduleRequestSchedules {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "businessOrder" => rt::read_field(map, &mut self.business_order),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
/// `CreateRecordingScheduleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateRecordingScheduleResponseBody {
    /// `result`.
    pub result: Option<Vec<CreateRecordingScheduleResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateRecordingScheduleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateRecordingScheduleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateRecordingScheduleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreateTeamResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTeamResponseBody {
    /// `result`.
    pub result: Option<CreateTeamResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTeamResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTeamResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTeamResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `DeleteRecordingScheduleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteRecordingScheduleResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteRecordingScheduleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteRecordingScheduleResponseBody {
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
impl rt::serde::Serialize for DeleteRecordingScheduleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetA1DeviceBindingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetA1DeviceBindingResponseBody {
    /// `result`.
    pub result: Option<GetA1DeviceBindingResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetA1DeviceBindingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetA1DeviceBindingResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetA1DeviceBindingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetA1DeviceDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetA1DeviceDetailResponseBody {
    /// `result`.
    pub result: Option<GetA1DeviceDetailResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetA1DeviceDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetA1DeviceDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetA1DeviceDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetAsrTranscriptionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAsrTranscriptionResponseBody {
    /// `result`.
    pub result: Option<GetAsrTranscriptionResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAsrTranscriptionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAsrTranscriptionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAsrTranscriptionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetAudioFileDownloadInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAudioFileDownloadInfoResponseBody {
    /// `result`.
    pub result: Option<GetAudioFileDownloadInfoResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAudioFileDownloadInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAudioFileDownloadInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAudioFileDownloadInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetAudioFileInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAudioFileInfoResponseBody {
    /// `result`.
    pub result: Option<GetAudioFileInfoResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAudioFileInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAudioFileInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAudioFileInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetCustomerInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCustomerInfoResponseBody {
    /// `result`.
    pub result: Option<GetCustomerInfoResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCustomerInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCustomerInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCustomerInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetCustomerInsightResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCustomerInsightResponseBody {
    /// `result`.
    pub result: Option<GetCustomerInsightResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCustomerInsightResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCustomerInsightResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCustomerInsightResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetRecordingScheduleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecordingScheduleResponseBody {
    /// `result`.
    pub result: Option<GetRecordingScheduleResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRecordingScheduleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecordingScheduleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecordingScheduleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetServiceChapterSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceChapterSummaryResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<GetServiceChapterSummaryResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetServiceChapterSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceChapterSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceChapterSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetServiceChatSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceChatSummaryResponseBody {
    /// `result`.
    pub result: Option<GetServiceChatSummaryResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetServiceChatSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceChatSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceChatSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetServiceQualityInspectionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceQualityInspectionResponseBody {
    /// `result`.
    pub result: Option<GetServiceQualityInspectionResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetServiceQualityInspectionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceQualityInspectionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceQualityInspectionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetServiceRecordResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceRecordResponseBody {
    /// `result`.
    pub result: Option<GetServiceRecordResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetServiceRecordResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceRecordResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceRecordResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetServiceRecordTranscriptResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceRecordTranscriptResponseBody {
    /// `result`.
    pub result: Option<GetServiceRecordTranscriptResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetServiceRecordTranscriptResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceRecordTranscriptResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceRecordTranscriptResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetSolutionConfigResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSolutionConfigResponseBody {
    /// `result`.
    pub result: Option<GetSolutionConfigResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSolutionConfigResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSolutionConfigResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSolutionConfigResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetTeamResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTeamResponseBody {
    /// `result`.
    pub result: Option<GetTeamResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTeamResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTeamResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTeamResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetTeamMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTeamMemberResponseBody {
    /// `result`.
    pub result: Option<GetTeamMemberResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTeamMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTeamMemberResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTeamMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetTranscriptSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTranscriptSummaryResponseBody {
    /// `result`.
    pub result: Option<GetTranscriptSummaryResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTranscriptSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTranscriptSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTranscriptSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListA1DeviceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListA1DeviceResponseBody {
    /// `result`.
    pub result: Option<ListA1DeviceResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for ListA1DeviceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListA1DeviceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListA1DeviceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListCustomerResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCustomerResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<ListCustomerResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListCustomerResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCustomerResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCustomerResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListDeviceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDeviceResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<ListDeviceResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListDeviceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListDeviceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListDeviceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListDeviceRecordingDurationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDeviceRecordingDurationResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<ListDeviceRecordingDurationResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListDeviceRecordingDurationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListDeviceRecordingDurationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListDeviceRecordingDurationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListServiceRecordResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListServiceRecordResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<ListServiceRecordResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListServiceRecordResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListServiceRecordResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListServiceRecordResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListServiceTodoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListServiceTodoResponseBody {
    /// `result`.
    pub result: Option<Vec<ListServiceTodoResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListServiceTodoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListServiceTodoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListServiceTodoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListTeamResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTeamResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<ListTeamResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListTeamResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTeamResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListTeamResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ManageTeamMemberRequestAddMembers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ManageTeamMemberRequestAddMembers {
    /// `adminUserIds`.
    pub admin_user_ids: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl ManageTeamMemberRequestAddMembers {
    /// An empty `ManageTeamMemberRequestAddMembers`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `adminUserIds`.
    pub fn admin_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.admin_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for ManageTeamMemberRequestAddMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("adminUserIds", &self.admin_user_ids)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ManageTeamMemberRequestAddMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ManageTeamMemberRequestAddMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "adminUserIds" => rt::read_field(map, &mut self.admin_user_ids),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
/// `ManageTeamMemberRequestRemoveMembers`: the same model as [`ManageTeamMemberRequestAddMembers`].
pub type ManageTeamMemberRequestRemoveMembers = ManageTeamMemberRequestAddMembers;
/// `ManageTeamMemberResponseBody`: the same model as [`BatchUpdateDeviceCutCustomerSwitchResponseBody`].
pub type ManageTeamMemberResponseBody = BatchUpdateDeviceCutCustomerSwitchResponseBody;
/// `QueryAsrTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAsrTaskResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<QueryAsrTaskResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAsrTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAsrTaskResponseBody {
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
impl rt::serde::Serialize for QueryAsrTaskResponseBody {
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
/// `QueryAudioFileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAudioFileResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<QueryAudioFileResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAudioFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAudioFileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAudioFileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryDeviceDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDeviceDetailResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryDeviceDetailResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDeviceDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDeviceDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDeviceDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryDeviceStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDeviceStatusResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryDeviceStatusResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDeviceStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDeviceStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDeviceStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryFileInfoByMinutesIdResponseBody`: the same model as [`GetAudioFileInfoResponseBody`].
pub type QueryFileInfoByMinutesIdResponseBody = GetAudioFileInfoResponseBody;
/// `QuerySalesInsightsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySalesInsightsResponseBody {
    /// `result`.
    pub result: Option<Vec<QuerySalesInsightsResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySalesInsightsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySalesInsightsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySalesInsightsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryServiceRecordLocationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryServiceRecordLocationResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryServiceRecordLocationResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryServiceRecordLocationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryServiceRecordLocationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryServiceRecordLocationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryStaffStatisticDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryStaffStatisticDataResponseBody {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<QueryStaffStatisticDataResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryStaffStatisticDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryStaffStatisticDataResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryStaffStatisticDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryUserBindDeviceLocationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserBindDeviceLocationResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryUserBindDeviceLocationResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUserBindDeviceLocationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserBindDeviceLocationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserBindDeviceLocationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryUserDeviceLocationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserDeviceLocationResponseBody {
    /// `result`.
    pub result: Option<QueryUserDeviceLocationResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUserDeviceLocationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserDeviceLocationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserDeviceLocationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SubmitAgentTaskResponseBody`: the same model as [`CreateAsrTranscriptionResponseBody`].
pub type SubmitAgentTaskResponseBody = CreateAsrTranscriptionResponseBody;
/// `SubmitAsrTaskRequestTranscription`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitAsrTaskRequestTranscription {
    /// `diarization`.
    pub diarization: Option<SubmitAsrTaskRequestTranscriptionDiarization>,
    /// `diarizationEnabled`.
    pub diarization_enabled: Option<bool>,
}
impl SubmitAsrTaskRequestTranscription {
    /// An empty `SubmitAsrTaskRequestTranscription`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `diarization`.
    pub fn diarization(
        mut self,
        value: SubmitAsrTaskRequestTranscriptionDiarization,
    ) -> Self {
        self.diarization = Some(value);
        self
    }
    /// Sets `diarizationEnabled`.
    pub fn diarization_enabled(mut self, value: bool) -> Self {
        self.diarization_enabled = Some(value);
        self
    }
}
impl rt::serde::Serialize for SubmitAsrTaskRequestTranscription {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("diarization", &self.diarization)?;
        object.optional("diarizationEnabled", &self.diarization_enabled)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitAsrTaskRequestTranscription {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitAsrTaskRequestTranscription {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "diarization" => rt::read_field(map, &mut self.diarization),
            "diarizationEnabled" => rt::read_field(map, &mut self.diarization_enabled),
            _ => Ok(false),
        }
    }
}
/// `SubmitAsrTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitAsrTaskResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<SubmitAsrTaskResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SubmitAsrTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SubmitAsrTaskResponseBody {
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
impl rt::serde::Serialize for SubmitAsrTaskResponseBody {
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
/// `SubmitCustomerSplitDataRequestSplitParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SubmitCustomerSplitDataRequestSplitParams {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `outBizData`.
    pub out_biz_data: Option<String>,
    /// `startTime`.
    pub start_time: i64,
}
impl SubmitCustomerSplitDataRequestSplitParams {
    /// A `SubmitCustomerSplitDataRequestSplitParams` with its required fields (`startTime`); set the others with the methods named after them.
    pub fn new(start_time: i64) -> Self {
        Self {
            end_time: None,
            out_biz_data: None,
            start_time,
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `outBizData`.
    pub fn out_biz_data(mut self, value: impl Into<String>) -> Self {
        self.out_biz_data = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SubmitCustomerSplitDataRequestSplitParams {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("outBizData", &self.out_biz_data)?;
        object.field("startTime", &self.start_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitCustomerSplitDataRequestSplitParams {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitCustomerSplitDataRequestSplitParams {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "outBizData" => rt::read_field(map, &mut self.out_biz_data),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
/// `SubmitCustomerSplitDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitCustomerSplitDataResponseBody {
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<SubmitCustomerSplitDataResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SubmitCustomerSplitDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SubmitCustomerSplitDataResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SubmitCustomerSplitDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `UpdateDeviceBindingResponseBody`: the same model as [`BatchUpdateDeviceCutCustomerSwitchResponseBody`].
pub type UpdateDeviceBindingResponseBody = BatchUpdateDeviceCutCustomerSwitchResponseBody;
/// `UpdateRecordingScheduleResponseBody`: the same model as [`DeleteRecordingScheduleResponseBody`].
pub type UpdateRecordingScheduleResponseBody = DeleteRecordingScheduleResponseBody;
/// `UpdateServiceRecordRestrictResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateServiceRecordRestrictResponseBody {
    /// `result`.
    pub result: Option<UpdateServiceRecordRestrictResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateServiceRecordRestrictResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateServiceRecordRestrictResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateServiceRecordRestrictResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateTeamResponseBody`: the same model as [`BatchUpdateDeviceCutCustomerSwitchResponseBody`].
pub type UpdateTeamResponseBody = BatchUpdateDeviceCutCustomerSwitchResponseBody;
/// `VideoCustomerSplitRequestCustomer`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct VideoCustomerSplitRequestCustomer {
    /// `customers`.
    pub customers: Vec<VideoCustomerSplitRequestCustomerCustomers>,
}
impl VideoCustomerSplitRequestCustomer {
    /// A `VideoCustomerSplitRequestCustomer` with its required fields (`customers`); set the others with the methods named after them.
    pub fn new(
        customers: impl IntoIterator<Item = VideoCustomerSplitRequestCustomerCustomers>,
    ) -> Self {
        Self {
            customers: customers.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for VideoCustomerSplitRequestCustomer {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("customers", &self.customers)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for VideoCustomerSplitRequestCustomer {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for VideoCustomerSplitRequestCustomer {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customers" => rt::read_field(map, &mut self.customers),
            _ => Ok(false),
        }
    }
}
/// `VideoCustomerSplitResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct VideoCustomerSplitResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<VideoCustomerSplitResponseBodyResult>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for VideoCustomerSplitResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for VideoCustomerSplitResponseBody {
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
impl rt::serde::Serialize for VideoCustomerSplitResponseBody {
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
/// `BatchQueryA1IndustryDeviceBindingResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryA1IndustryDeviceBindingResponseBodyResult {
    /// `partialSuccess`.
    pub partial_success: Option<bool>,
    /// `results`.
    pub results: Option<Vec<BatchQueryA1IndustryDeviceBindingResponseBodyResultResults>>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchQueryA1IndustryDeviceBindingResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryA1IndustryDeviceBindingResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "partialSuccess" => rt::read_field(map, &mut self.partial_success),
            "results" => rt::read_field(map, &mut self.results),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryA1IndustryDeviceBindingResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("partialSuccess", &self.partial_success)?;
        object.optional("results", &self.results)?;
        object.end()
    }
}
/// `BatchQueryUserDeviceStatusResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryUserDeviceStatusResponseBodyResult {
    /// `userDeviceStatusMap`.
    pub user_device_status_map: Option<
        rt::BTreeMap<String, Vec<ResultUserDeviceStatusMapValue>>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryUserDeviceStatusResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryUserDeviceStatusResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userDeviceStatusMap" => {
                rt::read_field(map, &mut self.user_device_status_map)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryUserDeviceStatusResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userDeviceStatusMap", &self.user_device_status_map)?;
        object.end()
    }
}
/// `CreateAsrTranscriptionResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAsrTranscriptionResponseBodyResult {
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateAsrTranscriptionResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAsrTranscriptionResponseBodyResult {
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
impl rt::serde::Serialize for CreateAsrTranscriptionResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `CreateRecordingScheduleResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateRecordingScheduleResponseBodyResult {
    /// `businessOrder`.
    pub business_order: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateRecordingScheduleResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateRecordingScheduleResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "businessOrder" => rt::read_field(map, &mut self.business_order),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateRecordingScheduleResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("businessOrder", &self.business_order)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `CreateTeamResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTeamResponseBodyResult {
    /// `name`.
    pub name: Option<String>,
    /// `teamCode`.
    pub team_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTeamResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTeamResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "teamCode" => rt::read_field(map, &mut self.team_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTeamResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("teamCode", &self.team_code)?;
        object.end()
    }
}
/// `GetA1DeviceBindingResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetA1DeviceBindingResponseBodyResult {
    /// `binding`.
    pub binding: Option<GetA1DeviceBindingResponseBodyResultBinding>,
}
impl<'de> rt::serde::Deserialize<'de> for GetA1DeviceBindingResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetA1DeviceBindingResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "binding" => rt::read_field(map, &mut self.binding),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetA1DeviceBindingResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("binding", &self.binding)?;
        object.end()
    }
}
/// `GetA1DeviceDetailResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetA1DeviceDetailResponseBodyResult {
    /// `device`.
    pub device: Option<GetA1DeviceDetailResponseBodyResultDevice>,
}
impl<'de> rt::serde::Deserialize<'de> for GetA1DeviceDetailResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetA1DeviceDetailResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "device" => rt::read_field(map, &mut self.device),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetA1DeviceDetailResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("device", &self.device)?;
        object.end()
    }
}
/// `GetAsrTranscriptionResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAsrTranscriptionResponseBodyResult {
    /// `bizKey`.
    pub biz_key: Option<String>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `resultInfo`.
    pub result_info: Option<GetAsrTranscriptionResponseBodyResultResultInfo>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskStatus`.
    pub task_status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAsrTranscriptionResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAsrTranscriptionResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizKey" => rt::read_field(map, &mut self.biz_key),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "resultInfo" => rt::read_field(map, &mut self.result_info),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "taskStatus" => rt::read_field(map, &mut self.task_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAsrTranscriptionResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizKey", &self.biz_key)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("resultInfo", &self.result_info)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("taskStatus", &self.task_status)?;
        object.end()
    }
}
/// `GetAudioFileDownloadInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAudioFileDownloadInfoResponseBodyResult {
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAudioFileDownloadInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAudioFileDownloadInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAudioFileDownloadInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetAudioFileInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAudioFileInfoResponseBodyResult {
    /// `attributes`.
    pub attributes: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `fileId`.
    pub file_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `sn`.
    pub sn: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAudioFileInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAudioFileInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attributes" => rt::read_field(map, &mut self.attributes),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "duration" => rt::read_field(map, &mut self.duration),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "sn" => rt::read_field(map, &mut self.sn),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAudioFileInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attributes", &self.attributes)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("duration", &self.duration)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("sn", &self.sn)?;
        object.end()
    }
}
/// `GetCustomerInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCustomerInfoResponseBodyResult {
    /// `createAt`.
    pub create_at: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `ownerUserId`.
    pub owner_user_id: Option<String>,
    /// `phone`.
    pub phone: Option<String>,
    /// `teamCode`.
    pub team_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCustomerInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCustomerInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createAt" => rt::read_field(map, &mut self.create_at),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "phone" => rt::read_field(map, &mut self.phone),
            "teamCode" => rt::read_field(map, &mut self.team_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCustomerInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createAt", &self.create_at)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("ownerUserId", &self.owner_user_id)?;
        object.optional("phone", &self.phone)?;
        object.optional("teamCode", &self.team_code)?;
        object.end()
    }
}
/// `GetCustomerInsightResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCustomerInsightResponseBodyResult {
    /// `intention`.
    pub intention: Option<GetCustomerInsightResponseBodyResultIntention>,
    /// `tag`.
    pub tag: Option<GetCustomerInsightResponseBodyResultTag>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCustomerInsightResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCustomerInsightResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "intention" => rt::read_field(map, &mut self.intention),
            "tag" => rt::read_field(map, &mut self.tag),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCustomerInsightResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("intention", &self.intention)?;
        object.optional("tag", &self.tag)?;
        object.end()
    }
}
/// `GetRecordingScheduleResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRecordingScheduleResponseBodyResult {
    /// `businessOrder`.
    pub business_order: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `sn`.
    pub sn: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRecordingScheduleResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRecordingScheduleResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "businessOrder" => rt::read_field(map, &mut self.business_order),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "sn" => rt::read_field(map, &mut self.sn),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRecordingScheduleResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("businessOrder", &self.business_order)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("sn", &self.sn)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `GetServiceChapterSummaryResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceChapterSummaryResponseBodyResult {
    /// `content`.
    pub content: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetServiceChapterSummaryResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceChapterSummaryResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceChapterSummaryResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `GetServiceChatSummaryResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceChatSummaryResponseBodyResult {
    /// `basic`.
    pub basic: Option<Vec<GetServiceChatSummaryResponseBodyResultBasic>>,
    /// `product`.
    pub product: Option<Vec<GetServiceChatSummaryResponseBodyResultProduct>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetServiceChatSummaryResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceChatSummaryResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "basic" => rt::read_field(map, &mut self.basic),
            "product" => rt::read_field(map, &mut self.product),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceChatSummaryResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("basic", &self.basic)?;
        object.optional("product", &self.product)?;
        object.end()
    }
}
/// `GetServiceQualityInspectionResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceQualityInspectionResponseBodyResult {
    /// `groupList`.
    pub group_list: Option<Vec<GetServiceQualityInspectionResponseBodyResultGroupList>>,
    /// `score`.
    pub score: Option<i64>,
    /// `summary`.
    pub summary: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetServiceQualityInspectionResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceQualityInspectionResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupList" => rt::read_field(map, &mut self.group_list),
            "score" => rt::read_field(map, &mut self.score),
            "summary" => rt::read_field(map, &mut self.summary),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceQualityInspectionResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupList", &self.group_list)?;
        object.optional("score", &self.score)?;
        object.optional("summary", &self.summary)?;
        object.end()
    }
}
/// `GetServiceRecordResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceRecordResponseBodyResult {
    /// `customerId`.
    pub customer_id: Option<String>,
    /// `deviceSn`.
    pub device_sn: Option<String>,
    /// `duration`.
    pub duration: Option<String>,
    /// `endTimestamp`.
    pub end_timestamp: Option<i64>,
    /// `outBizData`.
    pub out_biz_data: Option<String>,
    /// `qualityInspectionScore`.
    pub quality_inspection_score: Option<i64>,
    /// `recordId`.
    pub record_id: Option<String>,
    /// `sceneInfo`.
    pub scene_info: Option<GetServiceRecordResponseBodyResultSceneInfo>,
    /// `startTimestamp`.
    pub start_timestamp: Option<i64>,
    /// `team`.
    pub team: Option<GetServiceRecordResponseBodyResultTeam>,
    /// `user`.
    pub user: Option<GetServiceRecordResponseBodyResultUser>,
    /// `valid`.
    pub valid: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetServiceRecordResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceRecordResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customerId" => rt::read_field(map, &mut self.customer_id),
            "deviceSn" => rt::read_field(map, &mut self.device_sn),
            "duration" => rt::read_field(map, &mut self.duration),
            "endTimestamp" => rt::read_field(map, &mut self.end_timestamp),
            "outBizData" => rt::read_field(map, &mut self.out_biz_data),
            "qualityInspectionScore" => {
                rt::read_field(map, &mut self.quality_inspection_score)
            }
            "recordId" => rt::read_field(map, &mut self.record_id),
            "sceneInfo" => rt::read_field(map, &mut self.scene_info),
            "startTimestamp" => rt::read_field(map, &mut self.start_timestamp),
            "team" => rt::read_field(map, &mut self.team),
            "user" => rt::read_field(map, &mut self.user),
            "valid" => rt::read_field(map, &mut self.valid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceRecordResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customerId", &self.customer_id)?;
        object.optional("deviceSn", &self.device_sn)?;
        object.optional("duration", &self.duration)?;
        object.optional("endTimestamp", &self.end_timestamp)?;
        object.optional("outBizData", &self.out_biz_data)?;
        object.optional("qualityInspectionScore", &self.quality_inspection_score)?;
        object.optional("recordId", &self.record_id)?;
        object.optional("sceneInfo", &self.scene_info)?;
        object.optional("startTimestamp", &self.start_timestamp)?;
        object.optional("team", &self.team)?;
        object.optional("user", &self.user)?;
        object.optional("valid", &self.valid)?;
        object.end()
    }
}
/// `GetServiceRecordTranscriptResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceRecordTranscriptResponseBodyResult {
    /// `audionText`.
    pub audion_text: Option<GetServiceRecordTranscriptResponseBodyResultAudionText>,
    /// `speaker`.
    pub speaker: Option<GetServiceRecordTranscriptResponseBodyResultSpeaker>,
}
impl<'de> rt::serde::Deserialize<'de> for GetServiceRecordTranscriptResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceRecordTranscriptResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "audionText" => rt::read_field(map, &mut self.audion_text),
            "speaker" => rt::read_field(map, &mut self.speaker),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceRecordTranscriptResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("audionText", &self.audion_text)?;
        object.optional("speaker", &self.speaker)?;
        object.end()
    }
}
/// `GetSolutionConfigResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSolutionConfigResponseBodyResult {
    /// `dialectList`.
    pub dialect_list: Option<Vec<GetSolutionConfigResponseBodyResultDialectList>>,
    /// `solutionList`.
    pub solution_list: Option<Vec<GetSolutionConfigResponseBodyResultSolutionList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSolutionConfigResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSolutionConfigResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dialectList" => rt::read_field(map, &mut self.dialect_list),
            "solutionList" => rt::read_field(map, &mut self.solution_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSolutionConfigResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dialectList", &self.dialect_list)?;
        object.optional("solutionList", &self.solution_list)?;
        object.end()
    }
}
/// `GetTeamResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTeamResponseBodyResult {
    /// `code`.
    pub code: Option<String>,
    /// `dialectCode`.
    pub dialect_code: Option<String>,
    /// `dialectName`.
    pub dialect_name: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `parentTeamCode`.
    pub parent_team_code: Option<String>,
    /// `sceneList`.
    pub scene_list: Option<Vec<GetTeamResponseBodyResultSceneList>>,
    /// `solutionCode`.
    pub solution_code: Option<String>,
    /// `solutionName`.
    pub solution_name: Option<String>,
    /// `tagList`.
    pub tag_list: Option<Vec<GetTeamResponseBodyResultTagList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTeamResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTeamResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "dialectCode" => rt::read_field(map, &mut self.dialect_code),
            "dialectName" => rt::read_field(map, &mut self.dialect_name),
            "name" => rt::read_field(map, &mut self.name),
            "parentTeamCode" => rt::read_field(map, &mut self.parent_team_code),
            "sceneList" => rt::read_field(map, &mut self.scene_list),
            "solutionCode" => rt::read_field(map, &mut self.solution_code),
            "solutionName" => rt::read_field(map, &mut self.solution_name),
            "tagList" => rt::read_field(map, &mut self.tag_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTeamResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("dialectCode", &self.dialect_code)?;
        object.optional("dialectName", &self.dialect_name)?;
        object.optional("name", &self.name)?;
        object.optional("parentTeamCode", &self.parent_team_code)?;
        object.optional("sceneList", &self.scene_list)?;
        object.optional("solutionCode", &self.solution_code)?;
        object.optional("solutionName", &self.solution_name)?;
        object.optional("tagList", &self.tag_list)?;
        object.end()
    }
}
/// `GetTeamMemberResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTeamMemberResponseBodyResult {
    /// `admins`.
    pub admins: Option<Vec<GetTeamMemberResponseBodyResultAdmins>>,
    /// `members`.
    pub members: Option<Vec<GetTeamMemberResponseBodyResultMembers>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTeamMemberResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTeamMemberResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "admins" => rt::read_field(map, &mut self.admins),
            "members" => rt::read_field(map, &mut self.members),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTeamMemberResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("admins", &self.admins)?;
        object.optional("members", &self.members)?;
        object.end()
    }
}
/// `GetTranscriptSummaryResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTranscriptSummaryResponseBodyResult {
    /// `content`.
    pub content: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTranscriptSummaryResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTranscriptSummaryResponseBodyResult {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTranscriptSummaryResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.end()
    }
}
/// `ListA1DeviceResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListA1DeviceResponseBodyResult {
    /// `items`.
    pub items: Option<Vec<ListA1DeviceResponseBodyResultItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListA1DeviceResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListA1DeviceResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "items" => rt::read_field(map, &mut self.items),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListA1DeviceResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("items", &self.items)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListCustomerResponseBodyResult`: the same model as [`GetCustomerInfoResponseBodyResult`].
pub type ListCustomerResponseBodyResult = GetCustomerInfoResponseBodyResult;
/// `ListDeviceResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDeviceResponseBodyResult {
    /// `bindTimestamp`.
    pub bind_timestamp: Option<i64>,
    /// `sn`.
    pub sn: Option<String>,
    /// `teamCode`.
    pub team_code: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListDeviceResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListDeviceResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bindTimestamp" => rt::read_field(map, &mut self.bind_timestamp),
            "sn" => rt::read_field(map, &mut self.sn),
            "teamCode" => rt::read_field(map, &mut self.team_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListDeviceResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bindTimestamp", &self.bind_timestamp)?;
        object.optional("sn", &self.sn)?;
        object.optional("teamCode", &self.team_code)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ListDeviceRecordingDurationResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDeviceRecordingDurationResponseBodyResult {
    /// `duration`.
    pub duration: Option<i64>,
    /// `endTimestamp`.
    pub end_timestamp: Option<i64>,
    /// `recordId`.
    pub record_id: Option<String>,
    /// `sn`.
    pub sn: Option<String>,
    /// `startTimestamp`.
    pub start_timestamp: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListDeviceRecordingDurationResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListDeviceRecordingDurationResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "duration" => rt::read_field(map, &mut self.duration),
            "endTimestamp" => rt::read_field(map, &mut self.end_timestamp),
            "recordId" => rt::read_field(map, &mut self.record_id),
            "sn" => rt::read_field(map, &mut self.sn),
            "startTimestamp" => rt::read_field(map, &mut self.start_timestamp),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListDeviceRecordingDurationResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("duration", &self.duration)?;
        object.optional("endTimestamp", &self.end_timestamp)?;
        object.optional("recordId", &self.record_id)?;
        object.optional("sn", &self.sn)?;
        object.optional("startTimestamp", &self.start_timestamp)?;
        object.end()
    }
}
/// `ListServiceRecordResponseBodyResult`: the same model as [`GetServiceRecordResponseBodyResult`].
pub type ListServiceRecordResponseBodyResult = GetServiceRecordResponseBodyResult;
/// `ListServiceTodoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListServiceTodoResponseBodyResult {
    /// `creator`.
    pub creator: Option<String>,
    /// `dingTodoId`.
    pub ding_todo_id: Option<String>,
    /// `executors`.
    pub executors: Option<Vec<ListServiceTodoResponseBodyResultExecutors>>,
    /// `finished`.
    pub finished: Option<bool>,
    /// `planFinishDate`.
    pub plan_finish_date: Option<i64>,
    /// `todoContent`.
    pub todo_content: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListServiceTodoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListServiceTodoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creator" => rt::read_field(map, &mut self.creator),
            "dingTodoId" => rt::read_field(map, &mut self.ding_todo_id),
            "executors" => rt::read_field(map, &mut self.executors),
            "finished" => rt::read_field(map, &mut self.finished),
            "planFinishDate" => rt::read_field(map, &mut self.plan_finish_date),
            "todoContent" => rt::read_field(map, &mut self.todo_content),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListServiceTodoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creator", &self.creator)?;
        object.optional("dingTodoId", &self.ding_todo_id)?;
        object.optional("executors", &self.executors)?;
        object.optional("finished", &self.finished)?;
        object.optional("planFinishDate", &self.plan_finish_date)?;
        object.optional("todoContent", &self.todo_content)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
/// `ListTeamResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTeamResponseBodyResult {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `parentTeamCode`.
    pub parent_team_code: Option<String>,
    /// `tagList`.
    pub tag_list: Option<Vec<ListTeamResponseBodyResultTagList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListTeamResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTeamResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "name" => rt::read_field(map, &mut self.name),
            "parentTeamCode" => rt::read_field(map, &mut self.parent_team_code),
            "tagList" => rt::read_field(map, &mut self.tag_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListTeamResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("name", &self.name)?;
        object.optional("parentTeamCode", &self.parent_team_code)?;
        object.optional("tagList", &self.tag_list)?;
        object.end()
    }
}
/// `QueryAsrTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAsrTaskResponseBodyResult {
    /// `bizKey`.
    pub biz_key: Option<String>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `resultInfo`.
    pub result_info: Option<QueryAsrTaskResponseBodyResultResultInfo>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskStatus`.
    pub task_status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAsrTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAsrTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizKey" => rt::read_field(map, &mut self.biz_key),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "resultInfo" => rt::read_field(map, &mut self.result_info),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "taskStatus" => rt::read_field(map, &mut self.task_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAsrTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizKey", &self.biz_key)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("resultInfo", &self.result_info)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("taskStatus", &self.task_status)?;
        object.end()
    }
}
/// `QueryAudioFileResponseBodyResult`: the same model as [`GetAudioFileInfoResponseBodyResult`].
pub type QueryAudioFileResponseBodyResult = GetAudioFileInfoResponseBodyResult;
/// `QueryDeviceDetailResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDeviceDetailResponseBodyResult {
    /// `bindTimestamp`.
    pub bind_timestamp: Option<i64>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `sn`.
    pub sn: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDeviceDetailResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDeviceDetailResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bindTimestamp" => rt::read_field(map, &mut self.bind_timestamp),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "sn" => rt::read_field(map, &mut self.sn),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDeviceDetailResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bindTimestamp", &self.bind_timestamp)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("sn", &self.sn)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryDeviceStatusResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDeviceStatusResponseBodyResult {
    /// `battery`.
    pub battery: Option<QueryDeviceStatusResponseBodyResultBattery>,
    /// `firmware`.
    pub firmware: Option<QueryDeviceStatusResponseBodyResultFirmware>,
    /// `recordingStartTime`.
    pub recording_start_time: Option<
        QueryDeviceStatusResponseBodyResultRecordingStartTime,
    >,
    /// `sn`.
    pub sn: Option<String>,
    /// `status`.
    pub status: Option<QueryDeviceStatusResponseBodyResultStatus>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDeviceStatusResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDeviceStatusResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "battery" => rt::read_field(map, &mut self.battery),
            "firmware" => rt::read_field(map, &mut self.firmware),
            "recordingStartTime" => rt::read_field(map, &mut self.recording_start_time),
            "sn" => rt::read_field(map, &mut self.sn),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDeviceStatusResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("battery", &self.battery)?;
        object.optional("firmware", &self.firmware)?;
        object.optional("recordingStartTime", &self.recording_start_time)?;
        object.optional("sn", &self.sn)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryFileInfoByMinutesIdResponseBodyResult`: the same model as [`GetAudioFileInfoResponseBodyResult`].
pub type QueryFileInfoByMinutesIdResponseBodyResult = GetAudioFileInfoResponseBodyResult;
/// `QuerySalesInsightsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySalesInsightsResponseBodyResult {
    /// `analysisDate`.
    pub analysis_date: Option<String>,
    /// `capabilityRadar`.
    pub capability_radar: Option<QuerySalesInsightsResponseBodyResultCapabilityRadar>,
    /// `insightList`.
    pub insight_list: Option<Vec<QuerySalesInsightsResponseBodyResultInsightList>>,
    /// `teamCode`.
    pub team_code: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QuerySalesInsightsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySalesInsightsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "analysisDate" => rt::read_field(map, &mut self.analysis_date),
            "capabilityRadar" => rt::read_field(map, &mut self.capability_radar),
            "insightList" => rt::read_field(map, &mut self.insight_list),
            "teamCode" => rt::read_field(map, &mut self.team_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySalesInsightsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("analysisDate", &self.analysis_date)?;
        object.optional("capabilityRadar", &self.capability_radar)?;
        object.optional("insightList", &self.insight_list)?;
        object.optional("teamCode", &self.team_code)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryServiceRecordLocationResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryServiceRecordLocationResponseBodyResult {
    /// `locations`.
    pub locations: Option<Vec<QueryServiceRecordLocationResponseBodyResultLocations>>,
    /// `recordId`.
    pub record_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryServiceRecordLocationResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryServiceRecordLocationResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "locations" => rt::read_field(map, &mut self.locations),
            "recordId" => rt::read_field(map, &mut self.record_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryServiceRecordLocationResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("locations", &self.locations)?;
        object.optional("recordId", &self.record_id)?;
        object.end()
    }
}
/// `QueryStaffStatisticDataResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryStaffStatisticDataResponseBodyResult {
    /// `averageQualityInspectionScorePerService`.
    pub average_quality_inspection_score_per_service: Option<f64>,
    /// `day`.
    pub day: Option<String>,
    /// `highestQualityInspectionScore`.
    pub highest_quality_inspection_score: Option<f64>,
    /// `qualityInspectL1Data`.
    pub quality_inspect_l1_data: Option<
        Vec<QueryStaffStatisticDataResponseBodyResultQualityInspectL1Data>,
    >,
    /// `saleSopPercentage`.
    pub sale_sop_percentage: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `serviceRecordCount`.
    pub service_record_count: Option<i64>,
    /// `serviceRecordWithInvalidCount`.
    pub service_record_with_invalid_count: Option<i64>,
    /// `staffName`.
    pub staff_name: Option<String>,
    /// `teamCode`.
    pub team_code: Option<String>,
    /// `teamName`.
    pub team_name: Option<String>,
    /// `totalServiceTime`.
    pub total_service_time: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryStaffStatisticDataResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryStaffStatisticDataResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "averageQualityInspectionScorePerService" => {
                rt::read_field(
                    map,
                    &mut self.average_quality_inspection_score_per_service,
                )
            }
            "day" => rt::read_field(map, &mut self.day),
            "highestQualityInspectionScore" => {
                rt::read_field(map, &mut self.highest_quality_inspection_score)
            }
            "qualityInspectL1Data" => {
                rt::read_field(map, &mut self.quality_inspect_l1_data)
            }
            "saleSopPercentage" => rt::read_field(map, &mut self.sale_sop_percentage),
            "serviceRecordCount" => rt::read_field(map, &mut self.service_record_count),
            "serviceRecordWithInvalidCount" => {
                rt::read_field(map, &mut self.service_record_with_invalid_count)
            }
            "staffName" => rt::read_field(map, &mut self.staff_name),
            "teamCode" => rt::read_field(map, &mut self.team_code),
            "teamName" => rt::read_field(map, &mut self.team_name),
            "totalServiceTime" => rt::read_field(map, &mut self.total_service_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryStaffStatisticDataResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "averageQualityInspectionScorePerService",
                &self.average_quality_inspection_score_per_service,
            )?;
        object.optional("day", &self.day)?;
        object
            .optional(
                "highestQualityInspectionScore",
                &self.highest_quality_inspection_score,
            )?;
        object.optional("qualityInspectL1Data", &self.quality_inspect_l1_data)?;
        object.optional("saleSopPercentage", &self.sale_sop_percentage)?;
        object.optional("serviceRecordCount", &self.service_record_count)?;
        object
            .optional(
                "serviceRecordWithInvalidCount",
                &self.service_record_with_invalid_count,
            )?;
        object.optional("staffName", &self.staff_name)?;
        object.optional("teamCode", &self.team_code)?;
        object.optional("teamName", &self.team_name)?;
        object.optional("totalServiceTime", &self.total_service_time)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryUserBindDeviceLocationResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserBindDeviceLocationResponseBodyResult {
    /// `latestLocation`.
    pub latest_location: Option<
        QueryUserBindDeviceLocationResponseBodyResultLatestLocation,
    >,
    /// `sn`.
    pub sn: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUserBindDeviceLocationResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserBindDeviceLocationResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "latestLocation" => rt::read_field(map, &mut self.latest_location),
            "sn" => rt::read_field(map, &mut self.sn),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserBindDeviceLocationResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("latestLocation", &self.latest_location)?;
        object.optional("sn", &self.sn)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryUserDeviceLocationResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserDeviceLocationResponseBodyResult {
    /// `deviceLocations`.
    pub device_locations: Option<
        Vec<QueryUserDeviceLocationResponseBodyResultDeviceLocations>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUserDeviceLocationResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserDeviceLocationResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceLocations" => rt::read_field(map, &mut self.device_locations),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserDeviceLocationResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceLocations", &self.device_locations)?;
        object.end()
    }
}
/// `SubmitAgentTaskResponseBodyResult`: the same model as [`CreateAsrTranscriptionResponseBodyResult`].
pub type SubmitAgentTaskResponseBodyResult = CreateAsrTranscriptionResponseBodyResult;
/// `SubmitAsrTaskRequestTranscriptionDiarization`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitAsrTaskRequestTranscriptionDiarization {
    /// `speakerCount`.
    pub speaker_count: Option<i64>,
}
impl SubmitAsrTaskRequestTranscriptionDiarization {
    /// An empty `SubmitAsrTaskRequestTranscriptionDiarization`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `speakerCount`.
    pub fn speaker_count(mut self, value: i64) -> Self {
        self.speaker_count = Some(value);
        self
    }
}
impl rt::serde::Serialize for SubmitAsrTaskRequestTranscriptionDiarization {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("speakerCount", &self.speaker_count)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitAsrTaskRequestTranscriptionDiarization {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitAsrTaskRequestTranscriptionDiarization {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "speakerCount" => rt::read_field(map, &mut self.speaker_count),
            _ => Ok(false),
        }
    }
}
/// `SubmitAsrTaskResponseBodyResult`: the same model as [`CreateAsrTranscriptionResponseBodyResult`].
pub type SubmitAsrTaskResponseBodyResult = CreateAsrTranscriptionResponseBodyResult;
/// `SubmitCustomerSplitDataResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitCustomerSplitDataResponseBodyResult {
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SubmitCustomerSplitDataResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SubmitCustomerSplitDataResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SubmitCustomerSplitDataResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `UpdateServiceRecordRestrictResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateServiceRecordRestrictResponseBodyResult {
    /// `failCount`.
    pub fail_count: Option<i64>,
    /// `failedRecordIds`.
    pub failed_record_ids: Option<Vec<String>>,
    /// `successCount`.
    pub success_count: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateServiceRecordRestrictResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateServiceRecordRestrictResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failCount" => rt::read_field(map, &mut self.fail_count),
            "failedRecordIds" => rt::read_field(map, &mut self.failed_record_ids),
            "successCount" => rt::read_field(map, &mut self.success_count),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateServiceRecordRestrictResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failCount", &self.fail_count)?;
        object.optional("failedRecordIds", &self.failed_record_ids)?;
        object.optional("successCount", &self.success_count)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `VideoCustomerSplitRequestCustomerCustomers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct VideoCustomerSplitRequestCustomerCustomers {
    /// `appearance`.
    pub appearance: VideoCustomerSplitRequestCustomerCustomersAppearance,
    /// `customerId`.
    pub customer_id: String,
}
impl VideoCustomerSplitRequestCustomerCustomers {
    /// A `VideoCustomerSplitRequestCustomerCustomers` with its required fields (`appearance`, `customerId`); set the others with the methods named after them.
    pub fn new(
        appearance: VideoCustomerSplitRequestCustomerCustomersAppearance,
        customer_id: impl Into<String>,
    ) -> Self {
        Self {
            appearance,
            customer_id: customer_id.into(),
        }
    }
}
impl rt::serde::Serialize for VideoCustomerSplitRequestCustomerCustomers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appearance", &self.appearance)?;
        object.field("customerId", &self.customer_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for VideoCustomerSplitRequestCustomerCustomers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for VideoCustomerSplitRequestCustomerCustomers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appearance" => rt::read_field(map, &mut self.appearance),
            "customerId" => rt::read_field(map, &mut self.customer_id),
            _ => Ok(false),
        }
    }
}
/// `VideoCustomerSplitResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct VideoCustomerSplitResponseBodyResult {
    /// `createServiceRecordResult`.
    pub create_service_record_result: Option<
        Vec<VideoCustomerSplitResponseBodyResultCreateServiceRecordResult>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for VideoCustomerSplitResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for VideoCustomerSplitResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createServiceRecordResult" => {
                rt::read_field(map, &mut self.create_service_record_result)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for VideoCustomerSplitResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional("createServiceRecordResult", &self.create_service_record_result)?;
        object.end()
    }
}
/// `BatchQueryA1IndustryDeviceBindingResponseBodyResultResults`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryA1IndustryDeviceBindingResponseBodyResultResults {
    /// `bindTimestamp`.
    pub bind_timestamp: Option<i64>,
    /// `bindingStatus`.
    pub binding_status: Option<String>,
    /// `errorCode`.
    pub error_code: Option<i64>,
    /// `errorMessage`.
    pub error_message: Option<String>,
    /// `sn`.
    pub sn: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchQueryA1IndustryDeviceBindingResponseBodyResultResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryA1IndustryDeviceBindingResponseBodyResultResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bindTimestamp" => rt::read_field(map, &mut self.bind_timestamp),
            "bindingStatus" => rt::read_field(map, &mut self.binding_status),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMessage" => rt::read_field(map, &mut self.error_message),
            "sn" => rt::read_field(map, &mut self.sn),
            "success" => rt::read_field(map, &mut self.success),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for BatchQueryA1IndustryDeviceBindingResponseBodyResultResults {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bindTimestamp", &self.bind_timestamp)?;
        object.optional("bindingStatus", &self.binding_status)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMessage", &self.error_message)?;
        object.optional("sn", &self.sn)?;
        object.optional("success", &self.success)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `ResultUserDeviceStatusMapValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ResultUserDeviceStatusMapValue {
    /// `sn`.
    pub sn: Option<String>,
    /// `status`.
    pub status: Option<ResultUserDeviceStatusMapValueStatus>,
}
impl<'de> rt::serde::Deserialize<'de> for ResultUserDeviceStatusMapValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ResultUserDeviceStatusMapValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sn" => rt::read_field(map, &mut self.sn),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ResultUserDeviceStatusMapValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sn", &self.sn)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetA1DeviceBindingResponseBodyResultBinding`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetA1DeviceBindingResponseBodyResultBinding {
    /// `bindTimestamp`.
    pub bind_timestamp: Option<i64>,
    /// `bindingStatus`.
    pub binding_status: Option<String>,
    /// `sn`.
    pub sn: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetA1DeviceBindingResponseBodyResultBinding {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetA1DeviceBindingResponseBodyResultBinding {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bindTimestamp" => rt::read_field(map, &mut self.bind_timestamp),
            "bindingStatus" => rt::read_field(map, &mut self.binding_status),
            "sn" => rt::read_field(map, &mut self.sn),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetA1DeviceBindingResponseBodyResultBinding {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bindTimestamp", &self.bind_timestamp)?;
        object.optional("bindingStatus", &self.binding_status)?;
        object.optional("sn", &self.sn)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `GetA1DeviceDetailResponseBodyResultDevice`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetA1DeviceDetailResponseBodyResultDevice {
    /// `bindTimestamp`.
    pub bind_timestamp: Option<i64>,
    /// `bindingStatus`.
    pub binding_status: Option<String>,
    /// `deviceModel`.
    pub device_model: Option<String>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `sn`.
    pub sn: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetA1DeviceDetailResponseBodyResultDevice {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetA1DeviceDetailResponseBodyResultDevice {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bindTimestamp" => rt::read_field(map, &mut self.bind_timestamp),
            "bindingStatus" => rt::read_field(map, &mut self.binding_status),
            "deviceModel" => rt::read_field(map, &mut self.device_model),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "sn" => rt::read_field(map, &mut self.sn),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetA1DeviceDetailResponseBodyResultDevice {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bindTimestamp", &self.bind_timestamp)?;
        object.optional("bindingStatus", &self.binding_status)?;
        object.optional("deviceModel", &self.device_model)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("sn", &self.sn)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `GetAsrTranscriptionResponseBodyResultResultInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAsrTranscriptionResponseBodyResultResultInfo {
    /// `paragraphList`.
    pub paragraph_list: Option<
        Vec<GetAsrTranscriptionResponseBodyResultResultInfoParagraphList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for GetAsrTranscriptionResponseBodyResultResultInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAsrTranscriptionResponseBodyResultResultInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "paragraphList" => rt::read_field(map, &mut self.paragraph_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAsrTranscriptionResponseBodyResultResultInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("paragraphList", &self.paragraph_list)?;
        object.end()
    }
}
/// `GetCustomerInsightResponseBodyResultIntention`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCustomerInsightResponseBodyResultIntention {
    /// `description`.
    pub description: Option<String>,
    /// `intention`.
    pub intention: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCustomerInsightResponseBodyResultIntention {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCustomerInsightResponseBodyResultIntention {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "intention" => rt::read_field(map, &mut self.intention),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCustomerInsightResponseBodyResultIntention {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("intention", &self.intention)?;
        object.end()
    }
}
/// `GetCustomerInsightResponseBodyResultTag`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCustomerInsightResponseBodyResultTag {
    /// `aiTag`.
    pub ai_tag: Option<Vec<GetCustomerInsightResponseBodyResultTagAiTag>>,
    /// `userTag`.
    pub user_tag: Option<Vec<GetCustomerInsightResponseBodyResultTagUserTag>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCustomerInsightResponseBodyResultTag {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCustomerInsightResponseBodyResultTag {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aiTag" => rt::read_field(map, &mut self.ai_tag),
            "userTag" => rt::read_field(map, &mut self.user_tag),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCustomerInsightResponseBodyResultTag {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("aiTag", &self.ai_tag)?;
        object.optional("userTag", &self.user_tag)?;
        object.end()
    }
}
/// `GetServiceChatSummaryResponseBodyResultBasic`: the same model as [`GetServiceChapterSummaryResponseBodyResult`].
pub type GetServiceChatSummaryResponseBodyResultBasic = GetServiceChapterSummaryResponseBodyResult;
/// `GetServiceChatSummaryResponseBodyResultProduct`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceChatSummaryResponseBodyResultProduct {
    /// `itemList`.
    pub item_list: Option<Vec<GetServiceChatSummaryResponseBodyResultProductItemList>>,
    /// `product`.
    pub product: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetServiceChatSummaryResponseBodyResultProduct {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceChatSummaryResponseBodyResultProduct {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "itemList" => rt::read_field(map, &mut self.item_list),
            "product" => rt::read_field(map, &mut self.product),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceChatSummaryResponseBodyResultProduct {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("itemList", &self.item_list)?;
        object.optional("product", &self.product)?;
        object.end()
    }
}
/// `GetServiceQualityInspectionResponseBodyResultGroupList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceQualityInspectionResponseBodyResultGroupList {
    /// `itemList`.
    pub item_list: Option<
        Vec<GetServiceQualityInspectionResponseBodyResultGroupListItemList>,
    >,
    /// `name`.
    pub name: Option<String>,
    /// `score`.
    pub score: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetServiceQualityInspectionResponseBodyResultGroupList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceQualityInspectionResponseBodyResultGroupList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "itemList" => rt::read_field(map, &mut self.item_list),
            "name" => rt::read_field(map, &mut self.name),
            "score" => rt::read_field(map, &mut self.score),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceQualityInspectionResponseBodyResultGroupList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("itemList", &self.item_list)?;
        object.optional("name", &self.name)?;
        object.optional("score", &self.score)?;
        object.end()
    }
}
/// `GetServiceRecordResponseBodyResultSceneInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceRecordResponseBodyResultSceneInfo {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetServiceRecordResponseBodyResultSceneInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceRecordResponseBodyResultSceneInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceRecordResponseBodyResultSceneInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `GetServiceRecordResponseBodyResultTeam`: the same model as [`GetServiceRecordResponseBodyResultSceneInfo`].
pub type GetServiceRecordResponseBodyResultTeam = GetServiceRecordResponseBodyResultSceneInfo;
/// `GetServiceRecordResponseBodyResultUser`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceRecordResponseBodyResultUser {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetServiceRecordResponseBodyResultUser {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceRecordResponseBodyResultUser {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceRecordResponseBodyResultUser {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetServiceRecordTranscriptResponseBodyResultAudionText`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceRecordTranscriptResponseBodyResultAudionText {
    /// `dataList`.
    pub data_list: Option<
        Vec<GetServiceRecordTranscriptResponseBodyResultAudionTextDataList>,
    >,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetServiceRecordTranscriptResponseBodyResultAudionText {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceRecordTranscriptResponseBodyResultAudionText {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataList" => rt::read_field(map, &mut self.data_list),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceRecordTranscriptResponseBodyResultAudionText {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetServiceRecordTranscriptResponseBodyResultSpeaker`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceRecordTranscriptResponseBodyResultSpeaker {
    /// `dataList`.
    pub data_list: Option<
        Vec<GetServiceRecordTranscriptResponseBodyResultSpeakerDataList>,
    >,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetServiceRecordTranscriptResponseBodyResultSpeaker {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceRecordTranscriptResponseBodyResultSpeaker {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataList" => rt::read_field(map, &mut self.data_list),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetServiceRecordTranscriptResponseBodyResultSpeaker {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetSolutionConfigResponseBodyResultDialectList`: the same model as [`GetServiceRecordResponseBodyResultSceneInfo`].
pub type GetSolutionConfigResponseBodyResultDialectList = GetServiceRecordResponseBodyResultSceneInfo;
/// `GetSolutionConfigResponseBodyResultSolutionList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSolutionConfigResponseBodyResultSolutionList {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `sceneList`.
    pub scene_list: Option<
        Vec<GetSolutionConfigResponseBodyResultSolutionListSceneList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for GetSolutionConfigResponseBodyResultSolutionList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSolutionConfigResponseBodyResultSolutionList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "name" => rt::read_field(map, &mut self.name),
            "sceneList" => rt::read_field(map, &mut self.scene_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSolutionConfigResponseBodyResultSolutionList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("name", &self.name)?;
        object.optional("sceneList", &self.scene_list)?;
        object.end()
    }
}
/// `GetTeamResponseBodyResultSceneList`: the same model as [`GetServiceRecordResponseBodyResultSceneInfo`].
pub type GetTeamResponseBodyResultSceneList = GetServiceRecordResponseBodyResultSceneInfo;
/// `GetTeamResponseBodyResultTagList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTeamResponseBodyResultTagList {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `valueList`.
    pub value_list: Option<Vec<GetTeamResponseBodyResultTagListValueList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTeamResponseBodyResultTagList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTeamResponseBodyResultTagList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "name" => rt::read_field(map, &mut self.name),
            "valueList" => rt::read_field(map, &mut self.value_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTeamResponseBodyResultTagList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("name", &self.name)?;
        object.optional("valueList", &self.value_list)?;
        object.end()
    }
}
/// `GetTeamMemberResponseBodyResultAdmins`: the same model as [`GetServiceRecordResponseBodyResultUser`].
pub type GetTeamMemberResponseBodyResultAdmins = GetServiceRecordResponseBodyResultUser;
/// `GetTeamMemberResponseBodyResultMembers`: the same model as [`GetServiceRecordResponseBodyResultUser`].
pub type GetTeamMemberResponseBodyResultMembers = GetServiceRecordResponseBodyResultUser;
/// `ListA1DeviceResponseBodyResultItems`: the same model as [`GetA1DeviceDetailResponseBodyResultDevice`].
pub type ListA1DeviceResponseBodyResultItems = GetA1DeviceDetailResponseBodyResultDevice;
/// `ListServiceRecordResponseBodyResultSceneInfo`: the same model as [`GetServiceRecordResponseBodyResultSceneInfo`].
pub type ListServiceRecordResponseBodyResultSceneInfo = GetServiceRecordResponseBodyResultSceneInfo;
/// `ListServiceRecordResponseBodyResultTeam`: the same model as [`GetServiceRecordResponseBodyResultSceneInfo`].
pub type ListServiceRecordResponseBodyResultTeam = GetServiceRecordResponseBodyResultSceneInfo;
/// `ListServiceRecordResponseBodyResultUser`: the same model as [`GetServiceRecordResponseBodyResultUser`].
pub type ListServiceRecordResponseBodyResultUser = GetServiceRecordResponseBodyResultUser;
/// `ListServiceTodoResponseBodyResultExecutors`: the same model as [`GetServiceRecordResponseBodyResultUser`].
pub type ListServiceTodoResponseBodyResultExecutors = GetServiceRecordResponseBodyResultUser;
/// `ListTeamResponseBodyResultTagList`: the same model as [`GetTeamResponseBodyResultTagList`].
pub type ListTeamResponseBodyResultTagList = GetTeamResponseBodyResultTagList;
/// `QueryAsrTaskResponseBodyResultResultInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAsrTaskResponseBodyResultResultInfo {
    /// `paragraphList`.
    pub paragraph_list: Option<
        Vec<QueryAsrTaskResponseBodyResultResultInfoParagraphList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAsrTaskResponseBodyResultResultInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAsrTaskResponseBodyResultResultInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "paragraphList" => rt::read_field(map, &mut self.paragraph_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAsrTaskResponseBodyResultResultInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("paragraphList", &self.paragraph_list)?;
        object.end()
    }
}
/// `QueryDeviceStatusResponseBodyResultBattery`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDeviceStatusResponseBodyResultBattery {
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `value`.
    pub value: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDeviceStatusResponseBodyResultBattery {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDeviceStatusResponseBodyResultBattery {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDeviceStatusResponseBodyResultBattery {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `QueryDeviceStatusResponseBodyResultFirmware`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDeviceStatusResponseBodyResultFirmware {
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDeviceStatusResponseBodyResultFirmware {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDeviceStatusResponseBodyResultFirmware {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDeviceStatusResponseBodyResultFirmware {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `QueryDeviceStatusResponseBodyResultRecordingStartTime`: the same model as [`QueryDeviceStatusResponseBodyResultBattery`].
pub type QueryDeviceStatusResponseBodyResultRecordingStartTime = QueryDeviceStatusResponseBodyResultBattery;
/// `QueryDeviceStatusResponseBodyResultStatus`: the same model as [`QueryDeviceStatusResponseBodyResultFirmware`].
pub type QueryDeviceStatusResponseBodyResultStatus = QueryDeviceStatusResponseBodyResultFirmware;
/// `QuerySalesInsightsResponseBodyResultCapabilityRadar`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySalesInsightsResponseBodyResultCapabilityRadar {
    /// `dimensions`.
    pub dimensions: Option<
        Vec<QuerySalesInsightsResponseBodyResultCapabilityRadarDimensions>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySalesInsightsResponseBodyResultCapabilityRadar {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySalesInsightsResponseBodyResultCapabilityRadar {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dimensions" => rt::read_field(map, &mut self.dimensions),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySalesInsightsResponseBodyResultCapabilityRadar {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dimensions", &self.dimensions)?;
        object.end()
    }
}
/// `QuerySalesInsightsResponseBodyResultInsightList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySalesInsightsResponseBodyResultInsightList {
    /// `commonSummary`.
    pub common_summary: Option<
        Vec<QuerySalesInsightsResponseBodyResultInsightListCommonSummary>,
    >,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySalesInsightsResponseBodyResultInsightList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySalesInsightsResponseBodyResultInsightList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "commonSummary" => rt::read_field(map, &mut self.common_summary),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QuerySalesInsightsResponseBodyResultInsightList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("commonSummary", &self.common_summary)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `QueryServiceRecordLocationResponseBodyResultLocations`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryServiceRecordLocationResponseBodyResultLocations {
    /// `latitude`.
    pub latitude: Option<String>,
    /// `longitude`.
    pub longitude: Option<String>,
    /// `time`.
    pub time: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryServiceRecordLocationResponseBodyResultLocations {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryServiceRecordLocationResponseBodyResultLocations {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "latitude" => rt::read_field(map, &mut self.latitude),
            "longitude" => rt::read_field(map, &mut self.longitude),
            "time" => rt::read_field(map, &mut self.time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryServiceRecordLocationResponseBodyResultLocations {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("latitude", &self.latitude)?;
        object.optional("longitude", &self.longitude)?;
        object.optional("time", &self.time)?;
        object.end()
    }
}
/// `QueryStaffStatisticDataResponseBodyResultQualityInspectL1Data`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryStaffStatisticDataResponseBodyResultQualityInspectL1Data {
    /// `hitRate`.
    pub hit_rate: Option<String>,
    /// `level1Code`.
    pub level1_code: Option<String>,
    /// `level1Name`.
    pub level1_name: Option<String>,
    /// `recordCount`.
    pub record_count: Option<String>,
    /// `sceneCode`.
    pub scene_code: Option<String>,
    /// `totalScore`.
    pub total_score: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryStaffStatisticDataResponseBodyResultQualityInspectL1Data {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryStaffStatisticDataResponseBodyResultQualityInspectL1Data {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hitRate" => rt::read_field(map, &mut self.hit_rate),
            "level1Code" => rt::read_field(map, &mut self.level1_code),
            "level1Name" => rt::read_field(map, &mut self.level1_name),
            "recordCount" => rt::read_field(map, &mut self.record_count),
            "sceneCode" => rt::read_field(map, &mut self.scene_code),
            "totalScore" => rt::read_field(map, &mut self.total_score),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryStaffStatisticDataResponseBodyResultQualityInspectL1Data {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hitRate", &self.hit_rate)?;
        object.optional("level1Code", &self.level1_code)?;
        object.optional("level1Name", &self.level1_name)?;
        object.optional("recordCount", &self.record_count)?;
        object.optional("sceneCode", &self.scene_code)?;
        object.optional("totalScore", &self.total_score)?;
        object.end()
    }
}
/// `QueryUserBindDeviceLocationResponseBodyResultLatestLocation`: the same model as [`QueryServiceRecordLocationResponseBodyResultLocations`].
pub type QueryUserBindDeviceLocationResponseBodyResultLatestLocation = QueryServiceRecordLocationResponseBodyResultLocations;
/// `QueryUserDeviceLocationResponseBodyResultDeviceLocations`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserDeviceLocationResponseBodyResultDeviceLocations {
    /// `locations`.
    pub locations: Option<
        Vec<QueryUserDeviceLocationResponseBodyResultDeviceLocationsLocations>,
    >,
    /// `sn`.
    pub sn: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryUserDeviceLocationResponseBodyResultDeviceLocations {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserDeviceLocationResponseBodyResultDeviceLocations {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "locations" => rt::read_field(map, &mut self.locations),
            "sn" => rt::read_field(map, &mut self.sn),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserDeviceLocationResponseBodyResultDeviceLocations {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("locations", &self.locations)?;
        object.optional("sn", &self.sn)?;
        object.end()
    }
}
/// `VideoCustomerSplitRequestCustomerCustomersAppearance`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct VideoCustomerSplitRequestCustomerCustomersAppearance {
    /// `endTime`.
    pub end_time: i64,
    /// `startTime`.
    pub start_time: i64,
    /// `videoId`.
    pub video_id: Option<String>,
}
impl VideoCustomerSplitRequestCustomerCustomersAppearance {
    /// A `VideoCustomerSplitRequestCustomerCustomersAppearance` with its required fields (`endTime`, `startTime`); set the others with the methods named after them.
    pub fn new(end_time: i64, start_time: i64) -> Self {
        Self {
            end_time,
            start_time,
            video_id: None,
        }
    }
    /// Sets `videoId`.
    pub fn video_id(mut self, value: impl Into<String>) -> Self {
        self.video_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for VideoCustomerSplitRequestCustomerCustomersAppearance {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endTime", &self.end_time)?;
        object.field("startTime", &self.start_time)?;
        object.optional("videoId", &self.video_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for VideoCustomerSplitRequestCustomerCustomersAppearance {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for VideoCustomerSplitRequestCustomerCustomersAppearance {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "videoId" => rt::read_field(map, &mut self.video_id),
            _ => Ok(false),
        }
    }
}
/// `VideoCustomerSplitResponseBodyResultCreateServiceRecordResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct VideoCustomerSplitResponseBodyResultCreateServiceRecordResult {
    /// `recordIds`.
    pub record_ids: Option<Vec<String>>,
    /// `segmentId`.
    pub segment_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for VideoCustomerSplitResponseBodyResultCreateServiceRecordResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for VideoCustomerSplitResponseBodyResultCreateServiceRecordResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "recordIds" => rt::read_field(map, &mut self.record_ids),
            "segmentId" => rt::read_field(map, &mut self.segment_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for VideoCustomerSplitResponseBodyResultCreateServiceRecordResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("recordIds", &self.record_ids)?;
        object.optional("segmentId", &self.segment_id)?;
        object.end()
    }
}
/// `ResultUserDeviceStatusMapValueStatus`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ResultUserDeviceStatusMapValueStatus {
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ResultUserDeviceStatusMapValueStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ResultUserDeviceStatusMapValueStatus {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ResultUserDeviceStatusMapValueStatus {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetAsrTranscriptionResponseBodyResultResultInfoParagraphList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAsrTranscriptionResponseBodyResultResultInfoParagraphList {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `paragraph`.
    pub paragraph: Option<String>,
    /// `speakerId`.
    pub speaker_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetAsrTranscriptionResponseBodyResultResultInfoParagraphList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAsrTranscriptionResponseBodyResultResultInfoParagraphList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "paragraph" => rt::read_field(map, &mut self.paragraph),
            "speakerId" => rt::read_field(map, &mut self.speaker_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetAsrTranscriptionResponseBodyResultResultInfoParagraphList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("paragraph", &self.paragraph)?;
        object.optional("speakerId", &self.speaker_id)?;
        object.optional("startTime", &self.start_time)?;
        object.end()
    }
}
/// `GetCustomerInsightResponseBodyResultTagAiTag`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCustomerInsightResponseBodyResultTagAiTag {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCustomerInsightResponseBodyResultTagAiTag {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCustomerInsightResponseBodyResultTagAiTag {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCustomerInsightResponseBodyResultTagAiTag {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetCustomerInsightResponseBodyResultTagUserTag`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCustomerInsightResponseBodyResultTagUserTag {
    /// `code`.
    pub code: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetCustomerInsightResponseBodyResultTagUserTag {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCustomerInsightResponseBodyResultTagUserTag {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCustomerInsightResponseBodyResultTagUserTag {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetServiceChatSummaryResponseBodyResultProductItemList`: the same model as [`GetServiceChapterSummaryResponseBodyResult`].
pub type GetServiceChatSummaryResponseBodyResultProductItemList = GetServiceChapterSummaryResponseBodyResult;
/// `GetServiceQualityInspectionResponseBodyResultGroupListItemList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceQualityInspectionResponseBodyResultGroupListItemList {
    /// `citations`.
    pub citations: Option<
        Vec<GetServiceQualityInspectionResponseBodyResultGroupListItemListCitations>,
    >,
    /// `flowName`.
    pub flow_name: Option<String>,
    /// `highlights`.
    pub highlights: Option<String>,
    /// `isHit`.
    pub is_hit: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `reason`.
    pub reason: Option<String>,
    /// `score`.
    pub score: Option<i64>,
    /// `script`.
    pub script: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetServiceQualityInspectionResponseBodyResultGroupListItemList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceQualityInspectionResponseBodyResultGroupListItemList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "citations" => rt::read_field(map, &mut self.citations),
            "flowName" => rt::read_field(map, &mut self.flow_name),
            "highlights" => rt::read_field(map, &mut self.highlights),
            "isHit" => rt::read_field(map, &mut self.is_hit),
            "name" => rt::read_field(map, &mut self.name),
            "reason" => rt::read_field(map, &mut self.reason),
            "score" => rt::read_field(map, &mut self.score),
            "script" => rt::read_field(map, &mut self.script),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetServiceQualityInspectionResponseBodyResultGroupListItemList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("citations", &self.citations)?;
        object.optional("flowName", &self.flow_name)?;
        object.optional("highlights", &self.highlights)?;
        object.optional("isHit", &self.is_hit)?;
        object.optional("name", &self.name)?;
        object.optional("reason", &self.reason)?;
        object.optional("score", &self.score)?;
        object.optional("script", &self.script)?;
        object.end()
    }
}
/// `GetServiceRecordTranscriptResponseBodyResultAudionTextDataList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceRecordTranscriptResponseBodyResultAudionTextDataList {
    /// `channel`.
    pub channel: Option<String>,
    /// `endTime`.
    pub end_time: Option<String>,
    /// `startTime`.
    pub start_time: Option<String>,
    /// `text`.
    pub text: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetServiceRecordTranscriptResponseBodyResultAudionTextDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceRecordTranscriptResponseBodyResultAudionTextDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "channel" => rt::read_field(map, &mut self.channel),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetServiceRecordTranscriptResponseBodyResultAudionTextDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("channel", &self.channel)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
/// `GetServiceRecordTranscriptResponseBodyResultSpeakerDataList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceRecordTranscriptResponseBodyResultSpeakerDataList {
    /// `channel`.
    pub channel: Option<String>,
    /// `role`.
    pub role: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetServiceRecordTranscriptResponseBodyResultSpeakerDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetServiceRecordTranscriptResponseBodyResultSpeakerDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "channel" => rt::read_field(map, &mut self.channel),
            "role" => rt::read_field(map, &mut self.role),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetServiceRecordTranscriptResponseBodyResultSpeakerDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("channel", &self.channel)?;
        object.optional("role", &self.role)?;
        object.end()
    }
}
/// `GetSolutionConfigResponseBodyResultSolutionListSceneList`: the same model as [`GetServiceRecordResponseBodyResultSceneInfo`].
pub type GetSolutionConfigResponseBodyResultSolutionListSceneList = GetServiceRecordResponseBodyResultSceneInfo;
/// `GetTeamResponseBodyResultTagListValueList`: the same model as [`GetServiceRecordResponseBodyResultSceneInfo`].
pub type GetTeamResponseBodyResultTagListValueList = GetServiceRecordResponseBodyResultSceneInfo;
/// `ListTeamResponseBodyResultTagListValueList`: the same model as [`GetServiceRecordResponseBodyResultSceneInfo`].
pub type ListTeamResponseBodyResultTagListValueList = GetServiceRecordResponseBodyResultSceneInfo;
/// `QueryAsrTaskResponseBodyResultResultInfoParagraphList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAsrTaskResponseBodyResultResultInfoParagraphList {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `paragraph`.
    pub paragraph: Option<String>,
    /// `sentenceList`.
    pub sentence_list: Option<
        Vec<QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceList>,
    >,
    /// `speakerId`.
    pub speaker_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryAsrTaskResponseBodyResultResultInfoParagraphList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAsrTaskResponseBodyResultResultInfoParagraphList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "paragraph" => rt::read_field(map, &mut self.paragraph),
            "sentenceList" => rt::read_field(map, &mut self.sentence_list),
            "speakerId" => rt::read_field(map, &mut self.speaker_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAsrTaskResponseBodyResultResultInfoParagraphList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("paragraph", &self.paragraph)?;
        object.optional("sentenceList", &self.sentence_list)?;
        object.optional("speakerId", &self.speaker_id)?;
        object.optional("startTime", &self.start_time)?;
        object.end()
    }
}
/// `QuerySalesInsightsResponseBodyResultCapabilityRadarDimensions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySalesInsightsResponseBodyResultCapabilityRadarDimensions {
    /// `label`.
    pub label: Option<String>,
    /// `score`.
    pub score: Option<f64>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySalesInsightsResponseBodyResultCapabilityRadarDimensions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySalesInsightsResponseBodyResultCapabilityRadarDimensions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "label" => rt::read_field(map, &mut self.label),
            "score" => rt::read_field(map, &mut self.score),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySalesInsightsResponseBodyResultCapabilityRadarDimensions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("label", &self.label)?;
        object.optional("score", &self.score)?;
        object.end()
    }
}
/// `QuerySalesInsightsResponseBodyResultInsightListCommonSummary`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySalesInsightsResponseBodyResultInsightListCommonSummary {
    /// `content`.
    pub content: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `priority`.
    pub priority: Option<String>,
    /// `priorityText`.
    pub priority_text: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QuerySalesInsightsResponseBodyResultInsightListCommonSummary {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QuerySalesInsightsResponseBodyResultInsightListCommonSummary {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "name" => rt::read_field(map, &mut self.name),
            "priority" => rt::read_field(map, &mut self.priority),
            "priorityText" => rt::read_field(map, &mut self.priority_text),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QuerySalesInsightsResponseBodyResultInsightListCommonSummary {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("name", &self.name)?;
        object.optional("priority", &self.priority)?;
        object.optional("priorityText", &self.priority_text)?;
        object.end()
    }
}
/// `QueryUserDeviceLocationResponseBodyResultDeviceLocationsLocations`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserDeviceLocationResponseBodyResultDeviceLocationsLocations {
    /// `latitude`.
    pub latitude: Option<String>,
    /// `longitude`.
    pub longitude: Option<String>,
    /// `time`.
    pub time: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryUserDeviceLocationResponseBodyResultDeviceLocationsLocations {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserDeviceLocationResponseBodyResultDeviceLocationsLocations {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "latitude" => rt::read_field(map, &mut self.latitude),
            "longitude" => rt::read_field(map, &mut self.longitude),
            "time" => rt::read_field(map, &mut self.time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryUserDeviceLocationResponseBodyResultDeviceLocationsLocations {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("latitude", &self.latitude)?;
        object.optional("longitude", &self.longitude)?;
        object.optional("time", &self.time)?;
        object.end()
    }
}
/// `GetServiceQualityInspectionResponseBodyResultGroupListItemListCitations`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetServiceQualityInspectionResponseBodyResultGroupListItemListCitations {
    /// `content`.
    pub content: Option<String>,
    /// `time`.
    pub time: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetServiceQualityInspectionResponseBodyResultGroupListItemListCitations {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for GetServiceQualityInspectionResponseBodyResultGroupListItemListCitations {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "time" => rt::read_field(map, &mut self.time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetServiceQualityInspectionResponseBodyResultGroupListItemListCitations {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("time", &self.time)?;
        object.end()
    }
}
/// `QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceList {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `sentence`.
    pub sentence: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `wordList`.
    pub word_list: Option<
        Vec<QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceListWordList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceList {
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
impl rt::serde::Serialize
for QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceList {
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
/// `QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceListWordList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceListWordList {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `text`.
    pub text: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceListWordList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceListWordList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceListWordList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
/// The request of [`Api::batch_query_a1_industry_device_binding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryA1IndustryDeviceBindingRequest {
    /// `snList`.
    pub sn_list: Vec<String>,
}
impl BatchQueryA1IndustryDeviceBindingRequest {
    /// A `BatchQueryA1IndustryDeviceBindingRequest` with its required fields (`snList`); set the others with the methods named after them.
    pub fn new(sn_list: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            sn_list: sn_list.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for BatchQueryA1IndustryDeviceBindingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("snList", &self.sn_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchQueryA1IndustryDeviceBindingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchQueryA1IndustryDeviceBindingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "snList" => rt::read_field(map, &mut self.sn_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchQueryA1IndustryDeviceBindingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_user_device_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryUserDeviceStatusRequest {
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
impl BatchQueryUserDeviceStatusRequest {
    /// A `BatchQueryUserDeviceStatusRequest` with its required fields (`userIdList`); set the others with the methods named after them.
    pub fn new(user_id_list: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            user_id_list: user_id_list.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for BatchQueryUserDeviceStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchQueryUserDeviceStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchQueryUserDeviceStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchQueryUserDeviceStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_update_device_cut_customer_switch`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchUpdateDeviceCutCustomerSwitchRequest {
    /// `enabled`: a query parameter.
    pub enabled: Option<bool>,
    /// `snList`: a query parameter, JSON-encoded.
    pub sn_list: Option<Vec<String>>,
}
impl BatchUpdateDeviceCutCustomerSwitchRequest {
    /// An empty `BatchUpdateDeviceCutCustomerSwitchRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }
    /// Sets `snList`.
    pub fn sn_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.sn_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchUpdateDeviceCutCustomerSwitchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchUpdateDeviceCutCustomerSwitchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enabled" => rt::read_field(map, &mut self.enabled),
            "snList" => rt::read_field(map, &mut self.sn_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchUpdateDeviceCutCustomerSwitchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("enabled", &self.enabled);
        writer.query_json("snList", &self.sn_list);
    }
}
/// The request of [`Api::control_recording`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ControlRecordingRequest {
    /// `action`.
    pub action: String,
    /// `agree`.
    pub agree: bool,
    /// `outBizData`.
    pub out_biz_data: Option<String>,
    /// `teamCode`.
    pub team_code: Option<String>,
    /// `userId`.
    pub user_id: String,
}
impl ControlRecordingRequest {
    /// A `ControlRecordingRequest` with its required fields (`action`, `agree`, `userId`); set the others with the methods named after them.
    pub fn new(
        action: impl Into<String>,
        agree: bool,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            action: action.into(),
            agree,
            out_biz_data: None,
            team_code: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `outBizData`.
    pub fn out_biz_data(mut self, value: impl Into<String>) -> Self {
        self.out_biz_data = Some(value.into());
        self
    }
    /// Sets `teamCode`.
    pub fn team_code(mut self, value: impl Into<String>) -> Self {
        self.team_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ControlRecordingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("action", &self.action)?;
        object.field("agree", &self.agree)?;
        object.optional("outBizData", &self.out_biz_data)?;
        object.optional("teamCode", &self.team_code)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ControlRecordingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ControlRecordingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "agree" => rt::read_field(map, &mut self.agree),
            "outBizData" => rt::read_field(map, &mut self.out_biz_data),
            "teamCode" => rt::read_field(map, &mut self.team_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ControlRecordingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_asr_transcription`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateAsrTranscriptionRequest {
    /// `bizKey`.
    pub biz_key: Option<String>,
    /// `phrases`.
    pub phrases: Option<Vec<String>>,
    /// `url`.
    pub url: String,
}
impl CreateAsrTranscriptionRequest {
    /// A `CreateAsrTranscriptionRequest` with its required fields (`url`); set the others with the methods named after them.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            biz_key: None,
            phrases: None,
            url: url.into(),
        }
    }
    /// Sets `bizKey`.
    pub fn biz_key(mut self, value: impl Into<String>) -> Self {
        self.biz_key = Some(value.into());
        self
    }
    /// Sets `phrases`.
    pub fn phrases(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.phrases = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for CreateAsrTranscriptionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizKey", &self.biz_key)?;
        object.optional("phrases", &self.phrases)?;
        object.field("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateAsrTranscriptionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateAsrTranscriptionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizKey" => rt::read_field(map, &mut self.biz_key),
            "phrases" => rt::read_field(map, &mut self.phrases),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateAsrTranscriptionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_recording_schedule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateRecordingScheduleRequest {
    /// `schedules`.
    pub schedules: Vec<CreateRecordingScheduleRequestSchedules>,
    /// `sn`.
    pub sn: String,
}
impl CreateRecordingScheduleRequest {
    /// A `CreateRecordingScheduleRequest` with its required fields (`schedules`, `sn`); set the others with the methods named after them.
    pub fn new(
        schedules: impl IntoIterator<Item = CreateRecordingScheduleRequestSchedules>,
        sn: impl Into<String>,
    ) -> Self {
        Self {
            schedules: schedules.into_iter().collect(),
            sn: sn.into(),
        }
    }
}
impl rt::serde::Serialize for CreateRecordingScheduleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("schedules", &self.schedules)?;
        object.field("sn", &self.sn)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateRecordingScheduleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateRecordingScheduleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "schedules" => rt::read_field(map, &mut self.schedules),
            "sn" => rt::read_field(map, &mut self.sn),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateRecordingScheduleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateTeamRequest {
    /// `adminUserIds`.
    pub admin_user_ids: Option<Vec<String>>,
    /// `dialectCode`.
    pub dialect_code: Option<String>,
    /// `name`.
    pub name: String,
    /// `parentTeamCode`.
    pub parent_team_code: Option<String>,
    /// `sceneCodes`.
    pub scene_codes: Vec<String>,
    /// `solutionCode`.
    pub solution_code: String,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl CreateTeamRequest {
    /// A `CreateTeamRequest` with its required fields (`name`, `sceneCodes`, `solutionCode`); set the others with the methods named after them.
    pub fn new(
        name: impl Into<String>,
        scene_codes: impl IntoIterator<Item = impl Into<String>>,
        solution_code: impl Into<String>,
    ) -> Self {
        Self {
            admin_user_ids: None,
            dialect_code: None,
            name: name.into(),
            parent_team_code: None,
            scene_codes: scene_codes.into_iter().map(Into::into).collect(),
            solution_code: solution_code.into(),
            user_ids: None,
        }
    }
    /// Sets `adminUserIds`.
    pub fn admin_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.admin_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `dialectCode`.
    pub fn dialect_code(mut self, value: impl Into<String>) -> Self {
        self.dialect_code = Some(value.into());
        self
    }
    /// Sets `parentTeamCode`.
    pub fn parent_team_code(mut self, value: impl Into<String>) -> Self {
        self.parent_team_code = Some(value.into());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for CreateTeamRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("adminUserIds", &self.admin_user_ids)?;
        object.optional("dialectCode", &self.dialect_code)?;
        object.field("name", &self.name)?;
        object.optional("parentTeamCode", &self.parent_team_code)?;
        object.field("sceneCodes", &self.scene_codes)?;
        object.field("solutionCode", &self.solution_code)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTeamRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTeamRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "adminUserIds" => rt::read_field(map, &mut self.admin_user_ids),
            "dialectCode" => rt::read_field(map, &mut self.dialect_code),
            "name" => rt::read_field(map, &mut self.name),
            "parentTeamCode" => rt::read_field(map, &mut self.parent_team_code),
            "sceneCodes" => rt::read_field(map, &mut self.scene_codes),
            "solutionCode" => rt::read_field(map, &mut self.solution_code),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_a1_device_binding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetA1DeviceBindingRequest {
    /// `sn`.
    pub sn: String,
}
impl GetA1DeviceBindingRequest {
    /// A `GetA1DeviceBindingRequest` with its required fields (`sn`); set the others with the methods named after them.
    pub fn new(sn: impl Into<String>) -> Self {
        Self { sn: sn.into() }
    }
}
impl rt::serde::Serialize for GetA1DeviceBindingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("sn", &self.sn)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetA1DeviceBindingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetA1DeviceBindingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sn" => rt::read_field(map, &mut self.sn),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetA1DeviceBindingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_a1_device_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetA1DeviceDetailRequest {
    /// `sn`.
    pub sn: String,
}
impl GetA1DeviceDetailRequest {
    /// A `GetA1DeviceDetailRequest` with its required fields (`sn`); set the others with the methods named after them.
    pub fn new(sn: impl Into<String>) -> Self {
        Self { sn: sn.into() }
    }
}
impl rt::serde::Serialize for GetA1DeviceDetailRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("sn", &self.sn)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetA1DeviceDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetA1DeviceDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sn" => rt::read_field(map, &mut self.sn),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetA1DeviceDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_asr_transcription`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAsrTranscriptionRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `taskId`: a query parameter.
    pub task_id: String,
}
impl GetAsrTranscriptionRequest {
    /// A `GetAsrTranscriptionRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(task_id: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            task_id: task_id.into(),
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
impl<'de> rt::serde::Deserialize<'de> for GetAsrTranscriptionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAsrTranscriptionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAsrTranscriptionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::get_audio_file_download_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAudioFileDownloadInfoRequest {
    /// `deviceType`.
    pub device_type: String,
    /// `fileId`.
    pub file_id: String,
}
impl GetAudioFileDownloadInfoRequest {
    /// A `GetAudioFileDownloadInfoRequest` with its required fields (`deviceType`, `fileId`); set the others with the methods named after them.
    pub fn new(device_type: impl Into<String>, file_id: impl Into<String>) -> Self {
        Self {
            device_type: device_type.into(),
            file_id: file_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetAudioFileDownloadInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deviceType", &self.device_type)?;
        object.field("fileId", &self.file_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAudioFileDownloadInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAudioFileDownloadInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceType" => rt::read_field(map, &mut self.device_type),
            "fileId" => rt::read_field(map, &mut self.file_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAudioFileDownloadInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_audio_file_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAudioFileInfoRequest {
    /// `deviceType`.
    pub device_type: String,
    /// `fileId`.
    pub file_id: String,
}
impl GetAudioFileInfoRequest {
    /// A `GetAudioFileInfoRequest` with its required fields (`deviceType`, `fileId`); set the others with the methods named after them.
    pub fn new(device_type: impl Into<String>, file_id: impl Into<String>) -> Self {
        Self {
            device_type: device_type.into(),
            file_id: file_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetAudioFileInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deviceType", &self.device_type)?;
        object.field("fileId", &self.file_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAudioFileInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAudioFileInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceType" => rt::read_field(map, &mut self.device_type),
            "fileId" => rt::read_field(map, &mut self.file_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAudioFileInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_customer_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetCustomerInfoRequest {
    /// `customerId`: a query parameter.
    pub customer_id: String,
}
impl GetCustomerInfoRequest {
    /// A `GetCustomerInfoRequest` with its required fields (`customerId`); set the others with the methods named after them.
    pub fn new(customer_id: impl Into<String>) -> Self {
        Self {
            customer_id: customer_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCustomerInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCustomerInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customerId" => rt::read_field(map, &mut self.customer_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetCustomerInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("customerId", &self.customer_id);
    }
}
/// The request of [`Api::get_customer_insight`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetCustomerInsightRequest {
    /// `customerId`: a query parameter.
    pub customer_id: String,
}
impl GetCustomerInsightRequest {
    /// A `GetCustomerInsightRequest` with its required fields (`customerId`); set the others with the methods named after them.
    pub fn new(customer_id: impl Into<String>) -> Self {
        Self {
            customer_id: customer_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCustomerInsightRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCustomerInsightRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customerId" => rt::read_field(map, &mut self.customer_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetCustomerInsightRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("customerId", &self.customer_id);
    }
}
/// The request of [`Api::get_service_chapter_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetServiceChapterSummaryRequest {
    /// `recordId`: a query parameter.
    pub record_id: String,
}
impl GetServiceChapterSummaryRequest {
    /// A `GetServiceChapterSummaryRequest` with its required fields (`recordId`); set the others with the methods named after them.
    pub fn new(record_id: impl Into<String>) -> Self {
        Self {
            record_id: record_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetServiceChapterSummaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetServiceChapterSummaryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "recordId" => rt::read_field(map, &mut self.record_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetServiceChapterSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("recordId", &self.record_id);
    }
}
/// The request of [`Api::get_service_chat_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetServiceChatSummaryRequest {
    /// `recordId`: a query parameter.
    pub record_id: String,
}
impl GetServiceChatSummaryRequest {
    /// A `GetServiceChatSummaryRequest` with its required fields (`recordId`); set the others with the methods named after them.
    pub fn new(record_id: impl Into<String>) -> Self {
        Self {
            record_id: record_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetServiceChatSummaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetServiceChatSummaryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "recordId" => rt::read_field(map, &mut self.record_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetServiceChatSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("recordId", &self.record_id);
    }
}
/// The request of [`Api::get_service_quality_inspection`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetServiceQualityInspectionRequest {
    /// `recordId`: a query parameter.
    pub record_id: String,
}
impl GetServiceQualityInspectionRequest {
    /// A `GetServiceQualityInspectionRequest` with its required fields (`recordId`); set the others with the methods named after them.
    pub fn new(record_id: impl Into<String>) -> Self {
        Self {
            record_id: record_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetServiceQualityInspectionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetServiceQualityInspectionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "recordId" => rt::read_field(map, &mut self.record_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetServiceQualityInspectionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("recordId", &self.record_id);
    }
}
/// The request of [`Api::get_service_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetServiceRecordRequest {
    /// `id`: a query parameter.
    pub id: String,
}
impl GetServiceRecordRequest {
    /// A `GetServiceRecordRequest` with its required fields (`id`); set the others with the methods named after them.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetServiceRecordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetServiceRecordRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetServiceRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("id", &self.id);
    }
}
/// The request of [`Api::get_service_record_transcript`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetServiceRecordTranscriptRequest {
    /// `id`: a query parameter.
    pub id: String,
}
impl GetServiceRecordTranscriptRequest {
    /// A `GetServiceRecordTranscriptRequest` with its required fields (`id`); set the others with the methods named after them.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetServiceRecordTranscriptRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetServiceRecordTranscriptRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetServiceRecordTranscriptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("id", &self.id);
    }
}
/// The request of [`Api::get_transcript_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetTranscriptSummaryRequest {
    /// `deviceType`: a query parameter.
    pub device_type: String,
    /// `fileId`: a query parameter.
    pub file_id: String,
}
impl GetTranscriptSummaryRequest {
    /// A `GetTranscriptSummaryRequest` with its required fields (`deviceType`, `fileId`); set the others with the methods named after them.
    pub fn new(device_type: impl Into<String>, file_id: impl Into<String>) -> Self {
        Self {
            device_type: device_type.into(),
            file_id: file_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTranscriptSummaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTranscriptSummaryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceType" => rt::read_field(map, &mut self.device_type),
            "fileId" => rt::read_field(map, &mut self.file_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetTranscriptSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deviceType", &self.device_type);
        writer.query("fileId", &self.file_id);
    }
}
/// The request of [`Api::list_a1_device`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListA1DeviceRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl ListA1DeviceRequest {
    /// An empty `ListA1DeviceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
impl rt::serde::Serialize for ListA1DeviceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListA1DeviceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListA1DeviceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListA1DeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListCustomerRequest {
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `ownerUserId`: a query parameter.
    pub owner_user_id: Option<String>,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
    /// `teamCode`: a query parameter.
    pub team_code: String,
}
impl ListCustomerRequest {
    /// A `ListCustomerRequest` with its required fields (`teamCode`); set the others with the methods named after them.
    pub fn new(team_code: impl Into<String>) -> Self {
        Self {
            end_time: None,
            max_results: None,
            next_token: None,
            owner_user_id: None,
            start_time: None,
            team_code: team_code.into(),
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
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
    /// Sets `ownerUserId`.
    pub fn owner_user_id(mut self, value: impl Into<String>) -> Self {
        self.owner_user_id = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListCustomerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListCustomerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "teamCode" => rt::read_field(map, &mut self.team_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("ownerUserId", &self.owner_user_id);
        writer.query("startTime", &self.start_time);
        writer.query("teamCode", &self.team_code);
    }
}
/// The request of [`Api::list_device`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDeviceRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `sn`: a query parameter.
    pub sn: Option<String>,
    /// `teamCode`: a query parameter.
    pub team_code: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl ListDeviceRequest {
    /// An empty `ListDeviceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `sn`.
    pub fn sn(mut self, value: impl Into<String>) -> Self {
        self.sn = Some(value.into());
        self
    }
    /// Sets `teamCode`.
    pub fn team_code(mut self, value: impl Into<String>) -> Self {
        self.team_code = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListDeviceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListDeviceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "sn" => rt::read_field(map, &mut self.sn),
            "teamCode" => rt::read_field(map, &mut self.team_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("sn", &self.sn);
        writer.query("teamCode", &self.team_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_device_recording_duration`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListDeviceRecordingDurationRequest {
    /// `endTime`: a query parameter.
    pub end_time: i64,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `sn`: a query parameter.
    pub sn: Option<String>,
    /// `startTime`: a query parameter.
    pub start_time: i64,
    /// `teamCode`: a query parameter.
    pub team_code: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl ListDeviceRecordingDurationRequest {
    /// A `ListDeviceRecordingDurationRequest` with its required fields (`endTime`, `startTime`); set the others with the methods named after them.
    pub fn new(end_time: i64, start_time: i64) -> Self {
        Self {
            end_time,
            max_results: None,
            next_token: None,
            sn: None,
            start_time,
            team_code: None,
            user_id: None,
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
    /// Sets `sn`.
    pub fn sn(mut self, value: impl Into<String>) -> Self {
        self.sn = Some(value.into());
        self
    }
    /// Sets `teamCode`.
    pub fn team_code(mut self, value: impl Into<String>) -> Self {
        self.team_code = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListDeviceRecordingDurationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListDeviceRecordingDurationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "sn" => rt::read_field(map, &mut self.sn),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "teamCode" => rt::read_field(map, &mut self.team_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListDeviceRecordingDurationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("sn", &self.sn);
        writer.query("startTime", &self.start_time);
        writer.query("teamCode", &self.team_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_service_record`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListServiceRecordRequest {
    /// `customerId`: a query parameter.
    pub customer_id: Option<String>,
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
    /// `teamCode`: a query parameter.
    pub team_code: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl ListServiceRecordRequest {
    /// An empty `ListServiceRecordRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `customerId`.
    pub fn customer_id(mut self, value: impl Into<String>) -> Self {
        self.customer_id = Some(value.into());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
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
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `teamCode`.
    pub fn team_code(mut self, value: impl Into<String>) -> Self {
        self.team_code = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListServiceRecordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListServiceRecordRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customerId" => rt::read_field(map, &mut self.customer_id),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "teamCode" => rt::read_field(map, &mut self.team_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListServiceRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("customerId", &self.customer_id);
        writer.query("endTime", &self.end_time);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("startTime", &self.start_time);
        writer.query("teamCode", &self.team_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_service_todo`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListServiceTodoRequest {
    /// `recordId`: a query parameter.
    pub record_id: String,
}
impl ListServiceTodoRequest {
    /// A `ListServiceTodoRequest` with its required fields (`recordId`); set the others with the methods named after them.
    pub fn new(record_id: impl Into<String>) -> Self {
        Self {
            record_id: record_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListServiceTodoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListServiceTodoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "recordId" => rt::read_field(map, &mut self.record_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListServiceTodoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("recordId", &self.record_id);
    }
}
/// The request of [`Api::list_team`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTeamRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl ListTeamRequest {
    /// An empty `ListTeamRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
impl<'de> rt::serde::Deserialize<'de> for ListTeamRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListTeamRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::manage_team_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ManageTeamMemberRequest {
    /// `addMembers`.
    pub add_members: Option<ManageTeamMemberRequestAddMembers>,
    /// `removeMembers`.
    pub remove_members: Option<ManageTeamMemberRequestRemoveMembers>,
    /// `teamCode`.
    pub team_code: String,
}
impl ManageTeamMemberRequest {
    /// A `ManageTeamMemberRequest` with its required fields (`teamCode`); set the others with the methods named after them.
    pub fn new(team_code: impl Into<String>) -> Self {
        Self {
            add_members: None,
            remove_members: None,
            team_code: team_code.into(),
        }
    }
    /// Sets `addMembers`.
    pub fn add_members(mut self, value: ManageTeamMemberRequestAddMembers) -> Self {
        self.add_members = Some(value);
        self
    }
    /// Sets `removeMembers`.
    pub fn remove_members(
        mut self,
        value: ManageTeamMemberRequestRemoveMembers,
    ) -> Self {
        self.remove_members = Some(value);
        self
    }
}
impl rt::serde::Serialize for ManageTeamMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("addMembers", &self.add_members)?;
        object.optional("removeMembers", &self.remove_members)?;
        object.field("teamCode", &self.team_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ManageTeamMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ManageTeamMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "addMembers" => rt::read_field(map, &mut self.add_members),
            "removeMembers" => rt::read_field(map, &mut self.remove_members),
            "teamCode" => rt::read_field(map, &mut self.team_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ManageTeamMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_asr_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryAsrTaskRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `taskId`: a query parameter.
    pub task_id: String,
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
}
impl QueryAsrTaskRequest {
    /// A `QueryAsrTaskRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(task_id: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            task_id: task_id.into(),
            union_id: None,
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
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAsrTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAsrTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryAsrTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("taskId", &self.task_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_audio_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryAudioFileRequest {
    /// `deviceType`.
    pub device_type: String,
    /// `endTimestamp`.
    pub end_timestamp: Option<i64>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `sn`.
    pub sn: String,
    /// `startTimestamp`.
    pub start_timestamp: Option<i64>,
}
impl QueryAudioFileRequest {
    /// A `QueryAudioFileRequest` with its required fields (`deviceType`, `sn`); set the others with the methods named after them.
    pub fn new(device_type: impl Into<String>, sn: impl Into<String>) -> Self {
        Self {
            device_type: device_type.into(),
            end_timestamp: None,
            max_results: None,
            next_token: None,
            sn: sn.into(),
            start_timestamp: None,
        }
    }
    /// Sets `endTimestamp`.
    pub fn end_timestamp(mut self, value: i64) -> Self {
        self.end_timestamp = Some(value);
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
    /// Sets `startTimestamp`.
    pub fn start_timestamp(mut self, value: i64) -> Self {
        self.start_timestamp = Some(value);
        self
    }
}
impl rt::serde::Serialize for QueryAudioFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deviceType", &self.device_type)?;
        object.optional("endTimestamp", &self.end_timestamp)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.field("sn", &self.sn)?;
        object.optional("startTimestamp", &self.start_timestamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAudioFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAudioFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceType" => rt::read_field(map, &mut self.device_type),
            "endTimestamp" => rt::read_field(map, &mut self.end_timestamp),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "sn" => rt::read_field(map, &mut self.sn),
            "startTimestamp" => rt::read_field(map, &mut self.start_timestamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryAudioFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_device_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryDeviceDetailRequest {
    /// `deviceType`.
    pub device_type: String,
    /// `snList`.
    pub sn_list: Vec<String>,
}
impl QueryDeviceDetailRequest {
    /// A `QueryDeviceDetailRequest` with its required fields (`deviceType`, `snList`); set the others with the methods named after them.
    pub fn new(
        device_type: impl Into<String>,
        sn_list: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            device_type: device_type.into(),
            sn_list: sn_list.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for QueryDeviceDetailRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deviceType", &self.device_type)?;
        object.field("snList", &self.sn_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryDeviceDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryDeviceDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceType" => rt::read_field(map, &mut self.device_type),
            "snList" => rt::read_field(map, &mut self.sn_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryDeviceDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_device_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryDeviceStatusRequest {
    /// `deviceType`.
    pub device_type: String,
    /// `snList`.
    pub sn_list: Vec<String>,
}
impl QueryDeviceStatusRequest {
    /// A `QueryDeviceStatusRequest` with its required fields (`deviceType`, `snList`); set the others with the methods named after them.
    pub fn new(
        device_type: impl Into<String>,
        sn_list: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            device_type: device_type.into(),
            sn_list: sn_list.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for QueryDeviceStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deviceType", &self.device_type)?;
        object.field("snList", &self.sn_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryDeviceStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryDeviceStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceType" => rt::read_field(map, &mut self.device_type),
            "snList" => rt::read_field(map, &mut self.sn_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryDeviceStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_file_info_by_minutes_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryFileInfoByMinutesIdRequest {
    /// `minutesId`: a query parameter.
    pub minutes_id: String,
}
impl QueryFileInfoByMinutesIdRequest {
    /// A `QueryFileInfoByMinutesIdRequest` with its required fields (`minutesId`); set the others with the methods named after them.
    pub fn new(minutes_id: impl Into<String>) -> Self {
        Self {
            minutes_id: minutes_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryFileInfoByMinutesIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryFileInfoByMinutesIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "minutesId" => rt::read_field(map, &mut self.minutes_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryFileInfoByMinutesIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("minutesId", &self.minutes_id);
    }
}
/// The request of [`Api::query_sales_insights`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QuerySalesInsightsRequest {
    /// `analysisDate`: a query parameter.
    pub analysis_date: Option<String>,
    /// `userIdList`: a query parameter, JSON-encoded.
    pub user_id_list: Option<Vec<String>>,
}
impl QuerySalesInsightsRequest {
    /// An empty `QuerySalesInsightsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `analysisDate`.
    pub fn analysis_date(mut self, value: impl Into<String>) -> Self {
        self.analysis_date = Some(value.into());
        self
    }
    /// Sets `userIdList`.
    pub fn user_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QuerySalesInsightsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QuerySalesInsightsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "analysisDate" => rt::read_field(map, &mut self.analysis_date),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QuerySalesInsightsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("analysisDate", &self.analysis_date);
        writer.query_json("userIdList", &self.user_id_list);
    }
}
/// The request of [`Api::query_service_record_location`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryServiceRecordLocationRequest {
    /// `locationAmountLimit`: a query parameter.
    pub location_amount_limit: Option<i64>,
    /// `recordIdList`: a query parameter, JSON-encoded.
    pub record_id_list: Option<Vec<String>>,
}
impl QueryServiceRecordLocationRequest {
    /// An empty `QueryServiceRecordLocationRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `locationAmountLimit`.
    pub fn location_amount_limit(mut self, value: i64) -> Self {
        self.location_amount_limit = Some(value);
        self
    }
    /// Sets `recordIdList`.
    pub fn record_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.record_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryServiceRecordLocationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryServiceRecordLocationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "locationAmountLimit" => rt::read_field(map, &mut self.location_amount_limit),
            "recordIdList" => rt::read_field(map, &mut self.record_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryServiceRecordLocationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("locationAmountLimit", &self.location_amount_limit);
        writer.query_json("recordIdList", &self.record_id_list);
    }
}
/// The request of [`Api::query_staff_statistic_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryStaffStatisticDataRequest {
    /// `day`: a query parameter.
    pub day: String,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `teamCode`: a query parameter.
    pub team_code: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl QueryStaffStatisticDataRequest {
    /// A `QueryStaffStatisticDataRequest` with its required fields (`day`); set the others with the methods named after them.
    pub fn new(day: impl Into<String>) -> Self {
        Self {
            day: day.into(),
            max_results: None,
            next_token: None,
            team_code: None,
            user_id: None,
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
    /// Sets `teamCode`.
    pub fn team_code(mut self, value: impl Into<String>) -> Self {
        self.team_code = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryStaffStatisticDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryStaffStatisticDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "day" => rt::read_field(map, &mut self.day),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "teamCode" => rt::read_field(map, &mut self.team_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryStaffStatisticDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("day", &self.day);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("teamCode", &self.team_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_user_bind_device_location`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserBindDeviceLocationRequest {
    /// `userIdList`: a query parameter, JSON-encoded.
    pub user_id_list: Option<Vec<String>>,
}
impl QueryUserBindDeviceLocationRequest {
    /// An empty `QueryUserBindDeviceLocationRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userIdList`.
    pub fn user_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUserBindDeviceLocationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUserBindDeviceLocationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryUserBindDeviceLocationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("userIdList", &self.user_id_list);
    }
}
/// The request of [`Api::query_user_device_location`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryUserDeviceLocationRequest {
    /// `endTime`: a query parameter.
    pub end_time: i64,
    /// `sn`: a query parameter.
    pub sn: Option<String>,
    /// `startTime`: a query parameter.
    pub start_time: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl QueryUserDeviceLocationRequest {
    /// A `QueryUserDeviceLocationRequest` with its required fields (`endTime`, `startTime`, `userId`); set the others with the methods named after them.
    pub fn new(end_time: i64, start_time: i64, user_id: impl Into<String>) -> Self {
        Self {
            end_time,
            sn: None,
            start_time,
            user_id: user_id.into(),
        }
    }
    /// Sets `sn`.
    pub fn sn(mut self, value: impl Into<String>) -> Self {
        self.sn = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUserDeviceLocationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUserDeviceLocationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "sn" => rt::read_field(map, &mut self.sn),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryUserDeviceLocationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query("sn", &self.sn);
        writer.query("startTime", &self.start_time);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::submit_agent_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SubmitAgentTaskRequest {
    /// `agentCode`: a query parameter.
    pub agent_code: String,
    /// `bizIdentify`: a query parameter.
    pub biz_identify: String,
    /// `input`: a query parameter.
    pub input: String,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl SubmitAgentTaskRequest {
    /// A `SubmitAgentTaskRequest` with its required fields (`agentCode`, `bizIdentify`, `input`); set the others with the methods named after them.
    pub fn new(
        agent_code: impl Into<String>,
        biz_identify: impl Into<String>,
        input: impl Into<String>,
    ) -> Self {
        Self {
            agent_code: agent_code.into(),
            biz_identify: biz_identify.into(),
            input: input.into(),
            user_id: None,
        }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitAgentTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitAgentTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentCode" => rt::read_field(map, &mut self.agent_code),
            "bizIdentify" => rt::read_field(map, &mut self.biz_identify),
            "input" => rt::read_field(map, &mut self.input),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SubmitAgentTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentCode", &self.agent_code);
        writer.query("bizIdentify", &self.biz_identify);
        writer.query("input", &self.input);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::submit_asr_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SubmitAsrTaskRequest {
    /// `bizKey`.
    pub biz_key: Option<String>,
    /// `dentryId`.
    pub dentry_id: String,
    /// `phrases`.
    pub phrases: Option<Vec<String>>,
    /// `sourceLanguage`.
    pub source_language: String,
    /// `spaceId`.
    pub space_id: String,
    /// `transcription`.
    pub transcription: Option<SubmitAsrTaskRequestTranscription>,
    /// `unionId`.
    pub union_id: String,
}
impl SubmitAsrTaskRequest {
    /// A `SubmitAsrTaskRequest` with its required fields (`dentryId`, `sourceLanguage`, `spaceId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        dentry_id: impl Into<String>,
        source_language: impl Into<String>,
        space_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_key: None,
            dentry_id: dentry_id.into(),
            phrases: None,
            source_language: source_language.into(),
            space_id: space_id.into(),
            transcription: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `bizKey`.
    pub fn biz_key(mut self, value: impl Into<String>) -> Self {
        self.biz_key = Some(value.into());
        self
    }
    /// Sets `phrases`.
    pub fn phrases(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.phrases = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `transcription`.
    pub fn transcription(mut self, value: SubmitAsrTaskRequestTranscription) -> Self {
        self.transcription = Some(value);
        self
    }
}
impl rt::serde::Serialize for SubmitAsrTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizKey", &self.biz_key)?;
        object.field("dentryId", &self.dentry_id)?;
        object.optional("phrases", &self.phrases)?;
        object.field("sourceLanguage", &self.source_language)?;
        object.field("spaceId", &self.space_id)?;
        object.optional("transcription", &self.transcription)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitAsrTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitAsrTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizKey" => rt::read_field(map, &mut self.biz_key),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "phrases" => rt::read_field(map, &mut self.phrases),
            "sourceLanguage" => rt::read_field(map, &mut self.source_language),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "transcription" => rt::read_field(map, &mut self.transcription),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SubmitAsrTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::submit_customer_split_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SubmitCustomerSplitDataRequest {
    /// `splitParams`: a query parameter, JSON-encoded.
    pub split_params: Vec<SubmitCustomerSplitDataRequestSplitParams>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl SubmitCustomerSplitDataRequest {
    /// A `SubmitCustomerSplitDataRequest` with its required fields (`splitParams`, `userId`); set the others with the methods named after them.
    pub fn new(
        split_params: impl IntoIterator<
            Item = SubmitCustomerSplitDataRequestSplitParams,
        >,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            split_params: split_params.into_iter().collect(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitCustomerSplitDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitCustomerSplitDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "splitParams" => rt::read_field(map, &mut self.split_params),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SubmitCustomerSplitDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("splitParams", &self.split_params);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::update_device_binding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateDeviceBindingRequest {
    /// `action`.
    pub action: String,
    /// `sn`.
    pub sn: String,
    /// `teamCode`.
    pub team_code: String,
    /// `userId`.
    pub user_id: String,
}
impl UpdateDeviceBindingRequest {
    /// A `UpdateDeviceBindingRequest` with its required fields (`action`, `sn`, `teamCode`, `userId`); set the others with the methods named after them.
    pub fn new(
        action: impl Into<String>,
        sn: impl Into<String>,
        team_code: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            action: action.into(),
            sn: sn.into(),
            team_code: team_code.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateDeviceBindingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("action", &self.action)?;
        object.field("sn", &self.sn)?;
        object.field("teamCode", &self.team_code)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateDeviceBindingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateDeviceBindingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "sn" => rt::read_field(map, &mut self.sn),
            "teamCode" => rt::read_field(map, &mut self.team_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateDeviceBindingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_recording_schedule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateRecordingScheduleRequest {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `taskId`.
    pub task_id: String,
}
impl UpdateRecordingScheduleRequest {
    /// A `UpdateRecordingScheduleRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(task_id: impl Into<String>) -> Self {
        Self {
            end_time: None,
            start_time: None,
            task_id: task_id.into(),
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateRecordingScheduleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("startTime", &self.start_time)?;
        object.field("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRecordingScheduleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRecordingScheduleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateRecordingScheduleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_service_record_restrict`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateServiceRecordRestrictRequest {
    /// `action`: a query parameter.
    pub action: String,
    /// `recordIds`: a query parameter, JSON-encoded.
    pub record_ids: Vec<String>,
}
impl UpdateServiceRecordRestrictRequest {
    /// A `UpdateServiceRecordRestrictRequest` with its required fields (`action`, `recordIds`); set the others with the methods named after them.
    pub fn new(
        action: impl Into<String>,
        record_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            action: action.into(),
            record_ids: record_ids.into_iter().map(Into::into).collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateServiceRecordRestrictRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateServiceRecordRestrictRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "recordIds" => rt::read_field(map, &mut self.record_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateServiceRecordRestrictRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("action", &self.action);
        writer.query_json("recordIds", &self.record_ids);
    }
}
/// The request of [`Api::update_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateTeamRequest {
    /// `dialectCode`.
    pub dialect_code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `parentTeamCode`.
    pub parent_team_code: Option<String>,
    /// `sceneCodes`.
    pub scene_codes: Option<Vec<String>>,
    /// `teamCode`.
    pub team_code: String,
}
impl UpdateTeamRequest {
    /// A `UpdateTeamRequest` with its required fields (`teamCode`); set the others with the methods named after them.
    pub fn new(team_code: impl Into<String>) -> Self {
        Self {
            dialect_code: None,
            name: None,
            parent_team_code: None,
            scene_codes: None,
            team_code: team_code.into(),
        }
    }
    /// Sets `dialectCode`.
    pub fn dialect_code(mut self, value: impl Into<String>) -> Self {
        self.dialect_code = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `parentTeamCode`.
    pub fn parent_team_code(mut self, value: impl Into<String>) -> Self {
        self.parent_team_code = Some(value.into());
        self
    }
    /// Sets `sceneCodes`.
    pub fn scene_codes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.scene_codes = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for UpdateTeamRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dialectCode", &self.dialect_code)?;
        object.optional("name", &self.name)?;
        object.optional("parentTeamCode", &self.parent_team_code)?;
        object.optional("sceneCodes", &self.scene_codes)?;
        object.field("teamCode", &self.team_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTeamRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTeamRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dialectCode" => rt::read_field(map, &mut self.dialect_code),
            "name" => rt::read_field(map, &mut self.name),
            "parentTeamCode" => rt::read_field(map, &mut self.parent_team_code),
            "sceneCodes" => rt::read_field(map, &mut self.scene_codes),
            "teamCode" => rt::read_field(map, &mut self.team_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::video_customer_split`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct VideoCustomerSplitRequest {
    /// `customer`.
    pub customer: VideoCustomerSplitRequestCustomer,
    /// `segmentId`.
    pub segment_id: String,
    /// `userId`.
    pub user_id: String,
}
impl VideoCustomerSplitRequest {
    /// A `VideoCustomerSplitRequest` with its required fields (`customer`, `segmentId`, `userId`); set the others with the methods named after them.
    pub fn new(
        customer: VideoCustomerSplitRequestCustomer,
        segment_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            customer,
            segment_id: segment_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for VideoCustomerSplitRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("customer", &self.customer)?;
        object.field("segmentId", &self.segment_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for VideoCustomerSplitRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for VideoCustomerSplitRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customer" => rt::read_field(map, &mut self.customer),
            "segmentId" => rt::read_field(map, &mut self.segment_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for VideoCustomerSplitRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::batch_query_a1_industry_device_binding`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryA1IndustryDeviceBindingError = rt::ServiceError;
/// An error reply of [`Api::batch_query_user_device_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryUserDeviceStatusError = rt::ServiceError;
/// An error reply of [`Api::batch_update_device_cut_customer_switch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchUpdateDeviceCutCustomerSwitchError = rt::ServiceError;
/// An error reply of [`Api::control_recording`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ControlRecordingError = rt::ServiceError;
/// An error reply of [`Api::create_asr_transcription`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAsrTranscriptionError = rt::ServiceError;
/// An error reply of [`Api::create_recording_schedule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateRecordingScheduleError = rt::ServiceError;
/// An error reply of [`Api::create_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTeamError = rt::ServiceError;
/// An error reply of [`Api::delete_recording_schedule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteRecordingScheduleError = rt::ServiceError;
/// An error reply of [`Api::get_a1_device_binding`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetA1DeviceBindingError = rt::ServiceError;
/// An error reply of [`Api::get_a1_device_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetA1DeviceDetailError = rt::ServiceError;
/// An error reply of [`Api::get_asr_transcription`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAsrTranscriptionError = rt::ServiceError;
/// An error reply of [`Api::get_audio_file_download_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAudioFileDownloadInfoError = rt::ServiceError;
/// An error reply of [`Api::get_audio_file_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAudioFileInfoError = rt::ServiceError;
/// An error reply of [`Api::get_customer_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCustomerInfoError = rt::ServiceError;
/// An error reply of [`Api::get_customer_insight`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCustomerInsightError = rt::ServiceError;
/// An error reply of [`Api::get_recording_schedule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRecordingScheduleError = rt::ServiceError;
/// An error reply of [`Api::get_service_chapter_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetServiceChapterSummaryError = rt::ServiceError;
/// An error reply of [`Api::get_service_chat_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetServiceChatSummaryError = rt::ServiceError;
/// An error reply of [`Api::get_service_quality_inspection`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetServiceQualityInspectionError = rt::ServiceError;
/// An error reply of [`Api::get_service_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetServiceRecordError = rt::ServiceError;
/// An error reply of [`Api::get_service_record_transcript`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetServiceRecordTranscriptError = rt::ServiceError;
/// An error reply of [`Api::get_solution_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSolutionConfigError = rt::ServiceError;
/// An error reply of [`Api::get_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTeamError = rt::ServiceError;
/// An error reply of [`Api::get_team_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTeamMemberError = rt::ServiceError;
/// An error reply of [`Api::get_transcript_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTranscriptSummaryError = rt::ServiceError;
/// An error reply of [`Api::list_a1_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListA1DeviceError = rt::ServiceError;
/// An error reply of [`Api::list_customer`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListCustomerError = rt::ServiceError;
/// An error reply of [`Api::list_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListDeviceError = rt::ServiceError;
/// An error reply of [`Api::list_device_recording_duration`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListDeviceRecordingDurationError = rt::ServiceError;
/// An error reply of [`Api::list_service_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListServiceRecordError = rt::ServiceError;
/// An error reply of [`Api::list_service_todo`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListServiceTodoError = rt::ServiceError;
/// An error reply of [`Api::list_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListTeamError = rt::ServiceError;
/// An error reply of [`Api::manage_team_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ManageTeamMemberError = rt::ServiceError;
/// An error reply of [`Api::query_asr_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAsrTaskError = rt::ServiceError;
/// An error reply of [`Api::query_audio_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAudioFileError = rt::ServiceError;
/// An error reply of [`Api::query_device_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDeviceDetailError = rt::ServiceError;
/// An error reply of [`Api::query_device_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDeviceStatusError = rt::ServiceError;
/// An error reply of [`Api::query_file_info_by_minutes_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryFileInfoByMinutesIdError = rt::ServiceError;
/// An error reply of [`Api::query_sales_insights`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySalesInsightsError = rt::ServiceError;
/// An error reply of [`Api::query_service_record_location`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryServiceRecordLocationError = rt::ServiceError;
/// An error reply of [`Api::query_staff_statistic_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryStaffStatisticDataError = rt::ServiceError;
/// An error reply of [`Api::query_user_bind_device_location`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserBindDeviceLocationError = rt::ServiceError;
/// An error reply of [`Api::query_user_device_location`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserDeviceLocationError = rt::ServiceError;
/// An error reply of [`Api::submit_agent_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubmitAgentTaskError = rt::ServiceError;
/// An error reply of [`Api::submit_asr_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubmitAsrTaskError = rt::ServiceError;
/// An error reply of [`Api::submit_customer_split_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubmitCustomerSplitDataError = rt::ServiceError;
/// An error reply of [`Api::update_device_binding`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateDeviceBindingError = rt::ServiceError;
/// An error reply of [`Api::update_recording_schedule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateRecordingScheduleError = rt::ServiceError;
/// An error reply of [`Api::update_service_record_restrict`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateServiceRecordRestrictError = rt::ServiceError;
/// An error reply of [`Api::update_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTeamError = rt::ServiceError;
/// An error reply of [`Api::video_customer_split`]: the spec lists no error codes for it, so every code arrives as it is.
pub type VideoCustomerSplitError = rt::ServiceError;
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
        "BatchQueryA1IndustryDeviceBinding" => {
            rt::conformance::reply(
                    api.batch_query_a1_industry_device_binding(&inputs.request(true)?),
                )
                .await
        }
        "BatchQueryUserDeviceStatus" => {
            rt::conformance::reply(
                    api.batch_query_user_device_status(&inputs.request(true)?),
                )
                .await
        }
        "BatchUpdateDeviceCutCustomerSwitch" => {
            rt::conformance::reply(
                    api.batch_update_device_cut_customer_switch(&inputs.request(false)?),
                )
                .await
        }
        "ControlRecording" => {
            rt::conformance::reply(api.control_recording(&inputs.request(true)?)).await
        }
        "CreateAsrTranscription" => {
            rt::conformance::reply(api.create_asr_transcription(&inputs.request(true)?))
                .await
        }
        "CreateRecordingSchedule" => {
            rt::conformance::reply(api.create_recording_schedule(&inputs.request(true)?))
                .await
        }
        "CreateTeam" => {
            rt::conformance::reply(api.create_team(&inputs.request(true)?)).await
        }
        "DeleteRecordingSchedule" => {
            rt::conformance::reply(api.delete_recording_schedule(inputs.path(0usize)?))
                .await
        }
        "GetA1DeviceBinding" => {
            rt::conformance::reply(api.get_a1_device_binding(&inputs.request(true)?))
                .await
        }
        "GetA1DeviceDetail" => {
            rt::conformance::reply(api.get_a1_device_detail(&inputs.request(true)?))
                .await
        }
        "GetAsrTranscription" => {
            rt::conformance::reply(api.get_asr_transcription(&inputs.request(false)?))
                .await
        }
        "GetAudioFileDownloadInfo" => {
            rt::conformance::reply(
                    api.get_audio_file_download_info(&inputs.request(true)?),
                )
                .await
        }
        "GetAudioFileInfo" => {
            rt::conformance::reply(api.get_audio_file_info(&inputs.request(true)?)).await
        }
        "GetCustomerInfo" => {
            rt::conformance::reply(api.get_customer_info(&inputs.request(false)?)).await
        }
        "GetCustomerInsight" => {
            rt::conformance::reply(api.get_customer_insight(&inputs.request(false)?))
                .await
        }
        "GetRecordingSchedule" => {
            rt::conformance::reply(api.get_recording_schedule(inputs.path(0usize)?))
                .await
        }
        "GetServiceChapterSummary" => {
            rt::conformance::reply(
                    api.get_service_chapter_summary(&inputs.request(false)?),
                )
                .await
        }
        "GetServiceChatSummary" => {
            rt::conformance::reply(api.get_service_chat_summary(&inputs.request(false)?))
                .await
        }
        "GetServiceQualityInspection" => {
            rt::conformance::reply(
                    api.get_service_quality_inspection(&inputs.request(false)?),
                )
                .await
        }
        "GetServiceRecord" => {
            rt::conformance::reply(api.get_service_record(&inputs.request(false)?)).await
        }
        "GetServiceRecordTranscript" => {
            rt::conformance::reply(
                    api.get_service_record_transcript(&inputs.request(false)?),
                )
                .await
        }
        "GetSolutionConfig" => rt::conformance::reply(api.get_solution_config()).await,
        "GetTeam" => rt::conformance::reply(api.get_team(inputs.path(0usize)?)).await,
        "GetTeamMember" => {
            rt::conformance::reply(api.get_team_member(inputs.path(0usize)?)).await
        }
        "GetTranscriptSummary" => {
            rt::conformance::reply(api.get_transcript_summary(&inputs.request(false)?))
                .await
        }
        "ListA1Device" => {
            rt::conformance::reply(api.list_a1_device(&inputs.request(true)?)).await
        }
        "ListCustomer" => {
            rt::conformance::reply(api.list_customer(&inputs.request(false)?)).await
        }
        "ListDevice" => {
            rt::conformance::reply(api.list_device(&inputs.request(false)?)).await
        }
        "ListDeviceRecordingDuration" => {
            rt::conformance::reply(
                    api.list_device_recording_duration(&inputs.request(false)?),
                )
                .await
        }
        "ListServiceRecord" => {
            rt::conformance::reply(api.list_service_record(&inputs.request(false)?))
                .await
        }
        "ListServiceTodo" => {
            rt::conformance::reply(api.list_service_todo(&inputs.request(false)?)).await
        }
        "ListTeam" => {
            rt::conformance::reply(api.list_team(&inputs.request(false)?)).await
        }
        "ManageTeamMember" => {
            rt::conformance::reply(api.manage_team_member(&inputs.request(true)?)).await
        }
        "QueryAsrTask" => {
            rt::conformance::reply(api.query_asr_task(&inputs.request(false)?)).await
        }
        "QueryAudioFile" => {
            rt::conformance::reply(api.query_audio_file(&inputs.request(true)?)).await
        }
        "QueryDeviceDetail" => {
            rt::conformance::reply(api.query_device_detail(&inputs.request(true)?)).await
        }
        "QueryDeviceStatus" => {
            rt::conformance::reply(api.query_device_status(&inputs.request(true)?)).await
        }
        "QueryFileInfoByMinutesId" => {
            rt::conformance::reply(
                    api.query_file_info_by_minutes_id(&inputs.request(false)?),
                )
                .await
        }
        "QuerySalesInsights" => {
            rt::conformance::reply(api.query_sales_insights(&inputs.request(false)?))
                .await
        }
        "QueryServiceRecordLocation" => {
            rt::conformance::reply(
                    api.query_service_record_location(&inputs.request(false)?),
                )
                .await
        }
        "QueryStaffStatisticData" => {
            rt::conformance::reply(
                    api.query_staff_statistic_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryUserBindDeviceLocation" => {
            rt::conformance::reply(
                    api.query_user_bind_device_location(&inputs.request(false)?),
                )
                .await
        }
        "QueryUserDeviceLocation" => {
            rt::conformance::reply(
                    api.query_user_device_location(&inputs.request(false)?),
                )
                .await
        }
        "SubmitAgentTask" => {
            rt::conformance::reply(api.submit_agent_task(&inputs.request(false)?)).await
        }
        "SubmitAsrTask" => {
            rt::conformance::reply(api.submit_asr_task(&inputs.request(true)?)).await
        }
        "SubmitCustomerSplitData" => {
            rt::conformance::reply(
                    api.submit_customer_split_data(&inputs.request(false)?),
                )
                .await
        }
        "UpdateDeviceBinding" => {
            rt::conformance::reply(api.update_device_binding(&inputs.request(true)?))
                .await
        }
        "UpdateRecordingSchedule" => {
            rt::conformance::reply(api.update_recording_schedule(&inputs.request(true)?))
                .await
        }
        "UpdateServiceRecordRestrict" => {
            rt::conformance::reply(
                    api.update_service_record_restrict(&inputs.request(false)?),
                )
                .await
        }
        "UpdateTeam" => {
            rt::conformance::reply(api.update_team(&inputs.request(true)?)).await
        }
        "VideoCustomerSplit" => {
            rt::conformance::reply(api.video_customer_split(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
