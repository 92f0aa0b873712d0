// @generated from api-spec/cool_ops_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.cool_ops_1_0()`. Generated from `api-spec/cool_ops_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `cool_ops_1_0`. Get it with `client.cool_ops_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// ISV批量查询商机标签
    ///
    /// `POST /v1.0/coolOps/isvOpportunities/opportunityTags/batchQuery` (operation `BatchQueryOpportunityTag`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQueryOpportunityTagError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_query_opportunity_tag(
        &self,
        request: &BatchQueryOpportunityTagRequest,
    ) -> rt::Call<BatchQueryOpportunityTagResponseBody, BatchQueryOpportunityTagError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryOpportunityTag",
            rt::Method::Post,
            "/v1.0/coolOps/isvOpportunities/opportunityTags/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// ISV商机状态同步
    ///
    /// `PUT /v1.0/coolOps/isvOpportunities/statuses` (operation `UpdateIsvOppStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateIsvOppStatusError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_isv_opp_status(
        &self,
        request: &UpdateIsvOppStatusRequest,
    ) -> rt::Call<UpdateIsvOppStatusResponseBody, UpdateIsvOppStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateIsvOppStatus",
            rt::Method::Put,
            "/v1.0/coolOps/isvOpportunities/statuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `BatchQueryOpportunityTagResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryOpportunityTagResponseBody {
    /// `result`.
    pub result: Option<BatchQueryOpportunityTagResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryOpportunityTagResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryOpportunityTagResponseBody {
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
impl rt::serde::Serialize for BatchQueryOpportunityTagResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `UpdateIsvOppStatusRequestIsvOpportunityStatusList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateIsvOppStatusRequestIsvOpportunityStatusList {
    /// `isvCorpId`.
    pub isv_corp_id: Option<String>,
    /// `microAppId`.
    pub micro_app_id: String,
    /// `name`.
    pub name: String,
    /// `note`.
    pub note: Option<String>,
    /// `operCorpId`.
    pub oper_corp_id: Option<String>,
    /// `operName`.
    pub oper_name: String,
    /// `operTime`.
    pub oper_time: String,
    /// `operUserId`.
    pub oper_user_id: String,
    /// `oppSourceCorpId`.
    pub opp_source_corp_id: String,
    /// `opportunityStatus`.
    pub opportunity_status: String,
    /// `userId`.
    pub user_id: String,
}
impl UpdateIsvOppStatusRequestIsvOpportunityStatusList {
    /// A `UpdateIsvOppStatusRequestIsvOpportunityStatusList` with its required fields (`microAppId`, `name`, `operName`, `operTime`, `operUserId`, `oppSourceCorpId`, `opportunityStatus`, `userId`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        micro_app_id: impl Into<String>,
        name: impl Into<String>,
        oper_name: impl Into<String>,
        oper_time: impl Into<String>,
        oper_user_id: impl Into<String>,
        opp_source_corp_id: impl Into<String>,
        opportunity_status: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            isv_corp_id: None,
            micro_app_id: micro_app_id.into(),
            name: name.into(),
            note: None,
            oper_corp_id: None,
            oper_name: oper_name.into(),
            oper_time: oper_time.into(),
            oper_user_id: oper_user_id.into(),
            opp_source_corp_id: opp_source_corp_id.into(),
            opportunity_status: opportunity_status.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `isvCorpId`.
    pub fn isv_corp_id(mut self, value: impl Into<String>) -> Self {
        self.isv_corp_id = Some(value.into());
        self
    }
    /// Sets `note`.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.note = Some(value.into());
        self
    }
    /// Sets `operCorpId`.
    pub fn oper_corp_id(mut self, value: impl Into<String>) -> Self {
        self.oper_corp_id = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for UpdateIsvOppStatusRequestIsvOpportunityStatusList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isvCorpId", &self.isv_corp_id)?;
        object.field("microAppId", &self.micro_app_id)?;
        object.field("name", &self.name)?;
        object.optional("note", &self.note)?;
        object.optional("operCorpId", &self.oper_corp_id)?;
        object.field("operName", &self.oper_name)?;
        object.field("operTime", &self.oper_time)?;
        object.field("operUserId", &self.oper_user_id)?;
        object.field("oppSourceCorpId", &self.opp_source_corp_id)?;
        object.field("opportunityStatus", &self.opportunity_status)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateIsvOppStatusRequestIsvOpportunityStatusList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateIsvOppStatusRequestIsvOpportunityStatusList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isvCorpId" => rt::read_field(map, &mut self.isv_corp_id),
            "microAppId" => rt::read_field(map, &mut self.micro_app_id),
            "name" => rt::read_field(map, &mut self.name),
            "note" => rt::read_field(map, &mut self.note),
            "operCorpId" => rt::read_field(map, &mut self.oper_corp_id),
            "operName" => rt::read_field(map, &mut self.oper_name),
            "operTime" => rt::read_field(map, &mut self.oper_time),
            "operUserId" => rt::read_field(map, &mut self.oper_user_id),
            "oppSourceCorpId" => rt::read_field(map, &mut self.opp_source_corp_id),
            "opportunityStatus" => rt::read_field(map, &mut self.opportunity_status),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
/// `UpdateIsvOppStatusResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateIsvOppStatusResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateIsvOppStatusResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateIsvOppStatusResponseBody {
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
impl rt::serde::Serialize for UpdateIsvOppStatusResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `BatchQueryOpportunityTagResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryOpportunityTagResponseBodyResult {
    /// `opportunityList`.
    pub opportunity_list: Option<
        Vec<BatchQueryOpportunityTagResponseBodyResultOpportunityList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryOpportunityTagResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryOpportunityTagResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "opportunityList" => rt::read_field(map, &mut self.opportunity_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryOpportunityTagResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("opportunityList", &self.opportunity_list)?;
        object.end()
    }
}
/// `BatchQueryOpportunityTagResponseBodyResultOpportunityList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryOpportunityTagResponseBodyResultOpportunityList {
    /// `activeUserCnt7d`.
    pub active_user_cnt7d: Option<i64>,
    /// `appActiveState`.
    pub app_active_state: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `fstFunnelsourceNameLv1`.
    pub fst_funnelsource_name_lv1: Option<String>,
    /// `funnelsourceNameLv1`.
    pub funnelsource_name_lv1: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for BatchQueryOpportunityTagResponseBodyResultOpportunityList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryOpportunityTagResponseBodyResultOpportunityList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "activeUserCnt7d" => rt::read_field(map, &mut self.active_user_cnt7d),
            "appActiveState" => rt::read_field(map, &mut self.app_active_state),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "fstFunnelsourceNameLv1" => {
                rt::read_field(map, &mut self.fst_funnelsource_name_lv1)
            }
            "funnelsourceNameLv1" => rt::read_field(map, &mut self.funnelsource_name_lv1),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryOpportunityTagResponseBodyResultOpportunityList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("activeUserCnt7d", &self.active_user_cnt7d)?;
        object.optional("appActiveState", &self.app_active_state)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("fstFunnelsourceNameLv1", &self.fst_funnelsource_name_lv1)?;
        object.optional("funnelsourceNameLv1", &self.funnelsource_name_lv1)?;
        object.end()
    }
}
/// The request of [`Api::batch_query_opportunity_tag`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryOpportunityTagRequest {
    /// `corpIdList`.
    pub corp_id_list: Option<Vec<String>>,
}
impl BatchQueryOpportunityTagRequest {
    /// An empty `BatchQueryOpportunityTagRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpIdList`.
    pub fn corp_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.corp_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for BatchQueryOpportunityTagRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpIdList", &self.corp_id_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchQueryOpportunityTagRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchQueryOpportunityTagRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpIdList" => rt::read_field(map, &mut self.corp_id_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchQueryOpportunityTagRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_isv_opp_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateIsvOppStatusRequest {
    /// `isvOpportunityStatusList`.
    pub isv_opportunity_status_list: Option<
        Vec<UpdateIsvOppStatusRequestIsvOpportunityStatusList>,
    >,
}
impl UpdateIsvOppStatusRequest {
    /// An empty `UpdateIsvOppStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `isvOpportunityStatusList`.
    pub fn isv_opportunity_status_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateIsvOppStatusRequestIsvOpportunityStatusList,
        >,
    ) -> Self {
        self.isv_opportunity_status_list = Some(value.into_iter().collect());
        self
    }
}
impl rt::serde::Serialize for UpdateIsvOppStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isvOpportunityStatusList", &self.isv_opportunity_status_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateIsvOppStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateIsvOppStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isvOpportunityStatusList" => {
                rt::read_field(map, &mut self.isv_opportunity_status_list)
            }
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateIsvOppStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::batch_query_opportunity_tag`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryOpportunityTagError = rt::ServiceError;
/// An error reply of [`Api::update_isv_opp_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateIsvOppStatusError = rt::ServiceError;
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
        "BatchQueryOpportunityTag" => {
            rt::conformance::reply(
                    api.batch_query_opportunity_tag(&inputs.request(true)?),
                )
                .await
        }
        "UpdateIsvOppStatus" => {
            rt::conformance::reply(api.update_isv_opp_status(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
