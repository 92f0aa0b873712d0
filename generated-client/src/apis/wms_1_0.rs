// @generated from api-spec/wms_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.wms_1_0()`. Generated from `api-spec/wms_1_0.yaml`.
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
    /// `GET /v1.0/wms/goods` (operation `QueryGoodsList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryGoodsListError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGoodsListResponseBody {
    /// `result`.
    pub result: Option<QueryGoodsListResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryGoodsListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGoodsListResponseBody {
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
impl rt::serde::Serialize for QueryGoodsListResponseBody {
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
/// `QueryGoodsListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryGoodsListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGoodsListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGoodsListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `QueryGoodsListResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryGoodsListResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryGoodsListResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "goodsName" => rt::read_field(map, &mut self.goods_name),
            "goodsNo" => rt::read_field(map, &mut self.goods_no),
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "productSpecs" => rt::read_field(map, &mut self.product_specs),
            "unit" => rt::read_field(map, &mut self.unit),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryGoodsListResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("goodsName", &self.goods_name)?;
        object.optional("goodsNo", &self.goods_no)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("productSpecs", &self.product_specs)?;
        object.optional("unit", &self.unit)?;
        object.end()
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryGoodsListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryGoodsListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTimeInMills" => rt::read_field(map, &mut self.end_time_in_mills),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "startTimeInMills" => rt::read_field(map, &mut self.start_time_in_mills),
            _ => Ok(false),
        }
    }
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
