// @generated from api-spec/algo_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.algo_1_0()`. Generated from `api-spec/algo_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `algo_1_0`. Get it with `client.algo_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 自然语言处理之关键词识别
    ///
    /// `POST /v1.0/algo/okrs/keywords/extract` (operation `NlpWordDistinguish`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`NlpWordDistinguishError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn nlp_word_distinguish(
        &self,
        request: &NlpWordDistinguishRequest,
    ) -> rt::Call<NlpWordDistinguishResponseBody, NlpWordDistinguishError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "NlpWordDistinguish",
            rt::Method::Post,
            "/v1.0/algo/okrs/keywords/extract",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Okr内容推荐
    ///
    /// `POST /v1.0/algo/okrs/recommend` (operation `OkrOpenRecommend`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OkrOpenRecommendError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn okr_open_recommend(
        &self,
        request: &OkrOpenRecommendRequest,
    ) -> rt::Call<OkrOpenRecommendResponseBody, OkrOpenRecommendError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OkrOpenRecommend",
            rt::Method::Post,
            "/v1.0/algo/okrs/recommend",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 魏桥铝原料预测任务查询
    ///
    /// `POST /v1.0/algo/industry/weiqiao/aluminum/query` (operation `WeiqiaoAluminumQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`WeiqiaoAluminumQueryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn weiqiao_aluminum_query(
        &self,
        request: &WeiqiaoAluminumQueryRequest,
    ) -> rt::Call<WeiqiaoAluminumQueryResponseBody, WeiqiaoAluminumQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WeiqiaoAluminumQuery",
            rt::Method::Post,
            "/v1.0/algo/industry/weiqiao/aluminum/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 魏桥铝原料预测任务提交
    ///
    /// `POST /v1.0/algo/industry/weiqiao/aluminum/submit` (operation `WeiqiaoAluminumSubmit`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`WeiqiaoAluminumSubmitError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn weiqiao_aluminum_submit(
        &self,
        request: &WeiqiaoAluminumSubmitRequest,
    ) -> rt::Call<WeiqiaoAluminumSubmitResponseBody, WeiqiaoAluminumSubmitError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WeiqiaoAluminumSubmit",
            rt::Method::Post,
            "/v1.0/algo/industry/weiqiao/aluminum/submit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `NlpWordDistinguishRequestAttachExtractDecisionInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct NlpWordDistinguishRequestAttachExtractDecisionInfo {
    /// `blackWords`.
    pub black_words: Option<Vec<String>>,
    /// `candidateWords`.
    pub candidate_words: Option<Vec<String>>,
    /// `corpId`.
    pub corp_id: String,
    /// `deptIds`.
    pub dept_ids: Vec<String>,
    /// `userId`.
    pub user_id: String,
}
impl NlpWordDistinguishRequestAttachExtractDecisionInfo {
    /// A `NlpWordDistinguishRequestAttachExtractDecisionInfo` with its required fields (`corpId`, `deptIds`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        dept_ids: impl IntoIterator<Item = impl Into<String>>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            black_words: None,
            candidate_words: None,
            corp_id: corp_id.into(),
            dept_ids: dept_ids.into_iter().map(Into::into).collect(),
            user_id: user_id.into(),
        }
    }
    /// Sets `blackWords`.
    pub fn black_words(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.black_words = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `candidateWords`.
    pub fn candidate_words(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.candidate_words = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for NlpWordDistinguishRequestAttachExtractDecisionInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("blackWords", &self.black_words)?;
        object.optional("candidateWords", &self.candidate_words)?;
        object.field("corpId", &self.corp_id)?;
        object.field("deptIds", &self.dept_ids)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for NlpWordDistinguishRequestAttachExtractDecisionInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for NlpWordDistinguishRequestAttachExtractDecisionInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blackWords" => rt::read_field(map, &mut self.black_words),
            "candidateWords" => rt::read_field(map, &mut self.candidate_words),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `NlpWordDistinguishResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct NlpWordDistinguishResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `wordEntities`.
    pub word_entities: Option<Vec<NlpWordDistinguishResponseBodyWordEntities>>,
}
impl<'de> rt::serde::Deserialize<'de> for NlpWordDistinguishResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for NlpWordDistinguishResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "requestId" => rt::read_field(map, &mut self.request_id),
            "wordEntities" => rt::read_field(map, &mut self.word_entities),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for NlpWordDistinguishResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("wordEntities", &self.word_entities)?;
        object.end()
    }
}
/// `OkrOpenRecommendRequestCandidateOkrItems`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OkrOpenRecommendRequestCandidateOkrItems {
    /// `okrInfos`.
    pub okr_infos: Option<Vec<OkrOpenRecommendRequestCandidateOkrItemsOkrInfos>>,
    /// `relation`.
    pub relation: String,
    /// `userId`.
    pub user_id: String,
}
impl OkrOpenRecommendRequestCandidateOkrItems {
    /// A `OkrOpenRecommendRequestCandidateOkrItems` with its required fields (`relation`, `userId`); set the others with the methods named after them.
    pub fn new(relation: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            okr_infos: None,
            relation: relation.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `okrInfos`.
    pub fn okr_infos(
        mut self,
        value: impl IntoIterator<Item = OkrOpenRecommendRequestCandidateOkrItemsOkrInfos>,
    ) -> Self {
        self.okr_infos = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for OkrOpenRecommendRequestCandidateOkrItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("okrInfos", &self.okr_infos)?;
        object.field("relation", &self.relation)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OkrOpenRecommendRequestCandidateOkrItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OkrOpenRecommendRequestCandidateOkrItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "okrInfos" => rt::read_field(map, &mut self.okr_infos),
            "relation" => rt::read_field(map, &mut self.relation),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `OkrOpenRecommendResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrOpenRecommendResponseBody {
    /// `okrRecommendItems`.
    pub okr_recommend_items: Option<Vec<OkrOpenRecommendResponseBodyOkrRecommendItems>>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OkrOpenRecommendResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OkrOpenRecommendResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "okrRecommendItems" => rt::read_field(map, &mut self.okr_recommend_items),
            "requestId" => rt::read_field(map, &mut self.request_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OkrOpenRecommendResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("okrRecommendItems", &self.okr_recommend_items)?;
        object.optional("requestId", &self.request_id)?;
        object.end()
    }
}
/// `WeiqiaoAluminumQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct WeiqiaoAluminumQueryResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `message`.
    pub message: Option<String>,
    /// `result`.
    pub result: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `status`.
    pub status: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for WeiqiaoAluminumQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for WeiqiaoAluminumQueryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "message" => rt::read_field(map, &mut self.message),
            "result" => rt::read_field(map, &mut self.result),
            "status" => rt::read_field(map, &mut self.status),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for WeiqiaoAluminumQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("message", &self.message)?;
        object.optional("result", &self.result)?;
        object.optional("status", &self.status)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `WeiqiaoAluminumSubmitResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct WeiqiaoAluminumSubmitResponseBody {
    /// `code`.
    pub code: Option<i64>,
    /// `message`.
    pub message: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `task_id`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for WeiqiaoAluminumSubmitResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for WeiqiaoAluminumSubmitResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "message" => rt::read_field(map, &mut self.message),
            "success" => rt::read_field(map, &mut self.success),
            "task_id" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for WeiqiaoAluminumSubmitResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("message", &self.message)?;
        object.optional("success", &self.success)?;
        object.optional("task_id", &self.task_id)?;
        object.end()
    }
}
/// `NlpWordDistinguishResponseBodyWordEntities`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct NlpWordDistinguishResponseBodyWordEntities {
    /// `word`.
    pub word: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for NlpWordDistinguishResponseBodyWordEntities {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for NlpWordDistinguishResponseBodyWordEntities {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "word" => rt::read_field(map, &mut self.word),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for NlpWordDistinguishResponseBodyWordEntities {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("word", &self.word)?;
        object.end()
    }
}
/// `OkrOpenRecommendRequestCandidateOkrItemsOkrInfos`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrOpenRecommendRequestCandidateOkrItemsOkrInfos {
    /// `keyResultInfos`.
    pub key_result_infos: Option<
        Vec<OkrOpenRecommendRequestCandidateOkrItemsOkrInfosKeyResultInfos>,
    >,
    /// `objective`.
    pub objective: Option<String>,
    /// `objectiveId`.
    pub objective_id: Option<String>,
    /// `words`.
    pub words: Option<Vec<String>>,
}
impl OkrOpenRecommendRequestCandidateOkrItemsOkrInfos {
    /// An empty `OkrOpenRecommendRequestCandidateOkrItemsOkrInfos`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `keyResultInfos`.
    pub fn key_result_infos(
        mut self,
        value: impl IntoIterator<
            Item = OkrOpenRecommendRequestCandidateOkrItemsOkrInfosKeyResultInfos,
        >,
    ) -> Self {
        self.key_result_infos = Some(value.into_iter().collect());
        self
    }
    /// Sets `objective`.
    pub fn objective(mut self, value: impl Into<String>) -> Self {
        self.objective = Some(value.into());
        self
    }
    /// Sets `objectiveId`.
    pub fn objective_id(mut self, value: impl Into<String>) -> Self {
        self.objective_id = Some(value.into());
        self
    }
    /// Sets `words`.
    pub fn words(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.words = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for OkrOpenRecommendRequestCandidateOkrItemsOkrInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("keyResultInfos", &self.key_result_infos)?;
        object.optional("objective", &self.objective)?;
        object.optional("objectiveId", &self.objective_id)?;
        object.optional("words", &self.words)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for OkrOpenRecommendRequestCandidateOkrItemsOkrInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OkrOpenRecommendRequestCandidateOkrItemsOkrInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "keyResultInfos" => rt::read_field(map, &mut self.key_result_infos),
            "objective" => rt::read_field(map, &mut self.objective),
            "objectiveId" => rt::read_field(map, &mut self.objective_id),
            "words" => rt::read_field(map, &mut self.words),
            _ => Ok(false),
        }
    }
}
/// `OkrOpenRecommendResponseBodyOkrRecommendItems`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrOpenRecommendResponseBodyOkrRecommendItems {
    /// `krResultRelatedResults`.
    pub kr_result_related_results: Option<
        Vec<OkrOpenRecommendResponseBodyOkrRecommendItemsKrResultRelatedResults>,
    >,
    /// `objectiveRelatedResults`.
    pub objective_related_results: Option<
        Vec<OkrOpenRecommendResponseBodyOkrRecommendItemsObjectiveRelatedResults>,
    >,
    /// `relatedLevel`.
    pub related_level: Option<i64>,
    /// `semanticLevel`.
    pub semantic_level: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OkrOpenRecommendResponseBodyOkrRecommendItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OkrOpenRecommendResponseBodyOkrRecommendItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "krResultRelatedResults" => {
                rt::read_field(map, &mut self.kr_result_related_results)
            }
            "objectiveRelatedResults" => {
                rt::read_field(map, &mut self.objective_related_results)
            }
            "relatedLevel" => rt::read_field(map, &mut self.related_level),
            "semanticLevel" => rt::read_field(map, &mut self.semantic_level),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OkrOpenRecommendResponseBodyOkrRecommendItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("krResultRelatedResults", &self.kr_result_related_results)?;
        object.optional("objectiveRelatedResults", &self.objective_related_results)?;
        object.optional("relatedLevel", &self.related_level)?;
        object.optional("semanticLevel", &self.semantic_level)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `OkrOpenRecommendRequestCandidateOkrItemsOkrInfosKeyResultInfos`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrOpenRecommendRequestCandidateOkrItemsOkrInfosKeyResultInfos {
    /// `kr`.
    pub kr: Option<String>,
    /// `krId`.
    pub kr_id: Option<String>,
    /// `words`.
    pub words: Option<Vec<String>>,
}
impl OkrOpenRecommendRequestCandidateOkrItemsOkrInfosKeyResultInfos {
    /// An empty `OkrOpenRecommendRequestCandidateOkrItemsOkrInfosKeyResultInfos`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `kr`.
    pub fn kr(mut self, value: impl Into<String>) -> Self {
        self.kr = Some(value.into());
        self
    }
    /// Sets `krId`.
    pub fn kr_id(mut self, value: impl Into<String>) -> Self {
        self.kr_id = Some(value.into());
        self
    }
    /// Sets `words`.
    pub fn words(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.words = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize
for OkrOpenRecommendRequestCandidateOkrItemsOkrInfosKeyResultInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("kr", &self.kr)?;
        object.optional("krId", &self.kr_id)?;
        object.optional("words", &self.words)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for OkrOpenRecommendRequestCandidateOkrItemsOkrInfosKeyResultInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OkrOpenRecommendRequestCandidateOkrItemsOkrInfosKeyResultInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "kr" => rt::read_field(map, &mut self.kr),
            "krId" => rt::read_field(map, &mut self.kr_id),
            "words" => rt::read_field(map, &mut self.words),
            _ => Ok(false),
        }
    }
}
/// `OkrOpenRecommendResponseBodyOkrRecommendItemsKrResultRelatedResults`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrOpenRecommendResponseBodyOkrRecommendItemsKrResultRelatedResults {
    /// `krId`.
    pub kr_id: Option<String>,
    /// `semanticLevel`.
    pub semantic_level: Option<i64>,
    /// `words`.
    pub words: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de>
for OkrOpenRecommendResponseBodyOkrRecommendItemsKrResultRelatedResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OkrOpenRecommendResponseBodyOkrRecommendItemsKrResultRelatedResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "krId" => rt::read_field(map, &mut self.kr_id),
            "semanticLevel" => rt::read_field(map, &mut self.semantic_level),
            "words" => rt::read_field(map, &mut self.words),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for OkrOpenRecommendResponseBodyOkrRecommendItemsKrResultRelatedResults {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("krId", &self.kr_id)?;
        object.optional("semanticLevel", &self.semantic_level)?;
        object.optional("words", &self.words)?;
        object.end()
    }
}
/// `OkrOpenRecommendResponseBodyOkrRecommendItemsObjectiveRelatedResults`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrOpenRecommendResponseBodyOkrRecommendItemsObjectiveRelatedResults {
    /// `objectiveId`.
    pub objective_id: Option<String>,
    /// `semanticLevel`.
    pub semantic_level: Option<i64>,
    /// `words`.
    pub words: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de>
for OkrOpenRecommendResponseBodyOkrRecommendItemsObjectiveRelatedResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for OkrOpenRecommendResponseBodyOkrRecommendItemsObjectiveRelatedResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objectiveId" => rt::read_field(map, &mut self.objective_id),
            "semanticLevel" => rt::read_field(map, &mut self.semantic_level),
            "words" => rt::read_field(map, &mut self.words),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for OkrOpenRecommendResponseBodyOkrRecommendItemsObjectiveRelatedResults {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("objectiveId", &self.objective_id)?;
        object.optional("semanticLevel", &self.semantic_level)?;
        object.optional("words", &self.words)?;
        object.end()
    }
}
/// The request of [`Api::nlp_word_distinguish`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct NlpWordDistinguishRequest {
    /// `attachExtractDecisionInfo`.
    pub attach_extract_decision_info: NlpWordDistinguishRequestAttachExtractDecisionInfo,
    /// `isvAppId`.
    pub isv_app_id: String,
    /// `text`.
    pub text: String,
}
impl NlpWordDistinguishRequest {
    /// A `NlpWordDistinguishRequest` with its required fields (`attachExtractDecisionInfo`, `isvAppId`, `text`); set the others with the methods named after them.
    pub fn new(
        attach_extract_decision_info: NlpWordDistinguishRequestAttachExtractDecisionInfo,
        isv_app_id: impl Into<String>,
        text: impl Into<String>,
    ) -> Self {
        Self {
            attach_extract_decision_info,
            isv_app_id: isv_app_id.into(),
            text: text.into(),
        }
    }
}
impl rt::serde::Serialize for NlpWordDistinguishRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("attachExtractDecisionInfo", &self.attach_extract_decision_info)?;
        object.field("isvAppId", &self.isv_app_id)?;
        object.field("text", &self.text)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for NlpWordDistinguishRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for NlpWordDistinguishRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "attachExtractDecisionInfo" => {
                rt::read_field(map, &mut self.attach_extract_decision_info)
            }
            "isvAppId" => rt::read_field(map, &mut self.isv_app_id),
            "text" => rt::read_field(map, &mut self.text),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for NlpWordDistinguishRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::okr_open_recommend`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct OkrOpenRecommendRequest {
    /// `candidateOkrItems`.
    pub candidate_okr_items: Vec<OkrOpenRecommendRequestCandidateOkrItems>,
    /// `corpId`.
    pub corp_id: String,
    /// `deptIds`.
    pub dept_ids: Vec<String>,
    /// `isvAppId`.
    pub isv_app_id: String,
    /// `userId`.
    pub user_id: String,
    /// `words`.
    pub words: Option<Vec<String>>,
}
impl OkrOpenRecommendRequest {
    /// A `OkrOpenRecommendRequest` with its required fields (`candidateOkrItems`, `corpId`, `deptIds`, `isvAppId`, `userId`); set the others with the methods named after them.
    pub fn new(
        candidate_okr_items: impl IntoIterator<
            Item = OkrOpenRecommendRequestCandidateOkrItems,
        >,
        corp_id: impl Into<String>,
        dept_ids: impl IntoIterator<Item = impl Into<String>>,
        isv_app_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            candidate_okr_items: candidate_okr_items.into_iter().collect(),
            corp_id: corp_id.into(),
            dept_ids: dept_ids.into_iter().map(Into::into).collect(),
            isv_app_id: isv_app_id.into(),
            user_id: user_id.into(),
            words: None,
        }
    }
    /// Sets `words`.
    pub fn words(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.words = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for OkrOpenRecommendRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("candidateOkrItems", &self.candidate_okr_items)?;
        object.field("corpId", &self.corp_id)?;
        object.field("deptIds", &self.dept_ids)?;
        object.field("isvAppId", &self.isv_app_id)?;
        object.field("userId", &self.user_id)?;
        object.optional("words", &self.words)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OkrOpenRecommendRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OkrOpenRecommendRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "candidateOkrItems" => rt::read_field(map, &mut self.candidate_okr_items),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "isvAppId" => rt::read_field(map, &mut self.isv_app_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "words" => rt::read_field(map, &mut self.words),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OkrOpenRecommendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::weiqiao_aluminum_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WeiqiaoAluminumQueryRequest {
    /// `task_id`.
    pub task_id: String,
}
impl WeiqiaoAluminumQueryRequest {
    /// A `WeiqiaoAluminumQueryRequest` with its required fields (`task_id`); set the others with the methods named after them.
    pub fn new(task_id: impl Into<String>) -> Self {
        Self { task_id: task_id.into() }
    }
}
impl rt::serde::Serialize for WeiqiaoAluminumQueryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("task_id", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WeiqiaoAluminumQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WeiqiaoAluminumQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "task_id" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for WeiqiaoAluminumQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::weiqiao_aluminum_submit`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WeiqiaoAluminumSubmitRequest {
    /// `current_furnace`.
    pub current_furnace: rt::serde_json::Value,
    /// `dilution_config`.
    pub dilution_config: rt::serde_json::Value,
    /// `history_furnace`.
    pub history_furnace: Option<rt::serde_json::Value>,
    /// `raw_materials`.
    pub raw_materials: rt::serde_json::Value,
    /// `target`.
    pub target: rt::serde_json::Value,
    /// `target_ranges`.
    pub target_ranges: rt::serde_json::Value,
}
impl WeiqiaoAluminumSubmitRequest {
    /// A `WeiqiaoAluminumSubmitRequest` with its required fields (`current_furnace`, `dilution_config`, `raw_materials`, `target`, `target_ranges`); set the others with the methods named after them.
    pub fn new(
        current_furnace: impl Into<rt::serde_json::Value>,
        dilution_config: impl Into<rt::serde_json::Value>,
        raw_materials: impl Into<rt::serde_json::Value>,
        target: impl Into<rt::serde_json::Value>,
        target_ranges: impl Into<rt::serde_json::Value>,
    ) -> Self {
        Self {
            current_furnace: current_furnace.into(),
            dilution_config: dilution_config.into(),
            history_furnace: None,
            raw_materials: raw_materials.into(),
            target: target.into(),
            target_ranges: target_ranges.into(),
        }
    }
    /// Sets `history_furnace`.
    pub fn history_furnace(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.history_furnace = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for WeiqiaoAluminumSubmitRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("current_furnace", &self.current_furnace)?;
        object.field("dilution_config", &self.dilution_config)?;
        object.optional("history_furnace", &self.history_furnace)?;
        object.field("raw_materials", &self.raw_materials)?;
        object.field("target", &self.target)?;
        object.field("target_ranges", &self.target_ranges)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WeiqiaoAluminumSubmitRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WeiqiaoAluminumSubmitRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "current_furnace" => rt::read_field(map, &mut self.current_furnace),
            "dilution_config" => rt::read_field(map, &mut self.dilution_config),
            "history_furnace" => rt::read_field(map, &mut self.history_furnace),
            "raw_materials" => rt::read_field(map, &mut self.raw_materials),
            "target" => rt::read_field(map, &mut self.target),
            "target_ranges" => rt::read_field(map, &mut self.target_ranges),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for WeiqiaoAluminumSubmitRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::nlp_word_distinguish`]: the spec lists no error codes for it, so every code arrives as it is.
pub type NlpWordDistinguishError = rt::ServiceError;
/// An error reply of [`Api::okr_open_recommend`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OkrOpenRecommendError = rt::ServiceError;
/// An error reply of [`Api::weiqiao_aluminum_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type WeiqiaoAluminumQueryError = rt::ServiceError;
/// An error reply of [`Api::weiqiao_aluminum_submit`]: the spec lists no error codes for it, so every code arrives as it is.
pub type WeiqiaoAluminumSubmitError = rt::ServiceError;
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
        "NlpWordDistinguish" => {
            rt::conformance::reply(api.nlp_word_distinguish(&inputs.request(true)?))
                .await
        }
        "OkrOpenRecommend" => {
            rt::conformance::reply(api.okr_open_recommend(&inputs.request(true)?)).await
        }
        "WeiqiaoAluminumQuery" => {
            rt::conformance::reply(api.weiqiao_aluminum_query(&inputs.request(true)?))
                .await
        }
        "WeiqiaoAluminumSubmit" => {
            rt::conformance::reply(api.weiqiao_aluminum_submit(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
