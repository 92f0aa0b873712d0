// @generated from api-spec/push.yaml by `cargo xtask gen`. Do not edit by hand.
//! DingTalk 推送给应用的数据:机器人收到的消息、卡片回调、AI 助理(Graph)调用、事件。
//!
//! Payloads DingTalk pushes over Stream mode (a `CALLBACK` frame's data on its topic, an `EVENT`
//! frame's headers and data) and over HTTP callbacks (the decrypted JSON). Every field is
//! optional, members this version does not know are kept (`other`) and written back, and enums
//! keep values they do not know.
//! <https://open.dingtalk.com/document/orgapp/receive-message>
//!
//! Payloads DingTalk pushes (no operations), behind the cargo feature `push`.
use ::generated_client::rt;
/// 机器人收到的消息类型。
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
pub enum RobotMsgType {
    /// `text`
    Text,
    /// `richText`
    RichText,
    /// `picture`
    Picture,
    /// `video`
    Video,
    /// `audio`
    Audio,
    /// `file`
    File,
    /// `unknownMsgType`
    UnknownMsgType,
    /// A value this client does not know yet, kept as sent.
    Unknown(String),
}
impl RobotMsgType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::RichText => "richText",
            Self::Picture => "picture",
            Self::Video => "video",
            Self::Audio => "audio",
            Self::File => "file",
            Self::UnknownMsgType => "unknownMsgType",
            Self::Unknown(value) => value,
        }
    }
}
impl From<String> for RobotMsgType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "text" => Self::Text,
            "richText" => Self::RichText,
            "picture" => Self::Picture,
            "video" => Self::Video,
            "audio" => Self::Audio,
            "file" => Self::File,
            "unknownMsgType" => Self::UnknownMsgType,
            _ => Self::Unknown(value),
        }
    }
}
impl From<&str> for RobotMsgType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl From<RobotMsgType> for String {
    fn from(value: RobotMsgType) -> Self {
        match value {
            RobotMsgType::Unknown(value) => value,
            known => known.as_str().to_owned(),
        }
    }
}
impl ::std::fmt::Display for RobotMsgType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "model-serde")]
impl Default for RobotMsgType {
    fn default() -> Self {
        Self::Unknown(String::new())
    }
}
/// 文本消息(`msgtype` 为 `text`)。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RobotText {
    /// 消息文本；@机器人之后的空格保留。
    pub content: Option<String>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl RobotText {
    /// An empty `RobotText`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RobotText { "content" => optional(content) } keep(other)
}
rt::impl_deserialize! {
    RobotText { "content" => read_field(content) } keep(other)
}
/// 非文本消息的内容;每种类型只填其中几项:图片 `pictureDownloadCode`、`downloadCode`;视频
/// `duration`、`videoType`、`downloadCode`;语音 `downloadCode`、`recognition`(及
/// `duration`);文件 `spaceId`、`fileName`、`downloadCode`、`fileId`;富文本 `richText`;
/// 暂不支持的类型 `unknownMsgType`。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RobotContent {
    /// 图片的下载码（旧）。
    pub picture_download_code: Option<String>,
    /// 文件的下载码，用于换取下载地址（`/v1.0/robot/messageFiles/download`）。
    pub download_code: Option<String>,
    /// 视频或语音的时长（字符串）。
    pub duration: Option<String>,
    /// 视频格式，如 `mp4`。
    pub video_type: Option<String>,
    /// 语音识别出的文本。
    pub recognition: Option<String>,
    /// 文件所在钉盘空间 id。
    pub space_id: Option<String>,
    /// 文件名。
    pub file_name: Option<String>,
    /// 钉盘文件 id。
    pub file_id: Option<String>,
    /// 富文本的各段,文字或图片。
    pub rich_text: Option<Vec<RobotRichTextItem>>,
    /// 暂不支持的消息类型的提示文本。
    pub unknown_msg_type: Option<String>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl RobotContent {
    /// An empty `RobotContent`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `pictureDownloadCode`.
    pub fn picture_download_code(mut self, value: impl Into<String>) -> Self {
        self.picture_download_code = Some(value.into());
        self
    }
    /// Sets `downloadCode`.
    pub fn download_code(mut self, value: impl Into<String>) -> Self {
        self.download_code = Some(value.into());
        self
    }
    /// Sets `duration`.
    pub fn duration(mut self, value: impl Into<String>) -> Self {
        self.duration = Some(value.into());
        self
    }
    /// Sets `videoType`.
    pub fn video_type(mut self, value: impl Into<String>) -> Self {
        self.video_type = Some(value.into());
        self
    }
    /// Sets `recognition`.
    pub fn recognition(mut self, value: impl Into<String>) -> Self {
        self.recognition = Some(value.into());
        self
    }
    /// Sets `spaceId`.
    pub fn space_id(mut self, value: impl Into<String>) -> Self {
        self.space_id = Some(value.into());
        self
    }
    /// Sets `fileName`.
    pub fn file_name(mut self, value: impl Into<String>) -> Self {
        self.file_name = Some(value.into());
        self
    }
    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `richText`.
    pub fn rich_text(
        mut self,
        value: impl IntoIterator<Item = RobotRichTextItem>,
    ) -> Self {
        self.rich_text = Some(value.into_iter().collect());
        self
    }
    /// Sets `unknownMsgType`.
    pub fn unknown_msg_type(mut self, value: impl Into<String>) -> Self {
        self.unknown_msg_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RobotContent { "pictureDownloadCode" => optional(picture_download_code),
    "downloadCode" => optional(download_code), "duration" => optional(duration),
    "videoType" => optional(video_type), "recognition" => optional(recognition),
    "spaceId" => optional(space_id), "fileName" => optional(file_name), "fileId" =>
    optional(file_id), "richText" => optional(rich_text), "unknownMsgType" =>
    optional(unknown_msg_type) } keep(other)
}
rt::impl_deserialize! {
    RobotContent { "pictureDownloadCode" => read_field(picture_download_code),
    "downloadCode" => read_field(download_code), "duration" => read_field(duration),
    "videoType" => read_field(video_type), "recognition" => read_field(recognition),
    "spaceId" => read_field(space_id), "fileName" => read_field(file_name), "fileId" =>
    read_field(file_id), "richText" => read_field(rich_text), "unknownMsgType" =>
    read_field(unknown_msg_type) } keep(other)
}
/// 富文本的一段:文字(`text`),或图片(`type` 为 `picture`,带下载码)。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RobotRichTextItem {
    /// 文字。
    pub text: Option<String>,
    /// 段的类型；图片为 `picture`。
    pub r#type: Option<String>,
    /// 图片的下载码（旧）。
    pub picture_download_code: Option<String>,
    /// 图片的下载码。
    pub download_code: Option<String>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl RobotRichTextItem {
    /// An empty `RobotRichTextItem`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `pictureDownloadCode`.
    pub fn picture_download_code(mut self, value: impl Into<String>) -> Self {
        self.picture_download_code = Some(value.into());
        self
    }
    /// Sets `downloadCode`.
    pub fn download_code(mut self, value: impl Into<String>) -> Self {
        self.download_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RobotRichTextItem { "text" => optional(text), "type" => optional(r#type),
    "pictureDownloadCode" => optional(picture_download_code), "downloadCode" =>
    optional(download_code) } keep(other)
}
rt::impl_deserialize! {
    RobotRichTextItem { "text" => read_field(text), "type" => read_field(r#type),
    "pictureDownloadCode" => read_field(picture_download_code), "downloadCode" =>
    read_field(download_code) } keep(other)
}
/// 消息中被@的人。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RobotAtUser {
    /// 被@者的加密 id。
    pub dingtalk_id: Option<String>,
    /// 被@者在本企业的 userId（企业内部用户才有）。
    pub staff_id: Option<String>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl RobotAtUser {
    /// An empty `RobotAtUser`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dingtalkId`.
    pub fn dingtalk_id(mut self, value: impl Into<String>) -> Self {
        self.dingtalk_id = Some(value.into());
        self
    }
    /// Sets `staffId`.
    pub fn staff_id(mut self, value: impl Into<String>) -> Self {
        self.staff_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RobotAtUser { "dingtalkId" => optional(dingtalk_id), "staffId" => optional(staff_id)
    } keep(other)
}
rt::impl_deserialize! {
    RobotAtUser { "dingtalkId" => read_field(dingtalk_id), "staffId" =>
    read_field(staff_id) } keep(other)
}
/// 托管(代理)消息的托管人。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RobotHostingContext {
    /// 托管人的 userId。
    pub user_id: Option<String>,
    /// 托管人的昵称。
    pub nick: Option<String>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl RobotHostingContext {
    /// An empty `RobotHostingContext`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `nick`.
    pub fn nick(mut self, value: impl Into<String>) -> Self {
        self.nick = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RobotHostingContext { "userId" => optional(user_id), "nick" => optional(nick) }
    keep(other)
}
rt::impl_deserialize! {
    RobotHostingContext { "userId" => read_field(user_id), "nick" => read_field(nick) }
    keep(other)
}
/// 托管消息的会话历史中的一条消息的状态。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RobotConversationMessage {
    /// 已读状态；`2` 为已读。
    pub read_status: Option<String>,
    /// 发送者的 userId。
    pub sender_user_id: Option<String>,
    /// 发送时间，Unix 毫秒。
    pub send_time: Option<i64>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl RobotConversationMessage {
    /// An empty `RobotConversationMessage`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `readStatus`.
    pub fn read_status(mut self, value: impl Into<String>) -> Self {
        self.read_status = Some(value.into());
        self
    }
    /// Sets `senderUserId`.
    pub fn sender_user_id(mut self, value: impl Into<String>) -> Self {
        self.sender_user_id = Some(value.into());
        self
    }
    /// Sets `sendTime`.
    pub fn send_time(mut self, value: i64) -> Self {
        self.send_time = Some(value);
        self
    }
}
rt::impl_serialize! {
    RobotConversationMessage { "readStatus" => optional(read_status), "senderUserId" =>
    optional(sender_user_id), "sendTime" => optional(send_time) } keep(other)
}
rt::impl_deserialize! {
    RobotConversationMessage { "readStatus" => read_field(read_status), "senderUserId" =>
    read_field(sender_user_id), "sendTime" => read_field(send_time) } keep(other)
}
/// 卡片上用户操作的数据。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CardPrivateData {
    /// 触发回调的操作(按钮等)的 id。
    pub action_ids: Option<Vec<String>>,
    /// 操作提交的参数。
    pub params: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl CardPrivateData {
    /// An empty `CardPrivateData`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionIds`.
    pub fn action_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.action_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `params`.
    pub fn params(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.params = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    CardPrivateData { "actionIds" => optional(action_ids), "params" => optional(params) }
    keep(other)
}
rt::impl_deserialize! {
    CardPrivateData { "actionIds" => read_field(action_ids), "params" =>
    read_field(params) } keep(other)
}
/// 卡片回调 `content` 字段(JSON 字符串)的内容。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CardActionContent {
    /// `cardPrivateData`.
    pub card_private_data: Option<CardPrivateData>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl CardActionContent {
    /// An empty `CardActionContent`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cardPrivateData`.
    pub fn card_private_data(mut self, value: CardPrivateData) -> Self {
        self.card_private_data = Some(value);
        self
    }
}
rt::impl_serialize! {
    CardActionContent { "cardPrivateData" => optional(card_private_data) } keep(other)
}
rt::impl_deserialize! {
    CardActionContent { "cardPrivateData" => read_field(card_private_data) } keep(other)
}
/// 卡片数据:参数名到值。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CardParams {
    /// 卡片参数。
    pub card_param_map: Option<rt::BTreeMap<String, String>>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl CardParams {
    /// An empty `CardParams`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cardParamMap`.
    pub fn card_param_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.card_param_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    CardParams { "cardParamMap" => optional(card_param_map) } keep(other)
}
rt::impl_deserialize! {
    CardParams { "cardParamMap" => read_field(card_param_map) } keep(other)
}
/// 回调回复如何更新卡片数据。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CardUpdateOptions {
    /// 按键更新公有数据（否则整体覆盖）。
    pub update_card_data_by_key: Option<bool>,
    /// 按键更新私有数据（否则整体覆盖）。
    pub update_private_data_by_key: Option<bool>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl CardUpdateOptions {
    /// An empty `CardUpdateOptions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `updateCardDataByKey`.
    pub fn update_card_data_by_key(mut self, value: bool) -> Self {
        self.update_card_data_by_key = Some(value);
        self
    }
    /// Sets `updatePrivateDataByKey`.
    pub fn update_private_data_by_key(mut self, value: bool) -> Self {
        self.update_private_data_by_key = Some(value);
        self
    }
}
rt::impl_serialize! {
    CardUpdateOptions { "updateCardDataByKey" => optional(update_card_data_by_key),
    "updatePrivateDataByKey" => optional(update_private_data_by_key) } keep(other)
}
rt::impl_deserialize! {
    CardUpdateOptions { "updateCardDataByKey" => read_field(update_card_data_by_key),
    "updatePrivateDataByKey" => read_field(update_private_data_by_key) } keep(other)
}
/// Graph 请求行。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GraphRequestLine {
    /// HTTP 方法，如 `GET`、`POST`。
    pub method: Option<String>,
    /// 请求的路径与查询。
    pub uri: Option<String>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl GraphRequestLine {
    /// An empty `GraphRequestLine`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `method`.
    pub fn method(mut self, value: impl Into<String>) -> Self {
        self.method = Some(value.into());
        self
    }
    /// Sets `uri`.
    pub fn uri(mut self, value: impl Into<String>) -> Self {
        self.uri = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GraphRequestLine { "method" => optional(method), "uri" => optional(uri) } keep(other)
}
rt::impl_deserialize! {
    GraphRequestLine { "method" => read_field(method), "uri" => read_field(uri) }
    keep(other)
}
/// Graph 回复的状态行。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GraphStatusLine {
    /// HTTP 状态码，如 200。
    pub code: Option<i64>,
    /// 状态说明，如 `OK`。
    pub reason_phrase: Option<String>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl GraphStatusLine {
    /// An empty `GraphStatusLine`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `code`.
    pub fn code(mut self, value: i64) -> Self {
        self.code = Some(value);
        self
    }
    /// Sets `reasonPhrase`.
    pub fn reason_phrase(mut self, value: impl Into<String>) -> Self {
        self.reason_phrase = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GraphStatusLine { "code" => optional(code), "reasonPhrase" => optional(reason_phrase)
    } keep(other)
}
rt::impl_deserialize! {
    GraphStatusLine { "code" => read_field(code), "reasonPhrase" =>
    read_field(reason_phrase) } keep(other)
}
/// AI 助理(Graph)调用的回复:一个 HTTP 回复。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GraphResponse {
    /// `statusLine`.
    pub status_line: Option<GraphStatusLine>,
    /// 回复头。
    pub headers: Option<rt::BTreeMap<String, String>>,
    /// 回复体。
    pub body: Option<String>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl GraphResponse {
    /// An empty `GraphResponse`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `statusLine`.
    pub fn status_line(mut self, value: GraphStatusLine) -> Self {
        self.status_line = Some(value);
        self
    }
    /// Sets `headers`.
    pub fn headers(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.headers = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `body`.
    pub fn body(mut self, value: impl Into<String>) -> Self {
        self.body = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GraphResponse { "statusLine" => optional(status_line), "headers" =>
    optional(headers), "body" => optional(body) } keep(other)
}
rt::impl_deserialize! {
    GraphResponse { "statusLine" => read_field(status_line), "headers" =>
    read_field(headers), "body" => read_field(body) } keep(other)
}
/// 机器人收到的一条消息(单聊,或群聊中@机器人的消息)。Stream 模式下是回调主题
/// `/v1.0/im/bot/messages/get` 的数据,HTTP 模式下是回调请求体。用 `sessionWebhook` 在其过期
/// (`sessionWebhookExpiredTime`)前回复。
/// <https://open.dingtalk.com/document/orgapp/receive-message>
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RobotMessage {
    /// 消息类型，决定 `text` 或 `content` 中的内容。
    pub msgtype: Option<RobotMsgType>,
    /// 文本消息的内容。
    pub text: Option<RobotText>,
    /// 其它类型消息的内容。
    pub content: Option<RobotContent>,
    /// 消息 id；同一消息重复推送时不变。
    pub msg_id: Option<String>,
    /// 消息创建时间，Unix 毫秒。
    pub create_at: Option<i64>,
    /// 会话类型：`1` 单聊，`2` 群聊。
    pub conversation_type: Option<String>,
    /// 会话 id（区分大小写）。
    pub conversation_id: Option<String>,
    /// 群名称（群聊）。
    pub conversation_title: Option<String>,
    /// 会话线程 id。
    pub open_thread_id: Option<String>,
    /// 发送者的加密 id。
    pub sender_id: Option<String>,
    /// 发送者昵称。
    pub sender_nick: Option<String>,
    /// 发送者在本企业的 userId（企业内部用户才有）。
    pub sender_staff_id: Option<String>,
    /// 发送者所在企业的 corpId。
    pub sender_corp_id: Option<String>,
    /// 发送者所用的客户端，如 `Mac`。
    pub sender_platform: Option<String>,
    /// 发送者是否为管理员。
    pub is_admin: Option<bool>,
    /// 机器人的加密 id。
    pub chatbot_user_id: Option<String>,
    /// 机器人所在企业的 corpId。
    pub chatbot_corp_id: Option<String>,
    /// 机器人的编码；应用机器人为应用的 clientId。
    pub robot_code: Option<String>,
    /// 机器人是否在@列表中。
    pub is_in_at_list: Option<bool>,
    /// 被@的人。
    pub at_users: Option<Vec<RobotAtUser>>,
    /// 回复本会话的临时地址（约 90 分钟有效），无需令牌与签名。
    pub session_webhook: Option<String>,
    /// `sessionWebhook` 的过期时间,Unix 毫秒。
    pub session_webhook_expired_time: Option<i64>,
    /// 托管消息的托管人。
    pub hosting_context: Option<RobotHostingContext>,
    /// 托管消息的会话历史状态。
    pub conversation_msg_context: Option<Vec<RobotConversationMessage>>,
    /// AI 机器人的会话 id。
    pub ai_robot_sessionid: Option<String>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl RobotMessage {
    /// An empty `RobotMessage`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `msgtype`.
    pub fn msgtype(mut self, value: impl Into<RobotMsgType>) -> Self {
        self.msgtype = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: RobotText) -> Self {
        self.text = Some(value);
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: RobotContent) -> Self {
        self.content = Some(value);
        self
    }
    /// Sets `msgId`.
    pub fn msg_id(mut self, value: impl Into<String>) -> Self {
        self.msg_id = Some(value.into());
        self
    }
    /// Sets `createAt`.
    pub fn create_at(mut self, value: i64) -> Self {
        self.create_at = Some(value);
        self
    }
    /// Sets `conversationType`.
    pub fn conversation_type(mut self, value: impl Into<String>) -> Self {
        self.conversation_type = Some(value.into());
        self
    }
    /// Sets `conversationId`.
    pub fn conversation_id(mut self, value: impl Into<String>) -> Self {
        self.conversation_id = Some(value.into());
        self
    }
    /// Sets `conversationTitle`.
    pub fn conversation_title(mut self, value: impl Into<String>) -> Self {
        self.conversation_title = Some(value.into());
        self
    }
    /// Sets `openThreadId`.
    pub fn open_thread_id(mut self, value: impl Into<String>) -> Self {
        self.open_thread_id = Some(value.into());
        self
    }
    /// Sets `senderId`.
    pub fn sender_id(mut self, value: impl Into<String>) -> Self {
        self.sender_id = Some(value.into());
        self
    }
    /// Sets `senderNick`.
    pub fn sender_nick(mut self, value: impl Into<String>) -> Self {
        self.sender_nick = Some(value.into());
        self
    }
    /// Sets `senderStaffId`.
    pub fn sender_staff_id(mut self, value: impl Into<String>) -> Self {
        self.sender_staff_id = Some(value.into());
        self
    }
    /// Sets `senderCorpId`.
    pub fn sender_corp_id(mut self, value: impl Into<String>) -> Self {
        self.sender_corp_id = Some(value.into());
        self
    }
    /// Sets `senderPlatform`.
    pub fn sender_platform(mut self, value: impl Into<String>) -> Self {
        self.sender_platform = Some(value.into());
        self
    }
    /// Sets `isAdmin`.
    pub fn is_admin(mut self, value: bool) -> Self {
        self.is_admin = Some(value);
        self
    }
    /// Sets `chatbotUserId`.
    pub fn chatbot_user_id(mut self, value: impl Into<String>) -> Self {
        self.chatbot_user_id = Some(value.into());
        self
    }
    /// Sets `chatbotCorpId`.
    pub fn chatbot_corp_id(mut self, value: impl Into<String>) -> Self {
        self.chatbot_corp_id = Some(value.into());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
    /// Sets `isInAtList`.
    pub fn is_in_at_list(mut self, value: bool) -> Self {
        self.is_in_at_list = Some(value);
        self
    }
    /// Sets `atUsers`.
    pub fn at_users(mut self, value: impl IntoIterator<Item = RobotAtUser>) -> Self {
        self.at_users = Some(value.into_iter().collect());
        self
    }
    /// Sets `sessionWebhook`.
    pub fn session_webhook(mut self, value: impl Into<String>) -> Self {
        self.session_webhook = Some(value.into());
        self
    }
    /// Sets `sessionWebhookExpiredTime`.
    pub fn session_webhook_expired_time(mut self, value: i64) -> Self {
        self.session_webhook_expired_time = Some(value);
        self
    }
    /// Sets `hostingContext`.
    pub fn hosting_context(mut self, value: RobotHostingContext) -> Self {
        self.hosting_context = Some(value);
        self
    }
    /// Sets `conversationMsgContext`.
    pub fn conversation_msg_context(
        mut self,
        value: impl IntoIterator<Item = RobotConversationMessage>,
    ) -> Self {
        self.conversation_msg_context = Some(value.into_iter().collect());
        self
    }
    /// Sets `ai_robot_sessionid`.
    pub fn ai_robot_sessionid(mut self, value: impl Into<String>) -> Self {
        self.ai_robot_sessionid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RobotMessage { "msgtype" => optional(msgtype), "text" => optional(text), "content" =>
    optional(content), "msgId" => optional(msg_id), "createAt" => optional(create_at),
    "conversationType" => optional(conversation_type), "conversationId" =>
    optional(conversation_id), "conversationTitle" => optional(conversation_title),
    "openThreadId" => optional(open_thread_id), "senderId" => optional(sender_id),
    "senderNick" => optional(sender_nick), "senderStaffId" => optional(sender_staff_id),
    "senderCorpId" => optional(sender_corp_id), "senderPlatform" =>
    optional(sender_platform), "isAdmin" => optional(is_admin), "chatbotUserId" =>
    optional(chatbot_user_id), "chatbotCorpId" => optional(chatbot_corp_id), "robotCode"
    => optional(robot_code), "isInAtList" => optional(is_in_at_list), "atUsers" =>
    optional(at_users), "sessionWebhook" => optional(session_webhook),
    "sessionWebhookExpiredTime" => optional(session_webhook_expired_time),
    "hostingContext" => optional(hosting_context), "conversationMsgContext" =>
    optional(conversation_msg_context), "ai_robot_sessionid" =>
    optional(ai_robot_sessionid) } keep(other)
}
rt::impl_deserialize! {
    RobotMessage { "msgtype" => read_field(msgtype), "text" => read_field(text),
    "content" => read_field(content), "msgId" => read_field(msg_id), "createAt" =>
    read_field(create_at), "conversationType" => read_field(conversation_type),
    "conversationId" => read_field(conversation_id), "conversationTitle" =>
    read_field(conversation_title), "openThreadId" => read_field(open_thread_id),
    "senderId" => read_field(sender_id), "senderNick" => read_field(sender_nick),
    "senderStaffId" => read_field(sender_staff_id), "senderCorpId" =>
    read_field(sender_corp_id), "senderPlatform" => read_field(sender_platform),
    "isAdmin" => read_field(is_admin), "chatbotUserId" => read_field(chatbot_user_id),
    "chatbotCorpId" => read_field(chatbot_corp_id), "robotCode" =>
    read_field(robot_code), "isInAtList" => read_field(is_in_at_list), "atUsers" =>
    read_field(at_users), "sessionWebhook" => read_field(session_webhook),
    "sessionWebhookExpiredTime" => read_field(session_webhook_expired_time),
    "hostingContext" => read_field(hosting_context), "conversationMsgContext" =>
    read_field(conversation_msg_context), "ai_robot_sessionid" =>
    read_field(ai_robot_sessionid) } keep(other)
}
impl rt::Push for RobotMessage {
    const ROUTE: rt::PushRoute = rt::PushRoute::Callback("/v1.0/im/bot/messages/get");
    type Reply = ();
    fn id(&self) -> Option<&str> {
        self.msg_id.as_deref()
    }
}
/// 互动卡片上的用户操作(Stream 回调主题 `/v1.0/card/instances/callback`)。回复
/// `CardCallbackReply` 更新卡片。
/// <https://open.dingtalk.com/document/orgapp/instructions-for-filling-in-api-parameters>
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CardCallback {
    /// 回调类型，如 `actionCallback`。
    pub r#type: Option<String>,
    /// 企业 corpId。
    pub corp_id: Option<String>,
    /// 操作者 id。
    pub user_id: Option<String>,
    /// `userId` 的类型:1 userId,2 unionId。
    pub user_id_type: Option<i64>,
    /// 卡片实例的外部 id。
    pub out_track_id: Option<String>,
    /// 卡片所在场域类型。
    pub space_type: Option<String>,
    /// 卡片所在场域 id。
    pub space_id: Option<String>,
    /// 扩展信息（JSON 字符串，原样保留）。
    pub extension: Option<String>,
    /// 操作的内容。
    ///
    /// `content`: JSON-encoded in a string.
    pub content: Option<CardActionContent>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl CardCallback {
    /// An empty `CardCallback`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: i64) -> Self {
        self.user_id_type = Some(value);
        self
    }
    /// Sets `outTrackId`.
    pub fn out_track_id(mut self, value: impl Into<String>) -> Self {
        self.out_track_id = Some(value.into());
        self
    }
    /// Sets `spaceType`.
    pub fn space_type(mut self, value: impl Into<String>) -> Self {
        self.space_type = Some(value.into());
        self
    }
    /// Sets `spaceId`.
    pub fn space_id(mut self, value: impl Into<String>) -> Self {
        self.space_id = Some(value.into());
        self
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: CardActionContent) -> Self {
        self.content = Some(value);
        self
    }
}
rt::impl_serialize! {
    CardCallback { "type" => optional(r#type), "corpId" => optional(corp_id), "userId" =>
    optional(user_id), "userIdType" => optional(user_id_type), "outTrackId" =>
    optional(out_track_id), "spaceType" => optional(space_type), "spaceId" =>
    optional(space_id), "extension" => optional(extension), "content" =>
    optional_json(content) } keep(other)
}
rt::impl_deserialize! {
    CardCallback { "type" => read_field(r#type), "corpId" => read_field(corp_id),
    "userId" => read_field(user_id), "userIdType" => read_field(user_id_type),
    "outTrackId" => read_field(out_track_id), "spaceType" => read_field(space_type),
    "spaceId" => read_field(space_id), "extension" => read_field(extension), "content" =>
    read_json_field(content) } keep(other)
}
impl rt::Push for CardCallback {
    const ROUTE: rt::PushRoute = rt::PushRoute::Callback(
        "/v1.0/card/instances/callback",
    );
    type Reply = CardCallbackReply;
}
/// 卡片回调的回复:新的公有数据、各用户的私有数据,以及更新方式。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CardCallbackReply {
    /// `cardUpdateOptions`.
    pub card_update_options: Option<CardUpdateOptions>,
    /// 新的公有数据。
    pub card_data: Option<CardParams>,
    /// 操作者的新私有数据（Go SDK 的写法）。
    pub user_private_data: Option<CardParams>,
    /// 按 userId 的新私有数据(Python SDK 的写法)。
    pub private_data: Option<rt::BTreeMap<String, CardParams>>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl CardCallbackReply {
    /// An empty `CardCallbackReply`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cardUpdateOptions`.
    pub fn card_update_options(mut self, value: CardUpdateOptions) -> Self {
        self.card_update_options = Some(value);
        self
    }
    /// Sets `cardData`.
    pub fn card_data(mut self, value: CardParams) -> Self {
        self.card_data = Some(value);
        self
    }
    /// Sets `userPrivateData`.
    pub fn user_private_data(mut self, value: CardParams) -> Self {
        self.user_private_data = Some(value);
        self
    }
    /// Sets `privateData`.
    pub fn private_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, CardParams)>,
    ) -> Self {
        self.private_data = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    CardCallbackReply { "cardUpdateOptions" => optional(card_update_options), "cardData"
    => optional(card_data), "userPrivateData" => optional(user_private_data),
    "privateData" => optional(private_data) } keep(other)
}
rt::impl_deserialize! {
    CardCallbackReply { "cardUpdateOptions" => read_field(card_update_options),
    "cardData" => read_field(card_data), "userPrivateData" =>
    read_field(user_private_data), "privateData" => read_field(private_data) }
    keep(other)
}
/// AI 助理技能(Graph API)的一次调用:一个 HTTP 请求(Stream 回调主题
/// `/v1.0/graph/api/invoke`),以 `GraphResponse` 回复。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GraphRequest {
    /// `requestLine`.
    pub request_line: Option<GraphRequestLine>,
    /// 请求头(如 `x-plugin-id`、`x-ability-key`)。
    pub headers: Option<rt::BTreeMap<String, String>>,
    /// 请求体。
    pub body: Option<String>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl GraphRequest {
    /// An empty `GraphRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `requestLine`.
    pub fn request_line(mut self, value: GraphRequestLine) -> Self {
        self.request_line = Some(value);
        self
    }
    /// Sets `headers`.
    pub fn headers(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.headers = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `body`.
    pub fn body(mut self, value: impl Into<String>) -> Self {
        self.body = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GraphRequest { "requestLine" => optional(request_line), "headers" =>
    optional(headers), "body" => optional(body) } keep(other)
}
rt::impl_deserialize! {
    GraphRequest { "requestLine" => read_field(request_line), "headers" =>
    read_field(headers), "body" => read_field(body) } keep(other)
}
impl rt::Push for GraphRequest {
    const ROUTE: rt::PushRoute = rt::PushRoute::Callback("/v1.0/graph/api/invoke");
    type Reply = GraphResponse;
}
/// 一个事件的信封:类型、id、企业、时间和事件数据。Stream 模式下来自 `EVENT` 帧的头和数据,
/// HTTP 回调下来自解密后的 JSON(`EventType`、`CorpId`、`TimeStamp`,数据为整个 JSON)。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Event {
    /// 事件类型，如 `user_add_org`。
    pub event_type: Option<String>,
    /// 事件 id；重复推送时不变。
    pub event_id: Option<String>,
    /// 事件所属企业的 corpId。
    pub event_corp_id: Option<String>,
    /// 事件生成时间，Unix 毫秒（线上为字符串）。
    pub event_born_time: Option<String>,
    /// 应用的统一 id。
    pub event_unified_app_id: Option<String>,
    /// 事件数据（JSON）。
    pub data: Option<rt::serde_json::Value>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl Event {
    /// An empty `Event`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `eventType`.
    pub fn event_type(mut self, value: impl Into<String>) -> Self {
        self.event_type = Some(value.into());
        self
    }
    /// Sets `eventId`.
    pub fn event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
    /// Sets `eventCorpId`.
    pub fn event_corp_id(mut self, value: impl Into<String>) -> Self {
        self.event_corp_id = Some(value.into());
        self
    }
    /// Sets `eventBornTime`.
    pub fn event_born_time(mut self, value: impl Into<String>) -> Self {
        self.event_born_time = Some(value.into());
        self
    }
    /// Sets `eventUnifiedAppId`.
    pub fn event_unified_app_id(mut self, value: impl Into<String>) -> Self {
        self.event_unified_app_id = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.data = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    Event { "eventType" => optional(event_type), "eventId" => optional(event_id),
    "eventCorpId" => optional(event_corp_id), "eventBornTime" =>
    optional(event_born_time), "eventUnifiedAppId" => optional(event_unified_app_id),
    "data" => optional(data) } keep(other)
}
rt::impl_deserialize! {
    Event { "eventType" => read_field(event_type), "eventId" => read_field(event_id),
    "eventCorpId" => read_field(event_corp_id), "eventBornTime" =>
    read_field(event_born_time), "eventUnifiedAppId" => read_field(event_unified_app_id),
    "data" => read_field(data) } keep(other)
}
impl rt::Push for Event {
    const ROUTE: rt::PushRoute = rt::PushRoute::AllEvents;
    type Reply = ();
}
/// 第三方企业应用的 suite_ticket 推送,用于换取第三方应用凭证。HTTP 回调的 JSON 写作
/// `SuiteTicket`,Stream 事件数据写作 `suiteTicket`。
/// <https://open.dingtalk.com/document/isvapp/push-suite-ticket-events>
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SuiteTicketEvent {
    /// `suite_ticket`。
    pub event_type: Option<String>,
    /// 应用的 SuiteKey。
    pub suite_key: Option<String>,
    /// ticket 内容（HTTP 回调）。
    pub suite_ticket: Option<String>,
    /// ticket 内容（Stream 事件数据）。
    pub suite_ticket_2: Option<String>,
    /// 时间戳，Unix 毫秒；文档示例为数字，也见字符串。
    pub time_stamp: Option<rt::serde_json::Value>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl SuiteTicketEvent {
    /// An empty `SuiteTicketEvent`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `EventType`.
    pub fn event_type(mut self, value: impl Into<String>) -> Self {
        self.event_type = Some(value.into());
        self
    }
    /// Sets `SuiteKey`.
    pub fn suite_key(mut self, value: impl Into<String>) -> Self {
        self.suite_key = Some(value.into());
        self
    }
    /// Sets `SuiteTicket`.
    pub fn suite_ticket(mut self, value: impl Into<String>) -> Self {
        self.suite_ticket = Some(value.into());
        self
    }
    /// Sets `suiteTicket`.
    pub fn suite_ticket_2(mut self, value: impl Into<String>) -> Self {
        self.suite_ticket_2 = Some(value.into());
        self
    }
    /// Sets `TimeStamp`.
    pub fn time_stamp(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.time_stamp = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SuiteTicketEvent { "EventType" => optional(event_type), "SuiteKey" =>
    optional(suite_key), "SuiteTicket" => optional(suite_ticket), "suiteTicket" =>
    optional(suite_ticket_2), "TimeStamp" => optional(time_stamp) } keep(other)
}
rt::impl_deserialize! {
    SuiteTicketEvent { "EventType" => read_field(event_type), "SuiteKey" =>
    read_field(suite_key), "SuiteTicket" => read_field(suite_ticket), "suiteTicket" =>
    read_field(suite_ticket_2), "TimeStamp" => read_field(time_stamp) } keep(other)
}
impl rt::Push for SuiteTicketEvent {
    const ROUTE: rt::PushRoute = rt::PushRoute::Event("suite_ticket");
    type Reply = ();
}
/// 企业授权第三方企业应用时推送的临时授权码,用于激活应用、换取企业永久授权码。
/// <https://open.dingtalk.com/document/isvapp/temporary-authorization-code-event>
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TmpAuthCodeEvent {
    /// `tmp_auth_code`。
    pub event_type: Option<String>,
    /// 临时授权码。
    pub auth_code: Option<String>,
    /// 应用的 SuiteKey。
    pub suite_key: Option<String>,
    /// 时间戳，Unix 毫秒；数字或字符串。
    pub time_stamp: Option<rt::serde_json::Value>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl TmpAuthCodeEvent {
    /// An empty `TmpAuthCodeEvent`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `EventType`.
    pub fn event_type(mut self, value: impl Into<String>) -> Self {
        self.event_type = Some(value.into());
        self
    }
    /// Sets `AuthCode`.
    pub fn auth_code(mut self, value: impl Into<String>) -> Self {
        self.auth_code = Some(value.into());
        self
    }
    /// Sets `SuiteKey`.
    pub fn suite_key(mut self, value: impl Into<String>) -> Self {
        self.suite_key = Some(value.into());
        self
    }
    /// Sets `TimeStamp`.
    pub fn time_stamp(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.time_stamp = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TmpAuthCodeEvent { "EventType" => optional(event_type), "AuthCode" =>
    optional(auth_code), "SuiteKey" => optional(suite_key), "TimeStamp" =>
    optional(time_stamp) } keep(other)
}
rt::impl_deserialize! {
    TmpAuthCodeEvent { "EventType" => read_field(event_type), "AuthCode" =>
    read_field(auth_code), "SuiteKey" => read_field(suite_key), "TimeStamp" =>
    read_field(time_stamp) } keep(other)
}
impl rt::Push for TmpAuthCodeEvent {
    const ROUTE: rt::PushRoute = rt::PushRoute::Event("tmp_auth_code");
    type Reply = ();
}
/// HTTP 回调地址的验证请求:开发者后台保存回调地址时推送,应回复加密的 `success`。
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckUrlEvent {
    /// `check_url`。
    pub event_type: Option<String>,
    /// Members this version does not know, kept as received and written back.
    pub other: rt::BTreeMap<String, rt::serde_json::Value>,
}
impl CheckUrlEvent {
    /// An empty `CheckUrlEvent`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `EventType`.
    pub fn event_type(mut self, value: impl Into<String>) -> Self {
        self.event_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CheckUrlEvent { "EventType" => optional(event_type) } keep(other)
}
rt::impl_deserialize! {
    CheckUrlEvent { "EventType" => read_field(event_type) } keep(other)
}
impl rt::Push for CheckUrlEvent {
    const ROUTE: rt::PushRoute = rt::PushRoute::Event("check_url");
    type Reply = ();
}
