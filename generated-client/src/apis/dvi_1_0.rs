// @generated from api-spec/dvi_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 视听智能服务 (DVI)：A1 等设备的绑定与录音、ASR 转写、服务记录、团队与客户洞察。
//!
//! 51 operations, methods of [`Api`] (`client.dvi_1_0()`), behind the cargo feature `dvi_1_0`; its paths start with `/v1.0/dvi/`.
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
    /// `POST /v1.0/dvi/a1/industry/devices/binding/query`: DingTalk's `BatchQueryA1IndustryDeviceBinding` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchQueryA1IndustryDeviceBinding")]
    #[doc(alias = "/v1.0/dvi/a1/industry/devices/binding/query")]
    #[doc(alias = "POST /v1.0/dvi/a1/industry/devices/binding/query")]
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
    /// `POST /v1.0/dvi/device/batchQueryUserDeviceStatus`: DingTalk's `BatchQueryUserDeviceStatus` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchQueryUserDeviceStatus")]
    #[doc(alias = "/v1.0/dvi/device/batchQueryUserDeviceStatus")]
    #[doc(alias = "POST /v1.0/dvi/device/batchQueryUserDeviceStatus")]
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
    /// `POST /v1.0/dvi/devices/cutcustomer/switch`: DingTalk's `BatchUpdateDeviceCutCustomerSwitch` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchUpdateDeviceCutCustomerSwitch")]
    #[doc(alias = "/v1.0/dvi/devices/cutcustomer/switch")]
    #[doc(alias = "POST /v1.0/dvi/devices/cutcustomer/switch")]
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
    /// `POST /v1.0/dvi/devices/recording/control`: DingTalk's `ControlRecording` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ControlRecording")]
    #[doc(alias = "/v1.0/dvi/devices/recording/control")]
    #[doc(alias = "POST /v1.0/dvi/devices/recording/control")]
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
    /// `POST /v1.0/dvi/asr/transcriptions`: DingTalk's `CreateAsrTranscription` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAsrTranscription")]
    #[doc(alias = "/v1.0/dvi/asr/transcriptions")]
    #[doc(alias = "POST /v1.0/dvi/asr/transcriptions")]
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
    /// `POST /v1.0/dvi/devices/recording/schedules`: DingTalk's `CreateRecordingSchedule` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateRecordingSchedule")]
    #[doc(alias = "/v1.0/dvi/devices/recording/schedules")]
    #[doc(alias = "POST /v1.0/dvi/devices/recording/schedules")]
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
    /// `POST /v1.0/dvi/teams`: DingTalk's `CreateTeam` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTeam")]
    #[doc(alias = "/v1.0/dvi/teams")]
    #[doc(alias = "POST /v1.0/dvi/teams")]
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
    /// `DELETE /v1.0/dvi/devices/recording/schedules/{taskId}`: DingTalk's `DeleteRecordingSchedule` (module feature `dvi_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteRecordingSchedule")]
    #[doc(alias = "/v1.0/dvi/devices/recording/schedules/{taskId}")]
    #[doc(alias = "DELETE /v1.0/dvi/devices/recording/schedules/{taskId}")]
    pub fn delete_recording_schedule(
        &self,
        task_id: &str,
    ) -> rt::Call<DeleteRecordingScheduleResponseBody, DeleteRecordingScheduleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteRecordingSchedule",
            rt::Method::Delete,
            "/v1.0/dvi/devices/recording/schedules/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], &())
    }
    /// 获取 A1 系列企业设备当前绑定关系
    ///
    /// `POST /v1.0/dvi/a1/devices/binding/query`: DingTalk's `GetA1DeviceBinding` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetA1DeviceBinding")]
    #[doc(alias = "/v1.0/dvi/a1/devices/binding/query")]
    #[doc(alias = "POST /v1.0/dvi/a1/devices/binding/query")]
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
    /// `POST /v1.0/dvi/a1/devices/info/query`: DingTalk's `GetA1DeviceDetail` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetA1DeviceDetail")]
    #[doc(alias = "/v1.0/dvi/a1/devices/info/query")]
    #[doc(alias = "POST /v1.0/dvi/a1/devices/info/query")]
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
    /// `GET /v1.0/dvi/asr/transcriptions`: DingTalk's `GetAsrTranscription` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_asr_transcription_pages`].
    #[doc(alias = "GetAsrTranscription")]
    #[doc(alias = "/v1.0/dvi/asr/transcriptions")]
    #[doc(alias = "GET /v1.0/dvi/asr/transcriptions")]
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
    /// `POST /v1.0/dvi/device/audio/download`: DingTalk's `GetAudioFileDownloadInfo` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAudioFileDownloadInfo")]
    #[doc(alias = "/v1.0/dvi/device/audio/download")]
    #[doc(alias = "POST /v1.0/dvi/device/audio/download")]
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
    /// `POST /v1.0/dvi/device/audio/get`: DingTalk's `GetAudioFileInfo` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAudioFileInfo")]
    #[doc(alias = "/v1.0/dvi/device/audio/get")]
    #[doc(alias = "POST /v1.0/dvi/device/audio/get")]
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
    /// `GET /v1.0/dvi/customer`: DingTalk's `GetCustomerInfo` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCustomerInfo")]
    #[doc(alias = "/v1.0/dvi/customer")]
    #[doc(alias = "GET /v1.0/dvi/customer")]
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
    /// `GET /v1.0/dvi/customers/insights`: DingTalk's `GetCustomerInsight` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCustomerInsight")]
    #[doc(alias = "/v1.0/dvi/customers/insights")]
    #[doc(alias = "GET /v1.0/dvi/customers/insights")]
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
    /// `GET /v1.0/dvi/devices/recording/schedules/{taskId}`: DingTalk's `GetRecordingSchedule` (module feature `dvi_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetRecordingSchedule")]
    #[doc(alias = "/v1.0/dvi/devices/recording/schedules/{taskId}")]
    #[doc(alias = "GET /v1.0/dvi/devices/recording/schedules/{taskId}")]
    pub fn get_recording_schedule(
        &self,
        task_id: &str,
    ) -> rt::Call<GetRecordingScheduleResponseBody, GetRecordingScheduleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRecordingSchedule",
            rt::Method::Get,
            "/v1.0/dvi/devices/recording/schedules/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], &())
    }
    /// 获取服务章节摘要
    ///
    /// `GET /v1.0/dvi/service/chapters/summary`: DingTalk's `GetServiceChapterSummary` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetServiceChapterSummary")]
    #[doc(alias = "/v1.0/dvi/service/chapters/summary")]
    #[doc(alias = "GET /v1.0/dvi/service/chapters/summary")]
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
    /// `GET /v1.0/dvi/service/chats/summary`: DingTalk's `GetServiceChatSummary` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetServiceChatSummary")]
    #[doc(alias = "/v1.0/dvi/service/chats/summary")]
    #[doc(alias = "GET /v1.0/dvi/service/chats/summary")]
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
    /// `GET /v1.0/dvi/service/quality-inspections`: DingTalk's `GetServiceQualityInspection` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetServiceQualityInspection")]
    #[doc(alias = "/v1.0/dvi/service/quality-inspections")]
    #[doc(alias = "GET /v1.0/dvi/service/quality-inspections")]
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
    /// `GET /v1.0/dvi/service-record`: DingTalk's `GetServiceRecord` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetServiceRecord")]
    #[doc(alias = "/v1.0/dvi/service-record")]
    #[doc(alias = "GET /v1.0/dvi/service-record")]
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
    /// `GET /v1.0/dvi/service/transcript`: DingTalk's `GetServiceRecordTranscript` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetServiceRecordTranscript")]
    #[doc(alias = "/v1.0/dvi/service/transcript")]
    #[doc(alias = "GET /v1.0/dvi/service/transcript")]
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
    /// `GET /v1.0/dvi/solutions/configurations`: DingTalk's `GetSolutionConfig` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSolutionConfig")]
    #[doc(alias = "/v1.0/dvi/solutions/configurations")]
    #[doc(alias = "GET /v1.0/dvi/solutions/configurations")]
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
    /// `GET /v1.0/dvi/teams/{teamCode}`: DingTalk's `GetTeam` (module feature `dvi_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `team_code`: `{teamCode}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTeam")]
    #[doc(alias = "/v1.0/dvi/teams/{teamCode}")]
    #[doc(alias = "GET /v1.0/dvi/teams/{teamCode}")]
    pub fn get_team(
        &self,
        team_code: &str,
    ) -> rt::Call<GetTeamResponseBody, GetTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTeam",
            rt::Method::Get,
            "/v1.0/dvi/teams/{teamCode}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_code], &())
    }
    /// 查询团队成员
    ///
    /// `GET /v1.0/dvi/teams/{teamCode}/members`: DingTalk's `GetTeamMember` (module feature `dvi_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `team_code`: `{teamCode}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTeamMember")]
    #[doc(alias = "/v1.0/dvi/teams/{teamCode}/members")]
    #[doc(alias = "GET /v1.0/dvi/teams/{teamCode}/members")]
    pub fn get_team_member(
        &self,
        team_code: &str,
    ) -> rt::Call<GetTeamMemberResponseBody, GetTeamMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTeamMember",
            rt::Method::Get,
            "/v1.0/dvi/teams/{teamCode}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_code], &())
    }
    /// 获取文件转写的概要信息
    ///
    /// `GET /v1.0/dvi/transcripts/summary`: DingTalk's `GetTranscriptSummary` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTranscriptSummary")]
    #[doc(alias = "/v1.0/dvi/transcripts/summary")]
    #[doc(alias = "GET /v1.0/dvi/transcripts/summary")]
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
    /// `POST /v1.0/dvi/a1/devices/list`: DingTalk's `ListA1Device` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_a1_device_pages`].
    #[doc(alias = "ListA1Device")]
    #[doc(alias = "/v1.0/dvi/a1/devices/list")]
    #[doc(alias = "POST /v1.0/dvi/a1/devices/list")]
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
    /// `GET /v1.0/dvi/customers`: DingTalk's `ListCustomer` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_customer_pages`].
    #[doc(alias = "ListCustomer")]
    #[doc(alias = "/v1.0/dvi/customers")]
    #[doc(alias = "GET /v1.0/dvi/customers")]
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
    /// `GET /v1.0/dvi/devices`: DingTalk's `ListDevice` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_device_pages`].
    #[doc(alias = "ListDevice")]
    #[doc(alias = "/v1.0/dvi/devices")]
    #[doc(alias = "GET /v1.0/dvi/devices")]
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
    /// `GET /v1.0/dvi/devices/recording-durations`: DingTalk's `ListDeviceRecordingDuration` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_device_recording_duration_pages`].
    #[doc(alias = "ListDeviceRecordingDuration")]
    #[doc(alias = "/v1.0/dvi/devices/recording-durations")]
    #[doc(alias = "GET /v1.0/dvi/devices/recording-durations")]
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
    /// `GET /v1.0/dvi/service-records`: DingTalk's `ListServiceRecord` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_service_record_pages`].
    #[doc(alias = "ListServiceRecord")]
    #[doc(alias = "/v1.0/dvi/service-records")]
    #[doc(alias = "GET /v1.0/dvi/service-records")]
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
    /// `GET /v1.0/dvi/service-todos`: DingTalk's `ListServiceTodo` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListServiceTodo")]
    #[doc(alias = "/v1.0/dvi/service-todos")]
    #[doc(alias = "GET /v1.0/dvi/service-todos")]
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
    /// `GET /v1.0/dvi/teams`: DingTalk's `ListTeam` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_team_pages`].
    #[doc(alias = "ListTeam")]
    #[doc(alias = "/v1.0/dvi/teams")]
    #[doc(alias = "GET /v1.0/dvi/teams")]
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
    /// `POST /v1.0/dvi/teams/members`: DingTalk's `ManageTeamMember` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ManageTeamMember")]
    #[doc(alias = "/v1.0/dvi/teams/members")]
    #[doc(alias = "POST /v1.0/dvi/teams/members")]
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
    /// `GET /v1.0/dvi/asr/query`: DingTalk's `QueryAsrTask` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::query_asr_task_pages`].
    #[doc(alias = "QueryAsrTask")]
    #[doc(alias = "/v1.0/dvi/asr/query")]
    #[doc(alias = "GET /v1.0/dvi/asr/query")]
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
    /// `POST /v1.0/dvi/device/audio/list`: DingTalk's `QueryAudioFile` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_audio_file_pages`].
    #[doc(alias = "QueryAudioFile")]
    #[doc(alias = "/v1.0/dvi/device/audio/list")]
    #[doc(alias = "POST /v1.0/dvi/device/audio/list")]
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
    /// `POST /v1.0/dvi/device/list`: DingTalk's `QueryDeviceDetail` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDeviceDetail")]
    #[doc(alias = "/v1.0/dvi/device/list")]
    #[doc(alias = "POST /v1.0/dvi/device/list")]
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
    /// `POST /v1.0/dvi/device/status`: DingTalk's `QueryDeviceStatus` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDeviceStatus")]
    #[doc(alias = "/v1.0/dvi/device/status")]
    #[doc(alias = "POST /v1.0/dvi/device/status")]
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
    /// `GET /v1.0/dvi/audios/minutes`: DingTalk's `QueryFileInfoByMinutesId` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryFileInfoByMinutesId")]
    #[doc(alias = "/v1.0/dvi/audios/minutes")]
    #[doc(alias = "GET /v1.0/dvi/audios/minutes")]
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
    /// `POST /v1.0/dvi/sales/insights`: DingTalk's `QuerySalesInsights` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySalesInsights")]
    #[doc(alias = "/v1.0/dvi/sales/insights")]
    #[doc(alias = "POST /v1.0/dvi/sales/insights")]
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
    /// `POST /v1.0/dvi/service-record/location`: DingTalk's `QueryServiceRecordLocation` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryServiceRecordLocation")]
    #[doc(alias = "/v1.0/dvi/service-record/location")]
    #[doc(alias = "POST /v1.0/dvi/service-record/location")]
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
    /// `POST /v1.0/dvi/data/staff`: DingTalk's `QueryStaffStatisticData` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_staff_statistic_data_pages`].
    #[doc(alias = "QueryStaffStatisticData")]
    #[doc(alias = "/v1.0/dvi/data/staff")]
    #[doc(alias = "POST /v1.0/dvi/data/staff")]
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
    /// `POST /v1.0/dvi/user/location`: DingTalk's `QueryUserBindDeviceLocation` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserBindDeviceLocation")]
    #[doc(alias = "/v1.0/dvi/user/location")]
    #[doc(alias = "POST /v1.0/dvi/user/location")]
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
    /// `GET /v1.0/dvi/device/queryUserDeviceLocation`: DingTalk's `QueryUserDeviceLocation` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserDeviceLocation")]
    #[doc(alias = "/v1.0/dvi/device/queryUserDeviceLocation")]
    #[doc(alias = "GET /v1.0/dvi/device/queryUserDeviceLocation")]
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
    /// `POST /v1.0/dvi/agenttask/submit`: DingTalk's `SubmitAgentTask` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubmitAgentTask")]
    #[doc(alias = "/v1.0/dvi/agenttask/submit")]
    #[doc(alias = "POST /v1.0/dvi/agenttask/submit")]
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
    /// `POST /v1.0/dvi/asr/create`: DingTalk's `SubmitAsrTask` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubmitAsrTask")]
    #[doc(alias = "/v1.0/dvi/asr/create")]
    #[doc(alias = "POST /v1.0/dvi/asr/create")]
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
    /// `POST /v1.0/dvi/customersplit/submit`: DingTalk's `SubmitCustomerSplitData` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubmitCustomerSplitData")]
    #[doc(alias = "/v1.0/dvi/customersplit/submit")]
    #[doc(alias = "POST /v1.0/dvi/customersplit/submit")]
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
    /// `POST /v1.0/dvi/devices/binding/update`: DingTalk's `UpdateDeviceBinding` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateDeviceBinding")]
    #[doc(alias = "/v1.0/dvi/devices/binding/update")]
    #[doc(alias = "POST /v1.0/dvi/devices/binding/update")]
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
    /// `PUT /v1.0/dvi/devices/recording/schedules`: DingTalk's `UpdateRecordingSchedule` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateRecordingSchedule")]
    #[doc(alias = "/v1.0/dvi/devices/recording/schedules")]
    #[doc(alias = "PUT /v1.0/dvi/devices/recording/schedules")]
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
    /// `POST /v1.0/dvi/service/batch-update-restrict`: DingTalk's `UpdateServiceRecordRestrict` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateServiceRecordRestrict")]
    #[doc(alias = "/v1.0/dvi/service/batch-update-restrict")]
    #[doc(alias = "POST /v1.0/dvi/service/batch-update-restrict")]
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
    /// `PUT /v1.0/dvi/teams`: DingTalk's `UpdateTeam` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTeam")]
    #[doc(alias = "/v1.0/dvi/teams")]
    #[doc(alias = "PUT /v1.0/dvi/teams")]
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
    /// `POST /v1.0/dvi/service/audiosplit`: DingTalk's `VideoCustomerSplit` (module feature `dvi_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "VideoCustomerSplit")]
    #[doc(alias = "/v1.0/dvi/service/audiosplit")]
    #[doc(alias = "POST /v1.0/dvi/service/audiosplit")]
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryA1IndustryDeviceBindingResponseBody {
    /// `result`.
    pub result: Option<BatchQueryA1IndustryDeviceBindingResponseBodyResult>,
}
rt::impl_deserialize! {
    BatchQueryA1IndustryDeviceBindingResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryA1IndustryDeviceBindingResponseBody { "result" => optional(result) }
}
/// `BatchQueryUserDeviceStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryUserDeviceStatusResponseBody {
    /// `result`.
    pub result: Option<BatchQueryUserDeviceStatusResponseBodyResult>,
}
rt::impl_deserialize! {
    BatchQueryUserDeviceStatusResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryUserDeviceStatusResponseBody { "result" => optional(result) }
}
/// `BatchUpdateDeviceCutCustomerSwitchResponseBody`, a model several operations share: also named [`ControlRecordingResponseBody`], [`ManageTeamMemberResponseBody`], [`UpdateDeviceBindingResponseBody`], [`UpdateTeamResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchUpdateDeviceCutCustomerSwitchResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    BatchUpdateDeviceCutCustomerSwitchResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchUpdateDeviceCutCustomerSwitchResponseBody { "result" => optional(result) }
}
/// `ControlRecordingResponseBody`: the same model as [`BatchUpdateDeviceCutCustomerSwitchResponseBody`].
pub type ControlRecordingResponseBody = BatchUpdateDeviceCutCustomerSwitchResponseBody;
/// `CreateAsrTranscriptionResponseBody`, a model several operations share: also named [`SubmitAgentTaskResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAsrTranscriptionResponseBody {
    /// `result`.
    pub result: Option<CreateAsrTranscriptionResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateAsrTranscriptionResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAsrTranscriptionResponseBody { "result" => optional(result) }
}
/// `CreateRecordingScheduleRequestSchedules`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateRecordingScheduleRequestSchedules {
    /// `businessOrder`.
    pub business_order: String,
    /// `endTime`.
    pub end_time: i64,
    /// `startTime`.
    pub start_time: i64,
}
/// The required fields of [`CreateRecordingScheduleRequestSchedules`], each named where it is set: `CreateRecordingScheduleRequestSchedules::new(CreateRecordingScheduleRequestSchedulesRequired { .. })`.
pub struct CreateRecordingScheduleRequestSchedulesRequired {
    /// `businessOrder`: see [`CreateRecordingScheduleRequestSchedules::business_order`].
    pub business_order: String,
    /// `endTime`: see [`CreateRecordingScheduleRequestSchedules::end_time`].
    pub end_time: i64,
    /// `startTime`: see [`CreateRecordingScheduleRequestSchedules::start_time`].
    pub start_time: i64,
}
impl CreateRecordingScheduleRequestSchedules {
    /// A `CreateRecordingScheduleRequestSchedules` with its required fields (`businessOrder`, `endTime`, `startTime`); set the others with the methods named after them.
    pub fn new(required: CreateRecordingScheduleRequestSchedulesRequired) -> Self {
        let CreateRecordingScheduleRequestSchedulesRequired {
            business_order,
            end_time,
            start_time,
        } = required;
        Self {
            business_order,
            end_time,
            start_time,
        }
    }
}
rt::impl_serialize! {
    CreateRecordingScheduleRequestSchedules { "businessOrder" => field(business_order),
    "endTime" => field(end_time), "startTime" => field(start_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRecordingScheduleRequestSchedules { "businessOrder" =>
    read_field(business_order), "endTime" => read_field(end_time), "startTime" =>
    read_field(start_time) }
}
/// `CreateRecordingScheduleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateRecordingScheduleResponseBody {
    /// `result`.
    pub result: Option<Vec<CreateRecordingScheduleResponseBodyResult>>,
}
rt::impl_deserialize! {
    CreateRecordingScheduleResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateRecordingScheduleResponseBody { "result" => optional(result) }
}
/// `CreateTeamResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTeamResponseBody {
    /// `result`.
    pub result: Option<CreateTeamResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateTeamResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTeamResponseBody { "result" => optional(result) }
}
/// `DeleteRecordingScheduleResponseBody`, a model several operations share: also named [`UpdateRecordingScheduleResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteRecordingScheduleResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeleteRecordingScheduleResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteRecordingScheduleResponseBody { "success" => optional(success) }
}
/// `GetA1DeviceBindingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetA1DeviceBindingResponseBody {
    /// `result`.
    pub result: Option<GetA1DeviceBindingResponseBodyResult>,
}
rt::impl_deserialize! {
    GetA1DeviceBindingResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetA1DeviceBindingResponseBody { "result" => optional(result) }
}
/// `GetA1DeviceDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetA1DeviceDetailResponseBody {
    /// `result`.
    pub result: Option<GetA1DeviceDetailResponseBodyResult>,
}
rt::impl_deserialize! {
    GetA1DeviceDetailResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetA1DeviceDetailResponseBody { "result" => optional(result) }
}
/// `GetAsrTranscriptionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAsrTranscriptionResponseBody {
    /// `result`.
    pub result: Option<GetAsrTranscriptionResponseBodyResult>,
}
rt::impl_deserialize! {
    GetAsrTranscriptionResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAsrTranscriptionResponseBody { "result" => optional(result) }
}
/// `GetAudioFileDownloadInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAudioFileDownloadInfoResponseBody {
    /// `result`.
    pub result: Option<GetAudioFileDownloadInfoResponseBodyResult>,
}
rt::impl_deserialize! {
    GetAudioFileDownloadInfoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAudioFileDownloadInfoResponseBody { "result" => optional(result) }
}
/// `GetAudioFileInfoResponseBody`, a model several operations share: also named [`QueryFileInfoByMinutesIdResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAudioFileInfoResponseBody {
    /// `result`.
    pub result: Option<GetAudioFileInfoResponseBodyResult>,
}
rt::impl_deserialize! {
    GetAudioFileInfoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAudioFileInfoResponseBody { "result" => optional(result) }
}
/// `GetCustomerInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCustomerInfoResponseBody {
    /// `result`.
    pub result: Option<GetCustomerInfoResponseBodyResult>,
}
rt::impl_deserialize! {
    GetCustomerInfoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCustomerInfoResponseBody { "result" => optional(result) }
}
/// `GetCustomerInsightResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCustomerInsightResponseBody {
    /// `result`.
    pub result: Option<GetCustomerInsightResponseBodyResult>,
}
rt::impl_deserialize! {
    GetCustomerInsightResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCustomerInsightResponseBody { "result" => optional(result) }
}
/// `GetRecordingScheduleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRecordingScheduleResponseBody {
    /// `result`.
    pub result: Option<GetRecordingScheduleResponseBodyResult>,
}
rt::impl_deserialize! {
    GetRecordingScheduleResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecordingScheduleResponseBody { "result" => optional(result) }
}
/// `GetServiceChapterSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceChapterSummaryResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<GetServiceChapterSummaryResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetServiceChapterSummaryResponseBody { "nextToken" => read_field(next_token),
    "result" => read_field(result), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceChapterSummaryResponseBody { "nextToken" => optional(next_token), "result"
    => optional(result), "totalCount" => optional(total_count) }
}
/// `GetServiceChatSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceChatSummaryResponseBody {
    /// `result`.
    pub result: Option<GetServiceChatSummaryResponseBodyResult>,
}
rt::impl_deserialize! {
    GetServiceChatSummaryResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceChatSummaryResponseBody { "result" => optional(result) }
}
/// `GetServiceQualityInspectionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceQualityInspectionResponseBody {
    /// `result`.
    pub result: Option<GetServiceQualityInspectionResponseBodyResult>,
}
rt::impl_deserialize! {
    GetServiceQualityInspectionResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceQualityInspectionResponseBody { "result" => optional(result) }
}
/// `GetServiceRecordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceRecordResponseBody {
    /// `result`.
    pub result: Option<GetServiceRecordResponseBodyResult>,
}
rt::impl_deserialize! {
    GetServiceRecordResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceRecordResponseBody { "result" => optional(result) }
}
/// `GetServiceRecordTranscriptResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceRecordTranscriptResponseBody {
    /// `result`.
    pub result: Option<GetServiceRecordTranscriptResponseBodyResult>,
}
rt::impl_deserialize! {
    GetServiceRecordTranscriptResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceRecordTranscriptResponseBody { "result" => optional(result) }
}
/// `GetSolutionConfigResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSolutionConfigResponseBody {
    /// `result`.
    pub result: Option<GetSolutionConfigResponseBodyResult>,
}
rt::impl_deserialize! {
    GetSolutionConfigResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSolutionConfigResponseBody { "result" => optional(result) }
}
/// `GetTeamResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTeamResponseBody {
    /// `result`.
    pub result: Option<GetTeamResponseBodyResult>,
}
rt::impl_deserialize! {
    GetTeamResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTeamResponseBody { "result" => optional(result) }
}
/// `GetTeamMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTeamMemberResponseBody {
    /// `result`.
    pub result: Option<GetTeamMemberResponseBodyResult>,
}
rt::impl_deserialize! {
    GetTeamMemberResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTeamMemberResponseBody { "result" => optional(result) }
}
/// `GetTranscriptSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTranscriptSummaryResponseBody {
    /// `result`.
    pub result: Option<GetTranscriptSummaryResponseBodyResult>,
}
rt::impl_deserialize! {
    GetTranscriptSummaryResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTranscriptSummaryResponseBody { "result" => optional(result) }
}
/// `ListA1DeviceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListA1DeviceResponseBody {
    /// `result`.
    pub result: Option<ListA1DeviceResponseBodyResult>,
}
rt::impl_deserialize! {
    ListA1DeviceResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListA1DeviceResponseBody { "result" => optional(result) }
}
/// `ListCustomerResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCustomerResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<ListCustomerResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListCustomerResponseBody { "nextToken" => read_field(next_token), "result" =>
    read_field(result), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCustomerResponseBody { "nextToken" => optional(next_token), "result" =>
    optional(result), "totalCount" => optional(total_count) }
}
/// `ListDeviceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListDeviceResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<ListDeviceResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListDeviceResponseBody { "nextToken" => read_field(next_token), "result" =>
    read_field(result), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListDeviceResponseBody { "nextToken" => optional(next_token), "result" =>
    optional(result), "totalCount" => optional(total_count) }
}
/// `ListDeviceRecordingDurationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListDeviceRecordingDurationResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<ListDeviceRecordingDurationResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListDeviceRecordingDurationResponseBody { "nextToken" => read_field(next_token),
    "result" => read_field(result), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListDeviceRecordingDurationResponseBody { "nextToken" => optional(next_token),
    "result" => optional(result), "totalCount" => optional(total_count) }
}
/// `ListServiceRecordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListServiceRecordResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<ListServiceRecordResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListServiceRecordResponseBody { "nextToken" => read_field(next_token), "result" =>
    read_field(result), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListServiceRecordResponseBody { "nextToken" => optional(next_token), "result" =>
    optional(result), "totalCount" => optional(total_count) }
}
/// `ListServiceTodoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListServiceTodoResponseBody {
    /// `result`.
    pub result: Option<Vec<ListServiceTodoResponseBodyResult>>,
}
rt::impl_deserialize! {
    ListServiceTodoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListServiceTodoResponseBody { "result" => optional(result) }
}
/// `ListTeamResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTeamResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<ListTeamResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListTeamResponseBody { "nextToken" => read_field(next_token), "result" =>
    read_field(result), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTeamResponseBody { "nextToken" => optional(next_token), "result" =>
    optional(result), "totalCount" => optional(total_count) }
}
/// `ManageTeamMemberRequestAddMembers`, a model several operations share: also named [`ManageTeamMemberRequestRemoveMembers`].
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
rt::impl_serialize! {
    ManageTeamMemberRequestAddMembers { "adminUserIds" => optional(admin_user_ids),
    "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ManageTeamMemberRequestAddMembers { "adminUserIds" => read_field(admin_user_ids),
    "userIds" => read_field(user_ids) }
}
/// `ManageTeamMemberRequestRemoveMembers`: the same model as [`ManageTeamMemberRequestAddMembers`].
pub type ManageTeamMemberRequestRemoveMembers = ManageTeamMemberRequestAddMembers;
/// `ManageTeamMemberResponseBody`: the same model as [`BatchUpdateDeviceCutCustomerSwitchResponseBody`].
pub type ManageTeamMemberResponseBody = BatchUpdateDeviceCutCustomerSwitchResponseBody;
/// `QueryAsrTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryAsrTaskResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAsrTaskResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `QueryAudioFileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAudioFileResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<QueryAudioFileResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryAudioFileResponseBody { "nextToken" => read_field(next_token), "result" =>
    read_field(result), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAudioFileResponseBody { "nextToken" => optional(next_token), "result" =>
    optional(result), "totalCount" => optional(total_count) }
}
/// `QueryDeviceDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDeviceDetailResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryDeviceDetailResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryDeviceDetailResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceDetailResponseBody { "result" => optional(result) }
}
/// `QueryDeviceStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDeviceStatusResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryDeviceStatusResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryDeviceStatusResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceStatusResponseBody { "result" => optional(result) }
}
/// `QueryFileInfoByMinutesIdResponseBody`: the same model as [`GetAudioFileInfoResponseBody`].
pub type QueryFileInfoByMinutesIdResponseBody = GetAudioFileInfoResponseBody;
/// `QuerySalesInsightsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySalesInsightsResponseBody {
    /// `result`.
    pub result: Option<Vec<QuerySalesInsightsResponseBodyResult>>,
}
rt::impl_deserialize! {
    QuerySalesInsightsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySalesInsightsResponseBody { "result" => optional(result) }
}
/// `QueryServiceRecordLocationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryServiceRecordLocationResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryServiceRecordLocationResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryServiceRecordLocationResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryServiceRecordLocationResponseBody { "result" => optional(result) }
}
/// `QueryStaffStatisticDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryStaffStatisticDataResponseBody { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "result" => read_field(result), "success" =>
    read_field(success), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryStaffStatisticDataResponseBody { "maxResults" => optional(max_results),
    "nextToken" => optional(next_token), "result" => optional(result), "success" =>
    optional(success), "totalCount" => optional(total_count) }
}
/// `QueryUserBindDeviceLocationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserBindDeviceLocationResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryUserBindDeviceLocationResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryUserBindDeviceLocationResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserBindDeviceLocationResponseBody { "result" => optional(result) }
}
/// `QueryUserDeviceLocationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserDeviceLocationResponseBody {
    /// `result`.
    pub result: Option<QueryUserDeviceLocationResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryUserDeviceLocationResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserDeviceLocationResponseBody { "result" => optional(result) }
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
rt::impl_serialize! {
    SubmitAsrTaskRequestTranscription { "diarization" => optional(diarization),
    "diarizationEnabled" => optional(diarization_enabled) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitAsrTaskRequestTranscription { "diarization" => read_field(diarization),
    "diarizationEnabled" => read_field(diarization_enabled) }
}
/// `SubmitAsrTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    SubmitAsrTaskResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SubmitAsrTaskResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `SubmitCustomerSplitDataRequestSplitParams`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SubmitCustomerSplitDataRequestSplitParams {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `outBizData`.
    pub out_biz_data: Option<String>,
    /// `startTime`.
    pub start_time: i64,
}
/// The required fields of [`SubmitCustomerSplitDataRequestSplitParams`], each named where it is set: `SubmitCustomerSplitDataRequestSplitParams::new(SubmitCustomerSplitDataRequestSplitParamsRequired { .. })`.
pub struct SubmitCustomerSplitDataRequestSplitParamsRequired {
    /// `startTime`: see [`SubmitCustomerSplitDataRequestSplitParams::start_time`].
    pub start_time: i64,
}
impl SubmitCustomerSplitDataRequestSplitParams {
    /// A `SubmitCustomerSplitDataRequestSplitParams` with its required fields (`startTime`); set the others with the methods named after them.
    pub fn new(required: SubmitCustomerSplitDataRequestSplitParamsRequired) -> Self {
        let SubmitCustomerSplitDataRequestSplitParamsRequired { start_time } = required;
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
rt::impl_serialize! {
    SubmitCustomerSplitDataRequestSplitParams { "endTime" => optional(end_time),
    "outBizData" => optional(out_biz_data), "startTime" => field(start_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitCustomerSplitDataRequestSplitParams { "endTime" => read_field(end_time),
    "outBizData" => read_field(out_biz_data), "startTime" => read_field(start_time) }
}
/// `SubmitCustomerSplitDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SubmitCustomerSplitDataResponseBody {
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<SubmitCustomerSplitDataResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SubmitCustomerSplitDataResponseBody { "errorMsg" => read_field(error_msg), "result"
    => read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SubmitCustomerSplitDataResponseBody { "errorMsg" => optional(error_msg), "result" =>
    optional(result), "success" => optional(success) }
}
/// `UpdateDeviceBindingResponseBody`: the same model as [`BatchUpdateDeviceCutCustomerSwitchResponseBody`].
pub type UpdateDeviceBindingResponseBody = BatchUpdateDeviceCutCustomerSwitchResponseBody;
/// `UpdateRecordingScheduleResponseBody`: the same model as [`DeleteRecordingScheduleResponseBody`].
pub type UpdateRecordingScheduleResponseBody = DeleteRecordingScheduleResponseBody;
/// `UpdateServiceRecordRestrictResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateServiceRecordRestrictResponseBody {
    /// `result`.
    pub result: Option<UpdateServiceRecordRestrictResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateServiceRecordRestrictResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateServiceRecordRestrictResponseBody { "result" => optional(result) }
}
/// `UpdateTeamResponseBody`: the same model as [`BatchUpdateDeviceCutCustomerSwitchResponseBody`].
pub type UpdateTeamResponseBody = BatchUpdateDeviceCutCustomerSwitchResponseBody;
/// `VideoCustomerSplitRequestCustomer`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct VideoCustomerSplitRequestCustomer {
    /// `customers`.
    pub customers: Vec<VideoCustomerSplitRequestCustomerCustomers>,
}
/// The required fields of [`VideoCustomerSplitRequestCustomer`], each named where it is set: `VideoCustomerSplitRequestCustomer::new(VideoCustomerSplitRequestCustomerRequired { .. })`.
pub struct VideoCustomerSplitRequestCustomerRequired {
    /// `customers`: see [`VideoCustomerSplitRequestCustomer::customers`].
    pub customers: Vec<VideoCustomerSplitRequestCustomerCustomers>,
}
impl VideoCustomerSplitRequestCustomer {
    /// A `VideoCustomerSplitRequestCustomer` with its required fields (`customers`); set the others with the methods named after them.
    pub fn new(required: VideoCustomerSplitRequestCustomerRequired) -> Self {
        let VideoCustomerSplitRequestCustomerRequired { customers } = required;
        Self { customers }
    }
}
rt::impl_serialize! {
    VideoCustomerSplitRequestCustomer { "customers" => field(customers) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    VideoCustomerSplitRequestCustomer { "customers" => read_field(customers) }
}
/// `VideoCustomerSplitResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    VideoCustomerSplitResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    VideoCustomerSplitResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `BatchQueryA1IndustryDeviceBindingResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryA1IndustryDeviceBindingResponseBodyResult {
    /// `partialSuccess`.
    pub partial_success: Option<bool>,
    /// `results`.
    pub results: Option<Vec<BatchQueryA1IndustryDeviceBindingResponseBodyResultResults>>,
}
rt::impl_deserialize! {
    BatchQueryA1IndustryDeviceBindingResponseBodyResult { "partialSuccess" =>
    read_field(partial_success), "results" => read_field(results) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryA1IndustryDeviceBindingResponseBodyResult { "partialSuccess" =>
    optional(partial_success), "results" => optional(results) }
}
/// `BatchQueryUserDeviceStatusResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryUserDeviceStatusResponseBodyResult {
    /// `userDeviceStatusMap`.
    pub user_device_status_map: Option<
        rt::BTreeMap<String, Vec<ResultUserDeviceStatusMapValue>>,
    >,
}
rt::impl_deserialize! {
    BatchQueryUserDeviceStatusResponseBodyResult { "userDeviceStatusMap" =>
    read_field(user_device_status_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryUserDeviceStatusResponseBodyResult { "userDeviceStatusMap" =>
    optional(user_device_status_map) }
}
/// `CreateAsrTranscriptionResponseBodyResult`, a model several operations share: also named [`SubmitAgentTaskResponseBodyResult`], [`SubmitAsrTaskResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAsrTranscriptionResponseBodyResult {
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    CreateAsrTranscriptionResponseBodyResult { "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAsrTranscriptionResponseBodyResult { "taskId" => optional(task_id) }
}
/// `CreateRecordingScheduleResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    CreateRecordingScheduleResponseBodyResult { "businessOrder" =>
    read_field(business_order), "endTime" => read_field(end_time), "startTime" =>
    read_field(start_time), "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateRecordingScheduleResponseBodyResult { "businessOrder" =>
    optional(business_order), "endTime" => optional(end_time), "startTime" =>
    optional(start_time), "taskId" => optional(task_id) }
}
/// `CreateTeamResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTeamResponseBodyResult {
    /// `name`.
    pub name: Option<String>,
    /// `teamCode`.
    pub team_code: Option<String>,
}
rt::impl_deserialize! {
    CreateTeamResponseBodyResult { "name" => read_field(name), "teamCode" =>
    read_field(team_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTeamResponseBodyResult { "name" => optional(name), "teamCode" =>
    optional(team_code) }
}
/// `GetA1DeviceBindingResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetA1DeviceBindingResponseBodyResult {
    /// `binding`.
    pub binding: Option<GetA1DeviceBindingResponseBodyResultBinding>,
}
rt::impl_deserialize! {
    GetA1DeviceBindingResponseBodyResult { "binding" => read_field(binding) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetA1DeviceBindingResponseBodyResult { "binding" => optional(binding) }
}
/// `GetA1DeviceDetailResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetA1DeviceDetailResponseBodyResult {
    /// `device`.
    pub device: Option<GetA1DeviceDetailResponseBodyResultDevice>,
}
rt::impl_deserialize! {
    GetA1DeviceDetailResponseBodyResult { "device" => read_field(device) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetA1DeviceDetailResponseBodyResult { "device" => optional(device) }
}
/// `GetAsrTranscriptionResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetAsrTranscriptionResponseBodyResult { "bizKey" => read_field(biz_key), "nextToken"
    => read_field(next_token), "resultInfo" => read_field(result_info), "taskId" =>
    read_field(task_id), "taskStatus" => read_field(task_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAsrTranscriptionResponseBodyResult { "bizKey" => optional(biz_key), "nextToken" =>
    optional(next_token), "resultInfo" => optional(result_info), "taskId" =>
    optional(task_id), "taskStatus" => optional(task_status) }
}
/// `GetAudioFileDownloadInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAudioFileDownloadInfoResponseBodyResult {
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetAudioFileDownloadInfoResponseBodyResult { "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAudioFileDownloadInfoResponseBodyResult { "url" => optional(url) }
}
/// `GetAudioFileInfoResponseBodyResult`, a model several operations share: also named [`QueryAudioFileResponseBodyResult`], [`QueryFileInfoByMinutesIdResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetAudioFileInfoResponseBodyResult { "attributes" => read_field(attributes),
    "createTime" => read_field(create_time), "creatorUserId" =>
    read_field(creator_user_id), "duration" => read_field(duration), "fileId" =>
    read_field(file_id), "fileName" => read_field(file_name), "fileSize" =>
    read_field(file_size), "sn" => read_field(sn) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAudioFileInfoResponseBodyResult { "attributes" => optional(attributes),
    "createTime" => optional(create_time), "creatorUserId" => optional(creator_user_id),
    "duration" => optional(duration), "fileId" => optional(file_id), "fileName" =>
    optional(file_name), "fileSize" => optional(file_size), "sn" => optional(sn) }
}
/// `GetCustomerInfoResponseBodyResult`, a model several operations share: also named [`ListCustomerResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetCustomerInfoResponseBodyResult { "createAt" => read_field(create_at), "id" =>
    read_field(id), "name" => read_field(name), "ownerUserId" =>
    read_field(owner_user_id), "phone" => read_field(phone), "teamCode" =>
    read_field(team_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCustomerInfoResponseBodyResult { "createAt" => optional(create_at), "id" =>
    optional(id), "name" => optional(name), "ownerUserId" => optional(owner_user_id),
    "phone" => optional(phone), "teamCode" => optional(team_code) }
}
/// `GetCustomerInsightResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCustomerInsightResponseBodyResult {
    /// `intention`.
    pub intention: Option<GetCustomerInsightResponseBodyResultIntention>,
    /// `tag`.
    pub tag: Option<GetCustomerInsightResponseBodyResultTag>,
}
rt::impl_deserialize! {
    GetCustomerInsightResponseBodyResult { "intention" => read_field(intention), "tag" =>
    read_field(tag) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCustomerInsightResponseBodyResult { "intention" => optional(intention), "tag" =>
    optional(tag) }
}
/// `GetRecordingScheduleResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetRecordingScheduleResponseBodyResult { "businessOrder" =>
    read_field(business_order), "endTime" => read_field(end_time), "sn" =>
    read_field(sn), "startTime" => read_field(start_time), "status" =>
    read_field(status), "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRecordingScheduleResponseBodyResult { "businessOrder" => optional(business_order),
    "endTime" => optional(end_time), "sn" => optional(sn), "startTime" =>
    optional(start_time), "status" => optional(status), "taskId" => optional(task_id) }
}
/// `GetServiceChapterSummaryResponseBodyResult`, a model several operations share: also named [`GetServiceChatSummaryResponseBodyResultBasic`], [`GetServiceChatSummaryResponseBodyResultProductItemList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceChapterSummaryResponseBodyResult {
    /// `content`.
    pub content: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    GetServiceChapterSummaryResponseBodyResult { "content" => read_field(content), "name"
    => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceChapterSummaryResponseBodyResult { "content" => optional(content), "name"
    => optional(name) }
}
/// `GetServiceChatSummaryResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceChatSummaryResponseBodyResult {
    /// `basic`.
    pub basic: Option<Vec<GetServiceChatSummaryResponseBodyResultBasic>>,
    /// `product`.
    pub product: Option<Vec<GetServiceChatSummaryResponseBodyResultProduct>>,
}
rt::impl_deserialize! {
    GetServiceChatSummaryResponseBodyResult { "basic" => read_field(basic), "product" =>
    read_field(product) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceChatSummaryResponseBodyResult { "basic" => optional(basic), "product" =>
    optional(product) }
}
/// `GetServiceQualityInspectionResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceQualityInspectionResponseBodyResult {
    /// `groupList`.
    pub group_list: Option<Vec<GetServiceQualityInspectionResponseBodyResultGroupList>>,
    /// `score`.
    pub score: Option<i64>,
    /// `summary`.
    pub summary: Option<String>,
}
rt::impl_deserialize! {
    GetServiceQualityInspectionResponseBodyResult { "groupList" =>
    read_field(group_list), "score" => read_field(score), "summary" =>
    read_field(summary) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceQualityInspectionResponseBodyResult { "groupList" => optional(group_list),
    "score" => optional(score), "summary" => optional(summary) }
}
/// `GetServiceRecordResponseBodyResult`, a model several operations share: also named [`ListServiceRecordResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetServiceRecordResponseBodyResult { "customerId" => read_field(customer_id),
    "deviceSn" => read_field(device_sn), "duration" => read_field(duration),
    "endTimestamp" => read_field(end_timestamp), "outBizData" =>
    read_field(out_biz_data), "qualityInspectionScore" =>
    read_field(quality_inspection_score), "recordId" => read_field(record_id),
    "sceneInfo" => read_field(scene_info), "startTimestamp" =>
    read_field(start_timestamp), "team" => read_field(team), "user" => read_field(user),
    "valid" => read_field(valid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceRecordResponseBodyResult { "customerId" => optional(customer_id),
    "deviceSn" => optional(device_sn), "duration" => optional(duration), "endTimestamp"
    => optional(end_timestamp), "outBizData" => optional(out_biz_data),
    "qualityInspectionScore" => optional(quality_inspection_score), "recordId" =>
    optional(record_id), "sceneInfo" => optional(scene_info), "startTimestamp" =>
    optional(start_timestamp), "team" => optional(team), "user" => optional(user),
    "valid" => optional(valid) }
}
/// `GetServiceRecordTranscriptResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceRecordTranscriptResponseBodyResult {
    /// `audionText`.
    pub audion_text: Option<GetServiceRecordTranscriptResponseBodyResultAudionText>,
    /// `speaker`.
    pub speaker: Option<GetServiceRecordTranscriptResponseBodyResultSpeaker>,
}
rt::impl_deserialize! {
    GetServiceRecordTranscriptResponseBodyResult { "audionText" =>
    read_field(audion_text), "speaker" => read_field(speaker) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceRecordTranscriptResponseBodyResult { "audionText" => optional(audion_text),
    "speaker" => optional(speaker) }
}
/// `GetSolutionConfigResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSolutionConfigResponseBodyResult {
    /// `dialectList`.
    pub dialect_list: Option<Vec<GetSolutionConfigResponseBodyResultDialectList>>,
    /// `solutionList`.
    pub solution_list: Option<Vec<GetSolutionConfigResponseBodyResultSolutionList>>,
}
rt::impl_deserialize! {
    GetSolutionConfigResponseBodyResult { "dialectList" => read_field(dialect_list),
    "solutionList" => read_field(solution_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSolutionConfigResponseBodyResult { "dialectList" => optional(dialect_list),
    "solutionList" => optional(solution_list) }
}
/// `GetTeamResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetTeamResponseBodyResult { "code" => read_field(code), "dialectCode" =>
    read_field(dialect_code), "dialectName" => read_field(dialect_name), "name" =>
    read_field(name), "parentTeamCode" => read_field(parent_team_code), "sceneList" =>
    read_field(scene_list), "solutionCode" => read_field(solution_code), "solutionName"
    => read_field(solution_name), "tagList" => read_field(tag_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTeamResponseBodyResult { "code" => optional(code), "dialectCode" =>
    optional(dialect_code), "dialectName" => optional(dialect_name), "name" =>
    optional(name), "parentTeamCode" => optional(parent_team_code), "sceneList" =>
    optional(scene_list), "solutionCode" => optional(solution_code), "solutionName" =>
    optional(solution_name), "tagList" => optional(tag_list) }
}
/// `GetTeamMemberResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTeamMemberResponseBodyResult {
    /// `admins`.
    pub admins: Option<Vec<GetTeamMemberResponseBodyResultAdmins>>,
    /// `members`.
    pub members: Option<Vec<GetTeamMemberResponseBodyResultMembers>>,
}
rt::impl_deserialize! {
    GetTeamMemberResponseBodyResult { "admins" => read_field(admins), "members" =>
    read_field(members) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTeamMemberResponseBodyResult { "admins" => optional(admins), "members" =>
    optional(members) }
}
/// `GetTranscriptSummaryResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTranscriptSummaryResponseBodyResult {
    /// `content`.
    pub content: Option<String>,
}
rt::impl_deserialize! {
    GetTranscriptSummaryResponseBodyResult { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTranscriptSummaryResponseBodyResult { "content" => optional(content) }
}
/// `ListA1DeviceResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListA1DeviceResponseBodyResult {
    /// `items`.
    pub items: Option<Vec<ListA1DeviceResponseBodyResultItems>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListA1DeviceResponseBodyResult { "items" => read_field(items), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListA1DeviceResponseBodyResult { "items" => optional(items), "nextToken" =>
    optional(next_token) }
}
/// `ListCustomerResponseBodyResult`: the same model as [`GetCustomerInfoResponseBodyResult`].
pub type ListCustomerResponseBodyResult = GetCustomerInfoResponseBodyResult;
/// `ListDeviceResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListDeviceResponseBodyResult { "bindTimestamp" => read_field(bind_timestamp), "sn" =>
    read_field(sn), "teamCode" => read_field(team_code), "userId" => read_field(user_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListDeviceResponseBodyResult { "bindTimestamp" => optional(bind_timestamp), "sn" =>
    optional(sn), "teamCode" => optional(team_code), "userId" => optional(user_id) }
}
/// `ListDeviceRecordingDurationResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListDeviceRecordingDurationResponseBodyResult { "duration" => read_field(duration),
    "endTimestamp" => read_field(end_timestamp), "recordId" => read_field(record_id),
    "sn" => read_field(sn), "startTimestamp" => read_field(start_timestamp) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListDeviceRecordingDurationResponseBodyResult { "duration" => optional(duration),
    "endTimestamp" => optional(end_timestamp), "recordId" => optional(record_id), "sn" =>
    optional(sn), "startTimestamp" => optional(start_timestamp) }
}
/// `ListServiceRecordResponseBodyResult`: the same model as [`GetServiceRecordResponseBodyResult`].
pub type ListServiceRecordResponseBodyResult = GetServiceRecordResponseBodyResult;
/// `ListServiceTodoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListServiceTodoResponseBodyResult { "creator" => read_field(creator), "dingTodoId" =>
    read_field(ding_todo_id), "executors" => read_field(executors), "finished" =>
    read_field(finished), "planFinishDate" => read_field(plan_finish_date), "todoContent"
    => read_field(todo_content), "uuid" => read_field(uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListServiceTodoResponseBodyResult { "creator" => optional(creator), "dingTodoId" =>
    optional(ding_todo_id), "executors" => optional(executors), "finished" =>
    optional(finished), "planFinishDate" => optional(plan_finish_date), "todoContent" =>
    optional(todo_content), "uuid" => optional(uuid) }
}
/// `ListTeamResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListTeamResponseBodyResult { "code" => read_field(code), "name" => read_field(name),
    "parentTeamCode" => read_field(parent_team_code), "tagList" => read_field(tag_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTeamResponseBodyResult { "code" => optional(code), "name" => optional(name),
    "parentTeamCode" => optional(parent_team_code), "tagList" => optional(tag_list) }
}
/// `QueryAsrTaskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryAsrTaskResponseBodyResult { "bizKey" => read_field(biz_key), "nextToken" =>
    read_field(next_token), "resultInfo" => read_field(result_info), "taskId" =>
    read_field(task_id), "taskStatus" => read_field(task_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAsrTaskResponseBodyResult { "bizKey" => optional(biz_key), "nextToken" =>
    optional(next_token), "resultInfo" => optional(result_info), "taskId" =>
    optional(task_id), "taskStatus" => optional(task_status) }
}
/// `QueryAudioFileResponseBodyResult`: the same model as [`GetAudioFileInfoResponseBodyResult`].
pub type QueryAudioFileResponseBodyResult = GetAudioFileInfoResponseBodyResult;
/// `QueryDeviceDetailResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryDeviceDetailResponseBodyResult { "bindTimestamp" => read_field(bind_timestamp),
    "deviceName" => read_field(device_name), "sn" => read_field(sn), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceDetailResponseBodyResult { "bindTimestamp" => optional(bind_timestamp),
    "deviceName" => optional(device_name), "sn" => optional(sn), "userId" =>
    optional(user_id) }
}
/// `QueryDeviceStatusResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryDeviceStatusResponseBodyResult { "battery" => read_field(battery), "firmware" =>
    read_field(firmware), "recordingStartTime" => read_field(recording_start_time), "sn"
    => read_field(sn), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceStatusResponseBodyResult { "battery" => optional(battery), "firmware" =>
    optional(firmware), "recordingStartTime" => optional(recording_start_time), "sn" =>
    optional(sn), "status" => optional(status) }
}
/// `QueryFileInfoByMinutesIdResponseBodyResult`: the same model as [`GetAudioFileInfoResponseBodyResult`].
pub type QueryFileInfoByMinutesIdResponseBodyResult = GetAudioFileInfoResponseBodyResult;
/// `QuerySalesInsightsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QuerySalesInsightsResponseBodyResult { "analysisDate" => read_field(analysis_date),
    "capabilityRadar" => read_field(capability_radar), "insightList" =>
    read_field(insight_list), "teamCode" => read_field(team_code), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySalesInsightsResponseBodyResult { "analysisDate" => optional(analysis_date),
    "capabilityRadar" => optional(capability_radar), "insightList" =>
    optional(insight_list), "teamCode" => optional(team_code), "userId" =>
    optional(user_id) }
}
/// `QueryServiceRecordLocationResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryServiceRecordLocationResponseBodyResult {
    /// `locations`.
    pub locations: Option<Vec<QueryServiceRecordLocationResponseBodyResultLocations>>,
    /// `recordId`.
    pub record_id: Option<String>,
}
rt::impl_deserialize! {
    QueryServiceRecordLocationResponseBodyResult { "locations" => read_field(locations),
    "recordId" => read_field(record_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryServiceRecordLocationResponseBodyResult { "locations" => optional(locations),
    "recordId" => optional(record_id) }
}
/// `QueryStaffStatisticDataResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryStaffStatisticDataResponseBodyResult { "averageQualityInspectionScorePerService"
    => read_field(average_quality_inspection_score_per_service), "day" =>
    read_field(day), "highestQualityInspectionScore" =>
    read_field(highest_quality_inspection_score), "qualityInspectL1Data" =>
    read_field(quality_inspect_l1_data), "saleSopPercentage" =>
    read_field(sale_sop_percentage), "serviceRecordCount" =>
    read_field(service_record_count), "serviceRecordWithInvalidCount" =>
    read_field(service_record_with_invalid_count), "staffName" => read_field(staff_name),
    "teamCode" => read_field(team_code), "teamName" => read_field(team_name),
    "totalServiceTime" => read_field(total_service_time), "userId" => read_field(user_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryStaffStatisticDataResponseBodyResult { "averageQualityInspectionScorePerService"
    => optional(average_quality_inspection_score_per_service), "day" => optional(day),
    "highestQualityInspectionScore" => optional(highest_quality_inspection_score),
    "qualityInspectL1Data" => optional(quality_inspect_l1_data), "saleSopPercentage" =>
    optional(sale_sop_percentage), "serviceRecordCount" =>
    optional(service_record_count), "serviceRecordWithInvalidCount" =>
    optional(service_record_with_invalid_count), "staffName" => optional(staff_name),
    "teamCode" => optional(team_code), "teamName" => optional(team_name),
    "totalServiceTime" => optional(total_service_time), "userId" => optional(user_id) }
}
/// `QueryUserBindDeviceLocationResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryUserBindDeviceLocationResponseBodyResult { "latestLocation" =>
    read_field(latest_location), "sn" => read_field(sn), "userId" => read_field(user_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserBindDeviceLocationResponseBodyResult { "latestLocation" =>
    optional(latest_location), "sn" => optional(sn), "userId" => optional(user_id) }
}
/// `QueryUserDeviceLocationResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserDeviceLocationResponseBodyResult {
    /// `deviceLocations`.
    pub device_locations: Option<
        Vec<QueryUserDeviceLocationResponseBodyResultDeviceLocations>,
    >,
}
rt::impl_deserialize! {
    QueryUserDeviceLocationResponseBodyResult { "deviceLocations" =>
    read_field(device_locations) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserDeviceLocationResponseBodyResult { "deviceLocations" =>
    optional(device_locations) }
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
rt::impl_serialize! {
    SubmitAsrTaskRequestTranscriptionDiarization { "speakerCount" =>
    optional(speaker_count) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitAsrTaskRequestTranscriptionDiarization { "speakerCount" =>
    read_field(speaker_count) }
}
/// `SubmitAsrTaskResponseBodyResult`: the same model as [`CreateAsrTranscriptionResponseBodyResult`].
pub type SubmitAsrTaskResponseBodyResult = CreateAsrTranscriptionResponseBodyResult;
/// `SubmitCustomerSplitDataResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SubmitCustomerSplitDataResponseBodyResult {
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    SubmitCustomerSplitDataResponseBodyResult { "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SubmitCustomerSplitDataResponseBodyResult { "requestId" => optional(request_id) }
}
/// `UpdateServiceRecordRestrictResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    UpdateServiceRecordRestrictResponseBodyResult { "failCount" =>
    read_field(fail_count), "failedRecordIds" => read_field(failed_record_ids),
    "successCount" => read_field(success_count), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateServiceRecordRestrictResponseBodyResult { "failCount" => optional(fail_count),
    "failedRecordIds" => optional(failed_record_ids), "successCount" =>
    optional(success_count), "total" => optional(total) }
}
/// `VideoCustomerSplitRequestCustomerCustomers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct VideoCustomerSplitRequestCustomerCustomers {
    /// `appearance`.
    pub appearance: VideoCustomerSplitRequestCustomerCustomersAppearance,
    /// `customerId`.
    pub customer_id: String,
}
/// The required fields of [`VideoCustomerSplitRequestCustomerCustomers`], each named where it is set: `VideoCustomerSplitRequestCustomerCustomers::new(VideoCustomerSplitRequestCustomerCustomersRequired { .. })`.
pub struct VideoCustomerSplitRequestCustomerCustomersRequired {
    /// `appearance`: see [`VideoCustomerSplitRequestCustomerCustomers::appearance`].
    pub appearance: VideoCustomerSplitRequestCustomerCustomersAppearance,
    /// `customerId`: see [`VideoCustomerSplitRequestCustomerCustomers::customer_id`].
    pub customer_id: String,
}
impl VideoCustomerSplitRequestCustomerCustomers {
    /// A `VideoCustomerSplitRequestCustomerCustomers` with its required fields (`appearance`, `customerId`); set the others with the methods named after them.
    pub fn new(required: VideoCustomerSplitRequestCustomerCustomersRequired) -> Self {
        let VideoCustomerSplitRequestCustomerCustomersRequired {
            appearance,
            customer_id,
        } = required;
        Self { appearance, customer_id }
    }
}
rt::impl_serialize! {
    VideoCustomerSplitRequestCustomerCustomers { "appearance" => field(appearance),
    "customerId" => field(customer_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    VideoCustomerSplitRequestCustomerCustomers { "appearance" => read_field(appearance),
    "customerId" => read_field(customer_id) }
}
/// `VideoCustomerSplitResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct VideoCustomerSplitResponseBodyResult {
    /// `createServiceRecordResult`.
    pub create_service_record_result: Option<
        Vec<VideoCustomerSplitResponseBodyResultCreateServiceRecordResult>,
    >,
}
rt::impl_deserialize! {
    VideoCustomerSplitResponseBodyResult { "createServiceRecordResult" =>
    read_field(create_service_record_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    VideoCustomerSplitResponseBodyResult { "createServiceRecordResult" =>
    optional(create_service_record_result) }
}
/// `BatchQueryA1IndustryDeviceBindingResponseBodyResultResults`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchQueryA1IndustryDeviceBindingResponseBodyResultResults { "bindTimestamp" =>
    read_field(bind_timestamp), "bindingStatus" => read_field(binding_status),
    "errorCode" => read_field(error_code), "errorMessage" => read_field(error_message),
    "sn" => read_field(sn), "success" => read_field(success), "unionId" =>
    read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryA1IndustryDeviceBindingResponseBodyResultResults { "bindTimestamp" =>
    optional(bind_timestamp), "bindingStatus" => optional(binding_status), "errorCode" =>
    optional(error_code), "errorMessage" => optional(error_message), "sn" =>
    optional(sn), "success" => optional(success), "unionId" => optional(union_id) }
}
/// `ResultUserDeviceStatusMapValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ResultUserDeviceStatusMapValue {
    /// `sn`.
    pub sn: Option<String>,
    /// `status`.
    pub status: Option<ResultUserDeviceStatusMapValueStatus>,
}
rt::impl_deserialize! {
    ResultUserDeviceStatusMapValue { "sn" => read_field(sn), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ResultUserDeviceStatusMapValue { "sn" => optional(sn), "status" => optional(status) }
}
/// `GetA1DeviceBindingResponseBodyResultBinding`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetA1DeviceBindingResponseBodyResultBinding { "bindTimestamp" =>
    read_field(bind_timestamp), "bindingStatus" => read_field(binding_status), "sn" =>
    read_field(sn), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetA1DeviceBindingResponseBodyResultBinding { "bindTimestamp" =>
    optional(bind_timestamp), "bindingStatus" => optional(binding_status), "sn" =>
    optional(sn), "unionId" => optional(union_id) }
}
/// `GetA1DeviceDetailResponseBodyResultDevice`, a model several operations share: also named [`ListA1DeviceResponseBodyResultItems`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetA1DeviceDetailResponseBodyResultDevice { "bindTimestamp" =>
    read_field(bind_timestamp), "bindingStatus" => read_field(binding_status),
    "deviceModel" => read_field(device_model), "deviceName" => read_field(device_name),
    "sn" => read_field(sn), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetA1DeviceDetailResponseBodyResultDevice { "bindTimestamp" =>
    optional(bind_timestamp), "bindingStatus" => optional(binding_status), "deviceModel"
    => optional(device_model), "deviceName" => optional(device_name), "sn" =>
    optional(sn), "unionId" => optional(union_id) }
}
/// `GetAsrTranscriptionResponseBodyResultResultInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAsrTranscriptionResponseBodyResultResultInfo {
    /// `paragraphList`.
    pub paragraph_list: Option<
        Vec<GetAsrTranscriptionResponseBodyResultResultInfoParagraphList>,
    >,
}
rt::impl_deserialize! {
    GetAsrTranscriptionResponseBodyResultResultInfo { "paragraphList" =>
    read_field(paragraph_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAsrTranscriptionResponseBodyResultResultInfo { "paragraphList" =>
    optional(paragraph_list) }
}
/// `GetCustomerInsightResponseBodyResultIntention`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCustomerInsightResponseBodyResultIntention {
    /// `description`.
    pub description: Option<String>,
    /// `intention`.
    pub intention: Option<String>,
}
rt::impl_deserialize! {
    GetCustomerInsightResponseBodyResultIntention { "description" =>
    read_field(description), "intention" => read_field(intention) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCustomerInsightResponseBodyResultIntention { "description" =>
    optional(description), "intention" => optional(intention) }
}
/// `GetCustomerInsightResponseBodyResultTag`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCustomerInsightResponseBodyResultTag {
    /// `aiTag`.
    pub ai_tag: Option<Vec<GetCustomerInsightResponseBodyResultTagAiTag>>,
    /// `userTag`.
    pub user_tag: Option<Vec<GetCustomerInsightResponseBodyResultTagUserTag>>,
}
rt::impl_deserialize! {
    GetCustomerInsightResponseBodyResultTag { "aiTag" => read_field(ai_tag), "userTag" =>
    read_field(user_tag) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCustomerInsightResponseBodyResultTag { "aiTag" => optional(ai_tag), "userTag" =>
    optional(user_tag) }
}
/// `GetServiceChatSummaryResponseBodyResultBasic`: the same model as [`GetServiceChapterSummaryResponseBodyResult`].
pub type GetServiceChatSummaryResponseBodyResultBasic = GetServiceChapterSummaryResponseBodyResult;
/// `GetServiceChatSummaryResponseBodyResultProduct`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceChatSummaryResponseBodyResultProduct {
    /// `itemList`.
    pub item_list: Option<Vec<GetServiceChatSummaryResponseBodyResultProductItemList>>,
    /// `product`.
    pub product: Option<String>,
}
rt::impl_deserialize! {
    GetServiceChatSummaryResponseBodyResultProduct { "itemList" => read_field(item_list),
    "product" => read_field(product) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceChatSummaryResponseBodyResultProduct { "itemList" => optional(item_list),
    "product" => optional(product) }
}
/// `GetServiceQualityInspectionResponseBodyResultGroupList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetServiceQualityInspectionResponseBodyResultGroupList { "itemList" =>
    read_field(item_list), "name" => read_field(name), "score" => read_field(score) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceQualityInspectionResponseBodyResultGroupList { "itemList" =>
    optional(item_list), "name" => optional(name), "score" => optional(score) }
}
/// `GetServiceRecordResponseBodyResultSceneInfo`, a model several operations share: also named [`GetServiceRecordResponseBodyResultTeam`], [`GetSolutionConfigResponseBodyResultDialectList`], [`GetTeamResponseBodyResultSceneList`], [`ListServiceRecordResponseBodyResultSceneInfo`], [`ListServiceRecordResponseBodyResultTeam`], [`GetSolutionConfigResponseBodyResultSolutionListSceneList`], [`GetTeamResponseBodyResultTagListValueList`], [`ListTeamResponseBodyResultTagListValueList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceRecordResponseBodyResultSceneInfo {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    GetServiceRecordResponseBodyResultSceneInfo { "code" => read_field(code), "name" =>
    read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceRecordResponseBodyResultSceneInfo { "code" => optional(code), "name" =>
    optional(name) }
}
/// `GetServiceRecordResponseBodyResultTeam`: the same model as [`GetServiceRecordResponseBodyResultSceneInfo`].
pub type GetServiceRecordResponseBodyResultTeam = GetServiceRecordResponseBodyResultSceneInfo;
/// `GetServiceRecordResponseBodyResultUser`, a model several operations share: also named [`GetTeamMemberResponseBodyResultAdmins`], [`GetTeamMemberResponseBodyResultMembers`], [`ListServiceRecordResponseBodyResultUser`], [`ListServiceTodoResponseBodyResultExecutors`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceRecordResponseBodyResultUser {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetServiceRecordResponseBodyResultUser { "name" => read_field(name), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceRecordResponseBodyResultUser { "name" => optional(name), "userId" =>
    optional(user_id) }
}
/// `GetServiceRecordTranscriptResponseBodyResultAudionText`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceRecordTranscriptResponseBodyResultAudionText {
    /// `dataList`.
    pub data_list: Option<
        Vec<GetServiceRecordTranscriptResponseBodyResultAudionTextDataList>,
    >,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    GetServiceRecordTranscriptResponseBodyResultAudionText { "dataList" =>
    read_field(data_list), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceRecordTranscriptResponseBodyResultAudionText { "dataList" =>
    optional(data_list), "status" => optional(status) }
}
/// `GetServiceRecordTranscriptResponseBodyResultSpeaker`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceRecordTranscriptResponseBodyResultSpeaker {
    /// `dataList`.
    pub data_list: Option<
        Vec<GetServiceRecordTranscriptResponseBodyResultSpeakerDataList>,
    >,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    GetServiceRecordTranscriptResponseBodyResultSpeaker { "dataList" =>
    read_field(data_list), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceRecordTranscriptResponseBodyResultSpeaker { "dataList" =>
    optional(data_list), "status" => optional(status) }
}
/// `GetSolutionConfigResponseBodyResultDialectList`: the same model as [`GetServiceRecordResponseBodyResultSceneInfo`].
pub type GetSolutionConfigResponseBodyResultDialectList = GetServiceRecordResponseBodyResultSceneInfo;
/// `GetSolutionConfigResponseBodyResultSolutionList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetSolutionConfigResponseBodyResultSolutionList { "code" => read_field(code), "name"
    => read_field(name), "sceneList" => read_field(scene_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSolutionConfigResponseBodyResultSolutionList { "code" => optional(code), "name" =>
    optional(name), "sceneList" => optional(scene_list) }
}
/// `GetTeamResponseBodyResultSceneList`: the same model as [`GetServiceRecordResponseBodyResultSceneInfo`].
pub type GetTeamResponseBodyResultSceneList = GetServiceRecordResponseBodyResultSceneInfo;
/// `GetTeamResponseBodyResultTagList`, a model several operations share: also named [`ListTeamResponseBodyResultTagList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTeamResponseBodyResultTagList {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `valueList`.
    pub value_list: Option<Vec<GetTeamResponseBodyResultTagListValueList>>,
}
rt::impl_deserialize! {
    GetTeamResponseBodyResultTagList { "code" => read_field(code), "name" =>
    read_field(name), "valueList" => read_field(value_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTeamResponseBodyResultTagList { "code" => optional(code), "name" =>
    optional(name), "valueList" => optional(value_list) }
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAsrTaskResponseBodyResultResultInfo {
    /// `paragraphList`.
    pub paragraph_list: Option<
        Vec<QueryAsrTaskResponseBodyResultResultInfoParagraphList>,
    >,
}
rt::impl_deserialize! {
    QueryAsrTaskResponseBodyResultResultInfo { "paragraphList" =>
    read_field(paragraph_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAsrTaskResponseBodyResultResultInfo { "paragraphList" =>
    optional(paragraph_list) }
}
/// `QueryDeviceStatusResponseBodyResultBattery`, a model several operations share: also named [`QueryDeviceStatusResponseBodyResultRecordingStartTime`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDeviceStatusResponseBodyResultBattery {
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `value`.
    pub value: Option<i64>,
}
rt::impl_deserialize! {
    QueryDeviceStatusResponseBodyResultBattery { "timestamp" => read_field(timestamp),
    "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceStatusResponseBodyResultBattery { "timestamp" => optional(timestamp),
    "value" => optional(value) }
}
/// `QueryDeviceStatusResponseBodyResultFirmware`, a model several operations share: also named [`QueryDeviceStatusResponseBodyResultStatus`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDeviceStatusResponseBodyResultFirmware {
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    QueryDeviceStatusResponseBodyResultFirmware { "timestamp" => read_field(timestamp),
    "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceStatusResponseBodyResultFirmware { "timestamp" => optional(timestamp),
    "value" => optional(value) }
}
/// `QueryDeviceStatusResponseBodyResultRecordingStartTime`: the same model as [`QueryDeviceStatusResponseBodyResultBattery`].
pub type QueryDeviceStatusResponseBodyResultRecordingStartTime = QueryDeviceStatusResponseBodyResultBattery;
/// `QueryDeviceStatusResponseBodyResultStatus`: the same model as [`QueryDeviceStatusResponseBodyResultFirmware`].
pub type QueryDeviceStatusResponseBodyResultStatus = QueryDeviceStatusResponseBodyResultFirmware;
/// `QuerySalesInsightsResponseBodyResultCapabilityRadar`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySalesInsightsResponseBodyResultCapabilityRadar {
    /// `dimensions`.
    pub dimensions: Option<
        Vec<QuerySalesInsightsResponseBodyResultCapabilityRadarDimensions>,
    >,
}
rt::impl_deserialize! {
    QuerySalesInsightsResponseBodyResultCapabilityRadar { "dimensions" =>
    read_field(dimensions) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySalesInsightsResponseBodyResultCapabilityRadar { "dimensions" =>
    optional(dimensions) }
}
/// `QuerySalesInsightsResponseBodyResultInsightList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySalesInsightsResponseBodyResultInsightList {
    /// `commonSummary`.
    pub common_summary: Option<
        Vec<QuerySalesInsightsResponseBodyResultInsightListCommonSummary>,
    >,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    QuerySalesInsightsResponseBodyResultInsightList { "commonSummary" =>
    read_field(common_summary), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySalesInsightsResponseBodyResultInsightList { "commonSummary" =>
    optional(common_summary), "name" => optional(name) }
}
/// `QueryServiceRecordLocationResponseBodyResultLocations`, a model several operations share: also named [`QueryUserBindDeviceLocationResponseBodyResultLatestLocation`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryServiceRecordLocationResponseBodyResultLocations {
    /// `latitude`.
    pub latitude: Option<String>,
    /// `longitude`.
    pub longitude: Option<String>,
    /// `time`.
    pub time: Option<i64>,
}
rt::impl_deserialize! {
    QueryServiceRecordLocationResponseBodyResultLocations { "latitude" =>
    read_field(latitude), "longitude" => read_field(longitude), "time" =>
    read_field(time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryServiceRecordLocationResponseBodyResultLocations { "latitude" =>
    optional(latitude), "longitude" => optional(longitude), "time" => optional(time) }
}
/// `QueryStaffStatisticDataResponseBodyResultQualityInspectL1Data`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryStaffStatisticDataResponseBodyResultQualityInspectL1Data { "hitRate" =>
    read_field(hit_rate), "level1Code" => read_field(level1_code), "level1Name" =>
    read_field(level1_name), "recordCount" => read_field(record_count), "sceneCode" =>
    read_field(scene_code), "totalScore" => read_field(total_score) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryStaffStatisticDataResponseBodyResultQualityInspectL1Data { "hitRate" =>
    optional(hit_rate), "level1Code" => optional(level1_code), "level1Name" =>
    optional(level1_name), "recordCount" => optional(record_count), "sceneCode" =>
    optional(scene_code), "totalScore" => optional(total_score) }
}
/// `QueryUserBindDeviceLocationResponseBodyResultLatestLocation`: the same model as [`QueryServiceRecordLocationResponseBodyResultLocations`].
pub type QueryUserBindDeviceLocationResponseBodyResultLatestLocation = QueryServiceRecordLocationResponseBodyResultLocations;
/// `QueryUserDeviceLocationResponseBodyResultDeviceLocations`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserDeviceLocationResponseBodyResultDeviceLocations {
    /// `locations`.
    pub locations: Option<
        Vec<QueryUserDeviceLocationResponseBodyResultDeviceLocationsLocations>,
    >,
    /// `sn`.
    pub sn: Option<String>,
}
rt::impl_deserialize! {
    QueryUserDeviceLocationResponseBodyResultDeviceLocations { "locations" =>
    read_field(locations), "sn" => read_field(sn) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserDeviceLocationResponseBodyResultDeviceLocations { "locations" =>
    optional(locations), "sn" => optional(sn) }
}
/// `VideoCustomerSplitRequestCustomerCustomersAppearance`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct VideoCustomerSplitRequestCustomerCustomersAppearance {
    /// `endTime`.
    pub end_time: i64,
    /// `startTime`.
    pub start_time: i64,
    /// `videoId`.
    pub video_id: Option<String>,
}
/// The required fields of [`VideoCustomerSplitRequestCustomerCustomersAppearance`], each named where it is set: `VideoCustomerSplitRequestCustomerCustomersAppearance::new(VideoCustomerSplitRequestCustomerCustomersAppearanceRequired { .. })`.
pub struct VideoCustomerSplitRequestCustomerCustomersAppearanceRequired {
    /// `endTime`: see [`VideoCustomerSplitRequestCustomerCustomersAppearance::end_time`].
    pub end_time: i64,
    /// `startTime`: see [`VideoCustomerSplitRequestCustomerCustomersAppearance::start_time`].
    pub start_time: i64,
}
impl VideoCustomerSplitRequestCustomerCustomersAppearance {
    /// A `VideoCustomerSplitRequestCustomerCustomersAppearance` with its required fields (`endTime`, `startTime`); set the others with the methods named after them.
    pub fn new(
        required: VideoCustomerSplitRequestCustomerCustomersAppearanceRequired,
    ) -> Self {
        let VideoCustomerSplitRequestCustomerCustomersAppearanceRequired {
            end_time,
            start_time,
        } = required;
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
rt::impl_serialize! {
    VideoCustomerSplitRequestCustomerCustomersAppearance { "endTime" => field(end_time),
    "startTime" => field(start_time), "videoId" => optional(video_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    VideoCustomerSplitRequestCustomerCustomersAppearance { "endTime" =>
    read_field(end_time), "startTime" => read_field(start_time), "videoId" =>
    read_field(video_id) }
}
/// `VideoCustomerSplitResponseBodyResultCreateServiceRecordResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct VideoCustomerSplitResponseBodyResultCreateServiceRecordResult {
    /// `recordIds`.
    pub record_ids: Option<Vec<String>>,
    /// `segmentId`.
    pub segment_id: Option<String>,
}
rt::impl_deserialize! {
    VideoCustomerSplitResponseBodyResultCreateServiceRecordResult { "recordIds" =>
    read_field(record_ids), "segmentId" => read_field(segment_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    VideoCustomerSplitResponseBodyResultCreateServiceRecordResult { "recordIds" =>
    optional(record_ids), "segmentId" => optional(segment_id) }
}
/// `ResultUserDeviceStatusMapValueStatus`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ResultUserDeviceStatusMapValueStatus {
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    ResultUserDeviceStatusMapValueStatus { "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ResultUserDeviceStatusMapValueStatus { "value" => optional(value) }
}
/// `GetAsrTranscriptionResponseBodyResultResultInfoParagraphList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetAsrTranscriptionResponseBodyResultResultInfoParagraphList { "endTime" =>
    read_field(end_time), "paragraph" => read_field(paragraph), "speakerId" =>
    read_field(speaker_id), "startTime" => read_field(start_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAsrTranscriptionResponseBodyResultResultInfoParagraphList { "endTime" =>
    optional(end_time), "paragraph" => optional(paragraph), "speakerId" =>
    optional(speaker_id), "startTime" => optional(start_time) }
}
/// `GetCustomerInsightResponseBodyResultTagAiTag`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCustomerInsightResponseBodyResultTagAiTag {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetCustomerInsightResponseBodyResultTagAiTag { "code" => read_field(code), "name" =>
    read_field(name), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCustomerInsightResponseBodyResultTagAiTag { "code" => optional(code), "name" =>
    optional(name), "value" => optional(value) }
}
/// `GetCustomerInsightResponseBodyResultTagUserTag`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCustomerInsightResponseBodyResultTagUserTag {
    /// `code`.
    pub code: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetCustomerInsightResponseBodyResultTagUserTag { "code" => read_field(code), "value"
    => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCustomerInsightResponseBodyResultTagUserTag { "code" => optional(code), "value" =>
    optional(value) }
}
/// `GetServiceChatSummaryResponseBodyResultProductItemList`: the same model as [`GetServiceChapterSummaryResponseBodyResult`].
pub type GetServiceChatSummaryResponseBodyResultProductItemList = GetServiceChapterSummaryResponseBodyResult;
/// `GetServiceQualityInspectionResponseBodyResultGroupListItemList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetServiceQualityInspectionResponseBodyResultGroupListItemList { "citations" =>
    read_field(citations), "flowName" => read_field(flow_name), "highlights" =>
    read_field(highlights), "isHit" => read_field(is_hit), "name" => read_field(name),
    "reason" => read_field(reason), "score" => read_field(score), "script" =>
    read_field(script) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceQualityInspectionResponseBodyResultGroupListItemList { "citations" =>
    optional(citations), "flowName" => optional(flow_name), "highlights" =>
    optional(highlights), "isHit" => optional(is_hit), "name" => optional(name), "reason"
    => optional(reason), "score" => optional(score), "script" => optional(script) }
}
/// `GetServiceRecordTranscriptResponseBodyResultAudionTextDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetServiceRecordTranscriptResponseBodyResultAudionTextDataList { "channel" =>
    read_field(channel), "endTime" => read_field(end_time), "startTime" =>
    read_field(start_time), "text" => read_field(text) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceRecordTranscriptResponseBodyResultAudionTextDataList { "channel" =>
    optional(channel), "endTime" => optional(end_time), "startTime" =>
    optional(start_time), "text" => optional(text) }
}
/// `GetServiceRecordTranscriptResponseBodyResultSpeakerDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceRecordTranscriptResponseBodyResultSpeakerDataList {
    /// `channel`.
    pub channel: Option<String>,
    /// `role`.
    pub role: Option<String>,
}
rt::impl_deserialize! {
    GetServiceRecordTranscriptResponseBodyResultSpeakerDataList { "channel" =>
    read_field(channel), "role" => read_field(role) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceRecordTranscriptResponseBodyResultSpeakerDataList { "channel" =>
    optional(channel), "role" => optional(role) }
}
/// `GetSolutionConfigResponseBodyResultSolutionListSceneList`: the same model as [`GetServiceRecordResponseBodyResultSceneInfo`].
pub type GetSolutionConfigResponseBodyResultSolutionListSceneList = GetServiceRecordResponseBodyResultSceneInfo;
/// `GetTeamResponseBodyResultTagListValueList`: the same model as [`GetServiceRecordResponseBodyResultSceneInfo`].
pub type GetTeamResponseBodyResultTagListValueList = GetServiceRecordResponseBodyResultSceneInfo;
/// `ListTeamResponseBodyResultTagListValueList`: the same model as [`GetServiceRecordResponseBodyResultSceneInfo`].
pub type ListTeamResponseBodyResultTagListValueList = GetServiceRecordResponseBodyResultSceneInfo;
/// `QueryAsrTaskResponseBodyResultResultInfoParagraphList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryAsrTaskResponseBodyResultResultInfoParagraphList { "endTime" =>
    read_field(end_time), "paragraph" => read_field(paragraph), "sentenceList" =>
    read_field(sentence_list), "speakerId" => read_field(speaker_id), "startTime" =>
    read_field(start_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAsrTaskResponseBodyResultResultInfoParagraphList { "endTime" =>
    optional(end_time), "paragraph" => optional(paragraph), "sentenceList" =>
    optional(sentence_list), "speakerId" => optional(speaker_id), "startTime" =>
    optional(start_time) }
}
/// `QuerySalesInsightsResponseBodyResultCapabilityRadarDimensions`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QuerySalesInsightsResponseBodyResultCapabilityRadarDimensions {
    /// `label`.
    pub label: Option<String>,
    /// `score`.
    pub score: Option<f64>,
}
rt::impl_deserialize! {
    QuerySalesInsightsResponseBodyResultCapabilityRadarDimensions { "label" =>
    read_field(label), "score" => read_field(score) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySalesInsightsResponseBodyResultCapabilityRadarDimensions { "label" =>
    optional(label), "score" => optional(score) }
}
/// `QuerySalesInsightsResponseBodyResultInsightListCommonSummary`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QuerySalesInsightsResponseBodyResultInsightListCommonSummary { "content" =>
    read_field(content), "name" => read_field(name), "priority" => read_field(priority),
    "priorityText" => read_field(priority_text) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QuerySalesInsightsResponseBodyResultInsightListCommonSummary { "content" =>
    optional(content), "name" => optional(name), "priority" => optional(priority),
    "priorityText" => optional(priority_text) }
}
/// `QueryUserDeviceLocationResponseBodyResultDeviceLocationsLocations`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserDeviceLocationResponseBodyResultDeviceLocationsLocations {
    /// `latitude`.
    pub latitude: Option<String>,
    /// `longitude`.
    pub longitude: Option<String>,
    /// `time`.
    pub time: Option<String>,
}
rt::impl_deserialize! {
    QueryUserDeviceLocationResponseBodyResultDeviceLocationsLocations { "latitude" =>
    read_field(latitude), "longitude" => read_field(longitude), "time" =>
    read_field(time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserDeviceLocationResponseBodyResultDeviceLocationsLocations { "latitude" =>
    optional(latitude), "longitude" => optional(longitude), "time" => optional(time) }
}
/// `GetServiceQualityInspectionResponseBodyResultGroupListItemListCitations`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetServiceQualityInspectionResponseBodyResultGroupListItemListCitations {
    /// `content`.
    pub content: Option<String>,
    /// `time`.
    pub time: Option<i64>,
}
rt::impl_deserialize! {
    GetServiceQualityInspectionResponseBodyResultGroupListItemListCitations { "content"
    => read_field(content), "time" => read_field(time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetServiceQualityInspectionResponseBodyResultGroupListItemListCitations { "content"
    => optional(content), "time" => optional(time) }
}
/// `QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceList { "endTime" =>
    read_field(end_time), "sentence" => read_field(sentence), "startTime" =>
    read_field(start_time), "wordList" => read_field(word_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceList { "endTime" =>
    optional(end_time), "sentence" => optional(sentence), "startTime" =>
    optional(start_time), "wordList" => optional(word_list) }
}
/// `QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceListWordList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceListWordList {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `text`.
    pub text: Option<String>,
}
rt::impl_deserialize! {
    QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceListWordList { "endTime"
    => read_field(end_time), "startTime" => read_field(start_time), "text" =>
    read_field(text) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAsrTaskResponseBodyResultResultInfoParagraphListSentenceListWordList { "endTime"
    => optional(end_time), "startTime" => optional(start_time), "text" => optional(text)
    }
}
/// The request of [`Api::batch_query_a1_industry_device_binding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryA1IndustryDeviceBindingRequest {
    /// `snList`.
    pub sn_list: Vec<String>,
}
/// The required fields of [`BatchQueryA1IndustryDeviceBindingRequest`], each named where it is set: `BatchQueryA1IndustryDeviceBindingRequest::new(BatchQueryA1IndustryDeviceBindingRequired { .. })`.
pub struct BatchQueryA1IndustryDeviceBindingRequired {
    /// `snList`: see [`BatchQueryA1IndustryDeviceBindingRequest::sn_list`].
    pub sn_list: Vec<String>,
}
impl BatchQueryA1IndustryDeviceBindingRequest {
    /// A `BatchQueryA1IndustryDeviceBindingRequest` with its required fields (`snList`); set the others with the methods named after them.
    pub fn new(required: BatchQueryA1IndustryDeviceBindingRequired) -> Self {
        let BatchQueryA1IndustryDeviceBindingRequired { sn_list } = required;
        Self { sn_list }
    }
}
rt::impl_serialize! {
    BatchQueryA1IndustryDeviceBindingRequest { "snList" => field(sn_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryA1IndustryDeviceBindingRequest { "snList" => read_field(sn_list) }
}
impl rt::WriteRequest for BatchQueryA1IndustryDeviceBindingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_user_device_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryUserDeviceStatusRequest {
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
/// The required fields of [`BatchQueryUserDeviceStatusRequest`], each named where it is set: `BatchQueryUserDeviceStatusRequest::new(BatchQueryUserDeviceStatusRequired { .. })`.
pub struct BatchQueryUserDeviceStatusRequired {
    /// `userIdList`: see [`BatchQueryUserDeviceStatusRequest::user_id_list`].
    pub user_id_list: Vec<String>,
}
impl BatchQueryUserDeviceStatusRequest {
    /// A `BatchQueryUserDeviceStatusRequest` with its required fields (`userIdList`); set the others with the methods named after them.
    pub fn new(required: BatchQueryUserDeviceStatusRequired) -> Self {
        let BatchQueryUserDeviceStatusRequired { user_id_list } = required;
        Self { user_id_list }
    }
}
rt::impl_serialize! {
    BatchQueryUserDeviceStatusRequest { "userIdList" => field(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryUserDeviceStatusRequest { "userIdList" => read_field(user_id_list) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateDeviceCutCustomerSwitchRequest { "enabled" => read_field(enabled),
    "snList" => read_field(sn_list) }
}
impl rt::WriteRequest for BatchUpdateDeviceCutCustomerSwitchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("enabled", &self.enabled);
        writer.query_json("snList", &self.sn_list);
    }
}
/// The request of [`Api::control_recording`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ControlRecordingRequest`], each named where it is set: `ControlRecordingRequest::new(ControlRecordingRequired { .. })`.
pub struct ControlRecordingRequired {
    /// `action`: see [`ControlRecordingRequest::action`].
    pub action: String,
    /// `agree`: see [`ControlRecordingRequest::agree`].
    pub agree: bool,
    /// `userId`: see [`ControlRecordingRequest::user_id`].
    pub user_id: String,
}
impl ControlRecordingRequest {
    /// A `ControlRecordingRequest` with its required fields (`action`, `agree`, `userId`); set the others with the methods named after them.
    pub fn new(required: ControlRecordingRequired) -> Self {
        let ControlRecordingRequired { action, agree, user_id } = required;
        Self {
            action,
            agree,
            out_biz_data: None,
            team_code: None,
            user_id,
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
rt::impl_serialize! {
    ControlRecordingRequest { "action" => field(action), "agree" => field(agree),
    "outBizData" => optional(out_biz_data), "teamCode" => optional(team_code), "userId"
    => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ControlRecordingRequest { "action" => read_field(action), "agree" =>
    read_field(agree), "outBizData" => read_field(out_biz_data), "teamCode" =>
    read_field(team_code), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ControlRecordingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_asr_transcription`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateAsrTranscriptionRequest {
    /// `bizKey`.
    pub biz_key: Option<String>,
    /// `phrases`.
    pub phrases: Option<Vec<String>>,
    /// `url`.
    pub url: String,
}
/// The required fields of [`CreateAsrTranscriptionRequest`], each named where it is set: `CreateAsrTranscriptionRequest::new(CreateAsrTranscriptionRequired { .. })`.
pub struct CreateAsrTranscriptionRequired {
    /// `url`: see [`CreateAsrTranscriptionRequest::url`].
    pub url: String,
}
impl CreateAsrTranscriptionRequest {
    /// A `CreateAsrTranscriptionRequest` with its required fields (`url`); set the others with the methods named after them.
    pub fn new(required: CreateAsrTranscriptionRequired) -> Self {
        let CreateAsrTranscriptionRequired { url } = required;
        Self {
            biz_key: None,
            phrases: None,
            url,
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
rt::impl_serialize! {
    CreateAsrTranscriptionRequest { "bizKey" => optional(biz_key), "phrases" =>
    optional(phrases), "url" => field(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAsrTranscriptionRequest { "bizKey" => read_field(biz_key), "phrases" =>
    read_field(phrases), "url" => read_field(url) }
}
impl rt::WriteRequest for CreateAsrTranscriptionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_recording_schedule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateRecordingScheduleRequest {
    /// `schedules`.
    pub schedules: Vec<CreateRecordingScheduleRequestSchedules>,
    /// `sn`.
    pub sn: String,
}
/// The required fields of [`CreateRecordingScheduleRequest`], each named where it is set: `CreateRecordingScheduleRequest::new(CreateRecordingScheduleRequired { .. })`.
pub struct CreateRecordingScheduleRequired {
    /// `schedules`: see [`CreateRecordingScheduleRequest::schedules`].
    pub schedules: Vec<CreateRecordingScheduleRequestSchedules>,
    /// `sn`: see [`CreateRecordingScheduleRequest::sn`].
    pub sn: String,
}
impl CreateRecordingScheduleRequest {
    /// A `CreateRecordingScheduleRequest` with its required fields (`schedules`, `sn`); set the others with the methods named after them.
    pub fn new(required: CreateRecordingScheduleRequired) -> Self {
        let CreateRecordingScheduleRequired { schedules, sn } = required;
        Self { schedules, sn }
    }
}
rt::impl_serialize! {
    CreateRecordingScheduleRequest { "schedules" => field(schedules), "sn" => field(sn) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateRecordingScheduleRequest { "schedules" => read_field(schedules), "sn" =>
    read_field(sn) }
}
impl rt::WriteRequest for CreateRecordingScheduleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateTeamRequest`], each named where it is set: `CreateTeamRequest::new(CreateTeamRequired { .. })`.
pub struct CreateTeamRequired {
    /// `name`: see [`CreateTeamRequest::name`].
    pub name: String,
    /// `sceneCodes`: see [`CreateTeamRequest::scene_codes`].
    pub scene_codes: Vec<String>,
    /// `solutionCode`: see [`CreateTeamRequest::solution_code`].
    pub solution_code: String,
}
impl CreateTeamRequest {
    /// A `CreateTeamRequest` with its required fields (`name`, `sceneCodes`, `solutionCode`); set the others with the methods named after them.
    pub fn new(required: CreateTeamRequired) -> Self {
        let CreateTeamRequired { name, scene_codes, solution_code } = required;
        Self {
            admin_user_ids: None,
            dialect_code: None,
            name,
            parent_team_code: None,
            scene_codes,
            solution_code,
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
rt::impl_serialize! {
    CreateTeamRequest { "adminUserIds" => optional(admin_user_ids), "dialectCode" =>
    optional(dialect_code), "name" => field(name), "parentTeamCode" =>
    optional(parent_team_code), "sceneCodes" => field(scene_codes), "solutionCode" =>
    field(solution_code), "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTeamRequest { "adminUserIds" => read_field(admin_user_ids), "dialectCode" =>
    read_field(dialect_code), "name" => read_field(name), "parentTeamCode" =>
    read_field(parent_team_code), "sceneCodes" => read_field(scene_codes), "solutionCode"
    => read_field(solution_code), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for CreateTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_a1_device_binding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetA1DeviceBindingRequest {
    /// `sn`.
    pub sn: String,
}
/// The required fields of [`GetA1DeviceBindingRequest`], each named where it is set: `GetA1DeviceBindingRequest::new(GetA1DeviceBindingRequired { .. })`.
pub struct GetA1DeviceBindingRequired {
    /// `sn`: see [`GetA1DeviceBindingRequest::sn`].
    pub sn: String,
}
impl GetA1DeviceBindingRequest {
    /// A `GetA1DeviceBindingRequest` with its required fields (`sn`); set the others with the methods named after them.
    pub fn new(required: GetA1DeviceBindingRequired) -> Self {
        let GetA1DeviceBindingRequired { sn } = required;
        Self { sn }
    }
}
rt::impl_serialize! {
    GetA1DeviceBindingRequest { "sn" => field(sn) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetA1DeviceBindingRequest { "sn" => read_field(sn) }
}
impl rt::WriteRequest for GetA1DeviceBindingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_a1_device_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetA1DeviceDetailRequest {
    /// `sn`.
    pub sn: String,
}
/// The required fields of [`GetA1DeviceDetailRequest`], each named where it is set: `GetA1DeviceDetailRequest::new(GetA1DeviceDetailRequired { .. })`.
pub struct GetA1DeviceDetailRequired {
    /// `sn`: see [`GetA1DeviceDetailRequest::sn`].
    pub sn: String,
}
impl GetA1DeviceDetailRequest {
    /// A `GetA1DeviceDetailRequest` with its required fields (`sn`); set the others with the methods named after them.
    pub fn new(required: GetA1DeviceDetailRequired) -> Self {
        let GetA1DeviceDetailRequired { sn } = required;
        Self { sn }
    }
}
rt::impl_serialize! {
    GetA1DeviceDetailRequest { "sn" => field(sn) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetA1DeviceDetailRequest { "sn" => read_field(sn) }
}
impl rt::WriteRequest for GetA1DeviceDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_asr_transcription`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAsrTranscriptionRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `taskId`: a query parameter.
    pub task_id: String,
}
/// The required fields of [`GetAsrTranscriptionRequest`], each named where it is set: `GetAsrTranscriptionRequest::new(GetAsrTranscriptionRequired { .. })`.
pub struct GetAsrTranscriptionRequired {
    /// `taskId`: see [`GetAsrTranscriptionRequest::task_id`].
    pub task_id: String,
}
impl GetAsrTranscriptionRequest {
    /// A `GetAsrTranscriptionRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(required: GetAsrTranscriptionRequired) -> Self {
        let GetAsrTranscriptionRequired { task_id } = required;
        Self {
            max_results: None,
            next_token: None,
            task_id,
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
    GetAsrTranscriptionRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "taskId" => read_field(task_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAudioFileDownloadInfoRequest {
    /// `deviceType`.
    pub device_type: String,
    /// `fileId`.
    pub file_id: String,
}
/// The required fields of [`GetAudioFileDownloadInfoRequest`], each named where it is set: `GetAudioFileDownloadInfoRequest::new(GetAudioFileDownloadInfoRequired { .. })`.
pub struct GetAudioFileDownloadInfoRequired {
    /// `deviceType`: see [`GetAudioFileDownloadInfoRequest::device_type`].
    pub device_type: String,
    /// `fileId`: see [`GetAudioFileDownloadInfoRequest::file_id`].
    pub file_id: String,
}
impl GetAudioFileDownloadInfoRequest {
    /// A `GetAudioFileDownloadInfoRequest` with its required fields (`deviceType`, `fileId`); set the others with the methods named after them.
    pub fn new(required: GetAudioFileDownloadInfoRequired) -> Self {
        let GetAudioFileDownloadInfoRequired { device_type, file_id } = required;
        Self { device_type, file_id }
    }
}
rt::impl_serialize! {
    GetAudioFileDownloadInfoRequest { "deviceType" => field(device_type), "fileId" =>
    field(file_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAudioFileDownloadInfoRequest { "deviceType" => read_field(device_type), "fileId"
    => read_field(file_id) }
}
impl rt::WriteRequest for GetAudioFileDownloadInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_audio_file_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAudioFileInfoRequest {
    /// `deviceType`.
    pub device_type: String,
    /// `fileId`.
    pub file_id: String,
}
/// The required fields of [`GetAudioFileInfoRequest`], each named where it is set: `GetAudioFileInfoRequest::new(GetAudioFileInfoRequired { .. })`.
pub struct GetAudioFileInfoRequired {
    /// `deviceType`: see [`GetAudioFileInfoRequest::device_type`].
    pub device_type: String,
    /// `fileId`: see [`GetAudioFileInfoRequest::file_id`].
    pub file_id: String,
}
impl GetAudioFileInfoRequest {
    /// A `GetAudioFileInfoRequest` with its required fields (`deviceType`, `fileId`); set the others with the methods named after them.
    pub fn new(required: GetAudioFileInfoRequired) -> Self {
        let GetAudioFileInfoRequired { device_type, file_id } = required;
        Self { device_type, file_id }
    }
}
rt::impl_serialize! {
    GetAudioFileInfoRequest { "deviceType" => field(device_type), "fileId" =>
    field(file_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAudioFileInfoRequest { "deviceType" => read_field(device_type), "fileId" =>
    read_field(file_id) }
}
impl rt::WriteRequest for GetAudioFileInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_customer_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCustomerInfoRequest {
    /// `customerId`: a query parameter.
    pub customer_id: String,
}
/// The required fields of [`GetCustomerInfoRequest`], each named where it is set: `GetCustomerInfoRequest::new(GetCustomerInfoRequired { .. })`.
pub struct GetCustomerInfoRequired {
    /// `customerId`: see [`GetCustomerInfoRequest::customer_id`].
    pub customer_id: String,
}
impl GetCustomerInfoRequest {
    /// A `GetCustomerInfoRequest` with its required fields (`customerId`); set the others with the methods named after them.
    pub fn new(required: GetCustomerInfoRequired) -> Self {
        let GetCustomerInfoRequired { customer_id } = required;
        Self { customer_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCustomerInfoRequest { "customerId" => read_field(customer_id) }
}
impl rt::WriteRequest for GetCustomerInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("customerId", &self.customer_id);
    }
}
/// The request of [`Api::get_customer_insight`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCustomerInsightRequest {
    /// `customerId`: a query parameter.
    pub customer_id: String,
}
/// The required fields of [`GetCustomerInsightRequest`], each named where it is set: `GetCustomerInsightRequest::new(GetCustomerInsightRequired { .. })`.
pub struct GetCustomerInsightRequired {
    /// `customerId`: see [`GetCustomerInsightRequest::customer_id`].
    pub customer_id: String,
}
impl GetCustomerInsightRequest {
    /// A `GetCustomerInsightRequest` with its required fields (`customerId`); set the others with the methods named after them.
    pub fn new(required: GetCustomerInsightRequired) -> Self {
        let GetCustomerInsightRequired { customer_id } = required;
        Self { customer_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCustomerInsightRequest { "customerId" => read_field(customer_id) }
}
impl rt::WriteRequest for GetCustomerInsightRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("customerId", &self.customer_id);
    }
}
/// The request of [`Api::get_service_chapter_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetServiceChapterSummaryRequest {
    /// `recordId`: a query parameter.
    pub record_id: String,
}
/// The required fields of [`GetServiceChapterSummaryRequest`], each named where it is set: `GetServiceChapterSummaryRequest::new(GetServiceChapterSummaryRequired { .. })`.
pub struct GetServiceChapterSummaryRequired {
    /// `recordId`: see [`GetServiceChapterSummaryRequest::record_id`].
    pub record_id: String,
}
impl GetServiceChapterSummaryRequest {
    /// A `GetServiceChapterSummaryRequest` with its required fields (`recordId`); set the others with the methods named after them.
    pub fn new(required: GetServiceChapterSummaryRequired) -> Self {
        let GetServiceChapterSummaryRequired { record_id } = required;
        Self { record_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetServiceChapterSummaryRequest { "recordId" => read_field(record_id) }
}
impl rt::WriteRequest for GetServiceChapterSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("recordId", &self.record_id);
    }
}
/// The request of [`Api::get_service_chat_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetServiceChatSummaryRequest {
    /// `recordId`: a query parameter.
    pub record_id: String,
}
/// The required fields of [`GetServiceChatSummaryRequest`], each named where it is set: `GetServiceChatSummaryRequest::new(GetServiceChatSummaryRequired { .. })`.
pub struct GetServiceChatSummaryRequired {
    /// `recordId`: see [`GetServiceChatSummaryRequest::record_id`].
    pub record_id: String,
}
impl GetServiceChatSummaryRequest {
    /// A `GetServiceChatSummaryRequest` with its required fields (`recordId`); set the others with the methods named after them.
    pub fn new(required: GetServiceChatSummaryRequired) -> Self {
        let GetServiceChatSummaryRequired { record_id } = required;
        Self { record_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetServiceChatSummaryRequest { "recordId" => read_field(record_id) }
}
impl rt::WriteRequest for GetServiceChatSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("recordId", &self.record_id);
    }
}
/// The request of [`Api::get_service_quality_inspection`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetServiceQualityInspectionRequest {
    /// `recordId`: a query parameter.
    pub record_id: String,
}
/// The required fields of [`GetServiceQualityInspectionRequest`], each named where it is set: `GetServiceQualityInspectionRequest::new(GetServiceQualityInspectionRequired { .. })`.
pub struct GetServiceQualityInspectionRequired {
    /// `recordId`: see [`GetServiceQualityInspectionRequest::record_id`].
    pub record_id: String,
}
impl GetServiceQualityInspectionRequest {
    /// A `GetServiceQualityInspectionRequest` with its required fields (`recordId`); set the others with the methods named after them.
    pub fn new(required: GetServiceQualityInspectionRequired) -> Self {
        let GetServiceQualityInspectionRequired { record_id } = required;
        Self { record_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetServiceQualityInspectionRequest { "recordId" => read_field(record_id) }
}
impl rt::WriteRequest for GetServiceQualityInspectionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("recordId", &self.record_id);
    }
}
/// The request of [`Api::get_service_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetServiceRecordRequest {
    /// `id`: a query parameter.
    pub id: String,
}
/// The required fields of [`GetServiceRecordRequest`], each named where it is set: `GetServiceRecordRequest::new(GetServiceRecordRequired { .. })`.
pub struct GetServiceRecordRequired {
    /// `id`: see [`GetServiceRecordRequest::id`].
    pub id: String,
}
impl GetServiceRecordRequest {
    /// A `GetServiceRecordRequest` with its required fields (`id`); set the others with the methods named after them.
    pub fn new(required: GetServiceRecordRequired) -> Self {
        let GetServiceRecordRequired { id } = required;
        Self { id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetServiceRecordRequest { "id" => read_field(id) }
}
impl rt::WriteRequest for GetServiceRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("id", &self.id);
    }
}
/// The request of [`Api::get_service_record_transcript`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetServiceRecordTranscriptRequest {
    /// `id`: a query parameter.
    pub id: String,
}
/// The required fields of [`GetServiceRecordTranscriptRequest`], each named where it is set: `GetServiceRecordTranscriptRequest::new(GetServiceRecordTranscriptRequired { .. })`.
pub struct GetServiceRecordTranscriptRequired {
    /// `id`: see [`GetServiceRecordTranscriptRequest::id`].
    pub id: String,
}
impl GetServiceRecordTranscriptRequest {
    /// A `GetServiceRecordTranscriptRequest` with its required fields (`id`); set the others with the methods named after them.
    pub fn new(required: GetServiceRecordTranscriptRequired) -> Self {
        let GetServiceRecordTranscriptRequired { id } = required;
        Self { id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetServiceRecordTranscriptRequest { "id" => read_field(id) }
}
impl rt::WriteRequest for GetServiceRecordTranscriptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("id", &self.id);
    }
}
/// The request of [`Api::get_transcript_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTranscriptSummaryRequest {
    /// `deviceType`: a query parameter.
    pub device_type: String,
    /// `fileId`: a query parameter.
    pub file_id: String,
}
/// The required fields of [`GetTranscriptSummaryRequest`], each named where it is set: `GetTranscriptSummaryRequest::new(GetTranscriptSummaryRequired { .. })`.
pub struct GetTranscriptSummaryRequired {
    /// `deviceType`: see [`GetTranscriptSummaryRequest::device_type`].
    pub device_type: String,
    /// `fileId`: see [`GetTranscriptSummaryRequest::file_id`].
    pub file_id: String,
}
impl GetTranscriptSummaryRequest {
    /// A `GetTranscriptSummaryRequest` with its required fields (`deviceType`, `fileId`); set the others with the methods named after them.
    pub fn new(required: GetTranscriptSummaryRequired) -> Self {
        let GetTranscriptSummaryRequired { device_type, file_id } = required;
        Self { device_type, file_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTranscriptSummaryRequest { "deviceType" => read_field(device_type), "fileId" =>
    read_field(file_id) }
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
rt::impl_serialize! {
    ListA1DeviceRequest { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListA1DeviceRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
impl rt::WriteRequest for ListA1DeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ListCustomerRequest`], each named where it is set: `ListCustomerRequest::new(ListCustomerRequired { .. })`.
pub struct ListCustomerRequired {
    /// `teamCode`: see [`ListCustomerRequest::team_code`].
    pub team_code: String,
}
impl ListCustomerRequest {
    /// A `ListCustomerRequest` with its required fields (`teamCode`); set the others with the methods named after them.
    pub fn new(required: ListCustomerRequired) -> Self {
        let ListCustomerRequired { team_code } = required;
        Self {
            end_time: None,
            max_results: None,
            next_token: None,
            owner_user_id: None,
            start_time: None,
            team_code,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListCustomerRequest { "endTime" => read_field(end_time), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "ownerUserId" =>
    read_field(owner_user_id), "startTime" => read_field(start_time), "teamCode" =>
    read_field(team_code) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListDeviceRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "sn" => read_field(sn), "teamCode" => read_field(team_code),
    "userId" => read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ListDeviceRecordingDurationRequest`], each named where it is set: `ListDeviceRecordingDurationRequest::new(ListDeviceRecordingDurationRequired { .. })`.
pub struct ListDeviceRecordingDurationRequired {
    /// `endTime`: see [`ListDeviceRecordingDurationRequest::end_time`].
    pub end_time: i64,
    /// `startTime`: see [`ListDeviceRecordingDurationRequest::start_time`].
    pub start_time: i64,
}
impl ListDeviceRecordingDurationRequest {
    /// A `ListDeviceRecordingDurationRequest` with its required fields (`endTime`, `startTime`); set the others with the methods named after them.
    pub fn new(required: ListDeviceRecordingDurationRequired) -> Self {
        let ListDeviceRecordingDurationRequired { end_time, start_time } = required;
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListDeviceRecordingDurationRequest { "endTime" => read_field(end_time), "maxResults"
    => read_field(max_results), "nextToken" => read_field(next_token), "sn" =>
    read_field(sn), "startTime" => read_field(start_time), "teamCode" =>
    read_field(team_code), "userId" => read_field(user_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListServiceRecordRequest { "customerId" => read_field(customer_id), "endTime" =>
    read_field(end_time), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "startTime" => read_field(start_time), "teamCode" =>
    read_field(team_code), "userId" => read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListServiceTodoRequest {
    /// `recordId`: a query parameter.
    pub record_id: String,
}
/// The required fields of [`ListServiceTodoRequest`], each named where it is set: `ListServiceTodoRequest::new(ListServiceTodoRequired { .. })`.
pub struct ListServiceTodoRequired {
    /// `recordId`: see [`ListServiceTodoRequest::record_id`].
    pub record_id: String,
}
impl ListServiceTodoRequest {
    /// A `ListServiceTodoRequest` with its required fields (`recordId`); set the others with the methods named after them.
    pub fn new(required: ListServiceTodoRequired) -> Self {
        let ListServiceTodoRequired { record_id } = required;
        Self { record_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListServiceTodoRequest { "recordId" => read_field(record_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListTeamRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
impl rt::WriteRequest for ListTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::manage_team_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ManageTeamMemberRequest {
    /// `addMembers`.
    pub add_members: Option<ManageTeamMemberRequestAddMembers>,
    /// `removeMembers`.
    pub remove_members: Option<ManageTeamMemberRequestRemoveMembers>,
    /// `teamCode`.
    pub team_code: String,
}
/// The required fields of [`ManageTeamMemberRequest`], each named where it is set: `ManageTeamMemberRequest::new(ManageTeamMemberRequired { .. })`.
pub struct ManageTeamMemberRequired {
    /// `teamCode`: see [`ManageTeamMemberRequest::team_code`].
    pub team_code: String,
}
impl ManageTeamMemberRequest {
    /// A `ManageTeamMemberRequest` with its required fields (`teamCode`); set the others with the methods named after them.
    pub fn new(required: ManageTeamMemberRequired) -> Self {
        let ManageTeamMemberRequired { team_code } = required;
        Self {
            add_members: None,
            remove_members: None,
            team_code,
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
rt::impl_serialize! {
    ManageTeamMemberRequest { "addMembers" => optional(add_members), "removeMembers" =>
    optional(remove_members), "teamCode" => field(team_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ManageTeamMemberRequest { "addMembers" => read_field(add_members), "removeMembers" =>
    read_field(remove_members), "teamCode" => read_field(team_code) }
}
impl rt::WriteRequest for ManageTeamMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_asr_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryAsrTaskRequest`], each named where it is set: `QueryAsrTaskRequest::new(QueryAsrTaskRequired { .. })`.
pub struct QueryAsrTaskRequired {
    /// `taskId`: see [`QueryAsrTaskRequest::task_id`].
    pub task_id: String,
}
impl QueryAsrTaskRequest {
    /// A `QueryAsrTaskRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(required: QueryAsrTaskRequired) -> Self {
        let QueryAsrTaskRequired { task_id } = required;
        Self {
            max_results: None,
            next_token: None,
            task_id,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAsrTaskRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "taskId" => read_field(task_id), "unionId" =>
    read_field(union_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryAudioFileRequest`], each named where it is set: `QueryAudioFileRequest::new(QueryAudioFileRequired { .. })`.
pub struct QueryAudioFileRequired {
    /// `deviceType`: see [`QueryAudioFileRequest::device_type`].
    pub device_type: String,
    /// `sn`: see [`QueryAudioFileRequest::sn`].
    pub sn: String,
}
impl QueryAudioFileRequest {
    /// A `QueryAudioFileRequest` with its required fields (`deviceType`, `sn`); set the others with the methods named after them.
    pub fn new(required: QueryAudioFileRequired) -> Self {
        let QueryAudioFileRequired { device_type, sn } = required;
        Self {
            device_type,
            end_timestamp: None,
            max_results: None,
            next_token: None,
            sn,
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
rt::impl_serialize! {
    QueryAudioFileRequest { "deviceType" => field(device_type), "endTimestamp" =>
    optional(end_timestamp), "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "sn" => field(sn), "startTimestamp" =>
    optional(start_timestamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAudioFileRequest { "deviceType" => read_field(device_type), "endTimestamp" =>
    read_field(end_timestamp), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "sn" => read_field(sn), "startTimestamp" =>
    read_field(start_timestamp) }
}
impl rt::WriteRequest for QueryAudioFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_device_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryDeviceDetailRequest {
    /// `deviceType`.
    pub device_type: String,
    /// `snList`.
    pub sn_list: Vec<String>,
}
/// The required fields of [`QueryDeviceDetailRequest`], each named where it is set: `QueryDeviceDetailRequest::new(QueryDeviceDetailRequired { .. })`.
pub struct QueryDeviceDetailRequired {
    /// `deviceType`: see [`QueryDeviceDetailRequest::device_type`].
    pub device_type: String,
    /// `snList`: see [`QueryDeviceDetailRequest::sn_list`].
    pub sn_list: Vec<String>,
}
impl QueryDeviceDetailRequest {
    /// A `QueryDeviceDetailRequest` with its required fields (`deviceType`, `snList`); set the others with the methods named after them.
    pub fn new(required: QueryDeviceDetailRequired) -> Self {
        let QueryDeviceDetailRequired { device_type, sn_list } = required;
        Self { device_type, sn_list }
    }
}
rt::impl_serialize! {
    QueryDeviceDetailRequest { "deviceType" => field(device_type), "snList" =>
    field(sn_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDeviceDetailRequest { "deviceType" => read_field(device_type), "snList" =>
    read_field(sn_list) }
}
impl rt::WriteRequest for QueryDeviceDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_device_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryDeviceStatusRequest {
    /// `deviceType`.
    pub device_type: String,
    /// `snList`.
    pub sn_list: Vec<String>,
}
/// The required fields of [`QueryDeviceStatusRequest`], each named where it is set: `QueryDeviceStatusRequest::new(QueryDeviceStatusRequired { .. })`.
pub struct QueryDeviceStatusRequired {
    /// `deviceType`: see [`QueryDeviceStatusRequest::device_type`].
    pub device_type: String,
    /// `snList`: see [`QueryDeviceStatusRequest::sn_list`].
    pub sn_list: Vec<String>,
}
impl QueryDeviceStatusRequest {
    /// A `QueryDeviceStatusRequest` with its required fields (`deviceType`, `snList`); set the others with the methods named after them.
    pub fn new(required: QueryDeviceStatusRequired) -> Self {
        let QueryDeviceStatusRequired { device_type, sn_list } = required;
        Self { device_type, sn_list }
    }
}
rt::impl_serialize! {
    QueryDeviceStatusRequest { "deviceType" => field(device_type), "snList" =>
    field(sn_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDeviceStatusRequest { "deviceType" => read_field(device_type), "snList" =>
    read_field(sn_list) }
}
impl rt::WriteRequest for QueryDeviceStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_file_info_by_minutes_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryFileInfoByMinutesIdRequest {
    /// `minutesId`: a query parameter.
    pub minutes_id: String,
}
/// The required fields of [`QueryFileInfoByMinutesIdRequest`], each named where it is set: `QueryFileInfoByMinutesIdRequest::new(QueryFileInfoByMinutesIdRequired { .. })`.
pub struct QueryFileInfoByMinutesIdRequired {
    /// `minutesId`: see [`QueryFileInfoByMinutesIdRequest::minutes_id`].
    pub minutes_id: String,
}
impl QueryFileInfoByMinutesIdRequest {
    /// A `QueryFileInfoByMinutesIdRequest` with its required fields (`minutesId`); set the others with the methods named after them.
    pub fn new(required: QueryFileInfoByMinutesIdRequired) -> Self {
        let QueryFileInfoByMinutesIdRequired { minutes_id } = required;
        Self { minutes_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryFileInfoByMinutesIdRequest { "minutesId" => read_field(minutes_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySalesInsightsRequest { "analysisDate" => read_field(analysis_date), "userIdList"
    => read_field(user_id_list) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryServiceRecordLocationRequest { "locationAmountLimit" =>
    read_field(location_amount_limit), "recordIdList" => read_field(record_id_list) }
}
impl rt::WriteRequest for QueryServiceRecordLocationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("locationAmountLimit", &self.location_amount_limit);
        writer.query_json("recordIdList", &self.record_id_list);
    }
}
/// The request of [`Api::query_staff_statistic_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryStaffStatisticDataRequest`], each named where it is set: `QueryStaffStatisticDataRequest::new(QueryStaffStatisticDataRequired { .. })`.
pub struct QueryStaffStatisticDataRequired {
    /// `day`: see [`QueryStaffStatisticDataRequest::day`].
    pub day: String,
}
impl QueryStaffStatisticDataRequest {
    /// A `QueryStaffStatisticDataRequest` with its required fields (`day`); set the others with the methods named after them.
    pub fn new(required: QueryStaffStatisticDataRequired) -> Self {
        let QueryStaffStatisticDataRequired { day } = required;
        Self {
            day,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryStaffStatisticDataRequest { "day" => read_field(day), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "teamCode" =>
    read_field(team_code), "userId" => read_field(user_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUserBindDeviceLocationRequest { "userIdList" => read_field(user_id_list) }
}
impl rt::WriteRequest for QueryUserBindDeviceLocationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("userIdList", &self.user_id_list);
    }
}
/// The request of [`Api::query_user_device_location`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryUserDeviceLocationRequest`], each named where it is set: `QueryUserDeviceLocationRequest::new(QueryUserDeviceLocationRequired { .. })`.
pub struct QueryUserDeviceLocationRequired {
    /// `endTime`: see [`QueryUserDeviceLocationRequest::end_time`].
    pub end_time: i64,
    /// `startTime`: see [`QueryUserDeviceLocationRequest::start_time`].
    pub start_time: i64,
    /// `userId`: see [`QueryUserDeviceLocationRequest::user_id`].
    pub user_id: String,
}
impl QueryUserDeviceLocationRequest {
    /// A `QueryUserDeviceLocationRequest` with its required fields (`endTime`, `startTime`, `userId`); set the others with the methods named after them.
    pub fn new(required: QueryUserDeviceLocationRequired) -> Self {
        let QueryUserDeviceLocationRequired { end_time, start_time, user_id } = required;
        Self {
            end_time,
            sn: None,
            start_time,
            user_id,
        }
    }
    /// Sets `sn`.
    pub fn sn(mut self, value: impl Into<String>) -> Self {
        self.sn = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUserDeviceLocationRequest { "endTime" => read_field(end_time), "sn" =>
    read_field(sn), "startTime" => read_field(start_time), "userId" =>
    read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SubmitAgentTaskRequest`], each named where it is set: `SubmitAgentTaskRequest::new(SubmitAgentTaskRequired { .. })`.
pub struct SubmitAgentTaskRequired {
    /// `agentCode`: see [`SubmitAgentTaskRequest::agent_code`].
    pub agent_code: String,
    /// `bizIdentify`: see [`SubmitAgentTaskRequest::biz_identify`].
    pub biz_identify: String,
    /// `input`: see [`SubmitAgentTaskRequest::input`].
    pub input: String,
}
impl SubmitAgentTaskRequest {
    /// A `SubmitAgentTaskRequest` with its required fields (`agentCode`, `bizIdentify`, `input`); set the others with the methods named after them.
    pub fn new(required: SubmitAgentTaskRequired) -> Self {
        let SubmitAgentTaskRequired { agent_code, biz_identify, input } = required;
        Self {
            agent_code,
            biz_identify,
            input,
            user_id: None,
        }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitAgentTaskRequest { "agentCode" => read_field(agent_code), "bizIdentify" =>
    read_field(biz_identify), "input" => read_field(input), "userId" =>
    read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SubmitAsrTaskRequest`], each named where it is set: `SubmitAsrTaskRequest::new(SubmitAsrTaskRequired { .. })`.
pub struct SubmitAsrTaskRequired {
    /// `dentryId`: see [`SubmitAsrTaskRequest::dentry_id`].
    pub dentry_id: String,
    /// `sourceLanguage`: see [`SubmitAsrTaskRequest::source_language`].
    pub source_language: String,
    /// `spaceId`: see [`SubmitAsrTaskRequest::space_id`].
    pub space_id: String,
    /// `unionId`: see [`SubmitAsrTaskRequest::union_id`].
    pub union_id: String,
}
impl SubmitAsrTaskRequest {
    /// A `SubmitAsrTaskRequest` with its required fields (`dentryId`, `sourceLanguage`, `spaceId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: SubmitAsrTaskRequired) -> Self {
        let SubmitAsrTaskRequired { dentry_id, source_language, space_id, union_id } = required;
        Self {
            biz_key: None,
            dentry_id,
            phrases: None,
            source_language,
            space_id,
            transcription: None,
            union_id,
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
rt::impl_serialize! {
    SubmitAsrTaskRequest { "bizKey" => optional(biz_key), "dentryId" => field(dentry_id),
    "phrases" => optional(phrases), "sourceLanguage" => field(source_language), "spaceId"
    => field(space_id), "transcription" => optional(transcription), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitAsrTaskRequest { "bizKey" => read_field(biz_key), "dentryId" =>
    read_field(dentry_id), "phrases" => read_field(phrases), "sourceLanguage" =>
    read_field(source_language), "spaceId" => read_field(space_id), "transcription" =>
    read_field(transcription), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for SubmitAsrTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::submit_customer_split_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SubmitCustomerSplitDataRequest {
    /// `splitParams`: a query parameter, JSON-encoded.
    pub split_params: Vec<SubmitCustomerSplitDataRequestSplitParams>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`SubmitCustomerSplitDataRequest`], each named where it is set: `SubmitCustomerSplitDataRequest::new(SubmitCustomerSplitDataRequired { .. })`.
pub struct SubmitCustomerSplitDataRequired {
    /// `splitParams`: see [`SubmitCustomerSplitDataRequest::split_params`].
    pub split_params: Vec<SubmitCustomerSplitDataRequestSplitParams>,
    /// `userId`: see [`SubmitCustomerSplitDataRequest::user_id`].
    pub user_id: String,
}
impl SubmitCustomerSplitDataRequest {
    /// A `SubmitCustomerSplitDataRequest` with its required fields (`splitParams`, `userId`); set the others with the methods named after them.
    pub fn new(required: SubmitCustomerSplitDataRequired) -> Self {
        let SubmitCustomerSplitDataRequired { split_params, user_id } = required;
        Self { split_params, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitCustomerSplitDataRequest { "splitParams" => read_field(split_params), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for SubmitCustomerSplitDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("splitParams", &self.split_params);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::update_device_binding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateDeviceBindingRequest`], each named where it is set: `UpdateDeviceBindingRequest::new(UpdateDeviceBindingRequired { .. })`.
pub struct UpdateDeviceBindingRequired {
    /// `action`: see [`UpdateDeviceBindingRequest::action`].
    pub action: String,
    /// `sn`: see [`UpdateDeviceBindingRequest::sn`].
    pub sn: String,
    /// `teamCode`: see [`UpdateDeviceBindingRequest::team_code`].
    pub team_code: String,
    /// `userId`: see [`UpdateDeviceBindingRequest::user_id`].
    pub user_id: String,
}
impl UpdateDeviceBindingRequest {
    /// A `UpdateDeviceBindingRequest` with its required fields (`action`, `sn`, `teamCode`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateDeviceBindingRequired) -> Self {
        let UpdateDeviceBindingRequired { action, sn, team_code, user_id } = required;
        Self {
            action,
            sn,
            team_code,
            user_id,
        }
    }
}
rt::impl_serialize! {
    UpdateDeviceBindingRequest { "action" => field(action), "sn" => field(sn), "teamCode"
    => field(team_code), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateDeviceBindingRequest { "action" => read_field(action), "sn" => read_field(sn),
    "teamCode" => read_field(team_code), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateDeviceBindingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_recording_schedule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateRecordingScheduleRequest {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `taskId`.
    pub task_id: String,
}
/// The required fields of [`UpdateRecordingScheduleRequest`], each named where it is set: `UpdateRecordingScheduleRequest::new(UpdateRecordingScheduleRequired { .. })`.
pub struct UpdateRecordingScheduleRequired {
    /// `taskId`: see [`UpdateRecordingScheduleRequest::task_id`].
    pub task_id: String,
}
impl UpdateRecordingScheduleRequest {
    /// A `UpdateRecordingScheduleRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(required: UpdateRecordingScheduleRequired) -> Self {
        let UpdateRecordingScheduleRequired { task_id } = required;
        Self {
            end_time: None,
            start_time: None,
            task_id,
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
rt::impl_serialize! {
    UpdateRecordingScheduleRequest { "endTime" => optional(end_time), "startTime" =>
    optional(start_time), "taskId" => field(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRecordingScheduleRequest { "endTime" => read_field(end_time), "startTime" =>
    read_field(start_time), "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for UpdateRecordingScheduleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_service_record_restrict`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateServiceRecordRestrictRequest {
    /// `action`: a query parameter.
    pub action: String,
    /// `recordIds`: a query parameter, JSON-encoded.
    pub record_ids: Vec<String>,
}
/// The required fields of [`UpdateServiceRecordRestrictRequest`], each named where it is set: `UpdateServiceRecordRestrictRequest::new(UpdateServiceRecordRestrictRequired { .. })`.
pub struct UpdateServiceRecordRestrictRequired {
    /// `action`: see [`UpdateServiceRecordRestrictRequest::action`].
    pub action: String,
    /// `recordIds`: see [`UpdateServiceRecordRestrictRequest::record_ids`].
    pub record_ids: Vec<String>,
}
impl UpdateServiceRecordRestrictRequest {
    /// A `UpdateServiceRecordRestrictRequest` with its required fields (`action`, `recordIds`); set the others with the methods named after them.
    pub fn new(required: UpdateServiceRecordRestrictRequired) -> Self {
        let UpdateServiceRecordRestrictRequired { action, record_ids } = required;
        Self { action, record_ids }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateServiceRecordRestrictRequest { "action" => read_field(action), "recordIds" =>
    read_field(record_ids) }
}
impl rt::WriteRequest for UpdateServiceRecordRestrictRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("action", &self.action);
        writer.query_json("recordIds", &self.record_ids);
    }
}
/// The request of [`Api::update_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateTeamRequest`], each named where it is set: `UpdateTeamRequest::new(UpdateTeamRequired { .. })`.
pub struct UpdateTeamRequired {
    /// `teamCode`: see [`UpdateTeamRequest::team_code`].
    pub team_code: String,
}
impl UpdateTeamRequest {
    /// A `UpdateTeamRequest` with its required fields (`teamCode`); set the others with the methods named after them.
    pub fn new(required: UpdateTeamRequired) -> Self {
        let UpdateTeamRequired { team_code } = required;
        Self {
            dialect_code: None,
            name: None,
            parent_team_code: None,
            scene_codes: None,
            team_code,
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
rt::impl_serialize! {
    UpdateTeamRequest { "dialectCode" => optional(dialect_code), "name" =>
    optional(name), "parentTeamCode" => optional(parent_team_code), "sceneCodes" =>
    optional(scene_codes), "teamCode" => field(team_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTeamRequest { "dialectCode" => read_field(dialect_code), "name" =>
    read_field(name), "parentTeamCode" => read_field(parent_team_code), "sceneCodes" =>
    read_field(scene_codes), "teamCode" => read_field(team_code) }
}
impl rt::WriteRequest for UpdateTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::video_customer_split`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct VideoCustomerSplitRequest {
    /// `customer`.
    pub customer: VideoCustomerSplitRequestCustomer,
    /// `segmentId`.
    pub segment_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`VideoCustomerSplitRequest`], each named where it is set: `VideoCustomerSplitRequest::new(VideoCustomerSplitRequired { .. })`.
pub struct VideoCustomerSplitRequired {
    /// `customer`: see [`VideoCustomerSplitRequest::customer`].
    pub customer: VideoCustomerSplitRequestCustomer,
    /// `segmentId`: see [`VideoCustomerSplitRequest::segment_id`].
    pub segment_id: String,
    /// `userId`: see [`VideoCustomerSplitRequest::user_id`].
    pub user_id: String,
}
impl VideoCustomerSplitRequest {
    /// A `VideoCustomerSplitRequest` with its required fields (`customer`, `segmentId`, `userId`); set the others with the methods named after them.
    pub fn new(required: VideoCustomerSplitRequired) -> Self {
        let VideoCustomerSplitRequired { customer, segment_id, user_id } = required;
        Self {
            customer,
            segment_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    VideoCustomerSplitRequest { "customer" => field(customer), "segmentId" =>
    field(segment_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    VideoCustomerSplitRequest { "customer" => read_field(customer), "segmentId" =>
    read_field(segment_id), "userId" => read_field(user_id) }
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
