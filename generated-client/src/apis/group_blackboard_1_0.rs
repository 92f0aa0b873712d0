// @generated from api-spec/group_blackboard_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 群公告 (Group Announcements)：群公告的创建、修改与删除。
//!
//! 7 operations, methods of [`Api`] (`client.group_blackboard_1_0()`), behind the cargo feature `group_blackboard_1_0`; its paths start with `/v1.0/groupBlackboard/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `group_blackboard_1_0`. Get it with `client.group_blackboard_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建群公告
    ///
    /// `POST /v1.0/groupBlackboard/blackboards`: DingTalk's `CreateGroupBlackboard` (module feature `group_blackboard_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateGroupBlackboard")]
    #[doc(alias = "/v1.0/groupBlackboard/blackboards")]
    #[doc(alias = "POST /v1.0/groupBlackboard/blackboards")]
    pub fn create_group_blackboard(
        &self,
        request: &CreateGroupBlackboardRequest,
    ) -> rt::Call<CreateGroupBlackboardResponseBody, CreateGroupBlackboardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateGroupBlackboard",
            rt::Method::Post,
            "/v1.0/groupBlackboard/blackboards",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建群公告
    ///
    /// `POST /v1.0/groupBlackboard/blackboards/create`: DingTalk's `CreateGroupBlackboardNew` (module feature `group_blackboard_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateGroupBlackboardNew")]
    #[doc(alias = "/v1.0/groupBlackboard/blackboards/create")]
    #[doc(alias = "POST /v1.0/groupBlackboard/blackboards/create")]
    pub fn create_group_blackboard_new(
        &self,
        request: &CreateGroupBlackboardNewRequest,
    ) -> rt::Call<CreateGroupBlackboardNewResponseBody, CreateGroupBlackboardNewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateGroupBlackboardNew",
            rt::Method::Post,
            "/v1.0/groupBlackboard/blackboards/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除群公告
    ///
    /// `POST /v1.0/groupBlackboard/blackboards/remove`: DingTalk's `DeleteGroupBlackboard` (module feature `group_blackboard_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteGroupBlackboard")]
    #[doc(alias = "/v1.0/groupBlackboard/blackboards/remove")]
    #[doc(alias = "POST /v1.0/groupBlackboard/blackboards/remove")]
    pub fn delete_group_blackboard(
        &self,
        request: &DeleteGroupBlackboardRequest,
    ) -> rt::Call<DeleteGroupBlackboardResponseBody, DeleteGroupBlackboardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteGroupBlackboard",
            rt::Method::Post,
            "/v1.0/groupBlackboard/blackboards/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除群公告
    ///
    /// `POST /v1.0/groupBlackboard/blackboards/delete`: DingTalk's `DeleteGroupBlackboardNew` (module feature `group_blackboard_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteGroupBlackboardNew")]
    #[doc(alias = "/v1.0/groupBlackboard/blackboards/delete")]
    #[doc(alias = "POST /v1.0/groupBlackboard/blackboards/delete")]
    pub fn delete_group_blackboard_new(
        &self,
        request: &DeleteGroupBlackboardNewRequest,
    ) -> rt::Call<DeleteGroupBlackboardNewResponseBody, DeleteGroupBlackboardNewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteGroupBlackboardNew",
            rt::Method::Post,
            "/v1.0/groupBlackboard/blackboards/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑群公告
    ///
    /// `POST /v1.0/groupBlackboard/blackboards/edit`: DingTalk's `EditGroupBlackboard` (module feature `group_blackboard_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditGroupBlackboard")]
    #[doc(alias = "/v1.0/groupBlackboard/blackboards/edit")]
    #[doc(alias = "POST /v1.0/groupBlackboard/blackboards/edit")]
    pub fn edit_group_blackboard(
        &self,
        request: &EditGroupBlackboardRequest,
    ) -> rt::Call<EditGroupBlackboardResponseBody, EditGroupBlackboardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditGroupBlackboard",
            rt::Method::Post,
            "/v1.0/groupBlackboard/blackboards/edit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群公告详情
    ///
    /// `POST /v1.0/groupBlackboard/blackboards/get`: DingTalk's `GetGroupBlackboard` (module feature `group_blackboard_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetGroupBlackboard")]
    #[doc(alias = "/v1.0/groupBlackboard/blackboards/get")]
    #[doc(alias = "POST /v1.0/groupBlackboard/blackboards/get")]
    pub fn get_group_blackboard(
        &self,
        request: &GetGroupBlackboardRequest,
    ) -> rt::Call<GetGroupBlackboardResponseBody, GetGroupBlackboardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetGroupBlackboard",
            rt::Method::Post,
            "/v1.0/groupBlackboard/blackboards/get",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群公告列表
    ///
    /// `POST /v1.0/groupBlackboard/blackboards/list`: DingTalk's `ListGroupBlackboard` (module feature `group_blackboard_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_group_blackboard_pages`].
    #[doc(alias = "ListGroupBlackboard")]
    #[doc(alias = "/v1.0/groupBlackboard/blackboards/list")]
    #[doc(alias = "POST /v1.0/groupBlackboard/blackboards/list")]
    pub fn list_group_blackboard(
        &self,
        request: &ListGroupBlackboardRequest,
    ) -> rt::Call<ListGroupBlackboardResponseBody, ListGroupBlackboardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListGroupBlackboard",
            rt::Method::Post,
            "/v1.0/groupBlackboard/blackboards/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::list_group_blackboard`]: the call again with `nextPageCursor` set to the reply's `nextPageCursor`, until a reply has no token or `hasMore` is `false`. Items: `blackboardList` of each page.
    pub fn list_group_blackboard_pages(
        &self,
        request: &ListGroupBlackboardRequest,
    ) -> rt::Paginator<
        ListGroupBlackboardResponseBody,
        ListGroupBlackboardError,
        ListGroupBlackboardResponseBodyBlackboardList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextPageCursor",
            false,
            false,
            &["nextPageCursor"],
            &["hasMore"],
            &["blackboardList"],
        );
        rt::Paginator::new(self.list_group_blackboard(request), &PAGING)
    }
}
/// `CreateGroupBlackboardResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateGroupBlackboardResponseBody {
    /// `dataId`.
    pub data_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateGroupBlackboardResponseBody { "dataId" => read_field(data_id), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateGroupBlackboardResponseBody { "dataId" => optional(data_id), "success" =>
    optional(success) }
}
/// `CreateGroupBlackboardNewResponseBody`, a model several operations share: also named [`EditGroupBlackboardResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateGroupBlackboardNewResponseBody {
    /// `dataId`.
    pub data_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateGroupBlackboardNewResponseBody { "dataId" => read_field(data_id), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateGroupBlackboardNewResponseBody { "dataId" => optional(data_id), "success" =>
    optional(success) }
}
/// `DeleteGroupBlackboardResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteGroupBlackboardResponseBody {
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeleteGroupBlackboardResponseBody { "isDeleted" => read_field(is_deleted), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteGroupBlackboardResponseBody { "isDeleted" => optional(is_deleted), "success" =>
    optional(success) }
}
/// `DeleteGroupBlackboardNewResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteGroupBlackboardNewResponseBody {
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeleteGroupBlackboardNewResponseBody { "isDeleted" => read_field(is_deleted),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteGroupBlackboardNewResponseBody { "isDeleted" => optional(is_deleted), "success"
    => optional(success) }
}
/// `EditGroupBlackboardResponseBody`: the same model as [`CreateGroupBlackboardNewResponseBody`].
pub type EditGroupBlackboardResponseBody = CreateGroupBlackboardNewResponseBody;
/// `GetGroupBlackboardResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGroupBlackboardResponseBody {
    /// `result`.
    pub result: Option<GetGroupBlackboardResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetGroupBlackboardResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGroupBlackboardResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `ListGroupBlackboardResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListGroupBlackboardResponseBody {
    /// `blackboardList`.
    pub blackboard_list: Option<Vec<ListGroupBlackboardResponseBodyBlackboardList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextPageCursor`.
    pub next_page_cursor: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ListGroupBlackboardResponseBody { "blackboardList" => read_field(blackboard_list),
    "hasMore" => read_field(has_more), "nextPageCursor" => read_field(next_page_cursor),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListGroupBlackboardResponseBody { "blackboardList" => optional(blackboard_list),
    "hasMore" => optional(has_more), "nextPageCursor" => optional(next_page_cursor),
    "success" => optional(success) }
}
/// `GetGroupBlackboardResponseBodyResult`, a model several operations share: also named [`ListGroupBlackboardResponseBodyBlackboardList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetGroupBlackboardResponseBodyResult {
    /// `content`.
    pub content: Option<String>,
    /// `dataId`.
    pub data_id: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `readCount`.
    pub read_count: Option<i64>,
    /// `sticky`.
    pub sticky: Option<bool>,
    /// `title`.
    pub title: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    GetGroupBlackboardResponseBodyResult { "content" => read_field(content), "dataId" =>
    read_field(data_id), "gmtCreate" => read_field(gmt_create), "gmtModified" =>
    read_field(gmt_modified), "readCount" => read_field(read_count), "sticky" =>
    read_field(sticky), "title" => read_field(title), "userId" => read_field(user_id),
    "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetGroupBlackboardResponseBodyResult { "content" => optional(content), "dataId" =>
    optional(data_id), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "readCount" => optional(read_count), "sticky" =>
    optional(sticky), "title" => optional(title), "userId" => optional(user_id),
    "userName" => optional(user_name) }
}
/// `ListGroupBlackboardResponseBodyBlackboardList`: the same model as [`GetGroupBlackboardResponseBodyResult`].
pub type ListGroupBlackboardResponseBodyBlackboardList = GetGroupBlackboardResponseBodyResult;
/// The request of [`Api::create_group_blackboard`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateGroupBlackboardRequest {
    /// `content`.
    pub content: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `sendDing`.
    pub send_ding: Option<bool>,
    /// `sticky`.
    pub sticky: Option<bool>,
    /// `uniqueId`.
    pub unique_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`CreateGroupBlackboardRequest`], each named where it is set: `CreateGroupBlackboardRequest::new(CreateGroupBlackboardRequired { .. })`.
pub struct CreateGroupBlackboardRequired {
    /// `content`: see [`CreateGroupBlackboardRequest::content`].
    pub content: String,
    /// `openConversationId`: see [`CreateGroupBlackboardRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `uniqueId`: see [`CreateGroupBlackboardRequest::unique_id`].
    pub unique_id: String,
    /// `userId`: see [`CreateGroupBlackboardRequest::user_id`].
    pub user_id: String,
}
impl CreateGroupBlackboardRequest {
    /// A `CreateGroupBlackboardRequest` with its required fields (`content`, `openConversationId`, `uniqueId`, `userId`); set the others with the methods named after them.
    pub fn new(required: CreateGroupBlackboardRequired) -> Self {
        let CreateGroupBlackboardRequired {
            content,
            open_conversation_id,
            unique_id,
            user_id,
        } = required;
        Self {
            content,
            open_conversation_id,
            send_ding: None,
            sticky: None,
            unique_id,
            user_id,
        }
    }
    /// Sets `sendDing`.
    pub fn send_ding(mut self, value: bool) -> Self {
        self.send_ding = Some(value);
        self
    }
    /// Sets `sticky`.
    pub fn sticky(mut self, value: bool) -> Self {
        self.sticky = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateGroupBlackboardRequest { "content" => field(content), "openConversationId" =>
    field(open_conversation_id), "sendDing" => optional(send_ding), "sticky" =>
    optional(sticky), "uniqueId" => field(unique_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateGroupBlackboardRequest { "content" => read_field(content), "openConversationId"
    => read_field(open_conversation_id), "sendDing" => read_field(send_ding), "sticky" =>
    read_field(sticky), "uniqueId" => read_field(unique_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for CreateGroupBlackboardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_group_blackboard_new`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupBlackboardNewRequest {
    /// `content`.
    pub content: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `sendDing`.
    pub send_ding: Option<bool>,
    /// `sticky`.
    pub sticky: Option<bool>,
    /// `uniqueId`.
    pub unique_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl CreateGroupBlackboardNewRequest {
    /// An empty `CreateGroupBlackboardNewRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `sendDing`.
    pub fn send_ding(mut self, value: bool) -> Self {
        self.send_ding = Some(value);
        self
    }
    /// Sets `sticky`.
    pub fn sticky(mut self, value: bool) -> Self {
        self.sticky = Some(value);
        self
    }
    /// Sets `uniqueId`.
    pub fn unique_id(mut self, value: impl Into<String>) -> Self {
        self.unique_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateGroupBlackboardNewRequest { "content" => optional(content),
    "openConversationId" => optional(open_conversation_id), "sendDing" =>
    optional(send_ding), "sticky" => optional(sticky), "uniqueId" => optional(unique_id),
    "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateGroupBlackboardNewRequest { "content" => read_field(content),
    "openConversationId" => read_field(open_conversation_id), "sendDing" =>
    read_field(send_ding), "sticky" => read_field(sticky), "uniqueId" =>
    read_field(unique_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CreateGroupBlackboardNewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_group_blackboard`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteGroupBlackboardRequest {
    /// `dataId`.
    pub data_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`DeleteGroupBlackboardRequest`], each named where it is set: `DeleteGroupBlackboardRequest::new(DeleteGroupBlackboardRequired { .. })`.
pub struct DeleteGroupBlackboardRequired {
    /// `dataId`: see [`DeleteGroupBlackboardRequest::data_id`].
    pub data_id: String,
    /// `openConversationId`: see [`DeleteGroupBlackboardRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `userId`: see [`DeleteGroupBlackboardRequest::user_id`].
    pub user_id: String,
}
impl DeleteGroupBlackboardRequest {
    /// A `DeleteGroupBlackboardRequest` with its required fields (`dataId`, `openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(required: DeleteGroupBlackboardRequired) -> Self {
        let DeleteGroupBlackboardRequired { data_id, open_conversation_id, user_id } = required;
        Self {
            data_id,
            open_conversation_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    DeleteGroupBlackboardRequest { "dataId" => field(data_id), "openConversationId" =>
    field(open_conversation_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteGroupBlackboardRequest { "dataId" => read_field(data_id), "openConversationId"
    => read_field(open_conversation_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for DeleteGroupBlackboardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_group_blackboard_new`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteGroupBlackboardNewRequest {
    /// `dataId`.
    pub data_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl DeleteGroupBlackboardNewRequest {
    /// An empty `DeleteGroupBlackboardNewRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dataId`.
    pub fn data_id(mut self, value: impl Into<String>) -> Self {
        self.data_id = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeleteGroupBlackboardNewRequest { "dataId" => optional(data_id), "openConversationId"
    => optional(open_conversation_id), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteGroupBlackboardNewRequest { "dataId" => read_field(data_id),
    "openConversationId" => read_field(open_conversation_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for DeleteGroupBlackboardNewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_group_blackboard`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EditGroupBlackboardRequest {
    /// `content`.
    pub content: Option<String>,
    /// `dataId`.
    pub data_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `sticky`.
    pub sticky: Option<bool>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl EditGroupBlackboardRequest {
    /// An empty `EditGroupBlackboardRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `dataId`.
    pub fn data_id(mut self, value: impl Into<String>) -> Self {
        self.data_id = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `sticky`.
    pub fn sticky(mut self, value: bool) -> Self {
        self.sticky = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EditGroupBlackboardRequest { "content" => optional(content), "dataId" =>
    optional(data_id), "openConversationId" => optional(open_conversation_id), "sticky"
    => optional(sticky), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditGroupBlackboardRequest { "content" => read_field(content), "dataId" =>
    read_field(data_id), "openConversationId" => read_field(open_conversation_id),
    "sticky" => read_field(sticky), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for EditGroupBlackboardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_group_blackboard`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetGroupBlackboardRequest {
    /// `dataId`.
    pub data_id: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl GetGroupBlackboardRequest {
    /// An empty `GetGroupBlackboardRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dataId`.
    pub fn data_id(mut self, value: impl Into<String>) -> Self {
        self.data_id = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetGroupBlackboardRequest { "dataId" => optional(data_id), "openConversationId" =>
    optional(open_conversation_id), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetGroupBlackboardRequest { "dataId" => read_field(data_id), "openConversationId" =>
    read_field(open_conversation_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetGroupBlackboardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_group_blackboard`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListGroupBlackboardRequest {
    /// `nextPageCursor`.
    pub next_page_cursor: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl ListGroupBlackboardRequest {
    /// An empty `ListGroupBlackboardRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `nextPageCursor`.
    pub fn next_page_cursor(mut self, value: impl Into<String>) -> Self {
        self.next_page_cursor = Some(value.into());
        self
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ListGroupBlackboardRequest { "nextPageCursor" => optional(next_page_cursor),
    "openConversationId" => optional(open_conversation_id), "pageSize" =>
    optional(page_size), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListGroupBlackboardRequest { "nextPageCursor" => read_field(next_page_cursor),
    "openConversationId" => read_field(open_conversation_id), "pageSize" =>
    read_field(page_size), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ListGroupBlackboardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::create_group_blackboard`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateGroupBlackboardError = rt::ServiceError;
/// An error reply of [`Api::create_group_blackboard_new`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateGroupBlackboardNewError = rt::ServiceError;
/// An error reply of [`Api::delete_group_blackboard`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteGroupBlackboardError = rt::ServiceError;
/// An error reply of [`Api::delete_group_blackboard_new`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteGroupBlackboardNewError = rt::ServiceError;
/// An error reply of [`Api::edit_group_blackboard`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditGroupBlackboardError = rt::ServiceError;
/// An error reply of [`Api::get_group_blackboard`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetGroupBlackboardError = rt::ServiceError;
/// An error reply of [`Api::list_group_blackboard`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListGroupBlackboardError = rt::ServiceError;
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
        "CreateGroupBlackboard" => {
            rt::conformance::reply(api.create_group_blackboard(&inputs.request(true)?))
                .await
        }
        "CreateGroupBlackboardNew" => {
            rt::conformance::reply(
                    api.create_group_blackboard_new(&inputs.request(true)?),
                )
                .await
        }
        "DeleteGroupBlackboard" => {
            rt::conformance::reply(api.delete_group_blackboard(&inputs.request(true)?))
                .await
        }
        "DeleteGroupBlackboardNew" => {
            rt::conformance::reply(
                    api.delete_group_blackboard_new(&inputs.request(true)?),
                )
                .await
        }
        "EditGroupBlackboard" => {
            rt::conformance::reply(api.edit_group_blackboard(&inputs.request(true)?))
                .await
        }
        "GetGroupBlackboard" => {
            rt::conformance::reply(api.get_group_blackboard(&inputs.request(true)?))
                .await
        }
        "ListGroupBlackboard" => {
            rt::conformance::reply(api.list_group_blackboard(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
