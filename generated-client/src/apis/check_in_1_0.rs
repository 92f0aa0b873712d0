// @generated from api-spec/check_in_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 签到 (Check-in)：用户签到记录。
//!
//! 1 operation, methods of [`Api`] (`client.check_in_1_0()`), behind the cargo feature `check_in_1_0`; its paths start with `/v1.0/checkIn/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `check_in_1_0`. Get it with `client.check_in_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 调用本接口，获取用户签到记录
    ///
    /// `POST /v1.0/checkIn/records/query`: DingTalk's `GetCheckinRecordByUser` (module feature `check_in_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_checkin_record_by_user_pages`].
    #[doc(alias = "GetCheckinRecordByUser")]
    #[doc(alias = "/v1.0/checkIn/records/query")]
    #[doc(alias = "POST /v1.0/checkIn/records/query")]
    pub fn get_checkin_record_by_user(
        &self,
        request: &GetCheckinRecordByUserRequest,
    ) -> rt::Call<GetCheckinRecordByUserResponseBody, GetCheckinRecordByUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCheckinRecordByUser",
            rt::Method::Post,
            "/v1.0/checkIn/records/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_checkin_record_by_user`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token. Items: `result.pageList` of each page.
    pub fn get_checkin_record_by_user_pages(
        &self,
        request: &GetCheckinRecordByUserRequest,
    ) -> rt::Paginator<
        GetCheckinRecordByUserResponseBody,
        GetCheckinRecordByUserError,
        GetCheckinRecordByUserResponseBodyResultPageList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            false,
            true,
            &["result", "nextToken"],
            &[],
            &["result", "pageList"],
        );
        rt::Paginator::new(self.get_checkin_record_by_user(request), &PAGING)
    }
}
/// `GetCheckinRecordByUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCheckinRecordByUserResponseBody {
    /// `result`.
    pub result: Option<GetCheckinRecordByUserResponseBodyResult>,
}
rt::impl_deserialize! {
    GetCheckinRecordByUserResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCheckinRecordByUserResponseBody { "result" => optional(result) }
}
/// `GetCheckinRecordByUserResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCheckinRecordByUserResponseBodyResult {
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `pageList`.
    pub page_list: Option<Vec<GetCheckinRecordByUserResponseBodyResultPageList>>,
}
rt::impl_deserialize! {
    GetCheckinRecordByUserResponseBodyResult { "nextToken" => read_field(next_token),
    "pageList" => read_field(page_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCheckinRecordByUserResponseBodyResult { "nextToken" => optional(next_token),
    "pageList" => optional(page_list) }
}
/// `GetCheckinRecordByUserResponseBodyResultPageList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCheckinRecordByUserResponseBodyResultPageList {
    /// `checkinTime`.
    pub checkin_time: Option<i64>,
    /// `customDataList`.
    pub custom_data_list: Option<
        Vec<GetCheckinRecordByUserResponseBodyResultPageListCustomDataList>,
    >,
    /// `detailPlace`.
    pub detail_place: Option<String>,
    /// `imageList`.
    pub image_list: Option<Vec<String>>,
    /// `place`.
    pub place: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `visitUser`.
    pub visit_user: Option<String>,
}
rt::impl_deserialize! {
    GetCheckinRecordByUserResponseBodyResultPageList { "checkinTime" =>
    read_field(checkin_time), "customDataList" => read_field(custom_data_list),
    "detailPlace" => read_field(detail_place), "imageList" => read_field(image_list),
    "place" => read_field(place), "remark" => read_field(remark), "userId" =>
    read_field(user_id), "visitUser" => read_field(visit_user) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCheckinRecordByUserResponseBodyResultPageList { "checkinTime" =>
    optional(checkin_time), "customDataList" => optional(custom_data_list), "detailPlace"
    => optional(detail_place), "imageList" => optional(image_list), "place" =>
    optional(place), "remark" => optional(remark), "userId" => optional(user_id),
    "visitUser" => optional(visit_user) }
}
/// `GetCheckinRecordByUserResponseBodyResultPageListCustomDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCheckinRecordByUserResponseBodyResultPageListCustomDataList {
    /// `key`.
    pub key: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    GetCheckinRecordByUserResponseBodyResultPageListCustomDataList { "key" =>
    read_field(key), "label" => read_field(label), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCheckinRecordByUserResponseBodyResultPageListCustomDataList { "key" =>
    optional(key), "label" => optional(label), "value" => optional(value) }
}
/// The request of [`Api::get_checkin_record_by_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCheckinRecordByUserRequest {
    /// `endTime`.
    pub end_time: i64,
    /// `maxResults`.
    pub max_results: i64,
    /// `nextToken`.
    pub next_token: i64,
    /// `operatorUserId`.
    pub operator_user_id: String,
    /// `startTime`.
    pub start_time: i64,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
/// The required fields of [`GetCheckinRecordByUserRequest`], each named where it is set: `GetCheckinRecordByUserRequest::new(GetCheckinRecordByUserRequired { .. })`.
pub struct GetCheckinRecordByUserRequired {
    /// `endTime`: see [`GetCheckinRecordByUserRequest::end_time`].
    pub end_time: i64,
    /// `maxResults`: see [`GetCheckinRecordByUserRequest::max_results`].
    pub max_results: i64,
    /// `nextToken`: see [`GetCheckinRecordByUserRequest::next_token`].
    pub next_token: i64,
    /// `operatorUserId`: see [`GetCheckinRecordByUserRequest::operator_user_id`].
    pub operator_user_id: String,
    /// `startTime`: see [`GetCheckinRecordByUserRequest::start_time`].
    pub start_time: i64,
    /// `userIdList`: see [`GetCheckinRecordByUserRequest::user_id_list`].
    pub user_id_list: Vec<String>,
}
impl GetCheckinRecordByUserRequest {
    /// A `GetCheckinRecordByUserRequest` with its required fields (`endTime`, `maxResults`, `nextToken`, `operatorUserId`, `startTime`, `userIdList`); set the others with the methods named after them.
    pub fn new(required: GetCheckinRecordByUserRequired) -> Self {
        let GetCheckinRecordByUserRequired {
            end_time,
            max_results,
            next_token,
            operator_user_id,
            start_time,
            user_id_list,
        } = required;
        Self {
            end_time,
            max_results,
            next_token,
            operator_user_id,
            start_time,
            user_id_list,
        }
    }
}
rt::impl_serialize! {
    GetCheckinRecordByUserRequest { "endTime" => field(end_time), "maxResults" =>
    field(max_results), "nextToken" => field(next_token), "operatorUserId" =>
    field(operator_user_id), "startTime" => field(start_time), "userIdList" =>
    field(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCheckinRecordByUserRequest { "endTime" => read_field(end_time), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token), "operatorUserId" =>
    read_field(operator_user_id), "startTime" => read_field(start_time), "userIdList" =>
    read_field(user_id_list) }
}
impl rt::WriteRequest for GetCheckinRecordByUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::get_checkin_record_by_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCheckinRecordByUserError = rt::ServiceError;
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
        "GetCheckinRecordByUser" => {
            rt::conformance::reply(
                    api.get_checkin_record_by_user(&inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
