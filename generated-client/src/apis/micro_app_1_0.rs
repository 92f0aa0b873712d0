// @generated from api-spec/micro_app_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 应用管理 (Micro Apps)：企业应用、角色与工作台分组。
//!
//! 54 operations, methods of [`Api`] (`client.micro_app_1_0()`), behind the cargo feature `micro_app_1_0`; its paths start with `/v1.0/microApp/`.
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
    /// `PUT /v1.0/microApp/apps/{agentId}/members/roles`: DingTalk's `AddAppRolesToMember` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddAppRolesToMember")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}/members/roles")]
    #[doc(alias = "PUT /v1.0/microApp/apps/{agentId}/members/roles")]
    pub fn add_app_roles_to_member(
        &self,
        agent_id: &str,
        request: &AddAppRolesToMemberRequest,
    ) -> rt::Call<AddAppRolesToMemberResponseBody, AddAppRolesToMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddAppRolesToMember",
            rt::Method::Put,
            "/v1.0/microApp/apps/{agentId}/members/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 添加应用到工作台分组
    ///
    /// `POST /v1.0/microApp/apps/{agentId}/addToWorkBenchGroup`: DingTalk's `AddAppToWorkBenchGroup` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddAppToWorkBenchGroup")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}/addToWorkBenchGroup")]
    #[doc(alias = "POST /v1.0/microApp/apps/{agentId}/addToWorkBenchGroup")]
    pub fn add_app_to_work_bench_group(
        &self,
        agent_id: &str,
        request: &AddAppToWorkBenchGroupRequest,
    ) -> rt::Call<AddAppToWorkBenchGroupResponseBody, AddAppToWorkBenchGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddAppToWorkBenchGroup",
            rt::Method::Post,
            "/v1.0/microApp/apps/{agentId}/addToWorkBenchGroup",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 给指定角色添加人员
    ///
    /// `POST /v1.0/microApp/apps/{agentId}/roles/{roleId}/members`: DingTalk's `AddMemberToAppRole` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    /// - `role_id`: `{roleId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddMemberToAppRole")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}/roles/{roleId}/members")]
    #[doc(alias = "POST /v1.0/microApp/apps/{agentId}/roles/{roleId}/members")]
    pub fn add_member_to_app_role(
        &self,
        agent_id: &str,
        role_id: &str,
        request: &AddMemberToAppRoleRequest,
    ) -> rt::Call<AddMemberToAppRoleResponseBody, AddMemberToAppRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddMemberToAppRole",
            rt::Method::Post,
            "/v1.0/microApp/apps/{agentId}/roles/{roleId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, role_id], request)
    }
    /// AnheiP
    ///
    /// `GET /v1.0/microApp/anheiP`: DingTalk's `AnheiP` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AnheiP")]
    #[doc(alias = "/v1.0/microApp/anheiP")]
    #[doc(alias = "GET /v1.0/microApp/anheiP")]
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
    /// `POST /v1.0/microApp/anheiTest888`: DingTalk's `AnheiTest888` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AnheiTest888")]
    #[doc(alias = "/v1.0/microApp/anheiTest888")]
    #[doc(alias = "POST /v1.0/microApp/anheiTest888")]
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
    /// `PUT /v1.0/microApp/anheiTestB`: DingTalk's `AnheiTestB` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AnheiTestB")]
    #[doc(alias = "/v1.0/microApp/anheiTestB")]
    #[doc(alias = "PUT /v1.0/microApp/anheiTestB")]
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
    /// `POST /v1.0/microApp/anheiTestNine`: DingTalk's `AnheiTestNine` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AnheiTestNine")]
    #[doc(alias = "/v1.0/microApp/anheiTestNine")]
    #[doc(alias = "POST /v1.0/microApp/anheiTestNine")]
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
    /// `GET /v1.0/microApp/manager/test`: DingTalk's `AppStatusManagerTest` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AppStatusManagerTest")]
    #[doc(alias = "/v1.0/microApp/manager/test")]
    #[doc(alias = "GET /v1.0/microApp/manager/test")]
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
    /// `GET /v1.0/microApp/ayun/test`: DingTalk's `AyunTest` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AyunTest")]
    #[doc(alias = "/v1.0/microApp/ayun/test")]
    #[doc(alias = "GET /v1.0/microApp/ayun/test")]
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
    /// `GET /v1.0/microApp/ayunTest`: DingTalk's `AyunTestOnline` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AyunTestOnline")]
    #[doc(alias = "/v1.0/microApp/ayunTest")]
    #[doc(alias = "GET /v1.0/microApp/ayunTest")]
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
    /// `POST /v1.0/microApp/agent/create`: DingTalk's `CreateAgent` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAgent")]
    #[doc(alias = "/v1.0/microApp/agent/create")]
    #[doc(alias = "POST /v1.0/microApp/agent/create")]
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
    /// `POST /v1.0/microApp/apaasApps`: DingTalk's `CreateApaasApp` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateApaasApp")]
    #[doc(alias = "/v1.0/microApp/apaasApps")]
    #[doc(alias = "POST /v1.0/microApp/apaasApps")]
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
    /// `POST /v1.0/microApp/apps`: DingTalk's `CreateInnerApp` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateInnerApp")]
    #[doc(alias = "/v1.0/microApp/apps")]
    #[doc(alias = "POST /v1.0/microApp/apps")]
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
    /// `POST /v1.0/microApp/app/delete`: DingTalk's `DeleteApp` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteApp")]
    #[doc(alias = "/v1.0/microApp/app/delete")]
    #[doc(alias = "POST /v1.0/microApp/app/delete")]
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
    /// `DELETE /v1.0/microApp/apps/{agentId}/roles/{roleId}`: DingTalk's `DeleteAppRole` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    /// - `role_id`: `{roleId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteAppRole")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}/roles/{roleId}")]
    #[doc(alias = "DELETE /v1.0/microApp/apps/{agentId}/roles/{roleId}")]
    pub fn delete_app_role(
        &self,
        agent_id: &str,
        role_id: &str,
        request: &DeleteAppRoleRequest,
    ) -> rt::Call<DeleteAppRoleResponseBody, DeleteAppRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteAppRole",
            rt::Method::Delete,
            "/v1.0/microApp/apps/{agentId}/roles/{roleId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, role_id], request)
    }
    /// 删除企业内部应用
    ///
    /// `DELETE /v1.0/microApp/apps/{agentId}`: DingTalk's `DeleteInnerApp` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteInnerApp")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}")]
    #[doc(alias = "DELETE /v1.0/microApp/apps/{agentId}")]
    pub fn delete_inner_app(
        &self,
        agent_id: &str,
        request: &DeleteInnerAppRequest,
    ) -> rt::Call<DeleteInnerAppResponseBody, DeleteInnerAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteInnerApp",
            rt::Method::Delete,
            "/v1.0/microApp/apps/{agentId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 启用机器人
    ///
    /// `POST /v1.0/microApp/robot/enable`: DingTalk's `EnableRobot` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EnableRobot")]
    #[doc(alias = "/v1.0/microApp/robot/enable")]
    #[doc(alias = "POST /v1.0/microApp/robot/enable")]
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
    /// `GET /v1.0/microApp/apaasApps/{bizAppId}`: DingTalk's `GetApaasApp` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `biz_app_id`: `{bizAppId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetApaasApp")]
    #[doc(alias = "/v1.0/microApp/apaasApps/{bizAppId}")]
    #[doc(alias = "GET /v1.0/microApp/apaasApps/{bizAppId}")]
    pub fn get_apaas_app(
        &self,
        biz_app_id: &str,
    ) -> rt::Call<GetApaasAppResponseBody, GetApaasAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetApaasApp",
            rt::Method::Get,
            "/v1.0/microApp/apaasApps/{bizAppId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[biz_app_id], &())
    }
    /// 获取应用资源用量信息
    ///
    /// `GET /v1.0/microApp/resources/useInfos`: DingTalk's `GetAppResourceUseInfo` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAppResourceUseInfo")]
    #[doc(alias = "/v1.0/microApp/resources/useInfos")]
    #[doc(alias = "GET /v1.0/microApp/resources/useInfos")]
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
    /// `GET /v1.0/microApp/apps/{agentId}/roles/{roleId}/scopes`: DingTalk's `GetAppRoleScopeByRoleId` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    /// - `role_id`: `{roleId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAppRoleScopeByRoleId")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}/roles/{roleId}/scopes")]
    #[doc(alias = "GET /v1.0/microApp/apps/{agentId}/roles/{roleId}/scopes")]
    pub fn get_app_role_scope_by_role_id(
        &self,
        agent_id: &str,
        role_id: &str,
    ) -> rt::Call<GetAppRoleScopeByRoleIdResponseBody, GetAppRoleScopeByRoleIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAppRoleScopeByRoleId",
            rt::Method::Get,
            "/v1.0/microApp/apps/{agentId}/roles/{roleId}/scopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, role_id], &())
    }
    /// 获取企业内部应用
    ///
    /// `GET /v1.0/microApp/apps/inner/{agentId}`: DingTalk's `GetInnerApp` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetInnerApp")]
    #[doc(alias = "/v1.0/microApp/apps/inner/{agentId}")]
    #[doc(alias = "GET /v1.0/microApp/apps/inner/{agentId}")]
    pub fn get_inner_app(
        &self,
        agent_id: &str,
    ) -> rt::Call<GetInnerAppResponseBody, GetInnerAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInnerApp",
            rt::Method::Get,
            "/v1.0/microApp/apps/inner/{agentId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], &())
    }
    /// 获取企业内部应用信息
    ///
    /// `GET /v1.0/microApp/apps/innerapps/{agentId}`: DingTalk's `GetInnerAppInfo` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetInnerAppInfo")]
    #[doc(alias = "/v1.0/microApp/apps/innerapps/{agentId}")]
    #[doc(alias = "GET /v1.0/microApp/apps/innerapps/{agentId}")]
    pub fn get_inner_app_info(
        &self,
        agent_id: &str,
    ) -> rt::Call<GetInnerAppInfoResponseBody, GetInnerAppInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInnerAppInfo",
            rt::Method::Get,
            "/v1.0/microApp/apps/innerapps/{agentId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], &())
    }
    /// 获取企业应用的可使用范围
    ///
    /// `GET /v1.0/microApp/apps/{agentId}/scopes`: DingTalk's `GetMicroAppScope` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMicroAppScope")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}/scopes")]
    #[doc(alias = "GET /v1.0/microApp/apps/{agentId}/scopes")]
    pub fn get_micro_app_scope(
        &self,
        agent_id: &str,
    ) -> rt::Call<GetMicroAppScopeResponseBody, GetMicroAppScopeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMicroAppScope",
            rt::Method::Get,
            "/v1.0/microApp/apps/{agentId}/scopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], &())
    }
    /// 获取用户对应用的管理权限
    ///
    /// `GET /v1.0/microApp/apps/{agentId}/users/{userId}/adminAccess`: DingTalk's `GetMicroAppUserAccess` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMicroAppUserAccess")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}/users/{userId}/adminAccess")]
    #[doc(alias = "GET /v1.0/microApp/apps/{agentId}/users/{userId}/adminAccess")]
    pub fn get_micro_app_user_access(
        &self,
        agent_id: &str,
        user_id: &str,
    ) -> rt::Call<GetMicroAppUserAccessResponseBody, GetMicroAppUserAccessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMicroAppUserAccess",
            rt::Method::Get,
            "/v1.0/microApp/apps/{agentId}/users/{userId}/adminAccess",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, user_id], &())
    }
    /// 查询企业内部应用审核详情
    ///
    /// `POST /v1.0/microApp/enterpriseSelfBuiltPublishAudit/detail`: DingTalk's `GetPublishAudit` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPublishAudit")]
    #[doc(alias = "/v1.0/microApp/enterpriseSelfBuiltPublishAudit/detail")]
    #[doc(alias = "POST /v1.0/microApp/enterpriseSelfBuiltPublishAudit/detail")]
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
    /// `GET /v1.0/microApp/users/{userId}/devAccesses`: DingTalk's `GetUserAppDevAccess` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserAppDevAccess")]
    #[doc(alias = "/v1.0/microApp/users/{userId}/devAccesses")]
    #[doc(alias = "GET /v1.0/microApp/users/{userId}/devAccesses")]
    pub fn get_user_app_dev_access(
        &self,
        user_id: &str,
    ) -> rt::Call<GetUserAppDevAccessResponseBody, GetUserAppDevAccessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserAppDevAccess",
            rt::Method::Get,
            "/v1.0/microApp/users/{userId}/devAccesses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 获取版本-仅用于测试
    ///
    /// `GET /v1.0/microApp/getVersionInfo`: DingTalk's `GetVersionInfo` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetVersionInfo")]
    #[doc(alias = "/v1.0/microApp/getVersionInfo")]
    #[doc(alias = "GET /v1.0/microApp/getVersionInfo")]
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
    /// `POST /v1.0/microApp/app/inactive`: DingTalk's `InactiveApp` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InactiveApp")]
    #[doc(alias = "/v1.0/microApp/app/inactive")]
    #[doc(alias = "POST /v1.0/microApp/app/inactive")]
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
    /// `POST /v1.0/microApp/visibleScopes/query`: DingTalk's `IsOrgMicroAppVisibleByUserId` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IsOrgMicroAppVisibleByUserId")]
    #[doc(alias = "/v1.0/microApp/visibleScopes/query")]
    #[doc(alias = "POST /v1.0/microApp/visibleScopes/query")]
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
    /// `GET /v1.0/microApp/allApps`: DingTalk's `ListAllApp` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAllApp")]
    #[doc(alias = "/v1.0/microApp/allApps")]
    #[doc(alias = "GET /v1.0/microApp/allApps")]
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
    /// `GET /v1.0/microApp/allInnerApps`: DingTalk's `ListAllInnerApps` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAllInnerApps")]
    #[doc(alias = "/v1.0/microApp/allInnerApps")]
    #[doc(alias = "GET /v1.0/microApp/allInnerApps")]
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
    /// `GET /v1.0/microApp/app/detail`: DingTalk's `ListAppByClientId` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAppByClientId")]
    #[doc(alias = "/v1.0/microApp/app/detail")]
    #[doc(alias = "GET /v1.0/microApp/app/detail")]
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
    /// `GET /v1.0/microApp/apps/{agentId}/roles`: DingTalk's `ListAppRoleScopes` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_app_role_scopes_pages`].
    #[doc(alias = "ListAppRoleScopes")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}/roles")]
    #[doc(alias = "GET /v1.0/microApp/apps/{agentId}/roles")]
    pub fn list_app_role_scopes(
        &self,
        agent_id: &str,
        request: &ListAppRoleScopesRequest,
    ) -> rt::Call<ListAppRoleScopesResponseBody, ListAppRoleScopesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAppRoleScopes",
            rt::Method::Get,
            "/v1.0/microApp/apps/{agentId}/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 列出企业内部H5应用
    ///
    /// `GET /v1.0/microApp/apps`: DingTalk's `ListInnerApp` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListInnerApp")]
    #[doc(alias = "/v1.0/microApp/apps")]
    #[doc(alias = "GET /v1.0/microApp/apps")]
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
    /// `GET /v1.0/microApp/innerMiniApps/{agentId}/versions`: DingTalk's `ListInnerAppVersion` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListInnerAppVersion")]
    #[doc(alias = "/v1.0/microApp/innerMiniApps/{agentId}/versions")]
    #[doc(alias = "GET /v1.0/microApp/innerMiniApps/{agentId}/versions")]
    pub fn list_inner_app_version(
        &self,
        agent_id: &str,
    ) -> rt::Call<ListInnerAppVersionResponseBody, ListInnerAppVersionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListInnerAppVersion",
            rt::Method::Get,
            "/v1.0/microApp/innerMiniApps/{agentId}/versions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], &())
    }
    /// 分页查询待审核发布审核单
    ///
    /// `POST /v1.0/microApp/enterpriseSelfBuiltPublishAudit/pendingList`: DingTalk's `ListPendingPublishAudits` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_pending_publish_audits_pages`].
    #[doc(alias = "ListPendingPublishAudits")]
    #[doc(alias = "/v1.0/microApp/enterpriseSelfBuiltPublishAudit/pendingList")]
    #[doc(alias = "POST /v1.0/microApp/enterpriseSelfBuiltPublishAudit/pendingList")]
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
    /// `GET /v1.0/microApp/apps/{agentId}/users/{userId}/roles`: DingTalk's `ListRoleInfoByUser` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListRoleInfoByUser")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}/users/{userId}/roles")]
    #[doc(alias = "GET /v1.0/microApp/apps/{agentId}/users/{userId}/roles")]
    pub fn list_role_info_by_user(
        &self,
        agent_id: &str,
        user_id: &str,
    ) -> rt::Call<ListRoleInfoByUserResponseBody, ListRoleInfoByUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListRoleInfoByUser",
            rt::Method::Get,
            "/v1.0/microApp/apps/{agentId}/users/{userId}/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, user_id], &())
    }
    /// 列出用户可见的企业应用
    ///
    /// `GET /v1.0/microApp/users/{userId}/apps`: DingTalk's `ListUserVilebleApp` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListUserVilebleApp")]
    #[doc(alias = "/v1.0/microApp/users/{userId}/apps")]
    #[doc(alias = "GET /v1.0/microApp/users/{userId}/apps")]
    pub fn list_user_vileble_app(
        &self,
        user_id: &str,
    ) -> rt::Call<ListUserVilebleAppResponseBody, ListUserVilebleAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListUserVilebleApp",
            rt::Method::Get,
            "/v1.0/microApp/users/{userId}/apps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 停用机器人
    ///
    /// `POST /v1.0/microApp/robot/offline`: DingTalk's `OfflineRobot` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OfflineRobot")]
    #[doc(alias = "/v1.0/microApp/robot/offline")]
    #[doc(alias = "POST /v1.0/microApp/robot/offline")]
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
    /// `GET /v1.0/microApp/innerMiniApps/{agentId}/historyVersions`: DingTalk's `PageInnerAppHistoryVersion` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::page_inner_app_history_version_pages`].
    #[doc(alias = "PageInnerAppHistoryVersion")]
    #[doc(alias = "/v1.0/microApp/innerMiniApps/{agentId}/historyVersions")]
    #[doc(alias = "GET /v1.0/microApp/innerMiniApps/{agentId}/historyVersions")]
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
            "/v1.0/microApp/innerMiniApps/{agentId}/historyVersions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 发布企业内部小程序版本
    ///
    /// `POST /v1.0/microApp/innerMiniApps/{agentId}/versions/publish`: DingTalk's `PublishInnerAppVersion` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PublishInnerAppVersion")]
    #[doc(alias = "/v1.0/microApp/innerMiniApps/{agentId}/versions/publish")]
    #[doc(alias = "POST /v1.0/microApp/innerMiniApps/{agentId}/versions/publish")]
    pub fn publish_inner_app_version(
        &self,
        agent_id: &str,
        request: &PublishInnerAppVersionRequest,
    ) -> rt::Call<PublishInnerAppVersionResponseBody, PublishInnerAppVersionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PublishInnerAppVersion",
            rt::Method::Post,
            "/v1.0/microApp/innerMiniApps/{agentId}/versions/publish",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 查询创建企业自建Agent任务进度
    ///
    /// `POST /v1.0/microApp/agent/create/query`: DingTalk's `QueryCreateEnterpriseAgent` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCreateEnterpriseAgent")]
    #[doc(alias = "/v1.0/microApp/agent/create/query")]
    #[doc(alias = "POST /v1.0/microApp/agent/create/query")]
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
    /// `POST /v1.0/microApp/apps/{agentId}/roles/{roleId}/scopes/rebuild`: DingTalk's `RebuildRoleScopeForAppRole` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    /// - `role_id`: `{roleId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RebuildRoleScopeForAppRole")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}/roles/{roleId}/scopes/rebuild")]
    #[doc(alias = "POST /v1.0/microApp/apps/{agentId}/roles/{roleId}/scopes/rebuild")]
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
            "/v1.0/microApp/apps/{agentId}/roles/{roleId}/scopes/rebuild",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, role_id], request)
    }
    /// 注册自定义应用角色
    ///
    /// `POST /v1.0/microApp/apps/{agentId}/roles`: DingTalk's `RegisterCustomAppRole` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RegisterCustomAppRole")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}/roles")]
    #[doc(alias = "POST /v1.0/microApp/apps/{agentId}/roles")]
    pub fn register_custom_app_role(
        &self,
        agent_id: &str,
        request: &RegisterCustomAppRoleRequest,
    ) -> rt::Call<RegisterCustomAppRoleResponseBody, RegisterCustomAppRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RegisterCustomAppRole",
            rt::Method::Post,
            "/v1.0/microApp/apps/{agentId}/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 删除apaas应用
    ///
    /// `POST /v1.0/microApp/apaasApps/remove`: DingTalk's `RemoveApaasApp` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveApaasApp")]
    #[doc(alias = "/v1.0/microApp/apaasApps/remove")]
    #[doc(alias = "POST /v1.0/microApp/apaasApps/remove")]
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
    /// `POST /v1.0/microApp/apps/{agentId}/roles/{roleId}/members/batchRemove`: DingTalk's `RemoveMemberForAppRole` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    /// - `role_id`: `{roleId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveMemberForAppRole")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}/roles/{roleId}/members/batchRemove")]
    #[doc(
        alias = "POST /v1.0/microApp/apps/{agentId}/roles/{roleId}/members/batchRemove"
    )]
    pub fn remove_member_for_app_role(
        &self,
        agent_id: &str,
        role_id: &str,
        request: &RemoveMemberForAppRoleRequest,
    ) -> rt::Call<RemoveMemberForAppRoleResponseBody, RemoveMemberForAppRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveMemberForAppRole",
            rt::Method::Post,
            "/v1.0/microApp/apps/{agentId}/roles/{roleId}/members/batchRemove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, role_id], request)
    }
    /// 回滚企业内部小程序版本
    ///
    /// `POST /v1.0/microApp/innerMiniApps/{agentId}/versions/rollback`: DingTalk's `RollbackInnerAppVersion` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RollbackInnerAppVersion")]
    #[doc(alias = "/v1.0/microApp/innerMiniApps/{agentId}/versions/rollback")]
    #[doc(alias = "POST /v1.0/microApp/innerMiniApps/{agentId}/versions/rollback")]
    pub fn rollback_inner_app_version(
        &self,
        agent_id: &str,
        request: &RollbackInnerAppVersionRequest,
    ) -> rt::Call<RollbackInnerAppVersionResponseBody, RollbackInnerAppVersionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RollbackInnerAppVersion",
            rt::Method::Post,
            "/v1.0/microApp/innerMiniApps/{agentId}/versions/rollback",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 设置企业应用的可使用范围
    ///
    /// `POST /v1.0/microApp/apps/{agentId}/scopes`: DingTalk's `SetMicroAppScope` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetMicroAppScope")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}/scopes")]
    #[doc(alias = "POST /v1.0/microApp/apps/{agentId}/scopes")]
    pub fn set_micro_app_scope(
        &self,
        agent_id: &str,
        request: &SetMicroAppScopeRequest,
    ) -> rt::Call<SetMicroAppScopeResponseBody, SetMicroAppScopeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetMicroAppScope",
            rt::Method::Post,
            "/v1.0/microApp/apps/{agentId}/scopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 提交创建企业自建Agent
    ///
    /// `POST /v1.0/microApp/enterpriseAgent/submit`: DingTalk's `SubmitCreateEnterpriseAgent` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubmitCreateEnterpriseAgent")]
    #[doc(alias = "/v1.0/microApp/enterpriseAgent/submit")]
    #[doc(alias = "POST /v1.0/microApp/enterpriseAgent/submit")]
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
    /// `PUT /v1.0/microApp/apaasApps`: DingTalk's `UpdateApaasApp` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateApaasApp")]
    #[doc(alias = "/v1.0/microApp/apaasApps")]
    #[doc(alias = "PUT /v1.0/microApp/apaasApps")]
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
    /// `PUT /v1.0/microApp/apps/{agentId}/roles/{roleId}`: DingTalk's `UpdateAppRoleInfo` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    /// - `role_id`: `{roleId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateAppRoleInfo")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}/roles/{roleId}")]
    #[doc(alias = "PUT /v1.0/microApp/apps/{agentId}/roles/{roleId}")]
    pub fn update_app_role_info(
        &self,
        agent_id: &str,
        role_id: &str,
        request: &UpdateAppRoleInfoRequest,
    ) -> rt::Call<UpdateAppRoleInfoResponseBody, UpdateAppRoleInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateAppRoleInfo",
            rt::Method::Put,
            "/v1.0/microApp/apps/{agentId}/roles/{roleId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id, role_id], request)
    }
    /// 更新企业内部应用
    ///
    /// `PUT /v1.0/microApp/apps/{agentId}`: DingTalk's `UpdateInnerApp` (module feature `micro_app_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `agent_id`: `{agentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInnerApp")]
    #[doc(alias = "/v1.0/microApp/apps/{agentId}")]
    #[doc(alias = "PUT /v1.0/microApp/apps/{agentId}")]
    pub fn update_inner_app(
        &self,
        agent_id: &str,
        request: &UpdateInnerAppRequest,
    ) -> rt::Call<UpdateInnerAppResponseBody, UpdateInnerAppError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInnerApp",
            rt::Method::Put,
            "/v1.0/microApp/apps/{agentId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[agent_id], request)
    }
    /// 回写审核结果
    ///
    /// `POST /v1.0/microApp/enterprisePublishAudit/submitResult`: DingTalk's `UpdatePublishAuditResult` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdatePublishAuditResult")]
    #[doc(alias = "/v1.0/microApp/enterprisePublishAudit/submitResult")]
    #[doc(alias = "POST /v1.0/microApp/enterprisePublishAudit/submitResult")]
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
    /// `POST /v1.0/microApp/robot/update`: DingTalk's `UpdateRobot` (module feature `micro_app_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateRobot")]
    #[doc(alias = "/v1.0/microApp/robot/update")]
    #[doc(alias = "POST /v1.0/microApp/robot/update")]
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
    /// Every page of [`Api::page_inner_app_history_version`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `miniAppVersionList` of each page.
    pub fn page_inner_app_history_version_pages(
        &self,
        agent_id: &str,
        request: &PageInnerAppHistoryVersionRequest,
    ) -> rt::Paginator<
        PageInnerAppHistoryVersionResponseBody,
        PageInnerAppHistoryVersionError,
        PageInnerAppHistoryVersionResponseBodyMiniAppVersionList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["miniAppVersionList"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(
            self.page_inner_app_history_version(agent_id, request),
            &PAGING,
        )
    }
}
/// `AddAppRolesToMemberRequestRoleList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddAppRolesToMemberRequestRoleList {
    /// `roleId`.
    pub role_id: i64,
    /// `scopeVersion`.
    pub scope_version: i64,
}
/// The required fields of [`AddAppRolesToMemberRequestRoleList`], each named where it is set: `AddAppRolesToMemberRequestRoleList::new(AddAppRolesToMemberRequestRoleListRequired { .. })`.
pub struct AddAppRolesToMemberRequestRoleListRequired {
    /// `roleId`: see [`AddAppRolesToMemberRequestRoleList::role_id`].
    pub role_id: i64,
    /// `scopeVersion`: see [`AddAppRolesToMemberRequestRoleList::scope_version`].
    pub scope_version: i64,
}
impl AddAppRolesToMemberRequestRoleList {
    /// A `AddAppRolesToMemberRequestRoleList` with its required fields (`roleId`, `scopeVersion`); set the others with the methods named after them.
    pub fn new(required: AddAppRolesToMemberRequestRoleListRequired) -> Self {
        let AddAppRolesToMemberRequestRoleListRequired { role_id, scope_version } = required;
        Self { role_id, scope_version }
    }
}
rt::impl_serialize! {
    AddAppRolesToMemberRequestRoleList { "roleId" => field(role_id), "scopeVersion" =>
    field(scope_version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddAppRolesToMemberRequestRoleList { "roleId" => read_field(role_id), "scopeVersion"
    => read_field(scope_version) }
}
/// `AddAppRolesToMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddAppRolesToMemberResponseBody {
    /// `result`.
    pub result: Option<Vec<AddAppRolesToMemberResponseBodyResult>>,
}
rt::impl_deserialize! {
    AddAppRolesToMemberResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddAppRolesToMemberResponseBody { "result" => optional(result) }
}
/// `AddAppToWorkBenchGroupResponseBody`, a model several operations share: also named [`DeleteAppRoleResponseBody`], [`DeleteInnerAppResponseBody`], [`GetMicroAppUserAccessResponseBody`], [`GetUserAppDevAccessResponseBody`], [`IsOrgMicroAppVisibleByUserIdResponseBody`], [`PublishInnerAppVersionResponseBody`], [`RollbackInnerAppVersionResponseBody`], [`SetMicroAppScopeResponseBody`], [`UpdateAppRoleInfoResponseBody`], [`UpdateInnerAppResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddAppToWorkBenchGroupResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    AddAppToWorkBenchGroupResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddAppToWorkBenchGroupResponseBody { "result" => optional(result) }
}
/// `AddMemberToAppRoleResponseBody`, a model several operations share: also named [`RebuildRoleScopeForAppRoleResponseBody`], [`RemoveMemberForAppRoleResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddMemberToAppRoleResponseBody {
    /// `latestScopeVersion`.
    pub latest_scope_version: Option<i64>,
}
rt::impl_deserialize! {
    AddMemberToAppRoleResponseBody { "latestScopeVersion" =>
    read_field(latest_scope_version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddMemberToAppRoleResponseBody { "latestScopeVersion" =>
    optional(latest_scope_version) }
}
/// `AnheiPResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnheiPResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    AnheiPResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnheiPResponseBody { "result" => optional(result) }
}
/// `AnheiTest888ResponseBody`, a model several operations share: also named [`AnheiTestBResponseBody`], [`AnheiTestNineResponseBody`], [`AppStatusManagerTestResponseBody`], [`AyunTestResponseBody`], [`AyunTestOnlineResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AnheiTest888ResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    AnheiTest888ResponseBody { "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AnheiTest888ResponseBody { "requestId" => optional(request_id) }
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
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    CreateAgentResponseBody { "agentId" => read_field(agent_id), "clientId" =>
    read_field(client_id), "clientSecret" => read_field(client_secret), "robotCode" =>
    read_field(robot_code), "unifiedAppId" => read_field(unified_app_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAgentResponseBody { "agentId" => optional(agent_id), "clientId" =>
    optional(client_id), "clientSecret" => optional(client_secret), "robotCode" =>
    optional(robot_code), "unifiedAppId" => optional(unified_app_id) }
}
/// `CreateApaasAppResponseBody`, a model several operations share: also named [`UpdateApaasAppResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateApaasAppResponseBody {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `bizAppId`.
    pub biz_app_id: Option<String>,
}
rt::impl_deserialize! {
    CreateApaasAppResponseBody { "agentId" => read_field(agent_id), "bizAppId" =>
    read_field(biz_app_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateApaasAppResponseBody { "agentId" => optional(agent_id), "bizAppId" =>
    optional(biz_app_id) }
}
/// `CreateInnerAppResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateInnerAppResponseBody {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `appKey`.
    pub app_key: Option<String>,
    /// `appSecret`.
    pub app_secret: Option<String>,
}
rt::impl_deserialize! {
    CreateInnerAppResponseBody { "agentId" => read_field(agent_id), "appKey" =>
    read_field(app_key), "appSecret" => read_field(app_secret) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateInnerAppResponseBody { "agentId" => optional(agent_id), "appKey" =>
    optional(app_key), "appSecret" => optional(app_secret) }
}
/// `DeleteAppResponseBody`, a model several operations share: also named [`InactiveAppResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DeleteAppResponseBody { "agentId" => read_field(agent_id), "message" =>
    read_field(message), "success" => read_field(success), "unifiedAppId" =>
    read_field(unified_app_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteAppResponseBody { "agentId" => optional(agent_id), "message" =>
    optional(message), "success" => optional(success), "unifiedAppId" =>
    optional(unified_app_id) }
}
/// `DeleteAppRoleResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type DeleteAppRoleResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `DeleteInnerAppResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type DeleteInnerAppResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `EnableRobotResponseBody`, a model several operations share: also named [`OfflineRobotResponseBody`], [`UpdateRobotResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EnableRobotResponseBody {
    /// `success`.
    pub success: Option<bool>,
    /// `unifiedAppId`.
    pub unified_app_id: Option<String>,
}
rt::impl_deserialize! {
    EnableRobotResponseBody { "success" => read_field(success), "unifiedAppId" =>
    read_field(unified_app_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EnableRobotResponseBody { "success" => optional(success), "unifiedAppId" =>
    optional(unified_app_id) }
}
/// `GetApaasAppResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetApaasAppResponseBody {
    /// `agentId`.
    pub agent_id: Option<i64>,
    /// `bizAppId`.
    pub biz_app_id: Option<String>,
    /// `publishStatus`.
    pub publish_status: Option<String>,
}
rt::impl_deserialize! {
    GetApaasAppResponseBody { "agentId" => read_field(agent_id), "bizAppId" =>
    read_field(biz_app_id), "publishStatus" => read_field(publish_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetApaasAppResponseBody { "agentId" => optional(agent_id), "bizAppId" =>
    optional(biz_app_id), "publishStatus" => optional(publish_status) }
}
/// `GetAppResourceUseInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAppResourceUseInfoResponseBody {
    /// `period`.
    pub period: Option<String>,
    /// `usedNum`.
    pub used_num: Option<i64>,
    /// `quotaNum`.
    pub quota_num: Option<i64>,
}
rt::impl_deserialize! {
    GetAppResourceUseInfoResponseBody { "period" => read_field(period), "usedNum" =>
    read_field(used_num), "quotaNum" => read_field(quota_num) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAppResourceUseInfoResponseBody { "period" => optional(period), "usedNum" =>
    optional(used_num), "quotaNum" => optional(quota_num) }
}
/// `GetAppRoleScopeByRoleIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetAppRoleScopeByRoleIdResponseBody { "canManageRole" => read_field(can_manage_role),
    "deptIdList" => read_field(dept_id_list), "roleId" => read_field(role_id), "roleName"
    => read_field(role_name), "scopeType" => read_field(scope_type), "scopeVersion" =>
    read_field(scope_version), "userIdList" => read_field(user_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAppRoleScopeByRoleIdResponseBody { "canManageRole" => optional(can_manage_role),
    "deptIdList" => optional(dept_id_list), "roleId" => optional(role_id), "roleName" =>
    optional(role_name), "scopeType" => optional(scope_type), "scopeVersion" =>
    optional(scope_version), "userIdList" => optional(user_id_list) }
}
/// `GetInnerAppResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetInnerAppResponseBody { "agentId" => read_field(agent_id), "appName" =>
    read_field(app_name), "customerAppId" => read_field(customer_app_id),
    "mobileLoginAddressKey" => read_field(mobile_login_address_key),
    "mobileLoginLoginUrl" => read_field(mobile_login_login_url),
    "mobileOriginalHomepageUrl" => read_field(mobile_original_homepage_url),
    "mobileTransferUrl" => read_field(mobile_transfer_url), "pcEffectiveHomepageUrl" =>
    read_field(pc_effective_homepage_url), "pcLoginAddressKey" =>
    read_field(pc_login_address_key), "pcLoginLoginUrl" =>
    read_field(pc_login_login_url), "pcOriginalHomepageUrl" =>
    read_field(pc_original_homepage_url), "pcTransferUrl" => read_field(pc_transfer_url)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInnerAppResponseBody { "agentId" => optional(agent_id), "appName" =>
    optional(app_name), "customerAppId" => optional(customer_app_id),
    "mobileLoginAddressKey" => optional(mobile_login_address_key), "mobileLoginLoginUrl"
    => optional(mobile_login_login_url), "mobileOriginalHomepageUrl" =>
    optional(mobile_original_homepage_url), "mobileTransferUrl" =>
    optional(mobile_transfer_url), "pcEffectiveHomepageUrl" =>
    optional(pc_effective_homepage_url), "pcLoginAddressKey" =>
    optional(pc_login_address_key), "pcLoginLoginUrl" => optional(pc_login_login_url),
    "pcOriginalHomepageUrl" => optional(pc_original_homepage_url), "pcTransferUrl" =>
    optional(pc_transfer_url) }
}
/// `GetInnerAppInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetInnerAppInfoResponseBody { "agentId" => read_field(agent_id), "appName" =>
    read_field(app_name), "customerAppId" => read_field(customer_app_id),
    "hideDingNavBar" => read_field(hide_ding_nav_bar), "mobileEffectiveHomepageUrl" =>
    read_field(mobile_effective_homepage_url), "mobileLoginAddressKey" =>
    read_field(mobile_login_address_key), "mobileLoginLoginUrl" =>
    read_field(mobile_login_login_url), "mobileLoginRequestMethod" =>
    read_field(mobile_login_request_method), "mobileOriginalHomepageUrl" =>
    read_field(mobile_original_homepage_url), "mobileTransferUrl" =>
    read_field(mobile_transfer_url), "padEffectiveHomepageUrl" =>
    read_field(pad_effective_homepage_url), "padLoginAddressKey" =>
    read_field(pad_login_address_key), "padLoginLoginUrl" =>
    read_field(pad_login_login_url), "padLoginRequestMethod" =>
    read_field(pad_login_request_method), "padOriginalHomepageUrl" =>
    read_field(pad_original_homepage_url), "padTransferUrl" =>
    read_field(pad_transfer_url), "pcEffectiveHomepageUrl" =>
    read_field(pc_effective_homepage_url), "pcLoginAddressKey" =>
    read_field(pc_login_address_key), "pcLoginLoginUrl" =>
    read_field(pc_login_login_url), "pcLoginRequestMethod" =>
    read_field(pc_login_request_method), "pcOriginalHomepageUrl" =>
    read_field(pc_original_homepage_url), "pcTransferUrl" => read_field(pc_transfer_url),
    "ssoH5PageType" => read_field(sso_h5_page_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInnerAppInfoResponseBody { "agentId" => optional(agent_id), "appName" =>
    optional(app_name), "customerAppId" => optional(customer_app_id), "hideDingNavBar" =>
    optional(hide_ding_nav_bar), "mobileEffectiveHomepageUrl" =>
    optional(mobile_effective_homepage_url), "mobileLoginAddressKey" =>
    optional(mobile_login_address_key), "mobileLoginLoginUrl" =>
    optional(mobile_login_login_url), "mobileLoginRequestMethod" =>
    optional(mobile_login_request_method), "mobileOriginalHomepageUrl" =>
    optional(mobile_original_homepage_url), "mobileTransferUrl" =>
    optional(mobile_transfer_url), "padEffectiveHomepageUrl" =>
    optional(pad_effective_homepage_url), "padLoginAddressKey" =>
    optional(pad_login_address_key), "padLoginLoginUrl" => optional(pad_login_login_url),
    "padLoginRequestMethod" => optional(pad_login_request_method),
    "padOriginalHomepageUrl" => optional(pad_original_homepage_url), "padTransferUrl" =>
    optional(pad_transfer_url), "pcEffectiveHomepageUrl" =>
    optional(pc_effective_homepage_url), "pcLoginAddressKey" =>
    optional(pc_login_address_key), "pcLoginLoginUrl" => optional(pc_login_login_url),
    "pcLoginRequestMethod" => optional(pc_login_request_method), "pcOriginalHomepageUrl"
    => optional(pc_original_homepage_url), "pcTransferUrl" => optional(pc_transfer_url),
    "ssoH5PageType" => optional(sso_h5_page_type) }
}
/// `GetMicroAppScopeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMicroAppScopeResponseBody {
    /// `result`.
    pub result: Option<GetMicroAppScopeResponseBodyResult>,
}
rt::impl_deserialize! {
    GetMicroAppScopeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMicroAppScopeResponseBody { "result" => optional(result) }
}
/// `GetMicroAppUserAccessResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type GetMicroAppUserAccessResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `GetPublishAuditResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPublishAuditResponseBody {
    /// `audit`.
    pub audit: Option<GetPublishAuditResponseBodyAudit>,
}
rt::impl_deserialize! {
    GetPublishAuditResponseBody { "audit" => read_field(audit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPublishAuditResponseBody { "audit" => optional(audit) }
}
/// `GetUserAppDevAccessResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type GetUserAppDevAccessResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `GetVersionInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetVersionInfoResponseBody { "arguments" => read_field(arguments), "errorCode" =>
    read_field(error_code), "errorMsg" => read_field(error_msg), "result" =>
    read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetVersionInfoResponseBody { "arguments" => optional(arguments), "errorCode" =>
    optional(error_code), "errorMsg" => optional(error_msg), "result" =>
    optional(result), "success" => optional(success) }
}
/// `InactiveAppResponseBody`: the same model as [`DeleteAppResponseBody`].
pub type InactiveAppResponseBody = DeleteAppResponseBody;
/// `IsOrgMicroAppVisibleByUserIdResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type IsOrgMicroAppVisibleByUserIdResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `ListAllAppResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllAppResponseBody {
    /// `appList`.
    pub app_list: Option<Vec<ListAllAppResponseBodyAppList>>,
}
rt::impl_deserialize! {
    ListAllAppResponseBody { "appList" => read_field(app_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllAppResponseBody { "appList" => optional(app_list) }
}
/// `ListAllInnerAppsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllInnerAppsResponseBody {
    /// `appList`.
    pub app_list: Option<Vec<ListAllInnerAppsResponseBodyAppList>>,
}
rt::impl_deserialize! {
    ListAllInnerAppsResponseBody { "appList" => read_field(app_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllInnerAppsResponseBody { "appList" => optional(app_list) }
}
/// `ListAppByClientIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListAppByClientIdResponseBody { "agentId" => read_field(agent_id), "appId" =>
    read_field(app_id), "appStatus" => read_field(app_status), "desc" =>
    read_field(desc), "developType" => read_field(develop_type), "homepageLink" =>
    read_field(homepage_link), "icon" => read_field(icon), "name" => read_field(name),
    "ompLink" => read_field(omp_link), "pcHomepageLink" => read_field(pc_homepage_link) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAppByClientIdResponseBody { "agentId" => optional(agent_id), "appId" =>
    optional(app_id), "appStatus" => optional(app_status), "desc" => optional(desc),
    "developType" => optional(develop_type), "homepageLink" => optional(homepage_link),
    "icon" => optional(icon), "name" => optional(name), "ompLink" => optional(omp_link),
    "pcHomepageLink" => optional(pc_homepage_link) }
}
/// `ListAppRoleScopesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAppRoleScopesResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<ListAppRoleScopesResponseBodyDataList>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    ListAppRoleScopesResponseBody { "dataList" => read_field(data_list), "hasMore" =>
    read_field(has_more), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAppRoleScopesResponseBody { "dataList" => optional(data_list), "hasMore" =>
    optional(has_more), "nextToken" => optional(next_token) }
}
/// `ListInnerAppResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListInnerAppResponseBody {
    /// `appList`.
    pub app_list: Option<Vec<ListInnerAppResponseBodyAppList>>,
}
rt::impl_deserialize! {
    ListInnerAppResponseBody { "appList" => read_field(app_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListInnerAppResponseBody { "appList" => optional(app_list) }
}
/// `ListInnerAppVersionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListInnerAppVersionResponseBody {
    /// `appVersionList`.
    pub app_version_list: Option<Vec<ListInnerAppVersionResponseBodyAppVersionList>>,
}
rt::impl_deserialize! {
    ListInnerAppVersionResponseBody { "appVersionList" => read_field(app_version_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListInnerAppVersionResponseBody { "appVersionList" => optional(app_version_list) }
}
/// `ListPendingPublishAuditsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPendingPublishAuditsResponseBody {
    /// `auditList`.
    pub audit_list: Option<Vec<ListPendingPublishAuditsResponseBodyAuditList>>,
    /// `hasMore`.
    pub has_more: Option<String>,
    /// `nextPageToken`.
    pub next_page_token: Option<String>,
}
rt::impl_deserialize! {
    ListPendingPublishAuditsResponseBody { "auditList" => read_field(audit_list),
    "hasMore" => read_field(has_more), "nextPageToken" => read_field(next_page_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPendingPublishAuditsResponseBody { "auditList" => optional(audit_list), "hasMore"
    => optional(has_more), "nextPageToken" => optional(next_page_token) }
}
/// `ListRoleInfoByUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListRoleInfoByUserResponseBody {
    /// `result`.
    pub result: Option<Vec<ListRoleInfoByUserResponseBodyResult>>,
}
rt::impl_deserialize! {
    ListRoleInfoByUserResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListRoleInfoByUserResponseBody { "result" => optional(result) }
}
/// `ListUserVilebleAppResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserVilebleAppResponseBody {
    /// `appList`.
    pub app_list: Option<Vec<ListUserVilebleAppResponseBodyAppList>>,
}
rt::impl_deserialize! {
    ListUserVilebleAppResponseBody { "appList" => read_field(app_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserVilebleAppResponseBody { "appList" => optional(app_list) }
}
/// `OfflineRobotResponseBody`: the same model as [`EnableRobotResponseBody`].
pub type OfflineRobotResponseBody = EnableRobotResponseBody;
/// `PageInnerAppHistoryVersionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageInnerAppHistoryVersionResponseBody {
    /// `miniAppVersionList`.
    pub mini_app_version_list: Option<
        Vec<PageInnerAppHistoryVersionResponseBodyMiniAppVersionList>,
    >,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    PageInnerAppHistoryVersionResponseBody { "miniAppVersionList" =>
    read_field(mini_app_version_list), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageInnerAppHistoryVersionResponseBody { "miniAppVersionList" =>
    optional(mini_app_version_list), "totalCount" => optional(total_count) }
}
/// `PublishInnerAppVersionResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type PublishInnerAppVersionResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `QueryCreateEnterpriseAgentResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryCreateEnterpriseAgentResponseBody { "agentId" => read_field(agent_id),
    "clientId" => read_field(client_id), "clientSecret" => read_field(client_secret),
    "errorCode" => read_field(error_code), "errorMsg" => read_field(error_msg),
    "expiresIn" => read_field(expires_in), "gmtCreate" => read_field(gmt_create),
    "gmtModified" => read_field(gmt_modified), "interval" => read_field(interval),
    "retryCount" => read_field(retry_count), "robotCode" => read_field(robot_code),
    "status" => read_field(status), "taskId" => read_field(task_id), "unifiedAppId" =>
    read_field(unified_app_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCreateEnterpriseAgentResponseBody { "agentId" => optional(agent_id), "clientId"
    => optional(client_id), "clientSecret" => optional(client_secret), "errorCode" =>
    optional(error_code), "errorMsg" => optional(error_msg), "expiresIn" =>
    optional(expires_in), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "interval" => optional(interval), "retryCount" =>
    optional(retry_count), "robotCode" => optional(robot_code), "status" =>
    optional(status), "taskId" => optional(task_id), "unifiedAppId" =>
    optional(unified_app_id) }
}
/// `RebuildRoleScopeForAppRoleResponseBody`: the same model as [`AddMemberToAppRoleResponseBody`].
pub type RebuildRoleScopeForAppRoleResponseBody = AddMemberToAppRoleResponseBody;
/// `RegisterCustomAppRoleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RegisterCustomAppRoleResponseBody {
    /// `roleId`.
    pub role_id: Option<i64>,
    /// `scopeVersion`.
    pub scope_version: Option<i64>,
}
rt::impl_deserialize! {
    RegisterCustomAppRoleResponseBody { "roleId" => read_field(role_id), "scopeVersion"
    => read_field(scope_version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RegisterCustomAppRoleResponseBody { "roleId" => optional(role_id), "scopeVersion" =>
    optional(scope_version) }
}
/// `RemoveApaasAppResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RemoveApaasAppResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    RemoveApaasAppResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RemoveApaasAppResponseBody { "result" => optional(result) }
}
/// `RemoveMemberForAppRoleResponseBody`: the same model as [`AddMemberToAppRoleResponseBody`].
pub type RemoveMemberForAppRoleResponseBody = AddMemberToAppRoleResponseBody;
/// `RollbackInnerAppVersionResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type RollbackInnerAppVersionResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `SetMicroAppScopeResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type SetMicroAppScopeResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `SubmitCreateEnterpriseAgentResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    SubmitCreateEnterpriseAgentResponseBody { "expiresIn" => read_field(expires_in),
    "interval" => read_field(interval), "retryCount" => read_field(retry_count), "status"
    => read_field(status), "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SubmitCreateEnterpriseAgentResponseBody { "expiresIn" => optional(expires_in),
    "interval" => optional(interval), "retryCount" => optional(retry_count), "status" =>
    optional(status), "taskId" => optional(task_id) }
}
/// `UpdateApaasAppResponseBody`: the same model as [`CreateApaasAppResponseBody`].
pub type UpdateApaasAppResponseBody = CreateApaasAppResponseBody;
/// `UpdateAppRoleInfoResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type UpdateAppRoleInfoResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `UpdateInnerAppResponseBody`: the same model as [`AddAppToWorkBenchGroupResponseBody`].
pub type UpdateInnerAppResponseBody = AddAppToWorkBenchGroupResponseBody;
/// `UpdatePublishAuditResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdatePublishAuditResultResponseBody {
    /// `accepted`.
    pub accepted: Option<bool>,
    /// `auditId`.
    pub audit_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    UpdatePublishAuditResultResponseBody { "accepted" => read_field(accepted), "auditId"
    => read_field(audit_id), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdatePublishAuditResultResponseBody { "accepted" => optional(accepted), "auditId" =>
    optional(audit_id), "status" => optional(status) }
}
/// `UpdateRobotResponseBody`: the same model as [`EnableRobotResponseBody`].
pub type UpdateRobotResponseBody = EnableRobotResponseBody;
/// `AddAppRolesToMemberResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AddAppRolesToMemberResponseBodyResult { "latestScopeVersion" =>
    read_field(latest_scope_version), "roleId" => read_field(role_id), "subErrorCode" =>
    read_field(sub_error_code), "subErrorMsg" => read_field(sub_error_msg), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddAppRolesToMemberResponseBodyResult { "latestScopeVersion" =>
    optional(latest_scope_version), "roleId" => optional(role_id), "subErrorCode" =>
    optional(sub_error_code), "subErrorMsg" => optional(sub_error_msg), "success" =>
    optional(success) }
}
/// `GetMicroAppScopeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetMicroAppScopeResponseBodyResult { "deptIds" => read_field(dept_ids),
    "onlyAdminVisible" => read_field(only_admin_visible), "roleIds" =>
    read_field(role_ids), "userIds" => read_field(user_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMicroAppScopeResponseBodyResult { "deptIds" => optional(dept_ids),
    "onlyAdminVisible" => optional(only_admin_visible), "roleIds" => optional(role_ids),
    "userIds" => optional(user_ids) }
}
/// `GetPublishAuditResponseBodyAudit`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetPublishAuditResponseBodyAudit { "agentId" => read_field(agent_id), "appIcon" =>
    read_field(app_icon), "appName" => read_field(app_name), "approvalContent" =>
    read_field(approval_content), "auditId" => read_field(audit_id), "corpId" =>
    read_field(corp_id), "creatorUserId" => read_field(creator_user_id), "releaseNote" =>
    read_field(release_note), "sceneType" => read_field(scene_type), "status" =>
    read_field(status), "submitTime" => read_field(submit_time), "version" =>
    read_field(version), "versionDetailUrl" => read_field(version_detail_url),
    "versionId" => read_field(version_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPublishAuditResponseBodyAudit { "agentId" => optional(agent_id), "appIcon" =>
    optional(app_icon), "appName" => optional(app_name), "approvalContent" =>
    optional(approval_content), "auditId" => optional(audit_id), "corpId" =>
    optional(corp_id), "creatorUserId" => optional(creator_user_id), "releaseNote" =>
    optional(release_note), "sceneType" => optional(scene_type), "status" =>
    optional(status), "submitTime" => optional(submit_time), "version" =>
    optional(version), "versionDetailUrl" => optional(version_detail_url), "versionId" =>
    optional(version_id) }
}
/// `ListAllAppResponseBodyAppList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListAllAppResponseBodyAppList { "agentId" => read_field(agent_id), "appId" =>
    read_field(app_id), "appStatus" => read_field(app_status), "desc" =>
    read_field(desc), "developType" => read_field(develop_type), "h5PageType" =>
    read_field(h5_page_type), "homepageLink" => read_field(homepage_link), "icon" =>
    read_field(icon), "name" => read_field(name), "ompLink" => read_field(omp_link),
    "pcHomepageLink" => read_field(pc_homepage_link) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllAppResponseBodyAppList { "agentId" => optional(agent_id), "appId" =>
    optional(app_id), "appStatus" => optional(app_status), "desc" => optional(desc),
    "developType" => optional(develop_type), "h5PageType" => optional(h5_page_type),
    "homepageLink" => optional(homepage_link), "icon" => optional(icon), "name" =>
    optional(name), "ompLink" => optional(omp_link), "pcHomepageLink" =>
    optional(pc_homepage_link) }
}
/// `ListAllInnerAppsResponseBodyAppList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListAllInnerAppsResponseBodyAppList { "agentId" => read_field(agent_id), "appId" =>
    read_field(app_id), "appStatus" => read_field(app_status), "coolAppInfo" =>
    read_field(cool_app_info), "desc" => read_field(desc), "developType" =>
    read_field(develop_type), "homepageLink" => read_field(homepage_link), "icon" =>
    read_field(icon), "name" => read_field(name), "ompLink" => read_field(omp_link),
    "pcHomepageLink" => read_field(pc_homepage_link), "robotInfo" =>
    read_field(robot_info), "unifiedAppId" => read_field(unified_app_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllInnerAppsResponseBodyAppList { "agentId" => optional(agent_id), "appId" =>
    optional(app_id), "appStatus" => optional(app_status), "coolAppInfo" =>
    optional(cool_app_info), "desc" => optional(desc), "developType" =>
    optional(develop_type), "homepageLink" => optional(homepage_link), "icon" =>
    optional(icon), "name" => optional(name), "ompLink" => optional(omp_link),
    "pcHomepageLink" => optional(pc_homepage_link), "robotInfo" => optional(robot_info),
    "unifiedAppId" => optional(unified_app_id) }
}
/// `ListAppRoleScopesResponseBodyDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListAppRoleScopesResponseBodyDataList { "canManageRole" =>
    read_field(can_manage_role), "deptIdList" => read_field(dept_id_list), "roleId" =>
    read_field(role_id), "roleName" => read_field(role_name), "scopeType" =>
    read_field(scope_type), "scopeVersion" => read_field(scope_version), "userIdList" =>
    read_field(user_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAppRoleScopesResponseBodyDataList { "canManageRole" => optional(can_manage_role),
    "deptIdList" => optional(dept_id_list), "roleId" => optional(role_id), "roleName" =>
    optional(role_name), "scopeType" => optional(scope_type), "scopeVersion" =>
    optional(scope_version), "userIdList" => optional(user_id_list) }
}
/// `ListInnerAppResponseBodyAppList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListInnerAppResponseBodyAppList { "agentId" => read_field(agent_id), "desc" =>
    read_field(desc), "homepageLink" => read_field(homepage_link), "icon" =>
    read_field(icon), "name" => read_field(name), "ompLink" => read_field(omp_link),
    "pcHomepageLink" => read_field(pc_homepage_link) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListInnerAppResponseBodyAppList { "agentId" => optional(agent_id), "desc" =>
    optional(desc), "homepageLink" => optional(homepage_link), "icon" => optional(icon),
    "name" => optional(name), "ompLink" => optional(omp_link), "pcHomepageLink" =>
    optional(pc_homepage_link) }
}
/// `ListInnerAppVersionResponseBodyAppVersionList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListInnerAppVersionResponseBodyAppVersionList { "appVersion" =>
    read_field(app_version), "appVersionId" => read_field(app_version_id),
    "appVersionType" => read_field(app_version_type), "createTime" =>
    read_field(create_time), "entranceLink" => read_field(entrance_link), "miniAppId" =>
    read_field(mini_app_id), "miniAppOnPc" => read_field(mini_app_on_pc), "modifyTime" =>
    read_field(modify_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListInnerAppVersionResponseBodyAppVersionList { "appVersion" =>
    optional(app_version), "appVersionId" => optional(app_version_id), "appVersionType"
    => optional(app_version_type), "createTime" => optional(create_time), "entranceLink"
    => optional(entrance_link), "miniAppId" => optional(mini_app_id), "miniAppOnPc" =>
    optional(mini_app_on_pc), "modifyTime" => optional(modify_time) }
}
/// `ListPendingPublishAuditsResponseBodyAuditList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListPendingPublishAuditsResponseBodyAuditList { "agentId" => read_field(agent_id),
    "auditId" => read_field(audit_id), "corpId" => read_field(corp_id), "creatorUserId"
    => read_field(creator_user_id), "sceneType" => read_field(scene_type), "status" =>
    read_field(status), "submitTime" => read_field(submit_time), "versionId" =>
    read_field(version_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListPendingPublishAuditsResponseBodyAuditList { "agentId" => optional(agent_id),
    "auditId" => optional(audit_id), "corpId" => optional(corp_id), "creatorUserId" =>
    optional(creator_user_id), "sceneType" => optional(scene_type), "status" =>
    optional(status), "submitTime" => optional(submit_time), "versionId" =>
    optional(version_id) }
}
/// `ListRoleInfoByUserResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListRoleInfoByUserResponseBodyResult {
    /// `canManageRole`.
    pub can_manage_role: Option<bool>,
    /// `roleId`.
    pub role_id: Option<i64>,
    /// `roleName`.
    pub role_name: Option<String>,
}
rt::impl_deserialize! {
    ListRoleInfoByUserResponseBodyResult { "canManageRole" =>
    read_field(can_manage_role), "roleId" => read_field(role_id), "roleName" =>
    read_field(role_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListRoleInfoByUserResponseBodyResult { "canManageRole" => optional(can_manage_role),
    "roleId" => optional(role_id), "roleName" => optional(role_name) }
}
/// `ListUserVilebleAppResponseBodyAppList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListUserVilebleAppResponseBodyAppList { "agentId" => read_field(agent_id), "appId" =>
    read_field(app_id), "appStatus" => read_field(app_status), "desc" =>
    read_field(desc), "developType" => read_field(develop_type), "homepageLink" =>
    read_field(homepage_link), "i18n" => read_field(i18n), "icon" => read_field(icon),
    "name" => read_field(name), "ompLink" => read_field(omp_link), "pcHomepageLink" =>
    read_field(pc_homepage_link), "unifiedAppId" => read_field(unified_app_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserVilebleAppResponseBodyAppList { "agentId" => optional(agent_id), "appId" =>
    optional(app_id), "appStatus" => optional(app_status), "desc" => optional(desc),
    "developType" => optional(develop_type), "homepageLink" => optional(homepage_link),
    "i18n" => optional(i18n), "icon" => optional(icon), "name" => optional(name),
    "ompLink" => optional(omp_link), "pcHomepageLink" => optional(pc_homepage_link),
    "unifiedAppId" => optional(unified_app_id) }
}
/// `PageInnerAppHistoryVersionResponseBodyMiniAppVersionList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PageInnerAppHistoryVersionResponseBodyMiniAppVersionList { "appVersion" =>
    read_field(app_version), "appVersionId" => read_field(app_version_id),
    "appVersionType" => read_field(app_version_type), "createTime" =>
    read_field(create_time), "miniAppId" => read_field(mini_app_id), "miniAppOnPc" =>
    read_field(mini_app_on_pc), "modifyTime" => read_field(modify_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageInnerAppHistoryVersionResponseBodyMiniAppVersionList { "appVersion" =>
    optional(app_version), "appVersionId" => optional(app_version_id), "appVersionType"
    => optional(app_version_type), "createTime" => optional(create_time), "miniAppId" =>
    optional(mini_app_id), "miniAppOnPc" => optional(mini_app_on_pc), "modifyTime" =>
    optional(modify_time) }
}
/// `ListAllInnerAppsResponseBodyAppListCoolAppInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllInnerAppsResponseBodyAppListCoolAppInfo {
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    ListAllInnerAppsResponseBodyAppListCoolAppInfo { "coolAppCode" =>
    read_field(cool_app_code), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllInnerAppsResponseBodyAppListCoolAppInfo { "coolAppCode" =>
    optional(cool_app_code), "name" => optional(name) }
}
/// `ListAllInnerAppsResponseBodyAppListRobotInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllInnerAppsResponseBodyAppListRobotInfo {
    /// `name`.
    pub name: Option<String>,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
rt::impl_deserialize! {
    ListAllInnerAppsResponseBodyAppListRobotInfo { "name" => read_field(name),
    "robotCode" => read_field(robot_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllInnerAppsResponseBodyAppListRobotInfo { "name" => optional(name), "robotCode"
    => optional(robot_code) }
}
/// `ListUserVilebleAppResponseBodyAppListI18n`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUserVilebleAppResponseBodyAppListI18n {
    /// `desc`.
    pub desc: Option<String>,
    /// `i18n_key`.
    pub i18n_key: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    ListUserVilebleAppResponseBodyAppListI18n { "desc" => read_field(desc), "i18n_key" =>
    read_field(i18n_key), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListUserVilebleAppResponseBodyAppListI18n { "desc" => optional(desc), "i18n_key" =>
    optional(i18n_key), "name" => optional(name) }
}
/// The request of [`Api::add_app_roles_to_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddAppRolesToMemberRequest`], each named where it is set: `AddAppRolesToMemberRequest::new(AddAppRolesToMemberRequired { .. })`.
pub struct AddAppRolesToMemberRequired {
    /// `memberId`: see [`AddAppRolesToMemberRequest::member_id`].
    pub member_id: String,
    /// `memberType`: see [`AddAppRolesToMemberRequest::member_type`].
    pub member_type: String,
    /// `opUserId`: see [`AddAppRolesToMemberRequest::op_user_id`].
    pub op_user_id: String,
    /// `roleList`: see [`AddAppRolesToMemberRequest::role_list`].
    pub role_list: Vec<AddAppRolesToMemberRequestRoleList>,
}
impl AddAppRolesToMemberRequest {
    /// A `AddAppRolesToMemberRequest` with its required fields (`memberId`, `memberType`, `opUserId`, `roleList`); set the others with the methods named after them.
    pub fn new(required: AddAppRolesToMemberRequired) -> Self {
        let AddAppRolesToMemberRequired {
            member_id,
            member_type,
            op_user_id,
            role_list,
        } = required;
        Self {
            member_id,
            member_type,
            op_user_id,
            role_list,
        }
    }
}
rt::impl_serialize! {
    AddAppRolesToMemberRequest { "memberId" => field(member_id), "memberType" =>
    field(member_type), "opUserId" => field(op_user_id), "roleList" => field(role_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddAppRolesToMemberRequest { "memberId" => read_field(member_id), "memberType" =>
    read_field(member_type), "opUserId" => read_field(op_user_id), "roleList" =>
    read_field(role_list) }
}
impl rt::WriteRequest for AddAppRolesToMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_app_to_work_bench_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddAppToWorkBenchGroupRequest {
    /// `componentId`.
    pub component_id: String,
    /// `ecologicalCorpId`.
    pub ecological_corp_id: Option<String>,
    /// `opUnionId`.
    pub op_union_id: Option<String>,
}
/// The required fields of [`AddAppToWorkBenchGroupRequest`], each named where it is set: `AddAppToWorkBenchGroupRequest::new(AddAppToWorkBenchGroupRequired { .. })`.
pub struct AddAppToWorkBenchGroupRequired {
    /// `componentId`: see [`AddAppToWorkBenchGroupRequest::component_id`].
    pub component_id: String,
}
impl AddAppToWorkBenchGroupRequest {
    /// A `AddAppToWorkBenchGroupRequest` with its required fields (`componentId`); set the others with the methods named after them.
    pub fn new(required: AddAppToWorkBenchGroupRequired) -> Self {
        let AddAppToWorkBenchGroupRequired { component_id } = required;
        Self {
            component_id,
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
rt::impl_serialize! {
    AddAppToWorkBenchGroupRequest { "componentId" => field(component_id),
    "ecologicalCorpId" => optional(ecological_corp_id), "opUnionId" =>
    optional(op_union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddAppToWorkBenchGroupRequest { "componentId" => read_field(component_id),
    "ecologicalCorpId" => read_field(ecological_corp_id), "opUnionId" =>
    read_field(op_union_id) }
}
impl rt::WriteRequest for AddAppToWorkBenchGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_member_to_app_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AddMemberToAppRoleRequest`], each named where it is set: `AddMemberToAppRoleRequest::new(AddMemberToAppRoleRequired { .. })`.
pub struct AddMemberToAppRoleRequired {
    /// `opUserId`: see [`AddMemberToAppRoleRequest::op_user_id`].
    pub op_user_id: String,
    /// `scopeVersion`: see [`AddMemberToAppRoleRequest::scope_version`].
    pub scope_version: i64,
}
impl AddMemberToAppRoleRequest {
    /// A `AddMemberToAppRoleRequest` with its required fields (`opUserId`, `scopeVersion`); set the others with the methods named after them.
    pub fn new(required: AddMemberToAppRoleRequired) -> Self {
        let AddMemberToAppRoleRequired { op_user_id, scope_version } = required;
        Self {
            dept_id_list: None,
            op_user_id,
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
rt::impl_serialize! {
    AddMemberToAppRoleRequest { "deptIdList" => optional(dept_id_list), "opUserId" =>
    field(op_user_id), "scopeVersion" => field(scope_version), "userIdList" =>
    optional(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddMemberToAppRoleRequest { "deptIdList" => read_field(dept_id_list), "opUserId" =>
    read_field(op_user_id), "scopeVersion" => read_field(scope_version), "userIdList" =>
    read_field(user_id_list) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppStatusManagerTestRequest { "requestId" => read_field(request_id) }
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
rt::impl_serialize! {
    CreateAgentRequest { "appName" => optional(app_name), "desc" => optional(desc),
    "previewMediaId" => optional(preview_media_id), "robotMediaId" =>
    optional(robot_media_id), "robotName" => optional(robot_name), "userid" =>
    optional(userid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAgentRequest { "appName" => read_field(app_name), "desc" => read_field(desc),
    "previewMediaId" => read_field(preview_media_id), "robotMediaId" =>
    read_field(robot_media_id), "robotName" => read_field(robot_name), "userid" =>
    read_field(userid) }
}
impl rt::WriteRequest for CreateAgentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_apaas_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateApaasAppRequest`], each named where it is set: `CreateApaasAppRequest::new(CreateApaasAppRequired { .. })`.
pub struct CreateApaasAppRequired {
    /// `appDesc`: see [`CreateApaasAppRequest::app_desc`].
    pub app_desc: String,
    /// `appIcon`: see [`CreateApaasAppRequest::app_icon`].
    pub app_icon: String,
    /// `appName`: see [`CreateApaasAppRequest::app_name`].
    pub app_name: String,
    /// `bizAppId`: see [`CreateApaasAppRequest::biz_app_id`].
    pub biz_app_id: String,
    /// `homepageLink`: see [`CreateApaasAppRequest::homepage_link`].
    pub homepage_link: String,
    /// `opUserId`: see [`CreateApaasAppRequest::op_user_id`].
    pub op_user_id: String,
    /// `pcHomepageEditLink`: see [`CreateApaasAppRequest::pc_homepage_edit_link`].
    pub pc_homepage_edit_link: String,
    /// `pcHomepageLink`: see [`CreateApaasAppRequest::pc_homepage_link`].
    pub pc_homepage_link: String,
}
impl CreateApaasAppRequest {
    /// A `CreateApaasAppRequest` with its required fields (`appDesc`, `appIcon`, `appName`, `bizAppId`, `homepageLink`, `opUserId`, `pcHomepageEditLink`, `pcHomepageLink`); set the others with the methods named after them.
    pub fn new(required: CreateApaasAppRequired) -> Self {
        let CreateApaasAppRequired {
            app_desc,
            app_icon,
            app_name,
            biz_app_id,
            homepage_link,
            op_user_id,
            pc_homepage_edit_link,
            pc_homepage_link,
        } = required;
        Self {
            app_desc,
            app_icon,
            app_name,
            biz_app_id,
            homepage_edit_link: None,
            homepage_link,
            is_short_cut: None,
            omp_link: None,
            op_user_id,
            pc_homepage_edit_link,
            pc_homepage_link,
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
rt::impl_serialize! {
    CreateApaasAppRequest { "appDesc" => field(app_desc), "appIcon" => field(app_icon),
    "appName" => field(app_name), "bizAppId" => field(biz_app_id), "homepageEditLink" =>
    optional(homepage_edit_link), "homepageLink" => field(homepage_link), "isShortCut" =>
    optional(is_short_cut), "ompLink" => optional(omp_link), "opUserId" =>
    field(op_user_id), "pcHomepageEditLink" => field(pc_homepage_edit_link),
    "pcHomepageLink" => field(pc_homepage_link), "templateKey" => optional(template_key)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateApaasAppRequest { "appDesc" => read_field(app_desc), "appIcon" =>
    read_field(app_icon), "appName" => read_field(app_name), "bizAppId" =>
    read_field(biz_app_id), "homepageEditLink" => read_field(homepage_edit_link),
    "homepageLink" => read_field(homepage_link), "isShortCut" =>
    read_field(is_short_cut), "ompLink" => read_field(omp_link), "opUserId" =>
    read_field(op_user_id), "pcHomepageEditLink" => read_field(pc_homepage_edit_link),
    "pcHomepageLink" => read_field(pc_homepage_link), "templateKey" =>
    read_field(template_key) }
}
impl rt::WriteRequest for CreateApaasAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_inner_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateInnerAppRequest`], each named where it is set: `CreateInnerAppRequest::new(CreateInnerAppRequired { .. })`.
pub struct CreateInnerAppRequired {
    /// `desc`: see [`CreateInnerAppRequest::desc`].
    pub desc: String,
    /// `name`: see [`CreateInnerAppRequest::name`].
    pub name: String,
    /// `opUnionId`: see [`CreateInnerAppRequest::op_union_id`].
    pub op_union_id: String,
}
impl CreateInnerAppRequest {
    /// A `CreateInnerAppRequest` with its required fields (`desc`, `name`, `opUnionId`); set the others with the methods named after them.
    pub fn new(required: CreateInnerAppRequired) -> Self {
        let CreateInnerAppRequired { desc, name, op_union_id } = required;
        Self {
            desc,
            develop_type: None,
            homepage_link: None,
            icon: None,
            ip_white_list: None,
            name,
            omp_link: None,
            op_union_id,
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
rt::impl_serialize! {
    CreateInnerAppRequest { "desc" => field(desc), "developType" =>
    optional(develop_type), "homepageLink" => optional(homepage_link), "icon" =>
    optional(icon), "ipWhiteList" => optional(ip_white_list), "name" => field(name),
    "ompLink" => optional(omp_link), "opUnionId" => field(op_union_id), "pcHomepageLink"
    => optional(pc_homepage_link), "scopeType" => optional(scope_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateInnerAppRequest { "desc" => read_field(desc), "developType" =>
    read_field(develop_type), "homepageLink" => read_field(homepage_link), "icon" =>
    read_field(icon), "ipWhiteList" => read_field(ip_white_list), "name" =>
    read_field(name), "ompLink" => read_field(omp_link), "opUnionId" =>
    read_field(op_union_id), "pcHomepageLink" => read_field(pc_homepage_link),
    "scopeType" => read_field(scope_type) }
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
rt::impl_serialize! {
    DeleteAppRequest { "unifiedAppId" => optional(unified_app_id), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteAppRequest { "unifiedAppId" => read_field(unified_app_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for DeleteAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_app_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteAppRoleRequest {
    /// `opUserId`: a query parameter.
    pub op_user_id: String,
}
/// The required fields of [`DeleteAppRoleRequest`], each named where it is set: `DeleteAppRoleRequest::new(DeleteAppRoleRequired { .. })`.
pub struct DeleteAppRoleRequired {
    /// `opUserId`: see [`DeleteAppRoleRequest::op_user_id`].
    pub op_user_id: String,
}
impl DeleteAppRoleRequest {
    /// A `DeleteAppRoleRequest` with its required fields (`opUserId`); set the others with the methods named after them.
    pub fn new(required: DeleteAppRoleRequired) -> Self {
        let DeleteAppRoleRequired { op_user_id } = required;
        Self { op_user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteAppRoleRequest { "opUserId" => read_field(op_user_id) }
}
impl rt::WriteRequest for DeleteAppRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("opUserId", &self.op_user_id);
    }
}
/// The request of [`Api::delete_inner_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteInnerAppRequest {
    /// `opUnionId`: a query parameter.
    pub op_union_id: String,
}
/// The required fields of [`DeleteInnerAppRequest`], each named where it is set: `DeleteInnerAppRequest::new(DeleteInnerAppRequired { .. })`.
pub struct DeleteInnerAppRequired {
    /// `opUnionId`: see [`DeleteInnerAppRequest::op_union_id`].
    pub op_union_id: String,
}
impl DeleteInnerAppRequest {
    /// A `DeleteInnerAppRequest` with its required fields (`opUnionId`); set the others with the methods named after them.
    pub fn new(required: DeleteInnerAppRequired) -> Self {
        let DeleteInnerAppRequired { op_union_id } = required;
        Self { op_union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteInnerAppRequest { "opUnionId" => read_field(op_union_id) }
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
rt::impl_serialize! {
    EnableRobotRequest { "unifiedAppId" => optional(unified_app_id), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EnableRobotRequest { "unifiedAppId" => read_field(unified_app_id), "userId" =>
    read_field(user_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAppResourceUseInfoRequest { "benefitCode" => read_field(benefit_code), "endTime"
    => read_field(end_time), "periodType" => read_field(period_type), "startTime" =>
    read_field(start_time) }
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
rt::impl_serialize! {
    GetPublishAuditRequest { "auditId" => optional(audit_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPublishAuditRequest { "auditId" => read_field(audit_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetVersionInfoRequest { "unifiedAppId" => read_field(unified_app_id), "versionId" =>
    read_field(version_id) }
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
rt::impl_serialize! {
    InactiveAppRequest { "unifiedAppId" => optional(unified_app_id), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InactiveAppRequest { "unifiedAppId" => read_field(unified_app_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for InactiveAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::is_org_micro_app_visible_by_user_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IsOrgMicroAppVisibleByUserIdRequest {
    /// `appId`.
    pub app_id: i64,
    /// `id`.
    pub id: String,
    /// `type`.
    pub r#type: String,
}
/// The required fields of [`IsOrgMicroAppVisibleByUserIdRequest`], each named where it is set: `IsOrgMicroAppVisibleByUserIdRequest::new(IsOrgMicroAppVisibleByUserIdRequired { .. })`.
pub struct IsOrgMicroAppVisibleByUserIdRequired {
    /// `appId`: see [`IsOrgMicroAppVisibleByUserIdRequest::app_id`].
    pub app_id: i64,
    /// `id`: see [`IsOrgMicroAppVisibleByUserIdRequest::id`].
    pub id: String,
    /// `type`: see [`IsOrgMicroAppVisibleByUserIdRequest::r#type`](IsOrgMicroAppVisibleByUserIdRequest::type).
    pub r#type: String,
}
impl IsOrgMicroAppVisibleByUserIdRequest {
    /// A `IsOrgMicroAppVisibleByUserIdRequest` with its required fields (`appId`, `id`, `type`); set the others with the methods named after them.
    pub fn new(required: IsOrgMicroAppVisibleByUserIdRequired) -> Self {
        let IsOrgMicroAppVisibleByUserIdRequired { app_id, id, r#type } = required;
        Self { app_id, id, r#type }
    }
}
rt::impl_serialize! {
    IsOrgMicroAppVisibleByUserIdRequest { "appId" => field(app_id), "id" => field(id),
    "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IsOrgMicroAppVisibleByUserIdRequest { "appId" => read_field(app_id), "id" =>
    read_field(id), "type" => read_field(r#type) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListAppRoleScopesRequest { "nextToken" => read_field(next_token), "size" =>
    read_field(size) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListInnerAppRequest { "ecologicalCorpId" => read_field(ecological_corp_id) }
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
rt::impl_serialize! {
    ListPendingPublishAuditsRequest { "pageSize" => optional(page_size), "pageToken" =>
    optional(page_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListPendingPublishAuditsRequest { "pageSize" => read_field(page_size), "pageToken" =>
    read_field(page_token) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OfflineRobotRequest { "unifiedAppId" => read_field(unified_app_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for OfflineRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unifiedAppId", &self.unified_app_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::page_inner_app_history_version`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PageInnerAppHistoryVersionRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`PageInnerAppHistoryVersionRequest`], each named where it is set: `PageInnerAppHistoryVersionRequest::new(PageInnerAppHistoryVersionRequired { .. })`.
pub struct PageInnerAppHistoryVersionRequired {
    /// `pageNumber`: see [`PageInnerAppHistoryVersionRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`PageInnerAppHistoryVersionRequest::page_size`].
    pub page_size: i64,
}
impl PageInnerAppHistoryVersionRequest {
    /// A `PageInnerAppHistoryVersionRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: PageInnerAppHistoryVersionRequired) -> Self {
        let PageInnerAppHistoryVersionRequired { page_number, page_size } = required;
        Self { page_number, page_size }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PageInnerAppHistoryVersionRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for PageInnerAppHistoryVersionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::publish_inner_app_version`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PublishInnerAppVersionRequest`], each named where it is set: `PublishInnerAppVersionRequest::new(PublishInnerAppVersionRequired { .. })`.
pub struct PublishInnerAppVersionRequired {
    /// `appVersionId`: see [`PublishInnerAppVersionRequest::app_version_id`].
    pub app_version_id: i64,
    /// `opUnionId`: see [`PublishInnerAppVersionRequest::op_union_id`].
    pub op_union_id: String,
}
impl PublishInnerAppVersionRequest {
    /// A `PublishInnerAppVersionRequest` with its required fields (`appVersionId`, `opUnionId`); set the others with the methods named after them.
    pub fn new(required: PublishInnerAppVersionRequired) -> Self {
        let PublishInnerAppVersionRequired { app_version_id, op_union_id } = required;
        Self {
            app_version_id,
            mini_app_on_pc: None,
            op_union_id,
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
rt::impl_serialize! {
    PublishInnerAppVersionRequest { "appVersionId" => field(app_version_id),
    "miniAppOnPc" => optional(mini_app_on_pc), "opUnionId" => field(op_union_id),
    "publishType" => optional(publish_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PublishInnerAppVersionRequest { "appVersionId" => read_field(app_version_id),
    "miniAppOnPc" => read_field(mini_app_on_pc), "opUnionId" => read_field(op_union_id),
    "publishType" => read_field(publish_type) }
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
rt::impl_serialize! {
    QueryCreateEnterpriseAgentRequest { "taskId" => optional(task_id), "userid" =>
    optional(userid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCreateEnterpriseAgentRequest { "taskId" => read_field(task_id), "userid" =>
    read_field(userid) }
}
impl rt::WriteRequest for QueryCreateEnterpriseAgentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::rebuild_role_scope_for_app_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`RebuildRoleScopeForAppRoleRequest`], each named where it is set: `RebuildRoleScopeForAppRoleRequest::new(RebuildRoleScopeForAppRoleRequired { .. })`.
pub struct RebuildRoleScopeForAppRoleRequired {
    /// `opUserId`: see [`RebuildRoleScopeForAppRoleRequest::op_user_id`].
    pub op_user_id: String,
    /// `scopeType`: see [`RebuildRoleScopeForAppRoleRequest::scope_type`].
    pub scope_type: String,
    /// `scopeVersion`: see [`RebuildRoleScopeForAppRoleRequest::scope_version`].
    pub scope_version: i64,
}
impl RebuildRoleScopeForAppRoleRequest {
    /// A `RebuildRoleScopeForAppRoleRequest` with its required fields (`opUserId`, `scopeType`, `scopeVersion`); set the others with the methods named after them.
    pub fn new(required: RebuildRoleScopeForAppRoleRequired) -> Self {
        let RebuildRoleScopeForAppRoleRequired {
            op_user_id,
            scope_type,
            scope_version,
        } = required;
        Self {
            dept_id_list: None,
            op_user_id,
            scope_type,
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
rt::impl_serialize! {
    RebuildRoleScopeForAppRoleRequest { "deptIdList" => optional(dept_id_list),
    "opUserId" => field(op_user_id), "scopeType" => field(scope_type), "scopeVersion" =>
    field(scope_version), "userIdList" => optional(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RebuildRoleScopeForAppRoleRequest { "deptIdList" => read_field(dept_id_list),
    "opUserId" => read_field(op_user_id), "scopeType" => read_field(scope_type),
    "scopeVersion" => read_field(scope_version), "userIdList" => read_field(user_id_list)
    }
}
impl rt::WriteRequest for RebuildRoleScopeForAppRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::register_custom_app_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RegisterCustomAppRoleRequest {
    /// `canManageRole`.
    pub can_manage_role: Option<bool>,
    /// `opUserId`.
    pub op_user_id: String,
    /// `roleName`.
    pub role_name: String,
}
/// The required fields of [`RegisterCustomAppRoleRequest`], each named where it is set: `RegisterCustomAppRoleRequest::new(RegisterCustomAppRoleRequired { .. })`.
pub struct RegisterCustomAppRoleRequired {
    /// `opUserId`: see [`RegisterCustomAppRoleRequest::op_user_id`].
    pub op_user_id: String,
    /// `roleName`: see [`RegisterCustomAppRoleRequest::role_name`].
    pub role_name: String,
}
impl RegisterCustomAppRoleRequest {
    /// A `RegisterCustomAppRoleRequest` with its required fields (`opUserId`, `roleName`); set the others with the methods named after them.
    pub fn new(required: RegisterCustomAppRoleRequired) -> Self {
        let RegisterCustomAppRoleRequired { op_user_id, role_name } = required;
        Self {
            can_manage_role: None,
            op_user_id,
            role_name,
        }
    }
    /// Sets `canManageRole`.
    pub fn can_manage_role(mut self, value: bool) -> Self {
        self.can_manage_role = Some(value);
        self
    }
}
rt::impl_serialize! {
    RegisterCustomAppRoleRequest { "canManageRole" => optional(can_manage_role),
    "opUserId" => field(op_user_id), "roleName" => field(role_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RegisterCustomAppRoleRequest { "canManageRole" => read_field(can_manage_role),
    "opUserId" => read_field(op_user_id), "roleName" => read_field(role_name) }
}
impl rt::WriteRequest for RegisterCustomAppRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_apaas_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemoveApaasAppRequest {
    /// `bizAppId`.
    pub biz_app_id: String,
    /// `opUserId`.
    pub op_user_id: String,
}
/// The required fields of [`RemoveApaasAppRequest`], each named where it is set: `RemoveApaasAppRequest::new(RemoveApaasAppRequired { .. })`.
pub struct RemoveApaasAppRequired {
    /// `bizAppId`: see [`RemoveApaasAppRequest::biz_app_id`].
    pub biz_app_id: String,
    /// `opUserId`: see [`RemoveApaasAppRequest::op_user_id`].
    pub op_user_id: String,
}
impl RemoveApaasAppRequest {
    /// A `RemoveApaasAppRequest` with its required fields (`bizAppId`, `opUserId`); set the others with the methods named after them.
    pub fn new(required: RemoveApaasAppRequired) -> Self {
        let RemoveApaasAppRequired { biz_app_id, op_user_id } = required;
        Self { biz_app_id, op_user_id }
    }
}
rt::impl_serialize! {
    RemoveApaasAppRequest { "bizAppId" => field(biz_app_id), "opUserId" =>
    field(op_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveApaasAppRequest { "bizAppId" => read_field(biz_app_id), "opUserId" =>
    read_field(op_user_id) }
}
impl rt::WriteRequest for RemoveApaasAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_member_for_app_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`RemoveMemberForAppRoleRequest`], each named where it is set: `RemoveMemberForAppRoleRequest::new(RemoveMemberForAppRoleRequired { .. })`.
pub struct RemoveMemberForAppRoleRequired {
    /// `opUserId`: see [`RemoveMemberForAppRoleRequest::op_user_id`].
    pub op_user_id: String,
    /// `scopeVersion`: see [`RemoveMemberForAppRoleRequest::scope_version`].
    pub scope_version: i64,
}
impl RemoveMemberForAppRoleRequest {
    /// A `RemoveMemberForAppRoleRequest` with its required fields (`opUserId`, `scopeVersion`); set the others with the methods named after them.
    pub fn new(required: RemoveMemberForAppRoleRequired) -> Self {
        let RemoveMemberForAppRoleRequired { op_user_id, scope_version } = required;
        Self {
            dept_id_list: None,
            op_user_id,
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
rt::impl_serialize! {
    RemoveMemberForAppRoleRequest { "deptIdList" => optional(dept_id_list), "opUserId" =>
    field(op_user_id), "scopeVersion" => field(scope_version), "userIdList" =>
    optional(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveMemberForAppRoleRequest { "deptIdList" => read_field(dept_id_list), "opUserId"
    => read_field(op_user_id), "scopeVersion" => read_field(scope_version), "userIdList"
    => read_field(user_id_list) }
}
impl rt::WriteRequest for RemoveMemberForAppRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::rollback_inner_app_version`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RollbackInnerAppVersionRequest {
    /// `appVersionId`.
    pub app_version_id: i64,
    /// `opUnionId`.
    pub op_union_id: String,
}
/// The required fields of [`RollbackInnerAppVersionRequest`], each named where it is set: `RollbackInnerAppVersionRequest::new(RollbackInnerAppVersionRequired { .. })`.
pub struct RollbackInnerAppVersionRequired {
    /// `appVersionId`: see [`RollbackInnerAppVersionRequest::app_version_id`].
    pub app_version_id: i64,
    /// `opUnionId`: see [`RollbackInnerAppVersionRequest::op_union_id`].
    pub op_union_id: String,
}
impl RollbackInnerAppVersionRequest {
    /// A `RollbackInnerAppVersionRequest` with its required fields (`appVersionId`, `opUnionId`); set the others with the methods named after them.
    pub fn new(required: RollbackInnerAppVersionRequired) -> Self {
        let RollbackInnerAppVersionRequired { app_version_id, op_union_id } = required;
        Self {
            app_version_id,
            op_union_id,
        }
    }
}
rt::impl_serialize! {
    RollbackInnerAppVersionRequest { "appVersionId" => field(app_version_id), "opUnionId"
    => field(op_union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RollbackInnerAppVersionRequest { "appVersionId" => read_field(app_version_id),
    "opUnionId" => read_field(op_union_id) }
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
rt::impl_serialize! {
    SetMicroAppScopeRequest { "addDeptIds" => optional(add_dept_ids), "addRoleIds" =>
    optional(add_role_ids), "addUserIds" => optional(add_user_ids), "delDeptIds" =>
    optional(del_dept_ids), "delRoleIds" => optional(del_role_ids), "delUserIds" =>
    optional(del_user_ids), "onlyAdminVisible" => optional(only_admin_visible) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetMicroAppScopeRequest { "addDeptIds" => read_field(add_dept_ids), "addRoleIds" =>
    read_field(add_role_ids), "addUserIds" => read_field(add_user_ids), "delDeptIds" =>
    read_field(del_dept_ids), "delRoleIds" => read_field(del_role_ids), "delUserIds" =>
    read_field(del_user_ids), "onlyAdminVisible" => read_field(only_admin_visible) }
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
rt::impl_serialize! {
    SubmitCreateEnterpriseAgentRequest { "appName" => optional(app_name), "desc" =>
    optional(desc), "previewMediaId" => optional(preview_media_id), "robotMediaId" =>
    optional(robot_media_id), "robotName" => optional(robot_name), "taskId" =>
    optional(task_id), "userid" => optional(userid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitCreateEnterpriseAgentRequest { "appName" => read_field(app_name), "desc" =>
    read_field(desc), "previewMediaId" => read_field(preview_media_id), "robotMediaId" =>
    read_field(robot_media_id), "robotName" => read_field(robot_name), "taskId" =>
    read_field(task_id), "userid" => read_field(userid) }
}
impl rt::WriteRequest for SubmitCreateEnterpriseAgentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_apaas_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateApaasAppRequest`], each named where it is set: `UpdateApaasAppRequest::new(UpdateApaasAppRequired { .. })`.
pub struct UpdateApaasAppRequired {
    /// `appIcon`: see [`UpdateApaasAppRequest::app_icon`].
    pub app_icon: String,
    /// `appName`: see [`UpdateApaasAppRequest::app_name`].
    pub app_name: String,
    /// `bizAppId`: see [`UpdateApaasAppRequest::biz_app_id`].
    pub biz_app_id: String,
    /// `opUserId`: see [`UpdateApaasAppRequest::op_user_id`].
    pub op_user_id: String,
}
impl UpdateApaasAppRequest {
    /// A `UpdateApaasAppRequest` with its required fields (`appIcon`, `appName`, `bizAppId`, `opUserId`); set the others with the methods named after them.
    pub fn new(required: UpdateApaasAppRequired) -> Self {
        let UpdateApaasAppRequired { app_icon, app_name, biz_app_id, op_user_id } = required;
        Self {
            app_icon,
            app_name,
            app_status: None,
            biz_app_id,
            op_user_id,
        }
    }
    /// Sets `appStatus`.
    pub fn app_status(mut self, value: i64) -> Self {
        self.app_status = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateApaasAppRequest { "appIcon" => field(app_icon), "appName" => field(app_name),
    "appStatus" => optional(app_status), "bizAppId" => field(biz_app_id), "opUserId" =>
    field(op_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateApaasAppRequest { "appIcon" => read_field(app_icon), "appName" =>
    read_field(app_name), "appStatus" => read_field(app_status), "bizAppId" =>
    read_field(biz_app_id), "opUserId" => read_field(op_user_id) }
}
impl rt::WriteRequest for UpdateApaasAppRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_app_role_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateAppRoleInfoRequest {
    /// `canManageRole`.
    pub can_manage_role: Option<bool>,
    /// `newRoleName`.
    pub new_role_name: Option<String>,
    /// `opUserId`.
    pub op_user_id: String,
}
/// The required fields of [`UpdateAppRoleInfoRequest`], each named where it is set: `UpdateAppRoleInfoRequest::new(UpdateAppRoleInfoRequired { .. })`.
pub struct UpdateAppRoleInfoRequired {
    /// `opUserId`: see [`UpdateAppRoleInfoRequest::op_user_id`].
    pub op_user_id: String,
}
impl UpdateAppRoleInfoRequest {
    /// A `UpdateAppRoleInfoRequest` with its required fields (`opUserId`); set the others with the methods named after them.
    pub fn new(required: UpdateAppRoleInfoRequired) -> Self {
        let UpdateAppRoleInfoRequired { op_user_id } = required;
        Self {
            can_manage_role: None,
            new_role_name: None,
            op_user_id,
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
rt::impl_serialize! {
    UpdateAppRoleInfoRequest { "canManageRole" => optional(can_manage_role),
    "newRoleName" => optional(new_role_name), "opUserId" => field(op_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateAppRoleInfoRequest { "canManageRole" => read_field(can_manage_role),
    "newRoleName" => read_field(new_role_name), "opUserId" => read_field(op_user_id) }
}
impl rt::WriteRequest for UpdateAppRoleInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_inner_app`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateInnerAppRequest`], each named where it is set: `UpdateInnerAppRequest::new(UpdateInnerAppRequired { .. })`.
pub struct UpdateInnerAppRequired {
    /// `opUnionId`: see [`UpdateInnerAppRequest::op_union_id`].
    pub op_union_id: String,
}
impl UpdateInnerAppRequest {
    /// A `UpdateInnerAppRequest` with its required fields (`opUnionId`); set the others with the methods named after them.
    pub fn new(required: UpdateInnerAppRequired) -> Self {
        let UpdateInnerAppRequired { op_union_id } = required;
        Self {
            desc: None,
            homepage_link: None,
            icon: None,
            ip_white_list: None,
            name: None,
            omp_link: None,
            op_union_id,
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
rt::impl_serialize! {
    UpdateInnerAppRequest { "desc" => optional(desc), "homepageLink" =>
    optional(homepage_link), "icon" => optional(icon), "ipWhiteList" =>
    optional(ip_white_list), "name" => optional(name), "ompLink" => optional(omp_link),
    "opUnionId" => field(op_union_id), "pcHomepageLink" => optional(pc_homepage_link) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInnerAppRequest { "desc" => read_field(desc), "homepageLink" =>
    read_field(homepage_link), "icon" => read_field(icon), "ipWhiteList" =>
    read_field(ip_white_list), "name" => read_field(name), "ompLink" =>
    read_field(omp_link), "opUnionId" => read_field(op_union_id), "pcHomepageLink" =>
    read_field(pc_homepage_link) }
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
rt::impl_serialize! {
    UpdatePublishAuditResultRequest { "agentId" => optional(agent_id), "auditId" =>
    optional(audit_id), "operatorId" => optional(operator_id), "rejectReason" =>
    optional(reject_reason), "status" => optional(status), "versionId" =>
    optional(version_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdatePublishAuditResultRequest { "agentId" => read_field(agent_id), "auditId" =>
    read_field(audit_id), "operatorId" => read_field(operator_id), "rejectReason" =>
    read_field(reject_reason), "status" => read_field(status), "versionId" =>
    read_field(version_id) }
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
rt::impl_serialize! {
    UpdateRobotRequest { "brief" => optional(brief), "chatBotEventUrl" =>
    optional(chat_bot_event_url), "description" => optional(description), "iconMediaId"
    => optional(icon_media_id), "mode" => optional(mode), "name" => optional(name),
    "outgoingUrl" => optional(outgoing_url), "unifiedAppId" => optional(unified_app_id),
    "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateRobotRequest { "brief" => read_field(brief), "chatBotEventUrl" =>
    read_field(chat_bot_event_url), "description" => read_field(description),
    "iconMediaId" => read_field(icon_media_id), "mode" => read_field(mode), "name" =>
    read_field(name), "outgoingUrl" => read_field(outgoing_url), "unifiedAppId" =>
    read_field(unified_app_id), "userId" => read_field(user_id) }
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
