// @generated from api-spec/activity_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 活动 (Activities)：活动的创建与查询。
//!
//! 2 operations, methods of [`Api`] (`client.activity_1_0()`), behind the cargo feature `activity_1_0`; its paths start with `/v1.0/activity/`.
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
    /// `POST /v1.0/activity/meta`: DingTalk's `CreateActivity` (module feature `activity_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateActivity")]
    #[doc(alias = "/v1.0/activity/meta")]
    #[doc(alias = "POST /v1.0/activity/meta")]
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
    /// `GET /v1.0/activity/metaLists`: DingTalk's `ListActivity` (module feature `activity_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_activity_pages`].
    #[doc(alias = "ListActivity")]
    #[doc(alias = "/v1.0/activity/metaLists")]
    #[doc(alias = "GET /v1.0/activity/metaLists")]
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
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateActivityRequestDetail`], each named where it is set: `CreateActivityRequestDetail::new(CreateActivityRequestDetailRequired { .. })`.
pub struct CreateActivityRequestDetailRequired {
    /// `bannerMediaId`: see [`CreateActivityRequestDetail::banner_media_id`].
    pub banner_media_id: String,
    /// `endTime`: see [`CreateActivityRequestDetail::end_time`].
    pub end_time: i64,
    /// `foreignId`: see [`CreateActivityRequestDetail::foreign_id`].
    pub foreign_id: String,
    /// `industry`: see [`CreateActivityRequestDetail::industry`].
    pub industry: String,
    /// `roleName`: see [`CreateActivityRequestDetail::role_name`].
    pub role_name: String,
    /// `source`: see [`CreateActivityRequestDetail::source`].
    pub source: String,
    /// `startTime`: see [`CreateActivityRequestDetail::start_time`].
    pub start_time: i64,
    /// `title`: see [`CreateActivityRequestDetail::title`].
    pub title: String,
    /// `type`: see [`CreateActivityRequestDetail::r#type`](CreateActivityRequestDetail::type).
    pub r#type: i64,
    /// `url`: see [`CreateActivityRequestDetail::url`].
    pub url: String,
}
impl CreateActivityRequestDetail {
    /// A `CreateActivityRequestDetail` with its required fields (`bannerMediaId`, `endTime`, `foreignId`, `industry`, `roleName`, `source`, `startTime`, `title`, `type`, `url`); set the others with the methods named after them.
    pub fn new(required: CreateActivityRequestDetailRequired) -> Self {
        let CreateActivityRequestDetailRequired {
            banner_media_id,
            end_time,
            foreign_id,
            industry,
            role_name,
            source,
            start_time,
            title,
            r#type,
            url,
        } = required;
        Self {
            address: None,
            banner_media_id,
            end_time,
            foreign_id,
            industry,
            role_name,
            source,
            start_time,
            title,
            r#type,
            url,
        }
    }
    /// Sets `address`.
    pub fn address(mut self, value: CreateActivityRequestDetailAddress) -> Self {
        self.address = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateActivityRequestDetail { "address" => optional(address), "bannerMediaId" =>
    field(banner_media_id), "endTime" => field(end_time), "foreignId" =>
    field(foreign_id), "industry" => field(industry), "roleName" => field(role_name),
    "source" => field(source), "startTime" => field(start_time), "title" => field(title),
    "type" => field(r#type), "url" => field(url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateActivityRequestDetail { "address" => read_field(address), "bannerMediaId" =>
    read_field(banner_media_id), "endTime" => read_field(end_time), "foreignId" =>
    read_field(foreign_id), "industry" => read_field(industry), "roleName" =>
    read_field(role_name), "source" => read_field(source), "startTime" =>
    read_field(start_time), "title" => read_field(title), "type" => read_field(r#type),
    "url" => read_field(url) }
}
/// `CreateActivityResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateActivityResponseBody {
    /// `activityId`.
    pub activity_id: Option<String>,
}
rt::impl_deserialize! {
    CreateActivityResponseBody { "activityId" => read_field(activity_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateActivityResponseBody { "activityId" => optional(activity_id) }
}
/// `ListActivityResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListActivityResponseBody {
    /// `list`.
    pub list: Option<Vec<ListActivityResponseBodyList>>,
    /// `maxResults`.
    pub max_results: Option<String>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    ListActivityResponseBody { "list" => read_field(list), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListActivityResponseBody { "list" => optional(list), "maxResults" =>
    optional(max_results), "nextToken" => optional(next_token) }
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
rt::impl_serialize! {
    CreateActivityRequestDetailAddress { "district" => optional(district), "lat" =>
    optional(lat), "lng" => optional(lng), "name" => optional(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateActivityRequestDetailAddress { "district" => read_field(district), "lat" =>
    read_field(lat), "lng" => read_field(lng), "name" => read_field(name) }
}
/// `ListActivityResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    ListActivityResponseBodyList { "activityId" => read_field(activity_id),
    "bannerMediaId" => read_field(banner_media_id), "endTime" => read_field(end_time),
    "foreignId" => read_field(foreign_id), "startTime" => read_field(start_time),
    "status" => read_field(status), "title" => read_field(title), "type" =>
    read_field(r#type), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListActivityResponseBodyList { "activityId" => optional(activity_id), "bannerMediaId"
    => optional(banner_media_id), "endTime" => optional(end_time), "foreignId" =>
    optional(foreign_id), "startTime" => optional(start_time), "status" =>
    optional(status), "title" => optional(title), "type" => optional(r#type), "url" =>
    optional(url) }
}
/// The request of [`Api::create_activity`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateActivityRequest {
    /// `detail`.
    pub detail: CreateActivityRequestDetail,
}
/// The required fields of [`CreateActivityRequest`], each named where it is set: `CreateActivityRequest::new(CreateActivityRequired { .. })`.
pub struct CreateActivityRequired {
    /// `detail`: see [`CreateActivityRequest::detail`].
    pub detail: CreateActivityRequestDetail,
}
impl CreateActivityRequest {
    /// A `CreateActivityRequest` with its required fields (`detail`); set the others with the methods named after them.
    pub fn new(required: CreateActivityRequired) -> Self {
        let CreateActivityRequired { detail } = required;
        Self { detail }
    }
}
rt::impl_serialize! {
    CreateActivityRequest { "detail" => field(detail) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateActivityRequest { "detail" => read_field(detail) }
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListActivityRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
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
