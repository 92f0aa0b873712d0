// @generated from api-spec/okr_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.okr_1_0()`. Generated from `api-spec/okr_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `okr_1_0`. Get it with `client.okr_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 增加对齐目标
    ///
    /// `POST /v1.0/okr/objectives/{objective_id}/alignments` (operation `AlignObjective`).
    ///
    /// # Path parameters
    ///
    /// - `objective_id` (`objective_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AlignObjectiveError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn align_objective(
        &self,
        objective_id: &str,
        request: &AlignObjectiveRequest,
    ) -> rt::Call<AlignObjectiveResponseBody, AlignObjectiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AlignObjective",
            rt::Method::Post,
            "/v1.0/okr/objectives/{objective_id}/alignments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[objective_id], request)
    }
    /// 批量添加权限信息
    ///
    /// `POST /v1.0/okr/permissions/batch` (operation `BatchAddPermission`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchAddPermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_add_permission(
        &self,
        request: &BatchAddPermissionRequest,
    ) -> rt::Call<BatchAddPermissionResponseBody, BatchAddPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchAddPermission",
            rt::Method::Post,
            "/v1.0/okr/permissions/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询目标
    ///
    /// `POST /v1.0/okr/objectives/query` (operation `BatchQueryObjective`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQueryObjectiveError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_query_objective(
        &self,
        request: &BatchQueryObjectiveRequest,
    ) -> rt::Call<BatchQueryObjectiveResponseBody, BatchQueryObjectiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryObjective",
            rt::Method::Post,
            "/v1.0/okr/objectives/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询用户信息
    ///
    /// `POST /v1.0/okr/users/query` (operation `BatchQueryUser`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQueryUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn batch_query_user(
        &self,
        request: &BatchQueryUserRequest,
    ) -> rt::Call<BatchQueryUserResponseBody, BatchQueryUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryUser",
            rt::Method::Post,
            "/v1.0/okr/users/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建keyResult
    ///
    /// `POST /v1.0/okr/keyResults` (operation `CreateKeyResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateKeyResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_key_result(
        &self,
        request: &CreateKeyResultRequest,
    ) -> rt::Call<CreateKeyResultResponseBody, CreateKeyResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateKeyResult",
            rt::Method::Post,
            "/v1.0/okr/keyResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建目标
    ///
    /// `POST /v1.0/okr/objectives` (operation `CreateObjective`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateObjectiveError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_objective(
        &self,
        request: &CreateObjectiveRequest,
    ) -> rt::Call<CreateObjectiveResponseBody, CreateObjectiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateObjective",
            rt::Method::Post,
            "/v1.0/okr/objectives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除keyresult的方法
    ///
    /// `DELETE /v1.0/okr/keyResults` (operation `DeleteKeyResult`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteKeyResultError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_key_result(
        &self,
        request: &DeleteKeyResultRequest,
    ) -> rt::Call<DeleteKeyResultResponseBody, DeleteKeyResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteKeyResult",
            rt::Method::Delete,
            "/v1.0/okr/keyResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除目标
    ///
    /// `DELETE /v1.0/okr/objectives/{objective_id}` (operation `DeleteObjective`).
    ///
    /// # Path parameters
    ///
    /// - `objective_id` (`objective_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteObjectiveError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_objective(
        &self,
        objective_id: &str,
        request: &DeleteObjectiveRequest,
    ) -> rt::Call<DeleteObjectiveResponseBody, DeleteObjectiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteObjective",
            rt::Method::Delete,
            "/v1.0/okr/objectives/{objective_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[objective_id], request)
    }
    /// 删除权限信息
    ///
    /// `DELETE /v1.0/okr/permissions/delete` (operation `DeletePermission`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeletePermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn delete_permission(
        &self,
        request: &DeletePermissionRequest,
    ) -> rt::Call<DeletePermissionResponseBody, DeletePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeletePermission",
            rt::Method::Delete,
            "/v1.0/okr/permissions/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取周期列表
    ///
    /// `GET /v1.0/okr/periods` (operation `GetPeriodList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPeriodListError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_period_list(
        &self,
    ) -> rt::Call<GetPeriodListResponseBody, GetPeriodListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPeriodList",
            rt::Method::Get,
            "/v1.0/okr/periods",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取权限信息
    ///
    /// `GET /v1.0/okr/permissions` (operation `GetPermission`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetPermissionError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_permission(
        &self,
        request: &GetPermissionRequest,
    ) -> rt::Call<GetPermissionResponseBody, GetPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPermission",
            rt::Method::Get,
            "/v1.0/okr/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户当前周期下的全部 OKR 内容
    ///
    /// `GET /v1.0/okr/users/okrs` (operation `GetUserOkr`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetUserOkrError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_user_okr(
        &self,
        request: &GetUserOkrRequest,
    ) -> rt::Call<GetUserOkrResponseBody, GetUserOkrError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserOkr",
            rt::Method::Get,
            "/v1.0/okr/users/okrs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询OKR
    ///
    /// `POST /v1.0/okr/pro/objectives/query` (operation `OkrObjectivesBatch`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OkrObjectivesBatchError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn okr_objectives_batch(
        &self,
        request: &OkrObjectivesBatchRequest,
    ) -> rt::Call<OkrObjectivesBatchResponseBody, OkrObjectivesBatchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OkrObjectivesBatch",
            rt::Method::Post,
            "/v1.0/okr/pro/objectives/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询单个用户的OKR
    ///
    /// `GET /v1.0/okr/pro/users/{ding_user_id}/objectives` (operation `OkrObjectivesByUser`).
    ///
    /// # Path parameters
    ///
    /// - `ding_user_id` (`ding_user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OkrObjectivesByUserError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn okr_objectives_by_user(
        &self,
        ding_user_id: &str,
        request: &OkrObjectivesByUserRequest,
    ) -> rt::Call<OkrObjectivesByUserResponseBody, OkrObjectivesByUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OkrObjectivesByUser",
            rt::Method::Get,
            "/v1.0/okr/pro/users/{ding_user_id}/objectives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[ding_user_id], request)
    }
    /// 获取 OKR 周期
    ///
    /// `GET /v1.0/okr/pro/periods` (operation `OkrPeriods`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`OkrPeriodsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn okr_periods(
        &self,
        request: &OkrPeriodsRequest,
    ) -> rt::Call<OkrPeriodsResponseBody, OkrPeriodsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OkrPeriods",
            rt::Method::Get,
            "/v1.0/okr/pro/periods",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 取消对齐Objective
    ///
    /// `POST /v1.0/okr/objectives/{objective_id}/alignments/cancel` (operation `UnAlignObjective`).
    ///
    /// # Path parameters
    ///
    /// - `objective_id` (`objective_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UnAlignObjectiveError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn un_align_objective(
        &self,
        objective_id: &str,
        request: &UnAlignObjectiveRequest,
    ) -> rt::Call<UnAlignObjectiveResponseBody, UnAlignObjectiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnAlignObjective",
            rt::Method::Post,
            "/v1.0/okr/objectives/{objective_id}/alignments/cancel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[objective_id], request)
    }
    /// 更改KR内容
    ///
    /// `PUT /v1.0/okr/keyResults/contents` (operation `UpdateKROfContent`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateKROfContentError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_kr_of_content(
        &self,
        request: &UpdateKROfContentRequest,
    ) -> rt::Call<UpdateKROfContentResponseBody, UpdateKROfContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateKROfContent",
            rt::Method::Put,
            "/v1.0/okr/keyResults/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更改KR分数
    ///
    /// `PUT /v1.0/okr/keyResults/scores` (operation `UpdateKROfScore`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateKROfScoreError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_kr_of_score(
        &self,
        request: &UpdateKROfScoreRequest,
    ) -> rt::Call<UpdateKROfScoreResponseBody, UpdateKROfScoreError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateKROfScore",
            rt::Method::Put,
            "/v1.0/okr/keyResults/scores",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更改 KR 权重
    ///
    /// `PUT /v1.0/okr/keyResults/weights` (operation `UpdateKROfWeight`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateKROfWeightError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_kr_of_weight(
        &self,
        request: &UpdateKROfWeightRequest,
    ) -> rt::Call<UpdateKROfWeightResponseBody, UpdateKROfWeightError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateKROfWeight",
            rt::Method::Put,
            "/v1.0/okr/keyResults/weights",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新目标
    ///
    /// `PUT /v1.0/okr/objectives/{objective_id}` (operation `UpdateObjective`).
    ///
    /// # Path parameters
    ///
    /// - `objective_id` (`objective_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateObjectiveError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_objective(
        &self,
        objective_id: &str,
        request: &UpdateObjectiveRequest,
    ) -> rt::Call<UpdateObjectiveResponseBody, UpdateObjectiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateObjective",
            rt::Method::Put,
            "/v1.0/okr/objectives/{objective_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[objective_id], request)
    }
    /// 更新资源隐私策略
    ///
    /// `PUT /v1.0/okr/permissions/privacies` (operation `UpdatePrivacy`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdatePrivacyError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_privacy(
        &self,
        request: &UpdatePrivacyRequest,
    ) -> rt::Call<UpdatePrivacyResponseBody, UpdatePrivacyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePrivacy",
            rt::Method::Put,
            "/v1.0/okr/permissions/privacies",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `AlignObjectiveResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AlignObjectiveResponseBody {
    /// `data`.
    pub data: Option<AlignObjectiveResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AlignObjectiveResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AlignObjectiveResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AlignObjectiveResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `BatchAddPermissionRequestList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchAddPermissionRequestList {
    /// `member`.
    pub member: BatchAddPermissionRequestListMember,
    /// `policyType`.
    pub policy_type: i64,
}
impl BatchAddPermissionRequestList {
    /// A `BatchAddPermissionRequestList` with its required fields (`member`, `policyType`); set the others with the methods named after them.
    pub fn new(member: BatchAddPermissionRequestListMember, policy_type: i64) -> Self {
        Self { member, policy_type }
    }
}
impl rt::serde::Serialize for BatchAddPermissionRequestList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("member", &self.member)?;
        object.field("policyType", &self.policy_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchAddPermissionRequestList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddPermissionRequestList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "member" => rt::read_field(map, &mut self.member),
            "policyType" => rt::read_field(map, &mut self.policy_type),
            _ => Ok(false),
        }
    }
}
/// `BatchAddPermissionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddPermissionResponseBody {
    /// `data`.
    pub data: Option<BatchAddPermissionResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchAddPermissionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchAddPermissionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchAddPermissionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `BatchQueryObjectiveResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryObjectiveResponseBody {
    /// `data`.
    pub data: Option<Vec<BatchQueryObjectiveResponseBodyData>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryObjectiveResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryObjectiveResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryObjectiveResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `BatchQueryUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryUserResponseBody {
    /// `data`.
    pub data: Option<Vec<BatchQueryUserResponseBodyData>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryUserResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryUserResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CreateKeyResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateKeyResultResponseBody {
    /// `data`.
    pub data: Option<CreateKeyResultResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateKeyResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateKeyResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateKeyResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CreateObjectiveResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateObjectiveResponseBody {
    /// `data`.
    pub data: Option<CreateObjectiveResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateObjectiveResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateObjectiveResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateObjectiveResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeleteKeyResultResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteKeyResultResponseBody {
    /// `data`.
    pub data: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteKeyResultResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteKeyResultResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteKeyResultResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeleteObjectiveResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteObjectiveResponseBody {
    /// `data`.
    pub data: Option<DeleteObjectiveResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteObjectiveResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteObjectiveResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteObjectiveResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeletePermissionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeletePermissionResponseBody {
    /// `data`.
    pub data: Option<DeletePermissionResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeletePermissionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeletePermissionResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeletePermissionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetPeriodListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPeriodListResponseBody {
    /// `data`.
    pub data: Option<GetPeriodListResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPeriodListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPeriodListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPeriodListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetPermissionResponseBody`: the same model as [`DeletePermissionResponseBody`].
pub type GetPermissionResponseBody = DeletePermissionResponseBody;
/// `GetUserOkrResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserOkrResponseBody {
    /// `data`.
    pub data: Option<GetUserOkrResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserOkrResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserOkrResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserOkrResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `OkrObjectivesBatchResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrObjectivesBatchResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenObjectiveDTO>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for OkrObjectivesBatchResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OkrObjectivesBatchResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OkrObjectivesBatchResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `OkrObjectivesByUserResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrObjectivesByUserResponseBody {
    /// `content`.
    pub content: Option<OkrObjectivesByUserResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for OkrObjectivesByUserResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OkrObjectivesByUserResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OkrObjectivesByUserResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `OkrPeriodsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrPeriodsResponseBody {
    /// `content`.
    pub content: Option<OkrPeriodsResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for OkrPeriodsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OkrPeriodsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OkrPeriodsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `UnAlignObjectiveResponseBody`: the same model as [`AlignObjectiveResponseBody`].
pub type UnAlignObjectiveResponseBody = AlignObjectiveResponseBody;
/// `UpdateKROfContentResponseBody`: the same model as [`DeleteKeyResultResponseBody`].
pub type UpdateKROfContentResponseBody = DeleteKeyResultResponseBody;
/// `UpdateKROfScoreResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateKROfScoreResponseBody {
    /// `data`.
    pub data: Option<UpdateKROfScoreResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateKROfScoreResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateKROfScoreResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateKROfScoreResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `UpdateKROfWeightResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateKROfWeightResponseBody {
    /// `data`.
    pub data: Option<UpdateKROfWeightResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateKROfWeightResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateKROfWeightResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateKROfWeightResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `UpdateObjectiveResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateObjectiveResponseBody {
    /// `data`.
    pub data: Option<UpdateObjectiveResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateObjectiveResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateObjectiveResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateObjectiveResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `UpdatePrivacyResponseBody`: the same model as [`DeletePermissionResponseBody`].
pub type UpdatePrivacyResponseBody = DeletePermissionResponseBody;
/// `AlignObjectiveResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AlignObjectiveResponseBodyData {
    /// `alignId`.
    pub align_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AlignObjectiveResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AlignObjectiveResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "alignId" => rt::read_field(map, &mut self.align_id),
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AlignObjectiveResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alignId", &self.align_id)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `BatchAddPermissionRequestListMember`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchAddPermissionRequestListMember {
    /// `id`.
    pub id: String,
    /// `type`.
    pub r#type: String,
}
impl BatchAddPermissionRequestListMember {
    /// A `BatchAddPermissionRequestListMember` with its required fields (`id`, `type`); set the others with the methods named after them.
    pub fn new(id: impl Into<String>, r#type: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            r#type: r#type.into(),
        }
    }
}
impl rt::serde::Serialize for BatchAddPermissionRequestListMember {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("id", &self.id)?;
        object.field("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchAddPermissionRequestListMember {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddPermissionRequestListMember {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `BatchAddPermissionResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddPermissionResponseBodyData {
    /// `hasInvalidUser`.
    pub has_invalid_user: Option<bool>,
    /// `permissionTree`.
    pub permission_tree: Option<BatchAddPermissionResponseBodyDataPermissionTree>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchAddPermissionResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchAddPermissionResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasInvalidUser" => rt::read_field(map, &mut self.has_invalid_user),
            "permissionTree" => rt::read_field(map, &mut self.permission_tree),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchAddPermissionResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasInvalidUser", &self.has_invalid_user)?;
        object.optional("permissionTree", &self.permission_tree)?;
        object.end()
    }
}
/// `BatchQueryObjectiveResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryObjectiveResponseBodyData {
    /// `alignFromIds`.
    pub align_from_ids: Option<Vec<String>>,
    /// `alignToIds`.
    pub align_to_ids: Option<Vec<String>>,
    /// `content`.
    pub content: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<f64>,
    /// `gmtModified`.
    pub gmt_modified: Option<f64>,
    /// `id`.
    pub id: Option<String>,
    /// `krList`.
    pub kr_list: Option<Vec<BatchQueryObjectiveResponseBodyDataKrList>>,
    /// `owner`.
    pub owner: Option<BatchQueryObjectiveResponseBodyDataOwner>,
    /// `periodId`.
    pub period_id: Option<String>,
    /// `permission`.
    pub permission: Option<Vec<f64>>,
    /// `position`.
    pub position: Option<i64>,
    /// `progress`.
    pub progress: Option<BatchQueryObjectiveResponseBodyDataProgress>,
    /// `progressPercent`.
    pub progress_percent: Option<f64>,
    /// `published`.
    pub published: Option<bool>,
    /// `score`.
    pub score: Option<f64>,
    /// `status`.
    pub status: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `weight`.
    pub weight: Option<f64>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryObjectiveResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryObjectiveResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "alignFromIds" => rt::read_field(map, &mut self.align_from_ids),
            "alignToIds" => rt::read_field(map, &mut self.align_to_ids),
            "content" => rt::read_field(map, &mut self.content),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "id" => rt::read_field(map, &mut self.id),
            "krList" => rt::read_field(map, &mut self.kr_list),
            "owner" => rt::read_field(map, &mut self.owner),
            "periodId" => rt::read_field(map, &mut self.period_id),
            "permission" => rt::read_field(map, &mut self.permission),
            "position" => rt::read_field(map, &mut self.position),
            "progress" => rt::read_field(map, &mut self.progress),
            "progressPercent" => rt::read_field(map, &mut self.progress_percent),
            "published" => rt::read_field(map, &mut self.published),
            "score" => rt::read_field(map, &mut self.score),
            "status" => rt::read_field(map, &mut self.status),
            "userId" => rt::read_field(map, &mut self.user_id),
            "weight" => rt::read_field(map, &mut self.weight),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryObjectiveResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alignFromIds", &self.align_from_ids)?;
        object.optional("alignToIds", &self.align_to_ids)?;
        object.optional("content", &self.content)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("id", &self.id)?;
        object.optional("krList", &self.kr_list)?;
        object.optional("owner", &self.owner)?;
        object.optional("periodId", &self.period_id)?;
        object.optional("permission", &self.permission)?;
        object.optional("position", &self.position)?;
        object.optional("progress", &self.progress)?;
        object.optional("progressPercent", &self.progress_percent)?;
        object.optional("published", &self.published)?;
        object.optional("score", &self.score)?;
        object.optional("status", &self.status)?;
        object.optional("userId", &self.user_id)?;
        object.optional("weight", &self.weight)?;
        object.end()
    }
}
/// `BatchQueryUserResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryUserResponseBodyData {
    /// `avatarMediaId`.
    pub avatar_media_id: Option<String>,
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `nickname`.
    pub nickname: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryUserResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryUserResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarMediaId" => rt::read_field(map, &mut self.avatar_media_id),
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "id" => rt::read_field(map, &mut self.id),
            "nickname" => rt::read_field(map, &mut self.nickname),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryUserResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarMediaId", &self.avatar_media_id)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("id", &self.id)?;
        object.optional("nickname", &self.nickname)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `CreateKeyResultResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateKeyResultResponseBodyData {
    /// `id`.
    pub id: Option<String>,
    /// `position`.
    pub position: Option<i64>,
    /// `weight`.
    pub weight: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateKeyResultResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateKeyResultResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "position" => rt::read_field(map, &mut self.position),
            "weight" => rt::read_field(map, &mut self.weight),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateKeyResultResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("position", &self.position)?;
        object.optional("weight", &self.weight)?;
        object.end()
    }
}
/// `CreateObjectiveResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateObjectiveResponseBodyData {
    /// `id`.
    pub id: Option<String>,
    /// `position`.
    pub position: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateObjectiveResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateObjectiveResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "position" => rt::read_field(map, &mut self.position),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateObjectiveResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("position", &self.position)?;
        object.end()
    }
}
/// `DeleteObjectiveResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeleteObjectiveResponseBodyData {
    /// `id`.
    pub id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeleteObjectiveResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeleteObjectiveResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeleteObjectiveResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.end()
    }
}
/// `DeletePermissionResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeletePermissionResponseBodyData {
    /// `id`.
    pub id: Option<String>,
    /// `policyList`.
    pub policy_list: Option<Vec<DeletePermissionResponseBodyDataPolicyList>>,
    /// `privacy`.
    pub privacy: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for DeletePermissionResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeletePermissionResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "policyList" => rt::read_field(map, &mut self.policy_list),
            "privacy" => rt::read_field(map, &mut self.privacy),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeletePermissionResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("policyList", &self.policy_list)?;
        object.optional("privacy", &self.privacy)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetPeriodListResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPeriodListResponseBodyData {
    /// `periodList`.
    pub period_list: Option<Vec<GetPeriodListResponseBodyDataPeriodList>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPeriodListResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPeriodListResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "periodList" => rt::read_field(map, &mut self.period_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPeriodListResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("periodList", &self.period_list)?;
        object.end()
    }
}
/// `GetPermissionResponseBodyData`: the same model as [`DeletePermissionResponseBodyData`].
pub type GetPermissionResponseBodyData = DeletePermissionResponseBodyData;
/// `GetUserOkrResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetUserOkrResponseBodyData {
    /// `list`.
    pub list: Option<Vec<GetUserOkrResponseBodyDataList>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetUserOkrResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetUserOkrResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "list" => rt::read_field(map, &mut self.list),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetUserOkrResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `OpenObjectiveDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenObjectiveDTO {
    /// `executor`.
    pub executor: Option<OpenUserDTO>,
    /// `keyResults`.
    pub key_results: Option<Vec<OpenKeyResultDTO>>,
    /// `objectiveId`.
    pub objective_id: Option<String>,
    /// `period`.
    pub period: Option<OpenPeriodDTO>,
    /// `progress`.
    pub progress: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `teams`.
    pub teams: Option<Vec<OpenTeamDTO>>,
    /// `title`.
    pub title: Option<String>,
    /// `weight`.
    pub weight: Option<f64>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenObjectiveDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenObjectiveDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "executor" => rt::read_field(map, &mut self.executor),
            "keyResults" => rt::read_field(map, &mut self.key_results),
            "objectiveId" => rt::read_field(map, &mut self.objective_id),
            "period" => rt::read_field(map, &mut self.period),
            "progress" => rt::read_field(map, &mut self.progress),
            "status" => rt::read_field(map, &mut self.status),
            "teams" => rt::read_field(map, &mut self.teams),
            "title" => rt::read_field(map, &mut self.title),
            "weight" => rt::read_field(map, &mut self.weight),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenObjectiveDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("executor", &self.executor)?;
        object.optional("keyResults", &self.key_results)?;
        object.optional("objectiveId", &self.objective_id)?;
        object.optional("period", &self.period)?;
        object.optional("progress", &self.progress)?;
        object.optional("status", &self.status)?;
        object.optional("teams", &self.teams)?;
        object.optional("title", &self.title)?;
        object.optional("weight", &self.weight)?;
        object.end()
    }
}
/// `OkrObjectivesByUserResponseBodyContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrObjectivesByUserResponseBodyContent {
    /// `result`.
    pub result: Option<Vec<OpenObjectiveDTO>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for OkrObjectivesByUserResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OkrObjectivesByUserResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OkrObjectivesByUserResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `OkrPeriodsResponseBodyContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrPeriodsResponseBodyContent {
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `result`.
    pub result: Option<Vec<OpenPeriodDTO>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for OkrPeriodsResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OkrPeriodsResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "result" => rt::read_field(map, &mut self.result),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OkrPeriodsResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("result", &self.result)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `UnAlignObjectiveResponseBodyData`: the same model as [`AlignObjectiveResponseBodyData`].
pub type UnAlignObjectiveResponseBodyData = AlignObjectiveResponseBodyData;
/// `UpdateKROfScoreResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateKROfScoreResponseBodyData {
    /// `objectiveScore`.
    pub objective_score: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateKROfScoreResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateKROfScoreResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objectiveScore" => rt::read_field(map, &mut self.objective_score),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateKROfScoreResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("objectiveScore", &self.objective_score)?;
        object.end()
    }
}
/// `UpdateKROfWeightResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateKROfWeightResponseBodyData {
    /// `objectiveProgress`.
    pub objective_progress: Option<UpdateKROfWeightResponseBodyDataObjectiveProgress>,
    /// `objectiveScore`.
    pub objective_score: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateKROfWeightResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateKROfWeightResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objectiveProgress" => rt::read_field(map, &mut self.objective_progress),
            "objectiveScore" => rt::read_field(map, &mut self.objective_score),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateKROfWeightResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("objectiveProgress", &self.objective_progress)?;
        object.optional("objectiveScore", &self.objective_score)?;
        object.end()
    }
}
/// `UpdateObjectiveResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateObjectiveResponseBodyData {
    /// `id`.
    pub id: Option<String>,
    /// `position`.
    pub position: Option<f64>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateObjectiveResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateObjectiveResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "position" => rt::read_field(map, &mut self.position),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateObjectiveResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("position", &self.position)?;
        object.end()
    }
}
/// `UpdatePrivacyResponseBodyData`: the same model as [`DeletePermissionResponseBodyData`].
pub type UpdatePrivacyResponseBodyData = DeletePermissionResponseBodyData;
/// `BatchAddPermissionResponseBodyDataPermissionTree`: the same model as [`DeletePermissionResponseBodyData`].
pub type BatchAddPermissionResponseBodyDataPermissionTree = DeletePermissionResponseBodyData;
/// `BatchQueryObjectiveResponseBodyDataKrList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryObjectiveResponseBodyDataKrList {
    /// `content`.
    pub content: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<f64>,
    /// `gmtModified`.
    pub gmt_modified: Option<f64>,
    /// `id`.
    pub id: Option<String>,
    /// `objectiveId`.
    pub objective_id: Option<String>,
    /// `permission`.
    pub permission: Option<Vec<f64>>,
    /// `position`.
    pub position: Option<i64>,
    /// `progress`.
    pub progress: Option<BatchQueryObjectiveResponseBodyDataKrListProgress>,
    /// `score`.
    pub score: Option<f64>,
    /// `weight`.
    pub weight: Option<f64>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryObjectiveResponseBodyDataKrList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryObjectiveResponseBodyDataKrList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "id" => rt::read_field(map, &mut self.id),
            "objectiveId" => rt::read_field(map, &mut self.objective_id),
            "permission" => rt::read_field(map, &mut self.permission),
            "position" => rt::read_field(map, &mut self.position),
            "progress" => rt::read_field(map, &mut self.progress),
            "score" => rt::read_field(map, &mut self.score),
            "weight" => rt::read_field(map, &mut self.weight),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryObjectiveResponseBodyDataKrList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("id", &self.id)?;
        object.optional("objectiveId", &self.objective_id)?;
        object.optional("permission", &self.permission)?;
        object.optional("position", &self.position)?;
        object.optional("progress", &self.progress)?;
        object.optional("score", &self.score)?;
        object.optional("weight", &self.weight)?;
        object.end()
    }
}
/// `BatchQueryObjectiveResponseBodyDataOwner`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryObjectiveResponseBodyDataOwner {
    /// `avatarMediaId`.
    pub avatar_media_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `nickname`.
    pub nickname: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryObjectiveResponseBodyDataOwner {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryObjectiveResponseBodyDataOwner {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarMediaId" => rt::read_field(map, &mut self.avatar_media_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "id" => rt::read_field(map, &mut self.id),
            "nickname" => rt::read_field(map, &mut self.nickname),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryObjectiveResponseBodyDataOwner {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("avatarMediaId", &self.avatar_media_id)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("id", &self.id)?;
        object.optional("nickname", &self.nickname)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `BatchQueryObjectiveResponseBodyDataProgress`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryObjectiveResponseBodyDataProgress {
    /// `percent`.
    pub percent: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchQueryObjectiveResponseBodyDataProgress {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchQueryObjectiveResponseBodyDataProgress {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "percent" => rt::read_field(map, &mut self.percent),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchQueryObjectiveResponseBodyDataProgress {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("percent", &self.percent)?;
        object.end()
    }
}
/// `DeletePermissionResponseBodyDataPolicyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeletePermissionResponseBodyDataPolicyList {
    /// `memberList`.
    pub member_list: Option<Vec<DeletePermissionResponseBodyDataPolicyListMemberList>>,
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for DeletePermissionResponseBodyDataPolicyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeletePermissionResponseBodyDataPolicyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "memberList" => rt::read_field(map, &mut self.member_list),
            "name" => rt::read_field(map, &mut self.name),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeletePermissionResponseBodyDataPolicyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("memberList", &self.member_list)?;
        object.optional("name", &self.name)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetPeriodListResponseBodyDataPeriodList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetPeriodListResponseBodyDataPeriodList {
    /// `endTime`.
    pub end_time: Option<f64>,
    /// `id`.
    pub id: Option<String>,
    /// `isCurrent`.
    pub is_current: Option<bool>,
    /// `isYearly`.
    pub is_yearly: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `startTime`.
    pub start_time: Option<f64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetPeriodListResponseBodyDataPeriodList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetPeriodListResponseBodyDataPeriodList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endTime" => rt::read_field(map, &mut self.end_time),
            "id" => rt::read_field(map, &mut self.id),
            "isCurrent" => rt::read_field(map, &mut self.is_current),
            "isYearly" => rt::read_field(map, &mut self.is_yearly),
            "name" => rt::read_field(map, &mut self.name),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetPeriodListResponseBodyDataPeriodList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("id", &self.id)?;
        object.optional("isCurrent", &self.is_current)?;
        object.optional("isYearly", &self.is_yearly)?;
        object.optional("name", &self.name)?;
        object.optional("startTime", &self.start_time)?;
        object.end()
    }
}
/// `GetPermissionResponseBodyDataPolicyList`: the same model as [`DeletePermissionResponseBodyDataPolicyList`].
pub type GetPermissionResponseBodyDataPolicyList = DeletePermissionResponseBodyDataPolicyList;
/// `GetUserOkrResponseBodyDataList`: the same model as [`BatchQueryObjectiveResponseBodyData`].
pub type GetUserOkrResponseBodyDataList = BatchQueryObjectiveResponseBodyData;
/// `OpenUserDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenUserDTO {
    /// `dingUserId`.
    pub ding_user_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userUid`.
    pub user_uid: Option<String>,
    /// `workNo`.
    pub work_no: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenUserDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenUserDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingUserId" => rt::read_field(map, &mut self.ding_user_id),
            "name" => rt::read_field(map, &mut self.name),
            "userUid" => rt::read_field(map, &mut self.user_uid),
            "workNo" => rt::read_field(map, &mut self.work_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenUserDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingUserId", &self.ding_user_id)?;
        object.optional("name", &self.name)?;
        object.optional("userUid", &self.user_uid)?;
        object.optional("workNo", &self.work_no)?;
        object.end()
    }
}
/// `OpenKeyResultDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenKeyResultDTO {
    /// `krId`.
    pub kr_id: Option<String>,
    /// `progress`.
    pub progress: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `titleMentions`.
    pub title_mentions: Option<Vec<TitleMention>>,
    /// `type`.
    pub r#type: Option<i64>,
    /// `weight`.
    pub weight: Option<f64>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenKeyResultDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenKeyResultDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "krId" => rt::read_field(map, &mut self.kr_id),
            "progress" => rt::read_field(map, &mut self.progress),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            "titleMentions" => rt::read_field(map, &mut self.title_mentions),
            "type" => rt::read_field(map, &mut self.r#type),
            "weight" => rt::read_field(map, &mut self.weight),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenKeyResultDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("krId", &self.kr_id)?;
        object.optional("progress", &self.progress)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.optional("titleMentions", &self.title_mentions)?;
        object.optional("type", &self.r#type)?;
        object.optional("weight", &self.weight)?;
        object.end()
    }
}
/// `OpenPeriodDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenPeriodDTO {
    /// `endDate`.
    pub end_date: Option<i64>,
    /// `nameCn`.
    pub name_cn: Option<String>,
    /// `nameEn`.
    pub name_en: Option<String>,
    /// `periodId`.
    pub period_id: Option<String>,
    /// `startDate`.
    pub start_date: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenPeriodDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenPeriodDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endDate" => rt::read_field(map, &mut self.end_date),
            "nameCn" => rt::read_field(map, &mut self.name_cn),
            "nameEn" => rt::read_field(map, &mut self.name_en),
            "periodId" => rt::read_field(map, &mut self.period_id),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenPeriodDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("nameCn", &self.name_cn)?;
        object.optional("nameEn", &self.name_en)?;
        object.optional("periodId", &self.period_id)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `OpenTeamDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenTeamDTO {
    /// `deptUid`.
    pub dept_uid: Option<String>,
    /// `dingDeptId`.
    pub ding_dept_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenTeamDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenTeamDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptUid" => rt::read_field(map, &mut self.dept_uid),
            "dingDeptId" => rt::read_field(map, &mut self.ding_dept_id),
            "name" => rt::read_field(map, &mut self.name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenTeamDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptUid", &self.dept_uid)?;
        object.optional("dingDeptId", &self.ding_dept_id)?;
        object.optional("name", &self.name)?;
        object.end()
    }
}
/// `UpdateKROfWeightResponseBodyDataObjectiveProgress`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateKROfWeightResponseBodyDataObjectiveProgress {
    /// `percent`.
    pub percent: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for UpdateKROfWeightResponseBodyDataObjectiveProgress {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateKROfWeightResponseBodyDataObjectiveProgress {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "percent" => rt::read_field(map, &mut self.percent),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateKROfWeightResponseBodyDataObjectiveProgress {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("percent", &self.percent)?;
        object.end()
    }
}
/// `UpdatePrivacyResponseBodyDataPolicyList`: the same model as [`DeletePermissionResponseBodyDataPolicyList`].
pub type UpdatePrivacyResponseBodyDataPolicyList = DeletePermissionResponseBodyDataPolicyList;
/// `BatchAddPermissionResponseBodyDataPermissionTreePolicyList`: the same model as [`DeletePermissionResponseBodyDataPolicyList`].
pub type BatchAddPermissionResponseBodyDataPermissionTreePolicyList = DeletePermissionResponseBodyDataPolicyList;
/// `BatchQueryObjectiveResponseBodyDataKrListProgress`: the same model as [`BatchQueryObjectiveResponseBodyDataProgress`].
pub type BatchQueryObjectiveResponseBodyDataKrListProgress = BatchQueryObjectiveResponseBodyDataProgress;
/// `DeletePermissionResponseBodyDataPolicyListMemberList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeletePermissionResponseBodyDataPolicyListMemberList {
    /// `id`.
    pub id: Option<String>,
    /// `nickname`.
    pub nickname: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for DeletePermissionResponseBodyDataPolicyListMemberList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeletePermissionResponseBodyDataPolicyListMemberList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "nickname" => rt::read_field(map, &mut self.nickname),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeletePermissionResponseBodyDataPolicyListMemberList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("id", &self.id)?;
        object.optional("nickname", &self.nickname)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetPermissionResponseBodyDataPolicyListMemberList`: the same model as [`DeletePermissionResponseBodyDataPolicyListMemberList`].
pub type GetPermissionResponseBodyDataPolicyListMemberList = DeletePermissionResponseBodyDataPolicyListMemberList;
/// `GetUserOkrResponseBodyDataListKrList`: the same model as [`BatchQueryObjectiveResponseBodyDataKrList`].
pub type GetUserOkrResponseBodyDataListKrList = BatchQueryObjectiveResponseBodyDataKrList;
/// `GetUserOkrResponseBodyDataListOwner`: the same model as [`BatchQueryObjectiveResponseBodyDataOwner`].
pub type GetUserOkrResponseBodyDataListOwner = BatchQueryObjectiveResponseBodyDataOwner;
/// `GetUserOkrResponseBodyDataListProgress`: the same model as [`BatchQueryObjectiveResponseBodyDataProgress`].
pub type GetUserOkrResponseBodyDataListProgress = BatchQueryObjectiveResponseBodyDataProgress;
/// `TitleMention`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TitleMention {
    /// `length`.
    pub length: Option<i64>,
    /// `offset`.
    pub offset: Option<i64>,
    /// `user`.
    pub user: Option<OpenUserDTO>,
}
impl<'de> rt::serde::Deserialize<'de> for TitleMention {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for TitleMention {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "length" => rt::read_field(map, &mut self.length),
            "offset" => rt::read_field(map, &mut self.offset),
            "user" => rt::read_field(map, &mut self.user),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for TitleMention {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("length", &self.length)?;
        object.optional("offset", &self.offset)?;
        object.optional("user", &self.user)?;
        object.end()
    }
}
/// `UpdatePrivacyResponseBodyDataPolicyListMemberList`: the same model as [`DeletePermissionResponseBodyDataPolicyListMemberList`].
pub type UpdatePrivacyResponseBodyDataPolicyListMemberList = DeletePermissionResponseBodyDataPolicyListMemberList;
/// `BatchAddPermissionResponseBodyDataPermissionTreePolicyListMemberList`: the same model as [`DeletePermissionResponseBodyDataPolicyListMemberList`].
pub type BatchAddPermissionResponseBodyDataPermissionTreePolicyListMemberList = DeletePermissionResponseBodyDataPolicyListMemberList;
/// `GetUserOkrResponseBodyDataListKrListProgress`: the same model as [`BatchQueryObjectiveResponseBodyDataProgress`].
pub type GetUserOkrResponseBodyDataListKrListProgress = BatchQueryObjectiveResponseBodyDataProgress;
/// The request of [`Api::align_objective`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AlignObjectiveRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `periodId`.
    pub period_id: String,
    /// `targetId`.
    pub target_id: String,
}
impl AlignObjectiveRequest {
    /// A `AlignObjectiveRequest` with its required fields (`userId`, `periodId`, `targetId`); set the others with the methods named after them.
    pub fn new(
        user_id: impl Into<String>,
        period_id: impl Into<String>,
        target_id: impl Into<String>,
    ) -> Self {
        Self {
            user_id: user_id.into(),
            period_id: period_id.into(),
            target_id: target_id.into(),
        }
    }
}
impl rt::serde::Serialize for AlignObjectiveRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("periodId", &self.period_id)?;
        object.field("targetId", &self.target_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AlignObjectiveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AlignObjectiveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "periodId" => rt::read_field(map, &mut self.period_id),
            "targetId" => rt::read_field(map, &mut self.target_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AlignObjectiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_add_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchAddPermissionRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `list`.
    pub list: Vec<BatchAddPermissionRequestList>,
    /// `targetId`.
    pub target_id: String,
    /// `targetType`.
    pub target_type: String,
}
impl BatchAddPermissionRequest {
    /// A `BatchAddPermissionRequest` with its required fields (`userId`, `list`, `targetId`, `targetType`); set the others with the methods named after them.
    pub fn new(
        user_id: impl Into<String>,
        list: impl IntoIterator<Item = BatchAddPermissionRequestList>,
        target_id: impl Into<String>,
        target_type: impl Into<String>,
    ) -> Self {
        Self {
            user_id: user_id.into(),
            list: list.into_iter().collect(),
            target_id: target_id.into(),
            target_type: target_type.into(),
        }
    }
}
impl rt::serde::Serialize for BatchAddPermissionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("list", &self.list)?;
        object.field("targetId", &self.target_id)?;
        object.field("targetType", &self.target_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchAddPermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddPermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "list" => rt::read_field(map, &mut self.list),
            "targetId" => rt::read_field(map, &mut self.target_id),
            "targetType" => rt::read_field(map, &mut self.target_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchAddPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_objective`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryObjectiveRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `objectiveIds`.
    pub objective_ids: Vec<String>,
    /// `periodId`.
    pub period_id: String,
    /// `withAlign`.
    pub with_align: Option<bool>,
    /// `withKr`.
    pub with_kr: Option<bool>,
    /// `withProgress`.
    pub with_progress: bool,
}
impl BatchQueryObjectiveRequest {
    /// A `BatchQueryObjectiveRequest` with its required fields (`userId`, `objectiveIds`, `periodId`, `withProgress`); set the others with the methods named after them.
    pub fn new(
        user_id: impl Into<String>,
        objective_ids: impl IntoIterator<Item = impl Into<String>>,
        period_id: impl Into<String>,
        with_progress: bool,
    ) -> Self {
        Self {
            user_id: user_id.into(),
            objective_ids: objective_ids.into_iter().map(Into::into).collect(),
            period_id: period_id.into(),
            with_align: None,
            with_kr: None,
            with_progress,
        }
    }
    /// Sets `withAlign`.
    pub fn with_align(mut self, value: bool) -> Self {
        self.with_align = Some(value);
        self
    }
    /// Sets `withKr`.
    pub fn with_kr(mut self, value: bool) -> Self {
        self.with_kr = Some(value);
        self
    }
}
impl rt::serde::Serialize for BatchQueryObjectiveRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("objectiveIds", &self.objective_ids)?;
        object.field("periodId", &self.period_id)?;
        object.optional("withAlign", &self.with_align)?;
        object.optional("withKr", &self.with_kr)?;
        object.field("withProgress", &self.with_progress)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchQueryObjectiveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchQueryObjectiveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "objectiveIds" => rt::read_field(map, &mut self.objective_ids),
            "periodId" => rt::read_field(map, &mut self.period_id),
            "withAlign" => rt::read_field(map, &mut self.with_align),
            "withKr" => rt::read_field(map, &mut self.with_kr),
            "withProgress" => rt::read_field(map, &mut self.with_progress),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchQueryObjectiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_user`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryUserRequest {
    /// `okrUserIds`.
    pub okr_user_ids: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl BatchQueryUserRequest {
    /// An empty `BatchQueryUserRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `okrUserIds`.
    pub fn okr_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.okr_user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `userIds`.
    pub fn user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.user_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for BatchQueryUserRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("okrUserIds", &self.okr_user_ids)?;
        object.optional("userIds", &self.user_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchQueryUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchQueryUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "okrUserIds" => rt::read_field(map, &mut self.okr_user_ids),
            "userIds" => rt::read_field(map, &mut self.user_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchQueryUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_key_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateKeyResultRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `content`.
    pub content: String,
    /// `objectiveId`.
    pub objective_id: String,
    /// `periodId`.
    pub period_id: String,
    /// `prevPosition`.
    pub prev_position: Option<i64>,
    /// `weight`.
    pub weight: Option<i64>,
}
impl CreateKeyResultRequest {
    /// A `CreateKeyResultRequest` with its required fields (`userId`, `content`, `objectiveId`, `periodId`); set the others with the methods named after them.
    pub fn new(
        user_id: impl Into<String>,
        content: impl Into<String>,
        objective_id: impl Into<String>,
        period_id: impl Into<String>,
    ) -> Self {
        Self {
            user_id: user_id.into(),
            content: content.into(),
            objective_id: objective_id.into(),
            period_id: period_id.into(),
            prev_position: None,
            weight: None,
        }
    }
    /// Sets `prevPosition`.
    pub fn prev_position(mut self, value: i64) -> Self {
        self.prev_position = Some(value);
        self
    }
    /// Sets `weight`.
    pub fn weight(mut self, value: i64) -> Self {
        self.weight = Some(value);
        self
    }
}
impl rt::serde::Serialize for CreateKeyResultRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("objectiveId", &self.objective_id)?;
        object.field("periodId", &self.period_id)?;
        object.optional("prevPosition", &self.prev_position)?;
        object.optional("weight", &self.weight)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateKeyResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateKeyResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "content" => rt::read_field(map, &mut self.content),
            "objectiveId" => rt::read_field(map, &mut self.objective_id),
            "periodId" => rt::read_field(map, &mut self.period_id),
            "prevPosition" => rt::read_field(map, &mut self.prev_position),
            "weight" => rt::read_field(map, &mut self.weight),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateKeyResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_objective`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateObjectiveRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `content`.
    pub content: String,
    /// `periodId`.
    pub period_id: String,
    /// `prevPosition`.
    pub prev_position: String,
}
impl CreateObjectiveRequest {
    /// A `CreateObjectiveRequest` with its required fields (`userId`, `content`, `periodId`, `prevPosition`); set the others with the methods named after them.
    pub fn new(
        user_id: impl Into<String>,
        content: impl Into<String>,
        period_id: impl Into<String>,
        prev_position: impl Into<String>,
    ) -> Self {
        Self {
            user_id: user_id.into(),
            content: content.into(),
            period_id: period_id.into(),
            prev_position: prev_position.into(),
        }
    }
}
impl rt::serde::Serialize for CreateObjectiveRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.field("periodId", &self.period_id)?;
        object.field("prevPosition", &self.prev_position)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateObjectiveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateObjectiveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "content" => rt::read_field(map, &mut self.content),
            "periodId" => rt::read_field(map, &mut self.period_id),
            "prevPosition" => rt::read_field(map, &mut self.prev_position),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateObjectiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_key_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteKeyResultRequest {
    /// `krId`: a query parameter.
    pub kr_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl DeleteKeyResultRequest {
    /// A `DeleteKeyResultRequest` with its required fields (`krId`, `userId`); set the others with the methods named after them.
    pub fn new(kr_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            kr_id: kr_id.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteKeyResultRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteKeyResultRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "krId" => rt::read_field(map, &mut self.kr_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteKeyResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("krId", &self.kr_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::delete_objective`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteObjectiveRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl DeleteObjectiveRequest {
    /// A `DeleteObjectiveRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteObjectiveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteObjectiveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteObjectiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::delete_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeletePermissionRequest {
    /// `id`: a query parameter.
    pub id: String,
    /// `policyType`: a query parameter.
    pub policy_type: i64,
    /// `targetId`: a query parameter.
    pub target_id: String,
    /// `targetType`: a query parameter.
    pub target_type: String,
    /// `type`: a query parameter.
    pub r#type: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl DeletePermissionRequest {
    /// A `DeletePermissionRequest` with its required fields (`id`, `policyType`, `targetId`, `targetType`, `type`, `userId`); set the others with the methods named after them.
    pub fn new(
        id: impl Into<String>,
        policy_type: i64,
        target_id: impl Into<String>,
        target_type: impl Into<String>,
        r#type: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            policy_type,
            target_id: target_id.into(),
            target_type: target_type.into(),
            r#type: r#type.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeletePermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeletePermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => rt::read_field(map, &mut self.id),
            "policyType" => rt::read_field(map, &mut self.policy_type),
            "targetId" => rt::read_field(map, &mut self.target_id),
            "targetType" => rt::read_field(map, &mut self.target_type),
            "type" => rt::read_field(map, &mut self.r#type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeletePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("id", &self.id);
        writer.query("policyType", &self.policy_type);
        writer.query("targetId", &self.target_id);
        writer.query("targetType", &self.target_type);
        writer.query("type", &self.r#type);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetPermissionRequest {
    /// `targetId`: a query parameter.
    pub target_id: String,
    /// `targetType`: a query parameter.
    pub target_type: String,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `withKr`: a query parameter.
    pub with_kr: Option<bool>,
    /// `withObjective`: a query parameter.
    pub with_objective: Option<bool>,
}
impl GetPermissionRequest {
    /// A `GetPermissionRequest` with its required fields (`targetId`, `targetType`, `userId`); set the others with the methods named after them.
    pub fn new(
        target_id: impl Into<String>,
        target_type: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            target_id: target_id.into(),
            target_type: target_type.into(),
            user_id: user_id.into(),
            with_kr: None,
            with_objective: None,
        }
    }
    /// Sets `withKr`.
    pub fn with_kr(mut self, value: bool) -> Self {
        self.with_kr = Some(value);
        self
    }
    /// Sets `withObjective`.
    pub fn with_objective(mut self, value: bool) -> Self {
        self.with_objective = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetPermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetPermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "targetId" => rt::read_field(map, &mut self.target_id),
            "targetType" => rt::read_field(map, &mut self.target_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            "withKr" => rt::read_field(map, &mut self.with_kr),
            "withObjective" => rt::read_field(map, &mut self.with_objective),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetId", &self.target_id);
        writer.query("targetType", &self.target_type);
        writer.query("userId", &self.user_id);
        writer.query("withKr", &self.with_kr);
        writer.query("withObjective", &self.with_objective);
    }
}
/// The request of [`Api::get_user_okr`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetUserOkrRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `periodId`: a query parameter.
    pub period_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetUserOkrRequest {
    /// A `GetUserOkrRequest` with its required fields (`periodId`, `userId`); set the others with the methods named after them.
    pub fn new(period_id: impl Into<String>, user_id: impl Into<String>) -> Self {
        Self {
            page_number: None,
            page_size: None,
            period_id: period_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetUserOkrRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetUserOkrRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "periodId" => rt::read_field(map, &mut self.period_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetUserOkrRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("periodId", &self.period_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::okr_objectives_batch`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrObjectivesBatchRequest {
    /// `goodsCode`.
    pub goods_code: Option<String>,
    /// `objectiveIds`.
    pub objective_ids: Option<Vec<String>>,
}
impl OkrObjectivesBatchRequest {
    /// An empty `OkrObjectivesBatchRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `goodsCode`.
    pub fn goods_code(mut self, value: impl Into<String>) -> Self {
        self.goods_code = Some(value.into());
        self
    }
    /// Sets `objectiveIds`.
    pub fn objective_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.objective_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for OkrObjectivesBatchRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("goodsCode", &self.goods_code)?;
        object.optional("objectiveIds", &self.objective_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OkrObjectivesBatchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OkrObjectivesBatchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "goodsCode" => rt::read_field(map, &mut self.goods_code),
            "objectiveIds" => rt::read_field(map, &mut self.objective_ids),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OkrObjectivesBatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::okr_objectives_by_user`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrObjectivesByUserRequest {
    /// `goodsCode`: a query parameter.
    pub goods_code: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl OkrObjectivesByUserRequest {
    /// An empty `OkrObjectivesByUserRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `goodsCode`.
    pub fn goods_code(mut self, value: impl Into<String>) -> Self {
        self.goods_code = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OkrObjectivesByUserRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OkrObjectivesByUserRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "goodsCode" => rt::read_field(map, &mut self.goods_code),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OkrObjectivesByUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("goodsCode", &self.goods_code);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::okr_periods`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrPeriodsRequest {
    /// `goodsCode`: a query parameter.
    pub goods_code: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `status`: a query parameter.
    pub status: Option<i64>,
}
impl OkrPeriodsRequest {
    /// An empty `OkrPeriodsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `goodsCode`.
    pub fn goods_code(mut self, value: impl Into<String>) -> Self {
        self.goods_code = Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for OkrPeriodsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for OkrPeriodsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "goodsCode" => rt::read_field(map, &mut self.goods_code),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for OkrPeriodsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("goodsCode", &self.goods_code);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("status", &self.status);
    }
}
/// The request of [`Api::un_align_objective`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UnAlignObjectiveRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `periodId`.
    pub period_id: String,
    /// `targetId`.
    pub target_id: String,
}
impl UnAlignObjectiveRequest {
    /// A `UnAlignObjectiveRequest` with its required fields (`userId`, `periodId`, `targetId`); set the others with the methods named after them.
    pub fn new(
        user_id: impl Into<String>,
        period_id: impl Into<String>,
        target_id: impl Into<String>,
    ) -> Self {
        Self {
            user_id: user_id.into(),
            period_id: period_id.into(),
            target_id: target_id.into(),
        }
    }
}
impl rt::serde::Serialize for UnAlignObjectiveRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("periodId", &self.period_id)?;
        object.field("targetId", &self.target_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UnAlignObjectiveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UnAlignObjectiveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "periodId" => rt::read_field(map, &mut self.period_id),
            "targetId" => rt::read_field(map, &mut self.target_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UnAlignObjectiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_kr_of_content`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateKROfContentRequest {
    /// `krId`: a query parameter.
    pub kr_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `content`.
    pub content: String,
    /// `updateQuoteList`.
    pub update_quote_list: Option<Vec<String>>,
}
impl UpdateKROfContentRequest {
    /// A `UpdateKROfContentRequest` with its required fields (`krId`, `userId`, `content`); set the others with the methods named after them.
    pub fn new(
        kr_id: impl Into<String>,
        user_id: impl Into<String>,
        content: impl Into<String>,
    ) -> Self {
        Self {
            kr_id: kr_id.into(),
            user_id: user_id.into(),
            content: content.into(),
            update_quote_list: None,
        }
    }
    /// Sets `updateQuoteList`.
    pub fn update_quote_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.update_quote_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for UpdateKROfContentRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.optional("updateQuoteList", &self.update_quote_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateKROfContentRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateKROfContentRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "krId" => rt::read_field(map, &mut self.kr_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "content" => rt::read_field(map, &mut self.content),
            "updateQuoteList" => rt::read_field(map, &mut self.update_quote_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateKROfContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("krId", &self.kr_id);
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_kr_of_score`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateKROfScoreRequest {
    /// `krId`: a query parameter.
    pub kr_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `score`.
    pub score: i64,
}
impl UpdateKROfScoreRequest {
    /// A `UpdateKROfScoreRequest` with its required fields (`krId`, `userId`, `score`); set the others with the methods named after them.
    pub fn new(
        kr_id: impl Into<String>,
        user_id: impl Into<String>,
        score: i64,
    ) -> Self {
        Self {
            kr_id: kr_id.into(),
            user_id: user_id.into(),
            score,
        }
    }
}
impl rt::serde::Serialize for UpdateKROfScoreRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("score", &self.score)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateKROfScoreRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateKROfScoreRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "krId" => rt::read_field(map, &mut self.kr_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "score" => rt::read_field(map, &mut self.score),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateKROfScoreRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("krId", &self.kr_id);
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_kr_of_weight`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateKROfWeightRequest {
    /// `krId`: a query parameter.
    pub kr_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `weight`.
    pub weight: i64,
}
impl UpdateKROfWeightRequest {
    /// A `UpdateKROfWeightRequest` with its required fields (`krId`, `userId`, `weight`); set the others with the methods named after them.
    pub fn new(
        kr_id: impl Into<String>,
        user_id: impl Into<String>,
        weight: i64,
    ) -> Self {
        Self {
            kr_id: kr_id.into(),
            user_id: user_id.into(),
            weight,
        }
    }
}
impl rt::serde::Serialize for UpdateKROfWeightRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("weight", &self.weight)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateKROfWeightRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateKROfWeightRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "krId" => rt::read_field(map, &mut self.kr_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            "weight" => rt::read_field(map, &mut self.weight),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateKROfWeightRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("krId", &self.kr_id);
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_objective`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateObjectiveRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `content`.
    pub content: String,
}
impl UpdateObjectiveRequest {
    /// A `UpdateObjectiveRequest` with its required fields (`userId`, `content`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>, content: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
            content: content.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateObjectiveRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("content", &self.content)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateObjectiveRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateObjectiveRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "content" => rt::read_field(map, &mut self.content),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateObjectiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_privacy`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdatePrivacyRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `privacy`.
    pub privacy: String,
    /// `targetId`.
    pub target_id: String,
    /// `targetType`.
    pub target_type: String,
}
impl UpdatePrivacyRequest {
    /// A `UpdatePrivacyRequest` with its required fields (`userId`, `privacy`, `targetId`, `targetType`); set the others with the methods named after them.
    pub fn new(
        user_id: impl Into<String>,
        privacy: impl Into<String>,
        target_id: impl Into<String>,
        target_type: impl Into<String>,
    ) -> Self {
        Self {
            user_id: user_id.into(),
            privacy: privacy.into(),
            target_id: target_id.into(),
            target_type: target_type.into(),
        }
    }
}
impl rt::serde::Serialize for UpdatePrivacyRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("privacy", &self.privacy)?;
        object.field("targetId", &self.target_id)?;
        object.field("targetType", &self.target_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdatePrivacyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdatePrivacyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "privacy" => rt::read_field(map, &mut self.privacy),
            "targetId" => rt::read_field(map, &mut self.target_id),
            "targetType" => rt::read_field(map, &mut self.target_type),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdatePrivacyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::align_objective`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AlignObjectiveError = rt::ServiceError;
/// An error reply of [`Api::batch_add_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchAddPermissionError = rt::ServiceError;
/// An error reply of [`Api::batch_query_objective`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryObjectiveError = rt::ServiceError;
/// An error reply of [`Api::batch_query_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryUserError = rt::ServiceError;
/// An error reply of [`Api::create_key_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateKeyResultError = rt::ServiceError;
/// An error reply of [`Api::create_objective`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateObjectiveError = rt::ServiceError;
/// An error reply of [`Api::delete_key_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteKeyResultError = rt::ServiceError;
/// An error reply of [`Api::delete_objective`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteObjectiveError = rt::ServiceError;
/// An error reply of [`Api::delete_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeletePermissionError = rt::ServiceError;
/// An error reply of [`Api::get_period_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPeriodListError = rt::ServiceError;
/// An error reply of [`Api::get_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPermissionError = rt::ServiceError;
/// An error reply of [`Api::get_user_okr`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserOkrError = rt::ServiceError;
/// An error reply of [`Api::okr_objectives_batch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OkrObjectivesBatchError = rt::ServiceError;
/// An error reply of [`Api::okr_objectives_by_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OkrObjectivesByUserError = rt::ServiceError;
/// An error reply of [`Api::okr_periods`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OkrPeriodsError = rt::ServiceError;
/// An error reply of [`Api::un_align_objective`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UnAlignObjectiveError = rt::ServiceError;
/// An error reply of [`Api::update_kr_of_content`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateKROfContentError = rt::ServiceError;
/// An error reply of [`Api::update_kr_of_score`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateKROfScoreError = rt::ServiceError;
/// An error reply of [`Api::update_kr_of_weight`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateKROfWeightError = rt::ServiceError;
/// An error reply of [`Api::update_objective`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateObjectiveError = rt::ServiceError;
/// An error reply of [`Api::update_privacy`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdatePrivacyError = rt::ServiceError;
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
        "AlignObjective" => {
            rt::conformance::reply(
                    api.align_objective(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "BatchAddPermission" => {
            rt::conformance::reply(api.batch_add_permission(&inputs.request(true)?))
                .await
        }
        "BatchQueryObjective" => {
            rt::conformance::reply(api.batch_query_objective(&inputs.request(true)?))
                .await
        }
        "BatchQueryUser" => {
            rt::conformance::reply(api.batch_query_user(&inputs.request(true)?)).await
        }
        "CreateKeyResult" => {
            rt::conformance::reply(api.create_key_result(&inputs.request(true)?)).await
        }
        "CreateObjective" => {
            rt::conformance::reply(api.create_objective(&inputs.request(true)?)).await
        }
        "DeleteKeyResult" => {
            rt::conformance::reply(api.delete_key_result(&inputs.request(false)?)).await
        }
        "DeleteObjective" => {
            rt::conformance::reply(
                    api.delete_objective(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "DeletePermission" => {
            rt::conformance::reply(api.delete_permission(&inputs.request(false)?)).await
        }
        "GetPeriodList" => rt::conformance::reply(api.get_period_list()).await,
        "GetPermission" => {
            rt::conformance::reply(api.get_permission(&inputs.request(false)?)).await
        }
        "GetUserOkr" => {
            rt::conformance::reply(api.get_user_okr(&inputs.request(false)?)).await
        }
        "OkrObjectivesBatch" => {
            rt::conformance::reply(api.okr_objectives_batch(&inputs.request(true)?))
                .await
        }
        "OkrObjectivesByUser" => {
            rt::conformance::reply(
                    api
                        .okr_objectives_by_user(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "OkrPeriods" => {
            rt::conformance::reply(api.okr_periods(&inputs.request(false)?)).await
        }
        "UnAlignObjective" => {
            rt::conformance::reply(
                    api.un_align_objective(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "UpdateKROfContent" => {
            rt::conformance::reply(api.update_kr_of_content(&inputs.request(true)?))
                .await
        }
        "UpdateKROfScore" => {
            rt::conformance::reply(api.update_kr_of_score(&inputs.request(true)?)).await
        }
        "UpdateKROfWeight" => {
            rt::conformance::reply(api.update_kr_of_weight(&inputs.request(true)?)).await
        }
        "UpdateObjective" => {
            rt::conformance::reply(
                    api.update_objective(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "UpdatePrivacy" => {
            rt::conformance::reply(api.update_privacy(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
