// @generated from api-spec/flashmsg_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 闪读 (Flash Message)：闪读插件规则与用户信息。
//!
//! 8 operations, methods of [`Api`] (`client.flashmsg_1_0()`), behind the cargo feature `flashmsg_1_0`; its paths start with `/v1.0/flashmsg/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `flashmsg_1_0`. Get it with `client.flashmsg_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 添加插件规则
    ///
    /// `POST /v1.0/flashmsg/plugins`: DingTalk's `AddPluginRule` (module feature `flashmsg_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddPluginRule")]
    #[doc(alias = "/v1.0/flashmsg/plugins")]
    #[doc(alias = "POST /v1.0/flashmsg/plugins")]
    pub fn add_plugin_rule(
        &self,
        request: &AddPluginRuleRequest,
    ) -> rt::Call<AddPluginRuleResponseBody, AddPluginRuleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddPluginRule",
            rt::Method::Post,
            "/v1.0/flashmsg/plugins",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除插件规则
    ///
    /// `POST /v1.0/flashmsg/plugins/remove`: DingTalk's `DeletePlguinRule` (module feature `flashmsg_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeletePlguinRule")]
    #[doc(alias = "/v1.0/flashmsg/plugins/remove")]
    #[doc(alias = "POST /v1.0/flashmsg/plugins/remove")]
    pub fn delete_plguin_rule(
        &self,
        request: &DeletePlguinRuleRequest,
    ) -> rt::Call<DeletePlguinRuleResponseBody, DeletePlguinRuleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeletePlguinRule",
            rt::Method::Post,
            "/v1.0/flashmsg/plugins/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 闪读用户基础信息查询
    ///
    /// `POST /v1.0/flashmsg/users/baseInfos/query`: DingTalk's `GetBaseProfileList` (module feature `flashmsg_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetBaseProfileList")]
    #[doc(alias = "/v1.0/flashmsg/users/baseInfos/query")]
    #[doc(alias = "POST /v1.0/flashmsg/users/baseInfos/query")]
    pub fn get_base_profile_list(
        &self,
        request: &GetBaseProfileListRequest,
    ) -> rt::Call<GetBaseProfileListResponseBody, GetBaseProfileListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetBaseProfileList",
            rt::Method::Post,
            "/v1.0/flashmsg/users/baseInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获得闪读会话信息
    ///
    /// `GET /v1.0/flashmsg/conversations/infos`: DingTalk's `GetConversation` (module feature `flashmsg_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetConversation")]
    #[doc(alias = "/v1.0/flashmsg/conversations/infos")]
    #[doc(alias = "GET /v1.0/flashmsg/conversations/infos")]
    pub fn get_conversation(
        &self,
        request: &GetConversationRequest,
    ) -> rt::Call<GetConversationResponseBody, GetConversationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetConversation",
            rt::Method::Get,
            "/v1.0/flashmsg/conversations/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获得成员ID列表
    ///
    /// `GET /v1.0/flashmsg/conversations/memberIdLists`: DingTalk's `GetMemberList` (module feature `flashmsg_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_member_list_pages`].
    #[doc(alias = "GetMemberList")]
    #[doc(alias = "/v1.0/flashmsg/conversations/memberIdLists")]
    #[doc(alias = "GET /v1.0/flashmsg/conversations/memberIdLists")]
    pub fn get_member_list(
        &self,
        request: &GetMemberListRequest,
    ) -> rt::Call<GetMemberListResponseBody, GetMemberListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMemberList",
            rt::Method::Get,
            "/v1.0/flashmsg/conversations/memberIdLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询插件规则
    ///
    /// `GET /v1.0/flashmsg/plugins`: DingTalk's `QueryPluginRule` (module feature `flashmsg_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_plugin_rule_pages`].
    #[doc(alias = "QueryPluginRule")]
    #[doc(alias = "/v1.0/flashmsg/plugins")]
    #[doc(alias = "GET /v1.0/flashmsg/plugins")]
    pub fn query_plugin_rule(
        &self,
        request: &QueryPluginRuleRequest,
    ) -> rt::Call<QueryPluginRuleResponseBody, QueryPluginRuleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPluginRule",
            rt::Method::Get,
            "/v1.0/flashmsg/plugins",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送Ding提示消息
    ///
    /// `POST /v1.0/flashmsg/ding/messages/send`: DingTalk's `SendDingTip` (module feature `flashmsg_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendDingTip")]
    #[doc(alias = "/v1.0/flashmsg/ding/messages/send")]
    #[doc(alias = "POST /v1.0/flashmsg/ding/messages/send")]
    pub fn send_ding_tip(
        &self,
        request: &SendDingTipRequest,
    ) -> rt::Call<SendDingTipResponseBody, SendDingTipError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendDingTip",
            rt::Method::Post,
            "/v1.0/flashmsg/ding/messages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发送闪读消息提示
    ///
    /// `POST /v1.0/flashmsg/messages/send`: DingTalk's `SendMessageTip` (module feature `flashmsg_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendMessageTip")]
    #[doc(alias = "/v1.0/flashmsg/messages/send")]
    #[doc(alias = "POST /v1.0/flashmsg/messages/send")]
    pub fn send_message_tip(
        &self,
        request: &SendMessageTipRequest,
    ) -> rt::Call<SendMessageTipResponseBody, SendMessageTipError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendMessageTip",
            rt::Method::Post,
            "/v1.0/flashmsg/messages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_member_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `result` of each page.
    pub fn get_member_list_pages(
        &self,
        request: &GetMemberListRequest,
    ) -> rt::Paginator<GetMemberListResponseBody, GetMemberListError, String> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result"],
            &[],
            &[],
        );
        rt::Paginator::new(self.get_member_list(request), &PAGING)
    }
    /// Every page of [`Api::query_plugin_rule`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `result.total` items are read. Items: `result.data` of each page.
    pub fn query_plugin_rule_pages(
        &self,
        request: &QueryPluginRuleRequest,
    ) -> rt::Paginator<
        QueryPluginRuleResponseBody,
        QueryPluginRuleError,
        QueryPluginRuleResponseBodyResultData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result", "data"],
            &[],
            &["result", "total"],
        );
        rt::Paginator::new(self.query_plugin_rule(request), &PAGING)
    }
}
/// `AddPluginRuleRequestRules`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddPluginRuleRequestRules {
    /// `itemId`.
    pub item_id: String,
    /// `itemName`.
    pub item_name: String,
}
/// The required fields of [`AddPluginRuleRequestRules`], each named where it is set: `AddPluginRuleRequestRules::new(AddPluginRuleRequestRulesRequired { .. })`.
pub struct AddPluginRuleRequestRulesRequired {
    /// `itemId`: see [`AddPluginRuleRequestRules::item_id`].
    pub item_id: String,
    /// `itemName`: see [`AddPluginRuleRequestRules::item_name`].
    pub item_name: String,
}
impl AddPluginRuleRequestRules {
    /// A `AddPluginRuleRequestRules` with its required fields (`itemId`, `itemName`); set the others with the methods named after them.
    pub fn new(required: AddPluginRuleRequestRulesRequired) -> Self {
        let AddPluginRuleRequestRulesRequired { item_id, item_name } = required;
        Self { item_id, item_name }
    }
}
rt::impl_serialize! {
    AddPluginRuleRequestRules { "itemId" => field(item_id), "itemName" =>
    field(item_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddPluginRuleRequestRules { "itemId" => read_field(item_id), "itemName" =>
    read_field(item_name) }
}
/// `AddPluginRuleResponseBody`, a model several operations share: also named [`DeletePlguinRuleResponseBody`], [`SendDingTipResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddPluginRuleResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddPluginRuleResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddPluginRuleResponseBody { "success" => optional(success) }
}
/// `DeletePlguinRuleResponseBody`: the same model as [`AddPluginRuleResponseBody`].
pub type DeletePlguinRuleResponseBody = AddPluginRuleResponseBody;
/// `GetBaseProfileListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetBaseProfileListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetBaseProfileListResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetBaseProfileListResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetBaseProfileListResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetConversationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConversationResponseBody {
    /// `result`.
    pub result: Option<GetConversationResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetConversationResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConversationResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetMemberListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMemberListResponseBody {
    /// `result`.
    pub result: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetMemberListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMemberListResponseBody { "result" => optional(result) }
}
/// `QueryPluginRuleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPluginRuleResponseBody {
    /// `result`.
    pub result: Option<QueryPluginRuleResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryPluginRuleResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPluginRuleResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `SendDingTipRequestLink`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendDingTipRequestLink {
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `linkUrl`.
    pub link_url: String,
    /// `picMediaId`.
    pub pic_media_id: Option<String>,
    /// `text`.
    pub text: String,
}
/// The required fields of [`SendDingTipRequestLink`], each named where it is set: `SendDingTipRequestLink::new(SendDingTipRequestLinkRequired { .. })`.
pub struct SendDingTipRequestLinkRequired {
    /// `linkUrl`: see [`SendDingTipRequestLink::link_url`].
    pub link_url: String,
    /// `text`: see [`SendDingTipRequestLink::text`].
    pub text: String,
}
impl SendDingTipRequestLink {
    /// A `SendDingTipRequestLink` with its required fields (`linkUrl`, `text`); set the others with the methods named after them.
    pub fn new(required: SendDingTipRequestLinkRequired) -> Self {
        let SendDingTipRequestLinkRequired { link_url, text } = required;
        Self {
            extension: None,
            link_url,
            pic_media_id: None,
            text,
        }
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
    /// Sets `picMediaId`.
    pub fn pic_media_id(mut self, value: impl Into<String>) -> Self {
        self.pic_media_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendDingTipRequestLink { "extension" => optional(extension), "linkUrl" =>
    field(link_url), "picMediaId" => optional(pic_media_id), "text" => field(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendDingTipRequestLink { "extension" => read_field(extension), "linkUrl" =>
    read_field(link_url), "picMediaId" => read_field(pic_media_id), "text" =>
    read_field(text) }
}
/// `SendDingTipResponseBody`: the same model as [`AddPluginRuleResponseBody`].
pub type SendDingTipResponseBody = AddPluginRuleResponseBody;
/// `SendMessageTipRequestDefaultView`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendMessageTipRequestDefaultView {
    /// `actionName`.
    pub action_name: Option<String>,
    /// `actionUrl`.
    pub action_url: Option<String>,
    /// `authCode`.
    pub auth_code: Option<String>,
    /// `authMediaId`.
    pub auth_media_id: Option<String>,
    /// `cardTitle`.
    pub card_title: Option<String>,
    /// `cardTitleColor`.
    pub card_title_color: Option<String>,
    /// `desc`.
    pub desc: Option<String>,
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `needShowUpdateTail`.
    pub need_show_update_tail: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl SendMessageTipRequestDefaultView {
    /// An empty `SendMessageTipRequestDefaultView`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionName`.
    pub fn action_name(mut self, value: impl Into<String>) -> Self {
        self.action_name = Some(value.into());
        self
    }
    /// Sets `actionUrl`.
    pub fn action_url(mut self, value: impl Into<String>) -> Self {
        self.action_url = Some(value.into());
        self
    }
    /// Sets `authCode`.
    pub fn auth_code(mut self, value: impl Into<String>) -> Self {
        self.auth_code = Some(value.into());
        self
    }
    /// Sets `authMediaId`.
    pub fn auth_media_id(mut self, value: impl Into<String>) -> Self {
        self.auth_media_id = Some(value.into());
        self
    }
    /// Sets `cardTitle`.
    pub fn card_title(mut self, value: impl Into<String>) -> Self {
        self.card_title = Some(value.into());
        self
    }
    /// Sets `cardTitleColor`.
    pub fn card_title_color(mut self, value: impl Into<String>) -> Self {
        self.card_title_color = Some(value.into());
        self
    }
    /// Sets `desc`.
    pub fn desc(mut self, value: impl Into<String>) -> Self {
        self.desc = Some(value.into());
        self
    }
    /// Sets `mediaId`.
    pub fn media_id(mut self, value: impl Into<String>) -> Self {
        self.media_id = Some(value.into());
        self
    }
    /// Sets `needShowUpdateTail`.
    pub fn need_show_update_tail(mut self, value: impl Into<String>) -> Self {
        self.need_show_update_tail = Some(value.into());
        self
    }
    /// Sets `summary`.
    pub fn summary(mut self, value: impl Into<String>) -> Self {
        self.summary = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendMessageTipRequestDefaultView { "actionName" => optional(action_name), "actionUrl"
    => optional(action_url), "authCode" => optional(auth_code), "authMediaId" =>
    optional(auth_media_id), "cardTitle" => optional(card_title), "cardTitleColor" =>
    optional(card_title_color), "desc" => optional(desc), "mediaId" =>
    optional(media_id), "needShowUpdateTail" => optional(need_show_update_tail),
    "summary" => optional(summary), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMessageTipRequestDefaultView { "actionName" => read_field(action_name),
    "actionUrl" => read_field(action_url), "authCode" => read_field(auth_code),
    "authMediaId" => read_field(auth_media_id), "cardTitle" => read_field(card_title),
    "cardTitleColor" => read_field(card_title_color), "desc" => read_field(desc),
    "mediaId" => read_field(media_id), "needShowUpdateTail" =>
    read_field(need_show_update_tail), "summary" => read_field(summary), "title" =>
    read_field(title) }
}
/// `PrivateFieldMapValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PrivateFieldMapValue {
    /// `tipTitle`.
    pub tip_title: Option<String>,
    /// `isDingSend`.
    pub is_ding_send: Option<bool>,
    /// `isRead`.
    pub is_read: Option<bool>,
    /// `buttonStatus`.
    pub button_status: Option<String>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
}
impl PrivateFieldMapValue {
    /// An empty `PrivateFieldMapValue`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `tipTitle`.
    pub fn tip_title(mut self, value: impl Into<String>) -> Self {
        self.tip_title = Some(value.into());
        self
    }
    /// Sets `isDingSend`.
    pub fn is_ding_send(mut self, value: bool) -> Self {
        self.is_ding_send = Some(value);
        self
    }
    /// Sets `isRead`.
    pub fn is_read(mut self, value: bool) -> Self {
        self.is_read = Some(value);
        self
    }
    /// Sets `buttonStatus`.
    pub fn button_status(mut self, value: impl Into<String>) -> Self {
        self.button_status = Some(value.into());
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
}
rt::impl_serialize! {
    PrivateFieldMapValue { "tipTitle" => optional(tip_title), "isDingSend" =>
    optional(is_ding_send), "isRead" => optional(is_read), "buttonStatus" =>
    optional(button_status), "extension" => optional(extension) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PrivateFieldMapValue { "tipTitle" => read_field(tip_title), "isDingSend" =>
    read_field(is_ding_send), "isRead" => read_field(is_read), "buttonStatus" =>
    read_field(button_status), "extension" => read_field(extension) }
}
/// `SendMessageTipRequestPublicField`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendMessageTipRequestPublicField {
    /// `detailUrl`.
    pub detail_url: Option<String>,
    /// `durationDesc`.
    pub duration_desc: Option<String>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `isExpired`.
    pub is_expired: Option<bool>,
    /// `readActionUrl`.
    pub read_action_url: Option<String>,
    /// `readProgressDesc`.
    pub read_progress_desc: Option<String>,
}
impl SendMessageTipRequestPublicField {
    /// An empty `SendMessageTipRequestPublicField`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `detailUrl`.
    pub fn detail_url(mut self, value: impl Into<String>) -> Self {
        self.detail_url = Some(value.into());
        self
    }
    /// Sets `durationDesc`.
    pub fn duration_desc(mut self, value: impl Into<String>) -> Self {
        self.duration_desc = Some(value.into());
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
    /// Sets `isExpired`.
    pub fn is_expired(mut self, value: bool) -> Self {
        self.is_expired = Some(value);
        self
    }
    /// Sets `readActionUrl`.
    pub fn read_action_url(mut self, value: impl Into<String>) -> Self {
        self.read_action_url = Some(value.into());
        self
    }
    /// Sets `readProgressDesc`.
    pub fn read_progress_desc(mut self, value: impl Into<String>) -> Self {
        self.read_progress_desc = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendMessageTipRequestPublicField { "detailUrl" => optional(detail_url),
    "durationDesc" => optional(duration_desc), "extension" => optional(extension),
    "isExpired" => optional(is_expired), "readActionUrl" => optional(read_action_url),
    "readProgressDesc" => optional(read_progress_desc) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMessageTipRequestPublicField { "detailUrl" => read_field(detail_url),
    "durationDesc" => read_field(duration_desc), "extension" => read_field(extension),
    "isExpired" => read_field(is_expired), "readActionUrl" =>
    read_field(read_action_url), "readProgressDesc" => read_field(read_progress_desc) }
}
/// `SendMessageTipResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendMessageTipResponseBody {
    /// `result`.
    pub result: Option<SendMessageTipResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SendMessageTipResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendMessageTipResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetBaseProfileListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetBaseProfileListResponseBodyResult {
    /// `avatarMediaId`.
    pub avatar_media_id: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `nickPinyin`.
    pub nick_pinyin: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetBaseProfileListResponseBodyResult { "avatarMediaId" =>
    read_field(avatar_media_id), "nick" => read_field(nick), "nickPinyin" =>
    read_field(nick_pinyin), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetBaseProfileListResponseBodyResult { "avatarMediaId" => optional(avatar_media_id),
    "nick" => optional(nick), "nickPinyin" => optional(nick_pinyin), "userId" =>
    optional(user_id) }
}
/// `GetConversationResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConversationResponseBodyResult {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `memberCount`.
    pub member_count: Option<i64>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetConversationResponseBodyResult { "corpId" => read_field(corp_id), "memberCount" =>
    read_field(member_count), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConversationResponseBodyResult { "corpId" => optional(corp_id), "memberCount" =>
    optional(member_count), "title" => optional(title) }
}
/// `QueryPluginRuleResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPluginRuleResponseBodyResult {
    /// `data`.
    pub data: Option<Vec<QueryPluginRuleResponseBodyResultData>>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    QueryPluginRuleResponseBodyResult { "data" => read_field(data), "total" =>
    read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPluginRuleResponseBodyResult { "data" => optional(data), "total" =>
    optional(total) }
}
/// `SendMessageTipResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SendMessageTipResponseBodyResult {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `cardInstanceId`.
    pub card_instance_id: Option<String>,
}
rt::impl_deserialize! {
    SendMessageTipResponseBodyResult { "bizId" => read_field(biz_id), "cardInstanceId" =>
    read_field(card_instance_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SendMessageTipResponseBodyResult { "bizId" => optional(biz_id), "cardInstanceId" =>
    optional(card_instance_id) }
}
/// `QueryPluginRuleResponseBodyResultData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPluginRuleResponseBodyResultData {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `chatType`.
    pub chat_type: Option<String>,
    /// `code`.
    pub code: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `itemId`.
    pub item_id: Option<String>,
    /// `itemName`.
    pub item_name: Option<String>,
    /// `itemType`.
    pub item_type: Option<String>,
}
rt::impl_deserialize! {
    QueryPluginRuleResponseBodyResultData { "bizId" => read_field(biz_id), "chatType" =>
    read_field(chat_type), "code" => read_field(code), "gmtCreate" =>
    read_field(gmt_create), "itemId" => read_field(item_id), "itemName" =>
    read_field(item_name), "itemType" => read_field(item_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPluginRuleResponseBodyResultData { "bizId" => optional(biz_id), "chatType" =>
    optional(chat_type), "code" => optional(code), "gmtCreate" => optional(gmt_create),
    "itemId" => optional(item_id), "itemName" => optional(item_name), "itemType" =>
    optional(item_type) }
}
/// The request of [`Api::add_plugin_rule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddPluginRuleRequest {
    /// `chatType`.
    pub chat_type: String,
    /// `code`.
    pub code: String,
    /// `itemType`.
    pub item_type: String,
    /// `rules`.
    pub rules: Vec<AddPluginRuleRequestRules>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`AddPluginRuleRequest`], each named where it is set: `AddPluginRuleRequest::new(AddPluginRuleRequired { .. })`.
pub struct AddPluginRuleRequired {
    /// `chatType`: see [`AddPluginRuleRequest::chat_type`].
    pub chat_type: String,
    /// `code`: see [`AddPluginRuleRequest::code`].
    pub code: String,
    /// `itemType`: see [`AddPluginRuleRequest::item_type`].
    pub item_type: String,
    /// `rules`: see [`AddPluginRuleRequest::rules`].
    pub rules: Vec<AddPluginRuleRequestRules>,
    /// `userId`: see [`AddPluginRuleRequest::user_id`].
    pub user_id: String,
}
impl AddPluginRuleRequest {
    /// A `AddPluginRuleRequest` with its required fields (`chatType`, `code`, `itemType`, `rules`, `userId`); set the others with the methods named after them.
    pub fn new(required: AddPluginRuleRequired) -> Self {
        let AddPluginRuleRequired { chat_type, code, item_type, rules, user_id } = required;
        Self {
            chat_type,
            code,
            item_type,
            rules,
            user_id,
        }
    }
}
rt::impl_serialize! {
    AddPluginRuleRequest { "chatType" => field(chat_type), "code" => field(code),
    "itemType" => field(item_type), "rules" => field(rules), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddPluginRuleRequest { "chatType" => read_field(chat_type), "code" =>
    read_field(code), "itemType" => read_field(item_type), "rules" => read_field(rules),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for AddPluginRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_plguin_rule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeletePlguinRuleRequest {
    /// `bizIdList`.
    pub biz_id_list: Vec<String>,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`DeletePlguinRuleRequest`], each named where it is set: `DeletePlguinRuleRequest::new(DeletePlguinRuleRequired { .. })`.
pub struct DeletePlguinRuleRequired {
    /// `bizIdList`: see [`DeletePlguinRuleRequest::biz_id_list`].
    pub biz_id_list: Vec<String>,
    /// `userId`: see [`DeletePlguinRuleRequest::user_id`].
    pub user_id: String,
}
impl DeletePlguinRuleRequest {
    /// A `DeletePlguinRuleRequest` with its required fields (`bizIdList`, `userId`); set the others with the methods named after them.
    pub fn new(required: DeletePlguinRuleRequired) -> Self {
        let DeletePlguinRuleRequired { biz_id_list, user_id } = required;
        Self { biz_id_list, user_id }
    }
}
rt::impl_serialize! {
    DeletePlguinRuleRequest { "bizIdList" => field(biz_id_list), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeletePlguinRuleRequest { "bizIdList" => read_field(biz_id_list), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for DeletePlguinRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_base_profile_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetBaseProfileListRequest {
    /// `body`.
    pub body: Vec<String>,
}
/// The required fields of [`GetBaseProfileListRequest`], each named where it is set: `GetBaseProfileListRequest::new(GetBaseProfileListRequired { .. })`.
pub struct GetBaseProfileListRequired {
    /// `body`: see [`GetBaseProfileListRequest::body`].
    pub body: Vec<String>,
}
impl GetBaseProfileListRequest {
    /// A `GetBaseProfileListRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: GetBaseProfileListRequired) -> Self {
        let GetBaseProfileListRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetBaseProfileListRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for GetBaseProfileListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::get_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetConversationRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
/// The required fields of [`GetConversationRequest`], each named where it is set: `GetConversationRequest::new(GetConversationRequired { .. })`.
pub struct GetConversationRequired {
    /// `openConversationId`: see [`GetConversationRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl GetConversationRequest {
    /// A `GetConversationRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(required: GetConversationRequired) -> Self {
        let GetConversationRequired { open_conversation_id } = required;
        Self {
            open_conversation_id,
            user_id: None,
        }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetConversationRequest { "openConversationId" => read_field(open_conversation_id),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_member_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMemberListRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
/// The required fields of [`GetMemberListRequest`], each named where it is set: `GetMemberListRequest::new(GetMemberListRequired { .. })`.
pub struct GetMemberListRequired {
    /// `openConversationId`: see [`GetMemberListRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `pageNumber`: see [`GetMemberListRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`GetMemberListRequest::page_size`].
    pub page_size: i64,
}
impl GetMemberListRequest {
    /// A `GetMemberListRequest` with its required fields (`openConversationId`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: GetMemberListRequired) -> Self {
        let GetMemberListRequired { open_conversation_id, page_number, page_size } = required;
        Self {
            open_conversation_id,
            page_number,
            page_size,
            user_id: None,
        }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMemberListRequest { "openConversationId" => read_field(open_conversation_id),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetMemberListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_plugin_rule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryPluginRuleRequest {
    /// `chatType`: a query parameter.
    pub chat_type: Option<String>,
    /// `code`: a query parameter.
    pub code: Option<String>,
    /// `itemId`: a query parameter.
    pub item_id: Option<String>,
    /// `itemType`: a query parameter.
    pub item_type: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`QueryPluginRuleRequest`], each named where it is set: `QueryPluginRuleRequest::new(QueryPluginRuleRequired { .. })`.
pub struct QueryPluginRuleRequired {
    /// `pageNumber`: see [`QueryPluginRuleRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QueryPluginRuleRequest::page_size`].
    pub page_size: i64,
}
impl QueryPluginRuleRequest {
    /// A `QueryPluginRuleRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: QueryPluginRuleRequired) -> Self {
        let QueryPluginRuleRequired { page_number, page_size } = required;
        Self {
            chat_type: None,
            code: None,
            item_id: None,
            item_type: None,
            page_number,
            page_size,
        }
    }
    /// Sets `chatType`.
    pub fn chat_type(mut self, value: impl Into<String>) -> Self {
        self.chat_type = Some(value.into());
        self
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `itemId`.
    pub fn item_id(mut self, value: impl Into<String>) -> Self {
        self.item_id = Some(value.into());
        self
    }
    /// Sets `itemType`.
    pub fn item_type(mut self, value: impl Into<String>) -> Self {
        self.item_type = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryPluginRuleRequest { "chatType" => read_field(chat_type), "code" =>
    read_field(code), "itemId" => read_field(item_id), "itemType" =>
    read_field(item_type), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for QueryPluginRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("chatType", &self.chat_type);
        writer.query("code", &self.code);
        writer.query("itemId", &self.item_id);
        writer.query("itemType", &self.item_type);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::send_ding_tip`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendDingTipRequest {
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `link`.
    pub link: Option<SendDingTipRequestLink>,
    /// `messageId`.
    pub message_id: String,
    /// `receiverUserId`.
    pub receiver_user_id: Vec<String>,
    /// `senderUserId`.
    pub sender_user_id: Option<String>,
    /// `textContent`.
    pub text_content: String,
}
/// The required fields of [`SendDingTipRequest`], each named where it is set: `SendDingTipRequest::new(SendDingTipRequired { .. })`.
pub struct SendDingTipRequired {
    /// `messageId`: see [`SendDingTipRequest::message_id`].
    pub message_id: String,
    /// `receiverUserId`: see [`SendDingTipRequest::receiver_user_id`].
    pub receiver_user_id: Vec<String>,
    /// `textContent`: see [`SendDingTipRequest::text_content`].
    pub text_content: String,
}
impl SendDingTipRequest {
    /// A `SendDingTipRequest` with its required fields (`messageId`, `receiverUserId`, `textContent`); set the others with the methods named after them.
    pub fn new(required: SendDingTipRequired) -> Self {
        let SendDingTipRequired { message_id, receiver_user_id, text_content } = required;
        Self {
            extension: None,
            link: None,
            message_id,
            receiver_user_id,
            sender_user_id: None,
            text_content,
        }
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
    /// Sets `link`.
    pub fn link(mut self, value: SendDingTipRequestLink) -> Self {
        self.link = Some(value);
        self
    }
    /// Sets `senderUserId`.
    pub fn sender_user_id(mut self, value: impl Into<String>) -> Self {
        self.sender_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendDingTipRequest { "extension" => optional(extension), "link" => optional(link),
    "messageId" => field(message_id), "receiverUserId" => field(receiver_user_id),
    "senderUserId" => optional(sender_user_id), "textContent" => field(text_content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendDingTipRequest { "extension" => read_field(extension), "link" =>
    read_field(link), "messageId" => read_field(message_id), "receiverUserId" =>
    read_field(receiver_user_id), "senderUserId" => read_field(sender_user_id),
    "textContent" => read_field(text_content) }
}
impl rt::WriteRequest for SendDingTipRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_message_tip`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SendMessageTipRequest {
    /// `defaultView`.
    pub default_view: Option<SendMessageTipRequestDefaultView>,
    /// `messageId`.
    pub message_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `privateFieldMap`.
    pub private_field_map: Option<rt::BTreeMap<String, PrivateFieldMapValue>>,
    /// `publicField`.
    pub public_field: Option<SendMessageTipRequestPublicField>,
    /// `receiverUserId`.
    pub receiver_user_id: Vec<String>,
    /// `senderUserId`.
    pub sender_user_id: Option<String>,
}
/// The required fields of [`SendMessageTipRequest`], each named where it is set: `SendMessageTipRequest::new(SendMessageTipRequired { .. })`.
pub struct SendMessageTipRequired {
    /// `messageId`: see [`SendMessageTipRequest::message_id`].
    pub message_id: String,
    /// `openConversationId`: see [`SendMessageTipRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `receiverUserId`: see [`SendMessageTipRequest::receiver_user_id`].
    pub receiver_user_id: Vec<String>,
}
impl SendMessageTipRequest {
    /// A `SendMessageTipRequest` with its required fields (`messageId`, `openConversationId`, `receiverUserId`); set the others with the methods named after them.
    pub fn new(required: SendMessageTipRequired) -> Self {
        let SendMessageTipRequired {
            message_id,
            open_conversation_id,
            receiver_user_id,
        } = required;
        Self {
            default_view: None,
            message_id,
            open_conversation_id,
            private_field_map: None,
            public_field: None,
            receiver_user_id,
            sender_user_id: None,
        }
    }
    /// Sets `defaultView`.
    pub fn default_view(mut self, value: SendMessageTipRequestDefaultView) -> Self {
        self.default_view = Some(value);
        self
    }
    /// Sets `privateFieldMap`.
    pub fn private_field_map(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, PrivateFieldMapValue)>,
    ) -> Self {
        self.private_field_map = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `publicField`.
    pub fn public_field(mut self, value: SendMessageTipRequestPublicField) -> Self {
        self.public_field = Some(value);
        self
    }
    /// Sets `senderUserId`.
    pub fn sender_user_id(mut self, value: impl Into<String>) -> Self {
        self.sender_user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SendMessageTipRequest { "defaultView" => optional(default_view), "messageId" =>
    field(message_id), "openConversationId" => field(open_conversation_id),
    "privateFieldMap" => optional(private_field_map), "publicField" =>
    optional(public_field), "receiverUserId" => field(receiver_user_id), "senderUserId"
    => optional(sender_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMessageTipRequest { "defaultView" => read_field(default_view), "messageId" =>
    read_field(message_id), "openConversationId" => read_field(open_conversation_id),
    "privateFieldMap" => read_field(private_field_map), "publicField" =>
    read_field(public_field), "receiverUserId" => read_field(receiver_user_id),
    "senderUserId" => read_field(sender_user_id) }
}
impl rt::WriteRequest for SendMessageTipRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_plugin_rule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddPluginRuleError = rt::ServiceError;
/// An error reply of [`Api::delete_plguin_rule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeletePlguinRuleError = rt::ServiceError;
/// An error reply of [`Api::get_base_profile_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetBaseProfileListError = rt::ServiceError;
/// An error reply of [`Api::get_conversation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetConversationError = rt::ServiceError;
/// An error reply of [`Api::get_member_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMemberListError = rt::ServiceError;
/// An error reply of [`Api::query_plugin_rule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPluginRuleError = rt::ServiceError;
/// An error reply of [`Api::send_ding_tip`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendDingTipError = rt::ServiceError;
/// An error reply of [`Api::send_message_tip`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendMessageTipError = rt::ServiceError;
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
        "AddPluginRule" => {
            rt::conformance::reply(api.add_plugin_rule(&inputs.request(true)?)).await
        }
        "DeletePlguinRule" => {
            rt::conformance::reply(api.delete_plguin_rule(&inputs.request(true)?)).await
        }
        "GetBaseProfileList" => {
            rt::conformance::reply(api.get_base_profile_list(&inputs.request(false)?))
                .await
        }
        "GetConversation" => {
            rt::conformance::reply(api.get_conversation(&inputs.request(false)?)).await
        }
        "GetMemberList" => {
            rt::conformance::reply(api.get_member_list(&inputs.request(false)?)).await
        }
        "QueryPluginRule" => {
            rt::conformance::reply(api.query_plugin_rule(&inputs.request(false)?)).await
        }
        "SendDingTip" => {
            rt::conformance::reply(api.send_ding_tip(&inputs.request(true)?)).await
        }
        "SendMessageTip" => {
            rt::conformance::reply(api.send_message_tip(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
