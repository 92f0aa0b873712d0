// @generated from api-spec/transcribe_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.transcribe_1_0()`. Generated from `api-spec/transcribe_1_0.yaml`.
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
    /// `GET /v1.0/transcribe/tasks/{task_uuid}/briefInfos` (operation `GetTranscribeBrief`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTranscribeBriefError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_transcribe_brief(
        &self,
        task_uuid: &str,
    ) -> rt::Call<GetTranscribeBriefResponseBody, GetTranscribeBriefError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTranscribeBrief",
            rt::Method::Get,
            "/v1.0/transcribe/tasks/{task_uuid}/briefInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], &())
    }
    /// 移除指定用户对闪记任务的权限
    ///
    /// `DELETE /v1.0/transcribe/tasks/{task_uuid}/permissions/remove` (operation `RemovePermission`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RemovePermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn remove_permission(
        &self,
        task_uuid: &str,
        request: &RemovePermissionRequest,
    ) -> rt::Call<RemovePermissionResponseBody, RemovePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RemovePermission",
            rt::Method::Delete,
            "/v1.0/transcribe/tasks/{task_uuid}/permissions/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
    /// 针对指定的闪记，修改或者授予指定用户权限
    ///
    /// `PUT /v1.0/transcribe/tasks/{task_uuid}/permissions` (operation `UpdatePermissionForUsers`).
    ///
    /// # Path parameters
    ///
    /// - `task_uuid` (`task_uuid`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdatePermissionForUsersError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_permission_for_users(
        &self,
        task_uuid: &str,
        request: &UpdatePermissionForUsersRequest,
    ) -> rt::Call<UpdatePermissionForUsersResponseBody, UpdatePermissionForUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePermissionForUsers",
            rt::Method::Put,
            "/v1.0/transcribe/tasks/{task_uuid}/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[task_uuid], request)
    }
}
/// `GetTranscribeBriefResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTranscribeBriefResponseBody {
    /// `data`.
    pub data: Option<GetTranscribeBriefResponseBodyData>,
    /// `statusCode`.
    pub status_code: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTranscribeBriefResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTranscribeBriefResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "statusCode" => rt::read_field(map, &mut self.status_code),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTranscribeBriefResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("statusCode", &self.status_code)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `RemovePermissionRequestMembers`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RemovePermissionRequestMembers {
    /// `memberId`.
    pub member_id: i64,
    /// `memberType`.
    pub member_type: String,
    /// `policyType`.
    pub policy_type: String,
}
impl RemovePermissionRequestMembers {
    /// A `RemovePermissionRequestMembers` with its required fields (`memberId`, `memberType`, `policyType`); set the others with the methods named after them.
    pub fn new(
        member_id: i64,
        member_type: impl Into<String>,
        policy_type: impl Into<String>,
    ) -> Self {
        Self {
            member_id,
            member_type: member_type.into(),
            policy_type: policy_type.into(),
        }
    }
}
impl rt::serde::Serialize for RemovePermissionRequestMembers {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("memberId", &self.member_id)?;
        object.field("memberType", &self.member_type)?;
        object.field("policyType", &self.policy_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemovePermissionRequestMembers {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemovePermissionRequestMembers {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberId" => rt::read_field(map, &mut self.member_id),
            "memberType" => rt::read_field(map, &mut self.member_type),
            "policyType" => rt::read_field(map, &mut self.policy_type),
            _ => Ok(false),
        }
    }
}
/// `RemovePermissionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RemovePermissionResponseBody {
    /// `data`.
    pub data: Option<RemovePermissionResponseBodyData>,
    /// `statusCode`.
    pub status_code: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for RemovePermissionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RemovePermissionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "statusCode" => rt::read_field(map, &mut self.status_code),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RemovePermissionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("statusCode", &self.status_code)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `UpdatePermissionForUsersRequestMembers`: the same model as [`RemovePermissionRequestMembers`].
pub type UpdatePermissionForUsersRequestMembers = RemovePermissionRequestMembers;
/// `UpdatePermissionForUsersResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdatePermissionForUsersResponseBody {
    /// `isSuccess`.
    pub is_success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdatePermissionForUsersResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdatePermissionForUsersResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "isSuccess" => rt::read_field(map, &mut self.is_success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdatePermissionForUsersResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isSuccess", &self.is_success)?;
        object.end()
    }
}
/// `GetTranscribeBriefResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetTranscribeBriefResponseBodyData {
    /// `bizType`.
    pub biz_type: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetTranscribeBriefResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTranscribeBriefResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTranscribeBriefResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizType", &self.biz_type)?;
        object.end()
    }
}
/// `RemovePermissionResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RemovePermissionResponseBodyData {
    /// `failNameList`.
    pub fail_name_list: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for RemovePermissionResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RemovePermissionResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failNameList" => rt::read_field(map, &mut self.fail_name_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RemovePermissionResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failNameList", &self.fail_name_list)?;
        object.end()
    }
}
/// The request of [`Api::remove_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl RemovePermissionRequest {
    /// A `RemovePermissionRequest` with its required fields (`bizType`, `members`); set the others with the methods named after them.
    pub fn new(
        biz_type: i64,
        members: impl IntoIterator<Item = RemovePermissionRequestMembers>,
    ) -> Self {
        Self {
            biz_type,
            members: members.into_iter().collect(),
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
impl rt::serde::Serialize for RemovePermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizType", &self.biz_type)?;
        object.field("members", &self.members)?;
        object.optional("taskCreator", &self.task_creator)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RemovePermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RemovePermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "members" => rt::read_field(map, &mut self.members),
            "taskCreator" => rt::read_field(map, &mut self.task_creator),
            "taskId" => rt::read_field(map, &mut self.task_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for RemovePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_permission_for_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdatePermissionForUsersRequest {
    /// A `UpdatePermissionForUsersRequest` with its required fields (`bizType`, `members`, `taskCreator`); set the others with the methods named after them.
    pub fn new(
        biz_type: i64,
        members: impl IntoIterator<Item = UpdatePermissionForUsersRequestMembers>,
        task_creator: i64,
    ) -> Self {
        Self {
            operator_uid: None,
            biz_type,
            members: members.into_iter().collect(),
            task_creator,
        }
    }
    /// Sets `operatorUid`.
    pub fn operator_uid(mut self, value: i64) -> Self {
        self.operator_uid = Some(value);
        self
    }
}
impl rt::serde::Serialize for UpdatePermissionForUsersRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizType", &self.biz_type)?;
        object.field("members", &self.members)?;
        object.field("taskCreator", &self.task_creator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdatePermissionForUsersRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdatePermissionForUsersRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "operatorUid" => rt::read_field(map, &mut self.operator_uid),
            "bizType" => rt::read_field(map, &mut self.biz_type),
            "members" => rt::read_field(map, &mut self.members),
            "taskCreator" => rt::read_field(map, &mut self.task_creator),
            _ => Ok(false),
        }
    }
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
