// @generated from api-spec/project_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 项目管理 (Teambition Projects)：项目、任务与成员。
//!
//! 60 operations, methods of [`Api`] (`client.project_1_0()`), behind the cargo feature `project_1_0`; its paths start with `/v1.0/project/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `project_1_0`. Get it with `client.project_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 增加项目成员
    ///
    /// `POST /v1.0/project/users/{userId}/projects/{projectId}/members`: DingTalk's `AddProjectMember` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddProjectMember")]
    #[doc(alias = "/v1.0/project/users/{userId}/projects/{projectId}/members")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/projects/{projectId}/members")]
    pub fn add_project_member(
        &self,
        user_id: &str,
        project_id: &str,
        request: &AddProjectMemberRequest,
    ) -> rt::Call<AddProjectMemberResponseBody, AddProjectMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddProjectMember",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/projects/{projectId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 项目放入回收站
    ///
    /// `POST /v1.0/project/users/{userId}/projects/{projectId}/archive`: DingTalk's `ArchiveProject` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ArchiveProject")]
    #[doc(alias = "/v1.0/project/users/{userId}/projects/{projectId}/archive")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/projects/{projectId}/archive")]
    pub fn archive_project(
        &self,
        user_id: &str,
        project_id: &str,
    ) -> rt::Call<ArchiveProjectResponseBody, ArchiveProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ArchiveProject",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/projects/{projectId}/archive",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], &())
    }
    /// 任务迁移至回收站
    ///
    /// `POST /v1.0/project/users/{userId}/tasks/{taskId}/archive`: DingTalk's `ArchiveTask` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ArchiveTask")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks/{taskId}/archive")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/tasks/{taskId}/archive")]
    pub fn archive_task(
        &self,
        user_id: &str,
        task_id: &str,
    ) -> rt::Call<ArchiveTaskResponseBody, ArchiveTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ArchiveTask",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/tasks/{taskId}/archive",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], &())
    }
    /// 创建自由任务
    ///
    /// `POST /v1.0/project/organizations/users/{userId}/tasks`: DingTalk's `CreateOrganizationTask` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateOrganizationTask")]
    #[doc(alias = "/v1.0/project/organizations/users/{userId}/tasks")]
    #[doc(alias = "POST /v1.0/project/organizations/users/{userId}/tasks")]
    pub fn create_organization_task(
        &self,
        user_id: &str,
        request: &CreateOrganizationTaskRequest,
    ) -> rt::Call<CreateOrganizationTaskResponseBody, CreateOrganizationTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateOrganizationTask",
            rt::Method::Post,
            "/v1.0/project/organizations/users/{userId}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 录入计划工时
    ///
    /// `POST /v1.0/project/users/{userId}/planTimes`: DingTalk's `CreatePlanTime` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreatePlanTime")]
    #[doc(alias = "/v1.0/project/users/{userId}/planTimes")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/planTimes")]
    pub fn create_plan_time(
        &self,
        user_id: &str,
        request: &CreatePlanTimeRequest,
    ) -> rt::Call<CreatePlanTimeResponseBody, CreatePlanTimeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreatePlanTime",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/planTimes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建项目
    ///
    /// `POST /v1.0/project/users/{userId}/projects`: DingTalk's `CreateProject` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateProject")]
    #[doc(alias = "/v1.0/project/users/{userId}/projects")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/projects")]
    pub fn create_project(
        &self,
        user_id: &str,
        request: &CreateProjectRequest,
    ) -> rt::Call<CreateProjectResponseBody, CreateProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateProject",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/projects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 根据项目模板创建项目
    ///
    /// `POST /v1.0/project/users/{userId}/templates/projects`: DingTalk's `CreateProjectByTemplate` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateProjectByTemplate")]
    #[doc(alias = "/v1.0/project/users/{userId}/templates/projects")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/templates/projects")]
    pub fn create_project_by_template(
        &self,
        user_id: &str,
        request: &CreateProjectByTemplateRequest,
    ) -> rt::Call<CreateProjectByTemplateResponseBody, CreateProjectByTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateProjectByTemplate",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/templates/projects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建或更新项目概览中自定义字段值
    ///
    /// `PUT /v1.0/project/users/{userId}/projects/{projectId}/customfields`: DingTalk's `CreateProjectCustomfieldStatus` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateProjectCustomfieldStatus")]
    #[doc(alias = "/v1.0/project/users/{userId}/projects/{projectId}/customfields")]
    #[doc(alias = "PUT /v1.0/project/users/{userId}/projects/{projectId}/customfields")]
    pub fn create_project_customfield_status(
        &self,
        user_id: &str,
        project_id: &str,
        request: &CreateProjectCustomfieldStatusRequest,
    ) -> rt::Call<
        CreateProjectCustomfieldStatusResponseBody,
        CreateProjectCustomfieldStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateProjectCustomfieldStatus",
            rt::Method::Put,
            "/v1.0/project/users/{userId}/projects/{projectId}/customfields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 创建项目任务
    ///
    /// `POST /v1.0/project/users/{userId}/tasks`: DingTalk's `CreateTask` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTask")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/tasks")]
    pub fn create_task(
        &self,
        user_id: &str,
        request: &CreateTaskRequest,
    ) -> rt::Call<CreateTaskResponseBody, CreateTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTask",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建任务关联对象
    ///
    /// `POST /v1.0/project/users/{userId}/tasks/{taskId}/objectLinks`: DingTalk's `CreateTaskObjectLink` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTaskObjectLink")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks/{taskId}/objectLinks")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/tasks/{taskId}/objectLinks")]
    pub fn create_task_object_link(
        &self,
        user_id: &str,
        task_id: &str,
        request: &CreateTaskObjectLinkRequest,
    ) -> rt::Call<CreateTaskObjectLinkResponseBody, CreateTaskObjectLinkError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTaskObjectLink",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/tasks/{taskId}/objectLinks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 录入实际工时接口
    ///
    /// `POST /v1.0/project/users/{userId}/workTimes`: DingTalk's `CreateWorkTime` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateWorkTime")]
    #[doc(alias = "/v1.0/project/users/{userId}/workTimes")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/workTimes")]
    pub fn create_work_time(
        &self,
        user_id: &str,
        request: &CreateWorkTimeRequest,
    ) -> rt::Call<CreateWorkTimeResponseBody, CreateWorkTimeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateWorkTime",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/workTimes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建实际工时审批对象。
    ///
    /// `POST /v1.0/project/users/{userId}/workTimes/approvals`: DingTalk's `CreateWorkTimeApprove` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateWorkTimeApprove")]
    #[doc(alias = "/v1.0/project/users/{userId}/workTimes/approvals")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/workTimes/approvals")]
    pub fn create_work_time_approve(
        &self,
        user_id: &str,
        request: &CreateWorkTimeApproveRequest,
    ) -> rt::Call<CreateWorkTimeApproveResponseBody, CreateWorkTimeApproveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateWorkTimeApprove",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/workTimes/approvals",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 删除项目成员
    ///
    /// `POST /v1.0/project/users/{userId}/projects/{projectId}/members/remove`: DingTalk's `DeleteProjectMember` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteProjectMember")]
    #[doc(alias = "/v1.0/project/users/{userId}/projects/{projectId}/members/remove")]
    #[doc(
        alias = "POST /v1.0/project/users/{userId}/projects/{projectId}/members/remove"
    )]
    pub fn delete_project_member(
        &self,
        user_id: &str,
        project_id: &str,
        request: &DeleteProjectMemberRequest,
    ) -> rt::Call<DeleteProjectMemberResponseBody, DeleteProjectMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteProjectMember",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/projects/{projectId}/members/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 删除任务
    ///
    /// `DELETE /v1.0/project/users/{userId}/tasks/{taskId}`: DingTalk's `DeleteTask` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteTask")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks/{taskId}")]
    #[doc(alias = "DELETE /v1.0/project/users/{userId}/tasks/{taskId}")]
    pub fn delete_task(
        &self,
        user_id: &str,
        task_id: &str,
    ) -> rt::Call<DeleteTaskResponseBody, DeleteTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteTask",
            rt::Method::Delete,
            "/v1.0/project/users/{userId}/tasks/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], &())
    }
    /// 根据企业Id获取部门
    ///
    /// `GET /v1.0/project/orgs/depts`: DingTalk's `GetDeptsByOrgId` (module feature `project_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_depts_by_org_id_pages`].
    #[doc(alias = "GetDeptsByOrgId")]
    #[doc(alias = "/v1.0/project/orgs/depts")]
    #[doc(alias = "GET /v1.0/project/orgs/depts")]
    pub fn get_depts_by_org_id(
        &self,
        request: &GetDeptsByOrgIdRequest,
    ) -> rt::Call<GetDeptsByOrgIdResponseBody, GetDeptsByOrgIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDeptsByOrgId",
            rt::Method::Get,
            "/v1.0/project/orgs/depts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据企业Id获取企业内的员工信息
    ///
    /// `GET /v1.0/project/orgs/employees`: DingTalk's `GetEmpsByOrgId` (module feature `project_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_emps_by_org_id_pages`].
    #[doc(alias = "GetEmpsByOrgId")]
    #[doc(alias = "/v1.0/project/orgs/employees")]
    #[doc(alias = "GET /v1.0/project/orgs/employees")]
    pub fn get_emps_by_org_id(
        &self,
        request: &GetEmpsByOrgIdRequest,
    ) -> rt::Call<GetEmpsByOrgIdResponseBody, GetEmpsByOrgIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetEmpsByOrgId",
            rt::Method::Get,
            "/v1.0/project/orgs/employees",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取任务详情
    ///
    /// `GET /v1.0/project/organizations/users/{userId}/tasks`: DingTalk's `GetOrganizatioTaskByIds` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOrganizatioTaskByIds")]
    #[doc(alias = "/v1.0/project/organizations/users/{userId}/tasks")]
    #[doc(alias = "GET /v1.0/project/organizations/users/{userId}/tasks")]
    pub fn get_organizatio_task_by_ids(
        &self,
        user_id: &str,
        request: &GetOrganizatioTaskByIdsRequest,
    ) -> rt::Call<GetOrganizatioTaskByIdsResponseBody, GetOrganizatioTaskByIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOrganizatioTaskByIds",
            rt::Method::Get,
            "/v1.0/project/organizations/users/{userId}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 获取企业优先级列表
    ///
    /// `GET /v1.0/project/organizations/users/{userId}/priorities`: DingTalk's `GetOrganizationPriorityList` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOrganizationPriorityList")]
    #[doc(alias = "/v1.0/project/organizations/users/{userId}/priorities")]
    #[doc(alias = "GET /v1.0/project/organizations/users/{userId}/priorities")]
    pub fn get_organization_priority_list(
        &self,
        user_id: &str,
    ) -> rt::Call<
        GetOrganizationPriorityListResponseBody,
        GetOrganizationPriorityListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOrganizationPriorityList",
            rt::Method::Get,
            "/v1.0/project/organizations/users/{userId}/priorities",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 获取自由任务详情
    ///
    /// `GET /v1.0/project/organizations/users/{userId}/tasks/{taskId}`: DingTalk's `GetOrganizationTask` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetOrganizationTask")]
    #[doc(alias = "/v1.0/project/organizations/users/{userId}/tasks/{taskId}")]
    #[doc(alias = "GET /v1.0/project/organizations/users/{userId}/tasks/{taskId}")]
    pub fn get_organization_task(
        &self,
        user_id: &str,
        task_id: &str,
    ) -> rt::Call<GetOrganizationTaskResponseBody, GetOrganizationTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOrganizationTask",
            rt::Method::Get,
            "/v1.0/project/organizations/users/{userId}/tasks/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], &())
    }
    /// 查询可见的项目分组
    ///
    /// `GET /v1.0/project/organizations/users/{userId}/groups`: DingTalk's `GetProjectGroup` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetProjectGroup")]
    #[doc(alias = "/v1.0/project/organizations/users/{userId}/groups")]
    #[doc(alias = "GET /v1.0/project/organizations/users/{userId}/groups")]
    pub fn get_project_group(
        &self,
        user_id: &str,
        request: &GetProjectGroupRequest,
    ) -> rt::Call<GetProjectGroupResponseBody, GetProjectGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProjectGroup",
            rt::Method::Get,
            "/v1.0/project/organizations/users/{userId}/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 获取项目成员
    ///
    /// `GET /v1.0/project/users/{userId}/projects/{projectId}/members`: DingTalk's `GetProjectMemebers` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetProjectMemebers")]
    #[doc(alias = "/v1.0/project/users/{userId}/projects/{projectId}/members")]
    #[doc(alias = "GET /v1.0/project/users/{userId}/projects/{projectId}/members")]
    pub fn get_project_memebers(
        &self,
        user_id: &str,
        project_id: &str,
        request: &GetProjectMemebersRequest,
    ) -> rt::Call<GetProjectMemebersResponseBody, GetProjectMemebersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProjectMemebers",
            rt::Method::Get,
            "/v1.0/project/users/{userId}/projects/{projectId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 查询项目状态
    ///
    /// `GET /v1.0/project/users/{userId}/projects/{projectId}/statuses`: DingTalk's `GetProjectStatusList` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetProjectStatusList")]
    #[doc(alias = "/v1.0/project/users/{userId}/projects/{projectId}/statuses")]
    #[doc(alias = "GET /v1.0/project/users/{userId}/projects/{projectId}/statuses")]
    pub fn get_project_status_list(
        &self,
        user_id: &str,
        project_id: &str,
    ) -> rt::Call<GetProjectStatusListResponseBody, GetProjectStatusListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProjectStatusList",
            rt::Method::Get,
            "/v1.0/project/users/{userId}/projects/{projectId}/statuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], &())
    }
    /// 获取任务详情
    ///
    /// `GET /v1.0/project/users/{userId}/tasks`: DingTalk's `GetTaskByIds` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTaskByIds")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks")]
    #[doc(alias = "GET /v1.0/project/users/{userId}/tasks")]
    pub fn get_task_by_ids(
        &self,
        user_id: &str,
        request: &GetTaskByIdsRequest,
    ) -> rt::Call<GetTaskByIdsResponseBody, GetTaskByIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTaskByIds",
            rt::Method::Get,
            "/v1.0/project/users/{userId}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 获取Teambition企业Id
    ///
    /// `GET /v1.0/project/teambition/organizations`: DingTalk's `GetTbOrgIdByDingOrgId` (module feature `project_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTbOrgIdByDingOrgId")]
    #[doc(alias = "/v1.0/project/teambition/organizations")]
    #[doc(alias = "GET /v1.0/project/teambition/organizations")]
    pub fn get_tb_org_id_by_ding_org_id(
        &self,
        request: &GetTbOrgIdByDingOrgIdRequest,
    ) -> rt::Call<GetTbOrgIdByDingOrgIdResponseBody, GetTbOrgIdByDingOrgIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTbOrgIdByDingOrgId",
            rt::Method::Get,
            "/v1.0/project/teambition/organizations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取项目灰度标
    ///
    /// `POST /v1.0/project/projects/gray`: DingTalk's `GetTbProjectGray` (module feature `project_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTbProjectGray")]
    #[doc(alias = "/v1.0/project/projects/gray")]
    #[doc(alias = "POST /v1.0/project/projects/gray")]
    pub fn get_tb_project_gray(
        &self,
        request: &GetTbProjectGrayRequest,
    ) -> rt::Call<GetTbProjectGrayResponseBody, GetTbProjectGrayError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTbProjectGray",
            rt::Method::Post,
            "/v1.0/project/projects/gray",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取项目来源
    ///
    /// `POST /v1.0/project/projects/source`: DingTalk's `GetTbProjectSource` (module feature `project_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTbProjectSource")]
    #[doc(alias = "/v1.0/project/projects/source")]
    #[doc(alias = "POST /v1.0/project/projects/source")]
    pub fn get_tb_project_source(
        &self,
        request: &GetTbProjectSourceRequest,
    ) -> rt::Call<GetTbProjectSourceResponseBody, GetTbProjectSourceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTbProjectSource",
            rt::Method::Post,
            "/v1.0/project/projects/source",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据钉钉UserId获取Teambition用户Id
    ///
    /// `GET /v1.0/project/teambition/users`: DingTalk's `GetTbUserIdByStaffId` (module feature `project_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTbUserIdByStaffId")]
    #[doc(alias = "/v1.0/project/teambition/users")]
    #[doc(alias = "GET /v1.0/project/teambition/users")]
    pub fn get_tb_user_id_by_staff_id(
        &self,
        request: &GetTbUserIdByStaffIdRequest,
    ) -> rt::Call<GetTbUserIdByStaffIdResponseBody, GetTbUserIdByStaffIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTbUserIdByStaffId",
            rt::Method::Get,
            "/v1.0/project/teambition/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户加入的项目
    ///
    /// `GET /v1.0/project/users/{userId}/joinProjects`: DingTalk's `GetUserJoinedProject` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_user_joined_project_pages`].
    #[doc(alias = "GetUserJoinedProject")]
    #[doc(alias = "/v1.0/project/users/{userId}/joinProjects")]
    #[doc(alias = "GET /v1.0/project/users/{userId}/joinProjects")]
    pub fn get_user_joined_project(
        &self,
        user_id: &str,
        request: &GetUserJoinedProjectRequest,
    ) -> rt::Call<GetUserJoinedProjectResponseBody, GetUserJoinedProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserJoinedProject",
            rt::Method::Get,
            "/v1.0/project/users/{userId}/joinProjects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询项目
    ///
    /// `POST /v1.0/project/users/{userId}/projects/query`: DingTalk's `QueryProject` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_project_pages`].
    #[doc(alias = "QueryProject")]
    #[doc(alias = "/v1.0/project/users/{userId}/projects/query")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/projects/query")]
    pub fn query_project(
        &self,
        user_id: &str,
        request: &QueryProjectRequest,
    ) -> rt::Call<QueryProjectResponseBody, QueryProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryProject",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/projects/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询项目中的任务
    ///
    /// `GET /v1.0/project/users/{userId}/projectIds/{projectId}/tasks`: DingTalk's `QueryTaskOfProject` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_task_of_project_pages`].
    #[doc(alias = "QueryTaskOfProject")]
    #[doc(alias = "/v1.0/project/users/{userId}/projectIds/{projectId}/tasks")]
    #[doc(alias = "GET /v1.0/project/users/{userId}/projectIds/{projectId}/tasks")]
    pub fn query_task_of_project(
        &self,
        user_id: &str,
        project_id: &str,
        request: &QueryTaskOfProjectRequest,
    ) -> rt::Call<QueryTaskOfProjectResponseBody, QueryTaskOfProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTaskOfProject",
            rt::Method::Get,
            "/v1.0/project/users/{userId}/projectIds/{projectId}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 获取任务列表
    ///
    /// `POST /v1.0/project/users/{userId}/projects/{projectId}/taskStages/search`: DingTalk's `SeachTaskStage` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::seach_task_stage_pages`].
    #[doc(alias = "SeachTaskStage")]
    #[doc(alias = "/v1.0/project/users/{userId}/projects/{projectId}/taskStages/search")]
    #[doc(
        alias = "POST /v1.0/project/users/{userId}/projects/{projectId}/taskStages/search"
    )]
    pub fn seach_task_stage(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SeachTaskStageRequest,
    ) -> rt::Call<SeachTaskStageResponseBody, SeachTaskStageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SeachTaskStage",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/projects/{projectId}/taskStages/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 通过TQL搜索自由任务和项目任务ID。
    ///
    /// `POST /v1.0/project/users/{userId}/tql/tasks/search`: DingTalk's `SearchAllTasksByTql` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_all_tasks_by_tql_pages`].
    #[doc(alias = "SearchAllTasksByTql")]
    #[doc(alias = "/v1.0/project/users/{userId}/tql/tasks/search")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/tql/tasks/search")]
    pub fn search_all_tasks_by_tql(
        &self,
        user_id: &str,
        request: &SearchAllTasksByTqlRequest,
    ) -> rt::Call<SearchAllTasksByTqlResponseBody, SearchAllTasksByTqlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchAllTasksByTql",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/tql/tasks/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询企业自定义字段
    ///
    /// `POST /v1.0/project/organizations/users/{userId}/customfields/search`: DingTalk's `SearchOranizationCustomfield` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_oranization_customfield_pages`].
    #[doc(alias = "SearchOranizationCustomfield")]
    #[doc(alias = "/v1.0/project/organizations/users/{userId}/customfields/search")]
    #[doc(alias = "POST /v1.0/project/organizations/users/{userId}/customfields/search")]
    pub fn search_oranization_customfield(
        &self,
        user_id: &str,
        request: &SearchOranizationCustomfieldRequest,
    ) -> rt::Call<
        SearchOranizationCustomfieldResponseBody,
        SearchOranizationCustomfieldError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchOranizationCustomfield",
            rt::Method::Post,
            "/v1.0/project/organizations/users/{userId}/customfields/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询项目自定义字段
    ///
    /// `POST /v1.0/project/users/{userId}/projects/{projectId}/customfields/search`: DingTalk's `SearchProjectCustomfield` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_project_customfield_pages`].
    #[doc(alias = "SearchProjectCustomfield")]
    #[doc(
        alias = "/v1.0/project/users/{userId}/projects/{projectId}/customfields/search"
    )]
    #[doc(
        alias = "POST /v1.0/project/users/{userId}/projects/{projectId}/customfields/search"
    )]
    pub fn search_project_customfield(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SearchProjectCustomfieldRequest,
    ) -> rt::Call<SearchProjectCustomfieldResponseBody, SearchProjectCustomfieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchProjectCustomfield",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/projects/{projectId}/customfields/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 按项目模板名字搜索企业自定义模板
    ///
    /// `GET /v1.0/project/organizations/users/{userId}/templates`: DingTalk's `SearchProjectTemplate` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchProjectTemplate")]
    #[doc(alias = "/v1.0/project/organizations/users/{userId}/templates")]
    #[doc(alias = "GET /v1.0/project/organizations/users/{userId}/templates")]
    pub fn search_project_template(
        &self,
        user_id: &str,
        request: &SearchProjectTemplateRequest,
    ) -> rt::Call<SearchProjectTemplateResponseBody, SearchProjectTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchProjectTemplate",
            rt::Method::Get,
            "/v1.0/project/organizations/users/{userId}/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询任务工作流
    ///
    /// `POST /v1.0/project/users/{userId}/projects/{projectId}/taskflows/search`: DingTalk's `SearchTaskFlow` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchTaskFlow")]
    #[doc(alias = "/v1.0/project/users/{userId}/projects/{projectId}/taskflows/search")]
    #[doc(
        alias = "POST /v1.0/project/users/{userId}/projects/{projectId}/taskflows/search"
    )]
    pub fn search_task_flow(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SearchTaskFlowRequest,
    ) -> rt::Call<SearchTaskFlowResponseBody, SearchTaskFlowError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchTaskFlow",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/projects/{projectId}/taskflows/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 查询任务分组
    ///
    /// `POST /v1.0/project/users/{userId}/projects/{projectId}/taskLists/search`: DingTalk's `SearchTaskList` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_task_list_pages`].
    #[doc(alias = "SearchTaskList")]
    #[doc(alias = "/v1.0/project/users/{userId}/projects/{projectId}/taskLists/search")]
    #[doc(
        alias = "POST /v1.0/project/users/{userId}/projects/{projectId}/taskLists/search"
    )]
    pub fn search_task_list(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SearchTaskListRequest,
    ) -> rt::Call<SearchTaskListResponseBody, SearchTaskListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchTaskList",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/projects/{projectId}/taskLists/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 搜索任务工作流状态
    ///
    /// `GET /v1.0/project/users/{userId}/projects/{projectId}/taskflowStatuses/search`: DingTalk's `SearchTaskflowStatus` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SearchTaskflowStatus")]
    #[doc(
        alias = "/v1.0/project/users/{userId}/projects/{projectId}/taskflowStatuses/search"
    )]
    #[doc(
        alias = "GET /v1.0/project/users/{userId}/projects/{projectId}/taskflowStatuses/search"
    )]
    pub fn search_taskflow_status(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SearchTaskflowStatusRequest,
    ) -> rt::Call<SearchTaskflowStatusResponseBody, SearchTaskflowStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchTaskflowStatus",
            rt::Method::Get,
            "/v1.0/project/users/{userId}/projects/{projectId}/taskflowStatuses/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 查询用户任务列表
    ///
    /// `POST /v1.0/project/users/{userId}/tasks/search`: DingTalk's `SearchUserTask` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_user_task_pages`].
    #[doc(alias = "SearchUserTask")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks/search")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/tasks/search")]
    pub fn search_user_task(
        &self,
        user_id: &str,
        request: &SearchUserTaskRequest,
    ) -> rt::Call<SearchUserTaskResponseBody, SearchUserTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchUserTask",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/tasks/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 归档项目
    ///
    /// `POST /v1.0/project/users/{userId}/projects/{projectId}/suspend`: DingTalk's `SuspendProject` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SuspendProject")]
    #[doc(alias = "/v1.0/project/users/{userId}/projects/{projectId}/suspend")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/projects/{projectId}/suspend")]
    pub fn suspend_project(
        &self,
        user_id: &str,
        project_id: &str,
    ) -> rt::Call<SuspendProjectResponseBody, SuspendProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SuspendProject",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/projects/{projectId}/suspend",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], &())
    }
    /// 恢复项目归档
    ///
    /// `POST /v1.0/project/users/{userId}/projects/{projectId}/unsuspend`: DingTalk's `UnSuspendProject` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UnSuspendProject")]
    #[doc(alias = "/v1.0/project/users/{userId}/projects/{projectId}/unsuspend")]
    #[doc(alias = "POST /v1.0/project/users/{userId}/projects/{projectId}/unsuspend")]
    pub fn un_suspend_project(
        &self,
        user_id: &str,
        project_id: &str,
    ) -> rt::Call<UnSuspendProjectResponseBody, UnSuspendProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnSuspendProject",
            rt::Method::Post,
            "/v1.0/project/users/{userId}/projects/{projectId}/unsuspend",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], &())
    }
    /// 更新任务自定义字段的值
    ///
    /// `PUT /v1.0/project/users/{userId}/tasks/{taskId}/customFields`: DingTalk's `UpdateCustomfieldValue` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateCustomfieldValue")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks/{taskId}/customFields")]
    #[doc(alias = "PUT /v1.0/project/users/{userId}/tasks/{taskId}/customFields")]
    pub fn update_customfield_value(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateCustomfieldValueRequest,
    ) -> rt::Call<UpdateCustomfieldValueResponseBody, UpdateCustomfieldValueError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateCustomfieldValue",
            rt::Method::Put,
            "/v1.0/project/users/{userId}/tasks/{taskId}/customFields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更改自由任务标题
    ///
    /// `PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/contents`: DingTalk's `UpdateOrganizationTaskContent` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateOrganizationTaskContent")]
    #[doc(alias = "/v1.0/project/organizations/users/{userId}/tasks/{taskId}/contents")]
    #[doc(
        alias = "PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/contents"
    )]
    pub fn update_organization_task_content(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateOrganizationTaskContentRequest,
    ) -> rt::Call<
        UpdateOrganizationTaskContentResponseBody,
        UpdateOrganizationTaskContentError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateOrganizationTaskContent",
            rt::Method::Put,
            "/v1.0/project/organizations/users/{userId}/tasks/{taskId}/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新自由任务截止时间
    ///
    /// `PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/dueDates`: DingTalk's `UpdateOrganizationTaskDueDate` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateOrganizationTaskDueDate")]
    #[doc(alias = "/v1.0/project/organizations/users/{userId}/tasks/{taskId}/dueDates")]
    #[doc(
        alias = "PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/dueDates"
    )]
    pub fn update_organization_task_due_date(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateOrganizationTaskDueDateRequest,
    ) -> rt::Call<
        UpdateOrganizationTaskDueDateResponseBody,
        UpdateOrganizationTaskDueDateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateOrganizationTaskDueDate",
            rt::Method::Put,
            "/v1.0/project/organizations/users/{userId}/tasks/{taskId}/dueDates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更改自由任务执行者
    ///
    /// `PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/executors`: DingTalk's `UpdateOrganizationTaskExecutor` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateOrganizationTaskExecutor")]
    #[doc(alias = "/v1.0/project/organizations/users/{userId}/tasks/{taskId}/executors")]
    #[doc(
        alias = "PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/executors"
    )]
    pub fn update_organization_task_executor(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateOrganizationTaskExecutorRequest,
    ) -> rt::Call<
        UpdateOrganizationTaskExecutorResponseBody,
        UpdateOrganizationTaskExecutorError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateOrganizationTaskExecutor",
            rt::Method::Put,
            "/v1.0/project/organizations/users/{userId}/tasks/{taskId}/executors",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新自由任务参与者
    ///
    /// `PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/involveMembers`: DingTalk's `UpdateOrganizationTaskInvolveMembers` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateOrganizationTaskInvolveMembers")]
    #[doc(
        alias = "/v1.0/project/organizations/users/{userId}/tasks/{taskId}/involveMembers"
    )]
    #[doc(
        alias = "PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/involveMembers"
    )]
    pub fn update_organization_task_involve_members(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateOrganizationTaskInvolveMembersRequest,
    ) -> rt::Call<
        UpdateOrganizationTaskInvolveMembersResponseBody,
        UpdateOrganizationTaskInvolveMembersError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateOrganizationTaskInvolveMembers",
            rt::Method::Put,
            "/v1.0/project/organizations/users/{userId}/tasks/{taskId}/involveMembers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更改自由任务备注
    ///
    /// `PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/notes`: DingTalk's `UpdateOrganizationTaskNote` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateOrganizationTaskNote")]
    #[doc(alias = "/v1.0/project/organizations/users/{userId}/tasks/{taskId}/notes")]
    #[doc(alias = "PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/notes")]
    pub fn update_organization_task_note(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateOrganizationTaskNoteRequest,
    ) -> rt::Call<
        UpdateOrganizationTaskNoteResponseBody,
        UpdateOrganizationTaskNoteError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateOrganizationTaskNote",
            rt::Method::Put,
            "/v1.0/project/organizations/users/{userId}/tasks/{taskId}/notes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新自由任务优先级
    ///
    /// `PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/priorities`: DingTalk's `UpdateOrganizationTaskPriority` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateOrganizationTaskPriority")]
    #[doc(
        alias = "/v1.0/project/organizations/users/{userId}/tasks/{taskId}/priorities"
    )]
    #[doc(
        alias = "PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/priorities"
    )]
    pub fn update_organization_task_priority(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateOrganizationTaskPriorityRequest,
    ) -> rt::Call<
        UpdateOrganizationTaskPriorityResponseBody,
        UpdateOrganizationTaskPriorityError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateOrganizationTaskPriority",
            rt::Method::Put,
            "/v1.0/project/organizations/users/{userId}/tasks/{taskId}/priorities",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更改自由任务状态
    ///
    /// `PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/states`: DingTalk's `UpdateOrganizationTaskStatus` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateOrganizationTaskStatus")]
    #[doc(alias = "/v1.0/project/organizations/users/{userId}/tasks/{taskId}/states")]
    #[doc(
        alias = "PUT /v1.0/project/organizations/users/{userId}/tasks/{taskId}/states"
    )]
    pub fn update_organization_task_status(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateOrganizationTaskStatusRequest,
    ) -> rt::Call<
        UpdateOrganizationTaskStatusResponseBody,
        UpdateOrganizationTaskStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateOrganizationTaskStatus",
            rt::Method::Put,
            "/v1.0/project/organizations/users/{userId}/tasks/{taskId}/states",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新项目的分组
    ///
    /// `PUT /v1.0/project/users/{userId}/projects/{projectId}/groups`: DingTalk's `UpdateProjectGroup` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateProjectGroup")]
    #[doc(alias = "/v1.0/project/users/{userId}/projects/{projectId}/groups")]
    #[doc(alias = "PUT /v1.0/project/users/{userId}/projects/{projectId}/groups")]
    pub fn update_project_group(
        &self,
        user_id: &str,
        project_id: &str,
        request: &UpdateProjectGroupRequest,
    ) -> rt::Call<UpdateProjectGroupResponseBody, UpdateProjectGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateProjectGroup",
            rt::Method::Put,
            "/v1.0/project/users/{userId}/projects/{projectId}/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 更新任务标题
    ///
    /// `PUT /v1.0/project/users/{userId}/tasks/{taskId}/contents`: DingTalk's `UpdateTaskContent` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTaskContent")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks/{taskId}/contents")]
    #[doc(alias = "PUT /v1.0/project/users/{userId}/tasks/{taskId}/contents")]
    pub fn update_task_content(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskContentRequest,
    ) -> rt::Call<UpdateTaskContentResponseBody, UpdateTaskContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskContent",
            rt::Method::Put,
            "/v1.0/project/users/{userId}/tasks/{taskId}/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务截止时间
    ///
    /// `PUT /v1.0/project/users/{userId}/tasks/{taskId}/dueDates`: DingTalk's `UpdateTaskDueDate` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTaskDueDate")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks/{taskId}/dueDates")]
    #[doc(alias = "PUT /v1.0/project/users/{userId}/tasks/{taskId}/dueDates")]
    pub fn update_task_due_date(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskDueDateRequest,
    ) -> rt::Call<UpdateTaskDueDateResponseBody, UpdateTaskDueDateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskDueDate",
            rt::Method::Put,
            "/v1.0/project/users/{userId}/tasks/{taskId}/dueDates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务执行者
    ///
    /// `PUT /v1.0/project/users/{userId}/tasks/{taskId}/executors`: DingTalk's `UpdateTaskExecutor` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTaskExecutor")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks/{taskId}/executors")]
    #[doc(alias = "PUT /v1.0/project/users/{userId}/tasks/{taskId}/executors")]
    pub fn update_task_executor(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskExecutorRequest,
    ) -> rt::Call<UpdateTaskExecutorResponseBody, UpdateTaskExecutorError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskExecutor",
            rt::Method::Put,
            "/v1.0/project/users/{userId}/tasks/{taskId}/executors",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务参与者
    ///
    /// `PUT /v1.0/project/users/{userId}/tasks/{taskId}/involveMembers`: DingTalk's `UpdateTaskInvolvemembers` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTaskInvolvemembers")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks/{taskId}/involveMembers")]
    #[doc(alias = "PUT /v1.0/project/users/{userId}/tasks/{taskId}/involveMembers")]
    pub fn update_task_involvemembers(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskInvolvemembersRequest,
    ) -> rt::Call<UpdateTaskInvolvemembersResponseBody, UpdateTaskInvolvemembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskInvolvemembers",
            rt::Method::Put,
            "/v1.0/project/users/{userId}/tasks/{taskId}/involveMembers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务备注
    ///
    /// `PUT /v1.0/project/users/{userId}/tasks/{taskId}/notes`: DingTalk's `UpdateTaskNote` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTaskNote")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks/{taskId}/notes")]
    #[doc(alias = "PUT /v1.0/project/users/{userId}/tasks/{taskId}/notes")]
    pub fn update_task_note(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskNoteRequest,
    ) -> rt::Call<UpdateTaskNoteResponseBody, UpdateTaskNoteError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskNote",
            rt::Method::Put,
            "/v1.0/project/users/{userId}/tasks/{taskId}/notes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务优先级
    ///
    /// `PUT /v1.0/project/users/{userId}/tasks/{taskId}/priorities`: DingTalk's `UpdateTaskPriority` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTaskPriority")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks/{taskId}/priorities")]
    #[doc(alias = "PUT /v1.0/project/users/{userId}/tasks/{taskId}/priorities")]
    pub fn update_task_priority(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskPriorityRequest,
    ) -> rt::Call<UpdateTaskPriorityResponseBody, UpdateTaskPriorityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskPriority",
            rt::Method::Put,
            "/v1.0/project/users/{userId}/tasks/{taskId}/priorities",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务列表
    ///
    /// `PUT /v1.0/project/users/{userId}/tasks/{taskId}/stages`: DingTalk's `UpdateTaskStage` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTaskStage")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks/{taskId}/stages")]
    #[doc(alias = "PUT /v1.0/project/users/{userId}/tasks/{taskId}/stages")]
    pub fn update_task_stage(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskStageRequest,
    ) -> rt::Call<UpdateTaskStageResponseBody, UpdateTaskStageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskStage",
            rt::Method::Put,
            "/v1.0/project/users/{userId}/tasks/{taskId}/stages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务开始时间
    ///
    /// `PUT /v1.0/project/users/{userId}/tasks/{taskId}/startDates`: DingTalk's `UpdateTaskStartdate` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTaskStartdate")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks/{taskId}/startDates")]
    #[doc(alias = "PUT /v1.0/project/users/{userId}/tasks/{taskId}/startDates")]
    pub fn update_task_startdate(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskStartdateRequest,
    ) -> rt::Call<UpdateTaskStartdateResponseBody, UpdateTaskStartdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskStartdate",
            rt::Method::Put,
            "/v1.0/project/users/{userId}/tasks/{taskId}/startDates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务工作流状态
    ///
    /// `PUT /v1.0/project/users/{userId}/tasks/{taskId}/taskflowStatuses`: DingTalk's `UpdateTaskTaskflowstatus` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateTaskTaskflowstatus")]
    #[doc(alias = "/v1.0/project/users/{userId}/tasks/{taskId}/taskflowStatuses")]
    #[doc(alias = "PUT /v1.0/project/users/{userId}/tasks/{taskId}/taskflowStatuses")]
    pub fn update_task_taskflowstatus(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskTaskflowstatusRequest,
    ) -> rt::Call<UpdateTaskTaskflowstatusResponseBody, UpdateTaskTaskflowstatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskTaskflowstatus",
            rt::Method::Put,
            "/v1.0/project/users/{userId}/tasks/{taskId}/taskflowStatuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新工时审批对象
    ///
    /// `PUT /v1.0/project/users/{userId}/workTimes/approvals/{approveOpenId}`: DingTalk's `UpdateWorkTimeApprove` (module feature `project_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `approve_open_id`: `{approveOpenId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateWorkTimeApprove")]
    #[doc(alias = "/v1.0/project/users/{userId}/workTimes/approvals/{approveOpenId}")]
    #[doc(
        alias = "PUT /v1.0/project/users/{userId}/workTimes/approvals/{approveOpenId}"
    )]
    pub fn update_work_time_approve(
        &self,
        user_id: &str,
        approve_open_id: &str,
        request: &UpdateWorkTimeApproveRequest,
    ) -> rt::Call<UpdateWorkTimeApproveResponseBody, UpdateWorkTimeApproveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateWorkTimeApprove",
            rt::Method::Put,
            "/v1.0/project/users/{userId}/workTimes/approvals/{approveOpenId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, approve_open_id], request)
    }
    /// Every page of [`Api::get_depts_by_org_id`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `deptList` of each page.
    pub fn get_depts_by_org_id_pages(
        &self,
        request: &GetDeptsByOrgIdRequest,
    ) -> rt::Paginator<
        GetDeptsByOrgIdResponseBody,
        GetDeptsByOrgIdError,
        GetDeptsByOrgIdResponseBodyDeptList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["deptList"],
        );
        rt::Paginator::new(self.get_depts_by_org_id(request), &PAGING)
    }
    /// Every page of [`Api::get_emps_by_org_id`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `empList` of each page.
    pub fn get_emps_by_org_id_pages(
        &self,
        request: &GetEmpsByOrgIdRequest,
    ) -> rt::Paginator<
        GetEmpsByOrgIdResponseBody,
        GetEmpsByOrgIdError,
        GetEmpsByOrgIdResponseBodyEmpList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["empList"],
        );
        rt::Paginator::new(self.get_emps_by_org_id(request), &PAGING)
    }
    /// Every page of [`Api::get_user_joined_project`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn get_user_joined_project_pages(
        &self,
        user_id: &str,
        request: &GetUserJoinedProjectRequest,
    ) -> rt::Paginator<
        GetUserJoinedProjectResponseBody,
        GetUserJoinedProjectError,
        String,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.get_user_joined_project(user_id, request), &PAGING)
    }
    /// Every page of [`Api::query_project`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn query_project_pages(
        &self,
        user_id: &str,
        request: &QueryProjectRequest,
    ) -> rt::Paginator<
        QueryProjectResponseBody,
        QueryProjectError,
        QueryProjectResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.query_project(user_id, request), &PAGING)
    }
    /// Every page of [`Api::query_task_of_project`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn query_task_of_project_pages(
        &self,
        user_id: &str,
        project_id: &str,
        request: &QueryTaskOfProjectRequest,
    ) -> rt::Paginator<
        QueryTaskOfProjectResponseBody,
        QueryTaskOfProjectError,
        QueryTaskOfProjectResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(
            self.query_task_of_project(user_id, project_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::seach_task_stage`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn seach_task_stage_pages(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SeachTaskStageRequest,
    ) -> rt::Paginator<
        SeachTaskStageResponseBody,
        SeachTaskStageError,
        SeachTaskStageResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.seach_task_stage(user_id, project_id, request), &PAGING)
    }
    /// Every page of [`Api::search_all_tasks_by_tql`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn search_all_tasks_by_tql_pages(
        &self,
        user_id: &str,
        request: &SearchAllTasksByTqlRequest,
    ) -> rt::Paginator<
        SearchAllTasksByTqlResponseBody,
        SearchAllTasksByTqlError,
        String,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.search_all_tasks_by_tql(user_id, request), &PAGING)
    }
    /// Every page of [`Api::search_oranization_customfield`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn search_oranization_customfield_pages(
        &self,
        user_id: &str,
        request: &SearchOranizationCustomfieldRequest,
    ) -> rt::Paginator<
        SearchOranizationCustomfieldResponseBody,
        SearchOranizationCustomfieldError,
        SearchOranizationCustomfieldResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(
            self.search_oranization_customfield(user_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::search_project_customfield`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn search_project_customfield_pages(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SearchProjectCustomfieldRequest,
    ) -> rt::Paginator<
        SearchProjectCustomfieldResponseBody,
        SearchProjectCustomfieldError,
        SearchProjectCustomfieldResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(
            self.search_project_customfield(user_id, project_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::search_task_list`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn search_task_list_pages(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SearchTaskListRequest,
    ) -> rt::Paginator<
        SearchTaskListResponseBody,
        SearchTaskListError,
        SearchTaskListResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.search_task_list(user_id, project_id, request), &PAGING)
    }
    /// Every page of [`Api::search_user_task`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn search_user_task_pages(
        &self,
        user_id: &str,
        request: &SearchUserTaskRequest,
    ) -> rt::Paginator<
        SearchUserTaskResponseBody,
        SearchUserTaskError,
        SearchUserTaskResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.search_user_task(user_id, request), &PAGING)
    }
}
/// `AddProjectMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddProjectMemberResponseBody {
    /// `result`.
    pub result: Option<Vec<AddProjectMemberResponseBodyResult>>,
}
rt::impl_deserialize! {
    AddProjectMemberResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddProjectMemberResponseBody { "result" => optional(result) }
}
/// `ArchiveProjectResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ArchiveProjectResponseBody {
    /// `result`.
    pub result: Option<ArchiveProjectResponseBodyResult>,
}
rt::impl_deserialize! {
    ArchiveProjectResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ArchiveProjectResponseBody { "result" => optional(result) }
}
/// `ArchiveTaskResponseBody`, a model several operations share: also named [`SuspendProjectResponseBody`], [`UnSuspendProjectResponseBody`], [`UpdateTaskTaskflowstatusResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ArchiveTaskResponseBody {
    /// `result`.
    pub result: Option<ArchiveTaskResponseBodyResult>,
}
rt::impl_deserialize! {
    ArchiveTaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ArchiveTaskResponseBody { "result" => optional(result) }
}
/// `CreateOrganizationTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateOrganizationTaskResponseBody {
    /// `result`.
    pub result: Option<CreateOrganizationTaskResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateOrganizationTaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateOrganizationTaskResponseBody { "result" => optional(result) }
}
/// `CreatePlanTimeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreatePlanTimeResponseBody {
    /// `result`.
    pub result: Option<CreatePlanTimeResponseBodyResult>,
}
rt::impl_deserialize! {
    CreatePlanTimeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreatePlanTimeResponseBody { "result" => optional(result) }
}
/// `CreateProjectResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateProjectResponseBody {
    /// `result`.
    pub result: Option<CreateProjectResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateProjectResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProjectResponseBody { "result" => optional(result) }
}
/// `CreateProjectByTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateProjectByTemplateResponseBody {
    /// `result`.
    pub result: Option<CreateProjectByTemplateResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateProjectByTemplateResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProjectByTemplateResponseBody { "result" => optional(result) }
}
/// `CreateProjectCustomfieldStatusRequestValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProjectCustomfieldStatusRequestValue {
    /// `customFieldValueId`.
    pub custom_field_value_id: Option<String>,
    /// `metaString`.
    pub meta_string: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl CreateProjectCustomfieldStatusRequestValue {
    /// An empty `CreateProjectCustomfieldStatusRequestValue`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `customFieldValueId`.
    pub fn custom_field_value_id(mut self, value: impl Into<String>) -> Self {
        self.custom_field_value_id = Some(value.into());
        self
    }
    /// Sets `metaString`.
    pub fn meta_string(mut self, value: impl Into<String>) -> Self {
        self.meta_string = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateProjectCustomfieldStatusRequestValue { "customFieldValueId" =>
    optional(custom_field_value_id), "metaString" => optional(meta_string), "title" =>
    optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateProjectCustomfieldStatusRequestValue { "customFieldValueId" =>
    read_field(custom_field_value_id), "metaString" => read_field(meta_string), "title"
    => read_field(title) }
}
/// `CreateProjectCustomfieldStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateProjectCustomfieldStatusResponseBody {
    /// `result`.
    pub result: Option<CreateProjectCustomfieldStatusResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateProjectCustomfieldStatusResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProjectCustomfieldStatusResponseBody { "result" => optional(result) }
}
/// `CreateTaskRequestCustomfields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTaskRequestCustomfields {
    /// `customfieldAlias`.
    pub customfield_alias: Option<String>,
    /// `customfieldId`.
    pub customfield_id: Option<String>,
    /// `customfieldName`.
    pub customfield_name: Option<String>,
    /// `value`.
    pub value: Option<Vec<CreateTaskRequestCustomfieldsValue>>,
}
impl CreateTaskRequestCustomfields {
    /// An empty `CreateTaskRequestCustomfields`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `customfieldAlias`.
    pub fn customfield_alias(mut self, value: impl Into<String>) -> Self {
        self.customfield_alias = Some(value.into());
        self
    }
    /// Sets `customfieldId`.
    pub fn customfield_id(mut self, value: impl Into<String>) -> Self {
        self.customfield_id = Some(value.into());
        self
    }
    /// Sets `customfieldName`.
    pub fn customfield_name(mut self, value: impl Into<String>) -> Self {
        self.customfield_name = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(
        mut self,
        value: impl IntoIterator<Item = CreateTaskRequestCustomfieldsValue>,
    ) -> Self {
        self.value = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateTaskRequestCustomfields { "customfieldAlias" => optional(customfield_alias),
    "customfieldId" => optional(customfield_id), "customfieldName" =>
    optional(customfield_name), "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTaskRequestCustomfields { "customfieldAlias" => read_field(customfield_alias),
    "customfieldId" => read_field(customfield_id), "customfieldName" =>
    read_field(customfield_name), "value" => read_field(value) }
}
/// `CreateTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskResponseBody {
    /// `result`.
    pub result: Option<CreateTaskResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateTaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTaskResponseBody { "result" => optional(result) }
}
/// `CreateTaskObjectLinkRequestLinkedData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateTaskObjectLinkRequestLinkedData {
    /// `content`.
    pub content: Option<String>,
    /// `thumbnailUrl`.
    pub thumbnail_url: Option<String>,
    /// `title`.
    pub title: String,
    /// `url`.
    pub url: String,
}
/// The required fields of [`CreateTaskObjectLinkRequestLinkedData`], each named where it is set: `CreateTaskObjectLinkRequestLinkedData::new(CreateTaskObjectLinkRequestLinkedDataRequired { .. })`.
pub struct CreateTaskObjectLinkRequestLinkedDataRequired {
    /// `title`: see [`CreateTaskObjectLinkRequestLinkedData::title`].
    pub title: String,
    /// `url`: see [`CreateTaskObjectLinkRequestLinkedData::url`].
    pub url: String,
}
impl CreateTaskObjectLinkRequestLinkedData {
    /// A `CreateTaskObjectLinkRequestLinkedData` with its required fields (`title`, `url`); set the others with the methods named after them.
    pub fn new(required: CreateTaskObjectLinkRequestLinkedDataRequired) -> Self {
        let CreateTaskObjectLinkRequestLinkedDataRequired { title, url } = required;
        Self {
            content: None,
            thumbnail_url: None,
            title,
            url,
        }
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `thumbnailUrl`.
    pub fn thumbnail_url(mut self, value: impl Into<String>) -> Self {
        self.thumbnail_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTaskObjectLinkRequestLinkedData { "content" => optional(content),
    "thumbnailUrl" => optional(thumbnail_url), "title" => field(title), "url" =>
    field(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTaskObjectLinkRequestLinkedData { "content" => read_field(content),
    "thumbnailUrl" => read_field(thumbnail_url), "title" => read_field(title), "url" =>
    read_field(url) }
}
/// `CreateTaskObjectLinkResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskObjectLinkResponseBody {
    /// `result`.
    pub result: Option<CreateTaskObjectLinkResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateTaskObjectLinkResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTaskObjectLinkResponseBody { "result" => optional(result) }
}
/// `CreateWorkTimeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateWorkTimeResponseBody {
    /// `result`.
    pub result: Option<CreateWorkTimeResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateWorkTimeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateWorkTimeResponseBody { "result" => optional(result) }
}
/// `CreateWorkTimeApproveResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateWorkTimeApproveResponseBody {
    /// `message`.
    pub message: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<CreateWorkTimeApproveResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateWorkTimeApproveResponseBody { "message" => read_field(message), "requestId" =>
    read_field(request_id), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateWorkTimeApproveResponseBody { "message" => optional(message), "requestId" =>
    optional(request_id), "result" => optional(result) }
}
/// `DeleteProjectMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteProjectMemberResponseBody {
    /// `result`.
    pub result: Option<Vec<String>>,
}
rt::impl_deserialize! {
    DeleteProjectMemberResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteProjectMemberResponseBody { "result" => optional(result) }
}
/// `DeleteTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteTaskResponseBody {
    /// `result`.
    pub result: Option<rt::BTreeMap<String, String>>,
}
rt::impl_deserialize! {
    DeleteTaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteTaskResponseBody { "result" => optional(result) }
}
/// `GetDeptsByOrgIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDeptsByOrgIdResponseBody {
    /// `deptList`.
    pub dept_list: Option<Vec<GetDeptsByOrgIdResponseBodyDeptList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    GetDeptsByOrgIdResponseBody { "deptList" => read_field(dept_list), "hasMore" =>
    read_field(has_more), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDeptsByOrgIdResponseBody { "deptList" => optional(dept_list), "hasMore" =>
    optional(has_more), "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token) }
}
/// `GetEmpsByOrgIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetEmpsByOrgIdResponseBody {
    /// `empList`.
    pub emp_list: Option<Vec<GetEmpsByOrgIdResponseBodyEmpList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    GetEmpsByOrgIdResponseBody { "empList" => read_field(emp_list), "hasMore" =>
    read_field(has_more), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEmpsByOrgIdResponseBody { "empList" => optional(emp_list), "hasMore" =>
    optional(has_more), "nextToken" => optional(next_token) }
}
/// `GetOrganizatioTaskByIdsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrganizatioTaskByIdsResponseBody {
    /// `result`.
    pub result: Option<Vec<GetOrganizatioTaskByIdsResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetOrganizatioTaskByIdsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrganizatioTaskByIdsResponseBody { "result" => optional(result) }
}
/// `GetOrganizationPriorityListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrganizationPriorityListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetOrganizationPriorityListResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetOrganizationPriorityListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrganizationPriorityListResponseBody { "result" => optional(result) }
}
/// `GetOrganizationTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrganizationTaskResponseBody {
    /// `result`.
    pub result: Option<GetOrganizationTaskResponseBodyResult>,
}
rt::impl_deserialize! {
    GetOrganizationTaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrganizationTaskResponseBody { "result" => optional(result) }
}
/// `GetProjectGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProjectGroupResponseBody {
    /// `result`.
    pub result: Option<Vec<GetProjectGroupResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetProjectGroupResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProjectGroupResponseBody { "result" => optional(result) }
}
/// `GetProjectMemebersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProjectMemebersResponseBody {
    /// `result`.
    pub result: Option<Vec<GetProjectMemebersResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetProjectMemebersResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProjectMemebersResponseBody { "result" => optional(result) }
}
/// `GetProjectStatusListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProjectStatusListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetProjectStatusListResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetProjectStatusListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProjectStatusListResponseBody { "result" => optional(result) }
}
/// `GetTaskByIdsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskByIdsResponseBody {
    /// `result`.
    pub result: Option<Vec<GetTaskByIdsResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetTaskByIdsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskByIdsResponseBody { "result" => optional(result) }
}
/// `GetTbOrgIdByDingOrgIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTbOrgIdByDingOrgIdResponseBody {
    /// `result`.
    pub result: Option<GetTbOrgIdByDingOrgIdResponseBodyResult>,
}
rt::impl_deserialize! {
    GetTbOrgIdByDingOrgIdResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTbOrgIdByDingOrgIdResponseBody { "result" => optional(result) }
}
/// `GetTbProjectGrayResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTbProjectGrayResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    GetTbProjectGrayResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTbProjectGrayResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
}
/// `GetTbProjectSourceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTbProjectSourceResponseBody {
    /// `installSource`.
    pub install_source: Option<String>,
}
rt::impl_deserialize! {
    GetTbProjectSourceResponseBody { "installSource" => read_field(install_source) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTbProjectSourceResponseBody { "installSource" => optional(install_source) }
}
/// `GetTbUserIdByStaffIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTbUserIdByStaffIdResponseBody {
    /// `result`.
    pub result: Option<GetTbUserIdByStaffIdResponseBodyResult>,
}
rt::impl_deserialize! {
    GetTbUserIdByStaffIdResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTbUserIdByStaffIdResponseBody { "result" => optional(result) }
}
/// `GetUserJoinedProjectResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserJoinedProjectResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetUserJoinedProjectResponseBody { "nextToken" => read_field(next_token), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserJoinedProjectResponseBody { "nextToken" => optional(next_token), "result" =>
    optional(result) }
}
/// `QueryProjectResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryProjectResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<QueryProjectResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryProjectResponseBody { "nextToken" => read_field(next_token), "requestId" =>
    read_field(request_id), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryProjectResponseBody { "nextToken" => optional(next_token), "requestId" =>
    optional(request_id), "result" => optional(result) }
}
/// `QueryTaskOfProjectResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTaskOfProjectResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<QueryTaskOfProjectResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryTaskOfProjectResponseBody { "nextToken" => read_field(next_token), "result" =>
    read_field(result), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTaskOfProjectResponseBody { "nextToken" => optional(next_token), "result" =>
    optional(result), "totalCount" => optional(total_count) }
}
/// `SeachTaskStageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SeachTaskStageResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<SeachTaskStageResponseBodyResult>>,
}
rt::impl_deserialize! {
    SeachTaskStageResponseBody { "nextToken" => read_field(next_token), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SeachTaskStageResponseBody { "nextToken" => optional(next_token), "result" =>
    optional(result) }
}
/// `SearchAllTasksByTqlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchAllTasksByTqlResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<String>>,
    /// `totalSize`.
    pub total_size: Option<i64>,
}
rt::impl_deserialize! {
    SearchAllTasksByTqlResponseBody { "nextToken" => read_field(next_token), "requestId"
    => read_field(request_id), "result" => read_field(result), "totalSize" =>
    read_field(total_size) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchAllTasksByTqlResponseBody { "nextToken" => optional(next_token), "requestId" =>
    optional(request_id), "result" => optional(result), "totalSize" =>
    optional(total_size) }
}
/// `SearchOranizationCustomfieldResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchOranizationCustomfieldResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<SearchOranizationCustomfieldResponseBodyResult>>,
}
rt::impl_deserialize! {
    SearchOranizationCustomfieldResponseBody { "nextToken" => read_field(next_token),
    "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchOranizationCustomfieldResponseBody { "nextToken" => optional(next_token),
    "result" => optional(result) }
}
/// `SearchProjectCustomfieldResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchProjectCustomfieldResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<SearchProjectCustomfieldResponseBodyResult>>,
}
rt::impl_deserialize! {
    SearchProjectCustomfieldResponseBody { "nextToken" => read_field(next_token),
    "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchProjectCustomfieldResponseBody { "nextToken" => optional(next_token), "result"
    => optional(result) }
}
/// `SearchProjectTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchProjectTemplateResponseBody {
    /// `result`.
    pub result: Option<Vec<SearchProjectTemplateResponseBodyResult>>,
}
rt::impl_deserialize! {
    SearchProjectTemplateResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchProjectTemplateResponseBody { "result" => optional(result) }
}
/// `SearchTaskFlowResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchTaskFlowResponseBody {
    /// `result`.
    pub result: Option<Vec<SearchTaskFlowResponseBodyResult>>,
}
rt::impl_deserialize! {
    SearchTaskFlowResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchTaskFlowResponseBody { "result" => optional(result) }
}
/// `SearchTaskListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchTaskListResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<SearchTaskListResponseBodyResult>>,
}
rt::impl_deserialize! {
    SearchTaskListResponseBody { "nextToken" => read_field(next_token), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchTaskListResponseBody { "nextToken" => optional(next_token), "result" =>
    optional(result) }
}
/// `SearchTaskflowStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchTaskflowStatusResponseBody {
    /// `result`.
    pub result: Option<Vec<SearchTaskflowStatusResponseBodyResult>>,
}
rt::impl_deserialize! {
    SearchTaskflowStatusResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchTaskflowStatusResponseBody { "result" => optional(result) }
}
/// `SearchUserTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchUserTaskResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<SearchUserTaskResponseBodyResult>>,
}
rt::impl_deserialize! {
    SearchUserTaskResponseBody { "nextToken" => read_field(next_token), "requestId" =>
    read_field(request_id), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchUserTaskResponseBody { "nextToken" => optional(next_token), "requestId" =>
    optional(request_id), "result" => optional(result) }
}
/// `SuspendProjectResponseBody`: the same model as [`ArchiveTaskResponseBody`].
pub type SuspendProjectResponseBody = ArchiveTaskResponseBody;
/// `UnSuspendProjectResponseBody`: the same model as [`ArchiveTaskResponseBody`].
pub type UnSuspendProjectResponseBody = ArchiveTaskResponseBody;
/// `UpdateCustomfieldValueRequestValue`, a model several operations share: also named [`CreateTaskRequestCustomfieldsValue`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCustomfieldValueRequestValue {
    /// `id`.
    pub id: Option<String>,
    /// `thumbUrl`.
    pub thumb_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl UpdateCustomfieldValueRequestValue {
    /// An empty `UpdateCustomfieldValueRequestValue`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `thumbUrl`.
    pub fn thumb_url(mut self, value: impl Into<String>) -> Self {
        self.thumb_url = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateCustomfieldValueRequestValue { "id" => optional(id), "thumbUrl" =>
    optional(thumb_url), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCustomfieldValueRequestValue { "id" => read_field(id), "thumbUrl" =>
    read_field(thumb_url), "title" => read_field(title) }
}
/// `UpdateCustomfieldValueResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateCustomfieldValueResponseBody {
    /// `result`.
    pub result: Option<UpdateCustomfieldValueResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateCustomfieldValueResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateCustomfieldValueResponseBody { "result" => optional(result) }
}
/// `UpdateOrganizationTaskContentResponseBody`, a model several operations share: also named [`UpdateTaskContentResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskContentResponseBody {
    /// `result`.
    pub result: Option<UpdateOrganizationTaskContentResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateOrganizationTaskContentResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateOrganizationTaskContentResponseBody { "result" => optional(result) }
}
/// `UpdateOrganizationTaskDueDateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskDueDateResponseBody {
    /// `result`.
    pub result: Option<UpdateOrganizationTaskDueDateResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateOrganizationTaskDueDateResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateOrganizationTaskDueDateResponseBody { "result" => optional(result) }
}
/// `UpdateOrganizationTaskExecutorResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskExecutorResponseBody {
    /// `result`.
    pub result: Option<UpdateOrganizationTaskExecutorResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateOrganizationTaskExecutorResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateOrganizationTaskExecutorResponseBody { "result" => optional(result) }
}
/// `UpdateOrganizationTaskInvolveMembersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskInvolveMembersResponseBody {
    /// `result`.
    pub result: Option<UpdateOrganizationTaskInvolveMembersResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateOrganizationTaskInvolveMembersResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateOrganizationTaskInvolveMembersResponseBody { "result" => optional(result) }
}
/// `UpdateOrganizationTaskNoteResponseBody`, a model several operations share: also named [`UpdateTaskNoteResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskNoteResponseBody {
    /// `result`.
    pub result: Option<UpdateOrganizationTaskNoteResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateOrganizationTaskNoteResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateOrganizationTaskNoteResponseBody { "result" => optional(result) }
}
/// `UpdateOrganizationTaskPriorityResponseBody`, a model several operations share: also named [`UpdateTaskPriorityResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskPriorityResponseBody {
    /// `result`.
    pub result: Option<UpdateOrganizationTaskPriorityResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateOrganizationTaskPriorityResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateOrganizationTaskPriorityResponseBody { "result" => optional(result) }
}
/// `UpdateOrganizationTaskStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskStatusResponseBody {
    /// `result`.
    pub result: Option<UpdateOrganizationTaskStatusResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateOrganizationTaskStatusResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateOrganizationTaskStatusResponseBody { "result" => optional(result) }
}
/// `UpdateProjectGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateProjectGroupResponseBody {
    /// `result`.
    pub result: Option<UpdateProjectGroupResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateProjectGroupResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateProjectGroupResponseBody { "result" => optional(result) }
}
/// `UpdateTaskContentResponseBody`: the same model as [`UpdateOrganizationTaskContentResponseBody`].
pub type UpdateTaskContentResponseBody = UpdateOrganizationTaskContentResponseBody;
/// `UpdateTaskDueDateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateTaskDueDateResponseBody {
    /// `result`.
    pub result: Option<UpdateTaskDueDateResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateTaskDueDateResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateTaskDueDateResponseBody { "result" => optional(result) }
}
/// `UpdateTaskExecutorResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateTaskExecutorResponseBody {
    /// `result`.
    pub result: Option<UpdateTaskExecutorResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateTaskExecutorResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateTaskExecutorResponseBody { "result" => optional(result) }
}
/// `UpdateTaskInvolvemembersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateTaskInvolvemembersResponseBody {
    /// `result`.
    pub result: Option<UpdateTaskInvolvemembersResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateTaskInvolvemembersResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateTaskInvolvemembersResponseBody { "result" => optional(result) }
}
/// `UpdateTaskNoteResponseBody`: the same model as [`UpdateOrganizationTaskNoteResponseBody`].
pub type UpdateTaskNoteResponseBody = UpdateOrganizationTaskNoteResponseBody;
/// `UpdateTaskPriorityResponseBody`: the same model as [`UpdateOrganizationTaskPriorityResponseBody`].
pub type UpdateTaskPriorityResponseBody = UpdateOrganizationTaskPriorityResponseBody;
/// `UpdateTaskStageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateTaskStageResponseBody {
    /// `result`.
    pub result: Option<UpdateTaskStageResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateTaskStageResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateTaskStageResponseBody { "result" => optional(result) }
}
/// `UpdateTaskStartdateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateTaskStartdateResponseBody {
    /// `result`.
    pub result: Option<UpdateTaskStartdateResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateTaskStartdateResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateTaskStartdateResponseBody { "result" => optional(result) }
}
/// `UpdateTaskTaskflowstatusResponseBody`: the same model as [`ArchiveTaskResponseBody`].
pub type UpdateTaskTaskflowstatusResponseBody = ArchiveTaskResponseBody;
/// `UpdateWorkTimeApproveResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateWorkTimeApproveResponseBody {
    /// `message`.
    pub message: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<UpdateWorkTimeApproveResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateWorkTimeApproveResponseBody { "message" => read_field(message), "requestId" =>
    read_field(request_id), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateWorkTimeApproveResponseBody { "message" => optional(message), "requestId" =>
    optional(request_id), "result" => optional(result) }
}
/// `AddProjectMemberResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddProjectMemberResponseBodyResult {
    /// `joined`.
    pub joined: Option<String>,
    /// `nickname`.
    pub nickname: Option<String>,
}
rt::impl_deserialize! {
    AddProjectMemberResponseBodyResult { "joined" => read_field(joined), "nickname" =>
    read_field(nickname) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddProjectMemberResponseBodyResult { "joined" => optional(joined), "nickname" =>
    optional(nickname) }
}
/// `ArchiveProjectResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ArchiveProjectResponseBodyResult {
    /// `isArchived`.
    pub is_archived: Option<bool>,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    ArchiveProjectResponseBodyResult { "isArchived" => read_field(is_archived), "updated"
    => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ArchiveProjectResponseBodyResult { "isArchived" => optional(is_archived), "updated"
    => optional(updated) }
}
/// `ArchiveTaskResponseBodyResult`, a model several operations share: also named [`SuspendProjectResponseBodyResult`], [`UnSuspendProjectResponseBodyResult`], [`UpdateTaskTaskflowstatusResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ArchiveTaskResponseBodyResult {
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    ArchiveTaskResponseBodyResult { "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ArchiveTaskResponseBodyResult { "updated" => optional(updated) }
}
/// `CreateOrganizationTaskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateOrganizationTaskResponseBodyResult {
    /// `ancestorIds`.
    pub ancestor_ids: Option<Vec<String>>,
    /// `attachmentsCount`.
    pub attachments_count: Option<i64>,
    /// `content`.
    pub content: Option<String>,
    /// `created`.
    pub created: Option<String>,
    /// `creator`.
    pub creator: Option<CreateOrganizationTaskResponseBodyResultCreator>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `executor`.
    pub executor: Option<CreateOrganizationTaskResponseBodyResultExecutor>,
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `hasReminder`.
    pub has_reminder: Option<bool>,
    /// `id`.
    pub id: Option<String>,
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
    /// `involvers`.
    pub involvers: Option<Vec<CreateOrganizationTaskResponseBodyResultInvolvers>>,
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `isDone`.
    pub is_done: Option<String>,
    /// `note`.
    pub note: Option<String>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `updated`.
    pub updated: Option<String>,
    /// `visible`.
    pub visible: Option<String>,
}
rt::impl_deserialize! {
    CreateOrganizationTaskResponseBodyResult { "ancestorIds" => read_field(ancestor_ids),
    "attachmentsCount" => read_field(attachments_count), "content" =>
    read_field(content), "created" => read_field(created), "creator" =>
    read_field(creator), "creatorId" => read_field(creator_id), "dueDate" =>
    read_field(due_date), "executor" => read_field(executor), "executorId" =>
    read_field(executor_id), "hasReminder" => read_field(has_reminder), "id" =>
    read_field(id), "involveMembers" => read_field(involve_members), "involvers" =>
    read_field(involvers), "isDeleted" => read_field(is_deleted), "isDone" =>
    read_field(is_done), "note" => read_field(note), "priority" => read_field(priority),
    "updated" => read_field(updated), "visible" => read_field(visible) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateOrganizationTaskResponseBodyResult { "ancestorIds" => optional(ancestor_ids),
    "attachmentsCount" => optional(attachments_count), "content" => optional(content),
    "created" => optional(created), "creator" => optional(creator), "creatorId" =>
    optional(creator_id), "dueDate" => optional(due_date), "executor" =>
    optional(executor), "executorId" => optional(executor_id), "hasReminder" =>
    optional(has_reminder), "id" => optional(id), "involveMembers" =>
    optional(involve_members), "involvers" => optional(involvers), "isDeleted" =>
    optional(is_deleted), "isDone" => optional(is_done), "note" => optional(note),
    "priority" => optional(priority), "updated" => optional(updated), "visible" =>
    optional(visible) }
}
/// `CreatePlanTimeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreatePlanTimeResponseBodyResult {
    /// `body`.
    pub body: Option<Vec<CreatePlanTimeResponseBodyResultBody>>,
    /// `message`.
    pub message: Option<String>,
    /// `ok`.
    pub ok: Option<bool>,
}
rt::impl_deserialize! {
    CreatePlanTimeResponseBodyResult { "body" => read_field(body), "message" =>
    read_field(message), "ok" => read_field(ok) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreatePlanTimeResponseBodyResult { "body" => optional(body), "message" =>
    optional(message), "ok" => optional(ok) }
}
/// `CreateProjectResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateProjectResponseBodyResult {
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `customFields`.
    pub custom_fields: Option<Vec<CreateProjectResponseBodyResultCustomFields>>,
    /// `defaultCollectionId`.
    pub default_collection_id: Option<String>,
    /// `isArchived`.
    pub is_archived: Option<bool>,
    /// `isSuspended`.
    pub is_suspended: Option<bool>,
    /// `isTemplate`.
    pub is_template: Option<bool>,
    /// `logo`.
    pub logo: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `normalType`.
    pub normal_type: Option<String>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `rootCollectionId`.
    pub root_collection_id: Option<String>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `uniqueIdPrefix`.
    pub unique_id_prefix: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
    /// `visibility`.
    pub visibility: Option<String>,
}
rt::impl_deserialize! {
    CreateProjectResponseBodyResult { "created" => read_field(created), "creatorId" =>
    read_field(creator_id), "customFields" => read_field(custom_fields),
    "defaultCollectionId" => read_field(default_collection_id), "isArchived" =>
    read_field(is_archived), "isSuspended" => read_field(is_suspended), "isTemplate" =>
    read_field(is_template), "logo" => read_field(logo), "name" => read_field(name),
    "normalType" => read_field(normal_type), "projectId" => read_field(project_id),
    "rootCollectionId" => read_field(root_collection_id), "sourceId" =>
    read_field(source_id), "uniqueIdPrefix" => read_field(unique_id_prefix), "updated" =>
    read_field(updated), "visibility" => read_field(visibility) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProjectResponseBodyResult { "created" => optional(created), "creatorId" =>
    optional(creator_id), "customFields" => optional(custom_fields),
    "defaultCollectionId" => optional(default_collection_id), "isArchived" =>
    optional(is_archived), "isSuspended" => optional(is_suspended), "isTemplate" =>
    optional(is_template), "logo" => optional(logo), "name" => optional(name),
    "normalType" => optional(normal_type), "projectId" => optional(project_id),
    "rootCollectionId" => optional(root_collection_id), "sourceId" =>
    optional(source_id), "uniqueIdPrefix" => optional(unique_id_prefix), "updated" =>
    optional(updated), "visibility" => optional(visibility) }
}
/// `CreateProjectByTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateProjectByTemplateResponseBodyResult {
    /// `created`.
    pub created: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `logo`.
    pub logo: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `programId`.
    pub program_id: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `visibility`.
    pub visibility: Option<String>,
}
rt::impl_deserialize! {
    CreateProjectByTemplateResponseBodyResult { "created" => read_field(created),
    "description" => read_field(description), "endDate" => read_field(end_date), "id" =>
    read_field(id), "logo" => read_field(logo), "name" => read_field(name), "programId"
    => read_field(program_id), "startDate" => read_field(start_date), "visibility" =>
    read_field(visibility) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProjectByTemplateResponseBodyResult { "created" => optional(created),
    "description" => optional(description), "endDate" => optional(end_date), "id" =>
    optional(id), "logo" => optional(logo), "name" => optional(name), "programId" =>
    optional(program_id), "startDate" => optional(start_date), "visibility" =>
    optional(visibility) }
}
/// `CreateProjectCustomfieldStatusResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateProjectCustomfieldStatusResponseBodyResult {
    /// `advancedCustomFieldObjectType`.
    pub advanced_custom_field_object_type: Option<String>,
    /// `customFieldId`.
    pub custom_field_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `originalId`.
    pub original_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `value`.
    pub value: Option<Vec<CreateProjectCustomfieldStatusResponseBodyResultValue>>,
}
rt::impl_deserialize! {
    CreateProjectCustomfieldStatusResponseBodyResult { "advancedCustomFieldObjectType" =>
    read_field(advanced_custom_field_object_type), "customFieldId" =>
    read_field(custom_field_id), "name" => read_field(name), "originalId" =>
    read_field(original_id), "type" => read_field(r#type), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProjectCustomfieldStatusResponseBodyResult { "advancedCustomFieldObjectType" =>
    optional(advanced_custom_field_object_type), "customFieldId" =>
    optional(custom_field_id), "name" => optional(name), "originalId" =>
    optional(original_id), "type" => optional(r#type), "value" => optional(value) }
}
/// `CreateTaskRequestCustomfieldsValue`: the same model as [`UpdateCustomfieldValueRequestValue`].
pub type CreateTaskRequestCustomfieldsValue = UpdateCustomfieldValueRequestValue;
/// `CreateTaskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskResponseBodyResult {
    /// `content`.
    pub content: Option<String>,
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `customfields`.
    pub customfields: Option<Vec<CreateTaskResponseBodyResultCustomfields>>,
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
    /// `note`.
    pub note: Option<String>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `sprintId`.
    pub sprint_id: Option<String>,
    /// `storyPoint`.
    pub story_point: Option<String>,
    /// `tagIds`.
    pub tag_ids: Option<Vec<String>>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `tasklistId`.
    pub tasklist_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    CreateTaskResponseBodyResult { "content" => read_field(content), "created" =>
    read_field(created), "creatorId" => read_field(creator_id), "customfields" =>
    read_field(customfields), "dueDate" => read_field(due_date), "executorId" =>
    read_field(executor_id), "involveMembers" => read_field(involve_members), "note" =>
    read_field(note), "priority" => read_field(priority), "projectId" =>
    read_field(project_id), "sprintId" => read_field(sprint_id), "storyPoint" =>
    read_field(story_point), "tagIds" => read_field(tag_ids), "taskId" =>
    read_field(task_id), "tasklistId" => read_field(tasklist_id), "updated" =>
    read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTaskResponseBodyResult { "content" => optional(content), "created" =>
    optional(created), "creatorId" => optional(creator_id), "customfields" =>
    optional(customfields), "dueDate" => optional(due_date), "executorId" =>
    optional(executor_id), "involveMembers" => optional(involve_members), "note" =>
    optional(note), "priority" => optional(priority), "projectId" =>
    optional(project_id), "sprintId" => optional(sprint_id), "storyPoint" =>
    optional(story_point), "tagIds" => optional(tag_ids), "taskId" => optional(task_id),
    "tasklistId" => optional(tasklist_id), "updated" => optional(updated) }
}
/// `CreateTaskObjectLinkResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskObjectLinkResponseBodyResult {
    /// `created`.
    pub created: Option<String>,
    /// `objectLinkId`.
    pub object_link_id: Option<String>,
}
rt::impl_deserialize! {
    CreateTaskObjectLinkResponseBodyResult { "created" => read_field(created),
    "objectLinkId" => read_field(object_link_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTaskObjectLinkResponseBodyResult { "created" => optional(created),
    "objectLinkId" => optional(object_link_id) }
}
/// `CreateWorkTimeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateWorkTimeResponseBodyResult {
    /// `body`.
    pub body: Option<Vec<CreateWorkTimeResponseBodyResultBody>>,
    /// `message`.
    pub message: Option<String>,
    /// `ok`.
    pub ok: Option<bool>,
}
rt::impl_deserialize! {
    CreateWorkTimeResponseBodyResult { "body" => read_field(body), "message" =>
    read_field(message), "ok" => read_field(ok) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateWorkTimeResponseBodyResult { "body" => optional(body), "message" =>
    optional(message), "ok" => optional(ok) }
}
/// `CreateWorkTimeApproveResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateWorkTimeApproveResponseBodyResult {
    /// `approveOpenId`.
    pub approve_open_id: Option<String>,
    /// `createdAt`.
    pub created_at: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `organizationId`.
    pub organization_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `time`.
    pub time: Option<i64>,
    /// `updatedAt`.
    pub updated_at: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `workTimeIds`.
    pub work_time_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    CreateWorkTimeApproveResponseBodyResult { "approveOpenId" =>
    read_field(approve_open_id), "createdAt" => read_field(created_at), "creatorId" =>
    read_field(creator_id), "organizationId" => read_field(organization_id), "status" =>
    read_field(status), "taskId" => read_field(task_id), "time" => read_field(time),
    "updatedAt" => read_field(updated_at), "userId" => read_field(user_id), "workTimeIds"
    => read_field(work_time_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateWorkTimeApproveResponseBodyResult { "approveOpenId" =>
    optional(approve_open_id), "createdAt" => optional(created_at), "creatorId" =>
    optional(creator_id), "organizationId" => optional(organization_id), "status" =>
    optional(status), "taskId" => optional(task_id), "time" => optional(time),
    "updatedAt" => optional(updated_at), "userId" => optional(user_id), "workTimeIds" =>
    optional(work_time_ids) }
}
/// `GetDeptsByOrgIdResponseBodyDeptList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDeptsByOrgIdResponseBodyDeptList {
    /// `dept_id`.
    pub dept_id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `parent_id`.
    pub parent_id: Option<i64>,
}
rt::impl_deserialize! {
    GetDeptsByOrgIdResponseBodyDeptList { "dept_id" => read_field(dept_id), "name" =>
    read_field(name), "parent_id" => read_field(parent_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDeptsByOrgIdResponseBodyDeptList { "dept_id" => optional(dept_id), "name" =>
    optional(name), "parent_id" => optional(parent_id) }
}
/// `GetEmpsByOrgIdResponseBodyEmpList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetEmpsByOrgIdResponseBodyEmpList {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `dept_id_list`.
    pub dept_id_list: Option<Vec<i64>>,
    /// `dingId`.
    pub ding_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `orgId`.
    pub org_id: Option<i64>,
    /// `position`.
    pub position: Option<String>,
    /// `unionid`.
    pub unionid: Option<String>,
    /// `userid`.
    pub userid: Option<String>,
}
rt::impl_deserialize! {
    GetEmpsByOrgIdResponseBodyEmpList { "avatar" => read_field(avatar), "dept_id_list" =>
    read_field(dept_id_list), "dingId" => read_field(ding_id), "name" =>
    read_field(name), "nick" => read_field(nick), "orgId" => read_field(org_id),
    "position" => read_field(position), "unionid" => read_field(unionid), "userid" =>
    read_field(userid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEmpsByOrgIdResponseBodyEmpList { "avatar" => optional(avatar), "dept_id_list" =>
    optional(dept_id_list), "dingId" => optional(ding_id), "name" => optional(name),
    "nick" => optional(nick), "orgId" => optional(org_id), "position" =>
    optional(position), "unionid" => optional(unionid), "userid" => optional(userid) }
}
/// `GetOrganizatioTaskByIdsResponseBodyResult`, a model several operations share: also named [`GetOrganizationTaskResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrganizatioTaskByIdsResponseBodyResult {
    /// `ancestorIds`.
    pub ancestor_ids: Option<Vec<String>>,
    /// `content`.
    pub content: Option<String>,
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `labels`.
    pub labels: Option<Vec<String>>,
    /// `note`.
    pub note: Option<String>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
    /// `visible`.
    pub visible: Option<String>,
}
rt::impl_deserialize! {
    GetOrganizatioTaskByIdsResponseBodyResult { "ancestorIds" =>
    read_field(ancestor_ids), "content" => read_field(content), "created" =>
    read_field(created), "creatorId" => read_field(creator_id), "dueDate" =>
    read_field(due_date), "executorId" => read_field(executor_id), "involveMembers" =>
    read_field(involve_members), "isDeleted" => read_field(is_deleted), "isDone" =>
    read_field(is_done), "labels" => read_field(labels), "note" => read_field(note),
    "priority" => read_field(priority), "startDate" => read_field(start_date), "taskId"
    => read_field(task_id), "updated" => read_field(updated), "visible" =>
    read_field(visible) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrganizatioTaskByIdsResponseBodyResult { "ancestorIds" => optional(ancestor_ids),
    "content" => optional(content), "created" => optional(created), "creatorId" =>
    optional(creator_id), "dueDate" => optional(due_date), "executorId" =>
    optional(executor_id), "involveMembers" => optional(involve_members), "isDeleted" =>
    optional(is_deleted), "isDone" => optional(is_done), "labels" => optional(labels),
    "note" => optional(note), "priority" => optional(priority), "startDate" =>
    optional(start_date), "taskId" => optional(task_id), "updated" => optional(updated),
    "visible" => optional(visible) }
}
/// `GetOrganizationPriorityListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetOrganizationPriorityListResponseBodyResult {
    /// `color`.
    pub color: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `priority`.
    pub priority: Option<String>,
    /// `priorityId`.
    pub priority_id: Option<String>,
}
rt::impl_deserialize! {
    GetOrganizationPriorityListResponseBodyResult { "color" => read_field(color), "name"
    => read_field(name), "priority" => read_field(priority), "priorityId" =>
    read_field(priority_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetOrganizationPriorityListResponseBodyResult { "color" => optional(color), "name" =>
    optional(name), "priority" => optional(priority), "priorityId" =>
    optional(priority_id) }
}
/// `GetOrganizationTaskResponseBodyResult`: the same model as [`GetOrganizatioTaskByIdsResponseBodyResult`].
pub type GetOrganizationTaskResponseBodyResult = GetOrganizatioTaskByIdsResponseBodyResult;
/// `GetProjectGroupResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProjectGroupResponseBodyResult {
    /// `created`.
    pub created: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
    /// `visible`.
    pub visible: Option<String>,
}
rt::impl_deserialize! {
    GetProjectGroupResponseBodyResult { "created" => read_field(created), "id" =>
    read_field(id), "name" => read_field(name), "updated" => read_field(updated),
    "visible" => read_field(visible) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProjectGroupResponseBodyResult { "created" => optional(created), "id" =>
    optional(id), "name" => optional(name), "updated" => optional(updated), "visible" =>
    optional(visible) }
}
/// `GetProjectMemebersResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProjectMemebersResponseBodyResult {
    /// `memberId`.
    pub member_id: Option<String>,
    /// `role`.
    pub role: Option<i64>,
    /// `roleIds`.
    pub role_ids: Option<Vec<String>>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetProjectMemebersResponseBodyResult { "memberId" => read_field(member_id), "role" =>
    read_field(role), "roleIds" => read_field(role_ids), "userId" => read_field(user_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProjectMemebersResponseBodyResult { "memberId" => optional(member_id), "role" =>
    optional(role), "roleIds" => optional(role_ids), "userId" => optional(user_id) }
}
/// `GetProjectStatusListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProjectStatusListResponseBodyResult {
    /// `content`.
    pub content: Option<String>,
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `degree`.
    pub degree: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `projectId`.
    pub project_id: Option<String>,
}
rt::impl_deserialize! {
    GetProjectStatusListResponseBodyResult { "content" => read_field(content), "created"
    => read_field(created), "creatorId" => read_field(creator_id), "degree" =>
    read_field(degree), "name" => read_field(name), "projectId" => read_field(project_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProjectStatusListResponseBodyResult { "content" => optional(content), "created" =>
    optional(created), "creatorId" => optional(creator_id), "degree" => optional(degree),
    "name" => optional(name), "projectId" => optional(project_id) }
}
/// `GetTaskByIdsResponseBodyResult`, a model several operations share: also named [`SearchUserTaskResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskByIdsResponseBodyResult {
    /// `accomplishTime`.
    pub accomplish_time: Option<String>,
    /// `ancestorIds`.
    pub ancestor_ids: Option<Vec<String>>,
    /// `content`.
    pub content: Option<String>,
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `customFields`.
    pub custom_fields: Option<Vec<GetTaskByIdsResponseBodyResultCustomFields>>,
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
    /// `isArchived`.
    pub is_archived: Option<bool>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `note`.
    pub note: Option<String>,
    /// `parentTaskId`.
    pub parent_task_id: Option<String>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `recurrence`.
    pub recurrence: Option<Vec<String>>,
    /// `scenarioFieldConfigId`.
    pub scenario_field_config_id: Option<String>,
    /// `sprintId`.
    pub sprint_id: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `storyPoint`.
    pub story_point: Option<String>,
    /// `tagIds`.
    pub tag_ids: Option<Vec<String>>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskListId`.
    pub task_list_id: Option<String>,
    /// `taskStageId`.
    pub task_stage_id: Option<String>,
    /// `taskflowStatusId`.
    pub taskflow_status_id: Option<String>,
    /// `uniqueId`.
    pub unique_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
    /// `visible`.
    pub visible: Option<String>,
}
rt::impl_deserialize! {
    GetTaskByIdsResponseBodyResult { "accomplishTime" => read_field(accomplish_time),
    "ancestorIds" => read_field(ancestor_ids), "content" => read_field(content),
    "created" => read_field(created), "creatorId" => read_field(creator_id),
    "customFields" => read_field(custom_fields), "dueDate" => read_field(due_date),
    "executorId" => read_field(executor_id), "involveMembers" =>
    read_field(involve_members), "isArchived" => read_field(is_archived), "isDone" =>
    read_field(is_done), "note" => read_field(note), "parentTaskId" =>
    read_field(parent_task_id), "priority" => read_field(priority), "projectId" =>
    read_field(project_id), "recurrence" => read_field(recurrence),
    "scenarioFieldConfigId" => read_field(scenario_field_config_id), "sprintId" =>
    read_field(sprint_id), "startDate" => read_field(start_date), "storyPoint" =>
    read_field(story_point), "tagIds" => read_field(tag_ids), "taskId" =>
    read_field(task_id), "taskListId" => read_field(task_list_id), "taskStageId" =>
    read_field(task_stage_id), "taskflowStatusId" => read_field(taskflow_status_id),
    "uniqueId" => read_field(unique_id), "updated" => read_field(updated), "visible" =>
    read_field(visible) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskByIdsResponseBodyResult { "accomplishTime" => optional(accomplish_time),
    "ancestorIds" => optional(ancestor_ids), "content" => optional(content), "created" =>
    optional(created), "creatorId" => optional(creator_id), "customFields" =>
    optional(custom_fields), "dueDate" => optional(due_date), "executorId" =>
    optional(executor_id), "involveMembers" => optional(involve_members), "isArchived" =>
    optional(is_archived), "isDone" => optional(is_done), "note" => optional(note),
    "parentTaskId" => optional(parent_task_id), "priority" => optional(priority),
    "projectId" => optional(project_id), "recurrence" => optional(recurrence),
    "scenarioFieldConfigId" => optional(scenario_field_config_id), "sprintId" =>
    optional(sprint_id), "startDate" => optional(start_date), "storyPoint" =>
    optional(story_point), "tagIds" => optional(tag_ids), "taskId" => optional(task_id),
    "taskListId" => optional(task_list_id), "taskStageId" => optional(task_stage_id),
    "taskflowStatusId" => optional(taskflow_status_id), "uniqueId" =>
    optional(unique_id), "updated" => optional(updated), "visible" => optional(visible) }
}
/// `GetTbOrgIdByDingOrgIdResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTbOrgIdByDingOrgIdResponseBodyResult {
    /// `tbOrganizationId`.
    pub tb_organization_id: Option<String>,
}
rt::impl_deserialize! {
    GetTbOrgIdByDingOrgIdResponseBodyResult { "tbOrganizationId" =>
    read_field(tb_organization_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTbOrgIdByDingOrgIdResponseBodyResult { "tbOrganizationId" =>
    optional(tb_organization_id) }
}
/// `GetTbUserIdByStaffIdResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTbUserIdByStaffIdResponseBodyResult {
    /// `tbUserId`.
    pub tb_user_id: Option<String>,
}
rt::impl_deserialize! {
    GetTbUserIdByStaffIdResponseBodyResult { "tbUserId" => read_field(tb_user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTbUserIdByStaffIdResponseBodyResult { "tbUserId" => optional(tb_user_id) }
}
/// `QueryProjectResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryProjectResponseBodyResult {
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `customFields`.
    pub custom_fields: Option<Vec<QueryProjectResponseBodyResultCustomFields>>,
    /// `description`.
    pub description: Option<String>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `isArchived`.
    pub is_archived: Option<bool>,
    /// `isSuspended`.
    pub is_suspended: Option<bool>,
    /// `isTemplate`.
    pub is_template: Option<bool>,
    /// `logo`.
    pub logo: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `organizationId`.
    pub organization_id: Option<String>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `uniqueIdPrefix`.
    pub unique_id_prefix: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
    /// `visibility`.
    pub visibility: Option<String>,
}
rt::impl_deserialize! {
    QueryProjectResponseBodyResult { "created" => read_field(created), "creatorId" =>
    read_field(creator_id), "customFields" => read_field(custom_fields), "description" =>
    read_field(description), "endDate" => read_field(end_date), "isArchived" =>
    read_field(is_archived), "isSuspended" => read_field(is_suspended), "isTemplate" =>
    read_field(is_template), "logo" => read_field(logo), "name" => read_field(name),
    "organizationId" => read_field(organization_id), "projectId" =>
    read_field(project_id), "startDate" => read_field(start_date), "uniqueIdPrefix" =>
    read_field(unique_id_prefix), "updated" => read_field(updated), "visibility" =>
    read_field(visibility) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryProjectResponseBodyResult { "created" => optional(created), "creatorId" =>
    optional(creator_id), "customFields" => optional(custom_fields), "description" =>
    optional(description), "endDate" => optional(end_date), "isArchived" =>
    optional(is_archived), "isSuspended" => optional(is_suspended), "isTemplate" =>
    optional(is_template), "logo" => optional(logo), "name" => optional(name),
    "organizationId" => optional(organization_id), "projectId" => optional(project_id),
    "startDate" => optional(start_date), "uniqueIdPrefix" => optional(unique_id_prefix),
    "updated" => optional(updated), "visibility" => optional(visibility) }
}
/// `QueryTaskOfProjectResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTaskOfProjectResponseBodyResult {
    /// `accomplished`.
    pub accomplished: Option<String>,
    /// `ancestorIds`.
    pub ancestor_ids: Option<Vec<String>>,
    /// `content`.
    pub content: Option<String>,
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `customfields`.
    pub customfields: Option<Vec<QueryTaskOfProjectResponseBodyResultCustomfields>>,
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
    /// `isArchived`.
    pub is_archived: Option<bool>,
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `labels`.
    pub labels: Option<Vec<String>>,
    /// `note`.
    pub note: Option<String>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `progress`.
    pub progress: Option<i64>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `scenariofieldconfigId`.
    pub scenariofieldconfig_id: Option<String>,
    /// `sprintId`.
    pub sprint_id: Option<String>,
    /// `stageId`.
    pub stage_id: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `storyPoint`.
    pub story_point: Option<i64>,
    /// `tagIds`.
    pub tag_ids: Option<Vec<String>>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskflowstatusId`.
    pub taskflowstatus_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
    /// `visible`.
    pub visible: Option<String>,
}
rt::impl_deserialize! {
    QueryTaskOfProjectResponseBodyResult { "accomplished" => read_field(accomplished),
    "ancestorIds" => read_field(ancestor_ids), "content" => read_field(content),
    "created" => read_field(created), "creatorId" => read_field(creator_id),
    "customfields" => read_field(customfields), "dueDate" => read_field(due_date),
    "executorId" => read_field(executor_id), "involveMembers" =>
    read_field(involve_members), "isArchived" => read_field(is_archived), "isDeleted" =>
    read_field(is_deleted), "isDone" => read_field(is_done), "labels" =>
    read_field(labels), "note" => read_field(note), "priority" => read_field(priority),
    "progress" => read_field(progress), "projectId" => read_field(project_id),
    "scenariofieldconfigId" => read_field(scenariofieldconfig_id), "sprintId" =>
    read_field(sprint_id), "stageId" => read_field(stage_id), "startDate" =>
    read_field(start_date), "storyPoint" => read_field(story_point), "tagIds" =>
    read_field(tag_ids), "taskId" => read_field(task_id), "taskflowstatusId" =>
    read_field(taskflowstatus_id), "updated" => read_field(updated), "visible" =>
    read_field(visible) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTaskOfProjectResponseBodyResult { "accomplished" => optional(accomplished),
    "ancestorIds" => optional(ancestor_ids), "content" => optional(content), "created" =>
    optional(created), "creatorId" => optional(creator_id), "customfields" =>
    optional(customfields), "dueDate" => optional(due_date), "executorId" =>
    optional(executor_id), "involveMembers" => optional(involve_members), "isArchived" =>
    optional(is_archived), "isDeleted" => optional(is_deleted), "isDone" =>
    optional(is_done), "labels" => optional(labels), "note" => optional(note), "priority"
    => optional(priority), "progress" => optional(progress), "projectId" =>
    optional(project_id), "scenariofieldconfigId" => optional(scenariofieldconfig_id),
    "sprintId" => optional(sprint_id), "stageId" => optional(stage_id), "startDate" =>
    optional(start_date), "storyPoint" => optional(story_point), "tagIds" =>
    optional(tag_ids), "taskId" => optional(task_id), "taskflowstatusId" =>
    optional(taskflowstatus_id), "updated" => optional(updated), "visible" =>
    optional(visible) }
}
/// `SeachTaskStageResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SeachTaskStageResponseBodyResult {
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `taskListId`.
    pub task_list_id: Option<String>,
    /// `taskStageId`.
    pub task_stage_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    SeachTaskStageResponseBodyResult { "created" => read_field(created), "creatorId" =>
    read_field(creator_id), "description" => read_field(description), "name" =>
    read_field(name), "projectId" => read_field(project_id), "taskListId" =>
    read_field(task_list_id), "taskStageId" => read_field(task_stage_id), "updated" =>
    read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SeachTaskStageResponseBodyResult { "created" => optional(created), "creatorId" =>
    optional(creator_id), "description" => optional(description), "name" =>
    optional(name), "projectId" => optional(project_id), "taskListId" =>
    optional(task_list_id), "taskStageId" => optional(task_stage_id), "updated" =>
    optional(updated) }
}
/// `SearchOranizationCustomfieldResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchOranizationCustomfieldResponseBodyResult {
    /// `advancedCustomField`.
    pub advanced_custom_field: Option<
        SearchOranizationCustomfieldResponseBodyResultAdvancedCustomField,
    >,
    /// `choices`.
    pub choices: Option<Vec<SearchOranizationCustomfieldResponseBodyResultChoices>>,
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `customFieldsId`.
    pub custom_fields_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `payload`.
    pub payload: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    SearchOranizationCustomfieldResponseBodyResult { "advancedCustomField" =>
    read_field(advanced_custom_field), "choices" => read_field(choices), "created" =>
    read_field(created), "creatorId" => read_field(creator_id), "customFieldsId" =>
    read_field(custom_fields_id), "name" => read_field(name), "payload" =>
    read_field(payload), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchOranizationCustomfieldResponseBodyResult { "advancedCustomField" =>
    optional(advanced_custom_field), "choices" => optional(choices), "created" =>
    optional(created), "creatorId" => optional(creator_id), "customFieldsId" =>
    optional(custom_fields_id), "name" => optional(name), "payload" => optional(payload),
    "type" => optional(r#type) }
}
/// `SearchProjectCustomfieldResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchProjectCustomfieldResponseBodyResult {
    /// `advancedCustomField`.
    pub advanced_custom_field: Option<
        SearchProjectCustomfieldResponseBodyResultAdvancedCustomField,
    >,
    /// `boundToObjectId`.
    pub bound_to_object_id: Option<String>,
    /// `choices`.
    pub choices: Option<Vec<SearchProjectCustomfieldResponseBodyResultChoices>>,
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `customFieldId`.
    pub custom_field_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `originalId`.
    pub original_id: Option<String>,
    /// `payload`.
    pub payload: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    SearchProjectCustomfieldResponseBodyResult { "advancedCustomField" =>
    read_field(advanced_custom_field), "boundToObjectId" =>
    read_field(bound_to_object_id), "choices" => read_field(choices), "created" =>
    read_field(created), "creatorId" => read_field(creator_id), "customFieldId" =>
    read_field(custom_field_id), "name" => read_field(name), "originalId" =>
    read_field(original_id), "payload" => read_field(payload), "type" =>
    read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchProjectCustomfieldResponseBodyResult { "advancedCustomField" =>
    optional(advanced_custom_field), "boundToObjectId" => optional(bound_to_object_id),
    "choices" => optional(choices), "created" => optional(created), "creatorId" =>
    optional(creator_id), "customFieldId" => optional(custom_field_id), "name" =>
    optional(name), "originalId" => optional(original_id), "payload" =>
    optional(payload), "type" => optional(r#type) }
}
/// `SearchProjectTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchProjectTemplateResponseBodyResult {
    /// `created`.
    pub created: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `isDemo`.
    pub is_demo: Option<bool>,
    /// `logo`.
    pub logo: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
    /// `visible`.
    pub visible: Option<String>,
}
rt::impl_deserialize! {
    SearchProjectTemplateResponseBodyResult { "created" => read_field(created),
    "description" => read_field(description), "id" => read_field(id), "isDeleted" =>
    read_field(is_deleted), "isDemo" => read_field(is_demo), "logo" => read_field(logo),
    "name" => read_field(name), "updated" => read_field(updated), "visible" =>
    read_field(visible) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchProjectTemplateResponseBodyResult { "created" => optional(created),
    "description" => optional(description), "id" => optional(id), "isDeleted" =>
    optional(is_deleted), "isDemo" => optional(is_demo), "logo" => optional(logo), "name"
    => optional(name), "updated" => optional(updated), "visible" => optional(visible) }
}
/// `SearchTaskFlowResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchTaskFlowResponseBodyResult {
    /// `boundToObjectId`.
    pub bound_to_object_id: Option<String>,
    /// `boundToObjectType`.
    pub bound_to_object_type: Option<String>,
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `taskflowId`.
    pub taskflow_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    SearchTaskFlowResponseBodyResult { "boundToObjectId" =>
    read_field(bound_to_object_id), "boundToObjectType" =>
    read_field(bound_to_object_type), "created" => read_field(created), "creatorId" =>
    read_field(creator_id), "isDeleted" => read_field(is_deleted), "name" =>
    read_field(name), "taskflowId" => read_field(taskflow_id), "updated" =>
    read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchTaskFlowResponseBodyResult { "boundToObjectId" => optional(bound_to_object_id),
    "boundToObjectType" => optional(bound_to_object_type), "created" =>
    optional(created), "creatorId" => optional(creator_id), "isDeleted" =>
    optional(is_deleted), "name" => optional(name), "taskflowId" =>
    optional(taskflow_id), "updated" => optional(updated) }
}
/// `SearchTaskListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchTaskListResponseBodyResult {
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `taskListId`.
    pub task_list_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    SearchTaskListResponseBodyResult { "created" => read_field(created), "creatorId" =>
    read_field(creator_id), "description" => read_field(description), "projectId" =>
    read_field(project_id), "taskListId" => read_field(task_list_id), "title" =>
    read_field(title), "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchTaskListResponseBodyResult { "created" => optional(created), "creatorId" =>
    optional(creator_id), "description" => optional(description), "projectId" =>
    optional(project_id), "taskListId" => optional(task_list_id), "title" =>
    optional(title), "updated" => optional(updated) }
}
/// `SearchTaskflowStatusResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchTaskflowStatusResponseBodyResult {
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `isTaskflowstatusruleexector`.
    pub is_taskflowstatusruleexector: Option<bool>,
    /// `kind`.
    pub kind: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `pos`.
    pub pos: Option<i64>,
    /// `rejectStatusIds`.
    pub reject_status_ids: Option<Vec<String>>,
    /// `taskflowId`.
    pub taskflow_id: Option<String>,
    /// `taskflowStatusId`.
    pub taskflow_status_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    SearchTaskflowStatusResponseBodyResult { "created" => read_field(created),
    "creatorId" => read_field(creator_id), "isDeleted" => read_field(is_deleted),
    "isTaskflowstatusruleexector" => read_field(is_taskflowstatusruleexector), "kind" =>
    read_field(kind), "name" => read_field(name), "pos" => read_field(pos),
    "rejectStatusIds" => read_field(reject_status_ids), "taskflowId" =>
    read_field(taskflow_id), "taskflowStatusId" => read_field(taskflow_status_id),
    "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchTaskflowStatusResponseBodyResult { "created" => optional(created), "creatorId"
    => optional(creator_id), "isDeleted" => optional(is_deleted),
    "isTaskflowstatusruleexector" => optional(is_taskflowstatusruleexector), "kind" =>
    optional(kind), "name" => optional(name), "pos" => optional(pos), "rejectStatusIds"
    => optional(reject_status_ids), "taskflowId" => optional(taskflow_id),
    "taskflowStatusId" => optional(taskflow_status_id), "updated" => optional(updated) }
}
/// `SearchUserTaskResponseBodyResult`: the same model as [`GetTaskByIdsResponseBodyResult`].
pub type SearchUserTaskResponseBodyResult = GetTaskByIdsResponseBodyResult;
/// `SuspendProjectResponseBodyResult`: the same model as [`ArchiveTaskResponseBodyResult`].
pub type SuspendProjectResponseBodyResult = ArchiveTaskResponseBodyResult;
/// `UnSuspendProjectResponseBodyResult`: the same model as [`ArchiveTaskResponseBodyResult`].
pub type UnSuspendProjectResponseBodyResult = ArchiveTaskResponseBodyResult;
/// `UpdateCustomfieldValueResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateCustomfieldValueResponseBodyResult {
    /// `customFields`.
    pub custom_fields: Option<Vec<UpdateCustomfieldValueResponseBodyResultCustomFields>>,
}
rt::impl_deserialize! {
    UpdateCustomfieldValueResponseBodyResult { "customFields" =>
    read_field(custom_fields) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateCustomfieldValueResponseBodyResult { "customFields" => optional(custom_fields)
    }
}
/// `UpdateOrganizationTaskContentResponseBodyResult`, a model several operations share: also named [`UpdateTaskContentResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskContentResponseBodyResult {
    /// `content`.
    pub content: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    UpdateOrganizationTaskContentResponseBodyResult { "content" => read_field(content),
    "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateOrganizationTaskContentResponseBodyResult { "content" => optional(content),
    "updated" => optional(updated) }
}
/// `UpdateOrganizationTaskDueDateResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskDueDateResponseBodyResult {
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `updateTime`.
    pub update_time: Option<String>,
}
rt::impl_deserialize! {
    UpdateOrganizationTaskDueDateResponseBodyResult { "dueDate" => read_field(due_date),
    "updateTime" => read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateOrganizationTaskDueDateResponseBodyResult { "dueDate" => optional(due_date),
    "updateTime" => optional(update_time) }
}
/// `UpdateOrganizationTaskExecutorResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskExecutorResponseBodyResult {
    /// `executor`.
    pub executor: Option<UpdateOrganizationTaskExecutorResponseBodyResultExecutor>,
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `involvers`.
    pub involvers: Option<
        Vec<UpdateOrganizationTaskExecutorResponseBodyResultInvolvers>,
    >,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    UpdateOrganizationTaskExecutorResponseBodyResult { "executor" =>
    read_field(executor), "executorId" => read_field(executor_id), "involvers" =>
    read_field(involvers), "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateOrganizationTaskExecutorResponseBodyResult { "executor" => optional(executor),
    "executorId" => optional(executor_id), "involvers" => optional(involvers), "updated"
    => optional(updated) }
}
/// `UpdateOrganizationTaskInvolveMembersResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskInvolveMembersResponseBodyResult {
    /// `involvers`.
    pub involvers: Option<
        Vec<UpdateOrganizationTaskInvolveMembersResponseBodyResultInvolvers>,
    >,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    UpdateOrganizationTaskInvolveMembersResponseBodyResult { "involvers" =>
    read_field(involvers), "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateOrganizationTaskInvolveMembersResponseBodyResult { "involvers" =>
    optional(involvers), "updated" => optional(updated) }
}
/// `UpdateOrganizationTaskNoteResponseBodyResult`, a model several operations share: also named [`UpdateTaskNoteResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskNoteResponseBodyResult {
    /// `note`.
    pub note: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    UpdateOrganizationTaskNoteResponseBodyResult { "note" => read_field(note), "updated"
    => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateOrganizationTaskNoteResponseBodyResult { "note" => optional(note), "updated" =>
    optional(updated) }
}
/// `UpdateOrganizationTaskPriorityResponseBodyResult`, a model several operations share: also named [`UpdateTaskPriorityResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskPriorityResponseBodyResult {
    /// `priority`.
    pub priority: Option<i64>,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    UpdateOrganizationTaskPriorityResponseBodyResult { "priority" =>
    read_field(priority), "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateOrganizationTaskPriorityResponseBodyResult { "priority" => optional(priority),
    "updated" => optional(updated) }
}
/// `UpdateOrganizationTaskStatusResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskStatusResponseBodyResult {
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `updateTime`.
    pub update_time: Option<String>,
}
rt::impl_deserialize! {
    UpdateOrganizationTaskStatusResponseBodyResult { "isDone" => read_field(is_done),
    "updateTime" => read_field(update_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateOrganizationTaskStatusResponseBodyResult { "isDone" => optional(is_done),
    "updateTime" => optional(update_time) }
}
/// `UpdateProjectGroupResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateProjectGroupResponseBodyResult {
    /// `ok`.
    pub ok: Option<bool>,
}
rt::impl_deserialize! {
    UpdateProjectGroupResponseBodyResult { "ok" => read_field(ok) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateProjectGroupResponseBodyResult { "ok" => optional(ok) }
}
/// `UpdateTaskContentResponseBodyResult`: the same model as [`UpdateOrganizationTaskContentResponseBodyResult`].
pub type UpdateTaskContentResponseBodyResult = UpdateOrganizationTaskContentResponseBodyResult;
/// `UpdateTaskDueDateResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateTaskDueDateResponseBodyResult {
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    UpdateTaskDueDateResponseBodyResult { "dueDate" => read_field(due_date), "updated" =>
    read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateTaskDueDateResponseBodyResult { "dueDate" => optional(due_date), "updated" =>
    optional(updated) }
}
/// `UpdateTaskExecutorResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateTaskExecutorResponseBodyResult {
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    UpdateTaskExecutorResponseBodyResult { "executorId" => read_field(executor_id),
    "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateTaskExecutorResponseBodyResult { "executorId" => optional(executor_id),
    "updated" => optional(updated) }
}
/// `UpdateTaskInvolvemembersResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateTaskInvolvemembersResponseBodyResult {
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    UpdateTaskInvolvemembersResponseBodyResult { "involveMembers" =>
    read_field(involve_members), "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateTaskInvolvemembersResponseBodyResult { "involveMembers" =>
    optional(involve_members), "updated" => optional(updated) }
}
/// `UpdateTaskNoteResponseBodyResult`: the same model as [`UpdateOrganizationTaskNoteResponseBodyResult`].
pub type UpdateTaskNoteResponseBodyResult = UpdateOrganizationTaskNoteResponseBodyResult;
/// `UpdateTaskPriorityResponseBodyResult`: the same model as [`UpdateOrganizationTaskPriorityResponseBodyResult`].
pub type UpdateTaskPriorityResponseBodyResult = UpdateOrganizationTaskPriorityResponseBodyResult;
/// `UpdateTaskStageResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateTaskStageResponseBodyResult {
    /// `accomplishTime`.
    pub accomplish_time: Option<String>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskListId`.
    pub task_list_id: Option<String>,
    /// `taskStageId`.
    pub task_stage_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    UpdateTaskStageResponseBodyResult { "accomplishTime" => read_field(accomplish_time),
    "isDone" => read_field(is_done), "projectId" => read_field(project_id), "taskId" =>
    read_field(task_id), "taskListId" => read_field(task_list_id), "taskStageId" =>
    read_field(task_stage_id), "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateTaskStageResponseBodyResult { "accomplishTime" => optional(accomplish_time),
    "isDone" => optional(is_done), "projectId" => optional(project_id), "taskId" =>
    optional(task_id), "taskListId" => optional(task_list_id), "taskStageId" =>
    optional(task_stage_id), "updated" => optional(updated) }
}
/// `UpdateTaskStartdateResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateTaskStartdateResponseBodyResult {
    /// `startDate`.
    pub start_date: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    UpdateTaskStartdateResponseBodyResult { "startDate" => read_field(start_date),
    "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateTaskStartdateResponseBodyResult { "startDate" => optional(start_date),
    "updated" => optional(updated) }
}
/// `UpdateTaskTaskflowstatusResponseBodyResult`: the same model as [`ArchiveTaskResponseBodyResult`].
pub type UpdateTaskTaskflowstatusResponseBodyResult = ArchiveTaskResponseBodyResult;
/// `UpdateWorkTimeApproveResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateWorkTimeApproveResponseBodyResult {
    /// `approveOpenId`.
    pub approve_open_id: Option<String>,
    /// `createdAt`.
    pub created_at: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `finishTime`.
    pub finish_time: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `organizationId`.
    pub organization_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `submitTime`.
    pub submit_time: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `time`.
    pub time: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `updatedAt`.
    pub updated_at: Option<String>,
    /// `url`.
    pub url: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `workTimeIds`.
    pub work_time_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    UpdateWorkTimeApproveResponseBodyResult { "approveOpenId" =>
    read_field(approve_open_id), "createdAt" => read_field(created_at), "creatorId" =>
    read_field(creator_id), "finishTime" => read_field(finish_time), "instanceId" =>
    read_field(instance_id), "organizationId" => read_field(organization_id), "status" =>
    read_field(status), "submitTime" => read_field(submit_time), "taskId" =>
    read_field(task_id), "time" => read_field(time), "title" => read_field(title),
    "updatedAt" => read_field(updated_at), "url" => read_field(url), "userId" =>
    read_field(user_id), "workTimeIds" => read_field(work_time_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateWorkTimeApproveResponseBodyResult { "approveOpenId" =>
    optional(approve_open_id), "createdAt" => optional(created_at), "creatorId" =>
    optional(creator_id), "finishTime" => optional(finish_time), "instanceId" =>
    optional(instance_id), "organizationId" => optional(organization_id), "status" =>
    optional(status), "submitTime" => optional(submit_time), "taskId" =>
    optional(task_id), "time" => optional(time), "title" => optional(title), "updatedAt"
    => optional(updated_at), "url" => optional(url), "userId" => optional(user_id),
    "workTimeIds" => optional(work_time_ids) }
}
/// `CreateOrganizationTaskResponseBodyResultCreator`, a model several operations share: also named [`CreateOrganizationTaskResponseBodyResultExecutor`], [`UpdateOrganizationTaskExecutorResponseBodyResultExecutor`], [`UpdateOrganizationTaskExecutorResponseBodyResultInvolvers`], [`UpdateOrganizationTaskInvolveMembersResponseBodyResultInvolvers`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateOrganizationTaskResponseBodyResultCreator {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    CreateOrganizationTaskResponseBodyResultCreator { "avatarUrl" =>
    read_field(avatar_url), "name" => read_field(name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateOrganizationTaskResponseBodyResultCreator { "avatarUrl" =>
    optional(avatar_url), "name" => optional(name), "userId" => optional(user_id) }
}
/// `CreateOrganizationTaskResponseBodyResultExecutor`: the same model as [`CreateOrganizationTaskResponseBodyResultCreator`].
pub type CreateOrganizationTaskResponseBodyResultExecutor = CreateOrganizationTaskResponseBodyResultCreator;
/// `CreateOrganizationTaskResponseBodyResultInvolvers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateOrganizationTaskResponseBodyResultInvolvers {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    CreateOrganizationTaskResponseBodyResultInvolvers { "avatarUrl" =>
    read_field(avatar_url), "id" => read_field(id), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateOrganizationTaskResponseBodyResultInvolvers { "avatarUrl" =>
    optional(avatar_url), "id" => optional(id), "name" => optional(name) }
}
/// `CreatePlanTimeResponseBodyResultBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreatePlanTimeResponseBodyResultBody {
    /// `date`.
    pub date: Option<String>,
    /// `objectId`.
    pub object_id: Option<String>,
    /// `planTime`.
    pub plan_time: Option<i64>,
}
rt::impl_deserialize! {
    CreatePlanTimeResponseBodyResultBody { "date" => read_field(date), "objectId" =>
    read_field(object_id), "planTime" => read_field(plan_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreatePlanTimeResponseBodyResultBody { "date" => optional(date), "objectId" =>
    optional(object_id), "planTime" => optional(plan_time) }
}
/// `CreateProjectResponseBodyResultCustomFields`, a model several operations share: also named [`GetTaskByIdsResponseBodyResultCustomFields`], [`QueryProjectResponseBodyResultCustomFields`], [`SearchUserTaskResponseBodyResultCustomFields`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateProjectResponseBodyResultCustomFields {
    /// `customFieldId`.
    pub custom_field_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `value`.
    pub value: Option<Vec<CreateProjectResponseBodyResultCustomFieldsValue>>,
}
rt::impl_deserialize! {
    CreateProjectResponseBodyResultCustomFields { "customFieldId" =>
    read_field(custom_field_id), "type" => read_field(r#type), "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProjectResponseBodyResultCustomFields { "customFieldId" =>
    optional(custom_field_id), "type" => optional(r#type), "value" => optional(value) }
}
/// `CreateProjectCustomfieldStatusResponseBodyResultValue`, a model several operations share: also named [`CreateProjectResponseBodyResultCustomFieldsValue`], [`GetTaskByIdsResponseBodyResultCustomFieldsValue`], [`QueryProjectResponseBodyResultCustomFieldsValue`], [`SearchUserTaskResponseBodyResultCustomFieldsValue`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateProjectCustomfieldStatusResponseBodyResultValue {
    /// `customFieldValueId`.
    pub custom_field_value_id: Option<String>,
    /// `metaString`.
    pub meta_string: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    CreateProjectCustomfieldStatusResponseBodyResultValue { "customFieldValueId" =>
    read_field(custom_field_value_id), "metaString" => read_field(meta_string), "title"
    => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProjectCustomfieldStatusResponseBodyResultValue { "customFieldValueId" =>
    optional(custom_field_value_id), "metaString" => optional(meta_string), "title" =>
    optional(title) }
}
/// `CreateTaskResponseBodyResultCustomfields`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskResponseBodyResultCustomfields {
    /// `customfieldId`.
    pub customfield_id: Option<String>,
    /// `value`.
    pub value: Option<Vec<CreateTaskResponseBodyResultCustomfieldsValue>>,
}
rt::impl_deserialize! {
    CreateTaskResponseBodyResultCustomfields { "customfieldId" =>
    read_field(customfield_id), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTaskResponseBodyResultCustomfields { "customfieldId" =>
    optional(customfield_id), "value" => optional(value) }
}
/// `CreateWorkTimeResponseBodyResultBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateWorkTimeResponseBodyResultBody {
    /// `date`.
    pub date: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `workTime`.
    pub work_time: Option<i64>,
}
rt::impl_deserialize! {
    CreateWorkTimeResponseBodyResultBody { "date" => read_field(date), "taskId" =>
    read_field(task_id), "workTime" => read_field(work_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateWorkTimeResponseBodyResultBody { "date" => optional(date), "taskId" =>
    optional(task_id), "workTime" => optional(work_time) }
}
/// `GetTaskByIdsResponseBodyResultCustomFields`: the same model as [`CreateProjectResponseBodyResultCustomFields`].
pub type GetTaskByIdsResponseBodyResultCustomFields = CreateProjectResponseBodyResultCustomFields;
/// `QueryProjectResponseBodyResultCustomFields`: the same model as [`CreateProjectResponseBodyResultCustomFields`].
pub type QueryProjectResponseBodyResultCustomFields = CreateProjectResponseBodyResultCustomFields;
/// `QueryTaskOfProjectResponseBodyResultCustomfields`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTaskOfProjectResponseBodyResultCustomfields {
    /// `customfieldId`.
    pub customfield_id: Option<String>,
}
rt::impl_deserialize! {
    QueryTaskOfProjectResponseBodyResultCustomfields { "customfieldId" =>
    read_field(customfield_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTaskOfProjectResponseBodyResultCustomfields { "customfieldId" =>
    optional(customfield_id) }
}
/// `SearchOranizationCustomfieldResponseBodyResultAdvancedCustomField`, a model several operations share: also named [`SearchProjectCustomfieldResponseBodyResultAdvancedCustomField`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchOranizationCustomfieldResponseBodyResultAdvancedCustomField {
    /// `advancedCustomFieldId`.
    pub advanced_custom_field_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
}
rt::impl_deserialize! {
    SearchOranizationCustomfieldResponseBodyResultAdvancedCustomField {
    "advancedCustomFieldId" => read_field(advanced_custom_field_id), "name" =>
    read_field(name), "objectType" => read_field(object_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchOranizationCustomfieldResponseBodyResultAdvancedCustomField {
    "advancedCustomFieldId" => optional(advanced_custom_field_id), "name" =>
    optional(name), "objectType" => optional(object_type) }
}
/// `SearchOranizationCustomfieldResponseBodyResultChoices`, a model several operations share: also named [`SearchProjectCustomfieldResponseBodyResultChoices`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchOranizationCustomfieldResponseBodyResultChoices {
    /// `choiceId`.
    pub choice_id: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    SearchOranizationCustomfieldResponseBodyResultChoices { "choiceId" =>
    read_field(choice_id), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchOranizationCustomfieldResponseBodyResultChoices { "choiceId" =>
    optional(choice_id), "value" => optional(value) }
}
/// `SearchProjectCustomfieldResponseBodyResultAdvancedCustomField`: the same model as [`SearchOranizationCustomfieldResponseBodyResultAdvancedCustomField`].
pub type SearchProjectCustomfieldResponseBodyResultAdvancedCustomField = SearchOranizationCustomfieldResponseBodyResultAdvancedCustomField;
/// `SearchProjectCustomfieldResponseBodyResultChoices`: the same model as [`SearchOranizationCustomfieldResponseBodyResultChoices`].
pub type SearchProjectCustomfieldResponseBodyResultChoices = SearchOranizationCustomfieldResponseBodyResultChoices;
/// `SearchUserTaskResponseBodyResultCustomFields`: the same model as [`CreateProjectResponseBodyResultCustomFields`].
pub type SearchUserTaskResponseBodyResultCustomFields = CreateProjectResponseBodyResultCustomFields;
/// `UpdateCustomfieldValueResponseBodyResultCustomFields`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateCustomfieldValueResponseBodyResultCustomFields {
    /// `customFieldId`.
    pub custom_field_id: Option<String>,
    /// `value`.
    pub value: Option<Vec<UpdateCustomfieldValueResponseBodyResultCustomFieldsValue>>,
}
rt::impl_deserialize! {
    UpdateCustomfieldValueResponseBodyResultCustomFields { "customFieldId" =>
    read_field(custom_field_id), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateCustomfieldValueResponseBodyResultCustomFields { "customFieldId" =>
    optional(custom_field_id), "value" => optional(value) }
}
/// `UpdateOrganizationTaskExecutorResponseBodyResultExecutor`: the same model as [`CreateOrganizationTaskResponseBodyResultCreator`].
pub type UpdateOrganizationTaskExecutorResponseBodyResultExecutor = CreateOrganizationTaskResponseBodyResultCreator;
/// `UpdateOrganizationTaskExecutorResponseBodyResultInvolvers`: the same model as [`CreateOrganizationTaskResponseBodyResultCreator`].
pub type UpdateOrganizationTaskExecutorResponseBodyResultInvolvers = CreateOrganizationTaskResponseBodyResultCreator;
/// `UpdateOrganizationTaskInvolveMembersResponseBodyResultInvolvers`: the same model as [`CreateOrganizationTaskResponseBodyResultCreator`].
pub type UpdateOrganizationTaskInvolveMembersResponseBodyResultInvolvers = CreateOrganizationTaskResponseBodyResultCreator;
/// `CreateProjectResponseBodyResultCustomFieldsValue`: the same model as [`CreateProjectCustomfieldStatusResponseBodyResultValue`].
pub type CreateProjectResponseBodyResultCustomFieldsValue = CreateProjectCustomfieldStatusResponseBodyResultValue;
/// `CreateTaskResponseBodyResultCustomfieldsValue`, a model several operations share: also named [`UpdateCustomfieldValueResponseBodyResultCustomFieldsValue`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskResponseBodyResultCustomfieldsValue {
    /// `id`.
    pub id: Option<String>,
    /// `thumbUrl`.
    pub thumb_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    CreateTaskResponseBodyResultCustomfieldsValue { "id" => read_field(id), "thumbUrl" =>
    read_field(thumb_url), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTaskResponseBodyResultCustomfieldsValue { "id" => optional(id), "thumbUrl" =>
    optional(thumb_url), "title" => optional(title) }
}
/// `GetTaskByIdsResponseBodyResultCustomFieldsValue`: the same model as [`CreateProjectCustomfieldStatusResponseBodyResultValue`].
pub type GetTaskByIdsResponseBodyResultCustomFieldsValue = CreateProjectCustomfieldStatusResponseBodyResultValue;
/// `QueryProjectResponseBodyResultCustomFieldsValue`: the same model as [`CreateProjectCustomfieldStatusResponseBodyResultValue`].
pub type QueryProjectResponseBodyResultCustomFieldsValue = CreateProjectCustomfieldStatusResponseBodyResultValue;
/// `SearchUserTaskResponseBodyResultCustomFieldsValue`: the same model as [`CreateProjectCustomfieldStatusResponseBodyResultValue`].
pub type SearchUserTaskResponseBodyResultCustomFieldsValue = CreateProjectCustomfieldStatusResponseBodyResultValue;
/// `UpdateCustomfieldValueResponseBodyResultCustomFieldsValue`: the same model as [`CreateTaskResponseBodyResultCustomfieldsValue`].
pub type UpdateCustomfieldValueResponseBodyResultCustomFieldsValue = CreateTaskResponseBodyResultCustomfieldsValue;
/// The request of [`Api::add_project_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddProjectMemberRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`AddProjectMemberRequest`], each named where it is set: `AddProjectMemberRequest::new(AddProjectMemberRequired { .. })`.
pub struct AddProjectMemberRequired {
    /// `userIds`: see [`AddProjectMemberRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl AddProjectMemberRequest {
    /// A `AddProjectMemberRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: AddProjectMemberRequired) -> Self {
        let AddProjectMemberRequired { user_ids } = required;
        Self { user_ids }
    }
}
rt::impl_serialize! {
    AddProjectMemberRequest { "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddProjectMemberRequest { "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for AddProjectMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_organization_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateOrganizationTaskRequest {
    /// `content`.
    pub content: String,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `disableActivity`.
    pub disable_activity: Option<bool>,
    /// `disableNotification`.
    pub disable_notification: Option<bool>,
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
    /// `note`.
    pub note: Option<String>,
    /// `priority`.
    pub priority: i64,
    /// `visible`.
    pub visible: String,
}
/// The required fields of [`CreateOrganizationTaskRequest`], each named where it is set: `CreateOrganizationTaskRequest::new(CreateOrganizationTaskRequired { .. })`.
pub struct CreateOrganizationTaskRequired {
    /// `content`: see [`CreateOrganizationTaskRequest::content`].
    pub content: String,
    /// `priority`: see [`CreateOrganizationTaskRequest::priority`].
    pub priority: i64,
    /// `visible`: see [`CreateOrganizationTaskRequest::visible`].
    pub visible: String,
}
impl CreateOrganizationTaskRequest {
    /// A `CreateOrganizationTaskRequest` with its required fields (`content`, `priority`, `visible`); set the others with the methods named after them.
    pub fn new(required: CreateOrganizationTaskRequired) -> Self {
        let CreateOrganizationTaskRequired { content, priority, visible } = required;
        Self {
            content,
            create_time: None,
            disable_activity: None,
            disable_notification: None,
            due_date: None,
            executor_id: None,
            involve_members: None,
            note: None,
            priority,
            visible,
        }
    }
    /// Sets `createTime`.
    pub fn create_time(mut self, value: impl Into<String>) -> Self {
        self.create_time = Some(value.into());
        self
    }
    /// Sets `disableActivity`.
    pub fn disable_activity(mut self, value: bool) -> Self {
        self.disable_activity = Some(value);
        self
    }
    /// Sets `disableNotification`.
    pub fn disable_notification(mut self, value: bool) -> Self {
        self.disable_notification = Some(value);
        self
    }
    /// Sets `dueDate`.
    pub fn due_date(mut self, value: impl Into<String>) -> Self {
        self.due_date = Some(value.into());
        self
    }
    /// Sets `executorId`.
    pub fn executor_id(mut self, value: impl Into<String>) -> Self {
        self.executor_id = Some(value.into());
        self
    }
    /// Sets `involveMembers`.
    pub fn involve_members(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.involve_members = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `note`.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.note = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateOrganizationTaskRequest { "content" => field(content), "createTime" =>
    optional(create_time), "disableActivity" => optional(disable_activity),
    "disableNotification" => optional(disable_notification), "dueDate" =>
    optional(due_date), "executorId" => optional(executor_id), "involveMembers" =>
    optional(involve_members), "note" => optional(note), "priority" => field(priority),
    "visible" => field(visible) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateOrganizationTaskRequest { "content" => read_field(content), "createTime" =>
    read_field(create_time), "disableActivity" => read_field(disable_activity),
    "disableNotification" => read_field(disable_notification), "dueDate" =>
    read_field(due_date), "executorId" => read_field(executor_id), "involveMembers" =>
    read_field(involve_members), "note" => read_field(note), "priority" =>
    read_field(priority), "visible" => read_field(visible) }
}
impl rt::WriteRequest for CreateOrganizationTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_plan_time`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreatePlanTimeRequest {
    /// `tenantType`: a query parameter.
    pub tenant_type: String,
    /// `endDate`.
    pub end_date: String,
    /// `executorId`.
    pub executor_id: String,
    /// `includesHolidays`.
    pub includes_holidays: bool,
    /// `isDuration`.
    pub is_duration: bool,
    /// `objectId`.
    pub object_id: String,
    /// `objectType`.
    pub object_type: String,
    /// `planTime`.
    pub plan_time: i64,
    /// `startDate`.
    pub start_date: String,
    /// `submitterId`.
    pub submitter_id: String,
}
/// The required fields of [`CreatePlanTimeRequest`], each named where it is set: `CreatePlanTimeRequest::new(CreatePlanTimeRequired { .. })`.
pub struct CreatePlanTimeRequired {
    /// `tenantType`: see [`CreatePlanTimeRequest::tenant_type`].
    pub tenant_type: String,
    /// `endDate`: see [`CreatePlanTimeRequest::end_date`].
    pub end_date: String,
    /// `executorId`: see [`CreatePlanTimeRequest::executor_id`].
    pub executor_id: String,
    /// `includesHolidays`: see [`CreatePlanTimeRequest::includes_holidays`].
    pub includes_holidays: bool,
    /// `isDuration`: see [`CreatePlanTimeRequest::is_duration`].
    pub is_duration: bool,
    /// `objectId`: see [`CreatePlanTimeRequest::object_id`].
    pub object_id: String,
    /// `objectType`: see [`CreatePlanTimeRequest::object_type`].
    pub object_type: String,
    /// `planTime`: see [`CreatePlanTimeRequest::plan_time`].
    pub plan_time: i64,
    /// `startDate`: see [`CreatePlanTimeRequest::start_date`].
    pub start_date: String,
    /// `submitterId`: see [`CreatePlanTimeRequest::submitter_id`].
    pub submitter_id: String,
}
impl CreatePlanTimeRequest {
    /// A `CreatePlanTimeRequest` with its required fields (`tenantType`, `endDate`, `executorId`, `includesHolidays`, `isDuration`, `objectId`, `objectType`, `planTime`, `startDate`, `submitterId`); set the others with the methods named after them.
    pub fn new(required: CreatePlanTimeRequired) -> Self {
        let CreatePlanTimeRequired {
            tenant_type,
            end_date,
            executor_id,
            includes_holidays,
            is_duration,
            object_id,
            object_type,
            plan_time,
            start_date,
            submitter_id,
        } = required;
        Self {
            tenant_type,
            end_date,
            executor_id,
            includes_holidays,
            is_duration,
            object_id,
            object_type,
            plan_time,
            start_date,
            submitter_id,
        }
    }
}
rt::impl_serialize! {
    CreatePlanTimeRequest { "endDate" => field(end_date), "executorId" =>
    field(executor_id), "includesHolidays" => field(includes_holidays), "isDuration" =>
    field(is_duration), "objectId" => field(object_id), "objectType" =>
    field(object_type), "planTime" => field(plan_time), "startDate" => field(start_date),
    "submitterId" => field(submitter_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatePlanTimeRequest { "tenantType" => read_field(tenant_type), "endDate" =>
    read_field(end_date), "executorId" => read_field(executor_id), "includesHolidays" =>
    read_field(includes_holidays), "isDuration" => read_field(is_duration), "objectId" =>
    read_field(object_id), "objectType" => read_field(object_type), "planTime" =>
    read_field(plan_time), "startDate" => read_field(start_date), "submitterId" =>
    read_field(submitter_id) }
}
impl rt::WriteRequest for CreatePlanTimeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("tenantType", &self.tenant_type);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_project`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProjectRequest {
    /// `name`.
    pub name: Option<String>,
}
impl CreateProjectRequest {
    /// An empty `CreateProjectRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateProjectRequest { "name" => optional(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateProjectRequest { "name" => read_field(name) }
}
impl rt::WriteRequest for CreateProjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_project_by_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateProjectByTemplateRequest {
    /// `description`.
    pub description: Option<String>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `name`.
    pub name: String,
    /// `programId`.
    pub program_id: Option<String>,
    /// `programName`.
    pub program_name: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `templateName`.
    pub template_name: Option<String>,
    /// `visibility`.
    pub visibility: Option<String>,
}
/// The required fields of [`CreateProjectByTemplateRequest`], each named where it is set: `CreateProjectByTemplateRequest::new(CreateProjectByTemplateRequired { .. })`.
pub struct CreateProjectByTemplateRequired {
    /// `name`: see [`CreateProjectByTemplateRequest::name`].
    pub name: String,
}
impl CreateProjectByTemplateRequest {
    /// A `CreateProjectByTemplateRequest` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(required: CreateProjectByTemplateRequired) -> Self {
        let CreateProjectByTemplateRequired { name } = required;
        Self {
            description: None,
            end_date: None,
            name,
            program_id: None,
            program_name: None,
            start_date: None,
            template_id: None,
            template_name: None,
            visibility: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `endDate`.
    pub fn end_date(mut self, value: impl Into<String>) -> Self {
        self.end_date = Some(value.into());
        self
    }
    /// Sets `programId`.
    pub fn program_id(mut self, value: impl Into<String>) -> Self {
        self.program_id = Some(value.into());
        self
    }
    /// Sets `programName`.
    pub fn program_name(mut self, value: impl Into<String>) -> Self {
        self.program_name = Some(value.into());
        self
    }
    /// Sets `startDate`.
    pub fn start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
    /// Sets `templateName`.
    pub fn template_name(mut self, value: impl Into<String>) -> Self {
        self.template_name = Some(value.into());
        self
    }
    /// Sets `visibility`.
    pub fn visibility(mut self, value: impl Into<String>) -> Self {
        self.visibility = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateProjectByTemplateRequest { "description" => optional(description), "endDate" =>
    optional(end_date), "name" => field(name), "programId" => optional(program_id),
    "programName" => optional(program_name), "startDate" => optional(start_date),
    "templateId" => optional(template_id), "templateName" => optional(template_name),
    "visibility" => optional(visibility) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateProjectByTemplateRequest { "description" => read_field(description), "endDate"
    => read_field(end_date), "name" => read_field(name), "programId" =>
    read_field(program_id), "programName" => read_field(program_name), "startDate" =>
    read_field(start_date), "templateId" => read_field(template_id), "templateName" =>
    read_field(template_name), "visibility" => read_field(visibility) }
}
impl rt::WriteRequest for CreateProjectByTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_project_customfield_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateProjectCustomfieldStatusRequest {
    /// `customFieldId`.
    pub custom_field_id: Option<String>,
    /// `customFieldInstanceId`.
    pub custom_field_instance_id: Option<String>,
    /// `customFieldName`.
    pub custom_field_name: Option<String>,
    /// `value`.
    pub value: Vec<CreateProjectCustomfieldStatusRequestValue>,
}
/// The required fields of [`CreateProjectCustomfieldStatusRequest`], each named where it is set: `CreateProjectCustomfieldStatusRequest::new(CreateProjectCustomfieldStatusRequired { .. })`.
pub struct CreateProjectCustomfieldStatusRequired {
    /// `value`: see [`CreateProjectCustomfieldStatusRequest::value`].
    pub value: Vec<CreateProjectCustomfieldStatusRequestValue>,
}
impl CreateProjectCustomfieldStatusRequest {
    /// A `CreateProjectCustomfieldStatusRequest` with its required fields (`value`); set the others with the methods named after them.
    pub fn new(required: CreateProjectCustomfieldStatusRequired) -> Self {
        let CreateProjectCustomfieldStatusRequired { value } = required;
        Self {
            custom_field_id: None,
            custom_field_instance_id: None,
            custom_field_name: None,
            value,
        }
    }
    /// Sets `customFieldId`.
    pub fn custom_field_id(mut self, value: impl Into<String>) -> Self {
        self.custom_field_id = Some(value.into());
        self
    }
    /// Sets `customFieldInstanceId`.
    pub fn custom_field_instance_id(mut self, value: impl Into<String>) -> Self {
        self.custom_field_instance_id = Some(value.into());
        self
    }
    /// Sets `customFieldName`.
    pub fn custom_field_name(mut self, value: impl Into<String>) -> Self {
        self.custom_field_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateProjectCustomfieldStatusRequest { "customFieldId" => optional(custom_field_id),
    "customFieldInstanceId" => optional(custom_field_instance_id), "customFieldName" =>
    optional(custom_field_name), "value" => field(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateProjectCustomfieldStatusRequest { "customFieldId" =>
    read_field(custom_field_id), "customFieldInstanceId" =>
    read_field(custom_field_instance_id), "customFieldName" =>
    read_field(custom_field_name), "value" => read_field(value) }
}
impl rt::WriteRequest for CreateProjectCustomfieldStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateTaskRequest {
    /// `content`.
    pub content: String,
    /// `customfields`.
    pub customfields: Option<Vec<CreateTaskRequestCustomfields>>,
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
    /// `note`.
    pub note: Option<String>,
    /// `parentTaskId`.
    pub parent_task_id: Option<String>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `priorityName`.
    pub priority_name: Option<String>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `projectName`.
    pub project_name: Option<String>,
    /// `scenariofieldconfigId`.
    pub scenariofieldconfig_id: Option<String>,
    /// `sprintId`.
    pub sprint_id: Option<String>,
    /// `stageId`.
    pub stage_id: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `storyPoint`.
    pub story_point: Option<String>,
    /// `tagIds`.
    pub tag_ids: Option<Vec<String>>,
    /// `tagNames`.
    pub tag_names: Option<Vec<String>>,
    /// `taskflowstatusId`.
    pub taskflowstatus_id: Option<String>,
    /// `tasklistId`.
    pub tasklist_id: Option<String>,
    /// `tfsName`.
    pub tfs_name: Option<String>,
    /// `visible`.
    pub visible: Option<String>,
}
/// The required fields of [`CreateTaskRequest`], each named where it is set: `CreateTaskRequest::new(CreateTaskRequired { .. })`.
pub struct CreateTaskRequired {
    /// `content`: see [`CreateTaskRequest::content`].
    pub content: String,
}
impl CreateTaskRequest {
    /// A `CreateTaskRequest` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(required: CreateTaskRequired) -> Self {
        let CreateTaskRequired { content } = required;
        Self {
            content,
            customfields: None,
            due_date: None,
            executor_id: None,
            involve_members: None,
            note: None,
            parent_task_id: None,
            priority: None,
            priority_name: None,
            project_id: None,
            project_name: None,
            scenariofieldconfig_id: None,
            sprint_id: None,
            stage_id: None,
            start_date: None,
            story_point: None,
            tag_ids: None,
            tag_names: None,
            taskflowstatus_id: None,
            tasklist_id: None,
            tfs_name: None,
            visible: None,
        }
    }
    /// Sets `customfields`.
    pub fn customfields(
        mut self,
        value: impl IntoIterator<Item = CreateTaskRequestCustomfields>,
    ) -> Self {
        self.customfields = Some(value.into_iter().collect());
        self
    }
    /// Sets `dueDate`.
    pub fn due_date(mut self, value: impl Into<String>) -> Self {
        self.due_date = Some(value.into());
        self
    }
    /// Sets `executorId`.
    pub fn executor_id(mut self, value: impl Into<String>) -> Self {
        self.executor_id = Some(value.into());
        self
    }
    /// Sets `involveMembers`.
    pub fn involve_members(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.involve_members = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `note`.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.note = Some(value.into());
        self
    }
    /// Sets `parentTaskId`.
    pub fn parent_task_id(mut self, value: impl Into<String>) -> Self {
        self.parent_task_id = Some(value.into());
        self
    }
    /// Sets `priority`.
    pub fn priority(mut self, value: i64) -> Self {
        self.priority = Some(value);
        self
    }
    /// Sets `priorityName`.
    pub fn priority_name(mut self, value: impl Into<String>) -> Self {
        self.priority_name = Some(value.into());
        self
    }
    /// Sets `projectId`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `projectName`.
    pub fn project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = Some(value.into());
        self
    }
    /// Sets `scenariofieldconfigId`.
    pub fn scenariofieldconfig_id(mut self, value: impl Into<String>) -> Self {
        self.scenariofieldconfig_id = Some(value.into());
        self
    }
    /// Sets `sprintId`.
    pub fn sprint_id(mut self, value: impl Into<String>) -> Self {
        self.sprint_id = Some(value.into());
        self
    }
    /// Sets `stageId`.
    pub fn stage_id(mut self, value: impl Into<String>) -> Self {
        self.stage_id = Some(value.into());
        self
    }
    /// Sets `startDate`.
    pub fn start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets `storyPoint`.
    pub fn story_point(mut self, value: impl Into<String>) -> Self {
        self.story_point = Some(value.into());
        self
    }
    /// Sets `tagIds`.
    pub fn tag_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.tag_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `tagNames`.
    pub fn tag_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.tag_names = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `taskflowstatusId`.
    pub fn taskflowstatus_id(mut self, value: impl Into<String>) -> Self {
        self.taskflowstatus_id = Some(value.into());
        self
    }
    /// Sets `tasklistId`.
    pub fn tasklist_id(mut self, value: impl Into<String>) -> Self {
        self.tasklist_id = Some(value.into());
        self
    }
    /// Sets `tfsName`.
    pub fn tfs_name(mut self, value: impl Into<String>) -> Self {
        self.tfs_name = Some(value.into());
        self
    }
    /// Sets `visible`.
    pub fn visible(mut self, value: impl Into<String>) -> Self {
        self.visible = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTaskRequest { "content" => field(content), "customfields" =>
    optional(customfields), "dueDate" => optional(due_date), "executorId" =>
    optional(executor_id), "involveMembers" => optional(involve_members), "note" =>
    optional(note), "parentTaskId" => optional(parent_task_id), "priority" =>
    optional(priority), "priorityName" => optional(priority_name), "projectId" =>
    optional(project_id), "projectName" => optional(project_name),
    "scenariofieldconfigId" => optional(scenariofieldconfig_id), "sprintId" =>
    optional(sprint_id), "stageId" => optional(stage_id), "startDate" =>
    optional(start_date), "storyPoint" => optional(story_point), "tagIds" =>
    optional(tag_ids), "tagNames" => optional(tag_names), "taskflowstatusId" =>
    optional(taskflowstatus_id), "tasklistId" => optional(tasklist_id), "tfsName" =>
    optional(tfs_name), "visible" => optional(visible) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTaskRequest { "content" => read_field(content), "customfields" =>
    read_field(customfields), "dueDate" => read_field(due_date), "executorId" =>
    read_field(executor_id), "involveMembers" => read_field(involve_members), "note" =>
    read_field(note), "parentTaskId" => read_field(parent_task_id), "priority" =>
    read_field(priority), "priorityName" => read_field(priority_name), "projectId" =>
    read_field(project_id), "projectName" => read_field(project_name),
    "scenariofieldconfigId" => read_field(scenariofieldconfig_id), "sprintId" =>
    read_field(sprint_id), "stageId" => read_field(stage_id), "startDate" =>
    read_field(start_date), "storyPoint" => read_field(story_point), "tagIds" =>
    read_field(tag_ids), "tagNames" => read_field(tag_names), "taskflowstatusId" =>
    read_field(taskflowstatus_id), "tasklistId" => read_field(tasklist_id), "tfsName" =>
    read_field(tfs_name), "visible" => read_field(visible) }
}
impl rt::WriteRequest for CreateTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_task_object_link`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTaskObjectLinkRequest {
    /// `linkedData`.
    pub linked_data: Option<CreateTaskObjectLinkRequestLinkedData>,
}
impl CreateTaskObjectLinkRequest {
    /// An empty `CreateTaskObjectLinkRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `linkedData`.
    pub fn linked_data(mut self, value: CreateTaskObjectLinkRequestLinkedData) -> Self {
        self.linked_data = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateTaskObjectLinkRequest { "linkedData" => optional(linked_data) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTaskObjectLinkRequest { "linkedData" => read_field(linked_data) }
}
impl rt::WriteRequest for CreateTaskObjectLinkRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_work_time`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateWorkTimeRequest {
    /// `tenantType`: a query parameter.
    pub tenant_type: String,
    /// `description`.
    pub description: Option<String>,
    /// `endDate`.
    pub end_date: String,
    /// `executorId`.
    pub executor_id: String,
    /// `includesHolidays`.
    pub includes_holidays: bool,
    /// `isDuration`.
    pub is_duration: bool,
    /// `objectId`.
    pub object_id: String,
    /// `objectType`.
    pub object_type: String,
    /// `startDate`.
    pub start_date: String,
    /// `submitterId`.
    pub submitter_id: String,
    /// `workTime`.
    pub work_time: i64,
}
/// The required fields of [`CreateWorkTimeRequest`], each named where it is set: `CreateWorkTimeRequest::new(CreateWorkTimeRequired { .. })`.
pub struct CreateWorkTimeRequired {
    /// `tenantType`: see [`CreateWorkTimeRequest::tenant_type`].
    pub tenant_type: String,
    /// `endDate`: see [`CreateWorkTimeRequest::end_date`].
    pub end_date: String,
    /// `executorId`: see [`CreateWorkTimeRequest::executor_id`].
    pub executor_id: String,
    /// `includesHolidays`: see [`CreateWorkTimeRequest::includes_holidays`].
    pub includes_holidays: bool,
    /// `isDuration`: see [`CreateWorkTimeRequest::is_duration`].
    pub is_duration: bool,
    /// `objectId`: see [`CreateWorkTimeRequest::object_id`].
    pub object_id: String,
    /// `objectType`: see [`CreateWorkTimeRequest::object_type`].
    pub object_type: String,
    /// `startDate`: see [`CreateWorkTimeRequest::start_date`].
    pub start_date: String,
    /// `submitterId`: see [`CreateWorkTimeRequest::submitter_id`].
    pub submitter_id: String,
    /// `workTime`: see [`CreateWorkTimeRequest::work_time`].
    pub work_time: i64,
}
impl CreateWorkTimeRequest {
    /// A `CreateWorkTimeRequest` with its required fields (`tenantType`, `endDate`, `executorId`, `includesHolidays`, `isDuration`, `objectId`, `objectType`, `startDate`, `submitterId`, `workTime`); set the others with the methods named after them.
    pub fn new(required: CreateWorkTimeRequired) -> Self {
        let CreateWorkTimeRequired {
            tenant_type,
            end_date,
            executor_id,
            includes_holidays,
            is_duration,
            object_id,
            object_type,
            start_date,
            submitter_id,
            work_time,
        } = required;
        Self {
            tenant_type,
            description: None,
            end_date,
            executor_id,
            includes_holidays,
            is_duration,
            object_id,
            object_type,
            start_date,
            submitter_id,
            work_time,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateWorkTimeRequest { "description" => optional(description), "endDate" =>
    field(end_date), "executorId" => field(executor_id), "includesHolidays" =>
    field(includes_holidays), "isDuration" => field(is_duration), "objectId" =>
    field(object_id), "objectType" => field(object_type), "startDate" =>
    field(start_date), "submitterId" => field(submitter_id), "workTime" =>
    field(work_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateWorkTimeRequest { "tenantType" => read_field(tenant_type), "description" =>
    read_field(description), "endDate" => read_field(end_date), "executorId" =>
    read_field(executor_id), "includesHolidays" => read_field(includes_holidays),
    "isDuration" => read_field(is_duration), "objectId" => read_field(object_id),
    "objectType" => read_field(object_type), "startDate" => read_field(start_date),
    "submitterId" => read_field(submitter_id), "workTime" => read_field(work_time) }
}
impl rt::WriteRequest for CreateWorkTimeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("tenantType", &self.tenant_type);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_work_time_approve`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateWorkTimeApproveRequest {
    /// `workTimeIds`.
    pub work_time_ids: Vec<String>,
}
/// The required fields of [`CreateWorkTimeApproveRequest`], each named where it is set: `CreateWorkTimeApproveRequest::new(CreateWorkTimeApproveRequired { .. })`.
pub struct CreateWorkTimeApproveRequired {
    /// `workTimeIds`: see [`CreateWorkTimeApproveRequest::work_time_ids`].
    pub work_time_ids: Vec<String>,
}
impl CreateWorkTimeApproveRequest {
    /// A `CreateWorkTimeApproveRequest` with its required fields (`workTimeIds`); set the others with the methods named after them.
    pub fn new(required: CreateWorkTimeApproveRequired) -> Self {
        let CreateWorkTimeApproveRequired { work_time_ids } = required;
        Self { work_time_ids }
    }
}
rt::impl_serialize! {
    CreateWorkTimeApproveRequest { "workTimeIds" => field(work_time_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateWorkTimeApproveRequest { "workTimeIds" => read_field(work_time_ids) }
}
impl rt::WriteRequest for CreateWorkTimeApproveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_project_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteProjectMemberRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`DeleteProjectMemberRequest`], each named where it is set: `DeleteProjectMemberRequest::new(DeleteProjectMemberRequired { .. })`.
pub struct DeleteProjectMemberRequired {
    /// `userIds`: see [`DeleteProjectMemberRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl DeleteProjectMemberRequest {
    /// A `DeleteProjectMemberRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: DeleteProjectMemberRequired) -> Self {
        let DeleteProjectMemberRequired { user_ids } = required;
        Self { user_ids }
    }
}
rt::impl_serialize! {
    DeleteProjectMemberRequest { "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteProjectMemberRequest { "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for DeleteProjectMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_depts_by_org_id`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDeptsByOrgIdRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
    /// `dingAccessTokenType`: a header.
    pub ding_access_token_type: Option<String>,
    /// `dingOrgId`: a header.
    pub ding_org_id: Option<String>,
}
impl GetDeptsByOrgIdRequest {
    /// An empty `GetDeptsByOrgIdRequest`; set fields with the methods named after them.
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
    /// Sets `dingAccessTokenType`.
    pub fn ding_access_token_type(mut self, value: impl Into<String>) -> Self {
        self.ding_access_token_type = Some(value.into());
        self
    }
    /// Sets `dingOrgId`.
    pub fn ding_org_id(mut self, value: impl Into<String>) -> Self {
        self.ding_org_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDeptsByOrgIdRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "dingAccessTokenType" => read_field(ding_access_token_type),
    "dingOrgId" => read_field(ding_org_id) }
}
impl rt::WriteRequest for GetDeptsByOrgIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.header("dingAccessTokenType", &self.ding_access_token_type);
        writer.header("dingOrgId", &self.ding_org_id);
    }
}
/// The request of [`Api::get_emps_by_org_id`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEmpsByOrgIdRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `needDept`: a query parameter.
    pub need_dept: Option<bool>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
    /// `dingAccessTokenType`: a header.
    pub ding_access_token_type: Option<String>,
    /// `dingIsvOrgId`: a header.
    pub ding_isv_org_id: Option<String>,
    /// `dingOrgId`: a header.
    pub ding_org_id: Option<String>,
}
impl GetEmpsByOrgIdRequest {
    /// An empty `GetEmpsByOrgIdRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `needDept`.
    pub fn need_dept(mut self, value: bool) -> Self {
        self.need_dept = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
    /// Sets `dingAccessTokenType`.
    pub fn ding_access_token_type(mut self, value: impl Into<String>) -> Self {
        self.ding_access_token_type = Some(value.into());
        self
    }
    /// Sets `dingIsvOrgId`.
    pub fn ding_isv_org_id(mut self, value: impl Into<String>) -> Self {
        self.ding_isv_org_id = Some(value.into());
        self
    }
    /// Sets `dingOrgId`.
    pub fn ding_org_id(mut self, value: impl Into<String>) -> Self {
        self.ding_org_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetEmpsByOrgIdRequest { "maxResults" => read_field(max_results), "needDept" =>
    read_field(need_dept), "nextToken" => read_field(next_token), "dingAccessTokenType"
    => read_field(ding_access_token_type), "dingIsvOrgId" => read_field(ding_isv_org_id),
    "dingOrgId" => read_field(ding_org_id) }
}
impl rt::WriteRequest for GetEmpsByOrgIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("needDept", &self.need_dept);
        writer.query("nextToken", &self.next_token);
        writer.header("dingAccessTokenType", &self.ding_access_token_type);
        writer.header("dingIsvOrgId", &self.ding_isv_org_id);
        writer.header("dingOrgId", &self.ding_org_id);
    }
}
/// The request of [`Api::get_organizatio_task_by_ids`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetOrganizatioTaskByIdsRequest {
    /// `taskIds`: a query parameter.
    pub task_ids: String,
}
/// The required fields of [`GetOrganizatioTaskByIdsRequest`], each named where it is set: `GetOrganizatioTaskByIdsRequest::new(GetOrganizatioTaskByIdsRequired { .. })`.
pub struct GetOrganizatioTaskByIdsRequired {
    /// `taskIds`: see [`GetOrganizatioTaskByIdsRequest::task_ids`].
    pub task_ids: String,
}
impl GetOrganizatioTaskByIdsRequest {
    /// A `GetOrganizatioTaskByIdsRequest` with its required fields (`taskIds`); set the others with the methods named after them.
    pub fn new(required: GetOrganizatioTaskByIdsRequired) -> Self {
        let GetOrganizatioTaskByIdsRequired { task_ids } = required;
        Self { task_ids }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetOrganizatioTaskByIdsRequest { "taskIds" => read_field(task_ids) }
}
impl rt::WriteRequest for GetOrganizatioTaskByIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskIds", &self.task_ids);
    }
}
/// The request of [`Api::get_project_group`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProjectGroupRequest {
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `viewerId`: a query parameter.
    pub viewer_id: Option<String>,
}
impl GetProjectGroupRequest {
    /// An empty `GetProjectGroupRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `viewerId`.
    pub fn viewer_id(mut self, value: impl Into<String>) -> Self {
        self.viewer_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProjectGroupRequest { "pageSize" => read_field(page_size), "viewerId" =>
    read_field(viewer_id) }
}
impl rt::WriteRequest for GetProjectGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageSize", &self.page_size);
        writer.query("viewerId", &self.viewer_id);
    }
}
/// The request of [`Api::get_project_memebers`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProjectMemebersRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `projectRoleId`: a query parameter.
    pub project_role_id: Option<String>,
    /// `skip`: a query parameter.
    pub skip: Option<i64>,
    /// `userIds`: a query parameter.
    pub user_ids: Option<String>,
}
impl GetProjectMemebersRequest {
    /// An empty `GetProjectMemebersRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `projectRoleId`.
    pub fn project_role_id(mut self, value: impl Into<String>) -> Self {
        self.project_role_id = Some(value.into());
        self
    }
    /// Sets `skip`.
    pub fn skip(mut self, value: i64) -> Self {
        self.skip = Some(value);
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(mut self, value: impl Into<String>) -> Self {
        self.user_ids = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProjectMemebersRequest { "maxResults" => read_field(max_results), "projectRoleId"
    => read_field(project_role_id), "skip" => read_field(skip), "userIds" =>
    read_field(user_ids) }
}
impl rt::WriteRequest for GetProjectMemebersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("projectRoleId", &self.project_role_id);
        writer.query("skip", &self.skip);
        writer.query("userIds", &self.user_ids);
    }
}
/// The request of [`Api::get_task_by_ids`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTaskByIdsRequest {
    /// `parentTaskId`: a query parameter.
    pub parent_task_id: Option<String>,
    /// `taskId`: a query parameter.
    pub task_id: Option<String>,
}
impl GetTaskByIdsRequest {
    /// An empty `GetTaskByIdsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `parentTaskId`.
    pub fn parent_task_id(mut self, value: impl Into<String>) -> Self {
        self.parent_task_id = Some(value.into());
        self
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTaskByIdsRequest { "parentTaskId" => read_field(parent_task_id), "taskId" =>
    read_field(task_id) }
}
impl rt::WriteRequest for GetTaskByIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("parentTaskId", &self.parent_task_id);
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::get_tb_org_id_by_ding_org_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTbOrgIdByDingOrgIdRequest {
    /// `optUserId`: a query parameter.
    pub opt_user_id: String,
}
/// The required fields of [`GetTbOrgIdByDingOrgIdRequest`], each named where it is set: `GetTbOrgIdByDingOrgIdRequest::new(GetTbOrgIdByDingOrgIdRequired { .. })`.
pub struct GetTbOrgIdByDingOrgIdRequired {
    /// `optUserId`: see [`GetTbOrgIdByDingOrgIdRequest::opt_user_id`].
    pub opt_user_id: String,
}
impl GetTbOrgIdByDingOrgIdRequest {
    /// A `GetTbOrgIdByDingOrgIdRequest` with its required fields (`optUserId`); set the others with the methods named after them.
    pub fn new(required: GetTbOrgIdByDingOrgIdRequired) -> Self {
        let GetTbOrgIdByDingOrgIdRequired { opt_user_id } = required;
        Self { opt_user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTbOrgIdByDingOrgIdRequest { "optUserId" => read_field(opt_user_id) }
}
impl rt::WriteRequest for GetTbOrgIdByDingOrgIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("optUserId", &self.opt_user_id);
    }
}
/// The request of [`Api::get_tb_project_gray`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTbProjectGrayRequest {
    /// `dingAccessTokenType`: a header.
    pub ding_access_token_type: Option<String>,
    /// `dingCorpId`: a header.
    pub ding_corp_id: Option<String>,
    /// `dingIsvOrgId`: a header.
    pub ding_isv_org_id: Option<String>,
    /// `dingOrgId`: a header.
    pub ding_org_id: Option<String>,
    /// `dingSuiteKey`: a header.
    pub ding_suite_key: Option<String>,
    /// `label`.
    pub label: String,
}
/// The required fields of [`GetTbProjectGrayRequest`], each named where it is set: `GetTbProjectGrayRequest::new(GetTbProjectGrayRequired { .. })`.
pub struct GetTbProjectGrayRequired {
    /// `label`: see [`GetTbProjectGrayRequest::label`].
    pub label: String,
}
impl GetTbProjectGrayRequest {
    /// A `GetTbProjectGrayRequest` with its required fields (`label`); set the others with the methods named after them.
    pub fn new(required: GetTbProjectGrayRequired) -> Self {
        let GetTbProjectGrayRequired { label } = required;
        Self {
            ding_access_token_type: None,
            ding_corp_id: None,
            ding_isv_org_id: None,
            ding_org_id: None,
            ding_suite_key: None,
            label,
        }
    }
    /// Sets `dingAccessTokenType`.
    pub fn ding_access_token_type(mut self, value: impl Into<String>) -> Self {
        self.ding_access_token_type = Some(value.into());
        self
    }
    /// Sets `dingCorpId`.
    pub fn ding_corp_id(mut self, value: impl Into<String>) -> Self {
        self.ding_corp_id = Some(value.into());
        self
    }
    /// Sets `dingIsvOrgId`.
    pub fn ding_isv_org_id(mut self, value: impl Into<String>) -> Self {
        self.ding_isv_org_id = Some(value.into());
        self
    }
    /// Sets `dingOrgId`.
    pub fn ding_org_id(mut self, value: impl Into<String>) -> Self {
        self.ding_org_id = Some(value.into());
        self
    }
    /// Sets `dingSuiteKey`.
    pub fn ding_suite_key(mut self, value: impl Into<String>) -> Self {
        self.ding_suite_key = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetTbProjectGrayRequest { "label" => field(label) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTbProjectGrayRequest { "dingAccessTokenType" =>
    read_field(ding_access_token_type), "dingCorpId" => read_field(ding_corp_id),
    "dingIsvOrgId" => read_field(ding_isv_org_id), "dingOrgId" =>
    read_field(ding_org_id), "dingSuiteKey" => read_field(ding_suite_key), "label" =>
    read_field(label) }
}
impl rt::WriteRequest for GetTbProjectGrayRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("dingAccessTokenType", &self.ding_access_token_type);
        writer.header("dingCorpId", &self.ding_corp_id);
        writer.header("dingIsvOrgId", &self.ding_isv_org_id);
        writer.header("dingOrgId", &self.ding_org_id);
        writer.header("dingSuiteKey", &self.ding_suite_key);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_tb_project_source`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTbProjectSourceRequest {
    /// `dingAccessTokenType`: a header.
    pub ding_access_token_type: Option<String>,
    /// `dingCorpId`: a header.
    pub ding_corp_id: Option<String>,
    /// `dingIsvOrgId`: a header.
    pub ding_isv_org_id: Option<String>,
    /// `dingOrgId`: a header.
    pub ding_org_id: Option<String>,
    /// `dingSuiteKey`: a header.
    pub ding_suite_key: Option<String>,
}
impl GetTbProjectSourceRequest {
    /// An empty `GetTbProjectSourceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dingAccessTokenType`.
    pub fn ding_access_token_type(mut self, value: impl Into<String>) -> Self {
        self.ding_access_token_type = Some(value.into());
        self
    }
    /// Sets `dingCorpId`.
    pub fn ding_corp_id(mut self, value: impl Into<String>) -> Self {
        self.ding_corp_id = Some(value.into());
        self
    }
    /// Sets `dingIsvOrgId`.
    pub fn ding_isv_org_id(mut self, value: impl Into<String>) -> Self {
        self.ding_isv_org_id = Some(value.into());
        self
    }
    /// Sets `dingOrgId`.
    pub fn ding_org_id(mut self, value: impl Into<String>) -> Self {
        self.ding_org_id = Some(value.into());
        self
    }
    /// Sets `dingSuiteKey`.
    pub fn ding_suite_key(mut self, value: impl Into<String>) -> Self {
        self.ding_suite_key = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTbProjectSourceRequest { "dingAccessTokenType" =>
    read_field(ding_access_token_type), "dingCorpId" => read_field(ding_corp_id),
    "dingIsvOrgId" => read_field(ding_isv_org_id), "dingOrgId" =>
    read_field(ding_org_id), "dingSuiteKey" => read_field(ding_suite_key) }
}
impl rt::WriteRequest for GetTbProjectSourceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.header("dingAccessTokenType", &self.ding_access_token_type);
        writer.header("dingCorpId", &self.ding_corp_id);
        writer.header("dingIsvOrgId", &self.ding_isv_org_id);
        writer.header("dingOrgId", &self.ding_org_id);
        writer.header("dingSuiteKey", &self.ding_suite_key);
    }
}
/// The request of [`Api::get_tb_user_id_by_staff_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTbUserIdByStaffIdRequest {
    /// `optUserId`: a query parameter.
    pub opt_user_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetTbUserIdByStaffIdRequest`], each named where it is set: `GetTbUserIdByStaffIdRequest::new(GetTbUserIdByStaffIdRequired { .. })`.
pub struct GetTbUserIdByStaffIdRequired {
    /// `optUserId`: see [`GetTbUserIdByStaffIdRequest::opt_user_id`].
    pub opt_user_id: String,
    /// `userId`: see [`GetTbUserIdByStaffIdRequest::user_id`].
    pub user_id: String,
}
impl GetTbUserIdByStaffIdRequest {
    /// A `GetTbUserIdByStaffIdRequest` with its required fields (`optUserId`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetTbUserIdByStaffIdRequired) -> Self {
        let GetTbUserIdByStaffIdRequired { opt_user_id, user_id } = required;
        Self { opt_user_id, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTbUserIdByStaffIdRequest { "optUserId" => read_field(opt_user_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetTbUserIdByStaffIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("optUserId", &self.opt_user_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_user_joined_project`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserJoinedProjectRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl GetUserJoinedProjectRequest {
    /// An empty `GetUserJoinedProjectRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
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
    GetUserJoinedProjectRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
impl rt::WriteRequest for GetUserJoinedProjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_project`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryProjectRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `name`: a query parameter.
    pub name: Option<String>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `projectIds`: a query parameter.
    pub project_ids: Option<String>,
    /// `sourceId`: a query parameter.
    pub source_id: Option<String>,
}
impl QueryProjectRequest {
    /// An empty `QueryProjectRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `projectIds`.
    pub fn project_ids(mut self, value: impl Into<String>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `sourceId`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryProjectRequest { "maxResults" => read_field(max_results), "name" =>
    read_field(name), "nextToken" => read_field(next_token), "projectIds" =>
    read_field(project_ids), "sourceId" => read_field(source_id) }
}
impl rt::WriteRequest for QueryProjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("name", &self.name);
        writer.query("nextToken", &self.next_token);
        writer.query("projectIds", &self.project_ids);
        writer.query("sourceId", &self.source_id);
    }
}
/// The request of [`Api::query_task_of_project`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTaskOfProjectRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `query`: a query parameter.
    pub query: Option<String>,
}
impl QueryTaskOfProjectRequest {
    /// An empty `QueryTaskOfProjectRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `query`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryTaskOfProjectRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "query" => read_field(query) }
}
impl rt::WriteRequest for QueryTaskOfProjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("query", &self.query);
    }
}
/// The request of [`Api::seach_task_stage`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SeachTaskStageRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `query`: a query parameter.
    pub query: Option<String>,
    /// `taskListId`: a query parameter.
    pub task_list_id: Option<String>,
    /// `taskStageIds`: a query parameter.
    pub task_stage_ids: Option<String>,
}
impl SeachTaskStageRequest {
    /// An empty `SeachTaskStageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `query`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Sets `taskListId`.
    pub fn task_list_id(mut self, value: impl Into<String>) -> Self {
        self.task_list_id = Some(value.into());
        self
    }
    /// Sets `taskStageIds`.
    pub fn task_stage_ids(mut self, value: impl Into<String>) -> Self {
        self.task_stage_ids = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SeachTaskStageRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "query" => read_field(query), "taskListId" =>
    read_field(task_list_id), "taskStageIds" => read_field(task_stage_ids) }
}
impl rt::WriteRequest for SeachTaskStageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("query", &self.query);
        writer.query("taskListId", &self.task_list_id);
        writer.query("taskStageIds", &self.task_stage_ids);
    }
}
/// The request of [`Api::search_all_tasks_by_tql`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchAllTasksByTqlRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `tql`: a query parameter.
    pub tql: Option<String>,
}
impl SearchAllTasksByTqlRequest {
    /// An empty `SearchAllTasksByTqlRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `tql`.
    pub fn tql(mut self, value: impl Into<String>) -> Self {
        self.tql = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchAllTasksByTqlRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "tql" => read_field(tql) }
}
impl rt::WriteRequest for SearchAllTasksByTqlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("tql", &self.tql);
    }
}
/// The request of [`Api::search_oranization_customfield`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchOranizationCustomfieldRequest {
    /// `customFieldIds`: a query parameter.
    pub custom_field_ids: Option<String>,
    /// `instanceIds`: a query parameter.
    pub instance_ids: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `projectIds`: a query parameter.
    pub project_ids: Option<String>,
    /// `query`: a query parameter.
    pub query: Option<String>,
}
impl SearchOranizationCustomfieldRequest {
    /// An empty `SearchOranizationCustomfieldRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `customFieldIds`.
    pub fn custom_field_ids(mut self, value: impl Into<String>) -> Self {
        self.custom_field_ids = Some(value.into());
        self
    }
    /// Sets `instanceIds`.
    pub fn instance_ids(mut self, value: impl Into<String>) -> Self {
        self.instance_ids = Some(value.into());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `projectIds`.
    pub fn project_ids(mut self, value: impl Into<String>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `query`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchOranizationCustomfieldRequest { "customFieldIds" =>
    read_field(custom_field_ids), "instanceIds" => read_field(instance_ids), "maxResults"
    => read_field(max_results), "nextToken" => read_field(next_token), "projectIds" =>
    read_field(project_ids), "query" => read_field(query) }
}
impl rt::WriteRequest for SearchOranizationCustomfieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("customFieldIds", &self.custom_field_ids);
        writer.query("instanceIds", &self.instance_ids);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("projectIds", &self.project_ids);
        writer.query("query", &self.query);
    }
}
/// The request of [`Api::search_project_customfield`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchProjectCustomfieldRequest {
    /// `customFieldIds`: a query parameter.
    pub custom_field_ids: Option<String>,
    /// `instanceIds`: a query parameter.
    pub instance_ids: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `query`: a query parameter.
    pub query: Option<String>,
    /// `scenarioFieldConfigId`: a query parameter.
    pub scenario_field_config_id: Option<String>,
}
impl SearchProjectCustomfieldRequest {
    /// An empty `SearchProjectCustomfieldRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `customFieldIds`.
    pub fn custom_field_ids(mut self, value: impl Into<String>) -> Self {
        self.custom_field_ids = Some(value.into());
        self
    }
    /// Sets `instanceIds`.
    pub fn instance_ids(mut self, value: impl Into<String>) -> Self {
        self.instance_ids = Some(value.into());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `query`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Sets `scenarioFieldConfigId`.
    pub fn scenario_field_config_id(mut self, value: impl Into<String>) -> Self {
        self.scenario_field_config_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchProjectCustomfieldRequest { "customFieldIds" => read_field(custom_field_ids),
    "instanceIds" => read_field(instance_ids), "maxResults" => read_field(max_results),
    "nextToken" => read_field(next_token), "query" => read_field(query),
    "scenarioFieldConfigId" => read_field(scenario_field_config_id) }
}
impl rt::WriteRequest for SearchProjectCustomfieldRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("customFieldIds", &self.custom_field_ids);
        writer.query("instanceIds", &self.instance_ids);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("query", &self.query);
        writer.query("scenarioFieldConfigId", &self.scenario_field_config_id);
    }
}
/// The request of [`Api::search_project_template`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchProjectTemplateRequest {
    /// `keyword`: a query parameter.
    pub keyword: Option<String>,
}
impl SearchProjectTemplateRequest {
    /// An empty `SearchProjectTemplateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchProjectTemplateRequest { "keyword" => read_field(keyword) }
}
impl rt::WriteRequest for SearchProjectTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("keyword", &self.keyword);
    }
}
/// The request of [`Api::search_task_flow`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchTaskFlowRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `query`: a query parameter.
    pub query: Option<String>,
    /// `taskflowIds`: a query parameter.
    pub taskflow_ids: Option<String>,
}
impl SearchTaskFlowRequest {
    /// An empty `SearchTaskFlowRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `query`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Sets `taskflowIds`.
    pub fn taskflow_ids(mut self, value: impl Into<String>) -> Self {
        self.taskflow_ids = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchTaskFlowRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "query" => read_field(query), "taskflowIds" =>
    read_field(taskflow_ids) }
}
impl rt::WriteRequest for SearchTaskFlowRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("query", &self.query);
        writer.query("taskflowIds", &self.taskflow_ids);
    }
}
/// The request of [`Api::search_task_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchTaskListRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `query`: a query parameter.
    pub query: Option<String>,
    /// `taskListIds`: a query parameter.
    pub task_list_ids: Option<String>,
}
impl SearchTaskListRequest {
    /// An empty `SearchTaskListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `query`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Sets `taskListIds`.
    pub fn task_list_ids(mut self, value: impl Into<String>) -> Self {
        self.task_list_ids = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchTaskListRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "query" => read_field(query), "taskListIds" =>
    read_field(task_list_ids) }
}
impl rt::WriteRequest for SearchTaskListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("query", &self.query);
        writer.query("taskListIds", &self.task_list_ids);
    }
}
/// The request of [`Api::search_taskflow_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchTaskflowStatusRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `query`: a query parameter.
    pub query: Option<String>,
    /// `tfIds`: a query parameter.
    pub tf_ids: Option<String>,
    /// `tfsIds`: a query parameter.
    pub tfs_ids: Option<String>,
}
impl SearchTaskflowStatusRequest {
    /// An empty `SearchTaskflowStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `query`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Sets `tfIds`.
    pub fn tf_ids(mut self, value: impl Into<String>) -> Self {
        self.tf_ids = Some(value.into());
        self
    }
    /// Sets `tfsIds`.
    pub fn tfs_ids(mut self, value: impl Into<String>) -> Self {
        self.tfs_ids = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchTaskflowStatusRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "query" => read_field(query), "tfIds" => read_field(tf_ids),
    "tfsIds" => read_field(tfs_ids) }
}
impl rt::WriteRequest for SearchTaskflowStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("query", &self.query);
        writer.query("tfIds", &self.tf_ids);
        writer.query("tfsIds", &self.tfs_ids);
    }
}
/// The request of [`Api::search_user_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchUserTaskRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `roleTypes`: a query parameter.
    pub role_types: String,
    /// `tql`: a query parameter.
    pub tql: Option<String>,
}
/// The required fields of [`SearchUserTaskRequest`], each named where it is set: `SearchUserTaskRequest::new(SearchUserTaskRequired { .. })`.
pub struct SearchUserTaskRequired {
    /// `roleTypes`: see [`SearchUserTaskRequest::role_types`].
    pub role_types: String,
}
impl SearchUserTaskRequest {
    /// A `SearchUserTaskRequest` with its required fields (`roleTypes`); set the others with the methods named after them.
    pub fn new(required: SearchUserTaskRequired) -> Self {
        let SearchUserTaskRequired { role_types } = required;
        Self {
            max_results: None,
            next_token: None,
            role_types,
            tql: None,
        }
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `tql`.
    pub fn tql(mut self, value: impl Into<String>) -> Self {
        self.tql = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchUserTaskRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "roleTypes" => read_field(role_types), "tql" =>
    read_field(tql) }
}
impl rt::WriteRequest for SearchUserTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("roleTypes", &self.role_types);
        writer.query("tql", &self.tql);
    }
}
/// The request of [`Api::update_customfield_value`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateCustomfieldValueRequest {
    /// `customFieldId`.
    pub custom_field_id: Option<String>,
    /// `customFieldName`.
    pub custom_field_name: String,
    /// `value`.
    pub value: Option<Vec<UpdateCustomfieldValueRequestValue>>,
}
/// The required fields of [`UpdateCustomfieldValueRequest`], each named where it is set: `UpdateCustomfieldValueRequest::new(UpdateCustomfieldValueRequired { .. })`.
pub struct UpdateCustomfieldValueRequired {
    /// `customFieldName`: see [`UpdateCustomfieldValueRequest::custom_field_name`].
    pub custom_field_name: String,
}
impl UpdateCustomfieldValueRequest {
    /// A `UpdateCustomfieldValueRequest` with its required fields (`customFieldName`); set the others with the methods named after them.
    pub fn new(required: UpdateCustomfieldValueRequired) -> Self {
        let UpdateCustomfieldValueRequired { custom_field_name } = required;
        Self {
            custom_field_id: None,
            custom_field_name,
            value: None,
        }
    }
    /// Sets `customFieldId`.
    pub fn custom_field_id(mut self, value: impl Into<String>) -> Self {
        self.custom_field_id = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(
        mut self,
        value: impl IntoIterator<Item = UpdateCustomfieldValueRequestValue>,
    ) -> Self {
        self.value = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    UpdateCustomfieldValueRequest { "customFieldId" => optional(custom_field_id),
    "customFieldName" => field(custom_field_name), "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCustomfieldValueRequest { "customFieldId" => read_field(custom_field_id),
    "customFieldName" => read_field(custom_field_name), "value" => read_field(value) }
}
impl rt::WriteRequest for UpdateCustomfieldValueRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_organization_task_content`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateOrganizationTaskContentRequest {
    /// `content`.
    pub content: String,
    /// `disableActivity`.
    pub disable_activity: Option<bool>,
    /// `disableNotification`.
    pub disable_notification: Option<bool>,
}
/// The required fields of [`UpdateOrganizationTaskContentRequest`], each named where it is set: `UpdateOrganizationTaskContentRequest::new(UpdateOrganizationTaskContentRequired { .. })`.
pub struct UpdateOrganizationTaskContentRequired {
    /// `content`: see [`UpdateOrganizationTaskContentRequest::content`].
    pub content: String,
}
impl UpdateOrganizationTaskContentRequest {
    /// A `UpdateOrganizationTaskContentRequest` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(required: UpdateOrganizationTaskContentRequired) -> Self {
        let UpdateOrganizationTaskContentRequired { content } = required;
        Self {
            content,
            disable_activity: None,
            disable_notification: None,
        }
    }
    /// Sets `disableActivity`.
    pub fn disable_activity(mut self, value: bool) -> Self {
        self.disable_activity = Some(value);
        self
    }
    /// Sets `disableNotification`.
    pub fn disable_notification(mut self, value: bool) -> Self {
        self.disable_notification = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateOrganizationTaskContentRequest { "content" => field(content), "disableActivity"
    => optional(disable_activity), "disableNotification" =>
    optional(disable_notification) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateOrganizationTaskContentRequest { "content" => read_field(content),
    "disableActivity" => read_field(disable_activity), "disableNotification" =>
    read_field(disable_notification) }
}
impl rt::WriteRequest for UpdateOrganizationTaskContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_organization_task_due_date`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateOrganizationTaskDueDateRequest {
    /// `disableActivity`.
    pub disable_activity: Option<bool>,
    /// `disableNotification`.
    pub disable_notification: Option<bool>,
    /// `dueDate`.
    pub due_date: String,
}
/// The required fields of [`UpdateOrganizationTaskDueDateRequest`], each named where it is set: `UpdateOrganizationTaskDueDateRequest::new(UpdateOrganizationTaskDueDateRequired { .. })`.
pub struct UpdateOrganizationTaskDueDateRequired {
    /// `dueDate`: see [`UpdateOrganizationTaskDueDateRequest::due_date`].
    pub due_date: String,
}
impl UpdateOrganizationTaskDueDateRequest {
    /// A `UpdateOrganizationTaskDueDateRequest` with its required fields (`dueDate`); set the others with the methods named after them.
    pub fn new(required: UpdateOrganizationTaskDueDateRequired) -> Self {
        let UpdateOrganizationTaskDueDateRequired { due_date } = required;
        Self {
            disable_activity: None,
            disable_notification: None,
            due_date,
        }
    }
    /// Sets `disableActivity`.
    pub fn disable_activity(mut self, value: bool) -> Self {
        self.disable_activity = Some(value);
        self
    }
    /// Sets `disableNotification`.
    pub fn disable_notification(mut self, value: bool) -> Self {
        self.disable_notification = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateOrganizationTaskDueDateRequest { "disableActivity" =>
    optional(disable_activity), "disableNotification" => optional(disable_notification),
    "dueDate" => field(due_date) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateOrganizationTaskDueDateRequest { "disableActivity" =>
    read_field(disable_activity), "disableNotification" =>
    read_field(disable_notification), "dueDate" => read_field(due_date) }
}
impl rt::WriteRequest for UpdateOrganizationTaskDueDateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_organization_task_executor`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateOrganizationTaskExecutorRequest {
    /// `disableActivity`.
    pub disable_activity: Option<bool>,
    /// `disableNotification`.
    pub disable_notification: Option<bool>,
    /// `executorId`.
    pub executor_id: String,
}
/// The required fields of [`UpdateOrganizationTaskExecutorRequest`], each named where it is set: `UpdateOrganizationTaskExecutorRequest::new(UpdateOrganizationTaskExecutorRequired { .. })`.
pub struct UpdateOrganizationTaskExecutorRequired {
    /// `executorId`: see [`UpdateOrganizationTaskExecutorRequest::executor_id`].
    pub executor_id: String,
}
impl UpdateOrganizationTaskExecutorRequest {
    /// A `UpdateOrganizationTaskExecutorRequest` with its required fields (`executorId`); set the others with the methods named after them.
    pub fn new(required: UpdateOrganizationTaskExecutorRequired) -> Self {
        let UpdateOrganizationTaskExecutorRequired { executor_id } = required;
        Self {
            disable_activity: None,
            disable_notification: None,
            executor_id,
        }
    }
    /// Sets `disableActivity`.
    pub fn disable_activity(mut self, value: bool) -> Self {
        self.disable_activity = Some(value);
        self
    }
    /// Sets `disableNotification`.
    pub fn disable_notification(mut self, value: bool) -> Self {
        self.disable_notification = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateOrganizationTaskExecutorRequest { "disableActivity" =>
    optional(disable_activity), "disableNotification" => optional(disable_notification),
    "executorId" => field(executor_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateOrganizationTaskExecutorRequest { "disableActivity" =>
    read_field(disable_activity), "disableNotification" =>
    read_field(disable_notification), "executorId" => read_field(executor_id) }
}
impl rt::WriteRequest for UpdateOrganizationTaskExecutorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_organization_task_involve_members`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskInvolveMembersRequest {
    /// `addInvolvers`.
    pub add_involvers: Option<Vec<String>>,
    /// `delInvolvers`.
    pub del_involvers: Option<Vec<String>>,
    /// `disableActivity`.
    pub disable_activity: Option<bool>,
    /// `disableNotification`.
    pub disable_notification: Option<bool>,
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
}
impl UpdateOrganizationTaskInvolveMembersRequest {
    /// An empty `UpdateOrganizationTaskInvolveMembersRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `addInvolvers`.
    pub fn add_involvers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_involvers = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `delInvolvers`.
    pub fn del_involvers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.del_involvers = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `disableActivity`.
    pub fn disable_activity(mut self, value: bool) -> Self {
        self.disable_activity = Some(value);
        self
    }
    /// Sets `disableNotification`.
    pub fn disable_notification(mut self, value: bool) -> Self {
        self.disable_notification = Some(value);
        self
    }
    /// Sets `involveMembers`.
    pub fn involve_members(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.involve_members = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    UpdateOrganizationTaskInvolveMembersRequest { "addInvolvers" =>
    optional(add_involvers), "delInvolvers" => optional(del_involvers), "disableActivity"
    => optional(disable_activity), "disableNotification" =>
    optional(disable_notification), "involveMembers" => optional(involve_members) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateOrganizationTaskInvolveMembersRequest { "addInvolvers" =>
    read_field(add_involvers), "delInvolvers" => read_field(del_involvers),
    "disableActivity" => read_field(disable_activity), "disableNotification" =>
    read_field(disable_notification), "involveMembers" => read_field(involve_members) }
}
impl rt::WriteRequest for UpdateOrganizationTaskInvolveMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_organization_task_note`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateOrganizationTaskNoteRequest {
    /// `disableActivity`.
    pub disable_activity: Option<bool>,
    /// `disableNotification`.
    pub disable_notification: Option<bool>,
    /// `note`.
    pub note: String,
}
/// The required fields of [`UpdateOrganizationTaskNoteRequest`], each named where it is set: `UpdateOrganizationTaskNoteRequest::new(UpdateOrganizationTaskNoteRequired { .. })`.
pub struct UpdateOrganizationTaskNoteRequired {
    /// `note`: see [`UpdateOrganizationTaskNoteRequest::note`].
    pub note: String,
}
impl UpdateOrganizationTaskNoteRequest {
    /// A `UpdateOrganizationTaskNoteRequest` with its required fields (`note`); set the others with the methods named after them.
    pub fn new(required: UpdateOrganizationTaskNoteRequired) -> Self {
        let UpdateOrganizationTaskNoteRequired { note } = required;
        Self {
            disable_activity: None,
            disable_notification: None,
            note,
        }
    }
    /// Sets `disableActivity`.
    pub fn disable_activity(mut self, value: bool) -> Self {
        self.disable_activity = Some(value);
        self
    }
    /// Sets `disableNotification`.
    pub fn disable_notification(mut self, value: bool) -> Self {
        self.disable_notification = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateOrganizationTaskNoteRequest { "disableActivity" => optional(disable_activity),
    "disableNotification" => optional(disable_notification), "note" => field(note) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateOrganizationTaskNoteRequest { "disableActivity" =>
    read_field(disable_activity), "disableNotification" =>
    read_field(disable_notification), "note" => read_field(note) }
}
impl rt::WriteRequest for UpdateOrganizationTaskNoteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_organization_task_priority`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateOrganizationTaskPriorityRequest {
    /// `disableActivity`.
    pub disable_activity: Option<bool>,
    /// `disableNotification`.
    pub disable_notification: Option<bool>,
    /// `priority`.
    pub priority: i64,
}
/// The required fields of [`UpdateOrganizationTaskPriorityRequest`], each named where it is set: `UpdateOrganizationTaskPriorityRequest::new(UpdateOrganizationTaskPriorityRequired { .. })`.
pub struct UpdateOrganizationTaskPriorityRequired {
    /// `priority`: see [`UpdateOrganizationTaskPriorityRequest::priority`].
    pub priority: i64,
}
impl UpdateOrganizationTaskPriorityRequest {
    /// A `UpdateOrganizationTaskPriorityRequest` with its required fields (`priority`); set the others with the methods named after them.
    pub fn new(required: UpdateOrganizationTaskPriorityRequired) -> Self {
        let UpdateOrganizationTaskPriorityRequired { priority } = required;
        Self {
            disable_activity: None,
            disable_notification: None,
            priority,
        }
    }
    /// Sets `disableActivity`.
    pub fn disable_activity(mut self, value: bool) -> Self {
        self.disable_activity = Some(value);
        self
    }
    /// Sets `disableNotification`.
    pub fn disable_notification(mut self, value: bool) -> Self {
        self.disable_notification = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateOrganizationTaskPriorityRequest { "disableActivity" =>
    optional(disable_activity), "disableNotification" => optional(disable_notification),
    "priority" => field(priority) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateOrganizationTaskPriorityRequest { "disableActivity" =>
    read_field(disable_activity), "disableNotification" =>
    read_field(disable_notification), "priority" => read_field(priority) }
}
impl rt::WriteRequest for UpdateOrganizationTaskPriorityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_organization_task_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateOrganizationTaskStatusRequest {
    /// `disableActivity`.
    pub disable_activity: Option<bool>,
    /// `disableNotification`.
    pub disable_notification: Option<bool>,
    /// `isDone`.
    pub is_done: bool,
}
/// The required fields of [`UpdateOrganizationTaskStatusRequest`], each named where it is set: `UpdateOrganizationTaskStatusRequest::new(UpdateOrganizationTaskStatusRequired { .. })`.
pub struct UpdateOrganizationTaskStatusRequired {
    /// `isDone`: see [`UpdateOrganizationTaskStatusRequest::is_done`].
    pub is_done: bool,
}
impl UpdateOrganizationTaskStatusRequest {
    /// A `UpdateOrganizationTaskStatusRequest` with its required fields (`isDone`); set the others with the methods named after them.
    pub fn new(required: UpdateOrganizationTaskStatusRequired) -> Self {
        let UpdateOrganizationTaskStatusRequired { is_done } = required;
        Self {
            disable_activity: None,
            disable_notification: None,
            is_done,
        }
    }
    /// Sets `disableActivity`.
    pub fn disable_activity(mut self, value: bool) -> Self {
        self.disable_activity = Some(value);
        self
    }
    /// Sets `disableNotification`.
    pub fn disable_notification(mut self, value: bool) -> Self {
        self.disable_notification = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateOrganizationTaskStatusRequest { "disableActivity" =>
    optional(disable_activity), "disableNotification" => optional(disable_notification),
    "isDone" => field(is_done) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateOrganizationTaskStatusRequest { "disableActivity" =>
    read_field(disable_activity), "disableNotification" =>
    read_field(disable_notification), "isDone" => read_field(is_done) }
}
impl rt::WriteRequest for UpdateOrganizationTaskStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_project_group`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateProjectGroupRequest {
    /// `addProjectGroupIds`.
    pub add_project_group_ids: Option<Vec<String>>,
    /// `delProjectGroupIds`.
    pub del_project_group_ids: Option<Vec<String>>,
}
impl UpdateProjectGroupRequest {
    /// An empty `UpdateProjectGroupRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `addProjectGroupIds`.
    pub fn add_project_group_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_project_group_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `delProjectGroupIds`.
    pub fn del_project_group_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.del_project_group_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    UpdateProjectGroupRequest { "addProjectGroupIds" => optional(add_project_group_ids),
    "delProjectGroupIds" => optional(del_project_group_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateProjectGroupRequest { "addProjectGroupIds" =>
    read_field(add_project_group_ids), "delProjectGroupIds" =>
    read_field(del_project_group_ids) }
}
impl rt::WriteRequest for UpdateProjectGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_task_content`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskContentRequest {
    /// `content`.
    pub content: Option<String>,
}
impl UpdateTaskContentRequest {
    /// An empty `UpdateTaskContentRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateTaskContentRequest { "content" => optional(content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTaskContentRequest { "content" => read_field(content) }
}
impl rt::WriteRequest for UpdateTaskContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_task_due_date`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskDueDateRequest {
    /// `dueDate`.
    pub due_date: Option<String>,
}
impl UpdateTaskDueDateRequest {
    /// An empty `UpdateTaskDueDateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dueDate`.
    pub fn due_date(mut self, value: impl Into<String>) -> Self {
        self.due_date = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateTaskDueDateRequest { "dueDate" => optional(due_date) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTaskDueDateRequest { "dueDate" => read_field(due_date) }
}
impl rt::WriteRequest for UpdateTaskDueDateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_task_executor`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskExecutorRequest {
    /// `executorId`.
    pub executor_id: Option<String>,
}
impl UpdateTaskExecutorRequest {
    /// An empty `UpdateTaskExecutorRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `executorId`.
    pub fn executor_id(mut self, value: impl Into<String>) -> Self {
        self.executor_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateTaskExecutorRequest { "executorId" => optional(executor_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTaskExecutorRequest { "executorId" => read_field(executor_id) }
}
impl rt::WriteRequest for UpdateTaskExecutorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_task_involvemembers`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskInvolvemembersRequest {
    /// `addInvolvers`.
    pub add_involvers: Option<Vec<String>>,
    /// `delInvolvers`.
    pub del_involvers: Option<Vec<String>>,
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
}
impl UpdateTaskInvolvemembersRequest {
    /// An empty `UpdateTaskInvolvemembersRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `addInvolvers`.
    pub fn add_involvers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_involvers = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `delInvolvers`.
    pub fn del_involvers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.del_involvers = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `involveMembers`.
    pub fn involve_members(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.involve_members = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    UpdateTaskInvolvemembersRequest { "addInvolvers" => optional(add_involvers),
    "delInvolvers" => optional(del_involvers), "involveMembers" =>
    optional(involve_members) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTaskInvolvemembersRequest { "addInvolvers" => read_field(add_involvers),
    "delInvolvers" => read_field(del_involvers), "involveMembers" =>
    read_field(involve_members) }
}
impl rt::WriteRequest for UpdateTaskInvolvemembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_task_note`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskNoteRequest {
    /// `note`.
    pub note: Option<String>,
}
impl UpdateTaskNoteRequest {
    /// An empty `UpdateTaskNoteRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `note`.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.note = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateTaskNoteRequest { "note" => optional(note) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTaskNoteRequest { "note" => read_field(note) }
}
impl rt::WriteRequest for UpdateTaskNoteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_task_priority`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskPriorityRequest {
    /// `priority`.
    pub priority: Option<i64>,
}
impl UpdateTaskPriorityRequest {
    /// An empty `UpdateTaskPriorityRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `priority`.
    pub fn priority(mut self, value: i64) -> Self {
        self.priority = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateTaskPriorityRequest { "priority" => optional(priority) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTaskPriorityRequest { "priority" => read_field(priority) }
}
impl rt::WriteRequest for UpdateTaskPriorityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_task_stage`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskStageRequest {
    /// `taskStageId`.
    pub task_stage_id: Option<String>,
}
impl UpdateTaskStageRequest {
    /// An empty `UpdateTaskStageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskStageId`.
    pub fn task_stage_id(mut self, value: impl Into<String>) -> Self {
        self.task_stage_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateTaskStageRequest { "taskStageId" => optional(task_stage_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTaskStageRequest { "taskStageId" => read_field(task_stage_id) }
}
impl rt::WriteRequest for UpdateTaskStageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_task_startdate`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskStartdateRequest {
    /// `startDate`.
    pub start_date: Option<String>,
}
impl UpdateTaskStartdateRequest {
    /// An empty `UpdateTaskStartdateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `startDate`.
    pub fn start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateTaskStartdateRequest { "startDate" => optional(start_date) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTaskStartdateRequest { "startDate" => read_field(start_date) }
}
impl rt::WriteRequest for UpdateTaskStartdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_task_taskflowstatus`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskTaskflowstatusRequest {
    /// `taskflowStatusId`.
    pub taskflow_status_id: Option<String>,
    /// `taskflowStatusUpdateNote`.
    pub taskflow_status_update_note: Option<String>,
}
impl UpdateTaskTaskflowstatusRequest {
    /// An empty `UpdateTaskTaskflowstatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskflowStatusId`.
    pub fn taskflow_status_id(mut self, value: impl Into<String>) -> Self {
        self.taskflow_status_id = Some(value.into());
        self
    }
    /// Sets `taskflowStatusUpdateNote`.
    pub fn taskflow_status_update_note(mut self, value: impl Into<String>) -> Self {
        self.taskflow_status_update_note = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateTaskTaskflowstatusRequest { "taskflowStatusId" => optional(taskflow_status_id),
    "taskflowStatusUpdateNote" => optional(taskflow_status_update_note) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateTaskTaskflowstatusRequest { "taskflowStatusId" =>
    read_field(taskflow_status_id), "taskflowStatusUpdateNote" =>
    read_field(taskflow_status_update_note) }
}
impl rt::WriteRequest for UpdateTaskTaskflowstatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_work_time_approve`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateWorkTimeApproveRequest {
    /// `finishTime`.
    pub finish_time: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `submitTime`.
    pub submit_time: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl UpdateWorkTimeApproveRequest {
    /// An empty `UpdateWorkTimeApproveRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `finishTime`.
    pub fn finish_time(mut self, value: impl Into<String>) -> Self {
        self.finish_time = Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `submitTime`.
    pub fn submit_time(mut self, value: impl Into<String>) -> Self {
        self.submit_time = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateWorkTimeApproveRequest { "finishTime" => optional(finish_time), "instanceId" =>
    optional(instance_id), "status" => optional(status), "submitTime" =>
    optional(submit_time), "title" => optional(title), "url" => optional(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateWorkTimeApproveRequest { "finishTime" => read_field(finish_time), "instanceId"
    => read_field(instance_id), "status" => read_field(status), "submitTime" =>
    read_field(submit_time), "title" => read_field(title), "url" => read_field(url) }
}
impl rt::WriteRequest for UpdateWorkTimeApproveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_project_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddProjectMemberError = rt::ServiceError;
/// An error reply of [`Api::archive_project`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ArchiveProjectError = rt::ServiceError;
/// An error reply of [`Api::archive_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ArchiveTaskError = rt::ServiceError;
/// An error reply of [`Api::create_organization_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateOrganizationTaskError = rt::ServiceError;
/// An error reply of [`Api::create_plan_time`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreatePlanTimeError = rt::ServiceError;
/// An error reply of [`Api::create_project`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateProjectError = rt::ServiceError;
/// An error reply of [`Api::create_project_by_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateProjectByTemplateError = rt::ServiceError;
/// An error reply of [`Api::create_project_customfield_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateProjectCustomfieldStatusError = rt::ServiceError;
/// An error reply of [`Api::create_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTaskError = rt::ServiceError;
/// An error reply of [`Api::create_task_object_link`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTaskObjectLinkError = rt::ServiceError;
/// An error reply of [`Api::create_work_time`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateWorkTimeError = rt::ServiceError;
/// An error reply of [`Api::create_work_time_approve`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateWorkTimeApproveError = rt::ServiceError;
/// An error reply of [`Api::delete_project_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteProjectMemberError = rt::ServiceError;
/// An error reply of [`Api::delete_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteTaskError = rt::ServiceError;
/// An error reply of [`Api::get_depts_by_org_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDeptsByOrgIdError = rt::ServiceError;
/// An error reply of [`Api::get_emps_by_org_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetEmpsByOrgIdError = rt::ServiceError;
/// An error reply of [`Api::get_organizatio_task_by_ids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOrganizatioTaskByIdsError = rt::ServiceError;
/// An error reply of [`Api::get_organization_priority_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOrganizationPriorityListError = rt::ServiceError;
/// An error reply of [`Api::get_organization_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetOrganizationTaskError = rt::ServiceError;
/// An error reply of [`Api::get_project_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProjectGroupError = rt::ServiceError;
/// An error reply of [`Api::get_project_memebers`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProjectMemebersError = rt::ServiceError;
/// An error reply of [`Api::get_project_status_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProjectStatusListError = rt::ServiceError;
/// An error reply of [`Api::get_task_by_ids`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTaskByIdsError = rt::ServiceError;
/// An error reply of [`Api::get_tb_org_id_by_ding_org_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTbOrgIdByDingOrgIdError = rt::ServiceError;
/// An error reply of [`Api::get_tb_project_gray`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTbProjectGrayError = rt::ServiceError;
/// An error reply of [`Api::get_tb_project_source`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTbProjectSourceError = rt::ServiceError;
/// An error reply of [`Api::get_tb_user_id_by_staff_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTbUserIdByStaffIdError = rt::ServiceError;
/// An error reply of [`Api::get_user_joined_project`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserJoinedProjectError = rt::ServiceError;
/// An error reply of [`Api::query_project`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryProjectError = rt::ServiceError;
/// An error reply of [`Api::query_task_of_project`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTaskOfProjectError = rt::ServiceError;
/// An error reply of [`Api::seach_task_stage`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SeachTaskStageError = rt::ServiceError;
/// An error reply of [`Api::search_all_tasks_by_tql`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchAllTasksByTqlError = rt::ServiceError;
/// An error reply of [`Api::search_oranization_customfield`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchOranizationCustomfieldError = rt::ServiceError;
/// An error reply of [`Api::search_project_customfield`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchProjectCustomfieldError = rt::ServiceError;
/// An error reply of [`Api::search_project_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchProjectTemplateError = rt::ServiceError;
/// An error reply of [`Api::search_task_flow`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchTaskFlowError = rt::ServiceError;
/// An error reply of [`Api::search_task_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchTaskListError = rt::ServiceError;
/// An error reply of [`Api::search_taskflow_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchTaskflowStatusError = rt::ServiceError;
/// An error reply of [`Api::search_user_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchUserTaskError = rt::ServiceError;
/// An error reply of [`Api::suspend_project`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SuspendProjectError = rt::ServiceError;
/// An error reply of [`Api::un_suspend_project`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UnSuspendProjectError = rt::ServiceError;
/// An error reply of [`Api::update_customfield_value`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateCustomfieldValueError = rt::ServiceError;
/// An error reply of [`Api::update_organization_task_content`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateOrganizationTaskContentError = rt::ServiceError;
/// An error reply of [`Api::update_organization_task_due_date`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateOrganizationTaskDueDateError = rt::ServiceError;
/// An error reply of [`Api::update_organization_task_executor`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateOrganizationTaskExecutorError = rt::ServiceError;
/// An error reply of [`Api::update_organization_task_involve_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateOrganizationTaskInvolveMembersError = rt::ServiceError;
/// An error reply of [`Api::update_organization_task_note`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateOrganizationTaskNoteError = rt::ServiceError;
/// An error reply of [`Api::update_organization_task_priority`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateOrganizationTaskPriorityError = rt::ServiceError;
/// An error reply of [`Api::update_organization_task_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateOrganizationTaskStatusError = rt::ServiceError;
/// An error reply of [`Api::update_project_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateProjectGroupError = rt::ServiceError;
/// An error reply of [`Api::update_task_content`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTaskContentError = rt::ServiceError;
/// An error reply of [`Api::update_task_due_date`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTaskDueDateError = rt::ServiceError;
/// An error reply of [`Api::update_task_executor`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTaskExecutorError = rt::ServiceError;
/// An error reply of [`Api::update_task_involvemembers`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTaskInvolvemembersError = rt::ServiceError;
/// An error reply of [`Api::update_task_note`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTaskNoteError = rt::ServiceError;
/// An error reply of [`Api::update_task_priority`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTaskPriorityError = rt::ServiceError;
/// An error reply of [`Api::update_task_stage`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTaskStageError = rt::ServiceError;
/// An error reply of [`Api::update_task_startdate`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTaskStartdateError = rt::ServiceError;
/// An error reply of [`Api::update_task_taskflowstatus`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateTaskTaskflowstatusError = rt::ServiceError;
/// An error reply of [`Api::update_work_time_approve`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateWorkTimeApproveError = rt::ServiceError;
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
        "AddProjectMember" => {
            rt::conformance::reply(
                    api
                        .add_project_member(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "ArchiveProject" => {
            rt::conformance::reply(
                    api.archive_project(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "ArchiveTask" => {
            rt::conformance::reply(
                    api.archive_task(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "CreateOrganizationTask" => {
            rt::conformance::reply(
                    api
                        .create_organization_task(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreatePlanTime" => {
            rt::conformance::reply(
                    api.create_plan_time(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreateProject" => {
            rt::conformance::reply(
                    api.create_project(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreateProjectByTemplate" => {
            rt::conformance::reply(
                    api
                        .create_project_by_template(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateProjectCustomfieldStatus" => {
            rt::conformance::reply(
                    api
                        .create_project_customfield_status(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateTask" => {
            rt::conformance::reply(
                    api.create_task(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreateTaskObjectLink" => {
            rt::conformance::reply(
                    api
                        .create_task_object_link(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateWorkTime" => {
            rt::conformance::reply(
                    api.create_work_time(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreateWorkTimeApprove" => {
            rt::conformance::reply(
                    api
                        .create_work_time_approve(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeleteProjectMember" => {
            rt::conformance::reply(
                    api
                        .delete_project_member(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "DeleteTask" => {
            rt::conformance::reply(
                    api.delete_task(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "GetDeptsByOrgId" => {
            rt::conformance::reply(api.get_depts_by_org_id(&inputs.request(false)?))
                .await
        }
        "GetEmpsByOrgId" => {
            rt::conformance::reply(api.get_emps_by_org_id(&inputs.request(false)?)).await
        }
        "GetOrganizatioTaskByIds" => {
            rt::conformance::reply(
                    api
                        .get_organizatio_task_by_ids(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetOrganizationPriorityList" => {
            rt::conformance::reply(
                    api.get_organization_priority_list(inputs.path(0usize)?),
                )
                .await
        }
        "GetOrganizationTask" => {
            rt::conformance::reply(
                    api.get_organization_task(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "GetProjectGroup" => {
            rt::conformance::reply(
                    api.get_project_group(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetProjectMemebers" => {
            rt::conformance::reply(
                    api
                        .get_project_memebers(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetProjectStatusList" => {
            rt::conformance::reply(
                    api
                        .get_project_status_list(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "GetTaskByIds" => {
            rt::conformance::reply(
                    api.get_task_by_ids(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetTbOrgIdByDingOrgId" => {
            rt::conformance::reply(
                    api.get_tb_org_id_by_ding_org_id(&inputs.request(false)?),
                )
                .await
        }
        "GetTbProjectGray" => {
            rt::conformance::reply(api.get_tb_project_gray(&inputs.request(true)?)).await
        }
        "GetTbProjectSource" => {
            rt::conformance::reply(api.get_tb_project_source(&inputs.request(false)?))
                .await
        }
        "GetTbUserIdByStaffId" => {
            rt::conformance::reply(
                    api.get_tb_user_id_by_staff_id(&inputs.request(false)?),
                )
                .await
        }
        "GetUserJoinedProject" => {
            rt::conformance::reply(
                    api
                        .get_user_joined_project(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryProject" => {
            rt::conformance::reply(
                    api.query_project(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "QueryTaskOfProject" => {
            rt::conformance::reply(
                    api
                        .query_task_of_project(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "SeachTaskStage" => {
            rt::conformance::reply(
                    api
                        .seach_task_stage(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "SearchAllTasksByTql" => {
            rt::conformance::reply(
                    api
                        .search_all_tasks_by_tql(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "SearchOranizationCustomfield" => {
            rt::conformance::reply(
                    api
                        .search_oranization_customfield(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "SearchProjectCustomfield" => {
            rt::conformance::reply(
                    api
                        .search_project_customfield(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "SearchProjectTemplate" => {
            rt::conformance::reply(
                    api
                        .search_project_template(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "SearchTaskFlow" => {
            rt::conformance::reply(
                    api
                        .search_task_flow(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "SearchTaskList" => {
            rt::conformance::reply(
                    api
                        .search_task_list(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "SearchTaskflowStatus" => {
            rt::conformance::reply(
                    api
                        .search_taskflow_status(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "SearchUserTask" => {
            rt::conformance::reply(
                    api.search_user_task(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "SuspendProject" => {
            rt::conformance::reply(
                    api.suspend_project(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "UnSuspendProject" => {
            rt::conformance::reply(
                    api.un_suspend_project(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "UpdateCustomfieldValue" => {
            rt::conformance::reply(
                    api
                        .update_customfield_value(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateOrganizationTaskContent" => {
            rt::conformance::reply(
                    api
                        .update_organization_task_content(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateOrganizationTaskDueDate" => {
            rt::conformance::reply(
                    api
                        .update_organization_task_due_date(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateOrganizationTaskExecutor" => {
            rt::conformance::reply(
                    api
                        .update_organization_task_executor(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateOrganizationTaskInvolveMembers" => {
            rt::conformance::reply(
                    api
                        .update_organization_task_involve_members(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateOrganizationTaskNote" => {
            rt::conformance::reply(
                    api
                        .update_organization_task_note(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateOrganizationTaskPriority" => {
            rt::conformance::reply(
                    api
                        .update_organization_task_priority(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateOrganizationTaskStatus" => {
            rt::conformance::reply(
                    api
                        .update_organization_task_status(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateProjectGroup" => {
            rt::conformance::reply(
                    api
                        .update_project_group(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateTaskContent" => {
            rt::conformance::reply(
                    api
                        .update_task_content(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateTaskDueDate" => {
            rt::conformance::reply(
                    api
                        .update_task_due_date(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateTaskExecutor" => {
            rt::conformance::reply(
                    api
                        .update_task_executor(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateTaskInvolvemembers" => {
            rt::conformance::reply(
                    api
                        .update_task_involvemembers(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateTaskNote" => {
            rt::conformance::reply(
                    api
                        .update_task_note(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateTaskPriority" => {
            rt::conformance::reply(
                    api
                        .update_task_priority(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateTaskStage" => {
            rt::conformance::reply(
                    api
                        .update_task_stage(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateTaskStartdate" => {
            rt::conformance::reply(
                    api
                        .update_task_startdate(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateTaskTaskflowstatus" => {
            rt::conformance::reply(
                    api
                        .update_task_taskflowstatus(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateWorkTimeApprove" => {
            rt::conformance::reply(
                    api
                        .update_work_time_approve(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
