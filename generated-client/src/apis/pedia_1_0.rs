// @generated from api-spec/pedia_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.pedia_1_0()`. Generated from `api-spec/pedia_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `pedia_1_0`. Get it with `client.pedia_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 企业百科增加当前企业词条信息
    ///
    /// `POST /v1.0/pedia/words` (operation `PediaWordsAdd`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PediaWordsAddError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn pedia_words_add(
        &self,
        request: &PediaWordsAddRequest,
    ) -> rt::Call<PediaWordsAddResponseBody, PediaWordsAddError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PediaWordsAdd",
            rt::Method::Post,
            "/v1.0/pedia/words",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 企业百科针对待审核词条进行审核
    ///
    /// `POST /v1.0/pedia/words/approve` (operation `PediaWordsApprove`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PediaWordsApproveError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn pedia_words_approve(
        &self,
        request: &PediaWordsApproveRequest,
    ) -> rt::Call<PediaWordsApproveResponseBody, PediaWordsApproveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PediaWordsApprove",
            rt::Method::Post,
            "/v1.0/pedia/words/approve",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 企业百科针对uuid删除当前词条
    ///
    /// `DELETE /v1.0/pedia/words` (operation `PediaWordsDelete`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PediaWordsDeleteError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn pedia_words_delete(
        &self,
        request: &PediaWordsDeleteRequest,
    ) -> rt::Call<PediaWordsDeleteResponseBody, PediaWordsDeleteError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PediaWordsDelete",
            rt::Method::Delete,
            "/v1.0/pedia/words",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据词条主键ID查询当前词条详情
    ///
    /// `POST /v1.0/pedia/words/query` (operation `PediaWordsQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PediaWordsQueryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn pedia_words_query(
        &self,
        request: &PediaWordsQueryRequest,
    ) -> rt::Call<PediaWordsQueryResponseBody, PediaWordsQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PediaWordsQuery",
            rt::Method::Post,
            "/v1.0/pedia/words/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页获取企业词条信息
    ///
    /// `POST /v1.0/pedia/words/search` (operation `PediaWordsSearch`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PediaWordsSearchError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn pedia_words_search(
        &self,
        request: &PediaWordsSearchRequest,
    ) -> rt::Call<PediaWordsSearchResponseBody, PediaWordsSearchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PediaWordsSearch",
            rt::Method::Post,
            "/v1.0/pedia/words/search",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 企业百科对当前已经生效词条进行编辑
    ///
    /// `PUT /v1.0/pedia/words` (operation `PediaWordsUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PediaWordsUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn pedia_words_update(
        &self,
        request: &PediaWordsUpdateRequest,
    ) -> rt::Call<PediaWordsUpdateResponseBody, PediaWordsUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PediaWordsUpdate",
            rt::Method::Put,
            "/v1.0/pedia/words",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `PediaWordsAddRequestContactList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsAddRequestContactList {
    /// `avatarMediaId`.
    pub avatar_media_id: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl PediaWordsAddRequestContactList {
    /// An empty `PediaWordsAddRequestContactList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `avatarMediaId`.
    pub fn avatar_media_id(mut self, value: impl Into<String>) -> Self {
        self.avatar_media_id = Some(value.into());
        self
    }
    /// Sets `nickName`.
    pub fn nick_name(mut self, value: impl Into<String>) -> Self {
        self.nick_name = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PediaWordsAddRequestContactList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarMediaId", &self.avatar_media_id)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PediaWordsAddRequestContactList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PediaWordsAddRequestContactList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarMediaId" => rt::read_field(map, &mut self.avatar_media_id),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `PediaWordsAddRequestPicList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsAddRequestPicList {
    /// `mediaIdUrl`.
    pub media_id_url: Option<String>,
}
impl PediaWordsAddRequestPicList {
    /// An empty `PediaWordsAddRequestPicList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mediaIdUrl`.
    pub fn media_id_url(mut self, value: impl Into<String>) -> Self {
        self.media_id_url = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PediaWordsAddRequestPicList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mediaIdUrl", &self.media_id_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PediaWordsAddRequestPicList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PediaWordsAddRequestPicList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mediaIdUrl" => rt::read_field(map, &mut self.media_id_url),
            _ => Ok(false),
        }
    }
}
/// `PediaWordsAddRequestRelatedDoc`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsAddRequestRelatedDoc {
    /// `link`.
    pub link: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl PediaWordsAddRequestRelatedDoc {
    /// An empty `PediaWordsAddRequestRelatedDoc`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `link`.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PediaWordsAddRequestRelatedDoc {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PediaWordsAddRequestRelatedDoc {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PediaWordsAddRequestRelatedDoc {
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
/// `PediaWordsAddRequestRelatedLink`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsAddRequestRelatedLink {
    /// `link`.
    pub link: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl PediaWordsAddRequestRelatedLink {
    /// An empty `PediaWordsAddRequestRelatedLink`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `link`.
    pub fn link(mut self, value: impl Into<String>) -> Self {
        self.link = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PediaWordsAddRequestRelatedLink {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("link", &self.link)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PediaWordsAddRequestRelatedLink {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PediaWordsAddRequestRelatedLink {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "link" => rt::read_field(map, &mut self.link),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
/// `PediaWordsAddResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsAddResponseBody {
    /// `success`.
    pub success: Option<bool>,
    /// `uuid`.
    pub uuid: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for PediaWordsAddResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PediaWordsAddResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PediaWordsAddResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.optional("uuid", &self.uuid)?;
        object.end()
    }
}
/// `PediaWordsApproveResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsApproveResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PediaWordsApproveResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PediaWordsApproveResponseBody {
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
impl rt::serde::Serialize for PediaWordsApproveResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `PediaWordsDeleteResponseBody`: the same model as [`PediaWordsAddResponseBody`].
pub type PediaWordsDeleteResponseBody = PediaWordsAddResponseBody;
/// `PediaWordsQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsQueryResponseBody {
    /// `data`.
    pub data: Option<PediaWordsQueryResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PediaWordsQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PediaWordsQueryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PediaWordsQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `PediaWordsSearchResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsSearchResponseBody {
    /// `data`.
    pub data: Option<Vec<PediaWordsSearchResponseBodyData>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for PediaWordsSearchResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PediaWordsSearchResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PediaWordsSearchResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `PediaWordsUpdateRequestAppLink`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsUpdateRequestAppLink {
    /// `appName`.
    pub app_name: Option<String>,
    /// `iconLink`.
    pub icon_link: Option<String>,
    /// `pcLink`.
    pub pc_link: Option<String>,
    /// `phoneLink`.
    pub phone_link: Option<String>,
}
impl PediaWordsUpdateRequestAppLink {
    /// An empty `PediaWordsUpdateRequestAppLink`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appName`.
    pub fn app_name(mut self, value: impl Into<String>) -> Self {
        self.app_name = Some(value.into());
        self
    }
    /// Sets `iconLink`.
    pub fn icon_link(mut self, value: impl Into<String>) -> Self {
        self.icon_link = Some(value.into());
        self
    }
    /// Sets `pcLink`.
    pub fn pc_link(mut self, value: impl Into<String>) -> Self {
        self.pc_link = Some(value.into());
        self
    }
    /// Sets `phoneLink`.
    pub fn phone_link(mut self, value: impl Into<String>) -> Self {
        self.phone_link = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PediaWordsUpdateRequestAppLink {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appName", &self.app_name)?;
        object.optional("iconLink", &self.icon_link)?;
        object.optional("pcLink", &self.pc_link)?;
        object.optional("phoneLink", &self.phone_link)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PediaWordsUpdateRequestAppLink {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PediaWordsUpdateRequestAppLink {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appName" => rt::read_field(map, &mut self.app_name),
            "iconLink" => rt::read_field(map, &mut self.icon_link),
            "pcLink" => rt::read_field(map, &mut self.pc_link),
            "phoneLink" => rt::read_field(map, &mut self.phone_link),
            _ => Ok(false),
        }
    }
}
/// `PediaWordsUpdateRequestContactList`: the same model as [`PediaWordsAddRequestContactList`].
pub type PediaWordsUpdateRequestContactList = PediaWordsAddRequestContactList;
/// `PediaWordsUpdateRequestPicList`: the same model as [`PediaWordsAddRequestPicList`].
pub type PediaWordsUpdateRequestPicList = PediaWordsAddRequestPicList;
/// `PediaWordsUpdateRequestRelatedDoc`: the same model as [`PediaWordsAddRequestRelatedDoc`].
pub type PediaWordsUpdateRequestRelatedDoc = PediaWordsAddRequestRelatedDoc;
/// `PediaWordsUpdateRequestRelatedLink`: the same model as [`PediaWordsAddRequestRelatedLink`].
pub type PediaWordsUpdateRequestRelatedLink = PediaWordsAddRequestRelatedLink;
/// `PediaWordsUpdateResponseBody`: the same model as [`PediaWordsAddResponseBody`].
pub type PediaWordsUpdateResponseBody = PediaWordsAddResponseBody;
/// `PediaWordsQueryResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsQueryResponseBodyData {
    /// `appLink`.
    pub app_link: Option<Vec<PediaWordsQueryResponseBodyDataAppLink>>,
    /// `approveName`.
    pub approve_name: Option<String>,
    /// `contactList`.
    pub contact_list: Option<Vec<PediaWordsQueryResponseBodyDataContactList>>,
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
    /// `parentUuid`.
    pub parent_uuid: Option<i64>,
    /// `picList`.
    pub pic_list: Option<Vec<PediaWordsQueryResponseBodyDataPicList>>,
    /// `relatedDoc`.
    pub related_doc: Option<Vec<PediaWordsQueryResponseBodyDataRelatedDoc>>,
    /// `relatedLink`.
    pub related_link: Option<Vec<PediaWordsQueryResponseBodyDataRelatedLink>>,
    /// `simHighLight`.
    pub sim_high_light: Option<bool>,
    /// `simpleWordParaphrase`.
    pub simple_word_paraphrase: Option<String>,
    /// `tagsList`.
    pub tags_list: Option<Vec<String>>,
    /// `updaterName`.
    pub updater_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `uuid`.
    pub uuid: Option<i64>,
    /// `wordAlias`.
    pub word_alias: Option<Vec<String>>,
    /// `wordName`.
    pub word_name: Option<String>,
    /// `wordParaphrase`.
    pub word_paraphrase: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PediaWordsQueryResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PediaWordsQueryResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appLink" => rt::read_field(map, &mut self.app_link),
            "approveName" => rt::read_field(map, &mut self.approve_name),
            "contactList" => rt::read_field(map, &mut self.contact_list),
            "contacts" => rt::read_field(map, &mut self.contacts),
            "creatorName" => rt::read_field(map, &mut self.creator_name),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModify" => rt::read_field(map, &mut self.gmt_modify),
            "highLightWordAlias" => rt::read_field(map, &mut self.high_light_word_alias),
            "imHighLight" => rt::read_field(map, &mut self.im_high_light),
            "parentUuid" => rt::read_field(map, &mut self.parent_uuid),
            "picList" => rt::read_field(map, &mut self.pic_list),
            "relatedDoc" => rt::read_field(map, &mut self.related_doc),
            "relatedLink" => rt::read_field(map, &mut self.related_link),
            "simHighLight" => rt::read_field(map, &mut self.sim_high_light),
            "simpleWordParaphrase" => {
                rt::read_field(map, &mut self.simple_word_paraphrase)
            }
            "tagsList" => rt::read_field(map, &mut self.tags_list),
            "updaterName" => rt::read_field(map, &mut self.updater_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            "uuid" => rt::read_field(map, &mut self.uuid),
            "wordAlias" => rt::read_field(map, &mut self.word_alias),
            "wordName" => rt::read_field(map, &mut self.word_name),
            "wordParaphrase" => rt::read_field(map, &mut self.word_paraphrase),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PediaWordsQueryResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appLink", &self.app_link)?;
        object.optional("approveName", &self.approve_name)?;
        object.optional("contactList", &self.contact_list)?;
        object.optional("contacts", &self.contacts)?;
        object.optional("creatorName", &self.creator_name)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModify", &self.gmt_modify)?;
        object.optional("highLightWordAlias", &self.high_light_word_alias)?;
        object.optional("imHighLight", &self.im_high_light)?;
        object.optional("parentUuid", &self.parent_uuid)?;
        object.optional("picList", &self.pic_list)?;
        object.optional("relatedDoc", &self.related_doc)?;
        object.optional("relatedLink", &self.related_link)?;
        object.optional("simHighLight", &self.sim_high_light)?;
        object.optional("simpleWordParaphrase", &self.simple_word_paraphrase)?;
        object.optional("tagsList", &self.tags_list)?;
        object.optional("updaterName", &self.updater_name)?;
        object.optional("userId", &self.user_id)?;
        object.optional("uuid", &self.uuid)?;
        object.optional("wordAlias", &self.word_alias)?;
        object.optional("wordName", &self.word_name)?;
        object.optional("wordParaphrase", &self.word_paraphrase)?;
        object.end()
    }
}
/// `PediaWordsSearchResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsSearchResponseBodyData {
    /// `appLink`.
    pub app_link: Option<Vec<PediaWordsSearchResponseBodyDataAppLink>>,
    /// `approveName`.
    pub approve_name: Option<String>,
    /// `contactList`.
    pub contact_list: Option<Vec<PediaWordsSearchResponseBodyDataContactList>>,
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
    /// `parentUuid`.
    pub parent_uuid: Option<i64>,
    /// `picList`.
    pub pic_list: Option<Vec<PediaWordsSearchResponseBodyDataPicList>>,
    /// `relatedDoc`.
    pub related_doc: Option<Vec<PediaWordsSearchResponseBodyDataRelatedDoc>>,
    /// `relatedLink`.
    pub related_link: Option<Vec<PediaWordsSearchResponseBodyDataRelatedLink>>,
    /// `simHighLight`.
    pub sim_high_light: Option<bool>,
    /// `simpleWordParaphrase`.
    pub simple_word_paraphrase: Option<String>,
    /// `tagsList`.
    pub tags_list: Option<Vec<String>>,
    /// `updaterName`.
    pub updater_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `uuid`.
    pub uuid: Option<i64>,
    /// `wordAlias`.
    pub word_alias: Option<Vec<String>>,
    /// `wordName`.
    pub word_name: Option<String>,
    /// `wordParaphrase`.
    pub word_paraphrase: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PediaWordsSearchResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PediaWordsSearchResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appLink" => rt::read_field(map, &mut self.app_link),
            "approveName" => rt::read_field(map, &mut self.approve_name),
            "contactList" => rt::read_field(map, &mut self.contact_list),
            "contacts" => rt::read_field(map, &mut self.contacts),
            "creatorName" => rt::read_field(map, &mut self.creator_name),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModify" => rt::read_field(map, &mut self.gmt_modify),
            "highLightWordAlias" => rt::read_field(map, &mut self.high_light_word_alias),
            "imHighLight" => rt::read_field(map, &mut self.im_high_light),
            "parentUuid" => rt::read_field(map, &mut self.parent_uuid),
            "picList" => rt::read_field(map, &mut self.pic_list),
            "relatedDoc" => rt::read_field(map, &mut self.related_doc),
            "relatedLink" => rt::read_field(map, &mut self.related_link),
            "simHighLight" => rt::read_field(map, &mut self.sim_high_light),
            "simpleWordParaphrase" => {
                rt::read_field(map, &mut self.simple_word_paraphrase)
            }
            "tagsList" => rt::read_field(map, &mut self.tags_list),
            "updaterName" => rt::read_field(map, &mut self.updater_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            "uuid" => rt::read_field(map, &mut self.uuid),
            "wordAlias" => rt::read_field(map, &mut self.word_alias),
            "wordName" => rt::read_field(map, &mut self.word_name),
            "wordParaphrase" => rt::read_field(map, &mut self.word_paraphrase),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PediaWordsSearchResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appLink", &self.app_link)?;
        object.optional("approveName", &self.approve_name)?;
        object.optional("contactList", &self.contact_list)?;
        object.optional("contacts", &self.contacts)?;
        object.optional("creatorName", &self.creator_name)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModify", &self.gmt_modify)?;
        object.optional("highLightWordAlias", &self.high_light_word_alias)?;
        object.optional("imHighLight", &self.im_high_light)?;
        object.optional("parentUuid", &self.parent_uuid)?;
        object.optional("picList", &self.pic_list)?;
        object.optional("relatedDoc", &self.related_doc)?;
        object.optional("relatedLink", &self.related_link)?;
        object.optional("simHighLight", &self.sim_high_light)?;
        object.optional("simpleWordParaphrase", &self.simple_word_paraphrase)?;
        object.optional("tagsList", &self.tags_list)?;
        object.optional("updaterName", &self.updater_name)?;
        object.optional("userId", &self.user_id)?;
        object.optional("uuid", &self.uuid)?;
        object.optional("wordAlias", &self.word_alias)?;
        object.optional("wordName", &self.word_name)?;
        object.optional("wordParaphrase", &self.word_paraphrase)?;
        object.end()
    }
}
/// `PediaWordsQueryResponseBodyDataAppLink`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsQueryResponseBodyDataAppLink {
    /// `appName`.
    pub app_name: Option<String>,
    /// `iconLink`.
    pub icon_link: Option<String>,
    /// `pcLink`.
    pub pc_link: Option<String>,
    /// `phoneLink`.
    pub phone_link: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PediaWordsQueryResponseBodyDataAppLink {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PediaWordsQueryResponseBodyDataAppLink {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appName" => rt::read_field(map, &mut self.app_name),
            "iconLink" => rt::read_field(map, &mut self.icon_link),
            "pcLink" => rt::read_field(map, &mut self.pc_link),
            "phoneLink" => rt::read_field(map, &mut self.phone_link),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PediaWordsQueryResponseBodyDataAppLink {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appName", &self.app_name)?;
        object.optional("iconLink", &self.icon_link)?;
        object.optional("pcLink", &self.pc_link)?;
        object.optional("phoneLink", &self.phone_link)?;
        object.end()
    }
}
/// `PediaWordsQueryResponseBodyDataContactList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsQueryResponseBodyDataContactList {
    /// `avatarMediaId`.
    pub avatar_media_id: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PediaWordsQueryResponseBodyDataContactList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PediaWordsQueryResponseBodyDataContactList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarMediaId" => rt::read_field(map, &mut self.avatar_media_id),
            "nickName" => rt::read_field(map, &mut self.nick_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PediaWordsQueryResponseBodyDataContactList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarMediaId", &self.avatar_media_id)?;
        object.optional("nickName", &self.nick_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `PediaWordsQueryResponseBodyDataPicList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsQueryResponseBodyDataPicList {
    /// `mediaIdUrl`.
    pub media_id_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PediaWordsQueryResponseBodyDataPicList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PediaWordsQueryResponseBodyDataPicList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mediaIdUrl" => rt::read_field(map, &mut self.media_id_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PediaWordsQueryResponseBodyDataPicList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mediaIdUrl", &self.media_id_url)?;
        object.end()
    }
}
/// `PediaWordsQueryResponseBodyDataRelatedDoc`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsQueryResponseBodyDataRelatedDoc {
    /// `link`.
    pub link: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PediaWordsQueryResponseBodyDataRelatedDoc {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PediaWordsQueryResponseBodyDataRelatedDoc {
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
impl rt::serde::Serialize for PediaWordsQueryResponseBodyDataRelatedDoc {
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
/// `PediaWordsQueryResponseBodyDataRelatedLink`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PediaWordsQueryResponseBodyDataRelatedLink {
    /// `link`.
    pub link: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PediaWordsQueryResponseBodyDataRelatedLink {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PediaWordsQueryResponseBodyDataRelatedLink {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "link" => rt::read_field(map, &mut self.link),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PediaWordsQueryResponseBodyDataRelatedLink {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("link", &self.link)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `PediaWordsSearchResponseBodyDataAppLink`: the same model as [`PediaWordsQueryResponseBodyDataAppLink`].
pub type PediaWordsSearchResponseBodyDataAppLink = PediaWordsQueryResponseBodyDataAppLink;
/// `PediaWordsSearchResponseBodyDataContactList`: the same model as [`PediaWordsQueryResponseBodyDataContactList`].
pub type PediaWordsSearchResponseBodyDataContactList = PediaWordsQueryResponseBodyDataContactList;
/// `PediaWordsSearchResponseBodyDataPicList`: the same model as [`PediaWordsQueryResponseBodyDataPicList`].
pub type PediaWordsSearchResponseBodyDataPicList = PediaWordsQueryResponseBodyDataPicList;
/// `PediaWordsSearchResponseBodyDataRelatedDoc`: the same model as [`PediaWordsQueryResponseBodyDataRelatedDoc`].
pub type PediaWordsSearchResponseBodyDataRelatedDoc = PediaWordsQueryResponseBodyDataRelatedDoc;
/// `PediaWordsSearchResponseBodyDataRelatedLink`: the same model as [`PediaWordsQueryResponseBodyDataRelatedDoc`].
pub type PediaWordsSearchResponseBodyDataRelatedLink = PediaWordsQueryResponseBodyDataRelatedDoc;
/// The request of [`Api::pedia_words_add`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PediaWordsAddRequest {
    /// `contactList`.
    pub contact_list: Option<Vec<PediaWordsAddRequestContactList>>,
    /// `highLightWordAlias`.
    pub high_light_word_alias: Option<Vec<String>>,
    /// `picList`.
    pub pic_list: Option<Vec<PediaWordsAddRequestPicList>>,
    /// `relatedDoc`.
    pub related_doc: Option<Vec<PediaWordsAddRequestRelatedDoc>>,
    /// `relatedLink`.
    pub related_link: Option<Vec<PediaWordsAddRequestRelatedLink>>,
    /// `userId`.
    pub user_id: String,
    /// `wordAlias`.
    pub word_alias: Option<Vec<String>>,
    /// `wordName`.
    pub word_name: String,
    /// `wordParaphrase`.
    pub word_paraphrase: String,
}
impl PediaWordsAddRequest {
    /// A `PediaWordsAddRequest` with its required fields (`userId`, `wordName`, `wordParaphrase`); set the others with the methods named after them.
    pub fn new(
        user_id: impl Into<String>,
        word_name: impl Into<String>,
        word_paraphrase: impl Into<String>,
    ) -> Self {
        Self {
            contact_list: None,
            high_light_word_alias: None,
            pic_list: None,
            related_doc: None,
            related_link: None,
            user_id: user_id.into(),
            word_alias: None,
            word_name: word_name.into(),
            word_paraphrase: word_paraphrase.into(),
        }
    }
    /// Sets `contactList`.
    pub fn contact_list(
        mut self,
        value: impl IntoIterator<Item = PediaWordsAddRequestContactList>,
    ) -> Self {
        self.contact_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `highLightWordAlias`.
    pub fn high_light_word_alias(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.high_light_word_alias = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `picList`.
    pub fn pic_list(
        mut self,
        value: impl IntoIterator<Item = PediaWordsAddRequestPicList>,
    ) -> Self {
        self.pic_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `relatedDoc`.
    pub fn related_doc(
        mut self,
        value: impl IntoIterator<Item = PediaWordsAddRequestRelatedDoc>,
    ) -> Self {
        self.related_doc = Some(value.into_iter().collect());
        self
    }
    /// Sets `relatedLink`.
    pub fn related_link(
        mut self,
        value: impl IntoIterator<Item = PediaWordsAddRequestRelatedLink>,
    ) -> Self {
        self.related_link = Some(value.into_iter().collect());
        self
    }
    /// Sets `wordAlias`.
    pub fn word_alias(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.word_alias = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for PediaWordsAddRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("contactList", &self.contact_list)?;
        object.optional("highLightWordAlias", &self.high_light_word_alias)?;
        object.optional("picList", &self.pic_list)?;
        object.optional("relatedDoc", &self.related_doc)?;
        object.optional("relatedLink", &self.related_link)?;
        object.field("userId", &self.user_id)?;
        object.optional("wordAlias", &self.word_alias)?;
        object.field("wordName", &self.word_name)?;
        object.field("wordParaphrase", &self.word_paraphrase)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PediaWordsAddRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PediaWordsAddRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "contactList" => rt::read_field(map, &mut self.contact_list),
            "highLightWordAlias" => rt::read_field(map, &mut self.high_light_word_alias),
            "picList" => rt::read_field(map, &mut self.pic_list),
            "relatedDoc" => rt::read_field(map, &mut self.related_doc),
            "relatedLink" => rt::read_field(map, &mut self.related_link),
            "userId" => rt::read_field(map, &mut self.user_id),
            "wordAlias" => rt::read_field(map, &mut self.word_alias),
            "wordName" => rt::read_field(map, &mut self.word_name),
            "wordParaphrase" => rt::read_field(map, &mut self.word_paraphrase),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PediaWordsAddRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pedia_words_approve`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PediaWordsApproveRequest {
    /// `aliDocHighLight`.
    pub ali_doc_high_light: Option<bool>,
    /// `approveReason`.
    pub approve_reason: Option<String>,
    /// `approveStatus`.
    pub approve_status: String,
    /// `imHighLight`.
    pub im_high_light: bool,
    /// `simHighLight`.
    pub sim_high_light: bool,
    /// `userId`.
    pub user_id: String,
    /// `uuid`.
    pub uuid: i64,
}
impl PediaWordsApproveRequest {
    /// A `PediaWordsApproveRequest` with its required fields (`approveStatus`, `imHighLight`, `simHighLight`, `userId`, `uuid`); set the others with the methods named after them.
    pub fn new(
        approve_status: impl Into<String>,
        im_high_light: bool,
        sim_high_light: bool,
        user_id: impl Into<String>,
        uuid: i64,
    ) -> Self {
        Self {
            ali_doc_high_light: None,
            approve_reason: None,
            approve_status: approve_status.into(),
            im_high_light,
            sim_high_light,
            user_id: user_id.into(),
            uuid,
        }
    }
    /// Sets `aliDocHighLight`.
    pub fn ali_doc_high_light(mut self, value: bool) -> Self {
        self.ali_doc_high_light = Some(value);
        self
    }
    /// Sets `approveReason`.
    pub fn approve_reason(mut self, value: impl Into<String>) -> Self {
        self.approve_reason = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PediaWordsApproveRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("aliDocHighLight", &self.ali_doc_high_light)?;
        object.optional("approveReason", &self.approve_reason)?;
        object.field("approveStatus", &self.approve_status)?;
        object.field("imHighLight", &self.im_high_light)?;
        object.field("simHighLight", &self.sim_high_light)?;
        object.field("userId", &self.user_id)?;
        object.field("uuid", &self.uuid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PediaWordsApproveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PediaWordsApproveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "aliDocHighLight" => rt::read_field(map, &mut self.ali_doc_high_light),
            "approveReason" => rt::read_field(map, &mut self.approve_reason),
            "approveStatus" => rt::read_field(map, &mut self.approve_status),
            "imHighLight" => rt::read_field(map, &mut self.im_high_light),
            "simHighLight" => rt::read_field(map, &mut self.sim_high_light),
            "userId" => rt::read_field(map, &mut self.user_id),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PediaWordsApproveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pedia_words_delete`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PediaWordsDeleteRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `uuid`: a query parameter.
    pub uuid: i64,
}
impl PediaWordsDeleteRequest {
    /// A `PediaWordsDeleteRequest` with its required fields (`userId`, `uuid`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>, uuid: i64) -> Self {
        Self {
            user_id: user_id.into(),
            uuid,
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PediaWordsDeleteRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PediaWordsDeleteRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PediaWordsDeleteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.query("uuid", &self.uuid);
    }
}
/// The request of [`Api::pedia_words_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PediaWordsQueryRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `uuid`: a query parameter.
    pub uuid: i64,
}
impl PediaWordsQueryRequest {
    /// A `PediaWordsQueryRequest` with its required fields (`userId`, `uuid`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>, uuid: i64) -> Self {
        Self {
            user_id: user_id.into(),
            uuid,
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PediaWordsQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PediaWordsQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "uuid" => rt::read_field(map, &mut self.uuid),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PediaWordsQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.query("uuid", &self.uuid);
    }
}
/// The request of [`Api::pedia_words_search`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PediaWordsSearchRequest {
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `status`.
    pub status: String,
    /// `userId`.
    pub user_id: String,
    /// `wordName`.
    pub word_name: Option<String>,
}
impl PediaWordsSearchRequest {
    /// A `PediaWordsSearchRequest` with its required fields (`pageNumber`, `pageSize`, `status`, `userId`); set the others with the methods named after them.
    pub fn new(
        page_number: i64,
        page_size: i64,
        status: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            page_number,
            page_size,
            status: status.into(),
            user_id: user_id.into(),
            word_name: None,
        }
    }
    /// Sets `wordName`.
    pub fn word_name(mut self, value: impl Into<String>) -> Self {
        self.word_name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for PediaWordsSearchRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("pageNumber", &self.page_number)?;
        object.field("pageSize", &self.page_size)?;
        object.field("status", &self.status)?;
        object.field("userId", &self.user_id)?;
        object.optional("wordName", &self.word_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PediaWordsSearchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PediaWordsSearchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "status" => rt::read_field(map, &mut self.status),
            "userId" => rt::read_field(map, &mut self.user_id),
            "wordName" => rt::read_field(map, &mut self.word_name),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PediaWordsSearchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pedia_words_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct PediaWordsUpdateRequest {
    /// `appLink`.
    pub app_link: Option<Vec<PediaWordsUpdateRequestAppLink>>,
    /// `contactList`.
    pub contact_list: Option<Vec<PediaWordsUpdateRequestContactList>>,
    /// `highLightWordAlias`.
    pub high_light_word_alias: Option<Vec<String>>,
    /// `picList`.
    pub pic_list: Option<Vec<PediaWordsUpdateRequestPicList>>,
    /// `relatedDoc`.
    pub related_doc: Option<Vec<PediaWordsUpdateRequestRelatedDoc>>,
    /// `relatedLink`.
    pub related_link: Option<Vec<PediaWordsUpdateRequestRelatedLink>>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `uuid`.
    pub uuid: i64,
    /// `wordAlias`.
    pub word_alias: Option<Vec<String>>,
    /// `wordName`.
    pub word_name: String,
    /// `wordParaphrase`.
    pub word_paraphrase: String,
}
impl PediaWordsUpdateRequest {
    /// A `PediaWordsUpdateRequest` with its required fields (`uuid`, `wordName`, `wordParaphrase`); set the others with the methods named after them.
    pub fn new(
        uuid: i64,
        word_name: impl Into<String>,
        word_paraphrase: impl Into<String>,
    ) -> Self {
        Self {
            app_link: None,
            contact_list: None,
            high_light_word_alias: None,
            pic_list: None,
            related_doc: None,
            related_link: None,
            user_id: None,
            uuid,
            word_alias: None,
            word_name: word_name.into(),
            word_paraphrase: word_paraphrase.into(),
        }
    }
    /// Sets `appLink`.
    pub fn app_link(
        mut self,
        value: impl IntoIterator<Item = PediaWordsUpdateRequestAppLink>,
    ) -> Self {
        self.app_link = Some(value.into_iter().collect());
        self
    }
    /// Sets `contactList`.
    pub fn contact_list(
        mut self,
        value: impl IntoIterator<Item = PediaWordsUpdateRequestContactList>,
    ) -> Self {
        self.contact_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `highLightWordAlias`.
    pub fn high_light_word_alias(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.high_light_word_alias = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `picList`.
    pub fn pic_list(
        mut self,
        value: impl IntoIterator<Item = PediaWordsUpdateRequestPicList>,
    ) -> Self {
        self.pic_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `relatedDoc`.
    pub fn related_doc(
        mut self,
        value: impl IntoIterator<Item = PediaWordsUpdateRequestRelatedDoc>,
    ) -> Self {
        self.related_doc = Some(value.into_iter().collect());
        self
    }
    /// Sets `relatedLink`.
    pub fn related_link(
        mut self,
        value: impl IntoIterator<Item = PediaWordsUpdateRequestRelatedLink>,
    ) -> Self {
        self.related_link = Some(value.into_iter().collect());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `wordAlias`.
    pub fn word_alias(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.word_alias = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for PediaWordsUpdateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appLink", &self.app_link)?;
        object.optional("contactList", &self.contact_list)?;
        object.optional("highLightWordAlias", &self.high_light_word_alias)?;
        object.optional("picList", &self.pic_list)?;
        object.optional("relatedDoc", &self.related_doc)?;
        object.optional("relatedLink", &self.related_link)?;
        object.optional("userId", &self.user_id)?;
        object.field("uuid", &self.uuid)?;
        object.optional("wordAlias", &self.word_alias)?;
        object.field("wordName", &self.word_name)?;
        object.field("wordParaphrase", &self.word_paraphrase)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PediaWordsUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PediaWordsUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appLink" => rt::read_field(map, &mut self.app_link),
            "contactList" => rt::read_field(map, &mut self.contact_list),
            "highLightWordAlias" => rt::read_field(map, &mut self.high_light_word_alias),
            "picList" => rt::read_field(map, &mut self.pic_list),
            "relatedDoc" => rt::read_field(map, &mut self.related_doc),
            "relatedLink" => rt::read_field(map, &mut self.related_link),
            "userId" => rt::read_field(map, &mut self.user_id),
            "uuid" => rt::read_field(map, &mut self.uuid),
            "wordAlias" => rt::read_field(map, &mut self.word_alias),
            "wordName" => rt::read_field(map, &mut self.word_name),
            "wordParaphrase" => rt::read_field(map, &mut self.word_paraphrase),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for PediaWordsUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::pedia_words_add`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PediaWordsAddError = rt::ServiceError;
/// An error reply of [`Api::pedia_words_approve`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PediaWordsApproveError = rt::ServiceError;
/// An error reply of [`Api::pedia_words_delete`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PediaWordsDeleteError = rt::ServiceError;
/// An error reply of [`Api::pedia_words_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PediaWordsQueryError = rt::ServiceError;
/// An error reply of [`Api::pedia_words_search`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PediaWordsSearchError = rt::ServiceError;
/// An error reply of [`Api::pedia_words_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PediaWordsUpdateError = rt::ServiceError;
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
        "PediaWordsAdd" => {
            rt::conformance::reply(api.pedia_words_add(&inputs.request(true)?)).await
        }
        "PediaWordsApprove" => {
            rt::conformance::reply(api.pedia_words_approve(&inputs.request(true)?)).await
        }
        "PediaWordsDelete" => {
            rt::conformance::reply(api.pedia_words_delete(&inputs.request(false)?)).await
        }
        "PediaWordsQuery" => {
            rt::conformance::reply(api.pedia_words_query(&inputs.request(false)?)).await
        }
        "PediaWordsSearch" => {
            rt::conformance::reply(api.pedia_words_search(&inputs.request(true)?)).await
        }
        "PediaWordsUpdate" => {
            rt::conformance::reply(api.pedia_words_update(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
