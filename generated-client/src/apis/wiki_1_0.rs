// @generated from api-spec/wiki_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 企业百科 (Wiki)：词条释义与分词。
//!
//! 2 operations, methods of [`Api`] (`client.wiki_1_0()`), behind the cargo feature `wiki_1_0`; its paths start with `/v1.0/wiki/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `wiki_1_0`. Get it with `client.wiki_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 根据词条名称获取该词条释义
    ///
    /// `GET /v1.0/wiki/words/details`: DingTalk's `WikiWordsDetail` (module feature `wiki_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "WikiWordsDetail")]
    #[doc(alias = "/v1.0/wiki/words/details")]
    #[doc(alias = "GET /v1.0/wiki/words/details")]
    pub fn wiki_words_detail(
        &self,
        request: &WikiWordsDetailRequest,
    ) -> rt::Call<WikiWordsDetailResponseBody, WikiWordsDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WikiWordsDetail",
            rt::Method::Get,
            "/v1.0/wiki/words/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 外部传递过来的消息根据百科词库分词
    ///
    /// `POST /v1.0/wiki/words/parse`: DingTalk's `WikiWordsParse` (module feature `wiki_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "WikiWordsParse")]
    #[doc(alias = "/v1.0/wiki/words/parse")]
    #[doc(alias = "POST /v1.0/wiki/words/parse")]
    pub fn wiki_words_parse(
        &self,
        request: &WikiWordsParseRequest,
    ) -> rt::Call<WikiWordsParseResponseBody, WikiWordsParseError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WikiWordsParse",
            rt::Method::Post,
            "/v1.0/wiki/words/parse",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `WikiWordsDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct WikiWordsDetailResponseBody {
    /// `data`.
    pub data: Option<Vec<WikiWordsDetailResponseBodyData>>,
    /// `errMsg`.
    pub err_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    WikiWordsDetailResponseBody { "data" => read_field(data), "errMsg" =>
    read_field(err_msg), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    WikiWordsDetailResponseBody { "data" => optional(data), "errMsg" =>
    optional(err_msg), "success" => optional(success) }
}
/// `WikiWordsParseResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct WikiWordsParseResponseBody {
    /// `data`.
    pub data: Option<Vec<WikiWordsParseResponseBodyData>>,
    /// `errMsg`.
    pub err_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    WikiWordsParseResponseBody { "data" => read_field(data), "errMsg" =>
    read_field(err_msg), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    WikiWordsParseResponseBody { "data" => optional(data), "errMsg" => optional(err_msg),
    "success" => optional(success) }
}
/// `WikiWordsDetailResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct WikiWordsDetailResponseBodyData {
    /// `appLink`.
    pub app_link: Option<Vec<WikiWordsDetailResponseBodyDataAppLink>>,
    /// `approveName`.
    pub approve_name: Option<String>,
    /// `contacts`.
    pub contacts: Option<Vec<String>>,
    /// `creatorName`.
    pub creator_name: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModify`.
    pub gmt_modify: Option<i64>,
    /// `highLightWordAlias`.
    pub high_light_word_alias: Option<Vec<String>>,
    /// `imHighLight`.
    pub im_high_light: Option<bool>,
    /// `orgName`.
    pub org_name: Option<String>,
    /// `relatedDoc`.
    pub related_doc: Option<Vec<WikiWordsDetailResponseBodyDataRelatedDoc>>,
    /// `relatedLink`.
    pub related_link: Option<Vec<WikiWordsDetailResponseBodyDataRelatedLink>>,
    /// `simHighLight`.
    pub sim_high_light: Option<bool>,
    /// `simpleWordParaphrase`.
    pub simple_word_paraphrase: Option<String>,
    /// `tagsList`.
    pub tags_list: Option<Vec<String>>,
    /// `updaterName`.
    pub updater_name: Option<String>,
    /// `uuid`.
    pub uuid: Option<i64>,
    /// `wordAlias`.
    pub word_alias: Option<Vec<String>>,
    /// `wordFullName`.
    pub word_full_name: Option<String>,
    /// `wordName`.
    pub word_name: Option<String>,
    /// `wordParaphrase`.
    pub word_paraphrase: Option<String>,
}
rt::impl_deserialize! {
    WikiWordsDetailResponseBodyData { "appLink" => read_field(app_link), "approveName" =>
    read_field(approve_name), "contacts" => read_field(contacts), "creatorName" =>
    read_field(creator_name), "gmtCreate" => read_field(gmt_create), "gmtModify" =>
    read_field(gmt_modify), "highLightWordAlias" => read_field(high_light_word_alias),
    "imHighLight" => read_field(im_high_light), "orgName" => read_field(org_name),
    "relatedDoc" => read_field(related_doc), "relatedLink" => read_field(related_link),
    "simHighLight" => read_field(sim_high_light), "simpleWordParaphrase" =>
    read_field(simple_word_paraphrase), "tagsList" => read_field(tags_list),
    "updaterName" => read_field(updater_name), "uuid" => read_field(uuid), "wordAlias" =>
    read_field(word_alias), "wordFullName" => read_field(word_full_name), "wordName" =>
    read_field(word_name), "wordParaphrase" => read_field(word_paraphrase) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    WikiWordsDetailResponseBodyData { "appLink" => optional(app_link), "approveName" =>
    optional(approve_name), "contacts" => optional(contacts), "creatorName" =>
    optional(creator_name), "gmtCreate" => optional(gmt_create), "gmtModify" =>
    optional(gmt_modify), "highLightWordAlias" => optional(high_light_word_alias),
    "imHighLight" => optional(im_high_light), "orgName" => optional(org_name),
    "relatedDoc" => optional(related_doc), "relatedLink" => optional(related_link),
    "simHighLight" => optional(sim_high_light), "simpleWordParaphrase" =>
    optional(simple_word_paraphrase), "tagsList" => optional(tags_list), "updaterName" =>
    optional(updater_name), "uuid" => optional(uuid), "wordAlias" =>
    optional(word_alias), "wordFullName" => optional(word_full_name), "wordName" =>
    optional(word_name), "wordParaphrase" => optional(word_paraphrase) }
}
/// `WikiWordsParseResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct WikiWordsParseResponseBodyData {
    /// `endIndex`.
    pub end_index: Option<i64>,
    /// `startIndex`.
    pub start_index: Option<i64>,
    /// `wordName`.
    pub word_name: Option<String>,
}
rt::impl_deserialize! {
    WikiWordsParseResponseBodyData { "endIndex" => read_field(end_index), "startIndex" =>
    read_field(start_index), "wordName" => read_field(word_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    WikiWordsParseResponseBodyData { "endIndex" => optional(end_index), "startIndex" =>
    optional(start_index), "wordName" => optional(word_name) }
}
/// `WikiWordsDetailResponseBodyDataAppLink`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct WikiWordsDetailResponseBodyDataAppLink {
    /// `appId`.
    pub app_id: Option<i64>,
    /// `appName`.
    pub app_name: Option<String>,
    /// `iconLink`.
    pub icon_link: Option<String>,
    /// `pcLink`.
    pub pc_link: Option<String>,
    /// `phoneLink`.
    pub phone_link: Option<String>,
}
rt::impl_deserialize! {
    WikiWordsDetailResponseBodyDataAppLink { "appId" => read_field(app_id), "appName" =>
    read_field(app_name), "iconLink" => read_field(icon_link), "pcLink" =>
    read_field(pc_link), "phoneLink" => read_field(phone_link) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    WikiWordsDetailResponseBodyDataAppLink { "appId" => optional(app_id), "appName" =>
    optional(app_name), "iconLink" => optional(icon_link), "pcLink" => optional(pc_link),
    "phoneLink" => optional(phone_link) }
}
/// `WikiWordsDetailResponseBodyDataRelatedDoc`, a model several operations share: also named [`WikiWordsDetailResponseBodyDataRelatedLink`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct WikiWordsDetailResponseBodyDataRelatedDoc {
    /// `link`.
    pub link: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    WikiWordsDetailResponseBodyDataRelatedDoc { "link" => read_field(link), "name" =>
    read_field(name), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    WikiWordsDetailResponseBodyDataRelatedDoc { "link" => optional(link), "name" =>
    optional(name), "type" => optional(r#type) }
}
/// `WikiWordsDetailResponseBodyDataRelatedLink`: the same model as [`WikiWordsDetailResponseBodyDataRelatedDoc`].
pub type WikiWordsDetailResponseBodyDataRelatedLink = WikiWordsDetailResponseBodyDataRelatedDoc;
/// The request of [`Api::wiki_words_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WikiWordsDetailRequest {
    /// `wordName`: a query parameter.
    pub word_name: String,
}
/// The required fields of [`WikiWordsDetailRequest`], each named where it is set: `WikiWordsDetailRequest::new(WikiWordsDetailRequired { .. })`.
pub struct WikiWordsDetailRequired {
    /// `wordName`: see [`WikiWordsDetailRequest::word_name`].
    pub word_name: String,
}
impl WikiWordsDetailRequest {
    /// A `WikiWordsDetailRequest` with its required fields (`wordName`); set the others with the methods named after them.
    pub fn new(required: WikiWordsDetailRequired) -> Self {
        let WikiWordsDetailRequired { word_name } = required;
        Self { word_name }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WikiWordsDetailRequest { "wordName" => read_field(word_name) }
}
impl rt::WriteRequest for WikiWordsDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("wordName", &self.word_name);
    }
}
/// The request of [`Api::wiki_words_parse`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct WikiWordsParseRequest {
    /// `content`.
    pub content: String,
}
/// The required fields of [`WikiWordsParseRequest`], each named where it is set: `WikiWordsParseRequest::new(WikiWordsParseRequired { .. })`.
pub struct WikiWordsParseRequired {
    /// `content`: see [`WikiWordsParseRequest::content`].
    pub content: String,
}
impl WikiWordsParseRequest {
    /// A `WikiWordsParseRequest` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(required: WikiWordsParseRequired) -> Self {
        let WikiWordsParseRequired { content } = required;
        Self { content }
    }
}
rt::impl_serialize! {
    WikiWordsParseRequest { "content" => field(content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WikiWordsParseRequest { "content" => read_field(content) }
}
impl rt::WriteRequest for WikiWordsParseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::wiki_words_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type WikiWordsDetailError = rt::ServiceError;
/// An error reply of [`Api::wiki_words_parse`]: the spec lists no error codes for it, so every code arrives as it is.
pub type WikiWordsParseError = rt::ServiceError;
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
        "WikiWordsDetail" => {
            rt::conformance::reply(api.wiki_words_detail(&inputs.request(false)?)).await
        }
        "WikiWordsParse" => {
            rt::conformance::reply(api.wiki_words_parse(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
