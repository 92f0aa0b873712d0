// @generated from api-spec/oapi_contact.yaml by `cargo xtask gen`. Do not edit by hand.
//! 通讯录读取(旧版服务端 API，`oapi.dingtalk.com`):用户详情、子部门、部门用户 userid 列表、免登码换 userid。
//! Errors come in HTTP 200 replies as `errcode` (not 0), `errmsg`, `sub_code`, `sub_msg` and `request_id`.
//!
//! 4 operations, methods of [`Api`] (`client.oapi_contact()`), behind the cargo feature `oapi_contact`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://oapi.dingtalk.com";
/// The operations of `oapi_contact`. Get it with `client.oapi_contact()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 查询用户详情
    ///
    /// <https://open.dingtalk.com/document/orgapp/query-user-details>
    ///
    /// `POST /topapi/v2/user/get`: DingTalk's `GetUser` (module feature `oapi_contact`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding a [`GetUserError`]: a variant per code of the operation's error table, and `Unhandled`; other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUser")]
    #[doc(alias = "/topapi/v2/user/get")]
    #[doc(alias = "POST /topapi/v2/user/get")]
    pub fn get_user(
        &self,
        request: &GetUserRequest,
    ) -> rt::Call<GetUserResponse, GetUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
                "GetUser",
                rt::Method::Post,
                "/topapi/v2/user/get",
                None,
                DEFAULT_BASE_URL,
                rt::ResponseBody::Json,
            )
            .token_in_query("access_token")
            .errcode_errors();
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取部门列表(下一级子部门)
    ///
    /// <https://help.dingtalk.io/zh/open/development/user-management-acquires-the-list-departments>
    ///
    /// `POST /topapi/v2/department/listsub`: DingTalk's `ListSubDepartments` (module feature `oapi_contact`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListSubDepartments")]
    #[doc(alias = "/topapi/v2/department/listsub")]
    #[doc(alias = "POST /topapi/v2/department/listsub")]
    pub fn list_sub_departments(
        &self,
        request: &ListSubDepartmentsRequest,
    ) -> rt::Call<ListSubDepartmentsResponse, ListSubDepartmentsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
                "ListSubDepartments",
                rt::Method::Post,
                "/topapi/v2/department/listsub",
                None,
                DEFAULT_BASE_URL,
                rt::ResponseBody::Json,
            )
            .token_in_query("access_token")
            .errcode_errors();
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取部门用户 userid 列表
    ///
    /// <https://open.dingtalk.com/document/orgapp/query-the-list-of-department-userids>
    ///
    /// `POST /topapi/user/listid`: DingTalk's `ListUserIds` (module feature `oapi_contact`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding a [`ListUserIdsError`]: a variant per code of the operation's error table, and `Unhandled`; other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListUserIds")]
    #[doc(alias = "/topapi/user/listid")]
    #[doc(alias = "POST /topapi/user/listid")]
    pub fn list_user_ids(
        &self,
        request: &ListUserIdsRequest,
    ) -> rt::Call<ListUserIdsResponse, ListUserIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
                "ListUserIds",
                rt::Method::Post,
                "/topapi/user/listid",
                None,
                DEFAULT_BASE_URL,
                rt::ResponseBody::Json,
            )
            .token_in_query("access_token")
            .errcode_errors();
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过免登码获取用户信息
    ///
    /// <https://open.dingtalk.com/document/orgapp/obtain-the-userid-of-a-user-by-using-the-log-free>
    ///
    /// `POST /topapi/v2/user/getuserinfo`: DingTalk's `GetUserInfoByCode` (module feature `oapi_contact`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding a [`GetUserInfoByCodeError`]: a variant per code of the operation's error table, and `Unhandled`; other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserInfoByCode")]
    #[doc(alias = "/topapi/v2/user/getuserinfo")]
    #[doc(alias = "POST /topapi/v2/user/getuserinfo")]
    pub fn get_user_info_by_code(
        &self,
        request: &GetUserInfoByCodeRequest,
    ) -> rt::Call<GetUserInfoByCodeResponse, GetUserInfoByCodeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
                "GetUserInfoByCode",
                rt::Method::Post,
                "/topapi/v2/user/getuserinfo",
                None,
                DEFAULT_BASE_URL,
                rt::ResponseBody::Json,
            )
            .token_in_query("access_token")
            .errcode_errors();
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// The request of [`Api::get_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserRequest {
    /// 用户的 userid。
    pub userid: String,
    /// 通讯录语言:zh_CN(默认)或 en_US。
    pub language: Option<String>,
}
/// The required fields of [`GetUserRequest`], each named where it is set: `GetUserRequest::new(GetUserRequired { .. })`.
pub struct GetUserRequired {
    /// `userid`: see [`GetUserRequest::userid`].
    pub userid: String,
}
impl GetUserRequest {
    /// A `GetUserRequest` with its required fields (`userid`); set the others with the methods named after them.
    pub fn new(required: GetUserRequired) -> Self {
        let GetUserRequired { userid } = required;
        Self { userid, language: None }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetUserRequest { "userid" => field(userid), "language" => optional(language) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserRequest { "userid" => read_field(userid), "language" => read_field(language) }
}
impl rt::WriteRequest for GetUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `GetUserResponse`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserResponse {
    /// `result`.
    pub result: Option<GetUserResponseResult>,
    /// 请求 id。
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetUserResponse { "result" => read_field(result), "request_id" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserResponse { "result" => optional(result), "request_id" => optional(request_id)
    }
}
/// `GetUserResponseResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserResponseResult {
    /// 用户的 userid。
    pub userid: Option<String>,
    /// 用户在当前开发者企业账号范围内的唯一标识。
    pub unionid: Option<String>,
    /// 用户姓名。
    pub name: Option<String>,
    /// 头像。
    pub avatar: Option<String>,
    /// 国际电话区号。
    pub state_code: Option<String>,
    /// 直属主管的 userid。
    pub manager_userid: Option<String>,
    /// 手机号码。
    pub mobile: Option<String>,
    /// 是否号码隐藏。
    pub hide_mobile: Option<bool>,
    /// 分机号。
    pub telephone: Option<String>,
    /// 员工工号。
    pub job_number: Option<String>,
    /// 职位。
    pub title: Option<String>,
    /// 员工邮箱。
    pub email: Option<String>,
    /// 办公地点。
    pub work_place: Option<String>,
    /// 备注。
    pub remark: Option<String>,
    /// 所属部门 id 列表。
    pub dept_id_list: Option<Vec<i64>>,
    /// 员工在对应的部门中的排序。
    pub dept_order_list: Option<Vec<GetUserResponseResultDeptOrderList>>,
    /// 扩展属性(JSON 文本)。
    pub extension: Option<String>,
    /// 入职时间，Unix 时间戳(毫秒)。
    pub hired_date: Option<i64>,
    /// 是否激活了钉钉。
    pub active: Option<bool>,
    /// 是否完成了实名认证。
    pub real_authed: Option<bool>,
    /// 是否为企业的高管。
    pub senior: Option<bool>,
    /// 是否为企业的管理员。
    pub admin: Option<bool>,
    /// 是否为企业的老板。
    pub boss: Option<bool>,
    /// 员工在对应的部门中是否领导。
    pub leader_in_dept: Option<Vec<GetUserResponseResultLeaderInDept>>,
    /// 角色列表。
    pub role_list: Option<Vec<GetUserResponseResultRoleList>>,
}
rt::impl_deserialize! {
    GetUserResponseResult { "userid" => read_field(userid), "unionid" =>
    read_field(unionid), "name" => read_field(name), "avatar" => read_field(avatar),
    "state_code" => read_field(state_code), "manager_userid" =>
    read_field(manager_userid), "mobile" => read_field(mobile), "hide_mobile" =>
    read_field(hide_mobile), "telephone" => read_field(telephone), "job_number" =>
    read_field(job_number), "title" => read_field(title), "email" => read_field(email),
    "work_place" => read_field(work_place), "remark" => read_field(remark),
    "dept_id_list" => read_field(dept_id_list), "dept_order_list" =>
    read_field(dept_order_list), "extension" => read_field(extension), "hired_date" =>
    read_field(hired_date), "active" => read_field(active), "real_authed" =>
    read_field(real_authed), "senior" => read_field(senior), "admin" =>
    read_field(admin), "boss" => read_field(boss), "leader_in_dept" =>
    read_field(leader_in_dept), "role_list" => read_field(role_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserResponseResult { "userid" => optional(userid), "unionid" => optional(unionid),
    "name" => optional(name), "avatar" => optional(avatar), "state_code" =>
    optional(state_code), "manager_userid" => optional(manager_userid), "mobile" =>
    optional(mobile), "hide_mobile" => optional(hide_mobile), "telephone" =>
    optional(telephone), "job_number" => optional(job_number), "title" =>
    optional(title), "email" => optional(email), "work_place" => optional(work_place),
    "remark" => optional(remark), "dept_id_list" => optional(dept_id_list),
    "dept_order_list" => optional(dept_order_list), "extension" => optional(extension),
    "hired_date" => optional(hired_date), "active" => optional(active), "real_authed" =>
    optional(real_authed), "senior" => optional(senior), "admin" => optional(admin),
    "boss" => optional(boss), "leader_in_dept" => optional(leader_in_dept), "role_list"
    => optional(role_list) }
}
/// `GetUserResponseResultDeptOrderList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserResponseResultDeptOrderList {
    /// 部门 id。
    pub dept_id: Option<i64>,
    /// 员工在部门中的排序。
    pub order: Option<i64>,
}
rt::impl_deserialize! {
    GetUserResponseResultDeptOrderList { "dept_id" => read_field(dept_id), "order" =>
    read_field(order) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserResponseResultDeptOrderList { "dept_id" => optional(dept_id), "order" =>
    optional(order) }
}
/// `GetUserResponseResultLeaderInDept`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserResponseResultLeaderInDept {
    /// 部门 id。
    pub dept_id: Option<i64>,
    /// 是否是领导。
    pub leader: Option<bool>,
}
rt::impl_deserialize! {
    GetUserResponseResultLeaderInDept { "dept_id" => read_field(dept_id), "leader" =>
    read_field(leader) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserResponseResultLeaderInDept { "dept_id" => optional(dept_id), "leader" =>
    optional(leader) }
}
/// `GetUserResponseResultRoleList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserResponseResultRoleList {
    /// 角色 id。
    pub id: Option<i64>,
    /// 角色名称。
    pub name: Option<String>,
    /// 角色组名称。
    pub group_name: Option<String>,
}
rt::impl_deserialize! {
    GetUserResponseResultRoleList { "id" => read_field(id), "name" => read_field(name),
    "group_name" => read_field(group_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserResponseResultRoleList { "id" => optional(id), "name" => optional(name),
    "group_name" => optional(group_name) }
}
/// The request of [`Api::list_sub_departments`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSubDepartmentsRequest {
    /// 父部门 id，根部门为 1;不填时为根部门。
    pub dept_id: Option<i64>,
    /// 通讯录语言:zh_CN(默认)或 en_US。
    pub language: Option<String>,
}
impl ListSubDepartmentsRequest {
    /// An empty `ListSubDepartmentsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dept_id`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ListSubDepartmentsRequest { "dept_id" => optional(dept_id), "language" =>
    optional(language) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListSubDepartmentsRequest { "dept_id" => read_field(dept_id), "language" =>
    read_field(language) }
}
impl rt::WriteRequest for ListSubDepartmentsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `ListSubDepartmentsResponse`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSubDepartmentsResponse {
    /// 子部门列表。
    pub result: Option<Vec<ListSubDepartmentsResponseResult>>,
    /// 请求 id。
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    ListSubDepartmentsResponse { "result" => read_field(result), "request_id" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSubDepartmentsResponse { "result" => optional(result), "request_id" =>
    optional(request_id) }
}
/// `ListSubDepartmentsResponseResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSubDepartmentsResponseResult {
    /// 部门 id。
    pub dept_id: Option<i64>,
    /// 部门名称。
    pub name: Option<String>,
    /// 父部门 id。
    pub parent_id: Option<i64>,
    /// 是否同步创建一个关联此部门的企业群。
    pub create_dept_group: Option<bool>,
    /// 部门群已经创建后，有新人加入部门是否会自动加入该群。
    pub auto_add_user: Option<bool>,
    /// 是否来自关联组织。
    pub from_union_org: Option<bool>,
    /// 教育部门标签。
    pub tags: Option<String>,
}
rt::impl_deserialize! {
    ListSubDepartmentsResponseResult { "dept_id" => read_field(dept_id), "name" =>
    read_field(name), "parent_id" => read_field(parent_id), "create_dept_group" =>
    read_field(create_dept_group), "auto_add_user" => read_field(auto_add_user),
    "from_union_org" => read_field(from_union_org), "tags" => read_field(tags) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSubDepartmentsResponseResult { "dept_id" => optional(dept_id), "name" =>
    optional(name), "parent_id" => optional(parent_id), "create_dept_group" =>
    optional(create_dept_group), "auto_add_user" => optional(auto_add_user),
    "from_union_org" => optional(from_union_org), "tags" => optional(tags) }
}
/// The request of [`Api::list_user_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListUserIdsRequest {
    /// 部门 id，根部门为 1。
    pub dept_id: i64,
}
/// The required fields of [`ListUserIdsRequest`], each named where it is set: `ListUserIdsRequest::new(ListUserIdsRequired { .. })`.
pub struct ListUserIdsRequired {
    /// `dept_id`: see [`ListUserIdsRequest::dept_id`].
    pub dept_id: i64,
}
impl ListUserIdsRequest {
    /// A `ListUserIdsRequest` with its required fields (`dept_id`); set the others with the methods named after them.
    pub fn new(required: ListUserIdsRequired) -> Self {
        let ListUserIdsRequired { dept_id } = required;
        Self { dept_id }
    }
}
rt::impl_serialize! {
    ListUserIdsRequest { "dept_id" => field(dept_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListUserIdsRequest { "dept_id" => read_field(dept_id) }
}
impl rt::WriteRequest for ListUserIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `ListUserIdsResponse`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserIdsResponse {
    /// `result`.
    pub result: Option<ListUserIdsResponseResult>,
    /// 请求 id。
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    ListUserIdsResponse { "result" => read_field(result), "request_id" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserIdsResponse { "result" => optional(result), "request_id" =>
    optional(request_id) }
}
/// `ListUserIdsResponseResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserIdsResponseResult {
    /// 指定部门的 userid 列表。
    pub userid_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    ListUserIdsResponseResult { "userid_list" => read_field(userid_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserIdsResponseResult { "userid_list" => optional(userid_list) }
}
/// The request of [`Api::get_user_info_by_code`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserInfoByCodeRequest {
    /// 免登授权码(前端获取，5 分钟有效，只能使用一次)。
    pub code: String,
}
/// The required fields of [`GetUserInfoByCodeRequest`], each named where it is set: `GetUserInfoByCodeRequest::new(GetUserInfoByCodeRequired { .. })`.
pub struct GetUserInfoByCodeRequired {
    /// `code`: see [`GetUserInfoByCodeRequest::code`].
    pub code: String,
}
impl GetUserInfoByCodeRequest {
    /// A `GetUserInfoByCodeRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(required: GetUserInfoByCodeRequired) -> Self {
        let GetUserInfoByCodeRequired { code } = required;
        Self { code }
    }
}
rt::impl_serialize! {
    GetUserInfoByCodeRequest { "code" => field(code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserInfoByCodeRequest { "code" => read_field(code) }
}
impl rt::WriteRequest for GetUserInfoByCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `GetUserInfoByCodeResponse`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserInfoByCodeResponse {
    /// `result`.
    pub result: Option<GetUserInfoByCodeResponseResult>,
    /// 请求 id。
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetUserInfoByCodeResponse { "result" => read_field(result), "request_id" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserInfoByCodeResponse { "result" => optional(result), "request_id" =>
    optional(request_id) }
}
/// `GetUserInfoByCodeResponseResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserInfoByCodeResponseResult {
    /// 用户的 userid。
    pub userid: Option<String>,
    /// 设备 id。
    pub device_id: Option<String>,
    /// 是否是管理员。
    pub sys: Option<bool>,
    /// 级别:1 主管理员，2 子管理员，100 老板，0 其他。
    pub sys_level: Option<i64>,
    /// 用户关联的 unionId。
    pub associated_unionid: Option<String>,
    /// 用户的 unionId。
    pub unionid: Option<String>,
    /// 用户名字。
    pub name: Option<String>,
}
rt::impl_deserialize! {
    GetUserInfoByCodeResponseResult { "userid" => read_field(userid), "device_id" =>
    read_field(device_id), "sys" => read_field(sys), "sys_level" =>
    read_field(sys_level), "associated_unionid" => read_field(associated_unionid),
    "unionid" => read_field(unionid), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserInfoByCodeResponseResult { "userid" => optional(userid), "device_id" =>
    optional(device_id), "sys" => optional(sys), "sys_level" => optional(sys_level),
    "associated_unionid" => optional(associated_unionid), "unionid" => optional(unionid),
    "name" => optional(name) }
}
/// An error reply of [`Api::get_user`], sorted by its `code` (DingTalk sends business errors with any status, 500 included).
#[derive(Debug)]
#[non_exhaustive]
pub enum GetUserError {
    /// `60121`
    ///
    /// - HTTP 200, message `找不到该用户`: 用户不存在或不在应用的通讯录权限范围内。
    V60121(rt::ServiceError),
    /// A code the error table does not list.
    Unhandled(rt::ServiceError),
}
rt::impl_operation_error! {
    GetUserError { V60121 = "60121" }
}
/// An error reply of [`Api::list_sub_departments`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSubDepartmentsError = rt::ServiceError;
/// An error reply of [`Api::list_user_ids`], sorted by its `code` (DingTalk sends business errors with any status, 500 included).
#[derive(Debug)]
#[non_exhaustive]
pub enum ListUserIdsError {
    /// `60003`
    ///
    /// - HTTP 200, message `未找到部门`: 请确认 dept_id 是否正确。
    V60003(rt::ServiceError),
    /// A code the error table does not list.
    Unhandled(rt::ServiceError),
}
rt::impl_operation_error! {
    ListUserIdsError { V60003 = "60003" }
}
/// An error reply of [`Api::get_user_info_by_code`], sorted by its `code` (DingTalk sends business errors with any status, 500 included).
#[derive(Debug)]
#[non_exhaustive]
pub enum GetUserInfoByCodeError {
    /// `40078`
    ///
    /// - HTTP 200, message `不存在的临时授权码`: 免登码无效、已过期或已使用。
    V40078(rt::ServiceError),
    /// A code the error table does not list.
    Unhandled(rt::ServiceError),
}
rt::impl_operation_error! {
    GetUserInfoByCodeError { V40078 = "40078" }
}
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
        "GetUser" => rt::conformance::reply(api.get_user(&inputs.request(true)?)).await,
        "ListSubDepartments" => {
            rt::conformance::reply(api.list_sub_departments(&inputs.request(true)?))
                .await
        }
        "ListUserIds" => {
            rt::conformance::reply(api.list_user_ids(&inputs.request(true)?)).await
        }
        "GetUserInfoByCode" => {
            rt::conformance::reply(api.get_user_info_by_code(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
