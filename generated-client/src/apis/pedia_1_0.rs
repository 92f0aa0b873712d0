// @generated from api-spec/pedia_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 企业百科 (Pedia)：企业百科词条。
//!
//! 6 operations, methods of [`Api`] (`client.pedia_1_0()`), behind the cargo feature `pedia_1_0`; its paths start with `/v1.0/pedia/`.
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
    /// `POST /v1.0/pedia/words`: DingTalk's `PediaWordsAdd` (module feature `pedia_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PediaWordsAdd")]
    #[doc(alias = "/v1.0/pedia/words")]
    #[doc(alias = "POST /v1.0/pedia/words")]
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
    /// `POST /v1.0/pedia/words/approve`: DingTalk's `PediaWordsApprove` (module feature `pedia_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PediaWordsApprove")]
    #[doc(alias = "/v1.0/pedia/words/approve")]
    #[doc(alias = "POST /v1.0/pedia/words/approve")]
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
    /// `DELETE /v1.0/pedia/words`: DingTalk's `PediaWordsDelete` (module feature `pedia_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PediaWordsDelete")]
    #[doc(alias = "/v1.0/pedia/words")]
    #[doc(alias = "DELETE /v1.0/pedia/words")]
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
    /// `POST /v1.0/pedia/words/query`: DingTalk's `PediaWordsQuery` (module feature `pedia_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PediaWordsQuery")]
    #[doc(alias = "/v1.0/pedia/words/query")]
    #[doc(alias = "POST /v1.0/pedia/words/query")]
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
    /// `POST /v1.0/pedia/words/search`: DingTalk's `PediaWordsSearch` (module feature `pedia_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::pedia_words_search_pages`].
    #[doc(alias = "PediaWordsSearch")]
    #[doc(alias = "/v1.0/pedia/words/search")]
    #[doc(alias = "POST /v1.0/pedia/words/search")]
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
    /// `PUT /v1.0/pedia/words`: DingTalk's `PediaWordsUpdate` (module feature `pedia_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PediaWordsUpdate")]
    #[doc(alias = "/v1.0/pedia/words")]
    #[doc(alias = "PUT /v1.0/pedia/words")]
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
    /// Every page of [`Api::pedia_words_search`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `data` of each page.
    pub fn pedia_words_search_pages(
        &self,
        request: &PediaWordsSearchRequest,
    ) -> rt::Paginator<
        PediaWordsSearchResponseBody,
        PediaWordsSearchError,
        PediaWordsSearchResponseBodyData,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["data"],
            &[],
            &[],
        );
        rt::Paginator::new(self.pedia_words_search(request), &PAGING)
    }
}
/// `PediaWordsAddRequestContactList`, a model several operations share: also named [`PediaWordsUpdateRequestContactList`].
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
rt::impl_serialize! {
    PediaWordsAddRequestContactList { "avatarMediaId" => optional(avatar_media_id),
    "nickName" => optional(nick_name), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PediaWordsAddRequestContactList { "avatarMediaId" => read_field(avatar_media_id),
    "nickName" => read_field(nick_name), "userId" => read_field(user_id) }
}
/// `PediaWordsAddRequestPicList`, a model several operations share: also named [`PediaWordsUpdateRequestPicList`].
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
rt::impl_serialize! {
    PediaWordsAddRequestPicList { "mediaIdUrl" => optional(media_id_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PediaWordsAddRequestPicList { "mediaIdUrl" => read_field(media_id_url) }
}
/// `PediaWordsAddRequestRelatedDoc`, a model several operations share: also named [`PediaWordsUpdateRequestRelatedDoc`].
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
rt::impl_serialize! {
    PediaWordsAddRequestRelatedDoc { "link" => optional(link), "name" => optional(name),
    "type" => optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PediaWordsAddRequestRelatedDoc { "link" => read_field(link), "name" =>
    read_field(name), "type" => read_field(r#type) }
}
/// `PediaWordsAddRequestRelatedLink`, a model several operations share: also named [`PediaWordsUpdateRequestRelatedLink`].
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
rt::impl_serialize! {
    PediaWordsAddRequestRelatedLink { "link" => optional(link), "name" => optional(name)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PediaWordsAddRequestRelatedLink { "link" => read_field(link), "name" =>
    read_field(name) }
}
/// `PediaWordsAddResponseBody`, a model several operations share: also named [`PediaWordsDeleteResponseBody`], [`PediaWordsUpdateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PediaWordsAddResponseBody {
    /// `success`.
    pub success: Option<bool>,
    /// `uuid`.
    pub uuid: Option<i64>,
}
rt::impl_deserialize! {
    PediaWordsAddResponseBody { "success" => read_field(success), "uuid" =>
    read_field(uuid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PediaWordsAddResponseBody { "success" => optional(success), "uuid" => optional(uuid)
    }
}
/// `PediaWordsApproveResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PediaWordsApproveResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PediaWordsApproveResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PediaWordsApproveResponseBody { "success" => optional(success) }
}
/// `PediaWordsDeleteResponseBody`: the same model as [`PediaWordsAddResponseBody`].
pub type PediaWordsDeleteResponseBody = PediaWordsAddResponseBody;
/// `PediaWordsQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PediaWordsQueryResponseBody {
    /// `data`.
    pub data: Option<PediaWordsQueryResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PediaWordsQueryResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PediaWordsQueryResponseBody { "data" => optional(data), "success" =>
    optional(success) }
}
/// `PediaWordsSearchResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PediaWordsSearchResponseBody {
    /// `data`.
    pub data: Option<Vec<PediaWordsSearchResponseBodyData>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PediaWordsSearchResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PediaWordsSearchResponseBody { "data" => optional(data), "success" =>
    optional(success) }
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
rt::impl_serialize! {
    PediaWordsUpdateRequestAppLink { "appName" => optional(app_name), "iconLink" =>
    optional(icon_link), "pcLink" => optional(pc_link), "phoneLink" =>
    optional(phone_link) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PediaWordsUpdateRequestAppLink { "appName" => read_field(app_name), "iconLink" =>
    read_field(icon_link), "pcLink" => read_field(pc_link), "phoneLink" =>
    read_field(phone_link) }
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
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PediaWordsQueryResponseBodyData { "appLink" => read_field(app_link), "approveName" =>
    read_field(approve_name), "contactList" => read_field(contact_list), "contacts" =>
    read_field(contacts), "creatorName" => read_field(creator_name), "gmtCreate" =>
    read_field(gmt_create), "gmtModify" => read_field(gmt_modify), "highLightWordAlias"
    => read_field(high_light_word_alias), "imHighLight" => read_field(im_high_light),
    "parentUuid" => read_field(parent_uuid), "picList" => read_field(pic_list),
    "relatedDoc" => read_field(related_doc), "relatedLink" => read_field(related_link),
    "simHighLight" => read_field(sim_high_light), "simpleWordParaphrase" =>
    read_field(simple_word_paraphrase), "tagsList" => read_field(tags_list),
    "updaterName" => read_field(updater_name), "userId" => read_field(user_id), "uuid" =>
    read_field(uuid), "wordAlias" => read_field(word_alias), "wordName" =>
    read_field(word_name), "wordParaphrase" => read_field(word_paraphrase) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PediaWordsQueryResponseBodyData { "appLink" => optional(app_link), "approveName" =>
    optional(approve_name), "contactList" => optional(contact_list), "contacts" =>
    optional(contacts), "creatorName" => optional(creator_name), "gmtCreate" =>
    optional(gmt_create), "gmtModify" => optional(gmt_modify), "highLightWordAlias" =>
    optional(high_light_word_alias), "imHighLight" => optional(im_high_light),
    "parentUuid" => optional(parent_uuid), "picList" => optional(pic_list), "relatedDoc"
    => optional(related_doc), "relatedLink" => optional(related_link), "simHighLight" =>
    optional(sim_high_light), "simpleWordParaphrase" => optional(simple_word_paraphrase),
    "tagsList" => optional(tags_list), "updaterName" => optional(updater_name), "userId"
    => optional(user_id), "uuid" => optional(uuid), "wordAlias" => optional(word_alias),
    "wordName" => optional(word_name), "wordParaphrase" => optional(word_paraphrase) }
}
/// `PediaWordsSearchResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PediaWordsSearchResponseBodyData { "appLink" => read_field(app_link), "approveName"
    => read_field(approve_name), "contactList" => read_field(contact_list), "contacts" =>
    read_field(contacts), "creatorName" => read_field(creator_name), "gmtCreate" =>
    read_field(gmt_create), "gmtModify" => read_field(gmt_modify), "highLightWordAlias"
    => read_field(high_light_word_alias), "imHighLight" => read_field(im_high_light),
    "parentUuid" => read_field(parent_uuid), "picList" => read_field(pic_list),
    "relatedDoc" => read_field(related_doc), "relatedLink" => read_field(related_link),
    "simHighLight" => read_field(sim_high_light), "simpleWordParaphrase" =>
    read_field(simple_word_paraphrase), "tagsList" => read_field(tags_list),
    "updaterName" => read_field(updater_name), "userId" => read_field(user_id), "uuid" =>
    read_field(uuid), "wordAlias" => read_field(word_alias), "wordName" =>
    read_field(word_name), "wordParaphrase" => read_field(word_paraphrase) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PediaWordsSearchResponseBodyData { "appLink" => optional(app_link), "approveName" =>
    optional(approve_name), "contactList" => optional(contact_list), "contacts" =>
    optional(contacts), "creatorName" => optional(creator_name), "gmtCreate" =>
    optional(gmt_create), "gmtModify" => optional(gmt_modify), "highLightWordAlias" =>
    optional(high_light_word_alias), "imHighLight" => optional(im_high_light),
    "parentUuid" => optional(parent_uuid), "picList" => optional(pic_list), "relatedDoc"
    => optional(related_doc), "relatedLink" => optional(related_link), "simHighLight" =>
    optional(sim_high_light), "simpleWordParaphrase" => optional(simple_word_paraphrase),
    "tagsList" => optional(tags_list), "updaterName" => optional(updater_name), "userId"
    => optional(user_id), "uuid" => optional(uuid), "wordAlias" => optional(word_alias),
    "wordName" => optional(word_name), "wordParaphrase" => optional(word_paraphrase) }
}
/// `PediaWordsQueryResponseBodyDataAppLink`, a model several operations share: also named [`PediaWordsSearchResponseBodyDataAppLink`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    PediaWordsQueryResponseBodyDataAppLink { "appName" => read_field(app_name),
    "iconLink" => read_field(icon_link), "pcLink" => read_field(pc_link), "phoneLink" =>
    read_field(phone_link) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PediaWordsQueryResponseBodyDataAppLink { "appName" => optional(app_name), "iconLink"
    => optional(icon_link), "pcLink" => optional(pc_link), "phoneLink" =>
    optional(phone_link) }
}
/// `PediaWordsQueryResponseBodyDataContactList`, a model several operations share: also named [`PediaWordsSearchResponseBodyDataContactList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PediaWordsQueryResponseBodyDataContactList {
    /// `avatarMediaId`.
    pub avatar_media_id: Option<String>,
    /// `nickName`.
    pub nick_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    PediaWordsQueryResponseBodyDataContactList { "avatarMediaId" =>
    read_field(avatar_media_id), "nickName" => read_field(nick_name), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PediaWordsQueryResponseBodyDataContactList { "avatarMediaId" =>
    optional(avatar_media_id), "nickName" => optional(nick_name), "userId" =>
    optional(user_id) }
}
/// `PediaWordsQueryResponseBodyDataPicList`, a model several operations share: also named [`PediaWordsSearchResponseBodyDataPicList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PediaWordsQueryResponseBodyDataPicList {
    /// `mediaIdUrl`.
    pub media_id_url: Option<String>,
}
rt::impl_deserialize! {
    PediaWordsQueryResponseBodyDataPicList { "mediaIdUrl" => read_field(media_id_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PediaWordsQueryResponseBodyDataPicList { "mediaIdUrl" => optional(media_id_url) }
}
/// `PediaWordsQueryResponseBodyDataRelatedDoc`, a model several operations share: also named [`PediaWordsSearchResponseBodyDataRelatedDoc`], [`PediaWordsSearchResponseBodyDataRelatedLink`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PediaWordsQueryResponseBodyDataRelatedDoc {
    /// `link`.
    pub link: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    PediaWordsQueryResponseBodyDataRelatedDoc { "link" => read_field(link), "name" =>
    read_field(name), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PediaWordsQueryResponseBodyDataRelatedDoc { "link" => optional(link), "name" =>
    optional(name), "type" => optional(r#type) }
}
/// `PediaWordsQueryResponseBodyDataRelatedLink`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PediaWordsQueryResponseBodyDataRelatedLink {
    /// `link`.
    pub link: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    PediaWordsQueryResponseBodyDataRelatedLink { "link" => read_field(link), "name" =>
    read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PediaWordsQueryResponseBodyDataRelatedLink { "link" => optional(link), "name" =>
    optional(name) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PediaWordsAddRequest`], each named where it is set: `PediaWordsAddRequest::new(PediaWordsAddRequired { .. })`.
pub struct PediaWordsAddRequired {
    /// `userId`: see [`PediaWordsAddRequest::user_id`].
    pub user_id: String,
    /// `wordName`: see [`PediaWordsAddRequest::word_name`].
    pub word_name: String,
    /// `wordParaphrase`: see [`PediaWordsAddRequest::word_paraphrase`].
    pub word_paraphrase: String,
}
impl PediaWordsAddRequest {
    /// A `PediaWordsAddRequest` with its required fields (`userId`, `wordName`, `wordParaphrase`); set the others with the methods named after them.
    pub fn new(required: PediaWordsAddRequired) -> Self {
        let PediaWordsAddRequired { user_id, word_name, word_paraphrase } = required;
        Self {
            contact_list: None,
            high_light_word_alias: None,
            pic_list: None,
            related_doc: None,
            related_link: None,
            user_id,
            word_alias: None,
            word_name,
            word_paraphrase,
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
rt::impl_serialize! {
    PediaWordsAddRequest { "contactList" => optional(contact_list), "highLightWordAlias"
    => optional(high_light_word_alias), "picList" => optional(pic_list), "relatedDoc" =>
    optional(related_doc), "relatedLink" => optional(related_link), "userId" =>
    field(user_id), "wordAlias" => optional(word_alias), "wordName" => field(word_name),
    "wordParaphrase" => field(word_paraphrase) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PediaWordsAddRequest { "contactList" => read_field(contact_list),
    "highLightWordAlias" => read_field(high_light_word_alias), "picList" =>
    read_field(pic_list), "relatedDoc" => read_field(related_doc), "relatedLink" =>
    read_field(related_link), "userId" => read_field(user_id), "wordAlias" =>
    read_field(word_alias), "wordName" => read_field(word_name), "wordParaphrase" =>
    read_field(word_paraphrase) }
}
impl rt::WriteRequest for PediaWordsAddRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pedia_words_approve`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PediaWordsApproveRequest`], each named where it is set: `PediaWordsApproveRequest::new(PediaWordsApproveRequired { .. })`.
pub struct PediaWordsApproveRequired {
    /// `approveStatus`: see [`PediaWordsApproveRequest::approve_status`].
    pub approve_status: String,
    /// `imHighLight`: see [`PediaWordsApproveRequest::im_high_light`].
    pub im_high_light: bool,
    /// `simHighLight`: see [`PediaWordsApproveRequest::sim_high_light`].
    pub sim_high_light: bool,
    /// `userId`: see [`PediaWordsApproveRequest::user_id`].
    pub user_id: String,
    /// `uuid`: see [`PediaWordsApproveRequest::uuid`].
    pub uuid: i64,
}
impl PediaWordsApproveRequest {
    /// A `PediaWordsApproveRequest` with its required fields (`approveStatus`, `imHighLight`, `simHighLight`, `userId`, `uuid`); set the others with the methods named after them.
    pub fn new(required: PediaWordsApproveRequired) -> Self {
        let PediaWordsApproveRequired {
            approve_status,
            im_high_light,
            sim_high_light,
            user_id,
            uuid,
        } = required;
        Self {
            ali_doc_high_light: None,
            approve_reason: None,
            approve_status,
            im_high_light,
            sim_high_light,
            user_id,
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
rt::impl_serialize! {
    PediaWordsApproveRequest { "aliDocHighLight" => optional(ali_doc_high_light),
    "approveReason" => optional(approve_reason), "approveStatus" =>
    field(approve_status), "imHighLight" => field(im_high_light), "simHighLight" =>
    field(sim_high_light), "userId" => field(user_id), "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PediaWordsApproveRequest { "aliDocHighLight" => read_field(ali_doc_high_light),
    "approveReason" => read_field(approve_reason), "approveStatus" =>
    read_field(approve_status), "imHighLight" => read_field(im_high_light),
    "simHighLight" => read_field(sim_high_light), "userId" => read_field(user_id), "uuid"
    => read_field(uuid) }
}
impl rt::WriteRequest for PediaWordsApproveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pedia_words_delete`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PediaWordsDeleteRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `uuid`: a query parameter.
    pub uuid: i64,
}
/// The required fields of [`PediaWordsDeleteRequest`], each named where it is set: `PediaWordsDeleteRequest::new(PediaWordsDeleteRequired { .. })`.
pub struct PediaWordsDeleteRequired {
    /// `userId`: see [`PediaWordsDeleteRequest::user_id`].
    pub user_id: String,
    /// `uuid`: see [`PediaWordsDeleteRequest::uuid`].
    pub uuid: i64,
}
impl PediaWordsDeleteRequest {
    /// A `PediaWordsDeleteRequest` with its required fields (`userId`, `uuid`); set the others with the methods named after them.
    pub fn new(required: PediaWordsDeleteRequired) -> Self {
        let PediaWordsDeleteRequired { user_id, uuid } = required;
        Self { user_id, uuid }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PediaWordsDeleteRequest { "userId" => read_field(user_id), "uuid" => read_field(uuid)
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PediaWordsQueryRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `uuid`: a query parameter.
    pub uuid: i64,
}
/// The required fields of [`PediaWordsQueryRequest`], each named where it is set: `PediaWordsQueryRequest::new(PediaWordsQueryRequired { .. })`.
pub struct PediaWordsQueryRequired {
    /// `userId`: see [`PediaWordsQueryRequest::user_id`].
    pub user_id: String,
    /// `uuid`: see [`PediaWordsQueryRequest::uuid`].
    pub uuid: i64,
}
impl PediaWordsQueryRequest {
    /// A `PediaWordsQueryRequest` with its required fields (`userId`, `uuid`); set the others with the methods named after them.
    pub fn new(required: PediaWordsQueryRequired) -> Self {
        let PediaWordsQueryRequired { user_id, uuid } = required;
        Self { user_id, uuid }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PediaWordsQueryRequest { "userId" => read_field(user_id), "uuid" => read_field(uuid)
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PediaWordsSearchRequest`], each named where it is set: `PediaWordsSearchRequest::new(PediaWordsSearchRequired { .. })`.
pub struct PediaWordsSearchRequired {
    /// `pageNumber`: see [`PediaWordsSearchRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`PediaWordsSearchRequest::page_size`].
    pub page_size: i64,
    /// `status`: see [`PediaWordsSearchRequest::status`].
    pub status: String,
    /// `userId`: see [`PediaWordsSearchRequest::user_id`].
    pub user_id: String,
}
impl PediaWordsSearchRequest {
    /// A `PediaWordsSearchRequest` with its required fields (`pageNumber`, `pageSize`, `status`, `userId`); set the others with the methods named after them.
    pub fn new(required: PediaWordsSearchRequired) -> Self {
        let PediaWordsSearchRequired { page_number, page_size, status, user_id } = required;
        Self {
            page_number,
            page_size,
            status,
            user_id,
            word_name: None,
        }
    }
    /// Sets `wordName`.
    pub fn word_name(mut self, value: impl Into<String>) -> Self {
        self.word_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PediaWordsSearchRequest { "pageNumber" => field(page_number), "pageSize" =>
    field(page_size), "status" => field(status), "userId" => field(user_id), "wordName"
    => optional(word_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PediaWordsSearchRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "status" => read_field(status), "userId" =>
    read_field(user_id), "wordName" => read_field(word_name) }
}
impl rt::WriteRequest for PediaWordsSearchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pedia_words_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`PediaWordsUpdateRequest`], each named where it is set: `PediaWordsUpdateRequest::new(PediaWordsUpdateRequired { .. })`.
pub struct PediaWordsUpdateRequired {
    /// `uuid`: see [`PediaWordsUpdateRequest::uuid`].
    pub uuid: i64,
    /// `wordName`: see [`PediaWordsUpdateRequest::word_name`].
    pub word_name: String,
    /// `wordParaphrase`: see [`PediaWordsUpdateRequest::word_paraphrase`].
    pub word_paraphrase: String,
}
impl PediaWordsUpdateRequest {
    /// A `PediaWordsUpdateRequest` with its required fields (`uuid`, `wordName`, `wordParaphrase`); set the others with the methods named after them.
    pub fn new(required: PediaWordsUpdateRequired) -> Self {
        let PediaWordsUpdateRequired { uuid, word_name, word_paraphrase } = required;
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
            word_name,
            word_paraphrase,
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
rt::impl_serialize! {
    PediaWordsUpdateRequest { "appLink" => optional(app_link), "contactList" =>
    optional(contact_list), "highLightWordAlias" => optional(high_light_word_alias),
    "picList" => optional(pic_list), "relatedDoc" => optional(related_doc), "relatedLink"
    => optional(related_link), "userId" => optional(user_id), "uuid" => field(uuid),
    "wordAlias" => optional(word_alias), "wordName" => field(word_name), "wordParaphrase"
    => field(word_paraphrase) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PediaWordsUpdateRequest { "appLink" => read_field(app_link), "contactList" =>
    read_field(contact_list), "highLightWordAlias" => read_field(high_light_word_alias),
    "picList" => read_field(pic_list), "relatedDoc" => read_field(related_doc),
    "relatedLink" => read_field(related_link), "userId" => read_field(user_id), "uuid" =>
    read_field(uuid), "wordAlias" => read_field(word_alias), "wordName" =>
    read_field(word_name), "wordParaphrase" => read_field(word_paraphrase) }
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
