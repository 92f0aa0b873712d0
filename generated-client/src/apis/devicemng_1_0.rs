// @generated from api-spec/devicemng_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.devicemng_1_0()`. Generated from `api-spec/devicemng_1_0.yaml`.
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
    /// `POST /v1.0/devicemng/devices/batch` (operation `BatchRegisterDevice`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchRegisterDeviceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/connectors/events/push` (operation `ConnectorEventPush`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ConnectorEventPushError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/chatRoom` (operation `CreateChatRoom`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateChatRoomError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/departments` (operation `CreateDepartment`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateDepartmentError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/chatRooms/groups` (operation `CreateDeviceChatRoom`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateDeviceChatRoomError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/ding` (operation `DeviceDing`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeviceDingError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/chatRooms/groups/dissolve` (operation `DissolveGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DissolveGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/devices/administrators/edit` (operation `EditDeviceAdmin`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditDeviceAdminError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/chatRooms/groupInfos/query` (operation `GetDeviceGroupInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDeviceGroupInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/devicemng/customers/chatRooms/wholeGroupId` (operation `GetWholeDeviceGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetWholeDeviceGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/devicemng/customers/devices/activations/infos` (operation `ListActivateDevices`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListActivateDevicesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/devices/inspectInfos/query` (operation `ListInspectInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListInspectInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/devices/maintainInfos/query` (operation `ListMaintainInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListMaintainInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/chatRooms/devices` (operation `PullDeviceToGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PullDeviceToGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/chatRooms/users` (operation `PullUserToGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PullUserToGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/devices/registerAndActivate` (operation `RegisterAndActivateDevice`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RegisterAndActivateDeviceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/devices/registrationActivations/batch` (operation `RegisterAndActivateDeviceBatch`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RegisterAndActivateDeviceBatchError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/devices` (operation `RegisterDevice`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RegisterDeviceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/chatRooms/devices/remove` (operation `RemoveDeviceFromGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveDeviceFromGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/chatRooms/users/remove` (operation `RemoveUserFromGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveUserFromGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/cards/send` (operation `SendCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendCardError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/messages/send` (operation `SendMsg`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendMsgError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/customers/devices/uninstall` (operation `UninstallDeviceRobot`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UninstallDeviceRobotError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/devicemng/customers/cards` (operation `UpdateCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateCardError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/devicemng/suppliers/events/upload` (operation `UploadEvent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UploadEventError`]; see [`Error`](::generated_client::Error) for the rest.
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
}
/// `BatchRegisterDeviceRequestDeviceList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchRegisterDeviceRequestDeviceList {
    /// A `BatchRegisterDeviceRequestDeviceList` with its required fields (`collaborators`, `departmentId`, `description`, `deviceKey`, `deviceName`, `managers`); set the others with the methods named after them.
    pub fn new(
        collaborators: impl Into<String>,
        department_id: i64,
        description: impl Into<String>,
        device_key: impl Into<String>,
        device_name: impl Into<String>,
        managers: impl Into<String>,
    ) -> Self {
        Self {
            collaborators: collaborators.into(),
            department_id,
            description: description.into(),
            device_key: device_key.into(),
            device_name: device_name.into(),
            managers: managers.into(),
        }
    }
}
impl rt::serde::Serialize for BatchRegisterDeviceRequestDeviceList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("collaborators", &self.collaborators)?;
        object.field("departmentId", &self.department_id)?;
        object.field("description", &self.description)?;
        object.field("deviceKey", &self.device_key)?;
        object.field("deviceName", &self.device_name)?;
        object.field("managers", &self.managers)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchRegisterDeviceRequestDeviceList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchRegisterDeviceRequestDeviceList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "collaborators" => rt::read_field(map, &mut self.collaborators),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "description" => rt::read_field(map, &mut self.description),
            "deviceKey" => rt::read_field(map, &mut self.device_key),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "managers" => rt::read_field(map, &mut self.managers),
            _ => Ok(false),
        }
    }
}
/// `BatchRegisterDeviceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchRegisterDeviceResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchRegisterDeviceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchRegisterDeviceResponseBody {
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
impl rt::serde::Serialize for BatchRegisterDeviceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ConnectorEventPushResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConnectorEventPushResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ConnectorEventPushResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConnectorEventPushResponseBody {
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
impl rt::serde::Serialize for ConnectorEventPushResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CreateChatRoomResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateChatRoomResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateChatRoomResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateChatRoomResponseBody {
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
impl rt::serde::Serialize for CreateChatRoomResponseBody {
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
/// `CreateDepartmentResponseBody`: the same model as [`BatchRegisterDeviceResponseBody`].
pub type CreateDepartmentResponseBody = BatchRegisterDeviceResponseBody;
/// `CreateDeviceChatRoomResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateDeviceChatRoomResponseBody {
    /// `result`.
    pub result: Option<CreateDeviceChatRoomResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateDeviceChatRoomResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateDeviceChatRoomResponseBody {
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
impl rt::serde::Serialize for CreateDeviceChatRoomResponseBody {
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
/// `DeviceDingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeviceDingResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeviceDingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeviceDingResponseBody {
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
impl rt::serde::Serialize for DeviceDingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `DissolveGroupResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type DissolveGroupResponseBody = CreateChatRoomResponseBody;
/// `EditDeviceAdminResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type EditDeviceAdminResponseBody = CreateChatRoomResponseBody;
/// `GetDeviceGroupInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDeviceGroupInfoResponseBody {
    /// `result`.
    pub result: Option<GetDeviceGroupInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDeviceGroupInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDeviceGroupInfoResponseBody {
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
impl rt::serde::Serialize for GetDeviceGroupInfoResponseBody {
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
/// `GetWholeDeviceGroupResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type GetWholeDeviceGroupResponseBody = CreateChatRoomResponseBody;
/// `ListActivateDevicesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListActivateDevicesResponseBody {
    /// `result`.
    pub result: Option<Vec<ListActivateDevicesResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListActivateDevicesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListActivateDevicesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListActivateDevicesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListInspectInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListInspectInfoResponseBody {
    /// `result`.
    pub result: Option<Vec<ListInspectInfoResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListInspectInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListInspectInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListInspectInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListMaintainInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListMaintainInfoResponseBody {
    /// `result`.
    pub result: Option<Vec<ListMaintainInfoResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListMaintainInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListMaintainInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListMaintainInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `PullDeviceToGroupResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type PullDeviceToGroupResponseBody = CreateChatRoomResponseBody;
/// `PullUserToGroupResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type PullUserToGroupResponseBody = CreateChatRoomResponseBody;
/// `RegisterAndActivateDeviceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RegisterAndActivateDeviceResponseBody {
    /// `result`.
    pub result: Option<RegisterAndActivateDeviceResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for RegisterAndActivateDeviceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RegisterAndActivateDeviceResponseBody {
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
impl rt::serde::Serialize for RegisterAndActivateDeviceResponseBody {
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
/// `RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS {
    /// A `RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS` with its required fields (`deviceCode`, `deviceName`); set the others with the methods named after them.
    pub fn new(device_code: impl Into<String>, device_name: impl Into<String>) -> Self {
        Self {
            device_callback_url: None,
            device_category: None,
            device_code: device_code.into(),
            device_detail_url: None,
            device_name: device_name.into(),
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
impl rt::serde::Serialize
for RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceCallbackUrl", &self.device_callback_url)?;
        object.optional("deviceCategory", &self.device_category)?;
        object.field("deviceCode", &self.device_code)?;
        object.optional("deviceDetailUrl", &self.device_detail_url)?;
        object.field("deviceName", &self.device_name)?;
        object.optional("groupUuid", &self.group_uuid)?;
        object.optional("introduction", &self.introduction)?;
        object.optional("roleUuid", &self.role_uuid)?;
        object.optional("typeUuid", &self.type_uuid)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RegisterAndActivateDeviceBatchRequestRegisterAndActivateVOS {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceCallbackUrl" => rt::read_field(map, &mut self.device_callback_url),
            "deviceCategory" => rt::read_field(map, &mut self.device_category),
            "deviceCode" => rt::read_field(map, &mut self.device_code),
            "deviceDetailUrl" => rt::read_field(map, &mut self.device_detail_url),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "groupUuid" => rt::read_field(map, &mut self.group_uuid),
            "introduction" => rt::read_field(map, &mut self.introduction),
            "roleUuid" => rt::read_field(map, &mut self.role_uuid),
            "typeUuid" => rt::read_field(map, &mut self.type_uuid),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
/// `RegisterAndActivateDeviceBatchResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for RegisterAndActivateDeviceBatchResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RegisterAndActivateDeviceBatchResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failItems" => rt::read_field(map, &mut self.fail_items),
            "success" => rt::read_field(map, &mut self.success),
            "successItems" => rt::read_field(map, &mut self.success_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RegisterAndActivateDeviceBatchResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failItems", &self.fail_items)?;
        object.optional("success", &self.success)?;
        object.optional("successItems", &self.success_items)?;
        object.end()
    }
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
impl rt::serde::Serialize for UpdateCardRequestTips {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cids", &self.cids)?;
        object.optional("content", &self.content)?;
        object.optional("sender", &self.sender)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateCardRequestTips {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateCardRequestTips {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cids" => rt::read_field(map, &mut self.cids),
            "content" => rt::read_field(map, &mut self.content),
            "sender" => rt::read_field(map, &mut self.sender),
            _ => Ok(false),
        }
    }
}
/// `UpdateCardResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCardResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateCardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateCardResponseBody {
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
impl rt::serde::Serialize for UpdateCardResponseBody {
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
/// `UploadEventResponseBody`: the same model as [`CreateChatRoomResponseBody`].
pub type UploadEventResponseBody = CreateChatRoomResponseBody;
/// `CreateDeviceChatRoomResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateDeviceChatRoomResponseBodyResult {
    /// `chatId`.
    pub chat_id: Option<String>,
    /// `encodedCid`.
    pub encoded_cid: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateDeviceChatRoomResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateDeviceChatRoomResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatId" => rt::read_field(map, &mut self.chat_id),
            "encodedCid" => rt::read_field(map, &mut self.encoded_cid),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateDeviceChatRoomResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatId", &self.chat_id)?;
        object.optional("encodedCid", &self.encoded_cid)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `GetDeviceGroupInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDeviceGroupInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDeviceGroupInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "devices" => rt::read_field(map, &mut self.devices),
            "ownerUser" => rt::read_field(map, &mut self.owner_user),
            "subAdminUsers" => rt::read_field(map, &mut self.sub_admin_users),
            "title" => rt::read_field(map, &mut self.title),
            "users" => rt::read_field(map, &mut self.users),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDeviceGroupInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("devices", &self.devices)?;
        object.optional("ownerUser", &self.owner_user)?;
        object.optional("subAdminUsers", &self.sub_admin_users)?;
        object.optional("title", &self.title)?;
        object.optional("users", &self.users)?;
        object.end()
    }
}
/// `ListActivateDevicesResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListActivateDevicesResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListActivateDevicesResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizExt" => rt::read_field(map, &mut self.biz_ext),
            "deviceCallbackUrl" => rt::read_field(map, &mut self.device_callback_url),
            "deviceCategory" => rt::read_field(map, &mut self.device_category),
            "deviceCode" => rt::read_field(map, &mut self.device_code),
            "deviceDetailUrl" => rt::read_field(map, &mut self.device_detail_url),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "groupUuid" => rt::read_field(map, &mut self.group_uuid),
            "icon" => rt::read_field(map, &mut self.icon),
            "introduction" => rt::read_field(map, &mut self.introduction),
            "typeUuid" => rt::read_field(map, &mut self.type_uuid),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListActivateDevicesResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizExt", &self.biz_ext)?;
        object.optional("deviceCallbackUrl", &self.device_callback_url)?;
        object.optional("deviceCategory", &self.device_category)?;
        object.optional("deviceCode", &self.device_code)?;
        object.optional("deviceDetailUrl", &self.device_detail_url)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("groupUuid", &self.group_uuid)?;
        object.optional("icon", &self.icon)?;
        object.optional("introduction", &self.introduction)?;
        object.optional("typeUuid", &self.type_uuid)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
/// `ListInspectInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListInspectInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListInspectInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceCode" => rt::read_field(map, &mut self.device_code),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "handleTime" => rt::read_field(map, &mut self.handle_time),
            "maintenanceStaff" => rt::read_field(map, &mut self.maintenance_staff),
            "name" => rt::read_field(map, &mut self.name),
            "remark" => rt::read_field(map, &mut self.remark),
            "repairStatus" => rt::read_field(map, &mut self.repair_status),
            "status" => rt::read_field(map, &mut self.status),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListInspectInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceCode", &self.device_code)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("handleTime", &self.handle_time)?;
        object.optional("maintenanceStaff", &self.maintenance_staff)?;
        object.optional("name", &self.name)?;
        object.optional("remark", &self.remark)?;
        object.optional("repairStatus", &self.repair_status)?;
        object.optional("status", &self.status)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `ListMaintainInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListMaintainInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListMaintainInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceCode" => rt::read_field(map, &mut self.device_code),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "handleTime" => rt::read_field(map, &mut self.handle_time),
            "maintenanceStaff" => rt::read_field(map, &mut self.maintenance_staff),
            "processState" => rt::read_field(map, &mut self.process_state),
            "remark" => rt::read_field(map, &mut self.remark),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListMaintainInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceCode", &self.device_code)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("handleTime", &self.handle_time)?;
        object.optional("maintenanceStaff", &self.maintenance_staff)?;
        object.optional("processState", &self.process_state)?;
        object.optional("remark", &self.remark)?;
        object.end()
    }
}
/// `RegisterAndActivateDeviceResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for RegisterAndActivateDeviceResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RegisterAndActivateDeviceResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceCategory" => rt::read_field(map, &mut self.device_category),
            "deviceCode" => rt::read_field(map, &mut self.device_code),
            "deviceDetailUrl" => rt::read_field(map, &mut self.device_detail_url),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "deviceUuid" => rt::read_field(map, &mut self.device_uuid),
            "introduction" => rt::read_field(map, &mut self.introduction),
            "roleUuid" => rt::read_field(map, &mut self.role_uuid),
            "typeUuid" => rt::read_field(map, &mut self.type_uuid),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RegisterAndActivateDeviceResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceCategory", &self.device_category)?;
        object.optional("deviceCode", &self.device_code)?;
        object.optional("deviceDetailUrl", &self.device_detail_url)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("deviceUuid", &self.device_uuid)?;
        object.optional("introduction", &self.introduction)?;
        object.optional("roleUuid", &self.role_uuid)?;
        object.optional("typeUuid", &self.type_uuid)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
/// `RegisterAndActivateDeviceBatchResponseBodyFailItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for RegisterAndActivateDeviceBatchResponseBodyFailItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RegisterAndActivateDeviceBatchResponseBodyFailItems {
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
impl rt::serde::Serialize for RegisterAndActivateDeviceBatchResponseBodyFailItems {
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
/// `RegisterAndActivateDeviceBatchResponseBodySuccessItems`: the same model as [`RegisterAndActivateDeviceBatchResponseBodyFailItems`].
pub type RegisterAndActivateDeviceBatchResponseBodySuccessItems = RegisterAndActivateDeviceBatchResponseBodyFailItems;
/// `GetDeviceGroupInfoResponseBodyResultDevices`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDeviceGroupInfoResponseBodyResultDevices {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDeviceGroupInfoResponseBodyResultDevices {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceCode" => rt::read_field(map, &mut self.device_code),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "deviceUuid" => rt::read_field(map, &mut self.device_uuid),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDeviceGroupInfoResponseBodyResultDevices {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceCode", &self.device_code)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("deviceUuid", &self.device_uuid)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
/// `RegisterAndActivateDeviceBatchResponseBodyFailItemsResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for RegisterAndActivateDeviceBatchResponseBodyFailItemsResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RegisterAndActivateDeviceBatchResponseBodyFailItemsResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceCallbackUrl" => rt::read_field(map, &mut self.device_callback_url),
            "deviceCategory" => rt::read_field(map, &mut self.device_category),
            "deviceCode" => rt::read_field(map, &mut self.device_code),
            "deviceDetailUrl" => rt::read_field(map, &mut self.device_detail_url),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "groupUuid" => rt::read_field(map, &mut self.group_uuid),
            "icon" => rt::read_field(map, &mut self.icon),
            "introduction" => rt::read_field(map, &mut self.introduction),
            "roleUuid" => rt::read_field(map, &mut self.role_uuid),
            "status" => rt::read_field(map, &mut self.status),
            "typeUuid" => rt::read_field(map, &mut self.type_uuid),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RegisterAndActivateDeviceBatchResponseBodyFailItemsResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceCallbackUrl", &self.device_callback_url)?;
        object.optional("deviceCategory", &self.device_category)?;
        object.optional("deviceCode", &self.device_code)?;
        object.optional("deviceDetailUrl", &self.device_detail_url)?;
        object.optional("deviceName", &self.device_name)?;
        object.optional("groupUuid", &self.group_uuid)?;
        object.optional("icon", &self.icon)?;
        object.optional("introduction", &self.introduction)?;
        object.optional("roleUuid", &self.role_uuid)?;
        object.optional("status", &self.status)?;
        object.optional("typeUuid", &self.type_uuid)?;
        object.optional("userIds", &self.user_ids)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
/// `RegisterAndActivateDeviceBatchResponseBodySuccessItemsResult`: the same model as [`RegisterAndActivateDeviceBatchResponseBodyFailItemsResult`].
pub type RegisterAndActivateDeviceBatchResponseBodySuccessItemsResult = RegisterAndActivateDeviceBatchResponseBodyFailItemsResult;
/// The request of [`Api::batch_register_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchRegisterDeviceRequest {
    /// `deviceList`.
    pub device_list: Vec<BatchRegisterDeviceRequestDeviceList>,
    /// `userId`.
    pub user_id: String,
}
impl BatchRegisterDeviceRequest {
    /// A `BatchRegisterDeviceRequest` with its required fields (`deviceList`, `userId`); set the others with the methods named after them.
    pub fn new(
        device_list: impl IntoIterator<Item = BatchRegisterDeviceRequestDeviceList>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            device_list: device_list.into_iter().collect(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for BatchRegisterDeviceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deviceList", &self.device_list)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchRegisterDeviceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchRegisterDeviceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceList" => rt::read_field(map, &mut self.device_list),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ConnectorEventPushRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceTypeUuid", &self.device_type_uuid)?;
        object.optional("eventName", &self.event_name)?;
        object.optional("input", &self.input)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConnectorEventPushRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConnectorEventPushRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceTypeUuid" => rt::read_field(map, &mut self.device_type_uuid),
            "eventName" => rt::read_field(map, &mut self.event_name),
            "input" => rt::read_field(map, &mut self.input),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ConnectorEventPushRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_chat_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateChatRoomRequest {
    /// A `CreateChatRoomRequest` with its required fields (`chatGroupName`, `deviceCodes`); set the others with the methods named after them.
    pub fn new(
        chat_group_name: impl Into<String>,
        device_codes: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            chat_group_name: chat_group_name.into(),
            device_codes: device_codes.into_iter().map(Into::into).collect(),
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
impl rt::serde::Serialize for CreateChatRoomRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("chatGroupName", &self.chat_group_name)?;
        object.field("deviceCodes", &self.device_codes)?;
        object.optional("deviceTypeId", &self.device_type_id)?;
        object.optional("ownerUserId", &self.owner_user_id)?;
        object.optional("roleList", &self.role_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateChatRoomRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateChatRoomRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatGroupName" => rt::read_field(map, &mut self.chat_group_name),
            "deviceCodes" => rt::read_field(map, &mut self.device_codes),
            "deviceTypeId" => rt::read_field(map, &mut self.device_type_id),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "roleList" => rt::read_field(map, &mut self.role_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateChatRoomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_department`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateDepartmentRequest {
    /// A `CreateDepartmentRequest` with its required fields (`authInfo`, `authType`, `bizExt`, `departmentName`, `departmentType`, `description`, `systemUrl`, `userId`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        auth_info: impl Into<String>,
        auth_type: impl Into<String>,
        biz_ext: impl Into<String>,
        department_name: impl Into<String>,
        department_type: impl Into<String>,
        description: impl Into<String>,
        system_url: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            auth_info: auth_info.into(),
            auth_type: auth_type.into(),
            biz_ext: biz_ext.into(),
            department_name: department_name.into(),
            department_type: department_type.into(),
            description: description.into(),
            system_url: system_url.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for CreateDepartmentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("authInfo", &self.auth_info)?;
        object.field("authType", &self.auth_type)?;
        object.field("bizExt", &self.biz_ext)?;
        object.field("departmentName", &self.department_name)?;
        object.field("departmentType", &self.department_type)?;
        object.field("description", &self.description)?;
        object.field("systemUrl", &self.system_url)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateDepartmentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateDepartmentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authInfo" => rt::read_field(map, &mut self.auth_info),
            "authType" => rt::read_field(map, &mut self.auth_type),
            "bizExt" => rt::read_field(map, &mut self.biz_ext),
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "departmentType" => rt::read_field(map, &mut self.department_type),
            "description" => rt::read_field(map, &mut self.description),
            "systemUrl" => rt::read_field(map, &mut self.system_url),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateDepartmentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_device_chat_room`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateDeviceChatRoomRequest {
    /// A `CreateDeviceChatRoomRequest` with its required fields (`ownerUserId`, `userIds`); set the others with the methods named after them.
    pub fn new(
        owner_user_id: impl Into<String>,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            chat_type: None,
            device_codes: None,
            device_uuids: None,
            owner_user_id: owner_user_id.into(),
            title: None,
            user_ids: user_ids.into_iter().map(Into::into).collect(),
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
impl rt::serde::Serialize for CreateDeviceChatRoomRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatType", &self.chat_type)?;
        object.optional("deviceCodes", &self.device_codes)?;
        object.optional("deviceUuids", &self.device_uuids)?;
        object.field("ownerUserId", &self.owner_user_id)?;
        object.optional("title", &self.title)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateDeviceChatRoomRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateDeviceChatRoomRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatType" => rt::read_field(map, &mut self.chat_type),
            "deviceCodes" => rt::read_field(map, &mut self.device_codes),
            "deviceUuids" => rt::read_field(map, &mut self.device_uuids),
            "ownerUserId" => rt::read_field(map, &mut self.owner_user_id),
            "title" => rt::read_field(map, &mut self.title),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateDeviceChatRoomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::device_ding`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeviceDingRequest {
    /// `deviceKey`.
    pub device_key: String,
    /// `paramsJson`.
    pub params_json: Option<String>,
    /// `receiverUserIdList`.
    pub receiver_user_id_list: Vec<String>,
}
impl DeviceDingRequest {
    /// A `DeviceDingRequest` with its required fields (`deviceKey`, `receiverUserIdList`); set the others with the methods named after them.
    pub fn new(
        device_key: impl Into<String>,
        receiver_user_id_list: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            device_key: device_key.into(),
            params_json: None,
            receiver_user_id_list: receiver_user_id_list
                .into_iter()
                .map(Into::into)
                .collect(),
        }
    }
    /// Sets `paramsJson`.
    pub fn params_json(mut self, value: impl Into<String>) -> Self {
        self.params_json = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeviceDingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deviceKey", &self.device_key)?;
        object.optional("paramsJson", &self.params_json)?;
        object.field("receiverUserIdList", &self.receiver_user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeviceDingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeviceDingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceKey" => rt::read_field(map, &mut self.device_key),
            "paramsJson" => rt::read_field(map, &mut self.params_json),
            "receiverUserIdList" => rt::read_field(map, &mut self.receiver_user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeviceDingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::dissolve_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DissolveGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl DissolveGroupRequest {
    /// A `DissolveGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for DissolveGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DissolveGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DissolveGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DissolveGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_device_admin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditDeviceAdminRequest {
    /// A `EditDeviceAdminRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(user_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            device_code: None,
            role_uuid: None,
            user_ids: user_ids.into_iter().map(Into::into).collect(),
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
impl rt::serde::Serialize for EditDeviceAdminRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceCode", &self.device_code)?;
        object.optional("roleUuid", &self.role_uuid)?;
        object.field("userIds", &self.user_ids)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditDeviceAdminRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditDeviceAdminRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceCode" => rt::read_field(map, &mut self.device_code),
            "roleUuid" => rt::read_field(map, &mut self.role_uuid),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditDeviceAdminRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_device_group_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDeviceGroupInfoRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl GetDeviceGroupInfoRequest {
    /// A `GetDeviceGroupInfoRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetDeviceGroupInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDeviceGroupInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDeviceGroupInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListActivateDevicesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListActivateDevicesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceCategory" => rt::read_field(map, &mut self.device_category),
            "deviceCode" => rt::read_field(map, &mut self.device_code),
            "deviceTypeId" => rt::read_field(map, &mut self.device_type_id),
            "groupId" => rt::read_field(map, &mut self.group_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ListInspectInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceUuid", &self.device_uuid)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListInspectInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListInspectInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceUuid" => rt::read_field(map, &mut self.device_uuid),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ListMaintainInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceUuid", &self.device_uuid)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListMaintainInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListMaintainInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceUuid" => rt::read_field(map, &mut self.device_uuid),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListMaintainInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pull_device_to_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PullDeviceToGroupRequest {
    /// A `PullDeviceToGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            device_codes: None,
            device_uuids: None,
            open_conversation_id: open_conversation_id.into(),
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
impl rt::serde::Serialize for PullDeviceToGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceCodes", &self.device_codes)?;
        object.optional("deviceUuids", &self.device_uuids)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.optional("operator", &self.operator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PullDeviceToGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PullDeviceToGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceCodes" => rt::read_field(map, &mut self.device_codes),
            "deviceUuids" => rt::read_field(map, &mut self.device_uuids),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PullDeviceToGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pull_user_to_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PullUserToGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl PullUserToGroupRequest {
    /// A `PullUserToGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
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
impl rt::serde::Serialize for PullUserToGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PullUserToGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PullUserToGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PullUserToGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::register_and_activate_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl RegisterAndActivateDeviceRequest {
    /// A `RegisterAndActivateDeviceRequest` with its required fields (`deviceCode`, `deviceName`); set the others with the methods named after them.
    pub fn new(device_code: impl Into<String>, device_name: impl Into<String>) -> Self {
        Self {
            device_callback_url: None,
            device_category: None,
            device_code: device_code.into(),
            device_detail_url: None,
            device_name: device_name.into(),
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
impl rt::serde::Serialize for RegisterAndActivateDeviceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceCallbackUrl", &self.device_callback_url)?;
        object.optional("deviceCategory", &self.device_category)?;
        object.field("deviceCode", &self.device_code)?;
        object.optional("deviceDetailUrl", &self.device_detail_url)?;
        object.field("deviceName", &self.device_name)?;
        object.optional("introduction", &self.introduction)?;
        object.optional("roleUuid", &self.role_uuid)?;
        object.optional("typeUuid", &self.type_uuid)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RegisterAndActivateDeviceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RegisterAndActivateDeviceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceCallbackUrl" => rt::read_field(map, &mut self.device_callback_url),
            "deviceCategory" => rt::read_field(map, &mut self.device_category),
            "deviceCode" => rt::read_field(map, &mut self.device_code),
            "deviceDetailUrl" => rt::read_field(map, &mut self.device_detail_url),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "introduction" => rt::read_field(map, &mut self.introduction),
            "roleUuid" => rt::read_field(map, &mut self.role_uuid),
            "typeUuid" => rt::read_field(map, &mut self.type_uuid),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for RegisterAndActivateDeviceBatchRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("registerAndActivateVOS", &self.register_and_activate_vos)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RegisterAndActivateDeviceBatchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RegisterAndActivateDeviceBatchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "registerAndActivateVOS" => {
                rt::read_field(map, &mut self.register_and_activate_vos)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RegisterAndActivateDeviceBatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::register_device`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl RegisterDeviceRequest {
    /// A `RegisterDeviceRequest` with its required fields (`departmentId`, `deviceKey`, `deviceName`, `userId`); set the others with the methods named after them.
    pub fn new(
        department_id: i64,
        device_key: impl Into<String>,
        device_name: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            collaborators: None,
            department_id,
            description: None,
            device_key: device_key.into(),
            device_name: device_name.into(),
            managers: None,
            user_id: user_id.into(),
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
impl rt::serde::Serialize for RegisterDeviceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("collaborators", &self.collaborators)?;
        object.field("departmentId", &self.department_id)?;
        object.optional("description", &self.description)?;
        object.field("deviceKey", &self.device_key)?;
        object.field("deviceName", &self.device_name)?;
        object.optional("managers", &self.managers)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RegisterDeviceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RegisterDeviceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "collaborators" => rt::read_field(map, &mut self.collaborators),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "description" => rt::read_field(map, &mut self.description),
            "deviceKey" => rt::read_field(map, &mut self.device_key),
            "deviceName" => rt::read_field(map, &mut self.device_name),
            "managers" => rt::read_field(map, &mut self.managers),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RegisterDeviceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_device_from_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl RemoveDeviceFromGroupRequest {
    /// A `RemoveDeviceFromGroupRequest` with its required fields (`openConversationId`, `operator`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        operator: impl Into<String>,
    ) -> Self {
        Self {
            device_codes: None,
            device_uuids: None,
            open_conversation_id: open_conversation_id.into(),
            operator: operator.into(),
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
impl rt::serde::Serialize for RemoveDeviceFromGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceCodes", &self.device_codes)?;
        object.optional("deviceUuids", &self.device_uuids)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("operator", &self.operator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveDeviceFromGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveDeviceFromGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceCodes" => rt::read_field(map, &mut self.device_codes),
            "deviceUuids" => rt::read_field(map, &mut self.device_uuids),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveDeviceFromGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_user_from_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveUserFromGroupRequest {
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl RemoveUserFromGroupRequest {
    /// A `RemoveUserFromGroupRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
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
impl rt::serde::Serialize for RemoveUserFromGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveUserFromGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveUserFromGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveUserFromGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SendCardRequest {
    /// A `SendCardRequest` with its required fields (`cardData`, `templateId`); set the others with the methods named after them.
    pub fn new(card_data: impl Into<String>, template_id: impl Into<String>) -> Self {
        Self {
            biz_id: None,
            card_data: card_data.into(),
            device_code: None,
            device_uuid: None,
            open_conversation_id: None,
            part_visible: None,
            receivers: None,
            template_id: template_id.into(),
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
impl rt::serde::Serialize for SendCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizId", &self.biz_id)?;
        object.field("cardData", &self.card_data)?;
        object.optional("deviceCode", &self.device_code)?;
        object.optional("deviceUuid", &self.device_uuid)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("partVisible", &self.part_visible)?;
        object.optional("receivers", &self.receivers)?;
        object.field("templateId", &self.template_id)?;
        object.optional("topbox", &self.topbox)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendCardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendCardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "cardData" => rt::read_field(map, &mut self.card_data),
            "deviceCode" => rt::read_field(map, &mut self.device_code),
            "deviceUuid" => rt::read_field(map, &mut self.device_uuid),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "partVisible" => rt::read_field(map, &mut self.part_visible),
            "receivers" => rt::read_field(map, &mut self.receivers),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "topbox" => rt::read_field(map, &mut self.topbox),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SendMsgRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("deviceCode", &self.device_code)?;
        object.optional("deviceUuid", &self.device_uuid)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("userList", &self.user_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMsgRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMsgRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "deviceCode" => rt::read_field(map, &mut self.device_code),
            "deviceUuid" => rt::read_field(map, &mut self.device_uuid),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UninstallDeviceRobotRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deviceCode", &self.device_code)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UninstallDeviceRobotRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UninstallDeviceRobotRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deviceCode" => rt::read_field(map, &mut self.device_code),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UninstallDeviceRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateCardRequest {
    /// `bizId`.
    pub biz_id: String,
    /// `cardData`.
    pub card_data: String,
    /// `tips`.
    pub tips: Option<UpdateCardRequestTips>,
}
impl UpdateCardRequest {
    /// A `UpdateCardRequest` with its required fields (`bizId`, `cardData`); set the others with the methods named after them.
    pub fn new(biz_id: impl Into<String>, card_data: impl Into<String>) -> Self {
        Self {
            biz_id: biz_id.into(),
            card_data: card_data.into(),
            tips: None,
        }
    }
    /// Sets `tips`.
    pub fn tips(mut self, value: UpdateCardRequestTips) -> Self {
        self.tips = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizId", &self.biz_id)?;
        object.field("cardData", &self.card_data)?;
        object.optional("tips", &self.tips)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateCardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateCardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "cardData" => rt::read_field(map, &mut self.card_data),
            "tips" => rt::read_field(map, &mut self.tips),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UploadEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("coverUrl", &self.cover_url)?;
        object.optional("deviceCode", &self.device_code)?;
        object.optional("deviceUuid", &self.device_uuid)?;
        object.optional("eventTime", &self.event_time)?;
        object.optional("eventType", &self.event_type)?;
        object.optional("level", &self.level)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UploadEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UploadEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "coverUrl" => rt::read_field(map, &mut self.cover_url),
            "deviceCode" => rt::read_field(map, &mut self.device_code),
            "deviceUuid" => rt::read_field(map, &mut self.device_uuid),
            "eventTime" => rt::read_field(map, &mut self.event_time),
            "eventType" => rt::read_field(map, &mut self.event_type),
            "level" => rt::read_field(map, &mut self.level),
            _ => Ok(false),
        }
    }
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
