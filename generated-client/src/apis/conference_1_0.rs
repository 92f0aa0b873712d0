// @generated from api-spec/conference_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 视频会议 (Video Conference)：视频会议、预约会议与闪记权限。
//!
//! 52 operations, methods of [`Api`] (`client.conference_1_0()`), behind the cargo feature `conference_1_0`; its paths start with `/v1.0/conference/`.
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
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/flashMinutes/recordPermissions`: DingTalk's `AddRecordPermission` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddRecordPermission")]
    #[doc(
        alias = "/v1.0/conference/videoConferences/{conferenceId}/flashMinutes/recordPermissions"
    )]
    #[doc(
        alias = "POST /v1.0/conference/videoConferences/{conferenceId}/flashMinutes/recordPermissions"
    )]
    pub fn add_record_permission(
        &self,
        conference_id: &str,
        request: &AddRecordPermissionRequest,
    ) -> rt::Call<AddRecordPermissionResponseBody, AddRecordPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddRecordPermission",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/flashMinutes/recordPermissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 取消预约会议
    ///
    /// `POST /v1.0/conference/scheduleConferences/cancel`: DingTalk's `CancelScheduleConference` (module feature `conference_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CancelScheduleConference")]
    #[doc(alias = "/v1.0/conference/scheduleConferences/cancel")]
    #[doc(alias = "POST /v1.0/conference/scheduleConferences/cancel")]
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
    /// `DELETE /v1.0/conference/videoConferences/{conferenceId}`: DingTalk's `CloseVideoConference` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CloseVideoConference")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}")]
    #[doc(alias = "DELETE /v1.0/conference/videoConferences/{conferenceId}")]
    pub fn close_video_conference(
        &self,
        conference_id: &str,
        request: &CloseVideoConferenceRequest,
    ) -> rt::Call<CloseVideoConferenceResponseBody, CloseVideoConferenceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CloseVideoConference",
            rt::Method::Delete,
            "/v1.0/conference/videoConferences/{conferenceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 设置联席主持人
    ///
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/coHosts/set`: DingTalk's `Cohosts` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Cohosts")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/coHosts/set")]
    #[doc(alias = "POST /v1.0/conference/videoConferences/{conferenceId}/coHosts/set")]
    pub fn cohosts(
        &self,
        conference_id: &str,
        request: &CohostsRequest,
    ) -> rt::Call<CohostsResponseBody, CohostsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Cohosts",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/coHosts/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 生成会议自动登录url
    ///
    /// `POST /v1.0/conference/videoConferences/createAutoLoginUrl`: DingTalk's `CreateAutoLoginUrl` (module feature `conference_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAutoLoginUrl")]
    #[doc(alias = "/v1.0/conference/videoConferences/createAutoLoginUrl")]
    #[doc(alias = "POST /v1.0/conference/videoConferences/createAutoLoginUrl")]
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
    /// `POST /v1.0/conference/customShortLinks`: DingTalk's `CreateCustomShortLink` (module feature `conference_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateCustomShortLink")]
    #[doc(alias = "/v1.0/conference/customShortLinks")]
    #[doc(alias = "POST /v1.0/conference/customShortLinks")]
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
    /// `POST /v1.0/conference/scheduleConferences`: DingTalk's `CreateScheduleConference` (module feature `conference_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateScheduleConference")]
    #[doc(alias = "/v1.0/conference/scheduleConferences")]
    #[doc(alias = "POST /v1.0/conference/scheduleConferences")]
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
    /// `POST /v1.0/conference/videoConferences`: DingTalk's `CreateVideoConference` (module feature `conference_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateVideoConference")]
    #[doc(alias = "/v1.0/conference/videoConferences")]
    #[doc(alias = "POST /v1.0/conference/videoConferences")]
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
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/focus`: DingTalk's `Focus` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Focus")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/focus")]
    #[doc(alias = "POST /v1.0/conference/videoConferences/{conferenceId}/focus")]
    pub fn focus(
        &self,
        conference_id: &str,
        request: &FocusRequest,
    ) -> rt::Call<FocusResponseBody, FocusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Focus",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/focus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 生成会议闪记文档的下载链接
    ///
    /// `GET /v1.0/conference/videoConferences/{conferenceId}/flashMinutes/document/generate`: DingTalk's `GenerateFlashMinutesDocumentUrl` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GenerateFlashMinutesDocumentUrl")]
    #[doc(
        alias = "/v1.0/conference/videoConferences/{conferenceId}/flashMinutes/document/generate"
    )]
    #[doc(
        alias = "GET /v1.0/conference/videoConferences/{conferenceId}/flashMinutes/document/generate"
    )]
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
            "/v1.0/conference/videoConferences/{conferenceId}/flashMinutes/document/generate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 通过conferenceId获取指定音视频会议信息
    ///
    /// `GET /v1.0/conference/videoConferences/{conferenceId}/infos`: DingTalk's `GetConfDataByConferenceId` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetConfDataByConferenceId")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/infos")]
    #[doc(alias = "GET /v1.0/conference/videoConferences/{conferenceId}/infos")]
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
            "/v1.0/conference/videoConferences/{conferenceId}/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 通过conferenceId获取指定音视频会议成员信息
    ///
    /// `GET /v1.0/conference/videoConferences/{conferenceId}/details`: DingTalk's `GetConfDetailData` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_conf_detail_data_pages`].
    #[doc(alias = "GetConfDetailData")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/details")]
    #[doc(alias = "GET /v1.0/conference/videoConferences/{conferenceId}/details")]
    pub fn get_conf_detail_data(
        &self,
        conference_id: &str,
        request: &GetConfDetailDataRequest,
    ) -> rt::Call<GetConfDetailDataResponseBody, GetConfDetailDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetConfDetailData",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conferenceId}/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 获取音视频会议列表数据
    ///
    /// `GET /v1.0/conference/videoConferences/histories/dataLists`: DingTalk's `GetHistoryConfDataList` (module feature `conference_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_history_conf_data_list_pages`].
    #[doc(alias = "GetHistoryConfDataList")]
    #[doc(alias = "/v1.0/conference/videoConferences/histories/dataLists")]
    #[doc(alias = "GET /v1.0/conference/videoConferences/histories/dataLists")]
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
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/lastMetricDatas/query`: DingTalk's `GetUserLastMetric` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserLastMetric")]
    #[doc(
        alias = "/v1.0/conference/videoConferences/{conferenceId}/lastMetricDatas/query"
    )]
    #[doc(
        alias = "POST /v1.0/conference/videoConferences/{conferenceId}/lastMetricDatas/query"
    )]
    pub fn get_user_last_metric(
        &self,
        conference_id: &str,
        request: &GetUserLastMetricRequest,
    ) -> rt::Call<GetUserLastMetricResponseBody, GetUserLastMetricError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserLastMetric",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/lastMetricDatas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 通过conferenceId和unionId获取指定音视频会议人员的会议质量数据
    ///
    /// `GET /v1.0/conference/videoConferences/{conferenceId}/metricDatas`: DingTalk's `GetUserMetricData` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserMetricData")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/metricDatas")]
    #[doc(alias = "GET /v1.0/conference/videoConferences/{conferenceId}/metricDatas")]
    pub fn get_user_metric_data(
        &self,
        conference_id: &str,
        request: &GetUserMetricDataRequest,
    ) -> rt::Call<GetUserMetricDataResponseBody, GetUserMetricDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserMetricData",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conferenceId}/metricDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 邀请MCU入会
    ///
    /// `POST /v1.0/conference/videoConferences/mcus/invite`: DingTalk's `InviteMcu` (module feature `conference_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InviteMcu")]
    #[doc(alias = "/v1.0/conference/videoConferences/mcus/invite")]
    #[doc(alias = "POST /v1.0/conference/videoConferences/mcus/invite")]
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
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/users/invite`: DingTalk's `InviteUsers` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InviteUsers")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/users/invite")]
    #[doc(alias = "POST /v1.0/conference/videoConferences/{conferenceId}/users/invite")]
    pub fn invite_users(
        &self,
        conference_id: &str,
        request: &InviteUsersRequest,
    ) -> rt::Call<InviteUsersResponseBody, InviteUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InviteUsers",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/users/invite",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 会议踢出成员
    ///
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/members/kick`: DingTalk's `KickMembers` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "KickMembers")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/members/kick")]
    #[doc(alias = "POST /v1.0/conference/videoConferences/{conferenceId}/members/kick")]
    pub fn kick_members(
        &self,
        conference_id: &str,
        request: &KickMembersRequest,
    ) -> rt::Call<KickMembersResponseBody, KickMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "KickMembers",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/members/kick",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 锁定会议
    ///
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/lock`: DingTalk's `LockConference` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "LockConference")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/lock")]
    #[doc(alias = "POST /v1.0/conference/videoConferences/{conferenceId}/lock")]
    pub fn lock_conference(
        &self,
        conference_id: &str,
        request: &LockConferenceRequest,
    ) -> rt::Call<LockConferenceResponseBody, LockConferenceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LockConference",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/lock",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 会议全员静音或解除静音
    ///
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/allMembers/mute`: DingTalk's `MuteAll` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MuteAll")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/allMembers/mute")]
    #[doc(
        alias = "POST /v1.0/conference/videoConferences/{conferenceId}/allMembers/mute"
    )]
    pub fn mute_all(
        &self,
        conference_id: &str,
        request: &MuteAllRequest,
    ) -> rt::Call<MuteAllResponseBody, MuteAllError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MuteAll",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/allMembers/mute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 指定人员静音或取消静音
    ///
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/members/mute`: DingTalk's `MuteMembers` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MuteMembers")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/members/mute")]
    #[doc(alias = "POST /v1.0/conference/videoConferences/{conferenceId}/members/mute")]
    pub fn mute_members(
        &self,
        conference_id: &str,
        request: &MuteMembersRequest,
    ) -> rt::Call<MuteMembersResponseBody, MuteMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MuteMembers",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/members/mute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 操作云/本地录制白名单企业设置
    ///
    /// `POST /v1.0/conference/videoConferences/enterpriseSetting/record/whiteAccount`: DingTalk's `OptRecordWhiteAccount` (module feature `conference_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OptRecordWhiteAccount")]
    #[doc(
        alias = "/v1.0/conference/videoConferences/enterpriseSetting/record/whiteAccount"
    )]
    #[doc(
        alias = "POST /v1.0/conference/videoConferences/enterpriseSetting/record/whiteAccount"
    )]
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
    /// `GET /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/getTexts`: DingTalk's `QueryCloudRecordText` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCloudRecordText")]
    #[doc(
        alias = "/v1.0/conference/videoConferences/{conferenceId}/cloudRecords/getTexts"
    )]
    #[doc(
        alias = "GET /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/getTexts"
    )]
    pub fn query_cloud_record_text(
        &self,
        conference_id: &str,
        request: &QueryCloudRecordTextRequest,
    ) -> rt::Call<QueryCloudRecordTextResponseBody, QueryCloudRecordTextError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCloudRecordText",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conferenceId}/cloudRecords/getTexts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询云录制视频
    ///
    /// `GET /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/getVideos`: DingTalk's `QueryCloudRecordVideo` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCloudRecordVideo")]
    #[doc(
        alias = "/v1.0/conference/videoConferences/{conferenceId}/cloudRecords/getVideos"
    )]
    #[doc(
        alias = "GET /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/getVideos"
    )]
    pub fn query_cloud_record_video(
        &self,
        conference_id: &str,
        request: &QueryCloudRecordVideoRequest,
    ) -> rt::Call<QueryCloudRecordVideoResponseBody, QueryCloudRecordVideoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCloudRecordVideo",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conferenceId}/cloudRecords/getVideos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询云录制视频播放信息
    ///
    /// `GET /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/videos/getPlayInfos`: DingTalk's `QueryCloudRecordVideoPlayInfo` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCloudRecordVideoPlayInfo")]
    #[doc(
        alias = "/v1.0/conference/videoConferences/{conferenceId}/cloudRecords/videos/getPlayInfos"
    )]
    #[doc(
        alias = "GET /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/videos/getPlayInfos"
    )]
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
            "/v1.0/conference/videoConferences/{conferenceId}/cloudRecords/videos/getPlayInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询视频会议信息
    ///
    /// `GET /v1.0/conference/videoConferences/{conferenceId}`: DingTalk's `QueryConferenceInfo` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryConferenceInfo")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}")]
    #[doc(alias = "GET /v1.0/conference/videoConferences/{conferenceId}")]
    pub fn query_conference_info(
        &self,
        conference_id: &str,
    ) -> rt::Call<QueryConferenceInfoResponseBody, QueryConferenceInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryConferenceInfo",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conferenceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], &())
    }
    /// 批量查询视频会议信息
    ///
    /// `POST /v1.0/conference/videoConferences/query`: DingTalk's `QueryConferenceInfoBatch` (module feature `conference_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryConferenceInfoBatch")]
    #[doc(alias = "/v1.0/conference/videoConferences/query")]
    #[doc(alias = "POST /v1.0/conference/videoConferences/query")]
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
    /// `GET /v1.0/conference/roomCodes/{roomCode}/infos`: DingTalk's `QueryConferenceInfoByRoomCode` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `room_code`: `{roomCode}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_conference_info_by_room_code_pages`].
    #[doc(alias = "QueryConferenceInfoByRoomCode")]
    #[doc(alias = "/v1.0/conference/roomCodes/{roomCode}/infos")]
    #[doc(alias = "GET /v1.0/conference/roomCodes/{roomCode}/infos")]
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
            "/v1.0/conference/roomCodes/{roomCode}/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[room_code], request)
    }
    /// 查询视频会议成员
    ///
    /// `GET /v1.0/conference/videoConferences/{conferenceId}/members`: DingTalk's `QueryConferenceMembers` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_conference_members_pages`].
    #[doc(alias = "QueryConferenceMembers")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/members")]
    #[doc(alias = "GET /v1.0/conference/videoConferences/{conferenceId}/members")]
    pub fn query_conference_members(
        &self,
        conference_id: &str,
        request: &QueryConferenceMembersRequest,
    ) -> rt::Call<QueryConferenceMembersResponseBody, QueryConferenceMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryConferenceMembers",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conferenceId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询云录制摘要请求
    ///
    /// `GET /v1.0/conference/videoConferences/{conferenceId}/flashMinutes/summaries`: DingTalk's `QueryFlashMinutesSummary` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryFlashMinutesSummary")]
    #[doc(
        alias = "/v1.0/conference/videoConferences/{conferenceId}/flashMinutes/summaries"
    )]
    #[doc(
        alias = "GET /v1.0/conference/videoConferences/{conferenceId}/flashMinutes/summaries"
    )]
    pub fn query_flash_minutes_summary(
        &self,
        conference_id: &str,
        request: &QueryFlashMinutesSummaryRequest,
    ) -> rt::Call<QueryFlashMinutesSummaryResponseBody, QueryFlashMinutesSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryFlashMinutesSummary",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conferenceId}/flashMinutes/summaries",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询会议闪记的音频信息
    ///
    /// `GET /v1.0/conference/videoConferences/{conferenceId}/minutes/audioInfos`: DingTalk's `QueryMinutesAudio` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMinutesAudio")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/minutes/audioInfos")]
    #[doc(
        alias = "GET /v1.0/conference/videoConferences/{conferenceId}/minutes/audioInfos"
    )]
    pub fn query_minutes_audio(
        &self,
        conference_id: &str,
        request: &QueryMinutesAudioRequest,
    ) -> rt::Call<QueryMinutesAudioResponseBody, QueryMinutesAudioError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesAudio",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conferenceId}/minutes/audioInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询闪记会后结果
    ///
    /// `GET /v1.0/conference/videoConferences/{conferenceId}/minutes/meetingResult`: DingTalk's `QueryMinutesMeetingResult` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMinutesMeetingResult")]
    #[doc(
        alias = "/v1.0/conference/videoConferences/{conferenceId}/minutes/meetingResult"
    )]
    #[doc(
        alias = "GET /v1.0/conference/videoConferences/{conferenceId}/minutes/meetingResult"
    )]
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
            "/v1.0/conference/videoConferences/{conferenceId}/minutes/meetingResult",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询会议闪记智能纪要
    ///
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/minutes/summaries/query`: DingTalk's `QueryMinutesSummary` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMinutesSummary")]
    #[doc(
        alias = "/v1.0/conference/videoConferences/{conferenceId}/minutes/summaries/query"
    )]
    #[doc(
        alias = "POST /v1.0/conference/videoConferences/{conferenceId}/minutes/summaries/query"
    )]
    pub fn query_minutes_summary(
        &self,
        conference_id: &str,
        request: &QueryMinutesSummaryRequest,
    ) -> rt::Call<QueryMinutesSummaryResponseBody, QueryMinutesSummaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesSummary",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/minutes/summaries/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询会议闪记文本信息
    ///
    /// `GET /v1.0/conference/videoConferences/{conferenceId}/minutes/textInfos`: DingTalk's `QueryMinutesText` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_minutes_text_pages`].
    #[doc(alias = "QueryMinutesText")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/minutes/textInfos")]
    #[doc(
        alias = "GET /v1.0/conference/videoConferences/{conferenceId}/minutes/textInfos"
    )]
    pub fn query_minutes_text(
        &self,
        conference_id: &str,
        request: &QueryMinutesTextRequest,
    ) -> rt::Call<QueryMinutesTextResponseBody, QueryMinutesTextError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMinutesText",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conferenceId}/minutes/textInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询企业进行中会议列表
    ///
    /// `GET /v1.0/conference/orgConferences`: DingTalk's `QueryOrgConferenceList` (module feature `conference_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_org_conference_list_pages`].
    #[doc(alias = "QueryOrgConferenceList")]
    #[doc(alias = "/v1.0/conference/orgConferences")]
    #[doc(alias = "GET /v1.0/conference/orgConferences")]
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
    /// `GET /v1.0/conference/videoConferences/{conferenceId}/flashMinutes/recordUrls`: DingTalk's `QueryRecordMinutesUrl` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryRecordMinutesUrl")]
    #[doc(
        alias = "/v1.0/conference/videoConferences/{conferenceId}/flashMinutes/recordUrls"
    )]
    #[doc(
        alias = "GET /v1.0/conference/videoConferences/{conferenceId}/flashMinutes/recordUrls"
    )]
    pub fn query_record_minutes_url(
        &self,
        conference_id: &str,
        request: &QueryRecordMinutesUrlRequest,
    ) -> rt::Call<QueryRecordMinutesUrlResponseBody, QueryRecordMinutesUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRecordMinutesUrl",
            rt::Method::Get,
            "/v1.0/conference/videoConferences/{conferenceId}/flashMinutes/recordUrls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 查询预约会议设置
    ///
    /// `GET /v1.0/conference/scheduleConferences/settings`: DingTalk's `QueryScheduleConfSettings` (module feature `conference_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryScheduleConfSettings")]
    #[doc(alias = "/v1.0/conference/scheduleConferences/settings")]
    #[doc(alias = "GET /v1.0/conference/scheduleConferences/settings")]
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
    /// `GET /v1.0/conference/scheduleConferences/{scheduleConferenceId}/infos`: DingTalk's `QueryScheduleConference` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `schedule_conference_id`: `{scheduleConferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryScheduleConference")]
    #[doc(alias = "/v1.0/conference/scheduleConferences/{scheduleConferenceId}/infos")]
    #[doc(
        alias = "GET /v1.0/conference/scheduleConferences/{scheduleConferenceId}/infos"
    )]
    pub fn query_schedule_conference(
        &self,
        schedule_conference_id: &str,
        request: &QueryScheduleConferenceRequest,
    ) -> rt::Call<QueryScheduleConferenceResponseBody, QueryScheduleConferenceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryScheduleConference",
            rt::Method::Get,
            "/v1.0/conference/scheduleConferences/{scheduleConferenceId}/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[schedule_conference_id], request)
    }
    /// 分页获取预约会议历史会议信息，当前仅返回最后一次的会议信息
    ///
    /// `GET /v1.0/conference/videoConferences/scheduleConferences/{scheduleConferenceId}`: DingTalk's `QueryScheduleConferenceInfo` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `schedule_conference_id`: `{scheduleConferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_schedule_conference_info_pages`].
    #[doc(alias = "QueryScheduleConferenceInfo")]
    #[doc(
        alias = "/v1.0/conference/videoConferences/scheduleConferences/{scheduleConferenceId}"
    )]
    #[doc(
        alias = "GET /v1.0/conference/videoConferences/scheduleConferences/{scheduleConferenceId}"
    )]
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
            "/v1.0/conference/videoConferences/scheduleConferences/{scheduleConferenceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[schedule_conference_id], request)
    }
    /// 查询用户进行中会议
    ///
    /// `GET /v1.0/conference/users/lists`: DingTalk's `QueryUserOnGoingConference` (module feature `conference_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserOnGoingConference")]
    #[doc(alias = "/v1.0/conference/users/lists")]
    #[doc(alias = "GET /v1.0/conference/users/lists")]
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
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/subtitleEvents`: DingTalk's `SetSubtitleEvent` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetSubtitleEvent")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/subtitleEvents")]
    #[doc(
        alias = "POST /v1.0/conference/videoConferences/{conferenceId}/subtitleEvents"
    )]
    pub fn set_subtitle_event(
        &self,
        conference_id: &str,
        request: &SetSubtitleEventRequest,
    ) -> rt::Call<SetSubtitleEventResponseBody, SetSubtitleEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetSubtitleEvent",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/subtitleEvents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 开启云录制
    ///
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/start`: DingTalk's `StartCloudRecord` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "StartCloudRecord")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/cloudRecords/start")]
    #[doc(
        alias = "POST /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/start"
    )]
    pub fn start_cloud_record(
        &self,
        conference_id: &str,
        request: &StartCloudRecordRequest,
    ) -> rt::Call<StartCloudRecordResponseBody, StartCloudRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StartCloudRecord",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/cloudRecords/start",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 开启会议闪记
    ///
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/minutes/start`: DingTalk's `StartMinutes` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "StartMinutes")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/minutes/start")]
    #[doc(alias = "POST /v1.0/conference/videoConferences/{conferenceId}/minutes/start")]
    pub fn start_minutes(
        &self,
        conference_id: &str,
        request: &StartMinutesRequest,
    ) -> rt::Call<StartMinutesResponseBody, StartMinutesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StartMinutes",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/minutes/start",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 会议开始直播推流
    ///
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/streamOuts/start`: DingTalk's `StartStreamOut` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "StartStreamOut")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/streamOuts/start")]
    #[doc(
        alias = "POST /v1.0/conference/videoConferences/{conferenceId}/streamOuts/start"
    )]
    pub fn start_stream_out(
        &self,
        conference_id: &str,
        request: &StartStreamOutRequest,
    ) -> rt::Call<StartStreamOutResponseBody, StartStreamOutError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StartStreamOut",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/streamOuts/start",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 关闭云录制
    ///
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/stop`: DingTalk's `StopCloudRecord` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "StopCloudRecord")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/cloudRecords/stop")]
    #[doc(
        alias = "POST /v1.0/conference/videoConferences/{conferenceId}/cloudRecords/stop"
    )]
    pub fn stop_cloud_record(
        &self,
        conference_id: &str,
        request: &StopCloudRecordRequest,
    ) -> rt::Call<StopCloudRecordResponseBody, StopCloudRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StopCloudRecord",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/cloudRecords/stop",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 暂停会议闪记
    ///
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/minutes/pause`: DingTalk's `StopMinutes` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "StopMinutes")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/minutes/pause")]
    #[doc(alias = "POST /v1.0/conference/videoConferences/{conferenceId}/minutes/pause")]
    pub fn stop_minutes(
        &self,
        conference_id: &str,
        request: &StopMinutesRequest,
    ) -> rt::Call<StopMinutesResponseBody, StopMinutesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StopMinutes",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/minutes/pause",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 会议停止直播推流
    ///
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/streamOuts/stop`: DingTalk's `StopStreamOut` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "StopStreamOut")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/streamOuts/stop")]
    #[doc(
        alias = "POST /v1.0/conference/videoConferences/{conferenceId}/streamOuts/stop"
    )]
    pub fn stop_stream_out(
        &self,
        conference_id: &str,
        request: &StopStreamOutRequest,
    ) -> rt::Call<StopStreamOutResponseBody, StopStreamOutError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StopStreamOut",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/streamOuts/stop",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 更新参会人昵称
    ///
    /// `POST /v1.0/conference/videoConferences/{conferenceId}/members/updateNick`: DingTalk's `UpdateMemberNick` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateMemberNick")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/members/updateNick")]
    #[doc(
        alias = "POST /v1.0/conference/videoConferences/{conferenceId}/members/updateNick"
    )]
    pub fn update_member_nick(
        &self,
        conference_id: &str,
        request: &UpdateMemberNickRequest,
    ) -> rt::Call<UpdateMemberNickResponseBody, UpdateMemberNickError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateMemberNick",
            rt::Method::Post,
            "/v1.0/conference/videoConferences/{conferenceId}/members/updateNick",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], request)
    }
    /// 更新预约会议设置
    ///
    /// `PUT /v1.0/conference/scheduleConferences/settings`: DingTalk's `UpdateScheduleConfSettings` (module feature `conference_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateScheduleConfSettings")]
    #[doc(alias = "/v1.0/conference/scheduleConferences/settings")]
    #[doc(alias = "PUT /v1.0/conference/scheduleConferences/settings")]
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
    /// `PUT /v1.0/conference/scheduleConferences`: DingTalk's `UpdateScheduleConference` (module feature `conference_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateScheduleConference")]
    #[doc(alias = "/v1.0/conference/scheduleConferences")]
    #[doc(alias = "PUT /v1.0/conference/scheduleConferences")]
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
    /// `PUT /v1.0/conference/videoConferences/{conferenceId}/extInfo`: DingTalk's `UpdateVideoConferenceExtInfo` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateVideoConferenceExtInfo")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}/extInfo")]
    #[doc(alias = "PUT /v1.0/conference/videoConferences/{conferenceId}/extInfo")]
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
            "/v1.0/conference/videoConferences/{conferenceId}/extInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[conference_id], &())
    }
    /// 设置会议中的会议属性
    ///
    /// `PUT /v1.0/conference/videoConferences/{conferenceId}`: DingTalk's `UpdateVideoConferenceSetting` (module feature `conference_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `conference_id`: `{conferenceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateVideoConferenceSetting")]
    #[doc(alias = "/v1.0/conference/videoConferences/{conferenceId}")]
    #[doc(alias = "PUT /v1.0/conference/videoConferences/{conferenceId}")]
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
            "/v1.0/conference/videoConferences/{conferenceId}",
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddRecordPermissionResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `taskUuid`.
    pub task_uuid: Option<String>,
}
rt::impl_deserialize! {
    AddRecordPermissionResponseBody { "code" => read_field(code), "taskUuid" =>
    read_field(task_uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddRecordPermissionResponseBody { "code" => optional(code), "taskUuid" =>
    optional(task_uuid) }
}
/// `CancelScheduleConferenceResponseBody`, a model several operations share: also named [`CohostsResponseBody`], [`FocusResponseBody`], [`InviteMcuResponseBody`], [`InviteUsersResponseBody`], [`KickMembersResponseBody`], [`LockConferenceResponseBody`], [`MuteAllResponseBody`], [`MuteMembersResponseBody`], [`SetSubtitleEventResponseBody`], [`UpdateMemberNickResponseBody`], [`UpdateScheduleConfSettingsResponseBody`], [`UpdateScheduleConferenceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CancelScheduleConferenceResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CancelScheduleConferenceResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CancelScheduleConferenceResponseBody { "success" => optional(success) }
}
/// `CloseVideoConferenceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CloseVideoConferenceResponseBody {
    /// `cause`.
    pub cause: Option<String>,
    /// `code`.
    pub code: Option<i64>,
}
rt::impl_deserialize! {
    CloseVideoConferenceResponseBody { "cause" => read_field(cause), "code" =>
    read_field(code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CloseVideoConferenceResponseBody { "cause" => optional(cause), "code" =>
    optional(code) }
}
/// `CohostsRequestUserList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CohostsRequestUserList {
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`CohostsRequestUserList`], each named where it is set: `CohostsRequestUserList::new(CohostsRequestUserListRequired { .. })`.
pub struct CohostsRequestUserListRequired {
    /// `unionId`: see [`CohostsRequestUserList::union_id`].
    pub union_id: String,
}
impl CohostsRequestUserList {
    /// A `CohostsRequestUserList` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: CohostsRequestUserListRequired) -> Self {
        let CohostsRequestUserListRequired { union_id } = required;
        Self { union_id }
    }
}
rt::impl_serialize! {
    CohostsRequestUserList { "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CohostsRequestUserList { "unionId" => read_field(union_id) }
}
/// `CohostsResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type CohostsResponseBody = CancelScheduleConferenceResponseBody;
/// `CreateAutoLoginUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAutoLoginUrlResponseBody {
    /// `loginInfo`.
    pub login_info: Option<CreateAutoLoginUrlResponseBodyLoginInfo>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateAutoLoginUrlResponseBody { "loginInfo" => read_field(login_info), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAutoLoginUrlResponseBody { "loginInfo" => optional(login_info), "success" =>
    optional(success) }
}
/// `CreateCustomShortLinkResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateCustomShortLinkResponseBody {
    /// `result`.
    pub result: Option<CreateCustomShortLinkResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateCustomShortLinkResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateCustomShortLinkResponseBody { "result" => optional(result) }
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
rt::impl_serialize! {
    CreateScheduleConferenceRequestScheduleConfSettingModel { "aiAgentSummarySetting" =>
    optional(ai_agent_summary_setting), "cohostUnionIds" => optional(cohost_union_ids),
    "confAllowedCorpId" => optional(conf_allowed_corp_id), "hostUnionId" =>
    optional(host_union_id), "lockRoom" => optional(lock_room),
    "moziConfOpenRecordSetting" => optional(mozi_conf_open_record_setting),
    "moziConfVirtualExtraSetting" => optional(mozi_conf_virtual_extra_setting),
    "muteOnJoin" => optional(mute_on_join), "screenShareForbidden" =>
    optional(screen_share_forbidden) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateScheduleConferenceRequestScheduleConfSettingModel { "aiAgentSummarySetting" =>
    read_field(ai_agent_summary_setting), "cohostUnionIds" =>
    read_field(cohost_union_ids), "confAllowedCorpId" =>
    read_field(conf_allowed_corp_id), "hostUnionId" => read_field(host_union_id),
    "lockRoom" => read_field(lock_room), "moziConfOpenRecordSetting" =>
    read_field(mozi_conf_open_record_setting), "moziConfVirtualExtraSetting" =>
    read_field(mozi_conf_virtual_extra_setting), "muteOnJoin" =>
    read_field(mute_on_join), "screenShareForbidden" =>
    read_field(screen_share_forbidden) }
}
/// `CreateScheduleConferenceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    CreateScheduleConferenceResponseBody { "phones" => read_field(phones), "requestId" =>
    read_field(request_id), "roomCode" => read_field(room_code), "scheduleConferenceId"
    => read_field(schedule_conference_id), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateScheduleConferenceResponseBody { "phones" => optional(phones), "requestId" =>
    optional(request_id), "roomCode" => optional(room_code), "scheduleConferenceId" =>
    optional(schedule_conference_id), "url" => optional(url) }
}
/// `CreateVideoConferenceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    CreateVideoConferenceResponseBody { "conferenceId" => read_field(conference_id),
    "conferencePassword" => read_field(conference_password), "externalLinkUrl" =>
    read_field(external_link_url), "hostPassword" => read_field(host_password),
    "phoneNumbers" => read_field(phone_numbers), "roomCode" => read_field(room_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateVideoConferenceResponseBody { "conferenceId" => optional(conference_id),
    "conferencePassword" => optional(conference_password), "externalLinkUrl" =>
    optional(external_link_url), "hostPassword" => optional(host_password),
    "phoneNumbers" => optional(phone_numbers), "roomCode" => optional(room_code) }
}
/// `FocusResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type FocusResponseBody = CancelScheduleConferenceResponseBody;
/// `GenerateFlashMinutesDocumentUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GenerateFlashMinutesDocumentUrlResponseBody {
    /// `minutesDocUrl`.
    pub minutes_doc_url: Option<String>,
}
rt::impl_deserialize! {
    GenerateFlashMinutesDocumentUrlResponseBody { "minutesDocUrl" =>
    read_field(minutes_doc_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GenerateFlashMinutesDocumentUrlResponseBody { "minutesDocUrl" =>
    optional(minutes_doc_url) }
}
/// `GetConfDataByConferenceIdResponseBody`, a model several operations share: also named [`GetHistoryConfDataListResponseBodyList`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetConfDataByConferenceIdResponseBody { "conferenceId" => read_field(conference_id),
    "creatorId" => read_field(creator_id), "creatorNick" => read_field(creator_nick),
    "deptName" => read_field(dept_name), "endTime" => read_field(end_time), "freeType" =>
    read_field(free_type), "scene" => read_field(scene), "startTime" =>
    read_field(start_time), "timeLength" => read_field(time_length), "title" =>
    read_field(title), "userCount" => read_field(user_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConfDataByConferenceIdResponseBody { "conferenceId" => optional(conference_id),
    "creatorId" => optional(creator_id), "creatorNick" => optional(creator_nick),
    "deptName" => optional(dept_name), "endTime" => optional(end_time), "freeType" =>
    optional(free_type), "scene" => optional(scene), "startTime" => optional(start_time),
    "timeLength" => optional(time_length), "title" => optional(title), "userCount" =>
    optional(user_count) }
}
/// `GetConfDetailDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConfDetailDataResponseBody {
    /// `list`.
    pub list: Option<Vec<GetConfDetailDataResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    GetConfDetailDataResponseBody { "list" => read_field(list), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConfDetailDataResponseBody { "list" => optional(list), "nextToken" =>
    optional(next_token) }
}
/// `GetHistoryConfDataListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetHistoryConfDataListResponseBody {
    /// `list`.
    pub list: Option<Vec<GetHistoryConfDataListResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    GetHistoryConfDataListResponseBody { "list" => read_field(list), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetHistoryConfDataListResponseBody { "list" => optional(list), "nextToken" =>
    optional(next_token) }
}
/// `GetUserLastMetricResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserLastMetricResponseBody {
    /// `metricMap`.
    pub metric_map: Option<rt::BTreeMap<String, MetricMapValue>>,
}
rt::impl_deserialize! {
    GetUserLastMetricResponseBody { "metricMap" => read_field(metric_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserLastMetricResponseBody { "metricMap" => optional(metric_map) }
}
/// `GetUserMetricDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserMetricDataResponseBody {
    /// `metricDataList`.
    pub metric_data_list: Option<Vec<GetUserMetricDataResponseBodyMetricDataList>>,
}
rt::impl_deserialize! {
    GetUserMetricDataResponseBody { "metricDataList" => read_field(metric_data_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserMetricDataResponseBody { "metricDataList" => optional(metric_data_list) }
}
/// `InviteMcuResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type InviteMcuResponseBody = CancelScheduleConferenceResponseBody;
/// `InviteUsersRequestInviteeList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InviteUsersRequestInviteeList {
    /// `nick`.
    pub nick: String,
    /// `unionId`.
    pub union_id: Option<String>,
}
/// The required fields of [`InviteUsersRequestInviteeList`], each named where it is set: `InviteUsersRequestInviteeList::new(InviteUsersRequestInviteeListRequired { .. })`.
pub struct InviteUsersRequestInviteeListRequired {
    /// `nick`: see [`InviteUsersRequestInviteeList::nick`].
    pub nick: String,
}
impl InviteUsersRequestInviteeList {
    /// A `InviteUsersRequestInviteeList` with its required fields (`nick`); set the others with the methods named after them.
    pub fn new(required: InviteUsersRequestInviteeListRequired) -> Self {
        let InviteUsersRequestInviteeListRequired { nick } = required;
        Self { nick, union_id: None }
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    InviteUsersRequestInviteeList { "nick" => field(nick), "unionId" =>
    optional(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InviteUsersRequestInviteeList { "nick" => read_field(nick), "unionId" =>
    read_field(union_id) }
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
rt::impl_serialize! {
    InviteUsersRequestPhoneInviteeList { "inviteClient" => optional(invite_client),
    "nick" => optional(nick), "phoneNumber" => optional(phone_number), "statusCode" =>
    optional(status_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InviteUsersRequestPhoneInviteeList { "inviteClient" => read_field(invite_client),
    "nick" => read_field(nick), "phoneNumber" => read_field(phone_number), "statusCode"
    => read_field(status_code) }
}
/// `InviteUsersResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type InviteUsersResponseBody = CancelScheduleConferenceResponseBody;
/// `KickMembersRequestUserList`, a model several operations share: also named [`MuteMembersRequestUserList`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct KickMembersRequestUserList {
    /// `participantId`.
    pub participant_id: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`KickMembersRequestUserList`], each named where it is set: `KickMembersRequestUserList::new(KickMembersRequestUserListRequired { .. })`.
pub struct KickMembersRequestUserListRequired {
    /// `unionId`: see [`KickMembersRequestUserList::union_id`].
    pub union_id: String,
}
impl KickMembersRequestUserList {
    /// A `KickMembersRequestUserList` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: KickMembersRequestUserListRequired) -> Self {
        let KickMembersRequestUserListRequired { union_id } = required;
        Self {
            participant_id: None,
            union_id,
        }
    }
    /// Sets `participantId`.
    pub fn participant_id(mut self, value: impl Into<String>) -> Self {
        self.participant_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    KickMembersRequestUserList { "participantId" => optional(participant_id), "unionId"
    => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    KickMembersRequestUserList { "participantId" => read_field(participant_id), "unionId"
    => read_field(union_id) }
}
/// `KickMembersResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type KickMembersResponseBody = CancelScheduleConferenceResponseBody;
/// `LockConferenceResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type LockConferenceResponseBody = CancelScheduleConferenceResponseBody;
/// `MuteAllResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type MuteAllResponseBody = CancelScheduleConferenceResponseBody;
/// `MuteMembersRequestUserList`: the same model as [`KickMembersRequestUserList`].
pub type MuteMembersRequestUserList = KickMembersRequestUserList;
/// The required fields of [`MuteMembersRequestUserList`].
pub type MuteMembersRequestUserListRequired = KickMembersRequestUserListRequired;
/// `MuteMembersResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type MuteMembersResponseBody = CancelScheduleConferenceResponseBody;
/// `OptRecordWhiteAccountRequestRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`OptRecordWhiteAccountRequestRequestBody`], each named where it is set: `OptRecordWhiteAccountRequestRequestBody::new(OptRecordWhiteAccountRequestRequestBodyRequired { .. })`.
pub struct OptRecordWhiteAccountRequestRequestBodyRequired {
    /// `bizType`: see [`OptRecordWhiteAccountRequestRequestBody::biz_type`].
    pub biz_type: String,
    /// `operation`: see [`OptRecordWhiteAccountRequestRequestBody::operation`].
    pub operation: i64,
    /// `unionId`: see [`OptRecordWhiteAccountRequestRequestBody::union_id`].
    pub union_id: String,
}
impl OptRecordWhiteAccountRequestRequestBody {
    /// A `OptRecordWhiteAccountRequestRequestBody` with its required fields (`bizType`, `operation`, `unionId`); set the others with the methods named after them.
    pub fn new(required: OptRecordWhiteAccountRequestRequestBodyRequired) -> Self {
        let OptRecordWhiteAccountRequestRequestBodyRequired {
            biz_type,
            operation,
            union_id,
        } = required;
        Self {
            biz_type,
            operation,
            setting_range_list: None,
            union_id,
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
rt::impl_serialize! {
    OptRecordWhiteAccountRequestRequestBody { "bizType" => field(biz_type), "operation"
    => field(operation), "settingRangeList" => optional(setting_range_list), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OptRecordWhiteAccountRequestRequestBody { "bizType" => read_field(biz_type),
    "operation" => read_field(operation), "settingRangeList" =>
    read_field(setting_range_list), "unionId" => read_field(union_id) }
}
/// `OptRecordWhiteAccountResponseBody`, a model several operations share: also named [`StartCloudRecordResponseBody`], [`StartMinutesResponseBody`], [`StopCloudRecordResponseBody`], [`StopMinutesResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OptRecordWhiteAccountResponseBody {
    /// `code`.
    pub code: Option<String>,
}
rt::impl_deserialize! {
    OptRecordWhiteAccountResponseBody { "code" => read_field(code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OptRecordWhiteAccountResponseBody { "code" => optional(code) }
}
/// `QueryCloudRecordTextResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCloudRecordTextResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `paragraphList`.
    pub paragraph_list: Option<Vec<QueryCloudRecordTextResponseBodyParagraphList>>,
}
rt::impl_deserialize! {
    QueryCloudRecordTextResponseBody { "hasMore" => read_field(has_more), "paragraphList"
    => read_field(paragraph_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCloudRecordTextResponseBody { "hasMore" => optional(has_more), "paragraphList"
    => optional(paragraph_list) }
}
/// `QueryCloudRecordVideoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCloudRecordVideoResponseBody {
    /// `videoList`.
    pub video_list: Option<Vec<QueryCloudRecordVideoResponseBodyVideoList>>,
}
rt::impl_deserialize! {
    QueryCloudRecordVideoResponseBody { "videoList" => read_field(video_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCloudRecordVideoResponseBody { "videoList" => optional(video_list) }
}
/// `QueryCloudRecordVideoPlayInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCloudRecordVideoPlayInfoResponseBody { "duration" => read_field(duration),
    "fileSize" => read_field(file_size), "mp4FileUrl" => read_field(mp4_file_url),
    "playUrl" => read_field(play_url), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCloudRecordVideoPlayInfoResponseBody { "duration" => optional(duration),
    "fileSize" => optional(file_size), "mp4FileUrl" => optional(mp4_file_url), "playUrl"
    => optional(play_url), "status" => optional(status) }
}
/// `QueryConferenceInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryConferenceInfoResponseBody {
    /// `confInfo`.
    pub conf_info: Option<QueryConferenceInfoResponseBodyConfInfo>,
}
rt::impl_deserialize! {
    QueryConferenceInfoResponseBody { "confInfo" => read_field(conf_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConferenceInfoResponseBody { "confInfo" => optional(conf_info) }
}
/// `QueryConferenceInfoBatchResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryConferenceInfoBatchResponseBody {
    /// `infos`.
    pub infos: Option<Vec<QueryConferenceInfoBatchResponseBodyInfos>>,
}
rt::impl_deserialize! {
    QueryConferenceInfoBatchResponseBody { "infos" => read_field(infos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConferenceInfoBatchResponseBody { "infos" => optional(infos) }
}
/// `QueryConferenceInfoByRoomCodeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryConferenceInfoByRoomCodeResponseBody { "conferenceList" =>
    read_field(conference_list), "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConferenceInfoByRoomCodeResponseBody { "conferenceList" =>
    optional(conference_list), "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "totalCount" => optional(total_count) }
}
/// `QueryConferenceMembersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryConferenceMembersResponseBody {
    /// `memberModels`.
    pub member_models: Option<Vec<QueryConferenceMembersResponseBodyMemberModels>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryConferenceMembersResponseBody { "memberModels" => read_field(member_models),
    "nextToken" => read_field(next_token), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConferenceMembersResponseBody { "memberModels" => optional(member_models),
    "nextToken" => optional(next_token), "totalCount" => optional(total_count) }
}
/// `QueryFlashMinutesSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryFlashMinutesSummaryResponseBody {
    /// `flashMinutesSummary`.
    pub flash_minutes_summary: Option<
        QueryFlashMinutesSummaryResponseBodyFlashMinutesSummary,
    >,
}
rt::impl_deserialize! {
    QueryFlashMinutesSummaryResponseBody { "flashMinutesSummary" =>
    read_field(flash_minutes_summary) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryFlashMinutesSummaryResponseBody { "flashMinutesSummary" =>
    optional(flash_minutes_summary) }
}
/// `QueryMinutesAudioResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesAudioResponseBody {
    /// `audioList`.
    pub audio_list: Option<Vec<QueryMinutesAudioResponseBodyAudioList>>,
}
rt::impl_deserialize! {
    QueryMinutesAudioResponseBody { "audioList" => read_field(audio_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesAudioResponseBody { "audioList" => optional(audio_list) }
}
/// `QueryMinutesMeetingResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesMeetingResultResponseBody {
    /// `action`.
    pub action: Option<Vec<String>>,
    /// `fullSummary`.
    pub full_summary: Option<String>,
}
rt::impl_deserialize! {
    QueryMinutesMeetingResultResponseBody { "action" => read_field(action), "fullSummary"
    => read_field(full_summary) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesMeetingResultResponseBody { "action" => optional(action), "fullSummary"
    => optional(full_summary) }
}
/// `QueryMinutesSummaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesSummaryResponseBody {
    /// `summary`.
    pub summary: Option<QueryMinutesSummaryResponseBodySummary>,
}
rt::impl_deserialize! {
    QueryMinutesSummaryResponseBody { "summary" => read_field(summary) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesSummaryResponseBody { "summary" => optional(summary) }
}
/// `QueryMinutesTextResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesTextResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `paragraphList`.
    pub paragraph_list: Option<Vec<QueryMinutesTextResponseBodyParagraphList>>,
}
rt::impl_deserialize! {
    QueryMinutesTextResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "paragraphList" => read_field(paragraph_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesTextResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "paragraphList" => optional(paragraph_list) }
}
/// `QueryOrgConferenceListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryOrgConferenceListResponseBody { "hasMore" => read_field(has_more), "nextToken"
    => read_field(next_token), "onGoingConfList" => read_field(on_going_conf_list),
    "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgConferenceListResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "onGoingConfList" => optional(on_going_conf_list), "totalCount"
    => optional(total_count) }
}
/// `QueryRecordMinutesUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRecordMinutesUrlResponseBody {
    /// `recordMinutesUrls`.
    pub record_minutes_urls: Option<
        Vec<QueryRecordMinutesUrlResponseBodyRecordMinutesUrls>,
    >,
}
rt::impl_deserialize! {
    QueryRecordMinutesUrlResponseBody { "recordMinutesUrls" =>
    read_field(record_minutes_urls) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRecordMinutesUrlResponseBody { "recordMinutesUrls" =>
    optional(record_minutes_urls) }
}
/// `QueryScheduleConfSettingsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryScheduleConfSettingsResponseBody {
    /// `scheduleConfSettingModel`.
    pub schedule_conf_setting_model: Option<
        QueryScheduleConfSettingsResponseBodyScheduleConfSettingModel,
    >,
}
rt::impl_deserialize! {
    QueryScheduleConfSettingsResponseBody { "scheduleConfSettingModel" =>
    read_field(schedule_conf_setting_model) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryScheduleConfSettingsResponseBody { "scheduleConfSettingModel" =>
    optional(schedule_conf_setting_model) }
}
/// `QueryScheduleConferenceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryScheduleConferenceResponseBody { "endTime" => read_field(end_time), "phones" =>
    read_field(phones), "requestId" => read_field(request_id), "roomCode" =>
    read_field(room_code), "scheduleConferenceId" => read_field(schedule_conference_id),
    "startTime" => read_field(start_time), "title" => read_field(title), "url" =>
    read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryScheduleConferenceResponseBody { "endTime" => optional(end_time), "phones" =>
    optional(phones), "requestId" => optional(request_id), "roomCode" =>
    optional(room_code), "scheduleConferenceId" => optional(schedule_conference_id),
    "startTime" => optional(start_time), "title" => optional(title), "url" =>
    optional(url) }
}
/// `QueryScheduleConferenceInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryScheduleConferenceInfoResponseBody { "conferenceList" =>
    read_field(conference_list), "nextToken" => read_field(next_token), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryScheduleConferenceInfoResponseBody { "conferenceList" =>
    optional(conference_list), "nextToken" => optional(next_token), "totalCount" =>
    optional(total_count) }
}
/// `QueryUserOnGoingConferenceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserOnGoingConferenceResponseBody {
    /// `memberModelMap`.
    pub member_model_map: Option<rt::BTreeMap<String, MemberModelMapValue>>,
    /// `onGoingConfIdList`.
    pub on_going_conf_id_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryUserOnGoingConferenceResponseBody { "memberModelMap" =>
    read_field(member_model_map), "onGoingConfIdList" =>
    read_field(on_going_conf_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserOnGoingConferenceResponseBody { "memberModelMap" =>
    optional(member_model_map), "onGoingConfIdList" => optional(on_going_conf_id_list) }
}
/// `SetSubtitleEventResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type SetSubtitleEventResponseBody = CancelScheduleConferenceResponseBody;
/// `StartCloudRecordResponseBody`: the same model as [`OptRecordWhiteAccountResponseBody`].
pub type StartCloudRecordResponseBody = OptRecordWhiteAccountResponseBody;
/// `StartMinutesResponseBody`: the same model as [`OptRecordWhiteAccountResponseBody`].
pub type StartMinutesResponseBody = OptRecordWhiteAccountResponseBody;
/// `StartStreamOutResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct StartStreamOutResponseBody {
    /// `failStreamMap`.
    pub fail_stream_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `successStreamMap`.
    pub success_stream_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    StartStreamOutResponseBody { "failStreamMap" => read_field(fail_stream_map),
    "successStreamMap" => read_field(success_stream_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    StartStreamOutResponseBody { "failStreamMap" => optional(fail_stream_map),
    "successStreamMap" => optional(success_stream_map) }
}
/// `StopCloudRecordResponseBody`: the same model as [`OptRecordWhiteAccountResponseBody`].
pub type StopCloudRecordResponseBody = OptRecordWhiteAccountResponseBody;
/// `StopMinutesResponseBody`: the same model as [`OptRecordWhiteAccountResponseBody`].
pub type StopMinutesResponseBody = OptRecordWhiteAccountResponseBody;
/// `StopStreamOutResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct StopStreamOutResponseBody {
    /// `code`.
    pub code: Option<String>,
}
rt::impl_deserialize! {
    StopStreamOutResponseBody { "code" => read_field(code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    StopStreamOutResponseBody { "code" => optional(code) }
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
rt::impl_serialize! {
    UpdateScheduleConfSettingsRequestScheduleConfSettingModel { "aiAgentSummarySetting"
    => optional(ai_agent_summary_setting), "cohostUnionIds" =>
    optional(cohost_union_ids), "confAllowedCorpId" => optional(conf_allowed_corp_id),
    "hostUnionId" => optional(host_union_id), "lockRoom" => optional(lock_room),
    "moziConfOpenRecordSetting" => optional(mozi_conf_open_record_setting),
    "moziConfVirtualExtraSetting" => optional(mozi_conf_virtual_extra_setting),
    "muteOnJoin" => optional(mute_on_join), "screenShareForbidden" =>
    optional(screen_share_forbidden) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateScheduleConfSettingsRequestScheduleConfSettingModel { "aiAgentSummarySetting"
    => read_field(ai_agent_summary_setting), "cohostUnionIds" =>
    read_field(cohost_union_ids), "confAllowedCorpId" =>
    read_field(conf_allowed_corp_id), "hostUnionId" => read_field(host_union_id),
    "lockRoom" => read_field(lock_room), "moziConfOpenRecordSetting" =>
    read_field(mozi_conf_open_record_setting), "moziConfVirtualExtraSetting" =>
    read_field(mozi_conf_virtual_extra_setting), "muteOnJoin" =>
    read_field(mute_on_join), "screenShareForbidden" =>
    read_field(screen_share_forbidden) }
}
/// `UpdateScheduleConfSettingsResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type UpdateScheduleConfSettingsResponseBody = CancelScheduleConferenceResponseBody;
/// `UpdateScheduleConferenceResponseBody`: the same model as [`CancelScheduleConferenceResponseBody`].
pub type UpdateScheduleConferenceResponseBody = CancelScheduleConferenceResponseBody;
/// `UpdateVideoConferenceExtInfoResponseBody`, a model several operations share: also named [`UpdateVideoConferenceSettingResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateVideoConferenceExtInfoResponseBody {
    /// `case`.
    pub case: Option<String>,
    /// `code`.
    pub code: Option<String>,
}
rt::impl_deserialize! {
    UpdateVideoConferenceExtInfoResponseBody { "case" => read_field(case), "code" =>
    read_field(code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateVideoConferenceExtInfoResponseBody { "case" => optional(case), "code" =>
    optional(code) }
}
/// `UpdateVideoConferenceSettingResponseBody`: the same model as [`UpdateVideoConferenceExtInfoResponseBody`].
pub type UpdateVideoConferenceSettingResponseBody = UpdateVideoConferenceExtInfoResponseBody;
/// `CreateAutoLoginUrlResponseBodyLoginInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAutoLoginUrlResponseBodyLoginInfo {
    /// `loginUrl`.
    pub login_url: Option<String>,
}
rt::impl_deserialize! {
    CreateAutoLoginUrlResponseBodyLoginInfo { "loginUrl" => read_field(login_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAutoLoginUrlResponseBodyLoginInfo { "loginUrl" => optional(login_url) }
}
/// `CreateCustomShortLinkResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateCustomShortLinkResponseBodyResult {
    /// `customShortLink`.
    pub custom_short_link: Option<String>,
}
rt::impl_deserialize! {
    CreateCustomShortLinkResponseBodyResult { "customShortLink" =>
    read_field(custom_short_link) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateCustomShortLinkResponseBodyResult { "customShortLink" =>
    optional(custom_short_link) }
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
rt::impl_serialize! {
    CreateScheduleConferenceRequestScheduleConfSettingModelAiAgentSummarySetting {
    "allowAllParticipantsStart" => optional(allow_all_participants_start),
    "allowParticipantShowAiAgentRecord" =>
    optional(allow_participant_show_ai_agent_record), "enableAiAgentStatus" =>
    optional(enable_ai_agent_status), "receiverType" => optional(receiver_type),
    "restrictShareMinutesSummaryOnly" => optional(restrict_share_minutes_summary_only),
    "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateScheduleConferenceRequestScheduleConfSettingModelAiAgentSummarySetting {
    "allowAllParticipantsStart" => read_field(allow_all_participants_start),
    "allowParticipantShowAiAgentRecord" =>
    read_field(allow_participant_show_ai_agent_record), "enableAiAgentStatus" =>
    read_field(enable_ai_agent_status), "receiverType" => read_field(receiver_type),
    "restrictShareMinutesSummaryOnly" => read_field(restrict_share_minutes_summary_only),
    "value" => read_field(value) }
}
/// `CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting`, a model several operations share: also named [`UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfOpenRecordSetting`].
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
rt::impl_serialize! {
    CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting {
    "isFollowHost" => optional(is_follow_host), "mode" => optional(mode),
    "recordAutoStart" => optional(record_auto_start), "recordAutoStartType" =>
    optional(record_auto_start_type), "restrictShareMinutesSummaryOnly" =>
    optional(restrict_share_minutes_summary_only) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting {
    "isFollowHost" => read_field(is_follow_host), "mode" => read_field(mode),
    "recordAutoStart" => read_field(record_auto_start), "recordAutoStartType" =>
    read_field(record_auto_start_type), "restrictShareMinutesSummaryOnly" =>
    read_field(restrict_share_minutes_summary_only) }
}
/// `CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting`, a model several operations share: also named [`UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfVirtualExtraSetting`].
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
rt::impl_serialize! {
    CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting {
    "cloudRecordOwnerUnionId" => optional(cloud_record_owner_union_id), "enableChat" =>
    optional(enable_chat), "enableWebAnonymousJoin" =>
    optional(enable_web_anonymous_join), "hiddenOwnerNick" =>
    optional(hidden_owner_nick), "joinBeforeHost" => optional(join_before_host),
    "lockMediaStatusMicMute" => optional(lock_media_status_mic_mute), "lockNick" =>
    optional(lock_nick), "minutesOwnerUnionId" => optional(minutes_owner_union_id),
    "minutesSummaryDiyTemplateVersion" => optional(minutes_summary_diy_template_version),
    "minutesSummaryTemplateId" => optional(minutes_summary_template_id),
    "minutesSummaryTemplateType" => optional(minutes_summary_template_type),
    "moziConfExtensionAppSettings" => optional(mozi_conf_extension_app_settings),
    "pushAllMeetingRecords" => optional(push_all_meeting_records), "pushCloudRecordCard"
    => optional(push_cloud_record_card), "pushMinutesCard" =>
    optional(push_minutes_card), "waitingRoom" => optional(waiting_room) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting {
    "cloudRecordOwnerUnionId" => read_field(cloud_record_owner_union_id), "enableChat" =>
    read_field(enable_chat), "enableWebAnonymousJoin" =>
    read_field(enable_web_anonymous_join), "hiddenOwnerNick" =>
    read_field(hidden_owner_nick), "joinBeforeHost" => read_field(join_before_host),
    "lockMediaStatusMicMute" => read_field(lock_media_status_mic_mute), "lockNick" =>
    read_field(lock_nick), "minutesOwnerUnionId" => read_field(minutes_owner_union_id),
    "minutesSummaryDiyTemplateVersion" =>
    read_field(minutes_summary_diy_template_version), "minutesSummaryTemplateId" =>
    read_field(minutes_summary_template_id), "minutesSummaryTemplateType" =>
    read_field(minutes_summary_template_type), "moziConfExtensionAppSettings" =>
    read_field(mozi_conf_extension_app_settings), "pushAllMeetingRecords" =>
    read_field(push_all_meeting_records), "pushCloudRecordCard" =>
    read_field(push_cloud_record_card), "pushMinutesCard" =>
    read_field(push_minutes_card), "waitingRoom" => read_field(waiting_room) }
}
/// `GetConfDetailDataResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetConfDetailDataResponseBodyList { "belongOrg" => read_field(belong_org),
    "conferenceId" => read_field(conference_id), "deviceType" => read_field(device_type),
    "duration" => read_field(duration), "joinTime" => read_field(join_time), "leaveTime"
    => read_field(leave_time), "networkQuality" => read_field(network_quality), "nick" =>
    read_field(nick), "role" => read_field(role), "sessionId" => read_field(session_id),
    "status" => read_field(status), "unionId" => read_field(union_id), "version" =>
    read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConfDetailDataResponseBodyList { "belongOrg" => optional(belong_org),
    "conferenceId" => optional(conference_id), "deviceType" => optional(device_type),
    "duration" => optional(duration), "joinTime" => optional(join_time), "leaveTime" =>
    optional(leave_time), "networkQuality" => optional(network_quality), "nick" =>
    optional(nick), "role" => optional(role), "sessionId" => optional(session_id),
    "status" => optional(status), "unionId" => optional(union_id), "version" =>
    optional(version) }
}
/// `GetHistoryConfDataListResponseBodyList`: the same model as [`GetConfDataByConferenceIdResponseBody`].
pub type GetHistoryConfDataListResponseBodyList = GetConfDataByConferenceIdResponseBody;
/// `MetricMapValue`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    MetricMapValue { "timestamp" => read_field(timestamp), "sendBitRate" =>
    read_field(send_bit_rate), "recvBitRate" => read_field(recv_bit_rate), "lostRate" =>
    read_field(lost_rate), "roundTripTime" => read_field(round_trip_time),
    "audioSendBitRate" => read_field(audio_send_bit_rate), "audioRecvBitRate" =>
    read_field(audio_recv_bit_rate), "audioRecLevel" => read_field(audio_rec_level),
    "audioPlayLevel" => read_field(audio_play_level), "cameraSendBitRate" =>
    read_field(camera_send_bit_rate), "cameraRecvBitRate" =>
    read_field(camera_recv_bit_rate), "cameraSendResolutionActual" =>
    read_field(camera_send_resolution_actual), "cameraRecvResolutionActual" =>
    read_field(camera_recv_resolution_actual), "cameraSendFrame" =>
    read_field(camera_send_frame), "screenSendBitRate" =>
    read_field(screen_send_bit_rate), "cameraRecvFrame" => read_field(camera_recv_frame),
    "screenRecvBitRate" => read_field(screen_recv_bit_rate), "screenSendResolutionActual"
    => read_field(screen_send_resolution_actual), "screenRecvResolutionActual" =>
    read_field(screen_recv_resolution_actual), "screenSendFrame" =>
    read_field(screen_send_frame), "screenRecvFrame" => read_field(screen_recv_frame),
    "audioJitterMax" => read_field(audio_jitter_max), "audioJitterAvg" =>
    read_field(audio_jitter_avg) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MetricMapValue { "timestamp" => optional(timestamp), "sendBitRate" =>
    optional(send_bit_rate), "recvBitRate" => optional(recv_bit_rate), "lostRate" =>
    optional(lost_rate), "roundTripTime" => optional(round_trip_time), "audioSendBitRate"
    => optional(audio_send_bit_rate), "audioRecvBitRate" =>
    optional(audio_recv_bit_rate), "audioRecLevel" => optional(audio_rec_level),
    "audioPlayLevel" => optional(audio_play_level), "cameraSendBitRate" =>
    optional(camera_send_bit_rate), "cameraRecvBitRate" =>
    optional(camera_recv_bit_rate), "cameraSendResolutionActual" =>
    optional(camera_send_resolution_actual), "cameraRecvResolutionActual" =>
    optional(camera_recv_resolution_actual), "cameraSendFrame" =>
    optional(camera_send_frame), "screenSendBitRate" => optional(screen_send_bit_rate),
    "cameraRecvFrame" => optional(camera_recv_frame), "screenRecvBitRate" =>
    optional(screen_recv_bit_rate), "screenSendResolutionActual" =>
    optional(screen_send_resolution_actual), "screenRecvResolutionActual" =>
    optional(screen_recv_resolution_actual), "screenSendFrame" =>
    optional(screen_send_frame), "screenRecvFrame" => optional(screen_recv_frame),
    "audioJitterMax" => optional(audio_jitter_max), "audioJitterAvg" =>
    optional(audio_jitter_avg) }
}
/// `GetUserMetricDataResponseBodyMetricDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetUserMetricDataResponseBodyMetricDataList { "audioPlayLevel" =>
    read_field(audio_play_level), "audioRecLevel" => read_field(audio_rec_level),
    "audioRecvBitRate" => read_field(audio_recv_bit_rate), "audioSendBitRate" =>
    read_field(audio_send_bit_rate), "cameraRecvBitRate" =>
    read_field(camera_recv_bit_rate), "cameraRecvFrame" => read_field(camera_recv_frame),
    "cameraRecvResolutionActual" => read_field(camera_recv_resolution_actual),
    "cameraSendBitRate" => read_field(camera_send_bit_rate), "cameraSendFrame" =>
    read_field(camera_send_frame), "cameraSendResolutionActual" =>
    read_field(camera_send_resolution_actual), "lostRate" => read_field(lost_rate),
    "recvBitRate" => read_field(recv_bit_rate), "roundTripTime" =>
    read_field(round_trip_time), "screenRecvBitRate" => read_field(screen_recv_bit_rate),
    "screenRecvFrame" => read_field(screen_recv_frame), "screenRecvResolutionActual" =>
    read_field(screen_recv_resolution_actual), "screenSendBitRate" =>
    read_field(screen_send_bit_rate), "screenSendFrame" => read_field(screen_send_frame),
    "screenSendResolutionActual" => read_field(screen_send_resolution_actual),
    "sendBitRate" => read_field(send_bit_rate), "timestamp" => read_field(timestamp) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserMetricDataResponseBodyMetricDataList { "audioPlayLevel" =>
    optional(audio_play_level), "audioRecLevel" => optional(audio_rec_level),
    "audioRecvBitRate" => optional(audio_recv_bit_rate), "audioSendBitRate" =>
    optional(audio_send_bit_rate), "cameraRecvBitRate" => optional(camera_recv_bit_rate),
    "cameraRecvFrame" => optional(camera_recv_frame), "cameraRecvResolutionActual" =>
    optional(camera_recv_resolution_actual), "cameraSendBitRate" =>
    optional(camera_send_bit_rate), "cameraSendFrame" => optional(camera_send_frame),
    "cameraSendResolutionActual" => optional(camera_send_resolution_actual), "lostRate"
    => optional(lost_rate), "recvBitRate" => optional(recv_bit_rate), "roundTripTime" =>
    optional(round_trip_time), "screenRecvBitRate" => optional(screen_recv_bit_rate),
    "screenRecvFrame" => optional(screen_recv_frame), "screenRecvResolutionActual" =>
    optional(screen_recv_resolution_actual), "screenSendBitRate" =>
    optional(screen_send_bit_rate), "screenSendFrame" => optional(screen_send_frame),
    "screenSendResolutionActual" => optional(screen_send_resolution_actual),
    "sendBitRate" => optional(send_bit_rate), "timestamp" => optional(timestamp) }
}
/// `OptRecordWhiteAccountRequestRequestBodySettingRangeList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OptRecordWhiteAccountRequestRequestBodySettingRangeList {
    /// `settingRangeId`.
    pub setting_range_id: String,
    /// `settingRangeType`.
    pub setting_range_type: i64,
}
/// The required fields of [`OptRecordWhiteAccountRequestRequestBodySettingRangeList`], each named where it is set: `OptRecordWhiteAccountRequestRequestBodySettingRangeList::new(OptRecordWhiteAccountRequestRequestBodySettingRangeListRequired { .. })`.
pub struct OptRecordWhiteAccountRequestRequestBodySettingRangeListRequired {
    /// `settingRangeId`: see [`OptRecordWhiteAccountRequestRequestBodySettingRangeList::setting_range_id`].
    pub setting_range_id: String,
    /// `settingRangeType`: see [`OptRecordWhiteAccountRequestRequestBodySettingRangeList::setting_range_type`].
    pub setting_range_type: i64,
}
impl OptRecordWhiteAccountRequestRequestBodySettingRangeList {
    /// A `OptRecordWhiteAccountRequestRequestBodySettingRangeList` with its required fields (`settingRangeId`, `settingRangeType`); set the others with the methods named after them.
    pub fn new(
        required: OptRecordWhiteAccountRequestRequestBodySettingRangeListRequired,
    ) -> Self {
        let OptRecordWhiteAccountRequestRequestBodySettingRangeListRequired {
            setting_range_id,
            setting_range_type,
        } = required;
        Self {
            setting_range_id,
            setting_range_type,
        }
    }
}
rt::impl_serialize! {
    OptRecordWhiteAccountRequestRequestBodySettingRangeList { "settingRangeId" =>
    field(setting_range_id), "settingRangeType" => field(setting_range_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OptRecordWhiteAccountRequestRequestBodySettingRangeList { "settingRangeId" =>
    read_field(setting_range_id), "settingRangeType" => read_field(setting_range_type) }
}
/// `QueryCloudRecordTextResponseBodyParagraphList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCloudRecordTextResponseBodyParagraphList { "endTime" => read_field(end_time),
    "nextTtoken" => read_field(next_ttoken), "nickName" => read_field(nick_name),
    "paragraph" => read_field(paragraph), "recordId" => read_field(record_id),
    "sentenceList" => read_field(sentence_list), "startTime" => read_field(start_time),
    "status" => read_field(status), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCloudRecordTextResponseBodyParagraphList { "endTime" => optional(end_time),
    "nextTtoken" => optional(next_ttoken), "nickName" => optional(nick_name), "paragraph"
    => optional(paragraph), "recordId" => optional(record_id), "sentenceList" =>
    optional(sentence_list), "startTime" => optional(start_time), "status" =>
    optional(status), "unionId" => optional(union_id) }
}
/// `QueryCloudRecordVideoResponseBodyVideoList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCloudRecordVideoResponseBodyVideoList { "duration" => read_field(duration),
    "endTime" => read_field(end_time), "fileSize" => read_field(file_size), "mediaId" =>
    read_field(media_id), "recordId" => read_field(record_id), "recordType" =>
    read_field(record_type), "regionId" => read_field(region_id), "startTime" =>
    read_field(start_time), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCloudRecordVideoResponseBodyVideoList { "duration" => optional(duration),
    "endTime" => optional(end_time), "fileSize" => optional(file_size), "mediaId" =>
    optional(media_id), "recordId" => optional(record_id), "recordType" =>
    optional(record_type), "regionId" => optional(region_id), "startTime" =>
    optional(start_time), "unionId" => optional(union_id) }
}
/// `QueryConferenceInfoResponseBodyConfInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryConferenceInfoResponseBodyConfInfo { "activeNum" => read_field(active_num),
    "attendNum" => read_field(attend_num), "bizType" => read_field(biz_type),
    "cloudRecordOwnerUnionId" => read_field(cloud_record_owner_union_id),
    "cloudRecordStatus" => read_field(cloud_record_status), "confDuration" =>
    read_field(conf_duration), "conferenceId" => read_field(conference_id), "creatorId"
    => read_field(creator_id), "creatorNick" => read_field(creator_nick), "endTime" =>
    read_field(end_time), "extensionAppSettings" => read_field(extension_app_settings),
    "externalLinkUrl" => read_field(external_link_url), "invitedNum" =>
    read_field(invited_num), "minutesOwnerUnionId" => read_field(minutes_owner_union_id),
    "minutesStatus" => read_field(minutes_status), "roomCode" => read_field(room_code),
    "scheduleConferenceId" => read_field(schedule_conference_id), "startTime" =>
    read_field(start_time), "status" => read_field(status), "title" => read_field(title)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConferenceInfoResponseBodyConfInfo { "activeNum" => optional(active_num),
    "attendNum" => optional(attend_num), "bizType" => optional(biz_type),
    "cloudRecordOwnerUnionId" => optional(cloud_record_owner_union_id),
    "cloudRecordStatus" => optional(cloud_record_status), "confDuration" =>
    optional(conf_duration), "conferenceId" => optional(conference_id), "creatorId" =>
    optional(creator_id), "creatorNick" => optional(creator_nick), "endTime" =>
    optional(end_time), "extensionAppSettings" => optional(extension_app_settings),
    "externalLinkUrl" => optional(external_link_url), "invitedNum" =>
    optional(invited_num), "minutesOwnerUnionId" => optional(minutes_owner_union_id),
    "minutesStatus" => optional(minutes_status), "roomCode" => optional(room_code),
    "scheduleConferenceId" => optional(schedule_conference_id), "startTime" =>
    optional(start_time), "status" => optional(status), "title" => optional(title) }
}
/// `QueryConferenceInfoBatchResponseBodyInfos`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryConferenceInfoBatchResponseBodyInfos { "conferenceId" =>
    read_field(conference_id), "mediaStatus" => read_field(media_status), "startTime" =>
    read_field(start_time), "status" => read_field(status), "title" => read_field(title),
    "userList" => read_field(user_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConferenceInfoBatchResponseBodyInfos { "conferenceId" =>
    optional(conference_id), "mediaStatus" => optional(media_status), "startTime" =>
    optional(start_time), "status" => optional(status), "title" => optional(title),
    "userList" => optional(user_list) }
}
/// `QueryConferenceInfoByRoomCodeResponseBodyConferenceList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryConferenceInfoByRoomCodeResponseBodyConferenceList { "bizType" =>
    read_field(biz_type), "confDuration" => read_field(conf_duration), "conferenceId" =>
    read_field(conference_id), "creatorId" => read_field(creator_id), "creatorNick" =>
    read_field(creator_nick), "endTime" => read_field(end_time), "externalLinkUrl" =>
    read_field(external_link_url), "roomCode" => read_field(room_code),
    "scheduleConferenceId" => read_field(schedule_conference_id), "startTime" =>
    read_field(start_time), "status" => read_field(status), "title" => read_field(title)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConferenceInfoByRoomCodeResponseBodyConferenceList { "bizType" =>
    optional(biz_type), "confDuration" => optional(conf_duration), "conferenceId" =>
    optional(conference_id), "creatorId" => optional(creator_id), "creatorNick" =>
    optional(creator_nick), "endTime" => optional(end_time), "externalLinkUrl" =>
    optional(external_link_url), "roomCode" => optional(room_code),
    "scheduleConferenceId" => optional(schedule_conference_id), "startTime" =>
    optional(start_time), "status" => optional(status), "title" => optional(title) }
}
/// `QueryConferenceMembersResponseBodyMemberModels`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryConferenceMembersResponseBodyMemberModels { "attendStatus" =>
    read_field(attend_status), "coHost" => read_field(co_host), "conferenceId" =>
    read_field(conference_id), "duration" => read_field(duration), "host" =>
    read_field(host), "jobNumber" => read_field(job_number), "joinTime" =>
    read_field(join_time), "leaveTime" => read_field(leave_time), "outerOrgMember" =>
    read_field(outer_org_member), "pstnJoin" => read_field(pstn_join), "unionId" =>
    read_field(union_id), "userNick" => read_field(user_nick) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConferenceMembersResponseBodyMemberModels { "attendStatus" =>
    optional(attend_status), "coHost" => optional(co_host), "conferenceId" =>
    optional(conference_id), "duration" => optional(duration), "host" => optional(host),
    "jobNumber" => optional(job_number), "joinTime" => optional(join_time), "leaveTime"
    => optional(leave_time), "outerOrgMember" => optional(outer_org_member), "pstnJoin"
    => optional(pstn_join), "unionId" => optional(union_id), "userNick" =>
    optional(user_nick) }
}
/// `QueryFlashMinutesSummaryResponseBodyFlashMinutesSummary`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryFlashMinutesSummaryResponseBodyFlashMinutesSummary {
    /// `status`.
    pub status: Option<i64>,
    /// `summary`.
    pub summary: Option<
        Vec<QueryFlashMinutesSummaryResponseBodyFlashMinutesSummarySummary>,
    >,
}
rt::impl_deserialize! {
    QueryFlashMinutesSummaryResponseBodyFlashMinutesSummary { "status" =>
    read_field(status), "summary" => read_field(summary) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryFlashMinutesSummaryResponseBodyFlashMinutesSummary { "status" =>
    optional(status), "summary" => optional(summary) }
}
/// `QueryMinutesAudioResponseBodyAudioList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryMinutesAudioResponseBodyAudioList { "duration" => read_field(duration),
    "endTime" => read_field(end_time), "fileSize" => read_field(file_size), "playUrl" =>
    read_field(play_url), "recordId" => read_field(record_id), "startTime" =>
    read_field(start_time), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesAudioResponseBodyAudioList { "duration" => optional(duration), "endTime"
    => optional(end_time), "fileSize" => optional(file_size), "playUrl" =>
    optional(play_url), "recordId" => optional(record_id), "startTime" =>
    optional(start_time), "unionId" => optional(union_id) }
}
/// `QueryMinutesSummaryResponseBodySummary`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryMinutesSummaryResponseBodySummary { "actions" => read_field(actions),
    "autoChapters" => read_field(auto_chapters), "conversationalSummary" =>
    read_field(conversational_summary), "keySentences" => read_field(key_sentences),
    "keywords" => read_field(keywords), "paragraphSummary" =>
    read_field(paragraph_summary), "questionsAnsweringSummary" =>
    read_field(questions_answering_summary) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesSummaryResponseBodySummary { "actions" => optional(actions),
    "autoChapters" => optional(auto_chapters), "conversationalSummary" =>
    optional(conversational_summary), "keySentences" => optional(key_sentences),
    "keywords" => optional(keywords), "paragraphSummary" => optional(paragraph_summary),
    "questionsAnsweringSummary" => optional(questions_answering_summary) }
}
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
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    QueryMinutesTextResponseBodyParagraphList { "endTime" => read_field(end_time),
    "nickName" => read_field(nick_name), "paragraph" => read_field(paragraph),
    "paragraphId" => read_field(paragraph_id), "recordId" => read_field(record_id),
    "sentenceList" => read_field(sentence_list), "startTime" => read_field(start_time),
    "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesTextResponseBodyParagraphList { "endTime" => optional(end_time),
    "nickName" => optional(nick_name), "paragraph" => optional(paragraph), "paragraphId"
    => optional(paragraph_id), "recordId" => optional(record_id), "sentenceList" =>
    optional(sentence_list), "startTime" => optional(start_time), "unionId" =>
    optional(union_id) }
}
/// `QueryOrgConferenceListResponseBodyOnGoingConfList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryOrgConferenceListResponseBodyOnGoingConfList { "bizType" =>
    read_field(biz_type), "conferenceId" => read_field(conference_id), "creatorId" =>
    read_field(creator_id), "creatorNick" => read_field(creator_nick), "endTime" =>
    read_field(end_time), "roomCode" => read_field(room_code), "startTime" =>
    read_field(start_time), "status" => read_field(status), "title" => read_field(title)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgConferenceListResponseBodyOnGoingConfList { "bizType" => optional(biz_type),
    "conferenceId" => optional(conference_id), "creatorId" => optional(creator_id),
    "creatorNick" => optional(creator_nick), "endTime" => optional(end_time), "roomCode"
    => optional(room_code), "startTime" => optional(start_time), "status" =>
    optional(status), "title" => optional(title) }
}
/// `QueryRecordMinutesUrlResponseBodyRecordMinutesUrls`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRecordMinutesUrlResponseBodyRecordMinutesUrls {
    /// `recordMinutesUrl`.
    pub record_minutes_url: Option<String>,
    /// `taskUuid`.
    pub task_uuid: Option<String>,
}
rt::impl_deserialize! {
    QueryRecordMinutesUrlResponseBodyRecordMinutesUrls { "recordMinutesUrl" =>
    read_field(record_minutes_url), "taskUuid" => read_field(task_uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRecordMinutesUrlResponseBodyRecordMinutesUrls { "recordMinutesUrl" =>
    optional(record_minutes_url), "taskUuid" => optional(task_uuid) }
}
/// `QueryScheduleConfSettingsResponseBodyScheduleConfSettingModel`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryScheduleConfSettingsResponseBodyScheduleConfSettingModel { "cohostUnionIds" =>
    read_field(cohost_union_ids), "confAllowedCorpId" =>
    read_field(conf_allowed_corp_id), "hostUnionId" => read_field(host_union_id),
    "lockRoom" => read_field(lock_room), "moziConfVirtualExtraSetting" =>
    read_field(mozi_conf_virtual_extra_setting), "muteOnJoin" =>
    read_field(mute_on_join), "screenShareForbidden" =>
    read_field(screen_share_forbidden) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryScheduleConfSettingsResponseBodyScheduleConfSettingModel { "cohostUnionIds" =>
    optional(cohost_union_ids), "confAllowedCorpId" => optional(conf_allowed_corp_id),
    "hostUnionId" => optional(host_union_id), "lockRoom" => optional(lock_room),
    "moziConfVirtualExtraSetting" => optional(mozi_conf_virtual_extra_setting),
    "muteOnJoin" => optional(mute_on_join), "screenShareForbidden" =>
    optional(screen_share_forbidden) }
}
/// `QueryScheduleConferenceInfoResponseBodyConferenceList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryScheduleConferenceInfoResponseBodyConferenceList { "conferenceId" =>
    read_field(conference_id), "endTime" => read_field(end_time), "roomCode" =>
    read_field(room_code), "startTime" => read_field(start_time), "status" =>
    read_field(status), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryScheduleConferenceInfoResponseBodyConferenceList { "conferenceId" =>
    optional(conference_id), "endTime" => optional(end_time), "roomCode" =>
    optional(room_code), "startTime" => optional(start_time), "status" =>
    optional(status), "title" => optional(title) }
}
/// `MemberModelMapValue`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    MemberModelMapValue { "unionId" => read_field(union_id), "conferenceId" =>
    read_field(conference_id), "userNick" => read_field(user_nick), "joinTime" =>
    read_field(join_time), "leaveTime" => read_field(leave_time), "duration" =>
    read_field(duration), "attendStatus" => read_field(attend_status), "host" =>
    read_field(host), "coHost" => read_field(co_host), "outerOrgMember" =>
    read_field(outer_org_member), "pstnJoin" => read_field(pstn_join), "deviceType" =>
    read_field(device_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    MemberModelMapValue { "unionId" => optional(union_id), "conferenceId" =>
    optional(conference_id), "userNick" => optional(user_nick), "joinTime" =>
    optional(join_time), "leaveTime" => optional(leave_time), "duration" =>
    optional(duration), "attendStatus" => optional(attend_status), "host" =>
    optional(host), "coHost" => optional(co_host), "outerOrgMember" =>
    optional(outer_org_member), "pstnJoin" => optional(pstn_join), "deviceType" =>
    optional(device_type) }
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
rt::impl_serialize! {
    UpdateScheduleConfSettingsRequestScheduleConfSettingModelAiAgentSummarySetting {
    "allowAllParticipantsStart" => optional(allow_all_participants_start),
    "enableAiAgentStatus" => optional(enable_ai_agent_status), "receiverType" =>
    optional(receiver_type), "restrictShareMinutesSummaryOnly" =>
    optional(restrict_share_minutes_summary_only), "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateScheduleConfSettingsRequestScheduleConfSettingModelAiAgentSummarySetting {
    "allowAllParticipantsStart" => read_field(allow_all_participants_start),
    "enableAiAgentStatus" => read_field(enable_ai_agent_status), "receiverType" =>
    read_field(receiver_type), "restrictShareMinutesSummaryOnly" =>
    read_field(restrict_share_minutes_summary_only), "value" => read_field(value) }
}
/// `UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfOpenRecordSetting`: the same model as [`CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting`].
pub type UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfOpenRecordSetting = CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfOpenRecordSetting;
/// `UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfVirtualExtraSetting`: the same model as [`CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting`].
pub type UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfVirtualExtraSetting = CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSetting;
/// `CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings`, a model several operations share: also named [`UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings`].
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
rt::impl_serialize! {
    CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings
    { "autoOpenMode" => optional(auto_open_mode), "coolAppCode" =>
    optional(cool_app_code), "extensionAppBizData" => optional(extension_app_biz_data) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings
    { "autoOpenMode" => read_field(auto_open_mode), "coolAppCode" =>
    read_field(cool_app_code), "extensionAppBizData" =>
    read_field(extension_app_biz_data) }
}
/// `QueryCloudRecordTextResponseBodyParagraphListSentenceList`, a model several operations share: also named [`QueryMinutesTextResponseBodyParagraphListSentenceList`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCloudRecordTextResponseBodyParagraphListSentenceList { "endTime" =>
    read_field(end_time), "sentence" => read_field(sentence), "startTime" =>
    read_field(start_time), "unionId" => read_field(union_id), "wordList" =>
    read_field(word_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCloudRecordTextResponseBodyParagraphListSentenceList { "endTime" =>
    optional(end_time), "sentence" => optional(sentence), "startTime" =>
    optional(start_time), "unionId" => optional(union_id), "wordList" =>
    optional(word_list) }
}
/// `QueryConferenceInfoResponseBodyConfInfoExtensionAppSettings`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryConferenceInfoResponseBodyConfInfoExtensionAppSettings { "appCode" =>
    read_field(app_code), "appId" => read_field(app_id), "autoOpenMode" =>
    read_field(auto_open_mode), "extensionAppBizData" =>
    read_field(extension_app_biz_data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConferenceInfoResponseBodyConfInfoExtensionAppSettings { "appCode" =>
    optional(app_code), "appId" => optional(app_id), "autoOpenMode" =>
    optional(auto_open_mode), "extensionAppBizData" => optional(extension_app_biz_data) }
}
/// `QueryConferenceInfoBatchResponseBodyInfosUserList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryConferenceInfoBatchResponseBodyInfosUserList { "attendStatus" =>
    read_field(attend_status), "cameraStatus" => read_field(camera_status), "micStatus"
    => read_field(mic_status), "nick" => read_field(nick), "rejectDescription" =>
    read_field(reject_description), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConferenceInfoBatchResponseBodyInfosUserList { "attendStatus" =>
    optional(attend_status), "cameraStatus" => optional(camera_status), "micStatus" =>
    optional(mic_status), "nick" => optional(nick), "rejectDescription" =>
    optional(reject_description), "userId" => optional(user_id) }
}
/// `QueryFlashMinutesSummaryResponseBodyFlashMinutesSummarySummary`, a model several operations share: also named [`QueryMinutesSummaryResponseBodySummaryAutoChapters`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryFlashMinutesSummaryResponseBodyFlashMinutesSummarySummary { "end" =>
    read_field(end), "headline" => read_field(headline), "id" => read_field(id), "start"
    => read_field(start), "summary" => read_field(summary) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryFlashMinutesSummaryResponseBodyFlashMinutesSummarySummary { "end" =>
    optional(end), "headline" => optional(headline), "id" => optional(id), "start" =>
    optional(start), "summary" => optional(summary) }
}
/// `QueryMinutesSummaryResponseBodySummaryActions`, a model several operations share: also named [`QueryMinutesSummaryResponseBodySummaryKeySentences`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryMinutesSummaryResponseBodySummaryActions { "end" => read_field(end), "id" =>
    read_field(id), "sentenceId" => read_field(sentence_id), "start" =>
    read_field(start), "text" => read_field(text) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesSummaryResponseBodySummaryActions { "end" => optional(end), "id" =>
    optional(id), "sentenceId" => optional(sentence_id), "start" => optional(start),
    "text" => optional(text) }
}
/// `QueryMinutesSummaryResponseBodySummaryAutoChapters`: the same model as [`QueryFlashMinutesSummaryResponseBodyFlashMinutesSummarySummary`].
pub type QueryMinutesSummaryResponseBodySummaryAutoChapters = QueryFlashMinutesSummaryResponseBodyFlashMinutesSummarySummary;
/// `QueryMinutesSummaryResponseBodySummaryConversationalSummary`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMinutesSummaryResponseBodySummaryConversationalSummary {
    /// `speakerId`.
    pub speaker_id: Option<String>,
    /// `speakerName`.
    pub speaker_name: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
}
rt::impl_deserialize! {
    QueryMinutesSummaryResponseBodySummaryConversationalSummary { "speakerId" =>
    read_field(speaker_id), "speakerName" => read_field(speaker_name), "summary" =>
    read_field(summary) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesSummaryResponseBodySummaryConversationalSummary { "speakerId" =>
    optional(speaker_id), "speakerName" => optional(speaker_name), "summary" =>
    optional(summary) }
}
/// `QueryMinutesSummaryResponseBodySummaryKeySentences`: the same model as [`QueryMinutesSummaryResponseBodySummaryActions`].
pub type QueryMinutesSummaryResponseBodySummaryKeySentences = QueryMinutesSummaryResponseBodySummaryActions;
/// `QueryMinutesSummaryResponseBodySummaryQuestionsAnsweringSummary`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryMinutesSummaryResponseBodySummaryQuestionsAnsweringSummary { "answer" =>
    read_field(answer), "question" => read_field(question), "sentenceIdsOfAnswer" =>
    read_field(sentence_ids_of_answer), "sentenceIdsOfQuestion" =>
    read_field(sentence_ids_of_question) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMinutesSummaryResponseBodySummaryQuestionsAnsweringSummary { "answer" =>
    optional(answer), "question" => optional(question), "sentenceIdsOfAnswer" =>
    optional(sentence_ids_of_answer), "sentenceIdsOfQuestion" =>
    optional(sentence_ids_of_question) }
}
/// `QueryMinutesTextResponseBodyParagraphListSentenceList`: the same model as [`QueryCloudRecordTextResponseBodyParagraphListSentenceList`].
pub type QueryMinutesTextResponseBodyParagraphListSentenceList = QueryCloudRecordTextResponseBodyParagraphListSentenceList;
/// `QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSetting`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSetting
    { "enableChat" => read_field(enable_chat), "enableWebAnonymousJoin" =>
    read_field(enable_web_anonymous_join), "joinBeforeHost" =>
    read_field(join_before_host), "lockMediaStatusMicMute" =>
    read_field(lock_media_status_mic_mute), "lockNick" => read_field(lock_nick),
    "moziConfExtensionAppSettings" => read_field(mozi_conf_extension_app_settings),
    "waitingRoom" => read_field(waiting_room) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSetting
    { "enableChat" => optional(enable_chat), "enableWebAnonymousJoin" =>
    optional(enable_web_anonymous_join), "joinBeforeHost" => optional(join_before_host),
    "lockMediaStatusMicMute" => optional(lock_media_status_mic_mute), "lockNick" =>
    optional(lock_nick), "moziConfExtensionAppSettings" =>
    optional(mozi_conf_extension_app_settings), "waitingRoom" => optional(waiting_room) }
}
/// `UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings`: the same model as [`CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings`].
pub type UpdateScheduleConfSettingsRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings = CreateScheduleConferenceRequestScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings;
/// `QueryCloudRecordTextResponseBodyParagraphListSentenceListWordList`, a model several operations share: also named [`QueryMinutesTextResponseBodyParagraphListSentenceListWordList`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCloudRecordTextResponseBodyParagraphListSentenceListWordList { "endTime" =>
    read_field(end_time), "startTime" => read_field(start_time), "word" =>
    read_field(word), "wordId" => read_field(word_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCloudRecordTextResponseBodyParagraphListSentenceListWordList { "endTime" =>
    optional(end_time), "startTime" => optional(start_time), "word" => optional(word),
    "wordId" => optional(word_id) }
}
/// `QueryMinutesTextResponseBodyParagraphListSentenceListWordList`: the same model as [`QueryCloudRecordTextResponseBodyParagraphListSentenceListWordList`].
pub type QueryMinutesTextResponseBodyParagraphListSentenceListWordList = QueryCloudRecordTextResponseBodyParagraphListSentenceListWordList;
/// `QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings
    { "autoOpenMode" => read_field(auto_open_mode), "clientId" => read_field(client_id),
    "coolAppCode" => read_field(cool_app_code), "extensionAppBizData" =>
    read_field(extension_app_biz_data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryScheduleConfSettingsResponseBodyScheduleConfSettingModelMoziConfVirtualExtraSettingMoziConfExtensionAppSettings
    { "autoOpenMode" => optional(auto_open_mode), "clientId" => optional(client_id),
    "coolAppCode" => optional(cool_app_code), "extensionAppBizData" =>
    optional(extension_app_biz_data) }
}
/// The request of [`Api::add_record_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddRecordPermissionRequest`], each named where it is set: `AddRecordPermissionRequest::new(AddRecordPermissionRequired { .. })`.
pub struct AddRecordPermissionRequired {
    /// `bizType`: see [`AddRecordPermissionRequest::biz_type`].
    pub biz_type: String,
    /// `ownerUnionId`: see [`AddRecordPermissionRequest::owner_union_id`].
    pub owner_union_id: String,
    /// `unionId`: see [`AddRecordPermissionRequest::union_id`].
    pub union_id: String,
}
impl AddRecordPermissionRequest {
    /// A `AddRecordPermissionRequest` with its required fields (`bizType`, `ownerUnionId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: AddRecordPermissionRequired) -> Self {
        let AddRecordPermissionRequired { biz_type, owner_union_id, union_id } = required;
        Self {
            biz_type,
            owner_union_id,
            role_sub_resource_ids: None,
            share_scope: None,
            union_id,
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
rt::impl_serialize! {
    AddRecordPermissionRequest { "bizType" => field(biz_type), "ownerUnionId" =>
    field(owner_union_id), "roleSubResourceIds" => optional(role_sub_resource_ids),
    "shareScope" => optional(share_scope), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddRecordPermissionRequest { "bizType" => read_field(biz_type), "ownerUnionId" =>
    read_field(owner_union_id), "roleSubResourceIds" =>
    read_field(role_sub_resource_ids), "shareScope" => read_field(share_scope), "unionId"
    => read_field(union_id) }
}
impl rt::WriteRequest for AddRecordPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::cancel_schedule_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CancelScheduleConferenceRequest {
    /// `creatorUnionId`.
    pub creator_union_id: String,
    /// `scheduleConferenceId`.
    pub schedule_conference_id: String,
}
/// The required fields of [`CancelScheduleConferenceRequest`], each named where it is set: `CancelScheduleConferenceRequest::new(CancelScheduleConferenceRequired { .. })`.
pub struct CancelScheduleConferenceRequired {
    /// `creatorUnionId`: see [`CancelScheduleConferenceRequest::creator_union_id`].
    pub creator_union_id: String,
    /// `scheduleConferenceId`: see [`CancelScheduleConferenceRequest::schedule_conference_id`].
    pub schedule_conference_id: String,
}
impl CancelScheduleConferenceRequest {
    /// A `CancelScheduleConferenceRequest` with its required fields (`creatorUnionId`, `scheduleConferenceId`); set the others with the methods named after them.
    pub fn new(required: CancelScheduleConferenceRequired) -> Self {
        let CancelScheduleConferenceRequired {
            creator_union_id,
            schedule_conference_id,
        } = required;
        Self {
            creator_union_id,
            schedule_conference_id,
        }
    }
}
rt::impl_serialize! {
    CancelScheduleConferenceRequest { "creatorUnionId" => field(creator_union_id),
    "scheduleConferenceId" => field(schedule_conference_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CancelScheduleConferenceRequest { "creatorUnionId" => read_field(creator_union_id),
    "scheduleConferenceId" => read_field(schedule_conference_id) }
}
impl rt::WriteRequest for CancelScheduleConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::close_video_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CloseVideoConferenceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`CloseVideoConferenceRequest`], each named where it is set: `CloseVideoConferenceRequest::new(CloseVideoConferenceRequired { .. })`.
pub struct CloseVideoConferenceRequired {
    /// `unionId`: see [`CloseVideoConferenceRequest::union_id`].
    pub union_id: String,
}
impl CloseVideoConferenceRequest {
    /// A `CloseVideoConferenceRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: CloseVideoConferenceRequired) -> Self {
        let CloseVideoConferenceRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CloseVideoConferenceRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for CloseVideoConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::cohosts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CohostsRequest {
    /// `action`.
    pub action: String,
    /// `userList`.
    pub user_list: Vec<CohostsRequestUserList>,
}
/// The required fields of [`CohostsRequest`], each named where it is set: `CohostsRequest::new(CohostsRequired { .. })`.
pub struct CohostsRequired {
    /// `action`: see [`CohostsRequest::action`].
    pub action: String,
    /// `userList`: see [`CohostsRequest::user_list`].
    pub user_list: Vec<CohostsRequestUserList>,
}
impl CohostsRequest {
    /// A `CohostsRequest` with its required fields (`action`, `userList`); set the others with the methods named after them.
    pub fn new(required: CohostsRequired) -> Self {
        let CohostsRequired { action, user_list } = required;
        Self { action, user_list }
    }
}
rt::impl_serialize! {
    CohostsRequest { "action" => field(action), "userList" => field(user_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CohostsRequest { "action" => read_field(action), "userList" => read_field(user_list)
    }
}
impl rt::WriteRequest for CohostsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_auto_login_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateAutoLoginUrlRequest {
    /// `meetingUrl`.
    pub meeting_url: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`CreateAutoLoginUrlRequest`], each named where it is set: `CreateAutoLoginUrlRequest::new(CreateAutoLoginUrlRequired { .. })`.
pub struct CreateAutoLoginUrlRequired {
    /// `meetingUrl`: see [`CreateAutoLoginUrlRequest::meeting_url`].
    pub meeting_url: String,
    /// `unionId`: see [`CreateAutoLoginUrlRequest::union_id`].
    pub union_id: String,
}
impl CreateAutoLoginUrlRequest {
    /// A `CreateAutoLoginUrlRequest` with its required fields (`meetingUrl`, `unionId`); set the others with the methods named after them.
    pub fn new(required: CreateAutoLoginUrlRequired) -> Self {
        let CreateAutoLoginUrlRequired { meeting_url, union_id } = required;
        Self { meeting_url, union_id }
    }
}
rt::impl_serialize! {
    CreateAutoLoginUrlRequest { "meetingUrl" => field(meeting_url), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAutoLoginUrlRequest { "meetingUrl" => read_field(meeting_url), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for CreateAutoLoginUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_custom_short_link`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateCustomShortLinkRequest`], each named where it is set: `CreateCustomShortLinkRequest::new(CreateCustomShortLinkRequired { .. })`.
pub struct CreateCustomShortLinkRequired {
    /// `coolAppCode`: see [`CreateCustomShortLinkRequest::cool_app_code`].
    pub cool_app_code: String,
    /// `creatorUnionId`: see [`CreateCustomShortLinkRequest::creator_union_id`].
    pub creator_union_id: String,
    /// `scheduleConferenceId`: see [`CreateCustomShortLinkRequest::schedule_conference_id`].
    pub schedule_conference_id: String,
}
impl CreateCustomShortLinkRequest {
    /// A `CreateCustomShortLinkRequest` with its required fields (`coolAppCode`, `creatorUnionId`, `scheduleConferenceId`); set the others with the methods named after them.
    pub fn new(required: CreateCustomShortLinkRequired) -> Self {
        let CreateCustomShortLinkRequired {
            cool_app_code,
            creator_union_id,
            schedule_conference_id,
        } = required;
        Self {
            cool_app_code,
            creator_union_id,
            extension_app_biz_data: None,
            schedule_conference_id,
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
rt::impl_serialize! {
    CreateCustomShortLinkRequest { "coolAppCode" => field(cool_app_code),
    "creatorUnionId" => field(creator_union_id), "extensionAppBizData" =>
    optional(extension_app_biz_data), "scheduleConferenceId" =>
    field(schedule_conference_id), "useExtensionApp" => optional(use_extension_app) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCustomShortLinkRequest { "coolAppCode" => read_field(cool_app_code),
    "creatorUnionId" => read_field(creator_union_id), "extensionAppBizData" =>
    read_field(extension_app_biz_data), "scheduleConferenceId" =>
    read_field(schedule_conference_id), "useExtensionApp" =>
    read_field(use_extension_app) }
}
impl rt::WriteRequest for CreateCustomShortLinkRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_schedule_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateScheduleConferenceRequest`], each named where it is set: `CreateScheduleConferenceRequest::new(CreateScheduleConferenceRequired { .. })`.
pub struct CreateScheduleConferenceRequired {
    /// `creatorUnionId`: see [`CreateScheduleConferenceRequest::creator_union_id`].
    pub creator_union_id: String,
    /// `endTime`: see [`CreateScheduleConferenceRequest::end_time`].
    pub end_time: i64,
    /// `startTime`: see [`CreateScheduleConferenceRequest::start_time`].
    pub start_time: i64,
    /// `title`: see [`CreateScheduleConferenceRequest::title`].
    pub title: String,
}
impl CreateScheduleConferenceRequest {
    /// A `CreateScheduleConferenceRequest` with its required fields (`creatorUnionId`, `endTime`, `startTime`, `title`); set the others with the methods named after them.
    pub fn new(required: CreateScheduleConferenceRequired) -> Self {
        let CreateScheduleConferenceRequired {
            creator_union_id,
            end_time,
            start_time,
            title,
        } = required;
        Self {
            creator_union_id,
            end_time,
            schedule_conf_setting_model: None,
            start_time,
            title,
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
rt::impl_serialize! {
    CreateScheduleConferenceRequest { "creatorUnionId" => field(creator_union_id),
    "endTime" => field(end_time), "scheduleConfSettingModel" =>
    optional(schedule_conf_setting_model), "startTime" => field(start_time), "title" =>
    field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateScheduleConferenceRequest { "creatorUnionId" => read_field(creator_union_id),
    "endTime" => read_field(end_time), "scheduleConfSettingModel" =>
    read_field(schedule_conf_setting_model), "startTime" => read_field(start_time),
    "title" => read_field(title) }
}
impl rt::WriteRequest for CreateScheduleConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_video_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateVideoConferenceRequest`], each named where it is set: `CreateVideoConferenceRequest::new(CreateVideoConferenceRequired { .. })`.
pub struct CreateVideoConferenceRequired {
    /// `confTitle`: see [`CreateVideoConferenceRequest::conf_title`].
    pub conf_title: String,
    /// `userId`: see [`CreateVideoConferenceRequest::user_id`].
    pub user_id: String,
}
impl CreateVideoConferenceRequest {
    /// A `CreateVideoConferenceRequest` with its required fields (`confTitle`, `userId`); set the others with the methods named after them.
    pub fn new(required: CreateVideoConferenceRequired) -> Self {
        let CreateVideoConferenceRequired { conf_title, user_id } = required;
        Self {
            conf_title,
            invite_caller: None,
            invite_user_ids: None,
            user_id,
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
rt::impl_serialize! {
    CreateVideoConferenceRequest { "confTitle" => field(conf_title), "inviteCaller" =>
    optional(invite_caller), "inviteUserIds" => optional(invite_user_ids), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateVideoConferenceRequest { "confTitle" => read_field(conf_title), "inviteCaller"
    => read_field(invite_caller), "inviteUserIds" => read_field(invite_user_ids),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CreateVideoConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::focus`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FocusRequest {
    /// `action`.
    pub action: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`FocusRequest`], each named where it is set: `FocusRequest::new(FocusRequired { .. })`.
pub struct FocusRequired {
    /// `action`: see [`FocusRequest::action`].
    pub action: String,
    /// `unionId`: see [`FocusRequest::union_id`].
    pub union_id: String,
}
impl FocusRequest {
    /// A `FocusRequest` with its required fields (`action`, `unionId`); set the others with the methods named after them.
    pub fn new(required: FocusRequired) -> Self {
        let FocusRequired { action, union_id } = required;
        Self { action, union_id }
    }
}
rt::impl_serialize! {
    FocusRequest { "action" => field(action), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FocusRequest { "action" => read_field(action), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for FocusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::generate_flash_minutes_document_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GenerateFlashMinutesDocumentUrlRequest {
    /// `bizType`: a query parameter.
    pub biz_type: String,
    /// `expireTime`: a query parameter.
    pub expire_time: Option<i64>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GenerateFlashMinutesDocumentUrlRequest`], each named where it is set: `GenerateFlashMinutesDocumentUrlRequest::new(GenerateFlashMinutesDocumentUrlRequired { .. })`.
pub struct GenerateFlashMinutesDocumentUrlRequired {
    /// `bizType`: see [`GenerateFlashMinutesDocumentUrlRequest::biz_type`].
    pub biz_type: String,
    /// `unionId`: see [`GenerateFlashMinutesDocumentUrlRequest::union_id`].
    pub union_id: String,
}
impl GenerateFlashMinutesDocumentUrlRequest {
    /// A `GenerateFlashMinutesDocumentUrlRequest` with its required fields (`bizType`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GenerateFlashMinutesDocumentUrlRequired) -> Self {
        let GenerateFlashMinutesDocumentUrlRequired { biz_type, union_id } = required;
        Self {
            biz_type,
            expire_time: None,
            union_id,
        }
    }
    /// Sets `expireTime`.
    pub fn expire_time(mut self, value: i64) -> Self {
        self.expire_time = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GenerateFlashMinutesDocumentUrlRequest { "bizType" => read_field(biz_type),
    "expireTime" => read_field(expire_time), "unionId" => read_field(union_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetConfDataByConferenceIdRequest {
    /// `realData`: a query parameter.
    pub real_data: bool,
}
/// The required fields of [`GetConfDataByConferenceIdRequest`], each named where it is set: `GetConfDataByConferenceIdRequest::new(GetConfDataByConferenceIdRequired { .. })`.
pub struct GetConfDataByConferenceIdRequired {
    /// `realData`: see [`GetConfDataByConferenceIdRequest::real_data`].
    pub real_data: bool,
}
impl GetConfDataByConferenceIdRequest {
    /// A `GetConfDataByConferenceIdRequest` with its required fields (`realData`); set the others with the methods named after them.
    pub fn new(required: GetConfDataByConferenceIdRequired) -> Self {
        let GetConfDataByConferenceIdRequired { real_data } = required;
        Self { real_data }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetConfDataByConferenceIdRequest { "realData" => read_field(real_data) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetConfDetailDataRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "nick" => read_field(nick) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetHistoryConfDataListRequest`], each named where it is set: `GetHistoryConfDataListRequest::new(GetHistoryConfDataListRequired { .. })`.
pub struct GetHistoryConfDataListRequired {
    /// `endTime`: see [`GetHistoryConfDataListRequest::end_time`].
    pub end_time: i64,
    /// `realData`: see [`GetHistoryConfDataListRequest::real_data`].
    pub real_data: bool,
    /// `startTime`: see [`GetHistoryConfDataListRequest::start_time`].
    pub start_time: i64,
}
impl GetHistoryConfDataListRequest {
    /// A `GetHistoryConfDataListRequest` with its required fields (`endTime`, `realData`, `startTime`); set the others with the methods named after them.
    pub fn new(required: GetHistoryConfDataListRequired) -> Self {
        let GetHistoryConfDataListRequired { end_time, real_data, start_time } = required;
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetHistoryConfDataListRequest { "creatorNike" => read_field(creator_nike), "endTime"
    => read_field(end_time), "freeType" => read_field(free_type), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "realData" =>
    read_field(real_data), "scene" => read_field(scene), "startTime" =>
    read_field(start_time), "title" => read_field(title) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserLastMetricRequest {
    /// `unionIdList`.
    pub union_id_list: Vec<String>,
}
/// The required fields of [`GetUserLastMetricRequest`], each named where it is set: `GetUserLastMetricRequest::new(GetUserLastMetricRequired { .. })`.
pub struct GetUserLastMetricRequired {
    /// `unionIdList`: see [`GetUserLastMetricRequest::union_id_list`].
    pub union_id_list: Vec<String>,
}
impl GetUserLastMetricRequest {
    /// A `GetUserLastMetricRequest` with its required fields (`unionIdList`); set the others with the methods named after them.
    pub fn new(required: GetUserLastMetricRequired) -> Self {
        let GetUserLastMetricRequired { union_id_list } = required;
        Self { union_id_list }
    }
}
rt::impl_serialize! {
    GetUserLastMetricRequest { "unionIdList" => field(union_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserLastMetricRequest { "unionIdList" => read_field(union_id_list) }
}
impl rt::WriteRequest for GetUserLastMetricRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_metric_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserMetricDataRequest {
    /// `beginTime`: a query parameter.
    pub begin_time: i64,
    /// `endTime`: a query parameter.
    pub end_time: i64,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetUserMetricDataRequest`], each named where it is set: `GetUserMetricDataRequest::new(GetUserMetricDataRequired { .. })`.
pub struct GetUserMetricDataRequired {
    /// `beginTime`: see [`GetUserMetricDataRequest::begin_time`].
    pub begin_time: i64,
    /// `endTime`: see [`GetUserMetricDataRequest::end_time`].
    pub end_time: i64,
    /// `unionId`: see [`GetUserMetricDataRequest::union_id`].
    pub union_id: String,
}
impl GetUserMetricDataRequest {
    /// A `GetUserMetricDataRequest` with its required fields (`beginTime`, `endTime`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GetUserMetricDataRequired) -> Self {
        let GetUserMetricDataRequired { begin_time, end_time, union_id } = required;
        Self {
            begin_time,
            end_time,
            union_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserMetricDataRequest { "beginTime" => read_field(begin_time), "endTime" =>
    read_field(end_time), "unionId" => read_field(union_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InviteMcuRequest {
    /// `mcuRoomCode`.
    pub mcu_room_code: String,
    /// `roomCode`.
    pub room_code: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`InviteMcuRequest`], each named where it is set: `InviteMcuRequest::new(InviteMcuRequired { .. })`.
pub struct InviteMcuRequired {
    /// `mcuRoomCode`: see [`InviteMcuRequest::mcu_room_code`].
    pub mcu_room_code: String,
    /// `roomCode`: see [`InviteMcuRequest::room_code`].
    pub room_code: String,
    /// `unionId`: see [`InviteMcuRequest::union_id`].
    pub union_id: String,
}
impl InviteMcuRequest {
    /// A `InviteMcuRequest` with its required fields (`mcuRoomCode`, `roomCode`, `unionId`); set the others with the methods named after them.
    pub fn new(required: InviteMcuRequired) -> Self {
        let InviteMcuRequired { mcu_room_code, room_code, union_id } = required;
        Self {
            mcu_room_code,
            room_code,
            union_id,
        }
    }
}
rt::impl_serialize! {
    InviteMcuRequest { "mcuRoomCode" => field(mcu_room_code), "roomCode" =>
    field(room_code), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InviteMcuRequest { "mcuRoomCode" => read_field(mcu_room_code), "roomCode" =>
    read_field(room_code), "unionId" => read_field(union_id) }
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
rt::impl_serialize! {
    InviteUsersRequest { "inviteeList" => optional(invitee_list), "phoneInviteeList" =>
    optional(phone_invitee_list), "unionId" => optional(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InviteUsersRequest { "inviteeList" => read_field(invitee_list), "phoneInviteeList" =>
    read_field(phone_invitee_list), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for InviteUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::kick_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct KickMembersRequest {
    /// `forbiddenRejoin`.
    pub forbidden_rejoin: Option<bool>,
    /// `userList`.
    pub user_list: Vec<KickMembersRequestUserList>,
}
/// The required fields of [`KickMembersRequest`], each named where it is set: `KickMembersRequest::new(KickMembersRequired { .. })`.
pub struct KickMembersRequired {
    /// `userList`: see [`KickMembersRequest::user_list`].
    pub user_list: Vec<KickMembersRequestUserList>,
}
impl KickMembersRequest {
    /// A `KickMembersRequest` with its required fields (`userList`); set the others with the methods named after them.
    pub fn new(required: KickMembersRequired) -> Self {
        let KickMembersRequired { user_list } = required;
        Self {
            forbidden_rejoin: None,
            user_list,
        }
    }
    /// Sets `forbiddenRejoin`.
    pub fn forbidden_rejoin(mut self, value: bool) -> Self {
        self.forbidden_rejoin = Some(value);
        self
    }
}
rt::impl_serialize! {
    KickMembersRequest { "forbiddenRejoin" => optional(forbidden_rejoin), "userList" =>
    field(user_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    KickMembersRequest { "forbiddenRejoin" => read_field(forbidden_rejoin), "userList" =>
    read_field(user_list) }
}
impl rt::WriteRequest for KickMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::lock_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct LockConferenceRequest {
    /// `action`.
    pub action: String,
}
/// The required fields of [`LockConferenceRequest`], each named where it is set: `LockConferenceRequest::new(LockConferenceRequired { .. })`.
pub struct LockConferenceRequired {
    /// `action`: see [`LockConferenceRequest::action`].
    pub action: String,
}
impl LockConferenceRequest {
    /// A `LockConferenceRequest` with its required fields (`action`); set the others with the methods named after them.
    pub fn new(required: LockConferenceRequired) -> Self {
        let LockConferenceRequired { action } = required;
        Self { action }
    }
}
rt::impl_serialize! {
    LockConferenceRequest { "action" => field(action) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LockConferenceRequest { "action" => read_field(action) }
}
impl rt::WriteRequest for LockConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::mute_all`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MuteAllRequest {
    /// `action`.
    pub action: String,
    /// `forceMute`.
    pub force_mute: Option<bool>,
}
/// The required fields of [`MuteAllRequest`], each named where it is set: `MuteAllRequest::new(MuteAllRequired { .. })`.
pub struct MuteAllRequired {
    /// `action`: see [`MuteAllRequest::action`].
    pub action: String,
}
impl MuteAllRequest {
    /// A `MuteAllRequest` with its required fields (`action`); set the others with the methods named after them.
    pub fn new(required: MuteAllRequired) -> Self {
        let MuteAllRequired { action } = required;
        Self { action, force_mute: None }
    }
    /// Sets `forceMute`.
    pub fn force_mute(mut self, value: bool) -> Self {
        self.force_mute = Some(value);
        self
    }
}
rt::impl_serialize! {
    MuteAllRequest { "action" => field(action), "forceMute" => optional(force_mute) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MuteAllRequest { "action" => read_field(action), "forceMute" =>
    read_field(force_mute) }
}
impl rt::WriteRequest for MuteAllRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::mute_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MuteMembersRequest {
    /// `action`.
    pub action: String,
    /// `userList`.
    pub user_list: Vec<MuteMembersRequestUserList>,
}
/// The required fields of [`MuteMembersRequest`], each named where it is set: `MuteMembersRequest::new(MuteMembersRequired { .. })`.
pub struct MuteMembersRequired {
    /// `action`: see [`MuteMembersRequest::action`].
    pub action: String,
    /// `userList`: see [`MuteMembersRequest::user_list`].
    pub user_list: Vec<MuteMembersRequestUserList>,
}
impl MuteMembersRequest {
    /// A `MuteMembersRequest` with its required fields (`action`, `userList`); set the others with the methods named after them.
    pub fn new(required: MuteMembersRequired) -> Self {
        let MuteMembersRequired { action, user_list } = required;
        Self { action, user_list }
    }
}
rt::impl_serialize! {
    MuteMembersRequest { "action" => field(action), "userList" => field(user_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MuteMembersRequest { "action" => read_field(action), "userList" =>
    read_field(user_list) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OptRecordWhiteAccountRequest { "requestBody" => read_field(request_body) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCloudRecordTextRequest { "direction" => read_field(direction), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "startTime" =>
    read_field(start_time), "unionId" => read_field(union_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCloudRecordVideoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryCloudRecordVideoRequest`], each named where it is set: `QueryCloudRecordVideoRequest::new(QueryCloudRecordVideoRequired { .. })`.
pub struct QueryCloudRecordVideoRequired {
    /// `unionId`: see [`QueryCloudRecordVideoRequest::union_id`].
    pub union_id: String,
}
impl QueryCloudRecordVideoRequest {
    /// A `QueryCloudRecordVideoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryCloudRecordVideoRequired) -> Self {
        let QueryCloudRecordVideoRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCloudRecordVideoRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryCloudRecordVideoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_cloud_record_video_play_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCloudRecordVideoPlayInfoRequest {
    /// `mediaId`: a query parameter.
    pub media_id: String,
    /// `regionId`: a query parameter.
    pub region_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryCloudRecordVideoPlayInfoRequest`], each named where it is set: `QueryCloudRecordVideoPlayInfoRequest::new(QueryCloudRecordVideoPlayInfoRequired { .. })`.
pub struct QueryCloudRecordVideoPlayInfoRequired {
    /// `mediaId`: see [`QueryCloudRecordVideoPlayInfoRequest::media_id`].
    pub media_id: String,
    /// `regionId`: see [`QueryCloudRecordVideoPlayInfoRequest::region_id`].
    pub region_id: String,
    /// `unionId`: see [`QueryCloudRecordVideoPlayInfoRequest::union_id`].
    pub union_id: String,
}
impl QueryCloudRecordVideoPlayInfoRequest {
    /// A `QueryCloudRecordVideoPlayInfoRequest` with its required fields (`mediaId`, `regionId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryCloudRecordVideoPlayInfoRequired) -> Self {
        let QueryCloudRecordVideoPlayInfoRequired { media_id, region_id, union_id } = required;
        Self {
            media_id,
            region_id,
            union_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCloudRecordVideoPlayInfoRequest { "mediaId" => read_field(media_id), "regionId"
    => read_field(region_id), "unionId" => read_field(union_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryConferenceInfoBatchRequest {
    /// `conferenceIdList`.
    pub conference_id_list: Vec<String>,
}
/// The required fields of [`QueryConferenceInfoBatchRequest`], each named where it is set: `QueryConferenceInfoBatchRequest::new(QueryConferenceInfoBatchRequired { .. })`.
pub struct QueryConferenceInfoBatchRequired {
    /// `conferenceIdList`: see [`QueryConferenceInfoBatchRequest::conference_id_list`].
    pub conference_id_list: Vec<String>,
}
impl QueryConferenceInfoBatchRequest {
    /// A `QueryConferenceInfoBatchRequest` with its required fields (`conferenceIdList`); set the others with the methods named after them.
    pub fn new(required: QueryConferenceInfoBatchRequired) -> Self {
        let QueryConferenceInfoBatchRequired { conference_id_list } = required;
        Self { conference_id_list }
    }
}
rt::impl_serialize! {
    QueryConferenceInfoBatchRequest { "conferenceIdList" => field(conference_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryConferenceInfoBatchRequest { "conferenceIdList" =>
    read_field(conference_id_list) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryConferenceInfoByRoomCodeRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryConferenceMembersRequest { "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token) }
}
impl rt::WriteRequest for QueryConferenceMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_flash_minutes_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryFlashMinutesSummaryRequest {
    /// `bizType`: a query parameter.
    pub biz_type: String,
    /// `recorderUnionId`: a query parameter.
    pub recorder_union_id: String,
}
/// The required fields of [`QueryFlashMinutesSummaryRequest`], each named where it is set: `QueryFlashMinutesSummaryRequest::new(QueryFlashMinutesSummaryRequired { .. })`.
pub struct QueryFlashMinutesSummaryRequired {
    /// `bizType`: see [`QueryFlashMinutesSummaryRequest::biz_type`].
    pub biz_type: String,
    /// `recorderUnionId`: see [`QueryFlashMinutesSummaryRequest::recorder_union_id`].
    pub recorder_union_id: String,
}
impl QueryFlashMinutesSummaryRequest {
    /// A `QueryFlashMinutesSummaryRequest` with its required fields (`bizType`, `recorderUnionId`); set the others with the methods named after them.
    pub fn new(required: QueryFlashMinutesSummaryRequired) -> Self {
        let QueryFlashMinutesSummaryRequired { biz_type, recorder_union_id } = required;
        Self {
            biz_type,
            recorder_union_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryFlashMinutesSummaryRequest { "bizType" => read_field(biz_type),
    "recorderUnionId" => read_field(recorder_union_id) }
}
impl rt::WriteRequest for QueryFlashMinutesSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizType", &self.biz_type);
        writer.query("recorderUnionId", &self.recorder_union_id);
    }
}
/// The request of [`Api::query_minutes_audio`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesAudioRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryMinutesAudioRequest`], each named where it is set: `QueryMinutesAudioRequest::new(QueryMinutesAudioRequired { .. })`.
pub struct QueryMinutesAudioRequired {
    /// `unionId`: see [`QueryMinutesAudioRequest::union_id`].
    pub union_id: String,
}
impl QueryMinutesAudioRequest {
    /// A `QueryMinutesAudioRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMinutesAudioRequired) -> Self {
        let QueryMinutesAudioRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMinutesAudioRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryMinutesAudioRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_meeting_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesMeetingResultRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryMinutesMeetingResultRequest`], each named where it is set: `QueryMinutesMeetingResultRequest::new(QueryMinutesMeetingResultRequired { .. })`.
pub struct QueryMinutesMeetingResultRequired {
    /// `unionId`: see [`QueryMinutesMeetingResultRequest::union_id`].
    pub union_id: String,
}
impl QueryMinutesMeetingResultRequest {
    /// A `QueryMinutesMeetingResultRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMinutesMeetingResultRequired) -> Self {
        let QueryMinutesMeetingResultRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMinutesMeetingResultRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryMinutesMeetingResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_minutes_summary`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMinutesSummaryRequest {
    /// `summaryTypeList`.
    pub summary_type_list: Option<Vec<String>>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`QueryMinutesSummaryRequest`], each named where it is set: `QueryMinutesSummaryRequest::new(QueryMinutesSummaryRequired { .. })`.
pub struct QueryMinutesSummaryRequired {
    /// `unionId`: see [`QueryMinutesSummaryRequest::union_id`].
    pub union_id: String,
}
impl QueryMinutesSummaryRequest {
    /// A `QueryMinutesSummaryRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMinutesSummaryRequired) -> Self {
        let QueryMinutesSummaryRequired { union_id } = required;
        Self {
            summary_type_list: None,
            union_id,
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
rt::impl_serialize! {
    QueryMinutesSummaryRequest { "summaryTypeList" => optional(summary_type_list),
    "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMinutesSummaryRequest { "summaryTypeList" => read_field(summary_type_list),
    "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryMinutesSummaryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_minutes_text`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryMinutesTextRequest`], each named where it is set: `QueryMinutesTextRequest::new(QueryMinutesTextRequired { .. })`.
pub struct QueryMinutesTextRequired {
    /// `direction`: see [`QueryMinutesTextRequest::direction`].
    pub direction: String,
}
impl QueryMinutesTextRequest {
    /// A `QueryMinutesTextRequest` with its required fields (`direction`); set the others with the methods named after them.
    pub fn new(required: QueryMinutesTextRequired) -> Self {
        let QueryMinutesTextRequired { direction } = required;
        Self {
            direction,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryOrgConferenceListRequest { "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token) }
}
impl rt::WriteRequest for QueryOrgConferenceListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_record_minutes_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryRecordMinutesUrlRequest {
    /// `bizType`: a query parameter.
    pub biz_type: String,
    /// `recorderUnionId`: a query parameter.
    pub recorder_union_id: String,
}
/// The required fields of [`QueryRecordMinutesUrlRequest`], each named where it is set: `QueryRecordMinutesUrlRequest::new(QueryRecordMinutesUrlRequired { .. })`.
pub struct QueryRecordMinutesUrlRequired {
    /// `bizType`: see [`QueryRecordMinutesUrlRequest::biz_type`].
    pub biz_type: String,
    /// `recorderUnionId`: see [`QueryRecordMinutesUrlRequest::recorder_union_id`].
    pub recorder_union_id: String,
}
impl QueryRecordMinutesUrlRequest {
    /// A `QueryRecordMinutesUrlRequest` with its required fields (`bizType`, `recorderUnionId`); set the others with the methods named after them.
    pub fn new(required: QueryRecordMinutesUrlRequired) -> Self {
        let QueryRecordMinutesUrlRequired { biz_type, recorder_union_id } = required;
        Self {
            biz_type,
            recorder_union_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryRecordMinutesUrlRequest { "bizType" => read_field(biz_type), "recorderUnionId"
    => read_field(recorder_union_id) }
}
impl rt::WriteRequest for QueryRecordMinutesUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizType", &self.biz_type);
        writer.query("recorderUnionId", &self.recorder_union_id);
    }
}
/// The request of [`Api::query_schedule_conf_settings`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryScheduleConfSettingsRequest {
    /// `scheduleConferenceId`: a query parameter.
    pub schedule_conference_id: String,
}
/// The required fields of [`QueryScheduleConfSettingsRequest`], each named where it is set: `QueryScheduleConfSettingsRequest::new(QueryScheduleConfSettingsRequired { .. })`.
pub struct QueryScheduleConfSettingsRequired {
    /// `scheduleConferenceId`: see [`QueryScheduleConfSettingsRequest::schedule_conference_id`].
    pub schedule_conference_id: String,
}
impl QueryScheduleConfSettingsRequest {
    /// A `QueryScheduleConfSettingsRequest` with its required fields (`scheduleConferenceId`); set the others with the methods named after them.
    pub fn new(required: QueryScheduleConfSettingsRequired) -> Self {
        let QueryScheduleConfSettingsRequired { schedule_conference_id } = required;
        Self { schedule_conference_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryScheduleConfSettingsRequest { "scheduleConferenceId" =>
    read_field(schedule_conference_id) }
}
impl rt::WriteRequest for QueryScheduleConfSettingsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("scheduleConferenceId", &self.schedule_conference_id);
    }
}
/// The request of [`Api::query_schedule_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryScheduleConferenceRequest {
    /// `requestUnionId`: a query parameter.
    pub request_union_id: String,
}
/// The required fields of [`QueryScheduleConferenceRequest`], each named where it is set: `QueryScheduleConferenceRequest::new(QueryScheduleConferenceRequired { .. })`.
pub struct QueryScheduleConferenceRequired {
    /// `requestUnionId`: see [`QueryScheduleConferenceRequest::request_union_id`].
    pub request_union_id: String,
}
impl QueryScheduleConferenceRequest {
    /// A `QueryScheduleConferenceRequest` with its required fields (`requestUnionId`); set the others with the methods named after them.
    pub fn new(required: QueryScheduleConferenceRequired) -> Self {
        let QueryScheduleConferenceRequired { request_union_id } = required;
        Self { request_union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryScheduleConferenceRequest { "requestUnionId" => read_field(request_union_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryScheduleConferenceInfoRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for QueryScheduleConferenceInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_user_on_going_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUserOnGoingConferenceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryUserOnGoingConferenceRequest`], each named where it is set: `QueryUserOnGoingConferenceRequest::new(QueryUserOnGoingConferenceRequired { .. })`.
pub struct QueryUserOnGoingConferenceRequired {
    /// `unionId`: see [`QueryUserOnGoingConferenceRequest::union_id`].
    pub union_id: String,
}
impl QueryUserOnGoingConferenceRequest {
    /// A `QueryUserOnGoingConferenceRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryUserOnGoingConferenceRequired) -> Self {
        let QueryUserOnGoingConferenceRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUserOnGoingConferenceRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryUserOnGoingConferenceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::set_subtitle_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetSubtitleEventRequest {
    /// `enable`.
    pub enable: bool,
}
/// The required fields of [`SetSubtitleEventRequest`], each named where it is set: `SetSubtitleEventRequest::new(SetSubtitleEventRequired { .. })`.
pub struct SetSubtitleEventRequired {
    /// `enable`: see [`SetSubtitleEventRequest::enable`].
    pub enable: bool,
}
impl SetSubtitleEventRequest {
    /// A `SetSubtitleEventRequest` with its required fields (`enable`); set the others with the methods named after them.
    pub fn new(required: SetSubtitleEventRequired) -> Self {
        let SetSubtitleEventRequired { enable } = required;
        Self { enable }
    }
}
rt::impl_serialize! {
    SetSubtitleEventRequest { "enable" => field(enable) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetSubtitleEventRequest { "enable" => read_field(enable) }
}
impl rt::WriteRequest for SetSubtitleEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::start_cloud_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct StartCloudRecordRequest {
    /// `mode`.
    pub mode: Option<String>,
    /// `smallWindowPosition`.
    pub small_window_position: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`StartCloudRecordRequest`], each named where it is set: `StartCloudRecordRequest::new(StartCloudRecordRequired { .. })`.
pub struct StartCloudRecordRequired {
    /// `unionId`: see [`StartCloudRecordRequest::union_id`].
    pub union_id: String,
}
impl StartCloudRecordRequest {
    /// A `StartCloudRecordRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: StartCloudRecordRequired) -> Self {
        let StartCloudRecordRequired { union_id } = required;
        Self {
            mode: None,
            small_window_position: None,
            union_id,
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
rt::impl_serialize! {
    StartCloudRecordRequest { "mode" => optional(mode), "smallWindowPosition" =>
    optional(small_window_position), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StartCloudRecordRequest { "mode" => read_field(mode), "smallWindowPosition" =>
    read_field(small_window_position), "unionId" => read_field(union_id) }
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
rt::impl_serialize! {
    StartMinutesRequest { "ownerUnionId" => optional(owner_union_id), "recordAudio" =>
    optional(record_audio), "unionId" => optional(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StartMinutesRequest { "ownerUnionId" => read_field(owner_union_id), "recordAudio" =>
    read_field(record_audio), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for StartMinutesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::start_stream_out`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`StartStreamOutRequest`], each named where it is set: `StartStreamOutRequest::new(StartStreamOutRequired { .. })`.
pub struct StartStreamOutRequired {
    /// `mode`: see [`StartStreamOutRequest::mode`].
    pub mode: String,
    /// `needHostJoin`: see [`StartStreamOutRequest::need_host_join`].
    pub need_host_join: bool,
    /// `smallWindowPosition`: see [`StartStreamOutRequest::small_window_position`].
    pub small_window_position: String,
    /// `streamName`: see [`StartStreamOutRequest::stream_name`].
    pub stream_name: String,
    /// `streamUrlList`: see [`StartStreamOutRequest::stream_url_list`].
    pub stream_url_list: Vec<String>,
    /// `unionId`: see [`StartStreamOutRequest::union_id`].
    pub union_id: String,
}
impl StartStreamOutRequest {
    /// A `StartStreamOutRequest` with its required fields (`mode`, `needHostJoin`, `smallWindowPosition`, `streamName`, `streamUrlList`, `unionId`); set the others with the methods named after them.
    pub fn new(required: StartStreamOutRequired) -> Self {
        let StartStreamOutRequired {
            mode,
            need_host_join,
            small_window_position,
            stream_name,
            stream_url_list,
            union_id,
        } = required;
        Self {
            mode,
            need_host_join,
            small_window_position,
            stream_name,
            stream_url_list,
            union_id,
        }
    }
}
rt::impl_serialize! {
    StartStreamOutRequest { "mode" => field(mode), "needHostJoin" =>
    field(need_host_join), "smallWindowPosition" => field(small_window_position),
    "streamName" => field(stream_name), "streamUrlList" => field(stream_url_list),
    "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StartStreamOutRequest { "mode" => read_field(mode), "needHostJoin" =>
    read_field(need_host_join), "smallWindowPosition" =>
    read_field(small_window_position), "streamName" => read_field(stream_name),
    "streamUrlList" => read_field(stream_url_list), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for StartStreamOutRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::stop_cloud_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct StopCloudRecordRequest {
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`StopCloudRecordRequest`], each named where it is set: `StopCloudRecordRequest::new(StopCloudRecordRequired { .. })`.
pub struct StopCloudRecordRequired {
    /// `unionId`: see [`StopCloudRecordRequest::union_id`].
    pub union_id: String,
}
impl StopCloudRecordRequest {
    /// A `StopCloudRecordRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: StopCloudRecordRequired) -> Self {
        let StopCloudRecordRequired { union_id } = required;
        Self { union_id }
    }
}
rt::impl_serialize! {
    StopCloudRecordRequest { "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StopCloudRecordRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for StopCloudRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::stop_minutes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct StopMinutesRequest {
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`StopMinutesRequest`], each named where it is set: `StopMinutesRequest::new(StopMinutesRequired { .. })`.
pub struct StopMinutesRequired {
    /// `unionId`: see [`StopMinutesRequest::union_id`].
    pub union_id: String,
}
impl StopMinutesRequest {
    /// A `StopMinutesRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: StopMinutesRequired) -> Self {
        let StopMinutesRequired { union_id } = required;
        Self { union_id }
    }
}
rt::impl_serialize! {
    StopMinutesRequest { "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StopMinutesRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for StopMinutesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::stop_stream_out`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct StopStreamOutRequest {
    /// `stopAllStream`.
    pub stop_all_stream: bool,
    /// `streamId`.
    pub stream_id: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`StopStreamOutRequest`], each named where it is set: `StopStreamOutRequest::new(StopStreamOutRequired { .. })`.
pub struct StopStreamOutRequired {
    /// `stopAllStream`: see [`StopStreamOutRequest::stop_all_stream`].
    pub stop_all_stream: bool,
    /// `streamId`: see [`StopStreamOutRequest::stream_id`].
    pub stream_id: String,
    /// `unionId`: see [`StopStreamOutRequest::union_id`].
    pub union_id: String,
}
impl StopStreamOutRequest {
    /// A `StopStreamOutRequest` with its required fields (`stopAllStream`, `streamId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: StopStreamOutRequired) -> Self {
        let StopStreamOutRequired { stop_all_stream, stream_id, union_id } = required;
        Self {
            stop_all_stream,
            stream_id,
            union_id,
        }
    }
}
rt::impl_serialize! {
    StopStreamOutRequest { "stopAllStream" => field(stop_all_stream), "streamId" =>
    field(stream_id), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StopStreamOutRequest { "stopAllStream" => read_field(stop_all_stream), "streamId" =>
    read_field(stream_id), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for StopStreamOutRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_member_nick`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateMemberNickRequest {
    /// `nick`.
    pub nick: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`UpdateMemberNickRequest`], each named where it is set: `UpdateMemberNickRequest::new(UpdateMemberNickRequired { .. })`.
pub struct UpdateMemberNickRequired {
    /// `nick`: see [`UpdateMemberNickRequest::nick`].
    pub nick: String,
    /// `unionId`: see [`UpdateMemberNickRequest::union_id`].
    pub union_id: String,
}
impl UpdateMemberNickRequest {
    /// A `UpdateMemberNickRequest` with its required fields (`nick`, `unionId`); set the others with the methods named after them.
    pub fn new(required: UpdateMemberNickRequired) -> Self {
        let UpdateMemberNickRequired { nick, union_id } = required;
        Self { nick, union_id }
    }
}
rt::impl_serialize! {
    UpdateMemberNickRequest { "nick" => field(nick), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateMemberNickRequest { "nick" => read_field(nick), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for UpdateMemberNickRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_schedule_conf_settings`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateScheduleConfSettingsRequest`], each named where it is set: `UpdateScheduleConfSettingsRequest::new(UpdateScheduleConfSettingsRequired { .. })`.
pub struct UpdateScheduleConfSettingsRequired {
    /// `creatorUnionId`: see [`UpdateScheduleConfSettingsRequest::creator_union_id`].
    pub creator_union_id: String,
    /// `scheduleConferenceId`: see [`UpdateScheduleConfSettingsRequest::schedule_conference_id`].
    pub schedule_conference_id: String,
}
impl UpdateScheduleConfSettingsRequest {
    /// A `UpdateScheduleConfSettingsRequest` with its required fields (`creatorUnionId`, `scheduleConferenceId`); set the others with the methods named after them.
    pub fn new(required: UpdateScheduleConfSettingsRequired) -> Self {
        let UpdateScheduleConfSettingsRequired {
            creator_union_id,
            schedule_conference_id,
        } = required;
        Self {
            creator_union_id,
            schedule_conf_setting_model: None,
            schedule_conference_id,
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
rt::impl_serialize! {
    UpdateScheduleConfSettingsRequest { "creatorUnionId" => field(creator_union_id),
    "scheduleConfSettingModel" => optional(schedule_conf_setting_model),
    "scheduleConferenceId" => field(schedule_conference_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateScheduleConfSettingsRequest { "creatorUnionId" => read_field(creator_union_id),
    "scheduleConfSettingModel" => read_field(schedule_conf_setting_model),
    "scheduleConferenceId" => read_field(schedule_conference_id) }
}
impl rt::WriteRequest for UpdateScheduleConfSettingsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_schedule_conference`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateScheduleConferenceRequest`], each named where it is set: `UpdateScheduleConferenceRequest::new(UpdateScheduleConferenceRequired { .. })`.
pub struct UpdateScheduleConferenceRequired {
    /// `creatorUnionId`: see [`UpdateScheduleConferenceRequest::creator_union_id`].
    pub creator_union_id: String,
    /// `endTime`: see [`UpdateScheduleConferenceRequest::end_time`].
    pub end_time: i64,
    /// `scheduleConferenceId`: see [`UpdateScheduleConferenceRequest::schedule_conference_id`].
    pub schedule_conference_id: String,
    /// `startTime`: see [`UpdateScheduleConferenceRequest::start_time`].
    pub start_time: i64,
    /// `title`: see [`UpdateScheduleConferenceRequest::title`].
    pub title: String,
}
impl UpdateScheduleConferenceRequest {
    /// A `UpdateScheduleConferenceRequest` with its required fields (`creatorUnionId`, `endTime`, `scheduleConferenceId`, `startTime`, `title`); set the others with the methods named after them.
    pub fn new(required: UpdateScheduleConferenceRequired) -> Self {
        let UpdateScheduleConferenceRequired {
            creator_union_id,
            end_time,
            schedule_conference_id,
            start_time,
            title,
        } = required;
        Self {
            creator_union_id,
            end_time,
            schedule_conference_id,
            start_time,
            title,
        }
    }
}
rt::impl_serialize! {
    UpdateScheduleConferenceRequest { "creatorUnionId" => field(creator_union_id),
    "endTime" => field(end_time), "scheduleConferenceId" =>
    field(schedule_conference_id), "startTime" => field(start_time), "title" =>
    field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateScheduleConferenceRequest { "creatorUnionId" => read_field(creator_union_id),
    "endTime" => read_field(end_time), "scheduleConferenceId" =>
    read_field(schedule_conference_id), "startTime" => read_field(start_time), "title" =>
    read_field(title) }
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
rt::impl_serialize! {
    UpdateVideoConferenceSettingRequest { "allowUnmuteSelf" =>
    optional(allow_unmute_self), "autoTransferHost" => optional(auto_transfer_host),
    "forbiddenShareScreen" => optional(forbidden_share_screen), "lockConference" =>
    optional(lock_conference), "muteAll" => optional(mute_all),
    "onlyInternalEmployeesJoin" => optional(only_internal_employees_join) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateVideoConferenceSettingRequest { "allowUnmuteSelf" =>
    read_field(allow_unmute_self), "autoTransferHost" => read_field(auto_transfer_host),
    "forbiddenShareScreen" => read_field(forbidden_share_screen), "lockConference" =>
    read_field(lock_conference), "muteAll" => read_field(mute_all),
    "onlyInternalEmployeesJoin" => read_field(only_internal_employees_join) }
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
