// @generated from api-spec/impaas_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! IM PaaS：群成员、外部用户与批量消息。
//!
//! 20 operations, methods of [`Api`] (`client.impaas_1_0()`), behind the cargo feature `impaas_1_0`; its paths start with `/v1.0/impaas/`.
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
    /// `POST /v1.0/impaas/interconnections/groups/members/batchAdd`: DingTalk's `AddGroupMembers` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddGroupMembers")]
    #[doc(alias = "/v1.0/impaas/interconnections/groups/members/batchAdd")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/groups/members/batchAdd")]
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
    /// `POST /v1.0/impaas/interconnections/users/profiles`: DingTalk's `AddProfile` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddProfile")]
    #[doc(alias = "/v1.0/impaas/interconnections/users/profiles")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/users/profiles")]
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
    /// `POST /v1.0/impaas/interconnections/messages/batchSend`: DingTalk's `BatchSend` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchSend")]
    #[doc(alias = "/v1.0/impaas/interconnections/messages/batchSend")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/messages/batchSend")]
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
    /// `POST /v1.0/impaas/interconnections/groups`: DingTalk's `CreateGroup` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateGroup")]
    #[doc(alias = "/v1.0/impaas/interconnections/groups")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/groups")]
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
    /// `POST /v1.0/impaas/interconnections/groups/trusts`: DingTalk's `CreateTrustGroup` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTrustGroup")]
    #[doc(alias = "/v1.0/impaas/interconnections/groups/trusts")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/groups/trusts")]
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
    /// `POST /v1.0/impaas/interconnections/groups/dismiss`: DingTalk's `DismissGroup` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DismissGroup")]
    #[doc(alias = "/v1.0/impaas/interconnections/groups/dismiss")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/groups/dismiss")]
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
    /// `POST /v1.0/impaas/interconnections/conversations`: DingTalk's `GetConversationId` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetConversationId")]
    #[doc(alias = "/v1.0/impaas/interconnections/conversations")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/conversations")]
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
    /// `POST /v1.0/impaas/interconnections/medium/urls`: DingTalk's `GetMediaUrl` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMediaUrl")]
    #[doc(alias = "/v1.0/impaas/interconnections/medium/urls")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/medium/urls")]
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
    /// `POST /v1.0/impaas/interconnections/mediaUrls/query`: DingTalk's `GetMediaUrls` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMediaUrls")]
    #[doc(alias = "/v1.0/impaas/interconnections/mediaUrls/query")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/mediaUrls/query")]
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
    /// `GET /v1.0/impaas/interconnections/spaces/files/urls`: DingTalk's `GetSpaceFileUrl` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSpaceFileUrl")]
    #[doc(alias = "/v1.0/impaas/interconnections/spaces/files/urls")]
    #[doc(alias = "GET /v1.0/impaas/interconnections/spaces/files/urls")]
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
    /// `POST /v1.0/impaas/interconnections/groups/staffMemers/query`: DingTalk's `ListGroupStaffMembers` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListGroupStaffMembers")]
    #[doc(alias = "/v1.0/impaas/interconnections/groups/staffMemers/query")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/groups/staffMemers/query")]
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
    /// `GET /v1.0/impaas/interconnections/messages/batchSendResults`: DingTalk's `QueryBatchSendResult` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryBatchSendResult")]
    #[doc(alias = "/v1.0/impaas/interconnections/messages/batchSendResults")]
    #[doc(alias = "GET /v1.0/impaas/interconnections/messages/batchSendResults")]
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
    /// `POST /v1.0/impaas/interconnections/messages/read`: DingTalk's `ReadMessage` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ReadMessage")]
    #[doc(alias = "/v1.0/impaas/interconnections/messages/read")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/messages/read")]
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
    /// `POST /v1.0/impaas/interconnections/messages/recall`: DingTalk's `RecallMessage` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RecallMessage")]
    #[doc(alias = "/v1.0/impaas/interconnections/messages/recall")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/messages/recall")]
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
    /// `POST /v1.0/impaas/interconnections/groups/members/batchRemove`: DingTalk's `RemoveGroupMembers` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveGroupMembers")]
    #[doc(alias = "/v1.0/impaas/interconnections/groups/members/batchRemove")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/groups/members/batchRemove")]
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
    /// `POST /v1.0/impaas/interconnections/messages/send`: DingTalk's `SendMessage` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendMessage")]
    #[doc(alias = "/v1.0/impaas/interconnections/messages/send")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/messages/send")]
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
    /// `POST /v1.0/impaas/interconnections/robots/messages/send`: DingTalk's `SendRobotMessage` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendRobotMessage")]
    #[doc(alias = "/v1.0/impaas/interconnections/robots/messages/send")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/robots/messages/send")]
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
    /// `PUT /v1.0/impaas/interconnections/groups/names`: DingTalk's `UpdateGroupName` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateGroupName")]
    #[doc(alias = "/v1.0/impaas/interconnections/groups/names")]
    #[doc(alias = "PUT /v1.0/impaas/interconnections/groups/names")]
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
    /// `PUT /v1.0/impaas/interconnections/groups/owners`: DingTalk's `UpdateGroupOwner` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateGroupOwner")]
    #[doc(alias = "/v1.0/impaas/interconnections/groups/owners")]
    #[doc(alias = "PUT /v1.0/impaas/interconnections/groups/owners")]
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
    /// `POST /v1.0/impaas/interconnections/files/upload`: DingTalk's `UploadFile` (module feature `impaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UploadFile")]
    #[doc(alias = "/v1.0/impaas/interconnections/files/upload")]
    #[doc(alias = "POST /v1.0/impaas/interconnections/files/upload")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddGroupMembersRequestMembers {
    /// `nick`.
    pub nick: Option<String>,
    /// `uid`.
    pub uid: String,
}
/// The required fields of [`AddGroupMembersRequestMembers`], each named where it is set: `AddGroupMembersRequestMembers::new(AddGroupMembersRequestMembersRequired { .. })`.
pub struct AddGroupMembersRequestMembersRequired {
    /// `uid`: see [`AddGroupMembersRequestMembers::uid`].
    pub uid: String,
}
impl AddGroupMembersRequestMembers {
    /// A `AddGroupMembersRequestMembers` with its required fields (`uid`); set the others with the methods named after them.
    pub fn new(required: AddGroupMembersRequestMembersRequired) -> Self {
        let AddGroupMembersRequestMembersRequired { uid } = required;
        Self { nick: None, uid }
    }
    /// Sets `nick`.
    pub fn nick(mut self, value: impl Into<String>) -> Self {
        self.nick = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddGroupMembersRequestMembers { "nick" => optional(nick), "uid" => field(uid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddGroupMembersRequestMembers { "nick" => read_field(nick), "uid" => read_field(uid)
    }
}
/// `AddGroupMembersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddGroupMembersResponseBody {
    /// `memberUids`.
    pub member_uids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    AddGroupMembersResponseBody { "memberUids" => read_field(member_uids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddGroupMembersResponseBody { "memberUids" => optional(member_uids) }
}
/// `BatchSendResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchSendResponseBody {
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    BatchSendResponseBody { "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchSendResponseBody { "taskId" => optional(task_id) }
}
/// `CreateGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateGroupResponseBody {
    /// `chatId`.
    pub chat_id: Option<String>,
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
}
rt::impl_deserialize! {
    CreateGroupResponseBody { "chatId" => read_field(chat_id), "conversationId" =>
    read_field(conversation_id), "createTime" => read_field(create_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateGroupResponseBody { "chatId" => optional(chat_id), "conversationId" =>
    optional(conversation_id), "createTime" => optional(create_time) }
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
rt::impl_serialize! {
    CreateTrustGroupRequestMembers { "nick" => optional(nick), "uid" => optional(uid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTrustGroupRequestMembers { "nick" => read_field(nick), "uid" => read_field(uid)
    }
}
/// `CreateTrustGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTrustGroupResponseBody {
    /// `chatId`.
    pub chat_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    CreateTrustGroupResponseBody { "chatId" => read_field(chat_id), "createTime" =>
    read_field(create_time), "openConversationId" => read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTrustGroupResponseBody { "chatId" => optional(chat_id), "createTime" =>
    optional(create_time), "openConversationId" => optional(open_conversation_id) }
}
/// `GetConversationIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConversationIdResponseBody {
    /// `conversationId`.
    pub conversation_id: Option<String>,
}
rt::impl_deserialize! {
    GetConversationIdResponseBody { "conversationId" => read_field(conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConversationIdResponseBody { "conversationId" => optional(conversation_id) }
}
/// `GetMediaUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMediaUrlResponseBody {
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetMediaUrlResponseBody { "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMediaUrlResponseBody { "url" => optional(url) }
}
/// `GetMediaUrlsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMediaUrlsResponseBody {
    /// `urls`.
    pub urls: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    GetMediaUrlsResponseBody { "urls" => read_field(urls) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMediaUrlsResponseBody { "urls" => optional(urls) }
}
/// `GetSpaceFileUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSpaceFileUrlResponseBody {
    /// `headers`.
    pub headers: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `internalResourceUrl`.
    pub internal_resource_url: Option<String>,
    /// `resourceUrl`.
    pub resource_url: Option<String>,
}
rt::impl_deserialize! {
    GetSpaceFileUrlResponseBody { "headers" => read_field(headers), "internalResourceUrl"
    => read_field(internal_resource_url), "resourceUrl" => read_field(resource_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSpaceFileUrlResponseBody { "headers" => optional(headers), "internalResourceUrl"
    => optional(internal_resource_url), "resourceUrl" => optional(resource_url) }
}
/// `ListGroupStaffMembersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListGroupStaffMembersResponseBody {
    /// `members`.
    pub members: Option<Vec<ListGroupStaffMembersResponseBodyMembers>>,
}
rt::impl_deserialize! {
    ListGroupStaffMembersResponseBody { "members" => read_field(members) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListGroupStaffMembersResponseBody { "members" => optional(members) }
}
/// `QueryBatchSendResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBatchSendResultResponseBody {
    /// `results`.
    pub results: Option<Vec<QueryBatchSendResultResponseBodyResults>>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    QueryBatchSendResultResponseBody { "results" => read_field(results), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBatchSendResultResponseBody { "results" => optional(results), "status" =>
    optional(status) }
}
/// `SendMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendMessageResponseBody {
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `messageId`.
    pub message_id: Option<String>,
    /// `msgId`.
    pub msg_id: Option<String>,
}
rt::impl_deserialize! {
    SendMessageResponseBody { "createTime" => read_field(create_time), "messageId" =>
    read_field(message_id), "msgId" => read_field(msg_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendMessageResponseBody { "createTime" => optional(create_time), "messageId" =>
    optional(message_id), "msgId" => optional(msg_id) }
}
/// `SendRobotMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendRobotMessageResponseBody {
    /// `openMsgId`.
    pub open_msg_id: Option<String>,
}
rt::impl_deserialize! {
    SendRobotMessageResponseBody { "openMsgId" => read_field(open_msg_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendRobotMessageResponseBody { "openMsgId" => optional(open_msg_id) }
}
/// `UpdateGroupOwnerResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateGroupOwnerResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    UpdateGroupOwnerResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateGroupOwnerResponseBody { "result" => optional(result) }
}
/// `UploadFileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UploadFileResponseBody {
    /// `mediaId`.
    pub media_id: Option<String>,
}
rt::impl_deserialize! {
    UploadFileResponseBody { "mediaId" => read_field(media_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UploadFileResponseBody { "mediaId" => optional(media_id) }
}
/// `ListGroupStaffMembersResponseBodyMembers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListGroupStaffMembersResponseBodyMembers {
    /// `nick`.
    pub nick: Option<String>,
    /// `uid`.
    pub uid: Option<String>,
}
rt::impl_deserialize! {
    ListGroupStaffMembersResponseBodyMembers { "nick" => read_field(nick), "uid" =>
    read_field(uid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListGroupStaffMembersResponseBodyMembers { "nick" => optional(nick), "uid" =>
    optional(uid) }
}
/// `QueryBatchSendResultResponseBodyResults`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryBatchSendResultResponseBodyResults { "appUid" => read_field(app_uid),
    "conversationId" => read_field(conversation_id), "errorCode" =>
    read_field(error_code), "errorMessage" => read_field(error_message), "msgId" =>
    read_field(msg_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBatchSendResultResponseBodyResults { "appUid" => optional(app_uid),
    "conversationId" => optional(conversation_id), "errorCode" => optional(error_code),
    "errorMessage" => optional(error_message), "msgId" => optional(msg_id) }
}
/// The request of [`Api::add_group_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddGroupMembersRequest`], each named where it is set: `AddGroupMembersRequest::new(AddGroupMembersRequired { .. })`.
pub struct AddGroupMembersRequired {
    /// `conversationId`: see [`AddGroupMembersRequest::conversation_id`].
    pub conversation_id: String,
    /// `members`: see [`AddGroupMembersRequest::members`].
    pub members: Vec<AddGroupMembersRequestMembers>,
}
impl AddGroupMembersRequest {
    /// A `AddGroupMembersRequest` with its required fields (`conversationId`, `members`); set the others with the methods named after them.
    pub fn new(required: AddGroupMembersRequired) -> Self {
        let AddGroupMembersRequired { conversation_id, members } = required;
        Self {
            operation_source: None,
            conversation_id,
            members,
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
rt::impl_serialize! {
    AddGroupMembersRequest { "conversationId" => field(conversation_id), "members" =>
    field(members), "operatorUid" => optional(operator_uid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddGroupMembersRequest { "operationSource" => read_field(operation_source),
    "conversationId" => read_field(conversation_id), "members" => read_field(members),
    "operatorUid" => read_field(operator_uid) }
}
impl rt::WriteRequest for AddGroupMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::add_profile`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddProfileRequest`], each named where it is set: `AddProfileRequest::new(AddProfileRequired { .. })`.
pub struct AddProfileRequired {
    /// `appUid`: see [`AddProfileRequest::app_uid`].
    pub app_uid: String,
    /// `mobileNumber`: see [`AddProfileRequest::mobile_number`].
    pub mobile_number: String,
    /// `nick`: see [`AddProfileRequest::nick`].
    pub nick: String,
}
impl AddProfileRequest {
    /// A `AddProfileRequest` with its required fields (`appUid`, `mobileNumber`, `nick`); set the others with the methods named after them.
    pub fn new(required: AddProfileRequired) -> Self {
        let AddProfileRequired { app_uid, mobile_number, nick } = required;
        Self {
            app_uid,
            avatar_media_id: None,
            mobile_number,
            nick,
        }
    }
    /// Sets `avatarMediaId`.
    pub fn avatar_media_id(mut self, value: impl Into<String>) -> Self {
        self.avatar_media_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddProfileRequest { "appUid" => field(app_uid), "avatarMediaId" =>
    optional(avatar_media_id), "mobileNumber" => field(mobile_number), "nick" =>
    field(nick) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddProfileRequest { "appUid" => read_field(app_uid), "avatarMediaId" =>
    read_field(avatar_media_id), "mobileNumber" => read_field(mobile_number), "nick" =>
    read_field(nick) }
}
impl rt::WriteRequest for AddProfileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_send`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`BatchSendRequest`], each named where it is set: `BatchSendRequest::new(BatchSendRequired { .. })`.
pub struct BatchSendRequired {
    /// `content`: see [`BatchSendRequest::content`].
    pub content: String,
    /// `userId`: see [`BatchSendRequest::user_id`].
    pub user_id: String,
}
impl BatchSendRequest {
    /// A `BatchSendRequest` with its required fields (`content`, `userId`); set the others with the methods named after them.
    pub fn new(required: BatchSendRequired) -> Self {
        let BatchSendRequired { content, user_id } = required;
        Self {
            app_uids: None,
            content,
            conversation_ids: None,
            user_id,
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
rt::impl_serialize! {
    BatchSendRequest { "appUids" => optional(app_uids), "content" => field(content),
    "conversationIds" => optional(conversation_ids), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchSendRequest { "appUids" => read_field(app_uids), "content" =>
    read_field(content), "conversationIds" => read_field(conversation_ids), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for BatchSendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateGroupRequest`], each named where it is set: `CreateGroupRequest::new(CreateGroupRequired { .. })`.
pub struct CreateGroupRequired {
    /// `channel`: see [`CreateGroupRequest::channel`].
    pub channel: String,
    /// `creatorUid`: see [`CreateGroupRequest::creator_uid`].
    pub creator_uid: String,
    /// `name`: see [`CreateGroupRequest::name`].
    pub name: String,
    /// `properties`: see [`CreateGroupRequest::properties`].
    pub properties: rt::BTreeMap<String, String>,
    /// `uuid`: see [`CreateGroupRequest::uuid`].
    pub uuid: String,
}
impl CreateGroupRequest {
    /// A `CreateGroupRequest` with its required fields (`channel`, `creatorUid`, `name`, `properties`, `uuid`); set the others with the methods named after them.
    pub fn new(required: CreateGroupRequired) -> Self {
        let CreateGroupRequired { channel, creator_uid, name, properties, uuid } = required;
        Self {
            operation_source: None,
            channel,
            creator_uid,
            icon_media_id: None,
            name,
            properties,
            uuid,
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
rt::impl_serialize! {
    CreateGroupRequest { "channel" => field(channel), "creatorUid" => field(creator_uid),
    "iconMediaId" => optional(icon_media_id), "name" => field(name), "properties" =>
    field(properties), "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateGroupRequest { "operationSource" => read_field(operation_source), "channel" =>
    read_field(channel), "creatorUid" => read_field(creator_uid), "iconMediaId" =>
    read_field(icon_media_id), "name" => read_field(name), "properties" =>
    read_field(properties), "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for CreateGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_trust_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateTrustGroupRequest`], each named where it is set: `CreateTrustGroupRequest::new(CreateTrustGroupRequired { .. })`.
pub struct CreateTrustGroupRequired {
    /// `channel`: see [`CreateTrustGroupRequest::channel`].
    pub channel: String,
    /// `name`: see [`CreateTrustGroupRequest::name`].
    pub name: String,
    /// `uuid`: see [`CreateTrustGroupRequest::uuid`].
    pub uuid: String,
}
impl CreateTrustGroupRequest {
    /// A `CreateTrustGroupRequest` with its required fields (`channel`, `name`, `uuid`); set the others with the methods named after them.
    pub fn new(required: CreateTrustGroupRequired) -> Self {
        let CreateTrustGroupRequired { channel, name, uuid } = required;
        Self {
            operation_source: None,
            channel,
            icon_media_id: None,
            members: None,
            name,
            properties: None,
            system_msg: None,
            uuid,
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
rt::impl_serialize! {
    CreateTrustGroupRequest { "channel" => field(channel), "iconMediaId" =>
    optional(icon_media_id), "members" => optional(members), "name" => field(name),
    "properties" => optional(properties), "systemMsg" => optional(system_msg), "uuid" =>
    field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTrustGroupRequest { "operationSource" => read_field(operation_source),
    "channel" => read_field(channel), "iconMediaId" => read_field(icon_media_id),
    "members" => read_field(members), "name" => read_field(name), "properties" =>
    read_field(properties), "systemMsg" => read_field(system_msg), "uuid" =>
    read_field(uuid) }
}
impl rt::WriteRequest for CreateTrustGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::dismiss_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DismissGroupRequest {
    /// `operationSource`: a header.
    pub operation_source: Option<String>,
    /// `conversationId`.
    pub conversation_id: String,
    /// `operatorUid`.
    pub operator_uid: Option<String>,
}
/// The required fields of [`DismissGroupRequest`], each named where it is set: `DismissGroupRequest::new(DismissGroupRequired { .. })`.
pub struct DismissGroupRequired {
    /// `conversationId`: see [`DismissGroupRequest::conversation_id`].
    pub conversation_id: String,
}
impl DismissGroupRequest {
    /// A `DismissGroupRequest` with its required fields (`conversationId`); set the others with the methods named after them.
    pub fn new(required: DismissGroupRequired) -> Self {
        let DismissGroupRequired { conversation_id } = required;
        Self {
            operation_source: None,
            conversation_id,
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
rt::impl_serialize! {
    DismissGroupRequest { "conversationId" => field(conversation_id), "operatorUid" =>
    optional(operator_uid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DismissGroupRequest { "operationSource" => read_field(operation_source),
    "conversationId" => read_field(conversation_id), "operatorUid" =>
    read_field(operator_uid) }
}
impl rt::WriteRequest for DismissGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_conversation_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetConversationIdRequest {
    /// `appUid`.
    pub app_uid: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`GetConversationIdRequest`], each named where it is set: `GetConversationIdRequest::new(GetConversationIdRequired { .. })`.
pub struct GetConversationIdRequired {
    /// `appUid`: see [`GetConversationIdRequest::app_uid`].
    pub app_uid: String,
    /// `userId`: see [`GetConversationIdRequest::user_id`].
    pub user_id: String,
}
impl GetConversationIdRequest {
    /// A `GetConversationIdRequest` with its required fields (`appUid`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetConversationIdRequired) -> Self {
        let GetConversationIdRequired { app_uid, user_id } = required;
        Self { app_uid, user_id }
    }
}
rt::impl_serialize! {
    GetConversationIdRequest { "appUid" => field(app_uid), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetConversationIdRequest { "appUid" => read_field(app_uid), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetConversationIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_media_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMediaUrlRequest {
    /// `mediaId`.
    pub media_id: String,
    /// `urlExpireTime`.
    pub url_expire_time: Option<i64>,
}
/// The required fields of [`GetMediaUrlRequest`], each named where it is set: `GetMediaUrlRequest::new(GetMediaUrlRequired { .. })`.
pub struct GetMediaUrlRequired {
    /// `mediaId`: see [`GetMediaUrlRequest::media_id`].
    pub media_id: String,
}
impl GetMediaUrlRequest {
    /// A `GetMediaUrlRequest` with its required fields (`mediaId`); set the others with the methods named after them.
    pub fn new(required: GetMediaUrlRequired) -> Self {
        let GetMediaUrlRequired { media_id } = required;
        Self {
            media_id,
            url_expire_time: None,
        }
    }
    /// Sets `urlExpireTime`.
    pub fn url_expire_time(mut self, value: i64) -> Self {
        self.url_expire_time = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetMediaUrlRequest { "mediaId" => field(media_id), "urlExpireTime" =>
    optional(url_expire_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMediaUrlRequest { "mediaId" => read_field(media_id), "urlExpireTime" =>
    read_field(url_expire_time) }
}
impl rt::WriteRequest for GetMediaUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_media_urls`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMediaUrlsRequest {
    /// `mediaIds`.
    pub media_ids: Vec<String>,
    /// `urlExpireTime`.
    pub url_expire_time: Option<i64>,
}
/// The required fields of [`GetMediaUrlsRequest`], each named where it is set: `GetMediaUrlsRequest::new(GetMediaUrlsRequired { .. })`.
pub struct GetMediaUrlsRequired {
    /// `mediaIds`: see [`GetMediaUrlsRequest::media_ids`].
    pub media_ids: Vec<String>,
}
impl GetMediaUrlsRequest {
    /// A `GetMediaUrlsRequest` with its required fields (`mediaIds`); set the others with the methods named after them.
    pub fn new(required: GetMediaUrlsRequired) -> Self {
        let GetMediaUrlsRequired { media_ids } = required;
        Self {
            media_ids,
            url_expire_time: None,
        }
    }
    /// Sets `urlExpireTime`.
    pub fn url_expire_time(mut self, value: i64) -> Self {
        self.url_expire_time = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetMediaUrlsRequest { "mediaIds" => field(media_ids), "urlExpireTime" =>
    optional(url_expire_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMediaUrlsRequest { "mediaIds" => read_field(media_ids), "urlExpireTime" =>
    read_field(url_expire_time) }
}
impl rt::WriteRequest for GetMediaUrlsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_space_file_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSpaceFileUrlRequest {
    /// `fileId`: a query parameter.
    pub file_id: String,
    /// `senderUid`: a query parameter.
    pub sender_uid: String,
    /// `spaceId`: a query parameter.
    pub space_id: String,
}
/// The required fields of [`GetSpaceFileUrlRequest`], each named where it is set: `GetSpaceFileUrlRequest::new(GetSpaceFileUrlRequired { .. })`.
pub struct GetSpaceFileUrlRequired {
    /// `fileId`: see [`GetSpaceFileUrlRequest::file_id`].
    pub file_id: String,
    /// `senderUid`: see [`GetSpaceFileUrlRequest::sender_uid`].
    pub sender_uid: String,
    /// `spaceId`: see [`GetSpaceFileUrlRequest::space_id`].
    pub space_id: String,
}
impl GetSpaceFileUrlRequest {
    /// A `GetSpaceFileUrlRequest` with its required fields (`fileId`, `senderUid`, `spaceId`); set the others with the methods named after them.
    pub fn new(required: GetSpaceFileUrlRequired) -> Self {
        let GetSpaceFileUrlRequired { file_id, sender_uid, space_id } = required;
        Self {
            file_id,
            sender_uid,
            space_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSpaceFileUrlRequest { "fileId" => read_field(file_id), "senderUid" =>
    read_field(sender_uid), "spaceId" => read_field(space_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListGroupStaffMembersRequest {
    /// `conversationId`.
    pub conversation_id: String,
}
/// The required fields of [`ListGroupStaffMembersRequest`], each named where it is set: `ListGroupStaffMembersRequest::new(ListGroupStaffMembersRequired { .. })`.
pub struct ListGroupStaffMembersRequired {
    /// `conversationId`: see [`ListGroupStaffMembersRequest::conversation_id`].
    pub conversation_id: String,
}
impl ListGroupStaffMembersRequest {
    /// A `ListGroupStaffMembersRequest` with its required fields (`conversationId`); set the others with the methods named after them.
    pub fn new(required: ListGroupStaffMembersRequired) -> Self {
        let ListGroupStaffMembersRequired { conversation_id } = required;
        Self { conversation_id }
    }
}
rt::impl_serialize! {
    ListGroupStaffMembersRequest { "conversationId" => field(conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListGroupStaffMembersRequest { "conversationId" => read_field(conversation_id) }
}
impl rt::WriteRequest for ListGroupStaffMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_batch_send_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryBatchSendResultRequest {
    /// `senderUserId`: a query parameter.
    pub sender_user_id: String,
    /// `taskId`: a query parameter.
    pub task_id: String,
}
/// The required fields of [`QueryBatchSendResultRequest`], each named where it is set: `QueryBatchSendResultRequest::new(QueryBatchSendResultRequired { .. })`.
pub struct QueryBatchSendResultRequired {
    /// `senderUserId`: see [`QueryBatchSendResultRequest::sender_user_id`].
    pub sender_user_id: String,
    /// `taskId`: see [`QueryBatchSendResultRequest::task_id`].
    pub task_id: String,
}
impl QueryBatchSendResultRequest {
    /// A `QueryBatchSendResultRequest` with its required fields (`senderUserId`, `taskId`); set the others with the methods named after them.
    pub fn new(required: QueryBatchSendResultRequired) -> Self {
        let QueryBatchSendResultRequired { sender_user_id, task_id } = required;
        Self { sender_user_id, task_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryBatchSendResultRequest { "senderUserId" => read_field(sender_user_id), "taskId"
    => read_field(task_id) }
}
impl rt::WriteRequest for QueryBatchSendResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("senderUserId", &self.sender_user_id);
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::read_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ReadMessageRequest {
    /// `operationSource`: a header.
    pub operation_source: Option<String>,
    /// `messageId`.
    pub message_id: String,
    /// `operatorUid`.
    pub operator_uid: String,
}
/// The required fields of [`ReadMessageRequest`], each named where it is set: `ReadMessageRequest::new(ReadMessageRequired { .. })`.
pub struct ReadMessageRequired {
    /// `messageId`: see [`ReadMessageRequest::message_id`].
    pub message_id: String,
    /// `operatorUid`: see [`ReadMessageRequest::operator_uid`].
    pub operator_uid: String,
}
impl ReadMessageRequest {
    /// A `ReadMessageRequest` with its required fields (`messageId`, `operatorUid`); set the others with the methods named after them.
    pub fn new(required: ReadMessageRequired) -> Self {
        let ReadMessageRequired { message_id, operator_uid } = required;
        Self {
            operation_source: None,
            message_id,
            operator_uid,
        }
    }
    /// Sets `operationSource`.
    pub fn operation_source(mut self, value: impl Into<String>) -> Self {
        self.operation_source = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ReadMessageRequest { "messageId" => field(message_id), "operatorUid" =>
    field(operator_uid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ReadMessageRequest { "operationSource" => read_field(operation_source), "messageId"
    => read_field(message_id), "operatorUid" => read_field(operator_uid) }
}
impl rt::WriteRequest for ReadMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::recall_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`RecallMessageRequest`], each named where it is set: `RecallMessageRequest::new(RecallMessageRequired { .. })`.
pub struct RecallMessageRequired {
    /// `messageId`: see [`RecallMessageRequest::message_id`].
    pub message_id: String,
    /// `operatorUid`: see [`RecallMessageRequest::operator_uid`].
    pub operator_uid: String,
}
impl RecallMessageRequest {
    /// A `RecallMessageRequest` with its required fields (`messageId`, `operatorUid`); set the others with the methods named after them.
    pub fn new(required: RecallMessageRequired) -> Self {
        let RecallMessageRequired { message_id, operator_uid } = required;
        Self {
            operation_source: None,
            message_id,
            operator_uid,
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
rt::impl_serialize! {
    RecallMessageRequest { "messageId" => field(message_id), "operatorUid" =>
    field(operator_uid), "type" => optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RecallMessageRequest { "operationSource" => read_field(operation_source), "messageId"
    => read_field(message_id), "operatorUid" => read_field(operator_uid), "type" =>
    read_field(r#type) }
}
impl rt::WriteRequest for RecallMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_group_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`RemoveGroupMembersRequest`], each named where it is set: `RemoveGroupMembersRequest::new(RemoveGroupMembersRequired { .. })`.
pub struct RemoveGroupMembersRequired {
    /// `conversationId`: see [`RemoveGroupMembersRequest::conversation_id`].
    pub conversation_id: String,
    /// `memberUids`: see [`RemoveGroupMembersRequest::member_uids`].
    pub member_uids: Vec<String>,
}
impl RemoveGroupMembersRequest {
    /// A `RemoveGroupMembersRequest` with its required fields (`conversationId`, `memberUids`); set the others with the methods named after them.
    pub fn new(required: RemoveGroupMembersRequired) -> Self {
        let RemoveGroupMembersRequired { conversation_id, member_uids } = required;
        Self {
            operation_source: None,
            conversation_id,
            member_uids,
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
rt::impl_serialize! {
    RemoveGroupMembersRequest { "conversationId" => field(conversation_id), "memberUids"
    => field(member_uids), "operatorUid" => optional(operator_uid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveGroupMembersRequest { "operationSource" => read_field(operation_source),
    "conversationId" => read_field(conversation_id), "memberUids" =>
    read_field(member_uids), "operatorUid" => read_field(operator_uid) }
}
impl rt::WriteRequest for RemoveGroupMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::send_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SendMessageRequest`], each named where it is set: `SendMessageRequest::new(SendMessageRequired { .. })`.
pub struct SendMessageRequired {
    /// `content`: see [`SendMessageRequest::content`].
    pub content: String,
    /// `senderUid`: see [`SendMessageRequest::sender_uid`].
    pub sender_uid: String,
    /// `uuid`: see [`SendMessageRequest::uuid`].
    pub uuid: String,
}
impl SendMessageRequest {
    /// A `SendMessageRequest` with its required fields (`content`, `senderUid`, `uuid`); set the others with the methods named after them.
    pub fn new(required: SendMessageRequired) -> Self {
        let SendMessageRequired { content, sender_uid, uuid } = required;
        Self {
            operation_source: None,
            content,
            conversation_id: None,
            create_time: None,
            receiver_uid: None,
            sender_uid,
            uuid,
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
rt::impl_serialize! {
    SendMessageRequest { "content" => field(content), "conversationId" =>
    optional(conversation_id), "createTime" => optional(create_time), "receiverUid" =>
    optional(receiver_uid), "senderUid" => field(sender_uid), "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMessageRequest { "operationSource" => read_field(operation_source), "content" =>
    read_field(content), "conversationId" => read_field(conversation_id), "createTime" =>
    read_field(create_time), "receiverUid" => read_field(receiver_uid), "senderUid" =>
    read_field(sender_uid), "uuid" => read_field(uuid) }
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
rt::impl_serialize! {
    SendRobotMessageRequest { "atAll" => optional(at_all), "atAppUids" =>
    optional(at_app_uids), "atMobiles" => optional(at_mobiles), "atUnionIds" =>
    optional(at_union_ids), "atUsers" => optional(at_users), "channel" =>
    optional(channel), "msgMediaIdParamMap" => optional(msg_media_id_param_map),
    "msgParamMap" => optional(msg_param_map), "msgTemplateId" =>
    optional(msg_template_id), "receiverAppUids" => optional(receiver_app_uids),
    "receiverMobiles" => optional(receiver_mobiles), "receiverUnionIds" =>
    optional(receiver_union_ids), "receiverUserIds" => optional(receiver_user_ids),
    "robotCode" => optional(robot_code), "targetOpenConversationId" =>
    optional(target_open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendRobotMessageRequest { "atAll" => read_field(at_all), "atAppUids" =>
    read_field(at_app_uids), "atMobiles" => read_field(at_mobiles), "atUnionIds" =>
    read_field(at_union_ids), "atUsers" => read_field(at_users), "channel" =>
    read_field(channel), "msgMediaIdParamMap" => read_field(msg_media_id_param_map),
    "msgParamMap" => read_field(msg_param_map), "msgTemplateId" =>
    read_field(msg_template_id), "receiverAppUids" => read_field(receiver_app_uids),
    "receiverMobiles" => read_field(receiver_mobiles), "receiverUnionIds" =>
    read_field(receiver_union_ids), "receiverUserIds" => read_field(receiver_user_ids),
    "robotCode" => read_field(robot_code), "targetOpenConversationId" =>
    read_field(target_open_conversation_id) }
}
impl rt::WriteRequest for SendRobotMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_name`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateGroupNameRequest`], each named where it is set: `UpdateGroupNameRequest::new(UpdateGroupNameRequired { .. })`.
pub struct UpdateGroupNameRequired {
    /// `conversationId`: see [`UpdateGroupNameRequest::conversation_id`].
    pub conversation_id: String,
    /// `name`: see [`UpdateGroupNameRequest::name`].
    pub name: String,
}
impl UpdateGroupNameRequest {
    /// A `UpdateGroupNameRequest` with its required fields (`conversationId`, `name`); set the others with the methods named after them.
    pub fn new(required: UpdateGroupNameRequired) -> Self {
        let UpdateGroupNameRequired { conversation_id, name } = required;
        Self {
            operation_source: None,
            conversation_id,
            name,
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
rt::impl_serialize! {
    UpdateGroupNameRequest { "conversationId" => field(conversation_id), "name" =>
    field(name), "operatorUid" => optional(operator_uid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateGroupNameRequest { "operationSource" => read_field(operation_source),
    "conversationId" => read_field(conversation_id), "name" => read_field(name),
    "operatorUid" => read_field(operator_uid) }
}
impl rt::WriteRequest for UpdateGroupNameRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("operationSource", &self.operation_source);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_group_owner`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateGroupOwnerRequest {
    /// `conversationId`.
    pub conversation_id: String,
    /// `operatorUid`.
    pub operator_uid: Option<String>,
    /// `ownerUid`.
    pub owner_uid: String,
}
/// The required fields of [`UpdateGroupOwnerRequest`], each named where it is set: `UpdateGroupOwnerRequest::new(UpdateGroupOwnerRequired { .. })`.
pub struct UpdateGroupOwnerRequired {
    /// `conversationId`: see [`UpdateGroupOwnerRequest::conversation_id`].
    pub conversation_id: String,
    /// `ownerUid`: see [`UpdateGroupOwnerRequest::owner_uid`].
    pub owner_uid: String,
}
impl UpdateGroupOwnerRequest {
    /// A `UpdateGroupOwnerRequest` with its required fields (`conversationId`, `ownerUid`); set the others with the methods named after them.
    pub fn new(required: UpdateGroupOwnerRequired) -> Self {
        let UpdateGroupOwnerRequired { conversation_id, owner_uid } = required;
        Self {
            conversation_id,
            operator_uid: None,
            owner_uid,
        }
    }
    /// Sets `operatorUid`.
    pub fn operator_uid(mut self, value: impl Into<String>) -> Self {
        self.operator_uid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateGroupOwnerRequest { "conversationId" => field(conversation_id), "operatorUid"
    => optional(operator_uid), "ownerUid" => field(owner_uid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateGroupOwnerRequest { "conversationId" => read_field(conversation_id),
    "operatorUid" => read_field(operator_uid), "ownerUid" => read_field(owner_uid) }
}
impl rt::WriteRequest for UpdateGroupOwnerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upload_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UploadFileRequest`], each named where it is set: `UploadFileRequest::new(UploadFileRequired { .. })`.
pub struct UploadFileRequired {
    /// `fileName`: see [`UploadFileRequest::file_name`].
    pub file_name: String,
    /// `fileType`: see [`UploadFileRequest::file_type`].
    pub file_type: String,
    /// `fileUrl`: see [`UploadFileRequest::file_url`].
    pub file_url: String,
    /// `senderUid`: see [`UploadFileRequest::sender_uid`].
    pub sender_uid: String,
}
impl UploadFileRequest {
    /// A `UploadFileRequest` with its required fields (`fileName`, `fileType`, `fileUrl`, `senderUid`); set the others with the methods named after them.
    pub fn new(required: UploadFileRequired) -> Self {
        let UploadFileRequired { file_name, file_type, file_url, sender_uid } = required;
        Self {
            file_name,
            file_type,
            file_url,
            sender_uid,
        }
    }
}
rt::impl_serialize! {
    UploadFileRequest { "fileName" => field(file_name), "fileType" => field(file_type),
    "fileUrl" => field(file_url), "senderUid" => field(sender_uid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadFileRequest { "fileName" => read_field(file_name), "fileType" =>
    read_field(file_type), "fileUrl" => read_field(file_url), "senderUid" =>
    read_field(sender_uid) }
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
