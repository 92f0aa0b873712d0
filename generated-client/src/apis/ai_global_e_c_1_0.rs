// @generated from api-spec/ai_global_e_c_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! aiGlobalEC（未在钉钉开放平台文档中找到）：全渠道运营客服的消息接入、商品信息与回调。
//!
//! 9 operations, methods of [`Api`] (`client.ai_global_e_c_1_0()`), behind the cargo feature `ai_global_e_c_1_0`; its paths start with `/v1.0/aiGlobalEC/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `ai_global_e_c_1_0`. Get it with `client.ai_global_e_c_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 业务code回调
    ///
    /// `POST /v1.0/aiGlobalEC/businessCode/callback`: DingTalk's `BusinessCodeCallback` (module feature `ai_global_e_c_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BusinessCodeCallback")]
    #[doc(alias = "/v1.0/aiGlobalEC/businessCode/callback")]
    #[doc(alias = "POST /v1.0/aiGlobalEC/businessCode/callback")]
    pub fn business_code_callback(
        &self,
        request: &BusinessCodeCallbackRequest,
    ) -> rt::Call<BusinessCodeCallbackResponseBody, BusinessCodeCallbackError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BusinessCodeCallback",
            rt::Method::Post,
            "/v1.0/aiGlobalEC/businessCode/callback",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 全渠道运营客服tiktok消息接入
    ///
    /// `POST /v1.0/aiGlobalEC/omniChannel/tiktok/im/message/process`: DingTalk's `ConnectionOmniChannelTiktokMessage` (module feature `ai_global_e_c_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConnectionOmniChannelTiktokMessage")]
    #[doc(alias = "/v1.0/aiGlobalEC/omniChannel/tiktok/im/message/process")]
    #[doc(alias = "POST /v1.0/aiGlobalEC/omniChannel/tiktok/im/message/process")]
    pub fn connection_omni_channel_tiktok_message(
        &self,
        request: &ConnectionOmniChannelTiktokMessageRequest,
    ) -> rt::Call<
        ConnectionOmniChannelTiktokMessageResponseBody,
        ConnectionOmniChannelTiktokMessageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConnectionOmniChannelTiktokMessage",
            rt::Method::Post,
            "/v1.0/aiGlobalEC/omniChannel/tiktok/im/message/process",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取当前登录用户版本信息
    ///
    /// `POST /v1.0/aiGlobalEC/authCode/getLoginUser`: DingTalk's `GetLoginUser` (module feature `ai_global_e_c_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetLoginUser")]
    #[doc(alias = "/v1.0/aiGlobalEC/authCode/getLoginUser")]
    #[doc(alias = "POST /v1.0/aiGlobalEC/authCode/getLoginUser")]
    pub fn get_login_user(
        &self,
        request: &GetLoginUserRequest,
    ) -> rt::Call<GetLoginUserResponseBody, GetLoginUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetLoginUser",
            rt::Method::Post,
            "/v1.0/aiGlobalEC/authCode/getLoginUser",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提供给HHO的异步回调接口
    ///
    /// `POST /v1.0/aiGlobalEC/hho/callback`: DingTalk's `HhoCallBack` (module feature `ai_global_e_c_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HhoCallBack")]
    #[doc(alias = "/v1.0/aiGlobalEC/hho/callback")]
    #[doc(alias = "POST /v1.0/aiGlobalEC/hho/callback")]
    pub fn hho_call_back(
        &self,
        request: &HhoCallBackRequest,
    ) -> rt::Call<HhoCallBackResponseBody, HhoCallBackError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HhoCallBack",
            rt::Method::Post,
            "/v1.0/aiGlobalEC/hho/callback",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 刊登的对外开放Api
    ///
    /// `POST /v1.0/aiGlobalEC/launch`: DingTalk's `Launch` (module feature `ai_global_e_c_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Launch")]
    #[doc(alias = "/v1.0/aiGlobalEC/launch")]
    #[doc(alias = "POST /v1.0/aiGlobalEC/launch")]
    pub fn launch(
        &self,
        request: &LaunchRequest,
    ) -> rt::Call<LaunchResponseBody, LaunchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "Launch",
            rt::Method::Post,
            "/v1.0/aiGlobalEC/launch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据businessCode查询商品图片信息
    ///
    /// `POST /v1.0/aiGlobalEC/businessCode/queryInfo`: DingTalk's `QueryBusinessCodeInfo` (module feature `ai_global_e_c_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryBusinessCodeInfo")]
    #[doc(alias = "/v1.0/aiGlobalEC/businessCode/queryInfo")]
    #[doc(alias = "POST /v1.0/aiGlobalEC/businessCode/queryInfo")]
    pub fn query_business_code_info(
        &self,
        request: &QueryBusinessCodeInfoRequest,
    ) -> rt::Call<QueryBusinessCodeInfoResponseBody, QueryBusinessCodeInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBusinessCodeInfo",
            rt::Method::Post,
            "/v1.0/aiGlobalEC/businessCode/queryInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 全渠道AI表格业务信息
    ///
    /// `GET /v1.0/aiGlobalEC/omniChannel/notable`: DingTalk's `QueryNotableInfo` (module feature `ai_global_e_c_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryNotableInfo")]
    #[doc(alias = "/v1.0/aiGlobalEC/omniChannel/notable")]
    #[doc(alias = "GET /v1.0/aiGlobalEC/omniChannel/notable")]
    pub fn query_notable_info(
        &self,
        request: &QueryNotableInfoRequest,
    ) -> rt::Call<QueryNotableInfoResponseBody, QueryNotableInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryNotableInfo",
            rt::Method::Get,
            "/v1.0/aiGlobalEC/omniChannel/notable",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 平台店铺授权回调
    ///
    /// `POST /v1.0/aiGlobalEC/omniChannel/tiktok/shop/authCallback`: DingTalk's `TiktokShopAuthCallback` (module feature `ai_global_e_c_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TiktokShopAuthCallback")]
    #[doc(alias = "/v1.0/aiGlobalEC/omniChannel/tiktok/shop/authCallback")]
    #[doc(alias = "POST /v1.0/aiGlobalEC/omniChannel/tiktok/shop/authCallback")]
    pub fn tiktok_shop_auth_callback(
        &self,
        request: &TiktokShopAuthCallbackRequest,
    ) -> rt::Call<TiktokShopAuthCallbackResponseBody, TiktokShopAuthCallbackError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TiktokShopAuthCallback",
            rt::Method::Post,
            "/v1.0/aiGlobalEC/omniChannel/tiktok/shop/authCallback",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 全渠道运营Tiktok的Webhook信息写入
    ///
    /// `POST /v1.0/aiGlobalEC/omniChannel/tiktok/webhook/process`: DingTalk's `TiktokWebhookProcess` (module feature `ai_global_e_c_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TiktokWebhookProcess")]
    #[doc(alias = "/v1.0/aiGlobalEC/omniChannel/tiktok/webhook/process")]
    #[doc(alias = "POST /v1.0/aiGlobalEC/omniChannel/tiktok/webhook/process")]
    pub fn tiktok_webhook_process(
        &self,
        request: &TiktokWebhookProcessRequest,
    ) -> rt::Call<TiktokWebhookProcessResponseBody, TiktokWebhookProcessError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TiktokWebhookProcess",
            rt::Method::Post,
            "/v1.0/aiGlobalEC/omniChannel/tiktok/webhook/process",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `BusinessCodeCallbackResponseBody`, a model several operations share: also named [`HhoCallBackResponseBody`], [`TiktokShopAuthCallbackResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BusinessCodeCallbackResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BusinessCodeCallbackResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BusinessCodeCallbackResponseBody { "success" => optional(success) }
}
/// `ConnectionOmniChannelTiktokMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConnectionOmniChannelTiktokMessageResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `omniChannelTiktokRsp`.
    pub omni_channel_tiktok_rsp: Option<
        ConnectionOmniChannelTiktokMessageResponseBodyOmniChannelTiktokRsp,
    >,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    ConnectionOmniChannelTiktokMessageResponseBody { "errorCode" =>
    read_field(error_code), "errorMsg" => read_field(error_msg), "omniChannelTiktokRsp"
    => read_field(omni_channel_tiktok_rsp), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConnectionOmniChannelTiktokMessageResponseBody { "errorCode" => optional(error_code),
    "errorMsg" => optional(error_msg), "omniChannelTiktokRsp" =>
    optional(omni_channel_tiktok_rsp), "success" => optional(success) }
}
/// `GetLoginUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetLoginUserResponseBody {
    /// `commodityInfo`.
    pub commodity_info: Option<GetLoginUserResponseBodyCommodityInfo>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `isAdmin`.
    pub is_admin: Option<bool>,
    /// `openId`.
    pub open_id: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
}
rt::impl_deserialize! {
    GetLoginUserResponseBody { "commodityInfo" => read_field(commodity_info), "corpId" =>
    read_field(corp_id), "isAdmin" => read_field(is_admin), "openId" =>
    read_field(open_id), "unionId" => read_field(union_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetLoginUserResponseBody { "commodityInfo" => optional(commodity_info), "corpId" =>
    optional(corp_id), "isAdmin" => optional(is_admin), "openId" => optional(open_id),
    "unionId" => optional(union_id) }
}
/// `HhoCallBackResponseBody`: the same model as [`BusinessCodeCallbackResponseBody`].
pub type HhoCallBackResponseBody = BusinessCodeCallbackResponseBody;
/// `LaunchRequestVariants`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LaunchRequestVariants {
    /// `images`.
    pub images: Option<Vec<String>>,
    /// `optionValues`.
    pub option_values: Option<Vec<LaunchRequestVariantsOptionValues>>,
    /// `price`.
    pub price: Option<String>,
    /// `sku`.
    pub sku: Option<String>,
}
impl LaunchRequestVariants {
    /// An empty `LaunchRequestVariants`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `images`.
    pub fn images(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.images = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `optionValues`.
    pub fn option_values(
        mut self,
        value: impl IntoIterator<Item = LaunchRequestVariantsOptionValues>,
    ) -> Self {
        self.option_values = Some(value.into_iter().collect());
        self
    }
    /// Sets `price`.
    pub fn price(mut self, value: impl Into<String>) -> Self {
        self.price = Some(value.into());
        self
    }
    /// Sets `sku`.
    pub fn sku(mut self, value: impl Into<String>) -> Self {
        self.sku = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    LaunchRequestVariants { "images" => optional(images), "optionValues" =>
    optional(option_values), "price" => optional(price), "sku" => optional(sku) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LaunchRequestVariants { "images" => read_field(images), "optionValues" =>
    read_field(option_values), "price" => read_field(price), "sku" => read_field(sku) }
}
/// `LaunchResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LaunchResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    LaunchResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LaunchResponseBody { "success" => optional(success) }
}
/// `QueryBusinessCodeInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBusinessCodeInfoResponseBody {
    /// `businessCode`.
    pub business_code: Option<String>,
    /// `imageType`.
    pub image_type: Option<String>,
    /// `imageUrls`.
    pub image_urls: Option<Vec<String>>,
    /// `productId`.
    pub product_id: Option<String>,
    /// `skuList`.
    pub sku_list: Option<Vec<QueryBusinessCodeInfoResponseBodySkuList>>,
}
rt::impl_deserialize! {
    QueryBusinessCodeInfoResponseBody { "businessCode" => read_field(business_code),
    "imageType" => read_field(image_type), "imageUrls" => read_field(image_urls),
    "productId" => read_field(product_id), "skuList" => read_field(sku_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBusinessCodeInfoResponseBody { "businessCode" => optional(business_code),
    "imageType" => optional(image_type), "imageUrls" => optional(image_urls), "productId"
    => optional(product_id), "skuList" => optional(sku_list) }
}
/// `QueryNotableInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryNotableInfoResponseBody {
    /// `adminUnionIds`.
    pub admin_union_ids: Option<Vec<String>>,
    /// `baseId`.
    pub base_id: Option<String>,
}
rt::impl_deserialize! {
    QueryNotableInfoResponseBody { "adminUnionIds" => read_field(admin_union_ids),
    "baseId" => read_field(base_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryNotableInfoResponseBody { "adminUnionIds" => optional(admin_union_ids), "baseId"
    => optional(base_id) }
}
/// `TiktokShopAuthCallbackResponseBody`: the same model as [`BusinessCodeCallbackResponseBody`].
pub type TiktokShopAuthCallbackResponseBody = BusinessCodeCallbackResponseBody;
/// `TiktokWebhookProcessResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TiktokWebhookProcessResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `omniChannelTiktokWebhookRsp`.
    pub omni_channel_tiktok_webhook_rsp: Option<
        TiktokWebhookProcessResponseBodyOmniChannelTiktokWebhookRsp,
    >,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    TiktokWebhookProcessResponseBody { "code" => read_field(code), "errorCode" =>
    read_field(error_code), "errorMsg" => read_field(error_msg),
    "omniChannelTiktokWebhookRsp" => read_field(omni_channel_tiktok_webhook_rsp),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TiktokWebhookProcessResponseBody { "code" => optional(code), "errorCode" =>
    optional(error_code), "errorMsg" => optional(error_msg),
    "omniChannelTiktokWebhookRsp" => optional(omni_channel_tiktok_webhook_rsp), "success"
    => optional(success) }
}
/// `ConnectionOmniChannelTiktokMessageResponseBodyOmniChannelTiktokRsp`, a model several operations share: also named [`TiktokWebhookProcessResponseBodyOmniChannelTiktokWebhookRsp`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConnectionOmniChannelTiktokMessageResponseBodyOmniChannelTiktokRsp {
    /// `code`.
    pub code: Option<String>,
}
rt::impl_deserialize! {
    ConnectionOmniChannelTiktokMessageResponseBodyOmniChannelTiktokRsp { "code" =>
    read_field(code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConnectionOmniChannelTiktokMessageResponseBodyOmniChannelTiktokRsp { "code" =>
    optional(code) }
}
/// `GetLoginUserResponseBodyCommodityInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetLoginUserResponseBodyCommodityInfo {
    /// `version`.
    pub version: Option<String>,
}
rt::impl_deserialize! {
    GetLoginUserResponseBodyCommodityInfo { "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetLoginUserResponseBodyCommodityInfo { "version" => optional(version) }
}
/// `LaunchRequestVariantsOptionValues`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LaunchRequestVariantsOptionValues {
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl LaunchRequestVariantsOptionValues {
    /// An empty `LaunchRequestVariantsOptionValues`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    LaunchRequestVariantsOptionValues { "name" => optional(name), "value" =>
    optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LaunchRequestVariantsOptionValues { "name" => read_field(name), "value" =>
    read_field(value) }
}
/// `QueryBusinessCodeInfoResponseBodySkuList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBusinessCodeInfoResponseBodySkuList {
    /// `imageUrl`.
    pub image_url: Option<String>,
    /// `skuId`.
    pub sku_id: Option<String>,
}
rt::impl_deserialize! {
    QueryBusinessCodeInfoResponseBodySkuList { "imageUrl" => read_field(image_url),
    "skuId" => read_field(sku_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBusinessCodeInfoResponseBodySkuList { "imageUrl" => optional(image_url), "skuId"
    => optional(sku_id) }
}
/// `TiktokWebhookProcessResponseBodyOmniChannelTiktokWebhookRsp`: the same model as [`ConnectionOmniChannelTiktokMessageResponseBodyOmniChannelTiktokRsp`].
pub type TiktokWebhookProcessResponseBodyOmniChannelTiktokWebhookRsp = ConnectionOmniChannelTiktokMessageResponseBodyOmniChannelTiktokRsp;
/// The request of [`Api::business_code_callback`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BusinessCodeCallbackRequest {
    /// `businessCode`.
    pub business_code: String,
    /// `eventType`.
    pub event_type: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
/// The required fields of [`BusinessCodeCallbackRequest`], each named where it is set: `BusinessCodeCallbackRequest::new(BusinessCodeCallbackRequired { .. })`.
pub struct BusinessCodeCallbackRequired {
    /// `businessCode`: see [`BusinessCodeCallbackRequest::business_code`].
    pub business_code: String,
}
impl BusinessCodeCallbackRequest {
    /// A `BusinessCodeCallbackRequest` with its required fields (`businessCode`); set the others with the methods named after them.
    pub fn new(required: BusinessCodeCallbackRequired) -> Self {
        let BusinessCodeCallbackRequired { business_code } = required;
        Self {
            business_code,
            event_type: None,
            status: None,
        }
    }
    /// Sets `eventType`.
    pub fn event_type(mut self, value: impl Into<String>) -> Self {
        self.event_type = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BusinessCodeCallbackRequest { "businessCode" => field(business_code), "eventType" =>
    optional(event_type), "status" => optional(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BusinessCodeCallbackRequest { "businessCode" => read_field(business_code),
    "eventType" => read_field(event_type), "status" => read_field(status) }
}
impl rt::WriteRequest for BusinessCodeCallbackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::connection_omni_channel_tiktok_message`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConnectionOmniChannelTiktokMessageRequest {
    /// `tiktokContentJsonString`.
    pub tiktok_content_json_string: Option<String>,
}
impl ConnectionOmniChannelTiktokMessageRequest {
    /// An empty `ConnectionOmniChannelTiktokMessageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `tiktokContentJsonString`.
    pub fn tiktok_content_json_string(mut self, value: impl Into<String>) -> Self {
        self.tiktok_content_json_string = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConnectionOmniChannelTiktokMessageRequest { "tiktokContentJsonString" =>
    optional(tiktok_content_json_string) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConnectionOmniChannelTiktokMessageRequest { "tiktokContentJsonString" =>
    read_field(tiktok_content_json_string) }
}
impl rt::WriteRequest for ConnectionOmniChannelTiktokMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_login_user`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetLoginUserRequest {
    /// `authCode`.
    pub auth_code: Option<String>,
}
impl GetLoginUserRequest {
    /// An empty `GetLoginUserRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `authCode`.
    pub fn auth_code(mut self, value: impl Into<String>) -> Self {
        self.auth_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetLoginUserRequest { "authCode" => optional(auth_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetLoginUserRequest { "authCode" => read_field(auth_code) }
}
impl rt::WriteRequest for GetLoginUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::hho_call_back`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HhoCallBackRequest {
    /// `data`.
    pub data: Option<String>,
    /// `dtNotificationId`.
    pub dt_notification_id: Option<String>,
    /// `shopId`.
    pub shop_id: Option<String>,
    /// `timestamp`.
    pub timestamp: Option<String>,
    /// `type`.
    pub r#type: Option<i64>,
}
impl HhoCallBackRequest {
    /// An empty `HhoCallBackRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<String>) -> Self {
        self.data = Some(value.into());
        self
    }
    /// Sets `dtNotificationId`.
    pub fn dt_notification_id(mut self, value: impl Into<String>) -> Self {
        self.dt_notification_id = Some(value.into());
        self
    }
    /// Sets `shopId`.
    pub fn shop_id(mut self, value: impl Into<String>) -> Self {
        self.shop_id = Some(value.into());
        self
    }
    /// Sets `timestamp`.
    pub fn timestamp(mut self, value: impl Into<String>) -> Self {
        self.timestamp = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: i64) -> Self {
        self.r#type = Some(value);
        self
    }
}
rt::impl_serialize! {
    HhoCallBackRequest { "data" => optional(data), "dtNotificationId" =>
    optional(dt_notification_id), "shopId" => optional(shop_id), "timestamp" =>
    optional(timestamp), "type" => optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HhoCallBackRequest { "data" => read_field(data), "dtNotificationId" =>
    read_field(dt_notification_id), "shopId" => read_field(shop_id), "timestamp" =>
    read_field(timestamp), "type" => read_field(r#type) }
}
impl rt::WriteRequest for HhoCallBackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::launch`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LaunchRequest {
    /// `description`.
    pub description: Option<String>,
    /// `imageUrls`.
    pub image_urls: Option<Vec<String>>,
    /// `platform`.
    pub platform: Option<Vec<String>>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `sellingPoints`.
    pub selling_points: Option<Vec<String>>,
    /// `sourceData`.
    pub source_data: Option<String>,
    /// `variants`.
    pub variants: Option<Vec<LaunchRequestVariants>>,
    /// `videoUrls`.
    pub video_urls: Option<Vec<String>>,
}
impl LaunchRequest {
    /// An empty `LaunchRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `imageUrls`.
    pub fn image_urls(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.image_urls = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `platform`.
    pub fn platform(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.platform = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `productName`.
    pub fn product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
    /// Sets `sellingPoints`.
    pub fn selling_points(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.selling_points = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `sourceData`.
    pub fn source_data(mut self, value: impl Into<String>) -> Self {
        self.source_data = Some(value.into());
        self
    }
    /// Sets `variants`.
    pub fn variants(
        mut self,
        value: impl IntoIterator<Item = LaunchRequestVariants>,
    ) -> Self {
        self.variants = Some(value.into_iter().collect());
        self
    }
    /// Sets `videoUrls`.
    pub fn video_urls(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.video_urls = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    LaunchRequest { "description" => optional(description), "imageUrls" =>
    optional(image_urls), "platform" => optional(platform), "productName" =>
    optional(product_name), "sellingPoints" => optional(selling_points), "sourceData" =>
    optional(source_data), "variants" => optional(variants), "videoUrls" =>
    optional(video_urls) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LaunchRequest { "description" => read_field(description), "imageUrls" =>
    read_field(image_urls), "platform" => read_field(platform), "productName" =>
    read_field(product_name), "sellingPoints" => read_field(selling_points), "sourceData"
    => read_field(source_data), "variants" => read_field(variants), "videoUrls" =>
    read_field(video_urls) }
}
impl rt::WriteRequest for LaunchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_business_code_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryBusinessCodeInfoRequest {
    /// `businessCode`.
    pub business_code: String,
    /// `eventType`.
    pub event_type: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
/// The required fields of [`QueryBusinessCodeInfoRequest`], each named where it is set: `QueryBusinessCodeInfoRequest::new(QueryBusinessCodeInfoRequired { .. })`.
pub struct QueryBusinessCodeInfoRequired {
    /// `businessCode`: see [`QueryBusinessCodeInfoRequest::business_code`].
    pub business_code: String,
}
impl QueryBusinessCodeInfoRequest {
    /// A `QueryBusinessCodeInfoRequest` with its required fields (`businessCode`); set the others with the methods named after them.
    pub fn new(required: QueryBusinessCodeInfoRequired) -> Self {
        let QueryBusinessCodeInfoRequired { business_code } = required;
        Self {
            business_code,
            event_type: None,
            status: None,
        }
    }
    /// Sets `eventType`.
    pub fn event_type(mut self, value: impl Into<String>) -> Self {
        self.event_type = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryBusinessCodeInfoRequest { "businessCode" => field(business_code), "eventType" =>
    optional(event_type), "status" => optional(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryBusinessCodeInfoRequest { "businessCode" => read_field(business_code),
    "eventType" => read_field(event_type), "status" => read_field(status) }
}
impl rt::WriteRequest for QueryBusinessCodeInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_notable_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryNotableInfoRequest {
    /// `sceneCode`: a query parameter.
    pub scene_code: Option<String>,
}
impl QueryNotableInfoRequest {
    /// An empty `QueryNotableInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `sceneCode`.
    pub fn scene_code(mut self, value: impl Into<String>) -> Self {
        self.scene_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryNotableInfoRequest { "sceneCode" => read_field(scene_code) }
}
impl rt::WriteRequest for QueryNotableInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("sceneCode", &self.scene_code);
    }
}
/// The request of [`Api::tiktok_shop_auth_callback`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TiktokShopAuthCallbackRequest {
    /// `sellerType`.
    pub seller_type: Option<String>,
    /// `shopId`.
    pub shop_id: Option<String>,
    /// `shopName`.
    pub shop_name: Option<String>,
    /// `shopRegion`.
    pub shop_region: Option<String>,
}
impl TiktokShopAuthCallbackRequest {
    /// An empty `TiktokShopAuthCallbackRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `sellerType`.
    pub fn seller_type(mut self, value: impl Into<String>) -> Self {
        self.seller_type = Some(value.into());
        self
    }
    /// Sets `shopId`.
    pub fn shop_id(mut self, value: impl Into<String>) -> Self {
        self.shop_id = Some(value.into());
        self
    }
    /// Sets `shopName`.
    pub fn shop_name(mut self, value: impl Into<String>) -> Self {
        self.shop_name = Some(value.into());
        self
    }
    /// Sets `shopRegion`.
    pub fn shop_region(mut self, value: impl Into<String>) -> Self {
        self.shop_region = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TiktokShopAuthCallbackRequest { "sellerType" => optional(seller_type), "shopId" =>
    optional(shop_id), "shopName" => optional(shop_name), "shopRegion" =>
    optional(shop_region) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TiktokShopAuthCallbackRequest { "sellerType" => read_field(seller_type), "shopId" =>
    read_field(shop_id), "shopName" => read_field(shop_name), "shopRegion" =>
    read_field(shop_region) }
}
impl rt::WriteRequest for TiktokShopAuthCallbackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::tiktok_webhook_process`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TiktokWebhookProcessRequest {
    /// `tiktokContentJsonString`.
    pub tiktok_content_json_string: Option<String>,
}
impl TiktokWebhookProcessRequest {
    /// An empty `TiktokWebhookProcessRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `tiktokContentJsonString`.
    pub fn tiktok_content_json_string(mut self, value: impl Into<String>) -> Self {
        self.tiktok_content_json_string = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TiktokWebhookProcessRequest { "tiktokContentJsonString" =>
    optional(tiktok_content_json_string) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TiktokWebhookProcessRequest { "tiktokContentJsonString" =>
    read_field(tiktok_content_json_string) }
}
impl rt::WriteRequest for TiktokWebhookProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::business_code_callback`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BusinessCodeCallbackError = rt::ServiceError;
/// An error reply of [`Api::connection_omni_channel_tiktok_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConnectionOmniChannelTiktokMessageError = rt::ServiceError;
/// An error reply of [`Api::get_login_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetLoginUserError = rt::ServiceError;
/// An error reply of [`Api::hho_call_back`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HhoCallBackError = rt::ServiceError;
/// An error reply of [`Api::launch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LaunchError = rt::ServiceError;
/// An error reply of [`Api::query_business_code_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBusinessCodeInfoError = rt::ServiceError;
/// An error reply of [`Api::query_notable_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryNotableInfoError = rt::ServiceError;
/// An error reply of [`Api::tiktok_shop_auth_callback`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TiktokShopAuthCallbackError = rt::ServiceError;
/// An error reply of [`Api::tiktok_webhook_process`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TiktokWebhookProcessError = rt::ServiceError;
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
        "BusinessCodeCallback" => {
            rt::conformance::reply(api.business_code_callback(&inputs.request(true)?))
                .await
        }
        "ConnectionOmniChannelTiktokMessage" => {
            rt::conformance::reply(
                    api.connection_omni_channel_tiktok_message(&inputs.request(true)?),
                )
                .await
        }
        "GetLoginUser" => {
            rt::conformance::reply(api.get_login_user(&inputs.request(true)?)).await
        }
        "HhoCallBack" => {
            rt::conformance::reply(api.hho_call_back(&inputs.request(true)?)).await
        }
        "Launch" => rt::conformance::reply(api.launch(&inputs.request(true)?)).await,
        "QueryBusinessCodeInfo" => {
            rt::conformance::reply(api.query_business_code_info(&inputs.request(true)?))
                .await
        }
        "QueryNotableInfo" => {
            rt::conformance::reply(api.query_notable_info(&inputs.request(false)?)).await
        }
        "TiktokShopAuthCallback" => {
            rt::conformance::reply(api.tiktok_shop_auth_callback(&inputs.request(true)?))
                .await
        }
        "TiktokWebhookProcess" => {
            rt::conformance::reply(api.tiktok_webhook_process(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
