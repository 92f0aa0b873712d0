// @generated from api-spec/talent_tag_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 人才标签 (Talent Tags)：员工与企业的标签。
//!
//! 12 operations, methods of [`Api`] (`client.talent_tag_1_0()`), behind the cargo feature `talent_tag_1_0`; its paths start with `/v1.0/talentTag/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `talent_tag_1_0`. Get it with `client.talent_tag_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 人才标签：添加员工自定义标签
    ///
    /// `POST /v1.0/talentTag/talentTags/addCustomTag`: DingTalk's `TalentV2AddCustomTag` (module feature `talent_tag_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentV2AddCustomTag")]
    #[doc(alias = "/v1.0/talentTag/talentTags/addCustomTag")]
    #[doc(alias = "POST /v1.0/talentTag/talentTags/addCustomTag")]
    pub fn talent_v2_add_custom_tag(
        &self,
        request: &TalentV2AddCustomTagRequest,
    ) -> rt::Call<TalentV2AddCustomTagResponseBody, TalentV2AddCustomTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentV2AddCustomTag",
            rt::Method::Post,
            "/v1.0/talentTag/talentTags/addCustomTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：添加员工客观标签
    ///
    /// `POST /v1.0/talentTag/talentTags/addObjectiveTag`: DingTalk's `TalentV2AddObjectiveTag` (module feature `talent_tag_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentV2AddObjectiveTag")]
    #[doc(alias = "/v1.0/talentTag/talentTags/addObjectiveTag")]
    #[doc(alias = "POST /v1.0/talentTag/talentTags/addObjectiveTag")]
    pub fn talent_v2_add_objective_tag(
        &self,
        request: &TalentV2AddObjectiveTagRequest,
    ) -> rt::Call<TalentV2AddObjectiveTagResponseBody, TalentV2AddObjectiveTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentV2AddObjectiveTag",
            rt::Method::Post,
            "/v1.0/talentTag/talentTags/addObjectiveTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：添加企业个性标签
    ///
    /// `POST /v1.0/talentTag/talentTags/addPersonalityTag`: DingTalk's `TalentV2AddPersonalityTag` (module feature `talent_tag_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentV2AddPersonalityTag")]
    #[doc(alias = "/v1.0/talentTag/talentTags/addPersonalityTag")]
    #[doc(alias = "POST /v1.0/talentTag/talentTags/addPersonalityTag")]
    pub fn talent_v2_add_personality_tag(
        &self,
        request: &TalentV2AddPersonalityTagRequest,
    ) -> rt::Call<
        TalentV2AddPersonalityTagResponseBody,
        TalentV2AddPersonalityTagError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentV2AddPersonalityTag",
            rt::Method::Post,
            "/v1.0/talentTag/talentTags/addPersonalityTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：删除员工自定义标签并清除所有点赞记录
    ///
    /// `POST /v1.0/talentTag/talentTags/deleteCustomTagWithClearLike`: DingTalk's `TalentV2DeleteCustomTag` (module feature `talent_tag_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentV2DeleteCustomTag")]
    #[doc(alias = "/v1.0/talentTag/talentTags/deleteCustomTagWithClearLike")]
    #[doc(alias = "POST /v1.0/talentTag/talentTags/deleteCustomTagWithClearLike")]
    pub fn talent_v2_delete_custom_tag(
        &self,
        request: &TalentV2DeleteCustomTagRequest,
    ) -> rt::Call<TalentV2DeleteCustomTagResponseBody, TalentV2DeleteCustomTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentV2DeleteCustomTag",
            rt::Method::Post,
            "/v1.0/talentTag/talentTags/deleteCustomTagWithClearLike",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：删除员工客观标签
    ///
    /// `POST /v1.0/talentTag/talentTags/deleteObjectiveTag`: DingTalk's `TalentV2DeleteObjectiveTag` (module feature `talent_tag_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentV2DeleteObjectiveTag")]
    #[doc(alias = "/v1.0/talentTag/talentTags/deleteObjectiveTag")]
    #[doc(alias = "POST /v1.0/talentTag/talentTags/deleteObjectiveTag")]
    pub fn talent_v2_delete_objective_tag(
        &self,
        request: &TalentV2DeleteObjectiveTagRequest,
    ) -> rt::Call<
        TalentV2DeleteObjectiveTagResponseBody,
        TalentV2DeleteObjectiveTagError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentV2DeleteObjectiveTag",
            rt::Method::Post,
            "/v1.0/talentTag/talentTags/deleteObjectiveTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：删除企业个性标签
    ///
    /// `POST /v1.0/talentTag/talentTags/deletePersonalityTag`: DingTalk's `TalentV2DeletePersonalityTag` (module feature `talent_tag_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentV2DeletePersonalityTag")]
    #[doc(alias = "/v1.0/talentTag/talentTags/deletePersonalityTag")]
    #[doc(alias = "POST /v1.0/talentTag/talentTags/deletePersonalityTag")]
    pub fn talent_v2_delete_personality_tag(
        &self,
        request: &TalentV2DeletePersonalityTagRequest,
    ) -> rt::Call<
        TalentV2DeletePersonalityTagResponseBody,
        TalentV2DeletePersonalityTagError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentV2DeletePersonalityTag",
            rt::Method::Post,
            "/v1.0/talentTag/talentTags/deletePersonalityTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：点赞/取消点赞标签
    ///
    /// `POST /v1.0/talentTag/talentTags/likeTag`: DingTalk's `TalentV2LikeTag` (module feature `talent_tag_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentV2LikeTag")]
    #[doc(alias = "/v1.0/talentTag/talentTags/likeTag")]
    #[doc(alias = "POST /v1.0/talentTag/talentTags/likeTag")]
    pub fn talent_v2_like_tag(
        &self,
        request: &TalentV2LikeTagRequest,
    ) -> rt::Call<TalentV2LikeTagResponseBody, TalentV2LikeTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentV2LikeTag",
            rt::Method::Post,
            "/v1.0/talentTag/talentTags/likeTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：查询员工自定义标签
    ///
    /// `GET /v1.0/talentTag/talentTags/queryCustomTag`: DingTalk's `TalentV2QueryCustomTag` (module feature `talent_tag_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentV2QueryCustomTag")]
    #[doc(alias = "/v1.0/talentTag/talentTags/queryCustomTag")]
    #[doc(alias = "GET /v1.0/talentTag/talentTags/queryCustomTag")]
    pub fn talent_v2_query_custom_tag(
        &self,
        request: &TalentV2QueryCustomTagRequest,
    ) -> rt::Call<TalentV2QueryCustomTagResponseBody, TalentV2QueryCustomTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentV2QueryCustomTag",
            rt::Method::Get,
            "/v1.0/talentTag/talentTags/queryCustomTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：查询员工客观标签
    ///
    /// `GET /v1.0/talentTag/talentTags/queryObjectiveTag`: DingTalk's `TalentV2QueryObjectiveTag` (module feature `talent_tag_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentV2QueryObjectiveTag")]
    #[doc(alias = "/v1.0/talentTag/talentTags/queryObjectiveTag")]
    #[doc(alias = "GET /v1.0/talentTag/talentTags/queryObjectiveTag")]
    pub fn talent_v2_query_objective_tag(
        &self,
        request: &TalentV2QueryObjectiveTagRequest,
    ) -> rt::Call<
        TalentV2QueryObjectiveTagResponseBody,
        TalentV2QueryObjectiveTagError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentV2QueryObjectiveTag",
            rt::Method::Get,
            "/v1.0/talentTag/talentTags/queryObjectiveTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：查询企业个性标签
    ///
    /// `GET /v1.0/talentTag/talentTags/queryPersonalityTag`: DingTalk's `TalentV2QueryPersonalityTag` (module feature `talent_tag_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentV2QueryPersonalityTag")]
    #[doc(alias = "/v1.0/talentTag/talentTags/queryPersonalityTag")]
    #[doc(alias = "GET /v1.0/talentTag/talentTags/queryPersonalityTag")]
    pub fn talent_v2_query_personality_tag(
        &self,
    ) -> rt::Call<
        TalentV2QueryPersonalityTagResponseBody,
        TalentV2QueryPersonalityTagError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentV2QueryPersonalityTag",
            rt::Method::Get,
            "/v1.0/talentTag/talentTags/queryPersonalityTag",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 人才标签：分页查询指定标签的点赞记录
    ///
    /// `GET /v1.0/talentTag/talentTags/queryTagLikeDetailList`: DingTalk's `TalentV2QueryTagLikeDetailList` (module feature `talent_tag_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::talent_v2_query_tag_like_detail_list_pages`].
    #[doc(alias = "TalentV2QueryTagLikeDetailList")]
    #[doc(alias = "/v1.0/talentTag/talentTags/queryTagLikeDetailList")]
    #[doc(alias = "GET /v1.0/talentTag/talentTags/queryTagLikeDetailList")]
    pub fn talent_v2_query_tag_like_detail_list(
        &self,
        request: &TalentV2QueryTagLikeDetailListRequest,
    ) -> rt::Call<
        TalentV2QueryTagLikeDetailListResponseBody,
        TalentV2QueryTagLikeDetailListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentV2QueryTagLikeDetailList",
            rt::Method::Get,
            "/v1.0/talentTag/talentTags/queryTagLikeDetailList",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 人才标签：查询点赞标签列表
    ///
    /// `GET /v1.0/talentTag/talentTags/queryTagLikeList`: DingTalk's `TalentV2QueryTagLikeList` (module feature `talent_tag_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "TalentV2QueryTagLikeList")]
    #[doc(alias = "/v1.0/talentTag/talentTags/queryTagLikeList")]
    #[doc(alias = "GET /v1.0/talentTag/talentTags/queryTagLikeList")]
    pub fn talent_v2_query_tag_like_list(
        &self,
        request: &TalentV2QueryTagLikeListRequest,
    ) -> rt::Call<TalentV2QueryTagLikeListResponseBody, TalentV2QueryTagLikeListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "TalentV2QueryTagLikeList",
            rt::Method::Get,
            "/v1.0/talentTag/talentTags/queryTagLikeList",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::talent_v2_query_tag_like_detail_list`]: the call again with `cursor` set to the reply's `result.nextCursor`, until a reply has no token or `result.hasMore` is `false`. Items: `result.likeDetails` of each page.
    pub fn talent_v2_query_tag_like_detail_list_pages(
        &self,
        request: &TalentV2QueryTagLikeDetailListRequest,
    ) -> rt::Paginator<
        TalentV2QueryTagLikeDetailListResponseBody,
        TalentV2QueryTagLikeDetailListError,
        TalentV2QueryTagLikeDetailListResponseBodyResultLikeDetails,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            true,
            true,
            &["result", "nextCursor"],
            &["result", "hasMore"],
            &["result", "likeDetails"],
        );
        rt::Paginator::new(self.talent_v2_query_tag_like_detail_list(request), &PAGING)
    }
}
/// `TalentV2AddCustomTagResponseBody`, a model several operations share: also named [`TalentV2AddObjectiveTagResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2AddCustomTagResponseBody {
    /// `result`.
    pub result: Option<TalentV2AddCustomTagResponseBodyResult>,
}
rt::impl_deserialize! {
    TalentV2AddCustomTagResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2AddCustomTagResponseBody { "result" => optional(result) }
}
/// `TalentV2AddObjectiveTagResponseBody`: the same model as [`TalentV2AddCustomTagResponseBody`].
pub type TalentV2AddObjectiveTagResponseBody = TalentV2AddCustomTagResponseBody;
/// `TalentV2AddPersonalityTagResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2AddPersonalityTagResponseBody {
    /// `result`.
    pub result: Option<TalentV2AddPersonalityTagResponseBodyResult>,
}
rt::impl_deserialize! {
    TalentV2AddPersonalityTagResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2AddPersonalityTagResponseBody { "result" => optional(result) }
}
/// `TalentV2DeleteCustomTagResponseBody`, a model several operations share: also named [`TalentV2DeleteObjectiveTagResponseBody`], [`TalentV2DeletePersonalityTagResponseBody`], [`TalentV2LikeTagResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2DeleteCustomTagResponseBody {
    /// `result`.
    pub result: Option<TalentV2DeleteCustomTagResponseBodyResult>,
}
rt::impl_deserialize! {
    TalentV2DeleteCustomTagResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2DeleteCustomTagResponseBody { "result" => optional(result) }
}
/// `TalentV2DeleteObjectiveTagResponseBody`: the same model as [`TalentV2DeleteCustomTagResponseBody`].
pub type TalentV2DeleteObjectiveTagResponseBody = TalentV2DeleteCustomTagResponseBody;
/// `TalentV2DeletePersonalityTagResponseBody`: the same model as [`TalentV2DeleteCustomTagResponseBody`].
pub type TalentV2DeletePersonalityTagResponseBody = TalentV2DeleteCustomTagResponseBody;
/// `TalentV2LikeTagResponseBody`: the same model as [`TalentV2DeleteCustomTagResponseBody`].
pub type TalentV2LikeTagResponseBody = TalentV2DeleteCustomTagResponseBody;
/// `TalentV2QueryCustomTagResponseBody`, a model several operations share: also named [`TalentV2QueryObjectiveTagResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2QueryCustomTagResponseBody {
    /// `result`.
    pub result: Option<TalentV2QueryCustomTagResponseBodyResult>,
}
rt::impl_deserialize! {
    TalentV2QueryCustomTagResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2QueryCustomTagResponseBody { "result" => optional(result) }
}
/// `TalentV2QueryObjectiveTagResponseBody`: the same model as [`TalentV2QueryCustomTagResponseBody`].
pub type TalentV2QueryObjectiveTagResponseBody = TalentV2QueryCustomTagResponseBody;
/// `TalentV2QueryPersonalityTagResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2QueryPersonalityTagResponseBody {
    /// `result`.
    pub result: Option<TalentV2QueryPersonalityTagResponseBodyResult>,
}
rt::impl_deserialize! {
    TalentV2QueryPersonalityTagResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2QueryPersonalityTagResponseBody { "result" => optional(result) }
}
/// `TalentV2QueryTagLikeDetailListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2QueryTagLikeDetailListResponseBody {
    /// `result`.
    pub result: Option<TalentV2QueryTagLikeDetailListResponseBodyResult>,
}
rt::impl_deserialize! {
    TalentV2QueryTagLikeDetailListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2QueryTagLikeDetailListResponseBody { "result" => optional(result) }
}
/// `TalentV2QueryTagLikeListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2QueryTagLikeListResponseBody {
    /// `result`.
    pub result: Option<TalentV2QueryTagLikeListResponseBodyResult>,
}
rt::impl_deserialize! {
    TalentV2QueryTagLikeListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2QueryTagLikeListResponseBody { "result" => optional(result) }
}
/// `TalentV2AddCustomTagResponseBodyResult`, a model several operations share: also named [`TalentV2AddObjectiveTagResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2AddCustomTagResponseBodyResult {
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
rt::impl_deserialize! {
    TalentV2AddCustomTagResponseBodyResult { "tagCode" => read_field(tag_code), "tagName"
    => read_field(tag_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2AddCustomTagResponseBodyResult { "tagCode" => optional(tag_code), "tagName"
    => optional(tag_name) }
}
/// `TalentV2AddObjectiveTagResponseBodyResult`: the same model as [`TalentV2AddCustomTagResponseBodyResult`].
pub type TalentV2AddObjectiveTagResponseBodyResult = TalentV2AddCustomTagResponseBodyResult;
/// `TalentV2AddPersonalityTagResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2AddPersonalityTagResponseBodyResult {
    /// `categoryCode`.
    pub category_code: Option<String>,
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
rt::impl_deserialize! {
    TalentV2AddPersonalityTagResponseBodyResult { "categoryCode" =>
    read_field(category_code), "categoryName" => read_field(category_name), "tagCode" =>
    read_field(tag_code), "tagName" => read_field(tag_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2AddPersonalityTagResponseBodyResult { "categoryCode" =>
    optional(category_code), "categoryName" => optional(category_name), "tagCode" =>
    optional(tag_code), "tagName" => optional(tag_name) }
}
/// `TalentV2DeleteCustomTagResponseBodyResult`, a model several operations share: also named [`TalentV2DeleteObjectiveTagResponseBodyResult`], [`TalentV2DeletePersonalityTagResponseBodyResult`], [`TalentV2LikeTagResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2DeleteCustomTagResponseBodyResult {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    TalentV2DeleteCustomTagResponseBodyResult { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2DeleteCustomTagResponseBodyResult { "success" => optional(success) }
}
/// `TalentV2DeleteObjectiveTagResponseBodyResult`: the same model as [`TalentV2DeleteCustomTagResponseBodyResult`].
pub type TalentV2DeleteObjectiveTagResponseBodyResult = TalentV2DeleteCustomTagResponseBodyResult;
/// `TalentV2DeletePersonalityTagResponseBodyResult`: the same model as [`TalentV2DeleteCustomTagResponseBodyResult`].
pub type TalentV2DeletePersonalityTagResponseBodyResult = TalentV2DeleteCustomTagResponseBodyResult;
/// `TalentV2LikeTagResponseBodyResult`: the same model as [`TalentV2DeleteCustomTagResponseBodyResult`].
pub type TalentV2LikeTagResponseBodyResult = TalentV2DeleteCustomTagResponseBodyResult;
/// `TalentV2QueryCustomTagResponseBodyResult`, a model several operations share: also named [`TalentV2QueryObjectiveTagResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2QueryCustomTagResponseBodyResult {
    /// `tags`.
    pub tags: Option<Vec<TalentV2QueryCustomTagResponseBodyResultTags>>,
}
rt::impl_deserialize! {
    TalentV2QueryCustomTagResponseBodyResult { "tags" => read_field(tags) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2QueryCustomTagResponseBodyResult { "tags" => optional(tags) }
}
/// `TalentV2QueryObjectiveTagResponseBodyResult`: the same model as [`TalentV2QueryCustomTagResponseBodyResult`].
pub type TalentV2QueryObjectiveTagResponseBodyResult = TalentV2QueryCustomTagResponseBodyResult;
/// `TalentV2QueryPersonalityTagResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2QueryPersonalityTagResponseBodyResult {
    /// `tags`.
    pub tags: Option<Vec<TalentV2QueryPersonalityTagResponseBodyResultTags>>,
}
rt::impl_deserialize! {
    TalentV2QueryPersonalityTagResponseBodyResult { "tags" => read_field(tags) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2QueryPersonalityTagResponseBodyResult { "tags" => optional(tags) }
}
/// `TalentV2QueryTagLikeDetailListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2QueryTagLikeDetailListResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `likeDetails`.
    pub like_details: Option<
        Vec<TalentV2QueryTagLikeDetailListResponseBodyResultLikeDetails>,
    >,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
}
rt::impl_deserialize! {
    TalentV2QueryTagLikeDetailListResponseBodyResult { "hasMore" => read_field(has_more),
    "likeDetails" => read_field(like_details), "nextCursor" => read_field(next_cursor) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2QueryTagLikeDetailListResponseBodyResult { "hasMore" => optional(has_more),
    "likeDetails" => optional(like_details), "nextCursor" => optional(next_cursor) }
}
/// `TalentV2QueryTagLikeListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2QueryTagLikeListResponseBodyResult {
    /// `tagLikes`.
    pub tag_likes: Option<Vec<TalentV2QueryTagLikeListResponseBodyResultTagLikes>>,
}
rt::impl_deserialize! {
    TalentV2QueryTagLikeListResponseBodyResult { "tagLikes" => read_field(tag_likes) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2QueryTagLikeListResponseBodyResult { "tagLikes" => optional(tag_likes) }
}
/// `TalentV2QueryCustomTagResponseBodyResultTags`, a model several operations share: also named [`TalentV2QueryObjectiveTagResponseBodyResultTags`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2QueryCustomTagResponseBodyResultTags {
    /// `sortOrder`.
    pub sort_order: Option<i64>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
rt::impl_deserialize! {
    TalentV2QueryCustomTagResponseBodyResultTags { "sortOrder" => read_field(sort_order),
    "tagCode" => read_field(tag_code), "tagName" => read_field(tag_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2QueryCustomTagResponseBodyResultTags { "sortOrder" => optional(sort_order),
    "tagCode" => optional(tag_code), "tagName" => optional(tag_name) }
}
/// `TalentV2QueryObjectiveTagResponseBodyResultTags`: the same model as [`TalentV2QueryCustomTagResponseBodyResultTags`].
pub type TalentV2QueryObjectiveTagResponseBodyResultTags = TalentV2QueryCustomTagResponseBodyResultTags;
/// `TalentV2QueryPersonalityTagResponseBodyResultTags`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2QueryPersonalityTagResponseBodyResultTags {
    /// `categoryCode`.
    pub category_code: Option<String>,
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `categorySortOrder`.
    pub category_sort_order: Option<i64>,
    /// `sortOrder`.
    pub sort_order: Option<i64>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
rt::impl_deserialize! {
    TalentV2QueryPersonalityTagResponseBodyResultTags { "categoryCode" =>
    read_field(category_code), "categoryName" => read_field(category_name),
    "categorySortOrder" => read_field(category_sort_order), "sortOrder" =>
    read_field(sort_order), "tagCode" => read_field(tag_code), "tagName" =>
    read_field(tag_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2QueryPersonalityTagResponseBodyResultTags { "categoryCode" =>
    optional(category_code), "categoryName" => optional(category_name),
    "categorySortOrder" => optional(category_sort_order), "sortOrder" =>
    optional(sort_order), "tagCode" => optional(tag_code), "tagName" =>
    optional(tag_name) }
}
/// `TalentV2QueryTagLikeDetailListResponseBodyResultLikeDetails`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2QueryTagLikeDetailListResponseBodyResultLikeDetails {
    /// `likeTimestamp`.
    pub like_timestamp: Option<i64>,
    /// `operatorUserId`.
    pub operator_user_id: Option<String>,
}
rt::impl_deserialize! {
    TalentV2QueryTagLikeDetailListResponseBodyResultLikeDetails { "likeTimestamp" =>
    read_field(like_timestamp), "operatorUserId" => read_field(operator_user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2QueryTagLikeDetailListResponseBodyResultLikeDetails { "likeTimestamp" =>
    optional(like_timestamp), "operatorUserId" => optional(operator_user_id) }
}
/// `TalentV2QueryTagLikeListResponseBodyResultTagLikes`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TalentV2QueryTagLikeListResponseBodyResultTagLikes {
    /// `hasLiked`.
    pub has_liked: Option<bool>,
    /// `likeCount`.
    pub like_count: Option<i64>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
rt::impl_deserialize! {
    TalentV2QueryTagLikeListResponseBodyResultTagLikes { "hasLiked" =>
    read_field(has_liked), "likeCount" => read_field(like_count), "tagCode" =>
    read_field(tag_code), "tagName" => read_field(tag_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TalentV2QueryTagLikeListResponseBodyResultTagLikes { "hasLiked" =>
    optional(has_liked), "likeCount" => optional(like_count), "tagCode" =>
    optional(tag_code), "tagName" => optional(tag_name) }
}
/// The request of [`Api::talent_v2_add_custom_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentV2AddCustomTagRequest {
    /// `sortOrder`.
    pub sort_order: Option<i64>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`TalentV2AddCustomTagRequest`], each named where it is set: `TalentV2AddCustomTagRequest::new(TalentV2AddCustomTagRequired { .. })`.
pub struct TalentV2AddCustomTagRequired {
    /// `tagName`: see [`TalentV2AddCustomTagRequest::tag_name`].
    pub tag_name: String,
    /// `userId`: see [`TalentV2AddCustomTagRequest::user_id`].
    pub user_id: String,
}
impl TalentV2AddCustomTagRequest {
    /// A `TalentV2AddCustomTagRequest` with its required fields (`tagName`, `userId`); set the others with the methods named after them.
    pub fn new(required: TalentV2AddCustomTagRequired) -> Self {
        let TalentV2AddCustomTagRequired { tag_name, user_id } = required;
        Self {
            sort_order: None,
            tag_code: None,
            tag_name,
            user_id,
        }
    }
    /// Sets `sortOrder`.
    pub fn sort_order(mut self, value: i64) -> Self {
        self.sort_order = Some(value);
        self
    }
    /// Sets `tagCode`.
    pub fn tag_code(mut self, value: impl Into<String>) -> Self {
        self.tag_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TalentV2AddCustomTagRequest { "sortOrder" => optional(sort_order), "tagCode" =>
    optional(tag_code), "tagName" => field(tag_name), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentV2AddCustomTagRequest { "sortOrder" => read_field(sort_order), "tagCode" =>
    read_field(tag_code), "tagName" => read_field(tag_name), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for TalentV2AddCustomTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_v2_add_objective_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentV2AddObjectiveTagRequest {
    /// `sortOrder`.
    pub sort_order: Option<i64>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`TalentV2AddObjectiveTagRequest`], each named where it is set: `TalentV2AddObjectiveTagRequest::new(TalentV2AddObjectiveTagRequired { .. })`.
pub struct TalentV2AddObjectiveTagRequired {
    /// `tagName`: see [`TalentV2AddObjectiveTagRequest::tag_name`].
    pub tag_name: String,
    /// `userId`: see [`TalentV2AddObjectiveTagRequest::user_id`].
    pub user_id: String,
}
impl TalentV2AddObjectiveTagRequest {
    /// A `TalentV2AddObjectiveTagRequest` with its required fields (`tagName`, `userId`); set the others with the methods named after them.
    pub fn new(required: TalentV2AddObjectiveTagRequired) -> Self {
        let TalentV2AddObjectiveTagRequired { tag_name, user_id } = required;
        Self {
            sort_order: None,
            tag_code: None,
            tag_name,
            user_id,
        }
    }
    /// Sets `sortOrder`.
    pub fn sort_order(mut self, value: i64) -> Self {
        self.sort_order = Some(value);
        self
    }
    /// Sets `tagCode`.
    pub fn tag_code(mut self, value: impl Into<String>) -> Self {
        self.tag_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TalentV2AddObjectiveTagRequest { "sortOrder" => optional(sort_order), "tagCode" =>
    optional(tag_code), "tagName" => field(tag_name), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentV2AddObjectiveTagRequest { "sortOrder" => read_field(sort_order), "tagCode" =>
    read_field(tag_code), "tagName" => read_field(tag_name), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for TalentV2AddObjectiveTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_v2_add_personality_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentV2AddPersonalityTagRequest {
    /// `categoryCode`.
    pub category_code: Option<String>,
    /// `categoryName`.
    pub category_name: String,
    /// `categorySortOrder`.
    pub category_sort_order: Option<i64>,
    /// `sortOrder`.
    pub sort_order: Option<i64>,
    /// `tagCode`.
    pub tag_code: Option<String>,
    /// `tagName`.
    pub tag_name: String,
}
/// The required fields of [`TalentV2AddPersonalityTagRequest`], each named where it is set: `TalentV2AddPersonalityTagRequest::new(TalentV2AddPersonalityTagRequired { .. })`.
pub struct TalentV2AddPersonalityTagRequired {
    /// `categoryName`: see [`TalentV2AddPersonalityTagRequest::category_name`].
    pub category_name: String,
    /// `tagName`: see [`TalentV2AddPersonalityTagRequest::tag_name`].
    pub tag_name: String,
}
impl TalentV2AddPersonalityTagRequest {
    /// A `TalentV2AddPersonalityTagRequest` with its required fields (`categoryName`, `tagName`); set the others with the methods named after them.
    pub fn new(required: TalentV2AddPersonalityTagRequired) -> Self {
        let TalentV2AddPersonalityTagRequired { category_name, tag_name } = required;
        Self {
            category_code: None,
            category_name,
            category_sort_order: None,
            sort_order: None,
            tag_code: None,
            tag_name,
        }
    }
    /// Sets `categoryCode`.
    pub fn category_code(mut self, value: impl Into<String>) -> Self {
        self.category_code = Some(value.into());
        self
    }
    /// Sets `categorySortOrder`.
    pub fn category_sort_order(mut self, value: i64) -> Self {
        self.category_sort_order = Some(value);
        self
    }
    /// Sets `sortOrder`.
    pub fn sort_order(mut self, value: i64) -> Self {
        self.sort_order = Some(value);
        self
    }
    /// Sets `tagCode`.
    pub fn tag_code(mut self, value: impl Into<String>) -> Self {
        self.tag_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    TalentV2AddPersonalityTagRequest { "categoryCode" => optional(category_code),
    "categoryName" => field(category_name), "categorySortOrder" =>
    optional(category_sort_order), "sortOrder" => optional(sort_order), "tagCode" =>
    optional(tag_code), "tagName" => field(tag_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentV2AddPersonalityTagRequest { "categoryCode" => read_field(category_code),
    "categoryName" => read_field(category_name), "categorySortOrder" =>
    read_field(category_sort_order), "sortOrder" => read_field(sort_order), "tagCode" =>
    read_field(tag_code), "tagName" => read_field(tag_name) }
}
impl rt::WriteRequest for TalentV2AddPersonalityTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_v2_delete_custom_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentV2DeleteCustomTagRequest {
    /// `tagCode`.
    pub tag_code: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`TalentV2DeleteCustomTagRequest`], each named where it is set: `TalentV2DeleteCustomTagRequest::new(TalentV2DeleteCustomTagRequired { .. })`.
pub struct TalentV2DeleteCustomTagRequired {
    /// `tagCode`: see [`TalentV2DeleteCustomTagRequest::tag_code`].
    pub tag_code: String,
    /// `userId`: see [`TalentV2DeleteCustomTagRequest::user_id`].
    pub user_id: String,
}
impl TalentV2DeleteCustomTagRequest {
    /// A `TalentV2DeleteCustomTagRequest` with its required fields (`tagCode`, `userId`); set the others with the methods named after them.
    pub fn new(required: TalentV2DeleteCustomTagRequired) -> Self {
        let TalentV2DeleteCustomTagRequired { tag_code, user_id } = required;
        Self { tag_code, user_id }
    }
}
rt::impl_serialize! {
    TalentV2DeleteCustomTagRequest { "tagCode" => field(tag_code), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentV2DeleteCustomTagRequest { "tagCode" => read_field(tag_code), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for TalentV2DeleteCustomTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_v2_delete_objective_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentV2DeleteObjectiveTagRequest {
    /// `tagCode`.
    pub tag_code: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`TalentV2DeleteObjectiveTagRequest`], each named where it is set: `TalentV2DeleteObjectiveTagRequest::new(TalentV2DeleteObjectiveTagRequired { .. })`.
pub struct TalentV2DeleteObjectiveTagRequired {
    /// `tagCode`: see [`TalentV2DeleteObjectiveTagRequest::tag_code`].
    pub tag_code: String,
    /// `userId`: see [`TalentV2DeleteObjectiveTagRequest::user_id`].
    pub user_id: String,
}
impl TalentV2DeleteObjectiveTagRequest {
    /// A `TalentV2DeleteObjectiveTagRequest` with its required fields (`tagCode`, `userId`); set the others with the methods named after them.
    pub fn new(required: TalentV2DeleteObjectiveTagRequired) -> Self {
        let TalentV2DeleteObjectiveTagRequired { tag_code, user_id } = required;
        Self { tag_code, user_id }
    }
}
rt::impl_serialize! {
    TalentV2DeleteObjectiveTagRequest { "tagCode" => field(tag_code), "userId" =>
    field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentV2DeleteObjectiveTagRequest { "tagCode" => read_field(tag_code), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for TalentV2DeleteObjectiveTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_v2_delete_personality_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentV2DeletePersonalityTagRequest {
    /// `tagCode`.
    pub tag_code: String,
}
/// The required fields of [`TalentV2DeletePersonalityTagRequest`], each named where it is set: `TalentV2DeletePersonalityTagRequest::new(TalentV2DeletePersonalityTagRequired { .. })`.
pub struct TalentV2DeletePersonalityTagRequired {
    /// `tagCode`: see [`TalentV2DeletePersonalityTagRequest::tag_code`].
    pub tag_code: String,
}
impl TalentV2DeletePersonalityTagRequest {
    /// A `TalentV2DeletePersonalityTagRequest` with its required fields (`tagCode`); set the others with the methods named after them.
    pub fn new(required: TalentV2DeletePersonalityTagRequired) -> Self {
        let TalentV2DeletePersonalityTagRequired { tag_code } = required;
        Self { tag_code }
    }
}
rt::impl_serialize! {
    TalentV2DeletePersonalityTagRequest { "tagCode" => field(tag_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentV2DeletePersonalityTagRequest { "tagCode" => read_field(tag_code) }
}
impl rt::WriteRequest for TalentV2DeletePersonalityTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_v2_like_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentV2LikeTagRequest {
    /// `actionType`.
    pub action_type: String,
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `tagCode`.
    pub tag_code: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`TalentV2LikeTagRequest`], each named where it is set: `TalentV2LikeTagRequest::new(TalentV2LikeTagRequired { .. })`.
pub struct TalentV2LikeTagRequired {
    /// `actionType`: see [`TalentV2LikeTagRequest::action_type`].
    pub action_type: String,
    /// `operatorUserId`: see [`TalentV2LikeTagRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `tagCode`: see [`TalentV2LikeTagRequest::tag_code`].
    pub tag_code: String,
    /// `userId`: see [`TalentV2LikeTagRequest::user_id`].
    pub user_id: String,
}
impl TalentV2LikeTagRequest {
    /// A `TalentV2LikeTagRequest` with its required fields (`actionType`, `operatorUserId`, `tagCode`, `userId`); set the others with the methods named after them.
    pub fn new(required: TalentV2LikeTagRequired) -> Self {
        let TalentV2LikeTagRequired {
            action_type,
            operator_user_id,
            tag_code,
            user_id,
        } = required;
        Self {
            action_type,
            operator_user_id,
            tag_code,
            user_id,
        }
    }
}
rt::impl_serialize! {
    TalentV2LikeTagRequest { "actionType" => field(action_type), "operatorUserId" =>
    field(operator_user_id), "tagCode" => field(tag_code), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentV2LikeTagRequest { "actionType" => read_field(action_type), "operatorUserId" =>
    read_field(operator_user_id), "tagCode" => read_field(tag_code), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for TalentV2LikeTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::talent_v2_query_custom_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentV2QueryCustomTagRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`TalentV2QueryCustomTagRequest`], each named where it is set: `TalentV2QueryCustomTagRequest::new(TalentV2QueryCustomTagRequired { .. })`.
pub struct TalentV2QueryCustomTagRequired {
    /// `userId`: see [`TalentV2QueryCustomTagRequest::user_id`].
    pub user_id: String,
}
impl TalentV2QueryCustomTagRequest {
    /// A `TalentV2QueryCustomTagRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: TalentV2QueryCustomTagRequired) -> Self {
        let TalentV2QueryCustomTagRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentV2QueryCustomTagRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for TalentV2QueryCustomTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::talent_v2_query_objective_tag`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentV2QueryObjectiveTagRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`TalentV2QueryObjectiveTagRequest`], each named where it is set: `TalentV2QueryObjectiveTagRequest::new(TalentV2QueryObjectiveTagRequired { .. })`.
pub struct TalentV2QueryObjectiveTagRequired {
    /// `userId`: see [`TalentV2QueryObjectiveTagRequest::user_id`].
    pub user_id: String,
}
impl TalentV2QueryObjectiveTagRequest {
    /// A `TalentV2QueryObjectiveTagRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: TalentV2QueryObjectiveTagRequired) -> Self {
        let TalentV2QueryObjectiveTagRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentV2QueryObjectiveTagRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for TalentV2QueryObjectiveTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::talent_v2_query_tag_like_detail_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentV2QueryTagLikeDetailListRequest {
    /// `cursor`: a query parameter.
    pub cursor: Option<i64>,
    /// `size`: a query parameter.
    pub size: Option<i64>,
    /// `tagCode`: a query parameter.
    pub tag_code: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`TalentV2QueryTagLikeDetailListRequest`], each named where it is set: `TalentV2QueryTagLikeDetailListRequest::new(TalentV2QueryTagLikeDetailListRequired { .. })`.
pub struct TalentV2QueryTagLikeDetailListRequired {
    /// `tagCode`: see [`TalentV2QueryTagLikeDetailListRequest::tag_code`].
    pub tag_code: String,
    /// `userId`: see [`TalentV2QueryTagLikeDetailListRequest::user_id`].
    pub user_id: String,
}
impl TalentV2QueryTagLikeDetailListRequest {
    /// A `TalentV2QueryTagLikeDetailListRequest` with its required fields (`tagCode`, `userId`); set the others with the methods named after them.
    pub fn new(required: TalentV2QueryTagLikeDetailListRequired) -> Self {
        let TalentV2QueryTagLikeDetailListRequired { tag_code, user_id } = required;
        Self {
            cursor: None,
            size: None,
            tag_code,
            user_id,
        }
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentV2QueryTagLikeDetailListRequest { "cursor" => read_field(cursor), "size" =>
    read_field(size), "tagCode" => read_field(tag_code), "userId" => read_field(user_id)
    }
}
impl rt::WriteRequest for TalentV2QueryTagLikeDetailListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("cursor", &self.cursor);
        writer.query("size", &self.size);
        writer.query("tagCode", &self.tag_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::talent_v2_query_tag_like_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct TalentV2QueryTagLikeListRequest {
    /// `operatorUserId`: a query parameter.
    pub operator_user_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`TalentV2QueryTagLikeListRequest`], each named where it is set: `TalentV2QueryTagLikeListRequest::new(TalentV2QueryTagLikeListRequired { .. })`.
pub struct TalentV2QueryTagLikeListRequired {
    /// `userId`: see [`TalentV2QueryTagLikeListRequest::user_id`].
    pub user_id: String,
}
impl TalentV2QueryTagLikeListRequest {
    /// A `TalentV2QueryTagLikeListRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: TalentV2QueryTagLikeListRequired) -> Self {
        let TalentV2QueryTagLikeListRequired { user_id } = required;
        Self {
            operator_user_id: None,
            user_id,
        }
    }
    /// Sets `operatorUserId`.
    pub fn operator_user_id(mut self, value: impl Into<String>) -> Self {
        self.operator_user_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    TalentV2QueryTagLikeListRequest { "operatorUserId" => read_field(operator_user_id),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for TalentV2QueryTagLikeListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorUserId", &self.operator_user_id);
        writer.query("userId", &self.user_id);
    }
}
/// An error reply of [`Api::talent_v2_add_custom_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentV2AddCustomTagError = rt::ServiceError;
/// An error reply of [`Api::talent_v2_add_objective_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentV2AddObjectiveTagError = rt::ServiceError;
/// An error reply of [`Api::talent_v2_add_personality_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentV2AddPersonalityTagError = rt::ServiceError;
/// An error reply of [`Api::talent_v2_delete_custom_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentV2DeleteCustomTagError = rt::ServiceError;
/// An error reply of [`Api::talent_v2_delete_objective_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentV2DeleteObjectiveTagError = rt::ServiceError;
/// An error reply of [`Api::talent_v2_delete_personality_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentV2DeletePersonalityTagError = rt::ServiceError;
/// An error reply of [`Api::talent_v2_like_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentV2LikeTagError = rt::ServiceError;
/// An error reply of [`Api::talent_v2_query_custom_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentV2QueryCustomTagError = rt::ServiceError;
/// An error reply of [`Api::talent_v2_query_objective_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentV2QueryObjectiveTagError = rt::ServiceError;
/// An error reply of [`Api::talent_v2_query_personality_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentV2QueryPersonalityTagError = rt::ServiceError;
/// An error reply of [`Api::talent_v2_query_tag_like_detail_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentV2QueryTagLikeDetailListError = rt::ServiceError;
/// An error reply of [`Api::talent_v2_query_tag_like_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type TalentV2QueryTagLikeListError = rt::ServiceError;
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
        "TalentV2AddCustomTag" => {
            rt::conformance::reply(api.talent_v2_add_custom_tag(&inputs.request(true)?))
                .await
        }
        "TalentV2AddObjectiveTag" => {
            rt::conformance::reply(
                    api.talent_v2_add_objective_tag(&inputs.request(true)?),
                )
                .await
        }
        "TalentV2AddPersonalityTag" => {
            rt::conformance::reply(
                    api.talent_v2_add_personality_tag(&inputs.request(true)?),
                )
                .await
        }
        "TalentV2DeleteCustomTag" => {
            rt::conformance::reply(
                    api.talent_v2_delete_custom_tag(&inputs.request(true)?),
                )
                .await
        }
        "TalentV2DeleteObjectiveTag" => {
            rt::conformance::reply(
                    api.talent_v2_delete_objective_tag(&inputs.request(true)?),
                )
                .await
        }
        "TalentV2DeletePersonalityTag" => {
            rt::conformance::reply(
                    api.talent_v2_delete_personality_tag(&inputs.request(true)?),
                )
                .await
        }
        "TalentV2LikeTag" => {
            rt::conformance::reply(api.talent_v2_like_tag(&inputs.request(true)?)).await
        }
        "TalentV2QueryCustomTag" => {
            rt::conformance::reply(
                    api.talent_v2_query_custom_tag(&inputs.request(false)?),
                )
                .await
        }
        "TalentV2QueryObjectiveTag" => {
            rt::conformance::reply(
                    api.talent_v2_query_objective_tag(&inputs.request(false)?),
                )
                .await
        }
        "TalentV2QueryPersonalityTag" => {
            rt::conformance::reply(api.talent_v2_query_personality_tag()).await
        }
        "TalentV2QueryTagLikeDetailList" => {
            rt::conformance::reply(
                    api.talent_v2_query_tag_like_detail_list(&inputs.request(false)?),
                )
                .await
        }
        "TalentV2QueryTagLikeList" => {
            rt::conformance::reply(
                    api.talent_v2_query_tag_like_list(&inputs.request(false)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
