// @generated from api-spec/agoal_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Agoal (目标管理)：目标与关键行动、绩效考核、指标库与业务数据。
//!
//! 28 operations, methods of [`Api`] (`client.agoal_1_0()`), behind the cargo feature `agoal_1_0`; its paths start with `/v1.0/agoal/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `agoal_1_0`. Get it with `client.agoal_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 业务数据开放
    ///
    /// `POST /v1.0/agoal/bizData/query`: DingTalk's `AgoalBizDataQuery` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::agoal_biz_data_query_pages`].
    #[doc(alias = "AgoalBizDataQuery")]
    #[doc(alias = "/v1.0/agoal/bizData/query")]
    #[doc(alias = "POST /v1.0/agoal/bizData/query")]
    pub fn agoal_biz_data_query(
        &self,
        request: &AgoalBizDataQueryRequest,
    ) -> rt::Call<AgoalBizDataQueryResponseBody, AgoalBizDataQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalBizDataQuery",
            rt::Method::Post,
            "/v1.0/agoal/bizData/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建目标进展
    ///
    /// `POST /v1.0/agoal/objectives/progresses`: DingTalk's `AgoalCreateProgress` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalCreateProgress")]
    #[doc(alias = "/v1.0/agoal/objectives/progresses")]
    #[doc(alias = "POST /v1.0/agoal/objectives/progresses")]
    pub fn agoal_create_progress(
        &self,
        request: &AgoalCreateProgressRequest,
    ) -> rt::Call<AgoalCreateProgressResponseBody, AgoalCreateProgressError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalCreateProgress",
            rt::Method::Post,
            "/v1.0/agoal/objectives/progresses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建业务实体
    ///
    /// `POST /v1.0/agoal/entities`: DingTalk's `AgoalEntityCreate` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalEntityCreate")]
    #[doc(alias = "/v1.0/agoal/entities")]
    #[doc(alias = "POST /v1.0/agoal/entities")]
    pub fn agoal_entity_create(
        &self,
        request: &AgoalEntityCreateRequest,
    ) -> rt::Call<AgoalEntityCreateResponseBody, AgoalEntityCreateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalEntityCreate",
            rt::Method::Post,
            "/v1.0/agoal/entities",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新业务实体
    ///
    /// `PUT /v1.0/agoal/entities`: DingTalk's `AgoalEntityUpdate` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalEntityUpdate")]
    #[doc(alias = "/v1.0/agoal/entities")]
    #[doc(alias = "PUT /v1.0/agoal/entities")]
    pub fn agoal_entity_update(
        &self,
        request: &AgoalEntityUpdateRequest,
    ) -> rt::Call<AgoalEntityUpdateResponseBody, AgoalEntityUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalEntityUpdate",
            rt::Method::Put,
            "/v1.0/agoal/entities",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新 Agoal 字段值
    ///
    /// `PUT /v1.0/agoal/fields`: DingTalk's `AgoalFieldUpdate` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalFieldUpdate")]
    #[doc(alias = "/v1.0/agoal/fields")]
    #[doc(alias = "PUT /v1.0/agoal/fields")]
    pub fn agoal_field_update(
        &self,
        request: &AgoalFieldUpdateRequest,
    ) -> rt::Call<AgoalFieldUpdateResponseBody, AgoalFieldUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalFieldUpdate",
            rt::Method::Put,
            "/v1.0/agoal/fields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// agoal财年方案列表
    ///
    /// `POST /v1.0/agoal/period/scheme/list`: DingTalk's `AgoalFiscalYearschemeList` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalFiscalYearschemeList")]
    #[doc(alias = "/v1.0/agoal/period/scheme/list")]
    #[doc(alias = "POST /v1.0/agoal/period/scheme/list")]
    pub fn agoal_fiscal_yearscheme_list(
        &self,
    ) -> rt::Call<
        AgoalFiscalYearschemeListResponseBody,
        AgoalFiscalYearschemeListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalFiscalYearschemeList",
            rt::Method::Post,
            "/v1.0/agoal/period/scheme/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 通过指标编码批量查询指标列表
    ///
    /// `GET /v1.0/agoal/indicator/batch/query`: DingTalk's `AgoalIndicatorBatchQuery` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalIndicatorBatchQuery")]
    #[doc(alias = "/v1.0/agoal/indicator/batch/query")]
    #[doc(alias = "GET /v1.0/agoal/indicator/batch/query")]
    pub fn agoal_indicator_batch_query(
        &self,
        request: &AgoalIndicatorBatchQueryRequest,
    ) -> rt::Call<AgoalIndicatorBatchQueryResponseBody, AgoalIndicatorBatchQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalIndicatorBatchQuery",
            rt::Method::Get,
            "/v1.0/agoal/indicator/batch/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过指标编码推送指标时间维度数据
    ///
    /// `POST /v1.0/agoal/indicator/data/push`: DingTalk's `AgoalIndicatorDataPush` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalIndicatorDataPush")]
    #[doc(alias = "/v1.0/agoal/indicator/data/push")]
    #[doc(alias = "POST /v1.0/agoal/indicator/data/push")]
    pub fn agoal_indicator_data_push(
        &self,
        request: &AgoalIndicatorDataPushRequest,
    ) -> rt::Call<AgoalIndicatorDataPushResponseBody, AgoalIndicatorDataPushError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalIndicatorDataPush",
            rt::Method::Post,
            "/v1.0/agoal/indicator/data/push",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取Agoal指定目标或者关键结果关联的关键行动
    ///
    /// `GET /v1.0/agoal/objectives/keyActionLists`: DingTalk's `AgoalObjectiveKeyActionList` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalObjectiveKeyActionList")]
    #[doc(alias = "/v1.0/agoal/objectives/keyActionLists")]
    #[doc(alias = "GET /v1.0/agoal/objectives/keyActionLists")]
    pub fn agoal_objective_key_action_list(
        &self,
        request: &AgoalObjectiveKeyActionListRequest,
    ) -> rt::Call<
        AgoalObjectiveKeyActionListResponseBody,
        AgoalObjectiveKeyActionListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalObjectiveKeyActionList",
            rt::Method::Get,
            "/v1.0/agoal/objectives/keyActionLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业下指定个人目标的所有进展
    ///
    /// `GET /v1.0/agoal/objectives/progresses/lists`: DingTalk's `AgoalObjectiveProgressList` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::agoal_objective_progress_list_pages`].
    #[doc(alias = "AgoalObjectiveProgressList")]
    #[doc(alias = "/v1.0/agoal/objectives/progresses/lists")]
    #[doc(alias = "GET /v1.0/agoal/objectives/progresses/lists")]
    pub fn agoal_objective_progress_list(
        &self,
        request: &AgoalObjectiveProgressListRequest,
    ) -> rt::Call<
        AgoalObjectiveProgressListResponseBody,
        AgoalObjectiveProgressListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalObjectiveProgressList",
            rt::Method::Get,
            "/v1.0/agoal/objectives/progresses/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业下目标规则列表
    ///
    /// `GET /v1.0/agoal/objectiveRuleLists/query`: DingTalk's `AgoalObjectiveRuleList` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::agoal_objective_rule_list_pages`].
    #[doc(alias = "AgoalObjectiveRuleList")]
    #[doc(alias = "/v1.0/agoal/objectiveRuleLists/query")]
    #[doc(alias = "GET /v1.0/agoal/objectiveRuleLists/query")]
    pub fn agoal_objective_rule_list(
        &self,
        request: &AgoalObjectiveRuleListRequest,
    ) -> rt::Call<AgoalObjectiveRuleListResponseBody, AgoalObjectiveRuleListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalObjectiveRuleList",
            rt::Method::Get,
            "/v1.0/agoal/objectiveRuleLists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取Agoal目标规则下的周期列表
    ///
    /// `GET /v1.0/agoal/objectiveRules/periodLists`: DingTalk's `AgoalObjectiveRulePeriodList` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalObjectiveRulePeriodList")]
    #[doc(alias = "/v1.0/agoal/objectiveRules/periodLists")]
    #[doc(alias = "GET /v1.0/agoal/objectiveRules/periodLists")]
    pub fn agoal_objective_rule_period_list(
        &self,
        request: &AgoalObjectiveRulePeriodListRequest,
    ) -> rt::Call<
        AgoalObjectiveRulePeriodListResponseBody,
        AgoalObjectiveRulePeriodListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalObjectiveRulePeriodList",
            rt::Method::Get,
            "/v1.0/agoal/objectiveRules/periodLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取 Agoal 组织目标列表
    ///
    /// `POST /v1.0/agoal/orgObjectives/list`: DingTalk's `AgoalOrgObjectiveList` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::agoal_org_objective_list_pages`].
    #[doc(alias = "AgoalOrgObjectiveList")]
    #[doc(alias = "/v1.0/agoal/orgObjectives/list")]
    #[doc(alias = "POST /v1.0/agoal/orgObjectives/list")]
    pub fn agoal_org_objective_list(
        &self,
        request: &AgoalOrgObjectiveListRequest,
    ) -> rt::Call<AgoalOrgObjectiveListResponseBody, AgoalOrgObjectiveListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalOrgObjectiveList",
            rt::Method::Post,
            "/v1.0/agoal/orgObjectives/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询组织目标详情
    ///
    /// `GET /v1.0/agoal/orgObjectives`: DingTalk's `AgoalOrgObjectiveQuery` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalOrgObjectiveQuery")]
    #[doc(alias = "/v1.0/agoal/orgObjectives")]
    #[doc(alias = "GET /v1.0/agoal/orgObjectives")]
    pub fn agoal_org_objective_query(
        &self,
        request: &AgoalOrgObjectiveQueryRequest,
    ) -> rt::Call<AgoalOrgObjectiveQueryResponseBody, AgoalOrgObjectiveQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalOrgObjectiveQuery",
            rt::Method::Get,
            "/v1.0/agoal/orgObjectives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取Agoal目标规则列表
    ///
    /// `GET /v1.0/agoal/objectiveRules/lists`: DingTalk's `AgoalOrgObjectiveRuleList` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalOrgObjectiveRuleList")]
    #[doc(alias = "/v1.0/agoal/objectiveRules/lists")]
    #[doc(alias = "GET /v1.0/agoal/objectiveRules/lists")]
    pub fn agoal_org_objective_rule_list(
        &self,
    ) -> rt::Call<
        AgoalOrgObjectiveRuleListResponseBody,
        AgoalOrgObjectiveRuleListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalOrgObjectiveRuleList",
            rt::Method::Get,
            "/v1.0/agoal/objectiveRules/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询某个考核计划的部门得分
    ///
    /// `GET /v1.0/agoal/org_perf/documents/query`: DingTalk's `AgoalOrgPerfDocQuery` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::agoal_org_perf_doc_query_pages`].
    #[doc(alias = "AgoalOrgPerfDocQuery")]
    #[doc(alias = "/v1.0/agoal/org_perf/documents/query")]
    #[doc(alias = "GET /v1.0/agoal/org_perf/documents/query")]
    pub fn agoal_org_perf_doc_query(
        &self,
        request: &AgoalOrgPerfDocQueryRequest,
    ) -> rt::Call<AgoalOrgPerfDocQueryResponseBody, AgoalOrgPerfDocQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalOrgPerfDocQuery",
            rt::Method::Get,
            "/v1.0/agoal/org_perf/documents/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业下的所有考核计划
    ///
    /// `GET /v1.0/agoal/org_perf/plans/query`: DingTalk's `AgoalOrgPerfPlanQuery` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::agoal_org_perf_plan_query_pages`].
    #[doc(alias = "AgoalOrgPerfPlanQuery")]
    #[doc(alias = "/v1.0/agoal/org_perf/plans/query")]
    #[doc(alias = "GET /v1.0/agoal/org_perf/plans/query")]
    pub fn agoal_org_perf_plan_query(
        &self,
        request: &AgoalOrgPerfPlanQueryRequest,
    ) -> rt::Call<AgoalOrgPerfPlanQueryResponseBody, AgoalOrgPerfPlanQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalOrgPerfPlanQuery",
            rt::Method::Get,
            "/v1.0/agoal/org_perf/plans/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建考核任务
    ///
    /// `POST /v1.0/agoal/perfTasks`: DingTalk's `AgoalPerfTaskCreate` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalPerfTaskCreate")]
    #[doc(alias = "/v1.0/agoal/perfTasks")]
    #[doc(alias = "POST /v1.0/agoal/perfTasks")]
    pub fn agoal_perf_task_create(
        &self,
        request: &AgoalPerfTaskCreateRequest,
    ) -> rt::Call<AgoalPerfTaskCreateResponseBody, AgoalPerfTaskCreateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalPerfTaskCreate",
            rt::Method::Post,
            "/v1.0/agoal/perfTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新考核任务
    ///
    /// `PUT /v1.0/agoal/perfTasks`: DingTalk's `AgoalPerfTaskUpdate` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalPerfTaskUpdate")]
    #[doc(alias = "/v1.0/agoal/perfTasks")]
    #[doc(alias = "PUT /v1.0/agoal/perfTasks")]
    pub fn agoal_perf_task_update(
        &self,
        request: &AgoalPerfTaskUpdateRequest,
    ) -> rt::Call<AgoalPerfTaskUpdateResponseBody, AgoalPerfTaskUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalPerfTaskUpdate",
            rt::Method::Put,
            "/v1.0/agoal/perfTasks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取 Agoal 周期列表
    ///
    /// `POST /v1.0/agoal/periods/list`: DingTalk's `AgoalPeriodList` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalPeriodList")]
    #[doc(alias = "/v1.0/agoal/periods/list")]
    #[doc(alias = "POST /v1.0/agoal/periods/list")]
    pub fn agoal_period_list(
        &self,
        request: &AgoalPeriodListRequest,
    ) -> rt::Call<AgoalPeriodListResponseBody, AgoalPeriodListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalPeriodList",
            rt::Method::Post,
            "/v1.0/agoal/periods/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Agoal消息发送
    ///
    /// `POST /v1.0/agoal/messages/send`: DingTalk's `AgoalSendMessage` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalSendMessage")]
    #[doc(alias = "/v1.0/agoal/messages/send")]
    #[doc(alias = "POST /v1.0/agoal/messages/send")]
    pub fn agoal_send_message(
        &self,
        request: &AgoalSendMessageRequest,
    ) -> rt::Call<AgoalSendMessageResponseBody, AgoalSendMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalSendMessage",
            rt::Method::Post,
            "/v1.0/agoal/messages/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取Agoal管理员列表
    ///
    /// `GET /v1.0/agoal/administrators/lists`: DingTalk's `AgoalUserAdminList` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalUserAdminList")]
    #[doc(alias = "/v1.0/agoal/administrators/lists")]
    #[doc(alias = "GET /v1.0/agoal/administrators/lists")]
    pub fn agoal_user_admin_list(
        &self,
    ) -> rt::Call<AgoalUserAdminListResponseBody, AgoalUserAdminListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalUserAdminList",
            rt::Method::Get,
            "/v1.0/agoal/administrators/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// Agoal用户目标列表
    ///
    /// `POST /v1.0/agoal/users/objectiveLists/query`: DingTalk's `AgoalUserObjectiveList` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalUserObjectiveList")]
    #[doc(alias = "/v1.0/agoal/users/objectiveLists/query")]
    #[doc(alias = "POST /v1.0/agoal/users/objectiveLists/query")]
    pub fn agoal_user_objective_list(
        &self,
        request: &AgoalUserObjectiveListRequest,
    ) -> rt::Call<AgoalUserObjectiveListResponseBody, AgoalUserObjectiveListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalUserObjectiveList",
            rt::Method::Post,
            "/v1.0/agoal/users/objectiveLists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取Agoal子管理员列表
    ///
    /// `GET /v1.0/agoal/administrators/sub/lists`: DingTalk's `AgoalUserSubAdminList` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AgoalUserSubAdminList")]
    #[doc(alias = "/v1.0/agoal/administrators/sub/lists")]
    #[doc(alias = "GET /v1.0/agoal/administrators/sub/lists")]
    pub fn agoal_user_sub_admin_list(
        &self,
        request: &AgoalUserSubAdminListRequest,
    ) -> rt::Call<AgoalUserSubAdminListResponseBody, AgoalUserSubAdminListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AgoalUserSubAdminList",
            rt::Method::Get,
            "/v1.0/agoal/administrators/sub/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取部门下的维度和指标id
    ///
    /// `GET /v1.0/agoal/scorecards/departments/indicators`: DingTalk's `GetDeptScoreCardIndicator` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDeptScoreCardIndicator")]
    #[doc(alias = "/v1.0/agoal/scorecards/departments/indicators")]
    #[doc(alias = "GET /v1.0/agoal/scorecards/departments/indicators")]
    pub fn get_dept_score_card_indicator(
        &self,
        request: &GetDeptScoreCardIndicatorRequest,
    ) -> rt::Call<
        GetDeptScoreCardIndicatorResponseBody,
        GetDeptScoreCardIndicatorError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDeptScoreCardIndicator",
            rt::Method::Get,
            "/v1.0/agoal/scorecards/departments/indicators",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取指标详情
    ///
    /// `GET /v1.0/agoal/scorecards/indicators/details`: DingTalk's `GetIndicatorDetail` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetIndicatorDetail")]
    #[doc(alias = "/v1.0/agoal/scorecards/indicators/details")]
    #[doc(alias = "GET /v1.0/agoal/scorecards/indicators/details")]
    pub fn get_indicator_detail(
        &self,
        request: &GetIndicatorDetailRequest,
    ) -> rt::Call<GetIndicatorDetailResponseBody, GetIndicatorDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetIndicatorDetail",
            rt::Method::Get,
            "/v1.0/agoal/scorecards/indicators/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业下个人目标详情
    ///
    /// `GET /v1.0/agoal/objectives/details`: DingTalk's `GetObjectiveDetail` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetObjectiveDetail")]
    #[doc(alias = "/v1.0/agoal/objectives/details")]
    #[doc(alias = "GET /v1.0/agoal/objectives/details")]
    pub fn get_objective_detail(
        &self,
        request: &GetObjectiveDetailRequest,
    ) -> rt::Call<GetObjectiveDetailResponseBody, GetObjectiveDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetObjectiveDetail",
            rt::Method::Get,
            "/v1.0/agoal/objectives/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询企业下单个目标规则详情
    ///
    /// `GET /v1.0/agoal/objectiveRules/details`: DingTalk's `GetObjectiveRuleDetail` (module feature `agoal_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetObjectiveRuleDetail")]
    #[doc(alias = "/v1.0/agoal/objectiveRules/details")]
    #[doc(alias = "GET /v1.0/agoal/objectiveRules/details")]
    pub fn get_objective_rule_detail(
        &self,
        request: &GetObjectiveRuleDetailRequest,
    ) -> rt::Call<GetObjectiveRuleDetailResponseBody, GetObjectiveRuleDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetObjectiveRuleDetail",
            rt::Method::Get,
            "/v1.0/agoal/objectiveRules/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::agoal_biz_data_query`]: the call again with `nextToken` set to the reply's `content.nextToken`, until a reply has no token. Items: `content.bizInfos` of each page.
    pub fn agoal_biz_data_query_pages(
        &self,
        request: &AgoalBizDataQueryRequest,
    ) -> rt::Paginator<
        AgoalBizDataQueryResponseBody,
        AgoalBizDataQueryError,
        rt::BTreeMap<String, rt::serde_json::Value>,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["content", "nextToken"],
            &[],
            &["content", "bizInfos"],
        );
        rt::Paginator::new(self.agoal_biz_data_query(request), &PAGING)
    }
    /// Every page of [`Api::agoal_objective_progress_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `content.result` of each page.
    pub fn agoal_objective_progress_list_pages(
        &self,
        request: &AgoalObjectiveProgressListRequest,
    ) -> rt::Paginator<
        AgoalObjectiveProgressListResponseBody,
        AgoalObjectiveProgressListError,
        OpenAgoalProgressDTO,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content", "result"],
            &[],
            &[],
        );
        rt::Paginator::new(self.agoal_objective_progress_list(request), &PAGING)
    }
    /// Every page of [`Api::agoal_objective_rule_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `content.totalCount` items are read. Items: `content.result` of each page.
    pub fn agoal_objective_rule_list_pages(
        &self,
        request: &AgoalObjectiveRuleListRequest,
    ) -> rt::Paginator<
        AgoalObjectiveRuleListResponseBody,
        AgoalObjectiveRuleListError,
        OpenObjectiveRuleDTO,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content", "result"],
            &[],
            &["content", "totalCount"],
        );
        rt::Paginator::new(self.agoal_objective_rule_list(request), &PAGING)
    }
    /// Every page of [`Api::agoal_org_objective_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `content.totalCount` items are read. Items: `content.objectiveList` of each page.
    pub fn agoal_org_objective_list_pages(
        &self,
        request: &AgoalOrgObjectiveListRequest,
    ) -> rt::Paginator<
        AgoalOrgObjectiveListResponseBody,
        AgoalOrgObjectiveListError,
        OpenAgoalOrgObjectiveDTO,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content", "objectiveList"],
            &[],
            &["content", "totalCount"],
        );
        rt::Paginator::new(self.agoal_org_objective_list(request), &PAGING)
    }
    /// Every page of [`Api::agoal_org_perf_doc_query`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `content.totalCount` items are read. Items: `content.result` of each page.
    pub fn agoal_org_perf_doc_query_pages(
        &self,
        request: &AgoalOrgPerfDocQueryRequest,
    ) -> rt::Paginator<
        AgoalOrgPerfDocQueryResponseBody,
        AgoalOrgPerfDocQueryError,
        OpenOrgPerfDocDTO,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content", "result"],
            &[],
            &["content", "totalCount"],
        );
        rt::Paginator::new(self.agoal_org_perf_doc_query(request), &PAGING)
    }
    /// Every page of [`Api::agoal_org_perf_plan_query`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `content.totalCount` items are read. Items: `content.result` of each page.
    pub fn agoal_org_perf_plan_query_pages(
        &self,
        request: &AgoalOrgPerfPlanQueryRequest,
    ) -> rt::Paginator<
        AgoalOrgPerfPlanQueryResponseBody,
        AgoalOrgPerfPlanQueryError,
        OpenOrgPerfPlanDTO,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content", "result"],
            &[],
            &["content", "totalCount"],
        );
        rt::Paginator::new(self.agoal_org_perf_plan_query(request), &PAGING)
    }
}
/// `AgoalBizDataQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalBizDataQueryResponseBody {
    /// `content`.
    pub content: Option<AgoalBizDataQueryResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalBizDataQueryResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalBizDataQueryResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "result" => optional(result), "success" => optional(success) }
}
/// `AgoalCreateProgressResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalCreateProgressResponseBody {
    /// `content`.
    pub content: Option<OpenAgoalProgressDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalCreateProgressResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalCreateProgressResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `Entity`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Entity {
    /// `children`.
    pub children: Option<Vec<EntityChildren>>,
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `id`.
    pub id: Option<String>,
    /// `isDeleted`.
    pub is_deleted: Option<String>,
    /// `linkSourceId`.
    pub link_source_id: Option<String>,
    /// `linkSourceType`.
    pub link_source_type: Option<String>,
    /// `metas`.
    pub metas: Option<Vec<Meta>>,
    /// `type`.
    pub r#type: Option<String>,
}
impl Entity {
    /// An empty `Entity`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `children`.
    pub fn children(mut self, value: impl IntoIterator<Item = EntityChildren>) -> Self {
        self.children = Some(value.into_iter().collect());
        self
    }
    /// Sets `data`.
    pub fn data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.data = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `isDeleted`.
    pub fn is_deleted(mut self, value: impl Into<String>) -> Self {
        self.is_deleted = Some(value.into());
        self
    }
    /// Sets `linkSourceId`.
    pub fn link_source_id(mut self, value: impl Into<String>) -> Self {
        self.link_source_id = Some(value.into());
        self
    }
    /// Sets `linkSourceType`.
    pub fn link_source_type(mut self, value: impl Into<String>) -> Self {
        self.link_source_type = Some(value.into());
        self
    }
    /// Sets `metas`.
    pub fn metas(mut self, value: impl IntoIterator<Item = Meta>) -> Self {
        self.metas = Some(value.into_iter().collect());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    Entity { "children" => optional(children), "data" => optional(data), "id" =>
    optional(id), "isDeleted" => optional(is_deleted), "linkSourceId" =>
    optional(link_source_id), "linkSourceType" => optional(link_source_type), "metas" =>
    optional(metas), "type" => optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    Entity { "children" => read_field(children), "data" => read_field(data), "id" =>
    read_field(id), "isDeleted" => read_field(is_deleted), "linkSourceId" =>
    read_field(link_source_id), "linkSourceType" => read_field(link_source_type), "metas"
    => read_field(metas), "type" => read_field(r#type) }
}
/// `AgoalEntityCreateResponseBody`, a model several operations share: also named [`AgoalEntityUpdateResponseBody`], [`AgoalIndicatorDataPushResponseBody`], [`AgoalPerfTaskCreateResponseBody`], [`AgoalPerfTaskUpdateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalEntityCreateResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalEntityCreateResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalEntityCreateResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `AgoalEntityUpdateResponseBody`: the same model as [`AgoalEntityCreateResponseBody`].
pub type AgoalEntityUpdateResponseBody = AgoalEntityCreateResponseBody;
/// `AgoalFieldUpdateRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalFieldUpdateRequestBody {
    /// `entityId`.
    pub entity_id: String,
    /// `entityType`.
    pub entity_type: String,
    /// `fieldCode`.
    pub field_code: String,
    /// `value`.
    pub value: Option<String>,
}
/// The required fields of [`AgoalFieldUpdateRequestBody`], each named where it is set: `AgoalFieldUpdateRequestBody::new(AgoalFieldUpdateRequestBodyRequired { .. })`.
pub struct AgoalFieldUpdateRequestBodyRequired {
    /// `entityId`: see [`AgoalFieldUpdateRequestBody::entity_id`].
    pub entity_id: String,
    /// `entityType`: see [`AgoalFieldUpdateRequestBody::entity_type`].
    pub entity_type: String,
    /// `fieldCode`: see [`AgoalFieldUpdateRequestBody::field_code`].
    pub field_code: String,
}
impl AgoalFieldUpdateRequestBody {
    /// A `AgoalFieldUpdateRequestBody` with its required fields (`entityId`, `entityType`, `fieldCode`); set the others with the methods named after them.
    pub fn new(required: AgoalFieldUpdateRequestBodyRequired) -> Self {
        let AgoalFieldUpdateRequestBodyRequired { entity_id, entity_type, field_code } = required;
        Self {
            entity_id,
            entity_type,
            field_code,
            value: None,
        }
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AgoalFieldUpdateRequestBody { "entityId" => field(entity_id), "entityType" =>
    field(entity_type), "fieldCode" => field(field_code), "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalFieldUpdateRequestBody { "entityId" => read_field(entity_id), "entityType" =>
    read_field(entity_type), "fieldCode" => read_field(field_code), "value" =>
    read_field(value) }
}
/// `AgoalFieldUpdateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalFieldUpdateResponseBody {
    /// `content`.
    pub content: Option<bool>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    AgoalFieldUpdateResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalFieldUpdateResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `AgoalFiscalYearschemeListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalFiscalYearschemeListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenFiscalYearSchemeDTO>>,
    /// `success`.
    pub success: Option<bool>,
    /// `traceId`.
    pub trace_id: Option<String>,
}
rt::impl_deserialize! {
    AgoalFiscalYearschemeListResponseBody { "content" => read_field(content), "success"
    => read_field(success), "traceId" => read_field(trace_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalFiscalYearschemeListResponseBody { "content" => optional(content), "success" =>
    optional(success), "traceId" => optional(trace_id) }
}
/// `AgoalIndicatorBatchQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalIndicatorBatchQueryResponseBody {
    /// `result`.
    pub result: Option<Vec<AgoalIndicatorBatchQueryResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalIndicatorBatchQueryResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalIndicatorBatchQueryResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `AgoalIndicatorDataPushRequestData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalIndicatorDataPushRequestData {
    /// `bizCode`.
    pub biz_code: Option<String>,
    /// `data`.
    pub data: Option<String>,
    /// `period`.
    pub period: Option<String>,
    /// `periodType`.
    pub period_type: Option<String>,
}
impl AgoalIndicatorDataPushRequestData {
    /// An empty `AgoalIndicatorDataPushRequestData`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(mut self, value: impl Into<String>) -> Self {
        self.data = Some(value.into());
        self
    }
    /// Sets `period`.
    pub fn period(mut self, value: impl Into<String>) -> Self {
        self.period = Some(value.into());
        self
    }
    /// Sets `periodType`.
    pub fn period_type(mut self, value: impl Into<String>) -> Self {
        self.period_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AgoalIndicatorDataPushRequestData { "bizCode" => optional(biz_code), "data" =>
    optional(data), "period" => optional(period), "periodType" => optional(period_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalIndicatorDataPushRequestData { "bizCode" => read_field(biz_code), "data" =>
    read_field(data), "period" => read_field(period), "periodType" =>
    read_field(period_type) }
}
/// `AgoalIndicatorDataPushResponseBody`: the same model as [`AgoalEntityCreateResponseBody`].
pub type AgoalIndicatorDataPushResponseBody = AgoalEntityCreateResponseBody;
/// `AgoalObjectiveKeyActionListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalObjectiveKeyActionListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenAgoalKeyActionDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalObjectiveKeyActionListResponseBody { "content" => read_field(content),
    "requestId" => read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalObjectiveKeyActionListResponseBody { "content" => optional(content), "requestId"
    => optional(request_id), "success" => optional(success) }
}
/// `AgoalObjectiveProgressListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalObjectiveProgressListResponseBody {
    /// `content`.
    pub content: Option<AgoalObjectiveProgressListResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalObjectiveProgressListResponseBody { "content" => read_field(content),
    "requestId" => read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalObjectiveProgressListResponseBody { "content" => optional(content), "requestId"
    => optional(request_id), "success" => optional(success) }
}
/// `AgoalObjectiveRuleListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalObjectiveRuleListResponseBody {
    /// `content`.
    pub content: Option<AgoalObjectiveRuleListResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalObjectiveRuleListResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalObjectiveRuleListResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `AgoalObjectiveRulePeriodListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalObjectiveRulePeriodListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenObjectiveRulePeriodDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalObjectiveRulePeriodListResponseBody { "content" => read_field(content),
    "requestId" => read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalObjectiveRulePeriodListResponseBody { "content" => optional(content),
    "requestId" => optional(request_id), "success" => optional(success) }
}
/// `AgoalOrgObjectiveListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalOrgObjectiveListResponseBody {
    /// `content`.
    pub content: Option<OpenAgoalOrgObjectiveListDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalOrgObjectiveListResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalOrgObjectiveListResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `AgoalOrgObjectiveQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalOrgObjectiveQueryResponseBody {
    /// `content`.
    pub content: Option<OpenAgoalOrgObjectiveDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalOrgObjectiveQueryResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalOrgObjectiveQueryResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `AgoalOrgObjectiveRuleListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalOrgObjectiveRuleListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenOrgObjectiveRuleDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalOrgObjectiveRuleListResponseBody { "content" => read_field(content), "requestId"
    => read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalOrgObjectiveRuleListResponseBody { "content" => optional(content), "requestId"
    => optional(request_id), "success" => optional(success) }
}
/// `AgoalOrgPerfDocQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalOrgPerfDocQueryResponseBody {
    /// `content`.
    pub content: Option<AgoalOrgPerfDocQueryResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalOrgPerfDocQueryResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalOrgPerfDocQueryResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `AgoalOrgPerfPlanQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalOrgPerfPlanQueryResponseBody {
    /// `content`.
    pub content: Option<AgoalOrgPerfPlanQueryResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalOrgPerfPlanQueryResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalOrgPerfPlanQueryResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `PerfTask`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PerfTask {
    /// `cycleName`.
    pub cycle_name: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `isDeleted`.
    pub is_deleted: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl PerfTask {
    /// An empty `PerfTask`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `cycleName`.
    pub fn cycle_name(mut self, value: impl Into<String>) -> Self {
        self.cycle_name = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `isDeleted`.
    pub fn is_deleted(mut self, value: impl Into<String>) -> Self {
        self.is_deleted = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PerfTask { "cycleName" => optional(cycle_name), "id" => optional(id), "isDeleted" =>
    optional(is_deleted), "status" => optional(status), "title" => optional(title),
    "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PerfTask { "cycleName" => read_field(cycle_name), "id" => read_field(id), "isDeleted"
    => read_field(is_deleted), "status" => read_field(status), "title" =>
    read_field(title), "userId" => read_field(user_id) }
}
/// `AgoalPerfTaskCreateResponseBody`: the same model as [`AgoalEntityCreateResponseBody`].
pub type AgoalPerfTaskCreateResponseBody = AgoalEntityCreateResponseBody;
/// `AgoalPerfTaskUpdateResponseBody`: the same model as [`AgoalEntityCreateResponseBody`].
pub type AgoalPerfTaskUpdateResponseBody = AgoalEntityCreateResponseBody;
/// `AgoalPeriodListRequestBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalPeriodListRequestBody {
    /// `periodTypes`.
    pub period_types: Option<Vec<String>>,
}
impl AgoalPeriodListRequestBody {
    /// An empty `AgoalPeriodListRequestBody`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `periodTypes`.
    pub fn period_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.period_types = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    AgoalPeriodListRequestBody { "periodTypes" => optional(period_types) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalPeriodListRequestBody { "periodTypes" => read_field(period_types) }
}
/// `AgoalPeriodListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalPeriodListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenAgoalPeriodDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalPeriodListResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalPeriodListResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `AgoalSendMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalSendMessageResponseBody {
    /// `content`.
    pub content: Option<bool>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalSendMessageResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalSendMessageResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `AgoalUserAdminListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalUserAdminListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenUserAdminDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalUserAdminListResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalUserAdminListResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `AgoalUserObjectiveListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalUserObjectiveListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenAgoalObjectiveDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalUserObjectiveListResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalUserObjectiveListResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `AgoalUserSubAdminListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalUserSubAdminListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenUserSubAdminDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AgoalUserSubAdminListResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalUserSubAdminListResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `GetDeptScoreCardIndicatorResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDeptScoreCardIndicatorResponseBody {
    /// `content`.
    pub content: Option<OpenScoreCardDimensionDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetDeptScoreCardIndicatorResponseBody { "content" => read_field(content), "requestId"
    => read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDeptScoreCardIndicatorResponseBody { "content" => optional(content), "requestId"
    => optional(request_id), "success" => optional(success) }
}
/// `GetIndicatorDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetIndicatorDetailResponseBody {
    /// `content`.
    pub content: Option<Vec<String>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetIndicatorDetailResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetIndicatorDetailResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `GetObjectiveDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetObjectiveDetailResponseBody {
    /// `content`.
    pub content: Option<OpenAgoalObjectiveDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetObjectiveDetailResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetObjectiveDetailResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `GetObjectiveRuleDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetObjectiveRuleDetailResponseBody {
    /// `content`.
    pub content: Option<OpenObjectiveRuleDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetObjectiveRuleDetailResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetObjectiveRuleDetailResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `AgoalBizDataQueryResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalBizDataQueryResponseBodyContent {
    /// `bizInfos`.
    pub biz_infos: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
rt::impl_deserialize! {
    AgoalBizDataQueryResponseBodyContent { "bizInfos" => read_field(biz_infos),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalBizDataQueryResponseBodyContent { "bizInfos" => optional(biz_infos),
    "maxResults" => optional(max_results), "nextToken" => optional(next_token) }
}
/// `OpenAgoalProgressDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAgoalProgressDTO {
    /// `created`.
    pub created: Option<i64>,
    /// `creator`.
    pub creator: Option<OpenAgoalUserDTO>,
    /// `htmlContent`.
    pub html_content: Option<String>,
    /// `keyResults`.
    pub key_results: Option<Vec<OpenAgoalKeyResultDTO>>,
    /// `modifier`.
    pub modifier: Option<OpenAgoalUserDTO>,
    /// `progress`.
    pub progress: Option<i64>,
    /// `progressId`.
    pub progress_id: Option<String>,
    /// `updated`.
    pub updated: Option<i64>,
}
rt::impl_deserialize! {
    OpenAgoalProgressDTO { "created" => read_field(created), "creator" =>
    read_field(creator), "htmlContent" => read_field(html_content), "keyResults" =>
    read_field(key_results), "modifier" => read_field(modifier), "progress" =>
    read_field(progress), "progressId" => read_field(progress_id), "updated" =>
    read_field(updated) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAgoalProgressDTO { "created" => optional(created), "creator" =>
    optional(creator), "htmlContent" => optional(html_content), "keyResults" =>
    optional(key_results), "modifier" => optional(modifier), "progress" =>
    optional(progress), "progressId" => optional(progress_id), "updated" =>
    optional(updated) }
}
/// `EntityChildren`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EntityChildren {
    /// `data`.
    pub data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `id`.
    pub id: Option<String>,
    /// `isDeleted`.
    pub is_deleted: Option<String>,
    /// `linkSourceId`.
    pub link_source_id: Option<String>,
    /// `linkSourceType`.
    pub link_source_type: Option<String>,
    /// `metas`.
    pub metas: Option<Vec<Meta>>,
    /// `type`.
    pub r#type: Option<String>,
}
impl EntityChildren {
    /// An empty `EntityChildren`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `data`.
    pub fn data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.data = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `isDeleted`.
    pub fn is_deleted(mut self, value: impl Into<String>) -> Self {
        self.is_deleted = Some(value.into());
        self
    }
    /// Sets `linkSourceId`.
    pub fn link_source_id(mut self, value: impl Into<String>) -> Self {
        self.link_source_id = Some(value.into());
        self
    }
    /// Sets `linkSourceType`.
    pub fn link_source_type(mut self, value: impl Into<String>) -> Self {
        self.link_source_type = Some(value.into());
        self
    }
    /// Sets `metas`.
    pub fn metas(mut self, value: impl IntoIterator<Item = Meta>) -> Self {
        self.metas = Some(value.into_iter().collect());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EntityChildren { "data" => optional(data), "id" => optional(id), "isDeleted" =>
    optional(is_deleted), "linkSourceId" => optional(link_source_id), "linkSourceType" =>
    optional(link_source_type), "metas" => optional(metas), "type" => optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EntityChildren { "data" => read_field(data), "id" => read_field(id), "isDeleted" =>
    read_field(is_deleted), "linkSourceId" => read_field(link_source_id),
    "linkSourceType" => read_field(link_source_type), "metas" => read_field(metas),
    "type" => read_field(r#type) }
}
/// `Meta`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Meta {
    /// `active`.
    pub active: Option<bool>,
    /// `alias`.
    pub alias: Option<String>,
    /// `category`.
    pub category: Option<String>,
    /// `code`.
    pub code: Option<String>,
    /// `forceActive`.
    pub force_active: Option<bool>,
    /// `forceRequired`.
    pub force_required: Option<bool>,
    /// `required`.
    pub required: Option<bool>,
    /// `scheme`.
    pub scheme: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
impl Meta {
    /// An empty `Meta`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `active`.
    pub fn active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }
    /// Sets `alias`.
    pub fn alias(mut self, value: impl Into<String>) -> Self {
        self.alias = Some(value.into());
        self
    }
    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `forceActive`.
    pub fn force_active(mut self, value: bool) -> Self {
        self.force_active = Some(value);
        self
    }
    /// Sets `forceRequired`.
    pub fn force_required(mut self, value: bool) -> Self {
        self.force_required = Some(value);
        self
    }
    /// Sets `required`.
    pub fn required(mut self, value: bool) -> Self {
        self.required = Some(value);
        self
    }
    /// Sets `scheme`.
    pub fn scheme(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.scheme = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    Meta { "active" => optional(active), "alias" => optional(alias), "category" =>
    optional(category), "code" => optional(code), "forceActive" =>
    optional(force_active), "forceRequired" => optional(force_required), "required" =>
    optional(required), "scheme" => optional(scheme), "title" => optional(title), "type"
    => optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    Meta { "active" => read_field(active), "alias" => read_field(alias), "category" =>
    read_field(category), "code" => read_field(code), "forceActive" =>
    read_field(force_active), "forceRequired" => read_field(force_required), "required"
    => read_field(required), "scheme" => read_field(scheme), "title" =>
    read_field(title), "type" => read_field(r#type) }
}
/// `OpenFiscalYearSchemeDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenFiscalYearSchemeDTO {
    /// `enabled`.
    pub enabled: Option<bool>,
    /// `schemeName`.
    pub scheme_name: Option<String>,
    /// `schemeUid`.
    pub scheme_uid: Option<String>,
    /// `startMonth`.
    pub start_month: Option<i64>,
    /// `subPeriodConfigs`.
    pub sub_period_configs: Option<Vec<OpenFiscalYearSchemeDTOSubPeriodConfigs>>,
}
rt::impl_deserialize! {
    OpenFiscalYearSchemeDTO { "enabled" => read_field(enabled), "schemeName" =>
    read_field(scheme_name), "schemeUid" => read_field(scheme_uid), "startMonth" =>
    read_field(start_month), "subPeriodConfigs" => read_field(sub_period_configs) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenFiscalYearSchemeDTO { "enabled" => optional(enabled), "schemeName" =>
    optional(scheme_name), "schemeUid" => optional(scheme_uid), "startMonth" =>
    optional(start_month), "subPeriodConfigs" => optional(sub_period_configs) }
}
/// `AgoalIndicatorBatchQueryResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalIndicatorBatchQueryResponseBodyResult {
    /// `code`.
    pub code: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    AgoalIndicatorBatchQueryResponseBodyResult { "code" => read_field(code),
    "description" => read_field(description), "id" => read_field(id), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalIndicatorBatchQueryResponseBodyResult { "code" => optional(code), "description"
    => optional(description), "id" => optional(id), "title" => optional(title) }
}
/// `OpenAgoalKeyActionDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAgoalKeyActionDTO {
    /// `keyActionId`.
    pub key_action_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
rt::impl_deserialize! {
    OpenAgoalKeyActionDTO { "keyActionId" => read_field(key_action_id), "title" =>
    read_field(title), "url" => read_field(url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAgoalKeyActionDTO { "keyActionId" => optional(key_action_id), "title" =>
    optional(title), "url" => optional(url) }
}
/// `AgoalObjectiveProgressListResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalObjectiveProgressListResponseBodyContent {
    /// `pageNumber`.
    pub page_number: Option<String>,
    /// `pageSize`.
    pub page_size: Option<String>,
    /// `result`.
    pub result: Option<Vec<OpenAgoalProgressDTO>>,
    /// `totalCount`.
    pub total_count: Option<String>,
}
rt::impl_deserialize! {
    AgoalObjectiveProgressListResponseBodyContent { "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "result" =>
    read_field(result), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalObjectiveProgressListResponseBodyContent { "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "result" =>
    optional(result), "totalCount" => optional(total_count) }
}
/// `AgoalObjectiveRuleListResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalObjectiveRuleListResponseBodyContent {
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `result`.
    pub result: Option<Vec<OpenObjectiveRuleDTO>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    AgoalObjectiveRuleListResponseBodyContent { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "result" => read_field(result), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalObjectiveRuleListResponseBodyContent { "pageNumber" => optional(page_number),
    "pageSize" => optional(page_size), "result" => optional(result), "totalCount" =>
    optional(total_count) }
}
/// `OpenObjectiveRulePeriodDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenObjectiveRulePeriodDTO {
    /// `endDate`.
    pub end_date: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `periodId`.
    pub period_id: Option<String>,
    /// `periodType`.
    pub period_type: Option<String>,
    /// `startDate`.
    pub start_date: Option<i64>,
}
rt::impl_deserialize! {
    OpenObjectiveRulePeriodDTO { "endDate" => read_field(end_date), "name" =>
    read_field(name), "periodId" => read_field(period_id), "periodType" =>
    read_field(period_type), "startDate" => read_field(start_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenObjectiveRulePeriodDTO { "endDate" => optional(end_date), "name" =>
    optional(name), "periodId" => optional(period_id), "periodType" =>
    optional(period_type), "startDate" => optional(start_date) }
}
/// `OpenAgoalOrgObjectiveListDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAgoalOrgObjectiveListDTO {
    /// `objectiveList`.
    pub objective_list: Option<Vec<OpenAgoalOrgObjectiveDTO>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    OpenAgoalOrgObjectiveListDTO { "objectiveList" => read_field(objective_list),
    "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAgoalOrgObjectiveListDTO { "objectiveList" => optional(objective_list),
    "totalCount" => optional(total_count) }
}
/// `OpenAgoalOrgObjectiveDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAgoalOrgObjectiveDTO {
    /// `dimension`.
    pub dimension: Option<OpenAgoalObjectiveDimensionDTO>,
    /// `downAlignObjects`.
    pub down_align_objects: Option<Vec<OpenAgoalAlignDTO>>,
    /// `executor`.
    pub executor: Option<OpenAgoalUserDTO>,
    /// `fieldConfig`.
    pub field_config: Option<Vec<OpenAgoalFieldMetaDTO>>,
    /// `fieldValueMap`.
    pub field_value_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `objectiveId`.
    pub objective_id: Option<String>,
    /// `period`.
    pub period: Option<OpenObjectiveRulePeriodDTO>,
    /// `status`.
    pub status: Option<String>,
    /// `team`.
    pub team: Option<OpenAgoalTeamDTO>,
    /// `title`.
    pub title: Option<String>,
    /// `upAlignObjects`.
    pub up_align_objects: Option<Vec<OpenAgoalAlignDTO>>,
}
rt::impl_deserialize! {
    OpenAgoalOrgObjectiveDTO { "dimension" => read_field(dimension), "downAlignObjects"
    => read_field(down_align_objects), "executor" => read_field(executor), "fieldConfig"
    => read_field(field_config), "fieldValueMap" => read_field(field_value_map),
    "objectiveId" => read_field(objective_id), "period" => read_field(period), "status"
    => read_field(status), "team" => read_field(team), "title" => read_field(title),
    "upAlignObjects" => read_field(up_align_objects) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAgoalOrgObjectiveDTO { "dimension" => optional(dimension), "downAlignObjects" =>
    optional(down_align_objects), "executor" => optional(executor), "fieldConfig" =>
    optional(field_config), "fieldValueMap" => optional(field_value_map), "objectiveId"
    => optional(objective_id), "period" => optional(period), "status" =>
    optional(status), "team" => optional(team), "title" => optional(title),
    "upAlignObjects" => optional(up_align_objects) }
}
/// `OpenOrgObjectiveRuleDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenOrgObjectiveRuleDTO {
    /// `objectiveCategory`.
    pub objective_category: Option<String>,
    /// `objectiveRuleId`.
    pub objective_rule_id: Option<String>,
    /// `objectiveRuleName`.
    pub objective_rule_name: Option<String>,
}
rt::impl_deserialize! {
    OpenOrgObjectiveRuleDTO { "objectiveCategory" => read_field(objective_category),
    "objectiveRuleId" => read_field(objective_rule_id), "objectiveRuleName" =>
    read_field(objective_rule_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenOrgObjectiveRuleDTO { "objectiveCategory" => optional(objective_category),
    "objectiveRuleId" => optional(objective_rule_id), "objectiveRuleName" =>
    optional(objective_rule_name) }
}
/// `AgoalOrgPerfDocQueryResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalOrgPerfDocQueryResponseBodyContent {
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `result`.
    pub result: Option<Vec<OpenOrgPerfDocDTO>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    AgoalOrgPerfDocQueryResponseBodyContent { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "result" => read_field(result), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalOrgPerfDocQueryResponseBodyContent { "pageNumber" => optional(page_number),
    "pageSize" => optional(page_size), "result" => optional(result), "totalCount" =>
    optional(total_count) }
}
/// `AgoalOrgPerfPlanQueryResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AgoalOrgPerfPlanQueryResponseBodyContent {
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `result`.
    pub result: Option<Vec<OpenOrgPerfPlanDTO>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    AgoalOrgPerfPlanQueryResponseBodyContent { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "result" => read_field(result), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AgoalOrgPerfPlanQueryResponseBodyContent { "pageNumber" => optional(page_number),
    "pageSize" => optional(page_size), "result" => optional(result), "totalCount" =>
    optional(total_count) }
}
/// `OpenAgoalPeriodDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAgoalPeriodDTO {
    /// `bizCode`.
    pub biz_code: Option<String>,
    /// `endDate`.
    pub end_date: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `periodId`.
    pub period_id: Option<String>,
    /// `periodType`.
    pub period_type: Option<String>,
    /// `startDate`.
    pub start_date: Option<i64>,
}
rt::impl_deserialize! {
    OpenAgoalPeriodDTO { "bizCode" => read_field(biz_code), "endDate" =>
    read_field(end_date), "name" => read_field(name), "periodId" =>
    read_field(period_id), "periodType" => read_field(period_type), "startDate" =>
    read_field(start_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAgoalPeriodDTO { "bizCode" => optional(biz_code), "endDate" =>
    optional(end_date), "name" => optional(name), "periodId" => optional(period_id),
    "periodType" => optional(period_type), "startDate" => optional(start_date) }
}
/// `OpenUserAdminDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenUserAdminDTO {
    /// `dingCorpId`.
    pub ding_corp_id: Option<String>,
    /// `dingUserId`.
    pub ding_user_id: Option<String>,
}
rt::impl_deserialize! {
    OpenUserAdminDTO { "dingCorpId" => read_field(ding_corp_id), "dingUserId" =>
    read_field(ding_user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenUserAdminDTO { "dingCorpId" => optional(ding_corp_id), "dingUserId" =>
    optional(ding_user_id) }
}
/// `OpenAgoalObjectiveDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAgoalObjectiveDTO {
    /// `approveStatus`.
    pub approve_status: Option<String>,
    /// `created`.
    pub created: Option<i64>,
    /// `downAlignObjectIds`.
    pub down_align_object_ids: Option<Vec<String>>,
    /// `executor`.
    pub executor: Option<OpenAgoalUserDTO>,
    /// `keyActions`.
    pub key_actions: Option<Vec<OpenAgoalKeyActionDTO>>,
    /// `keyResults`.
    pub key_results: Option<Vec<OpenAgoalKeyResultDTO>>,
    /// `latestProgress`.
    pub latest_progress: Option<OpenAgoalLatestProgressDTO>,
    /// `objectiveId`.
    pub objective_id: Option<String>,
    /// `objectiveRule`.
    pub objective_rule: Option<OpenOrgObjectiveRuleDTO>,
    /// `period`.
    pub period: Option<OpenObjectiveRulePeriodDTO>,
    /// `progress`.
    pub progress: Option<i64>,
    /// `relatedUsers`.
    pub related_users: Option<Vec<OpenAgoalUserDTO>>,
    /// `status`.
    pub status: Option<i64>,
    /// `teams`.
    pub teams: Option<Vec<OpenAgoalTeamDTO>>,
    /// `title`.
    pub title: Option<String>,
    /// `upAlignObjectIds`.
    pub up_align_object_ids: Option<Vec<String>>,
    /// `updated`.
    pub updated: Option<i64>,
    /// `weight`.
    pub weight: Option<f64>,
}
rt::impl_deserialize! {
    OpenAgoalObjectiveDTO { "approveStatus" => read_field(approve_status), "created" =>
    read_field(created), "downAlignObjectIds" => read_field(down_align_object_ids),
    "executor" => read_field(executor), "keyActions" => read_field(key_actions),
    "keyResults" => read_field(key_results), "latestProgress" =>
    read_field(latest_progress), "objectiveId" => read_field(objective_id),
    "objectiveRule" => read_field(objective_rule), "period" => read_field(period),
    "progress" => read_field(progress), "relatedUsers" => read_field(related_users),
    "status" => read_field(status), "teams" => read_field(teams), "title" =>
    read_field(title), "upAlignObjectIds" => read_field(up_align_object_ids), "updated"
    => read_field(updated), "weight" => read_field(weight) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAgoalObjectiveDTO { "approveStatus" => optional(approve_status), "created" =>
    optional(created), "downAlignObjectIds" => optional(down_align_object_ids),
    "executor" => optional(executor), "keyActions" => optional(key_actions), "keyResults"
    => optional(key_results), "latestProgress" => optional(latest_progress),
    "objectiveId" => optional(objective_id), "objectiveRule" => optional(objective_rule),
    "period" => optional(period), "progress" => optional(progress), "relatedUsers" =>
    optional(related_users), "status" => optional(status), "teams" => optional(teams),
    "title" => optional(title), "upAlignObjectIds" => optional(up_align_object_ids),
    "updated" => optional(updated), "weight" => optional(weight) }
}
/// `OpenUserSubAdminDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenUserSubAdminDTO {
    /// `deptIds`.
    pub dept_ids: Option<Vec<String>>,
    /// `dingCorpId`.
    pub ding_corp_id: Option<String>,
    /// `dingUserId`.
    pub ding_user_id: Option<String>,
    /// `permissionGroupCodes`.
    pub permission_group_codes: Option<Vec<String>>,
}
rt::impl_deserialize! {
    OpenUserSubAdminDTO { "deptIds" => read_field(dept_ids), "dingCorpId" =>
    read_field(ding_corp_id), "dingUserId" => read_field(ding_user_id),
    "permissionGroupCodes" => read_field(permission_group_codes) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenUserSubAdminDTO { "deptIds" => optional(dept_ids), "dingCorpId" =>
    optional(ding_corp_id), "dingUserId" => optional(ding_user_id),
    "permissionGroupCodes" => optional(permission_group_codes) }
}
/// `OpenScoreCardDimensionDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenScoreCardDimensionDTO {
    /// `dimensionList`.
    pub dimension_list: Option<Vec<OpenScoreCardDimensionDTODimensionList>>,
    /// `scoreCardId`.
    pub score_card_id: Option<String>,
}
rt::impl_deserialize! {
    OpenScoreCardDimensionDTO { "dimensionList" => read_field(dimension_list),
    "scoreCardId" => read_field(score_card_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenScoreCardDimensionDTO { "dimensionList" => optional(dimension_list),
    "scoreCardId" => optional(score_card_id) }
}
/// `OpenObjectiveRuleDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenObjectiveRuleDTO {
    /// `excludePopRuleView`.
    pub exclude_pop_rule_view: Option<Vec<OpenObjectiveRuleScopeDTO>>,
    /// `objectiveCategory`.
    pub objective_category: Option<String>,
    /// `objectiveRuleId`.
    pub objective_rule_id: Option<String>,
    /// `objectiveRuleName`.
    pub objective_rule_name: Option<String>,
    /// `periods`.
    pub periods: Option<Vec<OpenObjectiveRulePeriodDTO>>,
    /// `popRuleView`.
    pub pop_rule_view: Option<Vec<OpenObjectiveRuleScopeDTO>>,
    /// `probationRule`.
    pub probation_rule: Option<bool>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    OpenObjectiveRuleDTO { "excludePopRuleView" => read_field(exclude_pop_rule_view),
    "objectiveCategory" => read_field(objective_category), "objectiveRuleId" =>
    read_field(objective_rule_id), "objectiveRuleName" =>
    read_field(objective_rule_name), "periods" => read_field(periods), "popRuleView" =>
    read_field(pop_rule_view), "probationRule" => read_field(probation_rule), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenObjectiveRuleDTO { "excludePopRuleView" => optional(exclude_pop_rule_view),
    "objectiveCategory" => optional(objective_category), "objectiveRuleId" =>
    optional(objective_rule_id), "objectiveRuleName" => optional(objective_rule_name),
    "periods" => optional(periods), "popRuleView" => optional(pop_rule_view),
    "probationRule" => optional(probation_rule), "status" => optional(status) }
}
/// `OpenAgoalUserDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAgoalUserDTO {
    /// `dingUserId`.
    pub ding_user_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    OpenAgoalUserDTO { "dingUserId" => read_field(ding_user_id), "name" =>
    read_field(name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAgoalUserDTO { "dingUserId" => optional(ding_user_id), "name" => optional(name),
    "userId" => optional(user_id) }
}
/// `OpenAgoalKeyResultDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAgoalKeyResultDTO {
    /// `keyActions`.
    pub key_actions: Option<Vec<OpenAgoalKeyActionDTO>>,
    /// `keyResultId`.
    pub key_result_id: Option<String>,
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
rt::impl_deserialize! {
    OpenAgoalKeyResultDTO { "keyActions" => read_field(key_actions), "keyResultId" =>
    read_field(key_result_id), "progress" => read_field(progress), "status" =>
    read_field(status), "title" => read_field(title), "titleMentions" =>
    read_field(title_mentions), "type" => read_field(r#type), "weight" =>
    read_field(weight) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAgoalKeyResultDTO { "keyActions" => optional(key_actions), "keyResultId" =>
    optional(key_result_id), "progress" => optional(progress), "status" =>
    optional(status), "title" => optional(title), "titleMentions" =>
    optional(title_mentions), "type" => optional(r#type), "weight" => optional(weight) }
}
/// `OpenFiscalYearSchemeDTOSubPeriodConfigs`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenFiscalYearSchemeDTOSubPeriodConfigs {
    /// `enabled`.
    pub enabled: Option<bool>,
    /// `intervalMonth`.
    pub interval_month: Option<i64>,
    /// `subPeriodType`.
    pub sub_period_type: Option<String>,
}
rt::impl_deserialize! {
    OpenFiscalYearSchemeDTOSubPeriodConfigs { "enabled" => read_field(enabled),
    "intervalMonth" => read_field(interval_month), "subPeriodType" =>
    read_field(sub_period_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenFiscalYearSchemeDTOSubPeriodConfigs { "enabled" => optional(enabled),
    "intervalMonth" => optional(interval_month), "subPeriodType" =>
    optional(sub_period_type) }
}
/// `OpenAgoalObjectiveDimensionDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAgoalObjectiveDimensionDTO {
    /// `children`.
    pub children: Option<Vec<OpenAgoalObjectiveDimensionDTOChildren>>,
    /// `dimensionId`.
    pub dimension_id: Option<String>,
    /// `fieldConfig`.
    pub field_config: Option<Vec<OpenAgoalFieldMetaDTO>>,
    /// `fieldValueMap`.
    pub field_value_map: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `title`.
    pub title: Option<String>,
    /// `weight`.
    pub weight: Option<f64>,
}
rt::impl_deserialize! {
    OpenAgoalObjectiveDimensionDTO { "children" => read_field(children), "dimensionId" =>
    read_field(dimension_id), "fieldConfig" => read_field(field_config), "fieldValueMap"
    => read_field(field_value_map), "title" => read_field(title), "weight" =>
    read_field(weight) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAgoalObjectiveDimensionDTO { "children" => optional(children), "dimensionId" =>
    optional(dimension_id), "fieldConfig" => optional(field_config), "fieldValueMap" =>
    optional(field_value_map), "title" => optional(title), "weight" => optional(weight) }
}
/// `OpenAgoalAlignDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAgoalAlignDTO {
    /// `alignType`.
    pub align_type: Option<String>,
    /// `objectId`.
    pub object_id: Option<String>,
    /// `objectType`.
    pub object_type: Option<String>,
    /// `objectiveId`.
    pub objective_id: Option<String>,
}
rt::impl_deserialize! {
    OpenAgoalAlignDTO { "alignType" => read_field(align_type), "objectId" =>
    read_field(object_id), "objectType" => read_field(object_type), "objectiveId" =>
    read_field(objective_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAgoalAlignDTO { "alignType" => optional(align_type), "objectId" =>
    optional(object_id), "objectType" => optional(object_type), "objectiveId" =>
    optional(objective_id) }
}
/// `OpenAgoalFieldMetaDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAgoalFieldMetaDTO {
    /// `active`.
    pub active: Option<bool>,
    /// `alias`.
    pub alias: Option<String>,
    /// `code`.
    pub code: Option<String>,
    /// `entityType`.
    pub entity_type: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `note`.
    pub note: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    OpenAgoalFieldMetaDTO { "active" => read_field(active), "alias" => read_field(alias),
    "code" => read_field(code), "entityType" => read_field(entity_type), "fieldId" =>
    read_field(field_id), "note" => read_field(note), "source" => read_field(source),
    "title" => read_field(title), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAgoalFieldMetaDTO { "active" => optional(active), "alias" => optional(alias),
    "code" => optional(code), "entityType" => optional(entity_type), "fieldId" =>
    optional(field_id), "note" => optional(note), "source" => optional(source), "title"
    => optional(title), "type" => optional(r#type) }
}
/// `OpenAgoalTeamDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAgoalTeamDTO {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `teamId`.
    pub team_id: Option<String>,
}
rt::impl_deserialize! {
    OpenAgoalTeamDTO { "deptId" => read_field(dept_id), "name" => read_field(name),
    "teamId" => read_field(team_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAgoalTeamDTO { "deptId" => optional(dept_id), "name" => optional(name), "teamId"
    => optional(team_id) }
}
/// `OpenOrgPerfDocDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenOrgPerfDocDTO {
    /// `docId`.
    pub doc_id: Option<String>,
    /// `executor`.
    pub executor: Option<OpenAgoalUserDTO>,
    /// `score`.
    pub score: Option<String>,
    /// `state`.
    pub state: Option<String>,
    /// `team`.
    pub team: Option<OpenAgoalTeamDTO>,
}
rt::impl_deserialize! {
    OpenOrgPerfDocDTO { "docId" => read_field(doc_id), "executor" =>
    read_field(executor), "score" => read_field(score), "state" => read_field(state),
    "team" => read_field(team) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenOrgPerfDocDTO { "docId" => optional(doc_id), "executor" => optional(executor),
    "score" => optional(score), "state" => optional(state), "team" => optional(team) }
}
/// `OpenOrgPerfPlanDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenOrgPerfPlanDTO {
    /// `planId`.
    pub plan_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    OpenOrgPerfPlanDTO { "planId" => read_field(plan_id), "status" => read_field(status),
    "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenOrgPerfPlanDTO { "planId" => optional(plan_id), "status" => optional(status),
    "title" => optional(title) }
}
/// `OpenAgoalLatestProgressDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAgoalLatestProgressDTO {
    /// `created`.
    pub created: Option<i64>,
    /// `creator`.
    pub creator: Option<OpenAgoalUserDTO>,
    /// `htmldescription`.
    pub htmldescription: Option<String>,
    /// `progressId`.
    pub progress_id: Option<String>,
}
rt::impl_deserialize! {
    OpenAgoalLatestProgressDTO { "created" => read_field(created), "creator" =>
    read_field(creator), "htmldescription" => read_field(htmldescription), "progressId"
    => read_field(progress_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAgoalLatestProgressDTO { "created" => optional(created), "creator" =>
    optional(creator), "htmldescription" => optional(htmldescription), "progressId" =>
    optional(progress_id) }
}
/// `OpenScoreCardDimensionDTODimensionList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenScoreCardDimensionDTODimensionList {
    /// `dimensionId`.
    pub dimension_id: Option<String>,
    /// `indicatorIdList`.
    pub indicator_id_list: Option<Vec<String>>,
    /// `indicatorList`.
    pub indicator_list: Option<Vec<OpenScoreCardDimensionDTODimensionListIndicatorList>>,
}
rt::impl_deserialize! {
    OpenScoreCardDimensionDTODimensionList { "dimensionId" => read_field(dimension_id),
    "indicatorIdList" => read_field(indicator_id_list), "indicatorList" =>
    read_field(indicator_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenScoreCardDimensionDTODimensionList { "dimensionId" => optional(dimension_id),
    "indicatorIdList" => optional(indicator_id_list), "indicatorList" =>
    optional(indicator_list) }
}
/// `OpenObjectiveRuleScopeDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenObjectiveRuleScopeDTO {
    /// `scopeId`.
    pub scope_id: Option<String>,
    /// `scopeType`.
    pub scope_type: Option<String>,
}
rt::impl_deserialize! {
    OpenObjectiveRuleScopeDTO { "scopeId" => read_field(scope_id), "scopeType" =>
    read_field(scope_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenObjectiveRuleScopeDTO { "scopeId" => optional(scope_id), "scopeType" =>
    optional(scope_type) }
}
/// `TitleMention`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TitleMention {
    /// `length`.
    pub length: Option<i64>,
    /// `offset`.
    pub offset: Option<i64>,
    /// `user`.
    pub user: Option<OpenAgoalUserDTO>,
}
rt::impl_deserialize! {
    TitleMention { "length" => read_field(length), "offset" => read_field(offset), "user"
    => read_field(user) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TitleMention { "length" => optional(length), "offset" => optional(offset), "user" =>
    optional(user) }
}
/// `OpenAgoalObjectiveDimensionDTOChildren`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenAgoalObjectiveDimensionDTOChildren {
    /// `dimensionId`.
    pub dimension_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `weight`.
    pub weight: Option<f64>,
}
rt::impl_deserialize! {
    OpenAgoalObjectiveDimensionDTOChildren { "dimensionId" => read_field(dimension_id),
    "title" => read_field(title), "weight" => read_field(weight) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenAgoalObjectiveDimensionDTOChildren { "dimensionId" => optional(dimension_id),
    "title" => optional(title), "weight" => optional(weight) }
}
/// `OpenScoreCardDimensionDTODimensionListIndicatorList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenScoreCardDimensionDTODimensionListIndicatorList {
    /// `indicatorId`.
    pub indicator_id: Option<String>,
    /// `originCode`.
    pub origin_code: Option<String>,
    /// `originId`.
    pub origin_id: Option<String>,
}
rt::impl_deserialize! {
    OpenScoreCardDimensionDTODimensionListIndicatorList { "indicatorId" =>
    read_field(indicator_id), "originCode" => read_field(origin_code), "originId" =>
    read_field(origin_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenScoreCardDimensionDTODimensionListIndicatorList { "indicatorId" =>
    optional(indicator_id), "originCode" => optional(origin_code), "originId" =>
    optional(origin_id) }
}
/// The request of [`Api::agoal_biz_data_query`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalBizDataQueryRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
}
impl AgoalBizDataQueryRequest {
    /// An empty `AgoalBizDataQueryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalBizDataQueryRequest { "bizCode" => read_field(biz_code), "maxResults" =>
    read_field(max_results), "nextToken" => read_field(next_token) }
}
impl rt::WriteRequest for AgoalBizDataQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::agoal_create_progress`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalCreateProgressRequest {
    /// `krId`.
    pub kr_id: Option<String>,
    /// `mergeIntoLatestProgress`.
    pub merge_into_latest_progress: Option<bool>,
    /// `objectiveId`.
    pub objective_id: Option<String>,
    /// `plainText`.
    pub plain_text: Option<String>,
    /// `progress`.
    pub progress: Option<i64>,
    /// `progressMergePeriod`.
    pub progress_merge_period: Option<String>,
}
impl AgoalCreateProgressRequest {
    /// An empty `AgoalCreateProgressRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `krId`.
    pub fn kr_id(mut self, value: impl Into<String>) -> Self {
        self.kr_id = Some(value.into());
        self
    }
    /// Sets `mergeIntoLatestProgress`.
    pub fn merge_into_latest_progress(mut self, value: bool) -> Self {
        self.merge_into_latest_progress = Some(value);
        self
    }
    /// Sets `objectiveId`.
    pub fn objective_id(mut self, value: impl Into<String>) -> Self {
        self.objective_id = Some(value.into());
        self
    }
    /// Sets `plainText`.
    pub fn plain_text(mut self, value: impl Into<String>) -> Self {
        self.plain_text = Some(value.into());
        self
    }
    /// Sets `progress`.
    pub fn progress(mut self, value: i64) -> Self {
        self.progress = Some(value);
        self
    }
    /// Sets `progressMergePeriod`.
    pub fn progress_merge_period(mut self, value: impl Into<String>) -> Self {
        self.progress_merge_period = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AgoalCreateProgressRequest { "krId" => optional(kr_id), "mergeIntoLatestProgress" =>
    optional(merge_into_latest_progress), "objectiveId" => optional(objective_id),
    "plainText" => optional(plain_text), "progress" => optional(progress),
    "progressMergePeriod" => optional(progress_merge_period) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalCreateProgressRequest { "krId" => read_field(kr_id), "mergeIntoLatestProgress"
    => read_field(merge_into_latest_progress), "objectiveId" => read_field(objective_id),
    "plainText" => read_field(plain_text), "progress" => read_field(progress),
    "progressMergePeriod" => read_field(progress_merge_period) }
}
impl rt::WriteRequest for AgoalCreateProgressRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::agoal_entity_create`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalEntityCreateRequest {
    /// `body`.
    pub body: Vec<Entity>,
}
/// The required fields of [`AgoalEntityCreateRequest`], each named where it is set: `AgoalEntityCreateRequest::new(AgoalEntityCreateRequired { .. })`.
pub struct AgoalEntityCreateRequired {
    /// `body`: see [`AgoalEntityCreateRequest::body`].
    pub body: Vec<Entity>,
}
impl AgoalEntityCreateRequest {
    /// A `AgoalEntityCreateRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: AgoalEntityCreateRequired) -> Self {
        let AgoalEntityCreateRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalEntityCreateRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for AgoalEntityCreateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::agoal_entity_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalEntityUpdateRequest {
    /// `body`.
    pub body: Vec<Entity>,
}
/// The required fields of [`AgoalEntityUpdateRequest`], each named where it is set: `AgoalEntityUpdateRequest::new(AgoalEntityUpdateRequired { .. })`.
pub struct AgoalEntityUpdateRequired {
    /// `body`: see [`AgoalEntityUpdateRequest::body`].
    pub body: Vec<Entity>,
}
impl AgoalEntityUpdateRequest {
    /// A `AgoalEntityUpdateRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: AgoalEntityUpdateRequired) -> Self {
        let AgoalEntityUpdateRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalEntityUpdateRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for AgoalEntityUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::agoal_field_update`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalFieldUpdateRequest {
    /// `body`: a query parameter, JSON-encoded.
    pub body: Option<AgoalFieldUpdateRequestBody>,
}
impl AgoalFieldUpdateRequest {
    /// An empty `AgoalFieldUpdateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `body`.
    pub fn body(mut self, value: AgoalFieldUpdateRequestBody) -> Self {
        self.body = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalFieldUpdateRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for AgoalFieldUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("body", &self.body);
    }
}
/// The request of [`Api::agoal_indicator_batch_query`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalIndicatorBatchQueryRequest {
    /// `codeList`: a query parameter, JSON-encoded.
    pub code_list: Option<Vec<String>>,
}
impl AgoalIndicatorBatchQueryRequest {
    /// An empty `AgoalIndicatorBatchQueryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `codeList`.
    pub fn code_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.code_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalIndicatorBatchQueryRequest { "codeList" => read_field(code_list) }
}
impl rt::WriteRequest for AgoalIndicatorBatchQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("codeList", &self.code_list);
    }
}
/// The request of [`Api::agoal_indicator_data_push`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalIndicatorDataPushRequest {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<AgoalIndicatorDataPushRequestData>>,
}
impl AgoalIndicatorDataPushRequest {
    /// An empty `AgoalIndicatorDataPushRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(
        mut self,
        value: impl IntoIterator<Item = AgoalIndicatorDataPushRequestData>,
    ) -> Self {
        self.data = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    AgoalIndicatorDataPushRequest { "code" => optional(code), "data" => optional(data) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalIndicatorDataPushRequest { "code" => read_field(code), "data" =>
    read_field(data) }
}
impl rt::WriteRequest for AgoalIndicatorDataPushRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::agoal_objective_key_action_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalObjectiveKeyActionListRequest {
    /// `dingUserId`: a query parameter.
    pub ding_user_id: String,
    /// `keyResultId`: a query parameter.
    pub key_result_id: Option<String>,
    /// `objectiveId`: a query parameter.
    pub objective_id: String,
}
/// The required fields of [`AgoalObjectiveKeyActionListRequest`], each named where it is set: `AgoalObjectiveKeyActionListRequest::new(AgoalObjectiveKeyActionListRequired { .. })`.
pub struct AgoalObjectiveKeyActionListRequired {
    /// `dingUserId`: see [`AgoalObjectiveKeyActionListRequest::ding_user_id`].
    pub ding_user_id: String,
    /// `objectiveId`: see [`AgoalObjectiveKeyActionListRequest::objective_id`].
    pub objective_id: String,
}
impl AgoalObjectiveKeyActionListRequest {
    /// A `AgoalObjectiveKeyActionListRequest` with its required fields (`dingUserId`, `objectiveId`); set the others with the methods named after them.
    pub fn new(required: AgoalObjectiveKeyActionListRequired) -> Self {
        let AgoalObjectiveKeyActionListRequired { ding_user_id, objective_id } = required;
        Self {
            ding_user_id,
            key_result_id: None,
            objective_id,
        }
    }
    /// Sets `keyResultId`.
    pub fn key_result_id(mut self, value: impl Into<String>) -> Self {
        self.key_result_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalObjectiveKeyActionListRequest { "dingUserId" => read_field(ding_user_id),
    "keyResultId" => read_field(key_result_id), "objectiveId" => read_field(objective_id)
    }
}
impl rt::WriteRequest for AgoalObjectiveKeyActionListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingUserId", &self.ding_user_id);
        writer.query("keyResultId", &self.key_result_id);
        writer.query("objectiveId", &self.objective_id);
    }
}
/// The request of [`Api::agoal_objective_progress_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalObjectiveProgressListRequest {
    /// `objectiveId`: a query parameter.
    pub objective_id: String,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
/// The required fields of [`AgoalObjectiveProgressListRequest`], each named where it is set: `AgoalObjectiveProgressListRequest::new(AgoalObjectiveProgressListRequired { .. })`.
pub struct AgoalObjectiveProgressListRequired {
    /// `objectiveId`: see [`AgoalObjectiveProgressListRequest::objective_id`].
    pub objective_id: String,
    /// `pageNumber`: see [`AgoalObjectiveProgressListRequest::page_number`].
    pub page_number: i64,
}
impl AgoalObjectiveProgressListRequest {
    /// A `AgoalObjectiveProgressListRequest` with its required fields (`objectiveId`, `pageNumber`); set the others with the methods named after them.
    pub fn new(required: AgoalObjectiveProgressListRequired) -> Self {
        let AgoalObjectiveProgressListRequired { objective_id, page_number } = required;
        Self {
            objective_id,
            page_number,
            page_size: None,
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
    AgoalObjectiveProgressListRequest { "objectiveId" => read_field(objective_id),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for AgoalObjectiveProgressListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("objectiveId", &self.objective_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::agoal_objective_rule_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalObjectiveRuleListRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
/// The required fields of [`AgoalObjectiveRuleListRequest`], each named where it is set: `AgoalObjectiveRuleListRequest::new(AgoalObjectiveRuleListRequired { .. })`.
pub struct AgoalObjectiveRuleListRequired {
    /// `pageNumber`: see [`AgoalObjectiveRuleListRequest::page_number`].
    pub page_number: i64,
}
impl AgoalObjectiveRuleListRequest {
    /// A `AgoalObjectiveRuleListRequest` with its required fields (`pageNumber`); set the others with the methods named after them.
    pub fn new(required: AgoalObjectiveRuleListRequired) -> Self {
        let AgoalObjectiveRuleListRequired { page_number } = required;
        Self {
            page_number,
            page_size: None,
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
    AgoalObjectiveRuleListRequest { "pageNumber" => read_field(page_number), "pageSize"
    => read_field(page_size) }
}
impl rt::WriteRequest for AgoalObjectiveRuleListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::agoal_objective_rule_period_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalObjectiveRulePeriodListRequest {
    /// `objectiveRuleId`: a query parameter.
    pub objective_rule_id: String,
}
/// The required fields of [`AgoalObjectiveRulePeriodListRequest`], each named where it is set: `AgoalObjectiveRulePeriodListRequest::new(AgoalObjectiveRulePeriodListRequired { .. })`.
pub struct AgoalObjectiveRulePeriodListRequired {
    /// `objectiveRuleId`: see [`AgoalObjectiveRulePeriodListRequest::objective_rule_id`].
    pub objective_rule_id: String,
}
impl AgoalObjectiveRulePeriodListRequest {
    /// A `AgoalObjectiveRulePeriodListRequest` with its required fields (`objectiveRuleId`); set the others with the methods named after them.
    pub fn new(required: AgoalObjectiveRulePeriodListRequired) -> Self {
        let AgoalObjectiveRulePeriodListRequired { objective_rule_id } = required;
        Self { objective_rule_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalObjectiveRulePeriodListRequest { "objectiveRuleId" =>
    read_field(objective_rule_id) }
}
impl rt::WriteRequest for AgoalObjectiveRulePeriodListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("objectiveRuleId", &self.objective_rule_id);
    }
}
/// The request of [`Api::agoal_org_objective_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalOrgObjectiveListRequest {
    /// `dingTeamId`: a query parameter.
    pub ding_team_id: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `periodId`: a query parameter.
    pub period_id: Option<String>,
}
/// The required fields of [`AgoalOrgObjectiveListRequest`], each named where it is set: `AgoalOrgObjectiveListRequest::new(AgoalOrgObjectiveListRequired { .. })`.
pub struct AgoalOrgObjectiveListRequired {
    /// `pageNumber`: see [`AgoalOrgObjectiveListRequest::page_number`].
    pub page_number: i64,
}
impl AgoalOrgObjectiveListRequest {
    /// A `AgoalOrgObjectiveListRequest` with its required fields (`pageNumber`); set the others with the methods named after them.
    pub fn new(required: AgoalOrgObjectiveListRequired) -> Self {
        let AgoalOrgObjectiveListRequired { page_number } = required;
        Self {
            ding_team_id: None,
            page_number,
            page_size: None,
            period_id: None,
        }
    }
    /// Sets `dingTeamId`.
    pub fn ding_team_id(mut self, value: impl Into<String>) -> Self {
        self.ding_team_id = Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `periodId`.
    pub fn period_id(mut self, value: impl Into<String>) -> Self {
        self.period_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalOrgObjectiveListRequest { "dingTeamId" => read_field(ding_team_id), "pageNumber"
    => read_field(page_number), "pageSize" => read_field(page_size), "periodId" =>
    read_field(period_id) }
}
impl rt::WriteRequest for AgoalOrgObjectiveListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingTeamId", &self.ding_team_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("periodId", &self.period_id);
    }
}
/// The request of [`Api::agoal_org_objective_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalOrgObjectiveQueryRequest {
    /// `objectiveId`: a query parameter.
    pub objective_id: String,
}
/// The required fields of [`AgoalOrgObjectiveQueryRequest`], each named where it is set: `AgoalOrgObjectiveQueryRequest::new(AgoalOrgObjectiveQueryRequired { .. })`.
pub struct AgoalOrgObjectiveQueryRequired {
    /// `objectiveId`: see [`AgoalOrgObjectiveQueryRequest::objective_id`].
    pub objective_id: String,
}
impl AgoalOrgObjectiveQueryRequest {
    /// A `AgoalOrgObjectiveQueryRequest` with its required fields (`objectiveId`); set the others with the methods named after them.
    pub fn new(required: AgoalOrgObjectiveQueryRequired) -> Self {
        let AgoalOrgObjectiveQueryRequired { objective_id } = required;
        Self { objective_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalOrgObjectiveQueryRequest { "objectiveId" => read_field(objective_id) }
}
impl rt::WriteRequest for AgoalOrgObjectiveQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("objectiveId", &self.objective_id);
    }
}
/// The request of [`Api::agoal_org_perf_doc_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalOrgPerfDocQueryRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `planId`: a query parameter.
    pub plan_id: String,
}
/// The required fields of [`AgoalOrgPerfDocQueryRequest`], each named where it is set: `AgoalOrgPerfDocQueryRequest::new(AgoalOrgPerfDocQueryRequired { .. })`.
pub struct AgoalOrgPerfDocQueryRequired {
    /// `pageNumber`: see [`AgoalOrgPerfDocQueryRequest::page_number`].
    pub page_number: i64,
    /// `planId`: see [`AgoalOrgPerfDocQueryRequest::plan_id`].
    pub plan_id: String,
}
impl AgoalOrgPerfDocQueryRequest {
    /// A `AgoalOrgPerfDocQueryRequest` with its required fields (`pageNumber`, `planId`); set the others with the methods named after them.
    pub fn new(required: AgoalOrgPerfDocQueryRequired) -> Self {
        let AgoalOrgPerfDocQueryRequired { page_number, plan_id } = required;
        Self {
            page_number,
            page_size: None,
            plan_id,
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
    AgoalOrgPerfDocQueryRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "planId" => read_field(plan_id) }
}
impl rt::WriteRequest for AgoalOrgPerfDocQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("planId", &self.plan_id);
    }
}
/// The request of [`Api::agoal_org_perf_plan_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalOrgPerfPlanQueryRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
/// The required fields of [`AgoalOrgPerfPlanQueryRequest`], each named where it is set: `AgoalOrgPerfPlanQueryRequest::new(AgoalOrgPerfPlanQueryRequired { .. })`.
pub struct AgoalOrgPerfPlanQueryRequired {
    /// `pageNumber`: see [`AgoalOrgPerfPlanQueryRequest::page_number`].
    pub page_number: i64,
}
impl AgoalOrgPerfPlanQueryRequest {
    /// A `AgoalOrgPerfPlanQueryRequest` with its required fields (`pageNumber`); set the others with the methods named after them.
    pub fn new(required: AgoalOrgPerfPlanQueryRequired) -> Self {
        let AgoalOrgPerfPlanQueryRequired { page_number } = required;
        Self {
            page_number,
            page_size: None,
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
    AgoalOrgPerfPlanQueryRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for AgoalOrgPerfPlanQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::agoal_perf_task_create`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalPerfTaskCreateRequest {
    /// `body`.
    pub body: Vec<PerfTask>,
}
/// The required fields of [`AgoalPerfTaskCreateRequest`], each named where it is set: `AgoalPerfTaskCreateRequest::new(AgoalPerfTaskCreateRequired { .. })`.
pub struct AgoalPerfTaskCreateRequired {
    /// `body`: see [`AgoalPerfTaskCreateRequest::body`].
    pub body: Vec<PerfTask>,
}
impl AgoalPerfTaskCreateRequest {
    /// A `AgoalPerfTaskCreateRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: AgoalPerfTaskCreateRequired) -> Self {
        let AgoalPerfTaskCreateRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalPerfTaskCreateRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for AgoalPerfTaskCreateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::agoal_perf_task_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalPerfTaskUpdateRequest {
    /// `body`.
    pub body: Vec<PerfTask>,
}
/// The required fields of [`AgoalPerfTaskUpdateRequest`], each named where it is set: `AgoalPerfTaskUpdateRequest::new(AgoalPerfTaskUpdateRequired { .. })`.
pub struct AgoalPerfTaskUpdateRequired {
    /// `body`: see [`AgoalPerfTaskUpdateRequest::body`].
    pub body: Vec<PerfTask>,
}
impl AgoalPerfTaskUpdateRequest {
    /// A `AgoalPerfTaskUpdateRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(required: AgoalPerfTaskUpdateRequired) -> Self {
        let AgoalPerfTaskUpdateRequired { body } = required;
        Self { body }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalPerfTaskUpdateRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for AgoalPerfTaskUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::agoal_period_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalPeriodListRequest {
    /// `body`: a query parameter, JSON-encoded.
    pub body: Option<AgoalPeriodListRequestBody>,
}
impl AgoalPeriodListRequest {
    /// An empty `AgoalPeriodListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `body`.
    pub fn body(mut self, value: AgoalPeriodListRequestBody) -> Self {
        self.body = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalPeriodListRequest { "body" => read_field(body) }
}
impl rt::WriteRequest for AgoalPeriodListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("body", &self.body);
    }
}
/// The request of [`Api::agoal_send_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalSendMessageRequest {
    /// `mobileUrl`.
    pub mobile_url: String,
    /// `params`.
    pub params: String,
    /// `pcUrl`.
    pub pc_url: String,
    /// `sourceDingUserId`.
    pub source_ding_user_id: String,
    /// `targetDingUserIds`.
    pub target_ding_user_ids: Vec<String>,
    /// `templateId`.
    pub template_id: String,
}
/// The required fields of [`AgoalSendMessageRequest`], each named where it is set: `AgoalSendMessageRequest::new(AgoalSendMessageRequired { .. })`.
pub struct AgoalSendMessageRequired {
    /// `mobileUrl`: see [`AgoalSendMessageRequest::mobile_url`].
    pub mobile_url: String,
    /// `params`: see [`AgoalSendMessageRequest::params`].
    pub params: String,
    /// `pcUrl`: see [`AgoalSendMessageRequest::pc_url`].
    pub pc_url: String,
    /// `sourceDingUserId`: see [`AgoalSendMessageRequest::source_ding_user_id`].
    pub source_ding_user_id: String,
    /// `targetDingUserIds`: see [`AgoalSendMessageRequest::target_ding_user_ids`].
    pub target_ding_user_ids: Vec<String>,
    /// `templateId`: see [`AgoalSendMessageRequest::template_id`].
    pub template_id: String,
}
impl AgoalSendMessageRequest {
    /// A `AgoalSendMessageRequest` with its required fields (`mobileUrl`, `params`, `pcUrl`, `sourceDingUserId`, `targetDingUserIds`, `templateId`); set the others with the methods named after them.
    pub fn new(required: AgoalSendMessageRequired) -> Self {
        let AgoalSendMessageRequired {
            mobile_url,
            params,
            pc_url,
            source_ding_user_id,
            target_ding_user_ids,
            template_id,
        } = required;
        Self {
            mobile_url,
            params,
            pc_url,
            source_ding_user_id,
            target_ding_user_ids,
            template_id,
        }
    }
}
rt::impl_serialize! {
    AgoalSendMessageRequest { "mobileUrl" => field(mobile_url), "params" =>
    field(params), "pcUrl" => field(pc_url), "sourceDingUserId" =>
    field(source_ding_user_id), "targetDingUserIds" => field(target_ding_user_ids),
    "templateId" => field(template_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalSendMessageRequest { "mobileUrl" => read_field(mobile_url), "params" =>
    read_field(params), "pcUrl" => read_field(pc_url), "sourceDingUserId" =>
    read_field(source_ding_user_id), "targetDingUserIds" =>
    read_field(target_ding_user_ids), "templateId" => read_field(template_id) }
}
impl rt::WriteRequest for AgoalSendMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::agoal_user_objective_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AgoalUserObjectiveListRequest {
    /// `dingUserId`.
    pub ding_user_id: String,
    /// `objectiveRuleId`.
    pub objective_rule_id: String,
    /// `periodIds`.
    pub period_ids: Vec<String>,
}
/// The required fields of [`AgoalUserObjectiveListRequest`], each named where it is set: `AgoalUserObjectiveListRequest::new(AgoalUserObjectiveListRequired { .. })`.
pub struct AgoalUserObjectiveListRequired {
    /// `dingUserId`: see [`AgoalUserObjectiveListRequest::ding_user_id`].
    pub ding_user_id: String,
    /// `objectiveRuleId`: see [`AgoalUserObjectiveListRequest::objective_rule_id`].
    pub objective_rule_id: String,
    /// `periodIds`: see [`AgoalUserObjectiveListRequest::period_ids`].
    pub period_ids: Vec<String>,
}
impl AgoalUserObjectiveListRequest {
    /// A `AgoalUserObjectiveListRequest` with its required fields (`dingUserId`, `objectiveRuleId`, `periodIds`); set the others with the methods named after them.
    pub fn new(required: AgoalUserObjectiveListRequired) -> Self {
        let AgoalUserObjectiveListRequired {
            ding_user_id,
            objective_rule_id,
            period_ids,
        } = required;
        Self {
            ding_user_id,
            objective_rule_id,
            period_ids,
        }
    }
}
rt::impl_serialize! {
    AgoalUserObjectiveListRequest { "dingUserId" => field(ding_user_id),
    "objectiveRuleId" => field(objective_rule_id), "periodIds" => field(period_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalUserObjectiveListRequest { "dingUserId" => read_field(ding_user_id),
    "objectiveRuleId" => read_field(objective_rule_id), "periodIds" =>
    read_field(period_ids) }
}
impl rt::WriteRequest for AgoalUserObjectiveListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::agoal_user_sub_admin_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalUserSubAdminListRequest {
    /// `funcPermissionGroup`: a query parameter.
    pub func_permission_group: Option<String>,
}
impl AgoalUserSubAdminListRequest {
    /// An empty `AgoalUserSubAdminListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `funcPermissionGroup`.
    pub fn func_permission_group(mut self, value: impl Into<String>) -> Self {
        self.func_permission_group = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AgoalUserSubAdminListRequest { "funcPermissionGroup" =>
    read_field(func_permission_group) }
}
impl rt::WriteRequest for AgoalUserSubAdminListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("funcPermissionGroup", &self.func_permission_group);
    }
}
/// The request of [`Api::get_dept_score_card_indicator`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDeptScoreCardIndicatorRequest {
    /// `dingTeamId`: a query parameter.
    pub ding_team_id: Option<String>,
    /// `selectedTime`: a query parameter.
    pub selected_time: Option<i64>,
}
impl GetDeptScoreCardIndicatorRequest {
    /// An empty `GetDeptScoreCardIndicatorRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dingTeamId`.
    pub fn ding_team_id(mut self, value: impl Into<String>) -> Self {
        self.ding_team_id = Some(value.into());
        self
    }
    /// Sets `selectedTime`.
    pub fn selected_time(mut self, value: i64) -> Self {
        self.selected_time = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDeptScoreCardIndicatorRequest { "dingTeamId" => read_field(ding_team_id),
    "selectedTime" => read_field(selected_time) }
}
impl rt::WriteRequest for GetDeptScoreCardIndicatorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingTeamId", &self.ding_team_id);
        writer.query("selectedTime", &self.selected_time);
    }
}
/// The request of [`Api::get_indicator_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetIndicatorDetailRequest {
    /// `indicatorId`: a query parameter.
    pub indicator_id: String,
    /// `monthNum`: a query parameter.
    pub month_num: Option<i64>,
}
/// The required fields of [`GetIndicatorDetailRequest`], each named where it is set: `GetIndicatorDetailRequest::new(GetIndicatorDetailRequired { .. })`.
pub struct GetIndicatorDetailRequired {
    /// `indicatorId`: see [`GetIndicatorDetailRequest::indicator_id`].
    pub indicator_id: String,
}
impl GetIndicatorDetailRequest {
    /// A `GetIndicatorDetailRequest` with its required fields (`indicatorId`); set the others with the methods named after them.
    pub fn new(required: GetIndicatorDetailRequired) -> Self {
        let GetIndicatorDetailRequired { indicator_id } = required;
        Self {
            indicator_id,
            month_num: None,
        }
    }
    /// Sets `monthNum`.
    pub fn month_num(mut self, value: i64) -> Self {
        self.month_num = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetIndicatorDetailRequest { "indicatorId" => read_field(indicator_id), "monthNum" =>
    read_field(month_num) }
}
impl rt::WriteRequest for GetIndicatorDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("indicatorId", &self.indicator_id);
        writer.query("monthNum", &self.month_num);
    }
}
/// The request of [`Api::get_objective_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetObjectiveDetailRequest {
    /// `objectiveId`: a query parameter.
    pub objective_id: String,
}
/// The required fields of [`GetObjectiveDetailRequest`], each named where it is set: `GetObjectiveDetailRequest::new(GetObjectiveDetailRequired { .. })`.
pub struct GetObjectiveDetailRequired {
    /// `objectiveId`: see [`GetObjectiveDetailRequest::objective_id`].
    pub objective_id: String,
}
impl GetObjectiveDetailRequest {
    /// A `GetObjectiveDetailRequest` with its required fields (`objectiveId`); set the others with the methods named after them.
    pub fn new(required: GetObjectiveDetailRequired) -> Self {
        let GetObjectiveDetailRequired { objective_id } = required;
        Self { objective_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetObjectiveDetailRequest { "objectiveId" => read_field(objective_id) }
}
impl rt::WriteRequest for GetObjectiveDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("objectiveId", &self.objective_id);
    }
}
/// The request of [`Api::get_objective_rule_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetObjectiveRuleDetailRequest {
    /// `objectiveRuleId`: a query parameter.
    pub objective_rule_id: String,
}
/// The required fields of [`GetObjectiveRuleDetailRequest`], each named where it is set: `GetObjectiveRuleDetailRequest::new(GetObjectiveRuleDetailRequired { .. })`.
pub struct GetObjectiveRuleDetailRequired {
    /// `objectiveRuleId`: see [`GetObjectiveRuleDetailRequest::objective_rule_id`].
    pub objective_rule_id: String,
}
impl GetObjectiveRuleDetailRequest {
    /// A `GetObjectiveRuleDetailRequest` with its required fields (`objectiveRuleId`); set the others with the methods named after them.
    pub fn new(required: GetObjectiveRuleDetailRequired) -> Self {
        let GetObjectiveRuleDetailRequired { objective_rule_id } = required;
        Self { objective_rule_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetObjectiveRuleDetailRequest { "objectiveRuleId" => read_field(objective_rule_id) }
}
impl rt::WriteRequest for GetObjectiveRuleDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("objectiveRuleId", &self.objective_rule_id);
    }
}
/// An error reply of [`Api::agoal_biz_data_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalBizDataQueryError = rt::ServiceError;
/// An error reply of [`Api::agoal_create_progress`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalCreateProgressError = rt::ServiceError;
/// An error reply of [`Api::agoal_entity_create`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalEntityCreateError = rt::ServiceError;
/// An error reply of [`Api::agoal_entity_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalEntityUpdateError = rt::ServiceError;
/// An error reply of [`Api::agoal_field_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalFieldUpdateError = rt::ServiceError;
/// An error reply of [`Api::agoal_fiscal_yearscheme_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalFiscalYearschemeListError = rt::ServiceError;
/// An error reply of [`Api::agoal_indicator_batch_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalIndicatorBatchQueryError = rt::ServiceError;
/// An error reply of [`Api::agoal_indicator_data_push`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalIndicatorDataPushError = rt::ServiceError;
/// An error reply of [`Api::agoal_objective_key_action_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalObjectiveKeyActionListError = rt::ServiceError;
/// An error reply of [`Api::agoal_objective_progress_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalObjectiveProgressListError = rt::ServiceError;
/// An error reply of [`Api::agoal_objective_rule_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalObjectiveRuleListError = rt::ServiceError;
/// An error reply of [`Api::agoal_objective_rule_period_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalObjectiveRulePeriodListError = rt::ServiceError;
/// An error reply of [`Api::agoal_org_objective_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalOrgObjectiveListError = rt::ServiceError;
/// An error reply of [`Api::agoal_org_objective_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalOrgObjectiveQueryError = rt::ServiceError;
/// An error reply of [`Api::agoal_org_objective_rule_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalOrgObjectiveRuleListError = rt::ServiceError;
/// An error reply of [`Api::agoal_org_perf_doc_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalOrgPerfDocQueryError = rt::ServiceError;
/// An error reply of [`Api::agoal_org_perf_plan_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalOrgPerfPlanQueryError = rt::ServiceError;
/// An error reply of [`Api::agoal_perf_task_create`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalPerfTaskCreateError = rt::ServiceError;
/// An error reply of [`Api::agoal_perf_task_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalPerfTaskUpdateError = rt::ServiceError;
/// An error reply of [`Api::agoal_period_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalPeriodListError = rt::ServiceError;
/// An error reply of [`Api::agoal_send_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalSendMessageError = rt::ServiceError;
/// An error reply of [`Api::agoal_user_admin_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalUserAdminListError = rt::ServiceError;
/// An error reply of [`Api::agoal_user_objective_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalUserObjectiveListError = rt::ServiceError;
/// An error reply of [`Api::agoal_user_sub_admin_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AgoalUserSubAdminListError = rt::ServiceError;
/// An error reply of [`Api::get_dept_score_card_indicator`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDeptScoreCardIndicatorError = rt::ServiceError;
/// An error reply of [`Api::get_indicator_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetIndicatorDetailError = rt::ServiceError;
/// An error reply of [`Api::get_objective_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetObjectiveDetailError = rt::ServiceError;
/// An error reply of [`Api::get_objective_rule_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetObjectiveRuleDetailError = rt::ServiceError;
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
        "AgoalBizDataQuery" => {
            rt::conformance::reply(api.agoal_biz_data_query(&inputs.request(false)?))
                .await
        }
        "AgoalCreateProgress" => {
            rt::conformance::reply(api.agoal_create_progress(&inputs.request(true)?))
                .await
        }
        "AgoalEntityCreate" => {
            rt::conformance::reply(api.agoal_entity_create(&inputs.request(false)?))
                .await
        }
        "AgoalEntityUpdate" => {
            rt::conformance::reply(api.agoal_entity_update(&inputs.request(false)?))
                .await
        }
        "AgoalFieldUpdate" => {
            rt::conformance::reply(api.agoal_field_update(&inputs.request(false)?)).await
        }
        "AgoalFiscalYearschemeList" => {
            rt::conformance::reply(api.agoal_fiscal_yearscheme_list()).await
        }
        "AgoalIndicatorBatchQuery" => {
            rt::conformance::reply(
                    api.agoal_indicator_batch_query(&inputs.request(false)?),
                )
                .await
        }
        "AgoalIndicatorDataPush" => {
            rt::conformance::reply(api.agoal_indicator_data_push(&inputs.request(true)?))
                .await
        }
        "AgoalObjectiveKeyActionList" => {
            rt::conformance::reply(
                    api.agoal_objective_key_action_list(&inputs.request(false)?),
                )
                .await
        }
        "AgoalObjectiveProgressList" => {
            rt::conformance::reply(
                    api.agoal_objective_progress_list(&inputs.request(false)?),
                )
                .await
        }
        "AgoalObjectiveRuleList" => {
            rt::conformance::reply(
                    api.agoal_objective_rule_list(&inputs.request(false)?),
                )
                .await
        }
        "AgoalObjectiveRulePeriodList" => {
            rt::conformance::reply(
                    api.agoal_objective_rule_period_list(&inputs.request(false)?),
                )
                .await
        }
        "AgoalOrgObjectiveList" => {
            rt::conformance::reply(api.agoal_org_objective_list(&inputs.request(false)?))
                .await
        }
        "AgoalOrgObjectiveQuery" => {
            rt::conformance::reply(
                    api.agoal_org_objective_query(&inputs.request(false)?),
                )
                .await
        }
        "AgoalOrgObjectiveRuleList" => {
            rt::conformance::reply(api.agoal_org_objective_rule_list()).await
        }
        "AgoalOrgPerfDocQuery" => {
            rt::conformance::reply(api.agoal_org_perf_doc_query(&inputs.request(false)?))
                .await
        }
        "AgoalOrgPerfPlanQuery" => {
            rt::conformance::reply(
                    api.agoal_org_perf_plan_query(&inputs.request(false)?),
                )
                .await
        }
        "AgoalPerfTaskCreate" => {
            rt::conformance::reply(api.agoal_perf_task_create(&inputs.request(false)?))
                .await
        }
        "AgoalPerfTaskUpdate" => {
            rt::conformance::reply(api.agoal_perf_task_update(&inputs.request(false)?))
                .await
        }
        "AgoalPeriodList" => {
            rt::conformance::reply(api.agoal_period_list(&inputs.request(false)?)).await
        }
        "AgoalSendMessage" => {
            rt::conformance::reply(api.agoal_send_message(&inputs.request(true)?)).await
        }
        "AgoalUserAdminList" => rt::conformance::reply(api.agoal_user_admin_list()).await,
        "AgoalUserObjectiveList" => {
            rt::conformance::reply(api.agoal_user_objective_list(&inputs.request(true)?))
                .await
        }
        "AgoalUserSubAdminList" => {
            rt::conformance::reply(
                    api.agoal_user_sub_admin_list(&inputs.request(false)?),
                )
                .await
        }
        "GetDeptScoreCardIndicator" => {
            rt::conformance::reply(
                    api.get_dept_score_card_indicator(&inputs.request(false)?),
                )
                .await
        }
        "GetIndicatorDetail" => {
            rt::conformance::reply(api.get_indicator_detail(&inputs.request(false)?))
                .await
        }
        "GetObjectiveDetail" => {
            rt::conformance::reply(api.get_objective_detail(&inputs.request(false)?))
                .await
        }
        "GetObjectiveRuleDetail" => {
            rt::conformance::reply(
                    api.get_objective_rule_detail(&inputs.request(false)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
