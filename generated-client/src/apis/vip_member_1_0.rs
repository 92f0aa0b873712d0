// @generated from api-spec/vip_member_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.vip_member_1_0()`. Generated from `api-spec/vip_member_1_0.yaml`.
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
    /// `POST /v1.0/vipMember/users/directRedeemVip` (operation `DirectRedeemVipMemberByMobile`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DirectRedeemVipMemberByMobileError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/vipMember/users/invalidRedeemVip` (operation `InvalidRedeemVipMemberByBizRequestId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InvalidRedeemVipMemberByBizRequestIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/vipMember/users/preCheckRedeemVip` (operation `PreCheckRedeemVipMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PreCheckRedeemVipMemberError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/vipMember/users/queryRedeemVip` (operation `QueryRedeemVipMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryRedeemVipMemberError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/vipMember/users/memberInfos/query` (operation `QueryVipMemberInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryVipMemberInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
/// `DirectRedeemVipMemberByMobileResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for DirectRedeemVipMemberByMobileResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DirectRedeemVipMemberByMobileResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DirectRedeemVipMemberByMobileResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizRequestId", &self.biz_request_id)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `InvalidRedeemVipMemberByBizRequestIdResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for InvalidRedeemVipMemberByBizRequestIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for InvalidRedeemVipMemberByBizRequestIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for InvalidRedeemVipMemberByBizRequestIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizRequestId", &self.biz_request_id)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `PreCheckRedeemVipMemberResponseBody`: the same model as [`DirectRedeemVipMemberByMobileResponseBody`].
pub type PreCheckRedeemVipMemberResponseBody = DirectRedeemVipMemberByMobileResponseBody;
/// `QueryRedeemVipMemberResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryRedeemVipMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRedeemVipMemberResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "queryResults" => rt::read_field(map, &mut self.query_results),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRedeemVipMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("queryResults", &self.query_results)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryVipMemberInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryVipMemberInfoResponseBody {
    /// `expireTime`.
    pub expire_time: Option<String>,
    /// `isVip`.
    pub is_vip: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryVipMemberInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryVipMemberInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "expireTime" => rt::read_field(map, &mut self.expire_time),
            "isVip" => rt::read_field(map, &mut self.is_vip),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryVipMemberInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expireTime", &self.expire_time)?;
        object.optional("isVip", &self.is_vip)?;
        object.end()
    }
}
/// `QueryRedeemVipMemberResponseBodyQueryResults`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryRedeemVipMemberResponseBodyQueryResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRedeemVipMemberResponseBodyQueryResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "actionTime" => rt::read_field(map, &mut self.action_time),
            "dingtalkId" => rt::read_field(map, &mut self.dingtalk_id),
            "duration" => rt::read_field(map, &mut self.duration),
            "expireDate" => rt::read_field(map, &mut self.expire_date),
            "nick" => rt::read_field(map, &mut self.nick),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryRedeemVipMemberResponseBodyQueryResults {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action", &self.action)?;
        object.optional("actionTime", &self.action_time)?;
        object.optional("dingtalkId", &self.dingtalk_id)?;
        object.optional("duration", &self.duration)?;
        object.optional("expireDate", &self.expire_date)?;
        object.optional("nick", &self.nick)?;
        object.end()
    }
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
impl rt::serde::Serialize for DirectRedeemVipMemberByMobileRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizRequestId", &self.biz_request_id)?;
        object.optional("channel", &self.channel)?;
        object.optional("dingtalkId", &self.dingtalk_id)?;
        object.optional("duration", &self.duration)?;
        object.optional("extension", &self.extension)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DirectRedeemVipMemberByMobileRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DirectRedeemVipMemberByMobileRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "channel" => rt::read_field(map, &mut self.channel),
            "dingtalkId" => rt::read_field(map, &mut self.dingtalk_id),
            "duration" => rt::read_field(map, &mut self.duration),
            "extension" => rt::read_field(map, &mut self.extension),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for InvalidRedeemVipMemberByBizRequestIdRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizRequestId", &self.biz_request_id)?;
        object.optional("channel", &self.channel)?;
        object.optional("dingtalkId", &self.dingtalk_id)?;
        object.optional("duration", &self.duration)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InvalidRedeemVipMemberByBizRequestIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InvalidRedeemVipMemberByBizRequestIdRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "channel" => rt::read_field(map, &mut self.channel),
            "dingtalkId" => rt::read_field(map, &mut self.dingtalk_id),
            "duration" => rt::read_field(map, &mut self.duration),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for PreCheckRedeemVipMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizRequestId", &self.biz_request_id)?;
        object.optional("channel", &self.channel)?;
        object.optional("dingtalkId", &self.dingtalk_id)?;
        object.optional("duration", &self.duration)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PreCheckRedeemVipMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PreCheckRedeemVipMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "channel" => rt::read_field(map, &mut self.channel),
            "dingtalkId" => rt::read_field(map, &mut self.dingtalk_id),
            "duration" => rt::read_field(map, &mut self.duration),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QueryRedeemVipMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizRequestId", &self.biz_request_id)?;
        object.optional("channel", &self.channel)?;
        object.optional("dingtalkId", &self.dingtalk_id)?;
        object.optional("duration", &self.duration)?;
        object.optional("mobile", &self.mobile)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryRedeemVipMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryRedeemVipMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "channel" => rt::read_field(map, &mut self.channel),
            "dingtalkId" => rt::read_field(map, &mut self.dingtalk_id),
            "duration" => rt::read_field(map, &mut self.duration),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for QueryVipMemberInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("channelCode", &self.channel_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryVipMemberInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryVipMemberInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "channelCode" => rt::read_field(map, &mut self.channel_code),
            _ => Ok(false),
        }
    }
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
