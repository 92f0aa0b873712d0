// @generated from api-spec/ai_global_e_c_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.ai_global_e_c_1_0()`. Generated from `api-spec/ai_global_e_c_1_0.yaml`.
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
    /// `POST /v1.0/aiGlobalEC/businessCode/callback` (operation `BusinessCodeCallback`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BusinessCodeCallbackError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiGlobalEC/omniChannel/tiktok/im/message/process` (operation `ConnectionOmniChannelTiktokMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ConnectionOmniChannelTiktokMessageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiGlobalEC/authCode/getLoginUser` (operation `GetLoginUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetLoginUserError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiGlobalEC/hho/callback` (operation `HhoCallBack`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`HhoCallBackError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiGlobalEC/launch` (operation `Launch`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LaunchError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiGlobalEC/businessCode/queryInfo` (operation `QueryBusinessCodeInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryBusinessCodeInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/aiGlobalEC/omniChannel/notable` (operation `QueryNotableInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryNotableInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiGlobalEC/omniChannel/tiktok/shop/authCallback` (operation `TiktokShopAuthCallback`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TiktokShopAuthCallbackError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiGlobalEC/omniChannel/tiktok/webhook/process` (operation `TiktokWebhookProcess`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`TiktokWebhookProcessError`]; see [`Error`](::generated_client::Error) for the rest.
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
/// `BusinessCodeCallbackResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BusinessCodeCallbackResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BusinessCodeCallbackResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BusinessCodeCallbackResponseBody {
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
impl rt::serde::Serialize for BusinessCodeCallbackResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `ConnectionOmniChannelTiktokMessageResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for ConnectionOmniChannelTiktokMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConnectionOmniChannelTiktokMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "omniChannelTiktokRsp" => {
                rt::read_field(map, &mut self.omni_channel_tiktok_rsp)
            }
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ConnectionOmniChannelTiktokMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("omniChannelTiktokRsp", &self.omni_channel_tiktok_rsp)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetLoginUserResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetLoginUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetLoginUserResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "commodityInfo" => rt::read_field(map, &mut self.commodity_info),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "isAdmin" => rt::read_field(map, &mut self.is_admin),
            "openId" => rt::read_field(map, &mut self.open_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetLoginUserResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("commodityInfo", &self.commodity_info)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("isAdmin", &self.is_admin)?;
        object.optional("openId", &self.open_id)?;
        object.optional("unionId", &self.union_id)?;
        object.end()
    }
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
impl rt::serde::Serialize for LaunchRequestVariants {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("images", &self.images)?;
        object.optional("optionValues", &self.option_values)?;
        object.optional("price", &self.price)?;
        object.optional("sku", &self.sku)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LaunchRequestVariants {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LaunchRequestVariants {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "images" => rt::read_field(map, &mut self.images),
            "optionValues" => rt::read_field(map, &mut self.option_values),
            "price" => rt::read_field(map, &mut self.price),
            "sku" => rt::read_field(map, &mut self.sku),
            _ => Ok(false),
        }
    }
}
/// `LaunchResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LaunchResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for LaunchResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LaunchResponseBody {
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
impl rt::serde::Serialize for LaunchResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryBusinessCodeInfoResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryBusinessCodeInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBusinessCodeInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "businessCode" => rt::read_field(map, &mut self.business_code),
            "imageType" => rt::read_field(map, &mut self.image_type),
            "imageUrls" => rt::read_field(map, &mut self.image_urls),
            "productId" => rt::read_field(map, &mut self.product_id),
            "skuList" => rt::read_field(map, &mut self.sku_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryBusinessCodeInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("businessCode", &self.business_code)?;
        object.optional("imageType", &self.image_type)?;
        object.optional("imageUrls", &self.image_urls)?;
        object.optional("productId", &self.product_id)?;
        object.optional("skuList", &self.sku_list)?;
        object.end()
    }
}
/// `QueryNotableInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryNotableInfoResponseBody {
    /// `adminUnionIds`.
    pub admin_union_ids: Option<Vec<String>>,
    /// `baseId`.
    pub base_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryNotableInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryNotableInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "adminUnionIds" => rt::read_field(map, &mut self.admin_union_ids),
            "baseId" => rt::read_field(map, &mut self.base_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryNotableInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("adminUnionIds", &self.admin_union_ids)?;
        object.optional("baseId", &self.base_id)?;
        object.end()
    }
}
/// `TiktokShopAuthCallbackResponseBody`: the same model as [`BusinessCodeCallbackResponseBody`].
pub type TiktokShopAuthCallbackResponseBody = BusinessCodeCallbackResponseBody;
/// `TiktokWebhookProcessResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for TiktokWebhookProcessResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TiktokWebhookProcessResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "omniChannelTiktokWebhookRsp" => {
                rt::read_field(map, &mut self.omni_channel_tiktok_webhook_rsp)
            }
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TiktokWebhookProcessResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object
            .optional(
                "omniChannelTiktokWebhookRsp",
                &self.omni_channel_tiktok_webhook_rsp,
            )?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `ConnectionOmniChannelTiktokMessageResponseBodyOmniChannelTiktokRsp`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConnectionOmniChannelTiktokMessageResponseBodyOmniChannelTiktokRsp {
    /// `code`.
    pub code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ConnectionOmniChannelTiktokMessageResponseBodyOmniChannelTiktokRsp {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConnectionOmniChannelTiktokMessageResponseBodyOmniChannelTiktokRsp {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for ConnectionOmniChannelTiktokMessageResponseBodyOmniChannelTiktokRsp {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.end()
    }
}
/// `GetLoginUserResponseBodyCommodityInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetLoginUserResponseBodyCommodityInfo {
    /// `version`.
    pub version: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetLoginUserResponseBodyCommodityInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetLoginUserResponseBodyCommodityInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetLoginUserResponseBodyCommodityInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("version", &self.version)?;
        object.end()
    }
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
impl rt::serde::Serialize for LaunchRequestVariantsOptionValues {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LaunchRequestVariantsOptionValues {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LaunchRequestVariantsOptionValues {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `QueryBusinessCodeInfoResponseBodySkuList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBusinessCodeInfoResponseBodySkuList {
    /// `imageUrl`.
    pub image_url: Option<String>,
    /// `skuId`.
    pub sku_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBusinessCodeInfoResponseBodySkuList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBusinessCodeInfoResponseBodySkuList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "imageUrl" => rt::read_field(map, &mut self.image_url),
            "skuId" => rt::read_field(map, &mut self.sku_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryBusinessCodeInfoResponseBodySkuList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("imageUrl", &self.image_url)?;
        object.optional("skuId", &self.sku_id)?;
        object.end()
    }
}
/// `TiktokWebhookProcessResponseBodyOmniChannelTiktokWebhookRsp`: the same model as [`ConnectionOmniChannelTiktokMessageResponseBodyOmniChannelTiktokRsp`].
pub type TiktokWebhookProcessResponseBodyOmniChannelTiktokWebhookRsp = ConnectionOmniChannelTiktokMessageResponseBodyOmniChannelTiktokRsp;
/// The request of [`Api::business_code_callback`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BusinessCodeCallbackRequest {
    /// `businessCode`.
    pub business_code: String,
    /// `eventType`.
    pub event_type: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl BusinessCodeCallbackRequest {
    /// A `BusinessCodeCallbackRequest` with its required fields (`businessCode`); set the others with the methods named after them.
    pub fn new(business_code: impl Into<String>) -> Self {
        Self {
            business_code: business_code.into(),
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
impl rt::serde::Serialize for BusinessCodeCallbackRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("businessCode", &self.business_code)?;
        object.optional("eventType", &self.event_type)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BusinessCodeCallbackRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BusinessCodeCallbackRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "businessCode" => rt::read_field(map, &mut self.business_code),
            "eventType" => rt::read_field(map, &mut self.event_type),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for ConnectionOmniChannelTiktokMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tiktokContentJsonString", &self.tiktok_content_json_string)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConnectionOmniChannelTiktokMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConnectionOmniChannelTiktokMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tiktokContentJsonString" => {
                rt::read_field(map, &mut self.tiktok_content_json_string)
            }
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for GetLoginUserRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authCode", &self.auth_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetLoginUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetLoginUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authCode" => rt::read_field(map, &mut self.auth_code),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for HhoCallBackRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("dtNotificationId", &self.dt_notification_id)?;
        object.optional("shopId", &self.shop_id)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for HhoCallBackRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for HhoCallBackRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "dtNotificationId" => rt::read_field(map, &mut self.dt_notification_id),
            "shopId" => rt::read_field(map, &mut self.shop_id),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for LaunchRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("imageUrls", &self.image_urls)?;
        object.optional("platform", &self.platform)?;
        object.optional("productName", &self.product_name)?;
        object.optional("sellingPoints", &self.selling_points)?;
        object.optional("sourceData", &self.source_data)?;
        object.optional("variants", &self.variants)?;
        object.optional("videoUrls", &self.video_urls)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LaunchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LaunchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "imageUrls" => rt::read_field(map, &mut self.image_urls),
            "platform" => rt::read_field(map, &mut self.platform),
            "productName" => rt::read_field(map, &mut self.product_name),
            "sellingPoints" => rt::read_field(map, &mut self.selling_points),
            "sourceData" => rt::read_field(map, &mut self.source_data),
            "variants" => rt::read_field(map, &mut self.variants),
            "videoUrls" => rt::read_field(map, &mut self.video_urls),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for LaunchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_business_code_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryBusinessCodeInfoRequest {
    /// `businessCode`.
    pub business_code: String,
    /// `eventType`.
    pub event_type: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl QueryBusinessCodeInfoRequest {
    /// A `QueryBusinessCodeInfoRequest` with its required fields (`businessCode`); set the others with the methods named after them.
    pub fn new(business_code: impl Into<String>) -> Self {
        Self {
            business_code: business_code.into(),
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
impl rt::serde::Serialize for QueryBusinessCodeInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("businessCode", &self.business_code)?;
        object.optional("eventType", &self.event_type)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryBusinessCodeInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryBusinessCodeInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "businessCode" => rt::read_field(map, &mut self.business_code),
            "eventType" => rt::read_field(map, &mut self.event_type),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryNotableInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryNotableInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sceneCode" => rt::read_field(map, &mut self.scene_code),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for TiktokShopAuthCallbackRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("sellerType", &self.seller_type)?;
        object.optional("shopId", &self.shop_id)?;
        object.optional("shopName", &self.shop_name)?;
        object.optional("shopRegion", &self.shop_region)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TiktokShopAuthCallbackRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TiktokShopAuthCallbackRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "sellerType" => rt::read_field(map, &mut self.seller_type),
            "shopId" => rt::read_field(map, &mut self.shop_id),
            "shopName" => rt::read_field(map, &mut self.shop_name),
            "shopRegion" => rt::read_field(map, &mut self.shop_region),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for TiktokWebhookProcessRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tiktokContentJsonString", &self.tiktok_content_json_string)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for TiktokWebhookProcessRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for TiktokWebhookProcessRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tiktokContentJsonString" => {
                rt::read_field(map, &mut self.tiktok_content_json_string)
            }
            _ => Ok(false),
        }
    }
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
