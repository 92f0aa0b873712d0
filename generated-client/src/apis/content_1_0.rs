// @generated from api-spec/content_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.content_1_0()`. Generated from `api-spec/content_1_0.yaml`.
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
    /// `POST /v1.0/content/feeds` (operation `CreateFeed`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateFeedError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/content/dian/videos/remove` (operation `DeleteVideos`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteVideosError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/content/feeds/{feed_id}` (operation `GetFeed`).
    ///
    /// # Path parameters
    ///
    /// - `feed_id` (`feed_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFeedError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_feed(
        &self,
        feed_id: &str,
        request: &GetFeedRequest,
    ) -> rt::Call<GetFeedResponseBody, GetFeedError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFeed",
            rt::Method::Get,
            "/v1.0/content/feeds/{feed_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[feed_id], request)
    }
    /// 获取oss上传凭证
    ///
    /// `GET /v1.0/content/media/cerficates` (operation `GetMediaCerficate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMediaCerficateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/content/feeds/items/{item_id}/userStatistics/query` (operation `ListItemUserData`).
    ///
    /// # Path parameters
    ///
    /// - `item_id` (`item_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListItemUserDataError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_item_user_data(
        &self,
        item_id: &str,
        request: &ListItemUserDataRequest,
    ) -> rt::Call<ListItemUserDataResponseBody, ListItemUserDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListItemUserData",
            rt::Method::Post,
            "/v1.0/content/feeds/items/{item_id}/userStatistics/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[item_id], request)
    }
    /// 获取机构下课程列表
    ///
    /// `POST /v1.0/content/feeds/query` (operation `PageFeed`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PageFeedError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/content/dian/videos/upload` (operation `UploadVideos`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UploadVideosError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequestCourseInfo {
    /// `lectorUserInfo`.
    pub lector_user_info: CreateFeedRequestCourseInfoLectorUserInfo,
    /// `payInfo`.
    pub pay_info: Option<CreateFeedRequestCourseInfoPayInfo>,
    /// `studyGroupName`.
    pub study_group_name: Option<String>,
}
impl CreateFeedRequestCourseInfo {
    /// A `CreateFeedRequestCourseInfo` with its required fields (`lectorUserInfo`); set the others with the methods named after them.
    pub fn new(lector_user_info: CreateFeedRequestCourseInfoLectorUserInfo) -> Self {
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
impl rt::serde::Serialize for CreateFeedRequestCourseInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("lectorUserInfo", &self.lector_user_info)?;
        object.optional("payInfo", &self.pay_info)?;
        object.optional("studyGroupName", &self.study_group_name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateFeedRequestCourseInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFeedRequestCourseInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "lectorUserInfo" => rt::read_field(map, &mut self.lector_user_info),
            "payInfo" => rt::read_field(map, &mut self.pay_info),
            "studyGroupName" => rt::read_field(map, &mut self.study_group_name),
            _ => Ok(false),
        }
    }
}
/// `CreateFeedRequestFeedInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateFeedRequestFeedInfo {
    /// A `CreateFeedRequestFeedInfo` with its required fields (`actionType`, `belongsTo`, `feedCategory`, `feedType`, `introduction`, `mcnId`, `mediaContents`, `thumbUrl`, `title`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        action_type: i64,
        belongs_to: i64,
        feed_category: i64,
        feed_type: i64,
        introduction: impl Into<String>,
        mcn_id: impl Into<String>,
        media_contents: impl IntoIterator<Item = CreateFeedRequestFeedInfoMediaContents>,
        thumb_url: impl Into<String>,
        title: impl Into<String>,
    ) -> Self {
        Self {
            action_type,
            belongs_to,
            feed_category,
            feed_id: None,
            feed_tag: None,
            feed_type,
            industry_id: None,
            introduction: introduction.into(),
            introduction_pic_url: None,
            mcn_id: mcn_id.into(),
            media_contents: media_contents.into_iter().collect(),
            recommends: None,
            thumb_url: thumb_url.into(),
            title: title.into(),
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
impl rt::serde::Serialize for CreateFeedRequestFeedInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("actionType", &self.action_type)?;
        object.field("belongsTo", &self.belongs_to)?;
        object.field("feedCategory", &self.feed_category)?;
        object.optional("feedId", &self.feed_id)?;
        object.optional("feedTag", &self.feed_tag)?;
        object.field("feedType", &self.feed_type)?;
        object.optional("industryId", &self.industry_id)?;
        object.field("introduction", &self.introduction)?;
        object.optional("introductionPicUrl", &self.introduction_pic_url)?;
        object.field("mcnId", &self.mcn_id)?;
        object.field("mediaContents", &self.media_contents)?;
        object.optional("recommends", &self.recommends)?;
        object.field("thumbUrl", &self.thumb_url)?;
        object.field("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateFeedRequestFeedInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFeedRequestFeedInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionType" => rt::read_field(map, &mut self.action_type),
            "belongsTo" => rt::read_field(map, &mut self.belongs_to),
            "feedCategory" => rt::read_field(map, &mut self.feed_category),
            "feedId" => rt::read_field(map, &mut self.feed_id),
            "feedTag" => rt::read_field(map, &mut self.feed_tag),
            "feedType" => rt::read_field(map, &mut self.feed_type),
            "industryId" => rt::read_field(map, &mut self.industry_id),
            "introduction" => rt::read_field(map, &mut self.introduction),
            "introductionPicUrl" => rt::read_field(map, &mut self.introduction_pic_url),
            "mcnId" => rt::read_field(map, &mut self.mcn_id),
            "mediaContents" => rt::read_field(map, &mut self.media_contents),
            "recommends" => rt::read_field(map, &mut self.recommends),
            "thumbUrl" => rt::read_field(map, &mut self.thumb_url),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `CreateFeedResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateFeedResponseBody {
    /// `feedId`.
    pub feed_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateFeedResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateFeedResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "feedId" => rt::read_field(map, &mut self.feed_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateFeedResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("feedId", &self.feed_id)?;
        object.end()
    }
}
/// `DeleteVideosResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteVideosResponseBody {
    /// `result`.
    pub result: Option<DeleteVideosResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteVideosResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteVideosResponseBody {
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
impl rt::serde::Serialize for DeleteVideosResponseBody {
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
/// `GetFeedResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFeedResponseBody {
    /// `feedId`.
    pub feed_id: Option<String>,
    /// `feedItem`.
    pub feed_item: Option<Vec<GetFeedResponseBodyFeedItem>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFeedResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFeedResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "feedId" => rt::read_field(map, &mut self.feed_id),
            "feedItem" => rt::read_field(map, &mut self.feed_item),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFeedResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("feedId", &self.feed_id)?;
        object.optional("feedItem", &self.feed_item)?;
        object.end()
    }
}
/// `GetMediaCerficateResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMediaCerficateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMediaCerficateResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "ossAccessKeyId" => rt::read_field(map, &mut self.oss_access_key_id),
            "ossAccessKeySecret" => rt::read_field(map, &mut self.oss_access_key_secret),
            "ossBucketName" => rt::read_field(map, &mut self.oss_bucket_name),
            "ossEndpoint" => rt::read_field(map, &mut self.oss_endpoint),
            "ossExpiration" => rt::read_field(map, &mut self.oss_expiration),
            "ossFileName" => rt::read_field(map, &mut self.oss_file_name),
            "ossSecurityToken" => rt::read_field(map, &mut self.oss_security_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMediaCerficateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("mediaId", &self.media_id)?;
        object.optional("ossAccessKeyId", &self.oss_access_key_id)?;
        object.optional("ossAccessKeySecret", &self.oss_access_key_secret)?;
        object.optional("ossBucketName", &self.oss_bucket_name)?;
        object.optional("ossEndpoint", &self.oss_endpoint)?;
        object.optional("ossExpiration", &self.oss_expiration)?;
        object.optional("ossFileName", &self.oss_file_name)?;
        object.optional("ossSecurityToken", &self.oss_security_token)?;
        object.end()
    }
}
/// `ListItemUserDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListItemUserDataResponseBody {
    /// `studyInfos`.
    pub study_infos: Option<Vec<ListItemUserDataResponseBodyStudyInfos>>,
}
impl<'de> rt::serde::Deserialize<'de> for ListItemUserDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListItemUserDataResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "studyInfos" => rt::read_field(map, &mut self.study_infos),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListItemUserDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("studyInfos", &self.study_infos)?;
        object.end()
    }
}
/// `PageFeedResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PageFeedResponseBody {
    /// `feedList`.
    pub feed_list: Option<Vec<PageFeedResponseBodyFeedList>>,
    /// `hasNext`.
    pub has_next: Option<bool>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for PageFeedResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageFeedResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "feedList" => rt::read_field(map, &mut self.feed_list),
            "hasNext" => rt::read_field(map, &mut self.has_next),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageFeedResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("feedList", &self.feed_list)?;
        object.optional("hasNext", &self.has_next)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.end()
    }
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
impl rt::serde::Serialize for UploadVideosRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("authorIconUrl", &self.author_icon_url)?;
        object.optional("authorId", &self.author_id)?;
        object.optional("authorName", &self.author_name)?;
        object.optional("coverUrl", &self.cover_url)?;
        object.optional("jumpIconUrl", &self.jump_icon_url)?;
        object.optional("jumpTitle", &self.jump_title)?;
        object.optional("jumpUrl", &self.jump_url)?;
        object.optional("videoDuration", &self.video_duration)?;
        object.optional("videoHeight", &self.video_height)?;
        object.optional("videoId", &self.video_id)?;
        object.optional("videoTitle", &self.video_title)?;
        object.optional("videoWidth", &self.video_width)?;
        object.optional("webpUrl", &self.webp_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UploadVideosRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UploadVideosRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "authorIconUrl" => rt::read_field(map, &mut self.author_icon_url),
            "authorId" => rt::read_field(map, &mut self.author_id),
            "authorName" => rt::read_field(map, &mut self.author_name),
            "coverUrl" => rt::read_field(map, &mut self.cover_url),
            "jumpIconUrl" => rt::read_field(map, &mut self.jump_icon_url),
            "jumpTitle" => rt::read_field(map, &mut self.jump_title),
            "jumpUrl" => rt::read_field(map, &mut self.jump_url),
            "videoDuration" => rt::read_field(map, &mut self.video_duration),
            "videoHeight" => rt::read_field(map, &mut self.video_height),
            "videoId" => rt::read_field(map, &mut self.video_id),
            "videoTitle" => rt::read_field(map, &mut self.video_title),
            "videoWidth" => rt::read_field(map, &mut self.video_width),
            "webpUrl" => rt::read_field(map, &mut self.webp_url),
            _ => Ok(false),
        }
    }
}
/// `UploadVideosResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UploadVideosResponseBody {
    /// `result`.
    pub result: Option<UploadVideosResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UploadVideosResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UploadVideosResponseBody {
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
impl rt::serde::Serialize for UploadVideosResponseBody {
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
/// `CreateFeedRequestCourseInfoLectorUserInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequestCourseInfoLectorUserInfo {
    /// `avatar`.
    pub avatar: Option<String>,
    /// `name`.
    pub name: String,
    /// `userId`.
    pub user_id: String,
}
impl CreateFeedRequestCourseInfoLectorUserInfo {
    /// A `CreateFeedRequestCourseInfoLectorUserInfo` with its required fields (`name`, `userId`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            avatar: None,
            name: name.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `avatar`.
    pub fn avatar(mut self, value: impl Into<String>) -> Self {
        self.avatar = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateFeedRequestCourseInfoLectorUserInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatar", &self.avatar)?;
        object.field("name", &self.name)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateFeedRequestCourseInfoLectorUserInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFeedRequestCourseInfoLectorUserInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatar" => rt::read_field(map, &mut self.avatar),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `CreateFeedRequestCourseInfoPayInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequestCourseInfoPayInfo {
    /// `csUserInfo`.
    pub cs_user_info: CreateFeedRequestCourseInfoPayInfoCsUserInfo,
    /// `discountInfo`.
    pub discount_info: Option<CreateFeedRequestCourseInfoPayInfoDiscountInfo>,
    /// `price`.
    pub price: i64,
}
impl CreateFeedRequestCourseInfoPayInfo {
    /// A `CreateFeedRequestCourseInfoPayInfo` with its required fields (`csUserInfo`, `price`); set the others with the methods named after them.
    pub fn new(
        cs_user_info: CreateFeedRequestCourseInfoPayInfoCsUserInfo,
        price: i64,
    ) -> Self {
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
impl rt::serde::Serialize for CreateFeedRequestCourseInfoPayInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("csUserInfo", &self.cs_user_info)?;
        object.optional("discountInfo", &self.discount_info)?;
        object.field("price", &self.price)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateFeedRequestCourseInfoPayInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFeedRequestCourseInfoPayInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "csUserInfo" => rt::read_field(map, &mut self.cs_user_info),
            "discountInfo" => rt::read_field(map, &mut self.discount_info),
            "price" => rt::read_field(map, &mut self.price),
            _ => Ok(false),
        }
    }
}
/// `CreateFeedRequestFeedInfoMediaContents`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequestFeedInfoMediaContents {
    /// `mediaId`.
    pub media_id: String,
    /// `title`.
    pub title: String,
    /// `type`.
    pub r#type: i64,
}
impl CreateFeedRequestFeedInfoMediaContents {
    /// A `CreateFeedRequestFeedInfoMediaContents` with its required fields (`mediaId`, `title`, `type`); set the others with the methods named after them.
    pub fn new(
        media_id: impl Into<String>,
        title: impl Into<String>,
        r#type: i64,
    ) -> Self {
        Self {
            media_id: media_id.into(),
            title: title.into(),
            r#type,
        }
    }
}
impl rt::serde::Serialize for CreateFeedRequestFeedInfoMediaContents {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("mediaId", &self.media_id)?;
        object.field("title", &self.title)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateFeedRequestFeedInfoMediaContents {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFeedRequestFeedInfoMediaContents {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `CreateFeedRequestFeedInfoRecommends`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequestFeedInfoRecommends {
    /// `objectId`.
    pub object_id: String,
    /// `type`.
    pub r#type: i64,
}
impl CreateFeedRequestFeedInfoRecommends {
    /// A `CreateFeedRequestFeedInfoRecommends` with its required fields (`objectId`, `type`); set the others with the methods named after them.
    pub fn new(object_id: impl Into<String>, r#type: i64) -> Self {
        Self {
            object_id: object_id.into(),
            r#type,
        }
    }
}
impl rt::serde::Serialize for CreateFeedRequestFeedInfoRecommends {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("objectId", &self.object_id)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateFeedRequestFeedInfoRecommends {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFeedRequestFeedInfoRecommends {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objectId" => rt::read_field(map, &mut self.object_id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `DeleteVideosResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteVideosResponseBodyResult {
    /// `failed`.
    pub failed: Option<Vec<String>>,
    /// `success`.
    pub success: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteVideosResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteVideosResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failed" => rt::read_field(map, &mut self.failed),
            "success" => rt::read_field(map, &mut self.success),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteVideosResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failed", &self.failed)?;
        object.optional("success", &self.success)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `GetFeedResponseBodyFeedItem`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFeedResponseBodyFeedItem {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFeedResponseBodyFeedItem {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "durationMillis" => rt::read_field(map, &mut self.duration_millis),
            "feedContentType" => rt::read_field(map, &mut self.feed_content_type),
            "itemId" => rt::read_field(map, &mut self.item_id),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFeedResponseBodyFeedItem {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("durationMillis", &self.duration_millis)?;
        object.optional("feedContentType", &self.feed_content_type)?;
        object.optional("itemId", &self.item_id)?;
        object.optional("title", &self.title)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `ListItemUserDataResponseBodyStudyInfos`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListItemUserDataResponseBodyStudyInfos {
    /// `durationMillis`.
    pub duration_millis: Option<i64>,
    /// `uid`.
    pub uid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListItemUserDataResponseBodyStudyInfos {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListItemUserDataResponseBodyStudyInfos {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "durationMillis" => rt::read_field(map, &mut self.duration_millis),
            "uid" => rt::read_field(map, &mut self.uid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListItemUserDataResponseBodyStudyInfos {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("durationMillis", &self.duration_millis)?;
        object.optional("uid", &self.uid)?;
        object.end()
    }
}
/// `PageFeedResponseBodyFeedList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for PageFeedResponseBodyFeedList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PageFeedResponseBodyFeedList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "feedCategory" => rt::read_field(map, &mut self.feed_category),
            "feedId" => rt::read_field(map, &mut self.feed_id),
            "feedType" => rt::read_field(map, &mut self.feed_type),
            "name" => rt::read_field(map, &mut self.name),
            "thumbUrl" => rt::read_field(map, &mut self.thumb_url),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for PageFeedResponseBodyFeedList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("feedCategory", &self.feed_category)?;
        object.optional("feedId", &self.feed_id)?;
        object.optional("feedType", &self.feed_type)?;
        object.optional("name", &self.name)?;
        object.optional("thumbUrl", &self.thumb_url)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `UploadVideosResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for UploadVideosResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UploadVideosResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failed" => rt::read_field(map, &mut self.failed),
            "hasUploaded" => rt::read_field(map, &mut self.has_uploaded),
            "success" => rt::read_field(map, &mut self.success),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UploadVideosResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failed", &self.failed)?;
        object.optional("hasUploaded", &self.has_uploaded)?;
        object.optional("success", &self.success)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `CreateFeedRequestCourseInfoPayInfoCsUserInfo`: the same model as [`CreateFeedRequestCourseInfoLectorUserInfo`].
pub type CreateFeedRequestCourseInfoPayInfoCsUserInfo = CreateFeedRequestCourseInfoLectorUserInfo;
/// `CreateFeedRequestCourseInfoPayInfoDiscountInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequestCourseInfoPayInfoDiscountInfo {
    /// `endTimeMillis`.
    pub end_time_millis: i64,
    /// `price`.
    pub price: i64,
    /// `startTimeMillis`.
    pub start_time_millis: i64,
}
impl CreateFeedRequestCourseInfoPayInfoDiscountInfo {
    /// A `CreateFeedRequestCourseInfoPayInfoDiscountInfo` with its required fields (`endTimeMillis`, `price`, `startTimeMillis`); set the others with the methods named after them.
    pub fn new(end_time_millis: i64, price: i64, start_time_millis: i64) -> Self {
        Self {
            end_time_millis,
            price,
            start_time_millis,
        }
    }
}
impl rt::serde::Serialize for CreateFeedRequestCourseInfoPayInfoDiscountInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endTimeMillis", &self.end_time_millis)?;
        object.field("price", &self.price)?;
        object.field("startTimeMillis", &self.start_time_millis)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for CreateFeedRequestCourseInfoPayInfoDiscountInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFeedRequestCourseInfoPayInfoDiscountInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTimeMillis" => rt::read_field(map, &mut self.end_time_millis),
            "price" => rt::read_field(map, &mut self.price),
            "startTimeMillis" => rt::read_field(map, &mut self.start_time_millis),
            _ => Ok(false),
        }
    }
}
/// The request of [`Api::create_feed`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateFeedRequest {
    /// `courseInfo`.
    pub course_info: Option<CreateFeedRequestCourseInfo>,
    /// `createUserId`.
    pub create_user_id: String,
    /// `feedInfo`.
    pub feed_info: CreateFeedRequestFeedInfo,
}
impl CreateFeedRequest {
    /// A `CreateFeedRequest` with its required fields (`createUserId`, `feedInfo`); set the others with the methods named after them.
    pub fn new(
        create_user_id: impl Into<String>,
        feed_info: CreateFeedRequestFeedInfo,
    ) -> Self {
        Self {
            course_info: None,
            create_user_id: create_user_id.into(),
            feed_info,
        }
    }
    /// Sets `courseInfo`.
    pub fn course_info(mut self, value: CreateFeedRequestCourseInfo) -> Self {
        self.course_info = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateFeedRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("courseInfo", &self.course_info)?;
        object.field("createUserId", &self.create_user_id)?;
        object.field("feedInfo", &self.feed_info)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateFeedRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateFeedRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "courseInfo" => rt::read_field(map, &mut self.course_info),
            "createUserId" => rt::read_field(map, &mut self.create_user_id),
            "feedInfo" => rt::read_field(map, &mut self.feed_info),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteVideosRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteVideosRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFeedRequest {
    /// `mcnId`: a query parameter.
    pub mcn_id: String,
}
impl GetFeedRequest {
    /// A `GetFeedRequest` with its required fields (`mcnId`); set the others with the methods named after them.
    pub fn new(mcn_id: impl Into<String>) -> Self {
        Self { mcn_id: mcn_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFeedRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFeedRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mcnId" => rt::read_field(map, &mut self.mcn_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetFeedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("mcnId", &self.mcn_id);
    }
}
/// The request of [`Api::get_media_cerficate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetMediaCerficateRequest {
    /// A `GetMediaCerficateRequest` with its required fields (`fileName`, `mcnId`, `mediaTitle`, `userId`); set the others with the methods named after them.
    pub fn new(
        file_name: impl Into<String>,
        mcn_id: impl Into<String>,
        media_title: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            file_name: file_name.into(),
            mcn_id: mcn_id.into(),
            media_id: None,
            media_introduction: None,
            media_title: media_title.into(),
            thumb_url: None,
            user_id: user_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetMediaCerficateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetMediaCerficateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fileName" => rt::read_field(map, &mut self.file_name),
            "mcnId" => rt::read_field(map, &mut self.mcn_id),
            "mediaId" => rt::read_field(map, &mut self.media_id),
            "mediaIntroduction" => rt::read_field(map, &mut self.media_introduction),
            "mediaTitle" => rt::read_field(map, &mut self.media_title),
            "thumbUrl" => rt::read_field(map, &mut self.thumb_url),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListItemUserDataRequest {
    /// `body`.
    pub body: Vec<String>,
}
impl ListItemUserDataRequest {
    /// A `ListItemUserDataRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            body: body.into_iter().map(Into::into).collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListItemUserDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListItemUserDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListItemUserDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::page_feed`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PageFeedRequest {
    /// A `PageFeedRequest` with its required fields (`maxResults`, `mcnId`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, mcn_id: impl Into<String>, next_token: i64) -> Self {
        Self {
            max_results,
            mcn_id: mcn_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PageFeedRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PageFeedRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "mcnId" => rt::read_field(map, &mut self.mcn_id),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UploadVideosRequest {
    /// `body`.
    pub body: Vec<UploadVideosRequestBody>,
}
impl UploadVideosRequest {
    /// A `UploadVideosRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: impl IntoIterator<Item = UploadVideosRequestBody>) -> Self {
        Self {
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UploadVideosRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UploadVideosRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
