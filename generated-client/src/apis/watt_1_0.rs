// @generated from api-spec/watt_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.watt_1_0()`. Generated from `api-spec/watt_1_0.yaml`.
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
    /// `POST /v1.0/watt/crowdIdentifications/query` (operation `CheckInCrowdsByMobile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CheckInCrowdsByMobileError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/watt/points/consume` (operation `ConsumePoint`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ConsumePointError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/watt/deliveryPlans/publish` (operation `CreateDeliveryPlan`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateDeliveryPlanError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/watt/points` (operation `GetPointInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPointInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/watt/points/revert` (operation `RevertPoint`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RevertPointError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/watt/banners/send` (operation `SendBanner`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendBannerError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/watt/popups/send` (operation `SendPopup`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendPopupError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/watt/searchShades/send` (operation `SendSearchShade`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendSearchShadeError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckInCrowdsByMobileResponseBody {
    /// `data`.
    pub data: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CheckInCrowdsByMobileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CheckInCrowdsByMobileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CheckInCrowdsByMobileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.optional("total", &self.total)?;
        object.end()
    }
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
impl rt::serde::Serialize for ConsumePointRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("consumeDetail", &self.consume_detail)?;
        object.optional("pointPoolCode", &self.point_pool_code)?;
        object.optional("points", &self.points)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConsumePointRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConsumePointRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "consumeDetail" => rt::read_field(map, &mut self.consume_detail),
            "pointPoolCode" => rt::read_field(map, &mut self.point_pool_code),
            "points" => rt::read_field(map, &mut self.points),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
/// `ConsumePointResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConsumePointResponseBody {
    /// `result`.
    pub result: Option<ConsumePointResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ConsumePointResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConsumePointResponseBody {
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
impl rt::serde::Serialize for ConsumePointResponseBody {
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
/// `CreateDeliveryPlanResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateDeliveryPlanResponseBody {
    /// `arguments`.
    pub arguments: Option<Vec<rt::serde_json::Value>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateDeliveryPlanResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateDeliveryPlanResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "arguments" => rt::read_field(map, &mut self.arguments),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateDeliveryPlanResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("arguments", &self.arguments)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetPointInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPointInfoResponseBody {
    /// `result`.
    pub result: Option<GetPointInfoResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPointInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPointInfoResponseBody {
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
impl rt::serde::Serialize for GetPointInfoResponseBody {
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
impl rt::serde::Serialize for RevertPointRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pointPoolCode", &self.point_pool_code)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RevertPointRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RevertPointRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pointPoolCode" => rt::read_field(map, &mut self.point_pool_code),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
/// `RevertPointResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RevertPointResponseBody {
    /// `result`.
    pub result: Option<RevertPointResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for RevertPointResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RevertPointResponseBody {
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
impl rt::serde::Serialize for RevertPointResponseBody {
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
impl rt::serde::Serialize for ConsumePointRequestBodyConsumeDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("benefit", &self.benefit)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConsumePointRequestBodyConsumeDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConsumePointRequestBodyConsumeDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefit" => rt::read_field(map, &mut self.benefit),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `ConsumePointResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConsumePointResponseBodyResult {
    /// `consumedPoints`.
    pub consumed_points: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ConsumePointResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConsumePointResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "consumedPoints" => rt::read_field(map, &mut self.consumed_points),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ConsumePointResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("consumedPoints", &self.consumed_points)?;
        object.end()
    }
}
/// `GetPointInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPointInfoResponseBodyResult {
    /// `userPoints`.
    pub user_points: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPointInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPointInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userPoints" => rt::read_field(map, &mut self.user_points),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPointInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userPoints", &self.user_points)?;
        object.end()
    }
}
/// `RevertPointResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RevertPointResponseBodyResult {
    /// `revertedPoints`.
    pub reverted_points: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for RevertPointResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RevertPointResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "revertedPoints" => rt::read_field(map, &mut self.reverted_points),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RevertPointResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("revertedPoints", &self.reverted_points)?;
        object.end()
    }
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
impl rt::serde::Serialize for ConsumePointRequestBodyConsumeDetailBenefit {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("benefitId", &self.benefit_id)?;
        object.optional("name", &self.name)?;
        object.optional("supplierName", &self.supplier_name)?;
        object.optional("useUrl", &self.use_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConsumePointRequestBodyConsumeDetailBenefit {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConsumePointRequestBodyConsumeDetailBenefit {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitId" => rt::read_field(map, &mut self.benefit_id),
            "name" => rt::read_field(map, &mut self.name),
            "supplierName" => rt::read_field(map, &mut self.supplier_name),
            "useUrl" => rt::read_field(map, &mut self.use_url),
            _ => Ok(false),
        }
    }
}
/// The request of [`Api::check_in_crowds_by_mobile`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CheckInCrowdsByMobileRequest {
    /// `crowdIds`: a query parameter.
    pub crowd_ids: Option<String>,
    /// `mobile`: a query parameter.
    pub mobile: String,
}
impl CheckInCrowdsByMobileRequest {
    /// A `CheckInCrowdsByMobileRequest` with its required fields (`mobile`); set the others with the methods named after them.
    pub fn new(mobile: impl Into<String>) -> Self {
        Self {
            crowd_ids: None,
            mobile: mobile.into(),
        }
    }
    /// Sets `crowdIds`.
    pub fn crowd_ids(mut self, value: impl Into<String>) -> Self {
        self.crowd_ids = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CheckInCrowdsByMobileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CheckInCrowdsByMobileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "crowdIds" => rt::read_field(map, &mut self.crowd_ids),
            "mobile" => rt::read_field(map, &mut self.mobile),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConsumePointRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConsumePointRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateDeliveryPlanRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("resId", &self.res_id)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateDeliveryPlanRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateDeliveryPlanRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "resId" => rt::read_field(map, &mut self.res_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPointInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPointInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pointPoolCode" => rt::read_field(map, &mut self.point_pool_code),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RevertPointRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RevertPointRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SendBannerRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendBannerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendBannerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SendPopupRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendPopupRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendPopupRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SendSearchShadeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendSearchShadeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendSearchShadeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
