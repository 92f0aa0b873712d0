// @generated from api-spec/card_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 互动卡片 (Interactive Cards)：卡片的创建、投放、更新与场域信息。
//!
//! 23 operations, methods of [`Api`] (`client.card_1_0()`), behind the cargo feature `card_1_0`; its paths start with `/v1.0/card/`.
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
    /// `PUT /v1.0/card/instances/spaces`: DingTalk's `AppendSpace` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AppendSpace")]
    #[doc(alias = "/v1.0/card/instances/spaces")]
    #[doc(alias = "PUT /v1.0/card/instances/spaces")]
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
    /// `PUT /v1.0/card/me/instances/spaces`: DingTalk's `AppendSpaceWithDelegate` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AppendSpaceWithDelegate")]
    #[doc(alias = "/v1.0/card/me/instances/spaces")]
    #[doc(alias = "PUT /v1.0/card/me/instances/spaces")]
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
    /// `POST /v1.0/card/tops/close`: DingTalk's `CloseTopCard` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CloseTopCard")]
    #[doc(alias = "/v1.0/card/tops/close")]
    #[doc(alias = "POST /v1.0/card/tops/close")]
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
    /// `POST /v1.0/card/templates/copy`: DingTalk's `CopyTemplate` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CopyTemplate")]
    #[doc(alias = "/v1.0/card/templates/copy")]
    #[doc(alias = "POST /v1.0/card/templates/copy")]
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
    /// `POST /v1.0/card/instances/createAndDeliver`: DingTalk's `CreateAndDeliver` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAndDeliver")]
    #[doc(alias = "/v1.0/card/instances/createAndDeliver")]
    #[doc(alias = "POST /v1.0/card/instances/createAndDeliver")]
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
    /// `POST /v1.0/card/ai/instances/createAndDeliver`: DingTalk's `CreateAndDeliverAICard` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAndDeliverAICard")]
    #[doc(alias = "/v1.0/card/ai/instances/createAndDeliver")]
    #[doc(alias = "POST /v1.0/card/ai/instances/createAndDeliver")]
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
    /// `POST /v1.0/card/me/instances/createAndDeliver`: DingTalk's `CreateAndDeliverWithDelegate` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAndDeliverWithDelegate")]
    #[doc(alias = "/v1.0/card/me/instances/createAndDeliver")]
    #[doc(alias = "POST /v1.0/card/me/instances/createAndDeliver")]
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
    /// `POST /v1.0/card/instances`: DingTalk's `CreateCard` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateCard")]
    #[doc(alias = "/v1.0/card/instances")]
    #[doc(alias = "POST /v1.0/card/instances")]
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
    /// `POST /v1.0/card/me/instances`: DingTalk's `CreateCardWithDelegate` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateCardWithDelegate")]
    #[doc(alias = "/v1.0/card/me/instances")]
    #[doc(alias = "POST /v1.0/card/me/instances")]
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
    /// `POST /v1.0/card/templates`: DingTalk's `CreateTemplate` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTemplate")]
    #[doc(alias = "/v1.0/card/templates")]
    #[doc(alias = "POST /v1.0/card/templates")]
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
    /// `POST /v1.0/card/templates/remove`: DingTalk's `DeleteTemplate` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteTemplate")]
    #[doc(alias = "/v1.0/card/templates/remove")]
    #[doc(alias = "POST /v1.0/card/templates/remove")]
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
    /// `POST /v1.0/card/instances/deliver`: DingTalk's `DeliverCard` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeliverCard")]
    #[doc(alias = "/v1.0/card/instances/deliver")]
    #[doc(alias = "POST /v1.0/card/instances/deliver")]
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
    /// `POST /v1.0/card/me/instances/deliver`: DingTalk's `DeliverCardWithDelegate` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeliverCardWithDelegate")]
    #[doc(alias = "/v1.0/card/me/instances/deliver")]
    #[doc(alias = "POST /v1.0/card/me/instances/deliver")]
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
    /// `GET /v1.0/card/templates`: DingTalk's `GetTemplate` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTemplate")]
    #[doc(alias = "/v1.0/card/templates")]
    #[doc(alias = "GET /v1.0/card/templates")]
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
    /// `POST /v1.0/card/templates/lists/query`: DingTalk's `ListTemplate` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListTemplate")]
    #[doc(alias = "/v1.0/card/templates/lists/query")]
    #[doc(alias = "POST /v1.0/card/templates/lists/query")]
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
    /// `POST /v1.0/card/templates/publish`: DingTalk's `PublishTemplate` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PublishTemplate")]
    #[doc(alias = "/v1.0/card/templates/publish")]
    #[doc(alias = "POST /v1.0/card/templates/publish")]
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
    /// `POST /v1.0/card/callbacks/register`: DingTalk's `RegisterCallback` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RegisterCallback")]
    #[doc(alias = "/v1.0/card/callbacks/register")]
    #[doc(alias = "POST /v1.0/card/callbacks/register")]
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
    /// `POST /v1.0/card/me/callbacks/register`: DingTalk's `RegisterCallbackWithDelegate` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RegisterCallbackWithDelegate")]
    #[doc(alias = "/v1.0/card/me/callbacks/register")]
    #[doc(alias = "POST /v1.0/card/me/callbacks/register")]
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
    /// `POST /v1.0/card/templates/save`: DingTalk's `SaveTemplate` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveTemplate")]
    #[doc(alias = "/v1.0/card/templates/save")]
    #[doc(alias = "POST /v1.0/card/templates/save")]
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
    /// `PUT /v1.0/card/streaming`: DingTalk's `StreamingUpdate` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "StreamingUpdate")]
    #[doc(alias = "/v1.0/card/streaming")]
    #[doc(alias = "PUT /v1.0/card/streaming")]
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
    /// `PUT /v1.0/card/ai/instances/update`: DingTalk's `UpdateAICard` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateAICard")]
    #[doc(alias = "/v1.0/card/ai/instances/update")]
    #[doc(alias = "PUT /v1.0/card/ai/instances/update")]
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
    /// `PUT /v1.0/card/instances`: DingTalk's `UpdateCard` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateCard")]
    #[doc(alias = "/v1.0/card/instances")]
    #[doc(alias = "PUT /v1.0/card/instances")]
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
    /// `PUT /v1.0/card/me/instances`: DingTalk's `UpdateCardWithDelegate` (module feature `card_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateCardWithDelegate")]
    #[doc(alias = "/v1.0/card/me/instances")]
    #[doc(alias = "PUT /v1.0/card/me/instances")]
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
/// `AppendSpaceRequestCoFeedOpenSpaceModel`, a model several operations share: also named [`AppendSpaceWithDelegateRequestCoFeedOpenSpaceModel`], [`CreateCardRequestCoFeedOpenSpaceModel`], [`CreateCardWithDelegateRequestCoFeedOpenSpaceModel`].
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
rt::impl_serialize! {
    AppendSpaceRequestCoFeedOpenSpaceModel { "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppendSpaceRequestCoFeedOpenSpaceModel { "title" => read_field(title) }
}
/// `AppendSpaceRequestImGroupOpenSpaceModel`, a model several operations share: also named [`AppendSpaceRequestImRobotOpenSpaceModel`], [`AppendSpaceWithDelegateRequestImGroupOpenSpaceModel`], [`AppendSpaceWithDelegateRequestImRobotOpenSpaceModel`], [`CreateAndDeliverRequestImGroupOpenSpaceModel`], [`CreateAndDeliverRequestImRobotOpenSpaceModel`], [`CreateAndDeliverRequestImSingleOpenSpaceModel`], [`CreateAndDeliverAICardRequestImGroupOpenSpaceModel`], [`CreateAndDeliverAICardRequestImRobotOpenSpaceModel`], [`CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModel`], [`CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModel`], [`CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModel`], [`CreateCardRequestImGroupOpenSpaceModel`], [`CreateCardRequestImRobotOpenSpaceModel`], [`CreateCardRequestImSingleOpenSpaceModel`], [`CreateCardWithDelegateRequestImGroupOpenSpaceModel`], [`CreateCardWithDelegateRequestImRobotOpenSpaceModel`], [`CreateCardWithDelegateRequestImSingleOpenSpaceModel`].
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
        value: AppendSpaceRequestImGroupOpenSpaceModelNotification,
    ) -> Self {
        self.notification = Some(value);
        self
    }
    /// Sets `searchSupport`.
    pub fn search_support(
        mut self,
        value: AppendSpaceRequestImGroupOpenSpaceModelSearchSupport,
    ) -> Self {
        self.search_support = Some(value);
        self
    }
    /// Sets `supportForward`.
    pub fn support_forward(mut self, value: bool) -> Self {
        self.support_forward = Some(value);
        self
    }
}
rt::impl_serialize! {
    AppendSpaceRequestImGroupOpenSpaceModel { "lastMessageI18n" =>
    optional(last_message_i18n), "notification" => optional(notification),
    "searchSupport" => optional(search_support), "supportForward" =>
    optional(support_forward) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppendSpaceRequestImGroupOpenSpaceModel { "lastMessageI18n" =>
    read_field(last_message_i18n), "notification" => read_field(notification),
    "searchSupport" => read_field(search_support), "supportForward" =>
    read_field(support_forward) }
}
/// `AppendSpaceRequestImRobotOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type AppendSpaceRequestImRobotOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `AppendSpaceRequestTopOpenSpaceModel`, a model several operations share: also named [`AppendSpaceWithDelegateRequestTopOpenSpaceModel`], [`CreateAndDeliverRequestTopOpenSpaceModel`], [`CreateAndDeliverWithDelegateRequestTopOpenSpaceModel`], [`CreateCardRequestTopOpenSpaceModel`], [`CreateCardWithDelegateRequestTopOpenSpaceModel`].
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
rt::impl_serialize! {
    AppendSpaceRequestTopOpenSpaceModel { "spaceType" => optional(space_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppendSpaceRequestTopOpenSpaceModel { "spaceType" => read_field(space_type) }
}
/// `AppendSpaceResponseBody`, a model several operations share: also named [`AppendSpaceWithDelegateResponseBody`], [`CloseTopCardResponseBody`], [`StreamingUpdateResponseBody`], [`UpdateCardResponseBody`], [`UpdateCardWithDelegateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AppendSpaceResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AppendSpaceResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AppendSpaceResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `AppendSpaceWithDelegateRequestCoFeedOpenSpaceModel`: the same model as [`AppendSpaceRequestCoFeedOpenSpaceModel`].
pub type AppendSpaceWithDelegateRequestCoFeedOpenSpaceModel = AppendSpaceRequestCoFeedOpenSpaceModel;
/// `AppendSpaceWithDelegateRequestImGroupOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type AppendSpaceWithDelegateRequestImGroupOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `AppendSpaceWithDelegateRequestImRobotOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type AppendSpaceWithDelegateRequestImRobotOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `AppendSpaceWithDelegateRequestTopOpenSpaceModel`: the same model as [`AppendSpaceRequestTopOpenSpaceModel`].
pub type AppendSpaceWithDelegateRequestTopOpenSpaceModel = AppendSpaceRequestTopOpenSpaceModel;
/// `AppendSpaceWithDelegateResponseBody`: the same model as [`AppendSpaceResponseBody`].
pub type AppendSpaceWithDelegateResponseBody = AppendSpaceResponseBody;
/// `CloseTopCardResponseBody`: the same model as [`AppendSpaceResponseBody`].
pub type CloseTopCardResponseBody = AppendSpaceResponseBody;
/// `CopyTemplateResponseBody`, a model several operations share: also named [`CreateTemplateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyTemplateResponseBody {
    /// `data`.
    pub data: Option<CopyTemplateResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CopyTemplateResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyTemplateResponseBody { "data" => optional(data), "success" => optional(success) }
}
/// `CreateAndDeliverRequestCardData`, a model several operations share: also named [`PrivateDataValue`], [`CreateAndDeliverWithDelegateRequestCardData`], [`CreateCardRequestCardData`], [`CreateCardWithDelegateRequestCardData`], [`UpdateCardRequestCardData`], [`UpdateCardWithDelegateRequestCardData`].
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
rt::impl_serialize! {
    CreateAndDeliverRequestCardData { "cardParamMap" => optional(card_param_map) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverRequestCardData { "cardParamMap" => read_field(card_param_map) }
}
/// `CreateAndDeliverRequestCoFeedOpenDeliverModel`, a model several operations share: also named [`CreateAndDeliverWithDelegateRequestCoFeedOpenDeliverModel`], [`DeliverCardRequestCoFeedOpenDeliverModel`], [`DeliverCardWithDelegateRequestCoFeedOpenDeliverModel`].
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
    pub fn gmt_time_line(mut self, value: i64) -> Self {
        self.gmt_time_line = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateAndDeliverRequestCoFeedOpenDeliverModel { "bizTag" => optional(biz_tag),
    "gmtTimeLine" => optional(gmt_time_line) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverRequestCoFeedOpenDeliverModel { "bizTag" => read_field(biz_tag),
    "gmtTimeLine" => read_field(gmt_time_line) }
}
/// `CreateAndDeliverRequestCoFeedOpenSpaceModel`, a model several operations share: also named [`CreateAndDeliverWithDelegateRequestCoFeedOpenSpaceModel`].
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
rt::impl_serialize! {
    CreateAndDeliverRequestCoFeedOpenSpaceModel { "coolAppCode" =>
    optional(cool_app_code), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverRequestCoFeedOpenSpaceModel { "coolAppCode" =>
    read_field(cool_app_code), "title" => read_field(title) }
}
/// `CreateAndDeliverRequestDocOpenDeliverModel`, a model several operations share: also named [`CreateAndDeliverWithDelegateRequestDocOpenDeliverModel`], [`DeliverCardRequestDocOpenDeliverModel`], [`DeliverCardWithDelegateRequestDocOpenDeliverModel`].
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
rt::impl_serialize! {
    CreateAndDeliverRequestDocOpenDeliverModel { "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverRequestDocOpenDeliverModel { "userId" => read_field(user_id) }
}
/// `CreateAndDeliverRequestImGroupOpenDeliverModel`, a model several operations share: also named [`CreateAndDeliverAICardRequestImRobotOpenDeliverModel`], [`CreateAndDeliverWithDelegateRequestImGroupOpenDeliverModel`], [`DeliverCardRequestImGroupOpenDeliverModel`], [`DeliverCardWithDelegateRequestImGroupOpenDeliverModel`].
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
rt::impl_serialize! {
    CreateAndDeliverRequestImGroupOpenDeliverModel { "atUserIds" =>
    optional(at_user_ids), "extension" => optional(extension), "recipients" =>
    optional(recipients), "robotCode" => optional(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverRequestImGroupOpenDeliverModel { "atUserIds" =>
    read_field(at_user_ids), "extension" => read_field(extension), "recipients" =>
    read_field(recipients), "robotCode" => read_field(robot_code) }
}
/// `CreateAndDeliverRequestImGroupOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type CreateAndDeliverRequestImGroupOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `CreateAndDeliverRequestImRobotOpenDeliverModel`, a model several operations share: also named [`CreateAndDeliverWithDelegateRequestImRobotOpenDeliverModel`], [`DeliverCardRequestImRobotOpenDeliverModel`], [`DeliverCardWithDelegateRequestImRobotOpenDeliverModel`].
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
rt::impl_serialize! {
    CreateAndDeliverRequestImRobotOpenDeliverModel { "extension" => optional(extension),
    "robotCode" => optional(robot_code), "spaceType" => optional(space_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverRequestImRobotOpenDeliverModel { "extension" =>
    read_field(extension), "robotCode" => read_field(robot_code), "spaceType" =>
    read_field(space_type) }
}
/// `CreateAndDeliverRequestImRobotOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type CreateAndDeliverRequestImRobotOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `CreateAndDeliverRequestImSingleOpenDeliverModel`, a model several operations share: also named [`CreateAndDeliverWithDelegateRequestImSingleOpenDeliverModel`], [`DeliverCardRequestImSingleOpenDeliverModel`], [`DeliverCardWithDelegateRequestImSingleOpenDeliverModel`].
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
rt::impl_serialize! {
    CreateAndDeliverRequestImSingleOpenDeliverModel { "atUserIds" =>
    optional(at_user_ids), "extension" => optional(extension) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverRequestImSingleOpenDeliverModel { "atUserIds" =>
    read_field(at_user_ids), "extension" => read_field(extension) }
}
/// `CreateAndDeliverRequestImSingleOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type CreateAndDeliverRequestImSingleOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `CreateAndDeliverRequestOpenDynamicDataConfig`, a model several operations share: also named [`CreateAndDeliverWithDelegateRequestOpenDynamicDataConfig`], [`CreateCardRequestOpenDynamicDataConfig`], [`CreateCardWithDelegateRequestOpenDynamicDataConfig`].
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
rt::impl_serialize! {
    CreateAndDeliverRequestOpenDynamicDataConfig { "dynamicDataSourceConfigs" =>
    optional(dynamic_data_source_configs) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverRequestOpenDynamicDataConfig { "dynamicDataSourceConfigs" =>
    read_field(dynamic_data_source_configs) }
}
/// `PrivateDataValue`: the same model as [`CreateAndDeliverRequestCardData`].
pub type PrivateDataValue = CreateAndDeliverRequestCardData;
/// `CreateAndDeliverRequestTopOpenDeliverModel`, a model several operations share: also named [`CreateAndDeliverWithDelegateRequestTopOpenDeliverModel`], [`DeliverCardRequestTopOpenDeliverModel`], [`DeliverCardWithDelegateRequestTopOpenDeliverModel`].
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
    pub fn expired_time_millis(mut self, value: i64) -> Self {
        self.expired_time_millis = Some(value);
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
rt::impl_serialize! {
    CreateAndDeliverRequestTopOpenDeliverModel { "expiredTimeMillis" =>
    optional(expired_time_millis), "platforms" => optional(platforms), "userIds" =>
    optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverRequestTopOpenDeliverModel { "expiredTimeMillis" =>
    read_field(expired_time_millis), "platforms" => read_field(platforms), "userIds" =>
    read_field(user_ids) }
}
/// `CreateAndDeliverRequestTopOpenSpaceModel`: the same model as [`AppendSpaceRequestTopOpenSpaceModel`].
pub type CreateAndDeliverRequestTopOpenSpaceModel = AppendSpaceRequestTopOpenSpaceModel;
/// `CreateAndDeliverResponseBody`, a model several operations share: also named [`CreateAndDeliverAICardResponseBody`], [`CreateAndDeliverWithDelegateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAndDeliverResponseBody {
    /// `result`.
    pub result: Option<CreateAndDeliverResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateAndDeliverResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAndDeliverResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CreateAndDeliverAICardRequestA2uiAnnotations`, a model several operations share: also named [`UpdateAICardRequestA2uiAnnotations`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateAndDeliverAICardRequestA2uiAnnotations {
    /// `componentId`.
    pub component_id: String,
    /// `surfaceId`.
    pub surface_id: String,
    /// `type`.
    pub r#type: String,
}
/// The required fields of [`CreateAndDeliverAICardRequestA2uiAnnotations`], each named where it is set: `CreateAndDeliverAICardRequestA2uiAnnotations::new(CreateAndDeliverAICardRequestA2uiAnnotationsRequired { .. })`.
pub struct CreateAndDeliverAICardRequestA2uiAnnotationsRequired {
    /// `componentId`: see [`CreateAndDeliverAICardRequestA2uiAnnotations::component_id`].
    pub component_id: String,
    /// `surfaceId`: see [`CreateAndDeliverAICardRequestA2uiAnnotations::surface_id`].
    pub surface_id: String,
    /// `type`: see [`CreateAndDeliverAICardRequestA2uiAnnotations::r#type`](CreateAndDeliverAICardRequestA2uiAnnotations::type).
    pub r#type: String,
}
impl CreateAndDeliverAICardRequestA2uiAnnotations {
    /// A `CreateAndDeliverAICardRequestA2uiAnnotations` with its required fields (`componentId`, `surfaceId`, `type`); set the others with the methods named after them.
    pub fn new(required: CreateAndDeliverAICardRequestA2uiAnnotationsRequired) -> Self {
        let CreateAndDeliverAICardRequestA2uiAnnotationsRequired {
            component_id,
            surface_id,
            r#type,
        } = required;
        Self {
            component_id,
            surface_id,
            r#type,
        }
    }
}
rt::impl_serialize! {
    CreateAndDeliverAICardRequestA2uiAnnotations { "componentId" => field(component_id),
    "surfaceId" => field(surface_id), "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverAICardRequestA2uiAnnotations { "componentId" =>
    read_field(component_id), "surfaceId" => read_field(surface_id), "type" =>
    read_field(r#type) }
}
/// `CreateAndDeliverAICardRequestImGroupOpenDeliverModel`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateAndDeliverAICardRequestImGroupOpenDeliverModel`], each named where it is set: `CreateAndDeliverAICardRequestImGroupOpenDeliverModel::new(CreateAndDeliverAICardRequestImGroupOpenDeliverModelRequired { .. })`.
pub struct CreateAndDeliverAICardRequestImGroupOpenDeliverModelRequired {
    /// `robotCode`: see [`CreateAndDeliverAICardRequestImGroupOpenDeliverModel::robot_code`].
    pub robot_code: String,
}
impl CreateAndDeliverAICardRequestImGroupOpenDeliverModel {
    /// A `CreateAndDeliverAICardRequestImGroupOpenDeliverModel` with its required fields (`robotCode`); set the others with the methods named after them.
    pub fn new(
        required: CreateAndDeliverAICardRequestImGroupOpenDeliverModelRequired,
    ) -> Self {
        let CreateAndDeliverAICardRequestImGroupOpenDeliverModelRequired {
            robot_code,
        } = required;
        Self {
            at_user_ids: None,
            extension: None,
            recipients: None,
            robot_code,
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
rt::impl_serialize! {
    CreateAndDeliverAICardRequestImGroupOpenDeliverModel { "atUserIds" =>
    optional(at_user_ids), "extension" => optional(extension), "recipients" =>
    optional(recipients), "robotCode" => field(robot_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverAICardRequestImGroupOpenDeliverModel { "atUserIds" =>
    read_field(at_user_ids), "extension" => read_field(extension), "recipients" =>
    read_field(recipients), "robotCode" => read_field(robot_code) }
}
/// `CreateAndDeliverAICardRequestImGroupOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type CreateAndDeliverAICardRequestImGroupOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `CreateAndDeliverAICardRequestImRobotOpenDeliverModel`: the same model as [`CreateAndDeliverRequestImGroupOpenDeliverModel`].
pub type CreateAndDeliverAICardRequestImRobotOpenDeliverModel = CreateAndDeliverRequestImGroupOpenDeliverModel;
/// `CreateAndDeliverAICardRequestImRobotOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type CreateAndDeliverAICardRequestImRobotOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `CreateAndDeliverAICardResponseBody`: the same model as [`CreateAndDeliverResponseBody`].
pub type CreateAndDeliverAICardResponseBody = CreateAndDeliverResponseBody;
/// `CreateAndDeliverWithDelegateRequestCardData`: the same model as [`CreateAndDeliverRequestCardData`].
pub type CreateAndDeliverWithDelegateRequestCardData = CreateAndDeliverRequestCardData;
/// `CreateAndDeliverWithDelegateRequestCoFeedOpenDeliverModel`: the same model as [`CreateAndDeliverRequestCoFeedOpenDeliverModel`].
pub type CreateAndDeliverWithDelegateRequestCoFeedOpenDeliverModel = CreateAndDeliverRequestCoFeedOpenDeliverModel;
/// `CreateAndDeliverWithDelegateRequestCoFeedOpenSpaceModel`: the same model as [`CreateAndDeliverRequestCoFeedOpenSpaceModel`].
pub type CreateAndDeliverWithDelegateRequestCoFeedOpenSpaceModel = CreateAndDeliverRequestCoFeedOpenSpaceModel;
/// `CreateAndDeliverWithDelegateRequestDocOpenDeliverModel`: the same model as [`CreateAndDeliverRequestDocOpenDeliverModel`].
pub type CreateAndDeliverWithDelegateRequestDocOpenDeliverModel = CreateAndDeliverRequestDocOpenDeliverModel;
/// `CreateAndDeliverWithDelegateRequestImGroupOpenDeliverModel`: the same model as [`CreateAndDeliverRequestImGroupOpenDeliverModel`].
pub type CreateAndDeliverWithDelegateRequestImGroupOpenDeliverModel = CreateAndDeliverRequestImGroupOpenDeliverModel;
/// `CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `CreateAndDeliverWithDelegateRequestImRobotOpenDeliverModel`: the same model as [`CreateAndDeliverRequestImRobotOpenDeliverModel`].
pub type CreateAndDeliverWithDelegateRequestImRobotOpenDeliverModel = CreateAndDeliverRequestImRobotOpenDeliverModel;
/// `CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `CreateAndDeliverWithDelegateRequestImSingleOpenDeliverModel`: the same model as [`CreateAndDeliverRequestImSingleOpenDeliverModel`].
pub type CreateAndDeliverWithDelegateRequestImSingleOpenDeliverModel = CreateAndDeliverRequestImSingleOpenDeliverModel;
/// `CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `CreateAndDeliverWithDelegateRequestOpenDynamicDataConfig`: the same model as [`CreateAndDeliverRequestOpenDynamicDataConfig`].
pub type CreateAndDeliverWithDelegateRequestOpenDynamicDataConfig = CreateAndDeliverRequestOpenDynamicDataConfig;
/// `CreateAndDeliverWithDelegateRequestTopOpenDeliverModel`: the same model as [`CreateAndDeliverRequestTopOpenDeliverModel`].
pub type CreateAndDeliverWithDelegateRequestTopOpenDeliverModel = CreateAndDeliverRequestTopOpenDeliverModel;
/// `CreateAndDeliverWithDelegateRequestTopOpenSpaceModel`: the same model as [`AppendSpaceRequestTopOpenSpaceModel`].
pub type CreateAndDeliverWithDelegateRequestTopOpenSpaceModel = AppendSpaceRequestTopOpenSpaceModel;
/// `CreateAndDeliverWithDelegateResponseBody`: the same model as [`CreateAndDeliverResponseBody`].
pub type CreateAndDeliverWithDelegateResponseBody = CreateAndDeliverResponseBody;
/// `CreateCardRequestCardData`: the same model as [`CreateAndDeliverRequestCardData`].
pub type CreateCardRequestCardData = CreateAndDeliverRequestCardData;
/// `CreateCardRequestCoFeedOpenSpaceModel`: the same model as [`AppendSpaceRequestCoFeedOpenSpaceModel`].
pub type CreateCardRequestCoFeedOpenSpaceModel = AppendSpaceRequestCoFeedOpenSpaceModel;
/// `CreateCardRequestImGroupOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type CreateCardRequestImGroupOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `CreateCardRequestImRobotOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type CreateCardRequestImRobotOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `CreateCardRequestImSingleOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type CreateCardRequestImSingleOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `CreateCardRequestOpenDynamicDataConfig`: the same model as [`CreateAndDeliverRequestOpenDynamicDataConfig`].
pub type CreateCardRequestOpenDynamicDataConfig = CreateAndDeliverRequestOpenDynamicDataConfig;
/// `CreateCardRequestTopOpenSpaceModel`: the same model as [`AppendSpaceRequestTopOpenSpaceModel`].
pub type CreateCardRequestTopOpenSpaceModel = AppendSpaceRequestTopOpenSpaceModel;
/// `CreateCardResponseBody`, a model several operations share: also named [`CreateCardWithDelegateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateCardResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateCardResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateCardResponseBody { "result" => optional(result), "success" => optional(success)
    }
}
/// `CreateCardWithDelegateRequestCardData`: the same model as [`CreateAndDeliverRequestCardData`].
pub type CreateCardWithDelegateRequestCardData = CreateAndDeliverRequestCardData;
/// `CreateCardWithDelegateRequestCoFeedOpenSpaceModel`: the same model as [`AppendSpaceRequestCoFeedOpenSpaceModel`].
pub type CreateCardWithDelegateRequestCoFeedOpenSpaceModel = AppendSpaceRequestCoFeedOpenSpaceModel;
/// `CreateCardWithDelegateRequestImGroupOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type CreateCardWithDelegateRequestImGroupOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `CreateCardWithDelegateRequestImRobotOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type CreateCardWithDelegateRequestImRobotOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `CreateCardWithDelegateRequestImSingleOpenSpaceModel`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModel`].
pub type CreateCardWithDelegateRequestImSingleOpenSpaceModel = AppendSpaceRequestImGroupOpenSpaceModel;
/// `CreateCardWithDelegateRequestOpenDynamicDataConfig`: the same model as [`CreateAndDeliverRequestOpenDynamicDataConfig`].
pub type CreateCardWithDelegateRequestOpenDynamicDataConfig = CreateAndDeliverRequestOpenDynamicDataConfig;
/// `CreateCardWithDelegateRequestTopOpenSpaceModel`: the same model as [`AppendSpaceRequestTopOpenSpaceModel`].
pub type CreateCardWithDelegateRequestTopOpenSpaceModel = AppendSpaceRequestTopOpenSpaceModel;
/// `CreateCardWithDelegateResponseBody`: the same model as [`CreateCardResponseBody`].
pub type CreateCardWithDelegateResponseBody = CreateCardResponseBody;
/// `CreateTemplateResponseBody`: the same model as [`CopyTemplateResponseBody`].
pub type CreateTemplateResponseBody = CopyTemplateResponseBody;
/// `DeleteTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteTemplateResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeleteTemplateResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteTemplateResponseBody { "success" => optional(success) }
}
/// `DeliverCardRequestCoFeedOpenDeliverModel`: the same model as [`CreateAndDeliverRequestCoFeedOpenDeliverModel`].
pub type DeliverCardRequestCoFeedOpenDeliverModel = CreateAndDeliverRequestCoFeedOpenDeliverModel;
/// `DeliverCardRequestDocOpenDeliverModel`: the same model as [`CreateAndDeliverRequestDocOpenDeliverModel`].
pub type DeliverCardRequestDocOpenDeliverModel = CreateAndDeliverRequestDocOpenDeliverModel;
/// `DeliverCardRequestImGroupOpenDeliverModel`: the same model as [`CreateAndDeliverRequestImGroupOpenDeliverModel`].
pub type DeliverCardRequestImGroupOpenDeliverModel = CreateAndDeliverRequestImGroupOpenDeliverModel;
/// `DeliverCardRequestImRobotOpenDeliverModel`: the same model as [`CreateAndDeliverRequestImRobotOpenDeliverModel`].
pub type DeliverCardRequestImRobotOpenDeliverModel = CreateAndDeliverRequestImRobotOpenDeliverModel;
/// `DeliverCardRequestImSingleOpenDeliverModel`: the same model as [`CreateAndDeliverRequestImSingleOpenDeliverModel`].
pub type DeliverCardRequestImSingleOpenDeliverModel = CreateAndDeliverRequestImSingleOpenDeliverModel;
/// `DeliverCardRequestTopOpenDeliverModel`: the same model as [`CreateAndDeliverRequestTopOpenDeliverModel`].
pub type DeliverCardRequestTopOpenDeliverModel = CreateAndDeliverRequestTopOpenDeliverModel;
/// `DeliverCardResponseBody`, a model several operations share: also named [`DeliverCardWithDelegateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeliverCardResponseBody {
    /// `result`.
    pub result: Option<Vec<DeliverCardResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeliverCardResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeliverCardResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `DeliverCardWithDelegateRequestCoFeedOpenDeliverModel`: the same model as [`CreateAndDeliverRequestCoFeedOpenDeliverModel`].
pub type DeliverCardWithDelegateRequestCoFeedOpenDeliverModel = CreateAndDeliverRequestCoFeedOpenDeliverModel;
/// `DeliverCardWithDelegateRequestDocOpenDeliverModel`: the same model as [`CreateAndDeliverRequestDocOpenDeliverModel`].
pub type DeliverCardWithDelegateRequestDocOpenDeliverModel = CreateAndDeliverRequestDocOpenDeliverModel;
/// `DeliverCardWithDelegateRequestImGroupOpenDeliverModel`: the same model as [`CreateAndDeliverRequestImGroupOpenDeliverModel`].
pub type DeliverCardWithDelegateRequestImGroupOpenDeliverModel = CreateAndDeliverRequestImGroupOpenDeliverModel;
/// `DeliverCardWithDelegateRequestImRobotOpenDeliverModel`: the same model as [`CreateAndDeliverRequestImRobotOpenDeliverModel`].
pub type DeliverCardWithDelegateRequestImRobotOpenDeliverModel = CreateAndDeliverRequestImRobotOpenDeliverModel;
/// `DeliverCardWithDelegateRequestImSingleOpenDeliverModel`: the same model as [`CreateAndDeliverRequestImSingleOpenDeliverModel`].
pub type DeliverCardWithDelegateRequestImSingleOpenDeliverModel = CreateAndDeliverRequestImSingleOpenDeliverModel;
/// `DeliverCardWithDelegateRequestTopOpenDeliverModel`: the same model as [`CreateAndDeliverRequestTopOpenDeliverModel`].
pub type DeliverCardWithDelegateRequestTopOpenDeliverModel = CreateAndDeliverRequestTopOpenDeliverModel;
/// `DeliverCardWithDelegateResponseBody`: the same model as [`DeliverCardResponseBody`].
pub type DeliverCardWithDelegateResponseBody = DeliverCardResponseBody;
/// `GetTemplateResponseBody`, a model several operations share: also named [`PublishTemplateResponseBody`], [`SaveTemplateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTemplateResponseBody {
    /// `data`.
    pub data: Option<GetTemplateResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetTemplateResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTemplateResponseBody { "data" => optional(data), "success" => optional(success) }
}
/// `ListTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTemplateResponseBody {
    /// `data`.
    pub data: Option<Vec<ListTemplateResponseBodyData>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ListTemplateResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListTemplateResponseBody { "data" => optional(data), "success" => optional(success) }
}
/// `PublishTemplateResponseBody`: the same model as [`GetTemplateResponseBody`].
pub type PublishTemplateResponseBody = GetTemplateResponseBody;
/// `RegisterCallbackResponseBody`, a model several operations share: also named [`RegisterCallbackWithDelegateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RegisterCallbackResponseBody {
    /// `result`.
    pub result: Option<RegisterCallbackResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    RegisterCallbackResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RegisterCallbackResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `RegisterCallbackWithDelegateResponseBody`: the same model as [`RegisterCallbackResponseBody`].
pub type RegisterCallbackWithDelegateResponseBody = RegisterCallbackResponseBody;
/// `SaveTemplateResponseBody`: the same model as [`GetTemplateResponseBody`].
pub type SaveTemplateResponseBody = GetTemplateResponseBody;
/// `StreamingUpdateResponseBody`: the same model as [`AppendSpaceResponseBody`].
pub type StreamingUpdateResponseBody = AppendSpaceResponseBody;
/// `UpdateAICardRequestA2uiAnnotations`: the same model as [`CreateAndDeliverAICardRequestA2uiAnnotations`].
pub type UpdateAICardRequestA2uiAnnotations = CreateAndDeliverAICardRequestA2uiAnnotations;
/// The required fields of [`UpdateAICardRequestA2uiAnnotations`].
pub type UpdateAICardRequestA2uiAnnotationsRequired = CreateAndDeliverAICardRequestA2uiAnnotationsRequired;
/// `UpdateAICardResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateAICardResponseBody {
    /// `result`.
    pub result: Option<UpdateAICardResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UpdateAICardResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateAICardResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `UpdateCardRequestCardData`: the same model as [`CreateAndDeliverRequestCardData`].
pub type UpdateCardRequestCardData = CreateAndDeliverRequestCardData;
/// `UpdateCardRequestCardUpdateOptions`, a model several operations share: also named [`UpdateCardWithDelegateRequestCardUpdateOptions`].
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
    UpdateCardRequestCardUpdateOptions { "updateCardDataByKey" =>
    optional(update_card_data_by_key), "updatePrivateDataByKey" =>
    optional(update_private_data_by_key) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCardRequestCardUpdateOptions { "updateCardDataByKey" =>
    read_field(update_card_data_by_key), "updatePrivateDataByKey" =>
    read_field(update_private_data_by_key) }
}
/// `UpdateCardResponseBody`: the same model as [`AppendSpaceResponseBody`].
pub type UpdateCardResponseBody = AppendSpaceResponseBody;
/// `UpdateCardWithDelegateRequestCardData`: the same model as [`CreateAndDeliverRequestCardData`].
pub type UpdateCardWithDelegateRequestCardData = CreateAndDeliverRequestCardData;
/// `UpdateCardWithDelegateRequestCardUpdateOptions`: the same model as [`UpdateCardRequestCardUpdateOptions`].
pub type UpdateCardWithDelegateRequestCardUpdateOptions = UpdateCardRequestCardUpdateOptions;
/// `UpdateCardWithDelegateResponseBody`: the same model as [`AppendSpaceResponseBody`].
pub type UpdateCardWithDelegateResponseBody = AppendSpaceResponseBody;
/// `AppendSpaceRequestImGroupOpenSpaceModelNotification`, a model several operations share: also named [`AppendSpaceRequestImRobotOpenSpaceModelNotification`], [`AppendSpaceWithDelegateRequestImGroupOpenSpaceModelNotification`], [`AppendSpaceWithDelegateRequestImRobotOpenSpaceModelNotification`], [`CreateAndDeliverRequestImGroupOpenSpaceModelNotification`], [`CreateAndDeliverRequestImRobotOpenSpaceModelNotification`], [`CreateAndDeliverRequestImSingleOpenSpaceModelNotification`], [`CreateAndDeliverAICardRequestImGroupOpenSpaceModelNotification`], [`CreateAndDeliverAICardRequestImRobotOpenSpaceModelNotification`], [`CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelNotification`], [`CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelNotification`], [`CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelNotification`], [`CreateCardRequestImGroupOpenSpaceModelNotification`], [`CreateCardRequestImRobotOpenSpaceModelNotification`], [`CreateCardRequestImSingleOpenSpaceModelNotification`], [`CreateCardWithDelegateRequestImGroupOpenSpaceModelNotification`], [`CreateCardWithDelegateRequestImRobotOpenSpaceModelNotification`], [`CreateCardWithDelegateRequestImSingleOpenSpaceModelNotification`].
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
    pub fn notification_off(mut self, value: bool) -> Self {
        self.notification_off = Some(value);
        self
    }
}
rt::impl_serialize! {
    AppendSpaceRequestImGroupOpenSpaceModelNotification { "alertContent" =>
    optional(alert_content), "notificationOff" => optional(notification_off) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppendSpaceRequestImGroupOpenSpaceModelNotification { "alertContent" =>
    read_field(alert_content), "notificationOff" => read_field(notification_off) }
}
/// `AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`, a model several operations share: also named [`AppendSpaceRequestImRobotOpenSpaceModelSearchSupport`], [`AppendSpaceWithDelegateRequestImGroupOpenSpaceModelSearchSupport`], [`AppendSpaceWithDelegateRequestImRobotOpenSpaceModelSearchSupport`], [`CreateAndDeliverRequestImGroupOpenSpaceModelSearchSupport`], [`CreateAndDeliverRequestImRobotOpenSpaceModelSearchSupport`], [`CreateAndDeliverRequestImSingleOpenSpaceModelSearchSupport`], [`CreateAndDeliverAICardRequestImGroupOpenSpaceModelSearchSupport`], [`CreateAndDeliverAICardRequestImRobotOpenSpaceModelSearchSupport`], [`CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelSearchSupport`], [`CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelSearchSupport`], [`CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelSearchSupport`], [`CreateCardRequestImGroupOpenSpaceModelSearchSupport`], [`CreateCardRequestImRobotOpenSpaceModelSearchSupport`], [`CreateCardRequestImSingleOpenSpaceModelSearchSupport`], [`CreateCardWithDelegateRequestImGroupOpenSpaceModelSearchSupport`], [`CreateCardWithDelegateRequestImRobotOpenSpaceModelSearchSupport`], [`CreateCardWithDelegateRequestImSingleOpenSpaceModelSearchSupport`].
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
rt::impl_serialize! {
    AppendSpaceRequestImGroupOpenSpaceModelSearchSupport { "searchDesc" =>
    optional(search_desc), "searchIcon" => optional(search_icon), "searchTypeName" =>
    optional(search_type_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppendSpaceRequestImGroupOpenSpaceModelSearchSupport { "searchDesc" =>
    read_field(search_desc), "searchIcon" => read_field(search_icon), "searchTypeName" =>
    read_field(search_type_name) }
}
/// `AppendSpaceRequestImRobotOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type AppendSpaceRequestImRobotOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `AppendSpaceRequestImRobotOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type AppendSpaceRequestImRobotOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `AppendSpaceWithDelegateRequestImGroupOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type AppendSpaceWithDelegateRequestImGroupOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `AppendSpaceWithDelegateRequestImGroupOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type AppendSpaceWithDelegateRequestImGroupOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `AppendSpaceWithDelegateRequestImRobotOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type AppendSpaceWithDelegateRequestImRobotOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `AppendSpaceWithDelegateRequestImRobotOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type AppendSpaceWithDelegateRequestImRobotOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CopyTemplateResponseBodyData`, a model several operations share: also named [`CreateTemplateResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CopyTemplateResponseBodyData {
    /// `templateId`.
    pub template_id: Option<String>,
}
rt::impl_deserialize! {
    CopyTemplateResponseBodyData { "templateId" => read_field(template_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CopyTemplateResponseBodyData { "templateId" => optional(template_id) }
}
/// `CreateAndDeliverRequestImGroupOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type CreateAndDeliverRequestImGroupOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `CreateAndDeliverRequestImGroupOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type CreateAndDeliverRequestImGroupOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CreateAndDeliverRequestImRobotOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type CreateAndDeliverRequestImRobotOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `CreateAndDeliverRequestImRobotOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type CreateAndDeliverRequestImRobotOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CreateAndDeliverRequestImSingleOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type CreateAndDeliverRequestImSingleOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `CreateAndDeliverRequestImSingleOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type CreateAndDeliverRequestImSingleOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs`, a model several operations share: also named [`CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs`], [`CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigs`], [`CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs`].
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
        value: CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig,
    ) -> Self {
        self.pull_config = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs { "constParams"
    => optional(const_params), "dynamicDataSourceId" => optional(dynamic_data_source_id),
    "pullConfig" => optional(pull_config) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs { "constParams"
    => read_field(const_params), "dynamicDataSourceId" =>
    read_field(dynamic_data_source_id), "pullConfig" => read_field(pull_config) }
}
/// `CreateAndDeliverResponseBodyResult`, a model several operations share: also named [`CreateAndDeliverAICardResponseBodyResult`], [`CreateAndDeliverWithDelegateResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAndDeliverResponseBodyResult {
    /// `deliverResults`.
    pub deliver_results: Option<Vec<CreateAndDeliverResponseBodyResultDeliverResults>>,
    /// `outTrackId`.
    pub out_track_id: Option<String>,
}
rt::impl_deserialize! {
    CreateAndDeliverResponseBodyResult { "deliverResults" => read_field(deliver_results),
    "outTrackId" => read_field(out_track_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAndDeliverResponseBodyResult { "deliverResults" => optional(deliver_results),
    "outTrackId" => optional(out_track_id) }
}
/// `CreateAndDeliverAICardRequestImGroupOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type CreateAndDeliverAICardRequestImGroupOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `CreateAndDeliverAICardRequestImGroupOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type CreateAndDeliverAICardRequestImGroupOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CreateAndDeliverAICardRequestImRobotOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type CreateAndDeliverAICardRequestImRobotOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `CreateAndDeliverAICardRequestImRobotOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type CreateAndDeliverAICardRequestImRobotOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CreateAndDeliverAICardResponseBodyResult`: the same model as [`CreateAndDeliverResponseBodyResult`].
pub type CreateAndDeliverAICardResponseBodyResult = CreateAndDeliverResponseBodyResult;
/// `CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs`: the same model as [`CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs`].
pub type CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs = CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs;
/// `CreateAndDeliverWithDelegateResponseBodyResult`: the same model as [`CreateAndDeliverResponseBodyResult`].
pub type CreateAndDeliverWithDelegateResponseBodyResult = CreateAndDeliverResponseBodyResult;
/// `CreateCardRequestImGroupOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type CreateCardRequestImGroupOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `CreateCardRequestImGroupOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type CreateCardRequestImGroupOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CreateCardRequestImRobotOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type CreateCardRequestImRobotOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `CreateCardRequestImRobotOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type CreateCardRequestImRobotOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CreateCardRequestImSingleOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type CreateCardRequestImSingleOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `CreateCardRequestImSingleOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type CreateCardRequestImSingleOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigs`: the same model as [`CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs`].
pub type CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigs = CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs;
/// `CreateCardWithDelegateRequestImGroupOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type CreateCardWithDelegateRequestImGroupOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `CreateCardWithDelegateRequestImGroupOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type CreateCardWithDelegateRequestImGroupOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CreateCardWithDelegateRequestImRobotOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type CreateCardWithDelegateRequestImRobotOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `CreateCardWithDelegateRequestImRobotOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type CreateCardWithDelegateRequestImRobotOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CreateCardWithDelegateRequestImSingleOpenSpaceModelNotification`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelNotification`].
pub type CreateCardWithDelegateRequestImSingleOpenSpaceModelNotification = AppendSpaceRequestImGroupOpenSpaceModelNotification;
/// `CreateCardWithDelegateRequestImSingleOpenSpaceModelSearchSupport`: the same model as [`AppendSpaceRequestImGroupOpenSpaceModelSearchSupport`].
pub type CreateCardWithDelegateRequestImSingleOpenSpaceModelSearchSupport = AppendSpaceRequestImGroupOpenSpaceModelSearchSupport;
/// `CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs`: the same model as [`CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs`].
pub type CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigs = CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigs;
/// `CreateTemplateResponseBodyData`: the same model as [`CopyTemplateResponseBodyData`].
pub type CreateTemplateResponseBodyData = CopyTemplateResponseBodyData;
/// `DeliverCardResponseBodyResult`, a model several operations share: also named [`DeliverCardWithDelegateResponseBodyResult`], [`CreateAndDeliverResponseBodyResultDeliverResults`], [`CreateAndDeliverAICardResponseBodyResultDeliverResults`], [`CreateAndDeliverWithDelegateResponseBodyResultDeliverResults`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    DeliverCardResponseBodyResult { "carrierId" => read_field(carrier_id), "errorMsg" =>
    read_field(error_msg), "spaceId" => read_field(space_id), "spaceType" =>
    read_field(space_type), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeliverCardResponseBodyResult { "carrierId" => optional(carrier_id), "errorMsg" =>
    optional(error_msg), "spaceId" => optional(space_id), "spaceType" =>
    optional(space_type), "success" => optional(success) }
}
/// `DeliverCardWithDelegateResponseBodyResult`: the same model as [`DeliverCardResponseBodyResult`].
pub type DeliverCardWithDelegateResponseBodyResult = DeliverCardResponseBodyResult;
/// `GetTemplateResponseBodyData`, a model several operations share: also named [`ListTemplateResponseBodyData`], [`PublishTemplateResponseBodyData`], [`SaveTemplateResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    GetTemplateResponseBodyData { "blockTemplate" => read_field(block_template),
    "commonVariableList" => read_field(common_variable_list), "creatorId" =>
    read_field(creator_id), "expVariableList" => read_field(exp_variable_list),
    "extendType" => read_field(extend_type), "gmtCreate" => read_field(gmt_create),
    "gmtModified" => read_field(gmt_modified), "localVariableList" =>
    read_field(local_variable_list), "miniAppId" => read_field(mini_app_id), "name" =>
    read_field(name), "preview" => read_field(preview), "status" => read_field(status),
    "templateId" => read_field(template_id), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTemplateResponseBodyData { "blockTemplate" => optional(block_template),
    "commonVariableList" => optional(common_variable_list), "creatorId" =>
    optional(creator_id), "expVariableList" => optional(exp_variable_list), "extendType"
    => optional(extend_type), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "localVariableList" => optional(local_variable_list),
    "miniAppId" => optional(mini_app_id), "name" => optional(name), "preview" =>
    optional(preview), "status" => optional(status), "templateId" =>
    optional(template_id), "type" => optional(r#type) }
}
/// `ListTemplateResponseBodyData`: the same model as [`GetTemplateResponseBodyData`].
pub type ListTemplateResponseBodyData = GetTemplateResponseBodyData;
/// `PublishTemplateResponseBodyData`: the same model as [`GetTemplateResponseBodyData`].
pub type PublishTemplateResponseBodyData = GetTemplateResponseBodyData;
/// `RegisterCallbackResponseBodyResult`, a model several operations share: also named [`RegisterCallbackWithDelegateResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RegisterCallbackResponseBodyResult {
    /// `apiSecret`.
    pub api_secret: Option<String>,
    /// `callbackUrl`.
    pub callback_url: Option<String>,
}
rt::impl_deserialize! {
    RegisterCallbackResponseBodyResult { "apiSecret" => read_field(api_secret),
    "callbackUrl" => read_field(callback_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RegisterCallbackResponseBodyResult { "apiSecret" => optional(api_secret),
    "callbackUrl" => optional(callback_url) }
}
/// `RegisterCallbackWithDelegateResponseBodyResult`: the same model as [`RegisterCallbackResponseBodyResult`].
pub type RegisterCallbackWithDelegateResponseBodyResult = RegisterCallbackResponseBodyResult;
/// `SaveTemplateResponseBodyData`: the same model as [`GetTemplateResponseBodyData`].
pub type SaveTemplateResponseBodyData = GetTemplateResponseBodyData;
/// `UpdateAICardResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateAICardResponseBodyResult {
    /// `flowStatus`.
    pub flow_status: Option<String>,
    /// `outTrackId`.
    pub out_track_id: Option<String>,
    /// `outUpdateId`.
    pub out_update_id: Option<String>,
}
rt::impl_deserialize! {
    UpdateAICardResponseBodyResult { "flowStatus" => read_field(flow_status),
    "outTrackId" => read_field(out_track_id), "outUpdateId" => read_field(out_update_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateAICardResponseBodyResult { "flowStatus" => optional(flow_status), "outTrackId"
    => optional(out_track_id), "outUpdateId" => optional(out_update_id) }
}
/// `CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`, a model several operations share: also named [`CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`], [`CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`], [`CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`].
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
    pub fn interval(mut self, value: i64) -> Self {
        self.interval = Some(value);
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
rt::impl_serialize! {
    CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig {
    "interval" => optional(interval), "pullStrategy" => optional(pull_strategy),
    "timeUnit" => optional(time_unit) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig {
    "interval" => read_field(interval), "pullStrategy" => read_field(pull_strategy),
    "timeUnit" => read_field(time_unit) }
}
/// `CreateAndDeliverResponseBodyResultDeliverResults`: the same model as [`DeliverCardResponseBodyResult`].
pub type CreateAndDeliverResponseBodyResultDeliverResults = DeliverCardResponseBodyResult;
/// `CreateAndDeliverAICardResponseBodyResultDeliverResults`: the same model as [`DeliverCardResponseBodyResult`].
pub type CreateAndDeliverAICardResponseBodyResultDeliverResults = DeliverCardResponseBodyResult;
/// `CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`: the same model as [`CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`].
pub type CreateAndDeliverWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig = CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig;
/// `CreateAndDeliverWithDelegateResponseBodyResultDeliverResults`: the same model as [`DeliverCardResponseBodyResult`].
pub type CreateAndDeliverWithDelegateResponseBodyResultDeliverResults = DeliverCardResponseBodyResult;
/// `CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`: the same model as [`CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`].
pub type CreateCardRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig = CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig;
/// `CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`: the same model as [`CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig`].
pub type CreateCardWithDelegateRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig = CreateAndDeliverRequestOpenDynamicDataConfigDynamicDataSourceConfigsPullConfig;
/// The request of [`Api::append_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AppendSpaceRequest`], each named where it is set: `AppendSpaceRequest::new(AppendSpaceRequired { .. })`.
pub struct AppendSpaceRequired {
    /// `outTrackId`: see [`AppendSpaceRequest::out_track_id`].
    pub out_track_id: String,
}
impl AppendSpaceRequest {
    /// A `AppendSpaceRequest` with its required fields (`outTrackId`); set the others with the methods named after them.
    pub fn new(required: AppendSpaceRequired) -> Self {
        let AppendSpaceRequired { out_track_id } = required;
        Self {
            co_feed_open_space_model: None,
            im_group_open_space_model: None,
            im_robot_open_space_model: None,
            out_track_id,
            top_open_space_model: None,
        }
    }
    /// Sets `coFeedOpenSpaceModel`.
    pub fn co_feed_open_space_model(
        mut self,
        value: AppendSpaceRequestCoFeedOpenSpaceModel,
    ) -> Self {
        self.co_feed_open_space_model = Some(value);
        self
    }
    /// Sets `imGroupOpenSpaceModel`.
    pub fn im_group_open_space_model(
        mut self,
        value: AppendSpaceRequestImGroupOpenSpaceModel,
    ) -> Self {
        self.im_group_open_space_model = Some(value);
        self
    }
    /// Sets `imRobotOpenSpaceModel`.
    pub fn im_robot_open_space_model(
        mut self,
        value: AppendSpaceRequestImRobotOpenSpaceModel,
    ) -> Self {
        self.im_robot_open_space_model = Some(value);
        self
    }
    /// Sets `topOpenSpaceModel`.
    pub fn top_open_space_model(
        mut self,
        value: AppendSpaceRequestTopOpenSpaceModel,
    ) -> Self {
        self.top_open_space_model = Some(value);
        self
    }
}
rt::impl_serialize! {
    AppendSpaceRequest { "coFeedOpenSpaceModel" => optional(co_feed_open_space_model),
    "imGroupOpenSpaceModel" => optional(im_group_open_space_model),
    "imRobotOpenSpaceModel" => optional(im_robot_open_space_model), "outTrackId" =>
    field(out_track_id), "topOpenSpaceModel" => optional(top_open_space_model) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppendSpaceRequest { "coFeedOpenSpaceModel" => read_field(co_feed_open_space_model),
    "imGroupOpenSpaceModel" => read_field(im_group_open_space_model),
    "imRobotOpenSpaceModel" => read_field(im_robot_open_space_model), "outTrackId" =>
    read_field(out_track_id), "topOpenSpaceModel" => read_field(top_open_space_model) }
}
impl rt::WriteRequest for AppendSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::append_space_with_delegate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AppendSpaceWithDelegateRequest`], each named where it is set: `AppendSpaceWithDelegateRequest::new(AppendSpaceWithDelegateRequired { .. })`.
pub struct AppendSpaceWithDelegateRequired {
    /// `outTrackId`: see [`AppendSpaceWithDelegateRequest::out_track_id`].
    pub out_track_id: String,
}
impl AppendSpaceWithDelegateRequest {
    /// A `AppendSpaceWithDelegateRequest` with its required fields (`outTrackId`); set the others with the methods named after them.
    pub fn new(required: AppendSpaceWithDelegateRequired) -> Self {
        let AppendSpaceWithDelegateRequired { out_track_id } = required;
        Self {
            co_feed_open_space_model: None,
            im_group_open_space_model: None,
            im_robot_open_space_model: None,
            out_track_id,
            top_open_space_model: None,
        }
    }
    /// Sets `coFeedOpenSpaceModel`.
    pub fn co_feed_open_space_model(
        mut self,
        value: AppendSpaceWithDelegateRequestCoFeedOpenSpaceModel,
    ) -> Self {
        self.co_feed_open_space_model = Some(value);
        self
    }
    /// Sets `imGroupOpenSpaceModel`.
    pub fn im_group_open_space_model(
        mut self,
        value: AppendSpaceWithDelegateRequestImGroupOpenSpaceModel,
    ) -> Self {
        self.im_group_open_space_model = Some(value);
        self
    }
    /// Sets `imRobotOpenSpaceModel`.
    pub fn im_robot_open_space_model(
        mut self,
        value: AppendSpaceWithDelegateRequestImRobotOpenSpaceModel,
    ) -> Self {
        self.im_robot_open_space_model = Some(value);
        self
    }
    /// Sets `topOpenSpaceModel`.
    pub fn top_open_space_model(
        mut self,
        value: AppendSpaceWithDelegateRequestTopOpenSpaceModel,
    ) -> Self {
        self.top_open_space_model = Some(value);
        self
    }
}
rt::impl_serialize! {
    AppendSpaceWithDelegateRequest { "coFeedOpenSpaceModel" =>
    optional(co_feed_open_space_model), "imGroupOpenSpaceModel" =>
    optional(im_group_open_space_model), "imRobotOpenSpaceModel" =>
    optional(im_robot_open_space_model), "outTrackId" => field(out_track_id),
    "topOpenSpaceModel" => optional(top_open_space_model) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppendSpaceWithDelegateRequest { "coFeedOpenSpaceModel" =>
    read_field(co_feed_open_space_model), "imGroupOpenSpaceModel" =>
    read_field(im_group_open_space_model), "imRobotOpenSpaceModel" =>
    read_field(im_robot_open_space_model), "outTrackId" => read_field(out_track_id),
    "topOpenSpaceModel" => read_field(top_open_space_model) }
}
impl rt::WriteRequest for AppendSpaceWithDelegateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::close_top_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CloseTopCardRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: String,
    /// `outTrackId`: a query parameter.
    pub out_track_id: String,
}
/// The required fields of [`CloseTopCardRequest`], each named where it is set: `CloseTopCardRequest::new(CloseTopCardRequired { .. })`.
pub struct CloseTopCardRequired {
    /// `openConversationId`: see [`CloseTopCardRequest::open_conversation_id`].
    pub open_conversation_id: String,
    /// `outTrackId`: see [`CloseTopCardRequest::out_track_id`].
    pub out_track_id: String,
}
impl CloseTopCardRequest {
    /// A `CloseTopCardRequest` with its required fields (`openConversationId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: CloseTopCardRequired) -> Self {
        let CloseTopCardRequired { open_conversation_id, out_track_id } = required;
        Self {
            open_conversation_id,
            out_track_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CloseTopCardRequest { "openConversationId" => read_field(open_conversation_id),
    "outTrackId" => read_field(out_track_id) }
}
impl rt::WriteRequest for CloseTopCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query("outTrackId", &self.out_track_id);
    }
}
/// The request of [`Api::copy_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CopyTemplateRequest {
    /// `name`.
    pub name: Option<String>,
    /// `templateId`.
    pub template_id: String,
}
/// The required fields of [`CopyTemplateRequest`], each named where it is set: `CopyTemplateRequest::new(CopyTemplateRequired { .. })`.
pub struct CopyTemplateRequired {
    /// `templateId`: see [`CopyTemplateRequest::template_id`].
    pub template_id: String,
}
impl CopyTemplateRequest {
    /// A `CopyTemplateRequest` with its required fields (`templateId`); set the others with the methods named after them.
    pub fn new(required: CopyTemplateRequired) -> Self {
        let CopyTemplateRequired { template_id } = required;
        Self { name: None, template_id }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CopyTemplateRequest { "name" => optional(name), "templateId" => field(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CopyTemplateRequest { "name" => read_field(name), "templateId" =>
    read_field(template_id) }
}
impl rt::WriteRequest for CopyTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_and_deliver`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateAndDeliverRequest`], each named where it is set: `CreateAndDeliverRequest::new(CreateAndDeliverRequired { .. })`.
pub struct CreateAndDeliverRequired {
    /// `cardData`: see [`CreateAndDeliverRequest::card_data`].
    pub card_data: CreateAndDeliverRequestCardData,
    /// `cardTemplateId`: see [`CreateAndDeliverRequest::card_template_id`].
    pub card_template_id: String,
    /// `openSpaceId`: see [`CreateAndDeliverRequest::open_space_id`].
    pub open_space_id: String,
    /// `outTrackId`: see [`CreateAndDeliverRequest::out_track_id`].
    pub out_track_id: String,
}
impl CreateAndDeliverRequest {
    /// A `CreateAndDeliverRequest` with its required fields (`cardData`, `cardTemplateId`, `openSpaceId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: CreateAndDeliverRequired) -> Self {
        let CreateAndDeliverRequired {
            card_data,
            card_template_id,
            open_space_id,
            out_track_id,
        } = required;
        Self {
            callback_route_key: None,
            callback_type: None,
            card_at_user_ids: None,
            card_data,
            card_template_id,
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
            open_space_id,
            out_track_id,
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
        value: CreateAndDeliverRequestCoFeedOpenDeliverModel,
    ) -> Self {
        self.co_feed_open_deliver_model = Some(value);
        self
    }
    /// Sets `coFeedOpenSpaceModel`.
    pub fn co_feed_open_space_model(
        mut self,
        value: CreateAndDeliverRequestCoFeedOpenSpaceModel,
    ) -> Self {
        self.co_feed_open_space_model = Some(value);
        self
    }
    /// Sets `docOpenDeliverModel`.
    pub fn doc_open_deliver_model(
        mut self,
        value: CreateAndDeliverRequestDocOpenDeliverModel,
    ) -> Self {
        self.doc_open_deliver_model = Some(value);
        self
    }
    /// Sets `imGroupOpenDeliverModel`.
    pub fn im_group_open_deliver_model(
        mut self,
        value: CreateAndDeliverRequestImGroupOpenDeliverModel,
    ) -> Self {
        self.im_group_open_deliver_model = Some(value);
        self
    }
    /// Sets `imGroupOpenSpaceModel`.
    pub fn im_group_open_space_model(
        mut self,
        value: CreateAndDeliverRequestImGroupOpenSpaceModel,
    ) -> Self {
        self.im_group_open_space_model = Some(value);
        self
    }
    /// Sets `imRobotOpenDeliverModel`.
    pub fn im_robot_open_deliver_model(
        mut self,
        value: CreateAndDeliverRequestImRobotOpenDeliverModel,
    ) -> Self {
        self.im_robot_open_deliver_model = Some(value);
        self
    }
    /// Sets `imRobotOpenSpaceModel`.
    pub fn im_robot_open_space_model(
        mut self,
        value: CreateAndDeliverRequestImRobotOpenSpaceModel,
    ) -> Self {
        self.im_robot_open_space_model = Some(value);
        self
    }
    /// Sets `imSingleOpenDeliverModel`.
    pub fn im_single_open_deliver_model(
        mut self,
        value: CreateAndDeliverRequestImSingleOpenDeliverModel,
    ) -> Self {
        self.im_single_open_deliver_model = Some(value);
        self
    }
    /// Sets `imSingleOpenSpaceModel`.
    pub fn im_single_open_space_model(
        mut self,
        value: CreateAndDeliverRequestImSingleOpenSpaceModel,
    ) -> Self {
        self.im_single_open_space_model = Some(value);
        self
    }
    /// Sets `openDynamicDataConfig`.
    pub fn open_dynamic_data_config(
        mut self,
        value: CreateAndDeliverRequestOpenDynamicDataConfig,
    ) -> Self {
        self.open_dynamic_data_config = Some(value);
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
        value: CreateAndDeliverRequestTopOpenDeliverModel,
    ) -> Self {
        self.top_open_deliver_model = Some(value);
        self
    }
    /// Sets `topOpenSpaceModel`.
    pub fn top_open_space_model(
        mut self,
        value: CreateAndDeliverRequestTopOpenSpaceModel,
    ) -> Self {
        self.top_open_space_model = Some(value);
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
}
rt::impl_serialize! {
    CreateAndDeliverRequest { "callbackRouteKey" => optional(callback_route_key),
    "callbackType" => optional(callback_type), "cardAtUserIds" =>
    optional(card_at_user_ids), "cardData" => field(card_data), "cardTemplateId" =>
    field(card_template_id), "coFeedOpenDeliverModel" =>
    optional(co_feed_open_deliver_model), "coFeedOpenSpaceModel" =>
    optional(co_feed_open_space_model), "docOpenDeliverModel" =>
    optional(doc_open_deliver_model), "imGroupOpenDeliverModel" =>
    optional(im_group_open_deliver_model), "imGroupOpenSpaceModel" =>
    optional(im_group_open_space_model), "imRobotOpenDeliverModel" =>
    optional(im_robot_open_deliver_model), "imRobotOpenSpaceModel" =>
    optional(im_robot_open_space_model), "imSingleOpenDeliverModel" =>
    optional(im_single_open_deliver_model), "imSingleOpenSpaceModel" =>
    optional(im_single_open_space_model), "openDynamicDataConfig" =>
    optional(open_dynamic_data_config), "openSpaceId" => field(open_space_id),
    "outTrackId" => field(out_track_id), "privateData" => optional(private_data),
    "topOpenDeliverModel" => optional(top_open_deliver_model), "topOpenSpaceModel" =>
    optional(top_open_space_model), "userId" => optional(user_id), "userIdType" =>
    optional(user_id_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverRequest { "callbackRouteKey" => read_field(callback_route_key),
    "callbackType" => read_field(callback_type), "cardAtUserIds" =>
    read_field(card_at_user_ids), "cardData" => read_field(card_data), "cardTemplateId"
    => read_field(card_template_id), "coFeedOpenDeliverModel" =>
    read_field(co_feed_open_deliver_model), "coFeedOpenSpaceModel" =>
    read_field(co_feed_open_space_model), "docOpenDeliverModel" =>
    read_field(doc_open_deliver_model), "imGroupOpenDeliverModel" =>
    read_field(im_group_open_deliver_model), "imGroupOpenSpaceModel" =>
    read_field(im_group_open_space_model), "imRobotOpenDeliverModel" =>
    read_field(im_robot_open_deliver_model), "imRobotOpenSpaceModel" =>
    read_field(im_robot_open_space_model), "imSingleOpenDeliverModel" =>
    read_field(im_single_open_deliver_model), "imSingleOpenSpaceModel" =>
    read_field(im_single_open_space_model), "openDynamicDataConfig" =>
    read_field(open_dynamic_data_config), "openSpaceId" => read_field(open_space_id),
    "outTrackId" => read_field(out_track_id), "privateData" => read_field(private_data),
    "topOpenDeliverModel" => read_field(top_open_deliver_model), "topOpenSpaceModel" =>
    read_field(top_open_space_model), "userId" => read_field(user_id), "userIdType" =>
    read_field(user_id_type) }
}
impl rt::WriteRequest for CreateAndDeliverRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_and_deliver_ai_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateAndDeliverAICardRequest`], each named where it is set: `CreateAndDeliverAICardRequest::new(CreateAndDeliverAICardRequired { .. })`.
pub struct CreateAndDeliverAICardRequired {
    /// `a2uiMessages`: see [`CreateAndDeliverAICardRequest::a2ui_messages`].
    pub a2ui_messages: Vec<String>,
    /// `flowStatus`: see [`CreateAndDeliverAICardRequest::flow_status`].
    pub flow_status: String,
    /// `openSpaceId`: see [`CreateAndDeliverAICardRequest::open_space_id`].
    pub open_space_id: String,
    /// `outTrackId`: see [`CreateAndDeliverAICardRequest::out_track_id`].
    pub out_track_id: String,
}
impl CreateAndDeliverAICardRequest {
    /// A `CreateAndDeliverAICardRequest` with its required fields (`a2uiMessages`, `flowStatus`, `openSpaceId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: CreateAndDeliverAICardRequired) -> Self {
        let CreateAndDeliverAICardRequired {
            a2ui_messages,
            flow_status,
            open_space_id,
            out_track_id,
        } = required;
        Self {
            a2ui_annotations: None,
            a2ui_messages,
            at_all: None,
            biz_context: None,
            callback_route_key: None,
            callback_type: None,
            card_at_user_ids: None,
            flow_status,
            im_group_open_deliver_model: None,
            im_group_open_space_model: None,
            im_robot_open_deliver_model: None,
            im_robot_open_space_model: None,
            open_space_id,
            out_track_id,
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
    pub fn at_all(mut self, value: bool) -> Self {
        self.at_all = Some(value);
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
        value: CreateAndDeliverAICardRequestImGroupOpenDeliverModel,
    ) -> Self {
        self.im_group_open_deliver_model = Some(value);
        self
    }
    /// Sets `imGroupOpenSpaceModel`.
    pub fn im_group_open_space_model(
        mut self,
        value: CreateAndDeliverAICardRequestImGroupOpenSpaceModel,
    ) -> Self {
        self.im_group_open_space_model = Some(value);
        self
    }
    /// Sets `imRobotOpenDeliverModel`.
    pub fn im_robot_open_deliver_model(
        mut self,
        value: CreateAndDeliverAICardRequestImRobotOpenDeliverModel,
    ) -> Self {
        self.im_robot_open_deliver_model = Some(value);
        self
    }
    /// Sets `imRobotOpenSpaceModel`.
    pub fn im_robot_open_space_model(
        mut self,
        value: CreateAndDeliverAICardRequestImRobotOpenSpaceModel,
    ) -> Self {
        self.im_robot_open_space_model = Some(value);
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
    pub fn user_id_type(mut self, value: i64) -> Self {
        self.user_id_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateAndDeliverAICardRequest { "a2uiAnnotations" => optional(a2ui_annotations),
    "a2uiMessages" => field(a2ui_messages), "atAll" => optional(at_all), "bizContext" =>
    optional(biz_context), "callbackRouteKey" => optional(callback_route_key),
    "callbackType" => optional(callback_type), "cardAtUserIds" =>
    optional(card_at_user_ids), "flowStatus" => field(flow_status),
    "imGroupOpenDeliverModel" => optional(im_group_open_deliver_model),
    "imGroupOpenSpaceModel" => optional(im_group_open_space_model),
    "imRobotOpenDeliverModel" => optional(im_robot_open_deliver_model),
    "imRobotOpenSpaceModel" => optional(im_robot_open_space_model), "openSpaceId" =>
    field(open_space_id), "outTrackId" => field(out_track_id), "protocolVersion" =>
    optional(protocol_version), "summary" => optional(summary), "userId" =>
    optional(user_id), "userIdType" => optional(user_id_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverAICardRequest { "a2uiAnnotations" => read_field(a2ui_annotations),
    "a2uiMessages" => read_field(a2ui_messages), "atAll" => read_field(at_all),
    "bizContext" => read_field(biz_context), "callbackRouteKey" =>
    read_field(callback_route_key), "callbackType" => read_field(callback_type),
    "cardAtUserIds" => read_field(card_at_user_ids), "flowStatus" =>
    read_field(flow_status), "imGroupOpenDeliverModel" =>
    read_field(im_group_open_deliver_model), "imGroupOpenSpaceModel" =>
    read_field(im_group_open_space_model), "imRobotOpenDeliverModel" =>
    read_field(im_robot_open_deliver_model), "imRobotOpenSpaceModel" =>
    read_field(im_robot_open_space_model), "openSpaceId" => read_field(open_space_id),
    "outTrackId" => read_field(out_track_id), "protocolVersion" =>
    read_field(protocol_version), "summary" => read_field(summary), "userId" =>
    read_field(user_id), "userIdType" => read_field(user_id_type) }
}
impl rt::WriteRequest for CreateAndDeliverAICardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_and_deliver_with_delegate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateAndDeliverWithDelegateRequest`], each named where it is set: `CreateAndDeliverWithDelegateRequest::new(CreateAndDeliverWithDelegateRequired { .. })`.
pub struct CreateAndDeliverWithDelegateRequired {
    /// `cardData`: see [`CreateAndDeliverWithDelegateRequest::card_data`].
    pub card_data: CreateAndDeliverWithDelegateRequestCardData,
    /// `cardTemplateId`: see [`CreateAndDeliverWithDelegateRequest::card_template_id`].
    pub card_template_id: String,
    /// `openSpaceId`: see [`CreateAndDeliverWithDelegateRequest::open_space_id`].
    pub open_space_id: String,
    /// `outTrackId`: see [`CreateAndDeliverWithDelegateRequest::out_track_id`].
    pub out_track_id: String,
}
impl CreateAndDeliverWithDelegateRequest {
    /// A `CreateAndDeliverWithDelegateRequest` with its required fields (`cardData`, `cardTemplateId`, `openSpaceId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: CreateAndDeliverWithDelegateRequired) -> Self {
        let CreateAndDeliverWithDelegateRequired {
            card_data,
            card_template_id,
            open_space_id,
            out_track_id,
        } = required;
        Self {
            callback_route_key: None,
            callback_type: None,
            card_data,
            card_template_id,
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
            open_space_id,
            out_track_id,
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
        value: CreateAndDeliverWithDelegateRequestCoFeedOpenDeliverModel,
    ) -> Self {
        self.co_feed_open_deliver_model = Some(value);
        self
    }
    /// Sets `coFeedOpenSpaceModel`.
    pub fn co_feed_open_space_model(
        mut self,
        value: CreateAndDeliverWithDelegateRequestCoFeedOpenSpaceModel,
    ) -> Self {
        self.co_feed_open_space_model = Some(value);
        self
    }
    /// Sets `docOpenDeliverModel`.
    pub fn doc_open_deliver_model(
        mut self,
        value: CreateAndDeliverWithDelegateRequestDocOpenDeliverModel,
    ) -> Self {
        self.doc_open_deliver_model = Some(value);
        self
    }
    /// Sets `imGroupOpenDeliverModel`.
    pub fn im_group_open_deliver_model(
        mut self,
        value: CreateAndDeliverWithDelegateRequestImGroupOpenDeliverModel,
    ) -> Self {
        self.im_group_open_deliver_model = Some(value);
        self
    }
    /// Sets `imGroupOpenSpaceModel`.
    pub fn im_group_open_space_model(
        mut self,
        value: CreateAndDeliverWithDelegateRequestImGroupOpenSpaceModel,
    ) -> Self {
        self.im_group_open_space_model = Some(value);
        self
    }
    /// Sets `imRobotOpenDeliverModel`.
    pub fn im_robot_open_deliver_model(
        mut self,
        value: CreateAndDeliverWithDelegateRequestImRobotOpenDeliverModel,
    ) -> Self {
        self.im_robot_open_deliver_model = Some(value);
        self
    }
    /// Sets `imRobotOpenSpaceModel`.
    pub fn im_robot_open_space_model(
        mut self,
        value: CreateAndDeliverWithDelegateRequestImRobotOpenSpaceModel,
    ) -> Self {
        self.im_robot_open_space_model = Some(value);
        self
    }
    /// Sets `imSingleOpenDeliverModel`.
    pub fn im_single_open_deliver_model(
        mut self,
        value: CreateAndDeliverWithDelegateRequestImSingleOpenDeliverModel,
    ) -> Self {
        self.im_single_open_deliver_model = Some(value);
        self
    }
    /// Sets `imSingleOpenSpaceModel`.
    pub fn im_single_open_space_model(
        mut self,
        value: CreateAndDeliverWithDelegateRequestImSingleOpenSpaceModel,
    ) -> Self {
        self.im_single_open_space_model = Some(value);
        self
    }
    /// Sets `openDynamicDataConfig`.
    pub fn open_dynamic_data_config(
        mut self,
        value: CreateAndDeliverWithDelegateRequestOpenDynamicDataConfig,
    ) -> Self {
        self.open_dynamic_data_config = Some(value);
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
        value: CreateAndDeliverWithDelegateRequestTopOpenDeliverModel,
    ) -> Self {
        self.top_open_deliver_model = Some(value);
        self
    }
    /// Sets `topOpenSpaceModel`.
    pub fn top_open_space_model(
        mut self,
        value: CreateAndDeliverWithDelegateRequestTopOpenSpaceModel,
    ) -> Self {
        self.top_open_space_model = Some(value);
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
}
rt::impl_serialize! {
    CreateAndDeliverWithDelegateRequest { "callbackRouteKey" =>
    optional(callback_route_key), "callbackType" => optional(callback_type), "cardData"
    => field(card_data), "cardTemplateId" => field(card_template_id),
    "coFeedOpenDeliverModel" => optional(co_feed_open_deliver_model),
    "coFeedOpenSpaceModel" => optional(co_feed_open_space_model), "docOpenDeliverModel"
    => optional(doc_open_deliver_model), "imGroupOpenDeliverModel" =>
    optional(im_group_open_deliver_model), "imGroupOpenSpaceModel" =>
    optional(im_group_open_space_model), "imRobotOpenDeliverModel" =>
    optional(im_robot_open_deliver_model), "imRobotOpenSpaceModel" =>
    optional(im_robot_open_space_model), "imSingleOpenDeliverModel" =>
    optional(im_single_open_deliver_model), "imSingleOpenSpaceModel" =>
    optional(im_single_open_space_model), "openDynamicDataConfig" =>
    optional(open_dynamic_data_config), "openSpaceId" => field(open_space_id),
    "outTrackId" => field(out_track_id), "privateData" => optional(private_data),
    "topOpenDeliverModel" => optional(top_open_deliver_model), "topOpenSpaceModel" =>
    optional(top_open_space_model), "userId" => optional(user_id), "userIdType" =>
    optional(user_id_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAndDeliverWithDelegateRequest { "callbackRouteKey" =>
    read_field(callback_route_key), "callbackType" => read_field(callback_type),
    "cardData" => read_field(card_data), "cardTemplateId" =>
    read_field(card_template_id), "coFeedOpenDeliverModel" =>
    read_field(co_feed_open_deliver_model), "coFeedOpenSpaceModel" =>
    read_field(co_feed_open_space_model), "docOpenDeliverModel" =>
    read_field(doc_open_deliver_model), "imGroupOpenDeliverModel" =>
    read_field(im_group_open_deliver_model), "imGroupOpenSpaceModel" =>
    read_field(im_group_open_space_model), "imRobotOpenDeliverModel" =>
    read_field(im_robot_open_deliver_model), "imRobotOpenSpaceModel" =>
    read_field(im_robot_open_space_model), "imSingleOpenDeliverModel" =>
    read_field(im_single_open_deliver_model), "imSingleOpenSpaceModel" =>
    read_field(im_single_open_space_model), "openDynamicDataConfig" =>
    read_field(open_dynamic_data_config), "openSpaceId" => read_field(open_space_id),
    "outTrackId" => read_field(out_track_id), "privateData" => read_field(private_data),
    "topOpenDeliverModel" => read_field(top_open_deliver_model), "topOpenSpaceModel" =>
    read_field(top_open_space_model), "userId" => read_field(user_id), "userIdType" =>
    read_field(user_id_type) }
}
impl rt::WriteRequest for CreateAndDeliverWithDelegateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateCardRequest`], each named where it is set: `CreateCardRequest::new(CreateCardRequired { .. })`.
pub struct CreateCardRequired {
    /// `cardData`: see [`CreateCardRequest::card_data`].
    pub card_data: CreateCardRequestCardData,
    /// `cardTemplateId`: see [`CreateCardRequest::card_template_id`].
    pub card_template_id: String,
    /// `outTrackId`: see [`CreateCardRequest::out_track_id`].
    pub out_track_id: String,
}
impl CreateCardRequest {
    /// A `CreateCardRequest` with its required fields (`cardData`, `cardTemplateId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: CreateCardRequired) -> Self {
        let CreateCardRequired { card_data, card_template_id, out_track_id } = required;
        Self {
            callback_route_key: None,
            callback_type: None,
            card_at_user_ids: None,
            card_data,
            card_template_id,
            co_feed_open_space_model: None,
            im_group_open_space_model: None,
            im_robot_open_space_model: None,
            im_single_open_space_model: None,
            open_dynamic_data_config: None,
            out_track_id,
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
        value: CreateCardRequestCoFeedOpenSpaceModel,
    ) -> Self {
        self.co_feed_open_space_model = Some(value);
        self
    }
    /// Sets `imGroupOpenSpaceModel`.
    pub fn im_group_open_space_model(
        mut self,
        value: CreateCardRequestImGroupOpenSpaceModel,
    ) -> Self {
        self.im_group_open_space_model = Some(value);
        self
    }
    /// Sets `imRobotOpenSpaceModel`.
    pub fn im_robot_open_space_model(
        mut self,
        value: CreateCardRequestImRobotOpenSpaceModel,
    ) -> Self {
        self.im_robot_open_space_model = Some(value);
        self
    }
    /// Sets `imSingleOpenSpaceModel`.
    pub fn im_single_open_space_model(
        mut self,
        value: CreateCardRequestImSingleOpenSpaceModel,
    ) -> Self {
        self.im_single_open_space_model = Some(value);
        self
    }
    /// Sets `openDynamicDataConfig`.
    pub fn open_dynamic_data_config(
        mut self,
        value: CreateCardRequestOpenDynamicDataConfig,
    ) -> Self {
        self.open_dynamic_data_config = Some(value);
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
        value: CreateCardRequestTopOpenSpaceModel,
    ) -> Self {
        self.top_open_space_model = Some(value);
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
}
rt::impl_serialize! {
    CreateCardRequest { "callbackRouteKey" => optional(callback_route_key),
    "callbackType" => optional(callback_type), "cardAtUserIds" =>
    optional(card_at_user_ids), "cardData" => field(card_data), "cardTemplateId" =>
    field(card_template_id), "coFeedOpenSpaceModel" =>
    optional(co_feed_open_space_model), "imGroupOpenSpaceModel" =>
    optional(im_group_open_space_model), "imRobotOpenSpaceModel" =>
    optional(im_robot_open_space_model), "imSingleOpenSpaceModel" =>
    optional(im_single_open_space_model), "openDynamicDataConfig" =>
    optional(open_dynamic_data_config), "outTrackId" => field(out_track_id),
    "privateData" => optional(private_data), "topOpenSpaceModel" =>
    optional(top_open_space_model), "userId" => optional(user_id), "userIdType" =>
    optional(user_id_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCardRequest { "callbackRouteKey" => read_field(callback_route_key),
    "callbackType" => read_field(callback_type), "cardAtUserIds" =>
    read_field(card_at_user_ids), "cardData" => read_field(card_data), "cardTemplateId"
    => read_field(card_template_id), "coFeedOpenSpaceModel" =>
    read_field(co_feed_open_space_model), "imGroupOpenSpaceModel" =>
    read_field(im_group_open_space_model), "imRobotOpenSpaceModel" =>
    read_field(im_robot_open_space_model), "imSingleOpenSpaceModel" =>
    read_field(im_single_open_space_model), "openDynamicDataConfig" =>
    read_field(open_dynamic_data_config), "outTrackId" => read_field(out_track_id),
    "privateData" => read_field(private_data), "topOpenSpaceModel" =>
    read_field(top_open_space_model), "userId" => read_field(user_id), "userIdType" =>
    read_field(user_id_type) }
}
impl rt::WriteRequest for CreateCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_card_with_delegate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateCardWithDelegateRequest`], each named where it is set: `CreateCardWithDelegateRequest::new(CreateCardWithDelegateRequired { .. })`.
pub struct CreateCardWithDelegateRequired {
    /// `cardData`: see [`CreateCardWithDelegateRequest::card_data`].
    pub card_data: CreateCardWithDelegateRequestCardData,
    /// `cardTemplateId`: see [`CreateCardWithDelegateRequest::card_template_id`].
    pub card_template_id: String,
    /// `outTrackId`: see [`CreateCardWithDelegateRequest::out_track_id`].
    pub out_track_id: String,
}
impl CreateCardWithDelegateRequest {
    /// A `CreateCardWithDelegateRequest` with its required fields (`cardData`, `cardTemplateId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: CreateCardWithDelegateRequired) -> Self {
        let CreateCardWithDelegateRequired {
            card_data,
            card_template_id,
            out_track_id,
        } = required;
        Self {
            callback_route_key: None,
            callback_type: None,
            card_data,
            card_template_id,
            co_feed_open_space_model: None,
            im_group_open_space_model: None,
            im_robot_open_space_model: None,
            im_single_open_space_model: None,
            open_dynamic_data_config: None,
            out_track_id,
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
        value: CreateCardWithDelegateRequestCoFeedOpenSpaceModel,
    ) -> Self {
        self.co_feed_open_space_model = Some(value);
        self
    }
    /// Sets `imGroupOpenSpaceModel`.
    pub fn im_group_open_space_model(
        mut self,
        value: CreateCardWithDelegateRequestImGroupOpenSpaceModel,
    ) -> Self {
        self.im_group_open_space_model = Some(value);
        self
    }
    /// Sets `imRobotOpenSpaceModel`.
    pub fn im_robot_open_space_model(
        mut self,
        value: CreateCardWithDelegateRequestImRobotOpenSpaceModel,
    ) -> Self {
        self.im_robot_open_space_model = Some(value);
        self
    }
    /// Sets `imSingleOpenSpaceModel`.
    pub fn im_single_open_space_model(
        mut self,
        value: CreateCardWithDelegateRequestImSingleOpenSpaceModel,
    ) -> Self {
        self.im_single_open_space_model = Some(value);
        self
    }
    /// Sets `openDynamicDataConfig`.
    pub fn open_dynamic_data_config(
        mut self,
        value: CreateCardWithDelegateRequestOpenDynamicDataConfig,
    ) -> Self {
        self.open_dynamic_data_config = Some(value);
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
        value: CreateCardWithDelegateRequestTopOpenSpaceModel,
    ) -> Self {
        self.top_open_space_model = Some(value);
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
}
rt::impl_serialize! {
    CreateCardWithDelegateRequest { "callbackRouteKey" => optional(callback_route_key),
    "callbackType" => optional(callback_type), "cardData" => field(card_data),
    "cardTemplateId" => field(card_template_id), "coFeedOpenSpaceModel" =>
    optional(co_feed_open_space_model), "imGroupOpenSpaceModel" =>
    optional(im_group_open_space_model), "imRobotOpenSpaceModel" =>
    optional(im_robot_open_space_model), "imSingleOpenSpaceModel" =>
    optional(im_single_open_space_model), "openDynamicDataConfig" =>
    optional(open_dynamic_data_config), "outTrackId" => field(out_track_id),
    "privateData" => optional(private_data), "topOpenSpaceModel" =>
    optional(top_open_space_model), "userId" => optional(user_id), "userIdType" =>
    optional(user_id_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCardWithDelegateRequest { "callbackRouteKey" => read_field(callback_route_key),
    "callbackType" => read_field(callback_type), "cardData" => read_field(card_data),
    "cardTemplateId" => read_field(card_template_id), "coFeedOpenSpaceModel" =>
    read_field(co_feed_open_space_model), "imGroupOpenSpaceModel" =>
    read_field(im_group_open_space_model), "imRobotOpenSpaceModel" =>
    read_field(im_robot_open_space_model), "imSingleOpenSpaceModel" =>
    read_field(im_single_open_space_model), "openDynamicDataConfig" =>
    read_field(open_dynamic_data_config), "outTrackId" => read_field(out_track_id),
    "privateData" => read_field(private_data), "topOpenSpaceModel" =>
    read_field(top_open_space_model), "userId" => read_field(user_id), "userIdType" =>
    read_field(user_id_type) }
}
impl rt::WriteRequest for CreateCardWithDelegateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateTemplateRequest`], each named where it is set: `CreateTemplateRequest::new(CreateTemplateRequired { .. })`.
pub struct CreateTemplateRequired {
    /// `extendType`: see [`CreateTemplateRequest::extend_type`].
    pub extend_type: String,
    /// `name`: see [`CreateTemplateRequest::name`].
    pub name: String,
    /// `type`: see [`CreateTemplateRequest::r#type`](CreateTemplateRequest::type).
    pub r#type: String,
}
impl CreateTemplateRequest {
    /// A `CreateTemplateRequest` with its required fields (`extendType`, `name`, `type`); set the others with the methods named after them.
    pub fn new(required: CreateTemplateRequired) -> Self {
        let CreateTemplateRequired { extend_type, name, r#type } = required;
        Self {
            app_id: None,
            block_template: None,
            creator_id: None,
            extend_type,
            name,
            r#type,
        }
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: impl Into<String>) -> Self {
        self.app_id = Some(value.into());
        self
    }
    /// Sets `blockTemplate`.
    pub fn block_template(mut self, value: bool) -> Self {
        self.block_template = Some(value);
        self
    }
    /// Sets `creatorId`.
    pub fn creator_id(mut self, value: impl Into<String>) -> Self {
        self.creator_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTemplateRequest { "appId" => optional(app_id), "blockTemplate" =>
    optional(block_template), "creatorId" => optional(creator_id), "extendType" =>
    field(extend_type), "name" => field(name), "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTemplateRequest { "appId" => read_field(app_id), "blockTemplate" =>
    read_field(block_template), "creatorId" => read_field(creator_id), "extendType" =>
    read_field(extend_type), "name" => read_field(name), "type" => read_field(r#type) }
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
rt::impl_serialize! {
    DeleteTemplateRequest { "templateId" => optional(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteTemplateRequest { "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for DeleteTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::deliver_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`DeliverCardRequest`], each named where it is set: `DeliverCardRequest::new(DeliverCardRequired { .. })`.
pub struct DeliverCardRequired {
    /// `openSpaceId`: see [`DeliverCardRequest::open_space_id`].
    pub open_space_id: String,
    /// `outTrackId`: see [`DeliverCardRequest::out_track_id`].
    pub out_track_id: String,
}
impl DeliverCardRequest {
    /// A `DeliverCardRequest` with its required fields (`openSpaceId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: DeliverCardRequired) -> Self {
        let DeliverCardRequired { open_space_id, out_track_id } = required;
        Self {
            co_feed_open_deliver_model: None,
            doc_open_deliver_model: None,
            im_group_open_deliver_model: None,
            im_robot_open_deliver_model: None,
            im_single_open_deliver_model: None,
            open_space_id,
            out_track_id,
            top_open_deliver_model: None,
            user_id_type: None,
        }
    }
    /// Sets `coFeedOpenDeliverModel`.
    pub fn co_feed_open_deliver_model(
        mut self,
        value: DeliverCardRequestCoFeedOpenDeliverModel,
    ) -> Self {
        self.co_feed_open_deliver_model = Some(value);
        self
    }
    /// Sets `docOpenDeliverModel`.
    pub fn doc_open_deliver_model(
        mut self,
        value: DeliverCardRequestDocOpenDeliverModel,
    ) -> Self {
        self.doc_open_deliver_model = Some(value);
        self
    }
    /// Sets `imGroupOpenDeliverModel`.
    pub fn im_group_open_deliver_model(
        mut self,
        value: DeliverCardRequestImGroupOpenDeliverModel,
    ) -> Self {
        self.im_group_open_deliver_model = Some(value);
        self
    }
    /// Sets `imRobotOpenDeliverModel`.
    pub fn im_robot_open_deliver_model(
        mut self,
        value: DeliverCardRequestImRobotOpenDeliverModel,
    ) -> Self {
        self.im_robot_open_deliver_model = Some(value);
        self
    }
    /// Sets `imSingleOpenDeliverModel`.
    pub fn im_single_open_deliver_model(
        mut self,
        value: DeliverCardRequestImSingleOpenDeliverModel,
    ) -> Self {
        self.im_single_open_deliver_model = Some(value);
        self
    }
    /// Sets `topOpenDeliverModel`.
    pub fn top_open_deliver_model(
        mut self,
        value: DeliverCardRequestTopOpenDeliverModel,
    ) -> Self {
        self.top_open_deliver_model = Some(value);
        self
    }
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: i64) -> Self {
        self.user_id_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    DeliverCardRequest { "coFeedOpenDeliverModel" =>
    optional(co_feed_open_deliver_model), "docOpenDeliverModel" =>
    optional(doc_open_deliver_model), "imGroupOpenDeliverModel" =>
    optional(im_group_open_deliver_model), "imRobotOpenDeliverModel" =>
    optional(im_robot_open_deliver_model), "imSingleOpenDeliverModel" =>
    optional(im_single_open_deliver_model), "openSpaceId" => field(open_space_id),
    "outTrackId" => field(out_track_id), "topOpenDeliverModel" =>
    optional(top_open_deliver_model), "userIdType" => optional(user_id_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeliverCardRequest { "coFeedOpenDeliverModel" =>
    read_field(co_feed_open_deliver_model), "docOpenDeliverModel" =>
    read_field(doc_open_deliver_model), "imGroupOpenDeliverModel" =>
    read_field(im_group_open_deliver_model), "imRobotOpenDeliverModel" =>
    read_field(im_robot_open_deliver_model), "imSingleOpenDeliverModel" =>
    read_field(im_single_open_deliver_model), "openSpaceId" => read_field(open_space_id),
    "outTrackId" => read_field(out_track_id), "topOpenDeliverModel" =>
    read_field(top_open_deliver_model), "userIdType" => read_field(user_id_type) }
}
impl rt::WriteRequest for DeliverCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::deliver_card_with_delegate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`DeliverCardWithDelegateRequest`], each named where it is set: `DeliverCardWithDelegateRequest::new(DeliverCardWithDelegateRequired { .. })`.
pub struct DeliverCardWithDelegateRequired {
    /// `openSpaceId`: see [`DeliverCardWithDelegateRequest::open_space_id`].
    pub open_space_id: String,
    /// `outTrackId`: see [`DeliverCardWithDelegateRequest::out_track_id`].
    pub out_track_id: String,
}
impl DeliverCardWithDelegateRequest {
    /// A `DeliverCardWithDelegateRequest` with its required fields (`openSpaceId`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: DeliverCardWithDelegateRequired) -> Self {
        let DeliverCardWithDelegateRequired { open_space_id, out_track_id } = required;
        Self {
            co_feed_open_deliver_model: None,
            doc_open_deliver_model: None,
            im_group_open_deliver_model: None,
            im_robot_open_deliver_model: None,
            im_single_open_deliver_model: None,
            open_space_id,
            out_track_id,
            top_open_deliver_model: None,
            user_id_type: None,
        }
    }
    /// Sets `coFeedOpenDeliverModel`.
    pub fn co_feed_open_deliver_model(
        mut self,
        value: DeliverCardWithDelegateRequestCoFeedOpenDeliverModel,
    ) -> Self {
        self.co_feed_open_deliver_model = Some(value);
        self
    }
    /// Sets `docOpenDeliverModel`.
    pub fn doc_open_deliver_model(
        mut self,
        value: DeliverCardWithDelegateRequestDocOpenDeliverModel,
    ) -> Self {
        self.doc_open_deliver_model = Some(value);
        self
    }
    /// Sets `imGroupOpenDeliverModel`.
    pub fn im_group_open_deliver_model(
        mut self,
        value: DeliverCardWithDelegateRequestImGroupOpenDeliverModel,
    ) -> Self {
        self.im_group_open_deliver_model = Some(value);
        self
    }
    /// Sets `imRobotOpenDeliverModel`.
    pub fn im_robot_open_deliver_model(
        mut self,
        value: DeliverCardWithDelegateRequestImRobotOpenDeliverModel,
    ) -> Self {
        self.im_robot_open_deliver_model = Some(value);
        self
    }
    /// Sets `imSingleOpenDeliverModel`.
    pub fn im_single_open_deliver_model(
        mut self,
        value: DeliverCardWithDelegateRequestImSingleOpenDeliverModel,
    ) -> Self {
        self.im_single_open_deliver_model = Some(value);
        self
    }
    /// Sets `topOpenDeliverModel`.
    pub fn top_open_deliver_model(
        mut self,
        value: DeliverCardWithDelegateRequestTopOpenDeliverModel,
    ) -> Self {
        self.top_open_deliver_model = Some(value);
        self
    }
    /// Sets `userIdType`.
    pub fn user_id_type(mut self, value: i64) -> Self {
        self.user_id_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    DeliverCardWithDelegateRequest { "coFeedOpenDeliverModel" =>
    optional(co_feed_open_deliver_model), "docOpenDeliverModel" =>
    optional(doc_open_deliver_model), "imGroupOpenDeliverModel" =>
    optional(im_group_open_deliver_model), "imRobotOpenDeliverModel" =>
    optional(im_robot_open_deliver_model), "imSingleOpenDeliverModel" =>
    optional(im_single_open_deliver_model), "openSpaceId" => field(open_space_id),
    "outTrackId" => field(out_track_id), "topOpenDeliverModel" =>
    optional(top_open_deliver_model), "userIdType" => optional(user_id_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeliverCardWithDelegateRequest { "coFeedOpenDeliverModel" =>
    read_field(co_feed_open_deliver_model), "docOpenDeliverModel" =>
    read_field(doc_open_deliver_model), "imGroupOpenDeliverModel" =>
    read_field(im_group_open_deliver_model), "imRobotOpenDeliverModel" =>
    read_field(im_robot_open_deliver_model), "imSingleOpenDeliverModel" =>
    read_field(im_single_open_deliver_model), "openSpaceId" => read_field(open_space_id),
    "outTrackId" => read_field(out_track_id), "topOpenDeliverModel" =>
    read_field(top_open_deliver_model), "userIdType" => read_field(user_id_type) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTemplateRequest { "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for GetTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("templateId", &self.template_id);
    }
}
/// The request of [`Api::list_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListTemplateRequest {
    /// `templateIds`.
    pub template_ids: String,
}
/// The required fields of [`ListTemplateRequest`], each named where it is set: `ListTemplateRequest::new(ListTemplateRequired { .. })`.
pub struct ListTemplateRequired {
    /// `templateIds`: see [`ListTemplateRequest::template_ids`].
    pub template_ids: String,
}
impl ListTemplateRequest {
    /// A `ListTemplateRequest` with its required fields (`templateIds`); set the others with the methods named after them.
    pub fn new(required: ListTemplateRequired) -> Self {
        let ListTemplateRequired { template_ids } = required;
        Self { template_ids }
    }
}
rt::impl_serialize! {
    ListTemplateRequest { "templateIds" => field(template_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListTemplateRequest { "templateIds" => read_field(template_ids) }
}
impl rt::WriteRequest for ListTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::publish_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PublishTemplateRequest {
    /// `name`.
    pub name: Option<String>,
    /// `templateId`.
    pub template_id: String,
    /// `templateSource`.
    pub template_source: Option<String>,
}
/// The required fields of [`PublishTemplateRequest`], each named where it is set: `PublishTemplateRequest::new(PublishTemplateRequired { .. })`.
pub struct PublishTemplateRequired {
    /// `templateId`: see [`PublishTemplateRequest::template_id`].
    pub template_id: String,
}
impl PublishTemplateRequest {
    /// A `PublishTemplateRequest` with its required fields (`templateId`); set the others with the methods named after them.
    pub fn new(required: PublishTemplateRequired) -> Self {
        let PublishTemplateRequired { template_id } = required;
        Self {
            name: None,
            template_id,
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
rt::impl_serialize! {
    PublishTemplateRequest { "name" => optional(name), "templateId" =>
    field(template_id), "templateSource" => optional(template_source) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PublishTemplateRequest { "name" => read_field(name), "templateId" =>
    read_field(template_id), "templateSource" => read_field(template_source) }
}
impl rt::WriteRequest for PublishTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::register_callback`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`RegisterCallbackRequest`], each named where it is set: `RegisterCallbackRequest::new(RegisterCallbackRequired { .. })`.
pub struct RegisterCallbackRequired {
    /// `callbackRouteKey`: see [`RegisterCallbackRequest::callback_route_key`].
    pub callback_route_key: String,
    /// `callbackUrl`: see [`RegisterCallbackRequest::callback_url`].
    pub callback_url: String,
}
impl RegisterCallbackRequest {
    /// A `RegisterCallbackRequest` with its required fields (`callbackRouteKey`, `callbackUrl`); set the others with the methods named after them.
    pub fn new(required: RegisterCallbackRequired) -> Self {
        let RegisterCallbackRequired { callback_route_key, callback_url } = required;
        Self {
            api_secret: None,
            callback_route_key,
            callback_url,
            force_update: None,
        }
    }
    /// Sets `apiSecret`.
    pub fn api_secret(mut self, value: impl Into<String>) -> Self {
        self.api_secret = Some(value.into());
        self
    }
    /// Sets `forceUpdate`.
    pub fn force_update(mut self, value: bool) -> Self {
        self.force_update = Some(value);
        self
    }
}
rt::impl_serialize! {
    RegisterCallbackRequest { "apiSecret" => optional(api_secret), "callbackRouteKey" =>
    field(callback_route_key), "callbackUrl" => field(callback_url), "forceUpdate" =>
    optional(force_update) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RegisterCallbackRequest { "apiSecret" => read_field(api_secret), "callbackRouteKey"
    => read_field(callback_route_key), "callbackUrl" => read_field(callback_url),
    "forceUpdate" => read_field(force_update) }
}
impl rt::WriteRequest for RegisterCallbackRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::register_callback_with_delegate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`RegisterCallbackWithDelegateRequest`], each named where it is set: `RegisterCallbackWithDelegateRequest::new(RegisterCallbackWithDelegateRequired { .. })`.
pub struct RegisterCallbackWithDelegateRequired {
    /// `callbackRouteKey`: see [`RegisterCallbackWithDelegateRequest::callback_route_key`].
    pub callback_route_key: String,
    /// `callbackUrl`: see [`RegisterCallbackWithDelegateRequest::callback_url`].
    pub callback_url: String,
}
impl RegisterCallbackWithDelegateRequest {
    /// A `RegisterCallbackWithDelegateRequest` with its required fields (`callbackRouteKey`, `callbackUrl`); set the others with the methods named after them.
    pub fn new(required: RegisterCallbackWithDelegateRequired) -> Self {
        let RegisterCallbackWithDelegateRequired { callback_route_key, callback_url } = required;
        Self {
            api_secret: None,
            callback_route_key,
            callback_url,
            force_update: None,
        }
    }
    /// Sets `apiSecret`.
    pub fn api_secret(mut self, value: impl Into<String>) -> Self {
        self.api_secret = Some(value.into());
        self
    }
    /// Sets `forceUpdate`.
    pub fn force_update(mut self, value: bool) -> Self {
        self.force_update = Some(value);
        self
    }
}
rt::impl_serialize! {
    RegisterCallbackWithDelegateRequest { "apiSecret" => optional(api_secret),
    "callbackRouteKey" => field(callback_route_key), "callbackUrl" =>
    field(callback_url), "forceUpdate" => optional(force_update) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RegisterCallbackWithDelegateRequest { "apiSecret" => read_field(api_secret),
    "callbackRouteKey" => read_field(callback_route_key), "callbackUrl" =>
    read_field(callback_url), "forceUpdate" => read_field(force_update) }
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
rt::impl_serialize! {
    SaveTemplateRequest { "name" => optional(name), "templateId" =>
    optional(template_id), "templateSource" => optional(template_source) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveTemplateRequest { "name" => read_field(name), "templateId" =>
    read_field(template_id), "templateSource" => read_field(template_source) }
}
impl rt::WriteRequest for SaveTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::streaming_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`StreamingUpdateRequest`], each named where it is set: `StreamingUpdateRequest::new(StreamingUpdateRequired { .. })`.
pub struct StreamingUpdateRequired {
    /// `content`: see [`StreamingUpdateRequest::content`].
    pub content: String,
    /// `guid`: see [`StreamingUpdateRequest::guid`].
    pub guid: String,
    /// `key`: see [`StreamingUpdateRequest::key`].
    pub key: String,
    /// `outTrackId`: see [`StreamingUpdateRequest::out_track_id`].
    pub out_track_id: String,
}
impl StreamingUpdateRequest {
    /// A `StreamingUpdateRequest` with its required fields (`content`, `guid`, `key`, `outTrackId`); set the others with the methods named after them.
    pub fn new(required: StreamingUpdateRequired) -> Self {
        let StreamingUpdateRequired { content, guid, key, out_track_id } = required;
        Self {
            content,
            guid,
            is_error: None,
            is_finalize: None,
            is_full: None,
            key,
            out_track_id,
        }
    }
    /// Sets `isError`.
    pub fn is_error(mut self, value: bool) -> Self {
        self.is_error = Some(value);
        self
    }
    /// Sets `isFinalize`.
    pub fn is_finalize(mut self, value: bool) -> Self {
        self.is_finalize = Some(value);
        self
    }
    /// Sets `isFull`.
    pub fn is_full(mut self, value: bool) -> Self {
        self.is_full = Some(value);
        self
    }
}
rt::impl_serialize! {
    StreamingUpdateRequest { "content" => field(content), "guid" => field(guid),
    "isError" => optional(is_error), "isFinalize" => optional(is_finalize), "isFull" =>
    optional(is_full), "key" => field(key), "outTrackId" => field(out_track_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    StreamingUpdateRequest { "content" => read_field(content), "guid" =>
    read_field(guid), "isError" => read_field(is_error), "isFinalize" =>
    read_field(is_finalize), "isFull" => read_field(is_full), "key" => read_field(key),
    "outTrackId" => read_field(out_track_id) }
}
impl rt::WriteRequest for StreamingUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_ai_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateAICardRequest`], each named where it is set: `UpdateAICardRequest::new(UpdateAICardRequired { .. })`.
pub struct UpdateAICardRequired {
    /// `a2uiMessages`: see [`UpdateAICardRequest::a2ui_messages`].
    pub a2ui_messages: Vec<String>,
    /// `flowStatus`: see [`UpdateAICardRequest::flow_status`].
    pub flow_status: String,
    /// `outTrackId`: see [`UpdateAICardRequest::out_track_id`].
    pub out_track_id: String,
    /// `outUpdateId`: see [`UpdateAICardRequest::out_update_id`].
    pub out_update_id: String,
}
impl UpdateAICardRequest {
    /// A `UpdateAICardRequest` with its required fields (`a2uiMessages`, `flowStatus`, `outTrackId`, `outUpdateId`); set the others with the methods named after them.
    pub fn new(required: UpdateAICardRequired) -> Self {
        let UpdateAICardRequired {
            a2ui_messages,
            flow_status,
            out_track_id,
            out_update_id,
        } = required;
        Self {
            a2ui_annotations: None,
            a2ui_messages,
            flow_status,
            out_track_id,
            out_update_id,
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
rt::impl_serialize! {
    UpdateAICardRequest { "a2uiAnnotations" => optional(a2ui_annotations), "a2uiMessages"
    => field(a2ui_messages), "flowStatus" => field(flow_status), "outTrackId" =>
    field(out_track_id), "outUpdateId" => field(out_update_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateAICardRequest { "a2uiAnnotations" => read_field(a2ui_annotations),
    "a2uiMessages" => read_field(a2ui_messages), "flowStatus" => read_field(flow_status),
    "outTrackId" => read_field(out_track_id), "outUpdateId" => read_field(out_update_id)
    }
}
impl rt::WriteRequest for UpdateAICardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_card`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateCardRequest`], each named where it is set: `UpdateCardRequest::new(UpdateCardRequired { .. })`.
pub struct UpdateCardRequired {
    /// `outTrackId`: see [`UpdateCardRequest::out_track_id`].
    pub out_track_id: String,
}
impl UpdateCardRequest {
    /// A `UpdateCardRequest` with its required fields (`outTrackId`); set the others with the methods named after them.
    pub fn new(required: UpdateCardRequired) -> Self {
        let UpdateCardRequired { out_track_id } = required;
        Self {
            card_data: None,
            card_update_options: None,
            out_track_id,
            private_data: None,
            user_id_type: None,
        }
    }
    /// Sets `cardData`.
    pub fn card_data(mut self, value: UpdateCardRequestCardData) -> Self {
        self.card_data = Some(value);
        self
    }
    /// Sets `cardUpdateOptions`.
    pub fn card_update_options(
        mut self,
        value: UpdateCardRequestCardUpdateOptions,
    ) -> Self {
        self.card_update_options = Some(value);
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
    pub fn user_id_type(mut self, value: i64) -> Self {
        self.user_id_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateCardRequest { "cardData" => optional(card_data), "cardUpdateOptions" =>
    optional(card_update_options), "outTrackId" => field(out_track_id), "privateData" =>
    optional(private_data), "userIdType" => optional(user_id_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCardRequest { "cardData" => read_field(card_data), "cardUpdateOptions" =>
    read_field(card_update_options), "outTrackId" => read_field(out_track_id),
    "privateData" => read_field(private_data), "userIdType" => read_field(user_id_type) }
}
impl rt::WriteRequest for UpdateCardRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_card_with_delegate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateCardWithDelegateRequest`], each named where it is set: `UpdateCardWithDelegateRequest::new(UpdateCardWithDelegateRequired { .. })`.
pub struct UpdateCardWithDelegateRequired {
    /// `outTrackId`: see [`UpdateCardWithDelegateRequest::out_track_id`].
    pub out_track_id: String,
}
impl UpdateCardWithDelegateRequest {
    /// A `UpdateCardWithDelegateRequest` with its required fields (`outTrackId`); set the others with the methods named after them.
    pub fn new(required: UpdateCardWithDelegateRequired) -> Self {
        let UpdateCardWithDelegateRequired { out_track_id } = required;
        Self {
            card_data: None,
            card_update_options: None,
            out_track_id,
            private_data: None,
            user_id_type: None,
        }
    }
    /// Sets `cardData`.
    pub fn card_data(mut self, value: UpdateCardWithDelegateRequestCardData) -> Self {
        self.card_data = Some(value);
        self
    }
    /// Sets `cardUpdateOptions`.
    pub fn card_update_options(
        mut self,
        value: UpdateCardWithDelegateRequestCardUpdateOptions,
    ) -> Self {
        self.card_update_options = Some(value);
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
    pub fn user_id_type(mut self, value: i64) -> Self {
        self.user_id_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateCardWithDelegateRequest { "cardData" => optional(card_data),
    "cardUpdateOptions" => optional(card_update_options), "outTrackId" =>
    field(out_track_id), "privateData" => optional(private_data), "userIdType" =>
    optional(user_id_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateCardWithDelegateRequest { "cardData" => read_field(card_data),
    "cardUpdateOptions" => read_field(card_update_options), "outTrackId" =>
    read_field(out_track_id), "privateData" => read_field(private_data), "userIdType" =>
    read_field(user_id_type) }
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
        "AppendSpace" => {
            rt::conformance::reply(api.append_space(&inputs.request(true)?)).await
        }
        "AppendSpaceWithDelegate" => {
            rt::conformance::reply(
                    api.append_space_with_delegate(&inputs.request(true)?),
                )
                .await
        }
        "CloseTopCard" => {
            rt::conformance::reply(api.close_top_card(&inputs.request(false)?)).await
        }
        "CopyTemplate" => {
            rt::conformance::reply(api.copy_template(&inputs.request(true)?)).await
        }
        "CreateAndDeliver" => {
            rt::conformance::reply(api.create_and_deliver(&inputs.request(true)?)).await
        }
        "CreateAndDeliverAICard" => {
            rt::conformance::reply(
                    api.create_and_deliver_ai_card(&inputs.request(true)?),
                )
                .await
        }
        "CreateAndDeliverWithDelegate" => {
            rt::conformance::reply(
                    api.create_and_deliver_with_delegate(&inputs.request(true)?),
                )
                .await
        }
        "CreateCard" => {
            rt::conformance::reply(api.create_card(&inputs.request(true)?)).await
        }
        "CreateCardWithDelegate" => {
            rt::conformance::reply(api.create_card_with_delegate(&inputs.request(true)?))
                .await
        }
        "CreateTemplate" => {
            rt::conformance::reply(api.create_template(&inputs.request(true)?)).await
        }
        "DeleteTemplate" => {
            rt::conformance::reply(api.delete_template(&inputs.request(true)?)).await
        }
        "DeliverCard" => {
            rt::conformance::reply(api.deliver_card(&inputs.request(true)?)).await
        }
        "DeliverCardWithDelegate" => {
            rt::conformance::reply(
                    api.deliver_card_with_delegate(&inputs.request(true)?),
                )
                .await
        }
        "GetTemplate" => {
            rt::conformance::reply(api.get_template(&inputs.request(false)?)).await
        }
        "ListTemplate" => {
            rt::conformance::reply(api.list_template(&inputs.request(true)?)).await
        }
        "PublishTemplate" => {
            rt::conformance::reply(api.publish_template(&inputs.request(true)?)).await
        }
        "RegisterCallback" => {
            rt::conformance::reply(api.register_callback(&inputs.request(true)?)).await
        }
        "RegisterCallbackWithDelegate" => {
            rt::conformance::reply(
                    api.register_callback_with_delegate(&inputs.request(true)?),
                )
                .await
        }
        "SaveTemplate" => {
            rt::conformance::reply(api.save_template(&inputs.request(true)?)).await
        }
        "StreamingUpdate" => {
            rt::conformance::reply(api.streaming_update(&inputs.request(true)?)).await
        }
        "UpdateAICard" => {
            rt::conformance::reply(api.update_ai_card(&inputs.request(true)?)).await
        }
        "UpdateCard" => {
            rt::conformance::reply(api.update_card(&inputs.request(true)?)).await
        }
        "UpdateCardWithDelegate" => {
            rt::conformance::reply(api.update_card_with_delegate(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
