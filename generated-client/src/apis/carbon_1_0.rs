// @generated from api-spec/carbon_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.carbon_1_0()`. Generated from `api-spec/carbon_1_0.yaml`.
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
    /// `GET /v1.0/carbon/personals/infos` (operation `GetPersonalCarbonInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPersonalCarbonInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/carbon/alibabaOrgDetails/write` (operation `WriteAlibabaOrgCarbon`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`WriteAlibabaOrgCarbonError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/carbon/alibabaUserDetails/write` (operation `WriteAlibabaUserCarbon`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`WriteAlibabaUserCarbonError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/carbon/datas/states/write` (operation `WriteIsvState`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`WriteIsvStateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/carbon/orgDetails/write` (operation `WriteOrgCarbon`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`WriteOrgCarbonError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/carbon/userDetails/write` (operation `WriteUserCarbon`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`WriteUserCarbonError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/carbon/userDetails/energies/write` (operation `WriteUserCarbonEnergy`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`WriteUserCarbonEnergyError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
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
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    GetPersonalCarbonInfoResponseBody { "content" => optional(content),
    "personalCarbonAmount" => optional(personal_carbon_amount) }
}
/// `WriteAlibabaOrgCarbonRequestOrgDetailsList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl WriteAlibabaOrgCarbonRequestOrgDetailsList {
    /// A `WriteAlibabaOrgCarbonRequestOrgDetailsList` with its required fields (`actionId`, `actionTime`, `actionType`, `carbonAmount`, `corpId`, `deptId`, `version`); set the others with the methods named after them.
    pub fn new(
        action_id: impl Into<String>,
        action_time: impl Into<String>,
        action_type: impl Into<String>,
        carbon_amount: impl Into<String>,
        corp_id: impl Into<String>,
        dept_id: i64,
        version: i64,
    ) -> Self {
        Self {
            action_id: action_id.into(),
            action_time: action_time.into(),
            action_type: action_type.into(),
            carbon_amount: carbon_amount.into(),
            corp_id: corp_id.into(),
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
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    WriteAlibabaOrgCarbonRequestOrgDetailsList { "actionId" => read_field(action_id),
    "actionTime" => read_field(action_time), "actionType" => read_field(action_type),
    "carbonAmount" => read_field(carbon_amount), "corpId" => read_field(corp_id),
    "deptId" => read_field(dept_id), "version" => read_field(version) }
}
/// `WriteAlibabaOrgCarbonResponseBody`.
#[derive(Clone, Debug, Default)]
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
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    WriteAlibabaOrgCarbonResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `WriteAlibabaUserCarbonRequestUserDetailsList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl WriteAlibabaUserCarbonRequestUserDetailsList {
    /// A `WriteAlibabaUserCarbonRequestUserDetailsList` with its required fields (`actionEndTime`, `actionId`, `actionStartTime`, `actionType`, `carbonAmount`, `corpId`, `deptId`, `userId`, `version`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        action_end_time: impl Into<String>,
        action_id: impl Into<String>,
        action_start_time: impl Into<String>,
        action_type: impl Into<String>,
        carbon_amount: impl Into<String>,
        corp_id: impl Into<String>,
        dept_id: i64,
        user_id: impl Into<String>,
        version: i64,
    ) -> Self {
        Self {
            action_end_time: action_end_time.into(),
            action_id: action_id.into(),
            action_start_time: action_start_time.into(),
            action_type: action_type.into(),
            carbon_amount: carbon_amount.into(),
            corp_id: corp_id.into(),
            dept_id,
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct WriteIsvStateResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
rt::impl_deserialize! {
    WriteIsvStateResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    WriteIsvStateResponseBody { "result" => optional(result) }
}
/// `WriteOrgCarbonRequestOrgDetailsList`: the same model as [`WriteAlibabaOrgCarbonRequestOrgDetailsList`].
pub type WriteOrgCarbonRequestOrgDetailsList = WriteAlibabaOrgCarbonRequestOrgDetailsList;
/// `WriteOrgCarbonResponseBody`: the same model as [`WriteAlibabaOrgCarbonResponseBody`].
pub type WriteOrgCarbonResponseBody = WriteAlibabaOrgCarbonResponseBody;
/// `WriteUserCarbonRequestUserDetailsList`: the same model as [`WriteAlibabaUserCarbonRequestUserDetailsList`].
pub type WriteUserCarbonRequestUserDetailsList = WriteAlibabaUserCarbonRequestUserDetailsList;
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
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    WriteUserCarbonEnergyRequestUserDetailsList { "actionEndTime" =>
    read_field(action_end_time), "actionId" => read_field(action_id), "actionStartTime"
    => read_field(action_start_time), "actionType" => read_field(action_type),
    "carbonAmount" => read_field(carbon_amount), "corpId" => read_field(corp_id),
    "deptId" => read_field(dept_id), "userId" => read_field(user_id), "version" =>
    read_field(version) }
}
/// `WriteUserCarbonEnergyResponseBody`.
#[derive(Clone, Debug, Default)]
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
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    WriteUserCarbonEnergyResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// The request of [`Api::get_personal_carbon_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetPersonalCarbonInfoRequest {
    /// `actionType`: a query parameter.
    pub action_type: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl GetPersonalCarbonInfoRequest {
    /// A `GetPersonalCarbonInfoRequest` with its required fields (`actionType`, `unionId`); set the others with the methods named after them.
    pub fn new(action_type: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            action_type: action_type.into(),
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WriteAlibabaOrgCarbonRequest {
    /// `orgDetailsList`.
    pub org_details_list: Vec<WriteAlibabaOrgCarbonRequestOrgDetailsList>,
}
impl WriteAlibabaOrgCarbonRequest {
    /// A `WriteAlibabaOrgCarbonRequest` with its required fields (`orgDetailsList`); set the others with the methods named after them.
    pub fn new(
        org_details_list: impl IntoIterator<
            Item = WriteAlibabaOrgCarbonRequestOrgDetailsList,
        >,
    ) -> Self {
        Self {
            org_details_list: org_details_list.into_iter().collect(),
        }
    }
}
rt::impl_serialize! {
    WriteAlibabaOrgCarbonRequest { "orgDetailsList" => field(org_details_list) }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WriteAlibabaUserCarbonRequest {
    /// `userDetailsList`.
    pub user_details_list: Vec<WriteAlibabaUserCarbonRequestUserDetailsList>,
}
impl WriteAlibabaUserCarbonRequest {
    /// A `WriteAlibabaUserCarbonRequest` with its required fields (`userDetailsList`); set the others with the methods named after them.
    pub fn new(
        user_details_list: impl IntoIterator<
            Item = WriteAlibabaUserCarbonRequestUserDetailsList,
        >,
    ) -> Self {
        Self {
            user_details_list: user_details_list.into_iter().collect(),
        }
    }
}
rt::impl_serialize! {
    WriteAlibabaUserCarbonRequest { "userDetailsList" => field(user_details_list) }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WriteIsvStateRequest {
    /// `isvName`: a query parameter.
    pub isv_name: String,
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
impl WriteIsvStateRequest {
    /// A `WriteIsvStateRequest` with its required fields (`isvName`, `statDate`); set the others with the methods named after them.
    pub fn new(isv_name: impl Into<String>, stat_date: impl Into<String>) -> Self {
        Self {
            isv_name: isv_name.into(),
            stat_date: stat_date.into(),
        }
    }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WriteOrgCarbonRequest {
    /// `orgDetailsList`.
    pub org_details_list: Vec<WriteOrgCarbonRequestOrgDetailsList>,
}
impl WriteOrgCarbonRequest {
    /// A `WriteOrgCarbonRequest` with its required fields (`orgDetailsList`); set the others with the methods named after them.
    pub fn new(
        org_details_list: impl IntoIterator<Item = WriteOrgCarbonRequestOrgDetailsList>,
    ) -> Self {
        Self {
            org_details_list: org_details_list.into_iter().collect(),
        }
    }
}
rt::impl_serialize! {
    WriteOrgCarbonRequest { "orgDetailsList" => field(org_details_list) }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WriteUserCarbonRequest {
    /// `userDetailsList`.
    pub user_details_list: Vec<WriteUserCarbonRequestUserDetailsList>,
}
impl WriteUserCarbonRequest {
    /// A `WriteUserCarbonRequest` with its required fields (`userDetailsList`); set the others with the methods named after them.
    pub fn new(
        user_details_list: impl IntoIterator<
            Item = WriteUserCarbonRequestUserDetailsList,
        >,
    ) -> Self {
        Self {
            user_details_list: user_details_list.into_iter().collect(),
        }
    }
}
rt::impl_serialize! {
    WriteUserCarbonRequest { "userDetailsList" => field(user_details_list) }
}
#[cfg(feature = "conformance")]
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
#[cfg(feature = "conformance")]
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
