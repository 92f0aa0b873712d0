// @generated from api-spec/workbench_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 工作台 (Workbench)：工作台、插件与最近使用。
//!
//! 10 operations, methods of [`Api`] (`client.workbench_1_0()`), behind the cargo feature `workbench_1_0`; its paths start with `/v1.0/workbench/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `workbench_1_0`. Get it with `client.workbench_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 批量添加最近使用记录
    ///
    /// `POST /v1.0/workbench/components/recentUsed/batch`: DingTalk's `AddRecentUserAppList` (module feature `workbench_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddRecentUserAppList")]
    #[doc(alias = "/v1.0/workbench/components/recentUsed/batch")]
    #[doc(alias = "POST /v1.0/workbench/components/recentUsed/batch")]
    pub fn add_recent_user_app_list(
        &self,
        request: &AddRecentUserAppListRequest,
    ) -> rt::Call<AddRecentUserAppListResponseBody, AddRecentUserAppListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddRecentUserAppList",
            rt::Method::Post,
            "/v1.0/workbench/components/recentUsed/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询自定义工作台
    ///
    /// `GET /v1.0/workbench/dingPortals/{appUuid}`: DingTalk's `GetDingPortalDetail` (module feature `workbench_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `app_uuid`: `{appUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDingPortalDetail")]
    #[doc(alias = "/v1.0/workbench/dingPortals/{appUuid}")]
    #[doc(alias = "GET /v1.0/workbench/dingPortals/{appUuid}")]
    pub fn get_ding_portal_detail(
        &self,
        app_uuid: &str,
    ) -> rt::Call<GetDingPortalDetailResponseBody, GetDingPortalDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDingPortalDetail",
            rt::Method::Get,
            "/v1.0/workbench/dingPortals/{appUuid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[app_uuid], &())
    }
    /// 获取工作台插件的权限点
    ///
    /// `GET /v1.0/workbench/plugins/permissions`: DingTalk's `GetPluginPermissionPoint` (module feature `workbench_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPluginPermissionPoint")]
    #[doc(alias = "/v1.0/workbench/plugins/permissions")]
    #[doc(alias = "GET /v1.0/workbench/plugins/permissions")]
    pub fn get_plugin_permission_point(
        &self,
        request: &GetPluginPermissionPointRequest,
    ) -> rt::Call<GetPluginPermissionPointResponseBody, GetPluginPermissionPointError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPluginPermissionPoint",
            rt::Method::Get,
            "/v1.0/workbench/plugins/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取插件的校验规则
    ///
    /// `GET /v1.0/workbench/plugins/validationRules`: DingTalk's `GetPluginRuleCheckInfo` (module feature `workbench_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPluginRuleCheckInfo")]
    #[doc(alias = "/v1.0/workbench/plugins/validationRules")]
    #[doc(alias = "GET /v1.0/workbench/plugins/validationRules")]
    pub fn get_plugin_rule_check_info(
        &self,
        request: &GetPluginRuleCheckInfoRequest,
    ) -> rt::Call<GetPluginRuleCheckInfoResponseBody, GetPluginRuleCheckInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPluginRuleCheckInfo",
            rt::Method::Get,
            "/v1.0/workbench/plugins/validationRules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取工作台分组列表
    ///
    /// `GET /v1.0/workbench/groups`: DingTalk's `ListWorkBenchGroup` (module feature `workbench_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListWorkBenchGroup")]
    #[doc(alias = "/v1.0/workbench/groups")]
    #[doc(alias = "GET /v1.0/workbench/groups")]
    pub fn list_work_bench_group(
        &self,
        request: &ListWorkBenchGroupRequest,
    ) -> rt::Call<ListWorkBenchGroupResponseBody, ListWorkBenchGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListWorkBenchGroup",
            rt::Method::Get,
            "/v1.0/workbench/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 工作台支持数字红点
    ///
    /// `POST /v1.0/workbench/badges/modify`: DingTalk's `ModifyWorkbenchBadge` (module feature `workbench_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ModifyWorkbenchBadge")]
    #[doc(alias = "/v1.0/workbench/badges/modify")]
    #[doc(alias = "POST /v1.0/workbench/badges/modify")]
    pub fn modify_workbench_badge(
        &self,
        request: &ModifyWorkbenchBadgeRequest,
    ) -> rt::Call<ModifyWorkbenchBadgeResponseBody, ModifyWorkbenchBadgeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ModifyWorkbenchBadge",
            rt::Method::Post,
            "/v1.0/workbench/badges/modify",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 工作台组件授权范围查询
    ///
    /// `GET /v1.0/workbench/components/{componentId}/scopes`: DingTalk's `QueryComponentScopes` (module feature `workbench_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `component_id`: `{componentId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryComponentScopes")]
    #[doc(alias = "/v1.0/workbench/components/{componentId}/scopes")]
    #[doc(alias = "GET /v1.0/workbench/components/{componentId}/scopes")]
    pub fn query_component_scopes(
        &self,
        component_id: &str,
    ) -> rt::Call<QueryComponentScopesResponseBody, QueryComponentScopesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryComponentScopes",
            rt::Method::Get,
            "/v1.0/workbench/components/{componentId}/scopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[component_id], &())
    }
    /// 查询快捷方式可见范围
    ///
    /// `GET /v1.0/workbench/shortcuts/{shortcutKey}/scopes`: DingTalk's `QueryShortcutScopes` (module feature `workbench_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `shortcut_key`: `{shortcutKey}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryShortcutScopes")]
    #[doc(alias = "/v1.0/workbench/shortcuts/{shortcutKey}/scopes")]
    #[doc(alias = "GET /v1.0/workbench/shortcuts/{shortcutKey}/scopes")]
    pub fn query_shortcut_scopes(
        &self,
        shortcut_key: &str,
    ) -> rt::Call<QueryShortcutScopesResponseBody, QueryShortcutScopesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryShortcutScopes",
            rt::Method::Get,
            "/v1.0/workbench/shortcuts/{shortcutKey}/scopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[shortcut_key], &())
    }
    /// 工作台数字红点支持撤销已被删除的资源
    ///
    /// `POST /v1.0/workbench/badges/undoDeleted`: DingTalk's `UndoDeletion` (module feature `workbench_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UndoDeletion")]
    #[doc(alias = "/v1.0/workbench/badges/undoDeleted")]
    #[doc(alias = "POST /v1.0/workbench/badges/undoDeleted")]
    pub fn undo_deletion(
        &self,
        request: &UndoDeletionRequest,
    ) -> rt::Call<UndoDeletionResponseBody, UndoDeletionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UndoDeletion",
            rt::Method::Post,
            "/v1.0/workbench/badges/undoDeleted",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新自定义工作台页面可见性
    ///
    /// `PUT /v1.0/workbench/dingPortals/{appUuid}/pageScopes/{pageUuid}`: DingTalk's `UpdateDingPortalPageScope` (module feature `workbench_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `app_uuid`: `{appUuid}` in the path.
    /// - `page_uuid`: `{pageUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateDingPortalPageScope")]
    #[doc(alias = "/v1.0/workbench/dingPortals/{appUuid}/pageScopes/{pageUuid}")]
    #[doc(alias = "PUT /v1.0/workbench/dingPortals/{appUuid}/pageScopes/{pageUuid}")]
    pub fn update_ding_portal_page_scope(
        &self,
        app_uuid: &str,
        page_uuid: &str,
        request: &UpdateDingPortalPageScopeRequest,
    ) -> rt::Call<rt::serde_json::Value, UpdateDingPortalPageScopeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateDingPortalPageScope",
            rt::Method::Put,
            "/v1.0/workbench/dingPortals/{appUuid}/pageScopes/{pageUuid}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[app_uuid, page_uuid], request)
    }
}
/// `AddRecentUserAppListRequestUsedAppDetailList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddRecentUserAppListRequestUsedAppDetailList {
    /// `agentId`.
    pub agent_id: String,
}
/// The required fields of [`AddRecentUserAppListRequestUsedAppDetailList`], each named where it is set: `AddRecentUserAppListRequestUsedAppDetailList::new(AddRecentUserAppListRequestUsedAppDetailListRequired { .. })`.
pub struct AddRecentUserAppListRequestUsedAppDetailListRequired {
    /// `agentId`: see [`AddRecentUserAppListRequestUsedAppDetailList::agent_id`].
    pub agent_id: String,
}
impl AddRecentUserAppListRequestUsedAppDetailList {
    /// A `AddRecentUserAppListRequestUsedAppDetailList` with its required fields (`agentId`); set the others with the methods named after them.
    pub fn new(required: AddRecentUserAppListRequestUsedAppDetailListRequired) -> Self {
        let AddRecentUserAppListRequestUsedAppDetailListRequired { agent_id } = required;
        Self { agent_id }
    }
}
rt::impl_serialize! {
    AddRecentUserAppListRequestUsedAppDetailList { "agentId" => field(agent_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddRecentUserAppListRequestUsedAppDetailList { "agentId" => read_field(agent_id) }
}
/// `AddRecentUserAppListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddRecentUserAppListResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    AddRecentUserAppListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddRecentUserAppListResponseBody { "result" => optional(result) }
}
/// `GetDingPortalDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDingPortalDetailResponseBody {
    /// `appUuid`.
    pub app_uuid: Option<String>,
    /// `dingPortalName`.
    pub ding_portal_name: Option<String>,
    /// `pages`.
    pub pages: Option<Vec<GetDingPortalDetailResponseBodyPages>>,
}
rt::impl_deserialize! {
    GetDingPortalDetailResponseBody { "appUuid" => read_field(app_uuid), "dingPortalName"
    => read_field(ding_portal_name), "pages" => read_field(pages) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDingPortalDetailResponseBody { "appUuid" => optional(app_uuid), "dingPortalName"
    => optional(ding_portal_name), "pages" => optional(pages) }
}
/// `GetPluginPermissionPointResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPluginPermissionPointResponseBody {
    /// `permissionPointList`.
    pub permission_point_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetPluginPermissionPointResponseBody { "permissionPointList" =>
    read_field(permission_point_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPluginPermissionPointResponseBody { "permissionPointList" =>
    optional(permission_point_list) }
}
/// `GetPluginRuleCheckInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPluginRuleCheckInfoResponseBody {
    /// `packCode`.
    pub pack_code: Option<String>,
    /// `pluginRuleCheckDetail`.
    pub plugin_rule_check_detail: Option<String>,
}
rt::impl_deserialize! {
    GetPluginRuleCheckInfoResponseBody { "packCode" => read_field(pack_code),
    "pluginRuleCheckDetail" => read_field(plugin_rule_check_detail) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPluginRuleCheckInfoResponseBody { "packCode" => optional(pack_code),
    "pluginRuleCheckDetail" => optional(plugin_rule_check_detail) }
}
/// `ListWorkBenchGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListWorkBenchGroupResponseBody {
    /// `groupList`.
    pub group_list: Option<Vec<ListWorkBenchGroupResponseBodyGroupList>>,
}
rt::impl_deserialize! {
    ListWorkBenchGroupResponseBody { "groupList" => read_field(group_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListWorkBenchGroupResponseBody { "groupList" => optional(group_list) }
}
/// `ModifyWorkbenchBadgeResponseBody`, a model several operations share: also named [`UndoDeletionResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ModifyWorkbenchBadgeResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    ModifyWorkbenchBadgeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ModifyWorkbenchBadgeResponseBody { "result" => optional(result) }
}
/// `QueryComponentScopesResponseBody`, a model several operations share: also named [`QueryShortcutScopesResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryComponentScopesResponseBody {
    /// `deptVisibleScopes`.
    pub dept_visible_scopes: Option<Vec<i64>>,
    /// `userVisibleScopes`.
    pub user_visible_scopes: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryComponentScopesResponseBody { "deptVisibleScopes" =>
    read_field(dept_visible_scopes), "userVisibleScopes" =>
    read_field(user_visible_scopes) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryComponentScopesResponseBody { "deptVisibleScopes" =>
    optional(dept_visible_scopes), "userVisibleScopes" => optional(user_visible_scopes) }
}
/// `QueryShortcutScopesResponseBody`: the same model as [`QueryComponentScopesResponseBody`].
pub type QueryShortcutScopesResponseBody = QueryComponentScopesResponseBody;
/// `UndoDeletionResponseBody`: the same model as [`ModifyWorkbenchBadgeResponseBody`].
pub type UndoDeletionResponseBody = ModifyWorkbenchBadgeResponseBody;
/// `GetDingPortalDetailResponseBodyPages`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDingPortalDetailResponseBodyPages {
    /// `allVisible`.
    pub all_visible: Option<bool>,
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `pageName`.
    pub page_name: Option<String>,
    /// `pageUuid`.
    pub page_uuid: Option<String>,
    /// `roleIds`.
    pub role_ids: Option<Vec<i64>>,
    /// `userids`.
    pub userids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetDingPortalDetailResponseBodyPages { "allVisible" => read_field(all_visible),
    "deptIds" => read_field(dept_ids), "pageName" => read_field(page_name), "pageUuid" =>
    read_field(page_uuid), "roleIds" => read_field(role_ids), "userids" =>
    read_field(userids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDingPortalDetailResponseBodyPages { "allVisible" => optional(all_visible),
    "deptIds" => optional(dept_ids), "pageName" => optional(page_name), "pageUuid" =>
    optional(page_uuid), "roleIds" => optional(role_ids), "userids" => optional(userids)
    }
}
/// `ListWorkBenchGroupResponseBodyGroupList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListWorkBenchGroupResponseBodyGroupList {
    /// `componentId`.
    pub component_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    ListWorkBenchGroupResponseBodyGroupList { "componentId" => read_field(component_id),
    "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListWorkBenchGroupResponseBodyGroupList { "componentId" => optional(component_id),
    "name" => optional(name) }
}
/// The request of [`Api::add_recent_user_app_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddRecentUserAppListRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `usedAppDetailList`.
    pub used_app_detail_list: Vec<AddRecentUserAppListRequestUsedAppDetailList>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`AddRecentUserAppListRequest`], each named where it is set: `AddRecentUserAppListRequest::new(AddRecentUserAppListRequired { .. })`.
pub struct AddRecentUserAppListRequired {
    /// `corpId`: see [`AddRecentUserAppListRequest::corp_id`].
    pub corp_id: String,
    /// `usedAppDetailList`: see [`AddRecentUserAppListRequest::used_app_detail_list`].
    pub used_app_detail_list: Vec<AddRecentUserAppListRequestUsedAppDetailList>,
    /// `userId`: see [`AddRecentUserAppListRequest::user_id`].
    pub user_id: String,
}
impl AddRecentUserAppListRequest {
    /// A `AddRecentUserAppListRequest` with its required fields (`corpId`, `usedAppDetailList`, `userId`); set the others with the methods named after them.
    pub fn new(required: AddRecentUserAppListRequired) -> Self {
        let AddRecentUserAppListRequired { corp_id, used_app_detail_list, user_id } = required;
        Self {
            corp_id,
            used_app_detail_list,
            user_id,
        }
    }
}
rt::impl_serialize! {
    AddRecentUserAppListRequest { "corpId" => field(corp_id), "usedAppDetailList" =>
    field(used_app_detail_list), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddRecentUserAppListRequest { "corpId" => read_field(corp_id), "usedAppDetailList" =>
    read_field(used_app_detail_list), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for AddRecentUserAppListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_plugin_permission_point`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPluginPermissionPointRequest {
    /// `miniAppId`: a query parameter.
    pub mini_app_id: Option<String>,
}
impl GetPluginPermissionPointRequest {
    /// An empty `GetPluginPermissionPointRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `miniAppId`.
    pub fn mini_app_id(mut self, value: impl Into<String>) -> Self {
        self.mini_app_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPluginPermissionPointRequest { "miniAppId" => read_field(mini_app_id) }
}
impl rt::WriteRequest for GetPluginPermissionPointRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("miniAppId", &self.mini_app_id);
    }
}
/// The request of [`Api::get_plugin_rule_check_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPluginRuleCheckInfoRequest {
    /// `miniAppId`: a query parameter.
    pub mini_app_id: Option<String>,
}
impl GetPluginRuleCheckInfoRequest {
    /// An empty `GetPluginRuleCheckInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `miniAppId`.
    pub fn mini_app_id(mut self, value: impl Into<String>) -> Self {
        self.mini_app_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPluginRuleCheckInfoRequest { "miniAppId" => read_field(mini_app_id) }
}
impl rt::WriteRequest for GetPluginRuleCheckInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("miniAppId", &self.mini_app_id);
    }
}
/// The request of [`Api::list_work_bench_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListWorkBenchGroupRequest {
    /// `ecologicalCorpId`: a query parameter.
    pub ecological_corp_id: Option<String>,
    /// `groupType`: a query parameter.
    pub group_type: String,
    /// `opUnionId`: a query parameter.
    pub op_union_id: String,
}
/// The required fields of [`ListWorkBenchGroupRequest`], each named where it is set: `ListWorkBenchGroupRequest::new(ListWorkBenchGroupRequired { .. })`.
pub struct ListWorkBenchGroupRequired {
    /// `groupType`: see [`ListWorkBenchGroupRequest::group_type`].
    pub group_type: String,
    /// `opUnionId`: see [`ListWorkBenchGroupRequest::op_union_id`].
    pub op_union_id: String,
}
impl ListWorkBenchGroupRequest {
    /// A `ListWorkBenchGroupRequest` with its required fields (`groupType`, `opUnionId`); set the others with the methods named after them.
    pub fn new(required: ListWorkBenchGroupRequired) -> Self {
        let ListWorkBenchGroupRequired { group_type, op_union_id } = required;
        Self {
            ecological_corp_id: None,
            group_type,
            op_union_id,
        }
    }
    /// Sets `ecologicalCorpId`.
    pub fn ecological_corp_id(mut self, value: impl Into<String>) -> Self {
        self.ecological_corp_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListWorkBenchGroupRequest { "ecologicalCorpId" => read_field(ecological_corp_id),
    "groupType" => read_field(group_type), "opUnionId" => read_field(op_union_id) }
}
impl rt::WriteRequest for ListWorkBenchGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("ecologicalCorpId", &self.ecological_corp_id);
        writer.query("groupType", &self.group_type);
        writer.query("opUnionId", &self.op_union_id);
    }
}
/// The request of [`Api::modify_workbench_badge`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ModifyWorkbenchBadgeRequest {
    /// `bizIdList`.
    pub biz_id_list: Option<Vec<String>>,
    /// `isAdded`.
    pub is_added: Option<bool>,
    /// `modifyMode`.
    pub modify_mode: String,
    /// `redDotRelationId`.
    pub red_dot_relation_id: String,
    /// `redDotType`.
    pub red_dot_type: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`ModifyWorkbenchBadgeRequest`], each named where it is set: `ModifyWorkbenchBadgeRequest::new(ModifyWorkbenchBadgeRequired { .. })`.
pub struct ModifyWorkbenchBadgeRequired {
    /// `modifyMode`: see [`ModifyWorkbenchBadgeRequest::modify_mode`].
    pub modify_mode: String,
    /// `redDotRelationId`: see [`ModifyWorkbenchBadgeRequest::red_dot_relation_id`].
    pub red_dot_relation_id: String,
    /// `redDotType`: see [`ModifyWorkbenchBadgeRequest::red_dot_type`].
    pub red_dot_type: String,
    /// `userId`: see [`ModifyWorkbenchBadgeRequest::user_id`].
    pub user_id: String,
}
impl ModifyWorkbenchBadgeRequest {
    /// A `ModifyWorkbenchBadgeRequest` with its required fields (`modifyMode`, `redDotRelationId`, `redDotType`, `userId`); set the others with the methods named after them.
    pub fn new(required: ModifyWorkbenchBadgeRequired) -> Self {
        let ModifyWorkbenchBadgeRequired {
            modify_mode,
            red_dot_relation_id,
            red_dot_type,
            user_id,
        } = required;
        Self {
            biz_id_list: None,
            is_added: None,
            modify_mode,
            red_dot_relation_id,
            red_dot_type,
            user_id,
        }
    }
    /// Sets `bizIdList`.
    pub fn biz_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.biz_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `isAdded`.
    pub fn is_added(mut self, value: bool) -> Self {
        self.is_added = Some(value);
        self
    }
}
rt::impl_serialize! {
    ModifyWorkbenchBadgeRequest { "bizIdList" => optional(biz_id_list), "isAdded" =>
    optional(is_added), "modifyMode" => field(modify_mode), "redDotRelationId" =>
    field(red_dot_relation_id), "redDotType" => field(red_dot_type), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ModifyWorkbenchBadgeRequest { "bizIdList" => read_field(biz_id_list), "isAdded" =>
    read_field(is_added), "modifyMode" => read_field(modify_mode), "redDotRelationId" =>
    read_field(red_dot_relation_id), "redDotType" => read_field(red_dot_type), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for ModifyWorkbenchBadgeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::undo_deletion`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UndoDeletionRequest {
    /// `bizIdList`.
    pub biz_id_list: Vec<String>,
    /// `redDotRelationId`.
    pub red_dot_relation_id: String,
    /// `redDotType`.
    pub red_dot_type: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UndoDeletionRequest`], each named where it is set: `UndoDeletionRequest::new(UndoDeletionRequired { .. })`.
pub struct UndoDeletionRequired {
    /// `bizIdList`: see [`UndoDeletionRequest::biz_id_list`].
    pub biz_id_list: Vec<String>,
    /// `redDotRelationId`: see [`UndoDeletionRequest::red_dot_relation_id`].
    pub red_dot_relation_id: String,
    /// `redDotType`: see [`UndoDeletionRequest::red_dot_type`].
    pub red_dot_type: String,
    /// `userId`: see [`UndoDeletionRequest::user_id`].
    pub user_id: String,
}
impl UndoDeletionRequest {
    /// A `UndoDeletionRequest` with its required fields (`bizIdList`, `redDotRelationId`, `redDotType`, `userId`); set the others with the methods named after them.
    pub fn new(required: UndoDeletionRequired) -> Self {
        let UndoDeletionRequired {
            biz_id_list,
            red_dot_relation_id,
            red_dot_type,
            user_id,
        } = required;
        Self {
            biz_id_list,
            red_dot_relation_id,
            red_dot_type,
            user_id,
        }
    }
}
rt::impl_serialize! {
    UndoDeletionRequest { "bizIdList" => field(biz_id_list), "redDotRelationId" =>
    field(red_dot_relation_id), "redDotType" => field(red_dot_type), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UndoDeletionRequest { "bizIdList" => read_field(biz_id_list), "redDotRelationId" =>
    read_field(red_dot_relation_id), "redDotType" => read_field(red_dot_type), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for UndoDeletionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_ding_portal_page_scope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateDingPortalPageScopeRequest {
    /// `allVisible`.
    pub all_visible: bool,
    /// `deptIds`.
    pub dept_ids: Option<Vec<i64>>,
    /// `roleIds`.
    pub role_ids: Option<Vec<i64>>,
    /// `userids`.
    pub userids: Option<Vec<String>>,
}
/// The required fields of [`UpdateDingPortalPageScopeRequest`], each named where it is set: `UpdateDingPortalPageScopeRequest::new(UpdateDingPortalPageScopeRequired { .. })`.
pub struct UpdateDingPortalPageScopeRequired {
    /// `allVisible`: see [`UpdateDingPortalPageScopeRequest::all_visible`].
    pub all_visible: bool,
}
impl UpdateDingPortalPageScopeRequest {
    /// A `UpdateDingPortalPageScopeRequest` with its required fields (`allVisible`); set the others with the methods named after them.
    pub fn new(required: UpdateDingPortalPageScopeRequired) -> Self {
        let UpdateDingPortalPageScopeRequired { all_visible } = required;
        Self {
            all_visible,
            dept_ids: None,
            role_ids: None,
            userids: None,
        }
    }
    /// Sets `deptIds`.
    pub fn dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `roleIds`.
    pub fn role_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.role_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `userids`.
    pub fn userids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.userids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    UpdateDingPortalPageScopeRequest { "allVisible" => field(all_visible), "deptIds" =>
    optional(dept_ids), "roleIds" => optional(role_ids), "userids" => optional(userids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateDingPortalPageScopeRequest { "allVisible" => read_field(all_visible), "deptIds"
    => read_field(dept_ids), "roleIds" => read_field(role_ids), "userids" =>
    read_field(userids) }
}
impl rt::WriteRequest for UpdateDingPortalPageScopeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_recent_user_app_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddRecentUserAppListError = rt::ServiceError;
/// An error reply of [`Api::get_ding_portal_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDingPortalDetailError = rt::ServiceError;
/// An error reply of [`Api::get_plugin_permission_point`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPluginPermissionPointError = rt::ServiceError;
/// An error reply of [`Api::get_plugin_rule_check_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPluginRuleCheckInfoError = rt::ServiceError;
/// An error reply of [`Api::list_work_bench_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListWorkBenchGroupError = rt::ServiceError;
/// An error reply of [`Api::modify_workbench_badge`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ModifyWorkbenchBadgeError = rt::ServiceError;
/// An error reply of [`Api::query_component_scopes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryComponentScopesError = rt::ServiceError;
/// An error reply of [`Api::query_shortcut_scopes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryShortcutScopesError = rt::ServiceError;
/// An error reply of [`Api::undo_deletion`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UndoDeletionError = rt::ServiceError;
/// An error reply of [`Api::update_ding_portal_page_scope`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateDingPortalPageScopeError = rt::ServiceError;
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
        "AddRecentUserAppList" => {
            rt::conformance::reply(api.add_recent_user_app_list(&inputs.request(true)?))
                .await
        }
        "GetDingPortalDetail" => {
            rt::conformance::reply(api.get_ding_portal_detail(inputs.path(0usize)?))
                .await
        }
        "GetPluginPermissionPoint" => {
            rt::conformance::reply(
                    api.get_plugin_permission_point(&inputs.request(false)?),
                )
                .await
        }
        "GetPluginRuleCheckInfo" => {
            rt::conformance::reply(
                    api.get_plugin_rule_check_info(&inputs.request(false)?),
                )
                .await
        }
        "ListWorkBenchGroup" => {
            rt::conformance::reply(api.list_work_bench_group(&inputs.request(false)?))
                .await
        }
        "ModifyWorkbenchBadge" => {
            rt::conformance::reply(api.modify_workbench_badge(&inputs.request(true)?))
                .await
        }
        "QueryComponentScopes" => {
            rt::conformance::reply(api.query_component_scopes(inputs.path(0usize)?))
                .await
        }
        "QueryShortcutScopes" => {
            rt::conformance::reply(api.query_shortcut_scopes(inputs.path(0usize)?)).await
        }
        "UndoDeletion" => {
            rt::conformance::reply(api.undo_deletion(&inputs.request(true)?)).await
        }
        "UpdateDingPortalPageScope" => {
            rt::conformance::reply(
                    api
                        .update_ding_portal_page_scope(
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
