// @generated from api-spec/search_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 搜索 (Search)：搜索数据源与数据项。
//!
//! 10 operations, methods of [`Api`] (`client.search_1_0()`), behind the cargo feature `search_1_0`; its paths start with `/v1.0/search/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `search_1_0`. Get it with `client.search_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 为指定的数据源批量添加数据项
    ///
    /// `POST /v1.0/search/tabs/{tabId}/items/batch`: DingTalk's `BatchInsertSearchItem` (module feature `search_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id`: `{tabId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchInsertSearchItem")]
    #[doc(alias = "/v1.0/search/tabs/{tabId}/items/batch")]
    #[doc(alias = "POST /v1.0/search/tabs/{tabId}/items/batch")]
    pub fn batch_insert_search_item(
        &self,
        tab_id: &str,
        request: &BatchInsertSearchItemRequest,
    ) -> rt::Call<(), BatchInsertSearchItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchInsertSearchItem",
            rt::Method::Post,
            "/v1.0/search/tabs/{tabId}/items/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id], request)
    }
    /// 创建搜索数据源
    ///
    /// `POST /v1.0/search/tabs`: DingTalk's `CreateSearchTab` (module feature `search_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateSearchTab")]
    #[doc(alias = "/v1.0/search/tabs")]
    #[doc(alias = "POST /v1.0/search/tabs")]
    pub fn create_search_tab(
        &self,
        request: &CreateSearchTabRequest,
    ) -> rt::Call<CreateSearchTabResponseBody, CreateSearchTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSearchTab",
            rt::Method::Post,
            "/v1.0/search/tabs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 从指定的数据源中删除一条数据项
    ///
    /// `DELETE /v1.0/search/tabs/{tabId}/items/{itemId}`: DingTalk's `DeleteSearchItem` (module feature `search_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id`: `{tabId}` in the path.
    /// - `item_id`: `{itemId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteSearchItem")]
    #[doc(alias = "/v1.0/search/tabs/{tabId}/items/{itemId}")]
    #[doc(alias = "DELETE /v1.0/search/tabs/{tabId}/items/{itemId}")]
    pub fn delete_search_item(
        &self,
        tab_id: &str,
        item_id: &str,
    ) -> rt::Call<rt::serde_json::Value, DeleteSearchItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSearchItem",
            rt::Method::Delete,
            "/v1.0/search/tabs/{tabId}/items/{itemId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id, item_id], &())
    }
    /// 删除搜索数据源
    ///
    /// `DELETE /v1.0/search/tabs/{tabId}`: DingTalk's `DeleteSearchTab` (module feature `search_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id`: `{tabId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteSearchTab")]
    #[doc(alias = "/v1.0/search/tabs/{tabId}")]
    #[doc(alias = "DELETE /v1.0/search/tabs/{tabId}")]
    pub fn delete_search_tab(
        &self,
        tab_id: &str,
    ) -> rt::Call<rt::serde_json::Value, DeleteSearchTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSearchTab",
            rt::Method::Delete,
            "/v1.0/search/tabs/{tabId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id], &())
    }
    /// 获取指定数据源中的一条数据项
    ///
    /// `GET /v1.0/search/tabs/{tabId}/items/{itemId}`: DingTalk's `GetSearchItem` (module feature `search_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id`: `{tabId}` in the path.
    /// - `item_id`: `{itemId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSearchItem")]
    #[doc(alias = "/v1.0/search/tabs/{tabId}/items/{itemId}")]
    #[doc(alias = "GET /v1.0/search/tabs/{tabId}/items/{itemId}")]
    pub fn get_search_item(
        &self,
        tab_id: &str,
        item_id: &str,
    ) -> rt::Call<GetSearchItemResponseBody, GetSearchItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSearchItem",
            rt::Method::Get,
            "/v1.0/search/tabs/{tabId}/items/{itemId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id, item_id], &())
    }
    /// 根据搜索关键词获取相关数据项
    ///
    /// `GET /v1.0/search/tabs/{tabId}/items`: DingTalk's `GetSearchItemsByKeyWord` (module feature `search_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id`: `{tabId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_search_items_by_key_word_pages`].
    #[doc(alias = "GetSearchItemsByKeyWord")]
    #[doc(alias = "/v1.0/search/tabs/{tabId}/items")]
    #[doc(alias = "GET /v1.0/search/tabs/{tabId}/items")]
    pub fn get_search_items_by_key_word(
        &self,
        tab_id: &str,
        request: &GetSearchItemsByKeyWordRequest,
    ) -> rt::Call<GetSearchItemsByKeyWordResponseBody, GetSearchItemsByKeyWordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSearchItemsByKeyWord",
            rt::Method::Get,
            "/v1.0/search/tabs/{tabId}/items",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id], request)
    }
    /// 获取搜索数据源
    ///
    /// `GET /v1.0/search/tabs/{tabId}`: DingTalk's `GetSearchTab` (module feature `search_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id`: `{tabId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSearchTab")]
    #[doc(alias = "/v1.0/search/tabs/{tabId}")]
    #[doc(alias = "GET /v1.0/search/tabs/{tabId}")]
    pub fn get_search_tab(
        &self,
        tab_id: &str,
    ) -> rt::Call<GetSearchTabResponseBody, GetSearchTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSearchTab",
            rt::Method::Get,
            "/v1.0/search/tabs/{tabId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id], &())
    }
    /// 为指定的数据源添加一条数据项
    ///
    /// `POST /v1.0/search/tabs/{tabId}/items`: DingTalk's `InsertSearchItem` (module feature `search_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id`: `{tabId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InsertSearchItem")]
    #[doc(alias = "/v1.0/search/tabs/{tabId}/items")]
    #[doc(alias = "POST /v1.0/search/tabs/{tabId}/items")]
    pub fn insert_search_item(
        &self,
        tab_id: &str,
        request: &InsertSearchItemRequest,
    ) -> rt::Call<(), InsertSearchItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertSearchItem",
            rt::Method::Post,
            "/v1.0/search/tabs/{tabId}/items",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id], request)
    }
    /// 列出企业所有的搜索数据源
    ///
    /// `GET /v1.0/search/tabs`: DingTalk's `ListSearchTabsByOrgId` (module feature `search_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListSearchTabsByOrgId")]
    #[doc(alias = "/v1.0/search/tabs")]
    #[doc(alias = "GET /v1.0/search/tabs")]
    pub fn list_search_tabs_by_org_id(
        &self,
    ) -> rt::Call<ListSearchTabsByOrgIdResponseBody, ListSearchTabsByOrgIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSearchTabsByOrgId",
            rt::Method::Get,
            "/v1.0/search/tabs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 更新搜索数据源
    ///
    /// `PUT /v1.0/search/tabs/{tabId}`: DingTalk's `UpdateSearchTab` (module feature `search_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id`: `{tabId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateSearchTab")]
    #[doc(alias = "/v1.0/search/tabs/{tabId}")]
    #[doc(alias = "PUT /v1.0/search/tabs/{tabId}")]
    pub fn update_search_tab(
        &self,
        tab_id: &str,
        request: &UpdateSearchTabRequest,
    ) -> rt::Call<(), UpdateSearchTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateSearchTab",
            rt::Method::Put,
            "/v1.0/search/tabs/{tabId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id], request)
    }
    /// Every page of [`Api::get_search_items_by_key_word`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `value` of each page.
    pub fn get_search_items_by_key_word_pages(
        &self,
        tab_id: &str,
        request: &GetSearchItemsByKeyWordRequest,
    ) -> rt::Paginator<
        GetSearchItemsByKeyWordResponseBody,
        GetSearchItemsByKeyWordError,
        GetSearchItemsByKeyWordResponseBodyValue,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["value"],
        );
        rt::Paginator::new(self.get_search_items_by_key_word(tab_id, request), &PAGING)
    }
}
/// `BatchInsertSearchItemRequestSearchItemModels`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchInsertSearchItemRequestSearchItemModels {
    /// `footer`.
    pub footer: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `itemId`.
    pub item_id: String,
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `title`.
    pub title: String,
    /// `url`.
    pub url: Option<String>,
}
/// The required fields of [`BatchInsertSearchItemRequestSearchItemModels`], each named where it is set: `BatchInsertSearchItemRequestSearchItemModels::new(BatchInsertSearchItemRequestSearchItemModelsRequired { .. })`.
pub struct BatchInsertSearchItemRequestSearchItemModelsRequired {
    /// `itemId`: see [`BatchInsertSearchItemRequestSearchItemModels::item_id`].
    pub item_id: String,
    /// `title`: see [`BatchInsertSearchItemRequestSearchItemModels::title`].
    pub title: String,
}
impl BatchInsertSearchItemRequestSearchItemModels {
    /// A `BatchInsertSearchItemRequestSearchItemModels` with its required fields (`itemId`, `title`); set the others with the methods named after them.
    pub fn new(required: BatchInsertSearchItemRequestSearchItemModelsRequired) -> Self {
        let BatchInsertSearchItemRequestSearchItemModelsRequired { item_id, title } = required;
        Self {
            footer: None,
            icon: None,
            item_id,
            mobile_url: None,
            pc_url: None,
            summary: None,
            title,
            url: None,
        }
    }
    /// Sets `footer`.
    pub fn footer(mut self, value: impl Into<String>) -> Self {
        self.footer = Some(value.into());
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `mobileUrl`.
    pub fn mobile_url(mut self, value: impl Into<String>) -> Self {
        self.mobile_url = Some(value.into());
        self
    }
    /// Sets `pcUrl`.
    pub fn pc_url(mut self, value: impl Into<String>) -> Self {
        self.pc_url = Some(value.into());
        self
    }
    /// Sets `summary`.
    pub fn summary(mut self, value: impl Into<String>) -> Self {
        self.summary = Some(value.into());
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchInsertSearchItemRequestSearchItemModels { "footer" => optional(footer), "icon"
    => optional(icon), "itemId" => field(item_id), "mobileUrl" => optional(mobile_url),
    "pcUrl" => optional(pc_url), "summary" => optional(summary), "title" => field(title),
    "url" => optional(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchInsertSearchItemRequestSearchItemModels { "footer" => read_field(footer), "icon"
    => read_field(icon), "itemId" => read_field(item_id), "mobileUrl" =>
    read_field(mobile_url), "pcUrl" => read_field(pc_url), "summary" =>
    read_field(summary), "title" => read_field(title), "url" => read_field(url) }
}
/// `CreateSearchTabResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateSearchTabResponseBody {
    /// `tabId`.
    pub tab_id: Option<i64>,
}
rt::impl_deserialize! {
    CreateSearchTabResponseBody { "tabId" => read_field(tab_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateSearchTabResponseBody { "tabId" => optional(tab_id) }
}
/// `GetSearchItemResponseBody`, a model several operations share: also named [`GetSearchItemsByKeyWordResponseBodyValue`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSearchItemResponseBody {
    /// `footer`.
    pub footer: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `itemId`.
    pub item_id: Option<String>,
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `tabId`.
    pub tab_id: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetSearchItemResponseBody { "footer" => read_field(footer), "gmtCreate" =>
    read_field(gmt_create), "gmtModified" => read_field(gmt_modified), "icon" =>
    read_field(icon), "itemId" => read_field(item_id), "mobileUrl" =>
    read_field(mobile_url), "pcUrl" => read_field(pc_url), "summary" =>
    read_field(summary), "tabId" => read_field(tab_id), "title" => read_field(title),
    "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSearchItemResponseBody { "footer" => optional(footer), "gmtCreate" =>
    optional(gmt_create), "gmtModified" => optional(gmt_modified), "icon" =>
    optional(icon), "itemId" => optional(item_id), "mobileUrl" => optional(mobile_url),
    "pcUrl" => optional(pc_url), "summary" => optional(summary), "tabId" =>
    optional(tab_id), "title" => optional(title), "url" => optional(url) }
}
/// `GetSearchItemsByKeyWordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSearchItemsByKeyWordResponseBody {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
    /// `value`.
    pub value: Option<Vec<GetSearchItemsByKeyWordResponseBodyValue>>,
}
rt::impl_deserialize! {
    GetSearchItemsByKeyWordResponseBody { "nextToken" => read_field(next_token),
    "totalCount" => read_field(total_count), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSearchItemsByKeyWordResponseBody { "nextToken" => optional(next_token),
    "totalCount" => optional(total_count), "value" => optional(value) }
}
/// `GetSearchTabResponseBody`, a model several operations share: also named [`ListSearchTabsByOrgIdResponseBodySearchTabResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSearchTabResponseBody {
    /// `darkIcon`.
    pub dark_icon: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `source`.
    pub source: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `tabId`.
    pub tab_id: Option<i64>,
}
rt::impl_deserialize! {
    GetSearchTabResponseBody { "darkIcon" => read_field(dark_icon), "gmtCreate" =>
    read_field(gmt_create), "gmtModified" => read_field(gmt_modified), "icon" =>
    read_field(icon), "name" => read_field(name), "priority" => read_field(priority),
    "source" => read_field(source), "status" => read_field(status), "tabId" =>
    read_field(tab_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSearchTabResponseBody { "darkIcon" => optional(dark_icon), "gmtCreate" =>
    optional(gmt_create), "gmtModified" => optional(gmt_modified), "icon" =>
    optional(icon), "name" => optional(name), "priority" => optional(priority), "source"
    => optional(source), "status" => optional(status), "tabId" => optional(tab_id) }
}
/// `ListSearchTabsByOrgIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSearchTabsByOrgIdResponseBody {
    /// `searchTabResult`.
    pub search_tab_result: Option<Vec<ListSearchTabsByOrgIdResponseBodySearchTabResult>>,
}
rt::impl_deserialize! {
    ListSearchTabsByOrgIdResponseBody { "searchTabResult" =>
    read_field(search_tab_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSearchTabsByOrgIdResponseBody { "searchTabResult" => optional(search_tab_result)
    }
}
/// `GetSearchItemsByKeyWordResponseBodyValue`: the same model as [`GetSearchItemResponseBody`].
pub type GetSearchItemsByKeyWordResponseBodyValue = GetSearchItemResponseBody;
/// `ListSearchTabsByOrgIdResponseBodySearchTabResult`: the same model as [`GetSearchTabResponseBody`].
pub type ListSearchTabsByOrgIdResponseBodySearchTabResult = GetSearchTabResponseBody;
/// The request of [`Api::batch_insert_search_item`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchInsertSearchItemRequest {
    /// `searchItemModels`.
    pub search_item_models: Vec<BatchInsertSearchItemRequestSearchItemModels>,
}
/// The required fields of [`BatchInsertSearchItemRequest`], each named where it is set: `BatchInsertSearchItemRequest::new(BatchInsertSearchItemRequired { .. })`.
pub struct BatchInsertSearchItemRequired {
    /// `searchItemModels`: see [`BatchInsertSearchItemRequest::search_item_models`].
    pub search_item_models: Vec<BatchInsertSearchItemRequestSearchItemModels>,
}
impl BatchInsertSearchItemRequest {
    /// A `BatchInsertSearchItemRequest` with its required fields (`searchItemModels`); set the others with the methods named after them.
    pub fn new(required: BatchInsertSearchItemRequired) -> Self {
        let BatchInsertSearchItemRequired { search_item_models } = required;
        Self { search_item_models }
    }
}
rt::impl_serialize! {
    BatchInsertSearchItemRequest { "searchItemModels" => field(search_item_models) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchInsertSearchItemRequest { "searchItemModels" => read_field(search_item_models) }
}
impl rt::WriteRequest for BatchInsertSearchItemRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_search_tab`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateSearchTabRequest {
    /// `darkIcon`.
    pub dark_icon: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: String,
    /// `priority`.
    pub priority: i64,
    /// `source`.
    pub source: Option<String>,
    /// `status`.
    pub status: i64,
}
/// The required fields of [`CreateSearchTabRequest`], each named where it is set: `CreateSearchTabRequest::new(CreateSearchTabRequired { .. })`.
pub struct CreateSearchTabRequired {
    /// `name`: see [`CreateSearchTabRequest::name`].
    pub name: String,
    /// `priority`: see [`CreateSearchTabRequest::priority`].
    pub priority: i64,
    /// `status`: see [`CreateSearchTabRequest::status`].
    pub status: i64,
}
impl CreateSearchTabRequest {
    /// A `CreateSearchTabRequest` with its required fields (`name`, `priority`, `status`); set the others with the methods named after them.
    pub fn new(required: CreateSearchTabRequired) -> Self {
        let CreateSearchTabRequired { name, priority, status } = required;
        Self {
            dark_icon: None,
            icon: None,
            name,
            priority,
            source: None,
            status,
        }
    }
    /// Sets `darkIcon`.
    pub fn dark_icon(mut self, value: impl Into<String>) -> Self {
        self.dark_icon = Some(value.into());
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateSearchTabRequest { "darkIcon" => optional(dark_icon), "icon" => optional(icon),
    "name" => field(name), "priority" => field(priority), "source" => optional(source),
    "status" => field(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSearchTabRequest { "darkIcon" => read_field(dark_icon), "icon" =>
    read_field(icon), "name" => read_field(name), "priority" => read_field(priority),
    "source" => read_field(source), "status" => read_field(status) }
}
impl rt::WriteRequest for CreateSearchTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_search_items_by_key_word`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSearchItemsByKeyWordRequest {
    /// `keyWord`: a query parameter.
    pub key_word: String,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: String,
}
/// The required fields of [`GetSearchItemsByKeyWordRequest`], each named where it is set: `GetSearchItemsByKeyWordRequest::new(GetSearchItemsByKeyWordRequired { .. })`.
pub struct GetSearchItemsByKeyWordRequired {
    /// `keyWord`: see [`GetSearchItemsByKeyWordRequest::key_word`].
    pub key_word: String,
    /// `maxResults`: see [`GetSearchItemsByKeyWordRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetSearchItemsByKeyWordRequest::next_token`].
    pub next_token: String,
}
impl GetSearchItemsByKeyWordRequest {
    /// A `GetSearchItemsByKeyWordRequest` with its required fields (`keyWord`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: GetSearchItemsByKeyWordRequired) -> Self {
        let GetSearchItemsByKeyWordRequired { key_word, max_results, next_token } = required;
        Self {
            key_word,
            max_results,
            next_token,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSearchItemsByKeyWordRequest { "keyWord" => read_field(key_word), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for GetSearchItemsByKeyWordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("keyWord", &self.key_word);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::insert_search_item`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct InsertSearchItemRequest {
    /// `footer`.
    pub footer: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `itemId`.
    pub item_id: String,
    /// `mobileUrl`.
    pub mobile_url: Option<String>,
    /// `pcUrl`.
    pub pc_url: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `title`.
    pub title: String,
    /// `url`.
    pub url: Option<String>,
}
/// The required fields of [`InsertSearchItemRequest`], each named where it is set: `InsertSearchItemRequest::new(InsertSearchItemRequired { .. })`.
pub struct InsertSearchItemRequired {
    /// `itemId`: see [`InsertSearchItemRequest::item_id`].
    pub item_id: String,
    /// `title`: see [`InsertSearchItemRequest::title`].
    pub title: String,
}
impl InsertSearchItemRequest {
    /// A `InsertSearchItemRequest` with its required fields (`itemId`, `title`); set the others with the methods named after them.
    pub fn new(required: InsertSearchItemRequired) -> Self {
        let InsertSearchItemRequired { item_id, title } = required;
        Self {
            footer: None,
            icon: None,
            item_id,
            mobile_url: None,
            pc_url: None,
            summary: None,
            title,
            url: None,
        }
    }
    /// Sets `footer`.
    pub fn footer(mut self, value: impl Into<String>) -> Self {
        self.footer = Some(value.into());
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `mobileUrl`.
    pub fn mobile_url(mut self, value: impl Into<String>) -> Self {
        self.mobile_url = Some(value.into());
        self
    }
    /// Sets `pcUrl`.
    pub fn pc_url(mut self, value: impl Into<String>) -> Self {
        self.pc_url = Some(value.into());
        self
    }
    /// Sets `summary`.
    pub fn summary(mut self, value: impl Into<String>) -> Self {
        self.summary = Some(value.into());
        self
    }
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    InsertSearchItemRequest { "footer" => optional(footer), "icon" => optional(icon),
    "itemId" => field(item_id), "mobileUrl" => optional(mobile_url), "pcUrl" =>
    optional(pc_url), "summary" => optional(summary), "title" => field(title), "url" =>
    optional(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InsertSearchItemRequest { "footer" => read_field(footer), "icon" => read_field(icon),
    "itemId" => read_field(item_id), "mobileUrl" => read_field(mobile_url), "pcUrl" =>
    read_field(pc_url), "summary" => read_field(summary), "title" => read_field(title),
    "url" => read_field(url) }
}
impl rt::WriteRequest for InsertSearchItemRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_search_tab`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateSearchTabRequest {
    /// `darkIcon`.
    pub dark_icon: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: String,
    /// `priority`.
    pub priority: i64,
    /// `source`.
    pub source: Option<String>,
    /// `status`.
    pub status: i64,
}
/// The required fields of [`UpdateSearchTabRequest`], each named where it is set: `UpdateSearchTabRequest::new(UpdateSearchTabRequired { .. })`.
pub struct UpdateSearchTabRequired {
    /// `name`: see [`UpdateSearchTabRequest::name`].
    pub name: String,
    /// `priority`: see [`UpdateSearchTabRequest::priority`].
    pub priority: i64,
    /// `status`: see [`UpdateSearchTabRequest::status`].
    pub status: i64,
}
impl UpdateSearchTabRequest {
    /// A `UpdateSearchTabRequest` with its required fields (`name`, `priority`, `status`); set the others with the methods named after them.
    pub fn new(required: UpdateSearchTabRequired) -> Self {
        let UpdateSearchTabRequired { name, priority, status } = required;
        Self {
            dark_icon: None,
            icon: None,
            name,
            priority,
            source: None,
            status,
        }
    }
    /// Sets `darkIcon`.
    pub fn dark_icon(mut self, value: impl Into<String>) -> Self {
        self.dark_icon = Some(value.into());
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateSearchTabRequest { "darkIcon" => optional(dark_icon), "icon" => optional(icon),
    "name" => field(name), "priority" => field(priority), "source" => optional(source),
    "status" => field(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateSearchTabRequest { "darkIcon" => read_field(dark_icon), "icon" =>
    read_field(icon), "name" => read_field(name), "priority" => read_field(priority),
    "source" => read_field(source), "status" => read_field(status) }
}
impl rt::WriteRequest for UpdateSearchTabRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::batch_insert_search_item`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchInsertSearchItemError = rt::ServiceError;
/// An error reply of [`Api::create_search_tab`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateSearchTabError = rt::ServiceError;
/// An error reply of [`Api::delete_search_item`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteSearchItemError = rt::ServiceError;
/// An error reply of [`Api::delete_search_tab`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteSearchTabError = rt::ServiceError;
/// An error reply of [`Api::get_search_item`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSearchItemError = rt::ServiceError;
/// An error reply of [`Api::get_search_items_by_key_word`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSearchItemsByKeyWordError = rt::ServiceError;
/// An error reply of [`Api::get_search_tab`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSearchTabError = rt::ServiceError;
/// An error reply of [`Api::insert_search_item`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InsertSearchItemError = rt::ServiceError;
/// An error reply of [`Api::list_search_tabs_by_org_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSearchTabsByOrgIdError = rt::ServiceError;
/// An error reply of [`Api::update_search_tab`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateSearchTabError = rt::ServiceError;
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
        "BatchInsertSearchItem" => {
            rt::conformance::reply(
                    api
                        .batch_insert_search_item(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateSearchTab" => {
            rt::conformance::reply(api.create_search_tab(&inputs.request(true)?)).await
        }
        "DeleteSearchItem" => {
            rt::conformance::reply(
                    api.delete_search_item(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "DeleteSearchTab" => {
            rt::conformance::reply(api.delete_search_tab(inputs.path(0usize)?)).await
        }
        "GetSearchItem" => {
            rt::conformance::reply(
                    api.get_search_item(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "GetSearchItemsByKeyWord" => {
            rt::conformance::reply(
                    api
                        .get_search_items_by_key_word(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "GetSearchTab" => {
            rt::conformance::reply(api.get_search_tab(inputs.path(0usize)?)).await
        }
        "InsertSearchItem" => {
            rt::conformance::reply(
                    api.insert_search_item(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "ListSearchTabsByOrgId" => {
            rt::conformance::reply(api.list_search_tabs_by_org_id()).await
        }
        "UpdateSearchTab" => {
            rt::conformance::reply(
                    api.update_search_tab(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
