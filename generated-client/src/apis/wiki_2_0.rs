// @generated from api-spec/wiki_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 知识库 (Wiki 2.0)：知识库、知识小组与管理员。
//!
//! 18 operations, methods of [`Api`] (`client.wiki_2_0()`), behind the cargo feature `wiki_2_0`; its paths start with `/v2.0/wiki/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `wiki_2_0`. Get it with `client.wiki_2_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 新建知识小组
    ///
    /// `POST /v2.0/wiki/teams`: DingTalk's `AddTeam` (module feature `wiki_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddTeam")]
    #[doc(alias = "/v2.0/wiki/teams")]
    #[doc(alias = "POST /v2.0/wiki/teams")]
    pub fn add_team(
        &self,
        request: &AddTeamRequest,
    ) -> rt::Call<AddTeamResponseBody, AddTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddTeam",
            rt::Method::Post,
            "/v2.0/wiki/teams",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新建知识库
    ///
    /// `POST /v2.0/wiki/workspaces`: DingTalk's `AddWorkspace` (module feature `wiki_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddWorkspace")]
    #[doc(alias = "/v2.0/wiki/workspaces")]
    #[doc(alias = "POST /v2.0/wiki/workspaces")]
    pub fn add_workspace(
        &self,
        request: &AddWorkspaceRequest,
    ) -> rt::Call<AddWorkspaceResponseBody, AddWorkspaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddWorkspace",
            rt::Method::Post,
            "/v2.0/wiki/workspaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加知识库管理员
    ///
    /// `POST /v2.0/wiki/workspaces/managers`: DingTalk's `AddWorkspacesManager` (module feature `wiki_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddWorkspacesManager")]
    #[doc(alias = "/v2.0/wiki/workspaces/managers")]
    #[doc(alias = "POST /v2.0/wiki/workspaces/managers")]
    pub fn add_workspaces_manager(
        &self,
        request: &AddWorkspacesManagerRequest,
    ) -> rt::Call<AddWorkspacesManagerResponseBody, AddWorkspacesManagerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddWorkspacesManager",
            rt::Method::Post,
            "/v2.0/wiki/workspaces/managers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除知识小组
    ///
    /// `DELETE /v2.0/wiki/teams/{teamId}`: DingTalk's `DeleteTeam` (module feature `wiki_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `team_id`: `{teamId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteTeam")]
    #[doc(alias = "/v2.0/wiki/teams/{teamId}")]
    #[doc(alias = "DELETE /v2.0/wiki/teams/{teamId}")]
    pub fn delete_team(
        &self,
        team_id: &str,
        request: &DeleteTeamRequest,
    ) -> rt::Call<DeleteTeamResponseBody, DeleteTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteTeam",
            rt::Method::Delete,
            "/v2.0/wiki/teams/{teamId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 查询员工离职时知识库默认转交人
    ///
    /// `GET /v2.0/wiki/managementSettings/defaultHandOverUsers`: DingTalk's `GetDefaultHandOverUser` (module feature `wiki_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDefaultHandOverUser")]
    #[doc(alias = "/v2.0/wiki/managementSettings/defaultHandOverUsers")]
    #[doc(alias = "GET /v2.0/wiki/managementSettings/defaultHandOverUsers")]
    pub fn get_default_hand_over_user(
        &self,
        request: &GetDefaultHandOverUserRequest,
    ) -> rt::Call<GetDefaultHandOverUserResponseBody, GetDefaultHandOverUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDefaultHandOverUser",
            rt::Method::Get,
            "/v2.0/wiki/managementSettings/defaultHandOverUsers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取我的文档
    ///
    /// `GET /v2.0/wiki/mineWorkspaces`: DingTalk's `GetMineWorkspace` (module feature `wiki_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMineWorkspace")]
    #[doc(alias = "/v2.0/wiki/mineWorkspaces")]
    #[doc(alias = "GET /v2.0/wiki/mineWorkspaces")]
    pub fn get_mine_workspace(
        &self,
        request: &GetMineWorkspaceRequest,
    ) -> rt::Call<GetMineWorkspaceResponseBody, GetMineWorkspaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMineWorkspace",
            rt::Method::Get,
            "/v2.0/wiki/mineWorkspaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取节点
    ///
    /// `GET /v2.0/wiki/nodes/{nodeId}`: DingTalk's `GetNode` (module feature `wiki_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `node_id`: `{nodeId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetNode")]
    #[doc(alias = "/v2.0/wiki/nodes/{nodeId}")]
    #[doc(alias = "GET /v2.0/wiki/nodes/{nodeId}")]
    pub fn get_node(
        &self,
        node_id: &str,
        request: &GetNodeRequest,
    ) -> rt::Call<GetNodeResponseBody, GetNodeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetNode",
            rt::Method::Get,
            "/v2.0/wiki/nodes/{nodeId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[node_id], request)
    }
    /// 通过链接获取节点
    ///
    /// `POST /v2.0/wiki/nodes/queryByUrl`: DingTalk's `GetNodeByUrl` (module feature `wiki_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetNodeByUrl")]
    #[doc(alias = "/v2.0/wiki/nodes/queryByUrl")]
    #[doc(alias = "POST /v2.0/wiki/nodes/queryByUrl")]
    pub fn get_node_by_url(
        &self,
        request: &GetNodeByUrlRequest,
    ) -> rt::Call<GetNodeByUrlResponseBody, GetNodeByUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetNodeByUrl",
            rt::Method::Post,
            "/v2.0/wiki/nodes/queryByUrl",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取节点
    ///
    /// `POST /v2.0/wiki/nodes/batchQuery`: DingTalk's `GetNodes` (module feature `wiki_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetNodes")]
    #[doc(alias = "/v2.0/wiki/nodes/batchQuery")]
    #[doc(alias = "POST /v2.0/wiki/nodes/batchQuery")]
    pub fn get_nodes(
        &self,
        request: &GetNodesRequest,
    ) -> rt::Call<GetNodesResponseBody, GetNodesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetNodes",
            rt::Method::Post,
            "/v2.0/wiki/nodes/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取知识小组
    ///
    /// `GET /v2.0/wiki/teams/{teamId}`: DingTalk's `GetTeam` (module feature `wiki_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `team_id`: `{teamId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTeam")]
    #[doc(alias = "/v2.0/wiki/teams/{teamId}")]
    #[doc(alias = "GET /v2.0/wiki/teams/{teamId}")]
    pub fn get_team(
        &self,
        team_id: &str,
        request: &GetTeamRequest,
    ) -> rt::Call<GetTeamResponseBody, GetTeamError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTeam",
            rt::Method::Get,
            "/v2.0/wiki/teams/{teamId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[team_id], request)
    }
    /// 获取知识库
    ///
    /// `GET /v2.0/wiki/workspaces/{workspaceId}`: DingTalk's `GetWorkspace` (module feature `wiki_2_0`).
    ///
    /// # Path parameters
    ///
    /// - `workspace_id`: `{workspaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetWorkspace")]
    #[doc(alias = "/v2.0/wiki/workspaces/{workspaceId}")]
    #[doc(alias = "GET /v2.0/wiki/workspaces/{workspaceId}")]
    pub fn get_workspace(
        &self,
        workspace_id: &str,
        request: &GetWorkspaceRequest,
    ) -> rt::Call<GetWorkspaceResponseBody, GetWorkspaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetWorkspace",
            rt::Method::Get,
            "/v2.0/wiki/workspaces/{workspaceId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[workspace_id], request)
    }
    /// 批量获取知识库
    ///
    /// `POST /v2.0/wiki/workspaces/batchQuery`: DingTalk's `GetWorkspaces` (module feature `wiki_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetWorkspaces")]
    #[doc(alias = "/v2.0/wiki/workspaces/batchQuery")]
    #[doc(alias = "POST /v2.0/wiki/workspaces/batchQuery")]
    pub fn get_workspaces(
        &self,
        request: &GetWorkspacesRequest,
    ) -> rt::Call<GetWorkspacesResponseBody, GetWorkspacesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetWorkspaces",
            rt::Method::Post,
            "/v2.0/wiki/workspaces/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 转交知识库
    ///
    /// `POST /v2.0/wiki/managementOperations/workspaces/handOver`: DingTalk's `HandOverWorkspace` (module feature `wiki_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HandOverWorkspace")]
    #[doc(alias = "/v2.0/wiki/managementOperations/workspaces/handOver")]
    #[doc(alias = "POST /v2.0/wiki/managementOperations/workspaces/handOver")]
    pub fn hand_over_workspace(
        &self,
        request: &HandOverWorkspaceRequest,
    ) -> rt::Call<HandOverWorkspaceResponseBody, HandOverWorkspaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HandOverWorkspace",
            rt::Method::Post,
            "/v2.0/wiki/managementOperations/workspaces/handOver",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取节点列表
    ///
    /// `GET /v2.0/wiki/nodes`: DingTalk's `ListNodes` (module feature `wiki_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_nodes_pages`].
    #[doc(alias = "ListNodes")]
    #[doc(alias = "/v2.0/wiki/nodes")]
    #[doc(alias = "GET /v2.0/wiki/nodes")]
    pub fn list_nodes(
        &self,
        request: &ListNodesRequest,
    ) -> rt::Call<ListNodesResponseBody, ListNodesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListNodes",
            rt::Method::Get,
            "/v2.0/wiki/nodes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取组织所有知识库列表
    ///
    /// `GET /v2.0/wiki/org/workspaces`: DingTalk's `ListOrgWorkspaces` (module feature `wiki_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_org_workspaces_pages`].
    #[doc(alias = "ListOrgWorkspaces")]
    #[doc(alias = "/v2.0/wiki/org/workspaces")]
    #[doc(alias = "GET /v2.0/wiki/org/workspaces")]
    pub fn list_org_workspaces(
        &self,
        request: &ListOrgWorkspacesRequest,
    ) -> rt::Call<ListOrgWorkspacesResponseBody, ListOrgWorkspacesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListOrgWorkspaces",
            rt::Method::Get,
            "/v2.0/wiki/org/workspaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取知识小组列表
    ///
    /// `GET /v2.0/wiki/teams`: DingTalk's `ListTeams` (module feature `wiki_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_teams_pages`].
    #[doc(alias = "ListTeams")]
    #[doc(alias = "/v2.0/wiki/teams")]
    #[doc(alias = "GET /v2.0/wiki/teams")]
    pub fn list_teams(
        &self,
        request: &ListTeamsRequest,
    ) -> rt::Call<ListTeamsResponseBody, ListTeamsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListTeams",
            rt::Method::Get,
            "/v2.0/wiki/teams",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取知识库列表
    ///
    /// `GET /v2.0/wiki/workspaces`: DingTalk's `ListWorkspaces` (module feature `wiki_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_workspaces_pages`].
    #[doc(alias = "ListWorkspaces")]
    #[doc(alias = "/v2.0/wiki/workspaces")]
    #[doc(alias = "GET /v2.0/wiki/workspaces")]
    pub fn list_workspaces(
        &self,
        request: &ListWorkspacesRequest,
    ) -> rt::Call<ListWorkspacesResponseBody, ListWorkspacesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListWorkspaces",
            rt::Method::Get,
            "/v2.0/wiki/workspaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 设置员工离职时知识库默认转交人
    ///
    /// `POST /v2.0/wiki/managementSettings/defaultHandOverUsers/set`: DingTalk's `SetDefaultHandOverUser` (module feature `wiki_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SetDefaultHandOverUser")]
    #[doc(alias = "/v2.0/wiki/managementSettings/defaultHandOverUsers/set")]
    #[doc(alias = "POST /v2.0/wiki/managementSettings/defaultHandOverUsers/set")]
    pub fn set_default_hand_over_user(
        &self,
        request: &SetDefaultHandOverUserRequest,
    ) -> rt::Call<SetDefaultHandOverUserResponseBody, SetDefaultHandOverUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SetDefaultHandOverUser",
            rt::Method::Post,
            "/v2.0/wiki/managementSettings/defaultHandOverUsers/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::list_nodes`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `nodes` of each page.
    pub fn list_nodes_pages(
        &self,
        request: &ListNodesRequest,
    ) -> rt::Paginator<
        ListNodesResponseBody,
        ListNodesError,
        ListNodesResponseBodyNodes,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["nodes"],
        );
        rt::Paginator::new(self.list_nodes(request), &PAGING)
    }
    /// Every page of [`Api::list_org_workspaces`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `workspaces` of each page.
    pub fn list_org_workspaces_pages(
        &self,
        request: &ListOrgWorkspacesRequest,
    ) -> rt::Paginator<
        ListOrgWorkspacesResponseBody,
        ListOrgWorkspacesError,
        ListOrgWorkspacesResponseBodyWorkspaces,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["workspaces"],
            &[],
            &[],
        );
        rt::Paginator::new(self.list_org_workspaces(request), &PAGING)
    }
    /// Every page of [`Api::list_teams`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `teams` of each page.
    pub fn list_teams_pages(
        &self,
        request: &ListTeamsRequest,
    ) -> rt::Paginator<
        ListTeamsResponseBody,
        ListTeamsError,
        ListTeamsResponseBodyTeams,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["teams"],
        );
        rt::Paginator::new(self.list_teams(request), &PAGING)
    }
    /// Every page of [`Api::list_workspaces`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `workspaces` of each page.
    pub fn list_workspaces_pages(
        &self,
        request: &ListWorkspacesRequest,
    ) -> rt::Paginator<
        ListWorkspacesResponseBody,
        ListWorkspacesError,
        ListWorkspacesResponseBodyWorkspaces,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["workspaces"],
        );
        rt::Paginator::new(self.list_workspaces(request), &PAGING)
    }
}
/// `AddTeamRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddTeamRequestOption {
    /// `cover`.
    pub cover: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<AddTeamRequestOptionIcon>,
}
impl AddTeamRequestOption {
    /// An empty `AddTeamRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cover`.
    pub fn cover(mut self, value: impl Into<String>) -> Self {
        self.cover = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: AddTeamRequestOptionIcon) -> Self {
        self.icon = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddTeamRequestOption { "cover" => optional(cover), "description" =>
    optional(description), "icon" => optional(icon) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddTeamRequestOption { "cover" => read_field(cover), "description" =>
    read_field(description), "icon" => read_field(icon) }
}
/// `AddTeamResponseBody`, a model several operations share: also named [`GetTeamResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddTeamResponseBody {
    /// `team`.
    pub team: Option<AddTeamResponseBodyTeam>,
}
rt::impl_deserialize! {
    AddTeamResponseBody { "team" => read_field(team) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddTeamResponseBody { "team" => optional(team) }
}
/// `AddWorkspaceRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddWorkspaceRequestOption {
    /// `description`.
    pub description: Option<String>,
    /// `teamId`.
    pub team_id: Option<String>,
}
impl AddWorkspaceRequestOption {
    /// An empty `AddWorkspaceRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `teamId`.
    pub fn team_id(mut self, value: impl Into<String>) -> Self {
        self.team_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddWorkspaceRequestOption { "description" => optional(description), "teamId" =>
    optional(team_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddWorkspaceRequestOption { "description" => read_field(description), "teamId" =>
    read_field(team_id) }
}
/// `AddWorkspaceResponseBody`, a model several operations share: also named [`GetMineWorkspaceResponseBody`], [`GetWorkspaceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddWorkspaceResponseBody {
    /// `workspace`.
    pub workspace: Option<AddWorkspaceResponseBodyWorkspace>,
}
rt::impl_deserialize! {
    AddWorkspaceResponseBody { "workspace" => read_field(workspace) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddWorkspaceResponseBody { "workspace" => optional(workspace) }
}
/// `AddWorkspacesManagerResponseBody`, a model several operations share: also named [`DeleteTeamResponseBody`], [`HandOverWorkspaceResponseBody`], [`SetDefaultHandOverUserResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddWorkspacesManagerResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddWorkspacesManagerResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddWorkspacesManagerResponseBody { "success" => optional(success) }
}
/// `DeleteTeamResponseBody`: the same model as [`AddWorkspacesManagerResponseBody`].
pub type DeleteTeamResponseBody = AddWorkspacesManagerResponseBody;
/// `GetDefaultHandOverUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDefaultHandOverUserResponseBody {
    /// `defaultHandoverUserId`.
    pub default_handover_user_id: Option<String>,
}
rt::impl_deserialize! {
    GetDefaultHandOverUserResponseBody { "defaultHandoverUserId" =>
    read_field(default_handover_user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDefaultHandOverUserResponseBody { "defaultHandoverUserId" =>
    optional(default_handover_user_id) }
}
/// `GetMineWorkspaceResponseBody`: the same model as [`AddWorkspaceResponseBody`].
pub type GetMineWorkspaceResponseBody = AddWorkspaceResponseBody;
/// `GetNodeResponseBody`, a model several operations share: also named [`GetNodeByUrlResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetNodeResponseBody {
    /// `node`.
    pub node: Option<GetNodeResponseBodyNode>,
}
rt::impl_deserialize! {
    GetNodeResponseBody { "node" => read_field(node) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetNodeResponseBody { "node" => optional(node) }
}
/// `GetNodeByUrlRequestOption`, a model several operations share: also named [`GetNodesRequestOption`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetNodeByUrlRequestOption {
    /// `withPermissionRole`.
    pub with_permission_role: Option<bool>,
    /// `withStatisticalInfo`.
    pub with_statistical_info: Option<bool>,
}
impl GetNodeByUrlRequestOption {
    /// An empty `GetNodeByUrlRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `withPermissionRole`.
    pub fn with_permission_role(mut self, value: bool) -> Self {
        self.with_permission_role = Some(value);
        self
    }
    /// Sets `withStatisticalInfo`.
    pub fn with_statistical_info(mut self, value: bool) -> Self {
        self.with_statistical_info = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetNodeByUrlRequestOption { "withPermissionRole" => optional(with_permission_role),
    "withStatisticalInfo" => optional(with_statistical_info) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetNodeByUrlRequestOption { "withPermissionRole" => read_field(with_permission_role),
    "withStatisticalInfo" => read_field(with_statistical_info) }
}
/// `GetNodeByUrlResponseBody`: the same model as [`GetNodeResponseBody`].
pub type GetNodeByUrlResponseBody = GetNodeResponseBody;
/// `GetNodesRequestOption`: the same model as [`GetNodeByUrlRequestOption`].
pub type GetNodesRequestOption = GetNodeByUrlRequestOption;
/// `GetNodesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetNodesResponseBody {
    /// `nodes`.
    pub nodes: Option<Vec<GetNodesResponseBodyNodes>>,
}
rt::impl_deserialize! {
    GetNodesResponseBody { "nodes" => read_field(nodes) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetNodesResponseBody { "nodes" => optional(nodes) }
}
/// `GetTeamResponseBody`: the same model as [`AddTeamResponseBody`].
pub type GetTeamResponseBody = AddTeamResponseBody;
/// `GetWorkspaceResponseBody`: the same model as [`AddWorkspaceResponseBody`].
pub type GetWorkspaceResponseBody = AddWorkspaceResponseBody;
/// `GetWorkspacesRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetWorkspacesRequestOption {
    /// `withPermissionRole`.
    pub with_permission_role: Option<bool>,
}
impl GetWorkspacesRequestOption {
    /// An empty `GetWorkspacesRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `withPermissionRole`.
    pub fn with_permission_role(mut self, value: bool) -> Self {
        self.with_permission_role = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetWorkspacesRequestOption { "withPermissionRole" => optional(with_permission_role) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetWorkspacesRequestOption { "withPermissionRole" => read_field(with_permission_role)
    }
}
/// `GetWorkspacesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetWorkspacesResponseBody {
    /// `workspaces`.
    pub workspaces: Option<Vec<GetWorkspacesResponseBodyWorkspaces>>,
}
rt::impl_deserialize! {
    GetWorkspacesResponseBody { "workspaces" => read_field(workspaces) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetWorkspacesResponseBody { "workspaces" => optional(workspaces) }
}
/// `HandOverWorkspaceResponseBody`: the same model as [`AddWorkspacesManagerResponseBody`].
pub type HandOverWorkspaceResponseBody = AddWorkspacesManagerResponseBody;
/// `ListNodesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListNodesResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `nodes`.
    pub nodes: Option<Vec<ListNodesResponseBodyNodes>>,
}
rt::impl_deserialize! {
    ListNodesResponseBody { "nextToken" => read_field(next_token), "nodes" =>
    read_field(nodes) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListNodesResponseBody { "nextToken" => optional(next_token), "nodes" =>
    optional(nodes) }
}
/// `ListOrgWorkspacesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOrgWorkspacesResponseBody {
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `workspaces`.
    pub workspaces: Option<Vec<ListOrgWorkspacesResponseBodyWorkspaces>>,
}
rt::impl_deserialize! {
    ListOrgWorkspacesResponseBody { "pageNumber" => read_field(page_number), "pageSize"
    => read_field(page_size), "workspaces" => read_field(workspaces) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListOrgWorkspacesResponseBody { "pageNumber" => optional(page_number), "pageSize" =>
    optional(page_size), "workspaces" => optional(workspaces) }
}
/// `ListTeamsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTeamsResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `teams`.
    pub teams: Option<Vec<ListTeamsResponseBodyTeams>>,
}
rt::impl_deserialize! {
    ListTeamsResponseBody { "nextToken" => read_field(next_token), "teams" =>
    read_field(teams) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTeamsResponseBody { "nextToken" => optional(next_token), "teams" =>
    optional(teams) }
}
/// `ListWorkspacesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListWorkspacesResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `workspaces`.
    pub workspaces: Option<Vec<ListWorkspacesResponseBodyWorkspaces>>,
}
rt::impl_deserialize! {
    ListWorkspacesResponseBody { "nextToken" => read_field(next_token), "workspaces" =>
    read_field(workspaces) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListWorkspacesResponseBody { "nextToken" => optional(next_token), "workspaces" =>
    optional(workspaces) }
}
/// `SetDefaultHandOverUserResponseBody`: the same model as [`AddWorkspacesManagerResponseBody`].
pub type SetDefaultHandOverUserResponseBody = AddWorkspacesManagerResponseBody;
/// `AddTeamRequestOptionIcon`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddTeamRequestOptionIcon {
    /// `type`.
    pub r#type: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl AddTeamRequestOptionIcon {
    /// An empty `AddTeamRequestOptionIcon`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddTeamRequestOptionIcon { "type" => optional(r#type), "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddTeamRequestOptionIcon { "type" => read_field(r#type), "value" => read_field(value)
    }
}
/// `AddTeamResponseBodyTeam`, a model several operations share: also named [`GetTeamResponseBodyTeam`], [`ListTeamsResponseBodyTeams`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddTeamResponseBodyTeam {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `cover`.
    pub cover: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<AddTeamResponseBodyTeamIcon>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `teamId`.
    pub team_id: Option<String>,
}
rt::impl_deserialize! {
    AddTeamResponseBodyTeam { "corpId" => read_field(corp_id), "cover" =>
    read_field(cover), "createTime" => read_field(create_time), "creatorId" =>
    read_field(creator_id), "description" => read_field(description), "icon" =>
    read_field(icon), "modifiedTime" => read_field(modified_time), "modifierId" =>
    read_field(modifier_id), "name" => read_field(name), "teamId" => read_field(team_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddTeamResponseBodyTeam { "corpId" => optional(corp_id), "cover" => optional(cover),
    "createTime" => optional(create_time), "creatorId" => optional(creator_id),
    "description" => optional(description), "icon" => optional(icon), "modifiedTime" =>
    optional(modified_time), "modifierId" => optional(modifier_id), "name" =>
    optional(name), "teamId" => optional(team_id) }
}
/// `AddWorkspaceResponseBodyWorkspace`, a model several operations share: also named [`GetMineWorkspaceResponseBodyWorkspace`], [`GetWorkspaceResponseBodyWorkspace`], [`GetWorkspacesResponseBodyWorkspaces`], [`ListWorkspacesResponseBodyWorkspaces`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddWorkspaceResponseBodyWorkspace {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `cover`.
    pub cover: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<AddWorkspaceResponseBodyWorkspaceIcon>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `permissionRole`.
    pub permission_role: Option<String>,
    /// `rootNodeId`.
    pub root_node_id: Option<String>,
    /// `teamId`.
    pub team_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `url`.
    pub url: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
}
rt::impl_deserialize! {
    AddWorkspaceResponseBodyWorkspace { "corpId" => read_field(corp_id), "cover" =>
    read_field(cover), "createTime" => read_field(create_time), "creatorId" =>
    read_field(creator_id), "description" => read_field(description), "icon" =>
    read_field(icon), "modifiedTime" => read_field(modified_time), "modifierId" =>
    read_field(modifier_id), "name" => read_field(name), "permissionRole" =>
    read_field(permission_role), "rootNodeId" => read_field(root_node_id), "teamId" =>
    read_field(team_id), "type" => read_field(r#type), "url" => read_field(url),
    "workspaceId" => read_field(workspace_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddWorkspaceResponseBodyWorkspace { "corpId" => optional(corp_id), "cover" =>
    optional(cover), "createTime" => optional(create_time), "creatorId" =>
    optional(creator_id), "description" => optional(description), "icon" =>
    optional(icon), "modifiedTime" => optional(modified_time), "modifierId" =>
    optional(modifier_id), "name" => optional(name), "permissionRole" =>
    optional(permission_role), "rootNodeId" => optional(root_node_id), "teamId" =>
    optional(team_id), "type" => optional(r#type), "url" => optional(url), "workspaceId"
    => optional(workspace_id) }
}
/// `GetMineWorkspaceResponseBodyWorkspace`: the same model as [`AddWorkspaceResponseBodyWorkspace`].
pub type GetMineWorkspaceResponseBodyWorkspace = AddWorkspaceResponseBodyWorkspace;
/// `GetNodeResponseBodyNode`, a model several operations share: also named [`GetNodeByUrlResponseBodyNode`], [`GetNodesResponseBodyNodes`], [`ListNodesResponseBodyNodes`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetNodeResponseBodyNode {
    /// `category`.
    pub category: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `createTimestamp`.
    pub create_timestamp: Option<i64>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `hasChildren`.
    pub has_children: Option<bool>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `modifiedTimestamp`.
    pub modified_timestamp: Option<i64>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `nodeId`.
    pub node_id: Option<String>,
    /// `permissionRole`.
    pub permission_role: Option<String>,
    /// `size`.
    pub size: Option<i64>,
    /// `statisticalInfo`.
    pub statistical_info: Option<GetNodeResponseBodyNodeStatisticalInfo>,
    /// `type`.
    pub r#type: Option<String>,
    /// `url`.
    pub url: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
}
rt::impl_deserialize! {
    GetNodeResponseBodyNode { "category" => read_field(category), "createTime" =>
    read_field(create_time), "createTimestamp" => read_field(create_timestamp),
    "creatorId" => read_field(creator_id), "extension" => read_field(extension),
    "hasChildren" => read_field(has_children), "modifiedTime" =>
    read_field(modified_time), "modifiedTimestamp" => read_field(modified_timestamp),
    "modifierId" => read_field(modifier_id), "name" => read_field(name), "nodeId" =>
    read_field(node_id), "permissionRole" => read_field(permission_role), "size" =>
    read_field(size), "statisticalInfo" => read_field(statistical_info), "type" =>
    read_field(r#type), "url" => read_field(url), "workspaceId" =>
    read_field(workspace_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetNodeResponseBodyNode { "category" => optional(category), "createTime" =>
    optional(create_time), "createTimestamp" => optional(create_timestamp), "creatorId"
    => optional(creator_id), "extension" => optional(extension), "hasChildren" =>
    optional(has_children), "modifiedTime" => optional(modified_time),
    "modifiedTimestamp" => optional(modified_timestamp), "modifierId" =>
    optional(modifier_id), "name" => optional(name), "nodeId" => optional(node_id),
    "permissionRole" => optional(permission_role), "size" => optional(size),
    "statisticalInfo" => optional(statistical_info), "type" => optional(r#type), "url" =>
    optional(url), "workspaceId" => optional(workspace_id) }
}
/// `GetNodeByUrlResponseBodyNode`: the same model as [`GetNodeResponseBodyNode`].
pub type GetNodeByUrlResponseBodyNode = GetNodeResponseBodyNode;
/// `GetNodesResponseBodyNodes`: the same model as [`GetNodeResponseBodyNode`].
pub type GetNodesResponseBodyNodes = GetNodeResponseBodyNode;
/// `GetTeamResponseBodyTeam`: the same model as [`AddTeamResponseBodyTeam`].
pub type GetTeamResponseBodyTeam = AddTeamResponseBodyTeam;
/// `GetWorkspaceResponseBodyWorkspace`: the same model as [`AddWorkspaceResponseBodyWorkspace`].
pub type GetWorkspaceResponseBodyWorkspace = AddWorkspaceResponseBodyWorkspace;
/// `GetWorkspacesResponseBodyWorkspaces`: the same model as [`AddWorkspaceResponseBodyWorkspace`].
pub type GetWorkspacesResponseBodyWorkspaces = AddWorkspaceResponseBodyWorkspace;
/// `ListNodesResponseBodyNodes`: the same model as [`GetNodeResponseBodyNode`].
pub type ListNodesResponseBodyNodes = GetNodeResponseBodyNode;
/// `ListOrgWorkspacesResponseBodyWorkspaces`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListOrgWorkspacesResponseBodyWorkspaces {
    /// `createTime`.
    pub create_time: Option<String>,
    /// `rootDentryUuid`.
    pub root_dentry_uuid: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `url`.
    pub url: Option<String>,
    /// `workspaceId`.
    pub workspace_id: Option<String>,
    /// `workspaceName`.
    pub workspace_name: Option<String>,
}
rt::impl_deserialize! {
    ListOrgWorkspacesResponseBodyWorkspaces { "createTime" => read_field(create_time),
    "rootDentryUuid" => read_field(root_dentry_uuid), "status" => read_field(status),
    "url" => read_field(url), "workspaceId" => read_field(workspace_id), "workspaceName"
    => read_field(workspace_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListOrgWorkspacesResponseBodyWorkspaces { "createTime" => optional(create_time),
    "rootDentryUuid" => optional(root_dentry_uuid), "status" => optional(status), "url"
    => optional(url), "workspaceId" => optional(workspace_id), "workspaceName" =>
    optional(workspace_name) }
}
/// `ListTeamsResponseBodyTeams`: the same model as [`AddTeamResponseBodyTeam`].
pub type ListTeamsResponseBodyTeams = AddTeamResponseBodyTeam;
/// `ListWorkspacesResponseBodyWorkspaces`: the same model as [`AddWorkspaceResponseBodyWorkspace`].
pub type ListWorkspacesResponseBodyWorkspaces = AddWorkspaceResponseBodyWorkspace;
/// `AddTeamResponseBodyTeamIcon`, a model several operations share: also named [`AddWorkspaceResponseBodyWorkspaceIcon`], [`GetMineWorkspaceResponseBodyWorkspaceIcon`], [`GetTeamResponseBodyTeamIcon`], [`GetWorkspaceResponseBodyWorkspaceIcon`], [`GetWorkspacesResponseBodyWorkspacesIcon`], [`ListTeamsResponseBodyTeamsIcon`], [`ListWorkspacesResponseBodyWorkspacesIcon`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddTeamResponseBodyTeamIcon {
    /// `type`.
    pub r#type: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    AddTeamResponseBodyTeamIcon { "type" => read_field(r#type), "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddTeamResponseBodyTeamIcon { "type" => optional(r#type), "value" => optional(value)
    }
}
/// `AddWorkspaceResponseBodyWorkspaceIcon`: the same model as [`AddTeamResponseBodyTeamIcon`].
pub type AddWorkspaceResponseBodyWorkspaceIcon = AddTeamResponseBodyTeamIcon;
/// `GetMineWorkspaceResponseBodyWorkspaceIcon`: the same model as [`AddTeamResponseBodyTeamIcon`].
pub type GetMineWorkspaceResponseBodyWorkspaceIcon = AddTeamResponseBodyTeamIcon;
/// `GetNodeResponseBodyNodeStatisticalInfo`, a model several operations share: also named [`GetNodeByUrlResponseBodyNodeStatisticalInfo`], [`GetNodesResponseBodyNodesStatisticalInfo`], [`ListNodesResponseBodyNodesStatisticalInfo`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetNodeResponseBodyNodeStatisticalInfo {
    /// `wordCount`.
    pub word_count: Option<i64>,
}
rt::impl_deserialize! {
    GetNodeResponseBodyNodeStatisticalInfo { "wordCount" => read_field(word_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetNodeResponseBodyNodeStatisticalInfo { "wordCount" => optional(word_count) }
}
/// `GetNodeByUrlResponseBodyNodeStatisticalInfo`: the same model as [`GetNodeResponseBodyNodeStatisticalInfo`].
pub type GetNodeByUrlResponseBodyNodeStatisticalInfo = GetNodeResponseBodyNodeStatisticalInfo;
/// `GetNodesResponseBodyNodesStatisticalInfo`: the same model as [`GetNodeResponseBodyNodeStatisticalInfo`].
pub type GetNodesResponseBodyNodesStatisticalInfo = GetNodeResponseBodyNodeStatisticalInfo;
/// `GetTeamResponseBodyTeamIcon`: the same model as [`AddTeamResponseBodyTeamIcon`].
pub type GetTeamResponseBodyTeamIcon = AddTeamResponseBodyTeamIcon;
/// `GetWorkspaceResponseBodyWorkspaceIcon`: the same model as [`AddTeamResponseBodyTeamIcon`].
pub type GetWorkspaceResponseBodyWorkspaceIcon = AddTeamResponseBodyTeamIcon;
/// `GetWorkspacesResponseBodyWorkspacesIcon`: the same model as [`AddTeamResponseBodyTeamIcon`].
pub type GetWorkspacesResponseBodyWorkspacesIcon = AddTeamResponseBodyTeamIcon;
/// `ListNodesResponseBodyNodesStatisticalInfo`: the same model as [`GetNodeResponseBodyNodeStatisticalInfo`].
pub type ListNodesResponseBodyNodesStatisticalInfo = GetNodeResponseBodyNodeStatisticalInfo;
/// `ListTeamsResponseBodyTeamsIcon`: the same model as [`AddTeamResponseBodyTeamIcon`].
pub type ListTeamsResponseBodyTeamsIcon = AddTeamResponseBodyTeamIcon;
/// `ListWorkspacesResponseBodyWorkspacesIcon`: the same model as [`AddTeamResponseBodyTeamIcon`].
pub type ListWorkspacesResponseBodyWorkspacesIcon = AddTeamResponseBodyTeamIcon;
/// The request of [`Api::add_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddTeamRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `name`.
    pub name: String,
    /// `option`.
    pub option: Option<AddTeamRequestOption>,
}
/// The required fields of [`AddTeamRequest`], each named where it is set: `AddTeamRequest::new(AddTeamRequired { .. })`.
pub struct AddTeamRequired {
    /// `operatorId`: see [`AddTeamRequest::operator_id`].
    pub operator_id: String,
    /// `name`: see [`AddTeamRequest::name`].
    pub name: String,
}
impl AddTeamRequest {
    /// A `AddTeamRequest` with its required fields (`operatorId`, `name`); set the others with the methods named after them.
    pub fn new(required: AddTeamRequired) -> Self {
        let AddTeamRequired { operator_id, name } = required;
        Self {
            operator_id,
            name,
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: AddTeamRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddTeamRequest { "name" => field(name), "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddTeamRequest { "operatorId" => read_field(operator_id), "name" => read_field(name),
    "option" => read_field(option) }
}
impl rt::WriteRequest for AddTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::add_workspace`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddWorkspaceRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `name`.
    pub name: String,
    /// `option`.
    pub option: Option<AddWorkspaceRequestOption>,
}
/// The required fields of [`AddWorkspaceRequest`], each named where it is set: `AddWorkspaceRequest::new(AddWorkspaceRequired { .. })`.
pub struct AddWorkspaceRequired {
    /// `operatorId`: see [`AddWorkspaceRequest::operator_id`].
    pub operator_id: String,
    /// `name`: see [`AddWorkspaceRequest::name`].
    pub name: String,
}
impl AddWorkspaceRequest {
    /// A `AddWorkspaceRequest` with its required fields (`operatorId`, `name`); set the others with the methods named after them.
    pub fn new(required: AddWorkspaceRequired) -> Self {
        let AddWorkspaceRequired { operator_id, name } = required;
        Self {
            operator_id,
            name,
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: AddWorkspaceRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddWorkspaceRequest { "name" => field(name), "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddWorkspaceRequest { "operatorId" => read_field(operator_id), "name" =>
    read_field(name), "option" => read_field(option) }
}
impl rt::WriteRequest for AddWorkspaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::add_workspaces_manager`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddWorkspacesManagerRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `workspaceId`: a query parameter.
    pub workspace_id: String,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`AddWorkspacesManagerRequest`], each named where it is set: `AddWorkspacesManagerRequest::new(AddWorkspacesManagerRequired { .. })`.
pub struct AddWorkspacesManagerRequired {
    /// `operatorId`: see [`AddWorkspacesManagerRequest::operator_id`].
    pub operator_id: String,
    /// `workspaceId`: see [`AddWorkspacesManagerRequest::workspace_id`].
    pub workspace_id: String,
    /// `userIds`: see [`AddWorkspacesManagerRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl AddWorkspacesManagerRequest {
    /// A `AddWorkspacesManagerRequest` with its required fields (`operatorId`, `workspaceId`, `userIds`); set the others with the methods named after them.
    pub fn new(required: AddWorkspacesManagerRequired) -> Self {
        let AddWorkspacesManagerRequired { operator_id, workspace_id, user_ids } = required;
        Self {
            operator_id,
            workspace_id,
            user_ids,
        }
    }
}
rt::impl_serialize! {
    AddWorkspacesManagerRequest { "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddWorkspacesManagerRequest { "operatorId" => read_field(operator_id), "workspaceId"
    => read_field(workspace_id), "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for AddWorkspacesManagerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("workspaceId", &self.workspace_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteTeamRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`DeleteTeamRequest`], each named where it is set: `DeleteTeamRequest::new(DeleteTeamRequired { .. })`.
pub struct DeleteTeamRequired {
    /// `operatorId`: see [`DeleteTeamRequest::operator_id`].
    pub operator_id: String,
}
impl DeleteTeamRequest {
    /// A `DeleteTeamRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: DeleteTeamRequired) -> Self {
        let DeleteTeamRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteTeamRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for DeleteTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_default_hand_over_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDefaultHandOverUserRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetDefaultHandOverUserRequest`], each named where it is set: `GetDefaultHandOverUserRequest::new(GetDefaultHandOverUserRequired { .. })`.
pub struct GetDefaultHandOverUserRequired {
    /// `operatorId`: see [`GetDefaultHandOverUserRequest::operator_id`].
    pub operator_id: String,
}
impl GetDefaultHandOverUserRequest {
    /// A `GetDefaultHandOverUserRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetDefaultHandOverUserRequired) -> Self {
        let GetDefaultHandOverUserRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDefaultHandOverUserRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetDefaultHandOverUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_mine_workspace`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMineWorkspaceRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetMineWorkspaceRequest`], each named where it is set: `GetMineWorkspaceRequest::new(GetMineWorkspaceRequired { .. })`.
pub struct GetMineWorkspaceRequired {
    /// `operatorId`: see [`GetMineWorkspaceRequest::operator_id`].
    pub operator_id: String,
}
impl GetMineWorkspaceRequest {
    /// A `GetMineWorkspaceRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetMineWorkspaceRequired) -> Self {
        let GetMineWorkspaceRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMineWorkspaceRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetMineWorkspaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_node`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetNodeRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `withPermissionRole`: a query parameter.
    pub with_permission_role: Option<bool>,
    /// `withStatisticalInfo`: a query parameter.
    pub with_statistical_info: Option<bool>,
}
/// The required fields of [`GetNodeRequest`], each named where it is set: `GetNodeRequest::new(GetNodeRequired { .. })`.
pub struct GetNodeRequired {
    /// `operatorId`: see [`GetNodeRequest::operator_id`].
    pub operator_id: String,
}
impl GetNodeRequest {
    /// A `GetNodeRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetNodeRequired) -> Self {
        let GetNodeRequired { operator_id } = required;
        Self {
            operator_id,
            with_permission_role: None,
            with_statistical_info: None,
        }
    }
    /// Sets `withPermissionRole`.
    pub fn with_permission_role(mut self, value: bool) -> Self {
        self.with_permission_role = Some(value);
        self
    }
    /// Sets `withStatisticalInfo`.
    pub fn with_statistical_info(mut self, value: bool) -> Self {
        self.with_statistical_info = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetNodeRequest { "operatorId" => read_field(operator_id), "withPermissionRole" =>
    read_field(with_permission_role), "withStatisticalInfo" =>
    read_field(with_statistical_info) }
}
impl rt::WriteRequest for GetNodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("withPermissionRole", &self.with_permission_role);
        writer.query("withStatisticalInfo", &self.with_statistical_info);
    }
}
/// The request of [`Api::get_node_by_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetNodeByUrlRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<GetNodeByUrlRequestOption>,
    /// `url`.
    pub url: String,
}
/// The required fields of [`GetNodeByUrlRequest`], each named where it is set: `GetNodeByUrlRequest::new(GetNodeByUrlRequired { .. })`.
pub struct GetNodeByUrlRequired {
    /// `operatorId`: see [`GetNodeByUrlRequest::operator_id`].
    pub operator_id: String,
    /// `url`: see [`GetNodeByUrlRequest::url`].
    pub url: String,
}
impl GetNodeByUrlRequest {
    /// A `GetNodeByUrlRequest` with its required fields (`operatorId`, `url`); set the others with the methods named after them.
    pub fn new(required: GetNodeByUrlRequired) -> Self {
        let GetNodeByUrlRequired { operator_id, url } = required;
        Self {
            operator_id,
            option: None,
            url,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetNodeByUrlRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetNodeByUrlRequest { "option" => optional(option), "url" => field(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetNodeByUrlRequest { "operatorId" => read_field(operator_id), "option" =>
    read_field(option), "url" => read_field(url) }
}
impl rt::WriteRequest for GetNodeByUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_nodes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetNodesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `nodeIds`.
    pub node_ids: Vec<String>,
    /// `option`.
    pub option: Option<GetNodesRequestOption>,
}
/// The required fields of [`GetNodesRequest`], each named where it is set: `GetNodesRequest::new(GetNodesRequired { .. })`.
pub struct GetNodesRequired {
    /// `operatorId`: see [`GetNodesRequest::operator_id`].
    pub operator_id: String,
    /// `nodeIds`: see [`GetNodesRequest::node_ids`].
    pub node_ids: Vec<String>,
}
impl GetNodesRequest {
    /// A `GetNodesRequest` with its required fields (`operatorId`, `nodeIds`); set the others with the methods named after them.
    pub fn new(required: GetNodesRequired) -> Self {
        let GetNodesRequired { operator_id, node_ids } = required;
        Self {
            operator_id,
            node_ids,
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetNodesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetNodesRequest { "nodeIds" => field(node_ids), "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetNodesRequest { "operatorId" => read_field(operator_id), "nodeIds" =>
    read_field(node_ids), "option" => read_field(option) }
}
impl rt::WriteRequest for GetNodesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTeamRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`GetTeamRequest`], each named where it is set: `GetTeamRequest::new(GetTeamRequired { .. })`.
pub struct GetTeamRequired {
    /// `operatorId`: see [`GetTeamRequest::operator_id`].
    pub operator_id: String,
}
impl GetTeamRequest {
    /// A `GetTeamRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetTeamRequired) -> Self {
        let GetTeamRequired { operator_id } = required;
        Self { operator_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTeamRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for GetTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::get_workspace`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetWorkspaceRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `withPermissionRole`: a query parameter.
    pub with_permission_role: Option<bool>,
}
/// The required fields of [`GetWorkspaceRequest`], each named where it is set: `GetWorkspaceRequest::new(GetWorkspaceRequired { .. })`.
pub struct GetWorkspaceRequired {
    /// `operatorId`: see [`GetWorkspaceRequest::operator_id`].
    pub operator_id: String,
}
impl GetWorkspaceRequest {
    /// A `GetWorkspaceRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: GetWorkspaceRequired) -> Self {
        let GetWorkspaceRequired { operator_id } = required;
        Self {
            operator_id,
            with_permission_role: None,
        }
    }
    /// Sets `withPermissionRole`.
    pub fn with_permission_role(mut self, value: bool) -> Self {
        self.with_permission_role = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetWorkspaceRequest { "operatorId" => read_field(operator_id), "withPermissionRole"
    => read_field(with_permission_role) }
}
impl rt::WriteRequest for GetWorkspaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("withPermissionRole", &self.with_permission_role);
    }
}
/// The request of [`Api::get_workspaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetWorkspacesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `option`.
    pub option: Option<GetWorkspacesRequestOption>,
    /// `workspaceIds`.
    pub workspace_ids: Vec<String>,
}
/// The required fields of [`GetWorkspacesRequest`], each named where it is set: `GetWorkspacesRequest::new(GetWorkspacesRequired { .. })`.
pub struct GetWorkspacesRequired {
    /// `operatorId`: see [`GetWorkspacesRequest::operator_id`].
    pub operator_id: String,
    /// `workspaceIds`: see [`GetWorkspacesRequest::workspace_ids`].
    pub workspace_ids: Vec<String>,
}
impl GetWorkspacesRequest {
    /// A `GetWorkspacesRequest` with its required fields (`operatorId`, `workspaceIds`); set the others with the methods named after them.
    pub fn new(required: GetWorkspacesRequired) -> Self {
        let GetWorkspacesRequired { operator_id, workspace_ids } = required;
        Self {
            operator_id,
            option: None,
            workspace_ids,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetWorkspacesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetWorkspacesRequest { "option" => optional(option), "workspaceIds" =>
    field(workspace_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetWorkspacesRequest { "operatorId" => read_field(operator_id), "option" =>
    read_field(option), "workspaceIds" => read_field(workspace_ids) }
}
impl rt::WriteRequest for GetWorkspacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::hand_over_workspace`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct HandOverWorkspaceRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `sourceOwnerId`.
    pub source_owner_id: String,
    /// `targetOwnerId`.
    pub target_owner_id: String,
    /// `workspaceId`.
    pub workspace_id: String,
}
/// The required fields of [`HandOverWorkspaceRequest`], each named where it is set: `HandOverWorkspaceRequest::new(HandOverWorkspaceRequired { .. })`.
pub struct HandOverWorkspaceRequired {
    /// `operatorId`: see [`HandOverWorkspaceRequest::operator_id`].
    pub operator_id: String,
    /// `sourceOwnerId`: see [`HandOverWorkspaceRequest::source_owner_id`].
    pub source_owner_id: String,
    /// `targetOwnerId`: see [`HandOverWorkspaceRequest::target_owner_id`].
    pub target_owner_id: String,
    /// `workspaceId`: see [`HandOverWorkspaceRequest::workspace_id`].
    pub workspace_id: String,
}
impl HandOverWorkspaceRequest {
    /// A `HandOverWorkspaceRequest` with its required fields (`operatorId`, `sourceOwnerId`, `targetOwnerId`, `workspaceId`); set the others with the methods named after them.
    pub fn new(required: HandOverWorkspaceRequired) -> Self {
        let HandOverWorkspaceRequired {
            operator_id,
            source_owner_id,
            target_owner_id,
            workspace_id,
        } = required;
        Self {
            operator_id,
            source_owner_id,
            target_owner_id,
            workspace_id,
        }
    }
}
rt::impl_serialize! {
    HandOverWorkspaceRequest { "sourceOwnerId" => field(source_owner_id), "targetOwnerId"
    => field(target_owner_id), "workspaceId" => field(workspace_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HandOverWorkspaceRequest { "operatorId" => read_field(operator_id), "sourceOwnerId"
    => read_field(source_owner_id), "targetOwnerId" => read_field(target_owner_id),
    "workspaceId" => read_field(workspace_id) }
}
impl rt::WriteRequest for HandOverWorkspaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_nodes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListNodesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `parentNodeId`: a query parameter.
    pub parent_node_id: String,
    /// `withPermissionRole`: a query parameter.
    pub with_permission_role: Option<bool>,
}
/// The required fields of [`ListNodesRequest`], each named where it is set: `ListNodesRequest::new(ListNodesRequired { .. })`.
pub struct ListNodesRequired {
    /// `operatorId`: see [`ListNodesRequest::operator_id`].
    pub operator_id: String,
    /// `parentNodeId`: see [`ListNodesRequest::parent_node_id`].
    pub parent_node_id: String,
}
impl ListNodesRequest {
    /// A `ListNodesRequest` with its required fields (`operatorId`, `parentNodeId`); set the others with the methods named after them.
    pub fn new(required: ListNodesRequired) -> Self {
        let ListNodesRequired { operator_id, parent_node_id } = required;
        Self {
            max_results: None,
            next_token: None,
            operator_id,
            parent_node_id,
            with_permission_role: None,
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
    /// Sets `withPermissionRole`.
    pub fn with_permission_role(mut self, value: bool) -> Self {
        self.with_permission_role = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListNodesRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "operatorId" => read_field(operator_id), "parentNodeId" =>
    read_field(parent_node_id), "withPermissionRole" => read_field(with_permission_role)
    }
}
impl rt::WriteRequest for ListNodesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
        writer.query("parentNodeId", &self.parent_node_id);
        writer.query("withPermissionRole", &self.with_permission_role);
    }
}
/// The request of [`Api::list_org_workspaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListOrgWorkspacesRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `status`: a query parameter.
    pub status: Option<i64>,
}
/// The required fields of [`ListOrgWorkspacesRequest`], each named where it is set: `ListOrgWorkspacesRequest::new(ListOrgWorkspacesRequired { .. })`.
pub struct ListOrgWorkspacesRequired {
    /// `operatorId`: see [`ListOrgWorkspacesRequest::operator_id`].
    pub operator_id: String,
}
impl ListOrgWorkspacesRequest {
    /// A `ListOrgWorkspacesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ListOrgWorkspacesRequired) -> Self {
        let ListOrgWorkspacesRequired { operator_id } = required;
        Self {
            operator_id,
            page_number: None,
            page_size: None,
            status: None,
        }
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListOrgWorkspacesRequest { "operatorId" => read_field(operator_id), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "status" =>
    read_field(status) }
}
impl rt::WriteRequest for ListOrgWorkspacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("status", &self.status);
    }
}
/// The request of [`Api::list_teams`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListTeamsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
}
/// The required fields of [`ListTeamsRequest`], each named where it is set: `ListTeamsRequest::new(ListTeamsRequired { .. })`.
pub struct ListTeamsRequired {
    /// `operatorId`: see [`ListTeamsRequest::operator_id`].
    pub operator_id: String,
}
impl ListTeamsRequest {
    /// A `ListTeamsRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ListTeamsRequired) -> Self {
        let ListTeamsRequired { operator_id } = required;
        Self {
            max_results: None,
            next_token: None,
            operator_id,
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
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListTeamsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for ListTeamsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::list_workspaces`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListWorkspacesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `orderBy`: a query parameter.
    pub order_by: Option<String>,
    /// `teamId`: a query parameter.
    pub team_id: Option<String>,
    /// `withPermissionRole`: a query parameter.
    pub with_permission_role: Option<bool>,
}
/// The required fields of [`ListWorkspacesRequest`], each named where it is set: `ListWorkspacesRequest::new(ListWorkspacesRequired { .. })`.
pub struct ListWorkspacesRequired {
    /// `operatorId`: see [`ListWorkspacesRequest::operator_id`].
    pub operator_id: String,
}
impl ListWorkspacesRequest {
    /// A `ListWorkspacesRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: ListWorkspacesRequired) -> Self {
        let ListWorkspacesRequired { operator_id } = required;
        Self {
            max_results: None,
            next_token: None,
            operator_id,
            order_by: None,
            team_id: None,
            with_permission_role: None,
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
    /// Sets `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sets `teamId`.
    pub fn team_id(mut self, value: impl Into<String>) -> Self {
        self.team_id = Some(value.into());
        self
    }
    /// Sets `withPermissionRole`.
    pub fn with_permission_role(mut self, value: bool) -> Self {
        self.with_permission_role = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListWorkspacesRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "operatorId" => read_field(operator_id), "orderBy" =>
    read_field(order_by), "teamId" => read_field(team_id), "withPermissionRole" =>
    read_field(with_permission_role) }
}
impl rt::WriteRequest for ListWorkspacesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("operatorId", &self.operator_id);
        writer.query("orderBy", &self.order_by);
        writer.query("teamId", &self.team_id);
        writer.query("withPermissionRole", &self.with_permission_role);
    }
}
/// The request of [`Api::set_default_hand_over_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SetDefaultHandOverUserRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: String,
    /// `defaultHandoverUserId`.
    pub default_handover_user_id: Option<String>,
}
/// The required fields of [`SetDefaultHandOverUserRequest`], each named where it is set: `SetDefaultHandOverUserRequest::new(SetDefaultHandOverUserRequired { .. })`.
pub struct SetDefaultHandOverUserRequired {
    /// `operatorId`: see [`SetDefaultHandOverUserRequest::operator_id`].
    pub operator_id: String,
}
impl SetDefaultHandOverUserRequest {
    /// A `SetDefaultHandOverUserRequest` with its required fields (`operatorId`); set the others with the methods named after them.
    pub fn new(required: SetDefaultHandOverUserRequired) -> Self {
        let SetDefaultHandOverUserRequired { operator_id } = required;
        Self {
            operator_id,
            default_handover_user_id: None,
        }
    }
    /// Sets `defaultHandoverUserId`.
    pub fn default_handover_user_id(mut self, value: impl Into<String>) -> Self {
        self.default_handover_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SetDefaultHandOverUserRequest { "defaultHandoverUserId" =>
    optional(default_handover_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SetDefaultHandOverUserRequest { "operatorId" => read_field(operator_id),
    "defaultHandoverUserId" => read_field(default_handover_user_id) }
}
impl rt::WriteRequest for SetDefaultHandOverUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddTeamError = rt::ServiceError;
/// An error reply of [`Api::add_workspace`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddWorkspaceError = rt::ServiceError;
/// An error reply of [`Api::add_workspaces_manager`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddWorkspacesManagerError = rt::ServiceError;
/// An error reply of [`Api::delete_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteTeamError = rt::ServiceError;
/// An error reply of [`Api::get_default_hand_over_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDefaultHandOverUserError = rt::ServiceError;
/// An error reply of [`Api::get_mine_workspace`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMineWorkspaceError = rt::ServiceError;
/// An error reply of [`Api::get_node`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetNodeError = rt::ServiceError;
/// An error reply of [`Api::get_node_by_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetNodeByUrlError = rt::ServiceError;
/// An error reply of [`Api::get_nodes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetNodesError = rt::ServiceError;
/// An error reply of [`Api::get_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTeamError = rt::ServiceError;
/// An error reply of [`Api::get_workspace`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetWorkspaceError = rt::ServiceError;
/// An error reply of [`Api::get_workspaces`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetWorkspacesError = rt::ServiceError;
/// An error reply of [`Api::hand_over_workspace`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HandOverWorkspaceError = rt::ServiceError;
/// An error reply of [`Api::list_nodes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListNodesError = rt::ServiceError;
/// An error reply of [`Api::list_org_workspaces`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListOrgWorkspacesError = rt::ServiceError;
/// An error reply of [`Api::list_teams`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListTeamsError = rt::ServiceError;
/// An error reply of [`Api::list_workspaces`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListWorkspacesError = rt::ServiceError;
/// An error reply of [`Api::set_default_hand_over_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SetDefaultHandOverUserError = rt::ServiceError;
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
        "AddTeam" => rt::conformance::reply(api.add_team(&inputs.request(true)?)).await,
        "AddWorkspace" => {
            rt::conformance::reply(api.add_workspace(&inputs.request(true)?)).await
        }
        "AddWorkspacesManager" => {
            rt::conformance::reply(api.add_workspaces_manager(&inputs.request(true)?))
                .await
        }
        "DeleteTeam" => {
            rt::conformance::reply(
                    api.delete_team(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetDefaultHandOverUser" => {
            rt::conformance::reply(
                    api.get_default_hand_over_user(&inputs.request(false)?),
                )
                .await
        }
        "GetMineWorkspace" => {
            rt::conformance::reply(api.get_mine_workspace(&inputs.request(false)?)).await
        }
        "GetNode" => {
            rt::conformance::reply(
                    api.get_node(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetNodeByUrl" => {
            rt::conformance::reply(api.get_node_by_url(&inputs.request(true)?)).await
        }
        "GetNodes" => rt::conformance::reply(api.get_nodes(&inputs.request(true)?)).await,
        "GetTeam" => {
            rt::conformance::reply(
                    api.get_team(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetWorkspace" => {
            rt::conformance::reply(
                    api.get_workspace(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetWorkspaces" => {
            rt::conformance::reply(api.get_workspaces(&inputs.request(true)?)).await
        }
        "HandOverWorkspace" => {
            rt::conformance::reply(api.hand_over_workspace(&inputs.request(true)?)).await
        }
        "ListNodes" => {
            rt::conformance::reply(api.list_nodes(&inputs.request(false)?)).await
        }
        "ListOrgWorkspaces" => {
            rt::conformance::reply(api.list_org_workspaces(&inputs.request(false)?))
                .await
        }
        "ListTeams" => {
            rt::conformance::reply(api.list_teams(&inputs.request(false)?)).await
        }
        "ListWorkspaces" => {
            rt::conformance::reply(api.list_workspaces(&inputs.request(false)?)).await
        }
        "SetDefaultHandOverUser" => {
            rt::conformance::reply(
                    api.set_default_hand_over_user(&inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
