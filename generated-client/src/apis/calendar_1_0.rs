// @generated from api-spec/calendar_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 日程 (Calendar)：日程、参与人与会议室。
//!
//! 45 operations, methods of [`Api`] (`client.calendar_1_0()`), behind the cargo feature `calendar_1_0`; its paths start with `/v1.0/calendar/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `calendar_1_0`. Get it with `client.calendar_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 新增日程参与人
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees`: DingTalk's `AddAttendee` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddAttendee")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees"
    )]
    #[doc(
        alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees"
    )]
    pub fn add_attendee(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &AddAttendeeRequest,
    ) -> rt::Call<(), AddAttendeeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddAttendee",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 添加会议室
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms`: DingTalk's `AddMeetingRooms` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddMeetingRooms")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms"
    )]
    #[doc(
        alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms"
    )]
    pub fn add_meeting_rooms(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &AddMeetingRoomsRequest,
    ) -> rt::Call<AddMeetingRoomsResponseBody, AddMeetingRoomsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddMeetingRooms",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 取消指定日程
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/cancel`: DingTalk's `CancelEvent` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CancelEvent")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/cancel"
    )]
    #[doc(
        alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/cancel"
    )]
    pub fn cancel_event(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &CancelEventRequest,
    ) -> rt::Call<CancelEventResponseBody, CancelEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CancelEvent",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/cancel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 签到
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/checkIn`: DingTalk's `CheckIn` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckIn")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/checkIn"
    )]
    #[doc(
        alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/checkIn"
    )]
    pub fn check_in(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
    ) -> rt::Call<CheckInResponseBody, CheckInError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckIn",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/checkIn",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id, event_id], &())
    }
    /// 转换老版本的eventId
    ///
    /// `POST /v1.0/calendar/users/{userId}/legacyEventIds/convert`: DingTalk's `ConvertLegacyEventId` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConvertLegacyEventId")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/legacyEventIds/convert")]
    #[doc(alias = "POST /v1.0/calendar/users/{userId}/legacyEventIds/convert")]
    pub fn convert_legacy_event_id(
        &self,
        user_id: &str,
        request: &ConvertLegacyEventIdRequest,
    ) -> rt::Call<ConvertLegacyEventIdResponseBody, ConvertLegacyEventIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConvertLegacyEventId",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/legacyEventIds/convert",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建访问控制
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/acls`: DingTalk's `CreateAcls` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAcls")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/acls")]
    #[doc(alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/acls")]
    pub fn create_acls(
        &self,
        user_id: &str,
        calendar_id: &str,
        request: &CreateAclsRequest,
    ) -> rt::Call<CreateAclsResponseBody, CreateAclsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAcls",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/acls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], request)
    }
    /// 创建日程
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events`: DingTalk's `CreateEvent` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateEvent")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events")]
    #[doc(alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events")]
    pub fn create_event(
        &self,
        user_id: &str,
        calendar_id: &str,
        request: &CreateEventRequest,
    ) -> rt::Call<CreateEventResponseBody, CreateEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateEvent",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], request)
    }
    /// 创建日程(me接口)
    ///
    /// `POST /v1.0/calendar/me/calendars/{calendarId}/events`: DingTalk's `CreateEventByMe` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `calendar_id`: `{calendarId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateEventByMe")]
    #[doc(alias = "/v1.0/calendar/me/calendars/{calendarId}/events")]
    #[doc(alias = "POST /v1.0/calendar/me/calendars/{calendarId}/events")]
    pub fn create_event_by_me(
        &self,
        calendar_id: &str,
        request: &CreateEventByMeRequest,
    ) -> rt::Call<CreateEventByMeResponseBody, CreateEventByMeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateEventByMe",
            rt::Method::Post,
            "/v1.0/calendar/me/calendars/{calendarId}/events",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[calendar_id], request)
    }
    /// 快速创建订阅日历
    ///
    /// `POST /v1.0/calendar/users/{userId}/subscribedCalendars`: DingTalk's `CreateSubscribedCalendar` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateSubscribedCalendar")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/subscribedCalendars")]
    #[doc(alias = "POST /v1.0/calendar/users/{userId}/subscribedCalendars")]
    pub fn create_subscribed_calendar(
        &self,
        user_id: &str,
        request: &CreateSubscribedCalendarRequest,
    ) -> rt::Call<CreateSubscribedCalendarResponseBody, CreateSubscribedCalendarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSubscribedCalendar",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/subscribedCalendars",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 删除访问控制
    ///
    /// `DELETE /v1.0/calendar/users/{userId}/calendars/{calendarId}/acls/{aclId}`: DingTalk's `DeleteAcl` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `acl_id`: `{aclId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteAcl")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/acls/{aclId}")]
    #[doc(
        alias = "DELETE /v1.0/calendar/users/{userId}/calendars/{calendarId}/acls/{aclId}"
    )]
    pub fn delete_acl(
        &self,
        user_id: &str,
        calendar_id: &str,
        acl_id: &str,
    ) -> rt::Call<(), DeleteAclError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteAcl",
            rt::Method::Delete,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/acls/{aclId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id, acl_id], &())
    }
    /// 删除指定日程
    ///
    /// `DELETE /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}`: DingTalk's `DeleteEvent` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteEvent")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}"
    )]
    #[doc(
        alias = "DELETE /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}"
    )]
    pub fn delete_event(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &DeleteEventRequest,
    ) -> rt::Call<(), DeleteEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteEvent",
            rt::Method::Delete,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 删除指定订阅日历
    ///
    /// `DELETE /v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}`: DingTalk's `DeleteSubscribedCalendar` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteSubscribedCalendar")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}")]
    #[doc(
        alias = "DELETE /v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}"
    )]
    pub fn delete_subscribed_calendar(
        &self,
        user_id: &str,
        calendar_id: &str,
    ) -> rt::Call<DeleteSubscribedCalendarResponseBody, DeleteSubscribedCalendarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSubscribedCalendar",
            rt::Method::Delete,
            "/v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], &())
    }
    /// 生成caldav账户
    ///
    /// `POST /v1.0/calendar/users/{userId}/caldavAccounts`: DingTalk's `GenerateCaldavAccount` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GenerateCaldavAccount")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/caldavAccounts")]
    #[doc(alias = "POST /v1.0/calendar/users/{userId}/caldavAccounts")]
    pub fn generate_caldav_account(
        &self,
        user_id: &str,
        request: &GenerateCaldavAccountRequest,
    ) -> rt::Call<GenerateCaldavAccountResponseBody, GenerateCaldavAccountError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GenerateCaldavAccount",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/caldavAccounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询日程列表
    ///
    /// `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}`: DingTalk's `GetEvent` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetEvent")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}"
    )]
    #[doc(
        alias = "GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}"
    )]
    pub fn get_event(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &GetEventRequest,
    ) -> rt::Call<GetEventResponseBody, GetEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetEvent",
            rt::Method::Get,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 查询会议室忙闲
    ///
    /// `POST /v1.0/calendar/users/{userId}/meetingRooms/schedules/query`: DingTalk's `GetMeetingRoomsSchedule` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMeetingRoomsSchedule")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/meetingRooms/schedules/query")]
    #[doc(alias = "POST /v1.0/calendar/users/{userId}/meetingRooms/schedules/query")]
    pub fn get_meeting_rooms_schedule(
        &self,
        user_id: &str,
        request: &GetMeetingRoomsScheduleRequest,
    ) -> rt::Call<GetMeetingRoomsScheduleResponseBody, GetMeetingRoomsScheduleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMeetingRoomsSchedule",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/meetingRooms/schedules/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询闲忙
    ///
    /// `POST /v1.0/calendar/users/{userId}/querySchedule`: DingTalk's `GetSchedule` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSchedule")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/querySchedule")]
    #[doc(alias = "POST /v1.0/calendar/users/{userId}/querySchedule")]
    pub fn get_schedule(
        &self,
        user_id: &str,
        request: &GetScheduleRequest,
    ) -> rt::Call<GetScheduleResponseBody, GetScheduleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSchedule",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/querySchedule",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询闲忙(me接口）
    ///
    /// `POST /v1.0/calendar/me/schedules/query`: DingTalk's `GetScheduleByMe` (module feature `calendar_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetScheduleByMe")]
    #[doc(alias = "/v1.0/calendar/me/schedules/query")]
    #[doc(alias = "POST /v1.0/calendar/me/schedules/query")]
    pub fn get_schedule_by_me(
        &self,
        request: &GetScheduleByMeRequest,
    ) -> rt::Call<GetScheduleByMeResponseBody, GetScheduleByMeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetScheduleByMe",
            rt::Method::Post,
            "/v1.0/calendar/me/schedules/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取签到链接
    ///
    /// `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signInLinks`: DingTalk's `GetSignInLink` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSignInLink")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signInLinks"
    )]
    #[doc(
        alias = "GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signInLinks"
    )]
    pub fn get_sign_in_link(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
    ) -> rt::Call<GetSignInLinkResponseBody, GetSignInLinkError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSignInLink",
            rt::Method::Get,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signInLinks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id, event_id], &())
    }
    /// 获取签到信息详情
    ///
    /// `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signin`: DingTalk's `GetSignInList` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_sign_in_list_pages`].
    #[doc(alias = "GetSignInList")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signin"
    )]
    #[doc(
        alias = "GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signin"
    )]
    pub fn get_sign_in_list(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &GetSignInListRequest,
    ) -> rt::Call<GetSignInListResponseBody, GetSignInListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSignInList",
            rt::Method::Get,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signin",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 获取签退链接
    ///
    /// `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOutLinks`: DingTalk's `GetSignOutLink` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSignOutLink")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOutLinks"
    )]
    #[doc(
        alias = "GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOutLinks"
    )]
    pub fn get_sign_out_link(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
    ) -> rt::Call<GetSignOutLinkResponseBody, GetSignOutLinkError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSignOutLink",
            rt::Method::Get,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOutLinks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id, event_id], &())
    }
    /// 获取签退信息详情
    ///
    /// `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOut`: DingTalk's `GetSignOutList` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_sign_out_list_pages`].
    #[doc(alias = "GetSignOutList")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOut"
    )]
    #[doc(
        alias = "GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOut"
    )]
    pub fn get_sign_out_list(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &GetSignOutListRequest,
    ) -> rt::Call<GetSignOutListResponseBody, GetSignOutListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSignOutList",
            rt::Method::Get,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOut",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 获取指定订阅日历详情
    ///
    /// `GET /v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}`: DingTalk's `GetSubscribedCalendar` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSubscribedCalendar")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}")]
    #[doc(alias = "GET /v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}")]
    pub fn get_subscribed_calendar(
        &self,
        user_id: &str,
        calendar_id: &str,
    ) -> rt::Call<GetSubscribedCalendarResponseBody, GetSubscribedCalendarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSubscribedCalendar",
            rt::Method::Get,
            "/v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], &())
    }
    /// 获取访问控制列表
    ///
    /// `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/acls`: DingTalk's `ListAcls` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAcls")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/acls")]
    #[doc(alias = "GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/acls")]
    pub fn list_acls(
        &self,
        user_id: &str,
        calendar_id: &str,
    ) -> rt::Call<ListAclsResponseBody, ListAclsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAcls",
            rt::Method::Get,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/acls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], &())
    }
    /// 拉取日程中绑定的听记信息
    ///
    /// `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/minutes`: DingTalk's `ListAiMinutes` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAiMinutes")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/minutes"
    )]
    #[doc(
        alias = "GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/minutes"
    )]
    pub fn list_ai_minutes(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &ListAiMinutesRequest,
    ) -> rt::Call<ListAiMinutesResponseBody, ListAiMinutesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAiMinutes",
            rt::Method::Get,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/minutes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 分页获取参与人列表
    ///
    /// `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees`: DingTalk's `ListAttendees` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_attendees_pages`].
    #[doc(alias = "ListAttendees")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees"
    )]
    #[doc(
        alias = "GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees"
    )]
    pub fn list_attendees(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &ListAttendeesRequest,
    ) -> rt::Call<ListAttendeesResponseBody, ListAttendeesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAttendees",
            rt::Method::Get,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 日历本查询
    ///
    /// `GET /v1.0/calendar/users/{userId}/calendars`: DingTalk's `ListCalendars` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListCalendars")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/calendars")]
    #[doc(alias = "GET /v1.0/calendar/users/{userId}/calendars")]
    pub fn list_calendars(
        &self,
        user_id: &str,
    ) -> rt::Call<ListCalendarsResponseBody, ListCalendarsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListCalendars",
            rt::Method::Get,
            "/v1.0/calendar/users/{userId}/calendars",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 获取会议类型列表
    ///
    /// `GET /v1.0/calendar/categories`: DingTalk's `ListCategories` (module feature `calendar_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListCategories")]
    #[doc(alias = "/v1.0/calendar/categories")]
    #[doc(alias = "GET /v1.0/calendar/categories")]
    pub fn list_categories(
        &self,
        request: &ListCategoriesRequest,
    ) -> rt::Call<ListCategoriesResponseBody, ListCategoriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListCategories",
            rt::Method::Get,
            "/v1.0/calendar/categories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询日程列表
    ///
    /// `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events`: DingTalk's `ListEvents` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_events_pages`].
    #[doc(alias = "ListEvents")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events")]
    #[doc(alias = "GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events")]
    pub fn list_events(
        &self,
        user_id: &str,
        calendar_id: &str,
        request: &ListEventsRequest,
    ) -> rt::Call<ListEventsResponseBody, ListEventsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListEvents",
            rt::Method::Get,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], request)
    }
    /// 查询同一个循环日程序列下已生成的实例
    ///
    /// `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/instances`: DingTalk's `ListEventsInstances` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListEventsInstances")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/instances")]
    #[doc(alias = "GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/instances")]
    pub fn list_events_instances(
        &self,
        user_id: &str,
        calendar_id: &str,
        request: &ListEventsInstancesRequest,
    ) -> rt::Call<ListEventsInstancesResponseBody, ListEventsInstancesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListEventsInstances",
            rt::Method::Get,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], request)
    }
    /// 查询日程视图列表以查看闲忙，展开循环日程
    ///
    /// `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/eventsview`: DingTalk's `ListEventsView` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_events_view_pages`].
    #[doc(alias = "ListEventsView")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/eventsview")]
    #[doc(alias = "GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/eventsview")]
    pub fn list_events_view(
        &self,
        user_id: &str,
        calendar_id: &str,
        request: &ListEventsViewRequest,
    ) -> rt::Call<ListEventsViewResponseBody, ListEventsViewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListEventsView",
            rt::Method::Get,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/eventsview",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], request)
    }
    /// 查询日程视图列表以查看闲忙，展开循环日程(me接口）
    ///
    /// `GET /v1.0/calendar/me/calendars/{calendarId}/eventsview`: DingTalk's `ListEventsViewByMe` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `calendar_id`: `{calendarId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_events_view_by_me_pages`].
    #[doc(alias = "ListEventsViewByMe")]
    #[doc(alias = "/v1.0/calendar/me/calendars/{calendarId}/eventsview")]
    #[doc(alias = "GET /v1.0/calendar/me/calendars/{calendarId}/eventsview")]
    pub fn list_events_view_by_me(
        &self,
        calendar_id: &str,
        request: &ListEventsViewByMeRequest,
    ) -> rt::Call<ListEventsViewByMeResponseBody, ListEventsViewByMeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListEventsViewByMe",
            rt::Method::Get,
            "/v1.0/calendar/me/calendars/{calendarId}/eventsview",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[calendar_id], request)
    }
    /// 查询循环日程实例列表
    ///
    /// `GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/instances`: DingTalk's `ListInstances` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_instances_pages`].
    #[doc(alias = "ListInstances")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/instances"
    )]
    #[doc(
        alias = "GET /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/instances"
    )]
    pub fn list_instances(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &ListInstancesRequest,
    ) -> rt::Call<ListInstancesResponseBody, ListInstancesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListInstances",
            rt::Method::Get,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 拉取企业内插件列表
    ///
    /// `GET /v1.0/calendar/plugins`: DingTalk's `ListOrgPlugins` (module feature `calendar_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListOrgPlugins")]
    #[doc(alias = "/v1.0/calendar/plugins")]
    #[doc(alias = "GET /v1.0/calendar/plugins")]
    pub fn list_org_plugins(
        &self,
        request: &ListOrgPluginsRequest,
    ) -> rt::Call<ListOrgPluginsResponseBody, ListOrgPluginsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListOrgPlugins",
            rt::Method::Get,
            "/v1.0/calendar/plugins",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置会议室在日程中的响应状态
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms/{roomId}/respond`: DingTalk's `MeetingRoomRespond` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    /// - `room_id`: `{roomId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MeetingRoomRespond")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms/{roomId}/respond"
    )]
    #[doc(
        alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms/{roomId}/respond"
    )]
    pub fn meeting_room_respond(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        room_id: &str,
        request: &MeetingRoomRespondRequest,
    ) -> rt::Call<MeetingRoomRespondResponseBody, MeetingRoomRespondError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MeetingRoomRespond",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms/{roomId}/respond",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id, room_id],
            request,
        )
    }
    /// 修改日程
    ///
    /// `PUT /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}`: DingTalk's `PatchEvent` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PatchEvent")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}"
    )]
    #[doc(
        alias = "PUT /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}"
    )]
    pub fn patch_event(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &PatchEventRequest,
    ) -> rt::Call<PatchEventResponseBody, PatchEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PatchEvent",
            rt::Method::Put,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 删除日程参与人
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees/batchRemove`: DingTalk's `RemoveAttendee` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveAttendee")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees/batchRemove"
    )]
    #[doc(
        alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees/batchRemove"
    )]
    pub fn remove_attendee(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &RemoveAttendeeRequest,
    ) -> rt::Call<(), RemoveAttendeeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveAttendee",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/attendees/batchRemove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 删除会议室
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms/batchRemove`: DingTalk's `RemoveMeetingRooms` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveMeetingRooms")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms/batchRemove"
    )]
    #[doc(
        alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms/batchRemove"
    )]
    pub fn remove_meeting_rooms(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &RemoveMeetingRoomsRequest,
    ) -> rt::Call<RemoveMeetingRoomsResponseBody, RemoveMeetingRoomsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveMeetingRooms",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/meetingRooms/batchRemove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 回复日程邀请
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/respond`: DingTalk's `RespondEvent` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RespondEvent")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/respond"
    )]
    #[doc(
        alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/respond"
    )]
    pub fn respond_event(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &RespondEventRequest,
    ) -> rt::Call<(), RespondEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RespondEvent",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/respond",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 签到
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signin`: DingTalk's `SignIn` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SignIn")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signin"
    )]
    #[doc(
        alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signin"
    )]
    pub fn sign_in(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
    ) -> rt::Call<SignInResponseBody, SignInError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SignIn",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signin",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id, event_id], &())
    }
    /// 签退
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOut`: DingTalk's `SignOut` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SignOut")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOut"
    )]
    #[doc(
        alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOut"
    )]
    pub fn sign_out(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
    ) -> rt::Call<SignOutResponseBody, SignOutError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SignOut",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/signOut",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id, event_id], &())
    }
    /// 订阅公共日历
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/subscribe`: DingTalk's `SubscribeCalendar` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubscribeCalendar")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/subscribe")]
    #[doc(alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/subscribe")]
    pub fn subscribe_calendar(
        &self,
        user_id: &str,
        calendar_id: &str,
    ) -> rt::Call<(), SubscribeCalendarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubscribeCalendar",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/subscribe",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], &())
    }
    /// 日程转让
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/transfer`: DingTalk's `TransferEvent` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    /// - `event_id`: `{eventId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TransferEvent")]
    #[doc(
        alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/transfer"
    )]
    #[doc(
        alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/transfer"
    )]
    pub fn transfer_event(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &TransferEventRequest,
    ) -> rt::Call<TransferEventResponseBody, TransferEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TransferEvent",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/events/{eventId}/transfer",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(
            &self.client,
            &OPERATION,
            &[user_id, calendar_id, event_id],
            request,
        )
    }
    /// 取消订阅公共日历
    ///
    /// `POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/unsubscribe`: DingTalk's `UnsubscribeCalendar` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UnsubscribeCalendar")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/calendars/{calendarId}/unsubscribe")]
    #[doc(
        alias = "POST /v1.0/calendar/users/{userId}/calendars/{calendarId}/unsubscribe"
    )]
    pub fn unsubscribe_calendar(
        &self,
        user_id: &str,
        calendar_id: &str,
    ) -> rt::Call<UnsubscribeCalendarResponseBody, UnsubscribeCalendarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnsubscribeCalendar",
            rt::Method::Post,
            "/v1.0/calendar/users/{userId}/calendars/{calendarId}/unsubscribe",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], &())
    }
    /// 更新插件订阅人群
    ///
    /// `POST /v1.0/calendar/plugins/{pluginId}/subscribers`: DingTalk's `UpdateOrgPluginSubscribers` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `plugin_id`: `{pluginId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateOrgPluginSubscribers")]
    #[doc(alias = "/v1.0/calendar/plugins/{pluginId}/subscribers")]
    #[doc(alias = "POST /v1.0/calendar/plugins/{pluginId}/subscribers")]
    pub fn update_org_plugin_subscribers(
        &self,
        plugin_id: &str,
        request: &UpdateOrgPluginSubscribersRequest,
    ) -> rt::Call<
        UpdateOrgPluginSubscribersResponseBody,
        UpdateOrgPluginSubscribersError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateOrgPluginSubscribers",
            rt::Method::Post,
            "/v1.0/calendar/plugins/{pluginId}/subscribers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[plugin_id], request)
    }
    /// 更新指定订阅日历
    ///
    /// `PUT /v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}`: DingTalk's `UpdateSubscribedCalendars` (module feature `calendar_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `calendar_id`: `{calendarId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateSubscribedCalendars")]
    #[doc(alias = "/v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}")]
    #[doc(alias = "PUT /v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}")]
    pub fn update_subscribed_calendars(
        &self,
        user_id: &str,
        calendar_id: &str,
        request: &UpdateSubscribedCalendarsRequest,
    ) -> rt::Call<
        UpdateSubscribedCalendarsResponseBody,
        UpdateSubscribedCalendarsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateSubscribedCalendars",
            rt::Method::Put,
            "/v1.0/calendar/users/{userId}/subscribedCalendars/{calendarId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], request)
    }
    /// Every page of [`Api::get_sign_in_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `users` of each page.
    pub fn get_sign_in_list_pages(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &GetSignInListRequest,
    ) -> rt::Paginator<
        GetSignInListResponseBody,
        GetSignInListError,
        GetSignInListResponseBodyUsers,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["users"],
        );
        rt::Paginator::new(
            self.get_sign_in_list(user_id, calendar_id, event_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::get_sign_out_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `users` of each page.
    pub fn get_sign_out_list_pages(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &GetSignOutListRequest,
    ) -> rt::Paginator<
        GetSignOutListResponseBody,
        GetSignOutListError,
        GetSignOutListResponseBodyUsers,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["users"],
        );
        rt::Paginator::new(
            self.get_sign_out_list(user_id, calendar_id, event_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::list_attendees`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `attendees` of each page.
    pub fn list_attendees_pages(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &ListAttendeesRequest,
    ) -> rt::Paginator<
        ListAttendeesResponseBody,
        ListAttendeesError,
        ListAttendeesResponseBodyAttendees,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["attendees"],
        );
        rt::Paginator::new(
            self.list_attendees(user_id, calendar_id, event_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::list_events`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `events` of each page.
    pub fn list_events_pages(
        &self,
        user_id: &str,
        calendar_id: &str,
        request: &ListEventsRequest,
    ) -> rt::Paginator<
        ListEventsResponseBody,
        ListEventsError,
        ListEventsResponseBodyEvents,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["events"],
        );
        rt::Paginator::new(self.list_events(user_id, calendar_id, request), &PAGING)
    }
    /// Every page of [`Api::list_events_view`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `events` of each page.
    pub fn list_events_view_pages(
        &self,
        user_id: &str,
        calendar_id: &str,
        request: &ListEventsViewRequest,
    ) -> rt::Paginator<
        ListEventsViewResponseBody,
        ListEventsViewError,
        ListEventsViewResponseBodyEvents,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["events"],
        );
        rt::Paginator::new(self.list_events_view(user_id, calendar_id, request), &PAGING)
    }
    /// Every page of [`Api::list_events_view_by_me`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `events` of each page.
    pub fn list_events_view_by_me_pages(
        &self,
        calendar_id: &str,
        request: &ListEventsViewByMeRequest,
    ) -> rt::Paginator<
        ListEventsViewByMeResponseBody,
        ListEventsViewByMeError,
        ListEventsViewByMeResponseBodyEvents,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["events"],
        );
        rt::Paginator::new(self.list_events_view_by_me(calendar_id, request), &PAGING)
    }
    /// Every page of [`Api::list_instances`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `events` of each page.
    pub fn list_instances_pages(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
        request: &ListInstancesRequest,
    ) -> rt::Paginator<
        ListInstancesResponseBody,
        ListInstancesError,
        ListInstancesResponseBodyEvents,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["events"],
        );
        rt::Paginator::new(
            self.list_instances(user_id, calendar_id, event_id, request),
            &PAGING,
        )
    }
}
/// `AddAttendeeRequestAttendeesToAdd`, a model several operations share: also named [`CreateEventRequestAttendees`], [`CreateEventByMeRequestAttendees`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddAttendeeRequestAttendeesToAdd {
    /// `id`.
    pub id: Option<String>,
    /// `isOptional`.
    pub is_optional: Option<bool>,
}
impl AddAttendeeRequestAttendeesToAdd {
    /// An empty `AddAttendeeRequestAttendeesToAdd`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `isOptional`.
    pub fn is_optional(mut self, value: bool) -> Self {
        self.is_optional = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddAttendeeRequestAttendeesToAdd { "id" => optional(id), "isOptional" =>
    optional(is_optional) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddAttendeeRequestAttendeesToAdd { "id" => read_field(id), "isOptional" =>
    read_field(is_optional) }
}
/// `AddMeetingRoomsRequestMeetingRoomsToAdd`, a model several operations share: also named [`RemoveMeetingRoomsRequestMeetingRoomsToRemove`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddMeetingRoomsRequestMeetingRoomsToAdd {
    /// `roomId`.
    pub room_id: Option<String>,
}
impl AddMeetingRoomsRequestMeetingRoomsToAdd {
    /// An empty `AddMeetingRoomsRequestMeetingRoomsToAdd`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `roomId`.
    pub fn room_id(mut self, value: impl Into<String>) -> Self {
        self.room_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddMeetingRoomsRequestMeetingRoomsToAdd { "roomId" => optional(room_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddMeetingRoomsRequestMeetingRoomsToAdd { "roomId" => read_field(room_id) }
}
/// `AddMeetingRoomsResponseBody`, a model several operations share: also named [`CancelEventResponseBody`], [`DeleteSubscribedCalendarResponseBody`], [`MeetingRoomRespondResponseBody`], [`RemoveMeetingRoomsResponseBody`], [`TransferEventResponseBody`], [`UnsubscribeCalendarResponseBody`], [`UpdateOrgPluginSubscribersResponseBody`], [`UpdateSubscribedCalendarsResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddMeetingRoomsResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    AddMeetingRoomsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddMeetingRoomsResponseBody { "result" => optional(result) }
}
/// `CancelEventResponseBody`: the same model as [`AddMeetingRoomsResponseBody`].
pub type CancelEventResponseBody = AddMeetingRoomsResponseBody;
/// `CheckInResponseBody`, a model several operations share: also named [`SignInResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckInResponseBody {
    /// `checkInTime`.
    pub check_in_time: Option<i64>,
}
rt::impl_deserialize! {
    CheckInResponseBody { "checkInTime" => read_field(check_in_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CheckInResponseBody { "checkInTime" => optional(check_in_time) }
}
/// `ConvertLegacyEventIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConvertLegacyEventIdResponseBody {
    /// `legacyEventIdMap`.
    pub legacy_event_id_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    ConvertLegacyEventIdResponseBody { "legacyEventIdMap" =>
    read_field(legacy_event_id_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConvertLegacyEventIdResponseBody { "legacyEventIdMap" =>
    optional(legacy_event_id_map) }
}
/// `CreateAclsRequestScope`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateAclsRequestScope {
    /// `scopeType`.
    pub scope_type: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`CreateAclsRequestScope`], each named where it is set: `CreateAclsRequestScope::new(CreateAclsRequestScopeRequired { .. })`.
pub struct CreateAclsRequestScopeRequired {
    /// `scopeType`: see [`CreateAclsRequestScope::scope_type`].
    pub scope_type: String,
    /// `userId`: see [`CreateAclsRequestScope::user_id`].
    pub user_id: String,
}
impl CreateAclsRequestScope {
    /// A `CreateAclsRequestScope` with its required fields (`scopeType`, `userId`); set the others with the methods named after them.
    pub fn new(required: CreateAclsRequestScopeRequired) -> Self {
        let CreateAclsRequestScopeRequired { scope_type, user_id } = required;
        Self { scope_type, user_id }
    }
}
rt::impl_serialize! {
    CreateAclsRequestScope { "scopeType" => field(scope_type), "userId" => field(user_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAclsRequestScope { "scopeType" => read_field(scope_type), "userId" =>
    read_field(user_id) }
}
/// `CreateAclsResponseBody`, a model several operations share: also named [`ListAclsResponseBodyAcls`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAclsResponseBody {
    /// `aclId`.
    pub acl_id: Option<String>,
    /// `privilege`.
    pub privilege: Option<String>,
    /// `scope`.
    pub scope: Option<CreateAclsResponseBodyScope>,
}
rt::impl_deserialize! {
    CreateAclsResponseBody { "aclId" => read_field(acl_id), "privilege" =>
    read_field(privilege), "scope" => read_field(scope) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAclsResponseBody { "aclId" => optional(acl_id), "privilege" =>
    optional(privilege), "scope" => optional(scope) }
}
/// `CreateEventRequestAttendees`: the same model as [`AddAttendeeRequestAttendeesToAdd`].
pub type CreateEventRequestAttendees = AddAttendeeRequestAttendeesToAdd;
/// `CreateEventRequestCardInstances`, a model several operations share: also named [`PatchEventRequestCardInstances`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventRequestCardInstances {
    /// `outTrackId`.
    pub out_track_id: Option<String>,
    /// `scenario`.
    pub scenario: Option<String>,
}
impl CreateEventRequestCardInstances {
    /// An empty `CreateEventRequestCardInstances`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `outTrackId`.
    pub fn out_track_id(mut self, value: impl Into<String>) -> Self {
        self.out_track_id = Some(value.into());
        self
    }
    /// Sets `scenario`.
    pub fn scenario(mut self, value: impl Into<String>) -> Self {
        self.scenario = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateEventRequestCardInstances { "outTrackId" => optional(out_track_id), "scenario"
    => optional(scenario) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEventRequestCardInstances { "outTrackId" => read_field(out_track_id),
    "scenario" => read_field(scenario) }
}
/// `CreateEventRequestCategories`, a model several operations share: also named [`PatchEventRequestCategories`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventRequestCategories {
    /// `categoryId`.
    pub category_id: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
}
impl CreateEventRequestCategories {
    /// An empty `CreateEventRequestCategories`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `categoryId`.
    pub fn category_id(mut self, value: impl Into<String>) -> Self {
        self.category_id = Some(value.into());
        self
    }
    /// Sets `displayName`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateEventRequestCategories { "categoryId" => optional(category_id), "displayName"
    => optional(display_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEventRequestCategories { "categoryId" => read_field(category_id), "displayName"
    => read_field(display_name) }
}
/// `CreateEventRequestEnd`, a model several operations share: also named [`CreateEventRequestStart`], [`CreateEventByMeRequestEnd`], [`CreateEventByMeRequestStart`], [`PatchEventRequestEnd`], [`PatchEventRequestStart`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventRequestEnd {
    /// `date`.
    pub date: Option<String>,
    /// `dateTime`.
    pub date_time: Option<String>,
    /// `timeZone`.
    pub time_zone: Option<String>,
}
impl CreateEventRequestEnd {
    /// An empty `CreateEventRequestEnd`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `date`.
    pub fn date(mut self, value: impl Into<String>) -> Self {
        self.date = Some(value.into());
        self
    }
    /// Sets `dateTime`.
    pub fn date_time(mut self, value: impl Into<String>) -> Self {
        self.date_time = Some(value.into());
        self
    }
    /// Sets `timeZone`.
    pub fn time_zone(mut self, value: impl Into<String>) -> Self {
        self.time_zone = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateEventRequestEnd { "date" => optional(date), "dateTime" => optional(date_time),
    "timeZone" => optional(time_zone) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEventRequestEnd { "date" => read_field(date), "dateTime" =>
    read_field(date_time), "timeZone" => read_field(time_zone) }
}
/// `CreateEventRequestEventConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventRequestEventConfig {
    /// `allowAttendeeAddConference`.
    pub allow_attendee_add_conference: Option<bool>,
    /// `allowAttendeeAddParticipants`.
    pub allow_attendee_add_participants: Option<bool>,
    /// `allowAttendeeCreateComment`.
    pub allow_attendee_create_comment: Option<bool>,
}
impl CreateEventRequestEventConfig {
    /// An empty `CreateEventRequestEventConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `allowAttendeeAddConference`.
    pub fn allow_attendee_add_conference(mut self, value: bool) -> Self {
        self.allow_attendee_add_conference = Some(value);
        self
    }
    /// Sets `allowAttendeeAddParticipants`.
    pub fn allow_attendee_add_participants(mut self, value: bool) -> Self {
        self.allow_attendee_add_participants = Some(value);
        self
    }
    /// Sets `allowAttendeeCreateComment`.
    pub fn allow_attendee_create_comment(mut self, value: bool) -> Self {
        self.allow_attendee_create_comment = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateEventRequestEventConfig { "allowAttendeeAddConference" =>
    optional(allow_attendee_add_conference), "allowAttendeeAddParticipants" =>
    optional(allow_attendee_add_participants), "allowAttendeeCreateComment" =>
    optional(allow_attendee_create_comment) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEventRequestEventConfig { "allowAttendeeAddConference" =>
    read_field(allow_attendee_add_conference), "allowAttendeeAddParticipants" =>
    read_field(allow_attendee_add_participants), "allowAttendeeCreateComment" =>
    read_field(allow_attendee_create_comment) }
}
/// `CreateEventRequestLocation`, a model several operations share: also named [`CreateEventByMeRequestLocation`], [`PatchEventRequestLocation`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventRequestLocation {
    /// `displayName`.
    pub display_name: Option<String>,
}
impl CreateEventRequestLocation {
    /// An empty `CreateEventRequestLocation`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `displayName`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateEventRequestLocation { "displayName" => optional(display_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEventRequestLocation { "displayName" => read_field(display_name) }
}
/// `CreateEventRequestOnlineMeetingInfo`, a model several operations share: also named [`CreateEventByMeRequestOnlineMeetingInfo`], [`PatchEventRequestOnlineMeetingInfo`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventRequestOnlineMeetingInfo {
    /// `type`.
    pub r#type: Option<String>,
}
impl CreateEventRequestOnlineMeetingInfo {
    /// An empty `CreateEventRequestOnlineMeetingInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateEventRequestOnlineMeetingInfo { "type" => optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEventRequestOnlineMeetingInfo { "type" => read_field(r#type) }
}
/// `CreateEventRequestRecurrence`, a model several operations share: also named [`CreateEventByMeRequestRecurrence`], [`PatchEventRequestRecurrence`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventRequestRecurrence {
    /// `pattern`.
    pub pattern: Option<CreateEventRequestRecurrencePattern>,
    /// `range`.
    pub range: Option<CreateEventRequestRecurrenceRange>,
}
impl CreateEventRequestRecurrence {
    /// An empty `CreateEventRequestRecurrence`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `pattern`.
    pub fn pattern(mut self, value: CreateEventRequestRecurrencePattern) -> Self {
        self.pattern = Some(value);
        self
    }
    /// Sets `range`.
    pub fn range(mut self, value: CreateEventRequestRecurrenceRange) -> Self {
        self.range = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateEventRequestRecurrence { "pattern" => optional(pattern), "range" =>
    optional(range) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEventRequestRecurrence { "pattern" => read_field(pattern), "range" =>
    read_field(range) }
}
/// `CreateEventRequestReminders`, a model several operations share: also named [`CreateEventByMeRequestReminders`], [`PatchEventRequestReminders`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventRequestReminders {
    /// `method`.
    pub method: Option<String>,
    /// `minutes`.
    pub minutes: Option<i64>,
}
impl CreateEventRequestReminders {
    /// An empty `CreateEventRequestReminders`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `method`.
    pub fn method(mut self, value: impl Into<String>) -> Self {
        self.method = Some(value.into());
        self
    }
    /// Sets `minutes`.
    pub fn minutes(mut self, value: i64) -> Self {
        self.minutes = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateEventRequestReminders { "method" => optional(method), "minutes" =>
    optional(minutes) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEventRequestReminders { "method" => read_field(method), "minutes" =>
    read_field(minutes) }
}
/// `CreateEventRequestRichTextDescription`, a model several operations share: also named [`CreateEventByMeRequestRichTextDescription`], [`PatchEventRequestRichTextDescription`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventRequestRichTextDescription {
    /// `text`.
    pub text: Option<String>,
}
impl CreateEventRequestRichTextDescription {
    /// An empty `CreateEventRequestRichTextDescription`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateEventRequestRichTextDescription { "text" => optional(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEventRequestRichTextDescription { "text" => read_field(text) }
}
/// `CreateEventRequestStart`: the same model as [`CreateEventRequestEnd`].
pub type CreateEventRequestStart = CreateEventRequestEnd;
/// `CreateEventRequestUiConfigs`, a model several operations share: also named [`CreateEventByMeRequestUiConfigs`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventRequestUiConfigs {
    /// `uiName`.
    pub ui_name: Option<String>,
    /// `uiStatus`.
    pub ui_status: Option<String>,
}
impl CreateEventRequestUiConfigs {
    /// An empty `CreateEventRequestUiConfigs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `uiName`.
    pub fn ui_name(mut self, value: impl Into<String>) -> Self {
        self.ui_name = Some(value.into());
        self
    }
    /// Sets `uiStatus`.
    pub fn ui_status(mut self, value: impl Into<String>) -> Self {
        self.ui_status = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateEventRequestUiConfigs { "uiName" => optional(ui_name), "uiStatus" =>
    optional(ui_status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEventRequestUiConfigs { "uiName" => read_field(ui_name), "uiStatus" =>
    read_field(ui_status) }
}
/// `CreateEventResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBody {
    /// `attendees`.
    pub attendees: Option<Vec<CreateEventResponseBodyAttendees>>,
    /// `cardInstances`.
    pub card_instances: Option<Vec<CreateEventResponseBodyCardInstances>>,
    /// `categories`.
    pub categories: Option<Vec<CreateEventResponseBodyCategories>>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `end`.
    pub end: Option<CreateEventResponseBodyEnd>,
    /// `eventConfig`.
    pub event_config: Option<CreateEventResponseBodyEventConfig>,
    /// `extendedProperties`.
    pub extended_properties: Option<CreateEventResponseBodyExtendedProperties>,
    /// `id`.
    pub id: Option<String>,
    /// `isAllDay`.
    pub is_all_day: Option<bool>,
    /// `location`.
    pub location: Option<CreateEventResponseBodyLocation>,
    /// `onlineMeetingInfo`.
    pub online_meeting_info: Option<CreateEventResponseBodyOnlineMeetingInfo>,
    /// `organizer`.
    pub organizer: Option<CreateEventResponseBodyOrganizer>,
    /// `recurrence`.
    pub recurrence: Option<CreateEventResponseBodyRecurrence>,
    /// `reminders`.
    pub reminders: Option<Vec<CreateEventResponseBodyReminders>>,
    /// `richTextDescription`.
    pub rich_text_description: Option<CreateEventResponseBodyRichTextDescription>,
    /// `start`.
    pub start: Option<CreateEventResponseBodyStart>,
    /// `summary`.
    pub summary: Option<String>,
    /// `uiConfigs`.
    pub ui_configs: Option<Vec<CreateEventResponseBodyUiConfigs>>,
    /// `updateTime`.
    pub update_time: Option<String>,
}
rt::impl_deserialize! {
    CreateEventResponseBody { "attendees" => read_field(attendees), "cardInstances" =>
    read_field(card_instances), "categories" => read_field(categories), "createTime" =>
    read_field(create_time), "description" => read_field(description), "end" =>
    read_field(end), "eventConfig" => read_field(event_config), "extendedProperties" =>
    read_field(extended_properties), "id" => read_field(id), "isAllDay" =>
    read_field(is_all_day), "location" => read_field(location), "onlineMeetingInfo" =>
    read_field(online_meeting_info), "organizer" => read_field(organizer), "recurrence"
    => read_field(recurrence), "reminders" => read_field(reminders),
    "richTextDescription" => read_field(rich_text_description), "start" =>
    read_field(start), "summary" => read_field(summary), "uiConfigs" =>
    read_field(ui_configs), "updateTime" => read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBody { "attendees" => optional(attendees), "cardInstances" =>
    optional(card_instances), "categories" => optional(categories), "createTime" =>
    optional(create_time), "description" => optional(description), "end" =>
    optional(end), "eventConfig" => optional(event_config), "extendedProperties" =>
    optional(extended_properties), "id" => optional(id), "isAllDay" =>
    optional(is_all_day), "location" => optional(location), "onlineMeetingInfo" =>
    optional(online_meeting_info), "organizer" => optional(organizer), "recurrence" =>
    optional(recurrence), "reminders" => optional(reminders), "richTextDescription" =>
    optional(rich_text_description), "start" => optional(start), "summary" =>
    optional(summary), "uiConfigs" => optional(ui_configs), "updateTime" =>
    optional(update_time) }
}
/// `CreateEventByMeRequestAttendees`: the same model as [`AddAttendeeRequestAttendeesToAdd`].
pub type CreateEventByMeRequestAttendees = AddAttendeeRequestAttendeesToAdd;
/// `CreateEventByMeRequestEnd`: the same model as [`CreateEventRequestEnd`].
pub type CreateEventByMeRequestEnd = CreateEventRequestEnd;
/// `CreateEventByMeRequestLocation`: the same model as [`CreateEventRequestLocation`].
pub type CreateEventByMeRequestLocation = CreateEventRequestLocation;
/// `CreateEventByMeRequestOnlineMeetingInfo`: the same model as [`CreateEventRequestOnlineMeetingInfo`].
pub type CreateEventByMeRequestOnlineMeetingInfo = CreateEventRequestOnlineMeetingInfo;
/// `CreateEventByMeRequestRecurrence`: the same model as [`CreateEventRequestRecurrence`].
pub type CreateEventByMeRequestRecurrence = CreateEventRequestRecurrence;
/// `CreateEventByMeRequestReminders`: the same model as [`CreateEventRequestReminders`].
pub type CreateEventByMeRequestReminders = CreateEventRequestReminders;
/// `CreateEventByMeRequestRichTextDescription`: the same model as [`CreateEventRequestRichTextDescription`].
pub type CreateEventByMeRequestRichTextDescription = CreateEventRequestRichTextDescription;
/// `CreateEventByMeRequestStart`: the same model as [`CreateEventRequestEnd`].
pub type CreateEventByMeRequestStart = CreateEventRequestEnd;
/// `CreateEventByMeRequestUiConfigs`: the same model as [`CreateEventRequestUiConfigs`].
pub type CreateEventByMeRequestUiConfigs = CreateEventRequestUiConfigs;
/// `CreateEventByMeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventByMeResponseBody {
    /// `attendees`.
    pub attendees: Option<Vec<CreateEventByMeResponseBodyAttendees>>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `end`.
    pub end: Option<CreateEventByMeResponseBodyEnd>,
    /// `id`.
    pub id: Option<String>,
    /// `isAllDay`.
    pub is_all_day: Option<bool>,
    /// `location`.
    pub location: Option<CreateEventByMeResponseBodyLocation>,
    /// `onlineMeetingInfo`.
    pub online_meeting_info: Option<CreateEventByMeResponseBodyOnlineMeetingInfo>,
    /// `organizer`.
    pub organizer: Option<CreateEventByMeResponseBodyOrganizer>,
    /// `recurrence`.
    pub recurrence: Option<CreateEventByMeResponseBodyRecurrence>,
    /// `reminders`.
    pub reminders: Option<Vec<CreateEventByMeResponseBodyReminders>>,
    /// `richTextDescription`.
    pub rich_text_description: Option<CreateEventByMeResponseBodyRichTextDescription>,
    /// `start`.
    pub start: Option<CreateEventByMeResponseBodyStart>,
    /// `summary`.
    pub summary: Option<String>,
    /// `uiConfigs`.
    pub ui_configs: Option<Vec<CreateEventByMeResponseBodyUiConfigs>>,
    /// `updateTime`.
    pub update_time: Option<String>,
}
rt::impl_deserialize! {
    CreateEventByMeResponseBody { "attendees" => read_field(attendees), "createTime" =>
    read_field(create_time), "description" => read_field(description), "end" =>
    read_field(end), "id" => read_field(id), "isAllDay" => read_field(is_all_day),
    "location" => read_field(location), "onlineMeetingInfo" =>
    read_field(online_meeting_info), "organizer" => read_field(organizer), "recurrence"
    => read_field(recurrence), "reminders" => read_field(reminders),
    "richTextDescription" => read_field(rich_text_description), "start" =>
    read_field(start), "summary" => read_field(summary), "uiConfigs" =>
    read_field(ui_configs), "updateTime" => read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventByMeResponseBody { "attendees" => optional(attendees), "createTime" =>
    optional(create_time), "description" => optional(description), "end" =>
    optional(end), "id" => optional(id), "isAllDay" => optional(is_all_day), "location"
    => optional(location), "onlineMeetingInfo" => optional(online_meeting_info),
    "organizer" => optional(organizer), "recurrence" => optional(recurrence), "reminders"
    => optional(reminders), "richTextDescription" => optional(rich_text_description),
    "start" => optional(start), "summary" => optional(summary), "uiConfigs" =>
    optional(ui_configs), "updateTime" => optional(update_time) }
}
/// `CreateSubscribedCalendarRequestSubscribeScope`, a model several operations share: also named [`UpdateSubscribedCalendarsRequestSubscribeScope`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSubscribedCalendarRequestSubscribeScope {
    /// `corpIds`.
    pub corp_ids: Option<Vec<String>>,
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
    /// `unionIds`.
    pub union_ids: Option<Vec<String>>,
}
impl CreateSubscribedCalendarRequestSubscribeScope {
    /// An empty `CreateSubscribedCalendarRequestSubscribeScope`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpIds`.
    pub fn corp_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.corp_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `openConversationIds`.
    pub fn open_conversation_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.open_conversation_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `unionIds`.
    pub fn union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    CreateSubscribedCalendarRequestSubscribeScope { "corpIds" => optional(corp_ids),
    "openConversationIds" => optional(open_conversation_ids), "unionIds" =>
    optional(union_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSubscribedCalendarRequestSubscribeScope { "corpIds" => read_field(corp_ids),
    "openConversationIds" => read_field(open_conversation_ids), "unionIds" =>
    read_field(union_ids) }
}
/// `CreateSubscribedCalendarResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateSubscribedCalendarResponseBody {
    /// `calendarId`.
    pub calendar_id: Option<String>,
}
rt::impl_deserialize! {
    CreateSubscribedCalendarResponseBody { "calendarId" => read_field(calendar_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateSubscribedCalendarResponseBody { "calendarId" => optional(calendar_id) }
}
/// `DeleteSubscribedCalendarResponseBody`: the same model as [`AddMeetingRoomsResponseBody`].
pub type DeleteSubscribedCalendarResponseBody = AddMeetingRoomsResponseBody;
/// `GenerateCaldavAccountResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GenerateCaldavAccountResponseBody {
    /// `password`.
    pub password: Option<String>,
    /// `serverAddress`.
    pub server_address: Option<String>,
    /// `username`.
    pub username: Option<String>,
}
rt::impl_deserialize! {
    GenerateCaldavAccountResponseBody { "password" => read_field(password),
    "serverAddress" => read_field(server_address), "username" => read_field(username) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GenerateCaldavAccountResponseBody { "password" => optional(password), "serverAddress"
    => optional(server_address), "username" => optional(username) }
}
/// `GetEventResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetEventResponseBody {
    /// `attendees`.
    pub attendees: Option<Vec<GetEventResponseBodyAttendees>>,
    /// `cardInstances`.
    pub card_instances: Option<Vec<GetEventResponseBodyCardInstances>>,
    /// `categories`.
    pub categories: Option<Vec<GetEventResponseBodyCategories>>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `end`.
    pub end: Option<GetEventResponseBodyEnd>,
    /// `extendedProperties`.
    pub extended_properties: Option<GetEventResponseBodyExtendedProperties>,
    /// `id`.
    pub id: Option<String>,
    /// `isAllDay`.
    pub is_all_day: Option<bool>,
    /// `location`.
    pub location: Option<GetEventResponseBodyLocation>,
    /// `meetingRooms`.
    pub meeting_rooms: Option<Vec<GetEventResponseBodyMeetingRooms>>,
    /// `onlineMeetingInfo`.
    pub online_meeting_info: Option<GetEventResponseBodyOnlineMeetingInfo>,
    /// `organizer`.
    pub organizer: Option<GetEventResponseBodyOrganizer>,
    /// `originStart`.
    pub origin_start: Option<GetEventResponseBodyOriginStart>,
    /// `recurrence`.
    pub recurrence: Option<GetEventResponseBodyRecurrence>,
    /// `reminders`.
    pub reminders: Option<Vec<GetEventResponseBodyReminders>>,
    /// `richTextDescription`.
    pub rich_text_description: Option<GetEventResponseBodyRichTextDescription>,
    /// `seriesMasterId`.
    pub series_master_id: Option<String>,
    /// `start`.
    pub start: Option<GetEventResponseBodyStart>,
    /// `status`.
    pub status: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `uiConfigs`.
    pub ui_configs: Option<Vec<GetEventResponseBodyUiConfigs>>,
    /// `updateTime`.
    pub update_time: Option<String>,
}
rt::impl_deserialize! {
    GetEventResponseBody { "attendees" => read_field(attendees), "cardInstances" =>
    read_field(card_instances), "categories" => read_field(categories), "createTime" =>
    read_field(create_time), "description" => read_field(description), "end" =>
    read_field(end), "extendedProperties" => read_field(extended_properties), "id" =>
    read_field(id), "isAllDay" => read_field(is_all_day), "location" =>
    read_field(location), "meetingRooms" => read_field(meeting_rooms),
    "onlineMeetingInfo" => read_field(online_meeting_info), "organizer" =>
    read_field(organizer), "originStart" => read_field(origin_start), "recurrence" =>
    read_field(recurrence), "reminders" => read_field(reminders), "richTextDescription"
    => read_field(rich_text_description), "seriesMasterId" =>
    read_field(series_master_id), "start" => read_field(start), "status" =>
    read_field(status), "summary" => read_field(summary), "uiConfigs" =>
    read_field(ui_configs), "updateTime" => read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEventResponseBody { "attendees" => optional(attendees), "cardInstances" =>
    optional(card_instances), "categories" => optional(categories), "createTime" =>
    optional(create_time), "description" => optional(description), "end" =>
    optional(end), "extendedProperties" => optional(extended_properties), "id" =>
    optional(id), "isAllDay" => optional(is_all_day), "location" => optional(location),
    "meetingRooms" => optional(meeting_rooms), "onlineMeetingInfo" =>
    optional(online_meeting_info), "organizer" => optional(organizer), "originStart" =>
    optional(origin_start), "recurrence" => optional(recurrence), "reminders" =>
    optional(reminders), "richTextDescription" => optional(rich_text_description),
    "seriesMasterId" => optional(series_master_id), "start" => optional(start), "status"
    => optional(status), "summary" => optional(summary), "uiConfigs" =>
    optional(ui_configs), "updateTime" => optional(update_time) }
}
/// `GetMeetingRoomsScheduleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingRoomsScheduleResponseBody {
    /// `scheduleInformation`.
    pub schedule_information: Option<
        Vec<GetMeetingRoomsScheduleResponseBodyScheduleInformation>,
    >,
}
rt::impl_deserialize! {
    GetMeetingRoomsScheduleResponseBody { "scheduleInformation" =>
    read_field(schedule_information) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMeetingRoomsScheduleResponseBody { "scheduleInformation" =>
    optional(schedule_information) }
}
/// `GetScheduleResponseBody`, a model several operations share: also named [`GetScheduleByMeResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetScheduleResponseBody {
    /// `scheduleInformation`.
    pub schedule_information: Option<Vec<GetScheduleResponseBodyScheduleInformation>>,
}
rt::impl_deserialize! {
    GetScheduleResponseBody { "scheduleInformation" => read_field(schedule_information) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetScheduleResponseBody { "scheduleInformation" => optional(schedule_information) }
}
/// `GetScheduleByMeResponseBody`: the same model as [`GetScheduleResponseBody`].
pub type GetScheduleByMeResponseBody = GetScheduleResponseBody;
/// `GetSignInLinkResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignInLinkResponseBody {
    /// `signInLink`.
    pub sign_in_link: Option<String>,
}
rt::impl_deserialize! {
    GetSignInLinkResponseBody { "signInLink" => read_field(sign_in_link) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignInLinkResponseBody { "signInLink" => optional(sign_in_link) }
}
/// `GetSignInListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignInListResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `users`.
    pub users: Option<Vec<GetSignInListResponseBodyUsers>>,
}
rt::impl_deserialize! {
    GetSignInListResponseBody { "nextToken" => read_field(next_token), "users" =>
    read_field(users) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignInListResponseBody { "nextToken" => optional(next_token), "users" =>
    optional(users) }
}
/// `GetSignOutLinkResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignOutLinkResponseBody {
    /// `signOutLink`.
    pub sign_out_link: Option<String>,
}
rt::impl_deserialize! {
    GetSignOutLinkResponseBody { "signOutLink" => read_field(sign_out_link) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignOutLinkResponseBody { "signOutLink" => optional(sign_out_link) }
}
/// `GetSignOutListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignOutListResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `users`.
    pub users: Option<Vec<GetSignOutListResponseBodyUsers>>,
}
rt::impl_deserialize! {
    GetSignOutListResponseBody { "nextToken" => read_field(next_token), "users" =>
    read_field(users) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignOutListResponseBody { "nextToken" => optional(next_token), "users" =>
    optional(users) }
}
/// `GetSubscribedCalendarResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSubscribedCalendarResponseBody {
    /// `author`.
    pub author: Option<String>,
    /// `calendarId`.
    pub calendar_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `managers`.
    pub managers: Option<Vec<String>>,
    /// `name`.
    pub name: Option<String>,
    /// `subscribeScope`.
    pub subscribe_scope: Option<GetSubscribedCalendarResponseBodySubscribeScope>,
}
rt::impl_deserialize! {
    GetSubscribedCalendarResponseBody { "author" => read_field(author), "calendarId" =>
    read_field(calendar_id), "description" => read_field(description), "managers" =>
    read_field(managers), "name" => read_field(name), "subscribeScope" =>
    read_field(subscribe_scope) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSubscribedCalendarResponseBody { "author" => optional(author), "calendarId" =>
    optional(calendar_id), "description" => optional(description), "managers" =>
    optional(managers), "name" => optional(name), "subscribeScope" =>
    optional(subscribe_scope) }
}
/// `ListAclsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAclsResponseBody {
    /// `acls`.
    pub acls: Option<Vec<ListAclsResponseBodyAcls>>,
}
rt::impl_deserialize! {
    ListAclsResponseBody { "acls" => read_field(acls) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAclsResponseBody { "acls" => optional(acls) }
}
/// `ListAiMinutesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAiMinutesResponseBody {
    /// `minutes`.
    pub minutes: Option<Vec<ListAiMinutesResponseBodyMinutes>>,
}
rt::impl_deserialize! {
    ListAiMinutesResponseBody { "minutes" => read_field(minutes) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAiMinutesResponseBody { "minutes" => optional(minutes) }
}
/// `ListAttendeesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAttendeesResponseBody {
    /// `attendees`.
    pub attendees: Option<Vec<ListAttendeesResponseBodyAttendees>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListAttendeesResponseBody { "attendees" => read_field(attendees), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAttendeesResponseBody { "attendees" => optional(attendees), "nextToken" =>
    optional(next_token) }
}
/// `ListCalendarsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCalendarsResponseBody {
    /// `response`.
    pub response: Option<ListCalendarsResponseBodyResponse>,
}
rt::impl_deserialize! {
    ListCalendarsResponseBody { "response" => read_field(response) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCalendarsResponseBody { "response" => optional(response) }
}
/// `ListCategoriesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCategoriesResponseBody {
    /// `categories`.
    pub categories: Option<Vec<ListCategoriesResponseBodyCategories>>,
}
rt::impl_deserialize! {
    ListCategoriesResponseBody { "categories" => read_field(categories) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCategoriesResponseBody { "categories" => optional(categories) }
}
/// `ListEventsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEventsResponseBody {
    /// `events`.
    pub events: Option<Vec<ListEventsResponseBodyEvents>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `syncToken`.
    pub sync_token: Option<String>,
}
rt::impl_deserialize! {
    ListEventsResponseBody { "events" => read_field(events), "nextToken" =>
    read_field(next_token), "syncToken" => read_field(sync_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEventsResponseBody { "events" => optional(events), "nextToken" =>
    optional(next_token), "syncToken" => optional(sync_token) }
}
/// `ListEventsInstancesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEventsInstancesResponseBody {
    /// `events`.
    pub events: Option<Vec<ListEventsInstancesResponseBodyEvents>>,
}
rt::impl_deserialize! {
    ListEventsInstancesResponseBody { "events" => read_field(events) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEventsInstancesResponseBody { "events" => optional(events) }
}
/// `ListEventsViewResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEventsViewResponseBody {
    /// `events`.
    pub events: Option<Vec<ListEventsViewResponseBodyEvents>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListEventsViewResponseBody { "events" => read_field(events), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEventsViewResponseBody { "events" => optional(events), "nextToken" =>
    optional(next_token) }
}
/// `ListEventsViewByMeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEventsViewByMeResponseBody {
    /// `events`.
    pub events: Option<Vec<ListEventsViewByMeResponseBodyEvents>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListEventsViewByMeResponseBody { "events" => read_field(events), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEventsViewByMeResponseBody { "events" => optional(events), "nextToken" =>
    optional(next_token) }
}
/// `ListInstancesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListInstancesResponseBody {
    /// `events`.
    pub events: Option<Vec<ListInstancesResponseBodyEvents>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListInstancesResponseBody { "events" => read_field(events), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListInstancesResponseBody { "events" => optional(events), "nextToken" =>
    optional(next_token) }
}
/// `ListOrgPluginsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOrgPluginsResponseBody {
    /// `plugins`.
    pub plugins: Option<Vec<ListOrgPluginsResponseBodyPlugins>>,
}
rt::impl_deserialize! {
    ListOrgPluginsResponseBody { "plugins" => read_field(plugins) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListOrgPluginsResponseBody { "plugins" => optional(plugins) }
}
/// `MeetingRoomRespondResponseBody`: the same model as [`AddMeetingRoomsResponseBody`].
pub type MeetingRoomRespondResponseBody = AddMeetingRoomsResponseBody;
/// `PatchEventRequestAttendees`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PatchEventRequestAttendees {
    /// `email`.
    pub email: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `isOptional`.
    pub is_optional: Option<bool>,
}
impl PatchEventRequestAttendees {
    /// An empty `PatchEventRequestAttendees`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `isOptional`.
    pub fn is_optional(mut self, value: bool) -> Self {
        self.is_optional = Some(value);
        self
    }
}
rt::impl_serialize! {
    PatchEventRequestAttendees { "email" => optional(email), "id" => optional(id),
    "isOptional" => optional(is_optional) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PatchEventRequestAttendees { "email" => read_field(email), "id" => read_field(id),
    "isOptional" => read_field(is_optional) }
}
/// `PatchEventRequestCardInstances`: the same model as [`CreateEventRequestCardInstances`].
pub type PatchEventRequestCardInstances = CreateEventRequestCardInstances;
/// `PatchEventRequestCategories`: the same model as [`CreateEventRequestCategories`].
pub type PatchEventRequestCategories = CreateEventRequestCategories;
/// `PatchEventRequestEnd`: the same model as [`CreateEventRequestEnd`].
pub type PatchEventRequestEnd = CreateEventRequestEnd;
/// `PatchEventRequestLocation`: the same model as [`CreateEventRequestLocation`].
pub type PatchEventRequestLocation = CreateEventRequestLocation;
/// `PatchEventRequestOnlineMeetingInfo`: the same model as [`CreateEventRequestOnlineMeetingInfo`].
pub type PatchEventRequestOnlineMeetingInfo = CreateEventRequestOnlineMeetingInfo;
/// `PatchEventRequestRecurrence`: the same model as [`CreateEventRequestRecurrence`].
pub type PatchEventRequestRecurrence = CreateEventRequestRecurrence;
/// `PatchEventRequestReminders`: the same model as [`CreateEventRequestReminders`].
pub type PatchEventRequestReminders = CreateEventRequestReminders;
/// `PatchEventRequestRichTextDescription`: the same model as [`CreateEventRequestRichTextDescription`].
pub type PatchEventRequestRichTextDescription = CreateEventRequestRichTextDescription;
/// `PatchEventRequestStart`: the same model as [`CreateEventRequestEnd`].
pub type PatchEventRequestStart = CreateEventRequestEnd;
/// `PatchEventRequestUiConfigs`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PatchEventRequestUiConfigs {
    /// `uiName`.
    pub ui_name: String,
    /// `uiStatus`.
    pub ui_status: String,
}
/// The required fields of [`PatchEventRequestUiConfigs`], each named where it is set: `PatchEventRequestUiConfigs::new(PatchEventRequestUiConfigsRequired { .. })`.
pub struct PatchEventRequestUiConfigsRequired {
    /// `uiName`: see [`PatchEventRequestUiConfigs::ui_name`].
    pub ui_name: String,
    /// `uiStatus`: see [`PatchEventRequestUiConfigs::ui_status`].
    pub ui_status: String,
}
impl PatchEventRequestUiConfigs {
    /// A `PatchEventRequestUiConfigs` with its required fields (`uiName`, `uiStatus`); set the others with the methods named after them.
    pub fn new(required: PatchEventRequestUiConfigsRequired) -> Self {
        let PatchEventRequestUiConfigsRequired { ui_name, ui_status } = required;
        Self { ui_name, ui_status }
    }
}
rt::impl_serialize! {
    PatchEventRequestUiConfigs { "uiName" => field(ui_name), "uiStatus" =>
    field(ui_status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PatchEventRequestUiConfigs { "uiName" => read_field(ui_name), "uiStatus" =>
    read_field(ui_status) }
}
/// `PatchEventResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PatchEventResponseBody {
    /// `attendees`.
    pub attendees: Option<Vec<PatchEventResponseBodyAttendees>>,
    /// `cardInstances`.
    pub card_instances: Option<Vec<PatchEventResponseBodyCardInstances>>,
    /// `categories`.
    pub categories: Option<Vec<PatchEventResponseBodyCategories>>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `end`.
    pub end: Option<PatchEventResponseBodyEnd>,
    /// `extendedProperties`.
    pub extended_properties: Option<PatchEventResponseBodyExtendedProperties>,
    /// `id`.
    pub id: Option<String>,
    /// `isAllDay`.
    pub is_all_day: Option<bool>,
    /// `location`.
    pub location: Option<PatchEventResponseBodyLocation>,
    /// `onlineMeetingInfo`.
    pub online_meeting_info: Option<PatchEventResponseBodyOnlineMeetingInfo>,
    /// `organizer`.
    pub organizer: Option<PatchEventResponseBodyOrganizer>,
    /// `recurrence`.
    pub recurrence: Option<PatchEventResponseBodyRecurrence>,
    /// `reminders`.
    pub reminders: Option<Vec<PatchEventResponseBodyReminders>>,
    /// `richTextDescription`.
    pub rich_text_description: Option<PatchEventResponseBodyRichTextDescription>,
    /// `start`.
    pub start: Option<PatchEventResponseBodyStart>,
    /// `summary`.
    pub summary: Option<String>,
    /// `uiConfigs`.
    pub ui_configs: Option<Vec<PatchEventResponseBodyUiConfigs>>,
    /// `updateTime`.
    pub update_time: Option<String>,
}
rt::impl_deserialize! {
    PatchEventResponseBody { "attendees" => read_field(attendees), "cardInstances" =>
    read_field(card_instances), "categories" => read_field(categories), "createTime" =>
    read_field(create_time), "description" => read_field(description), "end" =>
    read_field(end), "extendedProperties" => read_field(extended_properties), "id" =>
    read_field(id), "isAllDay" => read_field(is_all_day), "location" =>
    read_field(location), "onlineMeetingInfo" => read_field(online_meeting_info),
    "organizer" => read_field(organizer), "recurrence" => read_field(recurrence),
    "reminders" => read_field(reminders), "richTextDescription" =>
    read_field(rich_text_description), "start" => read_field(start), "summary" =>
    read_field(summary), "uiConfigs" => read_field(ui_configs), "updateTime" =>
    read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PatchEventResponseBody { "attendees" => optional(attendees), "cardInstances" =>
    optional(card_instances), "categories" => optional(categories), "createTime" =>
    optional(create_time), "description" => optional(description), "end" =>
    optional(end), "extendedProperties" => optional(extended_properties), "id" =>
    optional(id), "isAllDay" => optional(is_all_day), "location" => optional(location),
    "onlineMeetingInfo" => optional(online_meeting_info), "organizer" =>
    optional(organizer), "recurrence" => optional(recurrence), "reminders" =>
    optional(reminders), "richTextDescription" => optional(rich_text_description),
    "start" => optional(start), "summary" => optional(summary), "uiConfigs" =>
    optional(ui_configs), "updateTime" => optional(update_time) }
}
/// `RemoveAttendeeRequestAttendeesToRemove`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RemoveAttendeeRequestAttendeesToRemove {
    /// `id`.
    pub id: Option<String>,
}
impl RemoveAttendeeRequestAttendeesToRemove {
    /// An empty `RemoveAttendeeRequestAttendeesToRemove`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RemoveAttendeeRequestAttendeesToRemove { "id" => optional(id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveAttendeeRequestAttendeesToRemove { "id" => read_field(id) }
}
/// `RemoveMeetingRoomsRequestMeetingRoomsToRemove`: the same model as [`AddMeetingRoomsRequestMeetingRoomsToAdd`].
pub type RemoveMeetingRoomsRequestMeetingRoomsToRemove = AddMeetingRoomsRequestMeetingRoomsToAdd;
/// `RemoveMeetingRoomsResponseBody`: the same model as [`AddMeetingRoomsResponseBody`].
pub type RemoveMeetingRoomsResponseBody = AddMeetingRoomsResponseBody;
/// `SignInResponseBody`: the same model as [`CheckInResponseBody`].
pub type SignInResponseBody = CheckInResponseBody;
/// `SignOutResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SignOutResponseBody {
    /// `checkOutTime`.
    pub check_out_time: Option<i64>,
}
rt::impl_deserialize! {
    SignOutResponseBody { "checkOutTime" => read_field(check_out_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SignOutResponseBody { "checkOutTime" => optional(check_out_time) }
}
/// `TransferEventResponseBody`: the same model as [`AddMeetingRoomsResponseBody`].
pub type TransferEventResponseBody = AddMeetingRoomsResponseBody;
/// `UnsubscribeCalendarResponseBody`: the same model as [`AddMeetingRoomsResponseBody`].
pub type UnsubscribeCalendarResponseBody = AddMeetingRoomsResponseBody;
/// `UpdateOrgPluginSubscribersResponseBody`: the same model as [`AddMeetingRoomsResponseBody`].
pub type UpdateOrgPluginSubscribersResponseBody = AddMeetingRoomsResponseBody;
/// `UpdateSubscribedCalendarsRequestSubscribeScope`: the same model as [`CreateSubscribedCalendarRequestSubscribeScope`].
pub type UpdateSubscribedCalendarsRequestSubscribeScope = CreateSubscribedCalendarRequestSubscribeScope;
/// `UpdateSubscribedCalendarsResponseBody`: the same model as [`AddMeetingRoomsResponseBody`].
pub type UpdateSubscribedCalendarsResponseBody = AddMeetingRoomsResponseBody;
/// `CreateAclsResponseBodyScope`, a model several operations share: also named [`ListAclsResponseBodyAclsScope`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAclsResponseBodyScope {
    /// `scopeType`.
    pub scope_type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    CreateAclsResponseBodyScope { "scopeType" => read_field(scope_type), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAclsResponseBodyScope { "scopeType" => optional(scope_type), "userId" =>
    optional(user_id) }
}
/// `CreateEventRequestRecurrencePattern`, a model several operations share: also named [`CreateEventByMeRequestRecurrencePattern`], [`PatchEventRequestRecurrencePattern`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventRequestRecurrencePattern {
    /// `dayOfMonth`.
    pub day_of_month: Option<i64>,
    /// `daysOfWeek`.
    pub days_of_week: Option<String>,
    /// `firstDayOfWeek`.
    pub first_day_of_week: Option<String>,
    /// `index`.
    pub index: Option<String>,
    /// `interval`.
    pub interval: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
}
impl CreateEventRequestRecurrencePattern {
    /// An empty `CreateEventRequestRecurrencePattern`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dayOfMonth`.
    pub fn day_of_month(mut self, value: i64) -> Self {
        self.day_of_month = Some(value);
        self
    }
    /// Sets `daysOfWeek`.
    pub fn days_of_week(mut self, value: impl Into<String>) -> Self {
        self.days_of_week = Some(value.into());
        self
    }
    /// Sets `firstDayOfWeek`.
    pub fn first_day_of_week(mut self, value: impl Into<String>) -> Self {
        self.first_day_of_week = Some(value.into());
        self
    }
    /// Sets `index`.
    pub fn set_index(mut self, value: impl Into<String>) -> Self {
        self.index = Some(value.into());
        self
    }
    /// Sets `interval`.
    pub fn interval(mut self, value: i64) -> Self {
        self.interval = Some(value);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateEventRequestRecurrencePattern { "dayOfMonth" => optional(day_of_month),
    "daysOfWeek" => optional(days_of_week), "firstDayOfWeek" =>
    optional(first_day_of_week), "index" => optional(index), "interval" =>
    optional(interval), "type" => optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEventRequestRecurrencePattern { "dayOfMonth" => read_field(day_of_month),
    "daysOfWeek" => read_field(days_of_week), "firstDayOfWeek" =>
    read_field(first_day_of_week), "index" => read_field(index), "interval" =>
    read_field(interval), "type" => read_field(r#type) }
}
/// `CreateEventRequestRecurrenceRange`, a model several operations share: also named [`CreateEventByMeRequestRecurrenceRange`], [`PatchEventRequestRecurrenceRange`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventRequestRecurrenceRange {
    /// `endDate`.
    pub end_date: Option<String>,
    /// `numberOfOccurrences`.
    pub number_of_occurrences: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
}
impl CreateEventRequestRecurrenceRange {
    /// An empty `CreateEventRequestRecurrenceRange`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endDate`.
    pub fn end_date(mut self, value: impl Into<String>) -> Self {
        self.end_date = Some(value.into());
        self
    }
    /// Sets `numberOfOccurrences`.
    pub fn number_of_occurrences(mut self, value: i64) -> Self {
        self.number_of_occurrences = Some(value);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateEventRequestRecurrenceRange { "endDate" => optional(end_date),
    "numberOfOccurrences" => optional(number_of_occurrences), "type" => optional(r#type)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEventRequestRecurrenceRange { "endDate" => read_field(end_date),
    "numberOfOccurrences" => read_field(number_of_occurrences), "type" =>
    read_field(r#type) }
}
/// `CreateEventResponseBodyAttendees`, a model several operations share: also named [`CreateEventByMeResponseBodyAttendees`], [`GetEventResponseBodyAttendees`], [`ListAttendeesResponseBodyAttendees`], [`PatchEventResponseBodyAttendees`], [`ListEventsResponseBodyEventsAttendees`], [`ListEventsInstancesResponseBodyEventsAttendees`], [`ListEventsViewResponseBodyEventsAttendees`], [`ListEventsViewByMeResponseBodyEventsAttendees`], [`ListInstancesResponseBodyEventsAttendees`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyAttendees {
    /// `displayName`.
    pub display_name: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `isOptional`.
    pub is_optional: Option<bool>,
    /// `responseStatus`.
    pub response_status: Option<String>,
    /// `self`.
    pub self_: Option<bool>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyAttendees { "displayName" => read_field(display_name), "id" =>
    read_field(id), "isOptional" => read_field(is_optional), "responseStatus" =>
    read_field(response_status), "self" => read_field(self_) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyAttendees { "displayName" => optional(display_name), "id" =>
    optional(id), "isOptional" => optional(is_optional), "responseStatus" =>
    optional(response_status), "self" => optional(self_) }
}
/// `CreateEventResponseBodyCardInstances`, a model several operations share: also named [`GetEventResponseBodyCardInstances`], [`PatchEventResponseBodyCardInstances`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyCardInstances {
    /// `outTrackId`.
    pub out_track_id: Option<String>,
    /// `scenario`.
    pub scenario: Option<String>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyCardInstances { "outTrackId" => read_field(out_track_id),
    "scenario" => read_field(scenario) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyCardInstances { "outTrackId" => optional(out_track_id),
    "scenario" => optional(scenario) }
}
/// `CreateEventResponseBodyCategories`, a model several operations share: also named [`PatchEventResponseBodyCategories`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyCategories {
    /// `categoryId`.
    pub category_id: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyCategories { "categoryId" => read_field(category_id),
    "displayName" => read_field(display_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyCategories { "categoryId" => optional(category_id),
    "displayName" => optional(display_name) }
}
/// `CreateEventResponseBodyEnd`, a model several operations share: also named [`CreateEventResponseBodyStart`], [`CreateEventByMeResponseBodyEnd`], [`CreateEventByMeResponseBodyStart`], [`GetEventResponseBodyEnd`], [`GetEventResponseBodyStart`], [`PatchEventResponseBodyEnd`], [`PatchEventResponseBodyStart`], [`ListEventsResponseBodyEventsEnd`], [`ListEventsResponseBodyEventsStart`], [`ListEventsInstancesResponseBodyEventsEnd`], [`ListEventsInstancesResponseBodyEventsStart`], [`ListEventsViewResponseBodyEventsEnd`], [`ListEventsViewResponseBodyEventsStart`], [`ListEventsViewByMeResponseBodyEventsEnd`], [`ListEventsViewByMeResponseBodyEventsStart`], [`ListInstancesResponseBodyEventsEnd`], [`ListInstancesResponseBodyEventsStart`], [`GetScheduleResponseBodyScheduleInformationScheduleItemsEnd`], [`GetScheduleResponseBodyScheduleInformationScheduleItemsStart`], [`GetScheduleByMeResponseBodyScheduleInformationScheduleItemsEnd`], [`GetScheduleByMeResponseBodyScheduleInformationScheduleItemsStart`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyEnd {
    /// `date`.
    pub date: Option<String>,
    /// `dateTime`.
    pub date_time: Option<String>,
    /// `timeZone`.
    pub time_zone: Option<String>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyEnd { "date" => read_field(date), "dateTime" =>
    read_field(date_time), "timeZone" => read_field(time_zone) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyEnd { "date" => optional(date), "dateTime" =>
    optional(date_time), "timeZone" => optional(time_zone) }
}
/// `CreateEventResponseBodyEventConfig`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyEventConfig {
    /// `allowAttendeeAddConference`.
    pub allow_attendee_add_conference: Option<bool>,
    /// `allowAttendeeAddParticipants`.
    pub allow_attendee_add_participants: Option<bool>,
    /// `allowAttendeeCreateComment`.
    pub allow_attendee_create_comment: Option<bool>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyEventConfig { "allowAttendeeAddConference" =>
    read_field(allow_attendee_add_conference), "allowAttendeeAddParticipants" =>
    read_field(allow_attendee_add_participants), "allowAttendeeCreateComment" =>
    read_field(allow_attendee_create_comment) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyEventConfig { "allowAttendeeAddConference" =>
    optional(allow_attendee_add_conference), "allowAttendeeAddParticipants" =>
    optional(allow_attendee_add_participants), "allowAttendeeCreateComment" =>
    optional(allow_attendee_create_comment) }
}
/// `CreateEventResponseBodyExtendedProperties`, a model several operations share: also named [`GetEventResponseBodyExtendedProperties`], [`PatchEventResponseBodyExtendedProperties`], [`ListEventsResponseBodyEventsExtendedProperties`], [`ListEventsInstancesResponseBodyEventsExtendedProperties`], [`ListEventsViewByMeResponseBodyEventsExtendedProperties`], [`ListInstancesResponseBodyEventsExtendedProperties`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyExtendedProperties {
    /// `sharedProperties`.
    pub shared_properties: Option<
        CreateEventResponseBodyExtendedPropertiesSharedProperties,
    >,
}
rt::impl_deserialize! {
    CreateEventResponseBodyExtendedProperties { "sharedProperties" =>
    read_field(shared_properties) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyExtendedProperties { "sharedProperties" =>
    optional(shared_properties) }
}
/// `CreateEventResponseBodyLocation`, a model several operations share: also named [`CreateEventByMeResponseBodyLocation`], [`GetEventResponseBodyCategories`], [`ListEventsResponseBodyEventsCategories`], [`ListEventsViewResponseBodyEventsCategories`], [`ListEventsViewByMeResponseBodyEventsCategories`], [`ListInstancesResponseBodyEventsLocation`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyLocation {
    /// `displayName`.
    pub display_name: Option<String>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyLocation { "displayName" => read_field(display_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyLocation { "displayName" => optional(display_name) }
}
/// `CreateEventResponseBodyOnlineMeetingInfo`, a model several operations share: also named [`CreateEventByMeResponseBodyOnlineMeetingInfo`], [`GetEventResponseBodyOnlineMeetingInfo`], [`ListEventsResponseBodyEventsOnlineMeetingInfo`], [`ListEventsViewResponseBodyEventsOnlineMeetingInfo`], [`ListEventsViewByMeResponseBodyEventsOnlineMeetingInfo`], [`ListInstancesResponseBodyEventsOnlineMeetingInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyOnlineMeetingInfo {
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `extraInfo`.
    pub extra_info: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `type`.
    pub r#type: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyOnlineMeetingInfo { "conferenceId" =>
    read_field(conference_id), "extraInfo" => read_field(extra_info), "type" =>
    read_field(r#type), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyOnlineMeetingInfo { "conferenceId" => optional(conference_id),
    "extraInfo" => optional(extra_info), "type" => optional(r#type), "url" =>
    optional(url) }
}
/// `CreateEventResponseBodyOrganizer`, a model several operations share: also named [`CreateEventByMeResponseBodyOrganizer`], [`GetEventResponseBodyOrganizer`], [`PatchEventResponseBodyOrganizer`], [`ListEventsResponseBodyEventsOrganizer`], [`ListEventsInstancesResponseBodyEventsOrganizer`], [`ListEventsViewResponseBodyEventsOrganizer`], [`ListEventsViewByMeResponseBodyEventsOrganizer`], [`ListInstancesResponseBodyEventsOrganizer`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyOrganizer {
    /// `displayName`.
    pub display_name: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `responseStatus`.
    pub response_status: Option<String>,
    /// `self`.
    pub self_: Option<bool>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyOrganizer { "displayName" => read_field(display_name), "id" =>
    read_field(id), "responseStatus" => read_field(response_status), "self" =>
    read_field(self_) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyOrganizer { "displayName" => optional(display_name), "id" =>
    optional(id), "responseStatus" => optional(response_status), "self" =>
    optional(self_) }
}
/// `CreateEventResponseBodyRecurrence`, a model several operations share: also named [`CreateEventByMeResponseBodyRecurrence`], [`GetEventResponseBodyRecurrence`], [`PatchEventResponseBodyRecurrence`], [`ListEventsResponseBodyEventsRecurrence`], [`ListEventsViewResponseBodyEventsRecurrence`], [`ListEventsViewByMeResponseBodyEventsRecurrence`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyRecurrence {
    /// `pattern`.
    pub pattern: Option<CreateEventResponseBodyRecurrencePattern>,
    /// `range`.
    pub range: Option<CreateEventResponseBodyRecurrenceRange>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyRecurrence { "pattern" => read_field(pattern), "range" =>
    read_field(range) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyRecurrence { "pattern" => optional(pattern), "range" =>
    optional(range) }
}
/// `CreateEventResponseBodyReminders`, a model several operations share: also named [`CreateEventByMeResponseBodyReminders`], [`GetEventResponseBodyReminders`], [`PatchEventResponseBodyReminders`], [`ListEventsResponseBodyEventsReminders`], [`ListEventsInstancesResponseBodyEventsReminders`], [`ListInstancesResponseBodyEventsReminders`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyReminders {
    /// `method`.
    pub method: Option<String>,
    /// `minutes`.
    pub minutes: Option<String>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyReminders { "method" => read_field(method), "minutes" =>
    read_field(minutes) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyReminders { "method" => optional(method), "minutes" =>
    optional(minutes) }
}
/// `CreateEventResponseBodyRichTextDescription`, a model several operations share: also named [`CreateEventByMeResponseBodyRichTextDescription`], [`GetEventResponseBodyRichTextDescription`], [`PatchEventResponseBodyRichTextDescription`], [`ListEventsResponseBodyEventsRichTextDescription`], [`ListEventsViewResponseBodyEventsRichTextDescription`], [`ListEventsViewByMeResponseBodyEventsRichTextDescription`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyRichTextDescription {
    /// `text`.
    pub text: Option<String>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyRichTextDescription { "text" => read_field(text) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyRichTextDescription { "text" => optional(text) }
}
/// `CreateEventResponseBodyStart`: the same model as [`CreateEventResponseBodyEnd`].
pub type CreateEventResponseBodyStart = CreateEventResponseBodyEnd;
/// `CreateEventResponseBodyUiConfigs`, a model several operations share: also named [`CreateEventByMeResponseBodyUiConfigs`], [`GetEventResponseBodyUiConfigs`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyUiConfigs {
    /// `uiName`.
    pub ui_name: Option<String>,
    /// `uiStatus`.
    pub ui_status: Option<String>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyUiConfigs { "uiName" => read_field(ui_name), "uiStatus" =>
    read_field(ui_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyUiConfigs { "uiName" => optional(ui_name), "uiStatus" =>
    optional(ui_status) }
}
/// `CreateEventByMeRequestRecurrencePattern`: the same model as [`CreateEventRequestRecurrencePattern`].
pub type CreateEventByMeRequestRecurrencePattern = CreateEventRequestRecurrencePattern;
/// `CreateEventByMeRequestRecurrenceRange`: the same model as [`CreateEventRequestRecurrenceRange`].
pub type CreateEventByMeRequestRecurrenceRange = CreateEventRequestRecurrenceRange;
/// `CreateEventByMeResponseBodyAttendees`: the same model as [`CreateEventResponseBodyAttendees`].
pub type CreateEventByMeResponseBodyAttendees = CreateEventResponseBodyAttendees;
/// `CreateEventByMeResponseBodyEnd`: the same model as [`CreateEventResponseBodyEnd`].
pub type CreateEventByMeResponseBodyEnd = CreateEventResponseBodyEnd;
/// `CreateEventByMeResponseBodyLocation`: the same model as [`CreateEventResponseBodyLocation`].
pub type CreateEventByMeResponseBodyLocation = CreateEventResponseBodyLocation;
/// `CreateEventByMeResponseBodyOnlineMeetingInfo`: the same model as [`CreateEventResponseBodyOnlineMeetingInfo`].
pub type CreateEventByMeResponseBodyOnlineMeetingInfo = CreateEventResponseBodyOnlineMeetingInfo;
/// `CreateEventByMeResponseBodyOrganizer`: the same model as [`CreateEventResponseBodyOrganizer`].
pub type CreateEventByMeResponseBodyOrganizer = CreateEventResponseBodyOrganizer;
/// `CreateEventByMeResponseBodyRecurrence`: the same model as [`CreateEventResponseBodyRecurrence`].
pub type CreateEventByMeResponseBodyRecurrence = CreateEventResponseBodyRecurrence;
/// `CreateEventByMeResponseBodyReminders`: the same model as [`CreateEventResponseBodyReminders`].
pub type CreateEventByMeResponseBodyReminders = CreateEventResponseBodyReminders;
/// `CreateEventByMeResponseBodyRichTextDescription`: the same model as [`CreateEventResponseBodyRichTextDescription`].
pub type CreateEventByMeResponseBodyRichTextDescription = CreateEventResponseBodyRichTextDescription;
/// `CreateEventByMeResponseBodyStart`: the same model as [`CreateEventResponseBodyEnd`].
pub type CreateEventByMeResponseBodyStart = CreateEventResponseBodyEnd;
/// `CreateEventByMeResponseBodyUiConfigs`: the same model as [`CreateEventResponseBodyUiConfigs`].
pub type CreateEventByMeResponseBodyUiConfigs = CreateEventResponseBodyUiConfigs;
/// `GetEventResponseBodyAttendees`: the same model as [`CreateEventResponseBodyAttendees`].
pub type GetEventResponseBodyAttendees = CreateEventResponseBodyAttendees;
/// `GetEventResponseBodyCardInstances`: the same model as [`CreateEventResponseBodyCardInstances`].
pub type GetEventResponseBodyCardInstances = CreateEventResponseBodyCardInstances;
/// `GetEventResponseBodyCategories`: the same model as [`CreateEventResponseBodyLocation`].
pub type GetEventResponseBodyCategories = CreateEventResponseBodyLocation;
/// `GetEventResponseBodyEnd`: the same model as [`CreateEventResponseBodyEnd`].
pub type GetEventResponseBodyEnd = CreateEventResponseBodyEnd;
/// `GetEventResponseBodyExtendedProperties`: the same model as [`CreateEventResponseBodyExtendedProperties`].
pub type GetEventResponseBodyExtendedProperties = CreateEventResponseBodyExtendedProperties;
/// `GetEventResponseBodyLocation`, a model several operations share: also named [`PatchEventResponseBodyLocation`], [`ListEventsResponseBodyEventsLocation`], [`ListEventsInstancesResponseBodyEventsLocation`], [`ListEventsViewResponseBodyEventsLocation`], [`ListEventsViewByMeResponseBodyEventsLocation`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetEventResponseBodyLocation {
    /// `displayName`.
    pub display_name: Option<String>,
    /// `meetingRooms`.
    pub meeting_rooms: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetEventResponseBodyLocation { "displayName" => read_field(display_name),
    "meetingRooms" => read_field(meeting_rooms) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEventResponseBodyLocation { "displayName" => optional(display_name),
    "meetingRooms" => optional(meeting_rooms) }
}
/// `GetEventResponseBodyMeetingRooms`, a model several operations share: also named [`ListEventsResponseBodyEventsMeetingRooms`], [`ListEventsViewResponseBodyEventsMeetingRooms`], [`ListEventsViewByMeResponseBodyEventsMeetingRooms`], [`ListInstancesResponseBodyEventsMeetingRooms`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetEventResponseBodyMeetingRooms {
    /// `displayName`.
    pub display_name: Option<String>,
    /// `responseStatus`.
    pub response_status: Option<String>,
    /// `roomId`.
    pub room_id: Option<String>,
}
rt::impl_deserialize! {
    GetEventResponseBodyMeetingRooms { "displayName" => read_field(display_name),
    "responseStatus" => read_field(response_status), "roomId" => read_field(room_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEventResponseBodyMeetingRooms { "displayName" => optional(display_name),
    "responseStatus" => optional(response_status), "roomId" => optional(room_id) }
}
/// `GetEventResponseBodyOnlineMeetingInfo`: the same model as [`CreateEventResponseBodyOnlineMeetingInfo`].
pub type GetEventResponseBodyOnlineMeetingInfo = CreateEventResponseBodyOnlineMeetingInfo;
/// `GetEventResponseBodyOrganizer`: the same model as [`CreateEventResponseBodyOrganizer`].
pub type GetEventResponseBodyOrganizer = CreateEventResponseBodyOrganizer;
/// `GetEventResponseBodyOriginStart`, a model several operations share: also named [`ListEventsResponseBodyEventsOriginStart`], [`ListEventsViewResponseBodyEventsOriginStart`], [`ListEventsViewByMeResponseBodyEventsOriginStart`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetEventResponseBodyOriginStart {
    /// `dateTime`.
    pub date_time: Option<String>,
}
rt::impl_deserialize! {
    GetEventResponseBodyOriginStart { "dateTime" => read_field(date_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEventResponseBodyOriginStart { "dateTime" => optional(date_time) }
}
/// `GetEventResponseBodyRecurrence`: the same model as [`CreateEventResponseBodyRecurrence`].
pub type GetEventResponseBodyRecurrence = CreateEventResponseBodyRecurrence;
/// `GetEventResponseBodyReminders`: the same model as [`CreateEventResponseBodyReminders`].
pub type GetEventResponseBodyReminders = CreateEventResponseBodyReminders;
/// `GetEventResponseBodyRichTextDescription`: the same model as [`CreateEventResponseBodyRichTextDescription`].
pub type GetEventResponseBodyRichTextDescription = CreateEventResponseBodyRichTextDescription;
/// `GetEventResponseBodyStart`: the same model as [`CreateEventResponseBodyEnd`].
pub type GetEventResponseBodyStart = CreateEventResponseBodyEnd;
/// `GetEventResponseBodyUiConfigs`: the same model as [`CreateEventResponseBodyUiConfigs`].
pub type GetEventResponseBodyUiConfigs = CreateEventResponseBodyUiConfigs;
/// `GetMeetingRoomsScheduleResponseBodyScheduleInformation`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingRoomsScheduleResponseBodyScheduleInformation {
    /// `error`.
    pub error: Option<String>,
    /// `roomId`.
    pub room_id: Option<String>,
    /// `scheduleItems`.
    pub schedule_items: Option<
        Vec<GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItems>,
    >,
}
rt::impl_deserialize! {
    GetMeetingRoomsScheduleResponseBodyScheduleInformation { "error" =>
    read_field(error), "roomId" => read_field(room_id), "scheduleItems" =>
    read_field(schedule_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMeetingRoomsScheduleResponseBodyScheduleInformation { "error" => optional(error),
    "roomId" => optional(room_id), "scheduleItems" => optional(schedule_items) }
}
/// `GetScheduleResponseBodyScheduleInformation`, a model several operations share: also named [`GetScheduleByMeResponseBodyScheduleInformation`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetScheduleResponseBodyScheduleInformation {
    /// `error`.
    pub error: Option<String>,
    /// `scheduleItems`.
    pub schedule_items: Option<
        Vec<GetScheduleResponseBodyScheduleInformationScheduleItems>,
    >,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetScheduleResponseBodyScheduleInformation { "error" => read_field(error),
    "scheduleItems" => read_field(schedule_items), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetScheduleResponseBodyScheduleInformation { "error" => optional(error),
    "scheduleItems" => optional(schedule_items), "userId" => optional(user_id) }
}
/// `GetScheduleByMeResponseBodyScheduleInformation`: the same model as [`GetScheduleResponseBodyScheduleInformation`].
pub type GetScheduleByMeResponseBodyScheduleInformation = GetScheduleResponseBodyScheduleInformation;
/// `GetSignInListResponseBodyUsers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignInListResponseBodyUsers {
    /// `checkInTime`.
    pub check_in_time: Option<i64>,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetSignInListResponseBodyUsers { "checkInTime" => read_field(check_in_time),
    "displayName" => read_field(display_name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignInListResponseBodyUsers { "checkInTime" => optional(check_in_time),
    "displayName" => optional(display_name), "userId" => optional(user_id) }
}
/// `GetSignOutListResponseBodyUsers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSignOutListResponseBodyUsers {
    /// `checkOutTime`.
    pub check_out_time: Option<i64>,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetSignOutListResponseBodyUsers { "checkOutTime" => read_field(check_out_time),
    "displayName" => read_field(display_name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSignOutListResponseBodyUsers { "checkOutTime" => optional(check_out_time),
    "displayName" => optional(display_name), "userId" => optional(user_id) }
}
/// `GetSubscribedCalendarResponseBodySubscribeScope`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSubscribedCalendarResponseBodySubscribeScope {
    /// `corpIds`.
    pub corp_ids: Option<Vec<String>>,
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
    /// `unionIds`.
    pub union_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetSubscribedCalendarResponseBodySubscribeScope { "corpIds" => read_field(corp_ids),
    "openConversationIds" => read_field(open_conversation_ids), "unionIds" =>
    read_field(union_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSubscribedCalendarResponseBodySubscribeScope { "corpIds" => optional(corp_ids),
    "openConversationIds" => optional(open_conversation_ids), "unionIds" =>
    optional(union_ids) }
}
/// `ListAclsResponseBodyAcls`: the same model as [`CreateAclsResponseBody`].
pub type ListAclsResponseBodyAcls = CreateAclsResponseBody;
/// `ListAiMinutesResponseBodyMinutes`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAiMinutesResponseBodyMinutes {
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `minutesId`.
    pub minutes_id: Option<String>,
}
rt::impl_deserialize! {
    ListAiMinutesResponseBodyMinutes { "creatorUserId" => read_field(creator_user_id),
    "minutesId" => read_field(minutes_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAiMinutesResponseBodyMinutes { "creatorUserId" => optional(creator_user_id),
    "minutesId" => optional(minutes_id) }
}
/// `ListAttendeesResponseBodyAttendees`: the same model as [`CreateEventResponseBodyAttendees`].
pub type ListAttendeesResponseBodyAttendees = CreateEventResponseBodyAttendees;
/// `ListCalendarsResponseBodyResponse`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCalendarsResponseBodyResponse {
    /// `calendars`.
    pub calendars: Option<Vec<ListCalendarsResponseBodyResponseCalendars>>,
}
rt::impl_deserialize! {
    ListCalendarsResponseBodyResponse { "calendars" => read_field(calendars) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCalendarsResponseBodyResponse { "calendars" => optional(calendars) }
}
/// `ListCategoriesResponseBodyCategories`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCategoriesResponseBodyCategories {
    /// `displayName`.
    pub display_name: Option<String>,
    /// `openCategoryId`.
    pub open_category_id: Option<String>,
}
rt::impl_deserialize! {
    ListCategoriesResponseBodyCategories { "displayName" => read_field(display_name),
    "openCategoryId" => read_field(open_category_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCategoriesResponseBodyCategories { "displayName" => optional(display_name),
    "openCategoryId" => optional(open_category_id) }
}
/// `ListEventsResponseBodyEvents`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEventsResponseBodyEvents {
    /// `attendees`.
    pub attendees: Option<Vec<ListEventsResponseBodyEventsAttendees>>,
    /// `categories`.
    pub categories: Option<Vec<ListEventsResponseBodyEventsCategories>>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `end`.
    pub end: Option<ListEventsResponseBodyEventsEnd>,
    /// `extendedProperties`.
    pub extended_properties: Option<ListEventsResponseBodyEventsExtendedProperties>,
    /// `id`.
    pub id: Option<String>,
    /// `isAllDay`.
    pub is_all_day: Option<bool>,
    /// `location`.
    pub location: Option<ListEventsResponseBodyEventsLocation>,
    /// `meetingRooms`.
    pub meeting_rooms: Option<Vec<ListEventsResponseBodyEventsMeetingRooms>>,
    /// `onlineMeetingInfo`.
    pub online_meeting_info: Option<ListEventsResponseBodyEventsOnlineMeetingInfo>,
    /// `organizer`.
    pub organizer: Option<ListEventsResponseBodyEventsOrganizer>,
    /// `originStart`.
    pub origin_start: Option<ListEventsResponseBodyEventsOriginStart>,
    /// `recurrence`.
    pub recurrence: Option<ListEventsResponseBodyEventsRecurrence>,
    /// `reminders`.
    pub reminders: Option<Vec<ListEventsResponseBodyEventsReminders>>,
    /// `richTextDescription`.
    pub rich_text_description: Option<ListEventsResponseBodyEventsRichTextDescription>,
    /// `seriesMasterId`.
    pub series_master_id: Option<String>,
    /// `start`.
    pub start: Option<ListEventsResponseBodyEventsStart>,
    /// `status`.
    pub status: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `updateTime`.
    pub update_time: Option<String>,
}
rt::impl_deserialize! {
    ListEventsResponseBodyEvents { "attendees" => read_field(attendees), "categories" =>
    read_field(categories), "createTime" => read_field(create_time), "description" =>
    read_field(description), "end" => read_field(end), "extendedProperties" =>
    read_field(extended_properties), "id" => read_field(id), "isAllDay" =>
    read_field(is_all_day), "location" => read_field(location), "meetingRooms" =>
    read_field(meeting_rooms), "onlineMeetingInfo" => read_field(online_meeting_info),
    "organizer" => read_field(organizer), "originStart" => read_field(origin_start),
    "recurrence" => read_field(recurrence), "reminders" => read_field(reminders),
    "richTextDescription" => read_field(rich_text_description), "seriesMasterId" =>
    read_field(series_master_id), "start" => read_field(start), "status" =>
    read_field(status), "summary" => read_field(summary), "updateTime" =>
    read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEventsResponseBodyEvents { "attendees" => optional(attendees), "categories" =>
    optional(categories), "createTime" => optional(create_time), "description" =>
    optional(description), "end" => optional(end), "extendedProperties" =>
    optional(extended_properties), "id" => optional(id), "isAllDay" =>
    optional(is_all_day), "location" => optional(location), "meetingRooms" =>
    optional(meeting_rooms), "onlineMeetingInfo" => optional(online_meeting_info),
    "organizer" => optional(organizer), "originStart" => optional(origin_start),
    "recurrence" => optional(recurrence), "reminders" => optional(reminders),
    "richTextDescription" => optional(rich_text_description), "seriesMasterId" =>
    optional(series_master_id), "start" => optional(start), "status" => optional(status),
    "summary" => optional(summary), "updateTime" => optional(update_time) }
}
/// `ListEventsInstancesResponseBodyEvents`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEventsInstancesResponseBodyEvents {
    /// `attendees`.
    pub attendees: Option<Vec<ListEventsInstancesResponseBodyEventsAttendees>>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `end`.
    pub end: Option<ListEventsInstancesResponseBodyEventsEnd>,
    /// `extendedProperties`.
    pub extended_properties: Option<
        ListEventsInstancesResponseBodyEventsExtendedProperties,
    >,
    /// `id`.
    pub id: Option<String>,
    /// `isAllDay`.
    pub is_all_day: Option<bool>,
    /// `location`.
    pub location: Option<ListEventsInstancesResponseBodyEventsLocation>,
    /// `onlineMeetingInfo`.
    pub online_meeting_info: Option<
        ListEventsInstancesResponseBodyEventsOnlineMeetingInfo,
    >,
    /// `organizer`.
    pub organizer: Option<ListEventsInstancesResponseBodyEventsOrganizer>,
    /// `recurrence`.
    pub recurrence: Option<ListEventsInstancesResponseBodyEventsRecurrence>,
    /// `reminders`.
    pub reminders: Option<Vec<ListEventsInstancesResponseBodyEventsReminders>>,
    /// `seriesMasterId`.
    pub series_master_id: Option<String>,
    /// `start`.
    pub start: Option<ListEventsInstancesResponseBodyEventsStart>,
    /// `status`.
    pub status: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `updateTime`.
    pub update_time: Option<String>,
}
rt::impl_deserialize! {
    ListEventsInstancesResponseBodyEvents { "attendees" => read_field(attendees),
    "createTime" => read_field(create_time), "description" => read_field(description),
    "end" => read_field(end), "extendedProperties" => read_field(extended_properties),
    "id" => read_field(id), "isAllDay" => read_field(is_all_day), "location" =>
    read_field(location), "onlineMeetingInfo" => read_field(online_meeting_info),
    "organizer" => read_field(organizer), "recurrence" => read_field(recurrence),
    "reminders" => read_field(reminders), "seriesMasterId" =>
    read_field(series_master_id), "start" => read_field(start), "status" =>
    read_field(status), "summary" => read_field(summary), "updateTime" =>
    read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEventsInstancesResponseBodyEvents { "attendees" => optional(attendees),
    "createTime" => optional(create_time), "description" => optional(description), "end"
    => optional(end), "extendedProperties" => optional(extended_properties), "id" =>
    optional(id), "isAllDay" => optional(is_all_day), "location" => optional(location),
    "onlineMeetingInfo" => optional(online_meeting_info), "organizer" =>
    optional(organizer), "recurrence" => optional(recurrence), "reminders" =>
    optional(reminders), "seriesMasterId" => optional(series_master_id), "start" =>
    optional(start), "status" => optional(status), "summary" => optional(summary),
    "updateTime" => optional(update_time) }
}
/// `ListEventsViewResponseBodyEvents`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEventsViewResponseBodyEvents {
    /// `attendees`.
    pub attendees: Option<Vec<ListEventsViewResponseBodyEventsAttendees>>,
    /// `categories`.
    pub categories: Option<Vec<ListEventsViewResponseBodyEventsCategories>>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `end`.
    pub end: Option<ListEventsViewResponseBodyEventsEnd>,
    /// `extendedProperties`.
    pub extended_properties: Option<ListEventsViewResponseBodyEventsExtendedProperties>,
    /// `id`.
    pub id: Option<String>,
    /// `isAllDay`.
    pub is_all_day: Option<bool>,
    /// `location`.
    pub location: Option<ListEventsViewResponseBodyEventsLocation>,
    /// `meetingRooms`.
    pub meeting_rooms: Option<Vec<ListEventsViewResponseBodyEventsMeetingRooms>>,
    /// `onlineMeetingInfo`.
    pub online_meeting_info: Option<ListEventsViewResponseBodyEventsOnlineMeetingInfo>,
    /// `organizer`.
    pub organizer: Option<ListEventsViewResponseBodyEventsOrganizer>,
    /// `originStart`.
    pub origin_start: Option<ListEventsViewResponseBodyEventsOriginStart>,
    /// `recurrence`.
    pub recurrence: Option<ListEventsViewResponseBodyEventsRecurrence>,
    /// `richTextDescription`.
    pub rich_text_description: Option<
        ListEventsViewResponseBodyEventsRichTextDescription,
    >,
    /// `seriesMasterId`.
    pub series_master_id: Option<String>,
    /// `start`.
    pub start: Option<ListEventsViewResponseBodyEventsStart>,
    /// `status`.
    pub status: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `updateTime`.
    pub update_time: Option<String>,
}
rt::impl_deserialize! {
    ListEventsViewResponseBodyEvents { "attendees" => read_field(attendees), "categories"
    => read_field(categories), "createTime" => read_field(create_time), "description" =>
    read_field(description), "end" => read_field(end), "extendedProperties" =>
    read_field(extended_properties), "id" => read_field(id), "isAllDay" =>
    read_field(is_all_day), "location" => read_field(location), "meetingRooms" =>
    read_field(meeting_rooms), "onlineMeetingInfo" => read_field(online_meeting_info),
    "organizer" => read_field(organizer), "originStart" => read_field(origin_start),
    "recurrence" => read_field(recurrence), "richTextDescription" =>
    read_field(rich_text_description), "seriesMasterId" => read_field(series_master_id),
    "start" => read_field(start), "status" => read_field(status), "summary" =>
    read_field(summary), "updateTime" => read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEventsViewResponseBodyEvents { "attendees" => optional(attendees), "categories"
    => optional(categories), "createTime" => optional(create_time), "description" =>
    optional(description), "end" => optional(end), "extendedProperties" =>
    optional(extended_properties), "id" => optional(id), "isAllDay" =>
    optional(is_all_day), "location" => optional(location), "meetingRooms" =>
    optional(meeting_rooms), "onlineMeetingInfo" => optional(online_meeting_info),
    "organizer" => optional(organizer), "originStart" => optional(origin_start),
    "recurrence" => optional(recurrence), "richTextDescription" =>
    optional(rich_text_description), "seriesMasterId" => optional(series_master_id),
    "start" => optional(start), "status" => optional(status), "summary" =>
    optional(summary), "updateTime" => optional(update_time) }
}
/// `ListEventsViewByMeResponseBodyEvents`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEventsViewByMeResponseBodyEvents {
    /// `attendees`.
    pub attendees: Option<Vec<ListEventsViewByMeResponseBodyEventsAttendees>>,
    /// `categories`.
    pub categories: Option<Vec<ListEventsViewByMeResponseBodyEventsCategories>>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `end`.
    pub end: Option<ListEventsViewByMeResponseBodyEventsEnd>,
    /// `extendedProperties`.
    pub extended_properties: Option<
        ListEventsViewByMeResponseBodyEventsExtendedProperties,
    >,
    /// `id`.
    pub id: Option<String>,
    /// `isAllDay`.
    pub is_all_day: Option<bool>,
    /// `location`.
    pub location: Option<ListEventsViewByMeResponseBodyEventsLocation>,
    /// `meetingRooms`.
    pub meeting_rooms: Option<Vec<ListEventsViewByMeResponseBodyEventsMeetingRooms>>,
    /// `onlineMeetingInfo`.
    pub online_meeting_info: Option<
        ListEventsViewByMeResponseBodyEventsOnlineMeetingInfo,
    >,
    /// `organizer`.
    pub organizer: Option<ListEventsViewByMeResponseBodyEventsOrganizer>,
    /// `originStart`.
    pub origin_start: Option<ListEventsViewByMeResponseBodyEventsOriginStart>,
    /// `recurrence`.
    pub recurrence: Option<ListEventsViewByMeResponseBodyEventsRecurrence>,
    /// `richTextDescription`.
    pub rich_text_description: Option<
        ListEventsViewByMeResponseBodyEventsRichTextDescription,
    >,
    /// `seriesMasterId`.
    pub series_master_id: Option<String>,
    /// `start`.
    pub start: Option<ListEventsViewByMeResponseBodyEventsStart>,
    /// `status`.
    pub status: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `updateTime`.
    pub update_time: Option<String>,
}
rt::impl_deserialize! {
    ListEventsViewByMeResponseBodyEvents { "attendees" => read_field(attendees),
    "categories" => read_field(categories), "createTime" => read_field(create_time),
    "description" => read_field(description), "end" => read_field(end),
    "extendedProperties" => read_field(extended_properties), "id" => read_field(id),
    "isAllDay" => read_field(is_all_day), "location" => read_field(location),
    "meetingRooms" => read_field(meeting_rooms), "onlineMeetingInfo" =>
    read_field(online_meeting_info), "organizer" => read_field(organizer), "originStart"
    => read_field(origin_start), "recurrence" => read_field(recurrence),
    "richTextDescription" => read_field(rich_text_description), "seriesMasterId" =>
    read_field(series_master_id), "start" => read_field(start), "status" =>
    read_field(status), "summary" => read_field(summary), "updateTime" =>
    read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEventsViewByMeResponseBodyEvents { "attendees" => optional(attendees),
    "categories" => optional(categories), "createTime" => optional(create_time),
    "description" => optional(description), "end" => optional(end), "extendedProperties"
    => optional(extended_properties), "id" => optional(id), "isAllDay" =>
    optional(is_all_day), "location" => optional(location), "meetingRooms" =>
    optional(meeting_rooms), "onlineMeetingInfo" => optional(online_meeting_info),
    "organizer" => optional(organizer), "originStart" => optional(origin_start),
    "recurrence" => optional(recurrence), "richTextDescription" =>
    optional(rich_text_description), "seriesMasterId" => optional(series_master_id),
    "start" => optional(start), "status" => optional(status), "summary" =>
    optional(summary), "updateTime" => optional(update_time) }
}
/// `ListInstancesResponseBodyEvents`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListInstancesResponseBodyEvents {
    /// `attendees`.
    pub attendees: Option<Vec<ListInstancesResponseBodyEventsAttendees>>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `end`.
    pub end: Option<ListInstancesResponseBodyEventsEnd>,
    /// `extendedProperties`.
    pub extended_properties: Option<ListInstancesResponseBodyEventsExtendedProperties>,
    /// `id`.
    pub id: Option<String>,
    /// `isAllDay`.
    pub is_all_day: Option<bool>,
    /// `location`.
    pub location: Option<ListInstancesResponseBodyEventsLocation>,
    /// `meetingRooms`.
    pub meeting_rooms: Option<Vec<ListInstancesResponseBodyEventsMeetingRooms>>,
    /// `onlineMeetingInfo`.
    pub online_meeting_info: Option<ListInstancesResponseBodyEventsOnlineMeetingInfo>,
    /// `organizer`.
    pub organizer: Option<ListInstancesResponseBodyEventsOrganizer>,
    /// `recurrence`.
    pub recurrence: Option<ListInstancesResponseBodyEventsRecurrence>,
    /// `reminders`.
    pub reminders: Option<Vec<ListInstancesResponseBodyEventsReminders>>,
    /// `seriesMasterId`.
    pub series_master_id: Option<String>,
    /// `start`.
    pub start: Option<ListInstancesResponseBodyEventsStart>,
    /// `status`.
    pub status: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `updateTime`.
    pub update_time: Option<String>,
}
rt::impl_deserialize! {
    ListInstancesResponseBodyEvents { "attendees" => read_field(attendees), "createTime"
    => read_field(create_time), "description" => read_field(description), "end" =>
    read_field(end), "extendedProperties" => read_field(extended_properties), "id" =>
    read_field(id), "isAllDay" => read_field(is_all_day), "location" =>
    read_field(location), "meetingRooms" => read_field(meeting_rooms),
    "onlineMeetingInfo" => read_field(online_meeting_info), "organizer" =>
    read_field(organizer), "recurrence" => read_field(recurrence), "reminders" =>
    read_field(reminders), "seriesMasterId" => read_field(series_master_id), "start" =>
    read_field(start), "status" => read_field(status), "summary" => read_field(summary),
    "updateTime" => read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListInstancesResponseBodyEvents { "attendees" => optional(attendees), "createTime" =>
    optional(create_time), "description" => optional(description), "end" =>
    optional(end), "extendedProperties" => optional(extended_properties), "id" =>
    optional(id), "isAllDay" => optional(is_all_day), "location" => optional(location),
    "meetingRooms" => optional(meeting_rooms), "onlineMeetingInfo" =>
    optional(online_meeting_info), "organizer" => optional(organizer), "recurrence" =>
    optional(recurrence), "reminders" => optional(reminders), "seriesMasterId" =>
    optional(series_master_id), "start" => optional(start), "status" => optional(status),
    "summary" => optional(summary), "updateTime" => optional(update_time) }
}
/// `ListOrgPluginsResponseBodyPlugins`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOrgPluginsResponseBodyPlugins {
    /// `logo`.
    pub logo: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `pluginClassification`.
    pub plugin_classification: Option<String>,
    /// `pluginId`.
    pub plugin_id: Option<String>,
    /// `subscribers`.
    pub subscribers: Option<ListOrgPluginsResponseBodyPluginsSubscribers>,
}
rt::impl_deserialize! {
    ListOrgPluginsResponseBodyPlugins { "logo" => read_field(logo), "name" =>
    read_field(name), "pluginClassification" => read_field(plugin_classification),
    "pluginId" => read_field(plugin_id), "subscribers" => read_field(subscribers) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListOrgPluginsResponseBodyPlugins { "logo" => optional(logo), "name" =>
    optional(name), "pluginClassification" => optional(plugin_classification), "pluginId"
    => optional(plugin_id), "subscribers" => optional(subscribers) }
}
/// `PatchEventRequestRecurrencePattern`: the same model as [`CreateEventRequestRecurrencePattern`].
pub type PatchEventRequestRecurrencePattern = CreateEventRequestRecurrencePattern;
/// `PatchEventRequestRecurrenceRange`: the same model as [`CreateEventRequestRecurrenceRange`].
pub type PatchEventRequestRecurrenceRange = CreateEventRequestRecurrenceRange;
/// `PatchEventResponseBodyAttendees`: the same model as [`CreateEventResponseBodyAttendees`].
pub type PatchEventResponseBodyAttendees = CreateEventResponseBodyAttendees;
/// `PatchEventResponseBodyCardInstances`: the same model as [`CreateEventResponseBodyCardInstances`].
pub type PatchEventResponseBodyCardInstances = CreateEventResponseBodyCardInstances;
/// `PatchEventResponseBodyCategories`: the same model as [`CreateEventResponseBodyCategories`].
pub type PatchEventResponseBodyCategories = CreateEventResponseBodyCategories;
/// `PatchEventResponseBodyEnd`: the same model as [`CreateEventResponseBodyEnd`].
pub type PatchEventResponseBodyEnd = CreateEventResponseBodyEnd;
/// `PatchEventResponseBodyExtendedProperties`: the same model as [`CreateEventResponseBodyExtendedProperties`].
pub type PatchEventResponseBodyExtendedProperties = CreateEventResponseBodyExtendedProperties;
/// `PatchEventResponseBodyLocation`: the same model as [`GetEventResponseBodyLocation`].
pub type PatchEventResponseBodyLocation = GetEventResponseBodyLocation;
/// `PatchEventResponseBodyOnlineMeetingInfo`, a model several operations share: also named [`ListEventsInstancesResponseBodyEventsOnlineMeetingInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PatchEventResponseBodyOnlineMeetingInfo {
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    PatchEventResponseBodyOnlineMeetingInfo { "conferenceId" =>
    read_field(conference_id), "type" => read_field(r#type), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PatchEventResponseBodyOnlineMeetingInfo { "conferenceId" => optional(conference_id),
    "type" => optional(r#type), "url" => optional(url) }
}
/// `PatchEventResponseBodyOrganizer`: the same model as [`CreateEventResponseBodyOrganizer`].
pub type PatchEventResponseBodyOrganizer = CreateEventResponseBodyOrganizer;
/// `PatchEventResponseBodyRecurrence`: the same model as [`CreateEventResponseBodyRecurrence`].
pub type PatchEventResponseBodyRecurrence = CreateEventResponseBodyRecurrence;
/// `PatchEventResponseBodyReminders`: the same model as [`CreateEventResponseBodyReminders`].
pub type PatchEventResponseBodyReminders = CreateEventResponseBodyReminders;
/// `PatchEventResponseBodyRichTextDescription`: the same model as [`CreateEventResponseBodyRichTextDescription`].
pub type PatchEventResponseBodyRichTextDescription = CreateEventResponseBodyRichTextDescription;
/// `PatchEventResponseBodyStart`: the same model as [`CreateEventResponseBodyEnd`].
pub type PatchEventResponseBodyStart = CreateEventResponseBodyEnd;
/// `PatchEventResponseBodyUiConfigs`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PatchEventResponseBodyUiConfigs {
    /// `uiName`.
    pub ui_name: Option<String>,
    /// `uiStatus`.
    pub ui_status: Option<String>,
}
rt::impl_deserialize! {
    PatchEventResponseBodyUiConfigs { "uiName" => read_field(ui_name), "uiStatus" =>
    read_field(ui_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PatchEventResponseBodyUiConfigs { "uiName" => optional(ui_name), "uiStatus" =>
    optional(ui_status) }
}
/// `CreateEventResponseBodyExtendedPropertiesSharedProperties`, a model several operations share: also named [`GetEventResponseBodyExtendedPropertiesSharedProperties`], [`PatchEventResponseBodyExtendedPropertiesSharedProperties`], [`ListEventsResponseBodyEventsExtendedPropertiesSharedProperties`], [`ListEventsInstancesResponseBodyEventsExtendedPropertiesSharedProperties`], [`ListEventsViewResponseBodyEventsExtendedPropertiesSharedProperties`], [`ListEventsViewByMeResponseBodyEventsExtendedPropertiesSharedProperties`], [`ListInstancesResponseBodyEventsExtendedPropertiesSharedProperties`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyExtendedPropertiesSharedProperties {
    /// `belongCorpId`.
    pub belong_corp_id: Option<String>,
    /// `sourceOpenCid`.
    pub source_open_cid: Option<String>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyExtendedPropertiesSharedProperties { "belongCorpId" =>
    read_field(belong_corp_id), "sourceOpenCid" => read_field(source_open_cid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyExtendedPropertiesSharedProperties { "belongCorpId" =>
    optional(belong_corp_id), "sourceOpenCid" => optional(source_open_cid) }
}
/// `CreateEventResponseBodyRecurrencePattern`, a model several operations share: also named [`CreateEventByMeResponseBodyRecurrencePattern`], [`GetEventResponseBodyRecurrencePattern`], [`PatchEventResponseBodyRecurrencePattern`], [`ListEventsResponseBodyEventsRecurrencePattern`], [`ListEventsViewResponseBodyEventsRecurrencePattern`], [`ListEventsViewByMeResponseBodyEventsRecurrencePattern`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyRecurrencePattern {
    /// `dayOfMonth`.
    pub day_of_month: Option<i64>,
    /// `daysOfWeek`.
    pub days_of_week: Option<String>,
    /// `firstDayOfWeek`.
    pub first_day_of_week: Option<String>,
    /// `index`.
    pub index: Option<String>,
    /// `interval`.
    pub interval: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyRecurrencePattern { "dayOfMonth" => read_field(day_of_month),
    "daysOfWeek" => read_field(days_of_week), "firstDayOfWeek" =>
    read_field(first_day_of_week), "index" => read_field(index), "interval" =>
    read_field(interval), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyRecurrencePattern { "dayOfMonth" => optional(day_of_month),
    "daysOfWeek" => optional(days_of_week), "firstDayOfWeek" =>
    optional(first_day_of_week), "index" => optional(index), "interval" =>
    optional(interval), "type" => optional(r#type) }
}
/// `CreateEventResponseBodyRecurrenceRange`, a model several operations share: also named [`CreateEventByMeResponseBodyRecurrenceRange`], [`GetEventResponseBodyRecurrenceRange`], [`PatchEventResponseBodyRecurrenceRange`], [`ListEventsResponseBodyEventsRecurrenceRange`], [`ListEventsInstancesResponseBodyEventsRecurrenceRange`], [`ListEventsViewResponseBodyEventsRecurrenceRange`], [`ListEventsViewByMeResponseBodyEventsRecurrenceRange`], [`ListInstancesResponseBodyEventsRecurrenceRange`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateEventResponseBodyRecurrenceRange {
    /// `endDate`.
    pub end_date: Option<String>,
    /// `numberOfOccurrences`.
    pub number_of_occurrences: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    CreateEventResponseBodyRecurrenceRange { "endDate" => read_field(end_date),
    "numberOfOccurrences" => read_field(number_of_occurrences), "type" =>
    read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateEventResponseBodyRecurrenceRange { "endDate" => optional(end_date),
    "numberOfOccurrences" => optional(number_of_occurrences), "type" => optional(r#type)
    }
}
/// `CreateEventByMeResponseBodyRecurrencePattern`: the same model as [`CreateEventResponseBodyRecurrencePattern`].
pub type CreateEventByMeResponseBodyRecurrencePattern = CreateEventResponseBodyRecurrencePattern;
/// `CreateEventByMeResponseBodyRecurrenceRange`: the same model as [`CreateEventResponseBodyRecurrenceRange`].
pub type CreateEventByMeResponseBodyRecurrenceRange = CreateEventResponseBodyRecurrenceRange;
/// `GetEventResponseBodyExtendedPropertiesSharedProperties`: the same model as [`CreateEventResponseBodyExtendedPropertiesSharedProperties`].
pub type GetEventResponseBodyExtendedPropertiesSharedProperties = CreateEventResponseBodyExtendedPropertiesSharedProperties;
/// `GetEventResponseBodyRecurrencePattern`: the same model as [`CreateEventResponseBodyRecurrencePattern`].
pub type GetEventResponseBodyRecurrencePattern = CreateEventResponseBodyRecurrencePattern;
/// `GetEventResponseBodyRecurrenceRange`: the same model as [`CreateEventResponseBodyRecurrenceRange`].
pub type GetEventResponseBodyRecurrenceRange = CreateEventResponseBodyRecurrenceRange;
/// `GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItems {
    /// `end`.
    pub end: Option<
        GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsEnd,
    >,
    /// `eventId`.
    pub event_id: Option<String>,
    /// `organizer`.
    pub organizer: Option<
        GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsOrganizer,
    >,
    /// `start`.
    pub start: Option<
        GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsStart,
    >,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItems { "end" =>
    read_field(end), "eventId" => read_field(event_id), "organizer" =>
    read_field(organizer), "start" => read_field(start), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItems { "end" =>
    optional(end), "eventId" => optional(event_id), "organizer" => optional(organizer),
    "start" => optional(start), "status" => optional(status) }
}
/// `GetScheduleResponseBodyScheduleInformationScheduleItems`, a model several operations share: also named [`GetScheduleByMeResponseBodyScheduleInformationScheduleItems`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetScheduleResponseBodyScheduleInformationScheduleItems {
    /// `end`.
    pub end: Option<GetScheduleResponseBodyScheduleInformationScheduleItemsEnd>,
    /// `start`.
    pub start: Option<GetScheduleResponseBodyScheduleInformationScheduleItemsStart>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    GetScheduleResponseBodyScheduleInformationScheduleItems { "end" => read_field(end),
    "start" => read_field(start), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetScheduleResponseBodyScheduleInformationScheduleItems { "end" => optional(end),
    "start" => optional(start), "status" => optional(status) }
}
/// `GetScheduleByMeResponseBodyScheduleInformationScheduleItems`: the same model as [`GetScheduleResponseBodyScheduleInformationScheduleItems`].
pub type GetScheduleByMeResponseBodyScheduleInformationScheduleItems = GetScheduleResponseBodyScheduleInformationScheduleItems;
/// `ListAclsResponseBodyAclsScope`: the same model as [`CreateAclsResponseBodyScope`].
pub type ListAclsResponseBodyAclsScope = CreateAclsResponseBodyScope;
/// `ListCalendarsResponseBodyResponseCalendars`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCalendarsResponseBodyResponseCalendars {
    /// `description`.
    pub description: Option<String>,
    /// `eTag`.
    pub e_tag: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `privilege`.
    pub privilege: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `timeZone`.
    pub time_zone: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    ListCalendarsResponseBodyResponseCalendars { "description" =>
    read_field(description), "eTag" => read_field(e_tag), "id" => read_field(id),
    "privilege" => read_field(privilege), "summary" => read_field(summary), "timeZone" =>
    read_field(time_zone), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListCalendarsResponseBodyResponseCalendars { "description" => optional(description),
    "eTag" => optional(e_tag), "id" => optional(id), "privilege" => optional(privilege),
    "summary" => optional(summary), "timeZone" => optional(time_zone), "type" =>
    optional(r#type) }
}
/// `ListEventsResponseBodyEventsAttendees`: the same model as [`CreateEventResponseBodyAttendees`].
pub type ListEventsResponseBodyEventsAttendees = CreateEventResponseBodyAttendees;
/// `ListEventsResponseBodyEventsCategories`: the same model as [`CreateEventResponseBodyLocation`].
pub type ListEventsResponseBodyEventsCategories = CreateEventResponseBodyLocation;
/// `ListEventsResponseBodyEventsEnd`: the same model as [`CreateEventResponseBodyEnd`].
pub type ListEventsResponseBodyEventsEnd = CreateEventResponseBodyEnd;
/// `ListEventsResponseBodyEventsExtendedProperties`: the same model as [`CreateEventResponseBodyExtendedProperties`].
pub type ListEventsResponseBodyEventsExtendedProperties = CreateEventResponseBodyExtendedProperties;
/// `ListEventsResponseBodyEventsLocation`: the same model as [`GetEventResponseBodyLocation`].
pub type ListEventsResponseBodyEventsLocation = GetEventResponseBodyLocation;
/// `ListEventsResponseBodyEventsMeetingRooms`: the same model as [`GetEventResponseBodyMeetingRooms`].
pub type ListEventsResponseBodyEventsMeetingRooms = GetEventResponseBodyMeetingRooms;
/// `ListEventsResponseBodyEventsOnlineMeetingInfo`: the same model as [`CreateEventResponseBodyOnlineMeetingInfo`].
pub type ListEventsResponseBodyEventsOnlineMeetingInfo = CreateEventResponseBodyOnlineMeetingInfo;
/// `ListEventsResponseBodyEventsOrganizer`: the same model as [`CreateEventResponseBodyOrganizer`].
pub type ListEventsResponseBodyEventsOrganizer = CreateEventResponseBodyOrganizer;
/// `ListEventsResponseBodyEventsOriginStart`: the same model as [`GetEventResponseBodyOriginStart`].
pub type ListEventsResponseBodyEventsOriginStart = GetEventResponseBodyOriginStart;
/// `ListEventsResponseBodyEventsRecurrence`: the same model as [`CreateEventResponseBodyRecurrence`].
pub type ListEventsResponseBodyEventsRecurrence = CreateEventResponseBodyRecurrence;
/// `ListEventsResponseBodyEventsReminders`: the same model as [`CreateEventResponseBodyReminders`].
pub type ListEventsResponseBodyEventsReminders = CreateEventResponseBodyReminders;
/// `ListEventsResponseBodyEventsRichTextDescription`: the same model as [`CreateEventResponseBodyRichTextDescription`].
pub type ListEventsResponseBodyEventsRichTextDescription = CreateEventResponseBodyRichTextDescription;
/// `ListEventsResponseBodyEventsStart`: the same model as [`CreateEventResponseBodyEnd`].
pub type ListEventsResponseBodyEventsStart = CreateEventResponseBodyEnd;
/// `ListEventsInstancesResponseBodyEventsAttendees`: the same model as [`CreateEventResponseBodyAttendees`].
pub type ListEventsInstancesResponseBodyEventsAttendees = CreateEventResponseBodyAttendees;
/// `ListEventsInstancesResponseBodyEventsEnd`: the same model as [`CreateEventResponseBodyEnd`].
pub type ListEventsInstancesResponseBodyEventsEnd = CreateEventResponseBodyEnd;
/// `ListEventsInstancesResponseBodyEventsExtendedProperties`: the same model as [`CreateEventResponseBodyExtendedProperties`].
pub type ListEventsInstancesResponseBodyEventsExtendedProperties = CreateEventResponseBodyExtendedProperties;
/// `ListEventsInstancesResponseBodyEventsLocation`: the same model as [`GetEventResponseBodyLocation`].
pub type ListEventsInstancesResponseBodyEventsLocation = GetEventResponseBodyLocation;
/// `ListEventsInstancesResponseBodyEventsOnlineMeetingInfo`: the same model as [`PatchEventResponseBodyOnlineMeetingInfo`].
pub type ListEventsInstancesResponseBodyEventsOnlineMeetingInfo = PatchEventResponseBodyOnlineMeetingInfo;
/// `ListEventsInstancesResponseBodyEventsOrganizer`: the same model as [`CreateEventResponseBodyOrganizer`].
pub type ListEventsInstancesResponseBodyEventsOrganizer = CreateEventResponseBodyOrganizer;
/// `ListEventsInstancesResponseBodyEventsRecurrence`, a model several operations share: also named [`ListInstancesResponseBodyEventsRecurrence`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEventsInstancesResponseBodyEventsRecurrence {
    /// `pattern`.
    pub pattern: Option<ListEventsInstancesResponseBodyEventsRecurrencePattern>,
    /// `range`.
    pub range: Option<ListEventsInstancesResponseBodyEventsRecurrenceRange>,
}
rt::impl_deserialize! {
    ListEventsInstancesResponseBodyEventsRecurrence { "pattern" => read_field(pattern),
    "range" => read_field(range) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEventsInstancesResponseBodyEventsRecurrence { "pattern" => optional(pattern),
    "range" => optional(range) }
}
/// `ListEventsInstancesResponseBodyEventsReminders`: the same model as [`CreateEventResponseBodyReminders`].
pub type ListEventsInstancesResponseBodyEventsReminders = CreateEventResponseBodyReminders;
/// `ListEventsInstancesResponseBodyEventsStart`: the same model as [`CreateEventResponseBodyEnd`].
pub type ListEventsInstancesResponseBodyEventsStart = CreateEventResponseBodyEnd;
/// `ListEventsViewResponseBodyEventsAttendees`: the same model as [`CreateEventResponseBodyAttendees`].
pub type ListEventsViewResponseBodyEventsAttendees = CreateEventResponseBodyAttendees;
/// `ListEventsViewResponseBodyEventsCategories`: the same model as [`CreateEventResponseBodyLocation`].
pub type ListEventsViewResponseBodyEventsCategories = CreateEventResponseBodyLocation;
/// `ListEventsViewResponseBodyEventsEnd`: the same model as [`CreateEventResponseBodyEnd`].
pub type ListEventsViewResponseBodyEventsEnd = CreateEventResponseBodyEnd;
/// `ListEventsViewResponseBodyEventsExtendedProperties`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEventsViewResponseBodyEventsExtendedProperties {
    /// `privateProperties`.
    pub private_properties: Option<
        ListEventsViewResponseBodyEventsExtendedPropertiesPrivateProperties,
    >,
    /// `sharedProperties`.
    pub shared_properties: Option<
        ListEventsViewResponseBodyEventsExtendedPropertiesSharedProperties,
    >,
}
rt::impl_deserialize! {
    ListEventsViewResponseBodyEventsExtendedProperties { "privateProperties" =>
    read_field(private_properties), "sharedProperties" => read_field(shared_properties) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEventsViewResponseBodyEventsExtendedProperties { "privateProperties" =>
    optional(private_properties), "sharedProperties" => optional(shared_properties) }
}
/// `ListEventsViewResponseBodyEventsLocation`: the same model as [`GetEventResponseBodyLocation`].
pub type ListEventsViewResponseBodyEventsLocation = GetEventResponseBodyLocation;
/// `ListEventsViewResponseBodyEventsMeetingRooms`: the same model as [`GetEventResponseBodyMeetingRooms`].
pub type ListEventsViewResponseBodyEventsMeetingRooms = GetEventResponseBodyMeetingRooms;
/// `ListEventsViewResponseBodyEventsOnlineMeetingInfo`: the same model as [`CreateEventResponseBodyOnlineMeetingInfo`].
pub type ListEventsViewResponseBodyEventsOnlineMeetingInfo = CreateEventResponseBodyOnlineMeetingInfo;
/// `ListEventsViewResponseBodyEventsOrganizer`: the same model as [`CreateEventResponseBodyOrganizer`].
pub type ListEventsViewResponseBodyEventsOrganizer = CreateEventResponseBodyOrganizer;
/// `ListEventsViewResponseBodyEventsOriginStart`: the same model as [`GetEventResponseBodyOriginStart`].
pub type ListEventsViewResponseBodyEventsOriginStart = GetEventResponseBodyOriginStart;
/// `ListEventsViewResponseBodyEventsRecurrence`: the same model as [`CreateEventResponseBodyRecurrence`].
pub type ListEventsViewResponseBodyEventsRecurrence = CreateEventResponseBodyRecurrence;
/// `ListEventsViewResponseBodyEventsRichTextDescription`: the same model as [`CreateEventResponseBodyRichTextDescription`].
pub type ListEventsViewResponseBodyEventsRichTextDescription = CreateEventResponseBodyRichTextDescription;
/// `ListEventsViewResponseBodyEventsStart`: the same model as [`CreateEventResponseBodyEnd`].
pub type ListEventsViewResponseBodyEventsStart = CreateEventResponseBodyEnd;
/// `ListEventsViewByMeResponseBodyEventsAttendees`: the same model as [`CreateEventResponseBodyAttendees`].
pub type ListEventsViewByMeResponseBodyEventsAttendees = CreateEventResponseBodyAttendees;
/// `ListEventsViewByMeResponseBodyEventsCategories`: the same model as [`CreateEventResponseBodyLocation`].
pub type ListEventsViewByMeResponseBodyEventsCategories = CreateEventResponseBodyLocation;
/// `ListEventsViewByMeResponseBodyEventsEnd`: the same model as [`CreateEventResponseBodyEnd`].
pub type ListEventsViewByMeResponseBodyEventsEnd = CreateEventResponseBodyEnd;
/// `ListEventsViewByMeResponseBodyEventsExtendedProperties`: the same model as [`CreateEventResponseBodyExtendedProperties`].
pub type ListEventsViewByMeResponseBodyEventsExtendedProperties = CreateEventResponseBodyExtendedProperties;
/// `ListEventsViewByMeResponseBodyEventsLocation`: the same model as [`GetEventResponseBodyLocation`].
pub type ListEventsViewByMeResponseBodyEventsLocation = GetEventResponseBodyLocation;
/// `ListEventsViewByMeResponseBodyEventsMeetingRooms`: the same model as [`GetEventResponseBodyMeetingRooms`].
pub type ListEventsViewByMeResponseBodyEventsMeetingRooms = GetEventResponseBodyMeetingRooms;
/// `ListEventsViewByMeResponseBodyEventsOnlineMeetingInfo`: the same model as [`CreateEventResponseBodyOnlineMeetingInfo`].
pub type ListEventsViewByMeResponseBodyEventsOnlineMeetingInfo = CreateEventResponseBodyOnlineMeetingInfo;
/// `ListEventsViewByMeResponseBodyEventsOrganizer`: the same model as [`CreateEventResponseBodyOrganizer`].
pub type ListEventsViewByMeResponseBodyEventsOrganizer = CreateEventResponseBodyOrganizer;
/// `ListEventsViewByMeResponseBodyEventsOriginStart`: the same model as [`GetEventResponseBodyOriginStart`].
pub type ListEventsViewByMeResponseBodyEventsOriginStart = GetEventResponseBodyOriginStart;
/// `ListEventsViewByMeResponseBodyEventsRecurrence`: the same model as [`CreateEventResponseBodyRecurrence`].
pub type ListEventsViewByMeResponseBodyEventsRecurrence = CreateEventResponseBodyRecurrence;
/// `ListEventsViewByMeResponseBodyEventsRichTextDescription`: the same model as [`CreateEventResponseBodyRichTextDescription`].
pub type ListEventsViewByMeResponseBodyEventsRichTextDescription = CreateEventResponseBodyRichTextDescription;
/// `ListEventsViewByMeResponseBodyEventsStart`: the same model as [`CreateEventResponseBodyEnd`].
pub type ListEventsViewByMeResponseBodyEventsStart = CreateEventResponseBodyEnd;
/// `ListInstancesResponseBodyEventsAttendees`: the same model as [`CreateEventResponseBodyAttendees`].
pub type ListInstancesResponseBodyEventsAttendees = CreateEventResponseBodyAttendees;
/// `ListInstancesResponseBodyEventsEnd`: the same model as [`CreateEventResponseBodyEnd`].
pub type ListInstancesResponseBodyEventsEnd = CreateEventResponseBodyEnd;
/// `ListInstancesResponseBodyEventsExtendedProperties`: the same model as [`CreateEventResponseBodyExtendedProperties`].
pub type ListInstancesResponseBodyEventsExtendedProperties = CreateEventResponseBodyExtendedProperties;
/// `ListInstancesResponseBodyEventsLocation`: the same model as [`CreateEventResponseBodyLocation`].
pub type ListInstancesResponseBodyEventsLocation = CreateEventResponseBodyLocation;
/// `ListInstancesResponseBodyEventsMeetingRooms`: the same model as [`GetEventResponseBodyMeetingRooms`].
pub type ListInstancesResponseBodyEventsMeetingRooms = GetEventResponseBodyMeetingRooms;
/// `ListInstancesResponseBodyEventsOnlineMeetingInfo`: the same model as [`CreateEventResponseBodyOnlineMeetingInfo`].
pub type ListInstancesResponseBodyEventsOnlineMeetingInfo = CreateEventResponseBodyOnlineMeetingInfo;
/// `ListInstancesResponseBodyEventsOrganizer`: the same model as [`CreateEventResponseBodyOrganizer`].
pub type ListInstancesResponseBodyEventsOrganizer = CreateEventResponseBodyOrganizer;
/// `ListInstancesResponseBodyEventsRecurrence`: the same model as [`ListEventsInstancesResponseBodyEventsRecurrence`].
pub type ListInstancesResponseBodyEventsRecurrence = ListEventsInstancesResponseBodyEventsRecurrence;
/// `ListInstancesResponseBodyEventsReminders`: the same model as [`CreateEventResponseBodyReminders`].
pub type ListInstancesResponseBodyEventsReminders = CreateEventResponseBodyReminders;
/// `ListInstancesResponseBodyEventsStart`: the same model as [`CreateEventResponseBodyEnd`].
pub type ListInstancesResponseBodyEventsStart = CreateEventResponseBodyEnd;
/// `ListOrgPluginsResponseBodyPluginsSubscribers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOrgPluginsResponseBodyPluginsSubscribers {
    /// `deptIds`.
    pub dept_ids: Option<Vec<String>>,
    /// `unionIds`.
    pub union_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    ListOrgPluginsResponseBodyPluginsSubscribers { "deptIds" => read_field(dept_ids),
    "unionIds" => read_field(union_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListOrgPluginsResponseBodyPluginsSubscribers { "deptIds" => optional(dept_ids),
    "unionIds" => optional(union_ids) }
}
/// `PatchEventResponseBodyExtendedPropertiesSharedProperties`: the same model as [`CreateEventResponseBodyExtendedPropertiesSharedProperties`].
pub type PatchEventResponseBodyExtendedPropertiesSharedProperties = CreateEventResponseBodyExtendedPropertiesSharedProperties;
/// `PatchEventResponseBodyRecurrencePattern`: the same model as [`CreateEventResponseBodyRecurrencePattern`].
pub type PatchEventResponseBodyRecurrencePattern = CreateEventResponseBodyRecurrencePattern;
/// `PatchEventResponseBodyRecurrenceRange`: the same model as [`CreateEventResponseBodyRecurrenceRange`].
pub type PatchEventResponseBodyRecurrenceRange = CreateEventResponseBodyRecurrenceRange;
/// `GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsEnd`, a model several operations share: also named [`GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsStart`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsEnd {
    /// `dateTime`.
    pub date_time: Option<String>,
    /// `timeZone`.
    pub time_zone: Option<String>,
}
rt::impl_deserialize! {
    GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsEnd { "dateTime"
    => read_field(date_time), "timeZone" => read_field(time_zone) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsEnd { "dateTime"
    => optional(date_time), "timeZone" => optional(time_zone) }
}
/// `GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsOrganizer`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsOrganizer {
    /// `id`.
    pub id: Option<String>,
}
rt::impl_deserialize! {
    GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsOrganizer { "id"
    => read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsOrganizer { "id"
    => optional(id) }
}
/// `GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsStart`: the same model as [`GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsEnd`].
pub type GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsStart = GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsEnd;
/// `GetScheduleResponseBodyScheduleInformationScheduleItemsEnd`: the same model as [`CreateEventResponseBodyEnd`].
pub type GetScheduleResponseBodyScheduleInformationScheduleItemsEnd = CreateEventResponseBodyEnd;
/// `GetScheduleResponseBodyScheduleInformationScheduleItemsStart`: the same model as [`CreateEventResponseBodyEnd`].
pub type GetScheduleResponseBodyScheduleInformationScheduleItemsStart = CreateEventResponseBodyEnd;
/// `GetScheduleByMeResponseBodyScheduleInformationScheduleItemsEnd`: the same model as [`CreateEventResponseBodyEnd`].
pub type GetScheduleByMeResponseBodyScheduleInformationScheduleItemsEnd = CreateEventResponseBodyEnd;
/// `GetScheduleByMeResponseBodyScheduleInformationScheduleItemsStart`: the same model as [`CreateEventResponseBodyEnd`].
pub type GetScheduleByMeResponseBodyScheduleInformationScheduleItemsStart = CreateEventResponseBodyEnd;
/// `ListEventsResponseBodyEventsExtendedPropertiesSharedProperties`: the same model as [`CreateEventResponseBodyExtendedPropertiesSharedProperties`].
pub type ListEventsResponseBodyEventsExtendedPropertiesSharedProperties = CreateEventResponseBodyExtendedPropertiesSharedProperties;
/// `ListEventsResponseBodyEventsRecurrencePattern`: the same model as [`CreateEventResponseBodyRecurrencePattern`].
pub type ListEventsResponseBodyEventsRecurrencePattern = CreateEventResponseBodyRecurrencePattern;
/// `ListEventsResponseBodyEventsRecurrenceRange`: the same model as [`CreateEventResponseBodyRecurrenceRange`].
pub type ListEventsResponseBodyEventsRecurrenceRange = CreateEventResponseBodyRecurrenceRange;
/// `ListEventsInstancesResponseBodyEventsExtendedPropertiesSharedProperties`: the same model as [`CreateEventResponseBodyExtendedPropertiesSharedProperties`].
pub type ListEventsInstancesResponseBodyEventsExtendedPropertiesSharedProperties = CreateEventResponseBodyExtendedPropertiesSharedProperties;
/// `ListEventsInstancesResponseBodyEventsRecurrencePattern`, a model several operations share: also named [`ListInstancesResponseBodyEventsRecurrencePattern`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEventsInstancesResponseBodyEventsRecurrencePattern {
    /// `dayOfMonth`.
    pub day_of_month: Option<i64>,
    /// `daysOfWeek`.
    pub days_of_week: Option<String>,
    /// `index`.
    pub index: Option<String>,
    /// `interval`.
    pub interval: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    ListEventsInstancesResponseBodyEventsRecurrencePattern { "dayOfMonth" =>
    read_field(day_of_month), "daysOfWeek" => read_field(days_of_week), "index" =>
    read_field(index), "interval" => read_field(interval), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEventsInstancesResponseBodyEventsRecurrencePattern { "dayOfMonth" =>
    optional(day_of_month), "daysOfWeek" => optional(days_of_week), "index" =>
    optional(index), "interval" => optional(interval), "type" => optional(r#type) }
}
/// `ListEventsInstancesResponseBodyEventsRecurrenceRange`: the same model as [`CreateEventResponseBodyRecurrenceRange`].
pub type ListEventsInstancesResponseBodyEventsRecurrenceRange = CreateEventResponseBodyRecurrenceRange;
/// `ListEventsViewResponseBodyEventsExtendedPropertiesPrivateProperties`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEventsViewResponseBodyEventsExtendedPropertiesPrivateProperties {
    /// `dingtalkDetailUrl`.
    pub dingtalk_detail_url: Option<String>,
}
rt::impl_deserialize! {
    ListEventsViewResponseBodyEventsExtendedPropertiesPrivateProperties {
    "dingtalkDetailUrl" => read_field(dingtalk_detail_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEventsViewResponseBodyEventsExtendedPropertiesPrivateProperties {
    "dingtalkDetailUrl" => optional(dingtalk_detail_url) }
}
/// `ListEventsViewResponseBodyEventsExtendedPropertiesSharedProperties`: the same model as [`CreateEventResponseBodyExtendedPropertiesSharedProperties`].
pub type ListEventsViewResponseBodyEventsExtendedPropertiesSharedProperties = CreateEventResponseBodyExtendedPropertiesSharedProperties;
/// `ListEventsViewResponseBodyEventsRecurrencePattern`: the same model as [`CreateEventResponseBodyRecurrencePattern`].
pub type ListEventsViewResponseBodyEventsRecurrencePattern = CreateEventResponseBodyRecurrencePattern;
/// `ListEventsViewResponseBodyEventsRecurrenceRange`: the same model as [`CreateEventResponseBodyRecurrenceRange`].
pub type ListEventsViewResponseBodyEventsRecurrenceRange = CreateEventResponseBodyRecurrenceRange;
/// `ListEventsViewByMeResponseBodyEventsExtendedPropertiesSharedProperties`: the same model as [`CreateEventResponseBodyExtendedPropertiesSharedProperties`].
pub type ListEventsViewByMeResponseBodyEventsExtendedPropertiesSharedProperties = CreateEventResponseBodyExtendedPropertiesSharedProperties;
/// `ListEventsViewByMeResponseBodyEventsRecurrencePattern`: the same model as [`CreateEventResponseBodyRecurrencePattern`].
pub type ListEventsViewByMeResponseBodyEventsRecurrencePattern = CreateEventResponseBodyRecurrencePattern;
/// `ListEventsViewByMeResponseBodyEventsRecurrenceRange`: the same model as [`CreateEventResponseBodyRecurrenceRange`].
pub type ListEventsViewByMeResponseBodyEventsRecurrenceRange = CreateEventResponseBodyRecurrenceRange;
/// `ListInstancesResponseBodyEventsExtendedPropertiesSharedProperties`: the same model as [`CreateEventResponseBodyExtendedPropertiesSharedProperties`].
pub type ListInstancesResponseBodyEventsExtendedPropertiesSharedProperties = CreateEventResponseBodyExtendedPropertiesSharedProperties;
/// `ListInstancesResponseBodyEventsRecurrencePattern`: the same model as [`ListEventsInstancesResponseBodyEventsRecurrencePattern`].
pub type ListInstancesResponseBodyEventsRecurrencePattern = ListEventsInstancesResponseBodyEventsRecurrencePattern;
/// `ListInstancesResponseBodyEventsRecurrenceRange`: the same model as [`CreateEventResponseBodyRecurrenceRange`].
pub type ListInstancesResponseBodyEventsRecurrenceRange = CreateEventResponseBodyRecurrenceRange;
/// The request of [`Api::add_attendee`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddAttendeeRequest {
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
    /// `attendeesToAdd`.
    pub attendees_to_add: Vec<AddAttendeeRequestAttendeesToAdd>,
    /// `chatNotification`.
    pub chat_notification: Option<bool>,
    /// `pushNotification`.
    pub push_notification: Option<bool>,
}
/// The required fields of [`AddAttendeeRequest`], each named where it is set: `AddAttendeeRequest::new(AddAttendeeRequired { .. })`.
pub struct AddAttendeeRequired {
    /// `attendeesToAdd`: see [`AddAttendeeRequest::attendees_to_add`].
    pub attendees_to_add: Vec<AddAttendeeRequestAttendeesToAdd>,
}
impl AddAttendeeRequest {
    /// A `AddAttendeeRequest` with its required fields (`attendeesToAdd`); set the others with the methods named after them.
    pub fn new(required: AddAttendeeRequired) -> Self {
        let AddAttendeeRequired { attendees_to_add } = required;
        Self {
            x_client_token: None,
            attendees_to_add,
            chat_notification: None,
            push_notification: None,
        }
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
    /// Sets `chatNotification`.
    pub fn chat_notification(mut self, value: bool) -> Self {
        self.chat_notification = Some(value);
        self
    }
    /// Sets `pushNotification`.
    pub fn push_notification(mut self, value: bool) -> Self {
        self.push_notification = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddAttendeeRequest { "attendeesToAdd" => field(attendees_to_add), "chatNotification"
    => optional(chat_notification), "pushNotification" => optional(push_notification) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddAttendeeRequest { "x-client-token" => read_field(x_client_token), "attendeesToAdd"
    => read_field(attendees_to_add), "chatNotification" => read_field(chat_notification),
    "pushNotification" => read_field(push_notification) }
}
impl rt::WriteRequest for AddAttendeeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::add_meeting_rooms`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddMeetingRoomsRequest {
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
    /// `meetingRoomsToAdd`.
    pub meeting_rooms_to_add: Vec<AddMeetingRoomsRequestMeetingRoomsToAdd>,
}
/// The required fields of [`AddMeetingRoomsRequest`], each named where it is set: `AddMeetingRoomsRequest::new(AddMeetingRoomsRequired { .. })`.
pub struct AddMeetingRoomsRequired {
    /// `meetingRoomsToAdd`: see [`AddMeetingRoomsRequest::meeting_rooms_to_add`].
    pub meeting_rooms_to_add: Vec<AddMeetingRoomsRequestMeetingRoomsToAdd>,
}
impl AddMeetingRoomsRequest {
    /// A `AddMeetingRoomsRequest` with its required fields (`meetingRoomsToAdd`); set the others with the methods named after them.
    pub fn new(required: AddMeetingRoomsRequired) -> Self {
        let AddMeetingRoomsRequired { meeting_rooms_to_add } = required;
        Self {
            x_client_token: None,
            meeting_rooms_to_add,
        }
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddMeetingRoomsRequest { "meetingRoomsToAdd" => field(meeting_rooms_to_add) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddMeetingRoomsRequest { "x-client-token" => read_field(x_client_token),
    "meetingRoomsToAdd" => read_field(meeting_rooms_to_add) }
}
impl rt::WriteRequest for AddMeetingRoomsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::cancel_event`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelEventRequest {
    /// `scope`: a query parameter.
    pub scope: Option<String>,
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
}
impl CancelEventRequest {
    /// An empty `CancelEventRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `scope`.
    pub fn scope(mut self, value: impl Into<String>) -> Self {
        self.scope = Some(value.into());
        self
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CancelEventRequest { "scope" => read_field(scope), "x-client-token" =>
    read_field(x_client_token) }
}
impl rt::WriteRequest for CancelEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("scope", &self.scope);
        writer.header("x-client-token", &self.x_client_token);
    }
}
/// The request of [`Api::convert_legacy_event_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ConvertLegacyEventIdRequest {
    /// `legacyEventIds`.
    pub legacy_event_ids: Vec<String>,
}
/// The required fields of [`ConvertLegacyEventIdRequest`], each named where it is set: `ConvertLegacyEventIdRequest::new(ConvertLegacyEventIdRequired { .. })`.
pub struct ConvertLegacyEventIdRequired {
    /// `legacyEventIds`: see [`ConvertLegacyEventIdRequest::legacy_event_ids`].
    pub legacy_event_ids: Vec<String>,
}
impl ConvertLegacyEventIdRequest {
    /// A `ConvertLegacyEventIdRequest` with its required fields (`legacyEventIds`); set the others with the methods named after them.
    pub fn new(required: ConvertLegacyEventIdRequired) -> Self {
        let ConvertLegacyEventIdRequired { legacy_event_ids } = required;
        Self { legacy_event_ids }
    }
}
rt::impl_serialize! {
    ConvertLegacyEventIdRequest { "legacyEventIds" => field(legacy_event_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConvertLegacyEventIdRequest { "legacyEventIds" => read_field(legacy_event_ids) }
}
impl rt::WriteRequest for ConvertLegacyEventIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_acls`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateAclsRequest {
    /// `privilege`.
    pub privilege: String,
    /// `scope`.
    pub scope: CreateAclsRequestScope,
    /// `sendMsg`.
    pub send_msg: bool,
}
/// The required fields of [`CreateAclsRequest`], each named where it is set: `CreateAclsRequest::new(CreateAclsRequired { .. })`.
pub struct CreateAclsRequired {
    /// `privilege`: see [`CreateAclsRequest::privilege`].
    pub privilege: String,
    /// `scope`: see [`CreateAclsRequest::scope`].
    pub scope: CreateAclsRequestScope,
    /// `sendMsg`: see [`CreateAclsRequest::send_msg`].
    pub send_msg: bool,
}
impl CreateAclsRequest {
    /// A `CreateAclsRequest` with its required fields (`privilege`, `scope`, `sendMsg`); set the others with the methods named after them.
    pub fn new(required: CreateAclsRequired) -> Self {
        let CreateAclsRequired { privilege, scope, send_msg } = required;
        Self { privilege, scope, send_msg }
    }
}
rt::impl_serialize! {
    CreateAclsRequest { "privilege" => field(privilege), "scope" => field(scope),
    "sendMsg" => field(send_msg) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAclsRequest { "privilege" => read_field(privilege), "scope" =>
    read_field(scope), "sendMsg" => read_field(send_msg) }
}
impl rt::WriteRequest for CreateAclsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateEventRequest {
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
    /// `attendees`.
    pub attendees: Option<Vec<CreateEventRequestAttendees>>,
    /// `cardInstances`.
    pub card_instances: Option<Vec<CreateEventRequestCardInstances>>,
    /// `categories`.
    pub categories: Option<Vec<CreateEventRequestCategories>>,
    /// `description`.
    pub description: Option<String>,
    /// `end`.
    pub end: CreateEventRequestEnd,
    /// `eventConfig`.
    pub event_config: Option<CreateEventRequestEventConfig>,
    /// `extra`.
    pub extra: Option<rt::BTreeMap<String, String>>,
    /// `freeBusyStatus`.
    pub free_busy_status: Option<String>,
    /// `isAllDay`.
    pub is_all_day: Option<bool>,
    /// `location`.
    pub location: Option<CreateEventRequestLocation>,
    /// `onlineMeetingInfo`.
    pub online_meeting_info: Option<CreateEventRequestOnlineMeetingInfo>,
    /// `recurrence`.
    pub recurrence: Option<CreateEventRequestRecurrence>,
    /// `reminders`.
    pub reminders: Option<Vec<CreateEventRequestReminders>>,
    /// `richTextDescription`.
    pub rich_text_description: Option<CreateEventRequestRichTextDescription>,
    /// `start`.
    pub start: CreateEventRequestStart,
    /// `summary`.
    pub summary: String,
    /// `uiConfigs`.
    pub ui_configs: Option<Vec<CreateEventRequestUiConfigs>>,
}
/// The required fields of [`CreateEventRequest`], each named where it is set: `CreateEventRequest::new(CreateEventRequired { .. })`.
pub struct CreateEventRequired {
    /// `end`: see [`CreateEventRequest::end`].
    pub end: CreateEventRequestEnd,
    /// `start`: see [`CreateEventRequest::start`].
    pub start: CreateEventRequestStart,
    /// `summary`: see [`CreateEventRequest::summary`].
    pub summary: String,
}
impl CreateEventRequest {
    /// A `CreateEventRequest` with its required fields (`end`, `start`, `summary`); set the others with the methods named after them.
    pub fn new(required: CreateEventRequired) -> Self {
        let CreateEventRequired { end, start, summary } = required;
        Self {
            x_client_token: None,
            attendees: None,
            card_instances: None,
            categories: None,
            description: None,
            end,
            event_config: None,
            extra: None,
            free_busy_status: None,
            is_all_day: None,
            location: None,
            online_meeting_info: None,
            recurrence: None,
            reminders: None,
            rich_text_description: None,
            start,
            summary,
            ui_configs: None,
        }
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
    /// Sets `attendees`.
    pub fn attendees(
        mut self,
        value: impl IntoIterator<Item = CreateEventRequestAttendees>,
    ) -> Self {
        self.attendees = Some(value.into_iter().collect());
        self
    }
    /// Sets `cardInstances`.
    pub fn card_instances(
        mut self,
        value: impl IntoIterator<Item = CreateEventRequestCardInstances>,
    ) -> Self {
        self.card_instances = Some(value.into_iter().collect());
        self
    }
    /// Sets `categories`.
    pub fn categories(
        mut self,
        value: impl IntoIterator<Item = CreateEventRequestCategories>,
    ) -> Self {
        self.categories = Some(value.into_iter().collect());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `eventConfig`.
    pub fn event_config(mut self, value: CreateEventRequestEventConfig) -> Self {
        self.event_config = Some(value);
        self
    }
    /// Sets `extra`.
    pub fn extra(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.extra = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `freeBusyStatus`.
    pub fn free_busy_status(mut self, value: impl Into<String>) -> Self {
        self.free_busy_status = Some(value.into());
        self
    }
    /// Sets `isAllDay`.
    pub fn is_all_day(mut self, value: bool) -> Self {
        self.is_all_day = Some(value);
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: CreateEventRequestLocation) -> Self {
        self.location = Some(value);
        self
    }
    /// Sets `onlineMeetingInfo`.
    pub fn online_meeting_info(
        mut self,
        value: CreateEventRequestOnlineMeetingInfo,
    ) -> Self {
        self.online_meeting_info = Some(value);
        self
    }
    /// Sets `recurrence`.
    pub fn recurrence(mut self, value: CreateEventRequestRecurrence) -> Self {
        self.recurrence = Some(value);
        self
    }
    /// Sets `reminders`.
    pub fn reminders(
        mut self,
        value: impl IntoIterator<Item = CreateEventRequestReminders>,
    ) -> Self {
        self.reminders = Some(value.into_iter().collect());
        self
    }
    /// Sets `richTextDescription`.
    pub fn rich_text_description(
        mut self,
        value: CreateEventRequestRichTextDescription,
    ) -> Self {
        self.rich_text_description = Some(value);
        self
    }
    /// Sets `uiConfigs`.
    pub fn ui_configs(
        mut self,
        value: impl IntoIterator<Item = CreateEventRequestUiConfigs>,
    ) -> Self {
        self.ui_configs = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateEventRequest { "attendees" => optional(attendees), "cardInstances" =>
    optional(card_instances), "categories" => optional(categories), "description" =>
    optional(description), "end" => field(end), "eventConfig" => optional(event_config),
    "extra" => optional(extra), "freeBusyStatus" => optional(free_busy_status),
    "isAllDay" => optional(is_all_day), "location" => optional(location),
    "onlineMeetingInfo" => optional(online_meeting_info), "recurrence" =>
    optional(recurrence), "reminders" => optional(reminders), "richTextDescription" =>
    optional(rich_text_description), "start" => field(start), "summary" =>
    field(summary), "uiConfigs" => optional(ui_configs) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEventRequest { "x-client-token" => read_field(x_client_token), "attendees" =>
    read_field(attendees), "cardInstances" => read_field(card_instances), "categories" =>
    read_field(categories), "description" => read_field(description), "end" =>
    read_field(end), "eventConfig" => read_field(event_config), "extra" =>
    read_field(extra), "freeBusyStatus" => read_field(free_busy_status), "isAllDay" =>
    read_field(is_all_day), "location" => read_field(location), "onlineMeetingInfo" =>
    read_field(online_meeting_info), "recurrence" => read_field(recurrence), "reminders"
    => read_field(reminders), "richTextDescription" => read_field(rich_text_description),
    "start" => read_field(start), "summary" => read_field(summary), "uiConfigs" =>
    read_field(ui_configs) }
}
impl rt::WriteRequest for CreateEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_event_by_me`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateEventByMeRequest {
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
    /// `attendees`.
    pub attendees: Option<Vec<CreateEventByMeRequestAttendees>>,
    /// `description`.
    pub description: Option<String>,
    /// `end`.
    pub end: Option<CreateEventByMeRequestEnd>,
    /// `extra`.
    pub extra: Option<rt::BTreeMap<String, String>>,
    /// `isAllDay`.
    pub is_all_day: Option<bool>,
    /// `location`.
    pub location: Option<CreateEventByMeRequestLocation>,
    /// `onlineMeetingInfo`.
    pub online_meeting_info: Option<CreateEventByMeRequestOnlineMeetingInfo>,
    /// `recurrence`.
    pub recurrence: Option<CreateEventByMeRequestRecurrence>,
    /// `reminders`.
    pub reminders: Option<Vec<CreateEventByMeRequestReminders>>,
    /// `richTextDescription`.
    pub rich_text_description: Option<CreateEventByMeRequestRichTextDescription>,
    /// `start`.
    pub start: CreateEventByMeRequestStart,
    /// `summary`.
    pub summary: String,
    /// `uiConfigs`.
    pub ui_configs: Option<Vec<CreateEventByMeRequestUiConfigs>>,
}
/// The required fields of [`CreateEventByMeRequest`], each named where it is set: `CreateEventByMeRequest::new(CreateEventByMeRequired { .. })`.
pub struct CreateEventByMeRequired {
    /// `start`: see [`CreateEventByMeRequest::start`].
    pub start: CreateEventByMeRequestStart,
    /// `summary`: see [`CreateEventByMeRequest::summary`].
    pub summary: String,
}
impl CreateEventByMeRequest {
    /// A `CreateEventByMeRequest` with its required fields (`start`, `summary`); set the others with the methods named after them.
    pub fn new(required: CreateEventByMeRequired) -> Self {
        let CreateEventByMeRequired { start, summary } = required;
        Self {
            x_client_token: None,
            attendees: None,
            description: None,
            end: None,
            extra: None,
            is_all_day: None,
            location: None,
            online_meeting_info: None,
            recurrence: None,
            reminders: None,
            rich_text_description: None,
            start,
            summary,
            ui_configs: None,
        }
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
    /// Sets `attendees`.
    pub fn attendees(
        mut self,
        value: impl IntoIterator<Item = CreateEventByMeRequestAttendees>,
    ) -> Self {
        self.attendees = Some(value.into_iter().collect());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `end`.
    pub fn end(mut self, value: CreateEventByMeRequestEnd) -> Self {
        self.end = Some(value);
        self
    }
    /// Sets `extra`.
    pub fn extra(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.extra = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `isAllDay`.
    pub fn is_all_day(mut self, value: bool) -> Self {
        self.is_all_day = Some(value);
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: CreateEventByMeRequestLocation) -> Self {
        self.location = Some(value);
        self
    }
    /// Sets `onlineMeetingInfo`.
    pub fn online_meeting_info(
        mut self,
        value: CreateEventByMeRequestOnlineMeetingInfo,
    ) -> Self {
        self.online_meeting_info = Some(value);
        self
    }
    /// Sets `recurrence`.
    pub fn recurrence(mut self, value: CreateEventByMeRequestRecurrence) -> Self {
        self.recurrence = Some(value);
        self
    }
    /// Sets `reminders`.
    pub fn reminders(
        mut self,
        value: impl IntoIterator<Item = CreateEventByMeRequestReminders>,
    ) -> Self {
        self.reminders = Some(value.into_iter().collect());
        self
    }
    /// Sets `richTextDescription`.
    pub fn rich_text_description(
        mut self,
        value: CreateEventByMeRequestRichTextDescription,
    ) -> Self {
        self.rich_text_description = Some(value);
        self
    }
    /// Sets `uiConfigs`.
    pub fn ui_configs(
        mut self,
        value: impl IntoIterator<Item = CreateEventByMeRequestUiConfigs>,
    ) -> Self {
        self.ui_configs = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateEventByMeRequest { "attendees" => optional(attendees), "description" =>
    optional(description), "end" => optional(end), "extra" => optional(extra), "isAllDay"
    => optional(is_all_day), "location" => optional(location), "onlineMeetingInfo" =>
    optional(online_meeting_info), "recurrence" => optional(recurrence), "reminders" =>
    optional(reminders), "richTextDescription" => optional(rich_text_description),
    "start" => field(start), "summary" => field(summary), "uiConfigs" =>
    optional(ui_configs) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateEventByMeRequest { "x-client-token" => read_field(x_client_token), "attendees"
    => read_field(attendees), "description" => read_field(description), "end" =>
    read_field(end), "extra" => read_field(extra), "isAllDay" => read_field(is_all_day),
    "location" => read_field(location), "onlineMeetingInfo" =>
    read_field(online_meeting_info), "recurrence" => read_field(recurrence), "reminders"
    => read_field(reminders), "richTextDescription" => read_field(rich_text_description),
    "start" => read_field(start), "summary" => read_field(summary), "uiConfigs" =>
    read_field(ui_configs) }
}
impl rt::WriteRequest for CreateEventByMeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_subscribed_calendar`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateSubscribedCalendarRequest {
    /// `description`.
    pub description: Option<String>,
    /// `managers`.
    pub managers: Option<Vec<String>>,
    /// `name`.
    pub name: String,
    /// `subscribeScope`.
    pub subscribe_scope: CreateSubscribedCalendarRequestSubscribeScope,
}
/// The required fields of [`CreateSubscribedCalendarRequest`], each named where it is set: `CreateSubscribedCalendarRequest::new(CreateSubscribedCalendarRequired { .. })`.
pub struct CreateSubscribedCalendarRequired {
    /// `name`: see [`CreateSubscribedCalendarRequest::name`].
    pub name: String,
    /// `subscribeScope`: see [`CreateSubscribedCalendarRequest::subscribe_scope`].
    pub subscribe_scope: CreateSubscribedCalendarRequestSubscribeScope,
}
impl CreateSubscribedCalendarRequest {
    /// A `CreateSubscribedCalendarRequest` with its required fields (`name`, `subscribeScope`); set the others with the methods named after them.
    pub fn new(required: CreateSubscribedCalendarRequired) -> Self {
        let CreateSubscribedCalendarRequired { name, subscribe_scope } = required;
        Self {
            description: None,
            managers: None,
            name,
            subscribe_scope,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `managers`.
    pub fn managers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.managers = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    CreateSubscribedCalendarRequest { "description" => optional(description), "managers"
    => optional(managers), "name" => field(name), "subscribeScope" =>
    field(subscribe_scope) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSubscribedCalendarRequest { "description" => read_field(description),
    "managers" => read_field(managers), "name" => read_field(name), "subscribeScope" =>
    read_field(subscribe_scope) }
}
impl rt::WriteRequest for CreateSubscribedCalendarRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_event`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteEventRequest {
    /// `pushNotification`: a query parameter.
    pub push_notification: Option<bool>,
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
}
impl DeleteEventRequest {
    /// An empty `DeleteEventRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `pushNotification`.
    pub fn push_notification(mut self, value: bool) -> Self {
        self.push_notification = Some(value);
        self
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteEventRequest { "pushNotification" => read_field(push_notification),
    "x-client-token" => read_field(x_client_token) }
}
impl rt::WriteRequest for DeleteEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pushNotification", &self.push_notification);
        writer.header("x-client-token", &self.x_client_token);
    }
}
/// The request of [`Api::generate_caldav_account`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GenerateCaldavAccountRequest {
    /// `dingUid`: a header.
    pub ding_uid: Option<String>,
    /// `device`.
    pub device: String,
}
/// The required fields of [`GenerateCaldavAccountRequest`], each named where it is set: `GenerateCaldavAccountRequest::new(GenerateCaldavAccountRequired { .. })`.
pub struct GenerateCaldavAccountRequired {
    /// `device`: see [`GenerateCaldavAccountRequest::device`].
    pub device: String,
}
impl GenerateCaldavAccountRequest {
    /// A `GenerateCaldavAccountRequest` with its required fields (`device`); set the others with the methods named after them.
    pub fn new(required: GenerateCaldavAccountRequired) -> Self {
        let GenerateCaldavAccountRequired { device } = required;
        Self { ding_uid: None, device }
    }
    /// Sets `dingUid`.
    pub fn ding_uid(mut self, value: impl Into<String>) -> Self {
        self.ding_uid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GenerateCaldavAccountRequest { "device" => field(device) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GenerateCaldavAccountRequest { "dingUid" => read_field(ding_uid), "device" =>
    read_field(device) }
}
impl rt::WriteRequest for GenerateCaldavAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("dingUid", &self.ding_uid);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_event`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEventRequest {
    /// `maxAttendees`: a query parameter.
    pub max_attendees: Option<i64>,
}
impl GetEventRequest {
    /// An empty `GetEventRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxAttendees`.
    pub fn max_attendees(mut self, value: i64) -> Self {
        self.max_attendees = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetEventRequest { "maxAttendees" => read_field(max_attendees) }
}
impl rt::WriteRequest for GetEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxAttendees", &self.max_attendees);
    }
}
/// The request of [`Api::get_meeting_rooms_schedule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMeetingRoomsScheduleRequest {
    /// `endTime`.
    pub end_time: String,
    /// `roomIds`.
    pub room_ids: Vec<String>,
    /// `startTime`.
    pub start_time: String,
}
/// The required fields of [`GetMeetingRoomsScheduleRequest`], each named where it is set: `GetMeetingRoomsScheduleRequest::new(GetMeetingRoomsScheduleRequired { .. })`.
pub struct GetMeetingRoomsScheduleRequired {
    /// `endTime`: see [`GetMeetingRoomsScheduleRequest::end_time`].
    pub end_time: String,
    /// `roomIds`: see [`GetMeetingRoomsScheduleRequest::room_ids`].
    pub room_ids: Vec<String>,
    /// `startTime`: see [`GetMeetingRoomsScheduleRequest::start_time`].
    pub start_time: String,
}
impl GetMeetingRoomsScheduleRequest {
    /// A `GetMeetingRoomsScheduleRequest` with its required fields (`endTime`, `roomIds`, `startTime`); set the others with the methods named after them.
    pub fn new(required: GetMeetingRoomsScheduleRequired) -> Self {
        let GetMeetingRoomsScheduleRequired { end_time, room_ids, start_time } = required;
        Self {
            end_time,
            room_ids,
            start_time,
        }
    }
}
rt::impl_serialize! {
    GetMeetingRoomsScheduleRequest { "endTime" => field(end_time), "roomIds" =>
    field(room_ids), "startTime" => field(start_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMeetingRoomsScheduleRequest { "endTime" => read_field(end_time), "roomIds" =>
    read_field(room_ids), "startTime" => read_field(start_time) }
}
impl rt::WriteRequest for GetMeetingRoomsScheduleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_schedule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetScheduleRequest {
    /// `endTime`.
    pub end_time: String,
    /// `startTime`.
    pub start_time: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`GetScheduleRequest`], each named where it is set: `GetScheduleRequest::new(GetScheduleRequired { .. })`.
pub struct GetScheduleRequired {
    /// `endTime`: see [`GetScheduleRequest::end_time`].
    pub end_time: String,
    /// `startTime`: see [`GetScheduleRequest::start_time`].
    pub start_time: String,
    /// `userIds`: see [`GetScheduleRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl GetScheduleRequest {
    /// A `GetScheduleRequest` with its required fields (`endTime`, `startTime`, `userIds`); set the others with the methods named after them.
    pub fn new(required: GetScheduleRequired) -> Self {
        let GetScheduleRequired { end_time, start_time, user_ids } = required;
        Self {
            end_time,
            start_time,
            user_ids,
        }
    }
}
rt::impl_serialize! {
    GetScheduleRequest { "endTime" => field(end_time), "startTime" => field(start_time),
    "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetScheduleRequest { "endTime" => read_field(end_time), "startTime" =>
    read_field(start_time), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for GetScheduleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_schedule_by_me`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetScheduleByMeRequest {
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
    /// `endTime`.
    pub end_time: String,
    /// `startTime`.
    pub start_time: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`GetScheduleByMeRequest`], each named where it is set: `GetScheduleByMeRequest::new(GetScheduleByMeRequired { .. })`.
pub struct GetScheduleByMeRequired {
    /// `endTime`: see [`GetScheduleByMeRequest::end_time`].
    pub end_time: String,
    /// `startTime`: see [`GetScheduleByMeRequest::start_time`].
    pub start_time: String,
    /// `userIds`: see [`GetScheduleByMeRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl GetScheduleByMeRequest {
    /// A `GetScheduleByMeRequest` with its required fields (`endTime`, `startTime`, `userIds`); set the others with the methods named after them.
    pub fn new(required: GetScheduleByMeRequired) -> Self {
        let GetScheduleByMeRequired { end_time, start_time, user_ids } = required;
        Self {
            x_client_token: None,
            end_time,
            start_time,
            user_ids,
        }
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetScheduleByMeRequest { "endTime" => field(end_time), "startTime" =>
    field(start_time), "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetScheduleByMeRequest { "x-client-token" => read_field(x_client_token), "endTime" =>
    read_field(end_time), "startTime" => read_field(start_time), "userIds" =>
    read_field(user_ids) }
}
impl rt::WriteRequest for GetScheduleByMeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_sign_in_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSignInListRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `type`: a query parameter.
    pub r#type: String,
}
/// The required fields of [`GetSignInListRequest`], each named where it is set: `GetSignInListRequest::new(GetSignInListRequired { .. })`.
pub struct GetSignInListRequired {
    /// `maxResults`: see [`GetSignInListRequest::max_results`].
    pub max_results: i64,
    /// `type`: see [`GetSignInListRequest::r#type`](GetSignInListRequest::type).
    pub r#type: String,
}
impl GetSignInListRequest {
    /// A `GetSignInListRequest` with its required fields (`maxResults`, `type`); set the others with the methods named after them.
    pub fn new(required: GetSignInListRequired) -> Self {
        let GetSignInListRequired { max_results, r#type } = required;
        Self {
            max_results,
            next_token: None,
            r#type,
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
    GetSignInListRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "type" => read_field(r#type) }
}
impl rt::WriteRequest for GetSignInListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("type", &self.r#type);
    }
}
/// The request of [`Api::get_sign_out_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSignOutListRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `type`: a query parameter.
    pub r#type: String,
}
/// The required fields of [`GetSignOutListRequest`], each named where it is set: `GetSignOutListRequest::new(GetSignOutListRequired { .. })`.
pub struct GetSignOutListRequired {
    /// `maxResults`: see [`GetSignOutListRequest::max_results`].
    pub max_results: i64,
    /// `type`: see [`GetSignOutListRequest::r#type`](GetSignOutListRequest::type).
    pub r#type: String,
}
impl GetSignOutListRequest {
    /// A `GetSignOutListRequest` with its required fields (`maxResults`, `type`); set the others with the methods named after them.
    pub fn new(required: GetSignOutListRequired) -> Self {
        let GetSignOutListRequired { max_results, r#type } = required;
        Self {
            max_results,
            next_token: None,
            r#type,
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
    GetSignOutListRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "type" => read_field(r#type) }
}
impl rt::WriteRequest for GetSignOutListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("type", &self.r#type);
    }
}
/// The request of [`Api::list_ai_minutes`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAiMinutesRequest {
    /// `fetchAll`: a query parameter.
    pub fetch_all: Option<bool>,
    /// `dingAccessTokenType`: a header.
    pub ding_access_token_type: Option<String>,
    /// `dingIsvOrgId`: a header.
    pub ding_isv_org_id: Option<String>,
    /// `dingOrgId`: a header.
    pub ding_org_id: Option<String>,
    /// `dingSuiteKey`: a header.
    pub ding_suite_key: Option<String>,
    /// `dingUid`: a header.
    pub ding_uid: Option<String>,
}
impl ListAiMinutesRequest {
    /// An empty `ListAiMinutesRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fetchAll`.
    pub fn fetch_all(mut self, value: bool) -> Self {
        self.fetch_all = Some(value);
        self
    }
    /// Sets `dingAccessTokenType`.
    pub fn ding_access_token_type(mut self, value: impl Into<String>) -> Self {
        self.ding_access_token_type = Some(value.into());
        self
    }
    /// Sets `dingIsvOrgId`.
    pub fn ding_isv_org_id(mut self, value: impl Into<String>) -> Self {
        self.ding_isv_org_id = Some(value.into());
        self
    }
    /// Sets `dingOrgId`.
    pub fn ding_org_id(mut self, value: impl Into<String>) -> Self {
        self.ding_org_id = Some(value.into());
        self
    }
    /// Sets `dingSuiteKey`.
    pub fn ding_suite_key(mut self, value: impl Into<String>) -> Self {
        self.ding_suite_key = Some(value.into());
        self
    }
    /// Sets `dingUid`.
    pub fn ding_uid(mut self, value: impl Into<String>) -> Self {
        self.ding_uid = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListAiMinutesRequest { "fetchAll" => read_field(fetch_all), "dingAccessTokenType" =>
    read_field(ding_access_token_type), "dingIsvOrgId" => read_field(ding_isv_org_id),
    "dingOrgId" => read_field(ding_org_id), "dingSuiteKey" => read_field(ding_suite_key),
    "dingUid" => read_field(ding_uid) }
}
impl rt::WriteRequest for ListAiMinutesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("fetchAll", &self.fetch_all);
        writer.header("dingAccessTokenType", &self.ding_access_token_type);
        writer.header("dingIsvOrgId", &self.ding_isv_org_id);
        writer.header("dingOrgId", &self.ding_org_id);
        writer.header("dingSuiteKey", &self.ding_suite_key);
        writer.header("dingUid", &self.ding_uid);
    }
}
/// The request of [`Api::list_attendees`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAttendeesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl ListAttendeesRequest {
    /// An empty `ListAttendeesRequest`; set fields with the methods named after them.
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
    ListAttendeesRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
impl rt::WriteRequest for ListAttendeesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::list_categories`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCategoriesRequest {
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
}
impl ListCategoriesRequest {
    /// An empty `ListCategoriesRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListCategoriesRequest { "x-client-token" => read_field(x_client_token) }
}
impl rt::WriteRequest for ListCategoriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
    }
}
/// The request of [`Api::list_events`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListEventsRequest {
    /// `maxAttendees`: a query parameter.
    pub max_attendees: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `seriesMasterId`: a query parameter.
    pub series_master_id: Option<String>,
    /// `showDeleted`: a query parameter.
    pub show_deleted: Option<bool>,
    /// `syncToken`: a query parameter.
    pub sync_token: Option<String>,
    /// `timeMax`: a query parameter.
    pub time_max: Option<String>,
    /// `timeMin`: a query parameter.
    pub time_min: Option<String>,
}
impl ListEventsRequest {
    /// An empty `ListEventsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxAttendees`.
    pub fn max_attendees(mut self, value: i64) -> Self {
        self.max_attendees = Some(value);
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
    /// Sets `seriesMasterId`.
    pub fn series_master_id(mut self, value: impl Into<String>) -> Self {
        self.series_master_id = Some(value.into());
        self
    }
    /// Sets `showDeleted`.
    pub fn show_deleted(mut self, value: bool) -> Self {
        self.show_deleted = Some(value);
        self
    }
    /// Sets `syncToken`.
    pub fn sync_token(mut self, value: impl Into<String>) -> Self {
        self.sync_token = Some(value.into());
        self
    }
    /// Sets `timeMax`.
    pub fn time_max(mut self, value: impl Into<String>) -> Self {
        self.time_max = Some(value.into());
        self
    }
    /// Sets `timeMin`.
    pub fn time_min(mut self, value: impl Into<String>) -> Self {
        self.time_min = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListEventsRequest { "maxAttendees" => read_field(max_attendees), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "seriesMasterId" =>
    read_field(series_master_id), "showDeleted" => read_field(show_deleted), "syncToken"
    => read_field(sync_token), "timeMax" => read_field(time_max), "timeMin" =>
    read_field(time_min) }
}
impl rt::WriteRequest for ListEventsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxAttendees", &self.max_attendees);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("seriesMasterId", &self.series_master_id);
        writer.query("showDeleted", &self.show_deleted);
        writer.query("syncToken", &self.sync_token);
        writer.query("timeMax", &self.time_max);
        writer.query("timeMin", &self.time_min);
    }
}
/// The request of [`Api::list_events_instances`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListEventsInstancesRequest {
    /// `maxAttendees`: a query parameter.
    pub max_attendees: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `seriesMasterId`: a query parameter.
    pub series_master_id: String,
    /// `startRecurrenceId`: a query parameter.
    pub start_recurrence_id: Option<String>,
}
/// The required fields of [`ListEventsInstancesRequest`], each named where it is set: `ListEventsInstancesRequest::new(ListEventsInstancesRequired { .. })`.
pub struct ListEventsInstancesRequired {
    /// `seriesMasterId`: see [`ListEventsInstancesRequest::series_master_id`].
    pub series_master_id: String,
}
impl ListEventsInstancesRequest {
    /// A `ListEventsInstancesRequest` with its required fields (`seriesMasterId`); set the others with the methods named after them.
    pub fn new(required: ListEventsInstancesRequired) -> Self {
        let ListEventsInstancesRequired { series_master_id } = required;
        Self {
            max_attendees: None,
            max_results: None,
            series_master_id,
            start_recurrence_id: None,
        }
    }
    /// Sets `maxAttendees`.
    pub fn max_attendees(mut self, value: i64) -> Self {
        self.max_attendees = Some(value);
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `startRecurrenceId`.
    pub fn start_recurrence_id(mut self, value: impl Into<String>) -> Self {
        self.start_recurrence_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListEventsInstancesRequest { "maxAttendees" => read_field(max_attendees),
    "maxResults" => read_field(max_results), "seriesMasterId" =>
    read_field(series_master_id), "startRecurrenceId" => read_field(start_recurrence_id)
    }
}
impl rt::WriteRequest for ListEventsInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxAttendees", &self.max_attendees);
        writer.query("maxResults", &self.max_results);
        writer.query("seriesMasterId", &self.series_master_id);
        writer.query("startRecurrenceId", &self.start_recurrence_id);
    }
}
/// The request of [`Api::list_events_view`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListEventsViewRequest {
    /// `maxAttendees`: a query parameter.
    pub max_attendees: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `timeMax`: a query parameter.
    pub time_max: Option<String>,
    /// `timeMin`: a query parameter.
    pub time_min: Option<String>,
}
impl ListEventsViewRequest {
    /// An empty `ListEventsViewRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxAttendees`.
    pub fn max_attendees(mut self, value: i64) -> Self {
        self.max_attendees = Some(value);
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
    /// Sets `timeMax`.
    pub fn time_max(mut self, value: impl Into<String>) -> Self {
        self.time_max = Some(value.into());
        self
    }
    /// Sets `timeMin`.
    pub fn time_min(mut self, value: impl Into<String>) -> Self {
        self.time_min = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListEventsViewRequest { "maxAttendees" => read_field(max_attendees), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "timeMax" =>
    read_field(time_max), "timeMin" => read_field(time_min) }
}
impl rt::WriteRequest for ListEventsViewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxAttendees", &self.max_attendees);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("timeMax", &self.time_max);
        writer.query("timeMin", &self.time_min);
    }
}
/// The request of [`Api::list_events_view_by_me`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListEventsViewByMeRequest {
    /// `maxAttendees`: a query parameter.
    pub max_attendees: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `timeMax`: a query parameter.
    pub time_max: Option<String>,
    /// `timeMin`: a query parameter.
    pub time_min: Option<String>,
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
}
impl ListEventsViewByMeRequest {
    /// An empty `ListEventsViewByMeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxAttendees`.
    pub fn max_attendees(mut self, value: i64) -> Self {
        self.max_attendees = Some(value);
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
    /// Sets `timeMax`.
    pub fn time_max(mut self, value: impl Into<String>) -> Self {
        self.time_max = Some(value.into());
        self
    }
    /// Sets `timeMin`.
    pub fn time_min(mut self, value: impl Into<String>) -> Self {
        self.time_min = Some(value.into());
        self
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListEventsViewByMeRequest { "maxAttendees" => read_field(max_attendees), "maxResults"
    => read_field(max_results), "nextToken" => read_field(next_token), "timeMax" =>
    read_field(time_max), "timeMin" => read_field(time_min), "x-client-token" =>
    read_field(x_client_token) }
}
impl rt::WriteRequest for ListEventsViewByMeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxAttendees", &self.max_attendees);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("timeMax", &self.time_max);
        writer.query("timeMin", &self.time_min);
        writer.header("x-client-token", &self.x_client_token);
    }
}
/// The request of [`Api::list_instances`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListInstancesRequest {
    /// `maxAttendees`: a query parameter.
    pub max_attendees: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `timeMax`: a query parameter.
    pub time_max: Option<String>,
    /// `timeMin`: a query parameter.
    pub time_min: Option<String>,
}
impl ListInstancesRequest {
    /// An empty `ListInstancesRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxAttendees`.
    pub fn max_attendees(mut self, value: i64) -> Self {
        self.max_attendees = Some(value);
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
    /// Sets `timeMax`.
    pub fn time_max(mut self, value: impl Into<String>) -> Self {
        self.time_max = Some(value.into());
        self
    }
    /// Sets `timeMin`.
    pub fn time_min(mut self, value: impl Into<String>) -> Self {
        self.time_min = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListInstancesRequest { "maxAttendees" => read_field(max_attendees), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "timeMax" =>
    read_field(time_max), "timeMin" => read_field(time_min) }
}
impl rt::WriteRequest for ListInstancesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxAttendees", &self.max_attendees);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("timeMax", &self.time_max);
        writer.query("timeMin", &self.time_min);
    }
}
/// The request of [`Api::list_org_plugins`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListOrgPluginsRequest {
    /// `dingAccessTokenType`: a header.
    pub ding_access_token_type: Option<String>,
    /// `dingClientId`: a header.
    pub ding_client_id: Option<String>,
    /// `dingIsvOrgId`: a header.
    pub ding_isv_org_id: Option<String>,
    /// `dingOpenAppOrgId`: a header.
    pub ding_open_app_org_id: Option<String>,
    /// `dingOrgId`: a header.
    pub ding_org_id: Option<String>,
    /// `dingSuiteKey`: a header.
    pub ding_suite_key: Option<String>,
}
impl ListOrgPluginsRequest {
    /// An empty `ListOrgPluginsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dingAccessTokenType`.
    pub fn ding_access_token_type(mut self, value: impl Into<String>) -> Self {
        self.ding_access_token_type = Some(value.into());
        self
    }
    /// Sets `dingClientId`.
    pub fn ding_client_id(mut self, value: impl Into<String>) -> Self {
        self.ding_client_id = Some(value.into());
        self
    }
    /// Sets `dingIsvOrgId`.
    pub fn ding_isv_org_id(mut self, value: impl Into<String>) -> Self {
        self.ding_isv_org_id = Some(value.into());
        self
    }
    /// Sets `dingOpenAppOrgId`.
    pub fn ding_open_app_org_id(mut self, value: impl Into<String>) -> Self {
        self.ding_open_app_org_id = Some(value.into());
        self
    }
    /// Sets `dingOrgId`.
    pub fn ding_org_id(mut self, value: impl Into<String>) -> Self {
        self.ding_org_id = Some(value.into());
        self
    }
    /// Sets `dingSuiteKey`.
    pub fn ding_suite_key(mut self, value: impl Into<String>) -> Self {
        self.ding_suite_key = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListOrgPluginsRequest { "dingAccessTokenType" => read_field(ding_access_token_type),
    "dingClientId" => read_field(ding_client_id), "dingIsvOrgId" =>
    read_field(ding_isv_org_id), "dingOpenAppOrgId" => read_field(ding_open_app_org_id),
    "dingOrgId" => read_field(ding_org_id), "dingSuiteKey" => read_field(ding_suite_key)
    }
}
impl rt::WriteRequest for ListOrgPluginsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("dingAccessTokenType", &self.ding_access_token_type);
        writer.header("dingClientId", &self.ding_client_id);
        writer.header("dingIsvOrgId", &self.ding_isv_org_id);
        writer.header("dingOpenAppOrgId", &self.ding_open_app_org_id);
        writer.header("dingOrgId", &self.ding_org_id);
        writer.header("dingSuiteKey", &self.ding_suite_key);
    }
}
/// The request of [`Api::meeting_room_respond`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MeetingRoomRespondRequest {
    /// `userAgent`: a header.
    pub user_agent: Option<String>,
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
    /// `responseStatus`.
    pub response_status: Option<String>,
}
impl MeetingRoomRespondRequest {
    /// An empty `MeetingRoomRespondRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userAgent`.
    pub fn user_agent(mut self, value: impl Into<String>) -> Self {
        self.user_agent = Some(value.into());
        self
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
    /// Sets `responseStatus`.
    pub fn response_status(mut self, value: impl Into<String>) -> Self {
        self.response_status = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    MeetingRoomRespondRequest { "responseStatus" => optional(response_status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MeetingRoomRespondRequest { "userAgent" => read_field(user_agent), "x-client-token"
    => read_field(x_client_token), "responseStatus" => read_field(response_status) }
}
impl rt::WriteRequest for MeetingRoomRespondRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("userAgent", &self.user_agent);
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::patch_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PatchEventRequest {
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
    /// `attendees`.
    pub attendees: Option<Vec<PatchEventRequestAttendees>>,
    /// `cardInstances`.
    pub card_instances: Option<Vec<PatchEventRequestCardInstances>>,
    /// `categories`.
    pub categories: Option<Vec<PatchEventRequestCategories>>,
    /// `description`.
    pub description: Option<String>,
    /// `end`.
    pub end: Option<PatchEventRequestEnd>,
    /// `extra`.
    pub extra: Option<rt::BTreeMap<String, String>>,
    /// `freeBusyStatus`.
    pub free_busy_status: Option<String>,
    /// `id`.
    pub id: String,
    /// `isAllDay`.
    pub is_all_day: Option<bool>,
    /// `location`.
    pub location: Option<PatchEventRequestLocation>,
    /// `onlineMeetingInfo`.
    pub online_meeting_info: Option<PatchEventRequestOnlineMeetingInfo>,
    /// `recurrence`.
    pub recurrence: Option<PatchEventRequestRecurrence>,
    /// `reminders`.
    pub reminders: Option<Vec<PatchEventRequestReminders>>,
    /// `richTextDescription`.
    pub rich_text_description: Option<PatchEventRequestRichTextDescription>,
    /// `start`.
    pub start: Option<PatchEventRequestStart>,
    /// `summary`.
    pub summary: Option<String>,
    /// `uiConfigs`.
    pub ui_configs: Option<Vec<PatchEventRequestUiConfigs>>,
}
/// The required fields of [`PatchEventRequest`], each named where it is set: `PatchEventRequest::new(PatchEventRequired { .. })`.
pub struct PatchEventRequired {
    /// `id`: see [`PatchEventRequest::id`].
    pub id: String,
}
impl PatchEventRequest {
    /// A `PatchEventRequest` with its required fields (`id`); set the others with the methods named after them.
    pub fn new(required: PatchEventRequired) -> Self {
        let PatchEventRequired { id } = required;
        Self {
            x_client_token: None,
            attendees: None,
            card_instances: None,
            categories: None,
            description: None,
            end: None,
            extra: None,
            free_busy_status: None,
            id,
            is_all_day: None,
            location: None,
            online_meeting_info: None,
            recurrence: None,
            reminders: None,
            rich_text_description: None,
            start: None,
            summary: None,
            ui_configs: None,
        }
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
    /// Sets `attendees`.
    pub fn attendees(
        mut self,
        value: impl IntoIterator<Item = PatchEventRequestAttendees>,
    ) -> Self {
        self.attendees = Some(value.into_iter().collect());
        self
    }
    /// Sets `cardInstances`.
    pub fn card_instances(
        mut self,
        value: impl IntoIterator<Item = PatchEventRequestCardInstances>,
    ) -> Self {
        self.card_instances = Some(value.into_iter().collect());
        self
    }
    /// Sets `categories`.
    pub fn categories(
        mut self,
        value: impl IntoIterator<Item = PatchEventRequestCategories>,
    ) -> Self {
        self.categories = Some(value.into_iter().collect());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `end`.
    pub fn end(mut self, value: PatchEventRequestEnd) -> Self {
        self.end = Some(value);
        self
    }
    /// Sets `extra`.
    pub fn extra(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.extra = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `freeBusyStatus`.
    pub fn free_busy_status(mut self, value: impl Into<String>) -> Self {
        self.free_busy_status = Some(value.into());
        self
    }
    /// Sets `isAllDay`.
    pub fn is_all_day(mut self, value: bool) -> Self {
        self.is_all_day = Some(value);
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: PatchEventRequestLocation) -> Self {
        self.location = Some(value);
        self
    }
    /// Sets `onlineMeetingInfo`.
    pub fn online_meeting_info(
        mut self,
        value: PatchEventRequestOnlineMeetingInfo,
    ) -> Self {
        self.online_meeting_info = Some(value);
        self
    }
    /// Sets `recurrence`.
    pub fn recurrence(mut self, value: PatchEventRequestRecurrence) -> Self {
        self.recurrence = Some(value);
        self
    }
    /// Sets `reminders`.
    pub fn reminders(
        mut self,
        value: impl IntoIterator<Item = PatchEventRequestReminders>,
    ) -> Self {
        self.reminders = Some(value.into_iter().collect());
        self
    }
    /// Sets `richTextDescription`.
    pub fn rich_text_description(
        mut self,
        value: PatchEventRequestRichTextDescription,
    ) -> Self {
        self.rich_text_description = Some(value);
        self
    }
    /// Sets `start`.
    pub fn start(mut self, value: PatchEventRequestStart) -> Self {
        self.start = Some(value);
        self
    }
    /// Sets `summary`.
    pub fn summary(mut self, value: impl Into<String>) -> Self {
        self.summary = Some(value.into());
        self
    }
    /// Sets `uiConfigs`.
    pub fn ui_configs(
        mut self,
        value: impl IntoIterator<Item = PatchEventRequestUiConfigs>,
    ) -> Self {
        self.ui_configs = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    PatchEventRequest { "attendees" => optional(attendees), "cardInstances" =>
    optional(card_instances), "categories" => optional(categories), "description" =>
    optional(description), "end" => optional(end), "extra" => optional(extra),
    "freeBusyStatus" => optional(free_busy_status), "id" => field(id), "isAllDay" =>
    optional(is_all_day), "location" => optional(location), "onlineMeetingInfo" =>
    optional(online_meeting_info), "recurrence" => optional(recurrence), "reminders" =>
    optional(reminders), "richTextDescription" => optional(rich_text_description),
    "start" => optional(start), "summary" => optional(summary), "uiConfigs" =>
    optional(ui_configs) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PatchEventRequest { "x-client-token" => read_field(x_client_token), "attendees" =>
    read_field(attendees), "cardInstances" => read_field(card_instances), "categories" =>
    read_field(categories), "description" => read_field(description), "end" =>
    read_field(end), "extra" => read_field(extra), "freeBusyStatus" =>
    read_field(free_busy_status), "id" => read_field(id), "isAllDay" =>
    read_field(is_all_day), "location" => read_field(location), "onlineMeetingInfo" =>
    read_field(online_meeting_info), "recurrence" => read_field(recurrence), "reminders"
    => read_field(reminders), "richTextDescription" => read_field(rich_text_description),
    "start" => read_field(start), "summary" => read_field(summary), "uiConfigs" =>
    read_field(ui_configs) }
}
impl rt::WriteRequest for PatchEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_attendee`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RemoveAttendeeRequest {
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
    /// `attendeesToRemove`.
    pub attendees_to_remove: Option<Vec<RemoveAttendeeRequestAttendeesToRemove>>,
}
impl RemoveAttendeeRequest {
    /// An empty `RemoveAttendeeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
    /// Sets `attendeesToRemove`.
    pub fn attendees_to_remove(
        mut self,
        value: impl IntoIterator<Item = RemoveAttendeeRequestAttendeesToRemove>,
    ) -> Self {
        self.attendees_to_remove = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    RemoveAttendeeRequest { "attendeesToRemove" => optional(attendees_to_remove) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveAttendeeRequest { "x-client-token" => read_field(x_client_token),
    "attendeesToRemove" => read_field(attendees_to_remove) }
}
impl rt::WriteRequest for RemoveAttendeeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_meeting_rooms`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RemoveMeetingRoomsRequest {
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
    /// `meetingRoomsToRemove`.
    pub meeting_rooms_to_remove: Option<
        Vec<RemoveMeetingRoomsRequestMeetingRoomsToRemove>,
    >,
}
impl RemoveMeetingRoomsRequest {
    /// An empty `RemoveMeetingRoomsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
    /// Sets `meetingRoomsToRemove`.
    pub fn meeting_rooms_to_remove(
        mut self,
        value: impl IntoIterator<Item = RemoveMeetingRoomsRequestMeetingRoomsToRemove>,
    ) -> Self {
        self.meeting_rooms_to_remove = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    RemoveMeetingRoomsRequest { "meetingRoomsToRemove" =>
    optional(meeting_rooms_to_remove) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveMeetingRoomsRequest { "x-client-token" => read_field(x_client_token),
    "meetingRoomsToRemove" => read_field(meeting_rooms_to_remove) }
}
impl rt::WriteRequest for RemoveMeetingRoomsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::respond_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RespondEventRequest {
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
    /// `responseStatus`.
    pub response_status: String,
}
/// The required fields of [`RespondEventRequest`], each named where it is set: `RespondEventRequest::new(RespondEventRequired { .. })`.
pub struct RespondEventRequired {
    /// `responseStatus`: see [`RespondEventRequest::response_status`].
    pub response_status: String,
}
impl RespondEventRequest {
    /// A `RespondEventRequest` with its required fields (`responseStatus`); set the others with the methods named after them.
    pub fn new(required: RespondEventRequired) -> Self {
        let RespondEventRequired { response_status } = required;
        Self {
            x_client_token: None,
            response_status,
        }
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RespondEventRequest { "responseStatus" => field(response_status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RespondEventRequest { "x-client-token" => read_field(x_client_token),
    "responseStatus" => read_field(response_status) }
}
impl rt::WriteRequest for RespondEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::transfer_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TransferEventRequest {
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
    /// `isExitCalendar`.
    pub is_exit_calendar: Option<bool>,
    /// `needNotifyViaO2O`.
    pub need_notify_via_o2o: Option<bool>,
    /// `newOrganizerId`.
    pub new_organizer_id: String,
}
/// The required fields of [`TransferEventRequest`], each named where it is set: `TransferEventRequest::new(TransferEventRequired { .. })`.
pub struct TransferEventRequired {
    /// `newOrganizerId`: see [`TransferEventRequest::new_organizer_id`].
    pub new_organizer_id: String,
}
impl TransferEventRequest {
    /// A `TransferEventRequest` with its required fields (`newOrganizerId`); set the others with the methods named after them.
    pub fn new(required: TransferEventRequired) -> Self {
        let TransferEventRequired { new_organizer_id } = required;
        Self {
            x_client_token: None,
            is_exit_calendar: None,
            need_notify_via_o2o: None,
            new_organizer_id,
        }
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
    /// Sets `isExitCalendar`.
    pub fn is_exit_calendar(mut self, value: bool) -> Self {
        self.is_exit_calendar = Some(value);
        self
    }
    /// Sets `needNotifyViaO2O`.
    pub fn need_notify_via_o2o(mut self, value: bool) -> Self {
        self.need_notify_via_o2o = Some(value);
        self
    }
}
rt::impl_serialize! {
    TransferEventRequest { "isExitCalendar" => optional(is_exit_calendar),
    "needNotifyViaO2O" => optional(need_notify_via_o2o), "newOrganizerId" =>
    field(new_organizer_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TransferEventRequest { "x-client-token" => read_field(x_client_token),
    "isExitCalendar" => read_field(is_exit_calendar), "needNotifyViaO2O" =>
    read_field(need_notify_via_o2o), "newOrganizerId" => read_field(new_organizer_id) }
}
impl rt::WriteRequest for TransferEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_org_plugin_subscribers`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrgPluginSubscribersRequest {
    /// `deptIds`.
    pub dept_ids: Option<Vec<String>>,
    /// `unionIds`.
    pub union_ids: Option<Vec<String>>,
}
impl UpdateOrgPluginSubscribersRequest {
    /// An empty `UpdateOrgPluginSubscribersRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deptIds`.
    pub fn dept_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.dept_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `unionIds`.
    pub fn union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    UpdateOrgPluginSubscribersRequest { "deptIds" => optional(dept_ids), "unionIds" =>
    optional(union_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateOrgPluginSubscribersRequest { "deptIds" => read_field(dept_ids), "unionIds" =>
    read_field(union_ids) }
}
impl rt::WriteRequest for UpdateOrgPluginSubscribersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_subscribed_calendars`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateSubscribedCalendarsRequest {
    /// `description`.
    pub description: Option<String>,
    /// `managers`.
    pub managers: Option<Vec<String>>,
    /// `name`.
    pub name: Option<String>,
    /// `subscribeScope`.
    pub subscribe_scope: Option<UpdateSubscribedCalendarsRequestSubscribeScope>,
}
impl UpdateSubscribedCalendarsRequest {
    /// An empty `UpdateSubscribedCalendarsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `managers`.
    pub fn managers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.managers = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `subscribeScope`.
    pub fn subscribe_scope(
        mut self,
        value: UpdateSubscribedCalendarsRequestSubscribeScope,
    ) -> Self {
        self.subscribe_scope = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateSubscribedCalendarsRequest { "description" => optional(description), "managers"
    => optional(managers), "name" => optional(name), "subscribeScope" =>
    optional(subscribe_scope) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateSubscribedCalendarsRequest { "description" => read_field(description),
    "managers" => read_field(managers), "name" => read_field(name), "subscribeScope" =>
    read_field(subscribe_scope) }
}
impl rt::WriteRequest for UpdateSubscribedCalendarsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_attendee`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddAttendeeError = rt::ServiceError;
/// An error reply of [`Api::add_meeting_rooms`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddMeetingRoomsError = rt::ServiceError;
/// An error reply of [`Api::cancel_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CancelEventError = rt::ServiceError;
/// An error reply of [`Api::check_in`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckInError = rt::ServiceError;
/// An error reply of [`Api::convert_legacy_event_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConvertLegacyEventIdError = rt::ServiceError;
/// An error reply of [`Api::create_acls`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAclsError = rt::ServiceError;
/// An error reply of [`Api::create_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateEventError = rt::ServiceError;
/// An error reply of [`Api::create_event_by_me`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateEventByMeError = rt::ServiceError;
/// An error reply of [`Api::create_subscribed_calendar`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateSubscribedCalendarError = rt::ServiceError;
/// An error reply of [`Api::delete_acl`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteAclError = rt::ServiceError;
/// An error reply of [`Api::delete_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteEventError = rt::ServiceError;
/// An error reply of [`Api::delete_subscribed_calendar`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteSubscribedCalendarError = rt::ServiceError;
/// An error reply of [`Api::generate_caldav_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GenerateCaldavAccountError = rt::ServiceError;
/// An error reply of [`Api::get_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetEventError = rt::ServiceError;
/// An error reply of [`Api::get_meeting_rooms_schedule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMeetingRoomsScheduleError = rt::ServiceError;
/// An error reply of [`Api::get_schedule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetScheduleError = rt::ServiceError;
/// An error reply of [`Api::get_schedule_by_me`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetScheduleByMeError = rt::ServiceError;
/// An error reply of [`Api::get_sign_in_link`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSignInLinkError = rt::ServiceError;
/// An error reply of [`Api::get_sign_in_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSignInListError = rt::ServiceError;
/// An error reply of [`Api::get_sign_out_link`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSignOutLinkError = rt::ServiceError;
/// An error reply of [`Api::get_sign_out_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSignOutListError = rt::ServiceError;
/// An error reply of [`Api::get_subscribed_calendar`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSubscribedCalendarError = rt::ServiceError;
/// An error reply of [`Api::list_acls`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAclsError = rt::ServiceError;
/// An error reply of [`Api::list_ai_minutes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAiMinutesError = rt::ServiceError;
/// An error reply of [`Api::list_attendees`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAttendeesError = rt::ServiceError;
/// An error reply of [`Api::list_calendars`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListCalendarsError = rt::ServiceError;
/// An error reply of [`Api::list_categories`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListCategoriesError = rt::ServiceError;
/// An error reply of [`Api::list_events`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListEventsError = rt::ServiceError;
/// An error reply of [`Api::list_events_instances`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListEventsInstancesError = rt::ServiceError;
/// An error reply of [`Api::list_events_view`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListEventsViewError = rt::ServiceError;
/// An error reply of [`Api::list_events_view_by_me`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListEventsViewByMeError = rt::ServiceError;
/// An error reply of [`Api::list_instances`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListInstancesError = rt::ServiceError;
/// An error reply of [`Api::list_org_plugins`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListOrgPluginsError = rt::ServiceError;
/// An error reply of [`Api::meeting_room_respond`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MeetingRoomRespondError = rt::ServiceError;
/// An error reply of [`Api::patch_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PatchEventError = rt::ServiceError;
/// An error reply of [`Api::remove_attendee`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveAttendeeError = rt::ServiceError;
/// An error reply of [`Api::remove_meeting_rooms`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveMeetingRoomsError = rt::ServiceError;
/// An error reply of [`Api::respond_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RespondEventError = rt::ServiceError;
/// An error reply of [`Api::sign_in`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SignInError = rt::ServiceError;
/// An error reply of [`Api::sign_out`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SignOutError = rt::ServiceError;
/// An error reply of [`Api::subscribe_calendar`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubscribeCalendarError = rt::ServiceError;
/// An error reply of [`Api::transfer_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TransferEventError = rt::ServiceError;
/// An error reply of [`Api::unsubscribe_calendar`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UnsubscribeCalendarError = rt::ServiceError;
/// An error reply of [`Api::update_org_plugin_subscribers`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateOrgPluginSubscribersError = rt::ServiceError;
/// An error reply of [`Api::update_subscribed_calendars`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateSubscribedCalendarsError = rt::ServiceError;
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
        "AddAttendee" => {
            rt::conformance::reply(
                    api
                        .add_attendee(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "AddMeetingRooms" => {
            rt::conformance::reply(
                    api
                        .add_meeting_rooms(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CancelEvent" => {
            rt::conformance::reply(
                    api
                        .cancel_event(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "CheckIn" => {
            rt::conformance::reply(
                    api
                        .check_in(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                        ),
                )
                .await
        }
        "ConvertLegacyEventId" => {
            rt::conformance::reply(
                    api
                        .convert_legacy_event_id(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateAcls" => {
            rt::conformance::reply(
                    api
                        .create_acls(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateEvent" => {
            rt::conformance::reply(
                    api
                        .create_event(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateEventByMe" => {
            rt::conformance::reply(
                    api.create_event_by_me(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreateSubscribedCalendar" => {
            rt::conformance::reply(
                    api
                        .create_subscribed_calendar(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeleteAcl" => {
            rt::conformance::reply(
                    api
                        .delete_acl(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                        ),
                )
                .await
        }
        "DeleteEvent" => {
            rt::conformance::reply(
                    api
                        .delete_event(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteSubscribedCalendar" => {
            rt::conformance::reply(
                    api
                        .delete_subscribed_calendar(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "GenerateCaldavAccount" => {
            rt::conformance::reply(
                    api
                        .generate_caldav_account(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "GetEvent" => {
            rt::conformance::reply(
                    api
                        .get_event(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetMeetingRoomsSchedule" => {
            rt::conformance::reply(
                    api
                        .get_meeting_rooms_schedule(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "GetSchedule" => {
            rt::conformance::reply(
                    api.get_schedule(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "GetScheduleByMe" => {
            rt::conformance::reply(api.get_schedule_by_me(&inputs.request(true)?)).await
        }
        "GetSignInLink" => {
            rt::conformance::reply(
                    api
                        .get_sign_in_link(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                        ),
                )
                .await
        }
        "GetSignInList" => {
            rt::conformance::reply(
                    api
                        .get_sign_in_list(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetSignOutLink" => {
            rt::conformance::reply(
                    api
                        .get_sign_out_link(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                        ),
                )
                .await
        }
        "GetSignOutList" => {
            rt::conformance::reply(
                    api
                        .get_sign_out_list(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetSubscribedCalendar" => {
            rt::conformance::reply(
                    api
                        .get_subscribed_calendar(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "ListAcls" => {
            rt::conformance::reply(
                    api.list_acls(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "ListAiMinutes" => {
            rt::conformance::reply(
                    api
                        .list_ai_minutes(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListAttendees" => {
            rt::conformance::reply(
                    api
                        .list_attendees(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListCalendars" => {
            rt::conformance::reply(api.list_calendars(inputs.path(0usize)?)).await
        }
        "ListCategories" => {
            rt::conformance::reply(api.list_categories(&inputs.request(false)?)).await
        }
        "ListEvents" => {
            rt::conformance::reply(
                    api
                        .list_events(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListEventsInstances" => {
            rt::conformance::reply(
                    api
                        .list_events_instances(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListEventsView" => {
            rt::conformance::reply(
                    api
                        .list_events_view(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListEventsViewByMe" => {
            rt::conformance::reply(
                    api
                        .list_events_view_by_me(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListInstances" => {
            rt::conformance::reply(
                    api
                        .list_instances(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListOrgPlugins" => {
            rt::conformance::reply(api.list_org_plugins(&inputs.request(false)?)).await
        }
        "MeetingRoomRespond" => {
            rt::conformance::reply(
                    api
                        .meeting_room_respond(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            inputs.path(3usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "PatchEvent" => {
            rt::conformance::reply(
                    api
                        .patch_event(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "RemoveAttendee" => {
            rt::conformance::reply(
                    api
                        .remove_attendee(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "RemoveMeetingRooms" => {
            rt::conformance::reply(
                    api
                        .remove_meeting_rooms(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "RespondEvent" => {
            rt::conformance::reply(
                    api
                        .respond_event(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SignIn" => {
            rt::conformance::reply(
                    api
                        .sign_in(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                        ),
                )
                .await
        }
        "SignOut" => {
            rt::conformance::reply(
                    api
                        .sign_out(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                        ),
                )
                .await
        }
        "SubscribeCalendar" => {
            rt::conformance::reply(
                    api.subscribe_calendar(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "TransferEvent" => {
            rt::conformance::reply(
                    api
                        .transfer_event(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            inputs.path(2usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UnsubscribeCalendar" => {
            rt::conformance::reply(
                    api.unsubscribe_calendar(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "UpdateOrgPluginSubscribers" => {
            rt::conformance::reply(
                    api
                        .update_org_plugin_subscribers(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateSubscribedCalendars" => {
            rt::conformance::reply(
                    api
                        .update_subscribed_calendars(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
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
