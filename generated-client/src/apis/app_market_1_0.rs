// @generated from api-spec/app_market_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 应用市场 (App Market)：应用商品、服务群、License 与酷应用访问状态。
//!
//! 9 operations, methods of [`Api`] (`client.app_market_1_0()`), behind the cargo feature `app_market_1_0`; its paths start with `/v1.0/appMarket/`.
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
    /// `POST /v1.0/appMarket/orders/serviceGroups`: DingTalk's `CreateAppGoodsServiceConversation` (module feature `app_market_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAppGoodsServiceConversation")]
    #[doc(alias = "/v1.0/appMarket/orders/serviceGroups")]
    #[doc(alias = "POST /v1.0/appMarket/orders/serviceGroups")]
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
    /// `POST /v1.0/appMarket/userLicenses/ensure`: DingTalk's `EnsureUserLicenseAccess` (module feature `app_market_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EnsureUserLicenseAccess")]
    #[doc(alias = "/v1.0/appMarket/userLicenses/ensure")]
    #[doc(alias = "POST /v1.0/appMarket/userLicenses/ensure")]
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
    /// `POST /v1.0/appMarket/coolApps/accessions/statuses/query`: DingTalk's `GetCoolAppAccessStatus` (module feature `app_market_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCoolAppAccessStatus")]
    #[doc(alias = "/v1.0/appMarket/coolApps/accessions/statuses/query")]
    #[doc(alias = "POST /v1.0/appMarket/coolApps/accessions/statuses/query")]
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
    /// `POST /v1.0/appMarket/internals/skuPages/query`: DingTalk's `GetInAppSkuUrl` (module feature `app_market_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetInAppSkuUrl")]
    #[doc(alias = "/v1.0/appMarket/internals/skuPages/query")]
    #[doc(alias = "POST /v1.0/appMarket/internals/skuPages/query")]
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
    /// `GET /v1.0/appMarket/personalExperiences`: DingTalk's `GetPersonalExperienceInfo` (module feature `app_market_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPersonalExperienceInfo")]
    #[doc(alias = "/v1.0/appMarket/personalExperiences")]
    #[doc(alias = "GET /v1.0/appMarket/personalExperiences")]
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
    /// `POST /v1.0/appMarket/saleAssistants/crmDataChanges/notify`: DingTalk's `NotifyOnCrmDataChange` (module feature `app_market_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "NotifyOnCrmDataChange")]
    #[doc(alias = "/v1.0/appMarket/saleAssistants/crmDataChanges/notify")]
    #[doc(alias = "POST /v1.0/appMarket/saleAssistants/crmDataChanges/notify")]
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
    /// `GET /v1.0/appMarket/orders/{orderId}`: DingTalk's `QueryMarketOrder` (module feature `app_market_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `order_id`: `{orderId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMarketOrder")]
    #[doc(alias = "/v1.0/appMarket/orders/{orderId}")]
    #[doc(alias = "GET /v1.0/appMarket/orders/{orderId}")]
    pub fn query_market_order(
        &self,
        order_id: &str,
    ) -> rt::Call<QueryMarketOrderResponseBody, QueryMarketOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMarketOrder",
            rt::Method::Get,
            "/v1.0/appMarket/orders/{orderId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[order_id], &())
    }
    /// 全量更新第三方应用可见范围
    ///
    /// `PUT /v1.0/appMarket/appVisibleScopes`: DingTalk's `UpdateAppVisibleScope` (module feature `app_market_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateAppVisibleScope")]
    #[doc(alias = "/v1.0/appMarket/appVisibleScopes")]
    #[doc(alias = "PUT /v1.0/appMarket/appVisibleScopes")]
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
    /// `POST /v1.0/appMarket/tasks`: DingTalk's `UserTaskReport` (module feature `app_market_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UserTaskReport")]
    #[doc(alias = "/v1.0/appMarket/tasks")]
    #[doc(alias = "POST /v1.0/appMarket/tasks")]
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAppGoodsServiceConversationResponseBody {
    /// `conversationName`.
    pub conversation_name: Option<String>,
    /// `newConversation`.
    pub new_conversation: Option<bool>,
}
rt::impl_deserialize! {
    CreateAppGoodsServiceConversationResponseBody { "conversationName" =>
    read_field(conversation_name), "newConversation" => read_field(new_conversation) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAppGoodsServiceConversationResponseBody { "conversationName" =>
    optional(conversation_name), "newConversation" => optional(new_conversation) }
}
/// `EnsureUserLicenseAccessResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EnsureUserLicenseAccessResponseBody {
    /// `allowed`.
    pub allowed: Option<bool>,
    /// `decisionCode`.
    pub decision_code: Option<String>,
    /// `licenseAssigned`.
    pub license_assigned: Option<bool>,
}
rt::impl_deserialize! {
    EnsureUserLicenseAccessResponseBody { "allowed" => read_field(allowed),
    "decisionCode" => read_field(decision_code), "licenseAssigned" =>
    read_field(license_assigned) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EnsureUserLicenseAccessResponseBody { "allowed" => optional(allowed), "decisionCode"
    => optional(decision_code), "licenseAssigned" => optional(license_assigned) }
}
/// `GetCoolAppAccessStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCoolAppAccessStatusResponseBody {
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    GetCoolAppAccessStatusResponseBody { "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCoolAppAccessStatusResponseBody { "status" => optional(status) }
}
/// `GetInAppSkuUrlResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInAppSkuUrlResponseBody {
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetInAppSkuUrlResponseBody { "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInAppSkuUrlResponseBody { "url" => optional(url) }
}
/// `GetPersonalExperienceInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPersonalExperienceInfoResponseBody {
    /// `result`.
    pub result: Option<GetPersonalExperienceInfoResponseBodyResult>,
}
rt::impl_deserialize! {
    GetPersonalExperienceInfoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPersonalExperienceInfoResponseBody { "result" => optional(result) }
}
/// `NotifyOnCrmDataChangeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct NotifyOnCrmDataChangeResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    NotifyOnCrmDataChangeResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    NotifyOnCrmDataChangeResponseBody { "success" => optional(success) }
}
/// `QueryMarketOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryMarketOrderResponseBody { "bizOrderId" => read_field(biz_order_id), "corpId" =>
    read_field(corp_id), "createTimestamp" => read_field(create_timestamp),
    "endTimestamp" => read_field(end_timestamp), "goodsCode" => read_field(goods_code),
    "goodsName" => read_field(goods_name), "inAppOrder" => read_field(in_app_order),
    "itemCode" => read_field(item_code), "itemName" => read_field(item_name),
    "paidTimestamp" => read_field(paid_timestamp), "quantity" => read_field(quantity),
    "startTimestamp" => read_field(start_timestamp), "status" => read_field(status),
    "totalActualPayFee" => read_field(total_actual_pay_fee) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMarketOrderResponseBody { "bizOrderId" => optional(biz_order_id), "corpId" =>
    optional(corp_id), "createTimestamp" => optional(create_timestamp), "endTimestamp" =>
    optional(end_timestamp), "goodsCode" => optional(goods_code), "goodsName" =>
    optional(goods_name), "inAppOrder" => optional(in_app_order), "itemCode" =>
    optional(item_code), "itemName" => optional(item_name), "paidTimestamp" =>
    optional(paid_timestamp), "quantity" => optional(quantity), "startTimestamp" =>
    optional(start_timestamp), "status" => optional(status), "totalActualPayFee" =>
    optional(total_actual_pay_fee) }
}
/// `UpdateAppVisibleScopeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateAppVisibleScopeResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    UpdateAppVisibleScopeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateAppVisibleScopeResponseBody { "result" => optional(result) }
}
/// `GetPersonalExperienceInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPersonalExperienceInfoResponseBodyResult {
    /// `mainCorpId`.
    pub main_corp_id: Option<String>,
}
rt::impl_deserialize! {
    GetPersonalExperienceInfoResponseBodyResult { "mainCorpId" =>
    read_field(main_corp_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPersonalExperienceInfoResponseBodyResult { "mainCorpId" => optional(main_corp_id)
    }
}
/// The request of [`Api::create_app_goods_service_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateAppGoodsServiceConversationRequest {
    /// `isvUserId`.
    pub isv_user_id: String,
    /// `orderId`.
    pub order_id: i64,
}
/// The required fields of [`CreateAppGoodsServiceConversationRequest`], each named where it is set: `CreateAppGoodsServiceConversationRequest::new(CreateAppGoodsServiceConversationRequired { .. })`.
pub struct CreateAppGoodsServiceConversationRequired {
    /// `isvUserId`: see [`CreateAppGoodsServiceConversationRequest::isv_user_id`].
    pub isv_user_id: String,
    /// `orderId`: see [`CreateAppGoodsServiceConversationRequest::order_id`].
    pub order_id: i64,
}
impl CreateAppGoodsServiceConversationRequest {
    /// A `CreateAppGoodsServiceConversationRequest` with its required fields (`isvUserId`, `orderId`); set the others with the methods named after them.
    pub fn new(required: CreateAppGoodsServiceConversationRequired) -> Self {
        let CreateAppGoodsServiceConversationRequired { isv_user_id, order_id } = required;
        Self { isv_user_id, order_id }
    }
}
rt::impl_serialize! {
    CreateAppGoodsServiceConversationRequest { "isvUserId" => field(isv_user_id),
    "orderId" => field(order_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAppGoodsServiceConversationRequest { "isvUserId" => read_field(isv_user_id),
    "orderId" => read_field(order_id) }
}
impl rt::WriteRequest for CreateAppGoodsServiceConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ensure_user_license_access`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EnsureUserLicenseAccessRequest {
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`EnsureUserLicenseAccessRequest`], each named where it is set: `EnsureUserLicenseAccessRequest::new(EnsureUserLicenseAccessRequired { .. })`.
pub struct EnsureUserLicenseAccessRequired {
    /// `unionId`: see [`EnsureUserLicenseAccessRequest::union_id`].
    pub union_id: String,
}
impl EnsureUserLicenseAccessRequest {
    /// A `EnsureUserLicenseAccessRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: EnsureUserLicenseAccessRequired) -> Self {
        let EnsureUserLicenseAccessRequired { union_id } = required;
        Self { union_id }
    }
}
rt::impl_serialize! {
    EnsureUserLicenseAccessRequest { "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EnsureUserLicenseAccessRequest { "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for EnsureUserLicenseAccessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_cool_app_access_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCoolAppAccessStatusRequest {
    /// `authCode`.
    pub auth_code: String,
    /// `coolAppCode`.
    pub cool_app_code: String,
    /// `encFieldBizCode`.
    pub enc_field_biz_code: String,
}
/// The required fields of [`GetCoolAppAccessStatusRequest`], each named where it is set: `GetCoolAppAccessStatusRequest::new(GetCoolAppAccessStatusRequired { .. })`.
pub struct GetCoolAppAccessStatusRequired {
    /// `authCode`: see [`GetCoolAppAccessStatusRequest::auth_code`].
    pub auth_code: String,
    /// `coolAppCode`: see [`GetCoolAppAccessStatusRequest::cool_app_code`].
    pub cool_app_code: String,
    /// `encFieldBizCode`: see [`GetCoolAppAccessStatusRequest::enc_field_biz_code`].
    pub enc_field_biz_code: String,
}
impl GetCoolAppAccessStatusRequest {
    /// A `GetCoolAppAccessStatusRequest` with its required fields (`authCode`, `coolAppCode`, `encFieldBizCode`); set the others with the methods named after them.
    pub fn new(required: GetCoolAppAccessStatusRequired) -> Self {
        let GetCoolAppAccessStatusRequired {
            auth_code,
            cool_app_code,
            enc_field_biz_code,
        } = required;
        Self {
            auth_code,
            cool_app_code,
            enc_field_biz_code,
        }
    }
}
rt::impl_serialize! {
    GetCoolAppAccessStatusRequest { "authCode" => field(auth_code), "coolAppCode" =>
    field(cool_app_code), "encFieldBizCode" => field(enc_field_biz_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCoolAppAccessStatusRequest { "authCode" => read_field(auth_code), "coolAppCode" =>
    read_field(cool_app_code), "encFieldBizCode" => read_field(enc_field_biz_code) }
}
impl rt::WriteRequest for GetCoolAppAccessStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_in_app_sku_url`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GetInAppSkuUrlRequest`], each named where it is set: `GetInAppSkuUrlRequest::new(GetInAppSkuUrlRequired { .. })`.
pub struct GetInAppSkuUrlRequired {
    /// `goodsCode`: see [`GetInAppSkuUrlRequest::goods_code`].
    pub goods_code: String,
}
impl GetInAppSkuUrlRequest {
    /// A `GetInAppSkuUrlRequest` with its required fields (`goodsCode`); set the others with the methods named after them.
    pub fn new(required: GetInAppSkuUrlRequired) -> Self {
        let GetInAppSkuUrlRequired { goods_code } = required;
        Self {
            callback_page: None,
            extend_param: None,
            goods_code,
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
rt::impl_serialize! {
    GetInAppSkuUrlRequest { "callbackPage" => optional(callback_page), "extendParam" =>
    optional(extend_param), "goodsCode" => field(goods_code), "itemCode" =>
    optional(item_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInAppSkuUrlRequest { "callbackPage" => read_field(callback_page), "extendParam" =>
    read_field(extend_param), "goodsCode" => read_field(goods_code), "itemCode" =>
    read_field(item_code) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPersonalExperienceInfoRequest { "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    NotifyOnCrmDataChangeRequest { "dataId" => optional(data_id), "extension" =>
    optional(extension), "operate" => optional(operate), "type" => optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    NotifyOnCrmDataChangeRequest { "dataId" => read_field(data_id), "extension" =>
    read_field(extension), "operate" => read_field(operate), "type" => read_field(r#type)
    }
}
impl rt::WriteRequest for NotifyOnCrmDataChangeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_app_visible_scope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateAppVisibleScopeRequest`], each named where it is set: `UpdateAppVisibleScopeRequest::new(UpdateAppVisibleScopeRequired { .. })`.
pub struct UpdateAppVisibleScopeRequired {
    /// `operatorUserId`: see [`UpdateAppVisibleScopeRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `visibleScopeType`: see [`UpdateAppVisibleScopeRequest::visible_scope_type`].
    pub visible_scope_type: String,
}
impl UpdateAppVisibleScopeRequest {
    /// A `UpdateAppVisibleScopeRequest` with its required fields (`operatorUserId`, `visibleScopeType`); set the others with the methods named after them.
    pub fn new(required: UpdateAppVisibleScopeRequired) -> Self {
        let UpdateAppVisibleScopeRequired { operator_user_id, visible_scope_type } = required;
        Self {
            operator_user_id,
            visible_dept_ids: None,
            visible_scope_type,
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
rt::impl_serialize! {
    UpdateAppVisibleScopeRequest { "operatorUserId" => field(operator_user_id),
    "visibleDeptIds" => optional(visible_dept_ids), "visibleScopeType" =>
    field(visible_scope_type), "visibleUserIds" => optional(visible_user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateAppVisibleScopeRequest { "operatorUserId" => read_field(operator_user_id),
    "visibleDeptIds" => read_field(visible_dept_ids), "visibleScopeType" =>
    read_field(visible_scope_type), "visibleUserIds" => read_field(visible_user_ids) }
}
impl rt::WriteRequest for UpdateAppVisibleScopeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::user_task_report`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UserTaskReportRequest`], each named where it is set: `UserTaskReportRequest::new(UserTaskReportRequired { .. })`.
pub struct UserTaskReportRequired {
    /// `bizNo`: see [`UserTaskReportRequest::biz_no`].
    pub biz_no: String,
    /// `operateDate`: see [`UserTaskReportRequest::operate_date`].
    pub operate_date: String,
    /// `taskTag`: see [`UserTaskReportRequest::task_tag`].
    pub task_tag: String,
    /// `userid`: see [`UserTaskReportRequest::userid`].
    pub userid: String,
}
impl UserTaskReportRequest {
    /// A `UserTaskReportRequest` with its required fields (`bizNo`, `operateDate`, `taskTag`, `userid`); set the others with the methods named after them.
    pub fn new(required: UserTaskReportRequired) -> Self {
        let UserTaskReportRequired { biz_no, operate_date, task_tag, userid } = required;
        Self {
            biz_no,
            operate_date,
            task_tag,
            userid,
        }
    }
}
rt::impl_serialize! {
    UserTaskReportRequest { "bizNo" => field(biz_no), "operateDate" =>
    field(operate_date), "taskTag" => field(task_tag), "userid" => field(userid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UserTaskReportRequest { "bizNo" => read_field(biz_no), "operateDate" =>
    read_field(operate_date), "taskTag" => read_field(task_tag), "userid" =>
    read_field(userid) }
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
