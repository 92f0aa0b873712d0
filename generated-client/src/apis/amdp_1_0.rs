// @generated from api-spec/amdp_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! HCM 主数据 (AMDP)：人员、角色与任职数据的推送。
//!
//! 4 operations, methods of [`Api`] (`client.amdp_1_0()`), behind the cargo feature `amdp_1_0`; its paths start with `/v1.0/amdp/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `amdp_1_0`. Get it with `client.amdp_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 人员角色数据推送
    ///
    /// `POST /v1.0/amdp/employeeRoles/datas/push`: DingTalk's `AmdpEmpRoleDataPush` (module feature `amdp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AmdpEmpRoleDataPush")]
    #[doc(alias = "/v1.0/amdp/employeeRoles/datas/push")]
    #[doc(alias = "POST /v1.0/amdp/employeeRoles/datas/push")]
    pub fn amdp_emp_role_data_push(
        &self,
        request: &AmdpEmpRoleDataPushRequest,
    ) -> rt::Call<AmdpEmpRoleDataPushResponseBody, AmdpEmpRoleDataPushError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AmdpEmpRoleDataPush",
            rt::Method::Post,
            "/v1.0/amdp/employeeRoles/datas/push",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人员数据推送
    ///
    /// `POST /v1.0/amdp/employees/datas/push`: DingTalk's `AmdpEmployeeDataPush` (module feature `amdp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AmdpEmployeeDataPush")]
    #[doc(alias = "/v1.0/amdp/employees/datas/push")]
    #[doc(alias = "POST /v1.0/amdp/employees/datas/push")]
    pub fn amdp_employee_data_push(
        &self,
        request: &AmdpEmployeeDataPushRequest,
    ) -> rt::Call<AmdpEmployeeDataPushResponseBody, AmdpEmployeeDataPushError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AmdpEmployeeDataPush",
            rt::Method::Post,
            "/v1.0/amdp/employees/datas/push",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 任职数据推送
    ///
    /// `POST /v1.0/amdp/empJobs/datas/push`: DingTalk's `AmdpJobPositionDataPush` (module feature `amdp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AmdpJobPositionDataPush")]
    #[doc(alias = "/v1.0/amdp/empJobs/datas/push")]
    #[doc(alias = "POST /v1.0/amdp/empJobs/datas/push")]
    pub fn amdp_job_position_data_push(
        &self,
        request: &AmdpJobPositionDataPushRequest,
    ) -> rt::Call<AmdpJobPositionDataPushResponseBody, AmdpJobPositionDataPushError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AmdpJobPositionDataPush",
            rt::Method::Post,
            "/v1.0/amdp/empJobs/datas/push",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 组织部门数据推送
    ///
    /// `POST /v1.0/amdp/organizations/departments/datas/push`: DingTalk's `AmdpOrganizationDataPush` (module feature `amdp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AmdpOrganizationDataPush")]
    #[doc(alias = "/v1.0/amdp/organizations/departments/datas/push")]
    #[doc(alias = "POST /v1.0/amdp/organizations/departments/datas/push")]
    pub fn amdp_organization_data_push(
        &self,
        request: &AmdpOrganizationDataPushRequest,
    ) -> rt::Call<AmdpOrganizationDataPushResponseBody, AmdpOrganizationDataPushError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AmdpOrganizationDataPush",
            rt::Method::Post,
            "/v1.0/amdp/organizations/departments/datas/push",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `AmdpEmpRoleDataPushRequestParam`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AmdpEmpRoleDataPushRequestParam {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `isDelete`.
    pub is_delete: Option<String>,
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl AmdpEmpRoleDataPushRequestParam {
    /// An empty `AmdpEmpRoleDataPushRequestParam`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: impl Into<String>) -> Self {
        self.dept_id = Some(value.into());
        self
    }
    /// Sets `isDelete`.
    pub fn is_delete(mut self, value: impl Into<String>) -> Self {
        self.is_delete = Some(value.into());
        self
    }
    /// Sets `roleCode`.
    pub fn role_code(mut self, value: impl Into<String>) -> Self {
        self.role_code = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AmdpEmpRoleDataPushRequestParam { "deptId" => optional(dept_id), "isDelete" =>
    optional(is_delete), "roleCode" => optional(role_code), "userId" => optional(user_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AmdpEmpRoleDataPushRequestParam { "deptId" => read_field(dept_id), "isDelete" =>
    read_field(is_delete), "roleCode" => read_field(role_code), "userId" =>
    read_field(user_id) }
}
/// `AmdpEmpRoleDataPushResponseBody`, a model several operations share: also named [`AmdpEmployeeDataPushResponseBody`], [`AmdpJobPositionDataPushResponseBody`], [`AmdpOrganizationDataPushResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AmdpEmpRoleDataPushResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `status`.
    pub status: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AmdpEmpRoleDataPushResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result), "status" => read_field(status), "success" => read_field(success)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AmdpEmpRoleDataPushResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result), "status" => optional(status), "success" => optional(success) }
}
/// `AmdpEmployeeDataPushRequestParam`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AmdpEmployeeDataPushRequestParam {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `isDelete`.
    pub is_delete: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `workNo`.
    pub work_no: Option<String>,
}
impl AmdpEmployeeDataPushRequestParam {
    /// An empty `AmdpEmployeeDataPushRequestParam`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `avatar`.
    pub fn avatar(mut self, value: impl Into<String>) -> Self {
        self.avatar = Some(value.into());
        self
    }
    /// Sets `isDelete`.
    pub fn is_delete(mut self, value: impl Into<String>) -> Self {
        self.is_delete = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `workNo`.
    pub fn work_no(mut self, value: impl Into<String>) -> Self {
        self.work_no = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AmdpEmployeeDataPushRequestParam { "avatar" => optional(avatar), "isDelete" =>
    optional(is_delete), "name" => optional(name), "unionId" => optional(union_id),
    "userId" => optional(user_id), "workNo" => optional(work_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AmdpEmployeeDataPushRequestParam { "avatar" => read_field(avatar), "isDelete" =>
    read_field(is_delete), "name" => read_field(name), "unionId" => read_field(union_id),
    "userId" => read_field(user_id), "workNo" => read_field(work_no) }
}
/// `AmdpEmployeeDataPushResponseBody`: the same model as [`AmdpEmpRoleDataPushResponseBody`].
pub type AmdpEmployeeDataPushResponseBody = AmdpEmpRoleDataPushResponseBody;
/// `AmdpJobPositionDataPushRequestParam`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AmdpJobPositionDataPushRequestParam {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `deptLeader`.
    pub dept_leader: Option<String>,
    /// `isDelete`.
    pub is_delete: Option<String>,
    /// `leaderDeptId`.
    pub leader_dept_id: Option<String>,
    /// `orderNumber`.
    pub order_number: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl AmdpJobPositionDataPushRequestParam {
    /// An empty `AmdpJobPositionDataPushRequestParam`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: impl Into<String>) -> Self {
        self.dept_id = Some(value.into());
        self
    }
    /// Sets `deptLeader`.
    pub fn dept_leader(mut self, value: impl Into<String>) -> Self {
        self.dept_leader = Some(value.into());
        self
    }
    /// Sets `isDelete`.
    pub fn is_delete(mut self, value: impl Into<String>) -> Self {
        self.is_delete = Some(value.into());
        self
    }
    /// Sets `leaderDeptId`.
    pub fn leader_dept_id(mut self, value: impl Into<String>) -> Self {
        self.leader_dept_id = Some(value.into());
        self
    }
    /// Sets `orderNumber`.
    pub fn order_number(mut self, value: impl Into<String>) -> Self {
        self.order_number = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AmdpJobPositionDataPushRequestParam { "deptId" => optional(dept_id), "deptLeader" =>
    optional(dept_leader), "isDelete" => optional(is_delete), "leaderDeptId" =>
    optional(leader_dept_id), "orderNumber" => optional(order_number), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AmdpJobPositionDataPushRequestParam { "deptId" => read_field(dept_id), "deptLeader"
    => read_field(dept_leader), "isDelete" => read_field(is_delete), "leaderDeptId" =>
    read_field(leader_dept_id), "orderNumber" => read_field(order_number), "userId" =>
    read_field(user_id) }
}
/// `AmdpJobPositionDataPushResponseBody`: the same model as [`AmdpEmpRoleDataPushResponseBody`].
pub type AmdpJobPositionDataPushResponseBody = AmdpEmpRoleDataPushResponseBody;
/// `AmdpOrganizationDataPushRequestParam`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AmdpOrganizationDataPushRequestParam {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `deptManagerIdList`.
    pub dept_manager_id_list: Option<Vec<String>>,
    /// `dingTalkDeptId`.
    pub ding_talk_dept_id: Option<String>,
    /// `dingTalkParentId`.
    pub ding_talk_parent_id: Option<String>,
    /// `isDelete`.
    pub is_delete: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
}
impl AmdpOrganizationDataPushRequestParam {
    /// An empty `AmdpOrganizationDataPushRequestParam`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: impl Into<String>) -> Self {
        self.dept_id = Some(value.into());
        self
    }
    /// Sets `deptManagerIdList`.
    pub fn dept_manager_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.dept_manager_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `dingTalkDeptId`.
    pub fn ding_talk_dept_id(mut self, value: impl Into<String>) -> Self {
        self.ding_talk_dept_id = Some(value.into());
        self
    }
    /// Sets `dingTalkParentId`.
    pub fn ding_talk_parent_id(mut self, value: impl Into<String>) -> Self {
        self.ding_talk_parent_id = Some(value.into());
        self
    }
    /// Sets `isDelete`.
    pub fn is_delete(mut self, value: impl Into<String>) -> Self {
        self.is_delete = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `parentId`.
    pub fn parent_id(mut self, value: impl Into<String>) -> Self {
        self.parent_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AmdpOrganizationDataPushRequestParam { "deptId" => optional(dept_id),
    "deptManagerIdList" => optional(dept_manager_id_list), "dingTalkDeptId" =>
    optional(ding_talk_dept_id), "dingTalkParentId" => optional(ding_talk_parent_id),
    "isDelete" => optional(is_delete), "name" => optional(name), "parentId" =>
    optional(parent_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AmdpOrganizationDataPushRequestParam { "deptId" => read_field(dept_id),
    "deptManagerIdList" => read_field(dept_manager_id_list), "dingTalkDeptId" =>
    read_field(ding_talk_dept_id), "dingTalkParentId" => read_field(ding_talk_parent_id),
    "isDelete" => read_field(is_delete), "name" => read_field(name), "parentId" =>
    read_field(parent_id) }
}
/// `AmdpOrganizationDataPushResponseBody`: the same model as [`AmdpEmpRoleDataPushResponseBody`].
pub type AmdpOrganizationDataPushResponseBody = AmdpEmpRoleDataPushResponseBody;
/// The request of [`Api::amdp_emp_role_data_push`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AmdpEmpRoleDataPushRequest {
    /// `param`.
    pub param: Option<Vec<AmdpEmpRoleDataPushRequestParam>>,
}
impl AmdpEmpRoleDataPushRequest {
    /// An empty `AmdpEmpRoleDataPushRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `param`.
    pub fn param(
        mut self,
        value: impl IntoIterator<Item = AmdpEmpRoleDataPushRequestParam>,
    ) -> Self {
        self.param = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    AmdpEmpRoleDataPushRequest { "param" => optional(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AmdpEmpRoleDataPushRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for AmdpEmpRoleDataPushRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::amdp_employee_data_push`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AmdpEmployeeDataPushRequest {
    /// `param`.
    pub param: Option<Vec<AmdpEmployeeDataPushRequestParam>>,
}
impl AmdpEmployeeDataPushRequest {
    /// An empty `AmdpEmployeeDataPushRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `param`.
    pub fn param(
        mut self,
        value: impl IntoIterator<Item = AmdpEmployeeDataPushRequestParam>,
    ) -> Self {
        self.param = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    AmdpEmployeeDataPushRequest { "param" => optional(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AmdpEmployeeDataPushRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for AmdpEmployeeDataPushRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::amdp_job_position_data_push`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AmdpJobPositionDataPushRequest {
    /// `param`.
    pub param: Option<Vec<AmdpJobPositionDataPushRequestParam>>,
}
impl AmdpJobPositionDataPushRequest {
    /// An empty `AmdpJobPositionDataPushRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `param`.
    pub fn param(
        mut self,
        value: impl IntoIterator<Item = AmdpJobPositionDataPushRequestParam>,
    ) -> Self {
        self.param = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    AmdpJobPositionDataPushRequest { "param" => optional(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AmdpJobPositionDataPushRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for AmdpJobPositionDataPushRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::amdp_organization_data_push`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AmdpOrganizationDataPushRequest {
    /// `param`.
    pub param: Option<Vec<AmdpOrganizationDataPushRequestParam>>,
}
impl AmdpOrganizationDataPushRequest {
    /// An empty `AmdpOrganizationDataPushRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `param`.
    pub fn param(
        mut self,
        value: impl IntoIterator<Item = AmdpOrganizationDataPushRequestParam>,
    ) -> Self {
        self.param = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    AmdpOrganizationDataPushRequest { "param" => optional(param) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AmdpOrganizationDataPushRequest { "param" => read_field(param) }
}
impl rt::WriteRequest for AmdpOrganizationDataPushRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::amdp_emp_role_data_push`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AmdpEmpRoleDataPushError = rt::ServiceError;
/// An error reply of [`Api::amdp_employee_data_push`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AmdpEmployeeDataPushError = rt::ServiceError;
/// An error reply of [`Api::amdp_job_position_data_push`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AmdpJobPositionDataPushError = rt::ServiceError;
/// An error reply of [`Api::amdp_organization_data_push`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AmdpOrganizationDataPushError = rt::ServiceError;
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
        "AmdpEmpRoleDataPush" => {
            rt::conformance::reply(api.amdp_emp_role_data_push(&inputs.request(true)?))
                .await
        }
        "AmdpEmployeeDataPush" => {
            rt::conformance::reply(api.amdp_employee_data_push(&inputs.request(true)?))
                .await
        }
        "AmdpJobPositionDataPush" => {
            rt::conformance::reply(
                    api.amdp_job_position_data_push(&inputs.request(true)?),
                )
                .await
        }
        "AmdpOrganizationDataPush" => {
            rt::conformance::reply(
                    api.amdp_organization_data_push(&inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
