// @generated from api-spec/assistant_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! AI 助理 (AI Assistant)：AI 助理、技能与专业词汇。
//!
//! 38 operations, methods of [`Api`] (`client.assistant_1_0()`), behind the cargo feature `assistant_1_0`; its paths start with `/v1.0/assistant/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `assistant_1_0`. Get it with `client.assistant_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 助理添加专业词汇
    ///
    /// `POST /v1.0/assistant/domainWords`: DingTalk's `AddDomainWords` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddDomainWords")]
    #[doc(alias = "/v1.0/assistant/domainWords")]
    #[doc(alias = "POST /v1.0/assistant/domainWords")]
    pub fn add_domain_words(
        &self,
        request: &AddDomainWordsRequest,
    ) -> rt::Call<AddDomainWordsResponseBody, AddDomainWordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddDomainWords",
            rt::Method::Post,
            "/v1.0/assistant/domainWords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加技能到组织技能库
    ///
    /// `POST /v1.0/assistant/orgActionRepositories`: DingTalk's `AddToOrgSkillRepository` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddToOrgSkillRepository")]
    #[doc(alias = "/v1.0/assistant/orgActionRepositories")]
    #[doc(alias = "POST /v1.0/assistant/orgActionRepositories")]
    pub fn add_to_org_skill_repository(
        &self,
        request: &AddToOrgSkillRepositoryRequest,
    ) -> rt::Call<AddToOrgSkillRepositoryResponseBody, AddToOrgSkillRepositoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddToOrgSkillRepository",
            rt::Method::Post,
            "/v1.0/assistant/orgActionRepositories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 助理响应接口-委托权限
    ///
    /// `POST /v1.0/assistant/{assistantId}/me/compatible-mode/responses`: DingTalk's `AssistantMeResponse` (module feature `assistant_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `assistant_id`: `{assistantId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AssistantMeResponse")]
    #[doc(alias = "/v1.0/assistant/{assistantId}/me/compatible-mode/responses")]
    #[doc(alias = "POST /v1.0/assistant/{assistantId}/me/compatible-mode/responses")]
    pub fn assistant_me_response(
        &self,
        assistant_id: &str,
        request: &AssistantMeResponseRequest,
    ) -> rt::Call<AssistantMeResponseResponseBody, AssistantMeResponseError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AssistantMeResponse",
            rt::Method::Post,
            "/v1.0/assistant/{assistantId}/me/compatible-mode/responses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[assistant_id], request)
    }
    /// 助理响应接口-应用权限
    ///
    /// `POST /v1.0/assistant/{assistantId}/compatible-mode/responses`: DingTalk's `AssistantResponse` (module feature `assistant_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `assistant_id`: `{assistantId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AssistantResponse")]
    #[doc(alias = "/v1.0/assistant/{assistantId}/compatible-mode/responses")]
    #[doc(alias = "POST /v1.0/assistant/{assistantId}/compatible-mode/responses")]
    pub fn assistant_response(
        &self,
        assistant_id: &str,
        request: &AssistantResponseRequest,
    ) -> rt::Call<AssistantResponseResponseBody, AssistantResponseError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AssistantResponse",
            rt::Method::Post,
            "/v1.0/assistant/{assistantId}/compatible-mode/responses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[assistant_id], request)
    }
    /// 分页查询算粒的使用记录
    ///
    /// `GET /v1.0/assistant/aiCredits/list`: DingTalk's `BatchGetAICreditsRecord` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::batch_get_ai_credits_record_pages`].
    #[doc(alias = "BatchGetAICreditsRecord")]
    #[doc(alias = "/v1.0/assistant/aiCredits/list")]
    #[doc(alias = "GET /v1.0/assistant/aiCredits/list")]
    pub fn batch_get_ai_credits_record(
        &self,
        request: &BatchGetAICreditsRecordRequest,
    ) -> rt::Call<BatchGetAICreditsRecordResponseBody, BatchGetAICreditsRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchGetAICreditsRecord",
            rt::Method::Get,
            "/v1.0/assistant/aiCredits/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建AI助理
    ///
    /// `POST /v1.0/assistant/basicInfo`: DingTalk's `CreateAssistant` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAssistant")]
    #[doc(alias = "/v1.0/assistant/basicInfo")]
    #[doc(alias = "POST /v1.0/assistant/basicInfo")]
    pub fn create_assistant(
        &self,
        request: &CreateAssistantRequest,
    ) -> rt::Call<CreateAssistantResponseBody, CreateAssistantError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAssistant",
            rt::Method::Post,
            "/v1.0/assistant/basicInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建AI助理的消息体
    ///
    /// `POST /v1.0/assistant/threads/{threadId}/messages`: DingTalk's `CreateAssistantMessage` (module feature `assistant_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAssistantMessage")]
    #[doc(alias = "/v1.0/assistant/threads/{threadId}/messages")]
    #[doc(alias = "POST /v1.0/assistant/threads/{threadId}/messages")]
    pub fn create_assistant_message(
        &self,
        thread_id: &str,
        request: &CreateAssistantMessageRequest,
    ) -> rt::Call<CreateAssistantMessageResponseBody, CreateAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAssistantMessage",
            rt::Method::Post,
            "/v1.0/assistant/threads/{threadId}/messages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], request)
    }
    /// 创建AI助理的运行任务
    ///
    /// `POST /v1.0/assistant/threads/{threadId}/runs`: DingTalk's `CreateAssistantRun` (module feature `assistant_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAssistantRun")]
    #[doc(alias = "/v1.0/assistant/threads/{threadId}/runs")]
    #[doc(alias = "POST /v1.0/assistant/threads/{threadId}/runs")]
    pub fn create_assistant_run(
        &self,
        thread_id: &str,
        request: &CreateAssistantRunRequest,
    ) -> rt::Call<CreateAssistantRunResponseBody, CreateAssistantRunError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAssistantRun",
            rt::Method::Post,
            "/v1.0/assistant/threads/{threadId}/runs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], request)
    }
    /// 创建AI助理线程实例
    ///
    /// `POST /v1.0/assistant/threads`: DingTalk's `CreateAssistantThread` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAssistantThread")]
    #[doc(alias = "/v1.0/assistant/threads")]
    #[doc(alias = "POST /v1.0/assistant/threads")]
    pub fn create_assistant_thread(
        &self,
        request: &CreateAssistantThreadRequest,
    ) -> rt::Call<CreateAssistantThreadResponseBody, CreateAssistantThreadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAssistantThread",
            rt::Method::Post,
            "/v1.0/assistant/threads",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除AI助理
    ///
    /// `DELETE /v1.0/assistant/basicInfo`: DingTalk's `DeleteAssistant` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteAssistant")]
    #[doc(alias = "/v1.0/assistant/basicInfo")]
    #[doc(alias = "DELETE /v1.0/assistant/basicInfo")]
    pub fn delete_assistant(
        &self,
        request: &DeleteAssistantRequest,
    ) -> rt::Call<DeleteAssistantResponseBody, DeleteAssistantError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteAssistant",
            rt::Method::Delete,
            "/v1.0/assistant/basicInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除AI助理的消息体
    ///
    /// `DELETE /v1.0/assistant/threads/{threadId}/messages/{messageId}`: DingTalk's `DeleteAssistantMessage` (module feature `assistant_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    /// - `message_id`: `{messageId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteAssistantMessage")]
    #[doc(alias = "/v1.0/assistant/threads/{threadId}/messages/{messageId}")]
    #[doc(alias = "DELETE /v1.0/assistant/threads/{threadId}/messages/{messageId}")]
    pub fn delete_assistant_message(
        &self,
        thread_id: &str,
        message_id: &str,
    ) -> rt::Call<DeleteAssistantMessageResponseBody, DeleteAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteAssistantMessage",
            rt::Method::Delete,
            "/v1.0/assistant/threads/{threadId}/messages/{messageId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id, message_id], &())
    }
    /// 删除AI助理线程实例
    ///
    /// `DELETE /v1.0/assistant/threads/{threadId}`: DingTalk's `DeleteAssistantThread` (module feature `assistant_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteAssistantThread")]
    #[doc(alias = "/v1.0/assistant/threads/{threadId}")]
    #[doc(alias = "DELETE /v1.0/assistant/threads/{threadId}")]
    pub fn delete_assistant_thread(
        &self,
        thread_id: &str,
    ) -> rt::Call<DeleteAssistantThreadResponseBody, DeleteAssistantThreadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteAssistantThread",
            rt::Method::Delete,
            "/v1.0/assistant/threads/{threadId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], &())
    }
    /// 助理删除专业词汇
    ///
    /// `POST /v1.0/assistant/domainWords/remove`: DingTalk's `DeleteDomainWords` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteDomainWords")]
    #[doc(alias = "/v1.0/assistant/domainWords/remove")]
    #[doc(alias = "POST /v1.0/assistant/domainWords/remove")]
    pub fn delete_domain_words(
        &self,
        request: &DeleteDomainWordsRequest,
    ) -> rt::Call<DeleteDomainWordsResponseBody, DeleteDomainWordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteDomainWords",
            rt::Method::Post,
            "/v1.0/assistant/domainWords/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除助理知识
    ///
    /// `DELETE /v1.0/assistant/knowledges/items`: DingTalk's `DeleteKnowledge` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteKnowledge")]
    #[doc(alias = "/v1.0/assistant/knowledges/items")]
    #[doc(alias = "DELETE /v1.0/assistant/knowledges/items")]
    pub fn delete_knowledge(
        &self,
        request: &DeleteKnowledgeRequest,
    ) -> rt::Call<DeleteKnowledgeResponseBody, DeleteKnowledgeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteKnowledge",
            rt::Method::Delete,
            "/v1.0/assistant/knowledges/items",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 一键部署AI助理
    ///
    /// `POST /v1.0/assistant/deploy`: DingTalk's `DeployAssistant` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeployAssistant")]
    #[doc(alias = "/v1.0/assistant/deploy")]
    #[doc(alias = "POST /v1.0/assistant/deploy")]
    pub fn deploy_assistant(
        &self,
        request: &DeployAssistantRequest,
    ) -> rt::Call<DeployAssistantResponseBody, DeployAssistantError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeployAssistant",
            rt::Method::Post,
            "/v1.0/assistant/deploy",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取助理问答明细
    ///
    /// `GET /v1.0/assistant/askDetails`: DingTalk's `GetAskDetail` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_ask_detail_pages`].
    #[doc(alias = "GetAskDetail")]
    #[doc(alias = "/v1.0/assistant/askDetails")]
    #[doc(alias = "GET /v1.0/assistant/askDetails")]
    pub fn get_ask_detail(
        &self,
        request: &GetAskDetailRequest,
    ) -> rt::Call<GetAskDetailResponseBody, GetAskDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAskDetail",
            rt::Method::Get,
            "/v1.0/assistant/askDetails",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取AI助理技能列表信息
    ///
    /// `GET /v1.0/assistant/actionLists`: DingTalk's `GetAssistantActionInfo` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetAssistantActionInfo")]
    #[doc(alias = "/v1.0/assistant/actionLists")]
    #[doc(alias = "GET /v1.0/assistant/actionLists")]
    pub fn get_assistant_action_info(
        &self,
        request: &GetAssistantActionInfoRequest,
    ) -> rt::Call<GetAssistantActionInfoResponseBody, GetAssistantActionInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAssistantActionInfo",
            rt::Method::Get,
            "/v1.0/assistant/actionLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取助理专业词汇
    ///
    /// `GET /v1.0/assistant/domainWords`: DingTalk's `GetDomainWords` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDomainWords")]
    #[doc(alias = "/v1.0/assistant/domainWords")]
    #[doc(alias = "GET /v1.0/assistant/domainWords")]
    pub fn get_domain_words(
        &self,
        request: &GetDomainWordsRequest,
    ) -> rt::Call<GetDomainWordsResponseBody, GetDomainWordsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDomainWords",
            rt::Method::Get,
            "/v1.0/assistant/domainWords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取助理知识列表
    ///
    /// `GET /v1.0/assistant/knowledges/items`: DingTalk's `GetKnowledgeList` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetKnowledgeList")]
    #[doc(alias = "/v1.0/assistant/knowledges/items")]
    #[doc(alias = "GET /v1.0/assistant/knowledges/items")]
    pub fn get_knowledge_list(
        &self,
        request: &GetKnowledgeListRequest,
    ) -> rt::Call<GetKnowledgeListResponseBody, GetKnowledgeListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetKnowledgeList",
            rt::Method::Get,
            "/v1.0/assistant/knowledges/items",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 安装助理
    ///
    /// `POST /v1.0/assistant/install`: DingTalk's `InstallAssistant` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "InstallAssistant")]
    #[doc(alias = "/v1.0/assistant/install")]
    #[doc(alias = "POST /v1.0/assistant/install")]
    pub fn install_assistant(
        &self,
        request: &InstallAssistantRequest,
    ) -> rt::Call<InstallAssistantResponseBody, InstallAssistantError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "InstallAssistant",
            rt::Method::Post,
            "/v1.0/assistant/install",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 助理学习知识
    ///
    /// `POST /v1.0/assistant/knowledges/items`: DingTalk's `LearnKnowledge` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "LearnKnowledge")]
    #[doc(alias = "/v1.0/assistant/knowledges/items")]
    #[doc(alias = "POST /v1.0/assistant/knowledges/items")]
    pub fn learn_knowledge(
        &self,
        request: &LearnKnowledgeRequest,
    ) -> rt::Call<LearnKnowledgeResponseBody, LearnKnowledgeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LearnKnowledge",
            rt::Method::Post,
            "/v1.0/assistant/knowledges/items",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取AI助理列表
    ///
    /// `GET /v1.0/assistant/list`: DingTalk's `ListAssistant` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_assistant_pages`].
    #[doc(alias = "ListAssistant")]
    #[doc(alias = "/v1.0/assistant/list")]
    #[doc(alias = "GET /v1.0/assistant/list")]
    pub fn list_assistant(
        &self,
        request: &ListAssistantRequest,
    ) -> rt::Call<ListAssistantResponseBody, ListAssistantError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAssistant",
            rt::Method::Get,
            "/v1.0/assistant/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取AI助理消息列表
    ///
    /// `GET /v1.0/assistant/threads/{threadId}/messages`: DingTalk's `ListAssistantMessage` (module feature `assistant_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAssistantMessage")]
    #[doc(alias = "/v1.0/assistant/threads/{threadId}/messages")]
    #[doc(alias = "GET /v1.0/assistant/threads/{threadId}/messages")]
    pub fn list_assistant_message(
        &self,
        thread_id: &str,
        request: &ListAssistantMessageRequest,
    ) -> rt::Call<ListAssistantMessageResponseBody, ListAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAssistantMessage",
            rt::Method::Get,
            "/v1.0/assistant/threads/{threadId}/messages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], request)
    }
    /// 获取AI助理的运行任务的列表
    ///
    /// `GET /v1.0/assistant/threads/{threadId}/runs`: DingTalk's `ListAssistantRun` (module feature `assistant_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAssistantRun")]
    #[doc(alias = "/v1.0/assistant/threads/{threadId}/runs")]
    #[doc(alias = "GET /v1.0/assistant/threads/{threadId}/runs")]
    pub fn list_assistant_run(
        &self,
        thread_id: &str,
        request: &ListAssistantRunRequest,
    ) -> rt::Call<ListAssistantRunResponseBody, ListAssistantRunError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAssistantRun",
            rt::Method::Get,
            "/v1.0/assistant/threads/{threadId}/runs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], request)
    }
    /// 获取指定助理在组织下已安装的实例信息列表
    ///
    /// `GET /v1.0/assistant/instances/list`: DingTalk's `ListInstance` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListInstance")]
    #[doc(alias = "/v1.0/assistant/instances/list")]
    #[doc(alias = "GET /v1.0/assistant/instances/list")]
    pub fn list_instance(
        &self,
        request: &ListInstanceRequest,
    ) -> rt::Call<ListInstanceResponseBody, ListInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListInstance",
            rt::Method::Get,
            "/v1.0/assistant/instances/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户可见范围的AI助理列表
    ///
    /// `GET /v1.0/assistant/visibleList`: DingTalk's `ListVisibleAssistant` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_visible_assistant_pages`].
    #[doc(alias = "ListVisibleAssistant")]
    #[doc(alias = "/v1.0/assistant/visibleList")]
    #[doc(alias = "GET /v1.0/assistant/visibleList")]
    pub fn list_visible_assistant(
        &self,
        request: &ListVisibleAssistantRequest,
    ) -> rt::Call<ListVisibleAssistantResponseBody, ListVisibleAssistantError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListVisibleAssistant",
            rt::Method::Get,
            "/v1.0/assistant/visibleList",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取对话明细列表
    ///
    /// `GET /v1.0/assistant/logs/list`: DingTalk's `LogList` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::log_list_pages`].
    #[doc(alias = "LogList")]
    #[doc(alias = "/v1.0/assistant/logs/list")]
    #[doc(alias = "GET /v1.0/assistant/logs/list")]
    pub fn log_list(
        &self,
        request: &LogListRequest,
    ) -> rt::Call<LogListResponseBody, LogListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LogList",
            rt::Method::Get,
            "/v1.0/assistant/logs/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询新算粒的使用记录
    ///
    /// `GET /v1.0/assistant/aiCredits/pageListNewAICreditsUsageRecord`: DingTalk's `PageListNewAICreditsUsageRecord` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::page_list_new_ai_credits_usage_record_pages`].
    #[doc(alias = "PageListNewAICreditsUsageRecord")]
    #[doc(alias = "/v1.0/assistant/aiCredits/pageListNewAICreditsUsageRecord")]
    #[doc(alias = "GET /v1.0/assistant/aiCredits/pageListNewAICreditsUsageRecord")]
    pub fn page_list_new_ai_credits_usage_record(
        &self,
        request: &PageListNewAICreditsUsageRecordRequest,
    ) -> rt::Call<
        PageListNewAICreditsUsageRecordResponseBody,
        PageListNewAICreditsUsageRecordError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PageListNewAICreditsUsageRecord",
            rt::Method::Get,
            "/v1.0/assistant/aiCredits/pageListNewAICreditsUsageRecord",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 助理学习增量知识
    ///
    /// `PUT /v1.0/assistant/knowledges/incrLearning`: DingTalk's `RelearnKnowledge` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RelearnKnowledge")]
    #[doc(alias = "/v1.0/assistant/knowledges/incrLearning")]
    #[doc(alias = "PUT /v1.0/assistant/knowledges/incrLearning")]
    pub fn relearn_knowledge(
        &self,
        request: &RelearnKnowledgeRequest,
    ) -> rt::Call<RelearnKnowledgeResponseBody, RelearnKnowledgeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RelearnKnowledge",
            rt::Method::Put,
            "/v1.0/assistant/knowledges/incrLearning",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 卸载助理
    ///
    /// `POST /v1.0/assistant/uninstall`: DingTalk's `RemoveAssistant` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveAssistant")]
    #[doc(alias = "/v1.0/assistant/uninstall")]
    #[doc(alias = "POST /v1.0/assistant/uninstall")]
    pub fn remove_assistant(
        &self,
        request: &RemoveAssistantRequest,
    ) -> rt::Call<RemoveAssistantResponseBody, RemoveAssistantError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveAssistant",
            rt::Method::Post,
            "/v1.0/assistant/uninstall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 移除组织技能库技能
    ///
    /// `DELETE /v1.0/assistant/orgActionRepositories`: DingTalk's `RemoveFromOrgSkillRepository` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemoveFromOrgSkillRepository")]
    #[doc(alias = "/v1.0/assistant/orgActionRepositories")]
    #[doc(alias = "DELETE /v1.0/assistant/orgActionRepositories")]
    pub fn remove_from_org_skill_repository(
        &self,
        request: &RemoveFromOrgSkillRepositoryRequest,
    ) -> rt::Call<
        RemoveFromOrgSkillRepositoryResponseBody,
        RemoveFromOrgSkillRepositoryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemoveFromOrgSkillRepository",
            rt::Method::Delete,
            "/v1.0/assistant/orgActionRepositories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询 AI 助理的基本信息
    ///
    /// `GET /v1.0/assistant/basicInfo`: DingTalk's `RetrieveAssistantBasicInfo` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RetrieveAssistantBasicInfo")]
    #[doc(alias = "/v1.0/assistant/basicInfo")]
    #[doc(alias = "GET /v1.0/assistant/basicInfo")]
    pub fn retrieve_assistant_basic_info(
        &self,
        request: &RetrieveAssistantBasicInfoRequest,
    ) -> rt::Call<
        RetrieveAssistantBasicInfoResponseBody,
        RetrieveAssistantBasicInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RetrieveAssistantBasicInfo",
            rt::Method::Get,
            "/v1.0/assistant/basicInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取AI助理的消息体
    ///
    /// `GET /v1.0/assistant/threads/{threadId}/messages/{messageId}`: DingTalk's `RetrieveAssistantMessage` (module feature `assistant_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    /// - `message_id`: `{messageId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RetrieveAssistantMessage")]
    #[doc(alias = "/v1.0/assistant/threads/{threadId}/messages/{messageId}")]
    #[doc(alias = "GET /v1.0/assistant/threads/{threadId}/messages/{messageId}")]
    pub fn retrieve_assistant_message(
        &self,
        thread_id: &str,
        message_id: &str,
    ) -> rt::Call<RetrieveAssistantMessageResponseBody, RetrieveAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RetrieveAssistantMessage",
            rt::Method::Get,
            "/v1.0/assistant/threads/{threadId}/messages/{messageId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id, message_id], &())
    }
    /// 检索AI助理的运行任务
    ///
    /// `GET /v1.0/assistant/threads/{threadId}/runs/{runId}`: DingTalk's `RetrieveAssistantRun` (module feature `assistant_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    /// - `run_id`: `{runId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RetrieveAssistantRun")]
    #[doc(alias = "/v1.0/assistant/threads/{threadId}/runs/{runId}")]
    #[doc(alias = "GET /v1.0/assistant/threads/{threadId}/runs/{runId}")]
    pub fn retrieve_assistant_run(
        &self,
        thread_id: &str,
        run_id: &str,
    ) -> rt::Call<RetrieveAssistantRunResponseBody, RetrieveAssistantRunError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RetrieveAssistantRun",
            rt::Method::Get,
            "/v1.0/assistant/threads/{threadId}/runs/{runId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id, run_id], &())
    }
    /// 获取助理的使用范围
    ///
    /// `GET /v1.0/assistant/scope`: DingTalk's `RetrieveAssistantScope` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RetrieveAssistantScope")]
    #[doc(alias = "/v1.0/assistant/scope")]
    #[doc(alias = "GET /v1.0/assistant/scope")]
    pub fn retrieve_assistant_scope(
        &self,
        request: &RetrieveAssistantScopeRequest,
    ) -> rt::Call<RetrieveAssistantScopeResponseBody, RetrieveAssistantScopeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RetrieveAssistantScope",
            rt::Method::Get,
            "/v1.0/assistant/scope",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 检索AI助理线程实例
    ///
    /// `GET /v1.0/assistant/threads/{threadId}`: DingTalk's `RetrieveAssistantThread` (module feature `assistant_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id`: `{threadId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RetrieveAssistantThread")]
    #[doc(alias = "/v1.0/assistant/threads/{threadId}")]
    #[doc(alias = "GET /v1.0/assistant/threads/{threadId}")]
    pub fn retrieve_assistant_thread(
        &self,
        thread_id: &str,
    ) -> rt::Call<RetrieveAssistantThreadResponseBody, RetrieveAssistantThreadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RetrieveAssistantThread",
            rt::Method::Get,
            "/v1.0/assistant/threads/{threadId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], &())
    }
    /// 更新AI助理基础信息
    ///
    /// `PUT /v1.0/assistant/basicInfo`: DingTalk's `UpdateAssistantBasicInfo` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateAssistantBasicInfo")]
    #[doc(alias = "/v1.0/assistant/basicInfo")]
    #[doc(alias = "PUT /v1.0/assistant/basicInfo")]
    pub fn update_assistant_basic_info(
        &self,
        request: &UpdateAssistantBasicInfoRequest,
    ) -> rt::Call<UpdateAssistantBasicInfoResponseBody, UpdateAssistantBasicInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateAssistantBasicInfo",
            rt::Method::Put,
            "/v1.0/assistant/basicInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新 AI 助理使用范围
    ///
    /// `PUT /v1.0/assistant/scope`: DingTalk's `UpdateAssistantScope` (module feature `assistant_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateAssistantScope")]
    #[doc(alias = "/v1.0/assistant/scope")]
    #[doc(alias = "PUT /v1.0/assistant/scope")]
    pub fn update_assistant_scope(
        &self,
        request: &UpdateAssistantScopeRequest,
    ) -> rt::Call<rt::serde_json::Value, UpdateAssistantScopeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateAssistantScope",
            rt::Method::Put,
            "/v1.0/assistant/scope",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::batch_get_ai_credits_record`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false` or `totalCount` items are read. Items: `list` of each page.
    pub fn batch_get_ai_credits_record_pages(
        &self,
        request: &BatchGetAICreditsRecordRequest,
    ) -> rt::Paginator<
        BatchGetAICreditsRecordResponseBody,
        BatchGetAICreditsRecordError,
        BatchGetAICreditsRecordResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["list"],
            &["hasMore"],
            &["totalCount"],
        );
        rt::Paginator::new(self.batch_get_ai_credits_record(request), &PAGING)
    }
    /// Every page of [`Api::get_ask_detail`]: the call again with the offset `offset` advanced by the items of the page (from the request's, else 0), until a page is empty or `result.hasMore` is `false` or `result.totalCount` items are read. Items: `result.list` of each page.
    pub fn get_ask_detail_pages(
        &self,
        request: &GetAskDetailRequest,
    ) -> rt::Paginator<
        GetAskDetailResponseBody,
        GetAskDetailError,
        GetAskDetailResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Offset,
            "offset",
            true,
            "pageSize",
            true,
            &["result", "list"],
            &["result", "hasMore"],
            &["result", "totalCount"],
        );
        rt::Paginator::new(self.get_ask_detail(request), &PAGING)
    }
    /// Every page of [`Api::list_assistant`]: the call again with `cursor` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn list_assistant_pages(
        &self,
        request: &ListAssistantRequest,
    ) -> rt::Paginator<
        ListAssistantResponseBody,
        ListAssistantError,
        ListAssistantResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            true,
            true,
            &["nextCursor"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.list_assistant(request), &PAGING)
    }
    /// Every page of [`Api::list_visible_assistant`]: the call again with `cursor` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn list_visible_assistant_pages(
        &self,
        request: &ListVisibleAssistantRequest,
    ) -> rt::Paginator<
        ListVisibleAssistantResponseBody,
        ListVisibleAssistantError,
        ListVisibleAssistantResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            true,
            true,
            &["nextCursor"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.list_visible_assistant(request), &PAGING)
    }
    /// Every page of [`Api::log_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `result.hasMore` is `false` or `result.totalCount` items are read. Items: `result.list` of each page.
    pub fn log_list_pages(
        &self,
        request: &LogListRequest,
    ) -> rt::Paginator<
        LogListResponseBody,
        LogListError,
        LogListResponseBodyResultList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result", "list"],
            &["result", "hasMore"],
            &["result", "totalCount"],
        );
        rt::Paginator::new(self.log_list(request), &PAGING)
    }
    /// Every page of [`Api::page_list_new_ai_credits_usage_record`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `dataList` of each page.
    pub fn page_list_new_ai_credits_usage_record_pages(
        &self,
        request: &PageListNewAICreditsUsageRecordRequest,
    ) -> rt::Paginator<
        PageListNewAICreditsUsageRecordResponseBody,
        PageListNewAICreditsUsageRecordError,
        PageListNewAICreditsUsageRecordResponseBodyDataList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["dataList"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.page_list_new_ai_credits_usage_record(request), &PAGING)
    }
}
/// `AddDomainWordsRequestDomainWords`, a model several operations share: also named [`DeleteDomainWordsRequestDomainWords`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddDomainWordsRequestDomainWords {
    /// `description`.
    pub description: Option<String>,
    /// `domainWord`.
    pub domain_word: Option<String>,
    /// `formalWords`.
    pub formal_words: Option<Vec<String>>,
}
impl AddDomainWordsRequestDomainWords {
    /// An empty `AddDomainWordsRequestDomainWords`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `domainWord`.
    pub fn domain_word(mut self, value: impl Into<String>) -> Self {
        self.domain_word = Some(value.into());
        self
    }
    /// Sets `formalWords`.
    pub fn formal_words(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.formal_words = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    AddDomainWordsRequestDomainWords { "description" => optional(description),
    "domainWord" => optional(domain_word), "formalWords" => optional(formal_words) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddDomainWordsRequestDomainWords { "description" => read_field(description),
    "domainWord" => read_field(domain_word), "formalWords" => read_field(formal_words) }
}
/// `AddDomainWordsResponseBody`, a model several operations share: also named [`AddToOrgSkillRepositoryResponseBody`], [`DeleteAssistantResponseBody`], [`DeleteDomainWordsResponseBody`], [`DeleteKnowledgeResponseBody`], [`InstallAssistantResponseBody`], [`LearnKnowledgeResponseBody`], [`RelearnKnowledgeResponseBody`], [`RemoveAssistantResponseBody`], [`RemoveFromOrgSkillRepositoryResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddDomainWordsResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddDomainWordsResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddDomainWordsResponseBody { "success" => optional(success) }
}
/// `AddToOrgSkillRepositoryResponseBody`: the same model as [`AddDomainWordsResponseBody`].
pub type AddToOrgSkillRepositoryResponseBody = AddDomainWordsResponseBody;
/// `AssistantMeResponseResponseBody`, a model several operations share: also named [`AssistantResponseResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AssistantMeResponseResponseBody {
    /// `created_at`.
    pub created_at: Option<i64>,
    /// `error`.
    pub error: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `metadata`.
    pub metadata: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `model`.
    pub model: Option<String>,
    /// `object`.
    pub object: Option<String>,
    /// `output`.
    pub output: Option<Vec<AssistantMeResponseResponseBodyOutput>>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    AssistantMeResponseResponseBody { "created_at" => read_field(created_at), "error" =>
    read_field(error), "id" => read_field(id), "metadata" => read_field(metadata),
    "model" => read_field(model), "object" => read_field(object), "output" =>
    read_field(output), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AssistantMeResponseResponseBody { "created_at" => optional(created_at), "error" =>
    optional(error), "id" => optional(id), "metadata" => optional(metadata), "model" =>
    optional(model), "object" => optional(object), "output" => optional(output), "status"
    => optional(status) }
}
/// `AssistantResponseResponseBody`: the same model as [`AssistantMeResponseResponseBody`].
pub type AssistantResponseResponseBody = AssistantMeResponseResponseBody;
/// `BatchGetAICreditsRecordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetAICreditsRecordResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<BatchGetAICreditsRecordResponseBodyList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    BatchGetAICreditsRecordResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetAICreditsRecordResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "totalCount" => optional(total_count) }
}
/// `CreateAssistantResponseBody`, a model several operations share: also named [`RetrieveAssistantBasicInfoResponseBody`], [`UpdateAssistantBasicInfoResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAssistantResponseBody {
    /// `actionNames`.
    pub action_names: Option<Vec<String>>,
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `assistantUnionId`.
    pub assistant_union_id: Option<String>,
    /// `createdAt`.
    pub created_at: Option<i64>,
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `fallbackContent`.
    pub fallback_content: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `instructions`.
    pub instructions: Option<String>,
    /// `knowledgeFileNames`.
    pub knowledge_file_names: Option<Vec<String>>,
    /// `model`.
    pub model: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `recommendPrompts`.
    pub recommend_prompts: Option<Vec<String>>,
    /// `unifiedAppId`.
    pub unified_app_id: Option<String>,
    /// `welcomeContent`.
    pub welcome_content: Option<String>,
}
rt::impl_deserialize! {
    CreateAssistantResponseBody { "actionNames" => read_field(action_names),
    "assistantId" => read_field(assistant_id), "assistantUnionId" =>
    read_field(assistant_union_id), "createdAt" => read_field(created_at),
    "creatorUnionId" => read_field(creator_union_id), "description" =>
    read_field(description), "fallbackContent" => read_field(fallback_content), "icon" =>
    read_field(icon), "instructions" => read_field(instructions), "knowledgeFileNames" =>
    read_field(knowledge_file_names), "model" => read_field(model), "name" =>
    read_field(name), "recommendPrompts" => read_field(recommend_prompts), "unifiedAppId"
    => read_field(unified_app_id), "welcomeContent" => read_field(welcome_content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAssistantResponseBody { "actionNames" => optional(action_names), "assistantId"
    => optional(assistant_id), "assistantUnionId" => optional(assistant_union_id),
    "createdAt" => optional(created_at), "creatorUnionId" => optional(creator_union_id),
    "description" => optional(description), "fallbackContent" =>
    optional(fallback_content), "icon" => optional(icon), "instructions" =>
    optional(instructions), "knowledgeFileNames" => optional(knowledge_file_names),
    "model" => optional(model), "name" => optional(name), "recommendPrompts" =>
    optional(recommend_prompts), "unifiedAppId" => optional(unified_app_id),
    "welcomeContent" => optional(welcome_content) }
}
/// `CreateAssistantMessageResponseBody`, a model several operations share: also named [`ListAssistantMessageResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAssistantMessageResponseBody {
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `content`.
    pub content: Option<Vec<rt::serde_json::Value>>,
    /// `createdAt`.
    pub created_at: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `metadata`.
    pub metadata: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `object`.
    pub object: Option<String>,
    /// `role`.
    pub role: Option<String>,
    /// `runId`.
    pub run_id: Option<String>,
    /// `threadId`.
    pub thread_id: Option<String>,
}
rt::impl_deserialize! {
    CreateAssistantMessageResponseBody { "assistantId" => read_field(assistant_id),
    "content" => read_field(content), "createdAt" => read_field(created_at), "id" =>
    read_field(id), "metadata" => read_field(metadata), "object" => read_field(object),
    "role" => read_field(role), "runId" => read_field(run_id), "threadId" =>
    read_field(thread_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAssistantMessageResponseBody { "assistantId" => optional(assistant_id),
    "content" => optional(content), "createdAt" => optional(created_at), "id" =>
    optional(id), "metadata" => optional(metadata), "object" => optional(object), "role"
    => optional(role), "runId" => optional(run_id), "threadId" => optional(thread_id) }
}
/// `CreateAssistantRunResponseBody`, a model several operations share: also named [`RetrieveAssistantRunResponseBody`], [`ListAssistantRunResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAssistantRunResponseBody {
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `cancelledAt`.
    pub cancelled_at: Option<i64>,
    /// `completedAt`.
    pub completed_at: Option<i64>,
    /// `createdAt`.
    pub created_at: Option<i64>,
    /// `expiresAt`.
    pub expires_at: Option<i64>,
    /// `failedAt`.
    pub failed_at: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `lastErrorMsg`.
    pub last_error_msg: Option<String>,
    /// `metadata`.
    pub metadata: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `object`.
    pub object: Option<String>,
    /// `startedAt`.
    pub started_at: Option<i64>,
    /// `status`.
    pub status: Option<String>,
    /// `threadId`.
    pub thread_id: Option<String>,
}
rt::impl_deserialize! {
    CreateAssistantRunResponseBody { "assistantId" => read_field(assistant_id),
    "cancelledAt" => read_field(cancelled_at), "completedAt" => read_field(completed_at),
    "createdAt" => read_field(created_at), "expiresAt" => read_field(expires_at),
    "failedAt" => read_field(failed_at), "id" => read_field(id), "lastErrorMsg" =>
    read_field(last_error_msg), "metadata" => read_field(metadata), "object" =>
    read_field(object), "startedAt" => read_field(started_at), "status" =>
    read_field(status), "threadId" => read_field(thread_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAssistantRunResponseBody { "assistantId" => optional(assistant_id),
    "cancelledAt" => optional(cancelled_at), "completedAt" => optional(completed_at),
    "createdAt" => optional(created_at), "expiresAt" => optional(expires_at), "failedAt"
    => optional(failed_at), "id" => optional(id), "lastErrorMsg" =>
    optional(last_error_msg), "metadata" => optional(metadata), "object" =>
    optional(object), "startedAt" => optional(started_at), "status" => optional(status),
    "threadId" => optional(thread_id) }
}
/// `CreateAssistantThreadResponseBody`, a model several operations share: also named [`RetrieveAssistantThreadResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAssistantThreadResponseBody {
    /// `createdAt`.
    pub created_at: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `metadata`.
    pub metadata: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `object`.
    pub object: Option<String>,
}
rt::impl_deserialize! {
    CreateAssistantThreadResponseBody { "createdAt" => read_field(created_at), "id" =>
    read_field(id), "metadata" => read_field(metadata), "object" => read_field(object) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAssistantThreadResponseBody { "createdAt" => optional(created_at), "id" =>
    optional(id), "metadata" => optional(metadata), "object" => optional(object) }
}
/// `DeleteAssistantResponseBody`: the same model as [`AddDomainWordsResponseBody`].
pub type DeleteAssistantResponseBody = AddDomainWordsResponseBody;
/// `DeleteAssistantMessageResponseBody`, a model several operations share: also named [`DeleteAssistantThreadResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteAssistantMessageResponseBody {
    /// `deleted`.
    pub deleted: Option<bool>,
    /// `id`.
    pub id: Option<String>,
    /// `object`.
    pub object: Option<String>,
}
rt::impl_deserialize! {
    DeleteAssistantMessageResponseBody { "deleted" => read_field(deleted), "id" =>
    read_field(id), "object" => read_field(object) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteAssistantMessageResponseBody { "deleted" => optional(deleted), "id" =>
    optional(id), "object" => optional(object) }
}
/// `DeleteAssistantThreadResponseBody`: the same model as [`DeleteAssistantMessageResponseBody`].
pub type DeleteAssistantThreadResponseBody = DeleteAssistantMessageResponseBody;
/// `DeleteDomainWordsRequestDomainWords`: the same model as [`AddDomainWordsRequestDomainWords`].
pub type DeleteDomainWordsRequestDomainWords = AddDomainWordsRequestDomainWords;
/// `DeleteDomainWordsResponseBody`: the same model as [`AddDomainWordsResponseBody`].
pub type DeleteDomainWordsResponseBody = AddDomainWordsResponseBody;
/// `DeleteKnowledgeResponseBody`: the same model as [`AddDomainWordsResponseBody`].
pub type DeleteKnowledgeResponseBody = AddDomainWordsResponseBody;
/// `DeployAssistantRequestAction`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeployAssistantRequestAction {
    /// `actionAuthInfo`.
    pub action_auth_info: Option<DeployAssistantRequestActionActionAuthInfo>,
    /// `actionName`.
    pub action_name: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `schema`.
    pub schema: Option<String>,
}
impl DeployAssistantRequestAction {
    /// An empty `DeployAssistantRequestAction`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionAuthInfo`.
    pub fn action_auth_info(
        mut self,
        value: DeployAssistantRequestActionActionAuthInfo,
    ) -> Self {
        self.action_auth_info = Some(value);
        self
    }
    /// Sets `actionName`.
    pub fn action_name(mut self, value: impl Into<String>) -> Self {
        self.action_name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `schema`.
    pub fn schema(mut self, value: impl Into<String>) -> Self {
        self.schema = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeployAssistantRequestAction { "actionAuthInfo" => optional(action_auth_info),
    "actionName" => optional(action_name), "description" => optional(description),
    "schema" => optional(schema) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeployAssistantRequestAction { "actionAuthInfo" => read_field(action_auth_info),
    "actionName" => read_field(action_name), "description" => read_field(description),
    "schema" => read_field(schema) }
}
/// `DeployAssistantRequestAppScopes`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeployAssistantRequestAppScopes {
    /// `deptVisibleScopes`.
    pub dept_visible_scopes: Option<String>,
    /// `dynamicGroupScopes`.
    pub dynamic_group_scopes: Option<String>,
    /// `isHidden`.
    pub is_hidden: Option<bool>,
    /// `roleVisibleScopes`.
    pub role_visible_scopes: Option<String>,
    /// `userVisibleScopes`.
    pub user_visible_scopes: Option<String>,
}
impl DeployAssistantRequestAppScopes {
    /// An empty `DeployAssistantRequestAppScopes`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deptVisibleScopes`.
    pub fn dept_visible_scopes(mut self, value: impl Into<String>) -> Self {
        self.dept_visible_scopes = Some(value.into());
        self
    }
    /// Sets `dynamicGroupScopes`.
    pub fn dynamic_group_scopes(mut self, value: impl Into<String>) -> Self {
        self.dynamic_group_scopes = Some(value.into());
        self
    }
    /// Sets `isHidden`.
    pub fn is_hidden(mut self, value: bool) -> Self {
        self.is_hidden = Some(value);
        self
    }
    /// Sets `roleVisibleScopes`.
    pub fn role_visible_scopes(mut self, value: impl Into<String>) -> Self {
        self.role_visible_scopes = Some(value.into());
        self
    }
    /// Sets `userVisibleScopes`.
    pub fn user_visible_scopes(mut self, value: impl Into<String>) -> Self {
        self.user_visible_scopes = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeployAssistantRequestAppScopes { "deptVisibleScopes" =>
    optional(dept_visible_scopes), "dynamicGroupScopes" =>
    optional(dynamic_group_scopes), "isHidden" => optional(is_hidden),
    "roleVisibleScopes" => optional(role_visible_scopes), "userVisibleScopes" =>
    optional(user_visible_scopes) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeployAssistantRequestAppScopes { "deptVisibleScopes" =>
    read_field(dept_visible_scopes), "dynamicGroupScopes" =>
    read_field(dynamic_group_scopes), "isHidden" => read_field(is_hidden),
    "roleVisibleScopes" => read_field(role_visible_scopes), "userVisibleScopes" =>
    read_field(user_visible_scopes) }
}
/// `DeployAssistantRequestFallback`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeployAssistantRequestFallback {
    /// `actionType`.
    pub action_type: Option<String>,
    /// `defaultMsg`.
    pub default_msg: Option<String>,
}
impl DeployAssistantRequestFallback {
    /// An empty `DeployAssistantRequestFallback`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionType`.
    pub fn action_type(mut self, value: impl Into<String>) -> Self {
        self.action_type = Some(value.into());
        self
    }
    /// Sets `defaultMsg`.
    pub fn default_msg(mut self, value: impl Into<String>) -> Self {
        self.default_msg = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeployAssistantRequestFallback { "actionType" => optional(action_type), "defaultMsg"
    => optional(default_msg) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeployAssistantRequestFallback { "actionType" => read_field(action_type),
    "defaultMsg" => read_field(default_msg) }
}
/// `DeployAssistantResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeployAssistantResponseBody {
    /// `assistantId`.
    pub assistant_id: Option<String>,
}
rt::impl_deserialize! {
    DeployAssistantResponseBody { "assistantId" => read_field(assistant_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeployAssistantResponseBody { "assistantId" => optional(assistant_id) }
}
/// `GetAskDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAskDetailResponseBody {
    /// `result`.
    pub result: Option<GetAskDetailResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetAskDetailResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAskDetailResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetAssistantActionInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAssistantActionInfoResponseBody {
    /// `actionList`.
    pub action_list: Option<Vec<GetAssistantActionInfoResponseBodyActionList>>,
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
}
rt::impl_deserialize! {
    GetAssistantActionInfoResponseBody { "actionList" => read_field(action_list),
    "assistantId" => read_field(assistant_id), "corpId" => read_field(corp_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAssistantActionInfoResponseBody { "actionList" => optional(action_list),
    "assistantId" => optional(assistant_id), "corpId" => optional(corp_id) }
}
/// `GetDomainWordsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDomainWordsResponseBody {
    /// `result`.
    pub result: Option<Vec<String>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetDomainWordsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDomainWordsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetKnowledgeListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetKnowledgeListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetKnowledgeListResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetKnowledgeListResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetKnowledgeListResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `InstallAssistantResponseBody`: the same model as [`AddDomainWordsResponseBody`].
pub type InstallAssistantResponseBody = AddDomainWordsResponseBody;
/// `LearnKnowledgeResponseBody`: the same model as [`AddDomainWordsResponseBody`].
pub type LearnKnowledgeResponseBody = AddDomainWordsResponseBody;
/// `ListAssistantResponseBody`, a model several operations share: also named [`ListVisibleAssistantResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAssistantResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<ListAssistantResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    ListAssistantResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextCursor" => read_field(next_cursor), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAssistantResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextCursor" => optional(next_cursor), "totalCount" =>
    optional(total_count) }
}
/// `ListAssistantMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAssistantMessageResponseBody {
    /// `data`.
    pub data: Option<Vec<ListAssistantMessageResponseBodyData>>,
    /// `object`.
    pub object: Option<String>,
}
rt::impl_deserialize! {
    ListAssistantMessageResponseBody { "data" => read_field(data), "object" =>
    read_field(object) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAssistantMessageResponseBody { "data" => optional(data), "object" =>
    optional(object) }
}
/// `ListAssistantRunResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAssistantRunResponseBody {
    /// `data`.
    pub data: Option<Vec<ListAssistantRunResponseBodyData>>,
    /// `object`.
    pub object: Option<String>,
}
rt::impl_deserialize! {
    ListAssistantRunResponseBody { "data" => read_field(data), "object" =>
    read_field(object) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAssistantRunResponseBody { "data" => optional(data), "object" => optional(object)
    }
}
/// `ListInstanceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListInstanceResponseBody {
    /// `result`.
    pub result: Option<Vec<ListInstanceResponseBodyResult>>,
}
rt::impl_deserialize! {
    ListInstanceResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListInstanceResponseBody { "result" => optional(result) }
}
/// `ListVisibleAssistantResponseBody`: the same model as [`ListAssistantResponseBody`].
pub type ListVisibleAssistantResponseBody = ListAssistantResponseBody;
/// `LogListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LogListResponseBody {
    /// `result`.
    pub result: Option<LogListResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    LogListResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LogListResponseBody { "result" => optional(result), "success" => optional(success) }
}
/// `PageListNewAICreditsUsageRecordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageListNewAICreditsUsageRecordResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<PageListNewAICreditsUsageRecordResponseBodyDataList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    PageListNewAICreditsUsageRecordResponseBody { "dataList" => read_field(data_list),
    "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageListNewAICreditsUsageRecordResponseBody { "dataList" => optional(data_list),
    "totalCount" => optional(total_count) }
}
/// `RelearnKnowledgeResponseBody`: the same model as [`AddDomainWordsResponseBody`].
pub type RelearnKnowledgeResponseBody = AddDomainWordsResponseBody;
/// `RemoveAssistantResponseBody`: the same model as [`AddDomainWordsResponseBody`].
pub type RemoveAssistantResponseBody = AddDomainWordsResponseBody;
/// `RemoveFromOrgSkillRepositoryResponseBody`: the same model as [`AddDomainWordsResponseBody`].
pub type RemoveFromOrgSkillRepositoryResponseBody = AddDomainWordsResponseBody;
/// `RetrieveAssistantBasicInfoResponseBody`: the same model as [`CreateAssistantResponseBody`].
pub type RetrieveAssistantBasicInfoResponseBody = CreateAssistantResponseBody;
/// `RetrieveAssistantMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RetrieveAssistantMessageResponseBody {
    /// `assisantId`.
    pub assisant_id: Option<String>,
    /// `content`.
    pub content: Option<Vec<rt::serde_json::Value>>,
    /// `createdAt`.
    pub created_at: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `metadata`.
    pub metadata: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `object`.
    pub object: Option<String>,
    /// `role`.
    pub role: Option<String>,
    /// `runId`.
    pub run_id: Option<String>,
    /// `threadId`.
    pub thread_id: Option<String>,
}
rt::impl_deserialize! {
    RetrieveAssistantMessageResponseBody { "assisantId" => read_field(assisant_id),
    "content" => read_field(content), "createdAt" => read_field(created_at), "id" =>
    read_field(id), "metadata" => read_field(metadata), "object" => read_field(object),
    "role" => read_field(role), "runId" => read_field(run_id), "threadId" =>
    read_field(thread_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveAssistantMessageResponseBody { "assisantId" => optional(assisant_id),
    "content" => optional(content), "createdAt" => optional(created_at), "id" =>
    optional(id), "metadata" => optional(metadata), "object" => optional(object), "role"
    => optional(role), "runId" => optional(run_id), "threadId" => optional(thread_id) }
}
/// `RetrieveAssistantRunResponseBody`: the same model as [`CreateAssistantRunResponseBody`].
pub type RetrieveAssistantRunResponseBody = CreateAssistantRunResponseBody;
/// `RetrieveAssistantScopeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RetrieveAssistantScopeResponseBody {
    /// `result`.
    pub result: Option<RetrieveAssistantScopeResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    RetrieveAssistantScopeResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveAssistantScopeResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `RetrieveAssistantThreadResponseBody`: the same model as [`CreateAssistantThreadResponseBody`].
pub type RetrieveAssistantThreadResponseBody = CreateAssistantThreadResponseBody;
/// `UpdateAssistantBasicInfoResponseBody`: the same model as [`CreateAssistantResponseBody`].
pub type UpdateAssistantBasicInfoResponseBody = CreateAssistantResponseBody;
/// `UpdateAssistantScopeRequestScopes`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateAssistantScopeRequestScopes {
    /// `deptVisibleScopes`.
    pub dept_visible_scopes: Option<Vec<String>>,
    /// `dynamicGroupScopes`.
    pub dynamic_group_scopes: Option<Vec<String>>,
    /// `isAdmin`.
    pub is_admin: Option<bool>,
    /// `roleVisibleScopes`.
    pub role_visible_scopes: Option<Vec<String>>,
    /// `userVisibleScopes`.
    pub user_visible_scopes: Option<Vec<String>>,
}
impl UpdateAssistantScopeRequestScopes {
    /// An empty `UpdateAssistantScopeRequestScopes`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deptVisibleScopes`.
    pub fn dept_visible_scopes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.dept_visible_scopes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `dynamicGroupScopes`.
    pub fn dynamic_group_scopes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.dynamic_group_scopes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `isAdmin`.
    pub fn is_admin(mut self, value: bool) -> Self {
        self.is_admin = Some(value);
        self
    }
    /// Sets `roleVisibleScopes`.
    pub fn role_visible_scopes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.role_visible_scopes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userVisibleScopes`.
    pub fn user_visible_scopes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_visible_scopes = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    UpdateAssistantScopeRequestScopes { "deptVisibleScopes" =>
    optional(dept_visible_scopes), "dynamicGroupScopes" =>
    optional(dynamic_group_scopes), "isAdmin" => optional(is_admin), "roleVisibleScopes"
    => optional(role_visible_scopes), "userVisibleScopes" =>
    optional(user_visible_scopes) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateAssistantScopeRequestScopes { "deptVisibleScopes" =>
    read_field(dept_visible_scopes), "dynamicGroupScopes" =>
    read_field(dynamic_group_scopes), "isAdmin" => read_field(is_admin),
    "roleVisibleScopes" => read_field(role_visible_scopes), "userVisibleScopes" =>
    read_field(user_visible_scopes) }
}
/// `AssistantMeResponseResponseBodyOutput`, a model several operations share: also named [`AssistantResponseResponseBodyOutput`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AssistantMeResponseResponseBodyOutput {
    /// `content`.
    pub content: Option<Vec<AssistantMeResponseResponseBodyOutputContent>>,
    /// `id`.
    pub id: Option<String>,
    /// `role`.
    pub role: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    AssistantMeResponseResponseBodyOutput { "content" => read_field(content), "id" =>
    read_field(id), "role" => read_field(role), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AssistantMeResponseResponseBodyOutput { "content" => optional(content), "id" =>
    optional(id), "role" => optional(role), "type" => optional(r#type) }
}
/// `AssistantResponseResponseBodyOutput`: the same model as [`AssistantMeResponseResponseBodyOutput`].
pub type AssistantResponseResponseBodyOutput = AssistantMeResponseResponseBodyOutput;
/// `BatchGetAICreditsRecordResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetAICreditsRecordResponseBodyList {
    /// `actionNames`.
    pub action_names: Option<String>,
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `assistantName`.
    pub assistant_name: Option<String>,
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `time`.
    pub time: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `usedNum`.
    pub used_num: Option<f64>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    BatchGetAICreditsRecordResponseBodyList { "actionNames" => read_field(action_names),
    "assistantId" => read_field(assistant_id), "assistantName" =>
    read_field(assistant_name), "deptId" => read_field(dept_id), "deptName" =>
    read_field(dept_name), "requestId" => read_field(request_id), "time" =>
    read_field(time), "unionId" => read_field(union_id), "usedNum" =>
    read_field(used_num), "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetAICreditsRecordResponseBodyList { "actionNames" => optional(action_names),
    "assistantId" => optional(assistant_id), "assistantName" => optional(assistant_name),
    "deptId" => optional(dept_id), "deptName" => optional(dept_name), "requestId" =>
    optional(request_id), "time" => optional(time), "unionId" => optional(union_id),
    "usedNum" => optional(used_num), "userName" => optional(user_name) }
}
/// `DeployAssistantRequestActionActionAuthInfo`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeployAssistantRequestActionActionAuthInfo {
    /// `authConfig`.
    pub auth_config: Option<String>,
    /// `authenticationType`.
    pub authentication_type: Option<String>,
}
impl DeployAssistantRequestActionActionAuthInfo {
    /// An empty `DeployAssistantRequestActionActionAuthInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `authConfig`.
    pub fn auth_config(mut self, value: impl Into<String>) -> Self {
        self.auth_config = Some(value.into());
        self
    }
    /// Sets `authenticationType`.
    pub fn authentication_type(mut self, value: impl Into<String>) -> Self {
        self.authentication_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeployAssistantRequestActionActionAuthInfo { "authConfig" => optional(auth_config),
    "authenticationType" => optional(authentication_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeployAssistantRequestActionActionAuthInfo { "authConfig" => read_field(auth_config),
    "authenticationType" => read_field(authentication_type) }
}
/// `GetAskDetailResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAskDetailResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<GetAskDetailResponseBodyResultList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetAskDetailResponseBodyResult { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextCursor" => read_field(next_cursor), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAskDetailResponseBodyResult { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextCursor" => optional(next_cursor), "totalCount" =>
    optional(total_count) }
}
/// `GetAssistantActionInfoResponseBodyActionList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAssistantActionInfoResponseBodyActionList {
    /// `actionId`.
    pub action_id: Option<String>,
    /// `actionName`.
    pub action_name: Option<String>,
    /// `actionVersion`.
    pub action_version: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
}
rt::impl_deserialize! {
    GetAssistantActionInfoResponseBodyActionList { "actionId" => read_field(action_id),
    "actionName" => read_field(action_name), "actionVersion" =>
    read_field(action_version), "description" => read_field(description), "icon" =>
    read_field(icon) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAssistantActionInfoResponseBodyActionList { "actionId" => optional(action_id),
    "actionName" => optional(action_name), "actionVersion" => optional(action_version),
    "description" => optional(description), "icon" => optional(icon) }
}
/// `GetKnowledgeListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetKnowledgeListResponseBodyResult {
    /// `docFormat`.
    pub doc_format: Option<String>,
    /// `docName`.
    pub doc_name: Option<String>,
    /// `docUrl`.
    pub doc_url: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `studyId`.
    pub study_id: Option<String>,
}
rt::impl_deserialize! {
    GetKnowledgeListResponseBodyResult { "docFormat" => read_field(doc_format), "docName"
    => read_field(doc_name), "docUrl" => read_field(doc_url), "status" =>
    read_field(status), "studyId" => read_field(study_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetKnowledgeListResponseBodyResult { "docFormat" => optional(doc_format), "docName"
    => optional(doc_name), "docUrl" => optional(doc_url), "status" => optional(status),
    "studyId" => optional(study_id) }
}
/// `ListAssistantResponseBodyList`, a model several operations share: also named [`ListVisibleAssistantResponseBodyList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAssistantResponseBodyList {
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `createdAt`.
    pub created_at: Option<i64>,
    /// `creatorUnionId`.
    pub creator_union_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    ListAssistantResponseBodyList { "assistantId" => read_field(assistant_id),
    "createdAt" => read_field(created_at), "creatorUnionId" =>
    read_field(creator_union_id), "description" => read_field(description), "icon" =>
    read_field(icon), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAssistantResponseBodyList { "assistantId" => optional(assistant_id), "createdAt"
    => optional(created_at), "creatorUnionId" => optional(creator_union_id),
    "description" => optional(description), "icon" => optional(icon), "name" =>
    optional(name) }
}
/// `ListAssistantMessageResponseBodyData`: the same model as [`CreateAssistantMessageResponseBody`].
pub type ListAssistantMessageResponseBodyData = CreateAssistantMessageResponseBody;
/// `ListAssistantRunResponseBodyData`: the same model as [`CreateAssistantRunResponseBody`].
pub type ListAssistantRunResponseBodyData = CreateAssistantRunResponseBody;
/// `ListInstanceResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListInstanceResponseBodyResult {
    /// `description`.
    pub description: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `prototypeAssistantId`.
    pub prototype_assistant_id: Option<String>,
    /// `tenantAssistantId`.
    pub tenant_assistant_id: Option<String>,
}
rt::impl_deserialize! {
    ListInstanceResponseBodyResult { "description" => read_field(description), "icon" =>
    read_field(icon), "name" => read_field(name), "prototypeAssistantId" =>
    read_field(prototype_assistant_id), "tenantAssistantId" =>
    read_field(tenant_assistant_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListInstanceResponseBodyResult { "description" => optional(description), "icon" =>
    optional(icon), "name" => optional(name), "prototypeAssistantId" =>
    optional(prototype_assistant_id), "tenantAssistantId" =>
    optional(tenant_assistant_id) }
}
/// `ListVisibleAssistantResponseBodyList`: the same model as [`ListAssistantResponseBodyList`].
pub type ListVisibleAssistantResponseBodyList = ListAssistantResponseBodyList;
/// `LogListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LogListResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<LogListResponseBodyResultList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    LogListResponseBodyResult { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LogListResponseBodyResult { "hasMore" => optional(has_more), "list" =>
    optional(list), "totalCount" => optional(total_count) }
}
/// `PageListNewAICreditsUsageRecordResponseBodyDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageListNewAICreditsUsageRecordResponseBodyDataList {
    /// `abilityName`.
    pub ability_name: Option<String>,
    /// `aiCreditsUsedNum`.
    pub ai_credits_used_num: Option<String>,
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `isTimeFree`.
    pub is_time_free: Option<String>,
    /// `scenarioName`.
    pub scenario_name: Option<String>,
    /// `taskName`.
    pub task_name: Option<String>,
    /// `usageTime`.
    pub usage_time: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    PageListNewAICreditsUsageRecordResponseBodyDataList { "abilityName" =>
    read_field(ability_name), "aiCreditsUsedNum" => read_field(ai_credits_used_num),
    "bizId" => read_field(biz_id), "isTimeFree" => read_field(is_time_free),
    "scenarioName" => read_field(scenario_name), "taskName" => read_field(task_name),
    "usageTime" => read_field(usage_time), "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageListNewAICreditsUsageRecordResponseBodyDataList { "abilityName" =>
    optional(ability_name), "aiCreditsUsedNum" => optional(ai_credits_used_num), "bizId"
    => optional(biz_id), "isTimeFree" => optional(is_time_free), "scenarioName" =>
    optional(scenario_name), "taskName" => optional(task_name), "usageTime" =>
    optional(usage_time), "userName" => optional(user_name) }
}
/// `RetrieveAssistantScopeResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RetrieveAssistantScopeResponseBodyResult {
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `scopes`.
    pub scopes: Option<RetrieveAssistantScopeResponseBodyResultScopes>,
    /// `sharing`.
    pub sharing: Option<bool>,
}
rt::impl_deserialize! {
    RetrieveAssistantScopeResponseBodyResult { "assistantId" => read_field(assistant_id),
    "scopes" => read_field(scopes), "sharing" => read_field(sharing) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveAssistantScopeResponseBodyResult { "assistantId" => optional(assistant_id),
    "scopes" => optional(scopes), "sharing" => optional(sharing) }
}
/// `AssistantMeResponseResponseBodyOutputContent`, a model several operations share: also named [`AssistantResponseResponseBodyOutputContent`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AssistantMeResponseResponseBodyOutputContent {
    /// `annotations`.
    pub annotations: Option<Vec<rt::serde_json::Value>>,
    /// `text`.
    pub text: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    AssistantMeResponseResponseBodyOutputContent { "annotations" =>
    read_field(annotations), "text" => read_field(text), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AssistantMeResponseResponseBodyOutputContent { "annotations" =>
    optional(annotations), "text" => optional(text), "type" => optional(r#type) }
}
/// `AssistantResponseResponseBodyOutputContent`: the same model as [`AssistantMeResponseResponseBodyOutputContent`].
pub type AssistantResponseResponseBodyOutputContent = AssistantMeResponseResponseBodyOutputContent;
/// `GetAskDetailResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAskDetailResponseBodyResultList {
    /// `answer`.
    pub answer: Option<String>,
    /// `answerResult`.
    pub answer_result: Option<String>,
    /// `commentTags`.
    pub comment_tags: Option<Vec<String>>,
    /// `isMarkResolved`.
    pub is_mark_resolved: Option<bool>,
    /// `nick`.
    pub nick: Option<String>,
    /// `question`.
    pub question: Option<String>,
    /// `references`.
    pub references: Option<Vec<GetAskDetailResponseBodyResultListReferences>>,
    /// `time`.
    pub time: Option<i64>,
}
rt::impl_deserialize! {
    GetAskDetailResponseBodyResultList { "answer" => read_field(answer), "answerResult"
    => read_field(answer_result), "commentTags" => read_field(comment_tags),
    "isMarkResolved" => read_field(is_mark_resolved), "nick" => read_field(nick),
    "question" => read_field(question), "references" => read_field(references), "time" =>
    read_field(time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAskDetailResponseBodyResultList { "answer" => optional(answer), "answerResult" =>
    optional(answer_result), "commentTags" => optional(comment_tags), "isMarkResolved" =>
    optional(is_mark_resolved), "nick" => optional(nick), "question" =>
    optional(question), "references" => optional(references), "time" => optional(time) }
}
/// `LogListResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LogListResponseBodyResultList {
    /// `actionNames`.
    pub action_names: Option<String>,
    /// `customChannel`.
    pub custom_channel: Option<String>,
    /// `input`.
    pub input: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `output`.
    pub output: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `scene`.
    pub scene: Option<String>,
    /// `time`.
    pub time: Option<i64>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    LogListResponseBodyResultList { "actionNames" => read_field(action_names),
    "customChannel" => read_field(custom_channel), "input" => read_field(input), "name"
    => read_field(name), "output" => read_field(output), "result" => read_field(result),
    "scene" => read_field(scene), "time" => read_field(time), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LogListResponseBodyResultList { "actionNames" => optional(action_names),
    "customChannel" => optional(custom_channel), "input" => optional(input), "name" =>
    optional(name), "output" => optional(output), "result" => optional(result), "scene"
    => optional(scene), "time" => optional(time), "unionId" => optional(union_id),
    "userId" => optional(user_id) }
}
/// `RetrieveAssistantScopeResponseBodyResultScopes`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RetrieveAssistantScopeResponseBodyResultScopes {
    /// `deptVisibleScopes`.
    pub dept_visible_scopes: Option<Vec<String>>,
    /// `dynamicGroupScopes`.
    pub dynamic_group_scopes: Option<Vec<String>>,
    /// `isAdmin`.
    pub is_admin: Option<bool>,
    /// `roleVisibleScopes`.
    pub role_visible_scopes: Option<Vec<String>>,
    /// `userVisibleScopes`.
    pub user_visible_scopes: Option<Vec<String>>,
}
rt::impl_deserialize! {
    RetrieveAssistantScopeResponseBodyResultScopes { "deptVisibleScopes" =>
    read_field(dept_visible_scopes), "dynamicGroupScopes" =>
    read_field(dynamic_group_scopes), "isAdmin" => read_field(is_admin),
    "roleVisibleScopes" => read_field(role_visible_scopes), "userVisibleScopes" =>
    read_field(user_visible_scopes) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RetrieveAssistantScopeResponseBodyResultScopes { "deptVisibleScopes" =>
    optional(dept_visible_scopes), "dynamicGroupScopes" =>
    optional(dynamic_group_scopes), "isAdmin" => optional(is_admin), "roleVisibleScopes"
    => optional(role_visible_scopes), "userVisibleScopes" =>
    optional(user_visible_scopes) }
}
/// `GetAskDetailResponseBodyResultListReferences`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAskDetailResponseBodyResultListReferences {
    /// `name`.
    pub name: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetAskDetailResponseBodyResultListReferences { "name" => read_field(name), "url" =>
    read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAskDetailResponseBodyResultListReferences { "name" => optional(name), "url" =>
    optional(url) }
}
/// The request of [`Api::add_domain_words`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddDomainWordsRequest {
    /// `assistantId`.
    pub assistant_id: String,
    /// `domainWords`.
    pub domain_words: Vec<AddDomainWordsRequestDomainWords>,
}
/// The required fields of [`AddDomainWordsRequest`], each named where it is set: `AddDomainWordsRequest::new(AddDomainWordsRequired { .. })`.
pub struct AddDomainWordsRequired {
    /// `assistantId`: see [`AddDomainWordsRequest::assistant_id`].
    pub assistant_id: String,
    /// `domainWords`: see [`AddDomainWordsRequest::domain_words`].
    pub domain_words: Vec<AddDomainWordsRequestDomainWords>,
}
impl AddDomainWordsRequest {
    /// A `AddDomainWordsRequest` with its required fields (`assistantId`, `domainWords`); set the others with the methods named after them.
    pub fn new(required: AddDomainWordsRequired) -> Self {
        let AddDomainWordsRequired { assistant_id, domain_words } = required;
        Self { assistant_id, domain_words }
    }
}
rt::impl_serialize! {
    AddDomainWordsRequest { "assistantId" => field(assistant_id), "domainWords" =>
    field(domain_words) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddDomainWordsRequest { "assistantId" => read_field(assistant_id), "domainWords" =>
    read_field(domain_words) }
}
impl rt::WriteRequest for AddDomainWordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_to_org_skill_repository`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddToOrgSkillRepositoryRequest {
    /// `actionId`.
    pub action_id: String,
    /// `actionVersion`.
    pub action_version: String,
    /// `operatorUnionId`.
    pub operator_union_id: String,
}
/// The required fields of [`AddToOrgSkillRepositoryRequest`], each named where it is set: `AddToOrgSkillRepositoryRequest::new(AddToOrgSkillRepositoryRequired { .. })`.
pub struct AddToOrgSkillRepositoryRequired {
    /// `actionId`: see [`AddToOrgSkillRepositoryRequest::action_id`].
    pub action_id: String,
    /// `actionVersion`: see [`AddToOrgSkillRepositoryRequest::action_version`].
    pub action_version: String,
    /// `operatorUnionId`: see [`AddToOrgSkillRepositoryRequest::operator_union_id`].
    pub operator_union_id: String,
}
impl AddToOrgSkillRepositoryRequest {
    /// A `AddToOrgSkillRepositoryRequest` with its required fields (`actionId`, `actionVersion`, `operatorUnionId`); set the others with the methods named after them.
    pub fn new(required: AddToOrgSkillRepositoryRequired) -> Self {
        let AddToOrgSkillRepositoryRequired {
            action_id,
            action_version,
            operator_union_id,
        } = required;
        Self {
            action_id,
            action_version,
            operator_union_id,
        }
    }
}
rt::impl_serialize! {
    AddToOrgSkillRepositoryRequest { "actionId" => field(action_id), "actionVersion" =>
    field(action_version), "operatorUnionId" => field(operator_union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddToOrgSkillRepositoryRequest { "actionId" => read_field(action_id), "actionVersion"
    => read_field(action_version), "operatorUnionId" => read_field(operator_union_id) }
}
impl rt::WriteRequest for AddToOrgSkillRepositoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::assistant_me_response`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AssistantMeResponseRequest {
    /// `input`.
    pub input: String,
    /// `instructions`.
    pub instructions: Option<String>,
    /// `metadata`.
    pub metadata: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `stream`.
    pub stream: Option<bool>,
}
/// The required fields of [`AssistantMeResponseRequest`], each named where it is set: `AssistantMeResponseRequest::new(AssistantMeResponseRequired { .. })`.
pub struct AssistantMeResponseRequired {
    /// `input`: see [`AssistantMeResponseRequest::input`].
    pub input: String,
}
impl AssistantMeResponseRequest {
    /// A `AssistantMeResponseRequest` with its required fields (`input`); set the others with the methods named after them.
    pub fn new(required: AssistantMeResponseRequired) -> Self {
        let AssistantMeResponseRequired { input } = required;
        Self {
            input,
            instructions: None,
            metadata: None,
            stream: None,
        }
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.metadata = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: bool) -> Self {
        self.stream = Some(value);
        self
    }
}
rt::impl_serialize! {
    AssistantMeResponseRequest { "input" => field(input), "instructions" =>
    optional(instructions), "metadata" => optional(metadata), "stream" =>
    optional(stream) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AssistantMeResponseRequest { "input" => read_field(input), "instructions" =>
    read_field(instructions), "metadata" => read_field(metadata), "stream" =>
    read_field(stream) }
}
impl rt::WriteRequest for AssistantMeResponseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::assistant_response`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AssistantResponseRequest {
    /// `input`.
    pub input: String,
    /// `instructions`.
    pub instructions: Option<String>,
    /// `metadata`.
    pub metadata: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `stream`.
    pub stream: Option<bool>,
}
/// The required fields of [`AssistantResponseRequest`], each named where it is set: `AssistantResponseRequest::new(AssistantResponseRequired { .. })`.
pub struct AssistantResponseRequired {
    /// `input`: see [`AssistantResponseRequest::input`].
    pub input: String,
}
impl AssistantResponseRequest {
    /// A `AssistantResponseRequest` with its required fields (`input`); set the others with the methods named after them.
    pub fn new(required: AssistantResponseRequired) -> Self {
        let AssistantResponseRequired { input } = required;
        Self {
            input,
            instructions: None,
            metadata: None,
            stream: None,
        }
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.metadata = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: bool) -> Self {
        self.stream = Some(value);
        self
    }
}
rt::impl_serialize! {
    AssistantResponseRequest { "input" => field(input), "instructions" =>
    optional(instructions), "metadata" => optional(metadata), "stream" =>
    optional(stream) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AssistantResponseRequest { "input" => read_field(input), "instructions" =>
    read_field(instructions), "metadata" => read_field(metadata), "stream" =>
    read_field(stream) }
}
impl rt::WriteRequest for AssistantResponseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_get_ai_credits_record`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetAICreditsRecordRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: Option<String>,
    /// `endTime`: a query parameter.
    pub end_time: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `startTime`: a query parameter.
    pub start_time: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
}
impl BatchGetAICreditsRecordRequest {
    /// An empty `BatchGetAICreditsRecordRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `assistantId`.
    pub fn assistant_id(mut self, value: impl Into<String>) -> Self {
        self.assistant_id = Some(value.into());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchGetAICreditsRecordRequest { "assistantId" => read_field(assistant_id), "endTime"
    => read_field(end_time), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "startTime" => read_field(start_time), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for BatchGetAICreditsRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("assistantId", &self.assistant_id);
        writer.query("endTime", &self.end_time);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("startTime", &self.start_time);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::create_assistant`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateAssistantRequest {
    /// `description`.
    pub description: String,
    /// `icon`.
    pub icon: String,
    /// `instructions`.
    pub instructions: String,
    /// `name`.
    pub name: String,
    /// `operatorUnionId`.
    pub operator_union_id: String,
    /// `recommendPrompts`.
    pub recommend_prompts: Option<Vec<String>>,
    /// `welcomeContent`.
    pub welcome_content: String,
}
/// The required fields of [`CreateAssistantRequest`], each named where it is set: `CreateAssistantRequest::new(CreateAssistantRequired { .. })`.
pub struct CreateAssistantRequired {
    /// `description`: see [`CreateAssistantRequest::description`].
    pub description: String,
    /// `icon`: see [`CreateAssistantRequest::icon`].
    pub icon: String,
    /// `instructions`: see [`CreateAssistantRequest::instructions`].
    pub instructions: String,
    /// `name`: see [`CreateAssistantRequest::name`].
    pub name: String,
    /// `operatorUnionId`: see [`CreateAssistantRequest::operator_union_id`].
    pub operator_union_id: String,
    /// `welcomeContent`: see [`CreateAssistantRequest::welcome_content`].
    pub welcome_content: String,
}
impl CreateAssistantRequest {
    /// A `CreateAssistantRequest` with its required fields (`description`, `icon`, `instructions`, `name`, `operatorUnionId`, `welcomeContent`); set the others with the methods named after them.
    pub fn new(required: CreateAssistantRequired) -> Self {
        let CreateAssistantRequired {
            description,
            icon,
            instructions,
            name,
            operator_union_id,
            welcome_content,
        } = required;
        Self {
            description,
            icon,
            instructions,
            name,
            operator_union_id,
            recommend_prompts: None,
            welcome_content,
        }
    }
    /// Sets `recommendPrompts`.
    pub fn recommend_prompts(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.recommend_prompts = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    CreateAssistantRequest { "description" => field(description), "icon" => field(icon),
    "instructions" => field(instructions), "name" => field(name), "operatorUnionId" =>
    field(operator_union_id), "recommendPrompts" => optional(recommend_prompts),
    "welcomeContent" => field(welcome_content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAssistantRequest { "description" => read_field(description), "icon" =>
    read_field(icon), "instructions" => read_field(instructions), "name" =>
    read_field(name), "operatorUnionId" => read_field(operator_union_id),
    "recommendPrompts" => read_field(recommend_prompts), "welcomeContent" =>
    read_field(welcome_content) }
}
impl rt::WriteRequest for CreateAssistantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_assistant_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateAssistantMessageRequest {
    /// `content`.
    pub content: String,
    /// `extension`.
    pub extension: Option<rt::BTreeMap<String, String>>,
    /// `metadata`.
    pub metadata: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `role`.
    pub role: String,
}
/// The required fields of [`CreateAssistantMessageRequest`], each named where it is set: `CreateAssistantMessageRequest::new(CreateAssistantMessageRequired { .. })`.
pub struct CreateAssistantMessageRequired {
    /// `content`: see [`CreateAssistantMessageRequest::content`].
    pub content: String,
    /// `role`: see [`CreateAssistantMessageRequest::role`].
    pub role: String,
}
impl CreateAssistantMessageRequest {
    /// A `CreateAssistantMessageRequest` with its required fields (`content`, `role`); set the others with the methods named after them.
    pub fn new(required: CreateAssistantMessageRequired) -> Self {
        let CreateAssistantMessageRequired { content, role } = required;
        Self {
            content,
            extension: None,
            metadata: None,
            role,
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
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.metadata = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    CreateAssistantMessageRequest { "content" => field(content), "extension" =>
    optional(extension), "metadata" => optional(metadata), "role" => field(role) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAssistantMessageRequest { "content" => read_field(content), "extension" =>
    read_field(extension), "metadata" => read_field(metadata), "role" => read_field(role)
    }
}
impl rt::WriteRequest for CreateAssistantMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_assistant_run`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateAssistantRunRequest {
    /// `assistantId`.
    pub assistant_id: String,
    /// `instructions`.
    pub instructions: Option<String>,
    /// `metadata`.
    pub metadata: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `stream`.
    pub stream: Option<bool>,
}
/// The required fields of [`CreateAssistantRunRequest`], each named where it is set: `CreateAssistantRunRequest::new(CreateAssistantRunRequired { .. })`.
pub struct CreateAssistantRunRequired {
    /// `assistantId`: see [`CreateAssistantRunRequest::assistant_id`].
    pub assistant_id: String,
}
impl CreateAssistantRunRequest {
    /// A `CreateAssistantRunRequest` with its required fields (`assistantId`); set the others with the methods named after them.
    pub fn new(required: CreateAssistantRunRequired) -> Self {
        let CreateAssistantRunRequired { assistant_id } = required;
        Self {
            assistant_id,
            instructions: None,
            metadata: None,
            stream: None,
        }
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.metadata = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: bool) -> Self {
        self.stream = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateAssistantRunRequest { "assistantId" => field(assistant_id), "instructions" =>
    optional(instructions), "metadata" => optional(metadata), "stream" =>
    optional(stream) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAssistantRunRequest { "assistantId" => read_field(assistant_id), "instructions"
    => read_field(instructions), "metadata" => read_field(metadata), "stream" =>
    read_field(stream) }
}
impl rt::WriteRequest for CreateAssistantRunRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_assistant_thread`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateAssistantThreadRequest {
    /// `metadata`.
    pub metadata: Option<rt::BTreeMap<String, String>>,
}
impl CreateAssistantThreadRequest {
    /// An empty `CreateAssistantThreadRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `metadata`.
    pub fn metadata(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.metadata = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    CreateAssistantThreadRequest { "metadata" => optional(metadata) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAssistantThreadRequest { "metadata" => read_field(metadata) }
}
impl rt::WriteRequest for CreateAssistantThreadRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_assistant`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteAssistantRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: String,
    /// `operatorUnionId`: a query parameter.
    pub operator_union_id: String,
}
/// The required fields of [`DeleteAssistantRequest`], each named where it is set: `DeleteAssistantRequest::new(DeleteAssistantRequired { .. })`.
pub struct DeleteAssistantRequired {
    /// `assistantId`: see [`DeleteAssistantRequest::assistant_id`].
    pub assistant_id: String,
    /// `operatorUnionId`: see [`DeleteAssistantRequest::operator_union_id`].
    pub operator_union_id: String,
}
impl DeleteAssistantRequest {
    /// A `DeleteAssistantRequest` with its required fields (`assistantId`, `operatorUnionId`); set the others with the methods named after them.
    pub fn new(required: DeleteAssistantRequired) -> Self {
        let DeleteAssistantRequired { assistant_id, operator_union_id } = required;
        Self {
            assistant_id,
            operator_union_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteAssistantRequest { "assistantId" => read_field(assistant_id), "operatorUnionId"
    => read_field(operator_union_id) }
}
impl rt::WriteRequest for DeleteAssistantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("assistantId", &self.assistant_id);
        writer.query("operatorUnionId", &self.operator_union_id);
    }
}
/// The request of [`Api::delete_domain_words`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteDomainWordsRequest {
    /// `assistantId`.
    pub assistant_id: String,
    /// `domainWords`.
    pub domain_words: Vec<DeleteDomainWordsRequestDomainWords>,
}
/// The required fields of [`DeleteDomainWordsRequest`], each named where it is set: `DeleteDomainWordsRequest::new(DeleteDomainWordsRequired { .. })`.
pub struct DeleteDomainWordsRequired {
    /// `assistantId`: see [`DeleteDomainWordsRequest::assistant_id`].
    pub assistant_id: String,
    /// `domainWords`: see [`DeleteDomainWordsRequest::domain_words`].
    pub domain_words: Vec<DeleteDomainWordsRequestDomainWords>,
}
impl DeleteDomainWordsRequest {
    /// A `DeleteDomainWordsRequest` with its required fields (`assistantId`, `domainWords`); set the others with the methods named after them.
    pub fn new(required: DeleteDomainWordsRequired) -> Self {
        let DeleteDomainWordsRequired { assistant_id, domain_words } = required;
        Self { assistant_id, domain_words }
    }
}
rt::impl_serialize! {
    DeleteDomainWordsRequest { "assistantId" => field(assistant_id), "domainWords" =>
    field(domain_words) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteDomainWordsRequest { "assistantId" => read_field(assistant_id), "domainWords"
    => read_field(domain_words) }
}
impl rt::WriteRequest for DeleteDomainWordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_knowledge`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteKnowledgeRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: String,
    /// `studyId`: a query parameter.
    pub study_id: String,
}
/// The required fields of [`DeleteKnowledgeRequest`], each named where it is set: `DeleteKnowledgeRequest::new(DeleteKnowledgeRequired { .. })`.
pub struct DeleteKnowledgeRequired {
    /// `assistantId`: see [`DeleteKnowledgeRequest::assistant_id`].
    pub assistant_id: String,
    /// `studyId`: see [`DeleteKnowledgeRequest::study_id`].
    pub study_id: String,
}
impl DeleteKnowledgeRequest {
    /// A `DeleteKnowledgeRequest` with its required fields (`assistantId`, `studyId`); set the others with the methods named after them.
    pub fn new(required: DeleteKnowledgeRequired) -> Self {
        let DeleteKnowledgeRequired { assistant_id, study_id } = required;
        Self { assistant_id, study_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteKnowledgeRequest { "assistantId" => read_field(assistant_id), "studyId" =>
    read_field(study_id) }
}
impl rt::WriteRequest for DeleteKnowledgeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("assistantId", &self.assistant_id);
        writer.query("studyId", &self.study_id);
    }
}
/// The request of [`Api::deploy_assistant`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeployAssistantRequest {
    /// `action`.
    pub action: Option<DeployAssistantRequestAction>,
    /// `aiAssistantId`.
    pub ai_assistant_id: Option<String>,
    /// `appScopes`.
    pub app_scopes: Option<DeployAssistantRequestAppScopes>,
    /// `description`.
    pub description: Option<String>,
    /// `fallback`.
    pub fallback: Option<DeployAssistantRequestFallback>,
    /// `icon`.
    pub icon: Option<String>,
    /// `instructions`.
    pub instructions: Option<String>,
    /// `isPublic`.
    pub is_public: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `operateUserId`.
    pub operate_user_id: Option<String>,
    /// `recommendPrompts`.
    pub recommend_prompts: Option<Vec<String>>,
    /// `shareRecipient`.
    pub share_recipient: Option<String>,
    /// `toneStyle`.
    pub tone_style: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
    /// `welcomeContent`.
    pub welcome_content: Option<String>,
    /// `welcomeTitle`.
    pub welcome_title: Option<String>,
}
impl DeployAssistantRequest {
    /// An empty `DeployAssistantRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `action`.
    pub fn action(mut self, value: DeployAssistantRequestAction) -> Self {
        self.action = Some(value);
        self
    }
    /// Sets `aiAssistantId`.
    pub fn ai_assistant_id(mut self, value: impl Into<String>) -> Self {
        self.ai_assistant_id = Some(value.into());
        self
    }
    /// Sets `appScopes`.
    pub fn app_scopes(mut self, value: DeployAssistantRequestAppScopes) -> Self {
        self.app_scopes = Some(value);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `fallback`.
    pub fn fallback(mut self, value: DeployAssistantRequestFallback) -> Self {
        self.fallback = Some(value);
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `isPublic`.
    pub fn is_public(mut self, value: i64) -> Self {
        self.is_public = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `operateUserId`.
    pub fn operate_user_id(mut self, value: impl Into<String>) -> Self {
        self.operate_user_id = Some(value.into());
        self
    }
    /// Sets `recommendPrompts`.
    pub fn recommend_prompts(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.recommend_prompts = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `shareRecipient`.
    pub fn share_recipient(mut self, value: impl Into<String>) -> Self {
        self.share_recipient = Some(value.into());
        self
    }
    /// Sets `toneStyle`.
    pub fn tone_style(mut self, value: impl Into<String>) -> Self {
        self.tone_style = Some(value.into());
        self
    }
    /// Sets `uuid`.
    pub fn uuid(mut self, value: impl Into<String>) -> Self {
        self.uuid = Some(value.into());
        self
    }
    /// Sets `welcomeContent`.
    pub fn welcome_content(mut self, value: impl Into<String>) -> Self {
        self.welcome_content = Some(value.into());
        self
    }
    /// Sets `welcomeTitle`.
    pub fn welcome_title(mut self, value: impl Into<String>) -> Self {
        self.welcome_title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeployAssistantRequest { "action" => optional(action), "aiAssistantId" =>
    optional(ai_assistant_id), "appScopes" => optional(app_scopes), "description" =>
    optional(description), "fallback" => optional(fallback), "icon" => optional(icon),
    "instructions" => optional(instructions), "isPublic" => optional(is_public), "name"
    => optional(name), "operateUserId" => optional(operate_user_id), "recommendPrompts"
    => optional(recommend_prompts), "shareRecipient" => optional(share_recipient),
    "toneStyle" => optional(tone_style), "uuid" => optional(uuid), "welcomeContent" =>
    optional(welcome_content), "welcomeTitle" => optional(welcome_title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeployAssistantRequest { "action" => read_field(action), "aiAssistantId" =>
    read_field(ai_assistant_id), "appScopes" => read_field(app_scopes), "description" =>
    read_field(description), "fallback" => read_field(fallback), "icon" =>
    read_field(icon), "instructions" => read_field(instructions), "isPublic" =>
    read_field(is_public), "name" => read_field(name), "operateUserId" =>
    read_field(operate_user_id), "recommendPrompts" => read_field(recommend_prompts),
    "shareRecipient" => read_field(share_recipient), "toneStyle" =>
    read_field(tone_style), "uuid" => read_field(uuid), "welcomeContent" =>
    read_field(welcome_content), "welcomeTitle" => read_field(welcome_title) }
}
impl rt::WriteRequest for DeployAssistantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_ask_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAskDetailRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: String,
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
    /// `offset`: a query parameter.
    pub offset: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
}
/// The required fields of [`GetAskDetailRequest`], each named where it is set: `GetAskDetailRequest::new(GetAskDetailRequired { .. })`.
pub struct GetAskDetailRequired {
    /// `assistantId`: see [`GetAskDetailRequest::assistant_id`].
    pub assistant_id: String,
    /// `offset`: see [`GetAskDetailRequest::offset`].
    pub offset: i64,
    /// `pageSize`: see [`GetAskDetailRequest::page_size`].
    pub page_size: i64,
}
impl GetAskDetailRequest {
    /// A `GetAskDetailRequest` with its required fields (`assistantId`, `offset`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: GetAskDetailRequired) -> Self {
        let GetAskDetailRequired { assistant_id, offset, page_size } = required;
        Self {
            assistant_id,
            end_time: None,
            offset,
            page_size,
            start_time: None,
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAskDetailRequest { "assistantId" => read_field(assistant_id), "endTime" =>
    read_field(end_time), "offset" => read_field(offset), "pageSize" =>
    read_field(page_size), "startTime" => read_field(start_time) }
}
impl rt::WriteRequest for GetAskDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("assistantId", &self.assistant_id);
        writer.query("endTime", &self.end_time);
        writer.query("offset", &self.offset);
        writer.query("pageSize", &self.page_size);
        writer.query("startTime", &self.start_time);
    }
}
/// The request of [`Api::get_assistant_action_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAssistantActionInfoRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: String,
}
/// The required fields of [`GetAssistantActionInfoRequest`], each named where it is set: `GetAssistantActionInfoRequest::new(GetAssistantActionInfoRequired { .. })`.
pub struct GetAssistantActionInfoRequired {
    /// `assistantId`: see [`GetAssistantActionInfoRequest::assistant_id`].
    pub assistant_id: String,
}
impl GetAssistantActionInfoRequest {
    /// A `GetAssistantActionInfoRequest` with its required fields (`assistantId`); set the others with the methods named after them.
    pub fn new(required: GetAssistantActionInfoRequired) -> Self {
        let GetAssistantActionInfoRequired { assistant_id } = required;
        Self { assistant_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetAssistantActionInfoRequest { "assistantId" => read_field(assistant_id) }
}
impl rt::WriteRequest for GetAssistantActionInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("assistantId", &self.assistant_id);
    }
}
/// The request of [`Api::get_domain_words`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDomainWordsRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: String,
}
/// The required fields of [`GetDomainWordsRequest`], each named where it is set: `GetDomainWordsRequest::new(GetDomainWordsRequired { .. })`.
pub struct GetDomainWordsRequired {
    /// `assistantId`: see [`GetDomainWordsRequest::assistant_id`].
    pub assistant_id: String,
}
impl GetDomainWordsRequest {
    /// A `GetDomainWordsRequest` with its required fields (`assistantId`); set the others with the methods named after them.
    pub fn new(required: GetDomainWordsRequired) -> Self {
        let GetDomainWordsRequired { assistant_id } = required;
        Self { assistant_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDomainWordsRequest { "assistantId" => read_field(assistant_id) }
}
impl rt::WriteRequest for GetDomainWordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("assistantId", &self.assistant_id);
    }
}
/// The request of [`Api::get_knowledge_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetKnowledgeListRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: Option<String>,
}
impl GetKnowledgeListRequest {
    /// An empty `GetKnowledgeListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `assistantId`.
    pub fn assistant_id(mut self, value: impl Into<String>) -> Self {
        self.assistant_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetKnowledgeListRequest { "assistantId" => read_field(assistant_id) }
}
impl rt::WriteRequest for GetKnowledgeListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("assistantId", &self.assistant_id);
    }
}
/// The request of [`Api::install_assistant`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct InstallAssistantRequest {
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `isAllOrgMemberVisible`.
    pub is_all_org_member_visible: Option<bool>,
}
impl InstallAssistantRequest {
    /// An empty `InstallAssistantRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `assistantId`.
    pub fn assistant_id(mut self, value: impl Into<String>) -> Self {
        self.assistant_id = Some(value.into());
        self
    }
    /// Sets `isAllOrgMemberVisible`.
    pub fn is_all_org_member_visible(mut self, value: bool) -> Self {
        self.is_all_org_member_visible = Some(value);
        self
    }
}
rt::impl_serialize! {
    InstallAssistantRequest { "assistantId" => optional(assistant_id),
    "isAllOrgMemberVisible" => optional(is_all_org_member_visible) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    InstallAssistantRequest { "assistantId" => read_field(assistant_id),
    "isAllOrgMemberVisible" => read_field(is_all_org_member_visible) }
}
impl rt::WriteRequest for InstallAssistantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::learn_knowledge`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LearnKnowledgeRequest {
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `docUrl`.
    pub doc_url: Option<String>,
}
impl LearnKnowledgeRequest {
    /// An empty `LearnKnowledgeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `assistantId`.
    pub fn assistant_id(mut self, value: impl Into<String>) -> Self {
        self.assistant_id = Some(value.into());
        self
    }
    /// Sets `docUrl`.
    pub fn doc_url(mut self, value: impl Into<String>) -> Self {
        self.doc_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    LearnKnowledgeRequest { "assistantId" => optional(assistant_id), "docUrl" =>
    optional(doc_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LearnKnowledgeRequest { "assistantId" => read_field(assistant_id), "docUrl" =>
    read_field(doc_url) }
}
impl rt::WriteRequest for LearnKnowledgeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_assistant`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListAssistantRequest {
    /// `cursor`: a query parameter.
    pub cursor: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`ListAssistantRequest`], each named where it is set: `ListAssistantRequest::new(ListAssistantRequired { .. })`.
pub struct ListAssistantRequired {
    /// `pageSize`: see [`ListAssistantRequest::page_size`].
    pub page_size: i64,
    /// `unionId`: see [`ListAssistantRequest::union_id`].
    pub union_id: String,
}
impl ListAssistantRequest {
    /// A `ListAssistantRequest` with its required fields (`pageSize`, `unionId`); set the others with the methods named after them.
    pub fn new(required: ListAssistantRequired) -> Self {
        let ListAssistantRequired { page_size, union_id } = required;
        Self {
            cursor: None,
            page_size,
            union_id,
        }
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListAssistantRequest { "cursor" => read_field(cursor), "pageSize" =>
    read_field(page_size), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for ListAssistantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("cursor", &self.cursor);
        writer.query("pageSize", &self.page_size);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::list_assistant_message`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAssistantMessageRequest {
    /// `limit`: a query parameter.
    pub limit: Option<i64>,
    /// `order`: a query parameter.
    pub order: Option<String>,
    /// `runId`: a query parameter.
    pub run_id: Option<String>,
}
impl ListAssistantMessageRequest {
    /// An empty `ListAssistantMessageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<String>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `runId`.
    pub fn run_id(mut self, value: impl Into<String>) -> Self {
        self.run_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListAssistantMessageRequest { "limit" => read_field(limit), "order" =>
    read_field(order), "runId" => read_field(run_id) }
}
impl rt::WriteRequest for ListAssistantMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("limit", &self.limit);
        writer.query("order", &self.order);
        writer.query("runId", &self.run_id);
    }
}
/// The request of [`Api::list_assistant_run`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAssistantRunRequest {
    /// `limit`: a query parameter.
    pub limit: Option<i64>,
    /// `order`: a query parameter.
    pub order: Option<String>,
}
impl ListAssistantRunRequest {
    /// An empty `ListAssistantRunRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `limit`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<String>) -> Self {
        self.order = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListAssistantRunRequest { "limit" => read_field(limit), "order" => read_field(order)
    }
}
impl rt::WriteRequest for ListAssistantRunRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("limit", &self.limit);
        writer.query("order", &self.order);
    }
}
/// The request of [`Api::list_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListInstanceRequest {
    /// `prototypeAssistantId`: a query parameter.
    pub prototype_assistant_id: String,
}
/// The required fields of [`ListInstanceRequest`], each named where it is set: `ListInstanceRequest::new(ListInstanceRequired { .. })`.
pub struct ListInstanceRequired {
    /// `prototypeAssistantId`: see [`ListInstanceRequest::prototype_assistant_id`].
    pub prototype_assistant_id: String,
}
impl ListInstanceRequest {
    /// A `ListInstanceRequest` with its required fields (`prototypeAssistantId`); set the others with the methods named after them.
    pub fn new(required: ListInstanceRequired) -> Self {
        let ListInstanceRequired { prototype_assistant_id } = required;
        Self { prototype_assistant_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListInstanceRequest { "prototypeAssistantId" => read_field(prototype_assistant_id) }
}
impl rt::WriteRequest for ListInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("prototypeAssistantId", &self.prototype_assistant_id);
    }
}
/// The request of [`Api::list_visible_assistant`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListVisibleAssistantRequest {
    /// `cursor`: a query parameter.
    pub cursor: Option<i64>,
    /// `name`: a query parameter.
    pub name: Option<String>,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`ListVisibleAssistantRequest`], each named where it is set: `ListVisibleAssistantRequest::new(ListVisibleAssistantRequired { .. })`.
pub struct ListVisibleAssistantRequired {
    /// `pageSize`: see [`ListVisibleAssistantRequest::page_size`].
    pub page_size: i64,
    /// `unionId`: see [`ListVisibleAssistantRequest::union_id`].
    pub union_id: String,
}
impl ListVisibleAssistantRequest {
    /// A `ListVisibleAssistantRequest` with its required fields (`pageSize`, `unionId`); set the others with the methods named after them.
    pub fn new(required: ListVisibleAssistantRequired) -> Self {
        let ListVisibleAssistantRequired { page_size, union_id } = required;
        Self {
            cursor: None,
            name: None,
            page_size,
            union_id,
        }
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListVisibleAssistantRequest { "cursor" => read_field(cursor), "name" =>
    read_field(name), "pageSize" => read_field(page_size), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for ListVisibleAssistantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("cursor", &self.cursor);
        writer.query("name", &self.name);
        writer.query("pageSize", &self.page_size);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::log_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct LogListRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: String,
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
}
/// The required fields of [`LogListRequest`], each named where it is set: `LogListRequest::new(LogListRequired { .. })`.
pub struct LogListRequired {
    /// `assistantId`: see [`LogListRequest::assistant_id`].
    pub assistant_id: String,
}
impl LogListRequest {
    /// A `LogListRequest` with its required fields (`assistantId`); set the others with the methods named after them.
    pub fn new(required: LogListRequired) -> Self {
        let LogListRequired { assistant_id } = required;
        Self {
            assistant_id,
            end_time: None,
            page_number: None,
            page_size: None,
            start_time: None,
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LogListRequest { "assistantId" => read_field(assistant_id), "endTime" =>
    read_field(end_time), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "startTime" => read_field(start_time) }
}
impl rt::WriteRequest for LogListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("assistantId", &self.assistant_id);
        writer.query("endTime", &self.end_time);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("startTime", &self.start_time);
    }
}
/// The request of [`Api::page_list_new_ai_credits_usage_record`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageListNewAICreditsUsageRecordRequest {
    /// `endTime`: a query parameter.
    pub end_time: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `scenarioName`: a query parameter.
    pub scenario_name: Option<String>,
    /// `startTime`: a query parameter.
    pub start_time: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
    /// `userName`: a query parameter.
    pub user_name: Option<String>,
}
impl PageListNewAICreditsUsageRecordRequest {
    /// An empty `PageListNewAICreditsUsageRecordRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `scenarioName`.
    pub fn scenario_name(mut self, value: impl Into<String>) -> Self {
        self.scenario_name = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `userName`.
    pub fn user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PageListNewAICreditsUsageRecordRequest { "endTime" => read_field(end_time),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "scenarioName" => read_field(scenario_name), "startTime" => read_field(start_time),
    "userId" => read_field(user_id), "userName" => read_field(user_name) }
}
impl rt::WriteRequest for PageListNewAICreditsUsageRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("scenarioName", &self.scenario_name);
        writer.query("startTime", &self.start_time);
        writer.query("userId", &self.user_id);
        writer.query("userName", &self.user_name);
    }
}
/// The request of [`Api::relearn_knowledge`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RelearnKnowledgeRequest {
    /// `assistantId`.
    pub assistant_id: String,
}
/// The required fields of [`RelearnKnowledgeRequest`], each named where it is set: `RelearnKnowledgeRequest::new(RelearnKnowledgeRequired { .. })`.
pub struct RelearnKnowledgeRequired {
    /// `assistantId`: see [`RelearnKnowledgeRequest::assistant_id`].
    pub assistant_id: String,
}
impl RelearnKnowledgeRequest {
    /// A `RelearnKnowledgeRequest` with its required fields (`assistantId`); set the others with the methods named after them.
    pub fn new(required: RelearnKnowledgeRequired) -> Self {
        let RelearnKnowledgeRequired { assistant_id } = required;
        Self { assistant_id }
    }
}
rt::impl_serialize! {
    RelearnKnowledgeRequest { "assistantId" => field(assistant_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RelearnKnowledgeRequest { "assistantId" => read_field(assistant_id) }
}
impl rt::WriteRequest for RelearnKnowledgeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_assistant`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RemoveAssistantRequest {
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `operatorUnionId`.
    pub operator_union_id: Option<String>,
}
impl RemoveAssistantRequest {
    /// An empty `RemoveAssistantRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `assistantId`.
    pub fn assistant_id(mut self, value: impl Into<String>) -> Self {
        self.assistant_id = Some(value.into());
        self
    }
    /// Sets `operatorUnionId`.
    pub fn operator_union_id(mut self, value: impl Into<String>) -> Self {
        self.operator_union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    RemoveAssistantRequest { "assistantId" => optional(assistant_id), "operatorUnionId"
    => optional(operator_union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveAssistantRequest { "assistantId" => read_field(assistant_id), "operatorUnionId"
    => read_field(operator_union_id) }
}
impl rt::WriteRequest for RemoveAssistantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_from_org_skill_repository`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemoveFromOrgSkillRepositoryRequest {
    /// `actionId`: a query parameter.
    pub action_id: String,
    /// `operatorUnionId`: a query parameter.
    pub operator_union_id: String,
}
/// The required fields of [`RemoveFromOrgSkillRepositoryRequest`], each named where it is set: `RemoveFromOrgSkillRepositoryRequest::new(RemoveFromOrgSkillRepositoryRequired { .. })`.
pub struct RemoveFromOrgSkillRepositoryRequired {
    /// `actionId`: see [`RemoveFromOrgSkillRepositoryRequest::action_id`].
    pub action_id: String,
    /// `operatorUnionId`: see [`RemoveFromOrgSkillRepositoryRequest::operator_union_id`].
    pub operator_union_id: String,
}
impl RemoveFromOrgSkillRepositoryRequest {
    /// A `RemoveFromOrgSkillRepositoryRequest` with its required fields (`actionId`, `operatorUnionId`); set the others with the methods named after them.
    pub fn new(required: RemoveFromOrgSkillRepositoryRequired) -> Self {
        let RemoveFromOrgSkillRepositoryRequired { action_id, operator_union_id } = required;
        Self {
            action_id,
            operator_union_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemoveFromOrgSkillRepositoryRequest { "actionId" => read_field(action_id),
    "operatorUnionId" => read_field(operator_union_id) }
}
impl rt::WriteRequest for RemoveFromOrgSkillRepositoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("actionId", &self.action_id);
        writer.query("operatorUnionId", &self.operator_union_id);
    }
}
/// The request of [`Api::retrieve_assistant_basic_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RetrieveAssistantBasicInfoRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`RetrieveAssistantBasicInfoRequest`], each named where it is set: `RetrieveAssistantBasicInfoRequest::new(RetrieveAssistantBasicInfoRequired { .. })`.
pub struct RetrieveAssistantBasicInfoRequired {
    /// `assistantId`: see [`RetrieveAssistantBasicInfoRequest::assistant_id`].
    pub assistant_id: String,
    /// `unionId`: see [`RetrieveAssistantBasicInfoRequest::union_id`].
    pub union_id: String,
}
impl RetrieveAssistantBasicInfoRequest {
    /// A `RetrieveAssistantBasicInfoRequest` with its required fields (`assistantId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: RetrieveAssistantBasicInfoRequired) -> Self {
        let RetrieveAssistantBasicInfoRequired { assistant_id, union_id } = required;
        Self { assistant_id, union_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RetrieveAssistantBasicInfoRequest { "assistantId" => read_field(assistant_id),
    "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for RetrieveAssistantBasicInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("assistantId", &self.assistant_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::retrieve_assistant_scope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RetrieveAssistantScopeRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: String,
}
/// The required fields of [`RetrieveAssistantScopeRequest`], each named where it is set: `RetrieveAssistantScopeRequest::new(RetrieveAssistantScopeRequired { .. })`.
pub struct RetrieveAssistantScopeRequired {
    /// `assistantId`: see [`RetrieveAssistantScopeRequest::assistant_id`].
    pub assistant_id: String,
}
impl RetrieveAssistantScopeRequest {
    /// A `RetrieveAssistantScopeRequest` with its required fields (`assistantId`); set the others with the methods named after them.
    pub fn new(required: RetrieveAssistantScopeRequired) -> Self {
        let RetrieveAssistantScopeRequired { assistant_id } = required;
        Self { assistant_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RetrieveAssistantScopeRequest { "assistantId" => read_field(assistant_id) }
}
impl rt::WriteRequest for RetrieveAssistantScopeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("assistantId", &self.assistant_id);
    }
}
/// The request of [`Api::update_assistant_basic_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateAssistantBasicInfoRequest {
    /// `assistantId`.
    pub assistant_id: String,
    /// `description`.
    pub description: Option<String>,
    /// `fallbackContent`.
    pub fallback_content: Option<String>,
    /// `icon`.
    pub icon: Option<String>,
    /// `instructions`.
    pub instructions: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `operatorUnionId`.
    pub operator_union_id: String,
    /// `recommendPrompts`.
    pub recommend_prompts: Option<Vec<String>>,
    /// `welcomeContent`.
    pub welcome_content: Option<String>,
}
/// The required fields of [`UpdateAssistantBasicInfoRequest`], each named where it is set: `UpdateAssistantBasicInfoRequest::new(UpdateAssistantBasicInfoRequired { .. })`.
pub struct UpdateAssistantBasicInfoRequired {
    /// `assistantId`: see [`UpdateAssistantBasicInfoRequest::assistant_id`].
    pub assistant_id: String,
    /// `operatorUnionId`: see [`UpdateAssistantBasicInfoRequest::operator_union_id`].
    pub operator_union_id: String,
}
impl UpdateAssistantBasicInfoRequest {
    /// A `UpdateAssistantBasicInfoRequest` with its required fields (`assistantId`, `operatorUnionId`); set the others with the methods named after them.
    pub fn new(required: UpdateAssistantBasicInfoRequired) -> Self {
        let UpdateAssistantBasicInfoRequired { assistant_id, operator_union_id } = required;
        Self {
            assistant_id,
            description: None,
            fallback_content: None,
            icon: None,
            instructions: None,
            name: None,
            operator_union_id,
            recommend_prompts: None,
            welcome_content: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `fallbackContent`.
    pub fn fallback_content(mut self, value: impl Into<String>) -> Self {
        self.fallback_content = Some(value.into());
        self
    }
    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }
    /// Sets `instructions`.
    pub fn instructions(mut self, value: impl Into<String>) -> Self {
        self.instructions = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `recommendPrompts`.
    pub fn recommend_prompts(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.recommend_prompts = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `welcomeContent`.
    pub fn welcome_content(mut self, value: impl Into<String>) -> Self {
        self.welcome_content = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateAssistantBasicInfoRequest { "assistantId" => field(assistant_id), "description"
    => optional(description), "fallbackContent" => optional(fallback_content), "icon" =>
    optional(icon), "instructions" => optional(instructions), "name" => optional(name),
    "operatorUnionId" => field(operator_union_id), "recommendPrompts" =>
    optional(recommend_prompts), "welcomeContent" => optional(welcome_content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateAssistantBasicInfoRequest { "assistantId" => read_field(assistant_id),
    "description" => read_field(description), "fallbackContent" =>
    read_field(fallback_content), "icon" => read_field(icon), "instructions" =>
    read_field(instructions), "name" => read_field(name), "operatorUnionId" =>
    read_field(operator_union_id), "recommendPrompts" => read_field(recommend_prompts),
    "welcomeContent" => read_field(welcome_content) }
}
impl rt::WriteRequest for UpdateAssistantBasicInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_assistant_scope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateAssistantScopeRequest {
    /// `assistantId`.
    pub assistant_id: String,
    /// `operatorUnionId`.
    pub operator_union_id: String,
    /// `scopes`.
    pub scopes: Option<UpdateAssistantScopeRequestScopes>,
    /// `sharing`.
    pub sharing: Option<bool>,
}
/// The required fields of [`UpdateAssistantScopeRequest`], each named where it is set: `UpdateAssistantScopeRequest::new(UpdateAssistantScopeRequired { .. })`.
pub struct UpdateAssistantScopeRequired {
    /// `assistantId`: see [`UpdateAssistantScopeRequest::assistant_id`].
    pub assistant_id: String,
    /// `operatorUnionId`: see [`UpdateAssistantScopeRequest::operator_union_id`].
    pub operator_union_id: String,
}
impl UpdateAssistantScopeRequest {
    /// A `UpdateAssistantScopeRequest` with its required fields (`assistantId`, `operatorUnionId`); set the others with the methods named after them.
    pub fn new(required: UpdateAssistantScopeRequired) -> Self {
        let UpdateAssistantScopeRequired { assistant_id, operator_union_id } = required;
        Self {
            assistant_id,
            operator_union_id,
            scopes: None,
            sharing: None,
        }
    }
    /// Sets `scopes`.
    pub fn scopes(mut self, value: UpdateAssistantScopeRequestScopes) -> Self {
        self.scopes = Some(value);
        self
    }
    /// Sets `sharing`.
    pub fn sharing(mut self, value: bool) -> Self {
        self.sharing = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateAssistantScopeRequest { "assistantId" => field(assistant_id), "operatorUnionId"
    => field(operator_union_id), "scopes" => optional(scopes), "sharing" =>
    optional(sharing) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateAssistantScopeRequest { "assistantId" => read_field(assistant_id),
    "operatorUnionId" => read_field(operator_union_id), "scopes" => read_field(scopes),
    "sharing" => read_field(sharing) }
}
impl rt::WriteRequest for UpdateAssistantScopeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_domain_words`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddDomainWordsError = rt::ServiceError;
/// An error reply of [`Api::add_to_org_skill_repository`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddToOrgSkillRepositoryError = rt::ServiceError;
/// An error reply of [`Api::assistant_me_response`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AssistantMeResponseError = rt::ServiceError;
/// An error reply of [`Api::assistant_response`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AssistantResponseError = rt::ServiceError;
/// An error reply of [`Api::batch_get_ai_credits_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchGetAICreditsRecordError = rt::ServiceError;
/// An error reply of [`Api::create_assistant`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAssistantError = rt::ServiceError;
/// An error reply of [`Api::create_assistant_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAssistantMessageError = rt::ServiceError;
/// An error reply of [`Api::create_assistant_run`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAssistantRunError = rt::ServiceError;
/// An error reply of [`Api::create_assistant_thread`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAssistantThreadError = rt::ServiceError;
/// An error reply of [`Api::delete_assistant`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteAssistantError = rt::ServiceError;
/// An error reply of [`Api::delete_assistant_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteAssistantMessageError = rt::ServiceError;
/// An error reply of [`Api::delete_assistant_thread`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteAssistantThreadError = rt::ServiceError;
/// An error reply of [`Api::delete_domain_words`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteDomainWordsError = rt::ServiceError;
/// An error reply of [`Api::delete_knowledge`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteKnowledgeError = rt::ServiceError;
/// An error reply of [`Api::deploy_assistant`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeployAssistantError = rt::ServiceError;
/// An error reply of [`Api::get_ask_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAskDetailError = rt::ServiceError;
/// An error reply of [`Api::get_assistant_action_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAssistantActionInfoError = rt::ServiceError;
/// An error reply of [`Api::get_domain_words`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDomainWordsError = rt::ServiceError;
/// An error reply of [`Api::get_knowledge_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetKnowledgeListError = rt::ServiceError;
/// An error reply of [`Api::install_assistant`]: the spec lists no error codes for it, so every code arrives as it is.
pub type InstallAssistantError = rt::ServiceError;
/// An error reply of [`Api::learn_knowledge`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LearnKnowledgeError = rt::ServiceError;
/// An error reply of [`Api::list_assistant`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAssistantError = rt::ServiceError;
/// An error reply of [`Api::list_assistant_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAssistantMessageError = rt::ServiceError;
/// An error reply of [`Api::list_assistant_run`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAssistantRunError = rt::ServiceError;
/// An error reply of [`Api::list_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListInstanceError = rt::ServiceError;
/// An error reply of [`Api::list_visible_assistant`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListVisibleAssistantError = rt::ServiceError;
/// An error reply of [`Api::log_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LogListError = rt::ServiceError;
/// An error reply of [`Api::page_list_new_ai_credits_usage_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PageListNewAICreditsUsageRecordError = rt::ServiceError;
/// An error reply of [`Api::relearn_knowledge`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RelearnKnowledgeError = rt::ServiceError;
/// An error reply of [`Api::remove_assistant`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveAssistantError = rt::ServiceError;
/// An error reply of [`Api::remove_from_org_skill_repository`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemoveFromOrgSkillRepositoryError = rt::ServiceError;
/// An error reply of [`Api::retrieve_assistant_basic_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RetrieveAssistantBasicInfoError = rt::ServiceError;
/// An error reply of [`Api::retrieve_assistant_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RetrieveAssistantMessageError = rt::ServiceError;
/// An error reply of [`Api::retrieve_assistant_run`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RetrieveAssistantRunError = rt::ServiceError;
/// An error reply of [`Api::retrieve_assistant_scope`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RetrieveAssistantScopeError = rt::ServiceError;
/// An error reply of [`Api::retrieve_assistant_thread`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RetrieveAssistantThreadError = rt::ServiceError;
/// An error reply of [`Api::update_assistant_basic_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateAssistantBasicInfoError = rt::ServiceError;
/// An error reply of [`Api::update_assistant_scope`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateAssistantScopeError = rt::ServiceError;
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
        "AddDomainWords" => {
            rt::conformance::reply(api.add_domain_words(&inputs.request(true)?)).await
        }
        "AddToOrgSkillRepository" => {
            rt::conformance::reply(
                    api.add_to_org_skill_repository(&inputs.request(true)?),
                )
                .await
        }
        "AssistantMeResponse" => {
            rt::conformance::reply(
                    api
                        .assistant_me_response(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "AssistantResponse" => {
            rt::conformance::reply(
                    api.assistant_response(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "BatchGetAICreditsRecord" => {
            rt::conformance::reply(
                    api.batch_get_ai_credits_record(&inputs.request(false)?),
                )
                .await
        }
        "CreateAssistant" => {
            rt::conformance::reply(api.create_assistant(&inputs.request(true)?)).await
        }
        "CreateAssistantMessage" => {
            rt::conformance::reply(
                    api
                        .create_assistant_message(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateAssistantRun" => {
            rt::conformance::reply(
                    api
                        .create_assistant_run(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "CreateAssistantThread" => {
            rt::conformance::reply(api.create_assistant_thread(&inputs.request(true)?))
                .await
        }
        "DeleteAssistant" => {
            rt::conformance::reply(api.delete_assistant(&inputs.request(false)?)).await
        }
        "DeleteAssistantMessage" => {
            rt::conformance::reply(
                    api
                        .delete_assistant_message(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "DeleteAssistantThread" => {
            rt::conformance::reply(api.delete_assistant_thread(inputs.path(0usize)?))
                .await
        }
        "DeleteDomainWords" => {
            rt::conformance::reply(api.delete_domain_words(&inputs.request(true)?)).await
        }
        "DeleteKnowledge" => {
            rt::conformance::reply(api.delete_knowledge(&inputs.request(false)?)).await
        }
        "DeployAssistant" => {
            rt::conformance::reply(api.deploy_assistant(&inputs.request(true)?)).await
        }
        "GetAskDetail" => {
            rt::conformance::reply(api.get_ask_detail(&inputs.request(false)?)).await
        }
        "GetAssistantActionInfo" => {
            rt::conformance::reply(
                    api.get_assistant_action_info(&inputs.request(false)?),
                )
                .await
        }
        "GetDomainWords" => {
            rt::conformance::reply(api.get_domain_words(&inputs.request(false)?)).await
        }
        "GetKnowledgeList" => {
            rt::conformance::reply(api.get_knowledge_list(&inputs.request(false)?)).await
        }
        "InstallAssistant" => {
            rt::conformance::reply(api.install_assistant(&inputs.request(true)?)).await
        }
        "LearnKnowledge" => {
            rt::conformance::reply(api.learn_knowledge(&inputs.request(true)?)).await
        }
        "ListAssistant" => {
            rt::conformance::reply(api.list_assistant(&inputs.request(false)?)).await
        }
        "ListAssistantMessage" => {
            rt::conformance::reply(
                    api
                        .list_assistant_message(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListAssistantRun" => {
            rt::conformance::reply(
                    api.list_assistant_run(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ListInstance" => {
            rt::conformance::reply(api.list_instance(&inputs.request(false)?)).await
        }
        "ListVisibleAssistant" => {
            rt::conformance::reply(api.list_visible_assistant(&inputs.request(false)?))
                .await
        }
        "LogList" => rt::conformance::reply(api.log_list(&inputs.request(false)?)).await,
        "PageListNewAICreditsUsageRecord" => {
            rt::conformance::reply(
                    api.page_list_new_ai_credits_usage_record(&inputs.request(false)?),
                )
                .await
        }
        "RelearnKnowledge" => {
            rt::conformance::reply(api.relearn_knowledge(&inputs.request(true)?)).await
        }
        "RemoveAssistant" => {
            rt::conformance::reply(api.remove_assistant(&inputs.request(true)?)).await
        }
        "RemoveFromOrgSkillRepository" => {
            rt::conformance::reply(
                    api.remove_from_org_skill_repository(&inputs.request(false)?),
                )
                .await
        }
        "RetrieveAssistantBasicInfo" => {
            rt::conformance::reply(
                    api.retrieve_assistant_basic_info(&inputs.request(false)?),
                )
                .await
        }
        "RetrieveAssistantMessage" => {
            rt::conformance::reply(
                    api
                        .retrieve_assistant_message(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "RetrieveAssistantRun" => {
            rt::conformance::reply(
                    api
                        .retrieve_assistant_run(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "RetrieveAssistantScope" => {
            rt::conformance::reply(api.retrieve_assistant_scope(&inputs.request(false)?))
                .await
        }
        "RetrieveAssistantThread" => {
            rt::conformance::reply(api.retrieve_assistant_thread(inputs.path(0usize)?))
                .await
        }
        "UpdateAssistantBasicInfo" => {
            rt::conformance::reply(
                    api.update_assistant_basic_info(&inputs.request(true)?),
                )
                .await
        }
        "UpdateAssistantScope" => {
            rt::conformance::reply(api.update_assistant_scope(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
