// @generated from api-spec/blackboard_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.blackboard_1_0()`. Generated from `api-spec/blackboard_1_0.yaml`.
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
    /// `GET /v1.0/blackboard/get_blackboard` (operation `GetBlackboard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetBlackboardError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/blackboard/readers` (operation `QueryBlackboardReadUnRead`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryBlackboardReadUnReadError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/blackboard/spaces` (operation `QueryBlackboardSpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryBlackboardSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetBlackboardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetBlackboardResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachments" => rt::read_field(map, &mut self.attachments),
            "categoryId" => rt::read_field(map, &mut self.category_id),
            "categoryName" => rt::read_field(map, &mut self.category_name),
            "content" => rt::read_field(map, &mut self.content),
            "coverPicUrl" => rt::read_field(map, &mut self.cover_pic_url),
            "depNameList" => rt::read_field(map, &mut self.dep_name_list),
            "deptList" => rt::read_field(map, &mut self.dept_list),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "id" => rt::read_field(map, &mut self.id),
            "isPushTop" => rt::read_field(map, &mut self.is_push_top),
            "privateLevel" => rt::read_field(map, &mut self.private_level),
            "readCount" => rt::read_field(map, &mut self.read_count),
            "senderStaffId" => rt::read_field(map, &mut self.sender_staff_id),
            "title" => rt::read_field(map, &mut self.title),
            "unReadCount" => rt::read_field(map, &mut self.un_read_count),
            "userList" => rt::read_field(map, &mut self.user_list),
            "userNameList" => rt::read_field(map, &mut self.user_name_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetBlackboardResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("attachments", &self.attachments)?;
        object.optional("categoryId", &self.category_id)?;
        object.optional("categoryName", &self.category_name)?;
        object.optional("content", &self.content)?;
        object.optional("coverPicUrl", &self.cover_pic_url)?;
        object.optional("depNameList", &self.dep_name_list)?;
        object.optional("deptList", &self.dept_list)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("id", &self.id)?;
        object.optional("isPushTop", &self.is_push_top)?;
        object.optional("privateLevel", &self.private_level)?;
        object.optional("readCount", &self.read_count)?;
        object.optional("senderStaffId", &self.sender_staff_id)?;
        object.optional("title", &self.title)?;
        object.optional("unReadCount", &self.un_read_count)?;
        object.optional("userList", &self.user_list)?;
        object.optional("userNameList", &self.user_name_list)?;
        object.end()
    }
}
/// `QueryBlackboardReadUnReadResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBlackboardReadUnReadResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `users`.
    pub users: Option<Vec<QueryBlackboardReadUnReadResponseBodyUsers>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBlackboardReadUnReadResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBlackboardReadUnReadResponseBody {
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
impl rt::serde::Serialize for QueryBlackboardReadUnReadResponseBody {
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
/// `QueryBlackboardSpaceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBlackboardSpaceResponseBody {
    /// `spaceId`.
    pub space_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBlackboardSpaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBlackboardSpaceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryBlackboardSpaceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `GetBlackboardResponseBodyAttachments`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetBlackboardResponseBodyAttachments {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetBlackboardResponseBodyAttachments {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "fileName" => rt::read_field(map, &mut self.file_name),
            "fileType" => rt::read_field(map, &mut self.file_type),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetBlackboardResponseBodyAttachments {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("fileName", &self.file_name)?;
        object.optional("fileType", &self.file_type)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `GetBlackboardResponseBodyDeptList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetBlackboardResponseBodyDeptList {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetBlackboardResponseBodyDeptList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetBlackboardResponseBodyDeptList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetBlackboardResponseBodyDeptList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `GetBlackboardResponseBodyUserList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetBlackboardResponseBodyUserList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `staffId`.
    pub staff_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetBlackboardResponseBodyUserList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetBlackboardResponseBodyUserList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "name" => rt::read_field(map, &mut self.name),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetBlackboardResponseBodyUserList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("name", &self.name)?;
        object.optional("staffId", &self.staff_id)?;
        object.end()
    }
}
/// `QueryBlackboardReadUnReadResponseBodyUsers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBlackboardReadUnReadResponseBodyUsers {
    /// `read`.
    pub read: Option<String>,
    /// `readTimestamp`.
    pub read_timestamp: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBlackboardReadUnReadResponseBodyUsers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBlackboardReadUnReadResponseBodyUsers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "read" => rt::read_field(map, &mut self.read),
            "readTimestamp" => rt::read_field(map, &mut self.read_timestamp),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryBlackboardReadUnReadResponseBodyUsers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("read", &self.read)?;
        object.optional("readTimestamp", &self.read_timestamp)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetBlackboardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetBlackboardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blackboardId" => rt::read_field(map, &mut self.blackboard_id),
            "operationUserId" => rt::read_field(map, &mut self.operation_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetBlackboardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("blackboardId", &self.blackboard_id);
        writer.query("operationUserId", &self.operation_user_id);
    }
}
/// The request of [`Api::query_blackboard_read_un_read`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryBlackboardReadUnReadRequest {
    /// A `QueryBlackboardReadUnReadRequest` with its required fields (`blackboardId`, `maxResults`, `operationUserId`); set the others with the methods named after them.
    pub fn new(
        blackboard_id: impl Into<String>,
        max_results: i64,
        operation_user_id: impl Into<String>,
    ) -> Self {
        Self {
            blackboard_id: blackboard_id.into(),
            max_results,
            next_token: None,
            operation_user_id: operation_user_id.into(),
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryBlackboardReadUnReadRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryBlackboardReadUnReadRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blackboardId" => rt::read_field(map, &mut self.blackboard_id),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operationUserId" => rt::read_field(map, &mut self.operation_user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryBlackboardSpaceRequest {
    /// `operationUserId`: a query parameter.
    pub operation_user_id: String,
}
impl QueryBlackboardSpaceRequest {
    /// A `QueryBlackboardSpaceRequest` with its required fields (`operationUserId`); set the others with the methods named after them.
    pub fn new(operation_user_id: impl Into<String>) -> Self {
        Self {
            operation_user_id: operation_user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryBlackboardSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryBlackboardSpaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operationUserId" => rt::read_field(map, &mut self.operation_user_id),
            _ => Ok(false),
        }
    }
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
