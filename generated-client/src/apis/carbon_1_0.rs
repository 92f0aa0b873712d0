// @generated from api-spec/carbon_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉碳中和 (Carbon)：组织与用户的碳能量数据。
//!
//! 7 operations, methods of [`Api`] (`client.carbon_1_0()`), behind the cargo feature `carbon_1_0`; its paths start with `/v1.0/carbon/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `carbon_1_0`. Get it with `client.carbon_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 获取用户的减碳明细
    ///
    /// `GET /v1.0/carbon/personals/infos`: DingTalk's `GetPersonalCarbonInfo` (module feature `carbon_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPersonalCarbonInfo")]
    #[doc(alias = "/v1.0/carbon/personals/infos")]
    #[doc(alias = "GET /v1.0/carbon/personals/infos")]
    pub fn get_personal_carbon_info(
        &self,
        request: &GetPersonalCarbonInfoRequest,
    ) -> rt::Call<GetPersonalCarbonInfoResponseBody, GetPersonalCarbonInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPersonalCarbonInfo",
            rt::Method::Get,
            "/v1.0/carbon/personals/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 写入阿里巴巴每日组织明细碳能量数据
    ///
    /// `POST /v1.0/carbon/alibabaOrgDetails/write`: DingTalk's `WriteAlibabaOrgCarbon` (module feature `carbon_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "WriteAlibabaOrgCarbon")]
    #[doc(alias = "/v1.0/carbon/alibabaOrgDetails/write")]
    #[doc(alias = "POST /v1.0/carbon/alibabaOrgDetails/write")]
    pub fn write_alibaba_org_carbon(
        &self,
        request: &WriteAlibabaOrgCarbonRequest,
    ) -> rt::Call<WriteAlibabaOrgCarbonResponseBody, WriteAlibabaOrgCarbonError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WriteAlibabaOrgCarbon",
            rt::Method::Post,
            "/v1.0/carbon/alibabaOrgDetails/write",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 写入阿里巴巴每日用户碳能量数据
    ///
    /// `POST /v1.0/carbon/alibabaUserDetails/write`: DingTalk's `WriteAlibabaUserCarbon` (module feature `carbon_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "WriteAlibabaUserCarbon")]
    #[doc(alias = "/v1.0/carbon/alibabaUserDetails/write")]
    #[doc(alias = "POST /v1.0/carbon/alibabaUserDetails/write")]
    pub fn write_alibaba_user_carbon(
        &self,
        request: &WriteAlibabaUserCarbonRequest,
    ) -> rt::Call<WriteAlibabaUserCarbonResponseBody, WriteAlibabaUserCarbonError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WriteAlibabaUserCarbon",
            rt::Method::Post,
            "/v1.0/carbon/alibabaUserDetails/write",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// ISV记录数据传输当前状态
    ///
    /// `POST /v1.0/carbon/datas/states/write`: DingTalk's `WriteIsvState` (module feature `carbon_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "WriteIsvState")]
    #[doc(alias = "/v1.0/carbon/datas/states/write")]
    #[doc(alias = "POST /v1.0/carbon/datas/states/write")]
    pub fn write_isv_state(
        &self,
        request: &WriteIsvStateRequest,
    ) -> rt::Call<WriteIsvStateResponseBody, WriteIsvStateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WriteIsvState",
            rt::Method::Post,
            "/v1.0/carbon/datas/states/write",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 写入isv每日组织明细碳能量数据
    ///
    /// `POST /v1.0/carbon/orgDetails/write`: DingTalk's `WriteOrgCarbon` (module feature `carbon_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "WriteOrgCarbon")]
    #[doc(alias = "/v1.0/carbon/orgDetails/write")]
    #[doc(alias = "POST /v1.0/carbon/orgDetails/write")]
    pub fn write_org_carbon(
        &self,
        request: &WriteOrgCarbonRequest,
    ) -> rt::Call<WriteOrgCarbonResponseBody, WriteOrgCarbonError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WriteOrgCarbon",
            rt::Method::Post,
            "/v1.0/carbon/orgDetails/write",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 写入isv每日用户明细碳能量数据
    ///
    /// `POST /v1.0/carbon/userDetails/write`: DingTalk's `WriteUserCarbon` (module feature `carbon_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "WriteUserCarbon")]
    #[doc(alias = "/v1.0/carbon/userDetails/write")]
    #[doc(alias = "POST /v1.0/carbon/userDetails/write")]
    pub fn write_user_carbon(
        &self,
        request: &WriteUserCarbonRequest,
    ) -> rt::Call<WriteUserCarbonResponseBody, WriteUserCarbonError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WriteUserCarbon",
            rt::Method::Post,
            "/v1.0/carbon/userDetails/write",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 写入isv能耗每日用户明细碳能量数据
    ///
    /// `POST /v1.0/carbon/userDetails/energies/write`: DingTalk's `WriteUserCarbonEnergy` (module feature `carbon_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "WriteUserCarbonEnergy")]
    #[doc(alias = "/v1.0/carbon/userDetails/energies/write")]
    #[doc(alias = "POST /v1.0/carbon/userDetails/energies/write")]
    pub fn write_user_carbon_energy(
        &self,
        request: &WriteUserCarbonEnergyRequest,
    ) -> rt::Call<WriteUserCarbonEnergyResponseBody, WriteUserCarbonEnergyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WriteUserCarbonEnergy",
            rt::Method::Post,
            "/v1.0/carbon/userDetails/energies/write",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `GetPersonalCarbonInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPersonalCarbonInfoResponseBody {
    /// `content`.
    pub content: Option<String>,
    /// `personalCarbonAmount`.
    pub personal_carbon_amount: Option<f64>,
}
rt::impl_deserialize! {
    GetPersonalCarbonInfoResponseBody { "content" => read_field(content),
    "personalCarbonAmount" => read_field(personal_carbon_amount) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPersonalCarbonInfoResponseBody { "content" => optional(content),
    "personalCarbonAmount" => optional(personal_carbon_amount) }
}
/// `WriteAlibabaOrgCarbonRequestOrgDetailsList`, a model several operations share: also named [`WriteOrgCarbonRequestOrgDetailsList`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WriteAlibabaOrgCarbonRequestOrgDetailsList {
    /// `actionId`.
    pub action_id: String,
    /// `actionTime`.
    pub action_time: String,
    /// `actionType`.
    pub action_type: String,
    /// `carbonAmount`.
    pub carbon_amount: String,
    /// `corpId`.
    pub corp_id: String,
    /// `deptId`.
    pub dept_id: i64,
    /// `version`.
    pub version: i64,
}
/// The required fields of [`WriteAlibabaOrgCarbonRequestOrgDetailsList`], each named where it is set: `WriteAlibabaOrgCarbonRequestOrgDetailsList::new(WriteAlibabaOrgCarbonRequestOrgDetailsListRequired { .. })`.
pub struct WriteAlibabaOrgCarbonRequestOrgDetailsListRequired {
    /// `actionId`: see [`WriteAlibabaOrgCarbonRequestOrgDetailsList::action_id`].
    pub action_id: String,
    /// `actionTime`: see [`WriteAlibabaOrgCarbonRequestOrgDetailsList::action_time`].
    pub action_time: String,
    /// `actionType`: see [`WriteAlibabaOrgCarbonRequestOrgDetailsList::action_type`].
    pub action_type: String,
    /// `carbonAmount`: see [`WriteAlibabaOrgCarbonRequestOrgDetailsList::carbon_amount`].
    pub carbon_amount: String,
    /// `corpId`: see [`WriteAlibabaOrgCarbonRequestOrgDetailsList::corp_id`].
    pub corp_id: String,
    /// `deptId`: see [`WriteAlibabaOrgCarbonRequestOrgDetailsList::dept_id`].
    pub dept_id: i64,
    /// `version`: see [`WriteAlibabaOrgCarbonRequestOrgDetailsList::version`].
    pub version: i64,
}
impl WriteAlibabaOrgCarbonRequestOrgDetailsList {
    /// A `WriteAlibabaOrgCarbonRequestOrgDetailsList` with its required fields (`actionId`, `actionTime`, `actionType`, `carbonAmount`, `corpId`, `deptId`, `version`); set the others with the methods named after them.
    pub fn new(required: WriteAlibabaOrgCarbonRequestOrgDetailsListRequired) -> Self {
        let WriteAlibabaOrgCarbonRequestOrgDetailsListRequired {
            action_id,
            action_time,
            action_type,
            carbon_amount,
            corp_id,
            dept_id,
            version,
        } = required;
        Self {
            action_id,
            action_time,
            action_type,
            carbon_amount,
            corp_id,
            dept_id,
            version,
        }
    }
}
rt::impl_serialize! {
    WriteAlibabaOrgCarbonRequestOrgDetailsList { "actionId" => field(action_id),
    "actionTime" => field(action_time), "actionType" => field(action_type),
    "carbonAmount" => field(carbon_amount), "corpId" => field(corp_id), "deptId" =>
    field(dept_id), "version" => field(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WriteAlibabaOrgCarbonRequestOrgDetailsList { "actionId" => read_field(action_id),
    "actionTime" => read_field(action_time), "actionType" => read_field(action_type),
    "carbonAmount" => read_field(carbon_amount), "corpId" => read_field(corp_id),
    "deptId" => read_field(dept_id), "version" => read_field(version) }
}
/// `WriteAlibabaOrgCarbonResponseBody`, a model several operations share: also named [`WriteAlibabaUserCarbonResponseBody`], [`WriteOrgCarbonResponseBody`], [`WriteUserCarbonResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct WriteAlibabaOrgCarbonResponseBody {
    /// `result`.
    pub result: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    WriteAlibabaOrgCarbonResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    WriteAlibabaOrgCarbonResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `WriteAlibabaUserCarbonRequestUserDetailsList`, a model several operations share: also named [`WriteUserCarbonRequestUserDetailsList`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WriteAlibabaUserCarbonRequestUserDetailsList {
    /// `actionEndTime`.
    pub action_end_time: String,
    /// `actionId`.
    pub action_id: String,
    /// `actionStartTime`.
    pub action_start_time: String,
    /// `actionType`.
    pub action_type: String,
    /// `carbonAmount`.
    pub carbon_amount: String,
    /// `corpId`.
    pub corp_id: String,
    /// `deptId`.
    pub dept_id: i64,
    /// `userId`.
    pub user_id: String,
    /// `version`.
    pub version: i64,
}
/// The required fields of [`WriteAlibabaUserCarbonRequestUserDetailsList`], each named where it is set: `WriteAlibabaUserCarbonRequestUserDetailsList::new(WriteAlibabaUserCarbonRequestUserDetailsListRequired { .. })`.
pub struct WriteAlibabaUserCarbonRequestUserDetailsListRequired {
    /// `actionEndTime`: see [`WriteAlibabaUserCarbonRequestUserDetailsList::action_end_time`].
    pub action_end_time: String,
    /// `actionId`: see [`WriteAlibabaUserCarbonRequestUserDetailsList::action_id`].
    pub action_id: String,
    /// `actionStartTime`: see [`WriteAlibabaUserCarbonRequestUserDetailsList::action_start_time`].
    pub action_start_time: String,
    /// `actionType`: see [`WriteAlibabaUserCarbonRequestUserDetailsList::action_type`].
    pub action_type: String,
    /// `carbonAmount`: see [`WriteAlibabaUserCarbonRequestUserDetailsList::carbon_amount`].
    pub carbon_amount: String,
    /// `corpId`: see [`WriteAlibabaUserCarbonRequestUserDetailsList::corp_id`].
    pub corp_id: String,
    /// `deptId`: see [`WriteAlibabaUserCarbonRequestUserDetailsList::dept_id`].
    pub dept_id: i64,
    /// `userId`: see [`WriteAlibabaUserCarbonRequestUserDetailsList::user_id`].
    pub user_id: String,
    /// `version`: see [`WriteAlibabaUserCarbonRequestUserDetailsList::version`].
    pub version: i64,
}
impl WriteAlibabaUserCarbonRequestUserDetailsList {
    /// A `WriteAlibabaUserCarbonRequestUserDetailsList` with its required fields (`actionEndTime`, `actionId`, `actionStartTime`, `actionType`, `carbonAmount`, `corpId`, `deptId`, `userId`, `version`); set the others with the methods named after them.
    pub fn new(required: WriteAlibabaUserCarbonRequestUserDetailsListRequired) -> Self {
        let WriteAlibabaUserCarbonRequestUserDetailsListRequired {
            action_end_time,
            action_id,
            action_start_time,
            action_type,
            carbon_amount,
            corp_id,
            dept_id,
            user_id,
            version,
        } = required;
        Self {
            action_end_time,
            action_id,
            action_start_time,
            action_type,
            carbon_amount,
            corp_id,
            dept_id,
            user_id,
            version,
        }
    }
}
rt::impl_serialize! {
    WriteAlibabaUserCarbonRequestUserDetailsList { "actionEndTime" =>
    field(action_end_time), "actionId" => field(action_id), "actionStartTime" =>
    field(action_start_time), "actionType" => field(action_type), "carbonAmount" =>
    field(carbon_amount), "corpId" => field(corp_id), "deptId" => field(dept_id),
    "userId" => field(user_id), "version" => field(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WriteAlibabaUserCarbonRequestUserDetailsList { "actionEndTime" =>
    read_field(action_end_time), "actionId" => read_field(action_id), "actionStartTime"
    => read_field(action_start_time), "actionType" => read_field(action_type),
    "carbonAmount" => read_field(carbon_amount), "corpId" => read_field(corp_id),
    "deptId" => read_field(dept_id), "userId" => read_field(user_id), "version" =>
    read_field(version) }
}
/// `WriteAlibabaUserCarbonResponseBody`: the same model as [`WriteAlibabaOrgCarbonResponseBody`].
pub type WriteAlibabaUserCarbonResponseBody = WriteAlibabaOrgCarbonResponseBody;
/// `WriteIsvStateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct WriteIsvStateResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
rt::impl_deserialize! {
    WriteIsvStateResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    WriteIsvStateResponseBody { "result" => optional(result) }
}
/// `WriteOrgCarbonRequestOrgDetailsList`: the same model as [`WriteAlibabaOrgCarbonRequestOrgDetailsList`].
pub type WriteOrgCarbonRequestOrgDetailsList = WriteAlibabaOrgCarbonRequestOrgDetailsList;
/// The required fields of [`WriteOrgCarbonRequestOrgDetailsList`].
pub type WriteOrgCarbonRequestOrgDetailsListRequired = WriteAlibabaOrgCarbonRequestOrgDetailsListRequired;
/// `WriteOrgCarbonResponseBody`: the same model as [`WriteAlibabaOrgCarbonResponseBody`].
pub type WriteOrgCarbonResponseBody = WriteAlibabaOrgCarbonResponseBody;
/// `WriteUserCarbonRequestUserDetailsList`: the same model as [`WriteAlibabaUserCarbonRequestUserDetailsList`].
pub type WriteUserCarbonRequestUserDetailsList = WriteAlibabaUserCarbonRequestUserDetailsList;
/// The required fields of [`WriteUserCarbonRequestUserDetailsList`].
pub type WriteUserCarbonRequestUserDetailsListRequired = WriteAlibabaUserCarbonRequestUserDetailsListRequired;
/// `WriteUserCarbonResponseBody`: the same model as [`WriteAlibabaOrgCarbonResponseBody`].
pub type WriteUserCarbonResponseBody = WriteAlibabaOrgCarbonResponseBody;
/// `WriteUserCarbonEnergyRequestUserDetailsList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct WriteUserCarbonEnergyRequestUserDetailsList {
    /// `actionEndTime`.
    pub action_end_time: Option<String>,
    /// `actionId`.
    pub action_id: Option<String>,
    /// `actionStartTime`.
    pub action_start_time: Option<String>,
    /// `actionType`.
    pub action_type: Option<String>,
    /// `carbonAmount`.
    pub carbon_amount: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
impl WriteUserCarbonEnergyRequestUserDetailsList {
    /// An empty `WriteUserCarbonEnergyRequestUserDetailsList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionEndTime`.
    pub fn action_end_time(mut self, value: impl Into<String>) -> Self {
        self.action_end_time = Some(value.into());
        self
    }
    /// Sets `actionId`.
    pub fn action_id(mut self, value: impl Into<String>) -> Self {
        self.action_id = Some(value.into());
        self
    }
    /// Sets `actionStartTime`.
    pub fn action_start_time(mut self, value: impl Into<String>) -> Self {
        self.action_start_time = Some(value.into());
        self
    }
    /// Sets `actionType`.
    pub fn action_type(mut self, value: impl Into<String>) -> Self {
        self.action_type = Some(value.into());
        self
    }
    /// Sets `carbonAmount`.
    pub fn carbon_amount(mut self, value: impl Into<String>) -> Self {
        self.carbon_amount = Some(value.into());
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: i64) -> Self {
        self.version = Some(value);
        self
    }
}
rt::impl_serialize! {
    WriteUserCarbonEnergyRequestUserDetailsList { "actionEndTime" =>
    optional(action_end_time), "actionId" => optional(action_id), "actionStartTime" =>
    optional(action_start_time), "actionType" => optional(action_type), "carbonAmount" =>
    optional(carbon_amount), "corpId" => optional(corp_id), "deptId" =>
    optional(dept_id), "userId" => optional(user_id), "version" => optional(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WriteUserCarbonEnergyRequestUserDetailsList { "actionEndTime" =>
    read_field(action_end_time), "actionId" => read_field(action_id), "actionStartTime"
    => read_field(action_start_time), "actionType" => read_field(action_type),
    "carbonAmount" => read_field(carbon_amount), "corpId" => read_field(corp_id),
    "deptId" => read_field(dept_id), "userId" => read_field(user_id), "version" =>
    read_field(version) }
}
/// `WriteUserCarbonEnergyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct WriteUserCarbonEnergyResponseBody {
    /// `result`.
    pub result: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    WriteUserCarbonEnergyResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    WriteUserCarbonEnergyResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// The request of [`Api::get_personal_carbon_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPersonalCarbonInfoRequest {
    /// `actionType`: a query parameter.
    pub action_type: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`GetPersonalCarbonInfoRequest`], each named where it is set: `GetPersonalCarbonInfoRequest::new(GetPersonalCarbonInfoRequired { .. })`.
pub struct GetPersonalCarbonInfoRequired {
    /// `actionType`: see [`GetPersonalCarbonInfoRequest::action_type`].
    pub action_type: String,
    /// `unionId`: see [`GetPersonalCarbonInfoRequest::union_id`].
    pub union_id: String,
}
impl GetPersonalCarbonInfoRequest {
    /// A `GetPersonalCarbonInfoRequest` with its required fields (`actionType`, `unionId`); set the others with the methods named after them.
    pub fn new(required: GetPersonalCarbonInfoRequired) -> Self {
        let GetPersonalCarbonInfoRequired { action_type, union_id } = required;
        Self { action_type, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPersonalCarbonInfoRequest { "actionType" => read_field(action_type), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for GetPersonalCarbonInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("actionType", &self.action_type);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::write_alibaba_org_carbon`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WriteAlibabaOrgCarbonRequest {
    /// `orgDetailsList`.
    pub org_details_list: Vec<WriteAlibabaOrgCarbonRequestOrgDetailsList>,
}
/// The required fields of [`WriteAlibabaOrgCarbonRequest`], each named where it is set: `WriteAlibabaOrgCarbonRequest::new(WriteAlibabaOrgCarbonRequired { .. })`.
pub struct WriteAlibabaOrgCarbonRequired {
    /// `orgDetailsList`: see [`WriteAlibabaOrgCarbonRequest::org_details_list`].
    pub org_details_list: Vec<WriteAlibabaOrgCarbonRequestOrgDetailsList>,
}
impl WriteAlibabaOrgCarbonRequest {
    /// A `WriteAlibabaOrgCarbonRequest` with its required fields (`orgDetailsList`); set the others with the methods named after them.
    pub fn new(required: WriteAlibabaOrgCarbonRequired) -> Self {
        let WriteAlibabaOrgCarbonRequired { org_details_list } = required;
        Self { org_details_list }
    }
}
rt::impl_serialize! {
    WriteAlibabaOrgCarbonRequest { "orgDetailsList" => field(org_details_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WriteAlibabaOrgCarbonRequest { "orgDetailsList" => read_field(org_details_list) }
}
impl rt::WriteRequest for WriteAlibabaOrgCarbonRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::write_alibaba_user_carbon`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WriteAlibabaUserCarbonRequest {
    /// `userDetailsList`.
    pub user_details_list: Vec<WriteAlibabaUserCarbonRequestUserDetailsList>,
}
/// The required fields of [`WriteAlibabaUserCarbonRequest`], each named where it is set: `WriteAlibabaUserCarbonRequest::new(WriteAlibabaUserCarbonRequired { .. })`.
pub struct WriteAlibabaUserCarbonRequired {
    /// `userDetailsList`: see [`WriteAlibabaUserCarbonRequest::user_details_list`].
    pub user_details_list: Vec<WriteAlibabaUserCarbonRequestUserDetailsList>,
}
impl WriteAlibabaUserCarbonRequest {
    /// A `WriteAlibabaUserCarbonRequest` with its required fields (`userDetailsList`); set the others with the methods named after them.
    pub fn new(required: WriteAlibabaUserCarbonRequired) -> Self {
        let WriteAlibabaUserCarbonRequired { user_details_list } = required;
        Self { user_details_list }
    }
}
rt::impl_serialize! {
    WriteAlibabaUserCarbonRequest { "userDetailsList" => field(user_details_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WriteAlibabaUserCarbonRequest { "userDetailsList" => read_field(user_details_list) }
}
impl rt::WriteRequest for WriteAlibabaUserCarbonRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::write_isv_state`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WriteIsvStateRequest {
    /// `isvName`: a query parameter.
    pub isv_name: String,
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`WriteIsvStateRequest`], each named where it is set: `WriteIsvStateRequest::new(WriteIsvStateRequired { .. })`.
pub struct WriteIsvStateRequired {
    /// `isvName`: see [`WriteIsvStateRequest::isv_name`].
    pub isv_name: String,
    /// `statDate`: see [`WriteIsvStateRequest::stat_date`].
    pub stat_date: String,
}
impl WriteIsvStateRequest {
    /// A `WriteIsvStateRequest` with its required fields (`isvName`, `statDate`); set the others with the methods named after them.
    pub fn new(required: WriteIsvStateRequired) -> Self {
        let WriteIsvStateRequired { isv_name, stat_date } = required;
        Self { isv_name, stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WriteIsvStateRequest { "isvName" => read_field(isv_name), "statDate" =>
    read_field(stat_date) }
}
impl rt::WriteRequest for WriteIsvStateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("isvName", &self.isv_name);
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::write_org_carbon`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WriteOrgCarbonRequest {
    /// `orgDetailsList`.
    pub org_details_list: Vec<WriteOrgCarbonRequestOrgDetailsList>,
}
/// The required fields of [`WriteOrgCarbonRequest`], each named where it is set: `WriteOrgCarbonRequest::new(WriteOrgCarbonRequired { .. })`.
pub struct WriteOrgCarbonRequired {
    /// `orgDetailsList`: see [`WriteOrgCarbonRequest::org_details_list`].
    pub org_details_list: Vec<WriteOrgCarbonRequestOrgDetailsList>,
}
impl WriteOrgCarbonRequest {
    /// A `WriteOrgCarbonRequest` with its required fields (`orgDetailsList`); set the others with the methods named after them.
    pub fn new(required: WriteOrgCarbonRequired) -> Self {
        let WriteOrgCarbonRequired { org_details_list } = required;
        Self { org_details_list }
    }
}
rt::impl_serialize! {
    WriteOrgCarbonRequest { "orgDetailsList" => field(org_details_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WriteOrgCarbonRequest { "orgDetailsList" => read_field(org_details_list) }
}
impl rt::WriteRequest for WriteOrgCarbonRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::write_user_carbon`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WriteUserCarbonRequest {
    /// `userDetailsList`.
    pub user_details_list: Vec<WriteUserCarbonRequestUserDetailsList>,
}
/// The required fields of [`WriteUserCarbonRequest`], each named where it is set: `WriteUserCarbonRequest::new(WriteUserCarbonRequired { .. })`.
pub struct WriteUserCarbonRequired {
    /// `userDetailsList`: see [`WriteUserCarbonRequest::user_details_list`].
    pub user_details_list: Vec<WriteUserCarbonRequestUserDetailsList>,
}
impl WriteUserCarbonRequest {
    /// A `WriteUserCarbonRequest` with its required fields (`userDetailsList`); set the others with the methods named after them.
    pub fn new(required: WriteUserCarbonRequired) -> Self {
        let WriteUserCarbonRequired { user_details_list } = required;
        Self { user_details_list }
    }
}
rt::impl_serialize! {
    WriteUserCarbonRequest { "userDetailsList" => field(user_details_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WriteUserCarbonRequest { "userDetailsList" => read_field(user_details_list) }
}
impl rt::WriteRequest for WriteUserCarbonRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::write_user_carbon_energy`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct WriteUserCarbonEnergyRequest {
    /// `userDetailsList`.
    pub user_details_list: Option<Vec<WriteUserCarbonEnergyRequestUserDetailsList>>,
}
impl WriteUserCarbonEnergyRequest {
    /// An empty `WriteUserCarbonEnergyRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userDetailsList`.
    pub fn user_details_list(
        mut self,
        value: impl IntoIterator<Item = WriteUserCarbonEnergyRequestUserDetailsList>,
    ) -> Self {
        self.user_details_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    WriteUserCarbonEnergyRequest { "userDetailsList" => optional(user_details_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WriteUserCarbonEnergyRequest { "userDetailsList" => read_field(user_details_list) }
}
impl rt::WriteRequest for WriteUserCarbonEnergyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::get_personal_carbon_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPersonalCarbonInfoError = rt::ServiceError;
/// An error reply of [`Api::write_alibaba_org_carbon`]: the spec lists no error codes for it, so every code arrives as it is.
pub type WriteAlibabaOrgCarbonError = rt::ServiceError;
/// An error reply of [`Api::write_alibaba_user_carbon`]: the spec lists no error codes for it, so every code arrives as it is.
pub type WriteAlibabaUserCarbonError = rt::ServiceError;
/// An error reply of [`Api::write_isv_state`]: the spec lists no error codes for it, so every code arrives as it is.
pub type WriteIsvStateError = rt::ServiceError;
/// An error reply of [`Api::write_org_carbon`]: the spec lists no error codes for it, so every code arrives as it is.
pub type WriteOrgCarbonError = rt::ServiceError;
/// An error reply of [`Api::write_user_carbon`]: the spec lists no error codes for it, so every code arrives as it is.
pub type WriteUserCarbonError = rt::ServiceError;
/// An error reply of [`Api::write_user_carbon_energy`]: the spec lists no error codes for it, so every code arrives as it is.
pub type WriteUserCarbonEnergyError = rt::ServiceError;
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
        "GetPersonalCarbonInfo" => {
            rt::conformance::reply(api.get_personal_carbon_info(&inputs.request(false)?))
                .await
        }
        "WriteAlibabaOrgCarbon" => {
            rt::conformance::reply(api.write_alibaba_org_carbon(&inputs.request(true)?))
                .await
        }
        "WriteAlibabaUserCarbon" => {
            rt::conformance::reply(api.write_alibaba_user_carbon(&inputs.request(true)?))
                .await
        }
        "WriteIsvState" => {
            rt::conformance::reply(api.write_isv_state(&inputs.request(false)?)).await
        }
        "WriteOrgCarbon" => {
            rt::conformance::reply(api.write_org_carbon(&inputs.request(true)?)).await
        }
        "WriteUserCarbon" => {
            rt::conformance::reply(api.write_user_carbon(&inputs.request(true)?)).await
        }
        "WriteUserCarbonEnergy" => {
            rt::conformance::reply(api.write_user_carbon_energy(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
