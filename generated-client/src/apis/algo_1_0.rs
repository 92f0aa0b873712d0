// @generated from api-spec/algo_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! algo（未在钉钉开放平台文档中找到）：关键词识别、OKR 内容推荐与原料预测等算法接口。
//!
//! 4 operations, methods of [`Api`] (`client.algo_1_0()`), behind the cargo feature `algo_1_0`; its paths start with `/v1.0/algo/`.
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
    /// `POST /v1.0/algo/okrs/keywords/extract`: DingTalk's `NlpWordDistinguish` (module feature `algo_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "NlpWordDistinguish")]
    #[doc(alias = "/v1.0/algo/okrs/keywords/extract")]
    #[doc(alias = "POST /v1.0/algo/okrs/keywords/extract")]
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
    /// `POST /v1.0/algo/okrs/recommend`: DingTalk's `OkrOpenRecommend` (module feature `algo_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OkrOpenRecommend")]
    #[doc(alias = "/v1.0/algo/okrs/recommend")]
    #[doc(alias = "POST /v1.0/algo/okrs/recommend")]
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
    /// `POST /v1.0/algo/industry/weiqiao/aluminum/query`: DingTalk's `WeiqiaoAluminumQuery` (module feature `algo_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "WeiqiaoAluminumQuery")]
    #[doc(alias = "/v1.0/algo/industry/weiqiao/aluminum/query")]
    #[doc(alias = "POST /v1.0/algo/industry/weiqiao/aluminum/query")]
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
    /// `POST /v1.0/algo/industry/weiqiao/aluminum/submit`: DingTalk's `WeiqiaoAluminumSubmit` (module feature `algo_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "WeiqiaoAluminumSubmit")]
    #[doc(alias = "/v1.0/algo/industry/weiqiao/aluminum/submit")]
    #[doc(alias = "POST /v1.0/algo/industry/weiqiao/aluminum/submit")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`NlpWordDistinguishRequestAttachExtractDecisionInfo`], each named where it is set: `NlpWordDistinguishRequestAttachExtractDecisionInfo::new(NlpWordDistinguishRequestAttachExtractDecisionInfoRequired { .. })`.
pub struct NlpWordDistinguishRequestAttachExtractDecisionInfoRequired {
    /// `corpId`: see [`NlpWordDistinguishRequestAttachExtractDecisionInfo::corp_id`].
    pub corp_id: String,
    /// `deptIds`: see [`NlpWordDistinguishRequestAttachExtractDecisionInfo::dept_ids`].
    pub dept_ids: Vec<String>,
    /// `userId`: see [`NlpWordDistinguishRequestAttachExtractDecisionInfo::user_id`].
    pub user_id: String,
}
impl NlpWordDistinguishRequestAttachExtractDecisionInfo {
    /// A `NlpWordDistinguishRequestAttachExtractDecisionInfo` with its required fields (`corpId`, `deptIds`, `userId`); set the others with the methods named after them.
    pub fn new(
        required: NlpWordDistinguishRequestAttachExtractDecisionInfoRequired,
    ) -> Self {
        let NlpWordDistinguishRequestAttachExtractDecisionInfoRequired {
            corp_id,
            dept_ids,
            user_id,
        } = required;
        Self {
            black_words: None,
            candidate_words: None,
            corp_id,
            dept_ids,
            user_id,
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
rt::impl_serialize! {
    NlpWordDistinguishRequestAttachExtractDecisionInfo { "blackWords" =>
    optional(black_words), "candidateWords" => optional(candidate_words), "corpId" =>
    field(corp_id), "deptIds" => field(dept_ids), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    NlpWordDistinguishRequestAttachExtractDecisionInfo { "blackWords" =>
    read_field(black_words), "candidateWords" => read_field(candidate_words), "corpId" =>
    read_field(corp_id), "deptIds" => read_field(dept_ids), "userId" =>
    read_field(user_id) }
}
/// `NlpWordDistinguishResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct NlpWordDistinguishResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `wordEntities`.
    pub word_entities: Option<Vec<NlpWordDistinguishResponseBodyWordEntities>>,
}
rt::impl_deserialize! {
    NlpWordDistinguishResponseBody { "requestId" => read_field(request_id),
    "wordEntities" => read_field(word_entities) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    NlpWordDistinguishResponseBody { "requestId" => optional(request_id), "wordEntities"
    => optional(word_entities) }
}
/// `OkrOpenRecommendRequestCandidateOkrItems`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OkrOpenRecommendRequestCandidateOkrItems {
    /// `okrInfos`.
    pub okr_infos: Option<Vec<OkrOpenRecommendRequestCandidateOkrItemsOkrInfos>>,
    /// `relation`.
    pub relation: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`OkrOpenRecommendRequestCandidateOkrItems`], each named where it is set: `OkrOpenRecommendRequestCandidateOkrItems::new(OkrOpenRecommendRequestCandidateOkrItemsRequired { .. })`.
pub struct OkrOpenRecommendRequestCandidateOkrItemsRequired {
    /// `relation`: see [`OkrOpenRecommendRequestCandidateOkrItems::relation`].
    pub relation: String,
    /// `userId`: see [`OkrOpenRecommendRequestCandidateOkrItems::user_id`].
    pub user_id: String,
}
impl OkrOpenRecommendRequestCandidateOkrItems {
    /// A `OkrOpenRecommendRequestCandidateOkrItems` with its required fields (`relation`, `userId`); set the others with the methods named after them.
    pub fn new(required: OkrOpenRecommendRequestCandidateOkrItemsRequired) -> Self {
        let OkrOpenRecommendRequestCandidateOkrItemsRequired { relation, user_id } = required;
        Self {
            okr_infos: None,
            relation,
            user_id,
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
rt::impl_serialize! {
    OkrOpenRecommendRequestCandidateOkrItems { "okrInfos" => optional(okr_infos),
    "relation" => field(relation), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OkrOpenRecommendRequestCandidateOkrItems { "okrInfos" => read_field(okr_infos),
    "relation" => read_field(relation), "userId" => read_field(user_id) }
}
/// `OkrOpenRecommendResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OkrOpenRecommendResponseBody {
    /// `okrRecommendItems`.
    pub okr_recommend_items: Option<Vec<OkrOpenRecommendResponseBodyOkrRecommendItems>>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    OkrOpenRecommendResponseBody { "okrRecommendItems" =>
    read_field(okr_recommend_items), "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OkrOpenRecommendResponseBody { "okrRecommendItems" => optional(okr_recommend_items),
    "requestId" => optional(request_id) }
}
/// `WeiqiaoAluminumQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    WeiqiaoAluminumQueryResponseBody { "code" => read_field(code), "message" =>
    read_field(message), "result" => read_field(result), "status" => read_field(status),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    WeiqiaoAluminumQueryResponseBody { "code" => optional(code), "message" =>
    optional(message), "result" => optional(result), "status" => optional(status),
    "success" => optional(success) }
}
/// `WeiqiaoAluminumSubmitResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    WeiqiaoAluminumSubmitResponseBody { "code" => read_field(code), "message" =>
    read_field(message), "success" => read_field(success), "task_id" =>
    read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    WeiqiaoAluminumSubmitResponseBody { "code" => optional(code), "message" =>
    optional(message), "success" => optional(success), "task_id" => optional(task_id) }
}
/// `NlpWordDistinguishResponseBodyWordEntities`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct NlpWordDistinguishResponseBodyWordEntities {
    /// `word`.
    pub word: Option<String>,
}
rt::impl_deserialize! {
    NlpWordDistinguishResponseBodyWordEntities { "word" => read_field(word) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    NlpWordDistinguishResponseBodyWordEntities { "word" => optional(word) }
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
rt::impl_serialize! {
    OkrOpenRecommendRequestCandidateOkrItemsOkrInfos { "keyResultInfos" =>
    optional(key_result_infos), "objective" => optional(objective), "objectiveId" =>
    optional(objective_id), "words" => optional(words) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OkrOpenRecommendRequestCandidateOkrItemsOkrInfos { "keyResultInfos" =>
    read_field(key_result_infos), "objective" => read_field(objective), "objectiveId" =>
    read_field(objective_id), "words" => read_field(words) }
}
/// `OkrOpenRecommendResponseBodyOkrRecommendItems`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    OkrOpenRecommendResponseBodyOkrRecommendItems { "krResultRelatedResults" =>
    read_field(kr_result_related_results), "objectiveRelatedResults" =>
    read_field(objective_related_results), "relatedLevel" => read_field(related_level),
    "semanticLevel" => read_field(semantic_level), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OkrOpenRecommendResponseBodyOkrRecommendItems { "krResultRelatedResults" =>
    optional(kr_result_related_results), "objectiveRelatedResults" =>
    optional(objective_related_results), "relatedLevel" => optional(related_level),
    "semanticLevel" => optional(semantic_level), "userId" => optional(user_id) }
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
rt::impl_serialize! {
    OkrOpenRecommendRequestCandidateOkrItemsOkrInfosKeyResultInfos { "kr" =>
    optional(kr), "krId" => optional(kr_id), "words" => optional(words) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OkrOpenRecommendRequestCandidateOkrItemsOkrInfosKeyResultInfos { "kr" =>
    read_field(kr), "krId" => read_field(kr_id), "words" => read_field(words) }
}
/// `OkrOpenRecommendResponseBodyOkrRecommendItemsKrResultRelatedResults`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OkrOpenRecommendResponseBodyOkrRecommendItemsKrResultRelatedResults {
    /// `krId`.
    pub kr_id: Option<String>,
    /// `semanticLevel`.
    pub semantic_level: Option<i64>,
    /// `words`.
    pub words: Option<Vec<String>>,
}
rt::impl_deserialize! {
    OkrOpenRecommendResponseBodyOkrRecommendItemsKrResultRelatedResults { "krId" =>
    read_field(kr_id), "semanticLevel" => read_field(semantic_level), "words" =>
    read_field(words) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OkrOpenRecommendResponseBodyOkrRecommendItemsKrResultRelatedResults { "krId" =>
    optional(kr_id), "semanticLevel" => optional(semantic_level), "words" =>
    optional(words) }
}
/// `OkrOpenRecommendResponseBodyOkrRecommendItemsObjectiveRelatedResults`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OkrOpenRecommendResponseBodyOkrRecommendItemsObjectiveRelatedResults {
    /// `objectiveId`.
    pub objective_id: Option<String>,
    /// `semanticLevel`.
    pub semantic_level: Option<i64>,
    /// `words`.
    pub words: Option<Vec<String>>,
}
rt::impl_deserialize! {
    OkrOpenRecommendResponseBodyOkrRecommendItemsObjectiveRelatedResults { "objectiveId"
    => read_field(objective_id), "semanticLevel" => read_field(semantic_level), "words"
    => read_field(words) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OkrOpenRecommendResponseBodyOkrRecommendItemsObjectiveRelatedResults { "objectiveId"
    => optional(objective_id), "semanticLevel" => optional(semantic_level), "words" =>
    optional(words) }
}
/// The request of [`Api::nlp_word_distinguish`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct NlpWordDistinguishRequest {
    /// `attachExtractDecisionInfo`.
    pub attach_extract_decision_info: NlpWordDistinguishRequestAttachExtractDecisionInfo,
    /// `isvAppId`.
    pub isv_app_id: String,
    /// `text`.
    pub text: String,
}
/// The required fields of [`NlpWordDistinguishRequest`], each named where it is set: `NlpWordDistinguishRequest::new(NlpWordDistinguishRequired { .. })`.
pub struct NlpWordDistinguishRequired {
    /// `attachExtractDecisionInfo`: see [`NlpWordDistinguishRequest::attach_extract_decision_info`].
    pub attach_extract_decision_info: NlpWordDistinguishRequestAttachExtractDecisionInfo,
    /// `isvAppId`: see [`NlpWordDistinguishRequest::isv_app_id`].
    pub isv_app_id: String,
    /// `text`: see [`NlpWordDistinguishRequest::text`].
    pub text: String,
}
impl NlpWordDistinguishRequest {
    /// A `NlpWordDistinguishRequest` with its required fields (`attachExtractDecisionInfo`, `isvAppId`, `text`); set the others with the methods named after them.
    pub fn new(required: NlpWordDistinguishRequired) -> Self {
        let NlpWordDistinguishRequired {
            attach_extract_decision_info,
            isv_app_id,
            text,
        } = required;
        Self {
            attach_extract_decision_info,
            isv_app_id,
            text,
        }
    }
}
rt::impl_serialize! {
    NlpWordDistinguishRequest { "attachExtractDecisionInfo" =>
    field(attach_extract_decision_info), "isvAppId" => field(isv_app_id), "text" =>
    field(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    NlpWordDistinguishRequest { "attachExtractDecisionInfo" =>
    read_field(attach_extract_decision_info), "isvAppId" => read_field(isv_app_id),
    "text" => read_field(text) }
}
impl rt::WriteRequest for NlpWordDistinguishRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::okr_open_recommend`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`OkrOpenRecommendRequest`], each named where it is set: `OkrOpenRecommendRequest::new(OkrOpenRecommendRequired { .. })`.
pub struct OkrOpenRecommendRequired {
    /// `candidateOkrItems`: see [`OkrOpenRecommendRequest::candidate_okr_items`].
    pub candidate_okr_items: Vec<OkrOpenRecommendRequestCandidateOkrItems>,
    /// `corpId`: see [`OkrOpenRecommendRequest::corp_id`].
    pub corp_id: String,
    /// `deptIds`: see [`OkrOpenRecommendRequest::dept_ids`].
    pub dept_ids: Vec<String>,
    /// `isvAppId`: see [`OkrOpenRecommendRequest::isv_app_id`].
    pub isv_app_id: String,
    /// `userId`: see [`OkrOpenRecommendRequest::user_id`].
    pub user_id: String,
}
impl OkrOpenRecommendRequest {
    /// A `OkrOpenRecommendRequest` with its required fields (`candidateOkrItems`, `corpId`, `deptIds`, `isvAppId`, `userId`); set the others with the methods named after them.
    pub fn new(required: OkrOpenRecommendRequired) -> Self {
        let OkrOpenRecommendRequired {
            candidate_okr_items,
            corp_id,
            dept_ids,
            isv_app_id,
            user_id,
        } = required;
        Self {
            candidate_okr_items,
            corp_id,
            dept_ids,
            isv_app_id,
            user_id,
            words: None,
        }
    }
    /// Sets `words`.
    pub fn words(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.words = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    OkrOpenRecommendRequest { "candidateOkrItems" => field(candidate_okr_items), "corpId"
    => field(corp_id), "deptIds" => field(dept_ids), "isvAppId" => field(isv_app_id),
    "userId" => field(user_id), "words" => optional(words) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OkrOpenRecommendRequest { "candidateOkrItems" => read_field(candidate_okr_items),
    "corpId" => read_field(corp_id), "deptIds" => read_field(dept_ids), "isvAppId" =>
    read_field(isv_app_id), "userId" => read_field(user_id), "words" => read_field(words)
    }
}
impl rt::WriteRequest for OkrOpenRecommendRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::weiqiao_aluminum_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WeiqiaoAluminumQueryRequest {
    /// `task_id`.
    pub task_id: String,
}
/// The required fields of [`WeiqiaoAluminumQueryRequest`], each named where it is set: `WeiqiaoAluminumQueryRequest::new(WeiqiaoAluminumQueryRequired { .. })`.
pub struct WeiqiaoAluminumQueryRequired {
    /// `task_id`: see [`WeiqiaoAluminumQueryRequest::task_id`].
    pub task_id: String,
}
impl WeiqiaoAluminumQueryRequest {
    /// A `WeiqiaoAluminumQueryRequest` with its required fields (`task_id`); set the others with the methods named after them.
    pub fn new(required: WeiqiaoAluminumQueryRequired) -> Self {
        let WeiqiaoAluminumQueryRequired { task_id } = required;
        Self { task_id }
    }
}
rt::impl_serialize! {
    WeiqiaoAluminumQueryRequest { "task_id" => field(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WeiqiaoAluminumQueryRequest { "task_id" => read_field(task_id) }
}
impl rt::WriteRequest for WeiqiaoAluminumQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::weiqiao_aluminum_submit`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`WeiqiaoAluminumSubmitRequest`], each named where it is set: `WeiqiaoAluminumSubmitRequest::new(WeiqiaoAluminumSubmitRequired { .. })`.
pub struct WeiqiaoAluminumSubmitRequired {
    /// `current_furnace`: see [`WeiqiaoAluminumSubmitRequest::current_furnace`].
    pub current_furnace: rt::serde_json::Value,
    /// `dilution_config`: see [`WeiqiaoAluminumSubmitRequest::dilution_config`].
    pub dilution_config: rt::serde_json::Value,
    /// `raw_materials`: see [`WeiqiaoAluminumSubmitRequest::raw_materials`].
    pub raw_materials: rt::serde_json::Value,
    /// `target`: see [`WeiqiaoAluminumSubmitRequest::target`].
    pub target: rt::serde_json::Value,
    /// `target_ranges`: see [`WeiqiaoAluminumSubmitRequest::target_ranges`].
    pub target_ranges: rt::serde_json::Value,
}
impl WeiqiaoAluminumSubmitRequest {
    /// A `WeiqiaoAluminumSubmitRequest` with its required fields (`current_furnace`, `dilution_config`, `raw_materials`, `target`, `target_ranges`); set the others with the methods named after them.
    pub fn new(required: WeiqiaoAluminumSubmitRequired) -> Self {
        let WeiqiaoAluminumSubmitRequired {
            current_furnace,
            dilution_config,
            raw_materials,
            target,
            target_ranges,
        } = required;
        Self {
            current_furnace,
            dilution_config,
            history_furnace: None,
            raw_materials,
            target,
            target_ranges,
        }
    }
    /// Sets `history_furnace`.
    pub fn history_furnace(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.history_furnace = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    WeiqiaoAluminumSubmitRequest { "current_furnace" => field(current_furnace),
    "dilution_config" => field(dilution_config), "history_furnace" =>
    optional(history_furnace), "raw_materials" => field(raw_materials), "target" =>
    field(target), "target_ranges" => field(target_ranges) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WeiqiaoAluminumSubmitRequest { "current_furnace" => read_field(current_furnace),
    "dilution_config" => read_field(dilution_config), "history_furnace" =>
    read_field(history_furnace), "raw_materials" => read_field(raw_materials), "target"
    => read_field(target), "target_ranges" => read_field(target_ranges) }
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
