// @generated from api-spec/rooms_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.rooms_1_0()`. Generated from `api-spec/rooms_1_0.yaml`.
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
    /// `POST /v1.0/rooms/bookings/blacklist` (operation `CreateBookingBlacklist`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateBookingBlacklistError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/rooms/devices/screens/templates` (operation `CreateDeviceCustomTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateDeviceCustomTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/rooms/meetingrooms` (operation `CreateMeetingRoom`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateMeetingRoomError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/rooms/panels` (operation `CreateMeetingRoomControlPanel`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateMeetingRoomControlPanelError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/rooms/groups` (operation `CreateMeetingRoomGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateMeetingRoomGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/rooms/bookings/blacklist/remove` (operation `DeleteBookingBlacklist`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteBookingBlacklistError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/rooms/devices/screens/templates/remove` (operation `DeleteDeviceCustomTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteDeviceCustomTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/rooms/meetingRooms/{room_id}` (operation `DeleteMeetingRoom`).
    ///
    /// # Path parameters
    ///
    /// - `room_id` (`room_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteMeetingRoomError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_meeting_room(
        &self,
        room_id: &str,
        request: &DeleteMeetingRoomRequest,
    ) -> rt::Call<DeleteMeetingRoomResponseBody, DeleteMeetingRoomError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteMeetingRoom",
            rt::Method::Delete,
            "/v1.0/rooms/meetingRooms/{room_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[room_id], request)
    }
    /// 删除会议室配置
    ///
    /// `POST /v1.0/rooms/panels/remove` (operation `DeleteMeetingRoomControlPanel`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteMeetingRoomControlPanelError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/rooms/groups/{group_id}` (operation `DeleteMeetingRoomGroup`).
    ///
    /// # Path parameters
    ///
    /// - `group_id` (`group_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteMeetingRoomGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_meeting_room_group(
        &self,
        group_id: &str,
        request: &DeleteMeetingRoomGroupRequest,
    ) -> rt::Call<DeleteMeetingRoomGroupResponseBody, DeleteMeetingRoomGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteMeetingRoomGroup",
            rt::Method::Delete,
            "/v1.0/rooms/groups/{group_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[group_id], request)
    }
    /// 查询自定义屏幕模板
    ///
    /// `GET /v1.0/rooms/devices/screens/templates/{template_id}` (operation `QueryDeviceCustomTemplate`).
    ///
    /// # Path parameters
    ///
    /// - `template_id` (`template_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryDeviceCustomTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/rooms/devices/screens/templates/{template_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[template_id], &())
    }
    /// 查询自定义屏幕模板列表
    ///
    /// `GET /v1.0/rooms/devices/screens/templateLists` (operation `QueryDeviceCustomTemplateList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryDeviceCustomTemplateListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/rooms/devices/shareCodes/{share_code}` (operation `QueryDeviceIpByCode`).
    ///
    /// # Path parameters
    ///
    /// - `share_code` (`share_code`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryDeviceIpByCodeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_device_ip_by_code(
        &self,
        share_code: &str,
        request: &QueryDeviceIpByCodeRequest,
    ) -> rt::Call<QueryDeviceIpByCodeResponseBody, QueryDeviceIpByCodeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDeviceIpByCode",
            rt::Method::Get,
            "/v1.0/rooms/devices/shareCodes/{share_code}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[share_code], request)
    }
    /// 查询设备属性
    ///
    /// `POST /v1.0/rooms/devices/properties/query` (operation `QueryDeviceProperties`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryDevicePropertiesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/rooms/meetingRooms/{room_id}` (operation `QueryMeetingRoom`).
    ///
    /// # Path parameters
    ///
    /// - `room_id` (`room_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMeetingRoomError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_meeting_room(
        &self,
        room_id: &str,
        request: &QueryMeetingRoomRequest,
    ) -> rt::Call<QueryMeetingRoomResponseBody, QueryMeetingRoomError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMeetingRoom",
            rt::Method::Get,
            "/v1.0/rooms/meetingRooms/{room_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[room_id], request)
    }
    /// 获取会议室IOT配置列表
    ///
    /// `GET /v1.0/rooms/panels/lists` (operation `QueryMeetingRoomControlPanelList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMeetingRoomControlPanelListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/rooms/devices` (operation `QueryMeetingRoomDevice`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMeetingRoomDeviceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/rooms/groups/{group_id}` (operation `QueryMeetingRoomGroup`).
    ///
    /// # Path parameters
    ///
    /// - `group_id` (`group_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMeetingRoomGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_meeting_room_group(
        &self,
        group_id: &str,
        request: &QueryMeetingRoomGroupRequest,
    ) -> rt::Call<QueryMeetingRoomGroupResponseBody, QueryMeetingRoomGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMeetingRoomGroup",
            rt::Method::Get,
            "/v1.0/rooms/groups/{group_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[group_id], request)
    }
    /// 获取分组管理员信息
    ///
    /// `GET /v1.0/rooms/groupAdmin/{group_id}` (operation `QueryMeetingRoomGroupAdmin`).
    ///
    /// # Path parameters
    ///
    /// - `group_id` (`group_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMeetingRoomGroupAdminError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/rooms/groupAdmin/{group_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[group_id], request)
    }
    /// 查询会议室分组列表
    ///
    /// `GET /v1.0/rooms/groupLists` (operation `QueryMeetingRoomGroupList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMeetingRoomGroupListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/rooms/meetingRoomLists` (operation `QueryMeetingRoomList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMeetingRoomListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/rooms/meetingRooms/superUsers/remove` (operation `RemoveSuperUserMeetingRoom`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveSuperUserMeetingRoomError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/rooms/central/control` (operation `SendCentralControl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendCentralControlError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/rooms/meetingRooms/superUsers/set` (operation `SetSuperUserMeetingRoom`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetSuperUserMeetingRoomError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/rooms/devices/screens/templates` (operation `UpdateDeviceCustomTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateDeviceCustomTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/rooms/meetingRooms` (operation `UpdateMeetingRoom`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateMeetingRoomError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/rooms/groups` (operation `UpdateMeetingRoomGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateMeetingRoomGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
/// `CreateBookingBlacklistResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateBookingBlacklistResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateBookingBlacklistResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateBookingBlacklistResponseBody {
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
impl rt::serde::Serialize for CreateBookingBlacklistResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreateDeviceCustomTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateDeviceCustomTemplateResponseBody {
    /// `templateId`.
    pub template_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateDeviceCustomTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateDeviceCustomTemplateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateDeviceCustomTemplateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("templateId", &self.template_id)?;
        object.end()
    }
}
/// `CreateMeetingRoomRequestReservationAuthority`.
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
impl rt::serde::Serialize for CreateMeetingRoomRequestReservationAuthority {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authorizedMembers", &self.authorized_members)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateMeetingRoomRequestReservationAuthority {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateMeetingRoomRequestReservationAuthority {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authorizedMembers" => rt::read_field(map, &mut self.authorized_members),
            _ => Ok(false),
        }
    }
}
/// `CreateMeetingRoomRequestRoomLocation`.
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
impl rt::serde::Serialize for CreateMeetingRoomRequestRoomLocation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("desc", &self.desc)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateMeetingRoomRequestRoomLocation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateMeetingRoomRequestRoomLocation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "desc" => rt::read_field(map, &mut self.desc),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `CreateMeetingRoomResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateMeetingRoomResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateMeetingRoomResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateMeetingRoomResponseBody {
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
impl rt::serde::Serialize for CreateMeetingRoomResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateMeetingRoomControlPanelRequestExtra {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("param", &self.param)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateMeetingRoomControlPanelRequestExtra {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateMeetingRoomControlPanelRequestExtra {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "param" => rt::read_field(map, &mut self.param),
            _ => Ok(false),
        }
    }
}
/// `CreateMeetingRoomControlPanelRequestRoomConfig`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateMeetingRoomControlPanelRequestRoomConfig {
    /// A `CreateMeetingRoomControlPanelRequestRoomConfig` with its required fields (`enName`, `icon`, `name`, `showTime`, `sort`, `url`); set the others with the methods named after them.
    pub fn new(
        en_name: impl Into<String>,
        icon: impl Into<String>,
        name: impl Into<String>,
        show_time: i64,
        sort: i64,
        url: impl Into<String>,
    ) -> Self {
        Self {
            en_name: en_name.into(),
            icon: icon.into(),
            name: name.into(),
            show_time,
            sort,
            url: url.into(),
        }
    }
}
impl rt::serde::Serialize for CreateMeetingRoomControlPanelRequestRoomConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("enName", &self.en_name)?;
        object.field("icon", &self.icon)?;
        object.field("name", &self.name)?;
        object.field("showTime", &self.show_time)?;
        object.field("sort", &self.sort)?;
        object.field("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateMeetingRoomControlPanelRequestRoomConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateMeetingRoomControlPanelRequestRoomConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enName" => rt::read_field(map, &mut self.en_name),
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "showTime" => rt::read_field(map, &mut self.show_time),
            "sort" => rt::read_field(map, &mut self.sort),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
/// `CreateMeetingRoomControlPanelResponseBody`: the same model as [`CreateMeetingRoomResponseBody`].
pub type CreateMeetingRoomControlPanelResponseBody = CreateMeetingRoomResponseBody;
/// `CreateMeetingRoomGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateMeetingRoomGroupResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateMeetingRoomGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateMeetingRoomGroupResponseBody {
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
impl rt::serde::Serialize for CreateMeetingRoomGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDeviceCustomTemplateResponseBody {
    /// `result`.
    pub result: Option<QueryDeviceCustomTemplateResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDeviceCustomTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDeviceCustomTemplateResponseBody {
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
impl rt::serde::Serialize for QueryDeviceCustomTemplateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryDeviceCustomTemplateListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDeviceCustomTemplateListResponseBody {
    /// `result`.
    pub result: Option<QueryDeviceCustomTemplateListResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDeviceCustomTemplateListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDeviceCustomTemplateListResponseBody {
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
impl rt::serde::Serialize for QueryDeviceCustomTemplateListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryDeviceIpByCodeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDeviceIpByCodeResponseBody {
    /// `result`.
    pub result: Option<QueryDeviceIpByCodeResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDeviceIpByCodeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDeviceIpByCodeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDeviceIpByCodeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryDevicePropertiesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDevicePropertiesResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryDevicePropertiesResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDevicePropertiesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDevicePropertiesResponseBody {
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
impl rt::serde::Serialize for QueryDevicePropertiesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryMeetingRoomResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBody {
    /// `result`.
    pub result: Option<QueryMeetingRoomResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomResponseBody {
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
impl rt::serde::Serialize for QueryMeetingRoomResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryMeetingRoomControlPanelListResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomControlPanelListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomControlPanelListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMeetingRoomControlPanelListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryMeetingRoomDeviceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomDeviceResponseBody {
    /// `result`.
    pub result: Option<QueryMeetingRoomDeviceResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomDeviceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomDeviceResponseBody {
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
impl rt::serde::Serialize for QueryMeetingRoomDeviceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryMeetingRoomGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomGroupResponseBody {
    /// `groupId`.
    pub group_id: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `parentId`.
    pub parent_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupId" => rt::read_field(map, &mut self.group_id),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMeetingRoomGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("parentId", &self.parent_id)?;
        object.end()
    }
}
/// `QueryMeetingRoomGroupAdminResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomGroupAdminResponseBody {
    /// `result`.
    pub result: Option<QueryMeetingRoomGroupAdminResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomGroupAdminResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomGroupAdminResponseBody {
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
impl rt::serde::Serialize for QueryMeetingRoomGroupAdminResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryMeetingRoomGroupListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomGroupListResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryMeetingRoomGroupListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomGroupListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomGroupListResponseBody {
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
impl rt::serde::Serialize for QueryMeetingRoomGroupListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryMeetingRoomListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomListResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `result`.
    pub result: Option<Vec<QueryMeetingRoomListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMeetingRoomListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
/// `CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers`.
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
impl rt::serde::Serialize
for CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberId", &self.member_id)?;
        object.optional("memberName", &self.member_name)?;
        object.optional("memberType", &self.member_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberName" => rt::read_field(map, &mut self.member_name),
            "memberType" => rt::read_field(map, &mut self.member_type),
            _ => Ok(false),
        }
    }
}
/// `QueryDeviceCustomTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryDeviceCustomTemplateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDeviceCustomTemplateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceCustomTemplate" => {
                rt::read_field(map, &mut self.device_custom_template)
            }
            "deviceUnionIds" => rt::read_field(map, &mut self.device_union_ids),
            "groupIds" => rt::read_field(map, &mut self.group_ids),
            "roomIds" => rt::read_field(map, &mut self.room_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDeviceCustomTemplateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceCustomTemplate", &self.device_custom_template)?;
        object.optional("deviceUnionIds", &self.device_union_ids)?;
        object.optional("groupIds", &self.group_ids)?;
        object.optional("roomIds", &self.room_ids)?;
        object.end()
    }
}
/// `QueryDeviceCustomTemplateListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryDeviceCustomTemplateListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDeviceCustomTemplateListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceCustomTemplates" => {
                rt::read_field(map, &mut self.device_custom_templates)
            }
            "deviceTemplateMap" => rt::read_field(map, &mut self.device_template_map),
            "groupIdTemplateMap" => rt::read_field(map, &mut self.group_id_template_map),
            "roomIdTemplateMap" => rt::read_field(map, &mut self.room_id_template_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDeviceCustomTemplateListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceCustomTemplates", &self.device_custom_templates)?;
        object.optional("deviceTemplateMap", &self.device_template_map)?;
        object.optional("groupIdTemplateMap", &self.group_id_template_map)?;
        object.optional("roomIdTemplateMap", &self.room_id_template_map)?;
        object.end()
    }
}
/// `QueryDeviceIpByCodeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDeviceIpByCodeResponseBodyResult {
    /// `deviceIp`.
    pub device_ip: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDeviceIpByCodeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDeviceIpByCodeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceIp" => rt::read_field(map, &mut self.device_ip),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDeviceIpByCodeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceIp", &self.device_ip)?;
        object.end()
    }
}
/// `QueryDevicePropertiesResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDevicePropertiesResponseBodyResult {
    /// `propertyName`.
    pub property_name: Option<String>,
    /// `propertyValue`.
    pub property_value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryDevicePropertiesResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDevicePropertiesResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "propertyName" => rt::read_field(map, &mut self.property_name),
            "propertyValue" => rt::read_field(map, &mut self.property_value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryDevicePropertiesResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("propertyName", &self.property_name)?;
        object.optional("propertyValue", &self.property_value)?;
        object.end()
    }
}
/// `QueryMeetingRoomResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "deviceUnionIds" => rt::read_field(map, &mut self.device_union_ids),
            "enableCycleReservation" => {
                rt::read_field(map, &mut self.enable_cycle_reservation)
            }
            "extensionConfig" => rt::read_field(map, &mut self.extension_config),
            "isvRoomId" => rt::read_field(map, &mut self.isv_room_id),
            "reservationAuthority" => {
                rt::read_field(map, &mut self.reservation_authority)
            }
            "roomCapacity" => rt::read_field(map, &mut self.room_capacity),
            "roomDescription" => rt::read_field(map, &mut self.room_description),
            "roomGroup" => rt::read_field(map, &mut self.room_group),
            "roomId" => rt::read_field(map, &mut self.room_id),
            "roomLabels" => rt::read_field(map, &mut self.room_labels),
            "roomLocation" => rt::read_field(map, &mut self.room_location),
            "roomName" => rt::read_field(map, &mut self.room_name),
            "roomPicture" => rt::read_field(map, &mut self.room_picture),
            "roomStaffId" => rt::read_field(map, &mut self.room_staff_id),
            "roomStatus" => rt::read_field(map, &mut self.room_status),
            "roomUnionId" => rt::read_field(map, &mut self.room_union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMeetingRoomResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("deviceUnionIds", &self.device_union_ids)?;
        object.optional("enableCycleReservation", &self.enable_cycle_reservation)?;
        object.optional("extensionConfig", &self.extension_config)?;
        object.optional("isvRoomId", &self.isv_room_id)?;
        object.optional("reservationAuthority", &self.reservation_authority)?;
        object.optional("roomCapacity", &self.room_capacity)?;
        object.optional("roomDescription", &self.room_description)?;
        object.optional("roomGroup", &self.room_group)?;
        object.optional("roomId", &self.room_id)?;
        object.optional("roomLabels", &self.room_labels)?;
        object.optional("roomLocation", &self.room_location)?;
        object.optional("roomName", &self.room_name)?;
        object.optional("roomPicture", &self.room_picture)?;
        object.optional("roomStaffId", &self.room_staff_id)?;
        object.optional("roomStatus", &self.room_status)?;
        object.optional("roomUnionId", &self.room_union_id)?;
        object.end()
    }
}
/// `QueryMeetingRoomControlPanelListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomControlPanelListResponseBodyResult {
    /// `roomId`.
    pub room_id: Option<String>,
    /// `roomIotConfig`.
    pub room_iot_config: Option<
        Vec<QueryMeetingRoomControlPanelListResponseBodyResultRoomIotConfig>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryMeetingRoomControlPanelListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomControlPanelListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roomId" => rt::read_field(map, &mut self.room_id),
            "roomIotConfig" => rt::read_field(map, &mut self.room_iot_config),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMeetingRoomControlPanelListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roomId", &self.room_id)?;
        object.optional("roomIotConfig", &self.room_iot_config)?;
        object.end()
    }
}
/// `QueryMeetingRoomDeviceResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomDeviceResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomDeviceResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activeTime" => rt::read_field(map, &mut self.active_time),
            "controllers" => rt::read_field(map, &mut self.controllers),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "devCamera" => rt::read_field(map, &mut self.dev_camera),
            "devHdmi" => rt::read_field(map, &mut self.dev_hdmi),
            "devMic" => rt::read_field(map, &mut self.dev_mic),
            "devMirror" => rt::read_field(map, &mut self.dev_mirror),
            "devNetIp" => rt::read_field(map, &mut self.dev_net_ip),
            "devNetType" => rt::read_field(map, &mut self.dev_net_type),
            "devVoice" => rt::read_field(map, &mut self.dev_voice),
            "devWifiMac" => rt::read_field(map, &mut self.dev_wifi_mac),
            "devWireMac" => rt::read_field(map, &mut self.dev_wire_mac),
            "deviceId" => rt::read_field(map, &mut self.device_id),
            "deviceMac" => rt::read_field(map, &mut self.device_mac),
            "deviceModel" => rt::read_field(map, &mut self.device_model),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "deviceServiceId" => rt::read_field(map, &mut self.device_service_id),
            "deviceSn" => rt::read_field(map, &mut self.device_sn),
            "deviceStatus" => rt::read_field(map, &mut self.device_status),
            "deviceType" => rt::read_field(map, &mut self.device_type),
            "deviceUnionId" => rt::read_field(map, &mut self.device_union_id),
            "firmwareVersion" => rt::read_field(map, &mut self.firmware_version),
            "openRoomId" => rt::read_field(map, &mut self.open_room_id),
            "roomName" => rt::read_field(map, &mut self.room_name),
            "shareCode" => rt::read_field(map, &mut self.share_code),
            "sipAccountName" => rt::read_field(map, &mut self.sip_account_name),
            "softwareVersion" => rt::read_field(map, &mut self.software_version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMeetingRoomDeviceResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activeTime", &self.active_time)?;
        object.optional("controllers", &self.controllers)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("creatorUnionId", &self.creator_union_id)?;
        object.optional("devCamera", &self.dev_camera)?;
        object.optional("devHdmi", &self.dev_hdmi)?;
        object.optional("devMic", &self.dev_mic)?;
        object.optional("devMirror", &self.dev_mirror)?;
        object.optional("devNetIp", &self.dev_net_ip)?;
        object.optional("devNetType", &self.dev_net_type)?;
        object.optional("devVoice", &self.dev_voice)?;
        object.optional("devWifiMac", &self.dev_wifi_mac)?;
        object.optional("devWireMac", &self.dev_wire_mac)?;
        object.optional("deviceId", &self.device_id)?;
        object.optional("deviceMac", &self.device_mac)?;
        object.optional("deviceModel", &self.device_model)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("deviceServiceId", &self.device_service_id)?;
        object.optional("deviceSn", &self.device_sn)?;
        object.optional("deviceStatus", &self.device_status)?;
        object.optional("deviceType", &self.device_type)?;
        object.optional("deviceUnionId", &self.device_union_id)?;
        object.optional("firmwareVersion", &self.firmware_version)?;
        object.optional("openRoomId", &self.open_room_id)?;
        object.optional("roomName", &self.room_name)?;
        object.optional("shareCode", &self.share_code)?;
        object.optional("sipAccountName", &self.sip_account_name)?;
        object.optional("softwareVersion", &self.software_version)?;
        object.end()
    }
}
/// `QueryMeetingRoomGroupAdminResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomGroupAdminResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomGroupAdminResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupAdmins" => rt::read_field(map, &mut self.group_admins),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "groupName" => rt::read_field(map, &mut self.group_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMeetingRoomGroupAdminResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupAdmins", &self.group_admins)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("groupName", &self.group_name)?;
        object.end()
    }
}
/// `QueryMeetingRoomGroupListResponseBodyResult`: the same model as [`QueryMeetingRoomGroupResponseBody`].
pub type QueryMeetingRoomGroupListResponseBodyResult = QueryMeetingRoomGroupResponseBody;
/// `QueryMeetingRoomListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "isvRoomId" => rt::read_field(map, &mut self.isv_room_id),
            "roomCapacity" => rt::read_field(map, &mut self.room_capacity),
            "roomGroup" => rt::read_field(map, &mut self.room_group),
            "roomId" => rt::read_field(map, &mut self.room_id),
            "roomLabels" => rt::read_field(map, &mut self.room_labels),
            "roomLocation" => rt::read_field(map, &mut self.room_location),
            "roomName" => rt::read_field(map, &mut self.room_name),
            "roomPicture" => rt::read_field(map, &mut self.room_picture),
            "roomStaffId" => rt::read_field(map, &mut self.room_staff_id),
            "roomStatus" => rt::read_field(map, &mut self.room_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMeetingRoomListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("isvRoomId", &self.isv_room_id)?;
        object.optional("roomCapacity", &self.room_capacity)?;
        object.optional("roomGroup", &self.room_group)?;
        object.optional("roomId", &self.room_id)?;
        object.optional("roomLabels", &self.room_labels)?;
        object.optional("roomLocation", &self.room_location)?;
        object.optional("roomName", &self.room_name)?;
        object.optional("roomPicture", &self.room_picture)?;
        object.optional("roomStaffId", &self.room_staff_id)?;
        object.optional("roomStatus", &self.room_status)?;
        object.end()
    }
}
/// `UpdateMeetingRoomRequestReservationAuthorityAuthorizedMembers`: the same model as [`CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers`].
pub type UpdateMeetingRoomRequestReservationAuthorityAuthorizedMembers = CreateMeetingRoomRequestReservationAuthorityAuthorizedMembers;
/// `QueryDeviceCustomTemplateResponseBodyResultDeviceCustomTemplate`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryDeviceCustomTemplateResponseBodyResultDeviceCustomTemplate {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryDeviceCustomTemplateResponseBodyResultDeviceCustomTemplate {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bgImageList" => rt::read_field(map, &mut self.bg_image_list),
            "bgType" => rt::read_field(map, &mut self.bg_type),
            "bgUrl" => rt::read_field(map, &mut self.bg_url),
            "confSubType" => rt::read_field(map, &mut self.conf_sub_type),
            "confType" => rt::read_field(map, &mut self.conf_type),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "customDoc" => rt::read_field(map, &mut self.custom_doc),
            "desensitizeUserName" => rt::read_field(map, &mut self.desensitize_user_name),
            "hideServerCodeWhenProjecting" => {
                rt::read_field(map, &mut self.hide_server_code_when_projecting)
            }
            "instruction" => rt::read_field(map, &mut self.instruction),
            "isPicTop" => rt::read_field(map, &mut self.is_pic_top),
            "logo" => rt::read_field(map, &mut self.logo),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "picturePlayInterval" => rt::read_field(map, &mut self.picture_play_interval),
            "showCalendarCard" => rt::read_field(map, &mut self.show_calendar_card),
            "showCalendarTitle" => rt::read_field(map, &mut self.show_calendar_title),
            "showFunctionCard" => rt::read_field(map, &mut self.show_function_card),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "templateName" => rt::read_field(map, &mut self.template_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryDeviceCustomTemplateResponseBodyResultDeviceCustomTemplate {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bgImageList", &self.bg_image_list)?;
        object.optional("bgType", &self.bg_type)?;
        object.optional("bgUrl", &self.bg_url)?;
        object.optional("confSubType", &self.conf_sub_type)?;
        object.optional("confType", &self.conf_type)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("customDoc", &self.custom_doc)?;
        object.optional("desensitizeUserName", &self.desensitize_user_name)?;
        object
            .optional(
                "hideServerCodeWhenProjecting",
                &self.hide_server_code_when_projecting,
            )?;
        object.optional("instruction", &self.instruction)?;
        object.optional("isPicTop", &self.is_pic_top)?;
        object.optional("logo", &self.logo)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("picturePlayInterval", &self.picture_play_interval)?;
        object.optional("showCalendarCard", &self.show_calendar_card)?;
        object.optional("showCalendarTitle", &self.show_calendar_title)?;
        object.optional("showFunctionCard", &self.show_function_card)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("templateName", &self.template_name)?;
        object.end()
    }
}
/// `QueryDeviceCustomTemplateListResponseBodyResultDeviceCustomTemplates`: the same model as [`QueryDeviceCustomTemplateResponseBodyResultDeviceCustomTemplate`].
pub type QueryDeviceCustomTemplateListResponseBodyResultDeviceCustomTemplates = QueryDeviceCustomTemplateResponseBodyResultDeviceCustomTemplate;
/// `QueryMeetingRoomResponseBodyResultExtensionConfig`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryMeetingRoomResponseBodyResultExtensionConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomResponseBodyResultExtensionConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "advanceReservation" => rt::read_field(map, &mut self.advance_reservation),
            "approvalSwitch" => rt::read_field(map, &mut self.approval_switch),
            "approvalType" => rt::read_field(map, &mut self.approval_type),
            "maxReservationTimeInterval" => {
                rt::read_field(map, &mut self.max_reservation_time_interval)
            }
            "minReservationTimeInterval" => {
                rt::read_field(map, &mut self.min_reservation_time_interval)
            }
            "openReservation" => rt::read_field(map, &mut self.open_reservation),
            "reservationCloseDetail" => {
                rt::read_field(map, &mut self.reservation_close_detail)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMeetingRoomResponseBodyResultExtensionConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("advanceReservation", &self.advance_reservation)?;
        object.optional("approvalSwitch", &self.approval_switch)?;
        object.optional("approvalType", &self.approval_type)?;
        object
            .optional(
                "maxReservationTimeInterval",
                &self.max_reservation_time_interval,
            )?;
        object
            .optional(
                "minReservationTimeInterval",
                &self.min_reservation_time_interval,
            )?;
        object.optional("openReservation", &self.open_reservation)?;
        object.optional("reservationCloseDetail", &self.reservation_close_detail)?;
        object.end()
    }
}
/// `QueryMeetingRoomResponseBodyResultReservationAuthority`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBodyResultReservationAuthority {
    /// `authorizedMembers`.
    pub authorized_members: Option<
        Vec<QueryMeetingRoomResponseBodyResultReservationAuthorityAuthorizedMembers>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryMeetingRoomResponseBodyResultReservationAuthority {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomResponseBodyResultReservationAuthority {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authorizedMembers" => rt::read_field(map, &mut self.authorized_members),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMeetingRoomResponseBodyResultReservationAuthority {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authorizedMembers", &self.authorized_members)?;
        object.end()
    }
}
/// `QueryMeetingRoomResponseBodyResultRoomGroup`: the same model as [`QueryMeetingRoomGroupResponseBody`].
pub type QueryMeetingRoomResponseBodyResultRoomGroup = QueryMeetingRoomGroupResponseBody;
/// `QueryMeetingRoomResponseBodyResultRoomLabels`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBodyResultRoomLabels {
    /// `labelId`.
    pub label_id: Option<i64>,
    /// `labelName`.
    pub label_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomResponseBodyResultRoomLabels {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomResponseBodyResultRoomLabels {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "labelId" => rt::read_field(map, &mut self.label_id),
            "labelName" => rt::read_field(map, &mut self.label_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMeetingRoomResponseBodyResultRoomLabels {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("labelId", &self.label_id)?;
        object.optional("labelName", &self.label_name)?;
        object.end()
    }
}
/// `QueryMeetingRoomResponseBodyResultRoomLocation`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBodyResultRoomLocation {
    /// `desc`.
    pub desc: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryMeetingRoomResponseBodyResultRoomLocation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomResponseBodyResultRoomLocation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "desc" => rt::read_field(map, &mut self.desc),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMeetingRoomResponseBodyResultRoomLocation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("desc", &self.desc)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryMeetingRoomControlPanelListResponseBodyResultRoomIotConfig`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryMeetingRoomControlPanelListResponseBodyResultRoomIotConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomControlPanelListResponseBodyResultRoomIotConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enName" => rt::read_field(map, &mut self.en_name),
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "showTime" => rt::read_field(map, &mut self.show_time),
            "sort" => rt::read_field(map, &mut self.sort),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryMeetingRoomControlPanelListResponseBodyResultRoomIotConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enName", &self.en_name)?;
        object.optional("icon", &self.icon)?;
        object.optional("name", &self.name)?;
        object.optional("showTime", &self.show_time)?;
        object.optional("sort", &self.sort)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `QueryMeetingRoomDeviceResponseBodyResultControllers`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryMeetingRoomDeviceResponseBodyResultControllers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomDeviceResponseBodyResultControllers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "deviceId" => rt::read_field(map, &mut self.device_id),
            "deviceMac" => rt::read_field(map, &mut self.device_mac),
            "deviceModel" => rt::read_field(map, &mut self.device_model),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "deviceServiceId" => rt::read_field(map, &mut self.device_service_id),
            "deviceSn" => rt::read_field(map, &mut self.device_sn),
            "deviceStatus" => rt::read_field(map, &mut self.device_status),
            "deviceType" => rt::read_field(map, &mut self.device_type),
            "deviceUnionId" => rt::read_field(map, &mut self.device_union_id),
            "openRoomId" => rt::read_field(map, &mut self.open_room_id),
            "shareCode" => rt::read_field(map, &mut self.share_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMeetingRoomDeviceResponseBodyResultControllers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("deviceId", &self.device_id)?;
        object.optional("deviceMac", &self.device_mac)?;
        object.optional("deviceModel", &self.device_model)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("deviceServiceId", &self.device_service_id)?;
        object.optional("deviceSn", &self.device_sn)?;
        object.optional("deviceStatus", &self.device_status)?;
        object.optional("deviceType", &self.device_type)?;
        object.optional("deviceUnionId", &self.device_union_id)?;
        object.optional("openRoomId", &self.open_room_id)?;
        object.optional("shareCode", &self.share_code)?;
        object.end()
    }
}
/// `QueryMeetingRoomGroupAdminResponseBodyResultGroupAdmins`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomGroupAdminResponseBodyResultGroupAdmins {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberName`.
    pub member_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryMeetingRoomGroupAdminResponseBodyResultGroupAdmins {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomGroupAdminResponseBodyResultGroupAdmins {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberName" => rt::read_field(map, &mut self.member_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMeetingRoomGroupAdminResponseBodyResultGroupAdmins {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberId", &self.member_id)?;
        object.optional("memberName", &self.member_name)?;
        object.end()
    }
}
/// `QueryMeetingRoomListResponseBodyResultRoomGroup`: the same model as [`QueryMeetingRoomGroupResponseBody`].
pub type QueryMeetingRoomListResponseBodyResultRoomGroup = QueryMeetingRoomGroupResponseBody;
/// `QueryMeetingRoomListResponseBodyResultRoomLabels`: the same model as [`QueryMeetingRoomResponseBodyResultRoomLabels`].
pub type QueryMeetingRoomListResponseBodyResultRoomLabels = QueryMeetingRoomResponseBodyResultRoomLabels;
/// `QueryMeetingRoomListResponseBodyResultRoomLocation`: the same model as [`QueryMeetingRoomResponseBodyResultRoomLocation`].
pub type QueryMeetingRoomListResponseBodyResultRoomLocation = QueryMeetingRoomResponseBodyResultRoomLocation;
/// `QueryMeetingRoomResponseBodyResultExtensionConfigAdvanceReservation`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBodyResultExtensionConfigAdvanceReservation {
    /// `advanceBookTimeFormat`.
    pub advance_book_time_format: Option<String>,
    /// `advanceReservationTime`.
    pub advance_reservation_time: Option<i64>,
    /// `advanceReservationTimeUnit`.
    pub advance_reservation_time_unit: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryMeetingRoomResponseBodyResultExtensionConfigAdvanceReservation {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMeetingRoomResponseBodyResultExtensionConfigAdvanceReservation {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "advanceBookTimeFormat" => {
                rt::read_field(map, &mut self.advance_book_time_format)
            }
            "advanceReservationTime" => {
                rt::read_field(map, &mut self.advance_reservation_time)
            }
            "advanceReservationTimeUnit" => {
                rt::read_field(map, &mut self.advance_reservation_time_unit)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryMeetingRoomResponseBodyResultExtensionConfigAdvanceReservation {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("advanceBookTimeFormat", &self.advance_book_time_format)?;
        object.optional("advanceReservationTime", &self.advance_reservation_time)?;
        object
            .optional(
                "advanceReservationTimeUnit",
                &self.advance_reservation_time_unit,
            )?;
        object.end()
    }
}
/// `QueryMeetingRoomResponseBodyResultExtensionConfigReservationCloseDetail`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryMeetingRoomResponseBodyResultExtensionConfigReservationCloseDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryMeetingRoomResponseBodyResultExtensionConfigReservationCloseDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "closeReason" => rt::read_field(map, &mut self.close_reason),
            "contactNick" => rt::read_field(map, &mut self.contact_nick),
            "contactUnionId" => rt::read_field(map, &mut self.contact_union_id),
            "sendNotify" => rt::read_field(map, &mut self.send_notify),
            "taskEndTime" => rt::read_field(map, &mut self.task_end_time),
            "taskStartTime" => rt::read_field(map, &mut self.task_start_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryMeetingRoomResponseBodyResultExtensionConfigReservationCloseDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("closeReason", &self.close_reason)?;
        object.optional("contactNick", &self.contact_nick)?;
        object.optional("contactUnionId", &self.contact_union_id)?;
        object.optional("sendNotify", &self.send_notify)?;
        object.optional("taskEndTime", &self.task_end_time)?;
        object.optional("taskStartTime", &self.task_start_time)?;
        object.end()
    }
}
/// `QueryMeetingRoomResponseBodyResultReservationAuthorityAuthorizedMembers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMeetingRoomResponseBodyResultReservationAuthorityAuthorizedMembers {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberName`.
    pub member_name: Option<String>,
    /// `memberType`.
    pub member_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryMeetingRoomResponseBodyResultReservationAuthorityAuthorizedMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryMeetingRoomResponseBodyResultReservationAuthorityAuthorizedMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberName" => rt::read_field(map, &mut self.member_name),
            "memberType" => rt::read_field(map, &mut self.member_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryMeetingRoomResponseBodyResultReservationAuthorityAuthorizedMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberId", &self.member_id)?;
        object.optional("memberName", &self.member_name)?;
        object.optional("memberType", &self.member_type)?;
        object.end()
    }
}
/// The request of [`Api::create_booking_blacklist`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateBookingBlacklistRequest {
    /// A `CreateBookingBlacklistRequest` with its required fields (`blacklistUnionId`, `startTime`, `unionId`); set the others with the methods named after them.
    pub fn new(
        blacklist_union_id: impl Into<String>,
        start_time: i64,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            blacklist_union_id: blacklist_union_id.into(),
            end_time: None,
            memo: None,
            start_time,
            union_id: union_id.into(),
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
impl rt::serde::Serialize for CreateBookingBlacklistRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("blacklistUnionId", &self.blacklist_union_id)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("memo", &self.memo)?;
        object.field("startTime", &self.start_time)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateBookingBlacklistRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateBookingBlacklistRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blacklistUnionId" => rt::read_field(map, &mut self.blacklist_union_id),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "memo" => rt::read_field(map, &mut self.memo),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateBookingBlacklistRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_device_custom_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateDeviceCustomTemplateRequest {
    /// A `CreateDeviceCustomTemplateRequest` with its required fields (`templateName`); set the others with the methods named after them.
    pub fn new(template_name: impl Into<String>) -> Self {
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
            template_name: template_name.into(),
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
impl rt::serde::Serialize for CreateDeviceCustomTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bgImgList", &self.bg_img_list)?;
        object.optional("bgType", &self.bg_type)?;
        object.optional("bgUrl", &self.bg_url)?;
        object.optional("customDoc", &self.custom_doc)?;
        object.optional("desensitizeUserName", &self.desensitize_user_name)?;
        object.optional("deviceUnionIds", &self.device_union_ids)?;
        object.optional("groupIds", &self.group_ids)?;
        object
            .optional(
                "hideServerCodeWhenProjecting",
                &self.hide_server_code_when_projecting,
            )?;
        object.optional("instruction", &self.instruction)?;
        object.optional("isPicTop", &self.is_pic_top)?;
        object.optional("logo", &self.logo)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("picturePlayInterval", &self.picture_play_interval)?;
        object.optional("roomIds", &self.room_ids)?;
        object.optional("showCalendarCard", &self.show_calendar_card)?;
        object.optional("showCalendarTitle", &self.show_calendar_title)?;
        object.optional("showFunctionCard", &self.show_function_card)?;
        object.field("templateName", &self.template_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateDeviceCustomTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateDeviceCustomTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bgImgList" => rt::read_field(map, &mut self.bg_img_list),
            "bgType" => rt::read_field(map, &mut self.bg_type),
            "bgUrl" => rt::read_field(map, &mut self.bg_url),
            "customDoc" => rt::read_field(map, &mut self.custom_doc),
            "desensitizeUserName" => rt::read_field(map, &mut self.desensitize_user_name),
            "deviceUnionIds" => rt::read_field(map, &mut self.device_union_ids),
            "groupIds" => rt::read_field(map, &mut self.group_ids),
            "hideServerCodeWhenProjecting" => {
                rt::read_field(map, &mut self.hide_server_code_when_projecting)
            }
            "instruction" => rt::read_field(map, &mut self.instruction),
            "isPicTop" => rt::read_field(map, &mut self.is_pic_top),
            "logo" => rt::read_field(map, &mut self.logo),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "picturePlayInterval" => rt::read_field(map, &mut self.picture_play_interval),
            "roomIds" => rt::read_field(map, &mut self.room_ids),
            "showCalendarCard" => rt::read_field(map, &mut self.show_calendar_card),
            "showCalendarTitle" => rt::read_field(map, &mut self.show_calendar_title),
            "showFunctionCard" => rt::read_field(map, &mut self.show_function_card),
            "templateName" => rt::read_field(map, &mut self.template_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateDeviceCustomTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_meeting_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateMeetingRoomRequest {
    /// A `CreateMeetingRoomRequest` with its required fields (`isvRoomId`, `roomName`, `roomStatus`, `unionId`); set the others with the methods named after them.
    pub fn new(
        isv_room_id: impl Into<String>,
        room_name: impl Into<String>,
        room_status: i64,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            enable_cycle_reservation: None,
            group_id: None,
            isv_room_id: isv_room_id.into(),
            open_reservation: None,
            reservation_authority: None,
            room_capacity: None,
            room_description: None,
            room_label_ids: None,
            room_location: None,
            room_name: room_name.into(),
            room_picture: None,
            room_status,
            union_id: union_id.into(),
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
impl rt::serde::Serialize for CreateMeetingRoomRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enableCycleReservation", &self.enable_cycle_reservation)?;
        object.optional("groupId", &self.group_id)?;
        object.field("isvRoomId", &self.isv_room_id)?;
        object.optional("openReservation", &self.open_reservation)?;
        object.optional("reservationAuthority", &self.reservation_authority)?;
        object.optional("roomCapacity", &self.room_capacity)?;
        object.optional("roomDescription", &self.room_description)?;
        object.optional("roomLabelIds", &self.room_label_ids)?;
        object.optional("roomLocation", &self.room_location)?;
        object.field("roomName", &self.room_name)?;
        object.optional("roomPicture", &self.room_picture)?;
        object.field("roomStatus", &self.room_status)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateMeetingRoomRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateMeetingRoomRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enableCycleReservation" => {
                rt::read_field(map, &mut self.enable_cycle_reservation)
            }
            "groupId" => rt::read_field(map, &mut self.group_id),
            "isvRoomId" => rt::read_field(map, &mut self.isv_room_id),
            "openReservation" => rt::read_field(map, &mut self.open_reservation),
            "reservationAuthority" => {
                rt::read_field(map, &mut self.reservation_authority)
            }
            "roomCapacity" => rt::read_field(map, &mut self.room_capacity),
            "roomDescription" => rt::read_field(map, &mut self.room_description),
            "roomLabelIds" => rt::read_field(map, &mut self.room_label_ids),
            "roomLocation" => rt::read_field(map, &mut self.room_location),
            "roomName" => rt::read_field(map, &mut self.room_name),
            "roomPicture" => rt::read_field(map, &mut self.room_picture),
            "roomStatus" => rt::read_field(map, &mut self.room_status),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateMeetingRoomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_meeting_room_control_panel`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateMeetingRoomControlPanelRequest {
    /// A `CreateMeetingRoomControlPanelRequest` with its required fields (`roomConfig`, `roomId`, `unionId`); set the others with the methods named after them.
    pub fn new(
        room_config: impl IntoIterator<
            Item = CreateMeetingRoomControlPanelRequestRoomConfig,
        >,
        room_id: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            extra: None,
            room_config: room_config.into_iter().collect(),
            room_id: room_id.into(),
            status: None,
            union_id: union_id.into(),
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
impl rt::serde::Serialize for CreateMeetingRoomControlPanelRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extra", &self.extra)?;
        object.field("roomConfig", &self.room_config)?;
        object.field("roomId", &self.room_id)?;
        object.optional("status", &self.status)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateMeetingRoomControlPanelRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateMeetingRoomControlPanelRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extra" => rt::read_field(map, &mut self.extra),
            "roomConfig" => rt::read_field(map, &mut self.room_config),
            "roomId" => rt::read_field(map, &mut self.room_id),
            "status" => rt::read_field(map, &mut self.status),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateMeetingRoomControlPanelRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_meeting_room_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateMeetingRoomGroupRequest {
    /// `groupName`.
    pub group_name: Option<String>,
    /// `parentGroupId`.
    pub parent_group_id: i64,
    /// `unionId`.
    pub union_id: String,
}
impl CreateMeetingRoomGroupRequest {
    /// A `CreateMeetingRoomGroupRequest` with its required fields (`parentGroupId`, `unionId`); set the others with the methods named after them.
    pub fn new(parent_group_id: i64, union_id: impl Into<String>) -> Self {
        Self {
            group_name: None,
            parent_group_id,
            union_id: union_id.into(),
        }
    }
    /// Sets `groupName`.
    pub fn group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateMeetingRoomGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupName", &self.group_name)?;
        object.field("parentGroupId", &self.parent_group_id)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateMeetingRoomGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateMeetingRoomGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupName" => rt::read_field(map, &mut self.group_name),
            "parentGroupId" => rt::read_field(map, &mut self.parent_group_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for DeleteBookingBlacklistRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("blacklistUnionIds", &self.blacklist_union_ids)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteBookingBlacklistRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteBookingBlacklistRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blacklistUnionIds" => rt::read_field(map, &mut self.blacklist_union_ids),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteBookingBlacklistRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_device_custom_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteDeviceCustomTemplateRequest {
    /// `templateId`.
    pub template_id: i64,
}
impl DeleteDeviceCustomTemplateRequest {
    /// A `DeleteDeviceCustomTemplateRequest` with its required fields (`templateId`); set the others with the methods named after them.
    pub fn new(template_id: i64) -> Self {
        Self { template_id }
    }
}
impl rt::serde::Serialize for DeleteDeviceCustomTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("templateId", &self.template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteDeviceCustomTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteDeviceCustomTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteDeviceCustomTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_meeting_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteMeetingRoomRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl DeleteMeetingRoomRequest {
    /// A `DeleteMeetingRoomRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteMeetingRoomRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteMeetingRoomRequest {
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
impl rt::WriteRequest for DeleteMeetingRoomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::delete_meeting_room_control_panel`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteMeetingRoomControlPanelRequest {
    /// `roomIds`.
    pub room_ids: Vec<String>,
    /// `unionId`.
    pub union_id: String,
}
impl DeleteMeetingRoomControlPanelRequest {
    /// A `DeleteMeetingRoomControlPanelRequest` with its required fields (`roomIds`, `unionId`); set the others with the methods named after them.
    pub fn new(
        room_ids: impl IntoIterator<Item = impl Into<String>>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            room_ids: room_ids.into_iter().map(Into::into).collect(),
            union_id: union_id.into(),
        }
    }
}
impl rt::serde::Serialize for DeleteMeetingRoomControlPanelRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("roomIds", &self.room_ids)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteMeetingRoomControlPanelRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteMeetingRoomControlPanelRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roomIds" => rt::read_field(map, &mut self.room_ids),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteMeetingRoomControlPanelRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_meeting_room_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteMeetingRoomGroupRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl DeleteMeetingRoomGroupRequest {
    /// A `DeleteMeetingRoomGroupRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteMeetingRoomGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteMeetingRoomGroupRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryDeviceIpByCodeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryDeviceIpByCodeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceSn" => rt::read_field(map, &mut self.device_sn),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryDeviceIpByCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deviceSn", &self.device_sn);
    }
}
/// The request of [`Api::query_device_properties`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryDevicePropertiesRequest {
    /// A `QueryDevicePropertiesRequest` with its required fields (`operatorUnionId`); set the others with the methods named after them.
    pub fn new(operator_union_id: impl Into<String>) -> Self {
        Self {
            device_id: None,
            device_union_id: None,
            operator_union_id: operator_union_id.into(),
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
impl rt::serde::Serialize for QueryDevicePropertiesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("propertyNames", &self.property_names)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryDevicePropertiesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryDevicePropertiesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceId" => rt::read_field(map, &mut self.device_id),
            "deviceUnionId" => rt::read_field(map, &mut self.device_union_id),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            "propertyNames" => rt::read_field(map, &mut self.property_names),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMeetingRoomRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryMeetingRoomRequest {
    /// A `QueryMeetingRoomRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMeetingRoomRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomControlPanelListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMeetingRoomControlPanelListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "roomId" => rt::read_field(map, &mut self.room_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMeetingRoomDeviceRequest {
    /// `deviceId`: a query parameter.
    pub device_id: Option<String>,
    /// `deviceUnionId`: a query parameter.
    pub device_union_id: Option<String>,
    /// `operatorUnionId`: a query parameter.
    pub operator_union_id: String,
}
impl QueryMeetingRoomDeviceRequest {
    /// A `QueryMeetingRoomDeviceRequest` with its required fields (`operatorUnionId`); set the others with the methods named after them.
    pub fn new(operator_union_id: impl Into<String>) -> Self {
        Self {
            device_id: None,
            device_union_id: None,
            operator_union_id: operator_union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomDeviceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMeetingRoomDeviceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceId" => rt::read_field(map, &mut self.device_id),
            "deviceUnionId" => rt::read_field(map, &mut self.device_union_id),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMeetingRoomGroupRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryMeetingRoomGroupRequest {
    /// A `QueryMeetingRoomGroupRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMeetingRoomGroupRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomGroupAdminRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMeetingRoomGroupAdminRequest {
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
impl rt::WriteRequest for QueryMeetingRoomGroupAdminRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_meeting_room_group_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMeetingRoomGroupListRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryMeetingRoomGroupListRequest {
    /// A `QueryMeetingRoomGroupListRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomGroupListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMeetingRoomGroupListRequest {
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
impl rt::WriteRequest for QueryMeetingRoomGroupListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_meeting_room_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMeetingRoomListRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryMeetingRoomListRequest {
    /// A `QueryMeetingRoomListRequest` with its required fields (`unionId`); set the others with the methods named after them.
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
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMeetingRoomListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMeetingRoomListRequest {
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
impl rt::WriteRequest for QueryMeetingRoomListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::remove_super_user_meeting_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveSuperUserMeetingRoomRequest {
    /// `roomId`: a query parameter.
    pub room_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl RemoveSuperUserMeetingRoomRequest {
    /// A `RemoveSuperUserMeetingRoomRequest` with its required fields (`roomId`, `unionId`); set the others with the methods named after them.
    pub fn new(room_id: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            room_id: room_id.into(),
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveSuperUserMeetingRoomRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveSuperUserMeetingRoomRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roomId" => rt::read_field(map, &mut self.room_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SendCentralControlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("controlBody", &self.control_body)?;
        object.optional("roomId", &self.room_id)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendCentralControlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendCentralControlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "controlBody" => rt::read_field(map, &mut self.control_body),
            "roomId" => rt::read_field(map, &mut self.room_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendCentralControlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_super_user_meeting_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SetSuperUserMeetingRoomRequest {
    /// A `SetSuperUserMeetingRoomRequest` with its required fields (`roomId`, `unionId`); set the others with the methods named after them.
    pub fn new(room_id: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            dept_id_white_list: None,
            room_id: room_id.into(),
            union_id: union_id.into(),
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
impl rt::serde::Serialize for SetSuperUserMeetingRoomRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIdWhiteList", &self.dept_id_white_list)?;
        object.field("roomId", &self.room_id)?;
        object.field("unionId", &self.union_id)?;
        object.optional("userIdWhiteList", &self.user_id_white_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetSuperUserMeetingRoomRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetSuperUserMeetingRoomRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIdWhiteList" => rt::read_field(map, &mut self.dept_id_white_list),
            "roomId" => rt::read_field(map, &mut self.room_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userIdWhiteList" => rt::read_field(map, &mut self.user_id_white_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetSuperUserMeetingRoomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_device_custom_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateDeviceCustomTemplateRequest {
    /// A `UpdateDeviceCustomTemplateRequest` with its required fields (`templateId`, `templateName`); set the others with the methods named after them.
    pub fn new(template_id: i64, template_name: impl Into<String>) -> Self {
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
            template_name: template_name.into(),
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
impl rt::serde::Serialize for UpdateDeviceCustomTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bgImgList", &self.bg_img_list)?;
        object.optional("bgType", &self.bg_type)?;
        object.optional("bgUrl", &self.bg_url)?;
        object.optional("customDoc", &self.custom_doc)?;
        object.optional("desensitizeUserName", &self.desensitize_user_name)?;
        object.optional("deviceUnionIds", &self.device_union_ids)?;
        object.optional("groupIds", &self.group_ids)?;
        object
            .optional(
                "hideServerCodeWhenProjecting",
                &self.hide_server_code_when_projecting,
            )?;
        object.optional("instruction", &self.instruction)?;
        object.optional("isPicTop", &self.is_pic_top)?;
        object.optional("logo", &self.logo)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("picturePlayInterval", &self.picture_play_interval)?;
        object.optional("roomIds", &self.room_ids)?;
        object.optional("showCalendarCard", &self.show_calendar_card)?;
        object.optional("showCalendarTitle", &self.show_calendar_title)?;
        object.optional("showFunctionCard", &self.show_function_card)?;
        object.field("templateId", &self.template_id)?;
        object.field("templateName", &self.template_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateDeviceCustomTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateDeviceCustomTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bgImgList" => rt::read_field(map, &mut self.bg_img_list),
            "bgType" => rt::read_field(map, &mut self.bg_type),
            "bgUrl" => rt::read_field(map, &mut self.bg_url),
            "customDoc" => rt::read_field(map, &mut self.custom_doc),
            "desensitizeUserName" => rt::read_field(map, &mut self.desensitize_user_name),
            "deviceUnionIds" => rt::read_field(map, &mut self.device_union_ids),
            "groupIds" => rt::read_field(map, &mut self.group_ids),
            "hideServerCodeWhenProjecting" => {
                rt::read_field(map, &mut self.hide_server_code_when_projecting)
            }
            "instruction" => rt::read_field(map, &mut self.instruction),
            "isPicTop" => rt::read_field(map, &mut self.is_pic_top),
            "logo" => rt::read_field(map, &mut self.logo),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "picturePlayInterval" => rt::read_field(map, &mut self.picture_play_interval),
            "roomIds" => rt::read_field(map, &mut self.room_ids),
            "showCalendarCard" => rt::read_field(map, &mut self.show_calendar_card),
            "showCalendarTitle" => rt::read_field(map, &mut self.show_calendar_title),
            "showFunctionCard" => rt::read_field(map, &mut self.show_function_card),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "templateName" => rt::read_field(map, &mut self.template_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateDeviceCustomTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_meeting_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateMeetingRoomRequest {
    /// A `UpdateMeetingRoomRequest` with its required fields (`roomId`, `unionId`); set the others with the methods named after them.
    pub fn new(room_id: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            enable_cycle_reservation: None,
            group_id: None,
            isv_room_id: None,
            open_reservation: None,
            reservation_authority: None,
            room_capacity: None,
            room_description: None,
            room_id: room_id.into(),
            room_label_ids: None,
            room_location: None,
            room_name: None,
            room_picture: None,
            room_status: None,
            union_id: union_id.into(),
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
impl rt::serde::Serialize for UpdateMeetingRoomRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enableCycleReservation", &self.enable_cycle_reservation)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("isvRoomId", &self.isv_room_id)?;
        object.optional("openReservation", &self.open_reservation)?;
        object.optional("reservationAuthority", &self.reservation_authority)?;
        object.optional("roomCapacity", &self.room_capacity)?;
        object.optional("roomDescription", &self.room_description)?;
        object.field("roomId", &self.room_id)?;
        object.optional("roomLabelIds", &self.room_label_ids)?;
        object.optional("roomLocation", &self.room_location)?;
        object.optional("roomName", &self.room_name)?;
        object.optional("roomPicture", &self.room_picture)?;
        object.optional("roomStatus", &self.room_status)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateMeetingRoomRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateMeetingRoomRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enableCycleReservation" => {
                rt::read_field(map, &mut self.enable_cycle_reservation)
            }
            "groupId" => rt::read_field(map, &mut self.group_id),
            "isvRoomId" => rt::read_field(map, &mut self.isv_room_id),
            "openReservation" => rt::read_field(map, &mut self.open_reservation),
            "reservationAuthority" => {
                rt::read_field(map, &mut self.reservation_authority)
            }
            "roomCapacity" => rt::read_field(map, &mut self.room_capacity),
            "roomDescription" => rt::read_field(map, &mut self.room_description),
            "roomId" => rt::read_field(map, &mut self.room_id),
            "roomLabelIds" => rt::read_field(map, &mut self.room_label_ids),
            "roomLocation" => rt::read_field(map, &mut self.room_location),
            "roomName" => rt::read_field(map, &mut self.room_name),
            "roomPicture" => rt::read_field(map, &mut self.room_picture),
            "roomStatus" => rt::read_field(map, &mut self.room_status),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateMeetingRoomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_meeting_room_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateMeetingRoomGroupRequest {
    /// `groupId`.
    pub group_id: i64,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
impl UpdateMeetingRoomGroupRequest {
    /// A `UpdateMeetingRoomGroupRequest` with its required fields (`groupId`, `unionId`); set the others with the methods named after them.
    pub fn new(group_id: i64, union_id: impl Into<String>) -> Self {
        Self {
            group_id,
            group_name: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `groupName`.
    pub fn group_name(mut self, value: impl Into<String>) -> Self {
        self.group_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateMeetingRoomGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupId", &self.group_id)?;
        object.optional("groupName", &self.group_name)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateMeetingRoomGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateMeetingRoomGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupId" => rt::read_field(map, &mut self.group_id),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
