// @generated from api-spec/vip_member_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉 365 会员 (VIP Membership)：365 会员的直充与作废。
//!
//! 5 operations, methods of [`Api`] (`client.vip_member_1_0()`), behind the cargo feature `vip_member_1_0`; its paths start with `/v1.0/vipMember/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `vip_member_1_0`. Get it with `client.vip_member_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 通过手机号直充365会员
    ///
    /// `POST /v1.0/vipMember/users/directRedeemVip`: DingTalk's `DirectRedeemVipMemberByMobile` (module feature `vip_member_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DirectRedeemVipMemberByMobile")]
    #[doc(alias = "/v1.0/vipMember/users/directRedeemVip")]
    #[doc(alias = "POST /v1.0/vipMember/users/directRedeemVip")]
    pub fn direct_redeem_vip_member_by_mobile(
        &self,
        request: &DirectRedeemVipMemberByMobileRequest,
    ) -> rt::Call<
        DirectRedeemVipMemberByMobileResponseBody,
        DirectRedeemVipMemberByMobileError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DirectRedeemVipMemberByMobile",
            rt::Method::Post,
            "/v1.0/vipMember/users/directRedeemVip",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过虚拟订单号作废365会员权益
    ///
    /// `POST /v1.0/vipMember/users/invalidRedeemVip`: DingTalk's `InvalidRedeemVipMemberByBizRequestId` (module feature `vip_member_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InvalidRedeemVipMemberByBizRequestId")]
    #[doc(alias = "/v1.0/vipMember/users/invalidRedeemVip")]
    #[doc(alias = "POST /v1.0/vipMember/users/invalidRedeemVip")]
    pub fn invalid_redeem_vip_member_by_biz_request_id(
        &self,
        request: &InvalidRedeemVipMemberByBizRequestIdRequest,
    ) -> rt::Call<
        InvalidRedeemVipMemberByBizRequestIdResponseBody,
        InvalidRedeemVipMemberByBizRequestIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InvalidRedeemVipMemberByBizRequestId",
            rt::Method::Post,
            "/v1.0/vipMember/users/invalidRedeemVip",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 直充会员预校验是否满足条件
    ///
    /// `POST /v1.0/vipMember/users/preCheckRedeemVip`: DingTalk's `PreCheckRedeemVipMember` (module feature `vip_member_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PreCheckRedeemVipMember")]
    #[doc(alias = "/v1.0/vipMember/users/preCheckRedeemVip")]
    #[doc(alias = "POST /v1.0/vipMember/users/preCheckRedeemVip")]
    pub fn pre_check_redeem_vip_member(
        &self,
        request: &PreCheckRedeemVipMemberRequest,
    ) -> rt::Call<PreCheckRedeemVipMemberResponseBody, PreCheckRedeemVipMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PreCheckRedeemVipMember",
            rt::Method::Post,
            "/v1.0/vipMember/users/preCheckRedeemVip",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询365会员直充信息
    ///
    /// `POST /v1.0/vipMember/users/queryRedeemVip`: DingTalk's `QueryRedeemVipMember` (module feature `vip_member_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryRedeemVipMember")]
    #[doc(alias = "/v1.0/vipMember/users/queryRedeemVip")]
    #[doc(alias = "POST /v1.0/vipMember/users/queryRedeemVip")]
    pub fn query_redeem_vip_member(
        &self,
        request: &QueryRedeemVipMemberRequest,
    ) -> rt::Call<QueryRedeemVipMemberResponseBody, QueryRedeemVipMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRedeemVipMember",
            rt::Method::Post,
            "/v1.0/vipMember/users/queryRedeemVip",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询365会员信息
    ///
    /// `POST /v1.0/vipMember/users/memberInfos/query`: DingTalk's `QueryVipMemberInfo` (module feature `vip_member_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryVipMemberInfo")]
    #[doc(alias = "/v1.0/vipMember/users/memberInfos/query")]
    #[doc(alias = "POST /v1.0/vipMember/users/memberInfos/query")]
    pub fn query_vip_member_info(
        &self,
        request: &QueryVipMemberInfoRequest,
    ) -> rt::Call<QueryVipMemberInfoResponseBody, QueryVipMemberInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryVipMemberInfo",
            rt::Method::Post,
            "/v1.0/vipMember/users/memberInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `DirectRedeemVipMemberByMobileResponseBody`, a model several operations share: also named [`PreCheckRedeemVipMemberResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DirectRedeemVipMemberByMobileResponseBody {
    /// `bizRequestId`.
    pub biz_request_id: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    DirectRedeemVipMemberByMobileResponseBody { "bizRequestId" =>
    read_field(biz_request_id), "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DirectRedeemVipMemberByMobileResponseBody { "bizRequestId" =>
    optional(biz_request_id), "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result) }
}
/// `InvalidRedeemVipMemberByBizRequestIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InvalidRedeemVipMemberByBizRequestIdResponseBody {
    /// `bizRequestId`.
    pub biz_request_id: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    InvalidRedeemVipMemberByBizRequestIdResponseBody { "bizRequestId" =>
    read_field(biz_request_id), "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    InvalidRedeemVipMemberByBizRequestIdResponseBody { "bizRequestId" =>
    optional(biz_request_id), "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result) }
}
/// `PreCheckRedeemVipMemberResponseBody`: the same model as [`DirectRedeemVipMemberByMobileResponseBody`].
pub type PreCheckRedeemVipMemberResponseBody = DirectRedeemVipMemberByMobileResponseBody;
/// `QueryRedeemVipMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRedeemVipMemberResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `queryResults`.
    pub query_results: Option<Vec<QueryRedeemVipMemberResponseBodyQueryResults>>,
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    QueryRedeemVipMemberResponseBody { "errorCode" => read_field(error_code), "errorMsg"
    => read_field(error_msg), "queryResults" => read_field(query_results), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRedeemVipMemberResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "queryResults" => optional(query_results), "result" =>
    optional(result) }
}
/// `QueryVipMemberInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryVipMemberInfoResponseBody {
    /// `expireTime`.
    pub expire_time: Option<String>,
    /// `isVip`.
    pub is_vip: Option<bool>,
}
rt::impl_deserialize! {
    QueryVipMemberInfoResponseBody { "expireTime" => read_field(expire_time), "isVip" =>
    read_field(is_vip) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryVipMemberInfoResponseBody { "expireTime" => optional(expire_time), "isVip" =>
    optional(is_vip) }
}
/// `QueryRedeemVipMemberResponseBodyQueryResults`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRedeemVipMemberResponseBodyQueryResults {
    /// `action`.
    pub action: Option<String>,
    /// `actionTime`.
    pub action_time: Option<String>,
    /// `dingtalkId`.
    pub dingtalk_id: Option<String>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `expireDate`.
    pub expire_date: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
}
rt::impl_deserialize! {
    QueryRedeemVipMemberResponseBodyQueryResults { "action" => read_field(action),
    "actionTime" => read_field(action_time), "dingtalkId" => read_field(dingtalk_id),
    "duration" => read_field(duration), "expireDate" => read_field(expire_date), "nick"
    => read_field(nick) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRedeemVipMemberResponseBodyQueryResults { "action" => optional(action),
    "actionTime" => optional(action_time), "dingtalkId" => optional(dingtalk_id),
    "duration" => optional(duration), "expireDate" => optional(expire_date), "nick" =>
    optional(nick) }
}
/// The request of [`Api::direct_redeem_vip_member_by_mobile`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DirectRedeemVipMemberByMobileRequest {
    /// `bizRequestId`.
    pub biz_request_id: Option<String>,
    /// `channel`.
    pub channel: Option<String>,
    /// `dingtalkId`.
    pub dingtalk_id: Option<String>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `extension`.
    pub extension: Option<String>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
impl DirectRedeemVipMemberByMobileRequest {
    /// An empty `DirectRedeemVipMemberByMobileRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizRequestId`.
    pub fn biz_request_id(mut self, value: impl Into<String>) -> Self {
        self.biz_request_id = Some(value.into());
        self
    }
    /// Sets `channel`.
    pub fn channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(value.into());
        self
    }
    /// Sets `dingtalkId`.
    pub fn dingtalk_id(mut self, value: impl Into<String>) -> Self {
        self.dingtalk_id = Some(value.into());
        self
    }
    /// Sets `duration`.
    pub fn duration(mut self, value: i64) -> Self {
        self.duration = Some(value);
        self
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
    /// Sets `mobile`.
    pub fn mobile(mut self, value: impl Into<String>) -> Self {
        self.mobile = Some(value.into());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DirectRedeemVipMemberByMobileRequest { "bizRequestId" => optional(biz_request_id),
    "channel" => optional(channel), "dingtalkId" => optional(dingtalk_id), "duration" =>
    optional(duration), "extension" => optional(extension), "mobile" => optional(mobile),
    "uuid" => optional(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DirectRedeemVipMemberByMobileRequest { "bizRequestId" => read_field(biz_request_id),
    "channel" => read_field(channel), "dingtalkId" => read_field(dingtalk_id), "duration"
    => read_field(duration), "extension" => read_field(extension), "mobile" =>
    read_field(mobile), "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for DirectRedeemVipMemberByMobileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::invalid_redeem_vip_member_by_biz_request_id`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InvalidRedeemVipMemberByBizRequestIdRequest {
    /// `bizRequestId`.
    pub biz_request_id: Option<String>,
    /// `channel`.
    pub channel: Option<String>,
    /// `dingtalkId`.
    pub dingtalk_id: Option<String>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
impl InvalidRedeemVipMemberByBizRequestIdRequest {
    /// An empty `InvalidRedeemVipMemberByBizRequestIdRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizRequestId`.
    pub fn biz_request_id(mut self, value: impl Into<String>) -> Self {
        self.biz_request_id = Some(value.into());
        self
    }
    /// Sets `channel`.
    pub fn channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(value.into());
        self
    }
    /// Sets `dingtalkId`.
    pub fn dingtalk_id(mut self, value: impl Into<String>) -> Self {
        self.dingtalk_id = Some(value.into());
        self
    }
    /// Sets `duration`.
    pub fn duration(mut self, value: i64) -> Self {
        self.duration = Some(value);
        self
    }
    /// Sets `mobile`.
    pub fn mobile(mut self, value: impl Into<String>) -> Self {
        self.mobile = Some(value.into());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    InvalidRedeemVipMemberByBizRequestIdRequest { "bizRequestId" =>
    optional(biz_request_id), "channel" => optional(channel), "dingtalkId" =>
    optional(dingtalk_id), "duration" => optional(duration), "mobile" =>
    optional(mobile), "uuid" => optional(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InvalidRedeemVipMemberByBizRequestIdRequest { "bizRequestId" =>
    read_field(biz_request_id), "channel" => read_field(channel), "dingtalkId" =>
    read_field(dingtalk_id), "duration" => read_field(duration), "mobile" =>
    read_field(mobile), "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for InvalidRedeemVipMemberByBizRequestIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pre_check_redeem_vip_member`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PreCheckRedeemVipMemberRequest {
    /// `bizRequestId`.
    pub biz_request_id: Option<String>,
    /// `channel`.
    pub channel: Option<String>,
    /// `dingtalkId`.
    pub dingtalk_id: Option<String>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
impl PreCheckRedeemVipMemberRequest {
    /// An empty `PreCheckRedeemVipMemberRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizRequestId`.
    pub fn biz_request_id(mut self, value: impl Into<String>) -> Self {
        self.biz_request_id = Some(value.into());
        self
    }
    /// Sets `channel`.
    pub fn channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(value.into());
        self
    }
    /// Sets `dingtalkId`.
    pub fn dingtalk_id(mut self, value: impl Into<String>) -> Self {
        self.dingtalk_id = Some(value.into());
        self
    }
    /// Sets `duration`.
    pub fn duration(mut self, value: i64) -> Self {
        self.duration = Some(value);
        self
    }
    /// Sets `mobile`.
    pub fn mobile(mut self, value: impl Into<String>) -> Self {
        self.mobile = Some(value.into());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PreCheckRedeemVipMemberRequest { "bizRequestId" => optional(biz_request_id),
    "channel" => optional(channel), "dingtalkId" => optional(dingtalk_id), "duration" =>
    optional(duration), "mobile" => optional(mobile), "uuid" => optional(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PreCheckRedeemVipMemberRequest { "bizRequestId" => read_field(biz_request_id),
    "channel" => read_field(channel), "dingtalkId" => read_field(dingtalk_id), "duration"
    => read_field(duration), "mobile" => read_field(mobile), "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for PreCheckRedeemVipMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_redeem_vip_member`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRedeemVipMemberRequest {
    /// `bizRequestId`.
    pub biz_request_id: Option<String>,
    /// `channel`.
    pub channel: Option<String>,
    /// `dingtalkId`.
    pub dingtalk_id: Option<String>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
}
impl QueryRedeemVipMemberRequest {
    /// An empty `QueryRedeemVipMemberRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizRequestId`.
    pub fn biz_request_id(mut self, value: impl Into<String>) -> Self {
        self.biz_request_id = Some(value.into());
        self
    }
    /// Sets `channel`.
    pub fn channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(value.into());
        self
    }
    /// Sets `dingtalkId`.
    pub fn dingtalk_id(mut self, value: impl Into<String>) -> Self {
        self.dingtalk_id = Some(value.into());
        self
    }
    /// Sets `duration`.
    pub fn duration(mut self, value: i64) -> Self {
        self.duration = Some(value);
        self
    }
    /// Sets `mobile`.
    pub fn mobile(mut self, value: impl Into<String>) -> Self {
        self.mobile = Some(value.into());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryRedeemVipMemberRequest { "bizRequestId" => optional(biz_request_id), "channel"
    => optional(channel), "dingtalkId" => optional(dingtalk_id), "duration" =>
    optional(duration), "mobile" => optional(mobile), "uuid" => optional(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryRedeemVipMemberRequest { "bizRequestId" => read_field(biz_request_id), "channel"
    => read_field(channel), "dingtalkId" => read_field(dingtalk_id), "duration" =>
    read_field(duration), "mobile" => read_field(mobile), "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for QueryRedeemVipMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_vip_member_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryVipMemberInfoRequest {
    /// `channelCode`.
    pub channel_code: Option<String>,
}
impl QueryVipMemberInfoRequest {
    /// An empty `QueryVipMemberInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `channelCode`.
    pub fn channel_code(mut self, value: impl Into<String>) -> Self {
        self.channel_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryVipMemberInfoRequest { "channelCode" => optional(channel_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryVipMemberInfoRequest { "channelCode" => read_field(channel_code) }
}
impl rt::WriteRequest for QueryVipMemberInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::direct_redeem_vip_member_by_mobile`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DirectRedeemVipMemberByMobileError = rt::ServiceError;
/// An error reply of [`Api::invalid_redeem_vip_member_by_biz_request_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InvalidRedeemVipMemberByBizRequestIdError = rt::ServiceError;
/// An error reply of [`Api::pre_check_redeem_vip_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PreCheckRedeemVipMemberError = rt::ServiceError;
/// An error reply of [`Api::query_redeem_vip_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryRedeemVipMemberError = rt::ServiceError;
/// An error reply of [`Api::query_vip_member_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryVipMemberInfoError = rt::ServiceError;
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
        "DirectRedeemVipMemberByMobile" => {
            rt::conformance::reply(
                    api.direct_redeem_vip_member_by_mobile(&inputs.request(true)?),
                )
                .await
        }
        "InvalidRedeemVipMemberByBizRequestId" => {
            rt::conformance::reply(
                    api
                        .invalid_redeem_vip_member_by_biz_request_id(
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "PreCheckRedeemVipMember" => {
            rt::conformance::reply(
                    api.pre_check_redeem_vip_member(&inputs.request(true)?),
                )
                .await
        }
        "QueryRedeemVipMember" => {
            rt::conformance::reply(api.query_redeem_vip_member(&inputs.request(true)?))
                .await
        }
        "QueryVipMemberInfo" => {
            rt::conformance::reply(api.query_vip_member_info(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
