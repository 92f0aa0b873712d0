// @generated from api-spec/assistant_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.assistant_1_0()`. Generated from `api-spec/assistant_1_0.yaml`.
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
    /// `POST /v1.0/assistant/domainWords` (operation `AddDomainWords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddDomainWordsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/assistant/orgActionRepositories` (operation `AddToOrgSkillRepository`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddToOrgSkillRepositoryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/assistant/{assistant_id}/me/compatible-mode/responses` (operation `AssistantMeResponse`).
    ///
    /// # Path parameters
    ///
    /// - `assistant_id` (`assistant_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AssistantMeResponseError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn assistant_me_response(
        &self,
        assistant_id: &str,
        request: &AssistantMeResponseRequest,
    ) -> rt::Call<AssistantMeResponseResponseBody, AssistantMeResponseError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AssistantMeResponse",
            rt::Method::Post,
            "/v1.0/assistant/{assistant_id}/me/compatible-mode/responses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[assistant_id], request)
    }
    /// 助理响应接口-应用权限
    ///
    /// `POST /v1.0/assistant/{assistant_id}/compatible-mode/responses` (operation `AssistantResponse`).
    ///
    /// # Path parameters
    ///
    /// - `assistant_id` (`assistant_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AssistantResponseError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn assistant_response(
        &self,
        assistant_id: &str,
        request: &AssistantResponseRequest,
    ) -> rt::Call<AssistantResponseResponseBody, AssistantResponseError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AssistantResponse",
            rt::Method::Post,
            "/v1.0/assistant/{assistant_id}/compatible-mode/responses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[assistant_id], request)
    }
    /// 分页查询算粒的使用记录
    ///
    /// `GET /v1.0/assistant/aiCredits/list` (operation `BatchGetAICreditsRecord`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchGetAICreditsRecordError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/assistant/basicInfo` (operation `CreateAssistant`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAssistantError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/assistant/threads/{thread_id}/messages` (operation `CreateAssistantMessage`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAssistantMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_assistant_message(
        &self,
        thread_id: &str,
        request: &CreateAssistantMessageRequest,
    ) -> rt::Call<CreateAssistantMessageResponseBody, CreateAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAssistantMessage",
            rt::Method::Post,
            "/v1.0/assistant/threads/{thread_id}/messages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], request)
    }
    /// 创建AI助理的运行任务
    ///
    /// `POST /v1.0/assistant/threads/{thread_id}/runs` (operation `CreateAssistantRun`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAssistantRunError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_assistant_run(
        &self,
        thread_id: &str,
        request: &CreateAssistantRunRequest,
    ) -> rt::Call<CreateAssistantRunResponseBody, CreateAssistantRunError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAssistantRun",
            rt::Method::Post,
            "/v1.0/assistant/threads/{thread_id}/runs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], request)
    }
    /// 创建AI助理线程实例
    ///
    /// `POST /v1.0/assistant/threads` (operation `CreateAssistantThread`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateAssistantThreadError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/assistant/basicInfo` (operation `DeleteAssistant`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteAssistantError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/assistant/threads/{thread_id}/messages/{message_id}` (operation `DeleteAssistantMessage`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    /// - `message_id` (`message_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteAssistantMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_assistant_message(
        &self,
        thread_id: &str,
        message_id: &str,
    ) -> rt::Call<DeleteAssistantMessageResponseBody, DeleteAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteAssistantMessage",
            rt::Method::Delete,
            "/v1.0/assistant/threads/{thread_id}/messages/{message_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id, message_id], &())
    }
    /// 删除AI助理线程实例
    ///
    /// `DELETE /v1.0/assistant/threads/{thread_id}` (operation `DeleteAssistantThread`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteAssistantThreadError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_assistant_thread(
        &self,
        thread_id: &str,
    ) -> rt::Call<DeleteAssistantThreadResponseBody, DeleteAssistantThreadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteAssistantThread",
            rt::Method::Delete,
            "/v1.0/assistant/threads/{thread_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], &())
    }
    /// 助理删除专业词汇
    ///
    /// `POST /v1.0/assistant/domainWords/remove` (operation `DeleteDomainWords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteDomainWordsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/assistant/knowledges/items` (operation `DeleteKnowledge`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteKnowledgeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/assistant/deploy` (operation `DeployAssistant`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeployAssistantError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/assistant/askDetails` (operation `GetAskDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAskDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/assistant/actionLists` (operation `GetAssistantActionInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetAssistantActionInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/assistant/domainWords` (operation `GetDomainWords`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDomainWordsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/assistant/knowledges/items` (operation `GetKnowledgeList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetKnowledgeListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/assistant/install` (operation `InstallAssistant`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`InstallAssistantError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/assistant/knowledges/items` (operation `LearnKnowledge`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LearnKnowledgeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/assistant/list` (operation `ListAssistant`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAssistantError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/assistant/threads/{thread_id}/messages` (operation `ListAssistantMessage`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAssistantMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_assistant_message(
        &self,
        thread_id: &str,
        request: &ListAssistantMessageRequest,
    ) -> rt::Call<ListAssistantMessageResponseBody, ListAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAssistantMessage",
            rt::Method::Get,
            "/v1.0/assistant/threads/{thread_id}/messages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], request)
    }
    /// 获取AI助理的运行任务的列表
    ///
    /// `GET /v1.0/assistant/threads/{thread_id}/runs` (operation `ListAssistantRun`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAssistantRunError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_assistant_run(
        &self,
        thread_id: &str,
        request: &ListAssistantRunRequest,
    ) -> rt::Call<ListAssistantRunResponseBody, ListAssistantRunError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAssistantRun",
            rt::Method::Get,
            "/v1.0/assistant/threads/{thread_id}/runs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], request)
    }
    /// 获取指定助理在组织下已安装的实例信息列表
    ///
    /// `GET /v1.0/assistant/instances/list` (operation `ListInstance`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListInstanceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/assistant/visibleList` (operation `ListVisibleAssistant`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListVisibleAssistantError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/assistant/logs/list` (operation `LogList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LogListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/assistant/aiCredits/pageListNewAICreditsUsageRecord` (operation `PageListNewAICreditsUsageRecord`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PageListNewAICreditsUsageRecordError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/assistant/knowledges/incrLearning` (operation `RelearnKnowledge`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RelearnKnowledgeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/assistant/uninstall` (operation `RemoveAssistant`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveAssistantError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `DELETE /v1.0/assistant/orgActionRepositories` (operation `RemoveFromOrgSkillRepository`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemoveFromOrgSkillRepositoryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/assistant/basicInfo` (operation `RetrieveAssistantBasicInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RetrieveAssistantBasicInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/assistant/threads/{thread_id}/messages/{message_id}` (operation `RetrieveAssistantMessage`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    /// - `message_id` (`message_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RetrieveAssistantMessageError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn retrieve_assistant_message(
        &self,
        thread_id: &str,
        message_id: &str,
    ) -> rt::Call<RetrieveAssistantMessageResponseBody, RetrieveAssistantMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RetrieveAssistantMessage",
            rt::Method::Get,
            "/v1.0/assistant/threads/{thread_id}/messages/{message_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id, message_id], &())
    }
    /// 检索AI助理的运行任务
    ///
    /// `GET /v1.0/assistant/threads/{thread_id}/runs/{run_id}` (operation `RetrieveAssistantRun`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    /// - `run_id` (`run_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RetrieveAssistantRunError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn retrieve_assistant_run(
        &self,
        thread_id: &str,
        run_id: &str,
    ) -> rt::Call<RetrieveAssistantRunResponseBody, RetrieveAssistantRunError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RetrieveAssistantRun",
            rt::Method::Get,
            "/v1.0/assistant/threads/{thread_id}/runs/{run_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id, run_id], &())
    }
    /// 获取助理的使用范围
    ///
    /// `GET /v1.0/assistant/scope` (operation `RetrieveAssistantScope`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RetrieveAssistantScopeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/assistant/threads/{thread_id}` (operation `RetrieveAssistantThread`).
    ///
    /// # Path parameters
    ///
    /// - `thread_id` (`thread_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RetrieveAssistantThreadError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn retrieve_assistant_thread(
        &self,
        thread_id: &str,
    ) -> rt::Call<RetrieveAssistantThreadResponseBody, RetrieveAssistantThreadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RetrieveAssistantThread",
            rt::Method::Get,
            "/v1.0/assistant/threads/{thread_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[thread_id], &())
    }
    /// 更新AI助理基础信息
    ///
    /// `PUT /v1.0/assistant/basicInfo` (operation `UpdateAssistantBasicInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateAssistantBasicInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/assistant/scope` (operation `UpdateAssistantScope`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateAssistantScopeError`]; see [`Error`](::generated_client::Error) for the rest.
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
}
/// `AddDomainWordsRequestDomainWords`.
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
impl rt::serde::Serialize for AddDomainWordsRequestDomainWords {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("domainWord", &self.domain_word)?;
        object.optional("formalWords", &self.formal_words)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddDomainWordsRequestDomainWords {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddDomainWordsRequestDomainWords {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "domainWord" => rt::read_field(map, &mut self.domain_word),
            "formalWords" => rt::read_field(map, &mut self.formal_words),
            _ => Ok(false),
        }
    }
}
/// `AddDomainWordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddDomainWordsResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AddDomainWordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddDomainWordsResponseBody {
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
impl rt::serde::Serialize for AddDomainWordsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `AddToOrgSkillRepositoryResponseBody`: the same model as [`AddDomainWordsResponseBody`].
pub type AddToOrgSkillRepositoryResponseBody = AddDomainWordsResponseBody;
/// `AssistantMeResponseResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AssistantMeResponseResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AssistantMeResponseResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created_at" => rt::read_field(map, &mut self.created_at),
            "error" => rt::read_field(map, &mut self.error),
            "id" => rt::read_field(map, &mut self.id),
            "metadata" => rt::read_field(map, &mut self.metadata),
            "model" => rt::read_field(map, &mut self.model),
            "object" => rt::read_field(map, &mut self.object),
            "output" => rt::read_field(map, &mut self.output),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AssistantMeResponseResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created_at", &self.created_at)?;
        object.optional("error", &self.error)?;
        object.optional("id", &self.id)?;
        object.optional("metadata", &self.metadata)?;
        object.optional("model", &self.model)?;
        object.optional("object", &self.object)?;
        object.optional("output", &self.output)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `AssistantResponseResponseBody`: the same model as [`AssistantMeResponseResponseBody`].
pub type AssistantResponseResponseBody = AssistantMeResponseResponseBody;
/// `BatchGetAICreditsRecordResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetAICreditsRecordResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<BatchGetAICreditsRecordResponseBodyList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchGetAICreditsRecordResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetAICreditsRecordResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetAICreditsRecordResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `CreateAssistantResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateAssistantResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAssistantResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionNames" => rt::read_field(map, &mut self.action_names),
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "assistantUnionId" => rt::read_field(map, &mut self.assistant_union_id),
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "description" => rt::read_field(map, &mut self.description),
            "fallbackContent" => rt::read_field(map, &mut self.fallback_content),
            "icon" => rt::read_field(map, &mut self.icon),
            "instructions" => rt::read_field(map, &mut self.instructions),
            "knowledgeFileNames" => rt::read_field(map, &mut self.knowledge_file_names),
            "model" => rt::read_field(map, &mut self.model),
            "name" => rt::read_field(map, &mut self.name),
            "recommendPrompts" => rt::read_field(map, &mut self.recommend_prompts),
            "unifiedAppId" => rt::read_field(map, &mut self.unified_app_id),
            "welcomeContent" => rt::read_field(map, &mut self.welcome_content),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAssistantResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionNames", &self.action_names)?;
        object.optional("assistantId", &self.assistant_id)?;
        object.optional("assistantUnionId", &self.assistant_union_id)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("creatorUnionId", &self.creator_union_id)?;
        object.optional("description", &self.description)?;
        object.optional("fallbackContent", &self.fallback_content)?;
        object.optional("icon", &self.icon)?;
        object.optional("instructions", &self.instructions)?;
        object.optional("knowledgeFileNames", &self.knowledge_file_names)?;
        object.optional("model", &self.model)?;
        object.optional("name", &self.name)?;
        object.optional("recommendPrompts", &self.recommend_prompts)?;
        object.optional("unifiedAppId", &self.unified_app_id)?;
        object.optional("welcomeContent", &self.welcome_content)?;
        object.end()
    }
}
/// `CreateAssistantMessageResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateAssistantMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAssistantMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "content" => rt::read_field(map, &mut self.content),
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "id" => rt::read_field(map, &mut self.id),
            "metadata" => rt::read_field(map, &mut self.metadata),
            "object" => rt::read_field(map, &mut self.object),
            "role" => rt::read_field(map, &mut self.role),
            "runId" => rt::read_field(map, &mut self.run_id),
            "threadId" => rt::read_field(map, &mut self.thread_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAssistantMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("assistantId", &self.assistant_id)?;
        object.optional("content", &self.content)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("id", &self.id)?;
        object.optional("metadata", &self.metadata)?;
        object.optional("object", &self.object)?;
        object.optional("role", &self.role)?;
        object.optional("runId", &self.run_id)?;
        object.optional("threadId", &self.thread_id)?;
        object.end()
    }
}
/// `CreateAssistantRunResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateAssistantRunResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAssistantRunResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "cancelledAt" => rt::read_field(map, &mut self.cancelled_at),
            "completedAt" => rt::read_field(map, &mut self.completed_at),
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "expiresAt" => rt::read_field(map, &mut self.expires_at),
            "failedAt" => rt::read_field(map, &mut self.failed_at),
            "id" => rt::read_field(map, &mut self.id),
            "lastErrorMsg" => rt::read_field(map, &mut self.last_error_msg),
            "metadata" => rt::read_field(map, &mut self.metadata),
            "object" => rt::read_field(map, &mut self.object),
            "startedAt" => rt::read_field(map, &mut self.started_at),
            "status" => rt::read_field(map, &mut self.status),
            "threadId" => rt::read_field(map, &mut self.thread_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAssistantRunResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("assistantId", &self.assistant_id)?;
        object.optional("cancelledAt", &self.cancelled_at)?;
        object.optional("completedAt", &self.completed_at)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("expiresAt", &self.expires_at)?;
        object.optional("failedAt", &self.failed_at)?;
        object.optional("id", &self.id)?;
        object.optional("lastErrorMsg", &self.last_error_msg)?;
        object.optional("metadata", &self.metadata)?;
        object.optional("object", &self.object)?;
        object.optional("startedAt", &self.started_at)?;
        object.optional("status", &self.status)?;
        object.optional("threadId", &self.thread_id)?;
        object.end()
    }
}
/// `CreateAssistantThreadResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateAssistantThreadResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateAssistantThreadResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "id" => rt::read_field(map, &mut self.id),
            "metadata" => rt::read_field(map, &mut self.metadata),
            "object" => rt::read_field(map, &mut self.object),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateAssistantThreadResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("id", &self.id)?;
        object.optional("metadata", &self.metadata)?;
        object.optional("object", &self.object)?;
        object.end()
    }
}
/// `DeleteAssistantResponseBody`: the same model as [`AddDomainWordsResponseBody`].
pub type DeleteAssistantResponseBody = AddDomainWordsResponseBody;
/// `DeleteAssistantMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteAssistantMessageResponseBody {
    /// `deleted`.
    pub deleted: Option<bool>,
    /// `id`.
    pub id: Option<String>,
    /// `object`.
    pub object: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteAssistantMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteAssistantMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deleted" => rt::read_field(map, &mut self.deleted),
            "id" => rt::read_field(map, &mut self.id),
            "object" => rt::read_field(map, &mut self.object),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteAssistantMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deleted", &self.deleted)?;
        object.optional("id", &self.id)?;
        object.optional("object", &self.object)?;
        object.end()
    }
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
impl rt::serde::Serialize for DeployAssistantRequestAction {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionAuthInfo", &self.action_auth_info)?;
        object.optional("actionName", &self.action_name)?;
        object.optional("description", &self.description)?;
        object.optional("schema", &self.schema)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeployAssistantRequestAction {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeployAssistantRequestAction {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionAuthInfo" => rt::read_field(map, &mut self.action_auth_info),
            "actionName" => rt::read_field(map, &mut self.action_name),
            "description" => rt::read_field(map, &mut self.description),
            "schema" => rt::read_field(map, &mut self.schema),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for DeployAssistantRequestAppScopes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptVisibleScopes", &self.dept_visible_scopes)?;
        object.optional("dynamicGroupScopes", &self.dynamic_group_scopes)?;
        object.optional("isHidden", &self.is_hidden)?;
        object.optional("roleVisibleScopes", &self.role_visible_scopes)?;
        object.optional("userVisibleScopes", &self.user_visible_scopes)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeployAssistantRequestAppScopes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeployAssistantRequestAppScopes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptVisibleScopes" => rt::read_field(map, &mut self.dept_visible_scopes),
            "dynamicGroupScopes" => rt::read_field(map, &mut self.dynamic_group_scopes),
            "isHidden" => rt::read_field(map, &mut self.is_hidden),
            "roleVisibleScopes" => rt::read_field(map, &mut self.role_visible_scopes),
            "userVisibleScopes" => rt::read_field(map, &mut self.user_visible_scopes),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for DeployAssistantRequestFallback {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionType", &self.action_type)?;
        object.optional("defaultMsg", &self.default_msg)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeployAssistantRequestFallback {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeployAssistantRequestFallback {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionType" => rt::read_field(map, &mut self.action_type),
            "defaultMsg" => rt::read_field(map, &mut self.default_msg),
            _ => Ok(false),
        }
    }
}
/// `DeployAssistantResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeployAssistantResponseBody {
    /// `assistantId`.
    pub assistant_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeployAssistantResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeployAssistantResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeployAssistantResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("assistantId", &self.assistant_id)?;
        object.end()
    }
}
/// `GetAskDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAskDetailResponseBody {
    /// `result`.
    pub result: Option<GetAskDetailResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAskDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAskDetailResponseBody {
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
impl rt::serde::Serialize for GetAskDetailResponseBody {
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
/// `GetAssistantActionInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAssistantActionInfoResponseBody {
    /// `actionList`.
    pub action_list: Option<Vec<GetAssistantActionInfoResponseBodyActionList>>,
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAssistantActionInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAssistantActionInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionList" => rt::read_field(map, &mut self.action_list),
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAssistantActionInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionList", &self.action_list)?;
        object.optional("assistantId", &self.assistant_id)?;
        object.optional("corpId", &self.corp_id)?;
        object.end()
    }
}
/// `GetDomainWordsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDomainWordsResponseBody {
    /// `result`.
    pub result: Option<Vec<String>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDomainWordsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDomainWordsResponseBody {
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
impl rt::serde::Serialize for GetDomainWordsResponseBody {
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
/// `GetKnowledgeListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetKnowledgeListResponseBody {
    /// `result`.
    pub result: Option<Vec<GetKnowledgeListResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetKnowledgeListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetKnowledgeListResponseBody {
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
impl rt::serde::Serialize for GetKnowledgeListResponseBody {
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
/// `InstallAssistantResponseBody`: the same model as [`AddDomainWordsResponseBody`].
pub type InstallAssistantResponseBody = AddDomainWordsResponseBody;
/// `LearnKnowledgeResponseBody`: the same model as [`AddDomainWordsResponseBody`].
pub type LearnKnowledgeResponseBody = AddDomainWordsResponseBody;
/// `ListAssistantResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListAssistantResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAssistantResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAssistantResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `ListAssistantMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAssistantMessageResponseBody {
    /// `data`.
    pub data: Option<Vec<ListAssistantMessageResponseBodyData>>,
    /// `object`.
    pub object: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAssistantMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAssistantMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "object" => rt::read_field(map, &mut self.object),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAssistantMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("object", &self.object)?;
        object.end()
    }
}
/// `ListAssistantRunResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAssistantRunResponseBody {
    /// `data`.
    pub data: Option<Vec<ListAssistantRunResponseBodyData>>,
    /// `object`.
    pub object: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAssistantRunResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAssistantRunResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "object" => rt::read_field(map, &mut self.object),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAssistantRunResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("object", &self.object)?;
        object.end()
    }
}
/// `ListInstanceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListInstanceResponseBody {
    /// `result`.
    pub result: Option<Vec<ListInstanceResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListInstanceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListInstanceResponseBody {
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
impl rt::serde::Serialize for ListInstanceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ListVisibleAssistantResponseBody`: the same model as [`ListAssistantResponseBody`].
pub type ListVisibleAssistantResponseBody = ListAssistantResponseBody;
/// `LogListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LogListResponseBody {
    /// `result`.
    pub result: Option<LogListResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for LogListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LogListResponseBody {
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
impl rt::serde::Serialize for LogListResponseBody {
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
/// `PageListNewAICreditsUsageRecordResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageListNewAICreditsUsageRecordResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<PageListNewAICreditsUsageRecordResponseBodyDataList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for PageListNewAICreditsUsageRecordResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageListNewAICreditsUsageRecordResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dataList" => rt::read_field(map, &mut self.data_list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageListNewAICreditsUsageRecordResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for RetrieveAssistantMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveAssistantMessageResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assisantId" => rt::read_field(map, &mut self.assisant_id),
            "content" => rt::read_field(map, &mut self.content),
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "id" => rt::read_field(map, &mut self.id),
            "metadata" => rt::read_field(map, &mut self.metadata),
            "object" => rt::read_field(map, &mut self.object),
            "role" => rt::read_field(map, &mut self.role),
            "runId" => rt::read_field(map, &mut self.run_id),
            "threadId" => rt::read_field(map, &mut self.thread_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RetrieveAssistantMessageResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("assisantId", &self.assisant_id)?;
        object.optional("content", &self.content)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("id", &self.id)?;
        object.optional("metadata", &self.metadata)?;
        object.optional("object", &self.object)?;
        object.optional("role", &self.role)?;
        object.optional("runId", &self.run_id)?;
        object.optional("threadId", &self.thread_id)?;
        object.end()
    }
}
/// `RetrieveAssistantRunResponseBody`: the same model as [`CreateAssistantRunResponseBody`].
pub type RetrieveAssistantRunResponseBody = CreateAssistantRunResponseBody;
/// `RetrieveAssistantScopeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrieveAssistantScopeResponseBody {
    /// `result`.
    pub result: Option<RetrieveAssistantScopeResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for RetrieveAssistantScopeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveAssistantScopeResponseBody {
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
impl rt::serde::Serialize for RetrieveAssistantScopeResponseBody {
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
impl rt::serde::Serialize for UpdateAssistantScopeRequestScopes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptVisibleScopes", &self.dept_visible_scopes)?;
        object.optional("dynamicGroupScopes", &self.dynamic_group_scopes)?;
        object.optional("isAdmin", &self.is_admin)?;
        object.optional("roleVisibleScopes", &self.role_visible_scopes)?;
        object.optional("userVisibleScopes", &self.user_visible_scopes)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateAssistantScopeRequestScopes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateAssistantScopeRequestScopes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptVisibleScopes" => rt::read_field(map, &mut self.dept_visible_scopes),
            "dynamicGroupScopes" => rt::read_field(map, &mut self.dynamic_group_scopes),
            "isAdmin" => rt::read_field(map, &mut self.is_admin),
            "roleVisibleScopes" => rt::read_field(map, &mut self.role_visible_scopes),
            "userVisibleScopes" => rt::read_field(map, &mut self.user_visible_scopes),
            _ => Ok(false),
        }
    }
}
/// `AssistantMeResponseResponseBodyOutput`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AssistantMeResponseResponseBodyOutput {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AssistantMeResponseResponseBodyOutput {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "id" => rt::read_field(map, &mut self.id),
            "role" => rt::read_field(map, &mut self.role),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AssistantMeResponseResponseBodyOutput {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("id", &self.id)?;
        object.optional("role", &self.role)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `AssistantResponseResponseBodyOutput`: the same model as [`AssistantMeResponseResponseBodyOutput`].
pub type AssistantResponseResponseBodyOutput = AssistantMeResponseResponseBodyOutput;
/// `BatchGetAICreditsRecordResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BatchGetAICreditsRecordResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchGetAICreditsRecordResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionNames" => rt::read_field(map, &mut self.action_names),
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "assistantName" => rt::read_field(map, &mut self.assistant_name),
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "deptName" => rt::read_field(map, &mut self.dept_name),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "time" => rt::read_field(map, &mut self.time),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "usedNum" => rt::read_field(map, &mut self.used_num),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchGetAICreditsRecordResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionNames", &self.action_names)?;
        object.optional("assistantId", &self.assistant_id)?;
        object.optional("assistantName", &self.assistant_name)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("deptName", &self.dept_name)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("time", &self.time)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("usedNum", &self.used_num)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
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
impl rt::serde::Serialize for DeployAssistantRequestActionActionAuthInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authConfig", &self.auth_config)?;
        object.optional("authenticationType", &self.authentication_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeployAssistantRequestActionActionAuthInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeployAssistantRequestActionActionAuthInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authConfig" => rt::read_field(map, &mut self.auth_config),
            "authenticationType" => rt::read_field(map, &mut self.authentication_type),
            _ => Ok(false),
        }
    }
}
/// `GetAskDetailResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAskDetailResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAskDetailResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAskDetailResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetAssistantActionInfoResponseBodyActionList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAssistantActionInfoResponseBodyActionList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAssistantActionInfoResponseBodyActionList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionId" => rt::read_field(map, &mut self.action_id),
            "actionName" => rt::read_field(map, &mut self.action_name),
            "actionVersion" => rt::read_field(map, &mut self.action_version),
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAssistantActionInfoResponseBodyActionList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionId", &self.action_id)?;
        object.optional("actionName", &self.action_name)?;
        object.optional("actionVersion", &self.action_version)?;
        object.optional("description", &self.description)?;
        object.optional("icon", &self.icon)?;
        object.end()
    }
}
/// `GetKnowledgeListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetKnowledgeListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetKnowledgeListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "docFormat" => rt::read_field(map, &mut self.doc_format),
            "docName" => rt::read_field(map, &mut self.doc_name),
            "docUrl" => rt::read_field(map, &mut self.doc_url),
            "status" => rt::read_field(map, &mut self.status),
            "studyId" => rt::read_field(map, &mut self.study_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetKnowledgeListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("docFormat", &self.doc_format)?;
        object.optional("docName", &self.doc_name)?;
        object.optional("docUrl", &self.doc_url)?;
        object.optional("status", &self.status)?;
        object.optional("studyId", &self.study_id)?;
        object.end()
    }
}
/// `ListAssistantResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListAssistantResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAssistantResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "createdAt" => rt::read_field(map, &mut self.created_at),
            "creatorUnionId" => rt::read_field(map, &mut self.creator_union_id),
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAssistantResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("assistantId", &self.assistant_id)?;
        object.optional("createdAt", &self.created_at)?;
        object.optional("creatorUnionId", &self.creator_union_id)?;
        object.optional("description", &self.description)?;
        object.optional("icon", &self.icon)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `ListAssistantMessageResponseBodyData`: the same model as [`CreateAssistantMessageResponseBody`].
pub type ListAssistantMessageResponseBodyData = CreateAssistantMessageResponseBody;
/// `ListAssistantRunResponseBodyData`: the same model as [`CreateAssistantRunResponseBody`].
pub type ListAssistantRunResponseBodyData = CreateAssistantRunResponseBody;
/// `ListInstanceResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListInstanceResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListInstanceResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            "name" => rt::read_field(map, &mut self.name),
            "prototypeAssistantId" => {
                rt::read_field(map, &mut self.prototype_assistant_id)
            }
            "tenantAssistantId" => rt::read_field(map, &mut self.tenant_assistant_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListInstanceResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("icon", &self.icon)?;
        object.optional("name", &self.name)?;
        object.optional("prototypeAssistantId", &self.prototype_assistant_id)?;
        object.optional("tenantAssistantId", &self.tenant_assistant_id)?;
        object.end()
    }
}
/// `ListVisibleAssistantResponseBodyList`: the same model as [`ListAssistantResponseBodyList`].
pub type ListVisibleAssistantResponseBodyList = ListAssistantResponseBodyList;
/// `LogListResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LogListResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<LogListResponseBodyResultList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for LogListResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LogListResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LogListResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `PageListNewAICreditsUsageRecordResponseBodyDataList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for PageListNewAICreditsUsageRecordResponseBodyDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageListNewAICreditsUsageRecordResponseBodyDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "abilityName" => rt::read_field(map, &mut self.ability_name),
            "aiCreditsUsedNum" => rt::read_field(map, &mut self.ai_credits_used_num),
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "isTimeFree" => rt::read_field(map, &mut self.is_time_free),
            "scenarioName" => rt::read_field(map, &mut self.scenario_name),
            "taskName" => rt::read_field(map, &mut self.task_name),
            "usageTime" => rt::read_field(map, &mut self.usage_time),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageListNewAICreditsUsageRecordResponseBodyDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("abilityName", &self.ability_name)?;
        object.optional("aiCreditsUsedNum", &self.ai_credits_used_num)?;
        object.optional("bizId", &self.biz_id)?;
        object.optional("isTimeFree", &self.is_time_free)?;
        object.optional("scenarioName", &self.scenario_name)?;
        object.optional("taskName", &self.task_name)?;
        object.optional("usageTime", &self.usage_time)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// `RetrieveAssistantScopeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RetrieveAssistantScopeResponseBodyResult {
    /// `assistantId`.
    pub assistant_id: Option<String>,
    /// `scopes`.
    pub scopes: Option<RetrieveAssistantScopeResponseBodyResultScopes>,
    /// `sharing`.
    pub sharing: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for RetrieveAssistantScopeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveAssistantScopeResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "scopes" => rt::read_field(map, &mut self.scopes),
            "sharing" => rt::read_field(map, &mut self.sharing),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RetrieveAssistantScopeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("assistantId", &self.assistant_id)?;
        object.optional("scopes", &self.scopes)?;
        object.optional("sharing", &self.sharing)?;
        object.end()
    }
}
/// `AssistantMeResponseResponseBodyOutputContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AssistantMeResponseResponseBodyOutputContent {
    /// `annotations`.
    pub annotations: Option<Vec<rt::serde_json::Value>>,
    /// `text`.
    pub text: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AssistantMeResponseResponseBodyOutputContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AssistantMeResponseResponseBodyOutputContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "annotations" => rt::read_field(map, &mut self.annotations),
            "text" => rt::read_field(map, &mut self.text),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AssistantMeResponseResponseBodyOutputContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("annotations", &self.annotations)?;
        object.optional("text", &self.text)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `AssistantResponseResponseBodyOutputContent`: the same model as [`AssistantMeResponseResponseBodyOutputContent`].
pub type AssistantResponseResponseBodyOutputContent = AssistantMeResponseResponseBodyOutputContent;
/// `GetAskDetailResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetAskDetailResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAskDetailResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "answer" => rt::read_field(map, &mut self.answer),
            "answerResult" => rt::read_field(map, &mut self.answer_result),
            "commentTags" => rt::read_field(map, &mut self.comment_tags),
            "isMarkResolved" => rt::read_field(map, &mut self.is_mark_resolved),
            "nick" => rt::read_field(map, &mut self.nick),
            "question" => rt::read_field(map, &mut self.question),
            "references" => rt::read_field(map, &mut self.references),
            "time" => rt::read_field(map, &mut self.time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAskDetailResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("answer", &self.answer)?;
        object.optional("answerResult", &self.answer_result)?;
        object.optional("commentTags", &self.comment_tags)?;
        object.optional("isMarkResolved", &self.is_mark_resolved)?;
        object.optional("nick", &self.nick)?;
        object.optional("question", &self.question)?;
        object.optional("references", &self.references)?;
        object.optional("time", &self.time)?;
        object.end()
    }
}
/// `LogListResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for LogListResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LogListResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionNames" => rt::read_field(map, &mut self.action_names),
            "customChannel" => rt::read_field(map, &mut self.custom_channel),
            "input" => rt::read_field(map, &mut self.input),
            "name" => rt::read_field(map, &mut self.name),
            "output" => rt::read_field(map, &mut self.output),
            "result" => rt::read_field(map, &mut self.result),
            "scene" => rt::read_field(map, &mut self.scene),
            "time" => rt::read_field(map, &mut self.time),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LogListResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionNames", &self.action_names)?;
        object.optional("customChannel", &self.custom_channel)?;
        object.optional("input", &self.input)?;
        object.optional("name", &self.name)?;
        object.optional("output", &self.output)?;
        object.optional("result", &self.result)?;
        object.optional("scene", &self.scene)?;
        object.optional("time", &self.time)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `RetrieveAssistantScopeResponseBodyResultScopes`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for RetrieveAssistantScopeResponseBodyResultScopes {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RetrieveAssistantScopeResponseBodyResultScopes {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptVisibleScopes" => rt::read_field(map, &mut self.dept_visible_scopes),
            "dynamicGroupScopes" => rt::read_field(map, &mut self.dynamic_group_scopes),
            "isAdmin" => rt::read_field(map, &mut self.is_admin),
            "roleVisibleScopes" => rt::read_field(map, &mut self.role_visible_scopes),
            "userVisibleScopes" => rt::read_field(map, &mut self.user_visible_scopes),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RetrieveAssistantScopeResponseBodyResultScopes {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptVisibleScopes", &self.dept_visible_scopes)?;
        object.optional("dynamicGroupScopes", &self.dynamic_group_scopes)?;
        object.optional("isAdmin", &self.is_admin)?;
        object.optional("roleVisibleScopes", &self.role_visible_scopes)?;
        object.optional("userVisibleScopes", &self.user_visible_scopes)?;
        object.end()
    }
}
/// `GetAskDetailResponseBodyResultListReferences`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetAskDetailResponseBodyResultListReferences {
    /// `name`.
    pub name: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetAskDetailResponseBodyResultListReferences {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetAskDetailResponseBodyResultListReferences {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetAskDetailResponseBodyResultListReferences {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// The request of [`Api::add_domain_words`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddDomainWordsRequest {
    /// `assistantId`.
    pub assistant_id: String,
    /// `domainWords`.
    pub domain_words: Vec<AddDomainWordsRequestDomainWords>,
}
impl AddDomainWordsRequest {
    /// A `AddDomainWordsRequest` with its required fields (`assistantId`, `domainWords`); set the others with the methods named after them.
    pub fn new(
        assistant_id: impl Into<String>,
        domain_words: impl IntoIterator<Item = AddDomainWordsRequestDomainWords>,
    ) -> Self {
        Self {
            assistant_id: assistant_id.into(),
            domain_words: domain_words.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for AddDomainWordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("assistantId", &self.assistant_id)?;
        object.field("domainWords", &self.domain_words)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddDomainWordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddDomainWordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "domainWords" => rt::read_field(map, &mut self.domain_words),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddDomainWordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::add_to_org_skill_repository`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AddToOrgSkillRepositoryRequest {
    /// `actionId`.
    pub action_id: String,
    /// `actionVersion`.
    pub action_version: String,
    /// `operatorUnionId`.
    pub operator_union_id: String,
}
impl AddToOrgSkillRepositoryRequest {
    /// A `AddToOrgSkillRepositoryRequest` with its required fields (`actionId`, `actionVersion`, `operatorUnionId`); set the others with the methods named after them.
    pub fn new(
        action_id: impl Into<String>,
        action_version: impl Into<String>,
        operator_union_id: impl Into<String>,
    ) -> Self {
        Self {
            action_id: action_id.into(),
            action_version: action_version.into(),
            operator_union_id: operator_union_id.into(),
        }
    }
}
impl rt::serde::Serialize for AddToOrgSkillRepositoryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("actionId", &self.action_id)?;
        object.field("actionVersion", &self.action_version)?;
        object.field("operatorUnionId", &self.operator_union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddToOrgSkillRepositoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddToOrgSkillRepositoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionId" => rt::read_field(map, &mut self.action_id),
            "actionVersion" => rt::read_field(map, &mut self.action_version),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddToOrgSkillRepositoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::assistant_me_response`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AssistantMeResponseRequest {
    /// A `AssistantMeResponseRequest` with its required fields (`input`); set the others with the methods named after them.
    pub fn new(input: impl Into<String>) -> Self {
        Self {
            input: input.into(),
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
impl rt::serde::Serialize for AssistantMeResponseRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("input", &self.input)?;
        object.optional("instructions", &self.instructions)?;
        object.optional("metadata", &self.metadata)?;
        object.optional("stream", &self.stream)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AssistantMeResponseRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AssistantMeResponseRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "input" => rt::read_field(map, &mut self.input),
            "instructions" => rt::read_field(map, &mut self.instructions),
            "metadata" => rt::read_field(map, &mut self.metadata),
            "stream" => rt::read_field(map, &mut self.stream),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AssistantMeResponseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::assistant_response`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AssistantResponseRequest {
    /// A `AssistantResponseRequest` with its required fields (`input`); set the others with the methods named after them.
    pub fn new(input: impl Into<String>) -> Self {
        Self {
            input: input.into(),
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
impl rt::serde::Serialize for AssistantResponseRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("input", &self.input)?;
        object.optional("instructions", &self.instructions)?;
        object.optional("metadata", &self.metadata)?;
        object.optional("stream", &self.stream)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AssistantResponseRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AssistantResponseRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "input" => rt::read_field(map, &mut self.input),
            "instructions" => rt::read_field(map, &mut self.instructions),
            "metadata" => rt::read_field(map, &mut self.metadata),
            "stream" => rt::read_field(map, &mut self.stream),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchGetAICreditsRecordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchGetAICreditsRecordRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateAssistantRequest {
    /// A `CreateAssistantRequest` with its required fields (`description`, `icon`, `instructions`, `name`, `operatorUnionId`, `welcomeContent`); set the others with the methods named after them.
    pub fn new(
        description: impl Into<String>,
        icon: impl Into<String>,
        instructions: impl Into<String>,
        name: impl Into<String>,
        operator_union_id: impl Into<String>,
        welcome_content: impl Into<String>,
    ) -> Self {
        Self {
            description: description.into(),
            icon: icon.into(),
            instructions: instructions.into(),
            name: name.into(),
            operator_union_id: operator_union_id.into(),
            recommend_prompts: None,
            welcome_content: welcome_content.into(),
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
impl rt::serde::Serialize for CreateAssistantRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("description", &self.description)?;
        object.field("icon", &self.icon)?;
        object.field("instructions", &self.instructions)?;
        object.field("name", &self.name)?;
        object.field("operatorUnionId", &self.operator_union_id)?;
        object.optional("recommendPrompts", &self.recommend_prompts)?;
        object.field("welcomeContent", &self.welcome_content)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateAssistantRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateAssistantRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "icon" => rt::read_field(map, &mut self.icon),
            "instructions" => rt::read_field(map, &mut self.instructions),
            "name" => rt::read_field(map, &mut self.name),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            "recommendPrompts" => rt::read_field(map, &mut self.recommend_prompts),
            "welcomeContent" => rt::read_field(map, &mut self.welcome_content),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateAssistantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_assistant_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateAssistantMessageRequest {
    /// A `CreateAssistantMessageRequest` with its required fields (`content`, `role`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>, role: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            extension: None,
            metadata: None,
            role: role.into(),
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
impl rt::serde::Serialize for CreateAssistantMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.optional("extension", &self.extension)?;
        object.optional("metadata", &self.metadata)?;
        object.field("role", &self.role)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateAssistantMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateAssistantMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "extension" => rt::read_field(map, &mut self.extension),
            "metadata" => rt::read_field(map, &mut self.metadata),
            "role" => rt::read_field(map, &mut self.role),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateAssistantMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_assistant_run`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateAssistantRunRequest {
    /// A `CreateAssistantRunRequest` with its required fields (`assistantId`); set the others with the methods named after them.
    pub fn new(assistant_id: impl Into<String>) -> Self {
        Self {
            assistant_id: assistant_id.into(),
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
impl rt::serde::Serialize for CreateAssistantRunRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("assistantId", &self.assistant_id)?;
        object.optional("instructions", &self.instructions)?;
        object.optional("metadata", &self.metadata)?;
        object.optional("stream", &self.stream)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateAssistantRunRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateAssistantRunRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "instructions" => rt::read_field(map, &mut self.instructions),
            "metadata" => rt::read_field(map, &mut self.metadata),
            "stream" => rt::read_field(map, &mut self.stream),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for CreateAssistantThreadRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("metadata", &self.metadata)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateAssistantThreadRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateAssistantThreadRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "metadata" => rt::read_field(map, &mut self.metadata),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateAssistantThreadRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_assistant`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteAssistantRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: String,
    /// `operatorUnionId`: a query parameter.
    pub operator_union_id: String,
}
impl DeleteAssistantRequest {
    /// A `DeleteAssistantRequest` with its required fields (`assistantId`, `operatorUnionId`); set the others with the methods named after them.
    pub fn new(
        assistant_id: impl Into<String>,
        operator_union_id: impl Into<String>,
    ) -> Self {
        Self {
            assistant_id: assistant_id.into(),
            operator_union_id: operator_union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteAssistantRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteAssistantRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteAssistantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("assistantId", &self.assistant_id);
        writer.query("operatorUnionId", &self.operator_union_id);
    }
}
/// The request of [`Api::delete_domain_words`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteDomainWordsRequest {
    /// `assistantId`.
    pub assistant_id: String,
    /// `domainWords`.
    pub domain_words: Vec<DeleteDomainWordsRequestDomainWords>,
}
impl DeleteDomainWordsRequest {
    /// A `DeleteDomainWordsRequest` with its required fields (`assistantId`, `domainWords`); set the others with the methods named after them.
    pub fn new(
        assistant_id: impl Into<String>,
        domain_words: impl IntoIterator<Item = DeleteDomainWordsRequestDomainWords>,
    ) -> Self {
        Self {
            assistant_id: assistant_id.into(),
            domain_words: domain_words.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for DeleteDomainWordsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("assistantId", &self.assistant_id)?;
        object.field("domainWords", &self.domain_words)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteDomainWordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteDomainWordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "domainWords" => rt::read_field(map, &mut self.domain_words),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteDomainWordsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_knowledge`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteKnowledgeRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: String,
    /// `studyId`: a query parameter.
    pub study_id: String,
}
impl DeleteKnowledgeRequest {
    /// A `DeleteKnowledgeRequest` with its required fields (`assistantId`, `studyId`); set the others with the methods named after them.
    pub fn new(assistant_id: impl Into<String>, study_id: impl Into<String>) -> Self {
        Self {
            assistant_id: assistant_id.into(),
            study_id: study_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteKnowledgeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteKnowledgeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "studyId" => rt::read_field(map, &mut self.study_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for DeployAssistantRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("action", &self.action)?;
        object.optional("aiAssistantId", &self.ai_assistant_id)?;
        object.optional("appScopes", &self.app_scopes)?;
        object.optional("description", &self.description)?;
        object.optional("fallback", &self.fallback)?;
        object.optional("icon", &self.icon)?;
        object.optional("instructions", &self.instructions)?;
        object.optional("isPublic", &self.is_public)?;
        object.optional("name", &self.name)?;
        object.optional("operateUserId", &self.operate_user_id)?;
        object.optional("recommendPrompts", &self.recommend_prompts)?;
        object.optional("shareRecipient", &self.share_recipient)?;
        object.optional("toneStyle", &self.tone_style)?;
        object.optional("uuid", &self.uuid)?;
        object.optional("welcomeContent", &self.welcome_content)?;
        object.optional("welcomeTitle", &self.welcome_title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeployAssistantRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeployAssistantRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "action" => rt::read_field(map, &mut self.action),
            "aiAssistantId" => rt::read_field(map, &mut self.ai_assistant_id),
            "appScopes" => rt::read_field(map, &mut self.app_scopes),
            "description" => rt::read_field(map, &mut self.description),
            "fallback" => rt::read_field(map, &mut self.fallback),
            "icon" => rt::read_field(map, &mut self.icon),
            "instructions" => rt::read_field(map, &mut self.instructions),
            "isPublic" => rt::read_field(map, &mut self.is_public),
            "name" => rt::read_field(map, &mut self.name),
            "operateUserId" => rt::read_field(map, &mut self.operate_user_id),
            "recommendPrompts" => rt::read_field(map, &mut self.recommend_prompts),
            "shareRecipient" => rt::read_field(map, &mut self.share_recipient),
            "toneStyle" => rt::read_field(map, &mut self.tone_style),
            "uuid" => rt::read_field(map, &mut self.uuid),
            "welcomeContent" => rt::read_field(map, &mut self.welcome_content),
            "welcomeTitle" => rt::read_field(map, &mut self.welcome_title),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeployAssistantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_ask_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetAskDetailRequest {
    /// A `GetAskDetailRequest` with its required fields (`assistantId`, `offset`, `pageSize`); set the others with the methods named after them.
    pub fn new(assistant_id: impl Into<String>, offset: i64, page_size: i64) -> Self {
        Self {
            assistant_id: assistant_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAskDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAskDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "offset" => rt::read_field(map, &mut self.offset),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetAssistantActionInfoRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: String,
}
impl GetAssistantActionInfoRequest {
    /// A `GetAssistantActionInfoRequest` with its required fields (`assistantId`); set the others with the methods named after them.
    pub fn new(assistant_id: impl Into<String>) -> Self {
        Self {
            assistant_id: assistant_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetAssistantActionInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetAssistantActionInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetAssistantActionInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("assistantId", &self.assistant_id);
    }
}
/// The request of [`Api::get_domain_words`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDomainWordsRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: String,
}
impl GetDomainWordsRequest {
    /// A `GetDomainWordsRequest` with its required fields (`assistantId`); set the others with the methods named after them.
    pub fn new(assistant_id: impl Into<String>) -> Self {
        Self {
            assistant_id: assistant_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDomainWordsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDomainWordsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetKnowledgeListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetKnowledgeListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for InstallAssistantRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("assistantId", &self.assistant_id)?;
        object.optional("isAllOrgMemberVisible", &self.is_all_org_member_visible)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for InstallAssistantRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for InstallAssistantRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "isAllOrgMemberVisible" => {
                rt::read_field(map, &mut self.is_all_org_member_visible)
            }
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for LearnKnowledgeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("assistantId", &self.assistant_id)?;
        object.optional("docUrl", &self.doc_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LearnKnowledgeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LearnKnowledgeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "docUrl" => rt::read_field(map, &mut self.doc_url),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for LearnKnowledgeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_assistant`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListAssistantRequest {
    /// `cursor`: a query parameter.
    pub cursor: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl ListAssistantRequest {
    /// A `ListAssistantRequest` with its required fields (`pageSize`, `unionId`); set the others with the methods named after them.
    pub fn new(page_size: i64, union_id: impl Into<String>) -> Self {
        Self {
            cursor: None,
            page_size,
            union_id: union_id.into(),
        }
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListAssistantRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListAssistantRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cursor" => rt::read_field(map, &mut self.cursor),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListAssistantMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListAssistantMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "limit" => rt::read_field(map, &mut self.limit),
            "order" => rt::read_field(map, &mut self.order),
            "runId" => rt::read_field(map, &mut self.run_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListAssistantRunRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListAssistantRunRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "limit" => rt::read_field(map, &mut self.limit),
            "order" => rt::read_field(map, &mut self.order),
            _ => Ok(false),
        }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListInstanceRequest {
    /// `prototypeAssistantId`: a query parameter.
    pub prototype_assistant_id: String,
}
impl ListInstanceRequest {
    /// A `ListInstanceRequest` with its required fields (`prototypeAssistantId`); set the others with the methods named after them.
    pub fn new(prototype_assistant_id: impl Into<String>) -> Self {
        Self {
            prototype_assistant_id: prototype_assistant_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListInstanceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListInstanceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "prototypeAssistantId" => {
                rt::read_field(map, &mut self.prototype_assistant_id)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("prototypeAssistantId", &self.prototype_assistant_id);
    }
}
/// The request of [`Api::list_visible_assistant`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListVisibleAssistantRequest {
    /// A `ListVisibleAssistantRequest` with its required fields (`pageSize`, `unionId`); set the others with the methods named after them.
    pub fn new(page_size: i64, union_id: impl Into<String>) -> Self {
        Self {
            cursor: None,
            name: None,
            page_size,
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListVisibleAssistantRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListVisibleAssistantRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cursor" => rt::read_field(map, &mut self.cursor),
            "name" => rt::read_field(map, &mut self.name),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl LogListRequest {
    /// A `LogListRequest` with its required fields (`assistantId`); set the others with the methods named after them.
    pub fn new(assistant_id: impl Into<String>) -> Self {
        Self {
            assistant_id: assistant_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LogListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LogListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PageListNewAICreditsUsageRecordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PageListNewAICreditsUsageRecordRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "scenarioName" => rt::read_field(map, &mut self.scenario_name),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RelearnKnowledgeRequest {
    /// `assistantId`.
    pub assistant_id: String,
}
impl RelearnKnowledgeRequest {
    /// A `RelearnKnowledgeRequest` with its required fields (`assistantId`); set the others with the methods named after them.
    pub fn new(assistant_id: impl Into<String>) -> Self {
        Self {
            assistant_id: assistant_id.into(),
        }
    }
}
impl rt::serde::Serialize for RelearnKnowledgeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("assistantId", &self.assistant_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RelearnKnowledgeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RelearnKnowledgeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for RemoveAssistantRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("assistantId", &self.assistant_id)?;
        object.optional("operatorUnionId", &self.operator_union_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveAssistantRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveAssistantRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveAssistantRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::remove_from_org_skill_repository`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemoveFromOrgSkillRepositoryRequest {
    /// `actionId`: a query parameter.
    pub action_id: String,
    /// `operatorUnionId`: a query parameter.
    pub operator_union_id: String,
}
impl RemoveFromOrgSkillRepositoryRequest {
    /// A `RemoveFromOrgSkillRepositoryRequest` with its required fields (`actionId`, `operatorUnionId`); set the others with the methods named after them.
    pub fn new(
        action_id: impl Into<String>,
        operator_union_id: impl Into<String>,
    ) -> Self {
        Self {
            action_id: action_id.into(),
            operator_union_id: operator_union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemoveFromOrgSkillRepositoryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemoveFromOrgSkillRepositoryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionId" => rt::read_field(map, &mut self.action_id),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemoveFromOrgSkillRepositoryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("actionId", &self.action_id);
        writer.query("operatorUnionId", &self.operator_union_id);
    }
}
/// The request of [`Api::retrieve_assistant_basic_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RetrieveAssistantBasicInfoRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
impl RetrieveAssistantBasicInfoRequest {
    /// A `RetrieveAssistantBasicInfoRequest` with its required fields (`assistantId`, `unionId`); set the others with the methods named after them.
    pub fn new(assistant_id: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            assistant_id: assistant_id.into(),
            union_id: union_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RetrieveAssistantBasicInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RetrieveAssistantBasicInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RetrieveAssistantBasicInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("assistantId", &self.assistant_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::retrieve_assistant_scope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RetrieveAssistantScopeRequest {
    /// `assistantId`: a query parameter.
    pub assistant_id: String,
}
impl RetrieveAssistantScopeRequest {
    /// A `RetrieveAssistantScopeRequest` with its required fields (`assistantId`); set the others with the methods named after them.
    pub fn new(assistant_id: impl Into<String>) -> Self {
        Self {
            assistant_id: assistant_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RetrieveAssistantScopeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RetrieveAssistantScopeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RetrieveAssistantScopeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("assistantId", &self.assistant_id);
    }
}
/// The request of [`Api::update_assistant_basic_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateAssistantBasicInfoRequest {
    /// A `UpdateAssistantBasicInfoRequest` with its required fields (`assistantId`, `operatorUnionId`); set the others with the methods named after them.
    pub fn new(
        assistant_id: impl Into<String>,
        operator_union_id: impl Into<String>,
    ) -> Self {
        Self {
            assistant_id: assistant_id.into(),
            description: None,
            fallback_content: None,
            icon: None,
            instructions: None,
            name: None,
            operator_union_id: operator_union_id.into(),
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
impl rt::serde::Serialize for UpdateAssistantBasicInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("assistantId", &self.assistant_id)?;
        object.optional("description", &self.description)?;
        object.optional("fallbackContent", &self.fallback_content)?;
        object.optional("icon", &self.icon)?;
        object.optional("instructions", &self.instructions)?;
        object.optional("name", &self.name)?;
        object.field("operatorUnionId", &self.operator_union_id)?;
        object.optional("recommendPrompts", &self.recommend_prompts)?;
        object.optional("welcomeContent", &self.welcome_content)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateAssistantBasicInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateAssistantBasicInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "description" => rt::read_field(map, &mut self.description),
            "fallbackContent" => rt::read_field(map, &mut self.fallback_content),
            "icon" => rt::read_field(map, &mut self.icon),
            "instructions" => rt::read_field(map, &mut self.instructions),
            "name" => rt::read_field(map, &mut self.name),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            "recommendPrompts" => rt::read_field(map, &mut self.recommend_prompts),
            "welcomeContent" => rt::read_field(map, &mut self.welcome_content),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateAssistantBasicInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_assistant_scope`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateAssistantScopeRequest {
    /// A `UpdateAssistantScopeRequest` with its required fields (`assistantId`, `operatorUnionId`); set the others with the methods named after them.
    pub fn new(
        assistant_id: impl Into<String>,
        operator_union_id: impl Into<String>,
    ) -> Self {
        Self {
            assistant_id: assistant_id.into(),
            operator_union_id: operator_union_id.into(),
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
impl rt::serde::Serialize for UpdateAssistantScopeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("assistantId", &self.assistant_id)?;
        object.field("operatorUnionId", &self.operator_union_id)?;
        object.optional("scopes", &self.scopes)?;
        object.optional("sharing", &self.sharing)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateAssistantScopeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateAssistantScopeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "assistantId" => rt::read_field(map, &mut self.assistant_id),
            "operatorUnionId" => rt::read_field(map, &mut self.operator_union_id),
            "scopes" => rt::read_field(map, &mut self.scopes),
            "sharing" => rt::read_field(map, &mut self.sharing),
            _ => Ok(false),
        }
    }
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
