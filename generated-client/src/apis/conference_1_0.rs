// @generated from api-spec/conference_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.conference_1_0()`. Generated from `api-spec/conference_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `conference_1_0`. Get it with `client.conference_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 增加闪记权限
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/flashMinutes/recordPermissions` (operation `AddRecordPermission`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddRecordPermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_record_permission(
        &self,
        conference_id: &str,
        request: &AddRecordPermissionRequest,
    ) -> rt::Call<AddRecordPermissionResponseBody, AddRecordPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddRecordPermission",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/flashMinutes/recordPermissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 取消预约会议
    ///
    /// `POST /v1.0/conference/scheduleConferences/cancel` (operation `CancelScheduleConference`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CancelScheduleConferenceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn cancel_schedule_conference(
        &self,
        request: &CancelScheduleConferenceRequest,
    ) -> rt::Call<CancelScheduleConferenceResponseBody, CancelScheduleConferenceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CancelScheduleConference",
            rt::Method::Post,
            "/v1.0/conference/scheduleConferences/cancel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 关闭视频会议
    ///
    /// `DELETE /v1.0/conference/videoConferences/{conference_id}` (operation `CloseVideoConference`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CloseVideoConferenceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn close_video_conference(
        &self,
        conference_id: &str,
        request: &CloseVideoConferenceRequest,
    ) -> rt::Call<CloseVideoConferenceResponseBody, CloseVideoConferenceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CloseVideoConference",
            rt::Method::Delete,
            "/v1.0/conference/videoConferences/{conference_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 设置联席主持人
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/coHosts/set` (operation `Cohosts`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CohostsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn cohosts(
        &self,
        conference_id: &str,
        request: &CohostsRequest,
    ) -> rt::Call<CohostsResponseBody, CohostsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Cohosts",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/coHosts/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 生成会议自动登录url
    ///
    /// `POST /v1.0/conference/videoConferences/createAutoLoginUrl` (operation `CreateAutoLoginUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAutoLoginUrlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_auto_login_url(
        &self,
        request: &CreateAutoLoginUrlRequest,
    ) -> rt::Call<CreateAutoLoginUrlResponseBody, CreateAutoLoginUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAutoLoginUrl",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/createAutoLoginUrl",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建专属短链
    ///
    /// `POST /v1.0/conference/customShortLinks` (operation `CreateCustomShortLink`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateCustomShortLinkError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_custom_short_link(
        &self,
        request: &CreateCustomShortLinkRequest,
    ) -> rt::Call<CreateCustomShortLinkResponseBody, CreateCustomShortLinkError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateCustomShortLink",
            rt::Method::Post,
            "/v1.0/conference/customShortLinks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建预约会议
    ///
    /// `POST /v1.0/conference/scheduleConferences` (operation `CreateScheduleConference`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateScheduleConferenceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_schedule_conference(
        &self,
        request: &CreateScheduleConferenceRequest,
    ) -> rt::Call<CreateScheduleConferenceResponseBody, CreateScheduleConferenceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateScheduleConference",
            rt::Method::Post,
            "/v1.0/conference/scheduleConferences",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建视频会议
    ///
    /// `POST /v1.0/conference/videoConferences` (operation `CreateVideoConference`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateVideoConferenceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_video_conference(
        &self,
        request: &CreateVideoConferenceRequest,
    ) -> rt::Call<CreateVideoConferenceResponseBody, CreateVideoConferenceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateVideoConference",
            rt::Method::Post,
            "/v1.0/conference/videoConferences",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置全员看他
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/focus` (operation `Focus`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`FocusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn focus(
        &self,
        conference_id: &str,
        request: &FocusRequest,
    ) -> rt::Call<FocusResponseBody, FocusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Focus",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/focus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 生成会议闪记文档的下载链接
    ///
    /// `GET /v1.0/conference/videoConferences/{conference_id}/flashMinutes/document/generate` (operation `GenerateFlashMinutesDocumentUrl`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GenerateFlashMinutesDocumentUrlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn generate_flash_minutes_document_url(
        &self,
        conference_id: &str,
        request: &GenerateFlashMinutesDocumentUrlRequest,
    ) -> rt::Call<
        GenerateFlashMinutesDocumentUrlResponseBody,
        GenerateFlashMinutesDocumentUrlError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GenerateFlashMinutesDocumentUrl",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conference_id}/flashMinutes/document/generate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 通过conferenceId获取指定音视频会议信息
    ///
    /// `GET /v1.0/conference/videoConferences/{conference_id}/infos` (operation `GetConfDataByConferenceId`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetConfDataByConferenceIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_conf_data_by_conference_id(
        &self,
        conference_id: &str,
        request: &GetConfDataByConferenceIdRequest,
    ) -> rt::Call<
        GetConfDataByConferenceIdResponseBody,
        GetConfDataByConferenceIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetConfDataByConferenceId",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conference_id}/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 通过conferenceId获取指定音视频会议成员信息
    ///
    /// `GET /v1.0/conference/videoConferences/{conference_id}/details` (operation `GetConfDetailData`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetConfDetailDataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_conf_detail_data(
        &self,
        conference_id: &str,
        request: &GetConfDetailDataRequest,
    ) -> rt::Call<GetConfDetailDataResponseBody, GetConfDetailDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetConfDetailData",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conference_id}/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 获取音视频会议列表数据
    ///
    /// `GET /v1.0/conference/videoConferences/histories/dataLists` (operation `GetHistoryConfDataList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetHistoryConfDataListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_history_conf_data_list(
        &self,
        request: &GetHistoryConfDataListRequest,
    ) -> rt::Call<GetHistoryConfDataListResponseBody, GetHistoryConfDataListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetHistoryConfDataList",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/histories/dataLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过conferenceId和unionId获取最新会议质量数据
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/lastMetricDatas/query` (operation `GetUserLastMetric`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserLastMetricError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_last_metric(
        &self,
        conference_id: &str,
        request: &GetUserLastMetricRequest,
    ) -> rt::Call<GetUserLastMetricResponseBody, GetUserLastMetricError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserLastMetric",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/lastMetricDatas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 通过conferenceId和unionId获取指定音视频会议人员的会议质量数据
    ///
    /// `GET /v1.0/conference/videoConferences/{conference_id}/metricDatas` (operation `GetUserMetricData`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserMetricDataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_metric_data(
        &self,
        conference_id: &str,
        request: &GetUserMetricDataRequest,
    ) -> rt::Call<GetUserMetricDataResponseBody, GetUserMetricDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserMetricData",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conference_id}/metricDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 邀请MCU入会
    ///
    /// `POST /v1.0/conference/videoConferences/mcus/invite` (operation `InviteMcu`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InviteMcuError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn invite_mcu(
        &self,
        request: &InviteMcuRequest,
    ) -> rt::Call<InviteMcuResponseBody, InviteMcuError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InviteMcu",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/mcus/invite",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 邀请其他人员
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/users/invite` (operation `InviteUsers`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InviteUsersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn invite_users(
        &self,
        conference_id: &str,
        request: &InviteUsersRequest,
    ) -> rt::Call<InviteUsersResponseBody, InviteUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InviteUsers",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/users/invite",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 会议踢出成员
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/members/kick` (operation `KickMembers`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`KickMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn kick_members(
        &self,
        conference_id: &str,
        request: &KickMembersRequest,
    ) -> rt::Call<KickMembersResponseBody, KickMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "KickMembers",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/members/kick",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 锁定会议
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/lock` (operation `LockConference`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LockConferenceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn lock_conference(
        &self,
        conference_id: &str,
        request: &LockConferenceRequest,
    ) -> rt::Call<LockConferenceResponseBody, LockConferenceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LockConference",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/lock",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 会议全员静音或解除静音
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/allMembers/mute` (operation `MuteAll`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MuteAllError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn mute_all(
        &self,
        conference_id: &str,
        request: &MuteAllRequest,
    ) -> rt::Call<MuteAllResponseBody, MuteAllError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MuteAll",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/allMembers/mute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 指定人员静音或取消静音
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/members/mute` (operation `MuteMembers`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MuteMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn mute_members(
        &self,
        conference_id: &str,
        request: &MuteMembersRequest,
    ) -> rt::Call<MuteMembersResponseBody, MuteMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MuteMembers",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/members/mute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 操作云/本地录制白名单企业设置
    ///
    /// `POST /v1.0/conference/videoConferences/enterpriseSetting/record/whiteAccount` (operation `OptRecordWhiteAccount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OptRecordWhiteAccountError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn opt_record_white_account(
        &self,
        request: &OptRecordWhiteAccountRequest,
    ) -> rt::Call<OptRecordWhiteAccountResponseBody, OptRecordWhiteAccountError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OptRecordWhiteAccount",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/enterpriseSetting/record/whiteAccount",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询云录制文本信息
    ///
    /// `GET /v1.0/conference/videoConferences/{conference_id}/cloudRecords/getTexts` (operation `QueryCloudRecordText`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCloudRecordTextError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_cloud_record_text(
        &self,
        conference_id: &str,
        request: &QueryCloudRecordTextRequest,
    ) -> rt::Call<QueryCloudRecordTextResponseBody, QueryCloudRecordTextError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCloudRecordText",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conference_id}/cloudRecords/getTexts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询云录制视频
    ///
    /// `GET /v1.0/conference/videoConferences/{conference_id}/cloudRecords/getVideos` (operation `QueryCloudRecordVideo`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCloudRecordVideoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_cloud_record_video(
        &self,
        conference_id: &str,
        request: &QueryCloudRecordVideoRequest,
    ) -> rt::Call<QueryCloudRecordVideoResponseBody, QueryCloudRecordVideoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCloudRecordVideo",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conference_id}/cloudRecords/getVideos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询云录制视频播放信息
    ///
    /// `GET /v1.0/conference/videoConferences/{conference_id}/cloudRecords/videos/getPlayInfos` (operation `QueryCloudRecordVideoPlayInfo`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCloudRecordVideoPlayInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_cloud_record_video_play_info(
        &self,
        conference_id: &str,
        request: &QueryCloudRecordVideoPlayInfoRequest,
    ) -> rt::Call<
        QueryCloudRecordVideoPlayInfoResponseBody,
        QueryCloudRecordVideoPlayInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCloudRecordVideoPlayInfo",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conference_id}/cloudRecords/videos/getPlayInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询视频会议信息
    ///
    /// `GET /v1.0/conference/videoConferences/{conference_id}` (operation `QueryConferenceInfo`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryConferenceInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_conference_info(
        &self,
        conference_id: &str,
    ) -> rt::Call<QueryConferenceInfoResponseBody, QueryConferenceInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryConferenceInfo",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conference_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], &())
    }
    /// 批量查询视频会议信息
    ///
    /// `POST /v1.0/conference/videoConferences/query` (operation `QueryConferenceInfoBatch`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryConferenceInfoBatchError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_conference_info_batch(
        &self,
        request: &QueryConferenceInfoBatchRequest,
    ) -> rt::Call<QueryConferenceInfoBatchResponseBody, QueryConferenceInfoBatchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryConferenceInfoBatch",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据会议号查询会议信息
    ///
    /// `GET /v1.0/conference/roomCodes/{room_code}/infos` (operation `QueryConferenceInfoByRoomCode`).
    ///
    /// # Path parameters
    ///
    /// - `room_code` (`room_code`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryConferenceInfoByRoomCodeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_conference_info_by_room_code(
        &self,
        room_code: &str,
        request: &QueryConferenceInfoByRoomCodeRequest,
    ) -> rt::Call<
        QueryConferenceInfoByRoomCodeResponseBody,
        QueryConferenceInfoByRoomCodeError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryConferenceInfoByRoomCode",
            rt::Method::Get,
            "/v1.0/conference/roomCodes/{room_code}/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[room_code], request)
    }
    /// 查询视频会议成员
    ///
    /// `GET /v1.0/conference/videoConferences/{conference_id}/members` (operation `QueryConferenceMembers`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryConferenceMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_conference_members(
        &self,
        conference_id: &str,
        request: &QueryConferenceMembersRequest,
    ) -> rt::Call<QueryConferenceMembersResponseBody, QueryConferenceMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryConferenceMembers",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conference_id}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询云录制摘要请求
    ///
    /// `GET /v1.0/conference/videoConferences/{conference_id}/flashMinutes/summaries` (operation `QueryFlashMinutesSummary`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryFlashMinutesSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_flash_minutes_summary(
        &self,
        conference_id: &str,
        request: &QueryFlashMinutesSummaryRequest,
    ) -> rt::Call<QueryFlashMinutesSummaryResponseBody, QueryFlashMinutesSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryFlashMinutesSummary",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conference_id}/flashMinutes/summaries",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询会议闪记的音频信息
    ///
    /// `GET /v1.0/conference/videoConferences/{conference_id}/minutes/audioInfos` (operation `QueryMinutesAudio`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMinutesAudioError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_minutes_audio(
        &self,
        conference_id: &str,
        request: &QueryMinutesAudioRequest,
    ) -> rt::Call<QueryMinutesAudioResponseBody, QueryMinutesAudioError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesAudio",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conference_id}/minutes/audioInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询闪记会后结果
    ///
    /// `GET /v1.0/conference/videoConferences/{conference_id}/minutes/meetingResult` (operation `QueryMinutesMeetingResult`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMinutesMeetingResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_minutes_meeting_result(
        &self,
        conference_id: &str,
        request: &QueryMinutesMeetingResultRequest,
    ) -> rt::Call<
        QueryMinutesMeetingResultResponseBody,
        QueryMinutesMeetingResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesMeetingResult",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conference_id}/minutes/meetingResult",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询会议闪记智能纪要
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/minutes/summaries/query` (operation `QueryMinutesSummary`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMinutesSummaryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_minutes_summary(
        &self,
        conference_id: &str,
        request: &QueryMinutesSummaryRequest,
    ) -> rt::Call<QueryMinutesSummaryResponseBody, QueryMinutesSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesSummary",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/minutes/summaries/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询会议闪记文本信息
    ///
    /// `GET /v1.0/conference/videoConferences/{conference_id}/minutes/textInfos` (operation `QueryMinutesText`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMinutesTextError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_minutes_text(
        &self,
        conference_id: &str,
        request: &QueryMinutesTextRequest,
    ) -> rt::Call<QueryMinutesTextResponseBody, QueryMinutesTextError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesText",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conference_id}/minutes/textInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询企业进行中会议列表
    ///
    /// `GET /v1.0/conference/orgConferences` (operation `QueryOrgConferenceList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryOrgConferenceListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_org_conference_list(
        &self,
        request: &QueryOrgConferenceListRequest,
    ) -> rt::Call<QueryOrgConferenceListResponseBody, QueryOrgConferenceListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOrgConferenceList",
            rt::Method::Get,
            "/v1.0/conference/orgConferences",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询闪记链接
    ///
    /// `GET /v1.0/conference/videoConferences/{conference_id}/flashMinutes/recordUrls` (operation `QueryRecordMinutesUrl`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryRecordMinutesUrlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_record_minutes_url(
        &self,
        conference_id: &str,
        request: &QueryRecordMinutesUrlRequest,
    ) -> rt::Call<QueryRecordMinutesUrlResponseBody, QueryRecordMinutesUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRecordMinutesUrl",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conference_id}/flashMinutes/recordUrls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询预约会议设置
    ///
    /// `GET /v1.0/conference/scheduleConferences/settings` (operation `QueryScheduleConfSettings`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryScheduleConfSettingsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_schedule_conf_settings(
        &self,
        request: &QueryScheduleConfSettingsRequest,
    ) -> rt::Call<
        QueryScheduleConfSettingsResponseBody,
        QueryScheduleConfSettingsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryScheduleConfSettings",
            rt::Method::Get,
            "/v1.0/conference/scheduleConferences/settings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询预约会议信息
    ///
    /// `GET /v1.0/conference/scheduleConferences/{schedule_conference_id}/infos` (operation `QueryScheduleConference`).
    ///
    /// # Path parameters
    ///
    /// - `schedule_conference_id` (`schedule_conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryScheduleConferenceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_schedule_conference(
        &self,
        schedule_conference_id: &str,
        request: &QueryScheduleConferenceRequest,
    ) -> rt::Call<QueryScheduleConferenceResponseBody, QueryScheduleConferenceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryScheduleConference",
            rt::Method::Get,
            "/v1.0/conference/scheduleConferences/{schedule_conference_id}/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[schedule_conference_id], request)
    }
    /// 分页获取预约会议历史会议信息，当前仅返回最后一次的会议信息
    ///
    /// `GET /v1.0/conference/videoConferences/scheduleConferences/{schedule_conference_id}` (operation `QueryScheduleConferenceInfo`).
    ///
    /// # Path parameters
    ///
    /// - `schedule_conference_id` (`schedule_conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryScheduleConferenceInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_schedule_conference_info(
        &self,
        schedule_conference_id: &str,
        request: &QueryScheduleConferenceInfoRequest,
    ) -> rt::Call<
        QueryScheduleConferenceInfoResponseBody,
        QueryScheduleConferenceInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryScheduleConferenceInfo",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/scheduleConferences/{schedule_conference_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[schedule_conference_id], request)
    }
    /// 查询用户进行中会议
    ///
    /// `GET /v1.0/conference/users/lists` (operation `QueryUserOnGoingConference`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUserOnGoingConferenceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_user_on_going_conference(
        &self,
        request: &QueryUserOnGoingConferenceRequest,
    ) -> rt::Call<
        QueryUserOnGoingConferenceResponseBody,
        QueryUserOnGoingConferenceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserOnGoingConference",
            rt::Method::Get,
            "/v1.0/conference/users/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置会议字幕事件订阅
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/subtitleEvents` (operation `SetSubtitleEvent`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetSubtitleEventError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_subtitle_event(
        &self,
        conference_id: &str,
        request: &SetSubtitleEventRequest,
    ) -> rt::Call<SetSubtitleEventResponseBody, SetSubtitleEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetSubtitleEvent",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/subtitleEvents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 开启云录制
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/cloudRecords/start` (operation `StartCloudRecord`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`StartCloudRecordError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn start_cloud_record(
        &self,
        conference_id: &str,
        request: &StartCloudRecordRequest,
    ) -> rt::Call<StartCloudRecordResponseBody, StartCloudRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StartCloudRecord",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/cloudRecords/start",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 开启会议闪记
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/minutes/start` (operation `StartMinutes`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`StartMinutesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn start_minutes(
        &self,
        conference_id: &str,
        request: &StartMinutesRequest,
    ) -> rt::Call<StartMinutesResponseBody, StartMinutesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StartMinutes",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/minutes/start",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 会议开始直播推流
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/streamOuts/start` (operation `StartStreamOut`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`StartStreamOutError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn start_stream_out(
        &self,
        conference_id: &str,
        request: &StartStreamOutRequest,
    ) -> rt::Call<StartStreamOutResponseBody, StartStreamOutError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StartStreamOut",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/streamOuts/start",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 关闭云录制
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/cloudRecords/stop` (operation `StopCloudRecord`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`StopCloudRecordError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn stop_cloud_record(
        &self,
        conference_id: &str,
        request: &StopCloudRecordRequest,
    ) -> rt::Call<StopCloudRecordResponseBody, StopCloudRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StopCloudRecord",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/cloudRecords/stop",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 暂停会议闪记
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/minutes/pause` (operation `StopMinutes`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`StopMinutesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn stop_minutes(
        &self,
        conference_id: &str,
        request: &StopMinutesRequest,
    ) -> rt::Call<StopMinutesResponseBody, StopMinutesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StopMinutes",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/minutes/pause",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 会议停止直播推流
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/streamOuts/stop` (operation `StopStreamOut`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`StopStreamOutError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn stop_stream_out(
        &self,
        conference_id: &str,
        request: &StopStreamOutRequest,
    ) -> rt::Call<StopStreamOutResponseBody, StopStreamOutError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StopStreamOut",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/streamOuts/stop",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 更新参会人昵称
    ///
    /// `POST /v1.0/conference/videoConferences/{conference_id}/members/updateNick` (operation `UpdateMemberNick`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateMemberNickError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_member_nick(
        &self,
        conference_id: &str,
        request: &UpdateMemberNickRequest,
    ) -> rt::Call<UpdateMemberNickResponseBody, UpdateMemberNickError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateMemberNick",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conference_id}/members/updateNick",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 更新预约会议设置
    ///
    /// `PUT /v1.0/conference/scheduleConferences/settings` (operation `UpdateScheduleConfSettings`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateScheduleConfSettingsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_schedule_conf_settings(
        &self,
        request: &UpdateScheduleConfSettingsRequest,
    ) -> rt::Call<
        UpdateScheduleConfSettingsResponseBody,
        UpdateScheduleConfSettingsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateScheduleConfSettings",
            rt::Method::Put,
            "/v1.0/conference/scheduleConferences/settings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新预约会议
    ///
    /// `PUT /v1.0/conference/scheduleConferences` (operation `UpdateScheduleConference`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateScheduleConferenceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_schedule_conference(
        &self,
        request: &UpdateScheduleConferenceRequest,
    ) -> rt::Call<UpdateScheduleConferenceResponseBody, UpdateScheduleConferenceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateScheduleConference",
            rt::Method::Put,
            "/v1.0/conference/scheduleConferences",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新会议额外信息
    ///
    /// `PUT /v1.0/conference/videoConferences/{conference_id}/extInfo` (operation `UpdateVideoConferenceExtInfo`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateVideoConferenceExtInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_video_conference_ext_info(
        &self,
        conference_id: &str,
    ) -> rt::Call<
        UpdateVideoConferenceExtInfoResponseBody,
        UpdateVideoConferenceExtInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateVideoConferenceExtInfo",
            rt::Method::Put,
            "/v1.0/conference/videoConferences/{conference_id}/extInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], &())
    }
    /// 设置会议中的会议属性
    ///
    /// `PUT /v1.0/conference/videoConferences/{conference_id}` (operation `UpdateVideoConferenceSetting`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id` (`conference_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateVideoConferenceSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_video_conference_setting(
        &self,
        conference_id: &str,
        request: &UpdateVideoConferenceSettingRequest,
    ) -> rt::Call<
        UpdateVideoConferenceSettingResponseBody,
        UpdateVideoConferenceSettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateVideoConferenceSetting",
            rt::Method::Put,
            "/v1.0/conference/videoConferences/{conference_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// Every page of [`Api::get_conf_detail_data`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `list` of each page.
    pub fn get_conf_detail_data_pages(
        &self,
        conference_id: &str,
        request: &GetConfDetailDataRequest,
    ) -> rt::Paginator<
        GetConfDetailDataResponseBody,
        GetConfDetailDataError,
        GetConfDetailDataResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["list"],
        );
        rt::Paginator::new(self.get_conf_detail_data(conference_id, request), &PAGING)
    }
    /// Every page of [`Api::get_history_conf_data_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `list` of each page.
    pub fn get_history_conf_data_list_pages(
        &self,
        request: &GetHistoryConfDataListRequest,
    ) -> rt::Paginator<
        GetHistoryConfDataListResponseBody,
        GetHistoryConfDataListError,
        GetHistoryConfDataListResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["list"],
        );
        rt::Paginator::new(self.get_history_conf_data_list(request), &PAGING)
    }
    /// Every page of [`Api::query_conference_info_by_room_code`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `conferenceList` of each page.
    pub fn query_conference_info_by_room_code_pages(
        &self,
        room_code: &str,
        request: &QueryConferenceInfoByRoomCodeRequest,
    ) -> rt::Paginator<
        QueryConferenceInfoByRoomCodeResponseBody,
        QueryConferenceInfoByRoomCodeError,
        QueryConferenceInfoByRoomCodeResponseBodyConferenceList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["conferenceList"],
        );
        rt::Paginator::new(
            self.query_conference_info_by_room_code(room_code, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::query_conference_members`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `memberModels` of each page.
    pub fn query_conference_members_pages(
        &self,
        conference_id: &str,
        request: &QueryConferenceMembersRequest,
    ) -> rt::Paginator<
        QueryConferenceMembersResponseBody,
        QueryConferenceMembersError,
        QueryConferenceMembersResponseBodyMemberModels,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["memberModels"],
        );
        rt::Paginator::new(
            self.query_conference_members(conference_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::query_minutes_text`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `paragraphList` of each page.
    pub fn query_minutes_text_pages(
        &self,
        conference_id: &str,
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
            &["hasMore"],
            &["paragraphList"],
        );
        rt::Paginator::new(self.query_minutes_text(conference_id, request), &PAGING)
    }
    /// Every page of [`Api::query_org_conference_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `onGoingConfList` of each page.
    pub fn query_org_conference_list_pages(
        &self,
        request: &QueryOrgConferenceListRequest,
    ) -> rt::Paginator<
        QueryOrgConferenceListResponseBody,
        QueryOrgConferenceListError,
        QueryOrgConferenceListResponseBodyOnGoingConfList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["onGoingConfList"],
        );
        rt::Paginator::new(self.query_org_conference_list(request), &PAGING)
    }
    /// Every page of [`Api::query_schedule_conference_info`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `conferenceList` of each page.
    pub fn query_schedule_conference_info_pages(
        &self,
        schedule_conference_id: &str,
        request: &QueryScheduleConferenceInfoRequest,
    ) -> rt::Paginator<
        QueryScheduleConferenceInfoResponseBody,
        QueryScheduleConferenceInfoError,
        QueryScheduleConferenceInfoResponseBodyConferenceList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["conferenceList"],
        );
        rt::Paginator::new(
            self.query_schedule_conference_info(schedule_conference_id, request),
            &PAGING,
        )
    }
}
/// `AddRecordPermissionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddRecordPermissionResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `taskUuid`.
    pub task_uuid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddRecordPermissionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddRecordPermissionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddRecordPermissionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("taskUuid", &self.task_uuid)?;
        object.end()
    }
}
/// `CancelScheduleConferenceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelScheduleConferenceResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CancelScheduleConferenceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CancelScheduleConferenceResponseBody {
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
impl rt::serde::Serialize for CancelScheduleConferenceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CloseVideoConferenceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CloseVideoConferenceResponseBody {
    /// `cause`.
    pub cause: Option<String>,
    /// `code`.
    pub code: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CloseVideoConferenceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CloseVideoConferenceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cause" => rt::read_field(map, &mut self.cause),
            "code" => rt::read_field(map, &mut self.code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CloseVideoConferenceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cause", &self.cause)?;
        object.optional("code", &self.code)?;
        object.end()
    }
}
/// `CohostsRequestUserList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CohostsRequestUserList {
    /// `unionId`.
    pub union_id: String,
}
impl CohostsRequestUserList {
    /// A `CohostsRequestUserList` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
impl rt::serde::Serialize for CohostsRequestUserList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CohostsRequestUserList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CohostsRequestUserList {
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
/// `CohostsResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type CohostsResponseBody = CancelScheduleConferenceResponseBody;
/// `CreateAutoLoginUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAutoLoginUrlResponseBody {
    /// `loginInfo`.
    pub login_info: Option<CreateAutoLoginUrlResponseBodyLoginInfo>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateAutoLoginUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAutoLoginUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "loginInfo" => rt::read_field(map, &mut self.login_info),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAutoLoginUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("loginInfo", &self.login_info)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CreateCustomShortLinkResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCustomShortLinkResponseBody {
    /// `result`.
    pub result: Option<CreateCustomShortLinkResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateCustomShortLinkResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateCustomShortLinkResponseBody {
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
impl rt::serde::Serialize for CreateCustomShortLinkResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreateScheduleConferenceRequestScheduleConfSettingModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateScheduleConferenceRequestScheduleConfSettingModel {
    /// `aiAgentSummarySetting`.
    pub ai_agent_summary_setting: Option<
        CreateScheduleConferenceRequestScheduleConfSettingModelAiAgentSummarySetting,
    >,
    /// `cohostUnionIds`.
    pub cohost_union_ids: Option<Vec<String>>,
    /// `confAllowedCorpId`.
    pub conf_allowed_corp_id: Option<String>,
    /// `hostUnionId`.
    pub host_union_id: Option<String>,
    /// `lockRoom`.
    pub lock_room: Option<i64>,
    /// `moziConfOpenRecordSetting`.
    pub mozi_conf_open_record_setting: Option<
        CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting,
    >,
    /// `moziConfVirtualExtraSetting`.
    pub mozi_conf_virtual_extra_setting: Option<
        CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting,
    >,
    /// `muteOnJoin`.
    pub mute_on_join: Option<i64>,
    /// `screenShareForbidden`.
    pub screen_share_forbidden: Option<i64>,
}
impl CreateScheduleConferenceRequestScheduleConfSettingModel {
    /// An empty `CreateScheduleConferenceRequestScheduleConfSettingModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `aiAgentSummarySetting`.
    pub fn ai_agent_summary_setting(
        mut self,
        value: CreateScheduleConferenceRequestScheduleConfSettingModelAiAgentSummarySetting,
    ) -> Self {
        self.ai_agent_summary_setting = Some(value);
        self
    }
    /// Sets `cohostUnionIds`.
    pub fn cohost_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.cohost_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `confAllowedCorpId`.
    pub fn conf_allowed_corp_id(mut self, value: impl Into<String>) -> Self {
        self.conf_allowed_corp_id = Some(value.into());
        self
    }
    /// Sets `hostUnionId`.
    pub fn host_union_id(mut self, value: impl Into<String>) -> Self {
        self.host_union_id = Some(value.into());
        self
    }
    /// Sets `lockRoom`.
    pub fn lock_room(mut self, value: i64) -> Self {
        self.lock_room = Some(value);
        self
    }
    /// Sets `moziConfOpenRecordSetting`.
    pub fn mozi_conf_open_record_setting(
        mut self,
        value: CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting,
    ) -> Self {
        self.mozi_conf_open_record_setting = Some(value);
        self
    }
    /// Sets `moziConfVirtualExtraSetting`.
    pub fn mozi_conf_virtual_extra_setting(
        mut self,
        value: CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting,
    ) -> Self {
        self.mozi_conf_virtual_extra_setting = Some(value);
        self
    }
    /// Sets `muteOnJoin`.
    pub fn mute_on_join(mut self, value: i64) -> Self {
        self.mute_on_join = Some(value);
        self
    }
    /// Sets `screenShareForbidden`.
    pub fn screen_share_forbidden(mut self, value: i64) -> Self {
        self.screen_share_forbidden = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateScheduleConferenceRequestScheduleConfSettingModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("aiAgentSummarySetting", &self.ai_agent_summary_setting)?;
        object.optional("cohostUnionIds", &self.cohost_union_ids)?;
        object.optional("confAllowedCorpId", &self.conf_allowed_corp_id)?;
        object.optional("hostUnionId", &self.host_union_id)?;
        object.optional("lockRoom", &self.lock_room)?;
        object
            .optional("moziConfOpenRecordSetting", &self.mozi_conf_open_record_setting)?;
        object
            .optional(
                "moziConfVirtualExtraSetting",
                &self.mozi_conf_virtual_extra_setting,
            )?;
        object.optional("muteOnJoin", &self.mute_on_join)?;
        object.optional("screenShareForbidden", &self.screen_share_forbidden)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateScheduleConferenceRequestScheduleConfSettingModel {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateScheduleConferenceRequestScheduleConfSettingModel {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aiAgentSummarySetting" => {
                rt::read_field(map, &mut self.ai_agent_summary_setting)
            }
            "cohostUnionIds" => rt::read_field(map, &mut self.cohost_union_ids),
            "confAllowedCorpId" => rt::read_field(map, &mut self.conf_allowed_corp_id),
            "hostUnionId" => rt::read_field(map, &mut self.host_union_id),
            "lockRoom" => rt::read_field(map, &mut self.lock_room),
            "moziConfOpenRecordSetting" => {
                rt::read_field(map, &mut self.mozi_conf_open_record_setting)
            }
            "moziConfVirtualExtraSetting" => {
                rt::read_field(map, &mut self.mozi_conf_virtual_extra_setting)
            }
            "muteOnJoin" => rt::read_field(map, &mut self.mute_on_join),
            "screenShareForbidden" => {
                rt::read_field(map, &mut self.screen_share_forbidden)
            }
            _ => Ok(false),
        }
    }
}
/// `CreateScheduleConferenceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateScheduleConferenceResponseBody {
    /// `phones`.
    pub phones: Option<Vec<String>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `roomCode`.
    pub room_code: Option<String>,
    /// `scheduleConferenceId`.
    pub schedule_conference_id: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateScheduleConferenceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateScheduleConferenceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "phones" => rt::read_field(map, &mut self.phones),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "roomCode" => rt::read_field(map, &mut self.room_code),
            "scheduleConferenceId" => {
                rt::read_field(map, &mut self.schedule_conference_id)
            }
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateScheduleConferenceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("phones", &self.phones)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("roomCode", &self.room_code)?;
        object.optional("scheduleConferenceId", &self.schedule_conference_id)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `CreateVideoConferenceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateVideoConferenceResponseBody {
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `conferencePassword`.
    pub conference_password: Option<String>,
    /// `externalLinkUrl`.
    pub external_link_url: Option<String>,
    /// `hostPassword`.
    pub host_password: Option<String>,
    /// `phoneNumbers`.
    pub phone_numbers: Option<Vec<String>>,
    /// `roomCode`.
    pub room_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateVideoConferenceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateVideoConferenceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conferenceId" => rt::read_field(map, &mut self.conference_id),
            "conferencePassword" => rt::read_field(map, &mut self.conference_password),
            "externalLinkUrl" => rt::read_field(map, &mut self.external_link_url),
            "hostPassword" => rt::read_field(map, &mut self.host_password),
            "phoneNumbers" => rt::read_field(map, &mut self.phone_numbers),
            "roomCode" => rt::read_field(map, &mut self.room_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateVideoConferenceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conferenceId", &self.conference_id)?;
        object.optional("conferencePassword", &self.conference_password)?;
        object.optional("externalLinkUrl", &self.external_link_url)?;
        object.optional("hostPassword", &self.host_password)?;
        object.optional("phoneNumbers", &self.phone_numbers)?;
        object.optional("roomCode", &self.room_code)?;
        object.end()
    }
}
/// `FocusResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type FocusResponseBody = CancelScheduleConferenceResponseBody;
/// `GenerateFlashMinutesDocumentUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GenerateFlashMinutesDocumentUrlResponseBody {
    /// `minutesDocUrl`.
    pub minutes_doc_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GenerateFlashMinutesDocumentUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GenerateFlashMinutesDocumentUrlResponseBody {
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
impl rt::serde::Serialize for GenerateFlashMinutesDocumentUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("minutesDocUrl", &self.minutes_doc_url)?;
        object.end()
    }
}
/// `GetConfDataByConferenceIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetConfDataByConferenceIdResponseBody {
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `creatorNick`.
    pub creator_nick: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `freeType`.
    pub free_type: Option<String>,
    /// `scene`.
    pub scene: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `timeLength`.
    pub time_length: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `userCount`.
    pub user_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetConfDataByConferenceIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConfDataByConferenceIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conferenceId" => rt::read_field(map, &mut self.conference_id),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "creatorNick" => rt::read_field(map, &mut self.creator_nick),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "freeType" => rt::read_field(map, &mut self.free_type),
            "scene" => rt::read_field(map, &mut self.scene),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "timeLength" => rt::read_field(map, &mut self.time_length),
            "title" => rt::read_field(map, &mut self.title),
            "userCount" => rt::read_field(map, &mut self.user_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetConfDataByConferenceIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conferenceId", &self.conference_id)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("creatorNick", &self.creator_nick)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("freeType", &self.free_type)?;
        object.optional("scene", &self.scene)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("timeLength", &self.time_length)?;
        object.optional("title", &self.title)?;
        object.optional("userCount", &self.user_count)?;
        object.end()
    }
}
/// `GetConfDetailDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetConfDetailDataResponseBody {
    /// `list`.
    pub list: Option<Vec<GetConfDetailDataResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetConfDetailDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConfDetailDataResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetConfDetailDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetHistoryConfDataListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetHistoryConfDataListResponseBody {
    /// `list`.
    pub list: Option<Vec<GetHistoryConfDataListResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetHistoryConfDataListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetHistoryConfDataListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetHistoryConfDataListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetUserLastMetricResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserLastMetricResponseBody {
    /// `metricMap`.
    pub metric_map: Option<rt::BTreeMap<String, MetricMapValue>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserLastMetricResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserLastMetricResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "metricMap" => rt::read_field(map, &mut self.metric_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserLastMetricResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("metricMap", &self.metric_map)?;
        object.end()
    }
}
/// `GetUserMetricDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserMetricDataResponseBody {
    /// `metricDataList`.
    pub metric_data_list: Option<Vec<GetUserMetricDataResponseBodyMetricDataList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserMetricDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserMetricDataResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "metricDataList" => rt::read_field(map, &mut self.metric_data_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserMetricDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("metricDataList", &self.metric_data_list)?;
        object.end()
    }
}
/// `InviteMcuResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type InviteMcuResponseBody = CancelScheduleConferenceResponseBody;
/// `InviteUsersRequestInviteeList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InviteUsersRequestInviteeList {
    /// `nick`.
    pub nick: String,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl InviteUsersRequestInviteeList {
    /// A `InviteUsersRequestInviteeList` with its required fields (`nick`); set the others with the methods named after them.
    pub fn new(nick: impl Into<String>) -> Self {
        Self {
            nick: nick.into(),
            union_id: None,
        }
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for InviteUsersRequestInviteeList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("nick", &self.nick)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InviteUsersRequestInviteeList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InviteUsersRequestInviteeList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nick" => rt::read_field(map, &mut self.nick),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
/// `InviteUsersRequestPhoneInviteeList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InviteUsersRequestPhoneInviteeList {
    /// `inviteClient`.
    pub invite_client: Option<bool>,
    /// `nick`.
    pub nick: Option<String>,
    /// `phoneNumber`.
    pub phone_number: Option<String>,
    /// `statusCode`.
    pub status_code: Option<String>,
}
impl InviteUsersRequestPhoneInviteeList {
    /// An empty `InviteUsersRequestPhoneInviteeList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `inviteClient`.
    pub fn invite_client(mut self, value: bool) -> Self {
        self.invite_client = Some(value);
        self
    }
    /// Sets `nick`.
    pub fn nick(mut self, value: impl Into<String>) -> Self {
        self.nick = Some(value.into());
        self
    }
    /// Sets `phoneNumber`.
    pub fn phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
    /// Sets `statusCode`.
    pub fn status_code(mut self, value: impl Into<String>) -> Self {
        self.status_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for InviteUsersRequestPhoneInviteeList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("inviteClient", &self.invite_client)?;
        object.optional("nick", &self.nick)?;
        object.optional("phoneNumber", &self.phone_number)?;
        object.optional("statusCode", &self.status_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InviteUsersRequestPhoneInviteeList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InviteUsersRequestPhoneInviteeList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "inviteClient" => rt::read_field(map, &mut self.invite_client),
            "nick" => rt::read_field(map, &mut self.nick),
            "phoneNumber" => rt::read_field(map, &mut self.phone_number),
            "statusCode" => rt::read_field(map, &mut self.status_code),
            _ => Ok(false),
        }
    }
}
/// `InviteUsersResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type InviteUsersResponseBody = CancelScheduleConferenceResponseBody;
/// `KickMembersRequestUserList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct KickMembersRequestUserList {
    /// `participantId`.
    pub participant_id: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
impl KickMembersRequestUserList {
    /// A `KickMembersRequestUserList` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            participant_id: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `participantId`.
    pub fn participant_id(mut self, value: impl Into<String>) -> Self {
        self.participant_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for KickMembersRequestUserList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("participantId", &self.participant_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for KickMembersRequestUserList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for KickMembersRequestUserList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "participantId" => rt::read_field(map, &mut self.participant_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
/// `KickMembersResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type KickMembersResponseBody = CancelScheduleConferenceResponseBody;
/// `LockConferenceResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type LockConferenceResponseBody = CancelScheduleConferenceResponseBody;
/// `MuteAllResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type MuteAllResponseBody = CancelScheduleConferenceResponseBody;
/// `MuteMembersRequestUserList`: the same model as [`KickMembersRequestUserList`].
pub type MuteMembersRequestUserList = KickMembersRequestUserList;
/// `MuteMembersResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type MuteMembersResponseBody = CancelScheduleConferenceResponseBody;
/// `OptRecordWhiteAccountRequestRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OptRecordWhiteAccountRequestRequestBody {
    /// `bizType`.
    pub biz_type: String,
    /// `operation`.
    pub operation: i64,
    /// `settingRangeList`.
    pub setting_range_list: Option<
        Vec<OptRecordWhiteAccountRequestRequestBodySettingRangeList>,
    >,
    /// `unionId`.
    pub union_id: String,
}
impl OptRecordWhiteAccountRequestRequestBody {
    /// A `OptRecordWhiteAccountRequestRequestBody` with its required fields (`bizType`, `operation`, `unionId`); set the others with the methods named after them.
    pub fn new(
        biz_type: impl Into<String>,
        operation: i64,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_type: biz_type.into(),
            operation,
            setting_range_list: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `settingRangeList`.
    pub fn setting_range_list(
        mut self,
        value: impl IntoIterator<
            Item = OptRecordWhiteAccountRequestRequestBodySettingRangeList,
        >,
    ) -> Self {
        self.setting_range_list = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for OptRecordWhiteAccountRequestRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizType", &self.biz_type)?;
        object.field("operation", &self.operation)?;
        object.optional("settingRangeList", &self.setting_range_list)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OptRecordWhiteAccountRequestRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OptRecordWhiteAccountRequestRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "operation" => rt::read_field(map, &mut self.operation),
            "settingRangeList" => rt::read_field(map, &mut self.setting_range_list),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
/// `OptRecordWhiteAccountResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OptRecordWhiteAccountResponseBody {
    /// `code`.
    pub code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OptRecordWhiteAccountResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OptRecordWhiteAccountResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OptRecordWhiteAccountResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.end()
    }
}
/// `QueryCloudRecordTextResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCloudRecordTextResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `paragraphList`.
    pub paragraph_list: Option<Vec<QueryCloudRecordTextResponseBodyParagraphList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCloudRecordTextResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCloudRecordTextResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "paragraphList" => rt::read_field(map, &mut self.paragraph_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCloudRecordTextResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("paragraphList", &self.paragraph_list)?;
        object.end()
    }
}
/// `QueryCloudRecordVideoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCloudRecordVideoResponseBody {
    /// `videoList`.
    pub video_list: Option<Vec<QueryCloudRecordVideoResponseBodyVideoList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCloudRecordVideoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCloudRecordVideoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "videoList" => rt::read_field(map, &mut self.video_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCloudRecordVideoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("videoList", &self.video_list)?;
        object.end()
    }
}
/// `QueryCloudRecordVideoPlayInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCloudRecordVideoPlayInfoResponseBody {
    /// `duration`.
    pub duration: Option<i64>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `mp4FileUrl`.
    pub mp4_file_url: Option<String>,
    /// `playUrl`.
    pub play_url: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCloudRecordVideoPlayInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCloudRecordVideoPlayInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "duration" => rt::read_field(map, &mut self.duration),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "mp4FileUrl" => rt::read_field(map, &mut self.mp4_file_url),
            "playUrl" => rt::read_field(map, &mut self.play_url),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCloudRecordVideoPlayInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("duration", &self.duration)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("mp4FileUrl", &self.mp4_file_url)?;
        object.optional("playUrl", &self.play_url)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryConferenceInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConferenceInfoResponseBody {
    /// `confInfo`.
    pub conf_info: Option<QueryConferenceInfoResponseBodyConfInfo>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryConferenceInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConferenceInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "confInfo" => rt::read_field(map, &mut self.conf_info),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryConferenceInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("confInfo", &self.conf_info)?;
        object.end()
    }
}
/// `QueryConferenceInfoBatchResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConferenceInfoBatchResponseBody {
    /// `infos`.
    pub infos: Option<Vec<QueryConferenceInfoBatchResponseBodyInfos>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryConferenceInfoBatchResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConferenceInfoBatchResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "infos" => rt::read_field(map, &mut self.infos),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryConferenceInfoBatchResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("infos", &self.infos)?;
        object.end()
    }
}
/// `QueryConferenceInfoByRoomCodeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConferenceInfoByRoomCodeResponseBody {
    /// `conferenceList`.
    pub conference_list: Option<
        Vec<QueryConferenceInfoByRoomCodeResponseBodyConferenceList>,
    >,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryConferenceInfoByRoomCodeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConferenceInfoByRoomCodeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conferenceList" => rt::read_field(map, &mut self.conference_list),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryConferenceInfoByRoomCodeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conferenceList", &self.conference_list)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryConferenceMembersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConferenceMembersResponseBody {
    /// `memberModels`.
    pub member_models: Option<Vec<QueryConferenceMembersResponseBodyMemberModels>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryConferenceMembersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConferenceMembersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberModels" => rt::read_field(map, &mut self.member_models),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryConferenceMembersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberModels", &self.member_models)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryFlashMinutesSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryFlashMinutesSummaryResponseBody {
    /// `flashMinutesSummary`.
    pub flash_minutes_summary: Option<
        QueryFlashMinutesSummaryResponseBodyFlashMinutesSummary,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for QueryFlashMinutesSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryFlashMinutesSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "flashMinutesSummary" => rt::read_field(map, &mut self.flash_minutes_summary),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryFlashMinutesSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("flashMinutesSummary", &self.flash_minutes_summary)?;
        object.end()
    }
}
/// `QueryMinutesAudioResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesAudioResponseBody {
    /// `audioList`.
    pub audio_list: Option<Vec<QueryMinutesAudioResponseBodyAudioList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesAudioResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesAudioResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "audioList" => rt::read_field(map, &mut self.audio_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesAudioResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("audioList", &self.audio_list)?;
        object.end()
    }
}
/// `QueryMinutesMeetingResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesMeetingResultResponseBody {
    /// `action`.
    pub action: Option<Vec<String>>,
    /// `fullSummary`.
    pub full_summary: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesMeetingResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesMeetingResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "fullSummary" => rt::read_field(map, &mut self.full_summary),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesMeetingResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action", &self.action)?;
        object.optional("fullSummary", &self.full_summary)?;
        object.end()
    }
}
/// `QueryMinutesSummaryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesSummaryResponseBody {
    /// `summary`.
    pub summary: Option<QueryMinutesSummaryResponseBodySummary>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesSummaryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesSummaryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "summary" => rt::read_field(map, &mut self.summary),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesSummaryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("summary", &self.summary)?;
        object.end()
    }
}
/// `QueryMinutesTextResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesTextResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
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
            "hasMore" => rt::read_field(map, &mut self.has_more),
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
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("paragraphList", &self.paragraph_list)?;
        object.end()
    }
}
/// `QueryOrgConferenceListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgConferenceListResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `onGoingConfList`.
    pub on_going_conf_list: Option<
        Vec<QueryOrgConferenceListResponseBodyOnGoingConfList>,
    >,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryOrgConferenceListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgConferenceListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "onGoingConfList" => rt::read_field(map, &mut self.on_going_conf_list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOrgConferenceListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("onGoingConfList", &self.on_going_conf_list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryRecordMinutesUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRecordMinutesUrlResponseBody {
    /// `recordMinutesUrls`.
    pub record_minutes_urls: Option<
        Vec<QueryRecordMinutesUrlResponseBodyRecordMinutesUrls>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for QueryRecordMinutesUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRecordMinutesUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "recordMinutesUrls" => rt::read_field(map, &mut self.record_minutes_urls),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRecordMinutesUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("recordMinutesUrls", &self.record_minutes_urls)?;
        object.end()
    }
}
/// `QueryScheduleConfSettingsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryScheduleConfSettingsResponseBody {
    /// `scheduleConfSettingModel`.
    pub schedule_conf_setting_model: Option<
        QueryScheduleConfSettingsResponseBodyScheduleConfSettingModel,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for QueryScheduleConfSettingsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryScheduleConfSettingsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scheduleConfSettingModel" => {
                rt::read_field(map, &mut self.schedule_conf_setting_model)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryScheduleConfSettingsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("scheduleConfSettingModel", &self.schedule_conf_setting_model)?;
        object.end()
    }
}
/// `QueryScheduleConferenceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryScheduleConferenceResponseBody {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `phones`.
    pub phones: Option<Vec<String>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `roomCode`.
    pub room_code: Option<String>,
    /// `scheduleConferenceId`.
    pub schedule_conference_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryScheduleConferenceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryScheduleConferenceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "phones" => rt::read_field(map, &mut self.phones),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "roomCode" => rt::read_field(map, &mut self.room_code),
            "scheduleConferenceId" => {
                rt::read_field(map, &mut self.schedule_conference_id)
            }
            "startTime" => rt::read_field(map, &mut self.start_time),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryScheduleConferenceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("phones", &self.phones)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("roomCode", &self.room_code)?;
        object.optional("scheduleConferenceId", &self.schedule_conference_id)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("title", &self.title)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `QueryScheduleConferenceInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryScheduleConferenceInfoResponseBody {
    /// `conferenceList`.
    pub conference_list: Option<
        Vec<QueryScheduleConferenceInfoResponseBodyConferenceList>,
    >,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryScheduleConferenceInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryScheduleConferenceInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conferenceList" => rt::read_field(map, &mut self.conference_list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryScheduleConferenceInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conferenceList", &self.conference_list)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryUserOnGoingConferenceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserOnGoingConferenceResponseBody {
    /// `memberModelMap`.
    pub member_model_map: Option<rt::BTreeMap<String, MemberModelMapValue>>,
    /// `onGoingConfIdList`.
    pub on_going_conf_id_list: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUserOnGoingConferenceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserOnGoingConferenceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberModelMap" => rt::read_field(map, &mut self.member_model_map),
            "onGoingConfIdList" => rt::read_field(map, &mut self.on_going_conf_id_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserOnGoingConferenceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberModelMap", &self.member_model_map)?;
        object.optional("onGoingConfIdList", &self.on_going_conf_id_list)?;
        object.end()
    }
}
/// `SetSubtitleEventResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type SetSubtitleEventResponseBody = CancelScheduleConferenceResponseBody;
/// `StartCloudRecordResponseBody`: the same model as [`OptRecordWhiteAccountResponseBody`].
pub type StartCloudRecordResponseBody = OptRecordWhiteAccountResponseBody;
/// `StartMinutesResponseBody`: the same model as [`OptRecordWhiteAccountResponseBody`].
pub type StartMinutesResponseBody = OptRecordWhiteAccountResponseBody;
/// `StartStreamOutResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StartStreamOutResponseBody {
    /// `failStreamMap`.
    pub fail_stream_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `successStreamMap`.
    pub success_stream_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for StartStreamOutResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for StartStreamOutResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failStreamMap" => rt::read_field(map, &mut self.fail_stream_map),
            "successStreamMap" => rt::read_field(map, &mut self.success_stream_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for StartStreamOutResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failStreamMap", &self.fail_stream_map)?;
        object.optional("successStreamMap", &self.success_stream_map)?;
        object.end()
    }
}
/// `StopCloudRecordResponseBody`: the same model as [`OptRecordWhiteAccountResponseBody`].
pub type StopCloudRecordResponseBody = OptRecordWhiteAccountResponseBody;
/// `StopMinutesResponseBody`: the same model as [`OptRecordWhiteAccountResponseBody`].
pub type StopMinutesResponseBody = OptRecordWhiteAccountResponseBody;
/// `StopStreamOutResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StopStreamOutResponseBody {
    /// `code`.
    pub code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for StopStreamOutResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for StopStreamOutResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for StopStreamOutResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.end()
    }
}
/// `UpdateMemberNickResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type UpdateMemberNickResponseBody = CancelScheduleConferenceResponseBody;
/// `UpdateScheduleConfSettingsRequestScheduleConfSettingModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateScheduleConfSettingsRequestScheduleConfSettingModel {
    /// `aiAgentSummarySetting`.
    pub ai_agent_summary_setting: Option<
        UpdateScheduleConfSettingsRequestScheduleConfSettingModelAiAgentSummarySetting,
    >,
    /// `cohostUnionIds`.
    pub cohost_union_ids: Option<Vec<String>>,
    /// `confAllowedCorpId`.
    pub conf_allowed_corp_id: Option<String>,
    /// `hostUnionId`.
    pub host_union_id: Option<String>,
    /// `lockRoom`.
    pub lock_room: Option<i64>,
    /// `moziConfOpenRecordSetting`.
    pub mozi_conf_open_record_setting: Option<
        UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfOpenRecordSetting,
    >,
    /// `moziConfVirtualExtraSetting`.
    pub mozi_conf_virtual_extra_setting: Option<
        UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfVirtualExtraSetting,
    >,
    /// `muteOnJoin`.
    pub mute_on_join: Option<i64>,
    /// `screenShareForbidden`.
    pub screen_share_forbidden: Option<i64>,
}
impl UpdateScheduleConfSettingsRequestScheduleConfSettingModel {
    /// An empty `UpdateScheduleConfSettingsRequestScheduleConfSettingModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `aiAgentSummarySetting`.
    pub fn ai_agent_summary_setting(
        mut self,
        value: UpdateScheduleConfSettingsRequestScheduleConfSettingModelAiAgentSummarySetting,
    ) -> Self {
        self.ai_agent_summary_setting = Some(value);
        self
    }
    /// Sets `cohostUnionIds`.
    pub fn cohost_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.cohost_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `confAllowedCorpId`.
    pub fn conf_allowed_corp_id(mut self, value: impl Into<String>) -> Self {
        self.conf_allowed_corp_id = Some(value.into());
        self
    }
    /// Sets `hostUnionId`.
    pub fn host_union_id(mut self, value: impl Into<String>) -> Self {
        self.host_union_id = Some(value.into());
        self
    }
    /// Sets `lockRoom`.
    pub fn lock_room(mut self, value: i64) -> Self {
        self.lock_room = Some(value);
        self
    }
    /// Sets `moziConfOpenRecordSetting`.
    pub fn mozi_conf_open_record_setting(
        mut self,
        value: UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfOpenRecordSetting,
    ) -> Self {
        self.mozi_conf_open_record_setting = Some(value);
        self
    }
    /// Sets `moziConfVirtualExtraSetting`.
    pub fn mozi_conf_virtual_extra_setting(
        mut self,
        value: UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfVirtualExtraSetting,
    ) -> Self {
        self.mozi_conf_virtual_extra_setting = Some(value);
        self
    }
    /// Sets `muteOnJoin`.
    pub fn mute_on_join(mut self, value: i64) -> Self {
        self.mute_on_join = Some(value);
        self
    }
    /// Sets `screenShareForbidden`.
    pub fn screen_share_forbidden(mut self, value: i64) -> Self {
        self.screen_share_forbidden = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateScheduleConfSettingsRequestScheduleConfSettingModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("aiAgentSummarySetting", &self.ai_agent_summary_setting)?;
        object.optional("cohostUnionIds", &self.cohost_union_ids)?;
        object.optional("confAllowedCorpId", &self.conf_allowed_corp_id)?;
        object.optional("hostUnionId", &self.host_union_id)?;
        object.optional("lockRoom", &self.lock_room)?;
        object
            .optional("moziConfOpenRecordSetting", &self.mozi_conf_open_record_setting)?;
        object
            .optional(
                "moziConfVirtualExtraSetting",
                &self.mozi_conf_virtual_extra_setting,
            )?;
        object.optional("muteOnJoin", &self.mute_on_join)?;
        object.optional("screenShareForbidden", &self.screen_share_forbidden)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateScheduleConfSettingsRequestScheduleConfSettingModel {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateScheduleConfSettingsRequestScheduleConfSettingModel {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aiAgentSummarySetting" => {
                rt::read_field(map, &mut self.ai_agent_summary_setting)
            }
            "cohostUnionIds" => rt::read_field(map, &mut self.cohost_union_ids),
            "confAllowedCorpId" => rt::read_field(map, &mut self.conf_allowed_corp_id),
            "hostUnionId" => rt::read_field(map, &mut self.host_union_id),
            "lockRoom" => rt::read_field(map, &mut self.lock_room),
            "moziConfOpenRecordSetting" => {
                rt::read_field(map, &mut self.mozi_conf_open_record_setting)
            }
            "moziConfVirtualExtraSetting" => {
                rt::read_field(map, &mut self.mozi_conf_virtual_extra_setting)
            }
            "muteOnJoin" => rt::read_field(map, &mut self.mute_on_join),
            "screenShareForbidden" => {
                rt::read_field(map, &mut self.screen_share_forbidden)
            }
            _ => Ok(false),
        }
    }
}
/// `UpdateScheduleConfSettingsResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type UpdateScheduleConfSettingsResponseBody = CancelScheduleConferenceResponseBody;
/// `UpdateScheduleConferenceResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type UpdateScheduleConferenceResponseBody = CancelScheduleConferenceResponseBody;
/// `UpdateVideoConferenceExtInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateVideoConferenceExtInfoResponseBody {
    /// `case`.
    pub case: Option<String>,
    /// `code`.
    pub code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateVideoConferenceExtInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateVideoConferenceExtInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "case" => rt::read_field(map, &mut self.case),
            "code" => rt::read_field(map, &mut self.code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateVideoConferenceExtInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("case", &self.case)?;
        object.optional("code", &self.code)?;
        object.end()
    }
}
/// `UpdateVideoConferenceSettingResponseBody`: the same model as [`UpdateVideoConferenceExtInfoResponseBody`].
pub type UpdateVideoConferenceSettingResponseBody = UpdateVideoConferenceExtInfoResponseBody;
/// `CreateAutoLoginUrlResponseBodyLoginInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAutoLoginUrlResponseBodyLoginInfo {
    /// `loginUrl`.
    pub login_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateAutoLoginUrlResponseBodyLoginInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAutoLoginUrlResponseBodyLoginInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "loginUrl" => rt::read_field(map, &mut self.login_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAutoLoginUrlResponseBodyLoginInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("loginUrl", &self.login_url)?;
        object.end()
    }
}
/// `CreateCustomShortLinkResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCustomShortLinkResponseBodyResult {
    /// `customShortLink`.
    pub custom_short_link: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateCustomShortLinkResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateCustomShortLinkResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customShortLink" => rt::read_field(map, &mut self.custom_short_link),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateCustomShortLinkResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customShortLink", &self.custom_short_link)?;
        object.end()
    }
}
/// `CreateScheduleConferenceRequestScheduleConfSettingModelAiAgentSummarySetting`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateScheduleConferenceRequestScheduleConfSettingModelAiAgentSummarySetting {
    /// `allowAllParticipantsStart`.
    pub allow_all_participants_start: Option<i64>,
    /// `allowParticipantShowAiAgentRecord`.
    pub allow_participant_show_ai_agent_record: Option<bool>,
    /// `enableAiAgentStatus`.
    pub enable_ai_agent_status: Option<bool>,
    /// `receiverType`.
    pub receiver_type: Option<i64>,
    /// `restrictShareMinutesSummaryOnly`.
    pub restrict_share_minutes_summary_only: Option<i64>,
    /// `value`.
    pub value: Option<String>,
}
impl CreateScheduleConferenceRequestScheduleConfSettingModelAiAgentSummarySetting {
    /// An empty `CreateScheduleConferenceRequestScheduleConfSettingModelAiAgentSummarySetting`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `allowAllParticipantsStart`.
    pub fn allow_all_participants_start(mut self, value: i64) -> Self {
        self.allow_all_participants_start = Some(value);
        self
    }
    /// Sets `allowParticipantShowAiAgentRecord`.
    pub fn allow_participant_show_ai_agent_record(mut self, value: bool) -> Self {
        self.allow_participant_show_ai_agent_record = Some(value);
        self
    }
    /// Sets `enableAiAgentStatus`.
    pub fn enable_ai_agent_status(mut self, value: bool) -> Self {
        self.enable_ai_agent_status = Some(value);
        self
    }
    /// Sets `receiverType`.
    pub fn receiver_type(mut self, value: i64) -> Self {
        self.receiver_type = Some(value);
        self
    }
    /// Sets `restrictShareMinutesSummaryOnly`.
    pub fn restrict_share_minutes_summary_only(mut self, value: i64) -> Self {
        self.restrict_share_minutes_summary_only = Some(value);
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateScheduleConferenceRequestScheduleConfSettingModelAiAgentSummarySetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional("allowAllParticipantsStart", &self.allow_all_participants_start)?;
        object
            .optional(
                "allowParticipantShowAiAgentRecord",
                &self.allow_participant_show_ai_agent_record,
            )?;
        object.optional("enableAiAgentStatus", &self.enable_ai_agent_status)?;
        object.optional("receiverType", &self.receiver_type)?;
        object
            .optional(
                "restrictShareMinutesSummaryOnly",
                &self.restrict_share_minutes_summary_only,
            )?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateScheduleConferenceRequestScheduleConfSettingModelAiAgentSummarySetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for CreateScheduleConferenceRequestScheduleConfSettingModelAiAgentSummarySetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allowAllParticipantsStart" => {
                rt::read_field(map, &mut self.allow_all_participants_start)
            }
            "allowParticipantShowAiAgentRecord" => {
                rt::read_field(map, &mut self.allow_participant_show_ai_agent_record)
            }
            "enableAiAgentStatus" => {
                rt::read_field(map, &mut self.enable_ai_agent_status)
            }
            "receiverType" => rt::read_field(map, &mut self.receiver_type),
            "restrictShareMinutesSummaryOnly" => {
                rt::read_field(map, &mut self.restrict_share_minutes_summary_only)
            }
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting {
    /// `isFollowHost`.
    pub is_follow_host: Option<bool>,
    /// `mode`.
    pub mode: Option<String>,
    /// `recordAutoStart`.
    pub record_auto_start: Option<i64>,
    /// `recordAutoStartType`.
    pub record_auto_start_type: Option<i64>,
    /// `restrictShareMinutesSummaryOnly`.
    pub restrict_share_minutes_summary_only: Option<i64>,
}
impl CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting {
    /// An empty `CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `isFollowHost`.
    pub fn is_follow_host(mut self, value: bool) -> Self {
        self.is_follow_host = Some(value);
        self
    }
    /// Sets `mode`.
    pub fn mode(mut self, value: impl Into<String>) -> Self {
        self.mode = Some(value.into());
        self
    }
    /// Sets `recordAutoStart`.
    pub fn record_auto_start(mut self, value: i64) -> Self {
        self.record_auto_start = Some(value);
        self
    }
    /// Sets `recordAutoStartType`.
    pub fn record_auto_start_type(mut self, value: i64) -> Self {
        self.record_auto_start_type = Some(value);
        self
    }
    /// Sets `restrictShareMinutesSummaryOnly`.
    pub fn restrict_share_minutes_summary_only(mut self, value: i64) -> Self {
        self.restrict_share_minutes_summary_only = Some(value);
        self
    }
}
impl rt::serde::Serialize
for CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isFollowHost", &self.is_follow_host)?;
        object.optional("mode", &self.mode)?;
        object.optional("recordAutoStart", &self.record_auto_start)?;
        object.optional("recordAutoStartType", &self.record_auto_start_type)?;
        object
            .optional(
                "restrictShareMinutesSummaryOnly",
                &self.restrict_share_minutes_summary_only,
            )?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isFollowHost" => rt::read_field(map, &mut self.is_follow_host),
            "mode" => rt::read_field(map, &mut self.mode),
            "recordAutoStart" => rt::read_field(map, &mut self.record_auto_start),
            "recordAutoStartType" => {
                rt::read_field(map, &mut self.record_auto_start_type)
            }
            "restrictShareMinutesSummaryOnly" => {
                rt::read_field(map, &mut self.restrict_share_minutes_summary_only)
            }
            _ => Ok(false),
        }
    }
}
/// `CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting {
    /// `cloudRecordOwnerUnionId`.
    pub cloud_record_owner_union_id: Option<String>,
    /// `enableChat`.
    pub enable_chat: Option<i64>,
    /// `enableWebAnonymousJoin`.
    pub enable_web_anonymous_join: Option<bool>,
    /// `hiddenOwnerNick`.
    pub hidden_owner_nick: Option<bool>,
    /// `joinBeforeHost`.
    pub join_before_host: Option<i64>,
    /// `lockMediaStatusMicMute`.
    pub lock_media_status_mic_mute: Option<i64>,
    /// `lockNick`.
    pub lock_nick: Option<i64>,
    /// `minutesOwnerUnionId`.
    pub minutes_owner_union_id: Option<String>,
    /// `minutesSummaryDiyTemplateVersion`.
    pub minutes_summary_diy_template_version: Option<String>,
    /// `minutesSummaryTemplateId`.
    pub minutes_summary_template_id: Option<String>,
    /// `minutesSummaryTemplateType`.
    pub minutes_summary_template_type: Option<String>,
    /// `moziConfExtensionAppSettings`.
    pub mozi_conf_extension_app_settings: Option<
        Vec<
            CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings,
        >,
    >,
    /// `pushAllMeetingRecords`.
    pub push_all_meeting_records: Option<bool>,
    /// `pushCloudRecordCard`.
    pub push_cloud_record_card: Option<bool>,
    /// `pushMinutesCard`.
    pub push_minutes_card: Option<bool>,
    /// `waitingRoom`.
    pub waiting_room: Option<i64>,
}
impl CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting {
    /// An empty `CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cloudRecordOwnerUnionId`.
    pub fn cloud_record_owner_union_id(mut self, value: impl Into<String>) -> Self {
        self.cloud_record_owner_union_id = Some(value.into());
        self
    }
    /// Sets `enableChat`.
    pub fn enable_chat(mut self, value: i64) -> Self {
        self.enable_chat = Some(value);
        self
    }
    /// Sets `enableWebAnonymousJoin`.
    pub fn enable_web_anonymous_join(mut self, value: bool) -> Self {
        self.enable_web_anonymous_join = Some(value);
        self
    }
    /// Sets `hiddenOwnerNick`.
    pub fn hidden_owner_nick(mut self, value: bool) -> Self {
        self.hidden_owner_nick = Some(value);
        self
    }
    /// Sets `joinBeforeHost`.
    pub fn join_before_host(mut self, value: i64) -> Self {
        self.join_before_host = Some(value);
        self
    }
    /// Sets `lockMediaStatusMicMute`.
    pub fn lock_media_status_mic_mute(mut self, value: i64) -> Self {
        self.lock_media_status_mic_mute = Some(value);
        self
    }
    /// Sets `lockNick`.
    pub fn lock_nick(mut self, value: i64) -> Self {
        self.lock_nick = Some(value);
        self
    }
    /// Sets `minutesOwnerUnionId`.
    pub fn minutes_owner_union_id(mut self, value: impl Into<String>) -> Self {
        self.minutes_owner_union_id = Some(value.into());
        self
    }
    /// Sets `minutesSummaryDiyTemplateVersion`.
    pub fn minutes_summary_diy_template_version(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.minutes_summary_diy_template_version = Some(value.into());
        self
    }
    /// Sets `minutesSummaryTemplateId`.
    pub fn minutes_summary_template_id(mut self, value: impl Into<String>) -> Self {
        self.minutes_summary_template_id = Some(value.into());
        self
    }
    /// Sets `minutesSummaryTemplateType`.
    pub fn minutes_summary_template_type(mut self, value: impl Into<String>) -> Self {
        self.minutes_summary_template_type = Some(value.into());
        self
    }
    /// Sets `moziConfExtensionAppSettings`.
    pub fn mozi_conf_extension_app_settings(
        mut self,
        value: impl IntoIterator<
            Item = CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings,
        >,
    ) -> Self {
        self.mozi_conf_extension_app_settings = Some(value.into_iter().collect());
        self
    }
    /// Sets `pushAllMeetingRecords`.
    pub fn push_all_meeting_records(mut self, value: bool) -> Self {
        self.push_all_meeting_records = Some(value);
        self
    }
    /// Sets `pushCloudRecordCard`.
    pub fn push_cloud_record_card(mut self, value: bool) -> Self {
        self.push_cloud_record_card = Some(value);
        self
    }
    /// Sets `pushMinutesCard`.
    pub fn push_minutes_card(mut self, value: bool) -> Self {
        self.push_minutes_card = Some(value);
        self
    }
    /// Sets `waitingRoom`.
    pub fn waiting_room(mut self, value: i64) -> Self {
        self.waiting_room = Some(value);
        self
    }
}
impl rt::serde::Serialize
for CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cloudRecordOwnerUnionId", &self.cloud_record_owner_union_id)?;
        object.optional("enableChat", &self.enable_chat)?;
        object.optional("enableWebAnonymousJoin", &self.enable_web_anonymous_join)?;
        object.optional("hiddenOwnerNick", &self.hidden_owner_nick)?;
        object.optional("joinBeforeHost", &self.join_before_host)?;
        object.optional("lockMediaStatusMicMute", &self.lock_media_status_mic_mute)?;
        object.optional("lockNick", &self.lock_nick)?;
        object.optional("minutesOwnerUnionId", &self.minutes_owner_union_id)?;
        object
            .optional(
                "minutesSummaryDiyTemplateVersion",
                &self.minutes_summary_diy_template_version,
            )?;
        object.optional("minutesSummaryTemplateId", &self.minutes_summary_template_id)?;
        object
            .optional(
                "minutesSummaryTemplateType",
                &self.minutes_summary_template_type,
            )?;
        object
            .optional(
                "moziConfExtensionAppSettings",
                &self.mozi_conf_extension_app_settings,
            )?;
        object.optional("pushAllMeetingRecords", &self.push_all_meeting_records)?;
        object.optional("pushCloudRecordCard", &self.push_cloud_record_card)?;
        object.optional("pushMinutesCard", &self.push_minutes_card)?;
        object.optional("waitingRoom", &self.waiting_room)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cloudRecordOwnerUnionId" => {
                rt::read_field(map, &mut self.cloud_record_owner_union_id)
            }
            "enableChat" => rt::read_field(map, &mut self.enable_chat),
            "enableWebAnonymousJoin" => {
                rt::read_field(map, &mut self.enable_web_anonymous_join)
            }
            "hiddenOwnerNick" => rt::read_field(map, &mut self.hidden_owner_nick),
            "joinBeforeHost" => rt::read_field(map, &mut self.join_before_host),
            "lockMediaStatusMicMute" => {
                rt::read_field(map, &mut self.lock_media_status_mic_mute)
            }
            "lockNick" => rt::read_field(map, &mut self.lock_nick),
            "minutesOwnerUnionId" => {
                rt::read_field(map, &mut self.minutes_owner_union_id)
            }
            "minutesSummaryDiyTemplateVersion" => {
                rt::read_field(map, &mut self.minutes_summary_diy_template_version)
            }
            "minutesSummaryTemplateId" => {
                rt::read_field(map, &mut self.minutes_summary_template_id)
            }
            "minutesSummaryTemplateType" => {
                rt::read_field(map, &mut self.minutes_summary_template_type)
            }
            "moziConfExtensionAppSettings" => {
                rt::read_field(map, &mut self.mozi_conf_extension_app_settings)
            }
            "pushAllMeetingRecords" => {
                rt::read_field(map, &mut self.push_all_meeting_records)
            }
            "pushCloudRecordCard" => {
                rt::read_field(map, &mut self.push_cloud_record_card)
            }
            "pushMinutesCard" => rt::read_field(map, &mut self.push_minutes_card),
            "waitingRoom" => rt::read_field(map, &mut self.waiting_room),
            _ => Ok(false),
        }
    }
}
/// `GetConfDetailDataResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetConfDetailDataResponseBodyList {
    /// `belongOrg`.
    pub belong_org: Option<String>,
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `deviceType`.
    pub device_type: Option<String>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `joinTime`.
    pub join_time: Option<i64>,
    /// `leaveTime`.
    pub leave_time: Option<i64>,
    /// `networkQuality`.
    pub network_quality: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `role`.
    pub role: Option<String>,
    /// `sessionId`.
    pub session_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `version`.
    pub version: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetConfDetailDataResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConfDetailDataResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "belongOrg" => rt::read_field(map, &mut self.belong_org),
            "conferenceId" => rt::read_field(map, &mut self.conference_id),
            "deviceType" => rt::read_field(map, &mut self.device_type),
            "duration" => rt::read_field(map, &mut self.duration),
            "joinTime" => rt::read_field(map, &mut self.join_time),
            "leaveTime" => rt::read_field(map, &mut self.leave_time),
            "networkQuality" => rt::read_field(map, &mut self.network_quality),
            "nick" => rt::read_field(map, &mut self.nick),
            "role" => rt::read_field(map, &mut self.role),
            "sessionId" => rt::read_field(map, &mut self.session_id),
            "status" => rt::read_field(map, &mut self.status),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetConfDetailDataResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("belongOrg", &self.belong_org)?;
        object.optional("conferenceId", &self.conference_id)?;
        object.optional("deviceType", &self.device_type)?;
        object.optional("duration", &self.duration)?;
        object.optional("joinTime", &self.join_time)?;
        object.optional("leaveTime", &self.leave_time)?;
        object.optional("networkQuality", &self.network_quality)?;
        object.optional("nick", &self.nick)?;
        object.optional("role", &self.role)?;
        object.optional("sessionId", &self.session_id)?;
        object.optional("status", &self.status)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `GetHistoryConfDataListResponseBodyList`: the same model as [`GetConfDataByConferenceIdResponseBody`].
pub type GetHistoryConfDataListResponseBodyList = GetConfDataByConferenceIdResponseBody;
/// `MetricMapValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MetricMapValue {
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `sendBitRate`.
    pub send_bit_rate: Option<String>,
    /// `recvBitRate`.
    pub recv_bit_rate: Option<String>,
    /// `lostRate`.
    pub lost_rate: Option<String>,
    /// `roundTripTime`.
    pub round_trip_time: Option<String>,
    /// `audioSendBitRate`.
    pub audio_send_bit_rate: Option<String>,
    /// `audioRecvBitRate`.
    pub audio_recv_bit_rate: Option<String>,
    /// `audioRecLevel`.
    pub audio_rec_level: Option<String>,
    /// `audioPlayLevel`.
    pub audio_play_level: Option<String>,
    /// `cameraSendBitRate`.
    pub camera_send_bit_rate: Option<String>,
    /// `cameraRecvBitRate`.
    pub camera_recv_bit_rate: Option<String>,
    /// `cameraSendResolutionActual`.
    pub camera_send_resolution_actual: Option<String>,
    /// `cameraRecvResolutionActual`.
    pub camera_recv_resolution_actual: Option<String>,
    /// `cameraSendFrame`.
    pub camera_send_frame: Option<String>,
    /// `screenSendBitRate`.
    pub screen_send_bit_rate: Option<String>,
    /// `cameraRecvFrame`.
    pub camera_recv_frame: Option<String>,
    /// `screenRecvBitRate`.
    pub screen_recv_bit_rate: Option<String>,
    /// `screenSendResolutionActual`.
    pub screen_send_resolution_actual: Option<String>,
    /// `screenRecvResolutionActual`.
    pub screen_recv_resolution_actual: Option<String>,
    /// `screenSendFrame`.
    pub screen_send_frame: Option<String>,
    /// `screenRecvFrame`.
    pub screen_recv_frame: Option<String>,
    /// `audioJitterMax`.
    pub audio_jitter_max: Option<String>,
    /// `audioJitterAvg`.
    pub audio_jitter_avg: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for MetricMapValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MetricMapValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "sendBitRate" => rt::read_field(map, &mut self.send_bit_rate),
            "recvBitRate" => rt::read_field(map, &mut self.recv_bit_rate),
            "lostRate" => rt::read_field(map, &mut self.lost_rate),
            "roundTripTime" => rt::read_field(map, &mut self.round_trip_time),
            "audioSendBitRate" => rt::read_field(map, &mut self.audio_send_bit_rate),
            "audioRecvBitRate" => rt::read_field(map, &mut self.audio_recv_bit_rate),
            "audioRecLevel" => rt::read_field(map, &mut self.audio_rec_level),
            "audioPlayLevel" => rt::read_field(map, &mut self.audio_play_level),
            "cameraSendBitRate" => rt::read_field(map, &mut self.camera_send_bit_rate),
            "cameraRecvBitRate" => rt::read_field(map, &mut self.camera_recv_bit_rate),
            "cameraSendResolutionActual" => {
                rt::read_field(map, &mut self.camera_send_resolution_actual)
            }
            "cameraRecvResolutionActual" => {
                rt::read_field(map, &mut self.camera_recv_resolution_actual)
            }
            "cameraSendFrame" => rt::read_field(map, &mut self.camera_send_frame),
            "screenSendBitRate" => rt::read_field(map, &mut self.screen_send_bit_rate),
            "cameraRecvFrame" => rt::read_field(map, &mut self.camera_recv_frame),
            "screenRecvBitRate" => rt::read_field(map, &mut self.screen_recv_bit_rate),
            "screenSendResolutionActual" => {
                rt::read_field(map, &mut self.screen_send_resolution_actual)
            }
            "screenRecvResolutionActual" => {
                rt::read_field(map, &mut self.screen_recv_resolution_actual)
            }
            "screenSendFrame" => rt::read_field(map, &mut self.screen_send_frame),
            "screenRecvFrame" => rt::read_field(map, &mut self.screen_recv_frame),
            "audioJitterMax" => rt::read_field(map, &mut self.audio_jitter_max),
            "audioJitterAvg" => rt::read_field(map, &mut self.audio_jitter_avg),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MetricMapValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("sendBitRate", &self.send_bit_rate)?;
        object.optional("recvBitRate", &self.recv_bit_rate)?;
        object.optional("lostRate", &self.lost_rate)?;
        object.optional("roundTripTime", &self.round_trip_time)?;
        object.optional("audioSendBitRate", &self.audio_send_bit_rate)?;
        object.optional("audioRecvBitRate", &self.audio_recv_bit_rate)?;
        object.optional("audioRecLevel", &self.audio_rec_level)?;
        object.optional("audioPlayLevel", &self.audio_play_level)?;
        object.optional("cameraSendBitRate", &self.camera_send_bit_rate)?;
        object.optional("cameraRecvBitRate", &self.camera_recv_bit_rate)?;
        object
            .optional(
                "cameraSendResolutionActual",
                &self.camera_send_resolution_actual,
            )?;
        object
            .optional(
                "cameraRecvResolutionActual",
                &self.camera_recv_resolution_actual,
            )?;
        object.optional("cameraSendFrame", &self.camera_send_frame)?;
        object.optional("screenSendBitRate", &self.screen_send_bit_rate)?;
        object.optional("cameraRecvFrame", &self.camera_recv_frame)?;
        object.optional("screenRecvBitRate", &self.screen_recv_bit_rate)?;
        object
            .optional(
                "screenSendResolutionActual",
                &self.screen_send_resolution_actual,
            )?;
        object
            .optional(
                "screenRecvResolutionActual",
                &self.screen_recv_resolution_actual,
            )?;
        object.optional("screenSendFrame", &self.screen_send_frame)?;
        object.optional("screenRecvFrame", &self.screen_recv_frame)?;
        object.optional("audioJitterMax", &self.audio_jitter_max)?;
        object.optional("audioJitterAvg", &self.audio_jitter_avg)?;
        object.end()
    }
}
/// `GetUserMetricDataResponseBodyMetricDataList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserMetricDataResponseBodyMetricDataList {
    /// `audioPlayLevel`.
    pub audio_play_level: Option<String>,
    /// `audioRecLevel`.
    pub audio_rec_level: Option<String>,
    /// `audioRecvBitRate`.
    pub audio_recv_bit_rate: Option<String>,
    /// `audioSendBitRate`.
    pub audio_send_bit_rate: Option<String>,
    /// `cameraRecvBitRate`.
    pub camera_recv_bit_rate: Option<String>,
    /// `cameraRecvFrame`.
    pub camera_recv_frame: Option<String>,
    /// `cameraRecvResolutionActual`.
    pub camera_recv_resolution_actual: Option<String>,
    /// `cameraSendBitRate`.
    pub camera_send_bit_rate: Option<String>,
    /// `cameraSendFrame`.
    pub camera_send_frame: Option<String>,
    /// `cameraSendResolutionActual`.
    pub camera_send_resolution_actual: Option<String>,
    /// `lostRate`.
    pub lost_rate: Option<String>,
    /// `recvBitRate`.
    pub recv_bit_rate: Option<String>,
    /// `roundTripTime`.
    pub round_trip_time: Option<String>,
    /// `screenRecvBitRate`.
    pub screen_recv_bit_rate: Option<String>,
    /// `screenRecvFrame`.
    pub screen_recv_frame: Option<String>,
    /// `screenRecvResolutionActual`.
    pub screen_recv_resolution_actual: Option<String>,
    /// `screenSendBitRate`.
    pub screen_send_bit_rate: Option<String>,
    /// `screenSendFrame`.
    pub screen_send_frame: Option<String>,
    /// `screenSendResolutionActual`.
    pub screen_send_resolution_actual: Option<String>,
    /// `sendBitRate`.
    pub send_bit_rate: Option<String>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserMetricDataResponseBodyMetricDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserMetricDataResponseBodyMetricDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "audioPlayLevel" => rt::read_field(map, &mut self.audio_play_level),
            "audioRecLevel" => rt::read_field(map, &mut self.audio_rec_level),
            "audioRecvBitRate" => rt::read_field(map, &mut self.audio_recv_bit_rate),
            "audioSendBitRate" => rt::read_field(map, &mut self.audio_send_bit_rate),
            "cameraRecvBitRate" => rt::read_field(map, &mut self.camera_recv_bit_rate),
            "cameraRecvFrame" => rt::read_field(map, &mut self.camera_recv_frame),
            "cameraRecvResolutionActual" => {
                rt::read_field(map, &mut self.camera_recv_resolution_actual)
            }
            "cameraSendBitRate" => rt::read_field(map, &mut self.camera_send_bit_rate),
            "cameraSendFrame" => rt::read_field(map, &mut self.camera_send_frame),
            "cameraSendResolutionActual" => {
                rt::read_field(map, &mut self.camera_send_resolution_actual)
            }
            "lostRate" => rt::read_field(map, &mut self.lost_rate),
            "recvBitRate" => rt::read_field(map, &mut self.recv_bit_rate),
            "roundTripTime" => rt::read_field(map, &mut self.round_trip_time),
            "screenRecvBitRate" => rt::read_field(map, &mut self.screen_recv_bit_rate),
            "screenRecvFrame" => rt::read_field(map, &mut self.screen_recv_frame),
            "screenRecvResolutionActual" => {
                rt::read_field(map, &mut self.screen_recv_resolution_actual)
            }
            "screenSendBitRate" => rt::read_field(map, &mut self.screen_send_bit_rate),
            "screenSendFrame" => rt::read_field(map, &mut self.screen_send_frame),
            "screenSendResolutionActual" => {
                rt::read_field(map, &mut self.screen_send_resolution_actual)
            }
            "sendBitRate" => rt::read_field(map, &mut self.send_bit_rate),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserMetricDataResponseBodyMetricDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("audioPlayLevel", &self.audio_play_level)?;
        object.optional("audioRecLevel", &self.audio_rec_level)?;
        object.optional("audioRecvBitRate", &self.audio_recv_bit_rate)?;
        object.optional("audioSendBitRate", &self.audio_send_bit_rate)?;
        object.optional("cameraRecvBitRate", &self.camera_recv_bit_rate)?;
        object.optional("cameraRecvFrame", &self.camera_recv_frame)?;
        object
            .optional(
                "cameraRecvResolutionActual",
                &self.camera_recv_resolution_actual,
            )?;
        object.optional("cameraSendBitRate", &self.camera_send_bit_rate)?;
        object.optional("cameraSendFrame", &self.camera_send_frame)?;
        object
            .optional(
                "cameraSendResolutionActual",
                &self.camera_send_resolution_actual,
            )?;
        object.optional("lostRate", &self.lost_rate)?;
        object.optional("recvBitRate", &self.recv_bit_rate)?;
        object.optional("roundTripTime", &self.round_trip_time)?;
        object.optional("screenRecvBitRate", &self.screen_recv_bit_rate)?;
        object.optional("screenRecvFrame", &self.screen_recv_frame)?;
        object
            .optional(
                "screenRecvResolutionActual",
                &self.screen_recv_resolution_actual,
            )?;
        object.optional("screenSendBitRate", &self.screen_send_bit_rate)?;
        object.optional("screenSendFrame", &self.screen_send_frame)?;
        object
            .optional(
                "screenSendResolutionActual",
                &self.screen_send_resolution_actual,
            )?;
        object.optional("sendBitRate", &self.send_bit_rate)?;
        object.optional("timestamp", &self.timestamp)?;
        object.end()
    }
}
/// `OptRecordWhiteAccountRequestRequestBodySettingRangeList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OptRecordWhiteAccountRequestRequestBodySettingRangeList {
    /// `settingRangeId`.
    pub setting_range_id: String,
    /// `settingRangeType`.
    pub setting_range_type: i64,
}
impl OptRecordWhiteAccountRequestRequestBodySettingRangeList {
    /// A `OptRecordWhiteAccountRequestRequestBodySettingRangeList` with its required fields (`settingRangeId`, `settingRangeType`); set the others with the methods named after them.
    pub fn new(setting_range_id: impl Into<String>, setting_range_type: i64) -> Self {
        Self {
            setting_range_id: setting_range_id.into(),
            setting_range_type,
        }
    }
}
impl rt::serde::Serialize for OptRecordWhiteAccountRequestRequestBodySettingRangeList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("settingRangeId", &self.setting_range_id)?;
        object.field("settingRangeType", &self.setting_range_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for OptRecordWhiteAccountRequestRequestBodySettingRangeList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OptRecordWhiteAccountRequestRequestBodySettingRangeList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "settingRangeId" => rt::read_field(map, &mut self.setting_range_id),
            "settingRangeType" => rt::read_field(map, &mut self.setting_range_type),
            _ => Ok(false),
        }
    }
}
/// `QueryCloudRecordTextResponseBodyParagraphList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCloudRecordTextResponseBodyParagraphList {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `nextTtoken`.
    pub next_ttoken: Option<i64>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `paragraph`.
    pub paragraph: Option<String>,
    /// `recordId`.
    pub record_id: Option<i64>,
    /// `sentenceList`.
    pub sentence_list: Option<
        Vec<QueryCloudRecordTextResponseBodyParagraphListSentenceList>,
    >,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCloudRecordTextResponseBodyParagraphList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCloudRecordTextResponseBodyParagraphList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "nextTtoken" => rt::read_field(map, &mut self.next_ttoken),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "paragraph" => rt::read_field(map, &mut self.paragraph),
            "recordId" => rt::read_field(map, &mut self.record_id),
            "sentenceList" => rt::read_field(map, &mut self.sentence_list),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCloudRecordTextResponseBodyParagraphList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("nextTtoken", &self.next_ttoken)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("paragraph", &self.paragraph)?;
        object.optional("recordId", &self.record_id)?;
        object.optional("sentenceList", &self.sentence_list)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("status", &self.status)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `QueryCloudRecordVideoResponseBodyVideoList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCloudRecordVideoResponseBodyVideoList {
    /// `duration`.
    pub duration: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `recordId`.
    pub record_id: Option<String>,
    /// `recordType`.
    pub record_type: Option<i64>,
    /// `regionId`.
    pub region_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCloudRecordVideoResponseBodyVideoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCloudRecordVideoResponseBodyVideoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "duration" => rt::read_field(map, &mut self.duration),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "recordId" => rt::read_field(map, &mut self.record_id),
            "recordType" => rt::read_field(map, &mut self.record_type),
            "regionId" => rt::read_field(map, &mut self.region_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCloudRecordVideoResponseBodyVideoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("duration", &self.duration)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("mediaId", &self.media_id)?;
        object.optional("recordId", &self.record_id)?;
        object.optional("recordType", &self.record_type)?;
        object.optional("regionId", &self.region_id)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `QueryConferenceInfoResponseBodyConfInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConferenceInfoResponseBodyConfInfo {
    /// `activeNum`.
    pub active_num: Option<i64>,
    /// `attendNum`.
    pub attend_num: Option<i64>,
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `cloudRecordOwnerUnionId`.
    pub cloud_record_owner_union_id: Option<String>,
    /// `cloudRecordStatus`.
    pub cloud_record_status: Option<i64>,
    /// `confDuration`.
    pub conf_duration: Option<i64>,
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `creatorNick`.
    pub creator_nick: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `extensionAppSettings`.
    pub extension_app_settings: Option<
        Vec<QueryConferenceInfoResponseBodyConfInfoExtensionAppSettings>,
    >,
    /// `externalLinkUrl`.
    pub external_link_url: Option<String>,
    /// `invitedNum`.
    pub invited_num: Option<i64>,
    /// `minutesOwnerUnionId`.
    pub minutes_owner_union_id: Option<String>,
    /// `minutesStatus`.
    pub minutes_status: Option<i64>,
    /// `roomCode`.
    pub room_code: Option<String>,
    /// `scheduleConferenceId`.
    pub schedule_conference_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryConferenceInfoResponseBodyConfInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConferenceInfoResponseBodyConfInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activeNum" => rt::read_field(map, &mut self.active_num),
            "attendNum" => rt::read_field(map, &mut self.attend_num),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "cloudRecordOwnerUnionId" => {
                rt::read_field(map, &mut self.cloud_record_owner_union_id)
            }
            "cloudRecordStatus" => rt::read_field(map, &mut self.cloud_record_status),
            "confDuration" => rt::read_field(map, &mut self.conf_duration),
            "conferenceId" => rt::read_field(map, &mut self.conference_id),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "creatorNick" => rt::read_field(map, &mut self.creator_nick),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "extensionAppSettings" => {
                rt::read_field(map, &mut self.extension_app_settings)
            }
            "externalLinkUrl" => rt::read_field(map, &mut self.external_link_url),
            "invitedNum" => rt::read_field(map, &mut self.invited_num),
            "minutesOwnerUnionId" => {
                rt::read_field(map, &mut self.minutes_owner_union_id)
            }
            "minutesStatus" => rt::read_field(map, &mut self.minutes_status),
            "roomCode" => rt::read_field(map, &mut self.room_code),
            "scheduleConferenceId" => {
                rt::read_field(map, &mut self.schedule_conference_id)
            }
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryConferenceInfoResponseBodyConfInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activeNum", &self.active_num)?;
        object.optional("attendNum", &self.attend_num)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("cloudRecordOwnerUnionId", &self.cloud_record_owner_union_id)?;
        object.optional("cloudRecordStatus", &self.cloud_record_status)?;
        object.optional("confDuration", &self.conf_duration)?;
        object.optional("conferenceId", &self.conference_id)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("creatorNick", &self.creator_nick)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("extensionAppSettings", &self.extension_app_settings)?;
        object.optional("externalLinkUrl", &self.external_link_url)?;
        object.optional("invitedNum", &self.invited_num)?;
        object.optional("minutesOwnerUnionId", &self.minutes_owner_union_id)?;
        object.optional("minutesStatus", &self.minutes_status)?;
        object.optional("roomCode", &self.room_code)?;
        object.optional("scheduleConferenceId", &self.schedule_conference_id)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryConferenceInfoBatchResponseBodyInfos`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConferenceInfoBatchResponseBodyInfos {
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `mediaStatus`.
    pub media_status: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `userList`.
    pub user_list: Option<Vec<QueryConferenceInfoBatchResponseBodyInfosUserList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryConferenceInfoBatchResponseBodyInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConferenceInfoBatchResponseBodyInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conferenceId" => rt::read_field(map, &mut self.conference_id),
            "mediaStatus" => rt::read_field(map, &mut self.media_status),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryConferenceInfoBatchResponseBodyInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conferenceId", &self.conference_id)?;
        object.optional("mediaStatus", &self.media_status)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.optional("userList", &self.user_list)?;
        object.end()
    }
}
/// `QueryConferenceInfoByRoomCodeResponseBodyConferenceList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConferenceInfoByRoomCodeResponseBodyConferenceList {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `confDuration`.
    pub conf_duration: Option<i64>,
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `creatorNick`.
    pub creator_nick: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `externalLinkUrl`.
    pub external_link_url: Option<String>,
    /// `roomCode`.
    pub room_code: Option<String>,
    /// `scheduleConferenceId`.
    pub schedule_conference_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryConferenceInfoByRoomCodeResponseBodyConferenceList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConferenceInfoByRoomCodeResponseBodyConferenceList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "confDuration" => rt::read_field(map, &mut self.conf_duration),
            "conferenceId" => rt::read_field(map, &mut self.conference_id),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "creatorNick" => rt::read_field(map, &mut self.creator_nick),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "externalLinkUrl" => rt::read_field(map, &mut self.external_link_url),
            "roomCode" => rt::read_field(map, &mut self.room_code),
            "scheduleConferenceId" => {
                rt::read_field(map, &mut self.schedule_conference_id)
            }
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryConferenceInfoByRoomCodeResponseBodyConferenceList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("confDuration", &self.conf_duration)?;
        object.optional("conferenceId", &self.conference_id)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("creatorNick", &self.creator_nick)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("externalLinkUrl", &self.external_link_url)?;
        object.optional("roomCode", &self.room_code)?;
        object.optional("scheduleConferenceId", &self.schedule_conference_id)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryConferenceMembersResponseBodyMemberModels`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConferenceMembersResponseBodyMemberModels {
    /// `attendStatus`.
    pub attend_status: Option<i64>,
    /// `coHost`.
    pub co_host: Option<bool>,
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `host`.
    pub host: Option<bool>,
    /// `jobNumber`.
    pub job_number: Option<String>,
    /// `joinTime`.
    pub join_time: Option<i64>,
    /// `leaveTime`.
    pub leave_time: Option<i64>,
    /// `outerOrgMember`.
    pub outer_org_member: Option<bool>,
    /// `pstnJoin`.
    pub pstn_join: Option<bool>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userNick`.
    pub user_nick: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryConferenceMembersResponseBodyMemberModels {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConferenceMembersResponseBodyMemberModels {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendStatus" => rt::read_field(map, &mut self.attend_status),
            "coHost" => rt::read_field(map, &mut self.co_host),
            "conferenceId" => rt::read_field(map, &mut self.conference_id),
            "duration" => rt::read_field(map, &mut self.duration),
            "host" => rt::read_field(map, &mut self.host),
            "jobNumber" => rt::read_field(map, &mut self.job_number),
            "joinTime" => rt::read_field(map, &mut self.join_time),
            "leaveTime" => rt::read_field(map, &mut self.leave_time),
            "outerOrgMember" => rt::read_field(map, &mut self.outer_org_member),
            "pstnJoin" => rt::read_field(map, &mut self.pstn_join),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userNick" => rt::read_field(map, &mut self.user_nick),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryConferenceMembersResponseBodyMemberModels {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendStatus", &self.attend_status)?;
        object.optional("coHost", &self.co_host)?;
        object.optional("conferenceId", &self.conference_id)?;
        object.optional("duration", &self.duration)?;
        object.optional("host", &self.host)?;
        object.optional("jobNumber", &self.job_number)?;
        object.optional("joinTime", &self.join_time)?;
        object.optional("leaveTime", &self.leave_time)?;
        object.optional("outerOrgMember", &self.outer_org_member)?;
        object.optional("pstnJoin", &self.pstn_join)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userNick", &self.user_nick)?;
        object.end()
    }
}
/// `QueryFlashMinutesSummaryResponseBodyFlashMinutesSummary`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryFlashMinutesSummaryResponseBodyFlashMinutesSummary {
    /// `status`.
    pub status: Option<i64>,
    /// `summary`.
    pub summary: Option<
        Vec<QueryFlashMinutesSummaryResponseBodyFlashMinutesSummarySummary>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryFlashMinutesSummaryResponseBodyFlashMinutesSummary {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryFlashMinutesSummaryResponseBodyFlashMinutesSummary {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => rt::read_field(map, &mut self.status),
            "summary" => rt::read_field(map, &mut self.summary),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryFlashMinutesSummaryResponseBodyFlashMinutesSummary {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("status", &self.status)?;
        object.optional("summary", &self.summary)?;
        object.end()
    }
}
/// `QueryMinutesAudioResponseBodyAudioList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesAudioResponseBodyAudioList {
    /// `duration`.
    pub duration: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `fileSize`.
    pub file_size: Option<i64>,
    /// `playUrl`.
    pub play_url: Option<String>,
    /// `recordId`.
    pub record_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesAudioResponseBodyAudioList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesAudioResponseBodyAudioList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "duration" => rt::read_field(map, &mut self.duration),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "fileSize" => rt::read_field(map, &mut self.file_size),
            "playUrl" => rt::read_field(map, &mut self.play_url),
            "recordId" => rt::read_field(map, &mut self.record_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesAudioResponseBodyAudioList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("duration", &self.duration)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("fileSize", &self.file_size)?;
        object.optional("playUrl", &self.play_url)?;
        object.optional("recordId", &self.record_id)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `QueryMinutesSummaryResponseBodySummary`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesSummaryResponseBodySummary {
    /// `actions`.
    pub actions: Option<Vec<QueryMinutesSummaryResponseBodySummaryActions>>,
    /// `autoChapters`.
    pub auto_chapters: Option<Vec<QueryMinutesSummaryResponseBodySummaryAutoChapters>>,
    /// `conversationalSummary`.
    pub conversational_summary: Option<
        Vec<QueryMinutesSummaryResponseBodySummaryConversationalSummary>,
    >,
    /// `keySentences`.
    pub key_sentences: Option<Vec<QueryMinutesSummaryResponseBodySummaryKeySentences>>,
    /// `keywords`.
    pub keywords: Option<Vec<String>>,
    /// `paragraphSummary`.
    pub paragraph_summary: Option<String>,
    /// `questionsAnsweringSummary`.
    pub questions_answering_summary: Option<
        Vec<QueryMinutesSummaryResponseBodySummaryQuestionsAnsweringSummary>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesSummaryResponseBodySummary {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesSummaryResponseBodySummary {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actions" => rt::read_field(map, &mut self.actions),
            "autoChapters" => rt::read_field(map, &mut self.auto_chapters),
            "conversationalSummary" => {
                rt::read_field(map, &mut self.conversational_summary)
            }
            "keySentences" => rt::read_field(map, &mut self.key_sentences),
            "keywords" => rt::read_field(map, &mut self.keywords),
            "paragraphSummary" => rt::read_field(map, &mut self.paragraph_summary),
            "questionsAnsweringSummary" => {
                rt::read_field(map, &mut self.questions_answering_summary)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesSummaryResponseBodySummary {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actions", &self.actions)?;
        object.optional("autoChapters", &self.auto_chapters)?;
        object.optional("conversationalSummary", &self.conversational_summary)?;
        object.optional("keySentences", &self.key_sentences)?;
        object.optional("keywords", &self.keywords)?;
        object.optional("paragraphSummary", &self.paragraph_summary)?;
        object.optional("questionsAnsweringSummary", &self.questions_answering_summary)?;
        object.end()
    }
}
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
    /// `startTime`.
    pub start_time: Option<i64>,
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
            "startTime" => rt::read_field(map, &mut self.start_time),
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
        object.optional("startTime", &self.start_time)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `QueryOrgConferenceListResponseBodyOnGoingConfList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgConferenceListResponseBodyOnGoingConfList {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `creatorNick`.
    pub creator_nick: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `roomCode`.
    pub room_code: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryOrgConferenceListResponseBodyOnGoingConfList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgConferenceListResponseBodyOnGoingConfList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "conferenceId" => rt::read_field(map, &mut self.conference_id),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "creatorNick" => rt::read_field(map, &mut self.creator_nick),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "roomCode" => rt::read_field(map, &mut self.room_code),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOrgConferenceListResponseBodyOnGoingConfList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("conferenceId", &self.conference_id)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("creatorNick", &self.creator_nick)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("roomCode", &self.room_code)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryRecordMinutesUrlResponseBodyRecordMinutesUrls`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRecordMinutesUrlResponseBodyRecordMinutesUrls {
    /// `recordMinutesUrl`.
    pub record_minutes_url: Option<String>,
    /// `taskUuid`.
    pub task_uuid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryRecordMinutesUrlResponseBodyRecordMinutesUrls {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRecordMinutesUrlResponseBodyRecordMinutesUrls {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "recordMinutesUrl" => rt::read_field(map, &mut self.record_minutes_url),
            "taskUuid" => rt::read_field(map, &mut self.task_uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRecordMinutesUrlResponseBodyRecordMinutesUrls {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("recordMinutesUrl", &self.record_minutes_url)?;
        object.optional("taskUuid", &self.task_uuid)?;
        object.end()
    }
}
/// `QueryScheduleConfSettingsResponseBodyScheduleConfSettingModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryScheduleConfSettingsResponseBodyScheduleConfSettingModel {
    /// `cohostUnionIds`.
    pub cohost_union_ids: Option<Vec<String>>,
    /// `confAllowedCorpId`.
    pub conf_allowed_corp_id: Option<String>,
    /// `hostUnionId`.
    pub host_union_id: Option<String>,
    /// `lockRoom`.
    pub lock_room: Option<i64>,
    /// `moziConfVirtualExtraSetting`.
    pub mozi_conf_virtual_extra_setting: Option<
        QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSetting,
    >,
    /// `muteOnJoin`.
    pub mute_on_join: Option<i64>,
    /// `screenShareForbidden`.
    pub screen_share_forbidden: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryScheduleConfSettingsResponseBodyScheduleConfSettingModel {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryScheduleConfSettingsResponseBodyScheduleConfSettingModel {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cohostUnionIds" => rt::read_field(map, &mut self.cohost_union_ids),
            "confAllowedCorpId" => rt::read_field(map, &mut self.conf_allowed_corp_id),
            "hostUnionId" => rt::read_field(map, &mut self.host_union_id),
            "lockRoom" => rt::read_field(map, &mut self.lock_room),
            "moziConfVirtualExtraSetting" => {
                rt::read_field(map, &mut self.mozi_conf_virtual_extra_setting)
            }
            "muteOnJoin" => rt::read_field(map, &mut self.mute_on_join),
            "screenShareForbidden" => {
                rt::read_field(map, &mut self.screen_share_forbidden)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryScheduleConfSettingsResponseBodyScheduleConfSettingModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cohostUnionIds", &self.cohost_union_ids)?;
        object.optional("confAllowedCorpId", &self.conf_allowed_corp_id)?;
        object.optional("hostUnionId", &self.host_union_id)?;
        object.optional("lockRoom", &self.lock_room)?;
        object
            .optional(
                "moziConfVirtualExtraSetting",
                &self.mozi_conf_virtual_extra_setting,
            )?;
        object.optional("muteOnJoin", &self.mute_on_join)?;
        object.optional("screenShareForbidden", &self.screen_share_forbidden)?;
        object.end()
    }
}
/// `QueryScheduleConferenceInfoResponseBodyConferenceList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryScheduleConferenceInfoResponseBodyConferenceList {
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `roomCode`.
    pub room_code: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryScheduleConferenceInfoResponseBodyConferenceList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryScheduleConferenceInfoResponseBodyConferenceList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conferenceId" => rt::read_field(map, &mut self.conference_id),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "roomCode" => rt::read_field(map, &mut self.room_code),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryScheduleConferenceInfoResponseBodyConferenceList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conferenceId", &self.conference_id)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("roomCode", &self.room_code)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `MemberModelMapValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MemberModelMapValue {
    /// `unionId`.
    pub union_id: Option<String>,
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `userNick`.
    pub user_nick: Option<String>,
    /// `joinTime`.
    pub join_time: Option<i64>,
    /// `leaveTime`.
    pub leave_time: Option<i64>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `attendStatus`.
    pub attend_status: Option<i64>,
    /// `host`.
    pub host: Option<bool>,
    /// `coHost`.
    pub co_host: Option<bool>,
    /// `outerOrgMember`.
    pub outer_org_member: Option<bool>,
    /// `pstnJoin`.
    pub pstn_join: Option<bool>,
    /// `deviceType`.
    pub device_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for MemberModelMapValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for MemberModelMapValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "conferenceId" => rt::read_field(map, &mut self.conference_id),
            "userNick" => rt::read_field(map, &mut self.user_nick),
            "joinTime" => rt::read_field(map, &mut self.join_time),
            "leaveTime" => rt::read_field(map, &mut self.leave_time),
            "duration" => rt::read_field(map, &mut self.duration),
            "attendStatus" => rt::read_field(map, &mut self.attend_status),
            "host" => rt::read_field(map, &mut self.host),
            "coHost" => rt::read_field(map, &mut self.co_host),
            "outerOrgMember" => rt::read_field(map, &mut self.outer_org_member),
            "pstnJoin" => rt::read_field(map, &mut self.pstn_join),
            "deviceType" => rt::read_field(map, &mut self.device_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for MemberModelMapValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("conferenceId", &self.conference_id)?;
        object.optional("userNick", &self.user_nick)?;
        object.optional("joinTime", &self.join_time)?;
        object.optional("leaveTime", &self.leave_time)?;
        object.optional("duration", &self.duration)?;
        object.optional("attendStatus", &self.attend_status)?;
        object.optional("host", &self.host)?;
        object.optional("coHost", &self.co_host)?;
        object.optional("outerOrgMember", &self.outer_org_member)?;
        object.optional("pstnJoin", &self.pstn_join)?;
        object.optional("deviceType", &self.device_type)?;
        object.end()
    }
}
/// `UpdateScheduleConfSettingsRequestScheduleConfSettingModelAiAgentSummarySetting`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateScheduleConfSettingsRequestScheduleConfSettingModelAiAgentSummarySetting {
    /// `allowAllParticipantsStart`.
    pub allow_all_participants_start: Option<i64>,
    /// `enableAiAgentStatus`.
    pub enable_ai_agent_status: Option<bool>,
    /// `receiverType`.
    pub receiver_type: Option<i64>,
    /// `restrictShareMinutesSummaryOnly`.
    pub restrict_share_minutes_summary_only: Option<i64>,
    /// `value`.
    pub value: Option<String>,
}
impl UpdateScheduleConfSettingsRequestScheduleConfSettingModelAiAgentSummarySetting {
    /// An empty `UpdateScheduleConfSettingsRequestScheduleConfSettingModelAiAgentSummarySetting`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `allowAllParticipantsStart`.
    pub fn allow_all_participants_start(mut self, value: i64) -> Self {
        self.allow_all_participants_start = Some(value);
        self
    }
    /// Sets `enableAiAgentStatus`.
    pub fn enable_ai_agent_status(mut self, value: bool) -> Self {
        self.enable_ai_agent_status = Some(value);
        self
    }
    /// Sets `receiverType`.
    pub fn receiver_type(mut self, value: i64) -> Self {
        self.receiver_type = Some(value);
        self
    }
    /// Sets `restrictShareMinutesSummaryOnly`.
    pub fn restrict_share_minutes_summary_only(mut self, value: i64) -> Self {
        self.restrict_share_minutes_summary_only = Some(value);
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for UpdateScheduleConfSettingsRequestScheduleConfSettingModelAiAgentSummarySetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional("allowAllParticipantsStart", &self.allow_all_participants_start)?;
        object.optional("enableAiAgentStatus", &self.enable_ai_agent_status)?;
        object.optional("receiverType", &self.receiver_type)?;
        object
            .optional(
                "restrictShareMinutesSummaryOnly",
                &self.restrict_share_minutes_summary_only,
            )?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateScheduleConfSettingsRequestScheduleConfSettingModelAiAgentSummarySetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for UpdateScheduleConfSettingsRequestScheduleConfSettingModelAiAgentSummarySetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allowAllParticipantsStart" => {
                rt::read_field(map, &mut self.allow_all_participants_start)
            }
            "enableAiAgentStatus" => {
                rt::read_field(map, &mut self.enable_ai_agent_status)
            }
            "receiverType" => rt::read_field(map, &mut self.receiver_type),
            "restrictShareMinutesSummaryOnly" => {
                rt::read_field(map, &mut self.restrict_share_minutes_summary_only)
            }
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfOpenRecordSetting`: the same model as [`CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting`].
pub type UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfOpenRecordSetting = CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting;
/// `UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfVirtualExtraSetting`: the same model as [`CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting`].
pub type UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfVirtualExtraSetting = CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting;
/// `CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings {
    /// `autoOpenMode`.
    pub auto_open_mode: Option<i64>,
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `extensionAppBizData`.
    pub extension_app_biz_data: Option<String>,
}
impl CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings {
    /// An empty `CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `autoOpenMode`.
    pub fn auto_open_mode(mut self, value: i64) -> Self {
        self.auto_open_mode = Some(value);
        self
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
    /// Sets `extensionAppBizData`.
    pub fn extension_app_biz_data(mut self, value: impl Into<String>) -> Self {
        self.extension_app_biz_data = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("autoOpenMode", &self.auto_open_mode)?;
        object.optional("coolAppCode", &self.cool_app_code)?;
        object.optional("extensionAppBizData", &self.extension_app_biz_data)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "autoOpenMode" => rt::read_field(map, &mut self.auto_open_mode),
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "extensionAppBizData" => {
                rt::read_field(map, &mut self.extension_app_biz_data)
            }
            _ => Ok(false),
        }
    }
}
/// `QueryCloudRecordTextResponseBodyParagraphListSentenceList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCloudRecordTextResponseBodyParagraphListSentenceList {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `sentence`.
    pub sentence: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `wordList`.
    pub word_list: Option<
        Vec<QueryCloudRecordTextResponseBodyParagraphListSentenceListWordList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryCloudRecordTextResponseBodyParagraphListSentenceList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCloudRecordTextResponseBodyParagraphListSentenceList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "sentence" => rt::read_field(map, &mut self.sentence),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "wordList" => rt::read_field(map, &mut self.word_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCloudRecordTextResponseBodyParagraphListSentenceList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("sentence", &self.sentence)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("wordList", &self.word_list)?;
        object.end()
    }
}
/// `QueryConferenceInfoResponseBodyConfInfoExtensionAppSettings`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConferenceInfoResponseBodyConfInfoExtensionAppSettings {
    /// `appCode`.
    pub app_code: Option<String>,
    /// `appId`.
    pub app_id: Option<String>,
    /// `autoOpenMode`.
    pub auto_open_mode: Option<i64>,
    /// `extensionAppBizData`.
    pub extension_app_biz_data: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryConferenceInfoResponseBodyConfInfoExtensionAppSettings {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConferenceInfoResponseBodyConfInfoExtensionAppSettings {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appCode" => rt::read_field(map, &mut self.app_code),
            "appId" => rt::read_field(map, &mut self.app_id),
            "autoOpenMode" => rt::read_field(map, &mut self.auto_open_mode),
            "extensionAppBizData" => {
                rt::read_field(map, &mut self.extension_app_biz_data)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryConferenceInfoResponseBodyConfInfoExtensionAppSettings {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appCode", &self.app_code)?;
        object.optional("appId", &self.app_id)?;
        object.optional("autoOpenMode", &self.auto_open_mode)?;
        object.optional("extensionAppBizData", &self.extension_app_biz_data)?;
        object.end()
    }
}
/// `QueryConferenceInfoBatchResponseBodyInfosUserList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConferenceInfoBatchResponseBodyInfosUserList {
    /// `attendStatus`.
    pub attend_status: Option<i64>,
    /// `cameraStatus`.
    pub camera_status: Option<i64>,
    /// `micStatus`.
    pub mic_status: Option<i64>,
    /// `nick`.
    pub nick: Option<String>,
    /// `rejectDescription`.
    pub reject_description: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryConferenceInfoBatchResponseBodyInfosUserList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConferenceInfoBatchResponseBodyInfosUserList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendStatus" => rt::read_field(map, &mut self.attend_status),
            "cameraStatus" => rt::read_field(map, &mut self.camera_status),
            "micStatus" => rt::read_field(map, &mut self.mic_status),
            "nick" => rt::read_field(map, &mut self.nick),
            "rejectDescription" => rt::read_field(map, &mut self.reject_description),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryConferenceInfoBatchResponseBodyInfosUserList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendStatus", &self.attend_status)?;
        object.optional("cameraStatus", &self.camera_status)?;
        object.optional("micStatus", &self.mic_status)?;
        object.optional("nick", &self.nick)?;
        object.optional("rejectDescription", &self.reject_description)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryFlashMinutesSummaryResponseBodyFlashMinutesSummarySummary`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryFlashMinutesSummaryResponseBodyFlashMinutesSummarySummary {
    /// `end`.
    pub end: Option<i64>,
    /// `headline`.
    pub headline: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `start`.
    pub start: Option<i64>,
    /// `summary`.
    pub summary: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryFlashMinutesSummaryResponseBodyFlashMinutesSummarySummary {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryFlashMinutesSummaryResponseBodyFlashMinutesSummarySummary {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "end" => rt::read_field(map, &mut self.end),
            "headline" => rt::read_field(map, &mut self.headline),
            "id" => rt::read_field(map, &mut self.id),
            "start" => rt::read_field(map, &mut self.start),
            "summary" => rt::read_field(map, &mut self.summary),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryFlashMinutesSummaryResponseBodyFlashMinutesSummarySummary {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("end", &self.end)?;
        object.optional("headline", &self.headline)?;
        object.optional("id", &self.id)?;
        object.optional("start", &self.start)?;
        object.optional("summary", &self.summary)?;
        object.end()
    }
}
/// `QueryMinutesSummaryResponseBodySummaryActions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesSummaryResponseBodySummaryActions {
    /// `end`.
    pub end: Option<i64>,
    /// `id`.
    pub id: Option<i64>,
    /// `sentenceId`.
    pub sentence_id: Option<i64>,
    /// `start`.
    pub start: Option<i64>,
    /// `text`.
    pub text: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesSummaryResponseBodySummaryActions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesSummaryResponseBodySummaryActions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "end" => rt::read_field(map, &mut self.end),
            "id" => rt::read_field(map, &mut self.id),
            "sentenceId" => rt::read_field(map, &mut self.sentence_id),
            "start" => rt::read_field(map, &mut self.start),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMinutesSummaryResponseBodySummaryActions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("end", &self.end)?;
        object.optional("id", &self.id)?;
        object.optional("sentenceId", &self.sentence_id)?;
        object.optional("start", &self.start)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
/// `QueryMinutesSummaryResponseBodySummaryAutoChapters`: the same model as [`QueryFlashMinutesSummaryResponseBodyFlashMinutesSummarySummary`].
pub type QueryMinutesSummaryResponseBodySummaryAutoChapters = QueryFlashMinutesSummaryResponseBodyFlashMinutesSummarySummary;
/// `QueryMinutesSummaryResponseBodySummaryConversationalSummary`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesSummaryResponseBodySummaryConversationalSummary {
    /// `speakerId`.
    pub speaker_id: Option<String>,
    /// `speakerName`.
    pub speaker_name: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryMinutesSummaryResponseBodySummaryConversationalSummary {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesSummaryResponseBodySummaryConversationalSummary {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "speakerId" => rt::read_field(map, &mut self.speaker_id),
            "speakerName" => rt::read_field(map, &mut self.speaker_name),
            "summary" => rt::read_field(map, &mut self.summary),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryMinutesSummaryResponseBodySummaryConversationalSummary {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("speakerId", &self.speaker_id)?;
        object.optional("speakerName", &self.speaker_name)?;
        object.optional("summary", &self.summary)?;
        object.end()
    }
}
/// `QueryMinutesSummaryResponseBodySummaryKeySentences`: the same model as [`QueryMinutesSummaryResponseBodySummaryActions`].
pub type QueryMinutesSummaryResponseBodySummaryKeySentences = QueryMinutesSummaryResponseBodySummaryActions;
/// `QueryMinutesSummaryResponseBodySummaryQuestionsAnsweringSummary`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMinutesSummaryResponseBodySummaryQuestionsAnsweringSummary {
    /// `answer`.
    pub answer: Option<String>,
    /// `question`.
    pub question: Option<String>,
    /// `sentenceIdsOfAnswer`.
    pub sentence_ids_of_answer: Option<Vec<i64>>,
    /// `sentenceIdsOfQuestion`.
    pub sentence_ids_of_question: Option<Vec<i64>>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryMinutesSummaryResponseBodySummaryQuestionsAnsweringSummary {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMinutesSummaryResponseBodySummaryQuestionsAnsweringSummary {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "answer" => rt::read_field(map, &mut self.answer),
            "question" => rt::read_field(map, &mut self.question),
            "sentenceIdsOfAnswer" => {
                rt::read_field(map, &mut self.sentence_ids_of_answer)
            }
            "sentenceIdsOfQuestion" => {
                rt::read_field(map, &mut self.sentence_ids_of_question)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryMinutesSummaryResponseBodySummaryQuestionsAnsweringSummary {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("answer", &self.answer)?;
        object.optional("question", &self.question)?;
        object.optional("sentenceIdsOfAnswer", &self.sentence_ids_of_answer)?;
        object.optional("sentenceIdsOfQuestion", &self.sentence_ids_of_question)?;
        object.end()
    }
}
/// `QueryMinutesTextResponseBodyParagraphListSentenceList`: the same model as [`QueryCloudRecordTextResponseBodyParagraphListSentenceList`].
pub type QueryMinutesTextResponseBodyParagraphListSentenceList = QueryCloudRecordTextResponseBodyParagraphListSentenceList;
/// `QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSetting`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSetting {
    /// `enableChat`.
    pub enable_chat: Option<i64>,
    /// `enableWebAnonymousJoin`.
    pub enable_web_anonymous_join: Option<bool>,
    /// `joinBeforeHost`.
    pub join_before_host: Option<i64>,
    /// `lockMediaStatusMicMute`.
    pub lock_media_status_mic_mute: Option<i64>,
    /// `lockNick`.
    pub lock_nick: Option<i64>,
    /// `moziConfExtensionAppSettings`.
    pub mozi_conf_extension_app_settings: Option<
        Vec<
            QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings,
        >,
    >,
    /// `waitingRoom`.
    pub waiting_room: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enableChat" => rt::read_field(map, &mut self.enable_chat),
            "enableWebAnonymousJoin" => {
                rt::read_field(map, &mut self.enable_web_anonymous_join)
            }
            "joinBeforeHost" => rt::read_field(map, &mut self.join_before_host),
            "lockMediaStatusMicMute" => {
                rt::read_field(map, &mut self.lock_media_status_mic_mute)
            }
            "lockNick" => rt::read_field(map, &mut self.lock_nick),
            "moziConfExtensionAppSettings" => {
                rt::read_field(map, &mut self.mozi_conf_extension_app_settings)
            }
            "waitingRoom" => rt::read_field(map, &mut self.waiting_room),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enableChat", &self.enable_chat)?;
        object.optional("enableWebAnonymousJoin", &self.enable_web_anonymous_join)?;
        object.optional("joinBeforeHost", &self.join_before_host)?;
        object.optional("lockMediaStatusMicMute", &self.lock_media_status_mic_mute)?;
        object.optional("lockNick", &self.lock_nick)?;
        object
            .optional(
                "moziConfExtensionAppSettings",
                &self.mozi_conf_extension_app_settings,
            )?;
        object.optional("waitingRoom", &self.waiting_room)?;
        object.end()
    }
}
/// `UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings`: the same model as [`CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings`].
pub type UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings = CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings;
/// `QueryCloudRecordTextResponseBodyParagraphListSentenceListWordList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCloudRecordTextResponseBodyParagraphListSentenceListWordList {
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
for QueryCloudRecordTextResponseBodyParagraphListSentenceListWordList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCloudRecordTextResponseBodyParagraphListSentenceListWordList {
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
for QueryCloudRecordTextResponseBodyParagraphListSentenceListWordList {
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
/// `QueryMinutesTextResponseBodyParagraphListSentenceListWordList`: the same model as [`QueryCloudRecordTextResponseBodyParagraphListSentenceListWordList`].
pub type QueryMinutesTextResponseBodyParagraphListSentenceListWordList = QueryCloudRecordTextResponseBodyParagraphListSentenceListWordList;
/// `QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings {
    /// `autoOpenMode`.
    pub auto_open_mode: Option<String>,
    /// `clientId`.
    pub client_id: Option<String>,
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `extensionAppBizData`.
    pub extension_app_biz_data: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "autoOpenMode" => rt::read_field(map, &mut self.auto_open_mode),
            "clientId" => rt::read_field(map, &mut self.client_id),
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "extensionAppBizData" => {
                rt::read_field(map, &mut self.extension_app_biz_data)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("autoOpenMode", &self.auto_open_mode)?;
        object.optional("clientId", &self.client_id)?;
        object.optional("coolAppCode", &self.cool_app_code)?;
        object.optional("extensionAppBizData", &self.extension_app_biz_data)?;
        object.end()
    }
}
/// The request of [`Api::add_record_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddRecordPermissionRequest {
    /// `bizType`.
    pub biz_type: String,
    /// `ownerUnionId`.
    pub owner_union_id: String,
    /// `roleSubResourceIds`.
    pub role_sub_resource_ids: Option<Vec<String>>,
    /// `shareScope`.
    pub share_scope: Option<i64>,
    /// `unionId`.
    pub union_id: String,
}
impl AddRecordPermissionRequest {
    /// A `AddRecordPermissionRequest` with its required fields (`bizType`, `ownerUnionId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        biz_type: impl Into<String>,
        owner_union_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_type: biz_type.into(),
            owner_union_id: owner_union_id.into(),
            role_sub_resource_ids: None,
            share_scope: None,
            union_id: union_id.into(),
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
    /// Sets `shareScope`.
    pub fn share_scope(mut self, value: i64) -> Self {
        self.share_scope = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddRecordPermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizType", &self.biz_type)?;
        object.field("ownerUnionId", &self.owner_union_id)?;
        object.optional("roleSubResourceIds", &self.role_sub_resource_ids)?;
        object.optional("shareScope", &self.share_scope)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddRecordPermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddRecordPermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "ownerUnionId" => rt::read_field(map, &mut self.owner_union_id),
            "roleSubResourceIds" => rt::read_field(map, &mut self.role_sub_resource_ids),
            "shareScope" => rt::read_field(map, &mut self.share_scope),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddRecordPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::cancel_schedule_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CancelScheduleConferenceRequest {
    /// `creatorUnionId`.
    pub creator_union_id: String,
    /// `scheduleConferenceId`.
    pub schedule_conference_id: String,
}
impl CancelScheduleConferenceRequest {
    /// A `CancelScheduleConferenceRequest` with its required fields (`creatorUnionId`, `scheduleConferenceId`); set the others with the methods named after them.
    pub fn new(
        creator_union_id: impl Into<String>,
        schedule_conference_id: impl Into<String>,
    ) -> Self {
        Self {
            creator_union_id: creator_union_id.into(),
            schedule_conference_id: schedule_conference_id.into(),
        }
    }
}
impl rt::serde::Serialize for CancelScheduleConferenceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("creatorUnionId", &self.creator_union_id)?;
        object.field("scheduleConferenceId", &self.schedule_conference_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CancelScheduleConferenceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CancelScheduleConferenceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "scheduleConferenceId" => {
                rt::read_field(map, &mut self.schedule_conference_id)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CancelScheduleConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::close_video_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CloseVideoConferenceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl CloseVideoConferenceRequest {
    /// A `CloseVideoConferenceRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CloseVideoConferenceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CloseVideoConferenceRequest {
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
impl rt::WriteRequest for CloseVideoConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::cohosts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CohostsRequest {
    /// `action`.
    pub action: String,
    /// `userList`.
    pub user_list: Vec<CohostsRequestUserList>,
}
impl CohostsRequest {
    /// A `CohostsRequest` with its required fields (`action`, `userList`); set the others with the methods named after them.
    pub fn new(
        action: impl Into<String>,
        user_list: impl IntoIterator<Item = CohostsRequestUserList>,
    ) -> Self {
        Self {
            action: action.into(),
            user_list: user_list.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for CohostsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("action", &self.action)?;
        object.field("userList", &self.user_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CohostsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CohostsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CohostsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_auto_login_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateAutoLoginUrlRequest {
    /// `meetingUrl`.
    pub meeting_url: String,
    /// `unionId`.
    pub union_id: String,
}
impl CreateAutoLoginUrlRequest {
    /// A `CreateAutoLoginUrlRequest` with its required fields (`meetingUrl`, `unionId`); set the others with the methods named after them.
    pub fn new(meeting_url: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            meeting_url: meeting_url.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for CreateAutoLoginUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("meetingUrl", &self.meeting_url)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateAutoLoginUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateAutoLoginUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "meetingUrl" => rt::read_field(map, &mut self.meeting_url),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateAutoLoginUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_custom_short_link`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateCustomShortLinkRequest {
    /// `coolAppCode`.
    pub cool_app_code: String,
    /// `creatorUnionId`.
    pub creator_union_id: String,
    /// `extensionAppBizData`.
    pub extension_app_biz_data: Option<String>,
    /// `scheduleConferenceId`.
    pub schedule_conference_id: String,
    /// `useExtensionApp`.
    pub use_extension_app: Option<bool>,
}
impl CreateCustomShortLinkRequest {
    /// A `CreateCustomShortLinkRequest` with its required fields (`coolAppCode`, `creatorUnionId`, `scheduleConferenceId`); set the others with the methods named after them.
    pub fn new(
        cool_app_code: impl Into<String>,
        creator_union_id: impl Into<String>,
        schedule_conference_id: impl Into<String>,
    ) -> Self {
        Self {
            cool_app_code: cool_app_code.into(),
            creator_union_id: creator_union_id.into(),
            extension_app_biz_data: None,
            schedule_conference_id: schedule_conference_id.into(),
            use_extension_app: None,
        }
    }
    /// Sets `extensionAppBizData`.
    pub fn extension_app_biz_data(mut self, value: impl Into<String>) -> Self {
        self.extension_app_biz_data = Some(value.into());
        self
    }
    /// Sets `useExtensionApp`.
    pub fn use_extension_app(mut self, value: bool) -> Self {
        self.use_extension_app = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateCustomShortLinkRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("coolAppCode", &self.cool_app_code)?;
        object.field("creatorUnionId", &self.creator_union_id)?;
        object.optional("extensionAppBizData", &self.extension_app_biz_data)?;
        object.field("scheduleConferenceId", &self.schedule_conference_id)?;
        object.optional("useExtensionApp", &self.use_extension_app)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateCustomShortLinkRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateCustomShortLinkRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "extensionAppBizData" => {
                rt::read_field(map, &mut self.extension_app_biz_data)
            }
            "scheduleConferenceId" => {
                rt::read_field(map, &mut self.schedule_conference_id)
            }
            "useExtensionApp" => rt::read_field(map, &mut self.use_extension_app),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateCustomShortLinkRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_schedule_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateScheduleConferenceRequest {
    /// `creatorUnionId`.
    pub creator_union_id: String,
    /// `endTime`.
    pub end_time: i64,
    /// `scheduleConfSettingModel`.
    pub schedule_conf_setting_model: Option<
        CreateScheduleConferenceRequestScheduleConfSettingModel,
    >,
    /// `startTime`.
    pub start_time: i64,
    /// `title`.
    pub title: String,
}
impl CreateScheduleConferenceRequest {
    /// A `CreateScheduleConferenceRequest` with its required fields (`creatorUnionId`, `endTime`, `startTime`, `title`); set the others with the methods named after them.
    pub fn new(
        creator_union_id: impl Into<String>,
        end_time: i64,
        start_time: i64,
        title: impl Into<String>,
    ) -> Self {
        Self {
            creator_union_id: creator_union_id.into(),
            end_time,
            schedule_conf_setting_model: None,
            start_time,
            title: title.into(),
        }
    }
    /// Sets `scheduleConfSettingModel`.
    pub fn schedule_conf_setting_model(
        mut self,
        value: CreateScheduleConferenceRequestScheduleConfSettingModel,
    ) -> Self {
        self.schedule_conf_setting_model = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateScheduleConferenceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("creatorUnionId", &self.creator_union_id)?;
        object.field("endTime", &self.end_time)?;
        object.optional("scheduleConfSettingModel", &self.schedule_conf_setting_model)?;
        object.field("startTime", &self.start_time)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateScheduleConferenceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateScheduleConferenceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "scheduleConfSettingModel" => {
                rt::read_field(map, &mut self.schedule_conf_setting_model)
            }
            "startTime" => rt::read_field(map, &mut self.start_time),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateScheduleConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_video_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateVideoConferenceRequest {
    /// `confTitle`.
    pub conf_title: String,
    /// `inviteCaller`.
    pub invite_caller: Option<bool>,
    /// `inviteUserIds`.
    pub invite_user_ids: Option<Vec<String>>,
    /// `userId`.
    pub user_id: String,
}
impl CreateVideoConferenceRequest {
    /// A `CreateVideoConferenceRequest` with its required fields (`confTitle`, `userId`); set the others with the methods named after them.
    pub fn new(conf_title: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            conf_title: conf_title.into(),
            invite_caller: None,
            invite_user_ids: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `inviteCaller`.
    pub fn invite_caller(mut self, value: bool) -> Self {
        self.invite_caller = Some(value);
        self
    }
    /// Sets `inviteUserIds`.
    pub fn invite_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.invite_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for CreateVideoConferenceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("confTitle", &self.conf_title)?;
        object.optional("inviteCaller", &self.invite_caller)?;
        object.optional("inviteUserIds", &self.invite_user_ids)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateVideoConferenceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateVideoConferenceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "confTitle" => rt::read_field(map, &mut self.conf_title),
            "inviteCaller" => rt::read_field(map, &mut self.invite_caller),
            "inviteUserIds" => rt::read_field(map, &mut self.invite_user_ids),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateVideoConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::focus`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct FocusRequest {
    /// `action`.
    pub action: String,
    /// `unionId`.
    pub union_id: String,
}
impl FocusRequest {
    /// A `FocusRequest` with its required fields (`action`, `unionId`); set the others with the methods named after them.
    pub fn new(action: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            action: action.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for FocusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("action", &self.action)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for FocusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for FocusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for FocusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::generate_flash_minutes_document_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GenerateFlashMinutesDocumentUrlRequest {
    /// `bizType`: a query parameter.
    pub biz_type: String,
    /// `expireTime`: a query parameter.
    pub expire_time: Option<i64>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GenerateFlashMinutesDocumentUrlRequest {
    /// A `GenerateFlashMinutesDocumentUrlRequest` with its required fields (`bizType`, `unionId`); set the others with the methods named after them.
    pub fn new(biz_type: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            biz_type: biz_type.into(),
            expire_time: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `expireTime`.
    pub fn expire_time(mut self, value: i64) -> Self {
        self.expire_time = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GenerateFlashMinutesDocumentUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GenerateFlashMinutesDocumentUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "expireTime" => rt::read_field(map, &mut self.expire_time),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GenerateFlashMinutesDocumentUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizType", &self.biz_type);
        writer.query("expireTime", &self.expire_time);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_conf_data_by_conference_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetConfDataByConferenceIdRequest {
    /// `realData`: a query parameter.
    pub real_data: bool,
}
impl GetConfDataByConferenceIdRequest {
    /// A `GetConfDataByConferenceIdRequest` with its required fields (`realData`); set the others with the methods named after them.
    pub fn new(real_data: bool) -> Self {
        Self { real_data }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetConfDataByConferenceIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetConfDataByConferenceIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "realData" => rt::read_field(map, &mut self.real_data),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetConfDataByConferenceIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("realData", &self.real_data);
    }
}
/// The request of [`Api::get_conf_detail_data`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetConfDetailDataRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `nick`: a query parameter.
    pub nick: Option<String>,
}
impl GetConfDetailDataRequest {
    /// An empty `GetConfDetailDataRequest`; set fields with the methods named after them.
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
    /// Sets `nick`.
    pub fn nick(mut self, value: impl Into<String>) -> Self {
        self.nick = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetConfDetailDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetConfDetailDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "nick" => rt::read_field(map, &mut self.nick),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetConfDetailDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("nick", &self.nick);
    }
}
/// The request of [`Api::get_history_conf_data_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetHistoryConfDataListRequest {
    /// `creatorNike`: a query parameter.
    pub creator_nike: Option<String>,
    /// `endTime`: a query parameter.
    pub end_time: i64,
    /// `freeType`: a query parameter.
    pub free_type: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `realData`: a query parameter.
    pub real_data: bool,
    /// `scene`: a query parameter.
    pub scene: Option<String>,
    /// `startTime`: a query parameter.
    pub start_time: i64,
    /// `title`: a query parameter.
    pub title: Option<String>,
}
impl GetHistoryConfDataListRequest {
    /// A `GetHistoryConfDataListRequest` with its required fields (`endTime`, `realData`, `startTime`); set the others with the methods named after them.
    pub fn new(end_time: i64, real_data: bool, start_time: i64) -> Self {
        Self {
            creator_nike: None,
            end_time,
            free_type: None,
            max_results: None,
            next_token: None,
            real_data,
            scene: None,
            start_time,
            title: None,
        }
    }
    /// Sets `creatorNike`.
    pub fn creator_nike(mut self, value: impl Into<String>) -> Self {
        self.creator_nike = Some(value.into());
        self
    }
    /// Sets `freeType`.
    pub fn free_type(mut self, value: impl Into<String>) -> Self {
        self.free_type = Some(value.into());
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
    /// Sets `scene`.
    pub fn scene(mut self, value: impl Into<String>) -> Self {
        self.scene = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetHistoryConfDataListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetHistoryConfDataListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorNike" => rt::read_field(map, &mut self.creator_nike),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "freeType" => rt::read_field(map, &mut self.free_type),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "realData" => rt::read_field(map, &mut self.real_data),
            "scene" => rt::read_field(map, &mut self.scene),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetHistoryConfDataListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("creatorNike", &self.creator_nike);
        writer.query("endTime", &self.end_time);
        writer.query("freeType", &self.free_type);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("realData", &self.real_data);
        writer.query("scene", &self.scene);
        writer.query("startTime", &self.start_time);
        writer.query("title", &self.title);
    }
}
/// The request of [`Api::get_user_last_metric`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserLastMetricRequest {
    /// `unionIdList`.
    pub union_id_list: Vec<String>,
}
impl GetUserLastMetricRequest {
    /// A `GetUserLastMetricRequest` with its required fields (`unionIdList`); set the others with the methods named after them.
    pub fn new(union_id_list: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            union_id_list: union_id_list.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for GetUserLastMetricRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("unionIdList", &self.union_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserLastMetricRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserLastMetricRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionIdList" => rt::read_field(map, &mut self.union_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserLastMetricRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_metric_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserMetricDataRequest {
    /// `beginTime`: a query parameter.
    pub begin_time: i64,
    /// `endTime`: a query parameter.
    pub end_time: i64,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetUserMetricDataRequest {
    /// A `GetUserMetricDataRequest` with its required fields (`beginTime`, `endTime`, `unionId`); set the others with the methods named after them.
    pub fn new(begin_time: i64, end_time: i64, union_id: impl Into<String>) -> Self {
        Self {
            begin_time,
            end_time,
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserMetricDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserMetricDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "beginTime" => rt::read_field(map, &mut self.begin_time),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserMetricDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("beginTime", &self.begin_time);
        writer.query("endTime", &self.end_time);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::invite_mcu`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InviteMcuRequest {
    /// `mcuRoomCode`.
    pub mcu_room_code: String,
    /// `roomCode`.
    pub room_code: String,
    /// `unionId`.
    pub union_id: String,
}
impl InviteMcuRequest {
    /// A `InviteMcuRequest` with its required fields (`mcuRoomCode`, `roomCode`, `unionId`); set the others with the methods named after them.
    pub fn new(
        mcu_room_code: impl Into<String>,
        room_code: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            mcu_room_code: mcu_room_code.into(),
            room_code: room_code.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for InviteMcuRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("mcuRoomCode", &self.mcu_room_code)?;
        object.field("roomCode", &self.room_code)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InviteMcuRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InviteMcuRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mcuRoomCode" => rt::read_field(map, &mut self.mcu_room_code),
            "roomCode" => rt::read_field(map, &mut self.room_code),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InviteMcuRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::invite_users`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InviteUsersRequest {
    /// `inviteeList`.
    pub invitee_list: Option<Vec<InviteUsersRequestInviteeList>>,
    /// `phoneInviteeList`.
    pub phone_invitee_list: Option<Vec<InviteUsersRequestPhoneInviteeList>>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl InviteUsersRequest {
    /// An empty `InviteUsersRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `inviteeList`.
    pub fn invitee_list(
        mut self,
        value: impl IntoIterator<Item = InviteUsersRequestInviteeList>,
    ) -> Self {
        self.invitee_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `phoneInviteeList`.
    pub fn phone_invitee_list(
        mut self,
        value: impl IntoIterator<Item = InviteUsersRequestPhoneInviteeList>,
    ) -> Self {
        self.phone_invitee_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for InviteUsersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("inviteeList", &self.invitee_list)?;
        object.optional("phoneInviteeList", &self.phone_invitee_list)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InviteUsersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InviteUsersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "inviteeList" => rt::read_field(map, &mut self.invitee_list),
            "phoneInviteeList" => rt::read_field(map, &mut self.phone_invitee_list),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InviteUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::kick_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct KickMembersRequest {
    /// `forbiddenRejoin`.
    pub forbidden_rejoin: Option<bool>,
    /// `userList`.
    pub user_list: Vec<KickMembersRequestUserList>,
}
impl KickMembersRequest {
    /// A `KickMembersRequest` with its required fields (`userList`); set the others with the methods named after them.
    pub fn new(user_list: impl IntoIterator<Item = KickMembersRequestUserList>) -> Self {
        Self {
            forbidden_rejoin: None,
            user_list: user_list.into_iter().collect(),
        }
    }
    /// Sets `forbiddenRejoin`.
    pub fn forbidden_rejoin(mut self, value: bool) -> Self {
        self.forbidden_rejoin = Some(value);
        self
    }
}
impl rt::serde::Serialize for KickMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("forbiddenRejoin", &self.forbidden_rejoin)?;
        object.field("userList", &self.user_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for KickMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for KickMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "forbiddenRejoin" => rt::read_field(map, &mut self.forbidden_rejoin),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for KickMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::lock_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct LockConferenceRequest {
    /// `action`.
    pub action: String,
}
impl LockConferenceRequest {
    /// A `LockConferenceRequest` with its required fields (`action`); set the others with the methods named after them.
    pub fn new(action: impl Into<String>) -> Self {
        Self { action: action.into() }
    }
}
impl rt::serde::Serialize for LockConferenceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("action", &self.action)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LockConferenceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LockConferenceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for LockConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::mute_all`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MuteAllRequest {
    /// `action`.
    pub action: String,
    /// `forceMute`.
    pub force_mute: Option<bool>,
}
impl MuteAllRequest {
    /// A `MuteAllRequest` with its required fields (`action`); set the others with the methods named after them.
    pub fn new(action: impl Into<String>) -> Self {
        Self {
            action: action.into(),
            force_mute: None,
        }
    }
    /// Sets `forceMute`.
    pub fn force_mute(mut self, value: bool) -> Self {
        self.force_mute = Some(value);
        self
    }
}
impl rt::serde::Serialize for MuteAllRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("action", &self.action)?;
        object.optional("forceMute", &self.force_mute)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MuteAllRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MuteAllRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "forceMute" => rt::read_field(map, &mut self.force_mute),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MuteAllRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::mute_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MuteMembersRequest {
    /// `action`.
    pub action: String,
    /// `userList`.
    pub user_list: Vec<MuteMembersRequestUserList>,
}
impl MuteMembersRequest {
    /// A `MuteMembersRequest` with its required fields (`action`, `userList`); set the others with the methods named after them.
    pub fn new(
        action: impl Into<String>,
        user_list: impl IntoIterator<Item = MuteMembersRequestUserList>,
    ) -> Self {
        Self {
            action: action.into(),
            user_list: user_list.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for MuteMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("action", &self.action)?;
        object.field("userList", &self.user_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MuteMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MuteMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MuteMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::opt_record_white_account`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OptRecordWhiteAccountRequest {
    /// `requestBody`: a query parameter, JSON-encoded.
    pub request_body: Option<OptRecordWhiteAccountRequestRequestBody>,
}
impl OptRecordWhiteAccountRequest {
    /// An empty `OptRecordWhiteAccountRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `requestBody`.
    pub fn request_body(
        mut self,
        value: OptRecordWhiteAccountRequestRequestBody,
    ) -> Self {
        self.request_body = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OptRecordWhiteAccountRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OptRecordWhiteAccountRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestBody" => rt::read_field(map, &mut self.request_body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OptRecordWhiteAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("requestBody", &self.request_body);
    }
}
/// The request of [`Api::query_cloud_record_text`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCloudRecordTextRequest {
    /// `direction`: a query parameter.
    pub direction: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
}
impl QueryCloudRecordTextRequest {
    /// An empty `QueryCloudRecordTextRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `direction`.
    pub fn direction(mut self, value: impl Into<String>) -> Self {
        self.direction = Some(value.into());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCloudRecordTextRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCloudRecordTextRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "direction" => rt::read_field(map, &mut self.direction),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCloudRecordTextRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("direction", &self.direction);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("startTime", &self.start_time);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_cloud_record_video`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCloudRecordVideoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryCloudRecordVideoRequest {
    /// A `QueryCloudRecordVideoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCloudRecordVideoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCloudRecordVideoRequest {
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
impl rt::WriteRequest for QueryCloudRecordVideoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_cloud_record_video_play_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCloudRecordVideoPlayInfoRequest {
    /// `mediaId`: a query parameter.
    pub media_id: String,
    /// `regionId`: a query parameter.
    pub region_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryCloudRecordVideoPlayInfoRequest {
    /// A `QueryCloudRecordVideoPlayInfoRequest` with its required fields (`mediaId`, `regionId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        media_id: impl Into<String>,
        region_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            media_id: media_id.into(),
            region_id: region_id.into(),
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCloudRecordVideoPlayInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCloudRecordVideoPlayInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "regionId" => rt::read_field(map, &mut self.region_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCloudRecordVideoPlayInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("mediaId", &self.media_id);
        writer.query("regionId", &self.region_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_conference_info_batch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryConferenceInfoBatchRequest {
    /// `conferenceIdList`.
    pub conference_id_list: Vec<String>,
}
impl QueryConferenceInfoBatchRequest {
    /// A `QueryConferenceInfoBatchRequest` with its required fields (`conferenceIdList`); set the others with the methods named after them.
    pub fn new(conference_id_list: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            conference_id_list: conference_id_list.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for QueryConferenceInfoBatchRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("conferenceIdList", &self.conference_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryConferenceInfoBatchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryConferenceInfoBatchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conferenceIdList" => rt::read_field(map, &mut self.conference_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryConferenceInfoBatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_conference_info_by_room_code`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConferenceInfoByRoomCodeRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl QueryConferenceInfoByRoomCodeRequest {
    /// An empty `QueryConferenceInfoByRoomCodeRequest`; set fields with the methods named after them.
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
impl<'de> rt::serde::Deserialize<'de> for QueryConferenceInfoByRoomCodeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryConferenceInfoByRoomCodeRequest {
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
impl rt::WriteRequest for QueryConferenceInfoByRoomCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_conference_members`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConferenceMembersRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl QueryConferenceMembersRequest {
    /// An empty `QueryConferenceMembersRequest`; set fields with the methods named after them.
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
impl<'de> rt::serde::Deserialize<'de> for QueryConferenceMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryConferenceMembersRequest {
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
impl rt::WriteRequest for QueryConferenceMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_flash_minutes_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryFlashMinutesSummaryRequest {
    /// `bizType`: a query parameter.
    pub biz_type: String,
    /// `recorderUnionId`: a query parameter.
    pub recorder_union_id: String,
}
impl QueryFlashMinutesSummaryRequest {
    /// A `QueryFlashMinutesSummaryRequest` with its required fields (`bizType`, `recorderUnionId`); set the others with the methods named after them.
    pub fn new(
        biz_type: impl Into<String>,
        recorder_union_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_type: biz_type.into(),
            recorder_union_id: recorder_union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryFlashMinutesSummaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryFlashMinutesSummaryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "recorderUnionId" => rt::read_field(map, &mut self.recorder_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryFlashMinutesSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizType", &self.biz_type);
        writer.query("recorderUnionId", &self.recorder_union_id);
    }
}
/// The request of [`Api::query_minutes_audio`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesAudioRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryMinutesAudioRequest {
    /// A `QueryMinutesAudioRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesAudioRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMinutesAudioRequest {
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
impl rt::WriteRequest for QueryMinutesAudioRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_meeting_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesMeetingResultRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryMinutesMeetingResultRequest {
    /// A `QueryMinutesMeetingResultRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesMeetingResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMinutesMeetingResultRequest {
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
impl rt::WriteRequest for QueryMinutesMeetingResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesSummaryRequest {
    /// `summaryTypeList`.
    pub summary_type_list: Option<Vec<String>>,
    /// `unionId`.
    pub union_id: String,
}
impl QueryMinutesSummaryRequest {
    /// A `QueryMinutesSummaryRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            summary_type_list: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `summaryTypeList`.
    pub fn summary_type_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.summary_type_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for QueryMinutesSummaryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("summaryTypeList", &self.summary_type_list)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMinutesSummaryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMinutesSummaryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "summaryTypeList" => rt::read_field(map, &mut self.summary_type_list),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryMinutesSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_minutes_text`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesTextRequest {
    /// `direction`: a query parameter.
    pub direction: String,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
}
impl QueryMinutesTextRequest {
    /// A `QueryMinutesTextRequest` with its required fields (`direction`); set the others with the methods named after them.
    pub fn new(direction: impl Into<String>) -> Self {
        Self {
            direction: direction.into(),
            max_results: None,
            next_token: None,
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
/// The request of [`Api::query_org_conference_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgConferenceListRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl QueryOrgConferenceListRequest {
    /// An empty `QueryOrgConferenceListRequest`; set fields with the methods named after them.
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
impl<'de> rt::serde::Deserialize<'de> for QueryOrgConferenceListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryOrgConferenceListRequest {
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
impl rt::WriteRequest for QueryOrgConferenceListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_record_minutes_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryRecordMinutesUrlRequest {
    /// `bizType`: a query parameter.
    pub biz_type: String,
    /// `recorderUnionId`: a query parameter.
    pub recorder_union_id: String,
}
impl QueryRecordMinutesUrlRequest {
    /// A `QueryRecordMinutesUrlRequest` with its required fields (`bizType`, `recorderUnionId`); set the others with the methods named after them.
    pub fn new(
        biz_type: impl Into<String>,
        recorder_union_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_type: biz_type.into(),
            recorder_union_id: recorder_union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryRecordMinutesUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryRecordMinutesUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "recorderUnionId" => rt::read_field(map, &mut self.recorder_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryRecordMinutesUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizType", &self.biz_type);
        writer.query("recorderUnionId", &self.recorder_union_id);
    }
}
/// The request of [`Api::query_schedule_conf_settings`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryScheduleConfSettingsRequest {
    /// `scheduleConferenceId`: a query parameter.
    pub schedule_conference_id: String,
}
impl QueryScheduleConfSettingsRequest {
    /// A `QueryScheduleConfSettingsRequest` with its required fields (`scheduleConferenceId`); set the others with the methods named after them.
    pub fn new(schedule_conference_id: impl Into<String>) -> Self {
        Self {
            schedule_conference_id: schedule_conference_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryScheduleConfSettingsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryScheduleConfSettingsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scheduleConferenceId" => {
                rt::read_field(map, &mut self.schedule_conference_id)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryScheduleConfSettingsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("scheduleConferenceId", &self.schedule_conference_id);
    }
}
/// The request of [`Api::query_schedule_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryScheduleConferenceRequest {
    /// `requestUnionId`: a query parameter.
    pub request_union_id: String,
}
impl QueryScheduleConferenceRequest {
    /// A `QueryScheduleConferenceRequest` with its required fields (`requestUnionId`); set the others with the methods named after them.
    pub fn new(request_union_id: impl Into<String>) -> Self {
        Self {
            request_union_id: request_union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryScheduleConferenceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryScheduleConferenceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestUnionId" => rt::read_field(map, &mut self.request_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryScheduleConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("requestUnionId", &self.request_union_id);
    }
}
/// The request of [`Api::query_schedule_conference_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryScheduleConferenceInfoRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl QueryScheduleConferenceInfoRequest {
    /// An empty `QueryScheduleConferenceInfoRequest`; set fields with the methods named after them.
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
impl<'de> rt::serde::Deserialize<'de> for QueryScheduleConferenceInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryScheduleConferenceInfoRequest {
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
impl rt::WriteRequest for QueryScheduleConferenceInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_user_on_going_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryUserOnGoingConferenceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryUserOnGoingConferenceRequest {
    /// A `QueryUserOnGoingConferenceRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUserOnGoingConferenceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUserOnGoingConferenceRequest {
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
impl rt::WriteRequest for QueryUserOnGoingConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::set_subtitle_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetSubtitleEventRequest {
    /// `enable`.
    pub enable: bool,
}
impl SetSubtitleEventRequest {
    /// A `SetSubtitleEventRequest` with its required fields (`enable`); set the others with the methods named after them.
    pub fn new(enable: bool) -> Self {
        Self { enable }
    }
}
impl rt::serde::Serialize for SetSubtitleEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("enable", &self.enable)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetSubtitleEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetSubtitleEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enable" => rt::read_field(map, &mut self.enable),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetSubtitleEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::start_cloud_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct StartCloudRecordRequest {
    /// `mode`.
    pub mode: Option<String>,
    /// `smallWindowPosition`.
    pub small_window_position: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
impl StartCloudRecordRequest {
    /// A `StartCloudRecordRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            mode: None,
            small_window_position: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `mode`.
    pub fn mode(mut self, value: impl Into<String>) -> Self {
        self.mode = Some(value.into());
        self
    }
    /// Sets `smallWindowPosition`.
    pub fn small_window_position(mut self, value: impl Into<String>) -> Self {
        self.small_window_position = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for StartCloudRecordRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mode", &self.mode)?;
        object.optional("smallWindowPosition", &self.small_window_position)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for StartCloudRecordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for StartCloudRecordRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mode" => rt::read_field(map, &mut self.mode),
            "smallWindowPosition" => rt::read_field(map, &mut self.small_window_position),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for StartCloudRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::start_minutes`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StartMinutesRequest {
    /// `ownerUnionId`.
    pub owner_union_id: Option<String>,
    /// `recordAudio`.
    pub record_audio: Option<bool>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl StartMinutesRequest {
    /// An empty `StartMinutesRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `ownerUnionId`.
    pub fn owner_union_id(mut self, value: impl Into<String>) -> Self {
        self.owner_union_id = Some(value.into());
        self
    }
    /// Sets `recordAudio`.
    pub fn record_audio(mut self, value: bool) -> Self {
        self.record_audio = Some(value);
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for StartMinutesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ownerUnionId", &self.owner_union_id)?;
        object.optional("recordAudio", &self.record_audio)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for StartMinutesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for StartMinutesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ownerUnionId" => rt::read_field(map, &mut self.owner_union_id),
            "recordAudio" => rt::read_field(map, &mut self.record_audio),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for StartMinutesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::start_stream_out`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct StartStreamOutRequest {
    /// `mode`.
    pub mode: String,
    /// `needHostJoin`.
    pub need_host_join: bool,
    /// `smallWindowPosition`.
    pub small_window_position: String,
    /// `streamName`.
    pub stream_name: String,
    /// `streamUrlList`.
    pub stream_url_list: Vec<String>,
    /// `unionId`.
    pub union_id: String,
}
impl StartStreamOutRequest {
    /// A `StartStreamOutRequest` with its required fields (`mode`, `needHostJoin`, `smallWindowPosition`, `streamName`, `streamUrlList`, `unionId`); set the others with the methods named after them.
    pub fn new(
        mode: impl Into<String>,
        need_host_join: bool,
        small_window_position: impl Into<String>,
        stream_name: impl Into<String>,
        stream_url_list: impl IntoIterator<Item = impl Into<String>>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            mode: mode.into(),
            need_host_join,
            small_window_position: small_window_position.into(),
            stream_name: stream_name.into(),
            stream_url_list: stream_url_list.into_iter().map(Into::into).collect(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for StartStreamOutRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("mode", &self.mode)?;
        object.field("needHostJoin", &self.need_host_join)?;
        object.field("smallWindowPosition", &self.small_window_position)?;
        object.field("streamName", &self.stream_name)?;
        object.field("streamUrlList", &self.stream_url_list)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for StartStreamOutRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for StartStreamOutRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mode" => rt::read_field(map, &mut self.mode),
            "needHostJoin" => rt::read_field(map, &mut self.need_host_join),
            "smallWindowPosition" => rt::read_field(map, &mut self.small_window_position),
            "streamName" => rt::read_field(map, &mut self.stream_name),
            "streamUrlList" => rt::read_field(map, &mut self.stream_url_list),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for StartStreamOutRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::stop_cloud_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct StopCloudRecordRequest {
    /// `unionId`.
    pub union_id: String,
}
impl StopCloudRecordRequest {
    /// A `StopCloudRecordRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
impl rt::serde::Serialize for StopCloudRecordRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for StopCloudRecordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for StopCloudRecordRequest {
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
impl rt::WriteRequest for StopCloudRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::stop_minutes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct StopMinutesRequest {
    /// `unionId`.
    pub union_id: String,
}
impl StopMinutesRequest {
    /// A `StopMinutesRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
impl rt::serde::Serialize for StopMinutesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for StopMinutesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for StopMinutesRequest {
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
impl rt::WriteRequest for StopMinutesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::stop_stream_out`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct StopStreamOutRequest {
    /// `stopAllStream`.
    pub stop_all_stream: bool,
    /// `streamId`.
    pub stream_id: String,
    /// `unionId`.
    pub union_id: String,
}
impl StopStreamOutRequest {
    /// A `StopStreamOutRequest` with its required fields (`stopAllStream`, `streamId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        stop_all_stream: bool,
        stream_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            stop_all_stream,
            stream_id: stream_id.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for StopStreamOutRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("stopAllStream", &self.stop_all_stream)?;
        object.field("streamId", &self.stream_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for StopStreamOutRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for StopStreamOutRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "stopAllStream" => rt::read_field(map, &mut self.stop_all_stream),
            "streamId" => rt::read_field(map, &mut self.stream_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for StopStreamOutRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_member_nick`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateMemberNickRequest {
    /// `nick`.
    pub nick: String,
    /// `unionId`.
    pub union_id: String,
}
impl UpdateMemberNickRequest {
    /// A `UpdateMemberNickRequest` with its required fields (`nick`, `unionId`); set the others with the methods named after them.
    pub fn new(nick: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            nick: nick.into(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateMemberNickRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("nick", &self.nick)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateMemberNickRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateMemberNickRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nick" => rt::read_field(map, &mut self.nick),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateMemberNickRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_schedule_conf_settings`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateScheduleConfSettingsRequest {
    /// `creatorUnionId`.
    pub creator_union_id: String,
    /// `scheduleConfSettingModel`.
    pub schedule_conf_setting_model: Option<
        UpdateScheduleConfSettingsRequestScheduleConfSettingModel,
    >,
    /// `scheduleConferenceId`.
    pub schedule_conference_id: String,
}
impl UpdateScheduleConfSettingsRequest {
    /// A `UpdateScheduleConfSettingsRequest` with its required fields (`creatorUnionId`, `scheduleConferenceId`); set the others with the methods named after them.
    pub fn new(
        creator_union_id: impl Into<String>,
        schedule_conference_id: impl Into<String>,
    ) -> Self {
        Self {
            creator_union_id: creator_union_id.into(),
            schedule_conf_setting_model: None,
            schedule_conference_id: schedule_conference_id.into(),
        }
    }
    /// Sets `scheduleConfSettingModel`.
    pub fn schedule_conf_setting_model(
        mut self,
        value: UpdateScheduleConfSettingsRequestScheduleConfSettingModel,
    ) -> Self {
        self.schedule_conf_setting_model = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateScheduleConfSettingsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("creatorUnionId", &self.creator_union_id)?;
        object.optional("scheduleConfSettingModel", &self.schedule_conf_setting_model)?;
        object.field("scheduleConferenceId", &self.schedule_conference_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateScheduleConfSettingsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateScheduleConfSettingsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "scheduleConfSettingModel" => {
                rt::read_field(map, &mut self.schedule_conf_setting_model)
            }
            "scheduleConferenceId" => {
                rt::read_field(map, &mut self.schedule_conference_id)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateScheduleConfSettingsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_schedule_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateScheduleConferenceRequest {
    /// `creatorUnionId`.
    pub creator_union_id: String,
    /// `endTime`.
    pub end_time: i64,
    /// `scheduleConferenceId`.
    pub schedule_conference_id: String,
    /// `startTime`.
    pub start_time: i64,
    /// `title`.
    pub title: String,
}
impl UpdateScheduleConferenceRequest {
    /// A `UpdateScheduleConferenceRequest` with its required fields (`creatorUnionId`, `endTime`, `scheduleConferenceId`, `startTime`, `title`); set the others with the methods named after them.
    pub fn new(
        creator_union_id: impl Into<String>,
        end_time: i64,
        schedule_conference_id: impl Into<String>,
        start_time: i64,
        title: impl Into<String>,
    ) -> Self {
        Self {
            creator_union_id: creator_union_id.into(),
            end_time,
            schedule_conference_id: schedule_conference_id.into(),
            start_time,
            title: title.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateScheduleConferenceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("creatorUnionId", &self.creator_union_id)?;
        object.field("endTime", &self.end_time)?;
        object.field("scheduleConferenceId", &self.schedule_conference_id)?;
        object.field("startTime", &self.start_time)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateScheduleConferenceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateScheduleConferenceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "scheduleConferenceId" => {
                rt::read_field(map, &mut self.schedule_conference_id)
            }
            "startTime" => rt::read_field(map, &mut self.start_time),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateScheduleConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_video_conference_setting`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateVideoConferenceSettingRequest {
    /// `allowUnmuteSelf`.
    pub allow_unmute_self: Option<bool>,
    /// `autoTransferHost`.
    pub auto_transfer_host: Option<bool>,
    /// `forbiddenShareScreen`.
    pub forbidden_share_screen: Option<bool>,
    /// `lockConference`.
    pub lock_conference: Option<bool>,
    /// `muteAll`.
    pub mute_all: Option<bool>,
    /// `onlyInternalEmployeesJoin`.
    pub only_internal_employees_join: Option<bool>,
}
impl UpdateVideoConferenceSettingRequest {
    /// An empty `UpdateVideoConferenceSettingRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `allowUnmuteSelf`.
    pub fn allow_unmute_self(mut self, value: bool) -> Self {
        self.allow_unmute_self = Some(value);
        self
    }
    /// Sets `autoTransferHost`.
    pub fn auto_transfer_host(mut self, value: bool) -> Self {
        self.auto_transfer_host = Some(value);
        self
    }
    /// Sets `forbiddenShareScreen`.
    pub fn forbidden_share_screen(mut self, value: bool) -> Self {
        self.forbidden_share_screen = Some(value);
        self
    }
    /// Sets `lockConference`.
    pub fn lock_conference(mut self, value: bool) -> Self {
        self.lock_conference = Some(value);
        self
    }
    /// Sets `muteAll`.
    pub fn mute_all(mut self, value: bool) -> Self {
        self.mute_all = Some(value);
        self
    }
    /// Sets `onlyInternalEmployeesJoin`.
    pub fn only_internal_employees_join(mut self, value: bool) -> Self {
        self.only_internal_employees_join = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateVideoConferenceSettingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("allowUnmuteSelf", &self.allow_unmute_self)?;
        object.optional("autoTransferHost", &self.auto_transfer_host)?;
        object.optional("forbiddenShareScreen", &self.forbidden_share_screen)?;
        object.optional("lockConference", &self.lock_conference)?;
        object.optional("muteAll", &self.mute_all)?;
        object
            .optional("onlyInternalEmployeesJoin", &self.only_internal_employees_join)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateVideoConferenceSettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateVideoConferenceSettingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allowUnmuteSelf" => rt::read_field(map, &mut self.allow_unmute_self),
            "autoTransferHost" => rt::read_field(map, &mut self.auto_transfer_host),
            "forbiddenShareScreen" => {
                rt::read_field(map, &mut self.forbidden_share_screen)
            }
            "lockConference" => rt::read_field(map, &mut self.lock_conference),
            "muteAll" => rt::read_field(map, &mut self.mute_all),
            "onlyInternalEmployeesJoin" => {
                rt::read_field(map, &mut self.only_internal_employees_join)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateVideoConferenceSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_record_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddRecordPermissionError = rt::ServiceError;
/// An error reply of [`Api::cancel_schedule_conference`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CancelScheduleConferenceError = rt::ServiceError;
/// An error reply of [`Api::close_video_conference`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CloseVideoConferenceError = rt::ServiceError;
/// An error reply of [`Api::cohosts`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CohostsError = rt::ServiceError;
/// An error reply of [`Api::create_auto_login_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAutoLoginUrlError = rt::ServiceError;
/// An error reply of [`Api::create_custom_short_link`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateCustomShortLinkError = rt::ServiceError;
/// An error reply of [`Api::create_schedule_conference`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateScheduleConferenceError = rt::ServiceError;
/// An error reply of [`Api::create_video_conference`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateVideoConferenceError = rt::ServiceError;
/// An error reply of [`Api::focus`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FocusError = rt::ServiceError;
/// An error reply of [`Api::generate_flash_minutes_document_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GenerateFlashMinutesDocumentUrlError = rt::ServiceError;
/// An error reply of [`Api::get_conf_data_by_conference_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetConfDataByConferenceIdError = rt::ServiceError;
/// An error reply of [`Api::get_conf_detail_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetConfDetailDataError = rt::ServiceError;
/// An error reply of [`Api::get_history_conf_data_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetHistoryConfDataListError = rt::ServiceError;
/// An error reply of [`Api::get_user_last_metric`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserLastMetricError = rt::ServiceError;
/// An error reply of [`Api::get_user_metric_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserMetricDataError = rt::ServiceError;
/// An error reply of [`Api::invite_mcu`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InviteMcuError = rt::ServiceError;
/// An error reply of [`Api::invite_users`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InviteUsersError = rt::ServiceError;
/// An error reply of [`Api::kick_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type KickMembersError = rt::ServiceError;
/// An error reply of [`Api::lock_conference`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LockConferenceError = rt::ServiceError;
/// An error reply of [`Api::mute_all`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MuteAllError = rt::ServiceError;
/// An error reply of [`Api::mute_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MuteMembersError = rt::ServiceError;
/// An error reply of [`Api::opt_record_white_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OptRecordWhiteAccountError = rt::ServiceError;
/// An error reply of [`Api::query_cloud_record_text`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCloudRecordTextError = rt::ServiceError;
/// An error reply of [`Api::query_cloud_record_video`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCloudRecordVideoError = rt::ServiceError;
/// An error reply of [`Api::query_cloud_record_video_play_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCloudRecordVideoPlayInfoError = rt::ServiceError;
/// An error reply of [`Api::query_conference_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryConferenceInfoError = rt::ServiceError;
/// An error reply of [`Api::query_conference_info_batch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryConferenceInfoBatchError = rt::ServiceError;
/// An error reply of [`Api::query_conference_info_by_room_code`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryConferenceInfoByRoomCodeError = rt::ServiceError;
/// An error reply of [`Api::query_conference_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryConferenceMembersError = rt::ServiceError;
/// An error reply of [`Api::query_flash_minutes_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryFlashMinutesSummaryError = rt::ServiceError;
/// An error reply of [`Api::query_minutes_audio`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMinutesAudioError = rt::ServiceError;
/// An error reply of [`Api::query_minutes_meeting_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMinutesMeetingResultError = rt::ServiceError;
/// An error reply of [`Api::query_minutes_summary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMinutesSummaryError = rt::ServiceError;
/// An error reply of [`Api::query_minutes_text`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMinutesTextError = rt::ServiceError;
/// An error reply of [`Api::query_org_conference_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOrgConferenceListError = rt::ServiceError;
/// An error reply of [`Api::query_record_minutes_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryRecordMinutesUrlError = rt::ServiceError;
/// An error reply of [`Api::query_schedule_conf_settings`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryScheduleConfSettingsError = rt::ServiceError;
/// An error reply of [`Api::query_schedule_conference`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryScheduleConferenceError = rt::ServiceError;
/// An error reply of [`Api::query_schedule_conference_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryScheduleConferenceInfoError = rt::ServiceError;
/// An error reply of [`Api::query_user_on_going_conference`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserOnGoingConferenceError = rt::ServiceError;
/// An error reply of [`Api::set_subtitle_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetSubtitleEventError = rt::ServiceError;
/// An error reply of [`Api::start_cloud_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type StartCloudRecordError = rt::ServiceError;
/// An error reply of [`Api::start_minutes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type StartMinutesError = rt::ServiceError;
/// An error reply of [`Api::start_stream_out`]: the spec lists no error codes for it, so every code arrives as it is.
pub type StartStreamOutError = rt::ServiceError;
/// An error reply of [`Api::stop_cloud_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type StopCloudRecordError = rt::ServiceError;
/// An error reply of [`Api::stop_minutes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type StopMinutesError = rt::ServiceError;
/// An error reply of [`Api::stop_stream_out`]: the spec lists no error codes for it, so every code arrives as it is.
pub type StopStreamOutError = rt::ServiceError;
/// An error reply of [`Api::update_member_nick`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateMemberNickError = rt::ServiceError;
/// An error reply of [`Api::update_schedule_conf_settings`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateScheduleConfSettingsError = rt::ServiceError;
/// An error reply of [`Api::update_schedule_conference`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateScheduleConferenceError = rt::ServiceError;
/// An error reply of [`Api::update_video_conference_ext_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateVideoConferenceExtInfoError = rt::ServiceError;
/// An error reply of [`Api::update_video_conference_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateVideoConferenceSettingError = rt::ServiceError;
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
        "AddRecordPermission" => {
            rt::conformance::reply(
                    api
                        .add_record_permission(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CancelScheduleConference" => {
            rt::conformance::reply(
                    api.cancel_schedule_conference(&inputs.request(true)?),
                )
                .await
        }
        "CloseVideoConference" => {
            rt::conformance::reply(
                    api
                        .close_video_conference(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "Cohosts" => {
            rt::conformance::reply(
                    api.cohosts(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreateAutoLoginUrl" => {
            rt::conformance::reply(api.create_auto_login_url(&inputs.request(true)?))
                .await
        }
        "CreateCustomShortLink" => {
            rt::conformance::reply(api.create_custom_short_link(&inputs.request(true)?))
                .await
        }
        "CreateScheduleConference" => {
            rt::conformance::reply(
                    api.create_schedule_conference(&inputs.request(true)?),
                )
                .await
        }
        "CreateVideoConference" => {
            rt::conformance::reply(api.create_video_conference(&inputs.request(true)?))
                .await
        }
        "Focus" => {
            rt::conformance::reply(
                    api.focus(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "GenerateFlashMinutesDocumentUrl" => {
            rt::conformance::reply(
                    api
                        .generate_flash_minutes_document_url(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetConfDataByConferenceId" => {
            rt::conformance::reply(
                    api
                        .get_conf_data_by_conference_id(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetConfDetailData" => {
            rt::conformance::reply(
                    api
                        .get_conf_detail_data(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetHistoryConfDataList" => {
            rt::conformance::reply(
                    api.get_history_conf_data_list(&inputs.request(false)?),
                )
                .await
        }
        "GetUserLastMetric" => {
            rt::conformance::reply(
                    api
                        .get_user_last_metric(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "GetUserMetricData" => {
            rt::conformance::reply(
                    api
                        .get_user_metric_data(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "InviteMcu" => {
            rt::conformance::reply(api.invite_mcu(&inputs.request(true)?)).await
        }
        "InviteUsers" => {
            rt::conformance::reply(
                    api.invite_users(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "KickMembers" => {
            rt::conformance::reply(
                    api.kick_members(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "LockConference" => {
            rt::conformance::reply(
                    api.lock_conference(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "MuteAll" => {
            rt::conformance::reply(
                    api.mute_all(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "MuteMembers" => {
            rt::conformance::reply(
                    api.mute_members(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "OptRecordWhiteAccount" => {
            rt::conformance::reply(api.opt_record_white_account(&inputs.request(false)?))
                .await
        }
        "QueryCloudRecordText" => {
            rt::conformance::reply(
                    api
                        .query_cloud_record_text(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryCloudRecordVideo" => {
            rt::conformance::reply(
                    api
                        .query_cloud_record_video(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryCloudRecordVideoPlayInfo" => {
            rt::conformance::reply(
                    api
                        .query_cloud_record_video_play_info(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryConferenceInfo" => {
            rt::conformance::reply(api.query_conference_info(inputs.path(0usize)?)).await
        }
        "QueryConferenceInfoBatch" => {
            rt::conformance::reply(
                    api.query_conference_info_batch(&inputs.request(true)?),
                )
                .await
        }
        "QueryConferenceInfoByRoomCode" => {
            rt::conformance::reply(
                    api
                        .query_conference_info_by_room_code(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryConferenceMembers" => {
            rt::conformance::reply(
                    api
                        .query_conference_members(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryFlashMinutesSummary" => {
            rt::conformance::reply(
                    api
                        .query_flash_minutes_summary(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryMinutesAudio" => {
            rt::conformance::reply(
                    api
                        .query_minutes_audio(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryMinutesMeetingResult" => {
            rt::conformance::reply(
                    api
                        .query_minutes_meeting_result(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryMinutesSummary" => {
            rt::conformance::reply(
                    api
                        .query_minutes_summary(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
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
        "QueryOrgConferenceList" => {
            rt::conformance::reply(
                    api.query_org_conference_list(&inputs.request(false)?),
                )
                .await
        }
        "QueryRecordMinutesUrl" => {
            rt::conformance::reply(
                    api
                        .query_record_minutes_url(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryScheduleConfSettings" => {
            rt::conformance::reply(
                    api.query_schedule_conf_settings(&inputs.request(false)?),
                )
                .await
        }
        "QueryScheduleConference" => {
            rt::conformance::reply(
                    api
                        .query_schedule_conference(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryScheduleConferenceInfo" => {
            rt::conformance::reply(
                    api
                        .query_schedule_conference_info(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryUserOnGoingConference" => {
            rt::conformance::reply(
                    api.query_user_on_going_conference(&inputs.request(false)?),
                )
                .await
        }
        "SetSubtitleEvent" => {
            rt::conformance::reply(
                    api.set_subtitle_event(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "StartCloudRecord" => {
            rt::conformance::reply(
                    api.start_cloud_record(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "StartMinutes" => {
            rt::conformance::reply(
                    api.start_minutes(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "StartStreamOut" => {
            rt::conformance::reply(
                    api.start_stream_out(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "StopCloudRecord" => {
            rt::conformance::reply(
                    api.stop_cloud_record(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "StopMinutes" => {
            rt::conformance::reply(
                    api.stop_minutes(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "StopStreamOut" => {
            rt::conformance::reply(
                    api.stop_stream_out(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "UpdateMemberNick" => {
            rt::conformance::reply(
                    api.update_member_nick(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "UpdateScheduleConfSettings" => {
            rt::conformance::reply(
                    api.update_schedule_conf_settings(&inputs.request(true)?),
                )
                .await
        }
        "UpdateScheduleConference" => {
            rt::conformance::reply(
                    api.update_schedule_conference(&inputs.request(true)?),
                )
                .await
        }
        "UpdateVideoConferenceExtInfo" => {
            rt::conformance::reply(
                    api.update_video_conference_ext_info(inputs.path(0usize)?),
                )
                .await
        }
        "UpdateVideoConferenceSetting" => {
            rt::conformance::reply(
                    api
                        .update_video_conference_setting(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
