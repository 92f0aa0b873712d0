// @generated from api-spec/oapi_message.yaml by `cargo xtask gen`. Do not edit by hand.
//! 工作通知(旧版服务端 API，`oapi.dingtalk.com`):以应用身份发送到“工作通知”会话，查询发送进度与结果，撤回。
//! Errors come in HTTP 200 replies as `errcode` (not 0), `errmsg`, `sub_code`, `sub_msg` and `request_id`.
//!
//! Operations: [`Api`], from `client.oapi_message()`. Generated from `api-spec/oapi_message.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://oapi.dingtalk.com";
/// The operations of `oapi_message`. Get it with `client.oapi_message()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 发送工作通知
    ///
    /// Asynchronous: the reply carries `task_id` for GetSendProgress and GetSendResult. Lists are comma-joined strings.
    /// <https://open.dingtalk.com/document/orgapp/asynchronous-sending-of-enterprise-session-messages>
    ///
    /// `POST /topapi/message/corpconversation/asyncsend_v2` (operation `AsyncSendV2`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AsyncSendV2Error`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn async_send_v2(
        &self,
        request: &AsyncSendV2Request,
    ) -> rt::Call<AsyncSendV2Response, AsyncSendV2Error> {
        static OPERATION: rt::Operation = rt::Operation::new(
                "AsyncSendV2",
                rt::Method::Post,
                "/topapi/message/corpconversation/asyncsend_v2",
                None,
                DEFAULT_BASE_URL,
                rt::ResponseBody::Json,
            )
            .token_in_query("access_token")
            .errcode_errors();
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取工作通知消息的发送进度
    ///
    /// <https://open.dingtalk.com/document/orgapp/obtain-the-sending-progress-of-asynchronous-sending-of-enterprise-session>
    ///
    /// `POST /topapi/message/corpconversation/getsendprogress` (operation `GetSendProgress`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSendProgressError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_send_progress(
        &self,
        request: &GetSendProgressRequest,
    ) -> rt::Call<GetSendProgressResponse, GetSendProgressError> {
        static OPERATION: rt::Operation = rt::Operation::new(
                "GetSendProgress",
                rt::Method::Post,
                "/topapi/message/corpconversation/getsendprogress",
                None,
                DEFAULT_BASE_URL,
                rt::ResponseBody::Json,
            )
            .token_in_query("access_token")
            .errcode_errors();
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取工作通知消息的发送结果
    ///
    /// <https://open.dingtalk.com/document/orgapp/gets-the-result-of-sending-messages-asynchronously-to-the-enterprise>
    ///
    /// `POST /topapi/message/corpconversation/getsendresult` (operation `GetSendResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSendResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_send_result(
        &self,
        request: &GetSendResultRequest,
    ) -> rt::Call<GetSendResultResponse, GetSendResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
                "GetSendResult",
                rt::Method::Post,
                "/topapi/message/corpconversation/getsendresult",
                None,
                DEFAULT_BASE_URL,
                rt::ResponseBody::Json,
            )
            .token_in_query("access_token")
            .errcode_errors();
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 撤回工作通知消息
    ///
    /// <https://open.dingtalk.com/document/orgapp/notification-of-work-withdrawal>
    ///
    /// `POST /topapi/message/corpconversation/recall` (operation `Recall`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RecallError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn recall(
        &self,
        request: &RecallRequest,
    ) -> rt::Call<RecallResponse, RecallError> {
        static OPERATION: rt::Operation = rt::Operation::new(
                "Recall",
                rt::Method::Post,
                "/topapi/message/corpconversation/recall",
                None,
                DEFAULT_BASE_URL,
                rt::ResponseBody::Json,
            )
            .token_in_query("access_token")
            .errcode_errors();
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// 工作通知的消息体:`msgtype` 与同名字段之一。
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WorkMessage {
    /// 消息类型:text、image、voice、file、link、oa、markdown、action_card。
    pub msgtype: String,
    /// `text`.
    pub text: Option<WorkMessageText>,
    /// `markdown`.
    pub markdown: Option<WorkMessageMarkdown>,
    /// `link`.
    pub link: Option<WorkMessageLink>,
    /// `action_card`.
    pub action_card: Option<WorkMessageActionCard>,
    /// `image`.
    pub image: Option<WorkMessageImage>,
    /// `file`.
    pub file: Option<WorkMessageFile>,
    /// `voice`.
    pub voice: Option<WorkMessageVoice>,
    /// OA 消息(结构见文档)。
    pub oa: Option<rt::serde_json::Value>,
}
impl WorkMessage {
    /// A `WorkMessage` with its required fields (`msgtype`); set the others with the methods named after them.
    pub fn new(msgtype: impl Into<String>) -> Self {
        Self {
            msgtype: msgtype.into(),
            text: None,
            markdown: None,
            link: None,
            action_card: None,
            image: None,
            file: None,
            voice: None,
            oa: None,
        }
    }
    /// Sets `text`.
    pub fn text(mut self, value: WorkMessageText) -> Self {
        self.text = Some(value);
        self
    }
    /// Sets `markdown`.
    pub fn markdown(mut self, value: WorkMessageMarkdown) -> Self {
        self.markdown = Some(value);
        self
    }
    /// Sets `link`.
    pub fn link(mut self, value: WorkMessageLink) -> Self {
        self.link = Some(value);
        self
    }
    /// Sets `action_card`.
    pub fn action_card(mut self, value: WorkMessageActionCard) -> Self {
        self.action_card = Some(value);
        self
    }
    /// Sets `image`.
    pub fn image(mut self, value: WorkMessageImage) -> Self {
        self.image = Some(value);
        self
    }
    /// Sets `file`.
    pub fn file(mut self, value: WorkMessageFile) -> Self {
        self.file = Some(value);
        self
    }
    /// Sets `voice`.
    pub fn voice(mut self, value: WorkMessageVoice) -> Self {
        self.voice = Some(value);
        self
    }
    /// Sets `oa`.
    pub fn oa(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.oa = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for WorkMessage {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("msgtype", &self.msgtype)?;
        object.optional("text", &self.text)?;
        object.optional("markdown", &self.markdown)?;
        object.optional("link", &self.link)?;
        object.optional("action_card", &self.action_card)?;
        object.optional("image", &self.image)?;
        object.optional("file", &self.file)?;
        object.optional("voice", &self.voice)?;
        object.optional("oa", &self.oa)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WorkMessage {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WorkMessage {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "msgtype" => rt::read_field(map, &mut self.msgtype),
            "text" => rt::read_field(map, &mut self.text),
            "markdown" => rt::read_field(map, &mut self.markdown),
            "link" => rt::read_field(map, &mut self.link),
            "action_card" => rt::read_field(map, &mut self.action_card),
            "image" => rt::read_field(map, &mut self.image),
            "file" => rt::read_field(map, &mut self.file),
            "voice" => rt::read_field(map, &mut self.voice),
            "oa" => rt::read_field(map, &mut self.oa),
            _ => Ok(false),
        }
    }
}
/// `WorkMessageText`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WorkMessageText {
    /// 消息内容。
    pub content: String,
}
impl WorkMessageText {
    /// A `WorkMessageText` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>) -> Self {
        Self { content: content.into() }
    }
}
impl rt::serde::Serialize for WorkMessageText {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WorkMessageText {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WorkMessageText {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            _ => Ok(false),
        }
    }
}
/// `WorkMessageMarkdown`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WorkMessageMarkdown {
    /// 首屏会话透出的展示内容。
    pub title: String,
    /// Markdown 格式的消息内容。
    pub text: String,
}
impl WorkMessageMarkdown {
    /// A `WorkMessageMarkdown` with its required fields (`title`, `text`); set the others with the methods named after them.
    pub fn new(title: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            text: text.into(),
        }
    }
}
impl rt::serde::Serialize for WorkMessageMarkdown {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("title", &self.title)?;
        object.field("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WorkMessageMarkdown {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WorkMessageMarkdown {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => rt::read_field(map, &mut self.title),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
/// `WorkMessageLink`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WorkMessageLink {
    /// 消息点击链接地址。
    pub message_url: String,
    /// 图片地址。
    pub pic_url: String,
    /// 消息标题。
    pub title: String,
    /// 消息描述。
    pub text: String,
}
impl WorkMessageLink {
    /// A `WorkMessageLink` with its required fields (`messageUrl`, `picUrl`, `title`, `text`); set the others with the methods named after them.
    pub fn new(
        message_url: impl Into<String>,
        pic_url: impl Into<String>,
        title: impl Into<String>,
        text: impl Into<String>,
    ) -> Self {
        Self {
            message_url: message_url.into(),
            pic_url: pic_url.into(),
            title: title.into(),
            text: text.into(),
        }
    }
}
impl rt::serde::Serialize for WorkMessageLink {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("messageUrl", &self.message_url)?;
        object.field("picUrl", &self.pic_url)?;
        object.field("title", &self.title)?;
        object.field("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WorkMessageLink {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WorkMessageLink {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messageUrl" => rt::read_field(map, &mut self.message_url),
            "picUrl" => rt::read_field(map, &mut self.pic_url),
            "title" => rt::read_field(map, &mut self.title),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
/// `WorkMessageActionCard`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WorkMessageActionCard {
    /// 透出到会话列表和通知的文案。
    pub title: Option<String>,
    /// 消息内容，Markdown 格式。
    pub markdown: String,
    /// 整体跳转时的标题。
    pub single_title: Option<String>,
    /// 整体跳转时的链接。
    pub single_url: Option<String>,
    /// 按钮排列:0 竖直，1 横向。
    pub btn_orientation: Option<String>,
    /// 独立跳转时的按钮。
    pub btn_json_list: Option<Vec<WorkMessageActionCardBtnJsonList>>,
}
impl WorkMessageActionCard {
    /// A `WorkMessageActionCard` with its required fields (`markdown`); set the others with the methods named after them.
    pub fn new(markdown: impl Into<String>) -> Self {
        Self {
            title: None,
            markdown: markdown.into(),
            single_title: None,
            single_url: None,
            btn_orientation: None,
            btn_json_list: None,
        }
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `single_title`.
    pub fn single_title(mut self, value: impl Into<String>) -> Self {
        self.single_title = Some(value.into());
        self
    }
    /// Sets `single_url`.
    pub fn single_url(mut self, value: impl Into<String>) -> Self {
        self.single_url = Some(value.into());
        self
    }
    /// Sets `btn_orientation`.
    pub fn btn_orientation(mut self, value: impl Into<String>) -> Self {
        self.btn_orientation = Some(value.into());
        self
    }
    /// Sets `btn_json_list`.
    pub fn btn_json_list(
        mut self,
        value: impl IntoIterator<Item = WorkMessageActionCardBtnJsonList>,
    ) -> Self {
        self.btn_json_list = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for WorkMessageActionCard {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("title", &self.title)?;
        object.field("markdown", &self.markdown)?;
        object.optional("single_title", &self.single_title)?;
        object.optional("single_url", &self.single_url)?;
        object.optional("btn_orientation", &self.btn_orientation)?;
        object.optional("btn_json_list", &self.btn_json_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WorkMessageActionCard {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WorkMessageActionCard {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => rt::read_field(map, &mut self.title),
            "markdown" => rt::read_field(map, &mut self.markdown),
            "single_title" => rt::read_field(map, &mut self.single_title),
            "single_url" => rt::read_field(map, &mut self.single_url),
            "btn_orientation" => rt::read_field(map, &mut self.btn_orientation),
            "btn_json_list" => rt::read_field(map, &mut self.btn_json_list),
            _ => Ok(false),
        }
    }
}
/// `WorkMessageActionCardBtnJsonList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WorkMessageActionCardBtnJsonList {
    /// 按钮标题。
    pub title: String,
    /// 按钮链接。
    pub action_url: String,
}
impl WorkMessageActionCardBtnJsonList {
    /// A `WorkMessageActionCardBtnJsonList` with its required fields (`title`, `action_url`); set the others with the methods named after them.
    pub fn new(title: impl Into<String>, action_url: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            action_url: action_url.into(),
        }
    }
}
impl rt::serde::Serialize for WorkMessageActionCardBtnJsonList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("title", &self.title)?;
        object.field("action_url", &self.action_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WorkMessageActionCardBtnJsonList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WorkMessageActionCardBtnJsonList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "title" => rt::read_field(map, &mut self.title),
            "action_url" => rt::read_field(map, &mut self.action_url),
            _ => Ok(false),
        }
    }
}
/// `WorkMessageImage`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WorkMessageImage {
    /// 图片的媒体文件 id。
    pub media_id: String,
}
impl WorkMessageImage {
    /// A `WorkMessageImage` with its required fields (`media_id`); set the others with the methods named after them.
    pub fn new(media_id: impl Into<String>) -> Self {
        Self { media_id: media_id.into() }
    }
}
impl rt::serde::Serialize for WorkMessageImage {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("media_id", &self.media_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WorkMessageImage {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WorkMessageImage {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "media_id" => rt::read_field(map, &mut self.media_id),
            _ => Ok(false),
        }
    }
}
/// `WorkMessageFile`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WorkMessageFile {
    /// 文件的媒体文件 id。
    pub media_id: String,
}
impl WorkMessageFile {
    /// A `WorkMessageFile` with its required fields (`media_id`); set the others with the methods named after them.
    pub fn new(media_id: impl Into<String>) -> Self {
        Self { media_id: media_id.into() }
    }
}
impl rt::serde::Serialize for WorkMessageFile {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("media_id", &self.media_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WorkMessageFile {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WorkMessageFile {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "media_id" => rt::read_field(map, &mut self.media_id),
            _ => Ok(false),
        }
    }
}
/// `WorkMessageVoice`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WorkMessageVoice {
    /// 语音的媒体文件 id。
    pub media_id: String,
    /// 音频时长(秒)。
    pub duration: String,
}
impl WorkMessageVoice {
    /// A `WorkMessageVoice` with its required fields (`media_id`, `duration`); set the others with the methods named after them.
    pub fn new(media_id: impl Into<String>, duration: impl Into<String>) -> Self {
        Self {
            media_id: media_id.into(),
            duration: duration.into(),
        }
    }
}
impl rt::serde::Serialize for WorkMessageVoice {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("media_id", &self.media_id)?;
        object.field("duration", &self.duration)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WorkMessageVoice {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WorkMessageVoice {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "media_id" => rt::read_field(map, &mut self.media_id),
            "duration" => rt::read_field(map, &mut self.duration),
            _ => Ok(false),
        }
    }
}
/// The request of [`Api::async_send_v2`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AsyncSendV2Request {
    /// 发送消息时使用的微应用的 AgentID。
    pub agent_id: i64,
    /// 接收者的 userid 列表，逗号分隔，最大 100 个。
    pub userid_list: Option<String>,
    /// 接收者的部门 id 列表，逗号分隔，最大 20 个。
    pub dept_id_list: Option<String>,
    /// 是否发送给企业全部用户。
    pub to_all_user: Option<bool>,
    /// 消息内容。
    pub msg: WorkMessage,
}
impl AsyncSendV2Request {
    /// A `AsyncSendV2Request` with its required fields (`agent_id`, `msg`); set the others with the methods named after them.
    pub fn new(agent_id: i64, msg: WorkMessage) -> Self {
        Self {
            agent_id,
            userid_list: None,
            dept_id_list: None,
            to_all_user: None,
            msg,
        }
    }
    /// Sets `userid_list`.
    pub fn userid_list(mut self, value: impl Into<String>) -> Self {
        self.userid_list = Some(value.into());
        self
    }
    /// Sets `dept_id_list`.
    pub fn dept_id_list(mut self, value: impl Into<String>) -> Self {
        self.dept_id_list = Some(value.into());
        self
    }
    /// Sets `to_all_user`.
    pub fn to_all_user(mut self, value: bool) -> Self {
        self.to_all_user = Some(value);
        self
    }
}
impl rt::serde::Serialize for AsyncSendV2Request {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("agent_id", &self.agent_id)?;
        object.optional("userid_list", &self.userid_list)?;
        object.optional("dept_id_list", &self.dept_id_list)?;
        object.optional("to_all_user", &self.to_all_user)?;
        object.field("msg", &self.msg)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AsyncSendV2Request {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AsyncSendV2Request {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agent_id" => rt::read_field(map, &mut self.agent_id),
            "userid_list" => rt::read_field(map, &mut self.userid_list),
            "dept_id_list" => rt::read_field(map, &mut self.dept_id_list),
            "to_all_user" => rt::read_field(map, &mut self.to_all_user),
            "msg" => rt::read_field(map, &mut self.msg),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AsyncSendV2Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `AsyncSendV2Response`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AsyncSendV2Response {
    /// 创建的异步发送任务 id。
    pub task_id: Option<i64>,
    /// 请求 id。
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AsyncSendV2Response {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AsyncSendV2Response {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "task_id" => rt::read_field(map, &mut self.task_id),
            "request_id" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AsyncSendV2Response {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("task_id", &self.task_id)?;
        object.optional("request_id", &self.request_id)?;
        object.end()
    }
}
/// The request of [`Api::get_send_progress`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSendProgressRequest {
    /// 发送消息时使用的微应用的 AgentID。
    pub agent_id: i64,
    /// 发送消息时钉钉返回的任务 id。
    pub task_id: i64,
}
impl GetSendProgressRequest {
    /// A `GetSendProgressRequest` with its required fields (`agent_id`, `task_id`); set the others with the methods named after them.
    pub fn new(agent_id: i64, task_id: i64) -> Self {
        Self { agent_id, task_id }
    }
}
impl rt::serde::Serialize for GetSendProgressRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("agent_id", &self.agent_id)?;
        object.field("task_id", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSendProgressRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSendProgressRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agent_id" => rt::read_field(map, &mut self.agent_id),
            "task_id" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSendProgressRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `GetSendProgressResponse`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSendProgressResponse {
    /// `progress`.
    pub progress: Option<GetSendProgressResponseProgress>,
    /// 请求 id。
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSendProgressResponse {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSendProgressResponse {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "progress" => rt::read_field(map, &mut self.progress),
            "request_id" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSendProgressResponse {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("progress", &self.progress)?;
        object.optional("request_id", &self.request_id)?;
        object.end()
    }
}
/// `GetSendProgressResponseProgress`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSendProgressResponseProgress {
    /// 取值 0~100，表示处理的百分比。
    pub progress_in_percent: Option<i64>,
    /// 任务执行状态:0 未开始，1 处理中，2 处理完毕。
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSendProgressResponseProgress {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSendProgressResponseProgress {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "progress_in_percent" => rt::read_field(map, &mut self.progress_in_percent),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSendProgressResponseProgress {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("progress_in_percent", &self.progress_in_percent)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// The request of [`Api::get_send_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSendResultRequest {
    /// 发送消息时使用的微应用的 AgentID。
    pub agent_id: i64,
    /// 发送消息时钉钉返回的任务 id。
    pub task_id: i64,
}
impl GetSendResultRequest {
    /// A `GetSendResultRequest` with its required fields (`agent_id`, `task_id`); set the others with the methods named after them.
    pub fn new(agent_id: i64, task_id: i64) -> Self {
        Self { agent_id, task_id }
    }
}
impl rt::serde::Serialize for GetSendResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("agent_id", &self.agent_id)?;
        object.field("task_id", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSendResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSendResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agent_id" => rt::read_field(map, &mut self.agent_id),
            "task_id" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSendResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `GetSendResultResponse`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSendResultResponse {
    /// `send_result`.
    pub send_result: Option<GetSendResultResponseSendResult>,
    /// 请求 id。
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSendResultResponse {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSendResultResponse {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "send_result" => rt::read_field(map, &mut self.send_result),
            "request_id" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSendResultResponse {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("send_result", &self.send_result)?;
        object.optional("request_id", &self.request_id)?;
        object.end()
    }
}
/// `GetSendResultResponseSendResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSendResultResponseSendResult {
    /// 无效的 userid 列表。
    pub invalid_user_id_list: Option<Vec<String>>,
    /// 因发送消息过于频繁或超量而被流控过滤的 userid 列表。
    pub forbidden_user_id_list: Option<Vec<String>>,
    /// 发送失败的 userid 列表。
    pub failed_user_id_list: Option<Vec<String>>,
    /// 已读消息的 userid 列表。
    pub read_user_id_list: Option<Vec<String>>,
    /// 未读消息的 userid 列表。
    pub unread_user_id_list: Option<Vec<String>>,
    /// 无效的部门 id 列表。
    pub invalid_dept_id_list: Option<Vec<i64>>,
    /// 推送被禁止的具体原因。
    pub forbidden_list: Option<Vec<GetSendResultResponseSendResultForbiddenList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSendResultResponseSendResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSendResultResponseSendResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "invalid_user_id_list" => rt::read_field(map, &mut self.invalid_user_id_list),
            "forbidden_user_id_list" => {
                rt::read_field(map, &mut self.forbidden_user_id_list)
            }
            "failed_user_id_list" => rt::read_field(map, &mut self.failed_user_id_list),
            "read_user_id_list" => rt::read_field(map, &mut self.read_user_id_list),
            "unread_user_id_list" => rt::read_field(map, &mut self.unread_user_id_list),
            "invalid_dept_id_list" => rt::read_field(map, &mut self.invalid_dept_id_list),
            "forbidden_list" => rt::read_field(map, &mut self.forbidden_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSendResultResponseSendResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("invalid_user_id_list", &self.invalid_user_id_list)?;
        object.optional("forbidden_user_id_list", &self.forbidden_user_id_list)?;
        object.optional("failed_user_id_list", &self.failed_user_id_list)?;
        object.optional("read_user_id_list", &self.read_user_id_list)?;
        object.optional("unread_user_id_list", &self.unread_user_id_list)?;
        object.optional("invalid_dept_id_list", &self.invalid_dept_id_list)?;
        object.optional("forbidden_list", &self.forbidden_list)?;
        object.end()
    }
}
/// `GetSendResultResponseSendResultForbiddenList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSendResultResponseSendResultForbiddenList {
    /// 流控 code。
    pub code: Option<String>,
    /// 流控阈值。
    pub count: Option<i64>,
    /// 被流控的 userid。
    pub userid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSendResultResponseSendResultForbiddenList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSendResultResponseSendResultForbiddenList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "count" => rt::read_field(map, &mut self.count),
            "userid" => rt::read_field(map, &mut self.userid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSendResultResponseSendResultForbiddenList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("count", &self.count)?;
        object.optional("userid", &self.userid)?;
        object.end()
    }
}
/// The request of [`Api::recall`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RecallRequest {
    /// 发送消息时使用的微应用的 AgentID。
    pub agent_id: i64,
    /// 发送消息时钉钉返回的任务 id。
    pub msg_task_id: i64,
}
impl RecallRequest {
    /// A `RecallRequest` with its required fields (`agent_id`, `msg_task_id`); set the others with the methods named after them.
    pub fn new(agent_id: i64, msg_task_id: i64) -> Self {
        Self { agent_id, msg_task_id }
    }
}
impl rt::serde::Serialize for RecallRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("agent_id", &self.agent_id)?;
        object.field("msg_task_id", &self.msg_task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RecallRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RecallRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agent_id" => rt::read_field(map, &mut self.agent_id),
            "msg_task_id" => rt::read_field(map, &mut self.msg_task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RecallRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `RecallResponse`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RecallResponse {
    /// 请求 id。
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RecallResponse {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RecallResponse {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "request_id" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RecallResponse {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("request_id", &self.request_id)?;
        object.end()
    }
}
/// An error reply of [`Api::async_send_v2`], sorted by its `code` (DingTalk sends business errors with any status, 500 included).
#[derive(Debug)]
#[non_exhaustive]
pub enum AsyncSendV2Error {
    /// `33012`
    ///
    /// - HTTP 200, message `无效的 USERID`: userid_list 中有无效的 userid。
    V33012(rt::ServiceError),
    /// A code the error table does not list.
    Unhandled(rt::ServiceError),
}
impl rt::OperationError for AsyncSendV2Error {
    fn from_service(error: rt::ServiceError) -> Self {
        match error.code() {
            Some("33012") => Self::V33012(error),
            _ => Self::Unhandled(error),
        }
    }
    fn service(&self) -> &rt::ServiceError {
        match self {
            Self::V33012(error) | Self::Unhandled(error) => error,
        }
    }
}
impl ::std::fmt::Display for AsyncSendV2Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(rt::OperationError::service(self), f)
    }
}
impl ::std::error::Error for AsyncSendV2Error {}
/// An error reply of [`Api::get_send_progress`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSendProgressError = rt::ServiceError;
/// An error reply of [`Api::get_send_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSendResultError = rt::ServiceError;
/// An error reply of [`Api::recall`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RecallError = rt::ServiceError;
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
        "AsyncSendV2" => {
            rt::conformance::reply(api.async_send_v2(&inputs.request(true)?)).await
        }
        "GetSendProgress" => {
            rt::conformance::reply(api.get_send_progress(&inputs.request(true)?)).await
        }
        "GetSendResult" => {
            rt::conformance::reply(api.get_send_result(&inputs.request(true)?)).await
        }
        "Recall" => rt::conformance::reply(api.recall(&inputs.request(true)?)).await,
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
