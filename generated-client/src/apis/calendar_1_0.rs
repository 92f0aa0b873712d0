// @generated from api-spec/calendar_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.calendar_1_0()`. Generated from `api-spec/calendar_1_0.yaml`.
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
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/attendees` (operation `AddAttendee`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddAttendeeError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/attendees",
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
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/meetingRooms` (operation `AddMeetingRooms`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddMeetingRoomsError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/meetingRooms",
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
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/cancel` (operation `CancelEvent`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CancelEventError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/cancel",
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
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/checkIn` (operation `CheckIn`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CheckInError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn check_in(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
    ) -> rt::Call<CheckInResponseBody, CheckInError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckIn",
            rt::Method::Post,
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/checkIn",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id, event_id], &())
    }
    /// 转换老版本的eventId
    ///
    /// `POST /v1.0/calendar/users/{user_id}/legacyEventIds/convert` (operation `ConvertLegacyEventId`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ConvertLegacyEventIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn convert_legacy_event_id(
        &self,
        user_id: &str,
        request: &ConvertLegacyEventIdRequest,
    ) -> rt::Call<ConvertLegacyEventIdResponseBody, ConvertLegacyEventIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConvertLegacyEventId",
            rt::Method::Post,
            "/v1.0/calendar/users/{user_id}/legacyEventIds/convert",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建访问控制
    ///
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/acls` (operation `CreateAcls`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAclsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_acls(
        &self,
        user_id: &str,
        calendar_id: &str,
        request: &CreateAclsRequest,
    ) -> rt::Call<CreateAclsResponseBody, CreateAclsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAcls",
            rt::Method::Post,
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/acls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], request)
    }
    /// 创建日程
    ///
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events` (operation `CreateEvent`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateEventError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_event(
        &self,
        user_id: &str,
        calendar_id: &str,
        request: &CreateEventRequest,
    ) -> rt::Call<CreateEventResponseBody, CreateEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateEvent",
            rt::Method::Post,
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], request)
    }
    /// 创建日程(me接口)
    ///
    /// `POST /v1.0/calendar/me/calendars/{calendar_id}/events` (operation `CreateEventByMe`).
    ///
    /// # Path parameters
    ///
    /// - `calendar_id` (`calendar_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateEventByMeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_event_by_me(
        &self,
        calendar_id: &str,
        request: &CreateEventByMeRequest,
    ) -> rt::Call<CreateEventByMeResponseBody, CreateEventByMeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateEventByMe",
            rt::Method::Post,
            "/v1.0/calendar/me/calendars/{calendar_id}/events",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[calendar_id], request)
    }
    /// 快速创建订阅日历
    ///
    /// `POST /v1.0/calendar/users/{user_id}/subscribedCalendars` (operation `CreateSubscribedCalendar`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateSubscribedCalendarError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_subscribed_calendar(
        &self,
        user_id: &str,
        request: &CreateSubscribedCalendarRequest,
    ) -> rt::Call<CreateSubscribedCalendarResponseBody, CreateSubscribedCalendarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSubscribedCalendar",
            rt::Method::Post,
            "/v1.0/calendar/users/{user_id}/subscribedCalendars",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 删除访问控制
    ///
    /// `DELETE /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/acls/{acl_id}` (operation `DeleteAcl`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `acl_id` (`acl_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteAclError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_acl(
        &self,
        user_id: &str,
        calendar_id: &str,
        acl_id: &str,
    ) -> rt::Call<(), DeleteAclError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteAcl",
            rt::Method::Delete,
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/acls/{acl_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id, acl_id], &())
    }
    /// 删除指定日程
    ///
    /// `DELETE /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}` (operation `DeleteEvent`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteEventError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}",
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
    /// `DELETE /v1.0/calendar/users/{user_id}/subscribedCalendars/{calendar_id}` (operation `DeleteSubscribedCalendar`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteSubscribedCalendarError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_subscribed_calendar(
        &self,
        user_id: &str,
        calendar_id: &str,
    ) -> rt::Call<DeleteSubscribedCalendarResponseBody, DeleteSubscribedCalendarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSubscribedCalendar",
            rt::Method::Delete,
            "/v1.0/calendar/users/{user_id}/subscribedCalendars/{calendar_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], &())
    }
    /// 生成caldav账户
    ///
    /// `POST /v1.0/calendar/users/{user_id}/caldavAccounts` (operation `GenerateCaldavAccount`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GenerateCaldavAccountError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn generate_caldav_account(
        &self,
        user_id: &str,
        request: &GenerateCaldavAccountRequest,
    ) -> rt::Call<GenerateCaldavAccountResponseBody, GenerateCaldavAccountError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GenerateCaldavAccount",
            rt::Method::Post,
            "/v1.0/calendar/users/{user_id}/caldavAccounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询日程列表
    ///
    /// `GET /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}` (operation `GetEvent`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetEventError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}",
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
    /// `POST /v1.0/calendar/users/{user_id}/meetingRooms/schedules/query` (operation `GetMeetingRoomsSchedule`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMeetingRoomsScheduleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_meeting_rooms_schedule(
        &self,
        user_id: &str,
        request: &GetMeetingRoomsScheduleRequest,
    ) -> rt::Call<GetMeetingRoomsScheduleResponseBody, GetMeetingRoomsScheduleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMeetingRoomsSchedule",
            rt::Method::Post,
            "/v1.0/calendar/users/{user_id}/meetingRooms/schedules/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询闲忙
    ///
    /// `POST /v1.0/calendar/users/{user_id}/querySchedule` (operation `GetSchedule`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetScheduleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_schedule(
        &self,
        user_id: &str,
        request: &GetScheduleRequest,
    ) -> rt::Call<GetScheduleResponseBody, GetScheduleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSchedule",
            rt::Method::Post,
            "/v1.0/calendar/users/{user_id}/querySchedule",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询闲忙(me接口）
    ///
    /// `POST /v1.0/calendar/me/schedules/query` (operation `GetScheduleByMe`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetScheduleByMeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/signInLinks` (operation `GetSignInLink`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSignInLinkError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_sign_in_link(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
    ) -> rt::Call<GetSignInLinkResponseBody, GetSignInLinkError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSignInLink",
            rt::Method::Get,
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/signInLinks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id, event_id], &())
    }
    /// 获取签到信息详情
    ///
    /// `GET /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/signin` (operation `GetSignInList`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSignInListError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/signin",
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
    /// `GET /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/signOutLinks` (operation `GetSignOutLink`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSignOutLinkError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_sign_out_link(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
    ) -> rt::Call<GetSignOutLinkResponseBody, GetSignOutLinkError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSignOutLink",
            rt::Method::Get,
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/signOutLinks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id, event_id], &())
    }
    /// 获取签退信息详情
    ///
    /// `GET /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/signOut` (operation `GetSignOutList`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSignOutListError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/signOut",
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
    /// `GET /v1.0/calendar/users/{user_id}/subscribedCalendars/{calendar_id}` (operation `GetSubscribedCalendar`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSubscribedCalendarError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_subscribed_calendar(
        &self,
        user_id: &str,
        calendar_id: &str,
    ) -> rt::Call<GetSubscribedCalendarResponseBody, GetSubscribedCalendarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSubscribedCalendar",
            rt::Method::Get,
            "/v1.0/calendar/users/{user_id}/subscribedCalendars/{calendar_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], &())
    }
    /// 获取访问控制列表
    ///
    /// `GET /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/acls` (operation `ListAcls`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAclsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_acls(
        &self,
        user_id: &str,
        calendar_id: &str,
    ) -> rt::Call<ListAclsResponseBody, ListAclsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAcls",
            rt::Method::Get,
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/acls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], &())
    }
    /// 拉取日程中绑定的听记信息
    ///
    /// `GET /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/minutes` (operation `ListAiMinutes`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAiMinutesError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/minutes",
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
    /// `GET /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/attendees` (operation `ListAttendees`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAttendeesError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/attendees",
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
    /// `GET /v1.0/calendar/users/{user_id}/calendars` (operation `ListCalendars`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListCalendarsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_calendars(
        &self,
        user_id: &str,
    ) -> rt::Call<ListCalendarsResponseBody, ListCalendarsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListCalendars",
            rt::Method::Get,
            "/v1.0/calendar/users/{user_id}/calendars",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 获取会议类型列表
    ///
    /// `GET /v1.0/calendar/categories` (operation `ListCategories`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListCategoriesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events` (operation `ListEvents`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListEventsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_events(
        &self,
        user_id: &str,
        calendar_id: &str,
        request: &ListEventsRequest,
    ) -> rt::Call<ListEventsResponseBody, ListEventsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListEvents",
            rt::Method::Get,
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], request)
    }
    /// 查询同一个循环日程序列下已生成的实例
    ///
    /// `GET /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/instances` (operation `ListEventsInstances`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListEventsInstancesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_events_instances(
        &self,
        user_id: &str,
        calendar_id: &str,
        request: &ListEventsInstancesRequest,
    ) -> rt::Call<ListEventsInstancesResponseBody, ListEventsInstancesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListEventsInstances",
            rt::Method::Get,
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], request)
    }
    /// 查询日程视图列表以查看闲忙，展开循环日程
    ///
    /// `GET /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/eventsview` (operation `ListEventsView`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListEventsViewError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_events_view(
        &self,
        user_id: &str,
        calendar_id: &str,
        request: &ListEventsViewRequest,
    ) -> rt::Call<ListEventsViewResponseBody, ListEventsViewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListEventsView",
            rt::Method::Get,
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/eventsview",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], request)
    }
    /// 查询日程视图列表以查看闲忙，展开循环日程(me接口）
    ///
    /// `GET /v1.0/calendar/me/calendars/{calendar_id}/eventsview` (operation `ListEventsViewByMe`).
    ///
    /// # Path parameters
    ///
    /// - `calendar_id` (`calendar_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListEventsViewByMeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_events_view_by_me(
        &self,
        calendar_id: &str,
        request: &ListEventsViewByMeRequest,
    ) -> rt::Call<ListEventsViewByMeResponseBody, ListEventsViewByMeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListEventsViewByMe",
            rt::Method::Get,
            "/v1.0/calendar/me/calendars/{calendar_id}/eventsview",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[calendar_id], request)
    }
    /// 查询循环日程实例列表
    ///
    /// `GET /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/instances` (operation `ListInstances`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListInstancesError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/instances",
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
    /// `GET /v1.0/calendar/plugins` (operation `ListOrgPlugins`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListOrgPluginsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/meetingRooms/{room_id}/respond` (operation `MeetingRoomRespond`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    /// - `room_id` (`room_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MeetingRoomRespondError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/meetingRooms/{room_id}/respond",
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
    /// `PUT /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}` (operation `PatchEvent`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PatchEventError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}",
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
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/attendees/batchRemove` (operation `RemoveAttendee`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveAttendeeError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/attendees/batchRemove",
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
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/meetingRooms/batchRemove` (operation `RemoveMeetingRooms`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveMeetingRoomsError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/meetingRooms/batchRemove",
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
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/respond` (operation `RespondEvent`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RespondEventError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/respond",
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
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/signin` (operation `SignIn`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SignInError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn sign_in(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
    ) -> rt::Call<SignInResponseBody, SignInError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SignIn",
            rt::Method::Post,
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/signin",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id, event_id], &())
    }
    /// 签退
    ///
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/signOut` (operation `SignOut`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SignOutError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn sign_out(
        &self,
        user_id: &str,
        calendar_id: &str,
        event_id: &str,
    ) -> rt::Call<SignOutResponseBody, SignOutError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SignOut",
            rt::Method::Post,
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/signOut",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id, event_id], &())
    }
    /// 订阅公共日历
    ///
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/subscribe` (operation `SubscribeCalendar`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SubscribeCalendarError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn subscribe_calendar(
        &self,
        user_id: &str,
        calendar_id: &str,
    ) -> rt::Call<(), SubscribeCalendarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubscribeCalendar",
            rt::Method::Post,
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/subscribe",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], &())
    }
    /// 日程转让
    ///
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/transfer` (operation `TransferEvent`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    /// - `event_id` (`event_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TransferEventError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/events/{event_id}/transfer",
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
    /// `POST /v1.0/calendar/users/{user_id}/calendars/{calendar_id}/unsubscribe` (operation `UnsubscribeCalendar`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UnsubscribeCalendarError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn unsubscribe_calendar(
        &self,
        user_id: &str,
        calendar_id: &str,
    ) -> rt::Call<UnsubscribeCalendarResponseBody, UnsubscribeCalendarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnsubscribeCalendar",
            rt::Method::Post,
            "/v1.0/calendar/users/{user_id}/calendars/{calendar_id}/unsubscribe",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, calendar_id], &())
    }
    /// 更新插件订阅人群
    ///
    /// `POST /v1.0/calendar/plugins/{plugin_id}/subscribers` (operation `UpdateOrgPluginSubscribers`).
    ///
    /// # Path parameters
    ///
    /// - `plugin_id` (`plugin_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateOrgPluginSubscribersError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/plugins/{plugin_id}/subscribers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[plugin_id], request)
    }
    /// 更新指定订阅日历
    ///
    /// `PUT /v1.0/calendar/users/{user_id}/subscribedCalendars/{calendar_id}` (operation `UpdateSubscribedCalendars`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `calendar_id` (`calendar_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateSubscribedCalendarsError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/calendar/users/{user_id}/subscribedCalendars/{calendar_id}",
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
/// `AddAttendeeRequestAttendeesToAdd`.
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
impl rt::serde::Serialize for AddAttendeeRequestAttendeesToAdd {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("isOptional", &self.is_optional)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddAttendeeRequestAttendeesToAdd {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddAttendeeRequestAttendeesToAdd {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "isOptional" => rt::read_field(map, &mut self.is_optional),
            _ => Ok(false),
        }
    }
}
/// `AddMeetingRoomsRequestMeetingRoomsToAdd`.
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
impl rt::serde::Serialize for AddMeetingRoomsRequestMeetingRoomsToAdd {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roomId", &self.room_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddMeetingRoomsRequestMeetingRoomsToAdd {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddMeetingRoomsRequestMeetingRoomsToAdd {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roomId" => rt::read_field(map, &mut self.room_id),
            _ => Ok(false),
        }
    }
}
/// `AddMeetingRoomsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddMeetingRoomsResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddMeetingRoomsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddMeetingRoomsResponseBody {
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
impl rt::serde::Serialize for AddMeetingRoomsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CancelEventResponseBody`: the same model as [`AddMeetingRoomsResponseBody`].
pub type CancelEventResponseBody = AddMeetingRoomsResponseBody;
/// `CheckInResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckInResponseBody {
    /// `checkInTime`.
    pub check_in_time: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CheckInResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CheckInResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "checkInTime" => rt::read_field(map, &mut self.check_in_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CheckInResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("checkInTime", &self.check_in_time)?;
        object.end()
    }
}
/// `ConvertLegacyEventIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConvertLegacyEventIdResponseBody {
    /// `legacyEventIdMap`.
    pub legacy_event_id_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for ConvertLegacyEventIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConvertLegacyEventIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "legacyEventIdMap" => rt::read_field(map, &mut self.legacy_event_id_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ConvertLegacyEventIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("legacyEventIdMap", &self.legacy_event_id_map)?;
        object.end()
    }
}
/// `CreateAclsRequestScope`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateAclsRequestScope {
    /// `scopeType`.
    pub scope_type: String,
    /// `userId`.
    pub user_id: String,
}
impl CreateAclsRequestScope {
    /// A `CreateAclsRequestScope` with its required fields (`scopeType`, `userId`); set the others with the methods named after them.
    pub fn new(scope_type: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            scope_type: scope_type.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for CreateAclsRequestScope {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("scopeType", &self.scope_type)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateAclsRequestScope {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateAclsRequestScope {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scopeType" => rt::read_field(map, &mut self.scope_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `CreateAclsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAclsResponseBody {
    /// `aclId`.
    pub acl_id: Option<String>,
    /// `privilege`.
    pub privilege: Option<String>,
    /// `scope`.
    pub scope: Option<CreateAclsResponseBodyScope>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateAclsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAclsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aclId" => rt::read_field(map, &mut self.acl_id),
            "privilege" => rt::read_field(map, &mut self.privilege),
            "scope" => rt::read_field(map, &mut self.scope),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAclsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("aclId", &self.acl_id)?;
        object.optional("privilege", &self.privilege)?;
        object.optional("scope", &self.scope)?;
        object.end()
    }
}
/// `CreateEventRequestAttendees`: the same model as [`AddAttendeeRequestAttendeesToAdd`].
pub type CreateEventRequestAttendees = AddAttendeeRequestAttendeesToAdd;
/// `CreateEventRequestCardInstances`.
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
impl rt::serde::Serialize for CreateEventRequestCardInstances {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("outTrackId", &self.out_track_id)?;
        object.optional("scenario", &self.scenario)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateEventRequestCardInstances {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateEventRequestCardInstances {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "outTrackId" => rt::read_field(map, &mut self.out_track_id),
            "scenario" => rt::read_field(map, &mut self.scenario),
            _ => Ok(false),
        }
    }
}
/// `CreateEventRequestCategories`.
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
impl rt::serde::Serialize for CreateEventRequestCategories {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryId", &self.category_id)?;
        object.optional("displayName", &self.display_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateEventRequestCategories {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateEventRequestCategories {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryId" => rt::read_field(map, &mut self.category_id),
            "displayName" => rt::read_field(map, &mut self.display_name),
            _ => Ok(false),
        }
    }
}
/// `CreateEventRequestEnd`.
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
impl rt::serde::Serialize for CreateEventRequestEnd {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("date", &self.date)?;
        object.optional("dateTime", &self.date_time)?;
        object.optional("timeZone", &self.time_zone)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateEventRequestEnd {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateEventRequestEnd {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "date" => rt::read_field(map, &mut self.date),
            "dateTime" => rt::read_field(map, &mut self.date_time),
            "timeZone" => rt::read_field(map, &mut self.time_zone),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateEventRequestEventConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "allowAttendeeAddConference",
                &self.allow_attendee_add_conference,
            )?;
        object
            .optional(
                "allowAttendeeAddParticipants",
                &self.allow_attendee_add_participants,
            )?;
        object
            .optional(
                "allowAttendeeCreateComment",
                &self.allow_attendee_create_comment,
            )?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateEventRequestEventConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateEventRequestEventConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allowAttendeeAddConference" => {
                rt::read_field(map, &mut self.allow_attendee_add_conference)
            }
            "allowAttendeeAddParticipants" => {
                rt::read_field(map, &mut self.allow_attendee_add_participants)
            }
            "allowAttendeeCreateComment" => {
                rt::read_field(map, &mut self.allow_attendee_create_comment)
            }
            _ => Ok(false),
        }
    }
}
/// `CreateEventRequestLocation`.
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
impl rt::serde::Serialize for CreateEventRequestLocation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("displayName", &self.display_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateEventRequestLocation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateEventRequestLocation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "displayName" => rt::read_field(map, &mut self.display_name),
            _ => Ok(false),
        }
    }
}
/// `CreateEventRequestOnlineMeetingInfo`.
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
impl rt::serde::Serialize for CreateEventRequestOnlineMeetingInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateEventRequestOnlineMeetingInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateEventRequestOnlineMeetingInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `CreateEventRequestRecurrence`.
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
impl rt::serde::Serialize for CreateEventRequestRecurrence {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pattern", &self.pattern)?;
        object.optional("range", &self.range)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateEventRequestRecurrence {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateEventRequestRecurrence {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pattern" => rt::read_field(map, &mut self.pattern),
            "range" => rt::read_field(map, &mut self.range),
            _ => Ok(false),
        }
    }
}
/// `CreateEventRequestReminders`.
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
impl rt::serde::Serialize for CreateEventRequestReminders {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("method", &self.method)?;
        object.optional("minutes", &self.minutes)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateEventRequestReminders {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateEventRequestReminders {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "method" => rt::read_field(map, &mut self.method),
            "minutes" => rt::read_field(map, &mut self.minutes),
            _ => Ok(false),
        }
    }
}
/// `CreateEventRequestRichTextDescription`.
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
impl rt::serde::Serialize for CreateEventRequestRichTextDescription {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateEventRequestRichTextDescription {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateEventRequestRichTextDescription {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
/// `CreateEventRequestStart`: the same model as [`CreateEventRequestEnd`].
pub type CreateEventRequestStart = CreateEventRequestEnd;
/// `CreateEventRequestUiConfigs`.
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
impl rt::serde::Serialize for CreateEventRequestUiConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("uiName", &self.ui_name)?;
        object.optional("uiStatus", &self.ui_status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateEventRequestUiConfigs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateEventRequestUiConfigs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "uiName" => rt::read_field(map, &mut self.ui_name),
            "uiStatus" => rt::read_field(map, &mut self.ui_status),
            _ => Ok(false),
        }
    }
}
/// `CreateEventResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendees" => rt::read_field(map, &mut self.attendees),
            "cardInstances" => rt::read_field(map, &mut self.card_instances),
            "categories" => rt::read_field(map, &mut self.categories),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "description" => rt::read_field(map, &mut self.description),
            "end" => rt::read_field(map, &mut self.end),
            "eventConfig" => rt::read_field(map, &mut self.event_config),
            "extendedProperties" => rt::read_field(map, &mut self.extended_properties),
            "id" => rt::read_field(map, &mut self.id),
            "isAllDay" => rt::read_field(map, &mut self.is_all_day),
            "location" => rt::read_field(map, &mut self.location),
            "onlineMeetingInfo" => rt::read_field(map, &mut self.online_meeting_info),
            "organizer" => rt::read_field(map, &mut self.organizer),
            "recurrence" => rt::read_field(map, &mut self.recurrence),
            "reminders" => rt::read_field(map, &mut self.reminders),
            "richTextDescription" => rt::read_field(map, &mut self.rich_text_description),
            "start" => rt::read_field(map, &mut self.start),
            "summary" => rt::read_field(map, &mut self.summary),
            "uiConfigs" => rt::read_field(map, &mut self.ui_configs),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendees", &self.attendees)?;
        object.optional("cardInstances", &self.card_instances)?;
        object.optional("categories", &self.categories)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("description", &self.description)?;
        object.optional("end", &self.end)?;
        object.optional("eventConfig", &self.event_config)?;
        object.optional("extendedProperties", &self.extended_properties)?;
        object.optional("id", &self.id)?;
        object.optional("isAllDay", &self.is_all_day)?;
        object.optional("location", &self.location)?;
        object.optional("onlineMeetingInfo", &self.online_meeting_info)?;
        object.optional("organizer", &self.organizer)?;
        object.optional("recurrence", &self.recurrence)?;
        object.optional("reminders", &self.reminders)?;
        object.optional("richTextDescription", &self.rich_text_description)?;
        object.optional("start", &self.start)?;
        object.optional("summary", &self.summary)?;
        object.optional("uiConfigs", &self.ui_configs)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateEventByMeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventByMeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendees" => rt::read_field(map, &mut self.attendees),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "description" => rt::read_field(map, &mut self.description),
            "end" => rt::read_field(map, &mut self.end),
            "id" => rt::read_field(map, &mut self.id),
            "isAllDay" => rt::read_field(map, &mut self.is_all_day),
            "location" => rt::read_field(map, &mut self.location),
            "onlineMeetingInfo" => rt::read_field(map, &mut self.online_meeting_info),
            "organizer" => rt::read_field(map, &mut self.organizer),
            "recurrence" => rt::read_field(map, &mut self.recurrence),
            "reminders" => rt::read_field(map, &mut self.reminders),
            "richTextDescription" => rt::read_field(map, &mut self.rich_text_description),
            "start" => rt::read_field(map, &mut self.start),
            "summary" => rt::read_field(map, &mut self.summary),
            "uiConfigs" => rt::read_field(map, &mut self.ui_configs),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventByMeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendees", &self.attendees)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("description", &self.description)?;
        object.optional("end", &self.end)?;
        object.optional("id", &self.id)?;
        object.optional("isAllDay", &self.is_all_day)?;
        object.optional("location", &self.location)?;
        object.optional("onlineMeetingInfo", &self.online_meeting_info)?;
        object.optional("organizer", &self.organizer)?;
        object.optional("recurrence", &self.recurrence)?;
        object.optional("reminders", &self.reminders)?;
        object.optional("richTextDescription", &self.rich_text_description)?;
        object.optional("start", &self.start)?;
        object.optional("summary", &self.summary)?;
        object.optional("uiConfigs", &self.ui_configs)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
}
/// `CreateSubscribedCalendarRequestSubscribeScope`.
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
impl rt::serde::Serialize for CreateSubscribedCalendarRequestSubscribeScope {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpIds", &self.corp_ids)?;
        object.optional("openConversationIds", &self.open_conversation_ids)?;
        object.optional("unionIds", &self.union_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSubscribedCalendarRequestSubscribeScope {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSubscribedCalendarRequestSubscribeScope {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpIds" => rt::read_field(map, &mut self.corp_ids),
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            "unionIds" => rt::read_field(map, &mut self.union_ids),
            _ => Ok(false),
        }
    }
}
/// `CreateSubscribedCalendarResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSubscribedCalendarResponseBody {
    /// `calendarId`.
    pub calendar_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateSubscribedCalendarResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateSubscribedCalendarResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "calendarId" => rt::read_field(map, &mut self.calendar_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateSubscribedCalendarResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("calendarId", &self.calendar_id)?;
        object.end()
    }
}
/// `DeleteSubscribedCalendarResponseBody`: the same model as [`AddMeetingRoomsResponseBody`].
pub type DeleteSubscribedCalendarResponseBody = AddMeetingRoomsResponseBody;
/// `GenerateCaldavAccountResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GenerateCaldavAccountResponseBody {
    /// `password`.
    pub password: Option<String>,
    /// `serverAddress`.
    pub server_address: Option<String>,
    /// `username`.
    pub username: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GenerateCaldavAccountResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GenerateCaldavAccountResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "password" => rt::read_field(map, &mut self.password),
            "serverAddress" => rt::read_field(map, &mut self.server_address),
            "username" => rt::read_field(map, &mut self.username),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GenerateCaldavAccountResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("password", &self.password)?;
        object.optional("serverAddress", &self.server_address)?;
        object.optional("username", &self.username)?;
        object.end()
    }
}
/// `GetEventResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetEventResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetEventResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendees" => rt::read_field(map, &mut self.attendees),
            "cardInstances" => rt::read_field(map, &mut self.card_instances),
            "categories" => rt::read_field(map, &mut self.categories),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "description" => rt::read_field(map, &mut self.description),
            "end" => rt::read_field(map, &mut self.end),
            "extendedProperties" => rt::read_field(map, &mut self.extended_properties),
            "id" => rt::read_field(map, &mut self.id),
            "isAllDay" => rt::read_field(map, &mut self.is_all_day),
            "location" => rt::read_field(map, &mut self.location),
            "meetingRooms" => rt::read_field(map, &mut self.meeting_rooms),
            "onlineMeetingInfo" => rt::read_field(map, &mut self.online_meeting_info),
            "organizer" => rt::read_field(map, &mut self.organizer),
            "originStart" => rt::read_field(map, &mut self.origin_start),
            "recurrence" => rt::read_field(map, &mut self.recurrence),
            "reminders" => rt::read_field(map, &mut self.reminders),
            "richTextDescription" => rt::read_field(map, &mut self.rich_text_description),
            "seriesMasterId" => rt::read_field(map, &mut self.series_master_id),
            "start" => rt::read_field(map, &mut self.start),
            "status" => rt::read_field(map, &mut self.status),
            "summary" => rt::read_field(map, &mut self.summary),
            "uiConfigs" => rt::read_field(map, &mut self.ui_configs),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetEventResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendees", &self.attendees)?;
        object.optional("cardInstances", &self.card_instances)?;
        object.optional("categories", &self.categories)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("description", &self.description)?;
        object.optional("end", &self.end)?;
        object.optional("extendedProperties", &self.extended_properties)?;
        object.optional("id", &self.id)?;
        object.optional("isAllDay", &self.is_all_day)?;
        object.optional("location", &self.location)?;
        object.optional("meetingRooms", &self.meeting_rooms)?;
        object.optional("onlineMeetingInfo", &self.online_meeting_info)?;
        object.optional("organizer", &self.organizer)?;
        object.optional("originStart", &self.origin_start)?;
        object.optional("recurrence", &self.recurrence)?;
        object.optional("reminders", &self.reminders)?;
        object.optional("richTextDescription", &self.rich_text_description)?;
        object.optional("seriesMasterId", &self.series_master_id)?;
        object.optional("start", &self.start)?;
        object.optional("status", &self.status)?;
        object.optional("summary", &self.summary)?;
        object.optional("uiConfigs", &self.ui_configs)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
}
/// `GetMeetingRoomsScheduleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMeetingRoomsScheduleResponseBody {
    /// `scheduleInformation`.
    pub schedule_information: Option<
        Vec<GetMeetingRoomsScheduleResponseBodyScheduleInformation>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for GetMeetingRoomsScheduleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMeetingRoomsScheduleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scheduleInformation" => rt::read_field(map, &mut self.schedule_information),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMeetingRoomsScheduleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("scheduleInformation", &self.schedule_information)?;
        object.end()
    }
}
/// `GetScheduleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetScheduleResponseBody {
    /// `scheduleInformation`.
    pub schedule_information: Option<Vec<GetScheduleResponseBodyScheduleInformation>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetScheduleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetScheduleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scheduleInformation" => rt::read_field(map, &mut self.schedule_information),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetScheduleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("scheduleInformation", &self.schedule_information)?;
        object.end()
    }
}
/// `GetScheduleByMeResponseBody`: the same model as [`GetScheduleResponseBody`].
pub type GetScheduleByMeResponseBody = GetScheduleResponseBody;
/// `GetSignInLinkResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignInLinkResponseBody {
    /// `signInLink`.
    pub sign_in_link: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignInLinkResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignInLinkResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "signInLink" => rt::read_field(map, &mut self.sign_in_link),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignInLinkResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("signInLink", &self.sign_in_link)?;
        object.end()
    }
}
/// `GetSignInListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignInListResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `users`.
    pub users: Option<Vec<GetSignInListResponseBodyUsers>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignInListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignInListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "users" => rt::read_field(map, &mut self.users),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignInListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("users", &self.users)?;
        object.end()
    }
}
/// `GetSignOutLinkResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignOutLinkResponseBody {
    /// `signOutLink`.
    pub sign_out_link: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignOutLinkResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignOutLinkResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "signOutLink" => rt::read_field(map, &mut self.sign_out_link),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignOutLinkResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("signOutLink", &self.sign_out_link)?;
        object.end()
    }
}
/// `GetSignOutListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignOutListResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `users`.
    pub users: Option<Vec<GetSignOutListResponseBodyUsers>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignOutListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignOutListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "users" => rt::read_field(map, &mut self.users),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignOutListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("users", &self.users)?;
        object.end()
    }
}
/// `GetSubscribedCalendarResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSubscribedCalendarResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSubscribedCalendarResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "author" => rt::read_field(map, &mut self.author),
            "calendarId" => rt::read_field(map, &mut self.calendar_id),
            "description" => rt::read_field(map, &mut self.description),
            "managers" => rt::read_field(map, &mut self.managers),
            "name" => rt::read_field(map, &mut self.name),
            "subscribeScope" => rt::read_field(map, &mut self.subscribe_scope),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSubscribedCalendarResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("author", &self.author)?;
        object.optional("calendarId", &self.calendar_id)?;
        object.optional("description", &self.description)?;
        object.optional("managers", &self.managers)?;
        object.optional("name", &self.name)?;
        object.optional("subscribeScope", &self.subscribe_scope)?;
        object.end()
    }
}
/// `ListAclsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAclsResponseBody {
    /// `acls`.
    pub acls: Option<Vec<ListAclsResponseBodyAcls>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAclsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAclsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "acls" => rt::read_field(map, &mut self.acls),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAclsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("acls", &self.acls)?;
        object.end()
    }
}
/// `ListAiMinutesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAiMinutesResponseBody {
    /// `minutes`.
    pub minutes: Option<Vec<ListAiMinutesResponseBodyMinutes>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAiMinutesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAiMinutesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "minutes" => rt::read_field(map, &mut self.minutes),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAiMinutesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("minutes", &self.minutes)?;
        object.end()
    }
}
/// `ListAttendeesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAttendeesResponseBody {
    /// `attendees`.
    pub attendees: Option<Vec<ListAttendeesResponseBodyAttendees>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAttendeesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAttendeesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendees" => rt::read_field(map, &mut self.attendees),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAttendeesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendees", &self.attendees)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListCalendarsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCalendarsResponseBody {
    /// `response`.
    pub response: Option<ListCalendarsResponseBodyResponse>,
}
impl<'de> rt::serde::Deserialize<'de> for ListCalendarsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCalendarsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "response" => rt::read_field(map, &mut self.response),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCalendarsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("response", &self.response)?;
        object.end()
    }
}
/// `ListCategoriesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCategoriesResponseBody {
    /// `categories`.
    pub categories: Option<Vec<ListCategoriesResponseBodyCategories>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListCategoriesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCategoriesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categories" => rt::read_field(map, &mut self.categories),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCategoriesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categories", &self.categories)?;
        object.end()
    }
}
/// `ListEventsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListEventsResponseBody {
    /// `events`.
    pub events: Option<Vec<ListEventsResponseBodyEvents>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `syncToken`.
    pub sync_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListEventsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEventsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "events" => rt::read_field(map, &mut self.events),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "syncToken" => rt::read_field(map, &mut self.sync_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEventsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("events", &self.events)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("syncToken", &self.sync_token)?;
        object.end()
    }
}
/// `ListEventsInstancesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListEventsInstancesResponseBody {
    /// `events`.
    pub events: Option<Vec<ListEventsInstancesResponseBodyEvents>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListEventsInstancesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEventsInstancesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "events" => rt::read_field(map, &mut self.events),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEventsInstancesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("events", &self.events)?;
        object.end()
    }
}
/// `ListEventsViewResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListEventsViewResponseBody {
    /// `events`.
    pub events: Option<Vec<ListEventsViewResponseBodyEvents>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListEventsViewResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEventsViewResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "events" => rt::read_field(map, &mut self.events),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEventsViewResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("events", &self.events)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListEventsViewByMeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListEventsViewByMeResponseBody {
    /// `events`.
    pub events: Option<Vec<ListEventsViewByMeResponseBodyEvents>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListEventsViewByMeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEventsViewByMeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "events" => rt::read_field(map, &mut self.events),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEventsViewByMeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("events", &self.events)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListInstancesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListInstancesResponseBody {
    /// `events`.
    pub events: Option<Vec<ListInstancesResponseBodyEvents>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListInstancesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListInstancesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "events" => rt::read_field(map, &mut self.events),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListInstancesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("events", &self.events)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListOrgPluginsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListOrgPluginsResponseBody {
    /// `plugins`.
    pub plugins: Option<Vec<ListOrgPluginsResponseBodyPlugins>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListOrgPluginsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListOrgPluginsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "plugins" => rt::read_field(map, &mut self.plugins),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListOrgPluginsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("plugins", &self.plugins)?;
        object.end()
    }
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
impl rt::serde::Serialize for PatchEventRequestAttendees {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("email", &self.email)?;
        object.optional("id", &self.id)?;
        object.optional("isOptional", &self.is_optional)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PatchEventRequestAttendees {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PatchEventRequestAttendees {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "email" => rt::read_field(map, &mut self.email),
            "id" => rt::read_field(map, &mut self.id),
            "isOptional" => rt::read_field(map, &mut self.is_optional),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PatchEventRequestUiConfigs {
    /// `uiName`.
    pub ui_name: String,
    /// `uiStatus`.
    pub ui_status: String,
}
impl PatchEventRequestUiConfigs {
    /// A `PatchEventRequestUiConfigs` with its required fields (`uiName`, `uiStatus`); set the others with the methods named after them.
    pub fn new(ui_name: impl Into<String>, ui_status: impl Into<String>) -> Self {
        Self {
            ui_name: ui_name.into(),
            ui_status: ui_status.into(),
        }
    }
}
impl rt::serde::Serialize for PatchEventRequestUiConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("uiName", &self.ui_name)?;
        object.field("uiStatus", &self.ui_status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PatchEventRequestUiConfigs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PatchEventRequestUiConfigs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "uiName" => rt::read_field(map, &mut self.ui_name),
            "uiStatus" => rt::read_field(map, &mut self.ui_status),
            _ => Ok(false),
        }
    }
}
/// `PatchEventResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for PatchEventResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PatchEventResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendees" => rt::read_field(map, &mut self.attendees),
            "cardInstances" => rt::read_field(map, &mut self.card_instances),
            "categories" => rt::read_field(map, &mut self.categories),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "description" => rt::read_field(map, &mut self.description),
            "end" => rt::read_field(map, &mut self.end),
            "extendedProperties" => rt::read_field(map, &mut self.extended_properties),
            "id" => rt::read_field(map, &mut self.id),
            "isAllDay" => rt::read_field(map, &mut self.is_all_day),
            "location" => rt::read_field(map, &mut self.location),
            "onlineMeetingInfo" => rt::read_field(map, &mut self.online_meeting_info),
            "organizer" => rt::read_field(map, &mut self.organizer),
            "recurrence" => rt::read_field(map, &mut self.recurrence),
            "reminders" => rt::read_field(map, &mut self.reminders),
            "richTextDescription" => rt::read_field(map, &mut self.rich_text_description),
            "start" => rt::read_field(map, &mut self.start),
            "summary" => rt::read_field(map, &mut self.summary),
            "uiConfigs" => rt::read_field(map, &mut self.ui_configs),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PatchEventResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendees", &self.attendees)?;
        object.optional("cardInstances", &self.card_instances)?;
        object.optional("categories", &self.categories)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("description", &self.description)?;
        object.optional("end", &self.end)?;
        object.optional("extendedProperties", &self.extended_properties)?;
        object.optional("id", &self.id)?;
        object.optional("isAllDay", &self.is_all_day)?;
        object.optional("location", &self.location)?;
        object.optional("onlineMeetingInfo", &self.online_meeting_info)?;
        object.optional("organizer", &self.organizer)?;
        object.optional("recurrence", &self.recurrence)?;
        object.optional("reminders", &self.reminders)?;
        object.optional("richTextDescription", &self.rich_text_description)?;
        object.optional("start", &self.start)?;
        object.optional("summary", &self.summary)?;
        object.optional("uiConfigs", &self.ui_configs)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
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
impl rt::serde::Serialize for RemoveAttendeeRequestAttendeesToRemove {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveAttendeeRequestAttendeesToRemove {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveAttendeeRequestAttendeesToRemove {
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
/// `RemoveMeetingRoomsRequestMeetingRoomsToRemove`: the same model as [`AddMeetingRoomsRequestMeetingRoomsToAdd`].
pub type RemoveMeetingRoomsRequestMeetingRoomsToRemove = AddMeetingRoomsRequestMeetingRoomsToAdd;
/// `RemoveMeetingRoomsResponseBody`: the same model as [`AddMeetingRoomsResponseBody`].
pub type RemoveMeetingRoomsResponseBody = AddMeetingRoomsResponseBody;
/// `SignInResponseBody`: the same model as [`CheckInResponseBody`].
pub type SignInResponseBody = CheckInResponseBody;
/// `SignOutResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SignOutResponseBody {
    /// `checkOutTime`.
    pub check_out_time: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for SignOutResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SignOutResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "checkOutTime" => rt::read_field(map, &mut self.check_out_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SignOutResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("checkOutTime", &self.check_out_time)?;
        object.end()
    }
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
/// `CreateAclsResponseBodyScope`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAclsResponseBodyScope {
    /// `scopeType`.
    pub scope_type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateAclsResponseBodyScope {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAclsResponseBodyScope {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scopeType" => rt::read_field(map, &mut self.scope_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAclsResponseBodyScope {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("scopeType", &self.scope_type)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `CreateEventRequestRecurrencePattern`.
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
impl rt::serde::Serialize for CreateEventRequestRecurrencePattern {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dayOfMonth", &self.day_of_month)?;
        object.optional("daysOfWeek", &self.days_of_week)?;
        object.optional("firstDayOfWeek", &self.first_day_of_week)?;
        object.optional("index", &self.index)?;
        object.optional("interval", &self.interval)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateEventRequestRecurrencePattern {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateEventRequestRecurrencePattern {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dayOfMonth" => rt::read_field(map, &mut self.day_of_month),
            "daysOfWeek" => rt::read_field(map, &mut self.days_of_week),
            "firstDayOfWeek" => rt::read_field(map, &mut self.first_day_of_week),
            "index" => rt::read_field(map, &mut self.index),
            "interval" => rt::read_field(map, &mut self.interval),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `CreateEventRequestRecurrenceRange`.
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
impl rt::serde::Serialize for CreateEventRequestRecurrenceRange {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("numberOfOccurrences", &self.number_of_occurrences)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateEventRequestRecurrenceRange {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateEventRequestRecurrenceRange {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endDate" => rt::read_field(map, &mut self.end_date),
            "numberOfOccurrences" => rt::read_field(map, &mut self.number_of_occurrences),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `CreateEventResponseBodyAttendees`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyAttendees {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyAttendees {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "displayName" => rt::read_field(map, &mut self.display_name),
            "id" => rt::read_field(map, &mut self.id),
            "isOptional" => rt::read_field(map, &mut self.is_optional),
            "responseStatus" => rt::read_field(map, &mut self.response_status),
            "self" => rt::read_field(map, &mut self.self_),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyAttendees {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("id", &self.id)?;
        object.optional("isOptional", &self.is_optional)?;
        object.optional("responseStatus", &self.response_status)?;
        object.optional("self", &self.self_)?;
        object.end()
    }
}
/// `CreateEventResponseBodyCardInstances`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventResponseBodyCardInstances {
    /// `outTrackId`.
    pub out_track_id: Option<String>,
    /// `scenario`.
    pub scenario: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyCardInstances {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyCardInstances {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "outTrackId" => rt::read_field(map, &mut self.out_track_id),
            "scenario" => rt::read_field(map, &mut self.scenario),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyCardInstances {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("outTrackId", &self.out_track_id)?;
        object.optional("scenario", &self.scenario)?;
        object.end()
    }
}
/// `CreateEventResponseBodyCategories`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventResponseBodyCategories {
    /// `categoryId`.
    pub category_id: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyCategories {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyCategories {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryId" => rt::read_field(map, &mut self.category_id),
            "displayName" => rt::read_field(map, &mut self.display_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyCategories {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryId", &self.category_id)?;
        object.optional("displayName", &self.display_name)?;
        object.end()
    }
}
/// `CreateEventResponseBodyEnd`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventResponseBodyEnd {
    /// `date`.
    pub date: Option<String>,
    /// `dateTime`.
    pub date_time: Option<String>,
    /// `timeZone`.
    pub time_zone: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyEnd {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyEnd {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "date" => rt::read_field(map, &mut self.date),
            "dateTime" => rt::read_field(map, &mut self.date_time),
            "timeZone" => rt::read_field(map, &mut self.time_zone),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyEnd {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("date", &self.date)?;
        object.optional("dateTime", &self.date_time)?;
        object.optional("timeZone", &self.time_zone)?;
        object.end()
    }
}
/// `CreateEventResponseBodyEventConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventResponseBodyEventConfig {
    /// `allowAttendeeAddConference`.
    pub allow_attendee_add_conference: Option<bool>,
    /// `allowAttendeeAddParticipants`.
    pub allow_attendee_add_participants: Option<bool>,
    /// `allowAttendeeCreateComment`.
    pub allow_attendee_create_comment: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyEventConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyEventConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allowAttendeeAddConference" => {
                rt::read_field(map, &mut self.allow_attendee_add_conference)
            }
            "allowAttendeeAddParticipants" => {
                rt::read_field(map, &mut self.allow_attendee_add_participants)
            }
            "allowAttendeeCreateComment" => {
                rt::read_field(map, &mut self.allow_attendee_create_comment)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyEventConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "allowAttendeeAddConference",
                &self.allow_attendee_add_conference,
            )?;
        object
            .optional(
                "allowAttendeeAddParticipants",
                &self.allow_attendee_add_participants,
            )?;
        object
            .optional(
                "allowAttendeeCreateComment",
                &self.allow_attendee_create_comment,
            )?;
        object.end()
    }
}
/// `CreateEventResponseBodyExtendedProperties`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventResponseBodyExtendedProperties {
    /// `sharedProperties`.
    pub shared_properties: Option<
        CreateEventResponseBodyExtendedPropertiesSharedProperties,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyExtendedProperties {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyExtendedProperties {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sharedProperties" => rt::read_field(map, &mut self.shared_properties),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyExtendedProperties {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sharedProperties", &self.shared_properties)?;
        object.end()
    }
}
/// `CreateEventResponseBodyLocation`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventResponseBodyLocation {
    /// `displayName`.
    pub display_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyLocation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyLocation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "displayName" => rt::read_field(map, &mut self.display_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyLocation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("displayName", &self.display_name)?;
        object.end()
    }
}
/// `CreateEventResponseBodyOnlineMeetingInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyOnlineMeetingInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyOnlineMeetingInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conferenceId" => rt::read_field(map, &mut self.conference_id),
            "extraInfo" => rt::read_field(map, &mut self.extra_info),
            "type" => rt::read_field(map, &mut self.r#type),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyOnlineMeetingInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conferenceId", &self.conference_id)?;
        object.optional("extraInfo", &self.extra_info)?;
        object.optional("type", &self.r#type)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `CreateEventResponseBodyOrganizer`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyOrganizer {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyOrganizer {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "displayName" => rt::read_field(map, &mut self.display_name),
            "id" => rt::read_field(map, &mut self.id),
            "responseStatus" => rt::read_field(map, &mut self.response_status),
            "self" => rt::read_field(map, &mut self.self_),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyOrganizer {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("id", &self.id)?;
        object.optional("responseStatus", &self.response_status)?;
        object.optional("self", &self.self_)?;
        object.end()
    }
}
/// `CreateEventResponseBodyRecurrence`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventResponseBodyRecurrence {
    /// `pattern`.
    pub pattern: Option<CreateEventResponseBodyRecurrencePattern>,
    /// `range`.
    pub range: Option<CreateEventResponseBodyRecurrenceRange>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyRecurrence {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyRecurrence {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pattern" => rt::read_field(map, &mut self.pattern),
            "range" => rt::read_field(map, &mut self.range),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyRecurrence {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pattern", &self.pattern)?;
        object.optional("range", &self.range)?;
        object.end()
    }
}
/// `CreateEventResponseBodyReminders`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventResponseBodyReminders {
    /// `method`.
    pub method: Option<String>,
    /// `minutes`.
    pub minutes: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyReminders {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyReminders {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "method" => rt::read_field(map, &mut self.method),
            "minutes" => rt::read_field(map, &mut self.minutes),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyReminders {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("method", &self.method)?;
        object.optional("minutes", &self.minutes)?;
        object.end()
    }
}
/// `CreateEventResponseBodyRichTextDescription`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventResponseBodyRichTextDescription {
    /// `text`.
    pub text: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyRichTextDescription {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyRichTextDescription {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyRichTextDescription {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("text", &self.text)?;
        object.end()
    }
}
/// `CreateEventResponseBodyStart`: the same model as [`CreateEventResponseBodyEnd`].
pub type CreateEventResponseBodyStart = CreateEventResponseBodyEnd;
/// `CreateEventResponseBodyUiConfigs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventResponseBodyUiConfigs {
    /// `uiName`.
    pub ui_name: Option<String>,
    /// `uiStatus`.
    pub ui_status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyUiConfigs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyUiConfigs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "uiName" => rt::read_field(map, &mut self.ui_name),
            "uiStatus" => rt::read_field(map, &mut self.ui_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyUiConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("uiName", &self.ui_name)?;
        object.optional("uiStatus", &self.ui_status)?;
        object.end()
    }
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
/// `GetEventResponseBodyLocation`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEventResponseBodyLocation {
    /// `displayName`.
    pub display_name: Option<String>,
    /// `meetingRooms`.
    pub meeting_rooms: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetEventResponseBodyLocation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetEventResponseBodyLocation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "displayName" => rt::read_field(map, &mut self.display_name),
            "meetingRooms" => rt::read_field(map, &mut self.meeting_rooms),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetEventResponseBodyLocation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("meetingRooms", &self.meeting_rooms)?;
        object.end()
    }
}
/// `GetEventResponseBodyMeetingRooms`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEventResponseBodyMeetingRooms {
    /// `displayName`.
    pub display_name: Option<String>,
    /// `responseStatus`.
    pub response_status: Option<String>,
    /// `roomId`.
    pub room_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetEventResponseBodyMeetingRooms {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetEventResponseBodyMeetingRooms {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "displayName" => rt::read_field(map, &mut self.display_name),
            "responseStatus" => rt::read_field(map, &mut self.response_status),
            "roomId" => rt::read_field(map, &mut self.room_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetEventResponseBodyMeetingRooms {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("responseStatus", &self.response_status)?;
        object.optional("roomId", &self.room_id)?;
        object.end()
    }
}
/// `GetEventResponseBodyOnlineMeetingInfo`: the same model as [`CreateEventResponseBodyOnlineMeetingInfo`].
pub type GetEventResponseBodyOnlineMeetingInfo = CreateEventResponseBodyOnlineMeetingInfo;
/// `GetEventResponseBodyOrganizer`: the same model as [`CreateEventResponseBodyOrganizer`].
pub type GetEventResponseBodyOrganizer = CreateEventResponseBodyOrganizer;
/// `GetEventResponseBodyOriginStart`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEventResponseBodyOriginStart {
    /// `dateTime`.
    pub date_time: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetEventResponseBodyOriginStart {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetEventResponseBodyOriginStart {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dateTime" => rt::read_field(map, &mut self.date_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetEventResponseBodyOriginStart {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dateTime", &self.date_time)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetMeetingRoomsScheduleResponseBodyScheduleInformation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMeetingRoomsScheduleResponseBodyScheduleInformation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "error" => rt::read_field(map, &mut self.error),
            "roomId" => rt::read_field(map, &mut self.room_id),
            "scheduleItems" => rt::read_field(map, &mut self.schedule_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMeetingRoomsScheduleResponseBodyScheduleInformation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("error", &self.error)?;
        object.optional("roomId", &self.room_id)?;
        object.optional("scheduleItems", &self.schedule_items)?;
        object.end()
    }
}
/// `GetScheduleResponseBodyScheduleInformation`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetScheduleResponseBodyScheduleInformation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetScheduleResponseBodyScheduleInformation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "error" => rt::read_field(map, &mut self.error),
            "scheduleItems" => rt::read_field(map, &mut self.schedule_items),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetScheduleResponseBodyScheduleInformation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("error", &self.error)?;
        object.optional("scheduleItems", &self.schedule_items)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetScheduleByMeResponseBodyScheduleInformation`: the same model as [`GetScheduleResponseBodyScheduleInformation`].
pub type GetScheduleByMeResponseBodyScheduleInformation = GetScheduleResponseBodyScheduleInformation;
/// `GetSignInListResponseBodyUsers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignInListResponseBodyUsers {
    /// `checkInTime`.
    pub check_in_time: Option<i64>,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignInListResponseBodyUsers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignInListResponseBodyUsers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "checkInTime" => rt::read_field(map, &mut self.check_in_time),
            "displayName" => rt::read_field(map, &mut self.display_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignInListResponseBodyUsers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("checkInTime", &self.check_in_time)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetSignOutListResponseBodyUsers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSignOutListResponseBodyUsers {
    /// `checkOutTime`.
    pub check_out_time: Option<i64>,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSignOutListResponseBodyUsers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSignOutListResponseBodyUsers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "checkOutTime" => rt::read_field(map, &mut self.check_out_time),
            "displayName" => rt::read_field(map, &mut self.display_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSignOutListResponseBodyUsers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("checkOutTime", &self.check_out_time)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetSubscribedCalendarResponseBodySubscribeScope`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSubscribedCalendarResponseBodySubscribeScope {
    /// `corpIds`.
    pub corp_ids: Option<Vec<String>>,
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
    /// `unionIds`.
    pub union_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetSubscribedCalendarResponseBodySubscribeScope {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSubscribedCalendarResponseBodySubscribeScope {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpIds" => rt::read_field(map, &mut self.corp_ids),
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            "unionIds" => rt::read_field(map, &mut self.union_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSubscribedCalendarResponseBodySubscribeScope {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpIds", &self.corp_ids)?;
        object.optional("openConversationIds", &self.open_conversation_ids)?;
        object.optional("unionIds", &self.union_ids)?;
        object.end()
    }
}
/// `ListAclsResponseBodyAcls`: the same model as [`CreateAclsResponseBody`].
pub type ListAclsResponseBodyAcls = CreateAclsResponseBody;
/// `ListAiMinutesResponseBodyMinutes`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAiMinutesResponseBodyMinutes {
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `minutesId`.
    pub minutes_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAiMinutesResponseBodyMinutes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAiMinutesResponseBodyMinutes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "minutesId" => rt::read_field(map, &mut self.minutes_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAiMinutesResponseBodyMinutes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("minutesId", &self.minutes_id)?;
        object.end()
    }
}
/// `ListAttendeesResponseBodyAttendees`: the same model as [`CreateEventResponseBodyAttendees`].
pub type ListAttendeesResponseBodyAttendees = CreateEventResponseBodyAttendees;
/// `ListCalendarsResponseBodyResponse`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCalendarsResponseBodyResponse {
    /// `calendars`.
    pub calendars: Option<Vec<ListCalendarsResponseBodyResponseCalendars>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListCalendarsResponseBodyResponse {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCalendarsResponseBodyResponse {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "calendars" => rt::read_field(map, &mut self.calendars),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCalendarsResponseBodyResponse {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("calendars", &self.calendars)?;
        object.end()
    }
}
/// `ListCategoriesResponseBodyCategories`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListCategoriesResponseBodyCategories {
    /// `displayName`.
    pub display_name: Option<String>,
    /// `openCategoryId`.
    pub open_category_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListCategoriesResponseBodyCategories {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCategoriesResponseBodyCategories {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "displayName" => rt::read_field(map, &mut self.display_name),
            "openCategoryId" => rt::read_field(map, &mut self.open_category_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCategoriesResponseBodyCategories {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("openCategoryId", &self.open_category_id)?;
        object.end()
    }
}
/// `ListEventsResponseBodyEvents`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListEventsResponseBodyEvents {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEventsResponseBodyEvents {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendees" => rt::read_field(map, &mut self.attendees),
            "categories" => rt::read_field(map, &mut self.categories),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "description" => rt::read_field(map, &mut self.description),
            "end" => rt::read_field(map, &mut self.end),
            "extendedProperties" => rt::read_field(map, &mut self.extended_properties),
            "id" => rt::read_field(map, &mut self.id),
            "isAllDay" => rt::read_field(map, &mut self.is_all_day),
            "location" => rt::read_field(map, &mut self.location),
            "meetingRooms" => rt::read_field(map, &mut self.meeting_rooms),
            "onlineMeetingInfo" => rt::read_field(map, &mut self.online_meeting_info),
            "organizer" => rt::read_field(map, &mut self.organizer),
            "originStart" => rt::read_field(map, &mut self.origin_start),
            "recurrence" => rt::read_field(map, &mut self.recurrence),
            "reminders" => rt::read_field(map, &mut self.reminders),
            "richTextDescription" => rt::read_field(map, &mut self.rich_text_description),
            "seriesMasterId" => rt::read_field(map, &mut self.series_master_id),
            "start" => rt::read_field(map, &mut self.start),
            "status" => rt::read_field(map, &mut self.status),
            "summary" => rt::read_field(map, &mut self.summary),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEventsResponseBodyEvents {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendees", &self.attendees)?;
        object.optional("categories", &self.categories)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("description", &self.description)?;
        object.optional("end", &self.end)?;
        object.optional("extendedProperties", &self.extended_properties)?;
        object.optional("id", &self.id)?;
        object.optional("isAllDay", &self.is_all_day)?;
        object.optional("location", &self.location)?;
        object.optional("meetingRooms", &self.meeting_rooms)?;
        object.optional("onlineMeetingInfo", &self.online_meeting_info)?;
        object.optional("organizer", &self.organizer)?;
        object.optional("originStart", &self.origin_start)?;
        object.optional("recurrence", &self.recurrence)?;
        object.optional("reminders", &self.reminders)?;
        object.optional("richTextDescription", &self.rich_text_description)?;
        object.optional("seriesMasterId", &self.series_master_id)?;
        object.optional("start", &self.start)?;
        object.optional("status", &self.status)?;
        object.optional("summary", &self.summary)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
}
/// `ListEventsInstancesResponseBodyEvents`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListEventsInstancesResponseBodyEvents {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEventsInstancesResponseBodyEvents {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendees" => rt::read_field(map, &mut self.attendees),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "description" => rt::read_field(map, &mut self.description),
            "end" => rt::read_field(map, &mut self.end),
            "extendedProperties" => rt::read_field(map, &mut self.extended_properties),
            "id" => rt::read_field(map, &mut self.id),
            "isAllDay" => rt::read_field(map, &mut self.is_all_day),
            "location" => rt::read_field(map, &mut self.location),
            "onlineMeetingInfo" => rt::read_field(map, &mut self.online_meeting_info),
            "organizer" => rt::read_field(map, &mut self.organizer),
            "recurrence" => rt::read_field(map, &mut self.recurrence),
            "reminders" => rt::read_field(map, &mut self.reminders),
            "seriesMasterId" => rt::read_field(map, &mut self.series_master_id),
            "start" => rt::read_field(map, &mut self.start),
            "status" => rt::read_field(map, &mut self.status),
            "summary" => rt::read_field(map, &mut self.summary),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEventsInstancesResponseBodyEvents {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendees", &self.attendees)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("description", &self.description)?;
        object.optional("end", &self.end)?;
        object.optional("extendedProperties", &self.extended_properties)?;
        object.optional("id", &self.id)?;
        object.optional("isAllDay", &self.is_all_day)?;
        object.optional("location", &self.location)?;
        object.optional("onlineMeetingInfo", &self.online_meeting_info)?;
        object.optional("organizer", &self.organizer)?;
        object.optional("recurrence", &self.recurrence)?;
        object.optional("reminders", &self.reminders)?;
        object.optional("seriesMasterId", &self.series_master_id)?;
        object.optional("start", &self.start)?;
        object.optional("status", &self.status)?;
        object.optional("summary", &self.summary)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
}
/// `ListEventsViewResponseBodyEvents`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListEventsViewResponseBodyEvents {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEventsViewResponseBodyEvents {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendees" => rt::read_field(map, &mut self.attendees),
            "categories" => rt::read_field(map, &mut self.categories),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "description" => rt::read_field(map, &mut self.description),
            "end" => rt::read_field(map, &mut self.end),
            "extendedProperties" => rt::read_field(map, &mut self.extended_properties),
            "id" => rt::read_field(map, &mut self.id),
            "isAllDay" => rt::read_field(map, &mut self.is_all_day),
            "location" => rt::read_field(map, &mut self.location),
            "meetingRooms" => rt::read_field(map, &mut self.meeting_rooms),
            "onlineMeetingInfo" => rt::read_field(map, &mut self.online_meeting_info),
            "organizer" => rt::read_field(map, &mut self.organizer),
            "originStart" => rt::read_field(map, &mut self.origin_start),
            "recurrence" => rt::read_field(map, &mut self.recurrence),
            "richTextDescription" => rt::read_field(map, &mut self.rich_text_description),
            "seriesMasterId" => rt::read_field(map, &mut self.series_master_id),
            "start" => rt::read_field(map, &mut self.start),
            "status" => rt::read_field(map, &mut self.status),
            "summary" => rt::read_field(map, &mut self.summary),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEventsViewResponseBodyEvents {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendees", &self.attendees)?;
        object.optional("categories", &self.categories)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("description", &self.description)?;
        object.optional("end", &self.end)?;
        object.optional("extendedProperties", &self.extended_properties)?;
        object.optional("id", &self.id)?;
        object.optional("isAllDay", &self.is_all_day)?;
        object.optional("location", &self.location)?;
        object.optional("meetingRooms", &self.meeting_rooms)?;
        object.optional("onlineMeetingInfo", &self.online_meeting_info)?;
        object.optional("organizer", &self.organizer)?;
        object.optional("originStart", &self.origin_start)?;
        object.optional("recurrence", &self.recurrence)?;
        object.optional("richTextDescription", &self.rich_text_description)?;
        object.optional("seriesMasterId", &self.series_master_id)?;
        object.optional("start", &self.start)?;
        object.optional("status", &self.status)?;
        object.optional("summary", &self.summary)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
}
/// `ListEventsViewByMeResponseBodyEvents`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListEventsViewByMeResponseBodyEvents {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEventsViewByMeResponseBodyEvents {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendees" => rt::read_field(map, &mut self.attendees),
            "categories" => rt::read_field(map, &mut self.categories),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "description" => rt::read_field(map, &mut self.description),
            "end" => rt::read_field(map, &mut self.end),
            "extendedProperties" => rt::read_field(map, &mut self.extended_properties),
            "id" => rt::read_field(map, &mut self.id),
            "isAllDay" => rt::read_field(map, &mut self.is_all_day),
            "location" => rt::read_field(map, &mut self.location),
            "meetingRooms" => rt::read_field(map, &mut self.meeting_rooms),
            "onlineMeetingInfo" => rt::read_field(map, &mut self.online_meeting_info),
            "organizer" => rt::read_field(map, &mut self.organizer),
            "originStart" => rt::read_field(map, &mut self.origin_start),
            "recurrence" => rt::read_field(map, &mut self.recurrence),
            "richTextDescription" => rt::read_field(map, &mut self.rich_text_description),
            "seriesMasterId" => rt::read_field(map, &mut self.series_master_id),
            "start" => rt::read_field(map, &mut self.start),
            "status" => rt::read_field(map, &mut self.status),
            "summary" => rt::read_field(map, &mut self.summary),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEventsViewByMeResponseBodyEvents {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendees", &self.attendees)?;
        object.optional("categories", &self.categories)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("description", &self.description)?;
        object.optional("end", &self.end)?;
        object.optional("extendedProperties", &self.extended_properties)?;
        object.optional("id", &self.id)?;
        object.optional("isAllDay", &self.is_all_day)?;
        object.optional("location", &self.location)?;
        object.optional("meetingRooms", &self.meeting_rooms)?;
        object.optional("onlineMeetingInfo", &self.online_meeting_info)?;
        object.optional("organizer", &self.organizer)?;
        object.optional("originStart", &self.origin_start)?;
        object.optional("recurrence", &self.recurrence)?;
        object.optional("richTextDescription", &self.rich_text_description)?;
        object.optional("seriesMasterId", &self.series_master_id)?;
        object.optional("start", &self.start)?;
        object.optional("status", &self.status)?;
        object.optional("summary", &self.summary)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
}
/// `ListInstancesResponseBodyEvents`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListInstancesResponseBodyEvents {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListInstancesResponseBodyEvents {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attendees" => rt::read_field(map, &mut self.attendees),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "description" => rt::read_field(map, &mut self.description),
            "end" => rt::read_field(map, &mut self.end),
            "extendedProperties" => rt::read_field(map, &mut self.extended_properties),
            "id" => rt::read_field(map, &mut self.id),
            "isAllDay" => rt::read_field(map, &mut self.is_all_day),
            "location" => rt::read_field(map, &mut self.location),
            "meetingRooms" => rt::read_field(map, &mut self.meeting_rooms),
            "onlineMeetingInfo" => rt::read_field(map, &mut self.online_meeting_info),
            "organizer" => rt::read_field(map, &mut self.organizer),
            "recurrence" => rt::read_field(map, &mut self.recurrence),
            "reminders" => rt::read_field(map, &mut self.reminders),
            "seriesMasterId" => rt::read_field(map, &mut self.series_master_id),
            "start" => rt::read_field(map, &mut self.start),
            "status" => rt::read_field(map, &mut self.status),
            "summary" => rt::read_field(map, &mut self.summary),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListInstancesResponseBodyEvents {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendees", &self.attendees)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("description", &self.description)?;
        object.optional("end", &self.end)?;
        object.optional("extendedProperties", &self.extended_properties)?;
        object.optional("id", &self.id)?;
        object.optional("isAllDay", &self.is_all_day)?;
        object.optional("location", &self.location)?;
        object.optional("meetingRooms", &self.meeting_rooms)?;
        object.optional("onlineMeetingInfo", &self.online_meeting_info)?;
        object.optional("organizer", &self.organizer)?;
        object.optional("recurrence", &self.recurrence)?;
        object.optional("reminders", &self.reminders)?;
        object.optional("seriesMasterId", &self.series_master_id)?;
        object.optional("start", &self.start)?;
        object.optional("status", &self.status)?;
        object.optional("summary", &self.summary)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
}
/// `ListOrgPluginsResponseBodyPlugins`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListOrgPluginsResponseBodyPlugins {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListOrgPluginsResponseBodyPlugins {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "logo" => rt::read_field(map, &mut self.logo),
            "name" => rt::read_field(map, &mut self.name),
            "pluginClassification" => {
                rt::read_field(map, &mut self.plugin_classification)
            }
            "pluginId" => rt::read_field(map, &mut self.plugin_id),
            "subscribers" => rt::read_field(map, &mut self.subscribers),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListOrgPluginsResponseBodyPlugins {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("logo", &self.logo)?;
        object.optional("name", &self.name)?;
        object.optional("pluginClassification", &self.plugin_classification)?;
        object.optional("pluginId", &self.plugin_id)?;
        object.optional("subscribers", &self.subscribers)?;
        object.end()
    }
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
/// `PatchEventResponseBodyOnlineMeetingInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PatchEventResponseBodyOnlineMeetingInfo {
    /// `conferenceId`.
    pub conference_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PatchEventResponseBodyOnlineMeetingInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PatchEventResponseBodyOnlineMeetingInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conferenceId" => rt::read_field(map, &mut self.conference_id),
            "type" => rt::read_field(map, &mut self.r#type),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PatchEventResponseBodyOnlineMeetingInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conferenceId", &self.conference_id)?;
        object.optional("type", &self.r#type)?;
        object.optional("url", &self.url)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PatchEventResponseBodyUiConfigs {
    /// `uiName`.
    pub ui_name: Option<String>,
    /// `uiStatus`.
    pub ui_status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PatchEventResponseBodyUiConfigs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PatchEventResponseBodyUiConfigs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "uiName" => rt::read_field(map, &mut self.ui_name),
            "uiStatus" => rt::read_field(map, &mut self.ui_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PatchEventResponseBodyUiConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("uiName", &self.ui_name)?;
        object.optional("uiStatus", &self.ui_status)?;
        object.end()
    }
}
/// `CreateEventResponseBodyExtendedPropertiesSharedProperties`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventResponseBodyExtendedPropertiesSharedProperties {
    /// `belongCorpId`.
    pub belong_corp_id: Option<String>,
    /// `sourceOpenCid`.
    pub source_open_cid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateEventResponseBodyExtendedPropertiesSharedProperties {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyExtendedPropertiesSharedProperties {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "belongCorpId" => rt::read_field(map, &mut self.belong_corp_id),
            "sourceOpenCid" => rt::read_field(map, &mut self.source_open_cid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyExtendedPropertiesSharedProperties {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("belongCorpId", &self.belong_corp_id)?;
        object.optional("sourceOpenCid", &self.source_open_cid)?;
        object.end()
    }
}
/// `CreateEventResponseBodyRecurrencePattern`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyRecurrencePattern {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyRecurrencePattern {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dayOfMonth" => rt::read_field(map, &mut self.day_of_month),
            "daysOfWeek" => rt::read_field(map, &mut self.days_of_week),
            "firstDayOfWeek" => rt::read_field(map, &mut self.first_day_of_week),
            "index" => rt::read_field(map, &mut self.index),
            "interval" => rt::read_field(map, &mut self.interval),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyRecurrencePattern {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dayOfMonth", &self.day_of_month)?;
        object.optional("daysOfWeek", &self.days_of_week)?;
        object.optional("firstDayOfWeek", &self.first_day_of_week)?;
        object.optional("index", &self.index)?;
        object.optional("interval", &self.interval)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `CreateEventResponseBodyRecurrenceRange`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateEventResponseBodyRecurrenceRange {
    /// `endDate`.
    pub end_date: Option<String>,
    /// `numberOfOccurrences`.
    pub number_of_occurrences: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateEventResponseBodyRecurrenceRange {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateEventResponseBodyRecurrenceRange {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endDate" => rt::read_field(map, &mut self.end_date),
            "numberOfOccurrences" => rt::read_field(map, &mut self.number_of_occurrences),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateEventResponseBodyRecurrenceRange {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("numberOfOccurrences", &self.number_of_occurrences)?;
        object.optional("type", &self.r#type)?;
        object.end()
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "end" => rt::read_field(map, &mut self.end),
            "eventId" => rt::read_field(map, &mut self.event_id),
            "organizer" => rt::read_field(map, &mut self.organizer),
            "start" => rt::read_field(map, &mut self.start),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("end", &self.end)?;
        object.optional("eventId", &self.event_id)?;
        object.optional("organizer", &self.organizer)?;
        object.optional("start", &self.start)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetScheduleResponseBodyScheduleInformationScheduleItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetScheduleResponseBodyScheduleInformationScheduleItems {
    /// `end`.
    pub end: Option<GetScheduleResponseBodyScheduleInformationScheduleItemsEnd>,
    /// `start`.
    pub start: Option<GetScheduleResponseBodyScheduleInformationScheduleItemsStart>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetScheduleResponseBodyScheduleInformationScheduleItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetScheduleResponseBodyScheduleInformationScheduleItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "end" => rt::read_field(map, &mut self.end),
            "start" => rt::read_field(map, &mut self.start),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetScheduleResponseBodyScheduleInformationScheduleItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("end", &self.end)?;
        object.optional("start", &self.start)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetScheduleByMeResponseBodyScheduleInformationScheduleItems`: the same model as [`GetScheduleResponseBodyScheduleInformationScheduleItems`].
pub type GetScheduleByMeResponseBodyScheduleInformationScheduleItems = GetScheduleResponseBodyScheduleInformationScheduleItems;
/// `ListAclsResponseBodyAclsScope`: the same model as [`CreateAclsResponseBodyScope`].
pub type ListAclsResponseBodyAclsScope = CreateAclsResponseBodyScope;
/// `ListCalendarsResponseBodyResponseCalendars`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListCalendarsResponseBodyResponseCalendars {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListCalendarsResponseBodyResponseCalendars {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "eTag" => rt::read_field(map, &mut self.e_tag),
            "id" => rt::read_field(map, &mut self.id),
            "privilege" => rt::read_field(map, &mut self.privilege),
            "summary" => rt::read_field(map, &mut self.summary),
            "timeZone" => rt::read_field(map, &mut self.time_zone),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListCalendarsResponseBodyResponseCalendars {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("eTag", &self.e_tag)?;
        object.optional("id", &self.id)?;
        object.optional("privilege", &self.privilege)?;
        object.optional("summary", &self.summary)?;
        object.optional("timeZone", &self.time_zone)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
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
/// `ListEventsInstancesResponseBodyEventsRecurrence`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListEventsInstancesResponseBodyEventsRecurrence {
    /// `pattern`.
    pub pattern: Option<ListEventsInstancesResponseBodyEventsRecurrencePattern>,
    /// `range`.
    pub range: Option<ListEventsInstancesResponseBodyEventsRecurrenceRange>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListEventsInstancesResponseBodyEventsRecurrence {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEventsInstancesResponseBodyEventsRecurrence {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pattern" => rt::read_field(map, &mut self.pattern),
            "range" => rt::read_field(map, &mut self.range),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEventsInstancesResponseBodyEventsRecurrence {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pattern", &self.pattern)?;
        object.optional("range", &self.range)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for ListEventsViewResponseBodyEventsExtendedProperties {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEventsViewResponseBodyEventsExtendedProperties {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "privateProperties" => rt::read_field(map, &mut self.private_properties),
            "sharedProperties" => rt::read_field(map, &mut self.shared_properties),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEventsViewResponseBodyEventsExtendedProperties {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("privateProperties", &self.private_properties)?;
        object.optional("sharedProperties", &self.shared_properties)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListOrgPluginsResponseBodyPluginsSubscribers {
    /// `deptIds`.
    pub dept_ids: Option<Vec<String>>,
    /// `unionIds`.
    pub union_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListOrgPluginsResponseBodyPluginsSubscribers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListOrgPluginsResponseBodyPluginsSubscribers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "unionIds" => rt::read_field(map, &mut self.union_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListOrgPluginsResponseBodyPluginsSubscribers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.optional("unionIds", &self.union_ids)?;
        object.end()
    }
}
/// `PatchEventResponseBodyExtendedPropertiesSharedProperties`: the same model as [`CreateEventResponseBodyExtendedPropertiesSharedProperties`].
pub type PatchEventResponseBodyExtendedPropertiesSharedProperties = CreateEventResponseBodyExtendedPropertiesSharedProperties;
/// `PatchEventResponseBodyRecurrencePattern`: the same model as [`CreateEventResponseBodyRecurrencePattern`].
pub type PatchEventResponseBodyRecurrencePattern = CreateEventResponseBodyRecurrencePattern;
/// `PatchEventResponseBodyRecurrenceRange`: the same model as [`CreateEventResponseBodyRecurrenceRange`].
pub type PatchEventResponseBodyRecurrenceRange = CreateEventResponseBodyRecurrenceRange;
/// `GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsEnd`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsEnd {
    /// `dateTime`.
    pub date_time: Option<String>,
    /// `timeZone`.
    pub time_zone: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsEnd {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsEnd {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dateTime" => rt::read_field(map, &mut self.date_time),
            "timeZone" => rt::read_field(map, &mut self.time_zone),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsEnd {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dateTime", &self.date_time)?;
        object.optional("timeZone", &self.time_zone)?;
        object.end()
    }
}
/// `GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsOrganizer`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsOrganizer {
    /// `id`.
    pub id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsOrganizer {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsOrganizer {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetMeetingRoomsScheduleResponseBodyScheduleInformationScheduleItemsOrganizer {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.end()
    }
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
/// `ListEventsInstancesResponseBodyEventsRecurrencePattern`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for ListEventsInstancesResponseBodyEventsRecurrencePattern {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEventsInstancesResponseBodyEventsRecurrencePattern {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dayOfMonth" => rt::read_field(map, &mut self.day_of_month),
            "daysOfWeek" => rt::read_field(map, &mut self.days_of_week),
            "index" => rt::read_field(map, &mut self.index),
            "interval" => rt::read_field(map, &mut self.interval),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEventsInstancesResponseBodyEventsRecurrencePattern {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dayOfMonth", &self.day_of_month)?;
        object.optional("daysOfWeek", &self.days_of_week)?;
        object.optional("index", &self.index)?;
        object.optional("interval", &self.interval)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `ListEventsInstancesResponseBodyEventsRecurrenceRange`: the same model as [`CreateEventResponseBodyRecurrenceRange`].
pub type ListEventsInstancesResponseBodyEventsRecurrenceRange = CreateEventResponseBodyRecurrenceRange;
/// `ListEventsViewResponseBodyEventsExtendedPropertiesPrivateProperties`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListEventsViewResponseBodyEventsExtendedPropertiesPrivateProperties {
    /// `dingtalkDetailUrl`.
    pub dingtalk_detail_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListEventsViewResponseBodyEventsExtendedPropertiesPrivateProperties {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEventsViewResponseBodyEventsExtendedPropertiesPrivateProperties {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingtalkDetailUrl" => rt::read_field(map, &mut self.dingtalk_detail_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ListEventsViewResponseBodyEventsExtendedPropertiesPrivateProperties {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingtalkDetailUrl", &self.dingtalk_detail_url)?;
        object.end()
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AddAttendeeRequest {
    /// A `AddAttendeeRequest` with its required fields (`attendeesToAdd`); set the others with the methods named after them.
    pub fn new(
        attendees_to_add: impl IntoIterator<Item = AddAttendeeRequestAttendeesToAdd>,
    ) -> Self {
        Self {
            x_client_token: None,
            attendees_to_add: attendees_to_add.into_iter().collect(),
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
impl rt::serde::Serialize for AddAttendeeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("attendeesToAdd", &self.attendees_to_add)?;
        object.optional("chatNotification", &self.chat_notification)?;
        object.optional("pushNotification", &self.push_notification)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddAttendeeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddAttendeeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            "attendeesToAdd" => rt::read_field(map, &mut self.attendees_to_add),
            "chatNotification" => rt::read_field(map, &mut self.chat_notification),
            "pushNotification" => rt::read_field(map, &mut self.push_notification),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddAttendeeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::add_meeting_rooms`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddMeetingRoomsRequest {
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
    /// `meetingRoomsToAdd`.
    pub meeting_rooms_to_add: Vec<AddMeetingRoomsRequestMeetingRoomsToAdd>,
}
impl AddMeetingRoomsRequest {
    /// A `AddMeetingRoomsRequest` with its required fields (`meetingRoomsToAdd`); set the others with the methods named after them.
    pub fn new(
        meeting_rooms_to_add: impl IntoIterator<
            Item = AddMeetingRoomsRequestMeetingRoomsToAdd,
        >,
    ) -> Self {
        Self {
            x_client_token: None,
            meeting_rooms_to_add: meeting_rooms_to_add.into_iter().collect(),
        }
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddMeetingRoomsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("meetingRoomsToAdd", &self.meeting_rooms_to_add)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddMeetingRoomsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddMeetingRoomsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            "meetingRoomsToAdd" => rt::read_field(map, &mut self.meeting_rooms_to_add),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CancelEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CancelEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scope" => rt::read_field(map, &mut self.scope),
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CancelEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("scope", &self.scope);
        writer.header("x-client-token", &self.x_client_token);
    }
}
/// The request of [`Api::convert_legacy_event_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ConvertLegacyEventIdRequest {
    /// `legacyEventIds`.
    pub legacy_event_ids: Vec<String>,
}
impl ConvertLegacyEventIdRequest {
    /// A `ConvertLegacyEventIdRequest` with its required fields (`legacyEventIds`); set the others with the methods named after them.
    pub fn new(legacy_event_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            legacy_event_ids: legacy_event_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for ConvertLegacyEventIdRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("legacyEventIds", &self.legacy_event_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConvertLegacyEventIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConvertLegacyEventIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "legacyEventIds" => rt::read_field(map, &mut self.legacy_event_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ConvertLegacyEventIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_acls`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateAclsRequest {
    /// `privilege`.
    pub privilege: String,
    /// `scope`.
    pub scope: CreateAclsRequestScope,
    /// `sendMsg`.
    pub send_msg: bool,
}
impl CreateAclsRequest {
    /// A `CreateAclsRequest` with its required fields (`privilege`, `scope`, `sendMsg`); set the others with the methods named after them.
    pub fn new(
        privilege: impl Into<String>,
        scope: CreateAclsRequestScope,
        send_msg: bool,
    ) -> Self {
        Self {
            privilege: privilege.into(),
            scope,
            send_msg,
        }
    }
}
impl rt::serde::Serialize for CreateAclsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("privilege", &self.privilege)?;
        object.field("scope", &self.scope)?;
        object.field("sendMsg", &self.send_msg)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateAclsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateAclsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "privilege" => rt::read_field(map, &mut self.privilege),
            "scope" => rt::read_field(map, &mut self.scope),
            "sendMsg" => rt::read_field(map, &mut self.send_msg),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateAclsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateEventRequest {
    /// A `CreateEventRequest` with its required fields (`end`, `start`, `summary`); set the others with the methods named after them.
    pub fn new(
        end: CreateEventRequestEnd,
        start: CreateEventRequestStart,
        summary: impl Into<String>,
    ) -> Self {
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
            summary: summary.into(),
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
impl rt::serde::Serialize for CreateEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendees", &self.attendees)?;
        object.optional("cardInstances", &self.card_instances)?;
        object.optional("categories", &self.categories)?;
        object.optional("description", &self.description)?;
        object.field("end", &self.end)?;
        object.optional("eventConfig", &self.event_config)?;
        object.optional("extra", &self.extra)?;
        object.optional("freeBusyStatus", &self.free_busy_status)?;
        object.optional("isAllDay", &self.is_all_day)?;
        object.optional("location", &self.location)?;
        object.optional("onlineMeetingInfo", &self.online_meeting_info)?;
        object.optional("recurrence", &self.recurrence)?;
        object.optional("reminders", &self.reminders)?;
        object.optional("richTextDescription", &self.rich_text_description)?;
        object.field("start", &self.start)?;
        object.field("summary", &self.summary)?;
        object.optional("uiConfigs", &self.ui_configs)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            "attendees" => rt::read_field(map, &mut self.attendees),
            "cardInstances" => rt::read_field(map, &mut self.card_instances),
            "categories" => rt::read_field(map, &mut self.categories),
            "description" => rt::read_field(map, &mut self.description),
            "end" => rt::read_field(map, &mut self.end),
            "eventConfig" => rt::read_field(map, &mut self.event_config),
            "extra" => rt::read_field(map, &mut self.extra),
            "freeBusyStatus" => rt::read_field(map, &mut self.free_busy_status),
            "isAllDay" => rt::read_field(map, &mut self.is_all_day),
            "location" => rt::read_field(map, &mut self.location),
            "onlineMeetingInfo" => rt::read_field(map, &mut self.online_meeting_info),
            "recurrence" => rt::read_field(map, &mut self.recurrence),
            "reminders" => rt::read_field(map, &mut self.reminders),
            "richTextDescription" => rt::read_field(map, &mut self.rich_text_description),
            "start" => rt::read_field(map, &mut self.start),
            "summary" => rt::read_field(map, &mut self.summary),
            "uiConfigs" => rt::read_field(map, &mut self.ui_configs),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_event_by_me`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateEventByMeRequest {
    /// A `CreateEventByMeRequest` with its required fields (`start`, `summary`); set the others with the methods named after them.
    pub fn new(start: CreateEventByMeRequestStart, summary: impl Into<String>) -> Self {
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
            summary: summary.into(),
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
impl rt::serde::Serialize for CreateEventByMeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendees", &self.attendees)?;
        object.optional("description", &self.description)?;
        object.optional("end", &self.end)?;
        object.optional("extra", &self.extra)?;
        object.optional("isAllDay", &self.is_all_day)?;
        object.optional("location", &self.location)?;
        object.optional("onlineMeetingInfo", &self.online_meeting_info)?;
        object.optional("recurrence", &self.recurrence)?;
        object.optional("reminders", &self.reminders)?;
        object.optional("richTextDescription", &self.rich_text_description)?;
        object.field("start", &self.start)?;
        object.field("summary", &self.summary)?;
        object.optional("uiConfigs", &self.ui_configs)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateEventByMeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateEventByMeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            "attendees" => rt::read_field(map, &mut self.attendees),
            "description" => rt::read_field(map, &mut self.description),
            "end" => rt::read_field(map, &mut self.end),
            "extra" => rt::read_field(map, &mut self.extra),
            "isAllDay" => rt::read_field(map, &mut self.is_all_day),
            "location" => rt::read_field(map, &mut self.location),
            "onlineMeetingInfo" => rt::read_field(map, &mut self.online_meeting_info),
            "recurrence" => rt::read_field(map, &mut self.recurrence),
            "reminders" => rt::read_field(map, &mut self.reminders),
            "richTextDescription" => rt::read_field(map, &mut self.rich_text_description),
            "start" => rt::read_field(map, &mut self.start),
            "summary" => rt::read_field(map, &mut self.summary),
            "uiConfigs" => rt::read_field(map, &mut self.ui_configs),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateEventByMeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_subscribed_calendar`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateSubscribedCalendarRequest {
    /// A `CreateSubscribedCalendarRequest` with its required fields (`name`, `subscribeScope`); set the others with the methods named after them.
    pub fn new(
        name: impl Into<String>,
        subscribe_scope: CreateSubscribedCalendarRequestSubscribeScope,
    ) -> Self {
        Self {
            description: None,
            managers: None,
            name: name.into(),
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
impl rt::serde::Serialize for CreateSubscribedCalendarRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("managers", &self.managers)?;
        object.field("name", &self.name)?;
        object.field("subscribeScope", &self.subscribe_scope)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSubscribedCalendarRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSubscribedCalendarRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "managers" => rt::read_field(map, &mut self.managers),
            "name" => rt::read_field(map, &mut self.name),
            "subscribeScope" => rt::read_field(map, &mut self.subscribe_scope),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pushNotification" => rt::read_field(map, &mut self.push_notification),
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pushNotification", &self.push_notification);
        writer.header("x-client-token", &self.x_client_token);
    }
}
/// The request of [`Api::generate_caldav_account`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GenerateCaldavAccountRequest {
    /// `dingUid`: a header.
    pub ding_uid: Option<String>,
    /// `device`.
    pub device: String,
}
impl GenerateCaldavAccountRequest {
    /// A `GenerateCaldavAccountRequest` with its required fields (`device`); set the others with the methods named after them.
    pub fn new(device: impl Into<String>) -> Self {
        Self {
            ding_uid: None,
            device: device.into(),
        }
    }
    /// Sets `dingUid`.
    pub fn ding_uid(mut self, value: impl Into<String>) -> Self {
        self.ding_uid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GenerateCaldavAccountRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("device", &self.device)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GenerateCaldavAccountRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GenerateCaldavAccountRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingUid" => rt::read_field(map, &mut self.ding_uid),
            "device" => rt::read_field(map, &mut self.device),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxAttendees" => rt::read_field(map, &mut self.max_attendees),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxAttendees", &self.max_attendees);
    }
}
/// The request of [`Api::get_meeting_rooms_schedule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetMeetingRoomsScheduleRequest {
    /// `endTime`.
    pub end_time: String,
    /// `roomIds`.
    pub room_ids: Vec<String>,
    /// `startTime`.
    pub start_time: String,
}
impl GetMeetingRoomsScheduleRequest {
    /// A `GetMeetingRoomsScheduleRequest` with its required fields (`endTime`, `roomIds`, `startTime`); set the others with the methods named after them.
    pub fn new(
        end_time: impl Into<String>,
        room_ids: impl IntoIterator<Item = impl Into<String>>,
        start_time: impl Into<String>,
    ) -> Self {
        Self {
            end_time: end_time.into(),
            room_ids: room_ids.into_iter().map(Into::into).collect(),
            start_time: start_time.into(),
        }
    }
}
impl rt::serde::Serialize for GetMeetingRoomsScheduleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endTime", &self.end_time)?;
        object.field("roomIds", &self.room_ids)?;
        object.field("startTime", &self.start_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMeetingRoomsScheduleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMeetingRoomsScheduleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "roomIds" => rt::read_field(map, &mut self.room_ids),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetMeetingRoomsScheduleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_schedule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetScheduleRequest {
    /// `endTime`.
    pub end_time: String,
    /// `startTime`.
    pub start_time: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl GetScheduleRequest {
    /// A `GetScheduleRequest` with its required fields (`endTime`, `startTime`, `userIds`); set the others with the methods named after them.
    pub fn new(
        end_time: impl Into<String>,
        start_time: impl Into<String>,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            end_time: end_time.into(),
            start_time: start_time.into(),
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for GetScheduleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endTime", &self.end_time)?;
        object.field("startTime", &self.start_time)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetScheduleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetScheduleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetScheduleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_schedule_by_me`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetScheduleByMeRequest {
    /// A `GetScheduleByMeRequest` with its required fields (`endTime`, `startTime`, `userIds`); set the others with the methods named after them.
    pub fn new(
        end_time: impl Into<String>,
        start_time: impl Into<String>,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            x_client_token: None,
            end_time: end_time.into(),
            start_time: start_time.into(),
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetScheduleByMeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endTime", &self.end_time)?;
        object.field("startTime", &self.start_time)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetScheduleByMeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetScheduleByMeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetScheduleByMeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_sign_in_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSignInListRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `type`: a query parameter.
    pub r#type: String,
}
impl GetSignInListRequest {
    /// A `GetSignInListRequest` with its required fields (`maxResults`, `type`); set the others with the methods named after them.
    pub fn new(max_results: i64, r#type: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: None,
            r#type: r#type.into(),
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSignInListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSignInListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSignOutListRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `type`: a query parameter.
    pub r#type: String,
}
impl GetSignOutListRequest {
    /// A `GetSignOutListRequest` with its required fields (`maxResults`, `type`); set the others with the methods named after them.
    pub fn new(max_results: i64, r#type: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: None,
            r#type: r#type.into(),
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSignOutListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSignOutListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListAiMinutesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListAiMinutesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fetchAll" => rt::read_field(map, &mut self.fetch_all),
            "dingAccessTokenType" => {
                rt::read_field(map, &mut self.ding_access_token_type)
            }
            "dingIsvOrgId" => rt::read_field(map, &mut self.ding_isv_org_id),
            "dingOrgId" => rt::read_field(map, &mut self.ding_org_id),
            "dingSuiteKey" => rt::read_field(map, &mut self.ding_suite_key),
            "dingUid" => rt::read_field(map, &mut self.ding_uid),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListAttendeesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListAttendeesRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListCategoriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListCategoriesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListEventsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListEventsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxAttendees" => rt::read_field(map, &mut self.max_attendees),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "seriesMasterId" => rt::read_field(map, &mut self.series_master_id),
            "showDeleted" => rt::read_field(map, &mut self.show_deleted),
            "syncToken" => rt::read_field(map, &mut self.sync_token),
            "timeMax" => rt::read_field(map, &mut self.time_max),
            "timeMin" => rt::read_field(map, &mut self.time_min),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListEventsInstancesRequest {
    /// A `ListEventsInstancesRequest` with its required fields (`seriesMasterId`); set the others with the methods named after them.
    pub fn new(series_master_id: impl Into<String>) -> Self {
        Self {
            max_attendees: None,
            max_results: None,
            series_master_id: series_master_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListEventsInstancesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListEventsInstancesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxAttendees" => rt::read_field(map, &mut self.max_attendees),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "seriesMasterId" => rt::read_field(map, &mut self.series_master_id),
            "startRecurrenceId" => rt::read_field(map, &mut self.start_recurrence_id),
            _ => Ok(false),
        }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListEventsViewRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListEventsViewRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxAttendees" => rt::read_field(map, &mut self.max_attendees),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "timeMax" => rt::read_field(map, &mut self.time_max),
            "timeMin" => rt::read_field(map, &mut self.time_min),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListEventsViewByMeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListEventsViewByMeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxAttendees" => rt::read_field(map, &mut self.max_attendees),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "timeMax" => rt::read_field(map, &mut self.time_max),
            "timeMin" => rt::read_field(map, &mut self.time_min),
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListInstancesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListInstancesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxAttendees" => rt::read_field(map, &mut self.max_attendees),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "timeMax" => rt::read_field(map, &mut self.time_max),
            "timeMin" => rt::read_field(map, &mut self.time_min),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListOrgPluginsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListOrgPluginsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingAccessTokenType" => {
                rt::read_field(map, &mut self.ding_access_token_type)
            }
            "dingClientId" => rt::read_field(map, &mut self.ding_client_id),
            "dingIsvOrgId" => rt::read_field(map, &mut self.ding_isv_org_id),
            "dingOpenAppOrgId" => rt::read_field(map, &mut self.ding_open_app_org_id),
            "dingOrgId" => rt::read_field(map, &mut self.ding_org_id),
            "dingSuiteKey" => rt::read_field(map, &mut self.ding_suite_key),
            _ => Ok(false),
        }
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
impl rt::serde::Serialize for MeetingRoomRespondRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("responseStatus", &self.response_status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MeetingRoomRespondRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MeetingRoomRespondRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userAgent" => rt::read_field(map, &mut self.user_agent),
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            "responseStatus" => rt::read_field(map, &mut self.response_status),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PatchEventRequest {
    /// A `PatchEventRequest` with its required fields (`id`); set the others with the methods named after them.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            x_client_token: None,
            attendees: None,
            card_instances: None,
            categories: None,
            description: None,
            end: None,
            extra: None,
            free_busy_status: None,
            id: id.into(),
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
impl rt::serde::Serialize for PatchEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendees", &self.attendees)?;
        object.optional("cardInstances", &self.card_instances)?;
        object.optional("categories", &self.categories)?;
        object.optional("description", &self.description)?;
        object.optional("end", &self.end)?;
        object.optional("extra", &self.extra)?;
        object.optional("freeBusyStatus", &self.free_busy_status)?;
        object.field("id", &self.id)?;
        object.optional("isAllDay", &self.is_all_day)?;
        object.optional("location", &self.location)?;
        object.optional("onlineMeetingInfo", &self.online_meeting_info)?;
        object.optional("recurrence", &self.recurrence)?;
        object.optional("reminders", &self.reminders)?;
        object.optional("richTextDescription", &self.rich_text_description)?;
        object.optional("start", &self.start)?;
        object.optional("summary", &self.summary)?;
        object.optional("uiConfigs", &self.ui_configs)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PatchEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PatchEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            "attendees" => rt::read_field(map, &mut self.attendees),
            "cardInstances" => rt::read_field(map, &mut self.card_instances),
            "categories" => rt::read_field(map, &mut self.categories),
            "description" => rt::read_field(map, &mut self.description),
            "end" => rt::read_field(map, &mut self.end),
            "extra" => rt::read_field(map, &mut self.extra),
            "freeBusyStatus" => rt::read_field(map, &mut self.free_busy_status),
            "id" => rt::read_field(map, &mut self.id),
            "isAllDay" => rt::read_field(map, &mut self.is_all_day),
            "location" => rt::read_field(map, &mut self.location),
            "onlineMeetingInfo" => rt::read_field(map, &mut self.online_meeting_info),
            "recurrence" => rt::read_field(map, &mut self.recurrence),
            "reminders" => rt::read_field(map, &mut self.reminders),
            "richTextDescription" => rt::read_field(map, &mut self.rich_text_description),
            "start" => rt::read_field(map, &mut self.start),
            "summary" => rt::read_field(map, &mut self.summary),
            "uiConfigs" => rt::read_field(map, &mut self.ui_configs),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for RemoveAttendeeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attendeesToRemove", &self.attendees_to_remove)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveAttendeeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveAttendeeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            "attendeesToRemove" => rt::read_field(map, &mut self.attendees_to_remove),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for RemoveMeetingRoomsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("meetingRoomsToRemove", &self.meeting_rooms_to_remove)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveMeetingRoomsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveMeetingRoomsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            "meetingRoomsToRemove" => {
                rt::read_field(map, &mut self.meeting_rooms_to_remove)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveMeetingRoomsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::respond_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RespondEventRequest {
    /// `x-client-token`: a header.
    pub x_client_token: Option<String>,
    /// `responseStatus`.
    pub response_status: String,
}
impl RespondEventRequest {
    /// A `RespondEventRequest` with its required fields (`responseStatus`); set the others with the methods named after them.
    pub fn new(response_status: impl Into<String>) -> Self {
        Self {
            x_client_token: None,
            response_status: response_status.into(),
        }
    }
    /// Sets `x-client-token`.
    pub fn x_client_token(mut self, value: impl Into<String>) -> Self {
        self.x_client_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for RespondEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("responseStatus", &self.response_status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RespondEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RespondEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            "responseStatus" => rt::read_field(map, &mut self.response_status),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RespondEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("x-client-token", &self.x_client_token);
        writer.json_body(self);
    }
}
/// The request of [`Api::transfer_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl TransferEventRequest {
    /// A `TransferEventRequest` with its required fields (`newOrganizerId`); set the others with the methods named after them.
    pub fn new(new_organizer_id: impl Into<String>) -> Self {
        Self {
            x_client_token: None,
            is_exit_calendar: None,
            need_notify_via_o2o: None,
            new_organizer_id: new_organizer_id.into(),
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
impl rt::serde::Serialize for TransferEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isExitCalendar", &self.is_exit_calendar)?;
        object.optional("needNotifyViaO2O", &self.need_notify_via_o2o)?;
        object.field("newOrganizerId", &self.new_organizer_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TransferEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TransferEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "x-client-token" => rt::read_field(map, &mut self.x_client_token),
            "isExitCalendar" => rt::read_field(map, &mut self.is_exit_calendar),
            "needNotifyViaO2O" => rt::read_field(map, &mut self.need_notify_via_o2o),
            "newOrganizerId" => rt::read_field(map, &mut self.new_organizer_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateOrgPluginSubscribersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.optional("unionIds", &self.union_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateOrgPluginSubscribersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateOrgPluginSubscribersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "unionIds" => rt::read_field(map, &mut self.union_ids),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateSubscribedCalendarsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("managers", &self.managers)?;
        object.optional("name", &self.name)?;
        object.optional("subscribeScope", &self.subscribe_scope)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateSubscribedCalendarsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateSubscribedCalendarsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "managers" => rt::read_field(map, &mut self.managers),
            "name" => rt::read_field(map, &mut self.name),
            "subscribeScope" => rt::read_field(map, &mut self.subscribe_scope),
            _ => Ok(false),
        }
    }
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
