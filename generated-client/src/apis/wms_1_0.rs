// @generated from api-spec/wms_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 仓储物料 (WMS)：物料列表。
//!
//! 1 operation, methods of [`Api`] (`client.wms_1_0()`), behind the cargo feature `wms_1_0`; its paths start with `/v1.0/wms/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `wms_1_0`. Get it with `client.wms_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 获取物料列表
    ///
    /// `GET /v1.0/wms/goods`: DingTalk's `QueryGoodsList` (module feature `wms_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_goods_list_pages`].
    #[doc(alias = "QueryGoodsList")]
    #[doc(alias = "/v1.0/wms/goods")]
    #[doc(alias = "GET /v1.0/wms/goods")]
    pub fn query_goods_list(
        &self,
        request: &QueryGoodsListRequest,
    ) -> rt::Call<QueryGoodsListResponseBody, QueryGoodsListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGoodsList",
            rt::Method::Get,
            "/v1.0/wms/goods",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::query_goods_list`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token or `result.hasMore` is `false`. Items: `result.list` of each page.
    pub fn query_goods_list_pages(
        &self,
        request: &QueryGoodsListRequest,
    ) -> rt::Paginator<
        QueryGoodsListResponseBody,
        QueryGoodsListError,
        QueryGoodsListResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["result", "nextToken"],
            &["result", "hasMore"],
            &["result", "list"],
        );
        rt::Paginator::new(self.query_goods_list(request), &PAGING)
    }
}
/// `QueryGoodsListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGoodsListResponseBody {
    /// `result`.
    pub result: Option<QueryGoodsListResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryGoodsListResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGoodsListResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryGoodsListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGoodsListResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryGoodsListResponseBodyResultList>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    QueryGoodsListResponseBodyResult { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGoodsListResponseBodyResult { "hasMore" => optional(has_more), "list" =>
    optional(list), "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token) }
}
/// `QueryGoodsListResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGoodsListResponseBodyResultList {
    /// `goodsName`.
    pub goods_name: Option<String>,
    /// `goodsNo`.
    pub goods_no: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `productSpecs`.
    pub product_specs: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
}
rt::impl_deserialize! {
    QueryGoodsListResponseBodyResultList { "goodsName" => read_field(goods_name),
    "goodsNo" => read_field(goods_no), "instanceId" => read_field(instance_id),
    "productSpecs" => read_field(product_specs), "unit" => read_field(unit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGoodsListResponseBodyResultList { "goodsName" => optional(goods_name), "goodsNo"
    => optional(goods_no), "instanceId" => optional(instance_id), "productSpecs" =>
    optional(product_specs), "unit" => optional(unit) }
}
/// The request of [`Api::query_goods_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGoodsListRequest {
    /// `endTimeInMills`: a query parameter.
    pub end_time_in_mills: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
    /// `startTimeInMills`: a query parameter.
    pub start_time_in_mills: Option<i64>,
}
impl QueryGoodsListRequest {
    /// An empty `QueryGoodsListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endTimeInMills`.
    pub fn end_time_in_mills(mut self, value: i64) -> Self {
        self.end_time_in_mills = Some(value);
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
    /// Sets `startTimeInMills`.
    pub fn start_time_in_mills(mut self, value: i64) -> Self {
        self.start_time_in_mills = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGoodsListRequest { "endTimeInMills" => read_field(end_time_in_mills),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token),
    "startTimeInMills" => read_field(start_time_in_mills) }
}
impl rt::WriteRequest for QueryGoodsListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTimeInMills", &self.end_time_in_mills);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("startTimeInMills", &self.start_time_in_mills);
    }
}
/// An error reply of [`Api::query_goods_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGoodsListError = rt::ServiceError;
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
        "QueryGoodsList" => {
            rt::conformance::reply(api.query_goods_list(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
