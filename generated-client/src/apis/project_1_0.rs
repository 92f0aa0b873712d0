// @generated from api-spec/project_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.project_1_0()`. Generated from `api-spec/project_1_0.yaml`.
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
    /// `POST /v1.0/project/users/{user_id}/projects/{project_id}/members` (operation `AddProjectMember`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddProjectMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_project_member(
        &self,
        user_id: &str,
        project_id: &str,
        request: &AddProjectMemberRequest,
    ) -> rt::Call<AddProjectMemberResponseBody, AddProjectMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddProjectMember",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/projects/{project_id}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 项目放入回收站
    ///
    /// `POST /v1.0/project/users/{user_id}/projects/{project_id}/archive` (operation `ArchiveProject`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ArchiveProjectError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn archive_project(
        &self,
        user_id: &str,
        project_id: &str,
    ) -> rt::Call<ArchiveProjectResponseBody, ArchiveProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ArchiveProject",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/projects/{project_id}/archive",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], &())
    }
    /// 任务迁移至回收站
    ///
    /// `POST /v1.0/project/users/{user_id}/tasks/{task_id}/archive` (operation `ArchiveTask`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ArchiveTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn archive_task(
        &self,
        user_id: &str,
        task_id: &str,
    ) -> rt::Call<ArchiveTaskResponseBody, ArchiveTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ArchiveTask",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/tasks/{task_id}/archive",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], &())
    }
    /// 创建自由任务
    ///
    /// `POST /v1.0/project/organizations/users/{user_id}/tasks` (operation `CreateOrganizationTask`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateOrganizationTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_organization_task(
        &self,
        user_id: &str,
        request: &CreateOrganizationTaskRequest,
    ) -> rt::Call<CreateOrganizationTaskResponseBody, CreateOrganizationTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateOrganizationTask",
            rt::Method::Post,
            "/v1.0/project/organizations/users/{user_id}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 录入计划工时
    ///
    /// `POST /v1.0/project/users/{user_id}/planTimes` (operation `CreatePlanTime`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreatePlanTimeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_plan_time(
        &self,
        user_id: &str,
        request: &CreatePlanTimeRequest,
    ) -> rt::Call<CreatePlanTimeResponseBody, CreatePlanTimeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreatePlanTime",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/planTimes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建项目
    ///
    /// `POST /v1.0/project/users/{user_id}/projects` (operation `CreateProject`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateProjectError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_project(
        &self,
        user_id: &str,
        request: &CreateProjectRequest,
    ) -> rt::Call<CreateProjectResponseBody, CreateProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateProject",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/projects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 根据项目模板创建项目
    ///
    /// `POST /v1.0/project/users/{user_id}/templates/projects` (operation `CreateProjectByTemplate`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateProjectByTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_project_by_template(
        &self,
        user_id: &str,
        request: &CreateProjectByTemplateRequest,
    ) -> rt::Call<CreateProjectByTemplateResponseBody, CreateProjectByTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateProjectByTemplate",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/templates/projects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建或更新项目概览中自定义字段值
    ///
    /// `PUT /v1.0/project/users/{user_id}/projects/{project_id}/customfields` (operation `CreateProjectCustomfieldStatus`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateProjectCustomfieldStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/project/users/{user_id}/projects/{project_id}/customfields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 创建项目任务
    ///
    /// `POST /v1.0/project/users/{user_id}/tasks` (operation `CreateTask`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_task(
        &self,
        user_id: &str,
        request: &CreateTaskRequest,
    ) -> rt::Call<CreateTaskResponseBody, CreateTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTask",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建任务关联对象
    ///
    /// `POST /v1.0/project/users/{user_id}/tasks/{task_id}/objectLinks` (operation `CreateTaskObjectLink`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTaskObjectLinkError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_task_object_link(
        &self,
        user_id: &str,
        task_id: &str,
        request: &CreateTaskObjectLinkRequest,
    ) -> rt::Call<CreateTaskObjectLinkResponseBody, CreateTaskObjectLinkError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTaskObjectLink",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/tasks/{task_id}/objectLinks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 录入实际工时接口
    ///
    /// `POST /v1.0/project/users/{user_id}/workTimes` (operation `CreateWorkTime`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateWorkTimeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_work_time(
        &self,
        user_id: &str,
        request: &CreateWorkTimeRequest,
    ) -> rt::Call<CreateWorkTimeResponseBody, CreateWorkTimeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateWorkTime",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/workTimes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建实际工时审批对象。
    ///
    /// `POST /v1.0/project/users/{user_id}/workTimes/approvals` (operation `CreateWorkTimeApprove`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateWorkTimeApproveError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_work_time_approve(
        &self,
        user_id: &str,
        request: &CreateWorkTimeApproveRequest,
    ) -> rt::Call<CreateWorkTimeApproveResponseBody, CreateWorkTimeApproveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateWorkTimeApprove",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/workTimes/approvals",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 删除项目成员
    ///
    /// `POST /v1.0/project/users/{user_id}/projects/{project_id}/members/remove` (operation `DeleteProjectMember`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteProjectMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_project_member(
        &self,
        user_id: &str,
        project_id: &str,
        request: &DeleteProjectMemberRequest,
    ) -> rt::Call<DeleteProjectMemberResponseBody, DeleteProjectMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteProjectMember",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/projects/{project_id}/members/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 删除任务
    ///
    /// `DELETE /v1.0/project/users/{user_id}/tasks/{task_id}` (operation `DeleteTask`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_task(
        &self,
        user_id: &str,
        task_id: &str,
    ) -> rt::Call<DeleteTaskResponseBody, DeleteTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteTask",
            rt::Method::Delete,
            "/v1.0/project/users/{user_id}/tasks/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], &())
    }
    /// 根据企业Id获取部门
    ///
    /// `GET /v1.0/project/orgs/depts` (operation `GetDeptsByOrgId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDeptsByOrgIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/project/orgs/employees` (operation `GetEmpsByOrgId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetEmpsByOrgIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/project/organizations/users/{user_id}/tasks` (operation `GetOrganizatioTaskByIds`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOrganizatioTaskByIdsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_organizatio_task_by_ids(
        &self,
        user_id: &str,
        request: &GetOrganizatioTaskByIdsRequest,
    ) -> rt::Call<GetOrganizatioTaskByIdsResponseBody, GetOrganizatioTaskByIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOrganizatioTaskByIds",
            rt::Method::Get,
            "/v1.0/project/organizations/users/{user_id}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 获取企业优先级列表
    ///
    /// `GET /v1.0/project/organizations/users/{user_id}/priorities` (operation `GetOrganizationPriorityList`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOrganizationPriorityListError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/project/organizations/users/{user_id}/priorities",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 获取自由任务详情
    ///
    /// `GET /v1.0/project/organizations/users/{user_id}/tasks/{task_id}` (operation `GetOrganizationTask`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetOrganizationTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_organization_task(
        &self,
        user_id: &str,
        task_id: &str,
    ) -> rt::Call<GetOrganizationTaskResponseBody, GetOrganizationTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetOrganizationTask",
            rt::Method::Get,
            "/v1.0/project/organizations/users/{user_id}/tasks/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], &())
    }
    /// 查询可见的项目分组
    ///
    /// `GET /v1.0/project/organizations/users/{user_id}/groups` (operation `GetProjectGroup`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProjectGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_project_group(
        &self,
        user_id: &str,
        request: &GetProjectGroupRequest,
    ) -> rt::Call<GetProjectGroupResponseBody, GetProjectGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProjectGroup",
            rt::Method::Get,
            "/v1.0/project/organizations/users/{user_id}/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 获取项目成员
    ///
    /// `GET /v1.0/project/users/{user_id}/projects/{project_id}/members` (operation `GetProjectMemebers`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProjectMemebersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_project_memebers(
        &self,
        user_id: &str,
        project_id: &str,
        request: &GetProjectMemebersRequest,
    ) -> rt::Call<GetProjectMemebersResponseBody, GetProjectMemebersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProjectMemebers",
            rt::Method::Get,
            "/v1.0/project/users/{user_id}/projects/{project_id}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 查询项目状态
    ///
    /// `GET /v1.0/project/users/{user_id}/projects/{project_id}/statuses` (operation `GetProjectStatusList`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProjectStatusListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_project_status_list(
        &self,
        user_id: &str,
        project_id: &str,
    ) -> rt::Call<GetProjectStatusListResponseBody, GetProjectStatusListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProjectStatusList",
            rt::Method::Get,
            "/v1.0/project/users/{user_id}/projects/{project_id}/statuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], &())
    }
    /// 获取任务详情
    ///
    /// `GET /v1.0/project/users/{user_id}/tasks` (operation `GetTaskByIds`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTaskByIdsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_task_by_ids(
        &self,
        user_id: &str,
        request: &GetTaskByIdsRequest,
    ) -> rt::Call<GetTaskByIdsResponseBody, GetTaskByIdsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTaskByIds",
            rt::Method::Get,
            "/v1.0/project/users/{user_id}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 获取Teambition企业Id
    ///
    /// `GET /v1.0/project/teambition/organizations` (operation `GetTbOrgIdByDingOrgId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTbOrgIdByDingOrgIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/project/projects/gray` (operation `GetTbProjectGray`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTbProjectGrayError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/project/projects/source` (operation `GetTbProjectSource`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTbProjectSourceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/project/teambition/users` (operation `GetTbUserIdByStaffId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTbUserIdByStaffIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/project/users/{user_id}/joinProjects` (operation `GetUserJoinedProject`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserJoinedProjectError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_joined_project(
        &self,
        user_id: &str,
        request: &GetUserJoinedProjectRequest,
    ) -> rt::Call<GetUserJoinedProjectResponseBody, GetUserJoinedProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserJoinedProject",
            rt::Method::Get,
            "/v1.0/project/users/{user_id}/joinProjects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询项目
    ///
    /// `POST /v1.0/project/users/{user_id}/projects/query` (operation `QueryProject`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryProjectError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_project(
        &self,
        user_id: &str,
        request: &QueryProjectRequest,
    ) -> rt::Call<QueryProjectResponseBody, QueryProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryProject",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/projects/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询项目中的任务
    ///
    /// `GET /v1.0/project/users/{user_id}/projectIds/{project_id}/tasks` (operation `QueryTaskOfProject`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryTaskOfProjectError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_task_of_project(
        &self,
        user_id: &str,
        project_id: &str,
        request: &QueryTaskOfProjectRequest,
    ) -> rt::Call<QueryTaskOfProjectResponseBody, QueryTaskOfProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTaskOfProject",
            rt::Method::Get,
            "/v1.0/project/users/{user_id}/projectIds/{project_id}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 获取任务列表
    ///
    /// `POST /v1.0/project/users/{user_id}/projects/{project_id}/taskStages/search` (operation `SeachTaskStage`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SeachTaskStageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn seach_task_stage(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SeachTaskStageRequest,
    ) -> rt::Call<SeachTaskStageResponseBody, SeachTaskStageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SeachTaskStage",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/projects/{project_id}/taskStages/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 通过TQL搜索自由任务和项目任务ID。
    ///
    /// `POST /v1.0/project/users/{user_id}/tql/tasks/search` (operation `SearchAllTasksByTql`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchAllTasksByTqlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_all_tasks_by_tql(
        &self,
        user_id: &str,
        request: &SearchAllTasksByTqlRequest,
    ) -> rt::Call<SearchAllTasksByTqlResponseBody, SearchAllTasksByTqlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchAllTasksByTql",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/tql/tasks/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询企业自定义字段
    ///
    /// `POST /v1.0/project/organizations/users/{user_id}/customfields/search` (operation `SearchOranizationCustomfield`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchOranizationCustomfieldError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/project/organizations/users/{user_id}/customfields/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询项目自定义字段
    ///
    /// `POST /v1.0/project/users/{user_id}/projects/{project_id}/customfields/search` (operation `SearchProjectCustomfield`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchProjectCustomfieldError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_project_customfield(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SearchProjectCustomfieldRequest,
    ) -> rt::Call<SearchProjectCustomfieldResponseBody, SearchProjectCustomfieldError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchProjectCustomfield",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/projects/{project_id}/customfields/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 按项目模板名字搜索企业自定义模板
    ///
    /// `GET /v1.0/project/organizations/users/{user_id}/templates` (operation `SearchProjectTemplate`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchProjectTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_project_template(
        &self,
        user_id: &str,
        request: &SearchProjectTemplateRequest,
    ) -> rt::Call<SearchProjectTemplateResponseBody, SearchProjectTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchProjectTemplate",
            rt::Method::Get,
            "/v1.0/project/organizations/users/{user_id}/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询任务工作流
    ///
    /// `POST /v1.0/project/users/{user_id}/projects/{project_id}/taskflows/search` (operation `SearchTaskFlow`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchTaskFlowError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_task_flow(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SearchTaskFlowRequest,
    ) -> rt::Call<SearchTaskFlowResponseBody, SearchTaskFlowError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchTaskFlow",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/projects/{project_id}/taskflows/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 查询任务分组
    ///
    /// `POST /v1.0/project/users/{user_id}/projects/{project_id}/taskLists/search` (operation `SearchTaskList`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchTaskListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_task_list(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SearchTaskListRequest,
    ) -> rt::Call<SearchTaskListResponseBody, SearchTaskListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchTaskList",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/projects/{project_id}/taskLists/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 搜索任务工作流状态
    ///
    /// `GET /v1.0/project/users/{user_id}/projects/{project_id}/taskflowStatuses/search` (operation `SearchTaskflowStatus`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchTaskflowStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_taskflow_status(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SearchTaskflowStatusRequest,
    ) -> rt::Call<SearchTaskflowStatusResponseBody, SearchTaskflowStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchTaskflowStatus",
            rt::Method::Get,
            "/v1.0/project/users/{user_id}/projects/{project_id}/taskflowStatuses/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 查询用户任务列表
    ///
    /// `POST /v1.0/project/users/{user_id}/tasks/search` (operation `SearchUserTask`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchUserTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_user_task(
        &self,
        user_id: &str,
        request: &SearchUserTaskRequest,
    ) -> rt::Call<SearchUserTaskResponseBody, SearchUserTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchUserTask",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/tasks/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 归档项目
    ///
    /// `POST /v1.0/project/users/{user_id}/projects/{project_id}/suspend` (operation `SuspendProject`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SuspendProjectError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn suspend_project(
        &self,
        user_id: &str,
        project_id: &str,
    ) -> rt::Call<SuspendProjectResponseBody, SuspendProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SuspendProject",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/projects/{project_id}/suspend",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], &())
    }
    /// 恢复项目归档
    ///
    /// `POST /v1.0/project/users/{user_id}/projects/{project_id}/unsuspend` (operation `UnSuspendProject`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UnSuspendProjectError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn un_suspend_project(
        &self,
        user_id: &str,
        project_id: &str,
    ) -> rt::Call<UnSuspendProjectResponseBody, UnSuspendProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnSuspendProject",
            rt::Method::Post,
            "/v1.0/project/users/{user_id}/projects/{project_id}/unsuspend",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], &())
    }
    /// 更新任务自定义字段的值
    ///
    /// `PUT /v1.0/project/users/{user_id}/tasks/{task_id}/customFields` (operation `UpdateCustomfieldValue`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateCustomfieldValueError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_customfield_value(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateCustomfieldValueRequest,
    ) -> rt::Call<UpdateCustomfieldValueResponseBody, UpdateCustomfieldValueError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateCustomfieldValue",
            rt::Method::Put,
            "/v1.0/project/users/{user_id}/tasks/{task_id}/customFields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更改自由任务标题
    ///
    /// `PUT /v1.0/project/organizations/users/{user_id}/tasks/{task_id}/contents` (operation `UpdateOrganizationTaskContent`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateOrganizationTaskContentError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/project/organizations/users/{user_id}/tasks/{task_id}/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新自由任务截止时间
    ///
    /// `PUT /v1.0/project/organizations/users/{user_id}/tasks/{task_id}/dueDates` (operation `UpdateOrganizationTaskDueDate`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateOrganizationTaskDueDateError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/project/organizations/users/{user_id}/tasks/{task_id}/dueDates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更改自由任务执行者
    ///
    /// `PUT /v1.0/project/organizations/users/{user_id}/tasks/{task_id}/executors` (operation `UpdateOrganizationTaskExecutor`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateOrganizationTaskExecutorError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/project/organizations/users/{user_id}/tasks/{task_id}/executors",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新自由任务参与者
    ///
    /// `PUT /v1.0/project/organizations/users/{user_id}/tasks/{task_id}/involveMembers` (operation `UpdateOrganizationTaskInvolveMembers`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateOrganizationTaskInvolveMembersError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/project/organizations/users/{user_id}/tasks/{task_id}/involveMembers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更改自由任务备注
    ///
    /// `PUT /v1.0/project/organizations/users/{user_id}/tasks/{task_id}/notes` (operation `UpdateOrganizationTaskNote`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateOrganizationTaskNoteError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/project/organizations/users/{user_id}/tasks/{task_id}/notes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新自由任务优先级
    ///
    /// `PUT /v1.0/project/organizations/users/{user_id}/tasks/{task_id}/priorities` (operation `UpdateOrganizationTaskPriority`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateOrganizationTaskPriorityError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/project/organizations/users/{user_id}/tasks/{task_id}/priorities",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更改自由任务状态
    ///
    /// `PUT /v1.0/project/organizations/users/{user_id}/tasks/{task_id}/states` (operation `UpdateOrganizationTaskStatus`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateOrganizationTaskStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/project/organizations/users/{user_id}/tasks/{task_id}/states",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新项目的分组
    ///
    /// `PUT /v1.0/project/users/{user_id}/projects/{project_id}/groups` (operation `UpdateProjectGroup`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateProjectGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_project_group(
        &self,
        user_id: &str,
        project_id: &str,
        request: &UpdateProjectGroupRequest,
    ) -> rt::Call<UpdateProjectGroupResponseBody, UpdateProjectGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateProjectGroup",
            rt::Method::Put,
            "/v1.0/project/users/{user_id}/projects/{project_id}/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 更新任务标题
    ///
    /// `PUT /v1.0/project/users/{user_id}/tasks/{task_id}/contents` (operation `UpdateTaskContent`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTaskContentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_task_content(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskContentRequest,
    ) -> rt::Call<UpdateTaskContentResponseBody, UpdateTaskContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskContent",
            rt::Method::Put,
            "/v1.0/project/users/{user_id}/tasks/{task_id}/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务截止时间
    ///
    /// `PUT /v1.0/project/users/{user_id}/tasks/{task_id}/dueDates` (operation `UpdateTaskDueDate`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTaskDueDateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_task_due_date(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskDueDateRequest,
    ) -> rt::Call<UpdateTaskDueDateResponseBody, UpdateTaskDueDateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskDueDate",
            rt::Method::Put,
            "/v1.0/project/users/{user_id}/tasks/{task_id}/dueDates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务执行者
    ///
    /// `PUT /v1.0/project/users/{user_id}/tasks/{task_id}/executors` (operation `UpdateTaskExecutor`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTaskExecutorError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_task_executor(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskExecutorRequest,
    ) -> rt::Call<UpdateTaskExecutorResponseBody, UpdateTaskExecutorError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskExecutor",
            rt::Method::Put,
            "/v1.0/project/users/{user_id}/tasks/{task_id}/executors",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务参与者
    ///
    /// `PUT /v1.0/project/users/{user_id}/tasks/{task_id}/involveMembers` (operation `UpdateTaskInvolvemembers`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTaskInvolvemembersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_task_involvemembers(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskInvolvemembersRequest,
    ) -> rt::Call<UpdateTaskInvolvemembersResponseBody, UpdateTaskInvolvemembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskInvolvemembers",
            rt::Method::Put,
            "/v1.0/project/users/{user_id}/tasks/{task_id}/involveMembers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务备注
    ///
    /// `PUT /v1.0/project/users/{user_id}/tasks/{task_id}/notes` (operation `UpdateTaskNote`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTaskNoteError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_task_note(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskNoteRequest,
    ) -> rt::Call<UpdateTaskNoteResponseBody, UpdateTaskNoteError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskNote",
            rt::Method::Put,
            "/v1.0/project/users/{user_id}/tasks/{task_id}/notes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务优先级
    ///
    /// `PUT /v1.0/project/users/{user_id}/tasks/{task_id}/priorities` (operation `UpdateTaskPriority`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTaskPriorityError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_task_priority(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskPriorityRequest,
    ) -> rt::Call<UpdateTaskPriorityResponseBody, UpdateTaskPriorityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskPriority",
            rt::Method::Put,
            "/v1.0/project/users/{user_id}/tasks/{task_id}/priorities",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务列表
    ///
    /// `PUT /v1.0/project/users/{user_id}/tasks/{task_id}/stages` (operation `UpdateTaskStage`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTaskStageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_task_stage(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskStageRequest,
    ) -> rt::Call<UpdateTaskStageResponseBody, UpdateTaskStageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskStage",
            rt::Method::Put,
            "/v1.0/project/users/{user_id}/tasks/{task_id}/stages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务开始时间
    ///
    /// `PUT /v1.0/project/users/{user_id}/tasks/{task_id}/startDates` (operation `UpdateTaskStartdate`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTaskStartdateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_task_startdate(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskStartdateRequest,
    ) -> rt::Call<UpdateTaskStartdateResponseBody, UpdateTaskStartdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskStartdate",
            rt::Method::Put,
            "/v1.0/project/users/{user_id}/tasks/{task_id}/startDates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新任务工作流状态
    ///
    /// `PUT /v1.0/project/users/{user_id}/tasks/{task_id}/taskflowStatuses` (operation `UpdateTaskTaskflowstatus`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateTaskTaskflowstatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_task_taskflowstatus(
        &self,
        user_id: &str,
        task_id: &str,
        request: &UpdateTaskTaskflowstatusRequest,
    ) -> rt::Call<UpdateTaskTaskflowstatusResponseBody, UpdateTaskTaskflowstatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateTaskTaskflowstatus",
            rt::Method::Put,
            "/v1.0/project/users/{user_id}/tasks/{task_id}/taskflowStatuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, task_id], request)
    }
    /// 更新工时审批对象
    ///
    /// `PUT /v1.0/project/users/{user_id}/workTimes/approvals/{approve_open_id}` (operation `UpdateWorkTimeApprove`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `approve_open_id` (`approve_open_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateWorkTimeApproveError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_work_time_approve(
        &self,
        user_id: &str,
        approve_open_id: &str,
        request: &UpdateWorkTimeApproveRequest,
    ) -> rt::Call<UpdateWorkTimeApproveResponseBody, UpdateWorkTimeApproveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateWorkTimeApprove",
            rt::Method::Put,
            "/v1.0/project/users/{user_id}/workTimes/approvals/{approve_open_id}",
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddProjectMemberResponseBody {
    /// `result`.
    pub result: Option<Vec<AddProjectMemberResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for AddProjectMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddProjectMemberResponseBody {
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
impl rt::serde::Serialize for AddProjectMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ArchiveProjectResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ArchiveProjectResponseBody {
    /// `result`.
    pub result: Option<ArchiveProjectResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for ArchiveProjectResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ArchiveProjectResponseBody {
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
impl rt::serde::Serialize for ArchiveProjectResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ArchiveTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ArchiveTaskResponseBody {
    /// `result`.
    pub result: Option<ArchiveTaskResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for ArchiveTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ArchiveTaskResponseBody {
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
impl rt::serde::Serialize for ArchiveTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreateOrganizationTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateOrganizationTaskResponseBody {
    /// `result`.
    pub result: Option<CreateOrganizationTaskResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateOrganizationTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateOrganizationTaskResponseBody {
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
impl rt::serde::Serialize for CreateOrganizationTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreatePlanTimeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePlanTimeResponseBody {
    /// `result`.
    pub result: Option<CreatePlanTimeResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreatePlanTimeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreatePlanTimeResponseBody {
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
impl rt::serde::Serialize for CreatePlanTimeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreateProjectResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProjectResponseBody {
    /// `result`.
    pub result: Option<CreateProjectResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateProjectResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProjectResponseBody {
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
impl rt::serde::Serialize for CreateProjectResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreateProjectByTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProjectByTemplateResponseBody {
    /// `result`.
    pub result: Option<CreateProjectByTemplateResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateProjectByTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProjectByTemplateResponseBody {
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
impl rt::serde::Serialize for CreateProjectByTemplateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateProjectCustomfieldStatusRequestValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customFieldValueId", &self.custom_field_value_id)?;
        object.optional("metaString", &self.meta_string)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateProjectCustomfieldStatusRequestValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateProjectCustomfieldStatusRequestValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customFieldValueId" => rt::read_field(map, &mut self.custom_field_value_id),
            "metaString" => rt::read_field(map, &mut self.meta_string),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `CreateProjectCustomfieldStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProjectCustomfieldStatusResponseBody {
    /// `result`.
    pub result: Option<CreateProjectCustomfieldStatusResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateProjectCustomfieldStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProjectCustomfieldStatusResponseBody {
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
impl rt::serde::Serialize for CreateProjectCustomfieldStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
impl rt::serde::Serialize for CreateTaskRequestCustomfields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customfieldAlias", &self.customfield_alias)?;
        object.optional("customfieldId", &self.customfield_id)?;
        object.optional("customfieldName", &self.customfield_name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTaskRequestCustomfields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTaskRequestCustomfields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customfieldAlias" => rt::read_field(map, &mut self.customfield_alias),
            "customfieldId" => rt::read_field(map, &mut self.customfield_id),
            "customfieldName" => rt::read_field(map, &mut self.customfield_name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `CreateTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTaskResponseBody {
    /// `result`.
    pub result: Option<CreateTaskResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTaskResponseBody {
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
impl rt::serde::Serialize for CreateTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreateTaskObjectLinkRequestLinkedData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateTaskObjectLinkRequestLinkedData {
    /// A `CreateTaskObjectLinkRequestLinkedData` with its required fields (`title`, `url`); set the others with the methods named after them.
    pub fn new(title: impl Into<String>, url: impl Into<String>) -> Self {
        Self {
            content: None,
            thumbnail_url: None,
            title: title.into(),
            url: url.into(),
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
impl rt::serde::Serialize for CreateTaskObjectLinkRequestLinkedData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("thumbnailUrl", &self.thumbnail_url)?;
        object.field("title", &self.title)?;
        object.field("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTaskObjectLinkRequestLinkedData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTaskObjectLinkRequestLinkedData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "thumbnailUrl" => rt::read_field(map, &mut self.thumbnail_url),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
/// `CreateTaskObjectLinkResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTaskObjectLinkResponseBody {
    /// `result`.
    pub result: Option<CreateTaskObjectLinkResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTaskObjectLinkResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTaskObjectLinkResponseBody {
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
impl rt::serde::Serialize for CreateTaskObjectLinkResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreateWorkTimeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateWorkTimeResponseBody {
    /// `result`.
    pub result: Option<CreateWorkTimeResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateWorkTimeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateWorkTimeResponseBody {
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
impl rt::serde::Serialize for CreateWorkTimeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `CreateWorkTimeApproveResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateWorkTimeApproveResponseBody {
    /// `message`.
    pub message: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<CreateWorkTimeApproveResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateWorkTimeApproveResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateWorkTimeApproveResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => rt::read_field(map, &mut self.message),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateWorkTimeApproveResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("message", &self.message)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `DeleteProjectMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteProjectMemberResponseBody {
    /// `result`.
    pub result: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteProjectMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteProjectMemberResponseBody {
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
impl rt::serde::Serialize for DeleteProjectMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `DeleteTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteTaskResponseBody {
    /// `result`.
    pub result: Option<rt::BTreeMap<String, String>>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteTaskResponseBody {
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
impl rt::serde::Serialize for DeleteTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetDeptsByOrgIdResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDeptsByOrgIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDeptsByOrgIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptList" => rt::read_field(map, &mut self.dept_list),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDeptsByOrgIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptList", &self.dept_list)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetEmpsByOrgIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetEmpsByOrgIdResponseBody {
    /// `empList`.
    pub emp_list: Option<Vec<GetEmpsByOrgIdResponseBodyEmpList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetEmpsByOrgIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetEmpsByOrgIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "empList" => rt::read_field(map, &mut self.emp_list),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetEmpsByOrgIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("empList", &self.emp_list)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `GetOrganizatioTaskByIdsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOrganizatioTaskByIdsResponseBody {
    /// `result`.
    pub result: Option<Vec<GetOrganizatioTaskByIdsResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOrganizatioTaskByIdsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOrganizatioTaskByIdsResponseBody {
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
impl rt::serde::Serialize for GetOrganizatioTaskByIdsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetOrganizationPriorityListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOrganizationPriorityListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetOrganizationPriorityListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOrganizationPriorityListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOrganizationPriorityListResponseBody {
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
impl rt::serde::Serialize for GetOrganizationPriorityListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetOrganizationTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetOrganizationTaskResponseBody {
    /// `result`.
    pub result: Option<GetOrganizationTaskResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetOrganizationTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOrganizationTaskResponseBody {
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
impl rt::serde::Serialize for GetOrganizationTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetProjectGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProjectGroupResponseBody {
    /// `result`.
    pub result: Option<Vec<GetProjectGroupResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProjectGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProjectGroupResponseBody {
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
impl rt::serde::Serialize for GetProjectGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetProjectMemebersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProjectMemebersResponseBody {
    /// `result`.
    pub result: Option<Vec<GetProjectMemebersResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProjectMemebersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProjectMemebersResponseBody {
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
impl rt::serde::Serialize for GetProjectMemebersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetProjectStatusListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProjectStatusListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetProjectStatusListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProjectStatusListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProjectStatusListResponseBody {
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
impl rt::serde::Serialize for GetProjectStatusListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetTaskByIdsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTaskByIdsResponseBody {
    /// `result`.
    pub result: Option<Vec<GetTaskByIdsResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTaskByIdsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTaskByIdsResponseBody {
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
impl rt::serde::Serialize for GetTaskByIdsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetTbOrgIdByDingOrgIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTbOrgIdByDingOrgIdResponseBody {
    /// `result`.
    pub result: Option<GetTbOrgIdByDingOrgIdResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTbOrgIdByDingOrgIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTbOrgIdByDingOrgIdResponseBody {
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
impl rt::serde::Serialize for GetTbOrgIdByDingOrgIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetTbProjectGrayResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTbProjectGrayResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTbProjectGrayResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTbProjectGrayResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTbProjectGrayResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetTbProjectSourceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTbProjectSourceResponseBody {
    /// `installSource`.
    pub install_source: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTbProjectSourceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTbProjectSourceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "installSource" => rt::read_field(map, &mut self.install_source),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTbProjectSourceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("installSource", &self.install_source)?;
        object.end()
    }
}
/// `GetTbUserIdByStaffIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTbUserIdByStaffIdResponseBody {
    /// `result`.
    pub result: Option<GetTbUserIdByStaffIdResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTbUserIdByStaffIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTbUserIdByStaffIdResponseBody {
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
impl rt::serde::Serialize for GetTbUserIdByStaffIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetUserJoinedProjectResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserJoinedProjectResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserJoinedProjectResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserJoinedProjectResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserJoinedProjectResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryProjectResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryProjectResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<QueryProjectResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryProjectResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryProjectResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryProjectResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryTaskOfProjectResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTaskOfProjectResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<QueryTaskOfProjectResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryTaskOfProjectResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTaskOfProjectResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTaskOfProjectResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `SeachTaskStageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SeachTaskStageResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<SeachTaskStageResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for SeachTaskStageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SeachTaskStageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SeachTaskStageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SearchAllTasksByTqlResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SearchAllTasksByTqlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchAllTasksByTqlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            "totalSize" => rt::read_field(map, &mut self.total_size),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchAllTasksByTqlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.optional("totalSize", &self.total_size)?;
        object.end()
    }
}
/// `SearchOranizationCustomfieldResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchOranizationCustomfieldResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<SearchOranizationCustomfieldResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchOranizationCustomfieldResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchOranizationCustomfieldResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchOranizationCustomfieldResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SearchProjectCustomfieldResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchProjectCustomfieldResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<SearchProjectCustomfieldResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchProjectCustomfieldResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchProjectCustomfieldResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchProjectCustomfieldResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SearchProjectTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchProjectTemplateResponseBody {
    /// `result`.
    pub result: Option<Vec<SearchProjectTemplateResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchProjectTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchProjectTemplateResponseBody {
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
impl rt::serde::Serialize for SearchProjectTemplateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SearchTaskFlowResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchTaskFlowResponseBody {
    /// `result`.
    pub result: Option<Vec<SearchTaskFlowResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchTaskFlowResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchTaskFlowResponseBody {
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
impl rt::serde::Serialize for SearchTaskFlowResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SearchTaskListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchTaskListResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<SearchTaskListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchTaskListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchTaskListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchTaskListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SearchTaskflowStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchTaskflowStatusResponseBody {
    /// `result`.
    pub result: Option<Vec<SearchTaskflowStatusResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchTaskflowStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchTaskflowStatusResponseBody {
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
impl rt::serde::Serialize for SearchTaskflowStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SearchUserTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchUserTaskResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<SearchUserTaskResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchUserTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchUserTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchUserTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SuspendProjectResponseBody`: the same model as [`ArchiveTaskResponseBody`].
pub type SuspendProjectResponseBody = ArchiveTaskResponseBody;
/// `UnSuspendProjectResponseBody`: the same model as [`ArchiveTaskResponseBody`].
pub type UnSuspendProjectResponseBody = ArchiveTaskResponseBody;
/// `UpdateCustomfieldValueRequestValue`.
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
impl rt::serde::Serialize for UpdateCustomfieldValueRequestValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("thumbUrl", &self.thumb_url)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateCustomfieldValueRequestValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateCustomfieldValueRequestValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "thumbUrl" => rt::read_field(map, &mut self.thumb_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `UpdateCustomfieldValueResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCustomfieldValueResponseBody {
    /// `result`.
    pub result: Option<UpdateCustomfieldValueResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateCustomfieldValueResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateCustomfieldValueResponseBody {
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
impl rt::serde::Serialize for UpdateCustomfieldValueResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskContentResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskContentResponseBody {
    /// `result`.
    pub result: Option<UpdateOrganizationTaskContentResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateOrganizationTaskContentResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateOrganizationTaskContentResponseBody {
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
impl rt::serde::Serialize for UpdateOrganizationTaskContentResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskDueDateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskDueDateResponseBody {
    /// `result`.
    pub result: Option<UpdateOrganizationTaskDueDateResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateOrganizationTaskDueDateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateOrganizationTaskDueDateResponseBody {
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
impl rt::serde::Serialize for UpdateOrganizationTaskDueDateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskExecutorResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskExecutorResponseBody {
    /// `result`.
    pub result: Option<UpdateOrganizationTaskExecutorResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateOrganizationTaskExecutorResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateOrganizationTaskExecutorResponseBody {
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
impl rt::serde::Serialize for UpdateOrganizationTaskExecutorResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskInvolveMembersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskInvolveMembersResponseBody {
    /// `result`.
    pub result: Option<UpdateOrganizationTaskInvolveMembersResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de>
for UpdateOrganizationTaskInvolveMembersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateOrganizationTaskInvolveMembersResponseBody {
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
impl rt::serde::Serialize for UpdateOrganizationTaskInvolveMembersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskNoteResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskNoteResponseBody {
    /// `result`.
    pub result: Option<UpdateOrganizationTaskNoteResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateOrganizationTaskNoteResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateOrganizationTaskNoteResponseBody {
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
impl rt::serde::Serialize for UpdateOrganizationTaskNoteResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskPriorityResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskPriorityResponseBody {
    /// `result`.
    pub result: Option<UpdateOrganizationTaskPriorityResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateOrganizationTaskPriorityResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateOrganizationTaskPriorityResponseBody {
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
impl rt::serde::Serialize for UpdateOrganizationTaskPriorityResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskStatusResponseBody {
    /// `result`.
    pub result: Option<UpdateOrganizationTaskStatusResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateOrganizationTaskStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateOrganizationTaskStatusResponseBody {
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
impl rt::serde::Serialize for UpdateOrganizationTaskStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateProjectGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateProjectGroupResponseBody {
    /// `result`.
    pub result: Option<UpdateProjectGroupResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateProjectGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateProjectGroupResponseBody {
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
impl rt::serde::Serialize for UpdateProjectGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateTaskContentResponseBody`: the same model as [`UpdateOrganizationTaskContentResponseBody`].
pub type UpdateTaskContentResponseBody = UpdateOrganizationTaskContentResponseBody;
/// `UpdateTaskDueDateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskDueDateResponseBody {
    /// `result`.
    pub result: Option<UpdateTaskDueDateResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskDueDateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateTaskDueDateResponseBody {
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
impl rt::serde::Serialize for UpdateTaskDueDateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateTaskExecutorResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskExecutorResponseBody {
    /// `result`.
    pub result: Option<UpdateTaskExecutorResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskExecutorResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateTaskExecutorResponseBody {
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
impl rt::serde::Serialize for UpdateTaskExecutorResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateTaskInvolvemembersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskInvolvemembersResponseBody {
    /// `result`.
    pub result: Option<UpdateTaskInvolvemembersResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskInvolvemembersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateTaskInvolvemembersResponseBody {
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
impl rt::serde::Serialize for UpdateTaskInvolvemembersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateTaskNoteResponseBody`: the same model as [`UpdateOrganizationTaskNoteResponseBody`].
pub type UpdateTaskNoteResponseBody = UpdateOrganizationTaskNoteResponseBody;
/// `UpdateTaskPriorityResponseBody`: the same model as [`UpdateOrganizationTaskPriorityResponseBody`].
pub type UpdateTaskPriorityResponseBody = UpdateOrganizationTaskPriorityResponseBody;
/// `UpdateTaskStageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskStageResponseBody {
    /// `result`.
    pub result: Option<UpdateTaskStageResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskStageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateTaskStageResponseBody {
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
impl rt::serde::Serialize for UpdateTaskStageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateTaskStartdateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskStartdateResponseBody {
    /// `result`.
    pub result: Option<UpdateTaskStartdateResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskStartdateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateTaskStartdateResponseBody {
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
impl rt::serde::Serialize for UpdateTaskStartdateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateTaskTaskflowstatusResponseBody`: the same model as [`ArchiveTaskResponseBody`].
pub type UpdateTaskTaskflowstatusResponseBody = ArchiveTaskResponseBody;
/// `UpdateWorkTimeApproveResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateWorkTimeApproveResponseBody {
    /// `message`.
    pub message: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<UpdateWorkTimeApproveResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateWorkTimeApproveResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateWorkTimeApproveResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => rt::read_field(map, &mut self.message),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateWorkTimeApproveResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("message", &self.message)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `AddProjectMemberResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddProjectMemberResponseBodyResult {
    /// `joined`.
    pub joined: Option<String>,
    /// `nickname`.
    pub nickname: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AddProjectMemberResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddProjectMemberResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "joined" => rt::read_field(map, &mut self.joined),
            "nickname" => rt::read_field(map, &mut self.nickname),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddProjectMemberResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("joined", &self.joined)?;
        object.optional("nickname", &self.nickname)?;
        object.end()
    }
}
/// `ArchiveProjectResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ArchiveProjectResponseBodyResult {
    /// `isArchived`.
    pub is_archived: Option<bool>,
    /// `updated`.
    pub updated: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ArchiveProjectResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ArchiveProjectResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isArchived" => rt::read_field(map, &mut self.is_archived),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ArchiveProjectResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isArchived", &self.is_archived)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `ArchiveTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ArchiveTaskResponseBodyResult {
    /// `updated`.
    pub updated: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ArchiveTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ArchiveTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ArchiveTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `CreateOrganizationTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateOrganizationTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateOrganizationTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ancestorIds" => rt::read_field(map, &mut self.ancestor_ids),
            "attachmentsCount" => rt::read_field(map, &mut self.attachments_count),
            "content" => rt::read_field(map, &mut self.content),
            "created" => rt::read_field(map, &mut self.created),
            "creator" => rt::read_field(map, &mut self.creator),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "executor" => rt::read_field(map, &mut self.executor),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "hasReminder" => rt::read_field(map, &mut self.has_reminder),
            "id" => rt::read_field(map, &mut self.id),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            "involvers" => rt::read_field(map, &mut self.involvers),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "note" => rt::read_field(map, &mut self.note),
            "priority" => rt::read_field(map, &mut self.priority),
            "updated" => rt::read_field(map, &mut self.updated),
            "visible" => rt::read_field(map, &mut self.visible),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateOrganizationTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ancestorIds", &self.ancestor_ids)?;
        object.optional("attachmentsCount", &self.attachments_count)?;
        object.optional("content", &self.content)?;
        object.optional("created", &self.created)?;
        object.optional("creator", &self.creator)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("executor", &self.executor)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("hasReminder", &self.has_reminder)?;
        object.optional("id", &self.id)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.optional("involvers", &self.involvers)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("note", &self.note)?;
        object.optional("priority", &self.priority)?;
        object.optional("updated", &self.updated)?;
        object.optional("visible", &self.visible)?;
        object.end()
    }
}
/// `CreatePlanTimeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePlanTimeResponseBodyResult {
    /// `body`.
    pub body: Option<Vec<CreatePlanTimeResponseBodyResultBody>>,
    /// `message`.
    pub message: Option<String>,
    /// `ok`.
    pub ok: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreatePlanTimeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreatePlanTimeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            "message" => rt::read_field(map, &mut self.message),
            "ok" => rt::read_field(map, &mut self.ok),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreatePlanTimeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("body", &self.body)?;
        object.optional("message", &self.message)?;
        object.optional("ok", &self.ok)?;
        object.end()
    }
}
/// `CreateProjectResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateProjectResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProjectResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "customFields" => rt::read_field(map, &mut self.custom_fields),
            "defaultCollectionId" => rt::read_field(map, &mut self.default_collection_id),
            "isArchived" => rt::read_field(map, &mut self.is_archived),
            "isSuspended" => rt::read_field(map, &mut self.is_suspended),
            "isTemplate" => rt::read_field(map, &mut self.is_template),
            "logo" => rt::read_field(map, &mut self.logo),
            "name" => rt::read_field(map, &mut self.name),
            "normalType" => rt::read_field(map, &mut self.normal_type),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "rootCollectionId" => rt::read_field(map, &mut self.root_collection_id),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "uniqueIdPrefix" => rt::read_field(map, &mut self.unique_id_prefix),
            "updated" => rt::read_field(map, &mut self.updated),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateProjectResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("customFields", &self.custom_fields)?;
        object.optional("defaultCollectionId", &self.default_collection_id)?;
        object.optional("isArchived", &self.is_archived)?;
        object.optional("isSuspended", &self.is_suspended)?;
        object.optional("isTemplate", &self.is_template)?;
        object.optional("logo", &self.logo)?;
        object.optional("name", &self.name)?;
        object.optional("normalType", &self.normal_type)?;
        object.optional("projectId", &self.project_id)?;
        object.optional("rootCollectionId", &self.root_collection_id)?;
        object.optional("sourceId", &self.source_id)?;
        object.optional("uniqueIdPrefix", &self.unique_id_prefix)?;
        object.optional("updated", &self.updated)?;
        object.optional("visibility", &self.visibility)?;
        object.end()
    }
}
/// `CreateProjectByTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateProjectByTemplateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProjectByTemplateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            "description" => rt::read_field(map, &mut self.description),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "id" => rt::read_field(map, &mut self.id),
            "logo" => rt::read_field(map, &mut self.logo),
            "name" => rt::read_field(map, &mut self.name),
            "programId" => rt::read_field(map, &mut self.program_id),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateProjectByTemplateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.optional("description", &self.description)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("id", &self.id)?;
        object.optional("logo", &self.logo)?;
        object.optional("name", &self.name)?;
        object.optional("programId", &self.program_id)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("visibility", &self.visibility)?;
        object.end()
    }
}
/// `CreateProjectCustomfieldStatusResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for CreateProjectCustomfieldStatusResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProjectCustomfieldStatusResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "advancedCustomFieldObjectType" => {
                rt::read_field(map, &mut self.advanced_custom_field_object_type)
            }
            "customFieldId" => rt::read_field(map, &mut self.custom_field_id),
            "name" => rt::read_field(map, &mut self.name),
            "originalId" => rt::read_field(map, &mut self.original_id),
            "type" => rt::read_field(map, &mut self.r#type),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateProjectCustomfieldStatusResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "advancedCustomFieldObjectType",
                &self.advanced_custom_field_object_type,
            )?;
        object.optional("customFieldId", &self.custom_field_id)?;
        object.optional("name", &self.name)?;
        object.optional("originalId", &self.original_id)?;
        object.optional("type", &self.r#type)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `CreateTaskRequestCustomfieldsValue`: the same model as [`UpdateCustomfieldValueRequestValue`].
pub type CreateTaskRequestCustomfieldsValue = UpdateCustomfieldValueRequestValue;
/// `CreateTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "customfields" => rt::read_field(map, &mut self.customfields),
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            "note" => rt::read_field(map, &mut self.note),
            "priority" => rt::read_field(map, &mut self.priority),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "sprintId" => rt::read_field(map, &mut self.sprint_id),
            "storyPoint" => rt::read_field(map, &mut self.story_point),
            "tagIds" => rt::read_field(map, &mut self.tag_ids),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "tasklistId" => rt::read_field(map, &mut self.tasklist_id),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("customfields", &self.customfields)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.optional("note", &self.note)?;
        object.optional("priority", &self.priority)?;
        object.optional("projectId", &self.project_id)?;
        object.optional("sprintId", &self.sprint_id)?;
        object.optional("storyPoint", &self.story_point)?;
        object.optional("tagIds", &self.tag_ids)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("tasklistId", &self.tasklist_id)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `CreateTaskObjectLinkResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTaskObjectLinkResponseBodyResult {
    /// `created`.
    pub created: Option<String>,
    /// `objectLinkId`.
    pub object_link_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTaskObjectLinkResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTaskObjectLinkResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            "objectLinkId" => rt::read_field(map, &mut self.object_link_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTaskObjectLinkResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.optional("objectLinkId", &self.object_link_id)?;
        object.end()
    }
}
/// `CreateWorkTimeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateWorkTimeResponseBodyResult {
    /// `body`.
    pub body: Option<Vec<CreateWorkTimeResponseBodyResultBody>>,
    /// `message`.
    pub message: Option<String>,
    /// `ok`.
    pub ok: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateWorkTimeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateWorkTimeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            "message" => rt::read_field(map, &mut self.message),
            "ok" => rt::read_field(map, &mut self.ok),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateWorkTimeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("body", &self.body)?;
        object.optional("message", &self.message)?;
        object.optional("ok", &self.ok)?;
        object.end()
    }
}
/// `CreateWorkTimeApproveResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateWorkTimeApproveResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateWorkTimeApproveResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approveOpenId" => rt::read_field(map, &mut self.approve_open_id),
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "organizationId" => rt::read_field(map, &mut self.organization_id),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "time" => rt::read_field(map, &mut self.time),
            "updatedAt" => rt::read_field(map, &mut self.updated_at),
            "userId" => rt::read_field(map, &mut self.user_id),
            "workTimeIds" => rt::read_field(map, &mut self.work_time_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateWorkTimeApproveResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approveOpenId", &self.approve_open_id)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("organizationId", &self.organization_id)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("time", &self.time)?;
        object.optional("updatedAt", &self.updated_at)?;
        object.optional("userId", &self.user_id)?;
        object.optional("workTimeIds", &self.work_time_ids)?;
        object.end()
    }
}
/// `GetDeptsByOrgIdResponseBodyDeptList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDeptsByOrgIdResponseBodyDeptList {
    /// `dept_id`.
    pub dept_id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `parent_id`.
    pub parent_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDeptsByOrgIdResponseBodyDeptList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDeptsByOrgIdResponseBodyDeptList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dept_id" => rt::read_field(map, &mut self.dept_id),
            "name" => rt::read_field(map, &mut self.name),
            "parent_id" => rt::read_field(map, &mut self.parent_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDeptsByOrgIdResponseBodyDeptList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dept_id", &self.dept_id)?;
        object.optional("name", &self.name)?;
        object.optional("parent_id", &self.parent_id)?;
        object.end()
    }
}
/// `GetEmpsByOrgIdResponseBodyEmpList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetEmpsByOrgIdResponseBodyEmpList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetEmpsByOrgIdResponseBodyEmpList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatar" => rt::read_field(map, &mut self.avatar),
            "dept_id_list" => rt::read_field(map, &mut self.dept_id_list),
            "dingId" => rt::read_field(map, &mut self.ding_id),
            "name" => rt::read_field(map, &mut self.name),
            "nick" => rt::read_field(map, &mut self.nick),
            "orgId" => rt::read_field(map, &mut self.org_id),
            "position" => rt::read_field(map, &mut self.position),
            "unionid" => rt::read_field(map, &mut self.unionid),
            "userid" => rt::read_field(map, &mut self.userid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetEmpsByOrgIdResponseBodyEmpList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatar", &self.avatar)?;
        object.optional("dept_id_list", &self.dept_id_list)?;
        object.optional("dingId", &self.ding_id)?;
        object.optional("name", &self.name)?;
        object.optional("nick", &self.nick)?;
        object.optional("orgId", &self.org_id)?;
        object.optional("position", &self.position)?;
        object.optional("unionid", &self.unionid)?;
        object.optional("userid", &self.userid)?;
        object.end()
    }
}
/// `GetOrganizatioTaskByIdsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetOrganizatioTaskByIdsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOrganizatioTaskByIdsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ancestorIds" => rt::read_field(map, &mut self.ancestor_ids),
            "content" => rt::read_field(map, &mut self.content),
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "labels" => rt::read_field(map, &mut self.labels),
            "note" => rt::read_field(map, &mut self.note),
            "priority" => rt::read_field(map, &mut self.priority),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "updated" => rt::read_field(map, &mut self.updated),
            "visible" => rt::read_field(map, &mut self.visible),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOrganizatioTaskByIdsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ancestorIds", &self.ancestor_ids)?;
        object.optional("content", &self.content)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("labels", &self.labels)?;
        object.optional("note", &self.note)?;
        object.optional("priority", &self.priority)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("updated", &self.updated)?;
        object.optional("visible", &self.visible)?;
        object.end()
    }
}
/// `GetOrganizationPriorityListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetOrganizationPriorityListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetOrganizationPriorityListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "color" => rt::read_field(map, &mut self.color),
            "name" => rt::read_field(map, &mut self.name),
            "priority" => rt::read_field(map, &mut self.priority),
            "priorityId" => rt::read_field(map, &mut self.priority_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetOrganizationPriorityListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("color", &self.color)?;
        object.optional("name", &self.name)?;
        object.optional("priority", &self.priority)?;
        object.optional("priorityId", &self.priority_id)?;
        object.end()
    }
}
/// `GetOrganizationTaskResponseBodyResult`: the same model as [`GetOrganizatioTaskByIdsResponseBodyResult`].
pub type GetOrganizationTaskResponseBodyResult = GetOrganizatioTaskByIdsResponseBodyResult;
/// `GetProjectGroupResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetProjectGroupResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProjectGroupResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "updated" => rt::read_field(map, &mut self.updated),
            "visible" => rt::read_field(map, &mut self.visible),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProjectGroupResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("updated", &self.updated)?;
        object.optional("visible", &self.visible)?;
        object.end()
    }
}
/// `GetProjectMemebersResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetProjectMemebersResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProjectMemebersResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "role" => rt::read_field(map, &mut self.role),
            "roleIds" => rt::read_field(map, &mut self.role_ids),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProjectMemebersResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberId", &self.member_id)?;
        object.optional("role", &self.role)?;
        object.optional("roleIds", &self.role_ids)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetProjectStatusListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetProjectStatusListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProjectStatusListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "degree" => rt::read_field(map, &mut self.degree),
            "name" => rt::read_field(map, &mut self.name),
            "projectId" => rt::read_field(map, &mut self.project_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProjectStatusListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("degree", &self.degree)?;
        object.optional("name", &self.name)?;
        object.optional("projectId", &self.project_id)?;
        object.end()
    }
}
/// `GetTaskByIdsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTaskByIdsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTaskByIdsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accomplishTime" => rt::read_field(map, &mut self.accomplish_time),
            "ancestorIds" => rt::read_field(map, &mut self.ancestor_ids),
            "content" => rt::read_field(map, &mut self.content),
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "customFields" => rt::read_field(map, &mut self.custom_fields),
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            "isArchived" => rt::read_field(map, &mut self.is_archived),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "note" => rt::read_field(map, &mut self.note),
            "parentTaskId" => rt::read_field(map, &mut self.parent_task_id),
            "priority" => rt::read_field(map, &mut self.priority),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "recurrence" => rt::read_field(map, &mut self.recurrence),
            "scenarioFieldConfigId" => {
                rt::read_field(map, &mut self.scenario_field_config_id)
            }
            "sprintId" => rt::read_field(map, &mut self.sprint_id),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "storyPoint" => rt::read_field(map, &mut self.story_point),
            "tagIds" => rt::read_field(map, &mut self.tag_ids),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "taskListId" => rt::read_field(map, &mut self.task_list_id),
            "taskStageId" => rt::read_field(map, &mut self.task_stage_id),
            "taskflowStatusId" => rt::read_field(map, &mut self.taskflow_status_id),
            "uniqueId" => rt::read_field(map, &mut self.unique_id),
            "updated" => rt::read_field(map, &mut self.updated),
            "visible" => rt::read_field(map, &mut self.visible),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTaskByIdsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accomplishTime", &self.accomplish_time)?;
        object.optional("ancestorIds", &self.ancestor_ids)?;
        object.optional("content", &self.content)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("customFields", &self.custom_fields)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.optional("isArchived", &self.is_archived)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("note", &self.note)?;
        object.optional("parentTaskId", &self.parent_task_id)?;
        object.optional("priority", &self.priority)?;
        object.optional("projectId", &self.project_id)?;
        object.optional("recurrence", &self.recurrence)?;
        object.optional("scenarioFieldConfigId", &self.scenario_field_config_id)?;
        object.optional("sprintId", &self.sprint_id)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("storyPoint", &self.story_point)?;
        object.optional("tagIds", &self.tag_ids)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("taskListId", &self.task_list_id)?;
        object.optional("taskStageId", &self.task_stage_id)?;
        object.optional("taskflowStatusId", &self.taskflow_status_id)?;
        object.optional("uniqueId", &self.unique_id)?;
        object.optional("updated", &self.updated)?;
        object.optional("visible", &self.visible)?;
        object.end()
    }
}
/// `GetTbOrgIdByDingOrgIdResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTbOrgIdByDingOrgIdResponseBodyResult {
    /// `tbOrganizationId`.
    pub tb_organization_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTbOrgIdByDingOrgIdResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTbOrgIdByDingOrgIdResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tbOrganizationId" => rt::read_field(map, &mut self.tb_organization_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTbOrgIdByDingOrgIdResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tbOrganizationId", &self.tb_organization_id)?;
        object.end()
    }
}
/// `GetTbUserIdByStaffIdResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTbUserIdByStaffIdResponseBodyResult {
    /// `tbUserId`.
    pub tb_user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTbUserIdByStaffIdResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTbUserIdByStaffIdResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tbUserId" => rt::read_field(map, &mut self.tb_user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTbUserIdByStaffIdResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tbUserId", &self.tb_user_id)?;
        object.end()
    }
}
/// `QueryProjectResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryProjectResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryProjectResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "customFields" => rt::read_field(map, &mut self.custom_fields),
            "description" => rt::read_field(map, &mut self.description),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "isArchived" => rt::read_field(map, &mut self.is_archived),
            "isSuspended" => rt::read_field(map, &mut self.is_suspended),
            "isTemplate" => rt::read_field(map, &mut self.is_template),
            "logo" => rt::read_field(map, &mut self.logo),
            "name" => rt::read_field(map, &mut self.name),
            "organizationId" => rt::read_field(map, &mut self.organization_id),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "uniqueIdPrefix" => rt::read_field(map, &mut self.unique_id_prefix),
            "updated" => rt::read_field(map, &mut self.updated),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryProjectResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("customFields", &self.custom_fields)?;
        object.optional("description", &self.description)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("isArchived", &self.is_archived)?;
        object.optional("isSuspended", &self.is_suspended)?;
        object.optional("isTemplate", &self.is_template)?;
        object.optional("logo", &self.logo)?;
        object.optional("name", &self.name)?;
        object.optional("organizationId", &self.organization_id)?;
        object.optional("projectId", &self.project_id)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("uniqueIdPrefix", &self.unique_id_prefix)?;
        object.optional("updated", &self.updated)?;
        object.optional("visibility", &self.visibility)?;
        object.end()
    }
}
/// `QueryTaskOfProjectResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryTaskOfProjectResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTaskOfProjectResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accomplished" => rt::read_field(map, &mut self.accomplished),
            "ancestorIds" => rt::read_field(map, &mut self.ancestor_ids),
            "content" => rt::read_field(map, &mut self.content),
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "customfields" => rt::read_field(map, &mut self.customfields),
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            "isArchived" => rt::read_field(map, &mut self.is_archived),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "labels" => rt::read_field(map, &mut self.labels),
            "note" => rt::read_field(map, &mut self.note),
            "priority" => rt::read_field(map, &mut self.priority),
            "progress" => rt::read_field(map, &mut self.progress),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "scenariofieldconfigId" => {
                rt::read_field(map, &mut self.scenariofieldconfig_id)
            }
            "sprintId" => rt::read_field(map, &mut self.sprint_id),
            "stageId" => rt::read_field(map, &mut self.stage_id),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "storyPoint" => rt::read_field(map, &mut self.story_point),
            "tagIds" => rt::read_field(map, &mut self.tag_ids),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "taskflowstatusId" => rt::read_field(map, &mut self.taskflowstatus_id),
            "updated" => rt::read_field(map, &mut self.updated),
            "visible" => rt::read_field(map, &mut self.visible),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTaskOfProjectResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accomplished", &self.accomplished)?;
        object.optional("ancestorIds", &self.ancestor_ids)?;
        object.optional("content", &self.content)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("customfields", &self.customfields)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.optional("isArchived", &self.is_archived)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("labels", &self.labels)?;
        object.optional("note", &self.note)?;
        object.optional("priority", &self.priority)?;
        object.optional("progress", &self.progress)?;
        object.optional("projectId", &self.project_id)?;
        object.optional("scenariofieldconfigId", &self.scenariofieldconfig_id)?;
        object.optional("sprintId", &self.sprint_id)?;
        object.optional("stageId", &self.stage_id)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("storyPoint", &self.story_point)?;
        object.optional("tagIds", &self.tag_ids)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("taskflowstatusId", &self.taskflowstatus_id)?;
        object.optional("updated", &self.updated)?;
        object.optional("visible", &self.visible)?;
        object.end()
    }
}
/// `SeachTaskStageResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SeachTaskStageResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SeachTaskStageResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "taskListId" => rt::read_field(map, &mut self.task_list_id),
            "taskStageId" => rt::read_field(map, &mut self.task_stage_id),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SeachTaskStageResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.optional("projectId", &self.project_id)?;
        object.optional("taskListId", &self.task_list_id)?;
        object.optional("taskStageId", &self.task_stage_id)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `SearchOranizationCustomfieldResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for SearchOranizationCustomfieldResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchOranizationCustomfieldResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "advancedCustomField" => rt::read_field(map, &mut self.advanced_custom_field),
            "choices" => rt::read_field(map, &mut self.choices),
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "customFieldsId" => rt::read_field(map, &mut self.custom_fields_id),
            "name" => rt::read_field(map, &mut self.name),
            "payload" => rt::read_field(map, &mut self.payload),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchOranizationCustomfieldResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("advancedCustomField", &self.advanced_custom_field)?;
        object.optional("choices", &self.choices)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("customFieldsId", &self.custom_fields_id)?;
        object.optional("name", &self.name)?;
        object.optional("payload", &self.payload)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `SearchProjectCustomfieldResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SearchProjectCustomfieldResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchProjectCustomfieldResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "advancedCustomField" => rt::read_field(map, &mut self.advanced_custom_field),
            "boundToObjectId" => rt::read_field(map, &mut self.bound_to_object_id),
            "choices" => rt::read_field(map, &mut self.choices),
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "customFieldId" => rt::read_field(map, &mut self.custom_field_id),
            "name" => rt::read_field(map, &mut self.name),
            "originalId" => rt::read_field(map, &mut self.original_id),
            "payload" => rt::read_field(map, &mut self.payload),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchProjectCustomfieldResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("advancedCustomField", &self.advanced_custom_field)?;
        object.optional("boundToObjectId", &self.bound_to_object_id)?;
        object.optional("choices", &self.choices)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("customFieldId", &self.custom_field_id)?;
        object.optional("name", &self.name)?;
        object.optional("originalId", &self.original_id)?;
        object.optional("payload", &self.payload)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `SearchProjectTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SearchProjectTemplateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchProjectTemplateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            "description" => rt::read_field(map, &mut self.description),
            "id" => rt::read_field(map, &mut self.id),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "isDemo" => rt::read_field(map, &mut self.is_demo),
            "logo" => rt::read_field(map, &mut self.logo),
            "name" => rt::read_field(map, &mut self.name),
            "updated" => rt::read_field(map, &mut self.updated),
            "visible" => rt::read_field(map, &mut self.visible),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchProjectTemplateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.optional("description", &self.description)?;
        object.optional("id", &self.id)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("isDemo", &self.is_demo)?;
        object.optional("logo", &self.logo)?;
        object.optional("name", &self.name)?;
        object.optional("updated", &self.updated)?;
        object.optional("visible", &self.visible)?;
        object.end()
    }
}
/// `SearchTaskFlowResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SearchTaskFlowResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchTaskFlowResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "boundToObjectId" => rt::read_field(map, &mut self.bound_to_object_id),
            "boundToObjectType" => rt::read_field(map, &mut self.bound_to_object_type),
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "name" => rt::read_field(map, &mut self.name),
            "taskflowId" => rt::read_field(map, &mut self.taskflow_id),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchTaskFlowResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("boundToObjectId", &self.bound_to_object_id)?;
        object.optional("boundToObjectType", &self.bound_to_object_type)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("name", &self.name)?;
        object.optional("taskflowId", &self.taskflow_id)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `SearchTaskListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SearchTaskListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchTaskListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "description" => rt::read_field(map, &mut self.description),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "taskListId" => rt::read_field(map, &mut self.task_list_id),
            "title" => rt::read_field(map, &mut self.title),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchTaskListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("description", &self.description)?;
        object.optional("projectId", &self.project_id)?;
        object.optional("taskListId", &self.task_list_id)?;
        object.optional("title", &self.title)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `SearchTaskflowStatusResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for SearchTaskflowStatusResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchTaskflowStatusResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "isTaskflowstatusruleexector" => {
                rt::read_field(map, &mut self.is_taskflowstatusruleexector)
            }
            "kind" => rt::read_field(map, &mut self.kind),
            "name" => rt::read_field(map, &mut self.name),
            "pos" => rt::read_field(map, &mut self.pos),
            "rejectStatusIds" => rt::read_field(map, &mut self.reject_status_ids),
            "taskflowId" => rt::read_field(map, &mut self.taskflow_id),
            "taskflowStatusId" => rt::read_field(map, &mut self.taskflow_status_id),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchTaskflowStatusResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object
            .optional(
                "isTaskflowstatusruleexector",
                &self.is_taskflowstatusruleexector,
            )?;
        object.optional("kind", &self.kind)?;
        object.optional("name", &self.name)?;
        object.optional("pos", &self.pos)?;
        object.optional("rejectStatusIds", &self.reject_status_ids)?;
        object.optional("taskflowId", &self.taskflow_id)?;
        object.optional("taskflowStatusId", &self.taskflow_status_id)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `SearchUserTaskResponseBodyResult`: the same model as [`GetTaskByIdsResponseBodyResult`].
pub type SearchUserTaskResponseBodyResult = GetTaskByIdsResponseBodyResult;
/// `SuspendProjectResponseBodyResult`: the same model as [`ArchiveTaskResponseBodyResult`].
pub type SuspendProjectResponseBodyResult = ArchiveTaskResponseBodyResult;
/// `UnSuspendProjectResponseBodyResult`: the same model as [`ArchiveTaskResponseBodyResult`].
pub type UnSuspendProjectResponseBodyResult = ArchiveTaskResponseBodyResult;
/// `UpdateCustomfieldValueResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCustomfieldValueResponseBodyResult {
    /// `customFields`.
    pub custom_fields: Option<Vec<UpdateCustomfieldValueResponseBodyResultCustomFields>>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateCustomfieldValueResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateCustomfieldValueResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customFields" => rt::read_field(map, &mut self.custom_fields),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateCustomfieldValueResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customFields", &self.custom_fields)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskContentResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskContentResponseBodyResult {
    /// `content`.
    pub content: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for UpdateOrganizationTaskContentResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateOrganizationTaskContentResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateOrganizationTaskContentResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskDueDateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskDueDateResponseBodyResult {
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `updateTime`.
    pub update_time: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for UpdateOrganizationTaskDueDateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateOrganizationTaskDueDateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateOrganizationTaskDueDateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskExecutorResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for UpdateOrganizationTaskExecutorResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateOrganizationTaskExecutorResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "executor" => rt::read_field(map, &mut self.executor),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "involvers" => rt::read_field(map, &mut self.involvers),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateOrganizationTaskExecutorResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("executor", &self.executor)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("involvers", &self.involvers)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskInvolveMembersResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskInvolveMembersResponseBodyResult {
    /// `involvers`.
    pub involvers: Option<
        Vec<UpdateOrganizationTaskInvolveMembersResponseBodyResultInvolvers>,
    >,
    /// `updated`.
    pub updated: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for UpdateOrganizationTaskInvolveMembersResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateOrganizationTaskInvolveMembersResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "involvers" => rt::read_field(map, &mut self.involvers),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateOrganizationTaskInvolveMembersResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("involvers", &self.involvers)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskNoteResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskNoteResponseBodyResult {
    /// `note`.
    pub note: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateOrganizationTaskNoteResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateOrganizationTaskNoteResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "note" => rt::read_field(map, &mut self.note),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateOrganizationTaskNoteResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("note", &self.note)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskPriorityResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskPriorityResponseBodyResult {
    /// `priority`.
    pub priority: Option<i64>,
    /// `updated`.
    pub updated: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for UpdateOrganizationTaskPriorityResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateOrganizationTaskPriorityResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "priority" => rt::read_field(map, &mut self.priority),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateOrganizationTaskPriorityResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("priority", &self.priority)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskStatusResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationTaskStatusResponseBodyResult {
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `updateTime`.
    pub update_time: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for UpdateOrganizationTaskStatusResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateOrganizationTaskStatusResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isDone" => rt::read_field(map, &mut self.is_done),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateOrganizationTaskStatusResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("updateTime", &self.update_time)?;
        object.end()
    }
}
/// `UpdateProjectGroupResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateProjectGroupResponseBodyResult {
    /// `ok`.
    pub ok: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateProjectGroupResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateProjectGroupResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ok" => rt::read_field(map, &mut self.ok),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateProjectGroupResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ok", &self.ok)?;
        object.end()
    }
}
/// `UpdateTaskContentResponseBodyResult`: the same model as [`UpdateOrganizationTaskContentResponseBodyResult`].
pub type UpdateTaskContentResponseBodyResult = UpdateOrganizationTaskContentResponseBodyResult;
/// `UpdateTaskDueDateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskDueDateResponseBodyResult {
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskDueDateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateTaskDueDateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateTaskDueDateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `UpdateTaskExecutorResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskExecutorResponseBodyResult {
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskExecutorResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateTaskExecutorResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateTaskExecutorResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `UpdateTaskInvolvemembersResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskInvolvemembersResponseBodyResult {
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
    /// `updated`.
    pub updated: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskInvolvemembersResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateTaskInvolvemembersResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateTaskInvolvemembersResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `UpdateTaskNoteResponseBodyResult`: the same model as [`UpdateOrganizationTaskNoteResponseBodyResult`].
pub type UpdateTaskNoteResponseBodyResult = UpdateOrganizationTaskNoteResponseBodyResult;
/// `UpdateTaskPriorityResponseBodyResult`: the same model as [`UpdateOrganizationTaskPriorityResponseBodyResult`].
pub type UpdateTaskPriorityResponseBodyResult = UpdateOrganizationTaskPriorityResponseBodyResult;
/// `UpdateTaskStageResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskStageResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateTaskStageResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accomplishTime" => rt::read_field(map, &mut self.accomplish_time),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "taskListId" => rt::read_field(map, &mut self.task_list_id),
            "taskStageId" => rt::read_field(map, &mut self.task_stage_id),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateTaskStageResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accomplishTime", &self.accomplish_time)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("projectId", &self.project_id)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("taskListId", &self.task_list_id)?;
        object.optional("taskStageId", &self.task_stage_id)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `UpdateTaskStartdateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateTaskStartdateResponseBodyResult {
    /// `startDate`.
    pub start_date: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskStartdateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateTaskStartdateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "startDate" => rt::read_field(map, &mut self.start_date),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateTaskStartdateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `UpdateTaskTaskflowstatusResponseBodyResult`: the same model as [`ArchiveTaskResponseBodyResult`].
pub type UpdateTaskTaskflowstatusResponseBodyResult = ArchiveTaskResponseBodyResult;
/// `UpdateWorkTimeApproveResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for UpdateWorkTimeApproveResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateWorkTimeApproveResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approveOpenId" => rt::read_field(map, &mut self.approve_open_id),
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "organizationId" => rt::read_field(map, &mut self.organization_id),
            "status" => rt::read_field(map, &mut self.status),
            "submitTime" => rt::read_field(map, &mut self.submit_time),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "time" => rt::read_field(map, &mut self.time),
            "title" => rt::read_field(map, &mut self.title),
            "updatedAt" => rt::read_field(map, &mut self.updated_at),
            "url" => rt::read_field(map, &mut self.url),
            "userId" => rt::read_field(map, &mut self.user_id),
            "workTimeIds" => rt::read_field(map, &mut self.work_time_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateWorkTimeApproveResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approveOpenId", &self.approve_open_id)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("organizationId", &self.organization_id)?;
        object.optional("status", &self.status)?;
        object.optional("submitTime", &self.submit_time)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("time", &self.time)?;
        object.optional("title", &self.title)?;
        object.optional("updatedAt", &self.updated_at)?;
        object.optional("url", &self.url)?;
        object.optional("userId", &self.user_id)?;
        object.optional("workTimeIds", &self.work_time_ids)?;
        object.end()
    }
}
/// `CreateOrganizationTaskResponseBodyResultCreator`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateOrganizationTaskResponseBodyResultCreator {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateOrganizationTaskResponseBodyResultCreator {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateOrganizationTaskResponseBodyResultCreator {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateOrganizationTaskResponseBodyResultCreator {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `CreateOrganizationTaskResponseBodyResultExecutor`: the same model as [`CreateOrganizationTaskResponseBodyResultCreator`].
pub type CreateOrganizationTaskResponseBodyResultExecutor = CreateOrganizationTaskResponseBodyResultCreator;
/// `CreateOrganizationTaskResponseBodyResultInvolvers`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateOrganizationTaskResponseBodyResultInvolvers {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateOrganizationTaskResponseBodyResultInvolvers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateOrganizationTaskResponseBodyResultInvolvers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateOrganizationTaskResponseBodyResultInvolvers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `CreatePlanTimeResponseBodyResultBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreatePlanTimeResponseBodyResultBody {
    /// `date`.
    pub date: Option<String>,
    /// `objectId`.
    pub object_id: Option<String>,
    /// `planTime`.
    pub plan_time: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CreatePlanTimeResponseBodyResultBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreatePlanTimeResponseBodyResultBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "date" => rt::read_field(map, &mut self.date),
            "objectId" => rt::read_field(map, &mut self.object_id),
            "planTime" => rt::read_field(map, &mut self.plan_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreatePlanTimeResponseBodyResultBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("date", &self.date)?;
        object.optional("objectId", &self.object_id)?;
        object.optional("planTime", &self.plan_time)?;
        object.end()
    }
}
/// `CreateProjectResponseBodyResultCustomFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProjectResponseBodyResultCustomFields {
    /// `customFieldId`.
    pub custom_field_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `value`.
    pub value: Option<Vec<CreateProjectResponseBodyResultCustomFieldsValue>>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateProjectResponseBodyResultCustomFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProjectResponseBodyResultCustomFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customFieldId" => rt::read_field(map, &mut self.custom_field_id),
            "type" => rt::read_field(map, &mut self.r#type),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateProjectResponseBodyResultCustomFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customFieldId", &self.custom_field_id)?;
        object.optional("type", &self.r#type)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `CreateProjectCustomfieldStatusResponseBodyResultValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProjectCustomfieldStatusResponseBodyResultValue {
    /// `customFieldValueId`.
    pub custom_field_value_id: Option<String>,
    /// `metaString`.
    pub meta_string: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateProjectCustomfieldStatusResponseBodyResultValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProjectCustomfieldStatusResponseBodyResultValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customFieldValueId" => rt::read_field(map, &mut self.custom_field_value_id),
            "metaString" => rt::read_field(map, &mut self.meta_string),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateProjectCustomfieldStatusResponseBodyResultValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customFieldValueId", &self.custom_field_value_id)?;
        object.optional("metaString", &self.meta_string)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `CreateTaskResponseBodyResultCustomfields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTaskResponseBodyResultCustomfields {
    /// `customfieldId`.
    pub customfield_id: Option<String>,
    /// `value`.
    pub value: Option<Vec<CreateTaskResponseBodyResultCustomfieldsValue>>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTaskResponseBodyResultCustomfields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTaskResponseBodyResultCustomfields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customfieldId" => rt::read_field(map, &mut self.customfield_id),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTaskResponseBodyResultCustomfields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customfieldId", &self.customfield_id)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `CreateWorkTimeResponseBodyResultBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateWorkTimeResponseBodyResultBody {
    /// `date`.
    pub date: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `workTime`.
    pub work_time: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateWorkTimeResponseBodyResultBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateWorkTimeResponseBodyResultBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "date" => rt::read_field(map, &mut self.date),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "workTime" => rt::read_field(map, &mut self.work_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateWorkTimeResponseBodyResultBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("date", &self.date)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("workTime", &self.work_time)?;
        object.end()
    }
}
/// `GetTaskByIdsResponseBodyResultCustomFields`: the same model as [`CreateProjectResponseBodyResultCustomFields`].
pub type GetTaskByIdsResponseBodyResultCustomFields = CreateProjectResponseBodyResultCustomFields;
/// `QueryProjectResponseBodyResultCustomFields`: the same model as [`CreateProjectResponseBodyResultCustomFields`].
pub type QueryProjectResponseBodyResultCustomFields = CreateProjectResponseBodyResultCustomFields;
/// `QueryTaskOfProjectResponseBodyResultCustomfields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTaskOfProjectResponseBodyResultCustomfields {
    /// `customfieldId`.
    pub customfield_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryTaskOfProjectResponseBodyResultCustomfields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTaskOfProjectResponseBodyResultCustomfields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customfieldId" => rt::read_field(map, &mut self.customfield_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTaskOfProjectResponseBodyResultCustomfields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customfieldId", &self.customfield_id)?;
        object.end()
    }
}
/// `SearchOranizationCustomfieldResponseBodyResultAdvancedCustomField`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchOranizationCustomfieldResponseBodyResultAdvancedCustomField {
    /// `advancedCustomFieldId`.
    pub advanced_custom_field_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for SearchOranizationCustomfieldResponseBodyResultAdvancedCustomField {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchOranizationCustomfieldResponseBodyResultAdvancedCustomField {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "advancedCustomFieldId" => {
                rt::read_field(map, &mut self.advanced_custom_field_id)
            }
            "name" => rt::read_field(map, &mut self.name),
            "objectType" => rt::read_field(map, &mut self.object_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for SearchOranizationCustomfieldResponseBodyResultAdvancedCustomField {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("advancedCustomFieldId", &self.advanced_custom_field_id)?;
        object.optional("name", &self.name)?;
        object.optional("objectType", &self.object_type)?;
        object.end()
    }
}
/// `SearchOranizationCustomfieldResponseBodyResultChoices`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchOranizationCustomfieldResponseBodyResultChoices {
    /// `choiceId`.
    pub choice_id: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for SearchOranizationCustomfieldResponseBodyResultChoices {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchOranizationCustomfieldResponseBodyResultChoices {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "choiceId" => rt::read_field(map, &mut self.choice_id),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchOranizationCustomfieldResponseBodyResultChoices {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("choiceId", &self.choice_id)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `SearchProjectCustomfieldResponseBodyResultAdvancedCustomField`: the same model as [`SearchOranizationCustomfieldResponseBodyResultAdvancedCustomField`].
pub type SearchProjectCustomfieldResponseBodyResultAdvancedCustomField = SearchOranizationCustomfieldResponseBodyResultAdvancedCustomField;
/// `SearchProjectCustomfieldResponseBodyResultChoices`: the same model as [`SearchOranizationCustomfieldResponseBodyResultChoices`].
pub type SearchProjectCustomfieldResponseBodyResultChoices = SearchOranizationCustomfieldResponseBodyResultChoices;
/// `SearchUserTaskResponseBodyResultCustomFields`: the same model as [`CreateProjectResponseBodyResultCustomFields`].
pub type SearchUserTaskResponseBodyResultCustomFields = CreateProjectResponseBodyResultCustomFields;
/// `UpdateCustomfieldValueResponseBodyResultCustomFields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCustomfieldValueResponseBodyResultCustomFields {
    /// `customFieldId`.
    pub custom_field_id: Option<String>,
    /// `value`.
    pub value: Option<Vec<UpdateCustomfieldValueResponseBodyResultCustomFieldsValue>>,
}
impl<'de> rt::serde::Deserialize<'de>
for UpdateCustomfieldValueResponseBodyResultCustomFields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateCustomfieldValueResponseBodyResultCustomFields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customFieldId" => rt::read_field(map, &mut self.custom_field_id),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateCustomfieldValueResponseBodyResultCustomFields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customFieldId", &self.custom_field_id)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `UpdateOrganizationTaskExecutorResponseBodyResultExecutor`: the same model as [`CreateOrganizationTaskResponseBodyResultCreator`].
pub type UpdateOrganizationTaskExecutorResponseBodyResultExecutor = CreateOrganizationTaskResponseBodyResultCreator;
/// `UpdateOrganizationTaskExecutorResponseBodyResultInvolvers`: the same model as [`CreateOrganizationTaskResponseBodyResultCreator`].
pub type UpdateOrganizationTaskExecutorResponseBodyResultInvolvers = CreateOrganizationTaskResponseBodyResultCreator;
/// `UpdateOrganizationTaskInvolveMembersResponseBodyResultInvolvers`: the same model as [`CreateOrganizationTaskResponseBodyResultCreator`].
pub type UpdateOrganizationTaskInvolveMembersResponseBodyResultInvolvers = CreateOrganizationTaskResponseBodyResultCreator;
/// `CreateProjectResponseBodyResultCustomFieldsValue`: the same model as [`CreateProjectCustomfieldStatusResponseBodyResultValue`].
pub type CreateProjectResponseBodyResultCustomFieldsValue = CreateProjectCustomfieldStatusResponseBodyResultValue;
/// `CreateTaskResponseBodyResultCustomfieldsValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTaskResponseBodyResultCustomfieldsValue {
    /// `id`.
    pub id: Option<String>,
    /// `thumbUrl`.
    pub thumb_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTaskResponseBodyResultCustomfieldsValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTaskResponseBodyResultCustomfieldsValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "thumbUrl" => rt::read_field(map, &mut self.thumb_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTaskResponseBodyResultCustomfieldsValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("thumbUrl", &self.thumb_url)?;
        object.optional("title", &self.title)?;
        object.end()
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddProjectMemberRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl AddProjectMemberRequest {
    /// A `AddProjectMemberRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(user_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for AddProjectMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddProjectMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddProjectMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddProjectMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_organization_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateOrganizationTaskRequest {
    /// A `CreateOrganizationTaskRequest` with its required fields (`content`, `priority`, `visible`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        priority: i64,
        visible: impl Into<String>,
    ) -> Self {
        Self {
            content: content.into(),
            create_time: None,
            disable_activity: None,
            disable_notification: None,
            due_date: None,
            executor_id: None,
            involve_members: None,
            note: None,
            priority,
            visible: visible.into(),
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
impl rt::serde::Serialize for CreateOrganizationTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("disableActivity", &self.disable_activity)?;
        object.optional("disableNotification", &self.disable_notification)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.optional("note", &self.note)?;
        object.field("priority", &self.priority)?;
        object.field("visible", &self.visible)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateOrganizationTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateOrganizationTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "disableActivity" => rt::read_field(map, &mut self.disable_activity),
            "disableNotification" => rt::read_field(map, &mut self.disable_notification),
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            "note" => rt::read_field(map, &mut self.note),
            "priority" => rt::read_field(map, &mut self.priority),
            "visible" => rt::read_field(map, &mut self.visible),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateOrganizationTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_plan_time`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreatePlanTimeRequest {
    /// A `CreatePlanTimeRequest` with its required fields (`tenantType`, `endDate`, `executorId`, `includesHolidays`, `isDuration`, `objectId`, `objectType`, `planTime`, `startDate`, `submitterId`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        tenant_type: impl Into<String>,
        end_date: impl Into<String>,
        executor_id: impl Into<String>,
        includes_holidays: bool,
        is_duration: bool,
        object_id: impl Into<String>,
        object_type: impl Into<String>,
        plan_time: i64,
        start_date: impl Into<String>,
        submitter_id: impl Into<String>,
    ) -> Self {
        Self {
            tenant_type: tenant_type.into(),
            end_date: end_date.into(),
            executor_id: executor_id.into(),
            includes_holidays,
            is_duration,
            object_id: object_id.into(),
            object_type: object_type.into(),
            plan_time,
            start_date: start_date.into(),
            submitter_id: submitter_id.into(),
        }
    }
}
impl rt::serde::Serialize for CreatePlanTimeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endDate", &self.end_date)?;
        object.field("executorId", &self.executor_id)?;
        object.field("includesHolidays", &self.includes_holidays)?;
        object.field("isDuration", &self.is_duration)?;
        object.field("objectId", &self.object_id)?;
        object.field("objectType", &self.object_type)?;
        object.field("planTime", &self.plan_time)?;
        object.field("startDate", &self.start_date)?;
        object.field("submitterId", &self.submitter_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreatePlanTimeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreatePlanTimeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tenantType" => rt::read_field(map, &mut self.tenant_type),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "includesHolidays" => rt::read_field(map, &mut self.includes_holidays),
            "isDuration" => rt::read_field(map, &mut self.is_duration),
            "objectId" => rt::read_field(map, &mut self.object_id),
            "objectType" => rt::read_field(map, &mut self.object_type),
            "planTime" => rt::read_field(map, &mut self.plan_time),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "submitterId" => rt::read_field(map, &mut self.submitter_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateProjectRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateProjectRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateProjectRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateProjectRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_project_by_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateProjectByTemplateRequest {
    /// A `CreateProjectByTemplateRequest` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            description: None,
            end_date: None,
            name: name.into(),
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
impl rt::serde::Serialize for CreateProjectByTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("endDate", &self.end_date)?;
        object.field("name", &self.name)?;
        object.optional("programId", &self.program_id)?;
        object.optional("programName", &self.program_name)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("templateName", &self.template_name)?;
        object.optional("visibility", &self.visibility)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateProjectByTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateProjectByTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "name" => rt::read_field(map, &mut self.name),
            "programId" => rt::read_field(map, &mut self.program_id),
            "programName" => rt::read_field(map, &mut self.program_name),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "templateName" => rt::read_field(map, &mut self.template_name),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateProjectByTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_project_customfield_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateProjectCustomfieldStatusRequest {
    /// A `CreateProjectCustomfieldStatusRequest` with its required fields (`value`); set the others with the methods named after them.
    pub fn new(
        value: impl IntoIterator<Item = CreateProjectCustomfieldStatusRequestValue>,
    ) -> Self {
        Self {
            custom_field_id: None,
            custom_field_instance_id: None,
            custom_field_name: None,
            value: value.into_iter().collect(),
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
impl rt::serde::Serialize for CreateProjectCustomfieldStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customFieldId", &self.custom_field_id)?;
        object.optional("customFieldInstanceId", &self.custom_field_instance_id)?;
        object.optional("customFieldName", &self.custom_field_name)?;
        object.field("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateProjectCustomfieldStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateProjectCustomfieldStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customFieldId" => rt::read_field(map, &mut self.custom_field_id),
            "customFieldInstanceId" => {
                rt::read_field(map, &mut self.custom_field_instance_id)
            }
            "customFieldName" => rt::read_field(map, &mut self.custom_field_name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateProjectCustomfieldStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateTaskRequest {
    /// A `CreateTaskRequest` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>) -> Self {
        Self {
            content: content.into(),
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
impl rt::serde::Serialize for CreateTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.optional("customfields", &self.customfields)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.optional("note", &self.note)?;
        object.optional("parentTaskId", &self.parent_task_id)?;
        object.optional("priority", &self.priority)?;
        object.optional("priorityName", &self.priority_name)?;
        object.optional("projectId", &self.project_id)?;
        object.optional("projectName", &self.project_name)?;
        object.optional("scenariofieldconfigId", &self.scenariofieldconfig_id)?;
        object.optional("sprintId", &self.sprint_id)?;
        object.optional("stageId", &self.stage_id)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("storyPoint", &self.story_point)?;
        object.optional("tagIds", &self.tag_ids)?;
        object.optional("tagNames", &self.tag_names)?;
        object.optional("taskflowstatusId", &self.taskflowstatus_id)?;
        object.optional("tasklistId", &self.tasklist_id)?;
        object.optional("tfsName", &self.tfs_name)?;
        object.optional("visible", &self.visible)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "customfields" => rt::read_field(map, &mut self.customfields),
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            "note" => rt::read_field(map, &mut self.note),
            "parentTaskId" => rt::read_field(map, &mut self.parent_task_id),
            "priority" => rt::read_field(map, &mut self.priority),
            "priorityName" => rt::read_field(map, &mut self.priority_name),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "projectName" => rt::read_field(map, &mut self.project_name),
            "scenariofieldconfigId" => {
                rt::read_field(map, &mut self.scenariofieldconfig_id)
            }
            "sprintId" => rt::read_field(map, &mut self.sprint_id),
            "stageId" => rt::read_field(map, &mut self.stage_id),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "storyPoint" => rt::read_field(map, &mut self.story_point),
            "tagIds" => rt::read_field(map, &mut self.tag_ids),
            "tagNames" => rt::read_field(map, &mut self.tag_names),
            "taskflowstatusId" => rt::read_field(map, &mut self.taskflowstatus_id),
            "tasklistId" => rt::read_field(map, &mut self.tasklist_id),
            "tfsName" => rt::read_field(map, &mut self.tfs_name),
            "visible" => rt::read_field(map, &mut self.visible),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateTaskObjectLinkRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("linkedData", &self.linked_data)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTaskObjectLinkRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTaskObjectLinkRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "linkedData" => rt::read_field(map, &mut self.linked_data),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateTaskObjectLinkRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_work_time`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateWorkTimeRequest {
    /// A `CreateWorkTimeRequest` with its required fields (`tenantType`, `endDate`, `executorId`, `includesHolidays`, `isDuration`, `objectId`, `objectType`, `startDate`, `submitterId`, `workTime`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        tenant_type: impl Into<String>,
        end_date: impl Into<String>,
        executor_id: impl Into<String>,
        includes_holidays: bool,
        is_duration: bool,
        object_id: impl Into<String>,
        object_type: impl Into<String>,
        start_date: impl Into<String>,
        submitter_id: impl Into<String>,
        work_time: i64,
    ) -> Self {
        Self {
            tenant_type: tenant_type.into(),
            description: None,
            end_date: end_date.into(),
            executor_id: executor_id.into(),
            includes_holidays,
            is_duration,
            object_id: object_id.into(),
            object_type: object_type.into(),
            start_date: start_date.into(),
            submitter_id: submitter_id.into(),
            work_time,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateWorkTimeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.field("endDate", &self.end_date)?;
        object.field("executorId", &self.executor_id)?;
        object.field("includesHolidays", &self.includes_holidays)?;
        object.field("isDuration", &self.is_duration)?;
        object.field("objectId", &self.object_id)?;
        object.field("objectType", &self.object_type)?;
        object.field("startDate", &self.start_date)?;
        object.field("submitterId", &self.submitter_id)?;
        object.field("workTime", &self.work_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateWorkTimeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateWorkTimeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tenantType" => rt::read_field(map, &mut self.tenant_type),
            "description" => rt::read_field(map, &mut self.description),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "includesHolidays" => rt::read_field(map, &mut self.includes_holidays),
            "isDuration" => rt::read_field(map, &mut self.is_duration),
            "objectId" => rt::read_field(map, &mut self.object_id),
            "objectType" => rt::read_field(map, &mut self.object_type),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "submitterId" => rt::read_field(map, &mut self.submitter_id),
            "workTime" => rt::read_field(map, &mut self.work_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateWorkTimeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("tenantType", &self.tenant_type);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_work_time_approve`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateWorkTimeApproveRequest {
    /// `workTimeIds`.
    pub work_time_ids: Vec<String>,
}
impl CreateWorkTimeApproveRequest {
    /// A `CreateWorkTimeApproveRequest` with its required fields (`workTimeIds`); set the others with the methods named after them.
    pub fn new(work_time_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            work_time_ids: work_time_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for CreateWorkTimeApproveRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("workTimeIds", &self.work_time_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateWorkTimeApproveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateWorkTimeApproveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "workTimeIds" => rt::read_field(map, &mut self.work_time_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateWorkTimeApproveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_project_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteProjectMemberRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl DeleteProjectMemberRequest {
    /// A `DeleteProjectMemberRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(user_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for DeleteProjectMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteProjectMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteProjectMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDeptsByOrgIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDeptsByOrgIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "dingAccessTokenType" => {
                rt::read_field(map, &mut self.ding_access_token_type)
            }
            "dingOrgId" => rt::read_field(map, &mut self.ding_org_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetEmpsByOrgIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetEmpsByOrgIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "needDept" => rt::read_field(map, &mut self.need_dept),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "dingAccessTokenType" => {
                rt::read_field(map, &mut self.ding_access_token_type)
            }
            "dingIsvOrgId" => rt::read_field(map, &mut self.ding_isv_org_id),
            "dingOrgId" => rt::read_field(map, &mut self.ding_org_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetOrganizatioTaskByIdsRequest {
    /// `taskIds`: a query parameter.
    pub task_ids: String,
}
impl GetOrganizatioTaskByIdsRequest {
    /// A `GetOrganizatioTaskByIdsRequest` with its required fields (`taskIds`); set the others with the methods named after them.
    pub fn new(task_ids: impl Into<String>) -> Self {
        Self { task_ids: task_ids.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetOrganizatioTaskByIdsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetOrganizatioTaskByIdsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskIds" => rt::read_field(map, &mut self.task_ids),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProjectGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProjectGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "viewerId" => rt::read_field(map, &mut self.viewer_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProjectMemebersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProjectMemebersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "projectRoleId" => rt::read_field(map, &mut self.project_role_id),
            "skip" => rt::read_field(map, &mut self.skip),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTaskByIdsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTaskByIdsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "parentTaskId" => rt::read_field(map, &mut self.parent_task_id),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetTaskByIdsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("parentTaskId", &self.parent_task_id);
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::get_tb_org_id_by_ding_org_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetTbOrgIdByDingOrgIdRequest {
    /// `optUserId`: a query parameter.
    pub opt_user_id: String,
}
impl GetTbOrgIdByDingOrgIdRequest {
    /// A `GetTbOrgIdByDingOrgIdRequest` with its required fields (`optUserId`); set the others with the methods named after them.
    pub fn new(opt_user_id: impl Into<String>) -> Self {
        Self {
            opt_user_id: opt_user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTbOrgIdByDingOrgIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTbOrgIdByDingOrgIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "optUserId" => rt::read_field(map, &mut self.opt_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetTbOrgIdByDingOrgIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("optUserId", &self.opt_user_id);
    }
}
/// The request of [`Api::get_tb_project_gray`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetTbProjectGrayRequest {
    /// A `GetTbProjectGrayRequest` with its required fields (`label`); set the others with the methods named after them.
    pub fn new(label: impl Into<String>) -> Self {
        Self {
            ding_access_token_type: None,
            ding_corp_id: None,
            ding_isv_org_id: None,
            ding_org_id: None,
            ding_suite_key: None,
            label: label.into(),
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
impl rt::serde::Serialize for GetTbProjectGrayRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("label", &self.label)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTbProjectGrayRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTbProjectGrayRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingAccessTokenType" => {
                rt::read_field(map, &mut self.ding_access_token_type)
            }
            "dingCorpId" => rt::read_field(map, &mut self.ding_corp_id),
            "dingIsvOrgId" => rt::read_field(map, &mut self.ding_isv_org_id),
            "dingOrgId" => rt::read_field(map, &mut self.ding_org_id),
            "dingSuiteKey" => rt::read_field(map, &mut self.ding_suite_key),
            "label" => rt::read_field(map, &mut self.label),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTbProjectSourceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTbProjectSourceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingAccessTokenType" => {
                rt::read_field(map, &mut self.ding_access_token_type)
            }
            "dingCorpId" => rt::read_field(map, &mut self.ding_corp_id),
            "dingIsvOrgId" => rt::read_field(map, &mut self.ding_isv_org_id),
            "dingOrgId" => rt::read_field(map, &mut self.ding_org_id),
            "dingSuiteKey" => rt::read_field(map, &mut self.ding_suite_key),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetTbUserIdByStaffIdRequest {
    /// `optUserId`: a query parameter.
    pub opt_user_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetTbUserIdByStaffIdRequest {
    /// A `GetTbUserIdByStaffIdRequest` with its required fields (`optUserId`, `userId`); set the others with the methods named after them.
    pub fn new(opt_user_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            opt_user_id: opt_user_id.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTbUserIdByStaffIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTbUserIdByStaffIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "optUserId" => rt::read_field(map, &mut self.opt_user_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserJoinedProjectRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserJoinedProjectRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryProjectRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryProjectRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "name" => rt::read_field(map, &mut self.name),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "projectIds" => rt::read_field(map, &mut self.project_ids),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryTaskOfProjectRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryTaskOfProjectRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "query" => rt::read_field(map, &mut self.query),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SeachTaskStageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SeachTaskStageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "query" => rt::read_field(map, &mut self.query),
            "taskListId" => rt::read_field(map, &mut self.task_list_id),
            "taskStageIds" => rt::read_field(map, &mut self.task_stage_ids),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchAllTasksByTqlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchAllTasksByTqlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "tql" => rt::read_field(map, &mut self.tql),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchOranizationCustomfieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchOranizationCustomfieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customFieldIds" => rt::read_field(map, &mut self.custom_field_ids),
            "instanceIds" => rt::read_field(map, &mut self.instance_ids),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "projectIds" => rt::read_field(map, &mut self.project_ids),
            "query" => rt::read_field(map, &mut self.query),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchProjectCustomfieldRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchProjectCustomfieldRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customFieldIds" => rt::read_field(map, &mut self.custom_field_ids),
            "instanceIds" => rt::read_field(map, &mut self.instance_ids),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "query" => rt::read_field(map, &mut self.query),
            "scenarioFieldConfigId" => {
                rt::read_field(map, &mut self.scenario_field_config_id)
            }
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchProjectTemplateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchProjectTemplateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "keyword" => rt::read_field(map, &mut self.keyword),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchTaskFlowRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchTaskFlowRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "query" => rt::read_field(map, &mut self.query),
            "taskflowIds" => rt::read_field(map, &mut self.taskflow_ids),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchTaskListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchTaskListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "query" => rt::read_field(map, &mut self.query),
            "taskListIds" => rt::read_field(map, &mut self.task_list_ids),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchTaskflowStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchTaskflowStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "query" => rt::read_field(map, &mut self.query),
            "tfIds" => rt::read_field(map, &mut self.tf_ids),
            "tfsIds" => rt::read_field(map, &mut self.tfs_ids),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SearchUserTaskRequest {
    /// A `SearchUserTaskRequest` with its required fields (`roleTypes`); set the others with the methods named after them.
    pub fn new(role_types: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            role_types: role_types.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchUserTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchUserTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "roleTypes" => rt::read_field(map, &mut self.role_types),
            "tql" => rt::read_field(map, &mut self.tql),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateCustomfieldValueRequest {
    /// `customFieldId`.
    pub custom_field_id: Option<String>,
    /// `customFieldName`.
    pub custom_field_name: String,
    /// `value`.
    pub value: Option<Vec<UpdateCustomfieldValueRequestValue>>,
}
impl UpdateCustomfieldValueRequest {
    /// A `UpdateCustomfieldValueRequest` with its required fields (`customFieldName`); set the others with the methods named after them.
    pub fn new(custom_field_name: impl Into<String>) -> Self {
        Self {
            custom_field_id: None,
            custom_field_name: custom_field_name.into(),
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
impl rt::serde::Serialize for UpdateCustomfieldValueRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customFieldId", &self.custom_field_id)?;
        object.field("customFieldName", &self.custom_field_name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateCustomfieldValueRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateCustomfieldValueRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customFieldId" => rt::read_field(map, &mut self.custom_field_id),
            "customFieldName" => rt::read_field(map, &mut self.custom_field_name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateCustomfieldValueRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_organization_task_content`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateOrganizationTaskContentRequest {
    /// `content`.
    pub content: String,
    /// `disableActivity`.
    pub disable_activity: Option<bool>,
    /// `disableNotification`.
    pub disable_notification: Option<bool>,
}
impl UpdateOrganizationTaskContentRequest {
    /// A `UpdateOrganizationTaskContentRequest` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>) -> Self {
        Self {
            content: content.into(),
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
impl rt::serde::Serialize for UpdateOrganizationTaskContentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.optional("disableActivity", &self.disable_activity)?;
        object.optional("disableNotification", &self.disable_notification)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateOrganizationTaskContentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateOrganizationTaskContentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "disableActivity" => rt::read_field(map, &mut self.disable_activity),
            "disableNotification" => rt::read_field(map, &mut self.disable_notification),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateOrganizationTaskContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_organization_task_due_date`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateOrganizationTaskDueDateRequest {
    /// `disableActivity`.
    pub disable_activity: Option<bool>,
    /// `disableNotification`.
    pub disable_notification: Option<bool>,
    /// `dueDate`.
    pub due_date: String,
}
impl UpdateOrganizationTaskDueDateRequest {
    /// A `UpdateOrganizationTaskDueDateRequest` with its required fields (`dueDate`); set the others with the methods named after them.
    pub fn new(due_date: impl Into<String>) -> Self {
        Self {
            disable_activity: None,
            disable_notification: None,
            due_date: due_date.into(),
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
impl rt::serde::Serialize for UpdateOrganizationTaskDueDateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("disableActivity", &self.disable_activity)?;
        object.optional("disableNotification", &self.disable_notification)?;
        object.field("dueDate", &self.due_date)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateOrganizationTaskDueDateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateOrganizationTaskDueDateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "disableActivity" => rt::read_field(map, &mut self.disable_activity),
            "disableNotification" => rt::read_field(map, &mut self.disable_notification),
            "dueDate" => rt::read_field(map, &mut self.due_date),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateOrganizationTaskDueDateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_organization_task_executor`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateOrganizationTaskExecutorRequest {
    /// `disableActivity`.
    pub disable_activity: Option<bool>,
    /// `disableNotification`.
    pub disable_notification: Option<bool>,
    /// `executorId`.
    pub executor_id: String,
}
impl UpdateOrganizationTaskExecutorRequest {
    /// A `UpdateOrganizationTaskExecutorRequest` with its required fields (`executorId`); set the others with the methods named after them.
    pub fn new(executor_id: impl Into<String>) -> Self {
        Self {
            disable_activity: None,
            disable_notification: None,
            executor_id: executor_id.into(),
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
impl rt::serde::Serialize for UpdateOrganizationTaskExecutorRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("disableActivity", &self.disable_activity)?;
        object.optional("disableNotification", &self.disable_notification)?;
        object.field("executorId", &self.executor_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateOrganizationTaskExecutorRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateOrganizationTaskExecutorRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "disableActivity" => rt::read_field(map, &mut self.disable_activity),
            "disableNotification" => rt::read_field(map, &mut self.disable_notification),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateOrganizationTaskInvolveMembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("addInvolvers", &self.add_involvers)?;
        object.optional("delInvolvers", &self.del_involvers)?;
        object.optional("disableActivity", &self.disable_activity)?;
        object.optional("disableNotification", &self.disable_notification)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateOrganizationTaskInvolveMembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateOrganizationTaskInvolveMembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "addInvolvers" => rt::read_field(map, &mut self.add_involvers),
            "delInvolvers" => rt::read_field(map, &mut self.del_involvers),
            "disableActivity" => rt::read_field(map, &mut self.disable_activity),
            "disableNotification" => rt::read_field(map, &mut self.disable_notification),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateOrganizationTaskInvolveMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_organization_task_note`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateOrganizationTaskNoteRequest {
    /// `disableActivity`.
    pub disable_activity: Option<bool>,
    /// `disableNotification`.
    pub disable_notification: Option<bool>,
    /// `note`.
    pub note: String,
}
impl UpdateOrganizationTaskNoteRequest {
    /// A `UpdateOrganizationTaskNoteRequest` with its required fields (`note`); set the others with the methods named after them.
    pub fn new(note: impl Into<String>) -> Self {
        Self {
            disable_activity: None,
            disable_notification: None,
            note: note.into(),
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
impl rt::serde::Serialize for UpdateOrganizationTaskNoteRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("disableActivity", &self.disable_activity)?;
        object.optional("disableNotification", &self.disable_notification)?;
        object.field("note", &self.note)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateOrganizationTaskNoteRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateOrganizationTaskNoteRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "disableActivity" => rt::read_field(map, &mut self.disable_activity),
            "disableNotification" => rt::read_field(map, &mut self.disable_notification),
            "note" => rt::read_field(map, &mut self.note),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateOrganizationTaskNoteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_organization_task_priority`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateOrganizationTaskPriorityRequest {
    /// `disableActivity`.
    pub disable_activity: Option<bool>,
    /// `disableNotification`.
    pub disable_notification: Option<bool>,
    /// `priority`.
    pub priority: i64,
}
impl UpdateOrganizationTaskPriorityRequest {
    /// A `UpdateOrganizationTaskPriorityRequest` with its required fields (`priority`); set the others with the methods named after them.
    pub fn new(priority: i64) -> Self {
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
impl rt::serde::Serialize for UpdateOrganizationTaskPriorityRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("disableActivity", &self.disable_activity)?;
        object.optional("disableNotification", &self.disable_notification)?;
        object.field("priority", &self.priority)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateOrganizationTaskPriorityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateOrganizationTaskPriorityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "disableActivity" => rt::read_field(map, &mut self.disable_activity),
            "disableNotification" => rt::read_field(map, &mut self.disable_notification),
            "priority" => rt::read_field(map, &mut self.priority),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateOrganizationTaskPriorityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_organization_task_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateOrganizationTaskStatusRequest {
    /// `disableActivity`.
    pub disable_activity: Option<bool>,
    /// `disableNotification`.
    pub disable_notification: Option<bool>,
    /// `isDone`.
    pub is_done: bool,
}
impl UpdateOrganizationTaskStatusRequest {
    /// A `UpdateOrganizationTaskStatusRequest` with its required fields (`isDone`); set the others with the methods named after them.
    pub fn new(is_done: bool) -> Self {
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
impl rt::serde::Serialize for UpdateOrganizationTaskStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("disableActivity", &self.disable_activity)?;
        object.optional("disableNotification", &self.disable_notification)?;
        object.field("isDone", &self.is_done)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateOrganizationTaskStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateOrganizationTaskStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "disableActivity" => rt::read_field(map, &mut self.disable_activity),
            "disableNotification" => rt::read_field(map, &mut self.disable_notification),
            "isDone" => rt::read_field(map, &mut self.is_done),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateProjectGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("addProjectGroupIds", &self.add_project_group_ids)?;
        object.optional("delProjectGroupIds", &self.del_project_group_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateProjectGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateProjectGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "addProjectGroupIds" => rt::read_field(map, &mut self.add_project_group_ids),
            "delProjectGroupIds" => rt::read_field(map, &mut self.del_project_group_ids),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateTaskContentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskContentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTaskContentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateTaskDueDateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dueDate", &self.due_date)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskDueDateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTaskDueDateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dueDate" => rt::read_field(map, &mut self.due_date),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateTaskExecutorRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("executorId", &self.executor_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskExecutorRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTaskExecutorRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "executorId" => rt::read_field(map, &mut self.executor_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateTaskInvolvemembersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("addInvolvers", &self.add_involvers)?;
        object.optional("delInvolvers", &self.del_involvers)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskInvolvemembersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTaskInvolvemembersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "addInvolvers" => rt::read_field(map, &mut self.add_involvers),
            "delInvolvers" => rt::read_field(map, &mut self.del_involvers),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateTaskNoteRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("note", &self.note)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskNoteRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTaskNoteRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "note" => rt::read_field(map, &mut self.note),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateTaskPriorityRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("priority", &self.priority)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskPriorityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTaskPriorityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "priority" => rt::read_field(map, &mut self.priority),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateTaskStageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskStageId", &self.task_stage_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskStageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTaskStageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskStageId" => rt::read_field(map, &mut self.task_stage_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateTaskStartdateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("startDate", &self.start_date)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskStartdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTaskStartdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "startDate" => rt::read_field(map, &mut self.start_date),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateTaskTaskflowstatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskflowStatusId", &self.taskflow_status_id)?;
        object.optional("taskflowStatusUpdateNote", &self.taskflow_status_update_note)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateTaskTaskflowstatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateTaskTaskflowstatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskflowStatusId" => rt::read_field(map, &mut self.taskflow_status_id),
            "taskflowStatusUpdateNote" => {
                rt::read_field(map, &mut self.taskflow_status_update_note)
            }
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateWorkTimeApproveRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("finishTime", &self.finish_time)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("status", &self.status)?;
        object.optional("submitTime", &self.submit_time)?;
        object.optional("title", &self.title)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateWorkTimeApproveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateWorkTimeApproveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "finishTime" => rt::read_field(map, &mut self.finish_time),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "status" => rt::read_field(map, &mut self.status),
            "submitTime" => rt::read_field(map, &mut self.submit_time),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
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
