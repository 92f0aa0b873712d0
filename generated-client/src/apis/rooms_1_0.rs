// @generated from api-spec/rooms_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 智能会议室 (Meeting Rooms)：会议室、会议室分组与预定。
//!
//! 27 operations, methods of [`Api`] (`client.rooms_1_0()`), behind the cargo feature `rooms_1_0`; its paths start with `/v1.0/rooms/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `rooms_1_0`. Get it with `client.rooms_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建会议室预定黑名单
    ///
    /// `POST /v1.0/rooms/bookings/blacklist`: DingTalk's `CreateBookingBlacklist` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateBookingBlacklist")]
    #[doc(alias = "/v1.0/rooms/bookings/blacklist")]
    #[doc(alias = "POST /v1.0/rooms/bookings/blacklist")]
    pub fn create_booking_blacklist(
        &self,
        request: &CreateBookingBlacklistRequest,
    ) -> rt::Call<CreateBookingBlacklistResponseBody, CreateBookingBlacklistError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateBookingBlacklist",
            rt::Method::Post,
            "/v1.0/rooms/bookings/blacklist",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建自定义屏幕模版
    ///
    /// `POST /v1.0/rooms/devices/screens/templates`: DingTalk's `CreateDeviceCustomTemplate` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateDeviceCustomTemplate")]
    #[doc(alias = "/v1.0/rooms/devices/screens/templates")]
    #[doc(alias = "POST /v1.0/rooms/devices/screens/templates")]
    pub fn create_device_custom_template(
        &self,
        request: &CreateDeviceCustomTemplateRequest,
    ) -> rt::Call<
        CreateDeviceCustomTemplateResponseBody,
        CreateDeviceCustomTemplateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateDeviceCustomTemplate",
            rt::Method::Post,
            "/v1.0/rooms/devices/screens/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建智能会议室
    ///
    /// `POST /v1.0/rooms/meetingrooms`: DingTalk's `CreateMeetingRoom` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateMeetingRoom")]
    #[doc(alias = "/v1.0/rooms/meetingrooms")]
    #[doc(alias = "POST /v1.0/rooms/meetingrooms")]
    pub fn create_meeting_room(
        &self,
        request: &CreateMeetingRoomRequest,
    ) -> rt::Call<CreateMeetingRoomResponseBody, CreateMeetingRoomError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateMeetingRoom",
            rt::Method::Post,
            "/v1.0/rooms/meetingrooms",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建智能会议室IOT配置
    ///
    /// `POST /v1.0/rooms/panels`: DingTalk's `CreateMeetingRoomControlPanel` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateMeetingRoomControlPanel")]
    #[doc(alias = "/v1.0/rooms/panels")]
    #[doc(alias = "POST /v1.0/rooms/panels")]
    pub fn create_meeting_room_control_panel(
        &self,
        request: &CreateMeetingRoomControlPanelRequest,
    ) -> rt::Call<
        CreateMeetingRoomControlPanelResponseBody,
        CreateMeetingRoomControlPanelError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateMeetingRoomControlPanel",
            rt::Method::Post,
            "/v1.0/rooms/panels",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建会议室分组
    ///
    /// `POST /v1.0/rooms/groups`: DingTalk's `CreateMeetingRoomGroup` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateMeetingRoomGroup")]
    #[doc(alias = "/v1.0/rooms/groups")]
    #[doc(alias = "POST /v1.0/rooms/groups")]
    pub fn create_meeting_room_group(
        &self,
        request: &CreateMeetingRoomGroupRequest,
    ) -> rt::Call<CreateMeetingRoomGroupResponseBody, CreateMeetingRoomGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateMeetingRoomGroup",
            rt::Method::Post,
            "/v1.0/rooms/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除会议室预定黑名单
    ///
    /// `POST /v1.0/rooms/bookings/blacklist/remove`: DingTalk's `DeleteBookingBlacklist` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteBookingBlacklist")]
    #[doc(alias = "/v1.0/rooms/bookings/blacklist/remove")]
    #[doc(alias = "POST /v1.0/rooms/bookings/blacklist/remove")]
    pub fn delete_booking_blacklist(
        &self,
        request: &DeleteBookingBlacklistRequest,
    ) -> rt::Call<DeleteBookingBlacklistResponseBody, DeleteBookingBlacklistError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteBookingBlacklist",
            rt::Method::Post,
            "/v1.0/rooms/bookings/blacklist/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除自定义屏幕模板
    ///
    /// `POST /v1.0/rooms/devices/screens/templates/remove`: DingTalk's `DeleteDeviceCustomTemplate` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteDeviceCustomTemplate")]
    #[doc(alias = "/v1.0/rooms/devices/screens/templates/remove")]
    #[doc(alias = "POST /v1.0/rooms/devices/screens/templates/remove")]
    pub fn delete_device_custom_template(
        &self,
        request: &DeleteDeviceCustomTemplateRequest,
    ) -> rt::Call<
        DeleteDeviceCustomTemplateResponseBody,
        DeleteDeviceCustomTemplateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteDeviceCustomTemplate",
            rt::Method::Post,
            "/v1.0/rooms/devices/screens/templates/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除会议室
    ///
    /// `DELETE /v1.0/rooms/meetingRooms/{roomId}`: DingTalk's `DeleteMeetingRoom` (module feature `rooms_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `room_id`: `{roomId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteMeetingRoom")]
    #[doc(alias = "/v1.0/rooms/meetingRooms/{roomId}")]
    #[doc(alias = "DELETE /v1.0/rooms/meetingRooms/{roomId}")]
    pub fn delete_meeting_room(
        &self,
        room_id: &str,
        request: &DeleteMeetingRoomRequest,
    ) -> rt::Call<DeleteMeetingRoomResponseBody, DeleteMeetingRoomError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteMeetingRoom",
            rt::Method::Delete,
            "/v1.0/rooms/meetingRooms/{roomId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[room_id], request)
    }
    /// 删除会议室配置
    ///
    /// `POST /v1.0/rooms/panels/remove`: DingTalk's `DeleteMeetingRoomControlPanel` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteMeetingRoomControlPanel")]
    #[doc(alias = "/v1.0/rooms/panels/remove")]
    #[doc(alias = "POST /v1.0/rooms/panels/remove")]
    pub fn delete_meeting_room_control_panel(
        &self,
        request: &DeleteMeetingRoomControlPanelRequest,
    ) -> rt::Call<
        DeleteMeetingRoomControlPanelResponseBody,
        DeleteMeetingRoomControlPanelError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteMeetingRoomControlPanel",
            rt::Method::Post,
            "/v1.0/rooms/panels/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除会议室分组
    ///
    /// `DELETE /v1.0/rooms/groups/{groupId}`: DingTalk's `DeleteMeetingRoomGroup` (module feature `rooms_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `group_id`: `{groupId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteMeetingRoomGroup")]
    #[doc(alias = "/v1.0/rooms/groups/{groupId}")]
    #[doc(alias = "DELETE /v1.0/rooms/groups/{groupId}")]
    pub fn delete_meeting_room_group(
        &self,
        group_id: &str,
        request: &DeleteMeetingRoomGroupRequest,
    ) -> rt::Call<DeleteMeetingRoomGroupResponseBody, DeleteMeetingRoomGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteMeetingRoomGroup",
            rt::Method::Delete,
            "/v1.0/rooms/groups/{groupId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[group_id], request)
    }
    /// 查询自定义屏幕模板
    ///
    /// `GET /v1.0/rooms/devices/screens/templates/{templateId}`: DingTalk's `QueryDeviceCustomTemplate` (module feature `rooms_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `template_id`: `{templateId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDeviceCustomTemplate")]
    #[doc(alias = "/v1.0/rooms/devices/screens/templates/{templateId}")]
    #[doc(alias = "GET /v1.0/rooms/devices/screens/templates/{templateId}")]
    pub fn query_device_custom_template(
        &self,
        template_id: &str,
    ) -> rt::Call<
        QueryDeviceCustomTemplateResponseBody,
        QueryDeviceCustomTemplateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDeviceCustomTemplate",
            rt::Method::Get,
            "/v1.0/rooms/devices/screens/templates/{templateId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[template_id], &())
    }
    /// 查询自定义屏幕模板列表
    ///
    /// `GET /v1.0/rooms/devices/screens/templateLists`: DingTalk's `QueryDeviceCustomTemplateList` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDeviceCustomTemplateList")]
    #[doc(alias = "/v1.0/rooms/devices/screens/templateLists")]
    #[doc(alias = "GET /v1.0/rooms/devices/screens/templateLists")]
    pub fn query_device_custom_template_list(
        &self,
    ) -> rt::Call<
        QueryDeviceCustomTemplateListResponseBody,
        QueryDeviceCustomTemplateListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDeviceCustomTemplateList",
            rt::Method::Get,
            "/v1.0/rooms/devices/screens/templateLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 根据设备投屏码查询设备ip
    ///
    /// `GET /v1.0/rooms/devices/shareCodes/{shareCode}`: DingTalk's `QueryDeviceIpByCode` (module feature `rooms_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `share_code`: `{shareCode}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDeviceIpByCode")]
    #[doc(alias = "/v1.0/rooms/devices/shareCodes/{shareCode}")]
    #[doc(alias = "GET /v1.0/rooms/devices/shareCodes/{shareCode}")]
    pub fn query_device_ip_by_code(
        &self,
        share_code: &str,
        request: &QueryDeviceIpByCodeRequest,
    ) -> rt::Call<QueryDeviceIpByCodeResponseBody, QueryDeviceIpByCodeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDeviceIpByCode",
            rt::Method::Get,
            "/v1.0/rooms/devices/shareCodes/{shareCode}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[share_code], request)
    }
    /// 查询设备属性
    ///
    /// `POST /v1.0/rooms/devices/properties/query`: DingTalk's `QueryDeviceProperties` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDeviceProperties")]
    #[doc(alias = "/v1.0/rooms/devices/properties/query")]
    #[doc(alias = "POST /v1.0/rooms/devices/properties/query")]
    pub fn query_device_properties(
        &self,
        request: &QueryDevicePropertiesRequest,
    ) -> rt::Call<QueryDevicePropertiesResponseBody, QueryDevicePropertiesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDeviceProperties",
            rt::Method::Post,
            "/v1.0/rooms/devices/properties/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询会议室详情
    ///
    /// `GET /v1.0/rooms/meetingRooms/{roomId}`: DingTalk's `QueryMeetingRoom` (module feature `rooms_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `room_id`: `{roomId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMeetingRoom")]
    #[doc(alias = "/v1.0/rooms/meetingRooms/{roomId}")]
    #[doc(alias = "GET /v1.0/rooms/meetingRooms/{roomId}")]
    pub fn query_meeting_room(
        &self,
        room_id: &str,
        request: &QueryMeetingRoomRequest,
    ) -> rt::Call<QueryMeetingRoomResponseBody, QueryMeetingRoomError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMeetingRoom",
            rt::Method::Get,
            "/v1.0/rooms/meetingRooms/{roomId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[room_id], request)
    }
    /// 获取会议室IOT配置列表
    ///
    /// `GET /v1.0/rooms/panels/lists`: DingTalk's `QueryMeetingRoomControlPanelList` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_meeting_room_control_panel_list_pages`].
    #[doc(alias = "QueryMeetingRoomControlPanelList")]
    #[doc(alias = "/v1.0/rooms/panels/lists")]
    #[doc(alias = "GET /v1.0/rooms/panels/lists")]
    pub fn query_meeting_room_control_panel_list(
        &self,
        request: &QueryMeetingRoomControlPanelListRequest,
    ) -> rt::Call<
        QueryMeetingRoomControlPanelListResponseBody,
        QueryMeetingRoomControlPanelListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMeetingRoomControlPanelList",
            rt::Method::Get,
            "/v1.0/rooms/panels/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询设备信息
    ///
    /// `GET /v1.0/rooms/devices`: DingTalk's `QueryMeetingRoomDevice` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMeetingRoomDevice")]
    #[doc(alias = "/v1.0/rooms/devices")]
    #[doc(alias = "GET /v1.0/rooms/devices")]
    pub fn query_meeting_room_device(
        &self,
        request: &QueryMeetingRoomDeviceRequest,
    ) -> rt::Call<QueryMeetingRoomDeviceResponseBody, QueryMeetingRoomDeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMeetingRoomDevice",
            rt::Method::Get,
            "/v1.0/rooms/devices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询会议室分组信息
    ///
    /// `GET /v1.0/rooms/groups/{groupId}`: DingTalk's `QueryMeetingRoomGroup` (module feature `rooms_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `group_id`: `{groupId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMeetingRoomGroup")]
    #[doc(alias = "/v1.0/rooms/groups/{groupId}")]
    #[doc(alias = "GET /v1.0/rooms/groups/{groupId}")]
    pub fn query_meeting_room_group(
        &self,
        group_id: &str,
        request: &QueryMeetingRoomGroupRequest,
    ) -> rt::Call<QueryMeetingRoomGroupResponseBody, QueryMeetingRoomGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMeetingRoomGroup",
            rt::Method::Get,
            "/v1.0/rooms/groups/{groupId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[group_id], request)
    }
    /// 获取分组管理员信息
    ///
    /// `GET /v1.0/rooms/groupAdmin/{groupId}`: DingTalk's `QueryMeetingRoomGroupAdmin` (module feature `rooms_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `group_id`: `{groupId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMeetingRoomGroupAdmin")]
    #[doc(alias = "/v1.0/rooms/groupAdmin/{groupId}")]
    #[doc(alias = "GET /v1.0/rooms/groupAdmin/{groupId}")]
    pub fn query_meeting_room_group_admin(
        &self,
        group_id: &str,
        request: &QueryMeetingRoomGroupAdminRequest,
    ) -> rt::Call<
        QueryMeetingRoomGroupAdminResponseBody,
        QueryMeetingRoomGroupAdminError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMeetingRoomGroupAdmin",
            rt::Method::Get,
            "/v1.0/rooms/groupAdmin/{groupId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[group_id], request)
    }
    /// 查询会议室分组列表
    ///
    /// `GET /v1.0/rooms/groupLists`: DingTalk's `QueryMeetingRoomGroupList` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMeetingRoomGroupList")]
    #[doc(alias = "/v1.0/rooms/groupLists")]
    #[doc(alias = "GET /v1.0/rooms/groupLists")]
    pub fn query_meeting_room_group_list(
        &self,
        request: &QueryMeetingRoomGroupListRequest,
    ) -> rt::Call<
        QueryMeetingRoomGroupListResponseBody,
        QueryMeetingRoomGroupListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMeetingRoomGroupList",
            rt::Method::Get,
            "/v1.0/rooms/groupLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询会议室列表
    ///
    /// `GET /v1.0/rooms/meetingRoomLists`: DingTalk's `QueryMeetingRoomList` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_meeting_room_list_pages`].
    #[doc(alias = "QueryMeetingRoomList")]
    #[doc(alias = "/v1.0/rooms/meetingRoomLists")]
    #[doc(alias = "GET /v1.0/rooms/meetingRoomLists")]
    pub fn query_meeting_room_list(
        &self,
        request: &QueryMeetingRoomListRequest,
    ) -> rt::Call<QueryMeetingRoomListResponseBody, QueryMeetingRoomListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMeetingRoomList",
            rt::Method::Get,
            "/v1.0/rooms/meetingRoomLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 取消会议室高级用户模式。
    ///
    /// `POST /v1.0/rooms/meetingRooms/superUsers/remove`: DingTalk's `RemoveSuperUserMeetingRoom` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveSuperUserMeetingRoom")]
    #[doc(alias = "/v1.0/rooms/meetingRooms/superUsers/remove")]
    #[doc(alias = "POST /v1.0/rooms/meetingRooms/superUsers/remove")]
    pub fn remove_super_user_meeting_room(
        &self,
        request: &RemoveSuperUserMeetingRoomRequest,
    ) -> rt::Call<
        RemoveSuperUserMeetingRoomResponseBody,
        RemoveSuperUserMeetingRoomError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveSuperUserMeetingRoom",
            rt::Method::Post,
            "/v1.0/rooms/meetingRooms/superUsers/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送Rooms中控API信令
    ///
    /// `POST /v1.0/rooms/central/control`: DingTalk's `SendCentralControl` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendCentralControl")]
    #[doc(alias = "/v1.0/rooms/central/control")]
    #[doc(alias = "POST /v1.0/rooms/central/control")]
    pub fn send_central_control(
        &self,
        request: &SendCentralControlRequest,
    ) -> rt::Call<SendCentralControlResponseBody, SendCentralControlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendCentralControl",
            rt::Method::Post,
            "/v1.0/rooms/central/control",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置会议室成为高级用户模式。只有设置在白名单里的人员或部门，才能呼叫此会议室。
    ///
    /// `POST /v1.0/rooms/meetingRooms/superUsers/set`: DingTalk's `SetSuperUserMeetingRoom` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetSuperUserMeetingRoom")]
    #[doc(alias = "/v1.0/rooms/meetingRooms/superUsers/set")]
    #[doc(alias = "POST /v1.0/rooms/meetingRooms/superUsers/set")]
    pub fn set_super_user_meeting_room(
        &self,
        request: &SetSuperUserMeetingRoomRequest,
    ) -> rt::Call<SetSuperUserMeetingRoomResponseBody, SetSuperUserMeetingRoomError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetSuperUserMeetingRoom",
            rt::Method::Post,
            "/v1.0/rooms/meetingRooms/superUsers/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新自定义屏幕模板
    ///
    /// `PUT /v1.0/rooms/devices/screens/templates`: DingTalk's `UpdateDeviceCustomTemplate` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateDeviceCustomTemplate")]
    #[doc(alias = "/v1.0/rooms/devices/screens/templates")]
    #[doc(alias = "PUT /v1.0/rooms/devices/screens/templates")]
    pub fn update_device_custom_template(
        &self,
        request: &UpdateDeviceCustomTemplateRequest,
    ) -> rt::Call<
        UpdateDeviceCustomTemplateResponseBody,
        UpdateDeviceCustomTemplateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateDeviceCustomTemplate",
            rt::Method::Put,
            "/v1.0/rooms/devices/screens/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新会议室信息
    ///
    /// `PUT /v1.0/rooms/meetingRooms`: DingTalk's `UpdateMeetingRoom` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateMeetingRoom")]
    #[doc(alias = "/v1.0/rooms/meetingRooms")]
    #[doc(alias = "PUT /v1.0/rooms/meetingRooms")]
    pub fn update_meeting_room(
        &self,
        request: &UpdateMeetingRoomRequest,
    ) -> rt::Call<UpdateMeetingRoomResponseBody, UpdateMeetingRoomError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateMeetingRoom",
            rt::Method::Put,
            "/v1.0/rooms/meetingRooms",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新会议室分组
    ///
    /// `PUT /v1.0/rooms/groups`: DingTalk's `UpdateMeetingRoomGroup` (module feature `rooms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateMeetingRoomGroup")]
    #[doc(alias = "/v1.0/rooms/groups")]
    #[doc(alias = "PUT /v1.0/rooms/groups")]
    pub fn update_meeting_room_group(
        &self,
        request: &UpdateMeetingRoomGroupRequest,
    ) -> rt::Call<UpdateMeetingRoomGroupResponseBody, UpdateMeetingRoomGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateMeetingRoomGroup",
            rt::Method::Put,
            "/v1.0/rooms/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::query_meeting_room_control_panel_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `result` of each page.
    pub fn query_meeting_room_control_panel_list_pages(
        &self,
        request: &QueryMeetingRoomControlPanelListRequest,
    ) -> rt::Paginator<
        QueryMeetingRoomControlPanelListResponseBody,
        QueryMeetingRoomControlPanelListError,
        QueryMeetingRoomControlPanelListResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["result"],
        );
        rt::Paginator::new(self.query_meeting_room_control_panel_list(request), &PAGING)
    }
    /// Every page of [`Api::query_meeting_room_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `result` of each page.
    pub fn query_meeting_room_list_pages(
        &self,
        request: &QueryMeetingRoomListRequest,
    ) -> rt::Paginator<
        QueryMeetingRoomListResponseBody,
        QueryMeetingRoomListError,
        QueryMeetingRoomListResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["result"],
        );
        rt::Paginator::new(self.query_meeting_room_list(request), &PAGING)
    }
}
/// `CreateBookingBlacklistResponseBody`, a model several operations share: also named [`DeleteBookingBlacklistResponseBody`], [`DeleteDeviceCustomTemplateResponseBody`], [`DeleteMeetingRoomResponseBody`], [`DeleteMeetingRoomGroupResponseBody`], [`RemoveSuperUserMeetingRoomResponseBody`], [`SendCentralControlResponseBody`], [`SetSuperUserMeetingRoomResponseBody`], [`UpdateDeviceCustomTemplateResponseBody`], [`UpdateMeetingRoomResponseBody`], [`UpdateMeetingRoomGroupResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateBookingBlacklistResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    CreateBookingBlacklistResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateBookingBlacklistResponseBody { "result" => optional(result) }
}
/// `CreateDeviceCustomTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateDeviceCustomTemplateResponseBody {
    /// `templateId`.
    pub template_id: Option<i64>,
}
rt::impl_deserialize! {
    CreateDeviceCustomTemplateResponseBody { "templateId" => read_field(template_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateDeviceCustomTemplateResponseBody { "templateId" => optional(template_id) }
}
/// `CreateMeetingRoomRequestReservationAuthority`, a model several operations share: also named [`UpdateMeetingRoomRequestReservationAuthority`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateMeetingRoomRequestReservationAuthority {
    /// `authorizedMembers`.
    pub authorized_members: Option<
        Vec<CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers>,
    >,
}
impl CreateMeetingRoomRequestReservationAuthority {
    /// An empty `CreateMeetingRoomRequestReservationAuthority`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `authorizedMembers`.
    pub fn authorized_members(
        mut self,
        value: impl IntoIterator<
            Item = CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers,
        >,
    ) -> Self {
        self.authorized_members = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateMeetingRoomRequestReservationAuthority { "authorizedMembers" =>
    optional(authorized_members) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateMeetingRoomRequestReservationAuthority { "authorizedMembers" =>
    read_field(authorized_members) }
}
/// `CreateMeetingRoomRequestRoomLocation`, a model several operations share: also named [`UpdateMeetingRoomRequestRoomLocation`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateMeetingRoomRequestRoomLocation {
    /// `desc`.
    pub desc: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl CreateMeetingRoomRequestRoomLocation {
    /// An empty `CreateMeetingRoomRequestRoomLocation`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `desc`.
    pub fn desc(mut self, value: impl Into<String>) -> Self {
        self.desc = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateMeetingRoomRequestRoomLocation { "desc" => optional(desc), "title" =>
    optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateMeetingRoomRequestRoomLocation { "desc" => read_field(desc), "title" =>
    read_field(title) }
}
/// `CreateMeetingRoomResponseBody`, a model several operations share: also named [`CreateMeetingRoomControlPanelResponseBody`], [`DeleteMeetingRoomControlPanelResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateMeetingRoomResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    CreateMeetingRoomResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateMeetingRoomResponseBody { "result" => optional(result) }
}
/// `CreateMeetingRoomControlPanelRequestExtra`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateMeetingRoomControlPanelRequestExtra {
    /// `param`.
    pub param: Option<rt::BTreeMap<String, String>>,
}
impl CreateMeetingRoomControlPanelRequestExtra {
    /// An empty `CreateMeetingRoomControlPanelRequestExtra`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `param`.
    pub fn param(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.param = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    CreateMeetingRoomControlPanelRequestExtra { "param" => optional(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateMeetingRoomControlPanelRequestExtra { "param" => read_field(param) }
}
/// `CreateMeetingRoomControlPanelRequestRoomConfig`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateMeetingRoomControlPanelRequestRoomConfig {
    /// `enName`.
    pub en_name: String,
    /// `icon`.
    pub icon: String,
    /// `name`.
    pub name: String,
    /// `showTime`.
    pub show_time: i64,
    /// `sort`.
    pub sort: i64,
    /// `url`.
    pub url: String,
}
/// The required fields of [`CreateMeetingRoomControlPanelRequestRoomConfig`], each named where it is set: `CreateMeetingRoomControlPanelRequestRoomConfig::new(CreateMeetingRoomControlPanelRequestRoomConfigRequired { .. })`.
pub struct CreateMeetingRoomControlPanelRequestRoomConfigRequired {
    /// `enName`: see [`CreateMeetingRoomControlPanelRequestRoomConfig::en_name`].
    pub en_name: String,
    /// `icon`: see [`CreateMeetingRoomControlPanelRequestRoomConfig::icon`].
    pub icon: String,
    /// `name`: see [`CreateMeetingRoomControlPanelRequestRoomConfig::name`].
    pub name: String,
    /// `showTime`: see [`CreateMeetingRoomControlPanelRequestRoomConfig::show_time`].
    pub show_time: i64,
    /// `sort`: see [`CreateMeetingRoomControlPanelRequestRoomConfig::sort`].
    pub sort: i64,
    /// `url`: see [`CreateMeetingRoomControlPanelRequestRoomConfig::url`].
    pub url: String,
}
impl CreateMeetingRoomControlPanelRequestRoomConfig {
    /// A `CreateMeetingRoomControlPanelRequestRoomConfig` with its required fields (`enName`, `icon`, `name`, `showTime`, `sort`, `url`); set the others with the methods named after them.
    pub fn new(
        required: CreateMeetingRoomControlPanelRequestRoomConfigRequired,
    ) -> Self {
        let CreateMeetingRoomControlPanelRequestRoomConfigRequired {
            en_name,
            icon,
            name,
            show_time,
            sort,
            url,
        } = required;
        Self {
            en_name,
            icon,
            name,
            show_time,
            sort,
            url,
        }
    }
}
rt::impl_serialize! {
    CreateMeetingRoomControlPanelRequestRoomConfig { "enName" => field(en_name), "icon"
    => field(icon), "name" => field(name), "showTime" => field(show_time), "sort" =>
    field(sort), "url" => field(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateMeetingRoomControlPanelRequestRoomConfig { "enName" => read_field(en_name),
    "icon" => read_field(icon), "name" => read_field(name), "showTime" =>
    read_field(show_time), "sort" => read_field(sort), "url" => read_field(url) }
}
/// `CreateMeetingRoomControlPanelResponseBody`: the same model as [`CreateMeetingRoomResponseBody`].
pub type CreateMeetingRoomControlPanelResponseBody = CreateMeetingRoomResponseBody;
/// `CreateMeetingRoomGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateMeetingRoomGroupResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
rt::impl_deserialize! {
    CreateMeetingRoomGroupResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateMeetingRoomGroupResponseBody { "result" => optional(result) }
}
/// `DeleteBookingBlacklistResponseBody`: the same model as [`CreateBookingBlacklistResponseBody`].
pub type DeleteBookingBlacklistResponseBody = CreateBookingBlacklistResponseBody;
/// `DeleteDeviceCustomTemplateResponseBody`: the same model as [`CreateBookingBlacklistResponseBody`].
pub type DeleteDeviceCustomTemplateResponseBody = CreateBookingBlacklistResponseBody;
/// `DeleteMeetingRoomResponseBody`: the same model as [`CreateBookingBlacklistResponseBody`].
pub type DeleteMeetingRoomResponseBody = CreateBookingBlacklistResponseBody;
/// `DeleteMeetingRoomControlPanelResponseBody`: the same model as [`CreateMeetingRoomResponseBody`].
pub type DeleteMeetingRoomControlPanelResponseBody = CreateMeetingRoomResponseBody;
/// `DeleteMeetingRoomGroupResponseBody`: the same model as [`CreateBookingBlacklistResponseBody`].
pub type DeleteMeetingRoomGroupResponseBody = CreateBookingBlacklistResponseBody;
/// `QueryDeviceCustomTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDeviceCustomTemplateResponseBody {
    /// `result`.
    pub result: Option<QueryDeviceCustomTemplateResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryDeviceCustomTemplateResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceCustomTemplateResponseBody { "result" => optional(result) }
}
/// `QueryDeviceCustomTemplateListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDeviceCustomTemplateListResponseBody {
    /// `result`.
    pub result: Option<QueryDeviceCustomTemplateListResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryDeviceCustomTemplateListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceCustomTemplateListResponseBody { "result" => optional(result) }
}
/// `QueryDeviceIpByCodeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDeviceIpByCodeResponseBody {
    /// `result`.
    pub result: Option<QueryDeviceIpByCodeResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryDeviceIpByCodeResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceIpByCodeResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryDevicePropertiesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDevicePropertiesResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryDevicePropertiesResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryDevicePropertiesResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDevicePropertiesResponseBody { "result" => optional(result) }
}
/// `QueryMeetingRoomResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBody {
    /// `result`.
    pub result: Option<QueryMeetingRoomResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryMeetingRoomResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomResponseBody { "result" => optional(result) }
}
/// `QueryMeetingRoomControlPanelListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomControlPanelListResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `result`.
    pub result: Option<Vec<QueryMeetingRoomControlPanelListResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryMeetingRoomControlPanelListResponseBody { "hasMore" => read_field(has_more),
    "nextToken" => read_field(next_token), "result" => read_field(result), "totalCount"
    => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomControlPanelListResponseBody { "hasMore" => optional(has_more),
    "nextToken" => optional(next_token), "result" => optional(result), "totalCount" =>
    optional(total_count) }
}
/// `QueryMeetingRoomDeviceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomDeviceResponseBody {
    /// `result`.
    pub result: Option<QueryMeetingRoomDeviceResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryMeetingRoomDeviceResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomDeviceResponseBody { "result" => optional(result) }
}
/// `QueryMeetingRoomGroupResponseBody`, a model several operations share: also named [`QueryMeetingRoomGroupListResponseBodyResult`], [`QueryMeetingRoomResponseBodyResultRoomGroup`], [`QueryMeetingRoomListResponseBodyResultRoomGroup`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomGroupResponseBody {
    /// `groupId`.
    pub group_id: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `parentId`.
    pub parent_id: Option<i64>,
}
rt::impl_deserialize! {
    QueryMeetingRoomGroupResponseBody { "groupId" => read_field(group_id), "groupName" =>
    read_field(group_name), "parentId" => read_field(parent_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomGroupResponseBody { "groupId" => optional(group_id), "groupName" =>
    optional(group_name), "parentId" => optional(parent_id) }
}
/// `QueryMeetingRoomGroupAdminResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomGroupAdminResponseBody {
    /// `result`.
    pub result: Option<QueryMeetingRoomGroupAdminResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryMeetingRoomGroupAdminResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomGroupAdminResponseBody { "result" => optional(result) }
}
/// `QueryMeetingRoomGroupListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomGroupListResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryMeetingRoomGroupListResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryMeetingRoomGroupListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomGroupListResponseBody { "result" => optional(result) }
}
/// `QueryMeetingRoomListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomListResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `result`.
    pub result: Option<Vec<QueryMeetingRoomListResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryMeetingRoomListResponseBody { "hasMore" => read_field(has_more), "nextToken" =>
    read_field(next_token), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomListResponseBody { "hasMore" => optional(has_more), "nextToken" =>
    optional(next_token), "result" => optional(result) }
}
/// `RemoveSuperUserMeetingRoomResponseBody`: the same model as [`CreateBookingBlacklistResponseBody`].
pub type RemoveSuperUserMeetingRoomResponseBody = CreateBookingBlacklistResponseBody;
/// `SendCentralControlResponseBody`: the same model as [`CreateBookingBlacklistResponseBody`].
pub type SendCentralControlResponseBody = CreateBookingBlacklistResponseBody;
/// `SetSuperUserMeetingRoomResponseBody`: the same model as [`CreateBookingBlacklistResponseBody`].
pub type SetSuperUserMeetingRoomResponseBody = CreateBookingBlacklistResponseBody;
/// `UpdateDeviceCustomTemplateResponseBody`: the same model as [`CreateBookingBlacklistResponseBody`].
pub type UpdateDeviceCustomTemplateResponseBody = CreateBookingBlacklistResponseBody;
/// `UpdateMeetingRoomRequestReservationAuthority`: the same model as [`CreateMeetingRoomRequestReservationAuthority`].
pub type UpdateMeetingRoomRequestReservationAuthority = CreateMeetingRoomRequestReservationAuthority;
/// `UpdateMeetingRoomRequestRoomLocation`: the same model as [`CreateMeetingRoomRequestRoomLocation`].
pub type UpdateMeetingRoomRequestRoomLocation = CreateMeetingRoomRequestRoomLocation;
/// `UpdateMeetingRoomResponseBody`: the same model as [`CreateBookingBlacklistResponseBody`].
pub type UpdateMeetingRoomResponseBody = CreateBookingBlacklistResponseBody;
/// `UpdateMeetingRoomGroupResponseBody`: the same model as [`CreateBookingBlacklistResponseBody`].
pub type UpdateMeetingRoomGroupResponseBody = CreateBookingBlacklistResponseBody;
/// `CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers`, a model several operations share: also named [`UpdateMeetingRoomRequestReservationAuthorityAuthorizedMembers`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberName`.
    pub member_name: Option<String>,
    /// `memberType`.
    pub member_type: Option<String>,
}
impl CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers {
    /// An empty `CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `memberId`.
    pub fn member_id(mut self, value: impl Into<String>) -> Self {
        self.member_id = Some(value.into());
        self
    }
    /// Sets `memberName`.
    pub fn member_name(mut self, value: impl Into<String>) -> Self {
        self.member_name = Some(value.into());
        self
    }
    /// Sets `memberType`.
    pub fn member_type(mut self, value: impl Into<String>) -> Self {
        self.member_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers { "memberId" =>
    optional(member_id), "memberName" => optional(member_name), "memberType" =>
    optional(member_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers { "memberId" =>
    read_field(member_id), "memberName" => read_field(member_name), "memberType" =>
    read_field(member_type) }
}
/// `QueryDeviceCustomTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDeviceCustomTemplateResponseBodyResult {
    /// `deviceCustomTemplate`.
    pub device_custom_template: Option<
        QueryDeviceCustomTemplateResponseBodyResultDeviceCustomTemplate,
    >,
    /// `deviceUnionIds`.
    pub device_union_ids: Option<Vec<String>>,
    /// `groupIds`.
    pub group_ids: Option<Vec<i64>>,
    /// `roomIds`.
    pub room_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryDeviceCustomTemplateResponseBodyResult { "deviceCustomTemplate" =>
    read_field(device_custom_template), "deviceUnionIds" => read_field(device_union_ids),
    "groupIds" => read_field(group_ids), "roomIds" => read_field(room_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceCustomTemplateResponseBodyResult { "deviceCustomTemplate" =>
    optional(device_custom_template), "deviceUnionIds" => optional(device_union_ids),
    "groupIds" => optional(group_ids), "roomIds" => optional(room_ids) }
}
/// `QueryDeviceCustomTemplateListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDeviceCustomTemplateListResponseBodyResult {
    /// `deviceCustomTemplates`.
    pub device_custom_templates: Option<
        Vec<QueryDeviceCustomTemplateListResponseBodyResultDeviceCustomTemplates>,
    >,
    /// `deviceTemplateMap`.
    pub device_template_map: Option<rt::BTreeMap<String, Vec<String>>>,
    /// `groupIdTemplateMap`.
    pub group_id_template_map: Option<rt::BTreeMap<String, Vec<i64>>>,
    /// `roomIdTemplateMap`.
    pub room_id_template_map: Option<rt::BTreeMap<String, Vec<String>>>,
}
rt::impl_deserialize! {
    QueryDeviceCustomTemplateListResponseBodyResult { "deviceCustomTemplates" =>
    read_field(device_custom_templates), "deviceTemplateMap" =>
    read_field(device_template_map), "groupIdTemplateMap" =>
    read_field(group_id_template_map), "roomIdTemplateMap" =>
    read_field(room_id_template_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceCustomTemplateListResponseBodyResult { "deviceCustomTemplates" =>
    optional(device_custom_templates), "deviceTemplateMap" =>
    optional(device_template_map), "groupIdTemplateMap" =>
    optional(group_id_template_map), "roomIdTemplateMap" =>
    optional(room_id_template_map) }
}
/// `QueryDeviceIpByCodeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDeviceIpByCodeResponseBodyResult {
    /// `deviceIp`.
    pub device_ip: Option<String>,
}
rt::impl_deserialize! {
    QueryDeviceIpByCodeResponseBodyResult { "deviceIp" => read_field(device_ip) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceIpByCodeResponseBodyResult { "deviceIp" => optional(device_ip) }
}
/// `QueryDevicePropertiesResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDevicePropertiesResponseBodyResult {
    /// `propertyName`.
    pub property_name: Option<String>,
    /// `propertyValue`.
    pub property_value: Option<String>,
}
rt::impl_deserialize! {
    QueryDevicePropertiesResponseBodyResult { "propertyName" =>
    read_field(property_name), "propertyValue" => read_field(property_value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDevicePropertiesResponseBodyResult { "propertyName" => optional(property_name),
    "propertyValue" => optional(property_value) }
}
/// `QueryMeetingRoomResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBodyResult {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `deviceUnionIds`.
    pub device_union_ids: Option<Vec<String>>,
    /// `enableCycleReservation`.
    pub enable_cycle_reservation: Option<bool>,
    /// `extensionConfig`.
    pub extension_config: Option<QueryMeetingRoomResponseBodyResultExtensionConfig>,
    /// `isvRoomId`.
    pub isv_room_id: Option<String>,
    /// `reservationAuthority`.
    pub reservation_authority: Option<
        QueryMeetingRoomResponseBodyResultReservationAuthority,
    >,
    /// `roomCapacity`.
    pub room_capacity: Option<i64>,
    /// `roomDescription`.
    pub room_description: Option<String>,
    /// `roomGroup`.
    pub room_group: Option<QueryMeetingRoomResponseBodyResultRoomGroup>,
    /// `roomId`.
    pub room_id: Option<String>,
    /// `roomLabels`.
    pub room_labels: Option<Vec<QueryMeetingRoomResponseBodyResultRoomLabels>>,
    /// `roomLocation`.
    pub room_location: Option<QueryMeetingRoomResponseBodyResultRoomLocation>,
    /// `roomName`.
    pub room_name: Option<String>,
    /// `roomPicture`.
    pub room_picture: Option<String>,
    /// `roomStaffId`.
    pub room_staff_id: Option<String>,
    /// `roomStatus`.
    pub room_status: Option<i64>,
    /// `roomUnionId`.
    pub room_union_id: Option<String>,
}
rt::impl_deserialize! {
    QueryMeetingRoomResponseBodyResult { "corpId" => read_field(corp_id),
    "deviceUnionIds" => read_field(device_union_ids), "enableCycleReservation" =>
    read_field(enable_cycle_reservation), "extensionConfig" =>
    read_field(extension_config), "isvRoomId" => read_field(isv_room_id),
    "reservationAuthority" => read_field(reservation_authority), "roomCapacity" =>
    read_field(room_capacity), "roomDescription" => read_field(room_description),
    "roomGroup" => read_field(room_group), "roomId" => read_field(room_id), "roomLabels"
    => read_field(room_labels), "roomLocation" => read_field(room_location), "roomName"
    => read_field(room_name), "roomPicture" => read_field(room_picture), "roomStaffId" =>
    read_field(room_staff_id), "roomStatus" => read_field(room_status), "roomUnionId" =>
    read_field(room_union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomResponseBodyResult { "corpId" => optional(corp_id), "deviceUnionIds"
    => optional(device_union_ids), "enableCycleReservation" =>
    optional(enable_cycle_reservation), "extensionConfig" => optional(extension_config),
    "isvRoomId" => optional(isv_room_id), "reservationAuthority" =>
    optional(reservation_authority), "roomCapacity" => optional(room_capacity),
    "roomDescription" => optional(room_description), "roomGroup" => optional(room_group),
    "roomId" => optional(room_id), "roomLabels" => optional(room_labels), "roomLocation"
    => optional(room_location), "roomName" => optional(room_name), "roomPicture" =>
    optional(room_picture), "roomStaffId" => optional(room_staff_id), "roomStatus" =>
    optional(room_status), "roomUnionId" => optional(room_union_id) }
}
/// `QueryMeetingRoomControlPanelListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomControlPanelListResponseBodyResult {
    /// `roomId`.
    pub room_id: Option<String>,
    /// `roomIotConfig`.
    pub room_iot_config: Option<
        Vec<QueryMeetingRoomControlPanelListResponseBodyResultRoomIotConfig>,
    >,
}
rt::impl_deserialize! {
    QueryMeetingRoomControlPanelListResponseBodyResult { "roomId" => read_field(room_id),
    "roomIotConfig" => read_field(room_iot_config) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomControlPanelListResponseBodyResult { "roomId" => optional(room_id),
    "roomIotConfig" => optional(room_iot_config) }
}
/// `QueryMeetingRoomDeviceResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomDeviceResponseBodyResult {
    /// `activeTime`.
    pub active_time: Option<i64>,
    /// `controllers`.
    pub controllers: Option<Vec<QueryMeetingRoomDeviceResponseBodyResultControllers>>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `devCamera`.
    pub dev_camera: Option<String>,
    /// `devHdmi`.
    pub dev_hdmi: Option<String>,
    /// `devMic`.
    pub dev_mic: Option<String>,
    /// `devMirror`.
    pub dev_mirror: Option<String>,
    /// `devNetIp`.
    pub dev_net_ip: Option<String>,
    /// `devNetType`.
    pub dev_net_type: Option<String>,
    /// `devVoice`.
    pub dev_voice: Option<String>,
    /// `devWifiMac`.
    pub dev_wifi_mac: Option<String>,
    /// `devWireMac`.
    pub dev_wire_mac: Option<String>,
    /// `deviceId`.
    pub device_id: Option<String>,
    /// `deviceMac`.
    pub device_mac: Option<String>,
    /// `deviceModel`.
    pub device_model: Option<String>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `deviceServiceId`.
    pub device_service_id: Option<i64>,
    /// `deviceSn`.
    pub device_sn: Option<String>,
    /// `deviceStatus`.
    pub device_status: Option<String>,
    /// `deviceType`.
    pub device_type: Option<String>,
    /// `deviceUnionId`.
    pub device_union_id: Option<String>,
    /// `firmwareVersion`.
    pub firmware_version: Option<String>,
    /// `openRoomId`.
    pub open_room_id: Option<String>,
    /// `roomName`.
    pub room_name: Option<String>,
    /// `shareCode`.
    pub share_code: Option<String>,
    /// `sipAccountName`.
    pub sip_account_name: Option<String>,
    /// `softwareVersion`.
    pub software_version: Option<String>,
}
rt::impl_deserialize! {
    QueryMeetingRoomDeviceResponseBodyResult { "activeTime" => read_field(active_time),
    "controllers" => read_field(controllers), "corpId" => read_field(corp_id),
    "creatorUnionId" => read_field(creator_union_id), "devCamera" =>
    read_field(dev_camera), "devHdmi" => read_field(dev_hdmi), "devMic" =>
    read_field(dev_mic), "devMirror" => read_field(dev_mirror), "devNetIp" =>
    read_field(dev_net_ip), "devNetType" => read_field(dev_net_type), "devVoice" =>
    read_field(dev_voice), "devWifiMac" => read_field(dev_wifi_mac), "devWireMac" =>
    read_field(dev_wire_mac), "deviceId" => read_field(device_id), "deviceMac" =>
    read_field(device_mac), "deviceModel" => read_field(device_model), "deviceName" =>
    read_field(device_name), "deviceServiceId" => read_field(device_service_id),
    "deviceSn" => read_field(device_sn), "deviceStatus" => read_field(device_status),
    "deviceType" => read_field(device_type), "deviceUnionId" =>
    read_field(device_union_id), "firmwareVersion" => read_field(firmware_version),
    "openRoomId" => read_field(open_room_id), "roomName" => read_field(room_name),
    "shareCode" => read_field(share_code), "sipAccountName" =>
    read_field(sip_account_name), "softwareVersion" => read_field(software_version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomDeviceResponseBodyResult { "activeTime" => optional(active_time),
    "controllers" => optional(controllers), "corpId" => optional(corp_id),
    "creatorUnionId" => optional(creator_union_id), "devCamera" => optional(dev_camera),
    "devHdmi" => optional(dev_hdmi), "devMic" => optional(dev_mic), "devMirror" =>
    optional(dev_mirror), "devNetIp" => optional(dev_net_ip), "devNetType" =>
    optional(dev_net_type), "devVoice" => optional(dev_voice), "devWifiMac" =>
    optional(dev_wifi_mac), "devWireMac" => optional(dev_wire_mac), "deviceId" =>
    optional(device_id), "deviceMac" => optional(device_mac), "deviceModel" =>
    optional(device_model), "deviceName" => optional(device_name), "deviceServiceId" =>
    optional(device_service_id), "deviceSn" => optional(device_sn), "deviceStatus" =>
    optional(device_status), "deviceType" => optional(device_type), "deviceUnionId" =>
    optional(device_union_id), "firmwareVersion" => optional(firmware_version),
    "openRoomId" => optional(open_room_id), "roomName" => optional(room_name),
    "shareCode" => optional(share_code), "sipAccountName" => optional(sip_account_name),
    "softwareVersion" => optional(software_version) }
}
/// `QueryMeetingRoomGroupAdminResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomGroupAdminResponseBodyResult {
    /// `groupAdmins`.
    pub group_admins: Option<
        Vec<QueryMeetingRoomGroupAdminResponseBodyResultGroupAdmins>,
    >,
    /// `groupId`.
    pub group_id: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
}
rt::impl_deserialize! {
    QueryMeetingRoomGroupAdminResponseBodyResult { "groupAdmins" =>
    read_field(group_admins), "groupId" => read_field(group_id), "groupName" =>
    read_field(group_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomGroupAdminResponseBodyResult { "groupAdmins" =>
    optional(group_admins), "groupId" => optional(group_id), "groupName" =>
    optional(group_name) }
}
/// `QueryMeetingRoomGroupListResponseBodyResult`: the same model as [`QueryMeetingRoomGroupResponseBody`].
pub type QueryMeetingRoomGroupListResponseBodyResult = QueryMeetingRoomGroupResponseBody;
/// `QueryMeetingRoomListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomListResponseBodyResult {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `isvRoomId`.
    pub isv_room_id: Option<String>,
    /// `roomCapacity`.
    pub room_capacity: Option<i64>,
    /// `roomGroup`.
    pub room_group: Option<QueryMeetingRoomListResponseBodyResultRoomGroup>,
    /// `roomId`.
    pub room_id: Option<String>,
    /// `roomLabels`.
    pub room_labels: Option<Vec<QueryMeetingRoomListResponseBodyResultRoomLabels>>,
    /// `roomLocation`.
    pub room_location: Option<QueryMeetingRoomListResponseBodyResultRoomLocation>,
    /// `roomName`.
    pub room_name: Option<String>,
    /// `roomPicture`.
    pub room_picture: Option<String>,
    /// `roomStaffId`.
    pub room_staff_id: Option<String>,
    /// `roomStatus`.
    pub room_status: Option<i64>,
}
rt::impl_deserialize! {
    QueryMeetingRoomListResponseBodyResult { "corpId" => read_field(corp_id), "isvRoomId"
    => read_field(isv_room_id), "roomCapacity" => read_field(room_capacity), "roomGroup"
    => read_field(room_group), "roomId" => read_field(room_id), "roomLabels" =>
    read_field(room_labels), "roomLocation" => read_field(room_location), "roomName" =>
    read_field(room_name), "roomPicture" => read_field(room_picture), "roomStaffId" =>
    read_field(room_staff_id), "roomStatus" => read_field(room_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomListResponseBodyResult { "corpId" => optional(corp_id), "isvRoomId"
    => optional(isv_room_id), "roomCapacity" => optional(room_capacity), "roomGroup" =>
    optional(room_group), "roomId" => optional(room_id), "roomLabels" =>
    optional(room_labels), "roomLocation" => optional(room_location), "roomName" =>
    optional(room_name), "roomPicture" => optional(room_picture), "roomStaffId" =>
    optional(room_staff_id), "roomStatus" => optional(room_status) }
}
/// `UpdateMeetingRoomRequestReservationAuthorityAuthorizedMembers`: the same model as [`CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers`].
pub type UpdateMeetingRoomRequestReservationAuthorityAuthorizedMembers = CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers;
/// `QueryDeviceCustomTemplateResponseBodyResultDeviceCustomTemplate`, a model several operations share: also named [`QueryDeviceCustomTemplateListResponseBodyResultDeviceCustomTemplates`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDeviceCustomTemplateResponseBodyResultDeviceCustomTemplate {
    /// `bgImageList`.
    pub bg_image_list: Option<Vec<String>>,
    /// `bgType`.
    pub bg_type: Option<i64>,
    /// `bgUrl`.
    pub bg_url: Option<String>,
    /// `confSubType`.
    pub conf_sub_type: Option<i64>,
    /// `confType`.
    pub conf_type: Option<i64>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `customDoc`.
    pub custom_doc: Option<String>,
    /// `desensitizeUserName`.
    pub desensitize_user_name: Option<bool>,
    /// `hideServerCodeWhenProjecting`.
    pub hide_server_code_when_projecting: Option<bool>,
    /// `instruction`.
    pub instruction: Option<bool>,
    /// `isPicTop`.
    pub is_pic_top: Option<i64>,
    /// `logo`.
    pub logo: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `picturePlayInterval`.
    pub picture_play_interval: Option<i64>,
    /// `showCalendarCard`.
    pub show_calendar_card: Option<bool>,
    /// `showCalendarTitle`.
    pub show_calendar_title: Option<bool>,
    /// `showFunctionCard`.
    pub show_function_card: Option<bool>,
    /// `templateId`.
    pub template_id: Option<i64>,
    /// `templateName`.
    pub template_name: Option<String>,
}
rt::impl_deserialize! {
    QueryDeviceCustomTemplateResponseBodyResultDeviceCustomTemplate { "bgImageList" =>
    read_field(bg_image_list), "bgType" => read_field(bg_type), "bgUrl" =>
    read_field(bg_url), "confSubType" => read_field(conf_sub_type), "confType" =>
    read_field(conf_type), "corpId" => read_field(corp_id), "customDoc" =>
    read_field(custom_doc), "desensitizeUserName" => read_field(desensitize_user_name),
    "hideServerCodeWhenProjecting" => read_field(hide_server_code_when_projecting),
    "instruction" => read_field(instruction), "isPicTop" => read_field(is_pic_top),
    "logo" => read_field(logo), "orgName" => read_field(org_name), "picturePlayInterval"
    => read_field(picture_play_interval), "showCalendarCard" =>
    read_field(show_calendar_card), "showCalendarTitle" =>
    read_field(show_calendar_title), "showFunctionCard" =>
    read_field(show_function_card), "templateId" => read_field(template_id),
    "templateName" => read_field(template_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDeviceCustomTemplateResponseBodyResultDeviceCustomTemplate { "bgImageList" =>
    optional(bg_image_list), "bgType" => optional(bg_type), "bgUrl" => optional(bg_url),
    "confSubType" => optional(conf_sub_type), "confType" => optional(conf_type), "corpId"
    => optional(corp_id), "customDoc" => optional(custom_doc), "desensitizeUserName" =>
    optional(desensitize_user_name), "hideServerCodeWhenProjecting" =>
    optional(hide_server_code_when_projecting), "instruction" => optional(instruction),
    "isPicTop" => optional(is_pic_top), "logo" => optional(logo), "orgName" =>
    optional(org_name), "picturePlayInterval" => optional(picture_play_interval),
    "showCalendarCard" => optional(show_calendar_card), "showCalendarTitle" =>
    optional(show_calendar_title), "showFunctionCard" => optional(show_function_card),
    "templateId" => optional(template_id), "templateName" => optional(template_name) }
}
/// `QueryDeviceCustomTemplateListResponseBodyResultDeviceCustomTemplates`: the same model as [`QueryDeviceCustomTemplateResponseBodyResultDeviceCustomTemplate`].
pub type QueryDeviceCustomTemplateListResponseBodyResultDeviceCustomTemplates = QueryDeviceCustomTemplateResponseBodyResultDeviceCustomTemplate;
/// `QueryMeetingRoomResponseBodyResultExtensionConfig`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBodyResultExtensionConfig {
    /// `advanceReservation`.
    pub advance_reservation: Option<
        QueryMeetingRoomResponseBodyResultExtensionConfigAdvanceReservation,
    >,
    /// `approvalSwitch`.
    pub approval_switch: Option<bool>,
    /// `approvalType`.
    pub approval_type: Option<i64>,
    /// `maxReservationTimeInterval`.
    pub max_reservation_time_interval: Option<i64>,
    /// `minReservationTimeInterval`.
    pub min_reservation_time_interval: Option<i64>,
    /// `openReservation`.
    pub open_reservation: Option<bool>,
    /// `reservationCloseDetail`.
    pub reservation_close_detail: Option<
        QueryMeetingRoomResponseBodyResultExtensionConfigReservationCloseDetail,
    >,
}
rt::impl_deserialize! {
    QueryMeetingRoomResponseBodyResultExtensionConfig { "advanceReservation" =>
    read_field(advance_reservation), "approvalSwitch" => read_field(approval_switch),
    "approvalType" => read_field(approval_type), "maxReservationTimeInterval" =>
    read_field(max_reservation_time_interval), "minReservationTimeInterval" =>
    read_field(min_reservation_time_interval), "openReservation" =>
    read_field(open_reservation), "reservationCloseDetail" =>
    read_field(reservation_close_detail) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomResponseBodyResultExtensionConfig { "advanceReservation" =>
    optional(advance_reservation), "approvalSwitch" => optional(approval_switch),
    "approvalType" => optional(approval_type), "maxReservationTimeInterval" =>
    optional(max_reservation_time_interval), "minReservationTimeInterval" =>
    optional(min_reservation_time_interval), "openReservation" =>
    optional(open_reservation), "reservationCloseDetail" =>
    optional(reservation_close_detail) }
}
/// `QueryMeetingRoomResponseBodyResultReservationAuthority`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBodyResultReservationAuthority {
    /// `authorizedMembers`.
    pub authorized_members: Option<
        Vec<QueryMeetingRoomResponseBodyResultReservationAuthorityAuthorizedMembers>,
    >,
}
rt::impl_deserialize! {
    QueryMeetingRoomResponseBodyResultReservationAuthority { "authorizedMembers" =>
    read_field(authorized_members) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomResponseBodyResultReservationAuthority { "authorizedMembers" =>
    optional(authorized_members) }
}
/// `QueryMeetingRoomResponseBodyResultRoomGroup`: the same model as [`QueryMeetingRoomGroupResponseBody`].
pub type QueryMeetingRoomResponseBodyResultRoomGroup = QueryMeetingRoomGroupResponseBody;
/// `QueryMeetingRoomResponseBodyResultRoomLabels`, a model several operations share: also named [`QueryMeetingRoomListResponseBodyResultRoomLabels`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBodyResultRoomLabels {
    /// `labelId`.
    pub label_id: Option<i64>,
    /// `labelName`.
    pub label_name: Option<String>,
}
rt::impl_deserialize! {
    QueryMeetingRoomResponseBodyResultRoomLabels { "labelId" => read_field(label_id),
    "labelName" => read_field(label_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomResponseBodyResultRoomLabels { "labelId" => optional(label_id),
    "labelName" => optional(label_name) }
}
/// `QueryMeetingRoomResponseBodyResultRoomLocation`, a model several operations share: also named [`QueryMeetingRoomListResponseBodyResultRoomLocation`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBodyResultRoomLocation {
    /// `desc`.
    pub desc: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QueryMeetingRoomResponseBodyResultRoomLocation { "desc" => read_field(desc), "title"
    => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomResponseBodyResultRoomLocation { "desc" => optional(desc), "title" =>
    optional(title) }
}
/// `QueryMeetingRoomControlPanelListResponseBodyResultRoomIotConfig`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomControlPanelListResponseBodyResultRoomIotConfig {
    /// `enName`.
    pub en_name: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `showTime`.
    pub show_time: Option<i64>,
    /// `sort`.
    pub sort: Option<i64>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    QueryMeetingRoomControlPanelListResponseBodyResultRoomIotConfig { "enName" =>
    read_field(en_name), "icon" => read_field(icon), "name" => read_field(name),
    "showTime" => read_field(show_time), "sort" => read_field(sort), "url" =>
    read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomControlPanelListResponseBodyResultRoomIotConfig { "enName" =>
    optional(en_name), "icon" => optional(icon), "name" => optional(name), "showTime" =>
    optional(show_time), "sort" => optional(sort), "url" => optional(url) }
}
/// `QueryMeetingRoomDeviceResponseBodyResultControllers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomDeviceResponseBodyResultControllers {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `deviceId`.
    pub device_id: Option<String>,
    /// `deviceMac`.
    pub device_mac: Option<String>,
    /// `deviceModel`.
    pub device_model: Option<String>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `deviceServiceId`.
    pub device_service_id: Option<i64>,
    /// `deviceSn`.
    pub device_sn: Option<String>,
    /// `deviceStatus`.
    pub device_status: Option<String>,
    /// `deviceType`.
    pub device_type: Option<String>,
    /// `deviceUnionId`.
    pub device_union_id: Option<String>,
    /// `openRoomId`.
    pub open_room_id: Option<String>,
    /// `shareCode`.
    pub share_code: Option<String>,
}
rt::impl_deserialize! {
    QueryMeetingRoomDeviceResponseBodyResultControllers { "corpId" =>
    read_field(corp_id), "deviceId" => read_field(device_id), "deviceMac" =>
    read_field(device_mac), "deviceModel" => read_field(device_model), "deviceName" =>
    read_field(device_name), "deviceServiceId" => read_field(device_service_id),
    "deviceSn" => read_field(device_sn), "deviceStatus" => read_field(device_status),
    "deviceType" => read_field(device_type), "deviceUnionId" =>
    read_field(device_union_id), "openRoomId" => read_field(open_room_id), "shareCode" =>
    read_field(share_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomDeviceResponseBodyResultControllers { "corpId" => optional(corp_id),
    "deviceId" => optional(device_id), "deviceMac" => optional(device_mac), "deviceModel"
    => optional(device_model), "deviceName" => optional(device_name), "deviceServiceId"
    => optional(device_service_id), "deviceSn" => optional(device_sn), "deviceStatus" =>
    optional(device_status), "deviceType" => optional(device_type), "deviceUnionId" =>
    optional(device_union_id), "openRoomId" => optional(open_room_id), "shareCode" =>
    optional(share_code) }
}
/// `QueryMeetingRoomGroupAdminResponseBodyResultGroupAdmins`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomGroupAdminResponseBodyResultGroupAdmins {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberName`.
    pub member_name: Option<String>,
}
rt::impl_deserialize! {
    QueryMeetingRoomGroupAdminResponseBodyResultGroupAdmins { "memberId" =>
    read_field(member_id), "memberName" => read_field(member_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomGroupAdminResponseBodyResultGroupAdmins { "memberId" =>
    optional(member_id), "memberName" => optional(member_name) }
}
/// `QueryMeetingRoomListResponseBodyResultRoomGroup`: the same model as [`QueryMeetingRoomGroupResponseBody`].
pub type QueryMeetingRoomListResponseBodyResultRoomGroup = QueryMeetingRoomGroupResponseBody;
/// `QueryMeetingRoomListResponseBodyResultRoomLabels`: the same model as [`QueryMeetingRoomResponseBodyResultRoomLabels`].
pub type QueryMeetingRoomListResponseBodyResultRoomLabels = QueryMeetingRoomResponseBodyResultRoomLabels;
/// `QueryMeetingRoomListResponseBodyResultRoomLocation`: the same model as [`QueryMeetingRoomResponseBodyResultRoomLocation`].
pub type QueryMeetingRoomListResponseBodyResultRoomLocation = QueryMeetingRoomResponseBodyResultRoomLocation;
/// `QueryMeetingRoomResponseBodyResultExtensionConfigAdvanceReservation`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBodyResultExtensionConfigAdvanceReservation {
    /// `advanceBookTimeFormat`.
    pub advance_book_time_format: Option<String>,
    /// `advanceReservationTime`.
    pub advance_reservation_time: Option<i64>,
    /// `advanceReservationTimeUnit`.
    pub advance_reservation_time_unit: Option<String>,
}
rt::impl_deserialize! {
    QueryMeetingRoomResponseBodyResultExtensionConfigAdvanceReservation {
    "advanceBookTimeFormat" => read_field(advance_book_time_format),
    "advanceReservationTime" => read_field(advance_reservation_time),
    "advanceReservationTimeUnit" => read_field(advance_reservation_time_unit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomResponseBodyResultExtensionConfigAdvanceReservation {
    "advanceBookTimeFormat" => optional(advance_book_time_format),
    "advanceReservationTime" => optional(advance_reservation_time),
    "advanceReservationTimeUnit" => optional(advance_reservation_time_unit) }
}
/// `QueryMeetingRoomResponseBodyResultExtensionConfigReservationCloseDetail`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBodyResultExtensionConfigReservationCloseDetail {
    /// `closeReason`.
    pub close_reason: Option<String>,
    /// `contactNick`.
    pub contact_nick: Option<String>,
    /// `contactUnionId`.
    pub contact_union_id: Option<String>,
    /// `sendNotify`.
    pub send_notify: Option<bool>,
    /// `taskEndTime`.
    pub task_end_time: Option<i64>,
    /// `taskStartTime`.
    pub task_start_time: Option<i64>,
}
rt::impl_deserialize! {
    QueryMeetingRoomResponseBodyResultExtensionConfigReservationCloseDetail {
    "closeReason" => read_field(close_reason), "contactNick" => read_field(contact_nick),
    "contactUnionId" => read_field(contact_union_id), "sendNotify" =>
    read_field(send_notify), "taskEndTime" => read_field(task_end_time), "taskStartTime"
    => read_field(task_start_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomResponseBodyResultExtensionConfigReservationCloseDetail {
    "closeReason" => optional(close_reason), "contactNick" => optional(contact_nick),
    "contactUnionId" => optional(contact_union_id), "sendNotify" =>
    optional(send_notify), "taskEndTime" => optional(task_end_time), "taskStartTime" =>
    optional(task_start_time) }
}
/// `QueryMeetingRoomResponseBodyResultReservationAuthorityAuthorizedMembers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBodyResultReservationAuthorityAuthorizedMembers {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberName`.
    pub member_name: Option<String>,
    /// `memberType`.
    pub member_type: Option<String>,
}
rt::impl_deserialize! {
    QueryMeetingRoomResponseBodyResultReservationAuthorityAuthorizedMembers { "memberId"
    => read_field(member_id), "memberName" => read_field(member_name), "memberType" =>
    read_field(member_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMeetingRoomResponseBodyResultReservationAuthorityAuthorizedMembers { "memberId"
    => optional(member_id), "memberName" => optional(member_name), "memberType" =>
    optional(member_type) }
}
/// The request of [`Api::create_booking_blacklist`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateBookingBlacklistRequest {
    /// `blacklistUnionId`.
    pub blacklist_union_id: String,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `memo`.
    pub memo: Option<String>,
    /// `startTime`.
    pub start_time: i64,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`CreateBookingBlacklistRequest`], each named where it is set: `CreateBookingBlacklistRequest::new(CreateBookingBlacklistRequired { .. })`.
pub struct CreateBookingBlacklistRequired {
    /// `blacklistUnionId`: see [`CreateBookingBlacklistRequest::blacklist_union_id`].
    pub blacklist_union_id: String,
    /// `startTime`: see [`CreateBookingBlacklistRequest::start_time`].
    pub start_time: i64,
    /// `unionId`: see [`CreateBookingBlacklistRequest::union_id`].
    pub union_id: String,
}
impl CreateBookingBlacklistRequest {
    /// A `CreateBookingBlacklistRequest` with its required fields (`blacklistUnionId`, `startTime`, `unionId`); set the others with the methods named after them.
    pub fn new(required: CreateBookingBlacklistRequired) -> Self {
        let CreateBookingBlacklistRequired {
            blacklist_union_id,
            start_time,
            union_id,
        } = required;
        Self {
            blacklist_union_id,
            end_time: None,
            memo: None,
            start_time,
            union_id,
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `memo`.
    pub fn memo(mut self, value: impl Into<String>) -> Self {
        self.memo = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateBookingBlacklistRequest { "blacklistUnionId" => field(blacklist_union_id),
    "endTime" => optional(end_time), "memo" => optional(memo), "startTime" =>
    field(start_time), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateBookingBlacklistRequest { "blacklistUnionId" => read_field(blacklist_union_id),
    "endTime" => read_field(end_time), "memo" => read_field(memo), "startTime" =>
    read_field(start_time), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for CreateBookingBlacklistRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_device_custom_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateDeviceCustomTemplateRequest {
    /// `bgImgList`.
    pub bg_img_list: Option<Vec<String>>,
    /// `bgType`.
    pub bg_type: Option<i64>,
    /// `bgUrl`.
    pub bg_url: Option<String>,
    /// `customDoc`.
    pub custom_doc: Option<String>,
    /// `desensitizeUserName`.
    pub desensitize_user_name: Option<bool>,
    /// `deviceUnionIds`.
    pub device_union_ids: Option<Vec<String>>,
    /// `groupIds`.
    pub group_ids: Option<Vec<i64>>,
    /// `hideServerCodeWhenProjecting`.
    pub hide_server_code_when_projecting: Option<bool>,
    /// `instruction`.
    pub instruction: Option<bool>,
    /// `isPicTop`.
    pub is_pic_top: Option<i64>,
    /// `logo`.
    pub logo: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `picturePlayInterval`.
    pub picture_play_interval: Option<i64>,
    /// `roomIds`.
    pub room_ids: Option<Vec<String>>,
    /// `showCalendarCard`.
    pub show_calendar_card: Option<bool>,
    /// `showCalendarTitle`.
    pub show_calendar_title: Option<bool>,
    /// `showFunctionCard`.
    pub show_function_card: Option<bool>,
    /// `templateName`.
    pub template_name: String,
}
/// The required fields of [`CreateDeviceCustomTemplateRequest`], each named where it is set: `CreateDeviceCustomTemplateRequest::new(CreateDeviceCustomTemplateRequired { .. })`.
pub struct CreateDeviceCustomTemplateRequired {
    /// `templateName`: see [`CreateDeviceCustomTemplateRequest::template_name`].
    pub template_name: String,
}
impl CreateDeviceCustomTemplateRequest {
    /// A `CreateDeviceCustomTemplateRequest` with its required fields (`templateName`); set the others with the methods named after them.
    pub fn new(required: CreateDeviceCustomTemplateRequired) -> Self {
        let CreateDeviceCustomTemplateRequired { template_name } = required;
        Self {
            bg_img_list: None,
            bg_type: None,
            bg_url: None,
            custom_doc: None,
            desensitize_user_name: None,
            device_union_ids: None,
            group_ids: None,
            hide_server_code_when_projecting: None,
            instruction: None,
            is_pic_top: None,
            logo: None,
            org_name: None,
            picture_play_interval: None,
            room_ids: None,
            show_calendar_card: None,
            show_calendar_title: None,
            show_function_card: None,
            template_name,
        }
    }
    /// Sets `bgImgList`.
    pub fn bg_img_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.bg_img_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `bgType`.
    pub fn bg_type(mut self, value: i64) -> Self {
        self.bg_type = Some(value);
        self
    }
    /// Sets `bgUrl`.
    pub fn bg_url(mut self, value: impl Into<String>) -> Self {
        self.bg_url = Some(value.into());
        self
    }
    /// Sets `customDoc`.
    pub fn custom_doc(mut self, value: impl Into<String>) -> Self {
        self.custom_doc = Some(value.into());
        self
    }
    /// Sets `desensitizeUserName`.
    pub fn desensitize_user_name(mut self, value: bool) -> Self {
        self.desensitize_user_name = Some(value);
        self
    }
    /// Sets `deviceUnionIds`.
    pub fn device_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `groupIds`.
    pub fn group_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.group_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `hideServerCodeWhenProjecting`.
    pub fn hide_server_code_when_projecting(mut self, value: bool) -> Self {
        self.hide_server_code_when_projecting = Some(value);
        self
    }
    /// Sets `instruction`.
    pub fn instruction(mut self, value: bool) -> Self {
        self.instruction = Some(value);
        self
    }
    /// Sets `isPicTop`.
    pub fn is_pic_top(mut self, value: i64) -> Self {
        self.is_pic_top = Some(value);
        self
    }
    /// Sets `logo`.
    pub fn logo(mut self, value: impl Into<String>) -> Self {
        self.logo = Some(value.into());
        self
    }
    /// Sets `orgName`.
    pub fn org_name(mut self, value: impl Into<String>) -> Self {
        self.org_name = Some(value.into());
        self
    }
    /// Sets `picturePlayInterval`.
    pub fn picture_play_interval(mut self, value: i64) -> Self {
        self.picture_play_interval = Some(value);
        self
    }
    /// Sets `roomIds`.
    pub fn room_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.room_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `showCalendarCard`.
    pub fn show_calendar_card(mut self, value: bool) -> Self {
        self.show_calendar_card = Some(value);
        self
    }
    /// Sets `showCalendarTitle`.
    pub fn show_calendar_title(mut self, value: bool) -> Self {
        self.show_calendar_title = Some(value);
        self
    }
    /// Sets `showFunctionCard`.
    pub fn show_function_card(mut self, value: bool) -> Self {
        self.show_function_card = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateDeviceCustomTemplateRequest { "bgImgList" => optional(bg_img_list), "bgType" =>
    optional(bg_type), "bgUrl" => optional(bg_url), "customDoc" => optional(custom_doc),
    "desensitizeUserName" => optional(desensitize_user_name), "deviceUnionIds" =>
    optional(device_union_ids), "groupIds" => optional(group_ids),
    "hideServerCodeWhenProjecting" => optional(hide_server_code_when_projecting),
    "instruction" => optional(instruction), "isPicTop" => optional(is_pic_top), "logo" =>
    optional(logo), "orgName" => optional(org_name), "picturePlayInterval" =>
    optional(picture_play_interval), "roomIds" => optional(room_ids), "showCalendarCard"
    => optional(show_calendar_card), "showCalendarTitle" =>
    optional(show_calendar_title), "showFunctionCard" => optional(show_function_card),
    "templateName" => field(template_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateDeviceCustomTemplateRequest { "bgImgList" => read_field(bg_img_list), "bgType"
    => read_field(bg_type), "bgUrl" => read_field(bg_url), "customDoc" =>
    read_field(custom_doc), "desensitizeUserName" => read_field(desensitize_user_name),
    "deviceUnionIds" => read_field(device_union_ids), "groupIds" =>
    read_field(group_ids), "hideServerCodeWhenProjecting" =>
    read_field(hide_server_code_when_projecting), "instruction" =>
    read_field(instruction), "isPicTop" => read_field(is_pic_top), "logo" =>
    read_field(logo), "orgName" => read_field(org_name), "picturePlayInterval" =>
    read_field(picture_play_interval), "roomIds" => read_field(room_ids),
    "showCalendarCard" => read_field(show_calendar_card), "showCalendarTitle" =>
    read_field(show_calendar_title), "showFunctionCard" =>
    read_field(show_function_card), "templateName" => read_field(template_name) }
}
impl rt::WriteRequest for CreateDeviceCustomTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_meeting_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateMeetingRoomRequest {
    /// `enableCycleReservation`.
    pub enable_cycle_reservation: Option<bool>,
    /// `groupId`.
    pub group_id: Option<i64>,
    /// `isvRoomId`.
    pub isv_room_id: String,
    /// `openReservation`.
    pub open_reservation: Option<bool>,
    /// `reservationAuthority`.
    pub reservation_authority: Option<CreateMeetingRoomRequestReservationAuthority>,
    /// `roomCapacity`.
    pub room_capacity: Option<i64>,
    /// `roomDescription`.
    pub room_description: Option<String>,
    /// `roomLabelIds`.
    pub room_label_ids: Option<Vec<i64>>,
    /// `roomLocation`.
    pub room_location: Option<CreateMeetingRoomRequestRoomLocation>,
    /// `roomName`.
    pub room_name: String,
    /// `roomPicture`.
    pub room_picture: Option<String>,
    /// `roomStatus`.
    pub room_status: i64,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`CreateMeetingRoomRequest`], each named where it is set: `CreateMeetingRoomRequest::new(CreateMeetingRoomRequired { .. })`.
pub struct CreateMeetingRoomRequired {
    /// `isvRoomId`: see [`CreateMeetingRoomRequest::isv_room_id`].
    pub isv_room_id: String,
    /// `roomName`: see [`CreateMeetingRoomRequest::room_name`].
    pub room_name: String,
    /// `roomStatus`: see [`CreateMeetingRoomRequest::room_status`].
    pub room_status: i64,
    /// `unionId`: see [`CreateMeetingRoomRequest::union_id`].
    pub union_id: String,
}
impl CreateMeetingRoomRequest {
    /// A `CreateMeetingRoomRequest` with its required fields (`isvRoomId`, `roomName`, `roomStatus`, `unionId`); set the others with the methods named after them.
    pub fn new(required: CreateMeetingRoomRequired) -> Self {
        let CreateMeetingRoomRequired {
            isv_room_id,
            room_name,
            room_status,
            union_id,
        } = required;
        Self {
            enable_cycle_reservation: None,
            group_id: None,
            isv_room_id,
            open_reservation: None,
            reservation_authority: None,
            room_capacity: None,
            room_description: None,
            room_label_ids: None,
            room_location: None,
            room_name,
            room_picture: None,
            room_status,
            union_id,
        }
    }
    /// Sets `enableCycleReservation`.
    pub fn enable_cycle_reservation(mut self, value: bool) -> Self {
        self.enable_cycle_reservation = Some(value);
        self
    }
    /// Sets `groupId`.
    pub fn group_id(mut self, value: i64) -> Self {
        self.group_id = Some(value);
        self
    }
    /// Sets `openReservation`.
    pub fn open_reservation(mut self, value: bool) -> Self {
        self.open_reservation = Some(value);
        self
    }
    /// Sets `reservationAuthority`.
    pub fn reservation_authority(
        mut self,
        value: CreateMeetingRoomRequestReservationAuthority,
    ) -> Self {
        self.reservation_authority = Some(value);
        self
    }
    /// Sets `roomCapacity`.
    pub fn room_capacity(mut self, value: i64) -> Self {
        self.room_capacity = Some(value);
        self
    }
    /// Sets `roomDescription`.
    pub fn room_description(mut self, value: impl Into<String>) -> Self {
        self.room_description = Some(value.into());
        self
    }
    /// Sets `roomLabelIds`.
    pub fn room_label_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.room_label_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `roomLocation`.
    pub fn room_location(mut self, value: CreateMeetingRoomRequestRoomLocation) -> Self {
        self.room_location = Some(value);
        self
    }
    /// Sets `roomPicture`.
    pub fn room_picture(mut self, value: impl Into<String>) -> Self {
        self.room_picture = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateMeetingRoomRequest { "enableCycleReservation" =>
    optional(enable_cycle_reservation), "groupId" => optional(group_id), "isvRoomId" =>
    field(isv_room_id), "openReservation" => optional(open_reservation),
    "reservationAuthority" => optional(reservation_authority), "roomCapacity" =>
    optional(room_capacity), "roomDescription" => optional(room_description),
    "roomLabelIds" => optional(room_label_ids), "roomLocation" =>
    optional(room_location), "roomName" => field(room_name), "roomPicture" =>
    optional(room_picture), "roomStatus" => field(room_status), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateMeetingRoomRequest { "enableCycleReservation" =>
    read_field(enable_cycle_reservation), "groupId" => read_field(group_id), "isvRoomId"
    => read_field(isv_room_id), "openReservation" => read_field(open_reservation),
    "reservationAuthority" => read_field(reservation_authority), "roomCapacity" =>
    read_field(room_capacity), "roomDescription" => read_field(room_description),
    "roomLabelIds" => read_field(room_label_ids), "roomLocation" =>
    read_field(room_location), "roomName" => read_field(room_name), "roomPicture" =>
    read_field(room_picture), "roomStatus" => read_field(room_status), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for CreateMeetingRoomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_meeting_room_control_panel`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateMeetingRoomControlPanelRequest {
    /// `extra`.
    pub extra: Option<CreateMeetingRoomControlPanelRequestExtra>,
    /// `roomConfig`.
    pub room_config: Vec<CreateMeetingRoomControlPanelRequestRoomConfig>,
    /// `roomId`.
    pub room_id: String,
    /// `status`.
    pub status: Option<i64>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`CreateMeetingRoomControlPanelRequest`], each named where it is set: `CreateMeetingRoomControlPanelRequest::new(CreateMeetingRoomControlPanelRequired { .. })`.
pub struct CreateMeetingRoomControlPanelRequired {
    /// `roomConfig`: see [`CreateMeetingRoomControlPanelRequest::room_config`].
    pub room_config: Vec<CreateMeetingRoomControlPanelRequestRoomConfig>,
    /// `roomId`: see [`CreateMeetingRoomControlPanelRequest::room_id`].
    pub room_id: String,
    /// `unionId`: see [`CreateMeetingRoomControlPanelRequest::union_id`].
    pub union_id: String,
}
impl CreateMeetingRoomControlPanelRequest {
    /// A `CreateMeetingRoomControlPanelRequest` with its required fields (`roomConfig`, `roomId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: CreateMeetingRoomControlPanelRequired) -> Self {
        let CreateMeetingRoomControlPanelRequired { room_config, room_id, union_id } = required;
        Self {
            extra: None,
            room_config,
            room_id,
            status: None,
            union_id,
        }
    }
    /// Sets `extra`.
    pub fn extra(mut self, value: CreateMeetingRoomControlPanelRequestExtra) -> Self {
        self.extra = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateMeetingRoomControlPanelRequest { "extra" => optional(extra), "roomConfig" =>
    field(room_config), "roomId" => field(room_id), "status" => optional(status),
    "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateMeetingRoomControlPanelRequest { "extra" => read_field(extra), "roomConfig" =>
    read_field(room_config), "roomId" => read_field(room_id), "status" =>
    read_field(status), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for CreateMeetingRoomControlPanelRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_meeting_room_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateMeetingRoomGroupRequest {
    /// `groupName`.
    pub group_name: Option<String>,
    /// `parentGroupId`.
    pub parent_group_id: i64,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`CreateMeetingRoomGroupRequest`], each named where it is set: `CreateMeetingRoomGroupRequest::new(CreateMeetingRoomGroupRequired { .. })`.
pub struct CreateMeetingRoomGroupRequired {
    /// `parentGroupId`: see [`CreateMeetingRoomGroupRequest::parent_group_id`].
    pub parent_group_id: i64,
    /// `unionId`: see [`CreateMeetingRoomGroupRequest::union_id`].
    pub union_id: String,
}
impl CreateMeetingRoomGroupRequest {
    /// A `CreateMeetingRoomGroupRequest` with its required fields (`parentGroupId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: CreateMeetingRoomGroupRequired) -> Self {
        let CreateMeetingRoomGroupRequired { parent_group_id, union_id } = required;
        Self {
            group_name: None,
            parent_group_id,
            union_id,
        }
    }
    /// Sets `groupName`.
    pub fn group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateMeetingRoomGroupRequest { "groupName" => optional(group_name), "parentGroupId"
    => field(parent_group_id), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateMeetingRoomGroupRequest { "groupName" => read_field(group_name),
    "parentGroupId" => read_field(parent_group_id), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for CreateMeetingRoomGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_booking_blacklist`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteBookingBlacklistRequest {
    /// `blacklistUnionIds`.
    pub blacklist_union_ids: Option<Vec<String>>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl DeleteBookingBlacklistRequest {
    /// An empty `DeleteBookingBlacklistRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `blacklistUnionIds`.
    pub fn blacklist_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.blacklist_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeleteBookingBlacklistRequest { "blacklistUnionIds" => optional(blacklist_union_ids),
    "unionId" => optional(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteBookingBlacklistRequest { "blacklistUnionIds" =>
    read_field(blacklist_union_ids), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for DeleteBookingBlacklistRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_device_custom_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteDeviceCustomTemplateRequest {
    /// `templateId`.
    pub template_id: i64,
}
/// The required fields of [`DeleteDeviceCustomTemplateRequest`], each named where it is set: `DeleteDeviceCustomTemplateRequest::new(DeleteDeviceCustomTemplateRequired { .. })`.
pub struct DeleteDeviceCustomTemplateRequired {
    /// `templateId`: see [`DeleteDeviceCustomTemplateRequest::template_id`].
    pub template_id: i64,
}
impl DeleteDeviceCustomTemplateRequest {
    /// A `DeleteDeviceCustomTemplateRequest` with its required fields (`templateId`); set the others with the methods named after them.
    pub fn new(required: DeleteDeviceCustomTemplateRequired) -> Self {
        let DeleteDeviceCustomTemplateRequired { template_id } = required;
        Self { template_id }
    }
}
rt::impl_serialize! {
    DeleteDeviceCustomTemplateRequest { "templateId" => field(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteDeviceCustomTemplateRequest { "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for DeleteDeviceCustomTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_meeting_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteMeetingRoomRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`DeleteMeetingRoomRequest`], each named where it is set: `DeleteMeetingRoomRequest::new(DeleteMeetingRoomRequired { .. })`.
pub struct DeleteMeetingRoomRequired {
    /// `unionId`: see [`DeleteMeetingRoomRequest::union_id`].
    pub union_id: String,
}
impl DeleteMeetingRoomRequest {
    /// A `DeleteMeetingRoomRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: DeleteMeetingRoomRequired) -> Self {
        let DeleteMeetingRoomRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteMeetingRoomRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for DeleteMeetingRoomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::delete_meeting_room_control_panel`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteMeetingRoomControlPanelRequest {
    /// `roomIds`.
    pub room_ids: Vec<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`DeleteMeetingRoomControlPanelRequest`], each named where it is set: `DeleteMeetingRoomControlPanelRequest::new(DeleteMeetingRoomControlPanelRequired { .. })`.
pub struct DeleteMeetingRoomControlPanelRequired {
    /// `roomIds`: see [`DeleteMeetingRoomControlPanelRequest::room_ids`].
    pub room_ids: Vec<String>,
    /// `unionId`: see [`DeleteMeetingRoomControlPanelRequest::union_id`].
    pub union_id: String,
}
impl DeleteMeetingRoomControlPanelRequest {
    /// A `DeleteMeetingRoomControlPanelRequest` with its required fields (`roomIds`, `unionId`); set the others with the methods named after them.
    pub fn new(required: DeleteMeetingRoomControlPanelRequired) -> Self {
        let DeleteMeetingRoomControlPanelRequired { room_ids, union_id } = required;
        Self { room_ids, union_id }
    }
}
rt::impl_serialize! {
    DeleteMeetingRoomControlPanelRequest { "roomIds" => field(room_ids), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteMeetingRoomControlPanelRequest { "roomIds" => read_field(room_ids), "unionId"
    => read_field(union_id) }
}
impl rt::WriteRequest for DeleteMeetingRoomControlPanelRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_meeting_room_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteMeetingRoomGroupRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`DeleteMeetingRoomGroupRequest`], each named where it is set: `DeleteMeetingRoomGroupRequest::new(DeleteMeetingRoomGroupRequired { .. })`.
pub struct DeleteMeetingRoomGroupRequired {
    /// `unionId`: see [`DeleteMeetingRoomGroupRequest::union_id`].
    pub union_id: String,
}
impl DeleteMeetingRoomGroupRequest {
    /// A `DeleteMeetingRoomGroupRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: DeleteMeetingRoomGroupRequired) -> Self {
        let DeleteMeetingRoomGroupRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteMeetingRoomGroupRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for DeleteMeetingRoomGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_device_ip_by_code`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDeviceIpByCodeRequest {
    /// `deviceSn`: a query parameter.
    pub device_sn: Option<String>,
}
impl QueryDeviceIpByCodeRequest {
    /// An empty `QueryDeviceIpByCodeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deviceSn`.
    pub fn device_sn(mut self, value: impl Into<String>) -> Self {
        self.device_sn = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDeviceIpByCodeRequest { "deviceSn" => read_field(device_sn) }
}
impl rt::WriteRequest for QueryDeviceIpByCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deviceSn", &self.device_sn);
    }
}
/// The request of [`Api::query_device_properties`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryDevicePropertiesRequest {
    /// `deviceId`: a query parameter.
    pub device_id: Option<String>,
    /// `deviceUnionId`: a query parameter.
    pub device_union_id: Option<String>,
    /// `operatorUnionId`: a query parameter.
    pub operator_union_id: String,
    /// `propertyNames`.
    pub property_names: Option<Vec<String>>,
}
/// The required fields of [`QueryDevicePropertiesRequest`], each named where it is set: `QueryDevicePropertiesRequest::new(QueryDevicePropertiesRequired { .. })`.
pub struct QueryDevicePropertiesRequired {
    /// `operatorUnionId`: see [`QueryDevicePropertiesRequest::operator_union_id`].
    pub operator_union_id: String,
}
impl QueryDevicePropertiesRequest {
    /// A `QueryDevicePropertiesRequest` with its required fields (`operatorUnionId`); set the others with the methods named after them.
    pub fn new(required: QueryDevicePropertiesRequired) -> Self {
        let QueryDevicePropertiesRequired { operator_union_id } = required;
        Self {
            device_id: None,
            device_union_id: None,
            operator_union_id,
            property_names: None,
        }
    }
    /// Sets `deviceId`.
    pub fn device_id(mut self, value: impl Into<String>) -> Self {
        self.device_id = Some(value.into());
        self
    }
    /// Sets `deviceUnionId`.
    pub fn device_union_id(mut self, value: impl Into<String>) -> Self {
        self.device_union_id = Some(value.into());
        self
    }
    /// Sets `propertyNames`.
    pub fn property_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.property_names = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    QueryDevicePropertiesRequest { "propertyNames" => optional(property_names) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDevicePropertiesRequest { "deviceId" => read_field(device_id), "deviceUnionId"
    => read_field(device_union_id), "operatorUnionId" => read_field(operator_union_id),
    "propertyNames" => read_field(property_names) }
}
impl rt::WriteRequest for QueryDevicePropertiesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deviceId", &self.device_id);
        writer.query("deviceUnionId", &self.device_union_id);
        writer.query("operatorUnionId", &self.operator_union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::query_meeting_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMeetingRoomRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryMeetingRoomRequest`], each named where it is set: `QueryMeetingRoomRequest::new(QueryMeetingRoomRequired { .. })`.
pub struct QueryMeetingRoomRequired {
    /// `unionId`: see [`QueryMeetingRoomRequest::union_id`].
    pub union_id: String,
}
impl QueryMeetingRoomRequest {
    /// A `QueryMeetingRoomRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMeetingRoomRequired) -> Self {
        let QueryMeetingRoomRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMeetingRoomRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryMeetingRoomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_meeting_room_control_panel_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomControlPanelListRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
    /// `roomId`: a query parameter.
    pub room_id: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
}
impl QueryMeetingRoomControlPanelListRequest {
    /// An empty `QueryMeetingRoomControlPanelListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `roomId`.
    pub fn room_id(mut self, value: impl Into<String>) -> Self {
        self.room_id = Some(value.into());
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
    QueryMeetingRoomControlPanelListRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "roomId" => read_field(room_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryMeetingRoomControlPanelListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("roomId", &self.room_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_meeting_room_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMeetingRoomDeviceRequest {
    /// `deviceId`: a query parameter.
    pub device_id: Option<String>,
    /// `deviceUnionId`: a query parameter.
    pub device_union_id: Option<String>,
    /// `operatorUnionId`: a query parameter.
    pub operator_union_id: String,
}
/// The required fields of [`QueryMeetingRoomDeviceRequest`], each named where it is set: `QueryMeetingRoomDeviceRequest::new(QueryMeetingRoomDeviceRequired { .. })`.
pub struct QueryMeetingRoomDeviceRequired {
    /// `operatorUnionId`: see [`QueryMeetingRoomDeviceRequest::operator_union_id`].
    pub operator_union_id: String,
}
impl QueryMeetingRoomDeviceRequest {
    /// A `QueryMeetingRoomDeviceRequest` with its required fields (`operatorUnionId`); set the others with the methods named after them.
    pub fn new(required: QueryMeetingRoomDeviceRequired) -> Self {
        let QueryMeetingRoomDeviceRequired { operator_union_id } = required;
        Self {
            device_id: None,
            device_union_id: None,
            operator_union_id,
        }
    }
    /// Sets `deviceId`.
    pub fn device_id(mut self, value: impl Into<String>) -> Self {
        self.device_id = Some(value.into());
        self
    }
    /// Sets `deviceUnionId`.
    pub fn device_union_id(mut self, value: impl Into<String>) -> Self {
        self.device_union_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMeetingRoomDeviceRequest { "deviceId" => read_field(device_id), "deviceUnionId"
    => read_field(device_union_id), "operatorUnionId" => read_field(operator_union_id) }
}
impl rt::WriteRequest for QueryMeetingRoomDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deviceId", &self.device_id);
        writer.query("deviceUnionId", &self.device_union_id);
        writer.query("operatorUnionId", &self.operator_union_id);
    }
}
/// The request of [`Api::query_meeting_room_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMeetingRoomGroupRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryMeetingRoomGroupRequest`], each named where it is set: `QueryMeetingRoomGroupRequest::new(QueryMeetingRoomGroupRequired { .. })`.
pub struct QueryMeetingRoomGroupRequired {
    /// `unionId`: see [`QueryMeetingRoomGroupRequest::union_id`].
    pub union_id: String,
}
impl QueryMeetingRoomGroupRequest {
    /// A `QueryMeetingRoomGroupRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMeetingRoomGroupRequired) -> Self {
        let QueryMeetingRoomGroupRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMeetingRoomGroupRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryMeetingRoomGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_meeting_room_group_admin`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomGroupAdminRequest {
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
}
impl QueryMeetingRoomGroupAdminRequest {
    /// An empty `QueryMeetingRoomGroupAdminRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMeetingRoomGroupAdminRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryMeetingRoomGroupAdminRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_meeting_room_group_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMeetingRoomGroupListRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryMeetingRoomGroupListRequest`], each named where it is set: `QueryMeetingRoomGroupListRequest::new(QueryMeetingRoomGroupListRequired { .. })`.
pub struct QueryMeetingRoomGroupListRequired {
    /// `unionId`: see [`QueryMeetingRoomGroupListRequest::union_id`].
    pub union_id: String,
}
impl QueryMeetingRoomGroupListRequest {
    /// A `QueryMeetingRoomGroupListRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMeetingRoomGroupListRequired) -> Self {
        let QueryMeetingRoomGroupListRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMeetingRoomGroupListRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryMeetingRoomGroupListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_meeting_room_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMeetingRoomListRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryMeetingRoomListRequest`], each named where it is set: `QueryMeetingRoomListRequest::new(QueryMeetingRoomListRequired { .. })`.
pub struct QueryMeetingRoomListRequired {
    /// `unionId`: see [`QueryMeetingRoomListRequest::union_id`].
    pub union_id: String,
}
impl QueryMeetingRoomListRequest {
    /// A `QueryMeetingRoomListRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryMeetingRoomListRequired) -> Self {
        let QueryMeetingRoomListRequired { union_id } = required;
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
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMeetingRoomListRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryMeetingRoomListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::remove_super_user_meeting_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemoveSuperUserMeetingRoomRequest {
    /// `roomId`: a query parameter.
    pub room_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`RemoveSuperUserMeetingRoomRequest`], each named where it is set: `RemoveSuperUserMeetingRoomRequest::new(RemoveSuperUserMeetingRoomRequired { .. })`.
pub struct RemoveSuperUserMeetingRoomRequired {
    /// `roomId`: see [`RemoveSuperUserMeetingRoomRequest::room_id`].
    pub room_id: String,
    /// `unionId`: see [`RemoveSuperUserMeetingRoomRequest::union_id`].
    pub union_id: String,
}
impl RemoveSuperUserMeetingRoomRequest {
    /// A `RemoveSuperUserMeetingRoomRequest` with its required fields (`roomId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: RemoveSuperUserMeetingRoomRequired) -> Self {
        let RemoveSuperUserMeetingRoomRequired { room_id, union_id } = required;
        Self { room_id, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveSuperUserMeetingRoomRequest { "roomId" => read_field(room_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for RemoveSuperUserMeetingRoomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("roomId", &self.room_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::send_central_control`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendCentralControlRequest {
    /// `controlBody`.
    pub control_body: Option<String>,
    /// `roomId`.
    pub room_id: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl SendCentralControlRequest {
    /// An empty `SendCentralControlRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `controlBody`.
    pub fn control_body(mut self, value: impl Into<String>) -> Self {
        self.control_body = Some(value.into());
        self
    }
    /// Sets `roomId`.
    pub fn room_id(mut self, value: impl Into<String>) -> Self {
        self.room_id = Some(value.into());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendCentralControlRequest { "controlBody" => optional(control_body), "roomId" =>
    optional(room_id), "unionId" => optional(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendCentralControlRequest { "controlBody" => read_field(control_body), "roomId" =>
    read_field(room_id), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for SendCentralControlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_super_user_meeting_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetSuperUserMeetingRoomRequest {
    /// `deptIdWhiteList`.
    pub dept_id_white_list: Option<Vec<i64>>,
    /// `roomId`.
    pub room_id: String,
    /// `unionId`.
    pub union_id: String,
    /// `userIdWhiteList`.
    pub user_id_white_list: Option<Vec<String>>,
}
/// The required fields of [`SetSuperUserMeetingRoomRequest`], each named where it is set: `SetSuperUserMeetingRoomRequest::new(SetSuperUserMeetingRoomRequired { .. })`.
pub struct SetSuperUserMeetingRoomRequired {
    /// `roomId`: see [`SetSuperUserMeetingRoomRequest::room_id`].
    pub room_id: String,
    /// `unionId`: see [`SetSuperUserMeetingRoomRequest::union_id`].
    pub union_id: String,
}
impl SetSuperUserMeetingRoomRequest {
    /// A `SetSuperUserMeetingRoomRequest` with its required fields (`roomId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: SetSuperUserMeetingRoomRequired) -> Self {
        let SetSuperUserMeetingRoomRequired { room_id, union_id } = required;
        Self {
            dept_id_white_list: None,
            room_id,
            union_id,
            user_id_white_list: None,
        }
    }
    /// Sets `deptIdWhiteList`.
    pub fn dept_id_white_list(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dept_id_white_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `userIdWhiteList`.
    pub fn user_id_white_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_id_white_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    SetSuperUserMeetingRoomRequest { "deptIdWhiteList" => optional(dept_id_white_list),
    "roomId" => field(room_id), "unionId" => field(union_id), "userIdWhiteList" =>
    optional(user_id_white_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetSuperUserMeetingRoomRequest { "deptIdWhiteList" => read_field(dept_id_white_list),
    "roomId" => read_field(room_id), "unionId" => read_field(union_id), "userIdWhiteList"
    => read_field(user_id_white_list) }
}
impl rt::WriteRequest for SetSuperUserMeetingRoomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_device_custom_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateDeviceCustomTemplateRequest {
    /// `bgImgList`.
    pub bg_img_list: Option<Vec<String>>,
    /// `bgType`.
    pub bg_type: Option<i64>,
    /// `bgUrl`.
    pub bg_url: Option<String>,
    /// `customDoc`.
    pub custom_doc: Option<String>,
    /// `desensitizeUserName`.
    pub desensitize_user_name: Option<bool>,
    /// `deviceUnionIds`.
    pub device_union_ids: Option<Vec<String>>,
    /// `groupIds`.
    pub group_ids: Option<Vec<i64>>,
    /// `hideServerCodeWhenProjecting`.
    pub hide_server_code_when_projecting: Option<bool>,
    /// `instruction`.
    pub instruction: Option<bool>,
    /// `isPicTop`.
    pub is_pic_top: Option<i64>,
    /// `logo`.
    pub logo: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `picturePlayInterval`.
    pub picture_play_interval: Option<i64>,
    /// `roomIds`.
    pub room_ids: Option<Vec<String>>,
    /// `showCalendarCard`.
    pub show_calendar_card: Option<bool>,
    /// `showCalendarTitle`.
    pub show_calendar_title: Option<bool>,
    /// `showFunctionCard`.
    pub show_function_card: Option<bool>,
    /// `templateId`.
    pub template_id: i64,
    /// `templateName`.
    pub template_name: String,
}
/// The required fields of [`UpdateDeviceCustomTemplateRequest`], each named where it is set: `UpdateDeviceCustomTemplateRequest::new(UpdateDeviceCustomTemplateRequired { .. })`.
pub struct UpdateDeviceCustomTemplateRequired {
    /// `templateId`: see [`UpdateDeviceCustomTemplateRequest::template_id`].
    pub template_id: i64,
    /// `templateName`: see [`UpdateDeviceCustomTemplateRequest::template_name`].
    pub template_name: String,
}
impl UpdateDeviceCustomTemplateRequest {
    /// A `UpdateDeviceCustomTemplateRequest` with its required fields (`templateId`, `templateName`); set the others with the methods named after them.
    pub fn new(required: UpdateDeviceCustomTemplateRequired) -> Self {
        let UpdateDeviceCustomTemplateRequired { template_id, template_name } = required;
        Self {
            bg_img_list: None,
            bg_type: None,
            bg_url: None,
            custom_doc: None,
            desensitize_user_name: None,
            device_union_ids: None,
            group_ids: None,
            hide_server_code_when_projecting: None,
            instruction: None,
            is_pic_top: None,
            logo: None,
            org_name: None,
            picture_play_interval: None,
            room_ids: None,
            show_calendar_card: None,
            show_calendar_title: None,
            show_function_card: None,
            template_id,
            template_name,
        }
    }
    /// Sets `bgImgList`.
    pub fn bg_img_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.bg_img_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `bgType`.
    pub fn bg_type(mut self, value: i64) -> Self {
        self.bg_type = Some(value);
        self
    }
    /// Sets `bgUrl`.
    pub fn bg_url(mut self, value: impl Into<String>) -> Self {
        self.bg_url = Some(value.into());
        self
    }
    /// Sets `customDoc`.
    pub fn custom_doc(mut self, value: impl Into<String>) -> Self {
        self.custom_doc = Some(value.into());
        self
    }
    /// Sets `desensitizeUserName`.
    pub fn desensitize_user_name(mut self, value: bool) -> Self {
        self.desensitize_user_name = Some(value);
        self
    }
    /// Sets `deviceUnionIds`.
    pub fn device_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `groupIds`.
    pub fn group_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.group_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `hideServerCodeWhenProjecting`.
    pub fn hide_server_code_when_projecting(mut self, value: bool) -> Self {
        self.hide_server_code_when_projecting = Some(value);
        self
    }
    /// Sets `instruction`.
    pub fn instruction(mut self, value: bool) -> Self {
        self.instruction = Some(value);
        self
    }
    /// Sets `isPicTop`.
    pub fn is_pic_top(mut self, value: i64) -> Self {
        self.is_pic_top = Some(value);
        self
    }
    /// Sets `logo`.
    pub fn logo(mut self, value: impl Into<String>) -> Self {
        self.logo = Some(value.into());
        self
    }
    /// Sets `orgName`.
    pub fn org_name(mut self, value: impl Into<String>) -> Self {
        self.org_name = Some(value.into());
        self
    }
    /// Sets `picturePlayInterval`.
    pub fn picture_play_interval(mut self, value: i64) -> Self {
        self.picture_play_interval = Some(value);
        self
    }
    /// Sets `roomIds`.
    pub fn room_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.room_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `showCalendarCard`.
    pub fn show_calendar_card(mut self, value: bool) -> Self {
        self.show_calendar_card = Some(value);
        self
    }
    /// Sets `showCalendarTitle`.
    pub fn show_calendar_title(mut self, value: bool) -> Self {
        self.show_calendar_title = Some(value);
        self
    }
    /// Sets `showFunctionCard`.
    pub fn show_function_card(mut self, value: bool) -> Self {
        self.show_function_card = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateDeviceCustomTemplateRequest { "bgImgList" => optional(bg_img_list), "bgType" =>
    optional(bg_type), "bgUrl" => optional(bg_url), "customDoc" => optional(custom_doc),
    "desensitizeUserName" => optional(desensitize_user_name), "deviceUnionIds" =>
    optional(device_union_ids), "groupIds" => optional(group_ids),
    "hideServerCodeWhenProjecting" => optional(hide_server_code_when_projecting),
    "instruction" => optional(instruction), "isPicTop" => optional(is_pic_top), "logo" =>
    optional(logo), "orgName" => optional(org_name), "picturePlayInterval" =>
    optional(picture_play_interval), "roomIds" => optional(room_ids), "showCalendarCard"
    => optional(show_calendar_card), "showCalendarTitle" =>
    optional(show_calendar_title), "showFunctionCard" => optional(show_function_card),
    "templateId" => field(template_id), "templateName" => field(template_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateDeviceCustomTemplateRequest { "bgImgList" => read_field(bg_img_list), "bgType"
    => read_field(bg_type), "bgUrl" => read_field(bg_url), "customDoc" =>
    read_field(custom_doc), "desensitizeUserName" => read_field(desensitize_user_name),
    "deviceUnionIds" => read_field(device_union_ids), "groupIds" =>
    read_field(group_ids), "hideServerCodeWhenProjecting" =>
    read_field(hide_server_code_when_projecting), "instruction" =>
    read_field(instruction), "isPicTop" => read_field(is_pic_top), "logo" =>
    read_field(logo), "orgName" => read_field(org_name), "picturePlayInterval" =>
    read_field(picture_play_interval), "roomIds" => read_field(room_ids),
    "showCalendarCard" => read_field(show_calendar_card), "showCalendarTitle" =>
    read_field(show_calendar_title), "showFunctionCard" =>
    read_field(show_function_card), "templateId" => read_field(template_id),
    "templateName" => read_field(template_name) }
}
impl rt::WriteRequest for UpdateDeviceCustomTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_meeting_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateMeetingRoomRequest {
    /// `enableCycleReservation`.
    pub enable_cycle_reservation: Option<bool>,
    /// `groupId`.
    pub group_id: Option<i64>,
    /// `isvRoomId`.
    pub isv_room_id: Option<String>,
    /// `openReservation`.
    pub open_reservation: Option<bool>,
    /// `reservationAuthority`.
    pub reservation_authority: Option<UpdateMeetingRoomRequestReservationAuthority>,
    /// `roomCapacity`.
    pub room_capacity: Option<i64>,
    /// `roomDescription`.
    pub room_description: Option<String>,
    /// `roomId`.
    pub room_id: String,
    /// `roomLabelIds`.
    pub room_label_ids: Option<Vec<i64>>,
    /// `roomLocation`.
    pub room_location: Option<UpdateMeetingRoomRequestRoomLocation>,
    /// `roomName`.
    pub room_name: Option<String>,
    /// `roomPicture`.
    pub room_picture: Option<String>,
    /// `roomStatus`.
    pub room_status: Option<i64>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`UpdateMeetingRoomRequest`], each named where it is set: `UpdateMeetingRoomRequest::new(UpdateMeetingRoomRequired { .. })`.
pub struct UpdateMeetingRoomRequired {
    /// `roomId`: see [`UpdateMeetingRoomRequest::room_id`].
    pub room_id: String,
    /// `unionId`: see [`UpdateMeetingRoomRequest::union_id`].
    pub union_id: String,
}
impl UpdateMeetingRoomRequest {
    /// A `UpdateMeetingRoomRequest` with its required fields (`roomId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: UpdateMeetingRoomRequired) -> Self {
        let UpdateMeetingRoomRequired { room_id, union_id } = required;
        Self {
            enable_cycle_reservation: None,
            group_id: None,
            isv_room_id: None,
            open_reservation: None,
            reservation_authority: None,
            room_capacity: None,
            room_description: None,
            room_id,
            room_label_ids: None,
            room_location: None,
            room_name: None,
            room_picture: None,
            room_status: None,
            union_id,
        }
    }
    /// Sets `enableCycleReservation`.
    pub fn enable_cycle_reservation(mut self, value: bool) -> Self {
        self.enable_cycle_reservation = Some(value);
        self
    }
    /// Sets `groupId`.
    pub fn group_id(mut self, value: i64) -> Self {
        self.group_id = Some(value);
        self
    }
    /// Sets `isvRoomId`.
    pub fn isv_room_id(mut self, value: impl Into<String>) -> Self {
        self.isv_room_id = Some(value.into());
        self
    }
    /// Sets `openReservation`.
    pub fn open_reservation(mut self, value: bool) -> Self {
        self.open_reservation = Some(value);
        self
    }
    /// Sets `reservationAuthority`.
    pub fn reservation_authority(
        mut self,
        value: UpdateMeetingRoomRequestReservationAuthority,
    ) -> Self {
        self.reservation_authority = Some(value);
        self
    }
    /// Sets `roomCapacity`.
    pub fn room_capacity(mut self, value: i64) -> Self {
        self.room_capacity = Some(value);
        self
    }
    /// Sets `roomDescription`.
    pub fn room_description(mut self, value: impl Into<String>) -> Self {
        self.room_description = Some(value.into());
        self
    }
    /// Sets `roomLabelIds`.
    pub fn room_label_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.room_label_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `roomLocation`.
    pub fn room_location(mut self, value: UpdateMeetingRoomRequestRoomLocation) -> Self {
        self.room_location = Some(value);
        self
    }
    /// Sets `roomName`.
    pub fn room_name(mut self, value: impl Into<String>) -> Self {
        self.room_name = Some(value.into());
        self
    }
    /// Sets `roomPicture`.
    pub fn room_picture(mut self, value: impl Into<String>) -> Self {
        self.room_picture = Some(value.into());
        self
    }
    /// Sets `roomStatus`.
    pub fn room_status(mut self, value: i64) -> Self {
        self.room_status = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateMeetingRoomRequest { "enableCycleReservation" =>
    optional(enable_cycle_reservation), "groupId" => optional(group_id), "isvRoomId" =>
    optional(isv_room_id), "openReservation" => optional(open_reservation),
    "reservationAuthority" => optional(reservation_authority), "roomCapacity" =>
    optional(room_capacity), "roomDescription" => optional(room_description), "roomId" =>
    field(room_id), "roomLabelIds" => optional(room_label_ids), "roomLocation" =>
    optional(room_location), "roomName" => optional(room_name), "roomPicture" =>
    optional(room_picture), "roomStatus" => optional(room_status), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateMeetingRoomRequest { "enableCycleReservation" =>
    read_field(enable_cycle_reservation), "groupId" => read_field(group_id), "isvRoomId"
    => read_field(isv_room_id), "openReservation" => read_field(open_reservation),
    "reservationAuthority" => read_field(reservation_authority), "roomCapacity" =>
    read_field(room_capacity), "roomDescription" => read_field(room_description),
    "roomId" => read_field(room_id), "roomLabelIds" => read_field(room_label_ids),
    "roomLocation" => read_field(room_location), "roomName" => read_field(room_name),
    "roomPicture" => read_field(room_picture), "roomStatus" => read_field(room_status),
    "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for UpdateMeetingRoomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_meeting_room_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateMeetingRoomGroupRequest {
    /// `groupId`.
    pub group_id: i64,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`UpdateMeetingRoomGroupRequest`], each named where it is set: `UpdateMeetingRoomGroupRequest::new(UpdateMeetingRoomGroupRequired { .. })`.
pub struct UpdateMeetingRoomGroupRequired {
    /// `groupId`: see [`UpdateMeetingRoomGroupRequest::group_id`].
    pub group_id: i64,
    /// `unionId`: see [`UpdateMeetingRoomGroupRequest::union_id`].
    pub union_id: String,
}
impl UpdateMeetingRoomGroupRequest {
    /// A `UpdateMeetingRoomGroupRequest` with its required fields (`groupId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: UpdateMeetingRoomGroupRequired) -> Self {
        let UpdateMeetingRoomGroupRequired { group_id, union_id } = required;
        Self {
            group_id,
            group_name: None,
            union_id,
        }
    }
    /// Sets `groupName`.
    pub fn group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateMeetingRoomGroupRequest { "groupId" => field(group_id), "groupName" =>
    optional(group_name), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateMeetingRoomGroupRequest { "groupId" => read_field(group_id), "groupName" =>
    read_field(group_name), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for UpdateMeetingRoomGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::create_booking_blacklist`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateBookingBlacklistError = rt::ServiceError;
/// An error reply of [`Api::create_device_custom_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateDeviceCustomTemplateError = rt::ServiceError;
/// An error reply of [`Api::create_meeting_room`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateMeetingRoomError = rt::ServiceError;
/// An error reply of [`Api::create_meeting_room_control_panel`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateMeetingRoomControlPanelError = rt::ServiceError;
/// An error reply of [`Api::create_meeting_room_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateMeetingRoomGroupError = rt::ServiceError;
/// An error reply of [`Api::delete_booking_blacklist`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteBookingBlacklistError = rt::ServiceError;
/// An error reply of [`Api::delete_device_custom_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteDeviceCustomTemplateError = rt::ServiceError;
/// An error reply of [`Api::delete_meeting_room`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteMeetingRoomError = rt::ServiceError;
/// An error reply of [`Api::delete_meeting_room_control_panel`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteMeetingRoomControlPanelError = rt::ServiceError;
/// An error reply of [`Api::delete_meeting_room_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteMeetingRoomGroupError = rt::ServiceError;
/// An error reply of [`Api::query_device_custom_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDeviceCustomTemplateError = rt::ServiceError;
/// An error reply of [`Api::query_device_custom_template_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDeviceCustomTemplateListError = rt::ServiceError;
/// An error reply of [`Api::query_device_ip_by_code`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDeviceIpByCodeError = rt::ServiceError;
/// An error reply of [`Api::query_device_properties`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDevicePropertiesError = rt::ServiceError;
/// An error reply of [`Api::query_meeting_room`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMeetingRoomError = rt::ServiceError;
/// An error reply of [`Api::query_meeting_room_control_panel_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMeetingRoomControlPanelListError = rt::ServiceError;
/// An error reply of [`Api::query_meeting_room_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMeetingRoomDeviceError = rt::ServiceError;
/// An error reply of [`Api::query_meeting_room_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMeetingRoomGroupError = rt::ServiceError;
/// An error reply of [`Api::query_meeting_room_group_admin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMeetingRoomGroupAdminError = rt::ServiceError;
/// An error reply of [`Api::query_meeting_room_group_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMeetingRoomGroupListError = rt::ServiceError;
/// An error reply of [`Api::query_meeting_room_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMeetingRoomListError = rt::ServiceError;
/// An error reply of [`Api::remove_super_user_meeting_room`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveSuperUserMeetingRoomError = rt::ServiceError;
/// An error reply of [`Api::send_central_control`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendCentralControlError = rt::ServiceError;
/// An error reply of [`Api::set_super_user_meeting_room`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetSuperUserMeetingRoomError = rt::ServiceError;
/// An error reply of [`Api::update_device_custom_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateDeviceCustomTemplateError = rt::ServiceError;
/// An error reply of [`Api::update_meeting_room`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateMeetingRoomError = rt::ServiceError;
/// An error reply of [`Api::update_meeting_room_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateMeetingRoomGroupError = rt::ServiceError;
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
        "CreateBookingBlacklist" => {
            rt::conformance::reply(api.create_booking_blacklist(&inputs.request(true)?))
                .await
        }
        "CreateDeviceCustomTemplate" => {
            rt::conformance::reply(
                    api.create_device_custom_template(&inputs.request(true)?),
                )
                .await
        }
        "CreateMeetingRoom" => {
            rt::conformance::reply(api.create_meeting_room(&inputs.request(true)?)).await
        }
        "CreateMeetingRoomControlPanel" => {
            rt::conformance::reply(
                    api.create_meeting_room_control_panel(&inputs.request(true)?),
                )
                .await
        }
        "CreateMeetingRoomGroup" => {
            rt::conformance::reply(api.create_meeting_room_group(&inputs.request(true)?))
                .await
        }
        "DeleteBookingBlacklist" => {
            rt::conformance::reply(api.delete_booking_blacklist(&inputs.request(true)?))
                .await
        }
        "DeleteDeviceCustomTemplate" => {
            rt::conformance::reply(
                    api.delete_device_custom_template(&inputs.request(true)?),
                )
                .await
        }
        "DeleteMeetingRoom" => {
            rt::conformance::reply(
                    api
                        .delete_meeting_room(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteMeetingRoomControlPanel" => {
            rt::conformance::reply(
                    api.delete_meeting_room_control_panel(&inputs.request(true)?),
                )
                .await
        }
        "DeleteMeetingRoomGroup" => {
            rt::conformance::reply(
                    api
                        .delete_meeting_room_group(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryDeviceCustomTemplate" => {
            rt::conformance::reply(
                    api.query_device_custom_template(inputs.path(0usize)?),
                )
                .await
        }
        "QueryDeviceCustomTemplateList" => {
            rt::conformance::reply(api.query_device_custom_template_list()).await
        }
        "QueryDeviceIpByCode" => {
            rt::conformance::reply(
                    api
                        .query_device_ip_by_code(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryDeviceProperties" => {
            rt::conformance::reply(api.query_device_properties(&inputs.request(true)?))
                .await
        }
        "QueryMeetingRoom" => {
            rt::conformance::reply(
                    api.query_meeting_room(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "QueryMeetingRoomControlPanelList" => {
            rt::conformance::reply(
                    api.query_meeting_room_control_panel_list(&inputs.request(false)?),
                )
                .await
        }
        "QueryMeetingRoomDevice" => {
            rt::conformance::reply(
                    api.query_meeting_room_device(&inputs.request(false)?),
                )
                .await
        }
        "QueryMeetingRoomGroup" => {
            rt::conformance::reply(
                    api
                        .query_meeting_room_group(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryMeetingRoomGroupAdmin" => {
            rt::conformance::reply(
                    api
                        .query_meeting_room_group_admin(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryMeetingRoomGroupList" => {
            rt::conformance::reply(
                    api.query_meeting_room_group_list(&inputs.request(false)?),
                )
                .await
        }
        "QueryMeetingRoomList" => {
            rt::conformance::reply(api.query_meeting_room_list(&inputs.request(false)?))
                .await
        }
        "RemoveSuperUserMeetingRoom" => {
            rt::conformance::reply(
                    api.remove_super_user_meeting_room(&inputs.request(false)?),
                )
                .await
        }
        "SendCentralControl" => {
            rt::conformance::reply(api.send_central_control(&inputs.request(true)?))
                .await
        }
        "SetSuperUserMeetingRoom" => {
            rt::conformance::reply(
                    api.set_super_user_meeting_room(&inputs.request(true)?),
                )
                .await
        }
        "UpdateDeviceCustomTemplate" => {
            rt::conformance::reply(
                    api.update_device_custom_template(&inputs.request(true)?),
                )
                .await
        }
        "UpdateMeetingRoom" => {
            rt::conformance::reply(api.update_meeting_room(&inputs.request(true)?)).await
        }
        "UpdateMeetingRoomGroup" => {
            rt::conformance::reply(api.update_meeting_room_group(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
