// @generated from api-spec/sns_storage_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 三方个人应用存储 (SNS Storage)：三方个人应用的文件与文件夹。
//!
//! 10 operations, methods of [`Api`] (`client.sns_storage_1_0()`), behind the cargo feature `sns_storage_1_0`; its paths start with `/v1.0/snsStorage/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `sns_storage_1_0`. Get it with `client.sns_storage_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 三方个人应用批量获取文件或文件夹信息
    ///
    /// `POST /v1.0/snsStorage/spaces/{spaceId}/dentries/batchQuery`: DingTalk's `GetDentries` (module feature `sns_storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDentries")]
    #[doc(alias = "/v1.0/snsStorage/spaces/{spaceId}/dentries/batchQuery")]
    #[doc(alias = "POST /v1.0/snsStorage/spaces/{spaceId}/dentries/batchQuery")]
    pub fn get_dentries(
        &self,
        space_id: &str,
        request: &GetDentriesRequest,
    ) -> rt::Call<GetDentriesResponseBody, GetDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentries",
            rt::Method::Post,
            "/v1.0/snsStorage/spaces/{spaceId}/dentries/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 三方个人应用获取文件(夹)信息
    ///
    /// `POST /v1.0/snsStorage/spaces/{spaceId}/dentries/{dentryId}/query`: DingTalk's `GetDentry` (module feature `sns_storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDentry")]
    #[doc(alias = "/v1.0/snsStorage/spaces/{spaceId}/dentries/{dentryId}/query")]
    #[doc(alias = "POST /v1.0/snsStorage/spaces/{spaceId}/dentries/{dentryId}/query")]
    pub fn get_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &GetDentryRequest,
    ) -> rt::Call<GetDentryResponseBody, GetDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentry",
            rt::Method::Post,
            "/v1.0/snsStorage/spaces/{spaceId}/dentries/{dentryId}/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 三方个人应用批量获取文件缩略图
    ///
    /// `POST /v1.0/snsStorage/spaces/{spaceId}/thumbnails/query`: DingTalk's `GetDentryThumbnails` (module feature `sns_storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDentryThumbnails")]
    #[doc(alias = "/v1.0/snsStorage/spaces/{spaceId}/thumbnails/query")]
    #[doc(alias = "POST /v1.0/snsStorage/spaces/{spaceId}/thumbnails/query")]
    pub fn get_dentry_thumbnails(
        &self,
        space_id: &str,
        request: &GetDentryThumbnailsRequest,
    ) -> rt::Call<GetDentryThumbnailsResponseBody, GetDentryThumbnailsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentryThumbnails",
            rt::Method::Post,
            "/v1.0/snsStorage/spaces/{spaceId}/thumbnails/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 三方个人应用获取文件下载信息
    ///
    /// `POST /v1.0/snsStorage/spaces/{spaceId}/dentries/{dentryId}/downloadInfos/query`: DingTalk's `GetFileDownloadInfo` (module feature `sns_storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    /// - `dentry_id`: `{dentryId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFileDownloadInfo")]
    #[doc(
        alias = "/v1.0/snsStorage/spaces/{spaceId}/dentries/{dentryId}/downloadInfos/query"
    )]
    #[doc(
        alias = "POST /v1.0/snsStorage/spaces/{spaceId}/dentries/{dentryId}/downloadInfos/query"
    )]
    pub fn get_file_download_info(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &GetFileDownloadInfoRequest,
    ) -> rt::Call<GetFileDownloadInfoResponseBody, GetFileDownloadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileDownloadInfo",
            rt::Method::Post,
            "/v1.0/snsStorage/spaces/{spaceId}/dentries/{dentryId}/downloadInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 三方个人应用获取IM会话存储空间信息
    ///
    /// `POST /v1.0/snsStorage/conversations/spaces/query`: DingTalk's `GetSpace` (module feature `sns_storage_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSpace")]
    #[doc(alias = "/v1.0/snsStorage/conversations/spaces/query")]
    #[doc(alias = "POST /v1.0/snsStorage/conversations/spaces/query")]
    pub fn get_space(
        &self,
        request: &GetSpaceRequest,
    ) -> rt::Call<GetSpaceResponseBody, GetSpaceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSpace",
            rt::Method::Post,
            "/v1.0/snsStorage/conversations/spaces/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 三方个人应用获取全部文件或文件夹列表
    ///
    /// `POST /v1.0/snsStorage/spaces/{spaceId}/dentries/listAll`: DingTalk's `ListAllDentries` (module feature `sns_storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListAllDentries")]
    #[doc(alias = "/v1.0/snsStorage/spaces/{spaceId}/dentries/listAll")]
    #[doc(alias = "POST /v1.0/snsStorage/spaces/{spaceId}/dentries/listAll")]
    pub fn list_all_dentries(
        &self,
        space_id: &str,
        request: &ListAllDentriesRequest,
    ) -> rt::Call<ListAllDentriesResponseBody, ListAllDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAllDentries",
            rt::Method::Post,
            "/v1.0/snsStorage/spaces/{spaceId}/dentries/listAll",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 三方个人应用获取文件列表
    ///
    /// `GET /v1.0/snsStorage/spaces/{spaceId}/dentries`: DingTalk's `ListDentries` (module feature `sns_storage_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `space_id`: `{spaceId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_dentries_pages`].
    #[doc(alias = "ListDentries")]
    #[doc(alias = "/v1.0/snsStorage/spaces/{spaceId}/dentries")]
    #[doc(alias = "GET /v1.0/snsStorage/spaces/{spaceId}/dentries")]
    pub fn list_dentries(
        &self,
        space_id: &str,
        request: &ListDentriesRequest,
    ) -> rt::Call<ListDentriesResponseBody, ListDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDentries",
            rt::Method::Get,
            "/v1.0/snsStorage/spaces/{spaceId}/dentries",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取会话过期文件列表
    ///
    /// `POST /v1.0/snsStorage/conversations/expiredFileLists/query`: DingTalk's `ListExpired` (module feature `sns_storage_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListExpired")]
    #[doc(alias = "/v1.0/snsStorage/conversations/expiredFileLists/query")]
    #[doc(alias = "POST /v1.0/snsStorage/conversations/expiredFileLists/query")]
    pub fn list_expired(
        &self,
        request: &ListExpiredRequest,
    ) -> rt::Call<ListExpiredResponseBody, ListExpiredError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListExpired",
            rt::Method::Post,
            "/v1.0/snsStorage/conversations/expiredFileLists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 三方个人应用订阅文件变更事件
    ///
    /// `POST /v1.0/snsStorage/events/subscribe`: DingTalk's `SubscribeEvent` (module feature `sns_storage_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubscribeEvent")]
    #[doc(alias = "/v1.0/snsStorage/events/subscribe")]
    #[doc(alias = "POST /v1.0/snsStorage/events/subscribe")]
    pub fn subscribe_event(
        &self,
        request: &SubscribeEventRequest,
    ) -> rt::Call<SubscribeEventResponseBody, SubscribeEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubscribeEvent",
            rt::Method::Post,
            "/v1.0/snsStorage/events/subscribe",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 三方个人应用取消订阅文件变更事件
    ///
    /// `POST /v1.0/snsStorage/events/unsubscribe`: DingTalk's `UnsubscribeEvent` (module feature `sns_storage_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UnsubscribeEvent")]
    #[doc(alias = "/v1.0/snsStorage/events/unsubscribe")]
    #[doc(alias = "POST /v1.0/snsStorage/events/unsubscribe")]
    pub fn unsubscribe_event(
        &self,
        request: &UnsubscribeEventRequest,
    ) -> rt::Call<UnsubscribeEventResponseBody, UnsubscribeEventError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnsubscribeEvent",
            rt::Method::Post,
            "/v1.0/snsStorage/events/unsubscribe",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::list_dentries`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `dentries` of each page.
    pub fn list_dentries_pages(
        &self,
        space_id: &str,
        request: &ListDentriesRequest,
    ) -> rt::Paginator<
        ListDentriesResponseBody,
        ListDentriesError,
        ListDentriesResponseBodyDentries,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["dentries"],
        );
        rt::Paginator::new(self.list_dentries(space_id, request), &PAGING)
    }
}
/// `GetDentriesRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDentriesRequestOption {
    /// `appIdsForAppProperties`.
    pub app_ids_for_app_properties: Option<Vec<String>>,
}
impl GetDentriesRequestOption {
    /// An empty `GetDentriesRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appIdsForAppProperties`.
    pub fn app_ids_for_app_properties(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.app_ids_for_app_properties = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    GetDentriesRequestOption { "appIdsForAppProperties" =>
    optional(app_ids_for_app_properties) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDentriesRequestOption { "appIdsForAppProperties" =>
    read_field(app_ids_for_app_properties) }
}
/// `GetDentriesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentriesResponseBody {
    /// `resultItems`.
    pub result_items: Option<Vec<GetDentriesResponseBodyResultItems>>,
}
rt::impl_deserialize! {
    GetDentriesResponseBody { "resultItems" => read_field(result_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentriesResponseBody { "resultItems" => optional(result_items) }
}
/// `GetDentryRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDentryRequestOption {
    /// `appIdsForAppProperties`.
    pub app_ids_for_app_properties: Option<Vec<String>>,
    /// `withThumbnail`.
    pub with_thumbnail: Option<bool>,
}
impl GetDentryRequestOption {
    /// An empty `GetDentryRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appIdsForAppProperties`.
    pub fn app_ids_for_app_properties(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.app_ids_for_app_properties = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
    /// Sets `withThumbnail`.
    pub fn with_thumbnail(mut self, value: bool) -> Self {
        self.with_thumbnail = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetDentryRequestOption { "appIdsForAppProperties" =>
    optional(app_ids_for_app_properties), "withThumbnail" => optional(with_thumbnail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDentryRequestOption { "appIdsForAppProperties" =>
    read_field(app_ids_for_app_properties), "withThumbnail" => read_field(with_thumbnail)
    }
}
/// `GetDentryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentryResponseBody {
    /// `dentry`.
    pub dentry: Option<GetDentryResponseBodyDentry>,
}
rt::impl_deserialize! {
    GetDentryResponseBody { "dentry" => read_field(dentry) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentryResponseBody { "dentry" => optional(dentry) }
}
/// `GetDentryThumbnailsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentryThumbnailsResponseBody {
    /// `resultItems`.
    pub result_items: Option<Vec<GetDentryThumbnailsResponseBodyResultItems>>,
}
rt::impl_deserialize! {
    GetDentryThumbnailsResponseBody { "resultItems" => read_field(result_items) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentryThumbnailsResponseBody { "resultItems" => optional(result_items) }
}
/// `GetFileDownloadInfoRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileDownloadInfoRequestOption {
    /// `preferIntranet`.
    pub prefer_intranet: Option<bool>,
    /// `version`.
    pub version: Option<i64>,
}
impl GetFileDownloadInfoRequestOption {
    /// An empty `GetFileDownloadInfoRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `preferIntranet`.
    pub fn prefer_intranet(mut self, value: bool) -> Self {
        self.prefer_intranet = Some(value);
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: i64) -> Self {
        self.version = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetFileDownloadInfoRequestOption { "preferIntranet" => optional(prefer_intranet),
    "version" => optional(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileDownloadInfoRequestOption { "preferIntranet" => read_field(prefer_intranet),
    "version" => read_field(version) }
}
/// `GetFileDownloadInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileDownloadInfoResponseBody {
    /// `headerSignatureInfo`.
    pub header_signature_info: Option<
        GetFileDownloadInfoResponseBodyHeaderSignatureInfo,
    >,
    /// `protocol`.
    pub protocol: Option<String>,
}
rt::impl_deserialize! {
    GetFileDownloadInfoResponseBody { "headerSignatureInfo" =>
    read_field(header_signature_info), "protocol" => read_field(protocol) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileDownloadInfoResponseBody { "headerSignatureInfo" =>
    optional(header_signature_info), "protocol" => optional(protocol) }
}
/// `GetSpaceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSpaceResponseBody {
    /// `space`.
    pub space: Option<GetSpaceResponseBodySpace>,
}
rt::impl_deserialize! {
    GetSpaceResponseBody { "space" => read_field(space) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSpaceResponseBody { "space" => optional(space) }
}
/// `ListAllDentriesRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllDentriesRequestOption {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `order`.
    pub order: Option<String>,
    /// `withThumbnail`.
    pub with_thumbnail: Option<bool>,
}
impl ListAllDentriesRequestOption {
    /// An empty `ListAllDentriesRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<String>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `withThumbnail`.
    pub fn with_thumbnail(mut self, value: bool) -> Self {
        self.with_thumbnail = Some(value);
        self
    }
}
rt::impl_serialize! {
    ListAllDentriesRequestOption { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token), "order" => optional(order), "withThumbnail" =>
    optional(with_thumbnail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListAllDentriesRequestOption { "maxResults" => read_field(max_results), "nextToken"
    => read_field(next_token), "order" => read_field(order), "withThumbnail" =>
    read_field(with_thumbnail) }
}
/// `ListAllDentriesResponseBody`, a model several operations share: also named [`ListDentriesResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAllDentriesResponseBody {
    /// `dentries`.
    pub dentries: Option<Vec<ListAllDentriesResponseBodyDentries>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListAllDentriesResponseBody { "dentries" => read_field(dentries), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListAllDentriesResponseBody { "dentries" => optional(dentries), "nextToken" =>
    optional(next_token) }
}
/// `ListDentriesResponseBody`: the same model as [`ListAllDentriesResponseBody`].
pub type ListDentriesResponseBody = ListAllDentriesResponseBody;
/// `ListExpiredRequestOption`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListExpiredRequestOption {
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl ListExpiredRequestOption {
    /// An empty `ListExpiredRequestOption`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ListExpiredRequestOption { "maxResults" => optional(max_results), "nextToken" =>
    optional(next_token) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListExpiredRequestOption { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
/// `ListExpiredResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListExpiredResponseBody {
    /// `files`.
    pub files: Option<Vec<ListExpiredResponseBodyFiles>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListExpiredResponseBody { "files" => read_field(files), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListExpiredResponseBody { "files" => optional(files), "nextToken" =>
    optional(next_token) }
}
/// `SubscribeEventResponseBody`, a model several operations share: also named [`UnsubscribeEventResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SubscribeEventResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SubscribeEventResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SubscribeEventResponseBody { "success" => optional(success) }
}
/// `UnsubscribeEventResponseBody`: the same model as [`SubscribeEventResponseBody`].
pub type UnsubscribeEventResponseBody = SubscribeEventResponseBody;
/// `GetDentriesResponseBodyResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentriesResponseBodyResultItems {
    /// `dentry`.
    pub dentry: Option<GetDentriesResponseBodyResultItemsDentry>,
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetDentriesResponseBodyResultItems { "dentry" => read_field(dentry), "dentryId" =>
    read_field(dentry_id), "errorCode" => read_field(error_code), "spaceId" =>
    read_field(space_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentriesResponseBodyResultItems { "dentry" => optional(dentry), "dentryId" =>
    optional(dentry_id), "errorCode" => optional(error_code), "spaceId" =>
    optional(space_id), "success" => optional(success) }
}
/// `GetDentryResponseBodyDentry`, a model several operations share: also named [`ListAllDentriesResponseBodyDentries`], [`ListDentriesResponseBodyDentries`], [`GetDentriesResponseBodyResultItemsDentry`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentryResponseBodyDentry {
    /// `appProperties`.
    pub app_properties: Option<rt::BTreeMap<String, Vec<DentryAppPropertiesValue>>>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
    /// `partitionType`.
    pub partition_type: Option<String>,
    /// `path`.
    pub path: Option<String>,
    /// `properties`.
    pub properties: Option<GetDentryResponseBodyDentryProperties>,
    /// `size`.
    pub size: Option<i64>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `storageDriver`.
    pub storage_driver: Option<String>,
    /// `thumbnail`.
    pub thumbnail: Option<GetDentryResponseBodyDentryThumbnail>,
    /// `type`.
    pub r#type: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    GetDentryResponseBodyDentry { "appProperties" => read_field(app_properties),
    "createTime" => read_field(create_time), "creatorId" => read_field(creator_id),
    "extension" => read_field(extension), "id" => read_field(id), "modifiedTime" =>
    read_field(modified_time), "modifierId" => read_field(modifier_id), "name" =>
    read_field(name), "parentId" => read_field(parent_id), "partitionType" =>
    read_field(partition_type), "path" => read_field(path), "properties" =>
    read_field(properties), "size" => read_field(size), "spaceId" =>
    read_field(space_id), "status" => read_field(status), "storageDriver" =>
    read_field(storage_driver), "thumbnail" => read_field(thumbnail), "type" =>
    read_field(r#type), "uuid" => read_field(uuid), "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentryResponseBodyDentry { "appProperties" => optional(app_properties),
    "createTime" => optional(create_time), "creatorId" => optional(creator_id),
    "extension" => optional(extension), "id" => optional(id), "modifiedTime" =>
    optional(modified_time), "modifierId" => optional(modifier_id), "name" =>
    optional(name), "parentId" => optional(parent_id), "partitionType" =>
    optional(partition_type), "path" => optional(path), "properties" =>
    optional(properties), "size" => optional(size), "spaceId" => optional(space_id),
    "status" => optional(status), "storageDriver" => optional(storage_driver),
    "thumbnail" => optional(thumbnail), "type" => optional(r#type), "uuid" =>
    optional(uuid), "version" => optional(version) }
}
/// `GetDentryThumbnailsResponseBodyResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentryThumbnailsResponseBodyResultItems {
    /// `dentryId`.
    pub dentry_id: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `thumbnail`.
    pub thumbnail: Option<GetDentryThumbnailsResponseBodyResultItemsThumbnail>,
}
rt::impl_deserialize! {
    GetDentryThumbnailsResponseBodyResultItems { "dentryId" => read_field(dentry_id),
    "errorCode" => read_field(error_code), "spaceId" => read_field(space_id), "success"
    => read_field(success), "thumbnail" => read_field(thumbnail) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentryThumbnailsResponseBodyResultItems { "dentryId" => optional(dentry_id),
    "errorCode" => optional(error_code), "spaceId" => optional(space_id), "success" =>
    optional(success), "thumbnail" => optional(thumbnail) }
}
/// `GetFileDownloadInfoResponseBodyHeaderSignatureInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFileDownloadInfoResponseBodyHeaderSignatureInfo {
    /// `expirationSeconds`.
    pub expiration_seconds: Option<i64>,
    /// `headers`.
    pub headers: Option<rt::BTreeMap<String, String>>,
    /// `internalResourceUrls`.
    pub internal_resource_urls: Option<Vec<String>>,
    /// `region`.
    pub region: Option<String>,
    /// `resourceUrls`.
    pub resource_urls: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetFileDownloadInfoResponseBodyHeaderSignatureInfo { "expirationSeconds" =>
    read_field(expiration_seconds), "headers" => read_field(headers),
    "internalResourceUrls" => read_field(internal_resource_urls), "region" =>
    read_field(region), "resourceUrls" => read_field(resource_urls) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFileDownloadInfoResponseBodyHeaderSignatureInfo { "expirationSeconds" =>
    optional(expiration_seconds), "headers" => optional(headers), "internalResourceUrls"
    => optional(internal_resource_urls), "region" => optional(region), "resourceUrls" =>
    optional(resource_urls) }
}
/// `GetSpaceResponseBodySpace`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetSpaceResponseBodySpace {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
}
rt::impl_deserialize! {
    GetSpaceResponseBodySpace { "corpId" => read_field(corp_id), "createTime" =>
    read_field(create_time), "modifiedTime" => read_field(modified_time), "spaceId" =>
    read_field(space_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetSpaceResponseBodySpace { "corpId" => optional(corp_id), "createTime" =>
    optional(create_time), "modifiedTime" => optional(modified_time), "spaceId" =>
    optional(space_id) }
}
/// `ListAllDentriesResponseBodyDentries`: the same model as [`GetDentryResponseBodyDentry`].
pub type ListAllDentriesResponseBodyDentries = GetDentryResponseBodyDentry;
/// `ListDentriesResponseBodyDentries`: the same model as [`GetDentryResponseBodyDentry`].
pub type ListDentriesResponseBodyDentries = GetDentryResponseBodyDentry;
/// `ListExpiredResponseBodyFiles`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListExpiredResponseBodyFiles {
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creatorId`.
    pub creator_id: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `modifiedTime`.
    pub modified_time: Option<String>,
    /// `modifierId`.
    pub modifier_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `parentId`.
    pub parent_id: Option<String>,
    /// `path`.
    pub path: Option<String>,
    /// `size`.
    pub size: Option<i64>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `uuid`.
    pub uuid: Option<String>,
    /// `version`.
    pub version: Option<i64>,
}
rt::impl_deserialize! {
    ListExpiredResponseBodyFiles { "conversationId" => read_field(conversation_id),
    "createTime" => read_field(create_time), "creatorId" => read_field(creator_id),
    "extension" => read_field(extension), "id" => read_field(id), "modifiedTime" =>
    read_field(modified_time), "modifierId" => read_field(modifier_id), "name" =>
    read_field(name), "parentId" => read_field(parent_id), "path" => read_field(path),
    "size" => read_field(size), "spaceId" => read_field(space_id), "status" =>
    read_field(status), "type" => read_field(r#type), "uuid" => read_field(uuid),
    "version" => read_field(version) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListExpiredResponseBodyFiles { "conversationId" => optional(conversation_id),
    "createTime" => optional(create_time), "creatorId" => optional(creator_id),
    "extension" => optional(extension), "id" => optional(id), "modifiedTime" =>
    optional(modified_time), "modifierId" => optional(modifier_id), "name" =>
    optional(name), "parentId" => optional(parent_id), "path" => optional(path), "size"
    => optional(size), "spaceId" => optional(space_id), "status" => optional(status),
    "type" => optional(r#type), "uuid" => optional(uuid), "version" => optional(version)
    }
}
/// `GetDentriesResponseBodyResultItemsDentry`: the same model as [`GetDentryResponseBodyDentry`].
pub type GetDentriesResponseBodyResultItemsDentry = GetDentryResponseBodyDentry;
/// `DentryAppPropertiesValue`, a model several operations share: also named [`DentriesAppPropertiesValue`], [`ResultItemsDentryAppPropertiesValue`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DentryAppPropertiesValue {
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
    /// `visibility`.
    pub visibility: Option<String>,
}
rt::impl_deserialize! {
    DentryAppPropertiesValue { "name" => read_field(name), "value" => read_field(value),
    "visibility" => read_field(visibility) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DentryAppPropertiesValue { "name" => optional(name), "value" => optional(value),
    "visibility" => optional(visibility) }
}
/// `GetDentryResponseBodyDentryProperties`, a model several operations share: also named [`ListAllDentriesResponseBodyDentriesProperties`], [`ListDentriesResponseBodyDentriesProperties`], [`GetDentriesResponseBodyResultItemsDentryProperties`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentryResponseBodyDentryProperties {
    /// `readOnly`.
    pub read_only: Option<bool>,
}
rt::impl_deserialize! {
    GetDentryResponseBodyDentryProperties { "readOnly" => read_field(read_only) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentryResponseBodyDentryProperties { "readOnly" => optional(read_only) }
}
/// `GetDentryResponseBodyDentryThumbnail`, a model several operations share: also named [`GetDentryThumbnailsResponseBodyResultItemsThumbnail`], [`ListAllDentriesResponseBodyDentriesThumbnail`], [`ListDentriesResponseBodyDentriesThumbnail`], [`GetDentriesResponseBodyResultItemsDentryThumbnail`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDentryResponseBodyDentryThumbnail {
    /// `height`.
    pub height: Option<i64>,
    /// `url`.
    pub url: Option<String>,
    /// `width`.
    pub width: Option<i64>,
}
rt::impl_deserialize! {
    GetDentryResponseBodyDentryThumbnail { "height" => read_field(height), "url" =>
    read_field(url), "width" => read_field(width) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDentryResponseBodyDentryThumbnail { "height" => optional(height), "url" =>
    optional(url), "width" => optional(width) }
}
/// `GetDentryThumbnailsResponseBodyResultItemsThumbnail`: the same model as [`GetDentryResponseBodyDentryThumbnail`].
pub type GetDentryThumbnailsResponseBodyResultItemsThumbnail = GetDentryResponseBodyDentryThumbnail;
/// `DentriesAppPropertiesValue`: the same model as [`DentryAppPropertiesValue`].
pub type DentriesAppPropertiesValue = DentryAppPropertiesValue;
/// `ListAllDentriesResponseBodyDentriesProperties`: the same model as [`GetDentryResponseBodyDentryProperties`].
pub type ListAllDentriesResponseBodyDentriesProperties = GetDentryResponseBodyDentryProperties;
/// `ListAllDentriesResponseBodyDentriesThumbnail`: the same model as [`GetDentryResponseBodyDentryThumbnail`].
pub type ListAllDentriesResponseBodyDentriesThumbnail = GetDentryResponseBodyDentryThumbnail;
/// `ListDentriesResponseBodyDentriesProperties`: the same model as [`GetDentryResponseBodyDentryProperties`].
pub type ListDentriesResponseBodyDentriesProperties = GetDentryResponseBodyDentryProperties;
/// `ListDentriesResponseBodyDentriesThumbnail`: the same model as [`GetDentryResponseBodyDentryThumbnail`].
pub type ListDentriesResponseBodyDentriesThumbnail = GetDentryResponseBodyDentryThumbnail;
/// `ResultItemsDentryAppPropertiesValue`: the same model as [`DentryAppPropertiesValue`].
pub type ResultItemsDentryAppPropertiesValue = DentryAppPropertiesValue;
/// `GetDentriesResponseBodyResultItemsDentryProperties`: the same model as [`GetDentryResponseBodyDentryProperties`].
pub type GetDentriesResponseBodyResultItemsDentryProperties = GetDentryResponseBodyDentryProperties;
/// `GetDentriesResponseBodyResultItemsDentryThumbnail`: the same model as [`GetDentryResponseBodyDentryThumbnail`].
pub type GetDentriesResponseBodyResultItemsDentryThumbnail = GetDentryResponseBodyDentryThumbnail;
/// The request of [`Api::get_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDentriesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryIds`.
    pub dentry_ids: Vec<String>,
    /// `option`.
    pub option: Option<GetDentriesRequestOption>,
}
/// The required fields of [`GetDentriesRequest`], each named where it is set: `GetDentriesRequest::new(GetDentriesRequired { .. })`.
pub struct GetDentriesRequired {
    /// `unionId`: see [`GetDentriesRequest::union_id`].
    pub union_id: String,
    /// `dentryIds`: see [`GetDentriesRequest::dentry_ids`].
    pub dentry_ids: Vec<String>,
}
impl GetDentriesRequest {
    /// A `GetDentriesRequest` with its required fields (`unionId`, `dentryIds`); set the others with the methods named after them.
    pub fn new(required: GetDentriesRequired) -> Self {
        let GetDentriesRequired { union_id, dentry_ids } = required;
        Self {
            union_id,
            dentry_ids,
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetDentriesRequest { "dentryIds" => field(dentry_ids), "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDentriesRequest { "unionId" => read_field(union_id), "dentryIds" =>
    read_field(dentry_ids), "option" => read_field(option) }
}
impl rt::WriteRequest for GetDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDentryRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<GetDentryRequestOption>,
}
/// The required fields of [`GetDentryRequest`], each named where it is set: `GetDentryRequest::new(GetDentryRequired { .. })`.
pub struct GetDentryRequired {
    /// `unionId`: see [`GetDentryRequest::union_id`].
    pub union_id: String,
}
impl GetDentryRequest {
    /// A `GetDentryRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetDentryRequired) -> Self {
        let GetDentryRequired { union_id } = required;
        Self { union_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetDentryRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetDentryRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDentryRequest { "unionId" => read_field(union_id), "option" => read_field(option)
    }
}
impl rt::WriteRequest for GetDentryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_dentry_thumbnails`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDentryThumbnailsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryIds`.
    pub dentry_ids: Vec<String>,
}
/// The required fields of [`GetDentryThumbnailsRequest`], each named where it is set: `GetDentryThumbnailsRequest::new(GetDentryThumbnailsRequired { .. })`.
pub struct GetDentryThumbnailsRequired {
    /// `unionId`: see [`GetDentryThumbnailsRequest::union_id`].
    pub union_id: String,
    /// `dentryIds`: see [`GetDentryThumbnailsRequest::dentry_ids`].
    pub dentry_ids: Vec<String>,
}
impl GetDentryThumbnailsRequest {
    /// A `GetDentryThumbnailsRequest` with its required fields (`unionId`, `dentryIds`); set the others with the methods named after them.
    pub fn new(required: GetDentryThumbnailsRequired) -> Self {
        let GetDentryThumbnailsRequired { union_id, dentry_ids } = required;
        Self { union_id, dentry_ids }
    }
}
rt::impl_serialize! {
    GetDentryThumbnailsRequest { "dentryIds" => field(dentry_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDentryThumbnailsRequest { "unionId" => read_field(union_id), "dentryIds" =>
    read_field(dentry_ids) }
}
impl rt::WriteRequest for GetDentryThumbnailsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_file_download_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFileDownloadInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<GetFileDownloadInfoRequestOption>,
}
/// The required fields of [`GetFileDownloadInfoRequest`], each named where it is set: `GetFileDownloadInfoRequest::new(GetFileDownloadInfoRequired { .. })`.
pub struct GetFileDownloadInfoRequired {
    /// `unionId`: see [`GetFileDownloadInfoRequest::union_id`].
    pub union_id: String,
}
impl GetFileDownloadInfoRequest {
    /// A `GetFileDownloadInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: GetFileDownloadInfoRequired) -> Self {
        let GetFileDownloadInfoRequired { union_id } = required;
        Self { union_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetFileDownloadInfoRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    GetFileDownloadInfoRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFileDownloadInfoRequest { "unionId" => read_field(union_id), "option" =>
    read_field(option) }
}
impl rt::WriteRequest for GetFileDownloadInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSpaceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
/// The required fields of [`GetSpaceRequest`], each named where it is set: `GetSpaceRequest::new(GetSpaceRequired { .. })`.
pub struct GetSpaceRequired {
    /// `unionId`: see [`GetSpaceRequest::union_id`].
    pub union_id: String,
    /// `openConversationId`: see [`GetSpaceRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl GetSpaceRequest {
    /// A `GetSpaceRequest` with its required fields (`unionId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: GetSpaceRequired) -> Self {
        let GetSpaceRequired { union_id, open_conversation_id } = required;
        Self {
            union_id,
            open_conversation_id,
        }
    }
}
rt::impl_serialize! {
    GetSpaceRequest { "openConversationId" => field(open_conversation_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetSpaceRequest { "unionId" => read_field(union_id), "openConversationId" =>
    read_field(open_conversation_id) }
}
impl rt::WriteRequest for GetSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_all_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListAllDentriesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<ListAllDentriesRequestOption>,
}
/// The required fields of [`ListAllDentriesRequest`], each named where it is set: `ListAllDentriesRequest::new(ListAllDentriesRequired { .. })`.
pub struct ListAllDentriesRequired {
    /// `unionId`: see [`ListAllDentriesRequest::union_id`].
    pub union_id: String,
}
impl ListAllDentriesRequest {
    /// A `ListAllDentriesRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: ListAllDentriesRequired) -> Self {
        let ListAllDentriesRequired { union_id } = required;
        Self { union_id, option: None }
    }
    /// Sets `option`.
    pub fn option(mut self, value: ListAllDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    ListAllDentriesRequest { "option" => optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListAllDentriesRequest { "unionId" => read_field(union_id), "option" =>
    read_field(option) }
}
impl rt::WriteRequest for ListAllDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListDentriesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `order`: a query parameter.
    pub order: Option<String>,
    /// `orderBy`: a query parameter.
    pub order_by: Option<String>,
    /// `parentId`: a query parameter.
    pub parent_id: String,
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `withThumbnail`: a query parameter.
    pub with_thumbnail: Option<bool>,
}
/// The required fields of [`ListDentriesRequest`], each named where it is set: `ListDentriesRequest::new(ListDentriesRequired { .. })`.
pub struct ListDentriesRequired {
    /// `parentId`: see [`ListDentriesRequest::parent_id`].
    pub parent_id: String,
    /// `unionId`: see [`ListDentriesRequest::union_id`].
    pub union_id: String,
}
impl ListDentriesRequest {
    /// A `ListDentriesRequest` with its required fields (`parentId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: ListDentriesRequired) -> Self {
        let ListDentriesRequired { parent_id, union_id } = required;
        Self {
            max_results: None,
            next_token: None,
            order: None,
            order_by: None,
            parent_id,
            union_id,
            with_thumbnail: None,
        }
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: impl Into<String>) -> Self {
        self.order = Some(value.into());
        self
    }
    /// Sets `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sets `withThumbnail`.
    pub fn with_thumbnail(mut self, value: bool) -> Self {
        self.with_thumbnail = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListDentriesRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "order" => read_field(order), "orderBy" =>
    read_field(order_by), "parentId" => read_field(parent_id), "unionId" =>
    read_field(union_id), "withThumbnail" => read_field(with_thumbnail) }
}
impl rt::WriteRequest for ListDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("order", &self.order);
        writer.query("orderBy", &self.order_by);
        writer.query("parentId", &self.parent_id);
        writer.query("unionId", &self.union_id);
        writer.query("withThumbnail", &self.with_thumbnail);
    }
}
/// The request of [`Api::list_expired`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListExpiredRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `option`.
    pub option: Option<ListExpiredRequestOption>,
}
/// The required fields of [`ListExpiredRequest`], each named where it is set: `ListExpiredRequest::new(ListExpiredRequired { .. })`.
pub struct ListExpiredRequired {
    /// `unionId`: see [`ListExpiredRequest::union_id`].
    pub union_id: String,
    /// `openConversationId`: see [`ListExpiredRequest::open_conversation_id`].
    pub open_conversation_id: String,
}
impl ListExpiredRequest {
    /// A `ListExpiredRequest` with its required fields (`unionId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(required: ListExpiredRequired) -> Self {
        let ListExpiredRequired { union_id, open_conversation_id } = required;
        Self {
            union_id,
            open_conversation_id,
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: ListExpiredRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
rt::impl_serialize! {
    ListExpiredRequest { "openConversationId" => field(open_conversation_id), "option" =>
    optional(option) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListExpiredRequest { "unionId" => read_field(union_id), "openConversationId" =>
    read_field(open_conversation_id), "option" => read_field(option) }
}
impl rt::WriteRequest for ListExpiredRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::subscribe_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SubscribeEventRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `scope`.
    pub scope: String,
    /// `scopeId`.
    pub scope_id: String,
}
/// The required fields of [`SubscribeEventRequest`], each named where it is set: `SubscribeEventRequest::new(SubscribeEventRequired { .. })`.
pub struct SubscribeEventRequired {
    /// `unionId`: see [`SubscribeEventRequest::union_id`].
    pub union_id: String,
    /// `scope`: see [`SubscribeEventRequest::scope`].
    pub scope: String,
    /// `scopeId`: see [`SubscribeEventRequest::scope_id`].
    pub scope_id: String,
}
impl SubscribeEventRequest {
    /// A `SubscribeEventRequest` with its required fields (`unionId`, `scope`, `scopeId`); set the others with the methods named after them.
    pub fn new(required: SubscribeEventRequired) -> Self {
        let SubscribeEventRequired { union_id, scope, scope_id } = required;
        Self { union_id, scope, scope_id }
    }
}
rt::impl_serialize! {
    SubscribeEventRequest { "scope" => field(scope), "scopeId" => field(scope_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubscribeEventRequest { "unionId" => read_field(union_id), "scope" =>
    read_field(scope), "scopeId" => read_field(scope_id) }
}
impl rt::WriteRequest for SubscribeEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::unsubscribe_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UnsubscribeEventRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `scope`.
    pub scope: String,
    /// `scopeId`.
    pub scope_id: String,
}
/// The required fields of [`UnsubscribeEventRequest`], each named where it is set: `UnsubscribeEventRequest::new(UnsubscribeEventRequired { .. })`.
pub struct UnsubscribeEventRequired {
    /// `unionId`: see [`UnsubscribeEventRequest::union_id`].
    pub union_id: String,
    /// `scope`: see [`UnsubscribeEventRequest::scope`].
    pub scope: String,
    /// `scopeId`: see [`UnsubscribeEventRequest::scope_id`].
    pub scope_id: String,
}
impl UnsubscribeEventRequest {
    /// A `UnsubscribeEventRequest` with its required fields (`unionId`, `scope`, `scopeId`); set the others with the methods named after them.
    pub fn new(required: UnsubscribeEventRequired) -> Self {
        let UnsubscribeEventRequired { union_id, scope, scope_id } = required;
        Self { union_id, scope, scope_id }
    }
}
rt::impl_serialize! {
    UnsubscribeEventRequest { "scope" => field(scope), "scopeId" => field(scope_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UnsubscribeEventRequest { "unionId" => read_field(union_id), "scope" =>
    read_field(scope), "scopeId" => read_field(scope_id) }
}
impl rt::WriteRequest for UnsubscribeEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::get_dentries`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDentriesError = rt::ServiceError;
/// An error reply of [`Api::get_dentry`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDentryError = rt::ServiceError;
/// An error reply of [`Api::get_dentry_thumbnails`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDentryThumbnailsError = rt::ServiceError;
/// An error reply of [`Api::get_file_download_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFileDownloadInfoError = rt::ServiceError;
/// An error reply of [`Api::get_space`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSpaceError = rt::ServiceError;
/// An error reply of [`Api::list_all_dentries`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListAllDentriesError = rt::ServiceError;
/// An error reply of [`Api::list_dentries`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListDentriesError = rt::ServiceError;
/// An error reply of [`Api::list_expired`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListExpiredError = rt::ServiceError;
/// An error reply of [`Api::subscribe_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubscribeEventError = rt::ServiceError;
/// An error reply of [`Api::unsubscribe_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UnsubscribeEventError = rt::ServiceError;
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
        "GetDentries" => {
            rt::conformance::reply(
                    api.get_dentries(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "GetDentry" => {
            rt::conformance::reply(
                    api
                        .get_dentry(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "GetDentryThumbnails" => {
            rt::conformance::reply(
                    api
                        .get_dentry_thumbnails(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "GetFileDownloadInfo" => {
            rt::conformance::reply(
                    api
                        .get_file_download_info(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "GetSpace" => rt::conformance::reply(api.get_space(&inputs.request(true)?)).await,
        "ListAllDentries" => {
            rt::conformance::reply(
                    api.list_all_dentries(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "ListDentries" => {
            rt::conformance::reply(
                    api.list_dentries(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ListExpired" => {
            rt::conformance::reply(api.list_expired(&inputs.request(true)?)).await
        }
        "SubscribeEvent" => {
            rt::conformance::reply(api.subscribe_event(&inputs.request(true)?)).await
        }
        "UnsubscribeEvent" => {
            rt::conformance::reply(api.unsubscribe_event(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
