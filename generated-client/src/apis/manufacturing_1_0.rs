// @generated from api-spec/manufacturing_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 制造业 (Manufacturing)：MES 的计件报工与查询。
//!
//! 2 operations, methods of [`Api`] (`client.manufacturing_1_0()`), behind the cargo feature `manufacturing_1_0`; its paths start with `/v1.0/manufacturing/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `manufacturing_1_0`. Get it with `client.manufacturing_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 日清月结-计件报工接口
    ///
    /// `POST /v1.0/manufacturing/users/{userId}/jobs`: DingTalk's `IndustrializeManufactureJobBook` (module feature `manufacturing_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IndustrializeManufactureJobBook")]
    #[doc(alias = "/v1.0/manufacturing/users/{userId}/jobs")]
    #[doc(alias = "POST /v1.0/manufacturing/users/{userId}/jobs")]
    pub fn industrialize_manufacture_job_book(
        &self,
        user_id: &str,
        request: &IndustrializeManufactureJobBookRequest,
    ) -> rt::Call<
        IndustrializeManufactureJobBookResponseBody,
        IndustrializeManufactureJobBookError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustrializeManufactureJobBook",
            rt::Method::Post,
            "/v1.0/manufacturing/users/{userId}/jobs",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 日清月结-计件报工查询接口
    ///
    /// `POST /v1.0/manufacturing/users/jobs/query`: DingTalk's `IndustrializeManufactureQueryJobs` (module feature `manufacturing_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IndustrializeManufactureQueryJobs")]
    #[doc(alias = "/v1.0/manufacturing/users/jobs/query")]
    #[doc(alias = "POST /v1.0/manufacturing/users/jobs/query")]
    pub fn industrialize_manufacture_query_jobs(
        &self,
        request: &IndustrializeManufactureQueryJobsRequest,
    ) -> rt::Call<
        IndustrializeManufactureQueryJobsResponseBody,
        IndustrializeManufactureQueryJobsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustrializeManufactureQueryJobs",
            rt::Method::Post,
            "/v1.0/manufacturing/users/jobs/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `IndustrializeManufactureJobBookResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustrializeManufactureJobBookResponseBody {
    /// `content`.
    pub content: Option<IndustrializeManufactureJobBookResponseBodyContent>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorLevel`.
    pub error_level: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `httpCode`.
    pub http_code: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `uuid`.
    pub uuid: Option<String>,
}
rt::impl_deserialize! {
    IndustrializeManufactureJobBookResponseBody { "content" => read_field(content),
    "errorCode" => read_field(error_code), "errorLevel" => read_field(error_level),
    "errorMsg" => read_field(error_msg), "httpCode" => read_field(http_code), "success"
    => read_field(success), "uuid" => read_field(uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustrializeManufactureJobBookResponseBody { "content" => optional(content),
    "errorCode" => optional(error_code), "errorLevel" => optional(error_level),
    "errorMsg" => optional(error_msg), "httpCode" => optional(http_code), "success" =>
    optional(success), "uuid" => optional(uuid) }
}
/// `IndustrializeManufactureQueryJobsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustrializeManufactureQueryJobsResponseBody {
    /// `content`.
    pub content: Option<IndustrializeManufactureQueryJobsResponseBodyContent>,
    /// `httpCode`.
    pub http_code: Option<String>,
}
rt::impl_deserialize! {
    IndustrializeManufactureQueryJobsResponseBody { "content" => read_field(content),
    "httpCode" => read_field(http_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustrializeManufactureQueryJobsResponseBody { "content" => optional(content),
    "httpCode" => optional(http_code) }
}
/// `IndustrializeManufactureJobBookResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustrializeManufactureJobBookResponseBodyContent {
    /// `count`.
    pub count: Option<i64>,
    /// `id`.
    pub id: Option<i64>,
}
rt::impl_deserialize! {
    IndustrializeManufactureJobBookResponseBodyContent { "count" => read_field(count),
    "id" => read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustrializeManufactureJobBookResponseBodyContent { "count" => optional(count), "id"
    => optional(id) }
}
/// `IndustrializeManufactureQueryJobsResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustrializeManufactureQueryJobsResponseBodyContent {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `instNo`.
    pub inst_no: Option<String>,
    /// `isBatchJob`.
    pub is_batch_job: Option<String>,
    /// `manufactureDate`.
    pub manufacture_date: Option<String>,
    /// `manufactureDay`.
    pub manufacture_day: Option<String>,
    /// `mesAppKey`.
    pub mes_app_key: Option<String>,
    /// `processName`.
    pub process_name: Option<String>,
    /// `qualifiedQuantity`.
    pub qualified_quantity: Option<String>,
    /// `scrappedQuantity`.
    pub scrapped_quantity: Option<String>,
    /// `unitPrice`.
    pub unit_price: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userIdList`.
    pub user_id_list: Option<String>,
    /// `userNameList`.
    pub user_name_list: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
rt::impl_deserialize! {
    IndustrializeManufactureQueryJobsResponseBodyContent { "corpId" =>
    read_field(corp_id), "gmtCreate" => read_field(gmt_create), "gmtModified" =>
    read_field(gmt_modified), "id" => read_field(id), "instNo" => read_field(inst_no),
    "isBatchJob" => read_field(is_batch_job), "manufactureDate" =>
    read_field(manufacture_date), "manufactureDay" => read_field(manufacture_day),
    "mesAppKey" => read_field(mes_app_key), "processName" => read_field(process_name),
    "qualifiedQuantity" => read_field(qualified_quantity), "scrappedQuantity" =>
    read_field(scrapped_quantity), "unitPrice" => read_field(unit_price), "userId" =>
    read_field(user_id), "userIdList" => read_field(user_id_list), "userNameList" =>
    read_field(user_name_list), "uuid" => read_field(uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustrializeManufactureQueryJobsResponseBodyContent { "corpId" => optional(corp_id),
    "gmtCreate" => optional(gmt_create), "gmtModified" => optional(gmt_modified), "id" =>
    optional(id), "instNo" => optional(inst_no), "isBatchJob" => optional(is_batch_job),
    "manufactureDate" => optional(manufacture_date), "manufactureDay" =>
    optional(manufacture_day), "mesAppKey" => optional(mes_app_key), "processName" =>
    optional(process_name), "qualifiedQuantity" => optional(qualified_quantity),
    "scrappedQuantity" => optional(scrapped_quantity), "unitPrice" =>
    optional(unit_price), "userId" => optional(user_id), "userIdList" =>
    optional(user_id_list), "userNameList" => optional(user_name_list), "uuid" =>
    optional(uuid) }
}
/// The request of [`Api::industrialize_manufacture_job_book`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustrializeManufactureJobBookRequest {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `extend`.
    pub extend: Option<String>,
    /// `instNo`.
    pub inst_no: String,
    /// `isBatchJob`.
    pub is_batch_job: Option<String>,
    /// `manufactureDate`.
    pub manufacture_date: String,
    /// `mesAppKey`.
    pub mes_app_key: String,
    /// `processEnName`.
    pub process_en_name: Option<String>,
    /// `processName`.
    pub process_name: Option<String>,
    /// `productCode`.
    pub product_code: Option<String>,
    /// `productEnName`.
    pub product_en_name: Option<String>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `productSpecification`.
    pub product_specification: Option<String>,
    /// `qualifiedQuantity`.
    pub qualified_quantity: String,
    /// `reworkableQuantity`.
    pub reworkable_quantity: Option<String>,
    /// `scrappedQuantity`.
    pub scrapped_quantity: Option<String>,
    /// `unitPrice`.
    pub unit_price: Option<String>,
    /// `userIdList`.
    pub user_id_list: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
    /// `userNameList`.
    pub user_name_list: Option<String>,
    /// `uuid`.
    pub uuid: String,
}
/// The required fields of [`IndustrializeManufactureJobBookRequest`], each named where it is set: `IndustrializeManufactureJobBookRequest::new(IndustrializeManufactureJobBookRequired { .. })`.
pub struct IndustrializeManufactureJobBookRequired {
    /// `instNo`: see [`IndustrializeManufactureJobBookRequest::inst_no`].
    pub inst_no: String,
    /// `manufactureDate`: see [`IndustrializeManufactureJobBookRequest::manufacture_date`].
    pub manufacture_date: String,
    /// `mesAppKey`: see [`IndustrializeManufactureJobBookRequest::mes_app_key`].
    pub mes_app_key: String,
    /// `qualifiedQuantity`: see [`IndustrializeManufactureJobBookRequest::qualified_quantity`].
    pub qualified_quantity: String,
    /// `uuid`: see [`IndustrializeManufactureJobBookRequest::uuid`].
    pub uuid: String,
}
impl IndustrializeManufactureJobBookRequest {
    /// A `IndustrializeManufactureJobBookRequest` with its required fields (`instNo`, `manufactureDate`, `mesAppKey`, `qualifiedQuantity`, `uuid`); set the others with the methods named after them.
    pub fn new(required: IndustrializeManufactureJobBookRequired) -> Self {
        let IndustrializeManufactureJobBookRequired {
            inst_no,
            manufacture_date,
            mes_app_key,
            qualified_quantity,
            uuid,
        } = required;
        Self {
            corp_id: None,
            extend: None,
            inst_no,
            is_batch_job: None,
            manufacture_date,
            mes_app_key,
            process_en_name: None,
            process_name: None,
            product_code: None,
            product_en_name: None,
            product_name: None,
            product_specification: None,
            qualified_quantity,
            reworkable_quantity: None,
            scrapped_quantity: None,
            unit_price: None,
            user_id_list: None,
            user_name: None,
            user_name_list: None,
            uuid,
        }
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `extend`.
    pub fn extend(mut self, value: impl Into<String>) -> Self {
        self.extend = Some(value.into());
        self
    }
    /// Sets `isBatchJob`.
    pub fn is_batch_job(mut self, value: impl Into<String>) -> Self {
        self.is_batch_job = Some(value.into());
        self
    }
    /// Sets `processEnName`.
    pub fn process_en_name(mut self, value: impl Into<String>) -> Self {
        self.process_en_name = Some(value.into());
        self
    }
    /// Sets `processName`.
    pub fn process_name(mut self, value: impl Into<String>) -> Self {
        self.process_name = Some(value.into());
        self
    }
    /// Sets `productCode`.
    pub fn product_code(mut self, value: impl Into<String>) -> Self {
        self.product_code = Some(value.into());
        self
    }
    /// Sets `productEnName`.
    pub fn product_en_name(mut self, value: impl Into<String>) -> Self {
        self.product_en_name = Some(value.into());
        self
    }
    /// Sets `productName`.
    pub fn product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
    /// Sets `productSpecification`.
    pub fn product_specification(mut self, value: impl Into<String>) -> Self {
        self.product_specification = Some(value.into());
        self
    }
    /// Sets `reworkableQuantity`.
    pub fn reworkable_quantity(mut self, value: impl Into<String>) -> Self {
        self.reworkable_quantity = Some(value.into());
        self
    }
    /// Sets `scrappedQuantity`.
    pub fn scrapped_quantity(mut self, value: impl Into<String>) -> Self {
        self.scrapped_quantity = Some(value.into());
        self
    }
    /// Sets `unitPrice`.
    pub fn unit_price(mut self, value: impl Into<String>) -> Self {
        self.unit_price = Some(value.into());
        self
    }
    /// Sets `userIdList`.
    pub fn user_id_list(mut self, value: impl Into<String>) -> Self {
        self.user_id_list = Some(value.into());
        self
    }
    /// Sets `userName`.
    pub fn user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
    /// Sets `userNameList`.
    pub fn user_name_list(mut self, value: impl Into<String>) -> Self {
        self.user_name_list = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    IndustrializeManufactureJobBookRequest { "corpId" => optional(corp_id), "extend" =>
    optional(extend), "instNo" => field(inst_no), "isBatchJob" => optional(is_batch_job),
    "manufactureDate" => field(manufacture_date), "mesAppKey" => field(mes_app_key),
    "processEnName" => optional(process_en_name), "processName" =>
    optional(process_name), "productCode" => optional(product_code), "productEnName" =>
    optional(product_en_name), "productName" => optional(product_name),
    "productSpecification" => optional(product_specification), "qualifiedQuantity" =>
    field(qualified_quantity), "reworkableQuantity" => optional(reworkable_quantity),
    "scrappedQuantity" => optional(scrapped_quantity), "unitPrice" =>
    optional(unit_price), "userIdList" => optional(user_id_list), "userName" =>
    optional(user_name), "userNameList" => optional(user_name_list), "uuid" =>
    field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustrializeManufactureJobBookRequest { "corpId" => read_field(corp_id), "extend" =>
    read_field(extend), "instNo" => read_field(inst_no), "isBatchJob" =>
    read_field(is_batch_job), "manufactureDate" => read_field(manufacture_date),
    "mesAppKey" => read_field(mes_app_key), "processEnName" =>
    read_field(process_en_name), "processName" => read_field(process_name), "productCode"
    => read_field(product_code), "productEnName" => read_field(product_en_name),
    "productName" => read_field(product_name), "productSpecification" =>
    read_field(product_specification), "qualifiedQuantity" =>
    read_field(qualified_quantity), "reworkableQuantity" =>
    read_field(reworkable_quantity), "scrappedQuantity" => read_field(scrapped_quantity),
    "unitPrice" => read_field(unit_price), "userIdList" => read_field(user_id_list),
    "userName" => read_field(user_name), "userNameList" => read_field(user_name_list),
    "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for IndustrializeManufactureJobBookRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industrialize_manufacture_query_jobs`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IndustrializeManufactureQueryJobsRequest {
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `instNo`.
    pub inst_no: Option<String>,
    /// `manufactureDay`.
    pub manufacture_day: Option<String>,
    /// `mesAppKey`.
    pub mes_app_key: Option<String>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `processName`.
    pub process_name: Option<String>,
    /// `productCode`.
    pub product_code: Option<String>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `productSpecification`.
    pub product_specification: Option<String>,
    /// `qualifiedQuantity`.
    pub qualified_quantity: Option<String>,
    /// `unitPrice`.
    pub unit_price: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userIdList`.
    pub user_id_list: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
impl IndustrializeManufactureQueryJobsRequest {
    /// An empty `IndustrializeManufactureQueryJobsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `currentPage`.
    pub fn current_page(mut self, value: i64) -> Self {
        self.current_page = Some(value);
        self
    }
    /// Sets `instNo`.
    pub fn inst_no(mut self, value: impl Into<String>) -> Self {
        self.inst_no = Some(value.into());
        self
    }
    /// Sets `manufactureDay`.
    pub fn manufacture_day(mut self, value: impl Into<String>) -> Self {
        self.manufacture_day = Some(value.into());
        self
    }
    /// Sets `mesAppKey`.
    pub fn mes_app_key(mut self, value: impl Into<String>) -> Self {
        self.mes_app_key = Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `processName`.
    pub fn process_name(mut self, value: impl Into<String>) -> Self {
        self.process_name = Some(value.into());
        self
    }
    /// Sets `productCode`.
    pub fn product_code(mut self, value: impl Into<String>) -> Self {
        self.product_code = Some(value.into());
        self
    }
    /// Sets `productName`.
    pub fn product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
    /// Sets `productSpecification`.
    pub fn product_specification(mut self, value: impl Into<String>) -> Self {
        self.product_specification = Some(value.into());
        self
    }
    /// Sets `qualifiedQuantity`.
    pub fn qualified_quantity(mut self, value: impl Into<String>) -> Self {
        self.qualified_quantity = Some(value.into());
        self
    }
    /// Sets `unitPrice`.
    pub fn unit_price(mut self, value: impl Into<String>) -> Self {
        self.unit_price = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `userIdList`.
    pub fn user_id_list(mut self, value: impl Into<String>) -> Self {
        self.user_id_list = Some(value.into());
        self
    }
    /// Sets `userName`.
    pub fn user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    IndustrializeManufactureQueryJobsRequest { "currentPage" => optional(current_page),
    "instNo" => optional(inst_no), "manufactureDay" => optional(manufacture_day),
    "mesAppKey" => optional(mes_app_key), "pageSize" => optional(page_size),
    "processName" => optional(process_name), "productCode" => optional(product_code),
    "productName" => optional(product_name), "productSpecification" =>
    optional(product_specification), "qualifiedQuantity" => optional(qualified_quantity),
    "unitPrice" => optional(unit_price), "userId" => optional(user_id), "userIdList" =>
    optional(user_id_list), "userName" => optional(user_name), "uuid" => optional(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustrializeManufactureQueryJobsRequest { "currentPage" => read_field(current_page),
    "instNo" => read_field(inst_no), "manufactureDay" => read_field(manufacture_day),
    "mesAppKey" => read_field(mes_app_key), "pageSize" => read_field(page_size),
    "processName" => read_field(process_name), "productCode" => read_field(product_code),
    "productName" => read_field(product_name), "productSpecification" =>
    read_field(product_specification), "qualifiedQuantity" =>
    read_field(qualified_quantity), "unitPrice" => read_field(unit_price), "userId" =>
    read_field(user_id), "userIdList" => read_field(user_id_list), "userName" =>
    read_field(user_name), "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for IndustrializeManufactureQueryJobsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::industrialize_manufacture_job_book`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustrializeManufactureJobBookError = rt::ServiceError;
/// An error reply of [`Api::industrialize_manufacture_query_jobs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustrializeManufactureQueryJobsError = rt::ServiceError;
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
        "IndustrializeManufactureJobBook" => {
            rt::conformance::reply(
                    api
                        .industrialize_manufacture_job_book(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "IndustrializeManufactureQueryJobs" => {
            rt::conformance::reply(
                    api.industrialize_manufacture_query_jobs(&inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
