// @generated from api-spec/salary_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 小微薪酬 (Salary)：薪资记录、薪资组与薪资项目。
//!
//! 8 operations, methods of [`Api`] (`client.salary_1_0()`), behind the cargo feature `salary_1_0`; its paths start with `/v1.0/salary/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `salary_1_0`. Get it with `client.salary_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 小微薪酬获取薪资记录
    ///
    /// `GET /v1.0/salary/calculation`: DingTalk's `GetSalaryCalculation` (module feature `salary_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSalaryCalculation")]
    #[doc(alias = "/v1.0/salary/calculation")]
    #[doc(alias = "GET /v1.0/salary/calculation")]
    pub fn get_salary_calculation(
        &self,
        request: &GetSalaryCalculationRequest,
    ) -> rt::Call<GetSalaryCalculationResponseBody, GetSalaryCalculationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSalaryCalculation",
            rt::Method::Get,
            "/v1.0/salary/calculation",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 小微薪酬获取薪资组
    ///
    /// `GET /v1.0/salary/group`: DingTalk's `GetSalaryGroup` (module feature `salary_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSalaryGroup")]
    #[doc(alias = "/v1.0/salary/group")]
    #[doc(alias = "GET /v1.0/salary/group")]
    pub fn get_salary_group(
        &self,
    ) -> rt::Call<GetSalaryGroupResponseBody, GetSalaryGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSalaryGroup",
            rt::Method::Get,
            "/v1.0/salary/group",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 小微薪酬获取薪资项目
    ///
    /// `GET /v1.0/salary/item`: DingTalk's `GetSalaryItem` (module feature `salary_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSalaryItem")]
    #[doc(alias = "/v1.0/salary/item")]
    #[doc(alias = "GET /v1.0/salary/item")]
    pub fn get_salary_item(
        &self,
        request: &GetSalaryItemRequest,
    ) -> rt::Call<GetSalaryItemResponseBody, GetSalaryItemError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSalaryItem",
            rt::Method::Get,
            "/v1.0/salary/item",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 小微薪酬获取薪资项目大类
    ///
    /// `GET /v1.0/salary/itemGroup`: DingTalk's `GetSalaryItemGroup` (module feature `salary_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSalaryItemGroup")]
    #[doc(alias = "/v1.0/salary/itemGroup")]
    #[doc(alias = "GET /v1.0/salary/itemGroup")]
    pub fn get_salary_item_group(
        &self,
    ) -> rt::Call<GetSalaryItemGroupResponseBody, GetSalaryItemGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSalaryItemGroup",
            rt::Method::Get,
            "/v1.0/salary/itemGroup",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 小微薪酬获取薪资记录数据
    ///
    /// `POST /v1.0/salary/calculation`: DingTalk's `ListSalaryCalculation` (module feature `salary_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListSalaryCalculation")]
    #[doc(alias = "/v1.0/salary/calculation")]
    #[doc(alias = "POST /v1.0/salary/calculation")]
    pub fn list_salary_calculation(
        &self,
        request: &ListSalaryCalculationRequest,
    ) -> rt::Call<ListSalaryCalculationResponseBody, ListSalaryCalculationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListSalaryCalculation",
            rt::Method::Post,
            "/v1.0/salary/calculation",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 小微薪酬撤销定调薪数据
    ///
    /// `DELETE /v1.0/salary/archives`: DingTalk's `RevokeSalaryArchives` (module feature `salary_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RevokeSalaryArchives")]
    #[doc(alias = "/v1.0/salary/archives")]
    #[doc(alias = "DELETE /v1.0/salary/archives")]
    pub fn revoke_salary_archives(
        &self,
        request: &RevokeSalaryArchivesRequest,
    ) -> rt::Call<RevokeSalaryArchivesResponseBody, RevokeSalaryArchivesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RevokeSalaryArchives",
            rt::Method::Delete,
            "/v1.0/salary/archives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 小微薪酬保存定调薪数据
    ///
    /// `POST /v1.0/salary/archives`: DingTalk's `SaveSalaryArchives` (module feature `salary_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveSalaryArchives")]
    #[doc(alias = "/v1.0/salary/archives")]
    #[doc(alias = "POST /v1.0/salary/archives")]
    pub fn save_salary_archives(
        &self,
        request: &SaveSalaryArchivesRequest,
    ) -> rt::Call<SaveSalaryArchivesResponseBody, SaveSalaryArchivesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveSalaryArchives",
            rt::Method::Post,
            "/v1.0/salary/archives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 小微薪酬获取薪资记录写入
    ///
    /// `POST /v1.0/salary/calculation/write`: DingTalk's `WriteSalaryCalculation` (module feature `salary_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "WriteSalaryCalculation")]
    #[doc(alias = "/v1.0/salary/calculation/write")]
    #[doc(alias = "POST /v1.0/salary/calculation/write")]
    pub fn write_salary_calculation(
        &self,
        request: &WriteSalaryCalculationRequest,
    ) -> rt::Call<WriteSalaryCalculationResponseBody, WriteSalaryCalculationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WriteSalaryCalculation",
            rt::Method::Post,
            "/v1.0/salary/calculation/write",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `GetSalaryCalculationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSalaryCalculationResponseBody {
    /// `result`.
    pub result: Option<GetSalaryCalculationResponseBodyResult>,
}
rt::impl_deserialize! {
    GetSalaryCalculationResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSalaryCalculationResponseBody { "result" => optional(result) }
}
/// `GetSalaryGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSalaryGroupResponseBody {
    /// `result`.
    pub result: Option<Vec<GetSalaryGroupResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetSalaryGroupResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSalaryGroupResponseBody { "result" => optional(result) }
}
/// `GetSalaryItemResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSalaryItemResponseBody {
    /// `result`.
    pub result: Option<Vec<GetSalaryItemResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetSalaryItemResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSalaryItemResponseBody { "result" => optional(result) }
}
/// `GetSalaryItemGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSalaryItemGroupResponseBody {
    /// `result`.
    pub result: Option<Vec<GetSalaryItemGroupResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetSalaryItemGroupResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSalaryItemGroupResponseBody { "result" => optional(result) }
}
/// `ListSalaryCalculationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSalaryCalculationResponseBody {
    /// `result`.
    pub result: Option<ListSalaryCalculationResponseBodyResult>,
}
rt::impl_deserialize! {
    ListSalaryCalculationResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSalaryCalculationResponseBody { "result" => optional(result) }
}
/// `RevokeSalaryArchivesResponseBody`, a model several operations share: also named [`SaveSalaryArchivesResponseBody`], [`WriteSalaryCalculationResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RevokeSalaryArchivesResponseBody {
    /// `result`.
    pub result: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    RevokeSalaryArchivesResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RevokeSalaryArchivesResponseBody { "result" => optional(result) }
}
/// `SaveSalaryArchivesRequestContents`, a model several operations share: also named [`WriteSalaryCalculationRequestItemsContents`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveSalaryArchivesRequestContents {
    /// `salaryItemId`.
    pub salary_item_id: String,
    /// `salaryItemValue`.
    pub salary_item_value: Option<String>,
}
/// The required fields of [`SaveSalaryArchivesRequestContents`], each named where it is set: `SaveSalaryArchivesRequestContents::new(SaveSalaryArchivesRequestContentsRequired { .. })`.
pub struct SaveSalaryArchivesRequestContentsRequired {
    /// `salaryItemId`: see [`SaveSalaryArchivesRequestContents::salary_item_id`].
    pub salary_item_id: String,
}
impl SaveSalaryArchivesRequestContents {
    /// A `SaveSalaryArchivesRequestContents` with its required fields (`salaryItemId`); set the others with the methods named after them.
    pub fn new(required: SaveSalaryArchivesRequestContentsRequired) -> Self {
        let SaveSalaryArchivesRequestContentsRequired { salary_item_id } = required;
        Self {
            salary_item_id,
            salary_item_value: None,
        }
    }
    /// Sets `salaryItemValue`.
    pub fn salary_item_value(mut self, value: impl Into<String>) -> Self {
        self.salary_item_value = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SaveSalaryArchivesRequestContents { "salaryItemId" => field(salary_item_id),
    "salaryItemValue" => optional(salary_item_value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveSalaryArchivesRequestContents { "salaryItemId" => read_field(salary_item_id),
    "salaryItemValue" => read_field(salary_item_value) }
}
/// `SaveSalaryArchivesResponseBody`: the same model as [`RevokeSalaryArchivesResponseBody`].
pub type SaveSalaryArchivesResponseBody = RevokeSalaryArchivesResponseBody;
/// `WriteSalaryCalculationRequestItems`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WriteSalaryCalculationRequestItems {
    /// `contents`.
    pub contents: Option<Vec<WriteSalaryCalculationRequestItemsContents>>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`WriteSalaryCalculationRequestItems`], each named where it is set: `WriteSalaryCalculationRequestItems::new(WriteSalaryCalculationRequestItemsRequired { .. })`.
pub struct WriteSalaryCalculationRequestItemsRequired {
    /// `userId`: see [`WriteSalaryCalculationRequestItems::user_id`].
    pub user_id: String,
}
impl WriteSalaryCalculationRequestItems {
    /// A `WriteSalaryCalculationRequestItems` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: WriteSalaryCalculationRequestItemsRequired) -> Self {
        let WriteSalaryCalculationRequestItemsRequired { user_id } = required;
        Self { contents: None, user_id }
    }
    /// Sets `contents`.
    pub fn contents(
        mut self,
        value: impl IntoIterator<Item = WriteSalaryCalculationRequestItemsContents>,
    ) -> Self {
        self.contents = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    WriteSalaryCalculationRequestItems { "contents" => optional(contents), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WriteSalaryCalculationRequestItems { "contents" => read_field(contents), "userId" =>
    read_field(user_id) }
}
/// `WriteSalaryCalculationResponseBody`: the same model as [`RevokeSalaryArchivesResponseBody`].
pub type WriteSalaryCalculationResponseBody = RevokeSalaryArchivesResponseBody;
/// `GetSalaryCalculationResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSalaryCalculationResponseBodyResult {
    /// `calStatus`.
    pub cal_status: Option<bool>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    GetSalaryCalculationResponseBodyResult { "calStatus" => read_field(cal_status),
    "endDate" => read_field(end_date), "startDate" => read_field(start_date), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSalaryCalculationResponseBodyResult { "calStatus" => optional(cal_status),
    "endDate" => optional(end_date), "startDate" => optional(start_date), "status" =>
    optional(status) }
}
/// `GetSalaryGroupResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSalaryGroupResponseBodyResult {
    /// `enableFlag`.
    pub enable_flag: Option<bool>,
    /// `salaryGroupId`.
    pub salary_group_id: Option<String>,
    /// `salaryGroupName`.
    pub salary_group_name: Option<String>,
}
rt::impl_deserialize! {
    GetSalaryGroupResponseBodyResult { "enableFlag" => read_field(enable_flag),
    "salaryGroupId" => read_field(salary_group_id), "salaryGroupName" =>
    read_field(salary_group_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSalaryGroupResponseBodyResult { "enableFlag" => optional(enable_flag),
    "salaryGroupId" => optional(salary_group_id), "salaryGroupName" =>
    optional(salary_group_name) }
}
/// `GetSalaryItemResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSalaryItemResponseBodyResult {
    /// `salaryItemId`.
    pub salary_item_id: Option<String>,
    /// `salaryItemName`.
    pub salary_item_name: Option<String>,
}
rt::impl_deserialize! {
    GetSalaryItemResponseBodyResult { "salaryItemId" => read_field(salary_item_id),
    "salaryItemName" => read_field(salary_item_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSalaryItemResponseBodyResult { "salaryItemId" => optional(salary_item_id),
    "salaryItemName" => optional(salary_item_name) }
}
/// `GetSalaryItemGroupResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSalaryItemGroupResponseBodyResult {
    /// `salaryItemGroupId`.
    pub salary_item_group_id: Option<String>,
    /// `salaryItemGroupName`.
    pub salary_item_group_name: Option<String>,
}
rt::impl_deserialize! {
    GetSalaryItemGroupResponseBodyResult { "salaryItemGroupId" =>
    read_field(salary_item_group_id), "salaryItemGroupName" =>
    read_field(salary_item_group_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSalaryItemGroupResponseBodyResult { "salaryItemGroupId" =>
    optional(salary_item_group_id), "salaryItemGroupName" =>
    optional(salary_item_group_name) }
}
/// `ListSalaryCalculationResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSalaryCalculationResponseBodyResult {
    /// `data`.
    pub data: Option<Vec<ListSalaryCalculationResponseBodyResultData>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
}
rt::impl_deserialize! {
    ListSalaryCalculationResponseBodyResult { "data" => read_field(data), "hasMore" =>
    read_field(has_more) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSalaryCalculationResponseBodyResult { "data" => optional(data), "hasMore" =>
    optional(has_more) }
}
/// `WriteSalaryCalculationRequestItemsContents`: the same model as [`SaveSalaryArchivesRequestContents`].
pub type WriteSalaryCalculationRequestItemsContents = SaveSalaryArchivesRequestContents;
/// The required fields of [`WriteSalaryCalculationRequestItemsContents`].
pub type WriteSalaryCalculationRequestItemsContentsRequired = SaveSalaryArchivesRequestContentsRequired;
/// `ListSalaryCalculationResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSalaryCalculationResponseBodyResultData {
    /// `dataList`.
    pub data_list: Option<Vec<ListSalaryCalculationResponseBodyResultDataDataList>>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    ListSalaryCalculationResponseBodyResultData { "dataList" => read_field(data_list),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSalaryCalculationResponseBodyResultData { "dataList" => optional(data_list),
    "userId" => optional(user_id) }
}
/// `ListSalaryCalculationResponseBodyResultDataDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListSalaryCalculationResponseBodyResultDataDataList {
    /// `salaryItemId`.
    pub salary_item_id: Option<String>,
    /// `salaryItemName`.
    pub salary_item_name: Option<String>,
    /// `salaryItemValue`.
    pub salary_item_value: Option<String>,
}
rt::impl_deserialize! {
    ListSalaryCalculationResponseBodyResultDataDataList { "salaryItemId" =>
    read_field(salary_item_id), "salaryItemName" => read_field(salary_item_name),
    "salaryItemValue" => read_field(salary_item_value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListSalaryCalculationResponseBodyResultDataDataList { "salaryItemId" =>
    optional(salary_item_id), "salaryItemName" => optional(salary_item_name),
    "salaryItemValue" => optional(salary_item_value) }
}
/// The request of [`Api::get_salary_calculation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSalaryCalculationRequest {
    /// `date`: a query parameter.
    pub date: String,
    /// `salaryGroupId`: a query parameter.
    pub salary_group_id: String,
}
/// The required fields of [`GetSalaryCalculationRequest`], each named where it is set: `GetSalaryCalculationRequest::new(GetSalaryCalculationRequired { .. })`.
pub struct GetSalaryCalculationRequired {
    /// `date`: see [`GetSalaryCalculationRequest::date`].
    pub date: String,
    /// `salaryGroupId`: see [`GetSalaryCalculationRequest::salary_group_id`].
    pub salary_group_id: String,
}
impl GetSalaryCalculationRequest {
    /// A `GetSalaryCalculationRequest` with its required fields (`date`, `salaryGroupId`); set the others with the methods named after them.
    pub fn new(required: GetSalaryCalculationRequired) -> Self {
        let GetSalaryCalculationRequired { date, salary_group_id } = required;
        Self { date, salary_group_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSalaryCalculationRequest { "date" => read_field(date), "salaryGroupId" =>
    read_field(salary_group_id) }
}
impl rt::WriteRequest for GetSalaryCalculationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("date", &self.date);
        writer.query("salaryGroupId", &self.salary_group_id);
    }
}
/// The request of [`Api::get_salary_item`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSalaryItemRequest {
    /// `salaryItemGroupId`: a query parameter.
    pub salary_item_group_id: String,
}
/// The required fields of [`GetSalaryItemRequest`], each named where it is set: `GetSalaryItemRequest::new(GetSalaryItemRequired { .. })`.
pub struct GetSalaryItemRequired {
    /// `salaryItemGroupId`: see [`GetSalaryItemRequest::salary_item_group_id`].
    pub salary_item_group_id: String,
}
impl GetSalaryItemRequest {
    /// A `GetSalaryItemRequest` with its required fields (`salaryItemGroupId`); set the others with the methods named after them.
    pub fn new(required: GetSalaryItemRequired) -> Self {
        let GetSalaryItemRequired { salary_item_group_id } = required;
        Self { salary_item_group_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSalaryItemRequest { "salaryItemGroupId" => read_field(salary_item_group_id) }
}
impl rt::WriteRequest for GetSalaryItemRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("salaryItemGroupId", &self.salary_item_group_id);
    }
}
/// The request of [`Api::list_salary_calculation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListSalaryCalculationRequest {
    /// `date`.
    pub date: String,
    /// `pageIndex`.
    pub page_index: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `salaryGroupId`.
    pub salary_group_id: String,
}
/// The required fields of [`ListSalaryCalculationRequest`], each named where it is set: `ListSalaryCalculationRequest::new(ListSalaryCalculationRequired { .. })`.
pub struct ListSalaryCalculationRequired {
    /// `date`: see [`ListSalaryCalculationRequest::date`].
    pub date: String,
    /// `pageIndex`: see [`ListSalaryCalculationRequest::page_index`].
    pub page_index: i64,
    /// `pageSize`: see [`ListSalaryCalculationRequest::page_size`].
    pub page_size: i64,
    /// `salaryGroupId`: see [`ListSalaryCalculationRequest::salary_group_id`].
    pub salary_group_id: String,
}
impl ListSalaryCalculationRequest {
    /// A `ListSalaryCalculationRequest` with its required fields (`date`, `pageIndex`, `pageSize`, `salaryGroupId`); set the others with the methods named after them.
    pub fn new(required: ListSalaryCalculationRequired) -> Self {
        let ListSalaryCalculationRequired {
            date,
            page_index,
            page_size,
            salary_group_id,
        } = required;
        Self {
            date,
            page_index,
            page_size,
            salary_group_id,
        }
    }
}
rt::impl_serialize! {
    ListSalaryCalculationRequest { "date" => field(date), "pageIndex" =>
    field(page_index), "pageSize" => field(page_size), "salaryGroupId" =>
    field(salary_group_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListSalaryCalculationRequest { "date" => read_field(date), "pageIndex" =>
    read_field(page_index), "pageSize" => read_field(page_size), "salaryGroupId" =>
    read_field(salary_group_id) }
}
impl rt::WriteRequest for ListSalaryCalculationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::revoke_salary_archives`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RevokeSalaryArchivesRequest {
    /// `effectiveDate`.
    pub effective_date: String,
    /// `opUserId`.
    pub op_user_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`RevokeSalaryArchivesRequest`], each named where it is set: `RevokeSalaryArchivesRequest::new(RevokeSalaryArchivesRequired { .. })`.
pub struct RevokeSalaryArchivesRequired {
    /// `effectiveDate`: see [`RevokeSalaryArchivesRequest::effective_date`].
    pub effective_date: String,
    /// `opUserId`: see [`RevokeSalaryArchivesRequest::op_user_id`].
    pub op_user_id: String,
    /// `userId`: see [`RevokeSalaryArchivesRequest::user_id`].
    pub user_id: String,
}
impl RevokeSalaryArchivesRequest {
    /// A `RevokeSalaryArchivesRequest` with its required fields (`effectiveDate`, `opUserId`, `userId`); set the others with the methods named after them.
    pub fn new(required: RevokeSalaryArchivesRequired) -> Self {
        let RevokeSalaryArchivesRequired { effective_date, op_user_id, user_id } = required;
        Self {
            effective_date,
            op_user_id,
            user_id,
        }
    }
}
rt::impl_serialize! {
    RevokeSalaryArchivesRequest { "effectiveDate" => field(effective_date), "opUserId" =>
    field(op_user_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RevokeSalaryArchivesRequest { "effectiveDate" => read_field(effective_date),
    "opUserId" => read_field(op_user_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for RevokeSalaryArchivesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_salary_archives`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveSalaryArchivesRequest {
    /// `adjustMemo`.
    pub adjust_memo: Option<String>,
    /// `contents`.
    pub contents: Option<Vec<SaveSalaryArchivesRequestContents>>,
    /// `effectiveDate`.
    pub effective_date: String,
    /// `opUserId`.
    pub op_user_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`SaveSalaryArchivesRequest`], each named where it is set: `SaveSalaryArchivesRequest::new(SaveSalaryArchivesRequired { .. })`.
pub struct SaveSalaryArchivesRequired {
    /// `effectiveDate`: see [`SaveSalaryArchivesRequest::effective_date`].
    pub effective_date: String,
    /// `opUserId`: see [`SaveSalaryArchivesRequest::op_user_id`].
    pub op_user_id: String,
    /// `userId`: see [`SaveSalaryArchivesRequest::user_id`].
    pub user_id: String,
}
impl SaveSalaryArchivesRequest {
    /// A `SaveSalaryArchivesRequest` with its required fields (`effectiveDate`, `opUserId`, `userId`); set the others with the methods named after them.
    pub fn new(required: SaveSalaryArchivesRequired) -> Self {
        let SaveSalaryArchivesRequired { effective_date, op_user_id, user_id } = required;
        Self {
            adjust_memo: None,
            contents: None,
            effective_date,
            op_user_id,
            user_id,
        }
    }
    /// Sets `adjustMemo`.
    pub fn adjust_memo(mut self, value: impl Into<String>) -> Self {
        self.adjust_memo = Some(value.into());
        self
    }
    /// Sets `contents`.
    pub fn contents(
        mut self,
        value: impl IntoIterator<Item = SaveSalaryArchivesRequestContents>,
    ) -> Self {
        self.contents = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    SaveSalaryArchivesRequest { "adjustMemo" => optional(adjust_memo), "contents" =>
    optional(contents), "effectiveDate" => field(effective_date), "opUserId" =>
    field(op_user_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveSalaryArchivesRequest { "adjustMemo" => read_field(adjust_memo), "contents" =>
    read_field(contents), "effectiveDate" => read_field(effective_date), "opUserId" =>
    read_field(op_user_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SaveSalaryArchivesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::write_salary_calculation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WriteSalaryCalculationRequest {
    /// `date`.
    pub date: String,
    /// `items`.
    pub items: Option<Vec<WriteSalaryCalculationRequestItems>>,
}
/// The required fields of [`WriteSalaryCalculationRequest`], each named where it is set: `WriteSalaryCalculationRequest::new(WriteSalaryCalculationRequired { .. })`.
pub struct WriteSalaryCalculationRequired {
    /// `date`: see [`WriteSalaryCalculationRequest::date`].
    pub date: String,
}
impl WriteSalaryCalculationRequest {
    /// A `WriteSalaryCalculationRequest` with its required fields (`date`); set the others with the methods named after them.
    pub fn new(required: WriteSalaryCalculationRequired) -> Self {
        let WriteSalaryCalculationRequired { date } = required;
        Self { date, items: None }
    }
    /// Sets `items`.
    pub fn items(
        mut self,
        value: impl IntoIterator<Item = WriteSalaryCalculationRequestItems>,
    ) -> Self {
        self.items = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    WriteSalaryCalculationRequest { "date" => field(date), "items" => optional(items) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WriteSalaryCalculationRequest { "date" => read_field(date), "items" =>
    read_field(items) }
}
impl rt::WriteRequest for WriteSalaryCalculationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::get_salary_calculation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSalaryCalculationError = rt::ServiceError;
/// An error reply of [`Api::get_salary_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSalaryGroupError = rt::ServiceError;
/// An error reply of [`Api::get_salary_item`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSalaryItemError = rt::ServiceError;
/// An error reply of [`Api::get_salary_item_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSalaryItemGroupError = rt::ServiceError;
/// An error reply of [`Api::list_salary_calculation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListSalaryCalculationError = rt::ServiceError;
/// An error reply of [`Api::revoke_salary_archives`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RevokeSalaryArchivesError = rt::ServiceError;
/// An error reply of [`Api::save_salary_archives`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveSalaryArchivesError = rt::ServiceError;
/// An error reply of [`Api::write_salary_calculation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type WriteSalaryCalculationError = rt::ServiceError;
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
        "GetSalaryCalculation" => {
            rt::conformance::reply(api.get_salary_calculation(&inputs.request(false)?))
                .await
        }
        "GetSalaryGroup" => rt::conformance::reply(api.get_salary_group()).await,
        "GetSalaryItem" => {
            rt::conformance::reply(api.get_salary_item(&inputs.request(false)?)).await
        }
        "GetSalaryItemGroup" => rt::conformance::reply(api.get_salary_item_group()).await,
        "ListSalaryCalculation" => {
            rt::conformance::reply(api.list_salary_calculation(&inputs.request(true)?))
                .await
        }
        "RevokeSalaryArchives" => {
            rt::conformance::reply(api.revoke_salary_archives(&inputs.request(true)?))
                .await
        }
        "SaveSalaryArchives" => {
            rt::conformance::reply(api.save_salary_archives(&inputs.request(true)?))
                .await
        }
        "WriteSalaryCalculation" => {
            rt::conformance::reply(api.write_salary_calculation(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
