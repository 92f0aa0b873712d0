// @generated from api-spec/search_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.search_1_0()`. Generated from `api-spec/search_1_0.yaml`.
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
    /// `POST /v1.0/search/tabs/{tab_id}/items/batch` (operation `BatchInsertSearchItem`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id` (`tab_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchInsertSearchItemError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_insert_search_item(
        &self,
        tab_id: &str,
        request: &BatchInsertSearchItemRequest,
    ) -> rt::Call<(), BatchInsertSearchItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchInsertSearchItem",
            rt::Method::Post,
            "/v1.0/search/tabs/{tab_id}/items/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id], request)
    }
    /// 创建搜索数据源
    ///
    /// `POST /v1.0/search/tabs` (operation `CreateSearchTab`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateSearchTabError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/search/tabs/{tab_id}/items/{item_id}` (operation `DeleteSearchItem`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id` (`tab_id`)
    /// - `item_id` (`item_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteSearchItemError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_search_item(
        &self,
        tab_id: &str,
        item_id: &str,
    ) -> rt::Call<rt::serde_json::Value, DeleteSearchItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSearchItem",
            rt::Method::Delete,
            "/v1.0/search/tabs/{tab_id}/items/{item_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id, item_id], &())
    }
    /// 删除搜索数据源
    ///
    /// `DELETE /v1.0/search/tabs/{tab_id}` (operation `DeleteSearchTab`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id` (`tab_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteSearchTabError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_search_tab(
        &self,
        tab_id: &str,
    ) -> rt::Call<rt::serde_json::Value, DeleteSearchTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteSearchTab",
            rt::Method::Delete,
            "/v1.0/search/tabs/{tab_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id], &())
    }
    /// 获取指定数据源中的一条数据项
    ///
    /// `GET /v1.0/search/tabs/{tab_id}/items/{item_id}` (operation `GetSearchItem`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id` (`tab_id`)
    /// - `item_id` (`item_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSearchItemError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_search_item(
        &self,
        tab_id: &str,
        item_id: &str,
    ) -> rt::Call<GetSearchItemResponseBody, GetSearchItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSearchItem",
            rt::Method::Get,
            "/v1.0/search/tabs/{tab_id}/items/{item_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id, item_id], &())
    }
    /// 根据搜索关键词获取相关数据项
    ///
    /// `GET /v1.0/search/tabs/{tab_id}/items` (operation `GetSearchItemsByKeyWord`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id` (`tab_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSearchItemsByKeyWordError`]; see [`Error`](::generated_client::Error) for the rest.
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_search_items_by_key_word_pages`].
    pub fn get_search_items_by_key_word(
        &self,
        tab_id: &str,
        request: &GetSearchItemsByKeyWordRequest,
    ) -> rt::Call<GetSearchItemsByKeyWordResponseBody, GetSearchItemsByKeyWordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSearchItemsByKeyWord",
            rt::Method::Get,
            "/v1.0/search/tabs/{tab_id}/items",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id], request)
    }
    /// 获取搜索数据源
    ///
    /// `GET /v1.0/search/tabs/{tab_id}` (operation `GetSearchTab`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id` (`tab_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSearchTabError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_search_tab(
        &self,
        tab_id: &str,
    ) -> rt::Call<GetSearchTabResponseBody, GetSearchTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSearchTab",
            rt::Method::Get,
            "/v1.0/search/tabs/{tab_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id], &())
    }
    /// 为指定的数据源添加一条数据项
    ///
    /// `POST /v1.0/search/tabs/{tab_id}/items` (operation `InsertSearchItem`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id` (`tab_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InsertSearchItemError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn insert_search_item(
        &self,
        tab_id: &str,
        request: &InsertSearchItemRequest,
    ) -> rt::Call<(), InsertSearchItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InsertSearchItem",
            rt::Method::Post,
            "/v1.0/search/tabs/{tab_id}/items",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[tab_id], request)
    }
    /// 列出企业所有的搜索数据源
    ///
    /// `GET /v1.0/search/tabs` (operation `ListSearchTabsByOrgId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListSearchTabsByOrgIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/search/tabs/{tab_id}` (operation `UpdateSearchTab`).
    ///
    /// # Path parameters
    ///
    /// - `tab_id` (`tab_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateSearchTabError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_search_tab(
        &self,
        tab_id: &str,
        request: &UpdateSearchTabRequest,
    ) -> rt::Call<(), UpdateSearchTabError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateSearchTab",
            rt::Method::Put,
            "/v1.0/search/tabs/{tab_id}",
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchInsertSearchItemRequestSearchItemModels {
    /// A `BatchInsertSearchItemRequestSearchItemModels` with its required fields (`itemId`, `title`); set the others with the methods named after them.
    pub fn new(item_id: impl Into<String>, title: impl Into<String>) -> Self {
        Self {
            footer: None,
            icon: None,
            item_id: item_id.into(),
            mobile_url: None,
            pc_url: None,
            summary: None,
            title: title.into(),
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
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    BatchInsertSearchItemRequestSearchItemModels { "footer" => read_field(footer), "icon"
    => read_field(icon), "itemId" => read_field(item_id), "mobileUrl" =>
    read_field(mobile_url), "pcUrl" => read_field(pc_url), "summary" =>
    read_field(summary), "title" => read_field(title), "url" => read_field(url) }
}
/// `CreateSearchTabResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateSearchTabResponseBody {
    /// `tabId`.
    pub tab_id: Option<i64>,
}
rt::impl_deserialize! {
    CreateSearchTabResponseBody { "tabId" => read_field(tab_id) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    CreateSearchTabResponseBody { "tabId" => optional(tab_id) }
}
/// `GetSearchItemResponseBody`.
#[derive(Clone, Debug, Default)]
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
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    GetSearchItemResponseBody { "footer" => optional(footer), "gmtCreate" =>
    optional(gmt_create), "gmtModified" => optional(gmt_modified), "icon" =>
    optional(icon), "itemId" => optional(item_id), "mobileUrl" => optional(mobile_url),
    "pcUrl" => optional(pc_url), "summary" => optional(summary), "tabId" =>
    optional(tab_id), "title" => optional(title), "url" => optional(url) }
}
/// `GetSearchItemsByKeyWordResponseBody`.
#[derive(Clone, Debug, Default)]
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
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    GetSearchItemsByKeyWordResponseBody { "nextToken" => optional(next_token),
    "totalCount" => optional(total_count), "value" => optional(value) }
}
/// `GetSearchTabResponseBody`.
#[derive(Clone, Debug, Default)]
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
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    GetSearchTabResponseBody { "darkIcon" => optional(dark_icon), "gmtCreate" =>
    optional(gmt_create), "gmtModified" => optional(gmt_modified), "icon" =>
    optional(icon), "name" => optional(name), "priority" => optional(priority), "source"
    => optional(source), "status" => optional(status), "tabId" => optional(tab_id) }
}
/// `ListSearchTabsByOrgIdResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListSearchTabsByOrgIdResponseBody {
    /// `searchTabResult`.
    pub search_tab_result: Option<Vec<ListSearchTabsByOrgIdResponseBodySearchTabResult>>,
}
rt::impl_deserialize! {
    ListSearchTabsByOrgIdResponseBody { "searchTabResult" =>
    read_field(search_tab_result) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchInsertSearchItemRequest {
    /// `searchItemModels`.
    pub search_item_models: Vec<BatchInsertSearchItemRequestSearchItemModels>,
}
impl BatchInsertSearchItemRequest {
    /// A `BatchInsertSearchItemRequest` with its required fields (`searchItemModels`); set the others with the methods named after them.
    pub fn new(
        search_item_models: impl IntoIterator<
            Item = BatchInsertSearchItemRequestSearchItemModels,
        >,
    ) -> Self {
        Self {
            search_item_models: search_item_models.into_iter().collect(),
        }
    }
}
rt::impl_serialize! {
    BatchInsertSearchItemRequest { "searchItemModels" => field(search_item_models) }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateSearchTabRequest {
    /// A `CreateSearchTabRequest` with its required fields (`name`, `priority`, `status`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>, priority: i64, status: i64) -> Self {
        Self {
            dark_icon: None,
            icon: None,
            name: name.into(),
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
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSearchItemsByKeyWordRequest {
    /// `keyWord`: a query parameter.
    pub key_word: String,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: String,
}
impl GetSearchItemsByKeyWordRequest {
    /// A `GetSearchItemsByKeyWordRequest` with its required fields (`keyWord`, `maxResults`, `nextToken`); set the others with the methods named after them.
    pub fn new(
        key_word: impl Into<String>,
        max_results: i64,
        next_token: impl Into<String>,
    ) -> Self {
        Self {
            key_word: key_word.into(),
            max_results,
            next_token: next_token.into(),
        }
    }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl InsertSearchItemRequest {
    /// A `InsertSearchItemRequest` with its required fields (`itemId`, `title`); set the others with the methods named after them.
    pub fn new(item_id: impl Into<String>, title: impl Into<String>) -> Self {
        Self {
            footer: None,
            icon: None,
            item_id: item_id.into(),
            mobile_url: None,
            pc_url: None,
            summary: None,
            title: title.into(),
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
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateSearchTabRequest {
    /// A `UpdateSearchTabRequest` with its required fields (`name`, `priority`, `status`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>, priority: i64, status: i64) -> Self {
        Self {
            dark_icon: None,
            icon: None,
            name: name.into(),
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
#[cfg(feature = "conformance")]
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
