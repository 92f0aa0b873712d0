// @generated from api-spec/smart_device_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 智能硬件 (Smart Devices)：考勤机与硬件视频会议。
//!
//! 13 operations, methods of [`Api`] (`client.smart_device_1_0()`), behind the cargo feature `smart_device_1_0`; its paths start with `/v1.0/smartDevice/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `smart_device_1_0`. Get it with `client.smart_device_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 发送考勤机工作台消息
    ///
    /// `POST /v1.0/smartDevice/atm/notify`: DingTalk's `ATMDeviceWorkNotify` (module feature `smart_device_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ATMDeviceWorkNotify")]
    #[doc(alias = "/v1.0/smartDevice/atm/notify")]
    #[doc(alias = "POST /v1.0/smartDevice/atm/notify")]
    pub fn atm_device_work_notify(
        &self,
        request: &ATMDeviceWorkNotifyRequest,
    ) -> rt::Call<ATMDeviceWorkNotifyResponseBody, ATMDeviceWorkNotifyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ATMDeviceWorkNotify",
            rt::Method::Post,
            "/v1.0/smartDevice/atm/notify",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加硬件视频会议参会人
    ///
    /// `POST /v1.0/smartDevice/devices/{deviceId}/videoConferences/{conferenceId}/members`: DingTalk's `AddDeviceVideoConferenceMembers` (module feature `smart_device_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `device_id`: `{deviceId}` in the path.
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddDeviceVideoConferenceMembers")]
    #[doc(
        alias = "/v1.0/smartDevice/devices/{deviceId}/videoConferences/{conferenceId}/members"
    )]
    #[doc(
        alias = "POST /v1.0/smartDevice/devices/{deviceId}/videoConferences/{conferenceId}/members"
    )]
    pub fn add_device_video_conference_members(
        &self,
        device_id: &str,
        conference_id: &str,
        request: &AddDeviceVideoConferenceMembersRequest,
    ) -> rt::Call<(), AddDeviceVideoConferenceMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddDeviceVideoConferenceMembers",
            rt::Method::Post,
            "/v1.0/smartDevice/devices/{deviceId}/videoConferences/{conferenceId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[device_id, conference_id], request)
    }
    /// 创建硬件视频会议
    ///
    /// `POST /v1.0/smartDevice/devices/{deviceId}/videoConferences`: DingTalk's `CreateDeviceVideoConference` (module feature `smart_device_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `device_id`: `{deviceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateDeviceVideoConference")]
    #[doc(alias = "/v1.0/smartDevice/devices/{deviceId}/videoConferences")]
    #[doc(alias = "POST /v1.0/smartDevice/devices/{deviceId}/videoConferences")]
    pub fn create_device_video_conference(
        &self,
        device_id: &str,
        request: &CreateDeviceVideoConferenceRequest,
    ) -> rt::Call<
        CreateDeviceVideoConferenceResponseBody,
        CreateDeviceVideoConferenceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateDeviceVideoConference",
            rt::Method::Post,
            "/v1.0/smartDevice/devices/{deviceId}/videoConferences",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[device_id], request)
    }
    /// 创建导出设备数据任务
    ///
    /// `POST /v1.0/smartDevice/statistic/create`: DingTalk's `CreateExportDeviceStatisticTask` (module feature `smart_device_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateExportDeviceStatisticTask")]
    #[doc(alias = "/v1.0/smartDevice/statistic/create")]
    #[doc(alias = "POST /v1.0/smartDevice/statistic/create")]
    pub fn create_export_device_statistic_task(
        &self,
        request: &CreateExportDeviceStatisticTaskRequest,
    ) -> rt::Call<
        CreateExportDeviceStatisticTaskResponseBody,
        CreateExportDeviceStatisticTaskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateExportDeviceStatisticTask",
            rt::Method::Post,
            "/v1.0/smartDevice/statistic/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 基于企业员工照片为终端提取人脸识别特征
    ///
    /// `POST /v1.0/smartDevice/faceRecognitions/features/extract`: DingTalk's `ExtractFacialFeature` (module feature `smart_device_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExtractFacialFeature")]
    #[doc(alias = "/v1.0/smartDevice/faceRecognitions/features/extract")]
    #[doc(alias = "POST /v1.0/smartDevice/faceRecognitions/features/extract")]
    pub fn extract_facial_feature(
        &self,
        request: &ExtractFacialFeatureRequest,
    ) -> rt::Call<ExtractFacialFeatureResponseBody, ExtractFacialFeatureError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExtractFacialFeature",
            rt::Method::Post,
            "/v1.0/smartDevice/faceRecognitions/features/extract",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 踢出硬件视频会议参会人
    ///
    /// `POST /v1.0/smartDevice/devices/{deviceId}/videoConferences/{conferenceId}/members/batchDelete`: DingTalk's `KickDeviceVideoConferenceMembers` (module feature `smart_device_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `device_id`: `{deviceId}` in the path.
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "KickDeviceVideoConferenceMembers")]
    #[doc(
        alias = "/v1.0/smartDevice/devices/{deviceId}/videoConferences/{conferenceId}/members/batchDelete"
    )]
    #[doc(
        alias = "POST /v1.0/smartDevice/devices/{deviceId}/videoConferences/{conferenceId}/members/batchDelete"
    )]
    pub fn kick_device_video_conference_members(
        &self,
        device_id: &str,
        conference_id: &str,
        request: &KickDeviceVideoConferenceMembersRequest,
    ) -> rt::Call<(), KickDeviceVideoConferenceMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "KickDeviceVideoConferenceMembers",
            rt::Method::Post,
            "/v1.0/smartDevice/devices/{deviceId}/videoConferences/{conferenceId}/members/batchDelete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[device_id, conference_id], request)
    }
    /// 变更智能考勤机设备管理员
    ///
    /// `PUT /v1.0/smartDevice/atmachines/managers`: DingTalk's `MachineManagerUpdate` (module feature `smart_device_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MachineManagerUpdate")]
    #[doc(alias = "/v1.0/smartDevice/atmachines/managers")]
    #[doc(alias = "PUT /v1.0/smartDevice/atmachines/managers")]
    pub fn machine_manager_update(
        &self,
        request: &MachineManagerUpdateRequest,
    ) -> rt::Call<(), MachineManagerUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MachineManagerUpdate",
            rt::Method::Put,
            "/v1.0/smartDevice/atmachines/managers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 变更智能考勤机员工
    ///
    /// `PUT /v1.0/smartDevice/atmachines/users`: DingTalk's `MachineUsersUpdate` (module feature `smart_device_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MachineUsersUpdate")]
    #[doc(alias = "/v1.0/smartDevice/atmachines/users")]
    #[doc(alias = "PUT /v1.0/smartDevice/atmachines/users")]
    pub fn machine_users_update(
        &self,
        request: &MachineUsersUpdateRequest,
    ) -> rt::Call<(), MachineUsersUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MachineUsersUpdate",
            rt::Method::Put,
            "/v1.0/smartDevice/atmachines/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询硬件视频会议预约信息
    ///
    /// `GET /v1.0/smartDevice/devices/{deviceId}/books/{bookId}`: DingTalk's `QueryDeviceVideoConferenceBook` (module feature `smart_device_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `device_id`: `{deviceId}` in the path.
    /// - `book_id`: `{bookId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDeviceVideoConferenceBook")]
    #[doc(alias = "/v1.0/smartDevice/devices/{deviceId}/books/{bookId}")]
    #[doc(alias = "GET /v1.0/smartDevice/devices/{deviceId}/books/{bookId}")]
    pub fn query_device_video_conference_book(
        &self,
        device_id: &str,
        book_id: &str,
    ) -> rt::Call<
        QueryDeviceVideoConferenceBookResponseBody,
        QueryDeviceVideoConferenceBookError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDeviceVideoConferenceBook",
            rt::Method::Get,
            "/v1.0/smartDevice/devices/{deviceId}/books/{bookId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[device_id, book_id], &())
    }
    /// 删除用户的人脸底图
    ///
    /// `POST /v1.0/smartDevice/faceRecognitions/feature`: DingTalk's `RemoveUserFace` (module feature `smart_device_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveUserFace")]
    #[doc(alias = "/v1.0/smartDevice/faceRecognitions/feature")]
    #[doc(alias = "POST /v1.0/smartDevice/faceRecognitions/feature")]
    pub fn remove_user_face(
        &self,
        request: &RemoveUserFaceRequest,
    ) -> rt::Call<RemoveUserFaceResponseBody, RemoveUserFaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveUserFace",
            rt::Method::Post,
            "/v1.0/smartDevice/faceRecognitions/feature",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 文生图开放接口
    ///
    /// `POST /v1.0/smartDevice/textToImages/generate`: DingTalk's `TextToImage` (module feature `smart_device_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TextToImage")]
    #[doc(alias = "/v1.0/smartDevice/textToImages/generate")]
    #[doc(alias = "POST /v1.0/smartDevice/textToImages/generate")]
    pub fn text_to_image(
        &self,
        request: &TextToImageRequest,
    ) -> rt::Call<TextToImageResponseBody, TextToImageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TextToImage",
            rt::Method::Post,
            "/v1.0/smartDevice/textToImages/generate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新导出设备数据
    ///
    /// `PUT /v1.0/smartDevice/statistic`: DingTalk's `UpdateExportDeviceStatistic` (module feature `smart_device_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateExportDeviceStatistic")]
    #[doc(alias = "/v1.0/smartDevice/statistic")]
    #[doc(alias = "PUT /v1.0/smartDevice/statistic")]
    pub fn update_export_device_statistic(
        &self,
        request: &UpdateExportDeviceStatisticRequest,
    ) -> rt::Call<
        UpdateExportDeviceStatisticResponseBody,
        UpdateExportDeviceStatisticError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateExportDeviceStatistic",
            rt::Method::Put,
            "/v1.0/smartDevice/statistic",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 音频复刻
    ///
    /// `POST /v1.0/smartDevice/voices/clone`: DingTalk's `VoiceClone` (module feature `smart_device_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "VoiceClone")]
    #[doc(alias = "/v1.0/smartDevice/voices/clone")]
    #[doc(alias = "POST /v1.0/smartDevice/voices/clone")]
    pub fn voice_clone(
        &self,
        request: &VoiceCloneRequest,
    ) -> rt::Call<VoiceCloneResponseBody, VoiceCloneError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "VoiceClone",
            rt::Method::Post,
            "/v1.0/smartDevice/voices/clone",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `ATMDeviceWorkNotifyResponseBody`, a model several operations share: also named [`UpdateExportDeviceStatisticResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ATMDeviceWorkNotifyResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ATMDeviceWorkNotifyResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ATMDeviceWorkNotifyResponseBody { "success" => optional(success) }
}
/// `CreateDeviceVideoConferenceResponseBody`, a model several operations share: also named [`QueryDeviceVideoConferenceBookResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateDeviceVideoConferenceResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `conferenceId`.
    pub conference_id: Option<String>,
}
rt::impl_deserialize! {
    CreateDeviceVideoConferenceResponseBody { "code" => read_field(code), "conferenceId"
    => read_field(conference_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateDeviceVideoConferenceResponseBody { "code" => optional(code), "conferenceId" =>
    optional(conference_id) }
}
/// `CreateExportDeviceStatisticTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateExportDeviceStatisticTaskResponseBody {
    /// `exportStatisticTaskDTO`.
    pub export_statistic_task_dto: Option<
        CreateExportDeviceStatisticTaskResponseBodyExportStatisticTaskDTO,
    >,
}
rt::impl_deserialize! {
    CreateExportDeviceStatisticTaskResponseBody { "exportStatisticTaskDTO" =>
    read_field(export_statistic_task_dto) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateExportDeviceStatisticTaskResponseBody { "exportStatisticTaskDTO" =>
    optional(export_statistic_task_dto) }
}
/// `ExtractFacialFeatureResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExtractFacialFeatureResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    ExtractFacialFeatureResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExtractFacialFeatureResponseBody { "result" => optional(result) }
}
/// `MachineManagerUpdateRequestAtmManagerRightMap`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MachineManagerUpdateRequestAtmManagerRightMap {
    /// `attendancePersonManage`.
    pub attendance_person_manage: Option<bool>,
    /// `bluetoothPunchManage`.
    pub bluetooth_punch_manage: Option<bool>,
    /// `deviceReset`.
    pub device_reset: Option<bool>,
    /// `deviceSettings`.
    pub device_settings: Option<bool>,
    /// `facePunchManage`.
    pub face_punch_manage: Option<bool>,
    /// `fingerPunchManage`.
    pub finger_punch_manage: Option<bool>,
}
impl MachineManagerUpdateRequestAtmManagerRightMap {
    /// An empty `MachineManagerUpdateRequestAtmManagerRightMap`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `attendancePersonManage`.
    pub fn attendance_person_manage(mut self, value: bool) -> Self {
        self.attendance_person_manage = Some(value);
        self
    }
    /// Sets `bluetoothPunchManage`.
    pub fn bluetooth_punch_manage(mut self, value: bool) -> Self {
        self.bluetooth_punch_manage = Some(value);
        self
    }
    /// Sets `deviceReset`.
    pub fn device_reset(mut self, value: bool) -> Self {
        self.device_reset = Some(value);
        self
    }
    /// Sets `deviceSettings`.
    pub fn device_settings(mut self, value: bool) -> Self {
        self.device_settings = Some(value);
        self
    }
    /// Sets `facePunchManage`.
    pub fn face_punch_manage(mut self, value: bool) -> Self {
        self.face_punch_manage = Some(value);
        self
    }
    /// Sets `fingerPunchManage`.
    pub fn finger_punch_manage(mut self, value: bool) -> Self {
        self.finger_punch_manage = Some(value);
        self
    }
}
rt::impl_serialize! {
    MachineManagerUpdateRequestAtmManagerRightMap { "attendancePersonManage" =>
    optional(attendance_person_manage), "bluetoothPunchManage" =>
    optional(bluetooth_punch_manage), "deviceReset" => optional(device_reset),
    "deviceSettings" => optional(device_settings), "facePunchManage" =>
    optional(face_punch_manage), "fingerPunchManage" => optional(finger_punch_manage) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MachineManagerUpdateRequestAtmManagerRightMap { "attendancePersonManage" =>
    read_field(attendance_person_manage), "bluetoothPunchManage" =>
    read_field(bluetooth_punch_manage), "deviceReset" => read_field(device_reset),
    "deviceSettings" => read_field(device_settings), "facePunchManage" =>
    read_field(face_punch_manage), "fingerPunchManage" => read_field(finger_punch_manage)
    }
}
/// `QueryDeviceVideoConferenceBookResponseBody`: the same model as [`CreateDeviceVideoConferenceResponseBody`].
pub type QueryDeviceVideoConferenceBookResponseBody = CreateDeviceVideoConferenceResponseBody;
/// `RemoveUserFaceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RemoveUserFaceResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    RemoveUserFaceResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RemoveUserFaceResponseBody { "result" => optional(result) }
}
/// `TextToImageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TextToImageResponseBody {
    /// `result`.
    pub result: Option<TextToImageResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    TextToImageResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TextToImageResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `UpdateExportDeviceStatisticRequestRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateExportDeviceStatisticRequestRecords {
    /// `fields`.
    pub fields: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `sheetName`.
    pub sheet_name: Option<String>,
}
impl UpdateExportDeviceStatisticRequestRecords {
    /// An empty `UpdateExportDeviceStatisticRequestRecords`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fields`.
    pub fn fields(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.fields = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `sheetName`.
    pub fn sheet_name(mut self, value: impl Into<String>) -> Self {
        self.sheet_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateExportDeviceStatisticRequestRecords { "fields" => optional(fields), "sheetName"
    => optional(sheet_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateExportDeviceStatisticRequestRecords { "fields" => read_field(fields),
    "sheetName" => read_field(sheet_name) }
}
/// `UpdateExportDeviceStatisticResponseBody`: the same model as [`ATMDeviceWorkNotifyResponseBody`].
pub type UpdateExportDeviceStatisticResponseBody = ATMDeviceWorkNotifyResponseBody;
/// `VoiceCloneResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct VoiceCloneResponseBody {
    /// `result`.
    pub result: Option<VoiceCloneResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    VoiceCloneResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    VoiceCloneResponseBody { "result" => optional(result), "success" => optional(success)
    }
}
/// `CreateExportDeviceStatisticTaskResponseBodyExportStatisticTaskDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateExportDeviceStatisticTaskResponseBodyExportStatisticTaskDTO {
    /// `aiSheetDocumentOpenDTO`.
    pub ai_sheet_document_open_dto: Option<
        CreateExportDeviceStatisticTaskResponseBodyExportStatisticTaskDTOAiSheetDocumentOpenDTO,
    >,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskName`.
    pub task_name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    CreateExportDeviceStatisticTaskResponseBodyExportStatisticTaskDTO {
    "aiSheetDocumentOpenDTO" => read_field(ai_sheet_document_open_dto), "corpId" =>
    read_field(corp_id), "taskId" => read_field(task_id), "taskName" =>
    read_field(task_name), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateExportDeviceStatisticTaskResponseBodyExportStatisticTaskDTO {
    "aiSheetDocumentOpenDTO" => optional(ai_sheet_document_open_dto), "corpId" =>
    optional(corp_id), "taskId" => optional(task_id), "taskName" => optional(task_name),
    "unionId" => optional(union_id) }
}
/// `TextToImageResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TextToImageResponseBodyResult {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskStatus`.
    pub task_status: Option<String>,
}
rt::impl_deserialize! {
    TextToImageResponseBodyResult { "requestId" => read_field(request_id), "taskId" =>
    read_field(task_id), "taskStatus" => read_field(task_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TextToImageResponseBodyResult { "requestId" => optional(request_id), "taskId" =>
    optional(task_id), "taskStatus" => optional(task_status) }
}
/// `VoiceCloneResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct VoiceCloneResponseBodyResult {
    /// `mediaUrl`.
    pub media_url: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    VoiceCloneResponseBodyResult { "mediaUrl" => read_field(media_url), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    VoiceCloneResponseBodyResult { "mediaUrl" => optional(media_url), "requestId" =>
    optional(request_id) }
}
/// `CreateExportDeviceStatisticTaskResponseBodyExportStatisticTaskDTOAiSheetDocumentOpenDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateExportDeviceStatisticTaskResponseBodyExportStatisticTaskDTOAiSheetDocumentOpenDTO {
    /// `aiSheetTemplateId`.
    pub ai_sheet_template_id: Option<i64>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `documentId`.
    pub document_id: Option<String>,
    /// `documentName`.
    pub document_name: Option<String>,
    /// `documentUrl`.
    pub document_url: Option<String>,
}
rt::impl_deserialize! {
    CreateExportDeviceStatisticTaskResponseBodyExportStatisticTaskDTOAiSheetDocumentOpenDTO
    { "aiSheetTemplateId" => read_field(ai_sheet_template_id), "corpId" =>
    read_field(corp_id), "documentId" => read_field(document_id), "documentName" =>
    read_field(document_name), "documentUrl" => read_field(document_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateExportDeviceStatisticTaskResponseBodyExportStatisticTaskDTOAiSheetDocumentOpenDTO
    { "aiSheetTemplateId" => optional(ai_sheet_template_id), "corpId" =>
    optional(corp_id), "documentId" => optional(document_id), "documentName" =>
    optional(document_name), "documentUrl" => optional(document_url) }
}
/// The request of [`Api::atm_device_work_notify`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ATMDeviceWorkNotifyRequest {
    /// `creatorCorpId`.
    pub creator_corp_id: Option<String>,
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `notifyType`.
    pub notify_type: Option<String>,
    /// `paramContent`.
    pub param_content: Option<String>,
    /// `targetUrl`.
    pub target_url: Option<String>,
}
impl ATMDeviceWorkNotifyRequest {
    /// An empty `ATMDeviceWorkNotifyRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `creatorCorpId`.
    pub fn creator_corp_id(mut self, value: impl Into<String>) -> Self {
        self.creator_corp_id = Some(value.into());
        self
    }
    /// Sets `creatorUnionId`.
    pub fn creator_union_id(mut self, value: impl Into<String>) -> Self {
        self.creator_union_id = Some(value.into());
        self
    }
    /// Sets `notifyType`.
    pub fn notify_type(mut self, value: impl Into<String>) -> Self {
        self.notify_type = Some(value.into());
        self
    }
    /// Sets `paramContent`.
    pub fn param_content(mut self, value: impl Into<String>) -> Self {
        self.param_content = Some(value.into());
        self
    }
    /// Sets `targetUrl`.
    pub fn target_url(mut self, value: impl Into<String>) -> Self {
        self.target_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ATMDeviceWorkNotifyRequest { "creatorCorpId" => optional(creator_corp_id),
    "creatorUnionId" => optional(creator_union_id), "notifyType" =>
    optional(notify_type), "paramContent" => optional(param_content), "targetUrl" =>
    optional(target_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ATMDeviceWorkNotifyRequest { "creatorCorpId" => read_field(creator_corp_id),
    "creatorUnionId" => read_field(creator_union_id), "notifyType" =>
    read_field(notify_type), "paramContent" => read_field(param_content), "targetUrl" =>
    read_field(target_url) }
}
impl rt::WriteRequest for ATMDeviceWorkNotifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_device_video_conference_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddDeviceVideoConferenceMembersRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`AddDeviceVideoConferenceMembersRequest`], each named where it is set: `AddDeviceVideoConferenceMembersRequest::new(AddDeviceVideoConferenceMembersRequired { .. })`.
pub struct AddDeviceVideoConferenceMembersRequired {
    /// `userIds`: see [`AddDeviceVideoConferenceMembersRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl AddDeviceVideoConferenceMembersRequest {
    /// A `AddDeviceVideoConferenceMembersRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: AddDeviceVideoConferenceMembersRequired) -> Self {
        let AddDeviceVideoConferenceMembersRequired { user_ids } = required;
        Self { user_ids }
    }
}
rt::impl_serialize! {
    AddDeviceVideoConferenceMembersRequest { "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddDeviceVideoConferenceMembersRequest { "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for AddDeviceVideoConferenceMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_device_video_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateDeviceVideoConferenceRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`CreateDeviceVideoConferenceRequest`], each named where it is set: `CreateDeviceVideoConferenceRequest::new(CreateDeviceVideoConferenceRequired { .. })`.
pub struct CreateDeviceVideoConferenceRequired {
    /// `userIds`: see [`CreateDeviceVideoConferenceRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl CreateDeviceVideoConferenceRequest {
    /// A `CreateDeviceVideoConferenceRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: CreateDeviceVideoConferenceRequired) -> Self {
        let CreateDeviceVideoConferenceRequired { user_ids } = required;
        Self { user_ids }
    }
}
rt::impl_serialize! {
    CreateDeviceVideoConferenceRequest { "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateDeviceVideoConferenceRequest { "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for CreateDeviceVideoConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_export_device_statistic_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateExportDeviceStatisticTaskRequest {
    /// `aiSheetTemplateId`.
    pub ai_sheet_template_id: Option<i64>,
    /// `creatorCorpId`.
    pub creator_corp_id: Option<String>,
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `taskName`.
    pub task_name: Option<String>,
}
impl CreateExportDeviceStatisticTaskRequest {
    /// An empty `CreateExportDeviceStatisticTaskRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `aiSheetTemplateId`.
    pub fn ai_sheet_template_id(mut self, value: i64) -> Self {
        self.ai_sheet_template_id = Some(value);
        self
    }
    /// Sets `creatorCorpId`.
    pub fn creator_corp_id(mut self, value: impl Into<String>) -> Self {
        self.creator_corp_id = Some(value.into());
        self
    }
    /// Sets `creatorUnionId`.
    pub fn creator_union_id(mut self, value: impl Into<String>) -> Self {
        self.creator_union_id = Some(value.into());
        self
    }
    /// Sets `taskName`.
    pub fn task_name(mut self, value: impl Into<String>) -> Self {
        self.task_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateExportDeviceStatisticTaskRequest { "aiSheetTemplateId" =>
    optional(ai_sheet_template_id), "creatorCorpId" => optional(creator_corp_id),
    "creatorUnionId" => optional(creator_union_id), "taskName" => optional(task_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateExportDeviceStatisticTaskRequest { "aiSheetTemplateId" =>
    read_field(ai_sheet_template_id), "creatorCorpId" => read_field(creator_corp_id),
    "creatorUnionId" => read_field(creator_union_id), "taskName" => read_field(task_name)
    }
}
impl rt::WriteRequest for CreateExportDeviceStatisticTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::extract_facial_feature`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExtractFacialFeatureRequest {
    /// `mediaId`.
    pub media_id: String,
    /// `userid`.
    pub userid: String,
}
/// The required fields of [`ExtractFacialFeatureRequest`], each named where it is set: `ExtractFacialFeatureRequest::new(ExtractFacialFeatureRequired { .. })`.
pub struct ExtractFacialFeatureRequired {
    /// `mediaId`: see [`ExtractFacialFeatureRequest::media_id`].
    pub media_id: String,
    /// `userid`: see [`ExtractFacialFeatureRequest::userid`].
    pub userid: String,
}
impl ExtractFacialFeatureRequest {
    /// A `ExtractFacialFeatureRequest` with its required fields (`mediaId`, `userid`); set the others with the methods named after them.
    pub fn new(required: ExtractFacialFeatureRequired) -> Self {
        let ExtractFacialFeatureRequired { media_id, userid } = required;
        Self { media_id, userid }
    }
}
rt::impl_serialize! {
    ExtractFacialFeatureRequest { "mediaId" => field(media_id), "userid" => field(userid)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExtractFacialFeatureRequest { "mediaId" => read_field(media_id), "userid" =>
    read_field(userid) }
}
impl rt::WriteRequest for ExtractFacialFeatureRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::kick_device_video_conference_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct KickDeviceVideoConferenceMembersRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`KickDeviceVideoConferenceMembersRequest`], each named where it is set: `KickDeviceVideoConferenceMembersRequest::new(KickDeviceVideoConferenceMembersRequired { .. })`.
pub struct KickDeviceVideoConferenceMembersRequired {
    /// `userIds`: see [`KickDeviceVideoConferenceMembersRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl KickDeviceVideoConferenceMembersRequest {
    /// A `KickDeviceVideoConferenceMembersRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: KickDeviceVideoConferenceMembersRequired) -> Self {
        let KickDeviceVideoConferenceMembersRequired { user_ids } = required;
        Self { user_ids }
    }
}
rt::impl_serialize! {
    KickDeviceVideoConferenceMembersRequest { "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    KickDeviceVideoConferenceMembersRequest { "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for KickDeviceVideoConferenceMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::machine_manager_update`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MachineManagerUpdateRequest {
    /// `atmManagerRightMap`.
    pub atm_manager_right_map: Option<MachineManagerUpdateRequestAtmManagerRightMap>,
    /// `deviceId`.
    pub device_id: Option<i64>,
    /// `scopeDeptIds`.
    pub scope_dept_ids: Option<Vec<i64>>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl MachineManagerUpdateRequest {
    /// An empty `MachineManagerUpdateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atmManagerRightMap`.
    pub fn atm_manager_right_map(
        mut self,
        value: MachineManagerUpdateRequestAtmManagerRightMap,
    ) -> Self {
        self.atm_manager_right_map = Some(value);
        self
    }
    /// Sets `deviceId`.
    pub fn device_id(mut self, value: i64) -> Self {
        self.device_id = Some(value);
        self
    }
    /// Sets `scopeDeptIds`.
    pub fn scope_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.scope_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    MachineManagerUpdateRequest { "atmManagerRightMap" =>
    optional(atm_manager_right_map), "deviceId" => optional(device_id), "scopeDeptIds" =>
    optional(scope_dept_ids), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MachineManagerUpdateRequest { "atmManagerRightMap" =>
    read_field(atm_manager_right_map), "deviceId" => read_field(device_id),
    "scopeDeptIds" => read_field(scope_dept_ids), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for MachineManagerUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::machine_users_update`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MachineUsersUpdateRequest {
    /// `addDeptIds`.
    pub add_dept_ids: Option<Vec<i64>>,
    /// `addUserIds`.
    pub add_user_ids: Option<Vec<String>>,
    /// `delDeptIds`.
    pub del_dept_ids: Option<Vec<i64>>,
    /// `delUserIds`.
    pub del_user_ids: Option<Vec<String>>,
    /// `devIds`.
    pub dev_ids: Option<Vec<i64>>,
    /// `deviceIds`.
    pub device_ids: Option<Vec<String>>,
}
impl MachineUsersUpdateRequest {
    /// An empty `MachineUsersUpdateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `addDeptIds`.
    pub fn add_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.add_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `addUserIds`.
    pub fn add_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `delDeptIds`.
    pub fn del_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.del_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `delUserIds`.
    pub fn del_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.del_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `devIds`.
    pub fn dev_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dev_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `deviceIds`.
    pub fn device_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    MachineUsersUpdateRequest { "addDeptIds" => optional(add_dept_ids), "addUserIds" =>
    optional(add_user_ids), "delDeptIds" => optional(del_dept_ids), "delUserIds" =>
    optional(del_user_ids), "devIds" => optional(dev_ids), "deviceIds" =>
    optional(device_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MachineUsersUpdateRequest { "addDeptIds" => read_field(add_dept_ids), "addUserIds" =>
    read_field(add_user_ids), "delDeptIds" => read_field(del_dept_ids), "delUserIds" =>
    read_field(del_user_ids), "devIds" => read_field(dev_ids), "deviceIds" =>
    read_field(device_ids) }
}
impl rt::WriteRequest for MachineUsersUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_user_face`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RemoveUserFaceRequest {
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl RemoveUserFaceRequest {
    /// An empty `RemoveUserFaceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveUserFaceRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for RemoveUserFaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::text_to_image`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TextToImageRequest {
    /// `modelId`.
    pub model_id: Option<String>,
    /// `pictureNum`.
    pub picture_num: Option<i64>,
    /// `pictureSize`.
    pub picture_size: Option<String>,
    /// `query`.
    pub query: String,
}
/// The required fields of [`TextToImageRequest`], each named where it is set: `TextToImageRequest::new(TextToImageRequired { .. })`.
pub struct TextToImageRequired {
    /// `query`: see [`TextToImageRequest::query`].
    pub query: String,
}
impl TextToImageRequest {
    /// A `TextToImageRequest` with its required fields (`query`); set the others with the methods named after them.
    pub fn new(required: TextToImageRequired) -> Self {
        let TextToImageRequired { query } = required;
        Self {
            model_id: None,
            picture_num: None,
            picture_size: None,
            query,
        }
    }
    /// Sets `modelId`.
    pub fn model_id(mut self, value: impl Into<String>) -> Self {
        self.model_id = Some(value.into());
        self
    }
    /// Sets `pictureNum`.
    pub fn picture_num(mut self, value: i64) -> Self {
        self.picture_num = Some(value);
        self
    }
    /// Sets `pictureSize`.
    pub fn picture_size(mut self, value: impl Into<String>) -> Self {
        self.picture_size = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TextToImageRequest { "modelId" => optional(model_id), "pictureNum" =>
    optional(picture_num), "pictureSize" => optional(picture_size), "query" =>
    field(query) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TextToImageRequest { "modelId" => read_field(model_id), "pictureNum" =>
    read_field(picture_num), "pictureSize" => read_field(picture_size), "query" =>
    read_field(query) }
}
impl rt::WriteRequest for TextToImageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_export_device_statistic`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateExportDeviceStatisticRequest {
    /// `creatorCorpId`.
    pub creator_corp_id: Option<String>,
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `records`.
    pub records: Option<Vec<UpdateExportDeviceStatisticRequestRecords>>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl UpdateExportDeviceStatisticRequest {
    /// An empty `UpdateExportDeviceStatisticRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `creatorCorpId`.
    pub fn creator_corp_id(mut self, value: impl Into<String>) -> Self {
        self.creator_corp_id = Some(value.into());
        self
    }
    /// Sets `creatorUnionId`.
    pub fn creator_union_id(mut self, value: impl Into<String>) -> Self {
        self.creator_union_id = Some(value.into());
        self
    }
    /// Sets `records`.
    pub fn records(
        mut self,
        value: impl IntoIterator<Item = UpdateExportDeviceStatisticRequestRecords>,
    ) -> Self {
        self.records = Some(value.into_iter().collect());
        self
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateExportDeviceStatisticRequest { "creatorCorpId" => optional(creator_corp_id),
    "creatorUnionId" => optional(creator_union_id), "records" => optional(records),
    "taskId" => optional(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateExportDeviceStatisticRequest { "creatorCorpId" => read_field(creator_corp_id),
    "creatorUnionId" => read_field(creator_union_id), "records" => read_field(records),
    "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for UpdateExportDeviceStatisticRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::voice_clone`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct VoiceCloneRequest {
    /// `text`.
    pub text: String,
    /// `userId`.
    pub user_id: Option<String>,
    /// `voiceId`.
    pub voice_id: String,
}
/// The required fields of [`VoiceCloneRequest`], each named where it is set: `VoiceCloneRequest::new(VoiceCloneRequired { .. })`.
pub struct VoiceCloneRequired {
    /// `text`: see [`VoiceCloneRequest::text`].
    pub text: String,
    /// `voiceId`: see [`VoiceCloneRequest::voice_id`].
    pub voice_id: String,
}
impl VoiceCloneRequest {
    /// A `VoiceCloneRequest` with its required fields (`text`, `voiceId`); set the others with the methods named after them.
    pub fn new(required: VoiceCloneRequired) -> Self {
        let VoiceCloneRequired { text, voice_id } = required;
        Self {
            text,
            user_id: None,
            voice_id,
        }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    VoiceCloneRequest { "text" => field(text), "userId" => optional(user_id), "voiceId"
    => field(voice_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    VoiceCloneRequest { "text" => read_field(text), "userId" => read_field(user_id),
    "voiceId" => read_field(voice_id) }
}
impl rt::WriteRequest for VoiceCloneRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::atm_device_work_notify`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ATMDeviceWorkNotifyError = rt::ServiceError;
/// An error reply of [`Api::add_device_video_conference_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddDeviceVideoConferenceMembersError = rt::ServiceError;
/// An error reply of [`Api::create_device_video_conference`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateDeviceVideoConferenceError = rt::ServiceError;
/// An error reply of [`Api::create_export_device_statistic_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateExportDeviceStatisticTaskError = rt::ServiceError;
/// An error reply of [`Api::extract_facial_feature`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExtractFacialFeatureError = rt::ServiceError;
/// An error reply of [`Api::kick_device_video_conference_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type KickDeviceVideoConferenceMembersError = rt::ServiceError;
/// An error reply of [`Api::machine_manager_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MachineManagerUpdateError = rt::ServiceError;
/// An error reply of [`Api::machine_users_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MachineUsersUpdateError = rt::ServiceError;
/// An error reply of [`Api::query_device_video_conference_book`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDeviceVideoConferenceBookError = rt::ServiceError;
/// An error reply of [`Api::remove_user_face`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveUserFaceError = rt::ServiceError;
/// An error reply of [`Api::text_to_image`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TextToImageError = rt::ServiceError;
/// An error reply of [`Api::update_export_device_statistic`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateExportDeviceStatisticError = rt::ServiceError;
/// An error reply of [`Api::voice_clone`]: the spec lists no error codes for it, so every code arrives as it is.
pub type VoiceCloneError = rt::ServiceError;
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
        "ATMDeviceWorkNotify" => {
            rt::conformance::reply(api.atm_device_work_notify(&inputs.request(true)?))
                .await
        }
        "AddDeviceVideoConferenceMembers" => {
            rt::conformance::reply(
                    api
                        .add_device_video_conference_members(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateDeviceVideoConference" => {
            rt::conformance::reply(
                    api
                        .create_device_video_conference(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateExportDeviceStatisticTask" => {
            rt::conformance::reply(
                    api.create_export_device_statistic_task(&inputs.request(true)?),
                )
                .await
        }
        "ExtractFacialFeature" => {
            rt::conformance::reply(api.extract_facial_feature(&inputs.request(true)?))
                .await
        }
        "KickDeviceVideoConferenceMembers" => {
            rt::conformance::reply(
                    api
                        .kick_device_video_conference_members(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "MachineManagerUpdate" => {
            rt::conformance::reply(api.machine_manager_update(&inputs.request(true)?))
                .await
        }
        "MachineUsersUpdate" => {
            rt::conformance::reply(api.machine_users_update(&inputs.request(true)?))
                .await
        }
        "QueryDeviceVideoConferenceBook" => {
            rt::conformance::reply(
                    api
                        .query_device_video_conference_book(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "RemoveUserFace" => {
            rt::conformance::reply(api.remove_user_face(&inputs.request(false)?)).await
        }
        "TextToImage" => {
            rt::conformance::reply(api.text_to_image(&inputs.request(true)?)).await
        }
        "UpdateExportDeviceStatistic" => {
            rt::conformance::reply(
                    api.update_export_device_statistic(&inputs.request(true)?),
                )
                .await
        }
        "VoiceClone" => {
            rt::conformance::reply(api.voice_clone(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
