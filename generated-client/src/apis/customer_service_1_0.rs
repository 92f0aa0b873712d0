// @generated from api-spec/customer_service_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 智能客服 (Customer Service)：工单与工单活动。
//!
//! 6 operations, methods of [`Api`] (`client.customer_service_1_0()`), behind the cargo feature `customer_service_1_0`; its paths start with `/v1.0/customerService/`.
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
    /// `POST /v1.0/customerService/tickets`: DingTalk's `CreateTicket` (module feature `customer_service_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTicket")]
    #[doc(alias = "/v1.0/customerService/tickets")]
    #[doc(alias = "POST /v1.0/customerService/tickets")]
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
    /// `PUT /v1.0/customerService/tickets/{ticketId}`: DingTalk's `ExecuteActivity` (module feature `customer_service_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `ticket_id`: `{ticketId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExecuteActivity")]
    #[doc(alias = "/v1.0/customerService/tickets/{ticketId}")]
    #[doc(alias = "PUT /v1.0/customerService/tickets/{ticketId}")]
    pub fn execute_activity(
        &self,
        ticket_id: &str,
        request: &ExecuteActivityRequest,
    ) -> rt::Call<ExecuteActivityResponseBody, ExecuteActivityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExecuteActivity",
            rt::Method::Put,
            "/v1.0/customerService/tickets/{ticketId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[ticket_id], request)
    }
    /// 获取source列表
    ///
    /// `GET /v1.0/customerService/customers/sources`: DingTalk's `GetUserSourceList` (module feature `customer_service_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetUserSourceList")]
    #[doc(alias = "/v1.0/customerService/customers/sources")]
    #[doc(alias = "GET /v1.0/customerService/customers/sources")]
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
    /// `GET /v1.0/customerService/tickets/{ticketId}/actions`: DingTalk's `PageListAction` (module feature `customer_service_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `ticket_id`: `{ticketId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::page_list_action_pages`].
    #[doc(alias = "PageListAction")]
    #[doc(alias = "/v1.0/customerService/tickets/{ticketId}/actions")]
    #[doc(alias = "GET /v1.0/customerService/tickets/{ticketId}/actions")]
    pub fn page_list_action(
        &self,
        ticket_id: &str,
        request: &PageListActionRequest,
    ) -> rt::Call<PageListActionResponseBody, PageListActionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PageListAction",
            rt::Method::Get,
            "/v1.0/customerService/tickets/{ticketId}/actions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[ticket_id], request)
    }
    /// 分页查询机器人信息
    ///
    /// `GET /v1.0/customerService/robots`: DingTalk's `PageListRobot` (module feature `customer_service_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::page_list_robot_pages`].
    #[doc(alias = "PageListRobot")]
    #[doc(alias = "/v1.0/customerService/robots")]
    #[doc(alias = "GET /v1.0/customerService/robots")]
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
    /// `GET /v1.0/customerService/tickets`: DingTalk's `PageListTicket` (module feature `customer_service_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::page_list_ticket_pages`].
    #[doc(alias = "PageListTicket")]
    #[doc(alias = "/v1.0/customerService/tickets")]
    #[doc(alias = "GET /v1.0/customerService/tickets")]
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
/// `CreateTicketRequestProperties`, a model several operations share: also named [`ExecuteActivityRequestProperties`].
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
rt::impl_serialize! {
    CreateTicketRequestProperties { "name" => optional(name), "value" => optional(value)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTicketRequestProperties { "name" => read_field(name), "value" =>
    read_field(value) }
}
/// `CreateTicketResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTicketResponseBody {
    /// `ticketId`.
    pub ticket_id: Option<String>,
}
rt::impl_deserialize! {
    CreateTicketResponseBody { "ticketId" => read_field(ticket_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTicketResponseBody { "ticketId" => optional(ticket_id) }
}
/// `ExecuteActivityRequestProperties`: the same model as [`CreateTicketRequestProperties`].
pub type ExecuteActivityRequestProperties = CreateTicketRequestProperties;
/// `ExecuteActivityResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExecuteActivityResponseBody {
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    ExecuteActivityResponseBody { "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExecuteActivityResponseBody { "taskId" => optional(task_id) }
}
/// `GetUserSourceListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserSourceListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetUserSourceListResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetUserSourceListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserSourceListResponseBody { "result" => optional(result) }
}
/// `PageListActionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageListActionResponseBody {
    /// `list`.
    pub list: Option<Vec<PageListActionResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    PageListActionResponseBody { "list" => read_field(list), "nextCursor" =>
    read_field(next_cursor), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageListActionResponseBody { "list" => optional(list), "nextCursor" =>
    optional(next_cursor), "total" => optional(total) }
}
/// `PageListRobotResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PageListRobotResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextCursor" => read_field(next_cursor), "total" =>
    read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageListRobotResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextCursor" => optional(next_cursor), "total" => optional(total) }
}
/// `PageListTicketResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageListTicketResponseBody {
    /// `list`.
    pub list: Option<Vec<PageListTicketResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    PageListTicketResponseBody { "list" => read_field(list), "nextCursor" =>
    read_field(next_cursor), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageListTicketResponseBody { "list" => optional(list), "nextCursor" =>
    optional(next_cursor), "total" => optional(total) }
}
/// `GetUserSourceListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetUserSourceListResponseBodyResult { "config" => read_field(config), "description"
    => read_field(description), "id" => read_field(id), "name" => read_field(name),
    "status" => read_field(status), "vendor" => read_field(vendor) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserSourceListResponseBodyResult { "config" => optional(config), "description" =>
    optional(description), "id" => optional(id), "name" => optional(name), "status" =>
    optional(status), "vendor" => optional(vendor) }
}
/// `PageListActionResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PageListActionResponseBodyList { "actionCode" => read_field(action_code),
    "actionContent" => read_field(action_content), "operator" => read_field(operator),
    "operatorId" => read_field(operator_id), "operatorRole" => read_field(operator_role)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageListActionResponseBodyList { "actionCode" => optional(action_code),
    "actionContent" => optional(action_content), "operator" => optional(operator),
    "operatorId" => optional(operator_id), "operatorRole" => optional(operator_role) }
}
/// `PageListRobotResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PageListRobotResponseBodyList { "accountId" => read_field(account_id), "appKey" =>
    read_field(app_key), "id" => read_field(id), "name" => read_field(name), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageListRobotResponseBodyList { "accountId" => optional(account_id), "appKey" =>
    optional(app_key), "id" => optional(id), "name" => optional(name), "status" =>
    optional(status) }
}
/// `PageListTicketResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PageListTicketResponseBodyList { "bizDataMap" => read_field(biz_data_map),
    "foreignId" => read_field(foreign_id), "foreignName" => read_field(foreign_name),
    "gmtCreate" => read_field(gmt_create), "gmtModified" => read_field(gmt_modified),
    "openInstanceId" => read_field(open_instance_id), "productionType" =>
    read_field(production_type), "sourceId" => read_field(source_id), "templateId" =>
    read_field(template_id), "ticketId" => read_field(ticket_id), "ticketStatus" =>
    read_field(ticket_status), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageListTicketResponseBodyList { "bizDataMap" => optional(biz_data_map), "foreignId"
    => optional(foreign_id), "foreignName" => optional(foreign_name), "gmtCreate" =>
    optional(gmt_create), "gmtModified" => optional(gmt_modified), "openInstanceId" =>
    optional(open_instance_id), "productionType" => optional(production_type), "sourceId"
    => optional(source_id), "templateId" => optional(template_id), "ticketId" =>
    optional(ticket_id), "ticketStatus" => optional(ticket_status), "title" =>
    optional(title) }
}
/// `PageListActionResponseBodyListActionContent`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PageListActionResponseBodyListActionContent { "displayName" =>
    read_field(display_name), "displayValue" => read_field(display_value), "name" =>
    read_field(name), "value" => read_field(value), "valueType" => read_field(value_type)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageListActionResponseBodyListActionContent { "displayName" =>
    optional(display_name), "displayValue" => optional(display_value), "name" =>
    optional(name), "value" => optional(value), "valueType" => optional(value_type) }
}
/// The request of [`Api::create_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateTicketRequest`], each named where it is set: `CreateTicketRequest::new(CreateTicketRequired { .. })`.
pub struct CreateTicketRequired {
    /// `foreignId`: see [`CreateTicketRequest::foreign_id`].
    pub foreign_id: String,
    /// `foreignName`: see [`CreateTicketRequest::foreign_name`].
    pub foreign_name: String,
    /// `sourceId`: see [`CreateTicketRequest::source_id`].
    pub source_id: String,
    /// `templateId`: see [`CreateTicketRequest::template_id`].
    pub template_id: String,
    /// `title`: see [`CreateTicketRequest::title`].
    pub title: String,
}
impl CreateTicketRequest {
    /// A `CreateTicketRequest` with its required fields (`foreignId`, `foreignName`, `sourceId`, `templateId`, `title`); set the others with the methods named after them.
    pub fn new(required: CreateTicketRequired) -> Self {
        let CreateTicketRequired {
            foreign_id,
            foreign_name,
            source_id,
            template_id,
            title,
        } = required;
        Self {
            foreign_id,
            foreign_name,
            open_instance_id: None,
            production_type: None,
            properties: None,
            source_id,
            template_id,
            title,
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
rt::impl_serialize! {
    CreateTicketRequest { "foreignId" => field(foreign_id), "foreignName" =>
    field(foreign_name), "openInstanceId" => optional(open_instance_id), "productionType"
    => optional(production_type), "properties" => optional(properties), "sourceId" =>
    field(source_id), "templateId" => field(template_id), "title" => field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTicketRequest { "foreignId" => read_field(foreign_id), "foreignName" =>
    read_field(foreign_name), "openInstanceId" => read_field(open_instance_id),
    "productionType" => read_field(production_type), "properties" =>
    read_field(properties), "sourceId" => read_field(source_id), "templateId" =>
    read_field(template_id), "title" => read_field(title) }
}
impl rt::WriteRequest for CreateTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::execute_activity`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ExecuteActivityRequest`], each named where it is set: `ExecuteActivityRequest::new(ExecuteActivityRequired { .. })`.
pub struct ExecuteActivityRequired {
    /// `activityCode`: see [`ExecuteActivityRequest::activity_code`].
    pub activity_code: String,
    /// `foreignId`: see [`ExecuteActivityRequest::foreign_id`].
    pub foreign_id: String,
    /// `foreignName`: see [`ExecuteActivityRequest::foreign_name`].
    pub foreign_name: String,
    /// `sourceId`: see [`ExecuteActivityRequest::source_id`].
    pub source_id: String,
}
impl ExecuteActivityRequest {
    /// A `ExecuteActivityRequest` with its required fields (`activityCode`, `foreignId`, `foreignName`, `sourceId`); set the others with the methods named after them.
    pub fn new(required: ExecuteActivityRequired) -> Self {
        let ExecuteActivityRequired {
            activity_code,
            foreign_id,
            foreign_name,
            source_id,
        } = required;
        Self {
            activity_code,
            foreign_id,
            foreign_name,
            open_instance_id: None,
            production_type: None,
            properties: None,
            source_id,
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
rt::impl_serialize! {
    ExecuteActivityRequest { "activityCode" => field(activity_code), "foreignId" =>
    field(foreign_id), "foreignName" => field(foreign_name), "openInstanceId" =>
    optional(open_instance_id), "productionType" => optional(production_type),
    "properties" => optional(properties), "sourceId" => field(source_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExecuteActivityRequest { "activityCode" => read_field(activity_code), "foreignId" =>
    read_field(foreign_id), "foreignName" => read_field(foreign_name), "openInstanceId"
    => read_field(open_instance_id), "productionType" => read_field(production_type),
    "properties" => read_field(properties), "sourceId" => read_field(source_id) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetUserSourceListRequest { "corpId" => read_field(corp_id), "description" =>
    read_field(description), "openInstanceId" => read_field(open_instance_id), "orgId" =>
    read_field(org_id), "orgName" => read_field(org_name), "productionType" =>
    read_field(production_type) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PageListActionRequest`], each named where it is set: `PageListActionRequest::new(PageListActionRequired { .. })`.
pub struct PageListActionRequired {
    /// `maxResults`: see [`PageListActionRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`PageListActionRequest::next_token`].
    pub next_token: String,
}
impl PageListActionRequest {
    /// A `PageListActionRequest` with its required fields (`maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: PageListActionRequired) -> Self {
        let PageListActionRequired { max_results, next_token } = required;
        Self {
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PageListActionRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "openInstanceId" => read_field(open_instance_id),
    "productionType" => read_field(production_type) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PageListRobotRequest`], each named where it is set: `PageListRobotRequest::new(PageListRobotRequired { .. })`.
pub struct PageListRobotRequired {
    /// `corpId`: see [`PageListRobotRequest::corp_id`].
    pub corp_id: String,
    /// `maxResults`: see [`PageListRobotRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`PageListRobotRequest::next_token`].
    pub next_token: i64,
}
impl PageListRobotRequest {
    /// A `PageListRobotRequest` with its required fields (`corpId`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: PageListRobotRequired) -> Self {
        let PageListRobotRequired { corp_id, max_results, next_token } = required;
        Self {
            corp_id,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PageListRobotRequest { "corpId" => read_field(corp_id), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "openInstanceId" =>
    read_field(open_instance_id), "productionType" => read_field(production_type) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PageListTicketRequest`], each named where it is set: `PageListTicketRequest::new(PageListTicketRequired { .. })`.
pub struct PageListTicketRequired {
    /// `maxResults`: see [`PageListTicketRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`PageListTicketRequest::next_token`].
    pub next_token: String,
    /// `templateId`: see [`PageListTicketRequest::template_id`].
    pub template_id: String,
}
impl PageListTicketRequest {
    /// A `PageListTicketRequest` with its required fields (`maxResults`, `nextToken`, `templateId`); set the others with the methods named after them.
    pub fn new(required: PageListTicketRequired) -> Self {
        let PageListTicketRequired { max_results, next_token, template_id } = required;
        Self {
            end_time: None,
            foreign_id: None,
            max_results,
            next_token,
            open_instance_id: None,
            production_type: None,
            source_id: None,
            start_time: None,
            template_id,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PageListTicketRequest { "endTime" => read_field(end_time), "foreignId" =>
    read_field(foreign_id), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "openInstanceId" => read_field(open_instance_id),
    "productionType" => read_field(production_type), "sourceId" => read_field(source_id),
    "startTime" => read_field(start_time), "templateId" => read_field(template_id),
    "ticketId" => read_field(ticket_id), "ticketStatus" => read_field(ticket_status) }
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
