// @generated from api-spec/group_blackboard_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.group_blackboard_1_0()`. Generated from `api-spec/group_blackboard_1_0.yaml`.
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
    /// `POST /v1.0/groupBlackboard/blackboards` (operation `CreateGroupBlackboard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateGroupBlackboardError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/groupBlackboard/blackboards/create` (operation `CreateGroupBlackboardNew`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateGroupBlackboardNewError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/groupBlackboard/blackboards/remove` (operation `DeleteGroupBlackboard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteGroupBlackboardError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/groupBlackboard/blackboards/delete` (operation `DeleteGroupBlackboardNew`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteGroupBlackboardNewError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/groupBlackboard/blackboards/edit` (operation `EditGroupBlackboard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditGroupBlackboardError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/groupBlackboard/blackboards/get` (operation `GetGroupBlackboard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetGroupBlackboardError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/groupBlackboard/blackboards/list` (operation `ListGroupBlackboard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListGroupBlackboardError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupBlackboardResponseBody {
    /// `dataId`.
    pub data_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateGroupBlackboardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateGroupBlackboardResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataId" => rt::read_field(map, &mut self.data_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateGroupBlackboardResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataId", &self.data_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CreateGroupBlackboardNewResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateGroupBlackboardNewResponseBody {
    /// `dataId`.
    pub data_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateGroupBlackboardNewResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateGroupBlackboardNewResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataId" => rt::read_field(map, &mut self.data_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateGroupBlackboardNewResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataId", &self.data_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeleteGroupBlackboardResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteGroupBlackboardResponseBody {
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteGroupBlackboardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteGroupBlackboardResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteGroupBlackboardResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeleteGroupBlackboardNewResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteGroupBlackboardNewResponseBody {
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteGroupBlackboardNewResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteGroupBlackboardNewResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteGroupBlackboardNewResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `EditGroupBlackboardResponseBody`: the same model as [`CreateGroupBlackboardNewResponseBody`].
pub type EditGroupBlackboardResponseBody = CreateGroupBlackboardNewResponseBody;
/// `GetGroupBlackboardResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetGroupBlackboardResponseBody {
    /// `result`.
    pub result: Option<GetGroupBlackboardResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetGroupBlackboardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetGroupBlackboardResponseBody {
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
impl rt::serde::Serialize for GetGroupBlackboardResponseBody {
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
/// `ListGroupBlackboardResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListGroupBlackboardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListGroupBlackboardResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blackboardList" => rt::read_field(map, &mut self.blackboard_list),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextPageCursor" => rt::read_field(map, &mut self.next_page_cursor),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListGroupBlackboardResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("blackboardList", &self.blackboard_list)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextPageCursor", &self.next_page_cursor)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetGroupBlackboardResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetGroupBlackboardResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetGroupBlackboardResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "dataId" => rt::read_field(map, &mut self.data_id),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "readCount" => rt::read_field(map, &mut self.read_count),
            "sticky" => rt::read_field(map, &mut self.sticky),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetGroupBlackboardResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("dataId", &self.data_id)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("readCount", &self.read_count)?;
        object.optional("sticky", &self.sticky)?;
        object.optional("title", &self.title)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// `ListGroupBlackboardResponseBodyBlackboardList`: the same model as [`GetGroupBlackboardResponseBodyResult`].
pub type ListGroupBlackboardResponseBodyBlackboardList = GetGroupBlackboardResponseBodyResult;
/// The request of [`Api::create_group_blackboard`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateGroupBlackboardRequest {
    /// A `CreateGroupBlackboardRequest` with its required fields (`content`, `openConversationId`, `uniqueId`, `userId`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        open_conversation_id: impl Into<String>,
        unique_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            content: content.into(),
            open_conversation_id: open_conversation_id.into(),
            send_ding: None,
            sticky: None,
            unique_id: unique_id.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for CreateGroupBlackboardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.optional("sendDing", &self.send_ding)?;
        object.optional("sticky", &self.sticky)?;
        object.field("uniqueId", &self.unique_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateGroupBlackboardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateGroupBlackboardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "sendDing" => rt::read_field(map, &mut self.send_ding),
            "sticky" => rt::read_field(map, &mut self.sticky),
            "uniqueId" => rt::read_field(map, &mut self.unique_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateGroupBlackboardNewRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("sendDing", &self.send_ding)?;
        object.optional("sticky", &self.sticky)?;
        object.optional("uniqueId", &self.unique_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateGroupBlackboardNewRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateGroupBlackboardNewRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "sendDing" => rt::read_field(map, &mut self.send_ding),
            "sticky" => rt::read_field(map, &mut self.sticky),
            "uniqueId" => rt::read_field(map, &mut self.unique_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateGroupBlackboardNewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_group_blackboard`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteGroupBlackboardRequest {
    /// `dataId`.
    pub data_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `userId`.
    pub user_id: String,
}
impl DeleteGroupBlackboardRequest {
    /// A `DeleteGroupBlackboardRequest` with its required fields (`dataId`, `openConversationId`, `userId`); set the others with the methods named after them.
    pub fn new(
        data_id: impl Into<String>,
        open_conversation_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            data_id: data_id.into(),
            open_conversation_id: open_conversation_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for DeleteGroupBlackboardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dataId", &self.data_id)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteGroupBlackboardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteGroupBlackboardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataId" => rt::read_field(map, &mut self.data_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for DeleteGroupBlackboardNewRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataId", &self.data_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteGroupBlackboardNewRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteGroupBlackboardNewRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataId" => rt::read_field(map, &mut self.data_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for EditGroupBlackboardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("dataId", &self.data_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("sticky", &self.sticky)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditGroupBlackboardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditGroupBlackboardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "dataId" => rt::read_field(map, &mut self.data_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "sticky" => rt::read_field(map, &mut self.sticky),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetGroupBlackboardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataId", &self.data_id)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetGroupBlackboardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetGroupBlackboardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataId" => rt::read_field(map, &mut self.data_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ListGroupBlackboardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextPageCursor", &self.next_page_cursor)?;
        object.optional("openConversationId", &self.open_conversation_id)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListGroupBlackboardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListGroupBlackboardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextPageCursor" => rt::read_field(map, &mut self.next_page_cursor),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
