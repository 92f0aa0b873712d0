// @generated from api-spec/customer_service_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.customer_service_1_0()`. Generated from `api-spec/customer_service_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `customer_service_1_0`. Get it with `client.customer_service_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建工单
    ///
    /// `POST /v1.0/customerService/tickets` (operation `CreateTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTicketError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_ticket(
        &self,
        request: &CreateTicketRequest,
    ) -> rt::Call<CreateTicketResponseBody, CreateTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTicket",
            rt::Method::Post,
            "/v1.0/customerService/tickets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 执行工单活动
    ///
    /// `PUT /v1.0/customerService/tickets/{ticket_id}` (operation `ExecuteActivity`).
    ///
    /// # Path parameters
    ///
    /// - `ticket_id` (`ticket_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExecuteActivityError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn execute_activity(
        &self,
        ticket_id: &str,
        request: &ExecuteActivityRequest,
    ) -> rt::Call<ExecuteActivityResponseBody, ExecuteActivityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExecuteActivity",
            rt::Method::Put,
            "/v1.0/customerService/tickets/{ticket_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[ticket_id], request)
    }
    /// 获取source列表
    ///
    /// `GET /v1.0/customerService/customers/sources` (operation `GetUserSourceList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserSourceListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_source_list(
        &self,
        request: &GetUserSourceListRequest,
    ) -> rt::Call<GetUserSourceListResponseBody, GetUserSourceListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserSourceList",
            rt::Method::Get,
            "/v1.0/customerService/customers/sources",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询动作记录
    ///
    /// `GET /v1.0/customerService/tickets/{ticket_id}/actions` (operation `PageListAction`).
    ///
    /// # Path parameters
    ///
    /// - `ticket_id` (`ticket_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PageListActionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn page_list_action(
        &self,
        ticket_id: &str,
        request: &PageListActionRequest,
    ) -> rt::Call<PageListActionResponseBody, PageListActionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PageListAction",
            rt::Method::Get,
            "/v1.0/customerService/tickets/{ticket_id}/actions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[ticket_id], request)
    }
    /// 分页查询机器人信息
    ///
    /// `GET /v1.0/customerService/robots` (operation `PageListRobot`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PageListRobotError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn page_list_robot(
        &self,
        request: &PageListRobotRequest,
    ) -> rt::Call<PageListRobotResponseBody, PageListRobotError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PageListRobot",
            rt::Method::Get,
            "/v1.0/customerService/robots",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询工单
    ///
    /// `GET /v1.0/customerService/tickets` (operation `PageListTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PageListTicketError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn page_list_ticket(
        &self,
        request: &PageListTicketRequest,
    ) -> rt::Call<PageListTicketResponseBody, PageListTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PageListTicket",
            rt::Method::Get,
            "/v1.0/customerService/tickets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::page_list_action`]: the call again with `nextToken` set to the reply's `nextCursor`, until a reply has no token. Items: `list` of each page.
    pub fn page_list_action_pages(
        &self,
        ticket_id: &str,
        request: &PageListActionRequest,
    ) -> rt::Paginator<
        PageListActionResponseBody,
        PageListActionError,
        PageListActionResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextCursor"],
            &[],
            &["list"],
        );
        rt::Paginator::new(self.page_list_action(ticket_id, request), &PAGING)
    }
    /// Every page of [`Api::page_list_robot`]: the call again with `nextToken` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn page_list_robot_pages(
        &self,
        request: &PageListRobotRequest,
    ) -> rt::Paginator<
        PageListRobotResponseBody,
        PageListRobotError,
        PageListRobotResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextCursor"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.page_list_robot(request), &PAGING)
    }
    /// Every page of [`Api::page_list_ticket`]: the call again with `nextToken` set to the reply's `nextCursor`, until a reply has no token. Items: `list` of each page.
    pub fn page_list_ticket_pages(
        &self,
        request: &PageListTicketRequest,
    ) -> rt::Paginator<
        PageListTicketResponseBody,
        PageListTicketError,
        PageListTicketResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextCursor"],
            &[],
            &["list"],
        );
        rt::Paginator::new(self.page_list_ticket(request), &PAGING)
    }
}
/// `CreateTicketRequestProperties`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTicketRequestProperties {
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl CreateTicketRequestProperties {
    /// An empty `CreateTicketRequestProperties`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateTicketRequestProperties {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTicketRequestProperties {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTicketRequestProperties {
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
/// `CreateTicketResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTicketResponseBody {
    /// `ticketId`.
    pub ticket_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTicketResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTicketResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ticketId" => rt::read_field(map, &mut self.ticket_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTicketResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ticketId", &self.ticket_id)?;
        object.end()
    }
}
/// `ExecuteActivityRequestProperties`: the same model as [`CreateTicketRequestProperties`].
pub type ExecuteActivityRequestProperties = CreateTicketRequestProperties;
/// `ExecuteActivityResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExecuteActivityResponseBody {
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ExecuteActivityResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExecuteActivityResponseBody {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ExecuteActivityResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `GetUserSourceListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserSourceListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetUserSourceListResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserSourceListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserSourceListResponseBody {
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
impl rt::serde::Serialize for GetUserSourceListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `PageListActionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageListActionResponseBody {
    /// `list`.
    pub list: Option<Vec<PageListActionResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for PageListActionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageListActionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageListActionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `PageListRobotResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageListRobotResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PageListRobotResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for PageListRobotResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageListRobotResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageListRobotResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `PageListTicketResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageListTicketResponseBody {
    /// `list`.
    pub list: Option<Vec<PageListTicketResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for PageListTicketResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageListTicketResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageListTicketResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `GetUserSourceListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserSourceListResponseBodyResult {
    /// `config`.
    pub config: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `vendor`.
    pub vendor: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserSourceListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserSourceListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "config" => rt::read_field(map, &mut self.config),
            "description" => rt::read_field(map, &mut self.description),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "status" => rt::read_field(map, &mut self.status),
            "vendor" => rt::read_field(map, &mut self.vendor),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserSourceListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("config", &self.config)?;
        object.optional("description", &self.description)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("status", &self.status)?;
        object.optional("vendor", &self.vendor)?;
        object.end()
    }
}
/// `PageListActionResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageListActionResponseBodyList {
    /// `actionCode`.
    pub action_code: Option<String>,
    /// `actionContent`.
    pub action_content: Option<Vec<PageListActionResponseBodyListActionContent>>,
    /// `operator`.
    pub operator: Option<String>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `operatorRole`.
    pub operator_role: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PageListActionResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageListActionResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionCode" => rt::read_field(map, &mut self.action_code),
            "actionContent" => rt::read_field(map, &mut self.action_content),
            "operator" => rt::read_field(map, &mut self.operator),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "operatorRole" => rt::read_field(map, &mut self.operator_role),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageListActionResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionCode", &self.action_code)?;
        object.optional("actionContent", &self.action_content)?;
        object.optional("operator", &self.operator)?;
        object.optional("operatorId", &self.operator_id)?;
        object.optional("operatorRole", &self.operator_role)?;
        object.end()
    }
}
/// `PageListRobotResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageListRobotResponseBodyList {
    /// `accountId`.
    pub account_id: Option<i64>,
    /// `appKey`.
    pub app_key: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for PageListRobotResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageListRobotResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountId" => rt::read_field(map, &mut self.account_id),
            "appKey" => rt::read_field(map, &mut self.app_key),
            "id" => rt::read_field(map, &mut self.id),
            "name" => rt::read_field(map, &mut self.name),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageListRobotResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountId", &self.account_id)?;
        object.optional("appKey", &self.app_key)?;
        object.optional("id", &self.id)?;
        object.optional("name", &self.name)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `PageListTicketResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageListTicketResponseBodyList {
    /// `bizDataMap`.
    pub biz_data_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `foreignId`.
    pub foreign_id: Option<String>,
    /// `foreignName`.
    pub foreign_name: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `openInstanceId`.
    pub open_instance_id: Option<String>,
    /// `productionType`.
    pub production_type: Option<i64>,
    /// `sourceId`.
    pub source_id: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `ticketId`.
    pub ticket_id: Option<String>,
    /// `ticketStatus`.
    pub ticket_status: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PageListTicketResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageListTicketResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizDataMap" => rt::read_field(map, &mut self.biz_data_map),
            "foreignId" => rt::read_field(map, &mut self.foreign_id),
            "foreignName" => rt::read_field(map, &mut self.foreign_name),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "openInstanceId" => rt::read_field(map, &mut self.open_instance_id),
            "productionType" => rt::read_field(map, &mut self.production_type),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "ticketId" => rt::read_field(map, &mut self.ticket_id),
            "ticketStatus" => rt::read_field(map, &mut self.ticket_status),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageListTicketResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizDataMap", &self.biz_data_map)?;
        object.optional("foreignId", &self.foreign_id)?;
        object.optional("foreignName", &self.foreign_name)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("openInstanceId", &self.open_instance_id)?;
        object.optional("productionType", &self.production_type)?;
        object.optional("sourceId", &self.source_id)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("ticketId", &self.ticket_id)?;
        object.optional("ticketStatus", &self.ticket_status)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `PageListActionResponseBodyListActionContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageListActionResponseBodyListActionContent {
    /// `displayName`.
    pub display_name: Option<String>,
    /// `displayValue`.
    pub display_value: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
    /// `valueType`.
    pub value_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PageListActionResponseBodyListActionContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageListActionResponseBodyListActionContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "displayName" => rt::read_field(map, &mut self.display_name),
            "displayValue" => rt::read_field(map, &mut self.display_value),
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            "valueType" => rt::read_field(map, &mut self.value_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageListActionResponseBodyListActionContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("displayName", &self.display_name)?;
        object.optional("displayValue", &self.display_value)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.optional("valueType", &self.value_type)?;
        object.end()
    }
}
/// The request of [`Api::create_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateTicketRequest {
    /// `foreignId`.
    pub foreign_id: String,
    /// `foreignName`.
    pub foreign_name: String,
    /// `openInstanceId`.
    pub open_instance_id: Option<String>,
    /// `productionType`.
    pub production_type: Option<i64>,
    /// `properties`.
    pub properties: Option<Vec<CreateTicketRequestProperties>>,
    /// `sourceId`.
    pub source_id: String,
    /// `templateId`.
    pub template_id: String,
    /// `title`.
    pub title: String,
}
impl CreateTicketRequest {
    /// A `CreateTicketRequest` with its required fields (`foreignId`, `foreignName`, `sourceId`, `templateId`, `title`); set the others with the methods named after them.
    pub fn new(
        foreign_id: impl Into<String>,
        foreign_name: impl Into<String>,
        source_id: impl Into<String>,
        template_id: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            foreign_id: foreign_id.into(),
            foreign_name: foreign_name.into(),
            open_instance_id: None,
            production_type: None,
            properties: None,
            source_id: source_id.into(),
            template_id: template_id.into(),
            title: title.into(),
        }
    }
    /// Sets `openInstanceId`.
    pub fn open_instance_id(mut self, value: impl Into<String>) -> Self {
        self.open_instance_id = Some(value.into());
        self
    }
    /// Sets `productionType`.
    pub fn production_type(mut self, value: i64) -> Self {
        self.production_type = Some(value);
        self
    }
    /// Sets `properties`.
    pub fn properties(
        mut self,
        value: impl IntoIterator<Item = CreateTicketRequestProperties>,
    ) -> Self {
        self.properties = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for CreateTicketRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("foreignId", &self.foreign_id)?;
        object.field("foreignName", &self.foreign_name)?;
        object.optional("openInstanceId", &self.open_instance_id)?;
        object.optional("productionType", &self.production_type)?;
        object.optional("properties", &self.properties)?;
        object.field("sourceId", &self.source_id)?;
        object.field("templateId", &self.template_id)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "foreignId" => rt::read_field(map, &mut self.foreign_id),
            "foreignName" => rt::read_field(map, &mut self.foreign_name),
            "openInstanceId" => rt::read_field(map, &mut self.open_instance_id),
            "productionType" => rt::read_field(map, &mut self.production_type),
            "properties" => rt::read_field(map, &mut self.properties),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::execute_activity`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ExecuteActivityRequest {
    /// `activityCode`.
    pub activity_code: String,
    /// `foreignId`.
    pub foreign_id: String,
    /// `foreignName`.
    pub foreign_name: String,
    /// `openInstanceId`.
    pub open_instance_id: Option<String>,
    /// `productionType`.
    pub production_type: Option<i64>,
    /// `properties`.
    pub properties: Option<Vec<ExecuteActivityRequestProperties>>,
    /// `sourceId`.
    pub source_id: String,
}
impl ExecuteActivityRequest {
    /// A `ExecuteActivityRequest` with its required fields (`activityCode`, `foreignId`, `foreignName`, `sourceId`); set the others with the methods named after them.
    pub fn new(
        activity_code: impl Into<String>,
        foreign_id: impl Into<String>,
        foreign_name: impl Into<String>,
        source_id: impl Into<String>,
    ) -> Self {
        Self {
            activity_code: activity_code.into(),
            foreign_id: foreign_id.into(),
            foreign_name: foreign_name.into(),
            open_instance_id: None,
            production_type: None,
            properties: None,
            source_id: source_id.into(),
        }
    }
    /// Sets `openInstanceId`.
    pub fn open_instance_id(mut self, value: impl Into<String>) -> Self {
        self.open_instance_id = Some(value.into());
        self
    }
    /// Sets `productionType`.
    pub fn production_type(mut self, value: i64) -> Self {
        self.production_type = Some(value);
        self
    }
    /// Sets `properties`.
    pub fn properties(
        mut self,
        value: impl IntoIterator<Item = ExecuteActivityRequestProperties>,
    ) -> Self {
        self.properties = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for ExecuteActivityRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("activityCode", &self.activity_code)?;
        object.field("foreignId", &self.foreign_id)?;
        object.field("foreignName", &self.foreign_name)?;
        object.optional("openInstanceId", &self.open_instance_id)?;
        object.optional("productionType", &self.production_type)?;
        object.optional("properties", &self.properties)?;
        object.field("sourceId", &self.source_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExecuteActivityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExecuteActivityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityCode" => rt::read_field(map, &mut self.activity_code),
            "foreignId" => rt::read_field(map, &mut self.foreign_id),
            "foreignName" => rt::read_field(map, &mut self.foreign_name),
            "openInstanceId" => rt::read_field(map, &mut self.open_instance_id),
            "productionType" => rt::read_field(map, &mut self.production_type),
            "properties" => rt::read_field(map, &mut self.properties),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ExecuteActivityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_user_source_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserSourceListRequest {
    /// `corpId`: a query parameter.
    pub corp_id: Option<String>,
    /// `description`: a query parameter.
    pub description: Option<String>,
    /// `openInstanceId`: a query parameter.
    pub open_instance_id: Option<String>,
    /// `orgId`: a query parameter.
    pub org_id: Option<i64>,
    /// `orgName`: a query parameter.
    pub org_name: Option<String>,
    /// `productionType`: a query parameter.
    pub production_type: Option<i64>,
}
impl GetUserSourceListRequest {
    /// An empty `GetUserSourceListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `openInstanceId`.
    pub fn open_instance_id(mut self, value: impl Into<String>) -> Self {
        self.open_instance_id = Some(value.into());
        self
    }
    /// Sets `orgId`.
    pub fn org_id(mut self, value: i64) -> Self {
        self.org_id = Some(value);
        self
    }
    /// Sets `orgName`.
    pub fn org_name(mut self, value: impl Into<String>) -> Self {
        self.org_name = Some(value.into());
        self
    }
    /// Sets `productionType`.
    pub fn production_type(mut self, value: i64) -> Self {
        self.production_type = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserSourceListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserSourceListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "description" => rt::read_field(map, &mut self.description),
            "openInstanceId" => rt::read_field(map, &mut self.open_instance_id),
            "orgId" => rt::read_field(map, &mut self.org_id),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "productionType" => rt::read_field(map, &mut self.production_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserSourceListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.query("description", &self.description);
        writer.query("openInstanceId", &self.open_instance_id);
        writer.query("orgId", &self.org_id);
        writer.query("orgName", &self.org_name);
        writer.query("productionType", &self.production_type);
    }
}
/// The request of [`Api::page_list_action`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PageListActionRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: String,
    /// `openInstanceId`: a query parameter.
    pub open_instance_id: Option<String>,
    /// `productionType`: a query parameter.
    pub production_type: Option<i64>,
}
impl PageListActionRequest {
    /// A `PageListActionRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, next_token: impl Into<String>) -> Self {
        Self {
            max_results,
            next_token: next_token.into(),
            open_instance_id: None,
            production_type: None,
        }
    }
    /// Sets `openInstanceId`.
    pub fn open_instance_id(mut self, value: impl Into<String>) -> Self {
        self.open_instance_id = Some(value.into());
        self
    }
    /// Sets `productionType`.
    pub fn production_type(mut self, value: i64) -> Self {
        self.production_type = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PageListActionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PageListActionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openInstanceId" => rt::read_field(map, &mut self.open_instance_id),
            "productionType" => rt::read_field(map, &mut self.production_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PageListActionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("openInstanceId", &self.open_instance_id);
        writer.query("productionType", &self.production_type);
    }
}
/// The request of [`Api::page_list_robot`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PageListRobotRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
    /// `openInstanceId`: a query parameter.
    pub open_instance_id: Option<String>,
    /// `productionType`: a query parameter.
    pub production_type: Option<i64>,
}
impl PageListRobotRequest {
    /// A `PageListRobotRequest` with its required fields (`corpId`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(corp_id: impl Into<String>, max_results: i64, next_token: i64) -> Self {
        Self {
            corp_id: corp_id.into(),
            max_results,
            next_token,
            open_instance_id: None,
            production_type: None,
        }
    }
    /// Sets `openInstanceId`.
    pub fn open_instance_id(mut self, value: impl Into<String>) -> Self {
        self.open_instance_id = Some(value.into());
        self
    }
    /// Sets `productionType`.
    pub fn production_type(mut self, value: i64) -> Self {
        self.production_type = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PageListRobotRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PageListRobotRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openInstanceId" => rt::read_field(map, &mut self.open_instance_id),
            "productionType" => rt::read_field(map, &mut self.production_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PageListRobotRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("openInstanceId", &self.open_instance_id);
        writer.query("productionType", &self.production_type);
    }
}
/// The request of [`Api::page_list_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PageListTicketRequest {
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
    /// `foreignId`: a query parameter.
    pub foreign_id: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: String,
    /// `openInstanceId`: a query parameter.
    pub open_instance_id: Option<String>,
    /// `productionType`: a query parameter.
    pub production_type: Option<i64>,
    /// `sourceId`: a query parameter.
    pub source_id: Option<String>,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
    /// `templateId`: a query parameter.
    pub template_id: String,
    /// `ticketId`: a query parameter.
    pub ticket_id: Option<String>,
    /// `ticketStatus`: a query parameter.
    pub ticket_status: Option<String>,
}
impl PageListTicketRequest {
    /// A `PageListTicketRequest` with its required fields (`maxResults`, `nextToken`, `templateId`); set the others with the methods named after them.
    pub fn new(
        max_results: i64,
        next_token: impl Into<String>,
        template_id: impl Into<String>,
    ) -> Self {
        Self {
            end_time: None,
            foreign_id: None,
            max_results,
            next_token: next_token.into(),
            open_instance_id: None,
            production_type: None,
            source_id: None,
            start_time: None,
            template_id: template_id.into(),
            ticket_id: None,
            ticket_status: None,
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `foreignId`.
    pub fn foreign_id(mut self, value: impl Into<String>) -> Self {
        self.foreign_id = Some(value.into());
        self
    }
    /// Sets `openInstanceId`.
    pub fn open_instance_id(mut self, value: impl Into<String>) -> Self {
        self.open_instance_id = Some(value.into());
        self
    }
    /// Sets `productionType`.
    pub fn production_type(mut self, value: i64) -> Self {
        self.production_type = Some(value);
        self
    }
    /// Sets `sourceId`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `ticketId`.
    pub fn ticket_id(mut self, value: impl Into<String>) -> Self {
        self.ticket_id = Some(value.into());
        self
    }
    /// Sets `ticketStatus`.
    pub fn ticket_status(mut self, value: impl Into<String>) -> Self {
        self.ticket_status = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PageListTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PageListTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "foreignId" => rt::read_field(map, &mut self.foreign_id),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openInstanceId" => rt::read_field(map, &mut self.open_instance_id),
            "productionType" => rt::read_field(map, &mut self.production_type),
            "sourceId" => rt::read_field(map, &mut self.source_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "templateId" => rt::read_field(map, &mut self.template_id),
            "ticketId" => rt::read_field(map, &mut self.ticket_id),
            "ticketStatus" => rt::read_field(map, &mut self.ticket_status),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PageListTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query("foreignId", &self.foreign_id);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("openInstanceId", &self.open_instance_id);
        writer.query("productionType", &self.production_type);
        writer.query("sourceId", &self.source_id);
        writer.query("startTime", &self.start_time);
        writer.query("templateId", &self.template_id);
        writer.query("ticketId", &self.ticket_id);
        writer.query("ticketStatus", &self.ticket_status);
    }
}
/// An error reply of [`Api::create_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTicketError = rt::ServiceError;
/// An error reply of [`Api::execute_activity`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExecuteActivityError = rt::ServiceError;
/// An error reply of [`Api::get_user_source_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserSourceListError = rt::ServiceError;
/// An error reply of [`Api::page_list_action`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PageListActionError = rt::ServiceError;
/// An error reply of [`Api::page_list_robot`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PageListRobotError = rt::ServiceError;
/// An error reply of [`Api::page_list_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PageListTicketError = rt::ServiceError;
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
        "CreateTicket" => {
            rt::conformance::reply(api.create_ticket(&inputs.request(true)?)).await
        }
        "ExecuteActivity" => {
            rt::conformance::reply(
                    api.execute_activity(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "GetUserSourceList" => {
            rt::conformance::reply(api.get_user_source_list(&inputs.request(false)?))
                .await
        }
        "PageListAction" => {
            rt::conformance::reply(
                    api.page_list_action(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "PageListRobot" => {
            rt::conformance::reply(api.page_list_robot(&inputs.request(false)?)).await
        }
        "PageListTicket" => {
            rt::conformance::reply(api.page_list_ticket(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
