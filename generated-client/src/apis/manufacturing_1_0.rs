// @generated from api-spec/manufacturing_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.manufacturing_1_0()`. Generated from `api-spec/manufacturing_1_0.yaml`.
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
    /// `POST /v1.0/manufacturing/users/{user_id}/jobs` (operation `IndustrializeManufactureJobBook`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`IndustrializeManufactureJobBookError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/manufacturing/users/{user_id}/jobs",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 日清月结-计件报工查询接口
    ///
    /// `POST /v1.0/manufacturing/users/jobs/query` (operation `IndustrializeManufactureQueryJobs`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`IndustrializeManufactureQueryJobsError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for IndustrializeManufactureJobBookResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for IndustrializeManufactureJobBookResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorLevel" => rt::read_field(map, &mut self.error_level),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "httpCode" => rt::read_field(map, &mut self.http_code),
            "success" => rt::read_field(map, &mut self.success),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for IndustrializeManufactureJobBookResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorLevel", &self.error_level)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("httpCode", &self.http_code)?;
        object.optional("success", &self.success)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
/// `IndustrializeManufactureQueryJobsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IndustrializeManufactureQueryJobsResponseBody {
    /// `content`.
    pub content: Option<IndustrializeManufactureQueryJobsResponseBodyContent>,
    /// `httpCode`.
    pub http_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for IndustrializeManufactureQueryJobsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for IndustrializeManufactureQueryJobsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "httpCode" => rt::read_field(map, &mut self.http_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for IndustrializeManufactureQueryJobsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("httpCode", &self.http_code)?;
        object.end()
    }
}
/// `IndustrializeManufactureJobBookResponseBodyContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IndustrializeManufactureJobBookResponseBodyContent {
    /// `count`.
    pub count: Option<i64>,
    /// `id`.
    pub id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for IndustrializeManufactureJobBookResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for IndustrializeManufactureJobBookResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "count" => rt::read_field(map, &mut self.count),
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for IndustrializeManufactureJobBookResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("count", &self.count)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `IndustrializeManufactureQueryJobsResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for IndustrializeManufactureQueryJobsResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for IndustrializeManufactureQueryJobsResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "id" => rt::read_field(map, &mut self.id),
            "instNo" => rt::read_field(map, &mut self.inst_no),
            "isBatchJob" => rt::read_field(map, &mut self.is_batch_job),
            "manufactureDate" => rt::read_field(map, &mut self.manufacture_date),
            "manufactureDay" => rt::read_field(map, &mut self.manufacture_day),
            "mesAppKey" => rt::read_field(map, &mut self.mes_app_key),
            "processName" => rt::read_field(map, &mut self.process_name),
            "qualifiedQuantity" => rt::read_field(map, &mut self.qualified_quantity),
            "scrappedQuantity" => rt::read_field(map, &mut self.scrapped_quantity),
            "unitPrice" => rt::read_field(map, &mut self.unit_price),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            "userNameList" => rt::read_field(map, &mut self.user_name_list),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for IndustrializeManufactureQueryJobsResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("id", &self.id)?;
        object.optional("instNo", &self.inst_no)?;
        object.optional("isBatchJob", &self.is_batch_job)?;
        object.optional("manufactureDate", &self.manufacture_date)?;
        object.optional("manufactureDay", &self.manufacture_day)?;
        object.optional("mesAppKey", &self.mes_app_key)?;
        object.optional("processName", &self.process_name)?;
        object.optional("qualifiedQuantity", &self.qualified_quantity)?;
        object.optional("scrappedQuantity", &self.scrapped_quantity)?;
        object.optional("unitPrice", &self.unit_price)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.optional("userNameList", &self.user_name_list)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
/// The request of [`Api::industrialize_manufacture_job_book`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl IndustrializeManufactureJobBookRequest {
    /// A `IndustrializeManufactureJobBookRequest` with its required fields (`instNo`, `manufactureDate`, `mesAppKey`, `qualifiedQuantity`, `uuid`); set the others with the methods named after them.
    pub fn new(
        inst_no: impl Into<String>,
        manufacture_date: impl Into<String>,
        mes_app_key: impl Into<String>,
        qualified_quantity: impl Into<String>,
        uuid: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: None,
            extend: None,
            inst_no: inst_no.into(),
            is_batch_job: None,
            manufacture_date: manufacture_date.into(),
            mes_app_key: mes_app_key.into(),
            process_en_name: None,
            process_name: None,
            product_code: None,
            product_en_name: None,
            product_name: None,
            product_specification: None,
            qualified_quantity: qualified_quantity.into(),
            reworkable_quantity: None,
            scrapped_quantity: None,
            unit_price: None,
            user_id_list: None,
            user_name: None,
            user_name_list: None,
            uuid: uuid.into(),
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
impl rt::serde::Serialize for IndustrializeManufactureJobBookRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("extend", &self.extend)?;
        object.field("instNo", &self.inst_no)?;
        object.optional("isBatchJob", &self.is_batch_job)?;
        object.field("manufactureDate", &self.manufacture_date)?;
        object.field("mesAppKey", &self.mes_app_key)?;
        object.optional("processEnName", &self.process_en_name)?;
        object.optional("processName", &self.process_name)?;
        object.optional("productCode", &self.product_code)?;
        object.optional("productEnName", &self.product_en_name)?;
        object.optional("productName", &self.product_name)?;
        object.optional("productSpecification", &self.product_specification)?;
        object.field("qualifiedQuantity", &self.qualified_quantity)?;
        object.optional("reworkableQuantity", &self.reworkable_quantity)?;
        object.optional("scrappedQuantity", &self.scrapped_quantity)?;
        object.optional("unitPrice", &self.unit_price)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.optional("userName", &self.user_name)?;
        object.optional("userNameList", &self.user_name_list)?;
        object.field("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for IndustrializeManufactureJobBookRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for IndustrializeManufactureJobBookRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "extend" => rt::read_field(map, &mut self.extend),
            "instNo" => rt::read_field(map, &mut self.inst_no),
            "isBatchJob" => rt::read_field(map, &mut self.is_batch_job),
            "manufactureDate" => rt::read_field(map, &mut self.manufacture_date),
            "mesAppKey" => rt::read_field(map, &mut self.mes_app_key),
            "processEnName" => rt::read_field(map, &mut self.process_en_name),
            "processName" => rt::read_field(map, &mut self.process_name),
            "productCode" => rt::read_field(map, &mut self.product_code),
            "productEnName" => rt::read_field(map, &mut self.product_en_name),
            "productName" => rt::read_field(map, &mut self.product_name),
            "productSpecification" => {
                rt::read_field(map, &mut self.product_specification)
            }
            "qualifiedQuantity" => rt::read_field(map, &mut self.qualified_quantity),
            "reworkableQuantity" => rt::read_field(map, &mut self.reworkable_quantity),
            "scrappedQuantity" => rt::read_field(map, &mut self.scrapped_quantity),
            "unitPrice" => rt::read_field(map, &mut self.unit_price),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            "userName" => rt::read_field(map, &mut self.user_name),
            "userNameList" => rt::read_field(map, &mut self.user_name_list),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for IndustrializeManufactureQueryJobsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("currentPage", &self.current_page)?;
        object.optional("instNo", &self.inst_no)?;
        object.optional("manufactureDay", &self.manufacture_day)?;
        object.optional("mesAppKey", &self.mes_app_key)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("processName", &self.process_name)?;
        object.optional("productCode", &self.product_code)?;
        object.optional("productName", &self.product_name)?;
        object.optional("productSpecification", &self.product_specification)?;
        object.optional("qualifiedQuantity", &self.qualified_quantity)?;
        object.optional("unitPrice", &self.unit_price)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.optional("userName", &self.user_name)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for IndustrializeManufactureQueryJobsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for IndustrializeManufactureQueryJobsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "currentPage" => rt::read_field(map, &mut self.current_page),
            "instNo" => rt::read_field(map, &mut self.inst_no),
            "manufactureDay" => rt::read_field(map, &mut self.manufacture_day),
            "mesAppKey" => rt::read_field(map, &mut self.mes_app_key),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "processName" => rt::read_field(map, &mut self.process_name),
            "productCode" => rt::read_field(map, &mut self.product_code),
            "productName" => rt::read_field(map, &mut self.product_name),
            "productSpecification" => {
                rt::read_field(map, &mut self.product_specification)
            }
            "qualifiedQuantity" => rt::read_field(map, &mut self.qualified_quantity),
            "unitPrice" => rt::read_field(map, &mut self.unit_price),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            "userName" => rt::read_field(map, &mut self.user_name),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
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
