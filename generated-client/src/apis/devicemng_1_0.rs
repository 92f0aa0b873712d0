// @generated from api-spec/devicemng_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 设备上钉 (Device Management)：设备的注册与激活、巡检保养与报修记录、设备群与设备消息。
//!
//! 25 operations, methods of [`Api`] (`client.devicemng_1_0()`), behind the cargo feature `devicemng_1_0`; its paths start with `/v1.0/devicemng/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `devicemng_1_0`. Get it with `client.devicemng_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 批量注册设备
    ///
    /// `POST /v1.0/devicemng/devices/batch`: DingTalk's `BatchRegisterDevice` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchRegisterDevice")]
    #[doc(alias = "/v1.0/devicemng/devices/batch")]
    #[doc(alias = "POST /v1.0/devicemng/devices/batch")]
    pub fn batch_register_device(
        &self,
        request: &BatchRegisterDeviceRequest,
    ) -> rt::Call<BatchRegisterDeviceResponseBody, BatchRegisterDeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchRegisterDevice",
            rt::Method::Post,
            "/v1.0/devicemng/devices/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 想设备上钉连接器推送设备事件
    ///
    /// `POST /v1.0/devicemng/connectors/events/push`: DingTalk's `ConnectorEventPush` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConnectorEventPush")]
    #[doc(alias = "/v1.0/devicemng/connectors/events/push")]
    #[doc(alias = "POST /v1.0/devicemng/connectors/events/push")]
    pub fn connector_event_push(
        &self,
        request: &ConnectorEventPushRequest,
    ) -> rt::Call<ConnectorEventPushResponseBody, ConnectorEventPushError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConnectorEventPush",
            rt::Method::Post,
            "/v1.0/devicemng/connectors/events/push",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建设备群
    ///
    /// `POST /v1.0/devicemng/customers/chatRoom`: DingTalk's `CreateChatRoom` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateChatRoom")]
    #[doc(alias = "/v1.0/devicemng/customers/chatRoom")]
    #[doc(alias = "POST /v1.0/devicemng/customers/chatRoom")]
    pub fn create_chat_room(
        &self,
        request: &CreateChatRoomRequest,
    ) -> rt::Call<CreateChatRoomResponseBody, CreateChatRoomError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateChatRoom",
            rt::Method::Post,
            "/v1.0/devicemng/customers/chatRoom",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建部门
    ///
    /// `POST /v1.0/devicemng/departments`: DingTalk's `CreateDepartment` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateDepartment")]
    #[doc(alias = "/v1.0/devicemng/departments")]
    #[doc(alias = "POST /v1.0/devicemng/departments")]
    pub fn create_department(
        &self,
        request: &CreateDepartmentRequest,
    ) -> rt::Call<CreateDepartmentResponseBody, CreateDepartmentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateDepartment",
            rt::Method::Post,
            "/v1.0/devicemng/departments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建设备场景群
    ///
    /// `POST /v1.0/devicemng/customers/chatRooms/groups`: DingTalk's `CreateDeviceChatRoom` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateDeviceChatRoom")]
    #[doc(alias = "/v1.0/devicemng/customers/chatRooms/groups")]
    #[doc(alias = "POST /v1.0/devicemng/customers/chatRooms/groups")]
    pub fn create_device_chat_room(
        &self,
        request: &CreateDeviceChatRoomRequest,
    ) -> rt::Call<CreateDeviceChatRoomResponseBody, CreateDeviceChatRoomError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateDeviceChatRoom",
            rt::Method::Post,
            "/v1.0/devicemng/customers/chatRooms/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设备账号向目标用户发送ding消息
    ///
    /// `POST /v1.0/devicemng/ding`: DingTalk's `DeviceDing` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeviceDing")]
    #[doc(alias = "/v1.0/devicemng/ding")]
    #[doc(alias = "POST /v1.0/devicemng/ding")]
    pub fn device_ding(
        &self,
        request: &DeviceDingRequest,
    ) -> rt::Call<DeviceDingResponseBody, DeviceDingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeviceDing",
            rt::Method::Post,
            "/v1.0/devicemng/ding",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 解散设备群
    ///
    /// `POST /v1.0/devicemng/customers/chatRooms/groups/dissolve`: DingTalk's `DissolveGroup` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DissolveGroup")]
    #[doc(alias = "/v1.0/devicemng/customers/chatRooms/groups/dissolve")]
    #[doc(alias = "POST /v1.0/devicemng/customers/chatRooms/groups/dissolve")]
    pub fn dissolve_group(
        &self,
        request: &DissolveGroupRequest,
    ) -> rt::Call<DissolveGroupResponseBody, DissolveGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DissolveGroup",
            rt::Method::Post,
            "/v1.0/devicemng/customers/chatRooms/groups/dissolve",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑设备管理员
    ///
    /// `POST /v1.0/devicemng/customers/devices/administrators/edit`: DingTalk's `EditDeviceAdmin` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditDeviceAdmin")]
    #[doc(alias = "/v1.0/devicemng/customers/devices/administrators/edit")]
    #[doc(alias = "POST /v1.0/devicemng/customers/devices/administrators/edit")]
    pub fn edit_device_admin(
        &self,
        request: &EditDeviceAdminRequest,
    ) -> rt::Call<EditDeviceAdminResponseBody, EditDeviceAdminError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditDeviceAdmin",
            rt::Method::Post,
            "/v1.0/devicemng/customers/devices/administrators/edit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取设备群信息
    ///
    /// `POST /v1.0/devicemng/customers/chatRooms/groupInfos/query`: DingTalk's `GetDeviceGroupInfo` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDeviceGroupInfo")]
    #[doc(alias = "/v1.0/devicemng/customers/chatRooms/groupInfos/query")]
    #[doc(alias = "POST /v1.0/devicemng/customers/chatRooms/groupInfos/query")]
    pub fn get_device_group_info(
        &self,
        request: &GetDeviceGroupInfoRequest,
    ) -> rt::Call<GetDeviceGroupInfoResponseBody, GetDeviceGroupInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDeviceGroupInfo",
            rt::Method::Post,
            "/v1.0/devicemng/customers/chatRooms/groupInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取设备全员群标识
    ///
    /// `GET /v1.0/devicemng/customers/chatRooms/wholeGroupId`: DingTalk's `GetWholeDeviceGroup` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetWholeDeviceGroup")]
    #[doc(alias = "/v1.0/devicemng/customers/chatRooms/wholeGroupId")]
    #[doc(alias = "GET /v1.0/devicemng/customers/chatRooms/wholeGroupId")]
    pub fn get_whole_device_group(
        &self,
    ) -> rt::Call<GetWholeDeviceGroupResponseBody, GetWholeDeviceGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetWholeDeviceGroup",
            rt::Method::Get,
            "/v1.0/devicemng/customers/chatRooms/wholeGroupId",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询激活的设备信息
    ///
    /// `GET /v1.0/devicemng/customers/devices/activations/infos`: DingTalk's `ListActivateDevices` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_activate_devices_pages`].
    #[doc(alias = "ListActivateDevices")]
    #[doc(alias = "/v1.0/devicemng/customers/devices/activations/infos")]
    #[doc(alias = "GET /v1.0/devicemng/customers/devices/activations/infos")]
    pub fn list_activate_devices(
        &self,
        request: &ListActivateDevicesRequest,
    ) -> rt::Call<ListActivateDevicesResponseBody, ListActivateDevicesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListActivateDevices",
            rt::Method::Get,
            "/v1.0/devicemng/customers/devices/activations/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取巡检、保养记录
    ///
    /// `POST /v1.0/devicemng/customers/devices/inspectInfos/query`: DingTalk's `ListInspectInfo` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_inspect_info_pages`].
    #[doc(alias = "ListInspectInfo")]
    #[doc(alias = "/v1.0/devicemng/customers/devices/inspectInfos/query")]
    #[doc(alias = "POST /v1.0/devicemng/customers/devices/inspectInfos/query")]
    pub fn list_inspect_info(
        &self,
        request: &ListInspectInfoRequest,
    ) -> rt::Call<ListInspectInfoResponseBody, ListInspectInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListInspectInfo",
            rt::Method::Post,
            "/v1.0/devicemng/customers/devices/inspectInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取报修信息
    ///
    /// `POST /v1.0/devicemng/customers/devices/maintainInfos/query`: DingTalk's `ListMaintainInfo` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_maintain_info_pages`].
    #[doc(alias = "ListMaintainInfo")]
    #[doc(alias = "/v1.0/devicemng/customers/devices/maintainInfos/query")]
    #[doc(alias = "POST /v1.0/devicemng/customers/devices/maintainInfos/query")]
    pub fn list_maintain_info(
        &self,
        request: &ListMaintainInfoRequest,
    ) -> rt::Call<ListMaintainInfoResponseBody, ListMaintainInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListMaintainInfo",
            rt::Method::Post,
            "/v1.0/devicemng/customers/devices/maintainInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 拉设备进群
    ///
    /// `POST /v1.0/devicemng/customers/chatRooms/devices`: DingTalk's `PullDeviceToGroup` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PullDeviceToGroup")]
    #[doc(alias = "/v1.0/devicemng/customers/chatRooms/devices")]
    #[doc(alias = "POST /v1.0/devicemng/customers/chatRooms/devices")]
    pub fn pull_device_to_group(
        &self,
        request: &PullDeviceToGroupRequest,
    ) -> rt::Call<PullDeviceToGroupResponseBody, PullDeviceToGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PullDeviceToGroup",
            rt::Method::Post,
            "/v1.0/devicemng/customers/chatRooms/devices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 拉设用户进群
    ///
    /// `POST /v1.0/devicemng/customers/chatRooms/users`: DingTalk's `PullUserToGroup` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PullUserToGroup")]
    #[doc(alias = "/v1.0/devicemng/customers/chatRooms/users")]
    #[doc(alias = "POST /v1.0/devicemng/customers/chatRooms/users")]
    pub fn pull_user_to_group(
        &self,
        request: &PullUserToGroupRequest,
    ) -> rt::Call<PullUserToGroupResponseBody, PullUserToGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PullUserToGroup",
            rt::Method::Post,
            "/v1.0/devicemng/customers/chatRooms/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 注册与激活设备
    ///
    /// `POST /v1.0/devicemng/customers/devices/registerAndActivate`: DingTalk's `RegisterAndActivateDevice` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RegisterAndActivateDevice")]
    #[doc(alias = "/v1.0/devicemng/customers/devices/registerAndActivate")]
    #[doc(alias = "POST /v1.0/devicemng/customers/devices/registerAndActivate")]
    pub fn register_and_activate_device(
        &self,
        request: &RegisterAndActivateDeviceRequest,
    ) -> rt::Call<
        RegisterAndActivateDeviceResponseBody,
        RegisterAndActivateDeviceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RegisterAndActivateDevice",
            rt::Method::Post,
            "/v1.0/devicemng/customers/devices/registerAndActivate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量注册与激活设备
    ///
    /// `POST /v1.0/devicemng/customers/devices/registrationActivations/batch`: DingTalk's `RegisterAndActivateDeviceBatch` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RegisterAndActivateDeviceBatch")]
    #[doc(alias = "/v1.0/devicemng/customers/devices/registrationActivations/batch")]
    #[doc(
        alias = "POST /v1.0/devicemng/customers/devices/registrationActivations/batch"
    )]
    pub fn register_and_activate_device_batch(
        &self,
        request: &RegisterAndActivateDeviceBatchRequest,
    ) -> rt::Call<
        RegisterAndActivateDeviceBatchResponseBody,
        RegisterAndActivateDeviceBatchError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RegisterAndActivateDeviceBatch",
            rt::Method::Post,
            "/v1.0/devicemng/customers/devices/registrationActivations/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 注册设备并为其创建机器人
    ///
    /// `POST /v1.0/devicemng/devices`: DingTalk's `RegisterDevice` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RegisterDevice")]
    #[doc(alias = "/v1.0/devicemng/devices")]
    #[doc(alias = "POST /v1.0/devicemng/devices")]
    pub fn register_device(
        &self,
        request: &RegisterDeviceRequest,
    ) -> rt::Call<RegisterDeviceResponseBody, RegisterDeviceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RegisterDevice",
            rt::Method::Post,
            "/v1.0/devicemng/devices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 移设备出群
    ///
    /// `POST /v1.0/devicemng/customers/chatRooms/devices/remove`: DingTalk's `RemoveDeviceFromGroup` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveDeviceFromGroup")]
    #[doc(alias = "/v1.0/devicemng/customers/chatRooms/devices/remove")]
    #[doc(alias = "POST /v1.0/devicemng/customers/chatRooms/devices/remove")]
    pub fn remove_device_from_group(
        &self,
        request: &RemoveDeviceFromGroupRequest,
    ) -> rt::Call<RemoveDeviceFromGroupResponseBody, RemoveDeviceFromGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveDeviceFromGroup",
            rt::Method::Post,
            "/v1.0/devicemng/customers/chatRooms/devices/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 移用户出设备群
    ///
    /// `POST /v1.0/devicemng/customers/chatRooms/users/remove`: DingTalk's `RemoveUserFromGroup` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveUserFromGroup")]
    #[doc(alias = "/v1.0/devicemng/customers/chatRooms/users/remove")]
    #[doc(alias = "POST /v1.0/devicemng/customers/chatRooms/users/remove")]
    pub fn remove_user_from_group(
        &self,
        request: &RemoveUserFromGroupRequest,
    ) -> rt::Call<RemoveUserFromGroupResponseBody, RemoveUserFromGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveUserFromGroup",
            rt::Method::Post,
            "/v1.0/devicemng/customers/chatRooms/users/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送卡片
    ///
    /// `POST /v1.0/devicemng/customers/cards/send`: DingTalk's `SendCard` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendCard")]
    #[doc(alias = "/v1.0/devicemng/customers/cards/send")]
    #[doc(alias = "POST /v1.0/devicemng/customers/cards/send")]
    pub fn send_card(
        &self,
        request: &SendCardRequest,
    ) -> rt::Call<SendCardResponseBody, SendCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendCard",
            rt::Method::Post,
            "/v1.0/devicemng/customers/cards/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送普通消息
    ///
    /// `POST /v1.0/devicemng/customers/messages/send`: DingTalk's `SendMsg` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendMsg")]
    #[doc(alias = "/v1.0/devicemng/customers/messages/send")]
    #[doc(alias = "POST /v1.0/devicemng/customers/messages/send")]
    pub fn send_msg(
        &self,
        request: &SendMsgRequest,
    ) -> rt::Call<SendMsgResponseBody, SendMsgError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendMsg",
            rt::Method::Post,
            "/v1.0/devicemng/customers/messages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 卸载设备
    ///
    /// `POST /v1.0/devicemng/customers/devices/uninstall`: DingTalk's `UninstallDeviceRobot` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UninstallDeviceRobot")]
    #[doc(alias = "/v1.0/devicemng/customers/devices/uninstall")]
    #[doc(alias = "POST /v1.0/devicemng/customers/devices/uninstall")]
    pub fn uninstall_device_robot(
        &self,
        request: &UninstallDeviceRobotRequest,
    ) -> rt::Call<UninstallDeviceRobotResponseBody, UninstallDeviceRobotError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UninstallDeviceRobot",
            rt::Method::Post,
            "/v1.0/devicemng/customers/devices/uninstall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新卡片
    ///
    /// `PUT /v1.0/devicemng/customers/cards`: DingTalk's `UpdateCard` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateCard")]
    #[doc(alias = "/v1.0/devicemng/customers/cards")]
    #[doc(alias = "PUT /v1.0/devicemng/customers/cards")]
    pub fn update_card(
        &self,
        request: &UpdateCardRequest,
    ) -> rt::Call<UpdateCardResponseBody, UpdateCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateCard",
            rt::Method::Put,
            "/v1.0/devicemng/customers/cards",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设备事件上报
    ///
    /// `POST /v1.0/devicemng/suppliers/events/upload`: DingTalk's `UploadEvent` (module feature `devicemng_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UploadEvent")]
    #[doc(alias = "/v1.0/devicemng/suppliers/events/upload")]
    #[doc(alias = "POST /v1.0/devicemng/suppliers/events/upload")]
    pub fn upload_event(
        &self,
        request: &UploadEventRequest,
    ) -> rt::Call<UploadEventResponseBody, UploadEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UploadEvent",
            rt::Method::Post,
            "/v1.0/devicemng/suppliers/events/upload",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::list_activate_devices`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `result` of each page.
    pub fn list_activate_devices_pages(
        &self,
        request: &ListActivateDevicesRequest,
    ) -> rt::Paginator<
        ListActivateDevicesResponseBody,
        ListActivateDevicesError,
        ListActivateDevicesResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.list_activate_devices(request), &PAGING)
    }
    /// Every page of [`Api::list_inspect_info`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `result` of each page.
    pub fn list_inspect_info_pages(
        &self,
        request: &ListInspectInfoRequest,
    ) -> rt::Paginator<
        ListInspectInfoResponseBody,
        ListInspectInfoError,
        ListInspectInfoResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["result"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.list_inspect_info(request), &PAGING)
    }
    /// Every page of [`Api::list_maintain_info`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `result` of each page.
    pub fn list_maintain_info_pages(
        &self,
        request: &ListMaintainInfoRequest,
    ) -> rt::Paginator<
        ListMaintainInfoResponseBody,
        ListMaintainInfoError,
        ListMaintainInfoResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["result"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.list_maintain_info(request), &PAGING)
    }
}
/// `BatchRegisterDeviceRequestDeviceList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchRegisterDeviceRequestDeviceList {
    /// `collaborators`.
    pub collaborators: String,
    /// `departmentId`.
    pub department_id: i64,
    /// `description`.
    pub description: String,
    /// `deviceKey`.
    pub device_key: String,
    /// `deviceName`.
    pub device_name: String,
    /// `managers`.
    pub managers: String,
}
/// The required fields of [`BatchRegisterDeviceRequestDeviceList`], each named where it is set: `BatchRegisterDeviceRequestDeviceList::new(BatchRegisterDeviceRequestDeviceListRequired { .. })`.
pub struct BatchRegisterDeviceRequestDeviceListRequired {
    /// `collaborators`: see [`BatchRegisterDeviceRequestDeviceList::collaborators`].
    pub collaborators: String,
    /// `departmentId`: see [`BatchRegisterDeviceRequestDeviceList::department_id`].
    pub department_id: i64,
    /// `description`: see [`BatchRegisterDeviceRequestDeviceList::description`].
    pub description: String,
    /// `deviceKey`: see [`BatchRegisterDeviceRequestDeviceList::device_key`].
    pub device_key: String,
    /// `deviceName`: see [`BatchRegisterDeviceRequestDeviceList::device_name`].
    pub device_name: String,
    /// `managers`: see [`BatchRegisterDeviceRequestDeviceList::managers`].
    pub managers: String,
}
impl BatchRegisterDeviceRequestDeviceList {
    /// A `BatchRegisterDeviceRequestDeviceList` with its required fields (`collaborators`, `departmentId`, `description`, `deviceKey`, `deviceName`, `managers`); set the others with the methods named after them.
    pub fn new(required: BatchRegisterDeviceRequestDeviceListRequired) -> Self {
        let BatchRegisterDeviceRequestDeviceListRequired {
            collaborators,
            department_id,
            description,
            device_key,
            device_name,
            managers,
        } = required;
        Self {
            collaborators,
            department_id,
            description,
            device_key,
            device_name,
            managers,
        }
    }
}
rt::impl_serialize! {
    BatchRegisterDeviceRequestDeviceList { "collaborators" => field(collaborators),
    "departmentId" => field(department_id), "description" => field(description),
    "deviceKey" => field(device_key), "deviceName" => field(device_name), "managers" =>
    field(managers) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchRegisterDeviceRequestDeviceList { "collaborators" => read_field(collaborators),
    "departmentId" => read_field(department_id), "description" =>
    read_field(description), "deviceKey" => read_field(device_key), "deviceName" =>
    read_field(device_name), "managers" => read_field(managers) }
}
/// `BatchRegisterDeviceResponseBody`, a model several operations share: also named [`CreateDepartmentResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchRegisterDeviceResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    BatchRegisterDeviceResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchRegisterDeviceResponseBody { "result" => optional(result) }
}
/// `ConnectorEventPushResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConnectorEventPushResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ConnectorEventPushResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConnectorEventPushResponseBody { "success" => optional(success) }
}
/// `CreateChatRoomResponseBody`, a model several operations share: also named [`DissolveGroupResponseBody`], [`EditDeviceAdminResponseBody`], [`GetWholeDeviceGroupResponseBody`], [`PullDeviceToGroupResponseBody`], [`PullUserToGroupResponseBody`], [`RemoveDeviceFromGroupResponseBody`], [`RemoveUserFromGroupResponseBody`], [`SendCardResponseBody`], [`SendMsgResponseBody`], [`UninstallDeviceRobotResponseBody`], [`UploadEventResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateChatRoomResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateChatRoomResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateChatRoomResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CreateDepartmentResponseBody`: the same model as [`BatchRegisterDeviceResponseBody`].
pub type CreateDepartmentResponseBody = BatchRegisterDeviceResponseBody;
/// `CreateDeviceChatRoomResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateDeviceChatRoomResponseBody {
    /// `result`.
    pub result: Option<CreateDeviceChatRoomResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateDeviceChatRoomResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateDeviceChatRoomResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `DeviceDingResponseBody`, a model several operations share: also named [`RegisterDeviceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceDingResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    DeviceDingResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeviceDingResponseBody { "result" => optional(result) }
}
/// `DissolveGroupResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type DissolveGroupResponseBody = CreateChatRoomResponseBody;
/// `EditDeviceAdminResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type EditDeviceAdminResponseBody = CreateChatRoomResponseBody;
/// `GetDeviceGroupInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDeviceGroupInfoResponseBody {
    /// `result`.
    pub result: Option<GetDeviceGroupInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetDeviceGroupInfoResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDeviceGroupInfoResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetWholeDeviceGroupResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type GetWholeDeviceGroupResponseBody = CreateChatRoomResponseBody;
/// `ListActivateDevicesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListActivateDevicesResponseBody {
    /// `result`.
    pub result: Option<Vec<ListActivateDevicesResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListActivateDevicesResponseBody { "result" => read_field(result), "success" =>
    read_field(success), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListActivateDevicesResponseBody { "result" => optional(result), "success" =>
    optional(success), "totalCount" => optional(total_count) }
}
/// `ListInspectInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListInspectInfoResponseBody {
    /// `result`.
    pub result: Option<Vec<ListInspectInfoResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListInspectInfoResponseBody { "result" => read_field(result), "success" =>
    read_field(success), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListInspectInfoResponseBody { "result" => optional(result), "success" =>
    optional(success), "totalCount" => optional(total_count) }
}
/// `ListMaintainInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMaintainInfoResponseBody {
    /// `result`.
    pub result: Option<Vec<ListMaintainInfoResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListMaintainInfoResponseBody { "result" => read_field(result), "success" =>
    read_field(success), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListMaintainInfoResponseBody { "result" => optional(result), "success" =>
    optional(success), "totalCount" => optional(total_count) }
}
/// `PullDeviceToGroupResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type PullDeviceToGroupResponseBody = CreateChatRoomResponseBody;
/// `PullUserToGroupResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type PullUserToGroupResponseBody = CreateChatRoomResponseBody;
/// `RegisterAndActivateDeviceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RegisterAndActivateDeviceResponseBody {
    /// `result`.
    pub result: Option<RegisterAndActivateDeviceResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    RegisterAndActivateDeviceResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RegisterAndActivateDeviceResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS {
    /// `deviceCallbackUrl`.
    pub device_callback_url: Option<String>,
    /// `deviceCategory`.
    pub device_category: Option<i64>,
    /// `deviceCode`.
    pub device_code: String,
    /// `deviceDetailUrl`.
    pub device_detail_url: Option<String>,
    /// `deviceName`.
    pub device_name: String,
    /// `groupUuid`.
    pub group_uuid: Option<String>,
    /// `introduction`.
    pub introduction: Option<String>,
    /// `roleUuid`.
    pub role_uuid: Option<String>,
    /// `typeUuid`.
    pub type_uuid: Option<String>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
/// The required fields of [`RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS`], each named where it is set: `RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS::new(RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOSRequired { .. })`.
pub struct RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOSRequired {
    /// `deviceCode`: see [`RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS::device_code`].
    pub device_code: String,
    /// `deviceName`: see [`RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS::device_name`].
    pub device_name: String,
}
impl RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS {
    /// A `RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS` with its required fields (`deviceCode`, `deviceName`); set the others with the methods named after them.
    pub fn new(
        required: RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOSRequired,
    ) -> Self {
        let RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOSRequired {
            device_code,
            device_name,
        } = required;
        Self {
            device_callback_url: None,
            device_category: None,
            device_code,
            device_detail_url: None,
            device_name,
            group_uuid: None,
            introduction: None,
            role_uuid: None,
            type_uuid: None,
            user_ids: None,
        }
    }
    /// Sets `deviceCallbackUrl`.
    pub fn device_callback_url(mut self, value: impl Into<String>) -> Self {
        self.device_callback_url = Some(value.into());
        self
    }
    /// Sets `deviceCategory`.
    pub fn device_category(mut self, value: i64) -> Self {
        self.device_category = Some(value);
        self
    }
    /// Sets `deviceDetailUrl`.
    pub fn device_detail_url(mut self, value: impl Into<String>) -> Self {
        self.device_detail_url = Some(value.into());
        self
    }
    /// Sets `groupUuid`.
    pub fn group_uuid(mut self, value: impl Into<String>) -> Self {
        self.group_uuid = Some(value.into());
        self
    }
    /// Sets `introduction`.
    pub fn introduction(mut self, value: impl Into<String>) -> Self {
        self.introduction = Some(value.into());
        self
    }
    /// Sets `roleUuid`.
    pub fn role_uuid(mut self, value: impl Into<String>) -> Self {
        self.role_uuid = Some(value.into());
        self
    }
    /// Sets `typeUuid`.
    pub fn type_uuid(mut self, value: impl Into<String>) -> Self {
        self.type_uuid = Some(value.into());
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
    RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS { "deviceCallbackUrl" =>
    optional(device_callback_url), "deviceCategory" => optional(device_category),
    "deviceCode" => field(device_code), "deviceDetailUrl" => optional(device_detail_url),
    "deviceName" => field(device_name), "groupUuid" => optional(group_uuid),
    "introduction" => optional(introduction), "roleUuid" => optional(role_uuid),
    "typeUuid" => optional(type_uuid), "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS { "deviceCallbackUrl" =>
    read_field(device_callback_url), "deviceCategory" => read_field(device_category),
    "deviceCode" => read_field(device_code), "deviceDetailUrl" =>
    read_field(device_detail_url), "deviceName" => read_field(device_name), "groupUuid"
    => read_field(group_uuid), "introduction" => read_field(introduction), "roleUuid" =>
    read_field(role_uuid), "typeUuid" => read_field(type_uuid), "userIds" =>
    read_field(user_ids) }
}
/// `RegisterAndActivateDeviceBatchResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RegisterAndActivateDeviceBatchResponseBody {
    /// `failItems`.
    pub fail_items: Option<Vec<RegisterAndActivateDeviceBatchResponseBodyFailItems>>,
    /// `success`.
    pub success: Option<bool>,
    /// `successItems`.
    pub success_items: Option<
        Vec<RegisterAndActivateDeviceBatchResponseBodySuccessItems>,
    >,
}
rt::impl_deserialize! {
    RegisterAndActivateDeviceBatchResponseBody { "failItems" => read_field(fail_items),
    "success" => read_field(success), "successItems" => read_field(success_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RegisterAndActivateDeviceBatchResponseBody { "failItems" => optional(fail_items),
    "success" => optional(success), "successItems" => optional(success_items) }
}
/// `RegisterDeviceResponseBody`: the same model as [`DeviceDingResponseBody`].
pub type RegisterDeviceResponseBody = DeviceDingResponseBody;
/// `RemoveDeviceFromGroupResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type RemoveDeviceFromGroupResponseBody = CreateChatRoomResponseBody;
/// `RemoveUserFromGroupResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type RemoveUserFromGroupResponseBody = CreateChatRoomResponseBody;
/// `SendCardResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type SendCardResponseBody = CreateChatRoomResponseBody;
/// `SendMsgResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type SendMsgResponseBody = CreateChatRoomResponseBody;
/// `UninstallDeviceRobotResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type UninstallDeviceRobotResponseBody = CreateChatRoomResponseBody;
/// `UpdateCardRequestTips`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCardRequestTips {
    /// `cids`.
    pub cids: Option<String>,
    /// `content`.
    pub content: Option<String>,
    /// `sender`.
    pub sender: Option<String>,
}
impl UpdateCardRequestTips {
    /// An empty `UpdateCardRequestTips`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cids`.
    pub fn cids(mut self, value: impl Into<String>) -> Self {
        self.cids = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `sender`.
    pub fn sender(mut self, value: impl Into<String>) -> Self {
        self.sender = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateCardRequestTips { "cids" => optional(cids), "content" => optional(content),
    "sender" => optional(sender) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCardRequestTips { "cids" => read_field(cids), "content" => read_field(content),
    "sender" => read_field(sender) }
}
/// `UpdateCardResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateCardResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UpdateCardResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateCardResponseBody { "result" => optional(result), "success" => optional(success)
    }
}
/// `UploadEventResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type UploadEventResponseBody = CreateChatRoomResponseBody;
/// `CreateDeviceChatRoomResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateDeviceChatRoomResponseBodyResult {
    /// `chatId`.
    pub chat_id: Option<String>,
    /// `encodedCid`.
    pub encoded_cid: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    CreateDeviceChatRoomResponseBodyResult { "chatId" => read_field(chat_id),
    "encodedCid" => read_field(encoded_cid), "openConversationId" =>
    read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateDeviceChatRoomResponseBodyResult { "chatId" => optional(chat_id), "encodedCid"
    => optional(encoded_cid), "openConversationId" => optional(open_conversation_id) }
}
/// `GetDeviceGroupInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDeviceGroupInfoResponseBodyResult {
    /// `devices`.
    pub devices: Option<Vec<GetDeviceGroupInfoResponseBodyResultDevices>>,
    /// `ownerUser`.
    pub owner_user: Option<String>,
    /// `subAdminUsers`.
    pub sub_admin_users: Option<Vec<String>>,
    /// `title`.
    pub title: Option<String>,
    /// `users`.
    pub users: Option<rt::BTreeMap<String, String>>,
}
rt::impl_deserialize! {
    GetDeviceGroupInfoResponseBodyResult { "devices" => read_field(devices), "ownerUser"
    => read_field(owner_user), "subAdminUsers" => read_field(sub_admin_users), "title" =>
    read_field(title), "users" => read_field(users) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDeviceGroupInfoResponseBodyResult { "devices" => optional(devices), "ownerUser" =>
    optional(owner_user), "subAdminUsers" => optional(sub_admin_users), "title" =>
    optional(title), "users" => optional(users) }
}
/// `ListActivateDevicesResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListActivateDevicesResponseBodyResult {
    /// `bizExt`.
    pub biz_ext: Option<String>,
    /// `deviceCallbackUrl`.
    pub device_callback_url: Option<String>,
    /// `deviceCategory`.
    pub device_category: Option<i64>,
    /// `deviceCode`.
    pub device_code: Option<String>,
    /// `deviceDetailUrl`.
    pub device_detail_url: Option<String>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `groupUuid`.
    pub group_uuid: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `introduction`.
    pub introduction: Option<String>,
    /// `typeUuid`.
    pub type_uuid: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
rt::impl_deserialize! {
    ListActivateDevicesResponseBodyResult { "bizExt" => read_field(biz_ext),
    "deviceCallbackUrl" => read_field(device_callback_url), "deviceCategory" =>
    read_field(device_category), "deviceCode" => read_field(device_code),
    "deviceDetailUrl" => read_field(device_detail_url), "deviceName" =>
    read_field(device_name), "groupUuid" => read_field(group_uuid), "icon" =>
    read_field(icon), "introduction" => read_field(introduction), "typeUuid" =>
    read_field(type_uuid), "uuid" => read_field(uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListActivateDevicesResponseBodyResult { "bizExt" => optional(biz_ext),
    "deviceCallbackUrl" => optional(device_callback_url), "deviceCategory" =>
    optional(device_category), "deviceCode" => optional(device_code), "deviceDetailUrl"
    => optional(device_detail_url), "deviceName" => optional(device_name), "groupUuid" =>
    optional(group_uuid), "icon" => optional(icon), "introduction" =>
    optional(introduction), "typeUuid" => optional(type_uuid), "uuid" => optional(uuid) }
}
/// `ListInspectInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListInspectInfoResponseBodyResult {
    /// `deviceCode`.
    pub device_code: Option<String>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `handleTime`.
    pub handle_time: Option<String>,
    /// `maintenanceStaff`.
    pub maintenance_staff: Option<Vec<String>>,
    /// `name`.
    pub name: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `repairStatus`.
    pub repair_status: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    ListInspectInfoResponseBodyResult { "deviceCode" => read_field(device_code),
    "deviceName" => read_field(device_name), "gmtCreate" => read_field(gmt_create),
    "handleTime" => read_field(handle_time), "maintenanceStaff" =>
    read_field(maintenance_staff), "name" => read_field(name), "remark" =>
    read_field(remark), "repairStatus" => read_field(repair_status), "status" =>
    read_field(status), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListInspectInfoResponseBodyResult { "deviceCode" => optional(device_code),
    "deviceName" => optional(device_name), "gmtCreate" => optional(gmt_create),
    "handleTime" => optional(handle_time), "maintenanceStaff" =>
    optional(maintenance_staff), "name" => optional(name), "remark" => optional(remark),
    "repairStatus" => optional(repair_status), "status" => optional(status), "type" =>
    optional(r#type) }
}
/// `ListMaintainInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMaintainInfoResponseBodyResult {
    /// `deviceCode`.
    pub device_code: Option<String>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `handleTime`.
    pub handle_time: Option<String>,
    /// `maintenanceStaff`.
    pub maintenance_staff: Option<Vec<String>>,
    /// `processState`.
    pub process_state: Option<i64>,
    /// `remark`.
    pub remark: Option<String>,
}
rt::impl_deserialize! {
    ListMaintainInfoResponseBodyResult { "deviceCode" => read_field(device_code),
    "deviceName" => read_field(device_name), "gmtCreate" => read_field(gmt_create),
    "handleTime" => read_field(handle_time), "maintenanceStaff" =>
    read_field(maintenance_staff), "processState" => read_field(process_state), "remark"
    => read_field(remark) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListMaintainInfoResponseBodyResult { "deviceCode" => optional(device_code),
    "deviceName" => optional(device_name), "gmtCreate" => optional(gmt_create),
    "handleTime" => optional(handle_time), "maintenanceStaff" =>
    optional(maintenance_staff), "processState" => optional(process_state), "remark" =>
    optional(remark) }
}
/// `RegisterAndActivateDeviceResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RegisterAndActivateDeviceResponseBodyResult {
    /// `deviceCategory`.
    pub device_category: Option<i64>,
    /// `deviceCode`.
    pub device_code: Option<String>,
    /// `deviceDetailUrl`.
    pub device_detail_url: Option<String>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `deviceUuid`.
    pub device_uuid: Option<String>,
    /// `introduction`.
    pub introduction: Option<String>,
    /// `roleUuid`.
    pub role_uuid: Option<String>,
    /// `typeUuid`.
    pub type_uuid: Option<String>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    RegisterAndActivateDeviceResponseBodyResult { "deviceCategory" =>
    read_field(device_category), "deviceCode" => read_field(device_code),
    "deviceDetailUrl" => read_field(device_detail_url), "deviceName" =>
    read_field(device_name), "deviceUuid" => read_field(device_uuid), "introduction" =>
    read_field(introduction), "roleUuid" => read_field(role_uuid), "typeUuid" =>
    read_field(type_uuid), "userIds" => read_field(user_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RegisterAndActivateDeviceResponseBodyResult { "deviceCategory" =>
    optional(device_category), "deviceCode" => optional(device_code), "deviceDetailUrl"
    => optional(device_detail_url), "deviceName" => optional(device_name), "deviceUuid"
    => optional(device_uuid), "introduction" => optional(introduction), "roleUuid" =>
    optional(role_uuid), "typeUuid" => optional(type_uuid), "userIds" =>
    optional(user_ids) }
}
/// `RegisterAndActivateDeviceBatchResponseBodyFailItems`, a model several operations share: also named [`RegisterAndActivateDeviceBatchResponseBodySuccessItems`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RegisterAndActivateDeviceBatchResponseBodyFailItems {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<RegisterAndActivateDeviceBatchResponseBodyFailItemsResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    RegisterAndActivateDeviceBatchResponseBodyFailItems { "errorCode" =>
    read_field(error_code), "errorMsg" => read_field(error_msg), "result" =>
    read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RegisterAndActivateDeviceBatchResponseBodyFailItems { "errorCode" =>
    optional(error_code), "errorMsg" => optional(error_msg), "result" =>
    optional(result), "success" => optional(success) }
}
/// `RegisterAndActivateDeviceBatchResponseBodySuccessItems`: the same model as [`RegisterAndActivateDeviceBatchResponseBodyFailItems`].
pub type RegisterAndActivateDeviceBatchResponseBodySuccessItems = RegisterAndActivateDeviceBatchResponseBodyFailItems;
/// `GetDeviceGroupInfoResponseBodyResultDevices`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDeviceGroupInfoResponseBodyResultDevices {
    /// `deviceCode`.
    pub device_code: Option<String>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `deviceUuid`.
    pub device_uuid: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
rt::impl_deserialize! {
    GetDeviceGroupInfoResponseBodyResultDevices { "deviceCode" =>
    read_field(device_code), "deviceName" => read_field(device_name), "deviceUuid" =>
    read_field(device_uuid), "uuid" => read_field(uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDeviceGroupInfoResponseBodyResultDevices { "deviceCode" => optional(device_code),
    "deviceName" => optional(device_name), "deviceUuid" => optional(device_uuid), "uuid"
    => optional(uuid) }
}
/// `RegisterAndActivateDeviceBatchResponseBodyFailItemsResult`, a model several operations share: also named [`RegisterAndActivateDeviceBatchResponseBodySuccessItemsResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RegisterAndActivateDeviceBatchResponseBodyFailItemsResult {
    /// `deviceCallbackUrl`.
    pub device_callback_url: Option<String>,
    /// `deviceCategory`.
    pub device_category: Option<i64>,
    /// `deviceCode`.
    pub device_code: Option<String>,
    /// `deviceDetailUrl`.
    pub device_detail_url: Option<String>,
    /// `deviceName`.
    pub device_name: Option<String>,
    /// `groupUuid`.
    pub group_uuid: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `introduction`.
    pub introduction: Option<String>,
    /// `roleUuid`.
    pub role_uuid: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `typeUuid`.
    pub type_uuid: Option<String>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
    /// `uuid`.
    pub uuid: Option<String>,
}
rt::impl_deserialize! {
    RegisterAndActivateDeviceBatchResponseBodyFailItemsResult { "deviceCallbackUrl" =>
    read_field(device_callback_url), "deviceCategory" => read_field(device_category),
    "deviceCode" => read_field(device_code), "deviceDetailUrl" =>
    read_field(device_detail_url), "deviceName" => read_field(device_name), "groupUuid"
    => read_field(group_uuid), "icon" => read_field(icon), "introduction" =>
    read_field(introduction), "roleUuid" => read_field(role_uuid), "status" =>
    read_field(status), "typeUuid" => read_field(type_uuid), "userIds" =>
    read_field(user_ids), "uuid" => read_field(uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RegisterAndActivateDeviceBatchResponseBodyFailItemsResult { "deviceCallbackUrl" =>
    optional(device_callback_url), "deviceCategory" => optional(device_category),
    "deviceCode" => optional(device_code), "deviceDetailUrl" =>
    optional(device_detail_url), "deviceName" => optional(device_name), "groupUuid" =>
    optional(group_uuid), "icon" => optional(icon), "introduction" =>
    optional(introduction), "roleUuid" => optional(role_uuid), "status" =>
    optional(status), "typeUuid" => optional(type_uuid), "userIds" => optional(user_ids),
    "uuid" => optional(uuid) }
}
/// `RegisterAndActivateDeviceBatchResponseBodySuccessItemsResult`: the same model as [`RegisterAndActivateDeviceBatchResponseBodyFailItemsResult`].
pub type RegisterAndActivateDeviceBatchResponseBodySuccessItemsResult = RegisterAndActivateDeviceBatchResponseBodyFailItemsResult;
/// The request of [`Api::batch_register_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchRegisterDeviceRequest {
    /// `deviceList`.
    pub device_list: Vec<BatchRegisterDeviceRequestDeviceList>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`BatchRegisterDeviceRequest`], each named where it is set: `BatchRegisterDeviceRequest::new(BatchRegisterDeviceRequired { .. })`.
pub struct BatchRegisterDeviceRequired {
    /// `deviceList`: see [`BatchRegisterDeviceRequest::device_list`].
    pub device_list: Vec<BatchRegisterDeviceRequestDeviceList>,
    /// `userId`: see [`BatchRegisterDeviceRequest::user_id`].
    pub user_id: String,
}
impl BatchRegisterDeviceRequest {
    /// A `BatchRegisterDeviceRequest` with its required fields (`deviceList`, `userId`); set the others with the methods named after them.
    pub fn new(required: BatchRegisterDeviceRequired) -> Self {
        let BatchRegisterDeviceRequired { device_list, user_id } = required;
        Self { device_list, user_id }
    }
}
rt::impl_serialize! {
    BatchRegisterDeviceRequest { "deviceList" => field(device_list), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchRegisterDeviceRequest { "deviceList" => read_field(device_list), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for BatchRegisterDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::connector_event_push`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConnectorEventPushRequest {
    /// `deviceTypeUuid`.
    pub device_type_uuid: Option<String>,
    /// `eventName`.
    pub event_name: Option<String>,
    /// `input`.
    pub input: Option<String>,
}
impl ConnectorEventPushRequest {
    /// An empty `ConnectorEventPushRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deviceTypeUuid`.
    pub fn device_type_uuid(mut self, value: impl Into<String>) -> Self {
        self.device_type_uuid = Some(value.into());
        self
    }
    /// Sets `eventName`.
    pub fn event_name(mut self, value: impl Into<String>) -> Self {
        self.event_name = Some(value.into());
        self
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<String>) -> Self {
        self.input = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConnectorEventPushRequest { "deviceTypeUuid" => optional(device_type_uuid),
    "eventName" => optional(event_name), "input" => optional(input) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConnectorEventPushRequest { "deviceTypeUuid" => read_field(device_type_uuid),
    "eventName" => read_field(event_name), "input" => read_field(input) }
}
impl rt::WriteRequest for ConnectorEventPushRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_chat_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateChatRoomRequest {
    /// `chatGroupName`.
    pub chat_group_name: String,
    /// `deviceCodes`.
    pub device_codes: Vec<String>,
    /// `deviceTypeId`.
    pub device_type_id: Option<String>,
    /// `ownerUserId`.
    pub owner_user_id: Option<String>,
    /// `roleList`.
    pub role_list: Option<Vec<String>>,
}
/// The required fields of [`CreateChatRoomRequest`], each named where it is set: `CreateChatRoomRequest::new(CreateChatRoomRequired { .. })`.
pub struct CreateChatRoomRequired {
    /// `chatGroupName`: see [`CreateChatRoomRequest::chat_group_name`].
    pub chat_group_name: String,
    /// `deviceCodes`: see [`CreateChatRoomRequest::device_codes`].
    pub device_codes: Vec<String>,
}
impl CreateChatRoomRequest {
    /// A `CreateChatRoomRequest` with its required fields (`chatGroupName`, `deviceCodes`); set the others with the methods named after them.
    pub fn new(required: CreateChatRoomRequired) -> Self {
        let CreateChatRoomRequired { chat_group_name, device_codes } = required;
        Self {
            chat_group_name,
            device_codes,
            device_type_id: None,
            owner_user_id: None,
            role_list: None,
        }
    }
    /// Sets `deviceTypeId`.
    pub fn device_type_id(mut self, value: impl Into<String>) -> Self {
        self.device_type_id = Some(value.into());
        self
    }
    /// Sets `ownerUserId`.
    pub fn owner_user_id(mut self, value: impl Into<String>) -> Self {
        self.owner_user_id = Some(value.into());
        self
    }
    /// Sets `roleList`.
    pub fn role_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.role_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    CreateChatRoomRequest { "chatGroupName" => field(chat_group_name), "deviceCodes" =>
    field(device_codes), "deviceTypeId" => optional(device_type_id), "ownerUserId" =>
    optional(owner_user_id), "roleList" => optional(role_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateChatRoomRequest { "chatGroupName" => read_field(chat_group_name), "deviceCodes"
    => read_field(device_codes), "deviceTypeId" => read_field(device_type_id),
    "ownerUserId" => read_field(owner_user_id), "roleList" => read_field(role_list) }
}
impl rt::WriteRequest for CreateChatRoomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_department`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateDepartmentRequest {
    /// `authInfo`.
    pub auth_info: String,
    /// `authType`.
    pub auth_type: String,
    /// `bizExt`.
    pub biz_ext: String,
    /// `departmentName`.
    pub department_name: String,
    /// `departmentType`.
    pub department_type: String,
    /// `description`.
    pub description: String,
    /// `systemUrl`.
    pub system_url: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`CreateDepartmentRequest`], each named where it is set: `CreateDepartmentRequest::new(CreateDepartmentRequired { .. })`.
pub struct CreateDepartmentRequired {
    /// `authInfo`: see [`CreateDepartmentRequest::auth_info`].
    pub auth_info: String,
    /// `authType`: see [`CreateDepartmentRequest::auth_type`].
    pub auth_type: String,
    /// `bizExt`: see [`CreateDepartmentRequest::biz_ext`].
    pub biz_ext: String,
    /// `departmentName`: see [`CreateDepartmentRequest::department_name`].
    pub department_name: String,
    /// `departmentType`: see [`CreateDepartmentRequest::department_type`].
    pub department_type: String,
    /// `description`: see [`CreateDepartmentRequest::description`].
    pub description: String,
    /// `systemUrl`: see [`CreateDepartmentRequest::system_url`].
    pub system_url: String,
    /// `userId`: see [`CreateDepartmentRequest::user_id`].
    pub user_id: String,
}
impl CreateDepartmentRequest {
    /// A `CreateDepartmentRequest` with its required fields (`authInfo`, `authType`, `bizExt`, `departmentName`, `departmentType`, `description`, `systemUrl`, `userId`); set the others with the methods named after them.
    pub fn new(required: CreateDepartmentRequired) -> Self {
        let CreateDepartmentRequired {
            auth_info,
            auth_type,
            biz_ext,
            department_name,
            department_type,
            description,
            system_url,
            user_id,
        } = required;
        Self {
            auth_info,
            auth_type,
            biz_ext,
            department_name,
            department_type,
            description,
            system_url,
            user_id,
        }
    }
}
rt::impl_serialize! {
    CreateDepartmentRequest { "authInfo" => field(auth_info), "authType" =>
    field(auth_type), "bizExt" => field(biz_ext), "departmentName" =>
    field(department_name), "departmentType" => field(department_type), "description" =>
    field(description), "systemUrl" => field(system_url), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateDepartmentRequest { "authInfo" => read_field(auth_info), "authType" =>
    read_field(auth_type), "bizExt" => read_field(biz_ext), "departmentName" =>
    read_field(department_name), "departmentType" => read_field(department_type),
    "description" => read_field(description), "systemUrl" => read_field(system_url),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CreateDepartmentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_device_chat_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateDeviceChatRoomRequest {
    /// `chatType`.
    pub chat_type: Option<String>,
    /// `deviceCodes`.
    pub device_codes: Option<Vec<String>>,
    /// `deviceUuids`.
    pub device_uuids: Option<Vec<String>>,
    /// `ownerUserId`.
    pub owner_user_id: String,
    /// `title`.
    pub title: Option<String>,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`CreateDeviceChatRoomRequest`], each named where it is set: `CreateDeviceChatRoomRequest::new(CreateDeviceChatRoomRequired { .. })`.
pub struct CreateDeviceChatRoomRequired {
    /// `ownerUserId`: see [`CreateDeviceChatRoomRequest::owner_user_id`].
    pub owner_user_id: String,
    /// `userIds`: see [`CreateDeviceChatRoomRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl CreateDeviceChatRoomRequest {
    /// A `CreateDeviceChatRoomRequest` with its required fields (`ownerUserId`, `userIds`); set the others with the methods named after them.
    pub fn new(required: CreateDeviceChatRoomRequired) -> Self {
        let CreateDeviceChatRoomRequired { owner_user_id, user_ids } = required;
        Self {
            chat_type: None,
            device_codes: None,
            device_uuids: None,
            owner_user_id,
            title: None,
            user_ids,
        }
    }
    /// Sets `chatType`.
    pub fn chat_type(mut self, value: impl Into<String>) -> Self {
        self.chat_type = Some(value.into());
        self
    }
    /// Sets `deviceCodes`.
    pub fn device_codes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_codes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `deviceUuids`.
    pub fn device_uuids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_uuids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateDeviceChatRoomRequest { "chatType" => optional(chat_type), "deviceCodes" =>
    optional(device_codes), "deviceUuids" => optional(device_uuids), "ownerUserId" =>
    field(owner_user_id), "title" => optional(title), "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateDeviceChatRoomRequest { "chatType" => read_field(chat_type), "deviceCodes" =>
    read_field(device_codes), "deviceUuids" => read_field(device_uuids), "ownerUserId" =>
    read_field(owner_user_id), "title" => read_field(title), "userIds" =>
    read_field(user_ids) }
}
impl rt::WriteRequest for CreateDeviceChatRoomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::device_ding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeviceDingRequest {
    /// `deviceKey`.
    pub device_key: String,
    /// `paramsJson`.
    pub params_json: Option<String>,
    /// `receiverUserIdList`.
    pub receiver_user_id_list: Vec<String>,
}
/// The required fields of [`DeviceDingRequest`], each named where it is set: `DeviceDingRequest::new(DeviceDingRequired { .. })`.
pub struct DeviceDingRequired {
    /// `deviceKey`: see [`DeviceDingRequest::device_key`].
    pub device_key: String,
    /// `receiverUserIdList`: see [`DeviceDingRequest::receiver_user_id_list`].
    pub receiver_user_id_list: Vec<String>,
}
impl DeviceDingRequest {
    /// A `DeviceDingRequest` with its required fields (`deviceKey`, `receiverUserIdList`); set the others with the methods named after them.
    pub fn new(required: DeviceDingRequired) -> Self {
        let DeviceDingRequired { device_key, receiver_user_id_list } = required;
        Self {
            device_key,
            params_json: None,
            receiver_user_id_list,
        }
    }
    /// Sets `paramsJson`.
    pub fn params_json(mut self, value: impl Into<String>) -> Self {
        self.params_json = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeviceDingRequest { "deviceKey" => field(device_key), "paramsJson" =>
    optional(params_json), "receiverUserIdList" => field(receiver_user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeviceDingRequest { "deviceKey" => read_field(device_key), "paramsJson" =>
    read_field(params_json), "receiverUserIdList" => read_field(receiver_user_id_list) }
}
impl rt::WriteRequest for DeviceDingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::dissolve_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DissolveGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`DissolveGroupRequest`], each named where it is set: `DissolveGroupRequest::new(DissolveGroupRequired { .. })`.
pub struct DissolveGroupRequired {
    /// `openConversationId`: see [`DissolveGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl DissolveGroupRequest {
    /// A `DissolveGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: DissolveGroupRequired) -> Self {
        let DissolveGroupRequired { open_conversation_id } = required;
        Self { open_conversation_id }
    }
}
rt::impl_serialize! {
    DissolveGroupRequest { "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DissolveGroupRequest { "openConversationId" => read_field(open_conversation_id) }
}
impl rt::WriteRequest for DissolveGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_device_admin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditDeviceAdminRequest {
    /// `deviceCode`.
    pub device_code: Option<String>,
    /// `roleUuid`.
    pub role_uuid: Option<String>,
    /// `userIds`.
    pub user_ids: Vec<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
/// The required fields of [`EditDeviceAdminRequest`], each named where it is set: `EditDeviceAdminRequest::new(EditDeviceAdminRequired { .. })`.
pub struct EditDeviceAdminRequired {
    /// `userIds`: see [`EditDeviceAdminRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl EditDeviceAdminRequest {
    /// A `EditDeviceAdminRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: EditDeviceAdminRequired) -> Self {
        let EditDeviceAdminRequired { user_ids } = required;
        Self {
            device_code: None,
            role_uuid: None,
            user_ids,
            uuid: None,
        }
    }
    /// Sets `deviceCode`.
    pub fn device_code(mut self, value: impl Into<String>) -> Self {
        self.device_code = Some(value.into());
        self
    }
    /// Sets `roleUuid`.
    pub fn role_uuid(mut self, value: impl Into<String>) -> Self {
        self.role_uuid = Some(value.into());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EditDeviceAdminRequest { "deviceCode" => optional(device_code), "roleUuid" =>
    optional(role_uuid), "userIds" => field(user_ids), "uuid" => optional(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditDeviceAdminRequest { "deviceCode" => read_field(device_code), "roleUuid" =>
    read_field(role_uuid), "userIds" => read_field(user_ids), "uuid" => read_field(uuid)
    }
}
impl rt::WriteRequest for EditDeviceAdminRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_device_group_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDeviceGroupInfoRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`GetDeviceGroupInfoRequest`], each named where it is set: `GetDeviceGroupInfoRequest::new(GetDeviceGroupInfoRequired { .. })`.
pub struct GetDeviceGroupInfoRequired {
    /// `openConversationId`: see [`GetDeviceGroupInfoRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl GetDeviceGroupInfoRequest {
    /// A `GetDeviceGroupInfoRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: GetDeviceGroupInfoRequired) -> Self {
        let GetDeviceGroupInfoRequired { open_conversation_id } = required;
        Self { open_conversation_id }
    }
}
rt::impl_serialize! {
    GetDeviceGroupInfoRequest { "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDeviceGroupInfoRequest { "openConversationId" => read_field(open_conversation_id)
    }
}
impl rt::WriteRequest for GetDeviceGroupInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_activate_devices`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListActivateDevicesRequest {
    /// `deviceCategory`: a query parameter.
    pub device_category: Option<i64>,
    /// `deviceCode`: a query parameter.
    pub device_code: Option<String>,
    /// `deviceTypeId`: a query parameter.
    pub device_type_id: Option<String>,
    /// `groupId`: a query parameter.
    pub group_id: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl ListActivateDevicesRequest {
    /// An empty `ListActivateDevicesRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deviceCategory`.
    pub fn device_category(mut self, value: i64) -> Self {
        self.device_category = Some(value);
        self
    }
    /// Sets `deviceCode`.
    pub fn device_code(mut self, value: impl Into<String>) -> Self {
        self.device_code = Some(value.into());
        self
    }
    /// Sets `deviceTypeId`.
    pub fn device_type_id(mut self, value: impl Into<String>) -> Self {
        self.device_type_id = Some(value.into());
        self
    }
    /// Sets `groupId`.
    pub fn group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListActivateDevicesRequest { "deviceCategory" => read_field(device_category),
    "deviceCode" => read_field(device_code), "deviceTypeId" =>
    read_field(device_type_id), "groupId" => read_field(group_id), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for ListActivateDevicesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deviceCategory", &self.device_category);
        writer.query("deviceCode", &self.device_code);
        writer.query("deviceTypeId", &self.device_type_id);
        writer.query("groupId", &self.group_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::list_inspect_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListInspectInfoRequest {
    /// `deviceUuid`.
    pub device_uuid: Option<Vec<String>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
}
impl ListInspectInfoRequest {
    /// An empty `ListInspectInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deviceUuid`.
    pub fn device_uuid(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_uuid = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ListInspectInfoRequest { "deviceUuid" => optional(device_uuid), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "type" => optional(r#type)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListInspectInfoRequest { "deviceUuid" => read_field(device_uuid), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "type" =>
    read_field(r#type) }
}
impl rt::WriteRequest for ListInspectInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_maintain_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListMaintainInfoRequest {
    /// `deviceUuid`.
    pub device_uuid: Option<Vec<String>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
}
impl ListMaintainInfoRequest {
    /// An empty `ListMaintainInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deviceUuid`.
    pub fn device_uuid(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_uuid = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
rt::impl_serialize! {
    ListMaintainInfoRequest { "deviceUuid" => optional(device_uuid), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListMaintainInfoRequest { "deviceUuid" => read_field(device_uuid), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for ListMaintainInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pull_device_to_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PullDeviceToGroupRequest {
    /// `deviceCodes`.
    pub device_codes: Option<Vec<String>>,
    /// `deviceUuids`.
    pub device_uuids: Option<Vec<String>>,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `operator`.
    pub operator: Option<String>,
}
/// The required fields of [`PullDeviceToGroupRequest`], each named where it is set: `PullDeviceToGroupRequest::new(PullDeviceToGroupRequired { .. })`.
pub struct PullDeviceToGroupRequired {
    /// `openConversationId`: see [`PullDeviceToGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl PullDeviceToGroupRequest {
    /// A `PullDeviceToGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: PullDeviceToGroupRequired) -> Self {
        let PullDeviceToGroupRequired { open_conversation_id } = required;
        Self {
            device_codes: None,
            device_uuids: None,
            open_conversation_id,
            operator: None,
        }
    }
    /// Sets `deviceCodes`.
    pub fn device_codes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_codes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `deviceUuids`.
    pub fn device_uuids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_uuids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PullDeviceToGroupRequest { "deviceCodes" => optional(device_codes), "deviceUuids" =>
    optional(device_uuids), "openConversationId" => field(open_conversation_id),
    "operator" => optional(operator) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PullDeviceToGroupRequest { "deviceCodes" => read_field(device_codes), "deviceUuids"
    => read_field(device_uuids), "openConversationId" =>
    read_field(open_conversation_id), "operator" => read_field(operator) }
}
impl rt::WriteRequest for PullDeviceToGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pull_user_to_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PullUserToGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
/// The required fields of [`PullUserToGroupRequest`], each named where it is set: `PullUserToGroupRequest::new(PullUserToGroupRequired { .. })`.
pub struct PullUserToGroupRequired {
    /// `openConversationId`: see [`PullUserToGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl PullUserToGroupRequest {
    /// A `PullUserToGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: PullUserToGroupRequired) -> Self {
        let PullUserToGroupRequired { open_conversation_id } = required;
        Self {
            open_conversation_id,
            user_ids: None,
        }
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
    PullUserToGroupRequest { "openConversationId" => field(open_conversation_id),
    "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PullUserToGroupRequest { "openConversationId" => read_field(open_conversation_id),
    "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for PullUserToGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::register_and_activate_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RegisterAndActivateDeviceRequest {
    /// `deviceCallbackUrl`.
    pub device_callback_url: Option<String>,
    /// `deviceCategory`.
    pub device_category: Option<i64>,
    /// `deviceCode`.
    pub device_code: String,
    /// `deviceDetailUrl`.
    pub device_detail_url: Option<String>,
    /// `deviceName`.
    pub device_name: String,
    /// `introduction`.
    pub introduction: Option<String>,
    /// `roleUuid`.
    pub role_uuid: Option<String>,
    /// `typeUuid`.
    pub type_uuid: Option<String>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
/// The required fields of [`RegisterAndActivateDeviceRequest`], each named where it is set: `RegisterAndActivateDeviceRequest::new(RegisterAndActivateDeviceRequired { .. })`.
pub struct RegisterAndActivateDeviceRequired {
    /// `deviceCode`: see [`RegisterAndActivateDeviceRequest::device_code`].
    pub device_code: String,
    /// `deviceName`: see [`RegisterAndActivateDeviceRequest::device_name`].
    pub device_name: String,
}
impl RegisterAndActivateDeviceRequest {
    /// A `RegisterAndActivateDeviceRequest` with its required fields (`deviceCode`, `deviceName`); set the others with the methods named after them.
    pub fn new(required: RegisterAndActivateDeviceRequired) -> Self {
        let RegisterAndActivateDeviceRequired { device_code, device_name } = required;
        Self {
            device_callback_url: None,
            device_category: None,
            device_code,
            device_detail_url: None,
            device_name,
            introduction: None,
            role_uuid: None,
            type_uuid: None,
            user_ids: None,
        }
    }
    /// Sets `deviceCallbackUrl`.
    pub fn device_callback_url(mut self, value: impl Into<String>) -> Self {
        self.device_callback_url = Some(value.into());
        self
    }
    /// Sets `deviceCategory`.
    pub fn device_category(mut self, value: i64) -> Self {
        self.device_category = Some(value);
        self
    }
    /// Sets `deviceDetailUrl`.
    pub fn device_detail_url(mut self, value: impl Into<String>) -> Self {
        self.device_detail_url = Some(value.into());
        self
    }
    /// Sets `introduction`.
    pub fn introduction(mut self, value: impl Into<String>) -> Self {
        self.introduction = Some(value.into());
        self
    }
    /// Sets `roleUuid`.
    pub fn role_uuid(mut self, value: impl Into<String>) -> Self {
        self.role_uuid = Some(value.into());
        self
    }
    /// Sets `typeUuid`.
    pub fn type_uuid(mut self, value: impl Into<String>) -> Self {
        self.type_uuid = Some(value.into());
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
    RegisterAndActivateDeviceRequest { "deviceCallbackUrl" =>
    optional(device_callback_url), "deviceCategory" => optional(device_category),
    "deviceCode" => field(device_code), "deviceDetailUrl" => optional(device_detail_url),
    "deviceName" => field(device_name), "introduction" => optional(introduction),
    "roleUuid" => optional(role_uuid), "typeUuid" => optional(type_uuid), "userIds" =>
    optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RegisterAndActivateDeviceRequest { "deviceCallbackUrl" =>
    read_field(device_callback_url), "deviceCategory" => read_field(device_category),
    "deviceCode" => read_field(device_code), "deviceDetailUrl" =>
    read_field(device_detail_url), "deviceName" => read_field(device_name),
    "introduction" => read_field(introduction), "roleUuid" => read_field(role_uuid),
    "typeUuid" => read_field(type_uuid), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for RegisterAndActivateDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::register_and_activate_device_batch`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RegisterAndActivateDeviceBatchRequest {
    /// `registerAndActivateVOS`.
    pub register_and_activate_vos: Option<
        Vec<RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS>,
    >,
}
impl RegisterAndActivateDeviceBatchRequest {
    /// An empty `RegisterAndActivateDeviceBatchRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `registerAndActivateVOS`.
    pub fn register_and_activate_vos(
        mut self,
        value: impl IntoIterator<
            Item = RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS,
        >,
    ) -> Self {
        self.register_and_activate_vos = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    RegisterAndActivateDeviceBatchRequest { "registerAndActivateVOS" =>
    optional(register_and_activate_vos) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RegisterAndActivateDeviceBatchRequest { "registerAndActivateVOS" =>
    read_field(register_and_activate_vos) }
}
impl rt::WriteRequest for RegisterAndActivateDeviceBatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::register_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RegisterDeviceRequest {
    /// `collaborators`.
    pub collaborators: Option<String>,
    /// `departmentId`.
    pub department_id: i64,
    /// `description`.
    pub description: Option<String>,
    /// `deviceKey`.
    pub device_key: String,
    /// `deviceName`.
    pub device_name: String,
    /// `managers`.
    pub managers: Option<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`RegisterDeviceRequest`], each named where it is set: `RegisterDeviceRequest::new(RegisterDeviceRequired { .. })`.
pub struct RegisterDeviceRequired {
    /// `departmentId`: see [`RegisterDeviceRequest::department_id`].
    pub department_id: i64,
    /// `deviceKey`: see [`RegisterDeviceRequest::device_key`].
    pub device_key: String,
    /// `deviceName`: see [`RegisterDeviceRequest::device_name`].
    pub device_name: String,
    /// `userId`: see [`RegisterDeviceRequest::user_id`].
    pub user_id: String,
}
impl RegisterDeviceRequest {
    /// A `RegisterDeviceRequest` with its required fields (`departmentId`, `deviceKey`, `deviceName`, `userId`); set the others with the methods named after them.
    pub fn new(required: RegisterDeviceRequired) -> Self {
        let RegisterDeviceRequired { department_id, device_key, device_name, user_id } = required;
        Self {
            collaborators: None,
            department_id,
            description: None,
            device_key,
            device_name,
            managers: None,
            user_id,
        }
    }
    /// Sets `collaborators`.
    pub fn collaborators(mut self, value: impl Into<String>) -> Self {
        self.collaborators = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `managers`.
    pub fn managers(mut self, value: impl Into<String>) -> Self {
        self.managers = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RegisterDeviceRequest { "collaborators" => optional(collaborators), "departmentId" =>
    field(department_id), "description" => optional(description), "deviceKey" =>
    field(device_key), "deviceName" => field(device_name), "managers" =>
    optional(managers), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RegisterDeviceRequest { "collaborators" => read_field(collaborators), "departmentId"
    => read_field(department_id), "description" => read_field(description), "deviceKey"
    => read_field(device_key), "deviceName" => read_field(device_name), "managers" =>
    read_field(managers), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for RegisterDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_device_from_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemoveDeviceFromGroupRequest {
    /// `deviceCodes`.
    pub device_codes: Option<Vec<String>>,
    /// `deviceUuids`.
    pub device_uuids: Option<Vec<String>>,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `operator`.
    pub operator: String,
}
/// The required fields of [`RemoveDeviceFromGroupRequest`], each named where it is set: `RemoveDeviceFromGroupRequest::new(RemoveDeviceFromGroupRequired { .. })`.
pub struct RemoveDeviceFromGroupRequired {
    /// `openConversationId`: see [`RemoveDeviceFromGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `operator`: see [`RemoveDeviceFromGroupRequest::operator`].
    pub operator: String,
}
impl RemoveDeviceFromGroupRequest {
    /// A `RemoveDeviceFromGroupRequest` with its required fields (`openConversationId`, `operator`); set the others with the methods named after them.
    pub fn new(required: RemoveDeviceFromGroupRequired) -> Self {
        let RemoveDeviceFromGroupRequired { open_conversation_id, operator } = required;
        Self {
            device_codes: None,
            device_uuids: None,
            open_conversation_id,
            operator,
        }
    }
    /// Sets `deviceCodes`.
    pub fn device_codes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_codes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `deviceUuids`.
    pub fn device_uuids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.device_uuids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    RemoveDeviceFromGroupRequest { "deviceCodes" => optional(device_codes), "deviceUuids"
    => optional(device_uuids), "openConversationId" => field(open_conversation_id),
    "operator" => field(operator) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveDeviceFromGroupRequest { "deviceCodes" => read_field(device_codes),
    "deviceUuids" => read_field(device_uuids), "openConversationId" =>
    read_field(open_conversation_id), "operator" => read_field(operator) }
}
impl rt::WriteRequest for RemoveDeviceFromGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_user_from_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemoveUserFromGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
/// The required fields of [`RemoveUserFromGroupRequest`], each named where it is set: `RemoveUserFromGroupRequest::new(RemoveUserFromGroupRequired { .. })`.
pub struct RemoveUserFromGroupRequired {
    /// `openConversationId`: see [`RemoveUserFromGroupRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl RemoveUserFromGroupRequest {
    /// A `RemoveUserFromGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: RemoveUserFromGroupRequired) -> Self {
        let RemoveUserFromGroupRequired { open_conversation_id } = required;
        Self {
            open_conversation_id,
            user_ids: None,
        }
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
    RemoveUserFromGroupRequest { "openConversationId" => field(open_conversation_id),
    "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveUserFromGroupRequest { "openConversationId" =>
    read_field(open_conversation_id), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for RemoveUserFromGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendCardRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `cardData`.
    pub card_data: String,
    /// `deviceCode`.
    pub device_code: Option<String>,
    /// `deviceUuid`.
    pub device_uuid: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `partVisible`.
    pub part_visible: Option<bool>,
    /// `receivers`.
    pub receivers: Option<Vec<String>>,
    /// `templateId`.
    pub template_id: String,
    /// `topbox`.
    pub topbox: Option<bool>,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`SendCardRequest`], each named where it is set: `SendCardRequest::new(SendCardRequired { .. })`.
pub struct SendCardRequired {
    /// `cardData`: see [`SendCardRequest::card_data`].
    pub card_data: String,
    /// `templateId`: see [`SendCardRequest::template_id`].
    pub template_id: String,
}
impl SendCardRequest {
    /// A `SendCardRequest` with its required fields (`cardData`, `templateId`); set the others with the methods named after them.
    pub fn new(required: SendCardRequired) -> Self {
        let SendCardRequired { card_data, template_id } = required;
        Self {
            biz_id: None,
            card_data,
            device_code: None,
            device_uuid: None,
            open_conversation_id: None,
            part_visible: None,
            receivers: None,
            template_id,
            topbox: None,
            user_id: None,
        }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
    /// Sets `deviceCode`.
    pub fn device_code(mut self, value: impl Into<String>) -> Self {
        self.device_code = Some(value.into());
        self
    }
    /// Sets `deviceUuid`.
    pub fn device_uuid(mut self, value: impl Into<String>) -> Self {
        self.device_uuid = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `partVisible`.
    pub fn part_visible(mut self, value: bool) -> Self {
        self.part_visible = Some(value);
        self
    }
    /// Sets `receivers`.
    pub fn receivers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receivers = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `topbox`.
    pub fn topbox(mut self, value: bool) -> Self {
        self.topbox = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendCardRequest { "bizId" => optional(biz_id), "cardData" => field(card_data),
    "deviceCode" => optional(device_code), "deviceUuid" => optional(device_uuid),
    "openConversationId" => optional(open_conversation_id), "partVisible" =>
    optional(part_visible), "receivers" => optional(receivers), "templateId" =>
    field(template_id), "topbox" => optional(topbox), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendCardRequest { "bizId" => read_field(biz_id), "cardData" => read_field(card_data),
    "deviceCode" => read_field(device_code), "deviceUuid" => read_field(device_uuid),
    "openConversationId" => read_field(open_conversation_id), "partVisible" =>
    read_field(part_visible), "receivers" => read_field(receivers), "templateId" =>
    read_field(template_id), "topbox" => read_field(topbox), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SendCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_msg`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendMsgRequest {
    /// `content`.
    pub content: Option<String>,
    /// `deviceCode`.
    pub device_code: Option<String>,
    /// `deviceUuid`.
    pub device_uuid: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `userList`.
    pub user_list: Option<Vec<String>>,
}
impl SendMsgRequest {
    /// An empty `SendMsgRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `deviceCode`.
    pub fn device_code(mut self, value: impl Into<String>) -> Self {
        self.device_code = Some(value.into());
        self
    }
    /// Sets `deviceUuid`.
    pub fn device_uuid(mut self, value: impl Into<String>) -> Self {
        self.device_uuid = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `userList`.
    pub fn user_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    SendMsgRequest { "content" => optional(content), "deviceCode" =>
    optional(device_code), "deviceUuid" => optional(device_uuid), "openConversationId" =>
    optional(open_conversation_id), "userList" => optional(user_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMsgRequest { "content" => read_field(content), "deviceCode" =>
    read_field(device_code), "deviceUuid" => read_field(device_uuid),
    "openConversationId" => read_field(open_conversation_id), "userList" =>
    read_field(user_list) }
}
impl rt::WriteRequest for SendMsgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::uninstall_device_robot`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UninstallDeviceRobotRequest {
    /// `deviceCode`.
    pub device_code: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
impl UninstallDeviceRobotRequest {
    /// An empty `UninstallDeviceRobotRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deviceCode`.
    pub fn device_code(mut self, value: impl Into<String>) -> Self {
        self.device_code = Some(value.into());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UninstallDeviceRobotRequest { "deviceCode" => optional(device_code), "uuid" =>
    optional(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UninstallDeviceRobotRequest { "deviceCode" => read_field(device_code), "uuid" =>
    read_field(uuid) }
}
impl rt::WriteRequest for UninstallDeviceRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateCardRequest {
    /// `bizId`.
    pub biz_id: String,
    /// `cardData`.
    pub card_data: String,
    /// `tips`.
    pub tips: Option<UpdateCardRequestTips>,
}
/// The required fields of [`UpdateCardRequest`], each named where it is set: `UpdateCardRequest::new(UpdateCardRequired { .. })`.
pub struct UpdateCardRequired {
    /// `bizId`: see [`UpdateCardRequest::biz_id`].
    pub biz_id: String,
    /// `cardData`: see [`UpdateCardRequest::card_data`].
    pub card_data: String,
}
impl UpdateCardRequest {
    /// A `UpdateCardRequest` with its required fields (`bizId`, `cardData`); set the others with the methods named after them.
    pub fn new(required: UpdateCardRequired) -> Self {
        let UpdateCardRequired { biz_id, card_data } = required;
        Self {
            biz_id,
            card_data,
            tips: None,
        }
    }
    /// Sets `tips`.
    pub fn tips(mut self, value: UpdateCardRequestTips) -> Self {
        self.tips = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateCardRequest { "bizId" => field(biz_id), "cardData" => field(card_data), "tips"
    => optional(tips) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCardRequest { "bizId" => read_field(biz_id), "cardData" =>
    read_field(card_data), "tips" => read_field(tips) }
}
impl rt::WriteRequest for UpdateCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upload_event`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UploadEventRequest {
    /// `content`.
    pub content: Option<String>,
    /// `coverUrl`.
    pub cover_url: Option<String>,
    /// `deviceCode`.
    pub device_code: Option<String>,
    /// `deviceUuid`.
    pub device_uuid: Option<String>,
    /// `eventTime`.
    pub event_time: Option<String>,
    /// `eventType`.
    pub event_type: Option<String>,
    /// `level`.
    pub level: Option<String>,
}
impl UploadEventRequest {
    /// An empty `UploadEventRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `coverUrl`.
    pub fn cover_url(mut self, value: impl Into<String>) -> Self {
        self.cover_url = Some(value.into());
        self
    }
    /// Sets `deviceCode`.
    pub fn device_code(mut self, value: impl Into<String>) -> Self {
        self.device_code = Some(value.into());
        self
    }
    /// Sets `deviceUuid`.
    pub fn device_uuid(mut self, value: impl Into<String>) -> Self {
        self.device_uuid = Some(value.into());
        self
    }
    /// Sets `eventTime`.
    pub fn event_time(mut self, value: impl Into<String>) -> Self {
        self.event_time = Some(value.into());
        self
    }
    /// Sets `eventType`.
    pub fn event_type(mut self, value: impl Into<String>) -> Self {
        self.event_type = Some(value.into());
        self
    }
    /// Sets `level`.
    pub fn level(mut self, value: impl Into<String>) -> Self {
        self.level = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UploadEventRequest { "content" => optional(content), "coverUrl" =>
    optional(cover_url), "deviceCode" => optional(device_code), "deviceUuid" =>
    optional(device_uuid), "eventTime" => optional(event_time), "eventType" =>
    optional(event_type), "level" => optional(level) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadEventRequest { "content" => read_field(content), "coverUrl" =>
    read_field(cover_url), "deviceCode" => read_field(device_code), "deviceUuid" =>
    read_field(device_uuid), "eventTime" => read_field(event_time), "eventType" =>
    read_field(event_type), "level" => read_field(level) }
}
impl rt::WriteRequest for UploadEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::batch_register_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchRegisterDeviceError = rt::ServiceError;
/// An error reply of [`Api::connector_event_push`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConnectorEventPushError = rt::ServiceError;
/// An error reply of [`Api::create_chat_room`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateChatRoomError = rt::ServiceError;
/// An error reply of [`Api::create_department`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateDepartmentError = rt::ServiceError;
/// An error reply of [`Api::create_device_chat_room`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateDeviceChatRoomError = rt::ServiceError;
/// An error reply of [`Api::device_ding`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeviceDingError = rt::ServiceError;
/// An error reply of [`Api::dissolve_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DissolveGroupError = rt::ServiceError;
/// An error reply of [`Api::edit_device_admin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditDeviceAdminError = rt::ServiceError;
/// An error reply of [`Api::get_device_group_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDeviceGroupInfoError = rt::ServiceError;
/// An error reply of [`Api::get_whole_device_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetWholeDeviceGroupError = rt::ServiceError;
/// An error reply of [`Api::list_activate_devices`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListActivateDevicesError = rt::ServiceError;
/// An error reply of [`Api::list_inspect_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListInspectInfoError = rt::ServiceError;
/// An error reply of [`Api::list_maintain_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListMaintainInfoError = rt::ServiceError;
/// An error reply of [`Api::pull_device_to_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PullDeviceToGroupError = rt::ServiceError;
/// An error reply of [`Api::pull_user_to_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PullUserToGroupError = rt::ServiceError;
/// An error reply of [`Api::register_and_activate_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RegisterAndActivateDeviceError = rt::ServiceError;
/// An error reply of [`Api::register_and_activate_device_batch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RegisterAndActivateDeviceBatchError = rt::ServiceError;
/// An error reply of [`Api::register_device`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RegisterDeviceError = rt::ServiceError;
/// An error reply of [`Api::remove_device_from_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveDeviceFromGroupError = rt::ServiceError;
/// An error reply of [`Api::remove_user_from_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveUserFromGroupError = rt::ServiceError;
/// An error reply of [`Api::send_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendCardError = rt::ServiceError;
/// An error reply of [`Api::send_msg`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendMsgError = rt::ServiceError;
/// An error reply of [`Api::uninstall_device_robot`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UninstallDeviceRobotError = rt::ServiceError;
/// An error reply of [`Api::update_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateCardError = rt::ServiceError;
/// An error reply of [`Api::upload_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UploadEventError = rt::ServiceError;
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
        "BatchRegisterDevice" => {
            rt::conformance::reply(api.batch_register_device(&inputs.request(true)?))
                .await
        }
        "ConnectorEventPush" => {
            rt::conformance::reply(api.connector_event_push(&inputs.request(true)?))
                .await
        }
        "CreateChatRoom" => {
            rt::conformance::reply(api.create_chat_room(&inputs.request(true)?)).await
        }
        "CreateDepartment" => {
            rt::conformance::reply(api.create_department(&inputs.request(true)?)).await
        }
        "CreateDeviceChatRoom" => {
            rt::conformance::reply(api.create_device_chat_room(&inputs.request(true)?))
                .await
        }
        "DeviceDing" => {
            rt::conformance::reply(api.device_ding(&inputs.request(true)?)).await
        }
        "DissolveGroup" => {
            rt::conformance::reply(api.dissolve_group(&inputs.request(true)?)).await
        }
        "EditDeviceAdmin" => {
            rt::conformance::reply(api.edit_device_admin(&inputs.request(true)?)).await
        }
        "GetDeviceGroupInfo" => {
            rt::conformance::reply(api.get_device_group_info(&inputs.request(true)?))
                .await
        }
        "GetWholeDeviceGroup" => {
            rt::conformance::reply(api.get_whole_device_group()).await
        }
        "ListActivateDevices" => {
            rt::conformance::reply(api.list_activate_devices(&inputs.request(false)?))
                .await
        }
        "ListInspectInfo" => {
            rt::conformance::reply(api.list_inspect_info(&inputs.request(true)?)).await
        }
        "ListMaintainInfo" => {
            rt::conformance::reply(api.list_maintain_info(&inputs.request(true)?)).await
        }
        "PullDeviceToGroup" => {
            rt::conformance::reply(api.pull_device_to_group(&inputs.request(true)?))
                .await
        }
        "PullUserToGroup" => {
            rt::conformance::reply(api.pull_user_to_group(&inputs.request(true)?)).await
        }
        "RegisterAndActivateDevice" => {
            rt::conformance::reply(
                    api.register_and_activate_device(&inputs.request(true)?),
                )
                .await
        }
        "RegisterAndActivateDeviceBatch" => {
            rt::conformance::reply(
                    api.register_and_activate_device_batch(&inputs.request(true)?),
                )
                .await
        }
        "RegisterDevice" => {
            rt::conformance::reply(api.register_device(&inputs.request(true)?)).await
        }
        "RemoveDeviceFromGroup" => {
            rt::conformance::reply(api.remove_device_from_group(&inputs.request(true)?))
                .await
        }
        "RemoveUserFromGroup" => {
            rt::conformance::reply(api.remove_user_from_group(&inputs.request(true)?))
                .await
        }
        "SendCard" => rt::conformance::reply(api.send_card(&inputs.request(true)?)).await,
        "SendMsg" => rt::conformance::reply(api.send_msg(&inputs.request(true)?)).await,
        "UninstallDeviceRobot" => {
            rt::conformance::reply(api.uninstall_device_robot(&inputs.request(true)?))
                .await
        }
        "UpdateCard" => {
            rt::conformance::reply(api.update_card(&inputs.request(true)?)).await
        }
        "UploadEvent" => {
            rt::conformance::reply(api.upload_event(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
