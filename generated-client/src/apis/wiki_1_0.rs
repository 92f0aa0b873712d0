// @generated from api-spec/wiki_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.wiki_1_0()`. Generated from `api-spec/wiki_1_0.yaml`.
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
    /// `GET /v1.0/wiki/words/details` (operation `WikiWordsDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`WikiWordsDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/wiki/words/parse` (operation `WikiWordsParse`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`WikiWordsParseError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct WikiWordsDetailResponseBody {
    /// `data`.
    pub data: Option<Vec<WikiWordsDetailResponseBodyData>>,
    /// `errMsg`.
    pub err_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for WikiWordsDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for WikiWordsDetailResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "errMsg" => rt::read_field(map, &mut self.err_msg),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for WikiWordsDetailResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("errMsg", &self.err_msg)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `WikiWordsParseResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct WikiWordsParseResponseBody {
    /// `data`.
    pub data: Option<Vec<WikiWordsParseResponseBodyData>>,
    /// `errMsg`.
    pub err_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for WikiWordsParseResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for WikiWordsParseResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "errMsg" => rt::read_field(map, &mut self.err_msg),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for WikiWordsParseResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("errMsg", &self.err_msg)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `WikiWordsDetailResponseBodyData`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for WikiWordsDetailResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for WikiWordsDetailResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appLink" => rt::read_field(map, &mut self.app_link),
            "approveName" => rt::read_field(map, &mut self.approve_name),
            "contacts" => rt::read_field(map, &mut self.contacts),
            "creatorName" => rt::read_field(map, &mut self.creator_name),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModify" => rt::read_field(map, &mut self.gmt_modify),
            "highLightWordAlias" => rt::read_field(map, &mut self.high_light_word_alias),
            "imHighLight" => rt::read_field(map, &mut self.im_high_light),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "relatedDoc" => rt::read_field(map, &mut self.related_doc),
            "relatedLink" => rt::read_field(map, &mut self.related_link),
            "simHighLight" => rt::read_field(map, &mut self.sim_high_light),
            "simpleWordParaphrase" => {
                rt::read_field(map, &mut self.simple_word_paraphrase)
            }
            "tagsList" => rt::read_field(map, &mut self.tags_list),
            "updaterName" => rt::read_field(map, &mut self.updater_name),
            "uuid" => rt::read_field(map, &mut self.uuid),
            "wordAlias" => rt::read_field(map, &mut self.word_alias),
            "wordFullName" => rt::read_field(map, &mut self.word_full_name),
            "wordName" => rt::read_field(map, &mut self.word_name),
            "wordParaphrase" => rt::read_field(map, &mut self.word_paraphrase),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for WikiWordsDetailResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appLink", &self.app_link)?;
        object.optional("approveName", &self.approve_name)?;
        object.optional("contacts", &self.contacts)?;
        object.optional("creatorName", &self.creator_name)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModify", &self.gmt_modify)?;
        object.optional("highLightWordAlias", &self.high_light_word_alias)?;
        object.optional("imHighLight", &self.im_high_light)?;
        object.optional("orgName", &self.org_name)?;
        object.optional("relatedDoc", &self.related_doc)?;
        object.optional("relatedLink", &self.related_link)?;
        object.optional("simHighLight", &self.sim_high_light)?;
        object.optional("simpleWordParaphrase", &self.simple_word_paraphrase)?;
        object.optional("tagsList", &self.tags_list)?;
        object.optional("updaterName", &self.updater_name)?;
        object.optional("uuid", &self.uuid)?;
        object.optional("wordAlias", &self.word_alias)?;
        object.optional("wordFullName", &self.word_full_name)?;
        object.optional("wordName", &self.word_name)?;
        object.optional("wordParaphrase", &self.word_paraphrase)?;
        object.end()
    }
}
/// `WikiWordsParseResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct WikiWordsParseResponseBodyData {
    /// `endIndex`.
    pub end_index: Option<i64>,
    /// `startIndex`.
    pub start_index: Option<i64>,
    /// `wordName`.
    pub word_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for WikiWordsParseResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for WikiWordsParseResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endIndex" => rt::read_field(map, &mut self.end_index),
            "startIndex" => rt::read_field(map, &mut self.start_index),
            "wordName" => rt::read_field(map, &mut self.word_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for WikiWordsParseResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endIndex", &self.end_index)?;
        object.optional("startIndex", &self.start_index)?;
        object.optional("wordName", &self.word_name)?;
        object.end()
    }
}
/// `WikiWordsDetailResponseBodyDataAppLink`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for WikiWordsDetailResponseBodyDataAppLink {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for WikiWordsDetailResponseBodyDataAppLink {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appId" => rt::read_field(map, &mut self.app_id),
            "appName" => rt::read_field(map, &mut self.app_name),
            "iconLink" => rt::read_field(map, &mut self.icon_link),
            "pcLink" => rt::read_field(map, &mut self.pc_link),
            "phoneLink" => rt::read_field(map, &mut self.phone_link),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for WikiWordsDetailResponseBodyDataAppLink {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appId", &self.app_id)?;
        object.optional("appName", &self.app_name)?;
        object.optional("iconLink", &self.icon_link)?;
        object.optional("pcLink", &self.pc_link)?;
        object.optional("phoneLink", &self.phone_link)?;
        object.end()
    }
}
/// `WikiWordsDetailResponseBodyDataRelatedDoc`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct WikiWordsDetailResponseBodyDataRelatedDoc {
    /// `link`.
    pub link: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for WikiWordsDetailResponseBodyDataRelatedDoc {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for WikiWordsDetailResponseBodyDataRelatedDoc {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "link" => rt::read_field(map, &mut self.link),
            "name" => rt::read_field(map, &mut self.name),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for WikiWordsDetailResponseBodyDataRelatedDoc {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("link", &self.link)?;
        object.optional("name", &self.name)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `WikiWordsDetailResponseBodyDataRelatedLink`: the same model as [`WikiWordsDetailResponseBodyDataRelatedDoc`].
pub type WikiWordsDetailResponseBodyDataRelatedLink = WikiWordsDetailResponseBodyDataRelatedDoc;
/// The request of [`Api::wiki_words_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WikiWordsDetailRequest {
    /// `wordName`: a query parameter.
    pub word_name: String,
}
impl WikiWordsDetailRequest {
    /// A `WikiWordsDetailRequest` with its required fields (`wordName`); set the others with the methods named after them.
    pub fn new(word_name: impl Into<String>) -> Self {
        Self {
            word_name: word_name.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WikiWordsDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WikiWordsDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "wordName" => rt::read_field(map, &mut self.word_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for WikiWordsDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("wordName", &self.word_name);
    }
}
/// The request of [`Api::wiki_words_parse`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct WikiWordsParseRequest {
    /// `content`.
    pub content: String,
}
impl WikiWordsParseRequest {
    /// A `WikiWordsParseRequest` with its required fields (`content`); set the others with the methods named after them.
    pub fn new(content: impl Into<String>) -> Self {
        Self { content: content.into() }
    }
}
impl rt::serde::Serialize for WikiWordsParseRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WikiWordsParseRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WikiWordsParseRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            _ => Ok(false),
        }
    }
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
