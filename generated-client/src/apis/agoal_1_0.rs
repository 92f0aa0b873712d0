// @generated from api-spec/agoal_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.agoal_1_0()`. Generated from `api-spec/agoal_1_0.yaml`.
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
    /// `POST /v1.0/agoal/bizData/query` (operation `AgoalBizDataQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalBizDataQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/agoal/objectives/progresses` (operation `AgoalCreateProgress`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalCreateProgressError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/agoal/entities` (operation `AgoalEntityCreate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalEntityCreateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/agoal/entities` (operation `AgoalEntityUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalEntityUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/agoal/fields` (operation `AgoalFieldUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalFieldUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/agoal/period/scheme/list` (operation `AgoalFiscalYearschemeList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalFiscalYearschemeListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/indicator/batch/query` (operation `AgoalIndicatorBatchQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalIndicatorBatchQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/agoal/indicator/data/push` (operation `AgoalIndicatorDataPush`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalIndicatorDataPushError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/objectives/keyActionLists` (operation `AgoalObjectiveKeyActionList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalObjectiveKeyActionListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/objectives/progresses/lists` (operation `AgoalObjectiveProgressList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalObjectiveProgressListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/objectiveRuleLists/query` (operation `AgoalObjectiveRuleList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalObjectiveRuleListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/objectiveRules/periodLists` (operation `AgoalObjectiveRulePeriodList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalObjectiveRulePeriodListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/agoal/orgObjectives/list` (operation `AgoalOrgObjectiveList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalOrgObjectiveListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/orgObjectives` (operation `AgoalOrgObjectiveQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalOrgObjectiveQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/objectiveRules/lists` (operation `AgoalOrgObjectiveRuleList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalOrgObjectiveRuleListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/org_perf/documents/query` (operation `AgoalOrgPerfDocQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalOrgPerfDocQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/org_perf/plans/query` (operation `AgoalOrgPerfPlanQuery`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalOrgPerfPlanQueryError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/agoal/perfTasks` (operation `AgoalPerfTaskCreate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalPerfTaskCreateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/agoal/perfTasks` (operation `AgoalPerfTaskUpdate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalPerfTaskUpdateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/agoal/periods/list` (operation `AgoalPeriodList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalPeriodListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/agoal/messages/send` (operation `AgoalSendMessage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalSendMessageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/administrators/lists` (operation `AgoalUserAdminList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalUserAdminListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/agoal/users/objectiveLists/query` (operation `AgoalUserObjectiveList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalUserObjectiveListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/administrators/sub/lists` (operation `AgoalUserSubAdminList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AgoalUserSubAdminListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/scorecards/departments/indicators` (operation `GetDeptScoreCardIndicator`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDeptScoreCardIndicatorError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/scorecards/indicators/details` (operation `GetIndicatorDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetIndicatorDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/objectives/details` (operation `GetObjectiveDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetObjectiveDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/agoal/objectiveRules/details` (operation `GetObjectiveRuleDetail`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetObjectiveRuleDetailError`]; see [`Error`](::generated_client::Error) for the rest.
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
}
/// `AgoalBizDataQueryResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AgoalBizDataQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalBizDataQueryResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AgoalBizDataQueryResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `AgoalCreateProgressResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalCreateProgressResponseBody {
    /// `content`.
    pub content: Option<OpenAgoalProgressDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalCreateProgressResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalCreateProgressResponseBody {
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
impl rt::serde::Serialize for AgoalCreateProgressResponseBody {
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
impl rt::serde::Serialize for Entity {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("children", &self.children)?;
        object.optional("data", &self.data)?;
        object.optional("id", &self.id)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("linkSourceId", &self.link_source_id)?;
        object.optional("linkSourceType", &self.link_source_type)?;
        object.optional("metas", &self.metas)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for Entity {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for Entity {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "children" => rt::read_field(map, &mut self.children),
            "data" => rt::read_field(map, &mut self.data),
            "id" => rt::read_field(map, &mut self.id),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "linkSourceId" => rt::read_field(map, &mut self.link_source_id),
            "linkSourceType" => rt::read_field(map, &mut self.link_source_type),
            "metas" => rt::read_field(map, &mut self.metas),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `AgoalEntityCreateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalEntityCreateResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalEntityCreateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalEntityCreateResponseBody {
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
impl rt::serde::Serialize for AgoalEntityCreateResponseBody {
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
/// `AgoalEntityUpdateResponseBody`: the same model as [`AgoalEntityCreateResponseBody`].
pub type AgoalEntityUpdateResponseBody = AgoalEntityCreateResponseBody;
/// `AgoalFieldUpdateRequestBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AgoalFieldUpdateRequestBody {
    /// A `AgoalFieldUpdateRequestBody` with its required fields (`entityId`, `entityType`, `fieldCode`); set the others with the methods named after them.
    pub fn new(
        entity_id: impl Into<String>,
        entity_type: impl Into<String>,
        field_code: impl Into<String>,
    ) -> Self {
        Self {
            entity_id: entity_id.into(),
            entity_type: entity_type.into(),
            field_code: field_code.into(),
            value: None,
        }
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for AgoalFieldUpdateRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("entityId", &self.entity_id)?;
        object.field("entityType", &self.entity_type)?;
        object.field("fieldCode", &self.field_code)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalFieldUpdateRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalFieldUpdateRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "entityId" => rt::read_field(map, &mut self.entity_id),
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "fieldCode" => rt::read_field(map, &mut self.field_code),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
/// `AgoalFieldUpdateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalFieldUpdateResponseBody {
    /// `content`.
    pub content: Option<bool>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalFieldUpdateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalFieldUpdateResponseBody {
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
impl rt::serde::Serialize for AgoalFieldUpdateResponseBody {
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
/// `AgoalFiscalYearschemeListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalFiscalYearschemeListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenFiscalYearSchemeDTO>>,
    /// `success`.
    pub success: Option<bool>,
    /// `traceId`.
    pub trace_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalFiscalYearschemeListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalFiscalYearschemeListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "content" => rt::read_field(map, &mut self.content),
            "success" => rt::read_field(map, &mut self.success),
            "traceId" => rt::read_field(map, &mut self.trace_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AgoalFiscalYearschemeListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("content", &self.content)?;
        object.optional("success", &self.success)?;
        object.optional("traceId", &self.trace_id)?;
        object.end()
    }
}
/// `AgoalIndicatorBatchQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalIndicatorBatchQueryResponseBody {
    /// `result`.
    pub result: Option<Vec<AgoalIndicatorBatchQueryResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalIndicatorBatchQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalIndicatorBatchQueryResponseBody {
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
impl rt::serde::Serialize for AgoalIndicatorBatchQueryResponseBody {
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
impl rt::serde::Serialize for AgoalIndicatorDataPushRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizCode", &self.biz_code)?;
        object.optional("data", &self.data)?;
        object.optional("period", &self.period)?;
        object.optional("periodType", &self.period_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalIndicatorDataPushRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalIndicatorDataPushRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "data" => rt::read_field(map, &mut self.data),
            "period" => rt::read_field(map, &mut self.period),
            "periodType" => rt::read_field(map, &mut self.period_type),
            _ => Ok(false),
        }
    }
}
/// `AgoalIndicatorDataPushResponseBody`: the same model as [`AgoalEntityCreateResponseBody`].
pub type AgoalIndicatorDataPushResponseBody = AgoalEntityCreateResponseBody;
/// `AgoalObjectiveKeyActionListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalObjectiveKeyActionListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenAgoalKeyActionDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalObjectiveKeyActionListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalObjectiveKeyActionListResponseBody {
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
impl rt::serde::Serialize for AgoalObjectiveKeyActionListResponseBody {
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
/// `AgoalObjectiveProgressListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalObjectiveProgressListResponseBody {
    /// `content`.
    pub content: Option<AgoalObjectiveProgressListResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalObjectiveProgressListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalObjectiveProgressListResponseBody {
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
impl rt::serde::Serialize for AgoalObjectiveProgressListResponseBody {
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
/// `AgoalObjectiveRuleListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalObjectiveRuleListResponseBody {
    /// `content`.
    pub content: Option<AgoalObjectiveRuleListResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalObjectiveRuleListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalObjectiveRuleListResponseBody {
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
impl rt::serde::Serialize for AgoalObjectiveRuleListResponseBody {
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
/// `AgoalObjectiveRulePeriodListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalObjectiveRulePeriodListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenObjectiveRulePeriodDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalObjectiveRulePeriodListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalObjectiveRulePeriodListResponseBody {
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
impl rt::serde::Serialize for AgoalObjectiveRulePeriodListResponseBody {
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
/// `AgoalOrgObjectiveListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalOrgObjectiveListResponseBody {
    /// `content`.
    pub content: Option<OpenAgoalOrgObjectiveListDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalOrgObjectiveListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalOrgObjectiveListResponseBody {
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
impl rt::serde::Serialize for AgoalOrgObjectiveListResponseBody {
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
/// `AgoalOrgObjectiveQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalOrgObjectiveQueryResponseBody {
    /// `content`.
    pub content: Option<OpenAgoalOrgObjectiveDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalOrgObjectiveQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalOrgObjectiveQueryResponseBody {
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
impl rt::serde::Serialize for AgoalOrgObjectiveQueryResponseBody {
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
/// `AgoalOrgObjectiveRuleListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalOrgObjectiveRuleListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenOrgObjectiveRuleDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalOrgObjectiveRuleListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalOrgObjectiveRuleListResponseBody {
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
impl rt::serde::Serialize for AgoalOrgObjectiveRuleListResponseBody {
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
/// `AgoalOrgPerfDocQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalOrgPerfDocQueryResponseBody {
    /// `content`.
    pub content: Option<AgoalOrgPerfDocQueryResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalOrgPerfDocQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalOrgPerfDocQueryResponseBody {
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
impl rt::serde::Serialize for AgoalOrgPerfDocQueryResponseBody {
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
/// `AgoalOrgPerfPlanQueryResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalOrgPerfPlanQueryResponseBody {
    /// `content`.
    pub content: Option<AgoalOrgPerfPlanQueryResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalOrgPerfPlanQueryResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalOrgPerfPlanQueryResponseBody {
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
impl rt::serde::Serialize for AgoalOrgPerfPlanQueryResponseBody {
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
impl rt::serde::Serialize for PerfTask {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cycleName", &self.cycle_name)?;
        object.optional("id", &self.id)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PerfTask {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PerfTask {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cycleName" => rt::read_field(map, &mut self.cycle_name),
            "id" => rt::read_field(map, &mut self.id),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for AgoalPeriodListRequestBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("periodTypes", &self.period_types)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalPeriodListRequestBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalPeriodListRequestBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "periodTypes" => rt::read_field(map, &mut self.period_types),
            _ => Ok(false),
        }
    }
}
/// `AgoalPeriodListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalPeriodListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenAgoalPeriodDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalPeriodListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalPeriodListResponseBody {
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
impl rt::serde::Serialize for AgoalPeriodListResponseBody {
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
/// `AgoalSendMessageResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalSendMessageResponseBody {
    /// `content`.
    pub content: Option<bool>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalSendMessageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalSendMessageResponseBody {
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
impl rt::serde::Serialize for AgoalSendMessageResponseBody {
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
/// `AgoalUserAdminListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalUserAdminListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenUserAdminDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalUserAdminListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalUserAdminListResponseBody {
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
impl rt::serde::Serialize for AgoalUserAdminListResponseBody {
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
/// `AgoalUserObjectiveListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalUserObjectiveListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenAgoalObjectiveDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalUserObjectiveListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalUserObjectiveListResponseBody {
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
impl rt::serde::Serialize for AgoalUserObjectiveListResponseBody {
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
/// `AgoalUserSubAdminListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalUserSubAdminListResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenUserSubAdminDTO>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalUserSubAdminListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalUserSubAdminListResponseBody {
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
impl rt::serde::Serialize for AgoalUserSubAdminListResponseBody {
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
/// `GetDeptScoreCardIndicatorResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDeptScoreCardIndicatorResponseBody {
    /// `content`.
    pub content: Option<OpenScoreCardDimensionDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDeptScoreCardIndicatorResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDeptScoreCardIndicatorResponseBody {
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
impl rt::serde::Serialize for GetDeptScoreCardIndicatorResponseBody {
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
/// `GetIndicatorDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetIndicatorDetailResponseBody {
    /// `content`.
    pub content: Option<Vec<String>>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetIndicatorDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetIndicatorDetailResponseBody {
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
impl rt::serde::Serialize for GetIndicatorDetailResponseBody {
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
/// `GetObjectiveDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetObjectiveDetailResponseBody {
    /// `content`.
    pub content: Option<OpenAgoalObjectiveDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetObjectiveDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetObjectiveDetailResponseBody {
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
impl rt::serde::Serialize for GetObjectiveDetailResponseBody {
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
/// `GetObjectiveRuleDetailResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetObjectiveRuleDetailResponseBody {
    /// `content`.
    pub content: Option<OpenObjectiveRuleDTO>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for GetObjectiveRuleDetailResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetObjectiveRuleDetailResponseBody {
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
impl rt::serde::Serialize for GetObjectiveRuleDetailResponseBody {
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
/// `AgoalBizDataQueryResponseBodyContent`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AgoalBizDataQueryResponseBodyContent {
    /// `bizInfos`.
    pub biz_infos: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `maxResults`.
    pub max_results: Option<i64>,
    /// `nextToken`.
    pub next_token: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for AgoalBizDataQueryResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalBizDataQueryResponseBodyContent {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizInfos" => rt::read_field(map, &mut self.biz_infos),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AgoalBizDataQueryResponseBodyContent {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizInfos", &self.biz_infos)?;
        object.optional("maxResults", &self.max_results)?;
        object.optional("nextToken", &self.next_token)?;
        object.end()
    }
}
/// `OpenAgoalProgressDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenAgoalProgressDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAgoalProgressDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            "creator" => rt::read_field(map, &mut self.creator),
            "htmlContent" => rt::read_field(map, &mut self.html_content),
            "keyResults" => rt::read_field(map, &mut self.key_results),
            "modifier" => rt::read_field(map, &mut self.modifier),
            "progress" => rt::read_field(map, &mut self.progress),
            "progressId" => rt::read_field(map, &mut self.progress_id),
            "updated" => rt::read_field(map, &mut self.updated),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenAgoalProgressDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.optional("creator", &self.creator)?;
        object.optional("htmlContent", &self.html_content)?;
        object.optional("keyResults", &self.key_results)?;
        object.optional("modifier", &self.modifier)?;
        object.optional("progress", &self.progress)?;
        object.optional("progressId", &self.progress_id)?;
        object.optional("updated", &self.updated)?;
        object.end()
    }
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
impl rt::serde::Serialize for EntityChildren {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("id", &self.id)?;
        object.optional("isDeleted", &self.is_deleted)?;
        object.optional("linkSourceId", &self.link_source_id)?;
        object.optional("linkSourceType", &self.link_source_type)?;
        object.optional("metas", &self.metas)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EntityChildren {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EntityChildren {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "id" => rt::read_field(map, &mut self.id),
            "isDeleted" => rt::read_field(map, &mut self.is_deleted),
            "linkSourceId" => rt::read_field(map, &mut self.link_source_id),
            "linkSourceType" => rt::read_field(map, &mut self.link_source_type),
            "metas" => rt::read_field(map, &mut self.metas),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for Meta {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.optional("alias", &self.alias)?;
        object.optional("category", &self.category)?;
        object.optional("code", &self.code)?;
        object.optional("forceActive", &self.force_active)?;
        object.optional("forceRequired", &self.force_required)?;
        object.optional("required", &self.required)?;
        object.optional("scheme", &self.scheme)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for Meta {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for Meta {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            "alias" => rt::read_field(map, &mut self.alias),
            "category" => rt::read_field(map, &mut self.category),
            "code" => rt::read_field(map, &mut self.code),
            "forceActive" => rt::read_field(map, &mut self.force_active),
            "forceRequired" => rt::read_field(map, &mut self.force_required),
            "required" => rt::read_field(map, &mut self.required),
            "scheme" => rt::read_field(map, &mut self.scheme),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
/// `OpenFiscalYearSchemeDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenFiscalYearSchemeDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenFiscalYearSchemeDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enabled" => rt::read_field(map, &mut self.enabled),
            "schemeName" => rt::read_field(map, &mut self.scheme_name),
            "schemeUid" => rt::read_field(map, &mut self.scheme_uid),
            "startMonth" => rt::read_field(map, &mut self.start_month),
            "subPeriodConfigs" => rt::read_field(map, &mut self.sub_period_configs),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenFiscalYearSchemeDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enabled", &self.enabled)?;
        object.optional("schemeName", &self.scheme_name)?;
        object.optional("schemeUid", &self.scheme_uid)?;
        object.optional("startMonth", &self.start_month)?;
        object.optional("subPeriodConfigs", &self.sub_period_configs)?;
        object.end()
    }
}
/// `AgoalIndicatorBatchQueryResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AgoalIndicatorBatchQueryResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalIndicatorBatchQueryResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "description" => rt::read_field(map, &mut self.description),
            "id" => rt::read_field(map, &mut self.id),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AgoalIndicatorBatchQueryResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("description", &self.description)?;
        object.optional("id", &self.id)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `OpenAgoalKeyActionDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenAgoalKeyActionDTO {
    /// `keyActionId`.
    pub key_action_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `url`.
    pub url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenAgoalKeyActionDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAgoalKeyActionDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "keyActionId" => rt::read_field(map, &mut self.key_action_id),
            "title" => rt::read_field(map, &mut self.title),
            "url" => rt::read_field(map, &mut self.url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenAgoalKeyActionDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("keyActionId", &self.key_action_id)?;
        object.optional("title", &self.title)?;
        object.optional("url", &self.url)?;
        object.end()
    }
}
/// `AgoalObjectiveProgressListResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AgoalObjectiveProgressListResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalObjectiveProgressListResponseBodyContent {
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
impl rt::serde::Serialize for AgoalObjectiveProgressListResponseBodyContent {
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
/// `AgoalObjectiveRuleListResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AgoalObjectiveRuleListResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalObjectiveRuleListResponseBodyContent {
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
impl rt::serde::Serialize for AgoalObjectiveRuleListResponseBodyContent {
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
/// `OpenObjectiveRulePeriodDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenObjectiveRulePeriodDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenObjectiveRulePeriodDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "endDate" => rt::read_field(map, &mut self.end_date),
            "name" => rt::read_field(map, &mut self.name),
            "periodId" => rt::read_field(map, &mut self.period_id),
            "periodType" => rt::read_field(map, &mut self.period_type),
            "startDate" => rt::read_field(map, &mut self.start_date),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenObjectiveRulePeriodDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("name", &self.name)?;
        object.optional("periodId", &self.period_id)?;
        object.optional("periodType", &self.period_type)?;
        object.optional("startDate", &self.start_date)?;
        object.end()
    }
}
/// `OpenAgoalOrgObjectiveListDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenAgoalOrgObjectiveListDTO {
    /// `objectiveList`.
    pub objective_list: Option<Vec<OpenAgoalOrgObjectiveDTO>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenAgoalOrgObjectiveListDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAgoalOrgObjectiveListDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objectiveList" => rt::read_field(map, &mut self.objective_list),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenAgoalOrgObjectiveListDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("objectiveList", &self.objective_list)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `OpenAgoalOrgObjectiveDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenAgoalOrgObjectiveDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAgoalOrgObjectiveDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dimension" => rt::read_field(map, &mut self.dimension),
            "downAlignObjects" => rt::read_field(map, &mut self.down_align_objects),
            "executor" => rt::read_field(map, &mut self.executor),
            "fieldConfig" => rt::read_field(map, &mut self.field_config),
            "fieldValueMap" => rt::read_field(map, &mut self.field_value_map),
            "objectiveId" => rt::read_field(map, &mut self.objective_id),
            "period" => rt::read_field(map, &mut self.period),
            "status" => rt::read_field(map, &mut self.status),
            "team" => rt::read_field(map, &mut self.team),
            "title" => rt::read_field(map, &mut self.title),
            "upAlignObjects" => rt::read_field(map, &mut self.up_align_objects),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenAgoalOrgObjectiveDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dimension", &self.dimension)?;
        object.optional("downAlignObjects", &self.down_align_objects)?;
        object.optional("executor", &self.executor)?;
        object.optional("fieldConfig", &self.field_config)?;
        object.optional("fieldValueMap", &self.field_value_map)?;
        object.optional("objectiveId", &self.objective_id)?;
        object.optional("period", &self.period)?;
        object.optional("status", &self.status)?;
        object.optional("team", &self.team)?;
        object.optional("title", &self.title)?;
        object.optional("upAlignObjects", &self.up_align_objects)?;
        object.end()
    }
}
/// `OpenOrgObjectiveRuleDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenOrgObjectiveRuleDTO {
    /// `objectiveCategory`.
    pub objective_category: Option<String>,
    /// `objectiveRuleId`.
    pub objective_rule_id: Option<String>,
    /// `objectiveRuleName`.
    pub objective_rule_name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenOrgObjectiveRuleDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenOrgObjectiveRuleDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objectiveCategory" => rt::read_field(map, &mut self.objective_category),
            "objectiveRuleId" => rt::read_field(map, &mut self.objective_rule_id),
            "objectiveRuleName" => rt::read_field(map, &mut self.objective_rule_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenOrgObjectiveRuleDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("objectiveCategory", &self.objective_category)?;
        object.optional("objectiveRuleId", &self.objective_rule_id)?;
        object.optional("objectiveRuleName", &self.objective_rule_name)?;
        object.end()
    }
}
/// `AgoalOrgPerfDocQueryResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AgoalOrgPerfDocQueryResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalOrgPerfDocQueryResponseBodyContent {
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
impl rt::serde::Serialize for AgoalOrgPerfDocQueryResponseBodyContent {
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
/// `AgoalOrgPerfPlanQueryResponseBodyContent`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for AgoalOrgPerfPlanQueryResponseBodyContent {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AgoalOrgPerfPlanQueryResponseBodyContent {
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
impl rt::serde::Serialize for AgoalOrgPerfPlanQueryResponseBodyContent {
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
/// `OpenAgoalPeriodDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenAgoalPeriodDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAgoalPeriodDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "name" => rt::read_field(map, &mut self.name),
            "periodId" => rt::read_field(map, &mut self.period_id),
            "periodType" => rt::read_field(map, &mut self.period_type),
            "startDate" => rt::read_field(map, &mut self.start_date),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenAgoalPeriodDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizCode", &self.biz_code)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("name", &self.name)?;
        object.optional("periodId", &self.period_id)?;
        object.optional("periodType", &self.period_type)?;
        object.optional("startDate", &self.start_date)?;
        object.end()
    }
}
/// `OpenUserAdminDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenUserAdminDTO {
    /// `dingCorpId`.
    pub ding_corp_id: Option<String>,
    /// `dingUserId`.
    pub ding_user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenUserAdminDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenUserAdminDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingCorpId" => rt::read_field(map, &mut self.ding_corp_id),
            "dingUserId" => rt::read_field(map, &mut self.ding_user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenUserAdminDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingCorpId", &self.ding_corp_id)?;
        object.optional("dingUserId", &self.ding_user_id)?;
        object.end()
    }
}
/// `OpenAgoalObjectiveDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenAgoalObjectiveDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAgoalObjectiveDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approveStatus" => rt::read_field(map, &mut self.approve_status),
            "created" => rt::read_field(map, &mut self.created),
            "downAlignObjectIds" => rt::read_field(map, &mut self.down_align_object_ids),
            "executor" => rt::read_field(map, &mut self.executor),
            "keyActions" => rt::read_field(map, &mut self.key_actions),
            "keyResults" => rt::read_field(map, &mut self.key_results),
            "latestProgress" => rt::read_field(map, &mut self.latest_progress),
            "objectiveId" => rt::read_field(map, &mut self.objective_id),
            "objectiveRule" => rt::read_field(map, &mut self.objective_rule),
            "period" => rt::read_field(map, &mut self.period),
            "progress" => rt::read_field(map, &mut self.progress),
            "relatedUsers" => rt::read_field(map, &mut self.related_users),
            "status" => rt::read_field(map, &mut self.status),
            "teams" => rt::read_field(map, &mut self.teams),
            "title" => rt::read_field(map, &mut self.title),
            "upAlignObjectIds" => rt::read_field(map, &mut self.up_align_object_ids),
            "updated" => rt::read_field(map, &mut self.updated),
            "weight" => rt::read_field(map, &mut self.weight),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenAgoalObjectiveDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approveStatus", &self.approve_status)?;
        object.optional("created", &self.created)?;
        object.optional("downAlignObjectIds", &self.down_align_object_ids)?;
        object.optional("executor", &self.executor)?;
        object.optional("keyActions", &self.key_actions)?;
        object.optional("keyResults", &self.key_results)?;
        object.optional("latestProgress", &self.latest_progress)?;
        object.optional("objectiveId", &self.objective_id)?;
        object.optional("objectiveRule", &self.objective_rule)?;
        object.optional("period", &self.period)?;
        object.optional("progress", &self.progress)?;
        object.optional("relatedUsers", &self.related_users)?;
        object.optional("status", &self.status)?;
        object.optional("teams", &self.teams)?;
        object.optional("title", &self.title)?;
        object.optional("upAlignObjectIds", &self.up_align_object_ids)?;
        object.optional("updated", &self.updated)?;
        object.optional("weight", &self.weight)?;
        object.end()
    }
}
/// `OpenUserSubAdminDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenUserSubAdminDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenUserSubAdminDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptIds" => rt::read_field(map, &mut self.dept_ids),
            "dingCorpId" => rt::read_field(map, &mut self.ding_corp_id),
            "dingUserId" => rt::read_field(map, &mut self.ding_user_id),
            "permissionGroupCodes" => {
                rt::read_field(map, &mut self.permission_group_codes)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenUserSubAdminDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptIds", &self.dept_ids)?;
        object.optional("dingCorpId", &self.ding_corp_id)?;
        object.optional("dingUserId", &self.ding_user_id)?;
        object.optional("permissionGroupCodes", &self.permission_group_codes)?;
        object.end()
    }
}
/// `OpenScoreCardDimensionDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenScoreCardDimensionDTO {
    /// `dimensionList`.
    pub dimension_list: Option<Vec<OpenScoreCardDimensionDTODimensionList>>,
    /// `scoreCardId`.
    pub score_card_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenScoreCardDimensionDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenScoreCardDimensionDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dimensionList" => rt::read_field(map, &mut self.dimension_list),
            "scoreCardId" => rt::read_field(map, &mut self.score_card_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenScoreCardDimensionDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dimensionList", &self.dimension_list)?;
        object.optional("scoreCardId", &self.score_card_id)?;
        object.end()
    }
}
/// `OpenObjectiveRuleDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenObjectiveRuleDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenObjectiveRuleDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "excludePopRuleView" => rt::read_field(map, &mut self.exclude_pop_rule_view),
            "objectiveCategory" => rt::read_field(map, &mut self.objective_category),
            "objectiveRuleId" => rt::read_field(map, &mut self.objective_rule_id),
            "objectiveRuleName" => rt::read_field(map, &mut self.objective_rule_name),
            "periods" => rt::read_field(map, &mut self.periods),
            "popRuleView" => rt::read_field(map, &mut self.pop_rule_view),
            "probationRule" => rt::read_field(map, &mut self.probation_rule),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenObjectiveRuleDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("excludePopRuleView", &self.exclude_pop_rule_view)?;
        object.optional("objectiveCategory", &self.objective_category)?;
        object.optional("objectiveRuleId", &self.objective_rule_id)?;
        object.optional("objectiveRuleName", &self.objective_rule_name)?;
        object.optional("periods", &self.periods)?;
        object.optional("popRuleView", &self.pop_rule_view)?;
        object.optional("probationRule", &self.probation_rule)?;
        object.optional("status", &self.status)?;
        object.end()
    }
}
/// `OpenAgoalUserDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenAgoalUserDTO {
    /// `dingUserId`.
    pub ding_user_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenAgoalUserDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAgoalUserDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingUserId" => rt::read_field(map, &mut self.ding_user_id),
            "name" => rt::read_field(map, &mut self.name),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenAgoalUserDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dingUserId", &self.ding_user_id)?;
        object.optional("name", &self.name)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `OpenAgoalKeyResultDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenAgoalKeyResultDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAgoalKeyResultDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "keyActions" => rt::read_field(map, &mut self.key_actions),
            "keyResultId" => rt::read_field(map, &mut self.key_result_id),
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
impl rt::serde::Serialize for OpenAgoalKeyResultDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("keyActions", &self.key_actions)?;
        object.optional("keyResultId", &self.key_result_id)?;
        object.optional("progress", &self.progress)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.optional("titleMentions", &self.title_mentions)?;
        object.optional("type", &self.r#type)?;
        object.optional("weight", &self.weight)?;
        object.end()
    }
}
/// `OpenFiscalYearSchemeDTOSubPeriodConfigs`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenFiscalYearSchemeDTOSubPeriodConfigs {
    /// `enabled`.
    pub enabled: Option<bool>,
    /// `intervalMonth`.
    pub interval_month: Option<i64>,
    /// `subPeriodType`.
    pub sub_period_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenFiscalYearSchemeDTOSubPeriodConfigs {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenFiscalYearSchemeDTOSubPeriodConfigs {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "enabled" => rt::read_field(map, &mut self.enabled),
            "intervalMonth" => rt::read_field(map, &mut self.interval_month),
            "subPeriodType" => rt::read_field(map, &mut self.sub_period_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenFiscalYearSchemeDTOSubPeriodConfigs {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("enabled", &self.enabled)?;
        object.optional("intervalMonth", &self.interval_month)?;
        object.optional("subPeriodType", &self.sub_period_type)?;
        object.end()
    }
}
/// `OpenAgoalObjectiveDimensionDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenAgoalObjectiveDimensionDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAgoalObjectiveDimensionDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "children" => rt::read_field(map, &mut self.children),
            "dimensionId" => rt::read_field(map, &mut self.dimension_id),
            "fieldConfig" => rt::read_field(map, &mut self.field_config),
            "fieldValueMap" => rt::read_field(map, &mut self.field_value_map),
            "title" => rt::read_field(map, &mut self.title),
            "weight" => rt::read_field(map, &mut self.weight),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenAgoalObjectiveDimensionDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("children", &self.children)?;
        object.optional("dimensionId", &self.dimension_id)?;
        object.optional("fieldConfig", &self.field_config)?;
        object.optional("fieldValueMap", &self.field_value_map)?;
        object.optional("title", &self.title)?;
        object.optional("weight", &self.weight)?;
        object.end()
    }
}
/// `OpenAgoalAlignDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenAgoalAlignDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAgoalAlignDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "alignType" => rt::read_field(map, &mut self.align_type),
            "objectId" => rt::read_field(map, &mut self.object_id),
            "objectType" => rt::read_field(map, &mut self.object_type),
            "objectiveId" => rt::read_field(map, &mut self.objective_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenAgoalAlignDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alignType", &self.align_type)?;
        object.optional("objectId", &self.object_id)?;
        object.optional("objectType", &self.object_type)?;
        object.optional("objectiveId", &self.objective_id)?;
        object.end()
    }
}
/// `OpenAgoalFieldMetaDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenAgoalFieldMetaDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAgoalFieldMetaDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "active" => rt::read_field(map, &mut self.active),
            "alias" => rt::read_field(map, &mut self.alias),
            "code" => rt::read_field(map, &mut self.code),
            "entityType" => rt::read_field(map, &mut self.entity_type),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            "note" => rt::read_field(map, &mut self.note),
            "source" => rt::read_field(map, &mut self.source),
            "title" => rt::read_field(map, &mut self.title),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenAgoalFieldMetaDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("active", &self.active)?;
        object.optional("alias", &self.alias)?;
        object.optional("code", &self.code)?;
        object.optional("entityType", &self.entity_type)?;
        object.optional("fieldId", &self.field_id)?;
        object.optional("note", &self.note)?;
        object.optional("source", &self.source)?;
        object.optional("title", &self.title)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `OpenAgoalTeamDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenAgoalTeamDTO {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `teamId`.
    pub team_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenAgoalTeamDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAgoalTeamDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "deptId" => rt::read_field(map, &mut self.dept_id),
            "name" => rt::read_field(map, &mut self.name),
            "teamId" => rt::read_field(map, &mut self.team_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenAgoalTeamDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("deptId", &self.dept_id)?;
        object.optional("name", &self.name)?;
        object.optional("teamId", &self.team_id)?;
        object.end()
    }
}
/// `OpenOrgPerfDocDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenOrgPerfDocDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenOrgPerfDocDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "docId" => rt::read_field(map, &mut self.doc_id),
            "executor" => rt::read_field(map, &mut self.executor),
            "score" => rt::read_field(map, &mut self.score),
            "state" => rt::read_field(map, &mut self.state),
            "team" => rt::read_field(map, &mut self.team),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenOrgPerfDocDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("docId", &self.doc_id)?;
        object.optional("executor", &self.executor)?;
        object.optional("score", &self.score)?;
        object.optional("state", &self.state)?;
        object.optional("team", &self.team)?;
        object.end()
    }
}
/// `OpenOrgPerfPlanDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenOrgPerfPlanDTO {
    /// `planId`.
    pub plan_id: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenOrgPerfPlanDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenOrgPerfPlanDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "planId" => rt::read_field(map, &mut self.plan_id),
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenOrgPerfPlanDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("planId", &self.plan_id)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
/// `OpenAgoalLatestProgressDTO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for OpenAgoalLatestProgressDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAgoalLatestProgressDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "created" => rt::read_field(map, &mut self.created),
            "creator" => rt::read_field(map, &mut self.creator),
            "htmldescription" => rt::read_field(map, &mut self.htmldescription),
            "progressId" => rt::read_field(map, &mut self.progress_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenAgoalLatestProgressDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("created", &self.created)?;
        object.optional("creator", &self.creator)?;
        object.optional("htmldescription", &self.htmldescription)?;
        object.optional("progressId", &self.progress_id)?;
        object.end()
    }
}
/// `OpenScoreCardDimensionDTODimensionList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenScoreCardDimensionDTODimensionList {
    /// `dimensionId`.
    pub dimension_id: Option<String>,
    /// `indicatorIdList`.
    pub indicator_id_list: Option<Vec<String>>,
    /// `indicatorList`.
    pub indicator_list: Option<Vec<OpenScoreCardDimensionDTODimensionListIndicatorList>>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenScoreCardDimensionDTODimensionList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenScoreCardDimensionDTODimensionList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dimensionId" => rt::read_field(map, &mut self.dimension_id),
            "indicatorIdList" => rt::read_field(map, &mut self.indicator_id_list),
            "indicatorList" => rt::read_field(map, &mut self.indicator_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenScoreCardDimensionDTODimensionList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dimensionId", &self.dimension_id)?;
        object.optional("indicatorIdList", &self.indicator_id_list)?;
        object.optional("indicatorList", &self.indicator_list)?;
        object.end()
    }
}
/// `OpenObjectiveRuleScopeDTO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenObjectiveRuleScopeDTO {
    /// `scopeId`.
    pub scope_id: Option<String>,
    /// `scopeType`.
    pub scope_type: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenObjectiveRuleScopeDTO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenObjectiveRuleScopeDTO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "scopeId" => rt::read_field(map, &mut self.scope_id),
            "scopeType" => rt::read_field(map, &mut self.scope_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenObjectiveRuleScopeDTO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("scopeId", &self.scope_id)?;
        object.optional("scopeType", &self.scope_type)?;
        object.end()
    }
}
/// `TitleMention`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct TitleMention {
    /// `length`.
    pub length: Option<i64>,
    /// `offset`.
    pub offset: Option<i64>,
    /// `user`.
    pub user: Option<OpenAgoalUserDTO>,
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
/// `OpenAgoalObjectiveDimensionDTOChildren`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenAgoalObjectiveDimensionDTOChildren {
    /// `dimensionId`.
    pub dimension_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `weight`.
    pub weight: Option<f64>,
}
impl<'de> rt::serde::Deserialize<'de> for OpenAgoalObjectiveDimensionDTOChildren {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenAgoalObjectiveDimensionDTOChildren {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dimensionId" => rt::read_field(map, &mut self.dimension_id),
            "title" => rt::read_field(map, &mut self.title),
            "weight" => rt::read_field(map, &mut self.weight),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenAgoalObjectiveDimensionDTOChildren {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("dimensionId", &self.dimension_id)?;
        object.optional("title", &self.title)?;
        object.optional("weight", &self.weight)?;
        object.end()
    }
}
/// `OpenScoreCardDimensionDTODimensionListIndicatorList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OpenScoreCardDimensionDTODimensionListIndicatorList {
    /// `indicatorId`.
    pub indicator_id: Option<String>,
    /// `originCode`.
    pub origin_code: Option<String>,
    /// `originId`.
    pub origin_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for OpenScoreCardDimensionDTODimensionListIndicatorList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for OpenScoreCardDimensionDTODimensionListIndicatorList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "indicatorId" => rt::read_field(map, &mut self.indicator_id),
            "originCode" => rt::read_field(map, &mut self.origin_code),
            "originId" => rt::read_field(map, &mut self.origin_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for OpenScoreCardDimensionDTODimensionListIndicatorList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("indicatorId", &self.indicator_id)?;
        object.optional("originCode", &self.origin_code)?;
        object.optional("originId", &self.origin_id)?;
        object.end()
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalBizDataQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalBizDataQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizCode" => rt::read_field(map, &mut self.biz_code),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for AgoalCreateProgressRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("krId", &self.kr_id)?;
        object.optional("mergeIntoLatestProgress", &self.merge_into_latest_progress)?;
        object.optional("objectiveId", &self.objective_id)?;
        object.optional("plainText", &self.plain_text)?;
        object.optional("progress", &self.progress)?;
        object.optional("progressMergePeriod", &self.progress_merge_period)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalCreateProgressRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalCreateProgressRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "krId" => rt::read_field(map, &mut self.kr_id),
            "mergeIntoLatestProgress" => {
                rt::read_field(map, &mut self.merge_into_latest_progress)
            }
            "objectiveId" => rt::read_field(map, &mut self.objective_id),
            "plainText" => rt::read_field(map, &mut self.plain_text),
            "progress" => rt::read_field(map, &mut self.progress),
            "progressMergePeriod" => rt::read_field(map, &mut self.progress_merge_period),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AgoalCreateProgressRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::agoal_entity_create`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AgoalEntityCreateRequest {
    /// `body`.
    pub body: Vec<Entity>,
}
impl AgoalEntityCreateRequest {
    /// A `AgoalEntityCreateRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: impl IntoIterator<Item = Entity>) -> Self {
        Self {
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalEntityCreateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalEntityCreateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AgoalEntityCreateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::agoal_entity_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AgoalEntityUpdateRequest {
    /// `body`.
    pub body: Vec<Entity>,
}
impl AgoalEntityUpdateRequest {
    /// A `AgoalEntityUpdateRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: impl IntoIterator<Item = Entity>) -> Self {
        Self {
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalEntityUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalEntityUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalFieldUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalFieldUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalIndicatorBatchQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalIndicatorBatchQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "codeList" => rt::read_field(map, &mut self.code_list),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for AgoalIndicatorDataPushRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("data", &self.data)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalIndicatorDataPushRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalIndicatorDataPushRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "data" => rt::read_field(map, &mut self.data),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AgoalIndicatorDataPushRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::agoal_objective_key_action_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AgoalObjectiveKeyActionListRequest {
    /// `dingUserId`: a query parameter.
    pub ding_user_id: String,
    /// `keyResultId`: a query parameter.
    pub key_result_id: Option<String>,
    /// `objectiveId`: a query parameter.
    pub objective_id: String,
}
impl AgoalObjectiveKeyActionListRequest {
    /// A `AgoalObjectiveKeyActionListRequest` with its required fields (`dingUserId`, `objectiveId`); set the others with the methods named after them.
    pub fn new(
        ding_user_id: impl Into<String>,
        objective_id: impl Into<String>,
    ) -> Self {
        Self {
            ding_user_id: ding_user_id.into(),
            key_result_id: None,
            objective_id: objective_id.into(),
        }
    }
    /// Sets `keyResultId`.
    pub fn key_result_id(mut self, value: impl Into<String>) -> Self {
        self.key_result_id = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalObjectiveKeyActionListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalObjectiveKeyActionListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingUserId" => rt::read_field(map, &mut self.ding_user_id),
            "keyResultId" => rt::read_field(map, &mut self.key_result_id),
            "objectiveId" => rt::read_field(map, &mut self.objective_id),
            _ => Ok(false),
        }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AgoalObjectiveProgressListRequest {
    /// `objectiveId`: a query parameter.
    pub objective_id: String,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl AgoalObjectiveProgressListRequest {
    /// A `AgoalObjectiveProgressListRequest` with its required fields (`objectiveId`, `pageNumber`); set the others with the methods named after them.
    pub fn new(objective_id: impl Into<String>, page_number: i64) -> Self {
        Self {
            objective_id: objective_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalObjectiveProgressListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalObjectiveProgressListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objectiveId" => rt::read_field(map, &mut self.objective_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AgoalObjectiveRuleListRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl AgoalObjectiveRuleListRequest {
    /// A `AgoalObjectiveRuleListRequest` with its required fields (`pageNumber`); set the others with the methods named after them.
    pub fn new(page_number: i64) -> Self {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalObjectiveRuleListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalObjectiveRuleListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AgoalObjectiveRuleListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::agoal_objective_rule_period_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AgoalObjectiveRulePeriodListRequest {
    /// `objectiveRuleId`: a query parameter.
    pub objective_rule_id: String,
}
impl AgoalObjectiveRulePeriodListRequest {
    /// A `AgoalObjectiveRulePeriodListRequest` with its required fields (`objectiveRuleId`); set the others with the methods named after them.
    pub fn new(objective_rule_id: impl Into<String>) -> Self {
        Self {
            objective_rule_id: objective_rule_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalObjectiveRulePeriodListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalObjectiveRulePeriodListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objectiveRuleId" => rt::read_field(map, &mut self.objective_rule_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AgoalObjectiveRulePeriodListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("objectiveRuleId", &self.objective_rule_id);
    }
}
/// The request of [`Api::agoal_org_objective_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AgoalOrgObjectiveListRequest {
    /// A `AgoalOrgObjectiveListRequest` with its required fields (`pageNumber`); set the others with the methods named after them.
    pub fn new(page_number: i64) -> Self {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalOrgObjectiveListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalOrgObjectiveListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingTeamId" => rt::read_field(map, &mut self.ding_team_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "periodId" => rt::read_field(map, &mut self.period_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AgoalOrgObjectiveQueryRequest {
    /// `objectiveId`: a query parameter.
    pub objective_id: String,
}
impl AgoalOrgObjectiveQueryRequest {
    /// A `AgoalOrgObjectiveQueryRequest` with its required fields (`objectiveId`); set the others with the methods named after them.
    pub fn new(objective_id: impl Into<String>) -> Self {
        Self {
            objective_id: objective_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalOrgObjectiveQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalOrgObjectiveQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objectiveId" => rt::read_field(map, &mut self.objective_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AgoalOrgObjectiveQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("objectiveId", &self.objective_id);
    }
}
/// The request of [`Api::agoal_org_perf_doc_query`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AgoalOrgPerfDocQueryRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `planId`: a query parameter.
    pub plan_id: String,
}
impl AgoalOrgPerfDocQueryRequest {
    /// A `AgoalOrgPerfDocQueryRequest` with its required fields (`pageNumber`, `planId`); set the others with the methods named after them.
    pub fn new(page_number: i64, plan_id: impl Into<String>) -> Self {
        Self {
            page_number,
            page_size: None,
            plan_id: plan_id.into(),
        }
    }
    /// Sets `pageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalOrgPerfDocQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalOrgPerfDocQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "planId" => rt::read_field(map, &mut self.plan_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AgoalOrgPerfPlanQueryRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl AgoalOrgPerfPlanQueryRequest {
    /// A `AgoalOrgPerfPlanQueryRequest` with its required fields (`pageNumber`); set the others with the methods named after them.
    pub fn new(page_number: i64) -> Self {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalOrgPerfPlanQueryRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalOrgPerfPlanQueryRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AgoalOrgPerfPlanQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::agoal_perf_task_create`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AgoalPerfTaskCreateRequest {
    /// `body`.
    pub body: Vec<PerfTask>,
}
impl AgoalPerfTaskCreateRequest {
    /// A `AgoalPerfTaskCreateRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: impl IntoIterator<Item = PerfTask>) -> Self {
        Self {
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalPerfTaskCreateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalPerfTaskCreateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AgoalPerfTaskCreateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(&self.body);
    }
}
/// The request of [`Api::agoal_perf_task_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AgoalPerfTaskUpdateRequest {
    /// `body`.
    pub body: Vec<PerfTask>,
}
impl AgoalPerfTaskUpdateRequest {
    /// A `AgoalPerfTaskUpdateRequest` with its required fields (`body`); set the others with the methods named after them.
    pub fn new(body: impl IntoIterator<Item = PerfTask>) -> Self {
        Self {
            body: body.into_iter().collect(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalPerfTaskUpdateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalPerfTaskUpdateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalPeriodListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalPeriodListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "body" => rt::read_field(map, &mut self.body),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AgoalPeriodListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("body", &self.body);
    }
}
/// The request of [`Api::agoal_send_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AgoalSendMessageRequest {
    /// A `AgoalSendMessageRequest` with its required fields (`mobileUrl`, `params`, `pcUrl`, `sourceDingUserId`, `targetDingUserIds`, `templateId`); set the others with the methods named after them.
    pub fn new(
        mobile_url: impl Into<String>,
        params: impl Into<String>,
        pc_url: impl Into<String>,
        source_ding_user_id: impl Into<String>,
        target_ding_user_ids: impl IntoIterator<Item = impl Into<String>>,
        template_id: impl Into<String>,
    ) -> Self {
        Self {
            mobile_url: mobile_url.into(),
            params: params.into(),
            pc_url: pc_url.into(),
            source_ding_user_id: source_ding_user_id.into(),
            target_ding_user_ids: target_ding_user_ids
                .into_iter()
                .map(Into::into)
                .collect(),
            template_id: template_id.into(),
        }
    }
}
impl rt::serde::Serialize for AgoalSendMessageRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("mobileUrl", &self.mobile_url)?;
        object.field("params", &self.params)?;
        object.field("pcUrl", &self.pc_url)?;
        object.field("sourceDingUserId", &self.source_ding_user_id)?;
        object.field("targetDingUserIds", &self.target_ding_user_ids)?;
        object.field("templateId", &self.template_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalSendMessageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalSendMessageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "mobileUrl" => rt::read_field(map, &mut self.mobile_url),
            "params" => rt::read_field(map, &mut self.params),
            "pcUrl" => rt::read_field(map, &mut self.pc_url),
            "sourceDingUserId" => rt::read_field(map, &mut self.source_ding_user_id),
            "targetDingUserIds" => rt::read_field(map, &mut self.target_ding_user_ids),
            "templateId" => rt::read_field(map, &mut self.template_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AgoalSendMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::agoal_user_objective_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct AgoalUserObjectiveListRequest {
    /// `dingUserId`.
    pub ding_user_id: String,
    /// `objectiveRuleId`.
    pub objective_rule_id: String,
    /// `periodIds`.
    pub period_ids: Vec<String>,
}
impl AgoalUserObjectiveListRequest {
    /// A `AgoalUserObjectiveListRequest` with its required fields (`dingUserId`, `objectiveRuleId`, `periodIds`); set the others with the methods named after them.
    pub fn new(
        ding_user_id: impl Into<String>,
        objective_rule_id: impl Into<String>,
        period_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            ding_user_id: ding_user_id.into(),
            objective_rule_id: objective_rule_id.into(),
            period_ids: period_ids.into_iter().map(Into::into).collect(),
        }
    }
}
impl rt::serde::Serialize for AgoalUserObjectiveListRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("dingUserId", &self.ding_user_id)?;
        object.field("objectiveRuleId", &self.objective_rule_id)?;
        object.field("periodIds", &self.period_ids)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalUserObjectiveListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalUserObjectiveListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingUserId" => rt::read_field(map, &mut self.ding_user_id),
            "objectiveRuleId" => rt::read_field(map, &mut self.objective_rule_id),
            "periodIds" => rt::read_field(map, &mut self.period_ids),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AgoalUserSubAdminListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AgoalUserSubAdminListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "funcPermissionGroup" => rt::read_field(map, &mut self.func_permission_group),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDeptScoreCardIndicatorRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDeptScoreCardIndicatorRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "dingTeamId" => rt::read_field(map, &mut self.ding_team_id),
            "selectedTime" => rt::read_field(map, &mut self.selected_time),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetDeptScoreCardIndicatorRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingTeamId", &self.ding_team_id);
        writer.query("selectedTime", &self.selected_time);
    }
}
/// The request of [`Api::get_indicator_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetIndicatorDetailRequest {
    /// `indicatorId`: a query parameter.
    pub indicator_id: String,
    /// `monthNum`: a query parameter.
    pub month_num: Option<i64>,
}
impl GetIndicatorDetailRequest {
    /// A `GetIndicatorDetailRequest` with its required fields (`indicatorId`); set the others with the methods named after them.
    pub fn new(indicator_id: impl Into<String>) -> Self {
        Self {
            indicator_id: indicator_id.into(),
            month_num: None,
        }
    }
    /// Sets `monthNum`.
    pub fn month_num(mut self, value: i64) -> Self {
        self.month_num = Some(value);
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetIndicatorDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetIndicatorDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "indicatorId" => rt::read_field(map, &mut self.indicator_id),
            "monthNum" => rt::read_field(map, &mut self.month_num),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetIndicatorDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("indicatorId", &self.indicator_id);
        writer.query("monthNum", &self.month_num);
    }
}
/// The request of [`Api::get_objective_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetObjectiveDetailRequest {
    /// `objectiveId`: a query parameter.
    pub objective_id: String,
}
impl GetObjectiveDetailRequest {
    /// A `GetObjectiveDetailRequest` with its required fields (`objectiveId`); set the others with the methods named after them.
    pub fn new(objective_id: impl Into<String>) -> Self {
        Self {
            objective_id: objective_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetObjectiveDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetObjectiveDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objectiveId" => rt::read_field(map, &mut self.objective_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetObjectiveDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("objectiveId", &self.objective_id);
    }
}
/// The request of [`Api::get_objective_rule_detail`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetObjectiveRuleDetailRequest {
    /// `objectiveRuleId`: a query parameter.
    pub objective_rule_id: String,
}
impl GetObjectiveRuleDetailRequest {
    /// A `GetObjectiveRuleDetailRequest` with its required fields (`objectiveRuleId`); set the others with the methods named after them.
    pub fn new(objective_rule_id: impl Into<String>) -> Self {
        Self {
            objective_rule_id: objective_rule_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetObjectiveRuleDetailRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetObjectiveRuleDetailRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "objectiveRuleId" => rt::read_field(map, &mut self.objective_rule_id),
            _ => Ok(false),
        }
    }
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
