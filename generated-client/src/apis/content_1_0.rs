// @generated from api-spec/content_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 内容 (Content)：内容与 feed 课程。
//!
//! 7 operations, methods of [`Api`] (`client.content_1_0()`), behind the cargo feature `content_1_0`; its paths start with `/v1.0/content/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `content_1_0`. Get it with `client.content_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建内容
    ///
    /// `POST /v1.0/content/feeds`: DingTalk's `CreateFeed` (module feature `content_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateFeed")]
    #[doc(alias = "/v1.0/content/feeds")]
    #[doc(alias = "POST /v1.0/content/feeds")]
    pub fn create_feed(
        &self,
        request: &CreateFeedRequest,
    ) -> rt::Call<CreateFeedResponseBody, CreateFeedError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateFeed",
            rt::Method::Post,
            "/v1.0/content/feeds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 点众下架视频接口
    ///
    /// `POST /v1.0/content/dian/videos/remove`: DingTalk's `DeleteVideos` (module feature `content_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteVideos")]
    #[doc(alias = "/v1.0/content/dian/videos/remove")]
    #[doc(alias = "POST /v1.0/content/dian/videos/remove")]
    pub fn delete_videos(
        &self,
        request: &DeleteVideosRequest,
    ) -> rt::Call<DeleteVideosResponseBody, DeleteVideosError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteVideos",
            rt::Method::Post,
            "/v1.0/content/dian/videos/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取feed的详细信息，包括子课程的信息
    ///
    /// `GET /v1.0/content/feeds/{feedId}`: DingTalk's `GetFeed` (module feature `content_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `feed_id`: `{feedId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFeed")]
    #[doc(alias = "/v1.0/content/feeds/{feedId}")]
    #[doc(alias = "GET /v1.0/content/feeds/{feedId}")]
    pub fn get_feed(
        &self,
        feed_id: &str,
        request: &GetFeedRequest,
    ) -> rt::Call<GetFeedResponseBody, GetFeedError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFeed",
            rt::Method::Get,
            "/v1.0/content/feeds/{feedId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[feed_id], request)
    }
    /// 获取oss上传凭证
    ///
    /// `GET /v1.0/content/media/cerficates`: DingTalk's `GetMediaCerficate` (module feature `content_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMediaCerficate")]
    #[doc(alias = "/v1.0/content/media/cerficates")]
    #[doc(alias = "GET /v1.0/content/media/cerficates")]
    pub fn get_media_cerficate(
        &self,
        request: &GetMediaCerficateRequest,
    ) -> rt::Call<GetMediaCerficateResponseBody, GetMediaCerficateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMediaCerficate",
            rt::Method::Get,
            "/v1.0/content/media/cerficates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 展示机构内观看内容的统计信息
    ///
    /// `POST /v1.0/content/feeds/items/{itemId}/userStatistics/query`: DingTalk's `ListItemUserData` (module feature `content_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `item_id`: `{itemId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListItemUserData")]
    #[doc(alias = "/v1.0/content/feeds/items/{itemId}/userStatistics/query")]
    #[doc(alias = "POST /v1.0/content/feeds/items/{itemId}/userStatistics/query")]
    pub fn list_item_user_data(
        &self,
        item_id: &str,
        request: &ListItemUserDataRequest,
    ) -> rt::Call<ListItemUserDataResponseBody, ListItemUserDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListItemUserData",
            rt::Method::Post,
            "/v1.0/content/feeds/items/{itemId}/userStatistics/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[item_id], request)
    }
    /// 获取机构下课程列表
    ///
    /// `POST /v1.0/content/feeds/query`: DingTalk's `PageFeed` (module feature `content_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::page_feed_pages`].
    #[doc(alias = "PageFeed")]
    #[doc(alias = "/v1.0/content/feeds/query")]
    #[doc(alias = "POST /v1.0/content/feeds/query")]
    pub fn page_feed(
        &self,
        request: &PageFeedRequest,
    ) -> rt::Call<PageFeedResponseBody, PageFeedError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PageFeed",
            rt::Method::Post,
            "/v1.0/content/feeds/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 点众上传视频信息
    ///
    /// `POST /v1.0/content/dian/videos/upload`: DingTalk's `UploadVideos` (module feature `content_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UploadVideos")]
    #[doc(alias = "/v1.0/content/dian/videos/upload")]
    #[doc(alias = "POST /v1.0/content/dian/videos/upload")]
    pub fn upload_videos(
        &self,
        request: &UploadVideosRequest,
    ) -> rt::Call<UploadVideosResponseBody, UploadVideosError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UploadVideos",
            rt::Method::Post,
            "/v1.0/content/dian/videos/upload",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::page_feed`]: the call again with `nextToken` set to the reply's `nextCursor`, until a reply has no token. Items: `feedList` of each page.
    pub fn page_feed_pages(
        &self,
        request: &PageFeedRequest,
    ) -> rt::Paginator<
        PageFeedResponseBody,
        PageFeedError,
        PageFeedResponseBodyFeedList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextCursor"],
            &[],
            &["feedList"],
        );
        rt::Paginator::new(self.page_feed(request), &PAGING)
    }
}
/// `CreateFeedRequestCourseInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequestCourseInfo {
    /// `lectorUserInfo`.
    pub lector_user_info: CreateFeedRequestCourseInfoLectorUserInfo,
    /// `payInfo`.
    pub pay_info: Option<CreateFeedRequestCourseInfoPayInfo>,
    /// `studyGroupName`.
    pub study_group_name: Option<String>,
}
/// The required fields of [`CreateFeedRequestCourseInfo`], each named where it is set: `CreateFeedRequestCourseInfo::new(CreateFeedRequestCourseInfoRequired { .. })`.
pub struct CreateFeedRequestCourseInfoRequired {
    /// `lectorUserInfo`: see [`CreateFeedRequestCourseInfo::lector_user_info`].
    pub lector_user_info: CreateFeedRequestCourseInfoLectorUserInfo,
}
impl CreateFeedRequestCourseInfo {
    /// A `CreateFeedRequestCourseInfo` with its required fields (`lectorUserInfo`); set the others with the methods named after them.
    pub fn new(required: CreateFeedRequestCourseInfoRequired) -> Self {
        let CreateFeedRequestCourseInfoRequired { lector_user_info } = required;
        Self {
            lector_user_info,
            pay_info: None,
            study_group_name: None,
        }
    }
    /// Sets `payInfo`.
    pub fn pay_info(mut self, value: CreateFeedRequestCourseInfoPayInfo) -> Self {
        self.pay_info = Some(value);
        self
    }
    /// Sets `studyGroupName`.
    pub fn study_group_name(mut self, value: impl Into<String>) -> Self {
        self.study_group_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateFeedRequestCourseInfo { "lectorUserInfo" => field(lector_user_info), "payInfo"
    => optional(pay_info), "studyGroupName" => optional(study_group_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateFeedRequestCourseInfo { "lectorUserInfo" => read_field(lector_user_info),
    "payInfo" => read_field(pay_info), "studyGroupName" => read_field(study_group_name) }
}
/// `CreateFeedRequestFeedInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequestFeedInfo {
    /// `actionType`.
    pub action_type: i64,
    /// `belongsTo`.
    pub belongs_to: i64,
    /// `feedCategory`.
    pub feed_category: i64,
    /// `feedId`.
    pub feed_id: Option<String>,
    /// `feedTag`.
    pub feed_tag: Option<String>,
    /// `feedType`.
    pub feed_type: i64,
    /// `industryId`.
    pub industry_id: Option<i64>,
    /// `introduction`.
    pub introduction: String,
    /// `introductionPicUrl`.
    pub introduction_pic_url: Option<String>,
    /// `mcnId`.
    pub mcn_id: String,
    /// `mediaContents`.
    pub media_contents: Vec<CreateFeedRequestFeedInfoMediaContents>,
    /// `recommends`.
    pub recommends: Option<Vec<CreateFeedRequestFeedInfoRecommends>>,
    /// `thumbUrl`.
    pub thumb_url: String,
    /// `title`.
    pub title: String,
}
/// The required fields of [`CreateFeedRequestFeedInfo`], each named where it is set: `CreateFeedRequestFeedInfo::new(CreateFeedRequestFeedInfoRequired { .. })`.
pub struct CreateFeedRequestFeedInfoRequired {
    /// `actionType`: see [`CreateFeedRequestFeedInfo::action_type`].
    pub action_type: i64,
    /// `belongsTo`: see [`CreateFeedRequestFeedInfo::belongs_to`].
    pub belongs_to: i64,
    /// `feedCategory`: see [`CreateFeedRequestFeedInfo::feed_category`].
    pub feed_category: i64,
    /// `feedType`: see [`CreateFeedRequestFeedInfo::feed_type`].
    pub feed_type: i64,
    /// `introduction`: see [`CreateFeedRequestFeedInfo::introduction`].
    pub introduction: String,
    /// `mcnId`: see [`CreateFeedRequestFeedInfo::mcn_id`].
    pub mcn_id: String,
    /// `mediaContents`: see [`CreateFeedRequestFeedInfo::media_contents`].
    pub media_contents: Vec<CreateFeedRequestFeedInfoMediaContents>,
    /// `thumbUrl`: see [`CreateFeedRequestFeedInfo::thumb_url`].
    pub thumb_url: String,
    /// `title`: see [`CreateFeedRequestFeedInfo::title`].
    pub title: String,
}
impl CreateFeedRequestFeedInfo {
    /// A `CreateFeedRequestFeedInfo` with its required fields (`actionType`, `belongsTo`, `feedCategory`, `feedType`, `introduction`, `mcnId`, `mediaContents`, `thumbUrl`, `title`); set the others with the methods named after them.
    pub fn new(required: CreateFeedRequestFeedInfoRequired) -> Self {
        let CreateFeedRequestFeedInfoRequired {
            action_type,
            belongs_to,
            feed_category,
            feed_type,
            introduction,
            mcn_id,
            media_contents,
            thumb_url,
            title,
        } = required;
        Self {
            action_type,
            belongs_to,
            feed_category,
            feed_id: None,
            feed_tag: None,
            feed_type,
            industry_id: None,
            introduction,
            introduction_pic_url: None,
            mcn_id,
            media_contents,
            recommends: None,
            thumb_url,
            title,
        }
    }
    /// Sets `feedId`.
    pub fn feed_id(mut self, value: impl Into<String>) -> Self {
        self.feed_id = Some(value.into());
        self
    }
    /// Sets `feedTag`.
    pub fn feed_tag(mut self, value: impl Into<String>) -> Self {
        self.feed_tag = Some(value.into());
        self
    }
    /// Sets `industryId`.
    pub fn industry_id(mut self, value: i64) -> Self {
        self.industry_id = Some(value);
        self
    }
    /// Sets `introductionPicUrl`.
    pub fn introduction_pic_url(mut self, value: impl Into<String>) -> Self {
        self.introduction_pic_url = Some(value.into());
        self
    }
    /// Sets `recommends`.
    pub fn recommends(
        mut self,
        value: impl IntoIterator<Item = CreateFeedRequestFeedInfoRecommends>,
    ) -> Self {
        self.recommends = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateFeedRequestFeedInfo { "actionType" => field(action_type), "belongsTo" =>
    field(belongs_to), "feedCategory" => field(feed_category), "feedId" =>
    optional(feed_id), "feedTag" => optional(feed_tag), "feedType" => field(feed_type),
    "industryId" => optional(industry_id), "introduction" => field(introduction),
    "introductionPicUrl" => optional(introduction_pic_url), "mcnId" => field(mcn_id),
    "mediaContents" => field(media_contents), "recommends" => optional(recommends),
    "thumbUrl" => field(thumb_url), "title" => field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateFeedRequestFeedInfo { "actionType" => read_field(action_type), "belongsTo" =>
    read_field(belongs_to), "feedCategory" => read_field(feed_category), "feedId" =>
    read_field(feed_id), "feedTag" => read_field(feed_tag), "feedType" =>
    read_field(feed_type), "industryId" => read_field(industry_id), "introduction" =>
    read_field(introduction), "introductionPicUrl" => read_field(introduction_pic_url),
    "mcnId" => read_field(mcn_id), "mediaContents" => read_field(media_contents),
    "recommends" => read_field(recommends), "thumbUrl" => read_field(thumb_url), "title"
    => read_field(title) }
}
/// `CreateFeedResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateFeedResponseBody {
    /// `feedId`.
    pub feed_id: Option<String>,
}
rt::impl_deserialize! {
    CreateFeedResponseBody { "feedId" => read_field(feed_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateFeedResponseBody { "feedId" => optional(feed_id) }
}
/// `DeleteVideosResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteVideosResponseBody {
    /// `result`.
    pub result: Option<DeleteVideosResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeleteVideosResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteVideosResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetFeedResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFeedResponseBody {
    /// `feedId`.
    pub feed_id: Option<String>,
    /// `feedItem`.
    pub feed_item: Option<Vec<GetFeedResponseBodyFeedItem>>,
}
rt::impl_deserialize! {
    GetFeedResponseBody { "feedId" => read_field(feed_id), "feedItem" =>
    read_field(feed_item) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFeedResponseBody { "feedId" => optional(feed_id), "feedItem" =>
    optional(feed_item) }
}
/// `GetMediaCerficateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMediaCerficateResponseBody {
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `ossAccessKeyId`.
    pub oss_access_key_id: Option<String>,
    /// `ossAccessKeySecret`.
    pub oss_access_key_secret: Option<String>,
    /// `ossBucketName`.
    pub oss_bucket_name: Option<String>,
    /// `ossEndpoint`.
    pub oss_endpoint: Option<String>,
    /// `ossExpiration`.
    pub oss_expiration: Option<String>,
    /// `ossFileName`.
    pub oss_file_name: Option<String>,
    /// `ossSecurityToken`.
    pub oss_security_token: Option<String>,
}
rt::impl_deserialize! {
    GetMediaCerficateResponseBody { "mediaId" => read_field(media_id), "ossAccessKeyId"
    => read_field(oss_access_key_id), "ossAccessKeySecret" =>
    read_field(oss_access_key_secret), "ossBucketName" => read_field(oss_bucket_name),
    "ossEndpoint" => read_field(oss_endpoint), "ossExpiration" =>
    read_field(oss_expiration), "ossFileName" => read_field(oss_file_name),
    "ossSecurityToken" => read_field(oss_security_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMediaCerficateResponseBody { "mediaId" => optional(media_id), "ossAccessKeyId" =>
    optional(oss_access_key_id), "ossAccessKeySecret" => optional(oss_access_key_secret),
    "ossBucketName" => optional(oss_bucket_name), "ossEndpoint" =>
    optional(oss_endpoint), "ossExpiration" => optional(oss_expiration), "ossFileName" =>
    optional(oss_file_name), "ossSecurityToken" => optional(oss_security_token) }
}
/// `ListItemUserDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListItemUserDataResponseBody {
    /// `studyInfos`.
    pub study_infos: Option<Vec<ListItemUserDataResponseBodyStudyInfos>>,
}
rt::impl_deserialize! {
    ListItemUserDataResponseBody { "studyInfos" => read_field(study_infos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListItemUserDataResponseBody { "studyInfos" => optional(study_infos) }
}
/// `PageFeedResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageFeedResponseBody {
    /// `feedList`.
    pub feed_list: Option<Vec<PageFeedResponseBodyFeedList>>,
    /// `hasNext`.
    pub has_next: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
}
rt::impl_deserialize! {
    PageFeedResponseBody { "feedList" => read_field(feed_list), "hasNext" =>
    read_field(has_next), "nextCursor" => read_field(next_cursor) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageFeedResponseBody { "feedList" => optional(feed_list), "hasNext" =>
    optional(has_next), "nextCursor" => optional(next_cursor) }
}
/// `UploadVideosRequestBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UploadVideosRequestBody {
    /// `authorIconUrl`.
    pub author_icon_url: Option<String>,
    /// `authorId`.
    pub author_id: Option<String>,
    /// `authorName`.
    pub author_name: Option<String>,
    /// `coverUrl`.
    pub cover_url: Option<String>,
    /// `jumpIconUrl`.
    pub jump_icon_url: Option<String>,
    /// `jumpTitle`.
    pub jump_title: Option<String>,
    /// `jumpUrl`.
    pub jump_url: Option<String>,
    /// `videoDuration`.
    pub video_duration: Option<String>,
    /// `videoHeight`.
    pub video_height: Option<String>,
    /// `videoId`.
    pub video_id: Option<String>,
    /// `videoTitle`.
    pub video_title: Option<String>,
    /// `videoWidth`.
    pub video_width: Option<String>,
    /// `webpUrl`.
    pub webp_url: Option<String>,
}
impl UploadVideosRequestBody {
    /// An empty `UploadVideosRequestBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `authorIconUrl`.
    pub fn author_icon_url(mut self, value: impl Into<String>) -> Self {
        self.author_icon_url = Some(value.into());
        self
    }
    /// Sets `authorId`.
    pub fn author_id(mut self, value: impl Into<String>) -> Self {
        self.author_id = Some(value.into());
        self
    }
    /// Sets `authorName`.
    pub fn author_name(mut self, value: impl Into<String>) -> Self {
        self.author_name = Some(value.into());
        self
    }
    /// Sets `coverUrl`.
    pub fn cover_url(mut self, value: impl Into<String>) -> Self {
        self.cover_url = Some(value.into());
        self
    }
    /// Sets `jumpIconUrl`.
    pub fn jump_icon_url(mut self, value: impl Into<String>) -> Self {
        self.jump_icon_url = Some(value.into());
        self
    }
    /// Sets `jumpTitle`.
    pub fn jump_title(mut self, value: impl Into<String>) -> Self {
        self.jump_title = Some(value.into());
        self
    }
    /// Sets `jumpUrl`.
    pub fn jump_url(mut self, value: impl Into<String>) -> Self {
        self.jump_url = Some(value.into());
        self
    }
    /// Sets `videoDuration`.
    pub fn video_duration(mut self, value: impl Into<String>) -> Self {
        self.video_duration = Some(value.into());
        self
    }
    /// Sets `videoHeight`.
    pub fn video_height(mut self, value: impl Into<String>) -> Self {
        self.video_height = Some(value.into());
        self
    }
    /// Sets `videoId`.
    pub fn video_id(mut self, value: impl Into<String>) -> Self {
        self.video_id = Some(value.into());
        self
    }
    /// Sets `videoTitle`.
    pub fn video_title(mut self, value: impl Into<String>) -> Self {
        self.video_title = Some(value.into());
        self
    }
    /// Sets `videoWidth`.
    pub fn video_width(mut self, value: impl Into<String>) -> Self {
        self.video_width = Some(value.into());
        self
    }
    /// Sets `webpUrl`.
    pub fn webp_url(mut self, value: impl Into<String>) -> Self {
        self.webp_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UploadVideosRequestBody { "authorIconUrl" => optional(author_icon_url), "authorId" =>
    optional(author_id), "authorName" => optional(author_name), "coverUrl" =>
    optional(cover_url), "jumpIconUrl" => optional(jump_icon_url), "jumpTitle" =>
    optional(jump_title), "jumpUrl" => optional(jump_url), "videoDuration" =>
    optional(video_duration), "videoHeight" => optional(video_height), "videoId" =>
    optional(video_id), "videoTitle" => optional(video_title), "videoWidth" =>
    optional(video_width), "webpUrl" => optional(webp_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadVideosRequestBody { "authorIconUrl" => read_field(author_icon_url), "authorId"
    => read_field(author_id), "authorName" => read_field(author_name), "coverUrl" =>
    read_field(cover_url), "jumpIconUrl" => read_field(jump_icon_url), "jumpTitle" =>
    read_field(jump_title), "jumpUrl" => read_field(jump_url), "videoDuration" =>
    read_field(video_duration), "videoHeight" => read_field(video_height), "videoId" =>
    read_field(video_id), "videoTitle" => read_field(video_title), "videoWidth" =>
    read_field(video_width), "webpUrl" => read_field(webp_url) }
}
/// `UploadVideosResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UploadVideosResponseBody {
    /// `result`.
    pub result: Option<UploadVideosResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UploadVideosResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UploadVideosResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CreateFeedRequestCourseInfoLectorUserInfo`, a model several operations share: also named [`CreateFeedRequestCourseInfoPayInfoCsUserInfo`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequestCourseInfoLectorUserInfo {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `name`.
    pub name: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`CreateFeedRequestCourseInfoLectorUserInfo`], each named where it is set: `CreateFeedRequestCourseInfoLectorUserInfo::new(CreateFeedRequestCourseInfoLectorUserInfoRequired { .. })`.
pub struct CreateFeedRequestCourseInfoLectorUserInfoRequired {
    /// `name`: see [`CreateFeedRequestCourseInfoLectorUserInfo::name`].
    pub name: String,
    /// `userId`: see [`CreateFeedRequestCourseInfoLectorUserInfo::user_id`].
    pub user_id: String,
}
impl CreateFeedRequestCourseInfoLectorUserInfo {
    /// A `CreateFeedRequestCourseInfoLectorUserInfo` with its required fields (`name`, `userId`); set the others with the methods named after them.
    pub fn new(required: CreateFeedRequestCourseInfoLectorUserInfoRequired) -> Self {
        let CreateFeedRequestCourseInfoLectorUserInfoRequired { name, user_id } = required;
        Self {
            avatar: None,
            name,
            user_id,
        }
    }
    /// Sets `avatar`.
    pub fn avatar(mut self, value: impl Into<String>) -> Self {
        self.avatar = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateFeedRequestCourseInfoLectorUserInfo { "avatar" => optional(avatar), "name" =>
    field(name), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateFeedRequestCourseInfoLectorUserInfo { "avatar" => read_field(avatar), "name" =>
    read_field(name), "userId" => read_field(user_id) }
}
/// `CreateFeedRequestCourseInfoPayInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequestCourseInfoPayInfo {
    /// `csUserInfo`.
    pub cs_user_info: CreateFeedRequestCourseInfoPayInfoCsUserInfo,
    /// `discountInfo`.
    pub discount_info: Option<CreateFeedRequestCourseInfoPayInfoDiscountInfo>,
    /// `price`.
    pub price: i64,
}
/// The required fields of [`CreateFeedRequestCourseInfoPayInfo`], each named where it is set: `CreateFeedRequestCourseInfoPayInfo::new(CreateFeedRequestCourseInfoPayInfoRequired { .. })`.
pub struct CreateFeedRequestCourseInfoPayInfoRequired {
    /// `csUserInfo`: see [`CreateFeedRequestCourseInfoPayInfo::cs_user_info`].
    pub cs_user_info: CreateFeedRequestCourseInfoPayInfoCsUserInfo,
    /// `price`: see [`CreateFeedRequestCourseInfoPayInfo::price`].
    pub price: i64,
}
impl CreateFeedRequestCourseInfoPayInfo {
    /// A `CreateFeedRequestCourseInfoPayInfo` with its required fields (`csUserInfo`, `price`); set the others with the methods named after them.
    pub fn new(required: CreateFeedRequestCourseInfoPayInfoRequired) -> Self {
        let CreateFeedRequestCourseInfoPayInfoRequired { cs_user_info, price } = required;
        Self {
            cs_user_info,
            discount_info: None,
            price,
        }
    }
    /// Sets `discountInfo`.
    pub fn discount_info(
        mut self,
        value: CreateFeedRequestCourseInfoPayInfoDiscountInfo,
    ) -> Self {
        self.discount_info = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateFeedRequestCourseInfoPayInfo { "csUserInfo" => field(cs_user_info),
    "discountInfo" => optional(discount_info), "price" => field(price) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateFeedRequestCourseInfoPayInfo { "csUserInfo" => read_field(cs_user_info),
    "discountInfo" => read_field(discount_info), "price" => read_field(price) }
}
/// `CreateFeedRequestFeedInfoMediaContents`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequestFeedInfoMediaContents {
    /// `mediaId`.
    pub media_id: String,
    /// `title`.
    pub title: String,
    /// `type`.
    pub r#type: i64,
}
/// The required fields of [`CreateFeedRequestFeedInfoMediaContents`], each named where it is set: `CreateFeedRequestFeedInfoMediaContents::new(CreateFeedRequestFeedInfoMediaContentsRequired { .. })`.
pub struct CreateFeedRequestFeedInfoMediaContentsRequired {
    /// `mediaId`: see [`CreateFeedRequestFeedInfoMediaContents::media_id`].
    pub media_id: String,
    /// `title`: see [`CreateFeedRequestFeedInfoMediaContents::title`].
    pub title: String,
    /// `type`: see [`CreateFeedRequestFeedInfoMediaContents::r#type`](CreateFeedRequestFeedInfoMediaContents::type).
    pub r#type: i64,
}
impl CreateFeedRequestFeedInfoMediaContents {
    /// A `CreateFeedRequestFeedInfoMediaContents` with its required fields (`mediaId`, `title`, `type`); set the others with the methods named after them.
    pub fn new(required: CreateFeedRequestFeedInfoMediaContentsRequired) -> Self {
        let CreateFeedRequestFeedInfoMediaContentsRequired { media_id, title, r#type } = required;
        Self { media_id, title, r#type }
    }
}
rt::impl_serialize! {
    CreateFeedRequestFeedInfoMediaContents { "mediaId" => field(media_id), "title" =>
    field(title), "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateFeedRequestFeedInfoMediaContents { "mediaId" => read_field(media_id), "title"
    => read_field(title), "type" => read_field(r#type) }
}
/// `CreateFeedRequestFeedInfoRecommends`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequestFeedInfoRecommends {
    /// `objectId`.
    pub object_id: String,
    /// `type`.
    pub r#type: i64,
}
/// The required fields of [`CreateFeedRequestFeedInfoRecommends`], each named where it is set: `CreateFeedRequestFeedInfoRecommends::new(CreateFeedRequestFeedInfoRecommendsRequired { .. })`.
pub struct CreateFeedRequestFeedInfoRecommendsRequired {
    /// `objectId`: see [`CreateFeedRequestFeedInfoRecommends::object_id`].
    pub object_id: String,
    /// `type`: see [`CreateFeedRequestFeedInfoRecommends::r#type`](CreateFeedRequestFeedInfoRecommends::type).
    pub r#type: i64,
}
impl CreateFeedRequestFeedInfoRecommends {
    /// A `CreateFeedRequestFeedInfoRecommends` with its required fields (`objectId`, `type`); set the others with the methods named after them.
    pub fn new(required: CreateFeedRequestFeedInfoRecommendsRequired) -> Self {
        let CreateFeedRequestFeedInfoRecommendsRequired { object_id, r#type } = required;
        Self { object_id, r#type }
    }
}
rt::impl_serialize! {
    CreateFeedRequestFeedInfoRecommends { "objectId" => field(object_id), "type" =>
    field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateFeedRequestFeedInfoRecommends { "objectId" => read_field(object_id), "type" =>
    read_field(r#type) }
}
/// `DeleteVideosResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteVideosResponseBodyResult {
    /// `failed`.
    pub failed: Option<Vec<String>>,
    /// `success`.
    pub success: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    DeleteVideosResponseBodyResult { "failed" => read_field(failed), "success" =>
    read_field(success), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteVideosResponseBodyResult { "failed" => optional(failed), "success" =>
    optional(success), "total" => optional(total) }
}
/// `GetFeedResponseBodyFeedItem`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFeedResponseBodyFeedItem {
    /// `durationMillis`.
    pub duration_millis: Option<i64>,
    /// `feedContentType`.
    pub feed_content_type: Option<i64>,
    /// `itemId`.
    pub item_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    GetFeedResponseBodyFeedItem { "durationMillis" => read_field(duration_millis),
    "feedContentType" => read_field(feed_content_type), "itemId" => read_field(item_id),
    "title" => read_field(title), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFeedResponseBodyFeedItem { "durationMillis" => optional(duration_millis),
    "feedContentType" => optional(feed_content_type), "itemId" => optional(item_id),
    "title" => optional(title), "url" => optional(url) }
}
/// `ListItemUserDataResponseBodyStudyInfos`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListItemUserDataResponseBodyStudyInfos {
    /// `durationMillis`.
    pub duration_millis: Option<i64>,
    /// `uid`.
    pub uid: Option<String>,
}
rt::impl_deserialize! {
    ListItemUserDataResponseBodyStudyInfos { "durationMillis" =>
    read_field(duration_millis), "uid" => read_field(uid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListItemUserDataResponseBodyStudyInfos { "durationMillis" =>
    optional(duration_millis), "uid" => optional(uid) }
}
/// `PageFeedResponseBodyFeedList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PageFeedResponseBodyFeedList {
    /// `feedCategory`.
    pub feed_category: Option<String>,
    /// `feedId`.
    pub feed_id: Option<String>,
    /// `feedType`.
    pub feed_type: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `thumbUrl`.
    pub thumb_url: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    PageFeedResponseBodyFeedList { "feedCategory" => read_field(feed_category), "feedId"
    => read_field(feed_id), "feedType" => read_field(feed_type), "name" =>
    read_field(name), "thumbUrl" => read_field(thumb_url), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PageFeedResponseBodyFeedList { "feedCategory" => optional(feed_category), "feedId" =>
    optional(feed_id), "feedType" => optional(feed_type), "name" => optional(name),
    "thumbUrl" => optional(thumb_url), "url" => optional(url) }
}
/// `UploadVideosResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UploadVideosResponseBodyResult {
    /// `failed`.
    pub failed: Option<Vec<String>>,
    /// `hasUploaded`.
    pub has_uploaded: Option<i64>,
    /// `success`.
    pub success: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    UploadVideosResponseBodyResult { "failed" => read_field(failed), "hasUploaded" =>
    read_field(has_uploaded), "success" => read_field(success), "total" =>
    read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UploadVideosResponseBodyResult { "failed" => optional(failed), "hasUploaded" =>
    optional(has_uploaded), "success" => optional(success), "total" => optional(total) }
}
/// `CreateFeedRequestCourseInfoPayInfoCsUserInfo`: the same model as [`CreateFeedRequestCourseInfoLectorUserInfo`].
pub type CreateFeedRequestCourseInfoPayInfoCsUserInfo = CreateFeedRequestCourseInfoLectorUserInfo;
/// The required fields of [`CreateFeedRequestCourseInfoPayInfoCsUserInfo`].
pub type CreateFeedRequestCourseInfoPayInfoCsUserInfoRequired = CreateFeedRequestCourseInfoLectorUserInfoRequired;
/// `CreateFeedRequestCourseInfoPayInfoDiscountInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequestCourseInfoPayInfoDiscountInfo {
    /// `endTimeMillis`.
    pub end_time_millis: i64,
    /// `price`.
    pub price: i64,
    /// `startTimeMillis`.
    pub start_time_millis: i64,
}
/// The required fields of [`CreateFeedRequestCourseInfoPayInfoDiscountInfo`], each named where it is set: `CreateFeedRequestCourseInfoPayInfoDiscountInfo::new(CreateFeedRequestCourseInfoPayInfoDiscountInfoRequired { .. })`.
pub struct CreateFeedRequestCourseInfoPayInfoDiscountInfoRequired {
    /// `endTimeMillis`: see [`CreateFeedRequestCourseInfoPayInfoDiscountInfo::end_time_millis`].
    pub end_time_millis: i64,
    /// `price`: see [`CreateFeedRequestCourseInfoPayInfoDiscountInfo::price`].
    pub price: i64,
    /// `startTimeMillis`: see [`CreateFeedRequestCourseInfoPayInfoDiscountInfo::start_time_millis`].
    pub start_time_millis: i64,
}
impl CreateFeedRequestCourseInfoPayInfoDiscountInfo {
    /// A `CreateFeedRequestCourseInfoPayInfoDiscountInfo` with its required fields (`endTimeMillis`, `price`, `startTimeMillis`); set the others with the methods named after them.
    pub fn new(
        required: CreateFeedRequestCourseInfoPayInfoDiscountInfoRequired,
    ) -> Self {
        let CreateFeedRequestCourseInfoPayInfoDiscountInfoRequired {
            end_time_millis,
            price,
            start_time_millis,
        } = required;
        Self {
            end_time_millis,
            price,
            start_time_millis,
        }
    }
}
rt::impl_serialize! {
    CreateFeedRequestCourseInfoPayInfoDiscountInfo { "endTimeMillis" =>
    field(end_time_millis), "price" => field(price), "startTimeMillis" =>
    field(start_time_millis) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateFeedRequestCourseInfoPayInfoDiscountInfo { "endTimeMillis" =>
    read_field(end_time_millis), "price" => read_field(price), "startTimeMillis" =>
    read_field(start_time_millis) }
}
/// The request of [`Api::create_feed`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequest {
    /// `courseInfo`.
    pub course_info: Option<CreateFeedRequestCourseInfo>,
    /// `createUserId`.
    pub create_user_id: String,
    /// `feedInfo`.
    pub feed_info: CreateFeedRequestFeedInfo,
}
/// The required fields of [`CreateFeedRequest`], each named where it is set: `CreateFeedRequest::new(CreateFeedRequired { .. })`.
pub struct CreateFeedRequired {
    /// `createUserId`: see [`CreateFeedRequest::create_user_id`].
    pub create_user_id: String,
    /// `feedInfo`: see [`CreateFeedRequest::feed_info`].
    pub feed_info: CreateFeedRequestFeedInfo,
}
impl CreateFeedRequest {
    /// A `CreateFeedRequest` with its required fields (`createUserId`, `feedInfo`); set the others with the methods named after them.
    pub fn new(required: CreateFeedRequired) -> Self {
        let CreateFeedRequired { create_user_id, feed_info } = required;
        Self {
            course_info: None,
            create_user_id,
            feed_info,
        }
    }
    /// Sets `courseInfo`.
    pub fn course_info(mut self, value: CreateFeedRequestCourseInfo) -> Self {
        self.course_info = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateFeedRequest { "courseInfo" => optional(course_info), "createUserId" =>
    field(create_user_id), "feedInfo" => field(feed_info) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateFeedRequest { "courseInfo" => read_field(course_info), "createUserId" =>
    read_field(create_user_id), "feedInfo" => read_field(feed_info) }
}
impl rt::WriteRequest for CreateFeedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_videos`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteVideosRequest {
    /// `body`.
    pub body: Option<Vec<String>>,
}
impl DeleteVideosRequest {
    /// An empty `DeleteVideosRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `body`.
    pub fn body(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.body = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteVideosRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for DeleteVideosRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        if let Some(body) = &self.body {
            writer.json_body(body);
        }
    }
}
/// The request of [`Api::get_feed`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFeedRequest {
    /// `mcnId`: a query parameter.
    pub mcn_id: String,
}
/// The required fields of [`GetFeedRequest`], each named where it is set: `GetFeedRequest::new(GetFeedRequired { .. })`.
pub struct GetFeedRequired {
    /// `mcnId`: see [`GetFeedRequest::mcn_id`].
    pub mcn_id: String,
}
impl GetFeedRequest {
    /// A `GetFeedRequest` with its required fields (`mcnId`); set the others with the methods named after them.
    pub fn new(required: GetFeedRequired) -> Self {
        let GetFeedRequired { mcn_id } = required;
        Self { mcn_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFeedRequest { "mcnId" => read_field(mcn_id) }
}
impl rt::WriteRequest for GetFeedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("mcnId", &self.mcn_id);
    }
}
/// The request of [`Api::get_media_cerficate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetMediaCerficateRequest {
    /// `fileName`: a query parameter.
    pub file_name: String,
    /// `mcnId`: a query parameter.
    pub mcn_id: String,
    /// `mediaId`: a query parameter.
    pub media_id: Option<String>,
    /// `mediaIntroduction`: a query parameter.
    pub media_introduction: Option<String>,
    /// `mediaTitle`: a query parameter.
    pub media_title: String,
    /// `thumbUrl`: a query parameter.
    pub thumb_url: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetMediaCerficateRequest`], each named where it is set: `GetMediaCerficateRequest::new(GetMediaCerficateRequired { .. })`.
pub struct GetMediaCerficateRequired {
    /// `fileName`: see [`GetMediaCerficateRequest::file_name`].
    pub file_name: String,
    /// `mcnId`: see [`GetMediaCerficateRequest::mcn_id`].
    pub mcn_id: String,
    /// `mediaTitle`: see [`GetMediaCerficateRequest::media_title`].
    pub media_title: String,
    /// `userId`: see [`GetMediaCerficateRequest::user_id`].
    pub user_id: String,
}
impl GetMediaCerficateRequest {
    /// A `GetMediaCerficateRequest` with its required fields (`fileName`, `mcnId`, `mediaTitle`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetMediaCerficateRequired) -> Self {
        let GetMediaCerficateRequired { file_name, mcn_id, media_title, user_id } = required;
        Self {
            file_name,
            mcn_id,
            media_id: None,
            media_introduction: None,
            media_title,
            thumb_url: None,
            user_id,
        }
    }
    /// Sets `mediaId`.
    pub fn media_id(mut self, value: impl Into<String>) -> Self {
        self.media_id = Some(value.into());
        self
    }
    /// Sets `mediaIntroduction`.
    pub fn media_introduction(mut self, value: impl Into<String>) -> Self {
        self.media_introduction = Some(value.into());
        self
    }
    /// Sets `thumbUrl`.
    pub fn thumb_url(mut self, value: impl Into<String>) -> Self {
        self.thumb_url = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMediaCerficateRequest { "fileName" => read_field(file_name), "mcnId" =>
    read_field(mcn_id), "mediaId" => read_field(media_id), "mediaIntroduction" =>
    read_field(media_introduction), "mediaTitle" => read_field(media_title), "thumbUrl"
    => read_field(thumb_url), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetMediaCerficateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("fileName", &self.file_name);
        writer.query("mcnId", &self.mcn_id);
        writer.query("mediaId", &self.media_id);
        writer.query("mediaIntroduction", &self.media_introduction);
        writer.query("mediaTitle", &self.media_title);
        writer.query("thumbUrl", &self.thumb_url);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::list_item_user_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListItemUserDataRequest {
    /// `body`.
    pub body: Vec<String>,
}
/// The required fields of [`ListItemUserDataRequest`], each named where it is set: `ListItemUserDataRequest::new(ListItemUserDataRequired { .. })`.
pub struct ListItemUserDataRequired {
    /// `body`: see [`ListItemUserDataRequest::body`].
    pub body: Vec<String>,
}
impl ListItemUserDataRequest {
    /// A `ListItemUserDataRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: ListItemUserDataRequired) -> Self {
        let ListItemUserDataRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListItemUserDataRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for ListItemUserDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::page_feed`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PageFeedRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `mcnId`: a query parameter.
    pub mcn_id: String,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
    /// `body`.
    pub body: Option<Vec<String>>,
}
/// The required fields of [`PageFeedRequest`], each named where it is set: `PageFeedRequest::new(PageFeedRequired { .. })`.
pub struct PageFeedRequired {
    /// `maxResults`: see [`PageFeedRequest::max_results`].
    pub max_results: i64,
    /// `mcnId`: see [`PageFeedRequest::mcn_id`].
    pub mcn_id: String,
    /// `nextToken`: see [`PageFeedRequest::next_token`].
    pub next_token: i64,
}
impl PageFeedRequest {
    /// A `PageFeedRequest` with its required fields (`maxResults`, `mcnId`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: PageFeedRequired) -> Self {
        let PageFeedRequired { max_results, mcn_id, next_token } = required;
        Self {
            max_results,
            mcn_id,
            next_token,
            body: None,
        }
    }
    /// Sets `body`.
    pub fn body(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.body = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PageFeedRequest { "maxResults" => read_field(max_results), "mcnId" =>
    read_field(mcn_id), "nextToken" => read_field(next_token), "body" => read_field(body)
    }
}
impl rt::WriteRequest for PageFeedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("mcnId", &self.mcn_id);
        writer.query("nextToken", &self.next_token);
        if let Some(body) = &self.body {
            writer.json_body(body);
        }
    }
}
/// The request of [`Api::upload_videos`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UploadVideosRequest {
    /// `body`.
    pub body: Vec<UploadVideosRequestBody>,
}
/// The required fields of [`UploadVideosRequest`], each named where it is set: `UploadVideosRequest::new(UploadVideosRequired { .. })`.
pub struct UploadVideosRequired {
    /// `body`: see [`UploadVideosRequest::body`].
    pub body: Vec<UploadVideosRequestBody>,
}
impl UploadVideosRequest {
    /// A `UploadVideosRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: UploadVideosRequired) -> Self {
        let UploadVideosRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadVideosRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for UploadVideosRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// An error reply of [`Api::create_feed`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateFeedError = rt::ServiceError;
/// An error reply of [`Api::delete_videos`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteVideosError = rt::ServiceError;
/// An error reply of [`Api::get_feed`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFeedError = rt::ServiceError;
/// An error reply of [`Api::get_media_cerficate`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMediaCerficateError = rt::ServiceError;
/// An error reply of [`Api::list_item_user_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListItemUserDataError = rt::ServiceError;
/// An error reply of [`Api::page_feed`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PageFeedError = rt::ServiceError;
/// An error reply of [`Api::upload_videos`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UploadVideosError = rt::ServiceError;
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
        "CreateFeed" => {
            rt::conformance::reply(api.create_feed(&inputs.request(true)?)).await
        }
        "DeleteVideos" => {
            rt::conformance::reply(api.delete_videos(&inputs.request(false)?)).await
        }
        "GetFeed" => {
            rt::conformance::reply(
                    api.get_feed(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "GetMediaCerficate" => {
            rt::conformance::reply(api.get_media_cerficate(&inputs.request(false)?))
                .await
        }
        "ListItemUserData" => {
            rt::conformance::reply(
                    api
                        .list_item_user_data(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "PageFeed" => {
            rt::conformance::reply(api.page_feed(&inputs.request(false)?)).await
        }
        "UploadVideos" => {
            rt::conformance::reply(api.upload_videos(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
