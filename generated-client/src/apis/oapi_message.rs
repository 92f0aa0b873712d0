// @generated from api-spec/oapi_message.yaml by `cargo xtask gen`. Do not edit by hand.
//! 工作通知(旧版服务端 API，`oapi.dingtalk.com`):以应用身份发送到“工作通知”会话，查询发送进度与结果，撤回。
//! Errors come in HTTP 200 replies as `errcode` (not 0), `errmsg`, `sub_code`, `sub_msg` and `request_id`.
//!
//! 4 operations, methods of [`Api`] (`client.oapi_message()`), behind the cargo feature `oapi_message`.
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
    /// `POST /topapi/message/corpconversation/asyncsend_v2`: DingTalk's `AsyncSendV2` (module feature `oapi_message`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding a [`AsyncSendV2Error`]: a variant per code of the operation's error table, and `Unhandled`; other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AsyncSendV2")]
    #[doc(alias = "/topapi/message/corpconversation/asyncsend_v2")]
    #[doc(alias = "POST /topapi/message/corpconversation/asyncsend_v2")]
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
    /// `POST /topapi/message/corpconversation/getsendprogress`: DingTalk's `GetSendProgress` (module feature `oapi_message`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSendProgress")]
    #[doc(alias = "/topapi/message/corpconversation/getsendprogress")]
    #[doc(alias = "POST /topapi/message/corpconversation/getsendprogress")]
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
    /// `POST /topapi/message/corpconversation/getsendresult`: DingTalk's `GetSendResult` (module feature `oapi_message`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSendResult")]
    #[doc(alias = "/topapi/message/corpconversation/getsendresult")]
    #[doc(alias = "POST /topapi/message/corpconversation/getsendresult")]
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
    /// `POST /topapi/message/corpconversation/recall`: DingTalk's `Recall` (module feature `oapi_message`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "Recall")]
    #[doc(alias = "/topapi/message/corpconversation/recall")]
    #[doc(alias = "POST /topapi/message/corpconversation/recall")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`WorkMessage`], each named where it is set: `WorkMessage::new(WorkMessageRequired { .. })`.
pub struct WorkMessageRequired {
    /// `msgtype`: see [`WorkMessage::msgtype`].
    pub msgtype: String,
}
impl WorkMessage {
    /// A `WorkMessage` with its required fields (`msgtype`); set the others with the methods named after them.
    pub fn new(required: WorkMessageRequired) -> Self {
        let WorkMessageRequired { msgtype } = required;
        Self {
            msgtype,
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
rt::impl_serialize! {
    WorkMessage { "msgtype" => field(msgtype), "text" => optional(text), "markdown" =>
    optional(markdown), "link" => optional(link), "action_card" => optional(action_card),
    "image" => optional(image), "file" => optional(file), "voice" => optional(voice),
    "oa" => optional(oa) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WorkMessage { "msgtype" => read_field(msgtype), "text" => read_field(text),
    "markdown" => read_field(markdown), "link" => read_field(link), "action_card" =>
    read_field(action_card), "image" => read_field(image), "file" => read_field(file),
    "voice" => read_field(voice), "oa" => read_field(oa) }
}
/// `WorkMessageText`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WorkMessageText {
    /// 消息内容。
    pub content: String,
}
/// The required fields of [`WorkMessageText`], each named where it is set: `WorkMessageText::new(WorkMessageTextRequired { .. })`.
pub struct WorkMessageTextRequired {
    /// `content`: see [`WorkMessageText::content`].
    pub content: String,
}
impl WorkMessageText {
    /// A `WorkMessageText` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(required: WorkMessageTextRequired) -> Self {
        let WorkMessageTextRequired { content } = required;
        Self { content }
    }
}
rt::impl_serialize! {
    WorkMessageText { "content" => field(content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WorkMessageText { "content" => read_field(content) }
}
/// `WorkMessageMarkdown`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WorkMessageMarkdown {
    /// 首屏会话透出的展示内容。
    pub title: String,
    /// Markdown 格式的消息内容。
    pub text: String,
}
/// The required fields of [`WorkMessageMarkdown`], each named where it is set: `WorkMessageMarkdown::new(WorkMessageMarkdownRequired { .. })`.
pub struct WorkMessageMarkdownRequired {
    /// `title`: see [`WorkMessageMarkdown::title`].
    pub title: String,
    /// `text`: see [`WorkMessageMarkdown::text`].
    pub text: String,
}
impl WorkMessageMarkdown {
    /// A `WorkMessageMarkdown` with its required fields (`title`, `text`); set the others with the methods named after them.
    pub fn new(required: WorkMessageMarkdownRequired) -> Self {
        let WorkMessageMarkdownRequired { title, text } = required;
        Self { title, text }
    }
}
rt::impl_serialize! {
    WorkMessageMarkdown { "title" => field(title), "text" => field(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WorkMessageMarkdown { "title" => read_field(title), "text" => read_field(text) }
}
/// `WorkMessageLink`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`WorkMessageLink`], each named where it is set: `WorkMessageLink::new(WorkMessageLinkRequired { .. })`.
pub struct WorkMessageLinkRequired {
    /// `messageUrl`: see [`WorkMessageLink::message_url`].
    pub message_url: String,
    /// `picUrl`: see [`WorkMessageLink::pic_url`].
    pub pic_url: String,
    /// `title`: see [`WorkMessageLink::title`].
    pub title: String,
    /// `text`: see [`WorkMessageLink::text`].
    pub text: String,
}
impl WorkMessageLink {
    /// A `WorkMessageLink` with its required fields (`messageUrl`, `picUrl`, `title`, `text`); set the others with the methods named after them.
    pub fn new(required: WorkMessageLinkRequired) -> Self {
        let WorkMessageLinkRequired { message_url, pic_url, title, text } = required;
        Self {
            message_url,
            pic_url,
            title,
            text,
        }
    }
}
rt::impl_serialize! {
    WorkMessageLink { "messageUrl" => field(message_url), "picUrl" => field(pic_url),
    "title" => field(title), "text" => field(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WorkMessageLink { "messageUrl" => read_field(message_url), "picUrl" =>
    read_field(pic_url), "title" => read_field(title), "text" => read_field(text) }
}
/// `WorkMessageActionCard`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`WorkMessageActionCard`], each named where it is set: `WorkMessageActionCard::new(WorkMessageActionCardRequired { .. })`.
pub struct WorkMessageActionCardRequired {
    /// `markdown`: see [`WorkMessageActionCard::markdown`].
    pub markdown: String,
}
impl WorkMessageActionCard {
    /// A `WorkMessageActionCard` with its required fields (`markdown`); set the others with the methods named after them.
    pub fn new(required: WorkMessageActionCardRequired) -> Self {
        let WorkMessageActionCardRequired { markdown } = required;
        Self {
            title: None,
            markdown,
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
rt::impl_serialize! {
    WorkMessageActionCard { "title" => optional(title), "markdown" => field(markdown),
    "single_title" => optional(single_title), "single_url" => optional(single_url),
    "btn_orientation" => optional(btn_orientation), "btn_json_list" =>
    optional(btn_json_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WorkMessageActionCard { "title" => read_field(title), "markdown" =>
    read_field(markdown), "single_title" => read_field(single_title), "single_url" =>
    read_field(single_url), "btn_orientation" => read_field(btn_orientation),
    "btn_json_list" => read_field(btn_json_list) }
}
/// `WorkMessageActionCardBtnJsonList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WorkMessageActionCardBtnJsonList {
    /// 按钮标题。
    pub title: String,
    /// 按钮链接。
    pub action_url: String,
}
/// The required fields of [`WorkMessageActionCardBtnJsonList`], each named where it is set: `WorkMessageActionCardBtnJsonList::new(WorkMessageActionCardBtnJsonListRequired { .. })`.
pub struct WorkMessageActionCardBtnJsonListRequired {
    /// `title`: see [`WorkMessageActionCardBtnJsonList::title`].
    pub title: String,
    /// `action_url`: see [`WorkMessageActionCardBtnJsonList::action_url`].
    pub action_url: String,
}
impl WorkMessageActionCardBtnJsonList {
    /// A `WorkMessageActionCardBtnJsonList` with its required fields (`title`, `action_url`); set the others with the methods named after them.
    pub fn new(required: WorkMessageActionCardBtnJsonListRequired) -> Self {
        let WorkMessageActionCardBtnJsonListRequired { title, action_url } = required;
        Self { title, action_url }
    }
}
rt::impl_serialize! {
    WorkMessageActionCardBtnJsonList { "title" => field(title), "action_url" =>
    field(action_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WorkMessageActionCardBtnJsonList { "title" => read_field(title), "action_url" =>
    read_field(action_url) }
}
/// `WorkMessageImage`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WorkMessageImage {
    /// 图片的媒体文件 id。
    pub media_id: String,
}
/// The required fields of [`WorkMessageImage`], each named where it is set: `WorkMessageImage::new(WorkMessageImageRequired { .. })`.
pub struct WorkMessageImageRequired {
    /// `media_id`: see [`WorkMessageImage::media_id`].
    pub media_id: String,
}
impl WorkMessageImage {
    /// A `WorkMessageImage` with its required fields (`media_id`); set the others with the methods named after them.
    pub fn new(required: WorkMessageImageRequired) -> Self {
        let WorkMessageImageRequired { media_id } = required;
        Self { media_id }
    }
}
rt::impl_serialize! {
    WorkMessageImage { "media_id" => field(media_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WorkMessageImage { "media_id" => read_field(media_id) }
}
/// `WorkMessageFile`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WorkMessageFile {
    /// 文件的媒体文件 id。
    pub media_id: String,
}
/// The required fields of [`WorkMessageFile`], each named where it is set: `WorkMessageFile::new(WorkMessageFileRequired { .. })`.
pub struct WorkMessageFileRequired {
    /// `media_id`: see [`WorkMessageFile::media_id`].
    pub media_id: String,
}
impl WorkMessageFile {
    /// A `WorkMessageFile` with its required fields (`media_id`); set the others with the methods named after them.
    pub fn new(required: WorkMessageFileRequired) -> Self {
        let WorkMessageFileRequired { media_id } = required;
        Self { media_id }
    }
}
rt::impl_serialize! {
    WorkMessageFile { "media_id" => field(media_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WorkMessageFile { "media_id" => read_field(media_id) }
}
/// `WorkMessageVoice`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WorkMessageVoice {
    /// 语音的媒体文件 id。
    pub media_id: String,
    /// 音频时长(秒)。
    pub duration: String,
}
/// The required fields of [`WorkMessageVoice`], each named where it is set: `WorkMessageVoice::new(WorkMessageVoiceRequired { .. })`.
pub struct WorkMessageVoiceRequired {
    /// `media_id`: see [`WorkMessageVoice::media_id`].
    pub media_id: String,
    /// `duration`: see [`WorkMessageVoice::duration`].
    pub duration: String,
}
impl WorkMessageVoice {
    /// A `WorkMessageVoice` with its required fields (`media_id`, `duration`); set the others with the methods named after them.
    pub fn new(required: WorkMessageVoiceRequired) -> Self {
        let WorkMessageVoiceRequired { media_id, duration } = required;
        Self { media_id, duration }
    }
}
rt::impl_serialize! {
    WorkMessageVoice { "media_id" => field(media_id), "duration" => field(duration) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WorkMessageVoice { "media_id" => read_field(media_id), "duration" =>
    read_field(duration) }
}
/// The request of [`Api::async_send_v2`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AsyncSendV2Request`], each named where it is set: `AsyncSendV2Request::new(AsyncSendV2Required { .. })`.
pub struct AsyncSendV2Required {
    /// `agent_id`: see [`AsyncSendV2Request::agent_id`].
    pub agent_id: i64,
    /// `msg`: see [`AsyncSendV2Request::msg`].
    pub msg: WorkMessage,
}
impl AsyncSendV2Request {
    /// A `AsyncSendV2Request` with its required fields (`agent_id`, `msg`); set the others with the methods named after them.
    pub fn new(required: AsyncSendV2Required) -> Self {
        let AsyncSendV2Required { agent_id, msg } = required;
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
rt::impl_serialize! {
    AsyncSendV2Request { "agent_id" => field(agent_id), "userid_list" =>
    optional(userid_list), "dept_id_list" => optional(dept_id_list), "to_all_user" =>
    optional(to_all_user), "msg" => field(msg) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AsyncSendV2Request { "agent_id" => read_field(agent_id), "userid_list" =>
    read_field(userid_list), "dept_id_list" => read_field(dept_id_list), "to_all_user" =>
    read_field(to_all_user), "msg" => read_field(msg) }
}
impl rt::WriteRequest for AsyncSendV2Request {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `AsyncSendV2Response`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AsyncSendV2Response {
    /// 创建的异步发送任务 id。
    pub task_id: Option<i64>,
    /// 请求 id。
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    AsyncSendV2Response { "task_id" => read_field(task_id), "request_id" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AsyncSendV2Response { "task_id" => optional(task_id), "request_id" =>
    optional(request_id) }
}
/// The request of [`Api::get_send_progress`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSendProgressRequest {
    /// 发送消息时使用的微应用的 AgentID。
    pub agent_id: i64,
    /// 发送消息时钉钉返回的任务 id。
    pub task_id: i64,
}
/// The required fields of [`GetSendProgressRequest`], each named where it is set: `GetSendProgressRequest::new(GetSendProgressRequired { .. })`.
pub struct GetSendProgressRequired {
    /// `agent_id`: see [`GetSendProgressRequest::agent_id`].
    pub agent_id: i64,
    /// `task_id`: see [`GetSendProgressRequest::task_id`].
    pub task_id: i64,
}
impl GetSendProgressRequest {
    /// A `GetSendProgressRequest` with its required fields (`agent_id`, `task_id`); set the others with the methods named after them.
    pub fn new(required: GetSendProgressRequired) -> Self {
        let GetSendProgressRequired { agent_id, task_id } = required;
        Self { agent_id, task_id }
    }
}
rt::impl_serialize! {
    GetSendProgressRequest { "agent_id" => field(agent_id), "task_id" => field(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSendProgressRequest { "agent_id" => read_field(agent_id), "task_id" =>
    read_field(task_id) }
}
impl rt::WriteRequest for GetSendProgressRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `GetSendProgressResponse`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSendProgressResponse {
    /// `progress`.
    pub progress: Option<GetSendProgressResponseProgress>,
    /// 请求 id。
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetSendProgressResponse { "progress" => read_field(progress), "request_id" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSendProgressResponse { "progress" => optional(progress), "request_id" =>
    optional(request_id) }
}
/// `GetSendProgressResponseProgress`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSendProgressResponseProgress {
    /// 取值 0~100，表示处理的百分比。
    pub progress_in_percent: Option<i64>,
    /// 任务执行状态:0 未开始，1 处理中，2 处理完毕。
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    GetSendProgressResponseProgress { "progress_in_percent" =>
    read_field(progress_in_percent), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSendProgressResponseProgress { "progress_in_percent" =>
    optional(progress_in_percent), "status" => optional(status) }
}
/// The request of [`Api::get_send_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSendResultRequest {
    /// 发送消息时使用的微应用的 AgentID。
    pub agent_id: i64,
    /// 发送消息时钉钉返回的任务 id。
    pub task_id: i64,
}
/// The required fields of [`GetSendResultRequest`], each named where it is set: `GetSendResultRequest::new(GetSendResultRequired { .. })`.
pub struct GetSendResultRequired {
    /// `agent_id`: see [`GetSendResultRequest::agent_id`].
    pub agent_id: i64,
    /// `task_id`: see [`GetSendResultRequest::task_id`].
    pub task_id: i64,
}
impl GetSendResultRequest {
    /// A `GetSendResultRequest` with its required fields (`agent_id`, `task_id`); set the others with the methods named after them.
    pub fn new(required: GetSendResultRequired) -> Self {
        let GetSendResultRequired { agent_id, task_id } = required;
        Self { agent_id, task_id }
    }
}
rt::impl_serialize! {
    GetSendResultRequest { "agent_id" => field(agent_id), "task_id" => field(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSendResultRequest { "agent_id" => read_field(agent_id), "task_id" =>
    read_field(task_id) }
}
impl rt::WriteRequest for GetSendResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `GetSendResultResponse`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSendResultResponse {
    /// `send_result`.
    pub send_result: Option<GetSendResultResponseSendResult>,
    /// 请求 id。
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    GetSendResultResponse { "send_result" => read_field(send_result), "request_id" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSendResultResponse { "send_result" => optional(send_result), "request_id" =>
    optional(request_id) }
}
/// `GetSendResultResponseSendResult`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetSendResultResponseSendResult { "invalid_user_id_list" =>
    read_field(invalid_user_id_list), "forbidden_user_id_list" =>
    read_field(forbidden_user_id_list), "failed_user_id_list" =>
    read_field(failed_user_id_list), "read_user_id_list" =>
    read_field(read_user_id_list), "unread_user_id_list" =>
    read_field(unread_user_id_list), "invalid_dept_id_list" =>
    read_field(invalid_dept_id_list), "forbidden_list" => read_field(forbidden_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSendResultResponseSendResult { "invalid_user_id_list" =>
    optional(invalid_user_id_list), "forbidden_user_id_list" =>
    optional(forbidden_user_id_list), "failed_user_id_list" =>
    optional(failed_user_id_list), "read_user_id_list" => optional(read_user_id_list),
    "unread_user_id_list" => optional(unread_user_id_list), "invalid_dept_id_list" =>
    optional(invalid_dept_id_list), "forbidden_list" => optional(forbidden_list) }
}
/// `GetSendResultResponseSendResultForbiddenList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSendResultResponseSendResultForbiddenList {
    /// 流控 code。
    pub code: Option<String>,
    /// 流控阈值。
    pub count: Option<i64>,
    /// 被流控的 userid。
    pub userid: Option<String>,
}
rt::impl_deserialize! {
    GetSendResultResponseSendResultForbiddenList { "code" => read_field(code), "count" =>
    read_field(count), "userid" => read_field(userid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSendResultResponseSendResultForbiddenList { "code" => optional(code), "count" =>
    optional(count), "userid" => optional(userid) }
}
/// The request of [`Api::recall`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RecallRequest {
    /// 发送消息时使用的微应用的 AgentID。
    pub agent_id: i64,
    /// 发送消息时钉钉返回的任务 id。
    pub msg_task_id: i64,
}
/// The required fields of [`RecallRequest`], each named where it is set: `RecallRequest::new(RecallRequired { .. })`.
pub struct RecallRequired {
    /// `agent_id`: see [`RecallRequest::agent_id`].
    pub agent_id: i64,
    /// `msg_task_id`: see [`RecallRequest::msg_task_id`].
    pub msg_task_id: i64,
}
impl RecallRequest {
    /// A `RecallRequest` with its required fields (`agent_id`, `msg_task_id`); set the others with the methods named after them.
    pub fn new(required: RecallRequired) -> Self {
        let RecallRequired { agent_id, msg_task_id } = required;
        Self { agent_id, msg_task_id }
    }
}
rt::impl_serialize! {
    RecallRequest { "agent_id" => field(agent_id), "msg_task_id" => field(msg_task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RecallRequest { "agent_id" => read_field(agent_id), "msg_task_id" =>
    read_field(msg_task_id) }
}
impl rt::WriteRequest for RecallRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// `RecallResponse`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RecallResponse {
    /// 请求 id。
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    RecallResponse { "request_id" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RecallResponse { "request_id" => optional(request_id) }
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
rt::impl_operation_error! {
    AsyncSendV2Error { V33012 = "33012" }
}
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
