// @generated from api-spec/trade_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 商机 (Trade)：商机、线索与小记。
//!
//! 6 operations, methods of [`Api`] (`client.trade_1_0()`), behind the cargo feature `trade_1_0`; its paths start with `/v1.0/trade/`.
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
    /// `GET /v1.0/trade/opportunity/check`: DingTalk's `CheckOpportunityResult` (module feature `trade_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckOpportunityResult")]
    #[doc(alias = "/v1.0/trade/opportunity/check")]
    #[doc(alias = "GET /v1.0/trade/opportunity/check")]
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
    /// `POST /v1.0/trade/clueTemps`: DingTalk's `CreateClueTemp` (module feature `trade_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateClueTemp")]
    #[doc(alias = "/v1.0/trade/clueTemps")]
    #[doc(alias = "POST /v1.0/trade/clueTemps")]
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
    /// `POST /v1.0/trade/notes`: DingTalk's `CreateNoteForIsv` (module feature `trade_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateNoteForIsv")]
    #[doc(alias = "/v1.0/trade/notes")]
    #[doc(alias = "POST /v1.0/trade/notes")]
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
    /// `POST /v1.0/trade/opportunities`: DingTalk's `CreateOpportunity` (module feature `trade_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateOpportunity")]
    #[doc(alias = "/v1.0/trade/opportunities")]
    #[doc(alias = "POST /v1.0/trade/opportunities")]
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
    /// `POST /v1.0/trade/purchase/mixView`: DingTalk's `PurchaseMixView` (module feature `trade_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PurchaseMixView")]
    #[doc(alias = "/v1.0/trade/purchase/mixView")]
    #[doc(alias = "POST /v1.0/trade/purchase/mixView")]
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
    /// `POST /v1.0/trade/orders/query`: DingTalk's `QueryTradeOrder` (module feature `trade_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryTradeOrder")]
    #[doc(alias = "/v1.0/trade/orders/query")]
    #[doc(alias = "POST /v1.0/trade/orders/query")]
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckOpportunityResultResponseBody {
    /// `bizSuccess`.
    pub biz_success: Option<bool>,
}
rt::impl_deserialize! {
    CheckOpportunityResultResponseBody { "bizSuccess" => read_field(biz_success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CheckOpportunityResultResponseBody { "bizSuccess" => optional(biz_success) }
}
/// `CreateClueTempResponseBody`, a model several operations share: also named [`CreateNoteForIsvResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateClueTempResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateClueTempResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateClueTempResponseBody { "success" => optional(success) }
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
rt::impl_serialize! {
    PurchaseMixViewRequestList { "activityId" => optional(activity_id), "articleCode" =>
    optional(article_code), "articleItemCode" => optional(article_item_code),
    "articleItemId" => optional(article_item_id), "articleItemName" =>
    optional(article_item_name), "bizType" => optional(biz_type), "couponId" =>
    optional(coupon_id), "cycNum" => optional(cyc_num), "cycType" => optional(cyc_type),
    "cycUnit" => optional(cyc_unit), "extend1" => optional(extend1), "instanceNum" =>
    optional(instance_num), "isCredit" => optional(is_credit), "itemComponentList" =>
    optional(item_component_list), "minorItemParamList" =>
    optional(minor_item_param_list), "orderParamMap" => optional(order_param_map),
    "orderType" => optional(order_type), "saleMarketType" => optional(sale_market_type),
    "saleOrgId" => optional(sale_org_id), "subQuantity" => optional(sub_quantity),
    "tradeModelType" => optional(trade_model_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PurchaseMixViewRequestList { "activityId" => read_field(activity_id), "articleCode"
    => read_field(article_code), "articleItemCode" => read_field(article_item_code),
    "articleItemId" => read_field(article_item_id), "articleItemName" =>
    read_field(article_item_name), "bizType" => read_field(biz_type), "couponId" =>
    read_field(coupon_id), "cycNum" => read_field(cyc_num), "cycType" =>
    read_field(cyc_type), "cycUnit" => read_field(cyc_unit), "extend1" =>
    read_field(extend1), "instanceNum" => read_field(instance_num), "isCredit" =>
    read_field(is_credit), "itemComponentList" => read_field(item_component_list),
    "minorItemParamList" => read_field(minor_item_param_list), "orderParamMap" =>
    read_field(order_param_map), "orderType" => read_field(order_type), "saleMarketType"
    => read_field(sale_market_type), "saleOrgId" => read_field(sale_org_id),
    "subQuantity" => read_field(sub_quantity), "tradeModelType" =>
    read_field(trade_model_type) }
}
/// `PurchaseMixViewResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PurchaseMixViewResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PurchaseMixViewResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `QueryTradeOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryTradeOrderResponseBody { "articleCode" => read_field(article_code),
    "articleItemCode" => read_field(article_item_code), "articleItemName" =>
    read_field(article_item_name), "articleName" => read_field(article_name), "closeTime"
    => read_field(close_time), "createTime" => read_field(create_time), "fee" =>
    read_field(fee), "isvCropId" => read_field(isv_crop_id), "orderId" =>
    read_field(order_id), "outerOrderId" => read_field(outer_order_id), "payFee" =>
    read_field(pay_fee), "payTime" => read_field(pay_time), "quantity" =>
    read_field(quantity), "refundTime" => read_field(refund_time), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTradeOrderResponseBody { "articleCode" => optional(article_code),
    "articleItemCode" => optional(article_item_code), "articleItemName" =>
    optional(article_item_name), "articleName" => optional(article_name), "closeTime" =>
    optional(close_time), "createTime" => optional(create_time), "fee" => optional(fee),
    "isvCropId" => optional(isv_crop_id), "orderId" => optional(order_id), "outerOrderId"
    => optional(outer_order_id), "payFee" => optional(pay_fee), "payTime" =>
    optional(pay_time), "quantity" => optional(quantity), "refundTime" =>
    optional(refund_time), "status" => optional(status) }
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
rt::impl_serialize! {
    PurchaseMixViewRequestListItemComponentList { "componentCode" =>
    optional(component_code), "componentName" => optional(component_name),
    "itemPropertyList" => optional(item_property_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PurchaseMixViewRequestListItemComponentList { "componentCode" =>
    read_field(component_code), "componentName" => read_field(component_name),
    "itemPropertyList" => read_field(item_property_list) }
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
rt::impl_serialize! {
    PurchaseMixViewRequestListMinorItemParamList { "minorItemCode" =>
    optional(minor_item_code), "minorItemGroupCode" => optional(minor_item_group_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PurchaseMixViewRequestListMinorItemParamList { "minorItemCode" =>
    read_field(minor_item_code), "minorItemGroupCode" =>
    read_field(minor_item_group_code) }
}
/// `PurchaseMixViewResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PurchaseMixViewResponseBodyResult { "aliyunArticleItemViewUnitList" =>
    read_field(aliyun_article_item_view_unit_list), "mixPromotionVO" =>
    read_field(mix_promotion_vo), "recommendedMarketingCollocationDTO" =>
    read_field(recommended_marketing_collocation_dto) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PurchaseMixViewResponseBodyResult { "aliyunArticleItemViewUnitList" =>
    optional(aliyun_article_item_view_unit_list), "mixPromotionVO" =>
    optional(mix_promotion_vo), "recommendedMarketingCollocationDTO" =>
    optional(recommended_marketing_collocation_dto) }
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
rt::impl_serialize! {
    PurchaseMixViewRequestListItemComponentListItemPropertyList { "code" =>
    optional(code), "name" => optional(name), "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PurchaseMixViewRequestListItemComponentListItemPropertyList { "code" =>
    read_field(code), "name" => read_field(name), "value" => read_field(value) }
}
/// `PurchaseMixViewResponseBodyResultAliyunArticleItemViewUnitList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PurchaseMixViewResponseBodyResultAliyunArticleItemViewUnitList { "actualPayFee" =>
    read_field(actual_pay_fee), "articleCode" => read_field(article_code),
    "articleItemCode" => read_field(article_item_code), "bizTagList" =>
    read_field(biz_tag_list), "endDate" => read_field(end_date), "orderType" =>
    read_field(order_type), "payFee" => read_field(pay_fee), "startDate" =>
    read_field(start_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PurchaseMixViewResponseBodyResultAliyunArticleItemViewUnitList { "actualPayFee" =>
    optional(actual_pay_fee), "articleCode" => optional(article_code), "articleItemCode"
    => optional(article_item_code), "bizTagList" => optional(biz_tag_list), "endDate" =>
    optional(end_date), "orderType" => optional(order_type), "payFee" =>
    optional(pay_fee), "startDate" => optional(start_date) }
}
/// `PurchaseMixViewResponseBodyResultMixPromotionVO`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PurchaseMixViewResponseBodyResultMixPromotionVO { "activityId" =>
    read_field(activity_id), "activityName" => read_field(activity_name), "activityUrl"
    => read_field(activity_url), "endTime" => read_field(end_time), "extendParam" =>
    read_field(extend_param), "forbiddenCoupon" => read_field(forbidden_coupon),
    "isSelected" => read_field(is_selected), "marketActivityId" =>
    read_field(market_activity_id), "promotionId" => read_field(promotion_id),
    "promotionName" => read_field(promotion_name), "promotionType" =>
    read_field(promotion_type), "source" => read_field(source), "startTime" =>
    read_field(start_time), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PurchaseMixViewResponseBodyResultMixPromotionVO { "activityId" =>
    optional(activity_id), "activityName" => optional(activity_name), "activityUrl" =>
    optional(activity_url), "endTime" => optional(end_time), "extendParam" =>
    optional(extend_param), "forbiddenCoupon" => optional(forbidden_coupon), "isSelected"
    => optional(is_selected), "marketActivityId" => optional(market_activity_id),
    "promotionId" => optional(promotion_id), "promotionName" => optional(promotion_name),
    "promotionType" => optional(promotion_type), "source" => optional(source),
    "startTime" => optional(start_time), "type" => optional(r#type) }
}
/// `PurchaseMixViewResponseBodyResultRecommendedMarketingCollocationDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PurchaseMixViewResponseBodyResultRecommendedMarketingCollocationDTO {
    /// `activityId`.
    pub activity_id: Option<i64>,
    /// `couponId`.
    pub coupon_id: Option<i64>,
}
rt::impl_deserialize! {
    PurchaseMixViewResponseBodyResultRecommendedMarketingCollocationDTO { "activityId" =>
    read_field(activity_id), "couponId" => read_field(coupon_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PurchaseMixViewResponseBodyResultRecommendedMarketingCollocationDTO { "activityId" =>
    optional(activity_id), "couponId" => optional(coupon_id) }
}
/// The request of [`Api::check_opportunity_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CheckOpportunityResultRequest`], each named where it is set: `CheckOpportunityResultRequest::new(CheckOpportunityResultRequired { .. })`.
pub struct CheckOpportunityResultRequired {
    /// `belongToPhoneNum`: see [`CheckOpportunityResultRequest::belong_to_phone_num`].
    pub belong_to_phone_num: String,
    /// `contactPhoneNum`: see [`CheckOpportunityResultRequest::contact_phone_num`].
    pub contact_phone_num: String,
    /// `corpId`: see [`CheckOpportunityResultRequest::corp_id`].
    pub corp_id: String,
    /// `marketCode`: see [`CheckOpportunityResultRequest::market_code`].
    pub market_code: String,
}
impl CheckOpportunityResultRequest {
    /// A `CheckOpportunityResultRequest` with its required fields (`belongToPhoneNum`, `contactPhoneNum`, `corpId`, `marketCode`); set the others with the methods named after them.
    pub fn new(required: CheckOpportunityResultRequired) -> Self {
        let CheckOpportunityResultRequired {
            belong_to_phone_num,
            contact_phone_num,
            corp_id,
            market_code,
        } = required;
        Self {
            belong_to_phone_num,
            contact_phone_num,
            corp_id,
            dept_id: None,
            market_code,
        }
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CheckOpportunityResultRequest { "belongToPhoneNum" =>
    read_field(belong_to_phone_num), "contactPhoneNum" => read_field(contact_phone_num),
    "corpId" => read_field(corp_id), "deptId" => read_field(dept_id), "marketCode" =>
    read_field(market_code) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateClueTempRequest`], each named where it is set: `CreateClueTempRequest::new(CreateClueTempRequired { .. })`.
pub struct CreateClueTempRequired {
    /// `contactName`: see [`CreateClueTempRequest::contact_name`].
    pub contact_name: String,
    /// `name`: see [`CreateClueTempRequest::name`].
    pub name: String,
    /// `phoneNum`: see [`CreateClueTempRequest::phone_num`].
    pub phone_num: String,
    /// `source`: see [`CreateClueTempRequest::source`].
    pub source: String,
}
impl CreateClueTempRequest {
    /// A `CreateClueTempRequest` with its required fields (`contactName`, `name`, `phoneNum`, `source`); set the others with the methods named after them.
    pub fn new(required: CreateClueTempRequired) -> Self {
        let CreateClueTempRequired { contact_name, name, phone_num, source } = required;
        Self {
            address: None,
            contact_name,
            dept_id: None,
            ext: None,
            name,
            phone_num,
            position: None,
            product_code: None,
            sales_id: None,
            source,
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
rt::impl_serialize! {
    CreateClueTempRequest { "address" => optional(address), "contactName" =>
    field(contact_name), "deptId" => optional(dept_id), "ext" => optional(ext), "name" =>
    field(name), "phoneNum" => field(phone_num), "position" => optional(position),
    "productCode" => optional(product_code), "salesId" => optional(sales_id), "source" =>
    field(source) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateClueTempRequest { "address" => read_field(address), "contactName" =>
    read_field(contact_name), "deptId" => read_field(dept_id), "ext" => read_field(ext),
    "name" => read_field(name), "phoneNum" => read_field(phone_num), "position" =>
    read_field(position), "productCode" => read_field(product_code), "salesId" =>
    read_field(sales_id), "source" => read_field(source) }
}
impl rt::WriteRequest for CreateClueTempRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_note_for_isv`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateNoteForIsvRequest`], each named where it is set: `CreateNoteForIsvRequest::new(CreateNoteForIsvRequired { .. })`.
pub struct CreateNoteForIsvRequired {
    /// `contactPhoneNum`: see [`CreateNoteForIsvRequest::contact_phone_num`].
    pub contact_phone_num: String,
    /// `content`: see [`CreateNoteForIsvRequest::content`].
    pub content: String,
    /// `corpId`: see [`CreateNoteForIsvRequest::corp_id`].
    pub corp_id: String,
    /// `inputPhoneNum`: see [`CreateNoteForIsvRequest::input_phone_num`].
    pub input_phone_num: String,
}
impl CreateNoteForIsvRequest {
    /// A `CreateNoteForIsvRequest` with its required fields (`contactPhoneNum`, `content`, `corpId`, `inputPhoneNum`); set the others with the methods named after them.
    pub fn new(required: CreateNoteForIsvRequired) -> Self {
        let CreateNoteForIsvRequired {
            contact_phone_num,
            content,
            corp_id,
            input_phone_num,
        } = required;
        Self {
            contact_name: None,
            contact_phone_num,
            contact_title: None,
            content,
            corp_id,
            input_phone_num,
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
rt::impl_serialize! {
    CreateNoteForIsvRequest { "contactName" => optional(contact_name), "contactPhoneNum"
    => field(contact_phone_num), "contactTitle" => optional(contact_title), "content" =>
    field(content), "corpId" => field(corp_id), "inputPhoneNum" => field(input_phone_num)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateNoteForIsvRequest { "contactName" => read_field(contact_name),
    "contactPhoneNum" => read_field(contact_phone_num), "contactTitle" =>
    read_field(contact_title), "content" => read_field(content), "corpId" =>
    read_field(corp_id), "inputPhoneNum" => read_field(input_phone_num) }
}
impl rt::WriteRequest for CreateNoteForIsvRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_opportunity`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateOpportunityRequest`], each named where it is set: `CreateOpportunityRequest::new(CreateOpportunityRequired { .. })`.
pub struct CreateOpportunityRequired {
    /// `belongToPhoneNum`: see [`CreateOpportunityRequest::belong_to_phone_num`].
    pub belong_to_phone_num: String,
    /// `contactPhoneNum`: see [`CreateOpportunityRequest::contact_phone_num`].
    pub contact_phone_num: String,
    /// `corpId`: see [`CreateOpportunityRequest::corp_id`].
    pub corp_id: String,
    /// `marketCode`: see [`CreateOpportunityRequest::market_code`].
    pub market_code: String,
}
impl CreateOpportunityRequest {
    /// A `CreateOpportunityRequest` with its required fields (`belongToPhoneNum`, `contactPhoneNum`, `corpId`, `marketCode`); set the others with the methods named after them.
    pub fn new(required: CreateOpportunityRequired) -> Self {
        let CreateOpportunityRequired {
            belong_to_phone_num,
            contact_phone_num,
            corp_id,
            market_code,
        } = required;
        Self {
            belong_to_phone_num,
            contact_phone_num,
            corp_id,
            dept_id: None,
            market_code,
        }
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateOpportunityRequest { "belongToPhoneNum" => field(belong_to_phone_num),
    "contactPhoneNum" => field(contact_phone_num), "corpId" => field(corp_id), "deptId"
    => optional(dept_id), "marketCode" => field(market_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateOpportunityRequest { "belongToPhoneNum" => read_field(belong_to_phone_num),
    "contactPhoneNum" => read_field(contact_phone_num), "corpId" => read_field(corp_id),
    "deptId" => read_field(dept_id), "marketCode" => read_field(market_code) }
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
rt::impl_serialize! {
    PurchaseMixViewRequest { "channelCode" => optional(channel_code), "combineActivityId"
    => optional(combine_activity_id), "createOrder" => optional(create_order), "list" =>
    optional(list), "memo" => optional(memo), "mergeOrderName" =>
    optional(merge_order_name), "needModelTypeList" => optional(need_model_type_list),
    "objId" => optional(obj_id), "objType" => optional(obj_type), "orderParamMap" =>
    optional(order_param_map), "outerTradeCode" => optional(outer_trade_code),
    "outerTradeType" => optional(outer_trade_type), "planId" => optional(plan_id),
    "requestId" => optional(request_id), "uid" => optional(uid), "unPay" =>
    optional(un_pay) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PurchaseMixViewRequest { "channelCode" => read_field(channel_code),
    "combineActivityId" => read_field(combine_activity_id), "createOrder" =>
    read_field(create_order), "list" => read_field(list), "memo" => read_field(memo),
    "mergeOrderName" => read_field(merge_order_name), "needModelTypeList" =>
    read_field(need_model_type_list), "objId" => read_field(obj_id), "objType" =>
    read_field(obj_type), "orderParamMap" => read_field(order_param_map),
    "outerTradeCode" => read_field(outer_trade_code), "outerTradeType" =>
    read_field(outer_trade_type), "planId" => read_field(plan_id), "requestId" =>
    read_field(request_id), "uid" => read_field(uid), "unPay" => read_field(un_pay) }
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
rt::impl_serialize! {
    QueryTradeOrderRequest { "orderId" => optional(order_id), "outerOrderId" =>
    optional(outer_order_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryTradeOrderRequest { "orderId" => read_field(order_id), "outerOrderId" =>
    read_field(outer_order_id) }
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
