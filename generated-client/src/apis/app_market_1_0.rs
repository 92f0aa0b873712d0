// @generated from api-spec/app_market_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.app_market_1_0()`. Generated from `api-spec/app_market_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `app_market_1_0`. Get it with `client.app_market_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建应用商品服务群
    ///
    /// `POST /v1.0/appMarket/orders/serviceGroups` (operation `CreateAppGoodsServiceConversation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAppGoodsServiceConversationError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_app_goods_service_conversation(
        &self,
        request: &CreateAppGoodsServiceConversationRequest,
    ) -> rt::Call<
        CreateAppGoodsServiceConversationResponseBody,
        CreateAppGoodsServiceConversationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAppGoodsServiceConversation",
            rt::Method::Post,
            "/v1.0/appMarket/orders/serviceGroups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 校验访问用户是否拥有应用 License
    ///
    /// `POST /v1.0/appMarket/userLicenses/ensure` (operation `EnsureUserLicenseAccess`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EnsureUserLicenseAccessError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn ensure_user_license_access(
        &self,
        request: &EnsureUserLicenseAccessRequest,
    ) -> rt::Call<EnsureUserLicenseAccessResponseBody, EnsureUserLicenseAccessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EnsureUserLicenseAccess",
            rt::Method::Post,
            "/v1.0/appMarket/userLicenses/ensure",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取酷应用访问状态
    ///
    /// `POST /v1.0/appMarket/coolApps/accessions/statuses/query` (operation `GetCoolAppAccessStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCoolAppAccessStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_cool_app_access_status(
        &self,
        request: &GetCoolAppAccessStatusRequest,
    ) -> rt::Call<GetCoolAppAccessStatusResponseBody, GetCoolAppAccessStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCoolAppAccessStatus",
            rt::Method::Post,
            "/v1.0/appMarket/coolApps/accessions/statuses/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取内购商品SKU页面地址
    ///
    /// `POST /v1.0/appMarket/internals/skuPages/query` (operation `GetInAppSkuUrl`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetInAppSkuUrlError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_in_app_sku_url(
        &self,
        request: &GetInAppSkuUrlRequest,
    ) -> rt::Call<GetInAppSkuUrlResponseBody, GetInAppSkuUrlError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInAppSkuUrl",
            rt::Method::Post,
            "/v1.0/appMarket/internals/skuPages/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取个人体验相关信息
    ///
    /// `GET /v1.0/appMarket/personalExperiences` (operation `GetPersonalExperienceInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPersonalExperienceInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_personal_experience_info(
        &self,
        request: &GetPersonalExperienceInfoRequest,
    ) -> rt::Call<
        GetPersonalExperienceInfoResponseBody,
        GetPersonalExperienceInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPersonalExperienceInfo",
            rt::Method::Get,
            "/v1.0/appMarket/personalExperiences",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 销售助理CRM数据变更回调通知
    ///
    /// `POST /v1.0/appMarket/saleAssistants/crmDataChanges/notify` (operation `NotifyOnCrmDataChange`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`NotifyOnCrmDataChangeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn notify_on_crm_data_change(
        &self,
        request: &NotifyOnCrmDataChangeRequest,
    ) -> rt::Call<NotifyOnCrmDataChangeResponseBody, NotifyOnCrmDataChangeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "NotifyOnCrmDataChange",
            rt::Method::Post,
            "/v1.0/appMarket/saleAssistants/crmDataChanges/notify",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 应用市场订单查询
    ///
    /// `GET /v1.0/appMarket/orders/{order_id}` (operation `QueryMarketOrder`).
    ///
    /// # Path parameters
    ///
    /// - `order_id` (`order_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMarketOrderError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_market_order(
        &self,
        order_id: &str,
    ) -> rt::Call<QueryMarketOrderResponseBody, QueryMarketOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMarketOrder",
            rt::Method::Get,
            "/v1.0/appMarket/orders/{order_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[order_id], &())
    }
    /// 全量更新第三方应用可见范围
    ///
    /// `PUT /v1.0/appMarket/appVisibleScopes` (operation `UpdateAppVisibleScope`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateAppVisibleScopeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_app_visible_scope(
        &self,
        request: &UpdateAppVisibleScopeRequest,
    ) -> rt::Call<UpdateAppVisibleScopeResponseBody, UpdateAppVisibleScopeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateAppVisibleScope",
            rt::Method::Put,
            "/v1.0/appMarket/appVisibleScopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// app内用户操作任务同步
    ///
    /// `POST /v1.0/appMarket/tasks` (operation `UserTaskReport`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UserTaskReportError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn user_task_report(
        &self,
        request: &UserTaskReportRequest,
    ) -> rt::Call<bool, UserTaskReportError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UserTaskReport",
            rt::Method::Post,
            "/v1.0/appMarket/tasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `CreateAppGoodsServiceConversationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAppGoodsServiceConversationResponseBody {
    /// `conversationName`.
    pub conversation_name: Option<String>,
    /// `newConversation`.
    pub new_conversation: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateAppGoodsServiceConversationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAppGoodsServiceConversationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationName" => rt::read_field(map, &mut self.conversation_name),
            "newConversation" => rt::read_field(map, &mut self.new_conversation),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAppGoodsServiceConversationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationName", &self.conversation_name)?;
        object.optional("newConversation", &self.new_conversation)?;
        object.end()
    }
}
/// `EnsureUserLicenseAccessResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EnsureUserLicenseAccessResponseBody {
    /// `allowed`.
    pub allowed: Option<bool>,
    /// `decisionCode`.
    pub decision_code: Option<String>,
    /// `licenseAssigned`.
    pub license_assigned: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for EnsureUserLicenseAccessResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EnsureUserLicenseAccessResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "allowed" => rt::read_field(map, &mut self.allowed),
            "decisionCode" => rt::read_field(map, &mut self.decision_code),
            "licenseAssigned" => rt::read_field(map, &mut self.license_assigned),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for EnsureUserLicenseAccessResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("allowed", &self.allowed)?;
        object.optional("decisionCode", &self.decision_code)?;
        object.optional("licenseAssigned", &self.license_assigned)?;
        object.end()
    }
}
/// `GetCoolAppAccessStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCoolAppAccessStatusResponseBody {
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCoolAppAccessStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCoolAppAccessStatusResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCoolAppAccessStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `GetInAppSkuUrlResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInAppSkuUrlResponseBody {
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetInAppSkuUrlResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInAppSkuUrlResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInAppSkuUrlResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `GetPersonalExperienceInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPersonalExperienceInfoResponseBody {
    /// `result`.
    pub result: Option<GetPersonalExperienceInfoResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPersonalExperienceInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPersonalExperienceInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPersonalExperienceInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `NotifyOnCrmDataChangeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct NotifyOnCrmDataChangeResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for NotifyOnCrmDataChangeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for NotifyOnCrmDataChangeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for NotifyOnCrmDataChangeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryMarketOrderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMarketOrderResponseBody {
    /// `bizOrderId`.
    pub biz_order_id: Option<i64>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `createTimestamp`.
    pub create_timestamp: Option<i64>,
    /// `endTimestamp`.
    pub end_timestamp: Option<i64>,
    /// `goodsCode`.
    pub goods_code: Option<String>,
    /// `goodsName`.
    pub goods_name: Option<String>,
    /// `inAppOrder`.
    pub in_app_order: Option<bool>,
    /// `itemCode`.
    pub item_code: Option<String>,
    /// `itemName`.
    pub item_name: Option<String>,
    /// `paidTimestamp`.
    pub paid_timestamp: Option<i64>,
    /// `quantity`.
    pub quantity: Option<i64>,
    /// `startTimestamp`.
    pub start_timestamp: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `totalActualPayFee`.
    pub total_actual_pay_fee: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMarketOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMarketOrderResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizOrderId" => rt::read_field(map, &mut self.biz_order_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createTimestamp" => rt::read_field(map, &mut self.create_timestamp),
            "endTimestamp" => rt::read_field(map, &mut self.end_timestamp),
            "goodsCode" => rt::read_field(map, &mut self.goods_code),
            "goodsName" => rt::read_field(map, &mut self.goods_name),
            "inAppOrder" => rt::read_field(map, &mut self.in_app_order),
            "itemCode" => rt::read_field(map, &mut self.item_code),
            "itemName" => rt::read_field(map, &mut self.item_name),
            "paidTimestamp" => rt::read_field(map, &mut self.paid_timestamp),
            "quantity" => rt::read_field(map, &mut self.quantity),
            "startTimestamp" => rt::read_field(map, &mut self.start_timestamp),
            "status" => rt::read_field(map, &mut self.status),
            "totalActualPayFee" => rt::read_field(map, &mut self.total_actual_pay_fee),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMarketOrderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizOrderId", &self.biz_order_id)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("createTimestamp", &self.create_timestamp)?;
        object.optional("endTimestamp", &self.end_timestamp)?;
        object.optional("goodsCode", &self.goods_code)?;
        object.optional("goodsName", &self.goods_name)?;
        object.optional("inAppOrder", &self.in_app_order)?;
        object.optional("itemCode", &self.item_code)?;
        object.optional("itemName", &self.item_name)?;
        object.optional("paidTimestamp", &self.paid_timestamp)?;
        object.optional("quantity", &self.quantity)?;
        object.optional("startTimestamp", &self.start_timestamp)?;
        object.optional("status", &self.status)?;
        object.optional("totalActualPayFee", &self.total_actual_pay_fee)?;
        object.end()
    }
}
/// `UpdateAppVisibleScopeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateAppVisibleScopeResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateAppVisibleScopeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateAppVisibleScopeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateAppVisibleScopeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetPersonalExperienceInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPersonalExperienceInfoResponseBodyResult {
    /// `mainCorpId`.
    pub main_corp_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPersonalExperienceInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPersonalExperienceInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mainCorpId" => rt::read_field(map, &mut self.main_corp_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPersonalExperienceInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mainCorpId", &self.main_corp_id)?;
        object.end()
    }
}
/// The request of [`Api::create_app_goods_service_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateAppGoodsServiceConversationRequest {
    /// `isvUserId`.
    pub isv_user_id: String,
    /// `orderId`.
    pub order_id: i64,
}
impl CreateAppGoodsServiceConversationRequest {
    /// A `CreateAppGoodsServiceConversationRequest` with its required fields (`isvUserId`, `orderId`); set the others with the methods named after them.
    pub fn new(isv_user_id: impl Into<String>, order_id: i64) -> Self {
        Self {
            isv_user_id: isv_user_id.into(),
            order_id,
        }
    }
}
impl rt::serde::Serialize for CreateAppGoodsServiceConversationRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("isvUserId", &self.isv_user_id)?;
        object.field("orderId", &self.order_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateAppGoodsServiceConversationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateAppGoodsServiceConversationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isvUserId" => rt::read_field(map, &mut self.isv_user_id),
            "orderId" => rt::read_field(map, &mut self.order_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateAppGoodsServiceConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ensure_user_license_access`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct EnsureUserLicenseAccessRequest {
    /// `unionId`.
    pub union_id: String,
}
impl EnsureUserLicenseAccessRequest {
    /// A `EnsureUserLicenseAccessRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self { union_id: union_id.into() }
    }
}
impl rt::serde::Serialize for EnsureUserLicenseAccessRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("unionId", &self.union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EnsureUserLicenseAccessRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EnsureUserLicenseAccessRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EnsureUserLicenseAccessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_cool_app_access_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetCoolAppAccessStatusRequest {
    /// `authCode`.
    pub auth_code: String,
    /// `coolAppCode`.
    pub cool_app_code: String,
    /// `encFieldBizCode`.
    pub enc_field_biz_code: String,
}
impl GetCoolAppAccessStatusRequest {
    /// A `GetCoolAppAccessStatusRequest` with its required fields (`authCode`, `coolAppCode`, `encFieldBizCode`); set the others with the methods named after them.
    pub fn new(
        auth_code: impl Into<String>,
        cool_app_code: impl Into<String>,
        enc_field_biz_code: impl Into<String>,
    ) -> Self {
        Self {
            auth_code: auth_code.into(),
            cool_app_code: cool_app_code.into(),
            enc_field_biz_code: enc_field_biz_code.into(),
        }
    }
}
impl rt::serde::Serialize for GetCoolAppAccessStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("authCode", &self.auth_code)?;
        object.field("coolAppCode", &self.cool_app_code)?;
        object.field("encFieldBizCode", &self.enc_field_biz_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCoolAppAccessStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCoolAppAccessStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authCode" => rt::read_field(map, &mut self.auth_code),
            "coolAppCode" => rt::read_field(map, &mut self.cool_app_code),
            "encFieldBizCode" => rt::read_field(map, &mut self.enc_field_biz_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetCoolAppAccessStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_in_app_sku_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetInAppSkuUrlRequest {
    /// `callbackPage`.
    pub callback_page: Option<String>,
    /// `extendParam`.
    pub extend_param: Option<String>,
    /// `goodsCode`.
    pub goods_code: String,
    /// `itemCode`.
    pub item_code: Option<String>,
}
impl GetInAppSkuUrlRequest {
    /// A `GetInAppSkuUrlRequest` with its required fields (`goodsCode`); set the others with the methods named after them.
    pub fn new(goods_code: impl Into<String>) -> Self {
        Self {
            callback_page: None,
            extend_param: None,
            goods_code: goods_code.into(),
            item_code: None,
        }
    }
    /// Sets `callbackPage`.
    pub fn callback_page(mut self, value: impl Into<String>) -> Self {
        self.callback_page = Some(value.into());
        self
    }
    /// Sets `extendParam`.
    pub fn extend_param(mut self, value: impl Into<String>) -> Self {
        self.extend_param = Some(value.into());
        self
    }
    /// Sets `itemCode`.
    pub fn item_code(mut self, value: impl Into<String>) -> Self {
        self.item_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for GetInAppSkuUrlRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callbackPage", &self.callback_page)?;
        object.optional("extendParam", &self.extend_param)?;
        object.field("goodsCode", &self.goods_code)?;
        object.optional("itemCode", &self.item_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetInAppSkuUrlRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetInAppSkuUrlRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "callbackPage" => rt::read_field(map, &mut self.callback_page),
            "extendParam" => rt::read_field(map, &mut self.extend_param),
            "goodsCode" => rt::read_field(map, &mut self.goods_code),
            "itemCode" => rt::read_field(map, &mut self.item_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetInAppSkuUrlRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_personal_experience_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPersonalExperienceInfoRequest {
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl GetPersonalExperienceInfoRequest {
    /// An empty `GetPersonalExperienceInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPersonalExperienceInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPersonalExperienceInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetPersonalExperienceInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::notify_on_crm_data_change`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct NotifyOnCrmDataChangeRequest {
    /// `dataId`.
    pub data_id: Option<String>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `operate`.
    pub operate: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl NotifyOnCrmDataChangeRequest {
    /// An empty `NotifyOnCrmDataChangeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dataId`.
    pub fn data_id(mut self, value: impl Into<String>) -> Self {
        self.data_id = Some(value.into());
        self
    }
    /// Sets `extension`.
    pub fn extension(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.extension = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `operate`.
    pub fn operate(mut self, value: impl Into<String>) -> Self {
        self.operate = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for NotifyOnCrmDataChangeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataId", &self.data_id)?;
        object.optional("extension", &self.extension)?;
        object.optional("operate", &self.operate)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for NotifyOnCrmDataChangeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for NotifyOnCrmDataChangeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataId" => rt::read_field(map, &mut self.data_id),
            "extension" => rt::read_field(map, &mut self.extension),
            "operate" => rt::read_field(map, &mut self.operate),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for NotifyOnCrmDataChangeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_app_visible_scope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateAppVisibleScopeRequest {
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `visibleDeptIds`.
    pub visible_dept_ids: Option<Vec<i64>>,
    /// `visibleScopeType`.
    pub visible_scope_type: String,
    /// `visibleUserIds`.
    pub visible_user_ids: Option<Vec<String>>,
}
impl UpdateAppVisibleScopeRequest {
    /// A `UpdateAppVisibleScopeRequest` with its required fields (`operatorUserId`, `visibleScopeType`); set the others with the methods named after them.
    pub fn new(
        operator_user_id: impl Into<String>,
        visible_scope_type: impl Into<String>,
    ) -> Self {
        Self {
            operator_user_id: operator_user_id.into(),
            visible_dept_ids: None,
            visible_scope_type: visible_scope_type.into(),
            visible_user_ids: None,
        }
    }
    /// Sets `visibleDeptIds`.
    pub fn visible_dept_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.visible_dept_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `visibleUserIds`.
    pub fn visible_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.visible_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for UpdateAppVisibleScopeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.optional("visibleDeptIds", &self.visible_dept_ids)?;
        object.field("visibleScopeType", &self.visible_scope_type)?;
        object.optional("visibleUserIds", &self.visible_user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateAppVisibleScopeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateAppVisibleScopeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "visibleDeptIds" => rt::read_field(map, &mut self.visible_dept_ids),
            "visibleScopeType" => rt::read_field(map, &mut self.visible_scope_type),
            "visibleUserIds" => rt::read_field(map, &mut self.visible_user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateAppVisibleScopeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::user_task_report`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UserTaskReportRequest {
    /// `bizNo`.
    pub biz_no: String,
    /// `operateDate`.
    pub operate_date: String,
    /// `taskTag`.
    pub task_tag: String,
    /// `userid`.
    pub userid: String,
}
impl UserTaskReportRequest {
    /// A `UserTaskReportRequest` with its required fields (`bizNo`, `operateDate`, `taskTag`, `userid`); set the others with the methods named after them.
    pub fn new(
        biz_no: impl Into<String>,
        operate_date: impl Into<String>,
        task_tag: impl Into<String>,
        userid: impl Into<String>,
    ) -> Self {
        Self {
            biz_no: biz_no.into(),
            operate_date: operate_date.into(),
            task_tag: task_tag.into(),
            userid: userid.into(),
        }
    }
}
impl rt::serde::Serialize for UserTaskReportRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizNo", &self.biz_no)?;
        object.field("operateDate", &self.operate_date)?;
        object.field("taskTag", &self.task_tag)?;
        object.field("userid", &self.userid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UserTaskReportRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UserTaskReportRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizNo" => rt::read_field(map, &mut self.biz_no),
            "operateDate" => rt::read_field(map, &mut self.operate_date),
            "taskTag" => rt::read_field(map, &mut self.task_tag),
            "userid" => rt::read_field(map, &mut self.userid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UserTaskReportRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::create_app_goods_service_conversation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAppGoodsServiceConversationError = rt::ServiceError;
/// An error reply of [`Api::ensure_user_license_access`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EnsureUserLicenseAccessError = rt::ServiceError;
/// An error reply of [`Api::get_cool_app_access_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCoolAppAccessStatusError = rt::ServiceError;
/// An error reply of [`Api::get_in_app_sku_url`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInAppSkuUrlError = rt::ServiceError;
/// An error reply of [`Api::get_personal_experience_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPersonalExperienceInfoError = rt::ServiceError;
/// An error reply of [`Api::notify_on_crm_data_change`]: the spec lists no error codes for it, so every code arrives as it is.
pub type NotifyOnCrmDataChangeError = rt::ServiceError;
/// An error reply of [`Api::query_market_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMarketOrderError = rt::ServiceError;
/// An error reply of [`Api::update_app_visible_scope`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateAppVisibleScopeError = rt::ServiceError;
/// An error reply of [`Api::user_task_report`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UserTaskReportError = rt::ServiceError;
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
        "CreateAppGoodsServiceConversation" => {
            rt::conformance::reply(
                    api.create_app_goods_service_conversation(&inputs.request(true)?),
                )
                .await
        }
        "EnsureUserLicenseAccess" => {
            rt::conformance::reply(
                    api.ensure_user_license_access(&inputs.request(true)?),
                )
                .await
        }
        "GetCoolAppAccessStatus" => {
            rt::conformance::reply(
                    api.get_cool_app_access_status(&inputs.request(true)?),
                )
                .await
        }
        "GetInAppSkuUrl" => {
            rt::conformance::reply(api.get_in_app_sku_url(&inputs.request(true)?)).await
        }
        "GetPersonalExperienceInfo" => {
            rt::conformance::reply(
                    api.get_personal_experience_info(&inputs.request(false)?),
                )
                .await
        }
        "NotifyOnCrmDataChange" => {
            rt::conformance::reply(api.notify_on_crm_data_change(&inputs.request(true)?))
                .await
        }
        "QueryMarketOrder" => {
            rt::conformance::reply(api.query_market_order(inputs.path(0usize)?)).await
        }
        "UpdateAppVisibleScope" => {
            rt::conformance::reply(api.update_app_visible_scope(&inputs.request(true)?))
                .await
        }
        "UserTaskReport" => {
            rt::conformance::reply(api.user_task_report(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
