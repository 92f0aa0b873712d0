// @generated from api-spec/team_sphere_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉协作空间(Teambition)开放接口,版本 1.0。
//!
//! Operations: [`Api`], from `client.team_sphere_1_0()`. Generated from `api-spec/team_sphere_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `team_sphere_1_0`. Get it with `client.team_sphere_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 查询任务概览
    ///
    /// `POST /v1.0/teamSphere/users/{user_id}/analyses/report` (operation `AnalysisReport`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AnalysisReportError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn analysis_report(
        &self,
        user_id: &str,
        request: &AnalysisReportRequest,
    ) -> rt::Call<AnalysisReportResponseBody, AnalysisReportError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AnalysisReport",
            rt::Method::Post,
            "/v1.0/teamSphere/users/{user_id}/analyses/report",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建自由任务
    ///
    /// `POST /v1.0/teamSphere/organizations/users/{user_id}/tasks` (operation `CreateOrganizationTask`).
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
            "/v1.0/teamSphere/organizations/users/{user_id}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建项目成员
    ///
    /// `POST /v1.0/teamSphere/users/{user_id}/projects/{project_id}/members` (operation `CreateProjectMembersV3`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateProjectMembersV3Error`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_project_members_v3(
        &self,
        user_id: &str,
        project_id: &str,
        request: &CreateProjectMembersV3Request,
    ) -> rt::Call<CreateProjectMembersV3ResponseBody, CreateProjectMembersV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateProjectMembersV3",
            rt::Method::Post,
            "/v1.0/teamSphere/users/{user_id}/projects/{project_id}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 创建协作空间。
    ///
    /// `POST /v1.0/teamSphere/users/{user_id}/projects` (operation `CreateProjectV3`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateProjectV3Error`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_project_v3(
        &self,
        user_id: &str,
        request: &CreateProjectV3Request,
    ) -> rt::Call<CreateProjectV3ResponseBody, CreateProjectV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateProjectV3",
            rt::Method::Post,
            "/v1.0/teamSphere/users/{user_id}/projects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建协作空间任务
    ///
    /// 调用本接口,创建一个协作空间任务。协作空间任务是在关联指定的协作空间中创建的任务。
    ///
    /// `POST /v1.0/teamSphere/users/{user_id}/tasks` (operation `CreateTask`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`): 用户userId。
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
            "/v1.0/teamSphere/users/{user_id}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 删除项目成员。
    ///
    /// `POST /v1.0/teamSphere/users/{user_id}/projects/{project_id}/members/remove` (operation `DeleteProjectMembersV3`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteProjectMembersV3Error`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_project_members_v3(
        &self,
        user_id: &str,
        project_id: &str,
        request: &DeleteProjectMembersV3Request,
    ) -> rt::Call<DeleteProjectMembersV3ResponseBody, DeleteProjectMembersV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteProjectMembersV3",
            rt::Method::Post,
            "/v1.0/teamSphere/users/{user_id}/projects/{project_id}/members/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 获取最近访问的项目
    ///
    /// `GET /v1.0/teamSphere/users/{user_id}/footprints/projects` (operation `GetFootprintProject`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFootprintProjectError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_footprint_project(
        &self,
        user_id: &str,
    ) -> rt::Call<GetFootprintProjectResponseBody, GetFootprintProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFootprintProject",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{user_id}/footprints/projects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 获取最近访问的任务
    ///
    /// `GET /v1.0/teamSphere/users/{user_id}/footprints/tasks` (operation `GetFootprintTask`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFootprintTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_footprint_task(
        &self,
        user_id: &str,
    ) -> rt::Call<GetFootprintTaskResponseBody, GetFootprintTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFootprintTask",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{user_id}/footprints/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 查询轻任务详情。
    ///
    /// `GET /v1.0/teamSphere/organizations/tasks/{task_id}` (operation `GetFreeTask`).
    ///
    /// # Path parameters
    ///
    /// - `task_id` (`task_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFreeTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_free_task(
        &self,
        task_id: &str,
        request: &GetFreeTaskRequest,
    ) -> rt::Call<GetFreeTaskResponseBody, GetFreeTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFreeTask",
            rt::Method::Get,
            "/v1.0/teamSphere/organizations/tasks/{task_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 获取协作空间成员列表。
    ///
    /// `GET /v1.0/teamSphere/users/{user_id}/projects/{project_id}/members` (operation `GetProjectMembersV3`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProjectMembersV3Error`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_project_members_v3(
        &self,
        user_id: &str,
        project_id: &str,
        request: &GetProjectMembersV3Request,
    ) -> rt::Call<GetProjectMembersV3ResponseBody, GetProjectMembersV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProjectMembersV3",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{user_id}/projects/{project_id}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 获取项目角色列表。
    ///
    /// `GET /v1.0/teamSphere/users/{user_id}/projects/{project_id}/roles` (operation `GetProjectRolesV3`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProjectRolesV3Error`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_project_roles_v3(
        &self,
        user_id: &str,
        project_id: &str,
        request: &GetProjectRolesV3Request,
    ) -> rt::Call<GetProjectRolesV3ResponseBody, GetProjectRolesV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProjectRolesV3",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{user_id}/projects/{project_id}/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 获取用户星标协作空间
    ///
    /// `GET /v1.0/teamSphere/users/{user_id}/staredProjects` (operation `GetStaredProjects`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetStaredProjectsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_stared_projects(
        &self,
        user_id: &str,
        request: &GetStaredProjectsRequest,
    ) -> rt::Call<GetStaredProjectsResponseBody, GetStaredProjectsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetStaredProjects",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{user_id}/staredProjects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 钉钉 userId 查询 24位长 userId。
    ///
    /// `GET /v1.0/teamSphere/idmaps/userIds` (operation `GetTbUserIdByDingUserId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTbUserIdByDingUserIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_tb_user_id_by_ding_user_id(
        &self,
        request: &GetTbUserIdByDingUserIdRequest,
    ) -> rt::Call<GetTbUserIdByDingUserIdResponseBody, GetTbUserIdByDingUserIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTbUserIdByDingUserId",
            rt::Method::Get,
            "/v1.0/teamSphere/idmaps/userIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取快办企业ID
    ///
    /// `GET /v1.0/teamSphere/organizations` (operation `GetThingOrgIdByDingOrgId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetThingOrgIdByDingOrgIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_thing_org_id_by_ding_org_id(
        &self,
    ) -> rt::Call<GetThingOrgIdByDingOrgIdResponseBody, GetThingOrgIdByDingOrgIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetThingOrgIdByDingOrgId",
            rt::Method::Get,
            "/v1.0/teamSphere/organizations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取用户参与项目。
    ///
    /// `GET /v1.0/teamSphere/users/{user_id}/projects/userJoined` (operation `GetUserJoinedProjectsV3`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserJoinedProjectsV3Error`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_joined_projects_v3(
        &self,
        user_id: &str,
        request: &GetUserJoinedProjectsV3Request,
    ) -> rt::Call<GetUserJoinedProjectsV3ResponseBody, GetUserJoinedProjectsV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserJoinedProjectsV3",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{user_id}/projects/userJoined",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 获取全部任务
    ///
    /// `GET /v1.0/teamSphere/users/{user_id}/allTaskViews` (operation `ListAllTaskView`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAllTaskViewError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_all_task_view(
        &self,
        user_id: &str,
    ) -> rt::Call<ListAllTaskViewResponseBody, ListAllTaskViewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAllTaskView",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{user_id}/allTaskViews",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 查询我的捷径
    ///
    /// `GET /v1.0/teamSphere/users/{user_id}/shortcutViews` (operation `ListMyShortcutViews`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListMyShortcutViewsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_my_shortcut_views(
        &self,
        user_id: &str,
        request: &ListMyShortcutViewsRequest,
    ) -> rt::Call<ListMyShortcutViewsResponseBody, ListMyShortcutViewsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListMyShortcutViews",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{user_id}/shortcutViews",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询自由任务和项目任务详情。
    ///
    /// `GET /v1.0/teamSphere/users/{user_id}/tasks/query` (operation `QueryAllTask`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAllTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_all_task(
        &self,
        user_id: &str,
        request: &QueryAllTaskRequest,
    ) -> rt::Call<QueryAllTaskResponseBody, QueryAllTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAllTask",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{user_id}/tasks/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询我的任务
    ///
    /// `POST /v1.0/teamSphere/users/{user_id}/tasks/query` (operation `QueryTask`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryTaskError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_task(
        &self,
        user_id: &str,
        request: &QueryTaskRequest,
    ) -> rt::Call<QueryTaskResponseBody, QueryTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTask",
            rt::Method::Post,
            "/v1.0/teamSphere/users/{user_id}/tasks/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询协作空间任务详情。
    ///
    /// `GET /v1.0/teamSphere/user/{user_id}/tasks` (operation `QueryTasksV3`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryTasksV3Error`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_tasks_v3(
        &self,
        user_id: &str,
        request: &QueryTasksV3Request,
    ) -> rt::Call<QueryTasksV3ResponseBody, QueryTasksV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTasksV3",
            rt::Method::Get,
            "/v1.0/teamSphere/user/{user_id}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 通过TQL搜索自由任务和协作空间任务ID。
    ///
    /// `GET /v1.0/teamSphere/taskIds` (operation `SearchAllTasksByTql`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchAllTasksByTqlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_all_tasks_by_tql(
        &self,
        request: &SearchAllTasksByTqlRequest,
    ) -> rt::Call<SearchAllTasksByTqlResponseBody, SearchAllTasksByTqlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchAllTasksByTql",
            rt::Method::Get,
            "/v1.0/teamSphere/taskIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 搜索项目自定义字段。
    ///
    /// `GET /v1.0/teamSphere/users/{user_id}/projects/{project_id}/customFields` (operation `SearchProjectCustomFiledsV3`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchProjectCustomFiledsV3Error`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_project_custom_fileds_v3(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SearchProjectCustomFiledsV3Request,
    ) -> rt::Call<
        SearchProjectCustomFiledsV3ResponseBody,
        SearchProjectCustomFiledsV3Error,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchProjectCustomFiledsV3",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{user_id}/projects/{project_id}/customFields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 查询协作空间。
    ///
    /// `GET /v1.0/teamSphere/projects` (operation `SearchProjectsV3`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SearchProjectsV3Error`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn search_projects_v3(
        &self,
        request: &SearchProjectsV3Request,
    ) -> rt::Call<SearchProjectsV3ResponseBody, SearchProjectsV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchProjectsV3",
            rt::Method::Get,
            "/v1.0/teamSphere/projects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改项目成员的角色。
    ///
    /// `POST /v1.0/teamSphere/users/{user_id}/projects/{project_id}/roles/assign` (operation `UpdateProjectMemberRoleV3`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateProjectMemberRoleV3Error`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_project_member_role_v3(
        &self,
        user_id: &str,
        project_id: &str,
        request: &UpdateProjectMemberRoleV3Request,
    ) -> rt::Call<
        UpdateProjectMemberRoleV3ResponseBody,
        UpdateProjectMemberRoleV3Error,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateProjectMemberRoleV3",
            rt::Method::Post,
            "/v1.0/teamSphere/users/{user_id}/projects/{project_id}/roles/assign",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 更新协作空间。
    ///
    /// `PUT /v1.0/teamSphere/users/{user_id}/projects/{project_id}` (operation `UpdateProjectV3`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `project_id` (`project_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateProjectV3Error`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_project_v3(
        &self,
        user_id: &str,
        project_id: &str,
        request: &UpdateProjectV3Request,
    ) -> rt::Call<UpdateProjectV3ResponseBody, UpdateProjectV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateProjectV3",
            rt::Method::Put,
            "/v1.0/teamSphere/users/{user_id}/projects/{project_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// Every page of [`Api::get_project_members_v3`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn get_project_members_v3_pages(
        &self,
        user_id: &str,
        project_id: &str,
        request: &GetProjectMembersV3Request,
    ) -> rt::Paginator<
        GetProjectMembersV3ResponseBody,
        GetProjectMembersV3Error,
        GetProjectMembersV3ResponseBodyResult,
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
            self.get_project_members_v3(user_id, project_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::get_project_roles_v3`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn get_project_roles_v3_pages(
        &self,
        user_id: &str,
        project_id: &str,
        request: &GetProjectRolesV3Request,
    ) -> rt::Paginator<
        GetProjectRolesV3ResponseBody,
        GetProjectRolesV3Error,
        GetProjectRolesV3ResponseBodyResult,
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
            self.get_project_roles_v3(user_id, project_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::get_stared_projects`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn get_stared_projects_pages(
        &self,
        user_id: &str,
        request: &GetStaredProjectsRequest,
    ) -> rt::Paginator<GetStaredProjectsResponseBody, GetStaredProjectsError, String> {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.get_stared_projects(user_id, request), &PAGING)
    }
    /// Every page of [`Api::get_user_joined_projects_v3`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn get_user_joined_projects_v3_pages(
        &self,
        user_id: &str,
        request: &GetUserJoinedProjectsV3Request,
    ) -> rt::Paginator<
        GetUserJoinedProjectsV3ResponseBody,
        GetUserJoinedProjectsV3Error,
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
        rt::Paginator::new(self.get_user_joined_projects_v3(user_id, request), &PAGING)
    }
    /// Every page of [`Api::list_my_shortcut_views`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn list_my_shortcut_views_pages(
        &self,
        user_id: &str,
        request: &ListMyShortcutViewsRequest,
    ) -> rt::Paginator<
        ListMyShortcutViewsResponseBody,
        ListMyShortcutViewsError,
        ListMyShortcutViewsResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.list_my_shortcut_views(user_id, request), &PAGING)
    }
    /// Every page of [`Api::query_task`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn query_task_pages(
        &self,
        user_id: &str,
        request: &QueryTaskRequest,
    ) -> rt::Paginator<
        QueryTaskResponseBody,
        QueryTaskError,
        QueryTaskResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.query_task(user_id, request), &PAGING)
    }
    /// Every page of [`Api::search_all_tasks_by_tql`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn search_all_tasks_by_tql_pages(
        &self,
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
        rt::Paginator::new(self.search_all_tasks_by_tql(request), &PAGING)
    }
    /// Every page of [`Api::search_project_custom_fileds_v3`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn search_project_custom_fileds_v3_pages(
        &self,
        user_id: &str,
        project_id: &str,
        request: &SearchProjectCustomFiledsV3Request,
    ) -> rt::Paginator<
        SearchProjectCustomFiledsV3ResponseBody,
        SearchProjectCustomFiledsV3Error,
        SearchProjectCustomFiledsV3ResponseBodyResult,
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
            self.search_project_custom_fileds_v3(user_id, project_id, request),
            &PAGING,
        )
    }
    /// Every page of [`Api::search_projects_v3`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `result` of each page.
    pub fn search_projects_v3_pages(
        &self,
        request: &SearchProjectsV3Request,
    ) -> rt::Paginator<
        SearchProjectsV3ResponseBody,
        SearchProjectsV3Error,
        SearchProjectsV3ResponseBodyResult,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["result"],
        );
        rt::Paginator::new(self.search_projects_v3(request), &PAGING)
    }
}
/// `AnalysisReportRequestFilter`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AnalysisReportRequestFilter {
    /// `created`.
    pub created: Option<String>,
}
impl AnalysisReportRequestFilter {
    /// An empty `AnalysisReportRequestFilter`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<String>) -> Self {
        self.created = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AnalysisReportRequestFilter {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AnalysisReportRequestFilter {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AnalysisReportRequestFilter {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            _ => Ok(false),
        }
    }
}
/// `AnalysisReportResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AnalysisReportResponseBody {
    /// `result`.
    pub result: Option<Vec<AnalysisReportResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for AnalysisReportResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnalysisReportResponseBody {
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
impl rt::serde::Serialize for AnalysisReportResponseBody {
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
/// `CreateProjectMembersV3ResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProjectMembersV3ResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<CreateProjectMembersV3ResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateProjectMembersV3ResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProjectMembersV3ResponseBody {
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
impl rt::serde::Serialize for CreateProjectMembersV3ResponseBody {
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
/// `CreateProjectV3ResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProjectV3ResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<CreateProjectV3ResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateProjectV3ResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProjectV3ResponseBody {
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
impl rt::serde::Serialize for CreateProjectV3ResponseBody {
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
/// `CreateTaskRequestCustomfields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTaskRequestCustomfields {
    /// 自定义字段id。
    pub customfield_id: Option<String>,
    /// 自定义字段名称。
    pub customfield_name: Option<String>,
    /// 自定义字段值。
    pub value: Option<Vec<CreateTaskRequestCustomfieldsValue>>,
}
impl CreateTaskRequestCustomfields {
    /// An empty `CreateTaskRequestCustomfields`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    /// 返回结果对象。
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
/// `DeleteProjectMembersV3ResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteProjectMembersV3ResponseBody {
    /// `errors`.
    pub errors: Option<Vec<DeleteProjectMembersV3ResponseBodyErrors>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteProjectMembersV3ResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteProjectMembersV3ResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errors" => rt::read_field(map, &mut self.errors),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteProjectMembersV3ResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errors", &self.errors)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetFootprintProjectResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFootprintProjectResponseBody {
    /// `result`.
    pub result: Option<Vec<GetFootprintProjectResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFootprintProjectResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFootprintProjectResponseBody {
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
impl rt::serde::Serialize for GetFootprintProjectResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetFootprintTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFootprintTaskResponseBody {
    /// `result`.
    pub result: Option<Vec<GetFootprintTaskResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFootprintTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFootprintTaskResponseBody {
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
impl rt::serde::Serialize for GetFootprintTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetFreeTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFreeTaskResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<GetFreeTaskResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFreeTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFreeTaskResponseBody {
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
impl rt::serde::Serialize for GetFreeTaskResponseBody {
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
/// `GetProjectMembersV3ResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProjectMembersV3ResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<GetProjectMembersV3ResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProjectMembersV3ResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProjectMembersV3ResponseBody {
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
impl rt::serde::Serialize for GetProjectMembersV3ResponseBody {
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
/// `GetProjectRolesV3ResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProjectRolesV3ResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<GetProjectRolesV3ResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProjectRolesV3ResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProjectRolesV3ResponseBody {
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
impl rt::serde::Serialize for GetProjectRolesV3ResponseBody {
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
/// `GetStaredProjectsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetStaredProjectsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetStaredProjectsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetStaredProjectsResponseBody {
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
impl rt::serde::Serialize for GetStaredProjectsResponseBody {
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
/// `GetTbUserIdByDingUserIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTbUserIdByDingUserIdResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<GetTbUserIdByDingUserIdResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTbUserIdByDingUserIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTbUserIdByDingUserIdResponseBody {
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
impl rt::serde::Serialize for GetTbUserIdByDingUserIdResponseBody {
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
/// `GetThingOrgIdByDingOrgIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetThingOrgIdByDingOrgIdResponseBody {
    /// `result`.
    pub result: Option<GetThingOrgIdByDingOrgIdResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetThingOrgIdByDingOrgIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetThingOrgIdByDingOrgIdResponseBody {
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
impl rt::serde::Serialize for GetThingOrgIdByDingOrgIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetUserJoinedProjectsV3ResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserJoinedProjectsV3ResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserJoinedProjectsV3ResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserJoinedProjectsV3ResponseBody {
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
impl rt::serde::Serialize for GetUserJoinedProjectsV3ResponseBody {
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
/// `ListAllTaskViewResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBody {
    /// `result`.
    pub result: Option<ListAllTaskViewResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllTaskViewResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllTaskViewResponseBody {
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
impl rt::serde::Serialize for ListAllTaskViewResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListMyShortcutViewsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListMyShortcutViewsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<ListMyShortcutViewsResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListMyShortcutViewsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListMyShortcutViewsResponseBody {
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
impl rt::serde::Serialize for ListMyShortcutViewsResponseBody {
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
/// `QueryAllTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllTaskResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<QueryAllTaskResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAllTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAllTaskResponseBody {
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
impl rt::serde::Serialize for QueryAllTaskResponseBody {
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
/// `QueryTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTaskResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<QueryTaskResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTaskResponseBody {
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
impl rt::serde::Serialize for QueryTaskResponseBody {
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
/// `QueryTasksV3ResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTasksV3ResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<QueryTasksV3ResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryTasksV3ResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTasksV3ResponseBody {
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
impl rt::serde::Serialize for QueryTasksV3ResponseBody {
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
/// `SearchProjectCustomFiledsV3ResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchProjectCustomFiledsV3ResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<SearchProjectCustomFiledsV3ResponseBodyResult>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchProjectCustomFiledsV3ResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchProjectCustomFiledsV3ResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchProjectCustomFiledsV3ResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `SearchProjectsV3ResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchProjectsV3ResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<SearchProjectsV3ResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchProjectsV3ResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchProjectsV3ResponseBody {
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
impl rt::serde::Serialize for SearchProjectsV3ResponseBody {
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
/// `UpdateProjectMemberRoleV3ResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateProjectMemberRoleV3ResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<UpdateProjectMemberRoleV3ResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateProjectMemberRoleV3ResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateProjectMemberRoleV3ResponseBody {
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
impl rt::serde::Serialize for UpdateProjectMemberRoleV3ResponseBody {
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
/// `UpdateProjectV3ResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateProjectV3ResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<UpdateProjectV3ResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateProjectV3ResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateProjectV3ResponseBody {
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
impl rt::serde::Serialize for UpdateProjectV3ResponseBody {
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
/// `AnalysisReportResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AnalysisReportResponseBodyResult {
    /// `cols`.
    pub cols: Option<Vec<AnalysisReportResponseBodyResultCols>>,
    /// `listQuery`.
    pub list_query: Option<Vec<Vec<AnalysisReportResponseBodyResultListQuery>>>,
    /// `name`.
    pub name: Option<String>,
    /// `rows`.
    pub rows: Option<Vec<Vec<String>>>,
    /// `tips`.
    pub tips: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `visualizationSettings`.
    pub visualization_settings: Option<
        AnalysisReportResponseBodyResultVisualizationSettings,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for AnalysisReportResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnalysisReportResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cols" => rt::read_field(map, &mut self.cols),
            "listQuery" => rt::read_field(map, &mut self.list_query),
            "name" => rt::read_field(map, &mut self.name),
            "rows" => rt::read_field(map, &mut self.rows),
            "tips" => rt::read_field(map, &mut self.tips),
            "title" => rt::read_field(map, &mut self.title),
            "visualizationSettings" => {
                rt::read_field(map, &mut self.visualization_settings)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AnalysisReportResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cols", &self.cols)?;
        object.optional("listQuery", &self.list_query)?;
        object.optional("name", &self.name)?;
        object.optional("rows", &self.rows)?;
        object.optional("tips", &self.tips)?;
        object.optional("title", &self.title)?;
        object.optional("visualizationSettings", &self.visualization_settings)?;
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
        object.optional("updated", &self.updated)?;
        object.optional("visible", &self.visible)?;
        object.end()
    }
}
/// `CreateProjectMembersV3ResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProjectMembersV3ResponseBodyResult {
    /// `boundToObjectId`.
    pub bound_to_object_id: Option<String>,
    /// `boundToObjectType`.
    pub bound_to_object_type: Option<String>,
    /// `joined`.
    pub joined: Option<String>,
    /// `role`.
    pub role: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateProjectMembersV3ResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProjectMembersV3ResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "boundToObjectId" => rt::read_field(map, &mut self.bound_to_object_id),
            "boundToObjectType" => rt::read_field(map, &mut self.bound_to_object_type),
            "joined" => rt::read_field(map, &mut self.joined),
            "role" => rt::read_field(map, &mut self.role),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateProjectMembersV3ResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("boundToObjectId", &self.bound_to_object_id)?;
        object.optional("boundToObjectType", &self.bound_to_object_type)?;
        object.optional("joined", &self.joined)?;
        object.optional("role", &self.role)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `CreateProjectV3ResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProjectV3ResponseBodyResult {
    /// `id`.
    pub id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateProjectV3ResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateProjectV3ResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateProjectV3ResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `CreateTaskRequestCustomfieldsValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTaskRequestCustomfieldsValue {
    /// 字段值ID。用于统计, 自动化触发条件作用; 对于成员类型的字段这个值需要填写用户ID, 可以利用通讯录接口响应中的 userId 字段。
    pub id: Option<String>,
    /// 用户头像地址。对于成员类型的字段这个值需要填写用户头像的地址, 可以利用通讯录接口响应中的 thumbUrl 字段。
    pub thumb_url: Option<String>,
    /// 自定义字段显示值。
    pub title: Option<String>,
}
impl CreateTaskRequestCustomfieldsValue {
    /// An empty `CreateTaskRequestCustomfieldsValue`; set fields with the methods named after them.
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
impl rt::serde::Serialize for CreateTaskRequestCustomfieldsValue {
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
impl<'de> rt::serde::Deserialize<'de> for CreateTaskRequestCustomfieldsValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTaskRequestCustomfieldsValue {
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
/// 返回结果对象。
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTaskResponseBodyResult {
    /// 任务标题。
    pub content: Option<String>,
    /// 创建时间。
    pub created: Option<String>,
    /// 任务创建者userId。
    pub creator_id: Option<String>,
    /// 自定义字段列表。
    pub customfields: Option<Vec<CreateTaskResponseBodyResultCustomfields>>,
    /// 任务截止时间。
    pub due_date: Option<String>,
    /// 任务执行者userId。
    pub executor_id: Option<String>,
    /// 任务参与者id。
    pub involve_members: Option<Vec<String>>,
    /// 任务备注。
    pub note: Option<String>,
    /// 任务优先级。
    pub priority: Option<i64>,
    /// 项目id。
    pub project_id: Option<String>,
    /// 任务id。
    pub task_id: Option<String>,
    /// 更新时间。
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
            "taskId" => rt::read_field(map, &mut self.task_id),
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
        object.optional("taskId", &self.task_id)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `DeleteProjectMembersV3ResponseBodyErrors`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteProjectMembersV3ResponseBodyErrors {
    /// `message`.
    pub message: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteProjectMembersV3ResponseBodyErrors {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteProjectMembersV3ResponseBodyErrors {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteProjectMembersV3ResponseBodyErrors {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `GetFootprintProjectResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFootprintProjectResponseBodyResult {
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `logo`.
    pub logo: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `organizationId`.
    pub organization_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
    /// `visibility`.
    pub visibility: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFootprintProjectResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFootprintProjectResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "description" => rt::read_field(map, &mut self.description),
            "id" => rt::read_field(map, &mut self.id),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "logo" => rt::read_field(map, &mut self.logo),
            "name" => rt::read_field(map, &mut self.name),
            "organizationId" => rt::read_field(map, &mut self.organization_id),
            "updated" => rt::read_field(map, &mut self.updated),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFootprintProjectResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("description", &self.description)?;
        object.optional("id", &self.id)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("logo", &self.logo)?;
        object.optional("name", &self.name)?;
        object.optional("organizationId", &self.organization_id)?;
        object.optional("updated", &self.updated)?;
        object.optional("visibility", &self.visibility)?;
        object.end()
    }
}
/// `GetFootprintTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFootprintTaskResponseBodyResult {
    /// `accomplished`.
    pub accomplished: Option<String>,
    /// `basicPos`.
    pub basic_pos: Option<String>,
    /// `content`.
    pub content: Option<String>,
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `customfields`.
    pub customfields: Option<Vec<GetFootprintTaskResponseBodyResultCustomfields>>,
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
    /// `isArchived`.
    pub is_archived: Option<bool>,
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `note`.
    pub note: Option<String>,
    /// `organizationId`.
    pub organization_id: Option<String>,
    /// `pos`.
    pub pos: Option<i64>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `sfcId`.
    pub sfc_id: Option<String>,
    /// `stageId`.
    pub stage_id: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `tasklistId`.
    pub tasklist_id: Option<String>,
    /// `tfsId`.
    pub tfs_id: Option<String>,
    /// `uniqueId`.
    pub unique_id: Option<i64>,
    /// `updated`.
    pub updated: Option<String>,
    /// `visible`.
    pub visible: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFootprintTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFootprintTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accomplished" => rt::read_field(map, &mut self.accomplished),
            "basicPos" => rt::read_field(map, &mut self.basic_pos),
            "content" => rt::read_field(map, &mut self.content),
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "customfields" => rt::read_field(map, &mut self.customfields),
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "id" => rt::read_field(map, &mut self.id),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            "isArchived" => rt::read_field(map, &mut self.is_archived),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "note" => rt::read_field(map, &mut self.note),
            "organizationId" => rt::read_field(map, &mut self.organization_id),
            "pos" => rt::read_field(map, &mut self.pos),
            "priority" => rt::read_field(map, &mut self.priority),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "sfcId" => rt::read_field(map, &mut self.sfc_id),
            "stageId" => rt::read_field(map, &mut self.stage_id),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "tasklistId" => rt::read_field(map, &mut self.tasklist_id),
            "tfsId" => rt::read_field(map, &mut self.tfs_id),
            "uniqueId" => rt::read_field(map, &mut self.unique_id),
            "updated" => rt::read_field(map, &mut self.updated),
            "visible" => rt::read_field(map, &mut self.visible),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFootprintTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accomplished", &self.accomplished)?;
        object.optional("basicPos", &self.basic_pos)?;
        object.optional("content", &self.content)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("customfields", &self.customfields)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("id", &self.id)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.optional("isArchived", &self.is_archived)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("note", &self.note)?;
        object.optional("organizationId", &self.organization_id)?;
        object.optional("pos", &self.pos)?;
        object.optional("priority", &self.priority)?;
        object.optional("projectId", &self.project_id)?;
        object.optional("sfcId", &self.sfc_id)?;
        object.optional("stageId", &self.stage_id)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("tasklistId", &self.tasklist_id)?;
        object.optional("tfsId", &self.tfs_id)?;
        object.optional("uniqueId", &self.unique_id)?;
        object.optional("updated", &self.updated)?;
        object.optional("visible", &self.visible)?;
        object.end()
    }
}
/// `GetFreeTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFreeTaskResponseBodyResult {
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
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
    /// `isArchive`.
    pub is_archive: Option<bool>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `note`.
    pub note: Option<String>,
    /// `organizationId`.
    pub organization_id: Option<String>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `recurrence`.
    pub recurrence: Option<Vec<String>>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `tagIds`.
    pub tag_ids: Option<Vec<String>>,
    /// `uniqueId`.
    pub unique_id: Option<i64>,
    /// `updated`.
    pub updated: Option<String>,
    /// `visible`.
    pub visible: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFreeTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFreeTaskResponseBodyResult {
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
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "id" => rt::read_field(map, &mut self.id),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            "isArchive" => rt::read_field(map, &mut self.is_archive),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "note" => rt::read_field(map, &mut self.note),
            "organizationId" => rt::read_field(map, &mut self.organization_id),
            "priority" => rt::read_field(map, &mut self.priority),
            "recurrence" => rt::read_field(map, &mut self.recurrence),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "tagIds" => rt::read_field(map, &mut self.tag_ids),
            "uniqueId" => rt::read_field(map, &mut self.unique_id),
            "updated" => rt::read_field(map, &mut self.updated),
            "visible" => rt::read_field(map, &mut self.visible),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFreeTaskResponseBodyResult {
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
        object.optional("dueDate", &self.due_date)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("id", &self.id)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.optional("isArchive", &self.is_archive)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("note", &self.note)?;
        object.optional("organizationId", &self.organization_id)?;
        object.optional("priority", &self.priority)?;
        object.optional("recurrence", &self.recurrence)?;
        object.optional("sourceId", &self.source_id)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("tagIds", &self.tag_ids)?;
        object.optional("uniqueId", &self.unique_id)?;
        object.optional("updated", &self.updated)?;
        object.optional("visible", &self.visible)?;
        object.end()
    }
}
/// `GetProjectMembersV3ResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProjectMembersV3ResponseBodyResult {
    /// `role`.
    pub role: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProjectMembersV3ResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProjectMembersV3ResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "role" => rt::read_field(map, &mut self.role),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProjectMembersV3ResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("role", &self.role)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetProjectRolesV3ResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProjectRolesV3ResponseBodyResult {
    /// `display`.
    pub display: Option<bool>,
    /// `id`.
    pub id: Option<String>,
    /// `isDefaultRole`.
    pub is_default_role: Option<bool>,
    /// `level`.
    pub level: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `originalId`.
    pub original_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetProjectRolesV3ResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProjectRolesV3ResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "display" => rt::read_field(map, &mut self.display),
            "id" => rt::read_field(map, &mut self.id),
            "isDefaultRole" => rt::read_field(map, &mut self.is_default_role),
            "level" => rt::read_field(map, &mut self.level),
            "name" => rt::read_field(map, &mut self.name),
            "originalId" => rt::read_field(map, &mut self.original_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetProjectRolesV3ResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("display", &self.display)?;
        object.optional("id", &self.id)?;
        object.optional("isDefaultRole", &self.is_default_role)?;
        object.optional("level", &self.level)?;
        object.optional("name", &self.name)?;
        object.optional("originalId", &self.original_id)?;
        object.end()
    }
}
/// `GetTbUserIdByDingUserIdResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTbUserIdByDingUserIdResponseBodyResult {
    /// `dingtalkUserId`.
    pub dingtalk_user_id: Option<String>,
    /// `tbUserId`.
    pub tb_user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTbUserIdByDingUserIdResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTbUserIdByDingUserIdResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingtalkUserId" => rt::read_field(map, &mut self.dingtalk_user_id),
            "tbUserId" => rt::read_field(map, &mut self.tb_user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTbUserIdByDingUserIdResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingtalkUserId", &self.dingtalk_user_id)?;
        object.optional("tbUserId", &self.tb_user_id)?;
        object.end()
    }
}
/// `GetThingOrgIdByDingOrgIdResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetThingOrgIdByDingOrgIdResponseBodyResult {
    /// `tbOrganizationId`.
    pub tb_organization_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetThingOrgIdByDingOrgIdResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetThingOrgIdByDingOrgIdResponseBodyResult {
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
impl rt::serde::Serialize for GetThingOrgIdByDingOrgIdResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tbOrganizationId", &self.tb_organization_id)?;
        object.end()
    }
}
/// `ListAllTaskViewResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResult {
    /// `boundToObjectId`.
    pub bound_to_object_id: Option<String>,
    /// `boundToObjectType`.
    pub bound_to_object_type: Option<String>,
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `filter`.
    pub filter: Option<ListAllTaskViewResponseBodyResultFilter>,
    /// `groupType`.
    pub group_type: Option<ListAllTaskViewResponseBodyResultGroupType>,
    /// `id`.
    pub id: Option<String>,
    /// `isDeleted`.
    pub is_deleted: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `orderType`.
    pub order_type: Option<ListAllTaskViewResponseBodyResultOrderType>,
    /// `organizationId`.
    pub organization_id: Option<String>,
    /// `showType`.
    pub show_type: Option<ListAllTaskViewResponseBodyResultShowType>,
    /// `toolbarInfo`.
    pub toolbar_info: Option<ListAllTaskViewResponseBodyResultToolbarInfo>,
    /// `tql`.
    pub tql: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
    /// `viewSetting`.
    pub view_setting: Option<ListAllTaskViewResponseBodyResultViewSetting>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllTaskViewResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllTaskViewResponseBodyResult {
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
            "description" => rt::read_field(map, &mut self.description),
            "filter" => rt::read_field(map, &mut self.filter),
            "groupType" => rt::read_field(map, &mut self.group_type),
            "id" => rt::read_field(map, &mut self.id),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "name" => rt::read_field(map, &mut self.name),
            "orderType" => rt::read_field(map, &mut self.order_type),
            "organizationId" => rt::read_field(map, &mut self.organization_id),
            "showType" => rt::read_field(map, &mut self.show_type),
            "toolbarInfo" => rt::read_field(map, &mut self.toolbar_info),
            "tql" => rt::read_field(map, &mut self.tql),
            "updated" => rt::read_field(map, &mut self.updated),
            "viewSetting" => rt::read_field(map, &mut self.view_setting),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllTaskViewResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("boundToObjectId", &self.bound_to_object_id)?;
        object.optional("boundToObjectType", &self.bound_to_object_type)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("description", &self.description)?;
        object.optional("filter", &self.filter)?;
        object.optional("groupType", &self.group_type)?;
        object.optional("id", &self.id)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("name", &self.name)?;
        object.optional("orderType", &self.order_type)?;
        object.optional("organizationId", &self.organization_id)?;
        object.optional("showType", &self.show_type)?;
        object.optional("toolbarInfo", &self.toolbar_info)?;
        object.optional("tql", &self.tql)?;
        object.optional("updated", &self.updated)?;
        object.optional("viewSetting", &self.view_setting)?;
        object.end()
    }
}
/// `ListMyShortcutViewsResponseBodyResult`: the same model as [`ListAllTaskViewResponseBodyResult`].
pub type ListMyShortcutViewsResponseBodyResult = ListAllTaskViewResponseBodyResult;
/// `QueryAllTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllTaskResponseBodyResult {
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
    /// `customfields`.
    pub customfields: Option<Vec<QueryAllTaskResponseBodyResultCustomfields>>,
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
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
    /// `sfcId`.
    pub sfc_id: Option<String>,
    /// `stageId`.
    pub stage_id: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `tagIds`.
    pub tag_ids: Option<Vec<String>>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `tasklistId`.
    pub tasklist_id: Option<String>,
    /// `tfsId`.
    pub tfs_id: Option<String>,
    /// `uniqueId`.
    pub unique_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
    /// `visible`.
    pub visible: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAllTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAllTaskResponseBodyResult {
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
            "customfields" => rt::read_field(map, &mut self.customfields),
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "id" => rt::read_field(map, &mut self.id),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            "isArchived" => rt::read_field(map, &mut self.is_archived),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "note" => rt::read_field(map, &mut self.note),
            "parentTaskId" => rt::read_field(map, &mut self.parent_task_id),
            "priority" => rt::read_field(map, &mut self.priority),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "sfcId" => rt::read_field(map, &mut self.sfc_id),
            "stageId" => rt::read_field(map, &mut self.stage_id),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "tagIds" => rt::read_field(map, &mut self.tag_ids),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "tasklistId" => rt::read_field(map, &mut self.tasklist_id),
            "tfsId" => rt::read_field(map, &mut self.tfs_id),
            "uniqueId" => rt::read_field(map, &mut self.unique_id),
            "updated" => rt::read_field(map, &mut self.updated),
            "visible" => rt::read_field(map, &mut self.visible),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAllTaskResponseBodyResult {
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
        object.optional("customfields", &self.customfields)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("id", &self.id)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.optional("isArchived", &self.is_archived)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("note", &self.note)?;
        object.optional("parentTaskId", &self.parent_task_id)?;
        object.optional("priority", &self.priority)?;
        object.optional("projectId", &self.project_id)?;
        object.optional("sfcId", &self.sfc_id)?;
        object.optional("stageId", &self.stage_id)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("tagIds", &self.tag_ids)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("tasklistId", &self.tasklist_id)?;
        object.optional("tfsId", &self.tfs_id)?;
        object.optional("uniqueId", &self.unique_id)?;
        object.optional("updated", &self.updated)?;
        object.optional("visible", &self.visible)?;
        object.end()
    }
}
/// `QueryTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTaskResponseBodyResult {
    /// `accomplishTime`.
    pub accomplish_time: Option<String>,
    /// `content`.
    pub content: Option<String>,
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `customfields`.
    pub customfields: Option<Vec<QueryTaskResponseBodyResultCustomfields>>,
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `executorUserInfo`.
    pub executor_user_info: Option<QueryTaskResponseBodyResultExecutorUserInfo>,
    /// `id`.
    pub id: Option<String>,
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `note`.
    pub note: Option<String>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `projectInfo`.
    pub project_info: Option<QueryTaskResponseBodyResultProjectInfo>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accomplishTime" => rt::read_field(map, &mut self.accomplish_time),
            "content" => rt::read_field(map, &mut self.content),
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "customfields" => rt::read_field(map, &mut self.customfields),
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "executorUserInfo" => rt::read_field(map, &mut self.executor_user_info),
            "id" => rt::read_field(map, &mut self.id),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "note" => rt::read_field(map, &mut self.note),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "projectInfo" => rt::read_field(map, &mut self.project_info),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accomplishTime", &self.accomplish_time)?;
        object.optional("content", &self.content)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("customfields", &self.customfields)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("executorUserInfo", &self.executor_user_info)?;
        object.optional("id", &self.id)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("note", &self.note)?;
        object.optional("projectId", &self.project_id)?;
        object.optional("projectInfo", &self.project_info)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `QueryTasksV3ResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTasksV3ResponseBodyResult {
    /// `accomplishTime`.
    pub accomplish_time: Option<String>,
    /// `content`.
    pub content: Option<String>,
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `customfields`.
    pub customfields: Option<Vec<QueryTasksV3ResponseBodyResultCustomfields>>,
    /// `dueDate`.
    pub due_date: Option<String>,
    /// `executorId`.
    pub executor_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `involveMembers`.
    pub involve_members: Option<Vec<String>>,
    /// `isDone`.
    pub is_done: Option<bool>,
    /// `note`.
    pub note: Option<String>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryTasksV3ResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTasksV3ResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accomplishTime" => rt::read_field(map, &mut self.accomplish_time),
            "content" => rt::read_field(map, &mut self.content),
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "customfields" => rt::read_field(map, &mut self.customfields),
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "id" => rt::read_field(map, &mut self.id),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            "isDone" => rt::read_field(map, &mut self.is_done),
            "note" => rt::read_field(map, &mut self.note),
            "projectId" => rt::read_field(map, &mut self.project_id),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTasksV3ResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accomplishTime", &self.accomplish_time)?;
        object.optional("content", &self.content)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("customfields", &self.customfields)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("id", &self.id)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.optional("isDone", &self.is_done)?;
        object.optional("note", &self.note)?;
        object.optional("projectId", &self.project_id)?;
        object.optional("sourceId", &self.source_id)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `SearchProjectCustomFiledsV3ResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchProjectCustomFiledsV3ResponseBodyResult {
    /// `advancedCustomfield`.
    pub advanced_customfield: Option<
        SearchProjectCustomFiledsV3ResponseBodyResultAdvancedCustomfield,
    >,
    /// `boundToObjectId`.
    pub bound_to_object_id: Option<String>,
    /// `boundToObjectType`.
    pub bound_to_object_type: Option<String>,
    /// `choices`.
    pub choices: Option<Vec<SearchProjectCustomFiledsV3ResponseBodyResultChoices>>,
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `originalId`.
    pub original_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchProjectCustomFiledsV3ResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchProjectCustomFiledsV3ResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "advancedCustomfield" => rt::read_field(map, &mut self.advanced_customfield),
            "boundToObjectId" => rt::read_field(map, &mut self.bound_to_object_id),
            "boundToObjectType" => rt::read_field(map, &mut self.bound_to_object_type),
            "choices" => rt::read_field(map, &mut self.choices),
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "originalId" => rt::read_field(map, &mut self.original_id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchProjectCustomFiledsV3ResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("advancedCustomfield", &self.advanced_customfield)?;
        object.optional("boundToObjectId", &self.bound_to_object_id)?;
        object.optional("boundToObjectType", &self.bound_to_object_type)?;
        object.optional("choices", &self.choices)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("originalId", &self.original_id)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `SearchProjectsV3ResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchProjectsV3ResponseBodyResult {
    /// `created`.
    pub created: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `isArchived`.
    pub is_archived: Option<bool>,
    /// `isTemplate`.
    pub is_template: Option<bool>,
    /// `logo`.
    pub logo: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `organizationId`.
    pub organization_id: Option<String>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `updated`.
    pub updated: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SearchProjectsV3ResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchProjectsV3ResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "description" => rt::read_field(map, &mut self.description),
            "id" => rt::read_field(map, &mut self.id),
            "isArchived" => rt::read_field(map, &mut self.is_archived),
            "isTemplate" => rt::read_field(map, &mut self.is_template),
            "logo" => rt::read_field(map, &mut self.logo),
            "name" => rt::read_field(map, &mut self.name),
            "organizationId" => rt::read_field(map, &mut self.organization_id),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchProjectsV3ResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("description", &self.description)?;
        object.optional("id", &self.id)?;
        object.optional("isArchived", &self.is_archived)?;
        object.optional("isTemplate", &self.is_template)?;
        object.optional("logo", &self.logo)?;
        object.optional("name", &self.name)?;
        object.optional("organizationId", &self.organization_id)?;
        object.optional("sourceId", &self.source_id)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `UpdateProjectMemberRoleV3ResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateProjectMemberRoleV3ResponseBodyResult {
    /// `id`.
    pub id: Option<String>,
    /// `role`.
    pub role: Option<i64>,
    /// `roleIds`.
    pub role_ids: Option<Vec<String>>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateProjectMemberRoleV3ResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateProjectMemberRoleV3ResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "role" => rt::read_field(map, &mut self.role),
            "roleIds" => rt::read_field(map, &mut self.role_ids),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateProjectMemberRoleV3ResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("role", &self.role)?;
        object.optional("roleIds", &self.role_ids)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `UpdateProjectV3ResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateProjectV3ResponseBodyResult {
    /// `updated`.
    pub updated: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateProjectV3ResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateProjectV3ResponseBodyResult {
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
impl rt::serde::Serialize for UpdateProjectV3ResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
}
/// `AnalysisReportResponseBodyResultCols`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AnalysisReportResponseBodyResultCols {
    /// `baseType`.
    pub base_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `theme`.
    pub theme: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AnalysisReportResponseBodyResultCols {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnalysisReportResponseBodyResultCols {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "baseType" => rt::read_field(map, &mut self.base_type),
            "name" => rt::read_field(map, &mut self.name),
            "theme" => rt::read_field(map, &mut self.theme),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AnalysisReportResponseBodyResultCols {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("baseType", &self.base_type)?;
        object.optional("name", &self.name)?;
        object.optional("theme", &self.theme)?;
        object.end()
    }
}
/// `AnalysisReportResponseBodyResultListQuery`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AnalysisReportResponseBodyResultListQuery {
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AnalysisReportResponseBodyResultListQuery {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnalysisReportResponseBodyResultListQuery {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "key" => rt::read_field(map, &mut self.key),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AnalysisReportResponseBodyResultListQuery {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("key", &self.key)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `AnalysisReportResponseBodyResultVisualizationSettings`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AnalysisReportResponseBodyResultVisualizationSettings {
    /// `dimension`.
    pub dimension: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for AnalysisReportResponseBodyResultVisualizationSettings {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnalysisReportResponseBodyResultVisualizationSettings {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dimension" => rt::read_field(map, &mut self.dimension),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AnalysisReportResponseBodyResultVisualizationSettings {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dimension", &self.dimension)?;
        object.optional("type", &self.r#type)?;
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
/// `CreateTaskResponseBodyResultCustomfields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTaskResponseBodyResultCustomfields {
    /// 自定义字段id。
    pub customfield_id: Option<String>,
    /// 自定义字段值列表。
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
/// `GetFootprintTaskResponseBodyResultCustomfields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFootprintTaskResponseBodyResultCustomfields {
    /// `customfieldId`.
    pub customfield_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `value`.
    pub value: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `values`.
    pub values: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetFootprintTaskResponseBodyResultCustomfields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFootprintTaskResponseBodyResultCustomfields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "customfieldId" => rt::read_field(map, &mut self.customfield_id),
            "type" => rt::read_field(map, &mut self.r#type),
            "value" => rt::read_field(map, &mut self.value),
            "values" => rt::read_field(map, &mut self.values),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFootprintTaskResponseBodyResultCustomfields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("customfieldId", &self.customfield_id)?;
        object.optional("type", &self.r#type)?;
        object.optional("value", &self.value)?;
        object.optional("values", &self.values)?;
        object.end()
    }
}
/// `ListAllTaskViewResponseBodyResultFilter`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultFilter {
    /// `conditions`.
    pub conditions: Option<Vec<ListAllTaskViewResponseBodyResultFilterConditions>>,
    /// `invisibleConditions`.
    pub invisible_conditions: Option<
        Vec<ListAllTaskViewResponseBodyResultFilterInvisibleConditions>,
    >,
    /// `logic`.
    pub logic: Option<String>,
    /// `logicDisabled`.
    pub logic_disabled: Option<bool>,
    /// `q`.
    pub q: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllTaskViewResponseBodyResultFilter {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllTaskViewResponseBodyResultFilter {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conditions" => rt::read_field(map, &mut self.conditions),
            "invisibleConditions" => rt::read_field(map, &mut self.invisible_conditions),
            "logic" => rt::read_field(map, &mut self.logic),
            "logicDisabled" => rt::read_field(map, &mut self.logic_disabled),
            "q" => rt::read_field(map, &mut self.q),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllTaskViewResponseBodyResultFilter {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conditions", &self.conditions)?;
        object.optional("invisibleConditions", &self.invisible_conditions)?;
        object.optional("logic", &self.logic)?;
        object.optional("logicDisabled", &self.logic_disabled)?;
        object.optional("q", &self.q)?;
        object.end()
    }
}
/// `ListAllTaskViewResponseBodyResultGroupType`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultGroupType {
    /// `canCreateGroup`.
    pub can_create_group: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllTaskViewResponseBodyResultGroupType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllTaskViewResponseBodyResultGroupType {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "canCreateGroup" => rt::read_field(map, &mut self.can_create_group),
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllTaskViewResponseBodyResultGroupType {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("canCreateGroup", &self.can_create_group)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `ListAllTaskViewResponseBodyResultOrderType`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultOrderType {
    /// `direction`.
    pub direction: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllTaskViewResponseBodyResultOrderType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllTaskViewResponseBodyResultOrderType {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "direction" => rt::read_field(map, &mut self.direction),
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllTaskViewResponseBodyResultOrderType {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("direction", &self.direction)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `ListAllTaskViewResponseBodyResultShowType`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultShowType {
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllTaskViewResponseBodyResultShowType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllTaskViewResponseBodyResultShowType {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllTaskViewResponseBodyResultShowType {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `ListAllTaskViewResponseBodyResultToolbarInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultToolbarInfo {
    /// `groupTypes`.
    pub group_types: Option<Vec<ListAllTaskViewResponseBodyResultToolbarInfoGroupTypes>>,
    /// `orderTypes`.
    pub order_types: Option<Vec<ListAllTaskViewResponseBodyResultToolbarInfoOrderTypes>>,
    /// `showTypes`.
    pub show_types: Option<Vec<ListAllTaskViewResponseBodyResultToolbarInfoShowTypes>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllTaskViewResponseBodyResultToolbarInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllTaskViewResponseBodyResultToolbarInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "groupTypes" => rt::read_field(map, &mut self.group_types),
            "orderTypes" => rt::read_field(map, &mut self.order_types),
            "showTypes" => rt::read_field(map, &mut self.show_types),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllTaskViewResponseBodyResultToolbarInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("groupTypes", &self.group_types)?;
        object.optional("orderTypes", &self.order_types)?;
        object.optional("showTypes", &self.show_types)?;
        object.end()
    }
}
/// `ListAllTaskViewResponseBodyResultViewSetting`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultViewSetting {
    /// `showDoneTask`.
    pub show_done_task: Option<bool>,
    /// `showSubTask`.
    pub show_sub_task: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllTaskViewResponseBodyResultViewSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllTaskViewResponseBodyResultViewSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "showDoneTask" => rt::read_field(map, &mut self.show_done_task),
            "showSubTask" => rt::read_field(map, &mut self.show_sub_task),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllTaskViewResponseBodyResultViewSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("showDoneTask", &self.show_done_task)?;
        object.optional("showSubTask", &self.show_sub_task)?;
        object.end()
    }
}
/// `ListMyShortcutViewsResponseBodyResultFilter`: the same model as [`ListAllTaskViewResponseBodyResultFilter`].
pub type ListMyShortcutViewsResponseBodyResultFilter = ListAllTaskViewResponseBodyResultFilter;
/// `ListMyShortcutViewsResponseBodyResultGroupType`: the same model as [`ListAllTaskViewResponseBodyResultGroupType`].
pub type ListMyShortcutViewsResponseBodyResultGroupType = ListAllTaskViewResponseBodyResultGroupType;
/// `ListMyShortcutViewsResponseBodyResultOrderType`: the same model as [`ListAllTaskViewResponseBodyResultOrderType`].
pub type ListMyShortcutViewsResponseBodyResultOrderType = ListAllTaskViewResponseBodyResultOrderType;
/// `ListMyShortcutViewsResponseBodyResultShowType`: the same model as [`ListAllTaskViewResponseBodyResultShowType`].
pub type ListMyShortcutViewsResponseBodyResultShowType = ListAllTaskViewResponseBodyResultShowType;
/// `ListMyShortcutViewsResponseBodyResultToolbarInfo`: the same model as [`ListAllTaskViewResponseBodyResultToolbarInfo`].
pub type ListMyShortcutViewsResponseBodyResultToolbarInfo = ListAllTaskViewResponseBodyResultToolbarInfo;
/// `ListMyShortcutViewsResponseBodyResultViewSetting`: the same model as [`ListAllTaskViewResponseBodyResultViewSetting`].
pub type ListMyShortcutViewsResponseBodyResultViewSetting = ListAllTaskViewResponseBodyResultViewSetting;
/// `QueryAllTaskResponseBodyResultCustomfields`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllTaskResponseBodyResultCustomfields {
    /// `cfId`.
    pub cf_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `value`.
    pub value: Option<Vec<QueryAllTaskResponseBodyResultCustomfieldsValue>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryAllTaskResponseBodyResultCustomfields {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAllTaskResponseBodyResultCustomfields {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cfId" => rt::read_field(map, &mut self.cf_id),
            "type" => rt::read_field(map, &mut self.r#type),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAllTaskResponseBodyResultCustomfields {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cfId", &self.cf_id)?;
        object.optional("type", &self.r#type)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `QueryTaskResponseBodyResultCustomfields`: the same model as [`QueryAllTaskResponseBodyResultCustomfields`].
pub type QueryTaskResponseBodyResultCustomfields = QueryAllTaskResponseBodyResultCustomfields;
/// `QueryTaskResponseBodyResultExecutorUserInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTaskResponseBodyResultExecutorUserInfo {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `memberId`.
    pub member_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryTaskResponseBodyResultExecutorUserInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTaskResponseBodyResultExecutorUserInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "id" => rt::read_field(map, &mut self.id),
            "memberId" => rt::read_field(map, &mut self.member_id),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTaskResponseBodyResultExecutorUserInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("id", &self.id)?;
        object.optional("memberId", &self.member_id)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryTaskResponseBodyResultProjectInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTaskResponseBodyResultProjectInfo {
    /// `id`.
    pub id: Option<String>,
    /// `logo`.
    pub logo: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `organizationId`.
    pub organization_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryTaskResponseBodyResultProjectInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTaskResponseBodyResultProjectInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "logo" => rt::read_field(map, &mut self.logo),
            "name" => rt::read_field(map, &mut self.name),
            "organizationId" => rt::read_field(map, &mut self.organization_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTaskResponseBodyResultProjectInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("logo", &self.logo)?;
        object.optional("name", &self.name)?;
        object.optional("organizationId", &self.organization_id)?;
        object.end()
    }
}
/// `QueryTasksV3ResponseBodyResultCustomfields`: the same model as [`QueryAllTaskResponseBodyResultCustomfields`].
pub type QueryTasksV3ResponseBodyResultCustomfields = QueryAllTaskResponseBodyResultCustomfields;
/// `SearchProjectCustomFiledsV3ResponseBodyResultAdvancedCustomfield`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchProjectCustomFiledsV3ResponseBodyResultAdvancedCustomfield {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for SearchProjectCustomFiledsV3ResponseBodyResultAdvancedCustomfield {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchProjectCustomFiledsV3ResponseBodyResultAdvancedCustomfield {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "objectType" => rt::read_field(map, &mut self.object_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for SearchProjectCustomFiledsV3ResponseBodyResultAdvancedCustomfield {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("objectType", &self.object_type)?;
        object.end()
    }
}
/// `SearchProjectCustomFiledsV3ResponseBodyResultChoices`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchProjectCustomFiledsV3ResponseBodyResultChoices {
    /// `id`.
    pub id: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for SearchProjectCustomFiledsV3ResponseBodyResultChoices {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SearchProjectCustomFiledsV3ResponseBodyResultChoices {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SearchProjectCustomFiledsV3ResponseBodyResultChoices {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `CreateTaskResponseBodyResultCustomfieldsValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTaskResponseBodyResultCustomfieldsValue {
    /// 自定义字段显示值。
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
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `ListAllTaskViewResponseBodyResultFilterConditions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultFilterConditions {
    /// `fixed`.
    pub fixed: Option<bool>,
    /// `key`.
    pub key: Option<String>,
    /// `op`.
    pub op: Option<ListAllTaskViewResponseBodyResultFilterConditionsOp>,
    /// `values`.
    pub values: Option<Vec<ListAllTaskViewResponseBodyResultFilterConditionsValues>>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListAllTaskViewResponseBodyResultFilterConditions {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllTaskViewResponseBodyResultFilterConditions {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fixed" => rt::read_field(map, &mut self.fixed),
            "key" => rt::read_field(map, &mut self.key),
            "op" => rt::read_field(map, &mut self.op),
            "values" => rt::read_field(map, &mut self.values),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllTaskViewResponseBodyResultFilterConditions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fixed", &self.fixed)?;
        object.optional("key", &self.key)?;
        object.optional("op", &self.op)?;
        object.optional("values", &self.values)?;
        object.end()
    }
}
/// `ListAllTaskViewResponseBodyResultFilterInvisibleConditions`: the same model as [`ListAllTaskViewResponseBodyResultFilterConditions`].
pub type ListAllTaskViewResponseBodyResultFilterInvisibleConditions = ListAllTaskViewResponseBodyResultFilterConditions;
/// `ListAllTaskViewResponseBodyResultToolbarInfoGroupTypes`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultToolbarInfoGroupTypes {
    /// `canCreateGroup`.
    pub can_create_group: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `serviceName`.
    pub service_name: Option<String>,
    /// `setting`.
    pub setting: Option<ListAllTaskViewResponseBodyResultToolbarInfoGroupTypesSetting>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListAllTaskViewResponseBodyResultToolbarInfoGroupTypes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllTaskViewResponseBodyResultToolbarInfoGroupTypes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "canCreateGroup" => rt::read_field(map, &mut self.can_create_group),
            "name" => rt::read_field(map, &mut self.name),
            "serviceName" => rt::read_field(map, &mut self.service_name),
            "setting" => rt::read_field(map, &mut self.setting),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllTaskViewResponseBodyResultToolbarInfoGroupTypes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("canCreateGroup", &self.can_create_group)?;
        object.optional("name", &self.name)?;
        object.optional("serviceName", &self.service_name)?;
        object.optional("setting", &self.setting)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `ListAllTaskViewResponseBodyResultToolbarInfoOrderTypes`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultToolbarInfoOrderTypes {
    /// `direction`.
    pub direction: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `supportDirection`.
    pub support_direction: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListAllTaskViewResponseBodyResultToolbarInfoOrderTypes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllTaskViewResponseBodyResultToolbarInfoOrderTypes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "direction" => rt::read_field(map, &mut self.direction),
            "name" => rt::read_field(map, &mut self.name),
            "supportDirection" => rt::read_field(map, &mut self.support_direction),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllTaskViewResponseBodyResultToolbarInfoOrderTypes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("direction", &self.direction)?;
        object.optional("name", &self.name)?;
        object.optional("supportDirection", &self.support_direction)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `ListAllTaskViewResponseBodyResultToolbarInfoShowTypes`: the same model as [`ListAllTaskViewResponseBodyResultShowType`].
pub type ListAllTaskViewResponseBodyResultToolbarInfoShowTypes = ListAllTaskViewResponseBodyResultShowType;
/// `ListMyShortcutViewsResponseBodyResultFilterConditions`: the same model as [`ListAllTaskViewResponseBodyResultFilterConditions`].
pub type ListMyShortcutViewsResponseBodyResultFilterConditions = ListAllTaskViewResponseBodyResultFilterConditions;
/// `ListMyShortcutViewsResponseBodyResultFilterInvisibleConditions`: the same model as [`ListAllTaskViewResponseBodyResultFilterConditions`].
pub type ListMyShortcutViewsResponseBodyResultFilterInvisibleConditions = ListAllTaskViewResponseBodyResultFilterConditions;
/// `ListMyShortcutViewsResponseBodyResultToolbarInfoGroupTypes`: the same model as [`ListAllTaskViewResponseBodyResultToolbarInfoGroupTypes`].
pub type ListMyShortcutViewsResponseBodyResultToolbarInfoGroupTypes = ListAllTaskViewResponseBodyResultToolbarInfoGroupTypes;
/// `ListMyShortcutViewsResponseBodyResultToolbarInfoOrderTypes`: the same model as [`ListAllTaskViewResponseBodyResultToolbarInfoOrderTypes`].
pub type ListMyShortcutViewsResponseBodyResultToolbarInfoOrderTypes = ListAllTaskViewResponseBodyResultToolbarInfoOrderTypes;
/// `ListMyShortcutViewsResponseBodyResultToolbarInfoShowTypes`: the same model as [`ListAllTaskViewResponseBodyResultShowType`].
pub type ListMyShortcutViewsResponseBodyResultToolbarInfoShowTypes = ListAllTaskViewResponseBodyResultShowType;
/// `QueryAllTaskResponseBodyResultCustomfieldsValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllTaskResponseBodyResultCustomfieldsValue {
    /// `id`.
    pub id: Option<String>,
    /// `metaString`.
    pub meta_string: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryAllTaskResponseBodyResultCustomfieldsValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAllTaskResponseBodyResultCustomfieldsValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "metaString" => rt::read_field(map, &mut self.meta_string),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAllTaskResponseBodyResultCustomfieldsValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("metaString", &self.meta_string)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryTaskResponseBodyResultCustomfieldsValue`: the same model as [`QueryAllTaskResponseBodyResultCustomfieldsValue`].
pub type QueryTaskResponseBodyResultCustomfieldsValue = QueryAllTaskResponseBodyResultCustomfieldsValue;
/// `QueryTasksV3ResponseBodyResultCustomfieldsValue`: the same model as [`QueryAllTaskResponseBodyResultCustomfieldsValue`].
pub type QueryTasksV3ResponseBodyResultCustomfieldsValue = QueryAllTaskResponseBodyResultCustomfieldsValue;
/// `ListAllTaskViewResponseBodyResultFilterConditionsOp`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultFilterConditionsOp {
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListAllTaskViewResponseBodyResultFilterConditionsOp {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllTaskViewResponseBodyResultFilterConditionsOp {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllTaskViewResponseBodyResultFilterConditionsOp {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `ListAllTaskViewResponseBodyResultFilterConditionsValues`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultFilterConditionsValues {
    /// `deep`.
    pub deep: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListAllTaskViewResponseBodyResultFilterConditionsValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllTaskViewResponseBodyResultFilterConditionsValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deep" => rt::read_field(map, &mut self.deep),
            "id" => rt::read_field(map, &mut self.id),
            "label" => rt::read_field(map, &mut self.label),
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllTaskViewResponseBodyResultFilterConditionsValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deep", &self.deep)?;
        object.optional("id", &self.id)?;
        object.optional("label", &self.label)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `ListAllTaskViewResponseBodyResultFilterInvisibleConditionsOp`: the same model as [`ListAllTaskViewResponseBodyResultFilterConditionsOp`].
pub type ListAllTaskViewResponseBodyResultFilterInvisibleConditionsOp = ListAllTaskViewResponseBodyResultFilterConditionsOp;
/// `ListAllTaskViewResponseBodyResultFilterInvisibleConditionsValues`: the same model as [`ListAllTaskViewResponseBodyResultFilterConditionsValues`].
pub type ListAllTaskViewResponseBodyResultFilterInvisibleConditionsValues = ListAllTaskViewResponseBodyResultFilterConditionsValues;
/// `ListAllTaskViewResponseBodyResultToolbarInfoGroupTypesSetting`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultToolbarInfoGroupTypesSetting {
    /// `dateType`.
    pub date_type: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListAllTaskViewResponseBodyResultToolbarInfoGroupTypesSetting {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllTaskViewResponseBodyResultToolbarInfoGroupTypesSetting {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dateType" => rt::read_field(map, &mut self.date_type),
            "fieldName" => rt::read_field(map, &mut self.field_name),
            "fieldType" => rt::read_field(map, &mut self.field_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ListAllTaskViewResponseBodyResultToolbarInfoGroupTypesSetting {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dateType", &self.date_type)?;
        object.optional("fieldName", &self.field_name)?;
        object.optional("fieldType", &self.field_type)?;
        object.end()
    }
}
/// `ListMyShortcutViewsResponseBodyResultFilterConditionsOp`: the same model as [`ListAllTaskViewResponseBodyResultFilterConditionsOp`].
pub type ListMyShortcutViewsResponseBodyResultFilterConditionsOp = ListAllTaskViewResponseBodyResultFilterConditionsOp;
/// `ListMyShortcutViewsResponseBodyResultFilterConditionsValues`: the same model as [`ListAllTaskViewResponseBodyResultFilterConditionsValues`].
pub type ListMyShortcutViewsResponseBodyResultFilterConditionsValues = ListAllTaskViewResponseBodyResultFilterConditionsValues;
/// `ListMyShortcutViewsResponseBodyResultFilterInvisibleConditionsOp`: the same model as [`ListAllTaskViewResponseBodyResultFilterConditionsOp`].
pub type ListMyShortcutViewsResponseBodyResultFilterInvisibleConditionsOp = ListAllTaskViewResponseBodyResultFilterConditionsOp;
/// `ListMyShortcutViewsResponseBodyResultFilterInvisibleConditionsValues`: the same model as [`ListAllTaskViewResponseBodyResultFilterConditionsValues`].
pub type ListMyShortcutViewsResponseBodyResultFilterInvisibleConditionsValues = ListAllTaskViewResponseBodyResultFilterConditionsValues;
/// `ListMyShortcutViewsResponseBodyResultToolbarInfoGroupTypesSetting`: the same model as [`ListAllTaskViewResponseBodyResultToolbarInfoGroupTypesSetting`].
pub type ListMyShortcutViewsResponseBodyResultToolbarInfoGroupTypesSetting = ListAllTaskViewResponseBodyResultToolbarInfoGroupTypesSetting;
/// The request of [`Api::analysis_report`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AnalysisReportRequest {
    /// `filter`.
    pub filter: Option<AnalysisReportRequestFilter>,
    /// `reportId`.
    pub report_id: Option<String>,
}
impl AnalysisReportRequest {
    /// An empty `AnalysisReportRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `filter`.
    pub fn filter(mut self, value: AnalysisReportRequestFilter) -> Self {
        self.filter = Some(value);
        self
    }
    /// Sets `reportId`.
    pub fn report_id(mut self, value: impl Into<String>) -> Self {
        self.report_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AnalysisReportRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("filter", &self.filter)?;
        object.optional("reportId", &self.report_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AnalysisReportRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AnalysisReportRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "filter" => rt::read_field(map, &mut self.filter),
            "reportId" => rt::read_field(map, &mut self.report_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AnalysisReportRequest {
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
    /// `visible`.
    pub visible: String,
}
impl CreateOrganizationTaskRequest {
    /// A `CreateOrganizationTaskRequest` with its required fields (`content`, `visible`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>, visible: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            disable_activity: None,
            disable_notification: None,
            due_date: None,
            executor_id: None,
            involve_members: None,
            note: None,
            visible: visible.into(),
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
        object.optional("disableActivity", &self.disable_activity)?;
        object.optional("disableNotification", &self.disable_notification)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("involveMembers", &self.involve_members)?;
        object.optional("note", &self.note)?;
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
            "disableActivity" => rt::read_field(map, &mut self.disable_activity),
            "disableNotification" => rt::read_field(map, &mut self.disable_notification),
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "involveMembers" => rt::read_field(map, &mut self.involve_members),
            "note" => rt::read_field(map, &mut self.note),
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
/// The request of [`Api::create_project_members_v3`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateProjectMembersV3Request {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl CreateProjectMembersV3Request {
    /// A `CreateProjectMembersV3Request` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(user_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for CreateProjectMembersV3Request {
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
impl<'de> rt::serde::Deserialize<'de> for CreateProjectMembersV3Request {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateProjectMembersV3Request {
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
impl rt::WriteRequest for CreateProjectMembersV3Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_project_v3`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateProjectV3Request {
    /// `organizationId`: a query parameter.
    pub organization_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl CreateProjectV3Request {
    /// An empty `CreateProjectV3Request`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `organizationId`.
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateProjectV3Request {
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
impl<'de> rt::serde::Deserialize<'de> for CreateProjectV3Request {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateProjectV3Request {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "organizationId" => rt::read_field(map, &mut self.organization_id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateProjectV3Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("organizationId", &self.organization_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateTaskRequest {
    /// 任务标题。
    pub content: String,
    /// 自定义字段列表。
    pub customfields: Option<Vec<CreateTaskRequestCustomfields>>,
    /// 是否禁止动态。
    pub disable_activity: Option<bool>,
    /// 是否禁止通知。
    pub disable_notification: Option<bool>,
    /// 任务截止时间。
    pub due_date: Option<String>,
    /// 执行者userId。
    pub executor_id: Option<String>,
    /// 任务备注。
    pub note: Option<String>,
    /// 协作空间id。
    pub project_id: String,
}
impl CreateTaskRequest {
    /// A `CreateTaskRequest` with its required fields (`content`, `projectId`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>, project_id: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            customfields: None,
            disable_activity: None,
            disable_notification: None,
            due_date: None,
            executor_id: None,
            note: None,
            project_id: project_id.into(),
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
    /// Sets `note`.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.note = Some(value.into());
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
        object.optional("disableActivity", &self.disable_activity)?;
        object.optional("disableNotification", &self.disable_notification)?;
        object.optional("dueDate", &self.due_date)?;
        object.optional("executorId", &self.executor_id)?;
        object.optional("note", &self.note)?;
        object.field("projectId", &self.project_id)?;
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
            "disableActivity" => rt::read_field(map, &mut self.disable_activity),
            "disableNotification" => rt::read_field(map, &mut self.disable_notification),
            "dueDate" => rt::read_field(map, &mut self.due_date),
            "executorId" => rt::read_field(map, &mut self.executor_id),
            "note" => rt::read_field(map, &mut self.note),
            "projectId" => rt::read_field(map, &mut self.project_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_project_members_v3`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteProjectMembersV3Request {
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl DeleteProjectMembersV3Request {
    /// An empty `DeleteProjectMembersV3Request`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for DeleteProjectMembersV3Request {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteProjectMembersV3Request {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteProjectMembersV3Request {
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
impl rt::WriteRequest for DeleteProjectMembersV3Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_free_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFreeTaskRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetFreeTaskRequest {
    /// A `GetFreeTaskRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFreeTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFreeTaskRequest {
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
impl rt::WriteRequest for GetFreeTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_project_members_v3`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProjectMembersV3Request {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `projectRoleId`: a query parameter.
    pub project_role_id: Option<String>,
    /// `userIds`: a query parameter.
    pub user_ids: Option<String>,
}
impl GetProjectMembersV3Request {
    /// An empty `GetProjectMembersV3Request`; set fields with the methods named after them.
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
    /// Sets `projectRoleId`.
    pub fn project_role_id(mut self, value: impl Into<String>) -> Self {
        self.project_role_id = Some(value.into());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(mut self, value: impl Into<String>) -> Self {
        self.user_ids = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProjectMembersV3Request {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProjectMembersV3Request {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "projectRoleId" => rt::read_field(map, &mut self.project_role_id),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetProjectMembersV3Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("projectRoleId", &self.project_role_id);
        writer.query("userIds", &self.user_ids);
    }
}
/// The request of [`Api::get_project_roles_v3`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetProjectRolesV3Request {
    /// `includeHidden`: a query parameter.
    pub include_hidden: Option<bool>,
    /// `level`: a query parameter.
    pub level: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl GetProjectRolesV3Request {
    /// An empty `GetProjectRolesV3Request`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `includeHidden`.
    pub fn include_hidden(mut self, value: bool) -> Self {
        self.include_hidden = Some(value);
        self
    }
    /// Sets `level`.
    pub fn level(mut self, value: i64) -> Self {
        self.level = Some(value);
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
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProjectRolesV3Request {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProjectRolesV3Request {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "includeHidden" => rt::read_field(map, &mut self.include_hidden),
            "level" => rt::read_field(map, &mut self.level),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetProjectRolesV3Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("includeHidden", &self.include_hidden);
        writer.query("level", &self.level);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::get_stared_projects`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetStaredProjectsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `sortBy`: a query parameter.
    pub sort_by: Option<String>,
}
impl GetStaredProjectsRequest {
    /// An empty `GetStaredProjectsRequest`; set fields with the methods named after them.
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
    /// Sets `sortBy`.
    pub fn sort_by(mut self, value: impl Into<String>) -> Self {
        self.sort_by = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetStaredProjectsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetStaredProjectsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "sortBy" => rt::read_field(map, &mut self.sort_by),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetStaredProjectsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("sortBy", &self.sort_by);
    }
}
/// The request of [`Api::get_tb_user_id_by_ding_user_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetTbUserIdByDingUserIdRequest {
    /// `dingUserIds`: a query parameter.
    pub ding_user_ids: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetTbUserIdByDingUserIdRequest {
    /// A `GetTbUserIdByDingUserIdRequest` with its required fields (`dingUserIds`, `userId`); set the others with the methods named after them.
    pub fn new(ding_user_ids: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            ding_user_ids: ding_user_ids.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTbUserIdByDingUserIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTbUserIdByDingUserIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingUserIds" => rt::read_field(map, &mut self.ding_user_ids),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetTbUserIdByDingUserIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingUserIds", &self.ding_user_ids);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_user_joined_projects_v3`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserJoinedProjectsV3Request {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `projectIds`: a query parameter.
    pub project_ids: Option<String>,
    /// `projectRoleLevels`: a query parameter.
    pub project_role_levels: Option<String>,
    /// `sortBy`: a query parameter.
    pub sort_by: Option<String>,
}
impl GetUserJoinedProjectsV3Request {
    /// An empty `GetUserJoinedProjectsV3Request`; set fields with the methods named after them.
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
    /// Sets `projectIds`.
    pub fn project_ids(mut self, value: impl Into<String>) -> Self {
        self.project_ids = Some(value.into());
        self
    }
    /// Sets `projectRoleLevels`.
    pub fn project_role_levels(mut self, value: impl Into<String>) -> Self {
        self.project_role_levels = Some(value.into());
        self
    }
    /// Sets `sortBy`.
    pub fn sort_by(mut self, value: impl Into<String>) -> Self {
        self.sort_by = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserJoinedProjectsV3Request {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserJoinedProjectsV3Request {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "projectIds" => rt::read_field(map, &mut self.project_ids),
            "projectRoleLevels" => rt::read_field(map, &mut self.project_role_levels),
            "sortBy" => rt::read_field(map, &mut self.sort_by),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserJoinedProjectsV3Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("projectIds", &self.project_ids);
        writer.query("projectRoleLevels", &self.project_role_levels);
        writer.query("sortBy", &self.sort_by);
    }
}
/// The request of [`Api::list_my_shortcut_views`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListMyShortcutViewsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl ListMyShortcutViewsRequest {
    /// An empty `ListMyShortcutViewsRequest`; set fields with the methods named after them.
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
impl<'de> rt::serde::Deserialize<'de> for ListMyShortcutViewsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListMyShortcutViewsRequest {
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
impl rt::WriteRequest for ListMyShortcutViewsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_all_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryAllTaskRequest {
    /// `taskId`: a query parameter.
    pub task_id: String,
}
impl QueryAllTaskRequest {
    /// A `QueryAllTaskRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(task_id: impl Into<String>) -> Self {
        Self { task_id: task_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAllTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAllTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryAllTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::query_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTaskRequest {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `tql`.
    pub tql: Option<String>,
}
impl QueryTaskRequest {
    /// An empty `QueryTaskRequest`; set fields with the methods named after them.
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
impl rt::serde::Serialize for QueryTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("tql", &self.tql)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryTaskRequest {
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
impl rt::WriteRequest for QueryTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_tasks_v3`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTasksV3Request {
    /// `taskId`: a query parameter.
    pub task_id: Option<String>,
}
impl QueryTasksV3Request {
    /// An empty `QueryTasksV3Request`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryTasksV3Request {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryTasksV3Request {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryTasksV3Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::search_all_tasks_by_tql`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SearchAllTasksByTqlRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `tql`: a query parameter.
    pub tql: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl SearchAllTasksByTqlRequest {
    /// A `SearchAllTasksByTqlRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            tql: None,
            user_id: user_id.into(),
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
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchAllTasksByTqlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("tql", &self.tql);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::search_project_custom_fileds_v3`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SearchProjectCustomFiledsV3Request {
    /// `cfIds`: a query parameter.
    pub cf_ids: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `sfcId`: a query parameter.
    pub sfc_id: Option<String>,
}
impl SearchProjectCustomFiledsV3Request {
    /// An empty `SearchProjectCustomFiledsV3Request`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cfIds`.
    pub fn cf_ids(mut self, value: impl Into<String>) -> Self {
        self.cf_ids = Some(value.into());
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
    /// Sets `sfcId`.
    pub fn sfc_id(mut self, value: impl Into<String>) -> Self {
        self.sfc_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SearchProjectCustomFiledsV3Request {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchProjectCustomFiledsV3Request {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cfIds" => rt::read_field(map, &mut self.cf_ids),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "sfcId" => rt::read_field(map, &mut self.sfc_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchProjectCustomFiledsV3Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("cfIds", &self.cf_ids);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("sfcId", &self.sfc_id);
    }
}
/// The request of [`Api::search_projects_v3`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SearchProjectsV3Request {
    /// `includeTemplate`: a query parameter.
    pub include_template: Option<bool>,
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
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl SearchProjectsV3Request {
    /// A `SearchProjectsV3Request` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            include_template: None,
            max_results: None,
            name: None,
            next_token: None,
            project_ids: None,
            source_id: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `includeTemplate`.
    pub fn include_template(mut self, value: bool) -> Self {
        self.include_template = Some(value);
        self
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
impl<'de> rt::serde::Deserialize<'de> for SearchProjectsV3Request {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SearchProjectsV3Request {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "includeTemplate" => rt::read_field(map, &mut self.include_template),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "name" => rt::read_field(map, &mut self.name),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "projectIds" => rt::read_field(map, &mut self.project_ids),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SearchProjectsV3Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("includeTemplate", &self.include_template);
        writer.query("maxResults", &self.max_results);
        writer.query("name", &self.name);
        writer.query("nextToken", &self.next_token);
        writer.query("projectIds", &self.project_ids);
        writer.query("sourceId", &self.source_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::update_project_member_role_v3`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateProjectMemberRoleV3Request {
    /// `roleIds`.
    pub role_ids: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl UpdateProjectMemberRoleV3Request {
    /// An empty `UpdateProjectMemberRoleV3Request`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `roleIds`.
    pub fn role_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.role_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for UpdateProjectMemberRoleV3Request {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roleIds", &self.role_ids)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateProjectMemberRoleV3Request {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateProjectMemberRoleV3Request {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleIds" => rt::read_field(map, &mut self.role_ids),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateProjectMemberRoleV3Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_project_v3`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateProjectV3Request {
    /// `description`.
    pub description: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl UpdateProjectV3Request {
    /// An empty `UpdateProjectV3Request`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateProjectV3Request {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateProjectV3Request {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateProjectV3Request {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateProjectV3Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::analysis_report`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AnalysisReportError = rt::ServiceError;
/// An error reply of [`Api::create_organization_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateOrganizationTaskError = rt::ServiceError;
/// An error reply of [`Api::create_project_members_v3`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateProjectMembersV3Error = rt::ServiceError;
/// An error reply of [`Api::create_project_v3`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateProjectV3Error = rt::ServiceError;
/// An error reply of [`Api::create_task`], sorted by its `code` (DingTalk sends business errors with any status, 500 included).
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateTaskError {
    /// `user.not.exist`
    ///
    /// - HTTP 400, message `user not exist`: 用户在当前企业中不存在
    UserNotExist(rt::ServiceError),
    /// `org.not.exist`
    ///
    /// - HTTP 400, message `org not exist`: 当前企业在Teambition中不存在
    OrgNotExist(rt::ServiceError),
    /// `server.error`
    ///
    /// - HTTP 500, message `%s`: 请参考ErrorMessage中的errorMessage内容
    ServerError(rt::ServiceError),
    /// A code the error table does not list.
    Unhandled(rt::ServiceError),
}
impl rt::OperationError for CreateTaskError {
    fn from_service(error: rt::ServiceError) -> Self {
        match error.code() {
            Some("user.not.exist") => Self::UserNotExist(error),
            Some("org.not.exist") => Self::OrgNotExist(error),
            Some("server.error") => Self::ServerError(error),
            _ => Self::Unhandled(error),
        }
    }
    fn service(&self) -> &rt::ServiceError {
        match self {
            Self::UserNotExist(error)
            | Self::OrgNotExist(error)
            | Self::ServerError(error)
            | Self::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for CreateTaskError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(rt::OperationError::service(self), f)
    }
}
impl ::std::error::Error for CreateTaskError {}
/// An error reply of [`Api::delete_project_members_v3`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteProjectMembersV3Error = rt::ServiceError;
/// An error reply of [`Api::get_footprint_project`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFootprintProjectError = rt::ServiceError;
/// An error reply of [`Api::get_footprint_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFootprintTaskError = rt::ServiceError;
/// An error reply of [`Api::get_free_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFreeTaskError = rt::ServiceError;
/// An error reply of [`Api::get_project_members_v3`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProjectMembersV3Error = rt::ServiceError;
/// An error reply of [`Api::get_project_roles_v3`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProjectRolesV3Error = rt::ServiceError;
/// An error reply of [`Api::get_stared_projects`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetStaredProjectsError = rt::ServiceError;
/// An error reply of [`Api::get_tb_user_id_by_ding_user_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTbUserIdByDingUserIdError = rt::ServiceError;
/// An error reply of [`Api::get_thing_org_id_by_ding_org_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetThingOrgIdByDingOrgIdError = rt::ServiceError;
/// An error reply of [`Api::get_user_joined_projects_v3`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserJoinedProjectsV3Error = rt::ServiceError;
/// An error reply of [`Api::list_all_task_view`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAllTaskViewError = rt::ServiceError;
/// An error reply of [`Api::list_my_shortcut_views`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListMyShortcutViewsError = rt::ServiceError;
/// An error reply of [`Api::query_all_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAllTaskError = rt::ServiceError;
/// An error reply of [`Api::query_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTaskError = rt::ServiceError;
/// An error reply of [`Api::query_tasks_v3`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTasksV3Error = rt::ServiceError;
/// An error reply of [`Api::search_all_tasks_by_tql`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchAllTasksByTqlError = rt::ServiceError;
/// An error reply of [`Api::search_project_custom_fileds_v3`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchProjectCustomFiledsV3Error = rt::ServiceError;
/// An error reply of [`Api::search_projects_v3`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchProjectsV3Error = rt::ServiceError;
/// An error reply of [`Api::update_project_member_role_v3`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateProjectMemberRoleV3Error = rt::ServiceError;
/// An error reply of [`Api::update_project_v3`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateProjectV3Error = rt::ServiceError;
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
        "AnalysisReport" => {
            rt::conformance::reply(
                    api.analysis_report(inputs.path(0usize)?, &inputs.request(true)?),
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
        "CreateProjectMembersV3" => {
            rt::conformance::reply(
                    api
                        .create_project_members_v3(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateProjectV3" => {
            rt::conformance::reply(
                    api.create_project_v3(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreateTask" => {
            rt::conformance::reply(
                    api.create_task(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "DeleteProjectMembersV3" => {
            rt::conformance::reply(
                    api
                        .delete_project_members_v3(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "GetFootprintProject" => {
            rt::conformance::reply(api.get_footprint_project(inputs.path(0usize)?)).await
        }
        "GetFootprintTask" => {
            rt::conformance::reply(api.get_footprint_task(inputs.path(0usize)?)).await
        }
        "GetFreeTask" => {
            rt::conformance::reply(
                    api.get_free_task(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetProjectMembersV3" => {
            rt::conformance::reply(
                    api
                        .get_project_members_v3(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetProjectRolesV3" => {
            rt::conformance::reply(
                    api
                        .get_project_roles_v3(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetStaredProjects" => {
            rt::conformance::reply(
                    api
                        .get_stared_projects(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetTbUserIdByDingUserId" => {
            rt::conformance::reply(
                    api.get_tb_user_id_by_ding_user_id(&inputs.request(false)?),
                )
                .await
        }
        "GetThingOrgIdByDingOrgId" => {
            rt::conformance::reply(api.get_thing_org_id_by_ding_org_id()).await
        }
        "GetUserJoinedProjectsV3" => {
            rt::conformance::reply(
                    api
                        .get_user_joined_projects_v3(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListAllTaskView" => {
            rt::conformance::reply(api.list_all_task_view(inputs.path(0usize)?)).await
        }
        "ListMyShortcutViews" => {
            rt::conformance::reply(
                    api
                        .list_my_shortcut_views(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryAllTask" => {
            rt::conformance::reply(
                    api.query_all_task(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "QueryTask" => {
            rt::conformance::reply(
                    api.query_task(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "QueryTasksV3" => {
            rt::conformance::reply(
                    api.query_tasks_v3(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "SearchAllTasksByTql" => {
            rt::conformance::reply(api.search_all_tasks_by_tql(&inputs.request(false)?))
                .await
        }
        "SearchProjectCustomFiledsV3" => {
            rt::conformance::reply(
                    api
                        .search_project_custom_fileds_v3(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "SearchProjectsV3" => {
            rt::conformance::reply(api.search_projects_v3(&inputs.request(false)?)).await
        }
        "UpdateProjectMemberRoleV3" => {
            rt::conformance::reply(
                    api
                        .update_project_member_role_v3(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateProjectV3" => {
            rt::conformance::reply(
                    api
                        .update_project_v3(
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
