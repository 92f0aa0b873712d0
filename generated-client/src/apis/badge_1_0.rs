// @generated from api-spec/badge_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉工牌 (Badge)：钉工牌码、用户实例与通知。
//!
//! 8 operations, methods of [`Api`] (`client.badge_1_0()`), behind the cargo feature `badge_1_0`; its paths start with `/v1.0/badge/`.
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
    /// `POST /v1.0/badge/codes/userInstances`: DingTalk's `CreateBadgeCodeUserInstance` (module feature `badge_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateBadgeCodeUserInstance")]
    #[doc(alias = "/v1.0/badge/codes/userInstances")]
    #[doc(alias = "POST /v1.0/badge/codes/userInstances")]
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
    /// `POST /v1.0/badge/notices`: DingTalk's `CreateBadgeNotify` (module feature `badge_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateBadgeNotify")]
    #[doc(alias = "/v1.0/badge/notices")]
    #[doc(alias = "POST /v1.0/badge/notices")]
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
    /// `POST /v1.0/badge/codes/decode`: DingTalk's `DecodeBadgeCode` (module feature `badge_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DecodeBadgeCode")]
    #[doc(alias = "/v1.0/badge/codes/decode")]
    #[doc(alias = "POST /v1.0/badge/codes/decode")]
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
    /// `POST /v1.0/badge/codes/payResults`: DingTalk's `NotifyBadgeCodePayResult` (module feature `badge_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "NotifyBadgeCodePayResult")]
    #[doc(alias = "/v1.0/badge/codes/payResults")]
    #[doc(alias = "POST /v1.0/badge/codes/payResults")]
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
    /// `POST /v1.0/badge/codes/refundResults`: DingTalk's `NotifyBadgeCodeRefundResult` (module feature `badge_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "NotifyBadgeCodeRefundResult")]
    #[doc(alias = "/v1.0/badge/codes/refundResults")]
    #[doc(alias = "POST /v1.0/badge/codes/refundResults")]
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
    /// `POST /v1.0/badge/codes/verifyResults`: DingTalk's `NotifyBadgeCodeVerifyResult` (module feature `badge_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "NotifyBadgeCodeVerifyResult")]
    #[doc(alias = "/v1.0/badge/codes/verifyResults")]
    #[doc(alias = "POST /v1.0/badge/codes/verifyResults")]
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
    /// `POST /v1.0/badge/codes/corpInstances`: DingTalk's `SaveBadgeCodeCorpInstance` (module feature `badge_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveBadgeCodeCorpInstance")]
    #[doc(alias = "/v1.0/badge/codes/corpInstances")]
    #[doc(alias = "POST /v1.0/badge/codes/corpInstances")]
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
    /// `PUT /v1.0/badge/codes/userInstances`: DingTalk's `UpdateBadgeCodeUserInstance` (module feature `badge_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateBadgeCodeUserInstance")]
    #[doc(alias = "/v1.0/badge/codes/userInstances")]
    #[doc(alias = "PUT /v1.0/badge/codes/userInstances")]
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
/// `CreateBadgeCodeUserInstanceRequestAvailableTimes`, a model several operations share: also named [`UpdateBadgeCodeUserInstanceRequestAvailableTimes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateBadgeCodeUserInstanceRequestAvailableTimes {
    /// `gmtEnd`.
    pub gmt_end: String,
    /// `gmtStart`.
    pub gmt_start: String,
}
/// The required fields of [`CreateBadgeCodeUserInstanceRequestAvailableTimes`], each named where it is set: `CreateBadgeCodeUserInstanceRequestAvailableTimes::new(CreateBadgeCodeUserInstanceRequestAvailableTimesRequired { .. })`.
pub struct CreateBadgeCodeUserInstanceRequestAvailableTimesRequired {
    /// `gmtEnd`: see [`CreateBadgeCodeUserInstanceRequestAvailableTimes::gmt_end`].
    pub gmt_end: String,
    /// `gmtStart`: see [`CreateBadgeCodeUserInstanceRequestAvailableTimes::gmt_start`].
    pub gmt_start: String,
}
impl CreateBadgeCodeUserInstanceRequestAvailableTimes {
    /// A `CreateBadgeCodeUserInstanceRequestAvailableTimes` with its required fields (`gmtEnd`, `gmtStart`); set the others with the methods named after them.
    pub fn new(
        required: CreateBadgeCodeUserInstanceRequestAvailableTimesRequired,
    ) -> Self {
        let CreateBadgeCodeUserInstanceRequestAvailableTimesRequired {
            gmt_end,
            gmt_start,
        } = required;
        Self { gmt_end, gmt_start }
    }
}
rt::impl_serialize! {
    CreateBadgeCodeUserInstanceRequestAvailableTimes { "gmtEnd" => field(gmt_end),
    "gmtStart" => field(gmt_start) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateBadgeCodeUserInstanceRequestAvailableTimes { "gmtEnd" => read_field(gmt_end),
    "gmtStart" => read_field(gmt_start) }
}
/// `CreateBadgeCodeUserInstanceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateBadgeCodeUserInstanceResponseBody { "codeDetailUrl" =>
    optional(code_detail_url), "codeId" => optional(code_id) }
}
/// `CreateBadgeNotifyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateBadgeNotifyResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    CreateBadgeNotifyResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateBadgeNotifyResponseBody { "result" => optional(result) }
}
/// `DecodeBadgeCodeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DecodeBadgeCodeResponseBody { "alipayCode" => optional(alipay_code), "codeId" =>
    optional(code_id), "codeIdentity" => optional(code_identity), "codeType" =>
    optional(code_type), "corpId" => optional(corp_id), "extInfo" => optional(ext_info),
    "outBizId" => optional(out_biz_id), "userCorpRelationType" =>
    optional(user_corp_relation_type), "userId" => optional(user_id) }
}
/// `NotifyBadgeCodePayResultRequestPayChannelDetailList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`NotifyBadgeCodePayResultRequestPayChannelDetailList`], each named where it is set: `NotifyBadgeCodePayResultRequestPayChannelDetailList::new(NotifyBadgeCodePayResultRequestPayChannelDetailListRequired { .. })`.
pub struct NotifyBadgeCodePayResultRequestPayChannelDetailListRequired {
    /// `amount`: see [`NotifyBadgeCodePayResultRequestPayChannelDetailList::amount`].
    pub amount: String,
    /// `fundToolDetailList`: see [`NotifyBadgeCodePayResultRequestPayChannelDetailList::fund_tool_detail_list`].
    pub fund_tool_detail_list: Vec<
        NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList,
    >,
    /// `payChannelName`: see [`NotifyBadgeCodePayResultRequestPayChannelDetailList::pay_channel_name`].
    pub pay_channel_name: String,
    /// `payChannelOrderNo`: see [`NotifyBadgeCodePayResultRequestPayChannelDetailList::pay_channel_order_no`].
    pub pay_channel_order_no: String,
    /// `payChannelType`: see [`NotifyBadgeCodePayResultRequestPayChannelDetailList::pay_channel_type`].
    pub pay_channel_type: String,
    /// `promotionAmount`: see [`NotifyBadgeCodePayResultRequestPayChannelDetailList::promotion_amount`].
    pub promotion_amount: String,
}
impl NotifyBadgeCodePayResultRequestPayChannelDetailList {
    /// A `NotifyBadgeCodePayResultRequestPayChannelDetailList` with its required fields (`amount`, `fundToolDetailList`, `payChannelName`, `payChannelOrderNo`, `payChannelType`, `promotionAmount`); set the others with the methods named after them.
    pub fn new(
        required: NotifyBadgeCodePayResultRequestPayChannelDetailListRequired,
    ) -> Self {
        let NotifyBadgeCodePayResultRequestPayChannelDetailListRequired {
            amount,
            fund_tool_detail_list,
            pay_channel_name,
            pay_channel_order_no,
            pay_channel_type,
            promotion_amount,
        } = required;
        Self {
            amount,
            fund_tool_detail_list,
            gmt_create: None,
            gmt_finish: None,
            pay_channel_name,
            pay_channel_order_no,
            pay_channel_type,
            promotion_amount,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    NotifyBadgeCodePayResultRequestPayChannelDetailList { "amount" => read_field(amount),
    "fundToolDetailList" => read_field(fund_tool_detail_list), "gmtCreate" =>
    read_field(gmt_create), "gmtFinish" => read_field(gmt_finish), "payChannelName" =>
    read_field(pay_channel_name), "payChannelOrderNo" =>
    read_field(pay_channel_order_no), "payChannelType" => read_field(pay_channel_type),
    "promotionAmount" => read_field(promotion_amount) }
}
/// `NotifyBadgeCodePayResultResponseBody`, a model several operations share: also named [`NotifyBadgeCodeRefundResultResponseBody`], [`NotifyBadgeCodeVerifyResultResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct NotifyBadgeCodePayResultResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    NotifyBadgeCodePayResultResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    NotifyBadgeCodePayResultResponseBody { "result" => optional(result) }
}
/// `NotifyBadgeCodeRefundResultRequestPayChannelDetailList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`NotifyBadgeCodeRefundResultRequestPayChannelDetailList`], each named where it is set: `NotifyBadgeCodeRefundResultRequestPayChannelDetailList::new(NotifyBadgeCodeRefundResultRequestPayChannelDetailListRequired { .. })`.
pub struct NotifyBadgeCodeRefundResultRequestPayChannelDetailListRequired {
    /// `amount`: see [`NotifyBadgeCodeRefundResultRequestPayChannelDetailList::amount`].
    pub amount: String,
    /// `fundToolDetailList`: see [`NotifyBadgeCodeRefundResultRequestPayChannelDetailList::fund_tool_detail_list`].
    pub fund_tool_detail_list: Vec<
        NotifyBadgeCodeRefundResultRequestPayChannelDetailListFundToolDetailList,
    >,
    /// `payChannelName`: see [`NotifyBadgeCodeRefundResultRequestPayChannelDetailList::pay_channel_name`].
    pub pay_channel_name: String,
    /// `payChannelOrderNo`: see [`NotifyBadgeCodeRefundResultRequestPayChannelDetailList::pay_channel_order_no`].
    pub pay_channel_order_no: String,
    /// `payChannelRefundOrderNo`: see [`NotifyBadgeCodeRefundResultRequestPayChannelDetailList::pay_channel_refund_order_no`].
    pub pay_channel_refund_order_no: String,
    /// `payChannelType`: see [`NotifyBadgeCodeRefundResultRequestPayChannelDetailList::pay_channel_type`].
    pub pay_channel_type: String,
    /// `promotionAmount`: see [`NotifyBadgeCodeRefundResultRequestPayChannelDetailList::promotion_amount`].
    pub promotion_amount: String,
}
impl NotifyBadgeCodeRefundResultRequestPayChannelDetailList {
    /// A `NotifyBadgeCodeRefundResultRequestPayChannelDetailList` with its required fields (`amount`, `fundToolDetailList`, `payChannelName`, `payChannelOrderNo`, `payChannelRefundOrderNo`, `payChannelType`, `promotionAmount`); set the others with the methods named after them.
    pub fn new(
        required: NotifyBadgeCodeRefundResultRequestPayChannelDetailListRequired,
    ) -> Self {
        let NotifyBadgeCodeRefundResultRequestPayChannelDetailListRequired {
            amount,
            fund_tool_detail_list,
            pay_channel_name,
            pay_channel_order_no,
            pay_channel_refund_order_no,
            pay_channel_type,
            promotion_amount,
        } = required;
        Self {
            amount,
            fund_tool_detail_list,
            pay_channel_name,
            pay_channel_order_no,
            pay_channel_refund_order_no,
            pay_channel_type,
            promotion_amount,
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
#[cfg(feature = "model-serde")]
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
#[derive(Clone, Debug, Default, PartialEq)]
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
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SaveBadgeCodeCorpInstanceResponseBody { "codeIdentity" => optional(code_identity),
    "corpId" => optional(corp_id), "extInfo" => optional(ext_info), "status" =>
    optional(status) }
}
/// `UpdateBadgeCodeUserInstanceRequestAvailableTimes`: the same model as [`CreateBadgeCodeUserInstanceRequestAvailableTimes`].
pub type UpdateBadgeCodeUserInstanceRequestAvailableTimes = CreateBadgeCodeUserInstanceRequestAvailableTimes;
/// The required fields of [`UpdateBadgeCodeUserInstanceRequestAvailableTimes`].
pub type UpdateBadgeCodeUserInstanceRequestAvailableTimesRequired = CreateBadgeCodeUserInstanceRequestAvailableTimesRequired;
/// `UpdateBadgeCodeUserInstanceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateBadgeCodeUserInstanceResponseBody {
    /// `codeId`.
    pub code_id: Option<String>,
}
rt::impl_deserialize! {
    UpdateBadgeCodeUserInstanceResponseBody { "codeId" => read_field(code_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateBadgeCodeUserInstanceResponseBody { "codeId" => optional(code_id) }
}
/// `NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList`, a model several operations share: also named [`NotifyBadgeCodeRefundResultRequestPayChannelDetailListFundToolDetailList`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList`], each named where it is set: `NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList::new(NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailListRequired { .. })`.
pub struct NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailListRequired {
    /// `amount`: see [`NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList::amount`].
    pub amount: String,
    /// `fundToolName`: see [`NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList::fund_tool_name`].
    pub fund_tool_name: String,
    /// `gmtCreate`: see [`NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList::gmt_create`].
    pub gmt_create: String,
    /// `gmtFinish`: see [`NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList::gmt_finish`].
    pub gmt_finish: String,
    /// `promotionFundTool`: see [`NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList::promotion_fund_tool`].
    pub promotion_fund_tool: bool,
}
impl NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList {
    /// A `NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList` with its required fields (`amount`, `fundToolName`, `gmtCreate`, `gmtFinish`, `promotionFundTool`); set the others with the methods named after them.
    pub fn new(
        required: NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailListRequired,
    ) -> Self {
        let NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailListRequired {
            amount,
            fund_tool_name,
            gmt_create,
            gmt_finish,
            promotion_fund_tool,
        } = required;
        Self {
            amount,
            ext_info: None,
            fund_tool_name,
            gmt_create,
            gmt_finish,
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList { "amount" =>
    read_field(amount), "extInfo" => read_field(ext_info), "fundToolName" =>
    read_field(fund_tool_name), "gmtCreate" => read_field(gmt_create), "gmtFinish" =>
    read_field(gmt_finish), "promotionFundTool" => read_field(promotion_fund_tool) }
}
/// `NotifyBadgeCodeRefundResultRequestPayChannelDetailListFundToolDetailList`: the same model as [`NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList`].
pub type NotifyBadgeCodeRefundResultRequestPayChannelDetailListFundToolDetailList = NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailList;
/// The required fields of [`NotifyBadgeCodeRefundResultRequestPayChannelDetailListFundToolDetailList`].
pub type NotifyBadgeCodeRefundResultRequestPayChannelDetailListFundToolDetailListRequired = NotifyBadgeCodePayResultRequestPayChannelDetailListFundToolDetailListRequired;
/// The request of [`Api::create_badge_code_user_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateBadgeCodeUserInstanceRequest`], each named where it is set: `CreateBadgeCodeUserInstanceRequest::new(CreateBadgeCodeUserInstanceRequired { .. })`.
pub struct CreateBadgeCodeUserInstanceRequired {
    /// `availableTimes`: see [`CreateBadgeCodeUserInstanceRequest::available_times`].
    pub available_times: Vec<CreateBadgeCodeUserInstanceRequestAvailableTimes>,
    /// `codeIdentity`: see [`CreateBadgeCodeUserInstanceRequest::code_identity`].
    pub code_identity: String,
    /// `corpId`: see [`CreateBadgeCodeUserInstanceRequest::corp_id`].
    pub corp_id: String,
    /// `extInfo`: see [`CreateBadgeCodeUserInstanceRequest::ext_info`].
    pub ext_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `gmtExpired`: see [`CreateBadgeCodeUserInstanceRequest::gmt_expired`].
    pub gmt_expired: String,
    /// `requestId`: see [`CreateBadgeCodeUserInstanceRequest::request_id`].
    pub request_id: String,
    /// `status`: see [`CreateBadgeCodeUserInstanceRequest::status`].
    pub status: String,
    /// `userCorpRelationType`: see [`CreateBadgeCodeUserInstanceRequest::user_corp_relation_type`].
    pub user_corp_relation_type: String,
    /// `userIdentity`: see [`CreateBadgeCodeUserInstanceRequest::user_identity`].
    pub user_identity: String,
}
impl CreateBadgeCodeUserInstanceRequest {
    /// A `CreateBadgeCodeUserInstanceRequest` with its required fields (`availableTimes`, `codeIdentity`, `corpId`, `extInfo`, `gmtExpired`, `requestId`, `status`, `userCorpRelationType`, `userIdentity`); set the others with the methods named after them.
    pub fn new(required: CreateBadgeCodeUserInstanceRequired) -> Self {
        let CreateBadgeCodeUserInstanceRequired {
            available_times,
            code_identity,
            corp_id,
            ext_info,
            gmt_expired,
            request_id,
            status,
            user_corp_relation_type,
            user_identity,
        } = required;
        Self {
            available_times,
            code_identity,
            code_value: None,
            code_value_type: None,
            corp_id,
            ext_info,
            gmt_expired,
            request_id,
            status,
            user_corp_relation_type,
            user_identity,
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
#[cfg(feature = "model-serde")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateBadgeNotifyRequest`], each named where it is set: `CreateBadgeNotifyRequest::new(CreateBadgeNotifyRequired { .. })`.
pub struct CreateBadgeNotifyRequired {
    /// `content`: see [`CreateBadgeNotifyRequest::content`].
    pub content: String,
    /// `msgId`: see [`CreateBadgeNotifyRequest::msg_id`].
    pub msg_id: String,
    /// `msgType`: see [`CreateBadgeNotifyRequest::msg_type`].
    pub msg_type: String,
    /// `userId`: see [`CreateBadgeNotifyRequest::user_id`].
    pub user_id: String,
}
impl CreateBadgeNotifyRequest {
    /// A `CreateBadgeNotifyRequest` with its required fields (`content`, `msgId`, `msgType`, `userId`); set the others with the methods named after them.
    pub fn new(required: CreateBadgeNotifyRequired) -> Self {
        let CreateBadgeNotifyRequired { content, msg_id, msg_type, user_id } = required;
        Self {
            content,
            msg_id,
            msg_type,
            user_id,
        }
    }
}
rt::impl_serialize! {
    CreateBadgeNotifyRequest { "content" => field(content), "msgId" => field(msg_id),
    "msgType" => field(msg_type), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DecodeBadgeCodeRequest {
    /// `payCode`.
    pub pay_code: String,
    /// `requestId`.
    pub request_id: String,
}
/// The required fields of [`DecodeBadgeCodeRequest`], each named where it is set: `DecodeBadgeCodeRequest::new(DecodeBadgeCodeRequired { .. })`.
pub struct DecodeBadgeCodeRequired {
    /// `payCode`: see [`DecodeBadgeCodeRequest::pay_code`].
    pub pay_code: String,
    /// `requestId`: see [`DecodeBadgeCodeRequest::request_id`].
    pub request_id: String,
}
impl DecodeBadgeCodeRequest {
    /// A `DecodeBadgeCodeRequest` with its required fields (`payCode`, `requestId`); set the others with the methods named after them.
    pub fn new(required: DecodeBadgeCodeRequired) -> Self {
        let DecodeBadgeCodeRequired { pay_code, request_id } = required;
        Self { pay_code, request_id }
    }
}
rt::impl_serialize! {
    DecodeBadgeCodeRequest { "payCode" => field(pay_code), "requestId" =>
    field(request_id) }
}
#[cfg(feature = "model-serde")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`NotifyBadgeCodePayResultRequest`], each named where it is set: `NotifyBadgeCodePayResultRequest::new(NotifyBadgeCodePayResultRequired { .. })`.
pub struct NotifyBadgeCodePayResultRequired {
    /// `amount`: see [`NotifyBadgeCodePayResultRequest::amount`].
    pub amount: String,
    /// `chargeAmount`: see [`NotifyBadgeCodePayResultRequest::charge_amount`].
    pub charge_amount: String,
    /// `corpId`: see [`NotifyBadgeCodePayResultRequest::corp_id`].
    pub corp_id: String,
    /// `gmtTradeCreate`: see [`NotifyBadgeCodePayResultRequest::gmt_trade_create`].
    pub gmt_trade_create: String,
    /// `gmtTradeFinish`: see [`NotifyBadgeCodePayResultRequest::gmt_trade_finish`].
    pub gmt_trade_finish: String,
    /// `merchantName`: see [`NotifyBadgeCodePayResultRequest::merchant_name`].
    pub merchant_name: String,
    /// `payChannelDetailList`: see [`NotifyBadgeCodePayResultRequest::pay_channel_detail_list`].
    pub pay_channel_detail_list: Vec<
        NotifyBadgeCodePayResultRequestPayChannelDetailList,
    >,
    /// `payCode`: see [`NotifyBadgeCodePayResultRequest::pay_code`].
    pub pay_code: String,
    /// `promotionAmount`: see [`NotifyBadgeCodePayResultRequest::promotion_amount`].
    pub promotion_amount: String,
    /// `remark`: see [`NotifyBadgeCodePayResultRequest::remark`].
    pub remark: String,
    /// `title`: see [`NotifyBadgeCodePayResultRequest::title`].
    pub title: String,
    /// `tradeNo`: see [`NotifyBadgeCodePayResultRequest::trade_no`].
    pub trade_no: String,
    /// `tradeStatus`: see [`NotifyBadgeCodePayResultRequest::trade_status`].
    pub trade_status: String,
    /// `userId`: see [`NotifyBadgeCodePayResultRequest::user_id`].
    pub user_id: String,
}
impl NotifyBadgeCodePayResultRequest {
    /// A `NotifyBadgeCodePayResultRequest` with its required fields (`amount`, `chargeAmount`, `corpId`, `gmtTradeCreate`, `gmtTradeFinish`, `merchantName`, `payChannelDetailList`, `payCode`, `promotionAmount`, `remark`, `title`, `tradeNo`, `tradeStatus`, `userId`); set the others with the methods named after them.
    pub fn new(required: NotifyBadgeCodePayResultRequired) -> Self {
        let NotifyBadgeCodePayResultRequired {
            amount,
            charge_amount,
            corp_id,
            gmt_trade_create,
            gmt_trade_finish,
            merchant_name,
            pay_channel_detail_list,
            pay_code,
            promotion_amount,
            remark,
            title,
            trade_no,
            trade_status,
            user_id,
        } = required;
        Self {
            amount,
            charge_amount,
            corp_id,
            ext_info: None,
            gmt_trade_create,
            gmt_trade_finish,
            merchant_name,
            pay_channel_detail_list,
            pay_code,
            promotion_amount,
            remark,
            title,
            trade_error_code: None,
            trade_error_msg: None,
            trade_no,
            trade_status,
            user_id,
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
#[cfg(feature = "model-serde")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`NotifyBadgeCodeRefundResultRequest`], each named where it is set: `NotifyBadgeCodeRefundResultRequest::new(NotifyBadgeCodeRefundResultRequired { .. })`.
pub struct NotifyBadgeCodeRefundResultRequired {
    /// `corpId`: see [`NotifyBadgeCodeRefundResultRequest::corp_id`].
    pub corp_id: String,
    /// `gmtRefund`: see [`NotifyBadgeCodeRefundResultRequest::gmt_refund`].
    pub gmt_refund: String,
    /// `payChannelDetailList`: see [`NotifyBadgeCodeRefundResultRequest::pay_channel_detail_list`].
    pub pay_channel_detail_list: Vec<
        NotifyBadgeCodeRefundResultRequestPayChannelDetailList,
    >,
    /// `payCode`: see [`NotifyBadgeCodeRefundResultRequest::pay_code`].
    pub pay_code: String,
    /// `refundAmount`: see [`NotifyBadgeCodeRefundResultRequest::refund_amount`].
    pub refund_amount: String,
    /// `refundOrderNo`: see [`NotifyBadgeCodeRefundResultRequest::refund_order_no`].
    pub refund_order_no: String,
    /// `refundPromotionAmount`: see [`NotifyBadgeCodeRefundResultRequest::refund_promotion_amount`].
    pub refund_promotion_amount: String,
    /// `remark`: see [`NotifyBadgeCodeRefundResultRequest::remark`].
    pub remark: String,
    /// `tradeNo`: see [`NotifyBadgeCodeRefundResultRequest::trade_no`].
    pub trade_no: String,
    /// `userId`: see [`NotifyBadgeCodeRefundResultRequest::user_id`].
    pub user_id: String,
}
impl NotifyBadgeCodeRefundResultRequest {
    /// A `NotifyBadgeCodeRefundResultRequest` with its required fields (`corpId`, `gmtRefund`, `payChannelDetailList`, `payCode`, `refundAmount`, `refundOrderNo`, `refundPromotionAmount`, `remark`, `tradeNo`, `userId`); set the others with the methods named after them.
    pub fn new(required: NotifyBadgeCodeRefundResultRequired) -> Self {
        let NotifyBadgeCodeRefundResultRequired {
            corp_id,
            gmt_refund,
            pay_channel_detail_list,
            pay_code,
            refund_amount,
            refund_order_no,
            refund_promotion_amount,
            remark,
            trade_no,
            user_id,
        } = required;
        Self {
            corp_id,
            gmt_refund,
            pay_channel_detail_list,
            pay_code,
            refund_amount,
            refund_order_no,
            refund_promotion_amount,
            remark,
            trade_no,
            user_id,
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
#[cfg(feature = "model-serde")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`NotifyBadgeCodeVerifyResultRequest`], each named where it is set: `NotifyBadgeCodeVerifyResultRequest::new(NotifyBadgeCodeVerifyResultRequired { .. })`.
pub struct NotifyBadgeCodeVerifyResultRequired {
    /// `corpId`: see [`NotifyBadgeCodeVerifyResultRequest::corp_id`].
    pub corp_id: String,
    /// `payCode`: see [`NotifyBadgeCodeVerifyResultRequest::pay_code`].
    pub pay_code: String,
    /// `userCorpRelationType`: see [`NotifyBadgeCodeVerifyResultRequest::user_corp_relation_type`].
    pub user_corp_relation_type: String,
    /// `userIdentity`: see [`NotifyBadgeCodeVerifyResultRequest::user_identity`].
    pub user_identity: String,
    /// `verifyResult`: see [`NotifyBadgeCodeVerifyResultRequest::verify_result`].
    pub verify_result: bool,
    /// `verifyTime`: see [`NotifyBadgeCodeVerifyResultRequest::verify_time`].
    pub verify_time: String,
}
impl NotifyBadgeCodeVerifyResultRequest {
    /// A `NotifyBadgeCodeVerifyResultRequest` with its required fields (`corpId`, `payCode`, `userCorpRelationType`, `userIdentity`, `verifyResult`, `verifyTime`); set the others with the methods named after them.
    pub fn new(required: NotifyBadgeCodeVerifyResultRequired) -> Self {
        let NotifyBadgeCodeVerifyResultRequired {
            corp_id,
            pay_code,
            user_corp_relation_type,
            user_identity,
            verify_result,
            verify_time,
        } = required;
        Self {
            corp_id,
            pay_code,
            remark: None,
            user_corp_relation_type,
            user_identity,
            verify_event: None,
            verify_location: None,
            verify_no: None,
            verify_result,
            verify_time,
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
#[cfg(feature = "model-serde")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`SaveBadgeCodeCorpInstanceRequest`], each named where it is set: `SaveBadgeCodeCorpInstanceRequest::new(SaveBadgeCodeCorpInstanceRequired { .. })`.
pub struct SaveBadgeCodeCorpInstanceRequired {
    /// `codeIdentity`: see [`SaveBadgeCodeCorpInstanceRequest::code_identity`].
    pub code_identity: String,
    /// `corpId`: see [`SaveBadgeCodeCorpInstanceRequest::corp_id`].
    pub corp_id: String,
    /// `status`: see [`SaveBadgeCodeCorpInstanceRequest::status`].
    pub status: String,
}
impl SaveBadgeCodeCorpInstanceRequest {
    /// A `SaveBadgeCodeCorpInstanceRequest` with its required fields (`codeIdentity`, `corpId`, `status`); set the others with the methods named after them.
    pub fn new(required: SaveBadgeCodeCorpInstanceRequired) -> Self {
        let SaveBadgeCodeCorpInstanceRequired { code_identity, corp_id, status } = required;
        Self {
            code_identity,
            corp_id,
            ext_info: None,
            status,
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
#[cfg(feature = "model-serde")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateBadgeCodeUserInstanceRequest`], each named where it is set: `UpdateBadgeCodeUserInstanceRequest::new(UpdateBadgeCodeUserInstanceRequired { .. })`.
pub struct UpdateBadgeCodeUserInstanceRequired {
    /// `availableTimes`: see [`UpdateBadgeCodeUserInstanceRequest::available_times`].
    pub available_times: Vec<UpdateBadgeCodeUserInstanceRequestAvailableTimes>,
    /// `codeId`: see [`UpdateBadgeCodeUserInstanceRequest::code_id`].
    pub code_id: String,
    /// `codeIdentity`: see [`UpdateBadgeCodeUserInstanceRequest::code_identity`].
    pub code_identity: String,
    /// `corpId`: see [`UpdateBadgeCodeUserInstanceRequest::corp_id`].
    pub corp_id: String,
    /// `extInfo`: see [`UpdateBadgeCodeUserInstanceRequest::ext_info`].
    pub ext_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `gmtExpired`: see [`UpdateBadgeCodeUserInstanceRequest::gmt_expired`].
    pub gmt_expired: String,
    /// `userCorpRelationType`: see [`UpdateBadgeCodeUserInstanceRequest::user_corp_relation_type`].
    pub user_corp_relation_type: String,
    /// `userIdentity`: see [`UpdateBadgeCodeUserInstanceRequest::user_identity`].
    pub user_identity: String,
}
impl UpdateBadgeCodeUserInstanceRequest {
    /// A `UpdateBadgeCodeUserInstanceRequest` with its required fields (`availableTimes`, `codeId`, `codeIdentity`, `corpId`, `extInfo`, `gmtExpired`, `userCorpRelationType`, `userIdentity`); set the others with the methods named after them.
    pub fn new(required: UpdateBadgeCodeUserInstanceRequired) -> Self {
        let UpdateBadgeCodeUserInstanceRequired {
            available_times,
            code_id,
            code_identity,
            corp_id,
            ext_info,
            gmt_expired,
            user_corp_relation_type,
            user_identity,
        } = required;
        Self {
            available_times,
            code_id,
            code_identity,
            code_value: None,
            corp_id,
            ext_info,
            gmt_expired,
            status: None,
            user_corp_relation_type,
            user_identity,
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
#[cfg(feature = "model-serde")]
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
