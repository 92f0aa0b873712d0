// @generated from api-spec/custom_robot.yaml by `cargo xtask gen`. Do not edit by hand.
//! 自定义群机器人:向群发送消息(Webhook 地址自带 `access_token`,可选加签),以及用机器人回调中的
//! `sessionWebhook` 地址回复会话。用 `RobotWebhook` 从复制的 Webhook 地址创建。
//!
//! Replies are HTTP 200 with `errcode`: 0 is success; 310000 (security settings not met:
//! keyword, IP or signature), 300001 (token missing or invalid), 130101 and 410100 (sent too
//! fast: at most 20 messages a minute; retryable), 400101 and 400102 (robot or group gone).
//! <https://open.dingtalk.com/document/orgapp/custom-robots-send-group-messages>
//!
//! 2 operations, methods of [`Api`] (`client.custom_robot()`), behind the cargo feature `custom_robot`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://oapi.dingtalk.com";
/// The operations of `custom_robot`. Get it with `client.custom_robot()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 自定义机器人发送群消息
    ///
    /// Signed with the client's signing secret when it has one (robots with the 加签 security
    /// setting): every attempt carries a fresh `timestamp` and `sign`.
    /// <https://open.dingtalk.com/document/orgapp/custom-robots-send-group-messages>
    ///
    /// `POST /robot/send`: DingTalk's `Send` (module feature `custom_robot`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Send")]
    #[doc(alias = "/robot/send")]
    #[doc(alias = "POST /robot/send")]
    pub fn send(&self, request: &SendRequest) -> rt::Call<(), SendError> {
        static OPERATION: rt::Operation = rt::Operation::new(
                "Send",
                rt::Method::Post,
                "/robot/send",
                None,
                DEFAULT_BASE_URL,
                rt::ResponseBody::None,
            )
            .token_in_query("access_token")
            .errcode_errors()
            .signed(rt::Signature::TimestampHmacSha256);
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过 sessionWebhook 回复机器人会话
    ///
    /// The `sessionWebhook` URL of a robot callback (valid about 90 minutes) carries its own
    /// `session`; it takes no token and no signature.
    /// <https://open.dingtalk.com/document/orgapp/robot-receive-message>
    ///
    /// `POST /robot/sendBySession`: DingTalk's `SendBySession` (module feature `custom_robot`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendBySession")]
    #[doc(alias = "/robot/sendBySession")]
    #[doc(alias = "POST /robot/sendBySession")]
    pub fn send_by_session(
        &self,
        request: &SendBySessionRequest,
    ) -> rt::Call<(), SendBySessionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
                "SendBySession",
                rt::Method::Post,
                "/robot/sendBySession",
                None,
                DEFAULT_BASE_URL,
                rt::ResponseBody::None,
            )
            .errcode_errors();
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// 消息类型。
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    Hash,
    rt::serde::Serialize,
    rt::serde::Deserialize
)]
#[serde(crate = "::generated_client::rt::serde", from = "String", into = "String")]
#[non_exhaustive]
pub enum MsgType {
    /// `text`
    Text,
    /// `markdown`
    Markdown,
    /// `link`
    Link,
    /// `actionCard`
    ActionCard,
    /// `feedCard`
    FeedCard,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}
impl MsgType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Markdown => "markdown",
            Self::Link => "link",
            Self::ActionCard => "actionCard",
            Self::FeedCard => "feedCard",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for MsgType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "text" => Self::Text,
            "markdown" => Self::Markdown,
            "link" => Self::Link,
            "actionCard" => Self::ActionCard,
            "feedCard" => Self::FeedCard,
            _ => Self::Unknown(value),
        }
    }
}
impl From<&str> for MsgType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl From<MsgType> for String {
    fn from(value: MsgType) -> Self {
        match value {
            MsgType::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
impl ::std::fmt::Display for MsgType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "model-serde")]
impl Default for MsgType {
    fn default() -> Self {
        Self::Unknown(String::new())
    }
}
/// 一条机器人消息:`msgtype` 与同名字段(`text`、`markdown`、`link`、`actionCard`、`feedCard`)之一,可带 `at`。
/// <https://open.dingtalk.com/document/orgapp/custom-bot-send-message-type>
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct Message {
    /// 消息类型。
    pub msgtype: MsgType,
    /// `text`.
    pub text: Option<Text>,
    /// `markdown`.
    pub markdown: Option<Markdown>,
    /// `link`.
    pub link: Option<Link>,
    /// `actionCard`.
    pub action_card: Option<ActionCard>,
    /// `feedCard`.
    pub feed_card: Option<FeedCard>,
    /// `at`.
    pub at: Option<At>,
}
/// The required fields of [`Message`], each named where it is set: `Message::new(MessageRequired { .. })`.
pub struct MessageRequired {
    /// `msgtype`: see [`Message::msgtype`].
    pub msgtype: MsgType,
}
impl Message {
    /// A `Message` with its required fields (`msgtype`); set the others with the methods named after them.
    pub fn new(required: MessageRequired) -> Self {
        let MessageRequired { msgtype } = required;
        Self {
            msgtype,
            text: None,
            markdown: None,
            link: None,
            action_card: None,
            feed_card: None,
            at: None,
        }
    }
    /// Sets `text`.
    pub fn text(mut self, value: Text) -> Self {
        self.text = Some(value);
        self
    }
    /// Sets `markdown`.
    pub fn markdown(mut self, value: Markdown) -> Self {
        self.markdown = Some(value);
        self
    }
    /// Sets `link`.
    pub fn link(mut self, value: Link) -> Self {
        self.link = Some(value);
        self
    }
    /// Sets `actionCard`.
    pub fn action_card(mut self, value: ActionCard) -> Self {
        self.action_card = Some(value);
        self
    }
    /// Sets `feedCard`.
    pub fn feed_card(mut self, value: FeedCard) -> Self {
        self.feed_card = Some(value);
        self
    }
    /// Sets `at`.
    pub fn at(mut self, value: At) -> Self {
        self.at = Some(value);
        self
    }
}
rt::impl_serialize! {
    Message { "msgtype" => field(msgtype), "text" => optional(text), "markdown" =>
    optional(markdown), "link" => optional(link), "actionCard" => optional(action_card),
    "feedCard" => optional(feed_card), "at" => optional(at) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    Message { "msgtype" => read_field(msgtype), "text" => read_field(text), "markdown" =>
    read_field(markdown), "link" => read_field(link), "actionCard" =>
    read_field(action_card), "feedCard" => read_field(feed_card), "at" => read_field(at)
    }
}
/// 文本消息。
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct Text {
    /// 消息内容。
    pub content: String,
}
/// The required fields of [`Text`], each named where it is set: `Text::new(TextRequired { .. })`.
pub struct TextRequired {
    /// `content`: see [`Text::content`].
    pub content: String,
}
impl Text {
    /// A `Text` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(required: TextRequired) -> Self {
        let TextRequired { content } = required;
        Self { content }
    }
}
rt::impl_serialize! {
    Text { "content" => field(content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    Text { "content" => read_field(content) }
}
/// Markdown 消息。
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct Markdown {
    /// 首屏会话透出的展示内容。
    pub title: String,
    /// Markdown 格式的消息内容。
    pub text: String,
}
/// The required fields of [`Markdown`], each named where it is set: `Markdown::new(MarkdownRequired { .. })`.
pub struct MarkdownRequired {
    /// `title`: see [`Markdown::title`].
    pub title: String,
    /// `text`: see [`Markdown::text`].
    pub text: String,
}
impl Markdown {
    /// A `Markdown` with its required fields (`title`, `text`); set the others with the methods named after them.
    pub fn new(required: MarkdownRequired) -> Self {
        let MarkdownRequired { title, text } = required;
        Self { title, text }
    }
}
rt::impl_serialize! {
    Markdown { "title" => field(title), "text" => field(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    Markdown { "title" => read_field(title), "text" => read_field(text) }
}
/// 链接消息。
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct Link {
    /// 消息标题。
    pub title: String,
    /// 消息内容，过长只显示部分。
    pub text: String,
    /// 点击消息跳转的 URL。
    pub message_url: String,
    /// 图片 URL。
    pub pic_url: Option<String>,
}
/// The required fields of [`Link`], each named where it is set: `Link::new(LinkRequired { .. })`.
pub struct LinkRequired {
    /// `title`: see [`Link::title`].
    pub title: String,
    /// `text`: see [`Link::text`].
    pub text: String,
    /// `messageUrl`: see [`Link::message_url`].
    pub message_url: String,
}
impl Link {
    /// A `Link` with its required fields (`title`, `text`, `messageUrl`); set the others with the methods named after them.
    pub fn new(required: LinkRequired) -> Self {
        let LinkRequired { title, text, message_url } = required;
        Self {
            title,
            text,
            message_url,
            pic_url: None,
        }
    }
    /// Sets `picUrl`.
    pub fn pic_url(mut self, value: impl Into<String>) -> Self {
        self.pic_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    Link { "title" => field(title), "text" => field(text), "messageUrl" =>
    field(message_url), "picUrl" => optional(pic_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    Link { "title" => read_field(title), "text" => read_field(text), "messageUrl" =>
    read_field(message_url), "picUrl" => read_field(pic_url) }
}
/// 卡片消息:整体跳转(`singleTitle`、`singleURL`)或独立跳转(`btns`)。
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ActionCard {
    /// 首屏会话透出的展示内容。
    pub title: String,
    /// Markdown 格式的消息内容。
    pub text: String,
    /// 按钮排列:0 竖直,1 横向。
    pub btn_orientation: Option<i64>,
    /// 单个按钮的标题。
    pub single_title: Option<String>,
    /// 单个按钮的跳转链接。
    pub single_url: Option<String>,
    /// 多个按钮。
    pub btns: Option<Vec<ActionCardButton>>,
    /// 是否隐藏发消息者头像:0 显示,1 隐藏。
    pub hide_avatar: Option<i64>,
}
/// The required fields of [`ActionCard`], each named where it is set: `ActionCard::new(ActionCardRequired { .. })`.
pub struct ActionCardRequired {
    /// `title`: see [`ActionCard::title`].
    pub title: String,
    /// `text`: see [`ActionCard::text`].
    pub text: String,
}
impl ActionCard {
    /// A `ActionCard` with its required fields (`title`, `text`); set the others with the methods named after them.
    pub fn new(required: ActionCardRequired) -> Self {
        let ActionCardRequired { title, text } = required;
        Self {
            title,
            text,
            btn_orientation: None,
            single_title: None,
            single_url: None,
            btns: None,
            hide_avatar: None,
        }
    }
    /// Sets `btnOrientation`.
    pub fn btn_orientation(mut self, value: i64) -> Self {
        self.btn_orientation = Some(value);
        self
    }
    /// Sets `singleTitle`.
    pub fn single_title(mut self, value: impl Into<String>) -> Self {
        self.single_title = Some(value.into());
        self
    }
    /// Sets `singleURL`.
    pub fn single_url(mut self, value: impl Into<String>) -> Self {
        self.single_url = Some(value.into());
        self
    }
    /// Sets `btns`.
    pub fn btns(mut self, value: impl IntoIterator<Item = ActionCardButton>) -> Self {
        self.btns = Some(value.into_iter().collect());
        self
    }
    /// Sets `hideAvatar`.
    pub fn hide_avatar(mut self, value: i64) -> Self {
        self.hide_avatar = Some(value);
        self
    }
}
rt::impl_serialize! {
    ActionCard { "title" => field(title), "text" => field(text), "btnOrientation" =>
    optional(btn_orientation), "singleTitle" => optional(single_title), "singleURL" =>
    optional(single_url), "btns" => optional(btns), "hideAvatar" => optional(hide_avatar)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ActionCard { "title" => read_field(title), "text" => read_field(text),
    "btnOrientation" => read_field(btn_orientation), "singleTitle" =>
    read_field(single_title), "singleURL" => read_field(single_url), "btns" =>
    read_field(btns), "hideAvatar" => read_field(hide_avatar) }
}
/// 卡片消息的一个按钮。
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ActionCardButton {
    /// 按钮标题。
    pub title: String,
    /// 点击按钮跳转的链接。
    pub action_url: String,
}
/// The required fields of [`ActionCardButton`], each named where it is set: `ActionCardButton::new(ActionCardButtonRequired { .. })`.
pub struct ActionCardButtonRequired {
    /// `title`: see [`ActionCardButton::title`].
    pub title: String,
    /// `actionURL`: see [`ActionCardButton::action_url`].
    pub action_url: String,
}
impl ActionCardButton {
    /// A `ActionCardButton` with its required fields (`title`, `actionURL`); set the others with the methods named after them.
    pub fn new(required: ActionCardButtonRequired) -> Self {
        let ActionCardButtonRequired { title, action_url } = required;
        Self { title, action_url }
    }
}
rt::impl_serialize! {
    ActionCardButton { "title" => field(title), "actionURL" => field(action_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ActionCardButton { "title" => read_field(title), "actionURL" =>
    read_field(action_url) }
}
/// FeedCard 消息。
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FeedCard {
    /// `links`.
    pub links: Vec<FeedCardLink>,
}
/// The required fields of [`FeedCard`], each named where it is set: `FeedCard::new(FeedCardRequired { .. })`.
pub struct FeedCardRequired {
    /// `links`: see [`FeedCard::links`].
    pub links: Vec<FeedCardLink>,
}
impl FeedCard {
    /// A `FeedCard` with its required fields (`links`); set the others with the methods named after them.
    pub fn new(required: FeedCardRequired) -> Self {
        let FeedCardRequired { links } = required;
        Self { links }
    }
}
rt::impl_serialize! {
    FeedCard { "links" => field(links) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FeedCard { "links" => read_field(links) }
}
/// FeedCard 的一条链接。
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct FeedCardLink {
    /// 单条信息文本。
    pub title: String,
    /// 点击单条信息的跳转链接。
    pub message_url: String,
    /// 单条信息的图片 URL。
    pub pic_url: String,
}
/// The required fields of [`FeedCardLink`], each named where it is set: `FeedCardLink::new(FeedCardLinkRequired { .. })`.
pub struct FeedCardLinkRequired {
    /// `title`: see [`FeedCardLink::title`].
    pub title: String,
    /// `messageURL`: see [`FeedCardLink::message_url`].
    pub message_url: String,
    /// `picURL`: see [`FeedCardLink::pic_url`].
    pub pic_url: String,
}
impl FeedCardLink {
    /// A `FeedCardLink` with its required fields (`title`, `messageURL`, `picURL`); set the others with the methods named after them.
    pub fn new(required: FeedCardLinkRequired) -> Self {
        let FeedCardLinkRequired { title, message_url, pic_url } = required;
        Self {
            title,
            message_url,
            pic_url,
        }
    }
}
rt::impl_serialize! {
    FeedCardLink { "title" => field(title), "messageURL" => field(message_url), "picURL"
    => field(pic_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FeedCardLink { "title" => read_field(title), "messageURL" => read_field(message_url),
    "picURL" => read_field(pic_url) }
}
/// 被 @ 的人。
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct At {
    /// 被 @ 人的手机号。
    pub at_mobiles: Option<Vec<String>>,
    /// 被 @ 人的用户 userId。
    pub at_user_ids: Option<Vec<String>>,
    /// 是否 @ 所有人。
    pub is_at_all: Option<bool>,
}
impl At {
    /// An empty `At`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atMobiles`.
    pub fn at_mobiles(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_mobiles = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `atUserIds`.
    pub fn at_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.at_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `isAtAll`.
    pub fn is_at_all(mut self, value: bool) -> Self {
        self.is_at_all = Some(value);
        self
    }
}
rt::impl_serialize! {
    At { "atMobiles" => optional(at_mobiles), "atUserIds" => optional(at_user_ids),
    "isAtAll" => optional(is_at_all) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    At { "atMobiles" => read_field(at_mobiles), "atUserIds" => read_field(at_user_ids),
    "isAtAll" => read_field(is_at_all) }
}
/// The request of [`Api::send`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendRequest {
    /// 消息。
    pub body: Message,
}
/// The required fields of [`SendRequest`], each named where it is set: `SendRequest::new(SendRequired { .. })`.
pub struct SendRequired {
    /// `body`: see [`SendRequest::body`].
    pub body: Message,
}
impl SendRequest {
    /// A `SendRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: SendRequired) -> Self {
        let SendRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for SendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::send_by_session`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendBySessionRequest {
    /// sessionWebhook 地址中的 session。
    ///
    /// `session`: a query parameter.
    pub session: String,
    /// 消息。
    pub body: Message,
}
/// The required fields of [`SendBySessionRequest`], each named where it is set: `SendBySessionRequest::new(SendBySessionRequired { .. })`.
pub struct SendBySessionRequired {
    /// `session`: see [`SendBySessionRequest::session`].
    pub session: String,
    /// `body`: see [`SendBySessionRequest::body`].
    pub body: Message,
}
impl SendBySessionRequest {
    /// A `SendBySessionRequest` with its required fields (`session`, `body`); set the others with the methods named after them.
    pub fn new(required: SendBySessionRequired) -> Self {
        let SendBySessionRequired { session, body } = required;
        Self { session, body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendBySessionRequest { "session" => read_field(session), "body" => read_field(body) }
}
impl rt::WriteRequest for SendBySessionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("session", &self.session);
        writer.json_body(&self.body);
    }
}
/// An error reply of [`Api::send`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendError = rt::ServiceError;
/// An error reply of [`Api::send_by_session`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendBySessionError = rt::ServiceError;
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
        "Send" => rt::conformance::reply(api.send(&inputs.request(false)?)).await,
        "SendBySession" => {
            rt::conformance::reply(api.send_by_session(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
