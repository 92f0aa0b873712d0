// @generated from api-spec/flashmsg_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.flashmsg_1_0()`. Generated from `api-spec/flashmsg_1_0.yaml`.
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
    /// `POST /v1.0/flashmsg/plugins` (operation `AddPluginRule`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddPluginRuleError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/flashmsg/plugins/remove` (operation `DeletePlguinRule`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeletePlguinRuleError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/flashmsg/users/baseInfos/query` (operation `GetBaseProfileList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetBaseProfileListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/flashmsg/conversations/infos` (operation `GetConversation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetConversationError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/flashmsg/conversations/memberIdLists` (operation `GetMemberList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMemberListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/flashmsg/plugins` (operation `QueryPluginRule`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPluginRuleError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/flashmsg/ding/messages/send` (operation `SendDingTip`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendDingTipError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/flashmsg/messages/send` (operation `SendMessageTip`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendMessageTipError`]; see [`Error`](::generated_client::Error) for the rest.
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
}
/// `AddPluginRuleRequestRules`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddPluginRuleRequestRules {
    /// `itemId`.
    pub item_id: String,
    /// `itemName`.
    pub item_name: String,
}
impl AddPluginRuleRequestRules {
    /// A `AddPluginRuleRequestRules` with its required fields (`itemId`, `itemName`); set the others with the methods named after them.
    pub fn new(item_id: impl Into<String>, item_name: impl Into<String>) -> Self {
        Self {
            item_id: item_id.into(),
            item_name: item_name.into(),
        }
    }
}
impl rt::serde::Serialize for AddPluginRuleRequestRules {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("itemId", &self.item_id)?;
        object.field("itemName", &self.item_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddPluginRuleRequestRules {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddPluginRuleRequestRules {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "itemId" => rt::read_field(map, &mut self.item_id),
            "itemName" => rt::read_field(map, &mut self.item_name),
            _ => Ok(false),
        }
    }
}
/// `AddPluginRuleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddPluginRuleResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddPluginRuleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddPluginRuleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddPluginRuleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeletePlguinRuleResponseBody`: the same model as [`AddPluginRuleResponseBody`].
pub type DeletePlguinRuleResponseBody = AddPluginRuleResponseBody;
/// `GetBaseProfileListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetBaseProfileListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetBaseProfileListResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetBaseProfileListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetBaseProfileListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetBaseProfileListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetConversationResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetConversationResponseBody {
    /// `result`.
    pub result: Option<GetConversationResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetConversationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConversationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetConversationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetMemberListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMemberListResponseBody {
    /// `result`.
    pub result: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetMemberListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMemberListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMemberListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryPluginRuleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPluginRuleResponseBody {
    /// `result`.
    pub result: Option<QueryPluginRuleResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPluginRuleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPluginRuleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPluginRuleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `SendDingTipRequestLink`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SendDingTipRequestLink {
    /// A `SendDingTipRequestLink` with its required fields (`linkUrl`, `text`); set the others with the methods named after them.
    pub fn new(link_url: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            extension: None,
            link_url: link_url.into(),
            pic_media_id: None,
            text: text.into(),
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
impl rt::serde::Serialize for SendDingTipRequestLink {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extension", &self.extension)?;
        object.field("linkUrl", &self.link_url)?;
        object.optional("picMediaId", &self.pic_media_id)?;
        object.field("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendDingTipRequestLink {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendDingTipRequestLink {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extension" => rt::read_field(map, &mut self.extension),
            "linkUrl" => rt::read_field(map, &mut self.link_url),
            "picMediaId" => rt::read_field(map, &mut self.pic_media_id),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SendMessageTipRequestDefaultView {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionName", &self.action_name)?;
        object.optional("actionUrl", &self.action_url)?;
        object.optional("authCode", &self.auth_code)?;
        object.optional("authMediaId", &self.auth_media_id)?;
        object.optional("cardTitle", &self.card_title)?;
        object.optional("cardTitleColor", &self.card_title_color)?;
        object.optional("desc", &self.desc)?;
        object.optional("mediaId", &self.media_id)?;
        object.optional("needShowUpdateTail", &self.need_show_update_tail)?;
        object.optional("summary", &self.summary)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMessageTipRequestDefaultView {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMessageTipRequestDefaultView {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionName" => rt::read_field(map, &mut self.action_name),
            "actionUrl" => rt::read_field(map, &mut self.action_url),
            "authCode" => rt::read_field(map, &mut self.auth_code),
            "authMediaId" => rt::read_field(map, &mut self.auth_media_id),
            "cardTitle" => rt::read_field(map, &mut self.card_title),
            "cardTitleColor" => rt::read_field(map, &mut self.card_title_color),
            "desc" => rt::read_field(map, &mut self.desc),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "needShowUpdateTail" => rt::read_field(map, &mut self.need_show_update_tail),
            "summary" => rt::read_field(map, &mut self.summary),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for PrivateFieldMapValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("tipTitle", &self.tip_title)?;
        object.optional("isDingSend", &self.is_ding_send)?;
        object.optional("isRead", &self.is_read)?;
        object.optional("buttonStatus", &self.button_status)?;
        object.optional("extension", &self.extension)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PrivateFieldMapValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PrivateFieldMapValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "tipTitle" => rt::read_field(map, &mut self.tip_title),
            "isDingSend" => rt::read_field(map, &mut self.is_ding_send),
            "isRead" => rt::read_field(map, &mut self.is_read),
            "buttonStatus" => rt::read_field(map, &mut self.button_status),
            "extension" => rt::read_field(map, &mut self.extension),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SendMessageTipRequestPublicField {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("detailUrl", &self.detail_url)?;
        object.optional("durationDesc", &self.duration_desc)?;
        object.optional("extension", &self.extension)?;
        object.optional("isExpired", &self.is_expired)?;
        object.optional("readActionUrl", &self.read_action_url)?;
        object.optional("readProgressDesc", &self.read_progress_desc)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMessageTipRequestPublicField {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMessageTipRequestPublicField {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detailUrl" => rt::read_field(map, &mut self.detail_url),
            "durationDesc" => rt::read_field(map, &mut self.duration_desc),
            "extension" => rt::read_field(map, &mut self.extension),
            "isExpired" => rt::read_field(map, &mut self.is_expired),
            "readActionUrl" => rt::read_field(map, &mut self.read_action_url),
            "readProgressDesc" => rt::read_field(map, &mut self.read_progress_desc),
            _ => Ok(false),
        }
    }
}
/// `SendMessageTipResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendMessageTipResponseBody {
    /// `result`.
    pub result: Option<SendMessageTipResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SendMessageTipResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendMessageTipResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendMessageTipResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetBaseProfileListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetBaseProfileListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetBaseProfileListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarMediaId" => rt::read_field(map, &mut self.avatar_media_id),
            "nick" => rt::read_field(map, &mut self.nick),
            "nickPinyin" => rt::read_field(map, &mut self.nick_pinyin),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetBaseProfileListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarMediaId", &self.avatar_media_id)?;
        object.optional("nick", &self.nick)?;
        object.optional("nickPinyin", &self.nick_pinyin)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetConversationResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetConversationResponseBodyResult {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `memberCount`.
    pub member_count: Option<i64>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetConversationResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetConversationResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "memberCount" => rt::read_field(map, &mut self.member_count),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetConversationResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("memberCount", &self.member_count)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `QueryPluginRuleResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPluginRuleResponseBodyResult {
    /// `data`.
    pub data: Option<Vec<QueryPluginRuleResponseBodyResultData>>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPluginRuleResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPluginRuleResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPluginRuleResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `SendMessageTipResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendMessageTipResponseBodyResult {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `cardInstanceId`.
    pub card_instance_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SendMessageTipResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SendMessageTipResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "cardInstanceId" => rt::read_field(map, &mut self.card_instance_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SendMessageTipResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("cardInstanceId", &self.card_instance_id)?;
        object.end()
    }
}
/// `QueryPluginRuleResponseBodyResultData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryPluginRuleResponseBodyResultData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPluginRuleResponseBodyResultData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "chatType" => rt::read_field(map, &mut self.chat_type),
            "code" => rt::read_field(map, &mut self.code),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "itemId" => rt::read_field(map, &mut self.item_id),
            "itemName" => rt::read_field(map, &mut self.item_name),
            "itemType" => rt::read_field(map, &mut self.item_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPluginRuleResponseBodyResultData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("chatType", &self.chat_type)?;
        object.optional("code", &self.code)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("itemId", &self.item_id)?;
        object.optional("itemName", &self.item_name)?;
        object.optional("itemType", &self.item_type)?;
        object.end()
    }
}
/// The request of [`Api::add_plugin_rule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AddPluginRuleRequest {
    /// A `AddPluginRuleRequest` with its required fields (`chatType`, `code`, `itemType`, `rules`, `userId`); set the others with the methods named after them.
    pub fn new(
        chat_type: impl Into<String>,
        code: impl Into<String>,
        item_type: impl Into<String>,
        rules: impl IntoIterator<Item = AddPluginRuleRequestRules>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            chat_type: chat_type.into(),
            code: code.into(),
            item_type: item_type.into(),
            rules: rules.into_iter().collect(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for AddPluginRuleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("chatType", &self.chat_type)?;
        object.field("code", &self.code)?;
        object.field("itemType", &self.item_type)?;
        object.field("rules", &self.rules)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddPluginRuleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddPluginRuleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatType" => rt::read_field(map, &mut self.chat_type),
            "code" => rt::read_field(map, &mut self.code),
            "itemType" => rt::read_field(map, &mut self.item_type),
            "rules" => rt::read_field(map, &mut self.rules),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddPluginRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_plguin_rule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeletePlguinRuleRequest {
    /// `bizIdList`.
    pub biz_id_list: Vec<String>,
    /// `userId`.
    pub user_id: String,
}
impl DeletePlguinRuleRequest {
    /// A `DeletePlguinRuleRequest` with its required fields (`bizIdList`, `userId`); set the others with the methods named after them.
    pub fn new(
        biz_id_list: impl IntoIterator<Item = impl Into<String>>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            biz_id_list: biz_id_list.into_iter().map(Into::into).collect(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for DeletePlguinRuleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizIdList", &self.biz_id_list)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeletePlguinRuleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeletePlguinRuleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizIdList" => rt::read_field(map, &mut self.biz_id_list),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeletePlguinRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_base_profile_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetBaseProfileListRequest {
    /// `body`.
    pub body: Vec<String>,
}
impl GetBaseProfileListRequest {
    /// A `GetBaseProfileListRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            body: body.into_iter().map(Into::into).collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetBaseProfileListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetBaseProfileListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetBaseProfileListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::get_conversation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetConversationRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl GetConversationRequest {
    /// A `GetConversationRequest` with its required fields (`openConversationId`); set the others with the methods named after them.
    pub fn new(open_conversation_id: impl Into<String>) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            user_id: None,
        }
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetConversationRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetConversationRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_member_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetMemberListRequest {
    /// A `GetMemberListRequest` with its required fields (`openConversationId`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        page_number: i64,
        page_size: i64,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMemberListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMemberListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryPluginRuleRequest {
    /// A `QueryPluginRuleRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64) -> Self {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryPluginRuleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryPluginRuleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chatType" => rt::read_field(map, &mut self.chat_type),
            "code" => rt::read_field(map, &mut self.code),
            "itemId" => rt::read_field(map, &mut self.item_id),
            "itemType" => rt::read_field(map, &mut self.item_type),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SendDingTipRequest {
    /// A `SendDingTipRequest` with its required fields (`messageId`, `receiverUserId`, `textContent`); set the others with the methods named after them.
    pub fn new(
        message_id: impl Into<String>,
        receiver_user_id: impl IntoIterator<Item = impl Into<String>>,
        text_content: impl Into<String>,
    ) -> Self {
        Self {
            extension: None,
            link: None,
            message_id: message_id.into(),
            receiver_user_id: receiver_user_id.into_iter().map(Into::into).collect(),
            sender_user_id: None,
            text_content: text_content.into(),
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
impl rt::serde::Serialize for SendDingTipRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extension", &self.extension)?;
        object.optional("link", &self.link)?;
        object.field("messageId", &self.message_id)?;
        object.field("receiverUserId", &self.receiver_user_id)?;
        object.optional("senderUserId", &self.sender_user_id)?;
        object.field("textContent", &self.text_content)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendDingTipRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendDingTipRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extension" => rt::read_field(map, &mut self.extension),
            "link" => rt::read_field(map, &mut self.link),
            "messageId" => rt::read_field(map, &mut self.message_id),
            "receiverUserId" => rt::read_field(map, &mut self.receiver_user_id),
            "senderUserId" => rt::read_field(map, &mut self.sender_user_id),
            "textContent" => rt::read_field(map, &mut self.text_content),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SendDingTipRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_message_tip`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SendMessageTipRequest {
    /// A `SendMessageTipRequest` with its required fields (`messageId`, `openConversationId`, `receiverUserId`); set the others with the methods named after them.
    pub fn new(
        message_id: impl Into<String>,
        open_conversation_id: impl Into<String>,
        receiver_user_id: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            default_view: None,
            message_id: message_id.into(),
            open_conversation_id: open_conversation_id.into(),
            private_field_map: None,
            public_field: None,
            receiver_user_id: receiver_user_id.into_iter().map(Into::into).collect(),
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
impl rt::serde::Serialize for SendMessageTipRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("defaultView", &self.default_view)?;
        object.field("messageId", &self.message_id)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.optional("privateFieldMap", &self.private_field_map)?;
        object.optional("publicField", &self.public_field)?;
        object.field("receiverUserId", &self.receiver_user_id)?;
        object.optional("senderUserId", &self.sender_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SendMessageTipRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SendMessageTipRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "defaultView" => rt::read_field(map, &mut self.default_view),
            "messageId" => rt::read_field(map, &mut self.message_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "privateFieldMap" => rt::read_field(map, &mut self.private_field_map),
            "publicField" => rt::read_field(map, &mut self.public_field),
            "receiverUserId" => rt::read_field(map, &mut self.receiver_user_id),
            "senderUserId" => rt::read_field(map, &mut self.sender_user_id),
            _ => Ok(false),
        }
    }
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
