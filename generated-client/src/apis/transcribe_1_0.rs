// @generated from api-spec/transcribe_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 闪记 (Transcribe)：闪记任务与权限。
//!
//! 3 operations, methods of [`Api`] (`client.transcribe_1_0()`), behind the cargo feature `transcribe_1_0`; its paths start with `/v1.0/transcribe/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `transcribe_1_0`. Get it with `client.transcribe_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 获取闪记任务的概要信息
    ///
    /// `GET /v1.0/transcribe/tasks/{taskUuid}/briefInfos`: DingTalk's `GetTranscribeBrief` (module feature `transcribe_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTranscribeBrief")]
    #[doc(alias = "/v1.0/transcribe/tasks/{taskUuid}/briefInfos")]
    #[doc(alias = "GET /v1.0/transcribe/tasks/{taskUuid}/briefInfos")]
    pub fn get_transcribe_brief(
        &self,
        task_uuid: &str,
    ) -> rt::Call<GetTranscribeBriefResponseBody, GetTranscribeBriefError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTranscribeBrief",
            rt::Method::Get,
            "/v1.0/transcribe/tasks/{taskUuid}/briefInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], &())
    }
    /// 移除指定用户对闪记任务的权限
    ///
    /// `DELETE /v1.0/transcribe/tasks/{taskUuid}/permissions/remove`: DingTalk's `RemovePermission` (module feature `transcribe_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RemovePermission")]
    #[doc(alias = "/v1.0/transcribe/tasks/{taskUuid}/permissions/remove")]
    #[doc(alias = "DELETE /v1.0/transcribe/tasks/{taskUuid}/permissions/remove")]
    pub fn remove_permission(
        &self,
        task_uuid: &str,
        request: &RemovePermissionRequest,
    ) -> rt::Call<RemovePermissionResponseBody, RemovePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemovePermission",
            rt::Method::Delete,
            "/v1.0/transcribe/tasks/{taskUuid}/permissions/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 针对指定的闪记，修改或者授予指定用户权限
    ///
    /// `PUT /v1.0/transcribe/tasks/{taskUuid}/permissions`: DingTalk's `UpdatePermissionForUsers` (module feature `transcribe_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid`: `{taskUuid}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdatePermissionForUsers")]
    #[doc(alias = "/v1.0/transcribe/tasks/{taskUuid}/permissions")]
    #[doc(alias = "PUT /v1.0/transcribe/tasks/{taskUuid}/permissions")]
    pub fn update_permission_for_users(
        &self,
        task_uuid: &str,
        request: &UpdatePermissionForUsersRequest,
    ) -> rt::Call<UpdatePermissionForUsersResponseBody, UpdatePermissionForUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePermissionForUsers",
            rt::Method::Put,
            "/v1.0/transcribe/tasks/{taskUuid}/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
}
/// `GetTranscribeBriefResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTranscribeBriefResponseBody {
    /// `data`.
    pub data: Option<GetTranscribeBriefResponseBodyData>,
    /// `statusCode`.
    pub status_code: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetTranscribeBriefResponseBody { "data" => read_field(data), "statusCode" =>
    read_field(status_code), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTranscribeBriefResponseBody { "data" => optional(data), "statusCode" =>
    optional(status_code), "success" => optional(success) }
}
/// `RemovePermissionRequestMembers`, a model several operations share: also named [`UpdatePermissionForUsersRequestMembers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemovePermissionRequestMembers {
    /// `memberId`.
    pub member_id: i64,
    /// `memberType`.
    pub member_type: String,
    /// `policyType`.
    pub policy_type: String,
}
/// The required fields of [`RemovePermissionRequestMembers`], each named where it is set: `RemovePermissionRequestMembers::new(RemovePermissionRequestMembersRequired { .. })`.
pub struct RemovePermissionRequestMembersRequired {
    /// `memberId`: see [`RemovePermissionRequestMembers::member_id`].
    pub member_id: i64,
    /// `memberType`: see [`RemovePermissionRequestMembers::member_type`].
    pub member_type: String,
    /// `policyType`: see [`RemovePermissionRequestMembers::policy_type`].
    pub policy_type: String,
}
impl RemovePermissionRequestMembers {
    /// A `RemovePermissionRequestMembers` with its required fields (`memberId`, `memberType`, `policyType`); set the others with the methods named after them.
    pub fn new(required: RemovePermissionRequestMembersRequired) -> Self {
        let RemovePermissionRequestMembersRequired {
            member_id,
            member_type,
            policy_type,
        } = required;
        Self {
            member_id,
            member_type,
            policy_type,
        }
    }
}
rt::impl_serialize! {
    RemovePermissionRequestMembers { "memberId" => field(member_id), "memberType" =>
    field(member_type), "policyType" => field(policy_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemovePermissionRequestMembers { "memberId" => read_field(member_id), "memberType" =>
    read_field(member_type), "policyType" => read_field(policy_type) }
}
/// `RemovePermissionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RemovePermissionResponseBody {
    /// `data`.
    pub data: Option<RemovePermissionResponseBodyData>,
    /// `statusCode`.
    pub status_code: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    RemovePermissionResponseBody { "data" => read_field(data), "statusCode" =>
    read_field(status_code), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RemovePermissionResponseBody { "data" => optional(data), "statusCode" =>
    optional(status_code), "success" => optional(success) }
}
/// `UpdatePermissionForUsersRequestMembers`: the same model as [`RemovePermissionRequestMembers`].
pub type UpdatePermissionForUsersRequestMembers = RemovePermissionRequestMembers;
/// The required fields of [`UpdatePermissionForUsersRequestMembers`].
pub type UpdatePermissionForUsersRequestMembersRequired = RemovePermissionRequestMembersRequired;
/// `UpdatePermissionForUsersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdatePermissionForUsersResponseBody {
    /// `isSuccess`.
    pub is_success: Option<bool>,
}
rt::impl_deserialize! {
    UpdatePermissionForUsersResponseBody { "isSuccess" => read_field(is_success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdatePermissionForUsersResponseBody { "isSuccess" => optional(is_success) }
}
/// `GetTranscribeBriefResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTranscribeBriefResponseBodyData {
    /// `bizType`.
    pub biz_type: Option<i64>,
}
rt::impl_deserialize! {
    GetTranscribeBriefResponseBodyData { "bizType" => read_field(biz_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTranscribeBriefResponseBodyData { "bizType" => optional(biz_type) }
}
/// `RemovePermissionResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RemovePermissionResponseBodyData {
    /// `failNameList`.
    pub fail_name_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    RemovePermissionResponseBodyData { "failNameList" => read_field(fail_name_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RemovePermissionResponseBodyData { "failNameList" => optional(fail_name_list) }
}
/// The request of [`Api::remove_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RemovePermissionRequest {
    /// `bizType`.
    pub biz_type: i64,
    /// `members`.
    pub members: Vec<RemovePermissionRequestMembers>,
    /// `taskCreator`.
    pub task_creator: Option<i64>,
    /// `taskId`.
    pub task_id: Option<i64>,
}
/// The required fields of [`RemovePermissionRequest`], each named where it is set: `RemovePermissionRequest::new(RemovePermissionRequired { .. })`.
pub struct RemovePermissionRequired {
    /// `bizType`: see [`RemovePermissionRequest::biz_type`].
    pub biz_type: i64,
    /// `members`: see [`RemovePermissionRequest::members`].
    pub members: Vec<RemovePermissionRequestMembers>,
}
impl RemovePermissionRequest {
    /// A `RemovePermissionRequest` with its required fields (`bizType`, `members`); set the others with the methods named after them.
    pub fn new(required: RemovePermissionRequired) -> Self {
        let RemovePermissionRequired { biz_type, members } = required;
        Self {
            biz_type,
            members,
            task_creator: None,
            task_id: None,
        }
    }
    /// Sets `taskCreator`.
    pub fn task_creator(mut self, value: i64) -> Self {
        self.task_creator = Some(value);
        self
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    RemovePermissionRequest { "bizType" => field(biz_type), "members" => field(members),
    "taskCreator" => optional(task_creator), "taskId" => optional(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RemovePermissionRequest { "bizType" => read_field(biz_type), "members" =>
    read_field(members), "taskCreator" => read_field(task_creator), "taskId" =>
    read_field(task_id) }
}
impl rt::WriteRequest for RemovePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_permission_for_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdatePermissionForUsersRequest {
    /// `operatorUid`: a query parameter.
    pub operator_uid: Option<i64>,
    /// `bizType`.
    pub biz_type: i64,
    /// `members`.
    pub members: Vec<UpdatePermissionForUsersRequestMembers>,
    /// `taskCreator`.
    pub task_creator: i64,
}
/// The required fields of [`UpdatePermissionForUsersRequest`], each named where it is set: `UpdatePermissionForUsersRequest::new(UpdatePermissionForUsersRequired { .. })`.
pub struct UpdatePermissionForUsersRequired {
    /// `bizType`: see [`UpdatePermissionForUsersRequest::biz_type`].
    pub biz_type: i64,
    /// `members`: see [`UpdatePermissionForUsersRequest::members`].
    pub members: Vec<UpdatePermissionForUsersRequestMembers>,
    /// `taskCreator`: see [`UpdatePermissionForUsersRequest::task_creator`].
    pub task_creator: i64,
}
impl UpdatePermissionForUsersRequest {
    /// A `UpdatePermissionForUsersRequest` with its required fields (`bizType`, `members`, `taskCreator`); set the others with the methods named after them.
    pub fn new(required: UpdatePermissionForUsersRequired) -> Self {
        let UpdatePermissionForUsersRequired { biz_type, members, task_creator } = required;
        Self {
            operator_uid: None,
            biz_type,
            members,
            task_creator,
        }
    }
    /// Sets `operatorUid`.
    pub fn operator_uid(mut self, value: i64) -> Self {
        self.operator_uid = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdatePermissionForUsersRequest { "bizType" => field(biz_type), "members" =>
    field(members), "taskCreator" => field(task_creator) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdatePermissionForUsersRequest { "operatorUid" => read_field(operator_uid),
    "bizType" => read_field(biz_type), "members" => read_field(members), "taskCreator" =>
    read_field(task_creator) }
}
impl rt::WriteRequest for UpdatePermissionForUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorUid", &self.operator_uid);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::get_transcribe_brief`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTranscribeBriefError = rt::ServiceError;
/// An error reply of [`Api::remove_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RemovePermissionError = rt::ServiceError;
/// An error reply of [`Api::update_permission_for_users`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdatePermissionForUsersError = rt::ServiceError;
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
        "GetTranscribeBrief" => {
            rt::conformance::reply(api.get_transcribe_brief(inputs.path(0usize)?)).await
        }
        "RemovePermission" => {
            rt::conformance::reply(
                    api.remove_permission(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "UpdatePermissionForUsers" => {
            rt::conformance::reply(
                    api
                        .update_permission_for_users(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
