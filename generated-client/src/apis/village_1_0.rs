// @generated from api-spec/village_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 居民通讯录 (Village)：居民通讯录的部门与人员。
//!
//! 18 operations, methods of [`Api`] (`client.village_1_0()`), behind the cargo feature `village_1_0`; its paths start with `/v1.0/village/`.
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
    /// `GET /v1.0/village/deptartments/{departmentId}`: DingTalk's `GetDept` (module feature `village_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `department_id`: `{departmentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDept")]
    #[doc(alias = "/v1.0/village/deptartments/{departmentId}")]
    #[doc(alias = "GET /v1.0/village/deptartments/{departmentId}")]
    pub fn get_dept(
        &self,
        department_id: &str,
        request: &GetDeptRequest,
    ) -> rt::Call<GetDeptResponseBody, GetDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDept",
            rt::Method::Get,
            "/v1.0/village/deptartments/{departmentId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 居民通讯录获取部门信息
    ///
    /// `GET /v1.0/village/residentDepartments/departments/{departmentId}`: DingTalk's `GetResidentDept` (module feature `village_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `department_id`: `{departmentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetResidentDept")]
    #[doc(alias = "/v1.0/village/residentDepartments/departments/{departmentId}")]
    #[doc(alias = "GET /v1.0/village/residentDepartments/departments/{departmentId}")]
    pub fn get_resident_dept(
        &self,
        department_id: &str,
        request: &GetResidentDeptRequest,
    ) -> rt::Call<GetResidentDeptResponseBody, GetResidentDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetResidentDept",
            rt::Method::Get,
            "/v1.0/village/residentDepartments/departments/{departmentId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 居民通讯录获取部门下某个人的详细信息
    ///
    /// `GET /v1.0/village/residentDepartments/{departmentId}/users/{userId}`: DingTalk's `GetResidentUserInfo` (module feature `village_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `department_id`: `{departmentId}` in the path.
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetResidentUserInfo")]
    #[doc(alias = "/v1.0/village/residentDepartments/{departmentId}/users/{userId}")]
    #[doc(alias = "GET /v1.0/village/residentDepartments/{departmentId}/users/{userId}")]
    pub fn get_resident_user_info(
        &self,
        department_id: &str,
        user_id: &str,
        request: &GetResidentUserInfoRequest,
    ) -> rt::Call<GetResidentUserInfoResponseBody, GetResidentUserInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetResidentUserInfo",
            rt::Method::Get,
            "/v1.0/village/residentDepartments/{departmentId}/users/{userId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id, user_id], request)
    }
    /// 查询用户详情
    ///
    /// `GET /v1.0/village/users/getByUserId`: DingTalk's `GetUser` (module feature `village_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUser")]
    #[doc(alias = "/v1.0/village/users/getByUserId")]
    #[doc(alias = "GET /v1.0/village/users/getByUserId")]
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
    /// `GET /v1.0/village/users/getByUnionId`: DingTalk's `GetUserByUnionId` (module feature `village_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserByUnionId")]
    #[doc(alias = "/v1.0/village/users/getByUnionId")]
    #[doc(alias = "GET /v1.0/village/users/getByUnionId")]
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
    /// `GET /v1.0/village/corps/{subCorpId}`: DingTalk's `GetVillageOrgInfo` (module feature `village_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `sub_corp_id`: `{subCorpId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetVillageOrgInfo")]
    #[doc(alias = "/v1.0/village/corps/{subCorpId}")]
    #[doc(alias = "GET /v1.0/village/corps/{subCorpId}")]
    pub fn get_village_org_info(
        &self,
        sub_corp_id: &str,
    ) -> rt::Call<GetVillageOrgInfoResponseBody, GetVillageOrgInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetVillageOrgInfo",
            rt::Method::Get,
            "/v1.0/village/corps/{subCorpId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[sub_corp_id], &())
    }
    /// 查询部门下简略用户列表
    ///
    /// `GET /v1.0/village/departments/{departmentId}/simpleUsers`: DingTalk's `ListDeptSimpleUsers` (module feature `village_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `department_id`: `{departmentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_dept_simple_users_pages`].
    #[doc(alias = "ListDeptSimpleUsers")]
    #[doc(alias = "/v1.0/village/departments/{departmentId}/simpleUsers")]
    #[doc(alias = "GET /v1.0/village/departments/{departmentId}/simpleUsers")]
    pub fn list_dept_simple_users(
        &self,
        department_id: &str,
        request: &ListDeptSimpleUsersRequest,
    ) -> rt::Call<ListDeptSimpleUsersResponseBody, ListDeptSimpleUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDeptSimpleUsers",
            rt::Method::Get,
            "/v1.0/village/departments/{departmentId}/simpleUsers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 查询部门下userid列表
    ///
    /// `GET /v1.0/village/departments/{departmentId}/userIds`: DingTalk's `ListDeptUserIds` (module feature `village_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `department_id`: `{departmentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListDeptUserIds")]
    #[doc(alias = "/v1.0/village/departments/{departmentId}/userIds")]
    #[doc(alias = "GET /v1.0/village/departments/{departmentId}/userIds")]
    pub fn list_dept_user_ids(
        &self,
        department_id: &str,
        request: &ListDeptUserIdsRequest,
    ) -> rt::Call<ListDeptUserIdsResponseBody, ListDeptUserIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDeptUserIds",
            rt::Method::Get,
            "/v1.0/village/departments/{departmentId}/userIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 查询部门下user完整信息
    ///
    /// `GET /v1.0/village/departments/{departmentId}/users`: DingTalk's `ListDeptUsers` (module feature `village_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `department_id`: `{departmentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_dept_users_pages`].
    #[doc(alias = "ListDeptUsers")]
    #[doc(alias = "/v1.0/village/departments/{departmentId}/users")]
    #[doc(alias = "GET /v1.0/village/departments/{departmentId}/users")]
    pub fn list_dept_users(
        &self,
        department_id: &str,
        request: &ListDeptUsersRequest,
    ) -> rt::Call<ListDeptUsersResponseBody, ListDeptUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDeptUsers",
            rt::Method::Get,
            "/v1.0/village/departments/{departmentId}/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 查询部门所有父部门列表
    ///
    /// `GET /v1.0/village/departments/listParentByDepartment`: DingTalk's `ListParentByDept` (module feature `village_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListParentByDept")]
    #[doc(alias = "/v1.0/village/departments/listParentByDepartment")]
    #[doc(alias = "GET /v1.0/village/departments/listParentByDepartment")]
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
    /// `GET /v1.0/village/departments/listParentByUser`: DingTalk's `ListParentByUser` (module feature `village_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListParentByUser")]
    #[doc(alias = "/v1.0/village/departments/listParentByUser")]
    #[doc(alias = "GET /v1.0/village/departments/listParentByUser")]
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
    /// `GET /v1.0/village/residentDepartments/{departmentId}/users`: DingTalk's `ListResidentDeptUsers` (module feature `village_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `department_id`: `{departmentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_resident_dept_users_pages`].
    #[doc(alias = "ListResidentDeptUsers")]
    #[doc(alias = "/v1.0/village/residentDepartments/{departmentId}/users")]
    #[doc(alias = "GET /v1.0/village/residentDepartments/{departmentId}/users")]
    pub fn list_resident_dept_users(
        &self,
        department_id: &str,
        request: &ListResidentDeptUsersRequest,
    ) -> rt::Call<ListResidentDeptUsersResponseBody, ListResidentDeptUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListResidentDeptUsers",
            rt::Method::Get,
            "/v1.0/village/residentDepartments/{departmentId}/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 居民通讯录获取子部门列表
    ///
    /// `GET /v1.0/village/residentDepartments/{departmentId}/subDepartments`: DingTalk's `ListResidentSubDepts` (module feature `village_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `department_id`: `{departmentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_resident_sub_depts_pages`].
    #[doc(alias = "ListResidentSubDepts")]
    #[doc(alias = "/v1.0/village/residentDepartments/{departmentId}/subDepartments")]
    #[doc(alias = "GET /v1.0/village/residentDepartments/{departmentId}/subDepartments")]
    pub fn list_resident_sub_depts(
        &self,
        department_id: &str,
        request: &ListResidentSubDeptsRequest,
    ) -> rt::Call<ListResidentSubDeptsResponseBody, ListResidentSubDeptsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListResidentSubDepts",
            rt::Method::Get,
            "/v1.0/village/residentDepartments/{departmentId}/subDepartments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 居民通讯录批量获取用户详细信息
    ///
    /// `GET /v1.0/village/residentUsers/getByUserIds`: DingTalk's `ListResidentUserInfos` (module feature `village_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListResidentUserInfos")]
    #[doc(alias = "/v1.0/village/residentUsers/getByUserIds")]
    #[doc(alias = "GET /v1.0/village/residentUsers/getByUserIds")]
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
    /// `GET /v1.0/village/users/listByRole`: DingTalk's `ListSimpleUsersByRole` (module feature `village_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_simple_users_by_role_pages`].
    #[doc(alias = "ListSimpleUsersByRole")]
    #[doc(alias = "/v1.0/village/users/listByRole")]
    #[doc(alias = "GET /v1.0/village/users/listByRole")]
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
    /// `POST /v1.0/village/corps/subCorps`: DingTalk's `ListSubCorps` (module feature `village_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListSubCorps")]
    #[doc(alias = "/v1.0/village/corps/subCorps")]
    #[doc(alias = "POST /v1.0/village/corps/subCorps")]
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
    /// `GET /v1.0/village/departments/{departmentId}/subDepartments`: DingTalk's `ListSubDept` (module feature `village_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `department_id`: `{departmentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListSubDept")]
    #[doc(alias = "/v1.0/village/departments/{departmentId}/subDepartments")]
    #[doc(alias = "GET /v1.0/village/departments/{departmentId}/subDepartments")]
    pub fn list_sub_dept(
        &self,
        department_id: &str,
        request: &ListSubDeptRequest,
    ) -> rt::Call<ListSubDeptResponseBody, ListSubDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSubDept",
            rt::Method::Get,
            "/v1.0/village/departments/{departmentId}/subDepartments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[department_id], request)
    }
    /// 查询部门下的子部门ID列表，不会递归查询，只包含ID
    ///
    /// `GET /v1.0/village/departments/{departmentId}/subDepartmentIds`: DingTalk's `ListSubDeptIds` (module feature `village_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `department_id`: `{departmentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListSubDeptIds")]
    #[doc(alias = "/v1.0/village/departments/{departmentId}/subDepartmentIds")]
    #[doc(alias = "GET /v1.0/village/departments/{departmentId}/subDepartmentIds")]
    pub fn list_sub_dept_ids(
        &self,
        department_id: &str,
        request: &ListSubDeptIdsRequest,
    ) -> rt::Call<ListSubDeptIdsResponseBody, ListSubDeptIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSubDeptIds",
            rt::Method::Get,
            "/v1.0/village/departments/{departmentId}/subDepartmentIds",
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
    /// Every page of [`Api::list_simple_users_by_role`]: the call again with the offset `offset` advanced by the items of the page (from the request's, else 0), until a page is empty or `hasMore` is `false`. Items: `userList` of each page.
    pub fn list_simple_users_by_role_pages(
        &self,
        request: &ListSimpleUsersByRoleRequest,
    ) -> rt::Paginator<
        ListSimpleUsersByRoleResponseBody,
        ListSimpleUsersByRoleError,
        ListSimpleUsersByRoleResponseBodyUserList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Offset,
            "offset",
            true,
            "size",
            true,
            &["userList"],
            &["hasMore"],
            &[],
        );
        rt::Paginator::new(self.list_simple_users_by_role(request), &PAGING)
    }
}
/// `GetDeptResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetDeptResponseBody { "departmentId" => read_field(department_id), "departmentName"
    => read_field(department_name), "fromUnionOrg" => read_field(from_union_org), "order"
    => read_field(order), "parentDepartmentId" => read_field(parent_department_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDeptResponseBody { "departmentId" => optional(department_id), "departmentName" =>
    optional(department_name), "fromUnionOrg" => optional(from_union_org), "order" =>
    optional(order), "parentDepartmentId" => optional(parent_department_id) }
}
/// `GetResidentDeptResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetResidentDeptResponseBody { "contactType" => read_field(contact_type),
    "departmentId" => read_field(department_id), "departmentName" =>
    read_field(department_name), "deptType" => read_field(dept_type), "feature" =>
    read_field(feature) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetResidentDeptResponseBody { "contactType" => optional(contact_type), "departmentId"
    => optional(department_id), "departmentName" => optional(department_name), "deptType"
    => optional(dept_type), "feature" => optional(feature) }
}
/// `GetResidentUserInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetResidentUserInfoResponseBody { "feature" => read_field(feature), "name" =>
    read_field(name), "roles" => read_field(roles), "unionId" => read_field(union_id),
    "userid" => read_field(userid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetResidentUserInfoResponseBody { "feature" => optional(feature), "name" =>
    optional(name), "roles" => optional(roles), "unionId" => optional(union_id), "userid"
    => optional(userid) }
}
/// `GetUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetUserResponseBody { "active" => read_field(active), "admin" => read_field(admin),
    "boss" => read_field(boss), "departmentIdList" => read_field(department_id_list),
    "departmentOrderSet" => read_field(department_order_set), "exclusiveAccount" =>
    read_field(exclusive_account), "exclusiveAccountType" =>
    read_field(exclusive_account_type), "extension" => read_field(extension), "hiredDate"
    => read_field(hired_date), "jobNumber" => read_field(job_number),
    "leaderInDepartment" => read_field(leader_in_department), "managerUserId" =>
    read_field(manager_user_id), "name" => read_field(name), "realAuthed" =>
    read_field(real_authed), "remark" => read_field(remark), "roleList" =>
    read_field(role_list), "senior" => read_field(senior), "title" => read_field(title),
    "unionEmpExt" => read_field(union_emp_ext), "unionId" => read_field(union_id),
    "userId" => read_field(user_id), "workPlace" => read_field(work_place) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserResponseBody { "active" => optional(active), "admin" => optional(admin),
    "boss" => optional(boss), "departmentIdList" => optional(department_id_list),
    "departmentOrderSet" => optional(department_order_set), "exclusiveAccount" =>
    optional(exclusive_account), "exclusiveAccountType" =>
    optional(exclusive_account_type), "extension" => optional(extension), "hiredDate" =>
    optional(hired_date), "jobNumber" => optional(job_number), "leaderInDepartment" =>
    optional(leader_in_department), "managerUserId" => optional(manager_user_id), "name"
    => optional(name), "realAuthed" => optional(real_authed), "remark" =>
    optional(remark), "roleList" => optional(role_list), "senior" => optional(senior),
    "title" => optional(title), "unionEmpExt" => optional(union_emp_ext), "unionId" =>
    optional(union_id), "userId" => optional(user_id), "workPlace" =>
    optional(work_place) }
}
/// `GetUserByUnionIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserByUnionIdResponseBody {
    /// `contactType`.
    pub contact_type: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetUserByUnionIdResponseBody { "contactType" => read_field(contact_type), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserByUnionIdResponseBody { "contactType" => optional(contact_type), "userId" =>
    optional(user_id) }
}
/// `GetVillageOrgInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetVillageOrgInfoResponseBody {
    /// `regionId`.
    pub region_id: Option<String>,
    /// `regionLocation`.
    pub region_location: Option<String>,
    /// `regionType`.
    pub region_type: Option<String>,
}
rt::impl_deserialize! {
    GetVillageOrgInfoResponseBody { "regionId" => read_field(region_id), "regionLocation"
    => read_field(region_location), "regionType" => read_field(region_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetVillageOrgInfoResponseBody { "regionId" => optional(region_id), "regionLocation"
    => optional(region_location), "regionType" => optional(region_type) }
}
/// `ListDeptSimpleUsersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListDeptSimpleUsersResponseBody { "hasMore" => read_field(has_more), "nextCursor" =>
    read_field(next_cursor), "totalCount" => read_field(total_count), "userList" =>
    read_field(user_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListDeptSimpleUsersResponseBody { "hasMore" => optional(has_more), "nextCursor" =>
    optional(next_cursor), "totalCount" => optional(total_count), "userList" =>
    optional(user_list) }
}
/// `ListDeptUserIdsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListDeptUserIdsResponseBody {
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    ListDeptUserIdsResponseBody { "userIdList" => read_field(user_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListDeptUserIdsResponseBody { "userIdList" => optional(user_id_list) }
}
/// `ListDeptUsersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListDeptUsersResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `userList`.
    pub user_list: Option<Vec<ListDeptUsersResponseBodyUserList>>,
}
rt::impl_deserialize! {
    ListDeptUsersResponseBody { "hasMore" => read_field(has_more), "nextCursor" =>
    read_field(next_cursor), "userList" => read_field(user_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListDeptUsersResponseBody { "hasMore" => optional(has_more), "nextCursor" =>
    optional(next_cursor), "userList" => optional(user_list) }
}
/// `ListParentByDeptResponseBody`, a model several operations share: also named [`ListParentByUserResponseBody`], [`ListSubDeptIdsResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListParentByDeptResponseBody {
    /// `departmentIdList`.
    pub department_id_list: Option<Vec<i64>>,
}
rt::impl_deserialize! {
    ListParentByDeptResponseBody { "departmentIdList" => read_field(department_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListParentByDeptResponseBody { "departmentIdList" => optional(department_id_list) }
}
/// `ListParentByUserResponseBody`: the same model as [`ListParentByDeptResponseBody`].
pub type ListParentByUserResponseBody = ListParentByDeptResponseBody;
/// `ListResidentDeptUsersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListResidentDeptUsersResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `userList`.
    pub user_list: Option<Vec<ListResidentDeptUsersResponseBodyUserList>>,
}
rt::impl_deserialize! {
    ListResidentDeptUsersResponseBody { "hasMore" => read_field(has_more), "nextCursor"
    => read_field(next_cursor), "userList" => read_field(user_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListResidentDeptUsersResponseBody { "hasMore" => optional(has_more), "nextCursor" =>
    optional(next_cursor), "userList" => optional(user_list) }
}
/// `ListResidentSubDeptsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListResidentSubDeptsResponseBody { "departmentList" => read_field(department_list),
    "hasMore" => read_field(has_more), "nextCursor" => read_field(next_cursor), "total"
    => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListResidentSubDeptsResponseBody { "departmentList" => optional(department_list),
    "hasMore" => optional(has_more), "nextCursor" => optional(next_cursor), "total" =>
    optional(total) }
}
/// `ListResidentUserInfosResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListResidentUserInfosResponseBody {
    /// `userList`.
    pub user_list: Option<Vec<ListResidentUserInfosResponseBodyUserList>>,
}
rt::impl_deserialize! {
    ListResidentUserInfosResponseBody { "userList" => read_field(user_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListResidentUserInfosResponseBody { "userList" => optional(user_list) }
}
/// `ListSimpleUsersByRoleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSimpleUsersByRoleResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `userList`.
    pub user_list: Option<Vec<ListSimpleUsersByRoleResponseBodyUserList>>,
}
rt::impl_deserialize! {
    ListSimpleUsersByRoleResponseBody { "hasMore" => read_field(has_more), "nextCursor"
    => read_field(next_cursor), "userList" => read_field(user_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSimpleUsersByRoleResponseBody { "hasMore" => optional(has_more), "nextCursor" =>
    optional(next_cursor), "userList" => optional(user_list) }
}
/// `ListSubCorpsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSubCorpsResponseBody {
    /// `corpList`.
    pub corp_list: Option<Vec<ListSubCorpsResponseBodyCorpList>>,
}
rt::impl_deserialize! {
    ListSubCorpsResponseBody { "corpList" => read_field(corp_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSubCorpsResponseBody { "corpList" => optional(corp_list) }
}
/// `ListSubDeptResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSubDeptResponseBody {
    /// `result`.
    pub result: Option<Vec<ListSubDeptResponseBodyResult>>,
}
rt::impl_deserialize! {
    ListSubDeptResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSubDeptResponseBody { "result" => optional(result) }
}
/// `ListSubDeptIdsResponseBody`: the same model as [`ListParentByDeptResponseBody`].
pub type ListSubDeptIdsResponseBody = ListParentByDeptResponseBody;
/// `GetResidentUserInfoResponseBodyRoles`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetResidentUserInfoResponseBodyRoles {
    /// `roleId`.
    pub role_id: Option<i64>,
    /// `roleName`.
    pub role_name: Option<String>,
    /// `tagCode`.
    pub tag_code: Option<String>,
}
rt::impl_deserialize! {
    GetResidentUserInfoResponseBodyRoles { "roleId" => read_field(role_id), "roleName" =>
    read_field(role_name), "tagCode" => read_field(tag_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetResidentUserInfoResponseBodyRoles { "roleId" => optional(role_id), "roleName" =>
    optional(role_name), "tagCode" => optional(tag_code) }
}
/// `GetUserResponseBodyDepartmentOrderSet`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserResponseBodyDepartmentOrderSet {
    /// `departmentId`.
    pub department_id: Option<i64>,
    /// `order`.
    pub order: Option<i64>,
}
rt::impl_deserialize! {
    GetUserResponseBodyDepartmentOrderSet { "departmentId" => read_field(department_id),
    "order" => read_field(order) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserResponseBodyDepartmentOrderSet { "departmentId" => optional(department_id),
    "order" => optional(order) }
}
/// `GetUserResponseBodyLeaderInDepartment`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserResponseBodyLeaderInDepartment {
    /// `departmentId`.
    pub department_id: Option<i64>,
    /// `leader`.
    pub leader: Option<bool>,
}
rt::impl_deserialize! {
    GetUserResponseBodyLeaderInDepartment { "departmentId" => read_field(department_id),
    "leader" => read_field(leader) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserResponseBodyLeaderInDepartment { "departmentId" => optional(department_id),
    "leader" => optional(leader) }
}
/// `GetUserResponseBodyRoleList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserResponseBodyRoleList {
    /// `groupName`.
    pub group_name: Option<String>,
    /// `roleId`.
    pub role_id: Option<i64>,
    /// `roleName`.
    pub role_name: Option<String>,
}
rt::impl_deserialize! {
    GetUserResponseBodyRoleList { "groupName" => read_field(group_name), "roleId" =>
    read_field(role_id), "roleName" => read_field(role_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserResponseBodyRoleList { "groupName" => optional(group_name), "roleId" =>
    optional(role_id), "roleName" => optional(role_name) }
}
/// `GetUserResponseBodyUnionEmpExt`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserResponseBodyUnionEmpExt {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `staffId`.
    pub staff_id: Option<String>,
    /// `unionEmpMapList`.
    pub union_emp_map_list: Option<Vec<GetUserResponseBodyUnionEmpExtUnionEmpMapList>>,
}
rt::impl_deserialize! {
    GetUserResponseBodyUnionEmpExt { "corpId" => read_field(corp_id), "staffId" =>
    read_field(staff_id), "unionEmpMapList" => read_field(union_emp_map_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserResponseBodyUnionEmpExt { "corpId" => optional(corp_id), "staffId" =>
    optional(staff_id), "unionEmpMapList" => optional(union_emp_map_list) }
}
/// `ListDeptSimpleUsersResponseBodyUserList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListDeptSimpleUsersResponseBodyUserList {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    ListDeptSimpleUsersResponseBodyUserList { "name" => read_field(name), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListDeptSimpleUsersResponseBodyUserList { "name" => optional(name), "userId" =>
    optional(user_id) }
}
/// `ListDeptUsersResponseBodyUserList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListDeptUsersResponseBodyUserList { "active" => read_field(active), "departmentList"
    => read_field(department_list), "jobNumber" => read_field(job_number), "name" =>
    read_field(name), "unionId" => read_field(union_id), "userId" => read_field(user_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListDeptUsersResponseBodyUserList { "active" => optional(active), "departmentList" =>
    optional(department_list), "jobNumber" => optional(job_number), "name" =>
    optional(name), "unionId" => optional(union_id), "userId" => optional(user_id) }
}
/// `ListResidentDeptUsersResponseBodyUserList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListResidentDeptUsersResponseBodyUserList { "feature" => read_field(feature), "name"
    => read_field(name), "roles" => read_field(roles), "unionId" => read_field(union_id),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListResidentDeptUsersResponseBodyUserList { "feature" => optional(feature), "name" =>
    optional(name), "roles" => optional(roles), "unionId" => optional(union_id), "userId"
    => optional(user_id) }
}
/// `ListResidentSubDeptsResponseBodyDepartmentList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListResidentSubDeptsResponseBodyDepartmentList {
    /// `departmentId`.
    pub department_id: Option<i64>,
    /// `departmentName`.
    pub department_name: Option<String>,
    /// `superDepartmentId`.
    pub super_department_id: Option<i64>,
}
rt::impl_deserialize! {
    ListResidentSubDeptsResponseBodyDepartmentList { "departmentId" =>
    read_field(department_id), "departmentName" => read_field(department_name),
    "superDepartmentId" => read_field(super_department_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListResidentSubDeptsResponseBodyDepartmentList { "departmentId" =>
    optional(department_id), "departmentName" => optional(department_name),
    "superDepartmentId" => optional(super_department_id) }
}
/// `ListResidentUserInfosResponseBodyUserList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListResidentUserInfosResponseBodyUserList { "feature" => read_field(feature), "roles"
    => read_field(roles), "unionId" => read_field(union_id), "userId" =>
    read_field(user_id), "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListResidentUserInfosResponseBodyUserList { "feature" => optional(feature), "roles"
    => optional(roles), "unionId" => optional(union_id), "userId" => optional(user_id),
    "userName" => optional(user_name) }
}
/// `ListSimpleUsersByRoleResponseBodyUserList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListSimpleUsersByRoleResponseBodyUserList { "jobNumber" => read_field(job_number),
    "name" => read_field(name), "unionId" => read_field(union_id), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSimpleUsersByRoleResponseBodyUserList { "jobNumber" => optional(job_number),
    "name" => optional(name), "unionId" => optional(union_id), "userId" =>
    optional(user_id) }
}
/// `ListSubCorpsResponseBodyCorpList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListSubCorpsResponseBodyCorpList { "corpId" => read_field(corp_id), "corpName" =>
    read_field(corp_name), "industry" => read_field(industry), "industryCode" =>
    read_field(industry_code), "regionId" => read_field(region_id), "regionLocation" =>
    read_field(region_location), "regionType" => read_field(region_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSubCorpsResponseBodyCorpList { "corpId" => optional(corp_id), "corpName" =>
    optional(corp_name), "industry" => optional(industry), "industryCode" =>
    optional(industry_code), "regionId" => optional(region_id), "regionLocation" =>
    optional(region_location), "regionType" => optional(region_type) }
}
/// `ListSubDeptResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSubDeptResponseBodyResult {
    /// `departmentId`.
    pub department_id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    ListSubDeptResponseBodyResult { "departmentId" => read_field(department_id), "name"
    => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSubDeptResponseBodyResult { "departmentId" => optional(department_id), "name" =>
    optional(name) }
}
/// `GetUserResponseBodyUnionEmpExtUnionEmpMapList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserResponseBodyUnionEmpExtUnionEmpMapList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `staffId`.
    pub staff_id: Option<String>,
}
rt::impl_deserialize! {
    GetUserResponseBodyUnionEmpExtUnionEmpMapList { "corpId" => read_field(corp_id),
    "staffId" => read_field(staff_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserResponseBodyUnionEmpExtUnionEmpMapList { "corpId" => optional(corp_id),
    "staffId" => optional(staff_id) }
}
/// `ListResidentDeptUsersResponseBodyUserListRoles`, a model several operations share: also named [`ListResidentUserInfosResponseBodyUserListRoles`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListResidentDeptUsersResponseBodyUserListRoles {
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagId`.
    pub tag_id: Option<i64>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
rt::impl_deserialize! {
    ListResidentDeptUsersResponseBodyUserListRoles { "tagCode" => read_field(tag_code),
    "tagId" => read_field(tag_id), "tagName" => read_field(tag_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListResidentDeptUsersResponseBodyUserListRoles { "tagCode" => optional(tag_code),
    "tagId" => optional(tag_id), "tagName" => optional(tag_name) }
}
/// `ListResidentUserInfosResponseBodyUserListRoles`: the same model as [`ListResidentDeptUsersResponseBodyUserListRoles`].
pub type ListResidentUserInfosResponseBodyUserListRoles = ListResidentDeptUsersResponseBodyUserListRoles;
/// The request of [`Api::get_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDeptRequest {
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
/// The required fields of [`GetDeptRequest`], each named where it is set: `GetDeptRequest::new(GetDeptRequired { .. })`.
pub struct GetDeptRequired {
    /// `subCorpId`: see [`GetDeptRequest::sub_corp_id`].
    pub sub_corp_id: String,
}
impl GetDeptRequest {
    /// A `GetDeptRequest` with its required fields (`subCorpId`); set the others with the methods named after them.
    pub fn new(required: GetDeptRequired) -> Self {
        let GetDeptRequired { sub_corp_id } = required;
        Self {
            language: None,
            sub_corp_id,
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDeptRequest { "language" => read_field(language), "subCorpId" =>
    read_field(sub_corp_id) }
}
impl rt::WriteRequest for GetDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("language", &self.language);
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::get_resident_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetResidentDeptRequest {
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
/// The required fields of [`GetResidentDeptRequest`], each named where it is set: `GetResidentDeptRequest::new(GetResidentDeptRequired { .. })`.
pub struct GetResidentDeptRequired {
    /// `subCorpId`: see [`GetResidentDeptRequest::sub_corp_id`].
    pub sub_corp_id: String,
}
impl GetResidentDeptRequest {
    /// A `GetResidentDeptRequest` with its required fields (`subCorpId`); set the others with the methods named after them.
    pub fn new(required: GetResidentDeptRequired) -> Self {
        let GetResidentDeptRequired { sub_corp_id } = required;
        Self { sub_corp_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetResidentDeptRequest { "subCorpId" => read_field(sub_corp_id) }
}
impl rt::WriteRequest for GetResidentDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::get_resident_user_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetResidentUserInfoRequest {
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
/// The required fields of [`GetResidentUserInfoRequest`], each named where it is set: `GetResidentUserInfoRequest::new(GetResidentUserInfoRequired { .. })`.
pub struct GetResidentUserInfoRequired {
    /// `subCorpId`: see [`GetResidentUserInfoRequest::sub_corp_id`].
    pub sub_corp_id: String,
}
impl GetResidentUserInfoRequest {
    /// A `GetResidentUserInfoRequest` with its required fields (`subCorpId`); set the others with the methods named after them.
    pub fn new(required: GetResidentUserInfoRequired) -> Self {
        let GetResidentUserInfoRequired { sub_corp_id } = required;
        Self { sub_corp_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetResidentUserInfoRequest { "subCorpId" => read_field(sub_corp_id) }
}
impl rt::WriteRequest for GetResidentUserInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::get_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserRequest {
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
/// The required fields of [`GetUserRequest`], each named where it is set: `GetUserRequest::new(GetUserRequired { .. })`.
pub struct GetUserRequired {
    /// `subCorpId`: see [`GetUserRequest::sub_corp_id`].
    pub sub_corp_id: String,
}
impl GetUserRequest {
    /// A `GetUserRequest` with its required fields (`subCorpId`); set the others with the methods named after them.
    pub fn new(required: GetUserRequired) -> Self {
        let GetUserRequired { sub_corp_id } = required;
        Self {
            language: None,
            sub_corp_id,
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserRequest { "language" => read_field(language), "subCorpId" =>
    read_field(sub_corp_id) }
}
impl rt::WriteRequest for GetUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("language", &self.language);
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::get_user_by_union_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserByUnionIdRequest {
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetUserByUnionIdRequest`], each named where it is set: `GetUserByUnionIdRequest::new(GetUserByUnionIdRequired { .. })`.
pub struct GetUserByUnionIdRequired {
    /// `subCorpId`: see [`GetUserByUnionIdRequest::sub_corp_id`].
    pub sub_corp_id: String,
    /// `unionId`: see [`GetUserByUnionIdRequest::union_id`].
    pub union_id: String,
}
impl GetUserByUnionIdRequest {
    /// A `GetUserByUnionIdRequest` with its required fields (`subCorpId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GetUserByUnionIdRequired) -> Self {
        let GetUserByUnionIdRequired { sub_corp_id, union_id } = required;
        Self {
            language: None,
            sub_corp_id,
            union_id,
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserByUnionIdRequest { "language" => read_field(language), "subCorpId" =>
    read_field(sub_corp_id), "unionId" => read_field(union_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListDeptSimpleUsersRequest { "containAccessLimit" =>
    read_field(contain_access_limit), "cursor" => read_field(cursor), "language" =>
    read_field(language), "orderField" => read_field(order_field), "size" =>
    read_field(size), "subCorpId" => read_field(sub_corp_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListDeptUserIdsRequest { "subCorpId" => read_field(sub_corp_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListDeptUsersRequest { "containAccessLimit" => read_field(contain_access_limit),
    "cursor" => read_field(cursor), "language" => read_field(language), "orderField" =>
    read_field(order_field), "size" => read_field(size), "subCorpId" =>
    read_field(sub_corp_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListParentByDeptRequest {
    /// `departmentId`: a query parameter.
    pub department_id: i64,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
/// The required fields of [`ListParentByDeptRequest`], each named where it is set: `ListParentByDeptRequest::new(ListParentByDeptRequired { .. })`.
pub struct ListParentByDeptRequired {
    /// `departmentId`: see [`ListParentByDeptRequest::department_id`].
    pub department_id: i64,
    /// `subCorpId`: see [`ListParentByDeptRequest::sub_corp_id`].
    pub sub_corp_id: String,
}
impl ListParentByDeptRequest {
    /// A `ListParentByDeptRequest` with its required fields (`departmentId`, `subCorpId`); set the others with the methods named after them.
    pub fn new(required: ListParentByDeptRequired) -> Self {
        let ListParentByDeptRequired { department_id, sub_corp_id } = required;
        Self { department_id, sub_corp_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListParentByDeptRequest { "departmentId" => read_field(department_id), "subCorpId" =>
    read_field(sub_corp_id) }
}
impl rt::WriteRequest for ListParentByDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("departmentId", &self.department_id);
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::list_parent_by_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListParentByUserRequest {
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`ListParentByUserRequest`], each named where it is set: `ListParentByUserRequest::new(ListParentByUserRequired { .. })`.
pub struct ListParentByUserRequired {
    /// `subCorpId`: see [`ListParentByUserRequest::sub_corp_id`].
    pub sub_corp_id: String,
    /// `userId`: see [`ListParentByUserRequest::user_id`].
    pub user_id: String,
}
impl ListParentByUserRequest {
    /// A `ListParentByUserRequest` with its required fields (`subCorpId`, `userId`); set the others with the methods named after them.
    pub fn new(required: ListParentByUserRequired) -> Self {
        let ListParentByUserRequired { sub_corp_id, user_id } = required;
        Self { sub_corp_id, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListParentByUserRequest { "subCorpId" => read_field(sub_corp_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for ListParentByUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("subCorpId", &self.sub_corp_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_resident_dept_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ListResidentDeptUsersRequest`], each named where it is set: `ListResidentDeptUsersRequest::new(ListResidentDeptUsersRequired { .. })`.
pub struct ListResidentDeptUsersRequired {
    /// `size`: see [`ListResidentDeptUsersRequest::size`].
    pub size: i64,
    /// `subCorpId`: see [`ListResidentDeptUsersRequest::sub_corp_id`].
    pub sub_corp_id: String,
}
impl ListResidentDeptUsersRequest {
    /// A `ListResidentDeptUsersRequest` with its required fields (`size`, `subCorpId`); set the others with the methods named after them.
    pub fn new(required: ListResidentDeptUsersRequired) -> Self {
        let ListResidentDeptUsersRequired { size, sub_corp_id } = required;
        Self {
            cursor: None,
            role: None,
            size,
            sub_corp_id,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListResidentDeptUsersRequest { "cursor" => read_field(cursor), "role" =>
    read_field(role), "size" => read_field(size), "subCorpId" => read_field(sub_corp_id)
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListResidentSubDeptsRequest {
    /// `cursor`: a query parameter.
    pub cursor: Option<i64>,
    /// `size`: a query parameter.
    pub size: i64,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
/// The required fields of [`ListResidentSubDeptsRequest`], each named where it is set: `ListResidentSubDeptsRequest::new(ListResidentSubDeptsRequired { .. })`.
pub struct ListResidentSubDeptsRequired {
    /// `size`: see [`ListResidentSubDeptsRequest::size`].
    pub size: i64,
    /// `subCorpId`: see [`ListResidentSubDeptsRequest::sub_corp_id`].
    pub sub_corp_id: String,
}
impl ListResidentSubDeptsRequest {
    /// A `ListResidentSubDeptsRequest` with its required fields (`size`, `subCorpId`); set the others with the methods named after them.
    pub fn new(required: ListResidentSubDeptsRequired) -> Self {
        let ListResidentSubDeptsRequired { size, sub_corp_id } = required;
        Self {
            cursor: None,
            size,
            sub_corp_id,
        }
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListResidentSubDeptsRequest { "cursor" => read_field(cursor), "size" =>
    read_field(size), "subCorpId" => read_field(sub_corp_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListResidentUserInfosRequest {
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
    /// `userIds`: a query parameter, JSON-encoded.
    pub user_ids: Vec<String>,
}
/// The required fields of [`ListResidentUserInfosRequest`], each named where it is set: `ListResidentUserInfosRequest::new(ListResidentUserInfosRequired { .. })`.
pub struct ListResidentUserInfosRequired {
    /// `subCorpId`: see [`ListResidentUserInfosRequest::sub_corp_id`].
    pub sub_corp_id: String,
    /// `userIds`: see [`ListResidentUserInfosRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl ListResidentUserInfosRequest {
    /// A `ListResidentUserInfosRequest` with its required fields (`subCorpId`, `userIds`); set the others with the methods named after them.
    pub fn new(required: ListResidentUserInfosRequired) -> Self {
        let ListResidentUserInfosRequired { sub_corp_id, user_ids } = required;
        Self { sub_corp_id, user_ids }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListResidentUserInfosRequest { "subCorpId" => read_field(sub_corp_id), "userIds" =>
    read_field(user_ids) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListSimpleUsersByRoleRequest { "offset" => read_field(offset), "roleId" =>
    read_field(role_id), "size" => read_field(size), "subCorpId" =>
    read_field(sub_corp_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListSubCorpsRequest {
    /// `isOnlyDirect`: a query parameter.
    pub is_only_direct: bool,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
    /// `types`: a query parameter.
    pub types: Option<String>,
}
/// The required fields of [`ListSubCorpsRequest`], each named where it is set: `ListSubCorpsRequest::new(ListSubCorpsRequired { .. })`.
pub struct ListSubCorpsRequired {
    /// `isOnlyDirect`: see [`ListSubCorpsRequest::is_only_direct`].
    pub is_only_direct: bool,
    /// `subCorpId`: see [`ListSubCorpsRequest::sub_corp_id`].
    pub sub_corp_id: String,
}
impl ListSubCorpsRequest {
    /// A `ListSubCorpsRequest` with its required fields (`isOnlyDirect`, `subCorpId`); set the others with the methods named after them.
    pub fn new(required: ListSubCorpsRequired) -> Self {
        let ListSubCorpsRequired { is_only_direct, sub_corp_id } = required;
        Self {
            is_only_direct,
            sub_corp_id,
            types: None,
        }
    }
    /// Sets `types`.
    pub fn types(mut self, value: impl Into<String>) -> Self {
        self.types = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListSubCorpsRequest { "isOnlyDirect" => read_field(is_only_direct), "subCorpId" =>
    read_field(sub_corp_id), "types" => read_field(types) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListSubDeptRequest {
    /// `language`: a query parameter.
    pub language: Option<String>,
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
/// The required fields of [`ListSubDeptRequest`], each named where it is set: `ListSubDeptRequest::new(ListSubDeptRequired { .. })`.
pub struct ListSubDeptRequired {
    /// `subCorpId`: see [`ListSubDeptRequest::sub_corp_id`].
    pub sub_corp_id: String,
}
impl ListSubDeptRequest {
    /// A `ListSubDeptRequest` with its required fields (`subCorpId`); set the others with the methods named after them.
    pub fn new(required: ListSubDeptRequired) -> Self {
        let ListSubDeptRequired { sub_corp_id } = required;
        Self {
            language: None,
            sub_corp_id,
        }
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListSubDeptRequest { "language" => read_field(language), "subCorpId" =>
    read_field(sub_corp_id) }
}
impl rt::WriteRequest for ListSubDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("language", &self.language);
        writer.query("subCorpId", &self.sub_corp_id);
    }
}
/// The request of [`Api::list_sub_dept_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListSubDeptIdsRequest {
    /// `subCorpId`: a query parameter.
    pub sub_corp_id: String,
}
/// The required fields of [`ListSubDeptIdsRequest`], each named where it is set: `ListSubDeptIdsRequest::new(ListSubDeptIdsRequired { .. })`.
pub struct ListSubDeptIdsRequired {
    /// `subCorpId`: see [`ListSubDeptIdsRequest::sub_corp_id`].
    pub sub_corp_id: String,
}
impl ListSubDeptIdsRequest {
    /// A `ListSubDeptIdsRequest` with its required fields (`subCorpId`); set the others with the methods named after them.
    pub fn new(required: ListSubDeptIdsRequired) -> Self {
        let ListSubDeptIdsRequired { sub_corp_id } = required;
        Self { sub_corp_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListSubDeptIdsRequest { "subCorpId" => read_field(sub_corp_id) }
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
