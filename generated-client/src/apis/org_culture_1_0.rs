// @generated from api-spec/org_culture_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 组织文化 (Org Culture)：积分与荣誉勋章。
//!
//! 18 operations, methods of [`Api`] (`client.org_culture_1_0()`), behind the cargo feature `org_culture_1_0`; its paths start with `/v1.0/orgCulture/`.
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
    /// `POST /v1.0/orgCulture/organizations/points/assign`: DingTalk's `AssignOrgHoldingToEmpHoldingBatch` (module feature `org_culture_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AssignOrgHoldingToEmpHoldingBatch")]
    #[doc(alias = "/v1.0/orgCulture/organizations/points/assign")]
    #[doc(alias = "POST /v1.0/orgCulture/organizations/points/assign")]
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
    /// `POST /v1.0/orgCulture/users/{userId}/points/deduct`: DingTalk's `ConsumeUserPoints` (module feature `org_culture_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConsumeUserPoints")]
    #[doc(alias = "/v1.0/orgCulture/users/{userId}/points/deduct")]
    #[doc(alias = "POST /v1.0/orgCulture/users/{userId}/points/deduct")]
    pub fn consume_user_points(
        &self,
        user_id: &str,
        request: &ConsumeUserPointsRequest,
    ) -> rt::Call<ConsumeUserPointsResponseBody, ConsumeUserPointsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConsumeUserPoints",
            rt::Method::Post,
            "/v1.0/orgCulture/users/{userId}/points/deduct",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 创建荣誉勋章模板
    ///
    /// `POST /v1.0/orgCulture/honors/templates`: DingTalk's `CreateOrgHonor` (module feature `org_culture_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateOrgHonor")]
    #[doc(alias = "/v1.0/orgCulture/honors/templates")]
    #[doc(alias = "POST /v1.0/orgCulture/honors/templates")]
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
    /// `POST /v1.0/orgCulture/users/points/deduct`: DingTalk's `DeductionPointBatch` (module feature `org_culture_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeductionPointBatch")]
    #[doc(alias = "/v1.0/orgCulture/users/points/deduct")]
    #[doc(alias = "POST /v1.0/orgCulture/users/points/deduct")]
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
    /// `POST /v1.0/orgCulture/users/points/export`: DingTalk's `ExportPointOpen` (module feature `org_culture_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExportPointOpen")]
    #[doc(alias = "/v1.0/orgCulture/users/points/export")]
    #[doc(alias = "POST /v1.0/orgCulture/users/points/export")]
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
    /// `POST /v1.0/orgCulture/honors/{honorId}/grant`: DingTalk's `GrantHonor` (module feature `org_culture_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `honor_id`: `{honorId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GrantHonor")]
    #[doc(alias = "/v1.0/orgCulture/honors/{honorId}/grant")]
    #[doc(alias = "POST /v1.0/orgCulture/honors/{honorId}/grant")]
    pub fn grant_honor(
        &self,
        honor_id: &str,
        request: &GrantHonorRequest,
    ) -> rt::Call<GrantHonorResponseBody, GrantHonorError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GrantHonor",
            rt::Method::Post,
            "/v1.0/orgCulture/honors/{honorId}/grant",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[honor_id], request)
    }
    /// 查询当前企业下可兑换的积分
    ///
    /// `GET /v1.0/orgCulture/organizations/points`: DingTalk's `QueryCorpPoints` (module feature `org_culture_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCorpPoints")]
    #[doc(alias = "/v1.0/orgCulture/organizations/points")]
    #[doc(alias = "GET /v1.0/orgCulture/organizations/points")]
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
    /// `GET /v1.0/orgCulture/points/empDetails`: DingTalk's `QueryEmpPointDetails` (module feature `org_culture_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_emp_point_details_pages`].
    #[doc(alias = "QueryEmpPointDetails")]
    #[doc(alias = "/v1.0/orgCulture/points/empDetails")]
    #[doc(alias = "GET /v1.0/orgCulture/points/empDetails")]
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
    /// `GET /v1.0/orgCulture/organizations/honors`: DingTalk's `QueryOrgHonors` (module feature `org_culture_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_org_honors_pages`].
    #[doc(alias = "QueryOrgHonors")]
    #[doc(alias = "/v1.0/orgCulture/organizations/honors")]
    #[doc(alias = "GET /v1.0/orgCulture/organizations/honors")]
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
    /// `GET /v1.0/orgCulture/points/orgDetails`: DingTalk's `QueryOrgPointDetails` (module feature `org_culture_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_org_point_details_pages`].
    #[doc(alias = "QueryOrgPointDetails")]
    #[doc(alias = "/v1.0/orgCulture/points/orgDetails")]
    #[doc(alias = "GET /v1.0/orgCulture/points/orgDetails")]
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
    /// `GET /v1.0/orgCulture/users/points/actionRules`: DingTalk's `QueryPointActionAutoAssignRule` (module feature `org_culture_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryPointActionAutoAssignRule")]
    #[doc(alias = "/v1.0/orgCulture/users/points/actionRules")]
    #[doc(alias = "GET /v1.0/orgCulture/users/points/actionRules")]
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
    /// `GET /v1.0/orgCulture/users/points`: DingTalk's `QueryPointAutoIssueSetting` (module feature `org_culture_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryPointAutoIssueSetting")]
    #[doc(alias = "/v1.0/orgCulture/users/points")]
    #[doc(alias = "GET /v1.0/orgCulture/users/points")]
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
    /// `GET /v1.0/orgCulture/honors/users/{userId}`: DingTalk's `QueryUserHonors` (module feature `org_culture_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_user_honors_pages`].
    #[doc(alias = "QueryUserHonors")]
    #[doc(alias = "/v1.0/orgCulture/honors/users/{userId}")]
    #[doc(alias = "GET /v1.0/orgCulture/honors/users/{userId}")]
    pub fn query_user_honors(
        &self,
        user_id: &str,
        request: &QueryUserHonorsRequest,
    ) -> rt::Call<QueryUserHonorsResponseBody, QueryUserHonorsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserHonors",
            rt::Method::Get,
            "/v1.0/orgCulture/honors/users/{userId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询员工已获得的积分
    ///
    /// `GET /v1.0/orgCulture/users/{userId}/points`: DingTalk's `QueryUserPoints` (module feature `org_culture_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserPoints")]
    #[doc(alias = "/v1.0/orgCulture/users/{userId}/points")]
    #[doc(alias = "GET /v1.0/orgCulture/users/{userId}/points")]
    pub fn query_user_points(
        &self,
        user_id: &str,
    ) -> rt::Call<QueryUserPointsResponseBody, QueryUserPointsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserPoints",
            rt::Method::Get,
            "/v1.0/orgCulture/users/{userId}/points",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 撤销员工获得的荣誉勋章
    ///
    /// `POST /v1.0/orgCulture/honors/{honorId}/recall`: DingTalk's `RecallHonor` (module feature `org_culture_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `honor_id`: `{honorId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RecallHonor")]
    #[doc(alias = "/v1.0/orgCulture/honors/{honorId}/recall")]
    #[doc(alias = "POST /v1.0/orgCulture/honors/{honorId}/recall")]
    pub fn recall_honor(
        &self,
        honor_id: &str,
        request: &RecallHonorRequest,
    ) -> rt::Call<RecallHonorResponseBody, RecallHonorError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RecallHonor",
            rt::Method::Post,
            "/v1.0/orgCulture/honors/{honorId}/recall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[honor_id], request)
    }
    /// 每月自动发放额度修改
    ///
    /// `POST /v1.0/orgCulture/users/points/set`: DingTalk's `UpdateAutoIssuePoint` (module feature `org_culture_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateAutoIssuePoint")]
    #[doc(alias = "/v1.0/orgCulture/users/points/set")]
    #[doc(alias = "POST /v1.0/orgCulture/users/points/set")]
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
    /// `PUT /v1.0/orgCulture/users/points/actionRules`: DingTalk's `UpdatePointActionAutoAssignRule` (module feature `org_culture_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdatePointActionAutoAssignRule")]
    #[doc(alias = "/v1.0/orgCulture/users/points/actionRules")]
    #[doc(alias = "PUT /v1.0/orgCulture/users/points/actionRules")]
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
    /// `POST /v1.0/orgCulture/honors/{honorId}/wear`: DingTalk's `WearOrgHonor` (module feature `org_culture_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `honor_id`: `{honorId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "WearOrgHonor")]
    #[doc(alias = "/v1.0/orgCulture/honors/{honorId}/wear")]
    #[doc(alias = "POST /v1.0/orgCulture/honors/{honorId}/wear")]
    pub fn wear_org_honor(
        &self,
        honor_id: &str,
        request: &WearOrgHonorRequest,
    ) -> rt::Call<WearOrgHonorResponseBody, WearOrgHonorError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "WearOrgHonor",
            rt::Method::Post,
            "/v1.0/orgCulture/honors/{honorId}/wear",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[honor_id], request)
    }
    /// Every page of [`Api::query_emp_point_details`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `result.hasMore` is `false`. Items: `result.details` of each page.
    pub fn query_emp_point_details_pages(
        &self,
        request: &QueryEmpPointDetailsRequest,
    ) -> rt::Paginator<
        QueryEmpPointDetailsResponseBody,
        QueryEmpPointDetailsError,
        QueryEmpPointDetailsResponseBodyResultDetails,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result", "details"],
            &["result", "hasMore"],
            &[],
        );
        rt::Paginator::new(self.query_emp_point_details(request), &PAGING)
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
    /// Every page of [`Api::query_org_point_details`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `result.hasMore` is `false`. Items: `result.details` of each page.
    pub fn query_org_point_details_pages(
        &self,
        request: &QueryOrgPointDetailsRequest,
    ) -> rt::Paginator<
        QueryOrgPointDetailsResponseBody,
        QueryOrgPointDetailsError,
        QueryOrgPointDetailsResponseBodyResultDetails,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result", "details"],
            &["result", "hasMore"],
            &[],
        );
        rt::Paginator::new(self.query_org_point_details(request), &PAGING)
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
/// `AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList`, a model several operations share: also named [`DeductionPointBatchRequestTargetUserList`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList {
    /// `outId`.
    pub out_id: String,
    /// `targetUserId`.
    pub target_user_id: String,
}
/// The required fields of [`AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList`], each named where it is set: `AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList::new(AssignOrgHoldingToEmpHoldingBatchRequestTargetUserListRequired { .. })`.
pub struct AssignOrgHoldingToEmpHoldingBatchRequestTargetUserListRequired {
    /// `outId`: see [`AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList::out_id`].
    pub out_id: String,
    /// `targetUserId`: see [`AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList::target_user_id`].
    pub target_user_id: String,
}
impl AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList {
    /// A `AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList` with its required fields (`outId`, `targetUserId`); set the others with the methods named after them.
    pub fn new(
        required: AssignOrgHoldingToEmpHoldingBatchRequestTargetUserListRequired,
    ) -> Self {
        let AssignOrgHoldingToEmpHoldingBatchRequestTargetUserListRequired {
            out_id,
            target_user_id,
        } = required;
        Self { out_id, target_user_id }
    }
}
rt::impl_serialize! {
    AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList { "outId" => field(out_id),
    "targetUserId" => field(target_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList { "outId" =>
    read_field(out_id), "targetUserId" => read_field(target_user_id) }
}
/// `AssignOrgHoldingToEmpHoldingBatchResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AssignOrgHoldingToEmpHoldingBatchResponseBody {
    /// `result`.
    pub result: Option<AssignOrgHoldingToEmpHoldingBatchResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AssignOrgHoldingToEmpHoldingBatchResponseBody { "result" => read_field(result),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AssignOrgHoldingToEmpHoldingBatchResponseBody { "result" => optional(result),
    "success" => optional(success) }
}
/// `ConsumeUserPointsResponseBody`, a model several operations share: also named [`QueryUserPointsResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsumeUserPointsResponseBody {
    /// `result`.
    pub result: Option<ConsumeUserPointsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ConsumeUserPointsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConsumeUserPointsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CreateOrgHonorResponseBody`, a model several operations share: also named [`RecallHonorResponseBody`], [`WearOrgHonorResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateOrgHonorResponseBody {
    /// `result`.
    pub result: Option<CreateOrgHonorResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateOrgHonorResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateOrgHonorResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `DeductionPointBatchRequestTargetUserList`: the same model as [`AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList`].
pub type DeductionPointBatchRequestTargetUserList = AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList;
/// The required fields of [`DeductionPointBatchRequestTargetUserList`].
pub type DeductionPointBatchRequestTargetUserListRequired = AssignOrgHoldingToEmpHoldingBatchRequestTargetUserListRequired;
/// `DeductionPointBatchResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeductionPointBatchResponseBody {
    /// `result`.
    pub result: Option<DeductionPointBatchResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeductionPointBatchResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeductionPointBatchResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `ExportPointOpenResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExportPointOpenResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ExportPointOpenResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExportPointOpenResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `GrantHonorResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GrantHonorResponseBody {
    /// `result`.
    pub result: Option<GrantHonorResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GrantHonorResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GrantHonorResponseBody { "result" => optional(result), "success" => optional(success)
    }
}
/// `QueryCorpPointsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCorpPointsResponseBody {
    /// `result`.
    pub result: Option<QueryCorpPointsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryCorpPointsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCorpPointsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryEmpPointDetailsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryEmpPointDetailsResponseBody {
    /// `result`.
    pub result: Option<QueryEmpPointDetailsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryEmpPointDetailsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryEmpPointDetailsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryOrgHonorsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrgHonorsResponseBody {
    /// `result`.
    pub result: Option<QueryOrgHonorsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryOrgHonorsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgHonorsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryOrgPointDetailsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrgPointDetailsResponseBody {
    /// `result`.
    pub result: Option<QueryOrgPointDetailsResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryOrgPointDetailsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgPointDetailsResponseBody { "result" => optional(result) }
}
/// `QueryPointActionAutoAssignRuleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPointActionAutoAssignRuleResponseBody {
    /// `result`.
    pub result: Option<QueryPointActionAutoAssignRuleResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryPointActionAutoAssignRuleResponseBody { "result" => read_field(result),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPointActionAutoAssignRuleResponseBody { "result" => optional(result), "success"
    => optional(success) }
}
/// `QueryPointAutoIssueSettingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPointAutoIssueSettingResponseBody {
    /// `result`.
    pub result: Option<QueryPointAutoIssueSettingResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryPointAutoIssueSettingResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPointAutoIssueSettingResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryUserHonorsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserHonorsResponseBody {
    /// `result`.
    pub result: Option<QueryUserHonorsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryUserHonorsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserHonorsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryUserPointsResponseBody`: the same model as [`ConsumeUserPointsResponseBody`].
pub type QueryUserPointsResponseBody = ConsumeUserPointsResponseBody;
/// `RecallHonorResponseBody`: the same model as [`CreateOrgHonorResponseBody`].
pub type RecallHonorResponseBody = CreateOrgHonorResponseBody;
/// `UpdateAutoIssuePointResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateAutoIssuePointResponseBody {
    /// `result`.
    pub result: Option<UpdateAutoIssuePointResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UpdateAutoIssuePointResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateAutoIssuePointResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList`], each named where it is set: `UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList::new(UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOListRequired { .. })`.
pub struct UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOListRequired {
    /// `awardScore`: see [`UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList::award_score`].
    pub award_score: i64,
    /// `code`: see [`UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList::code`].
    pub code: String,
    /// `dayLimitTimes`: see [`UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList::day_limit_times`].
    pub day_limit_times: i64,
    /// `status`: see [`UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList::status`].
    pub status: i64,
}
impl UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList {
    /// A `UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList` with its required fields (`awardScore`, `code`, `dayLimitTimes`, `status`); set the others with the methods named after them.
    pub fn new(
        required: UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOListRequired,
    ) -> Self {
        let UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOListRequired {
            award_score,
            code,
            day_limit_times,
            status,
        } = required;
        Self {
            award_score,
            code,
            day_limit_times,
            status,
        }
    }
}
rt::impl_serialize! {
    UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList { "awardScore" =>
    field(award_score), "code" => field(code), "dayLimitTimes" => field(day_limit_times),
    "status" => field(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList { "awardScore" =>
    read_field(award_score), "code" => read_field(code), "dayLimitTimes" =>
    read_field(day_limit_times), "status" => read_field(status) }
}
/// `UpdatePointActionAutoAssignRuleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdatePointActionAutoAssignRuleResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UpdatePointActionAutoAssignRuleResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdatePointActionAutoAssignRuleResponseBody { "success" => optional(success) }
}
/// `WearOrgHonorResponseBody`: the same model as [`CreateOrgHonorResponseBody`].
pub type WearOrgHonorResponseBody = CreateOrgHonorResponseBody;
/// `AssignOrgHoldingToEmpHoldingBatchResponseBodyResult`, a model several operations share: also named [`DeductionPointBatchResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AssignOrgHoldingToEmpHoldingBatchResponseBodyResult {
    /// `openPointInvokeResultDTOS`.
    pub open_point_invoke_result_dtos: Option<
        Vec<AssignOrgHoldingToEmpHoldingBatchResponseBodyResultOpenPointInvokeResultDTOS>,
    >,
}
rt::impl_deserialize! {
    AssignOrgHoldingToEmpHoldingBatchResponseBodyResult { "openPointInvokeResultDTOS" =>
    read_field(open_point_invoke_result_dtos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AssignOrgHoldingToEmpHoldingBatchResponseBodyResult { "openPointInvokeResultDTOS" =>
    optional(open_point_invoke_result_dtos) }
}
/// `ConsumeUserPointsResponseBodyResult`, a model several operations share: also named [`QueryUserPointsResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsumeUserPointsResponseBodyResult {
    /// `amount`.
    pub amount: Option<i64>,
}
rt::impl_deserialize! {
    ConsumeUserPointsResponseBodyResult { "amount" => read_field(amount) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConsumeUserPointsResponseBodyResult { "amount" => optional(amount) }
}
/// `CreateOrgHonorResponseBodyResult`, a model several operations share: also named [`RecallHonorResponseBodyResult`], [`WearOrgHonorResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateOrgHonorResponseBodyResult {
    /// `honorId`.
    pub honor_id: Option<String>,
}
rt::impl_deserialize! {
    CreateOrgHonorResponseBodyResult { "honorId" => read_field(honor_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateOrgHonorResponseBodyResult { "honorId" => optional(honor_id) }
}
/// `DeductionPointBatchResponseBodyResult`: the same model as [`AssignOrgHoldingToEmpHoldingBatchResponseBodyResult`].
pub type DeductionPointBatchResponseBodyResult = AssignOrgHoldingToEmpHoldingBatchResponseBodyResult;
/// `GrantHonorResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GrantHonorResponseBodyResult {
    /// `failedUserIds`.
    pub failed_user_ids: Option<Vec<String>>,
    /// `successUserIds`.
    pub success_user_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GrantHonorResponseBodyResult { "failedUserIds" => read_field(failed_user_ids),
    "successUserIds" => read_field(success_user_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GrantHonorResponseBodyResult { "failedUserIds" => optional(failed_user_ids),
    "successUserIds" => optional(success_user_ids) }
}
/// `QueryCorpPointsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCorpPointsResponseBodyResult {
    /// `amount`.
    pub amount: Option<i64>,
}
rt::impl_deserialize! {
    QueryCorpPointsResponseBodyResult { "amount" => read_field(amount) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCorpPointsResponseBodyResult { "amount" => optional(amount) }
}
/// `QueryEmpPointDetailsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryEmpPointDetailsResponseBodyResult {
    /// `details`.
    pub details: Option<Vec<QueryEmpPointDetailsResponseBodyResultDetails>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
}
rt::impl_deserialize! {
    QueryEmpPointDetailsResponseBodyResult { "details" => read_field(details), "hasMore"
    => read_field(has_more) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryEmpPointDetailsResponseBodyResult { "details" => optional(details), "hasMore" =>
    optional(has_more) }
}
/// `QueryOrgHonorsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrgHonorsResponseBodyResult {
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `openHonors`.
    pub open_honors: Option<Vec<QueryOrgHonorsResponseBodyResultOpenHonors>>,
}
rt::impl_deserialize! {
    QueryOrgHonorsResponseBodyResult { "nextToken" => read_field(next_token),
    "openHonors" => read_field(open_honors) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgHonorsResponseBodyResult { "nextToken" => optional(next_token), "openHonors"
    => optional(open_honors) }
}
/// `QueryOrgPointDetailsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrgPointDetailsResponseBodyResult {
    /// `details`.
    pub details: Option<Vec<QueryOrgPointDetailsResponseBodyResultDetails>>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryOrgPointDetailsResponseBodyResult { "details" => read_field(details), "hasMore"
    => read_field(has_more), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgPointDetailsResponseBodyResult { "details" => optional(details), "hasMore" =>
    optional(has_more), "success" => optional(success) }
}
/// `QueryPointActionAutoAssignRuleResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPointActionAutoAssignRuleResponseBodyResult {
    /// `queryPointRuleResponseDTOS`.
    pub query_point_rule_response_dtos: Option<
        Vec<QueryPointActionAutoAssignRuleResponseBodyResultQueryPointRuleResponseDTOS>,
    >,
}
rt::impl_deserialize! {
    QueryPointActionAutoAssignRuleResponseBodyResult { "queryPointRuleResponseDTOS" =>
    read_field(query_point_rule_response_dtos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPointActionAutoAssignRuleResponseBodyResult { "queryPointRuleResponseDTOS" =>
    optional(query_point_rule_response_dtos) }
}
/// `QueryPointAutoIssueSettingResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPointAutoIssueSettingResponseBodyResult {
    /// `pointAutoNum`.
    pub point_auto_num: Option<i64>,
    /// `pointAutoState`.
    pub point_auto_state: Option<bool>,
    /// `pointAutoTime`.
    pub point_auto_time: Option<i64>,
}
rt::impl_deserialize! {
    QueryPointAutoIssueSettingResponseBodyResult { "pointAutoNum" =>
    read_field(point_auto_num), "pointAutoState" => read_field(point_auto_state),
    "pointAutoTime" => read_field(point_auto_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPointAutoIssueSettingResponseBodyResult { "pointAutoNum" =>
    optional(point_auto_num), "pointAutoState" => optional(point_auto_state),
    "pointAutoTime" => optional(point_auto_time) }
}
/// `QueryUserHonorsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserHonorsResponseBodyResult {
    /// `honors`.
    pub honors: Option<Vec<QueryUserHonorsResponseBodyResultHonors>>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    QueryUserHonorsResponseBodyResult { "honors" => read_field(honors), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserHonorsResponseBodyResult { "honors" => optional(honors), "nextToken" =>
    optional(next_token) }
}
/// `QueryUserPointsResponseBodyResult`: the same model as [`ConsumeUserPointsResponseBodyResult`].
pub type QueryUserPointsResponseBodyResult = ConsumeUserPointsResponseBodyResult;
/// `RecallHonorResponseBodyResult`: the same model as [`CreateOrgHonorResponseBodyResult`].
pub type RecallHonorResponseBodyResult = CreateOrgHonorResponseBodyResult;
/// `UpdateAutoIssuePointResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateAutoIssuePointResponseBodyResult {
    /// `nextAutoIssuePointTime`.
    pub next_auto_issue_point_time: Option<i64>,
}
rt::impl_deserialize! {
    UpdateAutoIssuePointResponseBodyResult { "nextAutoIssuePointTime" =>
    read_field(next_auto_issue_point_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateAutoIssuePointResponseBodyResult { "nextAutoIssuePointTime" =>
    optional(next_auto_issue_point_time) }
}
/// `WearOrgHonorResponseBodyResult`: the same model as [`CreateOrgHonorResponseBodyResult`].
pub type WearOrgHonorResponseBodyResult = CreateOrgHonorResponseBodyResult;
/// `AssignOrgHoldingToEmpHoldingBatchResponseBodyResultOpenPointInvokeResultDTOS`, a model several operations share: also named [`DeductionPointBatchResponseBodyResultOpenPointInvokeResultDTOS`].
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    AssignOrgHoldingToEmpHoldingBatchResponseBodyResultOpenPointInvokeResultDTOS { "code"
    => read_field(code), "invokeStatus" => read_field(invoke_status), "msg" =>
    read_field(msg), "outId" => read_field(out_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AssignOrgHoldingToEmpHoldingBatchResponseBodyResultOpenPointInvokeResultDTOS { "code"
    => optional(code), "invokeStatus" => optional(invoke_status), "msg" => optional(msg),
    "outId" => optional(out_id), "userId" => optional(user_id) }
}
/// `DeductionPointBatchResponseBodyResultOpenPointInvokeResultDTOS`: the same model as [`AssignOrgHoldingToEmpHoldingBatchResponseBodyResultOpenPointInvokeResultDTOS`].
pub type DeductionPointBatchResponseBodyResultOpenPointInvokeResultDTOS = AssignOrgHoldingToEmpHoldingBatchResponseBodyResultOpenPointInvokeResultDTOS;
/// `QueryEmpPointDetailsResponseBodyResultDetails`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryEmpPointDetailsResponseBodyResultDetails { "amount" => read_field(amount),
    "gmtCreate" => read_field(gmt_create), "outId" => read_field(out_id),
    "pointOperateFeatureResponseDTO" => read_field(point_operate_feature_response_dto),
    "sourceBizCode" => read_field(source_biz_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryEmpPointDetailsResponseBodyResultDetails { "amount" => optional(amount),
    "gmtCreate" => optional(gmt_create), "outId" => optional(out_id),
    "pointOperateFeatureResponseDTO" => optional(point_operate_feature_response_dto),
    "sourceBizCode" => optional(source_biz_code) }
}
/// `QueryOrgHonorsResponseBodyResultOpenHonors`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryOrgHonorsResponseBodyResultOpenHonors { "honorDesc" => read_field(honor_desc),
    "honorId" => read_field(honor_id), "honorImgUrl" => read_field(honor_img_url),
    "honorName" => read_field(honor_name), "honorPendantImgUrl" =>
    read_field(honor_pendant_img_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgHonorsResponseBodyResultOpenHonors { "honorDesc" => optional(honor_desc),
    "honorId" => optional(honor_id), "honorImgUrl" => optional(honor_img_url),
    "honorName" => optional(honor_name), "honorPendantImgUrl" =>
    optional(honor_pendant_img_url) }
}
/// `QueryOrgPointDetailsResponseBodyResultDetails`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryOrgPointDetailsResponseBodyResultDetails { "amount" => read_field(amount),
    "gmtCreate" => read_field(gmt_create), "outId" => read_field(out_id),
    "pointOperateFeatureResponseDTO" => read_field(point_operate_feature_response_dto),
    "sourceBizCode" => read_field(source_biz_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgPointDetailsResponseBodyResultDetails { "amount" => optional(amount),
    "gmtCreate" => optional(gmt_create), "outId" => optional(out_id),
    "pointOperateFeatureResponseDTO" => optional(point_operate_feature_response_dto),
    "sourceBizCode" => optional(source_biz_code) }
}
/// `QueryPointActionAutoAssignRuleResponseBodyResultQueryPointRuleResponseDTOS`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryPointActionAutoAssignRuleResponseBodyResultQueryPointRuleResponseDTOS {
    "awardScore" => read_field(award_score), "code" => read_field(code), "dayLimitTimes"
    => read_field(day_limit_times), "description" => read_field(description), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPointActionAutoAssignRuleResponseBodyResultQueryPointRuleResponseDTOS {
    "awardScore" => optional(award_score), "code" => optional(code), "dayLimitTimes" =>
    optional(day_limit_times), "description" => optional(description), "status" =>
    optional(status) }
}
/// `QueryUserHonorsResponseBodyResultHonors`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryUserHonorsResponseBodyResultHonors { "expirationTime" =>
    read_field(expiration_time), "grantHistory" => read_field(grant_history), "honorDesc"
    => read_field(honor_desc), "honorId" => read_field(honor_id), "honorName" =>
    read_field(honor_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserHonorsResponseBodyResultHonors { "expirationTime" =>
    optional(expiration_time), "grantHistory" => optional(grant_history), "honorDesc" =>
    optional(honor_desc), "honorId" => optional(honor_id), "honorName" =>
    optional(honor_name) }
}
/// `QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO {
    "accountSource" => read_field(account_source), "accountTarget" =>
    read_field(account_target), "remark" => read_field(remark), "usage" =>
    read_field(usage) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO {
    "accountSource" => optional(account_source), "accountTarget" =>
    optional(account_target), "remark" => optional(remark), "usage" => optional(usage) }
}
/// `QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
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
rt::impl_deserialize! {
    QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO {
    "accountSource" => read_field(account_source), "accountTarget" =>
    read_field(account_target), "remark" => read_field(remark), "usage" =>
    read_field(usage) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTO {
    "accountSource" => optional(account_source), "accountTarget" =>
    optional(account_target), "remark" => optional(remark), "usage" => optional(usage) }
}
/// `QueryUserHonorsResponseBodyResultHonorsGrantHistory`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserHonorsResponseBodyResultHonorsGrantHistory {
    /// `grantReason`.
    pub grant_reason: Option<String>,
    /// `grantTime`.
    pub grant_time: Option<i64>,
    /// `senderUserid`.
    pub sender_userid: Option<String>,
}
rt::impl_deserialize! {
    QueryUserHonorsResponseBodyResultHonorsGrantHistory { "grantReason" =>
    read_field(grant_reason), "grantTime" => read_field(grant_time), "senderUserid" =>
    read_field(sender_userid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserHonorsResponseBodyResultHonorsGrantHistory { "grantReason" =>
    optional(grant_reason), "grantTime" => optional(grant_time), "senderUserid" =>
    optional(sender_userid) }
}
/// `QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource`, a model several operations share: also named [`QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountTarget`], [`QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountTarget`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource {
    /// `accountType`.
    pub account_type: Option<String>,
    /// `empName`.
    pub emp_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource
    { "accountType" => read_field(account_type), "empName" => read_field(emp_name),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource
    { "accountType" => optional(account_type), "empName" => optional(emp_name), "userId"
    => optional(user_id) }
}
/// `QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountTarget`: the same model as [`QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource`].
pub type QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountTarget = QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource;
/// `QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource {
    /// `accountType`.
    pub account_type: Option<String>,
    /// `empName`.
    pub emp_name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource
    { "accountType" => read_field(account_type), "empName" => read_field(emp_name),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource
    { "accountType" => optional(account_type), "empName" => optional(emp_name), "userId"
    => optional(user_id) }
}
/// `QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountTarget`: the same model as [`QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource`].
pub type QueryOrgPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountTarget = QueryEmpPointDetailsResponseBodyResultDetailsPointOperateFeatureResponseDTOAccountSource;
/// The request of [`Api::assign_org_holding_to_emp_holding_batch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`AssignOrgHoldingToEmpHoldingBatchRequest`], each named where it is set: `AssignOrgHoldingToEmpHoldingBatchRequest::new(AssignOrgHoldingToEmpHoldingBatchRequired { .. })`.
pub struct AssignOrgHoldingToEmpHoldingBatchRequired {
    /// `sendOrgCultureInform`: see [`AssignOrgHoldingToEmpHoldingBatchRequest::send_org_culture_inform`].
    pub send_org_culture_inform: bool,
    /// `singleAmount`: see [`AssignOrgHoldingToEmpHoldingBatchRequest::single_amount`].
    pub single_amount: i64,
    /// `sourceUsage`: see [`AssignOrgHoldingToEmpHoldingBatchRequest::source_usage`].
    pub source_usage: String,
    /// `targetUsage`: see [`AssignOrgHoldingToEmpHoldingBatchRequest::target_usage`].
    pub target_usage: String,
    /// `targetUserList`: see [`AssignOrgHoldingToEmpHoldingBatchRequest::target_user_list`].
    pub target_user_list: Vec<AssignOrgHoldingToEmpHoldingBatchRequestTargetUserList>,
}
impl AssignOrgHoldingToEmpHoldingBatchRequest {
    /// A `AssignOrgHoldingToEmpHoldingBatchRequest` with its required fields (`sendOrgCultureInform`, `singleAmount`, `sourceUsage`, `targetUsage`, `targetUserList`); set the others with the methods named after them.
    pub fn new(required: AssignOrgHoldingToEmpHoldingBatchRequired) -> Self {
        let AssignOrgHoldingToEmpHoldingBatchRequired {
            send_org_culture_inform,
            single_amount,
            source_usage,
            target_usage,
            target_user_list,
        } = required;
        Self {
            remark: None,
            send_org_culture_inform,
            single_amount,
            source_usage,
            target_usage,
            target_user_list,
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AssignOrgHoldingToEmpHoldingBatchRequest { "remark" => optional(remark),
    "sendOrgCultureInform" => field(send_org_culture_inform), "singleAmount" =>
    field(single_amount), "sourceUsage" => field(source_usage), "targetUsage" =>
    field(target_usage), "targetUserList" => field(target_user_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AssignOrgHoldingToEmpHoldingBatchRequest { "remark" => read_field(remark),
    "sendOrgCultureInform" => read_field(send_org_culture_inform), "singleAmount" =>
    read_field(single_amount), "sourceUsage" => read_field(source_usage), "targetUsage"
    => read_field(target_usage), "targetUserList" => read_field(target_user_list) }
}
impl rt::WriteRequest for AssignOrgHoldingToEmpHoldingBatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::consume_user_points`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`ConsumeUserPointsRequest`], each named where it is set: `ConsumeUserPointsRequest::new(ConsumeUserPointsRequired { .. })`.
pub struct ConsumeUserPointsRequired {
    /// `amount`: see [`ConsumeUserPointsRequest::amount`].
    pub amount: i64,
    /// `outId`: see [`ConsumeUserPointsRequest::out_id`].
    pub out_id: String,
}
impl ConsumeUserPointsRequest {
    /// A `ConsumeUserPointsRequest` with its required fields (`amount`, `outId`); set the others with the methods named after them.
    pub fn new(required: ConsumeUserPointsRequired) -> Self {
        let ConsumeUserPointsRequired { amount, out_id } = required;
        Self {
            amount,
            out_id,
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
rt::impl_serialize! {
    ConsumeUserPointsRequest { "amount" => field(amount), "outId" => field(out_id),
    "remark" => optional(remark), "usage" => optional(usage) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsumeUserPointsRequest { "amount" => read_field(amount), "outId" =>
    read_field(out_id), "remark" => read_field(remark), "usage" => read_field(usage) }
}
impl rt::WriteRequest for ConsumeUserPointsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_org_honor`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`CreateOrgHonorRequest`], each named where it is set: `CreateOrgHonorRequest::new(CreateOrgHonorRequired { .. })`.
pub struct CreateOrgHonorRequired {
    /// `avatarFrameMediaId`: see [`CreateOrgHonorRequest::avatar_frame_media_id`].
    pub avatar_frame_media_id: String,
    /// `defaultBgColor`: see [`CreateOrgHonorRequest::default_bg_color`].
    pub default_bg_color: String,
    /// `medalDesc`: see [`CreateOrgHonorRequest::medal_desc`].
    pub medal_desc: String,
    /// `medalMediaId`: see [`CreateOrgHonorRequest::medal_media_id`].
    pub medal_media_id: String,
    /// `medalName`: see [`CreateOrgHonorRequest::medal_name`].
    pub medal_name: String,
    /// `userId`: see [`CreateOrgHonorRequest::user_id`].
    pub user_id: String,
}
impl CreateOrgHonorRequest {
    /// A `CreateOrgHonorRequest` with its required fields (`avatarFrameMediaId`, `defaultBgColor`, `medalDesc`, `medalMediaId`, `medalName`, `userId`); set the others with the methods named after them.
    pub fn new(required: CreateOrgHonorRequired) -> Self {
        let CreateOrgHonorRequired {
            avatar_frame_media_id,
            default_bg_color,
            medal_desc,
            medal_media_id,
            medal_name,
            user_id,
        } = required;
        Self {
            avatar_frame_media_id,
            default_bg_color,
            medal_desc,
            medal_media_id,
            medal_name,
            user_id,
        }
    }
}
rt::impl_serialize! {
    CreateOrgHonorRequest { "avatarFrameMediaId" => field(avatar_frame_media_id),
    "defaultBgColor" => field(default_bg_color), "medalDesc" => field(medal_desc),
    "medalMediaId" => field(medal_media_id), "medalName" => field(medal_name), "userId"
    => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateOrgHonorRequest { "avatarFrameMediaId" => read_field(avatar_frame_media_id),
    "defaultBgColor" => read_field(default_bg_color), "medalDesc" =>
    read_field(medal_desc), "medalMediaId" => read_field(medal_media_id), "medalName" =>
    read_field(medal_name), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CreateOrgHonorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::deduction_point_batch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`DeductionPointBatchRequest`], each named where it is set: `DeductionPointBatchRequest::new(DeductionPointBatchRequired { .. })`.
pub struct DeductionPointBatchRequired {
    /// `deductionAmount`: see [`DeductionPointBatchRequest::deduction_amount`].
    pub deduction_amount: i64,
    /// `remark`: see [`DeductionPointBatchRequest::remark`].
    pub remark: String,
    /// `targetUserList`: see [`DeductionPointBatchRequest::target_user_list`].
    pub target_user_list: Vec<DeductionPointBatchRequestTargetUserList>,
    /// `userId`: see [`DeductionPointBatchRequest::user_id`].
    pub user_id: String,
}
impl DeductionPointBatchRequest {
    /// A `DeductionPointBatchRequest` with its required fields (`deductionAmount`, `remark`, `targetUserList`, `userId`); set the others with the methods named after them.
    pub fn new(required: DeductionPointBatchRequired) -> Self {
        let DeductionPointBatchRequired {
            deduction_amount,
            remark,
            target_user_list,
            user_id,
        } = required;
        Self {
            deduction_amount,
            remark,
            send_org_culture_inform: None,
            target_user_list,
            user_id,
        }
    }
    /// Sets `sendOrgCultureInform`.
    pub fn send_org_culture_inform(mut self, value: bool) -> Self {
        self.send_org_culture_inform = Some(value);
        self
    }
}
rt::impl_serialize! {
    DeductionPointBatchRequest { "deductionAmount" => field(deduction_amount), "remark"
    => field(remark), "sendOrgCultureInform" => optional(send_org_culture_inform),
    "targetUserList" => field(target_user_list), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeductionPointBatchRequest { "deductionAmount" => read_field(deduction_amount),
    "remark" => read_field(remark), "sendOrgCultureInform" =>
    read_field(send_org_culture_inform), "targetUserList" =>
    read_field(target_user_list), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for DeductionPointBatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::export_point_open`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExportPointOpenRequest {
    /// `exportDate`.
    pub export_date: Option<String>,
    /// `exportType`.
    pub export_type: i64,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`ExportPointOpenRequest`], each named where it is set: `ExportPointOpenRequest::new(ExportPointOpenRequired { .. })`.
pub struct ExportPointOpenRequired {
    /// `exportType`: see [`ExportPointOpenRequest::export_type`].
    pub export_type: i64,
    /// `userId`: see [`ExportPointOpenRequest::user_id`].
    pub user_id: String,
}
impl ExportPointOpenRequest {
    /// A `ExportPointOpenRequest` with its required fields (`exportType`, `userId`); set the others with the methods named after them.
    pub fn new(required: ExportPointOpenRequired) -> Self {
        let ExportPointOpenRequired { export_type, user_id } = required;
        Self {
            export_date: None,
            export_type,
            user_id,
        }
    }
    /// Sets `exportDate`.
    pub fn export_date(mut self, value: impl Into<String>) -> Self {
        self.export_date = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ExportPointOpenRequest { "exportDate" => optional(export_date), "exportType" =>
    field(export_type), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExportPointOpenRequest { "exportDate" => read_field(export_date), "exportType" =>
    read_field(export_type), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for ExportPointOpenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::grant_honor`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`GrantHonorRequest`], each named where it is set: `GrantHonorRequest::new(GrantHonorRequired { .. })`.
pub struct GrantHonorRequired {
    /// `grantReason`: see [`GrantHonorRequest::grant_reason`].
    pub grant_reason: String,
    /// `granterName`: see [`GrantHonorRequest::granter_name`].
    pub granter_name: String,
    /// `receiverUserIds`: see [`GrantHonorRequest::receiver_user_ids`].
    pub receiver_user_ids: Vec<String>,
    /// `senderUserId`: see [`GrantHonorRequest::sender_user_id`].
    pub sender_user_id: String,
}
impl GrantHonorRequest {
    /// A `GrantHonorRequest` with its required fields (`grantReason`, `granterName`, `receiverUserIds`, `senderUserId`); set the others with the methods named after them.
    pub fn new(required: GrantHonorRequired) -> Self {
        let GrantHonorRequired {
            grant_reason,
            granter_name,
            receiver_user_ids,
            sender_user_id,
        } = required;
        Self {
            expiration_time: None,
            grant_reason,
            granter_name,
            notice_announcer: None,
            notice_single: None,
            open_conversation_ids: None,
            receiver_user_ids,
            sender_user_id,
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
rt::impl_serialize! {
    GrantHonorRequest { "expirationTime" => optional(expiration_time), "grantReason" =>
    field(grant_reason), "granterName" => field(granter_name), "noticeAnnouncer" =>
    optional(notice_announcer), "noticeSingle" => optional(notice_single),
    "openConversationIds" => optional(open_conversation_ids), "receiverUserIds" =>
    field(receiver_user_ids), "senderUserId" => field(sender_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GrantHonorRequest { "expirationTime" => read_field(expiration_time), "grantReason" =>
    read_field(grant_reason), "granterName" => read_field(granter_name),
    "noticeAnnouncer" => read_field(notice_announcer), "noticeSingle" =>
    read_field(notice_single), "openConversationIds" =>
    read_field(open_conversation_ids), "receiverUserIds" =>
    read_field(receiver_user_ids), "senderUserId" => read_field(sender_user_id) }
}
impl rt::WriteRequest for GrantHonorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_corp_points`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCorpPointsRequest {
    /// `optUserId`: a query parameter.
    pub opt_user_id: String,
}
/// The required fields of [`QueryCorpPointsRequest`], each named where it is set: `QueryCorpPointsRequest::new(QueryCorpPointsRequired { .. })`.
pub struct QueryCorpPointsRequired {
    /// `optUserId`: see [`QueryCorpPointsRequest::opt_user_id`].
    pub opt_user_id: String,
}
impl QueryCorpPointsRequest {
    /// A `QueryCorpPointsRequest` with its required fields (`optUserId`); set the others with the methods named after them.
    pub fn new(required: QueryCorpPointsRequired) -> Self {
        let QueryCorpPointsRequired { opt_user_id } = required;
        Self { opt_user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCorpPointsRequest { "optUserId" => read_field(opt_user_id) }
}
impl rt::WriteRequest for QueryCorpPointsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("optUserId", &self.opt_user_id);
    }
}
/// The request of [`Api::query_emp_point_details`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryEmpPointDetailsRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`QueryEmpPointDetailsRequest`], each named where it is set: `QueryEmpPointDetailsRequest::new(QueryEmpPointDetailsRequired { .. })`.
pub struct QueryEmpPointDetailsRequired {
    /// `pageNumber`: see [`QueryEmpPointDetailsRequest::page_number`].
    pub page_number: i64,
    /// `userId`: see [`QueryEmpPointDetailsRequest::user_id`].
    pub user_id: String,
}
impl QueryEmpPointDetailsRequest {
    /// A `QueryEmpPointDetailsRequest` with its required fields (`pageNumber`, `userId`); set the others with the methods named after them.
    pub fn new(required: QueryEmpPointDetailsRequired) -> Self {
        let QueryEmpPointDetailsRequired { page_number, user_id } = required;
        Self {
            page_number,
            page_size: None,
            user_id,
        }
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryEmpPointDetailsRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "userId" => read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryOrgHonorsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: String,
}
/// The required fields of [`QueryOrgHonorsRequest`], each named where it is set: `QueryOrgHonorsRequest::new(QueryOrgHonorsRequired { .. })`.
pub struct QueryOrgHonorsRequired {
    /// `nextToken`: see [`QueryOrgHonorsRequest::next_token`].
    pub next_token: String,
}
impl QueryOrgHonorsRequest {
    /// A `QueryOrgHonorsRequest` with its required fields (`nextToken`); set the others with the methods named after them.
    pub fn new(required: QueryOrgHonorsRequired) -> Self {
        let QueryOrgHonorsRequired { next_token } = required;
        Self {
            max_results: None,
            next_token,
        }
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryOrgHonorsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
impl rt::WriteRequest for QueryOrgHonorsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_org_point_details`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`QueryOrgPointDetailsRequest`], each named where it is set: `QueryOrgPointDetailsRequest::new(QueryOrgPointDetailsRequired { .. })`.
pub struct QueryOrgPointDetailsRequired {
    /// `accountType`: see [`QueryOrgPointDetailsRequest::account_type`].
    pub account_type: String,
    /// `pageNumber`: see [`QueryOrgPointDetailsRequest::page_number`].
    pub page_number: i64,
    /// `userId`: see [`QueryOrgPointDetailsRequest::user_id`].
    pub user_id: String,
}
impl QueryOrgPointDetailsRequest {
    /// A `QueryOrgPointDetailsRequest` with its required fields (`accountType`, `pageNumber`, `userId`); set the others with the methods named after them.
    pub fn new(required: QueryOrgPointDetailsRequired) -> Self {
        let QueryOrgPointDetailsRequired { account_type, page_number, user_id } = required;
        Self {
            account_type,
            page_number,
            page_size: None,
            user_id,
        }
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryOrgPointDetailsRequest { "accountType" => read_field(account_type), "pageNumber"
    => read_field(page_number), "pageSize" => read_field(page_size), "userId" =>
    read_field(user_id) }
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
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUserHonorsRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: String,
}
/// The required fields of [`QueryUserHonorsRequest`], each named where it is set: `QueryUserHonorsRequest::new(QueryUserHonorsRequired { .. })`.
pub struct QueryUserHonorsRequired {
    /// `nextToken`: see [`QueryUserHonorsRequest::next_token`].
    pub next_token: String,
}
impl QueryUserHonorsRequest {
    /// A `QueryUserHonorsRequest` with its required fields (`nextToken`); set the others with the methods named after them.
    pub fn new(required: QueryUserHonorsRequired) -> Self {
        let QueryUserHonorsRequired { next_token } = required;
        Self {
            max_results: None,
            next_token,
        }
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUserHonorsRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
impl rt::WriteRequest for QueryUserHonorsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::recall_honor`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RecallHonorRequest {
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`RecallHonorRequest`], each named where it is set: `RecallHonorRequest::new(RecallHonorRequired { .. })`.
pub struct RecallHonorRequired {
    /// `userId`: see [`RecallHonorRequest::user_id`].
    pub user_id: String,
}
impl RecallHonorRequest {
    /// A `RecallHonorRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: RecallHonorRequired) -> Self {
        let RecallHonorRequired { user_id } = required;
        Self { user_id }
    }
}
rt::impl_serialize! {
    RecallHonorRequest { "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RecallHonorRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for RecallHonorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_auto_issue_point`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
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
/// The required fields of [`UpdateAutoIssuePointRequest`], each named where it is set: `UpdateAutoIssuePointRequest::new(UpdateAutoIssuePointRequired { .. })`.
pub struct UpdateAutoIssuePointRequired {
    /// `pointAutoNum`: see [`UpdateAutoIssuePointRequest::point_auto_num`].
    pub point_auto_num: i64,
    /// `pointAutoState`: see [`UpdateAutoIssuePointRequest::point_auto_state`].
    pub point_auto_state: bool,
    /// `pointAutoTime`: see [`UpdateAutoIssuePointRequest::point_auto_time`].
    pub point_auto_time: i64,
    /// `userId`: see [`UpdateAutoIssuePointRequest::user_id`].
    pub user_id: String,
}
impl UpdateAutoIssuePointRequest {
    /// A `UpdateAutoIssuePointRequest` with its required fields (`pointAutoNum`, `pointAutoState`, `pointAutoTime`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdateAutoIssuePointRequired) -> Self {
        let UpdateAutoIssuePointRequired {
            point_auto_num,
            point_auto_state,
            point_auto_time,
            user_id,
        } = required;
        Self {
            point_auto_num,
            point_auto_state,
            point_auto_time,
            user_id,
        }
    }
}
rt::impl_serialize! {
    UpdateAutoIssuePointRequest { "pointAutoNum" => field(point_auto_num),
    "pointAutoState" => field(point_auto_state), "pointAutoTime" =>
    field(point_auto_time), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateAutoIssuePointRequest { "pointAutoNum" => read_field(point_auto_num),
    "pointAutoState" => read_field(point_auto_state), "pointAutoTime" =>
    read_field(point_auto_time), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateAutoIssuePointRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_point_action_auto_assign_rule`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdatePointActionAutoAssignRuleRequest {
    /// `updatePointRuleRequestDTOList`.
    pub update_point_rule_request_dto_list: Vec<
        UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList,
    >,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UpdatePointActionAutoAssignRuleRequest`], each named where it is set: `UpdatePointActionAutoAssignRuleRequest::new(UpdatePointActionAutoAssignRuleRequired { .. })`.
pub struct UpdatePointActionAutoAssignRuleRequired {
    /// `updatePointRuleRequestDTOList`: see [`UpdatePointActionAutoAssignRuleRequest::update_point_rule_request_dto_list`].
    pub update_point_rule_request_dto_list: Vec<
        UpdatePointActionAutoAssignRuleRequestUpdatePointRuleRequestDTOList,
    >,
    /// `userId`: see [`UpdatePointActionAutoAssignRuleRequest::user_id`].
    pub user_id: String,
}
impl UpdatePointActionAutoAssignRuleRequest {
    /// A `UpdatePointActionAutoAssignRuleRequest` with its required fields (`updatePointRuleRequestDTOList`, `userId`); set the others with the methods named after them.
    pub fn new(required: UpdatePointActionAutoAssignRuleRequired) -> Self {
        let UpdatePointActionAutoAssignRuleRequired {
            update_point_rule_request_dto_list,
            user_id,
        } = required;
        Self {
            update_point_rule_request_dto_list,
            user_id,
        }
    }
}
rt::impl_serialize! {
    UpdatePointActionAutoAssignRuleRequest { "updatePointRuleRequestDTOList" =>
    field(update_point_rule_request_dto_list), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdatePointActionAutoAssignRuleRequest { "updatePointRuleRequestDTOList" =>
    read_field(update_point_rule_request_dto_list), "userId" => read_field(user_id) }
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
rt::impl_serialize! {
    WearOrgHonorRequest { "userId" => optional(user_id), "wear" => optional(wear) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    WearOrgHonorRequest { "userId" => read_field(user_id), "wear" => read_field(wear) }
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
