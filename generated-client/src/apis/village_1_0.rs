// @generated from api-spec/village_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.village_1_0()`. Generated from `api-spec/village_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `village_1_0`. Get it with `client.village_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 获取部门详情
    ///
    /// `GET /v1.0/village/deptartments/{department_id}` (operation `GetDept`).
    ///
    /// # Path parameters
    ///
    /// - `department_id` (`department_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDeptError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_dept(
        &self,
        department_id: &str,
        request: &GetDeptRequest,
    ) -> rt::Call<GetDeptResponseBody, GetDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDept",
            rt::Method::Get,
            "/v1.0/village/deptartments/{department_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 居民通讯录获取部门信息
    ///
    /// `GET /v1.0/village/residentDepartments/departments/{department_id}` (operation `GetResidentDept`).
    ///
    /// # Path parameters
    ///
    /// - `department_id` (`department_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetResidentDeptError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_resident_dept(
        &self,
        department_id: &str,
        request: &GetResidentDeptRequest,
    ) -> rt::Call<GetResidentDeptResponseBody, GetResidentDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetResidentDept",
            rt::Method::Get,
            "/v1.0/village/residentDepartments/departments/{department_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 居民通讯录获取部门下某个人的详细信息
    ///
    /// `GET /v1.0/village/residentDepartments/{department_id}/users/{user_id}` (operation `GetResidentUserInfo`).
    ///
    /// # Path parameters
    ///
    /// - `department_id` (`department_id`)
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetResidentUserInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_resident_user_info(
        &self,
        department_id: &str,
        user_id: &str,
        request: &GetResidentUserInfoRequest,
    ) -> rt::Call<GetResidentUserInfoResponseBody, GetResidentUserInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetResidentUserInfo",
            rt::Method::Get,
            "/v1.0/village/residentDepartments/{department_id}/users/{user_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id, user_id], request)
    }
    /// 查询用户详情
    ///
    /// `GET /v1.0/village/users/getByUserId` (operation `GetUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user(
        &self,
        request: &GetUserRequest,
    ) -> rt::Call<GetUserResponseBody, GetUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUser",
            rt::Method::Get,
            "/v1.0/village/users/getByUserId",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据unionId查询用户详情
    ///
    /// `GET /v1.0/village/users/getByUnionId` (operation `GetUserByUnionId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserByUnionIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_by_union_id(
        &self,
        request: &GetUserByUnionIdRequest,
    ) -> rt::Call<GetUserByUnionIdResponseBody, GetUserByUnionIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserByUnionId",
            rt::Method::Get,
            "/v1.0/village/users/getByUnionId",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取对外开放的企业信息
    ///
    /// `GET /v1.0/village/corps/{sub_corp_id}` (operation `GetVillageOrgInfo`).
    ///
    /// # Path parameters
    ///
    /// - `sub_corp_id` (`sub_corp_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetVillageOrgInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_village_org_info(
        &self,
        sub_corp_id: &str,
    ) -> rt::Call<GetVillageOrgInfoResponseBody, GetVillageOrgInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetVillageOrgInfo",
            rt::Method::Get,
            "/v1.0/village/corps/{sub_corp_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[sub_corp_id], &())
    }
    /// 查询部门下简略用户列表
    ///
    /// `GET /v1.0/village/departments/{department_id}/simpleUsers` (operation `ListDeptSimpleUsers`).
    ///
    /// # Path parameters
    ///
    /// - `department_id` (`department_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListDeptSimpleUsersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_dept_simple_users(
        &self,
        department_id: &str,
        request: &ListDeptSimpleUsersRequest,
    ) -> rt::Call<ListDeptSimpleUsersResponseBody, ListDeptSimpleUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDeptSimpleUsers",
            rt::Method::Get,
            "/v1.0/village/departments/{department_id}/simpleUsers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 查询部门下userid列表
    ///
    /// `GET /v1.0/village/departments/{department_id}/userIds` (operation `ListDeptUserIds`).
    ///
    /// # Path parameters
    ///
    /// - `department_id` (`department_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListDeptUserIdsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_dept_user_ids(
        &self,
        department_id: &str,
        request: &ListDeptUserIdsRequest,
    ) -> rt::Call<ListDeptUserIdsResponseBody, ListDeptUserIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDeptUserIds",
            rt::Method::Get,
            "/v1.0/village/departments/{department_id}/userIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 查询部门下user完整信息
    ///
    /// `GET /v1.0/village/departments/{department_id}/users` (operation `ListDeptUsers`).
    ///
    /// # Path parameters
    ///
    /// - `department_id` (`department_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListDeptUsersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_dept_users(
        &self,
        department_id: &str,
        request: &ListDeptUsersRequest,
    ) -> rt::Call<ListDeptUsersResponseBody, ListDeptUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDeptUsers",
            rt::Method::Get,
            "/v1.0/village/departments/{department_id}/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 查询部门所有父部门列表
    ///
    /// `GET /v1.0/village/departments/listParentByDepartment` (operation `ListParentByDept`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListParentByDeptError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_parent_by_dept(
        &self,
        request: &ListParentByDeptRequest,
    ) -> rt::Call<ListParentByDeptResponseBody, ListParentByDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListParentByDept",
            rt::Method::Get,
            "/v1.0/village/departments/listParentByDepartment",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户所有父部门列表
    ///
    /// `GET /v1.0/village/departments/listParentByUser` (operation `ListParentByUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListParentByUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_parent_by_user(
        &self,
        request: &ListParentByUserRequest,
    ) -> rt::Call<ListParentByUserResponseBody, ListParentByUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListParentByUser",
            rt::Method::Get,
            "/v1.0/village/departments/listParentByUser",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 居民通讯录获取部门下人员信息
    ///
    /// `GET /v1.0/village/residentDepartments/{department_id}/users` (operation `ListResidentDeptUsers`).
    ///
    /// # Path parameters
    ///
    /// - `department_id` (`department_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListResidentDeptUsersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_resident_dept_users(
        &self,
        department_id: &str,
        request: &ListResidentDeptUsersRequest,
    ) -> rt::Call<ListResidentDeptUsersResponseBody, ListResidentDeptUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListResidentDeptUsers",
            rt::Method::Get,
            "/v1.0/village/residentDepartments/{department_id}/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 居民通讯录获取子部门列表
    ///
    /// `GET /v1.0/village/residentDepartments/{department_id}/subDepartments` (operation `ListResidentSubDepts`).
    ///
    /// # Path parameters
    ///
    /// - `department_id` (`department_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListResidentSubDeptsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_resident_sub_depts(
        &self,
        department_id: &str,
        request: &ListResidentSubDeptsRequest,
    ) -> rt::Call<ListResidentSubDeptsResponseBody, ListResidentSubDeptsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListResidentSubDepts",
            rt::Method::Get,
            "/v1.0/village/residentDepartments/{department_id}/subDepartments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 居民通讯录批量获取用户详细信息
    ///
    /// `GET /v1.0/village/residentUsers/getByUserIds` (operation `ListResidentUserInfos`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListResidentUserInfosError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_resident_user_infos(
        &self,
        request: &ListResidentUserInfosRequest,
    ) -> rt::Call<ListResidentUserInfosResponseBody, ListResidentUserInfosError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListResidentUserInfos",
            rt::Method::Get,
            "/v1.0/village/residentUsers/getByUserIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据角色获取用户列表
    ///
    /// `GET /v1.0/village/users/listByRole` (operation `ListSimpleUsersByRole`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSimpleUsersByRoleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_simple_users_by_role(
        &self,
        request: &ListSimpleUsersByRoleRequest,
    ) -> rt::Call<ListSimpleUsersByRoleResponseBody, ListSimpleUsersByRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSimpleUsersByRole",
            rt::Method::Get,
            "/v1.0/village/users/listByRole",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取下级指定区域层级组织
    ///
    /// `POST /v1.0/village/corps/subCorps` (operation `ListSubCorps`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSubCorpsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_sub_corps(
        &self,
        request: &ListSubCorpsRequest,
    ) -> rt::Call<ListSubCorpsResponseBody, ListSubCorpsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSubCorps",
            rt::Method::Post,
            "/v1.0/village/corps/subCorps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询子部门列表
    ///
    /// `GET /v1.0/village/departments/{department_id}/subDepartments` (operation `ListSubDept`).
    ///
    /// # Path parameters
    ///
    /// - `department_id` (`department_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSubDeptError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_sub_dept(
        &self,
        department_id: &str,
        request: &ListSubDeptRequest,
    ) -> rt::Call<ListSubDeptResponseBody, ListSubDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSubDept",
            rt::Method::Get,
            "/v1.0/village/departments/{department_id}/subDepartments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 查询部门下的子部门ID列表，不会递归查询，只包含ID
    ///
    /// `GET /v1.0/village/departments/{department_id}/subDepartmentIds` (operation `ListSubDeptIds`).
    ///
    /// # Path parameters
    ///
    /// - `department_id` (`department_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSubDeptIdsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_sub_dept_ids(
        &self,
        department_id: &str,
        request: &ListSubDeptIdsRequest,
    ) -> rt::Call<ListSubDeptIdsResponseBody, ListSubDeptIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSubDeptIds",
            rt::Method::Get,
            "/v1.0/village/departments/{department_id}/subDepartmentIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// Every page of [`Api::list_dept_simple_users`]: the call again with `cursor` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `userList` of each page.
    pub fn list_dept_simple_users_pages(
        &self,
        department_id: &str,
        request: &ListDeptSimpleUsersRequest,
    ) -> rt::Paginator<
        ListDeptSimpleUsersResponseBody,
        ListDeptSimpleUsersError,
        ListDeptSimpleUsersResponseBodyUserList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            true,
            true,
            &["nextCursor"],
            &["hasMore"],
            &["userList"],
        );
        rt::Paginator::new(self.list_dept_simple_users(department_id, request), &PAGING)
    }
    /// Every page of [`Api::list_dept_users`]: the call again with `cursor` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `userList` of each page.
    pub fn list_dept_users_pages(
        &self,
        department_id: &str,
        request: &ListDeptUsersRequest,
    ) -> rt::Paginator<
        ListDeptUsersResponseBody,
        ListDeptUsersError,
        ListDeptUsersResponseBodyUserList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            true,
            true,
            &["nextCursor"],
            &["hasMore"],
            &["userList"],
        );
        rt::Paginator::new(self.list_dept_users(department_id, request), &PAGING)
    }
    /// Every page of [`Api::list_resident_dept_users`]: the call again with `cursor` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `userList` of each page.
    pub fn list_resident_dept_users_pages(
        &self,
        department_id: &str,
        request: &ListResidentDeptUsersRequest,
    ) -> rt::Paginator<
        ListResidentDeptUsersResponseBody,
        ListResidentDeptUsersError,
        ListResidentDeptUsersResponseBodyUserList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            true,
            true,
            &["nextCursor"],
            &["hasMore"],
            &["userList"],
        );
        rt::Paginator::new(
            self.list_resident_dept_users(department_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::list_resident_sub_depts`]: the call again with `cursor` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `departmentList` of each page.
    pub fn list_resident_sub_depts_pages(
        &self,
        department_id: &str,
        request: &ListResidentSubDeptsRequest,
    ) -> rt::Paginator<
        ListResidentSubDeptsResponseBody,
        ListResidentSubDeptsError,
        ListResidentSubDeptsResponseBodyDepartmentList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            true,
            true,
            &["nextCursor"],
            &["hasMore"],
            &["departmentList"],
        );
        rt::Paginator::new(self.list_resident_sub_depts(department_id, request), &PAGING)
    }
}
/// `GetDeptResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDeptResponseBody {
    /// `departmentId`.
    pub department_id: Option<i64>,
    /// `departmentName`.
    pub department_name: Option<String>,
    /// `fromUnionOrg`.
    pub from_union_org: Option<bool>,
    /// `order`.
    pub order: Option<i64>,
    /// `parentDepartmentId`.
    pub parent_department_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDeptResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDeptResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "fromUnionOrg" => rt::read_field(map, &mut self.from_union_org),
            "order" => rt::read_field(map, &mut self.order),
            "parentDepartmentId" => rt::read_field(map, &mut self.parent_department_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDeptResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("departmentName", &self.department_name)?;
        object.optional("fromUnionOrg", &self.from_union_org)?;
        object.optional("order", &self.order)?;
        object.optional("parentDepartmentId", &self.parent_department_id)?;
        object.end()
    }
}
/// `GetResidentDeptResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetResidentDeptResponseBody {
    /// `contactType`.
    pub contact_type: Option<String>,
    /// `departmentId`.
    pub department_id: Option<i64>,
    /// `departmentName`.
    pub department_name: Option<String>,
    /// `deptType`.
    pub dept_type: Option<String>,
    /// `feature`.
    pub feature: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetResidentDeptResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetResidentDeptResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contactType" => rt::read_field(map, &mut self.contact_type),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "deptType" => rt::read_field(map, &mut self.dept_type),
            "feature" => rt::read_field(map, &mut self.feature),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetResidentDeptResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contactType", &self.contact_type)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("departmentName", &self.department_name)?;
        object.optional("deptType", &self.dept_type)?;
        object.optional("feature", &self.feature)?;
        object.end()
    }
}
/// `GetResidentUserInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetResidentUserInfoResponseBody {
    /// `feature`.
    pub feature: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `roles`.
    pub roles: Option<Vec<GetResidentUserInfoResponseBodyRoles>>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userid`.
    pub userid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetResidentUserInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetResidentUserInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "feature" => rt::read_field(map, &mut self.feature),
            "name" => rt::read_field(map, &mut self.name),
            "roles" => rt::read_field(map, &mut self.roles),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userid" => rt::read_field(map, &mut self.userid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetResidentUserInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("feature", &self.feature)?;
        object.optional("name", &self.name)?;
        object.optional("roles", &self.roles)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userid", &self.userid)?;
        object.end()
    }
}
/// `GetUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserResponseBody {
    /// `active`.
    pub active: Option<bool>,
    /// `admin`.
    pub admin: Option<bool>,
    /// `boss`.
    pub boss: Option<bool>,
    /// `departmentIdList`.
    pub department_id_list: Option<Vec<i64>>,
    /// `departmentOrderSet`.
    pub department_order_set: Option<Vec<GetUserResponseBodyDepartmentOrderSet>>,
    /// `exclusiveAccount`.
    pub exclusive_account: Option<bool>,
    /// `exclusiveAccountType`.
    pub exclusive_account_type: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `hiredDate`.
    pub hired_date: Option<i64>,
    /// `jobNumber`.
    pub job_number: Option<String>,
    /// `leaderInDepartment`.
    pub leader_in_department: Option<Vec<GetUserResponseBodyLeaderInDepartment>>,
    /// `managerUserId`.
    pub manager_user_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `realAuthed`.
    pub real_authed: Option<bool>,
    /// `remark`.
    pub remark: Option<String>,
    /// `roleList`.
    pub role_list: Option<Vec<GetUserResponseBodyRoleList>>,
    /// `senior`.
    pub senior: Option<bool>,
    /// `title`.
    pub title: Option<String>,
    /// `unionEmpExt`.
    pub union_emp_ext: Option<GetUserResponseBodyUnionEmpExt>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `workPlace`.
    pub work_place: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            "admin" => rt::read_field(map, &mut self.admin),
            "boss" => rt::read_field(map, &mut self.boss),
            "departmentIdList" => rt::read_field(map, &mut self.department_id_list),
            "departmentOrderSet" => rt::read_field(map, &mut self.department_order_set),
            "exclusiveAccount" => rt::read_field(map, &mut self.exclusive_account),
            "exclusiveAccountType" => {
                rt::read_field(map, &mut self.exclusive_account_type)
            }
            "extension" => rt::read_field(map, &mut self.extension),
            "hiredDate" => rt::read_field(map, &mut self.hired_date),
            "jobNumber" => rt::read_field(map, &mut self.job_number),
            "leaderInDepartment" => rt::read_field(map, &mut self.leader_in_department),
            "managerUserId" => rt::read_field(map, &mut self.manager_user_id),
            "name" => rt::read_field(map, &mut self.name),
            "realAuthed" => rt::read_field(map, &mut self.real_authed),
            "remark" => rt::read_field(map, &mut self.remark),
            "roleList" => rt::read_field(map, &mut self.role_list),
            "senior" => rt::read_field(map, &mut self.senior),
            "title" => rt::read_field(map, &mut self.title),
            "unionEmpExt" => rt::read_field(map, &mut self.union_emp_ext),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "workPlace" => rt::read_field(map, &mut self.work_place),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.optional("admin", &self.admin)?;
        object.optional("boss", &self.boss)?;
        object.optional("departmentIdList", &self.department_id_list)?;
        object.optional("departmentOrderSet", &self.department_order_set)?;
        object.optional("exclusiveAccount", &self.exclusive_account)?;
        object.optional("exclusiveAccountType", &self.exclusive_account_type)?;
        object.optional("extension", &self.extension)?;
        object.optional("hiredDate", &self.hired_date)?;
        object.optional("jobNumber", &self.job_number)?;
        object.optional("leaderInDepartment", &self.leader_in_department)?;
        object.optional("managerUserId", &self.manager_user_id)?;
        object.optional("name", &self.name)?;
        object.optional("realAuthed", &self.real_authed)?;
        object.optional("remark", &self.remark)?;
        object.optional("roleList", &self.role_list)?;
        object.optional("senior", &self.senior)?;
        object.optional("title", &self.title)?;
        object.optional("unionEmpExt", &self.union_emp_ext)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.optional("workPlace", &self.work_place)?;
        object.end()
    }
}
/// `GetUserByUnionIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserByUnionIdResponseBody {
    /// `contactType`.
    pub contact_type: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserByUnionIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserByUnionIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contactType" => rt::read_field(map, &mut self.contact_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserByUnionIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contactType", &self.contact_type)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetVillageOrgInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetVillageOrgInfoResponseBody {
    /// `regionId`.
    pub region_id: Option<String>,
    /// `regionLocation`.
    pub region_location: Option<String>,
    /// `regionType`.
    pub region_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetVillageOrgInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetVillageOrgInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "regionId" => rt::read_field(map, &mut self.region_id),
            "regionLocation" => rt::read_field(map, &mut self.region_location),
            "regionType" => rt::read_field(map, &mut self.region_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetVillageOrgInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("regionId", &self.region_id)?;
        object.optional("regionLocation", &self.region_location)?;
        object.optional("regionType", &self.region_type)?;
        object.end()
    }
}
/// `ListDeptSimpleUsersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDeptSimpleUsersResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
    /// `userList`.
    pub user_list: Option<Vec<ListDeptSimpleUsersResponseBodyUserList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListDeptSimpleUsersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListDeptSimpleUsersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListDeptSimpleUsersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("totalCount", &self.total_count)?;
        object.optional("userList", &self.user_list)?;
        object.end()
    }
}
/// `ListDeptUserIdsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDeptUserIdsResponseBody {
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListDeptUserIdsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListDeptUserIdsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListDeptUserIdsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.end()
    }
}
/// `ListDeptUsersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDeptUsersResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `userList`.
    pub user_list: Option<Vec<ListDeptUsersResponseBodyUserList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListDeptUsersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListDeptUsersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListDeptUsersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("userList", &self.user_list)?;
        object.end()
    }
}
/// `ListParentByDeptResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListParentByDeptResponseBody {
    /// `departmentIdList`.
    pub department_id_list: Option<Vec<i64>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListParentByDeptResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListParentByDeptResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentIdList" => rt::read_field(map, &mut self.department_id_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListParentByDeptResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("departmentIdList", &self.department_id_list)?;
        object.end()
    }
}
/// `ListParentByUserResponseBody`: the same model as [`ListParentByDeptResponseBody`].
pub type ListParentByUserResponseBody = ListParentByDeptResponseBody;
/// `ListResidentDeptUsersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListResidentDeptUsersResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `userList`.
    pub user_list: Option<Vec<ListResidentDeptUsersResponseBodyUserList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListResidentDeptUsersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListResidentDeptUsersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListResidentDeptUsersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("userList", &self.user_list)?;
        object.end()
    }
}
/// `ListResidentSubDeptsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListResidentSubDeptsResponseBody {
    /// `departmentList`.
    pub department_list: Option<Vec<ListResidentSubDeptsResponseBodyDepartmentList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListResidentSubDeptsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListResidentSubDeptsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentList" => rt::read_field(map, &mut self.department_list),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListResidentSubDeptsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("departmentList", &self.department_list)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `ListResidentUserInfosResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListResidentUserInfosResponseBody {
    /// `userList`.
    pub user_list: Option<Vec<ListResidentUserInfosResponseBodyUserList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListResidentUserInfosResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListResidentUserInfosResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListResidentUserInfosResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userList", &self.user_list)?;
        object.end()
    }
}
/// `ListSimpleUsersByRoleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSimpleUsersByRoleResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `userList`.
    pub user_list: Option<Vec<ListSimpleUsersByRoleResponseBodyUserList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSimpleUsersByRoleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSimpleUsersByRoleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSimpleUsersByRoleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("userList", &self.user_list)?;
        object.end()
    }
}
/// `ListSubCorpsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSubCorpsResponseBody {
    /// `corpList`.
    pub corp_list: Option<Vec<ListSubCorpsResponseBodyCorpList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSubCorpsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSubCorpsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpList" => rt::read_field(map, &mut self.corp_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSubCorpsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpList", &self.corp_list)?;
        object.end()
    }
}
/// `ListSubDeptResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSubDeptResponseBody {
    /// `result`.
    pub result: Option<Vec<ListSubDeptResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSubDeptResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSubDeptResponseBody {
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
impl rt::serde::Serialize for ListSubDeptResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListSubDeptIdsResponseBody`: the same model as [`ListParentByDeptResponseBody`].
pub type ListSubDeptIdsResponseBody = ListParentByDeptResponseBody;
/// `GetResidentUserInfoResponseBodyRoles`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetResidentUserInfoResponseBodyRoles {
    /// `roleId`.
    pub role_id: Option<i64>,
    /// `roleName`.
    pub role_name: Option<String>,
    /// `tagCode`.
    pub tag_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetResidentUserInfoResponseBodyRoles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetResidentUserInfoResponseBodyRoles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleId" => rt::read_field(map, &mut self.role_id),
            "roleName" => rt::read_field(map, &mut self.role_name),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetResidentUserInfoResponseBodyRoles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roleId", &self.role_id)?;
        object.optional("roleName", &self.role_name)?;
        object.optional("tagCode", &self.tag_code)?;
        object.end()
    }
}
/// `GetUserResponseBodyDepartmentOrderSet`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserResponseBodyDepartmentOrderSet {
    /// `departmentId`.
    pub department_id: Option<i64>,
    /// `order`.
    pub order: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserResponseBodyDepartmentOrderSet {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserResponseBodyDepartmentOrderSet {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "order" => rt::read_field(map, &mut self.order),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserResponseBodyDepartmentOrderSet {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("order", &self.order)?;
        object.end()
    }
}
/// `GetUserResponseBodyLeaderInDepartment`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserResponseBodyLeaderInDepartment {
    /// `departmentId`.
    pub department_id: Option<i64>,
    /// `leader`.
    pub leader: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserResponseBodyLeaderInDepartment {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserResponseBodyLeaderInDepartment {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "leader" => rt::read_field(map, &mut self.leader),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserResponseBodyLeaderInDepartment {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("leader", &self.leader)?;
        object.end()
    }
}
/// `GetUserResponseBodyRoleList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserResponseBodyRoleList {
    /// `groupName`.
    pub group_name: Option<String>,
    /// `roleId`.
    pub role_id: Option<i64>,
    /// `roleName`.
    pub role_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserResponseBodyRoleList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserResponseBodyRoleList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupName" => rt::read_field(map, &mut self.group_name),
            "roleId" => rt::read_field(map, &mut self.role_id),
            "roleName" => rt::read_field(map, &mut self.role_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserResponseBodyRoleList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("roleId", &self.role_id)?;
        object.optional("roleName", &self.role_name)?;
        object.end()
    }
}
/// `GetUserResponseBodyUnionEmpExt`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserResponseBodyUnionEmpExt {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `staffId`.
    pub staff_id: Option<String>,
    /// `unionEmpMapList`.
    pub union_emp_map_list: Option<Vec<GetUserResponseBodyUnionEmpExtUnionEmpMapList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserResponseBodyUnionEmpExt {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserResponseBodyUnionEmpExt {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            "unionEmpMapList" => rt::read_field(map, &mut self.union_emp_map_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserResponseBodyUnionEmpExt {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("staffId", &self.staff_id)?;
        object.optional("unionEmpMapList", &self.union_emp_map_list)?;
        object.end()
    }
}
/// `ListDeptSimpleUsersResponseBodyUserList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDeptSimpleUsersResponseBodyUserList {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListDeptSimpleUsersResponseBodyUserList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListDeptSimpleUsersResponseBodyUserList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListDeptSimpleUsersResponseBodyUserList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ListDeptUsersResponseBodyUserList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDeptUsersResponseBodyUserList {
    /// `active`.
    pub active: Option<bool>,
    /// `departmentList`.
    pub department_list: Option<Vec<i64>>,
    /// `jobNumber`.
    pub job_number: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListDeptUsersResponseBodyUserList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListDeptUsersResponseBodyUserList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            "departmentList" => rt::read_field(map, &mut self.department_list),
            "jobNumber" => rt::read_field(map, &mut self.job_number),
            "name" => rt::read_field(map, &mut self.name),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListDeptUsersResponseBodyUserList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.optional("departmentList", &self.department_list)?;
        object.optional("jobNumber", &self.job_number)?;
        object.optional("name", &self.name)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ListResidentDeptUsersResponseBodyUserList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListResidentDeptUsersResponseBodyUserList {
    /// `feature`.
    pub feature: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `roles`.
    pub roles: Option<Vec<ListResidentDeptUsersResponseBodyUserListRoles>>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListResidentDeptUsersResponseBodyUserList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListResidentDeptUsersResponseBodyUserList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "feature" => rt::read_field(map, &mut self.feature),
            "name" => rt::read_field(map, &mut self.name),
            "roles" => rt::read_field(map, &mut self.roles),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListResidentDeptUsersResponseBodyUserList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("feature", &self.feature)?;
        object.optional("name", &self.name)?;
        object.optional("roles", &self.roles)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ListResidentSubDeptsResponseBodyDepartmentList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListResidentSubDeptsResponseBodyDepartmentList {
    /// `departmentId`.
    pub department_id: Option<i64>,
    /// `departmentName`.
    pub department_name: Option<String>,
    /// `superDepartmentId`.
    pub super_department_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListResidentSubDeptsResponseBodyDepartmentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListResidentSubDeptsResponseBodyDepartmentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "departmentName" => rt::read_field(map, &mut self.department_name),
            "superDepartmentId" => rt::read_field(map, &mut self.super_department_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListResidentSubDeptsResponseBodyDepartmentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("departmentName", &self.department_name)?;
        object.optional("superDepartmentId", &self.super_department_id)?;
        object.end()
    }
}
/// `ListResidentUserInfosResponseBodyUserList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListResidentUserInfosResponseBodyUserList {
    /// `feature`.
    pub feature: Option<String>,
    /// `roles`.
    pub roles: Option<Vec<ListResidentUserInfosResponseBodyUserListRoles>>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListResidentUserInfosResponseBodyUserList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListResidentUserInfosResponseBodyUserList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "feature" => rt::read_field(map, &mut self.feature),
            "roles" => rt::read_field(map, &mut self.roles),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListResidentUserInfosResponseBodyUserList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("feature", &self.feature)?;
        object.optional("roles", &self.roles)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// `ListSimpleUsersByRoleResponseBodyUserList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSimpleUsersByRoleResponseBodyUserList {
    /// `jobNumber`.
    pub job_number: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSimpleUsersByRoleResponseBodyUserList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSimpleUsersByRoleResponseBodyUserList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobNumber" => rt::read_field(map, &mut self.job_number),
            "name" => rt::read_field(map, &mut self.name),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSimpleUsersByRoleResponseBodyUserList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("jobNumber", &self.job_number)?;
        object.optional("name", &self.name)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ListSubCorpsResponseBodyCorpList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSubCorpsResponseBodyCorpList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `corpName`.
    pub corp_name: Option<String>,
    /// `industry`.
    pub industry: Option<String>,
    /// `industryCode`.
    pub industry_code: Option<i64>,
    /// `regionId`.
    pub region_id: Option<String>,
    /// `regionLocation`.
    pub region_location: Option<String>,
    /// `regionType`.
    pub region_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSubCorpsResponseBodyCorpList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSubCorpsResponseBodyCorpList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "corpName" => rt::read_field(map, &mut self.corp_name),
            "industry" => rt::read_field(map, &mut self.industry),
            "industryCode" => rt::read_field(map, &mut self.industry_code),
            "regionId" => rt::read_field(map, &mut self.region_id),
            "regionLocation" => rt::read_field(map, &mut self.region_location),
            "regionType" => rt::read_field(map, &mut self.region_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSubCorpsResponseBodyCorpList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("corpName", &self.corp_name)?;
        object.optional("industry", &self.industry)?;
        object.optional("industryCode", &self.industry_code)?;
        object.optional("regionId", &self.region_id)?;
        object.optional("regionLocation", &self.region_location)?;
        object.optional("regionType", &self.region_type)?;
        object.end()
    }
}
/// `ListSubDeptResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSubDeptResponseBodyResult {
    /// `departmentId`.
    pub department_id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSubDeptResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSubDeptResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSubDeptResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `GetUserResponseBodyUnionEmpExtUnionEmpMapList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserResponseBodyUnionEmpExtUnionEmpMapList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `staffId`.
    pub staff_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserResponseBodyUnionEmpExtUnionEmpMapList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserResponseBodyUnionEmpExtUnionEmpMapList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserResponseBodyUnionEmpExtUnionEmpMapList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("staffId", &self.staff_id)?;
        object.end()
    }
}
/// `ListResidentDeptUsersResponseBodyUserListRoles`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListResidentDeptUsersResponseBodyUserListRoles {
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagId`.
    pub tag_id: Option<i64>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListResidentDeptUsersResponseBodyUserListRoles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListResidentDeptUsersResponseBodyUserListRoles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "tagId" => rt::read_field(map, &mut self.tag_id),
            "tagName" => rt::read_field(map, &mut self.tag_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListResidentDeptUsersResponseBodyUserListRoles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tagCode", &self.tag_code)?;
        object.optional("tagId", &self.tag_id)?;
        object.optional("tagName", &self.tag_name)?;
        object.end()
    }
}
/// `ListResidentUserInfosResponseBodyUserListRoles`: the same model as [`ListResidentDeptUsersResponseBodyUserListRoles`].
pub type ListResidentUserInfosResponseBodyUserListRoles = ListResidentDeptUsersResponseBodyUserListRoles;
/// The request of [`Api::get_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDeptRequest {
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
impl GetDeptRequest {
    /// A `GetDeptRequest` with its required fields (`subCorpId`); set the others with the methods named after them.
    pub fn new(sub_corp_id: impl Into<String>) -> Self {
        Self {
            language: None,
            sub_corp_id: sub_corp_id.into(),
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDeptRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDeptRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "language" => rt::read_field(map, &mut self.language),
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("language", &self.language);
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::get_resident_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetResidentDeptRequest {
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
impl GetResidentDeptRequest {
    /// A `GetResidentDeptRequest` with its required fields (`subCorpId`); set the others with the methods named after them.
    pub fn new(sub_corp_id: impl Into<String>) -> Self {
        Self {
            sub_corp_id: sub_corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetResidentDeptRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetResidentDeptRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetResidentDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::get_resident_user_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetResidentUserInfoRequest {
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
impl GetResidentUserInfoRequest {
    /// A `GetResidentUserInfoRequest` with its required fields (`subCorpId`); set the others with the methods named after them.
    pub fn new(sub_corp_id: impl Into<String>) -> Self {
        Self {
            sub_corp_id: sub_corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetResidentUserInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetResidentUserInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetResidentUserInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::get_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserRequest {
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
impl GetUserRequest {
    /// A `GetUserRequest` with its required fields (`subCorpId`); set the others with the methods named after them.
    pub fn new(sub_corp_id: impl Into<String>) -> Self {
        Self {
            language: None,
            sub_corp_id: sub_corp_id.into(),
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
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
            "language" => rt::read_field(map, &mut self.language),
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("language", &self.language);
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::get_user_by_union_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserByUnionIdRequest {
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetUserByUnionIdRequest {
    /// A `GetUserByUnionIdRequest` with its required fields (`subCorpId`, `unionId`); set the others with the methods named after them.
    pub fn new(sub_corp_id: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            language: None,
            sub_corp_id: sub_corp_id.into(),
            union_id: union_id.into(),
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserByUnionIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserByUnionIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "language" => rt::read_field(map, &mut self.language),
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserByUnionIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("language", &self.language);
        writer.query("subCorpId", &self.sub_corp_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::list_dept_simple_users`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDeptSimpleUsersRequest {
    /// `containAccessLimit`: a query parameter.
    pub contain_access_limit: Option<bool>,
    /// `cursor`: a query parameter.
    pub cursor: Option<i64>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `orderField`: a query parameter.
    pub order_field: Option<String>,
    /// `size`: a query parameter.
    pub size: Option<i64>,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: Option<String>,
}
impl ListDeptSimpleUsersRequest {
    /// An empty `ListDeptSimpleUsersRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `containAccessLimit`.
    pub fn contain_access_limit(mut self, value: bool) -> Self {
        self.contain_access_limit = Some(value);
        self
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `orderField`.
    pub fn order_field(mut self, value: impl Into<String>) -> Self {
        self.order_field = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
    /// Sets `subCorpId`.
    pub fn sub_corp_id(mut self, value: impl Into<String>) -> Self {
        self.sub_corp_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListDeptSimpleUsersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListDeptSimpleUsersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "containAccessLimit" => rt::read_field(map, &mut self.contain_access_limit),
            "cursor" => rt::read_field(map, &mut self.cursor),
            "language" => rt::read_field(map, &mut self.language),
            "orderField" => rt::read_field(map, &mut self.order_field),
            "size" => rt::read_field(map, &mut self.size),
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListDeptSimpleUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("containAccessLimit", &self.contain_access_limit);
        writer.query("cursor", &self.cursor);
        writer.query("language", &self.language);
        writer.query("orderField", &self.order_field);
        writer.query("size", &self.size);
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::list_dept_user_ids`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDeptUserIdsRequest {
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: Option<String>,
}
impl ListDeptUserIdsRequest {
    /// An empty `ListDeptUserIdsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `subCorpId`.
    pub fn sub_corp_id(mut self, value: impl Into<String>) -> Self {
        self.sub_corp_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListDeptUserIdsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListDeptUserIdsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListDeptUserIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::list_dept_users`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDeptUsersRequest {
    /// `containAccessLimit`: a query parameter.
    pub contain_access_limit: Option<bool>,
    /// `cursor`: a query parameter.
    pub cursor: Option<i64>,
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `orderField`: a query parameter.
    pub order_field: Option<String>,
    /// `size`: a query parameter.
    pub size: Option<i64>,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: Option<String>,
}
impl ListDeptUsersRequest {
    /// An empty `ListDeptUsersRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `containAccessLimit`.
    pub fn contain_access_limit(mut self, value: bool) -> Self {
        self.contain_access_limit = Some(value);
        self
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `orderField`.
    pub fn order_field(mut self, value: impl Into<String>) -> Self {
        self.order_field = Some(value.into());
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
    /// Sets `subCorpId`.
    pub fn sub_corp_id(mut self, value: impl Into<String>) -> Self {
        self.sub_corp_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListDeptUsersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListDeptUsersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "containAccessLimit" => rt::read_field(map, &mut self.contain_access_limit),
            "cursor" => rt::read_field(map, &mut self.cursor),
            "language" => rt::read_field(map, &mut self.language),
            "orderField" => rt::read_field(map, &mut self.order_field),
            "size" => rt::read_field(map, &mut self.size),
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListDeptUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("containAccessLimit", &self.contain_access_limit);
        writer.query("cursor", &self.cursor);
        writer.query("language", &self.language);
        writer.query("orderField", &self.order_field);
        writer.query("size", &self.size);
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::list_parent_by_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListParentByDeptRequest {
    /// `departmentId`: a query parameter.
    pub department_id: i64,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
impl ListParentByDeptRequest {
    /// A `ListParentByDeptRequest` with its required fields (`departmentId`, `subCorpId`); set the others with the methods named after them.
    pub fn new(department_id: i64, sub_corp_id: impl Into<String>) -> Self {
        Self {
            department_id,
            sub_corp_id: sub_corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListParentByDeptRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListParentByDeptRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListParentByDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("departmentId", &self.department_id);
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::list_parent_by_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListParentByUserRequest {
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl ListParentByUserRequest {
    /// A `ListParentByUserRequest` with its required fields (`subCorpId`, `userId`); set the others with the methods named after them.
    pub fn new(sub_corp_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            sub_corp_id: sub_corp_id.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListParentByUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListParentByUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListParentByUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("subCorpId", &self.sub_corp_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_resident_dept_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListResidentDeptUsersRequest {
    /// `cursor`: a query parameter.
    pub cursor: Option<i64>,
    /// `role`: a query parameter.
    pub role: Option<String>,
    /// `size`: a query parameter.
    pub size: i64,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
impl ListResidentDeptUsersRequest {
    /// A `ListResidentDeptUsersRequest` with its required fields (`size`, `subCorpId`); set the others with the methods named after them.
    pub fn new(size: i64, sub_corp_id: impl Into<String>) -> Self {
        Self {
            cursor: None,
            role: None,
            size,
            sub_corp_id: sub_corp_id.into(),
        }
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListResidentDeptUsersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListResidentDeptUsersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cursor" => rt::read_field(map, &mut self.cursor),
            "role" => rt::read_field(map, &mut self.role),
            "size" => rt::read_field(map, &mut self.size),
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListResidentDeptUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("cursor", &self.cursor);
        writer.query("role", &self.role);
        writer.query("size", &self.size);
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::list_resident_sub_depts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListResidentSubDeptsRequest {
    /// `cursor`: a query parameter.
    pub cursor: Option<i64>,
    /// `size`: a query parameter.
    pub size: i64,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
impl ListResidentSubDeptsRequest {
    /// A `ListResidentSubDeptsRequest` with its required fields (`size`, `subCorpId`); set the others with the methods named after them.
    pub fn new(size: i64, sub_corp_id: impl Into<String>) -> Self {
        Self {
            cursor: None,
            size,
            sub_corp_id: sub_corp_id.into(),
        }
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListResidentSubDeptsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListResidentSubDeptsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cursor" => rt::read_field(map, &mut self.cursor),
            "size" => rt::read_field(map, &mut self.size),
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListResidentSubDeptsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("cursor", &self.cursor);
        writer.query("size", &self.size);
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::list_resident_user_infos`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListResidentUserInfosRequest {
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
    /// `userIds`: a query parameter, JSON-encoded.
    pub user_ids: Vec<String>,
}
impl ListResidentUserInfosRequest {
    /// A `ListResidentUserInfosRequest` with its required fields (`subCorpId`, `userIds`); set the others with the methods named after them.
    pub fn new(
        sub_corp_id: impl Into<String>,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            sub_corp_id: sub_corp_id.into(),
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListResidentUserInfosRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListResidentUserInfosRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListResidentUserInfosRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("subCorpId", &self.sub_corp_id);
        writer.query_json("userIds", &self.user_ids);
    }
}
/// The request of [`Api::list_simple_users_by_role`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSimpleUsersByRoleRequest {
    /// `offset`: a query parameter.
    pub offset: Option<i64>,
    /// `roleId`: a query parameter.
    pub role_id: Option<i64>,
    /// `size`: a query parameter.
    pub size: Option<i64>,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: Option<String>,
}
impl ListSimpleUsersByRoleRequest {
    /// An empty `ListSimpleUsersByRoleRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `offset`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sets `roleId`.
    pub fn role_id(mut self, value: i64) -> Self {
        self.role_id = Some(value);
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
    /// Sets `subCorpId`.
    pub fn sub_corp_id(mut self, value: impl Into<String>) -> Self {
        self.sub_corp_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListSimpleUsersByRoleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListSimpleUsersByRoleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "offset" => rt::read_field(map, &mut self.offset),
            "roleId" => rt::read_field(map, &mut self.role_id),
            "size" => rt::read_field(map, &mut self.size),
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListSimpleUsersByRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("offset", &self.offset);
        writer.query("roleId", &self.role_id);
        writer.query("size", &self.size);
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::list_sub_corps`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListSubCorpsRequest {
    /// `isOnlyDirect`: a query parameter.
    pub is_only_direct: bool,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
    /// `types`: a query parameter.
    pub types: Option<String>,
}
impl ListSubCorpsRequest {
    /// A `ListSubCorpsRequest` with its required fields (`isOnlyDirect`, `subCorpId`); set the others with the methods named after them.
    pub fn new(is_only_direct: bool, sub_corp_id: impl Into<String>) -> Self {
        Self {
            is_only_direct,
            sub_corp_id: sub_corp_id.into(),
            types: None,
        }
    }
    /// Sets `types`.
    pub fn types(mut self, value: impl Into<String>) -> Self {
        self.types = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListSubCorpsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListSubCorpsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isOnlyDirect" => rt::read_field(map, &mut self.is_only_direct),
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            "types" => rt::read_field(map, &mut self.types),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListSubCorpsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("isOnlyDirect", &self.is_only_direct);
        writer.query("subCorpId", &self.sub_corp_id);
        writer.query("types", &self.types);
    }
}
/// The request of [`Api::list_sub_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListSubDeptRequest {
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
impl ListSubDeptRequest {
    /// A `ListSubDeptRequest` with its required fields (`subCorpId`); set the others with the methods named after them.
    pub fn new(sub_corp_id: impl Into<String>) -> Self {
        Self {
            language: None,
            sub_corp_id: sub_corp_id.into(),
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListSubDeptRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListSubDeptRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "language" => rt::read_field(map, &mut self.language),
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListSubDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("language", &self.language);
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::list_sub_dept_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListSubDeptIdsRequest {
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
impl ListSubDeptIdsRequest {
    /// A `ListSubDeptIdsRequest` with its required fields (`subCorpId`); set the others with the methods named after them.
    pub fn new(sub_corp_id: impl Into<String>) -> Self {
        Self {
            sub_corp_id: sub_corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListSubDeptIdsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListSubDeptIdsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "subCorpId" => rt::read_field(map, &mut self.sub_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListSubDeptIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// An error reply of [`Api::get_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDeptError = rt::ServiceError;
/// An error reply of [`Api::get_resident_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetResidentDeptError = rt::ServiceError;
/// An error reply of [`Api::get_resident_user_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetResidentUserInfoError = rt::ServiceError;
/// An error reply of [`Api::get_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserError = rt::ServiceError;
/// An error reply of [`Api::get_user_by_union_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserByUnionIdError = rt::ServiceError;
/// An error reply of [`Api::get_village_org_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetVillageOrgInfoError = rt::ServiceError;
/// An error reply of [`Api::list_dept_simple_users`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListDeptSimpleUsersError = rt::ServiceError;
/// An error reply of [`Api::list_dept_user_ids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListDeptUserIdsError = rt::ServiceError;
/// An error reply of [`Api::list_dept_users`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListDeptUsersError = rt::ServiceError;
/// An error reply of [`Api::list_parent_by_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListParentByDeptError = rt::ServiceError;
/// An error reply of [`Api::list_parent_by_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListParentByUserError = rt::ServiceError;
/// An error reply of [`Api::list_resident_dept_users`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListResidentDeptUsersError = rt::ServiceError;
/// An error reply of [`Api::list_resident_sub_depts`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListResidentSubDeptsError = rt::ServiceError;
/// An error reply of [`Api::list_resident_user_infos`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListResidentUserInfosError = rt::ServiceError;
/// An error reply of [`Api::list_simple_users_by_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSimpleUsersByRoleError = rt::ServiceError;
/// An error reply of [`Api::list_sub_corps`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSubCorpsError = rt::ServiceError;
/// An error reply of [`Api::list_sub_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSubDeptError = rt::ServiceError;
/// An error reply of [`Api::list_sub_dept_ids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSubDeptIdsError = rt::ServiceError;
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
        "GetDept" => {
            rt::conformance::reply(
                    api.get_dept(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetResidentDept" => {
            rt::conformance::reply(
                    api.get_resident_dept(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetResidentUserInfo" => {
            rt::conformance::reply(
                    api
                        .get_resident_user_info(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetUser" => rt::conformance::reply(api.get_user(&inputs.request(false)?)).await,
        "GetUserByUnionId" => {
            rt::conformance::reply(api.get_user_by_union_id(&inputs.request(false)?))
                .await
        }
        "GetVillageOrgInfo" => {
            rt::conformance::reply(api.get_village_org_info(inputs.path(0usize)?)).await
        }
        "ListDeptSimpleUsers" => {
            rt::conformance::reply(
                    api
                        .list_dept_simple_users(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListDeptUserIds" => {
            rt::conformance::reply(
                    api.list_dept_user_ids(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ListDeptUsers" => {
            rt::conformance::reply(
                    api.list_dept_users(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ListParentByDept" => {
            rt::conformance::reply(api.list_parent_by_dept(&inputs.request(false)?))
                .await
        }
        "ListParentByUser" => {
            rt::conformance::reply(api.list_parent_by_user(&inputs.request(false)?))
                .await
        }
        "ListResidentDeptUsers" => {
            rt::conformance::reply(
                    api
                        .list_resident_dept_users(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListResidentSubDepts" => {
            rt::conformance::reply(
                    api
                        .list_resident_sub_depts(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListResidentUserInfos" => {
            rt::conformance::reply(api.list_resident_user_infos(&inputs.request(false)?))
                .await
        }
        "ListSimpleUsersByRole" => {
            rt::conformance::reply(
                    api.list_simple_users_by_role(&inputs.request(false)?),
                )
                .await
        }
        "ListSubCorps" => {
            rt::conformance::reply(api.list_sub_corps(&inputs.request(false)?)).await
        }
        "ListSubDept" => {
            rt::conformance::reply(
                    api.list_sub_dept(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ListSubDeptIds" => {
            rt::conformance::reply(
                    api.list_sub_dept_ids(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
