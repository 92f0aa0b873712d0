// @generated from api-spec/live_activities_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 实时活动 (Live Activities)：实时活动的发送。
//!
//! 2 operations, methods of [`Api`] (`client.live_activities_1_0()`), behind the cargo feature `live_activities_1_0`; its paths start with `/v1.0/liveActivities/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `live_activities_1_0`. Get it with `client.live_activities_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 实时活动发送接口
    ///
    /// `POST /v1.0/liveActivities/push`: DingTalk's `PushLiveActivity` (module feature `live_activities_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PushLiveActivity")]
    #[doc(alias = "/v1.0/liveActivities/push")]
    #[doc(alias = "POST /v1.0/liveActivities/push")]
    pub fn push_live_activity(
        &self,
        request: &PushLiveActivityRequest,
    ) -> rt::Call<PushLiveActivityResponseBody, PushLiveActivityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PushLiveActivity",
            rt::Method::Post,
            "/v1.0/liveActivities/push",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送实时活动
    ///
    /// `POST /v1.0/liveActivities/send`: DingTalk's `SendLiveActivity` (module feature `live_activities_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendLiveActivity")]
    #[doc(alias = "/v1.0/liveActivities/send")]
    #[doc(alias = "POST /v1.0/liveActivities/send")]
    pub fn send_live_activity(
        &self,
        request: &SendLiveActivityRequest,
    ) -> rt::Call<SendLiveActivityResponseBody, SendLiveActivityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendLiveActivity",
            rt::Method::Post,
            "/v1.0/liveActivities/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `PushLiveActivityRequestActivityEventData`, a model several operations share: also named [`SendLiveActivityRequestActivityEventData`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PushLiveActivityRequestActivityEventData {
    /// `i18nContentState`.
    pub i18n_content_state: Option<rt::serde_json::Value>,
    /// `templateId`.
    pub template_id: Option<String>,
}
impl PushLiveActivityRequestActivityEventData {
    /// An empty `PushLiveActivityRequestActivityEventData`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `i18nContentState`.
    pub fn i18n_content_state(
        mut self,
        value: impl Into<rt::serde_json::Value>,
    ) -> Self {
        self.i18n_content_state = Some(value.into());
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PushLiveActivityRequestActivityEventData { "i18nContentState" =>
    optional(i18n_content_state), "templateId" => optional(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushLiveActivityRequestActivityEventData { "i18nContentState" =>
    read_field(i18n_content_state), "templateId" => read_field(template_id) }
}
/// `PushLiveActivityRequestActivityEventOption`, a model several operations share: also named [`SendLiveActivityRequestActivityEventOption`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PushLiveActivityRequestActivityEventOption {
    /// `dismissalDate`.
    pub dismissal_date: Option<i64>,
    /// `pushType`.
    pub push_type: Option<String>,
    /// `sendDate`.
    pub send_date: Option<i64>,
    /// `staleDate`.
    pub stale_date: Option<i64>,
}
impl PushLiveActivityRequestActivityEventOption {
    /// An empty `PushLiveActivityRequestActivityEventOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dismissalDate`.
    pub fn dismissal_date(mut self, value: i64) -> Self {
        self.dismissal_date = Some(value);
        self
    }
    /// Sets `pushType`.
    pub fn push_type(mut self, value: impl Into<String>) -> Self {
        self.push_type = Some(value.into());
        self
    }
    /// Sets `sendDate`.
    pub fn send_date(mut self, value: i64) -> Self {
        self.send_date = Some(value);
        self
    }
    /// Sets `staleDate`.
    pub fn stale_date(mut self, value: i64) -> Self {
        self.stale_date = Some(value);
        self
    }
}
rt::impl_serialize! {
    PushLiveActivityRequestActivityEventOption { "dismissalDate" =>
    optional(dismissal_date), "pushType" => optional(push_type), "sendDate" =>
    optional(send_date), "staleDate" => optional(stale_date) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushLiveActivityRequestActivityEventOption { "dismissalDate" =>
    read_field(dismissal_date), "pushType" => read_field(push_type), "sendDate" =>
    read_field(send_date), "staleDate" => read_field(stale_date) }
}
/// `PushLiveActivityResponseBody`, a model several operations share: also named [`SendLiveActivityResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PushLiveActivityResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    PushLiveActivityResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PushLiveActivityResponseBody { "result" => optional(result) }
}
/// `SendLiveActivityRequestActivityEventData`: the same model as [`PushLiveActivityRequestActivityEventData`].
pub type SendLiveActivityRequestActivityEventData = PushLiveActivityRequestActivityEventData;
/// `SendLiveActivityRequestActivityEventOption`: the same model as [`PushLiveActivityRequestActivityEventOption`].
pub type SendLiveActivityRequestActivityEventOption = PushLiveActivityRequestActivityEventOption;
/// `SendLiveActivityResponseBody`: the same model as [`PushLiveActivityResponseBody`].
pub type SendLiveActivityResponseBody = PushLiveActivityResponseBody;
/// The request of [`Api::push_live_activity`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PushLiveActivityRequest {
    /// `activityEventData`.
    pub activity_event_data: Option<PushLiveActivityRequestActivityEventData>,
    /// `activityEventOption`.
    pub activity_event_option: Option<PushLiveActivityRequestActivityEventOption>,
    /// `activityId`.
    pub activity_id: Option<String>,
}
impl PushLiveActivityRequest {
    /// An empty `PushLiveActivityRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `activityEventData`.
    pub fn activity_event_data(
        mut self,
        value: PushLiveActivityRequestActivityEventData,
    ) -> Self {
        self.activity_event_data = Some(value);
        self
    }
    /// Sets `activityEventOption`.
    pub fn activity_event_option(
        mut self,
        value: PushLiveActivityRequestActivityEventOption,
    ) -> Self {
        self.activity_event_option = Some(value);
        self
    }
    /// Sets `activityId`.
    pub fn activity_id(mut self, value: impl Into<String>) -> Self {
        self.activity_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PushLiveActivityRequest { "activityEventData" => optional(activity_event_data),
    "activityEventOption" => optional(activity_event_option), "activityId" =>
    optional(activity_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushLiveActivityRequest { "activityEventData" => read_field(activity_event_data),
    "activityEventOption" => read_field(activity_event_option), "activityId" =>
    read_field(activity_id) }
}
impl rt::WriteRequest for PushLiveActivityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_live_activity`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendLiveActivityRequest {
    /// `activityEventData`.
    pub activity_event_data: Option<SendLiveActivityRequestActivityEventData>,
    /// `activityEventOption`.
    pub activity_event_option: Option<SendLiveActivityRequestActivityEventOption>,
    /// `activityId`.
    pub activity_id: Option<String>,
}
impl SendLiveActivityRequest {
    /// An empty `SendLiveActivityRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `activityEventData`.
    pub fn activity_event_data(
        mut self,
        value: SendLiveActivityRequestActivityEventData,
    ) -> Self {
        self.activity_event_data = Some(value);
        self
    }
    /// Sets `activityEventOption`.
    pub fn activity_event_option(
        mut self,
        value: SendLiveActivityRequestActivityEventOption,
    ) -> Self {
        self.activity_event_option = Some(value);
        self
    }
    /// Sets `activityId`.
    pub fn activity_id(mut self, value: impl Into<String>) -> Self {
        self.activity_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendLiveActivityRequest { "activityEventData" => optional(activity_event_data),
    "activityEventOption" => optional(activity_event_option), "activityId" =>
    optional(activity_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendLiveActivityRequest { "activityEventData" => read_field(activity_event_data),
    "activityEventOption" => read_field(activity_event_option), "activityId" =>
    read_field(activity_id) }
}
impl rt::WriteRequest for SendLiveActivityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::push_live_activity`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PushLiveActivityError = rt::ServiceError;
/// An error reply of [`Api::send_live_activity`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendLiveActivityError = rt::ServiceError;
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
        "PushLiveActivity" => {
            rt::conformance::reply(api.push_live_activity(&inputs.request(true)?)).await
        }
        "SendLiveActivity" => {
            rt::conformance::reply(api.send_live_activity(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
