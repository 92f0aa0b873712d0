// @generated from api-spec/trajectory_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 轨迹 (Trajectory)：轨迹采集与轨迹数据。
//!
//! 3 operations, methods of [`Api`] (`client.trajectory_1_0()`), behind the cargo feature `trajectory_1_0`; its paths start with `/v1.0/trajectory/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `trajectory_1_0`. Get it with `client.trajectory_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 查询APP当前开启轨迹采集的用户
    ///
    /// `GET /v1.0/trajectory/activeUsers`: DingTalk's `QueryAppActiveUsers` (module feature `trajectory_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_app_active_users_pages`].
    #[doc(alias = "QueryAppActiveUsers")]
    #[doc(alias = "/v1.0/trajectory/activeUsers")]
    #[doc(alias = "GET /v1.0/trajectory/activeUsers")]
    pub fn query_app_active_users(
        &self,
        request: &QueryAppActiveUsersRequest,
    ) -> rt::Call<QueryAppActiveUsersResponseBody, QueryAppActiveUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAppActiveUsers",
            rt::Method::Get,
            "/v1.0/trajectory/activeUsers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询应用采集中的轨迹任务
    ///
    /// `POST /v1.0/trajectory/currentTasks/queryByUserIds`: DingTalk's `QueryCollectingTraceTask` (module feature `trajectory_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCollectingTraceTask")]
    #[doc(alias = "/v1.0/trajectory/currentTasks/queryByUserIds")]
    #[doc(alias = "POST /v1.0/trajectory/currentTasks/queryByUserIds")]
    pub fn query_collecting_trace_task(
        &self,
        request: &QueryCollectingTraceTaskRequest,
    ) -> rt::Call<QueryCollectingTraceTaskResponseBody, QueryCollectingTraceTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCollectingTraceTask",
            rt::Method::Post,
            "/v1.0/trajectory/currentTasks/queryByUserIds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询轨迹数据
    ///
    /// `GET /v1.0/trajectory/data`: DingTalk's `QueryPageTraceData` (module feature `trajectory_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_page_trace_data_pages`].
    #[doc(alias = "QueryPageTraceData")]
    #[doc(alias = "/v1.0/trajectory/data")]
    #[doc(alias = "GET /v1.0/trajectory/data")]
    pub fn query_page_trace_data(
        &self,
        request: &QueryPageTraceDataRequest,
    ) -> rt::Call<QueryPageTraceDataResponseBody, QueryPageTraceDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPageTraceData",
            rt::Method::Get,
            "/v1.0/trajectory/data",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::query_app_active_users`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_app_active_users_pages(
        &self,
        request: &QueryAppActiveUsersRequest,
    ) -> rt::Paginator<
        QueryAppActiveUsersResponseBody,
        QueryAppActiveUsersError,
        QueryAppActiveUsersResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.query_app_active_users(request), &PAGING)
    }
    /// Every page of [`Api::query_page_trace_data`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_page_trace_data_pages(
        &self,
        request: &QueryPageTraceDataRequest,
    ) -> rt::Paginator<
        QueryPageTraceDataResponseBody,
        QueryPageTraceDataError,
        QueryPageTraceDataResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.query_page_trace_data(request), &PAGING)
    }
}
/// `QueryAppActiveUsersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAppActiveUsersResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryAppActiveUsersResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryAppActiveUsersResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAppActiveUsersResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token), "totalCount" =>
    optional(total_count) }
}
/// `QueryCollectingTraceTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCollectingTraceTaskResponseBody {
    /// `list`.
    pub list: Option<Vec<QueryCollectingTraceTaskResponseBodyList>>,
}
rt::impl_deserialize! {
    QueryCollectingTraceTaskResponseBody { "list" => read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCollectingTraceTaskResponseBody { "list" => optional(list) }
}
/// `QueryPageTraceDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPageTraceDataResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryPageTraceDataResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    QueryPageTraceDataResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPageTraceDataResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token) }
}
/// `QueryAppActiveUsersResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAppActiveUsersResponseBodyList {
    /// `appTraceId`.
    pub app_trace_id: Option<String>,
    /// `latitude`.
    pub latitude: Option<f64>,
    /// `longitude`.
    pub longitude: Option<f64>,
    /// `reportTime`.
    pub report_time: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryAppActiveUsersResponseBodyList { "appTraceId" => read_field(app_trace_id),
    "latitude" => read_field(latitude), "longitude" => read_field(longitude),
    "reportTime" => read_field(report_time), "startTime" => read_field(start_time),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAppActiveUsersResponseBodyList { "appTraceId" => optional(app_trace_id),
    "latitude" => optional(latitude), "longitude" => optional(longitude), "reportTime" =>
    optional(report_time), "startTime" => optional(start_time), "userId" =>
    optional(user_id) }
}
/// `QueryCollectingTraceTaskResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCollectingTraceTaskResponseBodyList {
    /// `appTraceId`.
    pub app_trace_id: Option<String>,
    /// `geoCollectPeriod`.
    pub geo_collect_period: Option<i64>,
    /// `geoReportPeriod`.
    pub geo_report_period: Option<i64>,
    /// `geoReportStatus`.
    pub geo_report_status: Option<i64>,
    /// `reportEndTime`.
    pub report_end_time: Option<i64>,
    /// `reportStartTime`.
    pub report_start_time: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryCollectingTraceTaskResponseBodyList { "appTraceId" => read_field(app_trace_id),
    "geoCollectPeriod" => read_field(geo_collect_period), "geoReportPeriod" =>
    read_field(geo_report_period), "geoReportStatus" => read_field(geo_report_status),
    "reportEndTime" => read_field(report_end_time), "reportStartTime" =>
    read_field(report_start_time), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCollectingTraceTaskResponseBodyList { "appTraceId" => optional(app_trace_id),
    "geoCollectPeriod" => optional(geo_collect_period), "geoReportPeriod" =>
    optional(geo_report_period), "geoReportStatus" => optional(geo_report_status),
    "reportEndTime" => optional(report_end_time), "reportStartTime" =>
    optional(report_start_time), "userId" => optional(user_id) }
}
/// `QueryPageTraceDataResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPageTraceDataResponseBodyList {
    /// `coordinates`.
    pub coordinates: Option<QueryPageTraceDataResponseBodyListCoordinates>,
    /// `gmtLocation`.
    pub gmt_location: Option<i64>,
    /// `gmtUpload`.
    pub gmt_upload: Option<i64>,
}
rt::impl_deserialize! {
    QueryPageTraceDataResponseBodyList { "coordinates" => read_field(coordinates),
    "gmtLocation" => read_field(gmt_location), "gmtUpload" => read_field(gmt_upload) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPageTraceDataResponseBodyList { "coordinates" => optional(coordinates),
    "gmtLocation" => optional(gmt_location), "gmtUpload" => optional(gmt_upload) }
}
/// `QueryPageTraceDataResponseBodyListCoordinates`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPageTraceDataResponseBodyListCoordinates {
    /// `latitude`.
    pub latitude: Option<f64>,
    /// `longitude`.
    pub longitude: Option<f64>,
}
rt::impl_deserialize! {
    QueryPageTraceDataResponseBodyListCoordinates { "latitude" => read_field(latitude),
    "longitude" => read_field(longitude) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPageTraceDataResponseBodyListCoordinates { "latitude" => optional(latitude),
    "longitude" => optional(longitude) }
}
/// The request of [`Api::query_app_active_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryAppActiveUsersRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `needPositionInfo`: a query parameter.
    pub need_position_info: bool,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
/// The required fields of [`QueryAppActiveUsersRequest`], each named where it is set: `QueryAppActiveUsersRequest::new(QueryAppActiveUsersRequired { .. })`.
pub struct QueryAppActiveUsersRequired {
    /// `maxResults`: see [`QueryAppActiveUsersRequest::max_results`].
    pub max_results: i64,
    /// `needPositionInfo`: see [`QueryAppActiveUsersRequest::need_position_info`].
    pub need_position_info: bool,
    /// `nextToken`: see [`QueryAppActiveUsersRequest::next_token`].
    pub next_token: i64,
}
impl QueryAppActiveUsersRequest {
    /// A `QueryAppActiveUsersRequest` with its required fields (`maxResults`, `needPositionInfo`, `nextToken`); set the others with the methods named after them.
    pub fn new(required: QueryAppActiveUsersRequired) -> Self {
        let QueryAppActiveUsersRequired {
            max_results,
            need_position_info,
            next_token,
        } = required;
        Self {
            max_results,
            need_position_info,
            next_token,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAppActiveUsersRequest { "maxResults" => read_field(max_results),
    "needPositionInfo" => read_field(need_position_info), "nextToken" =>
    read_field(next_token) }
}
impl rt::WriteRequest for QueryAppActiveUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("needPositionInfo", &self.need_position_info);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_collecting_trace_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCollectingTraceTaskRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`QueryCollectingTraceTaskRequest`], each named where it is set: `QueryCollectingTraceTaskRequest::new(QueryCollectingTraceTaskRequired { .. })`.
pub struct QueryCollectingTraceTaskRequired {
    /// `userIds`: see [`QueryCollectingTraceTaskRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl QueryCollectingTraceTaskRequest {
    /// A `QueryCollectingTraceTaskRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: QueryCollectingTraceTaskRequired) -> Self {
        let QueryCollectingTraceTaskRequired { user_ids } = required;
        Self { user_ids }
    }
}
rt::impl_serialize! {
    QueryCollectingTraceTaskRequest { "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCollectingTraceTaskRequest { "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for QueryCollectingTraceTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_page_trace_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryPageTraceDataRequest {
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
    /// `staffId`: a query parameter.
    pub staff_id: String,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
    /// `traceId`: a query parameter.
    pub trace_id: Option<String>,
}
/// The required fields of [`QueryPageTraceDataRequest`], each named where it is set: `QueryPageTraceDataRequest::new(QueryPageTraceDataRequired { .. })`.
pub struct QueryPageTraceDataRequired {
    /// `maxResults`: see [`QueryPageTraceDataRequest::max_results`].
    pub max_results: i64,
    /// `staffId`: see [`QueryPageTraceDataRequest::staff_id`].
    pub staff_id: String,
}
impl QueryPageTraceDataRequest {
    /// A `QueryPageTraceDataRequest` with its required fields (`maxResults`, `staffId`); set the others with the methods named after them.
    pub fn new(required: QueryPageTraceDataRequired) -> Self {
        let QueryPageTraceDataRequired { max_results, staff_id } = required;
        Self {
            end_time: None,
            max_results,
            next_token: None,
            staff_id,
            start_time: None,
            trace_id: None,
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `traceId`.
    pub fn trace_id(mut self, value: impl Into<String>) -> Self {
        self.trace_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryPageTraceDataRequest { "endTime" => read_field(end_time), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "staffId" =>
    read_field(staff_id), "startTime" => read_field(start_time), "traceId" =>
    read_field(trace_id) }
}
impl rt::WriteRequest for QueryPageTraceDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("staffId", &self.staff_id);
        writer.query("startTime", &self.start_time);
        writer.query("traceId", &self.trace_id);
    }
}
/// An error reply of [`Api::query_app_active_users`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAppActiveUsersError = rt::ServiceError;
/// An error reply of [`Api::query_collecting_trace_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCollectingTraceTaskError = rt::ServiceError;
/// An error reply of [`Api::query_page_trace_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPageTraceDataError = rt::ServiceError;
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
        "QueryAppActiveUsers" => {
            rt::conformance::reply(api.query_app_active_users(&inputs.request(false)?))
                .await
        }
        "QueryCollectingTraceTask" => {
            rt::conformance::reply(
                    api.query_collecting_trace_task(&inputs.request(true)?),
                )
                .await
        }
        "QueryPageTraceData" => {
            rt::conformance::reply(api.query_page_trace_data(&inputs.request(false)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
