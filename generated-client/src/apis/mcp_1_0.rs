// @generated from api-spec/mcp_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! MCP 服务 (MCP)：MCP 实例的激活与查询。
//!
//! 6 operations, methods of [`Api`] (`client.mcp_1_0()`), behind the cargo feature `mcp_1_0`; its paths start with `/v1.0/mcp/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `mcp_1_0`. Get it with `client.mcp_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 激活MCP
    ///
    /// `POST /v1.0/mcp/activate`: DingTalk's `ActivateMcp` (module feature `mcp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ActivateMcp")]
    #[doc(alias = "/v1.0/mcp/activate")]
    #[doc(alias = "POST /v1.0/mcp/activate")]
    pub fn activate_mcp(
        &self,
        request: &ActivateMcpRequest,
    ) -> rt::Call<ActivateMcpResponseBody, ActivateMcpError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ActivateMcp",
            rt::Method::Post,
            "/v1.0/mcp/activate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除MCP实例
    ///
    /// `POST /v1.0/mcp/delete`: DingTalk's `DeleteMcp` (module feature `mcp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteMcp")]
    #[doc(alias = "/v1.0/mcp/delete")]
    #[doc(alias = "POST /v1.0/mcp/delete")]
    pub fn delete_mcp(
        &self,
        request: &DeleteMcpRequest,
    ) -> rt::Call<DeleteMcpResponseBody, DeleteMcpError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteMcp",
            rt::Method::Post,
            "/v1.0/mcp/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据mcpId获取MCP详情
    ///
    /// `GET /v1.0/mcp/mcps/{mcpId}`: DingTalk's `GetMcpDetail` (module feature `mcp_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `mcp_id`: `{mcpId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMcpDetail")]
    #[doc(alias = "/v1.0/mcp/mcps/{mcpId}")]
    #[doc(alias = "GET /v1.0/mcp/mcps/{mcpId}")]
    pub fn get_mcp_detail(
        &self,
        mcp_id: &str,
    ) -> rt::Call<GetMcpDetailResponseBody, GetMcpDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMcpDetail",
            rt::Method::Get,
            "/v1.0/mcp/mcps/{mcpId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[mcp_id], &())
    }
    /// 根据skillId查询Skill详情及安装包下载链接
    ///
    /// `GET /v1.0/mcp/skills/{skillId}`: DingTalk's `GetSkillDetail` (module feature `mcp_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `skill_id`: `{skillId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSkillDetail")]
    #[doc(alias = "/v1.0/mcp/skills/{skillId}")]
    #[doc(alias = "GET /v1.0/mcp/skills/{skillId}")]
    pub fn get_skill_detail(
        &self,
        skill_id: &str,
    ) -> rt::Call<GetSkillDetailResponseBody, GetSkillDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSkillDetail",
            rt::Method::Get,
            "/v1.0/mcp/skills/{skillId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[skill_id], &())
    }
    /// 查询MCP广场精选MCP列表
    ///
    /// `GET /v1.0/mcp/mcps`: DingTalk's `ListMarketMcps` (module feature `mcp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListMarketMcps")]
    #[doc(alias = "/v1.0/mcp/mcps")]
    #[doc(alias = "GET /v1.0/mcp/mcps")]
    pub fn list_market_mcps(
        &self,
        request: &ListMarketMcpsRequest,
    ) -> rt::Call<ListMarketMcpsResponseBody, ListMarketMcpsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListMarketMcps",
            rt::Method::Get,
            "/v1.0/mcp/mcps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询Skill广场精选列表
    ///
    /// `GET /v1.0/mcp/skills`: DingTalk's `ListSkills` (module feature `mcp_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListSkills")]
    #[doc(alias = "/v1.0/mcp/skills")]
    #[doc(alias = "GET /v1.0/mcp/skills")]
    pub fn list_skills(
        &self,
        request: &ListSkillsRequest,
    ) -> rt::Call<ListSkillsResponseBody, ListSkillsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSkills",
            rt::Method::Get,
            "/v1.0/mcp/skills",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `ActivateMcpResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ActivateMcpResponseBody {
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `jsonConfig`.
    pub json_config: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    ActivateMcpResponseBody { "instanceId" => read_field(instance_id), "jsonConfig" =>
    read_field(json_config), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ActivateMcpResponseBody { "instanceId" => optional(instance_id), "jsonConfig" =>
    optional(json_config), "url" => optional(url) }
}
/// `DeleteMcpResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteMcpResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeleteMcpResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteMcpResponseBody { "success" => optional(success) }
}
/// `GetMcpDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMcpDetailResponseBody {
    /// `categories`.
    pub categories: Option<Vec<GetMcpDetailResponseBodyCategories>>,
    /// `charged`.
    pub charged: Option<bool>,
    /// `description`.
    pub description: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `introduction`.
    pub introduction: Option<String>,
    /// `mcpId`.
    pub mcp_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `tools`.
    pub tools: Option<Vec<GetMcpDetailResponseBodyTools>>,
}
rt::impl_deserialize! {
    GetMcpDetailResponseBody { "categories" => read_field(categories), "charged" =>
    read_field(charged), "description" => read_field(description), "detailUrl" =>
    read_field(detail_url), "icon" => read_field(icon), "introduction" =>
    read_field(introduction), "mcpId" => read_field(mcp_id), "name" => read_field(name),
    "tools" => read_field(tools) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMcpDetailResponseBody { "categories" => optional(categories), "charged" =>
    optional(charged), "description" => optional(description), "detailUrl" =>
    optional(detail_url), "icon" => optional(icon), "introduction" =>
    optional(introduction), "mcpId" => optional(mcp_id), "name" => optional(name),
    "tools" => optional(tools) }
}
/// `GetSkillDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSkillDetailResponseBody {
    /// `categories`.
    pub categories: Option<Vec<GetSkillDetailResponseBodyCategories>>,
    /// `dependencies`.
    pub dependencies: Option<Vec<GetSkillDetailResponseBodyDependencies>>,
    /// `description`.
    pub description: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `introduction`.
    pub introduction: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `packageUrl`.
    pub package_url: Option<String>,
    /// `skillId`.
    pub skill_id: Option<String>,
}
rt::impl_deserialize! {
    GetSkillDetailResponseBody { "categories" => read_field(categories), "dependencies"
    => read_field(dependencies), "description" => read_field(description), "detailUrl" =>
    read_field(detail_url), "icon" => read_field(icon), "introduction" =>
    read_field(introduction), "name" => read_field(name), "packageUrl" =>
    read_field(package_url), "skillId" => read_field(skill_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSkillDetailResponseBody { "categories" => optional(categories), "dependencies" =>
    optional(dependencies), "description" => optional(description), "detailUrl" =>
    optional(detail_url), "icon" => optional(icon), "introduction" =>
    optional(introduction), "name" => optional(name), "packageUrl" =>
    optional(package_url), "skillId" => optional(skill_id) }
}
/// `ListMarketMcpsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMarketMcpsResponseBody {
    /// `items`.
    pub items: Option<Vec<ListMarketMcpsResponseBodyItems>>,
    /// `page`.
    pub page: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    ListMarketMcpsResponseBody { "items" => read_field(items), "page" =>
    read_field(page), "pageSize" => read_field(page_size), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListMarketMcpsResponseBody { "items" => optional(items), "page" => optional(page),
    "pageSize" => optional(page_size), "total" => optional(total) }
}
/// `ListSkillsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSkillsResponseBody {
    /// `items`.
    pub items: Option<Vec<ListSkillsResponseBodyItems>>,
    /// `page`.
    pub page: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    ListSkillsResponseBody { "items" => read_field(items), "page" => read_field(page),
    "pageSize" => read_field(page_size), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSkillsResponseBody { "items" => optional(items), "page" => optional(page),
    "pageSize" => optional(page_size), "total" => optional(total) }
}
/// `GetMcpDetailResponseBodyCategories`, a model several operations share: also named [`GetSkillDetailResponseBodyCategories`], [`ListMarketMcpsResponseBodyItemsCategories`], [`ListSkillsResponseBodyItemsCategories`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMcpDetailResponseBodyCategories {
    /// `code`.
    pub code: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
}
rt::impl_deserialize! {
    GetMcpDetailResponseBodyCategories { "code" => read_field(code), "displayName" =>
    read_field(display_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMcpDetailResponseBodyCategories { "code" => optional(code), "displayName" =>
    optional(display_name) }
}
/// `GetMcpDetailResponseBodyTools`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMcpDetailResponseBodyTools {
    /// `description`.
    pub description: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `inputSchema`.
    pub input_schema: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `outputSchema`.
    pub output_schema: Option<String>,
}
rt::impl_deserialize! {
    GetMcpDetailResponseBodyTools { "description" => read_field(description),
    "displayName" => read_field(display_name), "inputSchema" => read_field(input_schema),
    "name" => read_field(name), "outputSchema" => read_field(output_schema) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMcpDetailResponseBodyTools { "description" => optional(description), "displayName"
    => optional(display_name), "inputSchema" => optional(input_schema), "name" =>
    optional(name), "outputSchema" => optional(output_schema) }
}
/// `GetSkillDetailResponseBodyCategories`: the same model as [`GetMcpDetailResponseBodyCategories`].
pub type GetSkillDetailResponseBodyCategories = GetMcpDetailResponseBodyCategories;
/// `GetSkillDetailResponseBodyDependencies`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSkillDetailResponseBodyDependencies {
    /// `displayName`.
    pub display_name: Option<String>,
    /// `refId`.
    pub ref_id: Option<String>,
    /// `required`.
    pub required: Option<bool>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    GetSkillDetailResponseBodyDependencies { "displayName" => read_field(display_name),
    "refId" => read_field(ref_id), "required" => read_field(required), "type" =>
    read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSkillDetailResponseBodyDependencies { "displayName" => optional(display_name),
    "refId" => optional(ref_id), "required" => optional(required), "type" =>
    optional(r#type) }
}
/// `ListMarketMcpsResponseBodyItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMarketMcpsResponseBodyItems {
    /// `categories`.
    pub categories: Option<Vec<ListMarketMcpsResponseBodyItemsCategories>>,
    /// `charged`.
    pub charged: Option<bool>,
    /// `description`.
    pub description: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `mcpId`.
    pub mcp_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    ListMarketMcpsResponseBodyItems { "categories" => read_field(categories), "charged"
    => read_field(charged), "description" => read_field(description), "detailUrl" =>
    read_field(detail_url), "icon" => read_field(icon), "mcpId" => read_field(mcp_id),
    "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListMarketMcpsResponseBodyItems { "categories" => optional(categories), "charged" =>
    optional(charged), "description" => optional(description), "detailUrl" =>
    optional(detail_url), "icon" => optional(icon), "mcpId" => optional(mcp_id), "name"
    => optional(name) }
}
/// `ListSkillsResponseBodyItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSkillsResponseBodyItems {
    /// `categories`.
    pub categories: Option<Vec<ListSkillsResponseBodyItemsCategories>>,
    /// `description`.
    pub description: Option<String>,
    /// `detailUrl`.
    pub detail_url: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `skillId`.
    pub skill_id: Option<String>,
}
rt::impl_deserialize! {
    ListSkillsResponseBodyItems { "categories" => read_field(categories), "description"
    => read_field(description), "detailUrl" => read_field(detail_url), "icon" =>
    read_field(icon), "name" => read_field(name), "skillId" => read_field(skill_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSkillsResponseBodyItems { "categories" => optional(categories), "description" =>
    optional(description), "detailUrl" => optional(detail_url), "icon" => optional(icon),
    "name" => optional(name), "skillId" => optional(skill_id) }
}
/// `ListMarketMcpsResponseBodyItemsCategories`: the same model as [`GetMcpDetailResponseBodyCategories`].
pub type ListMarketMcpsResponseBodyItemsCategories = GetMcpDetailResponseBodyCategories;
/// `ListSkillsResponseBodyItemsCategories`: the same model as [`GetMcpDetailResponseBodyCategories`].
pub type ListSkillsResponseBodyItemsCategories = GetMcpDetailResponseBodyCategories;
/// The request of [`Api::activate_mcp`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ActivateMcpRequest {
    /// `mcpId`.
    pub mcp_id: i64,
    /// `source`.
    pub source: Option<String>,
}
/// The required fields of [`ActivateMcpRequest`], each named where it is set: `ActivateMcpRequest::new(ActivateMcpRequired { .. })`.
pub struct ActivateMcpRequired {
    /// `mcpId`: see [`ActivateMcpRequest::mcp_id`].
    pub mcp_id: i64,
}
impl ActivateMcpRequest {
    /// A `ActivateMcpRequest` with its required fields (`mcpId`); set the others with the methods named after them.
    pub fn new(required: ActivateMcpRequired) -> Self {
        let ActivateMcpRequired { mcp_id } = required;
        Self { mcp_id, source: None }
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ActivateMcpRequest { "mcpId" => field(mcp_id), "source" => optional(source) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ActivateMcpRequest { "mcpId" => read_field(mcp_id), "source" => read_field(source) }
}
impl rt::WriteRequest for ActivateMcpRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_mcp`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteMcpRequest {
    /// `instanceId`.
    pub instance_id: Option<String>,
}
impl DeleteMcpRequest {
    /// An empty `DeleteMcpRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeleteMcpRequest { "instanceId" => optional(instance_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteMcpRequest { "instanceId" => read_field(instance_id) }
}
impl rt::WriteRequest for DeleteMcpRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_market_mcps`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListMarketMcpsRequest {
    /// `page`: a query parameter.
    pub page: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl ListMarketMcpsRequest {
    /// An empty `ListMarketMcpsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListMarketMcpsRequest { "page" => read_field(page), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for ListMarketMcpsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("page", &self.page);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::list_skills`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSkillsRequest {
    /// `page`: a query parameter.
    pub page: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl ListSkillsRequest {
    /// An empty `ListSkillsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListSkillsRequest { "page" => read_field(page), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for ListSkillsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("page", &self.page);
        writer.query("pageSize", &self.page_size);
    }
}
/// An error reply of [`Api::activate_mcp`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ActivateMcpError = rt::ServiceError;
/// An error reply of [`Api::delete_mcp`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteMcpError = rt::ServiceError;
/// An error reply of [`Api::get_mcp_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMcpDetailError = rt::ServiceError;
/// An error reply of [`Api::get_skill_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSkillDetailError = rt::ServiceError;
/// An error reply of [`Api::list_market_mcps`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListMarketMcpsError = rt::ServiceError;
/// An error reply of [`Api::list_skills`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSkillsError = rt::ServiceError;
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
        "ActivateMcp" => {
            rt::conformance::reply(api.activate_mcp(&inputs.request(true)?)).await
        }
        "DeleteMcp" => {
            rt::conformance::reply(api.delete_mcp(&inputs.request(true)?)).await
        }
        "GetMcpDetail" => {
            rt::conformance::reply(api.get_mcp_detail(inputs.path(0usize)?)).await
        }
        "GetSkillDetail" => {
            rt::conformance::reply(api.get_skill_detail(inputs.path(0usize)?)).await
        }
        "ListMarketMcps" => {
            rt::conformance::reply(api.list_market_mcps(&inputs.request(false)?)).await
        }
        "ListSkills" => {
            rt::conformance::reply(api.list_skills(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
