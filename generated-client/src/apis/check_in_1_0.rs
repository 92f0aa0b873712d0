// @generated from api-spec/check_in_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.check_in_1_0()`. Generated from `api-spec/check_in_1_0.yaml`.
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
    /// `POST /v1.0/checkIn/records/query` (operation `GetCheckinRecordByUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCheckinRecordByUserError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCheckinRecordByUserResponseBody {
    /// `result`.
    pub result: Option<GetCheckinRecordByUserResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCheckinRecordByUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCheckinRecordByUserResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCheckinRecordByUserResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetCheckinRecordByUserResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCheckinRecordByUserResponseBodyResult {
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `pageList`.
    pub page_list: Option<Vec<GetCheckinRecordByUserResponseBodyResultPageList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetCheckinRecordByUserResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCheckinRecordByUserResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "pageList" => rt::read_field(map, &mut self.page_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCheckinRecordByUserResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("pageList", &self.page_list)?;
        object.end()
    }
}
/// `GetCheckinRecordByUserResponseBodyResultPageList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetCheckinRecordByUserResponseBodyResultPageList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCheckinRecordByUserResponseBodyResultPageList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "checkinTime" => rt::read_field(map, &mut self.checkin_time),
            "customDataList" => rt::read_field(map, &mut self.custom_data_list),
            "detailPlace" => rt::read_field(map, &mut self.detail_place),
            "imageList" => rt::read_field(map, &mut self.image_list),
            "place" => rt::read_field(map, &mut self.place),
            "remark" => rt::read_field(map, &mut self.remark),
            "userId" => rt::read_field(map, &mut self.user_id),
            "visitUser" => rt::read_field(map, &mut self.visit_user),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCheckinRecordByUserResponseBodyResultPageList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("checkinTime", &self.checkin_time)?;
        object.optional("customDataList", &self.custom_data_list)?;
        object.optional("detailPlace", &self.detail_place)?;
        object.optional("imageList", &self.image_list)?;
        object.optional("place", &self.place)?;
        object.optional("remark", &self.remark)?;
        object.optional("userId", &self.user_id)?;
        object.optional("visitUser", &self.visit_user)?;
        object.end()
    }
}
/// `GetCheckinRecordByUserResponseBodyResultPageListCustomDataList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetCheckinRecordByUserResponseBodyResultPageListCustomDataList {
    /// `key`.
    pub key: Option<String>,
    /// `label`.
    pub label: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetCheckinRecordByUserResponseBodyResultPageListCustomDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCheckinRecordByUserResponseBodyResultPageListCustomDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "key" => rt::read_field(map, &mut self.key),
            "label" => rt::read_field(map, &mut self.label),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetCheckinRecordByUserResponseBodyResultPageListCustomDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("key", &self.key)?;
        object.optional("label", &self.label)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// The request of [`Api::get_checkin_record_by_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl GetCheckinRecordByUserRequest {
    /// A `GetCheckinRecordByUserRequest` with its required fields (`endTime`, `maxResults`, `nextToken`, `operatorUserId`, `startTime`, `userIdList`); set the others with the methods named after them.
    pub fn new(
        end_time: i64,
        max_results: i64,
        next_token: i64,
        operator_user_id: impl Into<String>,
        start_time: i64,
        user_id_list: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            end_time,
            max_results,
            next_token,
            operator_user_id: operator_user_id.into(),
            start_time,
            user_id_list: user_id_list.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for GetCheckinRecordByUserRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("endTime", &self.end_time)?;
        object.field("maxResults", &self.max_results)?;
        object.field("nextToken", &self.next_token)?;
        object.field("operatorUserId", &self.operator_user_id)?;
        object.field("startTime", &self.start_time)?;
        object.field("userIdList", &self.user_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCheckinRecordByUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCheckinRecordByUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "operatorUserId" => rt::read_field(map, &mut self.operator_user_id),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "userIdList" => rt::read_field(map, &mut self.user_id_list),
            _ => Ok(false),
        }
    }
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
