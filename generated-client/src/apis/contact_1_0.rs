// @generated from api-spec/contact_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 通讯录 (Contacts)：用户、部门、角色与通讯录设置。
//!
//! 112 operations, methods of [`Api`] (`client.contact_1_0()`), behind the cargo feature `contact_1_0`; its paths start with `/v1.0/contact/`.
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
    /// `POST /v1.0/contact/accountMappings`: DingTalk's `AddAccountMapping` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddAccountMapping")]
    #[doc(alias = "/v1.0/contact/accountMappings")]
    #[doc(alias = "POST /v1.0/contact/accountMappings")]
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
    /// `POST /v1.0/contact/organizations/hides/settings`: DingTalk's `AddContactHideBySceneSetting` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddContactHideBySceneSetting")]
    #[doc(alias = "/v1.0/contact/organizations/hides/settings")]
    #[doc(alias = "POST /v1.0/contact/organizations/hides/settings")]
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
    /// `POST /v1.0/contact/empAttributes/hides/settings`: DingTalk's `AddEmpAttributeHideBySceneSetting` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddEmpAttributeHideBySceneSetting")]
    #[doc(alias = "/v1.0/contact/empAttributes/hides/settings")]
    #[doc(alias = "POST /v1.0/contact/empAttributes/hides/settings")]
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
    /// `POST /v1.0/contact/orgAccounts/owness`: DingTalk's `AddOrgAccountOwnness` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddOrgAccountOwnness")]
    #[doc(alias = "/v1.0/contact/orgAccounts/owness")]
    #[doc(alias = "POST /v1.0/contact/orgAccounts/owness")]
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
    /// `POST /v1.0/contact/organizations/authorities/audit`: DingTalk's `AnnualCertificationAudit` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AnnualCertificationAudit")]
    #[doc(alias = "/v1.0/contact/organizations/authorities/audit")]
    #[doc(alias = "POST /v1.0/contact/organizations/authorities/audit")]
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
    /// `POST /v1.0/contact/cooperateCorps/unionApplications/approve`: DingTalk's `BatchApproveUnionApply` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchApproveUnionApply")]
    #[doc(alias = "/v1.0/contact/cooperateCorps/unionApplications/approve")]
    #[doc(alias = "POST /v1.0/contact/cooperateCorps/unionApplications/approve")]
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
    /// `GET /v1.0/contact/users/batch/get`: DingTalk's `BatchGetUser` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchGetUser")]
    #[doc(alias = "/v1.0/contact/users/batch/get")]
    #[doc(alias = "GET /v1.0/contact/users/batch/get")]
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
    /// `PUT /v1.0/contact/externalTitles`: DingTalk's `BatchUpdateExternalTitle` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchUpdateExternalTitle")]
    #[doc(alias = "/v1.0/contact/externalTitles")]
    #[doc(alias = "PUT /v1.0/contact/externalTitles")]
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
    /// `POST /v1.0/contact/orgAccounts/dingTalkIds/change`: DingTalk's `ChangeDingTalkId` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChangeDingTalkId")]
    #[doc(alias = "/v1.0/contact/orgAccounts/dingTalkIds/change")]
    #[doc(alias = "POST /v1.0/contact/orgAccounts/dingTalkIds/change")]
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
    /// `POST /v1.0/contact/orgAccounts/mainAdministrators/change`: DingTalk's `ChangeMainAdmin` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChangeMainAdmin")]
    #[doc(alias = "/v1.0/contact/orgAccounts/mainAdministrators/change")]
    #[doc(alias = "POST /v1.0/contact/orgAccounts/mainAdministrators/change")]
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
    /// `POST /v1.0/contact/orgAccounts/mainOrgs/change`: DingTalk's `ChangeMainOrg` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChangeMainOrg")]
    #[doc(alias = "/v1.0/contact/orgAccounts/mainOrgs/change")]
    #[doc(alias = "POST /v1.0/contact/orgAccounts/mainOrgs/change")]
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
    /// `POST /v1.0/contact/course/finishCourse`: DingTalk's `CourseFinishCourse` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CourseFinishCourse")]
    #[doc(alias = "/v1.0/contact/course/finishCourse")]
    #[doc(alias = "POST /v1.0/contact/course/finishCourse")]
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
    /// `POST /v1.0/contact/cooperateCorps`: DingTalk's `CreateCooperateOrg` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateCooperateOrg")]
    #[doc(alias = "/v1.0/contact/cooperateCorps")]
    #[doc(alias = "POST /v1.0/contact/cooperateCorps")]
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
    /// `POST /v1.0/contact/managementGroups`: DingTalk's `CreateManagementGroup` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateManagementGroup")]
    #[doc(alias = "/v1.0/contact/managementGroups")]
    #[doc(alias = "POST /v1.0/contact/managementGroups")]
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
    /// `POST /v1.0/contact/secondaryAdministrators/managementGroups`: DingTalk's `CreateSecondaryManagementGroup` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateSecondaryManagementGroup")]
    #[doc(alias = "/v1.0/contact/secondaryAdministrators/managementGroups")]
    #[doc(alias = "POST /v1.0/contact/secondaryAdministrators/managementGroups")]
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
    /// `POST /v1.0/contact/userGroups/create`: DingTalk's `CreateUserGroup` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateUserGroup")]
    #[doc(alias = "/v1.0/contact/userGroups/create")]
    #[doc(alias = "POST /v1.0/contact/userGroups/create")]
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
    /// `DELETE /v1.0/contact/accountMappings`: DingTalk's `DelAccountMapping` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DelAccountMapping")]
    #[doc(alias = "/v1.0/contact/accountMappings")]
    #[doc(alias = "DELETE /v1.0/contact/accountMappings")]
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
    /// `DELETE /v1.0/contact/orgAccounts/ownness`: DingTalk's `DelOrgAccUserOwnness` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DelOrgAccUserOwnness")]
    #[doc(alias = "/v1.0/contact/orgAccounts/ownness")]
    #[doc(alias = "DELETE /v1.0/contact/orgAccounts/ownness")]
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
    /// `DELETE /v1.0/contact/organizations/hides/settings/{settingId}`: DingTalk's `DeleteContactHideBySceneSetting` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id`: `{settingId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteContactHideBySceneSetting")]
    #[doc(alias = "/v1.0/contact/organizations/hides/settings/{settingId}")]
    #[doc(alias = "DELETE /v1.0/contact/organizations/hides/settings/{settingId}")]
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
            "/v1.0/contact/organizations/hides/settings/{settingId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], &())
    }
    /// 删除通讯录隐藏设置
    ///
    /// `DELETE /v1.0/contact/contactHideSettings/{settingId}`: DingTalk's `DeleteContactHideSetting` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id`: `{settingId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteContactHideSetting")]
    #[doc(alias = "/v1.0/contact/contactHideSettings/{settingId}")]
    #[doc(alias = "DELETE /v1.0/contact/contactHideSettings/{settingId}")]
    pub fn delete_contact_hide_setting(
        &self,
        setting_id: &str,
    ) -> rt::Call<rt::serde_json::Value, DeleteContactHideSettingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteContactHideSetting",
            rt::Method::Delete,
            "/v1.0/contact/contactHideSettings/{settingId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], &())
    }
    /// 删除限制查看通讯录设置
    ///
    /// `DELETE /v1.0/contact/restrictions/settings/{settingId}`: DingTalk's `DeleteContactRestrictSetting` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id`: `{settingId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteContactRestrictSetting")]
    #[doc(alias = "/v1.0/contact/restrictions/settings/{settingId}")]
    #[doc(alias = "DELETE /v1.0/contact/restrictions/settings/{settingId}")]
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
            "/v1.0/contact/restrictions/settings/{settingId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], &())
    }
    /// 删除员工属性分场景隐藏设置
    ///
    /// `DELETE /v1.0/contact/empAttributes/hides/settings/{settingId}`: DingTalk's `DeleteEmpAttributeHideBySceneSetting` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id`: `{settingId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteEmpAttributeHideBySceneSetting")]
    #[doc(alias = "/v1.0/contact/empAttributes/hides/settings/{settingId}")]
    #[doc(alias = "DELETE /v1.0/contact/empAttributes/hides/settings/{settingId}")]
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
            "/v1.0/contact/empAttributes/hides/settings/{settingId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], &())
    }
    /// 删除员工字段可见性设置
    ///
    /// `DELETE /v1.0/contact/staffAttributes/visibilitySettings/{settingId}`: DingTalk's `DeleteEmpAttributeVisibility` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id`: `{settingId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteEmpAttributeVisibility")]
    #[doc(alias = "/v1.0/contact/staffAttributes/visibilitySettings/{settingId}")]
    #[doc(alias = "DELETE /v1.0/contact/staffAttributes/visibilitySettings/{settingId}")]
    pub fn delete_emp_attribute_visibility(
        &self,
        setting_id: &str,
    ) -> rt::Call<rt::serde_json::Value, DeleteEmpAttributeVisibilityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteEmpAttributeVisibility",
            rt::Method::Delete,
            "/v1.0/contact/staffAttributes/visibilitySettings/{settingId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], &())
    }
    /// 删除管理组
    ///
    /// `DELETE /v1.0/contact/managementGroups/{groupId}`: DingTalk's `DeleteManagementGroup` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `group_id`: `{groupId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteManagementGroup")]
    #[doc(alias = "/v1.0/contact/managementGroups/{groupId}")]
    #[doc(alias = "DELETE /v1.0/contact/managementGroups/{groupId}")]
    pub fn delete_management_group(
        &self,
        group_id: &str,
    ) -> rt::Call<rt::serde_json::Value, DeleteManagementGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteManagementGroup",
            rt::Method::Delete,
            "/v1.0/contact/managementGroups/{groupId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[group_id], &())
    }
    /// 删除静态用户组
    ///
    /// `POST /v1.0/contact/userGroups/delete`: DingTalk's `DeleteUserGroup` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteUserGroup")]
    #[doc(alias = "/v1.0/contact/userGroups/delete")]
    #[doc(alias = "POST /v1.0/contact/userGroups/delete")]
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
    /// `POST /v1.0/contact/departmentGroup/update`: DingTalk's `DeptGroupSettingUpdate` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeptGroupSettingUpdate")]
    #[doc(alias = "/v1.0/contact/departmentGroup/update")]
    #[doc(alias = "POST /v1.0/contact/departmentGroup/update")]
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
    /// `GET /v1.0/contact/accountMappings`: DingTalk's `GetAccountMapping` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAccountMapping")]
    #[doc(alias = "/v1.0/contact/accountMappings")]
    #[doc(alias = "GET /v1.0/contact/accountMappings")]
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
    /// `GET /v1.0/contact/invites/infos`: DingTalk's `GetApplyInviteInfo` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetApplyInviteInfo")]
    #[doc(alias = "/v1.0/contact/invites/infos")]
    #[doc(alias = "GET /v1.0/contact/invites/infos")]
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
    /// `POST /v1.0/contact/branchAuthDatas/search`: DingTalk's `GetBranchAuthData` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetBranchAuthData")]
    #[doc(alias = "/v1.0/contact/branchAuthDatas/search")]
    #[doc(alias = "POST /v1.0/contact/branchAuthDatas/search")]
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
    /// `GET /v1.0/contact/cards/holders/infos/{cardId}`: DingTalk's `GetCardInUserHolder` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `card_id`: `{cardId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCardInUserHolder")]
    #[doc(alias = "/v1.0/contact/cards/holders/infos/{cardId}")]
    #[doc(alias = "GET /v1.0/contact/cards/holders/infos/{cardId}")]
    pub fn get_card_in_user_holder(
        &self,
        card_id: &str,
    ) -> rt::Call<GetCardInUserHolderResponseBody, GetCardInUserHolderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCardInUserHolder",
            rt::Method::Get,
            "/v1.0/contact/cards/holders/infos/{cardId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[card_id], &())
    }
    /// 查询用户名片信息
    ///
    /// `GET /v1.0/contact/cards/infos/{cardId}`: DingTalk's `GetCardInfo` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `card_id`: `{cardId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCardInfo")]
    #[doc(alias = "/v1.0/contact/cards/infos/{cardId}")]
    #[doc(alias = "GET /v1.0/contact/cards/infos/{cardId}")]
    pub fn get_card_info(
        &self,
        card_id: &str,
    ) -> rt::Call<GetCardInfoResponseBody, GetCardInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCardInfo",
            rt::Method::Get,
            "/v1.0/contact/cards/infos/{cardId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[card_id], &())
    }
    /// 获取通讯录组织架构分场景隐藏设置
    ///
    /// `GET /v1.0/contact/organizations/hides/settings/{settingId}`: DingTalk's `GetContactHideBySceneSetting` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id`: `{settingId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetContactHideBySceneSetting")]
    #[doc(alias = "/v1.0/contact/organizations/hides/settings/{settingId}")]
    #[doc(alias = "GET /v1.0/contact/organizations/hides/settings/{settingId}")]
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
            "/v1.0/contact/organizations/hides/settings/{settingId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], &())
    }
    /// 获取邀请加入合作空间链接，分享链接之后企业可以申请加入
    ///
    /// `GET /v1.0/contact/cooperateCorps/{cooperateCorpId}/inviteInfos`: DingTalk's `GetCooperateOrgInviteInfo` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `cooperate_corp_id`: `{cooperateCorpId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCooperateOrgInviteInfo")]
    #[doc(alias = "/v1.0/contact/cooperateCorps/{cooperateCorpId}/inviteInfos")]
    #[doc(alias = "GET /v1.0/contact/cooperateCorps/{cooperateCorpId}/inviteInfos")]
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
            "/v1.0/contact/cooperateCorps/{cooperateCorpId}/inviteInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[cooperate_corp_id], &())
    }
    /// 查询企业模板列表
    ///
    /// `GET /v1.0/contact/cards/styles/lists`: DingTalk's `GetCorpCardStyleList` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCorpCardStyleList")]
    #[doc(alias = "/v1.0/contact/cards/styles/lists")]
    #[doc(alias = "GET /v1.0/contact/cards/styles/lists")]
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
    /// `GET /v1.0/contact/orgAccount/getDingIdByMigrationDingIds`: DingTalk's `GetDingIdByMigrationDingId` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDingIdByMigrationDingId")]
    #[doc(alias = "/v1.0/contact/orgAccount/getDingIdByMigrationDingIds")]
    #[doc(alias = "GET /v1.0/contact/orgAccount/getDingIdByMigrationDingIds")]
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
    /// `GET /v1.0/contact/empAttributes/hides/settings/{settingId}`: DingTalk's `GetEmpAttributeHideBySceneSetting` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id`: `{settingId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetEmpAttributeHideBySceneSetting")]
    #[doc(alias = "/v1.0/contact/empAttributes/hides/settings/{settingId}")]
    #[doc(alias = "GET /v1.0/contact/empAttributes/hides/settings/{settingId}")]
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
            "/v1.0/contact/empAttributes/hides/settings/{settingId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], &())
    }
    /// 获取企业最新的钉钉指数
    ///
    /// `GET /v1.0/contact/dingIndexs`: DingTalk's `GetLatestDingIndex` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetLatestDingIndex")]
    #[doc(alias = "/v1.0/contact/dingIndexs")]
    #[doc(alias = "GET /v1.0/contact/dingIndexs")]
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
    /// `GET /v1.0/contact/orgAccount/getMigrationDingIdByDingIds`: DingTalk's `GetMigrationDingIdByDingId` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMigrationDingIdByDingId")]
    #[doc(alias = "/v1.0/contact/orgAccount/getMigrationDingIdByDingIds")]
    #[doc(alias = "GET /v1.0/contact/orgAccount/getMigrationDingIdByDingIds")]
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
    /// `GET /v1.0/contact/orgAccount/getMigrationUnionIdByUnionIds`: DingTalk's `GetMigrationUnionIdByUnionId` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMigrationUnionIdByUnionId")]
    #[doc(alias = "/v1.0/contact/orgAccount/getMigrationUnionIdByUnionIds")]
    #[doc(alias = "GET /v1.0/contact/orgAccount/getMigrationUnionIdByUnionIds")]
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
    /// `GET /v1.0/contact/organizations/authInfos`: DingTalk's `GetOrgAuthInfo` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOrgAuthInfo")]
    #[doc(alias = "/v1.0/contact/organizations/authInfos")]
    #[doc(alias = "GET /v1.0/contact/organizations/authInfos")]
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
    /// `GET /v1.0/contact/files/translateResults`: DingTalk's `GetTranslateFileJobResult` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTranslateFileJobResult")]
    #[doc(alias = "/v1.0/contact/files/translateResults")]
    #[doc(alias = "GET /v1.0/contact/files/translateResults")]
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
    /// `GET /v1.0/contact/orgAccount/getUnionIdByMigrationUnionIds`: DingTalk's `GetUnionIdByMigrationUnionId` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUnionIdByMigrationUnionId")]
    #[doc(alias = "/v1.0/contact/orgAccount/getUnionIdByMigrationUnionIds")]
    #[doc(alias = "GET /v1.0/contact/orgAccount/getUnionIdByMigrationUnionIds")]
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
    /// `GET /v1.0/contact/users/{unionId}`: DingTalk's `GetUser` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `union_id`: `{unionId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUser")]
    #[doc(alias = "/v1.0/contact/users/{unionId}")]
    #[doc(alias = "GET /v1.0/contact/users/{unionId}")]
    pub fn get_user(
        &self,
        union_id: &str,
    ) -> rt::Call<GetUserResponseBody, GetUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUser",
            rt::Method::Get,
            "/v1.0/contact/users/{unionId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[union_id], &())
    }
    /// 根据钉钉号获取员工信息
    ///
    /// `GET /v1.0/contact/user/getByDingTalkId`: DingTalk's `GetUserByDingTalkId` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserByDingTalkId")]
    #[doc(alias = "/v1.0/contact/user/getByDingTalkId")]
    #[doc(alias = "GET /v1.0/contact/user/getByDingTalkId")]
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
    /// `GET /v1.0/contact/cards/holders/lists`: DingTalk's `GetUserCardHolderList` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_user_card_holder_list_pages`].
    #[doc(alias = "GetUserCardHolderList")]
    #[doc(alias = "/v1.0/contact/cards/holders/lists")]
    #[doc(alias = "GET /v1.0/contact/cards/holders/lists")]
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
    /// `GET /v1.0/contact/userGroups/getUserGroup`: DingTalk's `GetUserGroup` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserGroup")]
    #[doc(alias = "/v1.0/contact/userGroups/getUserGroup")]
    #[doc(alias = "GET /v1.0/contact/userGroups/getUserGroup")]
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
    /// `POST /v1.0/contact/verifyIdentities/verifyEvents/init`: DingTalk's `InitVerifyEvent` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InitVerifyEvent")]
    #[doc(alias = "/v1.0/contact/verifyIdentities/verifyEvents/init")]
    #[doc(alias = "POST /v1.0/contact/verifyIdentities/verifyEvents/init")]
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
    /// `POST /v1.0/contact/relationships/friends/judge`: DingTalk's `IsFriend` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IsFriend")]
    #[doc(alias = "/v1.0/contact/relationships/friends/judge")]
    #[doc(alias = "POST /v1.0/contact/relationships/friends/judge")]
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
    /// `POST /v1.0/contact/cards/events/push`: DingTalk's `IsvCardEventPush` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IsvCardEventPush")]
    #[doc(alias = "/v1.0/contact/cards/events/push")]
    #[doc(alias = "POST /v1.0/contact/cards/events/push")]
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
    /// `GET /v1.0/contact/rbac/administrativeGroups/baseInfos`: DingTalk's `ListBasicRoleInPage` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_basic_role_in_page_pages`].
    #[doc(alias = "ListBasicRoleInPage")]
    #[doc(alias = "/v1.0/contact/rbac/administrativeGroups/baseInfos")]
    #[doc(alias = "GET /v1.0/contact/rbac/administrativeGroups/baseInfos")]
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
    /// `GET /v1.0/contact/contactHideSettings`: DingTalk's `ListContactHideSettings` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_contact_hide_settings_pages`].
    #[doc(alias = "ListContactHideSettings")]
    #[doc(alias = "/v1.0/contact/contactHideSettings")]
    #[doc(alias = "GET /v1.0/contact/contactHideSettings")]
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
    /// `GET /v1.0/contact/restrictions/settings`: DingTalk's `ListContactRestrictSetting` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_contact_restrict_setting_pages`].
    #[doc(alias = "ListContactRestrictSetting")]
    #[doc(alias = "/v1.0/contact/restrictions/settings")]
    #[doc(alias = "GET /v1.0/contact/restrictions/settings")]
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
    /// `GET /v1.0/contact/staffAttributes/visibilitySettings`: DingTalk's `ListEmpAttributeVisibility` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_emp_attribute_visibility_pages`].
    #[doc(alias = "ListEmpAttributeVisibility")]
    #[doc(alias = "/v1.0/contact/staffAttributes/visibilitySettings")]
    #[doc(alias = "GET /v1.0/contact/staffAttributes/visibilitySettings")]
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
    /// `GET /v1.0/contact/empLeaveRecords`: DingTalk's `ListEmpLeaveRecords` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_emp_leave_records_pages`].
    #[doc(alias = "ListEmpLeaveRecords")]
    #[doc(alias = "/v1.0/contact/empLeaveRecords")]
    #[doc(alias = "GET /v1.0/contact/empLeaveRecords")]
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
    /// `GET /v1.0/contact/managementGroups`: DingTalk's `ListManagementGroups` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_management_groups_pages`].
    #[doc(alias = "ListManagementGroups")]
    #[doc(alias = "/v1.0/contact/managementGroups")]
    #[doc(alias = "GET /v1.0/contact/managementGroups")]
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
    /// `GET /v1.0/contact/orgAccounts/ownedOrganizations`: DingTalk's `ListOwnedOrgByStaffId` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListOwnedOrgByStaffId")]
    #[doc(alias = "/v1.0/contact/orgAccounts/ownedOrganizations")]
    #[doc(alias = "GET /v1.0/contact/orgAccounts/ownedOrganizations")]
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
    /// `GET /v1.0/contact/seniorSettings`: DingTalk's `ListSeniorSettings` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListSeniorSettings")]
    #[doc(alias = "/v1.0/contact/seniorSettings")]
    #[doc(alias = "GET /v1.0/contact/seniorSettings")]
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
    /// `GET /v1.0/contact/userGroups/listUserGroupMembers`: DingTalk's `ListUserGroupMembers` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_user_group_members_pages`].
    #[doc(alias = "ListUserGroupMembers")]
    #[doc(alias = "/v1.0/contact/userGroups/listUserGroupMembers")]
    #[doc(alias = "GET /v1.0/contact/userGroups/listUserGroupMembers")]
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
    /// `GET /v1.0/contact/userGroups/listUserGroups`: DingTalk's `ListUserGroups` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_user_groups_pages`].
    #[doc(alias = "ListUserGroups")]
    #[doc(alias = "/v1.0/contact/userGroups/listUserGroups")]
    #[doc(alias = "GET /v1.0/contact/userGroups/listUserGroups")]
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
    /// `PUT /v1.0/contact/orgAccounts/owness`: DingTalk's `ModifyOrgAccUserOwnness` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ModifyOrgAccUserOwnness")]
    #[doc(alias = "/v1.0/contact/orgAccounts/owness")]
    #[doc(alias = "PUT /v1.0/contact/orgAccounts/owness")]
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
    /// `POST /v1.0/contact/orgAccounts/multiOrgPermissions/auth`: DingTalk's `MultiOrgPermissionGrant` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MultiOrgPermissionGrant")]
    #[doc(alias = "/v1.0/contact/orgAccounts/multiOrgPermissions/auth")]
    #[doc(alias = "POST /v1.0/contact/orgAccounts/multiOrgPermissions/auth")]
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
    /// `PUT /v1.0/contact/orgAccounts/mobiles/visibleInOtherOrg`: DingTalk's `OrgAccountMobileVisibleInOtherOrg` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OrgAccountMobileVisibleInOtherOrg")]
    #[doc(alias = "/v1.0/contact/orgAccounts/mobiles/visibleInOtherOrg")]
    #[doc(alias = "PUT /v1.0/contact/orgAccounts/mobiles/visibleInOtherOrg")]
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
    /// `PUT /v1.0/contact/orgAccounts/mobiles/visiblePermissions`: DingTalk's `OrgAccountMobileVisiblePermisson` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OrgAccountMobileVisiblePermisson")]
    #[doc(alias = "/v1.0/contact/orgAccounts/mobiles/visiblePermissions")]
    #[doc(alias = "PUT /v1.0/contact/orgAccounts/mobiles/visiblePermissions")]
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
    /// `POST /v1.0/contact/org/info`: DingTalk's `OrgInfo` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OrgInfo")]
    #[doc(alias = "/v1.0/contact/org/info")]
    #[doc(alias = "POST /v1.0/contact/org/info")]
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
    /// `POST /v1.0/contact/verifyIdentities/verifyEvents/push`: DingTalk's `PushVerifyEvent` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PushVerifyEvent")]
    #[doc(alias = "/v1.0/contact/verifyIdentities/verifyEvents/push")]
    #[doc(alias = "POST /v1.0/contact/verifyIdentities/verifyEvents/push")]
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
    /// `GET /v1.0/contact/cards/visitors/statistics`: DingTalk's `QueryCardVisitorStatisticData` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCardVisitorStatisticData")]
    #[doc(alias = "/v1.0/contact/cards/visitors/statistics")]
    #[doc(alias = "GET /v1.0/contact/cards/visitors/statistics")]
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
    /// `POST /v1.0/contact/cards/templates/statistics/query`: DingTalk's `QueryCorpStatisticData` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCorpStatisticData")]
    #[doc(alias = "/v1.0/contact/cards/templates/statistics/query")]
    #[doc(alias = "POST /v1.0/contact/cards/templates/statistics/query")]
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
    /// `POST /v1.0/contact/cards/users/statistics/query`: DingTalk's `QueryCorpUserStatistic` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_corp_user_statistic_pages`].
    #[doc(alias = "QueryCorpUserStatistic")]
    #[doc(alias = "/v1.0/contact/cards/users/statistics/query")]
    #[doc(alias = "POST /v1.0/contact/cards/users/statistics/query")]
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
    /// `GET /v1.0/contact/resources/{resourceId}/managementMembers`: DingTalk's `QueryResourceManagementMembers` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `resource_id`: `{resourceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryResourceManagementMembers")]
    #[doc(alias = "/v1.0/contact/resources/{resourceId}/managementMembers")]
    #[doc(alias = "GET /v1.0/contact/resources/{resourceId}/managementMembers")]
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
            "/v1.0/contact/resources/{resourceId}/managementMembers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[resource_id], &())
    }
    /// 查询专属帐号状态
    ///
    /// `GET /v1.0/contact/orgAccounts/status`: DingTalk's `QueryStatus` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryStatus")]
    #[doc(alias = "/v1.0/contact/orgAccounts/status")]
    #[doc(alias = "GET /v1.0/contact/orgAccounts/status")]
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
    /// `GET /v1.0/contact/users/{userId}/managemementResources`: DingTalk's `QueryUserManagementResources` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserManagementResources")]
    #[doc(alias = "/v1.0/contact/users/{userId}/managemementResources")]
    #[doc(alias = "GET /v1.0/contact/users/{userId}/managemementResources")]
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
            "/v1.0/contact/users/{userId}/managemementResources",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 读取员工核身结果
    ///
    /// `GET /v1.0/contact/verifyIdentities/verifyResults`: DingTalk's `QueryVerifyResult` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryVerifyResult")]
    #[doc(alias = "/v1.0/contact/verifyIdentities/verifyResults")]
    #[doc(alias = "GET /v1.0/contact/verifyIdentities/verifyResults")]
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
    /// `POST /v1.0/contact/invites/recall`: DingTalk's `RecallTeamInvite` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RecallTeamInvite")]
    #[doc(alias = "/v1.0/contact/invites/recall")]
    #[doc(alias = "POST /v1.0/contact/invites/recall")]
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
    /// `POST /v1.0/contact/departments/search`: DingTalk's `SearchDepartment` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_department_pages`].
    #[doc(alias = "SearchDepartment")]
    #[doc(alias = "/v1.0/contact/departments/search")]
    #[doc(alias = "POST /v1.0/contact/departments/search")]
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
    /// `POST /v1.0/contact/users/search`: DingTalk's `SearchUser` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_user_pages`].
    #[doc(alias = "SearchUser")]
    #[doc(alias = "/v1.0/contact/users/search")]
    #[doc(alias = "POST /v1.0/contact/users/search")]
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
    /// `POST /v1.0/contact/cooperateCorps/separate`: DingTalk's `SeparateBranchOrg` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SeparateBranchOrg")]
    #[doc(alias = "/v1.0/contact/cooperateCorps/separate")]
    #[doc(alias = "POST /v1.0/contact/cooperateCorps/separate")]
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
    /// `POST /v1.0/contact/orgAccounts/disable`: DingTalk's `SetDisable` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetDisable")]
    #[doc(alias = "/v1.0/contact/orgAccounts/disable")]
    #[doc(alias = "POST /v1.0/contact/orgAccounts/disable")]
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
    /// `POST /v1.0/contact/orgAccounts/enable`: DingTalk's `SetEnable` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetEnable")]
    #[doc(alias = "/v1.0/contact/orgAccounts/enable")]
    #[doc(alias = "POST /v1.0/contact/orgAccounts/enable")]
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
    /// `POST /v1.0/contact/orgAccounts/signOut`: DingTalk's `SignOut` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SignOut")]
    #[doc(alias = "/v1.0/contact/orgAccounts/signOut")]
    #[doc(alias = "POST /v1.0/contact/orgAccounts/signOut")]
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
    /// `POST /v1.0/contact/users/sort`: DingTalk's `SortUser` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SortUser")]
    #[doc(alias = "/v1.0/contact/users/sort")]
    #[doc(alias = "POST /v1.0/contact/users/sort")]
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
    /// `POST /v1.0/contact/assets/submitHandoverResource`: DingTalk's `SubmitHandoverResource` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubmitHandoverResource")]
    #[doc(alias = "/v1.0/contact/assets/submitHandoverResource")]
    #[doc(alias = "POST /v1.0/contact/assets/submitHandoverResource")]
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
    /// `POST /v1.0/contact/talentTags/addCustomTag`: DingTalk's `TalentAddCustomTag` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentAddCustomTag")]
    #[doc(alias = "/v1.0/contact/talentTags/addCustomTag")]
    #[doc(alias = "POST /v1.0/contact/talentTags/addCustomTag")]
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
    /// `POST /v1.0/contact/talentTags/addObjectiveTag`: DingTalk's `TalentAddObjectiveTag` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentAddObjectiveTag")]
    #[doc(alias = "/v1.0/contact/talentTags/addObjectiveTag")]
    #[doc(alias = "POST /v1.0/contact/talentTags/addObjectiveTag")]
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
    /// `POST /v1.0/contact/talentTags/addPersonalityTag`: DingTalk's `TalentAddPersonalityTag` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentAddPersonalityTag")]
    #[doc(alias = "/v1.0/contact/talentTags/addPersonalityTag")]
    #[doc(alias = "POST /v1.0/contact/talentTags/addPersonalityTag")]
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
    /// `POST /v1.0/contact/talentTags/deleteCustomTagWithClearLike`: DingTalk's `TalentDeleteCustomTag` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentDeleteCustomTag")]
    #[doc(alias = "/v1.0/contact/talentTags/deleteCustomTagWithClearLike")]
    #[doc(alias = "POST /v1.0/contact/talentTags/deleteCustomTagWithClearLike")]
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
    /// `POST /v1.0/contact/talentTags/deleteObjectiveTag`: DingTalk's `TalentDeleteObjectiveTag` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentDeleteObjectiveTag")]
    #[doc(alias = "/v1.0/contact/talentTags/deleteObjectiveTag")]
    #[doc(alias = "POST /v1.0/contact/talentTags/deleteObjectiveTag")]
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
    /// `POST /v1.0/contact/talentTags/deletePersonalityTag`: DingTalk's `TalentDeletePersonalityTag` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentDeletePersonalityTag")]
    #[doc(alias = "/v1.0/contact/talentTags/deletePersonalityTag")]
    #[doc(alias = "POST /v1.0/contact/talentTags/deletePersonalityTag")]
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
    /// `POST /v1.0/contact/talentTags/likeTag`: DingTalk's `TalentLikeTag` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentLikeTag")]
    #[doc(alias = "/v1.0/contact/talentTags/likeTag")]
    #[doc(alias = "POST /v1.0/contact/talentTags/likeTag")]
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
    /// `GET /v1.0/contact/talentTags/queryCustomTag`: DingTalk's `TalentQueryCustomTag` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentQueryCustomTag")]
    #[doc(alias = "/v1.0/contact/talentTags/queryCustomTag")]
    #[doc(alias = "GET /v1.0/contact/talentTags/queryCustomTag")]
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
    /// `GET /v1.0/contact/talentTags/queryObjectiveTag`: DingTalk's `TalentQueryObjectiveTag` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentQueryObjectiveTag")]
    #[doc(alias = "/v1.0/contact/talentTags/queryObjectiveTag")]
    #[doc(alias = "GET /v1.0/contact/talentTags/queryObjectiveTag")]
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
    /// `GET /v1.0/contact/talentTags/queryPersonalityTag`: DingTalk's `TalentQueryPersonalityTag` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentQueryPersonalityTag")]
    #[doc(alias = "/v1.0/contact/talentTags/queryPersonalityTag")]
    #[doc(alias = "GET /v1.0/contact/talentTags/queryPersonalityTag")]
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
    /// `GET /v1.0/contact/talentTags/queryTagLikeDetailList`: DingTalk's `TalentQueryTagLikeDetailList` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::talent_query_tag_like_detail_list_pages`].
    #[doc(alias = "TalentQueryTagLikeDetailList")]
    #[doc(alias = "/v1.0/contact/talentTags/queryTagLikeDetailList")]
    #[doc(alias = "GET /v1.0/contact/talentTags/queryTagLikeDetailList")]
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
    /// `GET /v1.0/contact/talentTags/queryTagLikeList`: DingTalk's `TalentQueryTagLikeList` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentQueryTagLikeList")]
    #[doc(alias = "/v1.0/contact/talentTags/queryTagLikeList")]
    #[doc(alias = "GET /v1.0/contact/talentTags/queryTagLikeList")]
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
    /// `POST /v1.0/contact/orgAccount/transformToExclusiveAccounts`: DingTalk's `TransformToExclusiveAccount` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TransformToExclusiveAccount")]
    #[doc(alias = "/v1.0/contact/orgAccount/transformToExclusiveAccounts")]
    #[doc(alias = "POST /v1.0/contact/orgAccount/transformToExclusiveAccounts")]
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
    /// `POST /v1.0/contact/orgAccounts/transformToNormalAccount`: DingTalk's `TransformToNormalAccount` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TransformToNormalAccount")]
    #[doc(alias = "/v1.0/contact/orgAccounts/transformToNormalAccount")]
    #[doc(alias = "POST /v1.0/contact/orgAccounts/transformToNormalAccount")]
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
    /// `POST /v1.0/contact/files/translate`: DingTalk's `TranslateFile` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TranslateFile")]
    #[doc(alias = "/v1.0/contact/files/translate")]
    #[doc(alias = "POST /v1.0/contact/files/translate")]
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
    /// `GET /v1.0/contact/uniques/cards`: DingTalk's `UniqueQueryUserCard` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UniqueQueryUserCard")]
    #[doc(alias = "/v1.0/contact/uniques/cards")]
    #[doc(alias = "GET /v1.0/contact/uniques/cards")]
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
    /// `PUT /v1.0/contact/cooperateCorps/branchAttributes`: DingTalk's `UpdateBranchAttributesInCooperate` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateBranchAttributesInCooperate")]
    #[doc(alias = "/v1.0/contact/cooperateCorps/branchAttributes")]
    #[doc(alias = "PUT /v1.0/contact/cooperateCorps/branchAttributes")]
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
    /// `PUT /v1.0/contact/cooperateCorps/branchVisibleSettings`: DingTalk's `UpdateBranchVisibleSettingInCooperate` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateBranchVisibleSettingInCooperate")]
    #[doc(alias = "/v1.0/contact/cooperateCorps/branchVisibleSettings")]
    #[doc(alias = "PUT /v1.0/contact/cooperateCorps/branchVisibleSettings")]
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
    /// `PUT /v1.0/contact/organizations/hides/settings/{settingId}`: DingTalk's `UpdateContactHideBySceneSetting` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id`: `{settingId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateContactHideBySceneSetting")]
    #[doc(alias = "/v1.0/contact/organizations/hides/settings/{settingId}")]
    #[doc(alias = "PUT /v1.0/contact/organizations/hides/settings/{settingId}")]
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
            "/v1.0/contact/organizations/hides/settings/{settingId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], request)
    }
    /// 更新通讯录隐藏设置
    ///
    /// `PUT /v1.0/contact/contactHideSettings`: DingTalk's `UpdateContactHideSetting` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateContactHideSetting")]
    #[doc(alias = "/v1.0/contact/contactHideSettings")]
    #[doc(alias = "PUT /v1.0/contact/contactHideSettings")]
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
    /// `PUT /v1.0/contact/restrictions/settings`: DingTalk's `UpdateContactRestrictSetting` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateContactRestrictSetting")]
    #[doc(alias = "/v1.0/contact/restrictions/settings")]
    #[doc(alias = "PUT /v1.0/contact/restrictions/settings")]
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
    /// `POST /v1.0/contact/depts/settings/priorities`: DingTalk's `UpdateDeptSettngTailFirst` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateDeptSettngTailFirst")]
    #[doc(alias = "/v1.0/contact/depts/settings/priorities")]
    #[doc(alias = "POST /v1.0/contact/depts/settings/priorities")]
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
    /// `POST /v1.0/contact/staffAttributes/visibilitySettings`: DingTalk's `UpdateEmpAttrbuteVisibilitySetting` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateEmpAttrbuteVisibilitySetting")]
    #[doc(alias = "/v1.0/contact/staffAttributes/visibilitySettings")]
    #[doc(alias = "POST /v1.0/contact/staffAttributes/visibilitySettings")]
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
    /// `PUT /v1.0/contact/empAttributes/hides/settings/{settingId}`: DingTalk's `UpdateEmpAttributeHideBySceneSetting` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `setting_id`: `{settingId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateEmpAttributeHideBySceneSetting")]
    #[doc(alias = "/v1.0/contact/empAttributes/hides/settings/{settingId}")]
    #[doc(alias = "PUT /v1.0/contact/empAttributes/hides/settings/{settingId}")]
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
            "/v1.0/contact/empAttributes/hides/settings/{settingId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[setting_id], request)
    }
    /// 更新管理组
    ///
    /// `PUT /v1.0/contact/managementGroups/{groupId}`: DingTalk's `UpdateManagementGroup` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `group_id`: `{groupId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateManagementGroup")]
    #[doc(alias = "/v1.0/contact/managementGroups/{groupId}")]
    #[doc(alias = "PUT /v1.0/contact/managementGroups/{groupId}")]
    pub fn update_management_group(
        &self,
        group_id: &str,
        request: &UpdateManagementGroupRequest,
    ) -> rt::Call<rt::serde_json::Value, UpdateManagementGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateManagementGroup",
            rt::Method::Put,
            "/v1.0/contact/managementGroups/{groupId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[group_id], request)
    }
    /// 设置高管模式
    ///
    /// `POST /v1.0/contact/seniorSettings`: DingTalk's `UpdateSeniorSetting` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateSeniorSetting")]
    #[doc(alias = "/v1.0/contact/seniorSettings")]
    #[doc(alias = "POST /v1.0/contact/seniorSettings")]
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
    /// `PUT /v1.0/contact/userTitles/auditStatuses`: DingTalk's `UpdateTitleAuditStatus` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTitleAuditStatus")]
    #[doc(alias = "/v1.0/contact/userTitles/auditStatuses")]
    #[doc(alias = "PUT /v1.0/contact/userTitles/auditStatuses")]
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
    /// `PUT /v1.0/contact/user/{userId}/ownness`: DingTalk's `UpdateUserOwnness` (module feature `contact_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateUserOwnness")]
    #[doc(alias = "/v1.0/contact/user/{userId}/ownness")]
    #[doc(alias = "PUT /v1.0/contact/user/{userId}/ownness")]
    pub fn update_user_ownness(
        &self,
        user_id: &str,
        request: &UpdateUserOwnnessRequest,
    ) -> rt::Call<UpdateUserOwnnessResponseBody, UpdateUserOwnnessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateUserOwnness",
            rt::Method::Put,
            "/v1.0/contact/user/{userId}/ownness",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 批量添加静态用户组成员
    ///
    /// `POST /v1.0/contact/userGroups/addStaticGroupMembers`: DingTalk's `UserGroupAddStaticGroupMembers` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UserGroupAddStaticGroupMembers")]
    #[doc(alias = "/v1.0/contact/userGroups/addStaticGroupMembers")]
    #[doc(alias = "POST /v1.0/contact/userGroups/addStaticGroupMembers")]
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
    /// `POST /v1.0/contact/userGroups/removeStaticGroupMembers`: DingTalk's `UserGroupRemoveStaticGroupMembers` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UserGroupRemoveStaticGroupMembers")]
    #[doc(alias = "/v1.0/contact/userGroups/removeStaticGroupMembers")]
    #[doc(alias = "POST /v1.0/contact/userGroups/removeStaticGroupMembers")]
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
    /// `POST /v1.0/contact/user/profile`: DingTalk's `UserProfile` (module feature `contact_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UserProfile")]
    #[doc(alias = "/v1.0/contact/user/profile")]
    #[doc(alias = "POST /v1.0/contact/user/profile")]
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
    /// Every page of [`Api::list_user_group_members`]: the call again with the offset `offset` advanced by the items of the page (from the request's, else 0), until a page is empty or `result.hasMore` is `false`. Items: `result.members` of each page.
    pub fn list_user_group_members_pages(
        &self,
        request: &ListUserGroupMembersRequest,
    ) -> rt::Paginator<
        ListUserGroupMembersResponseBody,
        ListUserGroupMembersError,
        ListUserGroupMembersResponseBodyResultMembers,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Offset,
            "offset",
            true,
            "size",
            true,
            &["result", "members"],
            &["result", "hasMore"],
            &[],
        );
        rt::Paginator::new(self.list_user_group_members(request), &PAGING)
    }
    /// Every page of [`Api::list_user_groups`]: the call again with the offset `offset` advanced by the items of the page (from the request's, else 0), until a page is empty or `result.hasMore` is `false`. Items: `result.groups` of each page.
    pub fn list_user_groups_pages(
        &self,
        request: &ListUserGroupsRequest,
    ) -> rt::Paginator<
        ListUserGroupsResponseBody,
        ListUserGroupsError,
        ListUserGroupsResponseBodyResultGroups,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Offset,
            "offset",
            true,
            "size",
            true,
            &["result", "groups"],
            &["result", "hasMore"],
            &[],
        );
        rt::Paginator::new(self.list_user_groups(request), &PAGING)
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
    /// Every page of [`Api::search_department`]: the call again with the offset `offset` advanced by the items of the page (from the request's, else 0), until a page is empty or `hasMore` is `false` or `totalCount` items are read. Items: `list` of each page.
    pub fn search_department_pages(
        &self,
        request: &SearchDepartmentRequest,
    ) -> rt::Paginator<SearchDepartmentResponseBody, SearchDepartmentError, i64> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Offset,
            "offset",
            false,
            "size",
            false,
            &["list"],
            &["hasMore"],
            &["totalCount"],
        );
        rt::Paginator::new(self.search_department(request), &PAGING)
    }
    /// Every page of [`Api::search_user`]: the call again with the offset `offset` advanced by the items of the page (from the request's, else 0), until a page is empty or `hasMore` is `false` or `totalCount` items are read. Items: `list` of each page.
    pub fn search_user_pages(
        &self,
        request: &SearchUserRequest,
    ) -> rt::Paginator<SearchUserResponseBody, SearchUserError, String> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Offset,
            "offset",
            false,
            "size",
            false,
            &["list"],
            &["hasMore"],
            &["totalCount"],
        );
        rt::Paginator::new(self.search_user(request), &PAGING)
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
/// `AddAccountMappingResponseBody`, a model several operations share: also named [`CourseFinishCourseResponseBody`], [`DelOrgAccUserOwnnessResponseBody`], [`SeparateBranchOrgResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddAccountMappingResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    AddAccountMappingResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddAccountMappingResponseBody { "result" => optional(result) }
}
/// `AddContactHideBySceneSettingRequestNodeListSceneConfig`, a model several operations share: also named [`AddContactHideBySceneSettingRequestSearchSceneConfig`], [`UpdateContactHideBySceneSettingRequestNodeListSceneConfig`], [`UpdateContactHideBySceneSettingRequestSearchSceneConfig`].
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
rt::impl_serialize! {
    AddContactHideBySceneSettingRequestNodeListSceneConfig { "active" =>
    optional(active), "deptObjectIncludeEmp" => optional(dept_object_include_emp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddContactHideBySceneSettingRequestNodeListSceneConfig { "active" =>
    read_field(active), "deptObjectIncludeEmp" => read_field(dept_object_include_emp) }
}
/// `AddContactHideBySceneSettingRequestProfileSceneConfig`, a model several operations share: also named [`AddEmpAttributeHideBySceneSettingRequestChatSubtitleConfig`], [`AddEmpAttributeHideBySceneSettingRequestProfileSceneConfig`], [`AddEmpAttributeHideBySceneSettingRequestSearchSceneConfig`], [`UpdateContactHideBySceneSettingRequestProfileSceneConfig`], [`UpdateEmpAttributeHideBySceneSettingRequestChatSubtitleConfig`], [`UpdateEmpAttributeHideBySceneSettingRequestProfileSceneConfig`], [`UpdateEmpAttributeHideBySceneSettingRequestSearchSceneConfig`].
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
rt::impl_serialize! {
    AddContactHideBySceneSettingRequestProfileSceneConfig { "active" => optional(active)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddContactHideBySceneSettingRequestProfileSceneConfig { "active" =>
    read_field(active) }
}
/// `AddContactHideBySceneSettingRequestSearchSceneConfig`: the same model as [`AddContactHideBySceneSettingRequestNodeListSceneConfig`].
pub type AddContactHideBySceneSettingRequestSearchSceneConfig = AddContactHideBySceneSettingRequestNodeListSceneConfig;
/// `AddContactHideBySceneSettingResponseBody`, a model several operations share: also named [`AddEmpAttributeHideBySceneSettingResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddContactHideBySceneSettingResponseBody {
    /// `settingId`.
    pub setting_id: Option<i64>,
}
rt::impl_deserialize! {
    AddContactHideBySceneSettingResponseBody { "settingId" => read_field(setting_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddContactHideBySceneSettingResponseBody { "settingId" => optional(setting_id) }
}
/// `AddEmpAttributeHideBySceneSettingRequestChatSubtitleConfig`: the same model as [`AddContactHideBySceneSettingRequestProfileSceneConfig`].
pub type AddEmpAttributeHideBySceneSettingRequestChatSubtitleConfig = AddContactHideBySceneSettingRequestProfileSceneConfig;
/// `AddEmpAttributeHideBySceneSettingRequestProfileSceneConfig`: the same model as [`AddContactHideBySceneSettingRequestProfileSceneConfig`].
pub type AddEmpAttributeHideBySceneSettingRequestProfileSceneConfig = AddContactHideBySceneSettingRequestProfileSceneConfig;
/// `AddEmpAttributeHideBySceneSettingRequestSearchSceneConfig`: the same model as [`AddContactHideBySceneSettingRequestProfileSceneConfig`].
pub type AddEmpAttributeHideBySceneSettingRequestSearchSceneConfig = AddContactHideBySceneSettingRequestProfileSceneConfig;
/// `AddEmpAttributeHideBySceneSettingResponseBody`: the same model as [`AddContactHideBySceneSettingResponseBody`].
pub type AddEmpAttributeHideBySceneSettingResponseBody = AddContactHideBySceneSettingResponseBody;
/// `AddOrgAccountOwnnessResponseBody`, a model several operations share: also named [`UpdateContactHideSettingResponseBody`], [`UpdateContactRestrictSettingResponseBody`], [`UpdateEmpAttrbuteVisibilitySettingResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddOrgAccountOwnnessResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
rt::impl_deserialize! {
    AddOrgAccountOwnnessResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddOrgAccountOwnnessResponseBody { "result" => optional(result) }
}
/// `AnnualCertificationAuditResponseBody`, a model several operations share: also named [`BatchApproveUnionApplyResponseBody`], [`ChangeDingTalkIdResponseBody`], [`DelAccountMappingResponseBody`], [`DeleteContactRestrictSettingResponseBody`], [`DeptGroupSettingUpdateResponseBody`], [`ModifyOrgAccUserOwnnessResponseBody`], [`OrgAccountMobileVisibleInOtherOrgResponseBody`], [`OrgAccountMobileVisiblePermissonResponseBody`], [`SetDisableResponseBody`], [`SetEnableResponseBody`], [`SignOutResponseBody`], [`UpdateTitleAuditStatusResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnnualCertificationAuditResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    AnnualCertificationAuditResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnnualCertificationAuditResponseBody { "result" => optional(result) }
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
rt::impl_serialize! {
    BatchApproveUnionApplyRequestBody { "branchCorpId" => optional(branch_corp_id),
    "linkDeptId" => optional(link_dept_id), "unionRootName" => optional(union_root_name)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchApproveUnionApplyRequestBody { "branchCorpId" => read_field(branch_corp_id),
    "linkDeptId" => read_field(link_dept_id), "unionRootName" =>
    read_field(union_root_name) }
}
/// `BatchApproveUnionApplyResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type BatchApproveUnionApplyResponseBody = AnnualCertificationAuditResponseBody;
/// `BatchGetUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetUserResponseBody {
    /// `unauthorizedUserIdList`.
    pub unauthorized_user_id_list: Option<Vec<String>>,
    /// `userList`.
    pub user_list: Option<Vec<BatchGetUserResponseBodyUserList>>,
}
rt::impl_deserialize! {
    BatchGetUserResponseBody { "unauthorizedUserIdList" =>
    read_field(unauthorized_user_id_list), "userList" => read_field(user_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetUserResponseBody { "unauthorizedUserIdList" =>
    optional(unauthorized_user_id_list), "userList" => optional(user_list) }
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
rt::impl_serialize! {
    BatchUpdateExternalTitleRequestUpdateTitleModelList { "title" => optional(title),
    "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateExternalTitleRequestUpdateTitleModelList { "title" => read_field(title),
    "userId" => read_field(user_id) }
}
/// `BatchUpdateExternalTitleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchUpdateExternalTitleResponseBody {
    /// `result`.
    pub result: Option<BatchUpdateExternalTitleResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BatchUpdateExternalTitleResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchUpdateExternalTitleResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `ChangeDingTalkIdResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type ChangeDingTalkIdResponseBody = AnnualCertificationAuditResponseBody;
/// `ChangeMainOrgResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChangeMainOrgResponseBody {}
rt::impl_deserialize! {
    ChangeMainOrgResponseBody {}
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChangeMainOrgResponseBody {}
}
/// `CourseFinishCourseResponseBody`: the same model as [`AddAccountMappingResponseBody`].
pub type CourseFinishCourseResponseBody = AddAccountMappingResponseBody;
/// `CreateCooperateOrgResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateCooperateOrgResponseBody {
    /// `cooperateCorpId`.
    pub cooperate_corp_id: Option<String>,
}
rt::impl_deserialize! {
    CreateCooperateOrgResponseBody { "cooperateCorpId" => read_field(cooperate_corp_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateCooperateOrgResponseBody { "cooperateCorpId" => optional(cooperate_corp_id) }
}
/// `CreateManagementGroupRequestMembers`, a model several operations share: also named [`CreateSecondaryManagementGroupRequestMembers`], [`UpdateManagementGroupRequestMembers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateManagementGroupRequestMembers {
    /// `memberId`.
    pub member_id: String,
    /// `memberType`.
    pub member_type: String,
}
/// The required fields of [`CreateManagementGroupRequestMembers`], each named where it is set: `CreateManagementGroupRequestMembers::new(CreateManagementGroupRequestMembersRequired { .. })`.
pub struct CreateManagementGroupRequestMembersRequired {
    /// `memberId`: see [`CreateManagementGroupRequestMembers::member_id`].
    pub member_id: String,
    /// `memberType`: see [`CreateManagementGroupRequestMembers::member_type`].
    pub member_type: String,
}
impl CreateManagementGroupRequestMembers {
    /// A `CreateManagementGroupRequestMembers` with its required fields (`memberId`, `memberType`); set the others with the methods named after them.
    pub fn new(required: CreateManagementGroupRequestMembersRequired) -> Self {
        let CreateManagementGroupRequestMembersRequired { member_id, member_type } = required;
        Self { member_id, member_type }
    }
}
rt::impl_serialize! {
    CreateManagementGroupRequestMembers { "memberId" => field(member_id), "memberType" =>
    field(member_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateManagementGroupRequestMembers { "memberId" => read_field(member_id),
    "memberType" => read_field(member_type) }
}
/// `CreateManagementGroupRequestScope`, a model several operations share: also named [`CreateSecondaryManagementGroupRequestScope`], [`UpdateManagementGroupRequestScope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateManagementGroupRequestScope {
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `scopeType`.
    pub scope_type: i64,
}
/// The required fields of [`CreateManagementGroupRequestScope`], each named where it is set: `CreateManagementGroupRequestScope::new(CreateManagementGroupRequestScopeRequired { .. })`.
pub struct CreateManagementGroupRequestScopeRequired {
    /// `scopeType`: see [`CreateManagementGroupRequestScope::scope_type`].
    pub scope_type: i64,
}
impl CreateManagementGroupRequestScope {
    /// A `CreateManagementGroupRequestScope` with its required fields (`scopeType`); set the others with the methods named after them.
    pub fn new(required: CreateManagementGroupRequestScopeRequired) -> Self {
        let CreateManagementGroupRequestScopeRequired { scope_type } = required;
        Self { dept_ids: None, scope_type }
    }
    /// Sets `deptIds`.
    pub fn dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dept_ids = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateManagementGroupRequestScope { "deptIds" => optional(dept_ids), "scopeType" =>
    field(scope_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateManagementGroupRequestScope { "deptIds" => read_field(dept_ids), "scopeType" =>
    read_field(scope_type) }
}
/// `CreateManagementGroupResponseBody`, a model several operations share: also named [`CreateSecondaryManagementGroupResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateManagementGroupResponseBody {
    /// `groupId`.
    pub group_id: Option<String>,
}
rt::impl_deserialize! {
    CreateManagementGroupResponseBody { "groupId" => read_field(group_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateManagementGroupResponseBody { "groupId" => optional(group_id) }
}
/// `CreateSecondaryManagementGroupRequestMembers`: the same model as [`CreateManagementGroupRequestMembers`].
pub type CreateSecondaryManagementGroupRequestMembers = CreateManagementGroupRequestMembers;
/// The required fields of [`CreateSecondaryManagementGroupRequestMembers`].
pub type CreateSecondaryManagementGroupRequestMembersRequired = CreateManagementGroupRequestMembersRequired;
/// `CreateSecondaryManagementGroupRequestScope`: the same model as [`CreateManagementGroupRequestScope`].
pub type CreateSecondaryManagementGroupRequestScope = CreateManagementGroupRequestScope;
/// The required fields of [`CreateSecondaryManagementGroupRequestScope`].
pub type CreateSecondaryManagementGroupRequestScopeRequired = CreateManagementGroupRequestScopeRequired;
/// `CreateSecondaryManagementGroupResponseBody`: the same model as [`CreateManagementGroupResponseBody`].
pub type CreateSecondaryManagementGroupResponseBody = CreateManagementGroupResponseBody;
/// `CreateUserGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateUserGroupResponseBody {
    /// `result`.
    pub result: Option<CreateUserGroupResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateUserGroupResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateUserGroupResponseBody { "result" => optional(result) }
}
/// `DelAccountMappingResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type DelAccountMappingResponseBody = AnnualCertificationAuditResponseBody;
/// `DelOrgAccUserOwnnessResponseBody`: the same model as [`AddAccountMappingResponseBody`].
pub type DelOrgAccUserOwnnessResponseBody = AddAccountMappingResponseBody;
/// `DeleteContactHideBySceneSettingResponseBody`, a model several operations share: also named [`DeleteEmpAttributeHideBySceneSettingResponseBody`], [`SubmitHandoverResourceResponseBody`], [`TransformToNormalAccountResponseBody`], [`UpdateContactHideBySceneSettingResponseBody`], [`UpdateEmpAttributeHideBySceneSettingResponseBody`], [`DeleteUserGroupResponseBodyResult`], [`TalentDeleteCustomTagResponseBodyResult`], [`TalentDeleteObjectiveTagResponseBodyResult`], [`TalentDeletePersonalityTagResponseBodyResult`], [`TalentLikeTagResponseBodyResult`], [`UserGroupAddStaticGroupMembersResponseBodyResult`], [`UserGroupRemoveStaticGroupMembersResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteContactHideBySceneSettingResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeleteContactHideBySceneSettingResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteContactHideBySceneSettingResponseBody { "success" => optional(success) }
}
/// `DeleteContactRestrictSettingResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type DeleteContactRestrictSettingResponseBody = AnnualCertificationAuditResponseBody;
/// `DeleteEmpAttributeHideBySceneSettingResponseBody`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type DeleteEmpAttributeHideBySceneSettingResponseBody = DeleteContactHideBySceneSettingResponseBody;
/// `DeleteUserGroupResponseBody`, a model several operations share: also named [`TalentDeleteCustomTagResponseBody`], [`TalentDeleteObjectiveTagResponseBody`], [`TalentDeletePersonalityTagResponseBody`], [`TalentLikeTagResponseBody`], [`UserGroupAddStaticGroupMembersResponseBody`], [`UserGroupRemoveStaticGroupMembersResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteUserGroupResponseBody {
    /// `result`.
    pub result: Option<DeleteUserGroupResponseBodyResult>,
}
rt::impl_deserialize! {
    DeleteUserGroupResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteUserGroupResponseBody { "result" => optional(result) }
}
/// `DeptGroupSettingUpdateResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type DeptGroupSettingUpdateResponseBody = AnnualCertificationAuditResponseBody;
/// `GetAccountMappingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAccountMappingResponseBody {
    /// `result`.
    pub result: Option<GetAccountMappingResponseBodyResult>,
}
rt::impl_deserialize! {
    GetAccountMappingResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAccountMappingResponseBody { "result" => optional(result) }
}
/// `GetApplyInviteInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetApplyInviteInfoResponseBody { "auditType" => read_field(audit_type),
    "empApplyJoinDept" => read_field(emp_apply_join_dept), "inviteSwitch" =>
    read_field(invite_switch), "inviteUrl" => read_field(invite_url), "linkInvite" =>
    read_field(link_invite), "orgApplyCodeInvite" => read_field(org_apply_code_invite),
    "searchNameInvite" => read_field(search_name_invite) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetApplyInviteInfoResponseBody { "auditType" => optional(audit_type),
    "empApplyJoinDept" => optional(emp_apply_join_dept), "inviteSwitch" =>
    optional(invite_switch), "inviteUrl" => optional(invite_url), "linkInvite" =>
    optional(link_invite), "orgApplyCodeInvite" => optional(org_apply_code_invite),
    "searchNameInvite" => optional(search_name_invite) }
}
/// `GetBranchAuthDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetBranchAuthDataResponseBody {
    /// `result`.
    pub result: Option<Vec<GetBranchAuthDataResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetBranchAuthDataResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetBranchAuthDataResponseBody { "result" => optional(result) }
}
/// `GetCardInUserHolderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetCardInUserHolderResponseBody { "avatarUrl" => read_field(avatar_url),
    "cardAcceptStatus" => read_field(card_accept_status), "cardAcceptTimeLong" =>
    read_field(card_accept_time_long), "cardId" => read_field(card_id), "cardSource" =>
    read_field(card_source), "extension" => read_field(extension), "industryName" =>
    read_field(industry_name), "introduce" => read_field(introduce), "name" =>
    read_field(name), "orgName" => read_field(org_name), "templateId" =>
    read_field(template_id), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCardInUserHolderResponseBody { "avatarUrl" => optional(avatar_url),
    "cardAcceptStatus" => optional(card_accept_status), "cardAcceptTimeLong" =>
    optional(card_accept_time_long), "cardId" => optional(card_id), "cardSource" =>
    optional(card_source), "extension" => optional(extension), "industryName" =>
    optional(industry_name), "introduce" => optional(introduce), "name" =>
    optional(name), "orgName" => optional(org_name), "templateId" =>
    optional(template_id), "title" => optional(title) }
}
/// `GetCardInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetCardInfoResponseBody { "adminRole" => read_field(admin_role), "avatarUrl" =>
    read_field(avatar_url), "cardId" => read_field(card_id), "extension" =>
    read_field(extension), "industryName" => read_field(industry_name), "introduce" =>
    read_field(introduce), "name" => read_field(name), "orgName" => read_field(org_name),
    "settings" => read_field(settings), "templateId" => read_field(template_id), "title"
    => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCardInfoResponseBody { "adminRole" => optional(admin_role), "avatarUrl" =>
    optional(avatar_url), "cardId" => optional(card_id), "extension" =>
    optional(extension), "industryName" => optional(industry_name), "introduce" =>
    optional(introduce), "name" => optional(name), "orgName" => optional(org_name),
    "settings" => optional(settings), "templateId" => optional(template_id), "title" =>
    optional(title) }
}
/// `GetContactHideBySceneSettingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetContactHideBySceneSettingResponseBody { "description" => read_field(description),
    "excludeDeptIds" => read_field(exclude_dept_ids), "excludeTagIds" =>
    read_field(exclude_tag_ids), "excludeUserIds" => read_field(exclude_user_ids), "id"
    => read_field(id), "name" => read_field(name), "nodeListSceneConfig" =>
    read_field(node_list_scene_config), "objectDeptIds" => read_field(object_dept_ids),
    "objectTagIds" => read_field(object_tag_ids), "objectUserIds" =>
    read_field(object_user_ids), "profileSceneConfig" =>
    read_field(profile_scene_config), "searchSceneConfig" =>
    read_field(search_scene_config) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContactHideBySceneSettingResponseBody { "description" => optional(description),
    "excludeDeptIds" => optional(exclude_dept_ids), "excludeTagIds" =>
    optional(exclude_tag_ids), "excludeUserIds" => optional(exclude_user_ids), "id" =>
    optional(id), "name" => optional(name), "nodeListSceneConfig" =>
    optional(node_list_scene_config), "objectDeptIds" => optional(object_dept_ids),
    "objectTagIds" => optional(object_tag_ids), "objectUserIds" =>
    optional(object_user_ids), "profileSceneConfig" => optional(profile_scene_config),
    "searchSceneConfig" => optional(search_scene_config) }
}
/// `GetCooperateOrgInviteInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCooperateOrgInviteInfoResponseBody {
    /// `inviteUrl`.
    pub invite_url: Option<String>,
}
rt::impl_deserialize! {
    GetCooperateOrgInviteInfoResponseBody { "inviteUrl" => read_field(invite_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCooperateOrgInviteInfoResponseBody { "inviteUrl" => optional(invite_url) }
}
/// `GetCorpCardStyleListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCorpCardStyleListResponseBody {
    /// `result`.
    pub result: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
}
rt::impl_deserialize! {
    GetCorpCardStyleListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCorpCardStyleListResponseBody { "result" => optional(result) }
}
/// `GetDingIdByMigrationDingIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDingIdByMigrationDingIdResponseBody {
    /// `dingId`.
    pub ding_id: Option<String>,
}
rt::impl_deserialize! {
    GetDingIdByMigrationDingIdResponseBody { "dingId" => read_field(ding_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDingIdByMigrationDingIdResponseBody { "dingId" => optional(ding_id) }
}
/// `GetEmpAttributeHideBySceneSettingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetEmpAttributeHideBySceneSettingResponseBody { "chatSubtitleConfig" =>
    read_field(chat_subtitle_config), "description" => read_field(description),
    "excludeDeptIds" => read_field(exclude_dept_ids), "excludeTagIds" =>
    read_field(exclude_tag_ids), "excludeUserIds" => read_field(exclude_user_ids),
    "hideFields" => read_field(hide_fields), "id" => read_field(id), "name" =>
    read_field(name), "objectDeptIds" => read_field(object_dept_ids), "objectTagIds" =>
    read_field(object_tag_ids), "objectUserIds" => read_field(object_user_ids),
    "profileSceneConfig" => read_field(profile_scene_config), "searchSceneConfig" =>
    read_field(search_scene_config) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEmpAttributeHideBySceneSettingResponseBody { "chatSubtitleConfig" =>
    optional(chat_subtitle_config), "description" => optional(description),
    "excludeDeptIds" => optional(exclude_dept_ids), "excludeTagIds" =>
    optional(exclude_tag_ids), "excludeUserIds" => optional(exclude_user_ids),
    "hideFields" => optional(hide_fields), "id" => optional(id), "name" =>
    optional(name), "objectDeptIds" => optional(object_dept_ids), "objectTagIds" =>
    optional(object_tag_ids), "objectUserIds" => optional(object_user_ids),
    "profileSceneConfig" => optional(profile_scene_config), "searchSceneConfig" =>
    optional(search_scene_config) }
}
/// `GetLatestDingIndexResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetLatestDingIndexResponseBody { "idxCarbon" => read_field(idx_carbon),
    "idxEfficiency" => read_field(idx_efficiency), "idxMonthlyAvg" =>
    read_field(idx_monthly_avg), "idxTotal" => read_field(idx_total), "statDate" =>
    read_field(stat_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetLatestDingIndexResponseBody { "idxCarbon" => optional(idx_carbon), "idxEfficiency"
    => optional(idx_efficiency), "idxMonthlyAvg" => optional(idx_monthly_avg), "idxTotal"
    => optional(idx_total), "statDate" => optional(stat_date) }
}
/// `GetMigrationDingIdByDingIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMigrationDingIdByDingIdResponseBody {
    /// `migrationDingIdList`.
    pub migration_ding_id_list: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    GetMigrationDingIdByDingIdResponseBody { "migrationDingIdList" =>
    read_field(migration_ding_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMigrationDingIdByDingIdResponseBody { "migrationDingIdList" =>
    optional(migration_ding_id_list) }
}
/// `GetMigrationUnionIdByUnionIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMigrationUnionIdByUnionIdResponseBody {
    /// `migrationUnionIdList`.
    pub migration_union_id_list: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    GetMigrationUnionIdByUnionIdResponseBody { "migrationUnionIdList" =>
    read_field(migration_union_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMigrationUnionIdByUnionIdResponseBody { "migrationUnionIdList" =>
    optional(migration_union_id_list) }
}
/// `GetOrgAuthInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetOrgAuthInfoResponseBody { "authLevel" => read_field(auth_level), "legalPerson" =>
    read_field(legal_person), "licenseOrgName" => read_field(license_org_name),
    "licenseUrl" => read_field(license_url), "orgName" => read_field(org_name),
    "organizationCode" => read_field(organization_code), "registrationNum" =>
    read_field(registration_num), "unifiedSocialCredit" =>
    read_field(unified_social_credit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrgAuthInfoResponseBody { "authLevel" => optional(auth_level), "legalPerson" =>
    optional(legal_person), "licenseOrgName" => optional(license_org_name), "licenseUrl"
    => optional(license_url), "orgName" => optional(org_name), "organizationCode" =>
    optional(organization_code), "registrationNum" => optional(registration_num),
    "unifiedSocialCredit" => optional(unified_social_credit) }
}
/// `GetTranslateFileJobResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTranslateFileJobResultResponseBody {
    /// `status`.
    pub status: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetTranslateFileJobResultResponseBody { "status" => read_field(status), "url" =>
    read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTranslateFileJobResultResponseBody { "status" => optional(status), "url" =>
    optional(url) }
}
/// `GetUnionIdByMigrationUnionIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUnionIdByMigrationUnionIdResponseBody {
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    GetUnionIdByMigrationUnionIdResponseBody { "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUnionIdByMigrationUnionIdResponseBody { "unionId" => optional(union_id) }
}
/// `GetUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetUserResponseBody { "avatarUrl" => read_field(avatar_url), "email" =>
    read_field(email), "loginEmail" => read_field(login_email), "mobile" =>
    read_field(mobile), "nick" => read_field(nick), "openId" => read_field(open_id),
    "stateCode" => read_field(state_code), "unionId" => read_field(union_id), "visitor"
    => read_field(visitor) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserResponseBody { "avatarUrl" => optional(avatar_url), "email" =>
    optional(email), "loginEmail" => optional(login_email), "mobile" => optional(mobile),
    "nick" => optional(nick), "openId" => optional(open_id), "stateCode" =>
    optional(state_code), "unionId" => optional(union_id), "visitor" => optional(visitor)
    }
}
/// `GetUserByDingTalkIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserByDingTalkIdResponseBody {
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetUserByDingTalkIdResponseBody { "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserByDingTalkIdResponseBody { "userId" => optional(user_id) }
}
/// `GetUserCardHolderListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetUserCardHolderListResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserCardHolderListResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token), "totalCount" =>
    optional(total_count) }
}
/// `GetUserGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserGroupResponseBody {
    /// `result`.
    pub result: Option<GetUserGroupResponseBodyResult>,
}
rt::impl_deserialize! {
    GetUserGroupResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserGroupResponseBody { "result" => optional(result) }
}
/// `InitVerifyEventResponseBody`, a model several operations share: also named [`PushVerifyEventResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InitVerifyEventResponseBody {
    /// `verifyId`.
    pub verify_id: Option<String>,
}
rt::impl_deserialize! {
    InitVerifyEventResponseBody { "verifyId" => read_field(verify_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InitVerifyEventResponseBody { "verifyId" => optional(verify_id) }
}
/// `IsFriendResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IsFriendResponseBody {
    /// `isFriend`.
    pub is_friend: Option<bool>,
}
rt::impl_deserialize! {
    IsFriendResponseBody { "isFriend" => read_field(is_friend) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IsFriendResponseBody { "isFriend" => optional(is_friend) }
}
/// `IsvCardEventPushResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IsvCardEventPushResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    IsvCardEventPushResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IsvCardEventPushResponseBody { "success" => optional(success) }
}
/// `ListBasicRoleInPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListBasicRoleInPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListBasicRoleInPageResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    ListBasicRoleInPageResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListBasicRoleInPageResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token) }
}
/// `ListContactHideSettingsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListContactHideSettingsResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListContactHideSettingsResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    ListContactHideSettingsResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListContactHideSettingsResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token) }
}
/// `ListContactRestrictSettingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListContactRestrictSettingResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListContactRestrictSettingResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    ListContactRestrictSettingResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListContactRestrictSettingResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token) }
}
/// `ListEmpAttributeVisibilityResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEmpAttributeVisibilityResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListEmpAttributeVisibilityResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
}
rt::impl_deserialize! {
    ListEmpAttributeVisibilityResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextCursor" => read_field(next_cursor) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEmpAttributeVisibilityResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextCursor" => optional(next_cursor) }
}
/// `ListEmpLeaveRecordsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEmpLeaveRecordsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `records`.
    pub records: Option<Vec<ListEmpLeaveRecordsResponseBodyRecords>>,
}
rt::impl_deserialize! {
    ListEmpLeaveRecordsResponseBody { "nextToken" => read_field(next_token), "records" =>
    read_field(records) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEmpLeaveRecordsResponseBody { "nextToken" => optional(next_token), "records" =>
    optional(records) }
}
/// `ListManagementGroupsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListManagementGroupsResponseBody {
    /// `groups`.
    pub groups: Option<Vec<ListManagementGroupsResponseBodyGroups>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    ListManagementGroupsResponseBody { "groups" => read_field(groups), "hasMore" =>
    read_field(has_more), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListManagementGroupsResponseBody { "groups" => optional(groups), "hasMore" =>
    optional(has_more), "nextToken" => optional(next_token) }
}
/// `ListOwnedOrgByStaffIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOwnedOrgByStaffIdResponseBody {
    /// `orgList`.
    pub org_list: Option<Vec<ListOwnedOrgByStaffIdResponseBodyOrgList>>,
}
rt::impl_deserialize! {
    ListOwnedOrgByStaffIdResponseBody { "orgList" => read_field(org_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListOwnedOrgByStaffIdResponseBody { "orgList" => optional(org_list) }
}
/// `ListSeniorSettingsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSeniorSettingsResponseBody {
    /// `protectScenes`.
    pub protect_scenes: Option<Vec<String>>,
    /// `seniorStaffId`.
    pub senior_staff_id: Option<String>,
    /// `seniorWhiteList`.
    pub senior_white_list: Option<Vec<ListSeniorSettingsResponseBodySeniorWhiteList>>,
}
rt::impl_deserialize! {
    ListSeniorSettingsResponseBody { "protectScenes" => read_field(protect_scenes),
    "seniorStaffId" => read_field(senior_staff_id), "seniorWhiteList" =>
    read_field(senior_white_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSeniorSettingsResponseBody { "protectScenes" => optional(protect_scenes),
    "seniorStaffId" => optional(senior_staff_id), "seniorWhiteList" =>
    optional(senior_white_list) }
}
/// `ListUserGroupMembersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserGroupMembersResponseBody {
    /// `result`.
    pub result: Option<ListUserGroupMembersResponseBodyResult>,
}
rt::impl_deserialize! {
    ListUserGroupMembersResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserGroupMembersResponseBody { "result" => optional(result) }
}
/// `ListUserGroupsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserGroupsResponseBody {
    /// `result`.
    pub result: Option<ListUserGroupsResponseBodyResult>,
}
rt::impl_deserialize! {
    ListUserGroupsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserGroupsResponseBody { "result" => optional(result) }
}
/// `ModifyOrgAccUserOwnnessResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type ModifyOrgAccUserOwnnessResponseBody = AnnualCertificationAuditResponseBody;
/// `OrgAccountMobileVisibleInOtherOrgResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type OrgAccountMobileVisibleInOtherOrgResponseBody = AnnualCertificationAuditResponseBody;
/// `OrgAccountMobileVisiblePermissonResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type OrgAccountMobileVisiblePermissonResponseBody = AnnualCertificationAuditResponseBody;
/// `OrgInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OrgInfoResponseBody {
    /// `result`.
    pub result: Option<Vec<OrgInfoResponseBodyResult>>,
}
rt::impl_deserialize! {
    OrgInfoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OrgInfoResponseBody { "result" => optional(result) }
}
/// `PushVerifyEventResponseBody`: the same model as [`InitVerifyEventResponseBody`].
pub type PushVerifyEventResponseBody = InitVerifyEventResponseBody;
/// `QueryCardVisitorStatisticDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCardVisitorStatisticDataResponseBody { "cardSendCnt" =>
    read_field(card_send_cnt), "todayVisitAddCnt" => read_field(today_visit_add_cnt),
    "todayVisitCnt" => read_field(today_visit_cnt), "totalVisitAddCnt" =>
    read_field(total_visit_add_cnt), "totalVisitCnt" => read_field(total_visit_cnt),
    "wechatTodayVisitAddCnt" => read_field(wechat_today_visit_add_cnt),
    "wechatTodayVisitCnt" => read_field(wechat_today_visit_cnt), "wechatTotalVisitAddCnt"
    => read_field(wechat_total_visit_add_cnt), "wechatTotalVisitCnt" =>
    read_field(wechat_total_visit_cnt) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCardVisitorStatisticDataResponseBody { "cardSendCnt" => optional(card_send_cnt),
    "todayVisitAddCnt" => optional(today_visit_add_cnt), "todayVisitCnt" =>
    optional(today_visit_cnt), "totalVisitAddCnt" => optional(total_visit_add_cnt),
    "totalVisitCnt" => optional(total_visit_cnt), "wechatTodayVisitAddCnt" =>
    optional(wechat_today_visit_add_cnt), "wechatTodayVisitCnt" =>
    optional(wechat_today_visit_cnt), "wechatTotalVisitAddCnt" =>
    optional(wechat_total_visit_add_cnt), "wechatTotalVisitCnt" =>
    optional(wechat_total_visit_cnt) }
}
/// `QueryCorpStatisticDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCorpStatisticDataResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryCorpStatisticDataResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryCorpStatisticDataResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCorpStatisticDataResponseBody { "result" => optional(result) }
}
/// `QueryCorpUserStatisticResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCorpUserStatisticResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCorpUserStatisticResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token), "totalCount" =>
    optional(total_count) }
}
/// `QueryResourceManagementMembersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryResourceManagementMembersResponseBody {
    /// `members`.
    pub members: Option<Vec<QueryResourceManagementMembersResponseBodyMembers>>,
}
rt::impl_deserialize! {
    QueryResourceManagementMembersResponseBody { "members" => read_field(members) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryResourceManagementMembersResponseBody { "members" => optional(members) }
}
/// `QueryStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryStatusResponseBody {
    /// `disable`.
    pub disable: Option<bool>,
}
rt::impl_deserialize! {
    QueryStatusResponseBody { "disable" => read_field(disable) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryStatusResponseBody { "disable" => optional(disable) }
}
/// `QueryUserManagementResourcesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserManagementResourcesResponseBody {
    /// `resourceIds`.
    pub resource_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryUserManagementResourcesResponseBody { "resourceIds" => read_field(resource_ids)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserManagementResourcesResponseBody { "resourceIds" => optional(resource_ids) }
}
/// `QueryVerifyResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryVerifyResultResponseBody { "corpId" => read_field(corp_id), "factorCode" =>
    read_field(factor_code), "factorDesc" => read_field(factor_desc), "resultCode" =>
    read_field(result_code), "resultDesc" => read_field(result_desc), "state" =>
    read_field(state), "userId" => read_field(user_id), "verifyTimestamp" =>
    read_field(verify_timestamp) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryVerifyResultResponseBody { "corpId" => optional(corp_id), "factorCode" =>
    optional(factor_code), "factorDesc" => optional(factor_desc), "resultCode" =>
    optional(result_code), "resultDesc" => optional(result_desc), "state" =>
    optional(state), "userId" => optional(user_id), "verifyTimestamp" =>
    optional(verify_timestamp) }
}
/// `SearchDepartmentResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchDepartmentResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<i64>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    SearchDepartmentResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchDepartmentResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "totalCount" => optional(total_count) }
}
/// `SearchUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchUserResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<String>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    SearchUserResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchUserResponseBody { "hasMore" => optional(has_more), "list" => optional(list),
    "totalCount" => optional(total_count) }
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SortUserResponseBody {
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    SortUserResponseBody { "userIdList" => read_field(user_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SortUserResponseBody { "userIdList" => optional(user_id_list) }
}
/// `SubmitHandoverResourceRequestTasks`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SubmitHandoverResourceRequestTasks {
    /// `actionType`.
    pub action_type: String,
    /// `receiverStaffId`.
    pub receiver_staff_id: Option<String>,
    /// `resourceTypeId`.
    pub resource_type_id: i64,
}
/// The required fields of [`SubmitHandoverResourceRequestTasks`], each named where it is set: `SubmitHandoverResourceRequestTasks::new(SubmitHandoverResourceRequestTasksRequired { .. })`.
pub struct SubmitHandoverResourceRequestTasksRequired {
    /// `actionType`: see [`SubmitHandoverResourceRequestTasks::action_type`].
    pub action_type: String,
    /// `resourceTypeId`: see [`SubmitHandoverResourceRequestTasks::resource_type_id`].
    pub resource_type_id: i64,
}
impl SubmitHandoverResourceRequestTasks {
    /// A `SubmitHandoverResourceRequestTasks` with its required fields (`actionType`, `resourceTypeId`); set the others with the methods named after them.
    pub fn new(required: SubmitHandoverResourceRequestTasksRequired) -> Self {
        let SubmitHandoverResourceRequestTasksRequired {
            action_type,
            resource_type_id,
        } = required;
        Self {
            action_type,
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
rt::impl_serialize! {
    SubmitHandoverResourceRequestTasks { "actionType" => field(action_type),
    "receiverStaffId" => optional(receiver_staff_id), "resourceTypeId" =>
    field(resource_type_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitHandoverResourceRequestTasks { "actionType" => read_field(action_type),
    "receiverStaffId" => read_field(receiver_staff_id), "resourceTypeId" =>
    read_field(resource_type_id) }
}
/// `SubmitHandoverResourceResponseBody`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type SubmitHandoverResourceResponseBody = DeleteContactHideBySceneSettingResponseBody;
/// `TalentAddCustomTagResponseBody`, a model several operations share: also named [`TalentAddObjectiveTagResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentAddCustomTagResponseBody {
    /// `result`.
    pub result: Option<TalentAddCustomTagResponseBodyResult>,
}
rt::impl_deserialize! {
    TalentAddCustomTagResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentAddCustomTagResponseBody { "result" => optional(result) }
}
/// `TalentAddObjectiveTagResponseBody`: the same model as [`TalentAddCustomTagResponseBody`].
pub type TalentAddObjectiveTagResponseBody = TalentAddCustomTagResponseBody;
/// `TalentAddPersonalityTagResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentAddPersonalityTagResponseBody {
    /// `result`.
    pub result: Option<TalentAddPersonalityTagResponseBodyResult>,
}
rt::impl_deserialize! {
    TalentAddPersonalityTagResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentAddPersonalityTagResponseBody { "result" => optional(result) }
}
/// `TalentDeleteCustomTagResponseBody`: the same model as [`DeleteUserGroupResponseBody`].
pub type TalentDeleteCustomTagResponseBody = DeleteUserGroupResponseBody;
/// `TalentDeleteObjectiveTagResponseBody`: the same model as [`DeleteUserGroupResponseBody`].
pub type TalentDeleteObjectiveTagResponseBody = DeleteUserGroupResponseBody;
/// `TalentDeletePersonalityTagResponseBody`: the same model as [`DeleteUserGroupResponseBody`].
pub type TalentDeletePersonalityTagResponseBody = DeleteUserGroupResponseBody;
/// `TalentLikeTagResponseBody`: the same model as [`DeleteUserGroupResponseBody`].
pub type TalentLikeTagResponseBody = DeleteUserGroupResponseBody;
/// `TalentQueryCustomTagResponseBody`, a model several operations share: also named [`TalentQueryObjectiveTagResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentQueryCustomTagResponseBody {
    /// `result`.
    pub result: Option<TalentQueryCustomTagResponseBodyResult>,
}
rt::impl_deserialize! {
    TalentQueryCustomTagResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentQueryCustomTagResponseBody { "result" => optional(result) }
}
/// `TalentQueryObjectiveTagResponseBody`: the same model as [`TalentQueryCustomTagResponseBody`].
pub type TalentQueryObjectiveTagResponseBody = TalentQueryCustomTagResponseBody;
/// `TalentQueryPersonalityTagResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentQueryPersonalityTagResponseBody {
    /// `result`.
    pub result: Option<TalentQueryPersonalityTagResponseBodyResult>,
}
rt::impl_deserialize! {
    TalentQueryPersonalityTagResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentQueryPersonalityTagResponseBody { "result" => optional(result) }
}
/// `TalentQueryTagLikeDetailListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentQueryTagLikeDetailListResponseBody {
    /// `result`.
    pub result: Option<TalentQueryTagLikeDetailListResponseBodyResult>,
}
rt::impl_deserialize! {
    TalentQueryTagLikeDetailListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentQueryTagLikeDetailListResponseBody { "result" => optional(result) }
}
/// `TalentQueryTagLikeListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentQueryTagLikeListResponseBody {
    /// `result`.
    pub result: Option<TalentQueryTagLikeListResponseBodyResult>,
}
rt::impl_deserialize! {
    TalentQueryTagLikeListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentQueryTagLikeListResponseBody { "result" => optional(result) }
}
/// `TransformToNormalAccountResponseBody`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type TransformToNormalAccountResponseBody = DeleteContactHideBySceneSettingResponseBody;
/// `TranslateFileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TranslateFileResponseBody {
    /// `jobId`.
    pub job_id: Option<String>,
}
rt::impl_deserialize! {
    TranslateFileResponseBody { "jobId" => read_field(job_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TranslateFileResponseBody { "jobId" => optional(job_id) }
}
/// `UniqueQueryUserCardResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    UniqueQueryUserCardResponseBody { "avatarUrl" => read_field(avatar_url), "cardId" =>
    read_field(card_id), "extension" => read_field(extension), "industryName" =>
    read_field(industry_name), "introduce" => read_field(introduce), "name" =>
    read_field(name), "orgName" => read_field(org_name), "settings" =>
    read_field(settings), "templateId" => read_field(template_id), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UniqueQueryUserCardResponseBody { "avatarUrl" => optional(avatar_url), "cardId" =>
    optional(card_id), "extension" => optional(extension), "industryName" =>
    optional(industry_name), "introduce" => optional(introduce), "name" =>
    optional(name), "orgName" => optional(org_name), "settings" => optional(settings),
    "templateId" => optional(template_id), "title" => optional(title) }
}
/// `UpdateBranchAttributesInCooperateRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateBranchAttributesInCooperateRequestBody {
    /// `branchCorpId`.
    pub branch_corp_id: String,
    /// `linkDeptId`.
    pub link_dept_id: i64,
    /// `unionRootName`.
    pub union_root_name: String,
}
/// The required fields of [`UpdateBranchAttributesInCooperateRequestBody`], each named where it is set: `UpdateBranchAttributesInCooperateRequestBody::new(UpdateBranchAttributesInCooperateRequestBodyRequired { .. })`.
pub struct UpdateBranchAttributesInCooperateRequestBodyRequired {
    /// `branchCorpId`: see [`UpdateBranchAttributesInCooperateRequestBody::branch_corp_id`].
    pub branch_corp_id: String,
    /// `linkDeptId`: see [`UpdateBranchAttributesInCooperateRequestBody::link_dept_id`].
    pub link_dept_id: i64,
    /// `unionRootName`: see [`UpdateBranchAttributesInCooperateRequestBody::union_root_name`].
    pub union_root_name: String,
}
impl UpdateBranchAttributesInCooperateRequestBody {
    /// A `UpdateBranchAttributesInCooperateRequestBody` with its required fields (`branchCorpId`, `linkDeptId`, `unionRootName`); set the others with the methods named after them.
    pub fn new(required: UpdateBranchAttributesInCooperateRequestBodyRequired) -> Self {
        let UpdateBranchAttributesInCooperateRequestBodyRequired {
            branch_corp_id,
            link_dept_id,
            union_root_name,
        } = required;
        Self {
            branch_corp_id,
            link_dept_id,
            union_root_name,
        }
    }
}
rt::impl_serialize! {
    UpdateBranchAttributesInCooperateRequestBody { "branchCorpId" =>
    field(branch_corp_id), "linkDeptId" => field(link_dept_id), "unionRootName" =>
    field(union_root_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateBranchAttributesInCooperateRequestBody { "branchCorpId" =>
    read_field(branch_corp_id), "linkDeptId" => read_field(link_dept_id), "unionRootName"
    => read_field(union_root_name) }
}
/// `UpdateBranchVisibleSettingInCooperateRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateBranchVisibleSettingInCooperateRequestBody`], each named where it is set: `UpdateBranchVisibleSettingInCooperateRequestBody::new(UpdateBranchVisibleSettingInCooperateRequestBodyRequired { .. })`.
pub struct UpdateBranchVisibleSettingInCooperateRequestBodyRequired {
    /// `branchCorpId`: see [`UpdateBranchVisibleSettingInCooperateRequestBody::branch_corp_id`].
    pub branch_corp_id: String,
    /// `open`: see [`UpdateBranchVisibleSettingInCooperateRequestBody::open`].
    pub open: bool,
    /// `type`: see [`UpdateBranchVisibleSettingInCooperateRequestBody::r#type`](UpdateBranchVisibleSettingInCooperateRequestBody::type).
    pub r#type: i64,
}
impl UpdateBranchVisibleSettingInCooperateRequestBody {
    /// A `UpdateBranchVisibleSettingInCooperateRequestBody` with its required fields (`branchCorpId`, `open`, `type`); set the others with the methods named after them.
    pub fn new(
        required: UpdateBranchVisibleSettingInCooperateRequestBodyRequired,
    ) -> Self {
        let UpdateBranchVisibleSettingInCooperateRequestBodyRequired {
            branch_corp_id,
            open,
            r#type,
        } = required;
        Self {
            branch_corp_id,
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
rt::impl_serialize! {
    UpdateBranchVisibleSettingInCooperateRequestBody { "branchCorpId" =>
    field(branch_corp_id), "open" => field(open), "type" => field(r#type),
    "visibleBranchCorpIds" => optional(visible_branch_corp_ids), "visibleDeptIds" =>
    optional(visible_dept_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateBranchVisibleSettingInCooperateRequestBody { "branchCorpId" =>
    read_field(branch_corp_id), "open" => read_field(open), "type" => read_field(r#type),
    "visibleBranchCorpIds" => read_field(visible_branch_corp_ids), "visibleDeptIds" =>
    read_field(visible_dept_ids) }
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
/// The required fields of [`UpdateManagementGroupRequestMembers`].
pub type UpdateManagementGroupRequestMembersRequired = CreateManagementGroupRequestMembersRequired;
/// `UpdateManagementGroupRequestScope`: the same model as [`CreateManagementGroupRequestScope`].
pub type UpdateManagementGroupRequestScope = CreateManagementGroupRequestScope;
/// The required fields of [`UpdateManagementGroupRequestScope`].
pub type UpdateManagementGroupRequestScopeRequired = CreateManagementGroupRequestScopeRequired;
/// `UpdateTitleAuditStatusResponseBody`: the same model as [`AnnualCertificationAuditResponseBody`].
pub type UpdateTitleAuditStatusResponseBody = AnnualCertificationAuditResponseBody;
/// `UpdateUserOwnnessResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateUserOwnnessResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    UpdateUserOwnnessResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateUserOwnnessResponseBody { "result" => optional(result) }
}
/// `UserGroupAddStaticGroupMembersResponseBody`: the same model as [`DeleteUserGroupResponseBody`].
pub type UserGroupAddStaticGroupMembersResponseBody = DeleteUserGroupResponseBody;
/// `UserGroupRemoveStaticGroupMembersResponseBody`: the same model as [`DeleteUserGroupResponseBody`].
pub type UserGroupRemoveStaticGroupMembersResponseBody = DeleteUserGroupResponseBody;
/// `UserProfileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UserProfileResponseBody {
    /// `result`.
    pub result: Option<Vec<UserProfileResponseBodyResult>>,
}
rt::impl_deserialize! {
    UserProfileResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UserProfileResponseBody { "result" => optional(result) }
}
/// `BatchGetUserResponseBodyUserList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchGetUserResponseBodyUserList { "avatar" => read_field(avatar), "job_number" =>
    read_field(job_number), "mobile" => read_field(mobile), "name" => read_field(name),
    "nickname" => read_field(nickname), "remark" => read_field(remark), "senior" =>
    read_field(senior), "state_code" => read_field(state_code), "unionid" =>
    read_field(unionid), "userid" => read_field(userid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetUserResponseBodyUserList { "avatar" => optional(avatar), "job_number" =>
    optional(job_number), "mobile" => optional(mobile), "name" => optional(name),
    "nickname" => optional(nickname), "remark" => optional(remark), "senior" =>
    optional(senior), "state_code" => optional(state_code), "unionid" =>
    optional(unionid), "userid" => optional(userid) }
}
/// `BatchUpdateExternalTitleResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchUpdateExternalTitleResponseBodyResult {
    /// `failedList`.
    pub failed_list: Option<Vec<BatchUpdateExternalTitleResponseBodyResultFailedList>>,
    /// `modifyList`.
    pub modify_list: Option<Vec<BatchUpdateExternalTitleResponseBodyResultModifyList>>,
    /// `modifyUser`.
    pub modify_user: Option<String>,
}
rt::impl_deserialize! {
    BatchUpdateExternalTitleResponseBodyResult { "failedList" => read_field(failed_list),
    "modifyList" => read_field(modify_list), "modifyUser" => read_field(modify_user) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchUpdateExternalTitleResponseBodyResult { "failedList" => optional(failed_list),
    "modifyList" => optional(modify_list), "modifyUser" => optional(modify_user) }
}
/// `CreateUserGroupResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateUserGroupResponseBodyResult {
    /// `groupCode`.
    pub group_code: Option<String>,
}
rt::impl_deserialize! {
    CreateUserGroupResponseBodyResult { "groupCode" => read_field(group_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateUserGroupResponseBodyResult { "groupCode" => optional(group_code) }
}
/// `DeleteUserGroupResponseBodyResult`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type DeleteUserGroupResponseBodyResult = DeleteContactHideBySceneSettingResponseBody;
/// `GetAccountMappingResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetAccountMappingResponseBodyResult { "domain" => read_field(domain), "extension" =>
    read_field(extension), "outId" => read_field(out_id), "outTenantId" =>
    read_field(out_tenant_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAccountMappingResponseBodyResult { "domain" => optional(domain), "extension" =>
    optional(extension), "outId" => optional(out_id), "outTenantId" =>
    optional(out_tenant_id), "userId" => optional(user_id) }
}
/// `GetBranchAuthDataResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetBranchAuthDataResponseBodyResult {
    /// `fieldCode`.
    pub field_code: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `fieldValue`.
    pub field_value: Option<String>,
}
rt::impl_deserialize! {
    GetBranchAuthDataResponseBodyResult { "fieldCode" => read_field(field_code),
    "fieldName" => read_field(field_name), "fieldValue" => read_field(field_value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetBranchAuthDataResponseBodyResult { "fieldCode" => optional(field_code),
    "fieldName" => optional(field_name), "fieldValue" => optional(field_value) }
}
/// `GetCardInfoResponseBodyExtension`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetCardInfoResponseBodyExtension { "cardContactInfo" =>
    read_field(card_contact_info), "corpId" => read_field(corp_id), "department" =>
    read_field(department), "orgAuthed" => read_field(org_authed), "orgLogo" =>
    read_field(org_logo), "originCardUrl" => read_field(origin_card_url), "shareContent"
    => read_field(share_content), "thumbnailUrl" => read_field(thumbnail_url),
    "videoFileName" => read_field(video_file_name), "videoTitle" =>
    read_field(video_title), "videoUrl" => read_field(video_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCardInfoResponseBodyExtension { "cardContactInfo" => optional(card_contact_info),
    "corpId" => optional(corp_id), "department" => optional(department), "orgAuthed" =>
    optional(org_authed), "orgLogo" => optional(org_logo), "originCardUrl" =>
    optional(origin_card_url), "shareContent" => optional(share_content), "thumbnailUrl"
    => optional(thumbnail_url), "videoFileName" => optional(video_file_name),
    "videoTitle" => optional(video_title), "videoUrl" => optional(video_url) }
}
/// `GetContactHideBySceneSettingResponseBodyNodeListSceneConfig`, a model several operations share: also named [`GetContactHideBySceneSettingResponseBodySearchSceneConfig`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContactHideBySceneSettingResponseBodyNodeListSceneConfig {
    /// `active`.
    pub active: Option<bool>,
    /// `deptObjectIncludeEmp`.
    pub dept_object_include_emp: Option<bool>,
}
rt::impl_deserialize! {
    GetContactHideBySceneSettingResponseBodyNodeListSceneConfig { "active" =>
    read_field(active), "deptObjectIncludeEmp" => read_field(dept_object_include_emp) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContactHideBySceneSettingResponseBodyNodeListSceneConfig { "active" =>
    optional(active), "deptObjectIncludeEmp" => optional(dept_object_include_emp) }
}
/// `GetContactHideBySceneSettingResponseBodyProfileSceneConfig`, a model several operations share: also named [`GetEmpAttributeHideBySceneSettingResponseBodyChatSubtitleConfig`], [`GetEmpAttributeHideBySceneSettingResponseBodyProfileSceneConfig`], [`GetEmpAttributeHideBySceneSettingResponseBodySearchSceneConfig`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetContactHideBySceneSettingResponseBodyProfileSceneConfig {
    /// `active`.
    pub active: Option<bool>,
}
rt::impl_deserialize! {
    GetContactHideBySceneSettingResponseBodyProfileSceneConfig { "active" =>
    read_field(active) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetContactHideBySceneSettingResponseBodyProfileSceneConfig { "active" =>
    optional(active) }
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
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetUserCardHolderListResponseBodyList { "avatarUrl" => read_field(avatar_url),
    "cardAcceptStatus" => read_field(card_accept_status), "cardAcceptTimeLong" =>
    read_field(card_accept_time_long), "cardId" => read_field(card_id), "cardSource" =>
    read_field(card_source), "extension" => read_field(extension), "industryName" =>
    read_field(industry_name), "introduce" => read_field(introduce), "name" =>
    read_field(name), "orgName" => read_field(org_name), "templateId" =>
    read_field(template_id), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserCardHolderListResponseBodyList { "avatarUrl" => optional(avatar_url),
    "cardAcceptStatus" => optional(card_accept_status), "cardAcceptTimeLong" =>
    optional(card_accept_time_long), "cardId" => optional(card_id), "cardSource" =>
    optional(card_source), "extension" => optional(extension), "industryName" =>
    optional(industry_name), "introduce" => optional(introduce), "name" =>
    optional(name), "orgName" => optional(org_name), "templateId" =>
    optional(template_id), "title" => optional(title) }
}
/// `GetUserGroupResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetUserGroupResponseBodyResult { "clientShow" => read_field(client_show),
    "description" => read_field(description), "gmtCreate" => read_field(gmt_create),
    "gmtModified" => read_field(gmt_modified), "groupCode" => read_field(group_code),
    "groupType" => read_field(group_type), "name" => read_field(name), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserGroupResponseBodyResult { "clientShow" => optional(client_show), "description"
    => optional(description), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "groupCode" => optional(group_code), "groupType" =>
    optional(group_type), "name" => optional(name), "status" => optional(status) }
}
/// `ListBasicRoleInPageResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListBasicRoleInPageResponseBodyList { "openAction" => read_field(open_action),
    "openMembers" => read_field(open_members), "openResources" =>
    read_field(open_resources), "openRoleId" => read_field(open_role_id), "openRoleName"
    => read_field(open_role_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListBasicRoleInPageResponseBodyList { "openAction" => optional(open_action),
    "openMembers" => optional(open_members), "openResources" => optional(open_resources),
    "openRoleId" => optional(open_role_id), "openRoleName" => optional(open_role_name) }
}
/// `ListContactHideSettingsResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListContactHideSettingsResponseBodyList { "active" => read_field(active),
    "description" => read_field(description), "excludeDeptIds" =>
    read_field(exclude_dept_ids), "excludeStaffIds" => read_field(exclude_staff_ids),
    "excludeTagIds" => read_field(exclude_tag_ids), "id" => read_field(id), "name" =>
    read_field(name), "objectDeptIds" => read_field(object_dept_ids), "objectStaffIds" =>
    read_field(object_staff_ids), "objectTagIds" => read_field(object_tag_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListContactHideSettingsResponseBodyList { "active" => optional(active), "description"
    => optional(description), "excludeDeptIds" => optional(exclude_dept_ids),
    "excludeStaffIds" => optional(exclude_staff_ids), "excludeTagIds" =>
    optional(exclude_tag_ids), "id" => optional(id), "name" => optional(name),
    "objectDeptIds" => optional(object_dept_ids), "objectStaffIds" =>
    optional(object_staff_ids), "objectTagIds" => optional(object_tag_ids) }
}
/// `ListContactRestrictSettingResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListContactRestrictSettingResponseBodyList { "active" => read_field(active),
    "description" => read_field(description), "excludeDeptIds" =>
    read_field(exclude_dept_ids), "excludeTagIds" => read_field(exclude_tag_ids),
    "excludeUserIds" => read_field(exclude_user_ids), "id" => read_field(id), "name" =>
    read_field(name), "restrictInSearch" => read_field(restrict_in_search),
    "restrictInUserProfile" => read_field(restrict_in_user_profile), "subjectDeptIds" =>
    read_field(subject_dept_ids), "subjectTagIds" => read_field(subject_tag_ids),
    "subjectUserIds" => read_field(subject_user_ids), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListContactRestrictSettingResponseBodyList { "active" => optional(active),
    "description" => optional(description), "excludeDeptIds" =>
    optional(exclude_dept_ids), "excludeTagIds" => optional(exclude_tag_ids),
    "excludeUserIds" => optional(exclude_user_ids), "id" => optional(id), "name" =>
    optional(name), "restrictInSearch" => optional(restrict_in_search),
    "restrictInUserProfile" => optional(restrict_in_user_profile), "subjectDeptIds" =>
    optional(subject_dept_ids), "subjectTagIds" => optional(subject_tag_ids),
    "subjectUserIds" => optional(subject_user_ids), "type" => optional(r#type) }
}
/// `ListEmpAttributeVisibilityResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListEmpAttributeVisibilityResponseBodyList { "active" => read_field(active),
    "description" => read_field(description), "excludeDeptIds" =>
    read_field(exclude_dept_ids), "excludeStaffIds" => read_field(exclude_staff_ids),
    "excludeTagIds" => read_field(exclude_tag_ids), "gmtCreate" =>
    read_field(gmt_create), "gmtModified" => read_field(gmt_modified), "hideFields" =>
    read_field(hide_fields), "id" => read_field(id), "name" => read_field(name),
    "objectDeptIds" => read_field(object_dept_ids), "objectStaffIds" =>
    read_field(object_staff_ids), "objectTagIds" => read_field(object_tag_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEmpAttributeVisibilityResponseBodyList { "active" => optional(active),
    "description" => optional(description), "excludeDeptIds" =>
    optional(exclude_dept_ids), "excludeStaffIds" => optional(exclude_staff_ids),
    "excludeTagIds" => optional(exclude_tag_ids), "gmtCreate" => optional(gmt_create),
    "gmtModified" => optional(gmt_modified), "hideFields" => optional(hide_fields), "id"
    => optional(id), "name" => optional(name), "objectDeptIds" =>
    optional(object_dept_ids), "objectStaffIds" => optional(object_staff_ids),
    "objectTagIds" => optional(object_tag_ids) }
}
/// `ListEmpLeaveRecordsResponseBodyRecords`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListEmpLeaveRecordsResponseBodyRecords { "leaveReason" => read_field(leave_reason),
    "leaveTime" => read_field(leave_time), "mobile" => read_field(mobile), "name" =>
    read_field(name), "stateCode" => read_field(state_code), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListEmpLeaveRecordsResponseBodyRecords { "leaveReason" => optional(leave_reason),
    "leaveTime" => optional(leave_time), "mobile" => optional(mobile), "name" =>
    optional(name), "stateCode" => optional(state_code), "userId" => optional(user_id) }
}
/// `ListManagementGroupsResponseBodyGroups`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListManagementGroupsResponseBodyGroups { "groupId" => read_field(group_id),
    "groupName" => read_field(group_name), "members" => read_field(members),
    "resourceIds" => read_field(resource_ids), "scope" => read_field(scope) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListManagementGroupsResponseBodyGroups { "groupId" => optional(group_id), "groupName"
    => optional(group_name), "members" => optional(members), "resourceIds" =>
    optional(resource_ids), "scope" => optional(scope) }
}
/// `ListOwnedOrgByStaffIdResponseBodyOrgList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOwnedOrgByStaffIdResponseBodyOrgList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `corpName`.
    pub corp_name: Option<String>,
}
rt::impl_deserialize! {
    ListOwnedOrgByStaffIdResponseBodyOrgList { "corpId" => read_field(corp_id),
    "corpName" => read_field(corp_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListOwnedOrgByStaffIdResponseBodyOrgList { "corpId" => optional(corp_id), "corpName"
    => optional(corp_name) }
}
/// `ListSeniorSettingsResponseBodySeniorWhiteList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSeniorSettingsResponseBodySeniorWhiteList {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<i64>,
}
rt::impl_deserialize! {
    ListSeniorSettingsResponseBodySeniorWhiteList { "id" => read_field(id), "name" =>
    read_field(name), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSeniorSettingsResponseBodySeniorWhiteList { "id" => optional(id), "name" =>
    optional(name), "type" => optional(r#type) }
}
/// `ListUserGroupMembersResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserGroupMembersResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `members`.
    pub members: Option<Vec<ListUserGroupMembersResponseBodyResultMembers>>,
    /// `nextOffset`.
    pub next_offset: Option<i64>,
}
rt::impl_deserialize! {
    ListUserGroupMembersResponseBodyResult { "hasMore" => read_field(has_more), "members"
    => read_field(members), "nextOffset" => read_field(next_offset) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserGroupMembersResponseBodyResult { "hasMore" => optional(has_more), "members"
    => optional(members), "nextOffset" => optional(next_offset) }
}
/// `ListUserGroupsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserGroupsResponseBodyResult {
    /// `groups`.
    pub groups: Option<Vec<ListUserGroupsResponseBodyResultGroups>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextOffset`.
    pub next_offset: Option<i64>,
}
rt::impl_deserialize! {
    ListUserGroupsResponseBodyResult { "groups" => read_field(groups), "hasMore" =>
    read_field(has_more), "nextOffset" => read_field(next_offset) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserGroupsResponseBodyResult { "groups" => optional(groups), "hasMore" =>
    optional(has_more), "nextOffset" => optional(next_offset) }
}
/// `OrgInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OrgInfoResponseBodyResult {
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    OrgInfoResponseBodyResult { "id" => read_field(id), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OrgInfoResponseBodyResult { "id" => optional(id), "name" => optional(name) }
}
/// `QueryCorpStatisticDataResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCorpStatisticDataResponseBodyResult { "cardBeReceivedTotalCnt" =>
    read_field(card_be_received_total_cnt), "cardReceiveTotalCnt" =>
    read_field(card_receive_total_cnt), "cardTotalBeVisitedCnt" =>
    read_field(card_total_be_visited_cnt), "dataDate" => read_field(data_date),
    "dingTotalShareCnt" => read_field(ding_total_share_cnt), "totalSendCnt" =>
    read_field(total_send_cnt), "wechatTotalShareCnt" =>
    read_field(wechat_total_share_cnt) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCorpStatisticDataResponseBodyResult { "cardBeReceivedTotalCnt" =>
    optional(card_be_received_total_cnt), "cardReceiveTotalCnt" =>
    optional(card_receive_total_cnt), "cardTotalBeVisitedCnt" =>
    optional(card_total_be_visited_cnt), "dataDate" => optional(data_date),
    "dingTotalShareCnt" => optional(ding_total_share_cnt), "totalSendCnt" =>
    optional(total_send_cnt), "wechatTotalShareCnt" => optional(wechat_total_share_cnt) }
}
/// `QueryCorpUserStatisticResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCorpUserStatisticResponseBodyList { "avatarUrl" => read_field(avatar_url),
    "name" => read_field(name), "receiveCnt" => read_field(receive_cnt), "sendCnt" =>
    read_field(send_cnt), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCorpUserStatisticResponseBodyList { "avatarUrl" => optional(avatar_url), "name"
    => optional(name), "receiveCnt" => optional(receive_cnt), "sendCnt" =>
    optional(send_cnt), "unionId" => optional(union_id) }
}
/// `QueryResourceManagementMembersResponseBodyMembers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryResourceManagementMembersResponseBodyMembers {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberType`.
    pub member_type: Option<String>,
}
rt::impl_deserialize! {
    QueryResourceManagementMembersResponseBodyMembers { "memberId" =>
    read_field(member_id), "memberType" => read_field(member_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryResourceManagementMembersResponseBodyMembers { "memberId" =>
    optional(member_id), "memberType" => optional(member_type) }
}
/// `TalentAddCustomTagResponseBodyResult`, a model several operations share: also named [`TalentAddObjectiveTagResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentAddCustomTagResponseBodyResult {
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
rt::impl_deserialize! {
    TalentAddCustomTagResponseBodyResult { "tagCode" => read_field(tag_code), "tagName"
    => read_field(tag_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentAddCustomTagResponseBodyResult { "tagCode" => optional(tag_code), "tagName" =>
    optional(tag_name) }
}
/// `TalentAddObjectiveTagResponseBodyResult`: the same model as [`TalentAddCustomTagResponseBodyResult`].
pub type TalentAddObjectiveTagResponseBodyResult = TalentAddCustomTagResponseBodyResult;
/// `TalentAddPersonalityTagResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    TalentAddPersonalityTagResponseBodyResult { "categoryCode" =>
    read_field(category_code), "categoryName" => read_field(category_name), "tagCode" =>
    read_field(tag_code), "tagName" => read_field(tag_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentAddPersonalityTagResponseBodyResult { "categoryCode" =>
    optional(category_code), "categoryName" => optional(category_name), "tagCode" =>
    optional(tag_code), "tagName" => optional(tag_name) }
}
/// `TalentDeleteCustomTagResponseBodyResult`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type TalentDeleteCustomTagResponseBodyResult = DeleteContactHideBySceneSettingResponseBody;
/// `TalentDeleteObjectiveTagResponseBodyResult`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type TalentDeleteObjectiveTagResponseBodyResult = DeleteContactHideBySceneSettingResponseBody;
/// `TalentDeletePersonalityTagResponseBodyResult`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type TalentDeletePersonalityTagResponseBodyResult = DeleteContactHideBySceneSettingResponseBody;
/// `TalentLikeTagResponseBodyResult`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type TalentLikeTagResponseBodyResult = DeleteContactHideBySceneSettingResponseBody;
/// `TalentQueryCustomTagResponseBodyResult`, a model several operations share: also named [`TalentQueryObjectiveTagResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentQueryCustomTagResponseBodyResult {
    /// `tags`.
    pub tags: Option<Vec<TalentQueryCustomTagResponseBodyResultTags>>,
}
rt::impl_deserialize! {
    TalentQueryCustomTagResponseBodyResult { "tags" => read_field(tags) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentQueryCustomTagResponseBodyResult { "tags" => optional(tags) }
}
/// `TalentQueryObjectiveTagResponseBodyResult`: the same model as [`TalentQueryCustomTagResponseBodyResult`].
pub type TalentQueryObjectiveTagResponseBodyResult = TalentQueryCustomTagResponseBodyResult;
/// `TalentQueryPersonalityTagResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentQueryPersonalityTagResponseBodyResult {
    /// `tags`.
    pub tags: Option<Vec<TalentQueryPersonalityTagResponseBodyResultTags>>,
}
rt::impl_deserialize! {
    TalentQueryPersonalityTagResponseBodyResult { "tags" => read_field(tags) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentQueryPersonalityTagResponseBodyResult { "tags" => optional(tags) }
}
/// `TalentQueryTagLikeDetailListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    TalentQueryTagLikeDetailListResponseBodyResult { "hasMore" => read_field(has_more),
    "likeDetails" => read_field(like_details), "nextCursor" => read_field(next_cursor) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentQueryTagLikeDetailListResponseBodyResult { "hasMore" => optional(has_more),
    "likeDetails" => optional(like_details), "nextCursor" => optional(next_cursor) }
}
/// `TalentQueryTagLikeListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentQueryTagLikeListResponseBodyResult {
    /// `tagLikes`.
    pub tag_likes: Option<Vec<TalentQueryTagLikeListResponseBodyResultTagLikes>>,
}
rt::impl_deserialize! {
    TalentQueryTagLikeListResponseBodyResult { "tagLikes" => read_field(tag_likes) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentQueryTagLikeListResponseBodyResult { "tagLikes" => optional(tag_likes) }
}
/// `UserGroupAddStaticGroupMembersResponseBodyResult`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type UserGroupAddStaticGroupMembersResponseBodyResult = DeleteContactHideBySceneSettingResponseBody;
/// `UserGroupRemoveStaticGroupMembersResponseBodyResult`: the same model as [`DeleteContactHideBySceneSettingResponseBody`].
pub type UserGroupRemoveStaticGroupMembersResponseBodyResult = DeleteContactHideBySceneSettingResponseBody;
/// `UserProfileResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    UserProfileResponseBodyResult { "mobile" => read_field(mobile), "nick" =>
    read_field(nick), "orgIds" => read_field(org_ids), "stateCode" =>
    read_field(state_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UserProfileResponseBodyResult { "mobile" => optional(mobile), "nick" =>
    optional(nick), "orgIds" => optional(org_ids), "stateCode" => optional(state_code) }
}
/// `BatchUpdateExternalTitleResponseBodyResultFailedList`, a model several operations share: also named [`BatchUpdateExternalTitleResponseBodyResultModifyList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchUpdateExternalTitleResponseBodyResultFailedList {
    /// `title`.
    pub title: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    BatchUpdateExternalTitleResponseBodyResultFailedList { "title" => read_field(title),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchUpdateExternalTitleResponseBodyResultFailedList { "title" => optional(title),
    "userId" => optional(user_id) }
}
/// `BatchUpdateExternalTitleResponseBodyResultModifyList`: the same model as [`BatchUpdateExternalTitleResponseBodyResultFailedList`].
pub type BatchUpdateExternalTitleResponseBodyResultModifyList = BatchUpdateExternalTitleResponseBodyResultFailedList;
/// `GetCardInfoResponseBodyExtensionCardContactInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetCardInfoResponseBodyExtensionCardContactInfo { "address" => read_field(address),
    "email" => read_field(email), "link" => read_field(link), "telephone" =>
    read_field(telephone), "workPhone" => read_field(work_phone) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCardInfoResponseBodyExtensionCardContactInfo { "address" => optional(address),
    "email" => optional(email), "link" => optional(link), "telephone" =>
    optional(telephone), "workPhone" => optional(work_phone) }
}
/// `ListBasicRoleInPageResponseBodyListOpenAction`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListBasicRoleInPageResponseBodyListOpenAction {
    /// `actionIds`.
    pub action_ids: Option<Vec<String>>,
    /// `openCondition`.
    pub open_condition: Option<
        ListBasicRoleInPageResponseBodyListOpenActionOpenCondition,
    >,
}
rt::impl_deserialize! {
    ListBasicRoleInPageResponseBodyListOpenAction { "actionIds" =>
    read_field(action_ids), "openCondition" => read_field(open_condition) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListBasicRoleInPageResponseBodyListOpenAction { "actionIds" => optional(action_ids),
    "openCondition" => optional(open_condition) }
}
/// `ListBasicRoleInPageResponseBodyListOpenMembers`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListBasicRoleInPageResponseBodyListOpenMembers { "belongCorpId" =>
    read_field(belong_corp_id), "memberId" => read_field(member_id), "memberType" =>
    read_field(member_type), "operateUserId" => read_field(operate_user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListBasicRoleInPageResponseBodyListOpenMembers { "belongCorpId" =>
    optional(belong_corp_id), "memberId" => optional(member_id), "memberType" =>
    optional(member_type), "operateUserId" => optional(operate_user_id) }
}
/// `ListManagementGroupsResponseBodyGroupsMembers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListManagementGroupsResponseBodyGroupsMembers {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `memberType`.
    pub member_type: Option<String>,
}
rt::impl_deserialize! {
    ListManagementGroupsResponseBodyGroupsMembers { "memberId" => read_field(member_id),
    "memberType" => read_field(member_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListManagementGroupsResponseBodyGroupsMembers { "memberId" => optional(member_id),
    "memberType" => optional(member_type) }
}
/// `ListManagementGroupsResponseBodyGroupsScope`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListManagementGroupsResponseBodyGroupsScope {
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `scopeType`.
    pub scope_type: Option<i64>,
}
rt::impl_deserialize! {
    ListManagementGroupsResponseBodyGroupsScope { "deptIds" => read_field(dept_ids),
    "scopeType" => read_field(scope_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListManagementGroupsResponseBodyGroupsScope { "deptIds" => optional(dept_ids),
    "scopeType" => optional(scope_type) }
}
/// `ListUserGroupMembersResponseBodyResultMembers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserGroupMembersResponseBodyResultMembers {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    ListUserGroupMembersResponseBodyResultMembers { "name" => read_field(name), "userId"
    => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserGroupMembersResponseBodyResultMembers { "name" => optional(name), "userId" =>
    optional(user_id) }
}
/// `ListUserGroupsResponseBodyResultGroups`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListUserGroupsResponseBodyResultGroups { "gmtModified" => read_field(gmt_modified),
    "groupCode" => read_field(group_code), "groupType" => read_field(group_type), "name"
    => read_field(name), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserGroupsResponseBodyResultGroups { "gmtModified" => optional(gmt_modified),
    "groupCode" => optional(group_code), "groupType" => optional(group_type), "name" =>
    optional(name), "status" => optional(status) }
}
/// `TalentQueryCustomTagResponseBodyResultTags`, a model several operations share: also named [`TalentQueryObjectiveTagResponseBodyResultTags`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentQueryCustomTagResponseBodyResultTags {
    /// `sortOrder`.
    pub sort_order: Option<i64>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
rt::impl_deserialize! {
    TalentQueryCustomTagResponseBodyResultTags { "sortOrder" => read_field(sort_order),
    "tagCode" => read_field(tag_code), "tagName" => read_field(tag_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentQueryCustomTagResponseBodyResultTags { "sortOrder" => optional(sort_order),
    "tagCode" => optional(tag_code), "tagName" => optional(tag_name) }
}
/// `TalentQueryObjectiveTagResponseBodyResultTags`: the same model as [`TalentQueryCustomTagResponseBodyResultTags`].
pub type TalentQueryObjectiveTagResponseBodyResultTags = TalentQueryCustomTagResponseBodyResultTags;
/// `TalentQueryPersonalityTagResponseBodyResultTags`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    TalentQueryPersonalityTagResponseBodyResultTags { "categoryCode" =>
    read_field(category_code), "categoryName" => read_field(category_name),
    "categorySortOrder" => read_field(category_sort_order), "sortOrder" =>
    read_field(sort_order), "tagCode" => read_field(tag_code), "tagName" =>
    read_field(tag_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentQueryPersonalityTagResponseBodyResultTags { "categoryCode" =>
    optional(category_code), "categoryName" => optional(category_name),
    "categorySortOrder" => optional(category_sort_order), "sortOrder" =>
    optional(sort_order), "tagCode" => optional(tag_code), "tagName" =>
    optional(tag_name) }
}
/// `TalentQueryTagLikeDetailListResponseBodyResultLikeDetails`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentQueryTagLikeDetailListResponseBodyResultLikeDetails {
    /// `likeTimestamp`.
    pub like_timestamp: Option<i64>,
    /// `operatorUserId`.
    pub operator_user_id: Option<String>,
}
rt::impl_deserialize! {
    TalentQueryTagLikeDetailListResponseBodyResultLikeDetails { "likeTimestamp" =>
    read_field(like_timestamp), "operatorUserId" => read_field(operator_user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentQueryTagLikeDetailListResponseBodyResultLikeDetails { "likeTimestamp" =>
    optional(like_timestamp), "operatorUserId" => optional(operator_user_id) }
}
/// `TalentQueryTagLikeListResponseBodyResultTagLikes`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    TalentQueryTagLikeListResponseBodyResultTagLikes { "hasLiked" =>
    read_field(has_liked), "likeCount" => read_field(like_count), "tagCode" =>
    read_field(tag_code), "tagName" => read_field(tag_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentQueryTagLikeListResponseBodyResultTagLikes { "hasLiked" => optional(has_liked),
    "likeCount" => optional(like_count), "tagCode" => optional(tag_code), "tagName" =>
    optional(tag_name) }
}
/// `GetCardInfoResponseBodyExtensionCardContactInfoAddress`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCardInfoResponseBodyExtensionCardContactInfoAddress {
    /// `area`.
    pub area: Option<GetCardInfoResponseBodyExtensionCardContactInfoAddressArea>,
    /// `detail`.
    pub detail: Option<String>,
}
rt::impl_deserialize! {
    GetCardInfoResponseBodyExtensionCardContactInfoAddress { "area" => read_field(area),
    "detail" => read_field(detail) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCardInfoResponseBodyExtensionCardContactInfoAddress { "area" => optional(area),
    "detail" => optional(detail) }
}
/// `GetCardInfoResponseBodyExtensionCardContactInfoEmail`, a model several operations share: also named [`GetCardInfoResponseBodyExtensionCardContactInfoLink`], [`GetCardInfoResponseBodyExtensionCardContactInfoTelephone`], [`GetCardInfoResponseBodyExtensionCardContactInfoWorkPhone`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCardInfoResponseBodyExtensionCardContactInfoEmail {
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetCardInfoResponseBodyExtensionCardContactInfoEmail { "label" => read_field(label),
    "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCardInfoResponseBodyExtensionCardContactInfoEmail { "label" => optional(label),
    "value" => optional(value) }
}
/// `GetCardInfoResponseBodyExtensionCardContactInfoLink`: the same model as [`GetCardInfoResponseBodyExtensionCardContactInfoEmail`].
pub type GetCardInfoResponseBodyExtensionCardContactInfoLink = GetCardInfoResponseBodyExtensionCardContactInfoEmail;
/// `GetCardInfoResponseBodyExtensionCardContactInfoTelephone`: the same model as [`GetCardInfoResponseBodyExtensionCardContactInfoEmail`].
pub type GetCardInfoResponseBodyExtensionCardContactInfoTelephone = GetCardInfoResponseBodyExtensionCardContactInfoEmail;
/// `GetCardInfoResponseBodyExtensionCardContactInfoWorkPhone`: the same model as [`GetCardInfoResponseBodyExtensionCardContactInfoEmail`].
pub type GetCardInfoResponseBodyExtensionCardContactInfoWorkPhone = GetCardInfoResponseBodyExtensionCardContactInfoEmail;
/// `ListBasicRoleInPageResponseBodyListOpenActionOpenCondition`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListBasicRoleInPageResponseBodyListOpenActionOpenCondition {
    /// `openContactScope`.
    pub open_contact_scope: Option<
        ListBasicRoleInPageResponseBodyListOpenActionOpenConditionOpenContactScope,
    >,
}
rt::impl_deserialize! {
    ListBasicRoleInPageResponseBodyListOpenActionOpenCondition { "openContactScope" =>
    read_field(open_contact_scope) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListBasicRoleInPageResponseBodyListOpenActionOpenCondition { "openContactScope" =>
    optional(open_contact_scope) }
}
/// `GetCardInfoResponseBodyExtensionCardContactInfoAddressArea`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCardInfoResponseBodyExtensionCardContactInfoAddressArea {
    /// `region`.
    pub region: Option<String>,
    /// `regionFullName`.
    pub region_full_name: Option<String>,
}
rt::impl_deserialize! {
    GetCardInfoResponseBodyExtensionCardContactInfoAddressArea { "region" =>
    read_field(region), "regionFullName" => read_field(region_full_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCardInfoResponseBodyExtensionCardContactInfoAddressArea { "region" =>
    optional(region), "regionFullName" => optional(region_full_name) }
}
/// `ListBasicRoleInPageResponseBodyListOpenActionOpenConditionOpenContactScope`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListBasicRoleInPageResponseBodyListOpenActionOpenConditionOpenContactScope {
    "deptIds" => read_field(dept_ids), "includeMemberDepts" =>
    read_field(include_member_depts), "includeSelfManageDepts" =>
    read_field(include_self_manage_depts), "userIds" => read_field(user_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListBasicRoleInPageResponseBodyListOpenActionOpenConditionOpenContactScope {
    "deptIds" => optional(dept_ids), "includeMemberDepts" =>
    optional(include_member_depts), "includeSelfManageDepts" =>
    optional(include_self_manage_depts), "userIds" => optional(user_ids) }
}
/// The request of [`Api::add_account_mapping`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddAccountMappingRequest`], each named where it is set: `AddAccountMappingRequest::new(AddAccountMappingRequired { .. })`.
pub struct AddAccountMappingRequired {
    /// `domain`: see [`AddAccountMappingRequest::domain`].
    pub domain: String,
    /// `outId`: see [`AddAccountMappingRequest::out_id`].
    pub out_id: String,
    /// `outTenantId`: see [`AddAccountMappingRequest::out_tenant_id`].
    pub out_tenant_id: String,
    /// `userId`: see [`AddAccountMappingRequest::user_id`].
    pub user_id: String,
}
impl AddAccountMappingRequest {
    /// A `AddAccountMappingRequest` with its required fields (`domain`, `outId`, `outTenantId`, `userId`); set the others with the methods named after them.
    pub fn new(required: AddAccountMappingRequired) -> Self {
        let AddAccountMappingRequired { domain, out_id, out_tenant_id, user_id } = required;
        Self {
            domain,
            extension: None,
            out_id,
            out_tenant_id,
            user_id,
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
rt::impl_serialize! {
    AddAccountMappingRequest { "domain" => field(domain), "extension" =>
    optional(extension), "outId" => field(out_id), "outTenantId" => field(out_tenant_id),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddAccountMappingRequest { "domain" => read_field(domain), "extension" =>
    read_field(extension), "outId" => read_field(out_id), "outTenantId" =>
    read_field(out_tenant_id), "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    AddContactHideBySceneSettingRequest { "description" => optional(description),
    "excludeDeptIds" => optional(exclude_dept_ids), "excludeTagIds" =>
    optional(exclude_tag_ids), "excludeUserIds" => optional(exclude_user_ids), "name" =>
    optional(name), "nodeListSceneConfig" => optional(node_list_scene_config),
    "objectDeptIds" => optional(object_dept_ids), "objectTagIds" =>
    optional(object_tag_ids), "objectUserIds" => optional(object_user_ids),
    "profileSceneConfig" => optional(profile_scene_config), "searchSceneConfig" =>
    optional(search_scene_config) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddContactHideBySceneSettingRequest { "description" => read_field(description),
    "excludeDeptIds" => read_field(exclude_dept_ids), "excludeTagIds" =>
    read_field(exclude_tag_ids), "excludeUserIds" => read_field(exclude_user_ids), "name"
    => read_field(name), "nodeListSceneConfig" => read_field(node_list_scene_config),
    "objectDeptIds" => read_field(object_dept_ids), "objectTagIds" =>
    read_field(object_tag_ids), "objectUserIds" => read_field(object_user_ids),
    "profileSceneConfig" => read_field(profile_scene_config), "searchSceneConfig" =>
    read_field(search_scene_config) }
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
rt::impl_serialize! {
    AddEmpAttributeHideBySceneSettingRequest { "chatSubtitleConfig" =>
    optional(chat_subtitle_config), "description" => optional(description),
    "excludeDeptIds" => optional(exclude_dept_ids), "excludeTagIds" =>
    optional(exclude_tag_ids), "excludeUserIds" => optional(exclude_user_ids),
    "hideFields" => optional(hide_fields), "name" => optional(name), "objectDeptIds" =>
    optional(object_dept_ids), "objectTagIds" => optional(object_tag_ids),
    "objectUserIds" => optional(object_user_ids), "profileSceneConfig" =>
    optional(profile_scene_config), "searchSceneConfig" => optional(search_scene_config)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddEmpAttributeHideBySceneSettingRequest { "chatSubtitleConfig" =>
    read_field(chat_subtitle_config), "description" => read_field(description),
    "excludeDeptIds" => read_field(exclude_dept_ids), "excludeTagIds" =>
    read_field(exclude_tag_ids), "excludeUserIds" => read_field(exclude_user_ids),
    "hideFields" => read_field(hide_fields), "name" => read_field(name), "objectDeptIds"
    => read_field(object_dept_ids), "objectTagIds" => read_field(object_tag_ids),
    "objectUserIds" => read_field(object_user_ids), "profileSceneConfig" =>
    read_field(profile_scene_config), "searchSceneConfig" =>
    read_field(search_scene_config) }
}
impl rt::WriteRequest for AddEmpAttributeHideBySceneSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_org_account_ownness`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddOrgAccountOwnnessRequest`], each named where it is set: `AddOrgAccountOwnnessRequest::new(AddOrgAccountOwnnessRequired { .. })`.
pub struct AddOrgAccountOwnnessRequired {
    /// `userId`: see [`AddOrgAccountOwnnessRequest::user_id`].
    pub user_id: String,
    /// `endTime`: see [`AddOrgAccountOwnnessRequest::end_time`].
    pub end_time: i64,
    /// `ownenssType`: see [`AddOrgAccountOwnnessRequest::ownenss_type`].
    pub ownenss_type: i64,
    /// `ownnessId`: see [`AddOrgAccountOwnnessRequest::ownness_id`].
    pub ownness_id: i64,
    /// `startTime`: see [`AddOrgAccountOwnnessRequest::start_time`].
    pub start_time: i64,
    /// `text`: see [`AddOrgAccountOwnnessRequest::text`].
    pub text: String,
}
impl AddOrgAccountOwnnessRequest {
    /// A `AddOrgAccountOwnnessRequest` with its required fields (`userId`, `endTime`, `ownenssType`, `ownnessId`, `startTime`, `text`); set the others with the methods named after them.
    pub fn new(required: AddOrgAccountOwnnessRequired) -> Self {
        let AddOrgAccountOwnnessRequired {
            user_id,
            end_time,
            ownenss_type,
            ownness_id,
            start_time,
            text,
        } = required;
        Self {
            user_id,
            end_time,
            ownenss_type,
            ownness_id,
            start_time,
            text,
        }
    }
}
rt::impl_serialize! {
    AddOrgAccountOwnnessRequest { "endTime" => field(end_time), "ownenssType" =>
    field(ownenss_type), "ownnessId" => field(ownness_id), "startTime" =>
    field(start_time), "text" => field(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddOrgAccountOwnnessRequest { "userId" => read_field(user_id), "endTime" =>
    read_field(end_time), "ownenssType" => read_field(ownenss_type), "ownnessId" =>
    read_field(ownness_id), "startTime" => read_field(start_time), "text" =>
    read_field(text) }
}
impl rt::WriteRequest for AddOrgAccountOwnnessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::annual_certification_audit`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AnnualCertificationAuditRequest`], each named where it is set: `AnnualCertificationAuditRequest::new(AnnualCertificationAuditRequired { .. })`.
pub struct AnnualCertificationAuditRequired {
    /// `authStatus`: see [`AnnualCertificationAuditRequest::auth_status`].
    pub auth_status: i64,
    /// `orderId`: see [`AnnualCertificationAuditRequest::order_id`].
    pub order_id: String,
}
impl AnnualCertificationAuditRequest {
    /// A `AnnualCertificationAuditRequest` with its required fields (`authStatus`, `orderId`); set the others with the methods named after them.
    pub fn new(required: AnnualCertificationAuditRequired) -> Self {
        let AnnualCertificationAuditRequired { auth_status, order_id } = required;
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
            order_id,
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
rt::impl_serialize! {
    AnnualCertificationAuditRequest { "applicantMobile" => optional(applicant_mobile),
    "applicantName" => optional(applicant_name), "applicationLetter" =>
    optional(application_letter), "authStatus" => field(auth_status), "certificateType"
    => optional(certificate_type), "corpName" => optional(corp_name), "depositaryBank" =>
    optional(depositary_bank), "extension" => optional(extension), "legalPerson" =>
    optional(legal_person), "licenseNumber" => optional(license_number), "licenseUrl" =>
    optional(license_url), "orderId" => field(order_id), "publicAccount" =>
    optional(public_account), "reasonCode" => optional(reason_code), "reasonMsg" =>
    optional(reason_msg), "tag" => optional(tag) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AnnualCertificationAuditRequest { "applicantMobile" => read_field(applicant_mobile),
    "applicantName" => read_field(applicant_name), "applicationLetter" =>
    read_field(application_letter), "authStatus" => read_field(auth_status),
    "certificateType" => read_field(certificate_type), "corpName" =>
    read_field(corp_name), "depositaryBank" => read_field(depositary_bank), "extension"
    => read_field(extension), "legalPerson" => read_field(legal_person), "licenseNumber"
    => read_field(license_number), "licenseUrl" => read_field(license_url), "orderId" =>
    read_field(order_id), "publicAccount" => read_field(public_account), "reasonCode" =>
    read_field(reason_code), "reasonMsg" => read_field(reason_msg), "tag" =>
    read_field(tag) }
}
impl rt::WriteRequest for AnnualCertificationAuditRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_approve_union_apply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchApproveUnionApplyRequest {
    /// `body`.
    pub body: Vec<BatchApproveUnionApplyRequestBody>,
}
/// The required fields of [`BatchApproveUnionApplyRequest`], each named where it is set: `BatchApproveUnionApplyRequest::new(BatchApproveUnionApplyRequired { .. })`.
pub struct BatchApproveUnionApplyRequired {
    /// `body`: see [`BatchApproveUnionApplyRequest::body`].
    pub body: Vec<BatchApproveUnionApplyRequestBody>,
}
impl BatchApproveUnionApplyRequest {
    /// A `BatchApproveUnionApplyRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: BatchApproveUnionApplyRequired) -> Self {
        let BatchApproveUnionApplyRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchApproveUnionApplyRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for BatchApproveUnionApplyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::batch_get_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchGetUserRequest {
    /// `permissionCode`: a query parameter.
    pub permission_code: Option<String>,
    /// `userIdList`: a query parameter, JSON-encoded.
    pub user_id_list: Vec<String>,
}
/// The required fields of [`BatchGetUserRequest`], each named where it is set: `BatchGetUserRequest::new(BatchGetUserRequired { .. })`.
pub struct BatchGetUserRequired {
    /// `userIdList`: see [`BatchGetUserRequest::user_id_list`].
    pub user_id_list: Vec<String>,
}
impl BatchGetUserRequest {
    /// A `BatchGetUserRequest` with its required fields (`userIdList`); set the others with the methods named after them.
    pub fn new(required: BatchGetUserRequired) -> Self {
        let BatchGetUserRequired { user_id_list } = required;
        Self {
            permission_code: None,
            user_id_list,
        }
    }
    /// Sets `permissionCode`.
    pub fn permission_code(mut self, value: impl Into<String>) -> Self {
        self.permission_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchGetUserRequest { "permissionCode" => read_field(permission_code), "userIdList"
    => read_field(user_id_list) }
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
rt::impl_serialize! {
    BatchUpdateExternalTitleRequest { "operatorUserId" => optional(operator_user_id),
    "updateTitleModelList" => optional(update_title_model_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateExternalTitleRequest { "operatorUserId" => read_field(operator_user_id),
    "updateTitleModelList" => read_field(update_title_model_list) }
}
impl rt::WriteRequest for BatchUpdateExternalTitleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::change_ding_talk_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChangeDingTalkIdRequest {
    /// `dingTalkId`.
    pub ding_talk_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`ChangeDingTalkIdRequest`], each named where it is set: `ChangeDingTalkIdRequest::new(ChangeDingTalkIdRequired { .. })`.
pub struct ChangeDingTalkIdRequired {
    /// `dingTalkId`: see [`ChangeDingTalkIdRequest::ding_talk_id`].
    pub ding_talk_id: String,
    /// `userId`: see [`ChangeDingTalkIdRequest::user_id`].
    pub user_id: String,
}
impl ChangeDingTalkIdRequest {
    /// A `ChangeDingTalkIdRequest` with its required fields (`dingTalkId`, `userId`); set the others with the methods named after them.
    pub fn new(required: ChangeDingTalkIdRequired) -> Self {
        let ChangeDingTalkIdRequired { ding_talk_id, user_id } = required;
        Self { ding_talk_id, user_id }
    }
}
rt::impl_serialize! {
    ChangeDingTalkIdRequest { "dingTalkId" => field(ding_talk_id), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChangeDingTalkIdRequest { "dingTalkId" => read_field(ding_talk_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for ChangeDingTalkIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::change_main_admin`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChangeMainAdminRequest {
    /// `effectCorpId`.
    pub effect_corp_id: String,
    /// `sourceUserId`.
    pub source_user_id: String,
    /// `targetUserId`.
    pub target_user_id: String,
}
/// The required fields of [`ChangeMainAdminRequest`], each named where it is set: `ChangeMainAdminRequest::new(ChangeMainAdminRequired { .. })`.
pub struct ChangeMainAdminRequired {
    /// `effectCorpId`: see [`ChangeMainAdminRequest::effect_corp_id`].
    pub effect_corp_id: String,
    /// `sourceUserId`: see [`ChangeMainAdminRequest::source_user_id`].
    pub source_user_id: String,
    /// `targetUserId`: see [`ChangeMainAdminRequest::target_user_id`].
    pub target_user_id: String,
}
impl ChangeMainAdminRequest {
    /// A `ChangeMainAdminRequest` with its required fields (`effectCorpId`, `sourceUserId`, `targetUserId`); set the others with the methods named after them.
    pub fn new(required: ChangeMainAdminRequired) -> Self {
        let ChangeMainAdminRequired { effect_corp_id, source_user_id, target_user_id } = required;
        Self {
            effect_corp_id,
            source_user_id,
            target_user_id,
        }
    }
}
rt::impl_serialize! {
    ChangeMainAdminRequest { "effectCorpId" => field(effect_corp_id), "sourceUserId" =>
    field(source_user_id), "targetUserId" => field(target_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChangeMainAdminRequest { "effectCorpId" => read_field(effect_corp_id), "sourceUserId"
    => read_field(source_user_id), "targetUserId" => read_field(target_user_id) }
}
impl rt::WriteRequest for ChangeMainAdminRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::change_main_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChangeMainOrgRequest {
    /// `newMainCorpId`.
    pub new_main_corp_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`ChangeMainOrgRequest`], each named where it is set: `ChangeMainOrgRequest::new(ChangeMainOrgRequired { .. })`.
pub struct ChangeMainOrgRequired {
    /// `newMainCorpId`: see [`ChangeMainOrgRequest::new_main_corp_id`].
    pub new_main_corp_id: String,
    /// `userId`: see [`ChangeMainOrgRequest::user_id`].
    pub user_id: String,
}
impl ChangeMainOrgRequest {
    /// A `ChangeMainOrgRequest` with its required fields (`newMainCorpId`, `userId`); set the others with the methods named after them.
    pub fn new(required: ChangeMainOrgRequired) -> Self {
        let ChangeMainOrgRequired { new_main_corp_id, user_id } = required;
        Self { new_main_corp_id, user_id }
    }
}
rt::impl_serialize! {
    ChangeMainOrgRequest { "newMainCorpId" => field(new_main_corp_id), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChangeMainOrgRequest { "newMainCorpId" => read_field(new_main_corp_id), "userId" =>
    read_field(user_id) }
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
rt::impl_serialize! {
    CourseFinishCourseRequest { "certId" => optional(cert_id), "certMediaBase64" =>
    optional(cert_media_base64), "courseId" => optional(course_id), "status" =>
    optional(status), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CourseFinishCourseRequest { "certId" => read_field(cert_id), "certMediaBase64" =>
    read_field(cert_media_base64), "courseId" => read_field(course_id), "status" =>
    read_field(status), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CourseFinishCourseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_cooperate_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateCooperateOrgRequest {
    /// `industryCode`.
    pub industry_code: Option<i64>,
    /// `logoMediaId`.
    pub logo_media_id: Option<String>,
    /// `orgName`.
    pub org_name: String,
}
/// The required fields of [`CreateCooperateOrgRequest`], each named where it is set: `CreateCooperateOrgRequest::new(CreateCooperateOrgRequired { .. })`.
pub struct CreateCooperateOrgRequired {
    /// `orgName`: see [`CreateCooperateOrgRequest::org_name`].
    pub org_name: String,
}
impl CreateCooperateOrgRequest {
    /// A `CreateCooperateOrgRequest` with its required fields (`orgName`); set the others with the methods named after them.
    pub fn new(required: CreateCooperateOrgRequired) -> Self {
        let CreateCooperateOrgRequired { org_name } = required;
        Self {
            industry_code: None,
            logo_media_id: None,
            org_name,
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
rt::impl_serialize! {
    CreateCooperateOrgRequest { "industryCode" => optional(industry_code), "logoMediaId"
    => optional(logo_media_id), "orgName" => field(org_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCooperateOrgRequest { "industryCode" => read_field(industry_code),
    "logoMediaId" => read_field(logo_media_id), "orgName" => read_field(org_name) }
}
impl rt::WriteRequest for CreateCooperateOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_management_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateManagementGroupRequest`], each named where it is set: `CreateManagementGroupRequest::new(CreateManagementGroupRequired { .. })`.
pub struct CreateManagementGroupRequired {
    /// `groupName`: see [`CreateManagementGroupRequest::group_name`].
    pub group_name: String,
    /// `members`: see [`CreateManagementGroupRequest::members`].
    pub members: Vec<CreateManagementGroupRequestMembers>,
    /// `resourceIds`: see [`CreateManagementGroupRequest::resource_ids`].
    pub resource_ids: Vec<String>,
    /// `scope`: see [`CreateManagementGroupRequest::scope`].
    pub scope: CreateManagementGroupRequestScope,
}
impl CreateManagementGroupRequest {
    /// A `CreateManagementGroupRequest` with its required fields (`groupName`, `members`, `resourceIds`, `scope`); set the others with the methods named after them.
    pub fn new(required: CreateManagementGroupRequired) -> Self {
        let CreateManagementGroupRequired { group_name, members, resource_ids, scope } = required;
        Self {
            group_name,
            members,
            resource_ids,
            scope,
        }
    }
}
rt::impl_serialize! {
    CreateManagementGroupRequest { "groupName" => field(group_name), "members" =>
    field(members), "resourceIds" => field(resource_ids), "scope" => field(scope) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateManagementGroupRequest { "groupName" => read_field(group_name), "members" =>
    read_field(members), "resourceIds" => read_field(resource_ids), "scope" =>
    read_field(scope) }
}
impl rt::WriteRequest for CreateManagementGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_secondary_management_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateSecondaryManagementGroupRequest`], each named where it is set: `CreateSecondaryManagementGroupRequest::new(CreateSecondaryManagementGroupRequired { .. })`.
pub struct CreateSecondaryManagementGroupRequired {
    /// `userId`: see [`CreateSecondaryManagementGroupRequest::user_id`].
    pub user_id: String,
    /// `groupName`: see [`CreateSecondaryManagementGroupRequest::group_name`].
    pub group_name: String,
    /// `members`: see [`CreateSecondaryManagementGroupRequest::members`].
    pub members: Vec<CreateSecondaryManagementGroupRequestMembers>,
    /// `resourceIds`: see [`CreateSecondaryManagementGroupRequest::resource_ids`].
    pub resource_ids: Vec<String>,
    /// `scope`: see [`CreateSecondaryManagementGroupRequest::scope`].
    pub scope: CreateSecondaryManagementGroupRequestScope,
}
impl CreateSecondaryManagementGroupRequest {
    /// A `CreateSecondaryManagementGroupRequest` with its required fields (`userId`, `groupName`, `members`, `resourceIds`, `scope`); set the others with the methods named after them.
    pub fn new(required: CreateSecondaryManagementGroupRequired) -> Self {
        let CreateSecondaryManagementGroupRequired {
            user_id,
            group_name,
            members,
            resource_ids,
            scope,
        } = required;
        Self {
            user_id,
            group_name,
            members,
            resource_ids,
            scope,
        }
    }
}
rt::impl_serialize! {
    CreateSecondaryManagementGroupRequest { "groupName" => field(group_name), "members"
    => field(members), "resourceIds" => field(resource_ids), "scope" => field(scope) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSecondaryManagementGroupRequest { "userId" => read_field(user_id), "groupName"
    => read_field(group_name), "members" => read_field(members), "resourceIds" =>
    read_field(resource_ids), "scope" => read_field(scope) }
}
impl rt::WriteRequest for CreateSecondaryManagementGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_user_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateUserGroupRequest {
    /// `clientShow`.
    pub client_show: Option<bool>,
    /// `description`.
    pub description: String,
    /// `name`.
    pub name: String,
}
/// The required fields of [`CreateUserGroupRequest`], each named where it is set: `CreateUserGroupRequest::new(CreateUserGroupRequired { .. })`.
pub struct CreateUserGroupRequired {
    /// `description`: see [`CreateUserGroupRequest::description`].
    pub description: String,
    /// `name`: see [`CreateUserGroupRequest::name`].
    pub name: String,
}
impl CreateUserGroupRequest {
    /// A `CreateUserGroupRequest` with its required fields (`description`, `name`); set the others with the methods named after them.
    pub fn new(required: CreateUserGroupRequired) -> Self {
        let CreateUserGroupRequired { description, name } = required;
        Self {
            client_show: None,
            description,
            name,
        }
    }
    /// Sets `clientShow`.
    pub fn client_show(mut self, value: bool) -> Self {
        self.client_show = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateUserGroupRequest { "clientShow" => optional(client_show), "description" =>
    field(description), "name" => field(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateUserGroupRequest { "clientShow" => read_field(client_show), "description" =>
    read_field(description), "name" => read_field(name) }
}
impl rt::WriteRequest for CreateUserGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::del_account_mapping`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DelAccountMappingRequest {
    /// `domain`: a query parameter.
    pub domain: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`DelAccountMappingRequest`], each named where it is set: `DelAccountMappingRequest::new(DelAccountMappingRequired { .. })`.
pub struct DelAccountMappingRequired {
    /// `domain`: see [`DelAccountMappingRequest::domain`].
    pub domain: String,
    /// `userId`: see [`DelAccountMappingRequest::user_id`].
    pub user_id: String,
}
impl DelAccountMappingRequest {
    /// A `DelAccountMappingRequest` with its required fields (`domain`, `userId`); set the others with the methods named after them.
    pub fn new(required: DelAccountMappingRequired) -> Self {
        let DelAccountMappingRequired { domain, user_id } = required;
        Self { domain, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DelAccountMappingRequest { "domain" => read_field(domain), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for DelAccountMappingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("domain", &self.domain);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::del_org_acc_user_ownness`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DelOrgAccUserOwnnessRequest {
    /// `ownenssType`: a query parameter.
    pub ownenss_type: i64,
    /// `ownnessId`: a query parameter.
    pub ownness_id: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`DelOrgAccUserOwnnessRequest`], each named where it is set: `DelOrgAccUserOwnnessRequest::new(DelOrgAccUserOwnnessRequired { .. })`.
pub struct DelOrgAccUserOwnnessRequired {
    /// `ownenssType`: see [`DelOrgAccUserOwnnessRequest::ownenss_type`].
    pub ownenss_type: i64,
    /// `ownnessId`: see [`DelOrgAccUserOwnnessRequest::ownness_id`].
    pub ownness_id: i64,
    /// `userId`: see [`DelOrgAccUserOwnnessRequest::user_id`].
    pub user_id: String,
}
impl DelOrgAccUserOwnnessRequest {
    /// A `DelOrgAccUserOwnnessRequest` with its required fields (`ownenssType`, `ownnessId`, `userId`); set the others with the methods named after them.
    pub fn new(required: DelOrgAccUserOwnnessRequired) -> Self {
        let DelOrgAccUserOwnnessRequired { ownenss_type, ownness_id, user_id } = required;
        Self {
            ownenss_type,
            ownness_id,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DelOrgAccUserOwnnessRequest { "ownenssType" => read_field(ownenss_type), "ownnessId"
    => read_field(ownness_id), "userId" => read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteUserGroupRequest {
    /// `groupCode`.
    pub group_code: String,
}
/// The required fields of [`DeleteUserGroupRequest`], each named where it is set: `DeleteUserGroupRequest::new(DeleteUserGroupRequired { .. })`.
pub struct DeleteUserGroupRequired {
    /// `groupCode`: see [`DeleteUserGroupRequest::group_code`].
    pub group_code: String,
}
impl DeleteUserGroupRequest {
    /// A `DeleteUserGroupRequest` with its required fields (`groupCode`); set the others with the methods named after them.
    pub fn new(required: DeleteUserGroupRequired) -> Self {
        let DeleteUserGroupRequired { group_code } = required;
        Self { group_code }
    }
}
rt::impl_serialize! {
    DeleteUserGroupRequest { "groupCode" => field(group_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteUserGroupRequest { "groupCode" => read_field(group_code) }
}
impl rt::WriteRequest for DeleteUserGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::dept_group_setting_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`DeptGroupSettingUpdateRequest`], each named where it is set: `DeptGroupSettingUpdateRequest::new(DeptGroupSettingUpdateRequired { .. })`.
pub struct DeptGroupSettingUpdateRequired {
    /// `deptId`: see [`DeptGroupSettingUpdateRequest::dept_id`].
    pub dept_id: i64,
}
impl DeptGroupSettingUpdateRequest {
    /// A `DeptGroupSettingUpdateRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(required: DeptGroupSettingUpdateRequired) -> Self {
        let DeptGroupSettingUpdateRequired { dept_id } = required;
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
rt::impl_serialize! {
    DeptGroupSettingUpdateRequest { "deptId" => field(dept_id), "groupContainHiddenDept"
    => optional(group_contain_hidden_dept), "groupContainHrmEmployeeTypeLabels" =>
    optional(group_contain_hrm_employee_type_labels), "groupContainOuterDept" =>
    optional(group_contain_outer_dept), "groupContainSubDept" =>
    optional(group_contain_sub_dept), "permissionCode" => optional(permission_code),
    "syncMembers" => optional(sync_members) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeptGroupSettingUpdateRequest { "deptId" => read_field(dept_id),
    "groupContainHiddenDept" => read_field(group_contain_hidden_dept),
    "groupContainHrmEmployeeTypeLabels" =>
    read_field(group_contain_hrm_employee_type_labels), "groupContainOuterDept" =>
    read_field(group_contain_outer_dept), "groupContainSubDept" =>
    read_field(group_contain_sub_dept), "permissionCode" => read_field(permission_code),
    "syncMembers" => read_field(sync_members) }
}
impl rt::WriteRequest for DeptGroupSettingUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_account_mapping`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAccountMappingRequest {
    /// `domain`: a query parameter.
    pub domain: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetAccountMappingRequest`], each named where it is set: `GetAccountMappingRequest::new(GetAccountMappingRequired { .. })`.
pub struct GetAccountMappingRequired {
    /// `domain`: see [`GetAccountMappingRequest::domain`].
    pub domain: String,
    /// `userId`: see [`GetAccountMappingRequest::user_id`].
    pub user_id: String,
}
impl GetAccountMappingRequest {
    /// A `GetAccountMappingRequest` with its required fields (`domain`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetAccountMappingRequired) -> Self {
        let GetAccountMappingRequired { domain, user_id } = required;
        Self { domain, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAccountMappingRequest { "domain" => read_field(domain), "userId" =>
    read_field(user_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetApplyInviteInfoRequest { "deptId" => read_field(dept_id), "inviterUserId" =>
    read_field(inviter_user_id) }
}
impl rt::WriteRequest for GetApplyInviteInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("inviterUserId", &self.inviter_user_id);
    }
}
/// The request of [`Api::get_branch_auth_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetBranchAuthDataRequest {
    /// `branchCorpId`: a query parameter.
    pub branch_corp_id: String,
    /// `code`: a query parameter.
    pub code: String,
    /// `body`.
    pub body: Option<rt::BTreeMap<String, String>>,
}
/// The required fields of [`GetBranchAuthDataRequest`], each named where it is set: `GetBranchAuthDataRequest::new(GetBranchAuthDataRequired { .. })`.
pub struct GetBranchAuthDataRequired {
    /// `branchCorpId`: see [`GetBranchAuthDataRequest::branch_corp_id`].
    pub branch_corp_id: String,
    /// `code`: see [`GetBranchAuthDataRequest::code`].
    pub code: String,
}
impl GetBranchAuthDataRequest {
    /// A `GetBranchAuthDataRequest` with its required fields (`branchCorpId`, `code`); set the others with the methods named after them.
    pub fn new(required: GetBranchAuthDataRequired) -> Self {
        let GetBranchAuthDataRequired { branch_corp_id, code } = required;
        Self {
            branch_corp_id,
            code,
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
rt::impl_serialize! {
    GetBranchAuthDataRequest { "body" => optional(body) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetBranchAuthDataRequest { "branchCorpId" => read_field(branch_corp_id), "code" =>
    read_field(code), "body" => read_field(body) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDingIdByMigrationDingIdRequest {
    /// `migrationDingId`: a query parameter.
    pub migration_ding_id: String,
}
/// The required fields of [`GetDingIdByMigrationDingIdRequest`], each named where it is set: `GetDingIdByMigrationDingIdRequest::new(GetDingIdByMigrationDingIdRequired { .. })`.
pub struct GetDingIdByMigrationDingIdRequired {
    /// `migrationDingId`: see [`GetDingIdByMigrationDingIdRequest::migration_ding_id`].
    pub migration_ding_id: String,
}
impl GetDingIdByMigrationDingIdRequest {
    /// A `GetDingIdByMigrationDingIdRequest` with its required fields (`migrationDingId`); set the others with the methods named after them.
    pub fn new(required: GetDingIdByMigrationDingIdRequired) -> Self {
        let GetDingIdByMigrationDingIdRequired { migration_ding_id } = required;
        Self { migration_ding_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDingIdByMigrationDingIdRequest { "migrationDingId" =>
    read_field(migration_ding_id) }
}
impl rt::WriteRequest for GetDingIdByMigrationDingIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("migrationDingId", &self.migration_ding_id);
    }
}
/// The request of [`Api::get_migration_ding_id_by_ding_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMigrationDingIdByDingIdRequest {
    /// `dingId`: a query parameter.
    pub ding_id: String,
}
/// The required fields of [`GetMigrationDingIdByDingIdRequest`], each named where it is set: `GetMigrationDingIdByDingIdRequest::new(GetMigrationDingIdByDingIdRequired { .. })`.
pub struct GetMigrationDingIdByDingIdRequired {
    /// `dingId`: see [`GetMigrationDingIdByDingIdRequest::ding_id`].
    pub ding_id: String,
}
impl GetMigrationDingIdByDingIdRequest {
    /// A `GetMigrationDingIdByDingIdRequest` with its required fields (`dingId`); set the others with the methods named after them.
    pub fn new(required: GetMigrationDingIdByDingIdRequired) -> Self {
        let GetMigrationDingIdByDingIdRequired { ding_id } = required;
        Self { ding_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMigrationDingIdByDingIdRequest { "dingId" => read_field(ding_id) }
}
impl rt::WriteRequest for GetMigrationDingIdByDingIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingId", &self.ding_id);
    }
}
/// The request of [`Api::get_migration_union_id_by_union_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMigrationUnionIdByUnionIdRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetMigrationUnionIdByUnionIdRequest`], each named where it is set: `GetMigrationUnionIdByUnionIdRequest::new(GetMigrationUnionIdByUnionIdRequired { .. })`.
pub struct GetMigrationUnionIdByUnionIdRequired {
    /// `unionId`: see [`GetMigrationUnionIdByUnionIdRequest::union_id`].
    pub union_id: String,
}
impl GetMigrationUnionIdByUnionIdRequest {
    /// A `GetMigrationUnionIdByUnionIdRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetMigrationUnionIdByUnionIdRequired) -> Self {
        let GetMigrationUnionIdByUnionIdRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMigrationUnionIdByUnionIdRequest { "unionId" => read_field(union_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOrgAuthInfoRequest { "targetCorpId" => read_field(target_corp_id) }
}
impl rt::WriteRequest for GetOrgAuthInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetCorpId", &self.target_corp_id);
    }
}
/// The request of [`Api::get_translate_file_job_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTranslateFileJobResultRequest {
    /// `jobId`: a query parameter.
    pub job_id: String,
}
/// The required fields of [`GetTranslateFileJobResultRequest`], each named where it is set: `GetTranslateFileJobResultRequest::new(GetTranslateFileJobResultRequired { .. })`.
pub struct GetTranslateFileJobResultRequired {
    /// `jobId`: see [`GetTranslateFileJobResultRequest::job_id`].
    pub job_id: String,
}
impl GetTranslateFileJobResultRequest {
    /// A `GetTranslateFileJobResultRequest` with its required fields (`jobId`); set the others with the methods named after them.
    pub fn new(required: GetTranslateFileJobResultRequired) -> Self {
        let GetTranslateFileJobResultRequired { job_id } = required;
        Self { job_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTranslateFileJobResultRequest { "jobId" => read_field(job_id) }
}
impl rt::WriteRequest for GetTranslateFileJobResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("jobId", &self.job_id);
    }
}
/// The request of [`Api::get_union_id_by_migration_union_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUnionIdByMigrationUnionIdRequest {
    /// `migrationUnionId`: a query parameter.
    pub migration_union_id: String,
}
/// The required fields of [`GetUnionIdByMigrationUnionIdRequest`], each named where it is set: `GetUnionIdByMigrationUnionIdRequest::new(GetUnionIdByMigrationUnionIdRequired { .. })`.
pub struct GetUnionIdByMigrationUnionIdRequired {
    /// `migrationUnionId`: see [`GetUnionIdByMigrationUnionIdRequest::migration_union_id`].
    pub migration_union_id: String,
}
impl GetUnionIdByMigrationUnionIdRequest {
    /// A `GetUnionIdByMigrationUnionIdRequest` with its required fields (`migrationUnionId`); set the others with the methods named after them.
    pub fn new(required: GetUnionIdByMigrationUnionIdRequired) -> Self {
        let GetUnionIdByMigrationUnionIdRequired { migration_union_id } = required;
        Self { migration_union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUnionIdByMigrationUnionIdRequest { "migrationUnionId" =>
    read_field(migration_union_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserByDingTalkIdRequest { "dingtalkId" => read_field(dingtalk_id) }
}
impl rt::WriteRequest for GetUserByDingTalkIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingtalkId", &self.dingtalk_id);
    }
}
/// The request of [`Api::get_user_card_holder_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserCardHolderListRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
}
/// The required fields of [`GetUserCardHolderListRequest`], each named where it is set: `GetUserCardHolderListRequest::new(GetUserCardHolderListRequired { .. })`.
pub struct GetUserCardHolderListRequired {
    /// `maxResults`: see [`GetUserCardHolderListRequest::max_results`].
    pub max_results: i64,
}
impl GetUserCardHolderListRequest {
    /// A `GetUserCardHolderListRequest` with its required fields (`maxResults`); set the others with the methods named after them.
    pub fn new(required: GetUserCardHolderListRequired) -> Self {
        let GetUserCardHolderListRequired { max_results } = required;
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserCardHolderListRequest { "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token) }
}
impl rt::WriteRequest for GetUserCardHolderListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_user_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserGroupRequest {
    /// `groupCode`: a query parameter.
    pub group_code: String,
}
/// The required fields of [`GetUserGroupRequest`], each named where it is set: `GetUserGroupRequest::new(GetUserGroupRequired { .. })`.
pub struct GetUserGroupRequired {
    /// `groupCode`: see [`GetUserGroupRequest::group_code`].
    pub group_code: String,
}
impl GetUserGroupRequest {
    /// A `GetUserGroupRequest` with its required fields (`groupCode`); set the others with the methods named after them.
    pub fn new(required: GetUserGroupRequired) -> Self {
        let GetUserGroupRequired { group_code } = required;
        Self { group_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserGroupRequest { "groupCode" => read_field(group_code) }
}
impl rt::WriteRequest for GetUserGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("groupCode", &self.group_code);
    }
}
/// The request of [`Api::init_verify_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`InitVerifyEventRequest`], each named where it is set: `InitVerifyEventRequest::new(InitVerifyEventRequired { .. })`.
pub struct InitVerifyEventRequired {
    /// `factorCodeList`: see [`InitVerifyEventRequest::factor_code_list`].
    pub factor_code_list: Vec<String>,
    /// `userId`: see [`InitVerifyEventRequest::user_id`].
    pub user_id: String,
}
impl InitVerifyEventRequest {
    /// A `InitVerifyEventRequest` with its required fields (`factorCodeList`, `userId`); set the others with the methods named after them.
    pub fn new(required: InitVerifyEventRequired) -> Self {
        let InitVerifyEventRequired { factor_code_list, user_id } = required;
        Self {
            caller_device_id: None,
            factor_code_list,
            state: None,
            user_id,
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
rt::impl_serialize! {
    InitVerifyEventRequest { "callerDeviceId" => optional(caller_device_id),
    "factorCodeList" => field(factor_code_list), "state" => optional(state), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InitVerifyEventRequest { "callerDeviceId" => read_field(caller_device_id),
    "factorCodeList" => read_field(factor_code_list), "state" => read_field(state),
    "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    IsFriendRequest { "mobileNo" => optional(mobile_no), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IsFriendRequest { "mobileNo" => read_field(mobile_no), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for IsFriendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::isv_card_event_push`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`IsvCardEventPushRequest`], each named where it is set: `IsvCardEventPushRequest::new(IsvCardEventPushRequired { .. })`.
pub struct IsvCardEventPushRequired {
    /// `isvCardId`: see [`IsvCardEventPushRequest::isv_card_id`].
    pub isv_card_id: String,
    /// `isvToken`: see [`IsvCardEventPushRequest::isv_token`].
    pub isv_token: String,
    /// `isvUid`: see [`IsvCardEventPushRequest::isv_uid`].
    pub isv_uid: String,
    /// `eventParams`: see [`IsvCardEventPushRequest::event_params`].
    pub event_params: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `eventType`: see [`IsvCardEventPushRequest::event_type`].
    pub event_type: String,
}
impl IsvCardEventPushRequest {
    /// A `IsvCardEventPushRequest` with its required fields (`isvCardId`, `isvToken`, `isvUid`, `eventParams`, `eventType`); set the others with the methods named after them.
    pub fn new(required: IsvCardEventPushRequired) -> Self {
        let IsvCardEventPushRequired {
            isv_card_id,
            isv_token,
            isv_uid,
            event_params,
            event_type,
        } = required;
        Self {
            isv_card_id,
            isv_token,
            isv_uid,
            event_params,
            event_type,
        }
    }
}
rt::impl_serialize! {
    IsvCardEventPushRequest { "eventParams" => field(event_params), "eventType" =>
    field(event_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IsvCardEventPushRequest { "isvCardId" => read_field(isv_card_id), "isvToken" =>
    read_field(isv_token), "isvUid" => read_field(isv_uid), "eventParams" =>
    read_field(event_params), "eventType" => read_field(event_type) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListBasicRoleInPageRequest { "agentId" => read_field(agent_id), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListContactHideSettingsRequest { "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListContactRestrictSettingRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListEmpAttributeVisibilityRequest { "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for ListEmpAttributeVisibilityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::list_emp_leave_records`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ListEmpLeaveRecordsRequest`], each named where it is set: `ListEmpLeaveRecordsRequest::new(ListEmpLeaveRecordsRequired { .. })`.
pub struct ListEmpLeaveRecordsRequired {
    /// `maxResults`: see [`ListEmpLeaveRecordsRequest::max_results`].
    pub max_results: i64,
    /// `startTime`: see [`ListEmpLeaveRecordsRequest::start_time`].
    pub start_time: String,
}
impl ListEmpLeaveRecordsRequest {
    /// A `ListEmpLeaveRecordsRequest` with its required fields (`maxResults`, `startTime`); set the others with the methods named after them.
    pub fn new(required: ListEmpLeaveRecordsRequired) -> Self {
        let ListEmpLeaveRecordsRequired { max_results, start_time } = required;
        Self {
            end_time: None,
            max_results,
            next_token: None,
            start_time,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListEmpLeaveRecordsRequest { "endTime" => read_field(end_time), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "startTime" =>
    read_field(start_time) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListManagementGroupsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
/// The required fields of [`ListManagementGroupsRequest`], each named where it is set: `ListManagementGroupsRequest::new(ListManagementGroupsRequired { .. })`.
pub struct ListManagementGroupsRequired {
    /// `maxResults`: see [`ListManagementGroupsRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`ListManagementGroupsRequest::next_token`].
    pub next_token: i64,
}
impl ListManagementGroupsRequest {
    /// A `ListManagementGroupsRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: ListManagementGroupsRequired) -> Self {
        let ListManagementGroupsRequired { max_results, next_token } = required;
        Self { max_results, next_token }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListManagementGroupsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
impl rt::WriteRequest for ListManagementGroupsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::list_owned_org_by_staff_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListOwnedOrgByStaffIdRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`ListOwnedOrgByStaffIdRequest`], each named where it is set: `ListOwnedOrgByStaffIdRequest::new(ListOwnedOrgByStaffIdRequired { .. })`.
pub struct ListOwnedOrgByStaffIdRequired {
    /// `userId`: see [`ListOwnedOrgByStaffIdRequest::user_id`].
    pub user_id: String,
}
impl ListOwnedOrgByStaffIdRequest {
    /// A `ListOwnedOrgByStaffIdRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: ListOwnedOrgByStaffIdRequired) -> Self {
        let ListOwnedOrgByStaffIdRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListOwnedOrgByStaffIdRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ListOwnedOrgByStaffIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_senior_settings`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListSeniorSettingsRequest {
    /// `permissionCode`: a query parameter.
    pub permission_code: Option<String>,
    /// `seniorStaffId`: a query parameter.
    pub senior_staff_id: String,
}
/// The required fields of [`ListSeniorSettingsRequest`], each named where it is set: `ListSeniorSettingsRequest::new(ListSeniorSettingsRequired { .. })`.
pub struct ListSeniorSettingsRequired {
    /// `seniorStaffId`: see [`ListSeniorSettingsRequest::senior_staff_id`].
    pub senior_staff_id: String,
}
impl ListSeniorSettingsRequest {
    /// A `ListSeniorSettingsRequest` with its required fields (`seniorStaffId`); set the others with the methods named after them.
    pub fn new(required: ListSeniorSettingsRequired) -> Self {
        let ListSeniorSettingsRequired { senior_staff_id } = required;
        Self {
            permission_code: None,
            senior_staff_id,
        }
    }
    /// Sets `permissionCode`.
    pub fn permission_code(mut self, value: impl Into<String>) -> Self {
        self.permission_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListSeniorSettingsRequest { "permissionCode" => read_field(permission_code),
    "seniorStaffId" => read_field(senior_staff_id) }
}
impl rt::WriteRequest for ListSeniorSettingsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("permissionCode", &self.permission_code);
        writer.query("seniorStaffId", &self.senior_staff_id);
    }
}
/// The request of [`Api::list_user_group_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListUserGroupMembersRequest {
    /// `groupCode`: a query parameter.
    pub group_code: String,
    /// `offset`: a query parameter.
    pub offset: Option<i64>,
    /// `size`: a query parameter.
    pub size: i64,
}
/// The required fields of [`ListUserGroupMembersRequest`], each named where it is set: `ListUserGroupMembersRequest::new(ListUserGroupMembersRequired { .. })`.
pub struct ListUserGroupMembersRequired {
    /// `groupCode`: see [`ListUserGroupMembersRequest::group_code`].
    pub group_code: String,
    /// `size`: see [`ListUserGroupMembersRequest::size`].
    pub size: i64,
}
impl ListUserGroupMembersRequest {
    /// A `ListUserGroupMembersRequest` with its required fields (`groupCode`, `size`); set the others with the methods named after them.
    pub fn new(required: ListUserGroupMembersRequired) -> Self {
        let ListUserGroupMembersRequired { group_code, size } = required;
        Self {
            group_code,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListUserGroupMembersRequest { "groupCode" => read_field(group_code), "offset" =>
    read_field(offset), "size" => read_field(size) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListUserGroupsRequest {
    /// `groupType`: a query parameter.
    pub group_type: Option<String>,
    /// `offset`: a query parameter.
    pub offset: Option<i64>,
    /// `size`: a query parameter.
    pub size: i64,
}
/// The required fields of [`ListUserGroupsRequest`], each named where it is set: `ListUserGroupsRequest::new(ListUserGroupsRequired { .. })`.
pub struct ListUserGroupsRequired {
    /// `size`: see [`ListUserGroupsRequest::size`].
    pub size: i64,
}
impl ListUserGroupsRequest {
    /// A `ListUserGroupsRequest` with its required fields (`size`); set the others with the methods named after them.
    pub fn new(required: ListUserGroupsRequired) -> Self {
        let ListUserGroupsRequired { size } = required;
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListUserGroupsRequest { "groupType" => read_field(group_type), "offset" =>
    read_field(offset), "size" => read_field(size) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ModifyOrgAccUserOwnnessRequest`], each named where it is set: `ModifyOrgAccUserOwnnessRequest::new(ModifyOrgAccUserOwnnessRequired { .. })`.
pub struct ModifyOrgAccUserOwnnessRequired {
    /// `userId`: see [`ModifyOrgAccUserOwnnessRequest::user_id`].
    pub user_id: String,
    /// `endTime`: see [`ModifyOrgAccUserOwnnessRequest::end_time`].
    pub end_time: i64,
    /// `ownenssType`: see [`ModifyOrgAccUserOwnnessRequest::ownenss_type`].
    pub ownenss_type: i64,
    /// `ownnessId`: see [`ModifyOrgAccUserOwnnessRequest::ownness_id`].
    pub ownness_id: i64,
    /// `startTime`: see [`ModifyOrgAccUserOwnnessRequest::start_time`].
    pub start_time: i64,
    /// `text`: see [`ModifyOrgAccUserOwnnessRequest::text`].
    pub text: String,
}
impl ModifyOrgAccUserOwnnessRequest {
    /// A `ModifyOrgAccUserOwnnessRequest` with its required fields (`userId`, `endTime`, `ownenssType`, `ownnessId`, `startTime`, `text`); set the others with the methods named after them.
    pub fn new(required: ModifyOrgAccUserOwnnessRequired) -> Self {
        let ModifyOrgAccUserOwnnessRequired {
            user_id,
            end_time,
            ownenss_type,
            ownness_id,
            start_time,
            text,
        } = required;
        Self {
            user_id,
            end_time,
            ownenss_type,
            ownness_id,
            start_time,
            text,
        }
    }
}
rt::impl_serialize! {
    ModifyOrgAccUserOwnnessRequest { "endTime" => field(end_time), "ownenssType" =>
    field(ownenss_type), "ownnessId" => field(ownness_id), "startTime" =>
    field(start_time), "text" => field(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ModifyOrgAccUserOwnnessRequest { "userId" => read_field(user_id), "endTime" =>
    read_field(end_time), "ownenssType" => read_field(ownenss_type), "ownnessId" =>
    read_field(ownness_id), "startTime" => read_field(start_time), "text" =>
    read_field(text) }
}
impl rt::WriteRequest for ModifyOrgAccUserOwnnessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::multi_org_permission_grant`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct MultiOrgPermissionGrantRequest {
    /// `grantDeptIdList`.
    pub grant_dept_id_list: Option<Vec<i64>>,
    /// `joinCorpId`.
    pub join_corp_id: String,
}
/// The required fields of [`MultiOrgPermissionGrantRequest`], each named where it is set: `MultiOrgPermissionGrantRequest::new(MultiOrgPermissionGrantRequired { .. })`.
pub struct MultiOrgPermissionGrantRequired {
    /// `joinCorpId`: see [`MultiOrgPermissionGrantRequest::join_corp_id`].
    pub join_corp_id: String,
}
impl MultiOrgPermissionGrantRequest {
    /// A `MultiOrgPermissionGrantRequest` with its required fields (`joinCorpId`); set the others with the methods named after them.
    pub fn new(required: MultiOrgPermissionGrantRequired) -> Self {
        let MultiOrgPermissionGrantRequired { join_corp_id } = required;
        Self {
            grant_dept_id_list: None,
            join_corp_id,
        }
    }
    /// Sets `grantDeptIdList`.
    pub fn grant_dept_id_list(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.grant_dept_id_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    MultiOrgPermissionGrantRequest { "grantDeptIdList" => optional(grant_dept_id_list),
    "joinCorpId" => field(join_corp_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MultiOrgPermissionGrantRequest { "grantDeptIdList" => read_field(grant_dept_id_list),
    "joinCorpId" => read_field(join_corp_id) }
}
impl rt::WriteRequest for MultiOrgPermissionGrantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::org_account_mobile_visible_in_other_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OrgAccountMobileVisibleInOtherOrgRequest {
    /// `fields`.
    pub fields: Option<Vec<String>>,
    /// `optUserId`.
    pub opt_user_id: String,
    /// `toCorpIds`.
    pub to_corp_ids: Vec<String>,
}
/// The required fields of [`OrgAccountMobileVisibleInOtherOrgRequest`], each named where it is set: `OrgAccountMobileVisibleInOtherOrgRequest::new(OrgAccountMobileVisibleInOtherOrgRequired { .. })`.
pub struct OrgAccountMobileVisibleInOtherOrgRequired {
    /// `optUserId`: see [`OrgAccountMobileVisibleInOtherOrgRequest::opt_user_id`].
    pub opt_user_id: String,
    /// `toCorpIds`: see [`OrgAccountMobileVisibleInOtherOrgRequest::to_corp_ids`].
    pub to_corp_ids: Vec<String>,
}
impl OrgAccountMobileVisibleInOtherOrgRequest {
    /// A `OrgAccountMobileVisibleInOtherOrgRequest` with its required fields (`optUserId`, `toCorpIds`); set the others with the methods named after them.
    pub fn new(required: OrgAccountMobileVisibleInOtherOrgRequired) -> Self {
        let OrgAccountMobileVisibleInOtherOrgRequired { opt_user_id, to_corp_ids } = required;
        Self {
            fields: None,
            opt_user_id,
            to_corp_ids,
        }
    }
    /// Sets `fields`.
    pub fn fields(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.fields = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    OrgAccountMobileVisibleInOtherOrgRequest { "fields" => optional(fields), "optUserId"
    => field(opt_user_id), "toCorpIds" => field(to_corp_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OrgAccountMobileVisibleInOtherOrgRequest { "fields" => read_field(fields),
    "optUserId" => read_field(opt_user_id), "toCorpIds" => read_field(to_corp_ids) }
}
impl rt::WriteRequest for OrgAccountMobileVisibleInOtherOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::org_account_mobile_visible_permisson`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OrgAccountMobileVisiblePermissonRequest {
    /// `body`.
    pub body: Vec<String>,
}
/// The required fields of [`OrgAccountMobileVisiblePermissonRequest`], each named where it is set: `OrgAccountMobileVisiblePermissonRequest::new(OrgAccountMobileVisiblePermissonRequired { .. })`.
pub struct OrgAccountMobileVisiblePermissonRequired {
    /// `body`: see [`OrgAccountMobileVisiblePermissonRequest::body`].
    pub body: Vec<String>,
}
impl OrgAccountMobileVisiblePermissonRequest {
    /// A `OrgAccountMobileVisiblePermissonRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: OrgAccountMobileVisiblePermissonRequired) -> Self {
        let OrgAccountMobileVisiblePermissonRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OrgAccountMobileVisiblePermissonRequest { "body" => read_field(body) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OrgInfoRequest { "orgIds" => read_field(org_ids) }
}
impl rt::WriteRequest for OrgInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("orgIds", &self.org_ids);
    }
}
/// The request of [`Api::push_verify_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PushVerifyEventRequest`], each named where it is set: `PushVerifyEventRequest::new(PushVerifyEventRequired { .. })`.
pub struct PushVerifyEventRequired {
    /// `factorCodeList`: see [`PushVerifyEventRequest::factor_code_list`].
    pub factor_code_list: Vec<String>,
    /// `userId`: see [`PushVerifyEventRequest::user_id`].
    pub user_id: String,
}
impl PushVerifyEventRequest {
    /// A `PushVerifyEventRequest` with its required fields (`factorCodeList`, `userId`); set the others with the methods named after them.
    pub fn new(required: PushVerifyEventRequired) -> Self {
        let PushVerifyEventRequired { factor_code_list, user_id } = required;
        Self {
            caller_device_id: None,
            factor_code_list,
            state: None,
            user_id,
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
rt::impl_serialize! {
    PushVerifyEventRequest { "callerDeviceId" => optional(caller_device_id),
    "factorCodeList" => field(factor_code_list), "state" => optional(state), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushVerifyEventRequest { "callerDeviceId" => read_field(caller_device_id),
    "factorCodeList" => read_field(factor_code_list), "state" => read_field(state),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for PushVerifyEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_card_visitor_statistic_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCardVisitorStatisticDataRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`QueryCardVisitorStatisticDataRequest`], each named where it is set: `QueryCardVisitorStatisticDataRequest::new(QueryCardVisitorStatisticDataRequired { .. })`.
pub struct QueryCardVisitorStatisticDataRequired {
    /// `unionId`: see [`QueryCardVisitorStatisticDataRequest::union_id`].
    pub union_id: String,
}
impl QueryCardVisitorStatisticDataRequest {
    /// A `QueryCardVisitorStatisticDataRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: QueryCardVisitorStatisticDataRequired) -> Self {
        let QueryCardVisitorStatisticDataRequired { union_id } = required;
        Self { union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCardVisitorStatisticDataRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for QueryCardVisitorStatisticDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::query_corp_statistic_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryCorpStatisticDataRequest`], each named where it is set: `QueryCorpStatisticDataRequest::new(QueryCorpStatisticDataRequired { .. })`.
pub struct QueryCorpStatisticDataRequired {
    /// `endTime`: see [`QueryCorpStatisticDataRequest::end_time`].
    pub end_time: String,
    /// `startTime`: see [`QueryCorpStatisticDataRequest::start_time`].
    pub start_time: String,
    /// `unionId`: see [`QueryCorpStatisticDataRequest::union_id`].
    pub union_id: String,
}
impl QueryCorpStatisticDataRequest {
    /// A `QueryCorpStatisticDataRequest` with its required fields (`endTime`, `startTime`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryCorpStatisticDataRequired) -> Self {
        let QueryCorpStatisticDataRequired { end_time, start_time, union_id } = required;
        Self {
            end_time,
            start_time,
            template_ids: None,
            union_id,
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
rt::impl_serialize! {
    QueryCorpStatisticDataRequest { "endTime" => field(end_time), "startTime" =>
    field(start_time), "templateIds" => optional(template_ids), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCorpStatisticDataRequest { "endTime" => read_field(end_time), "startTime" =>
    read_field(start_time), "templateIds" => read_field(template_ids), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryCorpStatisticDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_corp_user_statistic`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryCorpUserStatisticRequest`], each named where it is set: `QueryCorpUserStatisticRequest::new(QueryCorpUserStatisticRequired { .. })`.
pub struct QueryCorpUserStatisticRequired {
    /// `endTime`: see [`QueryCorpUserStatisticRequest::end_time`].
    pub end_time: String,
    /// `maxResults`: see [`QueryCorpUserStatisticRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`QueryCorpUserStatisticRequest::next_token`].
    pub next_token: i64,
    /// `startTime`: see [`QueryCorpUserStatisticRequest::start_time`].
    pub start_time: String,
    /// `unionId`: see [`QueryCorpUserStatisticRequest::union_id`].
    pub union_id: String,
}
impl QueryCorpUserStatisticRequest {
    /// A `QueryCorpUserStatisticRequest` with its required fields (`endTime`, `maxResults`, `nextToken`, `startTime`, `unionId`); set the others with the methods named after them.
    pub fn new(required: QueryCorpUserStatisticRequired) -> Self {
        let QueryCorpUserStatisticRequired {
            end_time,
            max_results,
            next_token,
            start_time,
            union_id,
        } = required;
        Self {
            end_time,
            max_results,
            next_token,
            start_time,
            template_ids: None,
            union_id,
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
rt::impl_serialize! {
    QueryCorpUserStatisticRequest { "endTime" => field(end_time), "maxResults" =>
    field(max_results), "nextToken" => field(next_token), "startTime" =>
    field(start_time), "templateIds" => optional(template_ids), "unionId" =>
    field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCorpUserStatisticRequest { "endTime" => read_field(end_time), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "startTime" =>
    read_field(start_time), "templateIds" => read_field(template_ids), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for QueryCorpUserStatisticRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryStatusRequest {
    /// `permissionCode`: a query parameter.
    pub permission_code: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`QueryStatusRequest`], each named where it is set: `QueryStatusRequest::new(QueryStatusRequired { .. })`.
pub struct QueryStatusRequired {
    /// `userId`: see [`QueryStatusRequest::user_id`].
    pub user_id: String,
}
impl QueryStatusRequest {
    /// A `QueryStatusRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: QueryStatusRequired) -> Self {
        let QueryStatusRequired { user_id } = required;
        Self {
            permission_code: None,
            user_id,
        }
    }
    /// Sets `permissionCode`.
    pub fn permission_code(mut self, value: impl Into<String>) -> Self {
        self.permission_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryStatusRequest { "permissionCode" => read_field(permission_code), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for QueryStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("permissionCode", &self.permission_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_verify_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryVerifyResultRequest {
    /// `verifyId`: a query parameter.
    pub verify_id: String,
}
/// The required fields of [`QueryVerifyResultRequest`], each named where it is set: `QueryVerifyResultRequest::new(QueryVerifyResultRequired { .. })`.
pub struct QueryVerifyResultRequired {
    /// `verifyId`: see [`QueryVerifyResultRequest::verify_id`].
    pub verify_id: String,
}
impl QueryVerifyResultRequest {
    /// A `QueryVerifyResultRequest` with its required fields (`verifyId`); set the others with the methods named after them.
    pub fn new(required: QueryVerifyResultRequired) -> Self {
        let QueryVerifyResultRequired { verify_id } = required;
        Self { verify_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryVerifyResultRequest { "verifyId" => read_field(verify_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RecallTeamInviteRequest { "mobile" => read_field(mobile), "optUserId" =>
    read_field(opt_user_id) }
}
impl rt::WriteRequest for RecallTeamInviteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("mobile", &self.mobile);
        writer.query("optUserId", &self.opt_user_id);
    }
}
/// The request of [`Api::search_department`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchDepartmentRequest {
    /// `offset`.
    pub offset: i64,
    /// `queryWord`.
    pub query_word: String,
    /// `size`.
    pub size: i64,
}
/// The required fields of [`SearchDepartmentRequest`], each named where it is set: `SearchDepartmentRequest::new(SearchDepartmentRequired { .. })`.
pub struct SearchDepartmentRequired {
    /// `offset`: see [`SearchDepartmentRequest::offset`].
    pub offset: i64,
    /// `queryWord`: see [`SearchDepartmentRequest::query_word`].
    pub query_word: String,
    /// `size`: see [`SearchDepartmentRequest::size`].
    pub size: i64,
}
impl SearchDepartmentRequest {
    /// A `SearchDepartmentRequest` with its required fields (`offset`, `queryWord`, `size`); set the others with the methods named after them.
    pub fn new(required: SearchDepartmentRequired) -> Self {
        let SearchDepartmentRequired { offset, query_word, size } = required;
        Self { offset, query_word, size }
    }
}
rt::impl_serialize! {
    SearchDepartmentRequest { "offset" => field(offset), "queryWord" =>
    field(query_word), "size" => field(size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchDepartmentRequest { "offset" => read_field(offset), "queryWord" =>
    read_field(query_word), "size" => read_field(size) }
}
impl rt::WriteRequest for SearchDepartmentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::search_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SearchUserRequest`], each named where it is set: `SearchUserRequest::new(SearchUserRequired { .. })`.
pub struct SearchUserRequired {
    /// `offset`: see [`SearchUserRequest::offset`].
    pub offset: i64,
    /// `queryWord`: see [`SearchUserRequest::query_word`].
    pub query_word: String,
    /// `size`: see [`SearchUserRequest::size`].
    pub size: i64,
}
impl SearchUserRequest {
    /// A `SearchUserRequest` with its required fields (`offset`, `queryWord`, `size`); set the others with the methods named after them.
    pub fn new(required: SearchUserRequired) -> Self {
        let SearchUserRequired { offset, query_word, size } = required;
        Self {
            full_match_field: None,
            offset,
            query_word,
            size,
        }
    }
    /// Sets `fullMatchField`.
    pub fn full_match_field(mut self, value: i64) -> Self {
        self.full_match_field = Some(value);
        self
    }
}
rt::impl_serialize! {
    SearchUserRequest { "fullMatchField" => optional(full_match_field), "offset" =>
    field(offset), "queryWord" => field(query_word), "size" => field(size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchUserRequest { "fullMatchField" => read_field(full_match_field), "offset" =>
    read_field(offset), "queryWord" => read_field(query_word), "size" => read_field(size)
    }
}
impl rt::WriteRequest for SearchUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::separate_branch_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SeparateBranchOrgRequest {
    /// `attachDeptId`.
    pub attach_dept_id: i64,
}
/// The required fields of [`SeparateBranchOrgRequest`], each named where it is set: `SeparateBranchOrgRequest::new(SeparateBranchOrgRequired { .. })`.
pub struct SeparateBranchOrgRequired {
    /// `attachDeptId`: see [`SeparateBranchOrgRequest::attach_dept_id`].
    pub attach_dept_id: i64,
}
impl SeparateBranchOrgRequest {
    /// A `SeparateBranchOrgRequest` with its required fields (`attachDeptId`); set the others with the methods named after them.
    pub fn new(required: SeparateBranchOrgRequired) -> Self {
        let SeparateBranchOrgRequired { attach_dept_id } = required;
        Self { attach_dept_id }
    }
}
rt::impl_serialize! {
    SeparateBranchOrgRequest { "attachDeptId" => field(attach_dept_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SeparateBranchOrgRequest { "attachDeptId" => read_field(attach_dept_id) }
}
impl rt::WriteRequest for SeparateBranchOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_disable`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetDisableRequest {
    /// `permissionCode`.
    pub permission_code: Option<String>,
    /// `reason`.
    pub reason: Option<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SetDisableRequest`], each named where it is set: `SetDisableRequest::new(SetDisableRequired { .. })`.
pub struct SetDisableRequired {
    /// `userId`: see [`SetDisableRequest::user_id`].
    pub user_id: String,
}
impl SetDisableRequest {
    /// A `SetDisableRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: SetDisableRequired) -> Self {
        let SetDisableRequired { user_id } = required;
        Self {
            permission_code: None,
            reason: None,
            user_id,
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
rt::impl_serialize! {
    SetDisableRequest { "permissionCode" => optional(permission_code), "reason" =>
    optional(reason), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetDisableRequest { "permissionCode" => read_field(permission_code), "reason" =>
    read_field(reason), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SetDisableRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_enable`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetEnableRequest {
    /// `permissionCode`.
    pub permission_code: Option<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SetEnableRequest`], each named where it is set: `SetEnableRequest::new(SetEnableRequired { .. })`.
pub struct SetEnableRequired {
    /// `userId`: see [`SetEnableRequest::user_id`].
    pub user_id: String,
}
impl SetEnableRequest {
    /// A `SetEnableRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: SetEnableRequired) -> Self {
        let SetEnableRequired { user_id } = required;
        Self {
            permission_code: None,
            user_id,
        }
    }
    /// Sets `permissionCode`.
    pub fn permission_code(mut self, value: impl Into<String>) -> Self {
        self.permission_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SetEnableRequest { "permissionCode" => optional(permission_code), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetEnableRequest { "permissionCode" => read_field(permission_code), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SetEnableRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sign_out`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SignOutRequest`], each named where it is set: `SignOutRequest::new(SignOutRequired { .. })`.
pub struct SignOutRequired {
    /// `userId`: see [`SignOutRequest::user_id`].
    pub user_id: String,
}
impl SignOutRequest {
    /// A `SignOutRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: SignOutRequired) -> Self {
        let SignOutRequired { user_id } = required;
        Self {
            permission_code: None,
            reason: None,
            reason_i18n_for_employee: None,
            user_id,
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
rt::impl_serialize! {
    SignOutRequest { "permissionCode" => optional(permission_code), "reason" =>
    optional(reason), "reasonI18nForEmployee" => optional(reason_i18n_for_employee),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SignOutRequest { "permissionCode" => read_field(permission_code), "reason" =>
    read_field(reason), "reasonI18nForEmployee" => read_field(reason_i18n_for_employee),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SignOutRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::sort_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SortUserRequest {
    /// `sortType`.
    pub sort_type: Option<i64>,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
/// The required fields of [`SortUserRequest`], each named where it is set: `SortUserRequest::new(SortUserRequired { .. })`.
pub struct SortUserRequired {
    /// `userIdList`: see [`SortUserRequest::user_id_list`].
    pub user_id_list: Vec<String>,
}
impl SortUserRequest {
    /// A `SortUserRequest` with its required fields (`userIdList`); set the others with the methods named after them.
    pub fn new(required: SortUserRequired) -> Self {
        let SortUserRequired { user_id_list } = required;
        Self {
            sort_type: None,
            user_id_list,
        }
    }
    /// Sets `sortType`.
    pub fn sort_type(mut self, value: i64) -> Self {
        self.sort_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    SortUserRequest { "sortType" => optional(sort_type), "userIdList" =>
    field(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SortUserRequest { "sortType" => read_field(sort_type), "userIdList" =>
    read_field(user_id_list) }
}
impl rt::WriteRequest for SortUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::submit_handover_resource`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SubmitHandoverResourceRequest {
    /// `tasks`.
    pub tasks: Vec<SubmitHandoverResourceRequestTasks>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SubmitHandoverResourceRequest`], each named where it is set: `SubmitHandoverResourceRequest::new(SubmitHandoverResourceRequired { .. })`.
pub struct SubmitHandoverResourceRequired {
    /// `tasks`: see [`SubmitHandoverResourceRequest::tasks`].
    pub tasks: Vec<SubmitHandoverResourceRequestTasks>,
    /// `userId`: see [`SubmitHandoverResourceRequest::user_id`].
    pub user_id: String,
}
impl SubmitHandoverResourceRequest {
    /// A `SubmitHandoverResourceRequest` with its required fields (`tasks`, `userId`); set the others with the methods named after them.
    pub fn new(required: SubmitHandoverResourceRequired) -> Self {
        let SubmitHandoverResourceRequired { tasks, user_id } = required;
        Self { tasks, user_id }
    }
}
rt::impl_serialize! {
    SubmitHandoverResourceRequest { "tasks" => field(tasks), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitHandoverResourceRequest { "tasks" => read_field(tasks), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SubmitHandoverResourceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_add_custom_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`TalentAddCustomTagRequest`], each named where it is set: `TalentAddCustomTagRequest::new(TalentAddCustomTagRequired { .. })`.
pub struct TalentAddCustomTagRequired {
    /// `tagName`: see [`TalentAddCustomTagRequest::tag_name`].
    pub tag_name: String,
    /// `userId`: see [`TalentAddCustomTagRequest::user_id`].
    pub user_id: String,
}
impl TalentAddCustomTagRequest {
    /// A `TalentAddCustomTagRequest` with its required fields (`tagName`, `userId`); set the others with the methods named after them.
    pub fn new(required: TalentAddCustomTagRequired) -> Self {
        let TalentAddCustomTagRequired { tag_name, user_id } = required;
        Self {
            sort_order: None,
            tag_code: None,
            tag_name,
            user_id,
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
rt::impl_serialize! {
    TalentAddCustomTagRequest { "sortOrder" => optional(sort_order), "tagCode" =>
    optional(tag_code), "tagName" => field(tag_name), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentAddCustomTagRequest { "sortOrder" => read_field(sort_order), "tagCode" =>
    read_field(tag_code), "tagName" => read_field(tag_name), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for TalentAddCustomTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_add_objective_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`TalentAddObjectiveTagRequest`], each named where it is set: `TalentAddObjectiveTagRequest::new(TalentAddObjectiveTagRequired { .. })`.
pub struct TalentAddObjectiveTagRequired {
    /// `tagName`: see [`TalentAddObjectiveTagRequest::tag_name`].
    pub tag_name: String,
    /// `userId`: see [`TalentAddObjectiveTagRequest::user_id`].
    pub user_id: String,
}
impl TalentAddObjectiveTagRequest {
    /// A `TalentAddObjectiveTagRequest` with its required fields (`tagName`, `userId`); set the others with the methods named after them.
    pub fn new(required: TalentAddObjectiveTagRequired) -> Self {
        let TalentAddObjectiveTagRequired { tag_name, user_id } = required;
        Self {
            sort_order: None,
            tag_code: None,
            tag_name,
            user_id,
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
rt::impl_serialize! {
    TalentAddObjectiveTagRequest { "sortOrder" => optional(sort_order), "tagCode" =>
    optional(tag_code), "tagName" => field(tag_name), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentAddObjectiveTagRequest { "sortOrder" => read_field(sort_order), "tagCode" =>
    read_field(tag_code), "tagName" => read_field(tag_name), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for TalentAddObjectiveTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_add_personality_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`TalentAddPersonalityTagRequest`], each named where it is set: `TalentAddPersonalityTagRequest::new(TalentAddPersonalityTagRequired { .. })`.
pub struct TalentAddPersonalityTagRequired {
    /// `categoryName`: see [`TalentAddPersonalityTagRequest::category_name`].
    pub category_name: String,
    /// `tagName`: see [`TalentAddPersonalityTagRequest::tag_name`].
    pub tag_name: String,
}
impl TalentAddPersonalityTagRequest {
    /// A `TalentAddPersonalityTagRequest` with its required fields (`categoryName`, `tagName`); set the others with the methods named after them.
    pub fn new(required: TalentAddPersonalityTagRequired) -> Self {
        let TalentAddPersonalityTagRequired { category_name, tag_name } = required;
        Self {
            category_code: None,
            category_name,
            category_sort_order: None,
            sort_order: None,
            tag_code: None,
            tag_name,
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
rt::impl_serialize! {
    TalentAddPersonalityTagRequest { "categoryCode" => optional(category_code),
    "categoryName" => field(category_name), "categorySortOrder" =>
    optional(category_sort_order), "sortOrder" => optional(sort_order), "tagCode" =>
    optional(tag_code), "tagName" => field(tag_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentAddPersonalityTagRequest { "categoryCode" => read_field(category_code),
    "categoryName" => read_field(category_name), "categorySortOrder" =>
    read_field(category_sort_order), "sortOrder" => read_field(sort_order), "tagCode" =>
    read_field(tag_code), "tagName" => read_field(tag_name) }
}
impl rt::WriteRequest for TalentAddPersonalityTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_delete_custom_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentDeleteCustomTagRequest {
    /// `tagCode`.
    pub tag_code: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`TalentDeleteCustomTagRequest`], each named where it is set: `TalentDeleteCustomTagRequest::new(TalentDeleteCustomTagRequired { .. })`.
pub struct TalentDeleteCustomTagRequired {
    /// `tagCode`: see [`TalentDeleteCustomTagRequest::tag_code`].
    pub tag_code: String,
    /// `userId`: see [`TalentDeleteCustomTagRequest::user_id`].
    pub user_id: String,
}
impl TalentDeleteCustomTagRequest {
    /// A `TalentDeleteCustomTagRequest` with its required fields (`tagCode`, `userId`); set the others with the methods named after them.
    pub fn new(required: TalentDeleteCustomTagRequired) -> Self {
        let TalentDeleteCustomTagRequired { tag_code, user_id } = required;
        Self { tag_code, user_id }
    }
}
rt::impl_serialize! {
    TalentDeleteCustomTagRequest { "tagCode" => field(tag_code), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentDeleteCustomTagRequest { "tagCode" => read_field(tag_code), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for TalentDeleteCustomTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_delete_objective_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentDeleteObjectiveTagRequest {
    /// `tagCode`.
    pub tag_code: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`TalentDeleteObjectiveTagRequest`], each named where it is set: `TalentDeleteObjectiveTagRequest::new(TalentDeleteObjectiveTagRequired { .. })`.
pub struct TalentDeleteObjectiveTagRequired {
    /// `tagCode`: see [`TalentDeleteObjectiveTagRequest::tag_code`].
    pub tag_code: String,
    /// `userId`: see [`TalentDeleteObjectiveTagRequest::user_id`].
    pub user_id: String,
}
impl TalentDeleteObjectiveTagRequest {
    /// A `TalentDeleteObjectiveTagRequest` with its required fields (`tagCode`, `userId`); set the others with the methods named after them.
    pub fn new(required: TalentDeleteObjectiveTagRequired) -> Self {
        let TalentDeleteObjectiveTagRequired { tag_code, user_id } = required;
        Self { tag_code, user_id }
    }
}
rt::impl_serialize! {
    TalentDeleteObjectiveTagRequest { "tagCode" => field(tag_code), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentDeleteObjectiveTagRequest { "tagCode" => read_field(tag_code), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for TalentDeleteObjectiveTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_delete_personality_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentDeletePersonalityTagRequest {
    /// `tagCode`.
    pub tag_code: String,
}
/// The required fields of [`TalentDeletePersonalityTagRequest`], each named where it is set: `TalentDeletePersonalityTagRequest::new(TalentDeletePersonalityTagRequired { .. })`.
pub struct TalentDeletePersonalityTagRequired {
    /// `tagCode`: see [`TalentDeletePersonalityTagRequest::tag_code`].
    pub tag_code: String,
}
impl TalentDeletePersonalityTagRequest {
    /// A `TalentDeletePersonalityTagRequest` with its required fields (`tagCode`); set the others with the methods named after them.
    pub fn new(required: TalentDeletePersonalityTagRequired) -> Self {
        let TalentDeletePersonalityTagRequired { tag_code } = required;
        Self { tag_code }
    }
}
rt::impl_serialize! {
    TalentDeletePersonalityTagRequest { "tagCode" => field(tag_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentDeletePersonalityTagRequest { "tagCode" => read_field(tag_code) }
}
impl rt::WriteRequest for TalentDeletePersonalityTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_like_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`TalentLikeTagRequest`], each named where it is set: `TalentLikeTagRequest::new(TalentLikeTagRequired { .. })`.
pub struct TalentLikeTagRequired {
    /// `actionType`: see [`TalentLikeTagRequest::action_type`].
    pub action_type: String,
    /// `operatorUserId`: see [`TalentLikeTagRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `tagCode`: see [`TalentLikeTagRequest::tag_code`].
    pub tag_code: String,
    /// `userId`: see [`TalentLikeTagRequest::user_id`].
    pub user_id: String,
}
impl TalentLikeTagRequest {
    /// A `TalentLikeTagRequest` with its required fields (`actionType`, `operatorUserId`, `tagCode`, `userId`); set the others with the methods named after them.
    pub fn new(required: TalentLikeTagRequired) -> Self {
        let TalentLikeTagRequired { action_type, operator_user_id, tag_code, user_id } = required;
        Self {
            action_type,
            operator_user_id,
            tag_code,
            user_id,
        }
    }
}
rt::impl_serialize! {
    TalentLikeTagRequest { "actionType" => field(action_type), "operatorUserId" =>
    field(operator_user_id), "tagCode" => field(tag_code), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentLikeTagRequest { "actionType" => read_field(action_type), "operatorUserId" =>
    read_field(operator_user_id), "tagCode" => read_field(tag_code), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for TalentLikeTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_query_custom_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentQueryCustomTagRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`TalentQueryCustomTagRequest`], each named where it is set: `TalentQueryCustomTagRequest::new(TalentQueryCustomTagRequired { .. })`.
pub struct TalentQueryCustomTagRequired {
    /// `userId`: see [`TalentQueryCustomTagRequest::user_id`].
    pub user_id: String,
}
impl TalentQueryCustomTagRequest {
    /// A `TalentQueryCustomTagRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: TalentQueryCustomTagRequired) -> Self {
        let TalentQueryCustomTagRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentQueryCustomTagRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for TalentQueryCustomTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::talent_query_objective_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentQueryObjectiveTagRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`TalentQueryObjectiveTagRequest`], each named where it is set: `TalentQueryObjectiveTagRequest::new(TalentQueryObjectiveTagRequired { .. })`.
pub struct TalentQueryObjectiveTagRequired {
    /// `userId`: see [`TalentQueryObjectiveTagRequest::user_id`].
    pub user_id: String,
}
impl TalentQueryObjectiveTagRequest {
    /// A `TalentQueryObjectiveTagRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: TalentQueryObjectiveTagRequired) -> Self {
        let TalentQueryObjectiveTagRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentQueryObjectiveTagRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for TalentQueryObjectiveTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::talent_query_tag_like_detail_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`TalentQueryTagLikeDetailListRequest`], each named where it is set: `TalentQueryTagLikeDetailListRequest::new(TalentQueryTagLikeDetailListRequired { .. })`.
pub struct TalentQueryTagLikeDetailListRequired {
    /// `tagCode`: see [`TalentQueryTagLikeDetailListRequest::tag_code`].
    pub tag_code: String,
    /// `userId`: see [`TalentQueryTagLikeDetailListRequest::user_id`].
    pub user_id: String,
}
impl TalentQueryTagLikeDetailListRequest {
    /// A `TalentQueryTagLikeDetailListRequest` with its required fields (`tagCode`, `userId`); set the others with the methods named after them.
    pub fn new(required: TalentQueryTagLikeDetailListRequired) -> Self {
        let TalentQueryTagLikeDetailListRequired { tag_code, user_id } = required;
        Self {
            cursor: None,
            size: None,
            tag_code,
            user_id,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentQueryTagLikeDetailListRequest { "cursor" => read_field(cursor), "size" =>
    read_field(size), "tagCode" => read_field(tag_code), "userId" => read_field(user_id)
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentQueryTagLikeListRequest {
    /// `operatorUserId`: a query parameter.
    pub operator_user_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`TalentQueryTagLikeListRequest`], each named where it is set: `TalentQueryTagLikeListRequest::new(TalentQueryTagLikeListRequired { .. })`.
pub struct TalentQueryTagLikeListRequired {
    /// `userId`: see [`TalentQueryTagLikeListRequest::user_id`].
    pub user_id: String,
}
impl TalentQueryTagLikeListRequest {
    /// A `TalentQueryTagLikeListRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: TalentQueryTagLikeListRequired) -> Self {
        let TalentQueryTagLikeListRequired { user_id } = required;
        Self {
            operator_user_id: None,
            user_id,
        }
    }
    /// Sets `operatorUserId`.
    pub fn operator_user_id(mut self, value: impl Into<String>) -> Self {
        self.operator_user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentQueryTagLikeListRequest { "operatorUserId" => read_field(operator_user_id),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for TalentQueryTagLikeListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorUserId", &self.operator_user_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::transform_to_exclusive_account`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`TransformToExclusiveAccountRequest`], each named where it is set: `TransformToExclusiveAccountRequest::new(TransformToExclusiveAccountRequired { .. })`.
pub struct TransformToExclusiveAccountRequired {
    /// `transformType`: see [`TransformToExclusiveAccountRequest::transform_type`].
    pub transform_type: String,
    /// `userId`: see [`TransformToExclusiveAccountRequest::user_id`].
    pub user_id: String,
}
impl TransformToExclusiveAccountRequest {
    /// A `TransformToExclusiveAccountRequest` with its required fields (`transformType`, `userId`); set the others with the methods named after them.
    pub fn new(required: TransformToExclusiveAccountRequired) -> Self {
        let TransformToExclusiveAccountRequired { transform_type, user_id } = required;
        Self {
            idp_ding_talk: None,
            init_password: None,
            login_id: None,
            transform_type,
            user_id,
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
rt::impl_serialize! {
    TransformToExclusiveAccountRequest { "idpDingTalk" => optional(idp_ding_talk),
    "initPassword" => optional(init_password), "loginId" => optional(login_id),
    "transformType" => field(transform_type), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TransformToExclusiveAccountRequest { "idpDingTalk" => read_field(idp_ding_talk),
    "initPassword" => read_field(init_password), "loginId" => read_field(login_id),
    "transformType" => read_field(transform_type), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for TransformToExclusiveAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::transform_to_normal_account`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TransformToNormalAccountRequest {
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`TransformToNormalAccountRequest`], each named where it is set: `TransformToNormalAccountRequest::new(TransformToNormalAccountRequired { .. })`.
pub struct TransformToNormalAccountRequired {
    /// `userId`: see [`TransformToNormalAccountRequest::user_id`].
    pub user_id: String,
}
impl TransformToNormalAccountRequest {
    /// A `TransformToNormalAccountRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: TransformToNormalAccountRequired) -> Self {
        let TransformToNormalAccountRequired { user_id } = required;
        Self { user_id }
    }
}
rt::impl_serialize! {
    TransformToNormalAccountRequest { "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TransformToNormalAccountRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for TransformToNormalAccountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::translate_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TranslateFileRequest {
    /// `medias`.
    pub medias: rt::BTreeMap<String, String>,
    /// `outputFileName`.
    pub output_file_name: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`TranslateFileRequest`], each named where it is set: `TranslateFileRequest::new(TranslateFileRequired { .. })`.
pub struct TranslateFileRequired {
    /// `medias`: see [`TranslateFileRequest::medias`].
    pub medias: rt::BTreeMap<String, String>,
    /// `unionId`: see [`TranslateFileRequest::union_id`].
    pub union_id: String,
}
impl TranslateFileRequest {
    /// A `TranslateFileRequest` with its required fields (`medias`, `unionId`); set the others with the methods named after them.
    pub fn new(required: TranslateFileRequired) -> Self {
        let TranslateFileRequired { medias, union_id } = required;
        Self {
            medias,
            output_file_name: None,
            union_id,
        }
    }
    /// Sets `outputFileName`.
    pub fn output_file_name(mut self, value: impl Into<String>) -> Self {
        self.output_file_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TranslateFileRequest { "medias" => field(medias), "outputFileName" =>
    optional(output_file_name), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TranslateFileRequest { "medias" => read_field(medias), "outputFileName" =>
    read_field(output_file_name), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for TranslateFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::unique_query_user_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UniqueQueryUserCardRequest {
    /// `templateId`: a query parameter.
    pub template_id: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`UniqueQueryUserCardRequest`], each named where it is set: `UniqueQueryUserCardRequest::new(UniqueQueryUserCardRequired { .. })`.
pub struct UniqueQueryUserCardRequired {
    /// `unionId`: see [`UniqueQueryUserCardRequest::union_id`].
    pub union_id: String,
}
impl UniqueQueryUserCardRequest {
    /// A `UniqueQueryUserCardRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: UniqueQueryUserCardRequired) -> Self {
        let UniqueQueryUserCardRequired { union_id } = required;
        Self {
            template_id: None,
            union_id,
        }
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UniqueQueryUserCardRequest { "templateId" => read_field(template_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for UniqueQueryUserCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("templateId", &self.template_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::update_branch_attributes_in_cooperate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateBranchAttributesInCooperateRequest {
    /// `body`.
    pub body: Vec<UpdateBranchAttributesInCooperateRequestBody>,
}
/// The required fields of [`UpdateBranchAttributesInCooperateRequest`], each named where it is set: `UpdateBranchAttributesInCooperateRequest::new(UpdateBranchAttributesInCooperateRequired { .. })`.
pub struct UpdateBranchAttributesInCooperateRequired {
    /// `body`: see [`UpdateBranchAttributesInCooperateRequest::body`].
    pub body: Vec<UpdateBranchAttributesInCooperateRequestBody>,
}
impl UpdateBranchAttributesInCooperateRequest {
    /// A `UpdateBranchAttributesInCooperateRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: UpdateBranchAttributesInCooperateRequired) -> Self {
        let UpdateBranchAttributesInCooperateRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateBranchAttributesInCooperateRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for UpdateBranchAttributesInCooperateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::update_branch_visible_setting_in_cooperate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateBranchVisibleSettingInCooperateRequest {
    /// `body`.
    pub body: Vec<UpdateBranchVisibleSettingInCooperateRequestBody>,
}
/// The required fields of [`UpdateBranchVisibleSettingInCooperateRequest`], each named where it is set: `UpdateBranchVisibleSettingInCooperateRequest::new(UpdateBranchVisibleSettingInCooperateRequired { .. })`.
pub struct UpdateBranchVisibleSettingInCooperateRequired {
    /// `body`: see [`UpdateBranchVisibleSettingInCooperateRequest::body`].
    pub body: Vec<UpdateBranchVisibleSettingInCooperateRequestBody>,
}
impl UpdateBranchVisibleSettingInCooperateRequest {
    /// A `UpdateBranchVisibleSettingInCooperateRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: UpdateBranchVisibleSettingInCooperateRequired) -> Self {
        let UpdateBranchVisibleSettingInCooperateRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateBranchVisibleSettingInCooperateRequest { "body" => read_field(body) }
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
rt::impl_serialize! {
    UpdateContactHideBySceneSettingRequest { "description" => optional(description),
    "excludeDeptIds" => optional(exclude_dept_ids), "excludeTagIds" =>
    optional(exclude_tag_ids), "excludeUserIds" => optional(exclude_user_ids), "name" =>
    optional(name), "nodeListSceneConfig" => optional(node_list_scene_config),
    "objectDeptIds" => optional(object_dept_ids), "objectTagIds" =>
    optional(object_tag_ids), "objectUserIds" => optional(object_user_ids),
    "profileSceneConfig" => optional(profile_scene_config), "searchSceneConfig" =>
    optional(search_scene_config) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateContactHideBySceneSettingRequest { "description" => read_field(description),
    "excludeDeptIds" => read_field(exclude_dept_ids), "excludeTagIds" =>
    read_field(exclude_tag_ids), "excludeUserIds" => read_field(exclude_user_ids), "name"
    => read_field(name), "nodeListSceneConfig" => read_field(node_list_scene_config),
    "objectDeptIds" => read_field(object_dept_ids), "objectTagIds" =>
    read_field(object_tag_ids), "objectUserIds" => read_field(object_user_ids),
    "profileSceneConfig" => read_field(profile_scene_config), "searchSceneConfig" =>
    read_field(search_scene_config) }
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
rt::impl_serialize! {
    UpdateContactHideSettingRequest { "active" => optional(active), "description" =>
    optional(description), "excludeDeptIds" => optional(exclude_dept_ids),
    "excludeStaffIds" => optional(exclude_staff_ids), "excludeTagIds" =>
    optional(exclude_tag_ids), "hideInSearch" => optional(hide_in_search),
    "hideInUserProfile" => optional(hide_in_user_profile), "id" => optional(id), "name"
    => optional(name), "objectDeptIds" => optional(object_dept_ids), "objectStaffIds" =>
    optional(object_staff_ids), "objectTagIds" => optional(object_tag_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateContactHideSettingRequest { "active" => read_field(active), "description" =>
    read_field(description), "excludeDeptIds" => read_field(exclude_dept_ids),
    "excludeStaffIds" => read_field(exclude_staff_ids), "excludeTagIds" =>
    read_field(exclude_tag_ids), "hideInSearch" => read_field(hide_in_search),
    "hideInUserProfile" => read_field(hide_in_user_profile), "id" => read_field(id),
    "name" => read_field(name), "objectDeptIds" => read_field(object_dept_ids),
    "objectStaffIds" => read_field(object_staff_ids), "objectTagIds" =>
    read_field(object_tag_ids) }
}
impl rt::WriteRequest for UpdateContactHideSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_contact_restrict_setting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateContactRestrictSettingRequest`], each named where it is set: `UpdateContactRestrictSettingRequest::new(UpdateContactRestrictSettingRequired { .. })`.
pub struct UpdateContactRestrictSettingRequired {
    /// `type`: see [`UpdateContactRestrictSettingRequest::r#type`](UpdateContactRestrictSettingRequest::type).
    pub r#type: String,
}
impl UpdateContactRestrictSettingRequest {
    /// A `UpdateContactRestrictSettingRequest` with its required fields (`type`); set the others with the methods named after them.
    pub fn new(required: UpdateContactRestrictSettingRequired) -> Self {
        let UpdateContactRestrictSettingRequired { r#type } = required;
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
            r#type,
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
rt::impl_serialize! {
    UpdateContactRestrictSettingRequest { "active" => optional(active), "description" =>
    optional(description), "excludeDeptIds" => optional(exclude_dept_ids),
    "excludeTagIds" => optional(exclude_tag_ids), "excludeUserIds" =>
    optional(exclude_user_ids), "id" => optional(id), "name" => optional(name),
    "restrictInSearch" => optional(restrict_in_search), "restrictInUserProfile" =>
    optional(restrict_in_user_profile), "subjectDeptIds" => optional(subject_dept_ids),
    "subjectTagIds" => optional(subject_tag_ids), "subjectUserIds" =>
    optional(subject_user_ids), "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateContactRestrictSettingRequest { "active" => read_field(active), "description"
    => read_field(description), "excludeDeptIds" => read_field(exclude_dept_ids),
    "excludeTagIds" => read_field(exclude_tag_ids), "excludeUserIds" =>
    read_field(exclude_user_ids), "id" => read_field(id), "name" => read_field(name),
    "restrictInSearch" => read_field(restrict_in_search), "restrictInUserProfile" =>
    read_field(restrict_in_user_profile), "subjectDeptIds" =>
    read_field(subject_dept_ids), "subjectTagIds" => read_field(subject_tag_ids),
    "subjectUserIds" => read_field(subject_user_ids), "type" => read_field(r#type) }
}
impl rt::WriteRequest for UpdateContactRestrictSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_dept_settng_tail_first`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateDeptSettngTailFirstRequest {
    /// `enable`.
    pub enable: bool,
}
/// The required fields of [`UpdateDeptSettngTailFirstRequest`], each named where it is set: `UpdateDeptSettngTailFirstRequest::new(UpdateDeptSettngTailFirstRequired { .. })`.
pub struct UpdateDeptSettngTailFirstRequired {
    /// `enable`: see [`UpdateDeptSettngTailFirstRequest::enable`].
    pub enable: bool,
}
impl UpdateDeptSettngTailFirstRequest {
    /// A `UpdateDeptSettngTailFirstRequest` with its required fields (`enable`); set the others with the methods named after them.
    pub fn new(required: UpdateDeptSettngTailFirstRequired) -> Self {
        let UpdateDeptSettngTailFirstRequired { enable } = required;
        Self { enable }
    }
}
rt::impl_serialize! {
    UpdateDeptSettngTailFirstRequest { "enable" => field(enable) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateDeptSettngTailFirstRequest { "enable" => read_field(enable) }
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
rt::impl_serialize! {
    UpdateEmpAttrbuteVisibilitySettingRequest { "active" => optional(active),
    "description" => optional(description), "excludeDeptIds" =>
    optional(exclude_dept_ids), "excludeStaffIds" => optional(exclude_staff_ids),
    "excludeTagIds" => optional(exclude_tag_ids), "hideFields" => optional(hide_fields),
    "id" => optional(id), "name" => optional(name), "objectDeptIds" =>
    optional(object_dept_ids), "objectStaffIds" => optional(object_staff_ids),
    "objectTagIds" => optional(object_tag_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateEmpAttrbuteVisibilitySettingRequest { "active" => read_field(active),
    "description" => read_field(description), "excludeDeptIds" =>
    read_field(exclude_dept_ids), "excludeStaffIds" => read_field(exclude_staff_ids),
    "excludeTagIds" => read_field(exclude_tag_ids), "hideFields" =>
    read_field(hide_fields), "id" => read_field(id), "name" => read_field(name),
    "objectDeptIds" => read_field(object_dept_ids), "objectStaffIds" =>
    read_field(object_staff_ids), "objectTagIds" => read_field(object_tag_ids) }
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
rt::impl_serialize! {
    UpdateEmpAttributeHideBySceneSettingRequest { "chatSubtitleConfig" =>
    optional(chat_subtitle_config), "description" => optional(description),
    "excludeDeptIds" => optional(exclude_dept_ids), "excludeTagIds" =>
    optional(exclude_tag_ids), "excludeUserIds" => optional(exclude_user_ids),
    "hideFields" => optional(hide_fields), "name" => optional(name), "objectDeptIds" =>
    optional(object_dept_ids), "objectTagIds" => optional(object_tag_ids),
    "objectUserIds" => optional(object_user_ids), "profileSceneConfig" =>
    optional(profile_scene_config), "searchSceneConfig" => optional(search_scene_config)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateEmpAttributeHideBySceneSettingRequest { "chatSubtitleConfig" =>
    read_field(chat_subtitle_config), "description" => read_field(description),
    "excludeDeptIds" => read_field(exclude_dept_ids), "excludeTagIds" =>
    read_field(exclude_tag_ids), "excludeUserIds" => read_field(exclude_user_ids),
    "hideFields" => read_field(hide_fields), "name" => read_field(name), "objectDeptIds"
    => read_field(object_dept_ids), "objectTagIds" => read_field(object_tag_ids),
    "objectUserIds" => read_field(object_user_ids), "profileSceneConfig" =>
    read_field(profile_scene_config), "searchSceneConfig" =>
    read_field(search_scene_config) }
}
impl rt::WriteRequest for UpdateEmpAttributeHideBySceneSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_management_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateManagementGroupRequest`], each named where it is set: `UpdateManagementGroupRequest::new(UpdateManagementGroupRequired { .. })`.
pub struct UpdateManagementGroupRequired {
    /// `groupName`: see [`UpdateManagementGroupRequest::group_name`].
    pub group_name: String,
    /// `members`: see [`UpdateManagementGroupRequest::members`].
    pub members: Vec<UpdateManagementGroupRequestMembers>,
    /// `resourceIds`: see [`UpdateManagementGroupRequest::resource_ids`].
    pub resource_ids: Vec<String>,
    /// `scope`: see [`UpdateManagementGroupRequest::scope`].
    pub scope: UpdateManagementGroupRequestScope,
}
impl UpdateManagementGroupRequest {
    /// A `UpdateManagementGroupRequest` with its required fields (`groupName`, `members`, `resourceIds`, `scope`); set the others with the methods named after them.
    pub fn new(required: UpdateManagementGroupRequired) -> Self {
        let UpdateManagementGroupRequired { group_name, members, resource_ids, scope } = required;
        Self {
            group_name,
            members,
            resource_ids,
            scope,
        }
    }
}
rt::impl_serialize! {
    UpdateManagementGroupRequest { "groupName" => field(group_name), "members" =>
    field(members), "resourceIds" => field(resource_ids), "scope" => field(scope) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateManagementGroupRequest { "groupName" => read_field(group_name), "members" =>
    read_field(members), "resourceIds" => read_field(resource_ids), "scope" =>
    read_field(scope) }
}
impl rt::WriteRequest for UpdateManagementGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_senior_setting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateSeniorSettingRequest`], each named where it is set: `UpdateSeniorSettingRequest::new(UpdateSeniorSettingRequired { .. })`.
pub struct UpdateSeniorSettingRequired {
    /// `open`: see [`UpdateSeniorSettingRequest::open`].
    pub open: bool,
    /// `seniorStaffId`: see [`UpdateSeniorSettingRequest::senior_staff_id`].
    pub senior_staff_id: String,
}
impl UpdateSeniorSettingRequest {
    /// A `UpdateSeniorSettingRequest` with its required fields (`open`, `seniorStaffId`); set the others with the methods named after them.
    pub fn new(required: UpdateSeniorSettingRequired) -> Self {
        let UpdateSeniorSettingRequired { open, senior_staff_id } = required;
        Self {
            open,
            permit_dept_ids: None,
            permit_staff_ids: None,
            permit_tag_ids: None,
            protect_scenes: None,
            senior_staff_id,
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
rt::impl_serialize! {
    UpdateSeniorSettingRequest { "open" => field(open), "permitDeptIds" =>
    optional(permit_dept_ids), "permitStaffIds" => optional(permit_staff_ids),
    "permitTagIds" => optional(permit_tag_ids), "protectScenes" =>
    optional(protect_scenes), "seniorStaffId" => field(senior_staff_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateSeniorSettingRequest { "open" => read_field(open), "permitDeptIds" =>
    read_field(permit_dept_ids), "permitStaffIds" => read_field(permit_staff_ids),
    "permitTagIds" => read_field(permit_tag_ids), "protectScenes" =>
    read_field(protect_scenes), "seniorStaffId" => read_field(senior_staff_id) }
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
rt::impl_serialize! {
    UpdateTitleAuditStatusRequest { "authStatus" => optional(auth_status),
    "educationLevel" => optional(education_level), "extension" => optional(extension),
    "major" => optional(major), "position" => optional(position), "reasonCode" =>
    optional(reason_code), "reasonMsg" => optional(reason_msg), "school" =>
    optional(school), "type" => optional(r#type), "unionId" => optional(union_id), "uuid"
    => optional(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTitleAuditStatusRequest { "authStatus" => read_field(auth_status),
    "educationLevel" => read_field(education_level), "extension" =>
    read_field(extension), "major" => read_field(major), "position" =>
    read_field(position), "reasonCode" => read_field(reason_code), "reasonMsg" =>
    read_field(reason_msg), "school" => read_field(school), "type" => read_field(r#type),
    "unionId" => read_field(union_id), "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for UpdateTitleAuditStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_user_ownness`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateUserOwnnessRequest`], each named where it is set: `UpdateUserOwnnessRequest::new(UpdateUserOwnnessRequired { .. })`.
pub struct UpdateUserOwnnessRequired {
    /// `deletedFlag`: see [`UpdateUserOwnnessRequest::deleted_flag`].
    pub deleted_flag: i64,
    /// `endTime`: see [`UpdateUserOwnnessRequest::end_time`].
    pub end_time: i64,
    /// `id`: see [`UpdateUserOwnnessRequest::id`].
    pub id: i64,
    /// `ownenssType`: see [`UpdateUserOwnnessRequest::ownenss_type`].
    pub ownenss_type: i64,
    /// `startTime`: see [`UpdateUserOwnnessRequest::start_time`].
    pub start_time: i64,
}
impl UpdateUserOwnnessRequest {
    /// A `UpdateUserOwnnessRequest` with its required fields (`deletedFlag`, `endTime`, `id`, `ownenssType`, `startTime`); set the others with the methods named after them.
    pub fn new(required: UpdateUserOwnnessRequired) -> Self {
        let UpdateUserOwnnessRequired {
            deleted_flag,
            end_time,
            id,
            ownenss_type,
            start_time,
        } = required;
        Self {
            deleted_flag,
            end_time,
            id,
            ownenss_type,
            start_time,
        }
    }
}
rt::impl_serialize! {
    UpdateUserOwnnessRequest { "deletedFlag" => field(deleted_flag), "endTime" =>
    field(end_time), "id" => field(id), "ownenssType" => field(ownenss_type), "startTime"
    => field(start_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateUserOwnnessRequest { "deletedFlag" => read_field(deleted_flag), "endTime" =>
    read_field(end_time), "id" => read_field(id), "ownenssType" =>
    read_field(ownenss_type), "startTime" => read_field(start_time) }
}
impl rt::WriteRequest for UpdateUserOwnnessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::user_group_add_static_group_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UserGroupAddStaticGroupMembersRequest {
    /// `groupCode`.
    pub group_code: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`UserGroupAddStaticGroupMembersRequest`], each named where it is set: `UserGroupAddStaticGroupMembersRequest::new(UserGroupAddStaticGroupMembersRequired { .. })`.
pub struct UserGroupAddStaticGroupMembersRequired {
    /// `groupCode`: see [`UserGroupAddStaticGroupMembersRequest::group_code`].
    pub group_code: String,
    /// `userIds`: see [`UserGroupAddStaticGroupMembersRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl UserGroupAddStaticGroupMembersRequest {
    /// A `UserGroupAddStaticGroupMembersRequest` with its required fields (`groupCode`, `userIds`); set the others with the methods named after them.
    pub fn new(required: UserGroupAddStaticGroupMembersRequired) -> Self {
        let UserGroupAddStaticGroupMembersRequired { group_code, user_ids } = required;
        Self { group_code, user_ids }
    }
}
rt::impl_serialize! {
    UserGroupAddStaticGroupMembersRequest { "groupCode" => field(group_code), "userIds"
    => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UserGroupAddStaticGroupMembersRequest { "groupCode" => read_field(group_code),
    "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for UserGroupAddStaticGroupMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::user_group_remove_static_group_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UserGroupRemoveStaticGroupMembersRequest {
    /// `groupCode`.
    pub group_code: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`UserGroupRemoveStaticGroupMembersRequest`], each named where it is set: `UserGroupRemoveStaticGroupMembersRequest::new(UserGroupRemoveStaticGroupMembersRequired { .. })`.
pub struct UserGroupRemoveStaticGroupMembersRequired {
    /// `groupCode`: see [`UserGroupRemoveStaticGroupMembersRequest::group_code`].
    pub group_code: String,
    /// `userIds`: see [`UserGroupRemoveStaticGroupMembersRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl UserGroupRemoveStaticGroupMembersRequest {
    /// A `UserGroupRemoveStaticGroupMembersRequest` with its required fields (`groupCode`, `userIds`); set the others with the methods named after them.
    pub fn new(required: UserGroupRemoveStaticGroupMembersRequired) -> Self {
        let UserGroupRemoveStaticGroupMembersRequired { group_code, user_ids } = required;
        Self { group_code, user_ids }
    }
}
rt::impl_serialize! {
    UserGroupRemoveStaticGroupMembersRequest { "groupCode" => field(group_code),
    "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UserGroupRemoveStaticGroupMembersRequest { "groupCode" => read_field(group_code),
    "userIds" => read_field(user_ids) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UserProfileRequest { "uids" => read_field(uids) }
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
