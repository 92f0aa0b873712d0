// @generated from api-spec/sns_storage_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.sns_storage_1_0()`. Generated from `api-spec/sns_storage_1_0.yaml`.
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
    /// `POST /v1.0/snsStorage/spaces/{space_id}/dentries/batchQuery` (operation `GetDentries`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDentriesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_dentries(
        &self,
        space_id: &str,
        request: &GetDentriesRequest,
    ) -> rt::Call<GetDentriesResponseBody, GetDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentries",
            rt::Method::Post,
            "/v1.0/snsStorage/spaces/{space_id}/dentries/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 三方个人应用获取文件(夹)信息
    ///
    /// `POST /v1.0/snsStorage/spaces/{space_id}/dentries/{dentry_id}/query` (operation `GetDentry`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDentryError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_dentry(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &GetDentryRequest,
    ) -> rt::Call<GetDentryResponseBody, GetDentryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentry",
            rt::Method::Post,
            "/v1.0/snsStorage/spaces/{space_id}/dentries/{dentry_id}/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 三方个人应用批量获取文件缩略图
    ///
    /// `POST /v1.0/snsStorage/spaces/{space_id}/thumbnails/query` (operation `GetDentryThumbnails`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDentryThumbnailsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_dentry_thumbnails(
        &self,
        space_id: &str,
        request: &GetDentryThumbnailsRequest,
    ) -> rt::Call<GetDentryThumbnailsResponseBody, GetDentryThumbnailsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDentryThumbnails",
            rt::Method::Post,
            "/v1.0/snsStorage/spaces/{space_id}/thumbnails/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 三方个人应用获取文件下载信息
    ///
    /// `POST /v1.0/snsStorage/spaces/{space_id}/dentries/{dentry_id}/downloadInfos/query` (operation `GetFileDownloadInfo`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    /// - `dentry_id` (`dentry_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFileDownloadInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_file_download_info(
        &self,
        space_id: &str,
        dentry_id: &str,
        request: &GetFileDownloadInfoRequest,
    ) -> rt::Call<GetFileDownloadInfoResponseBody, GetFileDownloadInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFileDownloadInfo",
            rt::Method::Post,
            "/v1.0/snsStorage/spaces/{space_id}/dentries/{dentry_id}/downloadInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id, dentry_id], request)
    }
    /// 三方个人应用获取IM会话存储空间信息
    ///
    /// `POST /v1.0/snsStorage/conversations/spaces/query` (operation `GetSpace`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetSpaceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/snsStorage/spaces/{space_id}/dentries/listAll` (operation `ListAllDentries`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListAllDentriesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_all_dentries(
        &self,
        space_id: &str,
        request: &ListAllDentriesRequest,
    ) -> rt::Call<ListAllDentriesResponseBody, ListAllDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListAllDentries",
            rt::Method::Post,
            "/v1.0/snsStorage/spaces/{space_id}/dentries/listAll",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 三方个人应用获取文件列表
    ///
    /// `GET /v1.0/snsStorage/spaces/{space_id}/dentries` (operation `ListDentries`).
    ///
    /// # Path parameters
    ///
    /// - `space_id` (`space_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListDentriesError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_dentries(
        &self,
        space_id: &str,
        request: &ListDentriesRequest,
    ) -> rt::Call<ListDentriesResponseBody, ListDentriesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDentries",
            rt::Method::Get,
            "/v1.0/snsStorage/spaces/{space_id}/dentries",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[space_id], request)
    }
    /// 获取会话过期文件列表
    ///
    /// `POST /v1.0/snsStorage/conversations/expiredFileLists/query` (operation `ListExpired`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListExpiredError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/snsStorage/events/subscribe` (operation `SubscribeEvent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SubscribeEventError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/snsStorage/events/unsubscribe` (operation `UnsubscribeEvent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UnsubscribeEventError`]; see [`Error`](::generated_client::Error) for the rest.
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
impl rt::serde::Serialize for GetDentriesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appIdsForAppProperties", &self.app_ids_for_app_properties)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDentriesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDentriesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appIdsForAppProperties" => {
                rt::read_field(map, &mut self.app_ids_for_app_properties)
            }
            _ => Ok(false),
        }
    }
}
/// `GetDentriesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDentriesResponseBody {
    /// `resultItems`.
    pub result_items: Option<Vec<GetDentriesResponseBodyResultItems>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDentriesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentriesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resultItems" => rt::read_field(map, &mut self.result_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDentriesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("resultItems", &self.result_items)?;
        object.end()
    }
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
impl rt::serde::Serialize for GetDentryRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appIdsForAppProperties", &self.app_ids_for_app_properties)?;
        object.optional("withThumbnail", &self.with_thumbnail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDentryRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDentryRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appIdsForAppProperties" => {
                rt::read_field(map, &mut self.app_ids_for_app_properties)
            }
            "withThumbnail" => rt::read_field(map, &mut self.with_thumbnail),
            _ => Ok(false),
        }
    }
}
/// `GetDentryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDentryResponseBody {
    /// `dentry`.
    pub dentry: Option<GetDentryResponseBodyDentry>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDentryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentry" => rt::read_field(map, &mut self.dentry),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDentryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentry", &self.dentry)?;
        object.end()
    }
}
/// `GetDentryThumbnailsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDentryThumbnailsResponseBody {
    /// `resultItems`.
    pub result_items: Option<Vec<GetDentryThumbnailsResponseBodyResultItems>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDentryThumbnailsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentryThumbnailsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "resultItems" => rt::read_field(map, &mut self.result_items),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDentryThumbnailsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("resultItems", &self.result_items)?;
        object.end()
    }
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
impl rt::serde::Serialize for GetFileDownloadInfoRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("preferIntranet", &self.prefer_intranet)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFileDownloadInfoRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFileDownloadInfoRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "preferIntranet" => rt::read_field(map, &mut self.prefer_intranet),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
/// `GetFileDownloadInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFileDownloadInfoResponseBody {
    /// `headerSignatureInfo`.
    pub header_signature_info: Option<
        GetFileDownloadInfoResponseBodyHeaderSignatureInfo,
    >,
    /// `protocol`.
    pub protocol: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for GetFileDownloadInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileDownloadInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "headerSignatureInfo" => rt::read_field(map, &mut self.header_signature_info),
            "protocol" => rt::read_field(map, &mut self.protocol),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileDownloadInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("headerSignatureInfo", &self.header_signature_info)?;
        object.optional("protocol", &self.protocol)?;
        object.end()
    }
}
/// `GetSpaceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetSpaceResponseBody {
    /// `space`.
    pub space: Option<GetSpaceResponseBodySpace>,
}
impl<'de> rt::serde::Deserialize<'de> for GetSpaceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSpaceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "space" => rt::read_field(map, &mut self.space),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSpaceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("space", &self.space)?;
        object.end()
    }
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
impl rt::serde::Serialize for ListAllDentriesRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("order", &self.order)?;
        object.optional("withThumbnail", &self.with_thumbnail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListAllDentriesRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListAllDentriesRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "order" => rt::read_field(map, &mut self.order),
            "withThumbnail" => rt::read_field(map, &mut self.with_thumbnail),
            _ => Ok(false),
        }
    }
}
/// `ListAllDentriesResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListAllDentriesResponseBody {
    /// `dentries`.
    pub dentries: Option<Vec<ListAllDentriesResponseBodyDentries>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListAllDentriesResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListAllDentriesResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentries" => rt::read_field(map, &mut self.dentries),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListAllDentriesResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentries", &self.dentries)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
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
impl rt::serde::Serialize for ListExpiredRequestOption {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListExpiredRequestOption {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListExpiredRequestOption {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
/// `ListExpiredResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListExpiredResponseBody {
    /// `files`.
    pub files: Option<Vec<ListExpiredResponseBodyFiles>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListExpiredResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListExpiredResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "files" => rt::read_field(map, &mut self.files),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListExpiredResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("files", &self.files)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `SubscribeEventResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubscribeEventResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SubscribeEventResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SubscribeEventResponseBody {
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
impl rt::serde::Serialize for SubscribeEventResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `UnsubscribeEventResponseBody`: the same model as [`SubscribeEventResponseBody`].
pub type UnsubscribeEventResponseBody = SubscribeEventResponseBody;
/// `GetDentriesResponseBodyResultItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDentriesResponseBodyResultItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentriesResponseBodyResultItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentry" => rt::read_field(map, &mut self.dentry),
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDentriesResponseBodyResultItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentry", &self.dentry)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetDentryResponseBodyDentry`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDentryResponseBodyDentry {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentryResponseBodyDentry {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appProperties" => rt::read_field(map, &mut self.app_properties),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "extension" => rt::read_field(map, &mut self.extension),
            "id" => rt::read_field(map, &mut self.id),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "modifierId" => rt::read_field(map, &mut self.modifier_id),
            "name" => rt::read_field(map, &mut self.name),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            "partitionType" => rt::read_field(map, &mut self.partition_type),
            "path" => rt::read_field(map, &mut self.path),
            "properties" => rt::read_field(map, &mut self.properties),
            "size" => rt::read_field(map, &mut self.size),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "status" => rt::read_field(map, &mut self.status),
            "storageDriver" => rt::read_field(map, &mut self.storage_driver),
            "thumbnail" => rt::read_field(map, &mut self.thumbnail),
            "type" => rt::read_field(map, &mut self.r#type),
            "uuid" => rt::read_field(map, &mut self.uuid),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDentryResponseBodyDentry {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appProperties", &self.app_properties)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("extension", &self.extension)?;
        object.optional("id", &self.id)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("modifierId", &self.modifier_id)?;
        object.optional("name", &self.name)?;
        object.optional("parentId", &self.parent_id)?;
        object.optional("partitionType", &self.partition_type)?;
        object.optional("path", &self.path)?;
        object.optional("properties", &self.properties)?;
        object.optional("size", &self.size)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("status", &self.status)?;
        object.optional("storageDriver", &self.storage_driver)?;
        object.optional("thumbnail", &self.thumbnail)?;
        object.optional("type", &self.r#type)?;
        object.optional("uuid", &self.uuid)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `GetDentryThumbnailsResponseBodyResultItems`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDentryThumbnailsResponseBodyResultItems {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentryThumbnailsResponseBodyResultItems {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dentryId" => rt::read_field(map, &mut self.dentry_id),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "success" => rt::read_field(map, &mut self.success),
            "thumbnail" => rt::read_field(map, &mut self.thumbnail),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDentryThumbnailsResponseBodyResultItems {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dentryId", &self.dentry_id)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("success", &self.success)?;
        object.optional("thumbnail", &self.thumbnail)?;
        object.end()
    }
}
/// `GetFileDownloadInfoResponseBodyHeaderSignatureInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetFileDownloadInfoResponseBodyHeaderSignatureInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFileDownloadInfoResponseBodyHeaderSignatureInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "expirationSeconds" => rt::read_field(map, &mut self.expiration_seconds),
            "headers" => rt::read_field(map, &mut self.headers),
            "internalResourceUrls" => {
                rt::read_field(map, &mut self.internal_resource_urls)
            }
            "region" => rt::read_field(map, &mut self.region),
            "resourceUrls" => rt::read_field(map, &mut self.resource_urls),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFileDownloadInfoResponseBodyHeaderSignatureInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expirationSeconds", &self.expiration_seconds)?;
        object.optional("headers", &self.headers)?;
        object.optional("internalResourceUrls", &self.internal_resource_urls)?;
        object.optional("region", &self.region)?;
        object.optional("resourceUrls", &self.resource_urls)?;
        object.end()
    }
}
/// `GetSpaceResponseBodySpace`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetSpaceResponseBodySpace {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetSpaceResponseBodySpace {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetSpaceResponseBodySpace {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("spaceId", &self.space_id)?;
        object.end()
    }
}
/// `ListAllDentriesResponseBodyDentries`: the same model as [`GetDentryResponseBodyDentry`].
pub type ListAllDentriesResponseBodyDentries = GetDentryResponseBodyDentry;
/// `ListDentriesResponseBodyDentries`: the same model as [`GetDentryResponseBodyDentry`].
pub type ListDentriesResponseBodyDentries = GetDentryResponseBodyDentry;
/// `ListExpiredResponseBodyFiles`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for ListExpiredResponseBodyFiles {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListExpiredResponseBodyFiles {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "conversationId" => rt::read_field(map, &mut self.conversation_id),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creatorId" => rt::read_field(map, &mut self.creator_id),
            "extension" => rt::read_field(map, &mut self.extension),
            "id" => rt::read_field(map, &mut self.id),
            "modifiedTime" => rt::read_field(map, &mut self.modified_time),
            "modifierId" => rt::read_field(map, &mut self.modifier_id),
            "name" => rt::read_field(map, &mut self.name),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            "path" => rt::read_field(map, &mut self.path),
            "size" => rt::read_field(map, &mut self.size),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "status" => rt::read_field(map, &mut self.status),
            "type" => rt::read_field(map, &mut self.r#type),
            "uuid" => rt::read_field(map, &mut self.uuid),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListExpiredResponseBodyFiles {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("conversationId", &self.conversation_id)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creatorId", &self.creator_id)?;
        object.optional("extension", &self.extension)?;
        object.optional("id", &self.id)?;
        object.optional("modifiedTime", &self.modified_time)?;
        object.optional("modifierId", &self.modifier_id)?;
        object.optional("name", &self.name)?;
        object.optional("parentId", &self.parent_id)?;
        object.optional("path", &self.path)?;
        object.optional("size", &self.size)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("status", &self.status)?;
        object.optional("type", &self.r#type)?;
        object.optional("uuid", &self.uuid)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
/// `GetDentriesResponseBodyResultItemsDentry`: the same model as [`GetDentryResponseBodyDentry`].
pub type GetDentriesResponseBodyResultItemsDentry = GetDentryResponseBodyDentry;
/// `DentryAppPropertiesValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DentryAppPropertiesValue {
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
    /// `visibility`.
    pub visibility: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DentryAppPropertiesValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DentryAppPropertiesValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "name" => rt::read_field(map, &mut self.name),
            "value" => rt::read_field(map, &mut self.value),
            "visibility" => rt::read_field(map, &mut self.visibility),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DentryAppPropertiesValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("name", &self.name)?;
        object.optional("value", &self.value)?;
        object.optional("visibility", &self.visibility)?;
        object.end()
    }
}
/// `GetDentryResponseBodyDentryProperties`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDentryResponseBodyDentryProperties {
    /// `readOnly`.
    pub read_only: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDentryResponseBodyDentryProperties {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentryResponseBodyDentryProperties {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "readOnly" => rt::read_field(map, &mut self.read_only),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDentryResponseBodyDentryProperties {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("readOnly", &self.read_only)?;
        object.end()
    }
}
/// `GetDentryResponseBodyDentryThumbnail`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDentryResponseBodyDentryThumbnail {
    /// `height`.
    pub height: Option<i64>,
    /// `url`.
    pub url: Option<String>,
    /// `width`.
    pub width: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDentryResponseBodyDentryThumbnail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDentryResponseBodyDentryThumbnail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "height" => rt::read_field(map, &mut self.height),
            "url" => rt::read_field(map, &mut self.url),
            "width" => rt::read_field(map, &mut self.width),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDentryResponseBodyDentryThumbnail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("height", &self.height)?;
        object.optional("url", &self.url)?;
        object.optional("width", &self.width)?;
        object.end()
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDentriesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryIds`.
    pub dentry_ids: Vec<String>,
    /// `option`.
    pub option: Option<GetDentriesRequestOption>,
}
impl GetDentriesRequest {
    /// A `GetDentriesRequest` with its required fields (`unionId`, `dentryIds`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        dentry_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            dentry_ids: dentry_ids.into_iter().map(Into::into).collect(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetDentriesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryIds", &self.dentry_ids)?;
        object.optional("option", &self.option)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDentriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDentriesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "dentryIds" => rt::read_field(map, &mut self.dentry_ids),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_dentry`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDentryRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<GetDentryRequestOption>,
}
impl GetDentryRequest {
    /// A `GetDentryRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetDentryRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetDentryRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDentryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDentryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDentryThumbnailsRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `dentryIds`.
    pub dentry_ids: Vec<String>,
}
impl GetDentryThumbnailsRequest {
    /// A `GetDentryThumbnailsRequest` with its required fields (`unionId`, `dentryIds`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        dentry_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            dentry_ids: dentry_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for GetDentryThumbnailsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dentryIds", &self.dentry_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDentryThumbnailsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDentryThumbnailsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "dentryIds" => rt::read_field(map, &mut self.dentry_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetDentryThumbnailsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_file_download_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFileDownloadInfoRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<GetFileDownloadInfoRequestOption>,
}
impl GetFileDownloadInfoRequest {
    /// A `GetFileDownloadInfoRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: GetFileDownloadInfoRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for GetFileDownloadInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFileDownloadInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFileDownloadInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetFileDownloadInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::get_space`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetSpaceRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
}
impl GetSpaceRequest {
    /// A `GetSpaceRequest` with its required fields (`unionId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        open_conversation_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            open_conversation_id: open_conversation_id.into(),
        }
    }
}
impl rt::serde::Serialize for GetSpaceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetSpaceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetSpaceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetSpaceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_all_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListAllDentriesRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `option`.
    pub option: Option<ListAllDentriesRequestOption>,
}
impl ListAllDentriesRequest {
    /// A `ListAllDentriesRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(union_id: impl Into<String>) -> Self {
        Self {
            union_id: union_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: ListAllDentriesRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for ListAllDentriesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("option", &self.option)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListAllDentriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListAllDentriesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListAllDentriesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::list_dentries`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ListDentriesRequest {
    /// A `ListDentriesRequest` with its required fields (`parentId`, `unionId`); set the others with the methods named after them.
    pub fn new(parent_id: impl Into<String>, union_id: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: None,
            order: None,
            order_by: None,
            parent_id: parent_id.into(),
            union_id: union_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListDentriesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListDentriesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "order" => rt::read_field(map, &mut self.order),
            "orderBy" => rt::read_field(map, &mut self.order_by),
            "parentId" => rt::read_field(map, &mut self.parent_id),
            "unionId" => rt::read_field(map, &mut self.union_id),
            "withThumbnail" => rt::read_field(map, &mut self.with_thumbnail),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ListExpiredRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `openConversationId`.
    pub open_conversation_id: String,
    /// `option`.
    pub option: Option<ListExpiredRequestOption>,
}
impl ListExpiredRequest {
    /// A `ListExpiredRequest` with its required fields (`unionId`, `openConversationId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        open_conversation_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            open_conversation_id: open_conversation_id.into(),
            option: None,
        }
    }
    /// Sets `option`.
    pub fn option(mut self, value: ListExpiredRequestOption) -> Self {
        self.option = Some(value);
        self
    }
}
impl rt::serde::Serialize for ListExpiredRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("openConversationId", &self.open_conversation_id)?;
        object.optional("option", &self.option)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListExpiredRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListExpiredRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "openConversationId" => rt::read_field(map, &mut self.open_conversation_id),
            "option" => rt::read_field(map, &mut self.option),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ListExpiredRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::subscribe_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct SubscribeEventRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `scope`.
    pub scope: String,
    /// `scopeId`.
    pub scope_id: String,
}
impl SubscribeEventRequest {
    /// A `SubscribeEventRequest` with its required fields (`unionId`, `scope`, `scopeId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        scope: impl Into<String>,
        scope_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            scope: scope.into(),
            scope_id: scope_id.into(),
        }
    }
}
impl rt::serde::Serialize for SubscribeEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("scope", &self.scope)?;
        object.field("scopeId", &self.scope_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SubscribeEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SubscribeEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "scope" => rt::read_field(map, &mut self.scope),
            "scopeId" => rt::read_field(map, &mut self.scope_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for SubscribeEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("unionId", &self.union_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::unsubscribe_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UnsubscribeEventRequest {
    /// `unionId`: a query parameter.
    pub union_id: String,
    /// `scope`.
    pub scope: String,
    /// `scopeId`.
    pub scope_id: String,
}
impl UnsubscribeEventRequest {
    /// A `UnsubscribeEventRequest` with its required fields (`unionId`, `scope`, `scopeId`); set the others with the methods named after them.
    pub fn new(
        union_id: impl Into<String>,
        scope: impl Into<String>,
        scope_id: impl Into<String>,
    ) -> Self {
        Self {
            union_id: union_id.into(),
            scope: scope.into(),
            scope_id: scope_id.into(),
        }
    }
}
impl rt::serde::Serialize for UnsubscribeEventRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("scope", &self.scope)?;
        object.field("scopeId", &self.scope_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UnsubscribeEventRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UnsubscribeEventRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "unionId" => rt::read_field(map, &mut self.union_id),
            "scope" => rt::read_field(map, &mut self.scope),
            "scopeId" => rt::read_field(map, &mut self.scope_id),
            _ => Ok(false),
        }
    }
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
