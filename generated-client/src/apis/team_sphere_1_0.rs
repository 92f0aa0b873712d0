// @generated from api-spec/team_sphere_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉快办 (Team Sphere)：协作空间、项目任务与自由任务。
//!
//! 25 operations, methods of [`Api`] (`client.team_sphere_1_0()`), behind the cargo feature `team_sphere_1_0`; its paths start with `/v1.0/teamSphere/`.
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
    /// `POST /v1.0/teamSphere/users/{userId}/analyses/report`: DingTalk's `AnalysisReport` (module feature `team_sphere_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AnalysisReport")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/analyses/report")]
    #[doc(alias = "POST /v1.0/teamSphere/users/{userId}/analyses/report")]
    pub fn analysis_report(
        &self,
        user_id: &str,
        request: &AnalysisReportRequest,
    ) -> rt::Call<AnalysisReportResponseBody, AnalysisReportError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AnalysisReport",
            rt::Method::Post,
            "/v1.0/teamSphere/users/{userId}/analyses/report",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建自由任务
    ///
    /// `POST /v1.0/teamSphere/organizations/users/{userId}/tasks`: DingTalk's `CreateOrganizationTask` (module feature `team_sphere_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateOrganizationTask")]
    #[doc(alias = "/v1.0/teamSphere/organizations/users/{userId}/tasks")]
    #[doc(alias = "POST /v1.0/teamSphere/organizations/users/{userId}/tasks")]
    pub fn create_organization_task(
        &self,
        user_id: &str,
        request: &CreateOrganizationTaskRequest,
    ) -> rt::Call<CreateOrganizationTaskResponseBody, CreateOrganizationTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateOrganizationTask",
            rt::Method::Post,
            "/v1.0/teamSphere/organizations/users/{userId}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建项目成员
    ///
    /// `POST /v1.0/teamSphere/users/{userId}/projects/{projectId}/members`: DingTalk's `CreateProjectMembersV3` (module feature `team_sphere_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateProjectMembersV3")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/projects/{projectId}/members")]
    #[doc(alias = "POST /v1.0/teamSphere/users/{userId}/projects/{projectId}/members")]
    pub fn create_project_members_v3(
        &self,
        user_id: &str,
        project_id: &str,
        request: &CreateProjectMembersV3Request,
    ) -> rt::Call<CreateProjectMembersV3ResponseBody, CreateProjectMembersV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateProjectMembersV3",
            rt::Method::Post,
            "/v1.0/teamSphere/users/{userId}/projects/{projectId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 创建协作空间。
    ///
    /// `POST /v1.0/teamSphere/users/{userId}/projects`: DingTalk's `CreateProjectV3` (module feature `team_sphere_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateProjectV3")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/projects")]
    #[doc(alias = "POST /v1.0/teamSphere/users/{userId}/projects")]
    pub fn create_project_v3(
        &self,
        user_id: &str,
        request: &CreateProjectV3Request,
    ) -> rt::Call<CreateProjectV3ResponseBody, CreateProjectV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateProjectV3",
            rt::Method::Post,
            "/v1.0/teamSphere/users/{userId}/projects",
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
    /// `POST /v1.0/teamSphere/users/{userId}/tasks`: DingTalk's `CreateTask` (module feature `team_sphere_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path, 用户userId。
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding a [`CreateTaskError`]: a variant per code of the operation's error table, and `Unhandled`; other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTask")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/tasks")]
    #[doc(alias = "POST /v1.0/teamSphere/users/{userId}/tasks")]
    pub fn create_task(
        &self,
        user_id: &str,
        request: &CreateTaskRequest,
    ) -> rt::Call<CreateTaskResponseBody, CreateTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTask",
            rt::Method::Post,
            "/v1.0/teamSphere/users/{userId}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 删除项目成员。
    ///
    /// `POST /v1.0/teamSphere/users/{userId}/projects/{projectId}/members/remove`: DingTalk's `DeleteProjectMembersV3` (module feature `team_sphere_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteProjectMembersV3")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/projects/{projectId}/members/remove")]
    #[doc(
        alias = "POST /v1.0/teamSphere/users/{userId}/projects/{projectId}/members/remove"
    )]
    pub fn delete_project_members_v3(
        &self,
        user_id: &str,
        project_id: &str,
        request: &DeleteProjectMembersV3Request,
    ) -> rt::Call<DeleteProjectMembersV3ResponseBody, DeleteProjectMembersV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteProjectMembersV3",
            rt::Method::Post,
            "/v1.0/teamSphere/users/{userId}/projects/{projectId}/members/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 获取最近访问的项目
    ///
    /// `GET /v1.0/teamSphere/users/{userId}/footprints/projects`: DingTalk's `GetFootprintProject` (module feature `team_sphere_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFootprintProject")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/footprints/projects")]
    #[doc(alias = "GET /v1.0/teamSphere/users/{userId}/footprints/projects")]
    pub fn get_footprint_project(
        &self,
        user_id: &str,
    ) -> rt::Call<GetFootprintProjectResponseBody, GetFootprintProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFootprintProject",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{userId}/footprints/projects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 获取最近访问的任务
    ///
    /// `GET /v1.0/teamSphere/users/{userId}/footprints/tasks`: DingTalk's `GetFootprintTask` (module feature `team_sphere_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFootprintTask")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/footprints/tasks")]
    #[doc(alias = "GET /v1.0/teamSphere/users/{userId}/footprints/tasks")]
    pub fn get_footprint_task(
        &self,
        user_id: &str,
    ) -> rt::Call<GetFootprintTaskResponseBody, GetFootprintTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFootprintTask",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{userId}/footprints/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 查询轻任务详情。
    ///
    /// `GET /v1.0/teamSphere/organizations/tasks/{taskId}`: DingTalk's `GetFreeTask` (module feature `team_sphere_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_id`: `{taskId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFreeTask")]
    #[doc(alias = "/v1.0/teamSphere/organizations/tasks/{taskId}")]
    #[doc(alias = "GET /v1.0/teamSphere/organizations/tasks/{taskId}")]
    pub fn get_free_task(
        &self,
        task_id: &str,
        request: &GetFreeTaskRequest,
    ) -> rt::Call<GetFreeTaskResponseBody, GetFreeTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFreeTask",
            rt::Method::Get,
            "/v1.0/teamSphere/organizations/tasks/{taskId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_id], request)
    }
    /// 获取协作空间成员列表。
    ///
    /// `GET /v1.0/teamSphere/users/{userId}/projects/{projectId}/members`: DingTalk's `GetProjectMembersV3` (module feature `team_sphere_1_0`).
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
    /// Every page, or every item, in a loop: [`Api::get_project_members_v3_pages`].
    #[doc(alias = "GetProjectMembersV3")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/projects/{projectId}/members")]
    #[doc(alias = "GET /v1.0/teamSphere/users/{userId}/projects/{projectId}/members")]
    pub fn get_project_members_v3(
        &self,
        user_id: &str,
        project_id: &str,
        request: &GetProjectMembersV3Request,
    ) -> rt::Call<GetProjectMembersV3ResponseBody, GetProjectMembersV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProjectMembersV3",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{userId}/projects/{projectId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 获取项目角色列表。
    ///
    /// `GET /v1.0/teamSphere/users/{userId}/projects/{projectId}/roles`: DingTalk's `GetProjectRolesV3` (module feature `team_sphere_1_0`).
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
    /// Every page, or every item, in a loop: [`Api::get_project_roles_v3_pages`].
    #[doc(alias = "GetProjectRolesV3")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/projects/{projectId}/roles")]
    #[doc(alias = "GET /v1.0/teamSphere/users/{userId}/projects/{projectId}/roles")]
    pub fn get_project_roles_v3(
        &self,
        user_id: &str,
        project_id: &str,
        request: &GetProjectRolesV3Request,
    ) -> rt::Call<GetProjectRolesV3ResponseBody, GetProjectRolesV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProjectRolesV3",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{userId}/projects/{projectId}/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 获取用户星标协作空间
    ///
    /// `GET /v1.0/teamSphere/users/{userId}/staredProjects`: DingTalk's `GetStaredProjects` (module feature `team_sphere_1_0`).
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
    /// Every page, or every item, in a loop: [`Api::get_stared_projects_pages`].
    #[doc(alias = "GetStaredProjects")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/staredProjects")]
    #[doc(alias = "GET /v1.0/teamSphere/users/{userId}/staredProjects")]
    pub fn get_stared_projects(
        &self,
        user_id: &str,
        request: &GetStaredProjectsRequest,
    ) -> rt::Call<GetStaredProjectsResponseBody, GetStaredProjectsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetStaredProjects",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{userId}/staredProjects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 钉钉 userId 查询 24位长 userId。
    ///
    /// `GET /v1.0/teamSphere/idmaps/userIds`: DingTalk's `GetTbUserIdByDingUserId` (module feature `team_sphere_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTbUserIdByDingUserId")]
    #[doc(alias = "/v1.0/teamSphere/idmaps/userIds")]
    #[doc(alias = "GET /v1.0/teamSphere/idmaps/userIds")]
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
    /// `GET /v1.0/teamSphere/organizations`: DingTalk's `GetThingOrgIdByDingOrgId` (module feature `team_sphere_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetThingOrgIdByDingOrgId")]
    #[doc(alias = "/v1.0/teamSphere/organizations")]
    #[doc(alias = "GET /v1.0/teamSphere/organizations")]
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
    /// `GET /v1.0/teamSphere/users/{userId}/projects/userJoined`: DingTalk's `GetUserJoinedProjectsV3` (module feature `team_sphere_1_0`).
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
    /// Every page, or every item, in a loop: [`Api::get_user_joined_projects_v3_pages`].
    #[doc(alias = "GetUserJoinedProjectsV3")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/projects/userJoined")]
    #[doc(alias = "GET /v1.0/teamSphere/users/{userId}/projects/userJoined")]
    pub fn get_user_joined_projects_v3(
        &self,
        user_id: &str,
        request: &GetUserJoinedProjectsV3Request,
    ) -> rt::Call<GetUserJoinedProjectsV3ResponseBody, GetUserJoinedProjectsV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserJoinedProjectsV3",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{userId}/projects/userJoined",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 获取全部任务
    ///
    /// `GET /v1.0/teamSphere/users/{userId}/allTaskViews`: DingTalk's `ListAllTaskView` (module feature `team_sphere_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAllTaskView")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/allTaskViews")]
    #[doc(alias = "GET /v1.0/teamSphere/users/{userId}/allTaskViews")]
    pub fn list_all_task_view(
        &self,
        user_id: &str,
    ) -> rt::Call<ListAllTaskViewResponseBody, ListAllTaskViewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAllTaskView",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{userId}/allTaskViews",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 查询我的捷径
    ///
    /// `GET /v1.0/teamSphere/users/{userId}/shortcutViews`: DingTalk's `ListMyShortcutViews` (module feature `team_sphere_1_0`).
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
    /// Every page, or every item, in a loop: [`Api::list_my_shortcut_views_pages`].
    #[doc(alias = "ListMyShortcutViews")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/shortcutViews")]
    #[doc(alias = "GET /v1.0/teamSphere/users/{userId}/shortcutViews")]
    pub fn list_my_shortcut_views(
        &self,
        user_id: &str,
        request: &ListMyShortcutViewsRequest,
    ) -> rt::Call<ListMyShortcutViewsResponseBody, ListMyShortcutViewsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListMyShortcutViews",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{userId}/shortcutViews",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询自由任务和项目任务详情。
    ///
    /// `GET /v1.0/teamSphere/users/{userId}/tasks/query`: DingTalk's `QueryAllTask` (module feature `team_sphere_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryAllTask")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/tasks/query")]
    #[doc(alias = "GET /v1.0/teamSphere/users/{userId}/tasks/query")]
    pub fn query_all_task(
        &self,
        user_id: &str,
        request: &QueryAllTaskRequest,
    ) -> rt::Call<QueryAllTaskResponseBody, QueryAllTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAllTask",
            rt::Method::Get,
            "/v1.0/teamSphere/users/{userId}/tasks/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询我的任务
    ///
    /// `POST /v1.0/teamSphere/users/{userId}/tasks/query`: DingTalk's `QueryTask` (module feature `team_sphere_1_0`).
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
    /// Every page, or every item, in a loop: [`Api::query_task_pages`].
    #[doc(alias = "QueryTask")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/tasks/query")]
    #[doc(alias = "POST /v1.0/teamSphere/users/{userId}/tasks/query")]
    pub fn query_task(
        &self,
        user_id: &str,
        request: &QueryTaskRequest,
    ) -> rt::Call<QueryTaskResponseBody, QueryTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTask",
            rt::Method::Post,
            "/v1.0/teamSphere/users/{userId}/tasks/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询协作空间任务详情。
    ///
    /// `GET /v1.0/teamSphere/user/{userId}/tasks`: DingTalk's `QueryTasksV3` (module feature `team_sphere_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryTasksV3")]
    #[doc(alias = "/v1.0/teamSphere/user/{userId}/tasks")]
    #[doc(alias = "GET /v1.0/teamSphere/user/{userId}/tasks")]
    pub fn query_tasks_v3(
        &self,
        user_id: &str,
        request: &QueryTasksV3Request,
    ) -> rt::Call<QueryTasksV3ResponseBody, QueryTasksV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTasksV3",
            rt::Method::Get,
            "/v1.0/teamSphere/user/{userId}/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 通过TQL搜索自由任务和协作空间任务ID。
    ///
    /// `GET /v1.0/teamSphere/taskIds`: DingTalk's `SearchAllTasksByTql` (module feature `team_sphere_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_all_tasks_by_tql_pages`].
    #[doc(alias = "SearchAllTasksByTql")]
    #[doc(alias = "/v1.0/teamSphere/taskIds")]
    #[doc(alias = "GET /v1.0/teamSphere/taskIds")]
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
    /// `GET /v1.0/teamSphere/users/{userId}/projects/{projectId}/customFields`: DingTalk's `SearchProjectCustomFiledsV3` (module feature `team_sphere_1_0`).
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
    /// Every page, or every item, in a loop: [`Api::search_project_custom_fileds_v3_pages`].
    #[doc(alias = "SearchProjectCustomFiledsV3")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/projects/{projectId}/customFields")]
    #[doc(
        alias = "GET /v1.0/teamSphere/users/{userId}/projects/{projectId}/customFields"
    )]
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
            "/v1.0/teamSphere/users/{userId}/projects/{projectId}/customFields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 查询协作空间。
    ///
    /// `GET /v1.0/teamSphere/projects`: DingTalk's `SearchProjectsV3` (module feature `team_sphere_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::search_projects_v3_pages`].
    #[doc(alias = "SearchProjectsV3")]
    #[doc(alias = "/v1.0/teamSphere/projects")]
    #[doc(alias = "GET /v1.0/teamSphere/projects")]
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
    /// `POST /v1.0/teamSphere/users/{userId}/projects/{projectId}/roles/assign`: DingTalk's `UpdateProjectMemberRoleV3` (module feature `team_sphere_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateProjectMemberRoleV3")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/projects/{projectId}/roles/assign")]
    #[doc(
        alias = "POST /v1.0/teamSphere/users/{userId}/projects/{projectId}/roles/assign"
    )]
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
            "/v1.0/teamSphere/users/{userId}/projects/{projectId}/roles/assign",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, project_id], request)
    }
    /// 更新协作空间。
    ///
    /// `PUT /v1.0/teamSphere/users/{userId}/projects/{projectId}`: DingTalk's `UpdateProjectV3` (module feature `team_sphere_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `project_id`: `{projectId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateProjectV3")]
    #[doc(alias = "/v1.0/teamSphere/users/{userId}/projects/{projectId}")]
    #[doc(alias = "PUT /v1.0/teamSphere/users/{userId}/projects/{projectId}")]
    pub fn update_project_v3(
        &self,
        user_id: &str,
        project_id: &str,
        request: &UpdateProjectV3Request,
    ) -> rt::Call<UpdateProjectV3ResponseBody, UpdateProjectV3Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateProjectV3",
            rt::Method::Put,
            "/v1.0/teamSphere/users/{userId}/projects/{projectId}",
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
rt::impl_serialize! {
    AnalysisReportRequestFilter { "created" => optional(created) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AnalysisReportRequestFilter { "created" => read_field(created) }
}
/// `AnalysisReportResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnalysisReportResponseBody {
    /// `result`.
    pub result: Option<Vec<AnalysisReportResponseBodyResult>>,
}
rt::impl_deserialize! {
    AnalysisReportResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnalysisReportResponseBody { "result" => optional(result) }
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
/// `CreateProjectMembersV3ResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateProjectMembersV3ResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<CreateProjectMembersV3ResponseBodyResult>>,
}
rt::impl_deserialize! {
    CreateProjectMembersV3ResponseBody { "requestId" => read_field(request_id), "result"
    => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProjectMembersV3ResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
}
/// `CreateProjectV3ResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateProjectV3ResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<CreateProjectV3ResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateProjectV3ResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProjectV3ResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
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
rt::impl_serialize! {
    CreateTaskRequestCustomfields { "customfieldId" => optional(customfield_id),
    "customfieldName" => optional(customfield_name), "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTaskRequestCustomfields { "customfieldId" => read_field(customfield_id),
    "customfieldName" => read_field(customfield_name), "value" => read_field(value) }
}
/// `CreateTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskResponseBody {
    /// 返回结果对象。
    pub result: Option<CreateTaskResponseBodyResult>,
}
rt::impl_deserialize! {
    CreateTaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTaskResponseBody { "result" => optional(result) }
}
/// `DeleteProjectMembersV3ResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteProjectMembersV3ResponseBody {
    /// `errors`.
    pub errors: Option<Vec<DeleteProjectMembersV3ResponseBodyErrors>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<String>>,
}
rt::impl_deserialize! {
    DeleteProjectMembersV3ResponseBody { "errors" => read_field(errors), "requestId" =>
    read_field(request_id), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteProjectMembersV3ResponseBody { "errors" => optional(errors), "requestId" =>
    optional(request_id), "result" => optional(result) }
}
/// `GetFootprintProjectResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFootprintProjectResponseBody {
    /// `result`.
    pub result: Option<Vec<GetFootprintProjectResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetFootprintProjectResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFootprintProjectResponseBody { "result" => optional(result) }
}
/// `GetFootprintTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFootprintTaskResponseBody {
    /// `result`.
    pub result: Option<Vec<GetFootprintTaskResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetFootprintTaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFootprintTaskResponseBody { "result" => optional(result) }
}
/// `GetFreeTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFreeTaskResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<GetFreeTaskResponseBodyResult>,
}
rt::impl_deserialize! {
    GetFreeTaskResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFreeTaskResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
}
/// `GetProjectMembersV3ResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProjectMembersV3ResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<GetProjectMembersV3ResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetProjectMembersV3ResponseBody { "nextToken" => read_field(next_token), "requestId"
    => read_field(request_id), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProjectMembersV3ResponseBody { "nextToken" => optional(next_token), "requestId" =>
    optional(request_id), "result" => optional(result) }
}
/// `GetProjectRolesV3ResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProjectRolesV3ResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<GetProjectRolesV3ResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetProjectRolesV3ResponseBody { "nextToken" => read_field(next_token), "requestId" =>
    read_field(request_id), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProjectRolesV3ResponseBody { "nextToken" => optional(next_token), "requestId" =>
    optional(request_id), "result" => optional(result) }
}
/// `GetStaredProjectsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetStaredProjectsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetStaredProjectsResponseBody { "nextToken" => read_field(next_token), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetStaredProjectsResponseBody { "nextToken" => optional(next_token), "result" =>
    optional(result) }
}
/// `GetTbUserIdByDingUserIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTbUserIdByDingUserIdResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<GetTbUserIdByDingUserIdResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetTbUserIdByDingUserIdResponseBody { "requestId" => read_field(request_id), "result"
    => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTbUserIdByDingUserIdResponseBody { "requestId" => optional(request_id), "result"
    => optional(result) }
}
/// `GetThingOrgIdByDingOrgIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetThingOrgIdByDingOrgIdResponseBody {
    /// `result`.
    pub result: Option<GetThingOrgIdByDingOrgIdResponseBodyResult>,
}
rt::impl_deserialize! {
    GetThingOrgIdByDingOrgIdResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetThingOrgIdByDingOrgIdResponseBody { "result" => optional(result) }
}
/// `GetUserJoinedProjectsV3ResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserJoinedProjectsV3ResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetUserJoinedProjectsV3ResponseBody { "nextToken" => read_field(next_token),
    "requestId" => read_field(request_id), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserJoinedProjectsV3ResponseBody { "nextToken" => optional(next_token),
    "requestId" => optional(request_id), "result" => optional(result) }
}
/// `ListAllTaskViewResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBody {
    /// `result`.
    pub result: Option<ListAllTaskViewResponseBodyResult>,
}
rt::impl_deserialize! {
    ListAllTaskViewResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllTaskViewResponseBody { "result" => optional(result) }
}
/// `ListMyShortcutViewsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMyShortcutViewsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `result`.
    pub result: Option<Vec<ListMyShortcutViewsResponseBodyResult>>,
}
rt::impl_deserialize! {
    ListMyShortcutViewsResponseBody { "nextToken" => read_field(next_token), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListMyShortcutViewsResponseBody { "nextToken" => optional(next_token), "result" =>
    optional(result) }
}
/// `QueryAllTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllTaskResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<QueryAllTaskResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryAllTaskResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllTaskResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
}
/// `QueryTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTaskResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<QueryTaskResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryTaskResponseBody { "nextToken" => read_field(next_token), "requestId" =>
    read_field(request_id), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTaskResponseBody { "nextToken" => optional(next_token), "requestId" =>
    optional(request_id), "result" => optional(result) }
}
/// `QueryTasksV3ResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTasksV3ResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<QueryTasksV3ResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryTasksV3ResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTasksV3ResponseBody { "requestId" => optional(request_id), "result" =>
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
/// `SearchProjectCustomFiledsV3ResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    SearchProjectCustomFiledsV3ResponseBody { "nextToken" => read_field(next_token),
    "requestId" => read_field(request_id), "result" => read_field(result), "totalCount"
    => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchProjectCustomFiledsV3ResponseBody { "nextToken" => optional(next_token),
    "requestId" => optional(request_id), "result" => optional(result), "totalCount" =>
    optional(total_count) }
}
/// `SearchProjectsV3ResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchProjectsV3ResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<SearchProjectsV3ResponseBodyResult>>,
}
rt::impl_deserialize! {
    SearchProjectsV3ResponseBody { "nextToken" => read_field(next_token), "requestId" =>
    read_field(request_id), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchProjectsV3ResponseBody { "nextToken" => optional(next_token), "requestId" =>
    optional(request_id), "result" => optional(result) }
}
/// `UpdateProjectMemberRoleV3ResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateProjectMemberRoleV3ResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<Vec<UpdateProjectMemberRoleV3ResponseBodyResult>>,
}
rt::impl_deserialize! {
    UpdateProjectMemberRoleV3ResponseBody { "requestId" => read_field(request_id),
    "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateProjectMemberRoleV3ResponseBody { "requestId" => optional(request_id), "result"
    => optional(result) }
}
/// `UpdateProjectV3ResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateProjectV3ResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<UpdateProjectV3ResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateProjectV3ResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateProjectV3ResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
}
/// `AnalysisReportResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AnalysisReportResponseBodyResult { "cols" => read_field(cols), "listQuery" =>
    read_field(list_query), "name" => read_field(name), "rows" => read_field(rows),
    "tips" => read_field(tips), "title" => read_field(title), "visualizationSettings" =>
    read_field(visualization_settings) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnalysisReportResponseBodyResult { "cols" => optional(cols), "listQuery" =>
    optional(list_query), "name" => optional(name), "rows" => optional(rows), "tips" =>
    optional(tips), "title" => optional(title), "visualizationSettings" =>
    optional(visualization_settings) }
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
    read_field(is_done), "note" => read_field(note), "updated" => read_field(updated),
    "visible" => read_field(visible) }
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
    "updated" => optional(updated), "visible" => optional(visible) }
}
/// `CreateProjectMembersV3ResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    CreateProjectMembersV3ResponseBodyResult { "boundToObjectId" =>
    read_field(bound_to_object_id), "boundToObjectType" =>
    read_field(bound_to_object_type), "joined" => read_field(joined), "role" =>
    read_field(role), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProjectMembersV3ResponseBodyResult { "boundToObjectId" =>
    optional(bound_to_object_id), "boundToObjectType" => optional(bound_to_object_type),
    "joined" => optional(joined), "role" => optional(role), "userId" => optional(user_id)
    }
}
/// `CreateProjectV3ResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateProjectV3ResponseBodyResult {
    /// `id`.
    pub id: Option<String>,
}
rt::impl_deserialize! {
    CreateProjectV3ResponseBodyResult { "id" => read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateProjectV3ResponseBodyResult { "id" => optional(id) }
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
rt::impl_serialize! {
    CreateTaskRequestCustomfieldsValue { "id" => optional(id), "thumbUrl" =>
    optional(thumb_url), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTaskRequestCustomfieldsValue { "id" => read_field(id), "thumbUrl" =>
    read_field(thumb_url), "title" => read_field(title) }
}
/// 返回结果对象。
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    CreateTaskResponseBodyResult { "content" => read_field(content), "created" =>
    read_field(created), "creatorId" => read_field(creator_id), "customfields" =>
    read_field(customfields), "dueDate" => read_field(due_date), "executorId" =>
    read_field(executor_id), "involveMembers" => read_field(involve_members), "note" =>
    read_field(note), "priority" => read_field(priority), "projectId" =>
    read_field(project_id), "taskId" => read_field(task_id), "updated" =>
    read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTaskResponseBodyResult { "content" => optional(content), "created" =>
    optional(created), "creatorId" => optional(creator_id), "customfields" =>
    optional(customfields), "dueDate" => optional(due_date), "executorId" =>
    optional(executor_id), "involveMembers" => optional(involve_members), "note" =>
    optional(note), "priority" => optional(priority), "projectId" =>
    optional(project_id), "taskId" => optional(task_id), "updated" => optional(updated) }
}
/// `DeleteProjectMembersV3ResponseBodyErrors`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteProjectMembersV3ResponseBodyErrors {
    /// `message`.
    pub message: Option<String>,
}
rt::impl_deserialize! {
    DeleteProjectMembersV3ResponseBodyErrors { "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteProjectMembersV3ResponseBodyErrors { "message" => optional(message) }
}
/// `GetFootprintProjectResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetFootprintProjectResponseBodyResult { "created" => read_field(created), "creatorId"
    => read_field(creator_id), "description" => read_field(description), "id" =>
    read_field(id), "isDeleted" => read_field(is_deleted), "logo" => read_field(logo),
    "name" => read_field(name), "organizationId" => read_field(organization_id),
    "updated" => read_field(updated), "visibility" => read_field(visibility) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFootprintProjectResponseBodyResult { "created" => optional(created), "creatorId"
    => optional(creator_id), "description" => optional(description), "id" =>
    optional(id), "isDeleted" => optional(is_deleted), "logo" => optional(logo), "name"
    => optional(name), "organizationId" => optional(organization_id), "updated" =>
    optional(updated), "visibility" => optional(visibility) }
}
/// `GetFootprintTaskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetFootprintTaskResponseBodyResult { "accomplished" => read_field(accomplished),
    "basicPos" => read_field(basic_pos), "content" => read_field(content), "created" =>
    read_field(created), "creatorId" => read_field(creator_id), "customfields" =>
    read_field(customfields), "dueDate" => read_field(due_date), "executorId" =>
    read_field(executor_id), "id" => read_field(id), "involveMembers" =>
    read_field(involve_members), "isArchived" => read_field(is_archived), "isDeleted" =>
    read_field(is_deleted), "isDone" => read_field(is_done), "note" => read_field(note),
    "organizationId" => read_field(organization_id), "pos" => read_field(pos), "priority"
    => read_field(priority), "projectId" => read_field(project_id), "sfcId" =>
    read_field(sfc_id), "stageId" => read_field(stage_id), "startDate" =>
    read_field(start_date), "tasklistId" => read_field(tasklist_id), "tfsId" =>
    read_field(tfs_id), "uniqueId" => read_field(unique_id), "updated" =>
    read_field(updated), "visible" => read_field(visible) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFootprintTaskResponseBodyResult { "accomplished" => optional(accomplished),
    "basicPos" => optional(basic_pos), "content" => optional(content), "created" =>
    optional(created), "creatorId" => optional(creator_id), "customfields" =>
    optional(customfields), "dueDate" => optional(due_date), "executorId" =>
    optional(executor_id), "id" => optional(id), "involveMembers" =>
    optional(involve_members), "isArchived" => optional(is_archived), "isDeleted" =>
    optional(is_deleted), "isDone" => optional(is_done), "note" => optional(note),
    "organizationId" => optional(organization_id), "pos" => optional(pos), "priority" =>
    optional(priority), "projectId" => optional(project_id), "sfcId" => optional(sfc_id),
    "stageId" => optional(stage_id), "startDate" => optional(start_date), "tasklistId" =>
    optional(tasklist_id), "tfsId" => optional(tfs_id), "uniqueId" =>
    optional(unique_id), "updated" => optional(updated), "visible" => optional(visible) }
}
/// `GetFreeTaskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetFreeTaskResponseBodyResult { "accomplished" => read_field(accomplished),
    "ancestorIds" => read_field(ancestor_ids), "content" => read_field(content),
    "created" => read_field(created), "creatorId" => read_field(creator_id), "dueDate" =>
    read_field(due_date), "executorId" => read_field(executor_id), "id" =>
    read_field(id), "involveMembers" => read_field(involve_members), "isArchive" =>
    read_field(is_archive), "isDone" => read_field(is_done), "note" => read_field(note),
    "organizationId" => read_field(organization_id), "priority" => read_field(priority),
    "recurrence" => read_field(recurrence), "sourceId" => read_field(source_id),
    "startDate" => read_field(start_date), "tagIds" => read_field(tag_ids), "uniqueId" =>
    read_field(unique_id), "updated" => read_field(updated), "visible" =>
    read_field(visible) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFreeTaskResponseBodyResult { "accomplished" => optional(accomplished),
    "ancestorIds" => optional(ancestor_ids), "content" => optional(content), "created" =>
    optional(created), "creatorId" => optional(creator_id), "dueDate" =>
    optional(due_date), "executorId" => optional(executor_id), "id" => optional(id),
    "involveMembers" => optional(involve_members), "isArchive" => optional(is_archive),
    "isDone" => optional(is_done), "note" => optional(note), "organizationId" =>
    optional(organization_id), "priority" => optional(priority), "recurrence" =>
    optional(recurrence), "sourceId" => optional(source_id), "startDate" =>
    optional(start_date), "tagIds" => optional(tag_ids), "uniqueId" =>
    optional(unique_id), "updated" => optional(updated), "visible" => optional(visible) }
}
/// `GetProjectMembersV3ResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProjectMembersV3ResponseBodyResult {
    /// `role`.
    pub role: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetProjectMembersV3ResponseBodyResult { "role" => read_field(role), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProjectMembersV3ResponseBodyResult { "role" => optional(role), "userId" =>
    optional(user_id) }
}
/// `GetProjectRolesV3ResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetProjectRolesV3ResponseBodyResult { "display" => read_field(display), "id" =>
    read_field(id), "isDefaultRole" => read_field(is_default_role), "level" =>
    read_field(level), "name" => read_field(name), "originalId" =>
    read_field(original_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProjectRolesV3ResponseBodyResult { "display" => optional(display), "id" =>
    optional(id), "isDefaultRole" => optional(is_default_role), "level" =>
    optional(level), "name" => optional(name), "originalId" => optional(original_id) }
}
/// `GetTbUserIdByDingUserIdResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTbUserIdByDingUserIdResponseBodyResult {
    /// `dingtalkUserId`.
    pub dingtalk_user_id: Option<String>,
    /// `tbUserId`.
    pub tb_user_id: Option<String>,
}
rt::impl_deserialize! {
    GetTbUserIdByDingUserIdResponseBodyResult { "dingtalkUserId" =>
    read_field(dingtalk_user_id), "tbUserId" => read_field(tb_user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTbUserIdByDingUserIdResponseBodyResult { "dingtalkUserId" =>
    optional(dingtalk_user_id), "tbUserId" => optional(tb_user_id) }
}
/// `GetThingOrgIdByDingOrgIdResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetThingOrgIdByDingOrgIdResponseBodyResult {
    /// `tbOrganizationId`.
    pub tb_organization_id: Option<String>,
}
rt::impl_deserialize! {
    GetThingOrgIdByDingOrgIdResponseBodyResult { "tbOrganizationId" =>
    read_field(tb_organization_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetThingOrgIdByDingOrgIdResponseBodyResult { "tbOrganizationId" =>
    optional(tb_organization_id) }
}
/// `ListAllTaskViewResponseBodyResult`, a model several operations share: also named [`ListMyShortcutViewsResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListAllTaskViewResponseBodyResult { "boundToObjectId" =>
    read_field(bound_to_object_id), "boundToObjectType" =>
    read_field(bound_to_object_type), "created" => read_field(created), "creatorId" =>
    read_field(creator_id), "description" => read_field(description), "filter" =>
    read_field(filter), "groupType" => read_field(group_type), "id" => read_field(id),
    "isDeleted" => read_field(is_deleted), "name" => read_field(name), "orderType" =>
    read_field(order_type), "organizationId" => read_field(organization_id), "showType"
    => read_field(show_type), "toolbarInfo" => read_field(toolbar_info), "tql" =>
    read_field(tql), "updated" => read_field(updated), "viewSetting" =>
    read_field(view_setting) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllTaskViewResponseBodyResult { "boundToObjectId" =>
    optional(bound_to_object_id), "boundToObjectType" => optional(bound_to_object_type),
    "created" => optional(created), "creatorId" => optional(creator_id), "description" =>
    optional(description), "filter" => optional(filter), "groupType" =>
    optional(group_type), "id" => optional(id), "isDeleted" => optional(is_deleted),
    "name" => optional(name), "orderType" => optional(order_type), "organizationId" =>
    optional(organization_id), "showType" => optional(show_type), "toolbarInfo" =>
    optional(toolbar_info), "tql" => optional(tql), "updated" => optional(updated),
    "viewSetting" => optional(view_setting) }
}
/// `ListMyShortcutViewsResponseBodyResult`: the same model as [`ListAllTaskViewResponseBodyResult`].
pub type ListMyShortcutViewsResponseBodyResult = ListAllTaskViewResponseBodyResult;
/// `QueryAllTaskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryAllTaskResponseBodyResult { "accomplishTime" => read_field(accomplish_time),
    "ancestorIds" => read_field(ancestor_ids), "content" => read_field(content),
    "created" => read_field(created), "creatorId" => read_field(creator_id),
    "customfields" => read_field(customfields), "dueDate" => read_field(due_date),
    "executorId" => read_field(executor_id), "id" => read_field(id), "involveMembers" =>
    read_field(involve_members), "isArchived" => read_field(is_archived), "isDone" =>
    read_field(is_done), "note" => read_field(note), "parentTaskId" =>
    read_field(parent_task_id), "priority" => read_field(priority), "projectId" =>
    read_field(project_id), "sfcId" => read_field(sfc_id), "stageId" =>
    read_field(stage_id), "startDate" => read_field(start_date), "tagIds" =>
    read_field(tag_ids), "taskId" => read_field(task_id), "tasklistId" =>
    read_field(tasklist_id), "tfsId" => read_field(tfs_id), "uniqueId" =>
    read_field(unique_id), "updated" => read_field(updated), "visible" =>
    read_field(visible) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllTaskResponseBodyResult { "accomplishTime" => optional(accomplish_time),
    "ancestorIds" => optional(ancestor_ids), "content" => optional(content), "created" =>
    optional(created), "creatorId" => optional(creator_id), "customfields" =>
    optional(customfields), "dueDate" => optional(due_date), "executorId" =>
    optional(executor_id), "id" => optional(id), "involveMembers" =>
    optional(involve_members), "isArchived" => optional(is_archived), "isDone" =>
    optional(is_done), "note" => optional(note), "parentTaskId" =>
    optional(parent_task_id), "priority" => optional(priority), "projectId" =>
    optional(project_id), "sfcId" => optional(sfc_id), "stageId" => optional(stage_id),
    "startDate" => optional(start_date), "tagIds" => optional(tag_ids), "taskId" =>
    optional(task_id), "tasklistId" => optional(tasklist_id), "tfsId" =>
    optional(tfs_id), "uniqueId" => optional(unique_id), "updated" => optional(updated),
    "visible" => optional(visible) }
}
/// `QueryTaskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryTaskResponseBodyResult { "accomplishTime" => read_field(accomplish_time),
    "content" => read_field(content), "created" => read_field(created), "creatorId" =>
    read_field(creator_id), "customfields" => read_field(customfields), "dueDate" =>
    read_field(due_date), "executorId" => read_field(executor_id), "executorUserInfo" =>
    read_field(executor_user_info), "id" => read_field(id), "involveMembers" =>
    read_field(involve_members), "isDone" => read_field(is_done), "note" =>
    read_field(note), "projectId" => read_field(project_id), "projectInfo" =>
    read_field(project_info), "taskId" => read_field(task_id), "updated" =>
    read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTaskResponseBodyResult { "accomplishTime" => optional(accomplish_time),
    "content" => optional(content), "created" => optional(created), "creatorId" =>
    optional(creator_id), "customfields" => optional(customfields), "dueDate" =>
    optional(due_date), "executorId" => optional(executor_id), "executorUserInfo" =>
    optional(executor_user_info), "id" => optional(id), "involveMembers" =>
    optional(involve_members), "isDone" => optional(is_done), "note" => optional(note),
    "projectId" => optional(project_id), "projectInfo" => optional(project_info),
    "taskId" => optional(task_id), "updated" => optional(updated) }
}
/// `QueryTasksV3ResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryTasksV3ResponseBodyResult { "accomplishTime" => read_field(accomplish_time),
    "content" => read_field(content), "created" => read_field(created), "creatorId" =>
    read_field(creator_id), "customfields" => read_field(customfields), "dueDate" =>
    read_field(due_date), "executorId" => read_field(executor_id), "id" =>
    read_field(id), "involveMembers" => read_field(involve_members), "isDone" =>
    read_field(is_done), "note" => read_field(note), "projectId" =>
    read_field(project_id), "sourceId" => read_field(source_id), "taskId" =>
    read_field(task_id), "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTasksV3ResponseBodyResult { "accomplishTime" => optional(accomplish_time),
    "content" => optional(content), "created" => optional(created), "creatorId" =>
    optional(creator_id), "customfields" => optional(customfields), "dueDate" =>
    optional(due_date), "executorId" => optional(executor_id), "id" => optional(id),
    "involveMembers" => optional(involve_members), "isDone" => optional(is_done), "note"
    => optional(note), "projectId" => optional(project_id), "sourceId" =>
    optional(source_id), "taskId" => optional(task_id), "updated" => optional(updated) }
}
/// `SearchProjectCustomFiledsV3ResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    SearchProjectCustomFiledsV3ResponseBodyResult { "advancedCustomfield" =>
    read_field(advanced_customfield), "boundToObjectId" =>
    read_field(bound_to_object_id), "boundToObjectType" =>
    read_field(bound_to_object_type), "choices" => read_field(choices), "created" =>
    read_field(created), "creatorId" => read_field(creator_id), "id" => read_field(id),
    "name" => read_field(name), "originalId" => read_field(original_id), "type" =>
    read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchProjectCustomFiledsV3ResponseBodyResult { "advancedCustomfield" =>
    optional(advanced_customfield), "boundToObjectId" => optional(bound_to_object_id),
    "boundToObjectType" => optional(bound_to_object_type), "choices" =>
    optional(choices), "created" => optional(created), "creatorId" =>
    optional(creator_id), "id" => optional(id), "name" => optional(name), "originalId" =>
    optional(original_id), "type" => optional(r#type) }
}
/// `SearchProjectsV3ResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    SearchProjectsV3ResponseBodyResult { "created" => read_field(created), "creatorId" =>
    read_field(creator_id), "description" => read_field(description), "id" =>
    read_field(id), "isArchived" => read_field(is_archived), "isTemplate" =>
    read_field(is_template), "logo" => read_field(logo), "name" => read_field(name),
    "organizationId" => read_field(organization_id), "sourceId" => read_field(source_id),
    "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchProjectsV3ResponseBodyResult { "created" => optional(created), "creatorId" =>
    optional(creator_id), "description" => optional(description), "id" => optional(id),
    "isArchived" => optional(is_archived), "isTemplate" => optional(is_template), "logo"
    => optional(logo), "name" => optional(name), "organizationId" =>
    optional(organization_id), "sourceId" => optional(source_id), "updated" =>
    optional(updated) }
}
/// `UpdateProjectMemberRoleV3ResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    UpdateProjectMemberRoleV3ResponseBodyResult { "id" => read_field(id), "role" =>
    read_field(role), "roleIds" => read_field(role_ids), "userId" => read_field(user_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateProjectMemberRoleV3ResponseBodyResult { "id" => optional(id), "role" =>
    optional(role), "roleIds" => optional(role_ids), "userId" => optional(user_id) }
}
/// `UpdateProjectV3ResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateProjectV3ResponseBodyResult {
    /// `updated`.
    pub updated: Option<String>,
}
rt::impl_deserialize! {
    UpdateProjectV3ResponseBodyResult { "updated" => read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateProjectV3ResponseBodyResult { "updated" => optional(updated) }
}
/// `AnalysisReportResponseBodyResultCols`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnalysisReportResponseBodyResultCols {
    /// `baseType`.
    pub base_type: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `theme`.
    pub theme: Option<String>,
}
rt::impl_deserialize! {
    AnalysisReportResponseBodyResultCols { "baseType" => read_field(base_type), "name" =>
    read_field(name), "theme" => read_field(theme) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnalysisReportResponseBodyResultCols { "baseType" => optional(base_type), "name" =>
    optional(name), "theme" => optional(theme) }
}
/// `AnalysisReportResponseBodyResultListQuery`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnalysisReportResponseBodyResultListQuery {
    /// `key`.
    pub key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    AnalysisReportResponseBodyResultListQuery { "key" => read_field(key), "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnalysisReportResponseBodyResultListQuery { "key" => optional(key), "value" =>
    optional(value) }
}
/// `AnalysisReportResponseBodyResultVisualizationSettings`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnalysisReportResponseBodyResultVisualizationSettings {
    /// `dimension`.
    pub dimension: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    AnalysisReportResponseBodyResultVisualizationSettings { "dimension" =>
    read_field(dimension), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnalysisReportResponseBodyResultVisualizationSettings { "dimension" =>
    optional(dimension), "type" => optional(r#type) }
}
/// `CreateOrganizationTaskResponseBodyResultCreator`, a model several operations share: also named [`CreateOrganizationTaskResponseBodyResultExecutor`].
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
/// `CreateTaskResponseBodyResultCustomfields`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskResponseBodyResultCustomfields {
    /// 自定义字段id。
    pub customfield_id: Option<String>,
    /// 自定义字段值列表。
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
/// `GetFootprintTaskResponseBodyResultCustomfields`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetFootprintTaskResponseBodyResultCustomfields { "customfieldId" =>
    read_field(customfield_id), "type" => read_field(r#type), "value" =>
    read_field(value), "values" => read_field(values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFootprintTaskResponseBodyResultCustomfields { "customfieldId" =>
    optional(customfield_id), "type" => optional(r#type), "value" => optional(value),
    "values" => optional(values) }
}
/// `ListAllTaskViewResponseBodyResultFilter`, a model several operations share: also named [`ListMyShortcutViewsResponseBodyResultFilter`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListAllTaskViewResponseBodyResultFilter { "conditions" => read_field(conditions),
    "invisibleConditions" => read_field(invisible_conditions), "logic" =>
    read_field(logic), "logicDisabled" => read_field(logic_disabled), "q" =>
    read_field(q) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllTaskViewResponseBodyResultFilter { "conditions" => optional(conditions),
    "invisibleConditions" => optional(invisible_conditions), "logic" => optional(logic),
    "logicDisabled" => optional(logic_disabled), "q" => optional(q) }
}
/// `ListAllTaskViewResponseBodyResultGroupType`, a model several operations share: also named [`ListMyShortcutViewsResponseBodyResultGroupType`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultGroupType {
    /// `canCreateGroup`.
    pub can_create_group: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    ListAllTaskViewResponseBodyResultGroupType { "canCreateGroup" =>
    read_field(can_create_group), "name" => read_field(name), "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllTaskViewResponseBodyResultGroupType { "canCreateGroup" =>
    optional(can_create_group), "name" => optional(name), "value" => optional(value) }
}
/// `ListAllTaskViewResponseBodyResultOrderType`, a model several operations share: also named [`ListMyShortcutViewsResponseBodyResultOrderType`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultOrderType {
    /// `direction`.
    pub direction: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    ListAllTaskViewResponseBodyResultOrderType { "direction" => read_field(direction),
    "name" => read_field(name), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllTaskViewResponseBodyResultOrderType { "direction" => optional(direction),
    "name" => optional(name), "value" => optional(value) }
}
/// `ListAllTaskViewResponseBodyResultShowType`, a model several operations share: also named [`ListMyShortcutViewsResponseBodyResultShowType`], [`ListAllTaskViewResponseBodyResultToolbarInfoShowTypes`], [`ListMyShortcutViewsResponseBodyResultToolbarInfoShowTypes`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultShowType {
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    ListAllTaskViewResponseBodyResultShowType { "name" => read_field(name), "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllTaskViewResponseBodyResultShowType { "name" => optional(name), "value" =>
    optional(value) }
}
/// `ListAllTaskViewResponseBodyResultToolbarInfo`, a model several operations share: also named [`ListMyShortcutViewsResponseBodyResultToolbarInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultToolbarInfo {
    /// `groupTypes`.
    pub group_types: Option<Vec<ListAllTaskViewResponseBodyResultToolbarInfoGroupTypes>>,
    /// `orderTypes`.
    pub order_types: Option<Vec<ListAllTaskViewResponseBodyResultToolbarInfoOrderTypes>>,
    /// `showTypes`.
    pub show_types: Option<Vec<ListAllTaskViewResponseBodyResultToolbarInfoShowTypes>>,
}
rt::impl_deserialize! {
    ListAllTaskViewResponseBodyResultToolbarInfo { "groupTypes" =>
    read_field(group_types), "orderTypes" => read_field(order_types), "showTypes" =>
    read_field(show_types) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllTaskViewResponseBodyResultToolbarInfo { "groupTypes" => optional(group_types),
    "orderTypes" => optional(order_types), "showTypes" => optional(show_types) }
}
/// `ListAllTaskViewResponseBodyResultViewSetting`, a model several operations share: also named [`ListMyShortcutViewsResponseBodyResultViewSetting`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultViewSetting {
    /// `showDoneTask`.
    pub show_done_task: Option<bool>,
    /// `showSubTask`.
    pub show_sub_task: Option<bool>,
}
rt::impl_deserialize! {
    ListAllTaskViewResponseBodyResultViewSetting { "showDoneTask" =>
    read_field(show_done_task), "showSubTask" => read_field(show_sub_task) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllTaskViewResponseBodyResultViewSetting { "showDoneTask" =>
    optional(show_done_task), "showSubTask" => optional(show_sub_task) }
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
/// `QueryAllTaskResponseBodyResultCustomfields`, a model several operations share: also named [`QueryTaskResponseBodyResultCustomfields`], [`QueryTasksV3ResponseBodyResultCustomfields`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllTaskResponseBodyResultCustomfields {
    /// `cfId`.
    pub cf_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `value`.
    pub value: Option<Vec<QueryAllTaskResponseBodyResultCustomfieldsValue>>,
}
rt::impl_deserialize! {
    QueryAllTaskResponseBodyResultCustomfields { "cfId" => read_field(cf_id), "type" =>
    read_field(r#type), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllTaskResponseBodyResultCustomfields { "cfId" => optional(cf_id), "type" =>
    optional(r#type), "value" => optional(value) }
}
/// `QueryTaskResponseBodyResultCustomfields`: the same model as [`QueryAllTaskResponseBodyResultCustomfields`].
pub type QueryTaskResponseBodyResultCustomfields = QueryAllTaskResponseBodyResultCustomfields;
/// `QueryTaskResponseBodyResultExecutorUserInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryTaskResponseBodyResultExecutorUserInfo { "avatarUrl" => read_field(avatar_url),
    "id" => read_field(id), "memberId" => read_field(member_id), "name" =>
    read_field(name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTaskResponseBodyResultExecutorUserInfo { "avatarUrl" => optional(avatar_url),
    "id" => optional(id), "memberId" => optional(member_id), "name" => optional(name),
    "userId" => optional(user_id) }
}
/// `QueryTaskResponseBodyResultProjectInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryTaskResponseBodyResultProjectInfo { "id" => read_field(id), "logo" =>
    read_field(logo), "name" => read_field(name), "organizationId" =>
    read_field(organization_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTaskResponseBodyResultProjectInfo { "id" => optional(id), "logo" =>
    optional(logo), "name" => optional(name), "organizationId" =>
    optional(organization_id) }
}
/// `QueryTasksV3ResponseBodyResultCustomfields`: the same model as [`QueryAllTaskResponseBodyResultCustomfields`].
pub type QueryTasksV3ResponseBodyResultCustomfields = QueryAllTaskResponseBodyResultCustomfields;
/// `SearchProjectCustomFiledsV3ResponseBodyResultAdvancedCustomfield`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchProjectCustomFiledsV3ResponseBodyResultAdvancedCustomfield {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
}
rt::impl_deserialize! {
    SearchProjectCustomFiledsV3ResponseBodyResultAdvancedCustomfield { "id" =>
    read_field(id), "name" => read_field(name), "objectType" => read_field(object_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchProjectCustomFiledsV3ResponseBodyResultAdvancedCustomfield { "id" =>
    optional(id), "name" => optional(name), "objectType" => optional(object_type) }
}
/// `SearchProjectCustomFiledsV3ResponseBodyResultChoices`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SearchProjectCustomFiledsV3ResponseBodyResultChoices {
    /// `id`.
    pub id: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    SearchProjectCustomFiledsV3ResponseBodyResultChoices { "id" => read_field(id),
    "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SearchProjectCustomFiledsV3ResponseBodyResultChoices { "id" => optional(id), "value"
    => optional(value) }
}
/// `CreateTaskResponseBodyResultCustomfieldsValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTaskResponseBodyResultCustomfieldsValue {
    /// 自定义字段显示值。
    pub title: Option<String>,
}
rt::impl_deserialize! {
    CreateTaskResponseBodyResultCustomfieldsValue { "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTaskResponseBodyResultCustomfieldsValue { "title" => optional(title) }
}
/// `ListAllTaskViewResponseBodyResultFilterConditions`, a model several operations share: also named [`ListAllTaskViewResponseBodyResultFilterInvisibleConditions`], [`ListMyShortcutViewsResponseBodyResultFilterConditions`], [`ListMyShortcutViewsResponseBodyResultFilterInvisibleConditions`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListAllTaskViewResponseBodyResultFilterConditions { "fixed" => read_field(fixed),
    "key" => read_field(key), "op" => read_field(op), "values" => read_field(values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllTaskViewResponseBodyResultFilterConditions { "fixed" => optional(fixed), "key"
    => optional(key), "op" => optional(op), "values" => optional(values) }
}
/// `ListAllTaskViewResponseBodyResultFilterInvisibleConditions`: the same model as [`ListAllTaskViewResponseBodyResultFilterConditions`].
pub type ListAllTaskViewResponseBodyResultFilterInvisibleConditions = ListAllTaskViewResponseBodyResultFilterConditions;
/// `ListAllTaskViewResponseBodyResultToolbarInfoGroupTypes`, a model several operations share: also named [`ListMyShortcutViewsResponseBodyResultToolbarInfoGroupTypes`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListAllTaskViewResponseBodyResultToolbarInfoGroupTypes { "canCreateGroup" =>
    read_field(can_create_group), "name" => read_field(name), "serviceName" =>
    read_field(service_name), "setting" => read_field(setting), "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllTaskViewResponseBodyResultToolbarInfoGroupTypes { "canCreateGroup" =>
    optional(can_create_group), "name" => optional(name), "serviceName" =>
    optional(service_name), "setting" => optional(setting), "value" => optional(value) }
}
/// `ListAllTaskViewResponseBodyResultToolbarInfoOrderTypes`, a model several operations share: also named [`ListMyShortcutViewsResponseBodyResultToolbarInfoOrderTypes`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListAllTaskViewResponseBodyResultToolbarInfoOrderTypes { "direction" =>
    read_field(direction), "name" => read_field(name), "supportDirection" =>
    read_field(support_direction), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllTaskViewResponseBodyResultToolbarInfoOrderTypes { "direction" =>
    optional(direction), "name" => optional(name), "supportDirection" =>
    optional(support_direction), "value" => optional(value) }
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
/// `QueryAllTaskResponseBodyResultCustomfieldsValue`, a model several operations share: also named [`QueryTaskResponseBodyResultCustomfieldsValue`], [`QueryTasksV3ResponseBodyResultCustomfieldsValue`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllTaskResponseBodyResultCustomfieldsValue {
    /// `id`.
    pub id: Option<String>,
    /// `metaString`.
    pub meta_string: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QueryAllTaskResponseBodyResultCustomfieldsValue { "id" => read_field(id),
    "metaString" => read_field(meta_string), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllTaskResponseBodyResultCustomfieldsValue { "id" => optional(id), "metaString"
    => optional(meta_string), "title" => optional(title) }
}
/// `QueryTaskResponseBodyResultCustomfieldsValue`: the same model as [`QueryAllTaskResponseBodyResultCustomfieldsValue`].
pub type QueryTaskResponseBodyResultCustomfieldsValue = QueryAllTaskResponseBodyResultCustomfieldsValue;
/// `QueryTasksV3ResponseBodyResultCustomfieldsValue`: the same model as [`QueryAllTaskResponseBodyResultCustomfieldsValue`].
pub type QueryTasksV3ResponseBodyResultCustomfieldsValue = QueryAllTaskResponseBodyResultCustomfieldsValue;
/// `ListAllTaskViewResponseBodyResultFilterConditionsOp`, a model several operations share: also named [`ListAllTaskViewResponseBodyResultFilterInvisibleConditionsOp`], [`ListMyShortcutViewsResponseBodyResultFilterConditionsOp`], [`ListMyShortcutViewsResponseBodyResultFilterInvisibleConditionsOp`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultFilterConditionsOp {
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    ListAllTaskViewResponseBodyResultFilterConditionsOp { "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllTaskViewResponseBodyResultFilterConditionsOp { "value" => optional(value) }
}
/// `ListAllTaskViewResponseBodyResultFilterConditionsValues`, a model several operations share: also named [`ListAllTaskViewResponseBodyResultFilterInvisibleConditionsValues`], [`ListMyShortcutViewsResponseBodyResultFilterConditionsValues`], [`ListMyShortcutViewsResponseBodyResultFilterInvisibleConditionsValues`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListAllTaskViewResponseBodyResultFilterConditionsValues { "deep" => read_field(deep),
    "id" => read_field(id), "label" => read_field(label), "name" => read_field(name),
    "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllTaskViewResponseBodyResultFilterConditionsValues { "deep" => optional(deep),
    "id" => optional(id), "label" => optional(label), "name" => optional(name), "value"
    => optional(value) }
}
/// `ListAllTaskViewResponseBodyResultFilterInvisibleConditionsOp`: the same model as [`ListAllTaskViewResponseBodyResultFilterConditionsOp`].
pub type ListAllTaskViewResponseBodyResultFilterInvisibleConditionsOp = ListAllTaskViewResponseBodyResultFilterConditionsOp;
/// `ListAllTaskViewResponseBodyResultFilterInvisibleConditionsValues`: the same model as [`ListAllTaskViewResponseBodyResultFilterConditionsValues`].
pub type ListAllTaskViewResponseBodyResultFilterInvisibleConditionsValues = ListAllTaskViewResponseBodyResultFilterConditionsValues;
/// `ListAllTaskViewResponseBodyResultToolbarInfoGroupTypesSetting`, a model several operations share: also named [`ListMyShortcutViewsResponseBodyResultToolbarInfoGroupTypesSetting`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllTaskViewResponseBodyResultToolbarInfoGroupTypesSetting {
    /// `dateType`.
    pub date_type: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
}
rt::impl_deserialize! {
    ListAllTaskViewResponseBodyResultToolbarInfoGroupTypesSetting { "dateType" =>
    read_field(date_type), "fieldName" => read_field(field_name), "fieldType" =>
    read_field(field_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllTaskViewResponseBodyResultToolbarInfoGroupTypesSetting { "dateType" =>
    optional(date_type), "fieldName" => optional(field_name), "fieldType" =>
    optional(field_type) }
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
rt::impl_serialize! {
    AnalysisReportRequest { "filter" => optional(filter), "reportId" =>
    optional(report_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AnalysisReportRequest { "filter" => read_field(filter), "reportId" =>
    read_field(report_id) }
}
impl rt::WriteRequest for AnalysisReportRequest {
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
/// The required fields of [`CreateOrganizationTaskRequest`], each named where it is set: `CreateOrganizationTaskRequest::new(CreateOrganizationTaskRequired { .. })`.
pub struct CreateOrganizationTaskRequired {
    /// `content`: see [`CreateOrganizationTaskRequest::content`].
    pub content: String,
    /// `visible`: see [`CreateOrganizationTaskRequest::visible`].
    pub visible: String,
}
impl CreateOrganizationTaskRequest {
    /// A `CreateOrganizationTaskRequest` with its required fields (`content`, `visible`); set the others with the methods named after them.
    pub fn new(required: CreateOrganizationTaskRequired) -> Self {
        let CreateOrganizationTaskRequired { content, visible } = required;
        Self {
            content,
            disable_activity: None,
            disable_notification: None,
            due_date: None,
            executor_id: None,
            involve_members: None,
            note: None,
            visible,
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
rt::impl_serialize! {
    CreateOrganizationTaskRequest { "content" => field(content), "disableActivity" =>
    optional(disable_activity), "disableNotification" => optional(disable_notification),
    "dueDate" => optional(due_date), "executorId" => optional(executor_id),
    "involveMembers" => optional(involve_members), "note" => optional(note), "visible" =>
    field(visible) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateOrganizationTaskRequest { "content" => read_field(content), "disableActivity"
    => read_field(disable_activity), "disableNotification" =>
    read_field(disable_notification), "dueDate" => read_field(due_date), "executorId" =>
    read_field(executor_id), "involveMembers" => read_field(involve_members), "note" =>
    read_field(note), "visible" => read_field(visible) }
}
impl rt::WriteRequest for CreateOrganizationTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_project_members_v3`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateProjectMembersV3Request {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`CreateProjectMembersV3Request`], each named where it is set: `CreateProjectMembersV3Request::new(CreateProjectMembersV3Required { .. })`.
pub struct CreateProjectMembersV3Required {
    /// `userIds`: see [`CreateProjectMembersV3Request::user_ids`].
    pub user_ids: Vec<String>,
}
impl CreateProjectMembersV3Request {
    /// A `CreateProjectMembersV3Request` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: CreateProjectMembersV3Required) -> Self {
        let CreateProjectMembersV3Required { user_ids } = required;
        Self { user_ids }
    }
}
rt::impl_serialize! {
    CreateProjectMembersV3Request { "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateProjectMembersV3Request { "userIds" => read_field(user_ids) }
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
rt::impl_serialize! {
    CreateProjectV3Request { "name" => optional(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateProjectV3Request { "organizationId" => read_field(organization_id), "name" =>
    read_field(name) }
}
impl rt::WriteRequest for CreateProjectV3Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("organizationId", &self.organization_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateTaskRequest`], each named where it is set: `CreateTaskRequest::new(CreateTaskRequired { .. })`.
pub struct CreateTaskRequired {
    /// `content`: see [`CreateTaskRequest::content`].
    pub content: String,
    /// `projectId`: see [`CreateTaskRequest::project_id`].
    pub project_id: String,
}
impl CreateTaskRequest {
    /// A `CreateTaskRequest` with its required fields (`content`, `projectId`); set the others with the methods named after them.
    pub fn new(required: CreateTaskRequired) -> Self {
        let CreateTaskRequired { content, project_id } = required;
        Self {
            content,
            customfields: None,
            disable_activity: None,
            disable_notification: None,
            due_date: None,
            executor_id: None,
            note: None,
            project_id,
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
rt::impl_serialize! {
    CreateTaskRequest { "content" => field(content), "customfields" =>
    optional(customfields), "disableActivity" => optional(disable_activity),
    "disableNotification" => optional(disable_notification), "dueDate" =>
    optional(due_date), "executorId" => optional(executor_id), "note" => optional(note),
    "projectId" => field(project_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTaskRequest { "content" => read_field(content), "customfields" =>
    read_field(customfields), "disableActivity" => read_field(disable_activity),
    "disableNotification" => read_field(disable_notification), "dueDate" =>
    read_field(due_date), "executorId" => read_field(executor_id), "note" =>
    read_field(note), "projectId" => read_field(project_id) }
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
rt::impl_serialize! {
    DeleteProjectMembersV3Request { "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteProjectMembersV3Request { "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for DeleteProjectMembersV3Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_free_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFreeTaskRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetFreeTaskRequest`], each named where it is set: `GetFreeTaskRequest::new(GetFreeTaskRequired { .. })`.
pub struct GetFreeTaskRequired {
    /// `userId`: see [`GetFreeTaskRequest::user_id`].
    pub user_id: String,
}
impl GetFreeTaskRequest {
    /// A `GetFreeTaskRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: GetFreeTaskRequired) -> Self {
        let GetFreeTaskRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFreeTaskRequest { "userId" => read_field(user_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProjectMembersV3Request { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "projectRoleId" => read_field(project_role_id), "userIds" =>
    read_field(user_ids) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProjectRolesV3Request { "includeHidden" => read_field(include_hidden), "level" =>
    read_field(level), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetStaredProjectsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "sortBy" => read_field(sort_by) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTbUserIdByDingUserIdRequest {
    /// `dingUserIds`: a query parameter.
    pub ding_user_ids: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetTbUserIdByDingUserIdRequest`], each named where it is set: `GetTbUserIdByDingUserIdRequest::new(GetTbUserIdByDingUserIdRequired { .. })`.
pub struct GetTbUserIdByDingUserIdRequired {
    /// `dingUserIds`: see [`GetTbUserIdByDingUserIdRequest::ding_user_ids`].
    pub ding_user_ids: String,
    /// `userId`: see [`GetTbUserIdByDingUserIdRequest::user_id`].
    pub user_id: String,
}
impl GetTbUserIdByDingUserIdRequest {
    /// A `GetTbUserIdByDingUserIdRequest` with its required fields (`dingUserIds`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetTbUserIdByDingUserIdRequired) -> Self {
        let GetTbUserIdByDingUserIdRequired { ding_user_ids, user_id } = required;
        Self { ding_user_ids, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTbUserIdByDingUserIdRequest { "dingUserIds" => read_field(ding_user_ids), "userId"
    => read_field(user_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserJoinedProjectsV3Request { "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token), "projectIds" => read_field(project_ids),
    "projectRoleLevels" => read_field(project_role_levels), "sortBy" =>
    read_field(sort_by) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListMyShortcutViewsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
impl rt::WriteRequest for ListMyShortcutViewsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_all_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryAllTaskRequest {
    /// `taskId`: a query parameter.
    pub task_id: String,
}
/// The required fields of [`QueryAllTaskRequest`], each named where it is set: `QueryAllTaskRequest::new(QueryAllTaskRequired { .. })`.
pub struct QueryAllTaskRequired {
    /// `taskId`: see [`QueryAllTaskRequest::task_id`].
    pub task_id: String,
}
impl QueryAllTaskRequest {
    /// A `QueryAllTaskRequest` with its required fields (`taskId`); set the others with the methods named after them.
    pub fn new(required: QueryAllTaskRequired) -> Self {
        let QueryAllTaskRequired { task_id } = required;
        Self { task_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAllTaskRequest { "taskId" => read_field(task_id) }
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
rt::impl_serialize! {
    QueryTaskRequest { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "tql" => optional(tql) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryTaskRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "tql" => read_field(tql) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryTasksV3Request { "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for QueryTasksV3Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskId", &self.task_id);
    }
}
/// The request of [`Api::search_all_tasks_by_tql`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SearchAllTasksByTqlRequest`], each named where it is set: `SearchAllTasksByTqlRequest::new(SearchAllTasksByTqlRequired { .. })`.
pub struct SearchAllTasksByTqlRequired {
    /// `userId`: see [`SearchAllTasksByTqlRequest::user_id`].
    pub user_id: String,
}
impl SearchAllTasksByTqlRequest {
    /// A `SearchAllTasksByTqlRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: SearchAllTasksByTqlRequired) -> Self {
        let SearchAllTasksByTqlRequired { user_id } = required;
        Self {
            max_results: None,
            next_token: None,
            tql: None,
            user_id,
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
    SearchAllTasksByTqlRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "tql" => read_field(tql), "userId" => read_field(user_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchProjectCustomFiledsV3Request { "cfIds" => read_field(cf_ids), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "sfcId" =>
    read_field(sfc_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SearchProjectsV3Request`], each named where it is set: `SearchProjectsV3Request::new(SearchProjectsV3Required { .. })`.
pub struct SearchProjectsV3Required {
    /// `userId`: see [`SearchProjectsV3Request::user_id`].
    pub user_id: String,
}
impl SearchProjectsV3Request {
    /// A `SearchProjectsV3Request` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: SearchProjectsV3Required) -> Self {
        let SearchProjectsV3Required { user_id } = required;
        Self {
            include_template: None,
            max_results: None,
            name: None,
            next_token: None,
            project_ids: None,
            source_id: None,
            user_id,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SearchProjectsV3Request { "includeTemplate" => read_field(include_template),
    "maxResults" => read_field(max_results), "name" => read_field(name), "nextToken" =>
    read_field(next_token), "projectIds" => read_field(project_ids), "sourceId" =>
    read_field(source_id), "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    UpdateProjectMemberRoleV3Request { "roleIds" => optional(role_ids), "userIds" =>
    optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateProjectMemberRoleV3Request { "roleIds" => read_field(role_ids), "userIds" =>
    read_field(user_ids) }
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
rt::impl_serialize! {
    UpdateProjectV3Request { "description" => optional(description), "name" =>
    optional(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateProjectV3Request { "description" => read_field(description), "name" =>
    read_field(name) }
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
rt::impl_operation_error! {
    CreateTaskError { UserNotExist = "user.not.exist", OrgNotExist = "org.not.exist",
    ServerError = "server.error" }
}
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
