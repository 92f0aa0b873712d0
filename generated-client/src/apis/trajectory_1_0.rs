// @generated from api-spec/trajectory_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.trajectory_1_0()`. Generated from `api-spec/trajectory_1_0.yaml`.
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
    /// `GET /v1.0/trajectory/activeUsers` (operation `QueryAppActiveUsers`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryAppActiveUsersError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/trajectory/currentTasks/queryByUserIds` (operation `QueryCollectingTraceTask`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCollectingTraceTaskError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/trajectory/data` (operation `QueryPageTraceData`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPageTraceDataError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryAppActiveUsersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAppActiveUsersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAppActiveUsersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `QueryCollectingTraceTaskResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCollectingTraceTaskResponseBody {
    /// `list`.
    pub list: Option<Vec<QueryCollectingTraceTaskResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCollectingTraceTaskResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCollectingTraceTaskResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCollectingTraceTaskResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `QueryPageTraceDataResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPageTraceDataResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryPageTraceDataResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPageTraceDataResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPageTraceDataResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPageTraceDataResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `QueryAppActiveUsersResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryAppActiveUsersResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryAppActiveUsersResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appTraceId" => rt::read_field(map, &mut self.app_trace_id),
            "latitude" => rt::read_field(map, &mut self.latitude),
            "longitude" => rt::read_field(map, &mut self.longitude),
            "reportTime" => rt::read_field(map, &mut self.report_time),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryAppActiveUsersResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appTraceId", &self.app_trace_id)?;
        object.optional("latitude", &self.latitude)?;
        object.optional("longitude", &self.longitude)?;
        object.optional("reportTime", &self.report_time)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryCollectingTraceTaskResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryCollectingTraceTaskResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCollectingTraceTaskResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "appTraceId" => rt::read_field(map, &mut self.app_trace_id),
            "geoCollectPeriod" => rt::read_field(map, &mut self.geo_collect_period),
            "geoReportPeriod" => rt::read_field(map, &mut self.geo_report_period),
            "geoReportStatus" => rt::read_field(map, &mut self.geo_report_status),
            "reportEndTime" => rt::read_field(map, &mut self.report_end_time),
            "reportStartTime" => rt::read_field(map, &mut self.report_start_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCollectingTraceTaskResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("appTraceId", &self.app_trace_id)?;
        object.optional("geoCollectPeriod", &self.geo_collect_period)?;
        object.optional("geoReportPeriod", &self.geo_report_period)?;
        object.optional("geoReportStatus", &self.geo_report_status)?;
        object.optional("reportEndTime", &self.report_end_time)?;
        object.optional("reportStartTime", &self.report_start_time)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryPageTraceDataResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPageTraceDataResponseBodyList {
    /// `coordinates`.
    pub coordinates: Option<QueryPageTraceDataResponseBodyListCoordinates>,
    /// `gmtLocation`.
    pub gmt_location: Option<i64>,
    /// `gmtUpload`.
    pub gmt_upload: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPageTraceDataResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPageTraceDataResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "coordinates" => rt::read_field(map, &mut self.coordinates),
            "gmtLocation" => rt::read_field(map, &mut self.gmt_location),
            "gmtUpload" => rt::read_field(map, &mut self.gmt_upload),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPageTraceDataResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("coordinates", &self.coordinates)?;
        object.optional("gmtLocation", &self.gmt_location)?;
        object.optional("gmtUpload", &self.gmt_upload)?;
        object.end()
    }
}
/// `QueryPageTraceDataResponseBodyListCoordinates`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPageTraceDataResponseBodyListCoordinates {
    /// `latitude`.
    pub latitude: Option<f64>,
    /// `longitude`.
    pub longitude: Option<f64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPageTraceDataResponseBodyListCoordinates {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPageTraceDataResponseBodyListCoordinates {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "latitude" => rt::read_field(map, &mut self.latitude),
            "longitude" => rt::read_field(map, &mut self.longitude),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPageTraceDataResponseBodyListCoordinates {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("latitude", &self.latitude)?;
        object.optional("longitude", &self.longitude)?;
        object.end()
    }
}
/// The request of [`Api::query_app_active_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryAppActiveUsersRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `needPositionInfo`: a query parameter.
    pub need_position_info: bool,
    /// `nextToken`: a query parameter.
    pub next_token: i64,
}
impl QueryAppActiveUsersRequest {
    /// A `QueryAppActiveUsersRequest` with its required fields (`maxResults`, `needPositionInfo`, `nextToken`); set the others with the methods named after them.
    pub fn new(max_results: i64, need_position_info: bool, next_token: i64) -> Self {
        Self {
            max_results,
            need_position_info,
            next_token,
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryAppActiveUsersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryAppActiveUsersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "needPositionInfo" => rt::read_field(map, &mut self.need_position_info),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCollectingTraceTaskRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
impl QueryCollectingTraceTaskRequest {
    /// A `QueryCollectingTraceTaskRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(user_ids: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            user_ids: user_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for QueryCollectingTraceTaskRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCollectingTraceTaskRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCollectingTraceTaskRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCollectingTraceTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_page_trace_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryPageTraceDataRequest {
    /// A `QueryPageTraceDataRequest` with its required fields (`maxResults`, `staffId`); set the others with the methods named after them.
    pub fn new(max_results: i64, staff_id: impl Into<String>) -> Self {
        Self {
            end_time: None,
            max_results,
            next_token: None,
            staff_id: staff_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryPageTraceDataRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryPageTraceDataRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "staffId" => rt::read_field(map, &mut self.staff_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "traceId" => rt::read_field(map, &mut self.trace_id),
            _ => Ok(false),
        }
    }
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
