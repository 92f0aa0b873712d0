// @generated from api-spec/org_culture_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.org_culture_1_0()`. Generated from `api-spec/org_culture_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `org_culture_1_0`. Get it with `client.org_culture_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 批量发放积分或额度
    ///
    /// `POST /v1.0/orgCulture/organizations/points/assign` (operation `AssignOrgHoldingToEmpHoldingBatch`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AssignOrgHoldingToEmpHoldingBatchError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn assign_org_holding_to_emp_holding_batch(
        &self,
        request: &AssignOrgHoldingToEmpHoldingBatchRequest,
    ) -> rt::Call<
        AssignOrgHoldingToEmpHoldingBatchResponseBody,
        AssignOrgHoldingToEmpHoldingBatchError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AssignOrgHoldingToEmpHoldingBatch",
            rt::Method::Post,
            "/v1.0/orgCulture/organizations/points/assign",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 扣减员工积分
    ///
    /// `POST /v1.0/orgCulture/users/{user_id}/points/deduct` (operation `ConsumeUserPoints`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ConsumeUserPointsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn consume_user_points(
        &self,
        user_id: &str,
        request: &ConsumeUserPointsRequest,
    ) -> rt::Call<ConsumeUserPointsResponseBody, ConsumeUserPointsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConsumeUserPoints",
            rt::Method::Post,
            "/v1.0/orgCulture/users/{user_id}/points/deduct",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建荣誉勋章模板
    ///
    /// `POST /v1.0/orgCulture/honors/templates` (operation `CreateOrgHonor`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateOrgHonorError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_org_honor(
        &self,
        request: &CreateOrgHonorRequest,
    ) -> rt::Call<CreateOrgHonorResponseBody, CreateOrgHonorError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateOrgHonor",
            rt::Method::Post,
            "/v1.0/orgCulture/honors/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量扣减积分
    ///
    /// `POST /v1.0/orgCulture/users/points/deduct` (operation `DeductionPointBatch`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeductionPointBatchError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn deduction_point_batch(
        &self,
        request: &DeductionPointBatchRequest,
    ) -> rt::Call<DeductionPointBatchResponseBody, DeductionPointBatchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeductionPointBatch",
            rt::Method::Post,
            "/v1.0/orgCulture/users/points/deduct",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 积分榜单导出
    ///
    /// `POST /v1.0/orgCulture/users/points/export` (operation `ExportPointOpen`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ExportPointOpenError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn export_point_open(
        &self,
        request: &ExportPointOpenRequest,
    ) -> rt::Call<ExportPointOpenResponseBody, ExportPointOpenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExportPointOpen",
            rt::Method::Post,
            "/v1.0/orgCulture/users/points/export",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 授予荣誉 异步执行
    ///
    /// `POST /v1.0/orgCulture/honors/{honor_id}/grant` (operation `GrantHonor`).
    ///
    /// # Path parameters
    ///
    /// - `honor_id` (`honor_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GrantHonorError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn grant_honor(
        &self,
        honor_id: &str,
        request: &GrantHonorRequest,
    ) -> rt::Call<GrantHonorResponseBody, GrantHonorError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GrantHonor",
            rt::Method::Post,
            "/v1.0/orgCulture/honors/{honor_id}/grant",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[honor_id], request)
    }
    /// 查询当前企业下可兑换的积分
    ///
    /// `GET /v1.0/orgCulture/organizations/points` (operation `QueryCorpPoints`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCorpPointsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_corp_points(
        &self,
        request: &QueryCorpPointsRequest,
    ) -> rt::Call<QueryCorpPointsResponseBody, QueryCorpPointsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCorpPoints",
            rt::Method::Get,
            "/v1.0/orgCulture/organizations/points",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询个人积分使用明细
    ///
    /// `GET /v1.0/orgCulture/points/empDetails` (operation `QueryEmpPointDetails`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryEmpPointDetailsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_emp_point_details(
        &self,
        request: &QueryEmpPointDetailsRequest,
    ) -> rt::Call<QueryEmpPointDetailsResponseBody, QueryEmpPointDetailsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryEmpPointDetails",
            rt::Method::Get,
            "/v1.0/orgCulture/points/empDetails",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取组织荣誉
    ///
    /// `GET /v1.0/orgCulture/organizations/honors` (operation `QueryOrgHonors`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryOrgHonorsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_org_honors(
        &self,
        request: &QueryOrgHonorsRequest,
    ) -> rt::Call<QueryOrgHonorsResponseBody, QueryOrgHonorsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOrgHonors",
            rt::Method::Get,
            "/v1.0/orgCulture/organizations/honors",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询组织发放扣除积分明细
    ///
    /// `GET /v1.0/orgCulture/points/orgDetails` (operation `QueryOrgPointDetails`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryOrgPointDetailsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_org_point_details(
        &self,
        request: &QueryOrgPointDetailsRequest,
    ) -> rt::Call<QueryOrgPointDetailsResponseBody, QueryOrgPointDetailsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOrgPointDetails",
            rt::Method::Get,
            "/v1.0/orgCulture/points/orgDetails",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询积分自动发放行为规则
    ///
    /// `GET /v1.0/orgCulture/users/points/actionRules` (operation `QueryPointActionAutoAssignRule`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPointActionAutoAssignRuleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_point_action_auto_assign_rule(
        &self,
    ) -> rt::Call<
        QueryPointActionAutoAssignRuleResponseBody,
        QueryPointActionAutoAssignRuleError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPointActionAutoAssignRule",
            rt::Method::Get,
            "/v1.0/orgCulture/users/points/actionRules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 每月自动发放额度查询
    ///
    /// `GET /v1.0/orgCulture/users/points` (operation `QueryPointAutoIssueSetting`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPointAutoIssueSettingError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_point_auto_issue_setting(
        &self,
    ) -> rt::Call<
        QueryPointAutoIssueSettingResponseBody,
        QueryPointAutoIssueSettingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPointAutoIssueSetting",
            rt::Method::Get,
            "/v1.0/orgCulture/users/points",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询员工已获得的组织荣誉列表
    ///
    /// `GET /v1.0/orgCulture/honors/users/{user_id}` (operation `QueryUserHonors`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUserHonorsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_user_honors(
        &self,
        user_id: &str,
        request: &QueryUserHonorsRequest,
    ) -> rt::Call<QueryUserHonorsResponseBody, QueryUserHonorsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserHonors",
            rt::Method::Get,
            "/v1.0/orgCulture/honors/users/{user_id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询员工已获得的积分
    ///
    /// `GET /v1.0/orgCulture/users/{user_id}/points` (operation `QueryUserPoints`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUserPointsError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn query_user_points(
        &self,
        user_id: &str,
    ) -> rt::Call<QueryUserPointsResponseBody, QueryUserPointsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserPoints",
            rt::Method::Get,
            "/v1.0/orgCulture/users/{user_id}/points",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 撤销员工获得的荣誉勋章
    ///
    /// `POST /v1.0/orgCulture/honors/{honor_id}/recall` (operation `RecallHonor`).
    ///
    /// # Path parameters
    ///
    /// - `honor_id` (`honor_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RecallHonorError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn recall_honor(
        &self,
        honor_id: &str,
        request: &RecallHonorRequest,
    ) -> rt::Call<RecallHonorResponseBody, RecallHonorError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RecallHonor",
            rt::Method::Post,
            "/v1.0/orgCulture/honors/{honor_id}/recall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[honor_id], request)
    }
    /// 每月自动发放额度修改
    ///
    /// `POST /v1.0/orgCulture/users/points/set` (operation `UpdateAutoIssuePoint`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateAutoIssuePointError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_auto_issue_point(
        &self,
        request: &UpdateAutoIssuePointRequest,
    ) -> rt::Call<UpdateAutoIssuePointResponseBody, UpdateAutoIssuePointError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateAutoIssuePoint",
            rt::Method::Post,
            "/v1.0/orgCulture/users/points/set",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改积分系统行为规则
    ///
    /// `PUT /v1.0/orgCulture/users/points/actionRules` (operation `UpdatePointActionAutoAssignRule`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdatePointActionAutoAssignRuleError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn update_point_action_auto_assign_rule(
        &self,
        request: &UpdatePointActionAutoAssignRuleRequest,
    ) -> rt::Call<
        UpdatePointActionAutoAssignRuleResponseBody,
        UpdatePointActionAutoAssignRuleError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePointActionAutoAssignRule",
            rt::Method::Put,
            "/v1.0/orgCulture/users/points/actionRules",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 佩戴/卸下荣誉勋章
    ///
    /// `POST /v1.0/orgCulture/honors/{honor_id}/wear` (operation `WearOrgHonor`).
    ///
    /// # Path parameters
    ///
    /// - `honor_id` (`honor_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`WearOrgHonorError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn wear_org_honor(
        &self,
        honor_id: &str,
        request: &WearOrgHonorRequest,
    ) -> rt::Call<WearOrgHonorResponseBody, WearOrgHonorError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WearOrgHonor",
            rt::Method::Post,
            "/v1.0/orgCulture/honors/{honor_id}/wear",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[honor_id], request)
    }
    /// Every page of [`Api::query_org_honors`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token. Items: `result.openHonors` of each page.
    pub fn query_org_honors_pages(
        &self,
        request: &QueryOrgHonorsRequest,
    ) -> rt::Paginator<
        QueryOrgHonorsResponseBody,
        QueryOrgHonorsError,
        QueryOrgHonorsResponseBodyResultOpenHonors,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &[],
            &["result", "openHonors"],
        );
        rt::Paginator::new(self.query_org_honors(request), &PAGING)
    }
    /// Every page of [`Api::query_user_honors`]: the call again with `nextToken` set to the reply's `result.nextToken`, until a reply has no token. Items: `result.honors` of each page.
    pub fn query_user_honors_pages(
        &self,
        user_id: &str,
        request: &QueryUserHonorsRequest,
    ) -> rt::Paginator<
        QueryUserHonorsResponseBody,
        QueryUserHonorsError,
        QueryUserHonorsResponseBodyResultHonors,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["result", "nextToken"],
            &[],
            &["result", "honors"],
        );
        rt::Paginator::new(self.query_user_honors(user_id, request), &PAGING)
    }
}
/// `AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList {
    /// `outId`.
    pub out_id: String,
    /// `targetUserId`.
    pub target_user_id: String,
}
impl AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList {
    /// A `AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList` with its required fields (`outId`, `targetUserId`); set the others with the methods named after them.
    pub fn new(out_id: impl Into<String>, target_user_id: impl Into<String>) -> Self {
        Self {
            out_id: out_id.into(),
            target_user_id: target_user_id.into(),
        }
    }
}
impl rt::serde::Serialize for AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("outId", &self.out_id)?;
        object.field("targetUserId", &self.target_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "outId" => rt::read_field(map, &mut self.out_id),
            "targetUserId" => rt::read_field(map, &mut self.target_user_id),
            _ => Ok(false),
        }
    }
}
/// `AssignOrgHoldingToEmpHoldingBatchResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AssignOrgHoldingToEmpHoldingBatchResponseBody {
    /// `result`.
    pub result: Option<AssignOrgHoldingToEmpHoldingBatchResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AssignOrgHoldingToEmpHoldingBatchResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AssignOrgHoldingToEmpHoldingBatchResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AssignOrgHoldingToEmpHoldingBatchResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `ConsumeUserPointsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConsumeUserPointsResponseBody {
    /// `result`.
    pub result: Option<ConsumeUserPointsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ConsumeUserPointsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConsumeUserPointsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ConsumeUserPointsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CreateOrgHonorResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateOrgHonorResponseBody {
    /// `result`.
    pub result: Option<CreateOrgHonorResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateOrgHonorResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateOrgHonorResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateOrgHonorResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeductionPointBatchRequestTargetUserList`: the same model as [`AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList`].
pub type DeductionPointBatchRequestTargetUserList = AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList;
/// `DeductionPointBatchResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DeductionPointBatchResponseBody {
    /// `result`.
    pub result: Option<DeductionPointBatchResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for DeductionPointBatchResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for DeductionPointBatchResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for DeductionPointBatchResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `ExportPointOpenResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ExportPointOpenResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ExportPointOpenResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ExportPointOpenResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ExportPointOpenResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GrantHonorResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GrantHonorResponseBody {
    /// `result`.
    pub result: Option<GrantHonorResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GrantHonorResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GrantHonorResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GrantHonorResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryCorpPointsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCorpPointsResponseBody {
    /// `result`.
    pub result: Option<QueryCorpPointsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCorpPointsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCorpPointsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCorpPointsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryEmpPointDetailsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryEmpPointDetailsResponseBody {
    /// `result`.
    pub result: Option<QueryEmpPointDetailsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryEmpPointDetailsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryEmpPointDetailsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryEmpPointDetailsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryOrgHonorsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgHonorsResponseBody {
    /// `result`.
    pub result: Option<QueryOrgHonorsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryOrgHonorsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgHonorsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOrgHonorsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryOrgPointDetailsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgPointDetailsResponseBody {
    /// `result`.
    pub result: Option<QueryOrgPointDetailsResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryOrgPointDetailsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgPointDetailsResponseBody {
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
impl rt::serde::Serialize for QueryOrgPointDetailsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `QueryPointActionAutoAssignRuleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPointActionAutoAssignRuleResponseBody {
    /// `result`.
    pub result: Option<QueryPointActionAutoAssignRuleResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPointActionAutoAssignRuleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPointActionAutoAssignRuleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPointActionAutoAssignRuleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryPointAutoIssueSettingResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPointAutoIssueSettingResponseBody {
    /// `result`.
    pub result: Option<QueryPointAutoIssueSettingResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPointAutoIssueSettingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPointAutoIssueSettingResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPointAutoIssueSettingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryUserHonorsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserHonorsResponseBody {
    /// `result`.
    pub result: Option<QueryUserHonorsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUserHonorsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserHonorsResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserHonorsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryUserPointsResponseBody`: the same model as [`ConsumeUserPointsResponseBody`].
pub type QueryUserPointsResponseBody = ConsumeUserPointsResponseBody;
/// `RecallHonorResponseBody`: the same model as [`CreateOrgHonorResponseBody`].
pub type RecallHonorResponseBody = CreateOrgHonorResponseBody;
/// `UpdateAutoIssuePointResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateAutoIssuePointResponseBody {
    /// `result`.
    pub result: Option<UpdateAutoIssuePointResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateAutoIssuePointResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateAutoIssuePointResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateAutoIssuePointResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList {
    /// `awardScore`.
    pub award_score: i64,
    /// `code`.
    pub code: String,
    /// `dayLimitTimes`.
    pub day_limit_times: i64,
    /// `status`.
    pub status: i64,
}
impl UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList {
    /// A `UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList` with its required fields (`awardScore`, `code`, `dayLimitTimes`, `status`); set the others with the methods named after them.
    pub fn new(
        award_score: i64,
        code: impl Into<String>,
        day_limit_times: i64,
        status: i64,
    ) -> Self {
        Self {
            award_score,
            code: code.into(),
            day_limit_times,
            status,
        }
    }
}
impl rt::serde::Serialize
for UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("awardScore", &self.award_score)?;
        object.field("code", &self.code)?;
        object.field("dayLimitTimes", &self.day_limit_times)?;
        object.field("status", &self.status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "awardScore" => rt::read_field(map, &mut self.award_score),
            "code" => rt::read_field(map, &mut self.code),
            "dayLimitTimes" => rt::read_field(map, &mut self.day_limit_times),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
/// `UpdatePointActionAutoAssignRuleResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdatePointActionAutoAssignRuleResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdatePointActionAutoAssignRuleResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdatePointActionAutoAssignRuleResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdatePointActionAutoAssignRuleResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `WearOrgHonorResponseBody`: the same model as [`CreateOrgHonorResponseBody`].
pub type WearOrgHonorResponseBody = CreateOrgHonorResponseBody;
/// `AssignOrgHoldingToEmpHoldingBatchResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AssignOrgHoldingToEmpHoldingBatchResponseBodyResult {
    /// `openPointInvokeResultDTOS`.
    pub open_point_invoke_result_dtos: Option<
        Vec<AssignOrgHoldingToEmpHoldingBatchResponseBodyResultOpenPointInvokeResultDTOS>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for AssignOrgHoldingToEmpHoldingBatchResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AssignOrgHoldingToEmpHoldingBatchResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "openPointInvokeResultDTOS" => {
                rt::read_field(map, &mut self.open_point_invoke_result_dtos)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AssignOrgHoldingToEmpHoldingBatchResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional("openPointInvokeResultDTOS", &self.open_point_invoke_result_dtos)?;
        object.end()
    }
}
/// `ConsumeUserPointsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConsumeUserPointsResponseBodyResult {
    /// `amount`.
    pub amount: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for ConsumeUserPointsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ConsumeUserPointsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ConsumeUserPointsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.end()
    }
}
/// `CreateOrgHonorResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateOrgHonorResponseBodyResult {
    /// `honorId`.
    pub honor_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateOrgHonorResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateOrgHonorResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "honorId" => rt::read_field(map, &mut self.honor_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateOrgHonorResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("honorId", &self.honor_id)?;
        object.end()
    }
}
/// `DeductionPointBatchResponseBodyResult`: the same model as [`AssignOrgHoldingToEmpHoldingBatchResponseBodyResult`].
pub type DeductionPointBatchResponseBodyResult = AssignOrgHoldingToEmpHoldingBatchResponseBodyResult;
/// `GrantHonorResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GrantHonorResponseBodyResult {
    /// `failedUserIds`.
    pub failed_user_ids: Option<Vec<String>>,
    /// `successUserIds`.
    pub success_user_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GrantHonorResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GrantHonorResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failedUserIds" => rt::read_field(map, &mut self.failed_user_ids),
            "successUserIds" => rt::read_field(map, &mut self.success_user_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GrantHonorResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failedUserIds", &self.failed_user_ids)?;
        object.optional("successUserIds", &self.success_user_ids)?;
        object.end()
    }
}
/// `QueryCorpPointsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCorpPointsResponseBodyResult {
    /// `amount`.
    pub amount: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCorpPointsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCorpPointsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCorpPointsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.end()
    }
}
/// `QueryEmpPointDetailsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryEmpPointDetailsResponseBodyResult {
    /// `details`.
    pub details: Option<Vec<QueryEmpPointDetailsResponseBodyResultDetails>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryEmpPointDetailsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryEmpPointDetailsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "details" => rt::read_field(map, &mut self.details),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryEmpPointDetailsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("details", &self.details)?;
        object.optional("hasMore", &self.has_more)?;
        object.end()
    }
}
/// `QueryOrgHonorsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgHonorsResponseBodyResult {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openHonors`.
    pub open_honors: Option<Vec<QueryOrgHonorsResponseBodyResultOpenHonors>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryOrgHonorsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgHonorsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "openHonors" => rt::read_field(map, &mut self.open_honors),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOrgHonorsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextToken", &self.next_token)?;
        object.optional("openHonors", &self.open_honors)?;
        object.end()
    }
}
/// `QueryOrgPointDetailsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgPointDetailsResponseBodyResult {
    /// `details`.
    pub details: Option<Vec<QueryOrgPointDetailsResponseBodyResultDetails>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryOrgPointDetailsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgPointDetailsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "details" => rt::read_field(map, &mut self.details),
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOrgPointDetailsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("details", &self.details)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryPointActionAutoAssignRuleResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPointActionAutoAssignRuleResponseBodyResult {
    /// `queryPointRuleResponseDTOS`.
    pub query_point_rule_response_dtos: Option<
        Vec<QueryPointActionAutoAssignRuleResponseBodyResultQueryPointRuleResponseDTOS>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryPointActionAutoAssignRuleResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPointActionAutoAssignRuleResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "queryPointRuleResponseDTOS" => {
                rt::read_field(map, &mut self.query_point_rule_response_dtos)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPointActionAutoAssignRuleResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "queryPointRuleResponseDTOS",
                &self.query_point_rule_response_dtos,
            )?;
        object.end()
    }
}
/// `QueryPointAutoIssueSettingResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPointAutoIssueSettingResponseBodyResult {
    /// `pointAutoNum`.
    pub point_auto_num: Option<i64>,
    /// `pointAutoState`.
    pub point_auto_state: Option<bool>,
    /// `pointAutoTime`.
    pub point_auto_time: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPointAutoIssueSettingResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPointAutoIssueSettingResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pointAutoNum" => rt::read_field(map, &mut self.point_auto_num),
            "pointAutoState" => rt::read_field(map, &mut self.point_auto_state),
            "pointAutoTime" => rt::read_field(map, &mut self.point_auto_time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPointAutoIssueSettingResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("pointAutoNum", &self.point_auto_num)?;
        object.optional("pointAutoState", &self.point_auto_state)?;
        object.optional("pointAutoTime", &self.point_auto_time)?;
        object.end()
    }
}
/// `QueryUserHonorsResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserHonorsResponseBodyResult {
    /// `honors`.
    pub honors: Option<Vec<QueryUserHonorsResponseBodyResultHonors>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUserHonorsResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserHonorsResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "honors" => rt::read_field(map, &mut self.honors),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserHonorsResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("honors", &self.honors)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `QueryUserPointsResponseBodyResult`: the same model as [`ConsumeUserPointsResponseBodyResult`].
pub type QueryUserPointsResponseBodyResult = ConsumeUserPointsResponseBodyResult;
/// `RecallHonorResponseBodyResult`: the same model as [`CreateOrgHonorResponseBodyResult`].
pub type RecallHonorResponseBodyResult = CreateOrgHonorResponseBodyResult;
/// `UpdateAutoIssuePointResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateAutoIssuePointResponseBodyResult {
    /// `nextAutoIssuePointTime`.
    pub next_auto_issue_point_time: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateAutoIssuePointResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateAutoIssuePointResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "nextAutoIssuePointTime" => {
                rt::read_field(map, &mut self.next_auto_issue_point_time)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateAutoIssuePointResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("nextAutoIssuePointTime", &self.next_auto_issue_point_time)?;
        object.end()
    }
}
/// `WearOrgHonorResponseBodyResult`: the same model as [`CreateOrgHonorResponseBodyResult`].
pub type WearOrgHonorResponseBodyResult = CreateOrgHonorResponseBodyResult;
/// `AssignOrgHoldingToEmpHoldingBatchResponseBodyResultOpenPointInvokeResultDTOS`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AssignOrgHoldingToEmpHoldingBatchResponseBodyResultOpenPointInvokeResultDTOS {
    /// `code`.
    pub code: Option<String>,
    /// `invokeStatus`.
    pub invoke_status: Option<String>,
    /// `msg`.
    pub msg: Option<String>,
    /// `outId`.
    pub out_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for AssignOrgHoldingToEmpHoldingBatchResponseBodyResultOpenPointInvokeResultDTOS {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for AssignOrgHoldingToEmpHoldingBatchResponseBodyResultOpenPointInvokeResultDTOS {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "invokeStatus" => rt::read_field(map, &mut self.invoke_status),
            "msg" => rt::read_field(map, &mut self.msg),
            "outId" => rt::read_field(map, &mut self.out_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for AssignOrgHoldingToEmpHoldingBatchResponseBodyResultOpenPointInvokeResultDTOS {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("invokeStatus", &self.invoke_status)?;
        object.optional("msg", &self.msg)?;
        object.optional("outId", &self.out_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `DeductionPointBatchResponseBodyResultOpenPointInvokeResultDTOS`: the same model as [`AssignOrgHoldingToEmpHoldingBatchResponseBodyResultOpenPointInvokeResultDTOS`].
pub type DeductionPointBatchResponseBodyResultOpenPointInvokeResultDTOS = AssignOrgHoldingToEmpHoldingBatchResponseBodyResultOpenPointInvokeResultDTOS;
/// `QueryEmpPointDetailsResponseBodyResultDetails`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryEmpPointDetailsResponseBodyResultDetails {
    /// `amount`.
    pub amount: Option<i64>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `outId`.
    pub out_id: Option<String>,
    /// `pointOperateFeatureResponseDTO`.
    pub point_operate_feature_response_dto: Option<
        QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO,
    >,
    /// `sourceBizCode`.
    pub source_biz_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryEmpPointDetailsResponseBodyResultDetails {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryEmpPointDetailsResponseBodyResultDetails {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "outId" => rt::read_field(map, &mut self.out_id),
            "pointOperateFeatureResponseDTO" => {
                rt::read_field(map, &mut self.point_operate_feature_response_dto)
            }
            "sourceBizCode" => rt::read_field(map, &mut self.source_biz_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryEmpPointDetailsResponseBodyResultDetails {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("outId", &self.out_id)?;
        object
            .optional(
                "pointOperateFeatureResponseDTO",
                &self.point_operate_feature_response_dto,
            )?;
        object.optional("sourceBizCode", &self.source_biz_code)?;
        object.end()
    }
}
/// `QueryOrgHonorsResponseBodyResultOpenHonors`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgHonorsResponseBodyResultOpenHonors {
    /// `honorDesc`.
    pub honor_desc: Option<String>,
    /// `honorId`.
    pub honor_id: Option<i64>,
    /// `honorImgUrl`.
    pub honor_img_url: Option<String>,
    /// `honorName`.
    pub honor_name: Option<String>,
    /// `honorPendantImgUrl`.
    pub honor_pendant_img_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryOrgHonorsResponseBodyResultOpenHonors {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgHonorsResponseBodyResultOpenHonors {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "honorDesc" => rt::read_field(map, &mut self.honor_desc),
            "honorId" => rt::read_field(map, &mut self.honor_id),
            "honorImgUrl" => rt::read_field(map, &mut self.honor_img_url),
            "honorName" => rt::read_field(map, &mut self.honor_name),
            "honorPendantImgUrl" => rt::read_field(map, &mut self.honor_pendant_img_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOrgHonorsResponseBodyResultOpenHonors {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("honorDesc", &self.honor_desc)?;
        object.optional("honorId", &self.honor_id)?;
        object.optional("honorImgUrl", &self.honor_img_url)?;
        object.optional("honorName", &self.honor_name)?;
        object.optional("honorPendantImgUrl", &self.honor_pendant_img_url)?;
        object.end()
    }
}
/// `QueryOrgPointDetailsResponseBodyResultDetails`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgPointDetailsResponseBodyResultDetails {
    /// `amount`.
    pub amount: Option<i64>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `outId`.
    pub out_id: Option<String>,
    /// `pointOperateFeatureResponseDTO`.
    pub point_operate_feature_response_dto: Option<
        QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO,
    >,
    /// `sourceBizCode`.
    pub source_biz_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryOrgPointDetailsResponseBodyResultDetails {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryOrgPointDetailsResponseBodyResultDetails {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "outId" => rt::read_field(map, &mut self.out_id),
            "pointOperateFeatureResponseDTO" => {
                rt::read_field(map, &mut self.point_operate_feature_response_dto)
            }
            "sourceBizCode" => rt::read_field(map, &mut self.source_biz_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryOrgPointDetailsResponseBodyResultDetails {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("outId", &self.out_id)?;
        object
            .optional(
                "pointOperateFeatureResponseDTO",
                &self.point_operate_feature_response_dto,
            )?;
        object.optional("sourceBizCode", &self.source_biz_code)?;
        object.end()
    }
}
/// `QueryPointActionAutoAssignRuleResponseBodyResultQueryPointRuleResponseDTOS`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPointActionAutoAssignRuleResponseBodyResultQueryPointRuleResponseDTOS {
    /// `awardScore`.
    pub award_score: Option<i64>,
    /// `code`.
    pub code: Option<String>,
    /// `dayLimitTimes`.
    pub day_limit_times: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryPointActionAutoAssignRuleResponseBodyResultQueryPointRuleResponseDTOS {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryPointActionAutoAssignRuleResponseBodyResultQueryPointRuleResponseDTOS {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "awardScore" => rt::read_field(map, &mut self.award_score),
            "code" => rt::read_field(map, &mut self.code),
            "dayLimitTimes" => rt::read_field(map, &mut self.day_limit_times),
            "description" => rt::read_field(map, &mut self.description),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryPointActionAutoAssignRuleResponseBodyResultQueryPointRuleResponseDTOS {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("awardScore", &self.award_score)?;
        object.optional("code", &self.code)?;
        object.optional("dayLimitTimes", &self.day_limit_times)?;
        object.optional("description", &self.description)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `QueryUserHonorsResponseBodyResultHonors`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserHonorsResponseBodyResultHonors {
    /// `expirationTime`.
    pub expiration_time: Option<i64>,
    /// `grantHistory`.
    pub grant_history: Option<Vec<QueryUserHonorsResponseBodyResultHonorsGrantHistory>>,
    /// `honorDesc`.
    pub honor_desc: Option<String>,
    /// `honorId`.
    pub honor_id: Option<String>,
    /// `honorName`.
    pub honor_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUserHonorsResponseBodyResultHonors {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserHonorsResponseBodyResultHonors {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "expirationTime" => rt::read_field(map, &mut self.expiration_time),
            "grantHistory" => rt::read_field(map, &mut self.grant_history),
            "honorDesc" => rt::read_field(map, &mut self.honor_desc),
            "honorId" => rt::read_field(map, &mut self.honor_id),
            "honorName" => rt::read_field(map, &mut self.honor_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserHonorsResponseBodyResultHonors {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expirationTime", &self.expiration_time)?;
        object.optional("grantHistory", &self.grant_history)?;
        object.optional("honorDesc", &self.honor_desc)?;
        object.optional("honorId", &self.honor_id)?;
        object.optional("honorName", &self.honor_name)?;
        object.end()
    }
}
/// `QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO {
    /// `accountSource`.
    pub account_source: Option<
        QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource,
    >,
    /// `accountTarget`.
    pub account_target: Option<
        QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountTarget,
    >,
    /// `remark`.
    pub remark: Option<String>,
    /// `usage`.
    pub usage: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountSource" => rt::read_field(map, &mut self.account_source),
            "accountTarget" => rt::read_field(map, &mut self.account_target),
            "remark" => rt::read_field(map, &mut self.remark),
            "usage" => rt::read_field(map, &mut self.usage),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountSource", &self.account_source)?;
        object.optional("accountTarget", &self.account_target)?;
        object.optional("remark", &self.remark)?;
        object.optional("usage", &self.usage)?;
        object.end()
    }
}
/// `QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO {
    /// `accountSource`.
    pub account_source: Option<
        QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource,
    >,
    /// `accountTarget`.
    pub account_target: Option<
        QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountTarget,
    >,
    /// `remark`.
    pub remark: Option<String>,
    /// `usage`.
    pub usage: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountSource" => rt::read_field(map, &mut self.account_source),
            "accountTarget" => rt::read_field(map, &mut self.account_target),
            "remark" => rt::read_field(map, &mut self.remark),
            "usage" => rt::read_field(map, &mut self.usage),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountSource", &self.account_source)?;
        object.optional("accountTarget", &self.account_target)?;
        object.optional("remark", &self.remark)?;
        object.optional("usage", &self.usage)?;
        object.end()
    }
}
/// `QueryUserHonorsResponseBodyResultHonorsGrantHistory`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserHonorsResponseBodyResultHonorsGrantHistory {
    /// `grantReason`.
    pub grant_reason: Option<String>,
    /// `grantTime`.
    pub grant_time: Option<i64>,
    /// `senderUserid`.
    pub sender_userid: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryUserHonorsResponseBodyResultHonorsGrantHistory {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUserHonorsResponseBodyResultHonorsGrantHistory {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "grantReason" => rt::read_field(map, &mut self.grant_reason),
            "grantTime" => rt::read_field(map, &mut self.grant_time),
            "senderUserid" => rt::read_field(map, &mut self.sender_userid),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUserHonorsResponseBodyResultHonorsGrantHistory {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("grantReason", &self.grant_reason)?;
        object.optional("grantTime", &self.grant_time)?;
        object.optional("senderUserid", &self.sender_userid)?;
        object.end()
    }
}
/// `QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource {
    /// `accountType`.
    pub account_type: Option<String>,
    /// `empName`.
    pub emp_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountType" => rt::read_field(map, &mut self.account_type),
            "empName" => rt::read_field(map, &mut self.emp_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountType", &self.account_type)?;
        object.optional("empName", &self.emp_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountTarget`: the same model as [`QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource`].
pub type QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountTarget = QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource;
/// `QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource {
    /// `accountType`.
    pub account_type: Option<String>,
    /// `empName`.
    pub emp_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountType" => rt::read_field(map, &mut self.account_type),
            "empName" => rt::read_field(map, &mut self.emp_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountType", &self.account_type)?;
        object.optional("empName", &self.emp_name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountTarget`: the same model as [`QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource`].
pub type QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountTarget = QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource;
/// The request of [`Api::assign_org_holding_to_emp_holding_batch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AssignOrgHoldingToEmpHoldingBatchRequest {
    /// `remark`.
    pub remark: Option<String>,
    /// `sendOrgCultureInform`.
    pub send_org_culture_inform: bool,
    /// `singleAmount`.
    pub single_amount: i64,
    /// `sourceUsage`.
    pub source_usage: String,
    /// `targetUsage`.
    pub target_usage: String,
    /// `targetUserList`.
    pub target_user_list: Vec<AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList>,
}
impl AssignOrgHoldingToEmpHoldingBatchRequest {
    /// A `AssignOrgHoldingToEmpHoldingBatchRequest` with its required fields (`sendOrgCultureInform`, `singleAmount`, `sourceUsage`, `targetUsage`, `targetUserList`); set the others with the methods named after them.
    pub fn new(
        send_org_culture_inform: bool,
        single_amount: i64,
        source_usage: impl Into<String>,
        target_usage: impl Into<String>,
        target_user_list: impl IntoIterator<
            Item = AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList,
        >,
    ) -> Self {
        Self {
            remark: None,
            send_org_culture_inform,
            single_amount,
            source_usage: source_usage.into(),
            target_usage: target_usage.into(),
            target_user_list: target_user_list.into_iter().collect(),
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AssignOrgHoldingToEmpHoldingBatchRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("remark", &self.remark)?;
        object.field("sendOrgCultureInform", &self.send_org_culture_inform)?;
        object.field("singleAmount", &self.single_amount)?;
        object.field("sourceUsage", &self.source_usage)?;
        object.field("targetUsage", &self.target_usage)?;
        object.field("targetUserList", &self.target_user_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AssignOrgHoldingToEmpHoldingBatchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AssignOrgHoldingToEmpHoldingBatchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "remark" => rt::read_field(map, &mut self.remark),
            "sendOrgCultureInform" => {
                rt::read_field(map, &mut self.send_org_culture_inform)
            }
            "singleAmount" => rt::read_field(map, &mut self.single_amount),
            "sourceUsage" => rt::read_field(map, &mut self.source_usage),
            "targetUsage" => rt::read_field(map, &mut self.target_usage),
            "targetUserList" => rt::read_field(map, &mut self.target_user_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AssignOrgHoldingToEmpHoldingBatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::consume_user_points`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ConsumeUserPointsRequest {
    /// `amount`.
    pub amount: i64,
    /// `outId`.
    pub out_id: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `usage`.
    pub usage: Option<String>,
}
impl ConsumeUserPointsRequest {
    /// A `ConsumeUserPointsRequest` with its required fields (`amount`, `outId`); set the others with the methods named after them.
    pub fn new(amount: i64, out_id: impl Into<String>) -> Self {
        Self {
            amount,
            out_id: out_id.into(),
            remark: None,
            usage: None,
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `usage`.
    pub fn usage(mut self, value: impl Into<String>) -> Self {
        self.usage = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ConsumeUserPointsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("amount", &self.amount)?;
        object.field("outId", &self.out_id)?;
        object.optional("remark", &self.remark)?;
        object.optional("usage", &self.usage)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ConsumeUserPointsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ConsumeUserPointsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "outId" => rt::read_field(map, &mut self.out_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "usage" => rt::read_field(map, &mut self.usage),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ConsumeUserPointsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_org_honor`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateOrgHonorRequest {
    /// `avatarFrameMediaId`.
    pub avatar_frame_media_id: String,
    /// `defaultBgColor`.
    pub default_bg_color: String,
    /// `medalDesc`.
    pub medal_desc: String,
    /// `medalMediaId`.
    pub medal_media_id: String,
    /// `medalName`.
    pub medal_name: String,
    /// `userId`.
    pub user_id: String,
}
impl CreateOrgHonorRequest {
    /// A `CreateOrgHonorRequest` with its required fields (`avatarFrameMediaId`, `defaultBgColor`, `medalDesc`, `medalMediaId`, `medalName`, `userId`); set the others with the methods named after them.
    pub fn new(
        avatar_frame_media_id: impl Into<String>,
        default_bg_color: impl Into<String>,
        medal_desc: impl Into<String>,
        medal_media_id: impl Into<String>,
        medal_name: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            avatar_frame_media_id: avatar_frame_media_id.into(),
            default_bg_color: default_bg_color.into(),
            medal_desc: medal_desc.into(),
            medal_media_id: medal_media_id.into(),
            medal_name: medal_name.into(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for CreateOrgHonorRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("avatarFrameMediaId", &self.avatar_frame_media_id)?;
        object.field("defaultBgColor", &self.default_bg_color)?;
        object.field("medalDesc", &self.medal_desc)?;
        object.field("medalMediaId", &self.medal_media_id)?;
        object.field("medalName", &self.medal_name)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateOrgHonorRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateOrgHonorRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "avatarFrameMediaId" => rt::read_field(map, &mut self.avatar_frame_media_id),
            "defaultBgColor" => rt::read_field(map, &mut self.default_bg_color),
            "medalDesc" => rt::read_field(map, &mut self.medal_desc),
            "medalMediaId" => rt::read_field(map, &mut self.medal_media_id),
            "medalName" => rt::read_field(map, &mut self.medal_name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateOrgHonorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::deduction_point_batch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeductionPointBatchRequest {
    /// `deductionAmount`.
    pub deduction_amount: i64,
    /// `remark`.
    pub remark: String,
    /// `sendOrgCultureInform`.
    pub send_org_culture_inform: Option<bool>,
    /// `targetUserList`.
    pub target_user_list: Vec<DeductionPointBatchRequestTargetUserList>,
    /// `userId`.
    pub user_id: String,
}
impl DeductionPointBatchRequest {
    /// A `DeductionPointBatchRequest` with its required fields (`deductionAmount`, `remark`, `targetUserList`, `userId`); set the others with the methods named after them.
    pub fn new(
        deduction_amount: i64,
        remark: impl Into<String>,
        target_user_list: impl IntoIterator<
            Item = DeductionPointBatchRequestTargetUserList,
        >,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            deduction_amount,
            remark: remark.into(),
            send_org_culture_inform: None,
            target_user_list: target_user_list.into_iter().collect(),
            user_id: user_id.into(),
        }
    }
    /// Sets `sendOrgCultureInform`.
    pub fn send_org_culture_inform(mut self, value: bool) -> Self {
        self.send_org_culture_inform = Some(value);
        self
    }
}
impl rt::serde::Serialize for DeductionPointBatchRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("deductionAmount", &self.deduction_amount)?;
        object.field("remark", &self.remark)?;
        object.optional("sendOrgCultureInform", &self.send_org_culture_inform)?;
        object.field("targetUserList", &self.target_user_list)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeductionPointBatchRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeductionPointBatchRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deductionAmount" => rt::read_field(map, &mut self.deduction_amount),
            "remark" => rt::read_field(map, &mut self.remark),
            "sendOrgCultureInform" => {
                rt::read_field(map, &mut self.send_org_culture_inform)
            }
            "targetUserList" => rt::read_field(map, &mut self.target_user_list),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeductionPointBatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::export_point_open`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct ExportPointOpenRequest {
    /// `exportDate`.
    pub export_date: Option<String>,
    /// `exportType`.
    pub export_type: i64,
    /// `userId`.
    pub user_id: String,
}
impl ExportPointOpenRequest {
    /// A `ExportPointOpenRequest` with its required fields (`exportType`, `userId`); set the others with the methods named after them.
    pub fn new(export_type: i64, user_id: impl Into<String>) -> Self {
        Self {
            export_date: None,
            export_type,
            user_id: user_id.into(),
        }
    }
    /// Sets `exportDate`.
    pub fn export_date(mut self, value: impl Into<String>) -> Self {
        self.export_date = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for ExportPointOpenRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("exportDate", &self.export_date)?;
        object.field("exportType", &self.export_type)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ExportPointOpenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ExportPointOpenRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "exportDate" => rt::read_field(map, &mut self.export_date),
            "exportType" => rt::read_field(map, &mut self.export_type),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ExportPointOpenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::grant_honor`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GrantHonorRequest {
    /// `expirationTime`.
    pub expiration_time: Option<i64>,
    /// `grantReason`.
    pub grant_reason: String,
    /// `granterName`.
    pub granter_name: String,
    /// `noticeAnnouncer`.
    pub notice_announcer: Option<bool>,
    /// `noticeSingle`.
    pub notice_single: Option<bool>,
    /// `openConversationIds`.
    pub open_conversation_ids: Option<Vec<String>>,
    /// `receiverUserIds`.
    pub receiver_user_ids: Vec<String>,
    /// `senderUserId`.
    pub sender_user_id: String,
}
impl GrantHonorRequest {
    /// A `GrantHonorRequest` with its required fields (`grantReason`, `granterName`, `receiverUserIds`, `senderUserId`); set the others with the methods named after them.
    pub fn new(
        grant_reason: impl Into<String>,
        granter_name: impl Into<String>,
        receiver_user_ids: impl IntoIterator<Item = impl Into<String>>,
        sender_user_id: impl Into<String>,
    ) -> Self {
        Self {
            expiration_time: None,
            grant_reason: grant_reason.into(),
            granter_name: granter_name.into(),
            notice_announcer: None,
            notice_single: None,
            open_conversation_ids: None,
            receiver_user_ids: receiver_user_ids.into_iter().map(Into::into).collect(),
            sender_user_id: sender_user_id.into(),
        }
    }
    /// Sets `expirationTime`.
    pub fn expiration_time(mut self, value: i64) -> Self {
        self.expiration_time = Some(value);
        self
    }
    /// Sets `noticeAnnouncer`.
    pub fn notice_announcer(mut self, value: bool) -> Self {
        self.notice_announcer = Some(value);
        self
    }
    /// Sets `noticeSingle`.
    pub fn notice_single(mut self, value: bool) -> Self {
        self.notice_single = Some(value);
        self
    }
    /// Sets `openConversationIds`.
    pub fn open_conversation_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.open_conversation_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
impl rt::serde::Serialize for GrantHonorRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("expirationTime", &self.expiration_time)?;
        object.field("grantReason", &self.grant_reason)?;
        object.field("granterName", &self.granter_name)?;
        object.optional("noticeAnnouncer", &self.notice_announcer)?;
        object.optional("noticeSingle", &self.notice_single)?;
        object.optional("openConversationIds", &self.open_conversation_ids)?;
        object.field("receiverUserIds", &self.receiver_user_ids)?;
        object.field("senderUserId", &self.sender_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GrantHonorRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GrantHonorRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "expirationTime" => rt::read_field(map, &mut self.expiration_time),
            "grantReason" => rt::read_field(map, &mut self.grant_reason),
            "granterName" => rt::read_field(map, &mut self.granter_name),
            "noticeAnnouncer" => rt::read_field(map, &mut self.notice_announcer),
            "noticeSingle" => rt::read_field(map, &mut self.notice_single),
            "openConversationIds" => rt::read_field(map, &mut self.open_conversation_ids),
            "receiverUserIds" => rt::read_field(map, &mut self.receiver_user_ids),
            "senderUserId" => rt::read_field(map, &mut self.sender_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GrantHonorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_corp_points`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryCorpPointsRequest {
    /// `optUserId`: a query parameter.
    pub opt_user_id: String,
}
impl QueryCorpPointsRequest {
    /// A `QueryCorpPointsRequest` with its required fields (`optUserId`); set the others with the methods named after them.
    pub fn new(opt_user_id: impl Into<String>) -> Self {
        Self {
            opt_user_id: opt_user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCorpPointsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCorpPointsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "optUserId" => rt::read_field(map, &mut self.opt_user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryCorpPointsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("optUserId", &self.opt_user_id);
    }
}
/// The request of [`Api::query_emp_point_details`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryEmpPointDetailsRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl QueryEmpPointDetailsRequest {
    /// A `QueryEmpPointDetailsRequest` with its required fields (`pageNumber`, `userId`); set the others with the methods named after them.
    pub fn new(page_number: i64, user_id: impl Into<String>) -> Self {
        Self {
            page_number,
            page_size: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryEmpPointDetailsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryEmpPointDetailsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryEmpPointDetailsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_org_honors`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryOrgHonorsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: String,
}
impl QueryOrgHonorsRequest {
    /// A `QueryOrgHonorsRequest` with its required fields (`nextToken`); set the others with the methods named after them.
    pub fn new(next_token: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: next_token.into(),
        }
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryOrgHonorsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryOrgHonorsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryOrgHonorsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_org_point_details`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryOrgPointDetailsRequest {
    /// `accountType`: a query parameter.
    pub account_type: String,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl QueryOrgPointDetailsRequest {
    /// A `QueryOrgPointDetailsRequest` with its required fields (`accountType`, `pageNumber`, `userId`); set the others with the methods named after them.
    pub fn new(
        account_type: impl Into<String>,
        page_number: i64,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            account_type: account_type.into(),
            page_number,
            page_size: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryOrgPointDetailsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryOrgPointDetailsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountType" => rt::read_field(map, &mut self.account_type),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryOrgPointDetailsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountType", &self.account_type);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_user_honors`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryUserHonorsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: String,
}
impl QueryUserHonorsRequest {
    /// A `QueryUserHonorsRequest` with its required fields (`nextToken`); set the others with the methods named after them.
    pub fn new(next_token: impl Into<String>) -> Self {
        Self {
            max_results: None,
            next_token: next_token.into(),
        }
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUserHonorsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUserHonorsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryUserHonorsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::recall_honor`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RecallHonorRequest {
    /// `userId`.
    pub user_id: String,
}
impl RecallHonorRequest {
    /// A `RecallHonorRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
impl rt::serde::Serialize for RecallHonorRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for RecallHonorRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for RecallHonorRequest {
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
impl rt::WriteRequest for RecallHonorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_auto_issue_point`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateAutoIssuePointRequest {
    /// `pointAutoNum`.
    pub point_auto_num: i64,
    /// `pointAutoState`.
    pub point_auto_state: bool,
    /// `pointAutoTime`.
    pub point_auto_time: i64,
    /// `userId`.
    pub user_id: String,
}
impl UpdateAutoIssuePointRequest {
    /// A `UpdateAutoIssuePointRequest` with its required fields (`pointAutoNum`, `pointAutoState`, `pointAutoTime`, `userId`); set the others with the methods named after them.
    pub fn new(
        point_auto_num: i64,
        point_auto_state: bool,
        point_auto_time: i64,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            point_auto_num,
            point_auto_state,
            point_auto_time,
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdateAutoIssuePointRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("pointAutoNum", &self.point_auto_num)?;
        object.field("pointAutoState", &self.point_auto_state)?;
        object.field("pointAutoTime", &self.point_auto_time)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateAutoIssuePointRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateAutoIssuePointRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pointAutoNum" => rt::read_field(map, &mut self.point_auto_num),
            "pointAutoState" => rt::read_field(map, &mut self.point_auto_state),
            "pointAutoTime" => rt::read_field(map, &mut self.point_auto_time),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateAutoIssuePointRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_point_action_auto_assign_rule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdatePointActionAutoAssignRuleRequest {
    /// `updatePointRuleRequestDTOList`.
    pub update_point_rule_request_dto_list: Vec<
        UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList,
    >,
    /// `userId`.
    pub user_id: String,
}
impl UpdatePointActionAutoAssignRuleRequest {
    /// A `UpdatePointActionAutoAssignRuleRequest` with its required fields (`updatePointRuleRequestDTOList`, `userId`); set the others with the methods named after them.
    pub fn new(
        update_point_rule_request_dto_list: impl IntoIterator<
            Item = UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList,
        >,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            update_point_rule_request_dto_list: update_point_rule_request_dto_list
                .into_iter()
                .collect(),
            user_id: user_id.into(),
        }
    }
}
impl rt::serde::Serialize for UpdatePointActionAutoAssignRuleRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .field(
                "updatePointRuleRequestDTOList",
                &self.update_point_rule_request_dto_list,
            )?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdatePointActionAutoAssignRuleRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdatePointActionAutoAssignRuleRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "updatePointRuleRequestDTOList" => {
                rt::read_field(map, &mut self.update_point_rule_request_dto_list)
            }
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdatePointActionAutoAssignRuleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::wear_org_honor`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct WearOrgHonorRequest {
    /// `userId`.
    pub user_id: Option<String>,
    /// `wear`.
    pub wear: Option<bool>,
}
impl WearOrgHonorRequest {
    /// An empty `WearOrgHonorRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `wear`.
    pub fn wear(mut self, value: bool) -> Self {
        self.wear = Some(value);
        self
    }
}
impl rt::serde::Serialize for WearOrgHonorRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userId", &self.user_id)?;
        object.optional("wear", &self.wear)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for WearOrgHonorRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for WearOrgHonorRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "wear" => rt::read_field(map, &mut self.wear),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for WearOrgHonorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::assign_org_holding_to_emp_holding_batch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AssignOrgHoldingToEmpHoldingBatchError = rt::ServiceError;
/// An error reply of [`Api::consume_user_points`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConsumeUserPointsError = rt::ServiceError;
/// An error reply of [`Api::create_org_honor`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateOrgHonorError = rt::ServiceError;
/// An error reply of [`Api::deduction_point_batch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeductionPointBatchError = rt::ServiceError;
/// An error reply of [`Api::export_point_open`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExportPointOpenError = rt::ServiceError;
/// An error reply of [`Api::grant_honor`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GrantHonorError = rt::ServiceError;
/// An error reply of [`Api::query_corp_points`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCorpPointsError = rt::ServiceError;
/// An error reply of [`Api::query_emp_point_details`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryEmpPointDetailsError = rt::ServiceError;
/// An error reply of [`Api::query_org_honors`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOrgHonorsError = rt::ServiceError;
/// An error reply of [`Api::query_org_point_details`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOrgPointDetailsError = rt::ServiceError;
/// An error reply of [`Api::query_point_action_auto_assign_rule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPointActionAutoAssignRuleError = rt::ServiceError;
/// An error reply of [`Api::query_point_auto_issue_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPointAutoIssueSettingError = rt::ServiceError;
/// An error reply of [`Api::query_user_honors`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserHonorsError = rt::ServiceError;
/// An error reply of [`Api::query_user_points`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserPointsError = rt::ServiceError;
/// An error reply of [`Api::recall_honor`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RecallHonorError = rt::ServiceError;
/// An error reply of [`Api::update_auto_issue_point`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateAutoIssuePointError = rt::ServiceError;
/// An error reply of [`Api::update_point_action_auto_assign_rule`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdatePointActionAutoAssignRuleError = rt::ServiceError;
/// An error reply of [`Api::wear_org_honor`]: the spec lists no error codes for it, so every code arrives as it is.
pub type WearOrgHonorError = rt::ServiceError;
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
        "AssignOrgHoldingToEmpHoldingBatch" => {
            rt::conformance::reply(
                    api.assign_org_holding_to_emp_holding_batch(&inputs.request(true)?),
                )
                .await
        }
        "ConsumeUserPoints" => {
            rt::conformance::reply(
                    api.consume_user_points(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreateOrgHonor" => {
            rt::conformance::reply(api.create_org_honor(&inputs.request(true)?)).await
        }
        "DeductionPointBatch" => {
            rt::conformance::reply(api.deduction_point_batch(&inputs.request(true)?))
                .await
        }
        "ExportPointOpen" => {
            rt::conformance::reply(api.export_point_open(&inputs.request(true)?)).await
        }
        "GrantHonor" => {
            rt::conformance::reply(
                    api.grant_honor(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "QueryCorpPoints" => {
            rt::conformance::reply(api.query_corp_points(&inputs.request(false)?)).await
        }
        "QueryEmpPointDetails" => {
            rt::conformance::reply(api.query_emp_point_details(&inputs.request(false)?))
                .await
        }
        "QueryOrgHonors" => {
            rt::conformance::reply(api.query_org_honors(&inputs.request(false)?)).await
        }
        "QueryOrgPointDetails" => {
            rt::conformance::reply(api.query_org_point_details(&inputs.request(false)?))
                .await
        }
        "QueryPointActionAutoAssignRule" => {
            rt::conformance::reply(api.query_point_action_auto_assign_rule()).await
        }
        "QueryPointAutoIssueSetting" => {
            rt::conformance::reply(api.query_point_auto_issue_setting()).await
        }
        "QueryUserHonors" => {
            rt::conformance::reply(
                    api.query_user_honors(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "QueryUserPoints" => {
            rt::conformance::reply(api.query_user_points(inputs.path(0usize)?)).await
        }
        "RecallHonor" => {
            rt::conformance::reply(
                    api.recall_honor(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "UpdateAutoIssuePoint" => {
            rt::conformance::reply(api.update_auto_issue_point(&inputs.request(true)?))
                .await
        }
        "UpdatePointActionAutoAssignRule" => {
            rt::conformance::reply(
                    api.update_point_action_auto_assign_rule(&inputs.request(true)?),
                )
                .await
        }
        "WearOrgHonor" => {
            rt::conformance::reply(
                    api.wear_org_honor(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
