// @generated from api-spec/trade_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.trade_1_0()`. Generated from `api-spec/trade_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `trade_1_0`. Get it with `client.trade_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// isv检查商机创建是否符合预期
    ///
    /// `GET /v1.0/trade/opportunity/check` (operation `CheckOpportunityResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CheckOpportunityResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn check_opportunity_result(
        &self,
        request: &CheckOpportunityResultRequest,
    ) -> rt::Call<CheckOpportunityResultResponseBody, CheckOpportunityResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckOpportunityResult",
            rt::Method::Get,
            "/v1.0/trade/opportunity/check",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用于客户跟进线索创建
    ///
    /// `POST /v1.0/trade/clueTemps` (operation `CreateClueTemp`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateClueTempError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_clue_temp(
        &self,
        request: &CreateClueTempRequest,
    ) -> rt::Call<CreateClueTempResponseBody, CreateClueTempError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateClueTemp",
            rt::Method::Post,
            "/v1.0/trade/clueTemps",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建小记
    ///
    /// `POST /v1.0/trade/notes` (operation `CreateNoteForIsv`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateNoteForIsvError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_note_for_isv(
        &self,
        request: &CreateNoteForIsvRequest,
    ) -> rt::Call<CreateNoteForIsvResponseBody, CreateNoteForIsvError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateNoteForIsv",
            rt::Method::Post,
            "/v1.0/trade/notes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// isv创建商机
    ///
    /// `POST /v1.0/trade/opportunities` (operation `CreateOpportunity`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateOpportunityError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_opportunity(
        &self,
        request: &CreateOpportunityRequest,
    ) -> rt::Call<rt::serde_json::Value, CreateOpportunityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateOpportunity",
            rt::Method::Post,
            "/v1.0/trade/opportunities",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// QwenWoker询价接口
    ///
    /// `POST /v1.0/trade/purchase/mixView` (operation `PurchaseMixView`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PurchaseMixViewError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn purchase_mix_view(
        &self,
        request: &PurchaseMixViewRequest,
    ) -> rt::Call<PurchaseMixViewResponseBody, PurchaseMixViewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PurchaseMixView",
            rt::Method::Post,
            "/v1.0/trade/purchase/mixView",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询订单信息
    ///
    /// `POST /v1.0/trade/orders/query` (operation `QueryTradeOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryTradeOrderError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_trade_order(
        &self,
        request: &QueryTradeOrderRequest,
    ) -> rt::Call<QueryTradeOrderResponseBody, QueryTradeOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTradeOrder",
            rt::Method::Post,
            "/v1.0/trade/orders/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `CheckOpportunityResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CheckOpportunityResultResponseBody {
    /// `bizSuccess`.
    pub biz_success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CheckOpportunityResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CheckOpportunityResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizSuccess" => rt::read_field(map, &mut self.biz_success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CheckOpportunityResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizSuccess", &self.biz_success)?;
        object.end()
    }
}
/// `CreateClueTempResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateClueTempResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateClueTempResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateClueTempResponseBody {
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
impl rt::serde::Serialize for CreateClueTempResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CreateNoteForIsvResponseBody`: the same model as [`CreateClueTempResponseBody`].
pub type CreateNoteForIsvResponseBody = CreateClueTempResponseBody;
/// `PurchaseMixViewRequestList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PurchaseMixViewRequestList {
    /// `activityId`.
    pub activity_id: Option<i64>,
    /// `articleCode`.
    pub article_code: Option<String>,
    /// `articleItemCode`.
    pub article_item_code: Option<String>,
    /// `articleItemId`.
    pub article_item_id: Option<i64>,
    /// `articleItemName`.
    pub article_item_name: Option<String>,
    /// `bizType`.
    pub biz_type: Option<i64>,
    /// `couponId`.
    pub coupon_id: Option<i64>,
    /// `cycNum`.
    pub cyc_num: Option<i64>,
    /// `cycType`.
    pub cyc_type: Option<i64>,
    /// `cycUnit`.
    pub cyc_unit: Option<i64>,
    /// `extend1`.
    pub extend1: Option<i64>,
    /// `instanceNum`.
    pub instance_num: Option<i64>,
    /// `isCredit`.
    pub is_credit: Option<bool>,
    /// `itemComponentList`.
    pub item_component_list: Option<Vec<PurchaseMixViewRequestListItemComponentList>>,
    /// `minorItemParamList`.
    pub minor_item_param_list: Option<Vec<PurchaseMixViewRequestListMinorItemParamList>>,
    /// `orderParamMap`.
    pub order_param_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `orderType`.
    pub order_type: Option<String>,
    /// `saleMarketType`.
    pub sale_market_type: Option<String>,
    /// `saleOrgId`.
    pub sale_org_id: Option<i64>,
    /// `subQuantity`.
    pub sub_quantity: Option<i64>,
    /// `tradeModelType`.
    pub trade_model_type: Option<String>,
}
impl PurchaseMixViewRequestList {
    /// An empty `PurchaseMixViewRequestList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `activityId`.
    pub fn activity_id(mut self, value: i64) -> Self {
        self.activity_id = Some(value);
        self
    }
    /// Sets `articleCode`.
    pub fn article_code(mut self, value: impl Into<String>) -> Self {
        self.article_code = Some(value.into());
        self
    }
    /// Sets `articleItemCode`.
    pub fn article_item_code(mut self, value: impl Into<String>) -> Self {
        self.article_item_code = Some(value.into());
        self
    }
    /// Sets `articleItemId`.
    pub fn article_item_id(mut self, value: i64) -> Self {
        self.article_item_id = Some(value);
        self
    }
    /// Sets `articleItemName`.
    pub fn article_item_name(mut self, value: impl Into<String>) -> Self {
        self.article_item_name = Some(value.into());
        self
    }
    /// Sets `bizType`.
    pub fn biz_type(mut self, value: i64) -> Self {
        self.biz_type = Some(value);
        self
    }
    /// Sets `couponId`.
    pub fn coupon_id(mut self, value: i64) -> Self {
        self.coupon_id = Some(value);
        self
    }
    /// Sets `cycNum`.
    pub fn cyc_num(mut self, value: i64) -> Self {
        self.cyc_num = Some(value);
        self
    }
    /// Sets `cycType`.
    pub fn cyc_type(mut self, value: i64) -> Self {
        self.cyc_type = Some(value);
        self
    }
    /// Sets `cycUnit`.
    pub fn cyc_unit(mut self, value: i64) -> Self {
        self.cyc_unit = Some(value);
        self
    }
    /// Sets `extend1`.
    pub fn extend1(mut self, value: i64) -> Self {
        self.extend1 = Some(value);
        self
    }
    /// Sets `instanceNum`.
    pub fn instance_num(mut self, value: i64) -> Self {
        self.instance_num = Some(value);
        self
    }
    /// Sets `isCredit`.
    pub fn is_credit(mut self, value: bool) -> Self {
        self.is_credit = Some(value);
        self
    }
    /// Sets `itemComponentList`.
    pub fn item_component_list(
        mut self,
        value: impl IntoIterator<Item = PurchaseMixViewRequestListItemComponentList>,
    ) -> Self {
        self.item_component_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `minorItemParamList`.
    pub fn minor_item_param_list(
        mut self,
        value: impl IntoIterator<Item = PurchaseMixViewRequestListMinorItemParamList>,
    ) -> Self {
        self.minor_item_param_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `orderParamMap`.
    pub fn order_param_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.order_param_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `orderType`.
    pub fn order_type(mut self, value: impl Into<String>) -> Self {
        self.order_type = Some(value.into());
        self
    }
    /// Sets `saleMarketType`.
    pub fn sale_market_type(mut self, value: impl Into<String>) -> Self {
        self.sale_market_type = Some(value.into());
        self
    }
    /// Sets `saleOrgId`.
    pub fn sale_org_id(mut self, value: i64) -> Self {
        self.sale_org_id = Some(value);
        self
    }
    /// Sets `subQuantity`.
    pub fn sub_quantity(mut self, value: i64) -> Self {
        self.sub_quantity = Some(value);
        self
    }
    /// Sets `tradeModelType`.
    pub fn trade_model_type(mut self, value: impl Into<String>) -> Self {
        self.trade_model_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PurchaseMixViewRequestList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("articleCode", &self.article_code)?;
        object.optional("articleItemCode", &self.article_item_code)?;
        object.optional("articleItemId", &self.article_item_id)?;
        object.optional("articleItemName", &self.article_item_name)?;
        object.optional("bizType", &self.biz_type)?;
        object.optional("couponId", &self.coupon_id)?;
        object.optional("cycNum", &self.cyc_num)?;
        object.optional("cycType", &self.cyc_type)?;
        object.optional("cycUnit", &self.cyc_unit)?;
        object.optional("extend1", &self.extend1)?;
        object.optional("instanceNum", &self.instance_num)?;
        object.optional("isCredit", &self.is_credit)?;
        object.optional("itemComponentList", &self.item_component_list)?;
        object.optional("minorItemParamList", &self.minor_item_param_list)?;
        object.optional("orderParamMap", &self.order_param_map)?;
        object.optional("orderType", &self.order_type)?;
        object.optional("saleMarketType", &self.sale_market_type)?;
        object.optional("saleOrgId", &self.sale_org_id)?;
        object.optional("subQuantity", &self.sub_quantity)?;
        object.optional("tradeModelType", &self.trade_model_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PurchaseMixViewRequestList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PurchaseMixViewRequestList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "articleCode" => rt::read_field(map, &mut self.article_code),
            "articleItemCode" => rt::read_field(map, &mut self.article_item_code),
            "articleItemId" => rt::read_field(map, &mut self.article_item_id),
            "articleItemName" => rt::read_field(map, &mut self.article_item_name),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "couponId" => rt::read_field(map, &mut self.coupon_id),
            "cycNum" => rt::read_field(map, &mut self.cyc_num),
            "cycType" => rt::read_field(map, &mut self.cyc_type),
            "cycUnit" => rt::read_field(map, &mut self.cyc_unit),
            "extend1" => rt::read_field(map, &mut self.extend1),
            "instanceNum" => rt::read_field(map, &mut self.instance_num),
            "isCredit" => rt::read_field(map, &mut self.is_credit),
            "itemComponentList" => rt::read_field(map, &mut self.item_component_list),
            "minorItemParamList" => rt::read_field(map, &mut self.minor_item_param_list),
            "orderParamMap" => rt::read_field(map, &mut self.order_param_map),
            "orderType" => rt::read_field(map, &mut self.order_type),
            "saleMarketType" => rt::read_field(map, &mut self.sale_market_type),
            "saleOrgId" => rt::read_field(map, &mut self.sale_org_id),
            "subQuantity" => rt::read_field(map, &mut self.sub_quantity),
            "tradeModelType" => rt::read_field(map, &mut self.trade_model_type),
            _ => Ok(false),
        }
    }
}
/// `PurchaseMixViewResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PurchaseMixViewResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<PurchaseMixViewResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PurchaseMixViewResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PurchaseMixViewResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PurchaseMixViewResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryTradeOrderResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTradeOrderResponseBody {
    /// `articleCode`.
    pub article_code: Option<String>,
    /// `articleItemCode`.
    pub article_item_code: Option<String>,
    /// `articleItemName`.
    pub article_item_name: Option<String>,
    /// `articleName`.
    pub article_name: Option<String>,
    /// `closeTime`.
    pub close_time: Option<i64>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `fee`.
    pub fee: Option<i64>,
    /// `isvCropId`.
    pub isv_crop_id: Option<String>,
    /// `orderId`.
    pub order_id: Option<i64>,
    /// `outerOrderId`.
    pub outer_order_id: Option<String>,
    /// `payFee`.
    pub pay_fee: Option<i64>,
    /// `payTime`.
    pub pay_time: Option<i64>,
    /// `quantity`.
    pub quantity: Option<i64>,
    /// `refundTime`.
    pub refund_time: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryTradeOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryTradeOrderResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "articleCode" => rt::read_field(map, &mut self.article_code),
            "articleItemCode" => rt::read_field(map, &mut self.article_item_code),
            "articleItemName" => rt::read_field(map, &mut self.article_item_name),
            "articleName" => rt::read_field(map, &mut self.article_name),
            "closeTime" => rt::read_field(map, &mut self.close_time),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "fee" => rt::read_field(map, &mut self.fee),
            "isvCropId" => rt::read_field(map, &mut self.isv_crop_id),
            "orderId" => rt::read_field(map, &mut self.order_id),
            "outerOrderId" => rt::read_field(map, &mut self.outer_order_id),
            "payFee" => rt::read_field(map, &mut self.pay_fee),
            "payTime" => rt::read_field(map, &mut self.pay_time),
            "quantity" => rt::read_field(map, &mut self.quantity),
            "refundTime" => rt::read_field(map, &mut self.refund_time),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryTradeOrderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("articleCode", &self.article_code)?;
        object.optional("articleItemCode", &self.article_item_code)?;
        object.optional("articleItemName", &self.article_item_name)?;
        object.optional("articleName", &self.article_name)?;
        object.optional("closeTime", &self.close_time)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("fee", &self.fee)?;
        object.optional("isvCropId", &self.isv_crop_id)?;
        object.optional("orderId", &self.order_id)?;
        object.optional("outerOrderId", &self.outer_order_id)?;
        object.optional("payFee", &self.pay_fee)?;
        object.optional("payTime", &self.pay_time)?;
        object.optional("quantity", &self.quantity)?;
        object.optional("refundTime", &self.refund_time)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `PurchaseMixViewRequestListItemComponentList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PurchaseMixViewRequestListItemComponentList {
    /// `componentCode`.
    pub component_code: Option<String>,
    /// `componentName`.
    pub component_name: Option<String>,
    /// `itemPropertyList`.
    pub item_property_list: Option<
        Vec<PurchaseMixViewRequestListItemComponentListItemPropertyList>,
    >,
}
impl PurchaseMixViewRequestListItemComponentList {
    /// An empty `PurchaseMixViewRequestListItemComponentList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `componentCode`.
    pub fn component_code(mut self, value: impl Into<String>) -> Self {
        self.component_code = Some(value.into());
        self
    }
    /// Sets `componentName`.
    pub fn component_name(mut self, value: impl Into<String>) -> Self {
        self.component_name = Some(value.into());
        self
    }
    /// Sets `itemPropertyList`.
    pub fn item_property_list(
        mut self,
        value: impl IntoIterator<
            Item = PurchaseMixViewRequestListItemComponentListItemPropertyList,
        >,
    ) -> Self {
        self.item_property_list = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for PurchaseMixViewRequestListItemComponentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("componentCode", &self.component_code)?;
        object.optional("componentName", &self.component_name)?;
        object.optional("itemPropertyList", &self.item_property_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PurchaseMixViewRequestListItemComponentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PurchaseMixViewRequestListItemComponentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "componentCode" => rt::read_field(map, &mut self.component_code),
            "componentName" => rt::read_field(map, &mut self.component_name),
            "itemPropertyList" => rt::read_field(map, &mut self.item_property_list),
            _ => Ok(false),
        }
    }
}
/// `PurchaseMixViewRequestListMinorItemParamList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PurchaseMixViewRequestListMinorItemParamList {
    /// `minorItemCode`.
    pub minor_item_code: Option<String>,
    /// `minorItemGroupCode`.
    pub minor_item_group_code: Option<String>,
}
impl PurchaseMixViewRequestListMinorItemParamList {
    /// An empty `PurchaseMixViewRequestListMinorItemParamList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `minorItemCode`.
    pub fn minor_item_code(mut self, value: impl Into<String>) -> Self {
        self.minor_item_code = Some(value.into());
        self
    }
    /// Sets `minorItemGroupCode`.
    pub fn minor_item_group_code(mut self, value: impl Into<String>) -> Self {
        self.minor_item_group_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PurchaseMixViewRequestListMinorItemParamList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("minorItemCode", &self.minor_item_code)?;
        object.optional("minorItemGroupCode", &self.minor_item_group_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PurchaseMixViewRequestListMinorItemParamList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PurchaseMixViewRequestListMinorItemParamList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "minorItemCode" => rt::read_field(map, &mut self.minor_item_code),
            "minorItemGroupCode" => rt::read_field(map, &mut self.minor_item_group_code),
            _ => Ok(false),
        }
    }
}
/// `PurchaseMixViewResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PurchaseMixViewResponseBodyResult {
    /// `aliyunArticleItemViewUnitList`.
    pub aliyun_article_item_view_unit_list: Option<
        Vec<PurchaseMixViewResponseBodyResultAliyunArticleItemViewUnitList>,
    >,
    /// `mixPromotionVO`.
    pub mix_promotion_vo: Option<PurchaseMixViewResponseBodyResultMixPromotionVO>,
    /// `recommendedMarketingCollocationDTO`.
    pub recommended_marketing_collocation_dto: Option<
        PurchaseMixViewResponseBodyResultRecommendedMarketingCollocationDTO,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for PurchaseMixViewResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PurchaseMixViewResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aliyunArticleItemViewUnitList" => {
                rt::read_field(map, &mut self.aliyun_article_item_view_unit_list)
            }
            "mixPromotionVO" => rt::read_field(map, &mut self.mix_promotion_vo),
            "recommendedMarketingCollocationDTO" => {
                rt::read_field(map, &mut self.recommended_marketing_collocation_dto)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PurchaseMixViewResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "aliyunArticleItemViewUnitList",
                &self.aliyun_article_item_view_unit_list,
            )?;
        object.optional("mixPromotionVO", &self.mix_promotion_vo)?;
        object
            .optional(
                "recommendedMarketingCollocationDTO",
                &self.recommended_marketing_collocation_dto,
            )?;
        object.end()
    }
}
/// `PurchaseMixViewRequestListItemComponentListItemPropertyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PurchaseMixViewRequestListItemComponentListItemPropertyList {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl PurchaseMixViewRequestListItemComponentListItemPropertyList {
    /// An empty `PurchaseMixViewRequestListItemComponentListItemPropertyList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for PurchaseMixViewRequestListItemComponentListItemPropertyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for PurchaseMixViewRequestListItemComponentListItemPropertyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PurchaseMixViewRequestListItemComponentListItemPropertyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `PurchaseMixViewResponseBodyResultAliyunArticleItemViewUnitList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PurchaseMixViewResponseBodyResultAliyunArticleItemViewUnitList {
    /// `actualPayFee`.
    pub actual_pay_fee: Option<f64>,
    /// `articleCode`.
    pub article_code: Option<String>,
    /// `articleItemCode`.
    pub article_item_code: Option<String>,
    /// `bizTagList`.
    pub biz_tag_list: Option<Vec<String>>,
    /// `endDate`.
    pub end_date: Option<i64>,
    /// `orderType`.
    pub order_type: Option<String>,
    /// `payFee`.
    pub pay_fee: Option<f64>,
    /// `startDate`.
    pub start_date: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for PurchaseMixViewResponseBodyResultAliyunArticleItemViewUnitList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PurchaseMixViewResponseBodyResultAliyunArticleItemViewUnitList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actualPayFee" => rt::read_field(map, &mut self.actual_pay_fee),
            "articleCode" => rt::read_field(map, &mut self.article_code),
            "articleItemCode" => rt::read_field(map, &mut self.article_item_code),
            "bizTagList" => rt::read_field(map, &mut self.biz_tag_list),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "orderType" => rt::read_field(map, &mut self.order_type),
            "payFee" => rt::read_field(map, &mut self.pay_fee),
            "startDate" => rt::read_field(map, &mut self.start_date),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PurchaseMixViewResponseBodyResultAliyunArticleItemViewUnitList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actualPayFee", &self.actual_pay_fee)?;
        object.optional("articleCode", &self.article_code)?;
        object.optional("articleItemCode", &self.article_item_code)?;
        object.optional("bizTagList", &self.biz_tag_list)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("orderType", &self.order_type)?;
        object.optional("payFee", &self.pay_fee)?;
        object.optional("startDate", &self.start_date)?;
        object.end()
    }
}
/// `PurchaseMixViewResponseBodyResultMixPromotionVO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PurchaseMixViewResponseBodyResultMixPromotionVO {
    /// `activityId`.
    pub activity_id: Option<i64>,
    /// `activityName`.
    pub activity_name: Option<String>,
    /// `activityUrl`.
    pub activity_url: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `extendParam`.
    pub extend_param: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `forbiddenCoupon`.
    pub forbidden_coupon: Option<bool>,
    /// `isSelected`.
    pub is_selected: Option<bool>,
    /// `marketActivityId`.
    pub market_activity_id: Option<i64>,
    /// `promotionId`.
    pub promotion_id: Option<i64>,
    /// `promotionName`.
    pub promotion_name: Option<String>,
    /// `promotionType`.
    pub promotion_type: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for PurchaseMixViewResponseBodyResultMixPromotionVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PurchaseMixViewResponseBodyResultMixPromotionVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "activityName" => rt::read_field(map, &mut self.activity_name),
            "activityUrl" => rt::read_field(map, &mut self.activity_url),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "extendParam" => rt::read_field(map, &mut self.extend_param),
            "forbiddenCoupon" => rt::read_field(map, &mut self.forbidden_coupon),
            "isSelected" => rt::read_field(map, &mut self.is_selected),
            "marketActivityId" => rt::read_field(map, &mut self.market_activity_id),
            "promotionId" => rt::read_field(map, &mut self.promotion_id),
            "promotionName" => rt::read_field(map, &mut self.promotion_name),
            "promotionType" => rt::read_field(map, &mut self.promotion_type),
            "source" => rt::read_field(map, &mut self.source),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PurchaseMixViewResponseBodyResultMixPromotionVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("activityName", &self.activity_name)?;
        object.optional("activityUrl", &self.activity_url)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("extendParam", &self.extend_param)?;
        object.optional("forbiddenCoupon", &self.forbidden_coupon)?;
        object.optional("isSelected", &self.is_selected)?;
        object.optional("marketActivityId", &self.market_activity_id)?;
        object.optional("promotionId", &self.promotion_id)?;
        object.optional("promotionName", &self.promotion_name)?;
        object.optional("promotionType", &self.promotion_type)?;
        object.optional("source", &self.source)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `PurchaseMixViewResponseBodyResultRecommendedMarketingCollocationDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PurchaseMixViewResponseBodyResultRecommendedMarketingCollocationDTO {
    /// `activityId`.
    pub activity_id: Option<i64>,
    /// `couponId`.
    pub coupon_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for PurchaseMixViewResponseBodyResultRecommendedMarketingCollocationDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PurchaseMixViewResponseBodyResultRecommendedMarketingCollocationDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "couponId" => rt::read_field(map, &mut self.coupon_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for PurchaseMixViewResponseBodyResultRecommendedMarketingCollocationDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("couponId", &self.coupon_id)?;
        object.end()
    }
}
/// The request of [`Api::check_opportunity_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CheckOpportunityResultRequest {
    /// `belongToPhoneNum`: a query parameter.
    pub belong_to_phone_num: String,
    /// `contactPhoneNum`: a query parameter.
    pub contact_phone_num: String,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `deptId`: a query parameter.
    pub dept_id: Option<i64>,
    /// `marketCode`: a query parameter.
    pub market_code: String,
}
impl CheckOpportunityResultRequest {
    /// A `CheckOpportunityResultRequest` with its required fields (`belongToPhoneNum`, `contactPhoneNum`, `corpId`, `marketCode`); set the others with the methods named after them.
    pub fn new(
        belong_to_phone_num: impl Into<String>,
        contact_phone_num: impl Into<String>,
        corp_id: impl Into<String>,
        market_code: impl Into<String>,
    ) -> Self {
        Self {
            belong_to_phone_num: belong_to_phone_num.into(),
            contact_phone_num: contact_phone_num.into(),
            corp_id: corp_id.into(),
            dept_id: None,
            market_code: market_code.into(),
        }
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CheckOpportunityResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CheckOpportunityResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "belongToPhoneNum" => rt::read_field(map, &mut self.belong_to_phone_num),
            "contactPhoneNum" => rt::read_field(map, &mut self.contact_phone_num),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "marketCode" => rt::read_field(map, &mut self.market_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CheckOpportunityResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("belongToPhoneNum", &self.belong_to_phone_num);
        writer.query("contactPhoneNum", &self.contact_phone_num);
        writer.query("corpId", &self.corp_id);
        writer.query("deptId", &self.dept_id);
        writer.query("marketCode", &self.market_code);
    }
}
/// The request of [`Api::create_clue_temp`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateClueTempRequest {
    /// `address`.
    pub address: Option<String>,
    /// `contactName`.
    pub contact_name: String,
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `ext`.
    pub ext: Option<String>,
    /// `name`.
    pub name: String,
    /// `phoneNum`.
    pub phone_num: String,
    /// `position`.
    pub position: Option<String>,
    /// `productCode`.
    pub product_code: Option<String>,
    /// `salesId`.
    pub sales_id: Option<i64>,
    /// `source`.
    pub source: String,
}
impl CreateClueTempRequest {
    /// A `CreateClueTempRequest` with its required fields (`contactName`, `name`, `phoneNum`, `source`); set the others with the methods named after them.
    pub fn new(
        contact_name: impl Into<String>,
        name: impl Into<String>,
        phone_num: impl Into<String>,
        source: impl Into<String>,
    ) -> Self {
        Self {
            address: None,
            contact_name: contact_name.into(),
            dept_id: None,
            ext: None,
            name: name.into(),
            phone_num: phone_num.into(),
            position: None,
            product_code: None,
            sales_id: None,
            source: source.into(),
        }
    }
    /// Sets `address`.
    pub fn address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
    /// Sets `ext`.
    pub fn ext(mut self, value: impl Into<String>) -> Self {
        self.ext = Some(value.into());
        self
    }
    /// Sets `position`.
    pub fn position(mut self, value: impl Into<String>) -> Self {
        self.position = Some(value.into());
        self
    }
    /// Sets `productCode`.
    pub fn product_code(mut self, value: impl Into<String>) -> Self {
        self.product_code = Some(value.into());
        self
    }
    /// Sets `salesId`.
    pub fn sales_id(mut self, value: i64) -> Self {
        self.sales_id = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateClueTempRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("address", &self.address)?;
        object.field("contactName", &self.contact_name)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("ext", &self.ext)?;
        object.field("name", &self.name)?;
        object.field("phoneNum", &self.phone_num)?;
        object.optional("position", &self.position)?;
        object.optional("productCode", &self.product_code)?;
        object.optional("salesId", &self.sales_id)?;
        object.field("source", &self.source)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateClueTempRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateClueTempRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "address" => rt::read_field(map, &mut self.address),
            "contactName" => rt::read_field(map, &mut self.contact_name),
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "ext" => rt::read_field(map, &mut self.ext),
            "name" => rt::read_field(map, &mut self.name),
            "phoneNum" => rt::read_field(map, &mut self.phone_num),
            "position" => rt::read_field(map, &mut self.position),
            "productCode" => rt::read_field(map, &mut self.product_code),
            "salesId" => rt::read_field(map, &mut self.sales_id),
            "source" => rt::read_field(map, &mut self.source),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateClueTempRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_note_for_isv`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateNoteForIsvRequest {
    /// `contactName`.
    pub contact_name: Option<String>,
    /// `contactPhoneNum`.
    pub contact_phone_num: String,
    /// `contactTitle`.
    pub contact_title: Option<String>,
    /// `content`.
    pub content: String,
    /// `corpId`.
    pub corp_id: String,
    /// `inputPhoneNum`.
    pub input_phone_num: String,
}
impl CreateNoteForIsvRequest {
    /// A `CreateNoteForIsvRequest` with its required fields (`contactPhoneNum`, `content`, `corpId`, `inputPhoneNum`); set the others with the methods named after them.
    pub fn new(
        contact_phone_num: impl Into<String>,
        content: impl Into<String>,
        corp_id: impl Into<String>,
        input_phone_num: impl Into<String>,
    ) -> Self {
        Self {
            contact_name: None,
            contact_phone_num: contact_phone_num.into(),
            contact_title: None,
            content: content.into(),
            corp_id: corp_id.into(),
            input_phone_num: input_phone_num.into(),
        }
    }
    /// Sets `contactName`.
    pub fn contact_name(mut self, value: impl Into<String>) -> Self {
        self.contact_name = Some(value.into());
        self
    }
    /// Sets `contactTitle`.
    pub fn contact_title(mut self, value: impl Into<String>) -> Self {
        self.contact_title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateNoteForIsvRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contactName", &self.contact_name)?;
        object.field("contactPhoneNum", &self.contact_phone_num)?;
        object.optional("contactTitle", &self.contact_title)?;
        object.field("content", &self.content)?;
        object.field("corpId", &self.corp_id)?;
        object.field("inputPhoneNum", &self.input_phone_num)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateNoteForIsvRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateNoteForIsvRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contactName" => rt::read_field(map, &mut self.contact_name),
            "contactPhoneNum" => rt::read_field(map, &mut self.contact_phone_num),
            "contactTitle" => rt::read_field(map, &mut self.contact_title),
            "content" => rt::read_field(map, &mut self.content),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "inputPhoneNum" => rt::read_field(map, &mut self.input_phone_num),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateNoteForIsvRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_opportunity`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateOpportunityRequest {
    /// `belongToPhoneNum`.
    pub belong_to_phone_num: String,
    /// `contactPhoneNum`.
    pub contact_phone_num: String,
    /// `corpId`.
    pub corp_id: String,
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `marketCode`.
    pub market_code: String,
}
impl CreateOpportunityRequest {
    /// A `CreateOpportunityRequest` with its required fields (`belongToPhoneNum`, `contactPhoneNum`, `corpId`, `marketCode`); set the others with the methods named after them.
    pub fn new(
        belong_to_phone_num: impl Into<String>,
        contact_phone_num: impl Into<String>,
        corp_id: impl Into<String>,
        market_code: impl Into<String>,
    ) -> Self {
        Self {
            belong_to_phone_num: belong_to_phone_num.into(),
            contact_phone_num: contact_phone_num.into(),
            corp_id: corp_id.into(),
            dept_id: None,
            market_code: market_code.into(),
        }
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateOpportunityRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("belongToPhoneNum", &self.belong_to_phone_num)?;
        object.field("contactPhoneNum", &self.contact_phone_num)?;
        object.field("corpId", &self.corp_id)?;
        object.optional("deptId", &self.dept_id)?;
        object.field("marketCode", &self.market_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateOpportunityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateOpportunityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "belongToPhoneNum" => rt::read_field(map, &mut self.belong_to_phone_num),
            "contactPhoneNum" => rt::read_field(map, &mut self.contact_phone_num),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "marketCode" => rt::read_field(map, &mut self.market_code),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateOpportunityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::purchase_mix_view`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PurchaseMixViewRequest {
    /// `channelCode`.
    pub channel_code: Option<String>,
    /// `combineActivityId`.
    pub combine_activity_id: Option<i64>,
    /// `createOrder`.
    pub create_order: Option<bool>,
    /// `list`.
    pub list: Option<Vec<PurchaseMixViewRequestList>>,
    /// `memo`.
    pub memo: Option<String>,
    /// `mergeOrderName`.
    pub merge_order_name: Option<String>,
    /// `needModelTypeList`.
    pub need_model_type_list: Option<Vec<String>>,
    /// `objId`.
    pub obj_id: Option<i64>,
    /// `objType`.
    pub obj_type: Option<i64>,
    /// `orderParamMap`.
    pub order_param_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `outerTradeCode`.
    pub outer_trade_code: Option<String>,
    /// `outerTradeType`.
    pub outer_trade_type: Option<String>,
    /// `planId`.
    pub plan_id: Option<i64>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `uid`.
    pub uid: Option<i64>,
    /// `unPay`.
    pub un_pay: Option<bool>,
}
impl PurchaseMixViewRequest {
    /// An empty `PurchaseMixViewRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `channelCode`.
    pub fn channel_code(mut self, value: impl Into<String>) -> Self {
        self.channel_code = Some(value.into());
        self
    }
    /// Sets `combineActivityId`.
    pub fn combine_activity_id(mut self, value: i64) -> Self {
        self.combine_activity_id = Some(value);
        self
    }
    /// Sets `createOrder`.
    pub fn create_order(mut self, value: bool) -> Self {
        self.create_order = Some(value);
        self
    }
    /// Sets `list`.
    pub fn list(
        mut self,
        value: impl IntoIterator<Item = PurchaseMixViewRequestList>,
    ) -> Self {
        self.list = Some(value.into_iter().collect());
        self
    }
    /// Sets `memo`.
    pub fn memo(mut self, value: impl Into<String>) -> Self {
        self.memo = Some(value.into());
        self
    }
    /// Sets `mergeOrderName`.
    pub fn merge_order_name(mut self, value: impl Into<String>) -> Self {
        self.merge_order_name = Some(value.into());
        self
    }
    /// Sets `needModelTypeList`.
    pub fn need_model_type_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.need_model_type_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `objId`.
    pub fn obj_id(mut self, value: i64) -> Self {
        self.obj_id = Some(value);
        self
    }
    /// Sets `objType`.
    pub fn obj_type(mut self, value: i64) -> Self {
        self.obj_type = Some(value);
        self
    }
    /// Sets `orderParamMap`.
    pub fn order_param_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.order_param_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `outerTradeCode`.
    pub fn outer_trade_code(mut self, value: impl Into<String>) -> Self {
        self.outer_trade_code = Some(value.into());
        self
    }
    /// Sets `outerTradeType`.
    pub fn outer_trade_type(mut self, value: impl Into<String>) -> Self {
        self.outer_trade_type = Some(value.into());
        self
    }
    /// Sets `planId`.
    pub fn plan_id(mut self, value: i64) -> Self {
        self.plan_id = Some(value);
        self
    }
    /// Sets `requestId`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
    /// Sets `uid`.
    pub fn uid(mut self, value: i64) -> Self {
        self.uid = Some(value);
        self
    }
    /// Sets `unPay`.
    pub fn un_pay(mut self, value: bool) -> Self {
        self.un_pay = Some(value);
        self
    }
}
impl rt::serde::Serialize for PurchaseMixViewRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("channelCode", &self.channel_code)?;
        object.optional("combineActivityId", &self.combine_activity_id)?;
        object.optional("createOrder", &self.create_order)?;
        object.optional("list", &self.list)?;
        object.optional("memo", &self.memo)?;
        object.optional("mergeOrderName", &self.merge_order_name)?;
        object.optional("needModelTypeList", &self.need_model_type_list)?;
        object.optional("objId", &self.obj_id)?;
        object.optional("objType", &self.obj_type)?;
        object.optional("orderParamMap", &self.order_param_map)?;
        object.optional("outerTradeCode", &self.outer_trade_code)?;
        object.optional("outerTradeType", &self.outer_trade_type)?;
        object.optional("planId", &self.plan_id)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("uid", &self.uid)?;
        object.optional("unPay", &self.un_pay)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PurchaseMixViewRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PurchaseMixViewRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "channelCode" => rt::read_field(map, &mut self.channel_code),
            "combineActivityId" => rt::read_field(map, &mut self.combine_activity_id),
            "createOrder" => rt::read_field(map, &mut self.create_order),
            "list" => rt::read_field(map, &mut self.list),
            "memo" => rt::read_field(map, &mut self.memo),
            "mergeOrderName" => rt::read_field(map, &mut self.merge_order_name),
            "needModelTypeList" => rt::read_field(map, &mut self.need_model_type_list),
            "objId" => rt::read_field(map, &mut self.obj_id),
            "objType" => rt::read_field(map, &mut self.obj_type),
            "orderParamMap" => rt::read_field(map, &mut self.order_param_map),
            "outerTradeCode" => rt::read_field(map, &mut self.outer_trade_code),
            "outerTradeType" => rt::read_field(map, &mut self.outer_trade_type),
            "planId" => rt::read_field(map, &mut self.plan_id),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "uid" => rt::read_field(map, &mut self.uid),
            "unPay" => rt::read_field(map, &mut self.un_pay),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PurchaseMixViewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_trade_order`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTradeOrderRequest {
    /// `orderId`.
    pub order_id: Option<i64>,
    /// `outerOrderId`.
    pub outer_order_id: Option<String>,
}
impl QueryTradeOrderRequest {
    /// An empty `QueryTradeOrderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `orderId`.
    pub fn order_id(mut self, value: i64) -> Self {
        self.order_id = Some(value);
        self
    }
    /// Sets `outerOrderId`.
    pub fn outer_order_id(mut self, value: impl Into<String>) -> Self {
        self.outer_order_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryTradeOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("orderId", &self.order_id)?;
        object.optional("outerOrderId", &self.outer_order_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryTradeOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryTradeOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "orderId" => rt::read_field(map, &mut self.order_id),
            "outerOrderId" => rt::read_field(map, &mut self.outer_order_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryTradeOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::check_opportunity_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckOpportunityResultError = rt::ServiceError;
/// An error reply of [`Api::create_clue_temp`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateClueTempError = rt::ServiceError;
/// An error reply of [`Api::create_note_for_isv`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateNoteForIsvError = rt::ServiceError;
/// An error reply of [`Api::create_opportunity`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateOpportunityError = rt::ServiceError;
/// An error reply of [`Api::purchase_mix_view`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PurchaseMixViewError = rt::ServiceError;
/// An error reply of [`Api::query_trade_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTradeOrderError = rt::ServiceError;
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
        "CheckOpportunityResult" => {
            rt::conformance::reply(api.check_opportunity_result(&inputs.request(false)?))
                .await
        }
        "CreateClueTemp" => {
            rt::conformance::reply(api.create_clue_temp(&inputs.request(true)?)).await
        }
        "CreateNoteForIsv" => {
            rt::conformance::reply(api.create_note_for_isv(&inputs.request(true)?)).await
        }
        "CreateOpportunity" => {
            rt::conformance::reply(api.create_opportunity(&inputs.request(true)?)).await
        }
        "PurchaseMixView" => {
            rt::conformance::reply(api.purchase_mix_view(&inputs.request(true)?)).await
        }
        "QueryTradeOrder" => {
            rt::conformance::reply(api.query_trade_order(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
