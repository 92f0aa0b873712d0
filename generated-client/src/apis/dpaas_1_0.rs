// @generated from api-spec/dpaas_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! dpaas（未在钉钉开放平台文档中找到）：群酷应用的安装、卸载、排序与插件栏，与 cool_app_1_0 的接口同类。
//!
//! 4 operations, methods of [`Api`] (`client.dpaas_1_0()`), behind the cargo feature `dpaas_1_0`; its paths start with `/v1.0/dpaas/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `dpaas_1_0`. Get it with `client.dpaas_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 群酷应用排序
    ///
    /// `POST /v1.0/dpaas/coolApps/shortcuts/plugins/order`: DingTalk's `InstallCoolAppOrderToGroup` (module feature `dpaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InstallCoolAppOrderToGroup")]
    #[doc(alias = "/v1.0/dpaas/coolApps/shortcuts/plugins/order")]
    #[doc(alias = "POST /v1.0/dpaas/coolApps/shortcuts/plugins/order")]
    pub fn install_cool_app_order_to_group(
        &self,
        request: &InstallCoolAppOrderToGroupRequest,
    ) -> rt::Call<
        InstallCoolAppOrderToGroupResponseBody,
        InstallCoolAppOrderToGroupError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InstallCoolAppOrderToGroup",
            rt::Method::Post,
            "/v1.0/dpaas/coolApps/shortcuts/plugins/order",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 安装酷应用到群
    ///
    /// `POST /v1.0/dpaas/coolApps/shortcuts/plugins/install`: DingTalk's `InstallCoolAppToGroup` (module feature `dpaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InstallCoolAppToGroup")]
    #[doc(alias = "/v1.0/dpaas/coolApps/shortcuts/plugins/install")]
    #[doc(alias = "POST /v1.0/dpaas/coolApps/shortcuts/plugins/install")]
    pub fn install_cool_app_to_group(
        &self,
        request: &InstallCoolAppToGroupRequest,
    ) -> rt::Call<InstallCoolAppToGroupResponseBody, InstallCoolAppToGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InstallCoolAppToGroup",
            rt::Method::Post,
            "/v1.0/dpaas/coolApps/shortcuts/plugins/install",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询群插件栏
    ///
    /// `POST /v1.0/dpaas/coolApps/shortcuts/plugins/query`: DingTalk's `QueryCoolAppShortcutOrder` (module feature `dpaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCoolAppShortcutOrder")]
    #[doc(alias = "/v1.0/dpaas/coolApps/shortcuts/plugins/query")]
    #[doc(alias = "POST /v1.0/dpaas/coolApps/shortcuts/plugins/query")]
    pub fn query_cool_app_shortcut_order(
        &self,
        request: &QueryCoolAppShortcutOrderRequest,
    ) -> rt::Call<
        QueryCoolAppShortcutOrderResponseBody,
        QueryCoolAppShortcutOrderError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCoolAppShortcutOrder",
            rt::Method::Post,
            "/v1.0/dpaas/coolApps/shortcuts/plugins/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 从群内卸载酷应用
    ///
    /// `POST /v1.0/dpaas/coolApps/shortcuts/plugins/uninstall`: DingTalk's `UninstallCoolAppFromGroup` (module feature `dpaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UninstallCoolAppFromGroup")]
    #[doc(alias = "/v1.0/dpaas/coolApps/shortcuts/plugins/uninstall")]
    #[doc(alias = "POST /v1.0/dpaas/coolApps/shortcuts/plugins/uninstall")]
    pub fn uninstall_cool_app_from_group(
        &self,
        request: &UninstallCoolAppFromGroupRequest,
    ) -> rt::Call<
        UninstallCoolAppFromGroupResponseBody,
        UninstallCoolAppFromGroupError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UninstallCoolAppFromGroup",
            rt::Method::Post,
            "/v1.0/dpaas/coolApps/shortcuts/plugins/uninstall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `InstallCoolAppOrderToGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InstallCoolAppOrderToGroupResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    InstallCoolAppOrderToGroupResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InstallCoolAppOrderToGroupResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `InstallCoolAppToGroupResponseBody`, a model several operations share: also named [`UninstallCoolAppFromGroupResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InstallCoolAppToGroupResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    InstallCoolAppToGroupResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InstallCoolAppToGroupResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryCoolAppShortcutOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCoolAppShortcutOrderResponseBody {
    /// `result`.
    pub result: Option<QueryCoolAppShortcutOrderResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryCoolAppShortcutOrderResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCoolAppShortcutOrderResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `UninstallCoolAppFromGroupResponseBody`: the same model as [`InstallCoolAppToGroupResponseBody`].
pub type UninstallCoolAppFromGroupResponseBody = InstallCoolAppToGroupResponseBody;
/// `QueryCoolAppShortcutOrderResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCoolAppShortcutOrderResponseBodyResult {
    /// `forbiddenPluginList`.
    pub forbidden_plugin_list: Option<
        Vec<QueryCoolAppShortcutOrderResponseBodyResultForbiddenPluginList>,
    >,
    /// `myPluginList`.
    pub my_plugin_list: Option<
        Vec<QueryCoolAppShortcutOrderResponseBodyResultMyPluginList>,
    >,
    /// `otherPluginList`.
    pub other_plugin_list: Option<
        Vec<QueryCoolAppShortcutOrderResponseBodyResultOtherPluginList>,
    >,
}
rt::impl_deserialize! {
    QueryCoolAppShortcutOrderResponseBodyResult { "forbiddenPluginList" =>
    read_field(forbidden_plugin_list), "myPluginList" => read_field(my_plugin_list),
    "otherPluginList" => read_field(other_plugin_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCoolAppShortcutOrderResponseBodyResult { "forbiddenPluginList" =>
    optional(forbidden_plugin_list), "myPluginList" => optional(my_plugin_list),
    "otherPluginList" => optional(other_plugin_list) }
}
/// `QueryCoolAppShortcutOrderResponseBodyResultForbiddenPluginList`, a model several operations share: also named [`QueryCoolAppShortcutOrderResponseBodyResultMyPluginList`], [`QueryCoolAppShortcutOrderResponseBodyResultOtherPluginList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCoolAppShortcutOrderResponseBodyResultForbiddenPluginList {
    /// `appCode`.
    pub app_code: Option<String>,
    /// `desc`.
    pub desc: Option<String>,
    /// `pluginId`.
    pub plugin_id: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QueryCoolAppShortcutOrderResponseBodyResultForbiddenPluginList { "appCode" =>
    read_field(app_code), "desc" => read_field(desc), "pluginId" =>
    read_field(plugin_id), "source" => read_field(source), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCoolAppShortcutOrderResponseBodyResultForbiddenPluginList { "appCode" =>
    optional(app_code), "desc" => optional(desc), "pluginId" => optional(plugin_id),
    "source" => optional(source), "title" => optional(title) }
}
/// `QueryCoolAppShortcutOrderResponseBodyResultMyPluginList`: the same model as [`QueryCoolAppShortcutOrderResponseBodyResultForbiddenPluginList`].
pub type QueryCoolAppShortcutOrderResponseBodyResultMyPluginList = QueryCoolAppShortcutOrderResponseBodyResultForbiddenPluginList;
/// `QueryCoolAppShortcutOrderResponseBodyResultOtherPluginList`: the same model as [`QueryCoolAppShortcutOrderResponseBodyResultForbiddenPluginList`].
pub type QueryCoolAppShortcutOrderResponseBodyResultOtherPluginList = QueryCoolAppShortcutOrderResponseBodyResultForbiddenPluginList;
/// The request of [`Api::install_cool_app_order_to_group`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InstallCoolAppOrderToGroupRequest {
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `sortedPluginIdList`.
    pub sorted_plugin_id_list: Option<Vec<i64>>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `unsortedPluginIdList`.
    pub unsorted_plugin_id_list: Option<Vec<i64>>,
}
impl InstallCoolAppOrderToGroupRequest {
    /// An empty `InstallCoolAppOrderToGroupRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `conversationId`.
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }
    /// Sets `sortedPluginIdList`.
    pub fn sorted_plugin_id_list(
        mut self,
        value: impl IntoIterator<Item = i64>,
    ) -> Self {
        self.sorted_plugin_id_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
    /// Sets `unsortedPluginIdList`.
    pub fn unsorted_plugin_id_list(
        mut self,
        value: impl IntoIterator<Item = i64>,
    ) -> Self {
        self.unsorted_plugin_id_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    InstallCoolAppOrderToGroupRequest { "conversationId" => optional(conversation_id),
    "sortedPluginIdList" => optional(sorted_plugin_id_list), "templateId" =>
    optional(template_id), "unsortedPluginIdList" => optional(unsorted_plugin_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InstallCoolAppOrderToGroupRequest { "conversationId" => read_field(conversation_id),
    "sortedPluginIdList" => read_field(sorted_plugin_id_list), "templateId" =>
    read_field(template_id), "unsortedPluginIdList" =>
    read_field(unsorted_plugin_id_list) }
}
impl rt::WriteRequest for InstallCoolAppOrderToGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::install_cool_app_to_group`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InstallCoolAppToGroupRequest {
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `operateCoolAppCode`.
    pub operate_cool_app_code: Option<String>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
}
impl InstallCoolAppToGroupRequest {
    /// An empty `InstallCoolAppToGroupRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `conversationId`.
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }
    /// Sets `operateCoolAppCode`.
    pub fn operate_cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.operate_cool_app_code = Some(value.into());
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    InstallCoolAppToGroupRequest { "conversationId" => optional(conversation_id),
    "operateCoolAppCode" => optional(operate_cool_app_code), "operatorId" =>
    optional(operator_id), "templateId" => optional(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InstallCoolAppToGroupRequest { "conversationId" => read_field(conversation_id),
    "operateCoolAppCode" => read_field(operate_cool_app_code), "operatorId" =>
    read_field(operator_id), "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for InstallCoolAppToGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_cool_app_shortcut_order`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCoolAppShortcutOrderRequest {
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
}
impl QueryCoolAppShortcutOrderRequest {
    /// An empty `QueryCoolAppShortcutOrderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `conversationId`.
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryCoolAppShortcutOrderRequest { "conversationId" => optional(conversation_id),
    "operatorId" => optional(operator_id), "templateId" => optional(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCoolAppShortcutOrderRequest { "conversationId" => read_field(conversation_id),
    "operatorId" => read_field(operator_id), "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for QueryCoolAppShortcutOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::uninstall_cool_app_from_group`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UninstallCoolAppFromGroupRequest {
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `operateCoolAppCode`.
    pub operate_cool_app_code: Option<String>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
}
impl UninstallCoolAppFromGroupRequest {
    /// An empty `UninstallCoolAppFromGroupRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `conversationId`.
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }
    /// Sets `operateCoolAppCode`.
    pub fn operate_cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.operate_cool_app_code = Some(value.into());
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UninstallCoolAppFromGroupRequest { "conversationId" => optional(conversation_id),
    "operateCoolAppCode" => optional(operate_cool_app_code), "operatorId" =>
    optional(operator_id), "templateId" => optional(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UninstallCoolAppFromGroupRequest { "conversationId" => read_field(conversation_id),
    "operateCoolAppCode" => read_field(operate_cool_app_code), "operatorId" =>
    read_field(operator_id), "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for UninstallCoolAppFromGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::install_cool_app_order_to_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InstallCoolAppOrderToGroupError = rt::ServiceError;
/// An error reply of [`Api::install_cool_app_to_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InstallCoolAppToGroupError = rt::ServiceError;
/// An error reply of [`Api::query_cool_app_shortcut_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCoolAppShortcutOrderError = rt::ServiceError;
/// An error reply of [`Api::uninstall_cool_app_from_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UninstallCoolAppFromGroupError = rt::ServiceError;
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
        "InstallCoolAppOrderToGroup" => {
            rt::conformance::reply(
                    api.install_cool_app_order_to_group(&inputs.request(true)?),
                )
                .await
        }
        "InstallCoolAppToGroup" => {
            rt::conformance::reply(api.install_cool_app_to_group(&inputs.request(true)?))
                .await
        }
        "QueryCoolAppShortcutOrder" => {
            rt::conformance::reply(
                    api.query_cool_app_shortcut_order(&inputs.request(true)?),
                )
                .await
        }
        "UninstallCoolAppFromGroup" => {
            rt::conformance::reply(
                    api.uninstall_cool_app_from_group(&inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
