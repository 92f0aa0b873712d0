// @generated from api-spec/watt_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉投放 (Watt)：人群、积分与投放任务。
//!
//! 8 operations, methods of [`Api`] (`client.watt_1_0()`), behind the cargo feature `watt_1_0`; its paths start with `/v1.0/watt/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `watt_1_0`. Get it with `client.watt_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 根据加密后的用户手机号检查该用户是否在某人群中
    ///
    /// `POST /v1.0/watt/crowdIdentifications/query`: DingTalk's `CheckInCrowdsByMobile` (module feature `watt_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckInCrowdsByMobile")]
    #[doc(alias = "/v1.0/watt/crowdIdentifications/query")]
    #[doc(alias = "POST /v1.0/watt/crowdIdentifications/query")]
    pub fn check_in_crowds_by_mobile(
        &self,
        request: &CheckInCrowdsByMobileRequest,
    ) -> rt::Call<CheckInCrowdsByMobileResponseBody, CheckInCrowdsByMobileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckInCrowdsByMobile",
            rt::Method::Post,
            "/v1.0/watt/crowdIdentifications/query",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 消耗用户积分
    ///
    /// `POST /v1.0/watt/points/consume`: DingTalk's `ConsumePoint` (module feature `watt_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConsumePoint")]
    #[doc(alias = "/v1.0/watt/points/consume")]
    #[doc(alias = "POST /v1.0/watt/points/consume")]
    pub fn consume_point(
        &self,
        request: &ConsumePointRequest,
    ) -> rt::Call<ConsumePointResponseBody, ConsumePointError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConsumePoint",
            rt::Method::Post,
            "/v1.0/watt/points/consume",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发布钉钉投放任务（搜索穹顶、搜索发现、搜索关键字）
    ///
    /// `POST /v1.0/watt/deliveryPlans/publish`: DingTalk's `CreateDeliveryPlan` (module feature `watt_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateDeliveryPlan")]
    #[doc(alias = "/v1.0/watt/deliveryPlans/publish")]
    #[doc(alias = "POST /v1.0/watt/deliveryPlans/publish")]
    pub fn create_delivery_plan(
        &self,
        request: &CreateDeliveryPlanRequest,
    ) -> rt::Call<CreateDeliveryPlanResponseBody, CreateDeliveryPlanError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateDeliveryPlan",
            rt::Method::Post,
            "/v1.0/watt/deliveryPlans/publish",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户积分
    ///
    /// `GET /v1.0/watt/points`: DingTalk's `GetPointInfo` (module feature `watt_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPointInfo")]
    #[doc(alias = "/v1.0/watt/points")]
    #[doc(alias = "GET /v1.0/watt/points")]
    pub fn get_point_info(
        &self,
        request: &GetPointInfoRequest,
    ) -> rt::Call<GetPointInfoResponseBody, GetPointInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPointInfo",
            rt::Method::Get,
            "/v1.0/watt/points",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 撤销用户单笔积分消耗
    ///
    /// `POST /v1.0/watt/points/revert`: DingTalk's `RevertPoint` (module feature `watt_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RevertPoint")]
    #[doc(alias = "/v1.0/watt/points/revert")]
    #[doc(alias = "POST /v1.0/watt/points/revert")]
    pub fn revert_point(
        &self,
        request: &RevertPointRequest,
    ) -> rt::Call<RevertPointResponseBody, RevertPointError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RevertPoint",
            rt::Method::Post,
            "/v1.0/watt/points/revert",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送钉钉统一引导Banner
    ///
    /// `POST /v1.0/watt/banners/send`: DingTalk's `SendBanner` (module feature `watt_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendBanner")]
    #[doc(alias = "/v1.0/watt/banners/send")]
    #[doc(alias = "POST /v1.0/watt/banners/send")]
    pub fn send_banner(
        &self,
        request: &SendBannerRequest,
    ) -> rt::Call<SendBannerResponseBody, SendBannerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendBanner",
            rt::Method::Post,
            "/v1.0/watt/banners/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送钉钉首页弹窗
    ///
    /// `POST /v1.0/watt/popups/send`: DingTalk's `SendPopup` (module feature `watt_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendPopup")]
    #[doc(alias = "/v1.0/watt/popups/send")]
    #[doc(alias = "POST /v1.0/watt/popups/send")]
    pub fn send_popup(
        &self,
        request: &SendPopupRequest,
    ) -> rt::Call<SendPopupResponseBody, SendPopupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendPopup",
            rt::Method::Post,
            "/v1.0/watt/popups/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送钉钉搜索底纹
    ///
    /// `POST /v1.0/watt/searchShades/send`: DingTalk's `SendSearchShade` (module feature `watt_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendSearchShade")]
    #[doc(alias = "/v1.0/watt/searchShades/send")]
    #[doc(alias = "POST /v1.0/watt/searchShades/send")]
    pub fn send_search_shade(
        &self,
        request: &SendSearchShadeRequest,
    ) -> rt::Call<SendSearchShadeResponseBody, SendSearchShadeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendSearchShade",
            rt::Method::Post,
            "/v1.0/watt/searchShades/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `CheckInCrowdsByMobileResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckInCrowdsByMobileResponseBody {
    /// `data`.
    pub data: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    CheckInCrowdsByMobileResponseBody { "data" => read_field(data), "success" =>
    read_field(success), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CheckInCrowdsByMobileResponseBody { "data" => optional(data), "success" =>
    optional(success), "total" => optional(total) }
}
/// `ConsumePointRequestBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConsumePointRequestBody {
    /// `consumeDetail`.
    pub consume_detail: Option<ConsumePointRequestBodyConsumeDetail>,
    /// `pointPoolCode`.
    pub point_pool_code: Option<String>,
    /// `points`.
    pub points: Option<i64>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl ConsumePointRequestBody {
    /// An empty `ConsumePointRequestBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `consumeDetail`.
    pub fn consume_detail(
        mut self,
        value: ConsumePointRequestBodyConsumeDetail,
    ) -> Self {
        self.consume_detail = Some(value);
        self
    }
    /// Sets `pointPoolCode`.
    pub fn point_pool_code(mut self, value: impl Into<String>) -> Self {
        self.point_pool_code = Some(value.into());
        self
    }
    /// Sets `points`.
    pub fn points(mut self, value: i64) -> Self {
        self.points = Some(value);
        self
    }
    /// Sets `requestId`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConsumePointRequestBody { "consumeDetail" => optional(consume_detail),
    "pointPoolCode" => optional(point_pool_code), "points" => optional(points),
    "requestId" => optional(request_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsumePointRequestBody { "consumeDetail" => read_field(consume_detail),
    "pointPoolCode" => read_field(point_pool_code), "points" => read_field(points),
    "requestId" => read_field(request_id) }
}
/// `ConsumePointResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsumePointResponseBody {
    /// `result`.
    pub result: Option<ConsumePointResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ConsumePointResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConsumePointResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CreateDeliveryPlanResponseBody`, a model several operations share: also named [`SendBannerResponseBody`], [`SendPopupResponseBody`], [`SendSearchShadeResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateDeliveryPlanResponseBody {
    /// `arguments`.
    pub arguments: Option<Vec<rt::serde_json::Value>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateDeliveryPlanResponseBody { "arguments" => read_field(arguments), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateDeliveryPlanResponseBody { "arguments" => optional(arguments), "success" =>
    optional(success) }
}
/// `GetPointInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPointInfoResponseBody {
    /// `result`.
    pub result: Option<GetPointInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetPointInfoResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPointInfoResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `RevertPointRequestBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RevertPointRequestBody {
    /// `pointPoolCode`.
    pub point_pool_code: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl RevertPointRequestBody {
    /// An empty `RevertPointRequestBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `pointPoolCode`.
    pub fn point_pool_code(mut self, value: impl Into<String>) -> Self {
        self.point_pool_code = Some(value.into());
        self
    }
    /// Sets `requestId`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RevertPointRequestBody { "pointPoolCode" => optional(point_pool_code), "requestId" =>
    optional(request_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RevertPointRequestBody { "pointPoolCode" => read_field(point_pool_code), "requestId"
    => read_field(request_id) }
}
/// `RevertPointResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RevertPointResponseBody {
    /// `result`.
    pub result: Option<RevertPointResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    RevertPointResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RevertPointResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `SendBannerResponseBody`: the same model as [`CreateDeliveryPlanResponseBody`].
pub type SendBannerResponseBody = CreateDeliveryPlanResponseBody;
/// `SendPopupResponseBody`: the same model as [`CreateDeliveryPlanResponseBody`].
pub type SendPopupResponseBody = CreateDeliveryPlanResponseBody;
/// `SendSearchShadeResponseBody`: the same model as [`CreateDeliveryPlanResponseBody`].
pub type SendSearchShadeResponseBody = CreateDeliveryPlanResponseBody;
/// `ConsumePointRequestBodyConsumeDetail`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConsumePointRequestBodyConsumeDetail {
    /// `benefit`.
    pub benefit: Option<ConsumePointRequestBodyConsumeDetailBenefit>,
    /// `type`.
    pub r#type: Option<String>,
}
impl ConsumePointRequestBodyConsumeDetail {
    /// An empty `ConsumePointRequestBodyConsumeDetail`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `benefit`.
    pub fn benefit(
        mut self,
        value: ConsumePointRequestBodyConsumeDetailBenefit,
    ) -> Self {
        self.benefit = Some(value);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConsumePointRequestBodyConsumeDetail { "benefit" => optional(benefit), "type" =>
    optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsumePointRequestBodyConsumeDetail { "benefit" => read_field(benefit), "type" =>
    read_field(r#type) }
}
/// `ConsumePointResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsumePointResponseBodyResult {
    /// `consumedPoints`.
    pub consumed_points: Option<i64>,
}
rt::impl_deserialize! {
    ConsumePointResponseBodyResult { "consumedPoints" => read_field(consumed_points) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConsumePointResponseBodyResult { "consumedPoints" => optional(consumed_points) }
}
/// `GetPointInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPointInfoResponseBodyResult {
    /// `userPoints`.
    pub user_points: Option<i64>,
}
rt::impl_deserialize! {
    GetPointInfoResponseBodyResult { "userPoints" => read_field(user_points) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPointInfoResponseBodyResult { "userPoints" => optional(user_points) }
}
/// `RevertPointResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RevertPointResponseBodyResult {
    /// `revertedPoints`.
    pub reverted_points: Option<i64>,
}
rt::impl_deserialize! {
    RevertPointResponseBodyResult { "revertedPoints" => read_field(reverted_points) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RevertPointResponseBodyResult { "revertedPoints" => optional(reverted_points) }
}
/// `ConsumePointRequestBodyConsumeDetailBenefit`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConsumePointRequestBodyConsumeDetailBenefit {
    /// `benefitId`.
    pub benefit_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `supplierName`.
    pub supplier_name: Option<String>,
    /// `useUrl`.
    pub use_url: Option<String>,
}
impl ConsumePointRequestBodyConsumeDetailBenefit {
    /// An empty `ConsumePointRequestBodyConsumeDetailBenefit`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `benefitId`.
    pub fn benefit_id(mut self, value: impl Into<String>) -> Self {
        self.benefit_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `supplierName`.
    pub fn supplier_name(mut self, value: impl Into<String>) -> Self {
        self.supplier_name = Some(value.into());
        self
    }
    /// Sets `useUrl`.
    pub fn use_url(mut self, value: impl Into<String>) -> Self {
        self.use_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConsumePointRequestBodyConsumeDetailBenefit { "benefitId" => optional(benefit_id),
    "name" => optional(name), "supplierName" => optional(supplier_name), "useUrl" =>
    optional(use_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsumePointRequestBodyConsumeDetailBenefit { "benefitId" => read_field(benefit_id),
    "name" => read_field(name), "supplierName" => read_field(supplier_name), "useUrl" =>
    read_field(use_url) }
}
/// The request of [`Api::check_in_crowds_by_mobile`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CheckInCrowdsByMobileRequest {
    /// `crowdIds`: a query parameter.
    pub crowd_ids: Option<String>,
    /// `mobile`: a query parameter.
    pub mobile: String,
}
/// The required fields of [`CheckInCrowdsByMobileRequest`], each named where it is set: `CheckInCrowdsByMobileRequest::new(CheckInCrowdsByMobileRequired { .. })`.
pub struct CheckInCrowdsByMobileRequired {
    /// `mobile`: see [`CheckInCrowdsByMobileRequest::mobile`].
    pub mobile: String,
}
impl CheckInCrowdsByMobileRequest {
    /// A `CheckInCrowdsByMobileRequest` with its required fields (`mobile`); set the others with the methods named after them.
    pub fn new(required: CheckInCrowdsByMobileRequired) -> Self {
        let CheckInCrowdsByMobileRequired { mobile } = required;
        Self { crowd_ids: None, mobile }
    }
    /// Sets `crowdIds`.
    pub fn crowd_ids(mut self, value: impl Into<String>) -> Self {
        self.crowd_ids = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckInCrowdsByMobileRequest { "crowdIds" => read_field(crowd_ids), "mobile" =>
    read_field(mobile) }
}
impl rt::WriteRequest for CheckInCrowdsByMobileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("crowdIds", &self.crowd_ids);
        writer.query("mobile", &self.mobile);
    }
}
/// The request of [`Api::consume_point`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConsumePointRequest {
    /// `body`: a query parameter, JSON-encoded.
    pub body: Option<ConsumePointRequestBody>,
}
impl ConsumePointRequest {
    /// An empty `ConsumePointRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `body`.
    pub fn body(mut self, value: ConsumePointRequestBody) -> Self {
        self.body = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsumePointRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for ConsumePointRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("body", &self.body);
    }
}
/// The request of [`Api::create_delivery_plan`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateDeliveryPlanRequest {
    /// `content`.
    pub content: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `resId`.
    pub res_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `userIdList`.
    pub user_id_list: Option<Vec<String>>,
}
impl CreateDeliveryPlanRequest {
    /// An empty `CreateDeliveryPlanRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.content = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `resId`.
    pub fn res_id(mut self, value: impl Into<String>) -> Self {
        self.res_id = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `userIdList`.
    pub fn user_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    CreateDeliveryPlanRequest { "content" => optional(content), "endTime" =>
    optional(end_time), "resId" => optional(res_id), "startTime" => optional(start_time),
    "userIdList" => optional(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateDeliveryPlanRequest { "content" => read_field(content), "endTime" =>
    read_field(end_time), "resId" => read_field(res_id), "startTime" =>
    read_field(start_time), "userIdList" => read_field(user_id_list) }
}
impl rt::WriteRequest for CreateDeliveryPlanRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_point_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPointInfoRequest {
    /// `pointPoolCode`: a query parameter.
    pub point_pool_code: Option<String>,
}
impl GetPointInfoRequest {
    /// An empty `GetPointInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `pointPoolCode`.
    pub fn point_pool_code(mut self, value: impl Into<String>) -> Self {
        self.point_pool_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPointInfoRequest { "pointPoolCode" => read_field(point_pool_code) }
}
impl rt::WriteRequest for GetPointInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pointPoolCode", &self.point_pool_code);
    }
}
/// The request of [`Api::revert_point`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RevertPointRequest {
    /// `body`: a query parameter, JSON-encoded.
    pub body: Option<RevertPointRequestBody>,
}
impl RevertPointRequest {
    /// An empty `RevertPointRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `body`.
    pub fn body(mut self, value: RevertPointRequestBody) -> Self {
        self.body = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RevertPointRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for RevertPointRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("body", &self.body);
    }
}
/// The request of [`Api::send_banner`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendBannerRequest {
    /// `content`.
    pub content: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl SendBannerRequest {
    /// An empty `SendBannerRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.content = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendBannerRequest { "content" => optional(content), "endTime" => optional(end_time),
    "startTime" => optional(start_time), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendBannerRequest { "content" => read_field(content), "endTime" =>
    read_field(end_time), "startTime" => read_field(start_time), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SendBannerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_popup`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendPopupRequest {
    /// `content`.
    pub content: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl SendPopupRequest {
    /// An empty `SendPopupRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.content = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendPopupRequest { "content" => optional(content), "endTime" => optional(end_time),
    "startTime" => optional(start_time), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendPopupRequest { "content" => read_field(content), "endTime" =>
    read_field(end_time), "startTime" => read_field(start_time), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SendPopupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_search_shade`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendSearchShadeRequest {
    /// `content`.
    pub content: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl SendSearchShadeRequest {
    /// An empty `SendSearchShadeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.content = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendSearchShadeRequest { "content" => optional(content), "endTime" =>
    optional(end_time), "startTime" => optional(start_time), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendSearchShadeRequest { "content" => read_field(content), "endTime" =>
    read_field(end_time), "startTime" => read_field(start_time), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SendSearchShadeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::check_in_crowds_by_mobile`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckInCrowdsByMobileError = rt::ServiceError;
/// An error reply of [`Api::consume_point`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConsumePointError = rt::ServiceError;
/// An error reply of [`Api::create_delivery_plan`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateDeliveryPlanError = rt::ServiceError;
/// An error reply of [`Api::get_point_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPointInfoError = rt::ServiceError;
/// An error reply of [`Api::revert_point`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RevertPointError = rt::ServiceError;
/// An error reply of [`Api::send_banner`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendBannerError = rt::ServiceError;
/// An error reply of [`Api::send_popup`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendPopupError = rt::ServiceError;
/// An error reply of [`Api::send_search_shade`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendSearchShadeError = rt::ServiceError;
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
        "CheckInCrowdsByMobile" => {
            rt::conformance::reply(
                    api.check_in_crowds_by_mobile(&inputs.request(false)?),
                )
                .await
        }
        "ConsumePoint" => {
            rt::conformance::reply(api.consume_point(&inputs.request(false)?)).await
        }
        "CreateDeliveryPlan" => {
            rt::conformance::reply(api.create_delivery_plan(&inputs.request(true)?))
                .await
        }
        "GetPointInfo" => {
            rt::conformance::reply(api.get_point_info(&inputs.request(false)?)).await
        }
        "RevertPoint" => {
            rt::conformance::reply(api.revert_point(&inputs.request(false)?)).await
        }
        "SendBanner" => {
            rt::conformance::reply(api.send_banner(&inputs.request(true)?)).await
        }
        "SendPopup" => {
            rt::conformance::reply(api.send_popup(&inputs.request(true)?)).await
        }
        "SendSearchShade" => {
            rt::conformance::reply(api.send_search_shade(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
