// @generated from api-spec/blackboard_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 公告 (Blackboard)：公告详情与已读未读人员。
//!
//! 3 operations, methods of [`Api`] (`client.blackboard_1_0()`), behind the cargo feature `blackboard_1_0`; its paths start with `/v1.0/blackboard/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `blackboard_1_0`. Get it with `client.blackboard_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 获取公告详情
    ///
    /// `GET /v1.0/blackboard/get_blackboard`: DingTalk's `GetBlackboard` (module feature `blackboard_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetBlackboard")]
    #[doc(alias = "/v1.0/blackboard/get_blackboard")]
    #[doc(alias = "GET /v1.0/blackboard/get_blackboard")]
    pub fn get_blackboard(
        &self,
        request: &GetBlackboardRequest,
    ) -> rt::Call<GetBlackboardResponseBody, GetBlackboardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetBlackboard",
            rt::Method::Get,
            "/v1.0/blackboard/get_blackboard",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询公告已读未读人员列表
    ///
    /// `GET /v1.0/blackboard/readers`: DingTalk's `QueryBlackboardReadUnRead` (module feature `blackboard_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_blackboard_read_un_read_pages`].
    #[doc(alias = "QueryBlackboardReadUnRead")]
    #[doc(alias = "/v1.0/blackboard/readers")]
    #[doc(alias = "GET /v1.0/blackboard/readers")]
    pub fn query_blackboard_read_un_read(
        &self,
        request: &QueryBlackboardReadUnReadRequest,
    ) -> rt::Call<
        QueryBlackboardReadUnReadResponseBody,
        QueryBlackboardReadUnReadError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBlackboardReadUnRead",
            rt::Method::Get,
            "/v1.0/blackboard/readers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取公告钉盘空间信息
    ///
    /// `GET /v1.0/blackboard/spaces`: DingTalk's `QueryBlackboardSpace` (module feature `blackboard_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryBlackboardSpace")]
    #[doc(alias = "/v1.0/blackboard/spaces")]
    #[doc(alias = "GET /v1.0/blackboard/spaces")]
    pub fn query_blackboard_space(
        &self,
        request: &QueryBlackboardSpaceRequest,
    ) -> rt::Call<QueryBlackboardSpaceResponseBody, QueryBlackboardSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBlackboardSpace",
            rt::Method::Get,
            "/v1.0/blackboard/spaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::query_blackboard_read_un_read`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `users` of each page.
    pub fn query_blackboard_read_un_read_pages(
        &self,
        request: &QueryBlackboardReadUnReadRequest,
    ) -> rt::Paginator<
        QueryBlackboardReadUnReadResponseBody,
        QueryBlackboardReadUnReadError,
        QueryBlackboardReadUnReadResponseBodyUsers,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["users"],
        );
        rt::Paginator::new(self.query_blackboard_read_un_read(request), &PAGING)
    }
}
/// `GetBlackboardResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetBlackboardResponseBody {
    /// `attachments`.
    pub attachments: Option<Vec<GetBlackboardResponseBodyAttachments>>,
    /// `categoryId`.
    pub category_id: Option<String>,
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `content`.
    pub content: Option<String>,
    /// `coverPicUrl`.
    pub cover_pic_url: Option<String>,
    /// `depNameList`.
    pub dep_name_list: Option<Vec<String>>,
    /// `deptList`.
    pub dept_list: Option<Vec<GetBlackboardResponseBodyDeptList>>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `isPushTop`.
    pub is_push_top: Option<i64>,
    /// `privateLevel`.
    pub private_level: Option<i64>,
    /// `readCount`.
    pub read_count: Option<i64>,
    /// `senderStaffId`.
    pub sender_staff_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `unReadCount`.
    pub un_read_count: Option<i64>,
    /// `userList`.
    pub user_list: Option<Vec<GetBlackboardResponseBodyUserList>>,
    /// `userNameList`.
    pub user_name_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetBlackboardResponseBody { "attachments" => read_field(attachments), "categoryId" =>
    read_field(category_id), "categoryName" => read_field(category_name), "content" =>
    read_field(content), "coverPicUrl" => read_field(cover_pic_url), "depNameList" =>
    read_field(dep_name_list), "deptList" => read_field(dept_list), "gmtCreate" =>
    read_field(gmt_create), "gmtModified" => read_field(gmt_modified), "id" =>
    read_field(id), "isPushTop" => read_field(is_push_top), "privateLevel" =>
    read_field(private_level), "readCount" => read_field(read_count), "senderStaffId" =>
    read_field(sender_staff_id), "title" => read_field(title), "unReadCount" =>
    read_field(un_read_count), "userList" => read_field(user_list), "userNameList" =>
    read_field(user_name_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetBlackboardResponseBody { "attachments" => optional(attachments), "categoryId" =>
    optional(category_id), "categoryName" => optional(category_name), "content" =>
    optional(content), "coverPicUrl" => optional(cover_pic_url), "depNameList" =>
    optional(dep_name_list), "deptList" => optional(dept_list), "gmtCreate" =>
    optional(gmt_create), "gmtModified" => optional(gmt_modified), "id" => optional(id),
    "isPushTop" => optional(is_push_top), "privateLevel" => optional(private_level),
    "readCount" => optional(read_count), "senderStaffId" => optional(sender_staff_id),
    "title" => optional(title), "unReadCount" => optional(un_read_count), "userList" =>
    optional(user_list), "userNameList" => optional(user_name_list) }
}
/// `QueryBlackboardReadUnReadResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBlackboardReadUnReadResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `users`.
    pub users: Option<Vec<QueryBlackboardReadUnReadResponseBodyUsers>>,
}
rt::impl_deserialize! {
    QueryBlackboardReadUnReadResponseBody { "nextToken" => read_field(next_token),
    "users" => read_field(users) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBlackboardReadUnReadResponseBody { "nextToken" => optional(next_token), "users"
    => optional(users) }
}
/// `QueryBlackboardSpaceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBlackboardSpaceResponseBody {
    /// `spaceId`.
    pub space_id: Option<String>,
}
rt::impl_deserialize! {
    QueryBlackboardSpaceResponseBody { "spaceId" => read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBlackboardSpaceResponseBody { "spaceId" => optional(space_id) }
}
/// `GetBlackboardResponseBodyAttachments`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetBlackboardResponseBodyAttachments {
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
rt::impl_deserialize! {
    GetBlackboardResponseBodyAttachments { "dentryId" => read_field(dentry_id),
    "fileName" => read_field(file_name), "fileType" => read_field(file_type), "spaceId"
    => read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetBlackboardResponseBodyAttachments { "dentryId" => optional(dentry_id), "fileName"
    => optional(file_name), "fileType" => optional(file_type), "spaceId" =>
    optional(space_id) }
}
/// `GetBlackboardResponseBodyDeptList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetBlackboardResponseBodyDeptList {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    GetBlackboardResponseBodyDeptList { "deptId" => read_field(dept_id), "name" =>
    read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetBlackboardResponseBodyDeptList { "deptId" => optional(dept_id), "name" =>
    optional(name) }
}
/// `GetBlackboardResponseBodyUserList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetBlackboardResponseBodyUserList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `staffId`.
    pub staff_id: Option<String>,
}
rt::impl_deserialize! {
    GetBlackboardResponseBodyUserList { "corpId" => read_field(corp_id), "name" =>
    read_field(name), "staffId" => read_field(staff_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetBlackboardResponseBodyUserList { "corpId" => optional(corp_id), "name" =>
    optional(name), "staffId" => optional(staff_id) }
}
/// `QueryBlackboardReadUnReadResponseBodyUsers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBlackboardReadUnReadResponseBodyUsers {
    /// `read`.
    pub read: Option<String>,
    /// `readTimestamp`.
    pub read_timestamp: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryBlackboardReadUnReadResponseBodyUsers { "read" => read_field(read),
    "readTimestamp" => read_field(read_timestamp), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBlackboardReadUnReadResponseBodyUsers { "read" => optional(read),
    "readTimestamp" => optional(read_timestamp), "userId" => optional(user_id) }
}
/// The request of [`Api::get_blackboard`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetBlackboardRequest {
    /// `blackboardId`: a query parameter.
    pub blackboard_id: Option<String>,
    /// `operationUserId`: a query parameter.
    pub operation_user_id: Option<String>,
}
impl GetBlackboardRequest {
    /// An empty `GetBlackboardRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `blackboardId`.
    pub fn blackboard_id(mut self, value: impl Into<String>) -> Self {
        self.blackboard_id = Some(value.into());
        self
    }
    /// Sets `operationUserId`.
    pub fn operation_user_id(mut self, value: impl Into<String>) -> Self {
        self.operation_user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetBlackboardRequest { "blackboardId" => read_field(blackboard_id), "operationUserId"
    => read_field(operation_user_id) }
}
impl rt::WriteRequest for GetBlackboardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("blackboardId", &self.blackboard_id);
        writer.query("operationUserId", &self.operation_user_id);
    }
}
/// The request of [`Api::query_blackboard_read_un_read`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryBlackboardReadUnReadRequest {
    /// `blackboardId`: a query parameter.
    pub blackboard_id: String,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operationUserId`: a query parameter.
    pub operation_user_id: String,
}
/// The required fields of [`QueryBlackboardReadUnReadRequest`], each named where it is set: `QueryBlackboardReadUnReadRequest::new(QueryBlackboardReadUnReadRequired { .. })`.
pub struct QueryBlackboardReadUnReadRequired {
    /// `blackboardId`: see [`QueryBlackboardReadUnReadRequest::blackboard_id`].
    pub blackboard_id: String,
    /// `maxResults`: see [`QueryBlackboardReadUnReadRequest::max_results`].
    pub max_results: i64,
    /// `operationUserId`: see [`QueryBlackboardReadUnReadRequest::operation_user_id`].
    pub operation_user_id: String,
}
impl QueryBlackboardReadUnReadRequest {
    /// A `QueryBlackboardReadUnReadRequest` with its required fields (`blackboardId`, `maxResults`, `operationUserId`); set the others with the methods named after them.
    pub fn new(required: QueryBlackboardReadUnReadRequired) -> Self {
        let QueryBlackboardReadUnReadRequired {
            blackboard_id,
            max_results,
            operation_user_id,
        } = required;
        Self {
            blackboard_id,
            max_results,
            next_token: None,
            operation_user_id,
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
    QueryBlackboardReadUnReadRequest { "blackboardId" => read_field(blackboard_id),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token),
    "operationUserId" => read_field(operation_user_id) }
}
impl rt::WriteRequest for QueryBlackboardReadUnReadRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("blackboardId", &self.blackboard_id);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operationUserId", &self.operation_user_id);
    }
}
/// The request of [`Api::query_blackboard_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryBlackboardSpaceRequest {
    /// `operationUserId`: a query parameter.
    pub operation_user_id: String,
}
/// The required fields of [`QueryBlackboardSpaceRequest`], each named where it is set: `QueryBlackboardSpaceRequest::new(QueryBlackboardSpaceRequired { .. })`.
pub struct QueryBlackboardSpaceRequired {
    /// `operationUserId`: see [`QueryBlackboardSpaceRequest::operation_user_id`].
    pub operation_user_id: String,
}
impl QueryBlackboardSpaceRequest {
    /// A `QueryBlackboardSpaceRequest` with its required fields (`operationUserId`); set the others with the methods named after them.
    pub fn new(required: QueryBlackboardSpaceRequired) -> Self {
        let QueryBlackboardSpaceRequired { operation_user_id } = required;
        Self { operation_user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryBlackboardSpaceRequest { "operationUserId" => read_field(operation_user_id) }
}
impl rt::WriteRequest for QueryBlackboardSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operationUserId", &self.operation_user_id);
    }
}
/// An error reply of [`Api::get_blackboard`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetBlackboardError = rt::ServiceError;
/// An error reply of [`Api::query_blackboard_read_un_read`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBlackboardReadUnReadError = rt::ServiceError;
/// An error reply of [`Api::query_blackboard_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBlackboardSpaceError = rt::ServiceError;
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
        "GetBlackboard" => {
            rt::conformance::reply(api.get_blackboard(&inputs.request(false)?)).await
        }
        "QueryBlackboardReadUnRead" => {
            rt::conformance::reply(
                    api.query_blackboard_read_un_read(&inputs.request(false)?),
                )
                .await
        }
        "QueryBlackboardSpace" => {
            rt::conformance::reply(api.query_blackboard_space(&inputs.request(false)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
