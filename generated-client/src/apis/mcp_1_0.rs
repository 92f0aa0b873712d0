// @generated from api-spec/mcp_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.mcp_1_0()`. Generated from `api-spec/mcp_1_0.yaml`.
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
    /// `POST /v1.0/mcp/activate` (operation `ActivateMcp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ActivateMcpError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/mcp/delete` (operation `DeleteMcp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteMcpError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/mcp/mcps/{mcp_id}` (operation `GetMcpDetail`).
    ///
    /// # Path parameters
    ///
    /// - `mcp_id` (`mcp_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMcpDetailError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_mcp_detail(
        &self,
        mcp_id: &str,
    ) -> rt::Call<GetMcpDetailResponseBody, GetMcpDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMcpDetail",
            rt::Method::Get,
            "/v1.0/mcp/mcps/{mcp_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[mcp_id], &())
    }
    /// 根据skillId查询Skill详情及安装包下载链接
    ///
    /// `GET /v1.0/mcp/skills/{skill_id}` (operation `GetSkillDetail`).
    ///
    /// # Path parameters
    ///
    /// - `skill_id` (`skill_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSkillDetailError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_skill_detail(
        &self,
        skill_id: &str,
    ) -> rt::Call<GetSkillDetailResponseBody, GetSkillDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSkillDetail",
            rt::Method::Get,
            "/v1.0/mcp/skills/{skill_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[skill_id], &())
    }
    /// 查询MCP广场精选MCP列表
    ///
    /// `GET /v1.0/mcp/mcps` (operation `ListMarketMcps`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListMarketMcpsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/mcp/skills` (operation `ListSkills`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSkillsError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ActivateMcpResponseBody {
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `jsonConfig`.
    pub json_config: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ActivateMcpResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ActivateMcpResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "jsonConfig" => rt::read_field(map, &mut self.json_config),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ActivateMcpResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("jsonConfig", &self.json_config)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `DeleteMcpResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteMcpResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteMcpResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteMcpResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteMcpResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetMcpDetailResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMcpDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMcpDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categories" => rt::read_field(map, &mut self.categories),
            "charged" => rt::read_field(map, &mut self.charged),
            "description" => rt::read_field(map, &mut self.description),
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "icon" => rt::read_field(map, &mut self.icon),
            "introduction" => rt::read_field(map, &mut self.introduction),
            "mcpId" => rt::read_field(map, &mut self.mcp_id),
            "name" => rt::read_field(map, &mut self.name),
            "tools" => rt::read_field(map, &mut self.tools),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMcpDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categories", &self.categories)?;
        object.optional("charged", &self.charged)?;
        object.optional("description", &self.description)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("icon", &self.icon)?;
        object.optional("introduction", &self.introduction)?;
        object.optional("mcpId", &self.mcp_id)?;
        object.optional("name", &self.name)?;
        object.optional("tools", &self.tools)?;
        object.end()
    }
}
/// `GetSkillDetailResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSkillDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSkillDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categories" => rt::read_field(map, &mut self.categories),
            "dependencies" => rt::read_field(map, &mut self.dependencies),
            "description" => rt::read_field(map, &mut self.description),
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "icon" => rt::read_field(map, &mut self.icon),
            "introduction" => rt::read_field(map, &mut self.introduction),
            "name" => rt::read_field(map, &mut self.name),
            "packageUrl" => rt::read_field(map, &mut self.package_url),
            "skillId" => rt::read_field(map, &mut self.skill_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSkillDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categories", &self.categories)?;
        object.optional("dependencies", &self.dependencies)?;
        object.optional("description", &self.description)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("icon", &self.icon)?;
        object.optional("introduction", &self.introduction)?;
        object.optional("name", &self.name)?;
        object.optional("packageUrl", &self.package_url)?;
        object.optional("skillId", &self.skill_id)?;
        object.end()
    }
}
/// `ListMarketMcpsResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListMarketMcpsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListMarketMcpsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "items" => rt::read_field(map, &mut self.items),
            "page" => rt::read_field(map, &mut self.page),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListMarketMcpsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("items", &self.items)?;
        object.optional("page", &self.page)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `ListSkillsResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListSkillsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSkillsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "items" => rt::read_field(map, &mut self.items),
            "page" => rt::read_field(map, &mut self.page),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSkillsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("items", &self.items)?;
        object.optional("page", &self.page)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `GetMcpDetailResponseBodyCategories`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMcpDetailResponseBodyCategories {
    /// `code`.
    pub code: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMcpDetailResponseBodyCategories {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMcpDetailResponseBodyCategories {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "displayName" => rt::read_field(map, &mut self.display_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMcpDetailResponseBodyCategories {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("displayName", &self.display_name)?;
        object.end()
    }
}
/// `GetMcpDetailResponseBodyTools`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMcpDetailResponseBodyTools {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMcpDetailResponseBodyTools {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "displayName" => rt::read_field(map, &mut self.display_name),
            "inputSchema" => rt::read_field(map, &mut self.input_schema),
            "name" => rt::read_field(map, &mut self.name),
            "outputSchema" => rt::read_field(map, &mut self.output_schema),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMcpDetailResponseBodyTools {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("inputSchema", &self.input_schema)?;
        object.optional("name", &self.name)?;
        object.optional("outputSchema", &self.output_schema)?;
        object.end()
    }
}
/// `GetSkillDetailResponseBodyCategories`: the same model as [`GetMcpDetailResponseBodyCategories`].
pub type GetSkillDetailResponseBodyCategories = GetMcpDetailResponseBodyCategories;
/// `GetSkillDetailResponseBodyDependencies`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSkillDetailResponseBodyDependencies {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSkillDetailResponseBodyDependencies {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "displayName" => rt::read_field(map, &mut self.display_name),
            "refId" => rt::read_field(map, &mut self.ref_id),
            "required" => rt::read_field(map, &mut self.required),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSkillDetailResponseBodyDependencies {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("refId", &self.ref_id)?;
        object.optional("required", &self.required)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `ListMarketMcpsResponseBodyItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListMarketMcpsResponseBodyItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListMarketMcpsResponseBodyItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categories" => rt::read_field(map, &mut self.categories),
            "charged" => rt::read_field(map, &mut self.charged),
            "description" => rt::read_field(map, &mut self.description),
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "icon" => rt::read_field(map, &mut self.icon),
            "mcpId" => rt::read_field(map, &mut self.mcp_id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListMarketMcpsResponseBodyItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categories", &self.categories)?;
        object.optional("charged", &self.charged)?;
        object.optional("description", &self.description)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("icon", &self.icon)?;
        object.optional("mcpId", &self.mcp_id)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `ListSkillsResponseBodyItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListSkillsResponseBodyItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListSkillsResponseBodyItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "categories" => rt::read_field(map, &mut self.categories),
            "description" => rt::read_field(map, &mut self.description),
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "skillId" => rt::read_field(map, &mut self.skill_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListSkillsResponseBodyItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("categories", &self.categories)?;
        object.optional("description", &self.description)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("icon", &self.icon)?;
        object.optional("name", &self.name)?;
        object.optional("skillId", &self.skill_id)?;
        object.end()
    }
}
/// `ListMarketMcpsResponseBodyItemsCategories`: the same model as [`GetMcpDetailResponseBodyCategories`].
pub type ListMarketMcpsResponseBodyItemsCategories = GetMcpDetailResponseBodyCategories;
/// `ListSkillsResponseBodyItemsCategories`: the same model as [`GetMcpDetailResponseBodyCategories`].
pub type ListSkillsResponseBodyItemsCategories = GetMcpDetailResponseBodyCategories;
/// The request of [`Api::activate_mcp`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ActivateMcpRequest {
    /// `mcpId`.
    pub mcp_id: i64,
    /// `source`.
    pub source: Option<String>,
}
impl ActivateMcpRequest {
    /// A `ActivateMcpRequest` with its required fields (`mcpId`); set the others with the methods named after them.
    pub fn new(mcp_id: i64) -> Self {
        Self { mcp_id, source: None }
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ActivateMcpRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("mcpId", &self.mcp_id)?;
        object.optional("source", &self.source)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ActivateMcpRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ActivateMcpRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mcpId" => rt::read_field(map, &mut self.mcp_id),
            "source" => rt::read_field(map, &mut self.source),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for DeleteMcpRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("instanceId", &self.instance_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteMcpRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteMcpRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListMarketMcpsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListMarketMcpsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "page" => rt::read_field(map, &mut self.page),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListSkillsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListSkillsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "page" => rt::read_field(map, &mut self.page),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
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
