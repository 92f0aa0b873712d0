// @generated from api-spec/micro_app_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.micro_app_1_0()`. Generated from `api-spec/micro_app_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `micro_app_1_0`. Get it with `client.micro_app_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 给指定成员添加角色
    ///
    /// `PUT /v1.0/microApp/apps/{agent_id}/members/roles` (operation `AddAppRolesToMember`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddAppRolesToMemberError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_app_roles_to_member(
        &self,
        agent_id: &str,
        request: &AddAppRolesToMemberRequest,
    ) -> rt::Call<AddAppRolesToMemberResponseBody, AddAppRolesToMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddAppRolesToMember",
            rt::Method::Put,
            "/v1.0/microApp/apps/{agent_id}/members/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 添加应用到工作台分组
    ///
    /// `POST /v1.0/microApp/apps/{agent_id}/addToWorkBenchGroup` (operation `AddAppToWorkBenchGroup`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddAppToWorkBenchGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_app_to_work_bench_group(
        &self,
        agent_id: &str,
        request: &AddAppToWorkBenchGroupRequest,
    ) -> rt::Call<AddAppToWorkBenchGroupResponseBody, AddAppToWorkBenchGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddAppToWorkBenchGroup",
            rt::Method::Post,
            "/v1.0/microApp/apps/{agent_id}/addToWorkBenchGroup",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 给指定角色添加人员
    ///
    /// `POST /v1.0/microApp/apps/{agent_id}/roles/{role_id}/members` (operation `AddMemberToAppRole`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    /// - `role_id` (`role_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddMemberToAppRoleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn add_member_to_app_role(
        &self,
        agent_id: &str,
        role_id: &str,
        request: &AddMemberToAppRoleRequest,
    ) -> rt::Call<AddMemberToAppRoleResponseBody, AddMemberToAppRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddMemberToAppRole",
            rt::Method::Post,
            "/v1.0/microApp/apps/{agent_id}/roles/{role_id}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, role_id], request)
    }
    /// AnheiP
    ///
    /// `GET /v1.0/microApp/anheiP` (operation `AnheiP`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AnheiPError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn anhei_p(&self) -> rt::Call<AnheiPResponseBody, AnheiPError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AnheiP",
            rt::Method::Get,
            "/v1.0/microApp/anheiP",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// AnheiTest888
    ///
    /// `POST /v1.0/microApp/anheiTest888` (operation `AnheiTest888`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AnheiTest888Error`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn anhei_test888(
        &self,
    ) -> rt::Call<AnheiTest888ResponseBody, AnheiTest888Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AnheiTest888",
            rt::Method::Post,
            "/v1.0/microApp/anheiTest888",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// AnheiTestB
    ///
    /// `PUT /v1.0/microApp/anheiTestB` (operation `AnheiTestB`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AnheiTestBError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn anhei_test_b(&self) -> rt::Call<AnheiTestBResponseBody, AnheiTestBError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AnheiTestB",
            rt::Method::Put,
            "/v1.0/microApp/anheiTestB",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 暗黑测试
    ///
    /// `POST /v1.0/microApp/anheiTestNine` (operation `AnheiTestNine`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AnheiTestNineError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn anhei_test_nine(
        &self,
    ) -> rt::Call<AnheiTestNineResponseBody, AnheiTestNineError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AnheiTestNine",
            rt::Method::Post,
            "/v1.0/microApp/anheiTestNine",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 应用状态管理测试
    ///
    /// `GET /v1.0/microApp/manager/test` (operation `AppStatusManagerTest`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AppStatusManagerTestError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn app_status_manager_test(
        &self,
        request: &AppStatusManagerTestRequest,
    ) -> rt::Call<AppStatusManagerTestResponseBody, AppStatusManagerTestError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AppStatusManagerTest",
            rt::Method::Get,
            "/v1.0/microApp/manager/test",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 能力开放中心录入测试数据
    ///
    /// `GET /v1.0/microApp/ayun/test` (operation `AyunTest`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AyunTestError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn ayun_test(&self) -> rt::Call<AyunTestResponseBody, AyunTestError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AyunTest",
            rt::Method::Get,
            "/v1.0/microApp/ayun/test",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// openAPI录入上线后的测试
    ///
    /// `GET /v1.0/microApp/ayunTest` (operation `AyunTestOnline`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AyunTestOnlineError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn ayun_test_online(
        &self,
    ) -> rt::Call<AyunTestOnlineResponseBody, AyunTestOnlineError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AyunTestOnline",
            rt::Method::Get,
            "/v1.0/microApp/ayunTest",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 创建企业智能体应用
    ///
    /// `POST /v1.0/microApp/agent/create` (operation `CreateAgent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAgentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_agent(
        &self,
        request: &CreateAgentRequest,
    ) -> rt::Call<CreateAgentResponseBody, CreateAgentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAgent",
            rt::Method::Post,
            "/v1.0/microApp/agent/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建Apaas应用
    ///
    /// `POST /v1.0/microApp/apaasApps` (operation `CreateApaasApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateApaasAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_apaas_app(
        &self,
        request: &CreateApaasAppRequest,
    ) -> rt::Call<CreateApaasAppResponseBody, CreateApaasAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateApaasApp",
            rt::Method::Post,
            "/v1.0/microApp/apaasApps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建企业内部应用
    ///
    /// `POST /v1.0/microApp/apps` (operation `CreateInnerApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateInnerAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_inner_app(
        &self,
        request: &CreateInnerAppRequest,
    ) -> rt::Call<CreateInnerAppResponseBody, CreateInnerAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateInnerApp",
            rt::Method::Post,
            "/v1.0/microApp/apps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除应用
    ///
    /// `POST /v1.0/microApp/app/delete` (operation `DeleteApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_app(
        &self,
        request: &DeleteAppRequest,
    ) -> rt::Call<DeleteAppResponseBody, DeleteAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteApp",
            rt::Method::Post,
            "/v1.0/microApp/app/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除应用角色
    ///
    /// `DELETE /v1.0/microApp/apps/{agent_id}/roles/{role_id}` (operation `DeleteAppRole`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    /// - `role_id` (`role_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteAppRoleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_app_role(
        &self,
        agent_id: &str,
        role_id: &str,
        request: &DeleteAppRoleRequest,
    ) -> rt::Call<DeleteAppRoleResponseBody, DeleteAppRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteAppRole",
            rt::Method::Delete,
            "/v1.0/microApp/apps/{agent_id}/roles/{role_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, role_id], request)
    }
    /// 删除企业内部应用
    ///
    /// `DELETE /v1.0/microApp/apps/{agent_id}` (operation `DeleteInnerApp`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteInnerAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_inner_app(
        &self,
        agent_id: &str,
        request: &DeleteInnerAppRequest,
    ) -> rt::Call<DeleteInnerAppResponseBody, DeleteInnerAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteInnerApp",
            rt::Method::Delete,
            "/v1.0/microApp/apps/{agent_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 启用机器人
    ///
    /// `POST /v1.0/microApp/robot/enable` (operation `EnableRobot`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EnableRobotError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn enable_robot(
        &self,
        request: &EnableRobotRequest,
    ) -> rt::Call<EnableRobotResponseBody, EnableRobotError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EnableRobot",
            rt::Method::Post,
            "/v1.0/microApp/robot/enable",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询Apaas应用
    ///
    /// `GET /v1.0/microApp/apaasApps/{biz_app_id}` (operation `GetApaasApp`).
    ///
    /// # Path parameters
    ///
    /// - `biz_app_id` (`biz_app_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetApaasAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_apaas_app(
        &self,
        biz_app_id: &str,
    ) -> rt::Call<GetApaasAppResponseBody, GetApaasAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetApaasApp",
            rt::Method::Get,
            "/v1.0/microApp/apaasApps/{biz_app_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[biz_app_id], &())
    }
    /// 获取应用资源用量信息
    ///
    /// `GET /v1.0/microApp/resources/useInfos` (operation `GetAppResourceUseInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAppResourceUseInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_app_resource_use_info(
        &self,
        request: &GetAppResourceUseInfoRequest,
    ) -> rt::Call<Vec<GetAppResourceUseInfoResponseBody>, GetAppResourceUseInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAppResourceUseInfo",
            rt::Method::Get,
            "/v1.0/microApp/resources/useInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询指定角色的角色范围
    ///
    /// `GET /v1.0/microApp/apps/{agent_id}/roles/{role_id}/scopes` (operation `GetAppRoleScopeByRoleId`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    /// - `role_id` (`role_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAppRoleScopeByRoleIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_app_role_scope_by_role_id(
        &self,
        agent_id: &str,
        role_id: &str,
    ) -> rt::Call<GetAppRoleScopeByRoleIdResponseBody, GetAppRoleScopeByRoleIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAppRoleScopeByRoleId",
            rt::Method::Get,
            "/v1.0/microApp/apps/{agent_id}/roles/{role_id}/scopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, role_id], &())
    }
    /// 获取企业内部应用
    ///
    /// `GET /v1.0/microApp/apps/inner/{agent_id}` (operation `GetInnerApp`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetInnerAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_inner_app(
        &self,
        agent_id: &str,
    ) -> rt::Call<GetInnerAppResponseBody, GetInnerAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInnerApp",
            rt::Method::Get,
            "/v1.0/microApp/apps/inner/{agent_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], &())
    }
    /// 获取企业内部应用信息
    ///
    /// `GET /v1.0/microApp/apps/innerapps/{agent_id}` (operation `GetInnerAppInfo`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetInnerAppInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_inner_app_info(
        &self,
        agent_id: &str,
    ) -> rt::Call<GetInnerAppInfoResponseBody, GetInnerAppInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInnerAppInfo",
            rt::Method::Get,
            "/v1.0/microApp/apps/innerapps/{agent_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], &())
    }
    /// 获取企业应用的可使用范围
    ///
    /// `GET /v1.0/microApp/apps/{agent_id}/scopes` (operation `GetMicroAppScope`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMicroAppScopeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_micro_app_scope(
        &self,
        agent_id: &str,
    ) -> rt::Call<GetMicroAppScopeResponseBody, GetMicroAppScopeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMicroAppScope",
            rt::Method::Get,
            "/v1.0/microApp/apps/{agent_id}/scopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], &())
    }
    /// 获取用户对应用的管理权限
    ///
    /// `GET /v1.0/microApp/apps/{agent_id}/users/{user_id}/adminAccess` (operation `GetMicroAppUserAccess`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMicroAppUserAccessError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_micro_app_user_access(
        &self,
        agent_id: &str,
        user_id: &str,
    ) -> rt::Call<GetMicroAppUserAccessResponseBody, GetMicroAppUserAccessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMicroAppUserAccess",
            rt::Method::Get,
            "/v1.0/microApp/apps/{agent_id}/users/{user_id}/adminAccess",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, user_id], &())
    }
    /// 查询企业内部应用审核详情
    ///
    /// `POST /v1.0/microApp/enterpriseSelfBuiltPublishAudit/detail` (operation `GetPublishAudit`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPublishAuditError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_publish_audit(
        &self,
        request: &GetPublishAuditRequest,
    ) -> rt::Call<GetPublishAuditResponseBody, GetPublishAuditError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPublishAudit",
            rt::Method::Post,
            "/v1.0/microApp/enterpriseSelfBuiltPublishAudit/detail",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用户是否拥有开发者权限
    ///
    /// `GET /v1.0/microApp/users/{user_id}/devAccesses` (operation `GetUserAppDevAccess`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserAppDevAccessError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_app_dev_access(
        &self,
        user_id: &str,
    ) -> rt::Call<GetUserAppDevAccessResponseBody, GetUserAppDevAccessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserAppDevAccess",
            rt::Method::Get,
            "/v1.0/microApp/users/{user_id}/devAccesses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 获取版本-仅用于测试
    ///
    /// `GET /v1.0/microApp/getVersionInfo` (operation `GetVersionInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetVersionInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_version_info(
        &self,
        request: &GetVersionInfoRequest,
    ) -> rt::Call<GetVersionInfoResponseBody, GetVersionInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetVersionInfo",
            rt::Method::Get,
            "/v1.0/microApp/getVersionInfo",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 停用应用
    ///
    /// `POST /v1.0/microApp/app/inactive` (operation `InactiveApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InactiveAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn inactive_app(
        &self,
        request: &InactiveAppRequest,
    ) -> rt::Call<InactiveAppResponseBody, InactiveAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InactiveApp",
            rt::Method::Post,
            "/v1.0/microApp/app/inactive",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 判断人员是否在应用的可见范围内
    ///
    /// `POST /v1.0/microApp/visibleScopes/query` (operation `IsOrgMicroAppVisibleByUserId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`IsOrgMicroAppVisibleByUserIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn is_org_micro_app_visible_by_user_id(
        &self,
        request: &IsOrgMicroAppVisibleByUserIdRequest,
    ) -> rt::Call<
        IsOrgMicroAppVisibleByUserIdResponseBody,
        IsOrgMicroAppVisibleByUserIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IsOrgMicroAppVisibleByUserId",
            rt::Method::Post,
            "/v1.0/microApp/visibleScopes/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业所有应用列表
    ///
    /// `GET /v1.0/microApp/allApps` (operation `ListAllApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAllAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_all_app(&self) -> rt::Call<ListAllAppResponseBody, ListAllAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAllApp",
            rt::Method::Get,
            "/v1.0/microApp/allApps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取企业所有内部应用列表
    ///
    /// `GET /v1.0/microApp/allInnerApps` (operation `ListAllInnerApps`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAllInnerAppsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_all_inner_apps(
        &self,
    ) -> rt::Call<ListAllInnerAppsResponseBody, ListAllInnerAppsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAllInnerApps",
            rt::Method::Get,
            "/v1.0/microApp/allInnerApps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取单个企业应用信息
    ///
    /// `GET /v1.0/microApp/app/detail` (operation `ListAppByClientId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAppByClientIdError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_app_by_client_id(
        &self,
    ) -> rt::Call<ListAppByClientIdResponseBody, ListAppByClientIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAppByClientId",
            rt::Method::Get,
            "/v1.0/microApp/app/detail",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取企业应用的角色完整信息
    ///
    /// `GET /v1.0/microApp/apps/{agent_id}/roles` (operation `ListAppRoleScopes`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAppRoleScopesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_app_role_scopes(
        &self,
        agent_id: &str,
        request: &ListAppRoleScopesRequest,
    ) -> rt::Call<ListAppRoleScopesResponseBody, ListAppRoleScopesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAppRoleScopes",
            rt::Method::Get,
            "/v1.0/microApp/apps/{agent_id}/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 列出企业内部H5应用
    ///
    /// `GET /v1.0/microApp/apps` (operation `ListInnerApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListInnerAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_inner_app(
        &self,
        request: &ListInnerAppRequest,
    ) -> rt::Call<ListInnerAppResponseBody, ListInnerAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListInnerApp",
            rt::Method::Get,
            "/v1.0/microApp/apps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业内部小程序的版本列表
    ///
    /// `GET /v1.0/microApp/innerMiniApps/{agent_id}/versions` (operation `ListInnerAppVersion`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListInnerAppVersionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_inner_app_version(
        &self,
        agent_id: &str,
    ) -> rt::Call<ListInnerAppVersionResponseBody, ListInnerAppVersionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListInnerAppVersion",
            rt::Method::Get,
            "/v1.0/microApp/innerMiniApps/{agent_id}/versions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], &())
    }
    /// 分页查询待审核发布审核单
    ///
    /// `POST /v1.0/microApp/enterpriseSelfBuiltPublishAudit/pendingList` (operation `ListPendingPublishAudits`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListPendingPublishAuditsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_pending_publish_audits(
        &self,
        request: &ListPendingPublishAuditsRequest,
    ) -> rt::Call<ListPendingPublishAuditsResponseBody, ListPendingPublishAuditsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListPendingPublishAudits",
            rt::Method::Post,
            "/v1.0/microApp/enterpriseSelfBuiltPublishAudit/pendingList",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户在应用中的角色信息列表
    ///
    /// `GET /v1.0/microApp/apps/{agent_id}/users/{user_id}/roles` (operation `ListRoleInfoByUser`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListRoleInfoByUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_role_info_by_user(
        &self,
        agent_id: &str,
        user_id: &str,
    ) -> rt::Call<ListRoleInfoByUserResponseBody, ListRoleInfoByUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListRoleInfoByUser",
            rt::Method::Get,
            "/v1.0/microApp/apps/{agent_id}/users/{user_id}/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, user_id], &())
    }
    /// 列出用户可见的企业应用
    ///
    /// `GET /v1.0/microApp/users/{user_id}/apps` (operation `ListUserVilebleApp`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListUserVilebleAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_user_vileble_app(
        &self,
        user_id: &str,
    ) -> rt::Call<ListUserVilebleAppResponseBody, ListUserVilebleAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListUserVilebleApp",
            rt::Method::Get,
            "/v1.0/microApp/users/{user_id}/apps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 停用机器人
    ///
    /// `POST /v1.0/microApp/robot/offline` (operation `OfflineRobot`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OfflineRobotError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn offline_robot(
        &self,
        request: &OfflineRobotRequest,
    ) -> rt::Call<OfflineRobotResponseBody, OfflineRobotError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OfflineRobot",
            rt::Method::Post,
            "/v1.0/microApp/robot/offline",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业内部小程序历史版本列表
    ///
    /// `GET /v1.0/microApp/innerMiniApps/{agent_id}/historyVersions` (operation `PageInnerAppHistoryVersion`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PageInnerAppHistoryVersionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn page_inner_app_history_version(
        &self,
        agent_id: &str,
        request: &PageInnerAppHistoryVersionRequest,
    ) -> rt::Call<
        PageInnerAppHistoryVersionResponseBody,
        PageInnerAppHistoryVersionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PageInnerAppHistoryVersion",
            rt::Method::Get,
            "/v1.0/microApp/innerMiniApps/{agent_id}/historyVersions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 发布企业内部小程序版本
    ///
    /// `POST /v1.0/microApp/innerMiniApps/{agent_id}/versions/publish` (operation `PublishInnerAppVersion`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PublishInnerAppVersionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn publish_inner_app_version(
        &self,
        agent_id: &str,
        request: &PublishInnerAppVersionRequest,
    ) -> rt::Call<PublishInnerAppVersionResponseBody, PublishInnerAppVersionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PublishInnerAppVersion",
            rt::Method::Post,
            "/v1.0/microApp/innerMiniApps/{agent_id}/versions/publish",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 查询创建企业自建Agent任务进度
    ///
    /// `POST /v1.0/microApp/agent/create/query` (operation `QueryCreateEnterpriseAgent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCreateEnterpriseAgentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_create_enterprise_agent(
        &self,
        request: &QueryCreateEnterpriseAgentRequest,
    ) -> rt::Call<
        QueryCreateEnterpriseAgentResponseBody,
        QueryCreateEnterpriseAgentError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCreateEnterpriseAgent",
            rt::Method::Post,
            "/v1.0/microApp/agent/create/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 重设角色范围
    ///
    /// `POST /v1.0/microApp/apps/{agent_id}/roles/{role_id}/scopes/rebuild` (operation `RebuildRoleScopeForAppRole`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    /// - `role_id` (`role_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RebuildRoleScopeForAppRoleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn rebuild_role_scope_for_app_role(
        &self,
        agent_id: &str,
        role_id: &str,
        request: &RebuildRoleScopeForAppRoleRequest,
    ) -> rt::Call<
        RebuildRoleScopeForAppRoleResponseBody,
        RebuildRoleScopeForAppRoleError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RebuildRoleScopeForAppRole",
            rt::Method::Post,
            "/v1.0/microApp/apps/{agent_id}/roles/{role_id}/scopes/rebuild",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, role_id], request)
    }
    /// 注册自定义应用角色
    ///
    /// `POST /v1.0/microApp/apps/{agent_id}/roles` (operation `RegisterCustomAppRole`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RegisterCustomAppRoleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn register_custom_app_role(
        &self,
        agent_id: &str,
        request: &RegisterCustomAppRoleRequest,
    ) -> rt::Call<RegisterCustomAppRoleResponseBody, RegisterCustomAppRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RegisterCustomAppRole",
            rt::Method::Post,
            "/v1.0/microApp/apps/{agent_id}/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 删除apaas应用
    ///
    /// `POST /v1.0/microApp/apaasApps/remove` (operation `RemoveApaasApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveApaasAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn remove_apaas_app(
        &self,
        request: &RemoveApaasAppRequest,
    ) -> rt::Call<RemoveApaasAppResponseBody, RemoveApaasAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveApaasApp",
            rt::Method::Post,
            "/v1.0/microApp/apaasApps/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除指定角色下的成员
    ///
    /// `POST /v1.0/microApp/apps/{agent_id}/roles/{role_id}/members/batchRemove` (operation `RemoveMemberForAppRole`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    /// - `role_id` (`role_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveMemberForAppRoleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn remove_member_for_app_role(
        &self,
        agent_id: &str,
        role_id: &str,
        request: &RemoveMemberForAppRoleRequest,
    ) -> rt::Call<RemoveMemberForAppRoleResponseBody, RemoveMemberForAppRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveMemberForAppRole",
            rt::Method::Post,
            "/v1.0/microApp/apps/{agent_id}/roles/{role_id}/members/batchRemove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, role_id], request)
    }
    /// 回滚企业内部小程序版本
    ///
    /// `POST /v1.0/microApp/innerMiniApps/{agent_id}/versions/rollback` (operation `RollbackInnerAppVersion`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RollbackInnerAppVersionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn rollback_inner_app_version(
        &self,
        agent_id: &str,
        request: &RollbackInnerAppVersionRequest,
    ) -> rt::Call<RollbackInnerAppVersionResponseBody, RollbackInnerAppVersionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RollbackInnerAppVersion",
            rt::Method::Post,
            "/v1.0/microApp/innerMiniApps/{agent_id}/versions/rollback",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 设置企业应用的可使用范围
    ///
    /// `POST /v1.0/microApp/apps/{agent_id}/scopes` (operation `SetMicroAppScope`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SetMicroAppScopeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn set_micro_app_scope(
        &self,
        agent_id: &str,
        request: &SetMicroAppScopeRequest,
    ) -> rt::Call<SetMicroAppScopeResponseBody, SetMicroAppScopeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetMicroAppScope",
            rt::Method::Post,
            "/v1.0/microApp/apps/{agent_id}/scopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 提交创建企业自建Agent
    ///
    /// `POST /v1.0/microApp/enterpriseAgent/submit` (operation `SubmitCreateEnterpriseAgent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SubmitCreateEnterpriseAgentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn submit_create_enterprise_agent(
        &self,
        request: &SubmitCreateEnterpriseAgentRequest,
    ) -> rt::Call<
        SubmitCreateEnterpriseAgentResponseBody,
        SubmitCreateEnterpriseAgentError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubmitCreateEnterpriseAgent",
            rt::Method::Post,
            "/v1.0/microApp/enterpriseAgent/submit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新apaas应用
    ///
    /// `PUT /v1.0/microApp/apaasApps` (operation `UpdateApaasApp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateApaasAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_apaas_app(
        &self,
        request: &UpdateApaasAppRequest,
    ) -> rt::Call<UpdateApaasAppResponseBody, UpdateApaasAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateApaasApp",
            rt::Method::Put,
            "/v1.0/microApp/apaasApps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新应用角色信息
    ///
    /// `PUT /v1.0/microApp/apps/{agent_id}/roles/{role_id}` (operation `UpdateAppRoleInfo`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    /// - `role_id` (`role_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateAppRoleInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_app_role_info(
        &self,
        agent_id: &str,
        role_id: &str,
        request: &UpdateAppRoleInfoRequest,
    ) -> rt::Call<UpdateAppRoleInfoResponseBody, UpdateAppRoleInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateAppRoleInfo",
            rt::Method::Put,
            "/v1.0/microApp/apps/{agent_id}/roles/{role_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, role_id], request)
    }
    /// 更新企业内部应用
    ///
    /// `PUT /v1.0/microApp/apps/{agent_id}` (operation `UpdateInnerApp`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id` (`agent_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInnerAppError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_inner_app(
        &self,
        agent_id: &str,
        request: &UpdateInnerAppRequest,
    ) -> rt::Call<UpdateInnerAppResponseBody, UpdateInnerAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInnerApp",
            rt::Method::Put,
            "/v1.0/microApp/apps/{agent_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 回写审核结果
    ///
    /// `POST /v1.0/microApp/enterprisePublishAudit/submitResult` (operation `UpdatePublishAuditResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdatePublishAuditResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_publish_audit_result(
        &self,
        request: &UpdatePublishAuditResultRequest,
    ) -> rt::Call<UpdatePublishAuditResultResponseBody, UpdatePublishAuditResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePublishAuditResult",
            rt::Method::Post,
            "/v1.0/microApp/enterprisePublishAudit/submitResult",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新机器人配置
    ///
    /// `POST /v1.0/microApp/robot/update` (operation `UpdateRobot`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateRobotError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_robot(
        &self,
        request: &UpdateRobotRequest,
    ) -> rt::Call<UpdateRobotResponseBody, UpdateRobotError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateRobot",
            rt::Method::Post,
            "/v1.0/microApp/robot/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::list_app_role_scopes`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `dataList` of each page.
    pub fn list_app_role_scopes_pages(
        &self,
        agent_id: &str,
        request: &ListAppRoleScopesRequest,
    ) -> rt::Paginator<
        ListAppRoleScopesResponseBody,
        ListAppRoleScopesError,
        ListAppRoleScopesResponseBodyDataList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["dataList"],
        );
        rt::Paginator::new(self.list_app_role_scopes(agent_id, request), &PAGING)
    }
    /// Every page of [`Api::list_pending_publish_audits`]: the call again with `pageToken` set to the reply's `nextPageToken`, until a reply has no token. Items: `auditList` of each page.
    pub fn list_pending_publish_audits_pages(
        &self,
        request: &ListPendingPublishAuditsRequest,
    ) -> rt::Paginator<
        ListPendingPublishAuditsResponseBody,
        ListPendingPublishAuditsError,
        ListPendingPublishAuditsResponseBodyAuditList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "pageToken",
            false,
            false,
            &["nextPageToken"],
            &[],
            &["auditList"],
        );
        rt::Paginator::new(self.list_pending_publish_audits(request), &PAGING)
    }
}
/// `AddAppRolesToMemberRequestRoleList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddAppRolesToMemberRequestRoleList {
    /// `roleId`.
    pub role_id: i64,
    /// `scopeVersion`.
    pub scope_version: i64,
}
impl AddAppRolesToMemberRequestRoleList {
    /// A `AddAppRolesToMemberRequestRoleList` with its required fields (`roleId`, `scopeVersion`); set the others with the methods named after them.
    pub fn new(role_id: i64, scope_version: i64) -> Self {
        Self { role_id, scope_version }
    }
}
impl rt::serde::Serialize for AddAppRolesToMemberRequestRoleList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("roleId", &self.role_id)?;
        object.field("scopeVersion", &self.scope_version)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddAppRolesToMemberRequestRoleList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddAppRolesToMemberRequestRoleList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleId" => rt::read_field(map, &mut self.role_id),
            "scopeVersion" => rt::read_field(map, &mut self.scope_version),
            _ => Ok(false),
        }
    }
}
/// `AddAppRolesToMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddAppRolesToMemberResponseBody {
    /// `result`.
    pub result: Option<Vec<AddAppRolesToMemberResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for AddAppRolesToMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddAppRolesToMemberResponseBody {
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
impl rt::serde::Serialize for AddAppRolesToMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `AddAppToWorkBenchGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddAppToWorkBenchGroupResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddAppToWorkBenchGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddAppToWorkBenchGroupResponseBody {
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
impl rt::serde::Serialize for AddAppToWorkBenchGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `AddMemberToAppRoleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddMemberToAppRoleResponseBody {
    /// `latestScopeVersion`.
    pub latest_scope_version: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for AddMemberToAppRoleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddMemberToAppRoleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "latestScopeVersion" => rt::read_field(map, &mut self.latest_scope_version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddMemberToAppRoleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("latestScopeVersion", &self.latest_scope_version)?;
        object.end()
    }
}
/// `AnheiPResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AnheiPResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AnheiPResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnheiPResponseBody {
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
impl rt::serde::Serialize for AnheiPResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `AnheiTest888ResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AnheiTest888ResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AnheiTest888ResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AnheiTest888ResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AnheiTest888ResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `AnheiTestBResponseBody`: the same model as [`AnheiTest888ResponseBody`].
pub type AnheiTestBResponseBody = AnheiTest888ResponseBody;
/// `AnheiTestNineResponseBody`: the same model as [`AnheiTest888ResponseBody`].
pub type AnheiTestNineResponseBody = AnheiTest888ResponseBody;
/// `AppStatusManagerTestResponseBody`: the same model as [`AnheiTest888ResponseBody`].
pub type AppStatusManagerTestResponseBody = AnheiTest888ResponseBody;
/// `AyunTestResponseBody`: the same model as [`AnheiTest888ResponseBody`].
pub type AyunTestResponseBody = AnheiTest888ResponseBody;
/// `AyunTestOnlineResponseBody`: the same model as [`AnheiTest888ResponseBody`].
pub type AyunTestOnlineResponseBody = AnheiTest888ResponseBody;
/// `CreateAgentResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAgentResponseBody {
    /// `agentId`.
    pub agent_id: Option<String>,
    /// `clientId`.
    pub client_id: Option<String>,
    /// `clientSecret`.
    pub client_secret: Option<String>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `unifiedAppId`.
    pub unified_app_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateAgentResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAgentResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "clientId" => rt::read_field(map, &mut self.client_id),
            "clientSecret" => rt::read_field(map, &mut self.client_secret),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "unifiedAppId" => rt::read_field(map, &mut self.unified_app_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAgentResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("clientId", &self.client_id)?;
        object.optional("clientSecret", &self.client_secret)?;
        object.optional("robotCode", &self.robot_code)?;
        object.optional("unifiedAppId", &self.unified_app_id)?;
        object.end()
    }
}
/// `CreateApaasAppResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateApaasAppResponseBody {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `bizAppId`.
    pub biz_app_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateApaasAppResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateApaasAppResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "bizAppId" => rt::read_field(map, &mut self.biz_app_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateApaasAppResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("bizAppId", &self.biz_app_id)?;
        object.end()
    }
}
/// `CreateInnerAppResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateInnerAppResponseBody {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `appKey`.
    pub app_key: Option<String>,
    /// `appSecret`.
    pub app_secret: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateInnerAppResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateInnerAppResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "appKey" => rt::read_field(map, &mut self.app_key),
            "appSecret" => rt::read_field(map, &mut self.app_secret),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateInnerAppResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("appKey", &self.app_key)?;
        object.optional("appSecret", &self.app_secret)?;
        object.end()
    }
}
/// `DeleteAppResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteAppResponseBody {
    /// `agentId`.
    pub agent_id: Option<String>,
    /// `message`.
    pub message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `unifiedAppId`.
    pub unified_app_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteAppResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteAppResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "message" => rt::read_field(map, &mut self.message),
            "success" => rt::read_field(map, &mut self.success),
            "unifiedAppId" => rt::read_field(map, &mut self.unified_app_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteAppResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("message", &self.message)?;
        object.optional("success", &self.success)?;
        object.optional("unifiedAppId", &self.unified_app_id)?;
        object.end()
    }
}
/// `DeleteAppRoleResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type DeleteAppRoleResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `DeleteInnerAppResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type DeleteInnerAppResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `EnableRobotResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EnableRobotResponseBody {
    /// `success`.
    pub success: Option<bool>,
    /// `unifiedAppId`.
    pub unified_app_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for EnableRobotResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EnableRobotResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            "unifiedAppId" => rt::read_field(map, &mut self.unified_app_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for EnableRobotResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.optional("unifiedAppId", &self.unified_app_id)?;
        object.end()
    }
}
/// `GetApaasAppResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetApaasAppResponseBody {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `bizAppId`.
    pub biz_app_id: Option<String>,
    /// `publishStatus`.
    pub publish_status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetApaasAppResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetApaasAppResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "bizAppId" => rt::read_field(map, &mut self.biz_app_id),
            "publishStatus" => rt::read_field(map, &mut self.publish_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetApaasAppResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("bizAppId", &self.biz_app_id)?;
        object.optional("publishStatus", &self.publish_status)?;
        object.end()
    }
}
/// `GetAppResourceUseInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAppResourceUseInfoResponseBody {
    /// `period`.
    pub period: Option<String>,
    /// `usedNum`.
    pub used_num: Option<i64>,
    /// `quotaNum`.
    pub quota_num: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAppResourceUseInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAppResourceUseInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "period" => rt::read_field(map, &mut self.period),
            "usedNum" => rt::read_field(map, &mut self.used_num),
            "quotaNum" => rt::read_field(map, &mut self.quota_num),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAppResourceUseInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("period", &self.period)?;
        object.optional("usedNum", &self.used_num)?;
        object.optional("quotaNum", &self.quota_num)?;
        object.end()
    }
}
/// `GetAppRoleScopeByRoleIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAppRoleScopeByRoleIdResponseBody {
    /// `canManageRole`.
    pub can_manage_role: Option<bool>,
    /// `deptIdList`.
    pub dept_id_list: Option<Vec<i64>>,
    /// `roleId`.
    pub role_id: Option<i64>,
    /// `roleName`.
    pub role_name: Option<String>,
    /// `scopeType`.
    pub scope_type: Option<String>,
    /// `scopeVersion`.
    pub scope_version: Option<String>,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAppRoleScopeByRoleIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAppRoleScopeByRoleIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "canManageRole" => rt::read_field(map, &mut self.can_manage_role),
            "deptIdList" => rt::read_field(map, &mut self.dept_id_list),
            "roleId" => rt::read_field(map, &mut self.role_id),
            "roleName" => rt::read_field(map, &mut self.role_name),
            "scopeType" => rt::read_field(map, &mut self.scope_type),
            "scopeVersion" => rt::read_field(map, &mut self.scope_version),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAppRoleScopeByRoleIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("canManageRole", &self.can_manage_role)?;
        object.optional("deptIdList", &self.dept_id_list)?;
        object.optional("roleId", &self.role_id)?;
        object.optional("roleName", &self.role_name)?;
        object.optional("scopeType", &self.scope_type)?;
        object.optional("scopeVersion", &self.scope_version)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.end()
    }
}
/// `GetInnerAppResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInnerAppResponseBody {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `appName`.
    pub app_name: Option<String>,
    /// `customerAppId`.
    pub customer_app_id: Option<String>,
    /// `mobileLoginAddressKey`.
    pub mobile_login_address_key: Option<String>,
    /// `mobileLoginLoginUrl`.
    pub mobile_login_login_url: Option<String>,
    /// `mobileOriginalHomepageUrl`.
    pub mobile_original_homepage_url: Option<String>,
    /// `mobileTransferUrl`.
    pub mobile_transfer_url: Option<String>,
    /// `pcEffectiveHomepageUrl`.
    pub pc_effective_homepage_url: Option<String>,
    /// `pcLoginAddressKey`.
    pub pc_login_address_key: Option<String>,
    /// `pcLoginLoginUrl`.
    pub pc_login_login_url: Option<String>,
    /// `pcOriginalHomepageUrl`.
    pub pc_original_homepage_url: Option<String>,
    /// `pcTransferUrl`.
    pub pc_transfer_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetInnerAppResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInnerAppResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "appName" => rt::read_field(map, &mut self.app_name),
            "customerAppId" => rt::read_field(map, &mut self.customer_app_id),
            "mobileLoginAddressKey" => {
                rt::read_field(map, &mut self.mobile_login_address_key)
            }
            "mobileLoginLoginUrl" => {
                rt::read_field(map, &mut self.mobile_login_login_url)
            }
            "mobileOriginalHomepageUrl" => {
                rt::read_field(map, &mut self.mobile_original_homepage_url)
            }
            "mobileTransferUrl" => rt::read_field(map, &mut self.mobile_transfer_url),
            "pcEffectiveHomepageUrl" => {
                rt::read_field(map, &mut self.pc_effective_homepage_url)
            }
            "pcLoginAddressKey" => rt::read_field(map, &mut self.pc_login_address_key),
            "pcLoginLoginUrl" => rt::read_field(map, &mut self.pc_login_login_url),
            "pcOriginalHomepageUrl" => {
                rt::read_field(map, &mut self.pc_original_homepage_url)
            }
            "pcTransferUrl" => rt::read_field(map, &mut self.pc_transfer_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInnerAppResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("appName", &self.app_name)?;
        object.optional("customerAppId", &self.customer_app_id)?;
        object.optional("mobileLoginAddressKey", &self.mobile_login_address_key)?;
        object.optional("mobileLoginLoginUrl", &self.mobile_login_login_url)?;
        object
            .optional("mobileOriginalHomepageUrl", &self.mobile_original_homepage_url)?;
        object.optional("mobileTransferUrl", &self.mobile_transfer_url)?;
        object.optional("pcEffectiveHomepageUrl", &self.pc_effective_homepage_url)?;
        object.optional("pcLoginAddressKey", &self.pc_login_address_key)?;
        object.optional("pcLoginLoginUrl", &self.pc_login_login_url)?;
        object.optional("pcOriginalHomepageUrl", &self.pc_original_homepage_url)?;
        object.optional("pcTransferUrl", &self.pc_transfer_url)?;
        object.end()
    }
}
/// `GetInnerAppInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInnerAppInfoResponseBody {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `appName`.
    pub app_name: Option<String>,
    /// `customerAppId`.
    pub customer_app_id: Option<String>,
    /// `hideDingNavBar`.
    pub hide_ding_nav_bar: Option<bool>,
    /// `mobileEffectiveHomepageUrl`.
    pub mobile_effective_homepage_url: Option<String>,
    /// `mobileLoginAddressKey`.
    pub mobile_login_address_key: Option<String>,
    /// `mobileLoginLoginUrl`.
    pub mobile_login_login_url: Option<String>,
    /// `mobileLoginRequestMethod`.
    pub mobile_login_request_method: Option<String>,
    /// `mobileOriginalHomepageUrl`.
    pub mobile_original_homepage_url: Option<String>,
    /// `mobileTransferUrl`.
    pub mobile_transfer_url: Option<String>,
    /// `padEffectiveHomepageUrl`.
    pub pad_effective_homepage_url: Option<String>,
    /// `padLoginAddressKey`.
    pub pad_login_address_key: Option<String>,
    /// `padLoginLoginUrl`.
    pub pad_login_login_url: Option<String>,
    /// `padLoginRequestMethod`.
    pub pad_login_request_method: Option<String>,
    /// `padOriginalHomepageUrl`.
    pub pad_original_homepage_url: Option<String>,
    /// `padTransferUrl`.
    pub pad_transfer_url: Option<String>,
    /// `pcEffectiveHomepageUrl`.
    pub pc_effective_homepage_url: Option<String>,
    /// `pcLoginAddressKey`.
    pub pc_login_address_key: Option<String>,
    /// `pcLoginLoginUrl`.
    pub pc_login_login_url: Option<String>,
    /// `pcLoginRequestMethod`.
    pub pc_login_request_method: Option<String>,
    /// `pcOriginalHomepageUrl`.
    pub pc_original_homepage_url: Option<String>,
    /// `pcTransferUrl`.
    pub pc_transfer_url: Option<String>,
    /// `ssoH5PageType`.
    pub sso_h5_page_type: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetInnerAppInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInnerAppInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "appName" => rt::read_field(map, &mut self.app_name),
            "customerAppId" => rt::read_field(map, &mut self.customer_app_id),
            "hideDingNavBar" => rt::read_field(map, &mut self.hide_ding_nav_bar),
            "mobileEffectiveHomepageUrl" => {
                rt::read_field(map, &mut self.mobile_effective_homepage_url)
            }
            "mobileLoginAddressKey" => {
                rt::read_field(map, &mut self.mobile_login_address_key)
            }
            "mobileLoginLoginUrl" => {
                rt::read_field(map, &mut self.mobile_login_login_url)
            }
            "mobileLoginRequestMethod" => {
                rt::read_field(map, &mut self.mobile_login_request_method)
            }
            "mobileOriginalHomepageUrl" => {
                rt::read_field(map, &mut self.mobile_original_homepage_url)
            }
            "mobileTransferUrl" => rt::read_field(map, &mut self.mobile_transfer_url),
            "padEffectiveHomepageUrl" => {
                rt::read_field(map, &mut self.pad_effective_homepage_url)
            }
            "padLoginAddressKey" => rt::read_field(map, &mut self.pad_login_address_key),
            "padLoginLoginUrl" => rt::read_field(map, &mut self.pad_login_login_url),
            "padLoginRequestMethod" => {
                rt::read_field(map, &mut self.pad_login_request_method)
            }
            "padOriginalHomepageUrl" => {
                rt::read_field(map, &mut self.pad_original_homepage_url)
            }
            "padTransferUrl" => rt::read_field(map, &mut self.pad_transfer_url),
            "pcEffectiveHomepageUrl" => {
                rt::read_field(map, &mut self.pc_effective_homepage_url)
            }
            "pcLoginAddressKey" => rt::read_field(map, &mut self.pc_login_address_key),
            "pcLoginLoginUrl" => rt::read_field(map, &mut self.pc_login_login_url),
            "pcLoginRequestMethod" => {
                rt::read_field(map, &mut self.pc_login_request_method)
            }
            "pcOriginalHomepageUrl" => {
                rt::read_field(map, &mut self.pc_original_homepage_url)
            }
            "pcTransferUrl" => rt::read_field(map, &mut self.pc_transfer_url),
            "ssoH5PageType" => rt::read_field(map, &mut self.sso_h5_page_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInnerAppInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("appName", &self.app_name)?;
        object.optional("customerAppId", &self.customer_app_id)?;
        object.optional("hideDingNavBar", &self.hide_ding_nav_bar)?;
        object
            .optional(
                "mobileEffectiveHomepageUrl",
                &self.mobile_effective_homepage_url,
            )?;
        object.optional("mobileLoginAddressKey", &self.mobile_login_address_key)?;
        object.optional("mobileLoginLoginUrl", &self.mobile_login_login_url)?;
        object.optional("mobileLoginRequestMethod", &self.mobile_login_request_method)?;
        object
            .optional("mobileOriginalHomepageUrl", &self.mobile_original_homepage_url)?;
        object.optional("mobileTransferUrl", &self.mobile_transfer_url)?;
        object.optional("padEffectiveHomepageUrl", &self.pad_effective_homepage_url)?;
        object.optional("padLoginAddressKey", &self.pad_login_address_key)?;
        object.optional("padLoginLoginUrl", &self.pad_login_login_url)?;
        object.optional("padLoginRequestMethod", &self.pad_login_request_method)?;
        object.optional("padOriginalHomepageUrl", &self.pad_original_homepage_url)?;
        object.optional("padTransferUrl", &self.pad_transfer_url)?;
        object.optional("pcEffectiveHomepageUrl", &self.pc_effective_homepage_url)?;
        object.optional("pcLoginAddressKey", &self.pc_login_address_key)?;
        object.optional("pcLoginLoginUrl", &self.pc_login_login_url)?;
        object.optional("pcLoginRequestMethod", &self.pc_login_request_method)?;
        object.optional("pcOriginalHomepageUrl", &self.pc_original_homepage_url)?;
        object.optional("pcTransferUrl", &self.pc_transfer_url)?;
        object.optional("ssoH5PageType", &self.sso_h5_page_type)?;
        object.end()
    }
}
/// `GetMicroAppScopeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMicroAppScopeResponseBody {
    /// `result`.
    pub result: Option<GetMicroAppScopeResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMicroAppScopeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMicroAppScopeResponseBody {
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
impl rt::serde::Serialize for GetMicroAppScopeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetMicroAppUserAccessResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type GetMicroAppUserAccessResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `GetPublishAuditResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPublishAuditResponseBody {
    /// `audit`.
    pub audit: Option<GetPublishAuditResponseBodyAudit>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPublishAuditResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPublishAuditResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "audit" => rt::read_field(map, &mut self.audit),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPublishAuditResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("audit", &self.audit)?;
        object.end()
    }
}
/// `GetUserAppDevAccessResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type GetUserAppDevAccessResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `GetVersionInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetVersionInfoResponseBody {
    /// `arguments`.
    pub arguments: Option<Vec<String>>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetVersionInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetVersionInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "arguments" => rt::read_field(map, &mut self.arguments),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetVersionInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("arguments", &self.arguments)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `InactiveAppResponseBody`: the same model as [`DeleteAppResponseBody`].
pub type InactiveAppResponseBody = DeleteAppResponseBody;
/// `IsOrgMicroAppVisibleByUserIdResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type IsOrgMicroAppVisibleByUserIdResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `ListAllAppResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllAppResponseBody {
    /// `appList`.
    pub app_list: Option<Vec<ListAllAppResponseBodyAppList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllAppResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllAppResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appList" => rt::read_field(map, &mut self.app_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllAppResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appList", &self.app_list)?;
        object.end()
    }
}
/// `ListAllInnerAppsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllInnerAppsResponseBody {
    /// `appList`.
    pub app_list: Option<Vec<ListAllInnerAppsResponseBodyAppList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllInnerAppsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllInnerAppsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appList" => rt::read_field(map, &mut self.app_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllInnerAppsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appList", &self.app_list)?;
        object.end()
    }
}
/// `ListAppByClientIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAppByClientIdResponseBody {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `appId`.
    pub app_id: Option<i64>,
    /// `appStatus`.
    pub app_status: Option<i64>,
    /// `desc`.
    pub desc: Option<String>,
    /// `developType`.
    pub develop_type: Option<i64>,
    /// `homepageLink`.
    pub homepage_link: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `ompLink`.
    pub omp_link: Option<String>,
    /// `pcHomepageLink`.
    pub pc_homepage_link: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAppByClientIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAppByClientIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "appId" => rt::read_field(map, &mut self.app_id),
            "appStatus" => rt::read_field(map, &mut self.app_status),
            "desc" => rt::read_field(map, &mut self.desc),
            "developType" => rt::read_field(map, &mut self.develop_type),
            "homepageLink" => rt::read_field(map, &mut self.homepage_link),
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "ompLink" => rt::read_field(map, &mut self.omp_link),
            "pcHomepageLink" => rt::read_field(map, &mut self.pc_homepage_link),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAppByClientIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("appId", &self.app_id)?;
        object.optional("appStatus", &self.app_status)?;
        object.optional("desc", &self.desc)?;
        object.optional("developType", &self.develop_type)?;
        object.optional("homepageLink", &self.homepage_link)?;
        object.optional("icon", &self.icon)?;
        object.optional("name", &self.name)?;
        object.optional("ompLink", &self.omp_link)?;
        object.optional("pcHomepageLink", &self.pc_homepage_link)?;
        object.end()
    }
}
/// `ListAppRoleScopesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAppRoleScopesResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<ListAppRoleScopesResponseBodyDataList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAppRoleScopesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAppRoleScopesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataList" => rt::read_field(map, &mut self.data_list),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAppRoleScopesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `ListInnerAppResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListInnerAppResponseBody {
    /// `appList`.
    pub app_list: Option<Vec<ListInnerAppResponseBodyAppList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListInnerAppResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListInnerAppResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appList" => rt::read_field(map, &mut self.app_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListInnerAppResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appList", &self.app_list)?;
        object.end()
    }
}
/// `ListInnerAppVersionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListInnerAppVersionResponseBody {
    /// `appVersionList`.
    pub app_version_list: Option<Vec<ListInnerAppVersionResponseBodyAppVersionList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListInnerAppVersionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListInnerAppVersionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appVersionList" => rt::read_field(map, &mut self.app_version_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListInnerAppVersionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appVersionList", &self.app_version_list)?;
        object.end()
    }
}
/// `ListPendingPublishAuditsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPendingPublishAuditsResponseBody {
    /// `auditList`.
    pub audit_list: Option<Vec<ListPendingPublishAuditsResponseBodyAuditList>>,
    /// `hasMore`.
    pub has_more: Option<String>,
    /// `nextPageToken`.
    pub next_page_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListPendingPublishAuditsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPendingPublishAuditsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "auditList" => rt::read_field(map, &mut self.audit_list),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "nextPageToken" => rt::read_field(map, &mut self.next_page_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPendingPublishAuditsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("auditList", &self.audit_list)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("nextPageToken", &self.next_page_token)?;
        object.end()
    }
}
/// `ListRoleInfoByUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListRoleInfoByUserResponseBody {
    /// `result`.
    pub result: Option<Vec<ListRoleInfoByUserResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListRoleInfoByUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListRoleInfoByUserResponseBody {
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
impl rt::serde::Serialize for ListRoleInfoByUserResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListUserVilebleAppResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserVilebleAppResponseBody {
    /// `appList`.
    pub app_list: Option<Vec<ListUserVilebleAppResponseBodyAppList>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserVilebleAppResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserVilebleAppResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appList" => rt::read_field(map, &mut self.app_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUserVilebleAppResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appList", &self.app_list)?;
        object.end()
    }
}
/// `OfflineRobotResponseBody`: the same model as [`EnableRobotResponseBody`].
pub type OfflineRobotResponseBody = EnableRobotResponseBody;
/// `PageInnerAppHistoryVersionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageInnerAppHistoryVersionResponseBody {
    /// `miniAppVersionList`.
    pub mini_app_version_list: Option<
        Vec<PageInnerAppHistoryVersionResponseBodyMiniAppVersionList>,
    >,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for PageInnerAppHistoryVersionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageInnerAppHistoryVersionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "miniAppVersionList" => rt::read_field(map, &mut self.mini_app_version_list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageInnerAppHistoryVersionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("miniAppVersionList", &self.mini_app_version_list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `PublishInnerAppVersionResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type PublishInnerAppVersionResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `QueryCreateEnterpriseAgentResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCreateEnterpriseAgentResponseBody {
    /// `agentId`.
    pub agent_id: Option<String>,
    /// `clientId`.
    pub client_id: Option<String>,
    /// `clientSecret`.
    pub client_secret: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `expiresIn`.
    pub expires_in: Option<i64>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `interval`.
    pub interval: Option<i64>,
    /// `retryCount`.
    pub retry_count: Option<i64>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `unifiedAppId`.
    pub unified_app_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCreateEnterpriseAgentResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCreateEnterpriseAgentResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "clientId" => rt::read_field(map, &mut self.client_id),
            "clientSecret" => rt::read_field(map, &mut self.client_secret),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "expiresIn" => rt::read_field(map, &mut self.expires_in),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "interval" => rt::read_field(map, &mut self.interval),
            "retryCount" => rt::read_field(map, &mut self.retry_count),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "unifiedAppId" => rt::read_field(map, &mut self.unified_app_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCreateEnterpriseAgentResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("clientId", &self.client_id)?;
        object.optional("clientSecret", &self.client_secret)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("expiresIn", &self.expires_in)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("interval", &self.interval)?;
        object.optional("retryCount", &self.retry_count)?;
        object.optional("robotCode", &self.robot_code)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("unifiedAppId", &self.unified_app_id)?;
        object.end()
    }
}
/// `RebuildRoleScopeForAppRoleResponseBody`: the same model as [`AddMemberToAppRoleResponseBody`].
pub type RebuildRoleScopeForAppRoleResponseBody = AddMemberToAppRoleResponseBody;
/// `RegisterCustomAppRoleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RegisterCustomAppRoleResponseBody {
    /// `roleId`.
    pub role_id: Option<i64>,
    /// `scopeVersion`.
    pub scope_version: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for RegisterCustomAppRoleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RegisterCustomAppRoleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleId" => rt::read_field(map, &mut self.role_id),
            "scopeVersion" => rt::read_field(map, &mut self.scope_version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RegisterCustomAppRoleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roleId", &self.role_id)?;
        object.optional("scopeVersion", &self.scope_version)?;
        object.end()
    }
}
/// `RemoveApaasAppResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RemoveApaasAppResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for RemoveApaasAppResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RemoveApaasAppResponseBody {
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
impl rt::serde::Serialize for RemoveApaasAppResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `RemoveMemberForAppRoleResponseBody`: the same model as [`AddMemberToAppRoleResponseBody`].
pub type RemoveMemberForAppRoleResponseBody = AddMemberToAppRoleResponseBody;
/// `RollbackInnerAppVersionResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type RollbackInnerAppVersionResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `SetMicroAppScopeResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type SetMicroAppScopeResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `SubmitCreateEnterpriseAgentResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitCreateEnterpriseAgentResponseBody {
    /// `expiresIn`.
    pub expires_in: Option<String>,
    /// `interval`.
    pub interval: Option<String>,
    /// `retryCount`.
    pub retry_count: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SubmitCreateEnterpriseAgentResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SubmitCreateEnterpriseAgentResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "expiresIn" => rt::read_field(map, &mut self.expires_in),
            "interval" => rt::read_field(map, &mut self.interval),
            "retryCount" => rt::read_field(map, &mut self.retry_count),
            "status" => rt::read_field(map, &mut self.status),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SubmitCreateEnterpriseAgentResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expiresIn", &self.expires_in)?;
        object.optional("interval", &self.interval)?;
        object.optional("retryCount", &self.retry_count)?;
        object.optional("status", &self.status)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `UpdateApaasAppResponseBody`: the same model as [`CreateApaasAppResponseBody`].
pub type UpdateApaasAppResponseBody = CreateApaasAppResponseBody;
/// `UpdateAppRoleInfoResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type UpdateAppRoleInfoResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `UpdateInnerAppResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type UpdateInnerAppResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `UpdatePublishAuditResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdatePublishAuditResultResponseBody {
    /// `accepted`.
    pub accepted: Option<bool>,
    /// `auditId`.
    pub audit_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdatePublishAuditResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdatePublishAuditResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accepted" => rt::read_field(map, &mut self.accepted),
            "auditId" => rt::read_field(map, &mut self.audit_id),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdatePublishAuditResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accepted", &self.accepted)?;
        object.optional("auditId", &self.audit_id)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `UpdateRobotResponseBody`: the same model as [`EnableRobotResponseBody`].
pub type UpdateRobotResponseBody = EnableRobotResponseBody;
/// `AddAppRolesToMemberResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddAppRolesToMemberResponseBodyResult {
    /// `latestScopeVersion`.
    pub latest_scope_version: Option<i64>,
    /// `roleId`.
    pub role_id: Option<i64>,
    /// `subErrorCode`.
    pub sub_error_code: Option<String>,
    /// `subErrorMsg`.
    pub sub_error_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddAppRolesToMemberResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddAppRolesToMemberResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "latestScopeVersion" => rt::read_field(map, &mut self.latest_scope_version),
            "roleId" => rt::read_field(map, &mut self.role_id),
            "subErrorCode" => rt::read_field(map, &mut self.sub_error_code),
            "subErrorMsg" => rt::read_field(map, &mut self.sub_error_msg),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddAppRolesToMemberResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("latestScopeVersion", &self.latest_scope_version)?;
        object.optional("roleId", &self.role_id)?;
        object.optional("subErrorCode", &self.sub_error_code)?;
        object.optional("subErrorMsg", &self.sub_error_msg)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetMicroAppScopeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMicroAppScopeResponseBodyResult {
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `onlyAdminVisible`.
    pub only_admin_visible: Option<bool>,
    /// `roleIds`.
    pub role_ids: Option<Vec<i64>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMicroAppScopeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMicroAppScopeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "onlyAdminVisible" => rt::read_field(map, &mut self.only_admin_visible),
            "roleIds" => rt::read_field(map, &mut self.role_ids),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMicroAppScopeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.optional("onlyAdminVisible", &self.only_admin_visible)?;
        object.optional("roleIds", &self.role_ids)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
/// `GetPublishAuditResponseBodyAudit`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPublishAuditResponseBodyAudit {
    /// `agentId`.
    pub agent_id: Option<String>,
    /// `appIcon`.
    pub app_icon: Option<String>,
    /// `appName`.
    pub app_name: Option<String>,
    /// `approvalContent`.
    pub approval_content: Option<String>,
    /// `auditId`.
    pub audit_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `releaseNote`.
    pub release_note: Option<String>,
    /// `sceneType`.
    pub scene_type: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `submitTime`.
    pub submit_time: Option<String>,
    /// `version`.
    pub version: Option<String>,
    /// `versionDetailUrl`.
    pub version_detail_url: Option<String>,
    /// `versionId`.
    pub version_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPublishAuditResponseBodyAudit {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPublishAuditResponseBodyAudit {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "appIcon" => rt::read_field(map, &mut self.app_icon),
            "appName" => rt::read_field(map, &mut self.app_name),
            "approvalContent" => rt::read_field(map, &mut self.approval_content),
            "auditId" => rt::read_field(map, &mut self.audit_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "releaseNote" => rt::read_field(map, &mut self.release_note),
            "sceneType" => rt::read_field(map, &mut self.scene_type),
            "status" => rt::read_field(map, &mut self.status),
            "submitTime" => rt::read_field(map, &mut self.submit_time),
            "version" => rt::read_field(map, &mut self.version),
            "versionDetailUrl" => rt::read_field(map, &mut self.version_detail_url),
            "versionId" => rt::read_field(map, &mut self.version_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPublishAuditResponseBodyAudit {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("appIcon", &self.app_icon)?;
        object.optional("appName", &self.app_name)?;
        object.optional("approvalContent", &self.approval_content)?;
        object.optional("auditId", &self.audit_id)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("releaseNote", &self.release_note)?;
        object.optional("sceneType", &self.scene_type)?;
        object.optional("status", &self.status)?;
        object.optional("submitTime", &self.submit_time)?;
        object.optional("version", &self.version)?;
        object.optional("versionDetailUrl", &self.version_detail_url)?;
        object.optional("versionId", &self.version_id)?;
        object.end()
    }
}
/// `ListAllAppResponseBodyAppList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllAppResponseBodyAppList {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `appId`.
    pub app_id: Option<i64>,
    /// `appStatus`.
    pub app_status: Option<i64>,
    /// `desc`.
    pub desc: Option<String>,
    /// `developType`.
    pub develop_type: Option<i64>,
    /// `h5PageType`.
    pub h5_page_type: Option<String>,
    /// `homepageLink`.
    pub homepage_link: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `ompLink`.
    pub omp_link: Option<String>,
    /// `pcHomepageLink`.
    pub pc_homepage_link: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllAppResponseBodyAppList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllAppResponseBodyAppList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "appId" => rt::read_field(map, &mut self.app_id),
            "appStatus" => rt::read_field(map, &mut self.app_status),
            "desc" => rt::read_field(map, &mut self.desc),
            "developType" => rt::read_field(map, &mut self.develop_type),
            "h5PageType" => rt::read_field(map, &mut self.h5_page_type),
            "homepageLink" => rt::read_field(map, &mut self.homepage_link),
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "ompLink" => rt::read_field(map, &mut self.omp_link),
            "pcHomepageLink" => rt::read_field(map, &mut self.pc_homepage_link),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllAppResponseBodyAppList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("appId", &self.app_id)?;
        object.optional("appStatus", &self.app_status)?;
        object.optional("desc", &self.desc)?;
        object.optional("developType", &self.develop_type)?;
        object.optional("h5PageType", &self.h5_page_type)?;
        object.optional("homepageLink", &self.homepage_link)?;
        object.optional("icon", &self.icon)?;
        object.optional("name", &self.name)?;
        object.optional("ompLink", &self.omp_link)?;
        object.optional("pcHomepageLink", &self.pc_homepage_link)?;
        object.end()
    }
}
/// `ListAllInnerAppsResponseBodyAppList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllInnerAppsResponseBodyAppList {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `appId`.
    pub app_id: Option<i64>,
    /// `appStatus`.
    pub app_status: Option<i64>,
    /// `coolAppInfo`.
    pub cool_app_info: Option<Vec<ListAllInnerAppsResponseBodyAppListCoolAppInfo>>,
    /// `desc`.
    pub desc: Option<String>,
    /// `developType`.
    pub develop_type: Option<i64>,
    /// `homepageLink`.
    pub homepage_link: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `ompLink`.
    pub omp_link: Option<String>,
    /// `pcHomepageLink`.
    pub pc_homepage_link: Option<String>,
    /// `robotInfo`.
    pub robot_info: Option<ListAllInnerAppsResponseBodyAppListRobotInfo>,
    /// `unifiedAppId`.
    pub unified_app_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllInnerAppsResponseBodyAppList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllInnerAppsResponseBodyAppList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "appId" => rt::read_field(map, &mut self.app_id),
            "appStatus" => rt::read_field(map, &mut self.app_status),
            "coolAppInfo" => rt::read_field(map, &mut self.cool_app_info),
            "desc" => rt::read_field(map, &mut self.desc),
            "developType" => rt::read_field(map, &mut self.develop_type),
            "homepageLink" => rt::read_field(map, &mut self.homepage_link),
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "ompLink" => rt::read_field(map, &mut self.omp_link),
            "pcHomepageLink" => rt::read_field(map, &mut self.pc_homepage_link),
            "robotInfo" => rt::read_field(map, &mut self.robot_info),
            "unifiedAppId" => rt::read_field(map, &mut self.unified_app_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllInnerAppsResponseBodyAppList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("appId", &self.app_id)?;
        object.optional("appStatus", &self.app_status)?;
        object.optional("coolAppInfo", &self.cool_app_info)?;
        object.optional("desc", &self.desc)?;
        object.optional("developType", &self.develop_type)?;
        object.optional("homepageLink", &self.homepage_link)?;
        object.optional("icon", &self.icon)?;
        object.optional("name", &self.name)?;
        object.optional("ompLink", &self.omp_link)?;
        object.optional("pcHomepageLink", &self.pc_homepage_link)?;
        object.optional("robotInfo", &self.robot_info)?;
        object.optional("unifiedAppId", &self.unified_app_id)?;
        object.end()
    }
}
/// `ListAppRoleScopesResponseBodyDataList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAppRoleScopesResponseBodyDataList {
    /// `canManageRole`.
    pub can_manage_role: Option<bool>,
    /// `deptIdList`.
    pub dept_id_list: Option<Vec<i64>>,
    /// `roleId`.
    pub role_id: Option<i64>,
    /// `roleName`.
    pub role_name: Option<String>,
    /// `scopeType`.
    pub scope_type: Option<String>,
    /// `scopeVersion`.
    pub scope_version: Option<i64>,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAppRoleScopesResponseBodyDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAppRoleScopesResponseBodyDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "canManageRole" => rt::read_field(map, &mut self.can_manage_role),
            "deptIdList" => rt::read_field(map, &mut self.dept_id_list),
            "roleId" => rt::read_field(map, &mut self.role_id),
            "roleName" => rt::read_field(map, &mut self.role_name),
            "scopeType" => rt::read_field(map, &mut self.scope_type),
            "scopeVersion" => rt::read_field(map, &mut self.scope_version),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAppRoleScopesResponseBodyDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("canManageRole", &self.can_manage_role)?;
        object.optional("deptIdList", &self.dept_id_list)?;
        object.optional("roleId", &self.role_id)?;
        object.optional("roleName", &self.role_name)?;
        object.optional("scopeType", &self.scope_type)?;
        object.optional("scopeVersion", &self.scope_version)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.end()
    }
}
/// `ListInnerAppResponseBodyAppList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListInnerAppResponseBodyAppList {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `desc`.
    pub desc: Option<String>,
    /// `homepageLink`.
    pub homepage_link: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `ompLink`.
    pub omp_link: Option<String>,
    /// `pcHomepageLink`.
    pub pc_homepage_link: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListInnerAppResponseBodyAppList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListInnerAppResponseBodyAppList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "desc" => rt::read_field(map, &mut self.desc),
            "homepageLink" => rt::read_field(map, &mut self.homepage_link),
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "ompLink" => rt::read_field(map, &mut self.omp_link),
            "pcHomepageLink" => rt::read_field(map, &mut self.pc_homepage_link),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListInnerAppResponseBodyAppList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("desc", &self.desc)?;
        object.optional("homepageLink", &self.homepage_link)?;
        object.optional("icon", &self.icon)?;
        object.optional("name", &self.name)?;
        object.optional("ompLink", &self.omp_link)?;
        object.optional("pcHomepageLink", &self.pc_homepage_link)?;
        object.end()
    }
}
/// `ListInnerAppVersionResponseBodyAppVersionList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListInnerAppVersionResponseBodyAppVersionList {
    /// `appVersion`.
    pub app_version: Option<String>,
    /// `appVersionId`.
    pub app_version_id: Option<i64>,
    /// `appVersionType`.
    pub app_version_type: Option<i64>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `entranceLink`.
    pub entrance_link: Option<String>,
    /// `miniAppId`.
    pub mini_app_id: Option<String>,
    /// `miniAppOnPc`.
    pub mini_app_on_pc: Option<bool>,
    /// `modifyTime`.
    pub modify_time: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListInnerAppVersionResponseBodyAppVersionList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListInnerAppVersionResponseBodyAppVersionList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appVersion" => rt::read_field(map, &mut self.app_version),
            "appVersionId" => rt::read_field(map, &mut self.app_version_id),
            "appVersionType" => rt::read_field(map, &mut self.app_version_type),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "entranceLink" => rt::read_field(map, &mut self.entrance_link),
            "miniAppId" => rt::read_field(map, &mut self.mini_app_id),
            "miniAppOnPc" => rt::read_field(map, &mut self.mini_app_on_pc),
            "modifyTime" => rt::read_field(map, &mut self.modify_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListInnerAppVersionResponseBodyAppVersionList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appVersion", &self.app_version)?;
        object.optional("appVersionId", &self.app_version_id)?;
        object.optional("appVersionType", &self.app_version_type)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("entranceLink", &self.entrance_link)?;
        object.optional("miniAppId", &self.mini_app_id)?;
        object.optional("miniAppOnPc", &self.mini_app_on_pc)?;
        object.optional("modifyTime", &self.modify_time)?;
        object.end()
    }
}
/// `ListPendingPublishAuditsResponseBodyAuditList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPendingPublishAuditsResponseBodyAuditList {
    /// `agentId`.
    pub agent_id: Option<String>,
    /// `auditId`.
    pub audit_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `creatorUserId`.
    pub creator_user_id: Option<String>,
    /// `sceneType`.
    pub scene_type: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `submitTime`.
    pub submit_time: Option<i64>,
    /// `versionId`.
    pub version_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListPendingPublishAuditsResponseBodyAuditList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListPendingPublishAuditsResponseBodyAuditList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "auditId" => rt::read_field(map, &mut self.audit_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "creatorUserId" => rt::read_field(map, &mut self.creator_user_id),
            "sceneType" => rt::read_field(map, &mut self.scene_type),
            "status" => rt::read_field(map, &mut self.status),
            "submitTime" => rt::read_field(map, &mut self.submit_time),
            "versionId" => rt::read_field(map, &mut self.version_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListPendingPublishAuditsResponseBodyAuditList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("auditId", &self.audit_id)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("creatorUserId", &self.creator_user_id)?;
        object.optional("sceneType", &self.scene_type)?;
        object.optional("status", &self.status)?;
        object.optional("submitTime", &self.submit_time)?;
        object.optional("versionId", &self.version_id)?;
        object.end()
    }
}
/// `ListRoleInfoByUserResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListRoleInfoByUserResponseBodyResult {
    /// `canManageRole`.
    pub can_manage_role: Option<bool>,
    /// `roleId`.
    pub role_id: Option<i64>,
    /// `roleName`.
    pub role_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListRoleInfoByUserResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListRoleInfoByUserResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "canManageRole" => rt::read_field(map, &mut self.can_manage_role),
            "roleId" => rt::read_field(map, &mut self.role_id),
            "roleName" => rt::read_field(map, &mut self.role_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListRoleInfoByUserResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("canManageRole", &self.can_manage_role)?;
        object.optional("roleId", &self.role_id)?;
        object.optional("roleName", &self.role_name)?;
        object.end()
    }
}
/// `ListUserVilebleAppResponseBodyAppList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserVilebleAppResponseBodyAppList {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `appId`.
    pub app_id: Option<i64>,
    /// `appStatus`.
    pub app_status: Option<i64>,
    /// `desc`.
    pub desc: Option<String>,
    /// `developType`.
    pub develop_type: Option<i64>,
    /// `homepageLink`.
    pub homepage_link: Option<String>,
    /// `i18n`.
    pub i18n: Option<Vec<ListUserVilebleAppResponseBodyAppListI18n>>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `ompLink`.
    pub omp_link: Option<String>,
    /// `pcHomepageLink`.
    pub pc_homepage_link: Option<String>,
    /// `unifiedAppId`.
    pub unified_app_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserVilebleAppResponseBodyAppList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserVilebleAppResponseBodyAppList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "appId" => rt::read_field(map, &mut self.app_id),
            "appStatus" => rt::read_field(map, &mut self.app_status),
            "desc" => rt::read_field(map, &mut self.desc),
            "developType" => rt::read_field(map, &mut self.develop_type),
            "homepageLink" => rt::read_field(map, &mut self.homepage_link),
            "i18n" => rt::read_field(map, &mut self.i18n),
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "ompLink" => rt::read_field(map, &mut self.omp_link),
            "pcHomepageLink" => rt::read_field(map, &mut self.pc_homepage_link),
            "unifiedAppId" => rt::read_field(map, &mut self.unified_app_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUserVilebleAppResponseBodyAppList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("appId", &self.app_id)?;
        object.optional("appStatus", &self.app_status)?;
        object.optional("desc", &self.desc)?;
        object.optional("developType", &self.develop_type)?;
        object.optional("homepageLink", &self.homepage_link)?;
        object.optional("i18n", &self.i18n)?;
        object.optional("icon", &self.icon)?;
        object.optional("name", &self.name)?;
        object.optional("ompLink", &self.omp_link)?;
        object.optional("pcHomepageLink", &self.pc_homepage_link)?;
        object.optional("unifiedAppId", &self.unified_app_id)?;
        object.end()
    }
}
/// `PageInnerAppHistoryVersionResponseBodyMiniAppVersionList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageInnerAppHistoryVersionResponseBodyMiniAppVersionList {
    /// `appVersion`.
    pub app_version: Option<String>,
    /// `appVersionId`.
    pub app_version_id: Option<i64>,
    /// `appVersionType`.
    pub app_version_type: Option<i64>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `miniAppId`.
    pub mini_app_id: Option<String>,
    /// `miniAppOnPc`.
    pub mini_app_on_pc: Option<bool>,
    /// `modifyTime`.
    pub modify_time: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PageInnerAppHistoryVersionResponseBodyMiniAppVersionList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageInnerAppHistoryVersionResponseBodyMiniAppVersionList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appVersion" => rt::read_field(map, &mut self.app_version),
            "appVersionId" => rt::read_field(map, &mut self.app_version_id),
            "appVersionType" => rt::read_field(map, &mut self.app_version_type),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "miniAppId" => rt::read_field(map, &mut self.mini_app_id),
            "miniAppOnPc" => rt::read_field(map, &mut self.mini_app_on_pc),
            "modifyTime" => rt::read_field(map, &mut self.modify_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageInnerAppHistoryVersionResponseBodyMiniAppVersionList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appVersion", &self.app_version)?;
        object.optional("appVersionId", &self.app_version_id)?;
        object.optional("appVersionType", &self.app_version_type)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("miniAppId", &self.mini_app_id)?;
        object.optional("miniAppOnPc", &self.mini_app_on_pc)?;
        object.optional("modifyTime", &self.modify_time)?;
        object.end()
    }
}
/// `ListAllInnerAppsResponseBodyAppListCoolAppInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllInnerAppsResponseBodyAppListCoolAppInfo {
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ListAllInnerAppsResponseBodyAppListCoolAppInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllInnerAppsResponseBodyAppListCoolAppInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllInnerAppsResponseBodyAppListCoolAppInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coolAppCode", &self.cool_app_code)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `ListAllInnerAppsResponseBodyAppListRobotInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllInnerAppsResponseBodyAppListRobotInfo {
    /// `name`.
    pub name: Option<String>,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllInnerAppsResponseBodyAppListRobotInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllInnerAppsResponseBodyAppListRobotInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "robotCode" => rt::read_field(map, &mut self.robot_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllInnerAppsResponseBodyAppListRobotInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("robotCode", &self.robot_code)?;
        object.end()
    }
}
/// `ListUserVilebleAppResponseBodyAppListI18n`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListUserVilebleAppResponseBodyAppListI18n {
    /// `desc`.
    pub desc: Option<String>,
    /// `i18n_key`.
    pub i18n_key: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListUserVilebleAppResponseBodyAppListI18n {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListUserVilebleAppResponseBodyAppListI18n {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "desc" => rt::read_field(map, &mut self.desc),
            "i18n_key" => rt::read_field(map, &mut self.i18n_key),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListUserVilebleAppResponseBodyAppListI18n {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("desc", &self.desc)?;
        object.optional("i18n_key", &self.i18n_key)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// The request of [`Api::add_app_roles_to_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddAppRolesToMemberRequest {
    /// `memberId`.
    pub member_id: String,
    /// `memberType`.
    pub member_type: String,
    /// `opUserId`.
    pub op_user_id: String,
    /// `roleList`.
    pub role_list: Vec<AddAppRolesToMemberRequestRoleList>,
}
impl AddAppRolesToMemberRequest {
    /// A `AddAppRolesToMemberRequest` with its required fields (`memberId`, `memberType`, `opUserId`, `roleList`); set the others with the methods named after them.
    pub fn new(
        member_id: impl Into<String>,
        member_type: impl Into<String>,
        op_user_id: impl Into<String>,
        role_list: impl IntoIterator<Item = AddAppRolesToMemberRequestRoleList>,
    ) -> Self {
        Self {
            member_id: member_id.into(),
            member_type: member_type.into(),
            op_user_id: op_user_id.into(),
            role_list: role_list.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for AddAppRolesToMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("memberId", &self.member_id)?;
        object.field("memberType", &self.member_type)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("roleList", &self.role_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddAppRolesToMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddAppRolesToMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberType" => rt::read_field(map, &mut self.member_type),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "roleList" => rt::read_field(map, &mut self.role_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddAppRolesToMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_app_to_work_bench_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddAppToWorkBenchGroupRequest {
    /// `componentId`.
    pub component_id: String,
    /// `ecologicalCorpId`.
    pub ecological_corp_id: Option<String>,
    /// `opUnionId`.
    pub op_union_id: Option<String>,
}
impl AddAppToWorkBenchGroupRequest {
    /// A `AddAppToWorkBenchGroupRequest` with its required fields (`componentId`); set the others with the methods named after them.
    pub fn new(component_id: impl Into<String>) -> Self {
        Self {
            component_id: component_id.into(),
            ecological_corp_id: None,
            op_union_id: None,
        }
    }
    /// Sets `ecologicalCorpId`.
    pub fn ecological_corp_id(mut self, value: impl Into<String>) -> Self {
        self.ecological_corp_id = Some(value.into());
        self
    }
    /// Sets `opUnionId`.
    pub fn op_union_id(mut self, value: impl Into<String>) -> Self {
        self.op_union_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AddAppToWorkBenchGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("componentId", &self.component_id)?;
        object.optional("ecologicalCorpId", &self.ecological_corp_id)?;
        object.optional("opUnionId", &self.op_union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddAppToWorkBenchGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddAppToWorkBenchGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "componentId" => rt::read_field(map, &mut self.component_id),
            "ecologicalCorpId" => rt::read_field(map, &mut self.ecological_corp_id),
            "opUnionId" => rt::read_field(map, &mut self.op_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddAppToWorkBenchGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_member_to_app_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddMemberToAppRoleRequest {
    /// `deptIdList`.
    pub dept_id_list: Option<Vec<i64>>,
    /// `opUserId`.
    pub op_user_id: String,
    /// `scopeVersion`.
    pub scope_version: i64,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
impl AddMemberToAppRoleRequest {
    /// A `AddMemberToAppRoleRequest` with its required fields (`opUserId`, `scopeVersion`); set the others with the methods named after them.
    pub fn new(op_user_id: impl Into<String>, scope_version: i64) -> Self {
        Self {
            dept_id_list: None,
            op_user_id: op_user_id.into(),
            scope_version,
            user_id_list: None,
        }
    }
    /// Sets `deptIdList`.
    pub fn dept_id_list(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dept_id_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `userIdList`.
    pub fn user_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for AddMemberToAppRoleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIdList", &self.dept_id_list)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("scopeVersion", &self.scope_version)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddMemberToAppRoleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddMemberToAppRoleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIdList" => rt::read_field(map, &mut self.dept_id_list),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "scopeVersion" => rt::read_field(map, &mut self.scope_version),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddMemberToAppRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::app_status_manager_test`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppStatusManagerTestRequest {
    /// `requestId`: a query parameter.
    pub request_id: Option<String>,
}
impl AppStatusManagerTestRequest {
    /// An empty `AppStatusManagerTestRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `requestId`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AppStatusManagerTestRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AppStatusManagerTestRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AppStatusManagerTestRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("requestId", &self.request_id);
    }
}
/// The request of [`Api::create_agent`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAgentRequest {
    /// `appName`.
    pub app_name: Option<String>,
    /// `desc`.
    pub desc: Option<String>,
    /// `previewMediaId`.
    pub preview_media_id: Option<String>,
    /// `robotMediaId`.
    pub robot_media_id: Option<String>,
    /// `robotName`.
    pub robot_name: Option<String>,
    /// `userid`.
    pub userid: Option<String>,
}
impl CreateAgentRequest {
    /// An empty `CreateAgentRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appName`.
    pub fn app_name(mut self, value: impl Into<String>) -> Self {
        self.app_name = Some(value.into());
        self
    }
    /// Sets `desc`.
    pub fn desc(mut self, value: impl Into<String>) -> Self {
        self.desc = Some(value.into());
        self
    }
    /// Sets `previewMediaId`.
    pub fn preview_media_id(mut self, value: impl Into<String>) -> Self {
        self.preview_media_id = Some(value.into());
        self
    }
    /// Sets `robotMediaId`.
    pub fn robot_media_id(mut self, value: impl Into<String>) -> Self {
        self.robot_media_id = Some(value.into());
        self
    }
    /// Sets `robotName`.
    pub fn robot_name(mut self, value: impl Into<String>) -> Self {
        self.robot_name = Some(value.into());
        self
    }
    /// Sets `userid`.
    pub fn userid(mut self, value: impl Into<String>) -> Self {
        self.userid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAgentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appName", &self.app_name)?;
        object.optional("desc", &self.desc)?;
        object.optional("previewMediaId", &self.preview_media_id)?;
        object.optional("robotMediaId", &self.robot_media_id)?;
        object.optional("robotName", &self.robot_name)?;
        object.optional("userid", &self.userid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateAgentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateAgentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appName" => rt::read_field(map, &mut self.app_name),
            "desc" => rt::read_field(map, &mut self.desc),
            "previewMediaId" => rt::read_field(map, &mut self.preview_media_id),
            "robotMediaId" => rt::read_field(map, &mut self.robot_media_id),
            "robotName" => rt::read_field(map, &mut self.robot_name),
            "userid" => rt::read_field(map, &mut self.userid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateAgentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_apaas_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateApaasAppRequest {
    /// `appDesc`.
    pub app_desc: String,
    /// `appIcon`.
    pub app_icon: String,
    /// `appName`.
    pub app_name: String,
    /// `bizAppId`.
    pub biz_app_id: String,
    /// `homepageEditLink`.
    pub homepage_edit_link: Option<String>,
    /// `homepageLink`.
    pub homepage_link: String,
    /// `isShortCut`.
    pub is_short_cut: Option<i64>,
    /// `ompLink`.
    pub omp_link: Option<String>,
    /// `opUserId`.
    pub op_user_id: String,
    /// `pcHomepageEditLink`.
    pub pc_homepage_edit_link: String,
    /// `pcHomepageLink`.
    pub pc_homepage_link: String,
    /// `templateKey`.
    pub template_key: Option<String>,
}
impl CreateApaasAppRequest {
    /// A `CreateApaasAppRequest` with its required fields (`appDesc`, `appIcon`, `appName`, `bizAppId`, `homepageLink`, `opUserId`, `pcHomepageEditLink`, `pcHomepageLink`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        app_desc: impl Into<String>,
        app_icon: impl Into<String>,
        app_name: impl Into<String>,
        biz_app_id: impl Into<String>,
        homepage_link: impl Into<String>,
        op_user_id: impl Into<String>,
        pc_homepage_edit_link: impl Into<String>,
        pc_homepage_link: impl Into<String>,
    ) -> Self {
        Self {
            app_desc: app_desc.into(),
            app_icon: app_icon.into(),
            app_name: app_name.into(),
            biz_app_id: biz_app_id.into(),
            homepage_edit_link: None,
            homepage_link: homepage_link.into(),
            is_short_cut: None,
            omp_link: None,
            op_user_id: op_user_id.into(),
            pc_homepage_edit_link: pc_homepage_edit_link.into(),
            pc_homepage_link: pc_homepage_link.into(),
            template_key: None,
        }
    }
    /// Sets `homepageEditLink`.
    pub fn homepage_edit_link(mut self, value: impl Into<String>) -> Self {
        self.homepage_edit_link = Some(value.into());
        self
    }
    /// Sets `isShortCut`.
    pub fn is_short_cut(mut self, value: i64) -> Self {
        self.is_short_cut = Some(value);
        self
    }
    /// Sets `ompLink`.
    pub fn omp_link(mut self, value: impl Into<String>) -> Self {
        self.omp_link = Some(value.into());
        self
    }
    /// Sets `templateKey`.
    pub fn template_key(mut self, value: impl Into<String>) -> Self {
        self.template_key = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateApaasAppRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appDesc", &self.app_desc)?;
        object.field("appIcon", &self.app_icon)?;
        object.field("appName", &self.app_name)?;
        object.field("bizAppId", &self.biz_app_id)?;
        object.optional("homepageEditLink", &self.homepage_edit_link)?;
        object.field("homepageLink", &self.homepage_link)?;
        object.optional("isShortCut", &self.is_short_cut)?;
        object.optional("ompLink", &self.omp_link)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("pcHomepageEditLink", &self.pc_homepage_edit_link)?;
        object.field("pcHomepageLink", &self.pc_homepage_link)?;
        object.optional("templateKey", &self.template_key)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateApaasAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateApaasAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appDesc" => rt::read_field(map, &mut self.app_desc),
            "appIcon" => rt::read_field(map, &mut self.app_icon),
            "appName" => rt::read_field(map, &mut self.app_name),
            "bizAppId" => rt::read_field(map, &mut self.biz_app_id),
            "homepageEditLink" => rt::read_field(map, &mut self.homepage_edit_link),
            "homepageLink" => rt::read_field(map, &mut self.homepage_link),
            "isShortCut" => rt::read_field(map, &mut self.is_short_cut),
            "ompLink" => rt::read_field(map, &mut self.omp_link),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "pcHomepageEditLink" => rt::read_field(map, &mut self.pc_homepage_edit_link),
            "pcHomepageLink" => rt::read_field(map, &mut self.pc_homepage_link),
            "templateKey" => rt::read_field(map, &mut self.template_key),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateApaasAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_inner_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateInnerAppRequest {
    /// `desc`.
    pub desc: String,
    /// `developType`.
    pub develop_type: Option<i64>,
    /// `homepageLink`.
    pub homepage_link: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `ipWhiteList`.
    pub ip_white_list: Option<Vec<String>>,
    /// `name`.
    pub name: String,
    /// `ompLink`.
    pub omp_link: Option<String>,
    /// `opUnionId`.
    pub op_union_id: String,
    /// `pcHomepageLink`.
    pub pc_homepage_link: Option<String>,
    /// `scopeType`.
    pub scope_type: Option<String>,
}
impl CreateInnerAppRequest {
    /// A `CreateInnerAppRequest` with its required fields (`desc`, `name`, `opUnionId`); set the others with the methods named after them.
    pub fn new(
        desc: impl Into<String>,
        name: impl Into<String>,
        op_union_id: impl Into<String>,
    ) -> Self {
        Self {
            desc: desc.into(),
            develop_type: None,
            homepage_link: None,
            icon: None,
            ip_white_list: None,
            name: name.into(),
            omp_link: None,
            op_union_id: op_union_id.into(),
            pc_homepage_link: None,
            scope_type: None,
        }
    }
    /// Sets `developType`.
    pub fn develop_type(mut self, value: i64) -> Self {
        self.develop_type = Some(value);
        self
    }
    /// Sets `homepageLink`.
    pub fn homepage_link(mut self, value: impl Into<String>) -> Self {
        self.homepage_link = Some(value.into());
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `ipWhiteList`.
    pub fn ip_white_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.ip_white_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `ompLink`.
    pub fn omp_link(mut self, value: impl Into<String>) -> Self {
        self.omp_link = Some(value.into());
        self
    }
    /// Sets `pcHomepageLink`.
    pub fn pc_homepage_link(mut self, value: impl Into<String>) -> Self {
        self.pc_homepage_link = Some(value.into());
        self
    }
    /// Sets `scopeType`.
    pub fn scope_type(mut self, value: impl Into<String>) -> Self {
        self.scope_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateInnerAppRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("desc", &self.desc)?;
        object.optional("developType", &self.develop_type)?;
        object.optional("homepageLink", &self.homepage_link)?;
        object.optional("icon", &self.icon)?;
        object.optional("ipWhiteList", &self.ip_white_list)?;
        object.field("name", &self.name)?;
        object.optional("ompLink", &self.omp_link)?;
        object.field("opUnionId", &self.op_union_id)?;
        object.optional("pcHomepageLink", &self.pc_homepage_link)?;
        object.optional("scopeType", &self.scope_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateInnerAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateInnerAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "desc" => rt::read_field(map, &mut self.desc),
            "developType" => rt::read_field(map, &mut self.develop_type),
            "homepageLink" => rt::read_field(map, &mut self.homepage_link),
            "icon" => rt::read_field(map, &mut self.icon),
            "ipWhiteList" => rt::read_field(map, &mut self.ip_white_list),
            "name" => rt::read_field(map, &mut self.name),
            "ompLink" => rt::read_field(map, &mut self.omp_link),
            "opUnionId" => rt::read_field(map, &mut self.op_union_id),
            "pcHomepageLink" => rt::read_field(map, &mut self.pc_homepage_link),
            "scopeType" => rt::read_field(map, &mut self.scope_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateInnerAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_app`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteAppRequest {
    /// `unifiedAppId`.
    pub unified_app_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl DeleteAppRequest {
    /// An empty `DeleteAppRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `unifiedAppId`.
    pub fn unified_app_id(mut self, value: impl Into<String>) -> Self {
        self.unified_app_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeleteAppRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("unifiedAppId", &self.unified_app_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unifiedAppId" => rt::read_field(map, &mut self.unified_app_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_app_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteAppRoleRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
}
impl DeleteAppRoleRequest {
    /// A `DeleteAppRoleRequest` with its required fields (`opUserId`); set the others with the methods named after them.
    pub fn new(op_user_id: impl Into<String>) -> Self {
        Self {
            op_user_id: op_user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteAppRoleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteAppRoleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteAppRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
    }
}
/// The request of [`Api::delete_inner_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteInnerAppRequest {
    /// `opUnionId`: a query parameter.
    pub op_union_id: String,
}
impl DeleteInnerAppRequest {
    /// A `DeleteInnerAppRequest` with its required fields (`opUnionId`); set the others with the methods named after them.
    pub fn new(op_union_id: impl Into<String>) -> Self {
        Self {
            op_union_id: op_union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteInnerAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteInnerAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opUnionId" => rt::read_field(map, &mut self.op_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteInnerAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUnionId", &self.op_union_id);
    }
}
/// The request of [`Api::enable_robot`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EnableRobotRequest {
    /// `unifiedAppId`.
    pub unified_app_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl EnableRobotRequest {
    /// An empty `EnableRobotRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `unifiedAppId`.
    pub fn unified_app_id(mut self, value: impl Into<String>) -> Self {
        self.unified_app_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for EnableRobotRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("unifiedAppId", &self.unified_app_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EnableRobotRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EnableRobotRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unifiedAppId" => rt::read_field(map, &mut self.unified_app_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EnableRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_app_resource_use_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAppResourceUseInfoRequest {
    /// `benefitCode`: a query parameter.
    pub benefit_code: Option<String>,
    /// `endTime`: a query parameter.
    pub end_time: Option<String>,
    /// `periodType`: a query parameter.
    pub period_type: Option<String>,
    /// `startTime`: a query parameter.
    pub start_time: Option<String>,
}
impl GetAppResourceUseInfoRequest {
    /// An empty `GetAppResourceUseInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `benefitCode`.
    pub fn benefit_code(mut self, value: impl Into<String>) -> Self {
        self.benefit_code = Some(value.into());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `periodType`.
    pub fn period_type(mut self, value: impl Into<String>) -> Self {
        self.period_type = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAppResourceUseInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAppResourceUseInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitCode" => rt::read_field(map, &mut self.benefit_code),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "periodType" => rt::read_field(map, &mut self.period_type),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAppResourceUseInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("benefitCode", &self.benefit_code);
        writer.query("endTime", &self.end_time);
        writer.query("periodType", &self.period_type);
        writer.query("startTime", &self.start_time);
    }
}
/// The request of [`Api::get_publish_audit`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPublishAuditRequest {
    /// `auditId`.
    pub audit_id: Option<String>,
}
impl GetPublishAuditRequest {
    /// An empty `GetPublishAuditRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `auditId`.
    pub fn audit_id(mut self, value: impl Into<String>) -> Self {
        self.audit_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetPublishAuditRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("auditId", &self.audit_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPublishAuditRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPublishAuditRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "auditId" => rt::read_field(map, &mut self.audit_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetPublishAuditRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_version_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetVersionInfoRequest {
    /// `unifiedAppId`: a query parameter.
    pub unified_app_id: Option<String>,
    /// `versionId`: a query parameter.
    pub version_id: Option<String>,
}
impl GetVersionInfoRequest {
    /// An empty `GetVersionInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `unifiedAppId`.
    pub fn unified_app_id(mut self, value: impl Into<String>) -> Self {
        self.unified_app_id = Some(value.into());
        self
    }
    /// Sets `versionId`.
    pub fn version_id(mut self, value: impl Into<String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetVersionInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetVersionInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unifiedAppId" => rt::read_field(map, &mut self.unified_app_id),
            "versionId" => rt::read_field(map, &mut self.version_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetVersionInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unifiedAppId", &self.unified_app_id);
        writer.query("versionId", &self.version_id);
    }
}
/// The request of [`Api::inactive_app`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InactiveAppRequest {
    /// `unifiedAppId`.
    pub unified_app_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl InactiveAppRequest {
    /// An empty `InactiveAppRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `unifiedAppId`.
    pub fn unified_app_id(mut self, value: impl Into<String>) -> Self {
        self.unified_app_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for InactiveAppRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("unifiedAppId", &self.unified_app_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InactiveAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InactiveAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unifiedAppId" => rt::read_field(map, &mut self.unified_app_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for InactiveAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::is_org_micro_app_visible_by_user_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct IsOrgMicroAppVisibleByUserIdRequest {
    /// `appId`.
    pub app_id: i64,
    /// `id`.
    pub id: String,
    /// `type`.
    pub r#type: String,
}
impl IsOrgMicroAppVisibleByUserIdRequest {
    /// A `IsOrgMicroAppVisibleByUserIdRequest` with its required fields (`appId`, `id`, `type`); set the others with the methods named after them.
    pub fn new(app_id: i64, id: impl Into<String>, r#type: impl Into<String>) -> Self {
        Self {
            app_id,
            id: id.into(),
            r#type: r#type.into(),
        }
    }
}
impl rt::serde::Serialize for IsOrgMicroAppVisibleByUserIdRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appId", &self.app_id)?;
        object.field("id", &self.id)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for IsOrgMicroAppVisibleByUserIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for IsOrgMicroAppVisibleByUserIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "id" => rt::read_field(map, &mut self.id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for IsOrgMicroAppVisibleByUserIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_app_role_scopes`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAppRoleScopesRequest {
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
    /// `size`: a query parameter.
    pub size: Option<i64>,
}
impl ListAppRoleScopesRequest {
    /// An empty `ListAppRoleScopesRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListAppRoleScopesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListAppRoleScopesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "size" => rt::read_field(map, &mut self.size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListAppRoleScopesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("nextToken", &self.next_token);
        writer.query("size", &self.size);
    }
}
/// The request of [`Api::list_inner_app`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListInnerAppRequest {
    /// `ecologicalCorpId`: a query parameter.
    pub ecological_corp_id: Option<String>,
}
impl ListInnerAppRequest {
    /// An empty `ListInnerAppRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `ecologicalCorpId`.
    pub fn ecological_corp_id(mut self, value: impl Into<String>) -> Self {
        self.ecological_corp_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListInnerAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListInnerAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ecologicalCorpId" => rt::read_field(map, &mut self.ecological_corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListInnerAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("ecologicalCorpId", &self.ecological_corp_id);
    }
}
/// The request of [`Api::list_pending_publish_audits`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListPendingPublishAuditsRequest {
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `pageToken`.
    pub page_token: Option<String>,
}
impl ListPendingPublishAuditsRequest {
    /// An empty `ListPendingPublishAuditsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `pageToken`.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ListPendingPublishAuditsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("pageToken", &self.page_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListPendingPublishAuditsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListPendingPublishAuditsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "pageToken" => rt::read_field(map, &mut self.page_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListPendingPublishAuditsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::offline_robot`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OfflineRobotRequest {
    /// `unifiedAppId`: a query parameter.
    pub unified_app_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl OfflineRobotRequest {
    /// An empty `OfflineRobotRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `unifiedAppId`.
    pub fn unified_app_id(mut self, value: impl Into<String>) -> Self {
        self.unified_app_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OfflineRobotRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OfflineRobotRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unifiedAppId" => rt::read_field(map, &mut self.unified_app_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OfflineRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unifiedAppId", &self.unified_app_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::page_inner_app_history_version`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PageInnerAppHistoryVersionRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
impl PageInnerAppHistoryVersionRequest {
    /// A `PageInnerAppHistoryVersionRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64) -> Self {
        Self { page_number, page_size }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PageInnerAppHistoryVersionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PageInnerAppHistoryVersionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PageInnerAppHistoryVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::publish_inner_app_version`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PublishInnerAppVersionRequest {
    /// `appVersionId`.
    pub app_version_id: i64,
    /// `miniAppOnPc`.
    pub mini_app_on_pc: Option<bool>,
    /// `opUnionId`.
    pub op_union_id: String,
    /// `publishType`.
    pub publish_type: Option<String>,
}
impl PublishInnerAppVersionRequest {
    /// A `PublishInnerAppVersionRequest` with its required fields (`appVersionId`, `opUnionId`); set the others with the methods named after them.
    pub fn new(app_version_id: i64, op_union_id: impl Into<String>) -> Self {
        Self {
            app_version_id,
            mini_app_on_pc: None,
            op_union_id: op_union_id.into(),
            publish_type: None,
        }
    }
    /// Sets `miniAppOnPc`.
    pub fn mini_app_on_pc(mut self, value: bool) -> Self {
        self.mini_app_on_pc = Some(value);
        self
    }
    /// Sets `publishType`.
    pub fn publish_type(mut self, value: impl Into<String>) -> Self {
        self.publish_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PublishInnerAppVersionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appVersionId", &self.app_version_id)?;
        object.optional("miniAppOnPc", &self.mini_app_on_pc)?;
        object.field("opUnionId", &self.op_union_id)?;
        object.optional("publishType", &self.publish_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PublishInnerAppVersionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PublishInnerAppVersionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appVersionId" => rt::read_field(map, &mut self.app_version_id),
            "miniAppOnPc" => rt::read_field(map, &mut self.mini_app_on_pc),
            "opUnionId" => rt::read_field(map, &mut self.op_union_id),
            "publishType" => rt::read_field(map, &mut self.publish_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PublishInnerAppVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_create_enterprise_agent`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCreateEnterpriseAgentRequest {
    /// `taskId`.
    pub task_id: Option<String>,
    /// `userid`.
    pub userid: Option<String>,
}
impl QueryCreateEnterpriseAgentRequest {
    /// An empty `QueryCreateEnterpriseAgentRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
    /// Sets `userid`.
    pub fn userid(mut self, value: impl Into<String>) -> Self {
        self.userid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryCreateEnterpriseAgentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("userid", &self.userid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCreateEnterpriseAgentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCreateEnterpriseAgentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            "userid" => rt::read_field(map, &mut self.userid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCreateEnterpriseAgentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::rebuild_role_scope_for_app_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RebuildRoleScopeForAppRoleRequest {
    /// `deptIdList`.
    pub dept_id_list: Option<Vec<i64>>,
    /// `opUserId`.
    pub op_user_id: String,
    /// `scopeType`.
    pub scope_type: String,
    /// `scopeVersion`.
    pub scope_version: i64,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
impl RebuildRoleScopeForAppRoleRequest {
    /// A `RebuildRoleScopeForAppRoleRequest` with its required fields (`opUserId`, `scopeType`, `scopeVersion`); set the others with the methods named after them.
    pub fn new(
        op_user_id: impl Into<String>,
        scope_type: impl Into<String>,
        scope_version: i64,
    ) -> Self {
        Self {
            dept_id_list: None,
            op_user_id: op_user_id.into(),
            scope_type: scope_type.into(),
            scope_version,
            user_id_list: None,
        }
    }
    /// Sets `deptIdList`.
    pub fn dept_id_list(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dept_id_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `userIdList`.
    pub fn user_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for RebuildRoleScopeForAppRoleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIdList", &self.dept_id_list)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("scopeType", &self.scope_type)?;
        object.field("scopeVersion", &self.scope_version)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RebuildRoleScopeForAppRoleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RebuildRoleScopeForAppRoleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIdList" => rt::read_field(map, &mut self.dept_id_list),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "scopeType" => rt::read_field(map, &mut self.scope_type),
            "scopeVersion" => rt::read_field(map, &mut self.scope_version),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RebuildRoleScopeForAppRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::register_custom_app_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RegisterCustomAppRoleRequest {
    /// `canManageRole`.
    pub can_manage_role: Option<bool>,
    /// `opUserId`.
    pub op_user_id: String,
    /// `roleName`.
    pub role_name: String,
}
impl RegisterCustomAppRoleRequest {
    /// A `RegisterCustomAppRoleRequest` with its required fields (`opUserId`, `roleName`); set the others with the methods named after them.
    pub fn new(op_user_id: impl Into<String>, role_name: impl Into<String>) -> Self {
        Self {
            can_manage_role: None,
            op_user_id: op_user_id.into(),
            role_name: role_name.into(),
        }
    }
    /// Sets `canManageRole`.
    pub fn can_manage_role(mut self, value: bool) -> Self {
        self.can_manage_role = Some(value);
        self
    }
}
impl rt::serde::Serialize for RegisterCustomAppRoleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("canManageRole", &self.can_manage_role)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("roleName", &self.role_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RegisterCustomAppRoleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RegisterCustomAppRoleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "canManageRole" => rt::read_field(map, &mut self.can_manage_role),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "roleName" => rt::read_field(map, &mut self.role_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RegisterCustomAppRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_apaas_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveApaasAppRequest {
    /// `bizAppId`.
    pub biz_app_id: String,
    /// `opUserId`.
    pub op_user_id: String,
}
impl RemoveApaasAppRequest {
    /// A `RemoveApaasAppRequest` with its required fields (`bizAppId`, `opUserId`); set the others with the methods named after them.
    pub fn new(biz_app_id: impl Into<String>, op_user_id: impl Into<String>) -> Self {
        Self {
            biz_app_id: biz_app_id.into(),
            op_user_id: op_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for RemoveApaasAppRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizAppId", &self.biz_app_id)?;
        object.field("opUserId", &self.op_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveApaasAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveApaasAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizAppId" => rt::read_field(map, &mut self.biz_app_id),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveApaasAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_member_for_app_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveMemberForAppRoleRequest {
    /// `deptIdList`.
    pub dept_id_list: Option<Vec<i64>>,
    /// `opUserId`.
    pub op_user_id: String,
    /// `scopeVersion`.
    pub scope_version: i64,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
impl RemoveMemberForAppRoleRequest {
    /// A `RemoveMemberForAppRoleRequest` with its required fields (`opUserId`, `scopeVersion`); set the others with the methods named after them.
    pub fn new(op_user_id: impl Into<String>, scope_version: i64) -> Self {
        Self {
            dept_id_list: None,
            op_user_id: op_user_id.into(),
            scope_version,
            user_id_list: None,
        }
    }
    /// Sets `deptIdList`.
    pub fn dept_id_list(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dept_id_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `userIdList`.
    pub fn user_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for RemoveMemberForAppRoleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIdList", &self.dept_id_list)?;
        object.field("opUserId", &self.op_user_id)?;
        object.field("scopeVersion", &self.scope_version)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveMemberForAppRoleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveMemberForAppRoleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIdList" => rt::read_field(map, &mut self.dept_id_list),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            "scopeVersion" => rt::read_field(map, &mut self.scope_version),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveMemberForAppRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::rollback_inner_app_version`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RollbackInnerAppVersionRequest {
    /// `appVersionId`.
    pub app_version_id: i64,
    /// `opUnionId`.
    pub op_union_id: String,
}
impl RollbackInnerAppVersionRequest {
    /// A `RollbackInnerAppVersionRequest` with its required fields (`appVersionId`, `opUnionId`); set the others with the methods named after them.
    pub fn new(app_version_id: i64, op_union_id: impl Into<String>) -> Self {
        Self {
            app_version_id,
            op_union_id: op_union_id.into(),
        }
    }
}
impl rt::serde::Serialize for RollbackInnerAppVersionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appVersionId", &self.app_version_id)?;
        object.field("opUnionId", &self.op_union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RollbackInnerAppVersionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RollbackInnerAppVersionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appVersionId" => rt::read_field(map, &mut self.app_version_id),
            "opUnionId" => rt::read_field(map, &mut self.op_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RollbackInnerAppVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::set_micro_app_scope`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SetMicroAppScopeRequest {
    /// `addDeptIds`.
    pub add_dept_ids: Option<Vec<i64>>,
    /// `addRoleIds`.
    pub add_role_ids: Option<Vec<i64>>,
    /// `addUserIds`.
    pub add_user_ids: Option<Vec<String>>,
    /// `delDeptIds`.
    pub del_dept_ids: Option<Vec<i64>>,
    /// `delRoleIds`.
    pub del_role_ids: Option<Vec<i64>>,
    /// `delUserIds`.
    pub del_user_ids: Option<Vec<String>>,
    /// `onlyAdminVisible`.
    pub only_admin_visible: Option<bool>,
}
impl SetMicroAppScopeRequest {
    /// An empty `SetMicroAppScopeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `addDeptIds`.
    pub fn add_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.add_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `addRoleIds`.
    pub fn add_role_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.add_role_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `addUserIds`.
    pub fn add_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.add_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `delDeptIds`.
    pub fn del_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.del_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `delRoleIds`.
    pub fn del_role_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.del_role_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `delUserIds`.
    pub fn del_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.del_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `onlyAdminVisible`.
    pub fn only_admin_visible(mut self, value: bool) -> Self {
        self.only_admin_visible = Some(value);
        self
    }
}
impl rt::serde::Serialize for SetMicroAppScopeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("addDeptIds", &self.add_dept_ids)?;
        object.optional("addRoleIds", &self.add_role_ids)?;
        object.optional("addUserIds", &self.add_user_ids)?;
        object.optional("delDeptIds", &self.del_dept_ids)?;
        object.optional("delRoleIds", &self.del_role_ids)?;
        object.optional("delUserIds", &self.del_user_ids)?;
        object.optional("onlyAdminVisible", &self.only_admin_visible)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SetMicroAppScopeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SetMicroAppScopeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "addDeptIds" => rt::read_field(map, &mut self.add_dept_ids),
            "addRoleIds" => rt::read_field(map, &mut self.add_role_ids),
            "addUserIds" => rt::read_field(map, &mut self.add_user_ids),
            "delDeptIds" => rt::read_field(map, &mut self.del_dept_ids),
            "delRoleIds" => rt::read_field(map, &mut self.del_role_ids),
            "delUserIds" => rt::read_field(map, &mut self.del_user_ids),
            "onlyAdminVisible" => rt::read_field(map, &mut self.only_admin_visible),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SetMicroAppScopeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::submit_create_enterprise_agent`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitCreateEnterpriseAgentRequest {
    /// `appName`.
    pub app_name: Option<String>,
    /// `desc`.
    pub desc: Option<String>,
    /// `previewMediaId`.
    pub preview_media_id: Option<String>,
    /// `robotMediaId`.
    pub robot_media_id: Option<String>,
    /// `robotName`.
    pub robot_name: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `userid`.
    pub userid: Option<String>,
}
impl SubmitCreateEnterpriseAgentRequest {
    /// An empty `SubmitCreateEnterpriseAgentRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appName`.
    pub fn app_name(mut self, value: impl Into<String>) -> Self {
        self.app_name = Some(value.into());
        self
    }
    /// Sets `desc`.
    pub fn desc(mut self, value: impl Into<String>) -> Self {
        self.desc = Some(value.into());
        self
    }
    /// Sets `previewMediaId`.
    pub fn preview_media_id(mut self, value: impl Into<String>) -> Self {
        self.preview_media_id = Some(value.into());
        self
    }
    /// Sets `robotMediaId`.
    pub fn robot_media_id(mut self, value: impl Into<String>) -> Self {
        self.robot_media_id = Some(value.into());
        self
    }
    /// Sets `robotName`.
    pub fn robot_name(mut self, value: impl Into<String>) -> Self {
        self.robot_name = Some(value.into());
        self
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
    /// Sets `userid`.
    pub fn userid(mut self, value: impl Into<String>) -> Self {
        self.userid = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SubmitCreateEnterpriseAgentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appName", &self.app_name)?;
        object.optional("desc", &self.desc)?;
        object.optional("previewMediaId", &self.preview_media_id)?;
        object.optional("robotMediaId", &self.robot_media_id)?;
        object.optional("robotName", &self.robot_name)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("userid", &self.userid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitCreateEnterpriseAgentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitCreateEnterpriseAgentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appName" => rt::read_field(map, &mut self.app_name),
            "desc" => rt::read_field(map, &mut self.desc),
            "previewMediaId" => rt::read_field(map, &mut self.preview_media_id),
            "robotMediaId" => rt::read_field(map, &mut self.robot_media_id),
            "robotName" => rt::read_field(map, &mut self.robot_name),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "userid" => rt::read_field(map, &mut self.userid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SubmitCreateEnterpriseAgentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_apaas_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateApaasAppRequest {
    /// `appIcon`.
    pub app_icon: String,
    /// `appName`.
    pub app_name: String,
    /// `appStatus`.
    pub app_status: Option<i64>,
    /// `bizAppId`.
    pub biz_app_id: String,
    /// `opUserId`.
    pub op_user_id: String,
}
impl UpdateApaasAppRequest {
    /// A `UpdateApaasAppRequest` with its required fields (`appIcon`, `appName`, `bizAppId`, `opUserId`); set the others with the methods named after them.
    pub fn new(
        app_icon: impl Into<String>,
        app_name: impl Into<String>,
        biz_app_id: impl Into<String>,
        op_user_id: impl Into<String>,
    ) -> Self {
        Self {
            app_icon: app_icon.into(),
            app_name: app_name.into(),
            app_status: None,
            biz_app_id: biz_app_id.into(),
            op_user_id: op_user_id.into(),
        }
    }
    /// Sets `appStatus`.
    pub fn app_status(mut self, value: i64) -> Self {
        self.app_status = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdateApaasAppRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("appIcon", &self.app_icon)?;
        object.field("appName", &self.app_name)?;
        object.optional("appStatus", &self.app_status)?;
        object.field("bizAppId", &self.biz_app_id)?;
        object.field("opUserId", &self.op_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateApaasAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateApaasAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appIcon" => rt::read_field(map, &mut self.app_icon),
            "appName" => rt::read_field(map, &mut self.app_name),
            "appStatus" => rt::read_field(map, &mut self.app_status),
            "bizAppId" => rt::read_field(map, &mut self.biz_app_id),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateApaasAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_app_role_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateAppRoleInfoRequest {
    /// `canManageRole`.
    pub can_manage_role: Option<bool>,
    /// `newRoleName`.
    pub new_role_name: Option<String>,
    /// `opUserId`.
    pub op_user_id: String,
}
impl UpdateAppRoleInfoRequest {
    /// A `UpdateAppRoleInfoRequest` with its required fields (`opUserId`); set the others with the methods named after them.
    pub fn new(op_user_id: impl Into<String>) -> Self {
        Self {
            can_manage_role: None,
            new_role_name: None,
            op_user_id: op_user_id.into(),
        }
    }
    /// Sets `canManageRole`.
    pub fn can_manage_role(mut self, value: bool) -> Self {
        self.can_manage_role = Some(value);
        self
    }
    /// Sets `newRoleName`.
    pub fn new_role_name(mut self, value: impl Into<String>) -> Self {
        self.new_role_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateAppRoleInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("canManageRole", &self.can_manage_role)?;
        object.optional("newRoleName", &self.new_role_name)?;
        object.field("opUserId", &self.op_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateAppRoleInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateAppRoleInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "canManageRole" => rt::read_field(map, &mut self.can_manage_role),
            "newRoleName" => rt::read_field(map, &mut self.new_role_name),
            "opUserId" => rt::read_field(map, &mut self.op_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateAppRoleInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_inner_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateInnerAppRequest {
    /// `desc`.
    pub desc: Option<String>,
    /// `homepageLink`.
    pub homepage_link: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `ipWhiteList`.
    pub ip_white_list: Option<Vec<String>>,
    /// `name`.
    pub name: Option<String>,
    /// `ompLink`.
    pub omp_link: Option<String>,
    /// `opUnionId`.
    pub op_union_id: String,
    /// `pcHomepageLink`.
    pub pc_homepage_link: Option<String>,
}
impl UpdateInnerAppRequest {
    /// A `UpdateInnerAppRequest` with its required fields (`opUnionId`); set the others with the methods named after them.
    pub fn new(op_union_id: impl Into<String>) -> Self {
        Self {
            desc: None,
            homepage_link: None,
            icon: None,
            ip_white_list: None,
            name: None,
            omp_link: None,
            op_union_id: op_union_id.into(),
            pc_homepage_link: None,
        }
    }
    /// Sets `desc`.
    pub fn desc(mut self, value: impl Into<String>) -> Self {
        self.desc = Some(value.into());
        self
    }
    /// Sets `homepageLink`.
    pub fn homepage_link(mut self, value: impl Into<String>) -> Self {
        self.homepage_link = Some(value.into());
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `ipWhiteList`.
    pub fn ip_white_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.ip_white_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `ompLink`.
    pub fn omp_link(mut self, value: impl Into<String>) -> Self {
        self.omp_link = Some(value.into());
        self
    }
    /// Sets `pcHomepageLink`.
    pub fn pc_homepage_link(mut self, value: impl Into<String>) -> Self {
        self.pc_homepage_link = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateInnerAppRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("desc", &self.desc)?;
        object.optional("homepageLink", &self.homepage_link)?;
        object.optional("icon", &self.icon)?;
        object.optional("ipWhiteList", &self.ip_white_list)?;
        object.optional("name", &self.name)?;
        object.optional("ompLink", &self.omp_link)?;
        object.field("opUnionId", &self.op_union_id)?;
        object.optional("pcHomepageLink", &self.pc_homepage_link)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInnerAppRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInnerAppRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "desc" => rt::read_field(map, &mut self.desc),
            "homepageLink" => rt::read_field(map, &mut self.homepage_link),
            "icon" => rt::read_field(map, &mut self.icon),
            "ipWhiteList" => rt::read_field(map, &mut self.ip_white_list),
            "name" => rt::read_field(map, &mut self.name),
            "ompLink" => rt::read_field(map, &mut self.omp_link),
            "opUnionId" => rt::read_field(map, &mut self.op_union_id),
            "pcHomepageLink" => rt::read_field(map, &mut self.pc_homepage_link),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateInnerAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_publish_audit_result`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdatePublishAuditResultRequest {
    /// `agentId`.
    pub agent_id: Option<String>,
    /// `auditId`.
    pub audit_id: Option<String>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `rejectReason`.
    pub reject_reason: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `versionId`.
    pub version_id: Option<String>,
}
impl UpdatePublishAuditResultRequest {
    /// An empty `UpdatePublishAuditResultRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `agentId`.
    pub fn agent_id(mut self, value: impl Into<String>) -> Self {
        self.agent_id = Some(value.into());
        self
    }
    /// Sets `auditId`.
    pub fn audit_id(mut self, value: impl Into<String>) -> Self {
        self.audit_id = Some(value.into());
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `rejectReason`.
    pub fn reject_reason(mut self, value: impl Into<String>) -> Self {
        self.reject_reason = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `versionId`.
    pub fn version_id(mut self, value: impl Into<String>) -> Self {
        self.version_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdatePublishAuditResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentId", &self.agent_id)?;
        object.optional("auditId", &self.audit_id)?;
        object.optional("operatorId", &self.operator_id)?;
        object.optional("rejectReason", &self.reject_reason)?;
        object.optional("status", &self.status)?;
        object.optional("versionId", &self.version_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdatePublishAuditResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdatePublishAuditResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentId" => rt::read_field(map, &mut self.agent_id),
            "auditId" => rt::read_field(map, &mut self.audit_id),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "rejectReason" => rt::read_field(map, &mut self.reject_reason),
            "status" => rt::read_field(map, &mut self.status),
            "versionId" => rt::read_field(map, &mut self.version_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdatePublishAuditResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_robot`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateRobotRequest {
    /// `brief`.
    pub brief: Option<String>,
    /// `chatBotEventUrl`.
    pub chat_bot_event_url: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `iconMediaId`.
    pub icon_media_id: Option<String>,
    /// `mode`.
    pub mode: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `outgoingUrl`.
    pub outgoing_url: Option<String>,
    /// `unifiedAppId`.
    pub unified_app_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl UpdateRobotRequest {
    /// An empty `UpdateRobotRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `brief`.
    pub fn brief(mut self, value: impl Into<String>) -> Self {
        self.brief = Some(value.into());
        self
    }
    /// Sets `chatBotEventUrl`.
    pub fn chat_bot_event_url(mut self, value: impl Into<String>) -> Self {
        self.chat_bot_event_url = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `iconMediaId`.
    pub fn icon_media_id(mut self, value: impl Into<String>) -> Self {
        self.icon_media_id = Some(value.into());
        self
    }
    /// Sets `mode`.
    pub fn mode(mut self, value: i64) -> Self {
        self.mode = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `outgoingUrl`.
    pub fn outgoing_url(mut self, value: impl Into<String>) -> Self {
        self.outgoing_url = Some(value.into());
        self
    }
    /// Sets `unifiedAppId`.
    pub fn unified_app_id(mut self, value: impl Into<String>) -> Self {
        self.unified_app_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateRobotRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("brief", &self.brief)?;
        object.optional("chatBotEventUrl", &self.chat_bot_event_url)?;
        object.optional("description", &self.description)?;
        object.optional("iconMediaId", &self.icon_media_id)?;
        object.optional("mode", &self.mode)?;
        object.optional("name", &self.name)?;
        object.optional("outgoingUrl", &self.outgoing_url)?;
        object.optional("unifiedAppId", &self.unified_app_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateRobotRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateRobotRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "brief" => rt::read_field(map, &mut self.brief),
            "chatBotEventUrl" => rt::read_field(map, &mut self.chat_bot_event_url),
            "description" => rt::read_field(map, &mut self.description),
            "iconMediaId" => rt::read_field(map, &mut self.icon_media_id),
            "mode" => rt::read_field(map, &mut self.mode),
            "name" => rt::read_field(map, &mut self.name),
            "outgoingUrl" => rt::read_field(map, &mut self.outgoing_url),
            "unifiedAppId" => rt::read_field(map, &mut self.unified_app_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_app_roles_to_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddAppRolesToMemberError = rt::ServiceError;
/// An error reply of [`Api::add_app_to_work_bench_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddAppToWorkBenchGroupError = rt::ServiceError;
/// An error reply of [`Api::add_member_to_app_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddMemberToAppRoleError = rt::ServiceError;
/// An error reply of [`Api::anhei_p`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AnheiPError = rt::ServiceError;
/// An error reply of [`Api::anhei_test888`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AnheiTest888Error = rt::ServiceError;
/// An error reply of [`Api::anhei_test_b`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AnheiTestBError = rt::ServiceError;
/// An error reply of [`Api::anhei_test_nine`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AnheiTestNineError = rt::ServiceError;
/// An error reply of [`Api::app_status_manager_test`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AppStatusManagerTestError = rt::ServiceError;
/// An error reply of [`Api::ayun_test`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AyunTestError = rt::ServiceError;
/// An error reply of [`Api::ayun_test_online`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AyunTestOnlineError = rt::ServiceError;
/// An error reply of [`Api::create_agent`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAgentError = rt::ServiceError;
/// An error reply of [`Api::create_apaas_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateApaasAppError = rt::ServiceError;
/// An error reply of [`Api::create_inner_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateInnerAppError = rt::ServiceError;
/// An error reply of [`Api::delete_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteAppError = rt::ServiceError;
/// An error reply of [`Api::delete_app_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteAppRoleError = rt::ServiceError;
/// An error reply of [`Api::delete_inner_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteInnerAppError = rt::ServiceError;
/// An error reply of [`Api::enable_robot`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EnableRobotError = rt::ServiceError;
/// An error reply of [`Api::get_apaas_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetApaasAppError = rt::ServiceError;
/// An error reply of [`Api::get_app_resource_use_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAppResourceUseInfoError = rt::ServiceError;
/// An error reply of [`Api::get_app_role_scope_by_role_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAppRoleScopeByRoleIdError = rt::ServiceError;
/// An error reply of [`Api::get_inner_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInnerAppError = rt::ServiceError;
/// An error reply of [`Api::get_inner_app_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInnerAppInfoError = rt::ServiceError;
/// An error reply of [`Api::get_micro_app_scope`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMicroAppScopeError = rt::ServiceError;
/// An error reply of [`Api::get_micro_app_user_access`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMicroAppUserAccessError = rt::ServiceError;
/// An error reply of [`Api::get_publish_audit`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPublishAuditError = rt::ServiceError;
/// An error reply of [`Api::get_user_app_dev_access`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserAppDevAccessError = rt::ServiceError;
/// An error reply of [`Api::get_version_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetVersionInfoError = rt::ServiceError;
/// An error reply of [`Api::inactive_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InactiveAppError = rt::ServiceError;
/// An error reply of [`Api::is_org_micro_app_visible_by_user_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IsOrgMicroAppVisibleByUserIdError = rt::ServiceError;
/// An error reply of [`Api::list_all_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAllAppError = rt::ServiceError;
/// An error reply of [`Api::list_all_inner_apps`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAllInnerAppsError = rt::ServiceError;
/// An error reply of [`Api::list_app_by_client_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAppByClientIdError = rt::ServiceError;
/// An error reply of [`Api::list_app_role_scopes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAppRoleScopesError = rt::ServiceError;
/// An error reply of [`Api::list_inner_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListInnerAppError = rt::ServiceError;
/// An error reply of [`Api::list_inner_app_version`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListInnerAppVersionError = rt::ServiceError;
/// An error reply of [`Api::list_pending_publish_audits`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListPendingPublishAuditsError = rt::ServiceError;
/// An error reply of [`Api::list_role_info_by_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListRoleInfoByUserError = rt::ServiceError;
/// An error reply of [`Api::list_user_vileble_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListUserVilebleAppError = rt::ServiceError;
/// An error reply of [`Api::offline_robot`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OfflineRobotError = rt::ServiceError;
/// An error reply of [`Api::page_inner_app_history_version`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PageInnerAppHistoryVersionError = rt::ServiceError;
/// An error reply of [`Api::publish_inner_app_version`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PublishInnerAppVersionError = rt::ServiceError;
/// An error reply of [`Api::query_create_enterprise_agent`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCreateEnterpriseAgentError = rt::ServiceError;
/// An error reply of [`Api::rebuild_role_scope_for_app_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RebuildRoleScopeForAppRoleError = rt::ServiceError;
/// An error reply of [`Api::register_custom_app_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RegisterCustomAppRoleError = rt::ServiceError;
/// An error reply of [`Api::remove_apaas_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveApaasAppError = rt::ServiceError;
/// An error reply of [`Api::remove_member_for_app_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveMemberForAppRoleError = rt::ServiceError;
/// An error reply of [`Api::rollback_inner_app_version`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RollbackInnerAppVersionError = rt::ServiceError;
/// An error reply of [`Api::set_micro_app_scope`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetMicroAppScopeError = rt::ServiceError;
/// An error reply of [`Api::submit_create_enterprise_agent`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubmitCreateEnterpriseAgentError = rt::ServiceError;
/// An error reply of [`Api::update_apaas_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateApaasAppError = rt::ServiceError;
/// An error reply of [`Api::update_app_role_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateAppRoleInfoError = rt::ServiceError;
/// An error reply of [`Api::update_inner_app`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInnerAppError = rt::ServiceError;
/// An error reply of [`Api::update_publish_audit_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdatePublishAuditResultError = rt::ServiceError;
/// An error reply of [`Api::update_robot`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateRobotError = rt::ServiceError;
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
        "AddAppRolesToMember" => {
            rt::conformance::reply(
                    api
                        .add_app_roles_to_member(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "AddAppToWorkBenchGroup" => {
            rt::conformance::reply(
                    api
                        .add_app_to_work_bench_group(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "AddMemberToAppRole" => {
            rt::conformance::reply(
                    api
                        .add_member_to_app_role(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "AnheiP" => rt::conformance::reply(api.anhei_p()).await,
        "AnheiTest888" => rt::conformance::reply(api.anhei_test888()).await,
        "AnheiTestB" => rt::conformance::reply(api.anhei_test_b()).await,
        "AnheiTestNine" => rt::conformance::reply(api.anhei_test_nine()).await,
        "AppStatusManagerTest" => {
            rt::conformance::reply(api.app_status_manager_test(&inputs.request(false)?))
                .await
        }
        "AyunTest" => rt::conformance::reply(api.ayun_test()).await,
        "AyunTestOnline" => rt::conformance::reply(api.ayun_test_online()).await,
        "CreateAgent" => {
            rt::conformance::reply(api.create_agent(&inputs.request(true)?)).await
        }
        "CreateApaasApp" => {
            rt::conformance::reply(api.create_apaas_app(&inputs.request(true)?)).await
        }
        "CreateInnerApp" => {
            rt::conformance::reply(api.create_inner_app(&inputs.request(true)?)).await
        }
        "DeleteApp" => {
            rt::conformance::reply(api.delete_app(&inputs.request(true)?)).await
        }
        "DeleteAppRole" => {
            rt::conformance::reply(
                    api
                        .delete_app_role(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "DeleteInnerApp" => {
            rt::conformance::reply(
                    api.delete_inner_app(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "EnableRobot" => {
            rt::conformance::reply(api.enable_robot(&inputs.request(true)?)).await
        }
        "GetApaasApp" => {
            rt::conformance::reply(api.get_apaas_app(inputs.path(0usize)?)).await
        }
        "GetAppResourceUseInfo" => {
            rt::conformance::reply(
                    api.get_app_resource_use_info(&inputs.request(false)?),
                )
                .await
        }
        "GetAppRoleScopeByRoleId" => {
            rt::conformance::reply(
                    api
                        .get_app_role_scope_by_role_id(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "GetInnerApp" => {
            rt::conformance::reply(api.get_inner_app(inputs.path(0usize)?)).await
        }
        "GetInnerAppInfo" => {
            rt::conformance::reply(api.get_inner_app_info(inputs.path(0usize)?)).await
        }
        "GetMicroAppScope" => {
            rt::conformance::reply(api.get_micro_app_scope(inputs.path(0usize)?)).await
        }
        "GetMicroAppUserAccess" => {
            rt::conformance::reply(
                    api
                        .get_micro_app_user_access(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "GetPublishAudit" => {
            rt::conformance::reply(api.get_publish_audit(&inputs.request(true)?)).await
        }
        "GetUserAppDevAccess" => {
            rt::conformance::reply(api.get_user_app_dev_access(inputs.path(0usize)?))
                .await
        }
        "GetVersionInfo" => {
            rt::conformance::reply(api.get_version_info(&inputs.request(false)?)).await
        }
        "InactiveApp" => {
            rt::conformance::reply(api.inactive_app(&inputs.request(true)?)).await
        }
        "IsOrgMicroAppVisibleByUserId" => {
            rt::conformance::reply(
                    api.is_org_micro_app_visible_by_user_id(&inputs.request(true)?),
                )
                .await
        }
        "ListAllApp" => rt::conformance::reply(api.list_all_app()).await,
        "ListAllInnerApps" => rt::conformance::reply(api.list_all_inner_apps()).await,
        "ListAppByClientId" => rt::conformance::reply(api.list_app_by_client_id()).await,
        "ListAppRoleScopes" => {
            rt::conformance::reply(
                    api
                        .list_app_role_scopes(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListInnerApp" => {
            rt::conformance::reply(api.list_inner_app(&inputs.request(false)?)).await
        }
        "ListInnerAppVersion" => {
            rt::conformance::reply(api.list_inner_app_version(inputs.path(0usize)?))
                .await
        }
        "ListPendingPublishAudits" => {
            rt::conformance::reply(
                    api.list_pending_publish_audits(&inputs.request(true)?),
                )
                .await
        }
        "ListRoleInfoByUser" => {
            rt::conformance::reply(
                    api
                        .list_role_info_by_user(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "ListUserVilebleApp" => {
            rt::conformance::reply(api.list_user_vileble_app(inputs.path(0usize)?)).await
        }
        "OfflineRobot" => {
            rt::conformance::reply(api.offline_robot(&inputs.request(false)?)).await
        }
        "PageInnerAppHistoryVersion" => {
            rt::conformance::reply(
                    api
                        .page_inner_app_history_version(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "PublishInnerAppVersion" => {
            rt::conformance::reply(
                    api
                        .publish_inner_app_version(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "QueryCreateEnterpriseAgent" => {
            rt::conformance::reply(
                    api.query_create_enterprise_agent(&inputs.request(true)?),
                )
                .await
        }
        "RebuildRoleScopeForAppRole" => {
            rt::conformance::reply(
                    api
                        .rebuild_role_scope_for_app_role(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "RegisterCustomAppRole" => {
            rt::conformance::reply(
                    api
                        .register_custom_app_role(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "RemoveApaasApp" => {
            rt::conformance::reply(api.remove_apaas_app(&inputs.request(true)?)).await
        }
        "RemoveMemberForAppRole" => {
            rt::conformance::reply(
                    api
                        .remove_member_for_app_role(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "RollbackInnerAppVersion" => {
            rt::conformance::reply(
                    api
                        .rollback_inner_app_version(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SetMicroAppScope" => {
            rt::conformance::reply(
                    api.set_micro_app_scope(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "SubmitCreateEnterpriseAgent" => {
            rt::conformance::reply(
                    api.submit_create_enterprise_agent(&inputs.request(true)?),
                )
                .await
        }
        "UpdateApaasApp" => {
            rt::conformance::reply(api.update_apaas_app(&inputs.request(true)?)).await
        }
        "UpdateAppRoleInfo" => {
            rt::conformance::reply(
                    api
                        .update_app_role_info(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateInnerApp" => {
            rt::conformance::reply(
                    api.update_inner_app(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "UpdatePublishAuditResult" => {
            rt::conformance::reply(
                    api.update_publish_audit_result(&inputs.request(true)?),
                )
                .await
        }
        "UpdateRobot" => {
            rt::conformance::reply(api.update_robot(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
