// @generated from api-spec/ai_paa_s_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! AI PaaS：AI 技能执行、模型推理（含炼丹炉专属模型服务）与文生图任务。
//!
//! 17 operations, methods of [`Api`] (`client.ai_paa_s_1_0()`), behind the cargo feature `ai_paa_s_1_0`; its paths start with `/v1.0/aiPaaS/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `ai_paa_s_1_0`. Get it with `client.ai_paa_s_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 炼丹炉专属模型推理服务
    ///
    /// `POST /v1.0/aiPaaS/ai/complete`: DingTalk's `ExclusiveModelCompleteService` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExclusiveModelCompleteService")]
    #[doc(alias = "/v1.0/aiPaaS/ai/complete")]
    #[doc(alias = "POST /v1.0/aiPaaS/ai/complete")]
    pub fn exclusive_model_complete_service(
        &self,
        request: &ExclusiveModelCompleteServiceRequest,
    ) -> rt::Call<
        ExclusiveModelCompleteServiceResponseBody,
        ExclusiveModelCompleteServiceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExclusiveModelCompleteService",
            rt::Method::Post,
            "/v1.0/aiPaaS/ai/complete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 执行AI技能
    ///
    /// `POST /v1.0/aiPaaS/me/agents/execute`: DingTalk's `ExecuteAgent` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExecuteAgent")]
    #[doc(alias = "/v1.0/aiPaaS/me/agents/execute")]
    #[doc(alias = "POST /v1.0/aiPaaS/me/agents/execute")]
    pub fn execute_agent(
        &self,
        request: &ExecuteAgentRequest,
    ) -> rt::Call<ExecuteAgentResponseBody, ExecuteAgentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExecuteAgent",
            rt::Method::Post,
            "/v1.0/aiPaaS/me/agents/execute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 炼丹炉文生图任务结果获取
    ///
    /// `POST /v1.0/aiPaaS/ai/textToImage/results/query`: DingTalk's `LiandanTextImageGet` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "LiandanTextImageGet")]
    #[doc(alias = "/v1.0/aiPaaS/ai/textToImage/results/query")]
    #[doc(alias = "POST /v1.0/aiPaaS/ai/textToImage/results/query")]
    pub fn liandan_text_image_get(
        &self,
        request: &LiandanTextImageGetRequest,
    ) -> rt::Call<LiandanTextImageGetResponseBody, LiandanTextImageGetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LiandanTextImageGet",
            rt::Method::Post,
            "/v1.0/aiPaaS/ai/textToImage/results/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 炼丹炉专属模型接口
    ///
    /// `POST /v1.0/aiPaaS/ai/generate`: DingTalk's `LiandanluExclusiveModel` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "LiandanluExclusiveModel")]
    #[doc(alias = "/v1.0/aiPaaS/ai/generate")]
    #[doc(alias = "POST /v1.0/aiPaaS/ai/generate")]
    pub fn liandanlu_exclusive_model(
        &self,
        request: &LiandanluExclusiveModelRequest,
    ) -> rt::Call<LiandanluExclusiveModelResponseBody, LiandanluExclusiveModelError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LiandanluExclusiveModel",
            rt::Method::Post,
            "/v1.0/aiPaaS/ai/generate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 炼丹炉通过提示词生成图片
    ///
    /// `POST /v1.0/aiPaaS/ai/textToImage/generate`: DingTalk's `LiandanluTextToImageModel` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "LiandanluTextToImageModel")]
    #[doc(alias = "/v1.0/aiPaaS/ai/textToImage/generate")]
    #[doc(alias = "POST /v1.0/aiPaaS/ai/textToImage/generate")]
    pub fn liandanlu_text_to_image_model(
        &self,
        request: &LiandanluTextToImageModelRequest,
    ) -> rt::Call<
        LiandanluTextToImageModelResponseBody,
        LiandanluTextToImageModelError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "LiandanluTextToImageModel",
            rt::Method::Post,
            "/v1.0/aiPaaS/ai/textToImage/generate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过配置的指令，连接用户和系统，训练大模型
    ///
    /// `POST /v1.0/aiPaaS/ai/nl2frame`: DingTalk's `NLToFrameService` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "NLToFrameService")]
    #[doc(alias = "/v1.0/aiPaaS/ai/nl2frame")]
    #[doc(alias = "POST /v1.0/aiPaaS/ai/nl2frame")]
    pub fn nl_to_frame_service(
        &self,
        request: &NLToFrameServiceRequest,
    ) -> rt::Call<NLToFrameServiceResponseBody, NLToFrameServiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "NLToFrameService",
            rt::Method::Post,
            "/v1.0/aiPaaS/ai/nl2frame",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Baymax技能执行日志
    ///
    /// `GET /v1.0/aiPaaS/skills/logs`: DingTalk's `QueryBaymaxSkillLog` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryBaymaxSkillLog")]
    #[doc(alias = "/v1.0/aiPaaS/skills/logs")]
    #[doc(alias = "GET /v1.0/aiPaaS/skills/logs")]
    pub fn query_baymax_skill_log(
        &self,
        request: &QueryBaymaxSkillLogRequest,
    ) -> rt::Call<QueryBaymaxSkillLogResponseBody, QueryBaymaxSkillLogError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBaymaxSkillLog",
            rt::Method::Get,
            "/v1.0/aiPaaS/skills/logs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询会话消息并以大模型友好的协议返回
    ///
    /// `GET /v1.0/aiPaaS/me/memory/im/{cid}/messages`: DingTalk's `QueryConversationMessageForAI` (module feature `ai_paa_s_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `cid`: `{cid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryConversationMessageForAI")]
    #[doc(alias = "/v1.0/aiPaaS/me/memory/im/{cid}/messages")]
    #[doc(alias = "GET /v1.0/aiPaaS/me/memory/im/{cid}/messages")]
    pub fn query_conversation_message_for_ai(
        &self,
        cid: &str,
        request: &QueryConversationMessageForAIRequest,
    ) -> rt::Call<
        QueryConversationMessageForAIResponseBody,
        QueryConversationMessageForAIError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryConversationMessageForAI",
            rt::Method::Get,
            "/v1.0/aiPaaS/me/memory/im/{cid}/messages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[cid], request)
    }
    /// 查询记忆学习进度
    ///
    /// `GET /v1.0/aiPaaS/me/memory/learningTask/get`: DingTalk's `QueryMemoryLearningTask` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMemoryLearningTask")]
    #[doc(alias = "/v1.0/aiPaaS/me/memory/learningTask/get")]
    #[doc(alias = "GET /v1.0/aiPaaS/me/memory/learningTask/get")]
    pub fn query_memory_learning_task(
        &self,
        request: &QueryMemoryLearningTaskRequest,
    ) -> rt::Call<QueryMemoryLearningTaskResponseBody, QueryMemoryLearningTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMemoryLearningTask",
            rt::Method::Get,
            "/v1.0/aiPaaS/me/memory/learningTask/get",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 中信金属智能配料任务结果
    ///
    /// `POST /v1.0/aiPaaS/nl2x/smartFormulas/results/query`: DingTalk's `SmartFormulaResultService` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SmartFormulaResultService")]
    #[doc(alias = "/v1.0/aiPaaS/nl2x/smartFormulas/results/query")]
    #[doc(alias = "POST /v1.0/aiPaaS/nl2x/smartFormulas/results/query")]
    pub fn smart_formula_result_service(
        &self,
        request: &SmartFormulaResultServiceRequest,
    ) -> rt::Call<
        SmartFormulaResultServiceResponseBody,
        SmartFormulaResultServiceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SmartFormulaResultService",
            rt::Method::Post,
            "/v1.0/aiPaaS/nl2x/smartFormulas/results/query",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 中信金属智能配料任务触发
    ///
    /// `POST /v1.0/aiPaaS/nl2x/smartFormulas/trigger`: DingTalk's `SmartFormulaTriggerService` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SmartFormulaTriggerService")]
    #[doc(alias = "/v1.0/aiPaaS/nl2x/smartFormulas/trigger")]
    #[doc(alias = "POST /v1.0/aiPaaS/nl2x/smartFormulas/trigger")]
    pub fn smart_formula_trigger_service(
        &self,
        request: &SmartFormulaTriggerServiceRequest,
    ) -> rt::Call<
        SmartFormulaTriggerServiceResponseBody,
        SmartFormulaTriggerServiceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SmartFormulaTriggerService",
            rt::Method::Post,
            "/v1.0/aiPaaS/nl2x/smartFormulas/trigger",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询智能报价结果
    ///
    /// `POST /v1.0/aiPaaS/nl2x/smartQuotations/results/batchQuery`: DingTalk's `SmartQuoteBatchQueryResultService` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SmartQuoteBatchQueryResultService")]
    #[doc(alias = "/v1.0/aiPaaS/nl2x/smartQuotations/results/batchQuery")]
    #[doc(alias = "POST /v1.0/aiPaaS/nl2x/smartQuotations/results/batchQuery")]
    pub fn smart_quote_batch_query_result_service(
        &self,
        request: &SmartQuoteBatchQueryResultServiceRequest,
    ) -> rt::Call<
        SmartQuoteBatchQueryResultServiceResponseBody,
        SmartQuoteBatchQueryResultServiceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SmartQuoteBatchQueryResultService",
            rt::Method::Post,
            "/v1.0/aiPaaS/nl2x/smartQuotations/results/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询智能报价
    ///
    /// `POST /v1.0/aiPaaS/nl2x/smartQuotations/batchQuery`: DingTalk's `SmartQuoteBatchQueryService` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SmartQuoteBatchQueryService")]
    #[doc(alias = "/v1.0/aiPaaS/nl2x/smartQuotations/batchQuery")]
    #[doc(alias = "POST /v1.0/aiPaaS/nl2x/smartQuotations/batchQuery")]
    pub fn smart_quote_batch_query_service(
        &self,
        request: &SmartQuoteBatchQueryServiceRequest,
    ) -> rt::Call<
        SmartQuoteBatchQueryServiceResponseBody,
        SmartQuoteBatchQueryServiceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SmartQuoteBatchQueryService",
            rt::Method::Post,
            "/v1.0/aiPaaS/nl2x/smartQuotations/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加智能报价数据
    ///
    /// `POST /v1.0/aiPaaS/nl2x/smartQuotations/datas`: DingTalk's `SmartQuoteDataService` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SmartQuoteDataService")]
    #[doc(alias = "/v1.0/aiPaaS/nl2x/smartQuotations/datas")]
    #[doc(alias = "POST /v1.0/aiPaaS/nl2x/smartQuotations/datas")]
    pub fn smart_quote_data_service(
        &self,
        request: &SmartQuoteDataServiceRequest,
    ) -> rt::Call<SmartQuoteDataServiceResponseBody, SmartQuoteDataServiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SmartQuoteDataService",
            rt::Method::Post,
            "/v1.0/aiPaaS/nl2x/smartQuotations/datas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询智能报价结果
    ///
    /// `POST /v1.0/aiPaaS/nl2x/smartQuotations/results/query`: DingTalk's `SmartQuoteQueryResultService` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SmartQuoteQueryResultService")]
    #[doc(alias = "/v1.0/aiPaaS/nl2x/smartQuotations/results/query")]
    #[doc(alias = "POST /v1.0/aiPaaS/nl2x/smartQuotations/results/query")]
    pub fn smart_quote_query_result_service(
        &self,
        request: &SmartQuoteQueryResultServiceRequest,
    ) -> rt::Call<
        SmartQuoteQueryResultServiceResponseBody,
        SmartQuoteQueryResultServiceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SmartQuoteQueryResultService",
            rt::Method::Post,
            "/v1.0/aiPaaS/nl2x/smartQuotations/results/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询智能报价
    ///
    /// `POST /v1.0/aiPaaS/nl2x/smartQuotations/triggerQuery`: DingTalk's `SmartQuoteQueryService` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SmartQuoteQueryService")]
    #[doc(alias = "/v1.0/aiPaaS/nl2x/smartQuotations/triggerQuery")]
    #[doc(alias = "POST /v1.0/aiPaaS/nl2x/smartQuotations/triggerQuery")]
    pub fn smart_quote_query_service(
        &self,
        request: &SmartQuoteQueryServiceRequest,
    ) -> rt::Call<SmartQuoteQueryServiceResponseBody, SmartQuoteQueryServiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SmartQuoteQueryService",
            rt::Method::Post,
            "/v1.0/aiPaaS/nl2x/smartQuotations/triggerQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提交记忆学习任务
    ///
    /// `POST /v1.0/aiPaaS/me/memory/learningTask/put`: DingTalk's `SubmitMemoryLearningTask` (module feature `ai_paa_s_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubmitMemoryLearningTask")]
    #[doc(alias = "/v1.0/aiPaaS/me/memory/learningTask/put")]
    #[doc(alias = "POST /v1.0/aiPaaS/me/memory/learningTask/put")]
    pub fn submit_memory_learning_task(
        &self,
        request: &SubmitMemoryLearningTaskRequest,
    ) -> rt::Call<SubmitMemoryLearningTaskResponseBody, SubmitMemoryLearningTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubmitMemoryLearningTask",
            rt::Method::Post,
            "/v1.0/aiPaaS/me/memory/learningTask/put",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `ExclusiveModelCompleteServiceRequestMessages`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExclusiveModelCompleteServiceRequestMessages {
    /// `content`.
    pub content: String,
    /// `role`.
    pub role: String,
}
/// The required fields of [`ExclusiveModelCompleteServiceRequestMessages`], each named where it is set: `ExclusiveModelCompleteServiceRequestMessages::new(ExclusiveModelCompleteServiceRequestMessagesRequired { .. })`.
pub struct ExclusiveModelCompleteServiceRequestMessagesRequired {
    /// `content`: see [`ExclusiveModelCompleteServiceRequestMessages::content`].
    pub content: String,
    /// `role`: see [`ExclusiveModelCompleteServiceRequestMessages::role`].
    pub role: String,
}
impl ExclusiveModelCompleteServiceRequestMessages {
    /// A `ExclusiveModelCompleteServiceRequestMessages` with its required fields (`content`, `role`); set the others with the methods named after them.
    pub fn new(required: ExclusiveModelCompleteServiceRequestMessagesRequired) -> Self {
        let ExclusiveModelCompleteServiceRequestMessagesRequired { content, role } = required;
        Self { content, role }
    }
}
rt::impl_serialize! {
    ExclusiveModelCompleteServiceRequestMessages { "content" => field(content), "role" =>
    field(role) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExclusiveModelCompleteServiceRequestMessages { "content" => read_field(content),
    "role" => read_field(role) }
}
/// `ExclusiveModelCompleteServiceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExclusiveModelCompleteServiceResponseBody {
    /// `choices`.
    pub choices: Option<Vec<ExclusiveModelCompleteServiceResponseBodyChoices>>,
    /// `created`.
    pub created: Option<i64>,
    /// `id`.
    pub id: Option<String>,
    /// `model`.
    pub model: Option<String>,
    /// `usage`.
    pub usage: Option<ExclusiveModelCompleteServiceResponseBodyUsage>,
}
rt::impl_deserialize! {
    ExclusiveModelCompleteServiceResponseBody { "choices" => read_field(choices),
    "created" => read_field(created), "id" => read_field(id), "model" =>
    read_field(model), "usage" => read_field(usage) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExclusiveModelCompleteServiceResponseBody { "choices" => optional(choices), "created"
    => optional(created), "id" => optional(id), "model" => optional(model), "usage" =>
    optional(usage) }
}
/// `ExecuteAgentRequestInputs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExecuteAgentRequestInputs {
    /// `cardData`.
    pub card_data: Option<rt::serde_json::Value>,
    /// `cardTemplateId`.
    pub card_template_id: Option<String>,
    /// `input`.
    pub input: Option<String>,
}
impl ExecuteAgentRequestInputs {
    /// An empty `ExecuteAgentRequestInputs`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cardData`.
    pub fn card_data(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.card_data = Some(value.into());
        self
    }
    /// Sets `cardTemplateId`.
    pub fn card_template_id(mut self, value: impl Into<String>) -> Self {
        self.card_template_id = Some(value.into());
        self
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<String>) -> Self {
        self.input = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ExecuteAgentRequestInputs { "cardData" => optional(card_data), "cardTemplateId" =>
    optional(card_template_id), "input" => optional(input) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExecuteAgentRequestInputs { "cardData" => read_field(card_data), "cardTemplateId" =>
    read_field(card_template_id), "input" => read_field(input) }
}
/// `ExecuteAgentResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExecuteAgentResponseBody {
    /// `result`.
    pub result: Option<ExecuteAgentResponseBodyResult>,
}
rt::impl_deserialize! {
    ExecuteAgentResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExecuteAgentResponseBody { "result" => optional(result) }
}
/// `LiandanTextImageGetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LiandanTextImageGetResponseBody {
    /// `result`.
    pub result: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    LiandanTextImageGetResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LiandanTextImageGetResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `LiandanluExclusiveModelResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LiandanluExclusiveModelResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    LiandanluExclusiveModelResponseBody { "requestId" => read_field(request_id), "result"
    => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LiandanluExclusiveModelResponseBody { "requestId" => optional(request_id), "result"
    => optional(result) }
}
/// `LiandanluTextToImageModelResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LiandanluTextToImageModelResponseBody {
    /// `result`.
    pub result: Option<LiandanluTextToImageModelResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    LiandanluTextToImageModelResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LiandanluTextToImageModelResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `NLToFrameServiceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct NLToFrameServiceResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    NLToFrameServiceResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    NLToFrameServiceResponseBody { "result" => optional(result) }
}
/// `QueryBaymaxSkillLogResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBaymaxSkillLogResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    QueryBaymaxSkillLogResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBaymaxSkillLogResponseBody { "result" => optional(result) }
}
/// `QueryConversationMessageForAIResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryConversationMessageForAIResponseBody {
    /// `messages`.
    pub messages: Option<Vec<QueryConversationMessageForAIResponseBodyMessages>>,
}
rt::impl_deserialize! {
    QueryConversationMessageForAIResponseBody { "messages" => read_field(messages) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConversationMessageForAIResponseBody { "messages" => optional(messages) }
}
/// `QueryMemoryLearningTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMemoryLearningTaskResponseBody {
    /// `result`.
    pub result: Option<QueryMemoryLearningTaskResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryMemoryLearningTaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMemoryLearningTaskResponseBody { "result" => optional(result) }
}
/// `SmartFormulaResultServiceResponseBody`, a model several operations share: also named [`SmartQuoteBatchQueryResultServiceResponseBody`], [`SmartQuoteQueryResultServiceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SmartFormulaResultServiceResponseBody {
    /// `result`.
    pub result: Option<SmartFormulaResultServiceResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SmartFormulaResultServiceResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SmartFormulaResultServiceResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `SmartFormulaTriggerServiceResponseBody`, a model several operations share: also named [`SmartQuoteBatchQueryServiceResponseBody`], [`SmartQuoteQueryServiceResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SmartFormulaTriggerServiceResponseBody {
    /// `result`.
    pub result: Option<SmartFormulaTriggerServiceResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SmartFormulaTriggerServiceResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SmartFormulaTriggerServiceResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `SmartQuoteBatchQueryResultServiceResponseBody`: the same model as [`SmartFormulaResultServiceResponseBody`].
pub type SmartQuoteBatchQueryResultServiceResponseBody = SmartFormulaResultServiceResponseBody;
/// `SmartQuoteBatchQueryServiceResponseBody`: the same model as [`SmartFormulaTriggerServiceResponseBody`].
pub type SmartQuoteBatchQueryServiceResponseBody = SmartFormulaTriggerServiceResponseBody;
/// `SmartQuoteDataServiceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SmartQuoteDataServiceResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    SmartQuoteDataServiceResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SmartQuoteDataServiceResponseBody { "result" => optional(result) }
}
/// `SmartQuoteQueryResultServiceResponseBody`: the same model as [`SmartFormulaResultServiceResponseBody`].
pub type SmartQuoteQueryResultServiceResponseBody = SmartFormulaResultServiceResponseBody;
/// `SmartQuoteQueryServiceResponseBody`: the same model as [`SmartFormulaTriggerServiceResponseBody`].
pub type SmartQuoteQueryServiceResponseBody = SmartFormulaTriggerServiceResponseBody;
/// `SubmitMemoryLearningTaskRequestContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitMemoryLearningTaskRequestContent {
    /// `knowledgeBaseUrl`.
    pub knowledge_base_url: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl SubmitMemoryLearningTaskRequestContent {
    /// An empty `SubmitMemoryLearningTaskRequestContent`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `knowledgeBaseUrl`.
    pub fn knowledge_base_url(mut self, value: impl Into<String>) -> Self {
        self.knowledge_base_url = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SubmitMemoryLearningTaskRequestContent { "knowledgeBaseUrl" =>
    optional(knowledge_base_url), "type" => optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitMemoryLearningTaskRequestContent { "knowledgeBaseUrl" =>
    read_field(knowledge_base_url), "type" => read_field(r#type) }
}
/// `SubmitMemoryLearningTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SubmitMemoryLearningTaskResponseBody {
    /// `result`.
    pub result: Option<SubmitMemoryLearningTaskResponseBodyResult>,
}
rt::impl_deserialize! {
    SubmitMemoryLearningTaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SubmitMemoryLearningTaskResponseBody { "result" => optional(result) }
}
/// `ExclusiveModelCompleteServiceResponseBodyChoices`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExclusiveModelCompleteServiceResponseBodyChoices {
    /// `finishReason`.
    pub finish_reason: Option<String>,
    /// `message`.
    pub message: Option<ExclusiveModelCompleteServiceResponseBodyChoicesMessage>,
}
rt::impl_deserialize! {
    ExclusiveModelCompleteServiceResponseBodyChoices { "finishReason" =>
    read_field(finish_reason), "message" => read_field(message) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExclusiveModelCompleteServiceResponseBodyChoices { "finishReason" =>
    optional(finish_reason), "message" => optional(message) }
}
/// `ExclusiveModelCompleteServiceResponseBodyUsage`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExclusiveModelCompleteServiceResponseBodyUsage {
    /// `completion_tokens`.
    pub completion_tokens: Option<i64>,
    /// `prompt_tokens`.
    pub prompt_tokens: Option<i64>,
    /// `total_tokens`.
    pub total_tokens: Option<i64>,
}
rt::impl_deserialize! {
    ExclusiveModelCompleteServiceResponseBodyUsage { "completion_tokens" =>
    read_field(completion_tokens), "prompt_tokens" => read_field(prompt_tokens),
    "total_tokens" => read_field(total_tokens) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExclusiveModelCompleteServiceResponseBodyUsage { "completion_tokens" =>
    optional(completion_tokens), "prompt_tokens" => optional(prompt_tokens),
    "total_tokens" => optional(total_tokens) }
}
/// `ExecuteAgentResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExecuteAgentResponseBodyResult {
    /// `executeResult`.
    pub execute_result: Option<String>,
    /// `skillId`.
    pub skill_id: Option<String>,
}
rt::impl_deserialize! {
    ExecuteAgentResponseBodyResult { "executeResult" => read_field(execute_result),
    "skillId" => read_field(skill_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExecuteAgentResponseBodyResult { "executeResult" => optional(execute_result),
    "skillId" => optional(skill_id) }
}
/// `LiandanluTextToImageModelResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LiandanluTextToImageModelResponseBodyResult {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskStatus`.
    pub task_status: Option<String>,
}
rt::impl_deserialize! {
    LiandanluTextToImageModelResponseBodyResult { "requestId" => read_field(request_id),
    "taskId" => read_field(task_id), "taskStatus" => read_field(task_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    LiandanluTextToImageModelResponseBodyResult { "requestId" => optional(request_id),
    "taskId" => optional(task_id), "taskStatus" => optional(task_status) }
}
/// `QueryConversationMessageForAIResponseBodyMessages`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryConversationMessageForAIResponseBodyMessages {
    /// `atAll`.
    pub at_all: Option<bool>,
    /// `atUsers`.
    pub at_users: Option<Vec<QueryConversationMessageForAIResponseBodyMessagesAtUsers>>,
    /// `msgContent`.
    pub msg_content: Option<String>,
    /// `msgType`.
    pub msg_type: Option<String>,
    /// `sendTime`.
    pub send_time: Option<String>,
    /// `sender`.
    pub sender: Option<QueryConversationMessageForAIResponseBodyMessagesSender>,
    /// `summary`.
    pub summary: Option<String>,
}
rt::impl_deserialize! {
    QueryConversationMessageForAIResponseBodyMessages { "atAll" => read_field(at_all),
    "atUsers" => read_field(at_users), "msgContent" => read_field(msg_content), "msgType"
    => read_field(msg_type), "sendTime" => read_field(send_time), "sender" =>
    read_field(sender), "summary" => read_field(summary) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConversationMessageForAIResponseBodyMessages { "atAll" => optional(at_all),
    "atUsers" => optional(at_users), "msgContent" => optional(msg_content), "msgType" =>
    optional(msg_type), "sendTime" => optional(send_time), "sender" => optional(sender),
    "summary" => optional(summary) }
}
/// `QueryMemoryLearningTaskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMemoryLearningTaskResponseBodyResult {
    /// `status`.
    pub status: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryMemoryLearningTaskResponseBodyResult { "status" => read_field(status), "success"
    => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMemoryLearningTaskResponseBodyResult { "status" => optional(status), "success"
    => optional(success) }
}
/// `SmartFormulaResultServiceResponseBodyResult`, a model several operations share: also named [`SmartQuoteBatchQueryResultServiceResponseBodyResult`], [`SmartQuoteQueryResultServiceResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SmartFormulaResultServiceResponseBodyResult {
    /// `response`.
    pub response: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    SmartFormulaResultServiceResponseBodyResult { "response" => read_field(response),
    "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SmartFormulaResultServiceResponseBodyResult { "response" => optional(response),
    "status" => optional(status) }
}
/// `SmartFormulaTriggerServiceResponseBodyResult`, a model several operations share: also named [`SmartQuoteBatchQueryServiceResponseBodyResult`], [`SmartQuoteQueryServiceResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SmartFormulaTriggerServiceResponseBodyResult {
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    SmartFormulaTriggerServiceResponseBodyResult { "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SmartFormulaTriggerServiceResponseBodyResult { "taskId" => optional(task_id) }
}
/// `SmartQuoteBatchQueryResultServiceResponseBodyResult`: the same model as [`SmartFormulaResultServiceResponseBodyResult`].
pub type SmartQuoteBatchQueryResultServiceResponseBodyResult = SmartFormulaResultServiceResponseBodyResult;
/// `SmartQuoteBatchQueryServiceResponseBodyResult`: the same model as [`SmartFormulaTriggerServiceResponseBodyResult`].
pub type SmartQuoteBatchQueryServiceResponseBodyResult = SmartFormulaTriggerServiceResponseBodyResult;
/// `SmartQuoteQueryResultServiceResponseBodyResult`: the same model as [`SmartFormulaResultServiceResponseBodyResult`].
pub type SmartQuoteQueryResultServiceResponseBodyResult = SmartFormulaResultServiceResponseBodyResult;
/// `SmartQuoteQueryServiceResponseBodyResult`: the same model as [`SmartFormulaTriggerServiceResponseBodyResult`].
pub type SmartQuoteQueryServiceResponseBodyResult = SmartFormulaTriggerServiceResponseBodyResult;
/// `SubmitMemoryLearningTaskResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SubmitMemoryLearningTaskResponseBodyResult {
    /// `learningCode`.
    pub learning_code: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SubmitMemoryLearningTaskResponseBodyResult { "learningCode" =>
    read_field(learning_code), "status" => read_field(status), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SubmitMemoryLearningTaskResponseBodyResult { "learningCode" =>
    optional(learning_code), "status" => optional(status), "success" => optional(success)
    }
}
/// `ExclusiveModelCompleteServiceResponseBodyChoicesMessage`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExclusiveModelCompleteServiceResponseBodyChoicesMessage {
    /// `content`.
    pub content: Option<String>,
    /// `reasoning_content`.
    pub reasoning_content: Option<String>,
    /// `role`.
    pub role: Option<String>,
}
rt::impl_deserialize! {
    ExclusiveModelCompleteServiceResponseBodyChoicesMessage { "content" =>
    read_field(content), "reasoning_content" => read_field(reasoning_content), "role" =>
    read_field(role) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExclusiveModelCompleteServiceResponseBodyChoicesMessage { "content" =>
    optional(content), "reasoning_content" => optional(reasoning_content), "role" =>
    optional(role) }
}
/// `QueryConversationMessageForAIResponseBodyMessagesAtUsers`, a model several operations share: also named [`QueryConversationMessageForAIResponseBodyMessagesSender`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryConversationMessageForAIResponseBodyMessagesAtUsers {
    /// `agentCode`.
    pub agent_code: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryConversationMessageForAIResponseBodyMessagesAtUsers { "agentCode" =>
    read_field(agent_code), "nick" => read_field(nick), "type" => read_field(r#type),
    "unionId" => read_field(union_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConversationMessageForAIResponseBodyMessagesAtUsers { "agentCode" =>
    optional(agent_code), "nick" => optional(nick), "type" => optional(r#type), "unionId"
    => optional(union_id), "userId" => optional(user_id) }
}
/// `QueryConversationMessageForAIResponseBodyMessagesSender`: the same model as [`QueryConversationMessageForAIResponseBodyMessagesAtUsers`].
pub type QueryConversationMessageForAIResponseBodyMessagesSender = QueryConversationMessageForAIResponseBodyMessagesAtUsers;
/// The request of [`Api::exclusive_model_complete_service`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExclusiveModelCompleteServiceRequest {
    /// `enable_search`.
    pub enable_search: Option<bool>,
    /// `max_tokens`.
    pub max_tokens: Option<i64>,
    /// `messages`.
    pub messages: Vec<ExclusiveModelCompleteServiceRequestMessages>,
    /// `model`.
    pub model: String,
    /// `stream`.
    pub stream: Option<bool>,
    /// `temperature`.
    pub temperature: Option<f64>,
    /// `top_p`.
    pub top_p: Option<f64>,
}
/// The required fields of [`ExclusiveModelCompleteServiceRequest`], each named where it is set: `ExclusiveModelCompleteServiceRequest::new(ExclusiveModelCompleteServiceRequired { .. })`.
pub struct ExclusiveModelCompleteServiceRequired {
    /// `messages`: see [`ExclusiveModelCompleteServiceRequest::messages`].
    pub messages: Vec<ExclusiveModelCompleteServiceRequestMessages>,
    /// `model`: see [`ExclusiveModelCompleteServiceRequest::model`].
    pub model: String,
}
impl ExclusiveModelCompleteServiceRequest {
    /// A `ExclusiveModelCompleteServiceRequest` with its required fields (`messages`, `model`); set the others with the methods named after them.
    pub fn new(required: ExclusiveModelCompleteServiceRequired) -> Self {
        let ExclusiveModelCompleteServiceRequired { messages, model } = required;
        Self {
            enable_search: None,
            max_tokens: None,
            messages,
            model,
            stream: None,
            temperature: None,
            top_p: None,
        }
    }
    /// Sets `enable_search`.
    pub fn enable_search(mut self, value: bool) -> Self {
        self.enable_search = Some(value);
        self
    }
    /// Sets `max_tokens`.
    pub fn max_tokens(mut self, value: i64) -> Self {
        self.max_tokens = Some(value);
        self
    }
    /// Sets `stream`.
    pub fn stream(mut self, value: bool) -> Self {
        self.stream = Some(value);
        self
    }
    /// Sets `temperature`.
    pub fn temperature(mut self, value: f64) -> Self {
        self.temperature = Some(value);
        self
    }
    /// Sets `top_p`.
    pub fn top_p(mut self, value: f64) -> Self {
        self.top_p = Some(value);
        self
    }
}
rt::impl_serialize! {
    ExclusiveModelCompleteServiceRequest { "enable_search" => optional(enable_search),
    "max_tokens" => optional(max_tokens), "messages" => field(messages), "model" =>
    field(model), "stream" => optional(stream), "temperature" => optional(temperature),
    "top_p" => optional(top_p) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExclusiveModelCompleteServiceRequest { "enable_search" => read_field(enable_search),
    "max_tokens" => read_field(max_tokens), "messages" => read_field(messages), "model"
    => read_field(model), "stream" => read_field(stream), "temperature" =>
    read_field(temperature), "top_p" => read_field(top_p) }
}
impl rt::WriteRequest for ExclusiveModelCompleteServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::execute_agent`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExecuteAgentRequest {
    /// `agentCode`.
    pub agent_code: String,
    /// `inputs`.
    pub inputs: ExecuteAgentRequestInputs,
    /// `scenarioCode`.
    pub scenario_code: Option<String>,
    /// `scenarioInstanceId`.
    pub scenario_instance_id: Option<String>,
    /// `skillId`.
    pub skill_id: Option<String>,
}
/// The required fields of [`ExecuteAgentRequest`], each named where it is set: `ExecuteAgentRequest::new(ExecuteAgentRequired { .. })`.
pub struct ExecuteAgentRequired {
    /// `agentCode`: see [`ExecuteAgentRequest::agent_code`].
    pub agent_code: String,
    /// `inputs`: see [`ExecuteAgentRequest::inputs`].
    pub inputs: ExecuteAgentRequestInputs,
}
impl ExecuteAgentRequest {
    /// A `ExecuteAgentRequest` with its required fields (`agentCode`, `inputs`); set the others with the methods named after them.
    pub fn new(required: ExecuteAgentRequired) -> Self {
        let ExecuteAgentRequired { agent_code, inputs } = required;
        Self {
            agent_code,
            inputs,
            scenario_code: None,
            scenario_instance_id: None,
            skill_id: None,
        }
    }
    /// Sets `scenarioCode`.
    pub fn scenario_code(mut self, value: impl Into<String>) -> Self {
        self.scenario_code = Some(value.into());
        self
    }
    /// Sets `scenarioInstanceId`.
    pub fn scenario_instance_id(mut self, value: impl Into<String>) -> Self {
        self.scenario_instance_id = Some(value.into());
        self
    }
    /// Sets `skillId`.
    pub fn skill_id(mut self, value: impl Into<String>) -> Self {
        self.skill_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ExecuteAgentRequest { "agentCode" => field(agent_code), "inputs" => field(inputs),
    "scenarioCode" => optional(scenario_code), "scenarioInstanceId" =>
    optional(scenario_instance_id), "skillId" => optional(skill_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExecuteAgentRequest { "agentCode" => read_field(agent_code), "inputs" =>
    read_field(inputs), "scenarioCode" => read_field(scenario_code), "scenarioInstanceId"
    => read_field(scenario_instance_id), "skillId" => read_field(skill_id) }
}
impl rt::WriteRequest for ExecuteAgentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::liandan_text_image_get`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct LiandanTextImageGetRequest {
    /// `module`.
    pub module: String,
    /// `taskId`.
    pub task_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`LiandanTextImageGetRequest`], each named where it is set: `LiandanTextImageGetRequest::new(LiandanTextImageGetRequired { .. })`.
pub struct LiandanTextImageGetRequired {
    /// `module`: see [`LiandanTextImageGetRequest::module`].
    pub module: String,
    /// `taskId`: see [`LiandanTextImageGetRequest::task_id`].
    pub task_id: String,
    /// `userId`: see [`LiandanTextImageGetRequest::user_id`].
    pub user_id: String,
}
impl LiandanTextImageGetRequest {
    /// A `LiandanTextImageGetRequest` with its required fields (`module`, `taskId`, `userId`); set the others with the methods named after them.
    pub fn new(required: LiandanTextImageGetRequired) -> Self {
        let LiandanTextImageGetRequired { module, task_id, user_id } = required;
        Self { module, task_id, user_id }
    }
}
rt::impl_serialize! {
    LiandanTextImageGetRequest { "module" => field(module), "taskId" => field(task_id),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LiandanTextImageGetRequest { "module" => read_field(module), "taskId" =>
    read_field(task_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for LiandanTextImageGetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::liandanlu_exclusive_model`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct LiandanluExclusiveModelRequest {
    /// `modelId`.
    pub model_id: String,
    /// `module`.
    pub module: String,
    /// `prompt`.
    pub prompt: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`LiandanluExclusiveModelRequest`], each named where it is set: `LiandanluExclusiveModelRequest::new(LiandanluExclusiveModelRequired { .. })`.
pub struct LiandanluExclusiveModelRequired {
    /// `modelId`: see [`LiandanluExclusiveModelRequest::model_id`].
    pub model_id: String,
    /// `module`: see [`LiandanluExclusiveModelRequest::module`].
    pub module: String,
    /// `prompt`: see [`LiandanluExclusiveModelRequest::prompt`].
    pub prompt: String,
    /// `userId`: see [`LiandanluExclusiveModelRequest::user_id`].
    pub user_id: String,
}
impl LiandanluExclusiveModelRequest {
    /// A `LiandanluExclusiveModelRequest` with its required fields (`modelId`, `module`, `prompt`, `userId`); set the others with the methods named after them.
    pub fn new(required: LiandanluExclusiveModelRequired) -> Self {
        let LiandanluExclusiveModelRequired { model_id, module, prompt, user_id } = required;
        Self {
            model_id,
            module,
            prompt,
            user_id,
        }
    }
}
rt::impl_serialize! {
    LiandanluExclusiveModelRequest { "modelId" => field(model_id), "module" =>
    field(module), "prompt" => field(prompt), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LiandanluExclusiveModelRequest { "modelId" => read_field(model_id), "module" =>
    read_field(module), "prompt" => read_field(prompt), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for LiandanluExclusiveModelRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::liandanlu_text_to_image_model`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct LiandanluTextToImageModelRequest {
    /// `module`.
    pub module: String,
    /// `number`.
    pub number: Option<i64>,
    /// `parameters`.
    pub parameters: Option<rt::BTreeMap<String, String>>,
    /// `prompt`.
    pub prompt: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`LiandanluTextToImageModelRequest`], each named where it is set: `LiandanluTextToImageModelRequest::new(LiandanluTextToImageModelRequired { .. })`.
pub struct LiandanluTextToImageModelRequired {
    /// `module`: see [`LiandanluTextToImageModelRequest::module`].
    pub module: String,
    /// `prompt`: see [`LiandanluTextToImageModelRequest::prompt`].
    pub prompt: String,
    /// `userId`: see [`LiandanluTextToImageModelRequest::user_id`].
    pub user_id: String,
}
impl LiandanluTextToImageModelRequest {
    /// A `LiandanluTextToImageModelRequest` with its required fields (`module`, `prompt`, `userId`); set the others with the methods named after them.
    pub fn new(required: LiandanluTextToImageModelRequired) -> Self {
        let LiandanluTextToImageModelRequired { module, prompt, user_id } = required;
        Self {
            module,
            number: None,
            parameters: None,
            prompt,
            user_id,
        }
    }
    /// Sets `number`.
    pub fn number(mut self, value: i64) -> Self {
        self.number = Some(value);
        self
    }
    /// Sets `parameters`.
    pub fn parameters(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.parameters = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    LiandanluTextToImageModelRequest { "module" => field(module), "number" =>
    optional(number), "parameters" => optional(parameters), "prompt" => field(prompt),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    LiandanluTextToImageModelRequest { "module" => read_field(module), "number" =>
    read_field(number), "parameters" => read_field(parameters), "prompt" =>
    read_field(prompt), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for LiandanluTextToImageModelRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::nl_to_frame_service`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct NLToFrameServiceRequest {
    /// `extensionStr`.
    pub extension_str: Option<String>,
    /// `isNewModel`.
    pub is_new_model: Option<bool>,
    /// `modelId`.
    pub model_id: String,
    /// `modelName`.
    pub model_name: String,
    /// `userId`.
    pub user_id: Option<i64>,
}
/// The required fields of [`NLToFrameServiceRequest`], each named where it is set: `NLToFrameServiceRequest::new(NLToFrameServiceRequired { .. })`.
pub struct NLToFrameServiceRequired {
    /// `modelId`: see [`NLToFrameServiceRequest::model_id`].
    pub model_id: String,
    /// `modelName`: see [`NLToFrameServiceRequest::model_name`].
    pub model_name: String,
}
impl NLToFrameServiceRequest {
    /// A `NLToFrameServiceRequest` with its required fields (`modelId`, `modelName`); set the others with the methods named after them.
    pub fn new(required: NLToFrameServiceRequired) -> Self {
        let NLToFrameServiceRequired { model_id, model_name } = required;
        Self {
            extension_str: None,
            is_new_model: None,
            model_id,
            model_name,
            user_id: None,
        }
    }
    /// Sets `extensionStr`.
    pub fn extension_str(mut self, value: impl Into<String>) -> Self {
        self.extension_str = Some(value.into());
        self
    }
    /// Sets `isNewModel`.
    pub fn is_new_model(mut self, value: bool) -> Self {
        self.is_new_model = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: i64) -> Self {
        self.user_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    NLToFrameServiceRequest { "extensionStr" => optional(extension_str), "isNewModel" =>
    optional(is_new_model), "modelId" => field(model_id), "modelName" =>
    field(model_name), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    NLToFrameServiceRequest { "extensionStr" => read_field(extension_str), "isNewModel"
    => read_field(is_new_model), "modelId" => read_field(model_id), "modelName" =>
    read_field(model_name), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for NLToFrameServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_baymax_skill_log`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryBaymaxSkillLogRequest {
    /// `from`: a query parameter.
    pub from: Option<i64>,
    /// `logLevel`: a query parameter.
    pub log_level: String,
    /// `skillExecuteId`: a query parameter.
    pub skill_execute_id: String,
    /// `to`: a query parameter.
    pub to: Option<i64>,
}
/// The required fields of [`QueryBaymaxSkillLogRequest`], each named where it is set: `QueryBaymaxSkillLogRequest::new(QueryBaymaxSkillLogRequired { .. })`.
pub struct QueryBaymaxSkillLogRequired {
    /// `logLevel`: see [`QueryBaymaxSkillLogRequest::log_level`].
    pub log_level: String,
    /// `skillExecuteId`: see [`QueryBaymaxSkillLogRequest::skill_execute_id`].
    pub skill_execute_id: String,
}
impl QueryBaymaxSkillLogRequest {
    /// A `QueryBaymaxSkillLogRequest` with its required fields (`logLevel`, `skillExecuteId`); set the others with the methods named after them.
    pub fn new(required: QueryBaymaxSkillLogRequired) -> Self {
        let QueryBaymaxSkillLogRequired { log_level, skill_execute_id } = required;
        Self {
            from: None,
            log_level,
            skill_execute_id,
            to: None,
        }
    }
    /// Sets `from`.
    pub fn from(mut self, value: i64) -> Self {
        self.from = Some(value);
        self
    }
    /// Sets `to`.
    pub fn to(mut self, value: i64) -> Self {
        self.to = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryBaymaxSkillLogRequest { "from" => read_field(from), "logLevel" =>
    read_field(log_level), "skillExecuteId" => read_field(skill_execute_id), "to" =>
    read_field(to) }
}
impl rt::WriteRequest for QueryBaymaxSkillLogRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("from", &self.from);
        writer.query("logLevel", &self.log_level);
        writer.query("skillExecuteId", &self.skill_execute_id);
        writer.query("to", &self.to);
    }
}
/// The request of [`Api::query_conversation_message_for_ai`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConversationMessageForAIRequest {
    /// `openMsgIds`: a query parameter, JSON-encoded.
    pub open_msg_ids: Option<Vec<String>>,
    /// `recentDays`: a query parameter.
    pub recent_days: Option<i64>,
    /// `recentHours`: a query parameter.
    pub recent_hours: Option<i64>,
    /// `recentN`: a query parameter.
    pub recent_n: Option<i64>,
}
impl QueryConversationMessageForAIRequest {
    /// An empty `QueryConversationMessageForAIRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openMsgIds`.
    pub fn open_msg_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.open_msg_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `recentDays`.
    pub fn recent_days(mut self, value: i64) -> Self {
        self.recent_days = Some(value);
        self
    }
    /// Sets `recentHours`.
    pub fn recent_hours(mut self, value: i64) -> Self {
        self.recent_hours = Some(value);
        self
    }
    /// Sets `recentN`.
    pub fn recent_n(mut self, value: i64) -> Self {
        self.recent_n = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryConversationMessageForAIRequest { "openMsgIds" => read_field(open_msg_ids),
    "recentDays" => read_field(recent_days), "recentHours" => read_field(recent_hours),
    "recentN" => read_field(recent_n) }
}
impl rt::WriteRequest for QueryConversationMessageForAIRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("openMsgIds", &self.open_msg_ids);
        writer.query("recentDays", &self.recent_days);
        writer.query("recentHours", &self.recent_hours);
        writer.query("recentN", &self.recent_n);
    }
}
/// The request of [`Api::query_memory_learning_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMemoryLearningTaskRequest {
    /// `agentCode`: a query parameter.
    pub agent_code: String,
    /// `learningCode`: a query parameter.
    pub learning_code: String,
}
/// The required fields of [`QueryMemoryLearningTaskRequest`], each named where it is set: `QueryMemoryLearningTaskRequest::new(QueryMemoryLearningTaskRequired { .. })`.
pub struct QueryMemoryLearningTaskRequired {
    /// `agentCode`: see [`QueryMemoryLearningTaskRequest::agent_code`].
    pub agent_code: String,
    /// `learningCode`: see [`QueryMemoryLearningTaskRequest::learning_code`].
    pub learning_code: String,
}
impl QueryMemoryLearningTaskRequest {
    /// A `QueryMemoryLearningTaskRequest` with its required fields (`agentCode`, `learningCode`); set the others with the methods named after them.
    pub fn new(required: QueryMemoryLearningTaskRequired) -> Self {
        let QueryMemoryLearningTaskRequired { agent_code, learning_code } = required;
        Self { agent_code, learning_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMemoryLearningTaskRequest { "agentCode" => read_field(agent_code),
    "learningCode" => read_field(learning_code) }
}
impl rt::WriteRequest for QueryMemoryLearningTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentCode", &self.agent_code);
        writer.query("learningCode", &self.learning_code);
    }
}
/// The request of [`Api::smart_formula_result_service`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SmartFormulaResultServiceRequest {
    /// `taskId`.
    pub task_id: Option<String>,
}
impl SmartFormulaResultServiceRequest {
    /// An empty `SmartFormulaResultServiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SmartFormulaResultServiceRequest { "taskId" => optional(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SmartFormulaResultServiceRequest { "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for SmartFormulaResultServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::smart_formula_trigger_service`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SmartFormulaTriggerServiceRequest {
    /// `request`.
    pub request: Option<String>,
}
impl SmartFormulaTriggerServiceRequest {
    /// An empty `SmartFormulaTriggerServiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `request`.
    pub fn request(mut self, value: impl Into<String>) -> Self {
        self.request = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SmartFormulaTriggerServiceRequest { "request" => optional(request) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SmartFormulaTriggerServiceRequest { "request" => read_field(request) }
}
impl rt::WriteRequest for SmartFormulaTriggerServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::smart_quote_batch_query_result_service`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SmartQuoteBatchQueryResultServiceRequest {
    /// `taskId`.
    pub task_id: Option<String>,
}
impl SmartQuoteBatchQueryResultServiceRequest {
    /// An empty `SmartQuoteBatchQueryResultServiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SmartQuoteBatchQueryResultServiceRequest { "taskId" => optional(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SmartQuoteBatchQueryResultServiceRequest { "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for SmartQuoteBatchQueryResultServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::smart_quote_batch_query_service`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SmartQuoteBatchQueryServiceRequest {
    /// `request`.
    pub request: Option<String>,
}
impl SmartQuoteBatchQueryServiceRequest {
    /// An empty `SmartQuoteBatchQueryServiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `request`.
    pub fn request(mut self, value: impl Into<String>) -> Self {
        self.request = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SmartQuoteBatchQueryServiceRequest { "request" => optional(request) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SmartQuoteBatchQueryServiceRequest { "request" => read_field(request) }
}
impl rt::WriteRequest for SmartQuoteBatchQueryServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::smart_quote_data_service`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SmartQuoteDataServiceRequest {
    /// `request`.
    pub request: Option<String>,
}
impl SmartQuoteDataServiceRequest {
    /// An empty `SmartQuoteDataServiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `request`.
    pub fn request(mut self, value: impl Into<String>) -> Self {
        self.request = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SmartQuoteDataServiceRequest { "request" => optional(request) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SmartQuoteDataServiceRequest { "request" => read_field(request) }
}
impl rt::WriteRequest for SmartQuoteDataServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::smart_quote_query_result_service`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SmartQuoteQueryResultServiceRequest {
    /// `taskId`.
    pub task_id: Option<String>,
}
impl SmartQuoteQueryResultServiceRequest {
    /// An empty `SmartQuoteQueryResultServiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SmartQuoteQueryResultServiceRequest { "taskId" => optional(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SmartQuoteQueryResultServiceRequest { "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for SmartQuoteQueryResultServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::smart_quote_query_service`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SmartQuoteQueryServiceRequest {
    /// `request`.
    pub request: Option<String>,
}
impl SmartQuoteQueryServiceRequest {
    /// An empty `SmartQuoteQueryServiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `request`.
    pub fn request(mut self, value: impl Into<String>) -> Self {
        self.request = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SmartQuoteQueryServiceRequest { "request" => optional(request) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SmartQuoteQueryServiceRequest { "request" => read_field(request) }
}
impl rt::WriteRequest for SmartQuoteQueryServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::submit_memory_learning_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SubmitMemoryLearningTaskRequest {
    /// `agentCode`: a query parameter.
    pub agent_code: String,
    /// `content`: a query parameter, JSON-encoded.
    pub content: SubmitMemoryLearningTaskRequestContent,
    /// `learningMode`: a query parameter.
    pub learning_mode: String,
    /// `memoryKey`: a query parameter.
    pub memory_key: String,
}
/// The required fields of [`SubmitMemoryLearningTaskRequest`], each named where it is set: `SubmitMemoryLearningTaskRequest::new(SubmitMemoryLearningTaskRequired { .. })`.
pub struct SubmitMemoryLearningTaskRequired {
    /// `agentCode`: see [`SubmitMemoryLearningTaskRequest::agent_code`].
    pub agent_code: String,
    /// `content`: see [`SubmitMemoryLearningTaskRequest::content`].
    pub content: SubmitMemoryLearningTaskRequestContent,
    /// `learningMode`: see [`SubmitMemoryLearningTaskRequest::learning_mode`].
    pub learning_mode: String,
    /// `memoryKey`: see [`SubmitMemoryLearningTaskRequest::memory_key`].
    pub memory_key: String,
}
impl SubmitMemoryLearningTaskRequest {
    /// A `SubmitMemoryLearningTaskRequest` with its required fields (`agentCode`, `content`, `learningMode`, `memoryKey`); set the others with the methods named after them.
    pub fn new(required: SubmitMemoryLearningTaskRequired) -> Self {
        let SubmitMemoryLearningTaskRequired {
            agent_code,
            content,
            learning_mode,
            memory_key,
        } = required;
        Self {
            agent_code,
            content,
            learning_mode,
            memory_key,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitMemoryLearningTaskRequest { "agentCode" => read_field(agent_code), "content" =>
    read_field(content), "learningMode" => read_field(learning_mode), "memoryKey" =>
    read_field(memory_key) }
}
impl rt::WriteRequest for SubmitMemoryLearningTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("agentCode", &self.agent_code);
        writer.query_json("content", &self.content);
        writer.query("learningMode", &self.learning_mode);
        writer.query("memoryKey", &self.memory_key);
    }
}
/// An error reply of [`Api::exclusive_model_complete_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExclusiveModelCompleteServiceError = rt::ServiceError;
/// An error reply of [`Api::execute_agent`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExecuteAgentError = rt::ServiceError;
/// An error reply of [`Api::liandan_text_image_get`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LiandanTextImageGetError = rt::ServiceError;
/// An error reply of [`Api::liandanlu_exclusive_model`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LiandanluExclusiveModelError = rt::ServiceError;
/// An error reply of [`Api::liandanlu_text_to_image_model`]: the spec lists no error codes for it, so every code arrives as it is.
pub type LiandanluTextToImageModelError = rt::ServiceError;
/// An error reply of [`Api::nl_to_frame_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type NLToFrameServiceError = rt::ServiceError;
/// An error reply of [`Api::query_baymax_skill_log`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBaymaxSkillLogError = rt::ServiceError;
/// An error reply of [`Api::query_conversation_message_for_ai`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryConversationMessageForAIError = rt::ServiceError;
/// An error reply of [`Api::query_memory_learning_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMemoryLearningTaskError = rt::ServiceError;
/// An error reply of [`Api::smart_formula_result_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SmartFormulaResultServiceError = rt::ServiceError;
/// An error reply of [`Api::smart_formula_trigger_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SmartFormulaTriggerServiceError = rt::ServiceError;
/// An error reply of [`Api::smart_quote_batch_query_result_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SmartQuoteBatchQueryResultServiceError = rt::ServiceError;
/// An error reply of [`Api::smart_quote_batch_query_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SmartQuoteBatchQueryServiceError = rt::ServiceError;
/// An error reply of [`Api::smart_quote_data_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SmartQuoteDataServiceError = rt::ServiceError;
/// An error reply of [`Api::smart_quote_query_result_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SmartQuoteQueryResultServiceError = rt::ServiceError;
/// An error reply of [`Api::smart_quote_query_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SmartQuoteQueryServiceError = rt::ServiceError;
/// An error reply of [`Api::submit_memory_learning_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubmitMemoryLearningTaskError = rt::ServiceError;
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
        "ExclusiveModelCompleteService" => {
            rt::conformance::reply(
                    api.exclusive_model_complete_service(&inputs.request(true)?),
                )
                .await
        }
        "ExecuteAgent" => {
            rt::conformance::reply(api.execute_agent(&inputs.request(true)?)).await
        }
        "LiandanTextImageGet" => {
            rt::conformance::reply(api.liandan_text_image_get(&inputs.request(true)?))
                .await
        }
        "LiandanluExclusiveModel" => {
            rt::conformance::reply(api.liandanlu_exclusive_model(&inputs.request(true)?))
                .await
        }
        "LiandanluTextToImageModel" => {
            rt::conformance::reply(
                    api.liandanlu_text_to_image_model(&inputs.request(true)?),
                )
                .await
        }
        "NLToFrameService" => {
            rt::conformance::reply(api.nl_to_frame_service(&inputs.request(true)?)).await
        }
        "QueryBaymaxSkillLog" => {
            rt::conformance::reply(api.query_baymax_skill_log(&inputs.request(false)?))
                .await
        }
        "QueryConversationMessageForAI" => {
            rt::conformance::reply(
                    api
                        .query_conversation_message_for_ai(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryMemoryLearningTask" => {
            rt::conformance::reply(
                    api.query_memory_learning_task(&inputs.request(false)?),
                )
                .await
        }
        "SmartFormulaResultService" => {
            rt::conformance::reply(
                    api.smart_formula_result_service(&inputs.request(true)?),
                )
                .await
        }
        "SmartFormulaTriggerService" => {
            rt::conformance::reply(
                    api.smart_formula_trigger_service(&inputs.request(true)?),
                )
                .await
        }
        "SmartQuoteBatchQueryResultService" => {
            rt::conformance::reply(
                    api.smart_quote_batch_query_result_service(&inputs.request(true)?),
                )
                .await
        }
        "SmartQuoteBatchQueryService" => {
            rt::conformance::reply(
                    api.smart_quote_batch_query_service(&inputs.request(true)?),
                )
                .await
        }
        "SmartQuoteDataService" => {
            rt::conformance::reply(api.smart_quote_data_service(&inputs.request(true)?))
                .await
        }
        "SmartQuoteQueryResultService" => {
            rt::conformance::reply(
                    api.smart_quote_query_result_service(&inputs.request(true)?),
                )
                .await
        }
        "SmartQuoteQueryService" => {
            rt::conformance::reply(api.smart_quote_query_service(&inputs.request(true)?))
                .await
        }
        "SubmitMemoryLearningTask" => {
            rt::conformance::reply(
                    api.submit_memory_learning_task(&inputs.request(false)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
