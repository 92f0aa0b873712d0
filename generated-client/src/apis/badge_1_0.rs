// @generated from api-spec/badge_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.badge_1_0()`. Generated from `api-spec/badge_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `badge_1_0`. Get it with `client.badge_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建钉工牌码用户实例
    ///
    /// `POST /v1.0/badge/codes/userInstances` (operation `CreateBadgeCodeUserInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateBadgeCodeUserInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_badge_code_user_instance(
        &self,
        request: &CreateBadgeCodeUserInstanceRequest,
    ) -> rt::Call<
        CreateBadgeCodeUserInstanceResponseBody,
        CreateBadgeCodeUserInstanceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateBadgeCodeUserInstance",
            rt::Method::Post,
            "/v1.0/badge/codes/userInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建钉工牌通知消息
    ///
    /// `POST /v1.0/badge/notices` (operation `CreateBadgeNotify`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateBadgeNotifyError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_badge_notify(
        &self,
        request: &CreateBadgeNotifyRequest,
    ) -> rt::Call<CreateBadgeNotifyResponseBody, CreateBadgeNotifyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateBadgeNotify",
            rt::Method::Post,
            "/v1.0/badge/notices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 钉工牌解码
    ///
    /// `POST /v1.0/badge/codes/decode` (operation `DecodeBadgeCode`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DecodeBadgeCodeError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn decode_badge_code(
        &self,
        request: &DecodeBadgeCodeRequest,
    ) -> rt::Call<DecodeBadgeCodeResponseBody, DecodeBadgeCodeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DecodeBadgeCode",
            rt::Method::Post,
            "/v1.0/badge/codes/decode",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通知钉工牌码付款结果
    ///
    /// `POST /v1.0/badge/codes/payResults` (operation `NotifyBadgeCodePayResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`NotifyBadgeCodePayResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn notify_badge_code_pay_result(
        &self,
        request: &NotifyBadgeCodePayResultRequest,
    ) -> rt::Call<NotifyBadgeCodePayResultResponseBody, NotifyBadgeCodePayResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "NotifyBadgeCodePayResult",
            rt::Method::Post,
            "/v1.0/badge/codes/payResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通知钉工牌码退款结果
    ///
    /// `POST /v1.0/badge/codes/refundResults` (operation `NotifyBadgeCodeRefundResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`NotifyBadgeCodeRefundResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn notify_badge_code_refund_result(
        &self,
        request: &NotifyBadgeCodeRefundResultRequest,
    ) -> rt::Call<
        NotifyBadgeCodeRefundResultResponseBody,
        NotifyBadgeCodeRefundResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "NotifyBadgeCodeRefundResult",
            rt::Method::Post,
            "/v1.0/badge/codes/refundResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通知钉工牌码验证结果
    ///
    /// `POST /v1.0/badge/codes/verifyResults` (operation `NotifyBadgeCodeVerifyResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`NotifyBadgeCodeVerifyResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn notify_badge_code_verify_result(
        &self,
        request: &NotifyBadgeCodeVerifyResultRequest,
    ) -> rt::Call<
        NotifyBadgeCodeVerifyResultResponseBody,
        NotifyBadgeCodeVerifyResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "NotifyBadgeCodeVerifyResult",
            rt::Method::Post,
            "/v1.0/badge/codes/verifyResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 保存钉工牌企业实例
    ///
    /// `POST /v1.0/badge/codes/corpInstances` (operation `SaveBadgeCodeCorpInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveBadgeCodeCorpInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn save_badge_code_corp_instance(
        &self,
        request: &SaveBadgeCodeCorpInstanceRequest,
    ) -> rt::Call<
        SaveBadgeCodeCorpInstanceResponseBody,
        SaveBadgeCodeCorpInstanceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveBadgeCodeCorpInstance",
            rt::Method::Post,
            "/v1.0/badge/codes/corpInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新钉工牌码用户实例
    ///
    /// `PUT /v1.0/badge/codes/userInstances` (operation `UpdateBadgeCodeUserInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateBadgeCodeUserInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_badge_code_user_instance(
        &self,
        request: &UpdateBadgeCodeUserInstanceRequest,
    ) -> rt::Call<
        UpdateBadgeCodeUserInstanceResponseBody,
        UpdateBadgeCodeUserInstanceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateBadgeCodeUserInstance",
            rt::Method::Put,
            "/v1.0/badge/codes/userInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `CreateBadgeCodeUserInstanceRequestAvailableTimes`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateBadgeCodeUserInstanceRequestAvailableTimes {
    /// `gmtEnd`.
    pub gmt_end: String,
    /// `gmtStart`.
    pub gmt_start: String,
}
impl CreateBadgeCodeUserInstanceRequestAvailableTimes {
    /// A `CreateBadgeCodeUserInstanceRequestAvailableTimes` with its required fields (`gmtEnd`, `gmtStart`); set the others with the methods named after them.
    pub fn new(gmt_end: impl Into<String>, gmt_start: impl Into<String>) -> Self {
        Self {
            gmt_end: gmt_end.into(),
            gmt_start: gmt_start.into(),
        }
    }
}
rt::impl_serialize! {
    CreateBadgeCodeUserInstanceRequestAvailableTimes { "gmtEnd" => field(gmt_end),
    "gmtStart" => field(gmt_start) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    CreateBadgeCodeUserInstanceRequestAvailableTimes { "gmtEnd" => read_field(gmt_end),
    "gmtStart" => read_field(gmt_start) }
}
/// `CreateBadgeCodeUserInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateBadgeCodeUserInstanceResponseBody {
    /// `codeDetailUrl`.
    pub code_detail_url: Option<String>,
    /// `codeId`.
    pub code_id: Option<String>,
}
rt::impl_deserialize! {
    CreateBadgeCodeUserInstanceResponseBody { "codeDetailUrl" =>
    read_field(code_detail_url), "codeId" => read_field(code_id) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    CreateBadgeCodeUserInstanceResponseBody { "codeDetailUrl" =>
    optional(code_detail_url), "codeId" => optional(code_id) }
}
/// `CreateBadgeNotifyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateBadgeNotifyResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    CreateBadgeNotifyResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    CreateBadgeNotifyResponseBody { "result" => optional(result) }
}
/// `DecodeBadgeCodeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DecodeBadgeCodeResponseBody {
    /// `alipayCode`.
    pub alipay_code: Option<String>,
    /// `codeId`.
    pub code_id: Option<String>,
    /// `codeIdentity`.
    pub code_identity: Option<String>,
    /// `codeType`.
    pub code_type: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `extInfo`.
    pub ext_info: Option<String>,
    /// `outBizId`.
    pub out_biz_id: Option<String>,
    /// `userCorpRelationType`.
    pub user_corp_relation_type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    DecodeBadgeCodeResponseBody { "alipayCode" => read_field(alipay_code), "codeId" =>
    read_field(code_id), "codeIdentity" => read_field(code_identity), "codeType" =>
    read_field(code_type), "corpId" => read_field(corp_id), "extInfo" =>
    read_field(ext_info), "outBizId" => read_field(out_biz_id), "userCorpRelationType" =>
    read_field(user_corp_relation_type), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    DecodeBadgeCodeResponseBody { "alipayCode" => optional(alipay_code), "codeId" =>
    optional(code_id), "codeIdentity" => optional(code_identity), "codeType" =>
    optional(code_type), "corpId" => optional(corp_id), "extInfo" => optional(ext_info),
    "outBizId" => optional(out_biz_id), "userCorpRelationType" =>
    optional(user_corp_relation_type), "userId" => optional(user_id) }
}
/// `NotifyBadgeCodePayResultRequestPayChannelDetailList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct NotifyBadgeCodePayResultRequestPayChannelDetailList {
    /// `amount`.
    pub amount: String,
    /// `fundToolDetailList`.
    pub fund_tool_detail_list: Vec<
        NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList,
    >,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtFinish`.
    pub gmt_finish: Option<String>,
    /// `payChannelName`.
    pub pay_channel_name: String,
    /// `payChannelOrderNo`.
    pub pay_channel_order_no: String,
    /// `payChannelType`.
    pub pay_channel_type: String,
    /// `promotionAmount`.
    pub promotion_amount: String,
}
impl NotifyBadgeCodePayResultRequestPayChannelDetailList {
    /// A `NotifyBadgeCodePayResultRequestPayChannelDetailList` with its required fields (`amount`, `fundToolDetailList`, `payChannelName`, `payChannelOrderNo`, `payChannelType`, `promotionAmount`); set the others with the methods named after them.
    pub fn new(
        amount: impl Into<String>,
        fund_tool_detail_list: impl IntoIterator<
            Item = NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList,
        >,
        pay_channel_name: impl Into<String>,
        pay_channel_order_no: impl Into<String>,
        pay_channel_type: impl Into<String>,
        promotion_amount: impl Into<String>,
    ) -> Self {
        Self {
            amount: amount.into(),
            fund_tool_detail_list: fund_tool_detail_list.into_iter().collect(),
            gmt_create: None,
            gmt_finish: None,
            pay_channel_name: pay_channel_name.into(),
            pay_channel_order_no: pay_channel_order_no.into(),
            pay_channel_type: pay_channel_type.into(),
            promotion_amount: promotion_amount.into(),
        }
    }
    /// Sets `gmtCreate`.
    pub fn gmt_create(mut self, value: impl Into<String>) -> Self {
        self.gmt_create = Some(value.into());
        self
    }
    /// Sets `gmtFinish`.
    pub fn gmt_finish(mut self, value: impl Into<String>) -> Self {
        self.gmt_finish = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    NotifyBadgeCodePayResultRequestPayChannelDetailList { "amount" => field(amount),
    "fundToolDetailList" => field(fund_tool_detail_list), "gmtCreate" =>
    optional(gmt_create), "gmtFinish" => optional(gmt_finish), "payChannelName" =>
    field(pay_channel_name), "payChannelOrderNo" => field(pay_channel_order_no),
    "payChannelType" => field(pay_channel_type), "promotionAmount" =>
    field(promotion_amount) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    NotifyBadgeCodePayResultRequestPayChannelDetailList { "amount" => read_field(amount),
    "fundToolDetailList" => read_field(fund_tool_detail_list), "gmtCreate" =>
    read_field(gmt_create), "gmtFinish" => read_field(gmt_finish), "payChannelName" =>
    read_field(pay_channel_name), "payChannelOrderNo" =>
    read_field(pay_channel_order_no), "payChannelType" => read_field(pay_channel_type),
    "promotionAmount" => read_field(promotion_amount) }
}
/// `NotifyBadgeCodePayResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct NotifyBadgeCodePayResultResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    NotifyBadgeCodePayResultResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    NotifyBadgeCodePayResultResponseBody { "result" => optional(result) }
}
/// `NotifyBadgeCodeRefundResultRequestPayChannelDetailList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct NotifyBadgeCodeRefundResultRequestPayChannelDetailList {
    /// `amount`.
    pub amount: String,
    /// `fundToolDetailList`.
    pub fund_tool_detail_list: Vec<
        NotifyBadgeCodeRefundResultRequestPayChannelDetailListFundToolDetailList,
    >,
    /// `payChannelName`.
    pub pay_channel_name: String,
    /// `payChannelOrderNo`.
    pub pay_channel_order_no: String,
    /// `payChannelRefundOrderNo`.
    pub pay_channel_refund_order_no: String,
    /// `payChannelType`.
    pub pay_channel_type: String,
    /// `promotionAmount`.
    pub promotion_amount: String,
}
impl NotifyBadgeCodeRefundResultRequestPayChannelDetailList {
    /// A `NotifyBadgeCodeRefundResultRequestPayChannelDetailList` with its required fields (`amount`, `fundToolDetailList`, `payChannelName`, `payChannelOrderNo`, `payChannelRefundOrderNo`, `payChannelType`, `promotionAmount`); set the others with the methods named after them.
    pub fn new(
        amount: impl Into<String>,
        fund_tool_detail_list: impl IntoIterator<
            Item = NotifyBadgeCodeRefundResultRequestPayChannelDetailListFundToolDetailList,
        >,
        pay_channel_name: impl Into<String>,
        pay_channel_order_no: impl Into<String>,
        pay_channel_refund_order_no: impl Into<String>,
        pay_channel_type: impl Into<String>,
        promotion_amount: impl Into<String>,
    ) -> Self {
        Self {
            amount: amount.into(),
            fund_tool_detail_list: fund_tool_detail_list.into_iter().collect(),
            pay_channel_name: pay_channel_name.into(),
            pay_channel_order_no: pay_channel_order_no.into(),
            pay_channel_refund_order_no: pay_channel_refund_order_no.into(),
            pay_channel_type: pay_channel_type.into(),
            promotion_amount: promotion_amount.into(),
        }
    }
}
rt::impl_serialize! {
    NotifyBadgeCodeRefundResultRequestPayChannelDetailList { "amount" => field(amount),
    "fundToolDetailList" => field(fund_tool_detail_list), "payChannelName" =>
    field(pay_channel_name), "payChannelOrderNo" => field(pay_channel_order_no),
    "payChannelRefundOrderNo" => field(pay_channel_refund_order_no), "payChannelType" =>
    field(pay_channel_type), "promotionAmount" => field(promotion_amount) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    NotifyBadgeCodeRefundResultRequestPayChannelDetailList { "amount" =>
    read_field(amount), "fundToolDetailList" => read_field(fund_tool_detail_list),
    "payChannelName" => read_field(pay_channel_name), "payChannelOrderNo" =>
    read_field(pay_channel_order_no), "payChannelRefundOrderNo" =>
    read_field(pay_channel_refund_order_no), "payChannelType" =>
    read_field(pay_channel_type), "promotionAmount" => read_field(promotion_amount) }
}
/// `NotifyBadgeCodeRefundResultResponseBody`: the same model as [`NotifyBadgeCodePayResultResponseBody`].
pub type NotifyBadgeCodeRefundResultResponseBody = NotifyBadgeCodePayResultResponseBody;
/// `NotifyBadgeCodeVerifyResultResponseBody`: the same model as [`NotifyBadgeCodePayResultResponseBody`].
pub type NotifyBadgeCodeVerifyResultResponseBody = NotifyBadgeCodePayResultResponseBody;
/// `SaveBadgeCodeCorpInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SaveBadgeCodeCorpInstanceResponseBody {
    /// `codeIdentity`.
    pub code_identity: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `extInfo`.
    pub ext_info: Option<rt::BTreeMap<String, String>>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    SaveBadgeCodeCorpInstanceResponseBody { "codeIdentity" => read_field(code_identity),
    "corpId" => read_field(corp_id), "extInfo" => read_field(ext_info), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    SaveBadgeCodeCorpInstanceResponseBody { "codeIdentity" => optional(code_identity),
    "corpId" => optional(corp_id), "extInfo" => optional(ext_info), "status" =>
    optional(status) }
}
/// `UpdateBadgeCodeUserInstanceRequestAvailableTimes`: the same model as [`CreateBadgeCodeUserInstanceRequestAvailableTimes`].
pub type UpdateBadgeCodeUserInstanceRequestAvailableTimes = CreateBadgeCodeUserInstanceRequestAvailableTimes;
/// `UpdateBadgeCodeUserInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateBadgeCodeUserInstanceResponseBody {
    /// `codeId`.
    pub code_id: Option<String>,
}
rt::impl_deserialize! {
    UpdateBadgeCodeUserInstanceResponseBody { "codeId" => read_field(code_id) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    UpdateBadgeCodeUserInstanceResponseBody { "codeId" => optional(code_id) }
}
/// `NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList {
    /// `amount`.
    pub amount: String,
    /// `extInfo`.
    pub ext_info: Option<String>,
    /// `fundToolName`.
    pub fund_tool_name: String,
    /// `gmtCreate`.
    pub gmt_create: String,
    /// `gmtFinish`.
    pub gmt_finish: String,
    /// `promotionFundTool`.
    pub promotion_fund_tool: bool,
}
impl NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList {
    /// A `NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList` with its required fields (`amount`, `fundToolName`, `gmtCreate`, `gmtFinish`, `promotionFundTool`); set the others with the methods named after them.
    pub fn new(
        amount: impl Into<String>,
        fund_tool_name: impl Into<String>,
        gmt_create: impl Into<String>,
        gmt_finish: impl Into<String>,
        promotion_fund_tool: bool,
    ) -> Self {
        Self {
            amount: amount.into(),
            ext_info: None,
            fund_tool_name: fund_tool_name.into(),
            gmt_create: gmt_create.into(),
            gmt_finish: gmt_finish.into(),
            promotion_fund_tool,
        }
    }
    /// Sets `extInfo`.
    pub fn ext_info(mut self, value: impl Into<String>) -> Self {
        self.ext_info = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList { "amount" =>
    field(amount), "extInfo" => optional(ext_info), "fundToolName" =>
    field(fund_tool_name), "gmtCreate" => field(gmt_create), "gmtFinish" =>
    field(gmt_finish), "promotionFundTool" => field(promotion_fund_tool) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList { "amount" =>
    read_field(amount), "extInfo" => read_field(ext_info), "fundToolName" =>
    read_field(fund_tool_name), "gmtCreate" => read_field(gmt_create), "gmtFinish" =>
    read_field(gmt_finish), "promotionFundTool" => read_field(promotion_fund_tool) }
}
/// `NotifyBadgeCodeRefundResultRequestPayChannelDetailListFundToolDetailList`: the same model as [`NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList`].
pub type NotifyBadgeCodeRefundResultRequestPayChannelDetailListFundToolDetailList = NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList;
/// The request of [`Api::create_badge_code_user_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateBadgeCodeUserInstanceRequest {
    /// `availableTimes`.
    pub available_times: Vec<CreateBadgeCodeUserInstanceRequestAvailableTimes>,
    /// `codeIdentity`.
    pub code_identity: String,
    /// `codeValue`.
    pub code_value: Option<String>,
    /// `codeValueType`.
    pub code_value_type: Option<String>,
    /// `corpId`.
    pub corp_id: String,
    /// `extInfo`.
    pub ext_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `gmtExpired`.
    pub gmt_expired: String,
    /// `requestId`.
    pub request_id: String,
    /// `status`.
    pub status: String,
    /// `userCorpRelationType`.
    pub user_corp_relation_type: String,
    /// `userIdentity`.
    pub user_identity: String,
}
impl CreateBadgeCodeUserInstanceRequest {
    /// A `CreateBadgeCodeUserInstanceRequest` with its required fields (`availableTimes`, `codeIdentity`, `corpId`, `extInfo`, `gmtExpired`, `requestId`, `status`, `userCorpRelationType`, `userIdentity`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        available_times: impl IntoIterator<
            Item = CreateBadgeCodeUserInstanceRequestAvailableTimes,
        >,
        code_identity: impl Into<String>,
        corp_id: impl Into<String>,
        ext_info: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
        gmt_expired: impl Into<String>,
        request_id: impl Into<String>,
        status: impl Into<String>,
        user_corp_relation_type: impl Into<String>,
        user_identity: impl Into<String>,
    ) -> Self {
        Self {
            available_times: available_times.into_iter().collect(),
            code_identity: code_identity.into(),
            code_value: None,
            code_value_type: None,
            corp_id: corp_id.into(),
            ext_info: ext_info.into_iter().map(|(k, v)| (k.into(), v)).collect(),
            gmt_expired: gmt_expired.into(),
            request_id: request_id.into(),
            status: status.into(),
            user_corp_relation_type: user_corp_relation_type.into(),
            user_identity: user_identity.into(),
        }
    }
    /// Sets `codeValue`.
    pub fn code_value(mut self, value: impl Into<String>) -> Self {
        self.code_value = Some(value.into());
        self
    }
    /// Sets `codeValueType`.
    pub fn code_value_type(mut self, value: impl Into<String>) -> Self {
        self.code_value_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateBadgeCodeUserInstanceRequest { "availableTimes" => field(available_times),
    "codeIdentity" => field(code_identity), "codeValue" => optional(code_value),
    "codeValueType" => optional(code_value_type), "corpId" => field(corp_id), "extInfo"
    => field(ext_info), "gmtExpired" => field(gmt_expired), "requestId" =>
    field(request_id), "status" => field(status), "userCorpRelationType" =>
    field(user_corp_relation_type), "userIdentity" => field(user_identity) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    CreateBadgeCodeUserInstanceRequest { "availableTimes" => read_field(available_times),
    "codeIdentity" => read_field(code_identity), "codeValue" => read_field(code_value),
    "codeValueType" => read_field(code_value_type), "corpId" => read_field(corp_id),
    "extInfo" => read_field(ext_info), "gmtExpired" => read_field(gmt_expired),
    "requestId" => read_field(request_id), "status" => read_field(status),
    "userCorpRelationType" => read_field(user_corp_relation_type), "userIdentity" =>
    read_field(user_identity) }
}
impl rt::WriteRequest for CreateBadgeCodeUserInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_badge_notify`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateBadgeNotifyRequest {
    /// `content`.
    pub content: String,
    /// `msgId`.
    pub msg_id: String,
    /// `msgType`.
    pub msg_type: String,
    /// `userId`.
    pub user_id: String,
}
impl CreateBadgeNotifyRequest {
    /// A `CreateBadgeNotifyRequest` with its required fields (`content`, `msgId`, `msgType`, `userId`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        msg_id: impl Into<String>,
        msg_type: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            content: content.into(),
            msg_id: msg_id.into(),
            msg_type: msg_type.into(),
            user_id: user_id.into(),
        }
    }
}
rt::impl_serialize! {
    CreateBadgeNotifyRequest { "content" => field(content), "msgId" => field(msg_id),
    "msgType" => field(msg_type), "userId" => field(user_id) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    CreateBadgeNotifyRequest { "content" => read_field(content), "msgId" =>
    read_field(msg_id), "msgType" => read_field(msg_type), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for CreateBadgeNotifyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::decode_badge_code`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DecodeBadgeCodeRequest {
    /// `payCode`.
    pub pay_code: String,
    /// `requestId`.
    pub request_id: String,
}
impl DecodeBadgeCodeRequest {
    /// A `DecodeBadgeCodeRequest` with its required fields (`payCode`, `requestId`); set the others with the methods named after them.
    pub fn new(pay_code: impl Into<String>, request_id: impl Into<String>) -> Self {
        Self {
            pay_code: pay_code.into(),
            request_id: request_id.into(),
        }
    }
}
rt::impl_serialize! {
    DecodeBadgeCodeRequest { "payCode" => field(pay_code), "requestId" =>
    field(request_id) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    DecodeBadgeCodeRequest { "payCode" => read_field(pay_code), "requestId" =>
    read_field(request_id) }
}
impl rt::WriteRequest for DecodeBadgeCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::notify_badge_code_pay_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct NotifyBadgeCodePayResultRequest {
    /// `amount`.
    pub amount: String,
    /// `chargeAmount`.
    pub charge_amount: String,
    /// `corpId`.
    pub corp_id: String,
    /// `extInfo`.
    pub ext_info: Option<String>,
    /// `gmtTradeCreate`.
    pub gmt_trade_create: String,
    /// `gmtTradeFinish`.
    pub gmt_trade_finish: String,
    /// `merchantName`.
    pub merchant_name: String,
    /// `payChannelDetailList`.
    pub pay_channel_detail_list: Vec<
        NotifyBadgeCodePayResultRequestPayChannelDetailList,
    >,
    /// `payCode`.
    pub pay_code: String,
    /// `promotionAmount`.
    pub promotion_amount: String,
    /// `remark`.
    pub remark: String,
    /// `title`.
    pub title: String,
    /// `tradeErrorCode`.
    pub trade_error_code: Option<String>,
    /// `tradeErrorMsg`.
    pub trade_error_msg: Option<String>,
    /// `tradeNo`.
    pub trade_no: String,
    /// `tradeStatus`.
    pub trade_status: String,
    /// `userId`.
    pub user_id: String,
}
impl NotifyBadgeCodePayResultRequest {
    /// A `NotifyBadgeCodePayResultRequest` with its required fields (`amount`, `chargeAmount`, `corpId`, `gmtTradeCreate`, `gmtTradeFinish`, `merchantName`, `payChannelDetailList`, `payCode`, `promotionAmount`, `remark`, `title`, `tradeNo`, `tradeStatus`, `userId`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        amount: impl Into<String>,
        charge_amount: impl Into<String>,
        corp_id: impl Into<String>,
        gmt_trade_create: impl Into<String>,
        gmt_trade_finish: impl Into<String>,
        merchant_name: impl Into<String>,
        pay_channel_detail_list: impl IntoIterator<
            Item = NotifyBadgeCodePayResultRequestPayChannelDetailList,
        >,
        pay_code: impl Into<String>,
        promotion_amount: impl Into<String>,
        remark: impl Into<String>,
        title: impl Into<String>,
        trade_no: impl Into<String>,
        trade_status: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            amount: amount.into(),
            charge_amount: charge_amount.into(),
            corp_id: corp_id.into(),
            ext_info: None,
            gmt_trade_create: gmt_trade_create.into(),
            gmt_trade_finish: gmt_trade_finish.into(),
            merchant_name: merchant_name.into(),
            pay_channel_detail_list: pay_channel_detail_list.into_iter().collect(),
            pay_code: pay_code.into(),
            promotion_amount: promotion_amount.into(),
            remark: remark.into(),
            title: title.into(),
            trade_error_code: None,
            trade_error_msg: None,
            trade_no: trade_no.into(),
            trade_status: trade_status.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `extInfo`.
    pub fn ext_info(mut self, value: impl Into<String>) -> Self {
        self.ext_info = Some(value.into());
        self
    }
    /// Sets `tradeErrorCode`.
    pub fn trade_error_code(mut self, value: impl Into<String>) -> Self {
        self.trade_error_code = Some(value.into());
        self
    }
    /// Sets `tradeErrorMsg`.
    pub fn trade_error_msg(mut self, value: impl Into<String>) -> Self {
        self.trade_error_msg = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    NotifyBadgeCodePayResultRequest { "amount" => field(amount), "chargeAmount" =>
    field(charge_amount), "corpId" => field(corp_id), "extInfo" => optional(ext_info),
    "gmtTradeCreate" => field(gmt_trade_create), "gmtTradeFinish" =>
    field(gmt_trade_finish), "merchantName" => field(merchant_name),
    "payChannelDetailList" => field(pay_channel_detail_list), "payCode" =>
    field(pay_code), "promotionAmount" => field(promotion_amount), "remark" =>
    field(remark), "title" => field(title), "tradeErrorCode" =>
    optional(trade_error_code), "tradeErrorMsg" => optional(trade_error_msg), "tradeNo"
    => field(trade_no), "tradeStatus" => field(trade_status), "userId" => field(user_id)
    }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    NotifyBadgeCodePayResultRequest { "amount" => read_field(amount), "chargeAmount" =>
    read_field(charge_amount), "corpId" => read_field(corp_id), "extInfo" =>
    read_field(ext_info), "gmtTradeCreate" => read_field(gmt_trade_create),
    "gmtTradeFinish" => read_field(gmt_trade_finish), "merchantName" =>
    read_field(merchant_name), "payChannelDetailList" =>
    read_field(pay_channel_detail_list), "payCode" => read_field(pay_code),
    "promotionAmount" => read_field(promotion_amount), "remark" => read_field(remark),
    "title" => read_field(title), "tradeErrorCode" => read_field(trade_error_code),
    "tradeErrorMsg" => read_field(trade_error_msg), "tradeNo" => read_field(trade_no),
    "tradeStatus" => read_field(trade_status), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for NotifyBadgeCodePayResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::notify_badge_code_refund_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct NotifyBadgeCodeRefundResultRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `gmtRefund`.
    pub gmt_refund: String,
    /// `payChannelDetailList`.
    pub pay_channel_detail_list: Vec<
        NotifyBadgeCodeRefundResultRequestPayChannelDetailList,
    >,
    /// `payCode`.
    pub pay_code: String,
    /// `refundAmount`.
    pub refund_amount: String,
    /// `refundOrderNo`.
    pub refund_order_no: String,
    /// `refundPromotionAmount`.
    pub refund_promotion_amount: String,
    /// `remark`.
    pub remark: String,
    /// `tradeNo`.
    pub trade_no: String,
    /// `userId`.
    pub user_id: String,
}
impl NotifyBadgeCodeRefundResultRequest {
    /// A `NotifyBadgeCodeRefundResultRequest` with its required fields (`corpId`, `gmtRefund`, `payChannelDetailList`, `payCode`, `refundAmount`, `refundOrderNo`, `refundPromotionAmount`, `remark`, `tradeNo`, `userId`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        corp_id: impl Into<String>,
        gmt_refund: impl Into<String>,
        pay_channel_detail_list: impl IntoIterator<
            Item = NotifyBadgeCodeRefundResultRequestPayChannelDetailList,
        >,
        pay_code: impl Into<String>,
        refund_amount: impl Into<String>,
        refund_order_no: impl Into<String>,
        refund_promotion_amount: impl Into<String>,
        remark: impl Into<String>,
        trade_no: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            gmt_refund: gmt_refund.into(),
            pay_channel_detail_list: pay_channel_detail_list.into_iter().collect(),
            pay_code: pay_code.into(),
            refund_amount: refund_amount.into(),
            refund_order_no: refund_order_no.into(),
            refund_promotion_amount: refund_promotion_amount.into(),
            remark: remark.into(),
            trade_no: trade_no.into(),
            user_id: user_id.into(),
        }
    }
}
rt::impl_serialize! {
    NotifyBadgeCodeRefundResultRequest { "corpId" => field(corp_id), "gmtRefund" =>
    field(gmt_refund), "payChannelDetailList" => field(pay_channel_detail_list),
    "payCode" => field(pay_code), "refundAmount" => field(refund_amount), "refundOrderNo"
    => field(refund_order_no), "refundPromotionAmount" => field(refund_promotion_amount),
    "remark" => field(remark), "tradeNo" => field(trade_no), "userId" => field(user_id) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    NotifyBadgeCodeRefundResultRequest { "corpId" => read_field(corp_id), "gmtRefund" =>
    read_field(gmt_refund), "payChannelDetailList" =>
    read_field(pay_channel_detail_list), "payCode" => read_field(pay_code),
    "refundAmount" => read_field(refund_amount), "refundOrderNo" =>
    read_field(refund_order_no), "refundPromotionAmount" =>
    read_field(refund_promotion_amount), "remark" => read_field(remark), "tradeNo" =>
    read_field(trade_no), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for NotifyBadgeCodeRefundResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::notify_badge_code_verify_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct NotifyBadgeCodeVerifyResultRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `payCode`.
    pub pay_code: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `userCorpRelationType`.
    pub user_corp_relation_type: String,
    /// `userIdentity`.
    pub user_identity: String,
    /// `verifyEvent`.
    pub verify_event: Option<String>,
    /// `verifyLocation`.
    pub verify_location: Option<String>,
    /// `verifyNo`.
    pub verify_no: Option<String>,
    /// `verifyResult`.
    pub verify_result: bool,
    /// `verifyTime`.
    pub verify_time: String,
}
impl NotifyBadgeCodeVerifyResultRequest {
    /// A `NotifyBadgeCodeVerifyResultRequest` with its required fields (`corpId`, `payCode`, `userCorpRelationType`, `userIdentity`, `verifyResult`, `verifyTime`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        pay_code: impl Into<String>,
        user_corp_relation_type: impl Into<String>,
        user_identity: impl Into<String>,
        verify_result: bool,
        verify_time: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            pay_code: pay_code.into(),
            remark: None,
            user_corp_relation_type: user_corp_relation_type.into(),
            user_identity: user_identity.into(),
            verify_event: None,
            verify_location: None,
            verify_no: None,
            verify_result,
            verify_time: verify_time.into(),
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `verifyEvent`.
    pub fn verify_event(mut self, value: impl Into<String>) -> Self {
        self.verify_event = Some(value.into());
        self
    }
    /// Sets `verifyLocation`.
    pub fn verify_location(mut self, value: impl Into<String>) -> Self {
        self.verify_location = Some(value.into());
        self
    }
    /// Sets `verifyNo`.
    pub fn verify_no(mut self, value: impl Into<String>) -> Self {
        self.verify_no = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    NotifyBadgeCodeVerifyResultRequest { "corpId" => field(corp_id), "payCode" =>
    field(pay_code), "remark" => optional(remark), "userCorpRelationType" =>
    field(user_corp_relation_type), "userIdentity" => field(user_identity), "verifyEvent"
    => optional(verify_event), "verifyLocation" => optional(verify_location), "verifyNo"
    => optional(verify_no), "verifyResult" => field(verify_result), "verifyTime" =>
    field(verify_time) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    NotifyBadgeCodeVerifyResultRequest { "corpId" => read_field(corp_id), "payCode" =>
    read_field(pay_code), "remark" => read_field(remark), "userCorpRelationType" =>
    read_field(user_corp_relation_type), "userIdentity" => read_field(user_identity),
    "verifyEvent" => read_field(verify_event), "verifyLocation" =>
    read_field(verify_location), "verifyNo" => read_field(verify_no), "verifyResult" =>
    read_field(verify_result), "verifyTime" => read_field(verify_time) }
}
impl rt::WriteRequest for NotifyBadgeCodeVerifyResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_badge_code_corp_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SaveBadgeCodeCorpInstanceRequest {
    /// `codeIdentity`.
    pub code_identity: String,
    /// `corpId`.
    pub corp_id: String,
    /// `extInfo`.
    pub ext_info: Option<rt::BTreeMap<String, String>>,
    /// `status`.
    pub status: String,
}
impl SaveBadgeCodeCorpInstanceRequest {
    /// A `SaveBadgeCodeCorpInstanceRequest` with its required fields (`codeIdentity`, `corpId`, `status`); set the others with the methods named after them.
    pub fn new(
        code_identity: impl Into<String>,
        corp_id: impl Into<String>,
        status: impl Into<String>,
    ) -> Self {
        Self {
            code_identity: code_identity.into(),
            corp_id: corp_id.into(),
            ext_info: None,
            status: status.into(),
        }
    }
    /// Sets `extInfo`.
    pub fn ext_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.ext_info = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    SaveBadgeCodeCorpInstanceRequest { "codeIdentity" => field(code_identity), "corpId"
    => field(corp_id), "extInfo" => optional(ext_info), "status" => field(status) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    SaveBadgeCodeCorpInstanceRequest { "codeIdentity" => read_field(code_identity),
    "corpId" => read_field(corp_id), "extInfo" => read_field(ext_info), "status" =>
    read_field(status) }
}
impl rt::WriteRequest for SaveBadgeCodeCorpInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_badge_code_user_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateBadgeCodeUserInstanceRequest {
    /// `availableTimes`.
    pub available_times: Vec<UpdateBadgeCodeUserInstanceRequestAvailableTimes>,
    /// `codeId`.
    pub code_id: String,
    /// `codeIdentity`.
    pub code_identity: String,
    /// `codeValue`.
    pub code_value: Option<String>,
    /// `corpId`.
    pub corp_id: String,
    /// `extInfo`.
    pub ext_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `gmtExpired`.
    pub gmt_expired: String,
    /// `status`.
    pub status: Option<String>,
    /// `userCorpRelationType`.
    pub user_corp_relation_type: String,
    /// `userIdentity`.
    pub user_identity: String,
}
impl UpdateBadgeCodeUserInstanceRequest {
    /// A `UpdateBadgeCodeUserInstanceRequest` with its required fields (`availableTimes`, `codeId`, `codeIdentity`, `corpId`, `extInfo`, `gmtExpired`, `userCorpRelationType`, `userIdentity`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        available_times: impl IntoIterator<
            Item = UpdateBadgeCodeUserInstanceRequestAvailableTimes,
        >,
        code_id: impl Into<String>,
        code_identity: impl Into<String>,
        corp_id: impl Into<String>,
        ext_info: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
        gmt_expired: impl Into<String>,
        user_corp_relation_type: impl Into<String>,
        user_identity: impl Into<String>,
    ) -> Self {
        Self {
            available_times: available_times.into_iter().collect(),
            code_id: code_id.into(),
            code_identity: code_identity.into(),
            code_value: None,
            corp_id: corp_id.into(),
            ext_info: ext_info.into_iter().map(|(k, v)| (k.into(), v)).collect(),
            gmt_expired: gmt_expired.into(),
            status: None,
            user_corp_relation_type: user_corp_relation_type.into(),
            user_identity: user_identity.into(),
        }
    }
    /// Sets `codeValue`.
    pub fn code_value(mut self, value: impl Into<String>) -> Self {
        self.code_value = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateBadgeCodeUserInstanceRequest { "availableTimes" => field(available_times),
    "codeId" => field(code_id), "codeIdentity" => field(code_identity), "codeValue" =>
    optional(code_value), "corpId" => field(corp_id), "extInfo" => field(ext_info),
    "gmtExpired" => field(gmt_expired), "status" => optional(status),
    "userCorpRelationType" => field(user_corp_relation_type), "userIdentity" =>
    field(user_identity) }
}
#[cfg(feature = "conformance")]
rt::impl_deserialize! {
    UpdateBadgeCodeUserInstanceRequest { "availableTimes" => read_field(available_times),
    "codeId" => read_field(code_id), "codeIdentity" => read_field(code_identity),
    "codeValue" => read_field(code_value), "corpId" => read_field(corp_id), "extInfo" =>
    read_field(ext_info), "gmtExpired" => read_field(gmt_expired), "status" =>
    read_field(status), "userCorpRelationType" => read_field(user_corp_relation_type),
    "userIdentity" => read_field(user_identity) }
}
impl rt::WriteRequest for UpdateBadgeCodeUserInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::create_badge_code_user_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateBadgeCodeUserInstanceError = rt::ServiceError;
/// An error reply of [`Api::create_badge_notify`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateBadgeNotifyError = rt::ServiceError;
/// An error reply of [`Api::decode_badge_code`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DecodeBadgeCodeError = rt::ServiceError;
/// An error reply of [`Api::notify_badge_code_pay_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type NotifyBadgeCodePayResultError = rt::ServiceError;
/// An error reply of [`Api::notify_badge_code_refund_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type NotifyBadgeCodeRefundResultError = rt::ServiceError;
/// An error reply of [`Api::notify_badge_code_verify_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type NotifyBadgeCodeVerifyResultError = rt::ServiceError;
/// An error reply of [`Api::save_badge_code_corp_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveBadgeCodeCorpInstanceError = rt::ServiceError;
/// An error reply of [`Api::update_badge_code_user_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateBadgeCodeUserInstanceError = rt::ServiceError;
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
        "CreateBadgeCodeUserInstance" => {
            rt::conformance::reply(
                    api.create_badge_code_user_instance(&inputs.request(true)?),
                )
                .await
        }
        "CreateBadgeNotify" => {
            rt::conformance::reply(api.create_badge_notify(&inputs.request(true)?)).await
        }
        "DecodeBadgeCode" => {
            rt::conformance::reply(api.decode_badge_code(&inputs.request(true)?)).await
        }
        "NotifyBadgeCodePayResult" => {
            rt::conformance::reply(
                    api.notify_badge_code_pay_result(&inputs.request(true)?),
                )
                .await
        }
        "NotifyBadgeCodeRefundResult" => {
            rt::conformance::reply(
                    api.notify_badge_code_refund_result(&inputs.request(true)?),
                )
                .await
        }
        "NotifyBadgeCodeVerifyResult" => {
            rt::conformance::reply(
                    api.notify_badge_code_verify_result(&inputs.request(true)?),
                )
                .await
        }
        "SaveBadgeCodeCorpInstance" => {
            rt::conformance::reply(
                    api.save_badge_code_corp_instance(&inputs.request(true)?),
                )
                .await
        }
        "UpdateBadgeCodeUserInstance" => {
            rt::conformance::reply(
                    api.update_badge_code_user_instance(&inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
