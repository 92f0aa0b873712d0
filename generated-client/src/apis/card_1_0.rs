// @generated from api-spec/card_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.card_1_0()`. Generated from `api-spec/card_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `card_1_0`. Get it with `client.card_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 新增或更新卡片的场域信息
    ///
    /// `PUT /v1.0/card/instances/spaces` (operation `AppendSpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AppendSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn append_space(
        &self,
        request: &AppendSpaceRequest,
    ) -> rt::Call<AppendSpaceResponseBody, AppendSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AppendSpace",
            rt::Method::Put,
            "/v1.0/card/instances/spaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增或更新卡片的场域信息
    ///
    /// `PUT /v1.0/card/me/instances/spaces` (operation `AppendSpaceWithDelegate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AppendSpaceWithDelegateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn append_space_with_delegate(
        &self,
        request: &AppendSpaceWithDelegateRequest,
    ) -> rt::Call<AppendSpaceWithDelegateResponseBody, AppendSpaceWithDelegateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AppendSpaceWithDelegate",
            rt::Method::Put,
            "/v1.0/card/me/instances/spaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 关闭吊顶卡片接口
    ///
    /// `POST /v1.0/card/tops/close` (operation `CloseTopCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CloseTopCardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn close_top_card(
        &self,
        request: &CloseTopCardRequest,
    ) -> rt::Call<CloseTopCardResponseBody, CloseTopCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CloseTopCard",
            rt::Method::Post,
            "/v1.0/card/tops/close",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 复制模板
    ///
    /// `POST /v1.0/card/templates/copy` (operation `CopyTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CopyTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn copy_template(
        &self,
        request: &CopyTemplateRequest,
    ) -> rt::Call<CopyTemplateResponseBody, CopyTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CopyTemplate",
            rt::Method::Post,
            "/v1.0/card/templates/copy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建并投放卡片
    ///
    /// `POST /v1.0/card/instances/createAndDeliver` (operation `CreateAndDeliver`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAndDeliverError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_and_deliver(
        &self,
        request: &CreateAndDeliverRequest,
    ) -> rt::Call<CreateAndDeliverResponseBody, CreateAndDeliverError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAndDeliver",
            rt::Method::Post,
            "/v1.0/card/instances/createAndDeliver",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建并投放 AI 卡片
    ///
    /// `POST /v1.0/card/ai/instances/createAndDeliver` (operation `CreateAndDeliverAICard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAndDeliverAICardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_and_deliver_ai_card(
        &self,
        request: &CreateAndDeliverAICardRequest,
    ) -> rt::Call<CreateAndDeliverAICardResponseBody, CreateAndDeliverAICardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAndDeliverAICard",
            rt::Method::Post,
            "/v1.0/card/ai/instances/createAndDeliver",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建并投放卡片
    ///
    /// `POST /v1.0/card/me/instances/createAndDeliver` (operation `CreateAndDeliverWithDelegate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAndDeliverWithDelegateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_and_deliver_with_delegate(
        &self,
        request: &CreateAndDeliverWithDelegateRequest,
    ) -> rt::Call<
        CreateAndDeliverWithDelegateResponseBody,
        CreateAndDeliverWithDelegateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAndDeliverWithDelegate",
            rt::Method::Post,
            "/v1.0/card/me/instances/createAndDeliver",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建卡片
    ///
    /// `POST /v1.0/card/instances` (operation `CreateCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateCardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_card(
        &self,
        request: &CreateCardRequest,
    ) -> rt::Call<CreateCardResponseBody, CreateCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateCard",
            rt::Method::Post,
            "/v1.0/card/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建卡片
    ///
    /// `POST /v1.0/card/me/instances` (operation `CreateCardWithDelegate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateCardWithDelegateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_card_with_delegate(
        &self,
        request: &CreateCardWithDelegateRequest,
    ) -> rt::Call<CreateCardWithDelegateResponseBody, CreateCardWithDelegateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateCardWithDelegate",
            rt::Method::Post,
            "/v1.0/card/me/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建模板
    ///
    /// `POST /v1.0/card/templates` (operation `CreateTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_template(
        &self,
        request: &CreateTemplateRequest,
    ) -> rt::Call<CreateTemplateResponseBody, CreateTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTemplate",
            rt::Method::Post,
            "/v1.0/card/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除模板
    ///
    /// `POST /v1.0/card/templates/remove` (operation `DeleteTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_template(
        &self,
        request: &DeleteTemplateRequest,
    ) -> rt::Call<DeleteTemplateResponseBody, DeleteTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteTemplate",
            rt::Method::Post,
            "/v1.0/card/templates/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 投放卡片
    ///
    /// `POST /v1.0/card/instances/deliver` (operation `DeliverCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeliverCardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn deliver_card(
        &self,
        request: &DeliverCardRequest,
    ) -> rt::Call<DeliverCardResponseBody, DeliverCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeliverCard",
            rt::Method::Post,
            "/v1.0/card/instances/deliver",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 投放卡片
    ///
    /// `POST /v1.0/card/me/instances/deliver` (operation `DeliverCardWithDelegate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeliverCardWithDelegateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn deliver_card_with_delegate(
        &self,
        request: &DeliverCardWithDelegateRequest,
    ) -> rt::Call<DeliverCardWithDelegateResponseBody, DeliverCardWithDelegateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeliverCardWithDelegate",
            rt::Method::Post,
            "/v1.0/card/me/instances/deliver",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取模板信息
    ///
    /// `GET /v1.0/card/templates` (operation `GetTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_template(
        &self,
        request: &GetTemplateRequest,
    ) -> rt::Call<GetTemplateResponseBody, GetTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTemplate",
            rt::Method::Get,
            "/v1.0/card/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取模板列表
    ///
    /// `POST /v1.0/card/templates/lists/query` (operation `ListTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_template(
        &self,
        request: &ListTemplateRequest,
    ) -> rt::Call<ListTemplateResponseBody, ListTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListTemplate",
            rt::Method::Post,
            "/v1.0/card/templates/lists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发布模板
    ///
    /// `POST /v1.0/card/templates/publish` (operation `PublishTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PublishTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn publish_template(
        &self,
        request: &PublishTemplateRequest,
    ) -> rt::Call<PublishTemplateResponseBody, PublishTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PublishTemplate",
            rt::Method::Post,
            "/v1.0/card/templates/publish",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 注册卡片回调地址
    ///
    /// `POST /v1.0/card/callbacks/register` (operation `RegisterCallback`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RegisterCallbackError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn register_callback(
        &self,
        request: &RegisterCallbackRequest,
    ) -> rt::Call<RegisterCallbackResponseBody, RegisterCallbackError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RegisterCallback",
            rt::Method::Post,
            "/v1.0/card/callbacks/register",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 注册卡片回调地址
    ///
    /// `POST /v1.0/card/me/callbacks/register` (operation `RegisterCallbackWithDelegate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RegisterCallbackWithDelegateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn register_callback_with_delegate(
        &self,
        request: &RegisterCallbackWithDelegateRequest,
    ) -> rt::Call<
        RegisterCallbackWithDelegateResponseBody,
        RegisterCallbackWithDelegateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RegisterCallbackWithDelegate",
            rt::Method::Post,
            "/v1.0/card/me/callbacks/register",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 保存模板
    ///
    /// `POST /v1.0/card/templates/save` (operation `SaveTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SaveTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn save_template(
        &self,
        request: &SaveTemplateRequest,
    ) -> rt::Call<SaveTemplateResponseBody, SaveTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveTemplate",
            rt::Method::Post,
            "/v1.0/card/templates/save",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// AI互动卡片流式更新
    ///
    /// `PUT /v1.0/card/streaming` (operation `StreamingUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`StreamingUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn streaming_update(
        &self,
        request: &StreamingUpdateRequest,
    ) -> rt::Call<StreamingUpdateResponseBody, StreamingUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "StreamingUpdate",
            rt::Method::Put,
            "/v1.0/card/streaming",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新 AI 卡片
    ///
    /// `PUT /v1.0/card/ai/instances/update` (operation `UpdateAICard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateAICardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_ai_card(
        &self,
        request: &UpdateAICardRequest,
    ) -> rt::Call<UpdateAICardResponseBody, UpdateAICardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateAICard",
            rt::Method::Put,
            "/v1.0/card/ai/instances/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新卡片
    ///
    /// `PUT /v1.0/card/instances` (operation `UpdateCard`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateCardError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_card(
        &self,
        request: &UpdateCardRequest,
    ) -> rt::Call<UpdateCardResponseBody, UpdateCardError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateCard",
            rt::Method::Put,
            "/v1.0/card/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新卡片
    ///
    /// `PUT /v1.0/card/me/instances` (operation `UpdateCardWithDelegate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateCardWithDelegateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_card_with_delegate(
        &self,
        request: &UpdateCardWithDelegateRequest,
    ) -> rt::Call<UpdateCardWithDelegateResponseBody, UpdateCardWithDelegateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateCardWithDelegate",
            rt::Method::Put,
            "/v1.0/card/me/instances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `AppendSpaceRequestCoFeedOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceRequestCoFeedOpenSpaceModel {
    /// `title`.
    pub title: Option<String>,
}
impl AppendSpaceRequestCoFeedOpenSpaceModel {
    /// An empty `AppendSpaceRequestCoFeedOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendSpaceRequestCoFeedOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `AppendSpaceRequestImGroupOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceRequestImGroupOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<AppendSpaceRequestImGroupOpenSpaceModelNotification>,
    /// `searchSupport`.
    pub search_support: Option<AppendSpaceRequestImGroupOpenSpaceModelSearchSupport>,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl AppendSpaceRequestImGroupOpenSpaceModel {
    /// An empty `AppendSpaceRequestImGroupOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<AppendSpaceRequestImGroupOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<AppendSpaceRequestImGroupOpenSpaceModelSearchSupport>,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendSpaceRequestImGroupOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `AppendSpaceRequestImRobotOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceRequestImRobotOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<AppendSpaceRequestImRobotOpenSpaceModelNotification>,
    /// `searchSupport`.
    pub search_support: Option<AppendSpaceRequestImRobotOpenSpaceModelSearchSupport>,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl AppendSpaceRequestImRobotOpenSpaceModel {
    /// An empty `AppendSpaceRequestImRobotOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<AppendSpaceRequestImRobotOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<AppendSpaceRequestImRobotOpenSpaceModelSearchSupport>,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendSpaceRequestImRobotOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `AppendSpaceRequestTopOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceRequestTopOpenSpaceModel {
    /// `spaceType`.
    pub space_type: Option<String>,
}
impl AppendSpaceRequestTopOpenSpaceModel {
    /// An empty `AppendSpaceRequestTopOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `spaceType`.
    pub fn space_type(mut self, value: impl Into<String>) -> Self {
        self.space_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendSpaceRequestTopOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("spaceType", &self.space_type)?;
        object.end()
    }
}
/// `AppendSpaceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AppendSpaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AppendSpaceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `AppendSpaceWithDelegateRequestCoFeedOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceWithDelegateRequestCoFeedOpenSpaceModel {
    /// `title`.
    pub title: Option<String>,
}
impl AppendSpaceWithDelegateRequestCoFeedOpenSpaceModel {
    /// An empty `AppendSpaceWithDelegateRequestCoFeedOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendSpaceWithDelegateRequestCoFeedOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `AppendSpaceWithDelegateRequestImGroupOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceWithDelegateRequestImGroupOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<
        AppendSpaceWithDelegateRequestImGroupOpenSpaceModelNotification,
    >,
    /// `searchSupport`.
    pub search_support: Option<
        AppendSpaceWithDelegateRequestImGroupOpenSpaceModelSearchSupport,
    >,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl AppendSpaceWithDelegateRequestImGroupOpenSpaceModel {
    /// An empty `AppendSpaceWithDelegateRequestImGroupOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<AppendSpaceWithDelegateRequestImGroupOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<
            AppendSpaceWithDelegateRequestImGroupOpenSpaceModelSearchSupport,
        >,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendSpaceWithDelegateRequestImGroupOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `AppendSpaceWithDelegateRequestImRobotOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceWithDelegateRequestImRobotOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<
        AppendSpaceWithDelegateRequestImRobotOpenSpaceModelNotification,
    >,
    /// `searchSupport`.
    pub search_support: Option<
        AppendSpaceWithDelegateRequestImRobotOpenSpaceModelSearchSupport,
    >,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl AppendSpaceWithDelegateRequestImRobotOpenSpaceModel {
    /// An empty `AppendSpaceWithDelegateRequestImRobotOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<AppendSpaceWithDelegateRequestImRobotOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<
            AppendSpaceWithDelegateRequestImRobotOpenSpaceModelSearchSupport,
        >,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendSpaceWithDelegateRequestImRobotOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `AppendSpaceWithDelegateRequestTopOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceWithDelegateRequestTopOpenSpaceModel {
    /// `spaceType`.
    pub space_type: Option<String>,
}
impl AppendSpaceWithDelegateRequestTopOpenSpaceModel {
    /// An empty `AppendSpaceWithDelegateRequestTopOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `spaceType`.
    pub fn space_type(mut self, value: impl Into<String>) -> Self {
        self.space_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendSpaceWithDelegateRequestTopOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("spaceType", &self.space_type)?;
        object.end()
    }
}
/// `AppendSpaceWithDelegateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceWithDelegateResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AppendSpaceWithDelegateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AppendSpaceWithDelegateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CloseTopCardResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CloseTopCardResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CloseTopCardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CloseTopCardResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CopyTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyTemplateResponseBody {
    /// `data`.
    pub data: Option<CopyTemplateResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CopyTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyTemplateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => self.data = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateAndDeliverRequestCardData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestCardData {
    /// `cardParamMap`.
    pub card_param_map: Option<rt::BTreeMap<String, String>>,
}
impl CreateAndDeliverRequestCardData {
    /// An empty `CreateAndDeliverRequestCardData`; set fields with the methods named after them.
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
impl rt::serde::Serialize for CreateAndDeliverRequestCardData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardParamMap", &self.card_param_map)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestCoFeedOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestCoFeedOpenDeliverModel {
    /// `bizTag`.
    pub biz_tag: Option<String>,
    /// `gmtTimeLine`.
    pub gmt_time_line: Option<i64>,
}
impl CreateAndDeliverRequestCoFeedOpenDeliverModel {
    /// An empty `CreateAndDeliverRequestCoFeedOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizTag`.
    pub fn biz_tag(mut self, value: impl Into<String>) -> Self {
        self.biz_tag = Some(value.into());
        self
    }
    /// Sets `gmtTimeLine`.
    pub fn gmt_time_line(mut self, value: impl Into<i64>) -> Self {
        self.gmt_time_line = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestCoFeedOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTag", &self.biz_tag)?;
        object.optional("gmtTimeLine", &self.gmt_time_line)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestCoFeedOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestCoFeedOpenSpaceModel {
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl CreateAndDeliverRequestCoFeedOpenSpaceModel {
    /// An empty `CreateAndDeliverRequestCoFeedOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestCoFeedOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coolAppCode", &self.cool_app_code)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestDocOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestDocOpenDeliverModel {
    /// `userId`.
    pub user_id: Option<String>,
}
impl CreateAndDeliverRequestDocOpenDeliverModel {
    /// An empty `CreateAndDeliverRequestDocOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestDocOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestImGroupOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestImGroupOpenDeliverModel {
    /// `atUserIds`.
    pub at_user_ids: Option<rt::BTreeMap<String, String>>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `recipients`.
    pub recipients: Option<Vec<String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
impl CreateAndDeliverRequestImGroupOpenDeliverModel {
    /// An empty `CreateAndDeliverRequestImGroupOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atUserIds`.
    pub fn at_user_ids(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.at_user_ids = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
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
    /// Sets `recipients`.
    pub fn recipients(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.recipients = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestImGroupOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atUserIds", &self.at_user_ids)?;
        object.optional("extension", &self.extension)?;
        object.optional("recipients", &self.recipients)?;
        object.optional("robotCode", &self.robot_code)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestImGroupOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestImGroupOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<CreateAndDeliverRequestImGroupOpenSpaceModelNotification>,
    /// `searchSupport`.
    pub search_support: Option<
        CreateAndDeliverRequestImGroupOpenSpaceModelSearchSupport,
    >,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl CreateAndDeliverRequestImGroupOpenSpaceModel {
    /// An empty `CreateAndDeliverRequestImGroupOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<CreateAndDeliverRequestImGroupOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<CreateAndDeliverRequestImGroupOpenSpaceModelSearchSupport>,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestImGroupOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestImRobotOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestImRobotOpenDeliverModel {
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `spaceType`.
    pub space_type: Option<String>,
}
impl CreateAndDeliverRequestImRobotOpenDeliverModel {
    /// An empty `CreateAndDeliverRequestImRobotOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
    /// Sets `spaceType`.
    pub fn space_type(mut self, value: impl Into<String>) -> Self {
        self.space_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestImRobotOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extension", &self.extension)?;
        object.optional("robotCode", &self.robot_code)?;
        object.optional("spaceType", &self.space_type)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestImRobotOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestImRobotOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<CreateAndDeliverRequestImRobotOpenSpaceModelNotification>,
    /// `searchSupport`.
    pub search_support: Option<
        CreateAndDeliverRequestImRobotOpenSpaceModelSearchSupport,
    >,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl CreateAndDeliverRequestImRobotOpenSpaceModel {
    /// An empty `CreateAndDeliverRequestImRobotOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<CreateAndDeliverRequestImRobotOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<CreateAndDeliverRequestImRobotOpenSpaceModelSearchSupport>,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestImRobotOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestImSingleOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestImSingleOpenDeliverModel {
    /// `atUserIds`.
    pub at_user_ids: Option<rt::BTreeMap<String, String>>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
}
impl CreateAndDeliverRequestImSingleOpenDeliverModel {
    /// An empty `CreateAndDeliverRequestImSingleOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atUserIds`.
    pub fn at_user_ids(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.at_user_ids = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
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
impl rt::serde::Serialize for CreateAndDeliverRequestImSingleOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atUserIds", &self.at_user_ids)?;
        object.optional("extension", &self.extension)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestImSingleOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestImSingleOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<CreateAndDeliverRequestImSingleOpenSpaceModelNotification>,
    /// `searchSupport`.
    pub search_support: Option<
        CreateAndDeliverRequestImSingleOpenSpaceModelSearchSupport,
    >,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl CreateAndDeliverRequestImSingleOpenSpaceModel {
    /// An empty `CreateAndDeliverRequestImSingleOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<CreateAndDeliverRequestImSingleOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<CreateAndDeliverRequestImSingleOpenSpaceModelSearchSupport>,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestImSingleOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestOpenDynamicDataConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestOpenDynamicDataConfig {
    /// `dynamicDataSourceConfigs`.
    pub dynamic_data_source_configs: Option<
        Vec<CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs>,
    >,
}
impl CreateAndDeliverRequestOpenDynamicDataConfig {
    /// An empty `CreateAndDeliverRequestOpenDynamicDataConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dynamicDataSourceConfigs`.
    pub fn dynamic_data_source_configs(
        mut self,
        value: impl IntoIterator<
            Item = CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs,
        >,
    ) -> Self {
        self.dynamic_data_source_configs = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestOpenDynamicDataConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dynamicDataSourceConfigs", &self.dynamic_data_source_configs)?;
        object.end()
    }
}
/// `PrivateDataValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PrivateDataValue {
    /// `cardParamMap`.
    pub card_param_map: Option<rt::BTreeMap<String, String>>,
}
impl PrivateDataValue {
    /// An empty `PrivateDataValue`; set fields with the methods named after them.
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
impl rt::serde::Serialize for PrivateDataValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardParamMap", &self.card_param_map)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestTopOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestTopOpenDeliverModel {
    /// `expiredTimeMillis`.
    pub expired_time_millis: Option<i64>,
    /// `platforms`.
    pub platforms: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl CreateAndDeliverRequestTopOpenDeliverModel {
    /// An empty `CreateAndDeliverRequestTopOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `expiredTimeMillis`.
    pub fn expired_time_millis(mut self, value: impl Into<i64>) -> Self {
        self.expired_time_millis = Some(value.into());
        self
    }
    /// Sets `platforms`.
    pub fn platforms(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.platforms = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestTopOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expiredTimeMillis", &self.expired_time_millis)?;
        object.optional("platforms", &self.platforms)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestTopOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestTopOpenSpaceModel {
    /// `spaceType`.
    pub space_type: Option<String>,
}
impl CreateAndDeliverRequestTopOpenSpaceModel {
    /// An empty `CreateAndDeliverRequestTopOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `spaceType`.
    pub fn space_type(mut self, value: impl Into<String>) -> Self {
        self.space_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestTopOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("spaceType", &self.space_type)?;
        object.end()
    }
}
/// `CreateAndDeliverResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverResponseBody {
    /// `result`.
    pub result: Option<CreateAndDeliverResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateAndDeliverResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAndDeliverResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateAndDeliverAICardRequestA2uiAnnotations`.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CreateAndDeliverAICardRequestA2uiAnnotations {
    /// `componentId`.
    pub component_id: String,
    /// `surfaceId`.
    pub surface_id: String,
    /// `type`.
    pub r#type: String,
}
impl CreateAndDeliverAICardRequestA2uiAnnotations {
    /// A `CreateAndDeliverAICardRequestA2uiAnnotations` with its required fields (`componentId`, `surfaceId`, `type`); set the others with the methods named after them.
    pub fn new(
        component_id: impl Into<String>,
        surface_id: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Self {
            component_id: component_id.into(),
            surface_id: surface_id.into(),
            r#type: r#type.into(),
        }
    }
}
impl rt::serde::Serialize for CreateAndDeliverAICardRequestA2uiAnnotations {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("componentId", &self.component_id)?;
        object.field("surfaceId", &self.surface_id)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
/// `CreateAndDeliverAICardRequestImGroupOpenDeliverModel`.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CreateAndDeliverAICardRequestImGroupOpenDeliverModel {
    /// `atUserIds`.
    pub at_user_ids: Option<rt::BTreeMap<String, String>>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `recipients`.
    pub recipients: Option<Vec<String>>,
    /// `robotCode`.
    pub robot_code: String,
}
impl CreateAndDeliverAICardRequestImGroupOpenDeliverModel {
    /// A `CreateAndDeliverAICardRequestImGroupOpenDeliverModel` with its required fields (`robotCode`); set the others with the methods named after them.
    pub fn new(robot_code: impl Into<String>) -> Self {
        Self {
            at_user_ids: None,
            extension: None,
            recipients: None,
            robot_code: robot_code.into(),
        }
    }
    /// Sets `atUserIds`.
    pub fn at_user_ids(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.at_user_ids = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
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
    /// Sets `recipients`.
    pub fn recipients(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.recipients = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverAICardRequestImGroupOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atUserIds", &self.at_user_ids)?;
        object.optional("extension", &self.extension)?;
        object.optional("recipients", &self.recipients)?;
        object.field("robotCode", &self.robot_code)?;
        object.end()
    }
}
/// `CreateAndDeliverAICardRequestImGroupOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverAICardRequestImGroupOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<
        CreateAndDeliverAICardRequestImGroupOpenSpaceModelNotification,
    >,
    /// `searchSupport`.
    pub search_support: Option<
        CreateAndDeliverAICardRequestImGroupOpenSpaceModelSearchSupport,
    >,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl CreateAndDeliverAICardRequestImGroupOpenSpaceModel {
    /// An empty `CreateAndDeliverAICardRequestImGroupOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<CreateAndDeliverAICardRequestImGroupOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<CreateAndDeliverAICardRequestImGroupOpenSpaceModelSearchSupport>,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverAICardRequestImGroupOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `CreateAndDeliverAICardRequestImRobotOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverAICardRequestImRobotOpenDeliverModel {
    /// `atUserIds`.
    pub at_user_ids: Option<rt::BTreeMap<String, String>>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `recipients`.
    pub recipients: Option<Vec<String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
impl CreateAndDeliverAICardRequestImRobotOpenDeliverModel {
    /// An empty `CreateAndDeliverAICardRequestImRobotOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atUserIds`.
    pub fn at_user_ids(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.at_user_ids = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
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
    /// Sets `recipients`.
    pub fn recipients(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.recipients = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverAICardRequestImRobotOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atUserIds", &self.at_user_ids)?;
        object.optional("extension", &self.extension)?;
        object.optional("recipients", &self.recipients)?;
        object.optional("robotCode", &self.robot_code)?;
        object.end()
    }
}
/// `CreateAndDeliverAICardRequestImRobotOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverAICardRequestImRobotOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<
        CreateAndDeliverAICardRequestImRobotOpenSpaceModelNotification,
    >,
    /// `searchSupport`.
    pub search_support: Option<
        CreateAndDeliverAICardRequestImRobotOpenSpaceModelSearchSupport,
    >,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl CreateAndDeliverAICardRequestImRobotOpenSpaceModel {
    /// An empty `CreateAndDeliverAICardRequestImRobotOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<CreateAndDeliverAICardRequestImRobotOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<CreateAndDeliverAICardRequestImRobotOpenSpaceModelSearchSupport>,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverAICardRequestImRobotOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `CreateAndDeliverAICardResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverAICardResponseBody {
    /// `result`.
    pub result: Option<CreateAndDeliverAICardResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateAndDeliverAICardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAndDeliverAICardResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateAndDeliverWithDelegateRequestCardData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestCardData {
    /// `cardParamMap`.
    pub card_param_map: Option<rt::BTreeMap<String, String>>,
}
impl CreateAndDeliverWithDelegateRequestCardData {
    /// An empty `CreateAndDeliverWithDelegateRequestCardData`; set fields with the methods named after them.
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
impl rt::serde::Serialize for CreateAndDeliverWithDelegateRequestCardData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardParamMap", &self.card_param_map)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestCoFeedOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestCoFeedOpenDeliverModel {
    /// `bizTag`.
    pub biz_tag: Option<String>,
    /// `gmtTimeLine`.
    pub gmt_time_line: Option<i64>,
}
impl CreateAndDeliverWithDelegateRequestCoFeedOpenDeliverModel {
    /// An empty `CreateAndDeliverWithDelegateRequestCoFeedOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizTag`.
    pub fn biz_tag(mut self, value: impl Into<String>) -> Self {
        self.biz_tag = Some(value.into());
        self
    }
    /// Sets `gmtTimeLine`.
    pub fn gmt_time_line(mut self, value: impl Into<i64>) -> Self {
        self.gmt_time_line = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverWithDelegateRequestCoFeedOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTag", &self.biz_tag)?;
        object.optional("gmtTimeLine", &self.gmt_time_line)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestCoFeedOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestCoFeedOpenSpaceModel {
    /// `coolAppCode`.
    pub cool_app_code: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl CreateAndDeliverWithDelegateRequestCoFeedOpenSpaceModel {
    /// An empty `CreateAndDeliverWithDelegateRequestCoFeedOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `coolAppCode`.
    pub fn cool_app_code(mut self, value: impl Into<String>) -> Self {
        self.cool_app_code = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverWithDelegateRequestCoFeedOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coolAppCode", &self.cool_app_code)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestDocOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestDocOpenDeliverModel {
    /// `userId`.
    pub user_id: Option<String>,
}
impl CreateAndDeliverWithDelegateRequestDocOpenDeliverModel {
    /// An empty `CreateAndDeliverWithDelegateRequestDocOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverWithDelegateRequestDocOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestImGroupOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestImGroupOpenDeliverModel {
    /// `atUserIds`.
    pub at_user_ids: Option<rt::BTreeMap<String, String>>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `recipients`.
    pub recipients: Option<Vec<String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
impl CreateAndDeliverWithDelegateRequestImGroupOpenDeliverModel {
    /// An empty `CreateAndDeliverWithDelegateRequestImGroupOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atUserIds`.
    pub fn at_user_ids(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.at_user_ids = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
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
    /// Sets `recipients`.
    pub fn recipients(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.recipients = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverWithDelegateRequestImGroupOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atUserIds", &self.at_user_ids)?;
        object.optional("extension", &self.extension)?;
        object.optional("recipients", &self.recipients)?;
        object.optional("robotCode", &self.robot_code)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<
        CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelNotification,
    >,
    /// `searchSupport`.
    pub search_support: Option<
        CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelSearchSupport,
    >,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModel {
    /// An empty `CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<
            CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelNotification,
        >,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<
            CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelSearchSupport,
        >,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestImRobotOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestImRobotOpenDeliverModel {
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `spaceType`.
    pub space_type: Option<String>,
}
impl CreateAndDeliverWithDelegateRequestImRobotOpenDeliverModel {
    /// An empty `CreateAndDeliverWithDelegateRequestImRobotOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
    /// Sets `spaceType`.
    pub fn space_type(mut self, value: impl Into<String>) -> Self {
        self.space_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverWithDelegateRequestImRobotOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extension", &self.extension)?;
        object.optional("robotCode", &self.robot_code)?;
        object.optional("spaceType", &self.space_type)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<
        CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelNotification,
    >,
    /// `searchSupport`.
    pub search_support: Option<
        CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelSearchSupport,
    >,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModel {
    /// An empty `CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<
            CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelNotification,
        >,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<
            CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelSearchSupport,
        >,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestImSingleOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestImSingleOpenDeliverModel {
    /// `atUserIds`.
    pub at_user_ids: Option<rt::BTreeMap<String, String>>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
}
impl CreateAndDeliverWithDelegateRequestImSingleOpenDeliverModel {
    /// An empty `CreateAndDeliverWithDelegateRequestImSingleOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atUserIds`.
    pub fn at_user_ids(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.at_user_ids = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
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
impl rt::serde::Serialize
for CreateAndDeliverWithDelegateRequestImSingleOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atUserIds", &self.at_user_ids)?;
        object.optional("extension", &self.extension)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<
        CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelNotification,
    >,
    /// `searchSupport`.
    pub search_support: Option<
        CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelSearchSupport,
    >,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModel {
    /// An empty `CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<
            CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelNotification,
        >,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<
            CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelSearchSupport,
        >,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestOpenDynamicDataConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestOpenDynamicDataConfig {
    /// `dynamicDataSourceConfigs`.
    pub dynamic_data_source_configs: Option<
        Vec<
            CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs,
        >,
    >,
}
impl CreateAndDeliverWithDelegateRequestOpenDynamicDataConfig {
    /// An empty `CreateAndDeliverWithDelegateRequestOpenDynamicDataConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dynamicDataSourceConfigs`.
    pub fn dynamic_data_source_configs(
        mut self,
        value: impl IntoIterator<
            Item = CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs,
        >,
    ) -> Self {
        self.dynamic_data_source_configs = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverWithDelegateRequestOpenDynamicDataConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dynamicDataSourceConfigs", &self.dynamic_data_source_configs)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestTopOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestTopOpenDeliverModel {
    /// `expiredTimeMillis`.
    pub expired_time_millis: Option<i64>,
    /// `platforms`.
    pub platforms: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl CreateAndDeliverWithDelegateRequestTopOpenDeliverModel {
    /// An empty `CreateAndDeliverWithDelegateRequestTopOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `expiredTimeMillis`.
    pub fn expired_time_millis(mut self, value: impl Into<i64>) -> Self {
        self.expired_time_millis = Some(value.into());
        self
    }
    /// Sets `platforms`.
    pub fn platforms(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.platforms = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverWithDelegateRequestTopOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expiredTimeMillis", &self.expired_time_millis)?;
        object.optional("platforms", &self.platforms)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestTopOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestTopOpenSpaceModel {
    /// `spaceType`.
    pub space_type: Option<String>,
}
impl CreateAndDeliverWithDelegateRequestTopOpenSpaceModel {
    /// An empty `CreateAndDeliverWithDelegateRequestTopOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `spaceType`.
    pub fn space_type(mut self, value: impl Into<String>) -> Self {
        self.space_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverWithDelegateRequestTopOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("spaceType", &self.space_type)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateResponseBody {
    /// `result`.
    pub result: Option<CreateAndDeliverWithDelegateResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateAndDeliverWithDelegateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAndDeliverWithDelegateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateCardRequestCardData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestCardData {
    /// `cardParamMap`.
    pub card_param_map: Option<rt::BTreeMap<String, String>>,
}
impl CreateCardRequestCardData {
    /// An empty `CreateCardRequestCardData`; set fields with the methods named after them.
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
impl rt::serde::Serialize for CreateCardRequestCardData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardParamMap", &self.card_param_map)?;
        object.end()
    }
}
/// `CreateCardRequestCoFeedOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestCoFeedOpenSpaceModel {
    /// `title`.
    pub title: Option<String>,
}
impl CreateCardRequestCoFeedOpenSpaceModel {
    /// An empty `CreateCardRequestCoFeedOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardRequestCoFeedOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `CreateCardRequestImGroupOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestImGroupOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<CreateCardRequestImGroupOpenSpaceModelNotification>,
    /// `searchSupport`.
    pub search_support: Option<CreateCardRequestImGroupOpenSpaceModelSearchSupport>,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl CreateCardRequestImGroupOpenSpaceModel {
    /// An empty `CreateCardRequestImGroupOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<CreateCardRequestImGroupOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<CreateCardRequestImGroupOpenSpaceModelSearchSupport>,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardRequestImGroupOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `CreateCardRequestImRobotOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestImRobotOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<CreateCardRequestImRobotOpenSpaceModelNotification>,
    /// `searchSupport`.
    pub search_support: Option<CreateCardRequestImRobotOpenSpaceModelSearchSupport>,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl CreateCardRequestImRobotOpenSpaceModel {
    /// An empty `CreateCardRequestImRobotOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<CreateCardRequestImRobotOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<CreateCardRequestImRobotOpenSpaceModelSearchSupport>,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardRequestImRobotOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `CreateCardRequestImSingleOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestImSingleOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<CreateCardRequestImSingleOpenSpaceModelNotification>,
    /// `searchSupport`.
    pub search_support: Option<CreateCardRequestImSingleOpenSpaceModelSearchSupport>,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl CreateCardRequestImSingleOpenSpaceModel {
    /// An empty `CreateCardRequestImSingleOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<CreateCardRequestImSingleOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<CreateCardRequestImSingleOpenSpaceModelSearchSupport>,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardRequestImSingleOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `CreateCardRequestOpenDynamicDataConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestOpenDynamicDataConfig {
    /// `dynamicDataSourceConfigs`.
    pub dynamic_data_source_configs: Option<
        Vec<CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigs>,
    >,
}
impl CreateCardRequestOpenDynamicDataConfig {
    /// An empty `CreateCardRequestOpenDynamicDataConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dynamicDataSourceConfigs`.
    pub fn dynamic_data_source_configs(
        mut self,
        value: impl IntoIterator<
            Item = CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigs,
        >,
    ) -> Self {
        self.dynamic_data_source_configs = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for CreateCardRequestOpenDynamicDataConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dynamicDataSourceConfigs", &self.dynamic_data_source_configs)?;
        object.end()
    }
}
/// `CreateCardRequestTopOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestTopOpenSpaceModel {
    /// `spaceType`.
    pub space_type: Option<String>,
}
impl CreateCardRequestTopOpenSpaceModel {
    /// An empty `CreateCardRequestTopOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `spaceType`.
    pub fn space_type(mut self, value: impl Into<String>) -> Self {
        self.space_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardRequestTopOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("spaceType", &self.space_type)?;
        object.end()
    }
}
/// `CreateCardResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateCardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateCardResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateCardWithDelegateRequestCardData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestCardData {
    /// `cardParamMap`.
    pub card_param_map: Option<rt::BTreeMap<String, String>>,
}
impl CreateCardWithDelegateRequestCardData {
    /// An empty `CreateCardWithDelegateRequestCardData`; set fields with the methods named after them.
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
impl rt::serde::Serialize for CreateCardWithDelegateRequestCardData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardParamMap", &self.card_param_map)?;
        object.end()
    }
}
/// `CreateCardWithDelegateRequestCoFeedOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestCoFeedOpenSpaceModel {
    /// `title`.
    pub title: Option<String>,
}
impl CreateCardWithDelegateRequestCoFeedOpenSpaceModel {
    /// An empty `CreateCardWithDelegateRequestCoFeedOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardWithDelegateRequestCoFeedOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `CreateCardWithDelegateRequestImGroupOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestImGroupOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<
        CreateCardWithDelegateRequestImGroupOpenSpaceModelNotification,
    >,
    /// `searchSupport`.
    pub search_support: Option<
        CreateCardWithDelegateRequestImGroupOpenSpaceModelSearchSupport,
    >,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl CreateCardWithDelegateRequestImGroupOpenSpaceModel {
    /// An empty `CreateCardWithDelegateRequestImGroupOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<CreateCardWithDelegateRequestImGroupOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<CreateCardWithDelegateRequestImGroupOpenSpaceModelSearchSupport>,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardWithDelegateRequestImGroupOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `CreateCardWithDelegateRequestImRobotOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestImRobotOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<
        CreateCardWithDelegateRequestImRobotOpenSpaceModelNotification,
    >,
    /// `searchSupport`.
    pub search_support: Option<
        CreateCardWithDelegateRequestImRobotOpenSpaceModelSearchSupport,
    >,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl CreateCardWithDelegateRequestImRobotOpenSpaceModel {
    /// An empty `CreateCardWithDelegateRequestImRobotOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<CreateCardWithDelegateRequestImRobotOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<CreateCardWithDelegateRequestImRobotOpenSpaceModelSearchSupport>,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardWithDelegateRequestImRobotOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `CreateCardWithDelegateRequestImSingleOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestImSingleOpenSpaceModel {
    /// `lastMessageI18n`.
    pub last_message_i18n: Option<rt::BTreeMap<String, String>>,
    /// `notification`.
    pub notification: Option<
        CreateCardWithDelegateRequestImSingleOpenSpaceModelNotification,
    >,
    /// `searchSupport`.
    pub search_support: Option<
        CreateCardWithDelegateRequestImSingleOpenSpaceModelSearchSupport,
    >,
    /// `supportForward`.
    pub support_forward: Option<bool>,
}
impl CreateCardWithDelegateRequestImSingleOpenSpaceModel {
    /// An empty `CreateCardWithDelegateRequestImSingleOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `lastMessageI18n`.
    pub fn last_message_i18n(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.last_message_i18n = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `notification`.
    pub fn notification(
        mut self,
        value: impl Into<CreateCardWithDelegateRequestImSingleOpenSpaceModelNotification>,
    ) -> Self {
        self.notification = Some(value.into());
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: impl Into<
            CreateCardWithDelegateRequestImSingleOpenSpaceModelSearchSupport,
        >,
    ) -> Self {
        self.search_support = Some(value.into());
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: impl Into<bool>) -> Self {
        self.support_forward = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardWithDelegateRequestImSingleOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("lastMessageI18n", &self.last_message_i18n)?;
        object.optional("notification", &self.notification)?;
        object.optional("searchSupport", &self.search_support)?;
        object.optional("supportForward", &self.support_forward)?;
        object.end()
    }
}
/// `CreateCardWithDelegateRequestOpenDynamicDataConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestOpenDynamicDataConfig {
    /// `dynamicDataSourceConfigs`.
    pub dynamic_data_source_configs: Option<
        Vec<CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs>,
    >,
}
impl CreateCardWithDelegateRequestOpenDynamicDataConfig {
    /// An empty `CreateCardWithDelegateRequestOpenDynamicDataConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dynamicDataSourceConfigs`.
    pub fn dynamic_data_source_configs(
        mut self,
        value: impl IntoIterator<
            Item = CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs,
        >,
    ) -> Self {
        self.dynamic_data_source_configs = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for CreateCardWithDelegateRequestOpenDynamicDataConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dynamicDataSourceConfigs", &self.dynamic_data_source_configs)?;
        object.end()
    }
}
/// `CreateCardWithDelegateRequestTopOpenSpaceModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestTopOpenSpaceModel {
    /// `spaceType`.
    pub space_type: Option<String>,
}
impl CreateCardWithDelegateRequestTopOpenSpaceModel {
    /// An empty `CreateCardWithDelegateRequestTopOpenSpaceModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `spaceType`.
    pub fn space_type(mut self, value: impl Into<String>) -> Self {
        self.space_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardWithDelegateRequestTopOpenSpaceModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("spaceType", &self.space_type)?;
        object.end()
    }
}
/// `CreateCardWithDelegateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateCardWithDelegateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateCardWithDelegateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTemplateResponseBody {
    /// `data`.
    pub data: Option<CreateTemplateResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTemplateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => self.data = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `DeleteTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteTemplateResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteTemplateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `DeliverCardRequestCoFeedOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardRequestCoFeedOpenDeliverModel {
    /// `bizTag`.
    pub biz_tag: Option<String>,
    /// `gmtTimeLine`.
    pub gmt_time_line: Option<i64>,
}
impl DeliverCardRequestCoFeedOpenDeliverModel {
    /// An empty `DeliverCardRequestCoFeedOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizTag`.
    pub fn biz_tag(mut self, value: impl Into<String>) -> Self {
        self.biz_tag = Some(value.into());
        self
    }
    /// Sets `gmtTimeLine`.
    pub fn gmt_time_line(mut self, value: impl Into<i64>) -> Self {
        self.gmt_time_line = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeliverCardRequestCoFeedOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTag", &self.biz_tag)?;
        object.optional("gmtTimeLine", &self.gmt_time_line)?;
        object.end()
    }
}
/// `DeliverCardRequestDocOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardRequestDocOpenDeliverModel {
    /// `userId`.
    pub user_id: Option<String>,
}
impl DeliverCardRequestDocOpenDeliverModel {
    /// An empty `DeliverCardRequestDocOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeliverCardRequestDocOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `DeliverCardRequestImGroupOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardRequestImGroupOpenDeliverModel {
    /// `atUserIds`.
    pub at_user_ids: Option<rt::BTreeMap<String, String>>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `recipients`.
    pub recipients: Option<Vec<String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
impl DeliverCardRequestImGroupOpenDeliverModel {
    /// An empty `DeliverCardRequestImGroupOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atUserIds`.
    pub fn at_user_ids(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.at_user_ids = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
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
    /// Sets `recipients`.
    pub fn recipients(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.recipients = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeliverCardRequestImGroupOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atUserIds", &self.at_user_ids)?;
        object.optional("extension", &self.extension)?;
        object.optional("recipients", &self.recipients)?;
        object.optional("robotCode", &self.robot_code)?;
        object.end()
    }
}
/// `DeliverCardRequestImRobotOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardRequestImRobotOpenDeliverModel {
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `spaceType`.
    pub space_type: Option<String>,
}
impl DeliverCardRequestImRobotOpenDeliverModel {
    /// An empty `DeliverCardRequestImRobotOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
    /// Sets `spaceType`.
    pub fn space_type(mut self, value: impl Into<String>) -> Self {
        self.space_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeliverCardRequestImRobotOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extension", &self.extension)?;
        object.optional("robotCode", &self.robot_code)?;
        object.optional("spaceType", &self.space_type)?;
        object.end()
    }
}
/// `DeliverCardRequestImSingleOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardRequestImSingleOpenDeliverModel {
    /// `atUserIds`.
    pub at_user_ids: Option<rt::BTreeMap<String, String>>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
}
impl DeliverCardRequestImSingleOpenDeliverModel {
    /// An empty `DeliverCardRequestImSingleOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atUserIds`.
    pub fn at_user_ids(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.at_user_ids = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
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
impl rt::serde::Serialize for DeliverCardRequestImSingleOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atUserIds", &self.at_user_ids)?;
        object.optional("extension", &self.extension)?;
        object.end()
    }
}
/// `DeliverCardRequestTopOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardRequestTopOpenDeliverModel {
    /// `expiredTimeMillis`.
    pub expired_time_millis: Option<i64>,
    /// `platforms`.
    pub platforms: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl DeliverCardRequestTopOpenDeliverModel {
    /// An empty `DeliverCardRequestTopOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `expiredTimeMillis`.
    pub fn expired_time_millis(mut self, value: impl Into<i64>) -> Self {
        self.expired_time_millis = Some(value.into());
        self
    }
    /// Sets `platforms`.
    pub fn platforms(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.platforms = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for DeliverCardRequestTopOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expiredTimeMillis", &self.expired_time_millis)?;
        object.optional("platforms", &self.platforms)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
/// `DeliverCardResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardResponseBody {
    /// `result`.
    pub result: Option<Vec<DeliverCardResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeliverCardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeliverCardResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `DeliverCardWithDelegateRequestCoFeedOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardWithDelegateRequestCoFeedOpenDeliverModel {
    /// `bizTag`.
    pub biz_tag: Option<String>,
    /// `gmtTimeLine`.
    pub gmt_time_line: Option<i64>,
}
impl DeliverCardWithDelegateRequestCoFeedOpenDeliverModel {
    /// An empty `DeliverCardWithDelegateRequestCoFeedOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizTag`.
    pub fn biz_tag(mut self, value: impl Into<String>) -> Self {
        self.biz_tag = Some(value.into());
        self
    }
    /// Sets `gmtTimeLine`.
    pub fn gmt_time_line(mut self, value: impl Into<i64>) -> Self {
        self.gmt_time_line = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeliverCardWithDelegateRequestCoFeedOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizTag", &self.biz_tag)?;
        object.optional("gmtTimeLine", &self.gmt_time_line)?;
        object.end()
    }
}
/// `DeliverCardWithDelegateRequestDocOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardWithDelegateRequestDocOpenDeliverModel {
    /// `userId`.
    pub user_id: Option<String>,
}
impl DeliverCardWithDelegateRequestDocOpenDeliverModel {
    /// An empty `DeliverCardWithDelegateRequestDocOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeliverCardWithDelegateRequestDocOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `DeliverCardWithDelegateRequestImGroupOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardWithDelegateRequestImGroupOpenDeliverModel {
    /// `atUserIds`.
    pub at_user_ids: Option<rt::BTreeMap<String, String>>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `recipients`.
    pub recipients: Option<Vec<String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
}
impl DeliverCardWithDelegateRequestImGroupOpenDeliverModel {
    /// An empty `DeliverCardWithDelegateRequestImGroupOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atUserIds`.
    pub fn at_user_ids(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.at_user_ids = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
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
    /// Sets `recipients`.
    pub fn recipients(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.recipients = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeliverCardWithDelegateRequestImGroupOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atUserIds", &self.at_user_ids)?;
        object.optional("extension", &self.extension)?;
        object.optional("recipients", &self.recipients)?;
        object.optional("robotCode", &self.robot_code)?;
        object.end()
    }
}
/// `DeliverCardWithDelegateRequestImRobotOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardWithDelegateRequestImRobotOpenDeliverModel {
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `robotCode`.
    pub robot_code: Option<String>,
    /// `spaceType`.
    pub space_type: Option<String>,
}
impl DeliverCardWithDelegateRequestImRobotOpenDeliverModel {
    /// An empty `DeliverCardWithDelegateRequestImRobotOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `robotCode`.
    pub fn robot_code(mut self, value: impl Into<String>) -> Self {
        self.robot_code = Some(value.into());
        self
    }
    /// Sets `spaceType`.
    pub fn space_type(mut self, value: impl Into<String>) -> Self {
        self.space_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeliverCardWithDelegateRequestImRobotOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extension", &self.extension)?;
        object.optional("robotCode", &self.robot_code)?;
        object.optional("spaceType", &self.space_type)?;
        object.end()
    }
}
/// `DeliverCardWithDelegateRequestImSingleOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardWithDelegateRequestImSingleOpenDeliverModel {
    /// `atUserIds`.
    pub at_user_ids: Option<rt::BTreeMap<String, String>>,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
}
impl DeliverCardWithDelegateRequestImSingleOpenDeliverModel {
    /// An empty `DeliverCardWithDelegateRequestImSingleOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `atUserIds`.
    pub fn at_user_ids(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.at_user_ids = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
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
impl rt::serde::Serialize for DeliverCardWithDelegateRequestImSingleOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atUserIds", &self.at_user_ids)?;
        object.optional("extension", &self.extension)?;
        object.end()
    }
}
/// `DeliverCardWithDelegateRequestTopOpenDeliverModel`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardWithDelegateRequestTopOpenDeliverModel {
    /// `expiredTimeMillis`.
    pub expired_time_millis: Option<i64>,
    /// `platforms`.
    pub platforms: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl DeliverCardWithDelegateRequestTopOpenDeliverModel {
    /// An empty `DeliverCardWithDelegateRequestTopOpenDeliverModel`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `expiredTimeMillis`.
    pub fn expired_time_millis(mut self, value: impl Into<i64>) -> Self {
        self.expired_time_millis = Some(value.into());
        self
    }
    /// Sets `platforms`.
    pub fn platforms(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.platforms = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for DeliverCardWithDelegateRequestTopOpenDeliverModel {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expiredTimeMillis", &self.expired_time_millis)?;
        object.optional("platforms", &self.platforms)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
/// `DeliverCardWithDelegateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardWithDelegateResponseBody {
    /// `result`.
    pub result: Option<Vec<DeliverCardWithDelegateResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeliverCardWithDelegateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeliverCardWithDelegateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `GetTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTemplateResponseBody {
    /// `data`.
    pub data: Option<GetTemplateResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTemplateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => self.data = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `ListTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTemplateResponseBody {
    /// `data`.
    pub data: Option<Vec<ListTemplateResponseBodyData>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ListTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTemplateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => self.data = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `PublishTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PublishTemplateResponseBody {
    /// `data`.
    pub data: Option<PublishTemplateResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PublishTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PublishTemplateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => self.data = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `RegisterCallbackResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RegisterCallbackResponseBody {
    /// `result`.
    pub result: Option<RegisterCallbackResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for RegisterCallbackResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RegisterCallbackResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `RegisterCallbackWithDelegateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RegisterCallbackWithDelegateResponseBody {
    /// `result`.
    pub result: Option<RegisterCallbackWithDelegateResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for RegisterCallbackWithDelegateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RegisterCallbackWithDelegateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `SaveTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SaveTemplateResponseBody {
    /// `data`.
    pub data: Option<SaveTemplateResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SaveTemplateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SaveTemplateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => self.data = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `StreamingUpdateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct StreamingUpdateResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for StreamingUpdateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for StreamingUpdateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `UpdateAICardRequestA2uiAnnotations`.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct UpdateAICardRequestA2uiAnnotations {
    /// `componentId`.
    pub component_id: String,
    /// `surfaceId`.
    pub surface_id: String,
    /// `type`.
    pub r#type: String,
}
impl UpdateAICardRequestA2uiAnnotations {
    /// A `UpdateAICardRequestA2uiAnnotations` with its required fields (`componentId`, `surfaceId`, `type`); set the others with the methods named after them.
    pub fn new(
        component_id: impl Into<String>,
        surface_id: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Self {
            component_id: component_id.into(),
            surface_id: surface_id.into(),
            r#type: r#type.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateAICardRequestA2uiAnnotations {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("componentId", &self.component_id)?;
        object.field("surfaceId", &self.surface_id)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
/// `UpdateAICardResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateAICardResponseBody {
    /// `result`.
    pub result: Option<UpdateAICardResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateAICardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateAICardResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `UpdateCardRequestCardData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCardRequestCardData {
    /// `cardParamMap`.
    pub card_param_map: Option<rt::BTreeMap<String, String>>,
}
impl UpdateCardRequestCardData {
    /// An empty `UpdateCardRequestCardData`; set fields with the methods named after them.
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
impl rt::serde::Serialize for UpdateCardRequestCardData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardParamMap", &self.card_param_map)?;
        object.end()
    }
}
/// `UpdateCardRequestCardUpdateOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCardRequestCardUpdateOptions {
    /// `updateCardDataByKey`.
    pub update_card_data_by_key: Option<bool>,
    /// `updatePrivateDataByKey`.
    pub update_private_data_by_key: Option<bool>,
}
impl UpdateCardRequestCardUpdateOptions {
    /// An empty `UpdateCardRequestCardUpdateOptions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `updateCardDataByKey`.
    pub fn update_card_data_by_key(mut self, value: impl Into<bool>) -> Self {
        self.update_card_data_by_key = Some(value.into());
        self
    }
    /// Sets `updatePrivateDataByKey`.
    pub fn update_private_data_by_key(mut self, value: impl Into<bool>) -> Self {
        self.update_private_data_by_key = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateCardRequestCardUpdateOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("updateCardDataByKey", &self.update_card_data_by_key)?;
        object.optional("updatePrivateDataByKey", &self.update_private_data_by_key)?;
        object.end()
    }
}
/// `UpdateCardResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCardResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateCardResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateCardResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `UpdateCardWithDelegateRequestCardData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCardWithDelegateRequestCardData {
    /// `cardParamMap`.
    pub card_param_map: Option<rt::BTreeMap<String, String>>,
}
impl UpdateCardWithDelegateRequestCardData {
    /// An empty `UpdateCardWithDelegateRequestCardData`; set fields with the methods named after them.
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
impl rt::serde::Serialize for UpdateCardWithDelegateRequestCardData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardParamMap", &self.card_param_map)?;
        object.end()
    }
}
/// `UpdateCardWithDelegateRequestCardUpdateOptions`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCardWithDelegateRequestCardUpdateOptions {
    /// `updateCardDataByKey`.
    pub update_card_data_by_key: Option<bool>,
    /// `updatePrivateDataByKey`.
    pub update_private_data_by_key: Option<bool>,
}
impl UpdateCardWithDelegateRequestCardUpdateOptions {
    /// An empty `UpdateCardWithDelegateRequestCardUpdateOptions`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `updateCardDataByKey`.
    pub fn update_card_data_by_key(mut self, value: impl Into<bool>) -> Self {
        self.update_card_data_by_key = Some(value.into());
        self
    }
    /// Sets `updatePrivateDataByKey`.
    pub fn update_private_data_by_key(mut self, value: impl Into<bool>) -> Self {
        self.update_private_data_by_key = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateCardWithDelegateRequestCardUpdateOptions {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("updateCardDataByKey", &self.update_card_data_by_key)?;
        object.optional("updatePrivateDataByKey", &self.update_private_data_by_key)?;
        object.end()
    }
}
/// `UpdateCardWithDelegateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateCardWithDelegateResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateCardWithDelegateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateCardWithDelegateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => self.result = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `AppendSpaceRequestImGroupOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceRequestImGroupOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl AppendSpaceRequestImGroupOpenSpaceModelNotification {
    /// An empty `AppendSpaceRequestImGroupOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendSpaceRequestImGroupOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceRequestImGroupOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl AppendSpaceRequestImGroupOpenSpaceModelSearchSupport {
    /// An empty `AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendSpaceRequestImGroupOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `AppendSpaceRequestImRobotOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceRequestImRobotOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl AppendSpaceRequestImRobotOpenSpaceModelNotification {
    /// An empty `AppendSpaceRequestImRobotOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendSpaceRequestImRobotOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `AppendSpaceRequestImRobotOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceRequestImRobotOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl AppendSpaceRequestImRobotOpenSpaceModelSearchSupport {
    /// An empty `AppendSpaceRequestImRobotOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendSpaceRequestImRobotOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `AppendSpaceWithDelegateRequestImGroupOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceWithDelegateRequestImGroupOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl AppendSpaceWithDelegateRequestImGroupOpenSpaceModelNotification {
    /// An empty `AppendSpaceWithDelegateRequestImGroupOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for AppendSpaceWithDelegateRequestImGroupOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `AppendSpaceWithDelegateRequestImGroupOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceWithDelegateRequestImGroupOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl AppendSpaceWithDelegateRequestImGroupOpenSpaceModelSearchSupport {
    /// An empty `AppendSpaceWithDelegateRequestImGroupOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for AppendSpaceWithDelegateRequestImGroupOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `AppendSpaceWithDelegateRequestImRobotOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceWithDelegateRequestImRobotOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl AppendSpaceWithDelegateRequestImRobotOpenSpaceModelNotification {
    /// An empty `AppendSpaceWithDelegateRequestImRobotOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for AppendSpaceWithDelegateRequestImRobotOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `AppendSpaceWithDelegateRequestImRobotOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendSpaceWithDelegateRequestImRobotOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl AppendSpaceWithDelegateRequestImRobotOpenSpaceModelSearchSupport {
    /// An empty `AppendSpaceWithDelegateRequestImRobotOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for AppendSpaceWithDelegateRequestImRobotOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CopyTemplateResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CopyTemplateResponseBodyData {
    /// `templateId`.
    pub template_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CopyTemplateResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CopyTemplateResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "templateId" => self.template_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateAndDeliverRequestImGroupOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestImGroupOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl CreateAndDeliverRequestImGroupOpenSpaceModelNotification {
    /// An empty `CreateAndDeliverRequestImGroupOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestImGroupOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestImGroupOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestImGroupOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl CreateAndDeliverRequestImGroupOpenSpaceModelSearchSupport {
    /// An empty `CreateAndDeliverRequestImGroupOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestImGroupOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestImRobotOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestImRobotOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl CreateAndDeliverRequestImRobotOpenSpaceModelNotification {
    /// An empty `CreateAndDeliverRequestImRobotOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestImRobotOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestImRobotOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestImRobotOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl CreateAndDeliverRequestImRobotOpenSpaceModelSearchSupport {
    /// An empty `CreateAndDeliverRequestImRobotOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestImRobotOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestImSingleOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestImSingleOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl CreateAndDeliverRequestImSingleOpenSpaceModelNotification {
    /// An empty `CreateAndDeliverRequestImSingleOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequestImSingleOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestImSingleOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestImSingleOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl CreateAndDeliverRequestImSingleOpenSpaceModelSearchSupport {
    /// An empty `CreateAndDeliverRequestImSingleOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverRequestImSingleOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs {
    /// `constParams`.
    pub const_params: Option<rt::BTreeMap<String, String>>,
    /// `dynamicDataSourceId`.
    pub dynamic_data_source_id: Option<String>,
    /// `pullConfig`.
    pub pull_config: Option<
        CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig,
    >,
}
impl CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs {
    /// An empty `CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `constParams`.
    pub fn const_params(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.const_params = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `dynamicDataSourceId`.
    pub fn dynamic_data_source_id(mut self, value: impl Into<String>) -> Self {
        self.dynamic_data_source_id = Some(value.into());
        self
    }
    /// Sets `pullConfig`.
    pub fn pull_config(
        mut self,
        value: impl Into<
            CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig,
        >,
    ) -> Self {
        self.pull_config = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("constParams", &self.const_params)?;
        object.optional("dynamicDataSourceId", &self.dynamic_data_source_id)?;
        object.optional("pullConfig", &self.pull_config)?;
        object.end()
    }
}
/// `CreateAndDeliverResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverResponseBodyResult {
    /// `deliverResults`.
    pub deliver_results: Option<Vec<CreateAndDeliverResponseBodyResultDeliverResults>>,
    /// `outTrackId`.
    pub out_track_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateAndDeliverResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAndDeliverResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deliverResults" => self.deliver_results = map.next_value()?,
            "outTrackId" => self.out_track_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateAndDeliverAICardRequestImGroupOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverAICardRequestImGroupOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl CreateAndDeliverAICardRequestImGroupOpenSpaceModelNotification {
    /// An empty `CreateAndDeliverAICardRequestImGroupOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverAICardRequestImGroupOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `CreateAndDeliverAICardRequestImGroupOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverAICardRequestImGroupOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl CreateAndDeliverAICardRequestImGroupOpenSpaceModelSearchSupport {
    /// An empty `CreateAndDeliverAICardRequestImGroupOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverAICardRequestImGroupOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CreateAndDeliverAICardRequestImRobotOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverAICardRequestImRobotOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl CreateAndDeliverAICardRequestImRobotOpenSpaceModelNotification {
    /// An empty `CreateAndDeliverAICardRequestImRobotOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverAICardRequestImRobotOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `CreateAndDeliverAICardRequestImRobotOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverAICardRequestImRobotOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl CreateAndDeliverAICardRequestImRobotOpenSpaceModelSearchSupport {
    /// An empty `CreateAndDeliverAICardRequestImRobotOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverAICardRequestImRobotOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CreateAndDeliverAICardResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverAICardResponseBodyResult {
    /// `deliverResults`.
    pub deliver_results: Option<
        Vec<CreateAndDeliverAICardResponseBodyResultDeliverResults>,
    >,
    /// `outTrackId`.
    pub out_track_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateAndDeliverAICardResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAndDeliverAICardResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deliverResults" => self.deliver_results = map.next_value()?,
            "outTrackId" => self.out_track_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelNotification {
    /// An empty `CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelSearchSupport {
    /// An empty `CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelNotification {
    /// An empty `CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelSearchSupport {
    /// An empty `CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelNotification {
    /// An empty `CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelSearchSupport {
    /// An empty `CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs {
    /// `constParams`.
    pub const_params: Option<rt::BTreeMap<String, String>>,
    /// `dynamicDataSourceId`.
    pub dynamic_data_source_id: Option<String>,
    /// `pullConfig`.
    pub pull_config: Option<
        CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig,
    >,
}
impl CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs {
    /// An empty `CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `constParams`.
    pub fn const_params(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.const_params = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `dynamicDataSourceId`.
    pub fn dynamic_data_source_id(mut self, value: impl Into<String>) -> Self {
        self.dynamic_data_source_id = Some(value.into());
        self
    }
    /// Sets `pullConfig`.
    pub fn pull_config(
        mut self,
        value: impl Into<
            CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig,
        >,
    ) -> Self {
        self.pull_config = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("constParams", &self.const_params)?;
        object.optional("dynamicDataSourceId", &self.dynamic_data_source_id)?;
        object.optional("pullConfig", &self.pull_config)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateResponseBodyResult {
    /// `deliverResults`.
    pub deliver_results: Option<
        Vec<CreateAndDeliverWithDelegateResponseBodyResultDeliverResults>,
    >,
    /// `outTrackId`.
    pub out_track_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateAndDeliverWithDelegateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAndDeliverWithDelegateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deliverResults" => self.deliver_results = map.next_value()?,
            "outTrackId" => self.out_track_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateCardRequestImGroupOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestImGroupOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl CreateCardRequestImGroupOpenSpaceModelNotification {
    /// An empty `CreateCardRequestImGroupOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardRequestImGroupOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `CreateCardRequestImGroupOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestImGroupOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl CreateCardRequestImGroupOpenSpaceModelSearchSupport {
    /// An empty `CreateCardRequestImGroupOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardRequestImGroupOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CreateCardRequestImRobotOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestImRobotOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl CreateCardRequestImRobotOpenSpaceModelNotification {
    /// An empty `CreateCardRequestImRobotOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardRequestImRobotOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `CreateCardRequestImRobotOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestImRobotOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl CreateCardRequestImRobotOpenSpaceModelSearchSupport {
    /// An empty `CreateCardRequestImRobotOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardRequestImRobotOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CreateCardRequestImSingleOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestImSingleOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl CreateCardRequestImSingleOpenSpaceModelNotification {
    /// An empty `CreateCardRequestImSingleOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardRequestImSingleOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `CreateCardRequestImSingleOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestImSingleOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl CreateCardRequestImSingleOpenSpaceModelSearchSupport {
    /// An empty `CreateCardRequestImSingleOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardRequestImSingleOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigs {
    /// `constParams`.
    pub const_params: Option<rt::BTreeMap<String, String>>,
    /// `dynamicDataSourceId`.
    pub dynamic_data_source_id: Option<String>,
    /// `pullConfig`.
    pub pull_config: Option<
        CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig,
    >,
}
impl CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigs {
    /// An empty `CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `constParams`.
    pub fn const_params(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.const_params = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `dynamicDataSourceId`.
    pub fn dynamic_data_source_id(mut self, value: impl Into<String>) -> Self {
        self.dynamic_data_source_id = Some(value.into());
        self
    }
    /// Sets `pullConfig`.
    pub fn pull_config(
        mut self,
        value: impl Into<
            CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig,
        >,
    ) -> Self {
        self.pull_config = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("constParams", &self.const_params)?;
        object.optional("dynamicDataSourceId", &self.dynamic_data_source_id)?;
        object.optional("pullConfig", &self.pull_config)?;
        object.end()
    }
}
/// `CreateCardWithDelegateRequestImGroupOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestImGroupOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl CreateCardWithDelegateRequestImGroupOpenSpaceModelNotification {
    /// An empty `CreateCardWithDelegateRequestImGroupOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateCardWithDelegateRequestImGroupOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `CreateCardWithDelegateRequestImGroupOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestImGroupOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl CreateCardWithDelegateRequestImGroupOpenSpaceModelSearchSupport {
    /// An empty `CreateCardWithDelegateRequestImGroupOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateCardWithDelegateRequestImGroupOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CreateCardWithDelegateRequestImRobotOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestImRobotOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl CreateCardWithDelegateRequestImRobotOpenSpaceModelNotification {
    /// An empty `CreateCardWithDelegateRequestImRobotOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateCardWithDelegateRequestImRobotOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `CreateCardWithDelegateRequestImRobotOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestImRobotOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl CreateCardWithDelegateRequestImRobotOpenSpaceModelSearchSupport {
    /// An empty `CreateCardWithDelegateRequestImRobotOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateCardWithDelegateRequestImRobotOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CreateCardWithDelegateRequestImSingleOpenSpaceModelNotification`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestImSingleOpenSpaceModelNotification {
    /// `alertContent`.
    pub alert_content: Option<String>,
    /// `notificationOff`.
    pub notification_off: Option<bool>,
}
impl CreateCardWithDelegateRequestImSingleOpenSpaceModelNotification {
    /// An empty `CreateCardWithDelegateRequestImSingleOpenSpaceModelNotification`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alertContent`.
    pub fn alert_content(mut self, value: impl Into<String>) -> Self {
        self.alert_content = Some(value.into());
        self
    }
    /// Sets `notificationOff`.
    pub fn notification_off(mut self, value: impl Into<bool>) -> Self {
        self.notification_off = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateCardWithDelegateRequestImSingleOpenSpaceModelNotification {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alertContent", &self.alert_content)?;
        object.optional("notificationOff", &self.notification_off)?;
        object.end()
    }
}
/// `CreateCardWithDelegateRequestImSingleOpenSpaceModelSearchSupport`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestImSingleOpenSpaceModelSearchSupport {
    /// `searchDesc`.
    pub search_desc: Option<String>,
    /// `searchIcon`.
    pub search_icon: Option<String>,
    /// `searchTypeName`.
    pub search_type_name: Option<String>,
}
impl CreateCardWithDelegateRequestImSingleOpenSpaceModelSearchSupport {
    /// An empty `CreateCardWithDelegateRequestImSingleOpenSpaceModelSearchSupport`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `searchDesc`.
    pub fn search_desc(mut self, value: impl Into<String>) -> Self {
        self.search_desc = Some(value.into());
        self
    }
    /// Sets `searchIcon`.
    pub fn search_icon(mut self, value: impl Into<String>) -> Self {
        self.search_icon = Some(value.into());
        self
    }
    /// Sets `searchTypeName`.
    pub fn search_type_name(mut self, value: impl Into<String>) -> Self {
        self.search_type_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateCardWithDelegateRequestImSingleOpenSpaceModelSearchSupport {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("searchDesc", &self.search_desc)?;
        object.optional("searchIcon", &self.search_icon)?;
        object.optional("searchTypeName", &self.search_type_name)?;
        object.end()
    }
}
/// `CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs {
    /// `constParams`.
    pub const_params: Option<rt::BTreeMap<String, String>>,
    /// `dynamicDataSourceId`.
    pub dynamic_data_source_id: Option<String>,
    /// `pullConfig`.
    pub pull_config: Option<
        CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig,
    >,
}
impl CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs {
    /// An empty `CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `constParams`.
    pub fn const_params(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.const_params = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `dynamicDataSourceId`.
    pub fn dynamic_data_source_id(mut self, value: impl Into<String>) -> Self {
        self.dynamic_data_source_id = Some(value.into());
        self
    }
    /// Sets `pullConfig`.
    pub fn pull_config(
        mut self,
        value: impl Into<
            CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig,
        >,
    ) -> Self {
        self.pull_config = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("constParams", &self.const_params)?;
        object.optional("dynamicDataSourceId", &self.dynamic_data_source_id)?;
        object.optional("pullConfig", &self.pull_config)?;
        object.end()
    }
}
/// `CreateTemplateResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTemplateResponseBodyData {
    /// `templateId`.
    pub template_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTemplateResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTemplateResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "templateId" => self.template_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `DeliverCardResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardResponseBodyResult {
    /// `carrierId`.
    pub carrier_id: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `spaceType`.
    pub space_type: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeliverCardResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeliverCardResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "carrierId" => self.carrier_id = map.next_value()?,
            "errorMsg" => self.error_msg = map.next_value()?,
            "spaceId" => self.space_id = map.next_value()?,
            "spaceType" => self.space_type = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `DeliverCardWithDelegateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeliverCardWithDelegateResponseBodyResult {
    /// `carrierId`.
    pub carrier_id: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `spaceType`.
    pub space_type: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeliverCardWithDelegateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeliverCardWithDelegateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "carrierId" => self.carrier_id = map.next_value()?,
            "errorMsg" => self.error_msg = map.next_value()?,
            "spaceId" => self.space_id = map.next_value()?,
            "spaceType" => self.space_type = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `GetTemplateResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTemplateResponseBodyData {
    /// `blockTemplate`.
    pub block_template: Option<bool>,
    /// `commonVariableList`.
    pub common_variable_list: Option<rt::serde_json::Value>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `expVariableList`.
    pub exp_variable_list: Option<rt::serde_json::Value>,
    /// `extendType`.
    pub extend_type: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `localVariableList`.
    pub local_variable_list: Option<rt::serde_json::Value>,
    /// `miniAppId`.
    pub mini_app_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `preview`.
    pub preview: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTemplateResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTemplateResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blockTemplate" => self.block_template = map.next_value()?,
            "commonVariableList" => self.common_variable_list = map.next_value()?,
            "creatorId" => self.creator_id = map.next_value()?,
            "expVariableList" => self.exp_variable_list = map.next_value()?,
            "extendType" => self.extend_type = map.next_value()?,
            "gmtCreate" => self.gmt_create = map.next_value()?,
            "gmtModified" => self.gmt_modified = map.next_value()?,
            "localVariableList" => self.local_variable_list = map.next_value()?,
            "miniAppId" => self.mini_app_id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "preview" => self.preview = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "templateId" => self.template_id = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `ListTemplateResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListTemplateResponseBodyData {
    /// `blockTemplate`.
    pub block_template: Option<bool>,
    /// `commonVariableList`.
    pub common_variable_list: Option<rt::serde_json::Value>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `expVariableList`.
    pub exp_variable_list: Option<rt::serde_json::Value>,
    /// `extendType`.
    pub extend_type: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `localVariableList`.
    pub local_variable_list: Option<rt::serde_json::Value>,
    /// `miniAppId`.
    pub mini_app_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `preview`.
    pub preview: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListTemplateResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListTemplateResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blockTemplate" => self.block_template = map.next_value()?,
            "commonVariableList" => self.common_variable_list = map.next_value()?,
            "creatorId" => self.creator_id = map.next_value()?,
            "expVariableList" => self.exp_variable_list = map.next_value()?,
            "extendType" => self.extend_type = map.next_value()?,
            "gmtCreate" => self.gmt_create = map.next_value()?,
            "gmtModified" => self.gmt_modified = map.next_value()?,
            "localVariableList" => self.local_variable_list = map.next_value()?,
            "miniAppId" => self.mini_app_id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "preview" => self.preview = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "templateId" => self.template_id = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `PublishTemplateResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PublishTemplateResponseBodyData {
    /// `blockTemplate`.
    pub block_template: Option<bool>,
    /// `commonVariableList`.
    pub common_variable_list: Option<rt::serde_json::Value>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `expVariableList`.
    pub exp_variable_list: Option<rt::serde_json::Value>,
    /// `extendType`.
    pub extend_type: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `localVariableList`.
    pub local_variable_list: Option<rt::serde_json::Value>,
    /// `miniAppId`.
    pub mini_app_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `preview`.
    pub preview: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PublishTemplateResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PublishTemplateResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blockTemplate" => self.block_template = map.next_value()?,
            "commonVariableList" => self.common_variable_list = map.next_value()?,
            "creatorId" => self.creator_id = map.next_value()?,
            "expVariableList" => self.exp_variable_list = map.next_value()?,
            "extendType" => self.extend_type = map.next_value()?,
            "gmtCreate" => self.gmt_create = map.next_value()?,
            "gmtModified" => self.gmt_modified = map.next_value()?,
            "localVariableList" => self.local_variable_list = map.next_value()?,
            "miniAppId" => self.mini_app_id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "preview" => self.preview = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "templateId" => self.template_id = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `RegisterCallbackResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RegisterCallbackResponseBodyResult {
    /// `apiSecret`.
    pub api_secret: Option<String>,
    /// `callbackUrl`.
    pub callback_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RegisterCallbackResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RegisterCallbackResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "apiSecret" => self.api_secret = map.next_value()?,
            "callbackUrl" => self.callback_url = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `RegisterCallbackWithDelegateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RegisterCallbackWithDelegateResponseBodyResult {
    /// `apiSecret`.
    pub api_secret: Option<String>,
    /// `callbackUrl`.
    pub callback_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for RegisterCallbackWithDelegateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RegisterCallbackWithDelegateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "apiSecret" => self.api_secret = map.next_value()?,
            "callbackUrl" => self.callback_url = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `SaveTemplateResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SaveTemplateResponseBodyData {
    /// `blockTemplate`.
    pub block_template: Option<bool>,
    /// `commonVariableList`.
    pub common_variable_list: Option<rt::serde_json::Value>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `expVariableList`.
    pub exp_variable_list: Option<rt::serde_json::Value>,
    /// `extendType`.
    pub extend_type: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `localVariableList`.
    pub local_variable_list: Option<rt::serde_json::Value>,
    /// `miniAppId`.
    pub mini_app_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `preview`.
    pub preview: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SaveTemplateResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SaveTemplateResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blockTemplate" => self.block_template = map.next_value()?,
            "commonVariableList" => self.common_variable_list = map.next_value()?,
            "creatorId" => self.creator_id = map.next_value()?,
            "expVariableList" => self.exp_variable_list = map.next_value()?,
            "extendType" => self.extend_type = map.next_value()?,
            "gmtCreate" => self.gmt_create = map.next_value()?,
            "gmtModified" => self.gmt_modified = map.next_value()?,
            "localVariableList" => self.local_variable_list = map.next_value()?,
            "miniAppId" => self.mini_app_id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "preview" => self.preview = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "templateId" => self.template_id = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `UpdateAICardResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateAICardResponseBodyResult {
    /// `flowStatus`.
    pub flow_status: Option<String>,
    /// `outTrackId`.
    pub out_track_id: Option<String>,
    /// `outUpdateId`.
    pub out_update_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateAICardResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateAICardResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "flowStatus" => self.flow_status = map.next_value()?,
            "outTrackId" => self.out_track_id = map.next_value()?,
            "outUpdateId" => self.out_update_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig {
    /// `interval`.
    pub interval: Option<i64>,
    /// `pullStrategy`.
    pub pull_strategy: Option<String>,
    /// `timeUnit`.
    pub time_unit: Option<String>,
}
impl CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig {
    /// An empty `CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `interval`.
    pub fn interval(mut self, value: impl Into<i64>) -> Self {
        self.interval = Some(value.into());
        self
    }
    /// Sets `pullStrategy`.
    pub fn pull_strategy(mut self, value: impl Into<String>) -> Self {
        self.pull_strategy = Some(value.into());
        self
    }
    /// Sets `timeUnit`.
    pub fn time_unit(mut self, value: impl Into<String>) -> Self {
        self.time_unit = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("interval", &self.interval)?;
        object.optional("pullStrategy", &self.pull_strategy)?;
        object.optional("timeUnit", &self.time_unit)?;
        object.end()
    }
}
/// `CreateAndDeliverResponseBodyResultDeliverResults`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverResponseBodyResultDeliverResults {
    /// `carrierId`.
    pub carrier_id: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `spaceType`.
    pub space_type: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateAndDeliverResponseBodyResultDeliverResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAndDeliverResponseBodyResultDeliverResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "carrierId" => self.carrier_id = map.next_value()?,
            "errorMsg" => self.error_msg = map.next_value()?,
            "spaceId" => self.space_id = map.next_value()?,
            "spaceType" => self.space_type = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateAndDeliverAICardResponseBodyResultDeliverResults`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverAICardResponseBodyResultDeliverResults {
    /// `carrierId`.
    pub carrier_id: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `spaceType`.
    pub space_type: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateAndDeliverAICardResponseBodyResultDeliverResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAndDeliverAICardResponseBodyResultDeliverResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "carrierId" => self.carrier_id = map.next_value()?,
            "errorMsg" => self.error_msg = map.next_value()?,
            "spaceId" => self.space_id = map.next_value()?,
            "spaceType" => self.space_type = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig {
    /// `interval`.
    pub interval: Option<i64>,
    /// `pullStrategy`.
    pub pull_strategy: Option<String>,
    /// `timeUnit`.
    pub time_unit: Option<String>,
}
impl CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig {
    /// An empty `CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `interval`.
    pub fn interval(mut self, value: impl Into<i64>) -> Self {
        self.interval = Some(value.into());
        self
    }
    /// Sets `pullStrategy`.
    pub fn pull_strategy(mut self, value: impl Into<String>) -> Self {
        self.pull_strategy = Some(value.into());
        self
    }
    /// Sets `timeUnit`.
    pub fn time_unit(mut self, value: impl Into<String>) -> Self {
        self.time_unit = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("interval", &self.interval)?;
        object.optional("pullStrategy", &self.pull_strategy)?;
        object.optional("timeUnit", &self.time_unit)?;
        object.end()
    }
}
/// `CreateAndDeliverWithDelegateResponseBodyResultDeliverResults`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateResponseBodyResultDeliverResults {
    /// `carrierId`.
    pub carrier_id: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `spaceType`.
    pub space_type: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de>
for CreateAndDeliverWithDelegateResponseBodyResultDeliverResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAndDeliverWithDelegateResponseBodyResultDeliverResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "carrierId" => self.carrier_id = map.next_value()?,
            "errorMsg" => self.error_msg = map.next_value()?,
            "spaceId" => self.space_id = map.next_value()?,
            "spaceType" => self.space_type = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    }
}
/// `CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig {
    /// `interval`.
    pub interval: Option<i64>,
    /// `pullStrategy`.
    pub pull_strategy: Option<String>,
    /// `timeUnit`.
    pub time_unit: Option<String>,
}
impl CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig {
    /// An empty `CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `interval`.
    pub fn interval(mut self, value: impl Into<i64>) -> Self {
        self.interval = Some(value.into());
        self
    }
    /// Sets `pullStrategy`.
    pub fn pull_strategy(mut self, value: impl Into<String>) -> Self {
        self.pull_strategy = Some(value.into());
        self
    }
    /// Sets `timeUnit`.
    pub fn time_unit(mut self, value: impl Into<String>) -> Self {
        self.time_unit = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("interval", &self.interval)?;
        object.optional("pullStrategy", &self.pull_strategy)?;
        object.optional("timeUnit", &self.time_unit)?;
        object.end()
    }
}
/// `CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig {
    /// `interval`.
    pub interval: Option<i64>,
    /// `pullStrategy`.
    pub pull_strategy: Option<String>,
    /// `timeUnit`.
    pub time_unit: Option<String>,
}
impl CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig {
    /// An empty `CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `interval`.
    pub fn interval(mut self, value: impl Into<i64>) -> Self {
        self.interval = Some(value.into());
        self
    }
    /// Sets `pullStrategy`.
    pub fn pull_strategy(mut self, value: impl Into<String>) -> Self {
        self.pull_strategy = Some(value.into());
        self
    }
    /// Sets `timeUnit`.
    pub fn time_unit(mut self, value: impl Into<String>) -> Self {
        self.time_unit = Some(value.into());
        self
    }
}
impl rt::serde::Serialize
for CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("interval", &self.interval)?;
        object.optional("pullStrategy", &self.pull_strategy)?;
        object.optional("timeUnit", &self.time_unit)?;
        object.end()
    }
}
/// The request of [`Api::append_space`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct AppendSpaceRequest {
    /// `coFeedOpenSpaceModel`.
    pub co_feed_open_space_model: Option<AppendSpaceRequestCoFeedOpenSpaceModel>,
    /// `imGroupOpenSpaceModel`.
    pub im_group_open_space_model: Option<AppendSpaceRequestImGroupOpenSpaceModel>,
    /// `imRobotOpenSpaceModel`.
    pub im_robot_open_space_model: Option<AppendSpaceRequestImRobotOpenSpaceModel>,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `topOpenSpaceModel`.
    pub top_open_space_model: Option<AppendSpaceRequestTopOpenSpaceModel>,
}
impl AppendSpaceRequest {
    /// A `AppendSpaceRequest` with its required fields (`outTrackId`); set the others with the methods named after them.
    pub fn new(out_track_id: impl Into<String>) -> Self {
        Self {
            co_feed_open_space_model: None,
            im_group_open_space_model: None,
            im_robot_open_space_model: None,
            out_track_id: out_track_id.into(),
            top_open_space_model: None,
        }
    }
    /// Sets `coFeedOpenSpaceModel`.
    pub fn co_feed_open_space_model(
        mut self,
        value: impl Into<AppendSpaceRequestCoFeedOpenSpaceModel>,
    ) -> Self {
        self.co_feed_open_space_model = Some(value.into());
        self
    }
    /// Sets `imGroupOpenSpaceModel`.
    pub fn im_group_open_space_model(
        mut self,
        value: impl Into<AppendSpaceRequestImGroupOpenSpaceModel>,
    ) -> Self {
        self.im_group_open_space_model = Some(value.into());
        self
    }
    /// Sets `imRobotOpenSpaceModel`.
    pub fn im_robot_open_space_model(
        mut self,
        value: impl Into<AppendSpaceRequestImRobotOpenSpaceModel>,
    ) -> Self {
        self.im_robot_open_space_model = Some(value.into());
        self
    }
    /// Sets `topOpenSpaceModel`.
    pub fn top_open_space_model(
        mut self,
        value: impl Into<AppendSpaceRequestTopOpenSpaceModel>,
    ) -> Self {
        self.top_open_space_model = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendSpaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coFeedOpenSpaceModel", &self.co_feed_open_space_model)?;
        object.optional("imGroupOpenSpaceModel", &self.im_group_open_space_model)?;
        object.optional("imRobotOpenSpaceModel", &self.im_robot_open_space_model)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("topOpenSpaceModel", &self.top_open_space_model)?;
        object.end()
    }
}
impl rt::WriteRequest for AppendSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::append_space_with_delegate`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct AppendSpaceWithDelegateRequest {
    /// `coFeedOpenSpaceModel`.
    pub co_feed_open_space_model: Option<
        AppendSpaceWithDelegateRequestCoFeedOpenSpaceModel,
    >,
    /// `imGroupOpenSpaceModel`.
    pub im_group_open_space_model: Option<
        AppendSpaceWithDelegateRequestImGroupOpenSpaceModel,
    >,
    /// `imRobotOpenSpaceModel`.
    pub im_robot_open_space_model: Option<
        AppendSpaceWithDelegateRequestImRobotOpenSpaceModel,
    >,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `topOpenSpaceModel`.
    pub top_open_space_model: Option<AppendSpaceWithDelegateRequestTopOpenSpaceModel>,
}
impl AppendSpaceWithDelegateRequest {
    /// A `AppendSpaceWithDelegateRequest` with its required fields (`outTrackId`); set the others with the methods named after them.
    pub fn new(out_track_id: impl Into<String>) -> Self {
        Self {
            co_feed_open_space_model: None,
            im_group_open_space_model: None,
            im_robot_open_space_model: None,
            out_track_id: out_track_id.into(),
            top_open_space_model: None,
        }
    }
    /// Sets `coFeedOpenSpaceModel`.
    pub fn co_feed_open_space_model(
        mut self,
        value: impl Into<AppendSpaceWithDelegateRequestCoFeedOpenSpaceModel>,
    ) -> Self {
        self.co_feed_open_space_model = Some(value.into());
        self
    }
    /// Sets `imGroupOpenSpaceModel`.
    pub fn im_group_open_space_model(
        mut self,
        value: impl Into<AppendSpaceWithDelegateRequestImGroupOpenSpaceModel>,
    ) -> Self {
        self.im_group_open_space_model = Some(value.into());
        self
    }
    /// Sets `imRobotOpenSpaceModel`.
    pub fn im_robot_open_space_model(
        mut self,
        value: impl Into<AppendSpaceWithDelegateRequestImRobotOpenSpaceModel>,
    ) -> Self {
        self.im_robot_open_space_model = Some(value.into());
        self
    }
    /// Sets `topOpenSpaceModel`.
    pub fn top_open_space_model(
        mut self,
        value: impl Into<AppendSpaceWithDelegateRequestTopOpenSpaceModel>,
    ) -> Self {
        self.top_open_space_model = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AppendSpaceWithDelegateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coFeedOpenSpaceModel", &self.co_feed_open_space_model)?;
        object.optional("imGroupOpenSpaceModel", &self.im_group_open_space_model)?;
        object.optional("imRobotOpenSpaceModel", &self.im_robot_open_space_model)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("topOpenSpaceModel", &self.top_open_space_model)?;
        object.end()
    }
}
impl rt::WriteRequest for AppendSpaceWithDelegateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::close_top_card`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CloseTopCardRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
    /// `outTrackId`: a query parameter.
    pub out_track_id: String,
}
impl CloseTopCardRequest {
    /// A `CloseTopCardRequest` with its required fields (`openConversationId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(
        open_conversation_id: impl Into<String>,
        out_track_id: impl Into<String>,
    ) -> Self {
        Self {
            open_conversation_id: open_conversation_id.into(),
            out_track_id: out_track_id.into(),
        }
    }
}
impl rt::WriteRequest for CloseTopCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query("outTrackId", &self.out_track_id);
    }
}
/// The request of [`Api::copy_template`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CopyTemplateRequest {
    /// `name`.
    pub name: Option<String>,
    /// `templateId`.
    pub template_id: String,
}
impl CopyTemplateRequest {
    /// A `CopyTemplateRequest` with its required fields (`templateId`); set the others with the methods named after them.
    pub fn new(template_id: impl Into<String>) -> Self {
        Self {
            name: None,
            template_id: template_id.into(),
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CopyTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.field("templateId", &self.template_id)?;
        object.end()
    }
}
impl rt::WriteRequest for CopyTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_and_deliver`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CreateAndDeliverRequest {
    /// `callbackRouteKey`.
    pub callback_route_key: Option<String>,
    /// `callbackType`.
    pub callback_type: Option<String>,
    /// `cardAtUserIds`.
    pub card_at_user_ids: Option<Vec<String>>,
    /// `cardData`.
    pub card_data: CreateAndDeliverRequestCardData,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `coFeedOpenDeliverModel`.
    pub co_feed_open_deliver_model: Option<
        CreateAndDeliverRequestCoFeedOpenDeliverModel,
    >,
    /// `coFeedOpenSpaceModel`.
    pub co_feed_open_space_model: Option<CreateAndDeliverRequestCoFeedOpenSpaceModel>,
    /// `docOpenDeliverModel`.
    pub doc_open_deliver_model: Option<CreateAndDeliverRequestDocOpenDeliverModel>,
    /// `imGroupOpenDeliverModel`.
    pub im_group_open_deliver_model: Option<
        CreateAndDeliverRequestImGroupOpenDeliverModel,
    >,
    /// `imGroupOpenSpaceModel`.
    pub im_group_open_space_model: Option<CreateAndDeliverRequestImGroupOpenSpaceModel>,
    /// `imRobotOpenDeliverModel`.
    pub im_robot_open_deliver_model: Option<
        CreateAndDeliverRequestImRobotOpenDeliverModel,
    >,
    /// `imRobotOpenSpaceModel`.
    pub im_robot_open_space_model: Option<CreateAndDeliverRequestImRobotOpenSpaceModel>,
    /// `imSingleOpenDeliverModel`.
    pub im_single_open_deliver_model: Option<
        CreateAndDeliverRequestImSingleOpenDeliverModel,
    >,
    /// `imSingleOpenSpaceModel`.
    pub im_single_open_space_model: Option<
        CreateAndDeliverRequestImSingleOpenSpaceModel,
    >,
    /// `openDynamicDataConfig`.
    pub open_dynamic_data_config: Option<CreateAndDeliverRequestOpenDynamicDataConfig>,
    /// `openSpaceId`.
    pub open_space_id: String,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `privateData`.
    pub private_data: Option<rt::BTreeMap<String, PrivateDataValue>>,
    /// `topOpenDeliverModel`.
    pub top_open_deliver_model: Option<CreateAndDeliverRequestTopOpenDeliverModel>,
    /// `topOpenSpaceModel`.
    pub top_open_space_model: Option<CreateAndDeliverRequestTopOpenSpaceModel>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userIdType`.
    pub user_id_type: Option<i64>,
}
impl CreateAndDeliverRequest {
    /// A `CreateAndDeliverRequest` with its required fields (`cardData`, `cardTemplateId`, `openSpaceId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(
        card_data: impl Into<CreateAndDeliverRequestCardData>,
        card_template_id: impl Into<String>,
        open_space_id: impl Into<String>,
        out_track_id: impl Into<String>,
    ) -> Self {
        Self {
            callback_route_key: None,
            callback_type: None,
            card_at_user_ids: None,
            card_data: card_data.into(),
            card_template_id: card_template_id.into(),
            co_feed_open_deliver_model: None,
            co_feed_open_space_model: None,
            doc_open_deliver_model: None,
            im_group_open_deliver_model: None,
            im_group_open_space_model: None,
            im_robot_open_deliver_model: None,
            im_robot_open_space_model: None,
            im_single_open_deliver_model: None,
            im_single_open_space_model: None,
            open_dynamic_data_config: None,
            open_space_id: open_space_id.into(),
            out_track_id: out_track_id.into(),
            private_data: None,
            top_open_deliver_model: None,
            top_open_space_model: None,
            user_id: None,
            user_id_type: None,
        }
    }
    /// Sets `callbackRouteKey`.
    pub fn callback_route_key(mut self, value: impl Into<String>) -> Self {
        self.callback_route_key = Some(value.into());
        self
    }
    /// Sets `callbackType`.
    pub fn callback_type(mut self, value: impl Into<String>) -> Self {
        self.callback_type = Some(value.into());
        self
    }
    /// Sets `cardAtUserIds`.
    pub fn card_at_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.card_at_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `coFeedOpenDeliverModel`.
    pub fn co_feed_open_deliver_model(
        mut self,
        value: impl Into<CreateAndDeliverRequestCoFeedOpenDeliverModel>,
    ) -> Self {
        self.co_feed_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `coFeedOpenSpaceModel`.
    pub fn co_feed_open_space_model(
        mut self,
        value: impl Into<CreateAndDeliverRequestCoFeedOpenSpaceModel>,
    ) -> Self {
        self.co_feed_open_space_model = Some(value.into());
        self
    }
    /// Sets `docOpenDeliverModel`.
    pub fn doc_open_deliver_model(
        mut self,
        value: impl Into<CreateAndDeliverRequestDocOpenDeliverModel>,
    ) -> Self {
        self.doc_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imGroupOpenDeliverModel`.
    pub fn im_group_open_deliver_model(
        mut self,
        value: impl Into<CreateAndDeliverRequestImGroupOpenDeliverModel>,
    ) -> Self {
        self.im_group_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imGroupOpenSpaceModel`.
    pub fn im_group_open_space_model(
        mut self,
        value: impl Into<CreateAndDeliverRequestImGroupOpenSpaceModel>,
    ) -> Self {
        self.im_group_open_space_model = Some(value.into());
        self
    }
    /// Sets `imRobotOpenDeliverModel`.
    pub fn im_robot_open_deliver_model(
        mut self,
        value: impl Into<CreateAndDeliverRequestImRobotOpenDeliverModel>,
    ) -> Self {
        self.im_robot_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imRobotOpenSpaceModel`.
    pub fn im_robot_open_space_model(
        mut self,
        value: impl Into<CreateAndDeliverRequestImRobotOpenSpaceModel>,
    ) -> Self {
        self.im_robot_open_space_model = Some(value.into());
        self
    }
    /// Sets `imSingleOpenDeliverModel`.
    pub fn im_single_open_deliver_model(
        mut self,
        value: impl Into<CreateAndDeliverRequestImSingleOpenDeliverModel>,
    ) -> Self {
        self.im_single_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imSingleOpenSpaceModel`.
    pub fn im_single_open_space_model(
        mut self,
        value: impl Into<CreateAndDeliverRequestImSingleOpenSpaceModel>,
    ) -> Self {
        self.im_single_open_space_model = Some(value.into());
        self
    }
    /// Sets `openDynamicDataConfig`.
    pub fn open_dynamic_data_config(
        mut self,
        value: impl Into<CreateAndDeliverRequestOpenDynamicDataConfig>,
    ) -> Self {
        self.open_dynamic_data_config = Some(value.into());
        self
    }
    /// Sets `privateData`.
    pub fn private_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, PrivateDataValue)>,
    ) -> Self {
        self.private_data = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `topOpenDeliverModel`.
    pub fn top_open_deliver_model(
        mut self,
        value: impl Into<CreateAndDeliverRequestTopOpenDeliverModel>,
    ) -> Self {
        self.top_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `topOpenSpaceModel`.
    pub fn top_open_space_model(
        mut self,
        value: impl Into<CreateAndDeliverRequestTopOpenSpaceModel>,
    ) -> Self {
        self.top_open_space_model = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: impl Into<i64>) -> Self {
        self.user_id_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callbackRouteKey", &self.callback_route_key)?;
        object.optional("callbackType", &self.callback_type)?;
        object.optional("cardAtUserIds", &self.card_at_user_ids)?;
        object.field("cardData", &self.card_data)?;
        object.field("cardTemplateId", &self.card_template_id)?;
        object.optional("coFeedOpenDeliverModel", &self.co_feed_open_deliver_model)?;
        object.optional("coFeedOpenSpaceModel", &self.co_feed_open_space_model)?;
        object.optional("docOpenDeliverModel", &self.doc_open_deliver_model)?;
        object.optional("imGroupOpenDeliverModel", &self.im_group_open_deliver_model)?;
        object.optional("imGroupOpenSpaceModel", &self.im_group_open_space_model)?;
        object.optional("imRobotOpenDeliverModel", &self.im_robot_open_deliver_model)?;
        object.optional("imRobotOpenSpaceModel", &self.im_robot_open_space_model)?;
        object.optional("imSingleOpenDeliverModel", &self.im_single_open_deliver_model)?;
        object.optional("imSingleOpenSpaceModel", &self.im_single_open_space_model)?;
        object.optional("openDynamicDataConfig", &self.open_dynamic_data_config)?;
        object.field("openSpaceId", &self.open_space_id)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("privateData", &self.private_data)?;
        object.optional("topOpenDeliverModel", &self.top_open_deliver_model)?;
        object.optional("topOpenSpaceModel", &self.top_open_space_model)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userIdType", &self.user_id_type)?;
        object.end()
    }
}
impl rt::WriteRequest for CreateAndDeliverRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_and_deliver_ai_card`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CreateAndDeliverAICardRequest {
    /// `a2uiAnnotations`.
    pub a2ui_annotations: Option<Vec<CreateAndDeliverAICardRequestA2uiAnnotations>>,
    /// `a2uiMessages`.
    pub a2ui_messages: Vec<String>,
    /// `atAll`.
    pub at_all: Option<bool>,
    /// `bizContext`.
    pub biz_context: Option<rt::BTreeMap<String, String>>,
    /// `callbackRouteKey`.
    pub callback_route_key: Option<String>,
    /// `callbackType`.
    pub callback_type: Option<String>,
    /// `cardAtUserIds`.
    pub card_at_user_ids: Option<Vec<String>>,
    /// `flowStatus`.
    pub flow_status: String,
    /// `imGroupOpenDeliverModel`.
    pub im_group_open_deliver_model: Option<
        CreateAndDeliverAICardRequestImGroupOpenDeliverModel,
    >,
    /// `imGroupOpenSpaceModel`.
    pub im_group_open_space_model: Option<
        CreateAndDeliverAICardRequestImGroupOpenSpaceModel,
    >,
    /// `imRobotOpenDeliverModel`.
    pub im_robot_open_deliver_model: Option<
        CreateAndDeliverAICardRequestImRobotOpenDeliverModel,
    >,
    /// `imRobotOpenSpaceModel`.
    pub im_robot_open_space_model: Option<
        CreateAndDeliverAICardRequestImRobotOpenSpaceModel,
    >,
    /// `openSpaceId`.
    pub open_space_id: String,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `protocolVersion`.
    pub protocol_version: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userIdType`.
    pub user_id_type: Option<i64>,
}
impl CreateAndDeliverAICardRequest {
    /// A `CreateAndDeliverAICardRequest` with its required fields (`a2uiMessages`, `flowStatus`, `openSpaceId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(
        a2ui_messages: impl IntoIterator<Item = impl Into<String>>,
        flow_status: impl Into<String>,
        open_space_id: impl Into<String>,
        out_track_id: impl Into<String>,
    ) -> Self {
        Self {
            a2ui_annotations: None,
            a2ui_messages: a2ui_messages.into_iter().map(Into::into).collect(),
            at_all: None,
            biz_context: None,
            callback_route_key: None,
            callback_type: None,
            card_at_user_ids: None,
            flow_status: flow_status.into(),
            im_group_open_deliver_model: None,
            im_group_open_space_model: None,
            im_robot_open_deliver_model: None,
            im_robot_open_space_model: None,
            open_space_id: open_space_id.into(),
            out_track_id: out_track_id.into(),
            protocol_version: None,
            summary: None,
            user_id: None,
            user_id_type: None,
        }
    }
    /// Sets `a2uiAnnotations`.
    pub fn a2ui_annotations(
        mut self,
        value: impl IntoIterator<Item = CreateAndDeliverAICardRequestA2uiAnnotations>,
    ) -> Self {
        self.a2ui_annotations = Some(value.into_iter().collect());
        self
    }
    /// Sets `atAll`.
    pub fn at_all(mut self, value: impl Into<bool>) -> Self {
        self.at_all = Some(value.into());
        self
    }
    /// Sets `bizContext`.
    pub fn biz_context(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.biz_context = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `callbackRouteKey`.
    pub fn callback_route_key(mut self, value: impl Into<String>) -> Self {
        self.callback_route_key = Some(value.into());
        self
    }
    /// Sets `callbackType`.
    pub fn callback_type(mut self, value: impl Into<String>) -> Self {
        self.callback_type = Some(value.into());
        self
    }
    /// Sets `cardAtUserIds`.
    pub fn card_at_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.card_at_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `imGroupOpenDeliverModel`.
    pub fn im_group_open_deliver_model(
        mut self,
        value: impl Into<CreateAndDeliverAICardRequestImGroupOpenDeliverModel>,
    ) -> Self {
        self.im_group_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imGroupOpenSpaceModel`.
    pub fn im_group_open_space_model(
        mut self,
        value: impl Into<CreateAndDeliverAICardRequestImGroupOpenSpaceModel>,
    ) -> Self {
        self.im_group_open_space_model = Some(value.into());
        self
    }
    /// Sets `imRobotOpenDeliverModel`.
    pub fn im_robot_open_deliver_model(
        mut self,
        value: impl Into<CreateAndDeliverAICardRequestImRobotOpenDeliverModel>,
    ) -> Self {
        self.im_robot_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imRobotOpenSpaceModel`.
    pub fn im_robot_open_space_model(
        mut self,
        value: impl Into<CreateAndDeliverAICardRequestImRobotOpenSpaceModel>,
    ) -> Self {
        self.im_robot_open_space_model = Some(value.into());
        self
    }
    /// Sets `protocolVersion`.
    pub fn protocol_version(mut self, value: impl Into<String>) -> Self {
        self.protocol_version = Some(value.into());
        self
    }
    /// Sets `summary`.
    pub fn summary(mut self, value: impl Into<String>) -> Self {
        self.summary = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: impl Into<i64>) -> Self {
        self.user_id_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverAICardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("a2uiAnnotations", &self.a2ui_annotations)?;
        object.field("a2uiMessages", &self.a2ui_messages)?;
        object.optional("atAll", &self.at_all)?;
        object.optional("bizContext", &self.biz_context)?;
        object.optional("callbackRouteKey", &self.callback_route_key)?;
        object.optional("callbackType", &self.callback_type)?;
        object.optional("cardAtUserIds", &self.card_at_user_ids)?;
        object.field("flowStatus", &self.flow_status)?;
        object.optional("imGroupOpenDeliverModel", &self.im_group_open_deliver_model)?;
        object.optional("imGroupOpenSpaceModel", &self.im_group_open_space_model)?;
        object.optional("imRobotOpenDeliverModel", &self.im_robot_open_deliver_model)?;
        object.optional("imRobotOpenSpaceModel", &self.im_robot_open_space_model)?;
        object.field("openSpaceId", &self.open_space_id)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("protocolVersion", &self.protocol_version)?;
        object.optional("summary", &self.summary)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userIdType", &self.user_id_type)?;
        object.end()
    }
}
impl rt::WriteRequest for CreateAndDeliverAICardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_and_deliver_with_delegate`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CreateAndDeliverWithDelegateRequest {
    /// `callbackRouteKey`.
    pub callback_route_key: Option<String>,
    /// `callbackType`.
    pub callback_type: Option<String>,
    /// `cardData`.
    pub card_data: CreateAndDeliverWithDelegateRequestCardData,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `coFeedOpenDeliverModel`.
    pub co_feed_open_deliver_model: Option<
        CreateAndDeliverWithDelegateRequestCoFeedOpenDeliverModel,
    >,
    /// `coFeedOpenSpaceModel`.
    pub co_feed_open_space_model: Option<
        CreateAndDeliverWithDelegateRequestCoFeedOpenSpaceModel,
    >,
    /// `docOpenDeliverModel`.
    pub doc_open_deliver_model: Option<
        CreateAndDeliverWithDelegateRequestDocOpenDeliverModel,
    >,
    /// `imGroupOpenDeliverModel`.
    pub im_group_open_deliver_model: Option<
        CreateAndDeliverWithDelegateRequestImGroupOpenDeliverModel,
    >,
    /// `imGroupOpenSpaceModel`.
    pub im_group_open_space_model: Option<
        CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModel,
    >,
    /// `imRobotOpenDeliverModel`.
    pub im_robot_open_deliver_model: Option<
        CreateAndDeliverWithDelegateRequestImRobotOpenDeliverModel,
    >,
    /// `imRobotOpenSpaceModel`.
    pub im_robot_open_space_model: Option<
        CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModel,
    >,
    /// `imSingleOpenDeliverModel`.
    pub im_single_open_deliver_model: Option<
        CreateAndDeliverWithDelegateRequestImSingleOpenDeliverModel,
    >,
    /// `imSingleOpenSpaceModel`.
    pub im_single_open_space_model: Option<
        CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModel,
    >,
    /// `openDynamicDataConfig`.
    pub open_dynamic_data_config: Option<
        CreateAndDeliverWithDelegateRequestOpenDynamicDataConfig,
    >,
    /// `openSpaceId`.
    pub open_space_id: String,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `privateData`.
    pub private_data: Option<rt::BTreeMap<String, PrivateDataValue>>,
    /// `topOpenDeliverModel`.
    pub top_open_deliver_model: Option<
        CreateAndDeliverWithDelegateRequestTopOpenDeliverModel,
    >,
    /// `topOpenSpaceModel`.
    pub top_open_space_model: Option<
        CreateAndDeliverWithDelegateRequestTopOpenSpaceModel,
    >,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userIdType`.
    pub user_id_type: Option<i64>,
}
impl CreateAndDeliverWithDelegateRequest {
    /// A `CreateAndDeliverWithDelegateRequest` with its required fields (`cardData`, `cardTemplateId`, `openSpaceId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(
        card_data: impl Into<CreateAndDeliverWithDelegateRequestCardData>,
        card_template_id: impl Into<String>,
        open_space_id: impl Into<String>,
        out_track_id: impl Into<String>,
    ) -> Self {
        Self {
            callback_route_key: None,
            callback_type: None,
            card_data: card_data.into(),
            card_template_id: card_template_id.into(),
            co_feed_open_deliver_model: None,
            co_feed_open_space_model: None,
            doc_open_deliver_model: None,
            im_group_open_deliver_model: None,
            im_group_open_space_model: None,
            im_robot_open_deliver_model: None,
            im_robot_open_space_model: None,
            im_single_open_deliver_model: None,
            im_single_open_space_model: None,
            open_dynamic_data_config: None,
            open_space_id: open_space_id.into(),
            out_track_id: out_track_id.into(),
            private_data: None,
            top_open_deliver_model: None,
            top_open_space_model: None,
            user_id: None,
            user_id_type: None,
        }
    }
    /// Sets `callbackRouteKey`.
    pub fn callback_route_key(mut self, value: impl Into<String>) -> Self {
        self.callback_route_key = Some(value.into());
        self
    }
    /// Sets `callbackType`.
    pub fn callback_type(mut self, value: impl Into<String>) -> Self {
        self.callback_type = Some(value.into());
        self
    }
    /// Sets `coFeedOpenDeliverModel`.
    pub fn co_feed_open_deliver_model(
        mut self,
        value: impl Into<CreateAndDeliverWithDelegateRequestCoFeedOpenDeliverModel>,
    ) -> Self {
        self.co_feed_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `coFeedOpenSpaceModel`.
    pub fn co_feed_open_space_model(
        mut self,
        value: impl Into<CreateAndDeliverWithDelegateRequestCoFeedOpenSpaceModel>,
    ) -> Self {
        self.co_feed_open_space_model = Some(value.into());
        self
    }
    /// Sets `docOpenDeliverModel`.
    pub fn doc_open_deliver_model(
        mut self,
        value: impl Into<CreateAndDeliverWithDelegateRequestDocOpenDeliverModel>,
    ) -> Self {
        self.doc_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imGroupOpenDeliverModel`.
    pub fn im_group_open_deliver_model(
        mut self,
        value: impl Into<CreateAndDeliverWithDelegateRequestImGroupOpenDeliverModel>,
    ) -> Self {
        self.im_group_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imGroupOpenSpaceModel`.
    pub fn im_group_open_space_model(
        mut self,
        value: impl Into<CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModel>,
    ) -> Self {
        self.im_group_open_space_model = Some(value.into());
        self
    }
    /// Sets `imRobotOpenDeliverModel`.
    pub fn im_robot_open_deliver_model(
        mut self,
        value: impl Into<CreateAndDeliverWithDelegateRequestImRobotOpenDeliverModel>,
    ) -> Self {
        self.im_robot_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imRobotOpenSpaceModel`.
    pub fn im_robot_open_space_model(
        mut self,
        value: impl Into<CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModel>,
    ) -> Self {
        self.im_robot_open_space_model = Some(value.into());
        self
    }
    /// Sets `imSingleOpenDeliverModel`.
    pub fn im_single_open_deliver_model(
        mut self,
        value: impl Into<CreateAndDeliverWithDelegateRequestImSingleOpenDeliverModel>,
    ) -> Self {
        self.im_single_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imSingleOpenSpaceModel`.
    pub fn im_single_open_space_model(
        mut self,
        value: impl Into<CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModel>,
    ) -> Self {
        self.im_single_open_space_model = Some(value.into());
        self
    }
    /// Sets `openDynamicDataConfig`.
    pub fn open_dynamic_data_config(
        mut self,
        value: impl Into<CreateAndDeliverWithDelegateRequestOpenDynamicDataConfig>,
    ) -> Self {
        self.open_dynamic_data_config = Some(value.into());
        self
    }
    /// Sets `privateData`.
    pub fn private_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, PrivateDataValue)>,
    ) -> Self {
        self.private_data = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `topOpenDeliverModel`.
    pub fn top_open_deliver_model(
        mut self,
        value: impl Into<CreateAndDeliverWithDelegateRequestTopOpenDeliverModel>,
    ) -> Self {
        self.top_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `topOpenSpaceModel`.
    pub fn top_open_space_model(
        mut self,
        value: impl Into<CreateAndDeliverWithDelegateRequestTopOpenSpaceModel>,
    ) -> Self {
        self.top_open_space_model = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: impl Into<i64>) -> Self {
        self.user_id_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateAndDeliverWithDelegateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callbackRouteKey", &self.callback_route_key)?;
        object.optional("callbackType", &self.callback_type)?;
        object.field("cardData", &self.card_data)?;
        object.field("cardTemplateId", &self.card_template_id)?;
        object.optional("coFeedOpenDeliverModel", &self.co_feed_open_deliver_model)?;
        object.optional("coFeedOpenSpaceModel", &self.co_feed_open_space_model)?;
        object.optional("docOpenDeliverModel", &self.doc_open_deliver_model)?;
        object.optional("imGroupOpenDeliverModel", &self.im_group_open_deliver_model)?;
        object.optional("imGroupOpenSpaceModel", &self.im_group_open_space_model)?;
        object.optional("imRobotOpenDeliverModel", &self.im_robot_open_deliver_model)?;
        object.optional("imRobotOpenSpaceModel", &self.im_robot_open_space_model)?;
        object.optional("imSingleOpenDeliverModel", &self.im_single_open_deliver_model)?;
        object.optional("imSingleOpenSpaceModel", &self.im_single_open_space_model)?;
        object.optional("openDynamicDataConfig", &self.open_dynamic_data_config)?;
        object.field("openSpaceId", &self.open_space_id)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("privateData", &self.private_data)?;
        object.optional("topOpenDeliverModel", &self.top_open_deliver_model)?;
        object.optional("topOpenSpaceModel", &self.top_open_space_model)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userIdType", &self.user_id_type)?;
        object.end()
    }
}
impl rt::WriteRequest for CreateAndDeliverWithDelegateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_card`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CreateCardRequest {
    /// `callbackRouteKey`.
    pub callback_route_key: Option<String>,
    /// `callbackType`.
    pub callback_type: Option<String>,
    /// `cardAtUserIds`.
    pub card_at_user_ids: Option<Vec<String>>,
    /// `cardData`.
    pub card_data: CreateCardRequestCardData,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `coFeedOpenSpaceModel`.
    pub co_feed_open_space_model: Option<CreateCardRequestCoFeedOpenSpaceModel>,
    /// `imGroupOpenSpaceModel`.
    pub im_group_open_space_model: Option<CreateCardRequestImGroupOpenSpaceModel>,
    /// `imRobotOpenSpaceModel`.
    pub im_robot_open_space_model: Option<CreateCardRequestImRobotOpenSpaceModel>,
    /// `imSingleOpenSpaceModel`.
    pub im_single_open_space_model: Option<CreateCardRequestImSingleOpenSpaceModel>,
    /// `openDynamicDataConfig`.
    pub open_dynamic_data_config: Option<CreateCardRequestOpenDynamicDataConfig>,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `privateData`.
    pub private_data: Option<rt::BTreeMap<String, PrivateDataValue>>,
    /// `topOpenSpaceModel`.
    pub top_open_space_model: Option<CreateCardRequestTopOpenSpaceModel>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userIdType`.
    pub user_id_type: Option<i64>,
}
impl CreateCardRequest {
    /// A `CreateCardRequest` with its required fields (`cardData`, `cardTemplateId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(
        card_data: impl Into<CreateCardRequestCardData>,
        card_template_id: impl Into<String>,
        out_track_id: impl Into<String>,
    ) -> Self {
        Self {
            callback_route_key: None,
            callback_type: None,
            card_at_user_ids: None,
            card_data: card_data.into(),
            card_template_id: card_template_id.into(),
            co_feed_open_space_model: None,
            im_group_open_space_model: None,
            im_robot_open_space_model: None,
            im_single_open_space_model: None,
            open_dynamic_data_config: None,
            out_track_id: out_track_id.into(),
            private_data: None,
            top_open_space_model: None,
            user_id: None,
            user_id_type: None,
        }
    }
    /// Sets `callbackRouteKey`.
    pub fn callback_route_key(mut self, value: impl Into<String>) -> Self {
        self.callback_route_key = Some(value.into());
        self
    }
    /// Sets `callbackType`.
    pub fn callback_type(mut self, value: impl Into<String>) -> Self {
        self.callback_type = Some(value.into());
        self
    }
    /// Sets `cardAtUserIds`.
    pub fn card_at_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.card_at_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `coFeedOpenSpaceModel`.
    pub fn co_feed_open_space_model(
        mut self,
        value: impl Into<CreateCardRequestCoFeedOpenSpaceModel>,
    ) -> Self {
        self.co_feed_open_space_model = Some(value.into());
        self
    }
    /// Sets `imGroupOpenSpaceModel`.
    pub fn im_group_open_space_model(
        mut self,
        value: impl Into<CreateCardRequestImGroupOpenSpaceModel>,
    ) -> Self {
        self.im_group_open_space_model = Some(value.into());
        self
    }
    /// Sets `imRobotOpenSpaceModel`.
    pub fn im_robot_open_space_model(
        mut self,
        value: impl Into<CreateCardRequestImRobotOpenSpaceModel>,
    ) -> Self {
        self.im_robot_open_space_model = Some(value.into());
        self
    }
    /// Sets `imSingleOpenSpaceModel`.
    pub fn im_single_open_space_model(
        mut self,
        value: impl Into<CreateCardRequestImSingleOpenSpaceModel>,
    ) -> Self {
        self.im_single_open_space_model = Some(value.into());
        self
    }
    /// Sets `openDynamicDataConfig`.
    pub fn open_dynamic_data_config(
        mut self,
        value: impl Into<CreateCardRequestOpenDynamicDataConfig>,
    ) -> Self {
        self.open_dynamic_data_config = Some(value.into());
        self
    }
    /// Sets `privateData`.
    pub fn private_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, PrivateDataValue)>,
    ) -> Self {
        self.private_data = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `topOpenSpaceModel`.
    pub fn top_open_space_model(
        mut self,
        value: impl Into<CreateCardRequestTopOpenSpaceModel>,
    ) -> Self {
        self.top_open_space_model = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: impl Into<i64>) -> Self {
        self.user_id_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callbackRouteKey", &self.callback_route_key)?;
        object.optional("callbackType", &self.callback_type)?;
        object.optional("cardAtUserIds", &self.card_at_user_ids)?;
        object.field("cardData", &self.card_data)?;
        object.field("cardTemplateId", &self.card_template_id)?;
        object.optional("coFeedOpenSpaceModel", &self.co_feed_open_space_model)?;
        object.optional("imGroupOpenSpaceModel", &self.im_group_open_space_model)?;
        object.optional("imRobotOpenSpaceModel", &self.im_robot_open_space_model)?;
        object.optional("imSingleOpenSpaceModel", &self.im_single_open_space_model)?;
        object.optional("openDynamicDataConfig", &self.open_dynamic_data_config)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("privateData", &self.private_data)?;
        object.optional("topOpenSpaceModel", &self.top_open_space_model)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userIdType", &self.user_id_type)?;
        object.end()
    }
}
impl rt::WriteRequest for CreateCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_card_with_delegate`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CreateCardWithDelegateRequest {
    /// `callbackRouteKey`.
    pub callback_route_key: Option<String>,
    /// `callbackType`.
    pub callback_type: Option<String>,
    /// `cardData`.
    pub card_data: CreateCardWithDelegateRequestCardData,
    /// `cardTemplateId`.
    pub card_template_id: String,
    /// `coFeedOpenSpaceModel`.
    pub co_feed_open_space_model: Option<
        CreateCardWithDelegateRequestCoFeedOpenSpaceModel,
    >,
    /// `imGroupOpenSpaceModel`.
    pub im_group_open_space_model: Option<
        CreateCardWithDelegateRequestImGroupOpenSpaceModel,
    >,
    /// `imRobotOpenSpaceModel`.
    pub im_robot_open_space_model: Option<
        CreateCardWithDelegateRequestImRobotOpenSpaceModel,
    >,
    /// `imSingleOpenSpaceModel`.
    pub im_single_open_space_model: Option<
        CreateCardWithDelegateRequestImSingleOpenSpaceModel,
    >,
    /// `openDynamicDataConfig`.
    pub open_dynamic_data_config: Option<
        CreateCardWithDelegateRequestOpenDynamicDataConfig,
    >,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `privateData`.
    pub private_data: Option<rt::BTreeMap<String, PrivateDataValue>>,
    /// `topOpenSpaceModel`.
    pub top_open_space_model: Option<CreateCardWithDelegateRequestTopOpenSpaceModel>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userIdType`.
    pub user_id_type: Option<i64>,
}
impl CreateCardWithDelegateRequest {
    /// A `CreateCardWithDelegateRequest` with its required fields (`cardData`, `cardTemplateId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(
        card_data: impl Into<CreateCardWithDelegateRequestCardData>,
        card_template_id: impl Into<String>,
        out_track_id: impl Into<String>,
    ) -> Self {
        Self {
            callback_route_key: None,
            callback_type: None,
            card_data: card_data.into(),
            card_template_id: card_template_id.into(),
            co_feed_open_space_model: None,
            im_group_open_space_model: None,
            im_robot_open_space_model: None,
            im_single_open_space_model: None,
            open_dynamic_data_config: None,
            out_track_id: out_track_id.into(),
            private_data: None,
            top_open_space_model: None,
            user_id: None,
            user_id_type: None,
        }
    }
    /// Sets `callbackRouteKey`.
    pub fn callback_route_key(mut self, value: impl Into<String>) -> Self {
        self.callback_route_key = Some(value.into());
        self
    }
    /// Sets `callbackType`.
    pub fn callback_type(mut self, value: impl Into<String>) -> Self {
        self.callback_type = Some(value.into());
        self
    }
    /// Sets `coFeedOpenSpaceModel`.
    pub fn co_feed_open_space_model(
        mut self,
        value: impl Into<CreateCardWithDelegateRequestCoFeedOpenSpaceModel>,
    ) -> Self {
        self.co_feed_open_space_model = Some(value.into());
        self
    }
    /// Sets `imGroupOpenSpaceModel`.
    pub fn im_group_open_space_model(
        mut self,
        value: impl Into<CreateCardWithDelegateRequestImGroupOpenSpaceModel>,
    ) -> Self {
        self.im_group_open_space_model = Some(value.into());
        self
    }
    /// Sets `imRobotOpenSpaceModel`.
    pub fn im_robot_open_space_model(
        mut self,
        value: impl Into<CreateCardWithDelegateRequestImRobotOpenSpaceModel>,
    ) -> Self {
        self.im_robot_open_space_model = Some(value.into());
        self
    }
    /// Sets `imSingleOpenSpaceModel`.
    pub fn im_single_open_space_model(
        mut self,
        value: impl Into<CreateCardWithDelegateRequestImSingleOpenSpaceModel>,
    ) -> Self {
        self.im_single_open_space_model = Some(value.into());
        self
    }
    /// Sets `openDynamicDataConfig`.
    pub fn open_dynamic_data_config(
        mut self,
        value: impl Into<CreateCardWithDelegateRequestOpenDynamicDataConfig>,
    ) -> Self {
        self.open_dynamic_data_config = Some(value.into());
        self
    }
    /// Sets `privateData`.
    pub fn private_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, PrivateDataValue)>,
    ) -> Self {
        self.private_data = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `topOpenSpaceModel`.
    pub fn top_open_space_model(
        mut self,
        value: impl Into<CreateCardWithDelegateRequestTopOpenSpaceModel>,
    ) -> Self {
        self.top_open_space_model = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: impl Into<i64>) -> Self {
        self.user_id_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateCardWithDelegateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("callbackRouteKey", &self.callback_route_key)?;
        object.optional("callbackType", &self.callback_type)?;
        object.field("cardData", &self.card_data)?;
        object.field("cardTemplateId", &self.card_template_id)?;
        object.optional("coFeedOpenSpaceModel", &self.co_feed_open_space_model)?;
        object.optional("imGroupOpenSpaceModel", &self.im_group_open_space_model)?;
        object.optional("imRobotOpenSpaceModel", &self.im_robot_open_space_model)?;
        object.optional("imSingleOpenSpaceModel", &self.im_single_open_space_model)?;
        object.optional("openDynamicDataConfig", &self.open_dynamic_data_config)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("privateData", &self.private_data)?;
        object.optional("topOpenSpaceModel", &self.top_open_space_model)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userIdType", &self.user_id_type)?;
        object.end()
    }
}
impl rt::WriteRequest for CreateCardWithDelegateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_template`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct CreateTemplateRequest {
    /// `appId`.
    pub app_id: Option<String>,
    /// `blockTemplate`.
    pub block_template: Option<bool>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `extendType`.
    pub extend_type: String,
    /// `name`.
    pub name: String,
    /// `type`.
    pub r#type: String,
}
impl CreateTemplateRequest {
    /// A `CreateTemplateRequest` with its required fields (`extendType`, `name`, `type`); set the others with the methods named after them.
    pub fn new(
        extend_type: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Self {
            app_id: None,
            block_template: None,
            creator_id: None,
            extend_type: extend_type.into(),
            name: name.into(),
            r#type: r#type.into(),
        }
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }
    /// Sets `blockTemplate`.
    pub fn block_template(mut self, value: impl Into<bool>) -> Self {
        self.block_template = Some(value.into());
        self
    }
    /// Sets `creatorId`.
    pub fn creator_id(mut self, value: impl Into<String>) -> Self {
        self.creator_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appId", &self.app_id)?;
        object.optional("blockTemplate", &self.block_template)?;
        object.optional("creatorId", &self.creator_id)?;
        object.field("extendType", &self.extend_type)?;
        object.field("name", &self.name)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
impl rt::WriteRequest for CreateTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_template`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteTemplateRequest {
    /// `templateId`.
    pub template_id: Option<String>,
}
impl DeleteTemplateRequest {
    /// An empty `DeleteTemplateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeleteTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("templateId", &self.template_id)?;
        object.end()
    }
}
impl rt::WriteRequest for DeleteTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::deliver_card`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct DeliverCardRequest {
    /// `coFeedOpenDeliverModel`.
    pub co_feed_open_deliver_model: Option<DeliverCardRequestCoFeedOpenDeliverModel>,
    /// `docOpenDeliverModel`.
    pub doc_open_deliver_model: Option<DeliverCardRequestDocOpenDeliverModel>,
    /// `imGroupOpenDeliverModel`.
    pub im_group_open_deliver_model: Option<DeliverCardRequestImGroupOpenDeliverModel>,
    /// `imRobotOpenDeliverModel`.
    pub im_robot_open_deliver_model: Option<DeliverCardRequestImRobotOpenDeliverModel>,
    /// `imSingleOpenDeliverModel`.
    pub im_single_open_deliver_model: Option<DeliverCardRequestImSingleOpenDeliverModel>,
    /// `openSpaceId`.
    pub open_space_id: String,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `topOpenDeliverModel`.
    pub top_open_deliver_model: Option<DeliverCardRequestTopOpenDeliverModel>,
    /// `userIdType`.
    pub user_id_type: Option<i64>,
}
impl DeliverCardRequest {
    /// A `DeliverCardRequest` with its required fields (`openSpaceId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(
        open_space_id: impl Into<String>,
        out_track_id: impl Into<String>,
    ) -> Self {
        Self {
            co_feed_open_deliver_model: None,
            doc_open_deliver_model: None,
            im_group_open_deliver_model: None,
            im_robot_open_deliver_model: None,
            im_single_open_deliver_model: None,
            open_space_id: open_space_id.into(),
            out_track_id: out_track_id.into(),
            top_open_deliver_model: None,
            user_id_type: None,
        }
    }
    /// Sets `coFeedOpenDeliverModel`.
    pub fn co_feed_open_deliver_model(
        mut self,
        value: impl Into<DeliverCardRequestCoFeedOpenDeliverModel>,
    ) -> Self {
        self.co_feed_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `docOpenDeliverModel`.
    pub fn doc_open_deliver_model(
        mut self,
        value: impl Into<DeliverCardRequestDocOpenDeliverModel>,
    ) -> Self {
        self.doc_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imGroupOpenDeliverModel`.
    pub fn im_group_open_deliver_model(
        mut self,
        value: impl Into<DeliverCardRequestImGroupOpenDeliverModel>,
    ) -> Self {
        self.im_group_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imRobotOpenDeliverModel`.
    pub fn im_robot_open_deliver_model(
        mut self,
        value: impl Into<DeliverCardRequestImRobotOpenDeliverModel>,
    ) -> Self {
        self.im_robot_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imSingleOpenDeliverModel`.
    pub fn im_single_open_deliver_model(
        mut self,
        value: impl Into<DeliverCardRequestImSingleOpenDeliverModel>,
    ) -> Self {
        self.im_single_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `topOpenDeliverModel`.
    pub fn top_open_deliver_model(
        mut self,
        value: impl Into<DeliverCardRequestTopOpenDeliverModel>,
    ) -> Self {
        self.top_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: impl Into<i64>) -> Self {
        self.user_id_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeliverCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coFeedOpenDeliverModel", &self.co_feed_open_deliver_model)?;
        object.optional("docOpenDeliverModel", &self.doc_open_deliver_model)?;
        object.optional("imGroupOpenDeliverModel", &self.im_group_open_deliver_model)?;
        object.optional("imRobotOpenDeliverModel", &self.im_robot_open_deliver_model)?;
        object.optional("imSingleOpenDeliverModel", &self.im_single_open_deliver_model)?;
        object.field("openSpaceId", &self.open_space_id)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("topOpenDeliverModel", &self.top_open_deliver_model)?;
        object.optional("userIdType", &self.user_id_type)?;
        object.end()
    }
}
impl rt::WriteRequest for DeliverCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::deliver_card_with_delegate`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct DeliverCardWithDelegateRequest {
    /// `coFeedOpenDeliverModel`.
    pub co_feed_open_deliver_model: Option<
        DeliverCardWithDelegateRequestCoFeedOpenDeliverModel,
    >,
    /// `docOpenDeliverModel`.
    pub doc_open_deliver_model: Option<
        DeliverCardWithDelegateRequestDocOpenDeliverModel,
    >,
    /// `imGroupOpenDeliverModel`.
    pub im_group_open_deliver_model: Option<
        DeliverCardWithDelegateRequestImGroupOpenDeliverModel,
    >,
    /// `imRobotOpenDeliverModel`.
    pub im_robot_open_deliver_model: Option<
        DeliverCardWithDelegateRequestImRobotOpenDeliverModel,
    >,
    /// `imSingleOpenDeliverModel`.
    pub im_single_open_deliver_model: Option<
        DeliverCardWithDelegateRequestImSingleOpenDeliverModel,
    >,
    /// `openSpaceId`.
    pub open_space_id: String,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `topOpenDeliverModel`.
    pub top_open_deliver_model: Option<
        DeliverCardWithDelegateRequestTopOpenDeliverModel,
    >,
    /// `userIdType`.
    pub user_id_type: Option<i64>,
}
impl DeliverCardWithDelegateRequest {
    /// A `DeliverCardWithDelegateRequest` with its required fields (`openSpaceId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(
        open_space_id: impl Into<String>,
        out_track_id: impl Into<String>,
    ) -> Self {
        Self {
            co_feed_open_deliver_model: None,
            doc_open_deliver_model: None,
            im_group_open_deliver_model: None,
            im_robot_open_deliver_model: None,
            im_single_open_deliver_model: None,
            open_space_id: open_space_id.into(),
            out_track_id: out_track_id.into(),
            top_open_deliver_model: None,
            user_id_type: None,
        }
    }
    /// Sets `coFeedOpenDeliverModel`.
    pub fn co_feed_open_deliver_model(
        mut self,
        value: impl Into<DeliverCardWithDelegateRequestCoFeedOpenDeliverModel>,
    ) -> Self {
        self.co_feed_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `docOpenDeliverModel`.
    pub fn doc_open_deliver_model(
        mut self,
        value: impl Into<DeliverCardWithDelegateRequestDocOpenDeliverModel>,
    ) -> Self {
        self.doc_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imGroupOpenDeliverModel`.
    pub fn im_group_open_deliver_model(
        mut self,
        value: impl Into<DeliverCardWithDelegateRequestImGroupOpenDeliverModel>,
    ) -> Self {
        self.im_group_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imRobotOpenDeliverModel`.
    pub fn im_robot_open_deliver_model(
        mut self,
        value: impl Into<DeliverCardWithDelegateRequestImRobotOpenDeliverModel>,
    ) -> Self {
        self.im_robot_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `imSingleOpenDeliverModel`.
    pub fn im_single_open_deliver_model(
        mut self,
        value: impl Into<DeliverCardWithDelegateRequestImSingleOpenDeliverModel>,
    ) -> Self {
        self.im_single_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `topOpenDeliverModel`.
    pub fn top_open_deliver_model(
        mut self,
        value: impl Into<DeliverCardWithDelegateRequestTopOpenDeliverModel>,
    ) -> Self {
        self.top_open_deliver_model = Some(value.into());
        self
    }
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: impl Into<i64>) -> Self {
        self.user_id_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for DeliverCardWithDelegateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coFeedOpenDeliverModel", &self.co_feed_open_deliver_model)?;
        object.optional("docOpenDeliverModel", &self.doc_open_deliver_model)?;
        object.optional("imGroupOpenDeliverModel", &self.im_group_open_deliver_model)?;
        object.optional("imRobotOpenDeliverModel", &self.im_robot_open_deliver_model)?;
        object.optional("imSingleOpenDeliverModel", &self.im_single_open_deliver_model)?;
        object.field("openSpaceId", &self.open_space_id)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("topOpenDeliverModel", &self.top_open_deliver_model)?;
        object.optional("userIdType", &self.user_id_type)?;
        object.end()
    }
}
impl rt::WriteRequest for DeliverCardWithDelegateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_template`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTemplateRequest {
    /// `templateId`: a query parameter.
    pub template_id: Option<String>,
}
impl GetTemplateRequest {
    /// An empty `GetTemplateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
}
impl rt::WriteRequest for GetTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("templateId", &self.template_id);
    }
}
/// The request of [`Api::list_template`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ListTemplateRequest {
    /// `templateIds`.
    pub template_ids: String,
}
impl ListTemplateRequest {
    /// A `ListTemplateRequest` with its required fields (`templateIds`); set the others with the methods named after them.
    pub fn new(template_ids: impl Into<String>) -> Self {
        Self {
            template_ids: template_ids.into(),
        }
    }
}
impl rt::serde::Serialize for ListTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("templateIds", &self.template_ids)?;
        object.end()
    }
}
impl rt::WriteRequest for ListTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::publish_template`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct PublishTemplateRequest {
    /// `name`.
    pub name: Option<String>,
    /// `templateId`.
    pub template_id: String,
    /// `templateSource`.
    pub template_source: Option<String>,
}
impl PublishTemplateRequest {
    /// A `PublishTemplateRequest` with its required fields (`templateId`); set the others with the methods named after them.
    pub fn new(template_id: impl Into<String>) -> Self {
        Self {
            name: None,
            template_id: template_id.into(),
            template_source: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `templateSource`.
    pub fn template_source(mut self, value: impl Into<String>) -> Self {
        self.template_source = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PublishTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.field("templateId", &self.template_id)?;
        object.optional("templateSource", &self.template_source)?;
        object.end()
    }
}
impl rt::WriteRequest for PublishTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::register_callback`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct RegisterCallbackRequest {
    /// `apiSecret`.
    pub api_secret: Option<String>,
    /// `callbackRouteKey`.
    pub callback_route_key: String,
    /// `callbackUrl`.
    pub callback_url: String,
    /// `forceUpdate`.
    pub force_update: Option<bool>,
}
impl RegisterCallbackRequest {
    /// A `RegisterCallbackRequest` with its required fields (`callbackRouteKey`, `callbackUrl`); set the others with the methods named after them.
    pub fn new(
        callback_route_key: impl Into<String>,
        callback_url: impl Into<String>,
    ) -> Self {
        Self {
            api_secret: None,
            callback_route_key: callback_route_key.into(),
            callback_url: callback_url.into(),
            force_update: None,
        }
    }
    /// Sets `apiSecret`.
    pub fn api_secret(mut self, value: impl Into<String>) -> Self {
        self.api_secret = Some(value.into());
        self
    }
    /// Sets `forceUpdate`.
    pub fn force_update(mut self, value: impl Into<bool>) -> Self {
        self.force_update = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for RegisterCallbackRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("apiSecret", &self.api_secret)?;
        object.field("callbackRouteKey", &self.callback_route_key)?;
        object.field("callbackUrl", &self.callback_url)?;
        object.optional("forceUpdate", &self.force_update)?;
        object.end()
    }
}
impl rt::WriteRequest for RegisterCallbackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::register_callback_with_delegate`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct RegisterCallbackWithDelegateRequest {
    /// `apiSecret`.
    pub api_secret: Option<String>,
    /// `callbackRouteKey`.
    pub callback_route_key: String,
    /// `callbackUrl`.
    pub callback_url: String,
    /// `forceUpdate`.
    pub force_update: Option<bool>,
}
impl RegisterCallbackWithDelegateRequest {
    /// A `RegisterCallbackWithDelegateRequest` with its required fields (`callbackRouteKey`, `callbackUrl`); set the others with the methods named after them.
    pub fn new(
        callback_route_key: impl Into<String>,
        callback_url: impl Into<String>,
    ) -> Self {
        Self {
            api_secret: None,
            callback_route_key: callback_route_key.into(),
            callback_url: callback_url.into(),
            force_update: None,
        }
    }
    /// Sets `apiSecret`.
    pub fn api_secret(mut self, value: impl Into<String>) -> Self {
        self.api_secret = Some(value.into());
        self
    }
    /// Sets `forceUpdate`.
    pub fn force_update(mut self, value: impl Into<bool>) -> Self {
        self.force_update = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for RegisterCallbackWithDelegateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("apiSecret", &self.api_secret)?;
        object.field("callbackRouteKey", &self.callback_route_key)?;
        object.field("callbackUrl", &self.callback_url)?;
        object.optional("forceUpdate", &self.force_update)?;
        object.end()
    }
}
impl rt::WriteRequest for RegisterCallbackWithDelegateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::save_template`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SaveTemplateRequest {
    /// `name`.
    pub name: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `templateSource`.
    pub template_source: Option<String>,
}
impl SaveTemplateRequest {
    /// An empty `SaveTemplateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
    /// Sets `templateSource`.
    pub fn template_source(mut self, value: impl Into<String>) -> Self {
        self.template_source = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for SaveTemplateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("templateId", &self.template_id)?;
        object.optional("templateSource", &self.template_source)?;
        object.end()
    }
}
impl rt::WriteRequest for SaveTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::streaming_update`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct StreamingUpdateRequest {
    /// `content`.
    pub content: String,
    /// `guid`.
    pub guid: String,
    /// `isError`.
    pub is_error: Option<bool>,
    /// `isFinalize`.
    pub is_finalize: Option<bool>,
    /// `isFull`.
    pub is_full: Option<bool>,
    /// `key`.
    pub key: String,
    /// `outTrackId`.
    pub out_track_id: String,
}
impl StreamingUpdateRequest {
    /// A `StreamingUpdateRequest` with its required fields (`content`, `guid`, `key`, `outTrackId`); set the others with the methods named after them.
    pub fn new(
        content: impl Into<String>,
        guid: impl Into<String>,
        key: impl Into<String>,
        out_track_id: impl Into<String>,
    ) -> Self {
        Self {
            content: content.into(),
            guid: guid.into(),
            is_error: None,
            is_finalize: None,
            is_full: None,
            key: key.into(),
            out_track_id: out_track_id.into(),
        }
    }
    /// Sets `isError`.
    pub fn is_error(mut self, value: impl Into<bool>) -> Self {
        self.is_error = Some(value.into());
        self
    }
    /// Sets `isFinalize`.
    pub fn is_finalize(mut self, value: impl Into<bool>) -> Self {
        self.is_finalize = Some(value.into());
        self
    }
    /// Sets `isFull`.
    pub fn is_full(mut self, value: impl Into<bool>) -> Self {
        self.is_full = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for StreamingUpdateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("guid", &self.guid)?;
        object.optional("isError", &self.is_error)?;
        object.optional("isFinalize", &self.is_finalize)?;
        object.optional("isFull", &self.is_full)?;
        object.field("key", &self.key)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.end()
    }
}
impl rt::WriteRequest for StreamingUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_ai_card`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct UpdateAICardRequest {
    /// `a2uiAnnotations`.
    pub a2ui_annotations: Option<Vec<UpdateAICardRequestA2uiAnnotations>>,
    /// `a2uiMessages`.
    pub a2ui_messages: Vec<String>,
    /// `flowStatus`.
    pub flow_status: String,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `outUpdateId`.
    pub out_update_id: String,
}
impl UpdateAICardRequest {
    /// A `UpdateAICardRequest` with its required fields (`a2uiMessages`, `flowStatus`, `outTrackId`, `outUpdateId`); set the others with the methods named after them.
    pub fn new(
        a2ui_messages: impl IntoIterator<Item = impl Into<String>>,
        flow_status: impl Into<String>,
        out_track_id: impl Into<String>,
        out_update_id: impl Into<String>,
    ) -> Self {
        Self {
            a2ui_annotations: None,
            a2ui_messages: a2ui_messages.into_iter().map(Into::into).collect(),
            flow_status: flow_status.into(),
            out_track_id: out_track_id.into(),
            out_update_id: out_update_id.into(),
        }
    }
    /// Sets `a2uiAnnotations`.
    pub fn a2ui_annotations(
        mut self,
        value: impl IntoIterator<Item = UpdateAICardRequestA2uiAnnotations>,
    ) -> Self {
        self.a2ui_annotations = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for UpdateAICardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("a2uiAnnotations", &self.a2ui_annotations)?;
        object.field("a2uiMessages", &self.a2ui_messages)?;
        object.field("flowStatus", &self.flow_status)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.field("outUpdateId", &self.out_update_id)?;
        object.end()
    }
}
impl rt::WriteRequest for UpdateAICardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_card`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct UpdateCardRequest {
    /// `cardData`.
    pub card_data: Option<UpdateCardRequestCardData>,
    /// `cardUpdateOptions`.
    pub card_update_options: Option<UpdateCardRequestCardUpdateOptions>,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `privateData`.
    pub private_data: Option<rt::BTreeMap<String, PrivateDataValue>>,
    /// `userIdType`.
    pub user_id_type: Option<i64>,
}
impl UpdateCardRequest {
    /// A `UpdateCardRequest` with its required fields (`outTrackId`); set the others with the methods named after them.
    pub fn new(out_track_id: impl Into<String>) -> Self {
        Self {
            card_data: None,
            card_update_options: None,
            out_track_id: out_track_id.into(),
            private_data: None,
            user_id_type: None,
        }
    }
    /// Sets `cardData`.
    pub fn card_data(mut self, value: impl Into<UpdateCardRequestCardData>) -> Self {
        self.card_data = Some(value.into());
        self
    }
    /// Sets `cardUpdateOptions`.
    pub fn card_update_options(
        mut self,
        value: impl Into<UpdateCardRequestCardUpdateOptions>,
    ) -> Self {
        self.card_update_options = Some(value.into());
        self
    }
    /// Sets `privateData`.
    pub fn private_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, PrivateDataValue)>,
    ) -> Self {
        self.private_data = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: impl Into<i64>) -> Self {
        self.user_id_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateCardRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardData", &self.card_data)?;
        object.optional("cardUpdateOptions", &self.card_update_options)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("privateData", &self.private_data)?;
        object.optional("userIdType", &self.user_id_type)?;
        object.end()
    }
}
impl rt::WriteRequest for UpdateCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_card_with_delegate`].
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct UpdateCardWithDelegateRequest {
    /// `cardData`.
    pub card_data: Option<UpdateCardWithDelegateRequestCardData>,
    /// `cardUpdateOptions`.
    pub card_update_options: Option<UpdateCardWithDelegateRequestCardUpdateOptions>,
    /// `outTrackId`.
    pub out_track_id: String,
    /// `privateData`.
    pub private_data: Option<rt::BTreeMap<String, PrivateDataValue>>,
    /// `userIdType`.
    pub user_id_type: Option<i64>,
}
impl UpdateCardWithDelegateRequest {
    /// A `UpdateCardWithDelegateRequest` with its required fields (`outTrackId`); set the others with the methods named after them.
    pub fn new(out_track_id: impl Into<String>) -> Self {
        Self {
            card_data: None,
            card_update_options: None,
            out_track_id: out_track_id.into(),
            private_data: None,
            user_id_type: None,
        }
    }
    /// Sets `cardData`.
    pub fn card_data(
        mut self,
        value: impl Into<UpdateCardWithDelegateRequestCardData>,
    ) -> Self {
        self.card_data = Some(value.into());
        self
    }
    /// Sets `cardUpdateOptions`.
    pub fn card_update_options(
        mut self,
        value: impl Into<UpdateCardWithDelegateRequestCardUpdateOptions>,
    ) -> Self {
        self.card_update_options = Some(value.into());
        self
    }
    /// Sets `privateData`.
    pub fn private_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, PrivateDataValue)>,
    ) -> Self {
        self.private_data = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: impl Into<i64>) -> Self {
        self.user_id_type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateCardWithDelegateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardData", &self.card_data)?;
        object.optional("cardUpdateOptions", &self.card_update_options)?;
        object.field("outTrackId", &self.out_track_id)?;
        object.optional("privateData", &self.private_data)?;
        object.optional("userIdType", &self.user_id_type)?;
        object.end()
    }
}
impl rt::WriteRequest for UpdateCardWithDelegateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::append_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AppendSpaceError = rt::ServiceError;
/// An error reply of [`Api::append_space_with_delegate`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AppendSpaceWithDelegateError = rt::ServiceError;
/// An error reply of [`Api::close_top_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CloseTopCardError = rt::ServiceError;
/// An error reply of [`Api::copy_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CopyTemplateError = rt::ServiceError;
/// An error reply of [`Api::create_and_deliver`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAndDeliverError = rt::ServiceError;
/// An error reply of [`Api::create_and_deliver_ai_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAndDeliverAICardError = rt::ServiceError;
/// An error reply of [`Api::create_and_deliver_with_delegate`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAndDeliverWithDelegateError = rt::ServiceError;
/// An error reply of [`Api::create_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateCardError = rt::ServiceError;
/// An error reply of [`Api::create_card_with_delegate`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateCardWithDelegateError = rt::ServiceError;
/// An error reply of [`Api::create_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTemplateError = rt::ServiceError;
/// An error reply of [`Api::delete_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteTemplateError = rt::ServiceError;
/// An error reply of [`Api::deliver_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeliverCardError = rt::ServiceError;
/// An error reply of [`Api::deliver_card_with_delegate`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeliverCardWithDelegateError = rt::ServiceError;
/// An error reply of [`Api::get_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTemplateError = rt::ServiceError;
/// An error reply of [`Api::list_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListTemplateError = rt::ServiceError;
/// An error reply of [`Api::publish_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PublishTemplateError = rt::ServiceError;
/// An error reply of [`Api::register_callback`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RegisterCallbackError = rt::ServiceError;
/// An error reply of [`Api::register_callback_with_delegate`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RegisterCallbackWithDelegateError = rt::ServiceError;
/// An error reply of [`Api::save_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveTemplateError = rt::ServiceError;
/// An error reply of [`Api::streaming_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type StreamingUpdateError = rt::ServiceError;
/// An error reply of [`Api::update_ai_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateAICardError = rt::ServiceError;
/// An error reply of [`Api::update_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateCardError = rt::ServiceError;
/// An error reply of [`Api::update_card_with_delegate`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateCardWithDelegateError = rt::ServiceError;
