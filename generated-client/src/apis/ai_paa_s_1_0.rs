// @generated from api-spec/ai_paa_s_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.ai_paa_s_1_0()`. Generated from `api-spec/ai_paa_s_1_0.yaml`.
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
    /// `POST /v1.0/aiPaaS/ai/complete` (operation `ExclusiveModelCompleteService`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExclusiveModelCompleteServiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiPaaS/me/agents/execute` (operation `ExecuteAgent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExecuteAgentError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiPaaS/ai/textToImage/results/query` (operation `LiandanTextImageGet`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LiandanTextImageGetError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiPaaS/ai/generate` (operation `LiandanluExclusiveModel`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LiandanluExclusiveModelError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiPaaS/ai/textToImage/generate` (operation `LiandanluTextToImageModel`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`LiandanluTextToImageModelError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiPaaS/ai/nl2frame` (operation `NLToFrameService`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`NLToFrameServiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/aiPaaS/skills/logs` (operation `QueryBaymaxSkillLog`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryBaymaxSkillLogError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/aiPaaS/me/memory/im/{cid}/messages` (operation `QueryConversationMessageForAI`).
    ///
    /// # Path parameters
    ///
    /// - `cid` (`cid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryConversationMessageForAIError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/aiPaaS/me/memory/learningTask/get` (operation `QueryMemoryLearningTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMemoryLearningTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiPaaS/nl2x/smartFormulas/results/query` (operation `SmartFormulaResultService`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SmartFormulaResultServiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiPaaS/nl2x/smartFormulas/trigger` (operation `SmartFormulaTriggerService`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SmartFormulaTriggerServiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiPaaS/nl2x/smartQuotations/results/batchQuery` (operation `SmartQuoteBatchQueryResultService`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SmartQuoteBatchQueryResultServiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiPaaS/nl2x/smartQuotations/batchQuery` (operation `SmartQuoteBatchQueryService`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SmartQuoteBatchQueryServiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiPaaS/nl2x/smartQuotations/datas` (operation `SmartQuoteDataService`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SmartQuoteDataServiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiPaaS/nl2x/smartQuotations/results/query` (operation `SmartQuoteQueryResultService`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SmartQuoteQueryResultServiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiPaaS/nl2x/smartQuotations/triggerQuery` (operation `SmartQuoteQueryService`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SmartQuoteQueryServiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/aiPaaS/me/memory/learningTask/put` (operation `SubmitMemoryLearningTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SubmitMemoryLearningTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ExclusiveModelCompleteServiceRequestMessages {
    /// `content`.
    pub content: String,
    /// `role`.
    pub role: String,
}
impl ExclusiveModelCompleteServiceRequestMessages {
    /// A `ExclusiveModelCompleteServiceRequestMessages` with its required fields (`content`, `role`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>, role: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            role: role.into(),
        }
    }
}
impl rt::serde::Serialize for ExclusiveModelCompleteServiceRequestMessages {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("role", &self.role)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExclusiveModelCompleteServiceRequestMessages {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExclusiveModelCompleteServiceRequestMessages {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "role" => rt::read_field(map, &mut self.role),
            _ => Ok(false),
        }
    }
}
/// `ExclusiveModelCompleteServiceResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ExclusiveModelCompleteServiceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExclusiveModelCompleteServiceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "choices" => rt::read_field(map, &mut self.choices),
            "created" => rt::read_field(map, &mut self.created),
            "id" => rt::read_field(map, &mut self.id),
            "model" => rt::read_field(map, &mut self.model),
            "usage" => rt::read_field(map, &mut self.usage),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ExclusiveModelCompleteServiceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("choices", &self.choices)?;
        object.optional("created", &self.created)?;
        object.optional("id", &self.id)?;
        object.optional("model", &self.model)?;
        object.optional("usage", &self.usage)?;
        object.end()
    }
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
impl rt::serde::Serialize for ExecuteAgentRequestInputs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cardData", &self.card_data)?;
        object.optional("cardTemplateId", &self.card_template_id)?;
        object.optional("input", &self.input)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExecuteAgentRequestInputs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExecuteAgentRequestInputs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cardData" => rt::read_field(map, &mut self.card_data),
            "cardTemplateId" => rt::read_field(map, &mut self.card_template_id),
            "input" => rt::read_field(map, &mut self.input),
            _ => Ok(false),
        }
    }
}
/// `ExecuteAgentResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExecuteAgentResponseBody {
    /// `result`.
    pub result: Option<ExecuteAgentResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for ExecuteAgentResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExecuteAgentResponseBody {
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
impl rt::serde::Serialize for ExecuteAgentResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `LiandanTextImageGetResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LiandanTextImageGetResponseBody {
    /// `result`.
    pub result: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for LiandanTextImageGetResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LiandanTextImageGetResponseBody {
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
impl rt::serde::Serialize for LiandanTextImageGetResponseBody {
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
/// `LiandanluExclusiveModelResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LiandanluExclusiveModelResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
impl<'de> rt::serde::Deserialize<'de> for LiandanluExclusiveModelResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LiandanluExclusiveModelResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LiandanluExclusiveModelResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `LiandanluTextToImageModelResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LiandanluTextToImageModelResponseBody {
    /// `result`.
    pub result: Option<LiandanluTextToImageModelResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for LiandanluTextToImageModelResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LiandanluTextToImageModelResponseBody {
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
impl rt::serde::Serialize for LiandanluTextToImageModelResponseBody {
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
/// `NLToFrameServiceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct NLToFrameServiceResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for NLToFrameServiceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for NLToFrameServiceResponseBody {
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
impl rt::serde::Serialize for NLToFrameServiceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryBaymaxSkillLogResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBaymaxSkillLogResponseBody {
    /// `result`.
    pub result: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBaymaxSkillLogResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBaymaxSkillLogResponseBody {
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
impl rt::serde::Serialize for QueryBaymaxSkillLogResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryConversationMessageForAIResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryConversationMessageForAIResponseBody {
    /// `messages`.
    pub messages: Option<Vec<QueryConversationMessageForAIResponseBodyMessages>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryConversationMessageForAIResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConversationMessageForAIResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "messages" => rt::read_field(map, &mut self.messages),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryConversationMessageForAIResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("messages", &self.messages)?;
        object.end()
    }
}
/// `QueryMemoryLearningTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMemoryLearningTaskResponseBody {
    /// `result`.
    pub result: Option<QueryMemoryLearningTaskResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMemoryLearningTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMemoryLearningTaskResponseBody {
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
impl rt::serde::Serialize for QueryMemoryLearningTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `SmartFormulaResultServiceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SmartFormulaResultServiceResponseBody {
    /// `result`.
    pub result: Option<SmartFormulaResultServiceResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SmartFormulaResultServiceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SmartFormulaResultServiceResponseBody {
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
impl rt::serde::Serialize for SmartFormulaResultServiceResponseBody {
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
/// `SmartFormulaTriggerServiceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SmartFormulaTriggerServiceResponseBody {
    /// `result`.
    pub result: Option<SmartFormulaTriggerServiceResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SmartFormulaTriggerServiceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SmartFormulaTriggerServiceResponseBody {
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
impl rt::serde::Serialize for SmartFormulaTriggerServiceResponseBody {
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
/// `SmartQuoteBatchQueryResultServiceResponseBody`: the same model as [`SmartFormulaResultServiceResponseBody`].
pub type SmartQuoteBatchQueryResultServiceResponseBody = SmartFormulaResultServiceResponseBody;
/// `SmartQuoteBatchQueryServiceResponseBody`: the same model as [`SmartFormulaTriggerServiceResponseBody`].
pub type SmartQuoteBatchQueryServiceResponseBody = SmartFormulaTriggerServiceResponseBody;
/// `SmartQuoteDataServiceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SmartQuoteDataServiceResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SmartQuoteDataServiceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SmartQuoteDataServiceResponseBody {
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
impl rt::serde::Serialize for SmartQuoteDataServiceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
impl rt::serde::Serialize for SubmitMemoryLearningTaskRequestContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("knowledgeBaseUrl", &self.knowledge_base_url)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitMemoryLearningTaskRequestContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitMemoryLearningTaskRequestContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "knowledgeBaseUrl" => rt::read_field(map, &mut self.knowledge_base_url),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `SubmitMemoryLearningTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitMemoryLearningTaskResponseBody {
    /// `result`.
    pub result: Option<SubmitMemoryLearningTaskResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for SubmitMemoryLearningTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SubmitMemoryLearningTaskResponseBody {
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
impl rt::serde::Serialize for SubmitMemoryLearningTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `ExclusiveModelCompleteServiceResponseBodyChoices`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExclusiveModelCompleteServiceResponseBodyChoices {
    /// `finishReason`.
    pub finish_reason: Option<String>,
    /// `message`.
    pub message: Option<ExclusiveModelCompleteServiceResponseBodyChoicesMessage>,
}
impl<'de> rt::serde::Deserialize<'de>
for ExclusiveModelCompleteServiceResponseBodyChoices {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExclusiveModelCompleteServiceResponseBodyChoices {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "finishReason" => rt::read_field(map, &mut self.finish_reason),
            "message" => rt::read_field(map, &mut self.message),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ExclusiveModelCompleteServiceResponseBodyChoices {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("finishReason", &self.finish_reason)?;
        object.optional("message", &self.message)?;
        object.end()
    }
}
/// `ExclusiveModelCompleteServiceResponseBodyUsage`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExclusiveModelCompleteServiceResponseBodyUsage {
    /// `completion_tokens`.
    pub completion_tokens: Option<i64>,
    /// `prompt_tokens`.
    pub prompt_tokens: Option<i64>,
    /// `total_tokens`.
    pub total_tokens: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for ExclusiveModelCompleteServiceResponseBodyUsage {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExclusiveModelCompleteServiceResponseBodyUsage {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "completion_tokens" => rt::read_field(map, &mut self.completion_tokens),
            "prompt_tokens" => rt::read_field(map, &mut self.prompt_tokens),
            "total_tokens" => rt::read_field(map, &mut self.total_tokens),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ExclusiveModelCompleteServiceResponseBodyUsage {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("completion_tokens", &self.completion_tokens)?;
        object.optional("prompt_tokens", &self.prompt_tokens)?;
        object.optional("total_tokens", &self.total_tokens)?;
        object.end()
    }
}
/// `ExecuteAgentResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExecuteAgentResponseBodyResult {
    /// `executeResult`.
    pub execute_result: Option<String>,
    /// `skillId`.
    pub skill_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ExecuteAgentResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExecuteAgentResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "executeResult" => rt::read_field(map, &mut self.execute_result),
            "skillId" => rt::read_field(map, &mut self.skill_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ExecuteAgentResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("executeResult", &self.execute_result)?;
        object.optional("skillId", &self.skill_id)?;
        object.end()
    }
}
/// `LiandanluTextToImageModelResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct LiandanluTextToImageModelResponseBodyResult {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
    /// `taskStatus`.
    pub task_status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for LiandanluTextToImageModelResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for LiandanluTextToImageModelResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "taskStatus" => rt::read_field(map, &mut self.task_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for LiandanluTextToImageModelResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("taskId", &self.task_id)?;
        object.optional("taskStatus", &self.task_status)?;
        object.end()
    }
}
/// `QueryConversationMessageForAIResponseBodyMessages`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryConversationMessageForAIResponseBodyMessages {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConversationMessageForAIResponseBodyMessages {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "atAll" => rt::read_field(map, &mut self.at_all),
            "atUsers" => rt::read_field(map, &mut self.at_users),
            "msgContent" => rt::read_field(map, &mut self.msg_content),
            "msgType" => rt::read_field(map, &mut self.msg_type),
            "sendTime" => rt::read_field(map, &mut self.send_time),
            "sender" => rt::read_field(map, &mut self.sender),
            "summary" => rt::read_field(map, &mut self.summary),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryConversationMessageForAIResponseBodyMessages {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("atAll", &self.at_all)?;
        object.optional("atUsers", &self.at_users)?;
        object.optional("msgContent", &self.msg_content)?;
        object.optional("msgType", &self.msg_type)?;
        object.optional("sendTime", &self.send_time)?;
        object.optional("sender", &self.sender)?;
        object.optional("summary", &self.summary)?;
        object.end()
    }
}
/// `QueryMemoryLearningTaskResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMemoryLearningTaskResponseBodyResult {
    /// `status`.
    pub status: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMemoryLearningTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMemoryLearningTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "status" => rt::read_field(map, &mut self.status),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMemoryLearningTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("status", &self.status)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `SmartFormulaResultServiceResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SmartFormulaResultServiceResponseBodyResult {
    /// `response`.
    pub response: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SmartFormulaResultServiceResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SmartFormulaResultServiceResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "response" => rt::read_field(map, &mut self.response),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SmartFormulaResultServiceResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("response", &self.response)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `SmartFormulaTriggerServiceResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SmartFormulaTriggerServiceResponseBodyResult {
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for SmartFormulaTriggerServiceResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SmartFormulaTriggerServiceResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SmartFormulaTriggerServiceResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitMemoryLearningTaskResponseBodyResult {
    /// `learningCode`.
    pub learning_code: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SubmitMemoryLearningTaskResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SubmitMemoryLearningTaskResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "learningCode" => rt::read_field(map, &mut self.learning_code),
            "status" => rt::read_field(map, &mut self.status),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SubmitMemoryLearningTaskResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("learningCode", &self.learning_code)?;
        object.optional("status", &self.status)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `ExclusiveModelCompleteServiceResponseBodyChoicesMessage`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExclusiveModelCompleteServiceResponseBodyChoicesMessage {
    /// `content`.
    pub content: Option<String>,
    /// `reasoning_content`.
    pub reasoning_content: Option<String>,
    /// `role`.
    pub role: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for ExclusiveModelCompleteServiceResponseBodyChoicesMessage {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExclusiveModelCompleteServiceResponseBodyChoicesMessage {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "reasoning_content" => rt::read_field(map, &mut self.reasoning_content),
            "role" => rt::read_field(map, &mut self.role),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ExclusiveModelCompleteServiceResponseBodyChoicesMessage {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("reasoning_content", &self.reasoning_content)?;
        object.optional("role", &self.role)?;
        object.end()
    }
}
/// `QueryConversationMessageForAIResponseBodyMessagesAtUsers`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryConversationMessageForAIResponseBodyMessagesAtUsers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryConversationMessageForAIResponseBodyMessagesAtUsers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentCode" => rt::read_field(map, &mut self.agent_code),
            "nick" => rt::read_field(map, &mut self.nick),
            "type" => rt::read_field(map, &mut self.r#type),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryConversationMessageForAIResponseBodyMessagesAtUsers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("agentCode", &self.agent_code)?;
        object.optional("nick", &self.nick)?;
        object.optional("type", &self.r#type)?;
        object.optional("unionId", &self.union_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryConversationMessageForAIResponseBodyMessagesSender`: the same model as [`QueryConversationMessageForAIResponseBodyMessagesAtUsers`].
pub type QueryConversationMessageForAIResponseBodyMessagesSender = QueryConversationMessageForAIResponseBodyMessagesAtUsers;
/// The request of [`Api::exclusive_model_complete_service`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ExclusiveModelCompleteServiceRequest {
    /// A `ExclusiveModelCompleteServiceRequest` with its required fields (`messages`, `model`); set the others with the methods named after them.
    pub fn new(
        messages: impl IntoIterator<Item = ExclusiveModelCompleteServiceRequestMessages>,
        model: impl Into<String>,
    ) -> Self {
        Self {
            enable_search: None,
            max_tokens: None,
            messages: messages.into_iter().collect(),
            model: model.into(),
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
impl rt::serde::Serialize for ExclusiveModelCompleteServiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enable_search", &self.enable_search)?;
        object.optional("max_tokens", &self.max_tokens)?;
        object.field("messages", &self.messages)?;
        object.field("model", &self.model)?;
        object.optional("stream", &self.stream)?;
        object.optional("temperature", &self.temperature)?;
        object.optional("top_p", &self.top_p)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExclusiveModelCompleteServiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExclusiveModelCompleteServiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enable_search" => rt::read_field(map, &mut self.enable_search),
            "max_tokens" => rt::read_field(map, &mut self.max_tokens),
            "messages" => rt::read_field(map, &mut self.messages),
            "model" => rt::read_field(map, &mut self.model),
            "stream" => rt::read_field(map, &mut self.stream),
            "temperature" => rt::read_field(map, &mut self.temperature),
            "top_p" => rt::read_field(map, &mut self.top_p),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ExclusiveModelCompleteServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::execute_agent`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ExecuteAgentRequest {
    /// A `ExecuteAgentRequest` with its required fields (`agentCode`, `inputs`); set the others with the methods named after them.
    pub fn new(
        agent_code: impl Into<String>,
        inputs: ExecuteAgentRequestInputs,
    ) -> Self {
        Self {
            agent_code: agent_code.into(),
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
impl rt::serde::Serialize for ExecuteAgentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("agentCode", &self.agent_code)?;
        object.field("inputs", &self.inputs)?;
        object.optional("scenarioCode", &self.scenario_code)?;
        object.optional("scenarioInstanceId", &self.scenario_instance_id)?;
        object.optional("skillId", &self.skill_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExecuteAgentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExecuteAgentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentCode" => rt::read_field(map, &mut self.agent_code),
            "inputs" => rt::read_field(map, &mut self.inputs),
            "scenarioCode" => rt::read_field(map, &mut self.scenario_code),
            "scenarioInstanceId" => rt::read_field(map, &mut self.scenario_instance_id),
            "skillId" => rt::read_field(map, &mut self.skill_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ExecuteAgentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::liandan_text_image_get`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct LiandanTextImageGetRequest {
    /// `module`.
    pub module: String,
    /// `taskId`.
    pub task_id: String,
    /// `userId`.
    pub user_id: String,
}
impl LiandanTextImageGetRequest {
    /// A `LiandanTextImageGetRequest` with its required fields (`module`, `taskId`, `userId`); set the others with the methods named after them.
    pub fn new(
        module: impl Into<String>,
        task_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            module: module.into(),
            task_id: task_id.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for LiandanTextImageGetRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("module", &self.module)?;
        object.field("taskId", &self.task_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LiandanTextImageGetRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LiandanTextImageGetRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "module" => rt::read_field(map, &mut self.module),
            "taskId" => rt::read_field(map, &mut self.task_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for LiandanTextImageGetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::liandanlu_exclusive_model`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl LiandanluExclusiveModelRequest {
    /// A `LiandanluExclusiveModelRequest` with its required fields (`modelId`, `module`, `prompt`, `userId`); set the others with the methods named after them.
    pub fn new(
        model_id: impl Into<String>,
        module: impl Into<String>,
        prompt: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            model_id: model_id.into(),
            module: module.into(),
            prompt: prompt.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for LiandanluExclusiveModelRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("modelId", &self.model_id)?;
        object.field("module", &self.module)?;
        object.field("prompt", &self.prompt)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LiandanluExclusiveModelRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LiandanluExclusiveModelRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "modelId" => rt::read_field(map, &mut self.model_id),
            "module" => rt::read_field(map, &mut self.module),
            "prompt" => rt::read_field(map, &mut self.prompt),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for LiandanluExclusiveModelRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::liandanlu_text_to_image_model`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl LiandanluTextToImageModelRequest {
    /// A `LiandanluTextToImageModelRequest` with its required fields (`module`, `prompt`, `userId`); set the others with the methods named after them.
    pub fn new(
        module: impl Into<String>,
        prompt: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            module: module.into(),
            number: None,
            parameters: None,
            prompt: prompt.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for LiandanluTextToImageModelRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("module", &self.module)?;
        object.optional("number", &self.number)?;
        object.optional("parameters", &self.parameters)?;
        object.field("prompt", &self.prompt)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for LiandanluTextToImageModelRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for LiandanluTextToImageModelRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "module" => rt::read_field(map, &mut self.module),
            "number" => rt::read_field(map, &mut self.number),
            "parameters" => rt::read_field(map, &mut self.parameters),
            "prompt" => rt::read_field(map, &mut self.prompt),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for LiandanluTextToImageModelRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::nl_to_frame_service`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl NLToFrameServiceRequest {
    /// A `NLToFrameServiceRequest` with its required fields (`modelId`, `modelName`); set the others with the methods named after them.
    pub fn new(model_id: impl Into<String>, model_name: impl Into<String>) -> Self {
        Self {
            extension_str: None,
            is_new_model: None,
            model_id: model_id.into(),
            model_name: model_name.into(),
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
impl rt::serde::Serialize for NLToFrameServiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("extensionStr", &self.extension_str)?;
        object.optional("isNewModel", &self.is_new_model)?;
        object.field("modelId", &self.model_id)?;
        object.field("modelName", &self.model_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for NLToFrameServiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for NLToFrameServiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "extensionStr" => rt::read_field(map, &mut self.extension_str),
            "isNewModel" => rt::read_field(map, &mut self.is_new_model),
            "modelId" => rt::read_field(map, &mut self.model_id),
            "modelName" => rt::read_field(map, &mut self.model_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for NLToFrameServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_baymax_skill_log`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryBaymaxSkillLogRequest {
    /// A `QueryBaymaxSkillLogRequest` with its required fields (`logLevel`, `skillExecuteId`); set the others with the methods named after them.
    pub fn new(
        log_level: impl Into<String>,
        skill_execute_id: impl Into<String>,
    ) -> Self {
        Self {
            from: None,
            log_level: log_level.into(),
            skill_execute_id: skill_execute_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryBaymaxSkillLogRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryBaymaxSkillLogRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "from" => rt::read_field(map, &mut self.from),
            "logLevel" => rt::read_field(map, &mut self.log_level),
            "skillExecuteId" => rt::read_field(map, &mut self.skill_execute_id),
            "to" => rt::read_field(map, &mut self.to),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryConversationMessageForAIRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryConversationMessageForAIRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openMsgIds" => rt::read_field(map, &mut self.open_msg_ids),
            "recentDays" => rt::read_field(map, &mut self.recent_days),
            "recentHours" => rt::read_field(map, &mut self.recent_hours),
            "recentN" => rt::read_field(map, &mut self.recent_n),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryMemoryLearningTaskRequest {
    /// `agentCode`: a query parameter.
    pub agent_code: String,
    /// `learningCode`: a query parameter.
    pub learning_code: String,
}
impl QueryMemoryLearningTaskRequest {
    /// A `QueryMemoryLearningTaskRequest` with its required fields (`agentCode`, `learningCode`); set the others with the methods named after them.
    pub fn new(agent_code: impl Into<String>, learning_code: impl Into<String>) -> Self {
        Self {
            agent_code: agent_code.into(),
            learning_code: learning_code.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMemoryLearningTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMemoryLearningTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentCode" => rt::read_field(map, &mut self.agent_code),
            "learningCode" => rt::read_field(map, &mut self.learning_code),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SmartFormulaResultServiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SmartFormulaResultServiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SmartFormulaResultServiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SmartFormulaTriggerServiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("request", &self.request)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SmartFormulaTriggerServiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SmartFormulaTriggerServiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "request" => rt::read_field(map, &mut self.request),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SmartQuoteBatchQueryResultServiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SmartQuoteBatchQueryResultServiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SmartQuoteBatchQueryResultServiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SmartQuoteBatchQueryServiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("request", &self.request)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SmartQuoteBatchQueryServiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SmartQuoteBatchQueryServiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "request" => rt::read_field(map, &mut self.request),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SmartQuoteDataServiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("request", &self.request)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SmartQuoteDataServiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SmartQuoteDataServiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "request" => rt::read_field(map, &mut self.request),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SmartQuoteQueryResultServiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SmartQuoteQueryResultServiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SmartQuoteQueryResultServiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for SmartQuoteQueryServiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("request", &self.request)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SmartQuoteQueryServiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SmartQuoteQueryServiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "request" => rt::read_field(map, &mut self.request),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SmartQuoteQueryServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::submit_memory_learning_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SubmitMemoryLearningTaskRequest {
    /// A `SubmitMemoryLearningTaskRequest` with its required fields (`agentCode`, `content`, `learningMode`, `memoryKey`); set the others with the methods named after them.
    pub fn new(
        agent_code: impl Into<String>,
        content: SubmitMemoryLearningTaskRequestContent,
        learning_mode: impl Into<String>,
        memory_key: impl Into<String>,
    ) -> Self {
        Self {
            agent_code: agent_code.into(),
            content,
            learning_mode: learning_mode.into(),
            memory_key: memory_key.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubmitMemoryLearningTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubmitMemoryLearningTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "agentCode" => rt::read_field(map, &mut self.agent_code),
            "content" => rt::read_field(map, &mut self.content),
            "learningMode" => rt::read_field(map, &mut self.learning_mode),
            "memoryKey" => rt::read_field(map, &mut self.memory_key),
            _ => Ok(false),
        }
    }
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
