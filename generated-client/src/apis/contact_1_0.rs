// @generated from api-spec/contact_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.contact_1_0()`. Generated from `api-spec/contact_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `contact_1_0`. Get it with `client.contact_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建账号映射
    ///
    /// `POST /v1.0/contact/accountMappings` (operation `AddAccountMapping`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddAccountMappingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_account_mapping(
        &self,
        request: &AddAccountMappingRequest,
    ) -> rt::Call<AddAccountMappingResponseBody, AddAccountMappingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddAccountMapping",
            rt::Method::Post,
            "/v1.0/contact/accountMappings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加通讯录组织架构分场景隐藏设置
    ///
    /// `POST /v1.0/contact/organizations/hides/settings` (operation `AddContactHideBySceneSetting`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddContactHideBySceneSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_contact_hide_by_scene_setting(
        &self,
        request: &AddContactHideBySceneSettingRequest,
    ) -> rt::Call<
        AddContactHideBySceneSettingResponseBody,
        AddContactHideBySceneSettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddContactHideBySceneSetting",
            rt::Method::Post,
            "/v1.0/contact/organizations/hides/settings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加员工属性分场景隐藏设置
    ///
    /// `POST /v1.0/contact/empAttributes/hides/settings` (operation `AddEmpAttributeHideBySceneSetting`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddEmpAttributeHideBySceneSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_emp_attribute_hide_by_scene_setting(
        &self,
        request: &AddEmpAttributeHideBySceneSettingRequest,
    ) -> rt::Call<
        AddEmpAttributeHideBySceneSettingResponseBody,
        AddEmpAttributeHideBySceneSettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddEmpAttributeHideBySceneSetting",
            rt::Method::Post,
            "/v1.0/contact/empAttributes/hides/settings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增企业账号工作状态
    ///
    /// `POST /v1.0/contact/orgAccounts/owness` (operation `AddOrgAccountOwnness`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddOrgAccountOwnnessError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_org_account_ownness(
        &self,
        request: &AddOrgAccountOwnnessRequest,
    ) -> rt::Call<AddOrgAccountOwnnessResponseBody, AddOrgAccountOwnnessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddOrgAccountOwnness",
            rt::Method::Post,
            "/v1.0/contact/orgAccounts/owness",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 年检认证审核
    ///
    /// `POST /v1.0/contact/organizations/authorities/audit` (operation `AnnualCertificationAudit`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AnnualCertificationAuditError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn annual_certification_audit(
        &self,
        request: &AnnualCertificationAuditRequest,
    ) -> rt::Call<AnnualCertificationAuditResponseBody, AnnualCertificationAuditError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AnnualCertificationAudit",
            rt::Method::Post,
            "/v1.0/contact/organizations/authorities/audit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量同意(合作空间/集团)的关联申请
    ///
    /// `POST /v1.0/contact/cooperateCorps/unionApplications/approve` (operation `BatchApproveUnionApply`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchApproveUnionApplyError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_approve_union_apply(
        &self,
        request: &BatchApproveUnionApplyRequest,
    ) -> rt::Call<BatchApproveUnionApplyResponseBody, BatchApproveUnionApplyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchApproveUnionApply",
            rt::Method::Post,
            "/v1.0/contact/cooperateCorps/unionApplications/approve",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询用户信息
    ///
    /// `GET /v1.0/contact/users/batch/get` (operation `BatchGetUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchGetUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_get_user(
        &self,
        request: &BatchGetUserRequest,
    ) -> rt::Call<BatchGetUserResponseBody, BatchGetUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchGetUser",
            rt::Method::Get,
            "/v1.0/contact/users/batch/get",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量修改企业员工对外职位信息
    ///
    /// `PUT /v1.0/contact/externalTitles` (operation `BatchUpdateExternalTitle`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchUpdateExternalTitleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_update_external_title(
        &self,
        request: &BatchUpdateExternalTitleRequest,
    ) -> rt::Call<BatchUpdateExternalTitleResponseBody, BatchUpdateExternalTitleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchUpdateExternalTitle",
            rt::Method::Put,
            "/v1.0/contact/externalTitles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改钉钉号
    ///
    /// `POST /v1.0/contact/orgAccounts/dingTalkIds/change` (operation `ChangeDingTalkId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ChangeDingTalkIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn change_ding_talk_id(
        &self,
        request: &ChangeDingTalkIdRequest,
    ) -> rt::Call<ChangeDingTalkIdResponseBody, ChangeDingTalkIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChangeDingTalkId",
            rt::Method::Post,
            "/v1.0/contact/orgAccounts/dingTalkIds/change",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 专属帐号转交主管理员(创建者)
    ///
    /// `POST /v1.0/contact/orgAccounts/mainAdministrators/change` (operation `ChangeMainAdmin`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ChangeMainAdminError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn change_main_admin(
        &self,
        request: &ChangeMainAdminRequest,
    ) -> rt::Call<(), ChangeMainAdminError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChangeMainAdmin",
            rt::Method::Post,
            "/v1.0/contact/orgAccounts/mainAdministrators/change",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 企业账号修改主企业
    ///
    /// `POST /v1.0/contact/orgAccounts/mainOrgs/change` (operation `ChangeMainOrg`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ChangeMainOrgError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn change_main_org(
        &self,
        request: &ChangeMainOrgRequest,
    ) -> rt::Call<ChangeMainOrgResponseBody, ChangeMainOrgError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChangeMainOrg",
            rt::Method::Post,
            "/v1.0/contact/orgAccounts/mainOrgs/change",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 考证上钉-isv-证书颁发接口
    ///
    /// `POST /v1.0/contact/course/finishCourse` (operation `CourseFinishCourse`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CourseFinishCourseError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn course_finish_course(
        &self,
        request: &CourseFinishCourseRequest,
    ) -> rt::Call<CourseFinishCourseResponseBody, CourseFinishCourseError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CourseFinishCourse",
            rt::Method::Post,
            "/v1.0/contact/course/finishCourse",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建合作空间
    ///
    /// `POST /v1.0/contact/cooperateCorps` (operation `CreateCooperateOrg`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateCooperateOrgError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_cooperate_org(
        &self,
        request: &CreateCooperateOrgRequest,
    ) -> rt::Call<CreateCooperateOrgResponseBody, CreateCooperateOrgError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateCooperateOrg",
            rt::Method::Post,
            "/v1.0/contact/cooperateCorps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建管理组
    ///
    /// `POST /v1.0/contact/managementGroups` (operation `CreateManagementGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateManagementGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_management_group(
        &self,
        request: &CreateManagementGroupRequest,
    ) -> rt::Call<CreateManagementGroupResponseBody, CreateManagementGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateManagementGroup",
            rt::Method::Post,
            "/v1.0/contact/managementGroups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 子管理员创建管理组
    ///
    /// `POST /v1.0/contact/secondaryAdministrators/managementGroups` (operation `CreateSecondaryManagementGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateSecondaryManagementGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_secondary_management_group(
        &self,
        request: &CreateSecondaryManagementGroupRequest,
    ) -> rt::Call<
        CreateSecondaryManagementGroupResponseBody,
        CreateSecondaryManagementGroupError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSecondaryManagementGroup",
            rt::Method::Post,
            "/v1.0/contact/secondaryAdministrators/managementGroups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建用户组
    ///
    /// `POST /v1.0/contact/userGroups/create` (operation `CreateUserGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateUserGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_user_group(
        &self,
        request: &CreateUserGroupRequest,
    ) -> rt::Call<CreateUserGroupResponseBody, CreateUserGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateUserGroup",
            rt::Method::Post,
            "/v1.0/contact/userGroups/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除账号映射
    ///
    /// `DELETE /v1.0/contact/accountMappings` (operation `DelAccountMapping`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DelAccountMappingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn del_account_mapping(
        &self,
        request: &DelAccountMappingRequest,
    ) -> rt::Call<DelAccountMappingResponseBody, DelAccountMappingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DelAccountMapping",
            rt::Method::Delete,
            "/v1.0/contact/accountMappings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除企业账号工作状态
    ///
    /// `DELETE /v1.0/contact/orgAccounts/ownness` (operation `DelOrgAccUserOwnness`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DelOrgAccUserOwnnessError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn del_org_acc_user_ownness(
        &self,
        request: &DelOrgAccUserOwnnessRequest,
    ) -> rt::Call<DelOrgAccUserOwnnessResponseBody, DelOrgAccUserOwnnessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DelOrgAccUserOwnness",
            rt::Method::Delete,
            "/v1.0/contact/orgAccounts/ownness",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除通讯录组织架构分场景隐藏设置
    ///
    /// `DELETE /v1.0/contact/organizations/hides/settings/{setting_id}` (operation `DeleteContactHideBySceneSetting`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id` (`setting_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteContactHideBySceneSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_contact_hide_by_scene_setting(
        &self,
        setting_id: &str,
    ) -> rt::Call<
        DeleteContactHideBySceneSettingResponseBody,
        DeleteContactHideBySceneSettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteContactHideBySceneSetting",
            rt::Method::Delete,
            "/v1.0/contact/organizations/hides/settings/{setting_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], &())
    }
    /// 删除通讯录隐藏设置
    ///
    /// `DELETE /v1.0/contact/contactHideSettings/{setting_id}` (operation `DeleteContactHideSetting`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id` (`setting_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteContactHideSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_contact_hide_setting(
        &self,
        setting_id: &str,
    ) -> rt::Call<rt::serde_json::Value, DeleteContactHideSettingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteContactHideSetting",
            rt::Method::Delete,
            "/v1.0/contact/contactHideSettings/{setting_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], &())
    }
    /// 删除限制查看通讯录设置
    ///
    /// `DELETE /v1.0/contact/restrictions/settings/{setting_id}` (operation `DeleteContactRestrictSetting`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id` (`setting_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteContactRestrictSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_contact_restrict_setting(
        &self,
        setting_id: &str,
    ) -> rt::Call<
        DeleteContactRestrictSettingResponseBody,
        DeleteContactRestrictSettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteContactRestrictSetting",
            rt::Method::Delete,
            "/v1.0/contact/restrictions/settings/{setting_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], &())
    }
    /// 删除员工属性分场景隐藏设置
    ///
    /// `DELETE /v1.0/contact/empAttributes/hides/settings/{setting_id}` (operation `DeleteEmpAttributeHideBySceneSetting`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id` (`setting_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteEmpAttributeHideBySceneSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_emp_attribute_hide_by_scene_setting(
        &self,
        setting_id: &str,
    ) -> rt::Call<
        DeleteEmpAttributeHideBySceneSettingResponseBody,
        DeleteEmpAttributeHideBySceneSettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteEmpAttributeHideBySceneSetting",
            rt::Method::Delete,
            "/v1.0/contact/empAttributes/hides/settings/{setting_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], &())
    }
    /// 删除员工字段可见性设置
    ///
    /// `DELETE /v1.0/contact/staffAttributes/visibilitySettings/{setting_id}` (operation `DeleteEmpAttributeVisibility`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id` (`setting_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteEmpAttributeVisibilityError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_emp_attribute_visibility(
        &self,
        setting_id: &str,
    ) -> rt::Call<rt::serde_json::Value, DeleteEmpAttributeVisibilityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteEmpAttributeVisibility",
            rt::Method::Delete,
            "/v1.0/contact/staffAttributes/visibilitySettings/{setting_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], &())
    }
    /// 删除管理组
    ///
    /// `DELETE /v1.0/contact/managementGroups/{group_id}` (operation `DeleteManagementGroup`).
    ///
    /// # Path parameters
    ///
    /// - `group_id` (`group_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteManagementGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_management_group(
        &self,
        group_id: &str,
    ) -> rt::Call<rt::serde_json::Value, DeleteManagementGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteManagementGroup",
            rt::Method::Delete,
            "/v1.0/contact/managementGroups/{group_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[group_id], &())
    }
    /// 删除静态用户组
    ///
    /// `POST /v1.0/contact/userGroups/delete` (operation `DeleteUserGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteUserGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_user_group(
        &self,
        request: &DeleteUserGroupRequest,
    ) -> rt::Call<DeleteUserGroupResponseBody, DeleteUserGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteUserGroup",
            rt::Method::Post,
            "/v1.0/contact/userGroups/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新部门群设置
    ///
    /// `POST /v1.0/contact/departmentGroup/update` (operation `DeptGroupSettingUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeptGroupSettingUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn dept_group_setting_update(
        &self,
        request: &DeptGroupSettingUpdateRequest,
    ) -> rt::Call<DeptGroupSettingUpdateResponseBody, DeptGroupSettingUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeptGroupSettingUpdate",
            rt::Method::Post,
            "/v1.0/contact/departmentGroup/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取账号映射
    ///
    /// `GET /v1.0/contact/accountMappings` (operation `GetAccountMapping`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAccountMappingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_account_mapping(
        &self,
        request: &GetAccountMappingRequest,
    ) -> rt::Call<GetAccountMappingResponseBody, GetAccountMappingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAccountMapping",
            rt::Method::Get,
            "/v1.0/contact/accountMappings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业的邀请信息，如果传部门ID则邀请链接为邀请加入部门，否则加入根部门；如果企业未开启邀请或者链接申请加入邀请链接为null
    ///
    /// `GET /v1.0/contact/invites/infos` (operation `GetApplyInviteInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetApplyInviteInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_apply_invite_info(
        &self,
        request: &GetApplyInviteInfoRequest,
    ) -> rt::Call<GetApplyInviteInfoResponseBody, GetApplyInviteInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetApplyInviteInfo",
            rt::Method::Get,
            "/v1.0/contact/invites/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分支授权主干的行业数据
    ///
    /// `POST /v1.0/contact/branchAuthDatas/search` (operation `GetBranchAuthData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetBranchAuthDataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_branch_auth_data(
        &self,
        request: &GetBranchAuthDataRequest,
    ) -> rt::Call<GetBranchAuthDataResponseBody, GetBranchAuthDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetBranchAuthData",
            rt::Method::Post,
            "/v1.0/contact/branchAuthDatas/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户名片夹中的某张名片信息
    ///
    /// `GET /v1.0/contact/cards/holders/infos/{card_id}` (operation `GetCardInUserHolder`).
    ///
    /// # Path parameters
    ///
    /// - `card_id` (`card_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCardInUserHolderError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_card_in_user_holder(
        &self,
        card_id: &str,
    ) -> rt::Call<GetCardInUserHolderResponseBody, GetCardInUserHolderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCardInUserHolder",
            rt::Method::Get,
            "/v1.0/contact/cards/holders/infos/{card_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[card_id], &())
    }
    /// 查询用户名片信息
    ///
    /// `GET /v1.0/contact/cards/infos/{card_id}` (operation `GetCardInfo`).
    ///
    /// # Path parameters
    ///
    /// - `card_id` (`card_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCardInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_card_info(
        &self,
        card_id: &str,
    ) -> rt::Call<GetCardInfoResponseBody, GetCardInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCardInfo",
            rt::Method::Get,
            "/v1.0/contact/cards/infos/{card_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[card_id], &())
    }
    /// 获取通讯录组织架构分场景隐藏设置
    ///
    /// `GET /v1.0/contact/organizations/hides/settings/{setting_id}` (operation `GetContactHideBySceneSetting`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id` (`setting_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetContactHideBySceneSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_contact_hide_by_scene_setting(
        &self,
        setting_id: &str,
    ) -> rt::Call<
        GetContactHideBySceneSettingResponseBody,
        GetContactHideBySceneSettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetContactHideBySceneSetting",
            rt::Method::Get,
            "/v1.0/contact/organizations/hides/settings/{setting_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], &())
    }
    /// 获取邀请加入合作空间链接，分享链接之后企业可以申请加入
    ///
    /// `GET /v1.0/contact/cooperateCorps/{cooperate_corp_id}/inviteInfos` (operation `GetCooperateOrgInviteInfo`).
    ///
    /// # Path parameters
    ///
    /// - `cooperate_corp_id` (`cooperate_corp_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCooperateOrgInviteInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_cooperate_org_invite_info(
        &self,
        cooperate_corp_id: &str,
    ) -> rt::Call<
        GetCooperateOrgInviteInfoResponseBody,
        GetCooperateOrgInviteInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCooperateOrgInviteInfo",
            rt::Method::Get,
            "/v1.0/contact/cooperateCorps/{cooperate_corp_id}/inviteInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[cooperate_corp_id], &())
    }
    /// 查询企业模板列表
    ///
    /// `GET /v1.0/contact/cards/styles/lists` (operation `GetCorpCardStyleList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCorpCardStyleListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_corp_card_style_list(
        &self,
    ) -> rt::Call<GetCorpCardStyleListResponseBody, GetCorpCardStyleListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCorpCardStyleList",
            rt::Method::Get,
            "/v1.0/contact/cards/styles/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 普通帐号迁移为专属帐号后，根据迁移后的dingId查询原dingId
    ///
    /// `GET /v1.0/contact/orgAccount/getDingIdByMigrationDingIds` (operation `GetDingIdByMigrationDingId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDingIdByMigrationDingIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_ding_id_by_migration_ding_id(
        &self,
        request: &GetDingIdByMigrationDingIdRequest,
    ) -> rt::Call<
        GetDingIdByMigrationDingIdResponseBody,
        GetDingIdByMigrationDingIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDingIdByMigrationDingId",
            rt::Method::Get,
            "/v1.0/contact/orgAccount/getDingIdByMigrationDingIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取员工属性分场景隐藏设置
    ///
    /// `GET /v1.0/contact/empAttributes/hides/settings/{setting_id}` (operation `GetEmpAttributeHideBySceneSetting`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id` (`setting_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetEmpAttributeHideBySceneSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_emp_attribute_hide_by_scene_setting(
        &self,
        setting_id: &str,
    ) -> rt::Call<
        GetEmpAttributeHideBySceneSettingResponseBody,
        GetEmpAttributeHideBySceneSettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetEmpAttributeHideBySceneSetting",
            rt::Method::Get,
            "/v1.0/contact/empAttributes/hides/settings/{setting_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], &())
    }
    /// 获取企业最新的钉钉指数
    ///
    /// `GET /v1.0/contact/dingIndexs` (operation `GetLatestDingIndex`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetLatestDingIndexError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_latest_ding_index(
        &self,
    ) -> rt::Call<GetLatestDingIndexResponseBody, GetLatestDingIndexError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetLatestDingIndex",
            rt::Method::Get,
            "/v1.0/contact/dingIndexs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 普通帐号迁移为专属帐号后，根据原dingId查询迁移后的dingId
    ///
    /// `GET /v1.0/contact/orgAccount/getMigrationDingIdByDingIds` (operation `GetMigrationDingIdByDingId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMigrationDingIdByDingIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_migration_ding_id_by_ding_id(
        &self,
        request: &GetMigrationDingIdByDingIdRequest,
    ) -> rt::Call<
        GetMigrationDingIdByDingIdResponseBody,
        GetMigrationDingIdByDingIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMigrationDingIdByDingId",
            rt::Method::Get,
            "/v1.0/contact/orgAccount/getMigrationDingIdByDingIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 普通帐号迁移为专属帐号后，根据原unionId查询迁移后的unionId
    ///
    /// `GET /v1.0/contact/orgAccount/getMigrationUnionIdByUnionIds` (operation `GetMigrationUnionIdByUnionId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMigrationUnionIdByUnionIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_migration_union_id_by_union_id(
        &self,
        request: &GetMigrationUnionIdByUnionIdRequest,
    ) -> rt::Call<
        GetMigrationUnionIdByUnionIdResponseBody,
        GetMigrationUnionIdByUnionIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMigrationUnionIdByUnionId",
            rt::Method::Get,
            "/v1.0/contact/orgAccount/getMigrationUnionIdByUnionIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业认证信息
    ///
    /// `GET /v1.0/contact/organizations/authInfos` (operation `GetOrgAuthInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOrgAuthInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_org_auth_info(
        &self,
        request: &GetOrgAuthInfoRequest,
    ) -> rt::Call<GetOrgAuthInfoResponseBody, GetOrgAuthInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOrgAuthInfo",
            rt::Method::Get,
            "/v1.0/contact/organizations/authInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取异步文件内容转译结果
    ///
    /// `GET /v1.0/contact/files/translateResults` (operation `GetTranslateFileJobResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTranslateFileJobResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_translate_file_job_result(
        &self,
        request: &GetTranslateFileJobResultRequest,
    ) -> rt::Call<
        GetTranslateFileJobResultResponseBody,
        GetTranslateFileJobResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTranslateFileJobResult",
            rt::Method::Get,
            "/v1.0/contact/files/translateResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 普通帐号迁移为专属帐号后，根据迁移后的unionId查询原unionId
    ///
    /// `GET /v1.0/contact/orgAccount/getUnionIdByMigrationUnionIds` (operation `GetUnionIdByMigrationUnionId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUnionIdByMigrationUnionIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_union_id_by_migration_union_id(
        &self,
        request: &GetUnionIdByMigrationUnionIdRequest,
    ) -> rt::Call<
        GetUnionIdByMigrationUnionIdResponseBody,
        GetUnionIdByMigrationUnionIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUnionIdByMigrationUnionId",
            rt::Method::Get,
            "/v1.0/contact/orgAccount/getUnionIdByMigrationUnionIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户个人信息
    ///
    /// `GET /v1.0/contact/users/{union_id}` (operation `GetUser`).
    ///
    /// # Path parameters
    ///
    /// - `union_id` (`union_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user(
        &self,
        union_id: &str,
    ) -> rt::Call<GetUserResponseBody, GetUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUser",
            rt::Method::Get,
            "/v1.0/contact/users/{union_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], &())
    }
    /// 根据钉钉号获取员工信息
    ///
    /// `GET /v1.0/contact/user/getByDingTalkId` (operation `GetUserByDingTalkId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserByDingTalkIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_by_ding_talk_id(
        &self,
        request: &GetUserByDingTalkIdRequest,
    ) -> rt::Call<GetUserByDingTalkIdResponseBody, GetUserByDingTalkIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserByDingTalkId",
            rt::Method::Get,
            "/v1.0/contact/user/getByDingTalkId",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户名片夹信息
    ///
    /// `GET /v1.0/contact/cards/holders/lists` (operation `GetUserCardHolderList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserCardHolderListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_card_holder_list(
        &self,
        request: &GetUserCardHolderListRequest,
    ) -> rt::Call<GetUserCardHolderListResponseBody, GetUserCardHolderListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserCardHolderList",
            rt::Method::Get,
            "/v1.0/contact/cards/holders/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户组详情
    ///
    /// `GET /v1.0/contact/userGroups/getUserGroup` (operation `GetUserGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_group(
        &self,
        request: &GetUserGroupRequest,
    ) -> rt::Call<GetUserGroupResponseBody, GetUserGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserGroup",
            rt::Method::Get,
            "/v1.0/contact/userGroups/getUserGroup",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 初始化核身事件
    ///
    /// `POST /v1.0/contact/verifyIdentities/verifyEvents/init` (operation `InitVerifyEvent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InitVerifyEventError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn init_verify_event(
        &self,
        request: &InitVerifyEventRequest,
    ) -> rt::Call<InitVerifyEventResponseBody, InitVerifyEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InitVerifyEvent",
            rt::Method::Post,
            "/v1.0/contact/verifyIdentities/verifyEvents/init",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 判断某用户跟给定专属账号是否存在好友关系
    ///
    /// `POST /v1.0/contact/relationships/friends/judge` (operation `IsFriend`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`IsFriendError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn is_friend(
        &self,
        request: &IsFriendRequest,
    ) -> rt::Call<IsFriendResponseBody, IsFriendError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IsFriend",
            rt::Method::Post,
            "/v1.0/contact/relationships/friends/judge",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 名片事件推送
    ///
    /// `POST /v1.0/contact/cards/events/push` (operation `IsvCardEventPush`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`IsvCardEventPushError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn isv_card_event_push(
        &self,
        request: &IsvCardEventPushRequest,
    ) -> rt::Call<IsvCardEventPushResponseBody, IsvCardEventPushError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IsvCardEventPush",
            rt::Method::Post,
            "/v1.0/contact/cards/events/push",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 拉取管理组基本信息列表分页接口
    ///
    /// `GET /v1.0/contact/rbac/administrativeGroups/baseInfos` (operation `ListBasicRoleInPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListBasicRoleInPageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_basic_role_in_page(
        &self,
        request: &ListBasicRoleInPageRequest,
    ) -> rt::Call<ListBasicRoleInPageResponseBody, ListBasicRoleInPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListBasicRoleInPage",
            rt::Method::Get,
            "/v1.0/contact/rbac/administrativeGroups/baseInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取通讯录隐藏设置
    ///
    /// `GET /v1.0/contact/contactHideSettings` (operation `ListContactHideSettings`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListContactHideSettingsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_contact_hide_settings(
        &self,
        request: &ListContactHideSettingsRequest,
    ) -> rt::Call<ListContactHideSettingsResponseBody, ListContactHideSettingsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListContactHideSettings",
            rt::Method::Get,
            "/v1.0/contact/contactHideSettings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取限制查看通讯录设置列表
    ///
    /// `GET /v1.0/contact/restrictions/settings` (operation `ListContactRestrictSetting`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListContactRestrictSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_contact_restrict_setting(
        &self,
        request: &ListContactRestrictSettingRequest,
    ) -> rt::Call<
        ListContactRestrictSettingResponseBody,
        ListContactRestrictSettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListContactRestrictSetting",
            rt::Method::Get,
            "/v1.0/contact/restrictions/settings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取员工字段可见性设置
    ///
    /// `GET /v1.0/contact/staffAttributes/visibilitySettings` (operation `ListEmpAttributeVisibility`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListEmpAttributeVisibilityError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_emp_attribute_visibility(
        &self,
        request: &ListEmpAttributeVisibilityRequest,
    ) -> rt::Call<
        ListEmpAttributeVisibilityResponseBody,
        ListEmpAttributeVisibilityError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListEmpAttributeVisibility",
            rt::Method::Get,
            "/v1.0/contact/staffAttributes/visibilitySettings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询离职记录
    ///
    /// `GET /v1.0/contact/empLeaveRecords` (operation `ListEmpLeaveRecords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListEmpLeaveRecordsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_emp_leave_records(
        &self,
        request: &ListEmpLeaveRecordsRequest,
    ) -> rt::Call<ListEmpLeaveRecordsResponseBody, ListEmpLeaveRecordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListEmpLeaveRecords",
            rt::Method::Get,
            "/v1.0/contact/empLeaveRecords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询管理组
    ///
    /// `GET /v1.0/contact/managementGroups` (operation `ListManagementGroups`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListManagementGroupsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_management_groups(
        &self,
        request: &ListManagementGroupsRequest,
    ) -> rt::Call<ListManagementGroupsResponseBody, ListManagementGroupsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListManagementGroups",
            rt::Method::Get,
            "/v1.0/contact/managementGroups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询专属帐号拥有的组织(作为创建者的组织)
    ///
    /// `GET /v1.0/contact/orgAccounts/ownedOrganizations` (operation `ListOwnedOrgByStaffId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListOwnedOrgByStaffIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_owned_org_by_staff_id(
        &self,
        request: &ListOwnedOrgByStaffIdRequest,
    ) -> rt::Call<ListOwnedOrgByStaffIdResponseBody, ListOwnedOrgByStaffIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListOwnedOrgByStaffId",
            rt::Method::Get,
            "/v1.0/contact/orgAccounts/ownedOrganizations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取员工高管设置
    ///
    /// `GET /v1.0/contact/seniorSettings` (operation `ListSeniorSettings`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSeniorSettingsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_senior_settings(
        &self,
        request: &ListSeniorSettingsRequest,
    ) -> rt::Call<ListSeniorSettingsResponseBody, ListSeniorSettingsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSeniorSettings",
            rt::Method::Get,
            "/v1.0/contact/seniorSettings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户组成员列表
    ///
    /// `GET /v1.0/contact/userGroups/listUserGroupMembers` (operation `ListUserGroupMembers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListUserGroupMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_user_group_members(
        &self,
        request: &ListUserGroupMembersRequest,
    ) -> rt::Call<ListUserGroupMembersResponseBody, ListUserGroupMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListUserGroupMembers",
            rt::Method::Get,
            "/v1.0/contact/userGroups/listUserGroupMembers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户组列表
    ///
    /// `GET /v1.0/contact/userGroups/listUserGroups` (operation `ListUserGroups`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListUserGroupsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_user_groups(
        &self,
        request: &ListUserGroupsRequest,
    ) -> rt::Call<ListUserGroupsResponseBody, ListUserGroupsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListUserGroups",
            rt::Method::Get,
            "/v1.0/contact/userGroups/listUserGroups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新企业账号工作状态
    ///
    /// `PUT /v1.0/contact/orgAccounts/owness` (operation `ModifyOrgAccUserOwnness`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ModifyOrgAccUserOwnnessError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn modify_org_acc_user_ownness(
        &self,
        request: &ModifyOrgAccUserOwnnessRequest,
    ) -> rt::Call<ModifyOrgAccUserOwnnessResponseBody, ModifyOrgAccUserOwnnessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ModifyOrgAccUserOwnness",
            rt::Method::Put,
            "/v1.0/contact/orgAccounts/owness",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 授权专属帐号可加入多组织
    ///
    /// `POST /v1.0/contact/orgAccounts/multiOrgPermissions/auth` (operation `MultiOrgPermissionGrant`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`MultiOrgPermissionGrantError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn multi_org_permission_grant(
        &self,
        request: &MultiOrgPermissionGrantRequest,
    ) -> rt::Call<(), MultiOrgPermissionGrantError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MultiOrgPermissionGrant",
            rt::Method::Post,
            "/v1.0/contact/orgAccounts/multiOrgPermissions/auth",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 授权其他组织查看本组织的企业账号信息
    ///
    /// `PUT /v1.0/contact/orgAccounts/mobiles/visibleInOtherOrg` (operation `OrgAccountMobileVisibleInOtherOrg`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OrgAccountMobileVisibleInOtherOrgError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn org_account_mobile_visible_in_other_org(
        &self,
        request: &OrgAccountMobileVisibleInOtherOrgRequest,
    ) -> rt::Call<
        OrgAccountMobileVisibleInOtherOrgResponseBody,
        OrgAccountMobileVisibleInOtherOrgError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OrgAccountMobileVisibleInOtherOrg",
            rt::Method::Put,
            "/v1.0/contact/orgAccounts/mobiles/visibleInOtherOrg",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新企业账号电话可见性
    ///
    /// `PUT /v1.0/contact/orgAccounts/mobiles/visiblePermissions` (operation `OrgAccountMobileVisiblePermisson`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OrgAccountMobileVisiblePermissonError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn org_account_mobile_visible_permisson(
        &self,
        request: &OrgAccountMobileVisiblePermissonRequest,
    ) -> rt::Call<
        OrgAccountMobileVisiblePermissonResponseBody,
        OrgAccountMobileVisiblePermissonError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OrgAccountMobileVisiblePermisson",
            rt::Method::Put,
            "/v1.0/contact/orgAccounts/mobiles/visiblePermissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据orgId获取企业信息
    ///
    /// `POST /v1.0/contact/org/info` (operation `OrgInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OrgInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn org_info(
        &self,
        request: &OrgInfoRequest,
    ) -> rt::Call<OrgInfoResponseBody, OrgInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OrgInfo",
            rt::Method::Post,
            "/v1.0/contact/org/info",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 给员工推送事件唤起核身组件
    ///
    /// `POST /v1.0/contact/verifyIdentities/verifyEvents/push` (operation `PushVerifyEvent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PushVerifyEventError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn push_verify_event(
        &self,
        request: &PushVerifyEventRequest,
    ) -> rt::Call<PushVerifyEventResponseBody, PushVerifyEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PushVerifyEvent",
            rt::Method::Post,
            "/v1.0/contact/verifyIdentities/verifyEvents/push",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询访客统计信息信息
    ///
    /// `GET /v1.0/contact/cards/visitors/statistics` (operation `QueryCardVisitorStatisticData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCardVisitorStatisticDataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_card_visitor_statistic_data(
        &self,
        request: &QueryCardVisitorStatisticDataRequest,
    ) -> rt::Call<
        QueryCardVisitorStatisticDataResponseBody,
        QueryCardVisitorStatisticDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCardVisitorStatisticData",
            rt::Method::Get,
            "/v1.0/contact/cards/visitors/statistics",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业模版的统计数据
    ///
    /// `POST /v1.0/contact/cards/templates/statistics/query` (operation `QueryCorpStatisticData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCorpStatisticDataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_corp_statistic_data(
        &self,
        request: &QueryCorpStatisticDataRequest,
    ) -> rt::Call<QueryCorpStatisticDataResponseBody, QueryCorpStatisticDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCorpStatisticData",
            rt::Method::Post,
            "/v1.0/contact/cards/templates/statistics/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业用户名片统计数据
    ///
    /// `POST /v1.0/contact/cards/users/statistics/query` (operation `QueryCorpUserStatistic`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCorpUserStatisticError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_corp_user_statistic(
        &self,
        request: &QueryCorpUserStatisticRequest,
    ) -> rt::Call<QueryCorpUserStatisticResponseBody, QueryCorpUserStatisticError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCorpUserStatistic",
            rt::Method::Post,
            "/v1.0/contact/cards/users/statistics/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询可管理资源的成员
    ///
    /// `GET /v1.0/contact/resources/{resource_id}/managementMembers` (operation `QueryResourceManagementMembers`).
    ///
    /// # Path parameters
    ///
    /// - `resource_id` (`resource_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryResourceManagementMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_resource_management_members(
        &self,
        resource_id: &str,
    ) -> rt::Call<
        QueryResourceManagementMembersResponseBody,
        QueryResourceManagementMembersError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryResourceManagementMembers",
            rt::Method::Get,
            "/v1.0/contact/resources/{resource_id}/managementMembers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[resource_id], &())
    }
    /// 查询专属帐号状态
    ///
    /// `GET /v1.0/contact/orgAccounts/status` (operation `QueryStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_status(
        &self,
        request: &QueryStatusRequest,
    ) -> rt::Call<QueryStatusResponseBody, QueryStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryStatus",
            rt::Method::Get,
            "/v1.0/contact/orgAccounts/status",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户可以管理的资源
    ///
    /// `GET /v1.0/contact/users/{user_id}/managemementResources` (operation `QueryUserManagementResources`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUserManagementResourcesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_user_management_resources(
        &self,
        user_id: &str,
    ) -> rt::Call<
        QueryUserManagementResourcesResponseBody,
        QueryUserManagementResourcesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserManagementResources",
            rt::Method::Get,
            "/v1.0/contact/users/{user_id}/managemementResources",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 读取员工核身结果
    ///
    /// `GET /v1.0/contact/verifyIdentities/verifyResults` (operation `QueryVerifyResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryVerifyResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_verify_result(
        &self,
        request: &QueryVerifyResultRequest,
    ) -> rt::Call<QueryVerifyResultResponseBody, QueryVerifyResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryVerifyResult",
            rt::Method::Get,
            "/v1.0/contact/verifyIdentities/verifyResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 撤回已经发出的团队邀请
    ///
    /// `POST /v1.0/contact/invites/recall` (operation `RecallTeamInvite`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RecallTeamInviteError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn recall_team_invite(
        &self,
        request: &RecallTeamInviteRequest,
    ) -> rt::Call<(), RecallTeamInviteError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RecallTeamInvite",
            rt::Method::Post,
            "/v1.0/contact/invites/recall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 搜索部门
    ///
    /// `POST /v1.0/contact/departments/search` (operation `SearchDepartment`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchDepartmentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_department(
        &self,
        request: &SearchDepartmentRequest,
    ) -> rt::Call<SearchDepartmentResponseBody, SearchDepartmentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchDepartment",
            rt::Method::Post,
            "/v1.0/contact/departments/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 搜索用户
    ///
    /// `POST /v1.0/contact/users/search` (operation `SearchUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_user(
        &self,
        request: &SearchUserRequest,
    ) -> rt::Call<SearchUserResponseBody, SearchUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchUser",
            rt::Method::Post,
            "/v1.0/contact/users/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 解除关联组织
    ///
    /// `POST /v1.0/contact/cooperateCorps/separate` (operation `SeparateBranchOrg`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SeparateBranchOrgError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn separate_branch_org(
        &self,
        request: &SeparateBranchOrgRequest,
    ) -> rt::Call<SeparateBranchOrgResponseBody, SeparateBranchOrgError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SeparateBranchOrg",
            rt::Method::Post,
            "/v1.0/contact/cooperateCorps/separate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 停用专属帐号
    ///
    /// `POST /v1.0/contact/orgAccounts/disable` (operation `SetDisable`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetDisableError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_disable(
        &self,
        request: &SetDisableRequest,
    ) -> rt::Call<SetDisableResponseBody, SetDisableError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetDisable",
            rt::Method::Post,
            "/v1.0/contact/orgAccounts/disable",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 启用专属帐号
    ///
    /// `POST /v1.0/contact/orgAccounts/enable` (operation `SetEnable`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetEnableError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_enable(
        &self,
        request: &SetEnableRequest,
    ) -> rt::Call<SetEnableResponseBody, SetEnableError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetEnable",
            rt::Method::Post,
            "/v1.0/contact/orgAccounts/enable",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 强制登出专属帐号
    ///
    /// `POST /v1.0/contact/orgAccounts/signOut` (operation `SignOut`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SignOutError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn sign_out(
        &self,
        request: &SignOutRequest,
    ) -> rt::Call<SignOutResponseBody, SignOutError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SignOut",
            rt::Method::Post,
            "/v1.0/contact/orgAccounts/signOut",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据用户名排序
    ///
    /// `POST /v1.0/contact/users/sort` (operation `SortUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SortUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn sort_user(
        &self,
        request: &SortUserRequest,
    ) -> rt::Call<SortUserResponseBody, SortUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SortUser",
            rt::Method::Post,
            "/v1.0/contact/users/sort",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提交资源转交
    ///
    /// `POST /v1.0/contact/assets/submitHandoverResource` (operation `SubmitHandoverResource`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SubmitHandoverResourceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn submit_handover_resource(
        &self,
        request: &SubmitHandoverResourceRequest,
    ) -> rt::Call<SubmitHandoverResourceResponseBody, SubmitHandoverResourceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubmitHandoverResource",
            rt::Method::Post,
            "/v1.0/contact/assets/submitHandoverResource",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：添加员工自定义标签
    ///
    /// `POST /v1.0/contact/talentTags/addCustomTag` (operation `TalentAddCustomTag`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TalentAddCustomTagError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn talent_add_custom_tag(
        &self,
        request: &TalentAddCustomTagRequest,
    ) -> rt::Call<TalentAddCustomTagResponseBody, TalentAddCustomTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentAddCustomTag",
            rt::Method::Post,
            "/v1.0/contact/talentTags/addCustomTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：添加员工客观标签
    ///
    /// `POST /v1.0/contact/talentTags/addObjectiveTag` (operation `TalentAddObjectiveTag`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TalentAddObjectiveTagError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn talent_add_objective_tag(
        &self,
        request: &TalentAddObjectiveTagRequest,
    ) -> rt::Call<TalentAddObjectiveTagResponseBody, TalentAddObjectiveTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentAddObjectiveTag",
            rt::Method::Post,
            "/v1.0/contact/talentTags/addObjectiveTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：添加企业个性标签
    ///
    /// `POST /v1.0/contact/talentTags/addPersonalityTag` (operation `TalentAddPersonalityTag`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TalentAddPersonalityTagError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn talent_add_personality_tag(
        &self,
        request: &TalentAddPersonalityTagRequest,
    ) -> rt::Call<TalentAddPersonalityTagResponseBody, TalentAddPersonalityTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentAddPersonalityTag",
            rt::Method::Post,
            "/v1.0/contact/talentTags/addPersonalityTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：删除员工自定义标签并清除所有点赞记录
    ///
    /// `POST /v1.0/contact/talentTags/deleteCustomTagWithClearLike` (operation `TalentDeleteCustomTag`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TalentDeleteCustomTagError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn talent_delete_custom_tag(
        &self,
        request: &TalentDeleteCustomTagRequest,
    ) -> rt::Call<TalentDeleteCustomTagResponseBody, TalentDeleteCustomTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentDeleteCustomTag",
            rt::Method::Post,
            "/v1.0/contact/talentTags/deleteCustomTagWithClearLike",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：删除员工客观标签
    ///
    /// `POST /v1.0/contact/talentTags/deleteObjectiveTag` (operation `TalentDeleteObjectiveTag`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TalentDeleteObjectiveTagError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn talent_delete_objective_tag(
        &self,
        request: &TalentDeleteObjectiveTagRequest,
    ) -> rt::Call<TalentDeleteObjectiveTagResponseBody, TalentDeleteObjectiveTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentDeleteObjectiveTag",
            rt::Method::Post,
            "/v1.0/contact/talentTags/deleteObjectiveTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：删除企业个性标签
    ///
    /// `POST /v1.0/contact/talentTags/deletePersonalityTag` (operation `TalentDeletePersonalityTag`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TalentDeletePersonalityTagError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn talent_delete_personality_tag(
        &self,
        request: &TalentDeletePersonalityTagRequest,
    ) -> rt::Call<
        TalentDeletePersonalityTagResponseBody,
        TalentDeletePersonalityTagError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentDeletePersonalityTag",
            rt::Method::Post,
            "/v1.0/contact/talentTags/deletePersonalityTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：点赞/取消点赞标签
    ///
    /// `POST /v1.0/contact/talentTags/likeTag` (operation `TalentLikeTag`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TalentLikeTagError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn talent_like_tag(
        &self,
        request: &TalentLikeTagRequest,
    ) -> rt::Call<TalentLikeTagResponseBody, TalentLikeTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentLikeTag",
            rt::Method::Post,
            "/v1.0/contact/talentTags/likeTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：查询员工自定义标签
    ///
    /// `GET /v1.0/contact/talentTags/queryCustomTag` (operation `TalentQueryCustomTag`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TalentQueryCustomTagError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn talent_query_custom_tag(
        &self,
        request: &TalentQueryCustomTagRequest,
    ) -> rt::Call<TalentQueryCustomTagResponseBody, TalentQueryCustomTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentQueryCustomTag",
            rt::Method::Get,
            "/v1.0/contact/talentTags/queryCustomTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：查询员工客观标签
    ///
    /// `GET /v1.0/contact/talentTags/queryObjectiveTag` (operation `TalentQueryObjectiveTag`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TalentQueryObjectiveTagError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn talent_query_objective_tag(
        &self,
        request: &TalentQueryObjectiveTagRequest,
    ) -> rt::Call<TalentQueryObjectiveTagResponseBody, TalentQueryObjectiveTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentQueryObjectiveTag",
            rt::Method::Get,
            "/v1.0/contact/talentTags/queryObjectiveTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：查询企业个性标签
    ///
    /// `GET /v1.0/contact/talentTags/queryPersonalityTag` (operation `TalentQueryPersonalityTag`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TalentQueryPersonalityTagError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn talent_query_personality_tag(
        &self,
    ) -> rt::Call<
        TalentQueryPersonalityTagResponseBody,
        TalentQueryPersonalityTagError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentQueryPersonalityTag",
            rt::Method::Get,
            "/v1.0/contact/talentTags/queryPersonalityTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 人才标签：分页查询指定标签的点赞记录
    ///
    /// `GET /v1.0/contact/talentTags/queryTagLikeDetailList` (operation `TalentQueryTagLikeDetailList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TalentQueryTagLikeDetailListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn talent_query_tag_like_detail_list(
        &self,
        request: &TalentQueryTagLikeDetailListRequest,
    ) -> rt::Call<
        TalentQueryTagLikeDetailListResponseBody,
        TalentQueryTagLikeDetailListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentQueryTagLikeDetailList",
            rt::Method::Get,
            "/v1.0/contact/talentTags/queryTagLikeDetailList",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：查询点赞标签列表
    ///
    /// `GET /v1.0/contact/talentTags/queryTagLikeList` (operation `TalentQueryTagLikeList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TalentQueryTagLikeListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn talent_query_tag_like_list(
        &self,
        request: &TalentQueryTagLikeListRequest,
    ) -> rt::Call<TalentQueryTagLikeListResponseBody, TalentQueryTagLikeListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentQueryTagLikeList",
            rt::Method::Get,
            "/v1.0/contact/talentTags/queryTagLikeList",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 普通帐号转换为专属帐号
    ///
    /// `POST /v1.0/contact/orgAccount/transformToExclusiveAccounts` (operation `TransformToExclusiveAccount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TransformToExclusiveAccountError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn transform_to_exclusive_account(
        &self,
        request: &TransformToExclusiveAccountRequest,
    ) -> rt::Call<rt::serde_json::Value, TransformToExclusiveAccountError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TransformToExclusiveAccount",
            rt::Method::Post,
            "/v1.0/contact/orgAccount/transformToExclusiveAccounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 企业账号转换为普通账号
    ///
    /// `POST /v1.0/contact/orgAccounts/transformToNormalAccount` (operation `TransformToNormalAccount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TransformToNormalAccountError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn transform_to_normal_account(
        &self,
        request: &TransformToNormalAccountRequest,
    ) -> rt::Call<TransformToNormalAccountResponseBody, TransformToNormalAccountError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TransformToNormalAccount",
            rt::Method::Post,
            "/v1.0/contact/orgAccounts/transformToNormalAccount",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 异步文件内容转译
    ///
    /// `POST /v1.0/contact/files/translate` (operation `TranslateFile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TranslateFileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn translate_file(
        &self,
        request: &TranslateFileRequest,
    ) -> rt::Call<TranslateFileResponseBody, TranslateFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TranslateFile",
            rt::Method::Post,
            "/v1.0/contact/files/translate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 唯一查询用户名片
    ///
    /// `GET /v1.0/contact/uniques/cards` (operation `UniqueQueryUserCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UniqueQueryUserCardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn unique_query_user_card(
        &self,
        request: &UniqueQueryUserCardRequest,
    ) -> rt::Call<UniqueQueryUserCardResponseBody, UniqueQueryUserCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UniqueQueryUserCard",
            rt::Method::Get,
            "/v1.0/contact/uniques/cards",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新(分支/伙伴)在(集团/合作空间)的属性信息
    ///
    /// `PUT /v1.0/contact/cooperateCorps/branchAttributes` (operation `UpdateBranchAttributesInCooperate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateBranchAttributesInCooperateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_branch_attributes_in_cooperate(
        &self,
        request: &UpdateBranchAttributesInCooperateRequest,
    ) -> rt::Call<rt::serde_json::Value, UpdateBranchAttributesInCooperateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateBranchAttributesInCooperate",
            rt::Method::Put,
            "/v1.0/contact/cooperateCorps/branchAttributes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置(分支/伙伴)在(集团/合作空间)的可见范围
    ///
    /// `PUT /v1.0/contact/cooperateCorps/branchVisibleSettings` (operation `UpdateBranchVisibleSettingInCooperate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateBranchVisibleSettingInCooperateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_branch_visible_setting_in_cooperate(
        &self,
        request: &UpdateBranchVisibleSettingInCooperateRequest,
    ) -> rt::Call<(), UpdateBranchVisibleSettingInCooperateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateBranchVisibleSettingInCooperate",
            rt::Method::Put,
            "/v1.0/contact/cooperateCorps/branchVisibleSettings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新通讯录组织架构隐藏设置
    ///
    /// `PUT /v1.0/contact/organizations/hides/settings/{setting_id}` (operation `UpdateContactHideBySceneSetting`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id` (`setting_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateContactHideBySceneSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_contact_hide_by_scene_setting(
        &self,
        setting_id: &str,
        request: &UpdateContactHideBySceneSettingRequest,
    ) -> rt::Call<
        UpdateContactHideBySceneSettingResponseBody,
        UpdateContactHideBySceneSettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateContactHideBySceneSetting",
            rt::Method::Put,
            "/v1.0/contact/organizations/hides/settings/{setting_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], request)
    }
    /// 更新通讯录隐藏设置
    ///
    /// `PUT /v1.0/contact/contactHideSettings` (operation `UpdateContactHideSetting`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateContactHideSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_contact_hide_setting(
        &self,
        request: &UpdateContactHideSettingRequest,
    ) -> rt::Call<UpdateContactHideSettingResponseBody, UpdateContactHideSettingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateContactHideSetting",
            rt::Method::Put,
            "/v1.0/contact/contactHideSettings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增或修改限制查看通讯录设置
    ///
    /// `PUT /v1.0/contact/restrictions/settings` (operation `UpdateContactRestrictSetting`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateContactRestrictSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_contact_restrict_setting(
        &self,
        request: &UpdateContactRestrictSettingRequest,
    ) -> rt::Call<
        UpdateContactRestrictSettingResponseBody,
        UpdateContactRestrictSettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateContactRestrictSetting",
            rt::Method::Put,
            "/v1.0/contact/restrictions/settings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通讯录可见性部门设置子部门设置优先
    ///
    /// `POST /v1.0/contact/depts/settings/priorities` (operation `UpdateDeptSettngTailFirst`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateDeptSettngTailFirstError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_dept_settng_tail_first(
        &self,
        request: &UpdateDeptSettngTailFirstRequest,
    ) -> rt::Call<rt::serde_json::Value, UpdateDeptSettngTailFirstError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateDeptSettngTailFirst",
            rt::Method::Post,
            "/v1.0/contact/depts/settings/priorities",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新企业员工属性字段可见性设置
    ///
    /// `POST /v1.0/contact/staffAttributes/visibilitySettings` (operation `UpdateEmpAttrbuteVisibilitySetting`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateEmpAttrbuteVisibilitySettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_emp_attrbute_visibility_setting(
        &self,
        request: &UpdateEmpAttrbuteVisibilitySettingRequest,
    ) -> rt::Call<
        UpdateEmpAttrbuteVisibilitySettingResponseBody,
        UpdateEmpAttrbuteVisibilitySettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateEmpAttrbuteVisibilitySetting",
            rt::Method::Post,
            "/v1.0/contact/staffAttributes/visibilitySettings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新员工属性分场景隐藏设置
    ///
    /// `PUT /v1.0/contact/empAttributes/hides/settings/{setting_id}` (operation `UpdateEmpAttributeHideBySceneSetting`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id` (`setting_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateEmpAttributeHideBySceneSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_emp_attribute_hide_by_scene_setting(
        &self,
        setting_id: &str,
        request: &UpdateEmpAttributeHideBySceneSettingRequest,
    ) -> rt::Call<
        UpdateEmpAttributeHideBySceneSettingResponseBody,
        UpdateEmpAttributeHideBySceneSettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateEmpAttributeHideBySceneSetting",
            rt::Method::Put,
            "/v1.0/contact/empAttributes/hides/settings/{setting_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], request)
    }
    /// 更新管理组
    ///
    /// `PUT /v1.0/contact/managementGroups/{group_id}` (operation `UpdateManagementGroup`).
    ///
    /// # Path parameters
    ///
    /// - `group_id` (`group_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateManagementGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_management_group(
        &self,
        group_id: &str,
        request: &UpdateManagementGroupRequest,
    ) -> rt::Call<rt::serde_json::Value, UpdateManagementGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateManagementGroup",
            rt::Method::Put,
            "/v1.0/contact/managementGroups/{group_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[group_id], request)
    }
    /// 设置高管模式
    ///
    /// `POST /v1.0/contact/seniorSettings` (operation `UpdateSeniorSetting`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateSeniorSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_senior_setting(
        &self,
        request: &UpdateSeniorSettingRequest,
    ) -> rt::Call<(), UpdateSeniorSettingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateSeniorSetting",
            rt::Method::Post,
            "/v1.0/contact/seniorSettings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 三方通过该接口更新个人履历的审核状态
    ///
    /// `PUT /v1.0/contact/userTitles/auditStatuses` (operation `UpdateTitleAuditStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTitleAuditStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_title_audit_status(
        &self,
        request: &UpdateTitleAuditStatusRequest,
    ) -> rt::Call<UpdateTitleAuditStatusResponseBody, UpdateTitleAuditStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTitleAuditStatus",
            rt::Method::Put,
            "/v1.0/contact/userTitles/auditStatuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新用户个人状态
    ///
    /// `PUT /v1.0/contact/user/{user_id}/ownness` (operation `UpdateUserOwnness`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateUserOwnnessError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_user_ownness(
        &self,
        user_id: &str,
        request: &UpdateUserOwnnessRequest,
    ) -> rt::Call<UpdateUserOwnnessResponseBody, UpdateUserOwnnessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateUserOwnness",
            rt::Method::Put,
            "/v1.0/contact/user/{user_id}/ownness",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 批量添加静态用户组成员
    ///
    /// `POST /v1.0/contact/userGroups/addStaticGroupMembers` (operation `UserGroupAddStaticGroupMembers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UserGroupAddStaticGroupMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn user_group_add_static_group_members(
        &self,
        request: &UserGroupAddStaticGroupMembersRequest,
    ) -> rt::Call<
        UserGroupAddStaticGroupMembersResponseBody,
        UserGroupAddStaticGroupMembersError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UserGroupAddStaticGroupMembers",
            rt::Method::Post,
            "/v1.0/contact/userGroups/addStaticGroupMembers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量删除静态用户组成员
    ///
    /// `POST /v1.0/contact/userGroups/removeStaticGroupMembers` (operation `UserGroupRemoveStaticGroupMembers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UserGroupRemoveStaticGroupMembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn user_group_remove_static_group_members(
        &self,
        request: &UserGroupRemoveStaticGroupMembersRequest,
    ) -> rt::Call<
        UserGroupRemoveStaticGroupMembersResponseBody,
        UserGroupRemoveStaticGroupMembersError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UserGroupRemoveStaticGroupMembers",
            rt::Method::Post,
            "/v1.0/contact/userGroups/removeStaticGroupMembers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用户个人信息接口
    ///
    /// `POST /v1.0/contact/user/profile` (operation `UserProfile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UserProfileError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn user_profile(
        &self,
        request: &UserProfileRequest,
    ) -> rt::Call<UserProfileResponseBody, UserProfileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UserProfile",
            rt::Method::Post,
            "/v1.0/contact/user/profile",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_user_card_holder_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn get_user_card_holder_list_pages(
        &self,
        request: &GetUserCardHolderListRequest,
    ) -> rt::Paginator<
        GetUserCardHolderListResponseBody,
        GetUserCardHolderListError,
        GetUserCardHolderListResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.get_user_card_holder_list(request), &PAGING)
    }
    /// Every page of [`Api::list_basic_role_in_page`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn list_basic_role_in_page_pages(
        &self,
        request: &ListBasicRoleInPageRequest,
    ) -> rt::Paginator<
        ListBasicRoleInPageResponseBody,
        ListBasicRoleInPageError,
        ListBasicRoleInPageResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.list_basic_role_in_page(request), &PAGING)
    }
    /// Every page of [`Api::list_contact_hide_settings`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn list_contact_hide_settings_pages(
        &self,
        request: &ListContactHideSettingsRequest,
    ) -> rt::Paginator<
        ListContactHideSettingsResponseBody,
        ListContactHideSettingsError,
        ListContactHideSettingsResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.list_contact_hide_settings(request), &PAGING)
    }
    /// Every page of [`Api::list_contact_restrict_setting`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn list_contact_restrict_setting_pages(
        &self,
        request: &ListContactRestrictSettingRequest,
    ) -> rt::Paginator<
        ListContactRestrictSettingResponseBody,
        ListContactRestrictSettingError,
        ListContactRestrictSettingResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.list_contact_restrict_setting(request), &PAGING)
    }
    /// Every page of [`Api::list_emp_attribute_visibility`]: the call again with `nextToken` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn list_emp_attribute_visibility_pages(
        &self,
        request: &ListEmpAttributeVisibilityRequest,
    ) -> rt::Paginator<
        ListEmpAttributeVisibilityResponseBody,
        ListEmpAttributeVisibilityError,
        ListEmpAttributeVisibilityResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextCursor"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.list_emp_attribute_visibility(request), &PAGING)
    }
    /// Every page of [`Api::list_emp_leave_records`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `records` of each page.
    pub fn list_emp_leave_records_pages(
        &self,
        request: &ListEmpLeaveRecordsRequest,
    ) -> rt::Paginator<
        ListEmpLeaveRecordsResponseBody,
        ListEmpLeaveRecordsError,
        ListEmpLeaveRecordsResponseBodyRecords,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["records"],
        );
        rt::Paginator::new(self.list_emp_leave_records(request), &PAGING)
    }
    /// Every page of [`Api::list_management_groups`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `groups` of each page.
    pub fn list_management_groups_pages(
        &self,
        request: &ListManagementGroupsRequest,
    ) -> rt::Paginator<
        ListManagementGroupsResponseBody,
        ListManagementGroupsError,
        ListManagementGroupsResponseBodyGroups,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["groups"],
        );
        rt::Paginator::new(self.list_management_groups(request), &PAGING)
    }
    /// Every page of [`Api::query_corp_user_statistic`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_corp_user_statistic_pages(
        &self,
        request: &QueryCorpUserStatisticRequest,
    ) -> rt::Paginator<
        QueryCorpUserStatisticResponseBody,
        QueryCorpUserStatisticError,
        QueryCorpUserStatisticResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.query_corp_user_statistic(request), &PAGING)
    }
    /// Every page of [`Api::talent_query_tag_like_detail_list`]: the call again with `cursor` set to the reply's `result.nextCursor`, until a reply has no token or `result.hasMore` is `false`. Items: `result.likeDetails` of each page.
    pub fn talent_query_tag_like_detail_list_pages(
        &self,
        request: &TalentQueryTagLikeDetailListRequest,
    ) -> rt::Paginator<
        TalentQueryTagLikeDetailListResponseBody,
        TalentQueryTagLikeDetailListError,
        TalentQueryTagLikeDetailListResponseBodyResultLikeDetails,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            true,
            true,
            &["result", "nextCursor"],
            &["result", "hasMore"],
            &["result", "likeDetails"],
        );
        rt::Paginator::new(self.talent_query_tag_like_detail_list(request), &PAGING)
    }
}
/// `AddAccountMappingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddAccountMappingResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddAccountMappingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddAccountMappingResponseBody {
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
impl rt::serde::Serialize for AddAccountMappingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `AddContactHideBySceneSettingRequestNodeListSceneConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddContactHideBySceneSettingRequestNodeListSceneConfig {
    /// `active`.
    pub active: Option<bool>,
    /// `deptObjectIncludeEmp`.
    pub dept_object_include_emp: Option<bool>,
}
impl AddContactHideBySceneSettingRequestNodeListSceneConfig {
    /// An empty `AddContactHideBySceneSettingRequestNodeListSceneConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `active`.
    pub fn active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }
    /// Sets `deptObjectIncludeEmp`.
    pub fn dept_object_include_emp(mut self, value: bool) -> Self {
        self.dept_object_include_emp = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddContactHideBySceneSettingRequestNodeListSceneConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.optional("deptObjectIncludeEmp", &self.dept_object_include_emp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for AddContactHideBySceneSettingRequestNodeListSceneConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddContactHideBySceneSettingRequestNodeListSceneConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            "deptObjectIncludeEmp" => {
                rt::read_field(map, &mut self.dept_object_include_emp)
            }
            _ => Ok(false),
        }
    }
}
/// `AddContactHideBySceneSettingRequestProfileSceneConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddContactHideBySceneSettingRequestProfileSceneConfig {
    /// `active`.
    pub active: Option<bool>,
}
impl AddContactHideBySceneSettingRequestProfileSceneConfig {
    /// An empty `AddContactHideBySceneSettingRequestProfileSceneConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `active`.
    pub fn active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddContactHideBySceneSettingRequestProfileSceneConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for AddContactHideBySceneSettingRequestProfileSceneConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddContactHideBySceneSettingRequestProfileSceneConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            _ => Ok(false),
        }
    }
}
/// `AddContactHideBySceneSettingRequestSearchSceneConfig`: the same model as [`AddContactHideBySceneSettingRequestNodeListSceneConfig`].
pub type AddContactHideBySceneSettingRequestSearchSceneConfig = AddContactHideBySceneSettingRequestNodeListSceneConfig;
/// `AddContactHideBySceneSettingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddContactHideBySceneSettingResponseBody {
    /// `settingId`.
    pub setting_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for AddContactHideBySceneSettingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddContactHideBySceneSettingResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "settingId" => rt::read_field(map, &mut self.setting_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddContactHideBySceneSettingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("settingId", &self.setting_id)?;
        object.end()
    }
}
/// `AddEmpAttributeHideBySceneSettingRequestChatSubtitleConfig`: the same model as [`AddContactHideBySceneSettingRequestProfileSceneConfig`].
pub type AddEmpAttributeHideBySceneSettingRequestChatSubtitleConfig = AddContactHideBySceneSettingRequestProfileSceneConfig;
/// `AddEmpAttributeHideBySceneSettingRequestProfileSceneConfig`: the same model as [`AddContactHideBySceneSettingRequestProfileSceneConfig`].
pub type AddEmpAttributeHideBySceneSettingRequestProfileSceneConfig = AddContactHideBySceneSettingRequestProfileSceneConfig;
/// `AddEmpAttributeHideBySceneSettingRequestSearchSceneConfig`: the same model as [`AddContactHideBySceneSettingRequestProfileSceneConfig`].
pub type AddEmpAttributeHideBySceneSettingRequestSearchSceneConfig = AddContactHideBySceneSettingRequestProfileSceneConfig;
/// `AddEmpAttributeHideBySceneSettingResponseBody`: the same model as [`AddContactHideBySceneSettingResponseBody`].
pub type AddEmpAttributeHideBySceneSettingResponseBody = AddContactHideBySceneSettingResponseBody;
/// `AddOrgAccountOwnnessResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddOrgAccountOwnnessResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for AddOrgAccountOwnnessResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddOrgAccountOwnnessResponseBody {
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
impl rt::serde::Serialize for AddOrgAccountOwnnessResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `AnnualCertificationAuditResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AnnualCertificationAuditResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AnnualCertificationAuditResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnnualCertificationAuditResponseBody {
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
impl rt::serde::Serialize for AnnualCertificationAuditResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `BatchApproveUnionApplyRequestBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchApproveUnionApplyRequestBody {
    /// `branchCorpId`.
    pub branch_corp_id: Option<String>,
    /// `linkDeptId`.
    pub link_dept_id: Option<i64>,
    /// `unionRootName`.
    pub union_root_name: Option<String>,
}
impl BatchApproveUnionApplyRequestBody {
    /// An empty `BatchApproveUnionApplyRequestBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `branchCorpId`.
    pub fn branch_corp_id(mut self, value: impl Into<String>) -> Self {
        self.branch_corp_id = Some(value.into());
        self
    }
    /// Sets `linkDeptId`.
    pub fn link_dept_id(mut self, value: i64) -> Self {
        self.link_dept_id = Some(value);
        self
    }
    /// Sets `unionRootName`.
    pub fn union_root_name(mut self, value: impl Into<String>) -> Self {
        self.union_root_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchApproveUnionApplyRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("branchCorpId", &self.branch_corp_id)?;
        object.optional("linkDeptId", &self.link_dept_id)?;
        object.optional("unionRootName", &self.union_root_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchApproveUnionApplyRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchApproveUnionApplyRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "branchCorpId" => rt::read_field(map, &mut self.branch_corp_id),
            "linkDeptId" => rt::read_field(map, &mut self.link_dept_id),
            "unionRootName" => rt::read_field(map, &mut self.union_root_name),
            _ => Ok(false),
        }
    }
}
/// `BatchApproveUnionApplyResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type BatchApproveUnionApplyResponseBody = AnnualCertificationAuditResponseBody;
/// `BatchGetUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetUserResponseBody {
    /// `unauthorizedUserIdList`.
    pub unauthorized_user_id_list: Option<Vec<String>>,
    /// `userList`.
    pub user_list: Option<Vec<BatchGetUserResponseBodyUserList>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchGetUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetUserResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unauthorizedUserIdList" => {
                rt::read_field(map, &mut self.unauthorized_user_id_list)
            }
            "userList" => rt::read_field(map, &mut self.user_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetUserResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("unauthorizedUserIdList", &self.unauthorized_user_id_list)?;
        object.optional("userList", &self.user_list)?;
        object.end()
    }
}
/// `BatchUpdateExternalTitleRequestUpdateTitleModelList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchUpdateExternalTitleRequestUpdateTitleModelList {
    /// `title`.
    pub title: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl BatchUpdateExternalTitleRequestUpdateTitleModelList {
    /// An empty `BatchUpdateExternalTitleRequestUpdateTitleModelList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for BatchUpdateExternalTitleRequestUpdateTitleModelList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("title", &self.title)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchUpdateExternalTitleRequestUpdateTitleModelList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchUpdateExternalTitleRequestUpdateTitleModelList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `BatchUpdateExternalTitleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchUpdateExternalTitleResponseBody {
    /// `result`.
    pub result: Option<BatchUpdateExternalTitleResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchUpdateExternalTitleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchUpdateExternalTitleResponseBody {
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
impl rt::serde::Serialize for BatchUpdateExternalTitleResponseBody {
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
/// `ChangeDingTalkIdResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type ChangeDingTalkIdResponseBody = AnnualCertificationAuditResponseBody;
/// `ChangeMainOrgResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChangeMainOrgResponseBody {}
impl<'de> rt::serde::Deserialize<'de> for ChangeMainOrgResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ChangeMainOrgResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        let _ = (key, map);
        Ok(false)
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ChangeMainOrgResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let object = rt::Object::new(serializer)?;
        object.end()
    }
}
/// `CourseFinishCourseResponseBody`: the same model as [`AddAccountMappingResponseBody`].
pub type CourseFinishCourseResponseBody = AddAccountMappingResponseBody;
/// `CreateCooperateOrgResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCooperateOrgResponseBody {
    /// `cooperateCorpId`.
    pub cooperate_corp_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateCooperateOrgResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateCooperateOrgResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cooperateCorpId" => rt::read_field(map, &mut self.cooperate_corp_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateCooperateOrgResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cooperateCorpId", &self.cooperate_corp_id)?;
        object.end()
    }
}
/// `CreateManagementGroupRequestMembers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateManagementGroupRequestMembers {
    /// `memberId`.
    pub member_id: String,
    /// `memberType`.
    pub member_type: String,
}
impl CreateManagementGroupRequestMembers {
    /// A `CreateManagementGroupRequestMembers` with its required fields (`memberId`, `memberType`); set the others with the methods named after them.
    pub fn new(member_id: impl Into<String>, member_type: impl Into<String>) -> Self {
        Self {
            member_id: member_id.into(),
            member_type: member_type.into(),
        }
    }
}
impl rt::serde::Serialize for CreateManagementGroupRequestMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("memberId", &self.member_id)?;
        object.field("memberType", &self.member_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateManagementGroupRequestMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateManagementGroupRequestMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberType" => rt::read_field(map, &mut self.member_type),
            _ => Ok(false),
        }
    }
}
/// `CreateManagementGroupRequestScope`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateManagementGroupRequestScope {
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `scopeType`.
    pub scope_type: i64,
}
impl CreateManagementGroupRequestScope {
    /// A `CreateManagementGroupRequestScope` with its required fields (`scopeType`); set the others with the methods named after them.
    pub fn new(scope_type: i64) -> Self {
        Self { dept_ids: None, scope_type }
    }
    /// Sets `deptIds`.
    pub fn dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dept_ids = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for CreateManagementGroupRequestScope {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.field("scopeType", &self.scope_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateManagementGroupRequestScope {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateManagementGroupRequestScope {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "scopeType" => rt::read_field(map, &mut self.scope_type),
            _ => Ok(false),
        }
    }
}
/// `CreateManagementGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateManagementGroupResponseBody {
    /// `groupId`.
    pub group_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateManagementGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateManagementGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupId" => rt::read_field(map, &mut self.group_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateManagementGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupId", &self.group_id)?;
        object.end()
    }
}
/// `CreateSecondaryManagementGroupRequestMembers`: the same model as [`CreateManagementGroupRequestMembers`].
pub type CreateSecondaryManagementGroupRequestMembers = CreateManagementGroupRequestMembers;
/// `CreateSecondaryManagementGroupRequestScope`: the same model as [`CreateManagementGroupRequestScope`].
pub type CreateSecondaryManagementGroupRequestScope = CreateManagementGroupRequestScope;
/// `CreateSecondaryManagementGroupResponseBody`: the same model as [`CreateManagementGroupResponseBody`].
pub type CreateSecondaryManagementGroupResponseBody = CreateManagementGroupResponseBody;
/// `CreateUserGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateUserGroupResponseBody {
    /// `result`.
    pub result: Option<CreateUserGroupResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateUserGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateUserGroupResponseBody {
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
impl rt::serde::Serialize for CreateUserGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `DelAccountMappingResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type DelAccountMappingResponseBody = AnnualCertificationAuditResponseBody;
/// `DelOrgAccUserOwnnessResponseBody`: the same model as [`AddAccountMappingResponseBody`].
pub type DelOrgAccUserOwnnessResponseBody = AddAccountMappingResponseBody;
/// `DeleteContactHideBySceneSettingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteContactHideBySceneSettingResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteContactHideBySceneSettingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteContactHideBySceneSettingResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteContactHideBySceneSettingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeleteContactRestrictSettingResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type DeleteContactRestrictSettingResponseBody = AnnualCertificationAuditResponseBody;
/// `DeleteEmpAttributeHideBySceneSettingResponseBody`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type DeleteEmpAttributeHideBySceneSettingResponseBody = DeleteContactHideBySceneSettingResponseBody;
/// `DeleteUserGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteUserGroupResponseBody {
    /// `result`.
    pub result: Option<DeleteUserGroupResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteUserGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteUserGroupResponseBody {
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
impl rt::serde::Serialize for DeleteUserGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `DeptGroupSettingUpdateResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type DeptGroupSettingUpdateResponseBody = AnnualCertificationAuditResponseBody;
/// `GetAccountMappingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAccountMappingResponseBody {
    /// `result`.
    pub result: Option<GetAccountMappingResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAccountMappingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAccountMappingResponseBody {
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
impl rt::serde::Serialize for GetAccountMappingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetApplyInviteInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetApplyInviteInfoResponseBody {
    /// `auditType`.
    pub audit_type: Option<i64>,
    /// `empApplyJoinDept`.
    pub emp_apply_join_dept: Option<bool>,
    /// `inviteSwitch`.
    pub invite_switch: Option<bool>,
    /// `inviteUrl`.
    pub invite_url: Option<String>,
    /// `linkInvite`.
    pub link_invite: Option<bool>,
    /// `orgApplyCodeInvite`.
    pub org_apply_code_invite: Option<bool>,
    /// `searchNameInvite`.
    pub search_name_invite: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetApplyInviteInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetApplyInviteInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "auditType" => rt::read_field(map, &mut self.audit_type),
            "empApplyJoinDept" => rt::read_field(map, &mut self.emp_apply_join_dept),
            "inviteSwitch" => rt::read_field(map, &mut self.invite_switch),
            "inviteUrl" => rt::read_field(map, &mut self.invite_url),
            "linkInvite" => rt::read_field(map, &mut self.link_invite),
            "orgApplyCodeInvite" => rt::read_field(map, &mut self.org_apply_code_invite),
            "searchNameInvite" => rt::read_field(map, &mut self.search_name_invite),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetApplyInviteInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("auditType", &self.audit_type)?;
        object.optional("empApplyJoinDept", &self.emp_apply_join_dept)?;
        object.optional("inviteSwitch", &self.invite_switch)?;
        object.optional("inviteUrl", &self.invite_url)?;
        object.optional("linkInvite", &self.link_invite)?;
        object.optional("orgApplyCodeInvite", &self.org_apply_code_invite)?;
        object.optional("searchNameInvite", &self.search_name_invite)?;
        object.end()
    }
}
/// `GetBranchAuthDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetBranchAuthDataResponseBody {
    /// `result`.
    pub result: Option<Vec<GetBranchAuthDataResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetBranchAuthDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetBranchAuthDataResponseBody {
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
impl rt::serde::Serialize for GetBranchAuthDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetCardInUserHolderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCardInUserHolderResponseBody {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `cardAcceptStatus`.
    pub card_accept_status: Option<i64>,
    /// `cardAcceptTimeLong`.
    pub card_accept_time_long: Option<i64>,
    /// `cardId`.
    pub card_id: Option<String>,
    /// `cardSource`.
    pub card_source: Option<i64>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `industryName`.
    pub industry_name: Option<String>,
    /// `introduce`.
    pub introduce: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCardInUserHolderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCardInUserHolderResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "cardAcceptStatus" => rt::read_field(map, &mut self.card_accept_status),
            "cardAcceptTimeLong" => rt::read_field(map, &mut self.card_accept_time_long),
            "cardId" => rt::read_field(map, &mut self.card_id),
            "cardSource" => rt::read_field(map, &mut self.card_source),
            "extension" => rt::read_field(map, &mut self.extension),
            "industryName" => rt::read_field(map, &mut self.industry_name),
            "introduce" => rt::read_field(map, &mut self.introduce),
            "name" => rt::read_field(map, &mut self.name),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCardInUserHolderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("cardAcceptStatus", &self.card_accept_status)?;
        object.optional("cardAcceptTimeLong", &self.card_accept_time_long)?;
        object.optional("cardId", &self.card_id)?;
        object.optional("cardSource", &self.card_source)?;
        object.optional("extension", &self.extension)?;
        object.optional("industryName", &self.industry_name)?;
        object.optional("introduce", &self.introduce)?;
        object.optional("name", &self.name)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetCardInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCardInfoResponseBody {
    /// `adminRole`.
    pub admin_role: Option<i64>,
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `cardId`.
    pub card_id: Option<String>,
    /// `extension`.
    pub extension: Option<GetCardInfoResponseBodyExtension>,
    /// `industryName`.
    pub industry_name: Option<String>,
    /// `introduce`.
    pub introduce: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `name`.
    pub name: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `settings`.
    pub settings: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCardInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCardInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "adminRole" => rt::read_field(map, &mut self.admin_role),
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "cardId" => rt::read_field(map, &mut self.card_id),
            "extension" => rt::read_field(map, &mut self.extension),
            "industryName" => rt::read_field(map, &mut self.industry_name),
            "introduce" => rt::read_field(map, &mut self.introduce),
            "name" => rt::read_field(map, &mut self.name),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "settings" => rt::read_field(map, &mut self.settings),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCardInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("adminRole", &self.admin_role)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("cardId", &self.card_id)?;
        object.optional("extension", &self.extension)?;
        object.optional("industryName", &self.industry_name)?;
        object.optional("introduce", &self.introduce)?;
        object.optional("name", &self.name)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("settings", &self.settings)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetContactHideBySceneSettingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContactHideBySceneSettingResponseBody {
    /// `description`.
    pub description: Option<String>,
    /// `excludeDeptIds`.
    pub exclude_dept_ids: Option<Vec<i64>>,
    /// `excludeTagIds`.
    pub exclude_tag_ids: Option<Vec<i64>>,
    /// `excludeUserIds`.
    pub exclude_user_ids: Option<Vec<String>>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `nodeListSceneConfig`.
    pub node_list_scene_config: Option<
        GetContactHideBySceneSettingResponseBodyNodeListSceneConfig,
    >,
    /// `objectDeptIds`.
    pub object_dept_ids: Option<Vec<i64>>,
    /// `objectTagIds`.
    pub object_tag_ids: Option<Vec<i64>>,
    /// `objectUserIds`.
    pub object_user_ids: Option<Vec<String>>,
    /// `profileSceneConfig`.
    pub profile_scene_config: Option<
        GetContactHideBySceneSettingResponseBodyProfileSceneConfig,
    >,
    /// `searchSceneConfig`.
    pub search_scene_config: Option<
        GetContactHideBySceneSettingResponseBodySearchSceneConfig,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for GetContactHideBySceneSettingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContactHideBySceneSettingResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "excludeDeptIds" => rt::read_field(map, &mut self.exclude_dept_ids),
            "excludeTagIds" => rt::read_field(map, &mut self.exclude_tag_ids),
            "excludeUserIds" => rt::read_field(map, &mut self.exclude_user_ids),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "nodeListSceneConfig" => {
                rt::read_field(map, &mut self.node_list_scene_config)
            }
            "objectDeptIds" => rt::read_field(map, &mut self.object_dept_ids),
            "objectTagIds" => rt::read_field(map, &mut self.object_tag_ids),
            "objectUserIds" => rt::read_field(map, &mut self.object_user_ids),
            "profileSceneConfig" => rt::read_field(map, &mut self.profile_scene_config),
            "searchSceneConfig" => rt::read_field(map, &mut self.search_scene_config),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetContactHideBySceneSettingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("excludeDeptIds", &self.exclude_dept_ids)?;
        object.optional("excludeTagIds", &self.exclude_tag_ids)?;
        object.optional("excludeUserIds", &self.exclude_user_ids)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("nodeListSceneConfig", &self.node_list_scene_config)?;
        object.optional("objectDeptIds", &self.object_dept_ids)?;
        object.optional("objectTagIds", &self.object_tag_ids)?;
        object.optional("objectUserIds", &self.object_user_ids)?;
        object.optional("profileSceneConfig", &self.profile_scene_config)?;
        object.optional("searchSceneConfig", &self.search_scene_config)?;
        object.end()
    }
}
/// `GetCooperateOrgInviteInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCooperateOrgInviteInfoResponseBody {
    /// `inviteUrl`.
    pub invite_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCooperateOrgInviteInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCooperateOrgInviteInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "inviteUrl" => rt::read_field(map, &mut self.invite_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCooperateOrgInviteInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("inviteUrl", &self.invite_url)?;
        object.end()
    }
}
/// `GetCorpCardStyleListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCorpCardStyleListResponseBody {
    /// `result`.
    pub result: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCorpCardStyleListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCorpCardStyleListResponseBody {
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
impl rt::serde::Serialize for GetCorpCardStyleListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetDingIdByMigrationDingIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDingIdByMigrationDingIdResponseBody {
    /// `dingId`.
    pub ding_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDingIdByMigrationDingIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDingIdByMigrationDingIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingId" => rt::read_field(map, &mut self.ding_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDingIdByMigrationDingIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingId", &self.ding_id)?;
        object.end()
    }
}
/// `GetEmpAttributeHideBySceneSettingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEmpAttributeHideBySceneSettingResponseBody {
    /// `chatSubtitleConfig`.
    pub chat_subtitle_config: Option<
        GetEmpAttributeHideBySceneSettingResponseBodyChatSubtitleConfig,
    >,
    /// `description`.
    pub description: Option<String>,
    /// `excludeDeptIds`.
    pub exclude_dept_ids: Option<Vec<i64>>,
    /// `excludeTagIds`.
    pub exclude_tag_ids: Option<Vec<i64>>,
    /// `excludeUserIds`.
    pub exclude_user_ids: Option<Vec<String>>,
    /// `hideFields`.
    pub hide_fields: Option<Vec<String>>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `objectDeptIds`.
    pub object_dept_ids: Option<Vec<i64>>,
    /// `objectTagIds`.
    pub object_tag_ids: Option<Vec<i64>>,
    /// `objectUserIds`.
    pub object_user_ids: Option<Vec<String>>,
    /// `profileSceneConfig`.
    pub profile_scene_config: Option<
        GetEmpAttributeHideBySceneSettingResponseBodyProfileSceneConfig,
    >,
    /// `searchSceneConfig`.
    pub search_scene_config: Option<
        GetEmpAttributeHideBySceneSettingResponseBodySearchSceneConfig,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for GetEmpAttributeHideBySceneSettingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetEmpAttributeHideBySceneSettingResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatSubtitleConfig" => rt::read_field(map, &mut self.chat_subtitle_config),
            "description" => rt::read_field(map, &mut self.description),
            "excludeDeptIds" => rt::read_field(map, &mut self.exclude_dept_ids),
            "excludeTagIds" => rt::read_field(map, &mut self.exclude_tag_ids),
            "excludeUserIds" => rt::read_field(map, &mut self.exclude_user_ids),
            "hideFields" => rt::read_field(map, &mut self.hide_fields),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "objectDeptIds" => rt::read_field(map, &mut self.object_dept_ids),
            "objectTagIds" => rt::read_field(map, &mut self.object_tag_ids),
            "objectUserIds" => rt::read_field(map, &mut self.object_user_ids),
            "profileSceneConfig" => rt::read_field(map, &mut self.profile_scene_config),
            "searchSceneConfig" => rt::read_field(map, &mut self.search_scene_config),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetEmpAttributeHideBySceneSettingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatSubtitleConfig", &self.chat_subtitle_config)?;
        object.optional("description", &self.description)?;
        object.optional("excludeDeptIds", &self.exclude_dept_ids)?;
        object.optional("excludeTagIds", &self.exclude_tag_ids)?;
        object.optional("excludeUserIds", &self.exclude_user_ids)?;
        object.optional("hideFields", &self.hide_fields)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("objectDeptIds", &self.object_dept_ids)?;
        object.optional("objectTagIds", &self.object_tag_ids)?;
        object.optional("objectUserIds", &self.object_user_ids)?;
        object.optional("profileSceneConfig", &self.profile_scene_config)?;
        object.optional("searchSceneConfig", &self.search_scene_config)?;
        object.end()
    }
}
/// `GetLatestDingIndexResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetLatestDingIndexResponseBody {
    /// `idxCarbon`.
    pub idx_carbon: Option<f64>,
    /// `idxEfficiency`.
    pub idx_efficiency: Option<f64>,
    /// `idxMonthlyAvg`.
    pub idx_monthly_avg: Option<f64>,
    /// `idxTotal`.
    pub idx_total: Option<f64>,
    /// `statDate`.
    pub stat_date: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetLatestDingIndexResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetLatestDingIndexResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "idxCarbon" => rt::read_field(map, &mut self.idx_carbon),
            "idxEfficiency" => rt::read_field(map, &mut self.idx_efficiency),
            "idxMonthlyAvg" => rt::read_field(map, &mut self.idx_monthly_avg),
            "idxTotal" => rt::read_field(map, &mut self.idx_total),
            "statDate" => rt::read_field(map, &mut self.stat_date),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetLatestDingIndexResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("idxCarbon", &self.idx_carbon)?;
        object.optional("idxEfficiency", &self.idx_efficiency)?;
        object.optional("idxMonthlyAvg", &self.idx_monthly_avg)?;
        object.optional("idxTotal", &self.idx_total)?;
        object.optional("statDate", &self.stat_date)?;
        object.end()
    }
}
/// `GetMigrationDingIdByDingIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMigrationDingIdByDingIdResponseBody {
    /// `migrationDingIdList`.
    pub migration_ding_id_list: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMigrationDingIdByDingIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMigrationDingIdByDingIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "migrationDingIdList" => {
                rt::read_field(map, &mut self.migration_ding_id_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMigrationDingIdByDingIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("migrationDingIdList", &self.migration_ding_id_list)?;
        object.end()
    }
}
/// `GetMigrationUnionIdByUnionIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMigrationUnionIdByUnionIdResponseBody {
    /// `migrationUnionIdList`.
    pub migration_union_id_list: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMigrationUnionIdByUnionIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMigrationUnionIdByUnionIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "migrationUnionIdList" => {
                rt::read_field(map, &mut self.migration_union_id_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMigrationUnionIdByUnionIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("migrationUnionIdList", &self.migration_union_id_list)?;
        object.end()
    }
}
/// `GetOrgAuthInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOrgAuthInfoResponseBody {
    /// `authLevel`.
    pub auth_level: Option<i64>,
    /// `legalPerson`.
    pub legal_person: Option<String>,
    /// `licenseOrgName`.
    pub license_org_name: Option<String>,
    /// `licenseUrl`.
    pub license_url: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `organizationCode`.
    pub organization_code: Option<String>,
    /// `registrationNum`.
    pub registration_num: Option<String>,
    /// `unifiedSocialCredit`.
    pub unified_social_credit: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOrgAuthInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOrgAuthInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authLevel" => rt::read_field(map, &mut self.auth_level),
            "legalPerson" => rt::read_field(map, &mut self.legal_person),
            "licenseOrgName" => rt::read_field(map, &mut self.license_org_name),
            "licenseUrl" => rt::read_field(map, &mut self.license_url),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "organizationCode" => rt::read_field(map, &mut self.organization_code),
            "registrationNum" => rt::read_field(map, &mut self.registration_num),
            "unifiedSocialCredit" => rt::read_field(map, &mut self.unified_social_credit),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOrgAuthInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authLevel", &self.auth_level)?;
        object.optional("legalPerson", &self.legal_person)?;
        object.optional("licenseOrgName", &self.license_org_name)?;
        object.optional("licenseUrl", &self.license_url)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("organizationCode", &self.organization_code)?;
        object.optional("registrationNum", &self.registration_num)?;
        object.optional("unifiedSocialCredit", &self.unified_social_credit)?;
        object.end()
    }
}
/// `GetTranslateFileJobResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTranslateFileJobResultResponseBody {
    /// `status`.
    pub status: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTranslateFileJobResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTranslateFileJobResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => rt::read_field(map, &mut self.status),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTranslateFileJobResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("status", &self.status)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetUnionIdByMigrationUnionIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUnionIdByMigrationUnionIdResponseBody {
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUnionIdByMigrationUnionIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUnionIdByMigrationUnionIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUnionIdByMigrationUnionIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `GetUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserResponseBody {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `email`.
    pub email: Option<String>,
    /// `loginEmail`.
    pub login_email: Option<String>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `openId`.
    pub open_id: Option<String>,
    /// `stateCode`.
    pub state_code: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `visitor`.
    pub visitor: Option<bool>,
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
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "email" => rt::read_field(map, &mut self.email),
            "loginEmail" => rt::read_field(map, &mut self.login_email),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "nick" => rt::read_field(map, &mut self.nick),
            "openId" => rt::read_field(map, &mut self.open_id),
            "stateCode" => rt::read_field(map, &mut self.state_code),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "visitor" => rt::read_field(map, &mut self.visitor),
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
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("email", &self.email)?;
        object.optional("loginEmail", &self.login_email)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("nick", &self.nick)?;
        object.optional("openId", &self.open_id)?;
        object.optional("stateCode", &self.state_code)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("visitor", &self.visitor)?;
        object.end()
    }
}
/// `GetUserByDingTalkIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserByDingTalkIdResponseBody {
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserByDingTalkIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserByDingTalkIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserByDingTalkIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetUserCardHolderListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserCardHolderListResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<GetUserCardHolderListResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserCardHolderListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserCardHolderListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserCardHolderListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetUserGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserGroupResponseBody {
    /// `result`.
    pub result: Option<GetUserGroupResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserGroupResponseBody {
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
impl rt::serde::Serialize for GetUserGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `InitVerifyEventResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InitVerifyEventResponseBody {
    /// `verifyId`.
    pub verify_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for InitVerifyEventResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InitVerifyEventResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "verifyId" => rt::read_field(map, &mut self.verify_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for InitVerifyEventResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("verifyId", &self.verify_id)?;
        object.end()
    }
}
/// `IsFriendResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IsFriendResponseBody {
    /// `isFriend`.
    pub is_friend: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for IsFriendResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for IsFriendResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isFriend" => rt::read_field(map, &mut self.is_friend),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for IsFriendResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isFriend", &self.is_friend)?;
        object.end()
    }
}
/// `IsvCardEventPushResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IsvCardEventPushResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for IsvCardEventPushResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for IsvCardEventPushResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for IsvCardEventPushResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `ListBasicRoleInPageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListBasicRoleInPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListBasicRoleInPageResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListBasicRoleInPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListBasicRoleInPageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListBasicRoleInPageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListContactHideSettingsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListContactHideSettingsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListContactHideSettingsResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListContactHideSettingsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListContactHideSettingsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListContactHideSettingsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListContactRestrictSettingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListContactRestrictSettingResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListContactRestrictSettingResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListContactRestrictSettingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListContactRestrictSettingResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListContactRestrictSettingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListEmpAttributeVisibilityResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListEmpAttributeVisibilityResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListEmpAttributeVisibilityResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListEmpAttributeVisibilityResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEmpAttributeVisibilityResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEmpAttributeVisibilityResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.end()
    }
}
/// `ListEmpLeaveRecordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListEmpLeaveRecordsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `records`.
    pub records: Option<Vec<ListEmpLeaveRecordsResponseBodyRecords>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListEmpLeaveRecordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEmpLeaveRecordsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "records" => rt::read_field(map, &mut self.records),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEmpLeaveRecordsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("records", &self.records)?;
        object.end()
    }
}
/// `ListManagementGroupsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListManagementGroupsResponseBody {
    /// `groups`.
    pub groups: Option<Vec<ListManagementGroupsResponseBodyGroups>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListManagementGroupsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListManagementGroupsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groups" => rt::read_field(map, &mut self.groups),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListManagementGroupsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groups", &self.groups)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListOwnedOrgByStaffIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListOwnedOrgByStaffIdResponseBody {
    /// `orgList`.
    pub org_list: Option<Vec<ListOwnedOrgByStaffIdResponseBodyOrgList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListOwnedOrgByStaffIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListOwnedOrgByStaffIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "orgList" => rt::read_field(map, &mut self.org_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListOwnedOrgByStaffIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("orgList", &self.org_list)?;
        object.end()
    }
}
/// `ListSeniorSettingsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSeniorSettingsResponseBody {
    /// `protectScenes`.
    pub protect_scenes: Option<Vec<String>>,
    /// `seniorStaffId`.
    pub senior_staff_id: Option<String>,
    /// `seniorWhiteList`.
    pub senior_white_list: Option<Vec<ListSeniorSettingsResponseBodySeniorWhiteList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSeniorSettingsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSeniorSettingsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "protectScenes" => rt::read_field(map, &mut self.protect_scenes),
            "seniorStaffId" => rt::read_field(map, &mut self.senior_staff_id),
            "seniorWhiteList" => rt::read_field(map, &mut self.senior_white_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSeniorSettingsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("protectScenes", &self.protect_scenes)?;
        object.optional("seniorStaffId", &self.senior_staff_id)?;
        object.optional("seniorWhiteList", &self.senior_white_list)?;
        object.end()
    }
}
/// `ListUserGroupMembersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserGroupMembersResponseBody {
    /// `result`.
    pub result: Option<ListUserGroupMembersResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserGroupMembersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserGroupMembersResponseBody {
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
impl rt::serde::Serialize for ListUserGroupMembersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListUserGroupsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserGroupsResponseBody {
    /// `result`.
    pub result: Option<ListUserGroupsResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserGroupsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserGroupsResponseBody {
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
impl rt::serde::Serialize for ListUserGroupsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ModifyOrgAccUserOwnnessResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type ModifyOrgAccUserOwnnessResponseBody = AnnualCertificationAuditResponseBody;
/// `OrgAccountMobileVisibleInOtherOrgResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type OrgAccountMobileVisibleInOtherOrgResponseBody = AnnualCertificationAuditResponseBody;
/// `OrgAccountMobileVisiblePermissonResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type OrgAccountMobileVisiblePermissonResponseBody = AnnualCertificationAuditResponseBody;
/// `OrgInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OrgInfoResponseBody {
    /// `result`.
    pub result: Option<Vec<OrgInfoResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for OrgInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OrgInfoResponseBody {
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
impl rt::serde::Serialize for OrgInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `PushVerifyEventResponseBody`: the same model as [`InitVerifyEventResponseBody`].
pub type PushVerifyEventResponseBody = InitVerifyEventResponseBody;
/// `QueryCardVisitorStatisticDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCardVisitorStatisticDataResponseBody {
    /// `cardSendCnt`.
    pub card_send_cnt: Option<i64>,
    /// `todayVisitAddCnt`.
    pub today_visit_add_cnt: Option<i64>,
    /// `todayVisitCnt`.
    pub today_visit_cnt: Option<i64>,
    /// `totalVisitAddCnt`.
    pub total_visit_add_cnt: Option<i64>,
    /// `totalVisitCnt`.
    pub total_visit_cnt: Option<i64>,
    /// `wechatTodayVisitAddCnt`.
    pub wechat_today_visit_add_cnt: Option<i64>,
    /// `wechatTodayVisitCnt`.
    pub wechat_today_visit_cnt: Option<i64>,
    /// `wechatTotalVisitAddCnt`.
    pub wechat_total_visit_add_cnt: Option<i64>,
    /// `wechatTotalVisitCnt`.
    pub wechat_total_visit_cnt: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCardVisitorStatisticDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCardVisitorStatisticDataResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardSendCnt" => rt::read_field(map, &mut self.card_send_cnt),
            "todayVisitAddCnt" => rt::read_field(map, &mut self.today_visit_add_cnt),
            "todayVisitCnt" => rt::read_field(map, &mut self.today_visit_cnt),
            "totalVisitAddCnt" => rt::read_field(map, &mut self.total_visit_add_cnt),
            "totalVisitCnt" => rt::read_field(map, &mut self.total_visit_cnt),
            "wechatTodayVisitAddCnt" => {
                rt::read_field(map, &mut self.wechat_today_visit_add_cnt)
            }
            "wechatTodayVisitCnt" => {
                rt::read_field(map, &mut self.wechat_today_visit_cnt)
            }
            "wechatTotalVisitAddCnt" => {
                rt::read_field(map, &mut self.wechat_total_visit_add_cnt)
            }
            "wechatTotalVisitCnt" => {
                rt::read_field(map, &mut self.wechat_total_visit_cnt)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCardVisitorStatisticDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardSendCnt", &self.card_send_cnt)?;
        object.optional("todayVisitAddCnt", &self.today_visit_add_cnt)?;
        object.optional("todayVisitCnt", &self.today_visit_cnt)?;
        object.optional("totalVisitAddCnt", &self.total_visit_add_cnt)?;
        object.optional("totalVisitCnt", &self.total_visit_cnt)?;
        object.optional("wechatTodayVisitAddCnt", &self.wechat_today_visit_add_cnt)?;
        object.optional("wechatTodayVisitCnt", &self.wechat_today_visit_cnt)?;
        object.optional("wechatTotalVisitAddCnt", &self.wechat_total_visit_add_cnt)?;
        object.optional("wechatTotalVisitCnt", &self.wechat_total_visit_cnt)?;
        object.end()
    }
}
/// `QueryCorpStatisticDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCorpStatisticDataResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryCorpStatisticDataResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCorpStatisticDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCorpStatisticDataResponseBody {
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
impl rt::serde::Serialize for QueryCorpStatisticDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryCorpUserStatisticResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCorpUserStatisticResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryCorpUserStatisticResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCorpUserStatisticResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCorpUserStatisticResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCorpUserStatisticResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryResourceManagementMembersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryResourceManagementMembersResponseBody {
    /// `members`.
    pub members: Option<Vec<QueryResourceManagementMembersResponseBodyMembers>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryResourceManagementMembersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryResourceManagementMembersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "members" => rt::read_field(map, &mut self.members),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryResourceManagementMembersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("members", &self.members)?;
        object.end()
    }
}
/// `QueryStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryStatusResponseBody {
    /// `disable`.
    pub disable: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "disable" => rt::read_field(map, &mut self.disable),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("disable", &self.disable)?;
        object.end()
    }
}
/// `QueryUserManagementResourcesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserManagementResourcesResponseBody {
    /// `resourceIds`.
    pub resource_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUserManagementResourcesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserManagementResourcesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resourceIds" => rt::read_field(map, &mut self.resource_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserManagementResourcesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("resourceIds", &self.resource_ids)?;
        object.end()
    }
}
/// `QueryVerifyResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryVerifyResultResponseBody {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `factorCode`.
    pub factor_code: Option<String>,
    /// `factorDesc`.
    pub factor_desc: Option<String>,
    /// `resultCode`.
    pub result_code: Option<String>,
    /// `resultDesc`.
    pub result_desc: Option<String>,
    /// `state`.
    pub state: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `verifyTimestamp`.
    pub verify_timestamp: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryVerifyResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryVerifyResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "factorCode" => rt::read_field(map, &mut self.factor_code),
            "factorDesc" => rt::read_field(map, &mut self.factor_desc),
            "resultCode" => rt::read_field(map, &mut self.result_code),
            "resultDesc" => rt::read_field(map, &mut self.result_desc),
            "state" => rt::read_field(map, &mut self.state),
            "userId" => rt::read_field(map, &mut self.user_id),
            "verifyTimestamp" => rt::read_field(map, &mut self.verify_timestamp),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryVerifyResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("factorCode", &self.factor_code)?;
        object.optional("factorDesc", &self.factor_desc)?;
        object.optional("resultCode", &self.result_code)?;
        object.optional("resultDesc", &self.result_desc)?;
        object.optional("state", &self.state)?;
        object.optional("userId", &self.user_id)?;
        object.optional("verifyTimestamp", &self.verify_timestamp)?;
        object.end()
    }
}
/// `SearchDepartmentResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchDepartmentResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<i64>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchDepartmentResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchDepartmentResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchDepartmentResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `SearchUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchUserResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<String>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchUserResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchUserResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `SeparateBranchOrgResponseBody`: the same model as [`AddAccountMappingResponseBody`].
pub type SeparateBranchOrgResponseBody = AddAccountMappingResponseBody;
/// `SetDisableResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type SetDisableResponseBody = AnnualCertificationAuditResponseBody;
/// `SetEnableResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type SetEnableResponseBody = AnnualCertificationAuditResponseBody;
/// `SignOutResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type SignOutResponseBody = AnnualCertificationAuditResponseBody;
/// `SortUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SortUserResponseBody {
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for SortUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SortUserResponseBody {
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
impl rt::serde::Serialize for SortUserResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.end()
    }
}
/// `SubmitHandoverResourceRequestTasks`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SubmitHandoverResourceRequestTasks {
    /// `actionType`.
    pub action_type: String,
    /// `receiverStaffId`.
    pub receiver_staff_id: Option<String>,
    /// `resourceTypeId`.
    pub resource_type_id: i64,
}
impl SubmitHandoverResourceRequestTasks {
    /// A `SubmitHandoverResourceRequestTasks` with its required fields (`actionType`, `resourceTypeId`); set the others with the methods named after them.
    pub fn new(action_type: impl Into<String>, resource_type_id: i64) -> Self {
        Self {
            action_type: action_type.into(),
            receiver_staff_id: None,
            resource_type_id,
        }
    }
    /// Sets `receiverStaffId`.
    pub fn receiver_staff_id(mut self, value: impl Into<String>) -> Self {
        self.receiver_staff_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SubmitHandoverResourceRequestTasks {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("actionType", &self.action_type)?;
        object.optional("receiverStaffId", &self.receiver_staff_id)?;
        object.field("resourceTypeId", &self.resource_type_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitHandoverResourceRequestTasks {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitHandoverResourceRequestTasks {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionType" => rt::read_field(map, &mut self.action_type),
            "receiverStaffId" => rt::read_field(map, &mut self.receiver_staff_id),
            "resourceTypeId" => rt::read_field(map, &mut self.resource_type_id),
            _ => Ok(false),
        }
    }
}
/// `SubmitHandoverResourceResponseBody`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type SubmitHandoverResourceResponseBody = DeleteContactHideBySceneSettingResponseBody;
/// `TalentAddCustomTagResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentAddCustomTagResponseBody {
    /// `result`.
    pub result: Option<TalentAddCustomTagResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for TalentAddCustomTagResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentAddCustomTagResponseBody {
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
impl rt::serde::Serialize for TalentAddCustomTagResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `TalentAddObjectiveTagResponseBody`: the same model as [`TalentAddCustomTagResponseBody`].
pub type TalentAddObjectiveTagResponseBody = TalentAddCustomTagResponseBody;
/// `TalentAddPersonalityTagResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentAddPersonalityTagResponseBody {
    /// `result`.
    pub result: Option<TalentAddPersonalityTagResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for TalentAddPersonalityTagResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentAddPersonalityTagResponseBody {
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
impl rt::serde::Serialize for TalentAddPersonalityTagResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `TalentDeleteCustomTagResponseBody`: the same model as [`DeleteUserGroupResponseBody`].
pub type TalentDeleteCustomTagResponseBody = DeleteUserGroupResponseBody;
/// `TalentDeleteObjectiveTagResponseBody`: the same model as [`DeleteUserGroupResponseBody`].
pub type TalentDeleteObjectiveTagResponseBody = DeleteUserGroupResponseBody;
/// `TalentDeletePersonalityTagResponseBody`: the same model as [`DeleteUserGroupResponseBody`].
pub type TalentDeletePersonalityTagResponseBody = DeleteUserGroupResponseBody;
/// `TalentLikeTagResponseBody`: the same model as [`DeleteUserGroupResponseBody`].
pub type TalentLikeTagResponseBody = DeleteUserGroupResponseBody;
/// `TalentQueryCustomTagResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentQueryCustomTagResponseBody {
    /// `result`.
    pub result: Option<TalentQueryCustomTagResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for TalentQueryCustomTagResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentQueryCustomTagResponseBody {
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
impl rt::serde::Serialize for TalentQueryCustomTagResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `TalentQueryObjectiveTagResponseBody`: the same model as [`TalentQueryCustomTagResponseBody`].
pub type TalentQueryObjectiveTagResponseBody = TalentQueryCustomTagResponseBody;
/// `TalentQueryPersonalityTagResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentQueryPersonalityTagResponseBody {
    /// `result`.
    pub result: Option<TalentQueryPersonalityTagResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for TalentQueryPersonalityTagResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentQueryPersonalityTagResponseBody {
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
impl rt::serde::Serialize for TalentQueryPersonalityTagResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `TalentQueryTagLikeDetailListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentQueryTagLikeDetailListResponseBody {
    /// `result`.
    pub result: Option<TalentQueryTagLikeDetailListResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for TalentQueryTagLikeDetailListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentQueryTagLikeDetailListResponseBody {
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
impl rt::serde::Serialize for TalentQueryTagLikeDetailListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `TalentQueryTagLikeListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentQueryTagLikeListResponseBody {
    /// `result`.
    pub result: Option<TalentQueryTagLikeListResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for TalentQueryTagLikeListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentQueryTagLikeListResponseBody {
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
impl rt::serde::Serialize for TalentQueryTagLikeListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `TransformToNormalAccountResponseBody`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type TransformToNormalAccountResponseBody = DeleteContactHideBySceneSettingResponseBody;
/// `TranslateFileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TranslateFileResponseBody {
    /// `jobId`.
    pub job_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for TranslateFileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TranslateFileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobId" => rt::read_field(map, &mut self.job_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TranslateFileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("jobId", &self.job_id)?;
        object.end()
    }
}
/// `UniqueQueryUserCardResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UniqueQueryUserCardResponseBody {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `cardId`.
    pub card_id: Option<String>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `industryName`.
    pub industry_name: Option<String>,
    /// `introduce`.
    pub introduce: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `settings`.
    pub settings: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UniqueQueryUserCardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UniqueQueryUserCardResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "cardId" => rt::read_field(map, &mut self.card_id),
            "extension" => rt::read_field(map, &mut self.extension),
            "industryName" => rt::read_field(map, &mut self.industry_name),
            "introduce" => rt::read_field(map, &mut self.introduce),
            "name" => rt::read_field(map, &mut self.name),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "settings" => rt::read_field(map, &mut self.settings),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UniqueQueryUserCardResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("cardId", &self.card_id)?;
        object.optional("extension", &self.extension)?;
        object.optional("industryName", &self.industry_name)?;
        object.optional("introduce", &self.introduce)?;
        object.optional("name", &self.name)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("settings", &self.settings)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `UpdateBranchAttributesInCooperateRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateBranchAttributesInCooperateRequestBody {
    /// `branchCorpId`.
    pub branch_corp_id: String,
    /// `linkDeptId`.
    pub link_dept_id: i64,
    /// `unionRootName`.
    pub union_root_name: String,
}
impl UpdateBranchAttributesInCooperateRequestBody {
    /// A `UpdateBranchAttributesInCooperateRequestBody` with its required fields (`branchCorpId`, `linkDeptId`, `unionRootName`); set the others with the methods named after them.
    pub fn new(
        branch_corp_id: impl Into<String>,
        link_dept_id: i64,
        union_root_name: impl Into<String>,
    ) -> Self {
        Self {
            branch_corp_id: branch_corp_id.into(),
            link_dept_id,
            union_root_name: union_root_name.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateBranchAttributesInCooperateRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("branchCorpId", &self.branch_corp_id)?;
        object.field("linkDeptId", &self.link_dept_id)?;
        object.field("unionRootName", &self.union_root_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateBranchAttributesInCooperateRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateBranchAttributesInCooperateRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "branchCorpId" => rt::read_field(map, &mut self.branch_corp_id),
            "linkDeptId" => rt::read_field(map, &mut self.link_dept_id),
            "unionRootName" => rt::read_field(map, &mut self.union_root_name),
            _ => Ok(false),
        }
    }
}
/// `UpdateBranchVisibleSettingInCooperateRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateBranchVisibleSettingInCooperateRequestBody {
    /// `branchCorpId`.
    pub branch_corp_id: String,
    /// `open`.
    pub open: bool,
    /// `type`.
    pub r#type: i64,
    /// `visibleBranchCorpIds`.
    pub visible_branch_corp_ids: Option<Vec<String>>,
    /// `visibleDeptIds`.
    pub visible_dept_ids: Option<Vec<i64>>,
}
impl UpdateBranchVisibleSettingInCooperateRequestBody {
    /// A `UpdateBranchVisibleSettingInCooperateRequestBody` with its required fields (`branchCorpId`, `open`, `type`); set the others with the methods named after them.
    pub fn new(branch_corp_id: impl Into<String>, open: bool, r#type: i64) -> Self {
        Self {
            branch_corp_id: branch_corp_id.into(),
            open,
            r#type,
            visible_branch_corp_ids: None,
            visible_dept_ids: None,
        }
    }
    /// Sets `visibleBranchCorpIds`.
    pub fn visible_branch_corp_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.visible_branch_corp_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `visibleDeptIds`.
    pub fn visible_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.visible_dept_ids = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for UpdateBranchVisibleSettingInCooperateRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("branchCorpId", &self.branch_corp_id)?;
        object.field("open", &self.open)?;
        object.field("type", &self.r#type)?;
        object.optional("visibleBranchCorpIds", &self.visible_branch_corp_ids)?;
        object.optional("visibleDeptIds", &self.visible_dept_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateBranchVisibleSettingInCooperateRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateBranchVisibleSettingInCooperateRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "branchCorpId" => rt::read_field(map, &mut self.branch_corp_id),
            "open" => rt::read_field(map, &mut self.open),
            "type" => rt::read_field(map, &mut self.r#type),
            "visibleBranchCorpIds" => {
                rt::read_field(map, &mut self.visible_branch_corp_ids)
            }
            "visibleDeptIds" => rt::read_field(map, &mut self.visible_dept_ids),
            _ => Ok(false),
        }
    }
}
/// `UpdateContactHideBySceneSettingRequestNodeListSceneConfig`: the same model as [`AddContactHideBySceneSettingRequestNodeListSceneConfig`].
pub type UpdateContactHideBySceneSettingRequestNodeListSceneConfig = AddContactHideBySceneSettingRequestNodeListSceneConfig;
/// `UpdateContactHideBySceneSettingRequestProfileSceneConfig`: the same model as [`AddContactHideBySceneSettingRequestProfileSceneConfig`].
pub type UpdateContactHideBySceneSettingRequestProfileSceneConfig = AddContactHideBySceneSettingRequestProfileSceneConfig;
/// `UpdateContactHideBySceneSettingRequestSearchSceneConfig`: the same model as [`AddContactHideBySceneSettingRequestNodeListSceneConfig`].
pub type UpdateContactHideBySceneSettingRequestSearchSceneConfig = AddContactHideBySceneSettingRequestNodeListSceneConfig;
/// `UpdateContactHideBySceneSettingResponseBody`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type UpdateContactHideBySceneSettingResponseBody = DeleteContactHideBySceneSettingResponseBody;
/// `UpdateContactHideSettingResponseBody`: the same model as [`AddOrgAccountOwnnessResponseBody`].
pub type UpdateContactHideSettingResponseBody = AddOrgAccountOwnnessResponseBody;
/// `UpdateContactRestrictSettingResponseBody`: the same model as [`AddOrgAccountOwnnessResponseBody`].
pub type UpdateContactRestrictSettingResponseBody = AddOrgAccountOwnnessResponseBody;
/// `UpdateEmpAttrbuteVisibilitySettingResponseBody`: the same model as [`AddOrgAccountOwnnessResponseBody`].
pub type UpdateEmpAttrbuteVisibilitySettingResponseBody = AddOrgAccountOwnnessResponseBody;
/// `UpdateEmpAttributeHideBySceneSettingRequestChatSubtitleConfig`: the same model as [`AddContactHideBySceneSettingRequestProfileSceneConfig`].
pub type UpdateEmpAttributeHideBySceneSettingRequestChatSubtitleConfig = AddContactHideBySceneSettingRequestProfileSceneConfig;
/// `UpdateEmpAttributeHideBySceneSettingRequestProfileSceneConfig`: the same model as [`AddContactHideBySceneSettingRequestProfileSceneConfig`].
pub type UpdateEmpAttributeHideBySceneSettingRequestProfileSceneConfig = AddContactHideBySceneSettingRequestProfileSceneConfig;
/// `UpdateEmpAttributeHideBySceneSettingRequestSearchSceneConfig`: the same model as [`AddContactHideBySceneSettingRequestProfileSceneConfig`].
pub type UpdateEmpAttributeHideBySceneSettingRequestSearchSceneConfig = AddContactHideBySceneSettingRequestProfileSceneConfig;
/// `UpdateEmpAttributeHideBySceneSettingResponseBody`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type UpdateEmpAttributeHideBySceneSettingResponseBody = DeleteContactHideBySceneSettingResponseBody;
/// `UpdateManagementGroupRequestMembers`: the same model as [`CreateManagementGroupRequestMembers`].
pub type UpdateManagementGroupRequestMembers = CreateManagementGroupRequestMembers;
/// `UpdateManagementGroupRequestScope`: the same model as [`CreateManagementGroupRequestScope`].
pub type UpdateManagementGroupRequestScope = CreateManagementGroupRequestScope;
/// `UpdateTitleAuditStatusResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type UpdateTitleAuditStatusResponseBody = AnnualCertificationAuditResponseBody;
/// `UpdateUserOwnnessResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateUserOwnnessResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateUserOwnnessResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateUserOwnnessResponseBody {
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
impl rt::serde::Serialize for UpdateUserOwnnessResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UserGroupAddStaticGroupMembersResponseBody`: the same model as [`DeleteUserGroupResponseBody`].
pub type UserGroupAddStaticGroupMembersResponseBody = DeleteUserGroupResponseBody;
/// `UserGroupRemoveStaticGroupMembersResponseBody`: the same model as [`DeleteUserGroupResponseBody`].
pub type UserGroupRemoveStaticGroupMembersResponseBody = DeleteUserGroupResponseBody;
/// `UserProfileResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UserProfileResponseBody {
    /// `result`.
    pub result: Option<Vec<UserProfileResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for UserProfileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UserProfileResponseBody {
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
impl rt::serde::Serialize for UserProfileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `BatchGetUserResponseBodyUserList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetUserResponseBodyUserList {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `job_number`.
    pub job_number: Option<String>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `nickname`.
    pub nickname: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `senior`.
    pub senior: Option<bool>,
    /// `state_code`.
    pub state_code: Option<String>,
    /// `unionid`.
    pub unionid: Option<String>,
    /// `userid`.
    pub userid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchGetUserResponseBodyUserList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetUserResponseBodyUserList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatar" => rt::read_field(map, &mut self.avatar),
            "job_number" => rt::read_field(map, &mut self.job_number),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "name" => rt::read_field(map, &mut self.name),
            "nickname" => rt::read_field(map, &mut self.nickname),
            "remark" => rt::read_field(map, &mut self.remark),
            "senior" => rt::read_field(map, &mut self.senior),
            "state_code" => rt::read_field(map, &mut self.state_code),
            "unionid" => rt::read_field(map, &mut self.unionid),
            "userid" => rt::read_field(map, &mut self.userid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetUserResponseBodyUserList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatar", &self.avatar)?;
        object.optional("job_number", &self.job_number)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("name", &self.name)?;
        object.optional("nickname", &self.nickname)?;
        object.optional("remark", &self.remark)?;
        object.optional("senior", &self.senior)?;
        object.optional("state_code", &self.state_code)?;
        object.optional("unionid", &self.unionid)?;
        object.optional("userid", &self.userid)?;
        object.end()
    }
}
/// `BatchUpdateExternalTitleResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchUpdateExternalTitleResponseBodyResult {
    /// `failedList`.
    pub failed_list: Option<Vec<BatchUpdateExternalTitleResponseBodyResultFailedList>>,
    /// `modifyList`.
    pub modify_list: Option<Vec<BatchUpdateExternalTitleResponseBodyResultModifyList>>,
    /// `modifyUser`.
    pub modify_user: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchUpdateExternalTitleResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchUpdateExternalTitleResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedList" => rt::read_field(map, &mut self.failed_list),
            "modifyList" => rt::read_field(map, &mut self.modify_list),
            "modifyUser" => rt::read_field(map, &mut self.modify_user),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchUpdateExternalTitleResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failedList", &self.failed_list)?;
        object.optional("modifyList", &self.modify_list)?;
        object.optional("modifyUser", &self.modify_user)?;
        object.end()
    }
}
/// `CreateUserGroupResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateUserGroupResponseBodyResult {
    /// `groupCode`.
    pub group_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateUserGroupResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateUserGroupResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupCode" => rt::read_field(map, &mut self.group_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateUserGroupResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupCode", &self.group_code)?;
        object.end()
    }
}
/// `DeleteUserGroupResponseBodyResult`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type DeleteUserGroupResponseBodyResult = DeleteContactHideBySceneSettingResponseBody;
/// `GetAccountMappingResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAccountMappingResponseBodyResult {
    /// `domain`.
    pub domain: Option<String>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `outId`.
    pub out_id: Option<String>,
    /// `outTenantId`.
    pub out_tenant_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAccountMappingResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAccountMappingResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "domain" => rt::read_field(map, &mut self.domain),
            "extension" => rt::read_field(map, &mut self.extension),
            "outId" => rt::read_field(map, &mut self.out_id),
            "outTenantId" => rt::read_field(map, &mut self.out_tenant_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAccountMappingResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("domain", &self.domain)?;
        object.optional("extension", &self.extension)?;
        object.optional("outId", &self.out_id)?;
        object.optional("outTenantId", &self.out_tenant_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetBranchAuthDataResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetBranchAuthDataResponseBodyResult {
    /// `fieldCode`.
    pub field_code: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetBranchAuthDataResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetBranchAuthDataResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "fieldValue" => rt::read_field(map, &mut self.field_value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetBranchAuthDataResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldCode", &self.field_code)?;
        object.optional("fieldName", &self.field_name)?;
        object.optional("fieldValue", &self.field_value)?;
        object.end()
    }
}
/// `GetCardInfoResponseBodyExtension`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCardInfoResponseBodyExtension {
    /// `cardContactInfo`.
    pub card_contact_info: Option<GetCardInfoResponseBodyExtensionCardContactInfo>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `department`.
    pub department: Option<String>,
    /// `orgAuthed`.
    pub org_authed: Option<bool>,
    /// `orgLogo`.
    pub org_logo: Option<String>,
    /// `originCardUrl`.
    pub origin_card_url: Option<String>,
    /// `shareContent`.
    pub share_content: Option<String>,
    /// `thumbnailUrl`.
    pub thumbnail_url: Option<String>,
    /// `videoFileName`.
    pub video_file_name: Option<String>,
    /// `videoTitle`.
    pub video_title: Option<String>,
    /// `videoUrl`.
    pub video_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCardInfoResponseBodyExtension {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCardInfoResponseBodyExtension {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardContactInfo" => rt::read_field(map, &mut self.card_contact_info),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "department" => rt::read_field(map, &mut self.department),
            "orgAuthed" => rt::read_field(map, &mut self.org_authed),
            "orgLogo" => rt::read_field(map, &mut self.org_logo),
            "originCardUrl" => rt::read_field(map, &mut self.origin_card_url),
            "shareContent" => rt::read_field(map, &mut self.share_content),
            "thumbnailUrl" => rt::read_field(map, &mut self.thumbnail_url),
            "videoFileName" => rt::read_field(map, &mut self.video_file_name),
            "videoTitle" => rt::read_field(map, &mut self.video_title),
            "videoUrl" => rt::read_field(map, &mut self.video_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCardInfoResponseBodyExtension {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardContactInfo", &self.card_contact_info)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("department", &self.department)?;
        object.optional("orgAuthed", &self.org_authed)?;
        object.optional("orgLogo", &self.org_logo)?;
        object.optional("originCardUrl", &self.origin_card_url)?;
        object.optional("shareContent", &self.share_content)?;
        object.optional("thumbnailUrl", &self.thumbnail_url)?;
        object.optional("videoFileName", &self.video_file_name)?;
        object.optional("videoTitle", &self.video_title)?;
        object.optional("videoUrl", &self.video_url)?;
        object.end()
    }
}
/// `GetContactHideBySceneSettingResponseBodyNodeListSceneConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContactHideBySceneSettingResponseBodyNodeListSceneConfig {
    /// `active`.
    pub active: Option<bool>,
    /// `deptObjectIncludeEmp`.
    pub dept_object_include_emp: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetContactHideBySceneSettingResponseBodyNodeListSceneConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContactHideBySceneSettingResponseBodyNodeListSceneConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            "deptObjectIncludeEmp" => {
                rt::read_field(map, &mut self.dept_object_include_emp)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetContactHideBySceneSettingResponseBodyNodeListSceneConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.optional("deptObjectIncludeEmp", &self.dept_object_include_emp)?;
        object.end()
    }
}
/// `GetContactHideBySceneSettingResponseBodyProfileSceneConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetContactHideBySceneSettingResponseBodyProfileSceneConfig {
    /// `active`.
    pub active: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetContactHideBySceneSettingResponseBodyProfileSceneConfig {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetContactHideBySceneSettingResponseBodyProfileSceneConfig {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetContactHideBySceneSettingResponseBodyProfileSceneConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.end()
    }
}
/// `GetContactHideBySceneSettingResponseBodySearchSceneConfig`: the same model as [`GetContactHideBySceneSettingResponseBodyNodeListSceneConfig`].
pub type GetContactHideBySceneSettingResponseBodySearchSceneConfig = GetContactHideBySceneSettingResponseBodyNodeListSceneConfig;
/// `GetEmpAttributeHideBySceneSettingResponseBodyChatSubtitleConfig`: the same model as [`GetContactHideBySceneSettingResponseBodyProfileSceneConfig`].
pub type GetEmpAttributeHideBySceneSettingResponseBodyChatSubtitleConfig = GetContactHideBySceneSettingResponseBodyProfileSceneConfig;
/// `GetEmpAttributeHideBySceneSettingResponseBodyProfileSceneConfig`: the same model as [`GetContactHideBySceneSettingResponseBodyProfileSceneConfig`].
pub type GetEmpAttributeHideBySceneSettingResponseBodyProfileSceneConfig = GetContactHideBySceneSettingResponseBodyProfileSceneConfig;
/// `GetEmpAttributeHideBySceneSettingResponseBodySearchSceneConfig`: the same model as [`GetContactHideBySceneSettingResponseBodyProfileSceneConfig`].
pub type GetEmpAttributeHideBySceneSettingResponseBodySearchSceneConfig = GetContactHideBySceneSettingResponseBodyProfileSceneConfig;
/// `GetUserCardHolderListResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserCardHolderListResponseBodyList {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `cardAcceptStatus`.
    pub card_accept_status: Option<i64>,
    /// `cardAcceptTimeLong`.
    pub card_accept_time_long: Option<i64>,
    /// `cardId`.
    pub card_id: Option<String>,
    /// `cardSource`.
    pub card_source: Option<i64>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `industryName`.
    pub industry_name: Option<String>,
    /// `introduce`.
    pub introduce: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserCardHolderListResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserCardHolderListResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "cardAcceptStatus" => rt::read_field(map, &mut self.card_accept_status),
            "cardAcceptTimeLong" => rt::read_field(map, &mut self.card_accept_time_long),
            "cardId" => rt::read_field(map, &mut self.card_id),
            "cardSource" => rt::read_field(map, &mut self.card_source),
            "extension" => rt::read_field(map, &mut self.extension),
            "industryName" => rt::read_field(map, &mut self.industry_name),
            "introduce" => rt::read_field(map, &mut self.introduce),
            "name" => rt::read_field(map, &mut self.name),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserCardHolderListResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("cardAcceptStatus", &self.card_accept_status)?;
        object.optional("cardAcceptTimeLong", &self.card_accept_time_long)?;
        object.optional("cardId", &self.card_id)?;
        object.optional("cardSource", &self.card_source)?;
        object.optional("extension", &self.extension)?;
        object.optional("industryName", &self.industry_name)?;
        object.optional("introduce", &self.introduce)?;
        object.optional("name", &self.name)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `GetUserGroupResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserGroupResponseBodyResult {
    /// `clientShow`.
    pub client_show: Option<bool>,
    /// `description`.
    pub description: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `groupCode`.
    pub group_code: Option<String>,
    /// `groupType`.
    pub group_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserGroupResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserGroupResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "clientShow" => rt::read_field(map, &mut self.client_show),
            "description" => rt::read_field(map, &mut self.description),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "groupCode" => rt::read_field(map, &mut self.group_code),
            "groupType" => rt::read_field(map, &mut self.group_type),
            "name" => rt::read_field(map, &mut self.name),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserGroupResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("clientShow", &self.client_show)?;
        object.optional("description", &self.description)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("groupCode", &self.group_code)?;
        object.optional("groupType", &self.group_type)?;
        object.optional("name", &self.name)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `ListBasicRoleInPageResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListBasicRoleInPageResponseBodyList {
    /// `openAction`.
    pub open_action: Option<ListBasicRoleInPageResponseBodyListOpenAction>,
    /// `openMembers`.
    pub open_members: Option<Vec<ListBasicRoleInPageResponseBodyListOpenMembers>>,
    /// `openResources`.
    pub open_resources: Option<Vec<String>>,
    /// `openRoleId`.
    pub open_role_id: Option<String>,
    /// `openRoleName`.
    pub open_role_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListBasicRoleInPageResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListBasicRoleInPageResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openAction" => rt::read_field(map, &mut self.open_action),
            "openMembers" => rt::read_field(map, &mut self.open_members),
            "openResources" => rt::read_field(map, &mut self.open_resources),
            "openRoleId" => rt::read_field(map, &mut self.open_role_id),
            "openRoleName" => rt::read_field(map, &mut self.open_role_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListBasicRoleInPageResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openAction", &self.open_action)?;
        object.optional("openMembers", &self.open_members)?;
        object.optional("openResources", &self.open_resources)?;
        object.optional("openRoleId", &self.open_role_id)?;
        object.optional("openRoleName", &self.open_role_name)?;
        object.end()
    }
}
/// `ListContactHideSettingsResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListContactHideSettingsResponseBodyList {
    /// `active`.
    pub active: Option<bool>,
    /// `description`.
    pub description: Option<String>,
    /// `excludeDeptIds`.
    pub exclude_dept_ids: Option<Vec<i64>>,
    /// `excludeStaffIds`.
    pub exclude_staff_ids: Option<Vec<String>>,
    /// `excludeTagIds`.
    pub exclude_tag_ids: Option<Vec<i64>>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `objectDeptIds`.
    pub object_dept_ids: Option<Vec<i64>>,
    /// `objectStaffIds`.
    pub object_staff_ids: Option<Vec<String>>,
    /// `objectTagIds`.
    pub object_tag_ids: Option<Vec<i64>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListContactHideSettingsResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListContactHideSettingsResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            "description" => rt::read_field(map, &mut self.description),
            "excludeDeptIds" => rt::read_field(map, &mut self.exclude_dept_ids),
            "excludeStaffIds" => rt::read_field(map, &mut self.exclude_staff_ids),
            "excludeTagIds" => rt::read_field(map, &mut self.exclude_tag_ids),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "objectDeptIds" => rt::read_field(map, &mut self.object_dept_ids),
            "objectStaffIds" => rt::read_field(map, &mut self.object_staff_ids),
            "objectTagIds" => rt::read_field(map, &mut self.object_tag_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListContactHideSettingsResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.optional("description", &self.description)?;
        object.optional("excludeDeptIds", &self.exclude_dept_ids)?;
        object.optional("excludeStaffIds", &self.exclude_staff_ids)?;
        object.optional("excludeTagIds", &self.exclude_tag_ids)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("objectDeptIds", &self.object_dept_ids)?;
        object.optional("objectStaffIds", &self.object_staff_ids)?;
        object.optional("objectTagIds", &self.object_tag_ids)?;
        object.end()
    }
}
/// `ListContactRestrictSettingResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListContactRestrictSettingResponseBodyList {
    /// `active`.
    pub active: Option<bool>,
    /// `description`.
    pub description: Option<String>,
    /// `excludeDeptIds`.
    pub exclude_dept_ids: Option<Vec<i64>>,
    /// `excludeTagIds`.
    pub exclude_tag_ids: Option<Vec<i64>>,
    /// `excludeUserIds`.
    pub exclude_user_ids: Option<Vec<String>>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `restrictInSearch`.
    pub restrict_in_search: Option<bool>,
    /// `restrictInUserProfile`.
    pub restrict_in_user_profile: Option<bool>,
    /// `subjectDeptIds`.
    pub subject_dept_ids: Option<Vec<i64>>,
    /// `subjectTagIds`.
    pub subject_tag_ids: Option<Vec<i64>>,
    /// `subjectUserIds`.
    pub subject_user_ids: Option<Vec<String>>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListContactRestrictSettingResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListContactRestrictSettingResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            "description" => rt::read_field(map, &mut self.description),
            "excludeDeptIds" => rt::read_field(map, &mut self.exclude_dept_ids),
            "excludeTagIds" => rt::read_field(map, &mut self.exclude_tag_ids),
            "excludeUserIds" => rt::read_field(map, &mut self.exclude_user_ids),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "restrictInSearch" => rt::read_field(map, &mut self.restrict_in_search),
            "restrictInUserProfile" => {
                rt::read_field(map, &mut self.restrict_in_user_profile)
            }
            "subjectDeptIds" => rt::read_field(map, &mut self.subject_dept_ids),
            "subjectTagIds" => rt::read_field(map, &mut self.subject_tag_ids),
            "subjectUserIds" => rt::read_field(map, &mut self.subject_user_ids),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListContactRestrictSettingResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.optional("description", &self.description)?;
        object.optional("excludeDeptIds", &self.exclude_dept_ids)?;
        object.optional("excludeTagIds", &self.exclude_tag_ids)?;
        object.optional("excludeUserIds", &self.exclude_user_ids)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("restrictInSearch", &self.restrict_in_search)?;
        object.optional("restrictInUserProfile", &self.restrict_in_user_profile)?;
        object.optional("subjectDeptIds", &self.subject_dept_ids)?;
        object.optional("subjectTagIds", &self.subject_tag_ids)?;
        object.optional("subjectUserIds", &self.subject_user_ids)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `ListEmpAttributeVisibilityResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListEmpAttributeVisibilityResponseBodyList {
    /// `active`.
    pub active: Option<bool>,
    /// `description`.
    pub description: Option<String>,
    /// `excludeDeptIds`.
    pub exclude_dept_ids: Option<Vec<i64>>,
    /// `excludeStaffIds`.
    pub exclude_staff_ids: Option<Vec<String>>,
    /// `excludeTagIds`.
    pub exclude_tag_ids: Option<Vec<i64>>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `hideFields`.
    pub hide_fields: Option<Vec<String>>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `objectDeptIds`.
    pub object_dept_ids: Option<Vec<i64>>,
    /// `objectStaffIds`.
    pub object_staff_ids: Option<Vec<String>>,
    /// `objectTagIds`.
    pub object_tag_ids: Option<Vec<i64>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListEmpAttributeVisibilityResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEmpAttributeVisibilityResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            "description" => rt::read_field(map, &mut self.description),
            "excludeDeptIds" => rt::read_field(map, &mut self.exclude_dept_ids),
            "excludeStaffIds" => rt::read_field(map, &mut self.exclude_staff_ids),
            "excludeTagIds" => rt::read_field(map, &mut self.exclude_tag_ids),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "hideFields" => rt::read_field(map, &mut self.hide_fields),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "objectDeptIds" => rt::read_field(map, &mut self.object_dept_ids),
            "objectStaffIds" => rt::read_field(map, &mut self.object_staff_ids),
            "objectTagIds" => rt::read_field(map, &mut self.object_tag_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEmpAttributeVisibilityResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.optional("description", &self.description)?;
        object.optional("excludeDeptIds", &self.exclude_dept_ids)?;
        object.optional("excludeStaffIds", &self.exclude_staff_ids)?;
        object.optional("excludeTagIds", &self.exclude_tag_ids)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("hideFields", &self.hide_fields)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("objectDeptIds", &self.object_dept_ids)?;
        object.optional("objectStaffIds", &self.object_staff_ids)?;
        object.optional("objectTagIds", &self.object_tag_ids)?;
        object.end()
    }
}
/// `ListEmpLeaveRecordsResponseBodyRecords`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListEmpLeaveRecordsResponseBodyRecords {
    /// `leaveReason`.
    pub leave_reason: Option<String>,
    /// `leaveTime`.
    pub leave_time: Option<String>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `stateCode`.
    pub state_code: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListEmpLeaveRecordsResponseBodyRecords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListEmpLeaveRecordsResponseBodyRecords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "leaveReason" => rt::read_field(map, &mut self.leave_reason),
            "leaveTime" => rt::read_field(map, &mut self.leave_time),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "name" => rt::read_field(map, &mut self.name),
            "stateCode" => rt::read_field(map, &mut self.state_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListEmpLeaveRecordsResponseBodyRecords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("leaveReason", &self.leave_reason)?;
        object.optional("leaveTime", &self.leave_time)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("name", &self.name)?;
        object.optional("stateCode", &self.state_code)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ListManagementGroupsResponseBodyGroups`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListManagementGroupsResponseBodyGroups {
    /// `groupId`.
    pub group_id: Option<String>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `members`.
    pub members: Option<Vec<ListManagementGroupsResponseBodyGroupsMembers>>,
    /// `resourceIds`.
    pub resource_ids: Option<Vec<String>>,
    /// `scope`.
    pub scope: Option<ListManagementGroupsResponseBodyGroupsScope>,
}
impl<'de> rt::serde::Deserialize<'de> for ListManagementGroupsResponseBodyGroups {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListManagementGroupsResponseBodyGroups {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupId" => rt::read_field(map, &mut self.group_id),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "members" => rt::read_field(map, &mut self.members),
            "resourceIds" => rt::read_field(map, &mut self.resource_ids),
            "scope" => rt::read_field(map, &mut self.scope),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListManagementGroupsResponseBodyGroups {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupId", &self.group_id)?;
        object.optional("groupName", &self.group_name)?;
        object.optional("members", &self.members)?;
        object.optional("resourceIds", &self.resource_ids)?;
        object.optional("scope", &self.scope)?;
        object.end()
    }
}
/// `ListOwnedOrgByStaffIdResponseBodyOrgList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListOwnedOrgByStaffIdResponseBodyOrgList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `corpName`.
    pub corp_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListOwnedOrgByStaffIdResponseBodyOrgList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListOwnedOrgByStaffIdResponseBodyOrgList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "corpName" => rt::read_field(map, &mut self.corp_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListOwnedOrgByStaffIdResponseBodyOrgList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("corpName", &self.corp_name)?;
        object.end()
    }
}
/// `ListSeniorSettingsResponseBodySeniorWhiteList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSeniorSettingsResponseBodySeniorWhiteList {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListSeniorSettingsResponseBodySeniorWhiteList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSeniorSettingsResponseBodySeniorWhiteList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSeniorSettingsResponseBodySeniorWhiteList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `ListUserGroupMembersResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserGroupMembersResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `members`.
    pub members: Option<Vec<ListUserGroupMembersResponseBodyResultMembers>>,
    /// `nextOffset`.
    pub next_offset: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserGroupMembersResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserGroupMembersResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "members" => rt::read_field(map, &mut self.members),
            "nextOffset" => rt::read_field(map, &mut self.next_offset),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUserGroupMembersResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("members", &self.members)?;
        object.optional("nextOffset", &self.next_offset)?;
        object.end()
    }
}
/// `ListUserGroupsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserGroupsResponseBodyResult {
    /// `groups`.
    pub groups: Option<Vec<ListUserGroupsResponseBodyResultGroups>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextOffset`.
    pub next_offset: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserGroupsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserGroupsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groups" => rt::read_field(map, &mut self.groups),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextOffset" => rt::read_field(map, &mut self.next_offset),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUserGroupsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groups", &self.groups)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextOffset", &self.next_offset)?;
        object.end()
    }
}
/// `OrgInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OrgInfoResponseBodyResult {
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OrgInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OrgInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OrgInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `QueryCorpStatisticDataResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCorpStatisticDataResponseBodyResult {
    /// `cardBeReceivedTotalCnt`.
    pub card_be_received_total_cnt: Option<i64>,
    /// `cardReceiveTotalCnt`.
    pub card_receive_total_cnt: Option<i64>,
    /// `cardTotalBeVisitedCnt`.
    pub card_total_be_visited_cnt: Option<i64>,
    /// `dataDate`.
    pub data_date: Option<String>,
    /// `dingTotalShareCnt`.
    pub ding_total_share_cnt: Option<i64>,
    /// `totalSendCnt`.
    pub total_send_cnt: Option<i64>,
    /// `wechatTotalShareCnt`.
    pub wechat_total_share_cnt: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCorpStatisticDataResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCorpStatisticDataResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardBeReceivedTotalCnt" => {
                rt::read_field(map, &mut self.card_be_received_total_cnt)
            }
            "cardReceiveTotalCnt" => {
                rt::read_field(map, &mut self.card_receive_total_cnt)
            }
            "cardTotalBeVisitedCnt" => {
                rt::read_field(map, &mut self.card_total_be_visited_cnt)
            }
            "dataDate" => rt::read_field(map, &mut self.data_date),
            "dingTotalShareCnt" => rt::read_field(map, &mut self.ding_total_share_cnt),
            "totalSendCnt" => rt::read_field(map, &mut self.total_send_cnt),
            "wechatTotalShareCnt" => {
                rt::read_field(map, &mut self.wechat_total_share_cnt)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCorpStatisticDataResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardBeReceivedTotalCnt", &self.card_be_received_total_cnt)?;
        object.optional("cardReceiveTotalCnt", &self.card_receive_total_cnt)?;
        object.optional("cardTotalBeVisitedCnt", &self.card_total_be_visited_cnt)?;
        object.optional("dataDate", &self.data_date)?;
        object.optional("dingTotalShareCnt", &self.ding_total_share_cnt)?;
        object.optional("totalSendCnt", &self.total_send_cnt)?;
        object.optional("wechatTotalShareCnt", &self.wechat_total_share_cnt)?;
        object.end()
    }
}
/// `QueryCorpUserStatisticResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCorpUserStatisticResponseBodyList {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `receiveCnt`.
    pub receive_cnt: Option<i64>,
    /// `sendCnt`.
    pub send_cnt: Option<i64>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCorpUserStatisticResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCorpUserStatisticResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "name" => rt::read_field(map, &mut self.name),
            "receiveCnt" => rt::read_field(map, &mut self.receive_cnt),
            "sendCnt" => rt::read_field(map, &mut self.send_cnt),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCorpUserStatisticResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("name", &self.name)?;
        object.optional("receiveCnt", &self.receive_cnt)?;
        object.optional("sendCnt", &self.send_cnt)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
}
/// `QueryResourceManagementMembersResponseBodyMembers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryResourceManagementMembersResponseBodyMembers {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberType`.
    pub member_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryResourceManagementMembersResponseBodyMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryResourceManagementMembersResponseBodyMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberType" => rt::read_field(map, &mut self.member_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryResourceManagementMembersResponseBodyMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberId", &self.member_id)?;
        object.optional("memberType", &self.member_type)?;
        object.end()
    }
}
/// `TalentAddCustomTagResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentAddCustomTagResponseBodyResult {
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for TalentAddCustomTagResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentAddCustomTagResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "tagName" => rt::read_field(map, &mut self.tag_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TalentAddCustomTagResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tagCode", &self.tag_code)?;
        object.optional("tagName", &self.tag_name)?;
        object.end()
    }
}
/// `TalentAddObjectiveTagResponseBodyResult`: the same model as [`TalentAddCustomTagResponseBodyResult`].
pub type TalentAddObjectiveTagResponseBodyResult = TalentAddCustomTagResponseBodyResult;
/// `TalentAddPersonalityTagResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentAddPersonalityTagResponseBodyResult {
    /// `categoryCode`.
    pub category_code: Option<String>,
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for TalentAddPersonalityTagResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentAddPersonalityTagResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryCode" => rt::read_field(map, &mut self.category_code),
            "categoryName" => rt::read_field(map, &mut self.category_name),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "tagName" => rt::read_field(map, &mut self.tag_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TalentAddPersonalityTagResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryCode", &self.category_code)?;
        object.optional("categoryName", &self.category_name)?;
        object.optional("tagCode", &self.tag_code)?;
        object.optional("tagName", &self.tag_name)?;
        object.end()
    }
}
/// `TalentDeleteCustomTagResponseBodyResult`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type TalentDeleteCustomTagResponseBodyResult = DeleteContactHideBySceneSettingResponseBody;
/// `TalentDeleteObjectiveTagResponseBodyResult`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type TalentDeleteObjectiveTagResponseBodyResult = DeleteContactHideBySceneSettingResponseBody;
/// `TalentDeletePersonalityTagResponseBodyResult`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type TalentDeletePersonalityTagResponseBodyResult = DeleteContactHideBySceneSettingResponseBody;
/// `TalentLikeTagResponseBodyResult`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type TalentLikeTagResponseBodyResult = DeleteContactHideBySceneSettingResponseBody;
/// `TalentQueryCustomTagResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentQueryCustomTagResponseBodyResult {
    /// `tags`.
    pub tags: Option<Vec<TalentQueryCustomTagResponseBodyResultTags>>,
}
impl<'de> rt::serde::Deserialize<'de> for TalentQueryCustomTagResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentQueryCustomTagResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tags" => rt::read_field(map, &mut self.tags),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TalentQueryCustomTagResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tags", &self.tags)?;
        object.end()
    }
}
/// `TalentQueryObjectiveTagResponseBodyResult`: the same model as [`TalentQueryCustomTagResponseBodyResult`].
pub type TalentQueryObjectiveTagResponseBodyResult = TalentQueryCustomTagResponseBodyResult;
/// `TalentQueryPersonalityTagResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentQueryPersonalityTagResponseBodyResult {
    /// `tags`.
    pub tags: Option<Vec<TalentQueryPersonalityTagResponseBodyResultTags>>,
}
impl<'de> rt::serde::Deserialize<'de> for TalentQueryPersonalityTagResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentQueryPersonalityTagResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tags" => rt::read_field(map, &mut self.tags),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TalentQueryPersonalityTagResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tags", &self.tags)?;
        object.end()
    }
}
/// `TalentQueryTagLikeDetailListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentQueryTagLikeDetailListResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `likeDetails`.
    pub like_details: Option<
        Vec<TalentQueryTagLikeDetailListResponseBodyResultLikeDetails>,
    >,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for TalentQueryTagLikeDetailListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentQueryTagLikeDetailListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "likeDetails" => rt::read_field(map, &mut self.like_details),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TalentQueryTagLikeDetailListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("likeDetails", &self.like_details)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.end()
    }
}
/// `TalentQueryTagLikeListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentQueryTagLikeListResponseBodyResult {
    /// `tagLikes`.
    pub tag_likes: Option<Vec<TalentQueryTagLikeListResponseBodyResultTagLikes>>,
}
impl<'de> rt::serde::Deserialize<'de> for TalentQueryTagLikeListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentQueryTagLikeListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tagLikes" => rt::read_field(map, &mut self.tag_likes),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TalentQueryTagLikeListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tagLikes", &self.tag_likes)?;
        object.end()
    }
}
/// `UserGroupAddStaticGroupMembersResponseBodyResult`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type UserGroupAddStaticGroupMembersResponseBodyResult = DeleteContactHideBySceneSettingResponseBody;
/// `UserGroupRemoveStaticGroupMembersResponseBodyResult`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type UserGroupRemoveStaticGroupMembersResponseBodyResult = DeleteContactHideBySceneSettingResponseBody;
/// `UserProfileResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UserProfileResponseBodyResult {
    /// `mobile`.
    pub mobile: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `orgIds`.
    pub org_ids: Option<String>,
    /// `stateCode`.
    pub state_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UserProfileResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UserProfileResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobile" => rt::read_field(map, &mut self.mobile),
            "nick" => rt::read_field(map, &mut self.nick),
            "orgIds" => rt::read_field(map, &mut self.org_ids),
            "stateCode" => rt::read_field(map, &mut self.state_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UserProfileResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("nick", &self.nick)?;
        object.optional("orgIds", &self.org_ids)?;
        object.optional("stateCode", &self.state_code)?;
        object.end()
    }
}
/// `BatchUpdateExternalTitleResponseBodyResultFailedList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchUpdateExternalTitleResponseBodyResultFailedList {
    /// `title`.
    pub title: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchUpdateExternalTitleResponseBodyResultFailedList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchUpdateExternalTitleResponseBodyResultFailedList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchUpdateExternalTitleResponseBodyResultFailedList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("title", &self.title)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `BatchUpdateExternalTitleResponseBodyResultModifyList`: the same model as [`BatchUpdateExternalTitleResponseBodyResultFailedList`].
pub type BatchUpdateExternalTitleResponseBodyResultModifyList = BatchUpdateExternalTitleResponseBodyResultFailedList;
/// `GetCardInfoResponseBodyExtensionCardContactInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCardInfoResponseBodyExtensionCardContactInfo {
    /// `address`.
    pub address: Option<Vec<GetCardInfoResponseBodyExtensionCardContactInfoAddress>>,
    /// `email`.
    pub email: Option<Vec<GetCardInfoResponseBodyExtensionCardContactInfoEmail>>,
    /// `link`.
    pub link: Option<Vec<GetCardInfoResponseBodyExtensionCardContactInfoLink>>,
    /// `telephone`.
    pub telephone: Option<Vec<GetCardInfoResponseBodyExtensionCardContactInfoTelephone>>,
    /// `workPhone`.
    pub work_phone: Option<
        Vec<GetCardInfoResponseBodyExtensionCardContactInfoWorkPhone>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for GetCardInfoResponseBodyExtensionCardContactInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCardInfoResponseBodyExtensionCardContactInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "address" => rt::read_field(map, &mut self.address),
            "email" => rt::read_field(map, &mut self.email),
            "link" => rt::read_field(map, &mut self.link),
            "telephone" => rt::read_field(map, &mut self.telephone),
            "workPhone" => rt::read_field(map, &mut self.work_phone),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCardInfoResponseBodyExtensionCardContactInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("address", &self.address)?;
        object.optional("email", &self.email)?;
        object.optional("link", &self.link)?;
        object.optional("telephone", &self.telephone)?;
        object.optional("workPhone", &self.work_phone)?;
        object.end()
    }
}
/// `ListBasicRoleInPageResponseBodyListOpenAction`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListBasicRoleInPageResponseBodyListOpenAction {
    /// `actionIds`.
    pub action_ids: Option<Vec<String>>,
    /// `openCondition`.
    pub open_condition: Option<
        ListBasicRoleInPageResponseBodyListOpenActionOpenCondition,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for ListBasicRoleInPageResponseBodyListOpenAction {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListBasicRoleInPageResponseBodyListOpenAction {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionIds" => rt::read_field(map, &mut self.action_ids),
            "openCondition" => rt::read_field(map, &mut self.open_condition),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListBasicRoleInPageResponseBodyListOpenAction {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionIds", &self.action_ids)?;
        object.optional("openCondition", &self.open_condition)?;
        object.end()
    }
}
/// `ListBasicRoleInPageResponseBodyListOpenMembers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListBasicRoleInPageResponseBodyListOpenMembers {
    /// `belongCorpId`.
    pub belong_corp_id: Option<String>,
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberType`.
    pub member_type: Option<String>,
    /// `operateUserId`.
    pub operate_user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListBasicRoleInPageResponseBodyListOpenMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListBasicRoleInPageResponseBodyListOpenMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "belongCorpId" => rt::read_field(map, &mut self.belong_corp_id),
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberType" => rt::read_field(map, &mut self.member_type),
            "operateUserId" => rt::read_field(map, &mut self.operate_user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListBasicRoleInPageResponseBodyListOpenMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("belongCorpId", &self.belong_corp_id)?;
        object.optional("memberId", &self.member_id)?;
        object.optional("memberType", &self.member_type)?;
        object.optional("operateUserId", &self.operate_user_id)?;
        object.end()
    }
}
/// `ListManagementGroupsResponseBodyGroupsMembers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListManagementGroupsResponseBodyGroupsMembers {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberType`.
    pub member_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListManagementGroupsResponseBodyGroupsMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListManagementGroupsResponseBodyGroupsMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberType" => rt::read_field(map, &mut self.member_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListManagementGroupsResponseBodyGroupsMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberId", &self.member_id)?;
        object.optional("memberType", &self.member_type)?;
        object.end()
    }
}
/// `ListManagementGroupsResponseBodyGroupsScope`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListManagementGroupsResponseBodyGroupsScope {
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `scopeType`.
    pub scope_type: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListManagementGroupsResponseBodyGroupsScope {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListManagementGroupsResponseBodyGroupsScope {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "scopeType" => rt::read_field(map, &mut self.scope_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListManagementGroupsResponseBodyGroupsScope {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.optional("scopeType", &self.scope_type)?;
        object.end()
    }
}
/// `ListUserGroupMembersResponseBodyResultMembers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserGroupMembersResponseBodyResultMembers {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserGroupMembersResponseBodyResultMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserGroupMembersResponseBodyResultMembers {
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
impl rt::serde::Serialize for ListUserGroupMembersResponseBodyResultMembers {
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
/// `ListUserGroupsResponseBodyResultGroups`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserGroupsResponseBodyResultGroups {
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `groupCode`.
    pub group_code: Option<String>,
    /// `groupType`.
    pub group_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserGroupsResponseBodyResultGroups {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserGroupsResponseBodyResultGroups {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "groupCode" => rt::read_field(map, &mut self.group_code),
            "groupType" => rt::read_field(map, &mut self.group_type),
            "name" => rt::read_field(map, &mut self.name),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUserGroupsResponseBodyResultGroups {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("groupCode", &self.group_code)?;
        object.optional("groupType", &self.group_type)?;
        object.optional("name", &self.name)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `TalentQueryCustomTagResponseBodyResultTags`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentQueryCustomTagResponseBodyResultTags {
    /// `sortOrder`.
    pub sort_order: Option<i64>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for TalentQueryCustomTagResponseBodyResultTags {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentQueryCustomTagResponseBodyResultTags {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sortOrder" => rt::read_field(map, &mut self.sort_order),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "tagName" => rt::read_field(map, &mut self.tag_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TalentQueryCustomTagResponseBodyResultTags {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sortOrder", &self.sort_order)?;
        object.optional("tagCode", &self.tag_code)?;
        object.optional("tagName", &self.tag_name)?;
        object.end()
    }
}
/// `TalentQueryObjectiveTagResponseBodyResultTags`: the same model as [`TalentQueryCustomTagResponseBodyResultTags`].
pub type TalentQueryObjectiveTagResponseBodyResultTags = TalentQueryCustomTagResponseBodyResultTags;
/// `TalentQueryPersonalityTagResponseBodyResultTags`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentQueryPersonalityTagResponseBodyResultTags {
    /// `categoryCode`.
    pub category_code: Option<String>,
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `categorySortOrder`.
    pub category_sort_order: Option<i64>,
    /// `sortOrder`.
    pub sort_order: Option<i64>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for TalentQueryPersonalityTagResponseBodyResultTags {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentQueryPersonalityTagResponseBodyResultTags {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryCode" => rt::read_field(map, &mut self.category_code),
            "categoryName" => rt::read_field(map, &mut self.category_name),
            "categorySortOrder" => rt::read_field(map, &mut self.category_sort_order),
            "sortOrder" => rt::read_field(map, &mut self.sort_order),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "tagName" => rt::read_field(map, &mut self.tag_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TalentQueryPersonalityTagResponseBodyResultTags {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryCode", &self.category_code)?;
        object.optional("categoryName", &self.category_name)?;
        object.optional("categorySortOrder", &self.category_sort_order)?;
        object.optional("sortOrder", &self.sort_order)?;
        object.optional("tagCode", &self.tag_code)?;
        object.optional("tagName", &self.tag_name)?;
        object.end()
    }
}
/// `TalentQueryTagLikeDetailListResponseBodyResultLikeDetails`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentQueryTagLikeDetailListResponseBodyResultLikeDetails {
    /// `likeTimestamp`.
    pub like_timestamp: Option<i64>,
    /// `operatorUserId`.
    pub operator_user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for TalentQueryTagLikeDetailListResponseBodyResultLikeDetails {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentQueryTagLikeDetailListResponseBodyResultLikeDetails {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "likeTimestamp" => rt::read_field(map, &mut self.like_timestamp),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TalentQueryTagLikeDetailListResponseBodyResultLikeDetails {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("likeTimestamp", &self.like_timestamp)?;
        object.optional("operatorUserId", &self.operator_user_id)?;
        object.end()
    }
}
/// `TalentQueryTagLikeListResponseBodyResultTagLikes`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TalentQueryTagLikeListResponseBodyResultTagLikes {
    /// `hasLiked`.
    pub has_liked: Option<bool>,
    /// `likeCount`.
    pub like_count: Option<i64>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for TalentQueryTagLikeListResponseBodyResultTagLikes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TalentQueryTagLikeListResponseBodyResultTagLikes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasLiked" => rt::read_field(map, &mut self.has_liked),
            "likeCount" => rt::read_field(map, &mut self.like_count),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "tagName" => rt::read_field(map, &mut self.tag_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TalentQueryTagLikeListResponseBodyResultTagLikes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasLiked", &self.has_liked)?;
        object.optional("likeCount", &self.like_count)?;
        object.optional("tagCode", &self.tag_code)?;
        object.optional("tagName", &self.tag_name)?;
        object.end()
    }
}
/// `GetCardInfoResponseBodyExtensionCardContactInfoAddress`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCardInfoResponseBodyExtensionCardContactInfoAddress {
    /// `area`.
    pub area: Option<GetCardInfoResponseBodyExtensionCardContactInfoAddressArea>,
    /// `detail`.
    pub detail: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetCardInfoResponseBodyExtensionCardContactInfoAddress {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCardInfoResponseBodyExtensionCardContactInfoAddress {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "area" => rt::read_field(map, &mut self.area),
            "detail" => rt::read_field(map, &mut self.detail),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCardInfoResponseBodyExtensionCardContactInfoAddress {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("area", &self.area)?;
        object.optional("detail", &self.detail)?;
        object.end()
    }
}
/// `GetCardInfoResponseBodyExtensionCardContactInfoEmail`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCardInfoResponseBodyExtensionCardContactInfoEmail {
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetCardInfoResponseBodyExtensionCardContactInfoEmail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCardInfoResponseBodyExtensionCardContactInfoEmail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "label" => rt::read_field(map, &mut self.label),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCardInfoResponseBodyExtensionCardContactInfoEmail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("label", &self.label)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `GetCardInfoResponseBodyExtensionCardContactInfoLink`: the same model as [`GetCardInfoResponseBodyExtensionCardContactInfoEmail`].
pub type GetCardInfoResponseBodyExtensionCardContactInfoLink = GetCardInfoResponseBodyExtensionCardContactInfoEmail;
/// `GetCardInfoResponseBodyExtensionCardContactInfoTelephone`: the same model as [`GetCardInfoResponseBodyExtensionCardContactInfoEmail`].
pub type GetCardInfoResponseBodyExtensionCardContactInfoTelephone = GetCardInfoResponseBodyExtensionCardContactInfoEmail;
/// `GetCardInfoResponseBodyExtensionCardContactInfoWorkPhone`: the same model as [`GetCardInfoResponseBodyExtensionCardContactInfoEmail`].
pub type GetCardInfoResponseBodyExtensionCardContactInfoWorkPhone = GetCardInfoResponseBodyExtensionCardContactInfoEmail;
/// `ListBasicRoleInPageResponseBodyListOpenActionOpenCondition`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListBasicRoleInPageResponseBodyListOpenActionOpenCondition {
    /// `openContactScope`.
    pub open_contact_scope: Option<
        ListBasicRoleInPageResponseBodyListOpenActionOpenConditionOpenContactScope,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for ListBasicRoleInPageResponseBodyListOpenActionOpenCondition {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListBasicRoleInPageResponseBodyListOpenActionOpenCondition {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openContactScope" => rt::read_field(map, &mut self.open_contact_scope),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ListBasicRoleInPageResponseBodyListOpenActionOpenCondition {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("openContactScope", &self.open_contact_scope)?;
        object.end()
    }
}
/// `GetCardInfoResponseBodyExtensionCardContactInfoAddressArea`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCardInfoResponseBodyExtensionCardContactInfoAddressArea {
    /// `region`.
    pub region: Option<String>,
    /// `regionFullName`.
    pub region_full_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetCardInfoResponseBodyExtensionCardContactInfoAddressArea {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCardInfoResponseBodyExtensionCardContactInfoAddressArea {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "region" => rt::read_field(map, &mut self.region),
            "regionFullName" => rt::read_field(map, &mut self.region_full_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetCardInfoResponseBodyExtensionCardContactInfoAddressArea {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("region", &self.region)?;
        object.optional("regionFullName", &self.region_full_name)?;
        object.end()
    }
}
/// `ListBasicRoleInPageResponseBodyListOpenActionOpenConditionOpenContactScope`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListBasicRoleInPageResponseBodyListOpenActionOpenConditionOpenContactScope {
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `includeMemberDepts`.
    pub include_member_depts: Option<bool>,
    /// `includeSelfManageDepts`.
    pub include_self_manage_depts: Option<bool>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListBasicRoleInPageResponseBodyListOpenActionOpenConditionOpenContactScope {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for ListBasicRoleInPageResponseBodyListOpenActionOpenConditionOpenContactScope {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "includeMemberDepts" => rt::read_field(map, &mut self.include_member_depts),
            "includeSelfManageDepts" => {
                rt::read_field(map, &mut self.include_self_manage_depts)
            }
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ListBasicRoleInPageResponseBodyListOpenActionOpenConditionOpenContactScope {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.optional("includeMemberDepts", &self.include_member_depts)?;
        object.optional("includeSelfManageDepts", &self.include_self_manage_depts)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
/// The request of [`Api::add_account_mapping`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddAccountMappingRequest {
    /// `domain`.
    pub domain: String,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `outId`.
    pub out_id: String,
    /// `outTenantId`.
    pub out_tenant_id: String,
    /// `userId`.
    pub user_id: String,
}
impl AddAccountMappingRequest {
    /// A `AddAccountMappingRequest` with its required fields (`domain`, `outId`, `outTenantId`, `userId`); set the others with the methods named after them.
    pub fn new(
        domain: impl Into<String>,
        out_id: impl Into<String>,
        out_tenant_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            domain: domain.into(),
            extension: None,
            out_id: out_id.into(),
            out_tenant_id: out_tenant_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `extension`.
    pub fn extension(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.extension = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
impl rt::serde::Serialize for AddAccountMappingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("domain", &self.domain)?;
        object.optional("extension", &self.extension)?;
        object.field("outId", &self.out_id)?;
        object.field("outTenantId", &self.out_tenant_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddAccountMappingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddAccountMappingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "domain" => rt::read_field(map, &mut self.domain),
            "extension" => rt::read_field(map, &mut self.extension),
            "outId" => rt::read_field(map, &mut self.out_id),
            "outTenantId" => rt::read_field(map, &mut self.out_tenant_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddAccountMappingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_contact_hide_by_scene_setting`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddContactHideBySceneSettingRequest {
    /// `description`.
    pub description: Option<String>,
    /// `excludeDeptIds`.
    pub exclude_dept_ids: Option<Vec<i64>>,
    /// `excludeTagIds`.
    pub exclude_tag_ids: Option<Vec<i64>>,
    /// `excludeUserIds`.
    pub exclude_user_ids: Option<Vec<String>>,
    /// `name`.
    pub name: Option<String>,
    /// `nodeListSceneConfig`.
    pub node_list_scene_config: Option<
        AddContactHideBySceneSettingRequestNodeListSceneConfig,
    >,
    /// `objectDeptIds`.
    pub object_dept_ids: Option<Vec<i64>>,
    /// `objectTagIds`.
    pub object_tag_ids: Option<Vec<i64>>,
    /// `objectUserIds`.
    pub object_user_ids: Option<Vec<String>>,
    /// `profileSceneConfig`.
    pub profile_scene_config: Option<
        AddContactHideBySceneSettingRequestProfileSceneConfig,
    >,
    /// `searchSceneConfig`.
    pub search_scene_config: Option<
        AddContactHideBySceneSettingRequestSearchSceneConfig,
    >,
}
impl AddContactHideBySceneSettingRequest {
    /// An empty `AddContactHideBySceneSettingRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `excludeDeptIds`.
    pub fn exclude_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.exclude_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `excludeTagIds`.
    pub fn exclude_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.exclude_tag_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `excludeUserIds`.
    pub fn exclude_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.exclude_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `nodeListSceneConfig`.
    pub fn node_list_scene_config(
        mut self,
        value: AddContactHideBySceneSettingRequestNodeListSceneConfig,
    ) -> Self {
        self.node_list_scene_config = Some(value);
        self
    }
    /// Sets `objectDeptIds`.
    pub fn object_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.object_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `objectTagIds`.
    pub fn object_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.object_tag_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `objectUserIds`.
    pub fn object_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.object_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `profileSceneConfig`.
    pub fn profile_scene_config(
        mut self,
        value: AddContactHideBySceneSettingRequestProfileSceneConfig,
    ) -> Self {
        self.profile_scene_config = Some(value);
        self
    }
    /// Sets `searchSceneConfig`.
    pub fn search_scene_config(
        mut self,
        value: AddContactHideBySceneSettingRequestSearchSceneConfig,
    ) -> Self {
        self.search_scene_config = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddContactHideBySceneSettingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("excludeDeptIds", &self.exclude_dept_ids)?;
        object.optional("excludeTagIds", &self.exclude_tag_ids)?;
        object.optional("excludeUserIds", &self.exclude_user_ids)?;
        object.optional("name", &self.name)?;
        object.optional("nodeListSceneConfig", &self.node_list_scene_config)?;
        object.optional("objectDeptIds", &self.object_dept_ids)?;
        object.optional("objectTagIds", &self.object_tag_ids)?;
        object.optional("objectUserIds", &self.object_user_ids)?;
        object.optional("profileSceneConfig", &self.profile_scene_config)?;
        object.optional("searchSceneConfig", &self.search_scene_config)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddContactHideBySceneSettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddContactHideBySceneSettingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "excludeDeptIds" => rt::read_field(map, &mut self.exclude_dept_ids),
            "excludeTagIds" => rt::read_field(map, &mut self.exclude_tag_ids),
            "excludeUserIds" => rt::read_field(map, &mut self.exclude_user_ids),
            "name" => rt::read_field(map, &mut self.name),
            "nodeListSceneConfig" => {
                rt::read_field(map, &mut self.node_list_scene_config)
            }
            "objectDeptIds" => rt::read_field(map, &mut self.object_dept_ids),
            "objectTagIds" => rt::read_field(map, &mut self.object_tag_ids),
            "objectUserIds" => rt::read_field(map, &mut self.object_user_ids),
            "profileSceneConfig" => rt::read_field(map, &mut self.profile_scene_config),
            "searchSceneConfig" => rt::read_field(map, &mut self.search_scene_config),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddContactHideBySceneSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_emp_attribute_hide_by_scene_setting`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddEmpAttributeHideBySceneSettingRequest {
    /// `chatSubtitleConfig`.
    pub chat_subtitle_config: Option<
        AddEmpAttributeHideBySceneSettingRequestChatSubtitleConfig,
    >,
    /// `description`.
    pub description: Option<String>,
    /// `excludeDeptIds`.
    pub exclude_dept_ids: Option<Vec<i64>>,
    /// `excludeTagIds`.
    pub exclude_tag_ids: Option<Vec<i64>>,
    /// `excludeUserIds`.
    pub exclude_user_ids: Option<Vec<String>>,
    /// `hideFields`.
    pub hide_fields: Option<Vec<String>>,
    /// `name`.
    pub name: Option<String>,
    /// `objectDeptIds`.
    pub object_dept_ids: Option<Vec<i64>>,
    /// `objectTagIds`.
    pub object_tag_ids: Option<Vec<i64>>,
    /// `objectUserIds`.
    pub object_user_ids: Option<Vec<String>>,
    /// `profileSceneConfig`.
    pub profile_scene_config: Option<
        AddEmpAttributeHideBySceneSettingRequestProfileSceneConfig,
    >,
    /// `searchSceneConfig`.
    pub search_scene_config: Option<
        AddEmpAttributeHideBySceneSettingRequestSearchSceneConfig,
    >,
}
impl AddEmpAttributeHideBySceneSettingRequest {
    /// An empty `AddEmpAttributeHideBySceneSettingRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `chatSubtitleConfig`.
    pub fn chat_subtitle_config(
        mut self,
        value: AddEmpAttributeHideBySceneSettingRequestChatSubtitleConfig,
    ) -> Self {
        self.chat_subtitle_config = Some(value);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `excludeDeptIds`.
    pub fn exclude_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.exclude_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `excludeTagIds`.
    pub fn exclude_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.exclude_tag_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `excludeUserIds`.
    pub fn exclude_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.exclude_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `hideFields`.
    pub fn hide_fields(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.hide_fields = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `objectDeptIds`.
    pub fn object_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.object_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `objectTagIds`.
    pub fn object_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.object_tag_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `objectUserIds`.
    pub fn object_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.object_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `profileSceneConfig`.
    pub fn profile_scene_config(
        mut self,
        value: AddEmpAttributeHideBySceneSettingRequestProfileSceneConfig,
    ) -> Self {
        self.profile_scene_config = Some(value);
        self
    }
    /// Sets `searchSceneConfig`.
    pub fn search_scene_config(
        mut self,
        value: AddEmpAttributeHideBySceneSettingRequestSearchSceneConfig,
    ) -> Self {
        self.search_scene_config = Some(value);
        self
    }
}
impl rt::serde::Serialize for AddEmpAttributeHideBySceneSettingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatSubtitleConfig", &self.chat_subtitle_config)?;
        object.optional("description", &self.description)?;
        object.optional("excludeDeptIds", &self.exclude_dept_ids)?;
        object.optional("excludeTagIds", &self.exclude_tag_ids)?;
        object.optional("excludeUserIds", &self.exclude_user_ids)?;
        object.optional("hideFields", &self.hide_fields)?;
        object.optional("name", &self.name)?;
        object.optional("objectDeptIds", &self.object_dept_ids)?;
        object.optional("objectTagIds", &self.object_tag_ids)?;
        object.optional("objectUserIds", &self.object_user_ids)?;
        object.optional("profileSceneConfig", &self.profile_scene_config)?;
        object.optional("searchSceneConfig", &self.search_scene_config)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddEmpAttributeHideBySceneSettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddEmpAttributeHideBySceneSettingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatSubtitleConfig" => rt::read_field(map, &mut self.chat_subtitle_config),
            "description" => rt::read_field(map, &mut self.description),
            "excludeDeptIds" => rt::read_field(map, &mut self.exclude_dept_ids),
            "excludeTagIds" => rt::read_field(map, &mut self.exclude_tag_ids),
            "excludeUserIds" => rt::read_field(map, &mut self.exclude_user_ids),
            "hideFields" => rt::read_field(map, &mut self.hide_fields),
            "name" => rt::read_field(map, &mut self.name),
            "objectDeptIds" => rt::read_field(map, &mut self.object_dept_ids),
            "objectTagIds" => rt::read_field(map, &mut self.object_tag_ids),
            "objectUserIds" => rt::read_field(map, &mut self.object_user_ids),
            "profileSceneConfig" => rt::read_field(map, &mut self.profile_scene_config),
            "searchSceneConfig" => rt::read_field(map, &mut self.search_scene_config),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddEmpAttributeHideBySceneSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_org_account_ownness`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddOrgAccountOwnnessRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `endTime`.
    pub end_time: i64,
    /// `ownenssType`.
    pub ownenss_type: i64,
    /// `ownnessId`.
    pub ownness_id: i64,
    /// `startTime`.
    pub start_time: i64,
    /// `text`.
    pub text: String,
}
impl AddOrgAccountOwnnessRequest {
    /// A `AddOrgAccountOwnnessRequest` with its required fields (`userId`, `endTime`, `ownenssType`, `ownnessId`, `startTime`, `text`); set the others with the methods named after them.
    pub fn new(
        user_id: impl Into<String>,
        end_time: i64,
        ownenss_type: i64,
        ownness_id: i64,
        start_time: i64,
        text: impl Into<String>,
    ) -> Self {
        Self {
            user_id: user_id.into(),
            end_time,
            ownenss_type,
            ownness_id,
            start_time,
            text: text.into(),
        }
    }
}
impl rt::serde::Serialize for AddOrgAccountOwnnessRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endTime", &self.end_time)?;
        object.field("ownenssType", &self.ownenss_type)?;
        object.field("ownnessId", &self.ownness_id)?;
        object.field("startTime", &self.start_time)?;
        object.field("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddOrgAccountOwnnessRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddOrgAccountOwnnessRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "ownenssType" => rt::read_field(map, &mut self.ownenss_type),
            "ownnessId" => rt::read_field(map, &mut self.ownness_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddOrgAccountOwnnessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::annual_certification_audit`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AnnualCertificationAuditRequest {
    /// `applicantMobile`.
    pub applicant_mobile: Option<String>,
    /// `applicantName`.
    pub applicant_name: Option<String>,
    /// `applicationLetter`.
    pub application_letter: Option<String>,
    /// `authStatus`.
    pub auth_status: i64,
    /// `certificateType`.
    pub certificate_type: Option<i64>,
    /// `corpName`.
    pub corp_name: Option<String>,
    /// `depositaryBank`.
    pub depositary_bank: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `legalPerson`.
    pub legal_person: Option<String>,
    /// `licenseNumber`.
    pub license_number: Option<String>,
    /// `licenseUrl`.
    pub license_url: Option<String>,
    /// `orderId`.
    pub order_id: String,
    /// `publicAccount`.
    pub public_account: Option<String>,
    /// `reasonCode`.
    pub reason_code: Option<String>,
    /// `reasonMsg`.
    pub reason_msg: Option<String>,
    /// `tag`.
    pub tag: Option<String>,
}
impl AnnualCertificationAuditRequest {
    /// A `AnnualCertificationAuditRequest` with its required fields (`authStatus`, `orderId`); set the others with the methods named after them.
    pub fn new(auth_status: i64, order_id: impl Into<String>) -> Self {
        Self {
            applicant_mobile: None,
            applicant_name: None,
            application_letter: None,
            auth_status,
            certificate_type: None,
            corp_name: None,
            depositary_bank: None,
            extension: None,
            legal_person: None,
            license_number: None,
            license_url: None,
            order_id: order_id.into(),
            public_account: None,
            reason_code: None,
            reason_msg: None,
            tag: None,
        }
    }
    /// Sets `applicantMobile`.
    pub fn applicant_mobile(mut self, value: impl Into<String>) -> Self {
        self.applicant_mobile = Some(value.into());
        self
    }
    /// Sets `applicantName`.
    pub fn applicant_name(mut self, value: impl Into<String>) -> Self {
        self.applicant_name = Some(value.into());
        self
    }
    /// Sets `applicationLetter`.
    pub fn application_letter(mut self, value: impl Into<String>) -> Self {
        self.application_letter = Some(value.into());
        self
    }
    /// Sets `certificateType`.
    pub fn certificate_type(mut self, value: i64) -> Self {
        self.certificate_type = Some(value);
        self
    }
    /// Sets `corpName`.
    pub fn corp_name(mut self, value: impl Into<String>) -> Self {
        self.corp_name = Some(value.into());
        self
    }
    /// Sets `depositaryBank`.
    pub fn depositary_bank(mut self, value: impl Into<String>) -> Self {
        self.depositary_bank = Some(value.into());
        self
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
    /// Sets `legalPerson`.
    pub fn legal_person(mut self, value: impl Into<String>) -> Self {
        self.legal_person = Some(value.into());
        self
    }
    /// Sets `licenseNumber`.
    pub fn license_number(mut self, value: impl Into<String>) -> Self {
        self.license_number = Some(value.into());
        self
    }
    /// Sets `licenseUrl`.
    pub fn license_url(mut self, value: impl Into<String>) -> Self {
        self.license_url = Some(value.into());
        self
    }
    /// Sets `publicAccount`.
    pub fn public_account(mut self, value: impl Into<String>) -> Self {
        self.public_account = Some(value.into());
        self
    }
    /// Sets `reasonCode`.
    pub fn reason_code(mut self, value: impl Into<String>) -> Self {
        self.reason_code = Some(value.into());
        self
    }
    /// Sets `reasonMsg`.
    pub fn reason_msg(mut self, value: impl Into<String>) -> Self {
        self.reason_msg = Some(value.into());
        self
    }
    /// Sets `tag`.
    pub fn tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AnnualCertificationAuditRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("applicantMobile", &self.applicant_mobile)?;
        object.optional("applicantName", &self.applicant_name)?;
        object.optional("applicationLetter", &self.application_letter)?;
        object.field("authStatus", &self.auth_status)?;
        object.optional("certificateType", &self.certificate_type)?;
        object.optional("corpName", &self.corp_name)?;
        object.optional("depositaryBank", &self.depositary_bank)?;
        object.optional("extension", &self.extension)?;
        object.optional("legalPerson", &self.legal_person)?;
        object.optional("licenseNumber", &self.license_number)?;
        object.optional("licenseUrl", &self.license_url)?;
        object.field("orderId", &self.order_id)?;
        object.optional("publicAccount", &self.public_account)?;
        object.optional("reasonCode", &self.reason_code)?;
        object.optional("reasonMsg", &self.reason_msg)?;
        object.optional("tag", &self.tag)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AnnualCertificationAuditRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AnnualCertificationAuditRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applicantMobile" => rt::read_field(map, &mut self.applicant_mobile),
            "applicantName" => rt::read_field(map, &mut self.applicant_name),
            "applicationLetter" => rt::read_field(map, &mut self.application_letter),
            "authStatus" => rt::read_field(map, &mut self.auth_status),
            "certificateType" => rt::read_field(map, &mut self.certificate_type),
            "corpName" => rt::read_field(map, &mut self.corp_name),
            "depositaryBank" => rt::read_field(map, &mut self.depositary_bank),
            "extension" => rt::read_field(map, &mut self.extension),
            "legalPerson" => rt::read_field(map, &mut self.legal_person),
            "licenseNumber" => rt::read_field(map, &mut self.license_number),
            "licenseUrl" => rt::read_field(map, &mut self.license_url),
            "orderId" => rt::read_field(map, &mut self.order_id),
            "publicAccount" => rt::read_field(map, &mut self.public_account),
            "reasonCode" => rt::read_field(map, &mut self.reason_code),
            "reasonMsg" => rt::read_field(map, &mut self.reason_msg),
            "tag" => rt::read_field(map, &mut self.tag),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AnnualCertificationAuditRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_approve_union_apply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchApproveUnionApplyRequest {
    /// `body`.
    pub body: Vec<BatchApproveUnionApplyRequestBody>,
}
impl BatchApproveUnionApplyRequest {
    /// A `BatchApproveUnionApplyRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(
        body: impl IntoIterator<Item = BatchApproveUnionApplyRequestBody>,
    ) -> Self {
        Self {
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchApproveUnionApplyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchApproveUnionApplyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchApproveUnionApplyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::batch_get_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchGetUserRequest {
    /// `permissionCode`: a query parameter.
    pub permission_code: Option<String>,
    /// `userIdList`: a query parameter, JSON-encoded.
    pub user_id_list: Vec<String>,
}
impl BatchGetUserRequest {
    /// A `BatchGetUserRequest` with its required fields (`userIdList`); set the others with the methods named after them.
    pub fn new(user_id_list: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            permission_code: None,
            user_id_list: user_id_list.into_iter().map(Into::into).collect(),
        }
    }
    /// Sets `permissionCode`.
    pub fn permission_code(mut self, value: impl Into<String>) -> Self {
        self.permission_code = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchGetUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchGetUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissionCode" => rt::read_field(map, &mut self.permission_code),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchGetUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("permissionCode", &self.permission_code);
        writer.query_json("userIdList", &self.user_id_list);
    }
}
/// The request of [`Api::batch_update_external_title`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchUpdateExternalTitleRequest {
    /// `operatorUserId`.
    pub operator_user_id: Option<String>,
    /// `updateTitleModelList`.
    pub update_title_model_list: Option<
        Vec<BatchUpdateExternalTitleRequestUpdateTitleModelList>,
    >,
}
impl BatchUpdateExternalTitleRequest {
    /// An empty `BatchUpdateExternalTitleRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operatorUserId`.
    pub fn operator_user_id(mut self, value: impl Into<String>) -> Self {
        self.operator_user_id = Some(value.into());
        self
    }
    /// Sets `updateTitleModelList`.
    pub fn update_title_model_list(
        mut self,
        value: impl IntoIterator<
            Item = BatchUpdateExternalTitleRequestUpdateTitleModelList,
        >,
    ) -> Self {
        self.update_title_model_list = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for BatchUpdateExternalTitleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("operatorUserId", &self.operator_user_id)?;
        object.optional("updateTitleModelList", &self.update_title_model_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchUpdateExternalTitleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchUpdateExternalTitleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "updateTitleModelList" => {
                rt::read_field(map, &mut self.update_title_model_list)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchUpdateExternalTitleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::change_ding_talk_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ChangeDingTalkIdRequest {
    /// `dingTalkId`.
    pub ding_talk_id: String,
    /// `userId`.
    pub user_id: String,
}
impl ChangeDingTalkIdRequest {
    /// A `ChangeDingTalkIdRequest` with its required fields (`dingTalkId`, `userId`); set the others with the methods named after them.
    pub fn new(ding_talk_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            ding_talk_id: ding_talk_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for ChangeDingTalkIdRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dingTalkId", &self.ding_talk_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ChangeDingTalkIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ChangeDingTalkIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingTalkId" => rt::read_field(map, &mut self.ding_talk_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ChangeDingTalkIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::change_main_admin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ChangeMainAdminRequest {
    /// `effectCorpId`.
    pub effect_corp_id: String,
    /// `sourceUserId`.
    pub source_user_id: String,
    /// `targetUserId`.
    pub target_user_id: String,
}
impl ChangeMainAdminRequest {
    /// A `ChangeMainAdminRequest` with its required fields (`effectCorpId`, `sourceUserId`, `targetUserId`); set the others with the methods named after them.
    pub fn new(
        effect_corp_id: impl Into<String>,
        source_user_id: impl Into<String>,
        target_user_id: impl Into<String>,
    ) -> Self {
        Self {
            effect_corp_id: effect_corp_id.into(),
            source_user_id: source_user_id.into(),
            target_user_id: target_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for ChangeMainAdminRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("effectCorpId", &self.effect_corp_id)?;
        object.field("sourceUserId", &self.source_user_id)?;
        object.field("targetUserId", &self.target_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ChangeMainAdminRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ChangeMainAdminRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "effectCorpId" => rt::read_field(map, &mut self.effect_corp_id),
            "sourceUserId" => rt::read_field(map, &mut self.source_user_id),
            "targetUserId" => rt::read_field(map, &mut self.target_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ChangeMainAdminRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::change_main_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ChangeMainOrgRequest {
    /// `newMainCorpId`.
    pub new_main_corp_id: String,
    /// `userId`.
    pub user_id: String,
}
impl ChangeMainOrgRequest {
    /// A `ChangeMainOrgRequest` with its required fields (`newMainCorpId`, `userId`); set the others with the methods named after them.
    pub fn new(new_main_corp_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            new_main_corp_id: new_main_corp_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for ChangeMainOrgRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("newMainCorpId", &self.new_main_corp_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ChangeMainOrgRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ChangeMainOrgRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "newMainCorpId" => rt::read_field(map, &mut self.new_main_corp_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ChangeMainOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::course_finish_course`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CourseFinishCourseRequest {
    /// `certId`.
    pub cert_id: Option<String>,
    /// `certMediaBase64`.
    pub cert_media_base64: Option<String>,
    /// `courseId`.
    pub course_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl CourseFinishCourseRequest {
    /// An empty `CourseFinishCourseRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `certId`.
    pub fn cert_id(mut self, value: impl Into<String>) -> Self {
        self.cert_id = Some(value.into());
        self
    }
    /// Sets `certMediaBase64`.
    pub fn cert_media_base64(mut self, value: impl Into<String>) -> Self {
        self.cert_media_base64 = Some(value.into());
        self
    }
    /// Sets `courseId`.
    pub fn course_id(mut self, value: impl Into<String>) -> Self {
        self.course_id = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CourseFinishCourseRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("certId", &self.cert_id)?;
        object.optional("certMediaBase64", &self.cert_media_base64)?;
        object.optional("courseId", &self.course_id)?;
        object.optional("status", &self.status)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CourseFinishCourseRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CourseFinishCourseRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "certId" => rt::read_field(map, &mut self.cert_id),
            "certMediaBase64" => rt::read_field(map, &mut self.cert_media_base64),
            "courseId" => rt::read_field(map, &mut self.course_id),
            "status" => rt::read_field(map, &mut self.status),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CourseFinishCourseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_cooperate_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateCooperateOrgRequest {
    /// `industryCode`.
    pub industry_code: Option<i64>,
    /// `logoMediaId`.
    pub logo_media_id: Option<String>,
    /// `orgName`.
    pub org_name: String,
}
impl CreateCooperateOrgRequest {
    /// A `CreateCooperateOrgRequest` with its required fields (`orgName`); set the others with the methods named after them.
    pub fn new(org_name: impl Into<String>) -> Self {
        Self {
            industry_code: None,
            logo_media_id: None,
            org_name: org_name.into(),
        }
    }
    /// Sets `industryCode`.
    pub fn industry_code(mut self, value: i64) -> Self {
        self.industry_code = Some(value);
        self
    }
    /// Sets `logoMediaId`.
    pub fn logo_media_id(mut self, value: impl Into<String>) -> Self {
        self.logo_media_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCooperateOrgRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("industryCode", &self.industry_code)?;
        object.optional("logoMediaId", &self.logo_media_id)?;
        object.field("orgName", &self.org_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateCooperateOrgRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateCooperateOrgRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "industryCode" => rt::read_field(map, &mut self.industry_code),
            "logoMediaId" => rt::read_field(map, &mut self.logo_media_id),
            "orgName" => rt::read_field(map, &mut self.org_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateCooperateOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_management_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateManagementGroupRequest {
    /// `groupName`.
    pub group_name: String,
    /// `members`.
    pub members: Vec<CreateManagementGroupRequestMembers>,
    /// `resourceIds`.
    pub resource_ids: Vec<String>,
    /// `scope`.
    pub scope: CreateManagementGroupRequestScope,
}
impl CreateManagementGroupRequest {
    /// A `CreateManagementGroupRequest` with its required fields (`groupName`, `members`, `resourceIds`, `scope`); set the others with the methods named after them.
    pub fn new(
        group_name: impl Into<String>,
        members: impl IntoIterator<Item = CreateManagementGroupRequestMembers>,
        resource_ids: impl IntoIterator<Item = impl Into<String>>,
        scope: CreateManagementGroupRequestScope,
    ) -> Self {
        Self {
            group_name: group_name.into(),
            members: members.into_iter().collect(),
            resource_ids: resource_ids.into_iter().map(Into::into).collect(),
            scope,
        }
    }
}
impl rt::serde::Serialize for CreateManagementGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupName", &self.group_name)?;
        object.field("members", &self.members)?;
        object.field("resourceIds", &self.resource_ids)?;
        object.field("scope", &self.scope)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateManagementGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateManagementGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupName" => rt::read_field(map, &mut self.group_name),
            "members" => rt::read_field(map, &mut self.members),
            "resourceIds" => rt::read_field(map, &mut self.resource_ids),
            "scope" => rt::read_field(map, &mut self.scope),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateManagementGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_secondary_management_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateSecondaryManagementGroupRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `groupName`.
    pub group_name: String,
    /// `members`.
    pub members: Vec<CreateSecondaryManagementGroupRequestMembers>,
    /// `resourceIds`.
    pub resource_ids: Vec<String>,
    /// `scope`.
    pub scope: CreateSecondaryManagementGroupRequestScope,
}
impl CreateSecondaryManagementGroupRequest {
    /// A `CreateSecondaryManagementGroupRequest` with its required fields (`userId`, `groupName`, `members`, `resourceIds`, `scope`); set the others with the methods named after them.
    pub fn new(
        user_id: impl Into<String>,
        group_name: impl Into<String>,
        members: impl IntoIterator<Item = CreateSecondaryManagementGroupRequestMembers>,
        resource_ids: impl IntoIterator<Item = impl Into<String>>,
        scope: CreateSecondaryManagementGroupRequestScope,
    ) -> Self {
        Self {
            user_id: user_id.into(),
            group_name: group_name.into(),
            members: members.into_iter().collect(),
            resource_ids: resource_ids.into_iter().map(Into::into).collect(),
            scope,
        }
    }
}
impl rt::serde::Serialize for CreateSecondaryManagementGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupName", &self.group_name)?;
        object.field("members", &self.members)?;
        object.field("resourceIds", &self.resource_ids)?;
        object.field("scope", &self.scope)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateSecondaryManagementGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateSecondaryManagementGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "groupName" => rt::read_field(map, &mut self.group_name),
            "members" => rt::read_field(map, &mut self.members),
            "resourceIds" => rt::read_field(map, &mut self.resource_ids),
            "scope" => rt::read_field(map, &mut self.scope),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateSecondaryManagementGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_user_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateUserGroupRequest {
    /// `clientShow`.
    pub client_show: Option<bool>,
    /// `description`.
    pub description: String,
    /// `name`.
    pub name: String,
}
impl CreateUserGroupRequest {
    /// A `CreateUserGroupRequest` with its required fields (`description`, `name`); set the others with the methods named after them.
    pub fn new(description: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            client_show: None,
            description: description.into(),
            name: name.into(),
        }
    }
    /// Sets `clientShow`.
    pub fn client_show(mut self, value: bool) -> Self {
        self.client_show = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateUserGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("clientShow", &self.client_show)?;
        object.field("description", &self.description)?;
        object.field("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateUserGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateUserGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "clientShow" => rt::read_field(map, &mut self.client_show),
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateUserGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::del_account_mapping`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DelAccountMappingRequest {
    /// `domain`: a query parameter.
    pub domain: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl DelAccountMappingRequest {
    /// A `DelAccountMappingRequest` with its required fields (`domain`, `userId`); set the others with the methods named after them.
    pub fn new(domain: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            domain: domain.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DelAccountMappingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DelAccountMappingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "domain" => rt::read_field(map, &mut self.domain),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DelAccountMappingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("domain", &self.domain);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::del_org_acc_user_ownness`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DelOrgAccUserOwnnessRequest {
    /// `ownenssType`: a query parameter.
    pub ownenss_type: i64,
    /// `ownnessId`: a query parameter.
    pub ownness_id: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl DelOrgAccUserOwnnessRequest {
    /// A `DelOrgAccUserOwnnessRequest` with its required fields (`ownenssType`, `ownnessId`, `userId`); set the others with the methods named after them.
    pub fn new(ownenss_type: i64, ownness_id: i64, user_id: impl Into<String>) -> Self {
        Self {
            ownenss_type,
            ownness_id,
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DelOrgAccUserOwnnessRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DelOrgAccUserOwnnessRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ownenssType" => rt::read_field(map, &mut self.ownenss_type),
            "ownnessId" => rt::read_field(map, &mut self.ownness_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DelOrgAccUserOwnnessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("ownenssType", &self.ownenss_type);
        writer.query("ownnessId", &self.ownness_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::delete_user_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteUserGroupRequest {
    /// `groupCode`.
    pub group_code: String,
}
impl DeleteUserGroupRequest {
    /// A `DeleteUserGroupRequest` with its required fields (`groupCode`); set the others with the methods named after them.
    pub fn new(group_code: impl Into<String>) -> Self {
        Self {
            group_code: group_code.into(),
        }
    }
}
impl rt::serde::Serialize for DeleteUserGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupCode", &self.group_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteUserGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteUserGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupCode" => rt::read_field(map, &mut self.group_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteUserGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::dept_group_setting_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeptGroupSettingUpdateRequest {
    /// `deptId`.
    pub dept_id: i64,
    /// `groupContainHiddenDept`.
    pub group_contain_hidden_dept: Option<bool>,
    /// `groupContainHrmEmployeeTypeLabels`.
    pub group_contain_hrm_employee_type_labels: Option<Vec<String>>,
    /// `groupContainOuterDept`.
    pub group_contain_outer_dept: Option<bool>,
    /// `groupContainSubDept`.
    pub group_contain_sub_dept: Option<bool>,
    /// `permissionCode`.
    pub permission_code: Option<String>,
    /// `syncMembers`.
    pub sync_members: Option<bool>,
}
impl DeptGroupSettingUpdateRequest {
    /// A `DeptGroupSettingUpdateRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(dept_id: i64) -> Self {
        Self {
            dept_id,
            group_contain_hidden_dept: None,
            group_contain_hrm_employee_type_labels: None,
            group_contain_outer_dept: None,
            group_contain_sub_dept: None,
            permission_code: None,
            sync_members: None,
        }
    }
    /// Sets `groupContainHiddenDept`.
    pub fn group_contain_hidden_dept(mut self, value: bool) -> Self {
        self.group_contain_hidden_dept = Some(value);
        self
    }
    /// Sets `groupContainHrmEmployeeTypeLabels`.
    pub fn group_contain_hrm_employee_type_labels(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.group_contain_hrm_employee_type_labels = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
    /// Sets `groupContainOuterDept`.
    pub fn group_contain_outer_dept(mut self, value: bool) -> Self {
        self.group_contain_outer_dept = Some(value);
        self
    }
    /// Sets `groupContainSubDept`.
    pub fn group_contain_sub_dept(mut self, value: bool) -> Self {
        self.group_contain_sub_dept = Some(value);
        self
    }
    /// Sets `permissionCode`.
    pub fn permission_code(mut self, value: impl Into<String>) -> Self {
        self.permission_code = Some(value.into());
        self
    }
    /// Sets `syncMembers`.
    pub fn sync_members(mut self, value: bool) -> Self {
        self.sync_members = Some(value);
        self
    }
}
impl rt::serde::Serialize for DeptGroupSettingUpdateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deptId", &self.dept_id)?;
        object.optional("groupContainHiddenDept", &self.group_contain_hidden_dept)?;
        object
            .optional(
                "groupContainHrmEmployeeTypeLabels",
                &self.group_contain_hrm_employee_type_labels,
            )?;
        object.optional("groupContainOuterDept", &self.group_contain_outer_dept)?;
        object.optional("groupContainSubDept", &self.group_contain_sub_dept)?;
        object.optional("permissionCode", &self.permission_code)?;
        object.optional("syncMembers", &self.sync_members)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeptGroupSettingUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeptGroupSettingUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "groupContainHiddenDept" => {
                rt::read_field(map, &mut self.group_contain_hidden_dept)
            }
            "groupContainHrmEmployeeTypeLabels" => {
                rt::read_field(map, &mut self.group_contain_hrm_employee_type_labels)
            }
            "groupContainOuterDept" => {
                rt::read_field(map, &mut self.group_contain_outer_dept)
            }
            "groupContainSubDept" => {
                rt::read_field(map, &mut self.group_contain_sub_dept)
            }
            "permissionCode" => rt::read_field(map, &mut self.permission_code),
            "syncMembers" => rt::read_field(map, &mut self.sync_members),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeptGroupSettingUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_account_mapping`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAccountMappingRequest {
    /// `domain`: a query parameter.
    pub domain: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetAccountMappingRequest {
    /// A `GetAccountMappingRequest` with its required fields (`domain`, `userId`); set the others with the methods named after them.
    pub fn new(domain: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            domain: domain.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAccountMappingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAccountMappingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "domain" => rt::read_field(map, &mut self.domain),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAccountMappingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("domain", &self.domain);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_apply_invite_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetApplyInviteInfoRequest {
    /// `deptId`: a query parameter.
    pub dept_id: Option<i64>,
    /// `inviterUserId`: a query parameter.
    pub inviter_user_id: Option<String>,
}
impl GetApplyInviteInfoRequest {
    /// An empty `GetApplyInviteInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
    /// Sets `inviterUserId`.
    pub fn inviter_user_id(mut self, value: impl Into<String>) -> Self {
        self.inviter_user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetApplyInviteInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetApplyInviteInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "inviterUserId" => rt::read_field(map, &mut self.inviter_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetApplyInviteInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("inviterUserId", &self.inviter_user_id);
    }
}
/// The request of [`Api::get_branch_auth_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetBranchAuthDataRequest {
    /// `branchCorpId`: a query parameter.
    pub branch_corp_id: String,
    /// `code`: a query parameter.
    pub code: String,
    /// `body`.
    pub body: Option<rt::BTreeMap<String, String>>,
}
impl GetBranchAuthDataRequest {
    /// A `GetBranchAuthDataRequest` with its required fields (`branchCorpId`, `code`); set the others with the methods named after them.
    pub fn new(branch_corp_id: impl Into<String>, code: impl Into<String>) -> Self {
        Self {
            branch_corp_id: branch_corp_id.into(),
            code: code.into(),
            body: None,
        }
    }
    /// Sets `body`.
    pub fn body(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.body = Some(value.into_iter().map(|(k, v)| (k.into(), v.into())).collect());
        self
    }
}
impl rt::serde::Serialize for GetBranchAuthDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("body", &self.body)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetBranchAuthDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetBranchAuthDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "branchCorpId" => rt::read_field(map, &mut self.branch_corp_id),
            "code" => rt::read_field(map, &mut self.code),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetBranchAuthDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("branchCorpId", &self.branch_corp_id);
        writer.query("code", &self.code);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_ding_id_by_migration_ding_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDingIdByMigrationDingIdRequest {
    /// `migrationDingId`: a query parameter.
    pub migration_ding_id: String,
}
impl GetDingIdByMigrationDingIdRequest {
    /// A `GetDingIdByMigrationDingIdRequest` with its required fields (`migrationDingId`); set the others with the methods named after them.
    pub fn new(migration_ding_id: impl Into<String>) -> Self {
        Self {
            migration_ding_id: migration_ding_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDingIdByMigrationDingIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDingIdByMigrationDingIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "migrationDingId" => rt::read_field(map, &mut self.migration_ding_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetDingIdByMigrationDingIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("migrationDingId", &self.migration_ding_id);
    }
}
/// The request of [`Api::get_migration_ding_id_by_ding_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetMigrationDingIdByDingIdRequest {
    /// `dingId`: a query parameter.
    pub ding_id: String,
}
impl GetMigrationDingIdByDingIdRequest {
    /// A `GetMigrationDingIdByDingIdRequest` with its required fields (`dingId`); set the others with the methods named after them.
    pub fn new(ding_id: impl Into<String>) -> Self {
        Self { ding_id: ding_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMigrationDingIdByDingIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMigrationDingIdByDingIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingId" => rt::read_field(map, &mut self.ding_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetMigrationDingIdByDingIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingId", &self.ding_id);
    }
}
/// The request of [`Api::get_migration_union_id_by_union_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetMigrationUnionIdByUnionIdRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetMigrationUnionIdByUnionIdRequest {
    /// A `GetMigrationUnionIdByUnionIdRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMigrationUnionIdByUnionIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMigrationUnionIdByUnionIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetMigrationUnionIdByUnionIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::get_org_auth_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOrgAuthInfoRequest {
    /// `targetCorpId`: a query parameter.
    pub target_corp_id: Option<String>,
}
impl GetOrgAuthInfoRequest {
    /// An empty `GetOrgAuthInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `targetCorpId`.
    pub fn target_corp_id(mut self, value: impl Into<String>) -> Self {
        self.target_corp_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOrgAuthInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOrgAuthInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "targetCorpId" => rt::read_field(map, &mut self.target_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetOrgAuthInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetCorpId", &self.target_corp_id);
    }
}
/// The request of [`Api::get_translate_file_job_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetTranslateFileJobResultRequest {
    /// `jobId`: a query parameter.
    pub job_id: String,
}
impl GetTranslateFileJobResultRequest {
    /// A `GetTranslateFileJobResultRequest` with its required fields (`jobId`); set the others with the methods named after them.
    pub fn new(job_id: impl Into<String>) -> Self {
        Self { job_id: job_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTranslateFileJobResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTranslateFileJobResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "jobId" => rt::read_field(map, &mut self.job_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetTranslateFileJobResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("jobId", &self.job_id);
    }
}
/// The request of [`Api::get_union_id_by_migration_union_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUnionIdByMigrationUnionIdRequest {
    /// `migrationUnionId`: a query parameter.
    pub migration_union_id: String,
}
impl GetUnionIdByMigrationUnionIdRequest {
    /// A `GetUnionIdByMigrationUnionIdRequest` with its required fields (`migrationUnionId`); set the others with the methods named after them.
    pub fn new(migration_union_id: impl Into<String>) -> Self {
        Self {
            migration_union_id: migration_union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUnionIdByMigrationUnionIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUnionIdByMigrationUnionIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "migrationUnionId" => rt::read_field(map, &mut self.migration_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUnionIdByMigrationUnionIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("migrationUnionId", &self.migration_union_id);
    }
}
/// The request of [`Api::get_user_by_ding_talk_id`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserByDingTalkIdRequest {
    /// `dingtalkId`: a query parameter.
    pub dingtalk_id: Option<String>,
}
impl GetUserByDingTalkIdRequest {
    /// An empty `GetUserByDingTalkIdRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dingtalkId`.
    pub fn dingtalk_id(mut self, value: impl Into<String>) -> Self {
        self.dingtalk_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserByDingTalkIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserByDingTalkIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingtalkId" => rt::read_field(map, &mut self.dingtalk_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserByDingTalkIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingtalkId", &self.dingtalk_id);
    }
}
/// The request of [`Api::get_user_card_holder_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserCardHolderListRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
}
impl GetUserCardHolderListRequest {
    /// A `GetUserCardHolderListRequest` with its required fields (`maxResults`); set the others with the methods named after them.
    pub fn new(max_results: i64) -> Self {
        Self {
            max_results,
            next_token: None,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserCardHolderListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserCardHolderListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserCardHolderListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_user_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserGroupRequest {
    /// `groupCode`: a query parameter.
    pub group_code: String,
}
impl GetUserGroupRequest {
    /// A `GetUserGroupRequest` with its required fields (`groupCode`); set the others with the methods named after them.
    pub fn new(group_code: impl Into<String>) -> Self {
        Self {
            group_code: group_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupCode" => rt::read_field(map, &mut self.group_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("groupCode", &self.group_code);
    }
}
/// The request of [`Api::init_verify_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct InitVerifyEventRequest {
    /// `callerDeviceId`.
    pub caller_device_id: Option<String>,
    /// `factorCodeList`.
    pub factor_code_list: Vec<String>,
    /// `state`.
    pub state: Option<String>,
    /// `userId`.
    pub user_id: String,
}
impl InitVerifyEventRequest {
    /// A `InitVerifyEventRequest` with its required fields (`factorCodeList`, `userId`); set the others with the methods named after them.
    pub fn new(
        factor_code_list: impl IntoIterator<Item = impl Into<String>>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            caller_device_id: None,
            factor_code_list: factor_code_list.into_iter().map(Into::into).collect(),
            state: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `callerDeviceId`.
    pub fn caller_device_id(mut self, value: impl Into<String>) -> Self {
        self.caller_device_id = Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for InitVerifyEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callerDeviceId", &self.caller_device_id)?;
        object.field("factorCodeList", &self.factor_code_list)?;
        object.optional("state", &self.state)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InitVerifyEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InitVerifyEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "callerDeviceId" => rt::read_field(map, &mut self.caller_device_id),
            "factorCodeList" => rt::read_field(map, &mut self.factor_code_list),
            "state" => rt::read_field(map, &mut self.state),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InitVerifyEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::is_friend`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IsFriendRequest {
    /// `mobileNo`.
    pub mobile_no: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl IsFriendRequest {
    /// An empty `IsFriendRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mobileNo`.
    pub fn mobile_no(mut self, value: impl Into<String>) -> Self {
        self.mobile_no = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for IsFriendRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mobileNo", &self.mobile_no)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for IsFriendRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for IsFriendRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobileNo" => rt::read_field(map, &mut self.mobile_no),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for IsFriendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::isv_card_event_push`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct IsvCardEventPushRequest {
    /// `isvCardId`: a query parameter.
    pub isv_card_id: String,
    /// `isvToken`: a query parameter.
    pub isv_token: String,
    /// `isvUid`: a query parameter.
    pub isv_uid: String,
    /// `eventParams`.
    pub event_params: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `eventType`.
    pub event_type: String,
}
impl IsvCardEventPushRequest {
    /// A `IsvCardEventPushRequest` with its required fields (`isvCardId`, `isvToken`, `isvUid`, `eventParams`, `eventType`); set the others with the methods named after them.
    pub fn new(
        isv_card_id: impl Into<String>,
        isv_token: impl Into<String>,
        isv_uid: impl Into<String>,
        event_params: impl IntoIterator<
            Item = (impl Into<String>, rt::serde_json::Value),
        >,
        event_type: impl Into<String>,
    ) -> Self {
        Self {
            isv_card_id: isv_card_id.into(),
            isv_token: isv_token.into(),
            isv_uid: isv_uid.into(),
            event_params: event_params.into_iter().map(|(k, v)| (k.into(), v)).collect(),
            event_type: event_type.into(),
        }
    }
}
impl rt::serde::Serialize for IsvCardEventPushRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("eventParams", &self.event_params)?;
        object.field("eventType", &self.event_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for IsvCardEventPushRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for IsvCardEventPushRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isvCardId" => rt::read_field(map, &mut self.isv_card_id),
            "isvToken" => rt::read_field(map, &mut self.isv_token),
            "isvUid" => rt::read_field(map, &mut self.isv_uid),
            "eventParams" => rt::read_field(map, &mut self.event_params),
            "eventType" => rt::read_field(map, &mut self.event_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for IsvCardEventPushRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("isvCardId", &self.isv_card_id);
        writer.query("isvToken", &self.isv_token);
        writer.query("isvUid", &self.isv_uid);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_basic_role_in_page`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListBasicRoleInPageRequest {
    /// `agentId`: a query parameter.
    pub agent_id: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
}
impl ListBasicRoleInPageRequest {
    /// An empty `ListBasicRoleInPageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: impl Into<String>) -> Self {
        self.agent_id = Some(value.into());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListBasicRoleInPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListBasicRoleInPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListBasicRoleInPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentId", &self.agent_id);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::list_contact_hide_settings`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListContactHideSettingsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
}
impl ListContactHideSettingsRequest {
    /// An empty `ListContactHideSettingsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListContactHideSettingsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListContactHideSettingsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListContactHideSettingsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::list_contact_restrict_setting`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListContactRestrictSettingRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
}
impl ListContactRestrictSettingRequest {
    /// An empty `ListContactRestrictSettingRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListContactRestrictSettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListContactRestrictSettingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListContactRestrictSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::list_emp_attribute_visibility`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListEmpAttributeVisibilityRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
}
impl ListEmpAttributeVisibilityRequest {
    /// An empty `ListEmpAttributeVisibilityRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListEmpAttributeVisibilityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListEmpAttributeVisibilityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListEmpAttributeVisibilityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::list_emp_leave_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListEmpLeaveRecordsRequest {
    /// `endTime`: a query parameter.
    pub end_time: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `startTime`: a query parameter.
    pub start_time: String,
}
impl ListEmpLeaveRecordsRequest {
    /// A `ListEmpLeaveRecordsRequest` with its required fields (`maxResults`, `startTime`); set the others with the methods named after them.
    pub fn new(max_results: i64, start_time: impl Into<String>) -> Self {
        Self {
            end_time: None,
            max_results,
            next_token: None,
            start_time: start_time.into(),
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListEmpLeaveRecordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListEmpLeaveRecordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListEmpLeaveRecordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("startTime", &self.start_time);
    }
}
/// The request of [`Api::list_management_groups`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListManagementGroupsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
impl ListManagementGroupsRequest {
    /// A `ListManagementGroupsRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: i64) -> Self {
        Self { max_results, next_token }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListManagementGroupsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListManagementGroupsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListManagementGroupsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::list_owned_org_by_staff_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListOwnedOrgByStaffIdRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl ListOwnedOrgByStaffIdRequest {
    /// A `ListOwnedOrgByStaffIdRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListOwnedOrgByStaffIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListOwnedOrgByStaffIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListOwnedOrgByStaffIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_senior_settings`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListSeniorSettingsRequest {
    /// `permissionCode`: a query parameter.
    pub permission_code: Option<String>,
    /// `seniorStaffId`: a query parameter.
    pub senior_staff_id: String,
}
impl ListSeniorSettingsRequest {
    /// A `ListSeniorSettingsRequest` with its required fields (`seniorStaffId`); set the others with the methods named after them.
    pub fn new(senior_staff_id: impl Into<String>) -> Self {
        Self {
            permission_code: None,
            senior_staff_id: senior_staff_id.into(),
        }
    }
    /// Sets `permissionCode`.
    pub fn permission_code(mut self, value: impl Into<String>) -> Self {
        self.permission_code = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListSeniorSettingsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListSeniorSettingsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissionCode" => rt::read_field(map, &mut self.permission_code),
            "seniorStaffId" => rt::read_field(map, &mut self.senior_staff_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListSeniorSettingsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("permissionCode", &self.permission_code);
        writer.query("seniorStaffId", &self.senior_staff_id);
    }
}
/// The request of [`Api::list_user_group_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListUserGroupMembersRequest {
    /// `groupCode`: a query parameter.
    pub group_code: String,
    /// `offset`: a query parameter.
    pub offset: Option<i64>,
    /// `size`: a query parameter.
    pub size: i64,
}
impl ListUserGroupMembersRequest {
    /// A `ListUserGroupMembersRequest` with its required fields (`groupCode`, `size`); set the others with the methods named after them.
    pub fn new(group_code: impl Into<String>, size: i64) -> Self {
        Self {
            group_code: group_code.into(),
            offset: None,
            size,
        }
    }
    /// Sets `offset`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListUserGroupMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListUserGroupMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupCode" => rt::read_field(map, &mut self.group_code),
            "offset" => rt::read_field(map, &mut self.offset),
            "size" => rt::read_field(map, &mut self.size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListUserGroupMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("groupCode", &self.group_code);
        writer.query("offset", &self.offset);
        writer.query("size", &self.size);
    }
}
/// The request of [`Api::list_user_groups`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListUserGroupsRequest {
    /// `groupType`: a query parameter.
    pub group_type: Option<String>,
    /// `offset`: a query parameter.
    pub offset: Option<i64>,
    /// `size`: a query parameter.
    pub size: i64,
}
impl ListUserGroupsRequest {
    /// A `ListUserGroupsRequest` with its required fields (`size`); set the others with the methods named after them.
    pub fn new(size: i64) -> Self {
        Self {
            group_type: None,
            offset: None,
            size,
        }
    }
    /// Sets `groupType`.
    pub fn group_type(mut self, value: impl Into<String>) -> Self {
        self.group_type = Some(value.into());
        self
    }
    /// Sets `offset`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListUserGroupsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListUserGroupsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupType" => rt::read_field(map, &mut self.group_type),
            "offset" => rt::read_field(map, &mut self.offset),
            "size" => rt::read_field(map, &mut self.size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListUserGroupsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("groupType", &self.group_type);
        writer.query("offset", &self.offset);
        writer.query("size", &self.size);
    }
}
/// The request of [`Api::modify_org_acc_user_ownness`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ModifyOrgAccUserOwnnessRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `endTime`.
    pub end_time: i64,
    /// `ownenssType`.
    pub ownenss_type: i64,
    /// `ownnessId`.
    pub ownness_id: i64,
    /// `startTime`.
    pub start_time: i64,
    /// `text`.
    pub text: String,
}
impl ModifyOrgAccUserOwnnessRequest {
    /// A `ModifyOrgAccUserOwnnessRequest` with its required fields (`userId`, `endTime`, `ownenssType`, `ownnessId`, `startTime`, `text`); set the others with the methods named after them.
    pub fn new(
        user_id: impl Into<String>,
        end_time: i64,
        ownenss_type: i64,
        ownness_id: i64,
        start_time: i64,
        text: impl Into<String>,
    ) -> Self {
        Self {
            user_id: user_id.into(),
            end_time,
            ownenss_type,
            ownness_id,
            start_time,
            text: text.into(),
        }
    }
}
impl rt::serde::Serialize for ModifyOrgAccUserOwnnessRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endTime", &self.end_time)?;
        object.field("ownenssType", &self.ownenss_type)?;
        object.field("ownnessId", &self.ownness_id)?;
        object.field("startTime", &self.start_time)?;
        object.field("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ModifyOrgAccUserOwnnessRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ModifyOrgAccUserOwnnessRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "ownenssType" => rt::read_field(map, &mut self.ownenss_type),
            "ownnessId" => rt::read_field(map, &mut self.ownness_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ModifyOrgAccUserOwnnessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::multi_org_permission_grant`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct MultiOrgPermissionGrantRequest {
    /// `grantDeptIdList`.
    pub grant_dept_id_list: Option<Vec<i64>>,
    /// `joinCorpId`.
    pub join_corp_id: String,
}
impl MultiOrgPermissionGrantRequest {
    /// A `MultiOrgPermissionGrantRequest` with its required fields (`joinCorpId`); set the others with the methods named after them.
    pub fn new(join_corp_id: impl Into<String>) -> Self {
        Self {
            grant_dept_id_list: None,
            join_corp_id: join_corp_id.into(),
        }
    }
    /// Sets `grantDeptIdList`.
    pub fn grant_dept_id_list(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.grant_dept_id_list = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for MultiOrgPermissionGrantRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("grantDeptIdList", &self.grant_dept_id_list)?;
        object.field("joinCorpId", &self.join_corp_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for MultiOrgPermissionGrantRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for MultiOrgPermissionGrantRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "grantDeptIdList" => rt::read_field(map, &mut self.grant_dept_id_list),
            "joinCorpId" => rt::read_field(map, &mut self.join_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for MultiOrgPermissionGrantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::org_account_mobile_visible_in_other_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OrgAccountMobileVisibleInOtherOrgRequest {
    /// `fields`.
    pub fields: Option<Vec<String>>,
    /// `optUserId`.
    pub opt_user_id: String,
    /// `toCorpIds`.
    pub to_corp_ids: Vec<String>,
}
impl OrgAccountMobileVisibleInOtherOrgRequest {
    /// A `OrgAccountMobileVisibleInOtherOrgRequest` with its required fields (`optUserId`, `toCorpIds`); set the others with the methods named after them.
    pub fn new(
        opt_user_id: impl Into<String>,
        to_corp_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            fields: None,
            opt_user_id: opt_user_id.into(),
            to_corp_ids: to_corp_ids.into_iter().map(Into::into).collect(),
        }
    }
    /// Sets `fields`.
    pub fn fields(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.fields = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for OrgAccountMobileVisibleInOtherOrgRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fields", &self.fields)?;
        object.field("optUserId", &self.opt_user_id)?;
        object.field("toCorpIds", &self.to_corp_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OrgAccountMobileVisibleInOtherOrgRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OrgAccountMobileVisibleInOtherOrgRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fields" => rt::read_field(map, &mut self.fields),
            "optUserId" => rt::read_field(map, &mut self.opt_user_id),
            "toCorpIds" => rt::read_field(map, &mut self.to_corp_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OrgAccountMobileVisibleInOtherOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::org_account_mobile_visible_permisson`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OrgAccountMobileVisiblePermissonRequest {
    /// `body`.
    pub body: Vec<String>,
}
impl OrgAccountMobileVisiblePermissonRequest {
    /// A `OrgAccountMobileVisiblePermissonRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            body: body.into_iter().map(Into::into).collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OrgAccountMobileVisiblePermissonRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OrgAccountMobileVisiblePermissonRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OrgAccountMobileVisiblePermissonRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::org_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OrgInfoRequest {
    /// `orgIds`: a query parameter, JSON-encoded.
    pub org_ids: Option<Vec<i64>>,
}
impl OrgInfoRequest {
    /// An empty `OrgInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `orgIds`.
    pub fn org_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.org_ids = Some(value.into_iter().collect());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OrgInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OrgInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "orgIds" => rt::read_field(map, &mut self.org_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OrgInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("orgIds", &self.org_ids);
    }
}
/// The request of [`Api::push_verify_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PushVerifyEventRequest {
    /// `callerDeviceId`.
    pub caller_device_id: Option<String>,
    /// `factorCodeList`.
    pub factor_code_list: Vec<String>,
    /// `state`.
    pub state: Option<String>,
    /// `userId`.
    pub user_id: String,
}
impl PushVerifyEventRequest {
    /// A `PushVerifyEventRequest` with its required fields (`factorCodeList`, `userId`); set the others with the methods named after them.
    pub fn new(
        factor_code_list: impl IntoIterator<Item = impl Into<String>>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            caller_device_id: None,
            factor_code_list: factor_code_list.into_iter().map(Into::into).collect(),
            state: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `callerDeviceId`.
    pub fn caller_device_id(mut self, value: impl Into<String>) -> Self {
        self.caller_device_id = Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PushVerifyEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callerDeviceId", &self.caller_device_id)?;
        object.field("factorCodeList", &self.factor_code_list)?;
        object.optional("state", &self.state)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PushVerifyEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PushVerifyEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "callerDeviceId" => rt::read_field(map, &mut self.caller_device_id),
            "factorCodeList" => rt::read_field(map, &mut self.factor_code_list),
            "state" => rt::read_field(map, &mut self.state),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PushVerifyEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_card_visitor_statistic_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCardVisitorStatisticDataRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl QueryCardVisitorStatisticDataRequest {
    /// A `QueryCardVisitorStatisticDataRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCardVisitorStatisticDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCardVisitorStatisticDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCardVisitorStatisticDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_corp_statistic_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCorpStatisticDataRequest {
    /// `endTime`.
    pub end_time: String,
    /// `startTime`.
    pub start_time: String,
    /// `templateIds`.
    pub template_ids: Option<Vec<String>>,
    /// `unionId`.
    pub union_id: String,
}
impl QueryCorpStatisticDataRequest {
    /// A `QueryCorpStatisticDataRequest` with its required fields (`endTime`, `startTime`, `unionId`); set the others with the methods named after them.
    pub fn new(
        end_time: impl Into<String>,
        start_time: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            end_time: end_time.into(),
            start_time: start_time.into(),
            template_ids: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `templateIds`.
    pub fn template_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.template_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for QueryCorpStatisticDataRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endTime", &self.end_time)?;
        object.field("startTime", &self.start_time)?;
        object.optional("templateIds", &self.template_ids)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCorpStatisticDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCorpStatisticDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "templateIds" => rt::read_field(map, &mut self.template_ids),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCorpStatisticDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_corp_user_statistic`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCorpUserStatisticRequest {
    /// `endTime`.
    pub end_time: String,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: i64,
    /// `startTime`.
    pub start_time: String,
    /// `templateIds`.
    pub template_ids: Option<Vec<String>>,
    /// `unionId`.
    pub union_id: String,
}
impl QueryCorpUserStatisticRequest {
    /// A `QueryCorpUserStatisticRequest` with its required fields (`endTime`, `maxResults`, `nextToken`, `startTime`, `unionId`); set the others with the methods named after them.
    pub fn new(
        end_time: impl Into<String>,
        max_results: i64,
        next_token: i64,
        start_time: impl Into<String>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            end_time: end_time.into(),
            max_results,
            next_token,
            start_time: start_time.into(),
            template_ids: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `templateIds`.
    pub fn template_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.template_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for QueryCorpUserStatisticRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endTime", &self.end_time)?;
        object.field("maxResults", &self.max_results)?;
        object.field("nextToken", &self.next_token)?;
        object.field("startTime", &self.start_time)?;
        object.optional("templateIds", &self.template_ids)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCorpUserStatisticRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCorpUserStatisticRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "templateIds" => rt::read_field(map, &mut self.template_ids),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCorpUserStatisticRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryStatusRequest {
    /// `permissionCode`: a query parameter.
    pub permission_code: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl QueryStatusRequest {
    /// A `QueryStatusRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            permission_code: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `permissionCode`.
    pub fn permission_code(mut self, value: impl Into<String>) -> Self {
        self.permission_code = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissionCode" => rt::read_field(map, &mut self.permission_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("permissionCode", &self.permission_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_verify_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryVerifyResultRequest {
    /// `verifyId`: a query parameter.
    pub verify_id: String,
}
impl QueryVerifyResultRequest {
    /// A `QueryVerifyResultRequest` with its required fields (`verifyId`); set the others with the methods named after them.
    pub fn new(verify_id: impl Into<String>) -> Self {
        Self {
            verify_id: verify_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryVerifyResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryVerifyResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "verifyId" => rt::read_field(map, &mut self.verify_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryVerifyResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("verifyId", &self.verify_id);
    }
}
/// The request of [`Api::recall_team_invite`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RecallTeamInviteRequest {
    /// `mobile`: a query parameter.
    pub mobile: Option<String>,
    /// `optUserId`: a query parameter.
    pub opt_user_id: Option<String>,
}
impl RecallTeamInviteRequest {
    /// An empty `RecallTeamInviteRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mobile`.
    pub fn mobile(mut self, value: impl Into<String>) -> Self {
        self.mobile = Some(value.into());
        self
    }
    /// Sets `optUserId`.
    pub fn opt_user_id(mut self, value: impl Into<String>) -> Self {
        self.opt_user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RecallTeamInviteRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RecallTeamInviteRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobile" => rt::read_field(map, &mut self.mobile),
            "optUserId" => rt::read_field(map, &mut self.opt_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RecallTeamInviteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("mobile", &self.mobile);
        writer.query("optUserId", &self.opt_user_id);
    }
}
/// The request of [`Api::search_department`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SearchDepartmentRequest {
    /// `offset`.
    pub offset: i64,
    /// `queryWord`.
    pub query_word: String,
    /// `size`.
    pub size: i64,
}
impl SearchDepartmentRequest {
    /// A `SearchDepartmentRequest` with its required fields (`offset`, `queryWord`, `size`); set the others with the methods named after them.
    pub fn new(offset: i64, query_word: impl Into<String>, size: i64) -> Self {
        Self {
            offset,
            query_word: query_word.into(),
            size,
        }
    }
}
impl rt::serde::Serialize for SearchDepartmentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("offset", &self.offset)?;
        object.field("queryWord", &self.query_word)?;
        object.field("size", &self.size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchDepartmentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchDepartmentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "offset" => rt::read_field(map, &mut self.offset),
            "queryWord" => rt::read_field(map, &mut self.query_word),
            "size" => rt::read_field(map, &mut self.size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchDepartmentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SearchUserRequest {
    /// `fullMatchField`.
    pub full_match_field: Option<i64>,
    /// `offset`.
    pub offset: i64,
    /// `queryWord`.
    pub query_word: String,
    /// `size`.
    pub size: i64,
}
impl SearchUserRequest {
    /// A `SearchUserRequest` with its required fields (`offset`, `queryWord`, `size`); set the others with the methods named after them.
    pub fn new(offset: i64, query_word: impl Into<String>, size: i64) -> Self {
        Self {
            full_match_field: None,
            offset,
            query_word: query_word.into(),
            size,
        }
    }
    /// Sets `fullMatchField`.
    pub fn full_match_field(mut self, value: i64) -> Self {
        self.full_match_field = Some(value);
        self
    }
}
impl rt::serde::Serialize for SearchUserRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fullMatchField", &self.full_match_field)?;
        object.field("offset", &self.offset)?;
        object.field("queryWord", &self.query_word)?;
        object.field("size", &self.size)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fullMatchField" => rt::read_field(map, &mut self.full_match_field),
            "offset" => rt::read_field(map, &mut self.offset),
            "queryWord" => rt::read_field(map, &mut self.query_word),
            "size" => rt::read_field(map, &mut self.size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::separate_branch_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SeparateBranchOrgRequest {
    /// `attachDeptId`.
    pub attach_dept_id: i64,
}
impl SeparateBranchOrgRequest {
    /// A `SeparateBranchOrgRequest` with its required fields (`attachDeptId`); set the others with the methods named after them.
    pub fn new(attach_dept_id: i64) -> Self {
        Self { attach_dept_id }
    }
}
impl rt::serde::Serialize for SeparateBranchOrgRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("attachDeptId", &self.attach_dept_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SeparateBranchOrgRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SeparateBranchOrgRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachDeptId" => rt::read_field(map, &mut self.attach_dept_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SeparateBranchOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_disable`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetDisableRequest {
    /// `permissionCode`.
    pub permission_code: Option<String>,
    /// `reason`.
    pub reason: Option<String>,
    /// `userId`.
    pub user_id: String,
}
impl SetDisableRequest {
    /// A `SetDisableRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            permission_code: None,
            reason: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `permissionCode`.
    pub fn permission_code(mut self, value: impl Into<String>) -> Self {
        self.permission_code = Some(value.into());
        self
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SetDisableRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("permissionCode", &self.permission_code)?;
        object.optional("reason", &self.reason)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetDisableRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetDisableRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissionCode" => rt::read_field(map, &mut self.permission_code),
            "reason" => rt::read_field(map, &mut self.reason),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetDisableRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_enable`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SetEnableRequest {
    /// `permissionCode`.
    pub permission_code: Option<String>,
    /// `userId`.
    pub user_id: String,
}
impl SetEnableRequest {
    /// A `SetEnableRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            permission_code: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `permissionCode`.
    pub fn permission_code(mut self, value: impl Into<String>) -> Self {
        self.permission_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SetEnableRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("permissionCode", &self.permission_code)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetEnableRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetEnableRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissionCode" => rt::read_field(map, &mut self.permission_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetEnableRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sign_out`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SignOutRequest {
    /// `permissionCode`.
    pub permission_code: Option<String>,
    /// `reason`.
    pub reason: Option<String>,
    /// `reasonI18nForEmployee`.
    pub reason_i18n_for_employee: Option<rt::BTreeMap<String, String>>,
    /// `userId`.
    pub user_id: String,
}
impl SignOutRequest {
    /// A `SignOutRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            permission_code: None,
            reason: None,
            reason_i18n_for_employee: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `permissionCode`.
    pub fn permission_code(mut self, value: impl Into<String>) -> Self {
        self.permission_code = Some(value.into());
        self
    }
    /// Sets `reason`.
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.reason = Some(value.into());
        self
    }
    /// Sets `reasonI18nForEmployee`.
    pub fn reason_i18n_for_employee(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.reason_i18n_for_employee = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
impl rt::serde::Serialize for SignOutRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("permissionCode", &self.permission_code)?;
        object.optional("reason", &self.reason)?;
        object.optional("reasonI18nForEmployee", &self.reason_i18n_for_employee)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SignOutRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SignOutRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissionCode" => rt::read_field(map, &mut self.permission_code),
            "reason" => rt::read_field(map, &mut self.reason),
            "reasonI18nForEmployee" => {
                rt::read_field(map, &mut self.reason_i18n_for_employee)
            }
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SignOutRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sort_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SortUserRequest {
    /// `sortType`.
    pub sort_type: Option<i64>,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
impl SortUserRequest {
    /// A `SortUserRequest` with its required fields (`userIdList`); set the others with the methods named after them.
    pub fn new(user_id_list: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            sort_type: None,
            user_id_list: user_id_list.into_iter().map(Into::into).collect(),
        }
    }
    /// Sets `sortType`.
    pub fn sort_type(mut self, value: i64) -> Self {
        self.sort_type = Some(value);
        self
    }
}
impl rt::serde::Serialize for SortUserRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sortType", &self.sort_type)?;
        object.field("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SortUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SortUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sortType" => rt::read_field(map, &mut self.sort_type),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SortUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::submit_handover_resource`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SubmitHandoverResourceRequest {
    /// `tasks`.
    pub tasks: Vec<SubmitHandoverResourceRequestTasks>,
    /// `userId`.
    pub user_id: String,
}
impl SubmitHandoverResourceRequest {
    /// A `SubmitHandoverResourceRequest` with its required fields (`tasks`, `userId`); set the others with the methods named after them.
    pub fn new(
        tasks: impl IntoIterator<Item = SubmitHandoverResourceRequestTasks>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            tasks: tasks.into_iter().collect(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for SubmitHandoverResourceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("tasks", &self.tasks)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitHandoverResourceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitHandoverResourceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tasks" => rt::read_field(map, &mut self.tasks),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SubmitHandoverResourceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_add_custom_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TalentAddCustomTagRequest {
    /// `sortOrder`.
    pub sort_order: Option<i64>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: String,
    /// `userId`.
    pub user_id: String,
}
impl TalentAddCustomTagRequest {
    /// A `TalentAddCustomTagRequest` with its required fields (`tagName`, `userId`); set the others with the methods named after them.
    pub fn new(tag_name: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            sort_order: None,
            tag_code: None,
            tag_name: tag_name.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `sortOrder`.
    pub fn sort_order(mut self, value: i64) -> Self {
        self.sort_order = Some(value);
        self
    }
    /// Sets `tagCode`.
    pub fn tag_code(mut self, value: impl Into<String>) -> Self {
        self.tag_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for TalentAddCustomTagRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sortOrder", &self.sort_order)?;
        object.optional("tagCode", &self.tag_code)?;
        object.field("tagName", &self.tag_name)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TalentAddCustomTagRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TalentAddCustomTagRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sortOrder" => rt::read_field(map, &mut self.sort_order),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "tagName" => rt::read_field(map, &mut self.tag_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TalentAddCustomTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_add_objective_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TalentAddObjectiveTagRequest {
    /// `sortOrder`.
    pub sort_order: Option<i64>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: String,
    /// `userId`.
    pub user_id: String,
}
impl TalentAddObjectiveTagRequest {
    /// A `TalentAddObjectiveTagRequest` with its required fields (`tagName`, `userId`); set the others with the methods named after them.
    pub fn new(tag_name: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            sort_order: None,
            tag_code: None,
            tag_name: tag_name.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `sortOrder`.
    pub fn sort_order(mut self, value: i64) -> Self {
        self.sort_order = Some(value);
        self
    }
    /// Sets `tagCode`.
    pub fn tag_code(mut self, value: impl Into<String>) -> Self {
        self.tag_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for TalentAddObjectiveTagRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sortOrder", &self.sort_order)?;
        object.optional("tagCode", &self.tag_code)?;
        object.field("tagName", &self.tag_name)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TalentAddObjectiveTagRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TalentAddObjectiveTagRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sortOrder" => rt::read_field(map, &mut self.sort_order),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "tagName" => rt::read_field(map, &mut self.tag_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TalentAddObjectiveTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_add_personality_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TalentAddPersonalityTagRequest {
    /// `categoryCode`.
    pub category_code: Option<String>,
    /// `categoryName`.
    pub category_name: String,
    /// `categorySortOrder`.
    pub category_sort_order: Option<i64>,
    /// `sortOrder`.
    pub sort_order: Option<i64>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: String,
}
impl TalentAddPersonalityTagRequest {
    /// A `TalentAddPersonalityTagRequest` with its required fields (`categoryName`, `tagName`); set the others with the methods named after them.
    pub fn new(category_name: impl Into<String>, tag_name: impl Into<String>) -> Self {
        Self {
            category_code: None,
            category_name: category_name.into(),
            category_sort_order: None,
            sort_order: None,
            tag_code: None,
            tag_name: tag_name.into(),
        }
    }
    /// Sets `categoryCode`.
    pub fn category_code(mut self, value: impl Into<String>) -> Self {
        self.category_code = Some(value.into());
        self
    }
    /// Sets `categorySortOrder`.
    pub fn category_sort_order(mut self, value: i64) -> Self {
        self.category_sort_order = Some(value);
        self
    }
    /// Sets `sortOrder`.
    pub fn sort_order(mut self, value: i64) -> Self {
        self.sort_order = Some(value);
        self
    }
    /// Sets `tagCode`.
    pub fn tag_code(mut self, value: impl Into<String>) -> Self {
        self.tag_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for TalentAddPersonalityTagRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categoryCode", &self.category_code)?;
        object.field("categoryName", &self.category_name)?;
        object.optional("categorySortOrder", &self.category_sort_order)?;
        object.optional("sortOrder", &self.sort_order)?;
        object.optional("tagCode", &self.tag_code)?;
        object.field("tagName", &self.tag_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TalentAddPersonalityTagRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TalentAddPersonalityTagRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categoryCode" => rt::read_field(map, &mut self.category_code),
            "categoryName" => rt::read_field(map, &mut self.category_name),
            "categorySortOrder" => rt::read_field(map, &mut self.category_sort_order),
            "sortOrder" => rt::read_field(map, &mut self.sort_order),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "tagName" => rt::read_field(map, &mut self.tag_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TalentAddPersonalityTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_delete_custom_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TalentDeleteCustomTagRequest {
    /// `tagCode`.
    pub tag_code: String,
    /// `userId`.
    pub user_id: String,
}
impl TalentDeleteCustomTagRequest {
    /// A `TalentDeleteCustomTagRequest` with its required fields (`tagCode`, `userId`); set the others with the methods named after them.
    pub fn new(tag_code: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            tag_code: tag_code.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for TalentDeleteCustomTagRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("tagCode", &self.tag_code)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TalentDeleteCustomTagRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TalentDeleteCustomTagRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TalentDeleteCustomTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_delete_objective_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TalentDeleteObjectiveTagRequest {
    /// `tagCode`.
    pub tag_code: String,
    /// `userId`.
    pub user_id: String,
}
impl TalentDeleteObjectiveTagRequest {
    /// A `TalentDeleteObjectiveTagRequest` with its required fields (`tagCode`, `userId`); set the others with the methods named after them.
    pub fn new(tag_code: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            tag_code: tag_code.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for TalentDeleteObjectiveTagRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("tagCode", &self.tag_code)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TalentDeleteObjectiveTagRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TalentDeleteObjectiveTagRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TalentDeleteObjectiveTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_delete_personality_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TalentDeletePersonalityTagRequest {
    /// `tagCode`.
    pub tag_code: String,
}
impl TalentDeletePersonalityTagRequest {
    /// A `TalentDeletePersonalityTagRequest` with its required fields (`tagCode`); set the others with the methods named after them.
    pub fn new(tag_code: impl Into<String>) -> Self {
        Self { tag_code: tag_code.into() }
    }
}
impl rt::serde::Serialize for TalentDeletePersonalityTagRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("tagCode", &self.tag_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TalentDeletePersonalityTagRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TalentDeletePersonalityTagRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TalentDeletePersonalityTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_like_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TalentLikeTagRequest {
    /// `actionType`.
    pub action_type: String,
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `tagCode`.
    pub tag_code: String,
    /// `userId`.
    pub user_id: String,
}
impl TalentLikeTagRequest {
    /// A `TalentLikeTagRequest` with its required fields (`actionType`, `operatorUserId`, `tagCode`, `userId`); set the others with the methods named after them.
    pub fn new(
        action_type: impl Into<String>,
        operator_user_id: impl Into<String>,
        tag_code: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            action_type: action_type.into(),
            operator_user_id: operator_user_id.into(),
            tag_code: tag_code.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for TalentLikeTagRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("actionType", &self.action_type)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("tagCode", &self.tag_code)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TalentLikeTagRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TalentLikeTagRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionType" => rt::read_field(map, &mut self.action_type),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TalentLikeTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_query_custom_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TalentQueryCustomTagRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl TalentQueryCustomTagRequest {
    /// A `TalentQueryCustomTagRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TalentQueryCustomTagRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TalentQueryCustomTagRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TalentQueryCustomTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::talent_query_objective_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TalentQueryObjectiveTagRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl TalentQueryObjectiveTagRequest {
    /// A `TalentQueryObjectiveTagRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TalentQueryObjectiveTagRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TalentQueryObjectiveTagRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TalentQueryObjectiveTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::talent_query_tag_like_detail_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TalentQueryTagLikeDetailListRequest {
    /// `cursor`: a query parameter.
    pub cursor: Option<i64>,
    /// `size`: a query parameter.
    pub size: Option<i64>,
    /// `tagCode`: a query parameter.
    pub tag_code: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl TalentQueryTagLikeDetailListRequest {
    /// A `TalentQueryTagLikeDetailListRequest` with its required fields (`tagCode`, `userId`); set the others with the methods named after them.
    pub fn new(tag_code: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            cursor: None,
            size: None,
            tag_code: tag_code.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TalentQueryTagLikeDetailListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TalentQueryTagLikeDetailListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cursor" => rt::read_field(map, &mut self.cursor),
            "size" => rt::read_field(map, &mut self.size),
            "tagCode" => rt::read_field(map, &mut self.tag_code),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TalentQueryTagLikeDetailListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("cursor", &self.cursor);
        writer.query("size", &self.size);
        writer.query("tagCode", &self.tag_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::talent_query_tag_like_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TalentQueryTagLikeListRequest {
    /// `operatorUserId`: a query parameter.
    pub operator_user_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl TalentQueryTagLikeListRequest {
    /// A `TalentQueryTagLikeListRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            operator_user_id: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `operatorUserId`.
    pub fn operator_user_id(mut self, value: impl Into<String>) -> Self {
        self.operator_user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TalentQueryTagLikeListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TalentQueryTagLikeListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TalentQueryTagLikeListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorUserId", &self.operator_user_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::transform_to_exclusive_account`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TransformToExclusiveAccountRequest {
    /// `idpDingTalk`.
    pub idp_ding_talk: Option<bool>,
    /// `initPassword`.
    pub init_password: Option<String>,
    /// `loginId`.
    pub login_id: Option<String>,
    /// `transformType`.
    pub transform_type: String,
    /// `userId`.
    pub user_id: String,
}
impl TransformToExclusiveAccountRequest {
    /// A `TransformToExclusiveAccountRequest` with its required fields (`transformType`, `userId`); set the others with the methods named after them.
    pub fn new(transform_type: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            idp_ding_talk: None,
            init_password: None,
            login_id: None,
            transform_type: transform_type.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `idpDingTalk`.
    pub fn idp_ding_talk(mut self, value: bool) -> Self {
        self.idp_ding_talk = Some(value);
        self
    }
    /// Sets `initPassword`.
    pub fn init_password(mut self, value: impl Into<String>) -> Self {
        self.init_password = Some(value.into());
        self
    }
    /// Sets `loginId`.
    pub fn login_id(mut self, value: impl Into<String>) -> Self {
        self.login_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for TransformToExclusiveAccountRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("idpDingTalk", &self.idp_ding_talk)?;
        object.optional("initPassword", &self.init_password)?;
        object.optional("loginId", &self.login_id)?;
        object.field("transformType", &self.transform_type)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TransformToExclusiveAccountRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TransformToExclusiveAccountRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "idpDingTalk" => rt::read_field(map, &mut self.idp_ding_talk),
            "initPassword" => rt::read_field(map, &mut self.init_password),
            "loginId" => rt::read_field(map, &mut self.login_id),
            "transformType" => rt::read_field(map, &mut self.transform_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TransformToExclusiveAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::transform_to_normal_account`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TransformToNormalAccountRequest {
    /// `userId`.
    pub user_id: String,
}
impl TransformToNormalAccountRequest {
    /// A `TransformToNormalAccountRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
impl rt::serde::Serialize for TransformToNormalAccountRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TransformToNormalAccountRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TransformToNormalAccountRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TransformToNormalAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::translate_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct TranslateFileRequest {
    /// `medias`.
    pub medias: rt::BTreeMap<String, String>,
    /// `outputFileName`.
    pub output_file_name: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
impl TranslateFileRequest {
    /// A `TranslateFileRequest` with its required fields (`medias`, `unionId`); set the others with the methods named after them.
    pub fn new(
        medias: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
        union_id: impl Into<String>,
    ) -> Self {
        Self {
            medias: medias.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
            output_file_name: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `outputFileName`.
    pub fn output_file_name(mut self, value: impl Into<String>) -> Self {
        self.output_file_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for TranslateFileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("medias", &self.medias)?;
        object.optional("outputFileName", &self.output_file_name)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TranslateFileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TranslateFileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "medias" => rt::read_field(map, &mut self.medias),
            "outputFileName" => rt::read_field(map, &mut self.output_file_name),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for TranslateFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::unique_query_user_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UniqueQueryUserCardRequest {
    /// `templateId`: a query parameter.
    pub template_id: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl UniqueQueryUserCardRequest {
    /// A `UniqueQueryUserCardRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            template_id: None,
            union_id: union_id.into(),
        }
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UniqueQueryUserCardRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UniqueQueryUserCardRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "templateId" => rt::read_field(map, &mut self.template_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UniqueQueryUserCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("templateId", &self.template_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::update_branch_attributes_in_cooperate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateBranchAttributesInCooperateRequest {
    /// `body`.
    pub body: Vec<UpdateBranchAttributesInCooperateRequestBody>,
}
impl UpdateBranchAttributesInCooperateRequest {
    /// A `UpdateBranchAttributesInCooperateRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(
        body: impl IntoIterator<Item = UpdateBranchAttributesInCooperateRequestBody>,
    ) -> Self {
        Self {
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateBranchAttributesInCooperateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateBranchAttributesInCooperateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateBranchAttributesInCooperateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::update_branch_visible_setting_in_cooperate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateBranchVisibleSettingInCooperateRequest {
    /// `body`.
    pub body: Vec<UpdateBranchVisibleSettingInCooperateRequestBody>,
}
impl UpdateBranchVisibleSettingInCooperateRequest {
    /// A `UpdateBranchVisibleSettingInCooperateRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(
        body: impl IntoIterator<Item = UpdateBranchVisibleSettingInCooperateRequestBody>,
    ) -> Self {
        Self {
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateBranchVisibleSettingInCooperateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateBranchVisibleSettingInCooperateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateBranchVisibleSettingInCooperateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::update_contact_hide_by_scene_setting`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateContactHideBySceneSettingRequest {
    /// `description`.
    pub description: Option<String>,
    /// `excludeDeptIds`.
    pub exclude_dept_ids: Option<Vec<i64>>,
    /// `excludeTagIds`.
    pub exclude_tag_ids: Option<Vec<i64>>,
    /// `excludeUserIds`.
    pub exclude_user_ids: Option<Vec<String>>,
    /// `name`.
    pub name: Option<String>,
    /// `nodeListSceneConfig`.
    pub node_list_scene_config: Option<
        UpdateContactHideBySceneSettingRequestNodeListSceneConfig,
    >,
    /// `objectDeptIds`.
    pub object_dept_ids: Option<Vec<i64>>,
    /// `objectTagIds`.
    pub object_tag_ids: Option<Vec<i64>>,
    /// `objectUserIds`.
    pub object_user_ids: Option<Vec<String>>,
    /// `profileSceneConfig`.
    pub profile_scene_config: Option<
        UpdateContactHideBySceneSettingRequestProfileSceneConfig,
    >,
    /// `searchSceneConfig`.
    pub search_scene_config: Option<
        UpdateContactHideBySceneSettingRequestSearchSceneConfig,
    >,
}
impl UpdateContactHideBySceneSettingRequest {
    /// An empty `UpdateContactHideBySceneSettingRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `excludeDeptIds`.
    pub fn exclude_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.exclude_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `excludeTagIds`.
    pub fn exclude_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.exclude_tag_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `excludeUserIds`.
    pub fn exclude_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.exclude_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `nodeListSceneConfig`.
    pub fn node_list_scene_config(
        mut self,
        value: UpdateContactHideBySceneSettingRequestNodeListSceneConfig,
    ) -> Self {
        self.node_list_scene_config = Some(value);
        self
    }
    /// Sets `objectDeptIds`.
    pub fn object_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.object_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `objectTagIds`.
    pub fn object_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.object_tag_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `objectUserIds`.
    pub fn object_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.object_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `profileSceneConfig`.
    pub fn profile_scene_config(
        mut self,
        value: UpdateContactHideBySceneSettingRequestProfileSceneConfig,
    ) -> Self {
        self.profile_scene_config = Some(value);
        self
    }
    /// Sets `searchSceneConfig`.
    pub fn search_scene_config(
        mut self,
        value: UpdateContactHideBySceneSettingRequestSearchSceneConfig,
    ) -> Self {
        self.search_scene_config = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateContactHideBySceneSettingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("excludeDeptIds", &self.exclude_dept_ids)?;
        object.optional("excludeTagIds", &self.exclude_tag_ids)?;
        object.optional("excludeUserIds", &self.exclude_user_ids)?;
        object.optional("name", &self.name)?;
        object.optional("nodeListSceneConfig", &self.node_list_scene_config)?;
        object.optional("objectDeptIds", &self.object_dept_ids)?;
        object.optional("objectTagIds", &self.object_tag_ids)?;
        object.optional("objectUserIds", &self.object_user_ids)?;
        object.optional("profileSceneConfig", &self.profile_scene_config)?;
        object.optional("searchSceneConfig", &self.search_scene_config)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateContactHideBySceneSettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateContactHideBySceneSettingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "excludeDeptIds" => rt::read_field(map, &mut self.exclude_dept_ids),
            "excludeTagIds" => rt::read_field(map, &mut self.exclude_tag_ids),
            "excludeUserIds" => rt::read_field(map, &mut self.exclude_user_ids),
            "name" => rt::read_field(map, &mut self.name),
            "nodeListSceneConfig" => {
                rt::read_field(map, &mut self.node_list_scene_config)
            }
            "objectDeptIds" => rt::read_field(map, &mut self.object_dept_ids),
            "objectTagIds" => rt::read_field(map, &mut self.object_tag_ids),
            "objectUserIds" => rt::read_field(map, &mut self.object_user_ids),
            "profileSceneConfig" => rt::read_field(map, &mut self.profile_scene_config),
            "searchSceneConfig" => rt::read_field(map, &mut self.search_scene_config),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateContactHideBySceneSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_contact_hide_setting`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateContactHideSettingRequest {
    /// `active`.
    pub active: Option<bool>,
    /// `description`.
    pub description: Option<String>,
    /// `excludeDeptIds`.
    pub exclude_dept_ids: Option<Vec<i64>>,
    /// `excludeStaffIds`.
    pub exclude_staff_ids: Option<Vec<String>>,
    /// `excludeTagIds`.
    pub exclude_tag_ids: Option<Vec<i64>>,
    /// `hideInSearch`.
    pub hide_in_search: Option<bool>,
    /// `hideInUserProfile`.
    pub hide_in_user_profile: Option<bool>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `objectDeptIds`.
    pub object_dept_ids: Option<Vec<i64>>,
    /// `objectStaffIds`.
    pub object_staff_ids: Option<Vec<String>>,
    /// `objectTagIds`.
    pub object_tag_ids: Option<Vec<i64>>,
}
impl UpdateContactHideSettingRequest {
    /// An empty `UpdateContactHideSettingRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `active`.
    pub fn active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `excludeDeptIds`.
    pub fn exclude_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.exclude_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `excludeStaffIds`.
    pub fn exclude_staff_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.exclude_staff_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `excludeTagIds`.
    pub fn exclude_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.exclude_tag_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `hideInSearch`.
    pub fn hide_in_search(mut self, value: bool) -> Self {
        self.hide_in_search = Some(value);
        self
    }
    /// Sets `hideInUserProfile`.
    pub fn hide_in_user_profile(mut self, value: bool) -> Self {
        self.hide_in_user_profile = Some(value);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: i64) -> Self {
        self.id = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `objectDeptIds`.
    pub fn object_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.object_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `objectStaffIds`.
    pub fn object_staff_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.object_staff_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `objectTagIds`.
    pub fn object_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.object_tag_ids = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for UpdateContactHideSettingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.optional("description", &self.description)?;
        object.optional("excludeDeptIds", &self.exclude_dept_ids)?;
        object.optional("excludeStaffIds", &self.exclude_staff_ids)?;
        object.optional("excludeTagIds", &self.exclude_tag_ids)?;
        object.optional("hideInSearch", &self.hide_in_search)?;
        object.optional("hideInUserProfile", &self.hide_in_user_profile)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("objectDeptIds", &self.object_dept_ids)?;
        object.optional("objectStaffIds", &self.object_staff_ids)?;
        object.optional("objectTagIds", &self.object_tag_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateContactHideSettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateContactHideSettingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            "description" => rt::read_field(map, &mut self.description),
            "excludeDeptIds" => rt::read_field(map, &mut self.exclude_dept_ids),
            "excludeStaffIds" => rt::read_field(map, &mut self.exclude_staff_ids),
            "excludeTagIds" => rt::read_field(map, &mut self.exclude_tag_ids),
            "hideInSearch" => rt::read_field(map, &mut self.hide_in_search),
            "hideInUserProfile" => rt::read_field(map, &mut self.hide_in_user_profile),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "objectDeptIds" => rt::read_field(map, &mut self.object_dept_ids),
            "objectStaffIds" => rt::read_field(map, &mut self.object_staff_ids),
            "objectTagIds" => rt::read_field(map, &mut self.object_tag_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateContactHideSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_contact_restrict_setting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateContactRestrictSettingRequest {
    /// `active`.
    pub active: Option<bool>,
    /// `description`.
    pub description: Option<String>,
    /// `excludeDeptIds`.
    pub exclude_dept_ids: Option<Vec<i64>>,
    /// `excludeTagIds`.
    pub exclude_tag_ids: Option<Vec<i64>>,
    /// `excludeUserIds`.
    pub exclude_user_ids: Option<Vec<String>>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `restrictInSearch`.
    pub restrict_in_search: Option<bool>,
    /// `restrictInUserProfile`.
    pub restrict_in_user_profile: Option<bool>,
    /// `subjectDeptIds`.
    pub subject_dept_ids: Option<Vec<i64>>,
    /// `subjectTagIds`.
    pub subject_tag_ids: Option<Vec<i64>>,
    /// `subjectUserIds`.
    pub subject_user_ids: Option<Vec<String>>,
    /// `type`.
    pub r#type: String,
}
impl UpdateContactRestrictSettingRequest {
    /// A `UpdateContactRestrictSettingRequest` with its required fields (`type`); set the others with the methods named after them.
    pub fn new(r#type: impl Into<String>) -> Self {
        Self {
            active: None,
            description: None,
            exclude_dept_ids: None,
            exclude_tag_ids: None,
            exclude_user_ids: None,
            id: None,
            name: None,
            restrict_in_search: None,
            restrict_in_user_profile: None,
            subject_dept_ids: None,
            subject_tag_ids: None,
            subject_user_ids: None,
            r#type: r#type.into(),
        }
    }
    /// Sets `active`.
    pub fn active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `excludeDeptIds`.
    pub fn exclude_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.exclude_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `excludeTagIds`.
    pub fn exclude_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.exclude_tag_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `excludeUserIds`.
    pub fn exclude_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.exclude_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: i64) -> Self {
        self.id = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `restrictInSearch`.
    pub fn restrict_in_search(mut self, value: bool) -> Self {
        self.restrict_in_search = Some(value);
        self
    }
    /// Sets `restrictInUserProfile`.
    pub fn restrict_in_user_profile(mut self, value: bool) -> Self {
        self.restrict_in_user_profile = Some(value);
        self
    }
    /// Sets `subjectDeptIds`.
    pub fn subject_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.subject_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `subjectTagIds`.
    pub fn subject_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.subject_tag_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `subjectUserIds`.
    pub fn subject_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.subject_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for UpdateContactRestrictSettingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.optional("description", &self.description)?;
        object.optional("excludeDeptIds", &self.exclude_dept_ids)?;
        object.optional("excludeTagIds", &self.exclude_tag_ids)?;
        object.optional("excludeUserIds", &self.exclude_user_ids)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("restrictInSearch", &self.restrict_in_search)?;
        object.optional("restrictInUserProfile", &self.restrict_in_user_profile)?;
        object.optional("subjectDeptIds", &self.subject_dept_ids)?;
        object.optional("subjectTagIds", &self.subject_tag_ids)?;
        object.optional("subjectUserIds", &self.subject_user_ids)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateContactRestrictSettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateContactRestrictSettingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            "description" => rt::read_field(map, &mut self.description),
            "excludeDeptIds" => rt::read_field(map, &mut self.exclude_dept_ids),
            "excludeTagIds" => rt::read_field(map, &mut self.exclude_tag_ids),
            "excludeUserIds" => rt::read_field(map, &mut self.exclude_user_ids),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "restrictInSearch" => rt::read_field(map, &mut self.restrict_in_search),
            "restrictInUserProfile" => {
                rt::read_field(map, &mut self.restrict_in_user_profile)
            }
            "subjectDeptIds" => rt::read_field(map, &mut self.subject_dept_ids),
            "subjectTagIds" => rt::read_field(map, &mut self.subject_tag_ids),
            "subjectUserIds" => rt::read_field(map, &mut self.subject_user_ids),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateContactRestrictSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_dept_settng_tail_first`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateDeptSettngTailFirstRequest {
    /// `enable`.
    pub enable: bool,
}
impl UpdateDeptSettngTailFirstRequest {
    /// A `UpdateDeptSettngTailFirstRequest` with its required fields (`enable`); set the others with the methods named after them.
    pub fn new(enable: bool) -> Self {
        Self { enable }
    }
}
impl rt::serde::Serialize for UpdateDeptSettngTailFirstRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("enable", &self.enable)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateDeptSettngTailFirstRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateDeptSettngTailFirstRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enable" => rt::read_field(map, &mut self.enable),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateDeptSettngTailFirstRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_emp_attrbute_visibility_setting`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateEmpAttrbuteVisibilitySettingRequest {
    /// `active`.
    pub active: Option<bool>,
    /// `description`.
    pub description: Option<String>,
    /// `excludeDeptIds`.
    pub exclude_dept_ids: Option<Vec<i64>>,
    /// `excludeStaffIds`.
    pub exclude_staff_ids: Option<Vec<String>>,
    /// `excludeTagIds`.
    pub exclude_tag_ids: Option<Vec<i64>>,
    /// `hideFields`.
    pub hide_fields: Option<Vec<String>>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `objectDeptIds`.
    pub object_dept_ids: Option<Vec<i64>>,
    /// `objectStaffIds`.
    pub object_staff_ids: Option<Vec<String>>,
    /// `objectTagIds`.
    pub object_tag_ids: Option<Vec<i64>>,
}
impl UpdateEmpAttrbuteVisibilitySettingRequest {
    /// An empty `UpdateEmpAttrbuteVisibilitySettingRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `active`.
    pub fn active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `excludeDeptIds`.
    pub fn exclude_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.exclude_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `excludeStaffIds`.
    pub fn exclude_staff_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.exclude_staff_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `excludeTagIds`.
    pub fn exclude_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.exclude_tag_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `hideFields`.
    pub fn hide_fields(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.hide_fields = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: i64) -> Self {
        self.id = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `objectDeptIds`.
    pub fn object_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.object_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `objectStaffIds`.
    pub fn object_staff_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.object_staff_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `objectTagIds`.
    pub fn object_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.object_tag_ids = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for UpdateEmpAttrbuteVisibilitySettingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.optional("description", &self.description)?;
        object.optional("excludeDeptIds", &self.exclude_dept_ids)?;
        object.optional("excludeStaffIds", &self.exclude_staff_ids)?;
        object.optional("excludeTagIds", &self.exclude_tag_ids)?;
        object.optional("hideFields", &self.hide_fields)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("objectDeptIds", &self.object_dept_ids)?;
        object.optional("objectStaffIds", &self.object_staff_ids)?;
        object.optional("objectTagIds", &self.object_tag_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateEmpAttrbuteVisibilitySettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateEmpAttrbuteVisibilitySettingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            "description" => rt::read_field(map, &mut self.description),
            "excludeDeptIds" => rt::read_field(map, &mut self.exclude_dept_ids),
            "excludeStaffIds" => rt::read_field(map, &mut self.exclude_staff_ids),
            "excludeTagIds" => rt::read_field(map, &mut self.exclude_tag_ids),
            "hideFields" => rt::read_field(map, &mut self.hide_fields),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "objectDeptIds" => rt::read_field(map, &mut self.object_dept_ids),
            "objectStaffIds" => rt::read_field(map, &mut self.object_staff_ids),
            "objectTagIds" => rt::read_field(map, &mut self.object_tag_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateEmpAttrbuteVisibilitySettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_emp_attribute_hide_by_scene_setting`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateEmpAttributeHideBySceneSettingRequest {
    /// `chatSubtitleConfig`.
    pub chat_subtitle_config: Option<
        UpdateEmpAttributeHideBySceneSettingRequestChatSubtitleConfig,
    >,
    /// `description`.
    pub description: Option<String>,
    /// `excludeDeptIds`.
    pub exclude_dept_ids: Option<Vec<i64>>,
    /// `excludeTagIds`.
    pub exclude_tag_ids: Option<Vec<i64>>,
    /// `excludeUserIds`.
    pub exclude_user_ids: Option<Vec<String>>,
    /// `hideFields`.
    pub hide_fields: Option<Vec<String>>,
    /// `name`.
    pub name: Option<String>,
    /// `objectDeptIds`.
    pub object_dept_ids: Option<Vec<i64>>,
    /// `objectTagIds`.
    pub object_tag_ids: Option<Vec<i64>>,
    /// `objectUserIds`.
    pub object_user_ids: Option<Vec<String>>,
    /// `profileSceneConfig`.
    pub profile_scene_config: Option<
        UpdateEmpAttributeHideBySceneSettingRequestProfileSceneConfig,
    >,
    /// `searchSceneConfig`.
    pub search_scene_config: Option<
        UpdateEmpAttributeHideBySceneSettingRequestSearchSceneConfig,
    >,
}
impl UpdateEmpAttributeHideBySceneSettingRequest {
    /// An empty `UpdateEmpAttributeHideBySceneSettingRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `chatSubtitleConfig`.
    pub fn chat_subtitle_config(
        mut self,
        value: UpdateEmpAttributeHideBySceneSettingRequestChatSubtitleConfig,
    ) -> Self {
        self.chat_subtitle_config = Some(value);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `excludeDeptIds`.
    pub fn exclude_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.exclude_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `excludeTagIds`.
    pub fn exclude_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.exclude_tag_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `excludeUserIds`.
    pub fn exclude_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.exclude_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `hideFields`.
    pub fn hide_fields(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.hide_fields = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `objectDeptIds`.
    pub fn object_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.object_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `objectTagIds`.
    pub fn object_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.object_tag_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `objectUserIds`.
    pub fn object_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.object_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `profileSceneConfig`.
    pub fn profile_scene_config(
        mut self,
        value: UpdateEmpAttributeHideBySceneSettingRequestProfileSceneConfig,
    ) -> Self {
        self.profile_scene_config = Some(value);
        self
    }
    /// Sets `searchSceneConfig`.
    pub fn search_scene_config(
        mut self,
        value: UpdateEmpAttributeHideBySceneSettingRequestSearchSceneConfig,
    ) -> Self {
        self.search_scene_config = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateEmpAttributeHideBySceneSettingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chatSubtitleConfig", &self.chat_subtitle_config)?;
        object.optional("description", &self.description)?;
        object.optional("excludeDeptIds", &self.exclude_dept_ids)?;
        object.optional("excludeTagIds", &self.exclude_tag_ids)?;
        object.optional("excludeUserIds", &self.exclude_user_ids)?;
        object.optional("hideFields", &self.hide_fields)?;
        object.optional("name", &self.name)?;
        object.optional("objectDeptIds", &self.object_dept_ids)?;
        object.optional("objectTagIds", &self.object_tag_ids)?;
        object.optional("objectUserIds", &self.object_user_ids)?;
        object.optional("profileSceneConfig", &self.profile_scene_config)?;
        object.optional("searchSceneConfig", &self.search_scene_config)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateEmpAttributeHideBySceneSettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateEmpAttributeHideBySceneSettingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatSubtitleConfig" => rt::read_field(map, &mut self.chat_subtitle_config),
            "description" => rt::read_field(map, &mut self.description),
            "excludeDeptIds" => rt::read_field(map, &mut self.exclude_dept_ids),
            "excludeTagIds" => rt::read_field(map, &mut self.exclude_tag_ids),
            "excludeUserIds" => rt::read_field(map, &mut self.exclude_user_ids),
            "hideFields" => rt::read_field(map, &mut self.hide_fields),
            "name" => rt::read_field(map, &mut self.name),
            "objectDeptIds" => rt::read_field(map, &mut self.object_dept_ids),
            "objectTagIds" => rt::read_field(map, &mut self.object_tag_ids),
            "objectUserIds" => rt::read_field(map, &mut self.object_user_ids),
            "profileSceneConfig" => rt::read_field(map, &mut self.profile_scene_config),
            "searchSceneConfig" => rt::read_field(map, &mut self.search_scene_config),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateEmpAttributeHideBySceneSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_management_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateManagementGroupRequest {
    /// `groupName`.
    pub group_name: String,
    /// `members`.
    pub members: Vec<UpdateManagementGroupRequestMembers>,
    /// `resourceIds`.
    pub resource_ids: Vec<String>,
    /// `scope`.
    pub scope: UpdateManagementGroupRequestScope,
}
impl UpdateManagementGroupRequest {
    /// A `UpdateManagementGroupRequest` with its required fields (`groupName`, `members`, `resourceIds`, `scope`); set the others with the methods named after them.
    pub fn new(
        group_name: impl Into<String>,
        members: impl IntoIterator<Item = UpdateManagementGroupRequestMembers>,
        resource_ids: impl IntoIterator<Item = impl Into<String>>,
        scope: UpdateManagementGroupRequestScope,
    ) -> Self {
        Self {
            group_name: group_name.into(),
            members: members.into_iter().collect(),
            resource_ids: resource_ids.into_iter().map(Into::into).collect(),
            scope,
        }
    }
}
impl rt::serde::Serialize for UpdateManagementGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupName", &self.group_name)?;
        object.field("members", &self.members)?;
        object.field("resourceIds", &self.resource_ids)?;
        object.field("scope", &self.scope)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateManagementGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateManagementGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupName" => rt::read_field(map, &mut self.group_name),
            "members" => rt::read_field(map, &mut self.members),
            "resourceIds" => rt::read_field(map, &mut self.resource_ids),
            "scope" => rt::read_field(map, &mut self.scope),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateManagementGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_senior_setting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateSeniorSettingRequest {
    /// `open`.
    pub open: bool,
    /// `permitDeptIds`.
    pub permit_dept_ids: Option<Vec<i64>>,
    /// `permitStaffIds`.
    pub permit_staff_ids: Option<Vec<String>>,
    /// `permitTagIds`.
    pub permit_tag_ids: Option<Vec<i64>>,
    /// `protectScenes`.
    pub protect_scenes: Option<Vec<String>>,
    /// `seniorStaffId`.
    pub senior_staff_id: String,
}
impl UpdateSeniorSettingRequest {
    /// A `UpdateSeniorSettingRequest` with its required fields (`open`, `seniorStaffId`); set the others with the methods named after them.
    pub fn new(open: bool, senior_staff_id: impl Into<String>) -> Self {
        Self {
            open,
            permit_dept_ids: None,
            permit_staff_ids: None,
            permit_tag_ids: None,
            protect_scenes: None,
            senior_staff_id: senior_staff_id.into(),
        }
    }
    /// Sets `permitDeptIds`.
    pub fn permit_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.permit_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `permitStaffIds`.
    pub fn permit_staff_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.permit_staff_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `permitTagIds`.
    pub fn permit_tag_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.permit_tag_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `protectScenes`.
    pub fn protect_scenes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.protect_scenes = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for UpdateSeniorSettingRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("open", &self.open)?;
        object.optional("permitDeptIds", &self.permit_dept_ids)?;
        object.optional("permitStaffIds", &self.permit_staff_ids)?;
        object.optional("permitTagIds", &self.permit_tag_ids)?;
        object.optional("protectScenes", &self.protect_scenes)?;
        object.field("seniorStaffId", &self.senior_staff_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateSeniorSettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateSeniorSettingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "open" => rt::read_field(map, &mut self.open),
            "permitDeptIds" => rt::read_field(map, &mut self.permit_dept_ids),
            "permitStaffIds" => rt::read_field(map, &mut self.permit_staff_ids),
            "permitTagIds" => rt::read_field(map, &mut self.permit_tag_ids),
            "protectScenes" => rt::read_field(map, &mut self.protect_scenes),
            "seniorStaffId" => rt::read_field(map, &mut self.senior_staff_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateSeniorSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_title_audit_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTitleAuditStatusRequest {
    /// `authStatus`.
    pub auth_status: Option<String>,
    /// `educationLevel`.
    pub education_level: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `major`.
    pub major: Option<String>,
    /// `position`.
    pub position: Option<String>,
    /// `reasonCode`.
    pub reason_code: Option<String>,
    /// `reasonMsg`.
    pub reason_msg: Option<String>,
    /// `school`.
    pub school: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
impl UpdateTitleAuditStatusRequest {
    /// An empty `UpdateTitleAuditStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `authStatus`.
    pub fn auth_status(mut self, value: impl Into<String>) -> Self {
        self.auth_status = Some(value.into());
        self
    }
    /// Sets `educationLevel`.
    pub fn education_level(mut self, value: impl Into<String>) -> Self {
        self.education_level = Some(value.into());
        self
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
    /// Sets `major`.
    pub fn major(mut self, value: impl Into<String>) -> Self {
        self.major = Some(value.into());
        self
    }
    /// Sets `position`.
    pub fn position(mut self, value: impl Into<String>) -> Self {
        self.position = Some(value.into());
        self
    }
    /// Sets `reasonCode`.
    pub fn reason_code(mut self, value: impl Into<String>) -> Self {
        self.reason_code = Some(value.into());
        self
    }
    /// Sets `reasonMsg`.
    pub fn reason_msg(mut self, value: impl Into<String>) -> Self {
        self.reason_msg = Some(value.into());
        self
    }
    /// Sets `school`.
    pub fn school(mut self, value: impl Into<String>) -> Self {
        self.school = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateTitleAuditStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authStatus", &self.auth_status)?;
        object.optional("educationLevel", &self.education_level)?;
        object.optional("extension", &self.extension)?;
        object.optional("major", &self.major)?;
        object.optional("position", &self.position)?;
        object.optional("reasonCode", &self.reason_code)?;
        object.optional("reasonMsg", &self.reason_msg)?;
        object.optional("school", &self.school)?;
        object.optional("type", &self.r#type)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTitleAuditStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTitleAuditStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authStatus" => rt::read_field(map, &mut self.auth_status),
            "educationLevel" => rt::read_field(map, &mut self.education_level),
            "extension" => rt::read_field(map, &mut self.extension),
            "major" => rt::read_field(map, &mut self.major),
            "position" => rt::read_field(map, &mut self.position),
            "reasonCode" => rt::read_field(map, &mut self.reason_code),
            "reasonMsg" => rt::read_field(map, &mut self.reason_msg),
            "school" => rt::read_field(map, &mut self.school),
            "type" => rt::read_field(map, &mut self.r#type),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateTitleAuditStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_user_ownness`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateUserOwnnessRequest {
    /// `deletedFlag`.
    pub deleted_flag: i64,
    /// `endTime`.
    pub end_time: i64,
    /// `id`.
    pub id: i64,
    /// `ownenssType`.
    pub ownenss_type: i64,
    /// `startTime`.
    pub start_time: i64,
}
impl UpdateUserOwnnessRequest {
    /// A `UpdateUserOwnnessRequest` with its required fields (`deletedFlag`, `endTime`, `id`, `ownenssType`, `startTime`); set the others with the methods named after them.
    pub fn new(
        deleted_flag: i64,
        end_time: i64,
        id: i64,
        ownenss_type: i64,
        start_time: i64,
    ) -> Self {
        Self {
            deleted_flag,
            end_time,
            id,
            ownenss_type,
            start_time,
        }
    }
}
impl rt::serde::Serialize for UpdateUserOwnnessRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deletedFlag", &self.deleted_flag)?;
        object.field("endTime", &self.end_time)?;
        object.field("id", &self.id)?;
        object.field("ownenssType", &self.ownenss_type)?;
        object.field("startTime", &self.start_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateUserOwnnessRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateUserOwnnessRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deletedFlag" => rt::read_field(map, &mut self.deleted_flag),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "id" => rt::read_field(map, &mut self.id),
            "ownenssType" => rt::read_field(map, &mut self.ownenss_type),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateUserOwnnessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::user_group_add_static_group_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UserGroupAddStaticGroupMembersRequest {
    /// `groupCode`.
    pub group_code: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl UserGroupAddStaticGroupMembersRequest {
    /// A `UserGroupAddStaticGroupMembersRequest` with its required fields (`groupCode`, `userIds`); set the others with the methods named after them.
    pub fn new(
        group_code: impl Into<String>,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            group_code: group_code.into(),
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for UserGroupAddStaticGroupMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupCode", &self.group_code)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UserGroupAddStaticGroupMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UserGroupAddStaticGroupMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupCode" => rt::read_field(map, &mut self.group_code),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UserGroupAddStaticGroupMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::user_group_remove_static_group_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UserGroupRemoveStaticGroupMembersRequest {
    /// `groupCode`.
    pub group_code: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl UserGroupRemoveStaticGroupMembersRequest {
    /// A `UserGroupRemoveStaticGroupMembersRequest` with its required fields (`groupCode`, `userIds`); set the others with the methods named after them.
    pub fn new(
        group_code: impl Into<String>,
        user_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            group_code: group_code.into(),
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for UserGroupRemoveStaticGroupMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("groupCode", &self.group_code)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UserGroupRemoveStaticGroupMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UserGroupRemoveStaticGroupMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupCode" => rt::read_field(map, &mut self.group_code),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UserGroupRemoveStaticGroupMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::user_profile`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UserProfileRequest {
    /// `uids`: a query parameter, JSON-encoded.
    pub uids: Option<Vec<i64>>,
}
impl UserProfileRequest {
    /// An empty `UserProfileRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `uids`.
    pub fn uids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.uids = Some(value.into_iter().collect());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UserProfileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UserProfileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "uids" => rt::read_field(map, &mut self.uids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UserProfileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("uids", &self.uids);
    }
}
/// An error reply of [`Api::add_account_mapping`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddAccountMappingError = rt::ServiceError;
/// An error reply of [`Api::add_contact_hide_by_scene_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddContactHideBySceneSettingError = rt::ServiceError;
/// An error reply of [`Api::add_emp_attribute_hide_by_scene_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddEmpAttributeHideBySceneSettingError = rt::ServiceError;
/// An error reply of [`Api::add_org_account_ownness`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddOrgAccountOwnnessError = rt::ServiceError;
/// An error reply of [`Api::annual_certification_audit`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AnnualCertificationAuditError = rt::ServiceError;
/// An error reply of [`Api::batch_approve_union_apply`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchApproveUnionApplyError = rt::ServiceError;
/// An error reply of [`Api::batch_get_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchGetUserError = rt::ServiceError;
/// An error reply of [`Api::batch_update_external_title`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchUpdateExternalTitleError = rt::ServiceError;
/// An error reply of [`Api::change_ding_talk_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChangeDingTalkIdError = rt::ServiceError;
/// An error reply of [`Api::change_main_admin`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChangeMainAdminError = rt::ServiceError;
/// An error reply of [`Api::change_main_org`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChangeMainOrgError = rt::ServiceError;
/// An error reply of [`Api::course_finish_course`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CourseFinishCourseError = rt::ServiceError;
/// An error reply of [`Api::create_cooperate_org`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateCooperateOrgError = rt::ServiceError;
/// An error reply of [`Api::create_management_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateManagementGroupError = rt::ServiceError;
/// An error reply of [`Api::create_secondary_management_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateSecondaryManagementGroupError = rt::ServiceError;
/// An error reply of [`Api::create_user_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateUserGroupError = rt::ServiceError;
/// An error reply of [`Api::del_account_mapping`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DelAccountMappingError = rt::ServiceError;
/// An error reply of [`Api::del_org_acc_user_ownness`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DelOrgAccUserOwnnessError = rt::ServiceError;
/// An error reply of [`Api::delete_contact_hide_by_scene_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteContactHideBySceneSettingError = rt::ServiceError;
/// An error reply of [`Api::delete_contact_hide_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteContactHideSettingError = rt::ServiceError;
/// An error reply of [`Api::delete_contact_restrict_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteContactRestrictSettingError = rt::ServiceError;
/// An error reply of [`Api::delete_emp_attribute_hide_by_scene_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteEmpAttributeHideBySceneSettingError = rt::ServiceError;
/// An error reply of [`Api::delete_emp_attribute_visibility`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteEmpAttributeVisibilityError = rt::ServiceError;
/// An error reply of [`Api::delete_management_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteManagementGroupError = rt::ServiceError;
/// An error reply of [`Api::delete_user_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteUserGroupError = rt::ServiceError;
/// An error reply of [`Api::dept_group_setting_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeptGroupSettingUpdateError = rt::ServiceError;
/// An error reply of [`Api::get_account_mapping`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAccountMappingError = rt::ServiceError;
/// An error reply of [`Api::get_apply_invite_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetApplyInviteInfoError = rt::ServiceError;
/// An error reply of [`Api::get_branch_auth_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetBranchAuthDataError = rt::ServiceError;
/// An error reply of [`Api::get_card_in_user_holder`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCardInUserHolderError = rt::ServiceError;
/// An error reply of [`Api::get_card_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCardInfoError = rt::ServiceError;
/// An error reply of [`Api::get_contact_hide_by_scene_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetContactHideBySceneSettingError = rt::ServiceError;
/// An error reply of [`Api::get_cooperate_org_invite_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCooperateOrgInviteInfoError = rt::ServiceError;
/// An error reply of [`Api::get_corp_card_style_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCorpCardStyleListError = rt::ServiceError;
/// An error reply of [`Api::get_ding_id_by_migration_ding_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDingIdByMigrationDingIdError = rt::ServiceError;
/// An error reply of [`Api::get_emp_attribute_hide_by_scene_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetEmpAttributeHideBySceneSettingError = rt::ServiceError;
/// An error reply of [`Api::get_latest_ding_index`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetLatestDingIndexError = rt::ServiceError;
/// An error reply of [`Api::get_migration_ding_id_by_ding_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMigrationDingIdByDingIdError = rt::ServiceError;
/// An error reply of [`Api::get_migration_union_id_by_union_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMigrationUnionIdByUnionIdError = rt::ServiceError;
/// An error reply of [`Api::get_org_auth_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOrgAuthInfoError = rt::ServiceError;
/// An error reply of [`Api::get_translate_file_job_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTranslateFileJobResultError = rt::ServiceError;
/// An error reply of [`Api::get_union_id_by_migration_union_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUnionIdByMigrationUnionIdError = rt::ServiceError;
/// An error reply of [`Api::get_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserError = rt::ServiceError;
/// An error reply of [`Api::get_user_by_ding_talk_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserByDingTalkIdError = rt::ServiceError;
/// An error reply of [`Api::get_user_card_holder_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserCardHolderListError = rt::ServiceError;
/// An error reply of [`Api::get_user_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserGroupError = rt::ServiceError;
/// An error reply of [`Api::init_verify_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InitVerifyEventError = rt::ServiceError;
/// An error reply of [`Api::is_friend`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IsFriendError = rt::ServiceError;
/// An error reply of [`Api::isv_card_event_push`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IsvCardEventPushError = rt::ServiceError;
/// An error reply of [`Api::list_basic_role_in_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListBasicRoleInPageError = rt::ServiceError;
/// An error reply of [`Api::list_contact_hide_settings`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListContactHideSettingsError = rt::ServiceError;
/// An error reply of [`Api::list_contact_restrict_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListContactRestrictSettingError = rt::ServiceError;
/// An error reply of [`Api::list_emp_attribute_visibility`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListEmpAttributeVisibilityError = rt::ServiceError;
/// An error reply of [`Api::list_emp_leave_records`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListEmpLeaveRecordsError = rt::ServiceError;
/// An error reply of [`Api::list_management_groups`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListManagementGroupsError = rt::ServiceError;
/// An error reply of [`Api::list_owned_org_by_staff_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListOwnedOrgByStaffIdError = rt::ServiceError;
/// An error reply of [`Api::list_senior_settings`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSeniorSettingsError = rt::ServiceError;
/// An error reply of [`Api::list_user_group_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListUserGroupMembersError = rt::ServiceError;
/// An error reply of [`Api::list_user_groups`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListUserGroupsError = rt::ServiceError;
/// An error reply of [`Api::modify_org_acc_user_ownness`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ModifyOrgAccUserOwnnessError = rt::ServiceError;
/// An error reply of [`Api::multi_org_permission_grant`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MultiOrgPermissionGrantError = rt::ServiceError;
/// An error reply of [`Api::org_account_mobile_visible_in_other_org`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OrgAccountMobileVisibleInOtherOrgError = rt::ServiceError;
/// An error reply of [`Api::org_account_mobile_visible_permisson`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OrgAccountMobileVisiblePermissonError = rt::ServiceError;
/// An error reply of [`Api::org_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OrgInfoError = rt::ServiceError;
/// An error reply of [`Api::push_verify_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PushVerifyEventError = rt::ServiceError;
/// An error reply of [`Api::query_card_visitor_statistic_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCardVisitorStatisticDataError = rt::ServiceError;
/// An error reply of [`Api::query_corp_statistic_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCorpStatisticDataError = rt::ServiceError;
/// An error reply of [`Api::query_corp_user_statistic`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCorpUserStatisticError = rt::ServiceError;
/// An error reply of [`Api::query_resource_management_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryResourceManagementMembersError = rt::ServiceError;
/// An error reply of [`Api::query_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryStatusError = rt::ServiceError;
/// An error reply of [`Api::query_user_management_resources`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserManagementResourcesError = rt::ServiceError;
/// An error reply of [`Api::query_verify_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryVerifyResultError = rt::ServiceError;
/// An error reply of [`Api::recall_team_invite`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RecallTeamInviteError = rt::ServiceError;
/// An error reply of [`Api::search_department`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchDepartmentError = rt::ServiceError;
/// An error reply of [`Api::search_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchUserError = rt::ServiceError;
/// An error reply of [`Api::separate_branch_org`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SeparateBranchOrgError = rt::ServiceError;
/// An error reply of [`Api::set_disable`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetDisableError = rt::ServiceError;
/// An error reply of [`Api::set_enable`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetEnableError = rt::ServiceError;
/// An error reply of [`Api::sign_out`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SignOutError = rt::ServiceError;
/// An error reply of [`Api::sort_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SortUserError = rt::ServiceError;
/// An error reply of [`Api::submit_handover_resource`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubmitHandoverResourceError = rt::ServiceError;
/// An error reply of [`Api::talent_add_custom_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentAddCustomTagError = rt::ServiceError;
/// An error reply of [`Api::talent_add_objective_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentAddObjectiveTagError = rt::ServiceError;
/// An error reply of [`Api::talent_add_personality_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentAddPersonalityTagError = rt::ServiceError;
/// An error reply of [`Api::talent_delete_custom_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentDeleteCustomTagError = rt::ServiceError;
/// An error reply of [`Api::talent_delete_objective_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentDeleteObjectiveTagError = rt::ServiceError;
/// An error reply of [`Api::talent_delete_personality_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentDeletePersonalityTagError = rt::ServiceError;
/// An error reply of [`Api::talent_like_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentLikeTagError = rt::ServiceError;
/// An error reply of [`Api::talent_query_custom_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentQueryCustomTagError = rt::ServiceError;
/// An error reply of [`Api::talent_query_objective_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentQueryObjectiveTagError = rt::ServiceError;
/// An error reply of [`Api::talent_query_personality_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentQueryPersonalityTagError = rt::ServiceError;
/// An error reply of [`Api::talent_query_tag_like_detail_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentQueryTagLikeDetailListError = rt::ServiceError;
/// An error reply of [`Api::talent_query_tag_like_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentQueryTagLikeListError = rt::ServiceError;
/// An error reply of [`Api::transform_to_exclusive_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TransformToExclusiveAccountError = rt::ServiceError;
/// An error reply of [`Api::transform_to_normal_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TransformToNormalAccountError = rt::ServiceError;
/// An error reply of [`Api::translate_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TranslateFileError = rt::ServiceError;
/// An error reply of [`Api::unique_query_user_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UniqueQueryUserCardError = rt::ServiceError;
/// An error reply of [`Api::update_branch_attributes_in_cooperate`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateBranchAttributesInCooperateError = rt::ServiceError;
/// An error reply of [`Api::update_branch_visible_setting_in_cooperate`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateBranchVisibleSettingInCooperateError = rt::ServiceError;
/// An error reply of [`Api::update_contact_hide_by_scene_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateContactHideBySceneSettingError = rt::ServiceError;
/// An error reply of [`Api::update_contact_hide_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateContactHideSettingError = rt::ServiceError;
/// An error reply of [`Api::update_contact_restrict_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateContactRestrictSettingError = rt::ServiceError;
/// An error reply of [`Api::update_dept_settng_tail_first`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateDeptSettngTailFirstError = rt::ServiceError;
/// An error reply of [`Api::update_emp_attrbute_visibility_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateEmpAttrbuteVisibilitySettingError = rt::ServiceError;
/// An error reply of [`Api::update_emp_attribute_hide_by_scene_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateEmpAttributeHideBySceneSettingError = rt::ServiceError;
/// An error reply of [`Api::update_management_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateManagementGroupError = rt::ServiceError;
/// An error reply of [`Api::update_senior_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateSeniorSettingError = rt::ServiceError;
/// An error reply of [`Api::update_title_audit_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTitleAuditStatusError = rt::ServiceError;
/// An error reply of [`Api::update_user_ownness`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateUserOwnnessError = rt::ServiceError;
/// An error reply of [`Api::user_group_add_static_group_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UserGroupAddStaticGroupMembersError = rt::ServiceError;
/// An error reply of [`Api::user_group_remove_static_group_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UserGroupRemoveStaticGroupMembersError = rt::ServiceError;
/// An error reply of [`Api::user_profile`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UserProfileError = rt::ServiceError;
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
        "AddAccountMapping" => {
            rt::conformance::reply(api.add_account_mapping(&inputs.request(true)?)).await
        }
        "AddContactHideBySceneSetting" => {
            rt::conformance::reply(
                    api.add_contact_hide_by_scene_setting(&inputs.request(true)?),
                )
                .await
        }
        "AddEmpAttributeHideBySceneSetting" => {
            rt::conformance::reply(
                    api.add_emp_attribute_hide_by_scene_setting(&inputs.request(true)?),
                )
                .await
        }
        "AddOrgAccountOwnness" => {
            rt::conformance::reply(api.add_org_account_ownness(&inputs.request(true)?))
                .await
        }
        "AnnualCertificationAudit" => {
            rt::conformance::reply(
                    api.annual_certification_audit(&inputs.request(true)?),
                )
                .await
        }
        "BatchApproveUnionApply" => {
            rt::conformance::reply(
                    api.batch_approve_union_apply(&inputs.request(false)?),
                )
                .await
        }
        "BatchGetUser" => {
            rt::conformance::reply(api.batch_get_user(&inputs.request(false)?)).await
        }
        "BatchUpdateExternalTitle" => {
            rt::conformance::reply(
                    api.batch_update_external_title(&inputs.request(true)?),
                )
                .await
        }
        "ChangeDingTalkId" => {
            rt::conformance::reply(api.change_ding_talk_id(&inputs.request(true)?)).await
        }
        "ChangeMainAdmin" => {
            rt::conformance::reply(api.change_main_admin(&inputs.request(true)?)).await
        }
        "ChangeMainOrg" => {
            rt::conformance::reply(api.change_main_org(&inputs.request(true)?)).await
        }
        "CourseFinishCourse" => {
            rt::conformance::reply(api.course_finish_course(&inputs.request(true)?))
                .await
        }
        "CreateCooperateOrg" => {
            rt::conformance::reply(api.create_cooperate_org(&inputs.request(true)?))
                .await
        }
        "CreateManagementGroup" => {
            rt::conformance::reply(api.create_management_group(&inputs.request(true)?))
                .await
        }
        "CreateSecondaryManagementGroup" => {
            rt::conformance::reply(
                    api.create_secondary_management_group(&inputs.request(true)?),
                )
                .await
        }
        "CreateUserGroup" => {
            rt::conformance::reply(api.create_user_group(&inputs.request(true)?)).await
        }
        "DelAccountMapping" => {
            rt::conformance::reply(api.del_account_mapping(&inputs.request(false)?))
                .await
        }
        "DelOrgAccUserOwnness" => {
            rt::conformance::reply(api.del_org_acc_user_ownness(&inputs.request(false)?))
                .await
        }
        "DeleteContactHideBySceneSetting" => {
            rt::conformance::reply(
                    api.delete_contact_hide_by_scene_setting(inputs.path(0usize)?),
                )
                .await
        }
        "DeleteContactHideSetting" => {
            rt::conformance::reply(api.delete_contact_hide_setting(inputs.path(0usize)?))
                .await
        }
        "DeleteContactRestrictSetting" => {
            rt::conformance::reply(
                    api.delete_contact_restrict_setting(inputs.path(0usize)?),
                )
                .await
        }
        "DeleteEmpAttributeHideBySceneSetting" => {
            rt::conformance::reply(
                    api.delete_emp_attribute_hide_by_scene_setting(inputs.path(0usize)?),
                )
                .await
        }
        "DeleteEmpAttributeVisibility" => {
            rt::conformance::reply(
                    api.delete_emp_attribute_visibility(inputs.path(0usize)?),
                )
                .await
        }
        "DeleteManagementGroup" => {
            rt::conformance::reply(api.delete_management_group(inputs.path(0usize)?))
                .await
        }
        "DeleteUserGroup" => {
            rt::conformance::reply(api.delete_user_group(&inputs.request(true)?)).await
        }
        "DeptGroupSettingUpdate" => {
            rt::conformance::reply(api.dept_group_setting_update(&inputs.request(true)?))
                .await
        }
        "GetAccountMapping" => {
            rt::conformance::reply(api.get_account_mapping(&inputs.request(false)?))
                .await
        }
        "GetApplyInviteInfo" => {
            rt::conformance::reply(api.get_apply_invite_info(&inputs.request(false)?))
                .await
        }
        "GetBranchAuthData" => {
            rt::conformance::reply(api.get_branch_auth_data(&inputs.request(true)?))
                .await
        }
        "GetCardInUserHolder" => {
            rt::conformance::reply(api.get_card_in_user_holder(inputs.path(0usize)?))
                .await
        }
        "GetCardInfo" => {
            rt::conformance::reply(api.get_card_info(inputs.path(0usize)?)).await
        }
        "GetContactHideBySceneSetting" => {
            rt::conformance::reply(
                    api.get_contact_hide_by_scene_setting(inputs.path(0usize)?),
                )
                .await
        }
        "GetCooperateOrgInviteInfo" => {
            rt::conformance::reply(
                    api.get_cooperate_org_invite_info(inputs.path(0usize)?),
                )
                .await
        }
        "GetCorpCardStyleList" => {
            rt::conformance::reply(api.get_corp_card_style_list()).await
        }
        "GetDingIdByMigrationDingId" => {
            rt::conformance::reply(
                    api.get_ding_id_by_migration_ding_id(&inputs.request(false)?),
                )
                .await
        }
        "GetEmpAttributeHideBySceneSetting" => {
            rt::conformance::reply(
                    api.get_emp_attribute_hide_by_scene_setting(inputs.path(0usize)?),
                )
                .await
        }
        "GetLatestDingIndex" => rt::conformance::reply(api.get_latest_ding_index()).await,
        "GetMigrationDingIdByDingId" => {
            rt::conformance::reply(
                    api.get_migration_ding_id_by_ding_id(&inputs.request(false)?),
                )
                .await
        }
        "GetMigrationUnionIdByUnionId" => {
            rt::conformance::reply(
                    api.get_migration_union_id_by_union_id(&inputs.request(false)?),
                )
                .await
        }
        "GetOrgAuthInfo" => {
            rt::conformance::reply(api.get_org_auth_info(&inputs.request(false)?)).await
        }
        "GetTranslateFileJobResult" => {
            rt::conformance::reply(
                    api.get_translate_file_job_result(&inputs.request(false)?),
                )
                .await
        }
        "GetUnionIdByMigrationUnionId" => {
            rt::conformance::reply(
                    api.get_union_id_by_migration_union_id(&inputs.request(false)?),
                )
                .await
        }
        "GetUser" => rt::conformance::reply(api.get_user(inputs.path(0usize)?)).await,
        "GetUserByDingTalkId" => {
            rt::conformance::reply(api.get_user_by_ding_talk_id(&inputs.request(false)?))
                .await
        }
        "GetUserCardHolderList" => {
            rt::conformance::reply(
                    api.get_user_card_holder_list(&inputs.request(false)?),
                )
                .await
        }
        "GetUserGroup" => {
            rt::conformance::reply(api.get_user_group(&inputs.request(false)?)).await
        }
        "InitVerifyEvent" => {
            rt::conformance::reply(api.init_verify_event(&inputs.request(true)?)).await
        }
        "IsFriend" => rt::conformance::reply(api.is_friend(&inputs.request(true)?)).await,
        "IsvCardEventPush" => {
            rt::conformance::reply(api.isv_card_event_push(&inputs.request(true)?)).await
        }
        "ListBasicRoleInPage" => {
            rt::conformance::reply(api.list_basic_role_in_page(&inputs.request(false)?))
                .await
        }
        "ListContactHideSettings" => {
            rt::conformance::reply(
                    api.list_contact_hide_settings(&inputs.request(false)?),
                )
                .await
        }
        "ListContactRestrictSetting" => {
            rt::conformance::reply(
                    api.list_contact_restrict_setting(&inputs.request(false)?),
                )
                .await
        }
        "ListEmpAttributeVisibility" => {
            rt::conformance::reply(
                    api.list_emp_attribute_visibility(&inputs.request(false)?),
                )
                .await
        }
        "ListEmpLeaveRecords" => {
            rt::conformance::reply(api.list_emp_leave_records(&inputs.request(false)?))
                .await
        }
        "ListManagementGroups" => {
            rt::conformance::reply(api.list_management_groups(&inputs.request(false)?))
                .await
        }
        "ListOwnedOrgByStaffId" => {
            rt::conformance::reply(
                    api.list_owned_org_by_staff_id(&inputs.request(false)?),
                )
                .await
        }
        "ListSeniorSettings" => {
            rt::conformance::reply(api.list_senior_settings(&inputs.request(false)?))
                .await
        }
        "ListUserGroupMembers" => {
            rt::conformance::reply(api.list_user_group_members(&inputs.request(false)?))
                .await
        }
        "ListUserGroups" => {
            rt::conformance::reply(api.list_user_groups(&inputs.request(false)?)).await
        }
        "ModifyOrgAccUserOwnness" => {
            rt::conformance::reply(
                    api.modify_org_acc_user_ownness(&inputs.request(true)?),
                )
                .await
        }
        "MultiOrgPermissionGrant" => {
            rt::conformance::reply(
                    api.multi_org_permission_grant(&inputs.request(true)?),
                )
                .await
        }
        "OrgAccountMobileVisibleInOtherOrg" => {
            rt::conformance::reply(
                    api.org_account_mobile_visible_in_other_org(&inputs.request(true)?),
                )
                .await
        }
        "OrgAccountMobileVisiblePermisson" => {
            rt::conformance::reply(
                    api.org_account_mobile_visible_permisson(&inputs.request(false)?),
                )
                .await
        }
        "OrgInfo" => rt::conformance::reply(api.org_info(&inputs.request(false)?)).await,
        "PushVerifyEvent" => {
            rt::conformance::reply(api.push_verify_event(&inputs.request(true)?)).await
        }
        "QueryCardVisitorStatisticData" => {
            rt::conformance::reply(
                    api.query_card_visitor_statistic_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryCorpStatisticData" => {
            rt::conformance::reply(api.query_corp_statistic_data(&inputs.request(true)?))
                .await
        }
        "QueryCorpUserStatistic" => {
            rt::conformance::reply(api.query_corp_user_statistic(&inputs.request(true)?))
                .await
        }
        "QueryResourceManagementMembers" => {
            rt::conformance::reply(
                    api.query_resource_management_members(inputs.path(0usize)?),
                )
                .await
        }
        "QueryStatus" => {
            rt::conformance::reply(api.query_status(&inputs.request(false)?)).await
        }
        "QueryUserManagementResources" => {
            rt::conformance::reply(
                    api.query_user_management_resources(inputs.path(0usize)?),
                )
                .await
        }
        "QueryVerifyResult" => {
            rt::conformance::reply(api.query_verify_result(&inputs.request(false)?))
                .await
        }
        "RecallTeamInvite" => {
            rt::conformance::reply(api.recall_team_invite(&inputs.request(false)?)).await
        }
        "SearchDepartment" => {
            rt::conformance::reply(api.search_department(&inputs.request(true)?)).await
        }
        "SearchUser" => {
            rt::conformance::reply(api.search_user(&inputs.request(true)?)).await
        }
        "SeparateBranchOrg" => {
            rt::conformance::reply(api.separate_branch_org(&inputs.request(true)?)).await
        }
        "SetDisable" => {
            rt::conformance::reply(api.set_disable(&inputs.request(true)?)).await
        }
        "SetEnable" => {
            rt::conformance::reply(api.set_enable(&inputs.request(true)?)).await
        }
        "SignOut" => rt::conformance::reply(api.sign_out(&inputs.request(true)?)).await,
        "SortUser" => rt::conformance::reply(api.sort_user(&inputs.request(true)?)).await,
        "SubmitHandoverResource" => {
            rt::conformance::reply(api.submit_handover_resource(&inputs.request(true)?))
                .await
        }
        "TalentAddCustomTag" => {
            rt::conformance::reply(api.talent_add_custom_tag(&inputs.request(true)?))
                .await
        }
        "TalentAddObjectiveTag" => {
            rt::conformance::reply(api.talent_add_objective_tag(&inputs.request(true)?))
                .await
        }
        "TalentAddPersonalityTag" => {
            rt::conformance::reply(
                    api.talent_add_personality_tag(&inputs.request(true)?),
                )
                .await
        }
        "TalentDeleteCustomTag" => {
            rt::conformance::reply(api.talent_delete_custom_tag(&inputs.request(true)?))
                .await
        }
        "TalentDeleteObjectiveTag" => {
            rt::conformance::reply(
                    api.talent_delete_objective_tag(&inputs.request(true)?),
                )
                .await
        }
        "TalentDeletePersonalityTag" => {
            rt::conformance::reply(
                    api.talent_delete_personality_tag(&inputs.request(true)?),
                )
                .await
        }
        "TalentLikeTag" => {
            rt::conformance::reply(api.talent_like_tag(&inputs.request(true)?)).await
        }
        "TalentQueryCustomTag" => {
            rt::conformance::reply(api.talent_query_custom_tag(&inputs.request(false)?))
                .await
        }
        "TalentQueryObjectiveTag" => {
            rt::conformance::reply(
                    api.talent_query_objective_tag(&inputs.request(false)?),
                )
                .await
        }
        "TalentQueryPersonalityTag" => {
            rt::conformance::reply(api.talent_query_personality_tag()).await
        }
        "TalentQueryTagLikeDetailList" => {
            rt::conformance::reply(
                    api.talent_query_tag_like_detail_list(&inputs.request(false)?),
                )
                .await
        }
        "TalentQueryTagLikeList" => {
            rt::conformance::reply(
                    api.talent_query_tag_like_list(&inputs.request(false)?),
                )
                .await
        }
        "TransformToExclusiveAccount" => {
            rt::conformance::reply(
                    api.transform_to_exclusive_account(&inputs.request(true)?),
                )
                .await
        }
        "TransformToNormalAccount" => {
            rt::conformance::reply(
                    api.transform_to_normal_account(&inputs.request(true)?),
                )
                .await
        }
        "TranslateFile" => {
            rt::conformance::reply(api.translate_file(&inputs.request(true)?)).await
        }
        "UniqueQueryUserCard" => {
            rt::conformance::reply(api.unique_query_user_card(&inputs.request(false)?))
                .await
        }
        "UpdateBranchAttributesInCooperate" => {
            rt::conformance::reply(
                    api.update_branch_attributes_in_cooperate(&inputs.request(false)?),
                )
                .await
        }
        "UpdateBranchVisibleSettingInCooperate" => {
            rt::conformance::reply(
                    api
                        .update_branch_visible_setting_in_cooperate(
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "UpdateContactHideBySceneSetting" => {
            rt::conformance::reply(
                    api
                        .update_contact_hide_by_scene_setting(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateContactHideSetting" => {
            rt::conformance::reply(
                    api.update_contact_hide_setting(&inputs.request(true)?),
                )
                .await
        }
        "UpdateContactRestrictSetting" => {
            rt::conformance::reply(
                    api.update_contact_restrict_setting(&inputs.request(true)?),
                )
                .await
        }
        "UpdateDeptSettngTailFirst" => {
            rt::conformance::reply(
                    api.update_dept_settng_tail_first(&inputs.request(true)?),
                )
                .await
        }
        "UpdateEmpAttrbuteVisibilitySetting" => {
            rt::conformance::reply(
                    api.update_emp_attrbute_visibility_setting(&inputs.request(true)?),
                )
                .await
        }
        "UpdateEmpAttributeHideBySceneSetting" => {
            rt::conformance::reply(
                    api
                        .update_emp_attribute_hide_by_scene_setting(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateManagementGroup" => {
            rt::conformance::reply(
                    api
                        .update_management_group(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateSeniorSetting" => {
            rt::conformance::reply(api.update_senior_setting(&inputs.request(true)?))
                .await
        }
        "UpdateTitleAuditStatus" => {
            rt::conformance::reply(api.update_title_audit_status(&inputs.request(true)?))
                .await
        }
        "UpdateUserOwnness" => {
            rt::conformance::reply(
                    api.update_user_ownness(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "UserGroupAddStaticGroupMembers" => {
            rt::conformance::reply(
                    api.user_group_add_static_group_members(&inputs.request(true)?),
                )
                .await
        }
        "UserGroupRemoveStaticGroupMembers" => {
            rt::conformance::reply(
                    api.user_group_remove_static_group_members(&inputs.request(true)?),
                )
                .await
        }
        "UserProfile" => {
            rt::conformance::reply(api.user_profile(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
