// @generated from api-spec/cool_ops_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! coolOps（未在钉钉开放平台文档中找到）：ISV 商机标签的查询与状态同步。
//!
//! 2 operations, methods of [`Api`] (`client.cool_ops_1_0()`), behind the cargo feature `cool_ops_1_0`; its paths start with `/v1.0/coolOps/`.
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
    /// `POST /v1.0/coolOps/isvOpportunities/opportunityTags/batchQuery`: DingTalk's `BatchQueryOpportunityTag` (module feature `cool_ops_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchQueryOpportunityTag")]
    #[doc(alias = "/v1.0/coolOps/isvOpportunities/opportunityTags/batchQuery")]
    #[doc(alias = "POST /v1.0/coolOps/isvOpportunities/opportunityTags/batchQuery")]
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
    /// `PUT /v1.0/coolOps/isvOpportunities/statuses`: DingTalk's `UpdateIsvOppStatus` (module feature `cool_ops_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateIsvOppStatus")]
    #[doc(alias = "/v1.0/coolOps/isvOpportunities/statuses")]
    #[doc(alias = "PUT /v1.0/coolOps/isvOpportunities/statuses")]
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryOpportunityTagResponseBody {
    /// `result`.
    pub result: Option<BatchQueryOpportunityTagResponseBodyResult>,
}
rt::impl_deserialize! {
    BatchQueryOpportunityTagResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryOpportunityTagResponseBody { "result" => optional(result) }
}
/// `UpdateIsvOppStatusRequestIsvOpportunityStatusList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateIsvOppStatusRequestIsvOpportunityStatusList`], each named where it is set: `UpdateIsvOppStatusRequestIsvOpportunityStatusList::new(UpdateIsvOppStatusRequestIsvOpportunityStatusListRequired { .. })`.
pub struct UpdateIsvOppStatusRequestIsvOpportunityStatusListRequired {
    /// `microAppId`: see [`UpdateIsvOppStatusRequestIsvOpportunityStatusList::micro_app_id`].
    pub micro_app_id: String,
    /// `name`: see [`UpdateIsvOppStatusRequestIsvOpportunityStatusList::name`].
    pub name: String,
    /// `operName`: see [`UpdateIsvOppStatusRequestIsvOpportunityStatusList::oper_name`].
    pub oper_name: String,
    /// `operTime`: see [`UpdateIsvOppStatusRequestIsvOpportunityStatusList::oper_time`].
    pub oper_time: String,
    /// `operUserId`: see [`UpdateIsvOppStatusRequestIsvOpportunityStatusList::oper_user_id`].
    pub oper_user_id: String,
    /// `oppSourceCorpId`: see [`UpdateIsvOppStatusRequestIsvOpportunityStatusList::opp_source_corp_id`].
    pub opp_source_corp_id: String,
    /// `opportunityStatus`: see [`UpdateIsvOppStatusRequestIsvOpportunityStatusList::opportunity_status`].
    pub opportunity_status: String,
    /// `userId`: see [`UpdateIsvOppStatusRequestIsvOpportunityStatusList::user_id`].
    pub user_id: String,
}
impl UpdateIsvOppStatusRequestIsvOpportunityStatusList {
    /// A `UpdateIsvOppStatusRequestIsvOpportunityStatusList` with its required fields (`microAppId`, `name`, `operName`, `operTime`, `operUserId`, `oppSourceCorpId`, `opportunityStatus`, `userId`); set the others with the methods named after them.
    pub fn new(
        required: UpdateIsvOppStatusRequestIsvOpportunityStatusListRequired,
    ) -> Self {
        let UpdateIsvOppStatusRequestIsvOpportunityStatusListRequired {
            micro_app_id,
            name,
            oper_name,
            oper_time,
            oper_user_id,
            opp_source_corp_id,
            opportunity_status,
            user_id,
        } = required;
        Self {
            isv_corp_id: None,
            micro_app_id,
            name,
            note: None,
            oper_corp_id: None,
            oper_name,
            oper_time,
            oper_user_id,
            opp_source_corp_id,
            opportunity_status,
            user_id,
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
rt::impl_serialize! {
    UpdateIsvOppStatusRequestIsvOpportunityStatusList { "isvCorpId" =>
    optional(isv_corp_id), "microAppId" => field(micro_app_id), "name" => field(name),
    "note" => optional(note), "operCorpId" => optional(oper_corp_id), "operName" =>
    field(oper_name), "operTime" => field(oper_time), "operUserId" =>
    field(oper_user_id), "oppSourceCorpId" => field(opp_source_corp_id),
    "opportunityStatus" => field(opportunity_status), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateIsvOppStatusRequestIsvOpportunityStatusList { "isvCorpId" =>
    read_field(isv_corp_id), "microAppId" => read_field(micro_app_id), "name" =>
    read_field(name), "note" => read_field(note), "operCorpId" =>
    read_field(oper_corp_id), "operName" => read_field(oper_name), "operTime" =>
    read_field(oper_time), "operUserId" => read_field(oper_user_id), "oppSourceCorpId" =>
    read_field(opp_source_corp_id), "opportunityStatus" =>
    read_field(opportunity_status), "userId" => read_field(user_id) }
}
/// `UpdateIsvOppStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateIsvOppStatusResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    UpdateIsvOppStatusResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateIsvOppStatusResponseBody { "result" => optional(result) }
}
/// `BatchQueryOpportunityTagResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryOpportunityTagResponseBodyResult {
    /// `opportunityList`.
    pub opportunity_list: Option<
        Vec<BatchQueryOpportunityTagResponseBodyResultOpportunityList>,
    >,
}
rt::impl_deserialize! {
    BatchQueryOpportunityTagResponseBodyResult { "opportunityList" =>
    read_field(opportunity_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryOpportunityTagResponseBodyResult { "opportunityList" =>
    optional(opportunity_list) }
}
/// `BatchQueryOpportunityTagResponseBodyResultOpportunityList`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    BatchQueryOpportunityTagResponseBodyResultOpportunityList { "activeUserCnt7d" =>
    read_field(active_user_cnt7d), "appActiveState" => read_field(app_active_state),
    "corpId" => read_field(corp_id), "fstFunnelsourceNameLv1" =>
    read_field(fst_funnelsource_name_lv1), "funnelsourceNameLv1" =>
    read_field(funnelsource_name_lv1) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryOpportunityTagResponseBodyResultOpportunityList { "activeUserCnt7d" =>
    optional(active_user_cnt7d), "appActiveState" => optional(app_active_state), "corpId"
    => optional(corp_id), "fstFunnelsourceNameLv1" =>
    optional(fst_funnelsource_name_lv1), "funnelsourceNameLv1" =>
    optional(funnelsource_name_lv1) }
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
rt::impl_serialize! {
    BatchQueryOpportunityTagRequest { "corpIdList" => optional(corp_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryOpportunityTagRequest { "corpIdList" => read_field(corp_id_list) }
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
rt::impl_serialize! {
    UpdateIsvOppStatusRequest { "isvOpportunityStatusList" =>
    optional(isv_opportunity_status_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateIsvOppStatusRequest { "isvOpportunityStatusList" =>
    read_field(isv_opportunity_status_list) }
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
