// @generated from api-spec/activity_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.activity_1_0()`. Generated from `api-spec/activity_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `activity_1_0`. Get it with `client.activity_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建活动
    ///
    /// `POST /v1.0/activity/meta` (operation `CreateActivity`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateActivityError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_activity(
        &self,
        request: &CreateActivityRequest,
    ) -> rt::Call<CreateActivityResponseBody, CreateActivityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateActivity",
            rt::Method::Post,
            "/v1.0/activity/meta",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询活动列表
    ///
    /// `GET /v1.0/activity/metaLists` (operation `ListActivity`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ListActivityError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn list_activity(
        &self,
        request: &ListActivityRequest,
    ) -> rt::Call<ListActivityResponseBody, ListActivityError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListActivity",
            rt::Method::Get,
            "/v1.0/activity/metaLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::list_activity`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `list` of each page.
    pub fn list_activity_pages(
        &self,
        request: &ListActivityRequest,
    ) -> rt::Paginator<
        ListActivityResponseBody,
        ListActivityError,
        ListActivityResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &[],
            &["list"],
        );
        rt::Paginator::new(self.list_activity(request), &PAGING)
    }
}
/// `CreateActivityRequestDetail`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateActivityRequestDetail {
    /// `address`.
    pub address: Option<CreateActivityRequestDetailAddress>,
    /// `bannerMediaId`.
    pub banner_media_id: String,
    /// `endTime`.
    pub end_time: i64,
    /// `foreignId`.
    pub foreign_id: String,
    /// `industry`.
    pub industry: String,
    /// `roleName`.
    pub role_name: String,
    /// `source`.
    pub source: String,
    /// `startTime`.
    pub start_time: i64,
    /// `title`.
    pub title: String,
    /// `type`.
    pub r#type: i64,
    /// `url`.
    pub url: String,
}
impl CreateActivityRequestDetail {
    /// A `CreateActivityRequestDetail` with its required fields (`bannerMediaId`, `endTime`, `foreignId`, `industry`, `roleName`, `source`, `startTime`, `title`, `type`, `url`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        banner_media_id: impl Into<String>,
        end_time: i64,
        foreign_id: impl Into<String>,
        industry: impl Into<String>,
        role_name: impl Into<String>,
        source: impl Into<String>,
        start_time: i64,
        title: impl Into<String>,
        r#type: i64,
        url: impl Into<String>,
    ) -> Self {
        Self {
            address: None,
            banner_media_id: banner_media_id.into(),
            end_time,
            foreign_id: foreign_id.into(),
            industry: industry.into(),
            role_name: role_name.into(),
            source: source.into(),
            start_time,
            title: title.into(),
            r#type,
            url: url.into(),
        }
    }
    /// Sets `address`.
    pub fn address(mut self, value: CreateActivityRequestDetailAddress) -> Self {
        self.address = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateActivityRequestDetail {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("address", &self.address)?;
        object.field("bannerMediaId", &self.banner_media_id)?;
        object.field("endTime", &self.end_time)?;
        object.field("foreignId", &self.foreign_id)?;
        object.field("industry", &self.industry)?;
        object.field("roleName", &self.role_name)?;
        object.field("source", &self.source)?;
        object.field("startTime", &self.start_time)?;
        object.field("title", &self.title)?;
        object.field("type", &self.r#type)?;
        object.field("url", &self.url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateActivityRequestDetail {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateActivityRequestDetail {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "address" => rt::read_field(map, &mut self.address),
            "bannerMediaId" => rt::read_field(map, &mut self.banner_media_id),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "foreignId" => rt::read_field(map, &mut self.foreign_id),
            "industry" => rt::read_field(map, &mut self.industry),
            "roleName" => rt::read_field(map, &mut self.role_name),
            "source" => rt::read_field(map, &mut self.source),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
/// `CreateActivityResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateActivityResponseBody {
    /// `activityId`.
    pub activity_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateActivityResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateActivityResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateActivityResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.end()
    }
}
/// `ListActivityResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListActivityResponseBody {
    /// `list`.
    pub list: Option<Vec<ListActivityResponseBodyList>>,
    /// `maxResults`.
    pub max_results: Option<String>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListActivityResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListActivityResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListActivityResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `CreateActivityRequestDetailAddress`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateActivityRequestDetailAddress {
    /// `district`.
    pub district: Option<String>,
    /// `lat`.
    pub lat: Option<String>,
    /// `lng`.
    pub lng: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl CreateActivityRequestDetailAddress {
    /// An empty `CreateActivityRequestDetailAddress`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `district`.
    pub fn district(mut self, value: impl Into<String>) -> Self {
        self.district = Some(value.into());
        self
    }
    /// Sets `lat`.
    pub fn lat(mut self, value: impl Into<String>) -> Self {
        self.lat = Some(value.into());
        self
    }
    /// Sets `lng`.
    pub fn lng(mut self, value: impl Into<String>) -> Self {
        self.lng = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for CreateActivityRequestDetailAddress {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("district", &self.district)?;
        object.optional("lat", &self.lat)?;
        object.optional("lng", &self.lng)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateActivityRequestDetailAddress {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateActivityRequestDetailAddress {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "district" => rt::read_field(map, &mut self.district),
            "lat" => rt::read_field(map, &mut self.lat),
            "lng" => rt::read_field(map, &mut self.lng),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
/// `ListActivityResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListActivityResponseBodyList {
    /// `activityId`.
    pub activity_id: Option<String>,
    /// `bannerMediaId`.
    pub banner_media_id: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `foreignId`.
    pub foreign_id: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `status`.
    pub status: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for ListActivityResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ListActivityResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activityId" => rt::read_field(map, &mut self.activity_id),
            "bannerMediaId" => rt::read_field(map, &mut self.banner_media_id),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "foreignId" => rt::read_field(map, &mut self.foreign_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ListActivityResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activityId", &self.activity_id)?;
        object.optional("bannerMediaId", &self.banner_media_id)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("foreignId", &self.foreign_id)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// The request of [`Api::create_activity`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateActivityRequest {
    /// `detail`.
    pub detail: CreateActivityRequestDetail,
}
impl CreateActivityRequest {
    /// A `CreateActivityRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(detail: CreateActivityRequestDetail) -> Self {
        Self { detail }
    }
}
impl rt::serde::Serialize for CreateActivityRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("detail", &self.detail)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateActivityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateActivityRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detail" => rt::read_field(map, &mut self.detail),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateActivityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::list_activity`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListActivityRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl ListActivityRequest {
    /// An empty `ListActivityRequest`; set fields with the methods named after them.
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ListActivityRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ListActivityRequest {
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
impl rt::WriteRequest for ListActivityRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// An error reply of [`Api::create_activity`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateActivityError = rt::ServiceError;
/// An error reply of [`Api::list_activity`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListActivityError = rt::ServiceError;
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
        "CreateActivity" => {
            rt::conformance::reply(api.create_activity(&inputs.request(true)?)).await
        }
        "ListActivity" => {
            rt::conformance::reply(api.list_activity(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
