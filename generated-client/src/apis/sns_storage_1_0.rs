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
                self.app_ids_for_app_properties = map.next_value()?;
            }
            _ => return Ok(false),
        }
        Ok(true)
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
            "resultItems" => self.result_items = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
                self.app_ids_for_app_properties = map.next_value()?;
            }
            "withThumbnail" => self.with_thumbnail = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "dentry" => self.dentry = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "resultItems" => self.result_items = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "preferIntranet" => self.prefer_intranet = map.next_value()?,
            "version" => self.version = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "headerSignatureInfo" => self.header_signature_info = map.next_value()?,
            "protocol" => self.protocol = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "space" => self.space = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "maxResults" => self.max_results = map.next_value()?,
            "nextToken" => self.next_token = map.next_value()?,
            "order" => self.order = map.next_value()?,
            "withThumbnail" => self.with_thumbnail = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "dentries" => self.dentries = map.next_value()?,
            "nextToken" => self.next_token = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "maxResults" => self.max_results = map.next_value()?,
            "nextToken" => self.next_token = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "files" => self.files = map.next_value()?,
            "nextToken" => self.next_token = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "dentry" => self.dentry = map.next_value()?,
            "dentryId" => self.dentry_id = map.next_value()?,
            "errorCode" => self.error_code = map.next_value()?,
            "spaceId" => self.space_id = map.next_value()?,
            "success" => self.success = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "appProperties" => self.app_properties = map.next_value()?,
            "createTime" => self.create_time = map.next_value()?,
            "creatorId" => self.creator_id = map.next_value()?,
            "extension" => self.extension = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "modifiedTime" => self.modified_time = map.next_value()?,
            "modifierId" => self.modifier_id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "parentId" => self.parent_id = map.next_value()?,
            "partitionType" => self.partition_type = map.next_value()?,
            "path" => self.path = map.next_value()?,
            "properties" => self.properties = map.next_value()?,
            "size" => self.size = map.next_value()?,
            "spaceId" => self.space_id = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "storageDriver" => self.storage_driver = map.next_value()?,
            "thumbnail" => self.thumbnail = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "uuid" => self.uuid = map.next_value()?,
            "version" => self.version = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "dentryId" => self.dentry_id = map.next_value()?,
            "errorCode" => self.error_code = map.next_value()?,
            "spaceId" => self.space_id = map.next_value()?,
            "success" => self.success = map.next_value()?,
            "thumbnail" => self.thumbnail = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "expirationSeconds" => self.expiration_seconds = map.next_value()?,
            "headers" => self.headers = map.next_value()?,
            "internalResourceUrls" => self.internal_resource_urls = map.next_value()?,
            "region" => self.region = map.next_value()?,
            "resourceUrls" => self.resource_urls = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "corpId" => self.corp_id = map.next_value()?,
            "createTime" => self.create_time = map.next_value()?,
            "modifiedTime" => self.modified_time = map.next_value()?,
            "spaceId" => self.space_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "conversationId" => self.conversation_id = map.next_value()?,
            "createTime" => self.create_time = map.next_value()?,
            "creatorId" => self.creator_id = map.next_value()?,
            "extension" => self.extension = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "modifiedTime" => self.modified_time = map.next_value()?,
            "modifierId" => self.modifier_id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "parentId" => self.parent_id = map.next_value()?,
            "path" => self.path = map.next_value()?,
            "size" => self.size = map.next_value()?,
            "spaceId" => self.space_id = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "uuid" => self.uuid = map.next_value()?,
            "version" => self.version = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "name" => self.name = map.next_value()?,
            "value" => self.value = map.next_value()?,
            "visibility" => self.visibility = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "readOnly" => self.read_only = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "height" => self.height = map.next_value()?,
            "url" => self.url = map.next_value()?,
            "width" => self.width = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "unionId" => self.union_id = map.next_value()?,
            "dentryIds" => self.dentry_ids = map.next_value()?,
            "option" => self.option = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "unionId" => self.union_id = map.next_value()?,
            "option" => self.option = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "unionId" => self.union_id = map.next_value()?,
            "dentryIds" => self.dentry_ids = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "unionId" => self.union_id = map.next_value()?,
            "option" => self.option = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "unionId" => self.union_id = map.next_value()?,
            "openConversationId" => self.open_conversation_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "unionId" => self.union_id = map.next_value()?,
            "option" => self.option = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "maxResults" => self.max_results = map.next_value()?,
            "nextToken" => self.next_token = map.next_value()?,
            "order" => self.order = map.next_value()?,
            "orderBy" => self.order_by = map.next_value()?,
            "parentId" => self.parent_id = map.next_value()?,
            "unionId" => self.union_id = map.next_value()?,
            "withThumbnail" => self.with_thumbnail = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "unionId" => self.union_id = map.next_value()?,
            "openConversationId" => self.open_conversation_id = map.next_value()?,
            "option" => self.option = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "unionId" => self.union_id = map.next_value()?,
            "scope" => self.scope = map.next_value()?,
            "scopeId" => self.scope_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
            "unionId" => self.union_id = map.next_value()?,
            "scope" => self.scope = map.next_value()?,
            "scopeId" => self.scope_id = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
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
