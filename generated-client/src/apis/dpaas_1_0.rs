// @generated from api-spec/dpaas_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.dpaas_1_0()`. Generated from `api-spec/dpaas_1_0.yaml`.
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
    /// `POST /v1.0/dpaas/coolApps/shortcuts/plugins/order` (operation `InstallCoolAppOrderToGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InstallCoolAppOrderToGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/dpaas/coolApps/shortcuts/plugins/install` (operation `InstallCoolAppToGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InstallCoolAppToGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/dpaas/coolApps/shortcuts/plugins/query` (operation `QueryCoolAppShortcutOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCoolAppShortcutOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/dpaas/coolApps/shortcuts/plugins/uninstall` (operation `UninstallCoolAppFromGroup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UninstallCoolAppFromGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InstallCoolAppOrderToGroupResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for InstallCoolAppOrderToGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InstallCoolAppOrderToGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for InstallCoolAppOrderToGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `InstallCoolAppToGroupResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InstallCoolAppToGroupResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for InstallCoolAppToGroupResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InstallCoolAppToGroupResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for InstallCoolAppToGroupResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryCoolAppShortcutOrderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCoolAppShortcutOrderResponseBody {
    /// `result`.
    pub result: Option<QueryCoolAppShortcutOrderResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCoolAppShortcutOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCoolAppShortcutOrderResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCoolAppShortcutOrderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `UninstallCoolAppFromGroupResponseBody`: the same model as [`InstallCoolAppToGroupResponseBody`].
pub type UninstallCoolAppFromGroupResponseBody = InstallCoolAppToGroupResponseBody;
/// `QueryCoolAppShortcutOrderResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryCoolAppShortcutOrderResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCoolAppShortcutOrderResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "forbiddenPluginList" => rt::read_field(map, &mut self.forbidden_plugin_list),
            "myPluginList" => rt::read_field(map, &mut self.my_plugin_list),
            "otherPluginList" => rt::read_field(map, &mut self.other_plugin_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCoolAppShortcutOrderResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("forbiddenPluginList", &self.forbidden_plugin_list)?;
        object.optional("myPluginList", &self.my_plugin_list)?;
        object.optional("otherPluginList", &self.other_plugin_list)?;
        object.end()
    }
}
/// `QueryCoolAppShortcutOrderResponseBodyResultForbiddenPluginList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryCoolAppShortcutOrderResponseBodyResultForbiddenPluginList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCoolAppShortcutOrderResponseBodyResultForbiddenPluginList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appCode" => rt::read_field(map, &mut self.app_code),
            "desc" => rt::read_field(map, &mut self.desc),
            "pluginId" => rt::read_field(map, &mut self.plugin_id),
            "source" => rt::read_field(map, &mut self.source),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryCoolAppShortcutOrderResponseBodyResultForbiddenPluginList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appCode", &self.app_code)?;
        object.optional("desc", &self.desc)?;
        object.optional("pluginId", &self.plugin_id)?;
        object.optional("source", &self.source)?;
        object.optional("title", &self.title)?;
        object.end()
    }
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
impl rt::serde::Serialize for InstallCoolAppOrderToGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("sortedPluginIdList", &self.sorted_plugin_id_list)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("unsortedPluginIdList", &self.unsorted_plugin_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InstallCoolAppOrderToGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InstallCoolAppOrderToGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "sortedPluginIdList" => rt::read_field(map, &mut self.sorted_plugin_id_list),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "unsortedPluginIdList" => {
                rt::read_field(map, &mut self.unsorted_plugin_id_list)
            }
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for InstallCoolAppToGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("operateCoolAppCode", &self.operate_cool_app_code)?;
        object.optional("operatorId", &self.operator_id)?;
        object.optional("templateId", &self.template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InstallCoolAppToGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InstallCoolAppToGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "operateCoolAppCode" => rt::read_field(map, &mut self.operate_cool_app_code),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QueryCoolAppShortcutOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("operatorId", &self.operator_id)?;
        object.optional("templateId", &self.template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCoolAppShortcutOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCoolAppShortcutOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UninstallCoolAppFromGroupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("operateCoolAppCode", &self.operate_cool_app_code)?;
        object.optional("operatorId", &self.operator_id)?;
        object.optional("templateId", &self.template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UninstallCoolAppFromGroupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UninstallCoolAppFromGroupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "operateCoolAppCode" => rt::read_field(map, &mut self.operate_cool_app_code),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
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
