// @generated from api-spec/impaas_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.impaas_1_0()`. Generated from `api-spec/impaas_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `impaas_1_0`. Get it with `client.impaas_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 添加群成员
    ///
    /// `POST /v1.0/impaas/interconnections/groups/members/batchAdd` (operation `AddGroupMembers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddGroupMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_group_members(
        &self,
        request: &AddGroupMembersRequest,
    ) -> rt::Call<AddGroupMembersResponseBody, AddGroupMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddGroupMembers",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/groups/members/batchAdd",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 外部用户导入profile
    ///
    /// `POST /v1.0/impaas/interconnections/users/profiles` (operation `AddProfile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddProfileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_profile(
        &self,
        request: &AddProfileRequest,
    ) -> rt::Call<(), AddProfileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddProfile",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/users/profiles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 消息批量接口
    ///
    /// `POST /v1.0/impaas/interconnections/messages/batchSend` (operation `BatchSend`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchSendError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_send(
        &self,
        request: &BatchSendRequest,
    ) -> rt::Call<BatchSendResponseBody, BatchSendError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchSend",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/messages/batchSend",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建群
    ///
    /// `POST /v1.0/impaas/interconnections/groups` (operation `CreateGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_group(
        &self,
        request: &CreateGroupRequest,
    ) -> rt::Call<CreateGroupResponseBody, CreateGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateGroup",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建托管账号为群主的群
    ///
    /// `POST /v1.0/impaas/interconnections/groups/trusts` (operation `CreateTrustGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTrustGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_trust_group(
        &self,
        request: &CreateTrustGroupRequest,
    ) -> rt::Call<CreateTrustGroupResponseBody, CreateTrustGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTrustGroup",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/groups/trusts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 解散群
    ///
    /// `POST /v1.0/impaas/interconnections/groups/dismiss` (operation `DismissGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DismissGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn dismiss_group(
        &self,
        request: &DismissGroupRequest,
    ) -> rt::Call<rt::serde_json::Value, DismissGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DismissGroup",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/groups/dismiss",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 生成单聊会话Id
    ///
    /// `POST /v1.0/impaas/interconnections/conversations` (operation `GetConversationId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetConversationIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_conversation_id(
        &self,
        request: &GetConversationIdRequest,
    ) -> rt::Call<GetConversationIdResponseBody, GetConversationIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetConversationId",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/conversations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多媒体文件下载
    ///
    /// `POST /v1.0/impaas/interconnections/medium/urls` (operation `GetMediaUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMediaUrlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_media_url(
        &self,
        request: &GetMediaUrlRequest,
    ) -> rt::Call<GetMediaUrlResponseBody, GetMediaUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMediaUrl",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/medium/urls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 多媒体文件批量下载
    ///
    /// `POST /v1.0/impaas/interconnections/mediaUrls/query` (operation `GetMediaUrls`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMediaUrlsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_media_urls(
        &self,
        request: &GetMediaUrlsRequest,
    ) -> rt::Call<GetMediaUrlsResponseBody, GetMediaUrlsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMediaUrls",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/mediaUrls/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取钉盘文件下载信息
    ///
    /// `GET /v1.0/impaas/interconnections/spaces/files/urls` (operation `GetSpaceFileUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSpaceFileUrlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_space_file_url(
        &self,
        request: &GetSpaceFileUrlRequest,
    ) -> rt::Call<GetSpaceFileUrlResponseBody, GetSpaceFileUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSpaceFileUrl",
            rt::Method::Get,
            "/v1.0/impaas/interconnections/spaces/files/urls",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业员工类型的群成员
    ///
    /// `POST /v1.0/impaas/interconnections/groups/staffMemers/query` (operation `ListGroupStaffMembers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListGroupStaffMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_group_staff_members(
        &self,
        request: &ListGroupStaffMembersRequest,
    ) -> rt::Call<ListGroupStaffMembersResponseBody, ListGroupStaffMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListGroupStaffMembers",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/groups/staffMemers/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询batchSend结果
    ///
    /// `GET /v1.0/impaas/interconnections/messages/batchSendResults` (operation `QueryBatchSendResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryBatchSendResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_batch_send_result(
        &self,
        request: &QueryBatchSendResultRequest,
    ) -> rt::Call<QueryBatchSendResultResponseBody, QueryBatchSendResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBatchSendResult",
            rt::Method::Get,
            "/v1.0/impaas/interconnections/messages/batchSendResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 消息已读
    ///
    /// `POST /v1.0/impaas/interconnections/messages/read` (operation `ReadMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ReadMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn read_message(
        &self,
        request: &ReadMessageRequest,
    ) -> rt::Call<(), ReadMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ReadMessage",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/messages/read",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 消息撤回
    ///
    /// `POST /v1.0/impaas/interconnections/messages/recall` (operation `RecallMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RecallMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn recall_message(
        &self,
        request: &RecallMessageRequest,
    ) -> rt::Call<(), RecallMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RecallMessage",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/messages/recall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 移除群成员
    ///
    /// `POST /v1.0/impaas/interconnections/groups/members/batchRemove` (operation `RemoveGroupMembers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveGroupMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn remove_group_members(
        &self,
        request: &RemoveGroupMembersRequest,
    ) -> rt::Call<rt::serde_json::Value, RemoveGroupMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveGroupMembers",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/groups/members/batchRemove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 消息发送
    ///
    /// `POST /v1.0/impaas/interconnections/messages/send` (operation `SendMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_message(
        &self,
        request: &SendMessageRequest,
    ) -> rt::Call<SendMessageResponseBody, SendMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendMessage",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/messages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过群模板机器人发送消息
    ///
    /// `POST /v1.0/impaas/interconnections/robots/messages/send` (operation `SendRobotMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendRobotMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn send_robot_message(
        &self,
        request: &SendRobotMessageRequest,
    ) -> rt::Call<SendRobotMessageResponseBody, SendRobotMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendRobotMessage",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/robots/messages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改群名称
    ///
    /// `PUT /v1.0/impaas/interconnections/groups/names` (operation `UpdateGroupName`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateGroupNameError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_group_name(
        &self,
        request: &UpdateGroupNameRequest,
    ) -> rt::Call<rt::serde_json::Value, UpdateGroupNameError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateGroupName",
            rt::Method::Put,
            "/v1.0/impaas/interconnections/groups/names",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 转让群主
    ///
    /// `PUT /v1.0/impaas/interconnections/groups/owners` (operation `UpdateGroupOwner`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateGroupOwnerError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_group_owner(
        &self,
        request: &UpdateGroupOwnerRequest,
    ) -> rt::Call<UpdateGroupOwnerResponseBody, UpdateGroupOwnerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateGroupOwner",
            rt::Method::Put,
            "/v1.0/impaas/interconnections/groups/owners",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 互联互通上传文件
    ///
    /// `POST /v1.0/impaas/interconnections/files/upload` (operation `UploadFile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UploadFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn upload_file(
        &self,
        request: &UploadFileRequest,
    ) -> rt::Call<UploadFileResponseBody, UploadFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UploadFile",
            rt::Method::Post,
            "/v1.0/impaas/interconnections/files/upload",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `AddGroupMembersRequestMembers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddGroupMembersRequestMembers {
    /// `nick`.
    pub nick: Option<String>,
    /// `uid`.
    pub uid: String,
}
impl AddGroupMembersRequestMembers {
    /// A `AddGroupMembersRequestMembers` with its required fields (`uid`); set the others with the methods named after them.
    pub fn new(uid: impl Into<String>) -> Self {
        Self {
            nick: None,
            uid: uid.into(),
        }
    }
    /// Sets `nick`.
    pub fn nick(mut self, value: impl Into<String>) -> Self {
        self.nick = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddGroupMembersRequestMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nick", &self.nick)?;
        object.field("uid", &self.uid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddGroupMembersRequestMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddGroupMembersRequestMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nick" => rt::read_field(map, &mut self.nick),
            "uid" => rt::read_field(map, &mut self.uid),
            _ => Ok(false),
        }
    }
}
/// `AddGroupMembersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddGroupMembersResponseBody {
    /// `memberUids`.
    pub member_uids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for AddGroupMembersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddGroupMembersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberUids" => rt::read_field(map, &mut self.member_uids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddGroupMembersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberUids", &self.member_uids)?;
        object.end()
    }
}
/// `BatchSendResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchSendResponseBody {
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchSendResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchSendResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchSendResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `CreateGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupResponseBody {
    /// `chatId`.
    pub chat_id: Option<String>,
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatId" => rt::read_field(map, &mut self.chat_id),
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatId", &self.chat_id)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("createTime", &self.create_time)?;
        object.end()
    }
}
/// `CreateTrustGroupRequestMembers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTrustGroupRequestMembers {
    /// `nick`.
    pub nick: Option<String>,
    /// `uid`.
    pub uid: Option<String>,
}
impl CreateTrustGroupRequestMembers {
    /// An empty `CreateTrustGroupRequestMembers`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `nick`.
    pub fn nick(mut self, value: impl Into<String>) -> Self {
        self.nick = Some(value.into());
        self
    }
    /// Sets `uid`.
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        self.uid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateTrustGroupRequestMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nick", &self.nick)?;
        object.optional("uid", &self.uid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTrustGroupRequestMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTrustGroupRequestMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nick" => rt::read_field(map, &mut self.nick),
            "uid" => rt::read_field(map, &mut self.uid),
            _ => Ok(false),
        }
    }
}
/// `CreateTrustGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTrustGroupResponseBody {
    /// `chatId`.
    pub chat_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTrustGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTrustGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatId" => rt::read_field(map, &mut self.chat_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTrustGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatId", &self.chat_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
/// `GetConversationIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetConversationIdResponseBody {
    /// `conversationId`.
    pub conversation_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetConversationIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConversationIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetConversationIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.end()
    }
}
/// `GetMediaUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMediaUrlResponseBody {
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMediaUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMediaUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMediaUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetMediaUrlsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMediaUrlsResponseBody {
    /// `urls`.
    pub urls: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMediaUrlsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMediaUrlsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "urls" => rt::read_field(map, &mut self.urls),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMediaUrlsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("urls", &self.urls)?;
        object.end()
    }
}
/// `GetSpaceFileUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSpaceFileUrlResponseBody {
    /// `headers`.
    pub headers: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `internalResourceUrl`.
    pub internal_resource_url: Option<String>,
    /// `resourceUrl`.
    pub resource_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSpaceFileUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSpaceFileUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "headers" => rt::read_field(map, &mut self.headers),
            "internalResourceUrl" => rt::read_field(map, &mut self.internal_resource_url),
            "resourceUrl" => rt::read_field(map, &mut self.resource_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSpaceFileUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("headers", &self.headers)?;
        object.optional("internalResourceUrl", &self.internal_resource_url)?;
        object.optional("resourceUrl", &self.resource_url)?;
        object.end()
    }
}
/// `ListGroupStaffMembersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListGroupStaffMembersResponseBody {
    /// `members`.
    pub members: Option<Vec<ListGroupStaffMembersResponseBodyMembers>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListGroupStaffMembersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListGroupStaffMembersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => rt::read_field(map, &mut self.members),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListGroupStaffMembersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("members", &self.members)?;
        object.end()
    }
}
/// `QueryBatchSendResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBatchSendResultResponseBody {
    /// `results`.
    pub results: Option<Vec<QueryBatchSendResultResponseBodyResults>>,
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBatchSendResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBatchSendResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "results" => rt::read_field(map, &mut self.results),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryBatchSendResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("results", &self.results)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `SendMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendMessageResponseBody {
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `messageId`.
    pub message_id: Option<String>,
    /// `msgId`.
    pub msg_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SendMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createTime" => rt::read_field(map, &mut self.create_time),
            "messageId" => rt::read_field(map, &mut self.message_id),
            "msgId" => rt::read_field(map, &mut self.msg_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("messageId", &self.message_id)?;
        object.optional("msgId", &self.msg_id)?;
        object.end()
    }
}
/// `SendRobotMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendRobotMessageResponseBody {
    /// `openMsgId`.
    pub open_msg_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SendRobotMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendRobotMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openMsgId" => rt::read_field(map, &mut self.open_msg_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendRobotMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openMsgId", &self.open_msg_id)?;
        object.end()
    }
}
/// `UpdateGroupOwnerResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateGroupOwnerResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateGroupOwnerResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateGroupOwnerResponseBody {
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
impl rt::serde::Serialize for UpdateGroupOwnerResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UploadFileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UploadFileResponseBody {
    /// `mediaId`.
    pub media_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UploadFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UploadFileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mediaId" => rt::read_field(map, &mut self.media_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UploadFileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mediaId", &self.media_id)?;
        object.end()
    }
}
/// `ListGroupStaffMembersResponseBodyMembers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListGroupStaffMembersResponseBodyMembers {
    /// `nick`.
    pub nick: Option<String>,
    /// `uid`.
    pub uid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListGroupStaffMembersResponseBodyMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListGroupStaffMembersResponseBodyMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nick" => rt::read_field(map, &mut self.nick),
            "uid" => rt::read_field(map, &mut self.uid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListGroupStaffMembersResponseBodyMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nick", &self.nick)?;
        object.optional("uid", &self.uid)?;
        object.end()
    }
}
/// `QueryBatchSendResultResponseBodyResults`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBatchSendResultResponseBodyResults {
    /// `appUid`.
    pub app_uid: Option<String>,
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMessage`.
    pub error_message: Option<String>,
    /// `msgId`.
    pub msg_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBatchSendResultResponseBodyResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBatchSendResultResponseBodyResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUid" => rt::read_field(map, &mut self.app_uid),
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMessage" => rt::read_field(map, &mut self.error_message),
            "msgId" => rt::read_field(map, &mut self.msg_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryBatchSendResultResponseBodyResults {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUid", &self.app_uid)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMessage", &self.error_message)?;
        object.optional("msgId", &self.msg_id)?;
        object.end()
    }
}
/// The request of [`Api::add_group_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddGroupMembersRequest {
    /// `operationSource`: a header.
    pub operation_source: Option<String>,
    /// `conversationId`.
    pub conversation_id: String,
    /// `members`.
    pub members: Vec<AddGroupMembersRequestMembers>,
    /// `operatorUid`.
    pub operator_uid: Option<String>,
}
impl AddGroupMembersRequest {
    /// A `AddGroupMembersRequest` with its required fields (`conversationId`, `members`); set the others with the methods named after them.
    pub fn new(
        conversation_id: impl Into<String>,
        members: impl IntoIterator<Item = AddGroupMembersRequestMembers>,
    ) -> Self {
        Self {
            operation_source: None,
            conversation_id: conversation_id.into(),
            members: members.into_iter().collect(),
            operator_uid: None,
        }
    }
    /// Sets `operationSource`.
    pub fn operation_source(mut self, value: impl Into<String>) -> Self {
        self.operation_source = Some(value.into());
        self
    }
    /// Sets `operatorUid`.
    pub fn operator_uid(mut self, value: impl Into<String>) -> Self {
        self.operator_uid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddGroupMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("conversationId", &self.conversation_id)?;
        object.field("members", &self.members)?;
        object.optional("operatorUid", &self.operator_uid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddGroupMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddGroupMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operationSource" => rt::read_field(map, &mut self.operation_source),
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "members" => rt::read_field(map, &mut self.members),
            "operatorUid" => rt::read_field(map, &mut self.operator_uid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddGroupMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::add_profile`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddProfileRequest {
    /// `appUid`.
    pub app_uid: String,
    /// `avatarMediaId`.
    pub avatar_media_id: Option<String>,
    /// `mobileNumber`.
    pub mobile_number: String,
    /// `nick`.
    pub nick: String,
}
impl AddProfileRequest {
    /// A `AddProfileRequest` with its required fields (`appUid`, `mobileNumber`, `nick`); set the others with the methods named after them.
    pub fn new(
        app_uid: impl Into<String>,
        mobile_number: impl Into<String>,
        nick: impl Into<String>,
    ) -> Self {
        Self {
            app_uid: app_uid.into(),
            avatar_media_id: None,
            mobile_number: mobile_number.into(),
            nick: nick.into(),
        }
    }
    /// Sets `avatarMediaId`.
    pub fn avatar_media_id(mut self, value: impl Into<String>) -> Self {
        self.avatar_media_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddProfileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appUid", &self.app_uid)?;
        object.optional("avatarMediaId", &self.avatar_media_id)?;
        object.field("mobileNumber", &self.mobile_number)?;
        object.field("nick", &self.nick)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddProfileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddProfileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUid" => rt::read_field(map, &mut self.app_uid),
            "avatarMediaId" => rt::read_field(map, &mut self.avatar_media_id),
            "mobileNumber" => rt::read_field(map, &mut self.mobile_number),
            "nick" => rt::read_field(map, &mut self.nick),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddProfileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_send`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchSendRequest {
    /// `appUids`.
    pub app_uids: Option<Vec<String>>,
    /// `content`.
    pub content: String,
    /// `conversationIds`.
    pub conversation_ids: Option<Vec<String>>,
    /// `userId`.
    pub user_id: String,
}
impl BatchSendRequest {
    /// A `BatchSendRequest` with its required fields (`content`, `userId`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            app_uids: None,
            content: content.into(),
            conversation_ids: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `appUids`.
    pub fn app_uids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.app_uids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `conversationIds`.
    pub fn conversation_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.conversation_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for BatchSendRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appUids", &self.app_uids)?;
        object.field("content", &self.content)?;
        object.optional("conversationIds", &self.conversation_ids)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchSendRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchSendRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUids" => rt::read_field(map, &mut self.app_uids),
            "content" => rt::read_field(map, &mut self.content),
            "conversationIds" => rt::read_field(map, &mut self.conversation_ids),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchSendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateGroupRequest {
    /// `operationSource`: a header.
    pub operation_source: Option<String>,
    /// `channel`.
    pub channel: String,
    /// `creatorUid`.
    pub creator_uid: String,
    /// `iconMediaId`.
    pub icon_media_id: Option<String>,
    /// `name`.
    pub name: String,
    /// `properties`.
    pub properties: rt::BTreeMap<String, String>,
    /// `uuid`.
    pub uuid: String,
}
impl CreateGroupRequest {
    /// A `CreateGroupRequest` with its required fields (`channel`, `creatorUid`, `name`, `properties`, `uuid`); set the others with the methods named after them.
    pub fn new(
        channel: impl Into<String>,
        creator_uid: impl Into<String>,
        name: impl Into<String>,
        properties: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
        uuid: impl Into<String>,
    ) -> Self {
        Self {
            operation_source: None,
            channel: channel.into(),
            creator_uid: creator_uid.into(),
            icon_media_id: None,
            name: name.into(),
            properties: properties
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
            uuid: uuid.into(),
        }
    }
    /// Sets `operationSource`.
    pub fn operation_source(mut self, value: impl Into<String>) -> Self {
        self.operation_source = Some(value.into());
        self
    }
    /// Sets `iconMediaId`.
    pub fn icon_media_id(mut self, value: impl Into<String>) -> Self {
        self.icon_media_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("channel", &self.channel)?;
        object.field("creatorUid", &self.creator_uid)?;
        object.optional("iconMediaId", &self.icon_media_id)?;
        object.field("name", &self.name)?;
        object.field("properties", &self.properties)?;
        object.field("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operationSource" => rt::read_field(map, &mut self.operation_source),
            "channel" => rt::read_field(map, &mut self.channel),
            "creatorUid" => rt::read_field(map, &mut self.creator_uid),
            "iconMediaId" => rt::read_field(map, &mut self.icon_media_id),
            "name" => rt::read_field(map, &mut self.name),
            "properties" => rt::read_field(map, &mut self.properties),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_trust_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateTrustGroupRequest {
    /// `operationSource`: a header.
    pub operation_source: Option<String>,
    /// `channel`.
    pub channel: String,
    /// `iconMediaId`.
    pub icon_media_id: Option<String>,
    /// `members`.
    pub members: Option<Vec<CreateTrustGroupRequestMembers>>,
    /// `name`.
    pub name: String,
    /// `properties`.
    pub properties: Option<rt::BTreeMap<String, String>>,
    /// `systemMsg`.
    pub system_msg: Option<String>,
    /// `uuid`.
    pub uuid: String,
}
impl CreateTrustGroupRequest {
    /// A `CreateTrustGroupRequest` with its required fields (`channel`, `name`, `uuid`); set the others with the methods named after them.
    pub fn new(
        channel: impl Into<String>,
        name: impl Into<String>,
        uuid: impl Into<String>,
    ) -> Self {
        Self {
            operation_source: None,
            channel: channel.into(),
            icon_media_id: None,
            members: None,
            name: name.into(),
            properties: None,
            system_msg: None,
            uuid: uuid.into(),
        }
    }
    /// Sets `operationSource`.
    pub fn operation_source(mut self, value: impl Into<String>) -> Self {
        self.operation_source = Some(value.into());
        self
    }
    /// Sets `iconMediaId`.
    pub fn icon_media_id(mut self, value: impl Into<String>) -> Self {
        self.icon_media_id = Some(value.into());
        self
    }
    /// Sets `members`.
    pub fn members(
        mut self,
        value: impl IntoIterator<Item = CreateTrustGroupRequestMembers>,
    ) -> Self {
        self.members = Some(value.into_iter().collect());
        self
    }
    /// Sets `properties`.
    pub fn properties(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.properties = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `systemMsg`.
    pub fn system_msg(mut self, value: impl Into<String>) -> Self {
        self.system_msg = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateTrustGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("channel", &self.channel)?;
        object.optional("iconMediaId", &self.icon_media_id)?;
        object.optional("members", &self.members)?;
        object.field("name", &self.name)?;
        object.optional("properties", &self.properties)?;
        object.optional("systemMsg", &self.system_msg)?;
        object.field("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTrustGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTrustGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operationSource" => rt::read_field(map, &mut self.operation_source),
            "channel" => rt::read_field(map, &mut self.channel),
            "iconMediaId" => rt::read_field(map, &mut self.icon_media_id),
            "members" => rt::read_field(map, &mut self.members),
            "name" => rt::read_field(map, &mut self.name),
            "properties" => rt::read_field(map, &mut self.properties),
            "systemMsg" => rt::read_field(map, &mut self.system_msg),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateTrustGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::dismiss_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DismissGroupRequest {
    /// `operationSource`: a header.
    pub operation_source: Option<String>,
    /// `conversationId`.
    pub conversation_id: String,
    /// `operatorUid`.
    pub operator_uid: Option<String>,
}
impl DismissGroupRequest {
    /// A `DismissGroupRequest` with its required fields (`conversationId`); set the others with the methods named after them.
    pub fn new(conversation_id: impl Into<String>) -> Self {
        Self {
            operation_source: None,
            conversation_id: conversation_id.into(),
            operator_uid: None,
        }
    }
    /// Sets `operationSource`.
    pub fn operation_source(mut self, value: impl Into<String>) -> Self {
        self.operation_source = Some(value.into());
        self
    }
    /// Sets `operatorUid`.
    pub fn operator_uid(mut self, value: impl Into<String>) -> Self {
        self.operator_uid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DismissGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("conversationId", &self.conversation_id)?;
        object.optional("operatorUid", &self.operator_uid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DismissGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DismissGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operationSource" => rt::read_field(map, &mut self.operation_source),
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "operatorUid" => rt::read_field(map, &mut self.operator_uid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DismissGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_conversation_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetConversationIdRequest {
    /// `appUid`.
    pub app_uid: String,
    /// `userId`.
    pub user_id: String,
}
impl GetConversationIdRequest {
    /// A `GetConversationIdRequest` with its required fields (`appUid`, `userId`); set the others with the methods named after them.
    pub fn new(app_uid: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            app_uid: app_uid.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetConversationIdRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appUid", &self.app_uid)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetConversationIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetConversationIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appUid" => rt::read_field(map, &mut self.app_uid),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetConversationIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_media_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetMediaUrlRequest {
    /// `mediaId`.
    pub media_id: String,
    /// `urlExpireTime`.
    pub url_expire_time: Option<i64>,
}
impl GetMediaUrlRequest {
    /// A `GetMediaUrlRequest` with its required fields (`mediaId`); set the others with the methods named after them.
    pub fn new(media_id: impl Into<String>) -> Self {
        Self {
            media_id: media_id.into(),
            url_expire_time: None,
        }
    }
    /// Sets `urlExpireTime`.
    pub fn url_expire_time(mut self, value: i64) -> Self {
        self.url_expire_time = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetMediaUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("mediaId", &self.media_id)?;
        object.optional("urlExpireTime", &self.url_expire_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMediaUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMediaUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "urlExpireTime" => rt::read_field(map, &mut self.url_expire_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetMediaUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_media_urls`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetMediaUrlsRequest {
    /// `mediaIds`.
    pub media_ids: Vec<String>,
    /// `urlExpireTime`.
    pub url_expire_time: Option<i64>,
}
impl GetMediaUrlsRequest {
    /// A `GetMediaUrlsRequest` with its required fields (`mediaIds`); set the others with the methods named after them.
    pub fn new(media_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            media_ids: media_ids.into_iter().map(Into::into).collect(),
            url_expire_time: None,
        }
    }
    /// Sets `urlExpireTime`.
    pub fn url_expire_time(mut self, value: i64) -> Self {
        self.url_expire_time = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetMediaUrlsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("mediaIds", &self.media_ids)?;
        object.optional("urlExpireTime", &self.url_expire_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMediaUrlsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMediaUrlsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mediaIds" => rt::read_field(map, &mut self.media_ids),
            "urlExpireTime" => rt::read_field(map, &mut self.url_expire_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetMediaUrlsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_space_file_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSpaceFileUrlRequest {
    /// `fileId`: a query parameter.
    pub file_id: String,
    /// `senderUid`: a query parameter.
    pub sender_uid: String,
    /// `spaceId`: a query parameter.
    pub space_id: String,
}
impl GetSpaceFileUrlRequest {
    /// A `GetSpaceFileUrlRequest` with its required fields (`fileId`, `senderUid`, `spaceId`); set the others with the methods named after them.
    pub fn new(
        file_id: impl Into<String>,
        sender_uid: impl Into<String>,
        space_id: impl Into<String>,
    ) -> Self {
        Self {
            file_id: file_id.into(),
            sender_uid: sender_uid.into(),
            space_id: space_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSpaceFileUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSpaceFileUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileId" => rt::read_field(map, &mut self.file_id),
            "senderUid" => rt::read_field(map, &mut self.sender_uid),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSpaceFileUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("fileId", &self.file_id);
        writer.query("senderUid", &self.sender_uid);
        writer.query("spaceId", &self.space_id);
    }
}
/// The request of [`Api::list_group_staff_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListGroupStaffMembersRequest {
    /// `conversationId`.
    pub conversation_id: String,
}
impl ListGroupStaffMembersRequest {
    /// A `ListGroupStaffMembersRequest` with its required fields (`conversationId`); set the others with the methods named after them.
    pub fn new(conversation_id: impl Into<String>) -> Self {
        Self {
            conversation_id: conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for ListGroupStaffMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("conversationId", &self.conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListGroupStaffMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListGroupStaffMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListGroupStaffMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_batch_send_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryBatchSendResultRequest {
    /// `senderUserId`: a query parameter.
    pub sender_user_id: String,
    /// `taskId`: a query parameter.
    pub task_id: String,
}
impl QueryBatchSendResultRequest {
    /// A `QueryBatchSendResultRequest` with its required fields (`senderUserId`, `taskId`); set the others with the methods named after them.
    pub fn new(sender_user_id: impl Into<String>, task_id: impl Into<String>) -> Self {
        Self {
            sender_user_id: sender_user_id.into(),
            task_id: task_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryBatchSendResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryBatchSendResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "senderUserId" => rt::read_field(map, &mut self.sender_user_id),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryBatchSendResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("senderUserId", &self.sender_user_id);
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::read_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ReadMessageRequest {
    /// `operationSource`: a header.
    pub operation_source: Option<String>,
    /// `messageId`.
    pub message_id: String,
    /// `operatorUid`.
    pub operator_uid: String,
}
impl ReadMessageRequest {
    /// A `ReadMessageRequest` with its required fields (`messageId`, `operatorUid`); set the others with the methods named after them.
    pub fn new(message_id: impl Into<String>, operator_uid: impl Into<String>) -> Self {
        Self {
            operation_source: None,
            message_id: message_id.into(),
            operator_uid: operator_uid.into(),
        }
    }
    /// Sets `operationSource`.
    pub fn operation_source(mut self, value: impl Into<String>) -> Self {
        self.operation_source = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ReadMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("messageId", &self.message_id)?;
        object.field("operatorUid", &self.operator_uid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ReadMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ReadMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operationSource" => rt::read_field(map, &mut self.operation_source),
            "messageId" => rt::read_field(map, &mut self.message_id),
            "operatorUid" => rt::read_field(map, &mut self.operator_uid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ReadMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::recall_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RecallMessageRequest {
    /// `operationSource`: a header.
    pub operation_source: Option<String>,
    /// `messageId`.
    pub message_id: String,
    /// `operatorUid`.
    pub operator_uid: String,
    /// `type`.
    pub r#type: Option<i64>,
}
impl RecallMessageRequest {
    /// A `RecallMessageRequest` with its required fields (`messageId`, `operatorUid`); set the others with the methods named after them.
    pub fn new(message_id: impl Into<String>, operator_uid: impl Into<String>) -> Self {
        Self {
            operation_source: None,
            message_id: message_id.into(),
            operator_uid: operator_uid.into(),
            r#type: None,
        }
    }
    /// Sets `operationSource`.
    pub fn operation_source(mut self, value: impl Into<String>) -> Self {
        self.operation_source = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: i64) -> Self {
        self.r#type = Some(value);
        self
    }
}
impl rt::serde::Serialize for RecallMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("messageId", &self.message_id)?;
        object.field("operatorUid", &self.operator_uid)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RecallMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RecallMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operationSource" => rt::read_field(map, &mut self.operation_source),
            "messageId" => rt::read_field(map, &mut self.message_id),
            "operatorUid" => rt::read_field(map, &mut self.operator_uid),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RecallMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_group_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveGroupMembersRequest {
    /// `operationSource`: a header.
    pub operation_source: Option<String>,
    /// `conversationId`.
    pub conversation_id: String,
    /// `memberUids`.
    pub member_uids: Vec<String>,
    /// `operatorUid`.
    pub operator_uid: Option<String>,
}
impl RemoveGroupMembersRequest {
    /// A `RemoveGroupMembersRequest` with its required fields (`conversationId`, `memberUids`); set the others with the methods named after them.
    pub fn new(
        conversation_id: impl Into<String>,
        member_uids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            operation_source: None,
            conversation_id: conversation_id.into(),
            member_uids: member_uids.into_iter().map(Into::into).collect(),
            operator_uid: None,
        }
    }
    /// Sets `operationSource`.
    pub fn operation_source(mut self, value: impl Into<String>) -> Self {
        self.operation_source = Some(value.into());
        self
    }
    /// Sets `operatorUid`.
    pub fn operator_uid(mut self, value: impl Into<String>) -> Self {
        self.operator_uid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for RemoveGroupMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("conversationId", &self.conversation_id)?;
        object.field("memberUids", &self.member_uids)?;
        object.optional("operatorUid", &self.operator_uid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveGroupMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveGroupMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operationSource" => rt::read_field(map, &mut self.operation_source),
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "memberUids" => rt::read_field(map, &mut self.member_uids),
            "operatorUid" => rt::read_field(map, &mut self.operator_uid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveGroupMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::send_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SendMessageRequest {
    /// `operationSource`: a header.
    pub operation_source: Option<String>,
    /// `content`.
    pub content: String,
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `receiverUid`.
    pub receiver_uid: Option<String>,
    /// `senderUid`.
    pub sender_uid: String,
    /// `uuid`.
    pub uuid: String,
}
impl SendMessageRequest {
    /// A `SendMessageRequest` with its required fields (`content`, `senderUid`, `uuid`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        sender_uid: impl Into<String>,
        uuid: impl Into<String>,
    ) -> Self {
        Self {
            operation_source: None,
            content: content.into(),
            conversation_id: None,
            create_time: None,
            receiver_uid: None,
            sender_uid: sender_uid.into(),
            uuid: uuid.into(),
        }
    }
    /// Sets `operationSource`.
    pub fn operation_source(mut self, value: impl Into<String>) -> Self {
        self.operation_source = Some(value.into());
        self
    }
    /// Sets `conversationId`.
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }
    /// Sets `createTime`.
    pub fn create_time(mut self, value: i64) -> Self {
        self.create_time = Some(value);
        self
    }
    /// Sets `receiverUid`.
    pub fn receiver_uid(mut self, value: impl Into<String>) -> Self {
        self.receiver_uid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("receiverUid", &self.receiver_uid)?;
        object.field("senderUid", &self.sender_uid)?;
        object.field("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operationSource" => rt::read_field(map, &mut self.operation_source),
            "content" => rt::read_field(map, &mut self.content),
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "receiverUid" => rt::read_field(map, &mut self.receiver_uid),
            "senderUid" => rt::read_field(map, &mut self.sender_uid),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::send_robot_message`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendRobotMessageRequest {
    /// `atAll`.
    pub at_all: Option<bool>,
    /// `atAppUids`.
    pub at_app_uids: Option<Vec<String>>,
    /// `atMobiles`.
    pub at_mobiles: Option<Vec<String>>,
    /// `atUnionIds`.
    pub at_union_ids: Option<Vec<String>>,
    /// `atUsers`.
    pub at_users: Option<Vec<String>>,
    /// `channel`.
    pub channel: Option<String>,
    /// `msgMediaIdParamMap`.
    pub msg_media_id_param_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `msgParamMap`.
    pub msg_param_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `msgTemplateId`.
    pub msg_template_id: Option<String>,
    /// `receiverAppUids`.
    pub receiver_app_uids: Option<Vec<String>>,
    /// `receiverMobiles`.
    pub receiver_mobiles: Option<Vec<String>>,
    /// `receiverUnionIds`.
    pub receiver_union_ids: Option<Vec<String>>,
    /// `receiverUserIds`.
    pub receiver_user_ids: Option<Vec<String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `targetOpenConversationId`.
    pub target_open_conversation_id: Option<String>,
}
impl SendRobotMessageRequest {
    /// An empty `SendRobotMessageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atAll`.
    pub fn at_all(mut self, value: bool) -> Self {
        self.at_all = Some(value);
        self
    }
    /// Sets `atAppUids`.
    pub fn at_app_uids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_app_uids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `atMobiles`.
    pub fn at_mobiles(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_mobiles = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `atUnionIds`.
    pub fn at_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `atUsers`.
    pub fn at_users(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_users = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `channel`.
    pub fn channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(value.into());
        self
    }
    /// Sets `msgMediaIdParamMap`.
    pub fn msg_media_id_param_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.msg_media_id_param_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `msgParamMap`.
    pub fn msg_param_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.msg_param_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `msgTemplateId`.
    pub fn msg_template_id(mut self, value: impl Into<String>) -> Self {
        self.msg_template_id = Some(value.into());
        self
    }
    /// Sets `receiverAppUids`.
    pub fn receiver_app_uids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receiver_app_uids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `receiverMobiles`.
    pub fn receiver_mobiles(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receiver_mobiles = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `receiverUnionIds`.
    pub fn receiver_union_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receiver_union_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `receiverUserIds`.
    pub fn receiver_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.receiver_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
    /// Sets `targetOpenConversationId`.
    pub fn target_open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.target_open_conversation_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SendRobotMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atAll", &self.at_all)?;
        object.optional("atAppUids", &self.at_app_uids)?;
        object.optional("atMobiles", &self.at_mobiles)?;
        object.optional("atUnionIds", &self.at_union_ids)?;
        object.optional("atUsers", &self.at_users)?;
        object.optional("channel", &self.channel)?;
        object.optional("msgMediaIdParamMap", &self.msg_media_id_param_map)?;
        object.optional("msgParamMap", &self.msg_param_map)?;
        object.optional("msgTemplateId", &self.msg_template_id)?;
        object.optional("receiverAppUids", &self.receiver_app_uids)?;
        object.optional("receiverMobiles", &self.receiver_mobiles)?;
        object.optional("receiverUnionIds", &self.receiver_union_ids)?;
        object.optional("receiverUserIds", &self.receiver_user_ids)?;
        object.optional("robotCode", &self.robot_code)?;
        object.optional("targetOpenConversationId", &self.target_open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendRobotMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendRobotMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atAll" => rt::read_field(map, &mut self.at_all),
            "atAppUids" => rt::read_field(map, &mut self.at_app_uids),
            "atMobiles" => rt::read_field(map, &mut self.at_mobiles),
            "atUnionIds" => rt::read_field(map, &mut self.at_union_ids),
            "atUsers" => rt::read_field(map, &mut self.at_users),
            "channel" => rt::read_field(map, &mut self.channel),
            "msgMediaIdParamMap" => rt::read_field(map, &mut self.msg_media_id_param_map),
            "msgParamMap" => rt::read_field(map, &mut self.msg_param_map),
            "msgTemplateId" => rt::read_field(map, &mut self.msg_template_id),
            "receiverAppUids" => rt::read_field(map, &mut self.receiver_app_uids),
            "receiverMobiles" => rt::read_field(map, &mut self.receiver_mobiles),
            "receiverUnionIds" => rt::read_field(map, &mut self.receiver_union_ids),
            "receiverUserIds" => rt::read_field(map, &mut self.receiver_user_ids),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "targetOpenConversationId" => {
                rt::read_field(map, &mut self.target_open_conversation_id)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendRobotMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_name`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateGroupNameRequest {
    /// `operationSource`: a header.
    pub operation_source: Option<String>,
    /// `conversationId`.
    pub conversation_id: String,
    /// `name`.
    pub name: String,
    /// `operatorUid`.
    pub operator_uid: Option<String>,
}
impl UpdateGroupNameRequest {
    /// A `UpdateGroupNameRequest` with its required fields (`conversationId`, `name`); set the others with the methods named after them.
    pub fn new(conversation_id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            operation_source: None,
            conversation_id: conversation_id.into(),
            name: name.into(),
            operator_uid: None,
        }
    }
    /// Sets `operationSource`.
    pub fn operation_source(mut self, value: impl Into<String>) -> Self {
        self.operation_source = Some(value.into());
        self
    }
    /// Sets `operatorUid`.
    pub fn operator_uid(mut self, value: impl Into<String>) -> Self {
        self.operator_uid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateGroupNameRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("conversationId", &self.conversation_id)?;
        object.field("name", &self.name)?;
        object.optional("operatorUid", &self.operator_uid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateGroupNameRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateGroupNameRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operationSource" => rt::read_field(map, &mut self.operation_source),
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "name" => rt::read_field(map, &mut self.name),
            "operatorUid" => rt::read_field(map, &mut self.operator_uid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateGroupNameRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_owner`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateGroupOwnerRequest {
    /// `conversationId`.
    pub conversation_id: String,
    /// `operatorUid`.
    pub operator_uid: Option<String>,
    /// `ownerUid`.
    pub owner_uid: String,
}
impl UpdateGroupOwnerRequest {
    /// A `UpdateGroupOwnerRequest` with its required fields (`conversationId`, `ownerUid`); set the others with the methods named after them.
    pub fn new(
        conversation_id: impl Into<String>,
        owner_uid: impl Into<String>,
    ) -> Self {
        Self {
            conversation_id: conversation_id.into(),
            operator_uid: None,
            owner_uid: owner_uid.into(),
        }
    }
    /// Sets `operatorUid`.
    pub fn operator_uid(mut self, value: impl Into<String>) -> Self {
        self.operator_uid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateGroupOwnerRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("conversationId", &self.conversation_id)?;
        object.optional("operatorUid", &self.operator_uid)?;
        object.field("ownerUid", &self.owner_uid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateGroupOwnerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateGroupOwnerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "operatorUid" => rt::read_field(map, &mut self.operator_uid),
            "ownerUid" => rt::read_field(map, &mut self.owner_uid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateGroupOwnerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upload_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UploadFileRequest {
    /// `fileName`.
    pub file_name: String,
    /// `fileType`.
    pub file_type: String,
    /// `fileUrl`.
    pub file_url: String,
    /// `senderUid`.
    pub sender_uid: String,
}
impl UploadFileRequest {
    /// A `UploadFileRequest` with its required fields (`fileName`, `fileType`, `fileUrl`, `senderUid`); set the others with the methods named after them.
    pub fn new(
        file_name: impl Into<String>,
        file_type: impl Into<String>,
        file_url: impl Into<String>,
        sender_uid: impl Into<String>,
    ) -> Self {
        Self {
            file_name: file_name.into(),
            file_type: file_type.into(),
            file_url: file_url.into(),
            sender_uid: sender_uid.into(),
        }
    }
}
impl rt::serde::Serialize for UploadFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("fileName", &self.file_name)?;
        object.field("fileType", &self.file_type)?;
        object.field("fileUrl", &self.file_url)?;
        object.field("senderUid", &self.sender_uid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UploadFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UploadFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "fileUrl" => rt::read_field(map, &mut self.file_url),
            "senderUid" => rt::read_field(map, &mut self.sender_uid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UploadFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_group_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddGroupMembersError = rt::ServiceError;
/// An error reply of [`Api::add_profile`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddProfileError = rt::ServiceError;
/// An error reply of [`Api::batch_send`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchSendError = rt::ServiceError;
/// An error reply of [`Api::create_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateGroupError = rt::ServiceError;
/// An error reply of [`Api::create_trust_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTrustGroupError = rt::ServiceError;
/// An error reply of [`Api::dismiss_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DismissGroupError = rt::ServiceError;
/// An error reply of [`Api::get_conversation_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetConversationIdError = rt::ServiceError;
/// An error reply of [`Api::get_media_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMediaUrlError = rt::ServiceError;
/// An error reply of [`Api::get_media_urls`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMediaUrlsError = rt::ServiceError;
/// An error reply of [`Api::get_space_file_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSpaceFileUrlError = rt::ServiceError;
/// An error reply of [`Api::list_group_staff_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListGroupStaffMembersError = rt::ServiceError;
/// An error reply of [`Api::query_batch_send_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBatchSendResultError = rt::ServiceError;
/// An error reply of [`Api::read_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ReadMessageError = rt::ServiceError;
/// An error reply of [`Api::recall_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RecallMessageError = rt::ServiceError;
/// An error reply of [`Api::remove_group_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveGroupMembersError = rt::ServiceError;
/// An error reply of [`Api::send_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendMessageError = rt::ServiceError;
/// An error reply of [`Api::send_robot_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendRobotMessageError = rt::ServiceError;
/// An error reply of [`Api::update_group_name`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateGroupNameError = rt::ServiceError;
/// An error reply of [`Api::update_group_owner`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateGroupOwnerError = rt::ServiceError;
/// An error reply of [`Api::upload_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UploadFileError = rt::ServiceError;
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
        "AddGroupMembers" => {
            rt::conformance::reply(api.add_group_members(&inputs.request(true)?)).await
        }
        "AddProfile" => {
            rt::conformance::reply(api.add_profile(&inputs.request(true)?)).await
        }
        "BatchSend" => {
            rt::conformance::reply(api.batch_send(&inputs.request(true)?)).await
        }
        "CreateGroup" => {
            rt::conformance::reply(api.create_group(&inputs.request(true)?)).await
        }
        "CreateTrustGroup" => {
            rt::conformance::reply(api.create_trust_group(&inputs.request(true)?)).await
        }
        "DismissGroup" => {
            rt::conformance::reply(api.dismiss_group(&inputs.request(true)?)).await
        }
        "GetConversationId" => {
            rt::conformance::reply(api.get_conversation_id(&inputs.request(true)?)).await
        }
        "GetMediaUrl" => {
            rt::conformance::reply(api.get_media_url(&inputs.request(true)?)).await
        }
        "GetMediaUrls" => {
            rt::conformance::reply(api.get_media_urls(&inputs.request(true)?)).await
        }
        "GetSpaceFileUrl" => {
            rt::conformance::reply(api.get_space_file_url(&inputs.request(false)?)).await
        }
        "ListGroupStaffMembers" => {
            rt::conformance::reply(api.list_group_staff_members(&inputs.request(true)?))
                .await
        }
        "QueryBatchSendResult" => {
            rt::conformance::reply(api.query_batch_send_result(&inputs.request(false)?))
                .await
        }
        "ReadMessage" => {
            rt::conformance::reply(api.read_message(&inputs.request(true)?)).await
        }
        "RecallMessage" => {
            rt::conformance::reply(api.recall_message(&inputs.request(true)?)).await
        }
        "RemoveGroupMembers" => {
            rt::conformance::reply(api.remove_group_members(&inputs.request(true)?))
                .await
        }
        "SendMessage" => {
            rt::conformance::reply(api.send_message(&inputs.request(true)?)).await
        }
        "SendRobotMessage" => {
            rt::conformance::reply(api.send_robot_message(&inputs.request(true)?)).await
        }
        "UpdateGroupName" => {
            rt::conformance::reply(api.update_group_name(&inputs.request(true)?)).await
        }
        "UpdateGroupOwner" => {
            rt::conformance::reply(api.update_group_owner(&inputs.request(true)?)).await
        }
        "UploadFile" => {
            rt::conformance::reply(api.upload_file(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
