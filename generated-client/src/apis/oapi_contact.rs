// @generated from api-spec/oapi_contact.yaml by `cargo xtask gen`. Do not edit by hand.
//! 通讯录读取(旧版服务端 API，`oapi.dingtalk.com`):用户详情、子部门、部门用户 userid 列表、免登码换 userid。
//! Errors come in HTTP 200 replies as `errcode` (not 0), `errmsg`, `sub_code`, `sub_msg` and `request_id`.
//!
//! Operations: [`Api`], from `client.oapi_contact()`. Generated from `api-spec/oapi_contact.yaml`.
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
    /// `POST /topapi/v2/user/get` (operation `GetUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /topapi/v2/department/listsub` (operation `ListSubDepartments`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSubDepartmentsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /topapi/user/listid` (operation `ListUserIds`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListUserIdsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /topapi/v2/user/getuserinfo` (operation `GetUserInfoByCode`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserInfoByCodeError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserRequest {
    /// 用户的 userid。
    pub userid: String,
    /// 通讯录语言:zh_CN(默认)或 en_US。
    pub language: Option<String>,
}
impl GetUserRequest {
    /// A `GetUserRequest` with its required fields (`userid`); set the others with the methods named after them.
    pub fn new(userid: impl Into<String>) -> Self {
        Self {
            userid: userid.into(),
            language: None,
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetUserRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userid", &self.userid)?;
        object.optional("language", &self.language)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userid" => rt::read_field(map, &mut self.userid),
            "language" => rt::read_field(map, &mut self.language),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `GetUserResponse`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserResponse {
    /// `result`.
    pub result: Option<GetUserResponseResult>,
    /// 请求 id。
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserResponse {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserResponse {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "request_id" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserResponse {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("request_id", &self.request_id)?;
        object.end()
    }
}
/// `GetUserResponseResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetUserResponseResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserResponseResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userid" => rt::read_field(map, &mut self.userid),
            "unionid" => rt::read_field(map, &mut self.unionid),
            "name" => rt::read_field(map, &mut self.name),
            "avatar" => rt::read_field(map, &mut self.avatar),
            "state_code" => rt::read_field(map, &mut self.state_code),
            "manager_userid" => rt::read_field(map, &mut self.manager_userid),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "hide_mobile" => rt::read_field(map, &mut self.hide_mobile),
            "telephone" => rt::read_field(map, &mut self.telephone),
            "job_number" => rt::read_field(map, &mut self.job_number),
            "title" => rt::read_field(map, &mut self.title),
            "email" => rt::read_field(map, &mut self.email),
            "work_place" => rt::read_field(map, &mut self.work_place),
            "remark" => rt::read_field(map, &mut self.remark),
            "dept_id_list" => rt::read_field(map, &mut self.dept_id_list),
            "dept_order_list" => rt::read_field(map, &mut self.dept_order_list),
            "extension" => rt::read_field(map, &mut self.extension),
            "hired_date" => rt::read_field(map, &mut self.hired_date),
            "active" => rt::read_field(map, &mut self.active),
            "real_authed" => rt::read_field(map, &mut self.real_authed),
            "senior" => rt::read_field(map, &mut self.senior),
            "admin" => rt::read_field(map, &mut self.admin),
            "boss" => rt::read_field(map, &mut self.boss),
            "leader_in_dept" => rt::read_field(map, &mut self.leader_in_dept),
            "role_list" => rt::read_field(map, &mut self.role_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserResponseResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userid", &self.userid)?;
        object.optional("unionid", &self.unionid)?;
        object.optional("name", &self.name)?;
        object.optional("avatar", &self.avatar)?;
        object.optional("state_code", &self.state_code)?;
        object.optional("manager_userid", &self.manager_userid)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("hide_mobile", &self.hide_mobile)?;
        object.optional("telephone", &self.telephone)?;
        object.optional("job_number", &self.job_number)?;
        object.optional("title", &self.title)?;
        object.optional("email", &self.email)?;
        object.optional("work_place", &self.work_place)?;
        object.optional("remark", &self.remark)?;
        object.optional("dept_id_list", &self.dept_id_list)?;
        object.optional("dept_order_list", &self.dept_order_list)?;
        object.optional("extension", &self.extension)?;
        object.optional("hired_date", &self.hired_date)?;
        object.optional("active", &self.active)?;
        object.optional("real_authed", &self.real_authed)?;
        object.optional("senior", &self.senior)?;
        object.optional("admin", &self.admin)?;
        object.optional("boss", &self.boss)?;
        object.optional("leader_in_dept", &self.leader_in_dept)?;
        object.optional("role_list", &self.role_list)?;
        object.end()
    }
}
/// `GetUserResponseResultDeptOrderList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserResponseResultDeptOrderList {
    /// 部门 id。
    pub dept_id: Option<i64>,
    /// 员工在部门中的排序。
    pub order: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserResponseResultDeptOrderList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserResponseResultDeptOrderList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dept_id" => rt::read_field(map, &mut self.dept_id),
            "order" => rt::read_field(map, &mut self.order),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserResponseResultDeptOrderList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dept_id", &self.dept_id)?;
        object.optional("order", &self.order)?;
        object.end()
    }
}
/// `GetUserResponseResultLeaderInDept`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserResponseResultLeaderInDept {
    /// 部门 id。
    pub dept_id: Option<i64>,
    /// 是否是领导。
    pub leader: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserResponseResultLeaderInDept {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserResponseResultLeaderInDept {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dept_id" => rt::read_field(map, &mut self.dept_id),
            "leader" => rt::read_field(map, &mut self.leader),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserResponseResultLeaderInDept {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dept_id", &self.dept_id)?;
        object.optional("leader", &self.leader)?;
        object.end()
    }
}
/// `GetUserResponseResultRoleList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserResponseResultRoleList {
    /// 角色 id。
    pub id: Option<i64>,
    /// 角色名称。
    pub name: Option<String>,
    /// 角色组名称。
    pub group_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserResponseResultRoleList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserResponseResultRoleList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "group_name" => rt::read_field(map, &mut self.group_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserResponseResultRoleList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("group_name", &self.group_name)?;
        object.end()
    }
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
impl rt::serde::Serialize for ListSubDepartmentsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dept_id", &self.dept_id)?;
        object.optional("language", &self.language)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListSubDepartmentsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListSubDepartmentsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dept_id" => rt::read_field(map, &mut self.dept_id),
            "language" => rt::read_field(map, &mut self.language),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListSubDepartmentsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `ListSubDepartmentsResponse`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSubDepartmentsResponse {
    /// 子部门列表。
    pub result: Option<Vec<ListSubDepartmentsResponseResult>>,
    /// 请求 id。
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSubDepartmentsResponse {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSubDepartmentsResponse {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "request_id" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSubDepartmentsResponse {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("request_id", &self.request_id)?;
        object.end()
    }
}
/// `ListSubDepartmentsResponseResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListSubDepartmentsResponseResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSubDepartmentsResponseResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dept_id" => rt::read_field(map, &mut self.dept_id),
            "name" => rt::read_field(map, &mut self.name),
            "parent_id" => rt::read_field(map, &mut self.parent_id),
            "create_dept_group" => rt::read_field(map, &mut self.create_dept_group),
            "auto_add_user" => rt::read_field(map, &mut self.auto_add_user),
            "from_union_org" => rt::read_field(map, &mut self.from_union_org),
            "tags" => rt::read_field(map, &mut self.tags),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSubDepartmentsResponseResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dept_id", &self.dept_id)?;
        object.optional("name", &self.name)?;
        object.optional("parent_id", &self.parent_id)?;
        object.optional("create_dept_group", &self.create_dept_group)?;
        object.optional("auto_add_user", &self.auto_add_user)?;
        object.optional("from_union_org", &self.from_union_org)?;
        object.optional("tags", &self.tags)?;
        object.end()
    }
}
/// The request of [`Api::list_user_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListUserIdsRequest {
    /// 部门 id，根部门为 1。
    pub dept_id: i64,
}
impl ListUserIdsRequest {
    /// A `ListUserIdsRequest` with its required fields (`dept_id`); set the others with the methods named after them.
    pub fn new(dept_id: i64) -> Self {
        Self { dept_id }
    }
}
impl rt::serde::Serialize for ListUserIdsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dept_id", &self.dept_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListUserIdsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListUserIdsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dept_id" => rt::read_field(map, &mut self.dept_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListUserIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `ListUserIdsResponse`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserIdsResponse {
    /// `result`.
    pub result: Option<ListUserIdsResponseResult>,
    /// 请求 id。
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserIdsResponse {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserIdsResponse {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "request_id" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUserIdsResponse {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("request_id", &self.request_id)?;
        object.end()
    }
}
/// `ListUserIdsResponseResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserIdsResponseResult {
    /// 指定部门的 userid 列表。
    pub userid_list: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserIdsResponseResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserIdsResponseResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userid_list" => rt::read_field(map, &mut self.userid_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUserIdsResponseResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userid_list", &self.userid_list)?;
        object.end()
    }
}
/// The request of [`Api::get_user_info_by_code`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserInfoByCodeRequest {
    /// 免登授权码(前端获取，5 分钟有效，只能使用一次)。
    pub code: String,
}
impl GetUserInfoByCodeRequest {
    /// A `GetUserInfoByCodeRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(code: impl Into<String>) -> Self {
        Self { code: code.into() }
    }
}
impl rt::serde::Serialize for GetUserInfoByCodeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("code", &self.code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserInfoByCodeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserInfoByCodeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserInfoByCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `GetUserInfoByCodeResponse`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserInfoByCodeResponse {
    /// `result`.
    pub result: Option<GetUserInfoByCodeResponseResult>,
    /// 请求 id。
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserInfoByCodeResponse {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserInfoByCodeResponse {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "request_id" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserInfoByCodeResponse {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("request_id", &self.request_id)?;
        object.end()
    }
}
/// `GetUserInfoByCodeResponseResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetUserInfoByCodeResponseResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserInfoByCodeResponseResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userid" => rt::read_field(map, &mut self.userid),
            "device_id" => rt::read_field(map, &mut self.device_id),
            "sys" => rt::read_field(map, &mut self.sys),
            "sys_level" => rt::read_field(map, &mut self.sys_level),
            "associated_unionid" => rt::read_field(map, &mut self.associated_unionid),
            "unionid" => rt::read_field(map, &mut self.unionid),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserInfoByCodeResponseResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userid", &self.userid)?;
        object.optional("device_id", &self.device_id)?;
        object.optional("sys", &self.sys)?;
        object.optional("sys_level", &self.sys_level)?;
        object.optional("associated_unionid", &self.associated_unionid)?;
        object.optional("unionid", &self.unionid)?;
        object.optional("name", &self.name)?;
        object.end()
    }
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
impl rt::OperationError for GetUserError {
    fn from_service(error: rt::ServiceError) -> Self {
        match error.code() {
            Some("60121") => Self::V60121(error),
            _ => Self::Unhandled(error),
        }
    }
    fn service(&self) -> &rt::ServiceError {
        match self {
            Self::V60121(error) | Self::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetUserError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(rt::OperationError::service(self), f)
    }
}
impl ::std::error::Error for GetUserError {}
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
impl rt::OperationError for ListUserIdsError {
    fn from_service(error: rt::ServiceError) -> Self {
        match error.code() {
            Some("60003") => Self::V60003(error),
            _ => Self::Unhandled(error),
        }
    }
    fn service(&self) -> &rt::ServiceError {
        match self {
            Self::V60003(error) | Self::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for ListUserIdsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(rt::OperationError::service(self), f)
    }
}
impl ::std::error::Error for ListUserIdsError {}
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
impl rt::OperationError for GetUserInfoByCodeError {
    fn from_service(error: rt::ServiceError) -> Self {
        match error.code() {
            Some("40078") => Self::V40078(error),
            _ => Self::Unhandled(error),
        }
    }
    fn service(&self) -> &rt::ServiceError {
        match self {
            Self::V40078(error) | Self::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for GetUserInfoByCodeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(rt::OperationError::service(self), f)
    }
}
impl ::std::error::Error for GetUserInfoByCodeError {}
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
